"""Crash safety: a build killed with SIGKILL at random points never leaves a broken store or export.

The kills are spread over a build's life (interpreter start and model loading, reading and extraction,
the per-article store writes, export writing) by drawing each delay from the measured duration of an
uninterrupted build. After every kill the store must open and be consistent, every export file in the
output folder must parse, and — at checkpoints — running the build to completion must give exactly the
quads of an uninterrupted build that went through the same corpus versions.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from relgraph.cli import main
from relgraph.export.tabular import EVENT_COLUMNS
from relgraph.readers import iter_articles
from relgraph.build import default_threshold
from relgraph.pipeline import extraction_fingerprint
from relgraph.store import GraphStore

RELGRAPH = Path(sys.executable).with_name("relgraph")
SEED = 20251104
KILLS_ON_A_NEW_STORE = 4
KILLS_ON_A_BUILT_STORE = 16
CHECK_EVERY = 4

ARTICLES = {
    "a1.txt": "Russia and China sign an energy pact\n\nRussia signed an energy agreement with China on Monday. "
              "The Kremlin praised Beijing for its support. Both governments pledged closer cooperation on trade.",
    "a2.txt": "EU widens sanctions\n\nThe European Union imposed new sanctions on Russia on Friday. "
              "Moscow criticised Brussels and rejected the measures.",
    "a3.txt": "Talks in Ankara\n\nTurkey hosted talks between Armenia and Azerbaijan. "
              "Armenia met with Azerbaijan in Ankara and the two sides agreed to continue.",
    "a4.txt": "India urges restraint\n\nIndia called on Pakistan to end the shelling. "
              "Pakistan accused India of violating the ceasefire.",
    "a5.txt": "Aid for Sudan\n\nJapan provided aid to Sudan after the floods. "
              "The United Nations praised Japan for the help.",
    "a6.txt": "Brazil and Argentina trade\n\nBrazil traded with Argentina as usual. "
              "Argentina visited Brazil to discuss the customs union.",
}
CHANGED = {  # the second corpus version: two articles edited, one removed, one added
    "a4.txt": "India urges restraint\n\nIndia urged Pakistan to stop the attacks. "
              "Pakistan rejected the demand and criticised India.",
    "a5.txt": "Aid for Sudan\n\nGermany provided aid to Sudan. Sudan thanked Germany and praised the effort.",
    "a6.txt": None,
    "a7.txt": "France recalls envoy\n\nFrance recalled its ambassador from Mali. "
              "Mali accused France of interference.",
}
VERSIONS = {1: ARTICLES, 2: {k: v for k, v in {**ARTICLES, **CHANGED}.items() if v is not None}}

REL = "PREFIX rel: <https://w3id.org/relgraph/ontology#>\n"
THRESHOLD = default_threshold("default")  # claims below it stay claim nodes without a direct triple
INCONSISTENCIES = {
    "claim without its article node in the same graph": REL + """
        SELECT ?c WHERE { GRAPH ?g { ?c a rel:Claim ; rel:article ?a }
                          FILTER NOT EXISTS { GRAPH ?g { ?a a rel:Article } } }""",
    "truthy claim without its direct triple": REL + """
        SELECT ?c WHERE { GRAPH ?g { ?c a rel:Claim ; rel:subject ?s ; rel:relation ?r ; rel:object ?o ;
                                        rel:polarity "positive" ; rel:modality ?m ; rel:confidence ?conf }
                          FILTER(?m IN ("asserted", "intended", "reported") && ?conf >= """ + str(THRESHOLD) + """)
                          FILTER NOT EXISTS { GRAPH ?g { ?s ?r ?o } } }""",
    "article graph without a contentHash": REL + """
        SELECT ?g WHERE { GRAPH ?g { ?a a rel:Article }
                          FILTER NOT EXISTS { GRAPH ?g { ?a rel:contentHash ?h } } }""",
    "article graph with no or several article nodes": REL + """
        SELECT ?g WHERE { GRAPH ?g { ?x ?p ?y } OPTIONAL { GRAPH ?g { ?a a rel:Article } }
                          FILTER(?g != <https://w3id.org/relgraph/graph/entities>) }
        GROUP BY ?g HAVING (COUNT(DISTINCT ?a) != 1)""",
    "claim end without an entity description": REL + """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e WHERE { ?c a rel:Claim ; rel:subject|rel:object ?e
                          FILTER NOT EXISTS { GRAPH <https://w3id.org/relgraph/graph/entities> { ?e rdfs:label ?l } } }""",
}


def write_corpus(folder: Path, version: int) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name, text in VERSIONS[version].items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


def start_build(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([str(RELGRAPH), "build", str(corpus), "--out", str(out), "--quiet", "--prune"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run_build(corpus: Path, out: Path) -> None:
    """An uninterrupted build, in this process (the spaCy model stays loaded between builds)."""
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--prune"]) == 0


def timed_build(corpus: Path, out: Path) -> tuple[float, float]:
    """An uninterrupted build as a subprocess: its duration and when it had written its first export."""
    began, wall = time.monotonic(), time.time()
    proc = start_build(corpus, out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return time.monotonic() - began, (out / "graph.ttl").stat().st_mtime - wall


def quads(out: Path) -> set[str]:
    with GraphStore(out / "store", read_only=True) as store:
        return {str(q) for q in store.quads()}


def check_store(out: Path, corpus: Path, before: set[str], began: float) -> str:
    """Open the store, check it is consistent, and say how far the killed build had got."""
    with GraphStore(out / "store", read_only=True, fingerprint=extraction_fingerprint(None, "default", THRESHOLD)) as store:
        for problem, query in INCONSISTENCIES.items():
            rows = list(store.query(query))
            assert rows == [], f"{problem}: {rows[:3]}"
        now = {str(q) for q in store.quads()}
        wanted = list(iter_articles([corpus]))
        current = sum(store.is_current(a) for a in wanted)
        stale = set(store.article_ids()) - {a.id for a in wanted}
    if now == before:
        return "start-up and model loading"
    if current < len(wanted) or stale:
        return "extraction and store writes"
    if not any(p.stat().st_mtime >= began for p in out.iterdir() if p.is_file()):
        return "after the store writes, before the exports"
    return "export writing"


def check_exports(out: Path) -> int:
    """Every export file that exists parses completely; returns how many there are."""
    checks = {
        "graph.ttl": lambda p: ox.parse(path=str(p), format=ox.RdfFormat.TURTLE),
        "graph.trig": lambda p: ox.parse(path=str(p), format=ox.RdfFormat.TRIG),
        "graph.nq": lambda p: ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS),
        "graph.jsonld": lambda p: [json.loads(p.read_text(encoding="utf-8"))],
        "claims.jsonl": lambda p: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()],
        "report.json": lambda p: [json.loads(p.read_text(encoding="utf-8"))],
        "graph.graphml": lambda p: [ET.parse(p)],
        "graph.gexf": lambda p: [ET.parse(p)],
        "events.csv": _csv_rows,
        "graph.html": _html_complete,
    }
    found = 0
    for name, parse in checks.items():
        path = out / name
        if path.exists():
            try:
                list(parse(path))
            except Exception as err:  # noqa: BLE001 - the message says which file broke
                pytest.fail(f"{name} is broken after a kill: {err}")
            found += 1
    return found


def _csv_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == EVENT_COLUMNS
    return rows


def _html_complete(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().endswith("</html>"), "graph.html is cut short"
    return [text]


def wal_written(out: Path) -> Callable[[], bool]:
    """A trigger: the build has written an article to the store's write-ahead log.

    Opening a store writes a few bytes to a new log; an article's quads are kilobytes.
    """
    store = out / "store"
    sizes = {p.name: p.stat().st_size for p in store.glob("*.log")} if store.is_dir() else {}
    return lambda: any(p.stat().st_size > sizes.get(p.name, 0) + 1024 for p in store.glob("*.log"))


def exporting(out: Path) -> Callable[[], bool]:
    """A trigger: the build has started writing its exports (a new temporary export file exists)."""
    old = set(out.glob(".*.tmp"))
    return lambda: any(p not in old for p in out.glob(".*.tmp"))


def kill_at(corpus: Path, out: Path, trigger: Callable[[], bool], delay: float) -> bool:
    """Start a build, SIGKILL it ``delay`` seconds after ``trigger`` fires; False if it finished first."""
    proc = start_build(corpus, out)
    while proc.poll() is None and not _fired(trigger):
        time.sleep(0.005)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    return False


def _fired(trigger: Callable[[], bool]) -> bool:
    try:
        return trigger()
    except FileNotFoundError:  # a file vanished between listing and stat
        return False


def test_crash_safety_sigkill_at_random_points_never_breaks_the_store_or_the_exports(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    corpus = tmp_path / "corpus"

    # The reference: uninterrupted builds of version 1 (fresh), 2, then 1 again, in one output folder.
    shadow = tmp_path / "shadow"
    write_corpus(corpus, 1)
    span, first_export = timed_build(corpus, shadow)
    reference = {}
    write_corpus(corpus, 2)
    run_build(corpus, shadow)
    reference[2] = quads(shadow)
    built = tmp_path / "built"
    shutil.copytree(shadow, built)  # a built output folder (store + exports) at version 2 ...
    write_corpus(corpus, 1)
    run_build(corpus, shadow)
    reference[1] = quads(shadow)  # ... and what version 1 looks like after it
    assert reference[1] != reference[2]

    phases: Counter[str] = Counter()

    def kill_and_check(out: Path) -> None:
        """Kill a build of the other corpus version at a random point of a randomly chosen phase, then check."""
        nonlocal version
        while True:
            version = 3 - version  # always the other version, so the build has articles to write
            write_corpus(corpus, version)
            before = quads(out) if (out / "store" / "CURRENT").exists() else set()
            aim = rng.choice(["start", "store", "export"])
            trigger, delay = {
                "start": (lambda: True, rng.uniform(0.05, 0.9) * first_export),
                "store": (wal_written(out), rng.uniform(0.0, 0.02)),
                "export": (exporting(out), rng.uniform(0.0, 0.8 * (span - first_export))),
            }[aim]
            began = time.time()
            if kill_at(corpus, out, trigger, delay):
                break
            phases["finished before the kill"] += 1
        phases[check_store(out, corpus, before, began) if (out / "store" / "CURRENT").exists()
               else "before the store was created"] += 1
        check_exports(out)

    # 1. Kills during the very first builds into an empty output folder.
    fresh = tmp_path / "fresh"
    version = 2
    for _ in range(KILLS_ON_A_NEW_STORE):
        kill_and_check(fresh)
    for final in (2, 1):  # to completion through both versions, in the shadow's order
        write_corpus(corpus, final)
        run_build(corpus, fresh)
    assert quads(fresh) == reference[1]
    assert check_exports(fresh) == 10

    # 2. Kills while an existing output folder is brought to the other corpus version.
    version = 2
    for n in range(1, KILLS_ON_A_BUILT_STORE + 1):
        kill_and_check(built)
        if n % CHECK_EVERY == 0:
            run_build(corpus, built)
            assert quads(built) == reference[version], f"after kill {n}: the store differs from the reference"
            assert check_exports(built) == 10
            assert list(built.glob(".*.tmp")) == []  # the killed builds' temporary files are gone

    kills = sum(count for phase, count in phases.items() if phase != "finished before the kill")
    print(f"\ncrash safety: {kills} kills, phases {dict(phases)}; an uninterrupted build took {span:.1f}s "
          f"and wrote its first export at {first_export:.1f}s", file=sys.stderr)
    assert kills == KILLS_ON_A_NEW_STORE + KILLS_ON_A_BUILT_STORE
    assert {"start-up and model loading", "export writing"} <= set(phases), phases
