"""RDF exports: Turtle (all graphs merged), TriG and N-Quads (named graphs kept), JSON-LD.

Serialisation runs in Oxigraph (Rust), not in rdflib's Python serialisers; JSON-LD is written by
``export/jsonld.py``, compacted with the published context ``ontology/context.jsonld``.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from ..records import BASE, ONTOLOGY_NS
from ..store import GraphStore
from .atomic import atomic_open
from .jsonld import write_jsonld

PREFIXES = {
    "rel": ONTOLOGY_NS,
    "id": BASE + "id/",
    "article": BASE + "article/",
    "claim": BASE + "claim/",
    "graph": BASE + "graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
}
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
               "jsonld": ox.RdfFormat.JSON_LD}


def _triples(store: GraphStore):
    seen = set()
    for quad in store.quads():
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple


def _serialize(store: GraphStore, fmt: str, output=None) -> bytes | None:
    """Oxigraph's serialisation of the store in ``ttl``, ``trig`` or ``nq`` to ``output`` (None: returned)."""
    if fmt == "ttl":
        return ox.serialize(_triples(store), output, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return ox.serialize(store.quads(), output, RDF_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None)


def generate_rdf(store: GraphStore, fmt: str) -> bytes:
    """The whole store in one RDF format (``ttl``, ``trig``, ``nq`` or ``jsonld``)."""
    if fmt == "jsonld":
        buffer = io.StringIO()
        write_jsonld(store, buffer)
        return buffer.getvalue().encode("utf-8")
    return _serialize(store, fmt)


def write_rdf(path: str | Path, store: GraphStore, fmt: str) -> Path:
    if fmt == "jsonld":
        with atomic_open(path, "w") as handle:
            write_jsonld(store, handle)
        return Path(path)
    with atomic_open(path, "wb") as handle:
        _serialize(store, fmt, handle)
    return Path(path)
