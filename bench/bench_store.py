"""A synthetic 1M-triple claim graph: bulk load and saved-query times, Oxigraph vs rdflib in memory.

The graph repeats the claim quad shape of ``store/mapping.py`` (no NLP): synthetic claims between
gazetteer-like entities, one named graph per article. Each saved query (``queries/*.rq``) runs with
parameters that match the data: on Oxigraph in a subprocess over the on-disk store through
``run_saved`` (actor names looked up, then the query; the median of ``repeat`` runs, stopped after
``timeout`` seconds), on rdflib once with the same entity IRIs bound (stopped after
``rdflib_timeout`` seconds); a stopped run makes the figure a bound.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time

from common import ROOT, WORK

CHILD = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from relgraph.query import run_saved
from relgraph.store import GraphStore
store = GraphStore(sys.argv[2], read_only=True)
bindings = json.loads(sys.argv[4])
times = []
for _ in range(int(sys.argv[5])):
    began = time.perf_counter()
    rows = len(run_saved(store, sys.argv[3], bindings).rows)
    times.append(time.perf_counter() - began)
    if times[-1] > 2:
        break
print(json.dumps({"median": statistics.median(times), "rows": rows}))
"""

RELATIONS = ("supports", "criticizes", "meetsWith", "sanctions", "visits", "rejects", "praises", "threatens")
BINDINGS = {"dyad": {"a": "Country 1", "b": "Country 2"}, "supporters": {"target": "Country 1"},
            "opponents": {"target": "Country 1"},
            "evidence": {"subject": "Country 1", "relation": "supports", "object": "Country 2"}}


def synthetic_store(triples: int, seed: int = 3):
    """An in-memory GraphStore of about ``triples`` quads, and the N-Quads bytes it was loaded from."""
    import pyoxigraph as ox

    from relgraph.records import Article, Claim, Entity
    from relgraph.store import GraphStore
    from relgraph.store.mapping import article_quads, claim_entities, entity_quads

    rng = random.Random(seed)
    count = max(300, triples // 200)  # more articles name more actors
    entities = [Entity(f"country/X{n:04d}", f"Country {n}", "Country", country=f"X{n:02d}") for n in range(count)]
    weights = [1 / (n + 1) for n in range(len(entities))]
    quads: list = []
    described: dict[str, Entity] = {}
    n = 0
    while len(quads) < triples:
        article = Article(id=f"bench-{n}", text=f"article {n}", title=f"Article {n}",
                          date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", source="Bench Wire")
        claims = []
        for k in range(20):
            s, o = rng.choices(entities, weights, k=2)
            if s == o:
                continue
            text = f"{s.label} and {o.label}, sentence {k} of article {n}."
            claims.append(Claim(article.id, k, 40 * k, 40 * k + len(text), text, s, rng.choice(RELATIONS), o,
                                polarity="negative" if rng.random() < 0.05 else "positive",
                                confidence=0.9, date=article.date))
        quads.extend(article_quads(article, claims))
        described.update(claim_entities(claims))
        n += 1
    quads.extend(entity_quads(described.values()))
    data = ox.serialize(quads, None, ox.RdfFormat.N_QUADS)
    return GraphStore(), data, n


def _rdflib_query(ds, text: str, bindings: dict, timeout: float) -> float | str | None:

    def alarm(*_):
        raise TimeoutError

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    began = time.perf_counter()
    try:
        list(ds.query(text, initBindings=bindings))
        return time.perf_counter() - began
    except TimeoutError:
        return None
    except Exception as exc:  # noqa: BLE001 - rdflib's evaluator fails on some queries
        return f"{type(exc).__name__}: {str(exc)[:80]}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _oxigraph_query(path, name: str, bindings: dict, repeat: int, timeout: float) -> dict:
    argv = [sys.executable, "-c", CHILD, str(ROOT / "src"), str(path), name, json.dumps(bindings),
            str(repeat)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"median": None, "rows": None}
    if done.returncode != 0:
        return {"median": None, "rows": done.stderr.strip().splitlines()[-1][:100]}
    return json.loads(done.stdout)


def run(triples: int = 1_000_000, repeat: int = 5, rdflib_timeout: float = 60.0, timeout: float = 120.0) -> dict:
    from rdflib import Dataset, Literal

    from relgraph.query import prepare_saved, saved_queries, with_prefixes
    from relgraph.store import GraphStore

    import pyoxigraph as ox

    memory, data, articles = synthetic_store(triples)
    del memory
    path = WORK / f"store-{triples}"
    shutil.rmtree(path, ignore_errors=True)
    result: dict = {"quads": None, "articles": articles}
    with GraphStore(path) as store:
        began = time.perf_counter()
        store.ox.bulk_load(data, ox.RdfFormat.N_QUADS)
        store.flush()
        result["oxigraph load s"] = time.perf_counter() - began
        result["quads"] = len(store)
    ds = Dataset(default_union=True)
    began = time.perf_counter()
    ds.parse(data=data, format="nquads")
    result["rdflib load s"] = time.perf_counter() - began
    queries = {}
    with GraphStore(path, read_only=True) as store:  # rdflib runs the text run_saved runs
        prepared = {name: prepare_saved(store, name, BINDINGS.get(name, {})) for name in saved_queries()}
    for name, (text, literals) in prepared.items():
        fast = _oxigraph_query(path, name, BINDINGS.get(name, {}), repeat, timeout)
        slow = _rdflib_query(ds, with_prefixes(text), {k: Literal(v) for k, v in literals.items()}, rdflib_timeout)
        queries[name] = {"oxigraph median s": fast["median"], "rows": fast["rows"], "timeout": timeout,
                               "rdflib s": slow, "rdflib timeout": rdflib_timeout}
    result["queries"] = queries
    return result


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, repeat=3, rdflib_timeout=30))
