"""Lists of actors the parser splits: "X, the trade representative, and Y, the Treasury Secretary" (Y hangs on
X's apposition) and the last coordination before a reference ("the latter")."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Entity
from ..syntax import coordination_root, next_clause_subject


def listed_beside(resolver, t: Token) -> list[Token]:
    """Those listed with ``t`` whom the parser hung on its apposition: states after a state ("Mali, Burkina Faso
    and Niger"), persons after a person's role phrase ("Lighthizer, the US Trade Representative, and Mnuchin")."""
    own = resolver.mention(t)
    if own is None:
        return []
    found = []
    for child in (c for c in t.children if c.dep_ == "appos"):
        named = resolver.mention(child)
        if named is not None and named.entity.type == own.entity.type == "Country":
            found += [child, *child.conjuncts]
        elif named is None and own.entity.type == "Person":
            found += [c for c in child.conjuncts if (m := resolver.mention(c)) is not None and m.entity.type == "Person"]
    return found


def coordinated_before(resolver, t: Token) -> list[Entity]:
    """The actors of the last coordination before ``t`` in its sentence, if it names two or more."""
    for tok in reversed(resolver.doc[t.sent.start:t.i]):
        if next_clause_subject(tok):  # "…over Syria, Ankara and Washington remain": misparsed, say nothing
            return []
        if tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN"):
            found = resolver.actors(coordination_root(tok))
            if len(found) >= 2:
                return found
    return []
