"""Shared helpers of the benchmarks: machine facts, the synthetic corpus, a timer."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
WORK = Path(os.environ.get("RELGRAPH_BENCH_DIR", "/tmp/relgraph-bench"))
RELGRAPH = str(Path(sys.executable).parent / "relgraph")


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, Python, spaCy and model versions, load at the start."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    import spacy

    from relgraph.nlp.model import model_name

    name = model_name()
    try:
        from importlib.metadata import version
        model_version = version(name.replace("_", "-"))
    except Exception:  # noqa: BLE001
        model_version = "?"
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram, "python": platform.python_version(),
            "spacy": spacy.__version__, "model": f"{name} {model_version}",
            "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def corpus(articles: int, seed: int = 7) -> Path:
    """The synthetic corpus of ``articles`` articles (written once, then reused)."""
    from synth import write_corpus

    path = WORK / f"synth-{articles}-{seed}.jsonl"
    if not path.exists():
        write_corpus(path.with_suffix(".tmp"), articles, seed).rename(path)
    return path


def texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]


@contextmanager
def timed(into: dict, key: str):
    began = time.perf_counter()
    yield
    into[key] = time.perf_counter() - began


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` timings (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)
