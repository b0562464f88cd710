"""JSON-LD written straight from the store, compacted with the published context.

One ``@graph`` entry per named graph (graph IRIs in order), one node object per subject. A property
becomes the context's term for it when the term's coercion fits the value (``"date": "2025-05-08"``
for an ``xsd:date``), else its compact IRI with a full value object; IRIs are compacted with the
context's prefixes. Each graph is serialised on its own, so memory holds one graph at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import IO

import pyoxigraph as ox

from ..paths import ontology_file

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def jsonld_context() -> dict:
    return json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Compactor:
    """The published context read as: namespace prefixes, and property IRI → (term, coercion)."""

    prefixes: tuple[tuple[str, str], ...]  # (namespace IRI, prefix), longest namespace first
    terms: dict[str, tuple[str, str | None]]

    def iri(self, value: str) -> str:
        """``id:country/RUS`` for an IRI under a declared namespace, else the IRI itself."""
        return _compact(self.prefixes, value)

    def node_id(self, term: ox.NamedNode | ox.BlankNode) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def entry(self, predicate: str, value) -> tuple[str, object]:
        """The key and the JSON value of one statement: the term's plain form when its coercion
        fits the value, else a full value object (which no coercion overrides)."""
        term, coercion = self.terms.get(predicate, (None, None))
        key = term or self.iri(predicate)
        if isinstance(value, (ox.NamedNode, ox.BlankNode)):
            return key, self.node_id(value) if term is not None and coercion == "@id" else {"@id": self.node_id(value)}
        if value.language is not None:
            return key, {"@value": value.value, "@language": value.language}
        if term is not None and value.datatype.value == (coercion or XSD_STRING):
            return key, value.value
        if value.datatype.value == XSD_STRING:
            return key, {"@value": value.value}
        return key, {"@value": value.value, "@type": self.iri(value.datatype.value)}


@lru_cache(maxsize=1 << 16)  # entity, article and vocabulary IRIs recur on every claim
def _compact(prefixes: tuple[tuple[str, str], ...], value: str) -> str:
    for namespace, prefix in prefixes:
        if value.startswith(namespace):
            rest = value[len(namespace):]
            if rest and not rest.startswith("//"):
                return f"{prefix}:{rest}"
    return value


@cache
def compactor() -> Compactor:
    context = jsonld_context()["@context"]

    def expand(value: str) -> str:
        prefix, sep, rest = value.partition(":")
        namespace = context.get(prefix)
        return namespace + rest if sep and isinstance(namespace, str) and not rest.startswith("//") else value

    prefixes, terms = [], {}
    for name, value in context.items():
        if name.startswith("@"):
            continue
        if isinstance(value, str) and value.endswith(("/", "#")):
            prefixes.append((value, name))
        elif isinstance(value, str):
            terms[expand(value)] = (name, None)
        elif isinstance(value, dict) and "@id" in value:
            coercion = value.get("@type")
            if coercion == "@vocab":  # values are written as compact IRIs, which need no vocab coercion
                coercion = "@id"
            terms[expand(value["@id"])] = (name, expand(coercion) if coercion and coercion != "@id" else coercion)
    prefixes.sort(key=lambda pair: len(pair[0]), reverse=True)
    return Compactor(tuple(prefixes), terms)


def _nodes(quads: Iterator[ox.Quad], c: Compactor) -> list[dict]:
    nodes: dict[str, dict] = {}
    for quad in quads:
        subject = c.node_id(quad.subject)
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {"@id": subject}
        if quad.predicate.value == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            key, value = "@type", c.iri(quad.object.value)
        else:
            key, value = c.entry(quad.predicate.value, quad.object)
        if key in node:
            if not isinstance(node[key], list):
                node[key] = [node[key]]
            node[key].append(value)
        else:
            node[key] = value
    return list(nodes.values())


def write_jsonld(store, handle: IO[str]) -> None:
    """The whole store as one JSON-LD document on ``handle``."""
    c = compactor()
    handle.write('{\n "@context": ')
    handle.write(json.dumps(jsonld_context()["@context"], ensure_ascii=False))
    handle.write(',\n "@graph": [')
    entries = 0

    def put(entry: dict) -> None:
        nonlocal entries
        handle.write(",\n  " if entries else "\n  ")
        handle.write(json.dumps(entry, ensure_ascii=False))
        entries += 1

    for node in _nodes(store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()), c):
        put(node)
    for graph in sorted(store.ox.named_graphs(), key=lambda g: g.value):
        put({"@id": c.node_id(graph), "@graph": _nodes(store.ox.quads_for_pattern(None, None, None, graph), c)})
    handle.write("\n ]\n}\n")
