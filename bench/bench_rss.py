"""Peak memory of ``relgraph build`` in a subprocess, at several corpus sizes.

Two figures: the largest single process (``ru_maxrss`` of the waited-for children, read in a
fresh wrapper process per run) and the peak sum over the build's whole process tree (sampled with
psutil every 0.2 s; with ``--workers 2`` that includes both workers).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

from common import RELGRAPH, WORK, corpus

WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode;"
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def peak(articles: int, workers: int = 2, formats: tuple[str, ...] = ("nq", "jsonl")) -> dict:
    import psutil

    path = corpus(articles)
    out = WORK / f"rss-{articles}"
    shutil.rmtree(out, ignore_errors=True)
    argv = [RELGRAPH, "build", str(path), "--out", str(out), "--workers", str(workers), "--quiet"]
    for fmt in formats:
        argv += ["--format", fmt]
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, *argv], stdout=subprocess.PIPE, text=True)
    top = psutil.Process(proc.pid)
    tree_peak = 0
    while proc.poll() is None:
        try:
            procs = [top, *top.children(recursive=True)]
            tree_peak = max(tree_peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - began
    max_kb, code = proc.stdout.read().split()
    report = json.loads((out / "report.json").read_text(encoding="utf-8")) if code == "0" else {}
    return {"articles": articles, "workers": workers, "seconds": seconds, "exit": int(code),
            "max process RSS MB": int(max_kb) / 1024, "peak tree RSS MB": tree_peak / 2**20,
            "claims": report.get("claims_extracted"), "triples": report.get("triples")}


if __name__ == "__main__":
    for n in map(int, sys.argv[1:] or ["40"]):
        print(peak(n))
