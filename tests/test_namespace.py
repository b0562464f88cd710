"""The closed namespace ``relgraph.namespace.REL`` agrees with ``ontology/relgraph.ttl`` both ways."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from relgraph.namespace import REL
from relgraph.paths import ontology_file
from relgraph.records import ONTOLOGY_NS


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def _declared_terms() -> set[str]:
    return {name for name in REL.__annotations__ if not name.startswith("_")}


def _ontology_subjects(graph: Graph) -> set[str]:
    return {str(s)[len(ONTOLOGY_NS):] for s in graph.subjects()
            if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NS)}


def test_namespace_every_term_is_in_the_ontology(ontology):
    missing = _declared_terms() - _ontology_subjects(ontology)
    assert missing == set()


def test_namespace_every_ontology_term_is_in_the_class(ontology):
    missing = _ontology_subjects(ontology) - _declared_terms()
    assert missing == set()


def test_namespace_has_the_core_terms():
    assert len(_declared_terms()) >= 60


@pytest.mark.parametrize("name", ["supports", "Claim", "evidence", "quadClass", "headOfStateOf"])
def test_namespace_term_is_ontology_iri(name):
    assert getattr(REL, name) == URIRef(ONTOLOGY_NS + name)
    assert REL[name] == URIRef(ONTOLOGY_NS + name)


@pytest.mark.parametrize("name", ["fights", "support", "Supports", "claim"])
def test_namespace_unknown_term_raises(name):
    with pytest.raises(AttributeError, match=f"term '{name}' not in namespace"):
        getattr(REL, name)
