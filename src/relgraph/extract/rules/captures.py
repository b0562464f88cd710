"""Captures: a place captured or seized is occupied, a fight (CAMEO 192), not a person held; and capturing a place
someone holds is a fight with its holder ("captured the coastline held by the Tigers")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Claim
from ...resources.lexicon import LexEntry
from ..clause import read_clause
from ..context import DocContext
from ..emit import emit
from ..syntax import prep_objects

TAKING = frozenset({"capture", "seize"})
CAPTURED = LexEntry("capture", "attacks", True, frozenset(), False, "192", frozenset({"actor"}))


def captures(ctx: DocContext, sent: Span, verb: Token, entry: LexEntry, claims: Iterable[Claim]) -> Iterator[Claim]:
    """The verb's claims, a taken place's as a fight, and a fight with whoever held what was taken."""
    if entry.lemma not in TAKING:
        yield from claims
        return
    subjects, patients = ctx.arguments(verb)
    taken = [*patients, *(c for c in verb.children if c.dep_ == "dobj")]
    # (the place itself, "the town of X", "a Mozambique port"; not the flag of "a Marshall Islands-flagged tanker")
    towns = [c for t in taken if t.lemma_.lower() in ctx.words["settlements"] for c in t.children
             if c.dep_ in ("compound", "poss", "amod")]
    places = {m.entity.key for t in taken for w in (t, *prep_objects(t, {"of"})) if (m := ctx.mention(w)) is not None
              and m.entity.type in ("Place", "Country")} | {e.key for t in towns for e in ctx.actor_entities(t)}
    for claim in claims:
        yield replace(claim, relation="attacks", cameo="192") if claim.object.key in places else claim
    held = [e for o in (*taken, *(p for t in taken for p in prep_objects(t, {"of"}))) for e in ctx.holders(o)]
    if held:
        yield from emit(ctx, sent, verb, CAPTURED, subjects, [], read_clause(verb, ctx.lexicon, ctx.words), verb,
                        "verb", object_entities=held)
