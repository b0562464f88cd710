"""Properties of extraction over the whole sample corpus: evidence is the article's own text,
output is deterministic, and every claim's entities are in the built graph with type and label."""

from __future__ import annotations

from pathlib import Path

import pytest

from relgraph.extract.headline import HEADLINE
from relgraph.pipeline import extract_articles
from relgraph.readers import iter_articles
from relgraph.records import ENTITY_TYPES
from relgraph.store import GraphStore
from relgraph.store.read import entities

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def extracted():
    articles = list(iter_articles([CORPUS]))
    return articles, [claims for _, claims in extract_articles(articles)]


def test_extract_corpus_evidence_equals_offset_slice(extracted):
    articles, results = extracted
    assert sum(map(len, results)) > 100
    for article, claims in zip(articles, results):
        for claim in claims:
            source = article.title if claim.sentence == HEADLINE else article.text  # a headline claim indexes the title
            assert source[claim.start:claim.end] == claim.evidence
            assert claim.evidence == claim.evidence.strip() and claim.evidence


def test_extract_corpus_is_deterministic(extracted):
    articles, results = extracted
    again = [claims for _, claims in extract_articles(articles)]
    assert again == results


def test_extract_corpus_claims_are_well_formed(extracted):
    articles, results = extracted
    for article, claims in zip(articles, results):
        for claim in claims:
            assert claim.article == article.id
            if claim.date_source == "article":
                assert claim.date == article.date
            else:  # a date the sentence gives, within a year of the article's
                assert claim.date_source == "text" and abs(int(claim.date[:4]) - int(article.date[:4])) <= 1
            assert claim.subject.key != claim.object.key
            actors = ("Place",) if claim.relation == "locatedIn" else ("Country", "Person", "Organization", "Group")
            assert claim.subject.type in actors
            assert claim.object.type in ENTITY_TYPES
            assert 0 < claim.confidence <= 1


def test_extract_corpus_entities_exist_in_graph(extracted, tmp_path):
    articles, results = extracted
    with GraphStore(tmp_path / "store") as store:
        for article, claims in zip(articles, results):
            store.put_article(article, claims)
        described = entities(store)
    for claims in results:
        for claim in claims:
            for e in (claim.subject, claim.object):
                assert e.iri in described, e
                assert described[e.iri].type == e.type and described[e.iri].label == e.label
