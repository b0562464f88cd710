"""Counts of a built graph, straight from SPARQL over the store."""

from __future__ import annotations

from ..records import ONTOLOGY_NS
from ..store import GraphStore
from ..store.read import PREFIXES


def _group(store: GraphStore, query: str, strip: str = "") -> dict[str, int]:
    out = {}
    for row in store.query(PREFIXES + query):
        key = row[0].value
        out[key[len(strip):] if strip and key.startswith(strip) else key] = int(row[1].value)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _one(store: GraphStore, query: str) -> int:
    for row in store.query(PREFIXES + query):
        return int(row[0].value)
    return 0


def graph_stats(store: GraphStore) -> dict:
    """Articles, claims, direct triples, entities, triples, and breakdowns by type and relation."""
    return {
        "articles": _one(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rel:Article }"),
        "claims": _one(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a rel:Claim }"),
        "direct_triples": _one(
            store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a rel:Claim ; rel:subject ?s ; "
                   "rel:relation ?p ; rel:object ?o . ?s ?p ?o } }"),
        "entities": _one(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e rdfs:label ?l ; a ?t }"),
        "triples": len(store),
        "entity_types": _group(store, "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e rdfs:label ?l ; a ?t } "
                                      "GROUP BY ?t", ONTOLOGY_NS),
        "relations": _group(store, "SELECT ?r (COUNT(?c) AS ?n) WHERE { ?c rel:relation ?r } GROUP BY ?r",
                            ONTOLOGY_NS),
        "polarity": _group(store, "SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c rel:polarity ?p } GROUP BY ?p"),
        "modality": _group(store, "SELECT ?m (COUNT(?c) AS ?n) WHERE { ?c rel:modality ?m } GROUP BY ?m"),
    }
