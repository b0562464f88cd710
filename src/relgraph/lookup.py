"""Actor names → the entities of a built graph, as the Python API and saved queries' actor parameters
look them up: by label or alias (any case), ISO3 code of a country, Wikidata QID or IRI, and a capital
or seat for the actor it stands for ("Moscow", "the Kremlin" → Russia, as the extractor reads them
in text). A name that finds nothing is a usage error naming the closest names in the graph.

>>> seats("moscow") == seats("the Kremlin") == ("https://w3id.org/relgraph/id/country/RUS",)
True
>>> seats("Atlantis")
()
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from functools import cache

import pyoxigraph as ox

from .bindings import substitutions
from .errors import UsageError
from .store import GraphStore
from .store.mapping import ENTITIES_GRAPH, RDF_TYPE, RDFS_LABEL, SKOS_ALT, WIKIDATA, rel
from .store.read import PREFIXES

# The entities named by ?name in any letter case (label or alias), for a name no index lookup finds.
_ANY_CASE = PREFIXES + """SELECT DISTINCT ?e ?name WHERE {
  ?e rdfs:label|skos:altLabel ?n FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
} ORDER BY ?e
"""
_QID = re.compile(r"(?:http://www\.wikidata\.org/entity/)?([Qq][1-9][0-9]*)")


def find_actors(store: GraphStore, name: str) -> list[ox.NamedNode]:
    """The entities ``name`` stands for, sorted by IRI: by label or alias, ISO3 code of a country,
    Wikidata QID (``Q159``) or IRI, each an index lookup, or by label or alias in another letter case
    (one scan of the labels) only when those find nothing; and the states a capital or seat stands
    for (``seats``). ``name`` is never pasted into SPARQL."""
    found = {q.subject for p in (RDFS_LABEL, SKOS_ALT) for q in store.ox.quads_for_pattern(None, p, ox.Literal(name))}
    found |= {q.subject for q in store.ox.quads_for_pattern(None, rel("iso3"), ox.Literal(name.upper()))
              if ox.Quad(q.subject, RDF_TYPE, rel("Country"), ENTITIES_GRAPH) in store.ox}
    qid = qid_of(name)
    if qid:
        found |= {q.subject for q in store.ox.quads_for_pattern(None, rel("wikidata"), ox.NamedNode(WIKIDATA + qid))}
    if ":" in name:
        try:
            node = ox.NamedNode(name)
        except ValueError:
            node = None
        if node is not None and _described(store, node):
            found.add(node)
    if not found:
        result = store.query(_ANY_CASE, substitutions=substitutions({"name": name}))
        found = {row["e"] for row in result}
    found |= {node for node in map(ox.NamedNode, seats(name)) if _described(store, node)}
    return sorted(found, key=lambda node: node.value)


def actor_terms(store: GraphStore, value: object) -> list[ox.NamedNode]:
    """The entities an actor value names (every one, if several); none is a usage error naming the
    closest names in the graph."""
    name = value.value if isinstance(value, ox.NamedNode) else str(value)
    found = find_actors(store, name)
    if not found:
        raise unknown_actor(name, graph_names(store))
    return found


def unknown_actor(name: str, names: Mapping[str, Iterable[str]]) -> UsageError:
    """The error for an actor name that finds nothing: the labels of the entities whose label or
    alias (the keys of ``names``, each with its entities' labels) is closest, else how to name one.

    >>> names = {"Russia": ["Russia"], "Russian Federation": ["Russia"], "China": ["China"]}
    >>> str(unknown_actor("Rusia", names))
    "no entity in the graph is called 'Rusia'; the closest names in the graph: Russia"
    >>> str(unknown_actor("Narnia", names))
    "no entity in the graph is called 'Narnia'; give a label, alias, ISO3 code, Wikidata QID or IRI of an entity in the graph"
    """
    close = list(dict.fromkeys(label for match in closest(name, names, n=10) for label in names[match]))[:5]
    if close:
        return UsageError(f"no entity in the graph is called {name!r}; the closest names in the graph: "
                          f"{', '.join(close)}")
    return UsageError(f"no entity in the graph is called {name!r}; give a label, alias, ISO3 code, "
                      "Wikidata QID or IRI of an entity in the graph")


def closest(name: str, names: Iterable[str], n: int = 5) -> list[str]:
    """Up to ``n`` of ``names`` closest to ``name`` in spelling (difflib, any case), closest first.

    >>> closest("cambodja", ["Cambodia", "Colombia", "Cambodian"])
    ['Cambodia', 'Cambodian']
    """
    by_fold: dict[str, str] = {}
    for candidate in sorted(set(names)):
        by_fold.setdefault(candidate.casefold(), candidate)
    return [by_fold[f] for f in difflib.get_close_matches(name.casefold(), list(by_fold), n=n, cutoff=0.8)]


def graph_names(store: GraphStore) -> dict[str, list[str]]:
    """Every label and alias of the entities in the graph, with the labels of the entities it names."""
    labels = {q.subject: q.object.value for q in store.ox.quads_for_pattern(None, RDFS_LABEL, None, ENTITIES_GRAPH)}
    names: dict[str, set[str]] = {}
    for p in (RDFS_LABEL, SKOS_ALT):
        for q in store.ox.quads_for_pattern(None, p, None, ENTITIES_GRAPH):
            if q.subject in labels:
                names.setdefault(q.object.value, set()).add(labels[q.subject])
    return {name: sorted(found) for name, found in sorted(names.items())}


def qid_of(name: str) -> str | None:
    """The Wikidata QID ``name`` spells (``q159``, ``Q159`` or its entity IRI), upper-cased, else None.

    >>> qid_of("q159"), qid_of("http://www.wikidata.org/entity/Q159"), qid_of("Qatar")
    ('Q159', 'Q159', None)
    """
    match = _QID.fullmatch(name.strip())
    return match.group(1).upper() if match else None


def seats(name: str) -> tuple[str, ...]:
    """IRIs of the actors ``name`` stands for as a capital (the countries table) or seat (the
    gazetteer's metonyms: "the Kremlin", "Brussels" for the EU), in any case, a leading "the" optional."""
    return _seat_index()[0].get(_fold(name), ())


def seat_names(iri: str) -> tuple[str, ...]:
    """The capitals and seats that stand for the actor ``iri`` ("Moscow", "the Kremlin", … for Russia)."""
    return _seat_index()[1].get(iri, ())


def _fold(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return folded[4:] if folded.startswith("the ") and len(folded) > 4 else folded


@cache
def _seat_index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(folded name → actor IRIs, actor IRI → names) over the capitals and metonyms of the gazetteer."""
    from .resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    pairs = [(form, entry.entity.iri) for entry in gazetteer.entries for form in entry.metonyms]
    for iso3, capitals in _capitals().items():
        try:
            state = gazetteer.by_key(f"country/{iso3}").entity.iri
        except KeyError:
            continue
        pairs += [(capital, state) for capital in capitals]
    by_name: dict[str, list[str]] = {}
    by_actor: dict[str, list[str]] = {}
    for form, iri in pairs:
        for table, key, value in ((by_name, _fold(form), iri), (by_actor, iri, form)):
            if value not in table.setdefault(key, []):
                table[key].append(value)
    return ({k: tuple(sorted(v)) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_actor.items()})


def _capitals() -> dict[str, tuple[str, ...]]:
    """ISO3 code → the names of its capital, from the ``capital`` column of ``actors/countries.tsv``."""
    from .resources.gazetteer import default_directory

    lines = [line for line in (default_directory() / "actors" / "countries.tsv").read_text(encoding="utf-8")
             .splitlines() if line.strip() and not line.startswith("#")]
    header = [cell.strip() for cell in lines[0].split("\t")]
    iso3, capital = header.index("iso3"), header.index("capital")
    out: dict[str, tuple[str, ...]] = {}
    for line in lines[1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        names = tuple(part.strip() for part in cells[capital].split("|") if part.strip())
        if names:
            out[cells[iso3]] = names
    return out


def _described(store: GraphStore, node: ox.NamedNode) -> bool:
    return next(store.ox.quads_for_pattern(node, RDFS_LABEL, None), None) is not None
