"""The ontology file itself: OWL axioms of DESIGN.md §4, alignments, and the JSON-LD context."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from relgraph.paths import ontology_file
from relgraph.records import ONTOLOGY_NS
from relgraph.vocab import relation_names

REL = Namespace(ONTOLOGY_NS)
SCHEMA = Namespace("https://schema.org/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
WD = Namespace("http://www.wikidata.org/entity/")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

SUB_PROPERTIES = [("praises", "supports"), ("accuses", "criticizes"), ("tradesWith", "cooperatesWith"),
                  ("headOfStateOf", "officialOf"), ("headOfGovernmentOf", "officialOf")]
SYMMETRIC = ["meetsWith", "signsAgreementWith", "cooperatesWith", "tradesWith"]

# Alignments to Wikidata and schema.org: (relgraph term, predicate, external term).
ALIGNMENTS = [
    (REL.memberOf, SKOS.closeMatch, WDT.P463),
    (REL.memberOf, SKOS.closeMatch, SCHEMA.memberOf),
    (REL.locatedIn, SKOS.closeMatch, WDT.P131),
    (REL.locatedIn, SKOS.closeMatch, SCHEMA.containedInPlace),
    (REL.headOfStateOf, OWL.inverseOf, WDT.P35),
    (REL.headOfGovernmentOf, OWL.inverseOf, WDT.P6),
    (REL.officialOf, SKOS.closeMatch, SCHEMA.worksFor),
    (REL.officialOf, SKOS.relatedMatch, WDT.P39),
    (REL.iso3, SKOS.closeMatch, WDT.P298),
    (REL.Claim, RDFS.subClassOf, PROV.Entity),
    (REL.Article, RDFS.subClassOf, PROV.Entity),
    (REL.Country, RDFS.subClassOf, SCHEMA.Country),
    (REL.Country, SKOS.closeMatch, WD.Q6256),
    (REL.Person, SKOS.closeMatch, WD.Q5),
    (REL.Organization, SKOS.closeMatch, WD.Q43229),
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def test_ontology_declares_itself(ontology):
    ont = URIRef(ONTOLOGY_NS.rstrip("#"))
    assert (ont, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ont, OWL.versionInfo) is not None


@pytest.mark.parametrize(("name", "parent"), SUB_PROPERTIES)
def test_ontology_sub_property_axioms(ontology, name, parent):
    assert (REL[name], RDFS.subPropertyOf, REL[parent]) in ontology


@pytest.mark.parametrize("name", SYMMETRIC)
def test_ontology_symmetric_properties(ontology, name):
    assert (REL[name], RDF.type, OWL.SymmetricProperty) in ontology


def test_ontology_symmetric_set_is_exactly_the_design(ontology):
    found = {str(s)[len(ONTOLOGY_NS):] for s in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert found == set(SYMMETRIC)


@pytest.mark.parametrize("name", relation_names())
def test_ontology_relation_is_a_labelled_object_property(ontology, name):
    prop = REL[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.value(prop, RDFS.label).language == "en"
    assert ontology.value(prop, RDFS.comment).language == "en"
    assert ontology.value(prop, RDFS.domain) is not None
    assert ontology.value(prop, RDFS.range) is not None


@pytest.mark.parametrize("name", relation_names())
def test_ontology_annotations_are_typed(ontology, name):
    prop = REL[name]
    weight = ontology.value(prop, REL.goldsteinWeight)
    quad = ontology.value(prop, REL.quadClass)
    cameo = ontology.value(prop, REL.cameoCode)
    if cameo is None:
        assert (weight, quad) == (None, None)
        return
    assert isinstance(weight, Literal) and weight.datatype == XSD.decimal
    assert -10 <= float(weight) <= 10
    assert isinstance(quad, Literal) and quad.datatype == XSD.integer and int(quad) in (1, 2, 3, 4)
    root = int(str(cameo)[:2])
    assert int(quad) == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].split('#')[-1]}-{t[1].split('#')[-1]}-{t[2]}")
def test_ontology_alignment_present(ontology, triple):
    assert triple in ontology


def test_ontology_no_equivalence_to_external_terms(ontology):
    """equivalentProperty/Class only where truly equivalent: none of the alignments above is."""
    equivalences = [t for p in (OWL.equivalentProperty, OWL.equivalentClass) for t in ontology.triples((None, p, None))]
    assert equivalences == []


def test_ontology_inverse_alignments_point_from_state_to_person(ontology):
    for name in ("headOfStateOf", "headOfGovernmentOf"):
        assert ontology.value(REL[name], RDFS.domain) == REL.Person
        assert ontology.value(REL[name], RDFS.range) == REL.Country


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]


@pytest.mark.parametrize("name", relation_names())
def test_ontology_context_maps_every_relation(context, name):
    assert context[name] == {"@id": f"rel:{name}", "@type": "@id"}


def test_ontology_context_prefix_is_the_namespace(context):
    assert context["rel"] == ONTOLOGY_NS


@pytest.mark.parametrize("name", ["shapes.ttl", "relgraph.ttl"])
def test_ontology_files_parse(name):
    assert len(Graph().parse(ontology_file(name), format="turtle")) > 50
