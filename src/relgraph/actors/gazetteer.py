"""The curated actor gazetteer: countries, organisations, officials, concepts and places.

The data are TSV files under ``ontology/`` that an analyst can extend without touching code
(``ontology/actors/*.tsv`` and ``ontology/roles.tsv``). Resolution is curated, never fuzzy:
a surface form either is in the tables or it is not.

>>> gaz = load_gazetteer()
>>> gaz.lookup("Russian Federation").entity.key
'country/RUS'
>>> gaz.metonym("the Kremlin").entity.label
'Russia'
>>> gaz.demonym("Nigerien").entity.key
'country/NER'
>>> gaz.role("Russian Deputy Prime Minister")
('officialOf', 'deputy prime minister')
>>> gaz.lookup("us") is None
True
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.errors import InputError
from relgraph.records import Entity

RELATIONS: tuple[str, ...] = ("headOfStateOf", "headOfGovernmentOf", "officialOf")
UN_STATUS: tuple[str, ...] = ("yes", "observer", "no")
ORG_TYPES: tuple[str, ...] = ("Organization", "Group")
CONCEPT_TYPES: dict[str, str] = {"Policy": "policy", "Agreement": "agreement", "Event": "event"}
NAME_KINDS: tuple[str, ...] = ("name", "demonym", "metonym", "place")

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
    "actors/concepts.tsv": ("key", "qid", "label", "type", "aliases"),
    "actors/places.tsv": ("key", "qid", "label", "country", "aliases"),
    "roles.tsv": ("title", "relation", "exceptions"),
}

_ISO3 = re.compile(r"[A-Z]{3}")
_QID = re.compile(r"Q[1-9][0-9]*")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_AS_OF = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_DAY = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
_SHARED = re.compile(r"#\s*shared:\s*(.*)")


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person holds: ``relation`` (headOfStateOf…) of ``of_key`` as ``title``."""

    relation: str
    of_key: str
    title: str
    as_of: str
    start: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD; empty when not recorded
    end: str = ""  # empty while the office is held

    @property
    def current(self) -> bool:
        """Whether the office was still held when the row was checked (no end date)."""
        return not self.end

    def held_on(self, date: str | None) -> bool:
        """Whether the office was held on ``date`` (ISO, any precision); undated means now.

        >>> role = Role("headOfStateOf", "country/USA", "President", "2025-11", "2021-01-20", "2025-01-20")
        >>> role.held_on("2023-08-18"), role.held_on("2025-03"), role.held_on(None)
        (True, False, False)
        """
        if not date:
            return self.current
        day = date[:10]
        if self.start and day[:len(self.start)] < self.start:
            return False
        return not self.end or day[:len(self.end)] <= self.end


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical actor with every surface form that names it."""

    entity: Entity
    names: tuple[str, ...]  # label first, then aliases
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def key(self) -> str:
        return self.entity.key


@dataclass(frozen=True, slots=True)
class RoleTitle:
    """A role phrase from roles.tsv; ``exceptions`` maps an ISO3 code or ``org`` to a relation."""

    title: str
    relation: str
    exceptions: tuple[tuple[str, str], ...] = ()

    def relation_for(self, of_key: str | None) -> str:
        """The relation this title implies for the actor ``of_key`` (``country/DEU``, ``org/eu``)."""
        if of_key:
            kind, _, code = of_key.rpartition("/")
            wanted = "org" if kind == "org" else code
            for target, relation in self.exceptions:
                if target == wanted:
                    return relation
        return self.relation


def slugify(text: str) -> str:
    """ASCII slug: ``"São Tomé"`` → ``"sao-tome"``.

    >>> slugify("Vladimir Putin"), slugify("Washington, D.C.")
    ('vladimir-putin', 'washington-d-c')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


def entity_key(kind: str, name: str) -> str:
    """A stable key for an entity the gazetteer lacks: ``kind/ascii-slug``; names no ASCII slug
    can spell ("Владимир Путин") get a short hash of the name instead.

    >>> entity_key("person", "Li Qiang"), entity_key("person", "Владимир Путин")
    ('person/li-qiang', 'person/x-6434d6ff29')
    """
    slug = slugify(name)
    if not slug:
        slug = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{kind}/{slug}"


def _strip_the(name: str) -> str:
    return name[4:] if name[:4].casefold() == "the " and len(name) > 4 else name


def _folds(name: str) -> bool:
    """Whether a case-insensitive match is allowed: 4+ characters or several words."""
    return len(name) >= 4 or " " in name


class _Index:
    """Surface form → actor keys, exact and (for long or multiword forms) casefolded."""

    def __init__(self) -> None:
        self.exact: dict[str, list[str]] = {}
        self.folded: dict[str, list[str]] = {}

    def add(self, surface: str, key: str) -> None:
        form = _strip_the(surface)
        for table, text in ((self.exact, form), (self.folded, form.casefold())):
            if table is self.folded and not _folds(form):
                continue
            keys = table.setdefault(text, [])
            if key not in keys:
                keys.append(key)

    def find(self, query: str) -> tuple[str, ...]:
        form = _strip_the(" ".join(query.split()))
        if form in self.exact:
            return tuple(self.exact[form])
        # A lone all-lowercase word ("west", "turkey", "chad") is a common noun, not a name.
        if _folds(form) and not (form.islower() and " " not in form):
            return tuple(self.folded.get(form.casefold(), ()))
        return ()


class Gazetteer:
    """Curated lookups over the actor tables; see :func:`load_gazetteer`."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        role_titles: Iterable[RoleTitle] = (),
        shared: Iterable[str] = (),
    ) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.role_titles: tuple[RoleTitle, ...] = tuple(role_titles)
        self.shared: frozenset[str] = frozenset(shared)
        self._by_key = {entry.key: entry for entry in self.entries}
        self._names, self._places = _Index(), _Index()
        self._demonyms, self._metonyms = _Index(), _Index()
        for entry in self.entries:
            for name in entry.names:
                self._names.add(name, entry.key)
                if entry.entity.type == "Place":
                    self._places.add(name, entry.key)
            for demonym in entry.demonyms:
                self._demonyms.add(demonym, entry.key)
            for metonym in entry.metonyms:
                self._metonyms.add(metonym, entry.key)
        self._titles = {title.title: title for title in self.role_titles}
        alternatives = sorted(self._titles, key=len, reverse=True)
        pattern = "|".join(re.escape(title).replace(r"\ ", r"\s+") for title in alternatives)
        self._role_pattern = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)

    def __len__(self) -> int:
        return len(self.entries)

    def by_key(self, key: str) -> ActorEntry:
        """The entry with ``key`` such as ``country/CHN``; KeyError names the key."""
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(f"no gazetteer entry with key {key!r}") from None

    def _one(self, keys: tuple[str, ...]) -> ActorEntry | None:
        return self._by_key[keys[0]] if len(keys) == 1 else None

    def candidates(self, name: str) -> tuple[ActorEntry, ...]:
        """Every entry a name may denote (more than one only for shared names such as "Congo")."""
        return tuple(self._by_key[key] for key in self._names.find(name))

    def lookup(self, name: str) -> ActorEntry | None:
        """The actor named exactly ``name`` (a leading "the" is optional); None if unknown or shared."""
        return self._one(self._names.find(name))

    def demonym(self, word: str) -> ActorEntry | None:
        """The actor an adjective or demonym attaches: "Chinese" → China."""
        return self._one(self._demonyms.find(word))

    def metonym(self, name: str) -> ActorEntry | None:
        """The actor a seat or building stands for: "the Kremlin" → Russia, "Brussels" → EU."""
        return self._one(self._metonyms.find(name))

    def place(self, name: str) -> ActorEntry | None:
        """The Place entry for a city, capital or region; a country name gives the country."""
        found = self._one(self._places.find(name))
        if found is not None:
            return found
        entry = self.lookup(name)
        return entry if entry is not None and entry.entity.type == "Country" else None

    def role(self, title: str, of: str | None = None) -> tuple[str, str] | None:
        """(relation, title) of the longest role phrase in ``title``, case-insensitive.

        ``of`` (an actor key) applies the role's exceptions: a president of an organisation is
        ``officialOf`` it, Iran's president heads its government.
        """
        if not self._titles:
            return None
        matches = [m.group(0) for m in self._role_pattern.finditer(title)]
        if not matches:
            return None
        best = " ".join(max(matches, key=len).casefold().split())
        role_title = self._titles[best]
        return role_title.relation_for(of), role_title.title

    def all_names(self) -> Iterator[tuple[str, str, str]]:
        """(surface form, kind, key) for every form, kind in name/demonym/metonym/place."""
        for entry in self.entries:
            kind = "place" if entry.entity.type == "Place" else "name"
            for name in entry.names:
                yield name, kind, entry.key
            for demonym in entry.demonyms:
                yield demonym, "demonym", entry.key
            for metonym in entry.metonyms:
                yield metonym, "metonym", entry.key


# ---------------------------------------------------------------------------------------------
# Reading the tables


@dataclass(slots=True)
class _Row:
    path: Path
    line: int
    cells: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def fail(self, problem: str) -> InputError:
        return InputError(f"{self.where}: {problem}")

    def list(self, column: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.cells[column].split("|") if part.strip())

    def qid(self, column: str = "qid") -> str | None:
        value = self.cells[column]
        if value and not _QID.fullmatch(value):
            raise self.fail(
                f"bad Wikidata id {value!r} in column {column}; write it as Q followed by digits"
            )
        return value or None

    def choice(self, column: str, valid: Iterable[str]) -> str:
        value, valid = self.cells[column], tuple(valid)
        if value not in valid:
            raise self.fail(f"unknown {column} {value!r}; choose one of: {', '.join(sorted(valid))}")
        return value

    def iso3(self, column: str, *, required: bool = True) -> str | None:
        value = self.cells[column]
        if not value and not required:
            return None
        if not _ISO3.fullmatch(value):
            raise self.fail(
                f"bad ISO 3166 alpha-3 code {value!r} in column {column}; use three capital letters"
            )
        return value

    def slug(self, column: str = "key") -> str:
        value = self.cells[column]
        if not _SLUG.fullmatch(value):
            raise self.fail(f"bad key {value!r}; use lowercase letters, digits and single hyphens")
        return value


def _read_table(directory: Path, name: str, shared: set[str]) -> list[_Row]:
    """Rows of one TSV: header checked, comments skipped, ``# shared:`` names collected."""
    path = directory / name
    columns = COLUMNS[name]
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: gazetteer table missing; restore it from the repository") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason}); save it as UTF-8") from None
    rows: list[_Row] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _SHARED.match(line)
            if found:
                shared.update(part.strip() for part in found.group(1).split("|") if part.strip())
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            header_seen = True
            if tuple(cells) != columns:
                raise InputError(
                    f"{path}:{number}: header must be {' '.join(columns)} (tab-separated), "
                    f"got {' '.join(cells)}"
                )
            continue
        if len(cells) != len(columns):
            raise InputError(
                f"{path}:{number}: expected {len(columns)} tab-separated columns "
                f"({', '.join(columns)}), got {len(cells)}"
            )
        rows.append(_Row(path, number, dict(zip(columns, cells))))
    if not header_seen:
        raise InputError(f"{path}: no header row; the first line must be {' '.join(columns)}")
    return rows


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
        )
        return ActorEntry(entity, names, self.demonyms, self.metonyms, tuple(self.roles))


class _Builder:
    def __init__(self) -> None:
        self.drafts: dict[str, _Draft] = {}

    def add(self, row: _Row, draft: _Draft) -> None:
        previous = self.drafts.get(draft.entity.key)
        if previous is not None:
            raise row.fail(f"duplicate key {draft.entity.key!r} (first at {previous.where})")
        self.drafts[draft.entity.key] = draft


def _countries(rows: list[_Row], builder: _Builder) -> None:
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


def _organizations(rows: list[_Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        kind = row.choice("type", ORG_TYPES)
        entity = Entity(key=f"org/{key}", label=row.cells["label"], type=kind,
                        country=row.iso3("country", required=False), wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")],
                                row.list("demonyms"), row.list("metonyms")))


def _concepts(rows: list[_Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        kind = row.choice("type", CONCEPT_TYPES)
        entity = Entity(key=f"{CONCEPT_TYPES[kind]}/{key}", label=row.cells["label"], type=kind,
                        wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")]))


def _places(rows: list[_Row], builder: _Builder) -> None:
    for row in rows:
        key = row.slug()
        entity = Entity(key=f"place/{key}", label=row.cells["label"], type="Place",
                        country=row.iso3("country", required=False), wikidata=row.qid())
        builder.add(row, _Draft(row.where, entity, [entity.label, *row.list("aliases")]))


def _officials(rows: list[_Row], builder: _Builder) -> None:
    """One row per office; rows naming the same person add roles to one Person entry."""
    persons: dict[str, _Draft] = {}
    for row in rows:
        name = row.cells["name"]
        relation = row.choice("relation", RELATIONS)
        as_of = row.cells["as_of"]
        if not _AS_OF.fullmatch(as_of):
            raise row.fail(f"bad as_of {as_of!r}; write the month the fact was checked as YYYY-MM")
        of = row.cells["of"]
        of_key = f"country/{of}" if _ISO3.fullmatch(of) else f"org/{of}"
        target = builder.drafts.get(of_key)
        if target is None:
            raise row.fail(f"unknown actor {of!r} in column of; use an ISO3 code from countries.tsv "
                           "or a key from organizations.tsv")
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


def _role_titles(rows: list[_Row]) -> list[RoleTitle]:
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
            if not sep or not (target == "org" or _ISO3.fullmatch(target)):
                raise row.fail(f"bad exception {item!r}; write ISO3=relation or org=relation")
            if other not in RELATIONS:
                raise row.fail(f"unknown relation {other!r}; choose one of: {', '.join(sorted(RELATIONS))}")
            exceptions.append((target, other))
        titles[title] = RoleTitle(title, relation, tuple(exceptions))
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
            surface = _strip_the(form)
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
    _countries(_read_table(directory, "actors/countries.tsv", shared), builder)
    _organizations(_read_table(directory, "actors/organizations.tsv", shared), builder)
    _places(_read_table(directory, "actors/places.tsv", shared), builder)
    _concepts(_read_table(directory, "actors/concepts.tsv", shared), builder)
    _officials(_read_table(directory, "actors/officials.tsv", shared), builder)
    titles = _role_titles(_read_table(directory, "roles.tsv", shared))
    _check_claims(builder.drafts.values(), shared)
    return Gazetteer((draft.freeze() for draft in builder.drafts.values()), titles, shared)


def default_directory() -> Path:
    """The repository's ``ontology/`` folder, else the copy installed inside the package."""
    repo = Path(__file__).resolve().parents[3] / "ontology"
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
