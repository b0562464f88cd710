"""The graph store: claims as RDF in an Oxigraph store, one named graph per article."""

from .mapping import article_quads, entity_quads
from .oxstore import GraphStore

__all__ = ["GraphStore", "article_quads", "entity_quads"]
