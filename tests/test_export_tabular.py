"""Claims JSONL (DESIGN.md §6) and the event CSV of the built graph and of hand-made claims."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conftest import CHINA, RUSSIA, claim_on, make_article, sample_claims
from relgraph.export import FORMATS, export
from relgraph.export.tabular import EVENT_COLUMNS, generate_csv, generate_jsonl
from relgraph.schemas import claims_validator
from relgraph.store.read import claims as read_claims
from relgraph.vocab import relation

# The event CSV's documented columns, in order (GDELT/ICEWS-like: who did what to whom, when).
DOCUMENTED_COLUMNS = [
    "date", "source_actor", "source_type", "source_iso3", "source_sector", "source_wikidata", "relation",
    "target_actor", "target_type", "target_iso3", "target_sector", "target_wikidata", "plover", "cameo",
    "quad_class",
    "goldstein", "polarity", "modality", "confidence", "article", "article_title", "source", "url",
    "evidence",
]
ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.fixture(scope="module")
def jsonl_lines(built) -> list[dict]:
    text = (built.out / FORMATS["jsonl"]).read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def event_rows(built) -> list[dict]:
    with open(built.out / FORMATS["csv"], encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_tabular_jsonl_lines_match_the_schema(jsonl_lines):
    validator = claims_validator()
    for line in jsonl_lines:
        assert list(validator.iter_errors(line)) == [], line


def test_export_tabular_jsonl_has_every_stored_claim(built_store, jsonl_lines):
    rows = list(built_store.query("SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://w3id.org/relgraph/ontology#Claim> }"))
    assert len(jsonl_lines) == int(rows[0][0].value) > 100


def test_export_tabular_jsonl_is_deterministic(built, built_store, tmp_path):
    again = export(built_store, "jsonl", tmp_path / "claims.jsonl")
    assert again.read_bytes() == (built.out / FORMATS["jsonl"]).read_bytes()


def test_export_tabular_jsonl_is_ordered_by_article_and_offset(jsonl_lines):
    keys = [(line["article"], line["start"]) for line in jsonl_lines]
    assert keys == sorted(keys)


def test_export_tabular_csv_has_the_documented_columns(built):
    header = (built.out / FORMATS["csv"]).read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == DOCUMENTED_COLUMNS == list(EVENT_COLUMNS)


def test_export_tabular_csv_has_only_event_relations(event_rows, jsonl_lines):
    assert event_rows
    assert all(relation(row["relation"]).is_event for row in event_rows)
    events = [line for line in jsonl_lines if line["cameo"] is not None]
    assert len(event_rows) == len(events)


@pytest.mark.parametrize("column", ["source_iso3", "target_iso3"])
def test_export_tabular_csv_iso3_codes(event_rows, column):
    codes = [row[column] for row in event_rows if row[column]]
    assert codes, f"no {column} at all"
    assert [c for c in codes if not ISO3.match(c)] == []


def test_export_tabular_csv_codes_agree_with_jsonl(event_rows, jsonl_lines):
    events = [line for line in jsonl_lines if line["cameo"] is not None]
    for row, line in zip(event_rows, events):
        counted = line["polarity"] == "positive" and line["modality"] != "possible"
        assert (row["relation"], row["cameo"], int(row["quad_class"]), float(row["goldstein"])) == (
            line["relation"], line["cameo"], line["quad"], line["goldstein"] if counted else 0.0)
        assert row["evidence"] == line["evidence"]


# ---------------------------------------------------------------- hand-made claims
def test_export_tabular_csv_skips_structural_claims():
    article = make_article()
    text = generate_csv(sample_claims(article), {article.id: {"title": article.title, "source": "test"}})
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["source_actor"], r["relation"], r["target_actor"], r["polarity"]) for r in rows] == [
        ("Russia", "supports", "One-China policy", "positive"),
        ("Russia", "criticizes", "NATO", "negative"),
    ]
    assert rows[0]["article_title"] == "A test article"
    assert (float(rows[0]["goldstein"]), float(rows[1]["goldstein"])) == (3.5, 0.0)  # a negated claim weighs nothing
    assert (rows[0]["source_iso3"], rows[0]["target_iso3"], rows[1]["target_wikidata"]) == ("RUS", "", "Q7184")


def test_export_tabular_finer_cameo_code_changes_quad_class():
    article = make_article("Russia demanded that China act.")
    demand = claim_on(article, article.text, RUSSIA, "appealsTo", CHINA, cameo="10")
    (line,) = [json.loads(s) for s in generate_jsonl([demand])]
    assert (line["plover"], line["cameo"], line["quad"], line["goldstein"]) == ("REQUEST", "10", 3, -5.0)
    (row,) = csv.DictReader(io.StringIO(generate_csv([demand], {})))
    assert (row["cameo"], row["quad_class"], row["goldstein"]) == ("10", "3", "-5.0")


def test_export_tabular_csv_quotes_evidence_with_commas_and_newlines():
    article = make_article('Russia, "firmly", backs\nthe One-China policy.')
    claim = claim_on(article, article.text, RUSSIA, "supports", CHINA)
    (row,) = csv.DictReader(io.StringIO(generate_csv([claim], {})))
    assert row["evidence"] == article.text


def test_export_tabular_store_claims_round_trip_to_jsonl(built_store, jsonl_lines):
    again = [json.loads(s) for s in generate_jsonl(read_claims(built_store))]
    assert again == jsonl_lines
