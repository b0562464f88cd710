"""--since/--until (YYYY-MM-DD, inclusive) on `relgraph stats`, `analyze` and `query`: only the claims
dated in the range, a month- or year-precise date counting when all of it is in the range."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from relgraph.daterange import DateRange, dated_graphs
from relgraph.errors import UsageError
from relgraph.records import Article, Claim, Entity
from relgraph.store import GraphStore
from relgraph.store.mapping import graph_iri


def country(iso: str, label: str) -> Entity:
    return Entity(f"country/{iso}", label, "Country", iso)


USA, GBR, RUS = country("USA", "United States"), country("GBR", "United Kingdom"), country("RUS", "Russia")
CHN, IRN, FRA = country("CHN", "China"), country("IRN", "Iran"), country("FRA", "France")
# article id -> (its date, its claims); a claim carries its article's date
ARTICLES = {
    "jan": ("2025-01-10", [(USA, "meetsWith", GBR), (USA, "sanctions", RUS)]),
    "mar": ("2025-03", [(RUS, "supports", CHN)]),
    "y25": ("2025", [(CHN, "tradesWith", IRN)]),
    "apr": ("2025-04-02", [(IRN, "providesAidTo", RUS)]),
    "undated": (None, [(FRA, "signsAgreementWith", USA)]),
}
# (--since, --until) -> the articles in the range
RANGES = [
    ("2025-01-01", "2025-12-31", ["apr", "jan", "mar", "y25"]),
    ("2025-03-01", "2025-03-31", ["mar"]),
    ("2025-03-15", None, ["apr"]),  # March 2025 may be before the 15th; 2025 too
    (None, "2025-03-31", ["jan", "mar"]),
    ("2025-01-10", "2025-01-10", ["jan"]),
    ("2026-01-01", None, []),
]
RANGE_IDS = [f"{since}..{until}" for since, until, _ in RANGES]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    with GraphStore(folder / "store") as store:
        for aid, (date, triples) in ARTICLES.items():
            text = " ".join(f"{s.label} {r} {o.label}." for s, r, o in triples)
            claims, start = [], 0
            for n, (s, r, o) in enumerate(triples):
                sentence = f"{s.label} {r} {o.label}."
                claims.append(Claim(aid, n, start, start + len(sentence), sentence, s, r, o, date=date))
                start += len(sentence) + 1
            store.put_article(Article(aid, text, date=date, source="test"), claims)
    return folder


def cli_json(*argv) -> dict | list:
    result = run_cli([*argv])
    assert (result.code, result.err) == (0, ""), result
    return json.loads(result.out)


# ---------------------------------------------------------------- the range itself
@pytest.mark.parametrize(("date", "inside"), [
    ("2025-03-01", True), ("2025-03-31", True), ("2025-02-28", False), ("2025-04-01", False),
    ("2025-03", True), ("2025-02", False), ("2025", False), (None, False), ("", False),
])
def test_daterange_contains_whole_dates_only(date, inside):
    assert DateRange.parse("2025-03-01", "2025-03-31").contains(date) is inside


@pytest.mark.parametrize(("since", "until", "date", "inside"), [
    ("2024-02-01", "2024-02-29", "2024-02", True),  # a leap February ends on the 29th
    ("2025-02-01", "2025-02-27", "2025-02", False),
    ("2025-01-01", "2025-12-31", "2025", True),
    (None, None, "1999", True),
    (None, None, None, False),
])
def test_daterange_month_and_year_ends(since, until, date, inside):
    assert DateRange.parse(since, until).contains(date) is inside


@pytest.mark.parametrize(("since", "until", "message"), [
    ("2025-13-01", None, "--since '2025-13-01' is not a date; use YYYY-MM-DD"),
    (None, "March 2025", "--until 'March 2025' is not a date; use YYYY-MM-DD"),
    ("2025-03", None, "--since '2025-03' is not a date; use YYYY-MM-DD"),
    ("2025-04-01", "2025-03-01", "--since 2025-04-01 is after --until 2025-03-01; swap them"),
])
def test_daterange_bad_dates(since, until, message):
    with pytest.raises(UsageError) as raised:
        DateRange.parse(since, until)
    assert str(raised.value) == message


def test_daterange_open_range_selects_every_claim():
    claims = [Claim("a", 0, 0, 1, "x", USA, "meetsWith", GBR, date=None)]
    assert list(DateRange().select(claims)) == claims
    assert list(DateRange.parse("2025-01-01", None).select(claims)) == []


@pytest.mark.parametrize(("since", "until", "ids"), RANGES, ids=RANGE_IDS)
def test_daterange_dated_graphs(out, since, until, ids):
    with GraphStore(out / "store", read_only=True) as store:
        graphs = dated_graphs(store, DateRange.parse(since, until))
    assert [g.value.rsplit("/", 1)[-1] for g in graphs] == ids


# ---------------------------------------------------------------- the commands
def _options(since, until) -> list[str]:
    return [*(["--since", since] if since else []), *(["--until", until] if until else [])]


@pytest.mark.parametrize(("since", "until", "ids"), RANGES, ids=RANGE_IDS)
def test_daterange_stats(out, since, until, ids):
    stats = cli_json("stats", "--json", "--out", out, *_options(since, until))
    claims = [triple for aid in ids for triple in ARTICLES[aid][1]]
    named = {entity.label for s, _r, o in claims for entity in (s, o)}
    assert (stats["articles"], stats["claims"], stats["direct_triples"]) == (len(ids), len(claims), len(claims))
    assert stats["relations"] == {r: 1 for _s, r, _o in sorted(claims, key=lambda c: c[1])}
    assert (stats["entities"], stats["entity_types"]) == (len(named), {"Country": len(named)} if named else {})
    assert stats["polarity"] == ({"positive": len(claims)} if claims else {})
    with GraphStore(out / "store", read_only=True) as store:
        assert stats["triples"] == sum(len(list(store.ox.quads_for_pattern(None, None, None, graph_iri(aid))))
                                       for aid in ids)


def test_daterange_stats_without_range_is_the_whole_graph(out):
    stats = cli_json("stats", "--json", "--out", out)
    assert (stats["articles"], stats["claims"], stats["entities"]) == (5, 6, 6)


@pytest.mark.parametrize(("since", "until", "ids"), RANGES, ids=RANGE_IDS)
def test_daterange_analyze(out, since, until, ids):
    report = cli_json("analyze", "--json", "--out", out, *_options(since, until))
    pairs = sorted(tuple(sorted((s.label, o.label))) for aid in ids for s, _r, o in ARTICLES[aid][1])
    assert sorted((d["a"], d["b"]) for d in report["dyads"]) == pairs


@pytest.mark.parametrize(("since", "until", "ids"), RANGES, ids=RANGE_IDS)
def test_daterange_query_inline(out, since, until, ids):
    rows = cli_json("query", 'SELECT ?id WHERE { ?a a rel:Article BIND(STRAFTER(STR(?a), "/article/") AS ?id) } '
                    "ORDER BY ?id",
                    "--format", "json", "--out", out, *_options(since, until))
    assert [row["id"] for row in rows] == ids


@pytest.mark.parametrize(("since", "until", "ids"), RANGES, ids=RANGE_IDS)
def test_daterange_query_saved(out, since, until, ids):
    rows = cli_json("query", "--name", "top-actors", "--format", "json", "--out", out, *_options(since, until))
    named = {entity.label for aid in ids for s, _r, o in ARTICLES[aid][1] for entity in (s, o)}
    assert {row["actor"] for row in rows} == named


@pytest.mark.parametrize("command", [["stats"], ["analyze"], ["query", "--name", "top-actors"],
                                     ["query", "SELECT * WHERE { ?s ?p ?o }"]])
@pytest.mark.parametrize(("option", "message"), [
    (["--since", "2025-02-30"], "--since '2025-02-30' is not a date; use YYYY-MM-DD"),
    (["--since", "2025-04-01", "--until", "2025-03-01"], "--since 2025-04-01 is after --until 2025-03-01; swap them"),
])
def test_daterange_cli_bad_date_is_one_line(tmp_path, command, option, message):
    result = run_cli([*command, *option, "--out", tmp_path / "nothing-built"])
    assert (result.code, result.out, result.err) == (2, "", f"relgraph: error: {message}\n")
