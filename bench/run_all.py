"""Run every benchmark and write ``bench/results.md``: ``python bench/run_all.py [--quick]``.

Sizes (articles of the synthetic corpus, triples of the store graph) are options; ``--quick`` is a
smoke run of a few minutes. Every figure is a ratio of runs made in this same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from common import ROOT, WORK, machine

RESULTS = ROOT / "bench" / "results.md"


def _fmt(x) -> str:
    return f"{x:.2f}" if isinstance(x, float) else str(x)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--overhead-articles", type=int, default=300)
    parser.add_argument("--worker-articles", type=int, default=300)
    parser.add_argument("--rss-articles", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--html-entities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each timing (the best is kept)")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds before an rdflib query is stopped")
    parser.add_argument("--query-timeout", type=float, default=120.0, help="seconds before an Oxigraph query is stopped")
    parser.add_argument("--only", default="overhead,workers,rss,store,html")
    parser.add_argument("--out", default=str(RESULTS))
    args = parser.parse_args(argv)
    if args.quick:
        args.overhead_articles, args.worker_articles, args.rss_articles = 24, 24, "20,40"
        args.triples, args.html_entities, args.repeat, args.rdflib_timeout = 50_000, 500, 1, 20.0
        args.query_timeout = 30.0
    WORK.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    began = time.perf_counter()
    info = machine()
    lines = ["# relgraph benchmarks", "", f"Run: `python bench/run_all.py {' '.join(sys.argv[1:] if argv is None else argv)}`".rstrip(), "",
             "| machine | |", "|---|---|", *[f"| {k} | {v} |" for k, v in info.items()], ""]
    raw: dict = {"machine": info}

    if "overhead" in only:
        from bench_pipeline import overhead

        t = overhead(args.overhead_articles, args.repeat)
        raw["overhead"] = t
        bare = t["bare nlp.pipe"]
        lines += [f"## Overhead over bare spaCy ({args.overhead_articles} articles, {t['words']:,} words, 1 process)",
                  "", "| run | seconds | ÷ bare nlp.pipe | target |", "|---|---|---|---|"]
        targets = {"nlp.pipe + extract_doc": "≤ 1.25", "build, N-Quads export only": "≤ 1.25",
                   "build, every export": "≤ 1.25"}
        for name, seconds in t.items():
            if name != "words":
                lines.append(f"| {name} | {seconds:.2f} | {seconds / bare:.2f} | {targets.get(name, '')} |")
        lines += ["", f"bare nlp.pipe: {t['words'] / bare:,.0f} words/s", ""]

    _save(args.out, lines, raw)
    if "workers" in only:
        from bench_pipeline import workers

        w = workers(args.worker_articles, args.repeat)
        raw["workers"] = w
        one = w["1 worker"]
        lines += [f"## Workers ({args.worker_articles} articles, build with N-Quads export)", "",
                  "| run | seconds | speed-up over 1 worker |", "|---|---|---|"]
        lines += [f"| {name} | {s:.2f} | {one / s:.2f} |" for name, s in w.items()]
        lines += ["", "target: 2 workers ≥ 1.6× on 2 cores", ""]

    _save(args.out, lines, raw)
    if "rss" in only:
        from bench_rss import peak

        lines += ["## Peak memory of `relgraph build --workers 2` (subprocess; exports nq + jsonl)", "",
                  "| articles | seconds | largest process RSS MB | process tree RSS MB | claims | triples |",
                  "|---|---|---|---|---|---|"]
        raw["rss"] = []
        for n in map(int, args.rss_articles.split(",")):
            r = peak(n)
            raw["rss"].append(r)
            lines.append(f"| {n} | {r['seconds']:.0f} | {r['max process RSS MB']:.0f} | {r['peak tree RSS MB']:.0f} "
                         f"| {r['claims']} | {r['triples']} |")
        lines += ["", "target: ≤ 1.5 GB and flat in the corpus size", ""]

    _save(args.out, lines, raw)
    if "store" in only:
        from bench_store import run

        s = run(args.triples, rdflib_timeout=args.rdflib_timeout, timeout=args.query_timeout)
        raw["store"] = s
        load_ratio = s["rdflib load s"] / s["oxigraph load s"]
        lines += [f"## Store: {s['quads']:,} quads ({s['articles']:,} synthetic articles), Oxigraph vs rdflib in memory",
                  "", f"bulk load: Oxigraph {s['quads'] / s['oxigraph load s']:,.0f} quads/s "
                  f"({s['oxigraph load s']:.2f} s), rdflib {s['quads'] / s['rdflib load s']:,.0f} quads/s "
                  f"({s['rdflib load s']:.2f} s): {load_ratio:.1f}×", "",
                  "| saved query | rows | Oxigraph median s | rdflib s | rdflib ÷ Oxigraph | ≤ 0.5 s |",
                  "|---|---|---|---|---|---|"]
        for name, q in s["queries"].items():
            ox_s, rd = q["oxigraph median s"], q["rdflib s"]
            if ox_s is None:
                lines.append(f"| {name} | – | > {q['timeout']:.0f} (stopped) {q['rows'] or ''} | "
                             f"{rd if isinstance(rd, str) else ('> %.0f (stopped)' % q['rdflib timeout'] if rd is None else '%.2f' % rd)} | – | NO |")
                continue
            if isinstance(rd, float):
                rd_txt, ratio = f"{rd:.2f}", f"{rd / ox_s:.0f}×"
            elif rd is None:
                rd_txt, ratio = f"> {q['rdflib timeout']:.0f} (stopped)", f"> {q['rdflib timeout'] / ox_s:.0f}×"
            else:
                rd_txt, ratio = f"fails: {rd}", "–"
            lines.append(f"| {name} | {q['rows']} | {ox_s:.3f} | {rd_txt} | {ratio} | {'yes' if ox_s <= 0.5 else 'NO'} |")
        lines += ["", "target: ≥ 10× and every query ≤ 0.5 s on Oxigraph", ""]

    _save(args.out, lines, raw)
    if "html" in only:
        try:
            from bench_html import synthetic_claims
            from relgraph.export.html import generate_html
        except ImportError as exc:
            lines += ["## HTML", "", f"bench/bench_html.py not usable: {exc}", ""]
        else:
            claims, articles = synthetic_claims(args.html_entities, 4 * args.html_entities)
            t0 = time.perf_counter()
            lines += [f"## HTML: {args.html_entities:,} entities, {len(claims):,} claims", ""]
            try:
                page = generate_html(claims, articles, title="relgraph benchmark")
            except Exception as exc:  # noqa: BLE001 - reported, the other figures still count
                lines += [f"generate_html FAILED: {type(exc).__name__}: {exc}", ""]
            else:
                seconds = time.perf_counter() - t0
                raw["html"] = {"entities": args.html_entities, "claims": len(claims), "seconds": seconds}
                lines += [f"generate_html: {seconds:.2f} s, {len(page.encode()) / 2**20:.1f} MiB (target ≤ 10 s)", ""]

    lines += [f"Total benchmark time: {time.perf_counter() - began:.0f} s; load average at the end: "
              + " ".join(f"{x:.2f}" for x in __import__('os').getloadavg()), ""]
    _save(args.out, lines, raw)
    print("\n".join(lines))


def _save(out: str, lines: list[str], raw: dict) -> None:
    """Write what is measured so far (a long run stopped midway keeps its figures)."""
    Path(out).write_text("\n".join(lines), encoding="utf-8")
    Path(out).with_suffix(".json").write_text(json.dumps(raw, indent=1, default=_fmt), encoding="utf-8")


if __name__ == "__main__":
    main()
