"""A synthetic 1M-triple claim graph: bulk load and saved-query times, Oxigraph vs rdflib in memory.

The graph repeats the claim quad shape of ``store/mapping.py`` (no NLP): synthetic claims between
gazetteer-like entities, one named graph per article. Each saved query (``queries/*.rq``) runs with
parameters that match the data; the median of ``repeat`` runs on Oxigraph, one run on rdflib
(stopped after ``rdflib_timeout`` seconds: the ratio is then a lower bound).
"""

from __future__ import annotations

import random
import signal
import statistics
import time

from common import ROOT

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
    from rdflib import Literal

    def alarm(*_):
        raise TimeoutError

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    began = time.perf_counter()
    try:
        list(ds.query(text, initBindings={k: Literal(v) for k, v in bindings.items()}))
        return time.perf_counter() - began
    except TimeoutError:
        return None
    except Exception as exc:  # noqa: BLE001 - rdflib's evaluator fails on some queries
        return f"{type(exc).__name__}: {str(exc)[:80]}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run(triples: int = 1_000_000, repeat: int = 5, rdflib_timeout: float = 60.0) -> dict:
    from rdflib import Dataset

    from relgraph.query import parse_saved_query, run_query, with_prefixes

    import pyoxigraph as ox

    store, data, articles = synthetic_store(triples)
    result: dict = {"quads": None, "articles": articles}
    began = time.perf_counter()
    store.ox.bulk_load(data, ox.RdfFormat.N_QUADS)
    result["oxigraph load s"] = time.perf_counter() - began
    result["quads"] = len(store)
    ds = Dataset(default_union=True)
    began = time.perf_counter()
    ds.parse(data=data, format="nquads")
    result["rdflib load s"] = time.perf_counter() - began
    queries = {}
    for path in sorted((ROOT / "queries").glob("*.rq")):
        saved = parse_saved_query(path)
        bindings = BINDINGS.get(saved.name, {})
        times = []
        for _ in range(repeat):  # a query over 2 s is timed once
            t = time.perf_counter()
            rows = len(run_query(store, saved.text, bindings=bindings or None).rows)
            times.append(time.perf_counter() - t)
            if times[-1] > 2:
                break
        slow = _rdflib_query(ds, with_prefixes(saved.text), bindings, rdflib_timeout)
        queries[saved.name] = {"oxigraph median s": statistics.median(times), "rows": rows,
                               "rdflib s": slow, "rdflib timeout": rdflib_timeout}
    result["queries"] = queries
    return result


if __name__ == "__main__":
    import sys

    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, repeat=3, rdflib_timeout=30))
