"""Write the README's quality table (between its quality markers) from a fresh `relgraph eval`.

Run by `make quality`; tests/test_extract_quality.py fails when the README's table is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from relgraph.evaluate import format_markdown, load_gold, score  # noqa: E402
from relgraph.pipeline import extract_articles  # noqa: E402
from relgraph.verify.model import load_verifier  # noqa: E402

GOLD_SETS = [ROOT.parent / "shared" / "eval" / "seed_gold.json", ROOT / "tests" / "gold" / "dev_gold.json",
             ROOT / "tests" / "gold" / "holdout_gold.json"] + \
            [ROOT / "tests" / "gold" / f"news_{pool}_{half}.json" for pool in ("wire", "guardian")
             for half in ("tune", "check", "train", "calib")]
NEWS = [path for path in GOLD_SETS if path.stem.startswith("news_")]
BLOCK = re.compile(r"(<!-- quality:begin[^>]*-->\n)(?:.*?\n)?(<!-- quality:end -->)", re.DOTALL)


def table() -> str:
    """Every set with all claims, then the news sets with only the claims a build asserts (at or above
    the shipped verifier's threshold)."""
    floor = load_verifier().threshold
    runs = {path: list(extract_articles([g.article() for g in load_gold(path)])) for path in GOLD_SETS}

    def reports(paths, at: float) -> dict:
        return {p.stem: score(load_gold(p), lambda _: [(a, [c for c in cs if c.confidence >= at]) for a, cs in runs[p]])
                for p in paths}

    return (format_markdown(reports(GOLD_SETS, 0.0)) + f"\n\nOnly the claims a build asserts as direct triples "
            f"(confidence at or above the verifier's default threshold, {floor:.2f}; "
            f"`relgraph eval --min-confidence default`):\n\n" + format_markdown(reports(NEWS, floor)))


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: m.group(1) + table() + "\n" + m.group(2), text)
    readme.write_text(new, encoding="utf-8")
    print(BLOCK.search(new).group(0))


if __name__ == "__main__":
    main()
