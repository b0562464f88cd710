"""The command line: help everywhere, one-line errors with exit 1 (runtime) or 2 (usage), eval and stats."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SEED_GOLD
from relgraph import __version__
from relgraph.cli import cli as group
from relgraph.export import FORMATS

FORMAT_NAMES = ", ".join(sorted(FORMATS))


def _one_line_error(result, code: int) -> str:
    """The single stderr line of a failed run (and nothing on stdout, no traceback)."""
    assert result.code == code, result
    assert "Traceback" not in result.err
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


@pytest.mark.parametrize("name", sorted(group.commands))
def test_cli_help_on_every_command(cli, name):
    result = cli([name, "--help"])
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith(f"Usage: relgraph {name} ")
    assert group.commands[name].get_short_help_str() != ""


def test_cli_help_lists_every_command(cli):
    result = cli(["--help"])
    assert result.code == 0
    for name in group.commands:
        assert re.search(rf"^  {name} ", result.out, re.MULTILINE), name


def test_cli_version(cli):
    assert cli(["--version"]).out == f"relgraph, version {__version__}\n"


# ---------------------------------------------------------------- runtime errors: exit 1
@pytest.mark.parametrize("command", [["stats"], ["export", "ttl"], ["validate"], ["analyze"],
                                     ["query", "SELECT * WHERE { ?s ?p ?o }"]])
def test_cli_missing_store_error(cli, tmp_path, command):
    missing = tmp_path / "nothing-built"
    line = _one_line_error(cli([*command, "--out", missing]), 1)
    assert line == f"relgraph: error: no graph store at '{missing / 'store'}'; run 'relgraph build' first"
    assert not missing.exists()


def test_cli_bad_sparql_error(cli, built):
    line = _one_line_error(cli(["query", "SELEC ?x WHERE { ?x ?p ?o }", "--out", built.out]), 1)
    assert line.startswith("relgraph: error: the SPARQL query does not parse: ")


def test_cli_missing_query_file_error(cli, built, tmp_path):
    line = _one_line_error(cli(["query", tmp_path / "absent.rq", "--out", built.out]), 1)
    assert line == (f"relgraph: error: no query file at '{tmp_path / 'absent.rq'}'; "
                    "give SPARQL text or an existing .rq file")


def test_cli_missing_input_error(cli, tmp_path):
    line = _one_line_error(cli(["extract", tmp_path / "absent.txt"]), 1)
    assert line == (f"relgraph: error: no such file or folder: '{tmp_path / 'absent.txt'}'; "
                    "give an article file, a folder, or a .jsonl file")


def test_cli_missing_gold_error(cli, tmp_path):
    line = _one_line_error(cli(["eval", tmp_path / "gold.json"]), 1)
    assert line == f"relgraph: error: no gold file at '{tmp_path / 'gold.json'}'; give a relgraph-gold/1 JSON file"


# ---------------------------------------------------------------- usage errors: exit 2
USAGE_ERRORS = [
    (["export", "xml"], f"unknown format 'xml'; choose one of: {FORMAT_NAMES}"),
    (["export"], f"missing argument 'FORMAT'. Choose from: {FORMAT_NAMES} (see 'relgraph export --help')"),
    (["build"], "missing argument 'INPUTS...' (see 'relgraph build --help')"),
    (["stats", "--zzz"], "no such option '--zzz' (see 'relgraph stats --help')"),
    (["frobnicate"], "no such command 'frobnicate' (see 'relgraph --help')"),
    (["query"], "give SPARQL text or a .rq file, or --name NAME for a saved query (--list shows them)"),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_cli_usage_error(cli, argv, message):
    assert _one_line_error(cli(argv), 2) == f"relgraph: error: {message}"


# ---------------------------------------------------------------- eval
PLANTED_GOLD = {  # one claim the text never states (a miss) and one must-not that it does state (a hit)
    "format": "relgraph-gold/1",
    "articles": [{
        "id": "planted", "text": "Russia praised China.",
        "claims": [{"subject": ["China"], "relation": ["supports"], "object": ["Russia"], "why": "never said"}],
        "must_not": [{"subject": ["Russia"], "relation": ["praises"], "object": ["China"],
                      "why": "a planted must-not"}],
    }],
}
SCORE_LINE = re.compile(r"precision (\d\.\d{3})  recall (\d\.\d{3})  F1 (\d\.\d{3})  \(required (\d+), "
                        r"found (\d+), false positives (\d+), must-not hits (\d+)\)")


@pytest.fixture(scope="module", params=["seed", "planted"])
def eval_result(request, cli, tmp_path_factory):
    gold = SEED_GOLD
    if request.param == "planted":
        gold = tmp_path_factory.mktemp("gold") / "planted.json"
        gold.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    return cli(["eval", gold]), gold


def test_cli_eval_prints_scores_misses_and_hits(eval_result):
    result, _gold = eval_result
    first = result.out.splitlines()[0]
    match = SCORE_LINE.fullmatch(first)
    assert match, first
    precision, recall, f1 = (float(g) for g in match.groups()[:3])
    required, found, _fp, hits = (int(g) for g in match.groups()[3:])
    assert 0 <= precision <= 1 and recall == pytest.approx(found / required, abs=1e-3)
    if precision + recall:
        assert f1 == pytest.approx(2 * precision * recall / (precision + recall), abs=2e-3)
    misses = re.search(r"^misses \((\d+)\):$", result.out, re.MULTILINE)
    assert (misses is not None) == (found < required)
    if misses:
        assert int(misses.group(1)) == required - found
    hit_section = re.search(r"^MUST-NOT HITS \((\d+)\):$", result.out, re.MULTILINE)
    assert (hit_section is not None) == (hits > 0)
    if hit_section:
        assert int(hit_section.group(1)) == hits
    assert result.code == (1 if hits else 0)
    assert "Traceback" not in result.err


def test_cli_eval_has_the_relation_table(eval_result):
    result, _gold = eval_result
    assert re.search(r"^relation\s+P\s+R\s+req\s+fp$", result.out, re.MULTILINE)
    assert re.search(r"^supports\s+\d\.\d\d\s+\d\.\d\d\s+\d+\s+\d+$", result.out, re.MULTILINE)


def test_cli_eval_json_agrees_with_text(cli, eval_result):
    result, gold = eval_result
    report = json.loads(cli(["eval", gold, "--json"]).out)
    assert f"precision {report['precision']:.3f}  recall {report['recall']:.3f}" in result.out
    assert f"must-not hits {report['must_not_hits']})" in result.out


def test_cli_eval_planted_gold_report(cli, tmp_path):
    gold = tmp_path / "planted.json"
    gold.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    result = cli(["eval", gold])
    assert result.code == 1
    assert result.out.splitlines()[0] == ("precision 0.000  recall 0.000  F1 0.000  (required 1, found 0, "
                                          "false positives 1, must-not hits 1)")
    assert "\nmisses (1):\n  [planted] " in result.out
    assert "\nMUST-NOT HITS (1):\n  [planted] Russia praises China  (a planted must-not)" in result.out


# ---------------------------------------------------------------- stats and export
STATS_KEYS = ["articles", "claims", "direct_triples", "entities", "triples", "entity_types", "relations",
              "polarity", "modality"]


def test_cli_stats_json_keys(cli, built, built_store):
    result = cli(["stats", "--json", "--out", built.out])
    assert result.code == 0, result.err
    stats = json.loads(result.out)
    assert list(stats) == STATS_KEYS
    assert stats["articles"] == len(built_store.article_ids()) == 16
    assert stats["triples"] == len(built_store)
    assert sum(stats["relations"].values()) == stats["claims"]
    assert sum(stats["polarity"].values()) == stats["claims"] == sum(stats["modality"].values())
    assert set(stats["polarity"]) <= {"positive", "negative"}
    assert stats["direct_triples"] <= stats["claims"]


def test_cli_stats_text(cli, built):
    result = cli(["stats", "--out", built.out])
    assert result.code == 0
    assert re.search(r"^articles\s+16$", result.out, re.MULTILINE)
    assert "relations:" in result.out


def test_cli_export_to_stdout(cli, built):
    result = cli(["export", "ttl", "-o", "-", "--out", built.out])
    assert result.code == 0, result.err
    assert result.out == (built.out / FORMATS["ttl"]).read_text(encoding="utf-8")


def test_cli_export_writes_file(cli, built, tmp_path):
    target = tmp_path / "claims.jsonl"
    result = cli(["export", "jsonl", "-o", target, "--out", built.out])
    assert (result.code, result.out) == (0, f"wrote {target}\n")
    assert target.read_bytes() == (built.out / FORMATS["jsonl"]).read_bytes()
