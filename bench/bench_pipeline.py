"""Build and extraction overhead over bare spaCy, and the speed-up of 2 worker processes.

Every ratio compares runs over the same texts with the same loaded model, in one process, the kinds
interleaved and the best of ``repeat`` kept (other load on the machine only ever adds time).
"""

from __future__ import annotations

import shutil
import time

from common import WORK, best_of, corpus, texts

RELGRAPH_PIPES = ("relgraph_paragraphs", "relgraph_actors")


def _drain(docs) -> int:
    return sum(1 for _ in docs)


def overhead(articles: int, repeat: int = 2) -> dict[str, float]:
    """Seconds of: bare nlp.pipe (no relgraph components), with them, plus extract_doc, full builds."""
    from relgraph.build import BuildOptions, build
    from relgraph.export import DEFAULT_FORMATS
    from relgraph.extract import doc_for, extract_doc
    from relgraph.nlp import load_model
    from relgraph.records import Article

    path = corpus(articles)
    items = texts(path)
    records = [Article(id=str(n), text=t) for n, t in enumerate(items)]
    nlp = load_model()
    _drain(nlp.pipe(items[:4]))  # warm-up

    def bare():
        with nlp.select_pipes(disable=list(RELGRAPH_PIPES)):
            _drain(nlp.pipe(items, batch_size=32))

    def with_components():
        _drain(nlp.pipe(items, batch_size=32))

    def with_extraction():
        for doc, article in nlp.pipe(((a.text, a) for a in records), as_tuples=True, batch_size=32):
            extract_doc(doc_for(doc, article))

    def full_build(formats):  # the exports included
        def run():
            out = WORK / "build-overhead"
            shutil.rmtree(out, ignore_errors=True)
            build([path], BuildOptions(out_dir=out, formats=formats))
        return run

    kinds = {"bare nlp.pipe": bare, "nlp.pipe with relgraph components": with_components,
             "nlp.pipe + extract_doc": with_extraction, "build, N-Quads export only": full_build(("nq",)),
             "build, every export": full_build(DEFAULT_FORMATS)}
    best: dict[str, float] = {k: float("inf") for k in kinds}
    for _ in range(repeat):
        for name, fn in kinds.items():
            try:
                best[name] = min(best[name], best_of(fn, 1))
            except Exception as exc:  # noqa: BLE001 - an export failing at this size is a finding
                print(f"{name} failed: {type(exc).__name__}: {exc}")
                best[name] = float("nan")
    best["words"] = sum(len(t.split()) for t in items)
    return best


def workers(articles: int, repeat: int = 1) -> dict[str, float]:
    """Seconds of a build (N-Quads only) with 1 and with 2 worker processes, and of spaCy's n_process=2."""
    from relgraph.build import BuildOptions, build
    from relgraph.nlp import load_model
    from relgraph.pipeline import extract_articles
    from relgraph.readers import iter_articles

    path = corpus(articles)
    load_model()  # loaded before the pool forks: workers inherit it, no load in the timing

    def run(n: int):
        def go():
            out = WORK / f"build-workers-{n}"
            shutil.rmtree(out, ignore_errors=True)
            build([path], BuildOptions(out_dir=out, formats=("nq",), workers=n))
        return go

    def spacy_two():
        _drain(extract_articles(iter_articles([path]), n_process=2))

    best = {"1 worker": float("inf"), "2 workers": float("inf"), "spaCy n_process=2 (extraction only)": float("inf")}
    for _ in range(repeat):
        best["1 worker"] = min(best["1 worker"], best_of(run(1), 1))
        best["2 workers"] = min(best["2 workers"], best_of(run(2), 1))
        best["spaCy n_process=2 (extraction only)"] = min(best["spaCy n_process=2 (extraction only)"],
                                                          best_of(spacy_two, 1))
    return best


if __name__ == "__main__":
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    began = time.perf_counter()
    print(overhead(n, 1))
    print(workers(n))
    print(f"{time.perf_counter() - began:.1f} s")
