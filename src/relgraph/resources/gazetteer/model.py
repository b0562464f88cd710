"""The gazetteer's in-memory form: actors, their offices, role phrases and the lookups over them.

Nothing here reads files; :mod:`relgraph.resources.gazetteer.sources` builds a
:class:`Gazetteer` from the TSV tables.

>>> china = Entity(key="country/CHN", label="China", type="Country", country="CHN")
>>> gaz = Gazetteer([ActorEntry(china, ("China", "People's Republic of China"), ("Chinese",))])
>>> gaz.lookup("the People's Republic of China").key, gaz.demonym("Chinese").key
('country/CHN', 'country/CHN')
>>> gaz.lookup("china") is None  # a lone lowercase word is a common noun
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from relgraph.records import Entity
from relgraph.resources.keys import folds, strip_the

RELATIONS: tuple[str, ...] = ("headOfStateOf", "headOfGovernmentOf", "officialOf")
NAME_KINDS: tuple[str, ...] = ("name", "demonym", "metonym", "place")


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
    """A role phrase from roles.tsv; ``exceptions`` maps an ISO3 code or ``org`` to a relation;
    ``state`` is the one state a title names by itself ("home secretary": Britain's)."""

    title: str
    relation: str
    exceptions: tuple[tuple[str, str], ...] = ()
    state: str | None = None

    def relation_for(self, of_key: str | None) -> str:
        """The relation this title implies for the actor ``of_key`` (``country/DEU``, ``org/eu``).

        >>> president = RoleTitle("president", "headOfStateOf", (("IRN", "headOfGovernmentOf"),))
        >>> president.relation_for("country/IRN"), president.relation_for("country/FRA")
        ('headOfGovernmentOf', 'headOfStateOf')
        """
        if of_key:
            kind, _, code = of_key.rpartition("/")
            wanted = code if kind == "country" else "org"  # a party's or a sector's leader is an official
            for target, relation in self.exceptions:
                if target == wanted:
                    return relation
        return self.relation


class _Index:
    """Surface form → actor keys, exact and (for long or multiword forms) casefolded."""

    def __init__(self) -> None:
        self.exact: dict[str, list[str]] = {}
        self.folded: dict[str, list[str]] = {}

    def add(self, surface: str, key: str) -> None:
        form = strip_the(surface)
        for table, text in ((self.exact, form), (self.folded, form.casefold())):
            if table is self.folded and not folds(form):
                continue
            keys = table.setdefault(text, [])
            if key not in keys:
                keys.append(key)

    def find(self, query: str) -> tuple[str, ...]:
        form = strip_the(" ".join(query.split()))
        if form in self.exact:
            return tuple(self.exact[form])
        # A lone all-lowercase word ("west", "turkey", "chad") is a common noun, not a name.
        if folds(form) and not (form.islower() and " " not in form):
            return tuple(self.folded.get(form.casefold(), ()))
        return ()


class Gazetteer:
    """Curated lookups over the actor tables; see :func:`~relgraph.resources.gazetteer.load_gazetteer`.

    ``files`` lists the tables it was built from, in reading order (empty when built in memory).
    """

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        role_titles: Iterable[RoleTitle] = (),
        shared: Iterable[str] = (),
        files: Iterable[Path] = (),
    ) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.role_titles: tuple[RoleTitle, ...] = tuple(role_titles)
        self.shared: frozenset[str] = frozenset(shared)
        self.files: tuple[Path, ...] = tuple(files)
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
        self._surnames: dict[str, list[ActorEntry]] = {}  # last word of a listed person's names
        for entry in self.entries:
            if entry.entity.type == "Person":
                for last in dict.fromkeys(name.split()[-1] for name in entry.names if name.strip()):
                    self._surnames.setdefault(last, []).append(entry)
        self._office_holders: dict[tuple[str, str], list[ActorEntry]] = {}
        for entry in self.entries:
            for role in dict.fromkeys((role.of_key, role.relation) for role in entry.roles):
                self._office_holders.setdefault(role, []).append(entry)
        self._titles = {title.title: title for title in self.role_titles}
        self.titles = frozenset(self._titles)  # the role titles, lower case ("foreign minister")
        self.title_words = frozenset(w for title in self.titles for w in title.split())
        alternatives = sorted(self._titles, key=len, reverse=True)
        pattern = "|".join(re.escape(title).replace(r"\ ", r"[\s-]+") for title in alternatives)  # "commander-in-chief"
        self._role_pattern = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)

    def __len__(self) -> int:
        return len(self.entries)

    def by_key(self, key: str) -> ActorEntry:
        """The entry with ``key`` such as ``country/CHN``; KeyError names the key."""
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(f"no gazetteer entry with key {key!r}") from None

    def get(self, key: str) -> ActorEntry | None:
        """The entry with ``key``, or None."""
        return self._by_key.get(key)

    def _one(self, keys: tuple[str, ...]) -> ActorEntry | None:
        return self._by_key[keys[0]] if len(keys) == 1 else None

    def candidates(self, name: str) -> tuple[ActorEntry, ...]:
        """Every entry a name may denote (more than one only for shared names such as "Congo")."""
        return tuple(self._by_key[key] for key in self._names.find(name))

    def sharing(self, form: str) -> tuple[ActorEntry, ...]:
        """The entries whose name or demonym is exactly ``form`` ("Congolese": both Congos)."""
        form = strip_the(form)
        keys = dict.fromkeys((*self._names.exact.get(form, ()), *self._demonyms.exact.get(form, ())))
        return tuple(self._by_key[key] for key in keys)

    def lookup(self, name: str) -> ActorEntry | None:
        """The actor named exactly ``name`` (a leading "the" is optional); None if unknown or shared."""
        return self._one(self._names.find(name))

    def persons_named(self, surname: str) -> tuple[ActorEntry, ...]:
        """The listed persons one of whose names ends in ``surname`` ("Bush": both presidents Bush)."""
        return tuple(self._surnames.get(surname, ()))

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
        found = max(matches, key=len).casefold()  # ("co-chair" is listed with its hyphen, "commander in chief" without)
        best = next((k for k in (" ".join(found.split()), " ".join(re.split(r"[\s-]+", found))) if k in self._titles), None)
        if best is None:
            return None
        role_title = self._titles[best]
        return role_title.relation_for(of), role_title.title

    def holders(self, of_key: str, relation: str, date: str) -> tuple[ActorEntry, ...]:
        """The listed persons whose dated term of ``relation`` in ``of_key`` covers ``date`` (a row
        with no start date says nothing of a past date, so it is left out)."""
        return tuple(entry for entry in self._office_holders.get((of_key, relation), ())
                     if any(role.of_key == of_key and role.relation == relation and role.start
                            and role.held_on(date) for role in entry.roles))

    def title_state(self, title: str) -> Entity | None:
        """The state a role title names by itself ("home secretary" → Britain), if any."""
        role_title = self._titles.get(title)
        entry = self.get(f"country/{role_title.state}") if role_title and role_title.state else None
        return entry.entity if entry is not None else None

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
