"""The package version, and the extractor name every claim records."""

__version__ = "0.1.0"
EXTRACTOR = f"relgraph {__version__}"
