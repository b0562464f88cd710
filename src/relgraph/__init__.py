"""relgraph: knowledge graphs of international relations from news articles."""

from __future__ import annotations

from .version import EXTRACTOR, __version__  # noqa: F401

from .api import Graph, open  # noqa: E402,F401,A004  (the Python API: relgraph.open("output/"))
