"""From what a rule found to Claim records: pairing subjects with objects, the clause reading
(polarity, modality, speaker), the evidence sentence with its offsets, the rule id, and the
claim's confidence — set here and nowhere else.

``RULES`` names every rule that can produce a claim (the ids ``relgraph rules`` lists and every
claim carries as ``rule``), with the confidence a claim of that rule gets until a learned verifier
replaces this table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import permutations

from spacy.tokens import Span, Token

from ..records import Claim, Entity
from ..resources.lexicon import LexEntry
from ..resources.sectors import HOME_SECTORS, STATE_SECTORS, acting_state
from ..vocab import relation as relation_info
from .clause import ClauseReading, refused_outright
from .context import DocContext
from .resolve.mentions import ACTOR_TYPES, CONCEPT_TYPES, dedupe
from .resolve.sides import colleagues, own_side, private, same_state
from .objects import object_entities_of
from .syntax import act_words, prep_objects

# rule id -> (confidence, what it reads)
RULES: dict[str, tuple[float, str]] = {
    "verb": (0.9, "a verb of the lexicon with its subject and object (\"Russia praised China\")"),
    "hosted-visit": (0.9, "a guest received or welcomed in a place (\"X was received in Muscat\")"),
    "verbless-visit": (0.8, "an office holder \"in\" a place in a headline or caption (\"Putin in Brazil for talks\")"),
    "hosted-meeting": (0.85, "guests hosted together meet each other (\"Malaysia hosted Thailand and Cambodia\")"),
    "light-verb": (0.9, "a light verb with an event noun (\"imposed sanctions on Iran\")"),
    "noun-agent": (0.9, "an event noun with a by-phrase (\"sanctions by the EU\")"),
    "noun-between": (0.8, "an event noun between parties (\"trade between China and Brazil\")"),
    "noun-scene": (0.8, "an event noun setting the scene of a clause (\"In a call with Erdoğan, Putin said…\")"),
    "noun-owner": (0.8, "an event noun with its actor as a modifier (\"Western sanctions on Russia\")"),
    "noun-sought": (0.8, "support or aid asked of the one who would give it (\"Turkey sought Moscow's backing\")"),
    "noun-doer": (0.8, "a noun naming the doer of an act (\"the kidnappers of two engineers\")"),
    "evaluation": (0.8, "a judgement of an act (\"called the measures illegal\")"),
    "demand": (0.8, "a demand told as speech (\"Russia said the US must leave Syria\")"),
    "backed": (0.85, "support named by a modifier (\"the Iranian-backed Houthis\")"),
    "backer": (0.85, "a backer noun beside an actor (\"Russia, Assad's main backer,\")"),
    "loyal": (0.85, "a group loyal to an actor (\"militiamen loyal to Moqtada al-Sadr\")"),
    "role": (0.95, "a role phrase (\"Russian Prime Minister Mikhail Mishustin\")"),
    "membership": (0.85, "membership (\"Turkey, a NATO member\", \"X joined Y\")"),
    "place": (0.85, "a place and where it lies (\"Tianjin, a port city in northern China\")"),
}
FRIENDLY = frozenset({"supports", "praises", "cooperatesWith", "concedesTo", "visits", "providesAidTo"})
PEOPLE_SECTORS = frozenset({"civilians", "refugees"})  # whom a state takes in, not agrees with
ARMED_SECTORS = frozenset({"military", "militants", "rebels", "insurgents"})
# acts whose refusal rejects their object ("refused to meet X", "refused to release X", CAMEO 12); any other act
# refused is only not done ("refused to condemn X", "declined to join the calls for X to go")
REFUSED_REJECTS = frozenset({"supports", "meetsWith", "agreesWith", "cooperatesWith", "recognizes", "providesAidTo",
                             "visits", "signsAgreementWith", "tradesWith", "concedesTo", "withdrawsFrom"})
CONCEPT_PENALTY = 0.1  # a claim about a concept ("supports the plan") is less sure than one between actors
PLACE_RELATIONS = frozenset({"visits", "mobilizesAgainst", "attacks", "coerces", "providesAidTo", "withdrawsFrom"})
# A news outlet is the object only of acts done to it ("banned the BBC", "criticised CNN"), never the
# counterpart of a meeting, an appeal or a statement ("told the BBC", "said in an interview with CNN").
MEDIA_OBJECT_RELATIONS = frozenset({"criticizes", "accuses", "praises", "attacks", "coerces", "sanctions",
                                    "threatens", "protestsAgainst", "opposes", "rejects", "supports"})


def confidence(rule: str, obj: Entity) -> float:
    value = RULES[rule][0]
    return round(value - CONCEPT_PENALTY, 2) if obj.type in CONCEPT_TYPES else value


def make_claim(ctx: DocContext, sent: Span, subject: Entity, relation: str, obj: Entity, rule: str,
               **fields) -> Claim:
    """A claim whose evidence is the sentence, trimmed, with its offsets in the article text."""
    raw = sent.text
    start = sent.start_char + len(raw) - len(raw.lstrip())
    text = ctx.written[start:start + len(raw.strip())]  # as written ("’"), not as parsed
    date, source = ctx.date_of(sent)
    if source is None and ctx.date:
        date, source = ctx.date, "article"
    return Claim(
        article=ctx.article.id if ctx.article else "", sentence=ctx.sentence_index(sent), start=start,
        end=start + len(text), evidence=text, subject=subject, relation=relation, object=obj,
        date=date, date_source=source, confidence=confidence(rule, obj), rule=rule, **fields,
    )


def _said_to_come(anchor: Token) -> bool:
    """Whether the act's own time word puts it ahead: "talks … tomorrow", "a visit next week"."""
    return any(c.lower_ == "tomorrow" or (c.dep_ in ("npadvmod", "pobj", "advmod")
                                           and any(g.lower_ == "next" for g in c.children))
               for c in anchor.children)


def _dated_later(ctx: DocContext, sent: Span) -> bool:
    """Whether the sentence dates its act after the article's date, at the precision both give
    ("in December" → 2025-12 after 2025-11-20)."""
    date, source = ctx.date_of(sent)
    if source != "text" or not date or not ctx.date:
        return False
    size = min(len(date), len(ctx.date))
    return date[:size] > ctx.date[:size]


def emit(ctx: DocContext, sent: Span, trigger: Token, entry: LexEntry, subject_tokens: list[Token],
         object_tokens: list[Token], reading: ClauseReading, anchor: Token, rule: str, *,
         subject_entities: list[Entity] | None = None,
         object_entities: list[Entity] | None = None) -> Iterator[Claim]:
    """The claims of one trigger: every subject paired with every object (or, for a joint act of a
    plural subject, the subjects with each other), read through the clause."""
    if reading.sought:
        return  # "urged Iran to halt enrichment": the appeal is the claim, the act asked for none
    relation = entry.relation
    if relation == "supports" and ctx.as_aid(trigger):
        relation = "providesAidTo"  # "financial and humanitarian support to Kyiv"
    if not subject_entities:
        subject_entities = [e for t in subject_tokens
                            for e in (ctx.actors(t) or ctx.generic_owner(t) or _act_owner(ctx, t, relation, trigger))
                            if e.type in ACTOR_TYPES]
        if not subject_entities and trigger.pos_ in ("NOUN", "PROPN"):
            subject_entities = ctx.modifier_actor(trigger)
    subjects = dedupe(subject_entities)
    if not subjects or (rule == "verb" and relation == "visits" and not entry.dobj
                        and any(c.dep_ == "dobj" for c in trigger.children)):
        return  # "is flying the migrants to Libya": taking someone there is no visit
    if relation == "visits" and any(ctx.agent_term(t) in ARMED_SECTORS for t in subject_tokens):
        return  # "Hamas fighters landed in Israel", "troops arrived in Mali": armed men come, no visit
    if any(c.lower_ == "neither" for t in subject_tokens for c in t.children):
        reading = replace(reading, polarity="negative")
    places = relation in PLACE_RELATIONS
    objects: list[Entity] = list(object_entities or [])
    for t in object_tokens:
        objects += object_entities_of(ctx, t, entry, places=places)
    if not objects and anchor.lemma_.lower() in ctx.words["detaining"]:
        objects = _own_people(ctx, subjects, object_tokens)
    if relation == "agreesWith" and objects and all(o.sector == "refugees" for o in objects):
        relation = "providesAidTo"  # "Turkey accepted 2m refugees": taking them in is aid, no agreement
    if "excludes" in entry.flags and objects and all(o.type == "Country" for o in objects):
        relation = "reducesRelationsWith"  # "the African Union suspended Niger": shut out, not left
    if relation == "reducesRelationsWith":  # "ordered the US ambassador out": relations with the envoy's state
        objects = [ctx.state(o.country) or o if o.sector == "diplomats" else o for o in objects]
    allowed = relation_info(relation).object_types
    objects = [o for o in dedupe(objects) if any(ch.isalnum() for ch in o.label) and not (allowed and o.type not in allowed)
               and not (relation == "withdrawsFrom" and (o.type == "Person" or o.sector in PEOPLE_SECTORS)
                        and not (entry.cameo or "").startswith("084"))  # one leaves places, frees people
               and not (entry.actors_only and o.type in CONCEPT_TYPES)
               and not (o.sector == "media" and relation not in MEDIA_OBJECT_RELATIONS)
               and not (relation == "agreesWith" and o.sector in PEOPLE_SECTORS)]  # "accepted 2m refugees"
    qualifier, cameo = None, entry.cameo
    if reading.transform == "rejects" and reading.control == anchor.head and relation not in REFUSED_REJECTS:
        reading = refused_outright(reading)  # "refused to condemn X": not done, and nothing rejected
    if reading.transform == "rejects":
        relation, cameo = "rejects", None
        objects = [o for o in objects if o.type in ACTOR_TYPES | CONCEPT_TYPES]
    elif reading.transform == "threatens":
        qualifier = f"{relation} ({trigger.lemma_})"
        relation, cameo = "threatens", None
        objects = [o for o in objects if o.type in ACTOR_TYPES]
    if relation == "meetsWith" and not objects and object_tokens:
        return  # "took the airport without meeting resistance", "spoke with cautious optimism": no one met
    pairs = _pairs(subjects, objects, entry, reading, trigger, anchor, relation)
    if not pairs:
        return
    if relation in ctx.resources.topics.relations:  # "urged X to release…": 0253
        cameo = ctx.resources.topics.refine(cameo, relation, act_words(anchor)) or cameo
    if relation == "appealsTo" and reading.modality in ("possible", "intended") and anchor.dep_ == "xcomp" \
            and anchor.head.lemma_.lower() in ctx.words["attempting"]:
        reading = replace(reading, modality="asserted")  # "tried to persuade HTS to relent": the appeal was made
    speaker, modality = _speaker(ctx, reading, subjects)
    if relation in FORCE and _warned_by_own(ctx, reading, subjects):
        # "Turkey warned it would strike Syrian troops", "Erdoğan warned that Turkish forces would hit regime troops":
        # Turkey's threat, made (not their act to come); a threat is made to actors only
        qualifier, relation, cameo, speaker, modality = f"{relation} ({trigger.lemma_})", "threatens", None, None, "asserted"
        pairs = [(s, o) for s, o in pairs if o.type in ACTOR_TYPES]
    if sent.text.rstrip().endswith("?"):
        return  # a question asserts nothing: "Will Iran hit back?" (GUIDE §5: no claim of the questioned act)
    if modality == "asserted" and anchor.tag_ not in ("VBD", "VBN") and (_dated_later(ctx, sent)
                                                                          or _said_to_come(anchor)):
        modality = "intended"  # "talks between X and Y tomorrow": not held yet ("in May, X met Y" was)
    # "met in Geneva", "talks in Istanbul": in neither side's state, a meeting at a third location
    venue = ctx.event_place(anchor, trigger, preps=("in", "at")) \
        if relation == "meetsWith" and cameo in (None, "04", "040") else []
    for s, o in pairs:
        third = venue and s.country and o.country and venue[0].country not in (s.country, o.country)
        if relation == "threatens" and o.sector in PEOPLE_SECTORS and o.country and o.country == acting_state(s) \
                and qualifier is None:  # ("threatened to shoot protesters" stays a threat)
            # "the US warned Americans to avoid Haiti": advice to its own people, no threat
            yield make_claim(ctx, sent, s, "appealsTo", o, rule, polarity=reading.polarity, modality=modality,
                             trigger=trigger.text)
            continue
        yield make_claim(ctx, sent, s, relation, o, rule, polarity=reading.polarity,
                         modality=modality if speaker is None or speaker.key != s.key else "asserted",
                         speaker=speaker if modality == "reported" else None, cameo="044" if third else cameo,
                         qualifier=qualifier, trigger=trigger.text)


def _no_visit(s: Entity, o: Entity) -> bool:
    """A private person's or civilians' travels, a leader touring or returning to their own country, a
    state "returning to the Middle East": no visit between actors."""
    return private(s) or s.sector in PEOPLE_SECTORS \
        or (o.type == "Country" and s.country is not None and o.country == s.country) \
        or (o.type == "Place" and ((s.country is not None and o.country == s.country)
                                   or (s.type == "Country" and not o.country)))


def _own_people(ctx: DocContext, subjects: list[Entity], objects: list[Token]) -> list[Entity]:
    """"Vietnam freed 9,000 prisoners", "Iraqi police arrested ten protesters": people of no named state
    whom one state, its government, police or courts hold or free are its own (not its troops'
    captives: "US forces detained ten suspects" in Iraq are no Americans)."""
    state = ctx.state(subjects[0].country) if len(subjects) == 1 and (
        subjects[0].type == "Country" or subjects[0].sector in HOME_SECTORS) else None
    # "detained a man" is a case, not a people; "arrested 20 people" says nothing of whose; the word as written
    # stays an alias ("prisoners"), as a demonym does
    found = [(t.text, sector) for t in objects if t.tag_ == "NNS" and t.lemma_.lower() not in ("people", "person")
             and (sector := ctx.agent_term(t)) is not None and sector not in STATE_SECTORS]
    return [replace(ctx.sector_actor(state, sector), aliases=(written,)) for written, sector in found] if state else []


def _act_owner(ctx: DocContext, noun: Token, relation: str, act: Token) -> list[Entity]:
    """Who did an act named in the doer's place: "backed by US air support" (the support, an act of
    the verb's own relation, is the US's), "backed by US-led airstrikes" (strikes made in support); or
    whose plan, decision, pledge or threat names the act ("Russia's plan to attack Ukraine")."""
    acts = {relation, "attacks"} if relation == "supports" else {relation}
    planned = act.head == noun and act.dep_ == "acl" and act.tag_ == "VB" and (
        noun.lemma_.lower() in ctx.words["intending_nouns"] or noun.lemma_.lower() in ctx.words["threat_nouns"])
    if not planned and (noun.pos_ != "NOUN" or not any(e.relation in acts for e in ctx.lexicon.noun(noun.lemma_.lower()))):
        return []
    if planned:
        return ctx.planner(noun)  # ("air strikes by the Saudi-led coalition killed…": the coalition's)
    return ctx.modifier_actor(noun) or [e for o in prep_objects(noun, {"by"}) for e in ctx.actor_entities(o)]


def _pairs(subjects: list[Entity], objects: list[Entity], entry: LexEntry, reading: ClauseReading,
           trigger: Token, anchor: Token, relation: str) -> list[tuple[Entity, Entity]]:
    if entry.armed_only:  # "Erdoğan clashed with Putin" is a quarrel, "police clashed with protesters" a fight
        subjects = subjects if any(not speaking(e) for e in subjects + objects) else []
    # "Thai and Cambodian troops exchanged fire, killing a Thai villager": the Cambodians killed him, not his own side
    fought = trigger.dep_ in ("advcl", "conj") and trigger.head.lemma_.lower() in ("exchange", "clash", "battle", "trade")
    sides = {acting_state(s) for s in subjects} - {None} if fought else set()
    if objects:
        # ("Riyadh, Abu Dhabi and Manama withdrew their ambassadors": each its own, not one another's)
        own = {s.key for s in subjects} if len(subjects) > 1 else set()
        objects = [o for o in objects if o.key not in own]
        return [(s, o) for s in subjects for o in objects if not same_state(s, o)
                and not (len(sides) > 1 and o.country == acting_state(s))
                and not (private(s) and private(o))  # two people no table ties to a state: no state affair
                and not ((relation in FRIENDLY or relation == "reducesRelationsWith") and own_side(s, o))
                and not (relation == "visits" and _no_visit(s, o))
                # emigrants withdraw from nothing, nor does a leader quitting his own state's office ("quit Haiti's
                # presidency", "quit Downing Street": a resignation)
                and not (relation == "withdrawsFrom" and (private(s) or s.sector in PEOPLE_SECTORS
                                                         or (s.type == "Person" and s.country and o.country == s.country)))
                and not (entry.armed_only and speaking(s) and speaking(o))]
    if entry.mutual and len(subjects) >= 2 and reading.transform is None:
        # a joint act of a plural subject: one claim per pair ("India and Pakistan agreed…");
        # "mutual support" runs both ways
        if any(c.lower_ in ("mutual", "reciprocal") for c in trigger.children) \
                or anchor.lemma_.lower() in ("exchange", "trade") or "restore" in entry.flags:
            # "exchanged fire"; "A and B restored ties": each recognises the other
            return list(permutations(subjects, 2))
        if relation in ("agreesWith", "signsAgreementWith") and len(subjects) > 3:
            return []  # six leaders agreeing at a summit is a joint decision, not fifteen agreements of two
        if relation_info(relation).symmetric or trigger.pos_ in ("VERB", "AUX") \
                or (relation == "attacks" and anchor.pos_ == "VERB"):
            # one state's officials are one side; "A and B fought a gun battle": a fight between them
            return [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:] if not colleagues(a, b)]
    return []


FORCE = frozenset({"attacks", "coerces", "sanctions", "mobilizesAgainst"})  # acts a warning of one's own threatens


def _voice(entity: Entity) -> str | None:
    """The state an actor speaks for: a person's, or an actor's acting state."""
    return entity.country if entity.type == "Person" else acting_state(entity)


def _warned_by_own(ctx: DocContext, reading: ClauseReading, subjects: list[Entity]) -> bool:
    """Whether a warning's speaker says its own side would use force ("warned that Turkish forces would hit…")."""
    if reading.via_speech is None or reading.via_speech.lemma_.lower() != "warn" or reading.speaker is None \
            or reading.polarity != "positive" or reading.modality not in ("intended", "possible"):
        return False
    states = {_voice(e) for e in ctx.actor_entities(reading.speaker)}
    return len(states) == 1 and None not in states and all(acting_state(s) in states for s in subjects)


def speaking(entity: Entity) -> bool:
    """A state as such, a person, a party, or an organisation known only by its name as written (a
    team, a firm: "Argentina defeated the NBA stars"): a side that is no armed force (flag ``armed``)."""
    return entity.type in ("Country", "Person") or (private(entity) and not entity.sector) \
        or entity.sector in ("government", "diplomats", "legislature", "party")


def _speaker(ctx: DocContext, reading: ClauseReading, subjects: list[Entity]) -> tuple[Entity | None, str]:
    """Who reports the act, and the modality that follows: an act reported by someone other than
    the actor (or its own officials) is ``reported``."""
    if reading.speaker is None:
        return None, reading.modality
    speakers = [e for e in ctx.actors(reading.speaker) if e.type in ACTOR_TYPES]
    if not speakers:
        # "militants killed 16 people, officials said": still someone's account, though of no actor we
        # know (an unresolved "he" may be the actor himself)
        named = reading.speaker.pos_ in ("NOUN", "PROPN") and reading.modality == "asserted"
        return None, "reported" if named else reading.modality
    speaker = speakers[0]
    voice = _voice(speaker)
    for s in subjects:
        # the actor speaking for itself: the same, or a state and its officials or agents ("Turkey said its jets had
        # struck…", "the Pentagon said US forces…")
        if s.key == speaker.key or (voice is not None and acting_state(s) == voice
                                    and (s.type == "Country" or s.sector in STATE_SECTORS)):
            return None, reading.modality
    # a plan or a possibility stays one when someone else reports it ("said Moscow expected Turkey to…")
    return speaker, reading.modality if reading.modality in ("possible", "intended") else "reported"
