"""How an event noun stands in its clause: the noun that carries it ("waves of strikes"), the light
verb that gives it a subject ("imposed sanctions", "played a role in the fight"), the clause whose
scene it sets ("in a call with Erdoğan, Putin said…"), the victims of the act it names ("died in a
Hamas ambush"), and whether the act is only sought or supposed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources.lexicon import LexEntry
from ..context import DocContext
from ..syntax import governing_verb
from .harm import harmed
from .verbs import light_lemma, quantity_of, verb_entry

SCENE_PREPS = frozenset({"in", "during", "at", "after", "following"})
AHEAD_PREPS = frozenset({"for", "before"})  # "will fly to Paris for talks": a meeting still to come
CLAIMING_ITS_OBJECT = frozenset({"claim"})  # "claimed the attack" (one "accepted the demand" makes none)
SUPPOSING = frozenset({"would", "could", "might", "may"})  # modals that make an indefinite act only supposed


def noun_holder(ctx: DocContext, noun: Token) -> tuple[Token, Token | None, str | None]:
    """The noun that stands in the clause ("waves" in "launched waves of strikes"), and the light
    verb that carries it with its lemma, if any."""
    root = noun
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    holder = root
    if root.dep_ == "compound" and quantity_of(ctx, root.head) == root:
        holder = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and quantity_of(ctx, root.head.head) == root:
        holder = root.head.head  # "launched waves of strikes", "pledged 500 million euros in aid"
    lemma = light_lemma(ctx, holder.head) if holder.dep_ in ("dobj", "nsubjpass", "attr") \
        and holder.head != holder else None
    light = holder.head if lemma else None
    if holder.dep_ == "pobj" and holder.head.lower_ == "with" and holder.head.head.pos_ == "VERB":
        light, lemma = holder.head.head, holder.head.head.lemma_.lower()  # "responded with strikes"
    if light is None and holder.dep_ == "pobj" and holder.head.lower_ == "in":
        light = participant_verb(ctx, holder.head.head)  # "played a lead role in the fight against Isis"
        lemma = light.lemma_.lower() if light is not None else None
    if light is None and (claimer := _claimer(ctx, holder)) is not None:
        light, lemma = claimer, claimer.lemma_.lower()  # "Isis claimed responsibility for the attack"
    if light is None:  # "the sanctions imposed on Russia by the EU": a participle with its own doer; "the offensive
        for c in holder.children:  # that Haftar launched against Tripoli": a relative clause with its own subject
            if ((c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children))
                    or (c.dep_ == "relcl" and any(a.dep_ == "nsubj" and a.lower_ not in ("that", "which", "who")
                                                  for a in c.children) and any(a.dep_ == "dobj" and a.lower_ in ("that", "which")
                                                                               for a in c.children))) \
                    and (lemma := light_lemma(ctx, c)):
                light = c
                break
    return holder, light, lemma


def came_under(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """"The troops came under fire from gunmen", "… under attack by Hezbollah": (attackers, attacked)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or verb.lemma_.lower() not in ("come", "be"):
        return None
    attackers = [o for h in (noun, verb) for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                 for o in p.children if o.dep_ == "pobj"]
    return attackers, [c for c in verb.children if c.dep_ == "nsubj"]


def _claimer(ctx: DocContext, noun: Token) -> Token | None:
    """The verb whose subject owns an act by claiming it: "claimed (responsibility for) the attack", "took
    responsibility for the bombing" (one who denies it is no doer)."""
    claiming = CLAIMING_ITS_OBJECT
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsibility":
        noun, claiming = noun.head.head, ctx.words["claiming"]
    verb = noun.head
    return verb if noun.dep_ == "dobj" and verb.lemma_.lower() in claiming and verb.pos_ == "VERB" else None


def participant_verb(ctx: DocContext, word: Token) -> Token | None:
    """The verb whose subject takes part in the act a noun "in" names: "played a role in", "took part
    in", "was instrumental in", "participated in" — not "denied any role in", "had no part in", nor
    someone else's role ("condemned Iran's role in the attack")."""
    taking = ctx.words["participating"]
    if word.pos_ in ("VERB", "AUX"):  # "in" on the verb: "participated in", "played a role … in", "was instrumental … in"
        verb = word
        marker = word if word.lemma_.lower() in taking else \
            next((c for c in word.children if c.dep_ in ("dobj", "acomp") and c.lemma_.lower() in taking), None)
    else:  # "in" on the word: "a role in", "instrumental in"
        verb, marker = word.head, word if word.lemma_.lower() in taking and word.dep_ in ("dobj", "acomp") else None
    if marker is None or verb.pos_ not in ("VERB", "AUX") \
            or (marker is not verb and verb.lemma_.lower() not in ctx.words["taking_part"]) \
            or any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in marker.children) \
            or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in marker.children) \
            or ctx.lexicon.control.get(verb.lemma_.lower()) in ("denied", "negative"):
        return None
    return verb


def only_sought(ctx: DocContext, holder: Token, light: Token | None) -> str | None:
    """Whether the noun's act is only in prospect ("possible": "the prospect of a Turkish operation") or
    only asked for ("sought": "Turkey wants Russia's backing", "pleaded for Europe's help"); None if neither."""
    head = holder.head
    if holder.dep_ == "pobj" and head.lower_ == "of":
        return "possible" if head.head.lemma_.lower() in ctx.words["possibility_nouns"] else None
    if holder.dep_ == "pobj" and head.lower_ == "for":
        return "sought" if head.head.pos_ == "VERB" and head.head.lemma_.lower() in ctx.words["requesting"] else None
    return "sought" if holder.dep_ == "dobj" and light is None and head.lemma_.lower() in ctx.words["wanting"] else None


def scene_verb(noun: Token, ctx: DocContext, entry: LexEntry) -> Token | None:
    """The clause verb an event noun sets the scene for: its subject is the noun's actor. A meeting
    may be before or around the clause ("In a phone call with Erdoğan, Putin said…", "after talks
    with Xi, Modi agreed…"); another act only around an active verb of the same kind ("Israel killed
    five in a strike at X"; "after an attack on X, Y said" names no attacker)."""
    ahead = upcoming_scene(noun)
    if ahead is not None:  # "flew to London for talks with Johnson", "… ahead of a meeting with Johnson"
        same = verb_entry(ctx, ahead)
        return ahead if entry.mutual and same is not None and same.relation == "visits" else None
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb, prep = noun.head.head, noun.head.lower_
    if entry.mutual:
        return verb if prep in SCENE_PREPS else None
    same = verb_entry(ctx, verb)
    active = any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "nsubjpass" for c in verb.children)
    return verb if prep in ("in", "during") and active and same is not None and same.relation == entry.relation \
        else None


def upcoming_scene(noun: Token) -> Token | None:
    """The verb a noun after "for", "before" or "ahead of" names the purpose of: an act still to come."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    if prep.lower_ in AHEAD_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.head.pos_ == "VERB":
        return prep.head.head
    return None


def victims(ctx: DocContext, noun: Token) -> list[Token]:
    """Those an attack noun killed or hurt, when it sets the scene for their death: "died in a Hamas
    ambush", "were killed in Russian shelling" (a passive without its own attacker)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") or noun.head.dep_ != "prep":
        return []
    return harmed(ctx, noun.head.head)


def hypothetical(noun: Token, ctx: DocContext) -> bool:
    """Whether an act named by a noun is only supposed: a copula's subject that "would be" something,
    or is likely, unlikely or imminent; or any act "a"/"an" names in a clause of "would", "could",
    "might" or "may" ("people could flee within a day of a Russian bombardment"; "the talks could fail"
    keeps talks that are there)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        if any(c.dep_ == "aux" and c.lower_ in SUPPOSING for c in governing_verb(noun.head).children):
            return True
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_ != "be":  # "talks tomorrow could fail", "the trade could reach $30bn": the act is there
        return False
    # "could be a war crime" judges an act that happened; "is likely to push up prices" its effects
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) \
        or any(c.dep_ == "acomp" and c.lemma_.lower() in ctx.words["likelihood_adjectives"]
               and not any(x.dep_ == "xcomp" for x in c.children) for c in verb.children)
