"""Reading claims, entities and articles back out of the store as records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..records import ARTICLE_NS, CLAIM_NS, ENTITY_NS, ONTOLOGY_NS, Claim, Entity
from .mapping import DC_DATE, ENTITIES_GRAPH, RDF_TYPE, WIKIDATA, local_id
from .oxstore import GraphStore

PREFIXES = f"""PREFIX rel: <{ONTOLOGY_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

_ENTITIES = PREFIXES + """
SELECT ?e ?type ?label ?iso ?wd ?sector
WHERE {
  ?e rdfs:label ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(rel:)))
  OPTIONAL { ?e rel:iso3 ?iso }
  OPTIONAL { ?e rel:sector ?sector }
  OPTIONAL { ?e rel:wikidata ?wd }
}
"""

# Aliases come in their own rows: any separator could occur inside a label, so none is used.
_ALIASES = PREFIXES + """
SELECT ?e ?alt WHERE { ?e rdfs:label ?label ; skos:altLabel ?alt . }
"""

_ARTICLES = PREFIXES + """
SELECT ?a ?title ?date ?url ?source WHERE {
  ?a a rel:Article .
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date }
  OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a dcterms:source ?source }
} ORDER BY ?a
"""


def _v(term) -> str | None:
    return None if term is None else term.value


def entities(store: GraphStore) -> dict[str, Entity]:
    """Every described entity, by IRI."""
    aliases: dict[str, set[str]] = {}
    for row in store.query(_ALIASES):
        aliases.setdefault(row["e"].value, set()).add(row["alt"].value)
    found: dict[str, Entity] = {}
    for row in store.query(_ENTITIES):
        iri = row["e"].value
        wd = _v(row["wd"])
        found[iri] = Entity(
            key=local_id(iri, ENTITY_NS),
            label=row["label"].value,
            type=row["type"].value[len(ONTOLOGY_NS):],
            country=_v(row["iso"]),
            wikidata=wd[len(WIKIDATA):] if wd else None,
            aliases=tuple(sorted(aliases.get(iri, ()))),
            sector=_v(row["sector"]),
        )
    return found


def articles(store: GraphStore) -> dict[str, dict]:
    """Article metadata by article id: title, date, url, source."""
    out = {}
    for row in store.query(_ARTICLES):
        aid = local_id(row["a"].value, ARTICLE_NS)
        out[aid] = {"title": _v(row["title"]), "date": _v(row["date"]), "url": _v(row["url"]),
                    "source": _v(row["source"])}
    return out


# The claim node's properties, named as the variables of a claims SELECT (see claim_from_row).
_COLUMNS = {ONTOLOGY_NS + name: var for name, var in (
    ("subject", "s"), ("relation", "rel"), ("object", "o"), ("article", "article"), ("polarity", "pol"),
    ("modality", "mod"), ("confidence", "conf"), ("evidence", "ev"), ("startOffset", "start"),
    ("endOffset", "end"), ("sentence", "sent"), ("speaker", "speaker"), ("cameo", "cameo"),
    ("qualifier", "qual"), ("trigger", "trig"), ("rule", "rule"), ("dateSource", "dsrc"))}
_COLUMNS[DC_DATE.value] = "date"
_REQUIRED = ("s", "rel", "o", "article", "pol", "mod", "conf", "ev", "start", "end", "sent")


def claims(store: GraphStore) -> Iterator[Claim]:
    """Every stored claim as a record, in a deterministic order (article, offset, relation, subject,
    object, polarity, modality). One article graph at a time is read by a scan of its quads, so
    memory holds one article's claims, not the corpus's."""
    ents = entities(store)
    for graph in sorted((g for g in store.ox.named_graphs() if g != ENTITIES_GRAPH), key=lambda g: g.value):
        rows: dict[str, dict] = {}
        for quad in store.ox.quads_for_pattern(None, None, None, graph):
            if quad.subject.value.startswith(CLAIM_NS):
                column = _COLUMNS.get(quad.predicate.value)
                if column is not None:
                    rows.setdefault(quad.subject.value, {})[column] = quad.object
                elif quad.predicate == RDF_TYPE and quad.object.value == ONTOLOGY_NS + "Claim":
                    rows.setdefault(quad.subject.value, {})["claim"] = quad.object
        found = [claim_from_row(defaultdict(lambda: None, row), ents) for row in rows.values()
                 if "claim" in row and all(column in row for column in _REQUIRED)]
        found.sort(key=lambda c: (c.article, c.start, c.relation, c.subject.iri, c.object.iri, c.polarity,
                                  c.modality))
        yield from found


def claim_from_row(row, ents: dict[str, Entity]) -> Claim:
    """A Claim from a query solution (or a dict) with the variables named in ``_COLUMNS``."""

    def entity(term) -> Entity:
        e = ents.get(term.value)
        if e is None:  # described nowhere: keep the IRI's last segment as its label
            tail = term.value.rsplit("/", 1)[-1]
            return Entity(key=tail, label=tail, type="Entity")
        return e

    return Claim(
        article=local_id(row["article"].value, ARTICLE_NS),
        sentence=int(row["sent"].value),
        start=int(row["start"].value),
        end=int(row["end"].value),
        evidence=row["ev"].value,
        subject=entity(row["s"]),
        relation=row["rel"].value[len(ONTOLOGY_NS):],
        object=entity(row["o"]),
        polarity=row["pol"].value,
        modality=row["mod"].value,
        confidence=float(row["conf"].value),
        date=_v(row["date"]),
        speaker=entity(row["speaker"]) if row["speaker"] is not None else None,
        cameo=_v(row["cameo"]),
        qualifier=_v(row["qual"]),
        trigger=_v(row["trig"]),
        rule=_v(row["rule"]),
        date_source=_v(row["dsrc"]),
    )
