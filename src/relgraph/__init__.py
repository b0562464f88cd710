"""relgraph: knowledge graphs of international relations from news articles."""

from __future__ import annotations

__version__ = "0.1.0"
EXTRACTOR = f"relgraph {__version__}"

from .api import Graph, open  # noqa: E402,F401,A004  (the Python API: relgraph.open("output/"))
