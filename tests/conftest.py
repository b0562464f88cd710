"""Shared fixtures: the repo's paths, an in-process CLI runner, and one built graph per test process.

The suite runs under xdist (``-n 2 --dist loadfile``): every worker is its own session, so the
session-scoped graph is built once per worker, in that worker's own temporary folder.
"""

from __future__ import annotations

import dataclasses
import fcntl
import io
import json
import os
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from relgraph.records import Article, Claim, Entity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED = SEEDS / "000_15c593b4f1c7bb37.txt"
SEED_GOLD = SHARED / "eval" / "seed_gold.json"
DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class CliResult:
    """What one ``relgraph`` run did: its exit code and what it printed."""

    code: int
    out: str
    err: str


def run_cli(argv: list[str]) -> CliResult:
    """Run ``relgraph ARGV`` in this process (the spaCy model stays loaded between runs)."""
    from relgraph.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # commands that fail a check (validate, eval) exit this way
            code = exc.code if isinstance(exc.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


@dataclass(frozen=True)
class Built:
    """The graph built from ``corpus/`` and the seed article by ``relgraph build``."""

    out: Path
    result: CliResult

    @property
    def store_dir(self) -> Path:
        return self.out / "store"


@pytest.fixture(scope="session")
def cli() -> Callable[[list[str]], CliResult]:
    return run_cli


def _run_shared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that every xdist worker sees (the workers' common parent)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``relgraph build corpus ../shared/seeds --out TMP``, run once per test run.

    The first worker to need it builds under a file lock; the others wait and reuse the result
    (tests only read the built folder; a test that writes works on a copy).
    """
    shared = _run_shared_dir(tmp_path_factory) / "relgraph-built"
    shared.mkdir(exist_ok=True)
    out, done = shared / "output", shared / "result.json"
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.exists():
            result = CliResult(**json.loads(done.read_text(encoding="utf-8")))
        else:
            result = run_cli(["build", CORPUS, SEEDS, "--out", out, "--quiet"])
            done.write_text(json.dumps(dataclasses.asdict(result)), encoding="utf-8")
    assert result.code == 0, result.err
    return Built(out, result)


@pytest.fixture(scope="session")
def out(built: Built) -> Path:
    """The output folder of the built graph."""
    return built.out


@pytest.fixture(scope="session")
def built_store(built: Built):
    """The built graph store, open read-only."""
    from relgraph.store import GraphStore

    store = GraphStore(built.store_dir, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The seed article exactly as the readers give it to the pipeline."""
    from relgraph.readers import iter_articles

    (article,) = list(iter_articles([SEED]))
    return article


# ---------------------------------------------------------------- hand-made records (no NLP)
RUSSIA = Entity("country/RUS", "Russia", "Country", "RUS", "Q159", aliases=("Moscow", "Russian Federation"))
CHINA = Entity("country/CHN", "China", "Country", "CHN", "Q148", aliases=("Beijing",))
ONE_CHINA = Entity("policy/one-china-policy", "One-China policy", "Policy")
NATO = Entity("org/NATO", "NATO", "Organization", None, "Q7184")
PUTIN = Entity("person/vladimir-putin", "Vladimir Putin", "Person", "RUS", "Q7747")


def make_article(text: str = "Russia backs the One-China policy. Russia did not condemn NATO. Putin leads Russia.",
                 article_id: str = "a1", date: str | None = "2025-11-04") -> Article:
    return Article(id=article_id, text=text, title="A test article", date=date, source="test")


def claim_on(article: Article, sentence: str, subject: Entity, relation: str, obj: Entity,
             **fields) -> Claim:
    """A claim whose evidence is ``sentence``, found in the article's text."""
    start = article.text.index(sentence)
    return Claim(article=article.id, sentence=fields.pop("sentence_index", 0), start=start,
                 end=start + len(sentence), evidence=sentence, subject=subject, relation=relation,
                 object=obj, date=article.date, **fields)


def sample_claims(article: Article) -> list[Claim]:
    """Three claims: a direct one, a negated event, and a structural relation."""
    return [
        claim_on(article, "Russia backs the One-China policy.", RUSSIA, "supports", ONE_CHINA,
                 trigger="backs"),
        claim_on(article, "Russia did not condemn NATO.", RUSSIA, "criticizes", NATO,
                 polarity="negative", sentence_index=1, confidence=0.7),
        claim_on(article, "Putin leads Russia.", PUTIN, "headOfStateOf", RUSSIA, sentence_index=2),
    ]


@pytest.fixture
def article() -> Article:
    return make_article()


@pytest.fixture
def claims(article: Article) -> list[Claim]:
    return sample_claims(article)


def pytest_report_header() -> str:
    return f"relgraph tests: shared/ at {SHARED} ({'present' if SEEDS.is_dir() else 'MISSING'}); python {sys.version.split()[0]}"
