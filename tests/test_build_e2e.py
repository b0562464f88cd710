"""End to end: `relgraph build corpus ../shared/seeds --out TMP`, its files and report, then `relgraph query`."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import CORPUS, DATA, SEEDS, Built
from relgraph.export import FORMATS
from relgraph.readers import iter_articles

EXPECTED_FILES = ["graph.ttl", "graph.trig", "graph.nq", "graph.jsonld", "claims.jsonl", "events.csv",
                  "graph.graphml", "graph.gexf", "graph.html"]
SUMMARY = re.compile(r"articles: (\d+) read, (\d+) unchanged; claims: (\d+) new; entities: (\d+); "
                     r"triples: (\d+)")
ONE_CHINA_QUERY = DATA / "one_china_supporters.rq"


@pytest.fixture(scope="module")
def article_count() -> int:
    return len(list(iter_articles([CORPUS, SEEDS])))


def test_build_e2e_writes_every_output(built: Built):
    assert sorted(FORMATS.values()) == sorted(EXPECTED_FILES)
    for name in EXPECTED_FILES + ["report.json"]:
        path = built.out / name
        assert path.is_file() and path.stat().st_size > 0, name
    assert (built.out / "store").is_dir()
    assert sorted(p.name for p in built.out.iterdir() if p.name.startswith(".")) == []  # no temp files left


def test_build_e2e_prints_what_it_built(built: Built, article_count):
    lines = built.result.out.splitlines()
    match = SUMMARY.fullmatch(lines[0])
    assert match, lines[0]
    read, unchanged, claims, entities, triples = (int(g) for g in match.groups())
    assert (read, unchanged) == (article_count, 0)
    assert claims > 100 and entities > 50 and triples > 1000
    wrote = [line for line in lines if line.startswith("wrote ")]
    expected = [f"wrote {built.out / name}" for name in EXPECTED_FILES]
    assert [line for line in wrote if line in expected] == expected
    assert set(wrote) - set(expected) <= {f"wrote {built.out / 'report.json'}"}
    assert lines[-1] == f"open the graph: file://{(built.out / 'graph.html').resolve()}"
    assert built.result.err == ""


def test_build_e2e_report_agrees_with_the_summary(built: Built, article_count):
    report = json.loads((built.out / "report.json").read_text(encoding="utf-8"))
    read, unchanged, claims, entities, triples = (int(g) for g in SUMMARY.match(built.result.out).groups())
    assert (report["articles_processed"], report["articles_unchanged"], report["claims_extracted"],
            report["entities"], report["triples"]) == (read, unchanged, claims, entities, triples)
    assert report["problems"] == []
    assert report["outputs"] == [str(built.out / name) for name in EXPECTED_FILES]
    claim_lines = (built.out / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(claim_lines) == claims


def test_build_e2e_one_china_query_finds_russia(cli, built: Built):
    result = cli(["query", ONE_CHINA_QUERY, "--out", built.out, "--format", "json"])
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    russia = [row for row in rows if row["actor"] == "Russia"]
    assert len(russia) == 1, rows  # each actor once, with its number of claims
    assert russia[0]["claims"] == 1  # a number in JSON
    assert russia[0]["evidence"].startswith("Russia reaffirmed its adherence to the One-China policy, ")


def test_build_e2e_one_china_query_as_table(cli, built: Built):
    result = cli(["query", ONE_CHINA_QUERY, "--out", built.out])
    assert result.code == 0, result.err
    header, rule, *rows, count = result.out.splitlines()
    assert header.split() == ["actor", "claims", "evidence"]
    assert any(row.startswith("Russia ") for row in rows)
    assert re.fullmatch(r"\(\d+ rows?\)", count)


def test_build_e2e_rebuild_unchanged_does_no_work(cli, built: Built, tmp_path, article_count):
    """A second build over the same corpus finds every article unchanged and keeps the same graph."""
    out = tmp_path / "output"
    shutil.copytree(built.out, out)
    result = cli(["build", CORPUS, SEEDS, "--out", out, "--quiet", "--format", "nq"])
    assert result.code == 0, result.err
    read, unchanged, claims, _entities, _triples = (int(g) for g in SUMMARY.match(result.out).groups())
    assert (read, unchanged, claims) == (0, article_count, 0)
    assert (out / "graph.nq").read_bytes() == (built.out / "graph.nq").read_bytes()
