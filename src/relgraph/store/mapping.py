"""Claims and entities as RDF quads (pyoxigraph terms), following ``ontology/relgraph.ttl``.

Each article gets its own named graph holding its metadata, its claim nodes (PROV-O: derived from the
article) and the direct "truthy" triples of its positive asserted/intended/reported claims. Entity
descriptions go to one shared graph, ``graph/entities``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad

from ..version import EXTRACTOR
from ..records import ARTICLE_NS, CLAIM_NS, GRAPH_NS, ONTOLOGY_NS, Article, Claim, Entity

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
PROV_DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
DC_TITLE = NamedNode("http://purl.org/dc/terms/title")
DC_DATE = NamedNode("http://purl.org/dc/terms/date")
DC_SOURCE = NamedNode("http://purl.org/dc/terms/source")
SCHEMA_URL = NamedNode("https://schema.org/url")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = NamedNode(XSD + "date")
# A date keeps the precision its source gave: YYYY-MM-DD, YYYY-MM or YYYY.
DATE_TYPES = {10: XSD_DATE, 7: NamedNode(XSD + "gYearMonth"), 4: NamedNode(XSD + "gYear")}
XSD_INT = NamedNode(XSD + "integer")
XSD_DEC = NamedNode(XSD + "decimal")
WIKIDATA = "http://www.wikidata.org/entity/"
ENTITIES_GRAPH = NamedNode(GRAPH_NS + "entities")


def rel(name: str) -> NamedNode:
    return NamedNode(ONTOLOGY_NS + name)


def _safe(segment: str) -> str:
    """An IRI path segment that is always valid, whatever the article id holds.

    Everything but unreserved characters is percent-encoded. A final "." is too: Turtle and TriG
    writers then escape it in prefixed names (``article:a\\.``), which rdflib cannot parse, and "."
    or ".." alone would be dot-segments. The id "entities" is spelt "%65ntities" so that its graph
    is not the shared entities graph. ``urllib.parse.unquote`` gives the id back in every case.

    >>> [_safe(s) for s in ("a b/c", "v1.", "..", "entities")]
    ['a%20b%2Fc', 'v1%2E', '.%2E', '%65ntities']
    """
    quoted = quote(segment, safe="-._~")
    if quoted.endswith("."):
        quoted = quoted[:-1] + "%2E"
    return "%65ntities" if quoted == "entities" else quoted


def local_id(iri: str, namespace: str) -> str:
    """The id an IRI of ``namespace`` was made from (the inverse of the quoting above).

    >>> local_id(ARTICLE_NS + _safe("a b/c"), ARTICLE_NS)
    'a b/c'
    """
    return unquote(iri[len(namespace):])


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(ARTICLE_NS + _safe(article_id))


def graph_iri(article_id: str) -> NamedNode:
    return NamedNode(GRAPH_NS + _safe(article_id))


def entity_node(entity: Entity) -> NamedNode:
    return NamedNode(entity.iri)


def content_hash(article: Article, fingerprint: str = "") -> str:
    """What decides whether an article must be read again: its text, metadata, the extractor, and
    the ``fingerprint`` of what extraction read it with (resources and model: an edited lexicon or
    another ``--model`` reads the corpus again)."""
    parts = (EXTRACTOR, fingerprint, article.text, article.title or "", article.date or "", article.url or "",
             article.source or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_quads(article: Article, claims: Iterable[Claim], fingerprint: str = "",
                  min_confidence: float = 0.0) -> list[Quad]:
    """Every quad of one article's named graph; a positive claim below ``min_confidence`` stays a
    claim node but gives no direct triple."""
    g = graph_iri(article.id)
    a = article_iri(article.id)
    quads = [
        Quad(a, RDF_TYPE, rel("Article"), g),
        Quad(a, rel("contentHash"), Literal(content_hash(article, fingerprint)), g),
    ]
    if article.title:
        quads.append(Quad(a, DC_TITLE, Literal(article.title), g))
    if article.date:
        quads.append(Quad(a, DC_DATE, Literal(article.date, datatype=DATE_TYPES[len(article.date)]), g))
    if article.url:
        quads.append(Quad(a, SCHEMA_URL, Literal(article.url), g))
    if article.source:
        quads.append(Quad(a, DC_SOURCE, Literal(article.source), g))
    for n, claim in enumerate(claims):
        quads.extend(_claim_quads(claim, NamedNode(f"{CLAIM_NS}{_safe(article.id)}/{n}"), a, g, min_confidence))
    return quads


def _claim_quads(claim: Claim, node: NamedNode, article: NamedNode, g: NamedNode,
                 min_confidence: float = 0.0) -> Iterator[Quad]:
    s, o = entity_node(claim.subject), entity_node(claim.object)
    yield Quad(node, RDF_TYPE, rel("Claim"), g)
    yield Quad(node, rel("subject"), s, g)
    yield Quad(node, rel("relation"), rel(claim.relation), g)
    yield Quad(node, rel("object"), o, g)
    yield Quad(node, rel("article"), article, g)
    yield Quad(node, PROV_DERIVED, article, g)
    yield Quad(node, rel("polarity"), Literal(claim.polarity), g)
    yield Quad(node, rel("modality"), Literal(claim.modality), g)
    yield Quad(node, rel("confidence"), Literal(f"{claim.confidence:.2f}", datatype=XSD_DEC), g)
    yield Quad(node, rel("evidence"), Literal(claim.evidence), g)
    yield Quad(node, rel("startOffset"), Literal(str(claim.start), datatype=XSD_INT), g)
    yield Quad(node, rel("endOffset"), Literal(str(claim.end), datatype=XSD_INT), g)
    yield Quad(node, rel("sentence"), Literal(str(claim.sentence), datatype=XSD_INT), g)
    yield Quad(node, rel("extractor"), Literal(EXTRACTOR), g)
    if claim.date:
        yield Quad(node, DC_DATE, Literal(claim.date, datatype=DATE_TYPES[len(claim.date)]), g)
    if claim.speaker is not None:
        yield Quad(node, rel("speaker"), entity_node(claim.speaker), g)
    if claim.cameo:
        yield Quad(node, rel("cameo"), Literal(claim.cameo), g)
    if claim.qualifier:
        yield Quad(node, rel("qualifier"), Literal(claim.qualifier), g)
    if claim.trigger:
        yield Quad(node, rel("trigger"), Literal(claim.trigger), g)
    if claim.rule:
        yield Quad(node, rel("rule"), Literal(claim.rule), g)
    if claim.date_source:
        yield Quad(node, rel("dateSource"), Literal(claim.date_source), g)
    if claim.is_truthy and claim.confidence >= min_confidence:
        yield Quad(s, rel(claim.relation), o, g)


def entity_quads(entities: Iterable[Entity]) -> list[Quad]:
    """Descriptions of entities in the shared entities graph (adding them twice changes nothing)."""
    g = ENTITIES_GRAPH
    quads: list[Quad] = []
    for e in entities:
        node = entity_node(e)
        quads.append(Quad(node, RDF_TYPE, rel(e.type), g))
        quads.append(Quad(node, RDFS_LABEL, Literal(e.label), g))
        quads.extend(Quad(node, SKOS_ALT, Literal(alias), g) for alias in e.aliases if alias != e.label)
        if e.country:
            quads.append(Quad(node, rel("iso3"), Literal(e.country), g))
        if e.sector:
            quads.append(Quad(node, rel("sector"), Literal(e.sector), g))
        if e.wikidata:
            quads.append(Quad(node, rel("wikidata"), NamedNode(WIKIDATA + e.wikidata), g))
    return quads


def claim_entities(claims: Iterable[Claim]) -> dict[str, Entity]:
    """The entities claims name (subjects, objects, speakers), by key."""
    found: dict[str, Entity] = {}
    for c in claims:
        for e in (c.subject, c.object, c.speaker):
            if e is not None:
                found.setdefault(e.key, e)
    return found
