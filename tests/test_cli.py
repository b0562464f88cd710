"""The command line: help everywhere, one-line errors with exit 1 (runtime) or 2 (usage), eval and stats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, SEED_GOLD
from relgraph import __version__
from relgraph.cli import cli as group
from relgraph.export import FORMATS
from relgraph.readers import READERS
from relgraph.readers.jsonl import OPTIONAL_FIELDS
from relgraph.readers.text import FRONT_MATTER_KEYS

FORMAT_NAMES = ", ".join(sorted(FORMATS))
README = (ROOT / "README.md").read_text(encoding="utf-8")


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


def _readme_section(title: str) -> str:
    """The README's section under the heading that starts with ``title``, up to the next heading."""
    match = re.search(rf"^#+ {re.escape(title)}.*?\n(.*?)(?=^#)", README, re.MULTILINE | re.DOTALL)
    assert match, title
    return match.group(1)


@pytest.mark.parametrize("name", sorted(group.commands))
def test_cli_help_cites_only_files_of_the_repository(cli, name):
    text = cli([name, "--help"]).out
    for cited in re.findall(r"\b[\w-]+\.md\b", text):
        assert (ROOT / cited).is_file(), f"'relgraph {name} --help' cites {cited}, not in the repository"
    for section in re.findall(r'README\.md, "([^"]+)"', " ".join(text.split())):
        _readme_section(section)


def test_cli_extract_help_points_at_the_readme_for_claims_jsonl(cli):
    text = " ".join(cli(["extract", "--help"]).out.split())
    assert 'Claims as JSON lines (one object a claim, the lines of claims.jsonl: README.md, "What comes out")' in text
    assert "A line of `claims.jsonl`" in _readme_section("What comes out")


# What README's "Input formats" documents, each of which every command reading articles tells in its help.
INPUT_WORDS = ([f"{suffix}" for suffix in sorted(READERS)] + [f"'{key}:'" for key in FRONT_MATTER_KEYS]
               + [f'"{field}"' for field in ("id", "text", "date", *OPTIONAL_FIELDS)])


@pytest.mark.parametrize("command", ["build", "extract"])
@pytest.mark.parametrize("word", INPUT_WORDS)
def test_cli_help_documents_the_input_formats_as_the_readme(cli, command, word):
    readme = _readme_section("Input formats")
    assert word in " ".join(cli([command, "--help"]).out.split())
    assert f"`{word.strip(chr(39))}`" in readme or word in readme, f"README's Input formats lacks {word}"


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


@pytest.mark.parametrize("command", ["build", "extract"])
@pytest.mark.parametrize("url", ["https://example.org/a", "http://example.org/news/a.html", "HTTPS://EXAMPLE.ORG",
                                 "ftp://example.org/a.txt", "file:///tmp/a.txt"])
def test_cli_url_input_error(cli, tmp_path, command, url):
    line = _one_line_error(cli([command, url, "--out", tmp_path / "out"] if command == "build" else [command, url]), 2)
    assert line == (f"relgraph: error: {url!r} is a URL; relgraph reads files, not URLs: save the page "
                    "(e.g. as page.html) and give that file")
    assert not (tmp_path / "out").exists()


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
SET_ROW = re.compile(r"(\S+)\s+(\d\.\d{3}|–)\s+(\d\.\d{3}|–)\s+(\d\.\d{3}|–)\s+(\d+)\s+(\d+)\s+(\d+)"
                     r"\s+(\d+)\s+(\d+)")


def _set_rows(out: str) -> dict[str, tuple]:
    """The first table of an eval report: one row per gold set."""
    lines = out.splitlines()
    assert lines[0].split() == ["P", "R", "F1", "req", "found", "fp", "must-not", "articles"], lines[0]
    rows = {}
    for line in lines[1:]:
        if not line.strip():
            break
        match = SET_ROW.fullmatch(line)
        assert match, line
        rows[match.group(1)] = match.groups()[1:]
    return rows


@pytest.fixture(scope="module", params=["seed", "planted"])
def eval_result(request, cli, tmp_path_factory):
    gold = SEED_GOLD
    if request.param == "planted":
        gold = tmp_path_factory.mktemp("gold") / "planted.json"
        gold.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    return cli(["eval", gold]), gold


def test_cli_eval_prints_scores_misses_and_hits(eval_result):
    result, gold = eval_result
    (p, r, f1, required, found, _fp, hits, articles), = _set_rows(result.out).values()
    required, found, hits = int(required), int(found), int(hits)
    assert r == f"{found / required:.3f}" and int(articles) == 1
    if p not in ("–", "0.000") and r != "0.000":
        assert float(f1) == pytest.approx(2 * float(p) * float(r) / (float(p) + float(r)), abs=2e-3)
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


def test_cli_eval_has_the_kind_and_relation_tables(eval_result):
    result, _gold = eval_result
    assert re.search(r"^per kind\n\s+P\s+R\s+F1\s+req\s+found\s+fp\nevent\s", result.out, re.MULTILINE)
    assert re.search(r"^per relation$", result.out, re.MULTILINE)
    assert re.search(r"^supports\s+(\d\.\d{3}|–)\s+(\d\.\d{3}|–)\s", result.out, re.MULTILINE)


def test_cli_eval_json_agrees_with_text(cli, eval_result):
    result, gold = eval_result
    report = json.loads(cli(["eval", gold, "--json"]).out)[Path(gold).stem]
    (p, r, *_rest), = _set_rows(result.out).values()
    assert p == ("–" if report["precision"] is None else f"{report['precision']:.3f}")
    assert r == f"{report['recall']:.3f}"
    assert set(report["per_kind"]) <= {"event", "structure"}


def test_cli_eval_planted_gold_report(cli, tmp_path):
    gold = tmp_path / "planted.json"
    gold.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    result = cli(["eval", gold])
    assert result.code == 1
    assert _set_rows(result.out) == {"planted": ("0.000", "0.000", "0.000", "1", "0", "1", "1", "1")}
    assert "\nmisses (1):\n  [planted] China supports Russia  (never said)\n" in result.out
    assert "\nMUST-NOT HITS (1):\n  [planted] Russia praises China  (a planted must-not)  ← Russia praised China." \
        in result.out


NO_REQUIRED_GOLD = {  # claims that are only optional: nothing is required, so there is no recall
    "format": "relgraph-gold/1",
    "articles": [{
        "id": "optional", "text": "Russia praised China.",
        "claims": [{"subject": ["Russia"], "relation": ["praises"], "object": ["China"], "required": False}],
    }],
}


def test_cli_eval_no_recall_without_required_claims(cli, tmp_path):
    """A relation (or set) with no required claim shows "–" for recall and F1, null in JSON."""
    planted = tmp_path / "planted.json"
    planted.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    relations = cli(["eval", planted]).out.split("\nper relation\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert relations[1:] == [
        "praises                 0.000      –      –     0     0     1",  # predicted, never required
        "supports                    –  0.000      –     1     0     0",  # required, never predicted
    ]
    per_relation = json.loads(cli(["eval", planted, "--json"]).out)["planted"]["per_relation"]
    assert {k: (v["precision"], v["recall"], v["f1"]) for k, v in per_relation.items()} == {
        "praises": (0.0, None, None), "supports": (None, 0.0, None)}
    optional = tmp_path / "optional.json"
    optional.write_text(json.dumps(NO_REQUIRED_GOLD), encoding="utf-8")
    assert _set_rows(cli(["eval", optional]).out) == {"optional": ("1.000", "–", "–", "0", "0", "0", "0", "1")}
    row = cli(["eval", optional, "--markdown"]).out.splitlines()[2]
    assert row.startswith("| `optional` | 1.00 | – | – | 0 | 0 | 0 | 0 | ")  # then the calibration error


def test_cli_eval_several_sets_one_table(cli, tmp_path):
    """Two gold files give one row each; errors are listed only when asked for."""
    planted = tmp_path / "planted.json"
    planted.write_text(json.dumps(PLANTED_GOLD), encoding="utf-8")
    result = cli(["eval", SEED_GOLD, planted])
    assert list(_set_rows(result.out)) == ["seed_gold", "planted"]
    assert "misses (" not in result.out and "per kind — planted" in result.out
    assert "planted: misses (1):" in cli(["eval", SEED_GOLD, planted, "--errors"]).out


def test_cli_agreement_of_a_file_with_itself_is_one(cli):
    result = cli(["agreement", SEED_GOLD, SEED_GOLD])
    assert result.code == 0, result.err
    assert re.match(r"all claims\s+F1 1\.000 ", result.out)


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


@pytest.mark.parametrize(("since", "until"), [("2025-07-01", "2025-07-31"), ("2025-11-01", None),
                                              (None, "2025-06-30")])
def test_cli_stats_and_analyze_since_until(cli, built, built_store, since, until):
    from relgraph.daterange import DateRange
    from relgraph.store.read import claims as read_claims

    options = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    dated = list(DateRange.parse(since, until).select(read_claims(built_store)))
    assert dated
    stats = json.loads(cli(["stats", "--json", "--out", built.out, *options]).out)
    assert (stats["articles"], stats["claims"]) == (len({c.article for c in dated}), len(dated))
    assert sum(stats["relations"].values()) == len(dated)
    dyads = json.loads(cli(["analyze", "--json", "--top", "10000", "--out", built.out, *options]).out)["dyads"]
    assert sum(d["claims"] for d in dyads) <= len(dated)
    assert {name for d in dyads for name in (d["a"], d["b"])} <= {e.label for c in dated for e in (c.subject, c.object)}


def test_cli_export_to_stdout(cli, built):
    result = cli(["export", "ttl", "-o", "-", "--out", built.out])
    assert result.code == 0, result.err
    assert result.out == (built.out / FORMATS["ttl"]).read_text(encoding="utf-8")


def test_cli_export_writes_file(cli, built, tmp_path):
    target = tmp_path / "claims.jsonl"
    result = cli(["export", "jsonl", "-o", target, "--out", built.out])
    assert (result.code, result.out) == (0, f"wrote {target}\n")
    assert target.read_bytes() == (built.out / FORMATS["jsonl"]).read_bytes()


def test_cli_query_json_prints_numbers_as_numbers(cli, built):
    out = cli(["query", "SELECT (COUNT(?c) AS ?n) (AVG(?conf) AS ?avg) (STR(COUNT(?c)) AS ?text) WHERE "
                        "{ ?c rel:confidence ?conf }", "--format", "json", "--out", built.out]).out
    (row,) = json.loads(out)
    assert isinstance(row["n"], int) and isinstance(row["avg"], float) and row["text"] == str(row["n"])
    assert json.loads(cli(["query", "ASK { ?s ?p ?o }", "--format", "json", "--out", built.out]).out) == [{"ask": True}]


def test_cli_rules_lists_every_rule_with_its_confidence(cli):
    from relgraph.extract import RULES

    lines = cli(["rules"]).out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(RULES)
    assert all(f"{RULES[line.split()[0]][0]:.2f}" == line.split()[1] for line in lines)


def test_cli_analyze_fold_leaves_no_state_agent_among_the_actors(cli, built):
    plain = json.loads(cli(["analyze", "--json", "--top", "200", "--out", built.out]).out)
    folded = json.loads(cli(["analyze", "--json", "--top", "200", "--fold", "--out", built.out]).out)
    agents = [r["key"] for r in plain["degree"] if r["key"].startswith("actor/")
              and r["key"].split("/")[2] in ("government", "military", "police", "diplomats")]
    assert agents, "the sample corpus names state agents"
    assert not [r for r in folded["degree"] if r["key"] in agents]


def test_cli_analyze_plot_writes_the_balance_chart(cli, built, tmp_path):
    path = tmp_path / "balance.png"
    result = cli(["analyze", "--top", "3", "--out", built.out, "--plot", path])
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == f"wrote {path}"
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    as_json = cli(["analyze", "--json", "--out", built.out, "--plot", tmp_path / "again.png"])
    assert json.loads(as_json.out)["dyads"] and as_json.err == f"wrote {tmp_path / 'again.png'}\n"


@pytest.mark.parametrize("name, message", [
    ("missing/balance.png", "relgraph: error: the folder '{tmp}/missing' of '{tmp}/missing/balance.png' does "
                            "not exist; create it first or write elsewhere"),
    ("balance.svg", "relgraph: error: the chart is a PNG; give a path ending in .png, not '{tmp}/balance.svg'"),
])
def test_cli_analyze_plot_bad_path_is_one_line(cli, built, tmp_path, name, message):
    assert _one_line_error(cli(["analyze", "--out", built.out, "--plot", tmp_path / name]), 2) == \
        message.format(tmp=tmp_path)
