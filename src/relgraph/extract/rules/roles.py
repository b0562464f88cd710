"""Structural claims: the role phrases read with the context ("Russian Prime Minister Mikhail
Mishustin" → headOfGovernmentOf Russia) and membership ("Turkey, a NATO member", "X is a member
of Y", "Nato ally Turkey", "X joined Y"; "will not join" is a negative, intended membership).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...records import Claim, Entity
from ..clause import read_clause
from ..context import DocContext
from ..emit import make_claim
from ..resolve.mentions import ACTOR_TYPES
from ..syntax import has_child_word, prep_objects

BLOCS = ("Organization", "Group")
STATES_OF_A_BLOC = frozenset({"country", "state", "nation"})


def roles(ctx: DocContext) -> Iterator[Claim]:
    """Every role and membership claim of the document (the ``roles`` extractor)."""
    readings = iter(ctx.roles)
    reading = next(readings, None)
    for sent in ctx.sentences:
        while reading is not None and reading.sentence.start == sent.start:
            m = reading.mention
            yield make_claim(ctx, sent, reading.person, reading.relation, reading.owner, "role",
                             trigger=ctx.doc[m.start:m.end].text)
            reading = next(readings, None)
        yield from _memberships(ctx, sent)
        yield from _offices_referred_to(ctx, sent)


def _offices_referred_to(ctx: DocContext, sent: Span) -> Iterator[Claim]:
    """"The foreign secretary said…" after Jeremy Hunt was named: the office the phrase refers to is
    his (on the article's date, by the officials file)."""
    for token in sent:
        held = ctx.office_holder(token) if token.dep_ not in ("compound", "amod") else None
        if held is not None and (owner := ctx.gazetteer.get(held[1].of_key)) is not None:
            yield make_claim(ctx, sent, held[0], held[1].relation, owner.entity, "role",
                             trigger=ctx.doc[token.left_edge.i:token.i + 1].text)


def _memberships(ctx: DocContext, sent: Span) -> Iterator[Claim]:
    for token in sent:
        lemma = token.lemma_.lower()
        fields: dict[str, str] = {}
        if lemma in ("member", "ally", "component") and token.pos_ == "NOUN" and not has_child_word(token, ctx.words["former"]):
            # "Turkey, a Nato member", "the YPG, the main component of the SDF" (not "former Council member X")
            orgs, members = _org_of_member(ctx, token, of=lemma != "ally"), _members(ctx, token)
            if token.dep_ in ("attr", "oprd") and orgs and members:  # "would have become a full member of the UN"
                reading = read_clause(token.head, ctx.lexicon, ctx.words)
                fields = {"polarity": reading.polarity, "modality": reading.modality}
        elif lemma in ctx.words["fighter_nouns"] and token.pos_ == "NOUN" and not has_child_word(token, ctx.words["former"]):
            # "Abu Awad, a fighter for Islamic State": one of a named group's fighters (not "a former fighter")
            orgs = [e for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "with", "of")
                    for o in p.children if o.dep_ == "pobj" for e in ctx.actors(o) if _bloc(ctx, e)]
            members = [e for e in _members(ctx, token) if e.type == "Person"]
        elif lemma in ctx.words["serving"] and token.pos_ == "VERB":
            # "Joe Robinson volunteered for the YPG", "fought with the YPG": a person serving in a named group
            orgs = [e for o in prep_objects(token, {"for", "with"}) for e in ctx.actors(o) if _bloc(ctx, e)]
            members = [e for t in ctx.arguments(token)[0] for e in ctx.actors(t) if e.type == "Person"]
        elif lemma in STATES_OF_A_BLOC and token.pos_ == "NOUN" and all(
                ctx.mention(c) is not None for c in token.children if c.dep_ == "compound"):
            # "Turkey, a Nato country", "Turkey is an EU state": a state named by its bloc (not "a BRICS partner country")
            orgs, members = _org_of_member(ctx, token, of=False), _members(ctx, token)
            members = [e for e in members if e.type == "Country"]
        elif token.pos_ == "VERB" and (parts := _made_of(token)) is not None:
            # "the SDF is made up of the YPG and Arab militias", "an alliance comprising A and B"
            orgs = [e for t in parts[0] for e in ctx.actors(t) if _bloc(ctx, e)]
            members = [e for t in parts[1] for e in ctx.actors(t) if e.type in ACTOR_TYPES]
        elif lemma == "join" and token.pos_ == "VERB" and not any(c.dep_ == "mark" for c in token.children):
            # "left for Syria to join Isis": a "for … to" clause names no member; "Ukraine wants to join NATO"
            # a named body ("joined Hamas", "joined the Independent Group"), not a state's ("joined the rebels")
            orgs = [e for o in token.children if o.dep_ == "dobj" for e in ctx.actors(o) if _bloc(ctx, e)]
            members = [e for t in ctx.arguments(token)[0] for e in ctx.actors(t) if e.type in ACTOR_TYPES]
            if orgs and members:
                reading = read_clause(token, ctx.lexicon, ctx.words)
                fields = {"polarity": reading.polarity, "modality": reading.modality}
        else:
            continue
        for org in orgs:
            for member in members:
                if member.key != org.key:
                    yield make_claim(ctx, sent, member, "memberOf", org, "membership", trigger=token.text, **fields)


def _bloc(ctx: DocContext, entity: Entity) -> bool:
    """Whether an actor is a body one joins or is made of: an organisation or group of no sector, or one
    the tables name (Hamas, a party), not a state's own body ("the rebels") or one only described."""
    return entity.type in BLOCS and (entity.sector is None or (
        entity.key.startswith("group/") and ctx.gazetteer.get(entity.key) is not None))


def _made_of(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The whole and its parts of "W is made up / composed of P", "W consists of P", "W comprises P"
    (also a participle hung on W: "an alliance comprising A and B")."""
    lemma = verb.lemma_.lower()
    if lemma == "comprise":
        pieces = [c for c in verb.children if c.dep_ == "dobj"]
    elif (lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)) \
            or lemma in ("compose", "consist"):
        pieces = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    whole = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
        ([verb.head] if verb.dep_ == "acl" else [])
    return (whole, pieces) if whole and pieces else None


def _org_of_member(ctx: DocContext, member: Token, *, of: bool = True) -> list[Entity]:
    """The bloc a member noun names: "a member of NATO", "NATO member Turkey"; an ally only by the
    bloc's name before it ("a Nato ally": NATO's member; "an ally of NATO" may be a partner)."""
    for child in member.children:
        if of and child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return [e for o in child.children if o.dep_ == "pobj" for e in ctx.actors(o) if e.type in BLOCS]
        if child.dep_ in ("compound", "nmod", "amod"):
            m = ctx.mention(child)
            if m is not None and m.entity.type in BLOCS:
                return [m.entity]
    return []


def _members(ctx: DocContext, member: Token) -> list[Entity]:
    """Who the "member" noun is said of: copula subject, appositive host, or the named member."""
    head = member.head
    if member.dep_ == "pobj" and head.lower_ == "as":  # "was admitted as the 11th member of ASEAN"
        return [e for s in head.head.children if s.dep_ in ("nsubjpass", "dobj", "nsubj")
                for e in ctx.actors(s) if e.type in ACTOR_TYPES]
    if member.dep_ == "attr" and head.lemma_ in ("be", "become", "remain"):
        return [e for s in head.children if s.dep_ == "nsubj" for e in ctx.actors(s) if e.type in ACTOR_TYPES]
    if member.dep_ == "appos":
        return ctx.actor_entities(head)
    for child in member.children:
        if child.dep_ == "appos":
            return ctx.actor_entities(child)
    subject = head if member.dep_ == "conj" else member  # "A US ally and Nato member, Turkey opposes…": the
    if subject.dep_ in ("nsubj", "nsubjpass") and member.i + 1 < len(member.doc) and member.doc[member.i + 1].text == ",":
        return [e for c in subject.head.children if c.dep_ == subject.dep_ and c.i > member.i  # fronted appositive
                for e in ctx.actor_entities(c)]
    return ctx.actor_entities(head) if member.dep_ == "compound" else []
