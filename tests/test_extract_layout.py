"""The re-laid extraction layer: one context per Doc, read-only, built with the pipeline's own
resources; every claim names its rule; the six defects that the old layout caused stay fixed."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy

from relgraph.extract import RULES, doc_for, extract_doc
from relgraph.nlp import load_model
from relgraph.nlp.model import model_name
from relgraph.paths import ontology_file
from relgraph.pipeline import extract_text, extraction_fingerprint
from relgraph.records import Article
from relgraph.store import GraphStore


def _pipeline(**actor_config):
    nlp = spacy.load(model_name())
    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner", config=actor_config)
    nlp.add_pipe("relgraph_claims")
    return nlp


def _triples(claims):
    return [(c.subject.label, c.relation, c.object.label, c.modality) for c in claims]


def test_extract_layout_component_reads_with_its_own_gazetteer(tmp_path):
    """A place added through relgraph_actors' gazetteer_dir takes part in claims (defect 1)."""
    ontology = tmp_path / "ontology"
    shutil.copytree(ontology_file("relgraph.ttl").parent, ontology)
    with open(ontology / "actors" / "places.tsv", "a", encoding="utf-8") as table:
        table.write("zorvath\tQ99999999\tZorvath\tTUR\t\n")
    doc = _pipeline(gazetteer_dir=str(ontology))("Russia attacked Zorvath.")
    assert [(c.relation, c.object.label, c.object.wikidata) for c in doc._.claims] == [
        ("attacks", "Zorvath", "Q99999999")]


def test_extract_layout_content_hash_covers_resources_and_model(tmp_path):
    """Another fingerprint (an edited lexicon, another model) makes a stored article stale (defect 2)."""
    article = Article("a", "France condemned Iran.")
    with GraphStore(tmp_path / "store", fingerprint=extraction_fingerprint()) as store:
        store.put_article(article, [])
        assert store.is_current(article)
    with GraphStore(tmp_path / "store", fingerprint=extraction_fingerprint("en_core_web_lg")) as store:
        assert not store.is_current(article)


def test_extract_layout_extractor_order_does_not_matter():
    """Roles are read before any rule runs, so their order cannot change a claim (defect 3)."""
    text = "Kenyan Foreign Minister Musalia Mudavadi said Kenya would deploy police to Haiti."
    doc = doc_for(load_model()(text), Article("k", text))
    assert extract_doc(doc, ["roles", "events"]) == extract_doc(doc, ["events", "roles"])


def test_extract_layout_claims_component_works_in_worker_processes():
    """Nothing unpicklable is left on the Doc: relgraph_claims runs under nlp.pipe(n_process=2) (defect 4)."""
    nlp = _pipeline()
    docs = list(nlp.pipe(["Russia praised China.", "Japan criticised North Korea."], n_process=2))
    assert [_triples(d._.claims) for d in docs] == [[("Russia", "praises", "China", "asserted")],
                                                    [("Japan", "criticizes", "North Korea", "asserted")]]


def test_extract_layout_common_word_is_no_country():
    """A name matched regardless of case must be written as a name: a roast turkey is no Turkey (defect 5)."""
    assert not [c for c in extract_text("Putin praised the roast turkey.") if c.object.label == "Turkey"]
    assert [c.object.label for c in extract_text("Putin praised TURKEY.")] == ["Turkey"]


@pytest.mark.parametrize(("text", "modality"), [
    ("Tokyo could call the measures illegal.", "possible"),
    ("Tokyo called the measures illegal.", "asserted"),
])
def test_extract_layout_evaluations_read_their_clause(text, modality):
    """An evaluation's naming verb is read like any other trigger (defect 6)."""
    (claim,) = extract_text(text)
    assert (claim.relation, claim.modality) == ("criticizes", modality)


def test_extract_layout_every_claim_names_its_rule(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing. "
                                    "Western sanctions on Russia stayed.", encoding="utf-8")
    lines = [json.loads(line) for line in cli(["extract", tmp_path / "a.txt"]).out.splitlines()]
    assert {line["rule"] for line in lines} == {"verb", "role", "noun-owner"}
    assert all(line["rule"] in RULES for line in lines)


def test_extract_layout_actor_flag_keeps_acts_out_of_the_object():
    """A lexicon row flagged 'actor' ("thank") never makes an act or a concept its object."""
    claims = extract_text("Zelensky thanked the lawmakers. Zelensky praised the decision.")
    assert [(c.relation, c.object.label, c.object.type) for c in claims] == [("praises", "decision", "Event")]
