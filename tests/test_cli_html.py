"""``relgraph html``: options select what the page shows; bad values are one-line errors."""

from __future__ import annotations

import json
import re

import pytest

from relgraph.cli import main


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    blob = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(blob)


def test_cli_html_focus_and_relations_narrow_the_page(built, tmp_path):
    everything, narrowed = tmp_path / "all.html", tmp_path / "russia.html"
    assert main(["html", "--out", str(built.out), "-o", str(everything)]) == 0
    assert main(["html", "--out", str(built.out), "-o", str(narrowed), "--focus", "Russia",
                 "--relations", "supports,praises"]) == 0
    full, focused = page_data(everything), page_data(narrowed)
    assert 0 < len(focused["nodes"]) < len(full["nodes"])
    assert {e["relation"] for e in focused["edges"]} <= {"supports", "praises"}
    assert "Russia" in {n["label"] for n in focused["nodes"]}


@pytest.mark.parametrize("focus", ["RUS", "Q159", "Russian Federation", "moscow", "the Kremlin", "RUSSIA"])
def test_cli_html_focus_takes_codes_aliases_and_capitals(built, tmp_path, focus):
    by_label, page = tmp_path / "label.html", tmp_path / "page.html"
    assert main(["html", "--out", str(built.out), "-o", str(by_label), "--focus", "Russia"]) == 0
    assert main(["html", "--out", str(built.out), "-o", str(page), "--focus", focus]) == 0
    data = page_data(page)
    assert data["focus"] == "https://w3id.org/relgraph/id/country/RUS"
    assert data["nodes"] == page_data(by_label)["nodes"]


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2025-13-01"], "relgraph: error: --since '2025-13-01' is not a date; use YYYY-MM-DD"),
    (["--relations", "fights"], "relgraph: error: unknown relation 'fights'; choose one of: "),
    (["--focus", "Atlantis"], "relgraph: error: unknown actor 'Atlantis' for --focus; try one of: "),  # the best-connected actors
    (["--focus", "Cambodja"], "relgraph: error: unknown actor 'Cambodja' for --focus; try one of: Cambodia"),
])
def test_cli_html_bad_option_is_one_line(built, tmp_path, capsys, args, message):
    assert main(["html", "--out", str(built.out), "-o", str(tmp_path / "x.html"), *args]) in (1, 2)
    err = capsys.readouterr().err.strip()
    assert err.startswith(message) and "\n" not in err


def test_cli_html_fold_and_min_confidence_set_the_page_defaults(built, tmp_path):
    default, custom = tmp_path / "default.html", tmp_path / "custom.html"
    assert main(["html", "--out", str(built.out), "-o", str(default)]) == 0
    assert main(["html", "--out", str(built.out), "-o", str(custom), "--no-fold", "--min-confidence", "0.5"]) == 0
    from relgraph.verify.model import load_verifier

    first, second = page_data(default), page_data(custom)
    assert (first["fold"], first["minConfidence"]) == (True, load_verifier().threshold)
    assert (second["fold"], second["minConfidence"]) == (False, 0.5)
    assert any(n["fold"] for n in first["nodes"])


def test_cli_html_build_page_starts_at_the_builds_threshold(tmp_path):
    """The page a build writes opens its confidence slider at that build's --min-confidence."""
    (tmp_path / "a.txt").write_text("Russia attacked Ukraine on Monday.", encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--min-confidence", "0.4",
                 "-q"]) == 0
    assert page_data(tmp_path / "out" / "graph.html")["minConfidence"] == 0.4
