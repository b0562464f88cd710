"""relgraph: knowledge graphs of international relations from news articles."""

from __future__ import annotations

__version__ = "0.1.0"
EXTRACTOR = f"relgraph {__version__}"
