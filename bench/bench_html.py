"""Benchmark the HTML graph: generate_html time and the page's load-to-stabilised time in Chromium.

Run as ``python bench/bench_html.py [--entities 5000] [--claims 20000]``. ``screenshot(html, png)``
renders any relgraph page to a PNG once it has stabilised (used for the README screenshot).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from relgraph.export.html import generate_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
TYPES = ["Country", "Person", "Organization", "Group", "Place", "Policy", "Agreement", "Event"]
#: relation -> quad class (None: structural)
RELATIONS = {"supports": 1, "meetsWith": 1, "agreesWith": 1, "visits": 1, "appealsTo": 1, "cooperatesWith": 2,
             "providesAidTo": 2, "criticizes": 3, "accuses": 3, "rejects": 3, "threatens": 3,
             "sanctions": 4, "attacks": 4, "memberOf": None, "officialOf": None, "locatedIn": None}


def synthetic_claims(entities: int = 5000, claims: int = 20000, seed: int = 1) -> tuple[list[dict], dict]:
    """A news-like claim list: heavy-tailed actor popularity, a few hundred articles."""
    rng = random.Random(seed)
    actors = [
        {"iri": f"https://w3id.org/relgraph/id/bench/{i}", "label": f"Actor {i:05d}",
         "type": TYPES[i % len(TYPES)], "country": None, "wikidata": None}
        for i in range(entities)
    ]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(entities)]
    articles = {
        f"art{j}": {"title": f"Article {j}", "url": f"https://news.example.org/{j}",
                    "date": f"2025-{1 + j % 12:02d}-{1 + j % 28:02d}", "source": "Example News"}
        for j in range(max(1, claims // 40))
    }
    names = list(RELATIONS)
    out = []
    # every actor appears at least once, then popularity-weighted picks
    picks = list(range(entities)) + rng.choices(range(entities), weights=weights, k=2 * claims - entities)
    rng.shuffle(picks)
    for n in range(claims):
        s, o = picks[2 * n], picks[2 * n + 1]
        if s == o:
            o = (o + 1) % entities
        relation = rng.choice(names)
        article = f"art{rng.randrange(len(articles))}"
        evidence = f"{actors[s]['label']} {relation} {actors[o]['label']} according to report {n}."
        out.append({
            "article": article, "sentence": n % 40, "start": 0, "end": len(evidence), "evidence": evidence,
            "subject": actors[s], "relation": relation, "object": actors[o],
            "polarity": "negative" if rng.random() < 0.05 else "positive",
            "modality": rng.choice(["asserted"] * 8 + ["intended", "reported"]),
            "confidence": round(rng.uniform(0.5, 1.0), 2), "plover": None, "cameo": None,
            "quad": RELATIONS[relation], "goldstein": None, "date": articles[article]["date"],
            "extractor": "bench",
        })
    return out, articles


def _launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def load_time(html_path: str | Path, *, timeout_s: float = 60.0) -> float:
    """Seconds from navigation start until the page sets ``window.relgraph.stabilized``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(Path(html_path).resolve().as_uri())
            page.wait_for_function("window.relgraph && window.relgraph.stabilized === true",
                                   timeout=timeout_s * 1000, polling=50)
            return time.perf_counter() - start
        finally:
            browser.close()


def screenshot(html_path: str | Path, png_path: str | Path, *, width: int = 1400, height: int = 900) -> Path:
    """Render a relgraph page in headless Chromium and save a PNG once it has stabilised."""
    from playwright.sync_api import sync_playwright

    target = Path(png_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(Path(html_path).resolve().as_uri())
            page.wait_for_function("window.relgraph && window.relgraph.stabilized === true", timeout=60000)
            page.screenshot(path=str(target))
        finally:
            browser.close()
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--claims", type=int, default=20000)
    parser.add_argument("--keep", help="also write the page to this path")
    args = parser.parse_args(argv)

    claims, articles = synthetic_claims(args.entities, args.claims)
    start = time.perf_counter()
    page = generate_html(claims, articles, title="relgraph benchmark")
    generate_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "bench.html"
        path.write_text(page, encoding="utf-8")
        load_s = load_time(path)
    print(f"entities={args.entities} claims={args.claims} html_bytes={len(page.encode()):,}")
    print(f"generate_html: {generate_s:.2f} s")
    print(f"load-to-stabilised in headless Chromium: {load_s:.2f} s")


if __name__ == "__main__":
    main()
