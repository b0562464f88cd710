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


def test_verify_calibrating_on_unseen_articles_follows_their_precision(samples):
    """Calibrated on held-out claims that are mostly wrong, the same weights give lower confidences
    than out-of-fold calibration on the training claims."""
    half = len(samples) // 2
    wrongs = [(c, 0) for c, _ in samples[half:]]
    held_out = wrongs[:-5] + [(c, 1) for c, _ in samples[half:][-5:]]
    own, unseen = fit(samples[:half]), fit(samples[:half], held_out=held_out)
    assert own.weights == unseen.weights
    claims = [c for c, _ in samples]
    assert sum(unseen.score(c) for c in claims) < sum(own.score(c) for c in claims)


def test_verify_train_calibrates_on_a_second_gold_file(cli, tmp_path):
    articles = json.loads(GOLD.read_text())["articles"]
    for name, part in (("a.json", articles[::2]), ("b.json", articles[1::2])):
        (tmp_path / name).write_text(json.dumps({"format": "relgraph-gold/1", "articles": part}))
    result = cli(["train", tmp_path / "a.json", "--calibrate-on", tmp_path / "b.json", "--out", tmp_path / "m.json"])
    assert result.code == 0 and ", calibrated on " in result.out
    assert "calibrated on b.json" in load_verifier(tmp_path / "m.json").about


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


def test_verify_threshold_counts_equal_scores_together():
    """Claims of one calibrated score are kept or dropped together: a tie cannot lift precision."""
    from relgraph.verify.train import _threshold

    scores = [0.95] * 9 + [0.7] * 10  # the 0.7 level is right only half the time
    labels = [1] * 9 + [1] * 5 + [0] * 5
    assert _threshold(scores, labels) == 0.95


@pytest.mark.parametrize(("evidence", "feature"), [
    ("We must stand up to Russia, I believe.", "first-person"),
    ("Russia should withdraw from Ukraine.", "ought"),
    ("Will Russia attack Ukraine?", "question"),
])
def test_verify_features_read_the_voice_of_the_sentence(evidence, feature):
    from relgraph.records import Claim, Entity
    from relgraph.verify.features import features

    ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    ua = Entity("country/UKR", "Ukraine", "Country", "UKR", "Q212")
    assert feature in features(Claim("a", 2, 0, len(evidence), evidence, ru, "attacks", ua, rule="verb"))
    assert feature not in features(Claim("a", 2, 0, 22, "Russia attacked Ukraine.", ru, "attacks", ua, rule="verb"))


def test_verify_eval_scores_only_claims_above_min_confidence(cli, tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"format": "relgraph-gold/1", "articles": [
        {"id": "a", "text": "Russia attacked Ukraine on Monday.",
         "claims": [{"subject": ["Russia"], "relation": ["attacks"], "object": ["Ukraine"]}]}]}), encoding="utf-8")
    everything = json.loads(cli(["eval", gold, "--json"]).out)["g"]
    nothing = json.loads(cli(["eval", gold, "--json", "--min-confidence", "1"]).out)["g"]
    assert everything["found"] == 1 and nothing["found"] == 0
    bad = cli(["eval", gold, "--min-confidence", "high"])
    assert bad.code == 2 and "neither a number" in bad.err


def test_verify_features_name_the_trigger_word():
    """The word that fired is a feature of its own, case folded: some verbs of a relation mislead more than others."""
    from relgraph.records import Claim, Entity
    from relgraph.verify.features import features

    ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    ua = Entity("country/UKR", "Ukraine", "Country", "UKR", "Q212")
    assert "trigger=struck" in features(Claim("a", 0, 0, 20, "Russia Struck Ukraine", ru, "attacks", ua, rule="verb",
                                              trigger="Struck"))
    assert not any(f.startswith("trigger=") for f in features(Claim("a", 0, 0, 20, "Russia struck Ukraine", ru,
                                                                        "attacks", ua, rule="verb")))


def test_verify_features_tell_a_headline_claim():
    """A claim read in the headline (sentence -1) has a position of its own: headlines compress and mislead."""
    from relgraph.records import Claim, Entity
    from relgraph.verify.features import features

    ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    ua = Entity("country/UKR", "Ukraine", "Country", "UKR", "Q212")
    assert "position=headline" in features(Claim("a", -1, 0, 22, "Russia Attacks Ukraine", ru, "attacks", ua, rule="verb"))
    assert "position=headline" not in features(Claim("a", 0, 0, 22, "Russia attacked Ukraine.", ru, "attacks", ua, rule="verb"))


def test_verify_features_tell_where_the_date_came_from():
    """A claim whose sentence gives its date reports news; one dated by the article may be background."""
    from relgraph.records import Claim, Entity
    from relgraph.verify.features import features

    ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    ua = Entity("country/UKR", "Ukraine", "Country", "UKR", "Q212")
    dated = Claim("a", 0, 0, 30, "Russia attacked Ukraine on Monday.", ru, "attacks", ua, rule="verb", date_source="text")
    assert "date=text" in features(dated)
    assert not any(f.startswith("date=") for f in features(Claim("a", 0, 0, 22, "Russia attacked Ukraine.", ru, "attacks", ua,
                                                                     rule="verb")))
