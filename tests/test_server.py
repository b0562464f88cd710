"""The SPARQL endpoint: Oxigraph's server over a built store, queried with SPARQLWrapper and rdflib."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph as RdfGraph
from rdflib import Literal
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from relgraph.cli import main
from relgraph.errors import StoreError, UsageError
from relgraph.records import Article, Claim, Entity
from relgraph.server import check_host, free_port, start_server
from relgraph.store import GraphStore

pytestmark = pytest.mark.server

RU = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
POLICY = Entity("policy/one-china-policy", "One-China policy", "Policy")
TEXT = "Russia reaffirmed its adherence to the One-China policy."
COUNT_CLAIMS = "PREFIX rel: <https://w3id.org/relgraph/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a rel:Claim }"


@pytest.fixture()
def out(tmp_path) -> Path:
    """An output folder whose store holds one article with one claim; no process holds it afterwards."""
    with GraphStore(tmp_path / "store") as store:
        store.put_article(Article("seed", TEXT, date="2025-05-08"),
                          [Claim("seed", 0, 0, len(TEXT), TEXT, RU, "supports", POLICY, date="2025-05-08")])
    return tmp_path


def _closed(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_server_sparqlwrapper_sees_the_union_of_graphs(out):
    with start_server(out / "store") as server:
        client = SPARQLWrapper(server.query_url)
        client.setQuery(COUNT_CLAIMS)
        client.setReturnFormat(JSON)
        rows = client.query().convert()["results"]["bindings"]
        assert rows[0]["n"]["value"] == "1"
    assert _closed(server.port) and not server.running()


def test_server_rdflib_sparqlstore(out):
    with start_server(out / "store") as server:
        graph = RdfGraph(store=SPARQLStore(server.query_url))
        rows = list(graph.query("SELECT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
                                " ORDER BY ?label"))
        assert [r[0] for r in rows] == [Literal("One-China policy"), Literal("Russia")]


def test_server_query_page_and_urls(out):
    port = free_port()
    with start_server(out / "store", port) as server:
        assert server.query_url == f"http://127.0.0.1:{port}/query"
        with urllib.request.urlopen(server.page_url) as page:
            assert b"<html" in page.read().lower()


def test_server_read_only_refuses_updates(out):
    with start_server(out / "store") as server:
        client = SPARQLWrapper(server.update_url)
        client.setMethod(POST)
        client.setQuery("DROP ALL")
        with pytest.raises(Exception):
            client.query()
        client = SPARQLWrapper(server.query_url)
        client.setQuery(COUNT_CLAIMS)
        client.setReturnFormat(JSON)
        assert client.query().convert()["results"]["bindings"][0]["n"]["value"] == "1"


def test_server_read_only_while_a_reader_has_the_store_open(out):
    with GraphStore(out / "store", read_only=True), start_server(out / "store") as server:
        assert server.running()


def test_server_writable_refused_while_a_writer_holds_the_store(out):
    with GraphStore(out / "store"):
        with pytest.raises(StoreError) as error:
            start_server(out / "store", writable=True)
    assert str(error.value).startswith(f"the Oxigraph server on '{out / 'store'}' did not start: Error: IO error")
    assert str(error.value).endswith("is writing the store: wait for it or serve read-only")


def test_server_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no graph store at .*; run 'relgraph build' first"):
        start_server(tmp_path / "nothing")


@pytest.mark.parametrize("host, public, refused", [
    ("127.0.0.1", False, False), ("localhost", False, False), ("::1", False, False),
    ("0.0.0.0", False, True), ("192.168.1.5", False, True), ("0.0.0.0", True, False),
])
def test_server_public_hosts_need_public(host, public, refused):
    if refused:
        with pytest.raises(UsageError, match=f"--host {host} would expose the graph to other machines; "
                                             "add --public to allow it"):
            check_host(host, public)
    else:
        check_host(host, public)


def test_server_cli_refuses_a_public_host(out, capsys):
    assert main(["serve", "--out", str(out), "--host", "0.0.0.0"]) == 2
    assert capsys.readouterr().err == ("relgraph: error: --host 0.0.0.0 would expose the graph to other machines; "
                                       "add --public to allow it, or keep the default --host 127.0.0.1\n")


def test_server_cli_serves_until_terminated(out):
    port = free_port()
    relgraph = Path(sys.executable).with_name("relgraph")
    process = subprocess.Popen([str(relgraph), "serve", "--out", str(out), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines == [f"serving {out / 'store'} read-only, reachable from this machine only\n",
                         f"SPARQL endpoint: http://127.0.0.1:{port}/query\n",
                         f"query page:      http://127.0.0.1:{port}/\n"]
        client = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        client.setQuery(COUNT_CLAIMS)
        client.setReturnFormat(JSON)
        assert client.query().convert()["results"]["bindings"][0]["n"]["value"] == "1"
    finally:
        process.terminate()
        code = process.wait(timeout=20)
    assert code == 130
    assert _closed(port)  # the Oxigraph child ended with the command
