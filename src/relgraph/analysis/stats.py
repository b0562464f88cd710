"""Counts of a built graph, straight from SPARQL over the store.

With a date range, the counts are those of the articles and claims dated in it (``relgraph.daterange``):
the entities they name and the triples of their graphs.
"""

from __future__ import annotations

from ..daterange import DateRange, dated_graphs, sparql_filter
from ..records import ONTOLOGY_NS
from ..store import GraphStore
from ..store.mapping import ENTITIES_GRAPH
from ..store.read import PREFIXES

# Entities described in the entities graph; with a date range, only those named in the articles' graphs.
_ENTITY = "?e rdfs:label ?l ; a ?t ."
_NAMED_ENTITY = "GRAPH ?g { ?x ?p ?e } ?e rdfs:label ?l ; a ?t ."


def _group(store: GraphStore, query: str, strip: str = "", **dataset) -> dict[str, int]:
    out = {}
    for row in store.query(PREFIXES + query, **dataset):
        key = row[0].value
        out[key[len(strip):] if strip and key.startswith(strip) else key] = int(row[1].value)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _one(store: GraphStore, query: str, **dataset) -> int:
    for row in store.query(PREFIXES + query, **dataset):
        return int(row[0].value)
    return 0


def graph_stats(store: GraphStore, dates: DateRange = DateRange()) -> dict:
    """Articles, claims, direct triples, entities, triples, and breakdowns by type and relation;
    with ``dates``, of the articles and claims dated in that range."""
    entity, claims, entities, triples, dated = _ENTITY, {}, {}, None, ""
    if dates:
        dated = f"?c dcterms:date ?_d {sparql_filter(dates, '?_d')}"
        graphs = dated_graphs(store, dates)
        claims = {"default_graph": graphs, "named_graphs": graphs}  # an empty list: nothing
        entities = {"default_graph": [ENTITIES_GRAPH], "named_graphs": graphs}
        entity = _NAMED_ENTITY
        triples = _one(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", **entities)
    return {
        "articles": _one(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rel:Article . "
                                + (f"{{ ?c rel:article ?a . {dated} }}" if dated else "") + " }", **claims),
        "claims": _one(store, f"SELECT (COUNT(?c) AS ?n) WHERE {{ ?c a rel:Claim . {dated} }}", **claims),
        "direct_triples": _one(
            store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a rel:Claim ; rel:subject ?s ; "
                   f"rel:relation ?p ; rel:object ?o . ?s ?p ?o . {dated} }} }}", **claims),
        "entities": _one(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {entity} }}", **entities),
        "triples": len(store) if triples is None else triples,
        "entity_types": _group(store, f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {entity} }} GROUP BY ?t",
                               ONTOLOGY_NS, **entities),
        "relations": _group(store, f"SELECT ?r (COUNT(?c) AS ?n) WHERE {{ ?c rel:relation ?r . {dated} }} "
                                   "GROUP BY ?r", ONTOLOGY_NS, **claims),
        "polarity": _group(store, f"SELECT ?p (COUNT(?c) AS ?n) WHERE {{ ?c rel:polarity ?p . {dated} }} "
                                  "GROUP BY ?p", **claims),
        "modality": _group(store, f"SELECT ?m (COUNT(?c) AS ?n) WHERE {{ ?c rel:modality ?m . {dated} }} "
                                  "GROUP BY ?m", **claims),
    }
