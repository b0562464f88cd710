"""Push the graph to a remote triple store, named graphs kept.

Two standard ways: the SPARQL 1.1 Graph Store Protocol (one ``PUT ?graph=IRI`` of N-Triples per named
graph) or SPARQL 1.1 Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` in chunks per graph). Either
way an article's graph pushed twice is replaced, not doubled. The shared entity graph is merged
instead (``POST`` / ``INSERT DATA`` without a drop): two outputs pushed to one remote store keep
both sets of entity descriptions. Terms are written by pyoxigraph's serialiser, so
literals are escaped by the RDF library, never by hand.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from .errors import StoreError, UsageError
from .store import GraphStore
from .store.mapping import ENTITIES_GRAPH

CHUNK = 2000  # triples per INSERT DATA request


@dataclass(frozen=True, slots=True)
class PushSummary:
    graphs: int
    quads: int
    target: str
    method: str  # "graph-store" or "update"

    def describe(self) -> str:
        how = "Graph Store Protocol" if self.method == "graph-store" else "SPARQL Update"
        return f"pushed {self.quads} triples in {self.graphs} graphs to {self.target} ({how})"


def _graphs(store: GraphStore) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    graphs: list = sorted(store.ox.named_graphs(), key=lambda g: str(g))
    if next(iter(store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        graphs.insert(0, ox.DefaultGraph())
    return graphs


def _triples(store: GraphStore, graph) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object)
            for q in store.ox.quads_for_pattern(None, None, None, graph)]


def ntriples(triples: Iterable[ox.Triple]) -> str:
    """Triples as N-Triples text (also valid inside SPARQL ``INSERT DATA``)."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _send(url: str, method: str, body: str, content_type: str, timeout: float) -> None:
    request = urllib.request.Request(url, data=body.encode("utf-8"), method=method,
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"{url} refused the push: HTTP {exc.code} {detail[0] if detail else exc.reason}; "
                         "check that it is a writable endpoint") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"cannot reach {url}: {reason}; is the server running?") from None


def push(store: GraphStore, endpoint: str | None = None, *, graph_store: str | None = None,
         chunk: int = CHUNK, timeout: float = 120.0) -> PushSummary:
    """Copy every graph of ``store`` to a remote store: by Graph Store Protocol PUTs if
    ``graph_store`` is given, else by SPARQL Update requests to ``endpoint``."""
    if not graph_store and not endpoint:
        raise UsageError("give --endpoint URL (SPARQL Update) or --graph-store URL (Graph Store Protocol)")
    graphs = _graphs(store)
    total = 0
    for graph in graphs:
        triples = _triples(store, graph)
        total += len(triples)
        merge = graph == ENTITIES_GRAPH
        if graph_store:
            sep = "&" if "?" in graph_store else "?"
            target = (f"{graph_store}{sep}default" if isinstance(graph, ox.DefaultGraph)
                      else f"{graph_store}{sep}graph={quote(graph.value, safe='')}")
            _send(target, "POST" if merge else "PUT", ntriples(triples), "application/n-triples", timeout)
            continue
        name = None if isinstance(graph, ox.DefaultGraph) else str(graph)
        if not merge:
            _send(endpoint, "POST", f"DROP SILENT {'DEFAULT' if name is None else 'GRAPH ' + name}",
                  "application/sparql-update", timeout)
        for part in _chunks(triples, chunk):
            data = ntriples(part)
            body = f"INSERT DATA {{ {data} }}" if name is None else f"INSERT DATA {{ GRAPH {name} {{\n{data}}} }}"
            _send(endpoint, "POST", body, "application/sparql-update", timeout)
    method = "graph-store" if graph_store else "update"
    return PushSummary(len(graphs), total, graph_store or endpoint or "", method)
