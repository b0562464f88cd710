"""Concurrency: one writer per graph store; readers may open it while a build writes.

Oxigraph (RocksDB) lets one process open a store for writing and holds a lock file while it does.
A second ``relgraph build`` on the same store therefore stops at once with one line naming the store
and what to do, exit 1, and leaves the store as it was. ``relgraph query`` / ``stats`` / ``export``
open the store read-only (``pyoxigraph.Store.read_only``), which takes no lock: they work while a
build writes, and see the store as it was when they opened it (whole articles only, since each
article is written in one transaction).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relgraph.cli import main
from relgraph.store import GraphStore

RELGRAPH = Path(sys.executable).with_name("relgraph")
IN_USE = ("relgraph: error: the graph store '{store}' is in use by another relgraph process; "
          "wait for it to finish or choose another --store\n")
PARAGRAPH = ("Russia signed an energy agreement with China on Monday. The Kremlin praised Beijing for its "
             "support. The European Union imposed new sanctions on Russia. Moscow criticised Brussels. ")


def _corpus(folder: Path, paragraphs: int = 1) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Energy pact\n\n" + (PARAGRAPH + "\n\n") * paragraphs, encoding="utf-8")
    (folder / "b.txt").write_text("Talks\n\nArmenia met with Azerbaijan in Ankara.\n", encoding="utf-8")
    return folder


def _relgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RELGRAPH), *args], capture_output=True, text=True, timeout=120)


def _quads(store_dir: Path) -> set[str]:
    with GraphStore(store_dir, read_only=True) as store:
        return {str(q) for q in store.quads()}


def test_concurrency_build_on_a_store_held_by_another_process_stops_with_one_line(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert _relgraph("build", str(corpus), "--out", str(out), "--quiet").returncode == 0
    before = _quads(out / "store")
    holder = GraphStore(out / "store")  # this test process is now the store's writer
    try:
        result = _relgraph("build", str(corpus), "--out", str(out), "--quiet")
    finally:
        holder.close()
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == IN_USE.format(store=out / "store")
    assert _quads(out / "store") == before


def test_concurrency_in_process_second_writer_gets_the_same_message(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture) -> None:
    store_dir = tmp_path / "store"
    with GraphStore(store_dir):
        code = main(["build", str(_corpus(tmp_path / "corpus")), "--store", str(store_dir),
                     "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 1
    assert capsys.readouterr().err == IN_USE.format(store=store_dir)


def test_concurrency_two_builds_at_once_one_refused_store_whole(tmp_path: Path) -> None:
    """A real race: a second build starts while the first (slowed by a long article) still runs."""
    corpus = _corpus(tmp_path / "corpus", paragraphs=150)
    out = tmp_path / "out"
    first = subprocess.Popen([str(RELGRAPH), "build", str(corpus), "--out", str(out), "--quiet"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out / "store" / "LOCK").exists():  # the first build has opened its store
        assert first.poll() is None and time.monotonic() < deadline, first.stderr.read() if first.stderr else ""
        time.sleep(0.05)

    second = _relgraph("build", str(corpus), "--out", str(out), "--quiet")
    reader = _relgraph("stats", "--out", str(out), "--json")
    still_running = first.poll() is None
    _, first_err = first.communicate(timeout=180)

    assert still_running, "the first build ended before the second started; make its corpus longer"
    assert (second.returncode, second.stderr) == (1, IN_USE.format(store=out / "store"))
    assert "Traceback" not in second.stderr
    assert first.returncode == 0, first_err
    # The read-only opener worked during the build and saw a consistent subset of the final graph.
    assert reader.returncode == 0, reader.stderr
    during = json.loads(reader.stdout)
    after = json.loads(_relgraph("stats", "--out", str(out), "--json").stdout)
    assert during["articles"] <= after["articles"] == 2
    assert during["claims"] <= after["claims"]


def test_concurrency_readers_work_while_the_store_is_held_for_writing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert _relgraph("build", str(corpus), "--out", str(out), "--quiet").returncode == 0
    with GraphStore(out / "store"):  # a writer holds the lock
        query = _relgraph("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a rel:Article }", "--out", str(out),
                          "--format", "json")
        stats = _relgraph("stats", "--out", str(out), "--json")
    assert query.returncode == 0, query.stderr
    assert '"2"' in query.stdout or ": 2" in query.stdout
    assert (stats.returncode, json.loads(stats.stdout)["articles"]) == (0, 2)


def test_concurrency_reader_sees_whole_articles_written_after_it_opened_only_on_reopen(tmp_path: Path) -> None:
    from relgraph.records import Article

    store_dir = tmp_path / "store"
    writer = GraphStore(store_dir)
    writer.put_article(Article(id="one", text="First."), [])
    writer.flush()
    reader = GraphStore(store_dir, read_only=True)
    writer.put_article(Article(id="two", text="Second."), [])
    writer.flush()
    assert reader.article_ids() == ["one"]  # a snapshot of the store as it was when opened
    assert GraphStore(store_dir, read_only=True).article_ids() == ["one", "two"]
    reader.close()
    writer.close()
