"""Network analysis on a small hand-built claim set: rankings, blocs, dyads, months, and `relgraph analyze`."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from relgraph.analysis.network import (
    actor_graph, analyze, balance_rows, blocs, centrality, cooperation_graph, dyads, event, month_rows, pagerank,
)
from relgraph.cli import main
from relgraph.records import Article, Claim, Entity
from relgraph.store import GraphStore


def country(iso: str, label: str) -> Entity:
    return Entity(f"country/{iso}", label, "Country", iso)


USA, GBR, FRA = country("USA", "United States"), country("GBR", "United Kingdom"), country("FRA", "France")
RUS, CHN, IRN = country("RUS", "Russia"), country("CHN", "China"), country("IRN", "Iran")
PUTIN = Entity("person/vladimir-putin", "Vladimir Putin", "Person", "RUS")
POLICY = Entity("policy/multipolarity", "multipolarity", "Policy")

# (subject, relation, object, polarity, modality, date)
ROWS = [
    (USA, "meetsWith", GBR, "positive", "asserted", "2025-01-10"),
    (GBR, "cooperatesWith", FRA, "positive", "asserted", "2025-01-12"),
    (FRA, "signsAgreementWith", USA, "positive", "asserted", "2025-02-01"),
    (USA, "sanctions", RUS, "positive", "asserted", "2025-02-03"),
    (USA, "criticizes", CHN, "positive", "asserted", "2025-02-05"),
    (RUS, "supports", CHN, "positive", "asserted", "2025-03-01"),
    (CHN, "tradesWith", IRN, "positive", "asserted", "2025-03-02"),
    (IRN, "providesAidTo", RUS, "positive", "reported", "2025-03-03"),
    # not events: negative, merely possible, structural, or about a policy
    (CHN, "criticizes", RUS, "negative", "asserted", "2025-03-04"),
    (IRN, "attacks", USA, "positive", "possible", "2025-03-05"),
    (PUTIN, "headOfStateOf", RUS, "positive", "asserted", "2025-03-06"),
    (RUS, "supports", POLICY, "positive", "asserted", "2025-03-07"),
]
CLAIMS = [Claim("a", i, i * 10, i * 10 + 5, f"sentence {i}", s, r, o, polarity=p, modality=m, date=d)
          for i, (s, r, o, p, m, d) in enumerate(ROWS)]


def test_analysis_event_rules():
    assert [event(c) is not None for c in CLAIMS] == [True] * 8 + [False] * 3 + [True]
    assert event(CLAIMS[3]) == (4, -8.0)


def test_analysis_actor_graph_leaves_out_non_events_and_policies():
    graph = actor_graph(CLAIMS)
    assert sorted(graph) == ["country/CHN", "country/FRA", "country/GBR", "country/IRN", "country/RUS",
                             "country/USA"]
    assert graph.number_of_edges() == 8


def test_analysis_degree_ranking():
    ranks = centrality(CLAIMS, top=4)
    assert [(r.label, r.score) for r in ranks["degree"]] == [
        ("United States", 0.8), ("China", 0.6), ("Russia", 0.6), ("France", 0.4)]


def test_analysis_betweenness_ranks_the_bridge_first():
    ranks = centrality(CLAIMS)["betweenness"]
    assert ranks[0].label == "United States"
    assert ranks[0].score == pytest.approx(nx.betweenness_centrality(actor_graph(CLAIMS))["country/USA"])


def test_analysis_pagerank_matches_the_reference_algorithm():
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    graph = actor_graph(CLAIMS)
    ours, reference = pagerank(graph), _pagerank_python(graph, weight="weight")
    assert ours == pytest.approx(reference, abs=1e-5)  # networkx stops at tol=1e-6
    labels = nx.get_node_attributes(graph, "label")
    assert centrality(CLAIMS)["pagerank"][0].label == labels[max(ours, key=ours.get)]


def test_analysis_blocs_of_the_cooperation_graph():
    assert cooperation_graph(CLAIMS).number_of_edges() == 6
    assert [b.members for b in blocs(CLAIMS)] == [("China", "Iran", "Russia"),
                                                   ("France", "United Kingdom", "United States")]


@pytest.mark.parametrize("seed", [0, 1, 7, 42])
def test_analysis_blocs_do_not_depend_on_the_seed_here(seed):
    assert len(blocs(CLAIMS, seed=seed)) == 2


def test_analysis_dyads():
    found = {(d.a, d.b): (d.claims, d.cooperation, d.conflict, d.weight) for d in dyads(CLAIMS)}
    assert found == {
        ("United Kingdom", "United States"): (1, 1, 0, 1.0),
        ("France", "United Kingdom"): (1, 1, 0, 6.0),
        ("France", "United States"): (1, 1, 0, 8.0),
        ("Russia", "United States"): (1, 0, 1, -8.0),
        ("China", "United States"): (1, 0, 1, -2.0),
        ("China", "Russia"): (2, 1, 0, 3.5),  # the negative criticism counts as a claim, not an event
        ("China", "Iran"): (1, 1, 0, 6.4),
        ("Iran", "Russia"): (1, 1, 0, 7.0),
        ("Iran", "United States"): (1, 0, 0, 0.0),  # a possible attack: a claim, not an event
    }
    assert (dyads(CLAIMS)[0].a, dyads(CLAIMS)[0].b) == ("China", "Russia")


def test_analysis_month_rows():
    assert month_rows(CLAIMS[:5] + [Claim("a", 0, 0, 1, "x", USA, "meetsWith", RUS)]) == [
        {"month": "2025-01", "claims": 2, "cooperation": 2, "conflict": 0, "goldstein": 7.0},
        {"month": "2025-02", "claims": 3, "cooperation": 1, "conflict": 2, "goldstein": -2.0},
        {"month": "undated", "claims": 1, "cooperation": 1, "conflict": 0, "goldstein": 1.0},
    ]


def test_analysis_balance_rows_count_events_between_two_entities():
    # the negative criticism, the possible attack and Putin heading Russia are not events; the
    # support of a policy is an event between two different entities, as in the saved query balance
    extra = [Claim("a", 0, 0, 1, "x", USA, "meetsWith", RUS), Claim("a", 1, 2, 3, "y", RUS, "praises", RUS)]
    assert balance_rows(CLAIMS + extra) == [
        {"month": "2025-01", "claims": 2, "cooperation": 2, "conflict": 0, "balance": 7.0},
        {"month": "2025-02", "claims": 3, "cooperation": 1, "conflict": 2, "balance": -2.0},
        {"month": "2025-03", "claims": 4, "cooperation": 4, "conflict": 0, "balance": 20.4},
        {"month": "undated", "claims": 1, "cooperation": 1, "conflict": 0, "balance": 1.0},
    ]


def test_analysis_empty():
    result = analyze([])
    assert result.as_dict() == {"degree": [], "betweenness": [], "pagerank": [], "blocs": [], "dyads": []}


def test_analysis_cli_json(tmp_path, capsys):
    with GraphStore(tmp_path / "store") as store:
        store.put_article(Article("a", "text"), CLAIMS)
    assert main(["analyze", "--out", str(tmp_path), "--top", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["label"] for r in report["degree"]] == ["United States", "China"]
    assert report["blocs"][0]["members"] == ["China", "Iran", "Russia"]
    assert len(report["dyads"]) == 2


def test_analysis_cli_text(tmp_path, capsys):
    with GraphStore(tmp_path / "store") as store:
        store.put_article(Article("a", "text"), CLAIMS)
    assert main(["analyze", "--out", str(tmp_path), "--top", "1"]) == 0
    text = capsys.readouterr().out
    assert "   1. United States                  0.800" in text
    assert "China – Russia: 2 claims, 1 cooperation, 0 conflict, weight +3.5" in text
