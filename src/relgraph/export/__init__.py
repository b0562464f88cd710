"""Exporters: pure ``generate_*`` functions plus thin ``write_*`` ones, one format per module.

``FORMATS`` maps each format name (the CLI's choices) to the file ``relgraph build`` writes.
"""

from __future__ import annotations

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
