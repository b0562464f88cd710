"""Concurrency: one writer per graph store, or any number of readers, never both.

Oxigraph (RocksDB) lets one process open a store for writing and holds a lock on its ``LOCK`` file
while it does, so a second ``relgraph build`` on the same store stops at once with one line naming the
store and what to do (exit 1) and leaves the store as it was. Oxigraph's read-only opener takes no
lock, and its documentation calls reading while another process writes undefined behaviour (RocksDB
deletes files a reader may still need: seen here as "Corruption ... .sst: No such file" errors). So
``GraphStore(read_only=True)`` — behind ``relgraph query`` / ``stats`` / ``export`` / ``validate`` —
holds a shared lock on ``LOCK``: readers get the same one-line "in use" error while a build writes,
a build gets it while readers read, and readers share the store with each other.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relgraph.cli import main
from relgraph.errors import StoreError
from relgraph.records import Article
from relgraph.store import GraphStore

RELGRAPH = Path(sys.executable).with_name("relgraph")
IN_USE = ("relgraph: error: the graph store '{store}' is in use by another relgraph process; "
          "wait for it to finish or choose another --store\n")
PARAGRAPH = ("Russia signed an energy agreement with China on Monday. The Kremlin praised Beijing for its "
             "support. The European Union imposed new sanctions on Russia. Moscow criticised Brussels. ")
COUNT_ARTICLES = "SELECT (COUNT(*) AS ?n) WHERE { ?a a rel:Article }"


def _corpus(folder: Path, paragraphs: int = 1) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Energy pact\n\n" + (PARAGRAPH + "\n\n") * paragraphs, encoding="utf-8")
    (folder / "b.txt").write_text("Talks\n\nArmenia met with Azerbaijan in Ankara.\n", encoding="utf-8")
    return folder


def _relgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RELGRAPH), *args], capture_output=True, text=True, timeout=180)


def _quads(store_dir: Path) -> set[str]:
    with GraphStore(store_dir, read_only=True) as store:
        return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder built from a two-article corpus (shared: the tests only read it or fail to write)."""
    root = tmp_path_factory.mktemp("built")
    out = root / "out"
    result = _relgraph("build", str(_corpus(root / "corpus")), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


READERS = {
    "query": ["query", COUNT_ARTICLES, "--format", "csv"],
    "stats": ["stats", "--json"],
    "export": ["export", "nq", "-o", "-"],
}


@pytest.mark.parametrize("command", ["build", *READERS])
def test_concurrency_command_on_a_store_being_written_stops_with_one_line(built: Path, command: str) -> None:
    before = _quads(built / "store")
    args = ["build", str(built.parent / "corpus"), "--quiet"] if command == "build" else READERS[command]
    with GraphStore(built / "store"):  # this test process is now the store's writer
        result = _relgraph(*args, "--out", str(built))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", IN_USE.format(store=built / "store"))
    assert _quads(built / "store") == before


def test_concurrency_build_on_a_store_being_read_stops_with_one_line(built: Path) -> None:
    before = _quads(built / "store")
    with GraphStore(built / "store", read_only=True) as reader:
        result = _relgraph("build", str(built.parent / "corpus"), "--out", str(built), "--quiet")
        assert reader.article_ids() == sorted(reader.article_ids()) and len(reader.article_ids()) == 2
    assert (result.returncode, result.stderr) == (1, IN_USE.format(store=built / "store"))
    assert _quads(built / "store") == before


def test_concurrency_readers_share_the_store(built: Path) -> None:
    with GraphStore(built / "store", read_only=True) as first:
        query = _relgraph(*READERS["query"], "--out", str(built))
        stats = _relgraph(*READERS["stats"], "--out", str(built))
        assert len(first.article_ids()) == 2
    assert (query.returncode, query.stdout.split()) == (0, ["n", "2"])
    assert (stats.returncode, json.loads(stats.stdout)["articles"]) == (0, 2)


def test_concurrency_in_process_second_writer_gets_the_same_message(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture) -> None:
    store_dir = tmp_path / "store"
    with GraphStore(store_dir):
        code = main(["build", str(_corpus(tmp_path / "corpus")), "--store", str(store_dir),
                     "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 1
    assert capsys.readouterr().err == IN_USE.format(store=store_dir)


def test_concurrency_in_process_reader_of_a_store_open_for_writing_is_refused(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    with GraphStore(store_dir) as writer:
        writer.put_article(Article(id="one", text="First."), [])
        with pytest.raises(StoreError) as raised:
            GraphStore(store_dir, read_only=True)
    assert str(raised.value) == (f"the graph store '{store_dir}' is open for writing in this process; "
                                 "read it through that store")
    with GraphStore(store_dir, read_only=True) as reader:  # closed: readable again
        assert reader.article_ids() == ["one"]


def test_concurrency_two_builds_at_once_one_refused_store_whole(tmp_path: Path) -> None:
    """A real race: a second build and a reader start while the first build (slowed by a long article) runs."""
    corpus = _corpus(tmp_path / "corpus", paragraphs=120)
    out = tmp_path / "out"
    first = subprocess.Popen([str(RELGRAPH), "build", str(corpus), "--out", str(out), "--quiet"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out / "store" / "CURRENT").exists():  # the first build has opened its store
        assert first.poll() is None and time.monotonic() < deadline, "the first build never opened its store"
        time.sleep(0.05)

    second = _relgraph("build", str(corpus), "--out", str(out), "--quiet")
    reader = _relgraph(*READERS["stats"], "--out", str(out))
    still_running = first.poll() is None
    _, first_err = first.communicate(timeout=180)

    assert still_running, "the first build ended before the second started; make its corpus longer"
    assert (second.returncode, second.stderr) == (1, IN_USE.format(store=out / "store"))
    assert (reader.returncode, reader.stderr) == (1, IN_USE.format(store=out / "store"))
    assert first.returncode == 0, first_err
    after = json.loads(_relgraph(*READERS["stats"], "--out", str(out)).stdout)
    assert after["articles"] == 2 and after["claims"] > 0
