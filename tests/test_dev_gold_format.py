"""The development gold set and the sample corpus are well-formed and cover what they promise.

The gold file follows "relgraph-gold/1" (../shared/eval/README.md); the coverage floors are the
ones stated in tests/gold/README.md. The corpus files are .md with a front-matter block.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from gold_format import CLAIM_KEYS, PHENOMENA, RELATIONS, accepted_relations, sentences
from relgraph.evaluate import load_gold as load_gold_articles
from relgraph.evaluate import normalise_name
from relgraph.vocab import relation, relation_names

ROOT = Path(__file__).resolve().parent.parent
GOLD_PATH = ROOT / "tests" / "gold" / "dev_gold.json"
CORPUS_DIR = ROOT / "corpus"

MIN_REQUIRED_PER_RELATION = 4
MIN_PER_PHENOMENON = 5
MIN_SENTENCES = 150
MIN_EMPTY_ARTICLES = 12
MIN_CORPUS_FILES = 14
CORPUS_WORDS = (300, 600)
FRONT_MATTER_KEYS = ("title", "date", "source", "url")
CORPUS_NAME = re.compile(r"^\d{2}_[a-z0-9]+(?:_[a-z0-9]+)*\.md$")


GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
ARTICLES = GOLD["articles"]
ALL_CLAIMS = [(art["id"], claim) for art in ARTICLES for claim in art["claims"]]
CORPUS_FILES = sorted(CORPUS_DIR.glob("*.md"))


def names(entry: dict, side: str) -> set[str]:
    return {normalise_name(n) for n in entry[side]}


def required_per_relation() -> Counter:
    return Counter(c["relation"][0] for _, c in ALL_CLAIMS if c.get("required", True))


def tags_on_required() -> Counter:
    return Counter(t for _, c in ALL_CLAIMS if c.get("required", True) for t in c.get("tags", []))


def front_matter(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert match, f"{path.name}: no front-matter block between '---' lines"
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        assert sep, f"{path.name}: front-matter line without 'key: value': {line!r}"
        fields[key.strip()] = value.strip()
    return fields, match.group(2)


# ------------------------------------------------------------------ the gold file


def test_dev_gold_format_string():
    assert GOLD["format"] == "relgraph-gold/1"


def test_dev_gold_ids_unique():
    ids = [art["id"] for art in ARTICLES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_dev_gold_article_inline_text_of_one_to_four_sentences(article):
    assert "file" not in article
    assert isinstance(article["text"], str) and article["text"].strip()
    assert 1 <= len(sentences(article["text"])) <= 4
    assert isinstance(article["claims"], list) and isinstance(article["must_not"], list)


def test_dev_gold_loads_with_relgraph_eval():
    loaded = load_gold_articles(GOLD_PATH)
    assert [a.id for a in loaded] == [a["id"] for a in ARTICLES]
    assert sum(len(a.claims) for a in loaded) == len(ALL_CLAIMS)


@pytest.mark.parametrize("name", RELATIONS)
def test_dev_gold_core_relation_in_ontology(name):
    assert name in relation_names()


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_dev_gold_claims_well_formed(article):
    for entry in article["claims"] + article["must_not"]:
        assert set(entry) <= CLAIM_KEYS, set(entry) - CLAIM_KEYS
        for side in ("subject", "object"):
            assert entry[side] and all(isinstance(n, str) and normalise_name(n) for n in entry[side]), entry
        assert entry["relation"], entry
        unknown = [r for r in entry["relation"] if r not in RELATIONS]
        assert not unknown, f"relations {unknown} are not in the DESIGN.md §4 vocabulary"
        assert entry.get("polarity", "positive") in ("positive", "negative")
        assert isinstance(entry.get("either_direction", False), bool)
        assert isinstance(entry.get("required", True), bool)
        assert isinstance(entry.get("why", ""), str) and entry.get("why"), "every entry says why"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_dev_gold_claims_tagged_with_known_phenomena(article):
    for claim in article["claims"]:
        assert isinstance(claim["tags"], list), claim["why"]
        unknown = [t for t in claim["tags"] if t not in PHENOMENA]
        assert not unknown, f"unknown tags {unknown}; choose from {PHENOMENA}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_dev_gold_symmetric_relation_either_direction(article):
    for claim in article["claims"]:
        if relation(claim["relation"][0]).symmetric:
            assert claim.get("either_direction") is True, claim["why"]


@pytest.mark.parametrize("relation", RELATIONS)
def test_dev_gold_relation_has_required_claims(relation):
    count = required_per_relation()[relation]
    assert count >= MIN_REQUIRED_PER_RELATION, f"{relation}: {count} required claims"


@pytest.mark.parametrize("tag", PHENOMENA)
def test_dev_gold_phenomenon_tagged_on_required_claims(tag):
    count = tags_on_required()[tag]
    assert count >= MIN_PER_PHENOMENON, f"{tag}: {count} required claims"


def test_dev_gold_sentence_count():
    total = sum(len(sentences(art["text"])) for art in ARTICLES)
    assert total >= MIN_SENTENCES, total


def test_dev_gold_empty_articles():
    empty = [art for art in ARTICLES if not art["claims"]]
    assert len(empty) >= MIN_EMPTY_ARTICLES, len(empty)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_dev_gold_must_not_never_contradicts_gold(article):
    """No trap may accept a prediction that a gold claim of the same article also accepts."""
    for trap in article["must_not"]:
        for claim in article["claims"]:
            same_polarity = trap.get("polarity", "positive") == claim.get("polarity", "positive")
            shared_relation = accepted_relations(trap["relation"]) & accepted_relations(claim["relation"])
            pairs = [(claim["subject"], claim["object"])]
            if claim.get("either_direction"):
                pairs.append((claim["object"], claim["subject"]))
            overlap = any(
                names(trap, "subject") & {normalise_name(n) for n in s}
                and names(trap, "object") & {normalise_name(n) for n in o}
                for s, o in pairs
            )
            assert not (same_polarity and shared_relation and overlap), (trap["why"], claim["why"])


@pytest.mark.parametrize(("text", "expected"), [
    ("One. Two! Three? Four", 4),
    ("A price of $47.60 a barrel.", 1),
    ("No full stop at all", 1),
    ("", 0),
])
def test_dev_gold_sentence_rule(text, expected):
    assert len(sentences(text)) == expected


@pytest.mark.parametrize(("relations", "expected"), [
    (["supports"], {"supports", "praises"}),
    (["praises"], {"praises"}),
    (["officialOf"], {"officialOf", "headOfStateOf", "headOfGovernmentOf"}),
])
def test_dev_gold_accepted_relations_include_sub_relations(relations, expected):
    assert accepted_relations(relations) == expected


# ------------------------------------------------------------------ the sample corpus


def test_corpus_has_enough_files():
    assert len(CORPUS_FILES) >= MIN_CORPUS_FILES, [p.name for p in CORPUS_FILES]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_file_name_numbered_slug(path):
    assert CORPUS_NAME.match(path.name), path.name


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_front_matter_complete(path):
    fields, _ = front_matter(path)
    missing = [k for k in FRONT_MATTER_KEYS if not fields.get(k)]
    assert not missing, f"{path.name}: missing {missing}"
    assert dt.date.fromisoformat(fields["date"]).isoformat() == fields["date"]
    assert fields["url"].startswith("https://")
    assert ": " not in fields["title"], "a colon in the title breaks YAML readers"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_body_length_and_paragraphs(path):
    _, body = front_matter(path)
    words = len(body.split())
    assert CORPUS_WORDS[0] <= words <= CORPUS_WORDS[1], f"{path.name}: {words} words"
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    assert len(paragraphs) >= 4, path.name


def test_corpus_ids_and_urls_unique():
    urls = [front_matter(p)[0]["url"] for p in CORPUS_FILES]
    numbers = [p.name[:2] for p in CORPUS_FILES]
    assert len(set(urls)) == len(urls)
    assert len(set(numbers)) == len(numbers)
