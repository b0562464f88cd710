"""The scorer: gold files that point at a JSONL by id, modality classes, sub-state codes, per-kind
tallies, the sentence shown for a miss, and inter-annotator agreement."""

from __future__ import annotations

import json

import pytest

from relgraph.errors import InputError
from relgraph.evaluate import agreement, claim_matches, entity_matches, load_gold, score
from relgraph.evaluate.gold import GoldClaim, normalise_name
from relgraph.records import Claim, Entity

ISRAEL = Entity("country/ISR", "Israel", "Country", country="ISR", wikidata="Q801")
IDF = Entity("actor/ISR/military", "Israeli military", "Group", country="ISR", sector="military")
REBELS = Entity("actor/SDN/rebels", "Sudanese rebels", "Group", country="SDN", sector="rebels")
HAMAS = Entity("group/hamas", "Hamas", "Group", wikidata="Q38799")


def _names(*names: str) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in names)


def _claim(subject: Entity, relation: str, obj: Entity, modality: str = "asserted") -> Claim:
    return Claim("a", 0, 0, 1, "x", subject, relation, obj, modality=modality)


@pytest.mark.parametrize(("entity", "names", "expected"), [
    (IDF, ("ISR/military",), True),  # the sub-state code
    (IDF, ("ISR",), True),  # a state's own sector also answers to the state's code
    (REBELS, ("SDN/rebels",), True),
    (REBELS, ("SDN",), False),  # rebels are never their state
    (REBELS, ("Sudan",), False),
    (ISRAEL, ("ISR",), True),
    (HAMAS, ("Q38799",), True),
])
def test_evaluate_entity_names(entity, names, expected):
    assert entity_matches(entity, _names(*names)) is expected


@pytest.mark.parametrize(("gold_modality", "predicted", "expected"), [
    (None, "intended", True),  # a gold claim without modality accepts any
    ("reported", "asserted", True),  # both state the act as happening
    ("asserted", "reported", True),
    ("intended", "asserted", False),  # a plan stated as fact is wrong
    ("asserted", "intended", False),
    ("possible", "intended", True),
])
def test_evaluate_modality_classes(gold_modality, predicted, expected):
    gold = GoldClaim(_names("Israel"), ("attacks",), _names("Hamas"), modality=gold_modality)
    assert claim_matches(_claim(ISRAEL, "attacks", HAMAS, predicted), gold) is expected


@pytest.mark.parametrize(("relation", "expected"), [
    ("cooperatesWith", True),  # owl:SymmetricProperty: the same fact either way round
    ("meetsWith", True),
    ("attacks", False),  # who attacked whom matters
])
def test_evaluate_symmetric_relation_matches_either_way_round(relation, expected):
    gold = GoldClaim(_names("Israel"), (relation,), _names("Hamas"))
    assert claim_matches(_claim(HAMAS, relation, ISRAEL), gold) is expected


def _write_pool(tmp_path, gold: dict) -> str:
    pool = tmp_path / "pool.jsonl"
    pool.write_text("\n".join(json.dumps(r) for r in [
        {"id": "n1", "title": "Strike", "text": "Israel attacked Hamas. Egypt said nothing.", "date": "2004-08-01"},
        {"id": "n2", "text": "It rained."}]), encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"format": "relgraph-gold/1", "source": "pool.jsonl", **gold}), encoding="utf-8")
    return path


def test_evaluate_source_reference_reads_the_article_as_build_does(tmp_path):
    path = _write_pool(tmp_path, {"articles": [{"id": "n1", "claims": []}, {"id": "n2"}]})
    first, second = load_gold(path)
    assert (first.text, first.title, first.date) == ("Israel attacked Hamas. Egypt said nothing.", "Strike",
                                                     "2004-08-01")
    assert second.text == "It rained." and second.claims == ()


@pytest.mark.parametrize(("articles", "pool", "message"), [
    ([{"id": "n9"}], True, "id 'n9' is not in its source 'pool.jsonl'"),
    ([{"id": "n1"}], False, "its source 'pool.jsonl' is missing"),
])
def test_evaluate_source_reference_errors(tmp_path, articles, pool, message):
    path = _write_pool(tmp_path, {"articles": articles})
    if not pool:
        (tmp_path / "pool.jsonl").unlink()
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_evaluate_report_counts_kinds_and_shows_the_missed_sentence(tmp_path):
    path = _write_pool(tmp_path, {"articles": [{"id": "n1", "claims": [
        {"subject": ["Israel"], "relation": ["attacks"], "object": ["Hamas"]},
        {"subject": ["Egypt"], "relation": ["criticizes"], "object": ["Israel"]},
        {"subject": ["Egypt"], "relation": ["memberOf"], "object": ["Arab League"], "required": False}]}]})
    predicted = [_claim(ISRAEL, "attacks", HAMAS), _claim(HAMAS, "attacks", ISRAEL)]
    report = score(load_gold(path), lambda articles: [(a, predicted) for a in articles])
    assert (report.required, report.found, report.matched, report.unmatched) == (2, 1, 1, 1)
    assert report.per_kind["event"].required == 2 and report.per_kind["structure"].required == 0
    assert [(m.article, m.sentence) for m in report.misses] == [("n1", "Egypt said nothing.")]


def test_evaluate_agreement_pairs_claims_one_to_one(tmp_path):
    claim = {"subject": ["Israel", "ISR"], "relation": ["attacks"], "object": ["Hamas"]}
    a = _write_pool(tmp_path, {"articles": [{"id": "n1", "claims": [claim, claim]}]})
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"format": "relgraph-gold/1", "articles": [{"id": "n1", "text": "x", "claims": [
        {"subject": ["ISR"], "relation": ["attacks"], "object": ["Hamas"], "modality": "intended"}]}]}))
    result = agreement(load_gold(a), load_gold(b))
    assert (result.claims_a, result.claims_b, result.paired, result.same_modality) == (2, 1, 1, 0)
    assert result.f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(("written", "gold", "same"), [
    ("U.N. crackdown", "UN crackdown", True),
    ("U.S.-led forces", "US-led forces", True),
    ("St. Petersburg", "St Petersburg", True),
    ("U.N. crackdown", "crackdown", False),
])
def test_evaluate_dotted_initials_are_one_word(written, gold, same):
    """"U.N." and "UN" are one name to the scorer, as an analyst reads them; other words still count."""
    assert entity_matches(Entity("event/x", written, "Event"), _names(gold)) is same


def test_evaluate_names_match_without_accents_and_by_curated_alias():
    """A gold "Antonio Guterres" is "António Guterres"; a gold "Sergei Lavrov" the entity "Sergey Lavrov"
    whose curated aliases include that spelling."""
    guterres = Entity("person/antonio-guterres", "António Guterres", "Person")
    lavrov = Entity("person/sergey-lavrov", "Sergey Lavrov", "Person", aliases=("Sergei Lavrov", "Lavrov"))
    assert entity_matches(guterres, _names("Antonio Guterres"))
    assert entity_matches(lavrov, _names("Sergei Lavrov"))


def test_evaluate_inline_article_keeps_its_title_and_date(tmp_path):
    """An article written into the gold file may give its title and date: offices and plans are read on that date."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"format": "relgraph-gold/1", "articles": [
        {"id": "a", "title": "Talks", "date": "4 November 2025", "text": "Russia met China.", "claims": []}]}),
        encoding="utf-8")
    (article,) = load_gold(path)
    assert (article.title, article.date) == ("Talks", "2025-11-04")
