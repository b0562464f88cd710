"""Pushing the graph to a writable Oxigraph server: afterwards the remote holds exactly the local quads."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from relgraph.cli import main
from relgraph.errors import StoreError, UsageError
from relgraph.push import push
from relgraph.records import Article, Claim, Entity
from relgraph.server import free_port, start_server
from relgraph.store import GraphStore

pytestmark = pytest.mark.server

RU = Entity("country/RUS", "Russia", "Country", "RUS", "Q159", aliases=("the Kremlin",))
CN = Entity("country/CHN", "China", "Country", "CHN", "Q148")
# literals that need escaping on the wire: quotes, braces, a newline, a backslash, non-ASCII
TEXTS = {
    "a1": 'Russia said "we back China" } ; DROP ALL ; { today.',
    "a 2/é": "China praised Russia.\nIt said so twice \\ again — «vraiment».",
}


@pytest.fixture()
def out(tmp_path) -> Path:
    with GraphStore(tmp_path / "store") as store:
        for n, (aid, text) in enumerate(TEXTS.items()):
            s, o = (RU, CN) if n == 0 else (CN, RU)
            store.put_article(Article(aid, text, title=f"Title {n}", date="2025-05-0%d" % (n + 1)),
                              [Claim(aid, 0, 0, len(text), text, s, "supports", o)])
    return tmp_path


def local_quads(out: Path) -> set[ox.Quad]:
    with GraphStore(out / "store", read_only=True) as store:
        return set(store.quads())


def remote_quads(location: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(location)))


@pytest.mark.parametrize("method", ["update", "graph-store"])
def test_push_remote_equals_local(out, tmp_path, method):
    remote = tmp_path / "remote"
    with start_server(remote, writable=True) as server:
        with GraphStore(out / "store", read_only=True) as store:
            kwargs = {"graph_store": server.store_url} if method == "graph-store" else {}
            summary = push(store, server.update_url, **kwargs)
            summary = push(store, server.update_url, **kwargs)  # pushing again replaces, never doubles
    expected = local_quads(out)
    assert remote_quads(remote) == expected
    assert (summary.graphs, summary.quads, summary.method) == (3, len(expected), method)


def test_push_small_chunks(out, tmp_path):
    remote = tmp_path / "remote"
    with start_server(remote, writable=True) as server, GraphStore(out / "store", read_only=True) as store:
        push(store, server.update_url, chunk=3)
    assert remote_quads(remote) == local_quads(out)


def test_push_cli(out, tmp_path, capsys):
    remote = tmp_path / "remote"
    with start_server(remote, writable=True) as server:
        assert main(["push", "--endpoint", server.update_url, "--out", str(out)]) == 0
    n = len(local_quads(out))
    assert capsys.readouterr().out == f"pushed {n} triples in 3 graphs to {server.update_url} (SPARQL Update)\n"
    assert remote_quads(remote) == local_quads(out)


def test_push_to_a_read_only_server_is_refused(out, tmp_path):
    with start_server(out / "store") as server, GraphStore(out / "store", read_only=True) as store:
        with pytest.raises(StoreError, match=f"^{server.update_url} refused the push: HTTP 4"):
            push(store, server.update_url)


def test_push_unreachable(out):
    url = f"http://127.0.0.1:{free_port()}/update"
    with GraphStore(out / "store", read_only=True) as store:
        with pytest.raises(StoreError, match=f"^cannot reach {url}: .*; is the server running\\?$"):
            push(store, url)


def test_push_needs_a_target(out, capsys):
    with GraphStore(out / "store", read_only=True) as store:
        with pytest.raises(UsageError):
            push(store)
    assert main(["push", "--out", str(out)]) == 2
    assert capsys.readouterr().err == ("relgraph: error: give --endpoint URL (SPARQL Update) or --graph-store URL "
                                       "(Graph Store Protocol)\n")


@pytest.mark.parametrize("method", ["update", "graph-store"])
def test_push_second_output_merges_entity_descriptions(out, tmp_path, method):
    """Pushing another output to the same remote store keeps the first output's entity labels."""
    fr = Entity("country/FRA", "France", "Country", "FRA", "Q142")
    second = tmp_path / "second"
    with GraphStore(second / "store") as store:
        store.put_article(Article("b1", "France praised China."),
                          [Claim("b1", 0, 0, 21, "France praised China.", fr, "praises", CN)])
    remote = tmp_path / "remote"
    with start_server(remote, writable=True) as server:
        for folder in (out, second):
            with GraphStore(folder / "store", read_only=True) as store:
                kwargs = {"graph_store": server.store_url} if method == "graph-store" else {}
                push(store, server.update_url, **kwargs)
    labels = {q.object.value for q in remote_quads(remote)
              if q.predicate.value.endswith("#label") and q.graph_name.value.endswith("/entities")}
    assert {"Russia", "China", "France"} <= labels


def test_push_build_endpoint_says_what_it_pushed(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("France condemned Iran.", encoding="utf-8")
    with start_server(tmp_path / "remote", writable=True) as server:
        result = cli(["build", corpus, "--out", tmp_path / "out", "-q", "--format", "nq",
                      "--endpoint", server.update_url])
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1].startswith("pushed ") and "(SPARQL Update)" in result.out
