"""Incremental and resumable builds: unchanged re-runs do nothing, changes touch only their article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from relgraph.build import STATE_FILE, BuildOptions, build
from relgraph.store import GraphStore

TEXTS = {
    "a": "Russia praised China for its support.",
    "b": "France condemned Iran after the talks.",
    "c": "Germany signed an agreement with India.",
    "d": "Japan criticised North Korea over the launch.",
}
FORMATS = ("nq", "jsonl")


def write(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for key, text in texts.items():
        (folder / f"{key}.md").write_text(f"---\nid: {key}\ndate: 2025-11-04\n---\n{text}\n", encoding="utf-8")


def run(corpus: Path, out: Path, on_article=None, prune: bool = False):
    ids: list[str] = []

    def record(article, n):
        ids.append(article.id)
        if on_article is not None:
            on_article(article, n)

    summary = build([corpus], BuildOptions(out_dir=out, formats=FORMATS, prune=prune), on_article=record)
    return summary, ids


def quads(out: Path, graph: str | None = None) -> set[str]:
    with GraphStore(out / "store", read_only=True) as store:
        return {str(q) for q in store.quads() if graph is None or f"/graph/{graph}>" in str(q.graph_name)}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path]:
    """A corpus and its uninterrupted build."""
    base = tmp_path_factory.mktemp("reference")
    write(base / "corpus", TEXTS)
    run(base / "corpus", base / "out")
    return base / "corpus", base / "out"


def test_incremental_unchanged_rerun_extracts_nothing_and_keeps_every_quad(reference, tmp_path):
    corpus, ref_out = reference
    out = tmp_path / "out"
    first, ids = run(corpus, out)
    assert sorted(ids) == sorted(TEXTS) and first.claims > 0
    before = quads(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    again, ids = run(corpus, out)
    assert ids == [] and (again.articles, again.unchanged, again.claims) == (0, len(TEXTS), 0)
    assert quads(out) == before == quads(ref_out)
    exports = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file() and p.name != "report.json"}
    assert exports == {k: v for k, v in stamps.items() if k != "report.json"}  # exports not rewritten


def test_incremental_unchanged_rerun_never_loads_the_model(reference, tmp_path):
    corpus, _ = reference
    out = tmp_path / "out"
    run(corpus, out)
    script = ("import sys, time; from pathlib import Path; t = time.perf_counter();"
              "from relgraph.build import build, BuildOptions; from relgraph.nlp.model import _loaded;"
              f"s = build([{str(corpus)!r}], BuildOptions(out_dir=Path({str(out)!r}), formats={FORMATS!r}));"
              "print(s.articles, s.unchanged, _loaded.cache_info().currsize, round(time.perf_counter() - t, 2))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    articles, unchanged, models, seconds = done.stdout.split()
    assert (articles, unchanged, models) == ("0", str(len(TEXTS)), "0")
    assert float(seconds) < 10


def test_incremental_missing_export_is_written_again(reference, tmp_path):
    corpus, _ = reference
    out = tmp_path / "out"
    run(corpus, out)
    (out / "claims.jsonl").unlink()
    run(corpus, out)
    assert (out / "claims.jsonl").stat().st_size > 0
    assert (out / "store" / STATE_FILE).is_file()


@pytest.mark.parametrize("changed", ["a", "c"])
def test_incremental_changed_file_is_the_only_one_extracted(reference, tmp_path, changed):
    corpus, ref_out = reference
    mine, out = tmp_path / "corpus", tmp_path / "out"
    write(mine, TEXTS)
    run(mine, out)
    write(mine, {**TEXTS, changed: "Brazil welcomed Argentina and rejected the sanctions on Venezuela."})
    summary, ids = run(mine, out)
    assert ids == [changed] and (summary.articles, summary.unchanged) == (1, len(TEXTS) - 1)
    for other in set(TEXTS) - {changed}:
        assert quads(out, other) == quads(ref_out, other)
    new = "\n".join(quads(out, changed))
    assert "Brazil" in new and "Russia praised" not in new and "Germany signed" not in new


@pytest.mark.parametrize("removed", ["b", "d"])
def test_incremental_removed_file_is_kept_without_prune(tmp_path, removed):
    """A build adds and replaces; an article missing from the inputs stays stored and is counted."""
    mine, out = tmp_path / "corpus", tmp_path / "out"
    write(mine, TEXTS)
    run(mine, out)
    write(mine, {k: v for k, v in TEXTS.items() if k != removed})
    summary, _ids = run(mine, out)
    assert (summary.kept, summary.pruned) == (1, ())
    with GraphStore(out / "store", read_only=True) as store:
        assert store.article_ids() == sorted(TEXTS)


@pytest.mark.parametrize("removed", ["b", "d"])
def test_incremental_removed_file_with_prune_drops_only_its_graph(reference, tmp_path, removed):
    corpus, ref_out = reference
    mine, out = tmp_path / "corpus", tmp_path / "out"
    write(mine, TEXTS)
    run(mine, out)
    write(mine, {k: v for k, v in TEXTS.items() if k != removed})
    summary, ids = run(mine, out, prune=True)
    assert ids == [] and summary.articles == 0 and summary.pruned == (removed,)
    with GraphStore(out / "store", read_only=True) as store:
        assert store.article_ids() == sorted(set(TEXTS) - {removed})
    assert quads(out, removed) == set()
    for other in set(TEXTS) - {removed}:
        assert quads(out, other) == quads(ref_out, other)


class Interrupt(Exception):
    pass


@pytest.mark.parametrize("after", [1, 3])
def test_incremental_interrupted_build_resumes_to_the_same_quads(reference, tmp_path, after):
    corpus, ref_out = reference
    out = tmp_path / "out"

    def stop(article, n):
        stop.count += 1
        if stop.count == after:
            raise Interrupt(article.id)
    stop.count = 0

    with pytest.raises(Interrupt):
        run(corpus, out, on_article=stop)
    with GraphStore(out / "store", read_only=True) as store:
        assert after <= len(store.article_ids()) < len(TEXTS) or after == len(TEXTS)
    summary, ids = run(corpus, out)
    assert summary.unchanged >= after and len(ids) == len(TEXTS) - summary.unchanged
    assert quads(out) == quads(ref_out)


def test_incremental_cli_names_kept_and_pruned_articles(cli, tmp_path):
    import json

    mine, out = tmp_path / "corpus", tmp_path / "out"
    write(mine, TEXTS)
    assert cli(["build", mine, "--out", out, "-q", "--format", "nq"]).code == 0
    write(mine, {k: v for k, v in TEXTS.items() if k != "b"})
    kept = cli(["build", mine, "--out", out, "-q", "--format", "nq"])
    assert "kept 1 stored article(s) that are not in these inputs (--prune drops them)" in kept.out
    pruned = cli(["build", mine, "--out", out, "-q", "--format", "nq", "--prune"])
    assert "pruned 1 stored article(s) not in these inputs: b" in pruned.out
    assert json.loads((out / "report.json").read_text())["articles_pruned"] == ["b"]
