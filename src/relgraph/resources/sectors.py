"""Sub-state actors as data: the nouns that name a state's (or a society's) agents and their sector
(``ontology/actors/agents.tsv``), and the ethnic and religious qualifiers that make a group of their
own (``ontology/actors/qualifiers.tsv``). DESIGN.md §5 fixes the sector names.

>>> sectors = load_sectors()
>>> sectors.sector("troops"), sectors.sector("security forces"), sectors.qualifier("Kurdish")[0]
('military', 'police', 'ethnic')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..paths import ontology_file
from ..records import Entity
from .tables import Row, read_table

STATE_SECTORS = ("government", "military", "police", "intelligence", "judiciary", "legislature", "diplomats")
#: a state's own sectors that work at home: "police in Najaf" are Iraq's, while troops, diplomats and
#: spies "in Iraq" may be anyone's
HOME_SECTORS = frozenset({"government", "police", "judiciary", "legislature"})
#: groups a wire story's dateline places when the text names no state for them ("BAGHDAD - Insurgents
#: attacked…"); not officials or leaders (whose?), NGOs, media or firms (often from abroad), nor victims
DATELINE_SECTORS = frozenset({"police", "rebels", "insurgents", "militants", "opposition", "protesters"})
#: groups whose location says nothing of their nationality ("refugees in Chad" are mostly Sudanese)
UPROOTED_SECTORS = frozenset({"refugees"})
OTHER_SECTORS = ("rebels", "insurgents", "militants", "opposition", "party", "protesters", "civilians",
                 "refugees", "workers", "students", "media", "business", "ngo", "religious", "ethnic")
SECTORS = STATE_SECTORS + OTHER_SECTORS
# How a sector reads after a state's demonym ("Israeli military", "Sudanese rebels").
LABELS = {"government": "government", "military": "military", "police": "police", "intelligence": "intelligence",
          "judiciary": "judiciary", "legislature": "legislature", "diplomats": "diplomats", "ngo": "NGOs",
          "religious": "religious groups", "ethnic": "ethnic groups", "business": "businesses"}


def sector_entity(iso3: str, adjective: str, sector: str) -> Entity:
    """The one entity of a state's sector, labelled with the state's demonym ("Israeli military"): the
    key and label both the resolver and the named state bodies (``bodies.tsv``) give it."""
    return Entity(key=f"actor/{iso3}/{sector}", label=f"{adjective} {LABELS.get(sector, sector)}", type="Group",
                  country=iso3, sector=sector)


def acting_state(entity: Entity) -> str | None:
    """The ISO3 of the state an entity is, or acts for as one of its own agents (its government,
    military, police…); None for persons, groups that are not the state's own, and the rest.

    >>> acting_state(Entity("actor/ISR/military", "Israeli military", "Group", "ISR", sector="military"))
    'ISR'
    >>> acting_state(Entity("actor/SDN/rebels", "Sudanese rebels", "Group", "SDN", sector="rebels")) is None
    True
    """
    if entity.country and (entity.type == "Country" or entity.sector in STATE_SECTORS):
        return entity.country
    return None


@dataclass(frozen=True)
class Sectors:
    """Agent terms (lower case, one or more words) by sector, and qualifiers by (sector, country)."""

    terms: dict[str, str]
    qualifiers: dict[str, tuple[str, str | None]]
    files: tuple[Path, ...] = ()
    longest: int = field(init=False)  # the most words an agent term has ("special forces police" → 3)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest", max((len(t.split()) for t in self.terms), default=1))

    def sector(self, term: str) -> str | None:
        return self.terms.get(term.lower())

    def qualifier(self, word: str) -> tuple[str, str | None] | None:
        return self.qualifiers.get(word.lower())


def _word(row: Row, column: str) -> str:
    word = row.cells[column].lower()
    if not word:
        raise row.fail(f"empty {column}; write one {column} per row")
    return word


@cache
def load_sectors(directory: Path | None = None) -> Sectors:
    folder = directory or ontology_file("actors")
    agents, qualifiers = folder / "agents.tsv", folder / "qualifiers.tsv"
    terms = {_word(row, "term"): row.choice("sector", SECTORS)
             for row in read_table(agents, ("term", "sector", "note"), what="sector table")}
    quals = {_word(row, "qualifier"): (row.choice("sector", SECTORS), row.iso3("country", required=False))
             for row in read_table(qualifiers, ("qualifier", "sector", "country", "note"), what="sector table")}
    return Sectors(terms, quals, (agents, qualifiers))
