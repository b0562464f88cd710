"""Event claims from verbs ("Beijing proposed a plan"), light verb + noun ("expressed support for
Russia", "imposed sanctions on Iran") and noun phrases ("Western sanctions on Russia",
"Mishustin's visit to Hangzhou"), with coordination, passives, control verbs and reported speech.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import permutations

from spacy.tokens import Doc, Span, Token

from ..records import Claim, Entity
from ..vocab import relation as relation_info
from . import context, make_claim, news_sentences, register
from .clause import ClauseReading, noun_negated, read_clause
from .evaluations import evaluation_claims
from .lexicon import LexEntry
from .mentions import ACTOR_TYPES, CONCEPT_TYPES, DocContext, appos_host, dedupe

OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "persuade", "force", "push", "encourage",
                            "invite", "help", "allow", "order", "tell", "request", "pressure", "prompt",
                            "lead", "spur", "cause", "send"})
# Verbs that credit or blame someone for an act: their object did it ("thanked X for condemning…").
CREDITING = frozenset({"thank", "praise", "commend", "congratulate", "applaud", "hail", "laud", "credit",
                       "criticize", "criticise", "condemn", "blame", "accuse", "fault", "punish", "sanction",
                       "reward", "rebuke", "chide", "denounce"})
HOSTING = frozenset({"receive", "welcome", "host"})
HOSTED_VISIT = LexEntry("visit", "visits", False, frozenset(), False, None, frozenset({"actor"}))
LOOK_THROUGH = frozenset({"form", "forms", "kind", "kinds", "type", "types", "sort", "version", "opening"})
PLACE_RELATIONS = frozenset({"visits", "mobilizesAgainst", "attacks", "providesAidTo"})
AID_ADJECTIVES = frozenset({"financial", "humanitarian", "military", "economic", "material", "medical"})
# Relations whose object may be an act, read as the act's actor ("condemned the Israeli strikes").
EVENT_TARGETING = frozenset({"criticizes", "accuses", "protestsAgainst", "opposes", "rejects", "praises",
                             "supports"})
# Relations whose object may be any act or thing named ("hailed the release", "condemned the move").
EVENT_FALLBACK = frozenset({"criticizes", "praises", "protestsAgainst", "rejects"})


@register("events")
def events(doc: Doc) -> Iterator[Claim]:
    ctx = context(doc)
    for sent in news_sentences(doc):
        for token in sent:
            if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
                yield from _verb_claims(ctx, sent, token)
                yield from evaluation_claims(ctx, sent, token)
            if token.pos_ in ("NOUN", "PROPN"):
                yield from _noun_claims(ctx, sent, token)


# ------------------------------------------------------------------------------------ verbs
def _verb_entry(ctx: DocContext, verb: Token) -> LexEntry | None:
    """The lexicon entry for a verb, phrasal verbs first ("call on", "pull out", "welcome to")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "prep"):
            entry = ctx.lexicon.verb(f"{lemma} {child.lower_}")
            if entry is not None:
                return entry
    return ctx.lexicon.verb(lemma)


def _verb_claims(ctx: DocContext, sent: Span, verb: Token) -> Iterator[Claim]:
    entry = _verb_entry(ctx, verb)
    if entry is None:
        return
    lex = ctx.lexicon
    if any(c.dep_ == "prep" and c.lower_ in entry.blocking_preps for c in verb.children):
        return
    if verb.lemma_.lower() in lex.control and any(c.dep_ == "xcomp" for c in verb.children) \
            and not entry.mutual:
        return  # "refused to support X": the inner verb carries the claim
    if _light_lemma(ctx, verb) and any(_carries_claim(ctx, c) for c in verb.children if c.dep_ == "dobj"):
        return  # "imposed sanctions on X": the noun carries the claim
    subjects, patients = _arguments(verb)
    objects = list(patients)
    if entry.dobj:
        objects += [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ != "what"]
        # "oppose what they called unilateral sanctions"
        objects += [o for c in verb.children if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
                    for o in c.children if o.dep_ in ("oprd", "attr")]
    objects += _prep_objects(verb, entry.preps)
    # "postponed tariffs on Mexican imports", "eased restrictions on X to China"
    objects += [o for c in verb.children if c.dep_ == "dobj" for o in _prep_objects(c, entry.preps)]
    if entry.ccomp:
        objects += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    # "a proposal Moscow praised", "a naval mission proposed by Iran": the noun is the object
    if verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "dobj" for c in verb.children) and subjects \
            and verb.head not in subjects and (verb.dep_ == "relcl" or verb.tag_ == "VBN"):
        objects.append(_appos_root(verb.head))
    if entry.relation == "threatens" and not any(c.dep_ == "dobj" for c in verb.children):
        objects += _threat_targets(verb)  # "warned it would take countermeasures against drills by X"
    reading = read_clause(verb, lex)
    yield from _emit(ctx, sent, verb, entry, subjects, objects, reading, verb)
    if verb.lemma_.lower() in HOSTING:  # "X was received in Muscat", "welcomed X to Budapest"
        places = _prep_objects(verb, {"in", "to", "at"})
        guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if places and guests:
            yield from _emit(ctx, sent, verb, HOSTED_VISIT, guests, places, reading, verb)


def _arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """Subject heads and passive patients of a verb, inheriting subjects through control and
    coordination ("vowed to support", "refused …, instead expanding trade")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    for child in verb.children:
        if child.dep_ == "agent":
            subjects += [g for g in child.children if g.dep_ == "pobj"]
    if subjects or patients:
        return subjects, patients
    token = verb
    for _ in range(6):
        head = token.head
        if head == token:
            break
        if token.dep_ == "conj" and _split_coordination(token, head):
            token = head
            continue
        if token.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return [_copula_subject(head) or appos_host(head)], []
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("to",) for c in token.children):
            break
        if token.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.lemma_.lower() in CREDITING:
            objs = [c for c in head.head.children if c.dep_ == "dobj"]  # "thanked X for condemning…"
            if objs:
                return objs, []
        if token.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs:
                return objs, []
        if token.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl"):
            break
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            break
        found = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if token.dep_ == "xcomp":  # "Tehran was found to have supplied…": the raised subject
            found += [c for c in head.children if c.dep_ == "nsubjpass"]
        found += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            return found, []
        token = head
    return [], []


def _split_coordination(verb: Token, head: Token) -> bool:
    """"demanded that North Korea halt … and urged Russia …": a past-tense verb conjoined to the
    bare verb of a that-clause belongs to the clause above it (a common parser slip)."""
    return verb.tag_ == "VBD" and head.tag_ in ("VB", "VBP") and head.dep_ == "ccomp" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)


def _copula_subject(noun: Token) -> Token | None:
    """"Russia became the first country to recognise…": the subject of the copula."""
    if noun.dep_ in ("attr", "acomp", "oprd") and noun.head.lemma_ in ("be", "become", "remain"):
        return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _carries_claim(ctx: DocContext, noun: Token) -> bool:
    """Whether an object noun carries the claim instead of its verb: an event noun ("sanctions",
    "talks") or a count of them ("a package of sanctions"), but not a plan or deal the verb acts on
    ("approved the deal")."""
    if _quantity_of(ctx, noun) is not None:
        return True
    lemma = noun.lemma_.lower()
    return bool(ctx.lexicon.noun(lemma) or ctx.lexicon.noun(noun.lower_)) and \
        lemma not in ctx.lexicon.concept_heads


def _light_lemma(ctx: DocContext, verb: Token) -> str | None:
    """The light-verb lemma of a verb, with its particle when the lexicon lists it ("step up")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and ctx.lexicon.is_light(f"{lemma} {child.lower_}"):
            return f"{lemma} {child.lower_}"
    return lemma if ctx.lexicon.is_light(lemma) else None


def _quantity_of(ctx: DocContext, noun: Token) -> Token | None:
    """The event noun a quantity noun counts: "waves of strikes", "a sanctions package"."""
    if noun.lemma_.lower() not in ctx.lexicon.quantities:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and _event_noun(ctx, child):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and _event_noun(ctx, obj):
                    return obj
    return None


def _event_noun(ctx: DocContext, noun: Token) -> bool:
    """Whether the lexicon lists the noun, by lemma or as written ("talks", "missiles")."""
    return bool(ctx.lexicon.noun(noun.lemma_.lower()) or ctx.lexicon.noun(noun.lower_))


def _threat_targets(verb: Token) -> list[Token]:
    """Whom a warning is aimed at: what its clause acts "against", or the agents of that."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "against"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found.append(obj)
                found += [a for o in (obj, *obj.conjuncts) for p in o.children
                          if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                          for a in p.children if a.dep_ == "pobj"]
        # "by the United States" may hang on the verb of the clause
        found += [a for p in clause.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                  for a in p.children if a.dep_ == "pobj"]
    return found


def _prep_objects(head: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            found += [g for g in child.children if g.dep_ == "pobj"]
            # "pull out of", "on behalf of": one more preposition down
            for g in child.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    found += [h for h in g.children if h.dep_ == "pobj"]
    return found


def _appos_root(noun: Token) -> Token:
    """"a 12-point plan … – a proposal Moscow praised": the proposal is the plan."""
    return noun.head if noun.dep_ == "appos" else noun


# ------------------------------------------------------------------------------------ nouns
def _noun_claims(ctx: DocContext, sent: Span, noun: Token) -> Iterator[Claim]:
    lex = ctx.lexicon
    entries = lex.noun(noun.lemma_.lower()) or lex.noun(noun.lower_)
    if not entries:
        return
    root = noun
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    holder = root  # the noun that stands in the clause: "waves" in "launched waves of strikes"
    if root.dep_ == "compound" and _quantity_of(ctx, root.head) == root:
        holder = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and _quantity_of(ctx, root.head.head) == root:
        holder = root.head.head
    light_lemma = _light_lemma(ctx, holder.head) if holder.dep_ in ("dobj", "nsubjpass", "attr") \
        and holder.head != holder else None
    light = holder.head if light_lemma else None
    if holder.dep_ == "pobj" and holder.head.lower_ == "with" and holder.head.head.pos_ == "VERB":
        light, light_lemma = holder.head.head, holder.head.head.lemma_.lower()  # "responded with strikes"
    cut = light is not None and "cut" in lex.light.get(light_lemma, frozenset())
    candidates = [e for e in entries if ("cut" in e.flags) == cut
                  and ("joint" not in e.flags or _is_joint(noun))]
    if light is not None:
        subjects, patients = _arguments(light)
        if holder.dep_ == "nsubjpass":
            patients = []
        reading = read_clause(light, lex)
        anchor = light
    else:
        subjects = _noun_subject_tokens(noun)
        patients = []
        reading = ClauseReading()
        anchor = noun
    if noun_negated(noun) or noun_negated(holder):
        reading = replace(reading, polarity="negative")
    for entry in candidates:
        objects = _prep_objects(noun, entry.preps) + (_prep_objects(holder, entry.preps) if holder != noun else [])
        if light is not None:
            objects += _prep_objects(light, entry.preps)
            objects += [c for c in light.children if c.dep_ == "dative"]
        objects += patients
        extra: list[Entity] = []
        if entry.itself:
            if light is not None:
                continue  # "has no plans to…" is no proposal; "proposed a plan" is the verb's claim
            concept = ctx.concept(noun)
            extra = [concept] if concept is not None else []
        elif cut and not objects:
            extra = ctx.modifier_actor(noun) or ctx.owner_of(noun)
        if not objects and entry.relation == "sanctions":
            objects = _relcl_targets(holder)  # "a sanctions package that bans imports of Russian gas"
        between = _between(ctx, noun)
        claims: list[Claim] = []
        if len(between) >= 2 and not subjects and light is None:
            claims = list(_emit(ctx, sent, noun, entry, [], [], reading, anchor,
                                subject_entities=between, confidence=0.8))
        elif subjects or light is not None:
            claims = list(_emit(ctx, sent, noun, entry, subjects, objects, reading, anchor,
                                object_entities=extra))
        else:
            owners = ctx.modifier_actor(noun)
            if owners:
                claims = list(_emit(ctx, sent, noun, entry, [], objects, reading, anchor,
                                    subject_entities=owners, confidence=0.8, object_entities=extra))
        if light is not None and not entry.itself and not cut:
            # "Turkey joined Western sanctions against Russia": the West's sanctions stand too
            taken = {e.key for t in subjects for e in ctx.actors(t)}
            owners = [o for o in ctx.modifier_actor(noun) if o.key not in taken]
            if owners:
                claims += list(_emit(ctx, sent, noun, entry, [], objects, ClauseReading(), noun,
                                     subject_entities=owners, confidence=0.8))
        if claims:
            yield from claims
            return


def _relcl_targets(noun: Token) -> list[Token]:
    return [o for c in noun.children if c.dep_ == "relcl"
            for v in (c, *c.conjuncts) for o in v.children if o.dep_ == "dobj"]


def _is_joint(noun: Token) -> bool:
    return any(c.lower_ in ("joint", "combined", "trilateral", "bilateral") for c in noun.children)


def _between(ctx: DocContext, noun: Token) -> list[Entity]:
    """"trade between China and Brazil", "joint drills by the US, South Korea and Japan": the parties."""
    parties = ("between", "among", "by") if _is_joint(noun) else ("between", "among")
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent")]
    after = noun.right_edge.i + 1
    if "by" in parties and after < len(noun.doc) and noun.doc[after].lower_ == "by" \
            and noun.doc[after].dep_ in ("prep", "agent"):
        preps.append(noun.doc[after])  # "joint drills by A and B" with "by" hung on the verb
    for child in preps:
        if child.lower_ in parties:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return ctx.actor_entities(obj)
    return []


def _noun_subject_tokens(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]


# ------------------------------------------------------------------------------------ claims
def _emit(ctx: DocContext, sent: Span, trigger: Token, entry: LexEntry, subject_tokens: list[Token],
          object_tokens: list[Token], reading: ClauseReading, anchor: Token, *,
          subject_entities: list[Entity] | None = None, confidence: float = 0.9,
          object_entities: list[Entity] | None = None) -> Iterator[Claim]:
    doc = ctx.doc
    relation = entry.relation
    if relation == "supports" and any(c.lower_ in AID_ADJECTIVES for c in trigger.children):
        relation = "providesAidTo"  # "financial and humanitarian support to Kyiv"
    if not subject_entities:
        subject_entities = [e for t in subject_tokens
                            for e in (ctx.actors(t) or ctx.generic_owner(t)) if e.type in ACTOR_TYPES]
        if not subject_entities and trigger.pos_ in ("NOUN", "PROPN"):
            subject_entities = ctx.modifier_actor(trigger)
    subjects = dedupe(subject_entities)
    if not subjects:
        return
    if any(c.lower_ == "neither" for t in subject_tokens for c in t.children):
        reading = replace(reading, polarity="negative")
    places = relation in PLACE_RELATIONS
    objects: list[Entity] = list(object_entities or [])
    for t in object_tokens:
        objects += _object(ctx, t, entry, places=places)
    objects = [o for o in dedupe(objects) if not (relation == "withdrawsFrom" and o.type == "Person")]
    qualifier = None
    cameo = entry.cameo
    if reading.transform == "rejects":
        relation, cameo = "rejects", None
        objects = [o for o in objects if o.type in ACTOR_TYPES | CONCEPT_TYPES]
    elif reading.transform == "threatens":
        qualifier = f"{relation} ({trigger.lemma_})"
        relation, cameo = "threatens", None
        objects = [o for o in objects if o.type in ACTOR_TYPES]
    pairs: list[tuple[Entity, Entity]] = []
    if objects:
        pairs = [(s, o) for s in subjects for o in objects if s.key != o.key]
    elif entry.mutual and len(subjects) >= 2 and reading.transform is None:
        # a joint act of a plural subject: one claim per pair ("India and Pakistan agreed…");
        # "mutual support" runs both ways
        if _is_mutual(trigger) or anchor.lemma_.lower() == "exchange":  # "exchanged fire"
            pairs = list(permutations(subjects, 2))
        elif relation_info(relation).symmetric or trigger.pos_ in ("VERB", "AUX"):
            pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
    if not pairs:
        return
    speaker, modality = _speaker(ctx, reading, subjects)
    for s, o in pairs:
        if relation == "visits" and o.type == "Place" and s.country and o.country == s.country:
            continue  # a leader touring their own country is no visit between actors
        yield make_claim(doc, sent, s, relation, o, polarity=reading.polarity,
                         modality=modality if speaker is None or speaker.key != s.key else "asserted",
                         confidence=confidence if o.type not in CONCEPT_TYPES else confidence - 0.1,
                         speaker=speaker if modality == "reported" else None, cameo=cameo,
                         qualifier=qualifier, trigger=trigger.text)


def _object(ctx: DocContext, token: Token, entry: LexEntry, *, places: bool) -> list[Entity]:
    """The entities an object noun phrase stands for: actors first; then the owner of a generic
    noun ("Russia's efforts"); a policy or plan; the actor of an act ("condemned Russia's invasion");
    the act itself ("condemned the attack")."""
    if token.lower_ in LOOK_THROUGH:  # "any form of Taiwanese independence"
        inner = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), None)
        if inner is not None:
            return _object(ctx, inner, entry, places=places)
    found = ctx.actors(token, places=places)
    if places:
        found = [e for e in found if e.type in ACTOR_TYPES or e.type == "Place"]
        found = [ctx.stands_for(token, e) for e in found]
    else:
        found = [e for e in found if e.type in ACTOR_TYPES | CONCEPT_TYPES]
    if found:
        # "Rosneft and Lukoil, Russia's two largest oil companies": Russia too
        for t in (token, *token.conjuncts):
            for child in t.children:
                if child.dep_ == "appos":
                    found += ctx.generic_owner(child)
        return found
    owners = ctx.generic_owner(token)
    if owners:
        return owners
    lemma = token.lemma_.lower()
    takes_concept = entry.concept or entry.relation in ("rejects", "opposes", "proposes")
    if takes_concept and (lemma in ctx.lexicon.concept_heads or token.lower_ in ctx.lexicon.concept_heads):
        concepts = [ctx.concept(t) for t in (token, *token.conjuncts)]
        return [c for c in concepts if c is not None]
    if entry.relation in EVENT_TARGETING and token.pos_ == "NOUN":
        if ctx.lexicon.noun(lemma):
            owners = [e for e in ctx.modifier_actor(token) if e.type in ACTOR_TYPES]
            return owners or [ctx.event(token)]
        if entry.relation in EVENT_FALLBACK and not ctx.is_agent_noun(token):
            return [ctx.event(token)]
    if takes_concept:
        concepts = [ctx.concept(t) for t in (token, *token.conjuncts)]
        return [c for c in concepts if c is not None]
    return []


def _is_mutual(trigger: Token) -> bool:
    return any(c.lower_ in ("mutual", "reciprocal") for c in trigger.children)


def _speaker(ctx: DocContext, reading: ClauseReading, subjects: list[Entity]) -> tuple[Entity | None, str]:
    """Who reports the act, and the modality that follows: an act reported by someone other than
    the actor (or its own officials) is ``reported``."""
    if reading.speaker is None:
        return None, reading.modality
    speakers = [e for e in ctx.actors(reading.speaker) if e.type in ACTOR_TYPES]
    if not speakers:
        return None, reading.modality
    speaker = speakers[0]
    for s in subjects:
        if s.key == speaker.key or (speaker.type == "Person" and speaker.country
                                    and s.type == "Country" and s.country == speaker.country):
            return None, reading.modality
    if reading.modality == "possible":
        return speaker, "possible"
    return speaker, "reported"

