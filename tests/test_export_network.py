"""The claim graph as networkx, and its GraphML / GEXF files read back with networkx."""

from __future__ import annotations

import networkx as nx
import pytest

from conftest import CHINA, RUSSIA, claim_on, make_article, sample_claims
from relgraph.export import FORMATS
from relgraph.export.network import to_networkx, write_gexf, write_graphml
from relgraph.store.read import claims as read_claims

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.fixture(scope="module")
def claim_graph(built_store) -> nx.MultiDiGraph:
    return to_networkx(read_claims(built_store))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_network_file_loads_back_with_the_same_counts(built, claim_graph, fmt):
    loaded = READERS[fmt](built.out / FORMATS[fmt])
    assert loaded.is_directed() and loaded.is_multigraph()
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (
        claim_graph.number_of_nodes(), claim_graph.number_of_edges())
    assert claim_graph.number_of_nodes() > 50


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_network_file_keeps_attributes(built, claim_graph, fmt):
    loaded = READERS[fmt](built.out / FORMATS[fmt])
    russia = loaded.nodes[RUSSIA.key]
    assert (russia["label"], russia["type"], russia["country"], russia["wikidata"]) == (
        "Russia", "Country", "RUS", "Q159")
    relations = sorted(d["relation"] for _u, _v, d in loaded.edges(data=True))
    assert relations == sorted(d["relation"] for _u, _v, d in claim_graph.edges(data=True))


def test_export_network_edges_count_the_claims(claim_graph, built_store):
    total = sum(d["count"] for _u, _v, d in claim_graph.edges(data=True))
    assert total == len(list(read_claims(built_store)))


def test_export_network_same_claim_twice_is_one_edge():
    article = make_article("Russia supports China. Russia supports China again.")
    first = claim_on(article, "Russia supports China.", RUSSIA, "supports", CHINA)
    second = claim_on(article, "Russia supports China again.", RUSSIA, "supports", CHINA)
    graph = to_networkx([first, second])
    (edge,) = graph.edges(keys=True, data=True)
    assert edge[:3] == (RUSSIA.key, CHINA.key, "supports|positive|asserted")
    assert (edge[3]["count"], edge[3]["goldstein"], edge[3]["weight"]) == (2, 3.5, 7.0)
    assert graph.nodes[RUSSIA.key]["claims"] == 2


def test_export_network_polarity_keeps_edges_apart():
    article = make_article()
    graph = to_networkx(sample_claims(article))
    assert sorted(k for _u, _v, k in graph.edges(keys=True)) == [
        "criticizes|negative|asserted", "headOfStateOf|positive|asserted", "supports|positive|asserted"]
    structural = graph.edges["person/vladimir-putin", "country/RUS", "headOfStateOf|positive|asserted"]
    assert (structural["plover"], structural["cameo"], structural["quad"]) == ("", "", 0)


@pytest.mark.parametrize(("writer", "reader"), [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_export_network_writer_round_trips_small_graph(tmp_path, writer, reader):
    claims = sample_claims(make_article())
    path = writer(tmp_path / "g.out", claims)
    loaded = reader(path)
    assert sorted(loaded.nodes) == sorted(to_networkx(claims).nodes)
    assert loaded.number_of_edges() == 3
