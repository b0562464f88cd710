"""Claims from verbs of the lexicon: "Beijing proposed a plan", "India and Pakistan agreed…",
with phrasal verbs ("call on", "pull out of"), passives, control ("vowed to support"), that-clauses
("demanded that North Korea halt…") and hosted visits ("X was received in Muscat").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import permutations

from spacy.tokens import Span, Token

from ...records import Claim
from ...resources.lexicon import LexEntry
from ...resources.sectors import STATE_SECTORS
from ..clause import ClauseReading, read_clause
from ..context import DocContext
from ..emit import emit, speaking
from ..resolve.unnamed_state import SOLE_OFFICES
from ..syntax import (THAT, appos_root, has_child_word, has_mark, misplaced_particle, prep_objects, reduced_relative_object,
                      threat_targets)
from .harm import killed_when
from .targets import by_target

HOSTED_VISIT = LexEntry("visit", "visits", False, frozenset(), False, None, frozenset({"actor"}))
HOSTED_MEETING = LexEntry("meet", "meetsWith", False, frozenset(), False, None, frozenset({"actor", "mutual"}))
CALLED_ON = LexEntry("call on", "meetsWith", True, frozenset({"on"}), False, None, frozenset({"actor"}))
EXPELLED = LexEntry("expel", "reducesRelationsWith", True, frozenset(), False, "161", frozenset({"actor"}))
TAKEN_IN = LexEntry("shelter", "providesAidTo", True, frozenset(), False, "075", frozenset({"actor"}))
RELATIVE_OBJECTS = frozenset({"which", "whom"})  # "the song in which he talks…": a relative after a preposition
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})


def verb_entry(ctx: DocContext, verb: Token) -> LexEntry | None:
    """The lexicon entry for a verb, phrasal verbs first ("call on", "pull out", "drove back X" with the particle hung on
    the object; "called Erdoğan on Monday" is no "call on"); for a predicative adjective its ADJ row ("is critical of X")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "ADJ":
        return ctx.lexicon.adjective(lemma) if verb.dep_ == "acomp" else None
    after = [verb.doc[verb.i + 1]] if verb.i + 1 < len(verb.doc) and misplaced_particle(verb.doc[verb.i + 1]) else []
    for child in [*verb.children, *after]:
        if (child.dep_ in ("prt", "prep", "advmod") or child in after) and not _dated(child):
            entry = ctx.lexicon.verb(f"{lemma} {child.lower_}")
            if entry is not None:
                return entry
    return ctx.lexicon.verb(lemma)


def _told_to_leave(ctx: DocContext, verb: Token) -> tuple[Token, Token] | None:
    """(the ordering verb, the envoy) of "told two British diplomats to leave", "gave the ambassador 48 hours to leave"."""
    order = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or order.lemma_.lower() not in ctx.words["ordering"]:
        return None
    return next(((order, c) for c in order.children if c.dep_ in ("dobj", "dative") and (ctx.agent_term(c) == "diplomats" or any(
        e.sector == "diplomats" for e in ctx.actor_entities(c)))), None)  # ("two US embassy officials": its diplomats)


def _dated(prep: Token) -> bool:
    """Whether a preposition only introduces a date or time ("on Monday", "in May")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def verb_claims(ctx: DocContext, sent: Span, verb: Token) -> Iterator[Claim]:
    entry = verb_entry(ctx, verb)
    if entry is None:
        return
    if entry.relation == "withdrawsFrom" and (expelled := _told_to_leave(ctx, verb)) is not None:
        # "ordered the French ambassador to leave", "gave him 48 hours to leave": an expulsion of the envoy's state
        orderer, envoy = expelled
        states = [s for e in ctx.actor_entities(envoy) if (s := ctx.state(e.country)) is not None]
        yield from emit(ctx, sent, orderer, EXPELLED, ctx.arguments(orderer)[0], [], read_clause(orderer, ctx.lexicon, ctx.words),
                        orderer, "verb", object_entities=states)
        return
    yield from by_target(ctx, sent, verb, entry, _entry_claims(ctx, sent, verb, entry))
    plain = ctx.lexicon.verb(verb.lemma_.lower())
    if " " in entry.lemma and not entry.dobj and plain is not None and plain.dobj \
            and any(c.dep_ == "dobj" for c in verb.children):
        # "fought Isis alongside the SDF", "seized Afrin from the YPG": the phrasal reading leaves the
        # direct object to the plain verb's
        yield from _entry_claims(ctx, sent, verb, plain)


def _entry_claims(ctx: DocContext, sent: Span, verb: Token, entry: LexEntry) -> Iterator[Claim]:
    lex = ctx.lexicon
    # (also under an adverb: "recognise it as such")
    if any(t.dep_ in ("prep", "advmod") and t.lower_ in entry.blocking_preps and not _as_office(ctx, t)
           for c in verb.children for t in (c, *c.children)):
        return
    if any(c.dep_ == "advmod" and c.lower_ in ctx.words["mocking"] for c in verb.children):
        return  # "sarcastically congratulated the Emirates": the words say the opposite
    struck = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ in ("relcl", "acl") else [])
    struck += [verb.doc[c.i - 1] for c in struck if c.lower_ in RELATIVE_SUBJECTS and c.i > 0]  # "the deal that…"
    if entry.relation == "attacks" and any(t.lemma_.lower() in ctx.words["agreement_heads"] for t in struck):
        return  # "struck a deal in Sochi", "the deal they struck": concluded, not a strike
    if "promised" in entry.flags and any(c.dep_ == "xcomp" for c in verb.children):
        return  # "which Ankara has promised to investigate": the act promised is the inner verb's
    if entry.relation == "signsAgreementWith" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.words["statement_nouns"] for c in verb.children):
        return  # "signed a joint statement": words put on paper, no agreement between the signers
    subjects, patients = ctx.arguments(verb)
    if entry.relation == "rejects" and any(c.dep_ == "dobj" and ctx.mention(c) is None and (
            ctx.agent_term(c) or (c.pos_ == "NOUN" and _names_an_office(ctx, c))) for c in verb.children):
        return  # "dismissed 2,745 judges", "dismissed the deputy head of…": people removed from their posts, no rejection
    if entry.relation == "protestsAgainst" and any(ctx.is_gathering(o) for o in prep_objects(verb, {"to"})):
        return  # "summoned the leaders to an emergency summit": convened, no protest
    if entry.relation == "providesAidTo" and any(c.dep_ == "dobj" and _no_aid(ctx, c) for c in verb.children):
        return  # "gave assurances to the Kurds": words, no aid; "sent its foreign minister (its troops) to X": no aid
    if entry.relation == "rejects" and any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ctx.words["settlements"]
                                                                            or c.lemma_.lower() == "territory")
                                          for c in verb.children):
        return  # "the two countries have disputed the territory since the 19th century": a claim to land, no rejection
    if entry.lemma == "call for" and any(c.dep_ == "dobj" for c in verb.children):
        return  # "calls the convoy a Trojan horse for invasion": a name given, nothing called for
    if entry.lemma == "call on" and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        entry = CALLED_ON  # "separatist leaders who called on Musharraf": a visit paid, no appeal
    if entry.relation == "withdrawsFrom" and any((c.dep_ == "oprd" and c.pos_ == "ADJ") or (c.dep_ == "dobj" and any(
            a.dep_ == "acl" and a.tag_ == "VBN" for t in (c, *c.conjuncts) for a in t.children) and verb.lemma_ == "leave")
            for c in verb.children):
        return  # "the clashes left 46 people dead", "leaving the fighters trapped": a result, no one left anywhere
    own = _objects(ctx, verb, entry, subjects)
    if entry.relation == "attacks" and (any(e.type == "Person" for s in subjects for e in ctx.actor_entities(s))
                                        or prep_objects(verb, {"against"})):
        # a person fighting "with" a militia is one of its fighters; fighting "with" X "against" Y is beside X
        own = [o for o in own if o.head.lower_ != "with"]
    own = [o for o in own if not _elsewhere(ctx, verb, o)]
    hosting = verb.lemma_.lower() in ctx.words["hosting"]
    refugees: list[Token] = []
    if hosting:
        # "welcomed thousands of refugees": the ones counted; "hosts 3.6m refugees": shelter given
        own = [(prep_objects(o, {"of"}) or [o])[0] if o.lemma_.lower() in lex.quantities else o for o in own]
        refugees = [o for o in own if ctx.agent_term(o) == "refugees"]
        # "hosted a Syrian congress": the event is hosted, not the state that names it; "hosts a US base"
        own = [o for o in own if not ctx.is_gathering(o) and not _kept_there(ctx, o)]
        patients = [p for p in patients if not ctx.is_gathering(p)]
        if entry.relation == "praises" and any(e.type == "Person" or e.sector == "diplomats" for o in [*own, *patients]
                                               if o.dep_ in ("dobj", "nsubjpass") for e in ctx.actor_entities(o)):
            # "welcomed the Iranian delegation", "Xi was welcomed by Kikwete": a host's welcome, a meeting, no praise
            entry = lex.verb(f"{verb.lemma_.lower()} to") or entry
    if verb.lemma_.lower() in lex.control and any(c.dep_ == "xcomp" for c in verb.children) \
            and not entry.mutual and not (own or patients):
        return  # "refused to support X": the inner verb carries the claim ("urged Russia to…" has its own)
    if light_lemma(ctx, verb) and any(carries_claim(ctx, c) and not _reads_its_own(ctx, c, own)
                                      and not (entry.relation == "attacks" and ctx.agent_term(c) is not None)
                                      for c in verb.children if c.dep_ == "dobj"):
        return  # "imposed sanctions on X": the noun carries the claim (not "struck Syrian troops": they were hit)
    objects = list(patients) + own
    if entry.relation == "attacks":  # "two soldiers were killed when Syrian jets struck their convoy": attacked too
        objects += killed_when(ctx, verb)
    # (an adjective's negation, tense and attribution are its copula's: "has not been critical of X")
    reading = read_clause(verb.head if verb.pos_ == "ADJ" else verb, lex, ctx.words)
    if "promised" in entry.flags and reading.modality in ("asserted", "reported"):
        reading = replace(reading, modality="intended")  # "pledged $3bn in aid to Khartoum": still to be given
    if any(o.lower_ in ("other", "another") and has_child_word(o, frozenset({"each", "one"})) for o in objects):
        # "Armenia and Azerbaijan accused each other": each the other
        sides = [e for t in subjects for e in ctx.actor_entities(t)]
        for a, b in permutations({e.key: e for e in sides}.values(), 2):
            yield from emit(ctx, sent, verb, entry, [], [], reading, verb, "verb", subject_entities=[a], object_entities=[b])
        return
    yield from emit(ctx, sent, verb, entry, subjects, objects, reading, verb, "verb")
    if refugees:
        yield from emit(ctx, sent, verb, TAKEN_IN, subjects, refugees, reading, verb, "verb")
    if hosting:  # "X was received in Muscat", "welcomed X to Budapest"
        places = prep_objects(verb, {"in", "to", "at"})
        guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not ctx.is_gathering(c)]
        if places and guests:
            yield from emit(ctx, sent, verb, HOSTED_VISIT, guests, places, reading, verb, "hosted-visit")
        # "Malaysia hosted Thailand and Cambodia": the guests met each other (troops or rebels welcomed meet no one)
        together = [e for g in guests if g.dep_ == "dobj" for e in ctx.actor_entities(g)]
        if len(together) >= 2 and all(speaking(e) for e in together):
            yield from emit(ctx, sent, verb, HOSTED_MEETING, [], [], reading, verb, "hosted-meeting",
                            subject_entities=together)


def verbless_visit(ctx: DocContext, sent: Span, root: Token) -> Iterator[Claim]:
    """A headline or caption with no verb, "Putin in Brazil for space talks": a named office holder
    "in" a state or place is there on a visit."""
    if root.dep_ != "ROOT" or root.pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return
    guests = [e for e in ctx.head_actors(root) if e.type == "Person" and e.country]
    places = prep_objects(root, {"in"})
    if guests and places:
        yield from emit(ctx, sent, root, HOSTED_VISIT, [], places, ClauseReading(), root, "verbless-visit",
                        subject_entities=guests)


def _departure(ctx: DocContext, noun: Token) -> bool:
    """Whether a noun names a leaving "from" somewhere ("withdrawal", "pullout"), not whom one asks ("peacekeepers")."""
    return any(e.relation == "withdrawsFrom" and "from" in e.preps for e in noun_entries(ctx, noun))


def _reads_its_own(ctx: DocContext, noun: Token, objects: list[Token]) -> bool:
    """Whether the verb has an object of its own that the noun's readings cannot take ("withdrew its
    troops from Iraq": troops are massed "near" a place, withdrawn "from" one)."""
    preps = {p for e in noun_entries(ctx, noun) for p in e.preps}
    return any(o.head.dep_ == "prep" and o.head.lower_ not in preps and o.head.head != noun for o in objects)


def _objects(ctx: DocContext, verb: Token, entry: LexEntry, subjects: list[Token]) -> list[Token]:
    """The object heads the entry says the verb takes."""
    objects: list[Token] = []
    if entry.dobj:
        # a "dobj" with a possessive marker is a possessor the parser split off ("recognised Turkey’s
        # “legitimate right…”"): the object is what it owns, not the owner
        objects += [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ != "what"
                    and not any(g.dep_ == "case" and g.text in ("'s", "’s") for g in c.children)]
        objects += reduced_relative_object(verb)  # "Kurds it had backed": the Kurds
        # "seals off Gaza Strip" parsed with the object under the particle
        objects += [o for c in verb.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"]
        # "oppose what they called unilateral sanctions"
        objects += [o for c in verb.children if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
                    for o in c.children if o.dep_ in ("oprd", "attr")]
    objects += prep_objects(verb, entry.preps)
    # "walked away from the talks": the preposition hangs under the phrasal verb's adverb
    objects += [o for c in verb.children if c.dep_ == "advmod" and entry.lemma.endswith(f" {c.lower_}")
                for o in prep_objects(c, entry.preps)]
    if entry.relation == "withdrawsFrom":  # "withdraw the 2,000 troops stationed in Syria": from Syria
        objects += [o for c in verb.children if c.dep_ == "dobj" for a in c.children
                    if a.dep_ == "acl" and a.lemma_.lower() in ctx.words["stationing"] for o in prep_objects(a, {"in"})]
    # "postponed tariffs on Mexican imports", "eased restrictions on X to China" (not "demanded a withdrawal from
    # Syria": the event noun's own "from")
    objects += [o for c in verb.children if c.dep_ == "dobj"
                for o in prep_objects(c, entry.preps - ({"from"} if _departure(ctx, c) else set()))]
    if entry.ccomp:
        objects += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        # "demanded that Assad resign" parsed as a noun "resign" with the name as its modifier
        objects += [g for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and has_mark(c, THAT)
                    for g in c.children if g.dep_ in ("compound", "amod") and g.pos_ in ("PROPN", "ADJ") and g.is_title]
    # "a proposal Moscow praised", "a naval mission proposed by Iran": the noun is the object, not in "a
    # song in which he talks of…", where it fills the preposition's place (a "with whom" is read there)
    # not when the clause's own subject is the relative pronoun: "Canada, which gave two officials a week": the giver
    if verb.dep_ in ("relcl", "acl") and not any(c.dep_ in ("dobj", "dative") for c in verb.children) and subjects \
            and verb.head not in subjects and (verb.dep_ == "relcl" or verb.tag_ == "VBN") \
            and not any(s.head == verb and s.lower_ in RELATIVE_SUBJECTS for s in subjects) \
            and not any(c.dep_ == "prep" and has_child_word(c, RELATIVE_OBJECTS) for c in verb.children) \
            and not any(c.dep_ == "nsubjpass" and (c.lower_ not in RELATIVE_SUBJECTS or c.lower_ == "who")
                        for c in verb.children):  # ("a man from Aberdeen who was arrested": the man, read from "who")
        # (not "a statement that the attack had been repelled": a clause with a passive subject of its own)
        objects.append(appos_root(verb.head))
    if entry.relation == "threatens" and not any(c.dep_ == "dobj" for c in verb.children):
        objects += threat_targets(verb)  # "warned it would take countermeasures against drills by X"
    if entry.relation == "agreesWith":  # one agrees with a party but to a thing: "agreed to a US request", not
        objects = [o for o in objects if not (o.head.lower_ == "to" and o.pos_ == "PROPN")]  # "to Moscow taking charge"
    if entry.relation == "meetsWith" and not objects:
        objects += _visitor(verb)
    return objects


def _visitor(verb: Token) -> list[Token]:
    """"Annan met (with) visiting Iraqi Prime Minister Allawi": the parser makes "visiting" a verb of its
    own; the one it seems to visit is the guest met."""
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.i == verb.i + 1] + \
        [g for c in verb.children if c.lower_ == "with" for g in c.children if g.dep_ == "pcomp" and g.i == c.i + 1]
    return [o for p in participles if p.lower_ == "visiting" for o in p.children if o.dep_ == "dobj"]


def light_lemma(ctx: DocContext, verb: Token) -> str | None:
    """The light-verb lemma of a verb, with its particle when the lexicon lists it ("step up")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and ctx.lexicon.is_light(f"{lemma} {child.lower_}"):
            return f"{lemma} {child.lower_}"
    if ctx.lexicon.is_light(lemma):
        return lemma
    return verb.lower_ if ctx.lexicon.is_light(verb.lower_) else None  # a form the model mislemmatises


def _elsewhere(ctx: DocContext, verb: Token, place: Token) -> bool:
    """Whether a place is only where another's object stands ("bombed Islamic State targets in Syria", "Iranian
    targets in Syria": not Syria; "the Syrian defence ministry in Damascus" is Syria's own)."""
    owned = place.head.head
    if place.head.lower_ != "in" or owned.dep_ != "dobj" or owned.head != verb:
        return False
    owners = {e.country for e in ctx.modifier_actor(owned)}
    return bool(owners) and not owners & {e.country for e in ctx.actors(place, places=True)}


def _kept_there(ctx: DocContext, hosted: Token) -> bool:
    """Whether what a state hosts is kept there, not received as a guest: a base or facility (named so or by
    apposition), troops, refugees or workers."""
    return ctx.agent_term(hosted) in ("military", "refugees", "civilians", "workers", "students") or any(
        t.lemma_.lower() in ctx.words["hosted_things"] for t in (hosted, *(c for c in hosted.children if c.dep_ == "appos")))


def _no_aid(ctx: DocContext, given: Token) -> bool:
    """Whether what a verb of giving gives is no aid: words ("assurances"); or, sent "to" somewhere, an official, a
    person, a team of inquiry or a state's own agents not named ("sent its troops to Syria"; "equipped the army with
    tanks" is aid)."""
    if given.lemma_.lower() in ctx.words["words_given"]:
        return True
    return bool(prep_objects(given.head, {"to"})) and (  # given "to" someone: not "equipped the army with tanks"
        _names_an_office(ctx, given) or (ctx.agent_term(given) in STATE_SECTORS and ctx.mention(given) is None)
        or bool(set(given.doc[given.left_edge.i:given.i + 1].text.lower().split()) & ctx.words["missions"])
        or any(e.type == "Person" for e in ctx.actor_entities(given)))


def _as_office(ctx: DocContext, prep: Token) -> bool:
    """Whether an "as" phrase names a head of state's or government's office ("recognised Guaidó as Venezuela's
    interim president" is a recognition; "recognised it as a threat" is none)."""
    return prep.lower_ == "as" and any(o.dep_ == "pobj" and (role := _office(ctx, o)) is not None and role[0] in SOLE_OFFICES
                                       for o in prep.children)


def _office(ctx: DocContext, noun: Token) -> tuple[str, str] | None:
    """The (relation, title) of the office a noun phrase names, up to its head ("its foreign minister")."""
    return ctx.gazetteer.role(" ".join(w.text for w in noun.subtree if w.i <= noun.i))


def _names_an_office(ctx: DocContext, noun: Token) -> bool:
    """Whether a noun phrase, up to its head, names an office ("its foreign minister", "the deputy head")."""
    return _office(ctx, noun) is not None


def carries_claim(ctx: DocContext, noun: Token) -> bool:
    """Whether an object noun carries the claim instead of its verb: an event noun ("sanctions",
    "talks") or a count of them ("a package of sanctions"), but not a plan or deal the verb acts on
    ("approved the deal")."""
    if quantity_of(ctx, noun) is not None:
        return True
    return event_noun(ctx, noun) and noun.lemma_.lower() not in ctx.lexicon.concept_heads


def quantity_of(ctx: DocContext, noun: Token) -> Token | None:
    """The event noun a quantity noun counts: "waves of strikes", "a sanctions package"; or a sum is given
    in ("500 million euros in aid", "$2bn of loans")."""
    money = noun.lemma_.lower() in ctx.words["money_nouns"]
    if noun.lemma_.lower() not in ctx.lexicon.quantities and not money:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and event_noun(ctx, child):
            return child
        if child.dep_ == "prep" and (child.lower_ == "of" or (money and child.lower_ == "in")):
            for obj in child.children:
                if obj.dep_ == "pobj" and event_noun(ctx, obj):
                    return obj
    return None


def noun_entries(ctx: DocContext, noun: Token) -> tuple[LexEntry, ...]:
    """The lexicon's entries for a noun, by lemma or else as written ("talks", "missiles")."""
    return ctx.lexicon.noun(noun.lemma_.lower()) or ctx.lexicon.noun(noun.lower_)


def event_noun(ctx: DocContext, noun: Token) -> bool:
    """Whether the lexicon lists the noun, by lemma or as written ("talks", "missiles")."""
    return bool(noun_entries(ctx, noun))
