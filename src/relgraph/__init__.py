"""relgraph: knowledge graphs of international relations from news articles."""

from __future__ import annotations

from .version import EXTRACTOR, __version__  # noqa: F401

__all__ = ["EXTRACTOR", "Graph", "__version__", "open"]


def __getattr__(name: str):
    """The Python API (``relgraph.open("output/")``, ``relgraph.Graph``), imported on first use: reading the
    data tables alone (``relgraph.resources``) does not pay for the store and query layers."""
    if name in ("Graph", "open"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'relgraph' has no attribute {name!r}")
