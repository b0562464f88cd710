"""Demands told as speech: "Russia said the US must leave Syria", "Guterres said the government
should allow aid in". Who says that a named actor must or should act appeals to that actor (CAMEO 10,
demand, for "must"; 02, appeal, for "should"). Only an active clause with a named subject counts: "said
Iran must be punished" appeals to nobody, "we must act" and "it should stop" name nobody for certain,
"Macron said France must act" is a leader's call on their own state, and "must have known", "should be
ashamed", "should receive the payment" guess, judge or foretell; they ask for no act.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...records import Claim
from ...resources.lexicon import LexEntry
from ..clause import read_clause
from ..context import DocContext
from ..emit import emit
from ..resolve.sides import own_side

MODALS = {"must": "10", "should": "02", "ought": "02"}


def demand_claims(ctx: DocContext, sent: Span, verb: Token) -> Iterator[Claim]:
    """The appeals a verb of saying makes through its clause's "must" or "should"."""
    if verb.lemma_.lower() not in ctx.lexicon.speech:
        return
    # (and a clause joined to it that shares its subject: "said Greece had made progress but must stick to…")
    for first, clause in ((c, d) for c in verb.children if c.dep_ == "ccomp" for d in (c, *c.conjuncts)):
        cameo = next((MODALS[c.lower_] for c in clause.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
        subject = clause if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else first
        addressed = [c for c in subject.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if cameo is None or not addressed or not _an_act(ctx, clause):
            continue
        speakers = [e for t in ctx.arguments(verb)[0] for e in ctx.actors(t)]
        objects = [o for t in addressed for o in ctx.actors(t) if not any(own_side(s, o) for s in speakers)]
        if speakers and objects:
            entry = LexEntry(verb.lemma_, "appealsTo", False, frozenset(), False, cameo, frozenset({"actor"}))
            yield from emit(ctx, sent, verb, entry, [], [], read_clause(verb, ctx.lexicon, ctx.words), verb,
                            "demand", subject_entities=speakers, object_entities=objects)


def _an_act(ctx: DocContext, clause: Token) -> bool:
    """Whether an active clause asks for an act: no passive, perfect ("must have known"), copula
    ("should be ashamed") or receiving ("should receive the payment")."""
    return clause.lemma_.lower() != "be" and clause.lemma_.lower() not in ctx.words["receiving"] \
        and not any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lemma_.lower() == "have")
                    for c in clause.children)
