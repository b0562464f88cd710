"""The entities an object noun phrase stands for, as the emitter pairs them with subjects: actors
first ("condemned Russia"), then whom an answer goes to ("rejected Australia's request"), whoever
holds a place attacked, the owner of a generic noun, a policy or plan, the doer of an act
("condemned Russia's invasion"), or the act itself ("condemned the attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Entity
from ..resources.lexicon import LexEntry
from .context import DocContext
from .resolve.mentions import ACTOR_TYPES, CONCEPT_TYPES, dedupe
from .syntax import has_child_word, prep_objects

ANSWERING = frozenset({"rejects", "agreesWith", "criticizes", "concedesTo"})  # relations whose target is who asked
# Relations whose object may be an act, read as the act's actor ("condemned the Israeli strikes").
EVENT_TARGETING = frozenset({"criticizes", "accuses", "protestsAgainst", "opposes", "rejects", "praises",
                             "supports"})
# Relations whose object may be any act or thing named ("hailed the release", "condemned the move").
EVENT_FALLBACK = frozenset({"criticizes", "praises", "protestsAgainst", "rejects"})

# Acts on a place that are acts on whoever holds it ("shelled the Kurdish-held town of Afrin")
HOLDER_TARGETED = frozenset({"attacks", "mobilizesAgainst"})


def object_entities_of(ctx: DocContext, token: Token, entry: LexEntry, *, places: bool) -> list[Entity]:
    """The entities an object noun phrase stands for: actors first; then the owner of a generic
    noun ("Russia's efforts"); a policy or plan; the actor of an act ("condemned Russia's invasion");
    the act itself ("condemned the attack")."""
    if token.lower_ in ctx.words["look_through"] or token.lemma_.lower() in ctx.lexicon.quantities:
        # "any form of Taiwanese independence", "rejected a set of proposals"
        inner = next(iter(prep_objects(token, {"of"})), None)
        if inner is not None:
            return object_entities_of(ctx, inner, entry, places=places)
    if entry.relation == "withdrawsFrom" and token.lemma_.lower() in ctx.words["partaking_nouns"]:
        inner = next(iter(prep_objects(token, {"in", "of"})), None)  # "suspended its participation in the talks"
        if any(c.dep_ == "poss" and c.lower_ not in ctx.words["personal_pronouns"] | {"its", "their", "our"}
               for c in token.children):
            return []  # "suspend Qatar's membership of the GCC": another's share is ended, nobody leaves
        if inner is not None:
            return object_entities_of(ctx, inner, entry, places=places)
    if entry.relation in ANSWERING and token.lemma_.lower() in ctx.words["request_nouns"] | ctx.words["statement_nouns"]:
        askers = [e for c in token.children if c.dep_ == "poss" for e in ctx.actor_entities(c)]
        if not askers and not any(e.itself for e in ctx.lexicon.noun(token.lemma_.lower())):
            # (but "the Egyptian proposal" stays the proposal, an idea of its own)
            askers = [e for o in prep_objects(token, frozenset({"from"})) for e in ctx.actor_entities(o)] \
                or [e for e in ctx.modifier_actor(token) if e.type in ACTOR_TYPES]
        askers = askers or _requester_before(ctx, token)
        if askers:
            return askers  # "rejected Australia's request", "a request from Iraq", "the Turkish claim",
            # "Trump's claim", "Russia demanded… Erdoğan rejected the demands": the answer goes to them
    found = ctx.actors(token, places=places)
    if places:
        found = [ctx.stands_for(token, e) for e in found if e.type in ACTOR_TYPES or e.type == "Place"]
    else:
        found = [e for e in found if e.type in ACTOR_TYPES | CONCEPT_TYPES]
    if entry.relation in HOLDER_TARGETED:  # "bombed rebel-held areas of Idlib": the rebels too
        found = dedupe(found + [e for t in (token, *token.conjuncts) for e in ctx.holders(t)])
    if found:
        # "Rosneft and Lukoil, Russia's two largest oil companies": Russia too
        return found + [e for t in (token, *token.conjuncts) for child in t.children if child.dep_ == "appos"
                        for e in ctx.generic_owner(child)]
    if entry.relation == "recognizes" and token.lemma_.lower() in ctx.words["statehood_nouns"]:
        # "recognised Kosovo's independence", "the independence of Abkhazia": the state so recognised
        return [e for e in ctx.owner_of(token) + [a for o in prep_objects(token, {"of"}) for a in ctx.actors(o)]
                if e.type in ACTOR_TYPES]
    # "recognised Turkey's right to…" grants no diplomatic recognition: recognition takes the actor itself
    # … nor is meeting someone's move ("a move well received by Trump" is no meeting with Iran), nor is
    # calling for a target set by the IRC proposing the IRC
    owners = ctx.generic_owner(token) if entry.relation not in ("recognizes", "meetsWith", "proposes") else []
    if owners:
        return owners
    lemma = token.lemma_.lower()
    takes_concept = entry.concept or entry.relation in ("rejects", "opposes", "proposes")
    concepts = lambda: [c for t in (token, *token.conjuncts) if (c := ctx.concept(t)) is not None]  # noqa: E731
    if takes_concept and (lemma in ctx.lexicon.concept_heads or token.lower_ in ctx.lexicon.concept_heads):
        return concepts()
    if entry.relation in ("proposes", "withdrawsFrom") and token.pos_ == "NOUN" and not ctx.is_agent_noun(token) \
            and (ctx.is_gathering(token) or (entry.relation == "proposes" and ctx.lexicon.noun(lemma))):
        # an act or a gathering proposed ("proposed a UN crackdown", "proposed talks"), a gathering left ("walked out of the talks")
        return [ctx.event(token)]
    if entry.relation in EVENT_TARGETING and token.pos_ == "NOUN":
        # "condemned North Korea's launch", "the regime's assault": the one who did it; "condemned the launch": the act
        doers = [e for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for e in ctx.actor_entities(c)]
        if ctx.lexicon.noun(lemma) and not ctx.is_gathering(token):  # "boycotted the Russian conference": the event
            return [e for e in ctx.modifier_actor(token) if e.type in ACTOR_TYPES] or doers or [ctx.event(token)]
        if (entry.relation in EVENT_FALLBACK or (entry.relation == "supports" and ctx.is_gathering(token))) \
                and not ctx.is_agent_noun(token):
            # (a gathering one backs or sponsors: "sponsoring the Sochi talks"; "hailed a historic day" names no act,
            # "condemned Syria's use of force" its doer, "condemned the use of force" no one)
            if doers and entry.relation in EVENT_FALLBACK:
                return doers
            return [] if lemma in ctx.words["no_act_nouns"] else [ctx.event(token)]
    return concepts() if takes_concept else []


def _requester_before(ctx: DocContext, noun: Token) -> list[Entity]:
    """Who made "the demands", "the request" or "the claim" (bare, with "the"): the one actor who demanded,
    asked or called (said, declared, for a claim) in this or the previous sentence; [] with none or several."""
    lemma = noun.lemma_.lower()
    verbs = ctx.words["requesting"] if lemma in ctx.words["requesting"] \
        else ctx.lexicon.speech if lemma in ctx.words["statement_nouns"] else None
    if verbs is None or not has_child_word(noun, frozenset({"the"})) \
            or any(c.dep_ in ("poss", "compound", "amod", "prep", "relcl") for c in noun.children):
        return []
    found = dedupe([e for t in ctx.doc[ctx.sentence_before(noun):noun.i] if t.pos_ == "VERB" and t.lemma_.lower() in verbs
                    for s in ctx.arguments(t)[0] for e in ctx.actor_entities(s)])
    return found if len(found) == 1 else []
