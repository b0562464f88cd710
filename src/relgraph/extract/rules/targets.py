"""What a verb's object makes of its act: a place captured or seized is occupied, a fight (CAMEO 192), not a person
held, and capturing a place someone holds is a fight with its holder ("captured the coastline held by the Tigers"); an
economy a state targets ("targeting Iran's oil exports") is sanctioned, not attacked; a deal struck is concluded."""

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
STRUCK = LexEntry("strike", "signsAgreementWith", False, frozenset(), False, None, frozenset({"actor", "mutual"}))


def by_target(ctx: DocContext, sent: Span, verb: Token, entry: LexEntry, claims: Iterable[Claim]) -> Iterator[Claim]:
    """The verb's claims as its object reads them."""
    if entry.relation == "attacks" and verb.dep_ == "acl" and verb.head.lemma_.lower() in ctx.words["agreement_heads"]:
        # "an agreement struck in Sochi by Putin and Erdoğan": the two concluded it (an active "struck a deal" is the
        # light verb's)
        yield from emit(ctx, sent, verb, STRUCK, ctx.arguments(verb)[0], [], read_clause(verb, ctx.lexicon, ctx.words),
                        verb, "verb")
        return
    if entry.lemma == "target" and any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.words["economic_targets"]
                                       for c in verb.children):
        # "Washington targeted Iran's oil exports" (a state or a body; "jets targeted a bank" struck it)
        yield from (replace(c, relation="sanctions", cameo="163") if c.subject.type in ("Country", "Organization")
                    and c.subject.sector in (None, "government", "legislature") else c for c in claims)
        return
    if entry.lemma not in TAKING:
        yield from claims
        return
    subjects, patients = ctx.arguments(verb)
    taken = [*patients, *(c for c in verb.children if c.dep_ == "dobj")]
    # (the place itself, "the town of X", "a Mozambique port"; not the flag of "a Marshall Islands-flagged tanker")
    towns = [c for t in taken if t.lemma_.lower() in ctx.words["settlements"] for c in t.children
             if c.dep_ in ("compound", "poss", "amod")]
    # ("captured Qalaat al-Madiq, a hilltop town": a name the model took for anything, set beside a town)
    named = [t for t in taken for c in t.children if c.dep_ == "appos" and c.lemma_.lower() in ctx.words["settlements"]]
    named += [c for t in named for c in t.conjuncts]  # ("…, a hilltop town, and Kafr Nabudah": the towns listed with it)
    places = {m.entity.key for t in (*taken, *named) for w in (t, *prep_objects(t, {"of"})) if (m := ctx.mention(w)) is not None
              and (m.entity.type in ("Place", "Country") or t in named)} | {e.key for t in towns for e in ctx.actor_entities(t)}
    for claim in claims:
        yield replace(claim, relation="attacks", cameo="192") if claim.object.key in places else claim
    held = [e for o in (*taken, *(p for t in taken for p in prep_objects(t, {"of"}))) for e in ctx.holders(o)]
    if held:
        yield from emit(ctx, sent, verb, CAPTURED, subjects, [], read_clause(verb, ctx.lexicon, ctx.words), verb,
                        "verb", object_entities=held)
