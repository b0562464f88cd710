"""Extraction and build overhead over bare spaCy on real news (default: the Guardian pool of
``../shared/data/guardian_dev.jsonl``), and what the claim verifier adds to extraction.

Run as ``python bench/bench_real.py [PATH.jsonl] [--repeat 3]``. Every ratio compares runs over the
same texts with the same loaded model in one process, the kinds interleaved and the best of
``repeat`` kept (other load on the machine only ever adds time).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from common import WORK, best_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared" / "data" / "guardian_dev.jsonl"
RELGRAPH_PIPES = ("relgraph_paragraphs", "relgraph_actors")


def measure(path: Path, repeat: int) -> dict[str, float]:
    from relgraph.build import BuildOptions, build
    from relgraph.extract import doc_for, extract_doc
    from relgraph.nlp import load_model
    from relgraph.nlp.components import resources_of
    from relgraph.pipeline import verifier_of
    from relgraph.records import Article

    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    records = [Article(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    nlp = load_model()
    resources, score = resources_of(nlp), verifier_of("default")
    list(nlp.pipe([r.text for r in records[:4]]))  # warm-up: model, gazetteer, world places

    def bare():
        with nlp.select_pipes(disable=list(RELGRAPH_PIPES)):
            for _ in nlp.pipe((r.text for r in records), batch_size=32):
                pass

    def extraction(scorer):
        def run():
            for doc, article in nlp.pipe(((r.text, r) for r in records), as_tuples=True, batch_size=32):
                extract_doc(doc_for(doc, article), None, resources, scorer)
        return run

    def full_build():
        out = WORK / "build-real"
        shutil.rmtree(out, ignore_errors=True)
        build([path], BuildOptions(out_dir=out, formats=("nq",)))

    kinds = {"bare nlp.pipe": bare, "extraction, rules' confidences": extraction(None),
             "extraction with the verifier": extraction(score), "build, N-Quads export": full_build}
    best = {name: float("inf") for name in kinds}
    for _ in range(repeat):
        for name, fn in kinds.items():
            best[name] = min(best[name], best_of(fn, 1))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(GUARDIAN))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.path)
    if not path.is_file():
        raise SystemExit(f"bench_real: {path} is missing (the real-news pools live in ../shared/data)")
    best = measure(path, args.repeat)
    base = best["bare nlp.pipe"]
    print(f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} articles")
    for name, seconds in best.items():
        print(f"  {name:32} {seconds:7.2f} s  {seconds / base:5.2f} x bare")
    verifier = best["extraction with the verifier"] / best["extraction, rules' confidences"] - 1
    print(f"  the verifier adds {verifier:+.1%} to extraction")


if __name__ == "__main__":
    main()
