"""The claims-JSONL contract (DESIGN.md §6): the shipped JSON Schema, and `relgraph extract` output checked against it."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from conftest import CHINA, RUSSIA, SEED, claim_on, make_article, sample_claims
from relgraph.export.records import claim_dict
from relgraph.records import ENTITY_TYPES, MODALITIES, POLARITIES
from relgraph.schemas import claims_schema, claims_validator
from relgraph.vocab import relation_names

# The keys of one line, in the order of DESIGN.md §6.
CONTRACT_KEYS = ["article", "sentence", "start", "end", "evidence", "subject", "relation", "object",
                 "polarity", "modality", "confidence", "plover", "cameo", "quad", "goldstein", "date",
                 "date_source", "extractor", "rule"]
ENTITY_KEYS = ["iri", "label", "type", "country", "wikidata"]


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return claims_validator()


@pytest.fixture(scope="module")
def seed_lines(cli) -> list[str]:
    result = cli(["extract", SEED, "--format", "jsonl"])
    assert result.code == 0, result.err
    return result.out.splitlines()


def test_schema_is_valid_draft_2020_12():
    schema = claims_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_relation_enum_agrees_with_ontology():
    assert claims_schema()["properties"]["relation"]["enum"] == relation_names()


@pytest.mark.parametrize(("where", "expected"), [
    (("properties", "polarity", "enum"), list(POLARITIES)),
    (("properties", "modality", "enum"), list(MODALITIES)),
    (("$defs", "entity", "properties", "type", "enum"), list(ENTITY_TYPES)),
    (("properties", "quad", "enum"), [1, 2, 3, 4, None]),
    (("required",), CONTRACT_KEYS),
    (("$defs", "entity", "required"), ENTITY_KEYS),
])
def test_schema_enums_and_keys_agree_with_records(where, expected):
    node = claims_schema()
    for key in where:
        node = node[key]
    assert node == expected


def test_schema_claims_schema_returns_a_fresh_copy():
    schema = claims_schema()
    schema["properties"].clear()
    assert "relation" in claims_schema()["properties"]


@pytest.fixture
def good_line() -> dict:
    article = make_article()
    return claim_dict(sample_claims(article)[0])


def test_schema_accepts_claim_dict(validator, good_line):
    assert list(validator.iter_errors(good_line)) == []
    assert list(good_line) == CONTRACT_KEYS


def test_schema_accepts_optional_speaker_and_qualifier(validator):
    article = make_article("Moscow said China threatened to impose tariffs on Russia.")
    claim = claim_on(article, article.text, CHINA, "threatens", RUSSIA, modality="reported", speaker=RUSSIA,
                     qualifier="impose tariffs")
    line = claim_dict(claim)
    assert list(line)[-2:] == ["speaker", "qualifier"]
    assert list(validator.iter_errors(line)) == []


_DELETE = object()
BAD_LINES = [  # (dotted key, new value or _DELETE, the JSON Schema keyword that rejects it)
    ("extra", 1, "additionalProperties"),
    ("subject.extra", 1, "additionalProperties"),
    ("evidence", _DELETE, "required"),
    ("object.wikidata", _DELETE, "required"),
    ("relation", "fights", "enum"),
    ("polarity", "maybe", "enum"),
    ("modality", "rumoured", "enum"),
    ("confidence", 1.5, "maximum"),
    ("confidence", -0.1, "minimum"),
    ("quad", 5, "enum"),
    ("goldstein", 11, "maximum"),
    ("goldstein", -10.5, "minimum"),
    ("date", "04/11/2025", "pattern"),
    ("subject.country", "RU", "pattern"),
    ("subject.wikidata", "159", "pattern"),
    ("subject.type", "Nation", "enum"),
    ("start", -1, "minimum"),
    ("sentence", "3", "type"),
    ("plover", 5, "type"),
    ("speaker", {"label": "Russia"}, "required"),
    ("qualifier", 3, "type"),
]


@pytest.mark.parametrize(("path", "value", "keyword"), BAD_LINES,
                         ids=[f"{p}={'<deleted>' if v is _DELETE else v}" for p, v, _ in BAD_LINES])
def test_schema_rejects_bad_line(validator, good_line, path, value, keyword):
    *parents, last = path.split(".")
    node = good_line
    for key in parents:
        node = node[key]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value
    assert {e.validator for e in validator.iter_errors(good_line)} == {keyword}


@pytest.mark.parametrize(("key", "value"), [
    ("plover", None), ("cameo", None), ("quad", None), ("goldstein", None), ("date", None),
    ("goldstein", -10), ("goldstein", 10), ("confidence", 0), ("confidence", 1), ("cameo", "0311"),
])
def test_schema_accepts_boundary_values(validator, good_line, key, value):
    good_line[key] = value
    assert list(validator.iter_errors(good_line)) == []


def test_schema_extract_seed_lines_validate(validator, seed_lines):
    assert seed_lines, "the seed article gave no claims"
    for line in seed_lines:
        record = json.loads(line)
        assert list(validator.iter_errors(record)) == [], line
        assert list(record)[:len(CONTRACT_KEYS)] == CONTRACT_KEYS


def test_schema_extract_seed_evidence_is_the_text_slice(seed_lines, seed_article):
    for line in seed_lines:
        record = json.loads(line)
        assert record["article"] == seed_article.id
        assert record["evidence"] == seed_article.text[record["start"]:record["end"]]


def test_schema_extract_seed_has_the_design_example(seed_lines):
    found = [json.loads(line) for line in seed_lines]
    example = [r for r in found if r["subject"]["label"] == "Russia" and r["relation"] == "supports"
               and r["object"]["label"] == "One-China policy"]
    assert example, "Russia supports One-China policy is missing"
    assert example[0]["evidence"].startswith("Russia reaffirmed its adherence to the One-China policy, ")
    assert (example[0]["polarity"], example[0]["modality"]) == ("positive", "asserted")
    assert (example[0]["plover"], example[0]["cameo"], example[0]["quad"]) == ("SUPPORT", "05", 1)


def test_schema_extract_is_deterministic(cli, seed_lines):
    again = cli(["extract", SEED, "--format", "jsonl"])
    assert again.code == 0
    assert again.out.splitlines() == seed_lines
