"""Folding on request: a state's own agents (its government, military, police, intelligence,
judiciary, legislature, diplomats) and the persons who hold its offices counted as the state, so
that "Putin's treaty with Kim" counts in the Russia–North Korea dyad. The stored graph always keeps
who really acted; folding is a view.

>>> from relgraph.records import Claim, Entity
>>> rus = Entity("country/RUS", "Russia", "Country", "RUS")
>>> army = Entity("actor/RUS/military", "Russian military", "Group", "RUS", sector="military")
>>> ukr = Entity("country/UKR", "Ukraine", "Country", "UKR")
>>> [(c.subject.label, c.object.label) for c in fold([Claim("a", 0, 0, 1, "x", army, "attacks", ukr)],
...                                                  {"RUS": rus}.get)]
[('Russia', 'Ukraine')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..records import Claim, Entity
from ..resources.sectors import acting_state

StateOf = Callable[[str], Entity | None]


def state_index(entities: Iterable[Entity]) -> StateOf:
    """The state lookup folding needs: ISO3 → the Country entity among ``entities``."""
    return {e.country: e for e in entities if e.type == "Country" and e.country}.get


def folded(entity: Entity, state_of: StateOf) -> Entity:
    """The state an entity acts for, or the entity itself (groups that are not the state's own stay)."""
    iso3 = acting_state(entity) or (entity.country if entity.type == "Person" else None)
    return (state_of(iso3) or entity) if iso3 else entity


def fold(claims: Iterable[Claim], state_of: StateOf) -> Iterator[Claim]:
    """The claims with both ends folded; a claim that folds onto one state ("Putin heads Russia")
    says nothing between actors and is left out."""
    for claim in claims:
        subject, obj = folded(claim.subject, state_of), folded(claim.object, state_of)
        if subject.key != obj.key:
            yield replace(claim, subject=subject, object=obj)
