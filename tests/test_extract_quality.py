"""Extraction quality, measured: the seed article's gold file, our development gold set, the
held-out set (written without running the tool, never tuned on: its floor only guards against
regressions) and the tune halves of the real-news gold (issue 11). The real-news check halves are
scored by `make quality`, never floored here: nobody tunes to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from relgraph.evaluate import load_gold, score
from relgraph.pipeline import extract_articles

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"
DEV_GOLD = ROOT / "tests" / "gold" / "dev_gold.json"
HOLDOUT_GOLD = ROOT / "tests" / "gold" / "holdout_gold.json"
NEWS_DATA = ROOT.parent / "shared" / "data"

# (gold file, minimum precision, minimum recall, most must-not hits). The seed thresholds are the
# issue's; the others are the figures reached so far, kept as floors so no change makes extraction worse.
CASES = [
    pytest.param(SEED_GOLD, 0.85, 0.90, 0, id="seed"),
    pytest.param(DEV_GOLD, 0.98, 0.85, 0, id="dev"),
    pytest.param(HOLDOUT_GOLD, 0.84, 0.41, 3, id="holdout"),
    # real news, tune halves: the figures measured when the gold was made, less a small margin
    pytest.param(ROOT / "tests" / "gold" / "news_wire_tune.json", 0.70, 0.17, 0, id="news-wire-tune"),
    pytest.param(ROOT / "tests" / "gold" / "news_guardian_tune.json", 0.68, 0.20, 1, id="news-guardian-tune"),
]


@pytest.mark.parametrize(("gold", "min_precision", "min_recall", "max_must_not"), CASES)
def test_extract_quality_meets_thresholds(gold, min_precision, min_recall, max_must_not):
    if gold.name.startswith("news_") and not NEWS_DATA.is_dir():
        pytest.skip(f"the real-news pools are missing ({NEWS_DATA}); the news gold is not scored")
    report = score(load_gold(gold), lambda articles: extract_articles(articles))
    assert len(report.must_not_hits) <= max_must_not, [(a, c.relation, c.subject.label, c.object.label)
                                                       for a, c, _ in report.must_not_hits]
    assert report.precision >= min_precision, report.false_positives
    assert report.recall >= min_recall, [m.claim.describe() for m in report.misses]


def test_extract_quality_readme_table_is_current():
    """The README's quality table is what `make quality` generates from the current extractor."""
    import importlib.util

    if not NEWS_DATA.is_dir():
        pytest.skip(f"the real-news pools are missing ({NEWS_DATA}); the README table cannot be checked")
    spec = importlib.util.spec_from_file_location("readme_quality", ROOT / "scripts" / "readme_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = module.BLOCK.search(readme)
    assert block is not None, "README.md lost its quality markers"
    assert module.table() in block.group(0), "the README's quality table is stale: run `make quality`"
