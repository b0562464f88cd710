"""The claim verifier: deterministic training, retraining that changes the model and the
confidences, one clear error for a missing or corrupt model, and the direct-triple threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relgraph.errors import InputError
from relgraph.evaluate import load_gold
from relgraph.pipeline import extract_articles
from relgraph.verify import DEFAULT_MODEL, load_verifier
from relgraph.verify.train import fit, labelled

GOLD = Path(__file__).resolve().parent / "gold" / "holdout_gold.json"


@pytest.fixture(scope="module")
def samples():
    articles = load_gold(GOLD)
    return labelled(articles, extract_articles((g.article() for g in articles), verifier=None))


def test_verify_training_is_deterministic(samples):
    assert fit(samples).to_json() == fit(samples).to_json()


def test_verify_retraining_changes_the_model_and_the_confidences(samples, cli, tmp_path):
    """A verifier trained on other gold gives other weights, and extraction with it other confidences."""
    shipped = load_verifier()
    model = tmp_path / "mine.json"
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"format": "relgraph-gold/1", "articles": json.loads(GOLD.read_text())["articles"]}))
    result = cli(["train", gold, "--out", model])
    assert result.code == 0 and result.out.startswith("trained on ")
    mine = load_verifier(model)
    assert mine.weights != shipped.weights
    text = tmp_path / "a.txt"
    text.write_text("Russia praised China. Sudanese rebels attacked Chad.", encoding="utf-8")
    confidences = {v: [json.loads(line)["confidence"] for line in cli(["extract", text, "--verifier", v]).out.splitlines()]
                   for v in (str(model), str(DEFAULT_MODEL), "none")}
    assert len({tuple(c) for c in confidences.values()}) == 3


@pytest.mark.parametrize(("content", "message"), [
    (None, "no verifier model at"),
    ("{not json", "is not usable"),
    ('{"format": "relgraph-verifier/1", "weights": {}}', "is not usable"),
])
def test_verify_missing_or_corrupt_model_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as error:
        load_verifier(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_verify_too_few_claims_to_train_is_a_usage_error(samples):
    from relgraph.errors import UsageError

    with pytest.raises(UsageError, match="too few to train a verifier"):
        fit(samples[:3])


def test_verify_min_confidence_keeps_unsure_claims_as_nodes_only(cli, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russia praised China.", encoding="utf-8")
    low = cli(["build", text, "--out", tmp_path / "low", "-q", "--format", "nq", "--min-confidence", "0"])
    high = cli(["build", text, "--out", tmp_path / "high", "-q", "--format", "nq", "--min-confidence", "1"])
    assert low.code == high.code == 0
    direct = "<https://w3id.org/relgraph/id/country/RUS> <https://w3id.org/relgraph/ontology#praises>"
    assert direct in (tmp_path / "low" / "graph.nq").read_text()
    high_nq = (tmp_path / "high" / "graph.nq").read_text()
    assert direct not in high_nq and "ontology#Claim" in high_nq
