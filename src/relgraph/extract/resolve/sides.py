"""Whether two actors are one side: one state and its own agents, two officials of one state, a person and
the state they serve; and whether a person is private (no table or role ties them to a state or body).
Claims between one side's members say nothing of relations between states.
"""

from __future__ import annotations

from ...records import Entity
from ...resources.sectors import acting_state


def private(person: Entity) -> bool:
    """A person (or a name read as an organisation) no table or role phrase ties to a state or body:
    their travels are no state visits ("the novelist arrived in the US at 15"), their leaving no
    withdrawal ("to leave Bethnal Green")."""
    return person.type in ("Person", "Organization") and not person.country and not person.wikidata


def same_state(a: Entity, b: Entity) -> bool:
    """Whether two entities are one state, or a state and its own agents (its government, military…):
    no claim links a state with itself."""
    return a.key == b.key or (acting_state(a) is not None and acting_state(a) == acting_state(b))


def colleagues(a: Entity, b: Entity) -> bool:
    """One state, or two of its officials ("talks between Pompeo, Esper and their Indian counterparts")."""
    return same_state(a, b) or (a.type == b.type == "Person" and a.country is not None and a.country == b.country)


def own_side(a: Entity, b: Entity) -> bool:
    """Whether one is a person serving the state the other is or acts for ("Syrian forces backing
    Assad", the home secretary "returning to the UK"): support or a visit between them says nothing."""
    return any(y.type == "Person" and y.country is not None and y.country == acting_state(x)
               for x, y in ((a, b), (b, a)))
