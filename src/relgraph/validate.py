"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .paths import ontology_file
from .store import GraphStore


def validate_store(store: GraphStore, shapes: str | Path | None = None) -> tuple[bool, str]:
    """(conforms, report text) for the union of the store's graphs plus the ontology."""
    from pyshacl import validate
    from rdflib import Graph

    data = Graph()
    triples = {q.triple for q in store.quads()}
    data.parse(data=ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES), format="nt")
    shapes_graph = Graph().parse(Path(shapes) if shapes else ontology_file("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_file(), format="turtle")
    conforms, _graph, text = validate(data, shacl_graph=shapes_graph, ont_graph=ontology,
                                      inference="none", advanced=True)
    return bool(conforms), text
