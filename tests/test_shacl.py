"""SHACL: the built graph conforms to ontology/shapes.ttl; broken graphs do not, and say why."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest import RUSSIA, sample_claims
from relgraph.records import ONTOLOGY_NS
from relgraph.store import GraphStore
from relgraph.validate import validate_store


def rel(name: str) -> ox.NamedNode:
    return ox.NamedNode(ONTOLOGY_NS + name)


def _replace_object(store: GraphStore, predicate: str, value) -> None:
    """Give the first statement with ``predicate`` another object (None: drop the statement)."""
    quad = next(store.ox.quads_for_pattern(None, rel(predicate), None))
    store.ox.remove(quad)
    if value is not None:
        store.ox.add(ox.Quad(quad.subject, quad.predicate, value, quad.graph_name))


# (case, predicate, new object or None to drop it, texts the report must name)
BREAKAGES = [
    ("claim-without-evidence", "evidence", None,
     ["MinCountConstraintComponent", "Result Path: rel:evidence"]),
    ("polarity-maybe", "polarity", ox.Literal("maybe"),
     ["InConstraintComponent", "Result Path: rel:polarity", 'Value Node: Literal("maybe")']),
    ("relation-not-in-ontology", "relation", rel("fights"),
     ["a claim's relation must be a relation of the ontology", "Value Node: rel:fights"]),
    ("bad-iso3", "iso3", ox.Literal("RUSS"),
     ["PatternConstraintComponent", "Result Path: rel:iso3", 'Value Node: Literal("RUSS")']),
    ("confidence-above-one", "confidence",
     ox.Literal("1.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
     ["MaxInclusiveConstraintComponent", "Result Path: rel:confidence"]),
    ("subject-not-an-entity", "subject", ox.NamedNode("https://w3id.org/relgraph/id/nowhere"),
     ["ClassConstraintComponent", "Result Path: rel:subject"]),
]


@pytest.fixture
def good_store(article) -> GraphStore:
    store = GraphStore()
    store.put_article(article, sample_claims(article))
    return store


def test_shacl_built_graph_conforms(built_store):
    conforms, text = validate_store(built_store)
    assert conforms, text
    assert "Conforms: True" in text


def test_shacl_hand_made_graph_conforms(good_store):
    conforms, text = validate_store(good_store)
    assert conforms, text


@pytest.mark.parametrize(("predicate", "value", "named"), [b[1:] for b in BREAKAGES],
                         ids=[b[0] for b in BREAKAGES])
def test_shacl_broken_graph_fails_naming_the_violation(good_store, predicate, value, named):
    _replace_object(good_store, predicate, value)
    conforms, text = validate_store(good_store)
    assert not conforms
    assert "Results (1):" in text
    for fragment in named:
        assert fragment in text


def test_shacl_all_breakages_at_once(good_store):
    for _case, predicate, value, _named in BREAKAGES[:4]:
        _replace_object(good_store, predicate, value)
    conforms, text = validate_store(good_store)
    assert not conforms
    assert "Results (4):" in text


def test_shacl_country_without_iso3_fails(good_store):
    iso = ox.Quad(ox.NamedNode(RUSSIA.iri), rel("iso3"), ox.Literal("RUS"),
                  ox.NamedNode("https://w3id.org/relgraph/graph/entities"))
    good_store.ox.remove(iso)
    conforms, text = validate_store(good_store)
    assert not conforms and "Result Path: rel:iso3" in text


def test_shacl_validate_command_reports_violations(cli, tmp_path, article):
    with GraphStore(tmp_path / "store") as store:
        store.put_article(article, sample_claims(article))
        _replace_object(store, "polarity", ox.Literal("maybe"))
    result = cli(["validate", "--store", tmp_path / "store"])
    assert result.code == 1
    assert 'Value Node: Literal("maybe")' in result.err
    assert "Traceback" not in result.err


def test_shacl_validate_command_on_conforming_graph(cli, tmp_path, article):
    with GraphStore(tmp_path / "store") as store:
        store.put_article(article, sample_claims(article))
    result = cli(["validate", "--store", tmp_path / "store"])
    assert (result.code, result.out, result.err) == (0, "the graph conforms to the SHACL shapes\n", "")


@pytest.mark.parametrize(("date", "datatype"), [("2025", "gYear"), ("2025-03", "gYearMonth"), ("2025-03-05", "date")])
def test_shacl_partial_dates_keep_their_precision_and_conform(tmp_path, date, datatype):
    from dataclasses import replace

    from conftest import make_article

    article = make_article(date=date)
    with GraphStore(tmp_path / "store") as store:
        store.put_article(article, [replace(c, date=date) for c in sample_claims(article)])
        dates = {q.object for q in store.ox.quads_for_pattern(None, ox.NamedNode("http://purl.org/dc/terms/date"), None)}
        assert dates == {ox.Literal(date, datatype=ox.NamedNode(f"http://www.w3.org/2001/XMLSchema#{datatype}"))}
        conforms, text = validate_store(store)
    assert conforms, text
