"""Building the gazetteer from its TSV tables under ``ontology/`` (``actors/*.tsv``, ``roles.tsv``).

Each table has a builder that checks its rows and turns them into draft entries; the drafts are
then checked together (no surface form names two actors unless declared shared) and frozen into
a :class:`~relgraph.resources.gazetteer.model.Gazetteer`.

>>> [path.name for path in load_gazetteer().files]
['countries.tsv', 'organizations.tsv', 'groups.tsv', 'places.tsv', 'bodies.tsv', 'concepts.tsv', 'officials.tsv', 'roles.tsv']
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.errors import InputError
from relgraph.records import Entity
from relgraph.resources.gazetteer.model import RELATIONS, ActorEntry, Gazetteer, Role, RoleTitle
from relgraph.resources.keys import slugify, strip_the
from relgraph.resources.sectors import STATE_SECTORS, sector_entity
from relgraph.resources.tables import ISO3, Row, read_table

UN_STATUS: tuple[str, ...] = ("yes", "observer", "no")
ORG_TYPES: tuple[str, ...] = ("Organization", "Group")
CONCEPT_TYPES: dict[str, str] = {"Policy": "policy", "Agreement": "agreement", "Event": "event"}

COLUMNS: dict[str, tuple[str, ...]] = {
    "actors/countries.tsv": (
        "iso3", "qid", "label", "un_member", "aliases", "demonyms", "capital", "capital_qid",
        "metonyms",
    ),
    "actors/organizations.tsv": (
        "key", "qid", "label", "type", "aliases", "demonyms", "metonyms", "country",
    ),
    "actors/officials.tsv": (
        "name", "qid", "aliases", "relation", "of", "title", "as_of", "start", "end",
    ),
    "actors/groups.tsv": ("key", "qid", "label", "kind", "country", "aliases"),
    "actors/concepts.tsv": ("key", "qid", "label", "type", "aliases"),
    "actors/places.tsv": ("key", "qid", "label", "country", "aliases"),
    "actors/bodies.tsv": ("name", "country", "sector", "aliases", "note"),
    "roles.tsv": ("title", "relation", "exceptions", "state"),
}

_AS_OF = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_DAY = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")


@dataclass(slots=True)
class _Draft:
    """An entry being assembled, with where it came from for error messages."""

    where: str
    entity: Entity
    names: list[str]
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: list[Role] = field(default_factory=list)

    def freeze(self) -> ActorEntry:
        names = tuple(dict.fromkeys(self.names))
        entity = Entity(
            key=self.entity.key, label=self.entity.label, type=self.entity.type,
            country=self.entity.country, wikidata=self.entity.wikidata, aliases=names[1:],
            sector=self.entity.sector,
        )
        return ActorEntry(entity, names, self.demonyms, self.metonyms, tuple(self.roles))


class _Builder:
    def __init__(self) -> None:
        self.drafts: dict[str, _Draft] = {}

    def add(self, row: Row, draft: _Draft) -> None:
        previous = self.drafts.get(draft.entity.key)
        if previous is not None:
            raise row.fail(f"duplicate key {draft.entity.key!r} (first at {previous.where})")
        self.drafts[draft.entity.key] = draft


def _countries(rows: list[Row], builder: _Builder) -> None:
    for row in rows:
        iso3 = row.iso3("iso3")
        row.choice("un_member", UN_STATUS)
        label = row.cells["label"]
        if not label:
            raise row.fail("empty label")
        qid = row.qid()
        if qid is None:
            raise row.fail("a country needs its Wikidata id in column qid")
        entity = Entity(key=f"country/{iso3}", label=label, type="Country", country=iso3, wikidata=qid)
        builder.add(row, _Draft(row.where, entity, [label, *row.list("aliases")],
                                row.list("demonyms"), row.list("metonyms")))
        capital = row.list("capital")
        # A city-state's capital shares its name (Singapore): place() falls back to the country.
        if capital and capital[0] not in (label, *row.list("aliases")):
            place = Entity(key=f"place/{slugify(capital[0])}", label=capital[0], type="Place",
                           country=iso3, wikidata=row.qid("capital_qid"))
            builder.add(row, _Draft(row.where, place, list(capital)))


def _organizations(rows: list[Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        kind = row.choice("type", ORG_TYPES)
        entity = Entity(key=f"org/{key}", label=row.cells["label"], type=kind,
                        country=row.iso3("country", required=False), wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")],
                                row.list("demonyms"), row.list("metonyms")))


# Named non-state actors: the kind decides the entity type (armed and political groups are Groups;
# NGOs, media outlets and companies Organizations) and, where one fits, the sector.
GROUP_KINDS: dict[str, tuple[str, str | None]] = {
    "armed-group": ("Group", None), "militant": ("Group", "militants"), "party": ("Group", "party"),
    "movement": ("Group", None), "ngo": ("Organization", "ngo"), "media": ("Organization", "media"),
    "company": ("Organization", "business"),
}


def _groups(rows: list[Row], builder: _Builder) -> None:
    for row in rows:
        kind, sector = GROUP_KINDS[row.choice("kind", GROUP_KINDS)]
        entity = Entity(key=f"group/{row.slug()}", label=row.cells["label"], type=kind,
                        country=row.iso3("country", required=False), wikidata=row.qid(), sector=sector)
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")], (), ()))


def _bodies(rows: list[Row], builder: _Builder) -> None:
    """A state body known by name is its state's actor of that sector, the entity "Israeli
    legislature" that "the Israeli parliament" also names; bodies of one state and sector share it."""
    for row in rows:
        iso3, sector = row.iso3("country"), row.choice("sector", STATE_SECTORS)
        state = builder.drafts.get(f"country/{iso3}")
        if state is None:
            raise row.fail(f"unknown country {iso3!r}; use an ISO3 code from countries.tsv")
        entity = sector_entity(iso3, state.demonyms[0] if state.demonyms else state.entity.label, sector)
        names = [row.cells["name"], *row.list("aliases")]
        if entity.key in builder.drafts:
            builder.drafts[entity.key].names.extend(names)
            continue
        builder.add(row, _Draft(row.where, entity, [entity.label, *names]))


def _concepts(rows: list[Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        kind = row.choice("type", CONCEPT_TYPES)
        entity = Entity(key=f"{CONCEPT_TYPES[kind]}/{key}", label=row.cells["label"], type=kind,
                        wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")]))


def _places(rows: list[Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        entity = Entity(key=f"place/{key}", label=row.cells["label"], type="Place",
                        country=row.iso3("country", required=False), wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")]))


def _officials(rows: list[Row], builder: _Builder) -> None:
    """One row per office; rows naming the same person add roles to one Person entry."""
    persons: dict[str, _Draft] = {}
    for row in rows:
        name = row.cells["name"]
        relation = row.choice("relation", RELATIONS)
        as_of = row.cells["as_of"]
        if not _AS_OF.fullmatch(as_of):
            raise row.fail(f"bad as_of {as_of!r}; write the month the fact was checked as YYYY-MM")
        of = row.cells["of"]
        keys = [f"country/{of}"] if ISO3.fullmatch(of) else [f"org/{of}", f"group/{of}"]
        of_key = next((k for k in keys if k in builder.drafts), keys[0])
        target = builder.drafts.get(of_key)
        if target is None:
            raise row.fail(f"unknown actor {of!r} in column of; use an ISO3 code from countries.tsv "
                           "or a key from organizations.tsv or groups.tsv")
        dates = []
        for column in ("start", "end"):
            value = row.cells[column]
            if value and not _DAY.fullmatch(value):
                raise row.fail(f"bad {column} {value!r}; write the date as YYYY-MM-DD (or YYYY-MM, YYYY)")
            dates.append(value)
        if dates[0] and dates[1] and dates[1] < dates[0]:
            raise row.fail(f"end {dates[1]!r} is before start {dates[0]!r}; swap or correct them")
        role = Role(relation, of_key, row.cells["title"], as_of, *dates)
        key = f"person/{slugify(name)}"
        draft = persons.get(key)
        if draft is None:
            entity = Entity(key=key, label=name, type="Person", country=target.entity.country,
                            wikidata=row.qid())
            draft = _Draft(row.where, entity, [name])
            builder.add(row, draft)
            persons[key] = draft
        draft.names.extend(row.list("aliases"))
        draft.roles.append(role)


def _role_titles(rows: list[Row]) -> list[RoleTitle]:
    titles: dict[str, RoleTitle] = {}
    for row in rows:
        title = " ".join(row.cells["title"].casefold().split())
        if not title:
            raise row.fail("empty title")
        if title in titles:
            raise row.fail(f"duplicate role title {title!r}")
        relation = row.choice("relation", RELATIONS)
        exceptions = []
        for item in row.list("exceptions"):
            target, sep, other = item.partition("=")
            if not sep or not (target == "org" or ISO3.fullmatch(target)):
                raise row.fail(f"bad exception {item!r}; write ISO3=relation or org=relation")
            if other not in RELATIONS:
                raise row.fail(f"unknown relation {other!r}; choose one of: {', '.join(sorted(RELATIONS))}")
            exceptions.append((target, other))
        titles[title] = RoleTitle(title, relation, tuple(exceptions), row.iso3("state", required=False))
    return list(titles.values())


def _check_claims(drafts: Iterable[_Draft], shared: set[str]) -> None:
    """A surface form names one actor, unless listed on a ``# shared:`` comment line.

    A place name may double as another actor's metonym ("Brussels" is a city and stands for the
    EU); any other form claimed by two actors is an error.
    """
    claims: dict[str, tuple[str, _Draft]] = {}
    for draft in drafts:
        is_place = draft.entity.type == "Place"
        forms = [(name, "place" if is_place else "name") for name in draft.names]
        forms += [(form, "demonym") for form in draft.demonyms]
        forms += [(form, "metonym") for form in draft.metonyms]
        for form, kind in forms:
            surface = strip_the(form)
            if surface in shared:
                continue
            first = claims.get(surface)
            if first is None:
                claims[surface] = (kind, draft)
                continue
            first_kind, owner = first
            if owner.entity.key == draft.entity.key:
                continue
            if {first_kind, kind} == {"place", "metonym"}:
                continue
            raise InputError(
                f"{draft.where}: {kind} {form!r} of {draft.entity.key} is already a {first_kind} of "
                f"{owner.entity.key} ({owner.where}); remove one, or list it on a '# shared:' line"
            )


def build_gazetteer(directory: Path) -> Gazetteer:
    """Read and check every table under ``directory`` (the ``ontology/`` folder)."""
    shared: set[str] = set()
    builder = _Builder()
    files: list[Path] = []

    def rows(name: str) -> list[Row]:
        files.append(directory / name)
        return read_table(directory / name, COLUMNS[name], shared, what="gazetteer table")

    _countries(rows("actors/countries.tsv"), builder)
    _organizations(rows("actors/organizations.tsv"), builder)
    if (directory / "actors" / "groups.tsv").is_file():  # optional: a folder of one's own may lack it
        _groups(rows("actors/groups.tsv"), builder)
    _places(rows("actors/places.tsv"), builder)
    if (directory / "actors" / "bodies.tsv").is_file():  # optional, like groups.tsv
        _bodies(rows("actors/bodies.tsv"), builder)
    _concepts(rows("actors/concepts.tsv"), builder)
    _officials(rows("actors/officials.tsv"), builder)
    titles = _role_titles(rows("roles.tsv"))
    _check_claims(builder.drafts.values(), shared)
    return Gazetteer((draft.freeze() for draft in builder.drafts.values()), titles, shared, files)


def default_directory() -> Path:
    """The repository's ``ontology/`` folder, else the copy installed inside the package."""
    # This file is src/relgraph/resources/gazetteer/sources.py: parents[4] is the checkout.
    repo = Path(__file__).resolve().parents[4] / "ontology"
    if (repo / "actors" / "countries.tsv").is_file():
        return repo
    return Path(str(importlib.resources.files("relgraph") / "_data" / "ontology"))


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return build_gazetteer(default_directory())


def load_gazetteer(directory: Path | str | None = None) -> Gazetteer:
    """The gazetteer from ``directory`` (default: the shipped ``ontology/``, loaded once)."""
    if directory is None:
        return _default_gazetteer()
    return build_gazetteer(Path(directory))
