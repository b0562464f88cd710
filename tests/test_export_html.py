"""Unit tests of relgraph.export.html without a browser: data blob, aggregation, filters, errors."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from pathlib import Path

import pytest

from relgraph.errors import InputError, UsageError
from relgraph import vocab
from relgraph.export.html import SYMMETRIC_RELATIONS, _example_claim, generate_html, graph_data, layout_positions, write_html
from relgraph.verify.model import load_verifier
from html_actors import EU, OCP, PUTIN, RUS, RUS_MIL, UKR, USA, XI, CHN, NS, actor  # noqa: F401

QUADS = {"supports": 1, "meetsWith": 1, "criticizes": 3, "sanctions": 4, "attacks": 4,
         "providesAidTo": 2, "headOfStateOf": None}


def claim(subject: dict, relation: str, obj: dict, date: str, *, polarity: str = "positive",
          modality: str = "asserted", article: str = "a1", evidence: str | None = None) -> dict:
    text = evidence or f"{subject['label']} {relation} {obj['label']}."
    return {"article": article, "sentence": 0, "start": 0, "end": len(text), "evidence": text,
            "subject": subject, "relation": relation, "object": obj, "polarity": polarity,
            "modality": modality, "confidence": 0.9, "plover": None, "cameo": None,
            "quad": QUADS[relation], "goldstein": None, "date": date, "extractor": "test"}


CLAIMS = [
    claim(RUS, "supports", OCP, "2025-11-04"),
    claim(RUS, "supports", OCP, "2025-11-05", article="a2"),
    claim(RUS, "supports", OCP, "2025-11-06", article="a2"),
    claim(PUTIN, "meetsWith", XI, "2025-11-04"),
    claim(XI, "meetsWith", PUTIN, "2025-11-05"),
    claim(USA, "criticizes", CHN, "2025-10-01"),
    claim(EU, "sanctions", RUS, "2025-09-15"),
    claim(RUS, "attacks", UKR, "2025-09-20"),
    claim(USA, "providesAidTo", UKR, "2025-09-21"),
    claim(CHN, "criticizes", USA, "2025-11-04", polarity="negative"),
    claim(PUTIN, "headOfStateOf", RUS, "2025-11-04"),
    claim(RUS, "criticizes", USA, "2025-09-23", modality="intended"),
]
ARTICLES = {
    "a1": {"title": "Russia and China meet", "url": "https://example.org/a1", "date": "2025-11-04",
           "source": "Example"},
    "a2": {"title": "Follow-up", "url": "javascript:alert(1)", "date": "2025-11-05", "source": "X"},
}


def labels(data: dict) -> set[str]:
    return {n["label"] for n in data["nodes"]}


def blob(page: str) -> str:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "graph-data blob missing"
    return match.group(1)


def test_export_html_blob_escapes_markup_characters():
    evil = "</script><script>alert(1)</script> & \u2028\u2029 'q' \"qq\""
    claims = [claim(RUS, "supports", OCP, "2025-11-04", evidence=evil)]
    page = generate_html(claims, {"a1": {"title": "<b>T</b> & co"}}, title="<script>x</script>")
    text = blob(page)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert "\\u003c/script\\u003e" in text
    data = json.loads(text)
    assert data["claims"][0]["evidence"] == evil
    assert data["articles"]["a1"]["title"] == "<b>T</b> & co"
    assert "<title>&lt;script&gt;x&lt;/script&gt;</title>" in page
    assert len(re.findall(r"^<script", page, re.M)) == 3  # the blob, vis-network, the page's own script


def test_export_html_page_is_offline():
    page = generate_html(CLAIMS, ARTICLES)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert "default-src 'none'" in page.replace("&#x27;", "'")


def test_export_html_csp_hashes_match_inline_scripts():
    page = generate_html(CLAIMS, ARTICLES)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"sha256-{digest}" in csp


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([claim(RUS, "supports", OCP, "2025-11-04")] * 3, [("supports ×3", 3, True, False)]),
        ([claim(PUTIN, "meetsWith", XI, "2025-11-04"), claim(XI, "meetsWith", PUTIN, "2025-11-05")],
         [("meetsWith ×2", 2, False, False)]),
        ([claim(RUS, "supports", OCP, "2025-11-04"), claim(RUS, "supports", OCP, "2025-11-04", polarity="negative")],
         [("not supports", 1, True, True), ("supports", 1, True, False)]),
        ([claim(RUS, "criticizes", USA, "2025-11-04"), claim(USA, "criticizes", RUS, "2025-11-04")],
         [("criticizes", 1, True, False), ("criticizes", 1, True, False)]),
        ([claim(RUS, "supports", OCP, "2025-11-04", modality="intended")], [("supports", 1, True, True)]),
    ],
    ids=["parallel", "symmetric-both-ways", "polarity-split", "directed-both-ways", "intended-dashed"],
)
def test_export_html_aggregates_parallel_claims(claims, expected):
    edges = graph_data(claims, {})["edges"]
    got = sorted((e["label"], e["count"], e["arrows"], e["dashed"]) for e in edges)
    assert got == sorted(expected)
    assert sum(len(e["claims"]) for e in edges) == len(claims)


def test_export_html_edge_styles_and_counts():
    data = graph_data(CLAIMS, ARTICLES)
    assert len(data["edges"]) == 9
    by_rel = {(e["relation"], e["polarity"], e["from"]): e for e in data["edges"]}
    assert by_rel[("headOfStateOf", "positive", PUTIN["iri"])]["quad"] == 0
    assert by_rel[("sanctions", "positive", EU["iri"])]["quad"] == 4
    nodes = {n["label"]: n["count"] for n in data["nodes"]}
    assert nodes == {"Russia": 7, "One-China policy": 3, "Vladimir Putin": 3, "Xi Jinping": 2,
                     "United States": 4, "China": 2, "European Union": 1, "Ukraine": 2}
    assert data["nodes"][0]["label"] == "Russia"  # ordered by claim count
    assert data["articles"]["a2"]["url"] is None  # javascript: dropped
    assert data["articles"]["a1"]["url"] == "https://example.org/a1"
    assert data["dateRange"] == ["2025-09-15", "2025-11-06"]


@pytest.mark.parametrize(
    ("options", "expected_labels", "expected_claims"),
    [
        ({"max_nodes": 2}, {"Russia", "United States"}, 1),
        ({"max_nodes": 3}, {"Russia", "United States", "One-China policy"}, 4),
        # Putin and One-China policy tie at 3 claims: the label breaks the tie
        ({"max_nodes": 4}, {"Russia", "United States", "One-China policy", "Vladimir Putin"}, 5),
        ({"focus": "China"}, {"China", "United States"}, 2),
        ({"focus": "Ukraine"}, {"Ukraine", "Russia", "United States"}, 3),  # induced: Russia criticizes US
        ({"focus": NS + "person/xi"}, {"Xi Jinping", "Vladimir Putin"}, 2),
        ({"focus": "xi jinping", "max_nodes": 1}, {"Xi Jinping"}, 0),
        ({"focus": "CHN"}, {"China", "United States"}, 2),
        ({"focus": "chn"}, {"China", "United States"}, 2),
        ({"focus": "Q148"}, {"China", "United States"}, 2),
        ({"focus": "http://www.wikidata.org/entity/Q148"}, {"China", "United States"}, 2),
        ({"focus": "Beijing"}, {"China", "United States"}, 2),
        ({"focus": "Kyiv"}, {"Ukraine", "Russia", "United States"}, 3),  # the capital: its state
        ({"focus": ["Nobody", NS + "country/CHN"]}, {"China", "United States"}, 2),
        ({"focus": ["CHN", "Xi Jinping"]}, {"China", "United States", "Xi Jinping", "Vladimir Putin"}, 4),
        ({"since": "2025-11-05"}, {"Russia", "One-China policy", "Xi Jinping", "Vladimir Putin"}, 3),
        ({"until": "2025-09-21"}, {"European Union", "Russia", "Ukraine", "United States"}, 3),
        ({"since": "2025-09-20", "until": "2025-09-23"}, {"Russia", "Ukraine", "United States"}, 3),
        ({"relations": ["sanctions", "attacks"]}, {"European Union", "Russia", "Ukraine"}, 2),
    ],
)
def test_export_html_filters_claims(options, expected_labels, expected_claims):
    data = graph_data(CLAIMS, ARTICLES, **options)
    assert labels(data) == expected_labels
    assert len(data["claims"]) == expected_claims


def test_export_html_date_falls_back_to_article_date():
    undated = dict(claim(RUS, "supports", OCP, "2025-01-01"), date=None)
    data = graph_data([undated], {"a1": {"date": "2024-05-06"}}, since="2024-05-01", until="2024-05-31")
    assert data["claims"][0]["date"] == "2024-05-06"
    assert graph_data([undated], {}, since="2024-05-01")["claims"] == []


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"focus": "Atlantis"}, UsageError,  # nothing close: the actors with most claims
         "unknown actor 'Atlantis' for --focus; try one of: Russia, United States, One-China policy, "
         "Vladimir Putin, China, Ukraine, Xi Jinping, European Union"),
        ({"focus": "Rusia"}, UsageError, "unknown actor 'Rusia' for --focus; try one of: Russia"),
        ({"focus": "Ukriane"}, UsageError, "unknown actor 'Ukriane' for --focus; try one of: Ukraine"),
        ({"focus": "RUSS"}, UsageError, "unknown actor 'RUSS' for --focus; try one of: Russia"),
        ({"relations": ["befriends"]}, UsageError,
         "unknown relation 'befriends'; choose one of: attacks, criticizes, headOfStateOf, meetsWith, "
         "providesAidTo, sanctions, supports"),
        ({"since": "04/11/2025"}, UsageError, "--since '04/11/2025' is not a date; use YYYY-MM-DD"),
        ({"until": "2025-13-01"}, UsageError, "--until '2025-13-01' is not a date; use YYYY-MM-DD"),
        ({"since": "2025-12-01", "until": "2025-11-01"}, UsageError,
         "--since 2025-12-01 is after --until 2025-11-01; swap them"),
        ({"max_nodes": 0}, UsageError, "invalid --max-nodes 0; use a whole number of at least 1"),
        ({"min_confidence": 1.5}, UsageError, "invalid --min-confidence 1.5; use a number from 0 to 1"),
        ({"min_confidence": "high"}, UsageError, "invalid --min-confidence 'high'; use a number from 0 to 1"),
    ],
)
def test_export_html_rejects_bad_options(options, error, message):
    with pytest.raises(error) as caught:
        generate_html(CLAIMS, ARTICLES, **options)
    assert str(caught.value) == message


def test_export_html_focus_error_lists_the_ten_actors_with_most_claims():
    many = [claim(actor(f"c/{i}", f"Actor {i:02d}", "Country"), "supports", OCP, "2025-01-01") for i in range(15)]
    with pytest.raises(UsageError) as caught:
        graph_data(many, {}, focus="Nobody")
    assert str(caught.value) == (
        "unknown actor 'Nobody' for --focus; try one of: One-China policy, Actor 00, Actor 01, Actor 02, "
        "Actor 03, Actor 04, Actor 05, Actor 06, Actor 07, Actor 08"
    )


def test_export_html_nodes_carry_their_search_names():
    names = {n["label"]: n["names"] for n in graph_data(CLAIMS, ARTICLES)["nodes"]}
    assert names["One-China policy"] == []
    assert names["Vladimir Putin"] == ["q7747"]  # a person: not the ISO3 code of his country
    assert names["Russia"][:3] == ["rus", "q159", "moscow"] and "the kremlin" in names["Russia"]
    assert {"chn", "q148", "beijing"} <= set(names["China"])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"relation": None}, "claim 0 has no 'relation'; give claims in the claims-JSONL shape of DESIGN.md §6"),
        ({"object": {"label": "X"}}, "claim 0 has no object IRI; give object as {'iri': ..., 'label': ...}"),
    ],
)
def test_export_html_rejects_malformed_claims(bad, message):
    with pytest.raises(InputError) as caught:
        graph_data([dict(CLAIMS[0], **bad)], {})
    assert str(caught.value) == message


def test_export_html_empty_claims_give_a_page():
    data = graph_data([], {})
    assert data["nodes"] == [] and data["edges"] == [] and data["dateRange"] == [None, None]
    assert "graph-data" in generate_html([], {})


def test_export_html_write_is_atomic(tmp_path: Path):
    target = tmp_path / "out" / "graph.html"
    target.parent.mkdir()
    written = write_html(target, CLAIMS, ARTICLES, title="Test graph")
    assert written == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]
    assert json.loads(blob(target.read_text(encoding="utf-8")))["title"] == "Test graph"
    assert target.stat().st_mode & 0o044  # readable by others, not mkstemp's 0600


@pytest.mark.parametrize("n", [2, 40, 800])
def test_export_html_layout_spreads_nodes(n):
    edges = [(i, (i * 7 + 1) % n) for i in range(n)]
    pos = layout_positions(n, edges)
    assert len(pos) == n
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos)
    assert len({(round(x), round(y)) for x, y in pos}) >= 0.95 * n


def test_export_html_symmetric_relations_match_the_ontology():
    assert SYMMETRIC_RELATIONS == {name for name, info in vocab.relations().items() if info.symmetric}


# ------------------------------------------------------------------------- analyst views

REBELS = dict(actor("actor/RUS/rebels", "Russian rebels", "Group", "RUS"), sector="rebels")
PESKOV = actor("person/peskov", "Dmitry Peskov", "Person")  # no country: his office says which state
KALLAS = actor("person/kallas", "Kaja Kallas", "Person")  # an office of an organisation: no state
FOLD_CLAIMS = CLAIMS + [
    claim(RUS_MIL, "attacks", UKR, "2025-10-02"),
    claim(REBELS, "criticizes", RUS, "2025-10-03"),
    dict(claim(PESKOV, "headOfStateOf", RUS, "2025-10-04"), relation="officialOf"),
    dict(claim(KALLAS, "headOfStateOf", EU, "2025-10-04"), relation="officialOf"),
]


def test_export_html_nodes_carry_the_state_they_fold_into():
    data = graph_data(FOLD_CLAIMS, ARTICLES)
    label = {n["id"]: n["label"] for n in data["nodes"]}
    folds = {n["label"]: label[n["fold"]] for n in data["nodes"] if n["fold"]}
    assert folds == {"Russian military": "Russia", "Vladimir Putin": "Russia", "Xi Jinping": "China",
                     "Dmitry Peskov": "Russia"}
    assert data["fold"] is True
    assert graph_data(FOLD_CLAIMS, ARTICLES, fold=False)["fold"] is False


def test_export_html_folded_layout_keeps_members_beside_their_state():
    nodes = {n["label"]: n for n in graph_data(FOLD_CLAIMS, ARTICLES)["nodes"]}

    def distance(a: str, b: str) -> float:
        return math.hypot(nodes[a]["x"] - nodes[b]["x"], nodes[a]["y"] - nodes[b]["y"])

    for member in ("Russian military", "Vladimir Putin", "Dmitry Peskov"):
        assert distance(member, "Russia") <= 60
    assert distance("Xi Jinping", "China") <= 60
    assert distance("Russian rebels", "Russia") > 60


def test_export_html_min_confidence_defaults_to_the_verifier_threshold():
    assert graph_data(CLAIMS, ARTICLES)["minConfidence"] == load_verifier().threshold
    assert graph_data(CLAIMS, ARTICLES, min_confidence=0.25)["minConfidence"] == 0.25
    low = dict(claim(RUS, "supports", OCP, "2025-11-04"), confidence=0.1)
    assert len(graph_data([low], {}, min_confidence=0.9)["claims"]) == 1  # hidden by the page, not dropped


def test_export_html_claims_carry_timeline_months_and_weights():
    claims = [dict(claim(RUS, "sanctions", USA, "2025-01-31"), goldstein=-8.0),
              dict(claim(RUS, "supports", OCP, "2025-04-02"), goldstein=3.5),
              dict(claim(PUTIN, "headOfStateOf", RUS, "2025-04-02"), goldstein=None)]
    data = graph_data(claims, {})
    assert data["months"] == ["2025-01", "2025-02", "2025-03", "2025-04"]  # gaps kept
    assert [(c["month"], c["quad"], c["goldstein"]) for c in data["claims"]] == [(0, 4, -8.0), (3, 1, 3.5), (3, None, None)]
    undated = dict(claims[0], date=None)
    assert graph_data([undated], {})["claims"][0]["month"] is None


def test_export_html_claims_dated_to_the_year_only():
    """A claim dated only to the year ("in 2019") keeps the page whole: off the month axis, in a
    date range only when the whole year lies in it."""
    dated = dict(_example_claim("Russia", "supports", "China"), date="2019")
    data = graph_data([dated, _example_claim("Russia", "attacks", "Ukraine")], {})
    assert all(c["month"] is None or data["months"][c["month"]] for c in data["claims"])
    assert len(graph_data([dated], {}, since="2019-01-01", until="2019-12-31")["claims"]) == 1
    assert not graph_data([dated], {}, since="2019-06-01", until="2019-12-31")["claims"]
