"""The held-out gold set (tests/gold/holdout_gold.json) is well-formed and keeps its coverage floors.

The file follows "relgraph-gold/1" (../shared/eval/README.md) and the conventions of
tests/gold/README.md. It was written without running the extractor; these tests check only its shape.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from gold_format import CLAIM_KEYS, PHENOMENA, RELATIONS, accepted_relations, sentences
from relgraph.evaluate import load_gold, normalise_name
from relgraph.vocab import relation, relation_names

GOLD_PATH = Path(__file__).resolve().parent / "gold" / "holdout_gold.json"

MIN_REQUIRED_PER_RELATION = 3
MIN_REQUIRED_PER_PHENOMENON = 4
MIN_EMPTY_ARTICLES = 6
MIN_MUST_NOT = 25
PASSAGES = (45, 55)
MIN_SENTENCES = 100

GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
ARTICLES = GOLD["articles"]
ALL_CLAIMS = [claim for art in ARTICLES for claim in art["claims"]]
ALL_ENTRIES = ALL_CLAIMS + [trap for art in ARTICLES for trap in art["must_not"]]


def required_per_relation() -> Counter:
    return Counter(c["relation"][0] for c in ALL_CLAIMS if c.get("required", True))


def tags_on_required() -> Counter:
    return Counter(t for c in ALL_CLAIMS if c.get("required", True) for t in c["tags"])


def normalised(names: list[str]) -> set[str]:
    return {normalise_name(n) for n in names}


def test_holdout_gold_format_and_about():
    assert GOLD["format"] == "relgraph-gold/1"
    assert "held-out" in GOLD["about"].lower()


def test_holdout_gold_loads_with_load_gold():
    loaded = load_gold(GOLD_PATH)
    assert [a.id for a in loaded] == [a["id"] for a in ARTICLES]
    assert sum(len(a.claims) for a in loaded) == len(ALL_CLAIMS)


def test_holdout_gold_ids_unique_and_prefixed():
    ids = [art["id"] for art in ARTICLES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert all(re.fullmatch(r"hold-\d{3}-[a-z0-9-]+", i) for i in ids), ids


def test_holdout_gold_size():
    assert PASSAGES[0] <= len(ARTICLES) <= PASSAGES[1]
    assert sum(len(sentences(a["text"])) for a in ARTICLES) >= MIN_SENTENCES


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_holdout_gold_article_inline_one_to_three_sentences(article):
    assert "file" not in article
    assert 1 <= len(sentences(article["text"])) <= 3


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_holdout_gold_entries_well_formed(article):
    for entry in article["claims"] + article["must_not"]:
        assert set(entry) <= CLAIM_KEYS, set(entry) - CLAIM_KEYS
        assert entry["subject"] and entry["object"] and entry["relation"], entry
        assert entry.get("polarity", "positive") in ("positive", "negative")
        assert entry.get("why"), "every entry says why"
    for claim in article["claims"]:
        assert set(claim["tags"]) <= set(PHENOMENA), claim["tags"]


def test_holdout_gold_relation_names_in_vocabulary():
    known = set(relation_names())
    unknown = sorted({r for e in ALL_ENTRIES for r in e["relation"] if r not in known})
    assert not unknown, f"relations {unknown} are not in relgraph.vocab.relation_names()"


@pytest.mark.parametrize("name", RELATIONS)
def test_holdout_gold_relation_has_required_claims(name):
    count = required_per_relation()[name]
    assert count >= MIN_REQUIRED_PER_RELATION, f"{name}: {count} required claims"


@pytest.mark.parametrize("tag", PHENOMENA)
def test_holdout_gold_phenomenon_tagged_on_required_claims(tag):
    count = tags_on_required()[tag]
    assert count >= MIN_REQUIRED_PER_PHENOMENON, f"{tag}: {count} required claims"


def test_holdout_gold_empty_passages():
    empty = [art["id"] for art in ARTICLES if not art["claims"]]
    assert len(empty) >= MIN_EMPTY_ARTICLES, empty


def test_holdout_gold_must_not_count():
    assert sum(len(art["must_not"]) for art in ARTICLES) >= MIN_MUST_NOT


def test_holdout_gold_symmetric_relations_either_direction():
    wrong = [c["why"] for c in ALL_CLAIMS
             if relation(c["relation"][0]).symmetric and not c.get("either_direction")]
    assert not wrong, wrong


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_holdout_gold_must_not_never_accepts_a_gold_reading(article):
    for trap in article["must_not"]:
        for claim in article["claims"]:
            if trap.get("polarity", "positive") != claim.get("polarity", "positive"):
                continue
            if not accepted_relations(trap["relation"]) & accepted_relations(claim["relation"]):
                continue
            pairs = [(claim["subject"], claim["object"])]
            if claim.get("either_direction"):
                pairs.append((claim["object"], claim["subject"]))
            clash = any(normalised(trap["subject"]) & normalised(s) and normalised(trap["object"]) & normalised(o)
                        for s, o in pairs)
            assert not clash, (trap["why"], claim["why"])
