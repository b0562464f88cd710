"""Exporters: pure ``generate_*`` functions plus thin ``write_*`` ones, one format per module.

``FORMATS`` maps each format name (the CLI's choices) to the file ``relgraph build`` writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import unknown_name

FORMATS: dict[str, str] = {
    "ttl": "graph.ttl",
    "trig": "graph.trig",
    "nq": "graph.nq",
    "jsonld": "graph.jsonld",
    "jsonl": "claims.jsonl",
    "csv": "events.csv",
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
    "html": "graph.html",
}
DEFAULT_FORMATS = ("ttl", "trig", "nq", "jsonld", "jsonl", "csv", "graphml", "gexf", "html")


COPY_QUADS = 1_000_000  # ~350 MB in memory: the largest graph exported from an in-memory copy


@contextmanager
def export_source(store, quads: int | None = None) -> Iterator:
    """The store exports read: for a graph of up to ``COPY_QUADS`` quads an in-memory copy (every
    export scans the whole graph, ten times faster in memory than in RocksDB), else the store itself,
    so memory stays bounded. The build and ``relgraph export`` both read through it, so a graph
    always serialises in the same order."""
    if (len(store) if quads is None else quads) > COPY_QUADS:
        yield store
        return
    copy = store.in_memory_copy()
    try:
        yield copy
    finally:
        copy.close()


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise unknown_name("format", name, list(FORMATS))
    return name


def export(store, fmt: str, path: str | Path, **html_options) -> Path:
    """Write the store in one format to ``path`` (atomically)."""
    from ..store.read import articles, claims

    check_format(fmt)
    if fmt in ("ttl", "trig", "nq", "jsonld"):
        from .rdf import write_rdf
        return write_rdf(path, store, fmt)
    if fmt == "jsonl":
        from .tabular import write_jsonl
        return write_jsonl(path, claims(store))
    if fmt == "csv":
        from .tabular import write_csv
        return write_csv(path, claims(store), articles(store))
    if fmt in ("graphml", "gexf"):
        from . import network
        return getattr(network, f"write_{fmt}")(path, claims(store))
    from .html import write_html
    from .records import claim_dict
    return write_html(path, [claim_dict(c) for c in claims(store)], articles(store), **html_options)
