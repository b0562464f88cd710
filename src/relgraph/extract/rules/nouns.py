"""Claims from event nouns: light verb + noun ("imposed sanctions on Iran", "expressed support for
Russia"), a noun with its actor ("Western sanctions on Russia", "Mishustin's visit to Hangzhou",
"sanctions by the EU"), and a noun between parties ("trade between China and Brazil").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Claim, Entity
from ...resources.lexicon import LexEntry
from ..clause import ClauseReading, noun_negated, read_clause, unrealised
from ..context import DocContext
from ..emit import emit, speaking
from ..resolve.mentions import ACTOR_TYPES
from ..syntax import by_objects, clause_subjects, has_child_word, prep_objects, relcl_objects
from .noun_clause import came_under, hypothetical, noun_holder, only_sought, scene_verb, upcoming_scene, victims
from .verbs import noun_entries, verb_entry

JOINT = frozenset({"joint", "combined", "trilateral", "bilateral"})
SHORT = frozenset({"short"})  # "cut short a visit": it was made
TURNS = frozenset({"cut", "restore"})  # light verbs that turn a relation noun: "cut ties", "restored ties"


def noun_claims(ctx: DocContext, sent: Span, noun: Token) -> Iterator[Claim]:
    lex = ctx.lexicon
    entries = noun_entries(ctx, noun)
    if not entries:
        return
    entries = _without_violence(ctx, noun, entries)
    if any(e.held for e in entries):
        yield from _held_claims(ctx, sent, noun, [e for e in entries if e.held])
        return
    if any(e.doer for e in entries):
        yield from _doer_claims(ctx, sent, noun, [e for e in entries if e.doer])
        return
    holder, light, light_word = noun_holder(ctx, noun)
    if light is not None and light_word in ctx.words["receiving"] and (_sent_from(ctx, noun) or _sent_from(ctx, light)) \
            and not any(e.relation == "meetsWith" for e in entries):
        # "received support from the US": the US gives it, the subject receives it ("received a call from X" is a
        # meeting of the two)
        light = light_word = None
    def readings(modes: frozenset[str], light: Token | None) -> list[LexEntry]:
        return [e for e in entries if e.flags & TURNS == modes and ("joint" not in e.flags or _is_joint(noun))
                # "waged war on Iran", and "Iraq's war against Iran" which names both sides (not "Syria's war";
                # "Turkey's ties with Israel" may have collapsed)
                and ("light" not in e.flags or light is not None
                     or (e.relation == "attacks" and bool(prep_objects(noun, e.preps))))]
    modes = lex.light.get(light_word, frozenset()) & TURNS if light is not None else frozenset()
    if light is not None and has_child_word(light, SHORT):
        modes = frozenset()  # "cut short a visit to Paris": the visit was made, only shortened
    cut = "cut" in modes  # "cut ties with", "restored ties with": the noun's reading for that turn only
    candidates = readings(modes, light)
    halted = cut and not candidates and light_word in ctx.words["stopping"]
    if halted:  # "halted its strikes on Gaza", "suspended aid to Pakistan": no turn of their own; the act stops
        modes, cut = frozenset(), False
        if read_clause(light, lex, ctx.words) != ClauseReading():  # "urged Turkey to halt its offensive": it goes on
            light = light_word = None
            halted = False
        candidates = readings(modes, light)
    if light is not None:
        subjects, patients = ctx.arguments(light)
        if holder.dep_ == "nsubjpass":
            patients = []
        if not subjects and light.lemma_.lower() in ctx.words["engaging"] and holder.dep_ == "pobj":
            subjects, patients = patients, []  # "Iran is engaged in talks with Iraq": Iran takes part
        reading, anchor = read_clause(light, lex, ctx.words), light
        if lex.control.get(light_word) == "threatens" and reading.transform is None:
            reading = replace(reading, transform="threatens", control=light)  # "threatened sanctions on Venezuela"
        if light_word in ctx.words["announcing"] and reading.modality == "asserted" \
                and not any(e.relation == "sanctions" or (e.relation == "supports" and not ctx.as_aid(noun))
                            for e in candidates):
            # "announced the withdrawal", "pledged (military) aid": still to come; announced sanctions are imposed,
            # pledged loyalty or support given
            reading = replace(reading, modality="intended")
    else:
        # ("five years of bombardment of Ghouta by Syrian forces": the "by" may hang on the quantity)
        subjects, patients, reading, anchor = by_objects(noun) or by_objects(holder), [], ClauseReading(), noun
        if (hit := came_under(holder)) is not None:
            (subjects, patients), anchor = hit, holder.head.head  # "came under fire from gunmen"
            reading = read_clause(anchor, lex, ctx.words)
            if noun.lemma_.lower() == "fire" and all(speaking(e) for t in subjects + patients for e in ctx.actor_entities(t)):
                candidates = [replace(e, relation="criticizes", cameo="111") for e in candidates]  # "… from Erdogan": words
        if hypothetical(holder, ctx):  # "a Russian attack on Ukraine would be a disaster", "… is unlikely"
            reading = replace(reading, modality="possible")
        reading = replace(reading, modality=unrealised(noun, ctx.words) or reading.modality)
        if reading.modality == "asserted" and (scene := upcoming_scene(holder)) is not None \
                and (ahead := read_clause(scene, lex, ctx.words).modality) in ("intended", "possible"):
            reading = replace(reading, modality=ahead)  # "will fly to Pyongyang for his summit with Kim": to come
    if light is None and holder.dep_ in ("nsubj", "nsubjpass") and has_child_word(holder, frozenset({"neither"})):
        return  # "neither Macron's visit nor Merkel's appeal shifted him": the verb is denied, not the visit
    cancelled = _cancelled(ctx, holder)
    if cancelled is False:
        return  # "the decision to call off the meeting", "may cancel his visit": neither held nor surely off
    if noun_negated(noun, ctx.words) or noun_negated(holder, ctx.words) or cancelled \
            or halted or (not (modes and candidates) and _stopped(ctx, holder)):
        # "no support", "Russia ended its support for Assad", "Trump called off his visit"
        reading = replace(reading, polarity="negative")
    if reading.modality == "asserted" and (wish := only_sought(ctx, holder, light)):
        yield from _asked_for(ctx, sent, noun, holder, candidates)
        # "the prospect of a Turkish operation" is possible; "Turkey wants Russia's backing" no claim of Russia's
        reading = replace(reading, modality="possible", sought=wish == "sought")
    elif reading.modality == "asserted" and not any(e.relation == "sanctions" for e in candidates) \
            and any(c.dep_ == "acl" and c.lemma_.lower() in ctx.words["announcing"] for c in holder.children):
        reading = replace(reading, modality="intended")  # "the US withdrawal, announced by Trump": still to come
    for entry in candidates:
        receiver = _receiver(ctx, holder) if light is None and entry.relation in FROM_AGENT else None
        if light is None and not subjects and entry.relation in FROM_AGENT and "from" not in entry.preps:
            # "proposals from the US and France", "warnings from the EU", "drew condemnation from Russia"
            subjects = _sent_from(ctx, noun) or (_sent_from(ctx, receiver) if receiver is not None else [])
        objects = prep_objects(noun, entry.preps) + (prep_objects(holder, entry.preps) if holder != noun else []) \
            + [o for a in prep_objects(noun, {"by"}) for o in prep_objects(a, entry.preps - {"by", "of"})]  # "strikes by X on Y"
        if receiver is not None and (subjects or ctx.modifier_actor(noun)) and not objects:
            # "Turkey faced criticism from the EU", "the Saudis rely on US support": who receives it is the object
            objects = [c for c in receiver.children if c.dep_ == "nsubj"]
        if entry.relation == "attacks" and light is None:
            # "two soldiers died in a Hamas ambush", "five were killed in an Israeli strike on Gaza": Hamas, Israel
            # attacked them (and Gaza)
            objects += victims(ctx, holder)
        if entry.ccomp:  # "the demand that Iran halt…", "a call for Iran to halt…": Iran
            objects += clause_subjects(noun, ("that", "for"))
        if light is not None:
            objects += prep_objects(light, entry.preps) + [c for c in light.children if c.dep_ == "dative"]
        if "for" not in entry.preps:  # "laid the blame for the surge in violence on the Kremlin", the "on" hung on "surge"
            objects += [o for h in (noun, light) if h is not None for f in prep_objects(h, {"for"})
                        for o in prep_objects(f, entry.preps - {"of"})]  # (not "a demand for the extradition of X")
        objects += patients
        extra: list[Entity] = []
        if entry.itself:
            if light is not None or _pronoun_owned(noun):
                # "has no plans to…" is no proposal; "proposed a plan" is the verb's claim; "his plan"
                # only refers back to one named before
                continue
            concept = ctx.concept(noun, owner=False)
            extra = [concept] if concept is not None else []
        elif cut and not objects:
            extra = ctx.modifier_actor(noun) or ctx.owner_of(noun)
        if not objects and entry.relation == "sanctions":
            objects = relcl_objects(holder)  # "a sanctions package that bans imports of Russian gas"
        sides = _between(ctx, noun, meeting=entry.relation == "meetsWith")
        claims: list[Claim] = []
        if len(sides) == 2 and entry.relation == "attacks" and not subjects:
            # "clashes between police and protesters": a fight of the two sides, either way round
            claims = list(emit(ctx, sent, noun, entry, [], [], reading, anchor, "noun-between",
                               subject_entities=sides[0], object_entities=sides[1]))
        elif len(between := [e for side in sides for e in side]) >= 2 and not subjects:
            claims = list(emit(ctx, sent, noun, entry, [], [], reading, anchor, "noun-between",
                               subject_entities=between))
        elif subjects or light is not None:
            claims = list(emit(ctx, sent, noun, entry, subjects, objects, reading, anchor,
                               "light-verb" if light is not None else "noun-agent", object_entities=extra))
        elif owners := ctx.modifier_actor(noun):
            claims = list(emit(ctx, sent, noun, entry, [], objects, reading, anchor, "noun-owner",
                               subject_entities=owners, object_entities=extra))
        elif objects and (scene := scene_verb(noun, ctx, entry)) is not None:
            scene_reading = read_clause(scene, lex, ctx.words)
            # ("flew to Moscow for talks with Putin": a trip made for them, so held; "ahead of talks": to come)
            if upcoming_scene(noun) is not None and scene_reading.modality == "asserted" \
                    and not (scene.tag_ == "VBD" and noun.head.lower_ == "for"):
                scene_reading = replace(scene_reading, modality="intended")
            claims = list(emit(ctx, sent, noun, entry, ctx.arguments(scene)[0], objects, scene_reading, scene,
                               "noun-scene"))
        if light is not None and not entry.itself and not modes and not _pronoun_owned(noun):
            # "Turkey joined Western sanctions against Russia": the West's sanctions stand too; "held
            # its first meeting with X": "its" is the one who held it
            taken = {e.key for t in subjects for e in ctx.actors(t)}
            owners = [o for o in ctx.modifier_actor(noun) if o.key not in taken]
            if owners:
                # (a participle's act is the owner's too: "the US withdrawal, announced by Trump" is to come)
                own_reading = reading if light.dep_ == "acl" else ClauseReading()
                claims += list(emit(ctx, sent, noun, entry, [], objects, own_reading, noun, "noun-owner",
                                    subject_entities=owners))
        if claims:
            yield from claims
            return


def _stopped(ctx: DocContext, holder: Token) -> bool:
    """Whether the act a noun names is stopped by whoever does it: the object of a verb of stopping that the text
    asserts, with no other owner named ("Russia ended its support for Assad", "the US suspended aid to Pakistan";
    not "Hungary blocked EU aid", nor "urged Russia to end its cooperation", nor "a truce ended the clashes between
    A and B": those took place)."""
    verb = holder.head
    return holder.dep_ == "dobj" and verb.lemma_.lower() in ctx.words["stopping"] and not has_child_word(verb, SHORT) \
        and not has_child_word(holder, frozenset({"between"})) \
        and any(c.dep_ == "nsubj" for c in verb.children) and read_clause(verb, ctx.lexicon, ctx.words) == ClauseReading() \
        and not any(c.dep_ in ("poss", "amod", "compound", "nmod") and ctx.mention(c) is not None for c in holder.children)


def _cancelled(ctx: DocContext, holder: Token) -> bool | None:
    """Whether a verb of cancelling ("cancelled", "called off", "postponed") governs the noun: True when the text
    asserts it, False when only planned, asked or possible; None when no such verb."""
    verb = holder.head
    if holder.dep_ not in ("dobj", "nsubjpass"):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if lemma not in ctx.words["cancelling"] and f"{lemma} {particle}" not in ctx.words["cancelling"]:
        return None
    return read_clause(verb, ctx.lexicon, ctx.words) == ClauseReading()


# Acts that a "from" phrase names the doer of, as "by" does ("a proposal from Iran"); for others it is
# where they come from ("rocket fire from Gaza", "a withdrawal from Syria")
FROM_AGENT = frozenset({"proposes", "appealsTo", "threatens", "criticizes", "accuses", "praises", "supports",
                        "providesAidTo"})


def _sent_from(ctx: DocContext, noun: Token) -> list[Token]:
    """The actors (no places) a noun's "from" phrase names."""
    return [o for o in prep_objects(noun, frozenset({"from"}))
            if (m := ctx.mention(o)) is None or m.entity.type != "Place"]


def _receiver(ctx: DocContext, holder: Token) -> Token | None:
    """The verb whose subject receives an act noun: "Turkey faced criticism from the EU", "Israel's strike
    drew condemnation from Russia" (the strike: Israel's), "the Saudis rely on US support"."""
    if holder.dep_ == "dobj" and holder.head.lemma_.lower() in ctx.words["receiving"]:
        return holder.head
    if holder.dep_ == "pobj" and holder.head.lower_ in ("on", "upon") \
            and holder.head.head.lemma_.lower() in ctx.words["relying"]:
        return holder.head.head
    return None


ASKED_FOR = {"supports": "022", "providesAidTo": "023"}  # CAMEO: appeal for support, for aid


def _asked_for(ctx: DocContext, sent: Span, noun: Token, holder: Token, entries: list[LexEntry]) -> Iterator[Claim]:
    """"Turkey sought Moscow's backing", "Damascus requested Russian military aid", "Iraq pleaded for
    Europe's help": who asks appeals to the one whose support or aid it asks for (named by a modifier
    of the noun)."""
    verb = holder.head.head if holder.dep_ == "pobj" else holder.head
    if verb.lemma_.lower() not in ctx.words["requesting"]:
        return
    for entry in entries:
        if entry.relation in ASKED_FOR:
            asked = [e for e in ctx.modifier_actor(noun) if e.type in ACTOR_TYPES]
            appeal = replace(entry, relation="appealsTo", cameo=ASKED_FOR[entry.relation], flags=frozenset({"actor"}))
            yield from emit(ctx, sent, verb, appeal, ctx.arguments(verb)[0], [], read_clause(verb, ctx.lexicon, ctx.words),
                            verb, "noun-sought", object_entities=asked)
            return


def _without_violence(ctx: DocContext, noun: Token, entries: tuple[LexEntry, ...]) -> tuple[LexEntry, ...]:
    """An attack noun its words make peaceful: "a hunger strike", "a general strike", "went on strike",
    "protested … with a strike" are protests (their kind is the topic table's), "verbal attacks" criticism."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    verb = noun.head.head if noun.dep_ == "pobj" else None
    protest = modifiers & ctx.words["protest_modifiers"] or (verb is not None and (
        (noun.head.lower_ == "on" and verb.lemma_.lower() in ("go", "be", "remain", "stay"))  # "went on strike"
        or (noun.head.lower_ == "with" and (e := verb_entry(ctx, verb)) is not None
            and e.relation == "protestsAgainst")))  # "protested against Macron with a strike"
    for found, relation in ((protest, "protestsAgainst"), (modifiers & ctx.words["verbal_modifiers"], "criticizes")):
        if found:
            return tuple(replace(e, relation=relation, cameo=None) if e.relation == "attacks" else e for e in entries)
    return entries


HOLDING = frozenset({"hold", "take", "keep"})  # "held X hostage", "took X hostage"


def _held_claims(ctx: DocContext, sent: Span, noun: Token, entries: list[LexEntry]) -> Iterator[Claim]:
    """"Prakash has been held in Turkish custody", "remains in Kurdish captivity": the noun's owner
    holds the subject of the clause the "in" phrase belongs to; "Isis holds John Cantlie hostage":
    the subject of "hold", "take" or "keep" holds the one the noun names."""
    verb = noun.head
    if noun.dep_ in ("dobj", "ccomp", "oprd", "npadvmod") and verb.lemma_.lower() in HOLDING:
        holders = [e for t in ctx.arguments(verb)[0] for e in ctx.actors(t)]
        held = [c for c in verb.children if c.dep_ == "dobj" and c != noun] or \
            [c for c in noun.children if c.dep_ in ("compound", "appos") and (m := ctx.mention(c)) is not None
             and m.entity.type == "Person"] or [noun]  # "the British journalist John Cantlie hostage": Cantlie
        if held == [noun] and noun.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "compound", "amod")
                                                            for c in noun.children):
            return  # "journalists held hostage in Iraq were freed": a passive read as active; who held them is unsaid
        reading = read_clause(verb, ctx.lexicon, ctx.words)
        for entry in entries if holders else ():
            yield from emit(ctx, sent, noun, entry, [], held, reading, verb, "noun-agent", subject_entities=holders)
        return
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "into") or noun.head.head.pos_ not in ("VERB", "AUX"):
        return
    verb = noun.head.head
    holders = ctx.modifier_actor(noun) + [e for o in prep_objects(noun, frozenset({"of"})) for e in ctx.actors(o)]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    taken = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "take" else []
    held, rule = (taken, "noun-agent") if taken else (subjects, "noun-owner")  # "took X into custody"
    if taken and not holders:
        holders = [e for t in subjects for e in ctx.actors(t)]
    if holders and held:
        reading = read_clause(verb, ctx.lexicon, ctx.words)
        for entry in entries:
            yield from emit(ctx, sent, noun, entry, [], held, reading, verb, rule, subject_entities=holders)


def _doer_claims(ctx: DocContext, sent: Span, noun: Token, entries: list[LexEntry]) -> Iterator[Claim]:
    """"The kidnappers of two Chinese engineers", "the Americans' killers": the noun is the actor,
    its of-phrase or possessive the one acted on; a noun set beside an actor names that actor:
    "Khashoggi, a critic of Riyadh," / "Navalny was an opponent of Putin"."""
    doers, negated = [noun], noun_negated(noun, ctx.words)
    if noun.dep_ == "appos":
        doers = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ in ctx.words["copulas"]:
        doers = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        negated = negated or any(c.dep_ == "neg" for c in noun.head.children)
    reading = replace(ClauseReading(), polarity="negative") if negated else ClauseReading()
    victims = [c for c in noun.children if c.dep_ == "poss"]
    for entry in entries:
        yield from emit(ctx, sent, noun, entry, doers, prep_objects(noun, entry.preps) + victims, reading, noun,
                        "noun-doer")


def _pronoun_owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _is_joint(noun: Token) -> bool:
    return has_child_word(noun, JOINT)


def _between(ctx: DocContext, noun: Token, meeting: bool = False) -> list[list[Entity]]:
    """"trade between China and Brazil", "joint drills by the US, South Korea and Japan", "a summit
    of Russia, Turkey and Iran" (a meeting's of-phrase, when it names a coordination): the parties, one
    list per coordinated phrase ("between insurgents and US and Iraqi forces": two sides)."""
    parties = ("between", "among", "by") if _is_joint(noun) else ("between", "among")
    if meeting:
        parties += ("of",)
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent")]
    after = noun.right_edge.i + 1
    if "by" in parties and after < len(noun.doc) and noun.doc[after].lower_ == "by" \
            and noun.doc[after].dep_ in ("prep", "agent"):
        preps.append(noun.doc[after])  # "joint drills by A and B" with "by" hung on the verb
    for child in preps:
        if child.lower_ in parties:
            for obj in child.children:
                if obj.dep_ == "pobj" and (child.lower_ != "of" or obj.conjuncts):
                    members = ctx.actor_entities(obj)
                    return [side for t in sorted([obj, *obj.conjuncts], key=lambda t: t.i)
                            if (side := [e for e in ctx.head_actors(t) if e in members])]
    return []
