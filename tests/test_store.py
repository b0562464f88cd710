"""The graph store: one named graph per article, idempotent writes, replacement, removal, read-back."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from conftest import NATO, ONE_CHINA, PUTIN, RUSSIA, claim_on, make_article
from relgraph.errors import StoreError
from relgraph.records import ONTOLOGY_NS
from relgraph.store import GraphStore
from relgraph.store.mapping import ENTITIES_GRAPH, graph_iri
from relgraph.store.read import articles, claims as read_claims, entities


def _quads(store: GraphStore) -> set[ox.Quad]:
    return set(store.quads())


@pytest.fixture
def store(article, claims) -> GraphStore:
    store = GraphStore()
    store.put_article(article, claims)
    return store


def test_store_put_writes_one_named_graph_per_article(store, article):
    graphs = {g for g in store.ox.named_graphs()}
    assert graphs == {graph_iri(article.id), ENTITIES_GRAPH}
    assert store.article_ids() == [article.id]


def test_store_put_same_article_twice_changes_nothing(store, article, claims):
    before = _quads(store)
    store.put_article(article, claims)
    assert _quads(store) == before


def test_store_changed_article_replaces_its_graph(store, article):
    changed = dataclasses.replace(article, text=article.text.replace("backs", "praises"))
    new = claim_on(changed, "Russia praises the One-China policy.", RUSSIA, "praises", ONE_CHINA)
    store.put_article(changed, [new])
    evidence = {c.evidence for c in read_claims(store)}
    assert evidence == {"Russia praises the One-China policy."}
    assert store.is_current(changed) and not store.is_current(article)
    assert store.article_ids() == [article.id]


def test_store_other_articles_are_untouched(store, article):
    other = make_article("NATO criticizes Russia.", article_id="a2")
    store.put_article(other, [claim_on(other, other.text, NATO, "criticizes", RUSSIA)])
    before = {q for q in store.quads() if q.graph_name == graph_iri(other.id)}
    store.put_article(dataclasses.replace(article, text=article.text + " More."), [])
    assert {q for q in store.quads() if q.graph_name == graph_iri(other.id)} == before
    assert store.article_ids() == ["a1", "a2"]


def test_store_drop_orphan_entities_removes_only_unnamed_descriptions(store):
    from relgraph.records import Entity
    from relgraph.store.mapping import entity_quads

    named = {q for q in store.quads() if q.graph_name == ENTITIES_GRAPH}
    france = Entity("country/FRA", "France", "Country", "FRA")
    store.ox.extend(entity_quads([france]))  # described, but named by no article (an interrupted cleanup)
    assert store.drop_orphan_entities() == 1
    assert {q for q in store.quads() if q.graph_name == ENTITIES_GRAPH} == named
    assert store.drop_orphan_entities() == 0


def test_store_unchanged_description_is_written_once_and_a_changed_one_replaces_it(store, article, claims):
    renamed = dataclasses.replace(RUSSIA, label="Russian Federation")
    store.put_article(article, claims)
    assert entities(store)[RUSSIA.iri].label == "Russia"
    store.put_article(article, [dataclasses.replace(c, subject=renamed) if c.subject == RUSSIA else c for c in claims])
    assert entities(store)[RUSSIA.iri].label == "Russian Federation"


def test_store_remove_article(store, article):
    store.remove_article(article.id)
    assert store.article_ids() == []
    assert not any(q.graph_name == graph_iri(article.id) for q in store.quads())
    assert list(read_claims(store)) == []
    store.remove_article("never-stored")  # removing an absent article is not an error


@pytest.mark.parametrize(("change", "current"), [
    ({}, True),
    ({"text": "Russia backs the One-China policy."}, False),
    ({"title": "Another title"}, False),
    ({"date": "2025-11-05"}, False),
    ({"origin": "elsewhere.txt"}, True),  # where it was read from is not content
])
def test_store_is_current(store, article, change, current):
    assert store.is_current(dataclasses.replace(article, **change)) is current


def test_store_is_current_false_for_unknown_article():
    assert GraphStore().is_current(make_article()) is False


def test_store_reads_back_the_claims(store, claims):
    assert sorted(read_claims(store), key=lambda c: c.start) == claims


def test_store_reads_back_entities_and_articles(store, article):
    found = entities(store)
    assert found[RUSSIA.iri] == RUSSIA
    assert found[PUTIN.iri] == PUTIN
    assert articles(store) == {article.id: {"title": article.title, "date": article.date, "url": None,
                                            "source": "test"}}


@pytest.mark.parametrize(("subject", "relation", "obj", "present"), [
    (RUSSIA, "supports", ONE_CHINA, True),  # positive asserted: a direct triple
    (RUSSIA, "criticizes", NATO, False),  # negated: only a claim node
    (PUTIN, "headOfStateOf", RUSSIA, True),
])
def test_store_direct_triples_only_for_truthy_claims(store, subject, relation, obj, present):
    triple = (ox.NamedNode(subject.iri), ox.NamedNode(ONTOLOGY_NS + relation), ox.NamedNode(obj.iri))
    assert any(q.triple == ox.Triple(*triple) for q in store.quads()) is present


def test_store_claim_nodes_for_every_claim(store, claims):
    rows = list(store.query(f"SELECT (COUNT(?c) AS ?n) WHERE {{ ?c a <{ONTOLOGY_NS}Claim> }}"))
    assert int(rows[0][0].value) == len(claims)


def test_store_on_disk_survives_reopen(tmp_path, article, claims):
    with GraphStore(tmp_path / "store") as store:
        store.put_article(article, claims)
        written = _quads(store)
    with GraphStore(tmp_path / "store", read_only=True) as store:
        assert _quads(store) == written
        assert store.is_current(article)


@pytest.mark.parametrize("make", [None, "folder"], ids=["missing", "empty-folder"])
def test_store_read_only_missing_store_error(tmp_path, make):
    missing = tmp_path / "nowhere"
    if make:
        missing.mkdir()
    with pytest.raises(StoreError) as caught:
        GraphStore(missing, read_only=True)
    assert str(caught.value) == f"no graph store at '{missing}'; run 'relgraph build' first"
    assert (list(missing.iterdir()) == []) if make else not missing.exists()  # nothing was created


def test_store_read_only_refuses_writes(tmp_path, article, claims):
    GraphStore(tmp_path / "store").close()
    with GraphStore(tmp_path / "store", read_only=True) as store:
        with pytest.raises(StoreError) as caught:
            store.put_article(article, claims)
    assert str(caught.value) == f"the graph store '{tmp_path / 'store'}' is open read-only"


def test_store_second_writer_gets_a_clear_error(tmp_path):
    with GraphStore(tmp_path / "store"):
        with pytest.raises(StoreError) as caught:
            GraphStore(tmp_path / "store")
    assert str(caught.value) == (f"the graph store '{tmp_path / 'store'}' is in use by another relgraph "
                                 "process; wait for it to finish or choose another --store")


def test_store_dataset_view_sees_the_same_triples(store):
    ds = store.dataset
    assert len(ds) == len({q.triple for q in store.quads()})  # the default graph is the union
    named = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith("https://")}
    assert named == {g.value for g in store.ox.named_graphs()}


def test_store_dataset_view_runs_sparql(store):
    query = (f"PREFIX rel: <{ONTOLOGY_NS}> SELECT ?s ?o WHERE {{ ?s rel:supports ?o }}")
    via_rdflib = {(str(r[0]), str(r[1])) for r in store.dataset.query(query)}
    via_oxigraph = {(r[0].value, r[1].value) for r in store.query(query)}
    assert via_rdflib == via_oxigraph == {(RUSSIA.iri, ONE_CHINA.iri)}



def test_store_renamed_entity_keeps_one_description(store, article, claims):
    renamed = dataclasses.replace(ONE_CHINA, label="One China policy", aliases=("One-China principle",))
    changed = dataclasses.replace(article, text=article.text + " Again.")
    store.put_article(changed, [dataclasses.replace(claims[0], object=renamed)])
    assert entities(store)[ONE_CHINA.iri] == renamed
    labels = list(store.ox.quads_for_pattern(ox.NamedNode(ONE_CHINA.iri), None, None, ENTITIES_GRAPH))
    assert len([q for q in labels if q.predicate.value.endswith("#label")]) == 1


def test_store_entities_no_article_names_are_dropped(store, article, claims):
    changed = dataclasses.replace(article, text=article.text + " Again.")
    store.put_article(changed, claims[:1])  # NATO and Putin are no longer named
    assert sorted(e.label for e in entities(store).values()) == ["One-China policy", "Russia"]
    store.remove_article(article.id)
    assert entities(store) == {} and len(store) == 0


def test_store_entity_named_by_another_article_stays(store, article):
    other = make_article("NATO criticizes Russia.", article_id="a2")
    store.put_article(other, [claim_on(other, other.text, NATO, "criticizes", RUSSIA)])
    store.remove_article(article.id)
    assert sorted(e.label for e in entities(store).values()) == ["NATO", "Russia"]
