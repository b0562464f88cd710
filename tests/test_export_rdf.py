"""Every RDF export of the built graph round-trips: serialise -> parse with rdflib -> isomorphic."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from relgraph.export import FORMATS, export
from relgraph.export.rdf import PREFIXES, generate_rdf
from relgraph.records import GRAPH_NS

QUAD_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}  # relgraph name -> rdflib parser


@pytest.fixture(scope="module")
def store_dataset(built_store) -> Dataset:
    """The store's content, loaded into rdflib through N-Quads written by Oxigraph."""
    ds = Dataset()
    ds.parse(data=ox.serialize(built_store.quads(), None, ox.RdfFormat.N_QUADS), format="nquads")
    return ds


@pytest.fixture(scope="module")
def store_triples(built_store) -> Graph:
    """Every triple of every graph, merged."""
    triples = {q.triple for q in built_store.quads()}
    return Graph().parse(data=ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES), format="nt")


def _named_graphs(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if str(g.identifier).startswith(GRAPH_NS)}


def test_export_rdf_turtle_round_trips(built, store_triples):
    parsed = Graph().parse(built.out / FORMATS["ttl"], format="turtle")
    assert len(parsed) == len(store_triples) > 1000
    assert isomorphic(parsed, store_triples)


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_export_rdf_named_graphs_round_trip(built, built_store, store_dataset, fmt):
    parsed = Dataset()
    parsed.parse(built.out / FORMATS[fmt], format=QUAD_FORMATS[fmt])
    got, want = _named_graphs(parsed), _named_graphs(store_dataset)
    assert sorted(got) == sorted(want)
    assert len(want) == len(built_store.article_ids()) + 1  # one per article, plus the entities graph
    for name, graph in want.items():
        assert isomorphic(got[name], graph), name


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq"])
def test_export_rdf_export_matches_generate(built_store, tmp_path, fmt):
    path = export(built_store, fmt, tmp_path / FORMATS[fmt])
    assert path.read_bytes() == generate_rdf(built_store, fmt)


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_export_rdf_declares_the_prefixes(built, fmt):
    head = (built.out / FORMATS[fmt]).read_text(encoding="utf-8")[:2000]
    for prefix in ("rel", "id", "claim", "rdfs", "prov"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}>" in head


def test_export_rdf_jsonld_uses_the_published_context(built):
    import json

    doc = json.loads((built.out / FORMATS["jsonld"]).read_text(encoding="utf-8"))
    assert doc["@context"]["rel"] == PREFIXES["rel"]
    assert doc["@context"]["supports"] == {"@id": "rel:supports", "@type": "@id"}
