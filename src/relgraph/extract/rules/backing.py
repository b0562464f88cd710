"""Support named by a compound modifier: "the Iranian-backed Houthis", "US-backed forces",
"Russian-sponsored separatists in eastern Ukraine" → the backer supports the backed, who stays
who they are (never a force of the backer)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...records import Claim
from ..context import DocContext
from ..emit import make_claim, same_state


def backing_claims(ctx: DocContext, sent: Span, token: Token) -> Iterator[Claim]:
    """The claims of one "X-backed" participle modifying a noun."""
    if token.lower_ not in ctx.words["backing"] or token.dep_ not in ("amod", "compound") \
            or not any(c.text == "-" for c in token.children):
        return
    backers = [e for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
               for e in _named(ctx, c)]
    backed = ctx.head_actors(token.head)  # "Russian jets and Iranian-backed forces": the forces only
    for backer in backers:
        for group in backed:
            if not same_state(backer, group):
                yield make_claim(ctx, sent, backer, "supports", group, "backed", trigger=token.text)


def _named(ctx: DocContext, token: Token) -> list:
    """The actor a word names, a demonym included ("Iranian" → Iran)."""
    m = ctx.mention(token)
    if m is None or not m.is_actor:
        return []
    return [m.entity]
