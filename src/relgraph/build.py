"""The main job: read a corpus, extract claims, store them, write every export.

Articles stream through (readers → spaCy ``nlp.pipe`` → extractors → store), one atomic store
write per article, made by a writer thread so that writing overlaps parsing (Oxigraph releases the
GIL). ``workers > 1`` runs spaCy and the extractors in that many processes, ``dask`` on a Dask
cluster; either way this process is the one writer and the result is the same graph.

Unchanged articles (same content hash) are not read again, so re-running on an unchanged corpus
does no NLP at all and never loads the model; a changed article replaces its graph. A build adds
and replaces, never removes: stored articles that are not in the inputs (an earlier corpus, the
Python API) stay, and are counted; only ``prune`` drops them, and the summary names each one. Exports are rewritten only when the stored graph, the
formats or the HTML options changed since the last complete export (or a file is missing).

A :class:`BuildEvents` given to ``build`` hears each step as it happens, for a progress display:
the number of input items when it can be known cheaply, every article stored, unchanged or skipped,
a very large article going to the parser, and each export file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .build_events import BuildEvents
from .distributed import dask_extract, pool_extract
from .errors import ExtractionError, InputError, RelgraphError
from .export import DEFAULT_FORMATS, FORMATS, check_format, export, export_source
from .export.atomic import atomic_write
from .language import language_problem
from .pipeline import extract_articles, extraction_fingerprint
from .readers import count_articles, iter_articles
from .records import ONTOLOGY_NS, Article, BuildSummary, Problem
from .store import GraphStore

log = logging.getLogger(__name__)
STORE_DIR = "store"
REPORT_FILE = "report.json"
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's default nlp.max_length: longer texts raise E088
# In the store folder: a fingerprint of the graph, outputs and options the exports were made from.
STATE_FILE = "relgraph-exports.sha256"
WRITE_QUEUE = 32
# Oxigraph keeps written quads in RocksDB memtables until a flush: flushing every so many articles
# keeps the build's memory flat in the corpus size.
FLUSH_EVERY = 100
# An article this long takes seconds to parse: a progress display names it meanwhile.
LARGE_ARTICLE_CHARS = 100_000


@dataclass
class BuildOptions:
    out_dir: Path = Path("output")
    store_dir: Path | None = None  # default: out_dir / "store"
    model: str | None = None
    workers: int = 1
    strict: bool = False
    prune: bool = False  # drop stored articles that are not in the inputs
    formats: tuple[str, ...] = DEFAULT_FORMATS
    html_options: dict = field(default_factory=dict)
    dask: object = None  # a Dask scheduler address ("tcp://host:8786") or a distributed.Client
    endpoint: str | None = None  # a SPARQL Update endpoint the finished graph is pushed to
    verifier: str | None = "default"  # a verifier model path; "default": the shipped one; None: rule confidences
    min_confidence: float | None = None  # direct triples only from claims this sure (None: the verifier's threshold)


def build(inputs: Iterable[str | Path], options: BuildOptions | None = None, *,
          on_article: Callable[[Article, int], None] | None = None,
          events: BuildEvents | None = None) -> BuildSummary:
    """Build (or bring up to date) the graph of ``inputs`` and write its exports; ``events`` hears
    every step, ``on_article`` each article stored (with its number of claims)."""
    options = options or BuildOptions()
    for fmt in options.formats:
        check_format(fmt)
    out = Path(options.out_dir)
    store_path = Path(options.store_dir or out / STORE_DIR)
    created = [p for p in (out, store_path) if not p.exists()]
    try:
        return _build(list(inputs), options, out, store_path, on_article, events)
    except RelgraphError:
        if created and not _stores_articles(store_path):  # a failed build leaves no empty folders behind
            for folder in reversed(created):
                shutil.rmtree(folder, ignore_errors=True)
        raise


def _stores_articles(path: Path) -> bool:
    """Whether the store at ``path`` holds articles (a store that cannot be opened counts as holding)."""
    if not (path / "CURRENT").is_file():
        return False
    try:
        with GraphStore(path, read_only=True) as store:
            return bool(store.article_ids())
    except RelgraphError:
        return True


def _build(inputs: list, options: BuildOptions, out: Path, store_path: Path,
           on_article: Callable[[Article, int], None] | None, events: BuildEvents | None) -> BuildSummary:
    problems: list[Problem] = []
    copies: dict[str, set[str]] = {}  # article id -> URLs of copies of its text
    listening = events is not None
    events = events or BuildEvents()

    def copy_of(first_id: str, copy: Article) -> None:
        if copy.url:
            copies.setdefault(first_id, set()).add(copy.url)

    def problem_read(problem: Problem) -> None:
        problems.append(problem)
        if problem.kind != "date":  # an unreadable date is reported, and its article kept
            events.skipped(problem)

    stream = iter_articles(inputs, on_problem=problem_read, strict=options.strict, exclude=(out, store_path),
                           on_duplicate=copy_of)  # checks every input path before a folder is made
    if listening:  # counting walks the folders once more: only for someone who shows it
        events.started(count_articles(inputs, exclude=(out, store_path)))
    threshold = options.min_confidence if options.min_confidence is not None else default_threshold(options.verifier)
    fingerprint = extraction_fingerprint(options.model, options.verifier, threshold)
    with GraphStore(store_path, fingerprint=fingerprint, min_confidence=threshold) as store:
        seen: set[str] = set()
        counts = {"articles": 0, "unchanged": 0, "claims": 0}

        def changed(articles: Iterator[Article]) -> Iterator[Article]:
            for article in articles:
                problem = too_long_problem(article) if len(article.text) > MAX_ARTICLE_CHARS \
                    else language_problem(article)
                if problem is not None:
                    if options.strict:
                        raise InputError(str(problem))
                    log.warning("%s", problem)
                    problems.append(problem)
                    events.skipped(problem)
                    continue
                seen.add(article.id)
                if store.is_current(article):
                    counts["unchanged"] += 1
                    events.unchanged(article)
                else:
                    if len(article.text) > LARGE_ARTICLE_CHARS:
                        events.parsing(article)
                    yield article

        with _Writer(store) as writer:
            for article, claims in _extract(changed(stream), options):
                if isinstance(claims, Problem):  # an extractor failed on it: reported, not stored
                    if options.strict:
                        raise ExtractionError(str(claims))
                    log.warning("%s", claims)
                    problems.append(claims)
                    events.skipped(claims)
                    continue
                writer.put(article, claims)
                counts["articles"] += 1
                counts["claims"] += len(claims)
                events.stored(article, len(claims))
                if on_article is not None:
                    on_article(article, len(claims))
        if not seen and not problems:
            raise InputError("no articles found in the inputs; give .txt/.md/.html/.jsonl/feed files "
                             "or folders holding them")
        for article_id, urls in copies.items():
            store.add_urls(article_id, urls)
        elsewhere = sorted(set(store.article_ids()) - seen)
        if options.prune:
            for stale in elsewhere:
                store.remove_article(stale)
        store.drop_orphan_entities()
        store.flush()
        triples = len(store)
        out.mkdir(parents=True, exist_ok=True)
        outputs, written = _export_all(store, out, options, triples, events)
        pushed = None
        if options.endpoint:
            from .push import push

            pushed = push(store, options.endpoint).describe()
        summary = BuildSummary(
            articles=counts["articles"], unchanged=counts["unchanged"], claims=counts["claims"],
            entities=_count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . "
                                   "FILTER(STRSTARTS(STR(?e), 'https://w3id.org/relgraph/id/')) }"),
            triples=triples, problems=tuple(problems), outputs=tuple(outputs), outputs_written=written,
            pruned=tuple(elsewhere) if options.prune else (), kept=0 if options.prune else len(elsewhere), pushed=pushed,
        )
    atomic_write(out / REPORT_FILE, json.dumps(report_dict(summary), indent=1, ensure_ascii=False))
    return summary


def _extract(articles: Iterator[Article], options: BuildOptions):
    if options.dask is not None:
        return dask_extract(articles, options.dask, model=options.model, verifier=options.verifier)
    if options.workers > 1:
        return pool_extract(articles, options.workers, model=options.model, verifier=options.verifier)
    return extract_articles(articles, model=options.model, skip_errors=True, verifier=options.verifier)


def _html_options(store: GraphStore, options: BuildOptions) -> dict:
    """The page's options; its confidence slider starts at this build's own threshold."""
    return {"min_confidence": store.min_confidence, **options.html_options}


def default_threshold(verifier: str | None) -> float:
    """The verifier's own threshold for direct triples (0 without a verifier: every positive claim)."""
    from .verify.model import load_verifier, model_path

    path = model_path(verifier)
    return load_verifier(path).threshold if path is not None else 0.0


class _Writer:
    """Stores (article, claims) pairs from a thread, in order; a write error re-raises here."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.queue: queue.Queue = queue.Queue(WRITE_QUEUE)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="relgraph-writer", daemon=True)

    def _run(self) -> None:
        written = 0
        while (item := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.store.put_article(*item)
                    written += 1
                    if written % FLUSH_EVERY == 0:
                        self.store.flush()
                except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                    self.error = exc

    def put(self, article: Article, claims) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((article, claims))

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.queue.put(None)  # what was queued is still written: a resumed build skips it
        self.thread.join()
        if self.error is not None and exc[0] is None:
            raise self.error


def _export_all(store: GraphStore, out: Path, options: BuildOptions, triples: int,
                events: BuildEvents) -> tuple[list[str], bool]:
    """Write every export (through ``export_source``), unless the last complete export was made
    from this same graph; returns the paths and whether they were written."""
    targets = [out / FORMATS[fmt] for fmt in options.formats]
    state_file = store.path / STATE_FILE
    state = _fingerprint(store, out, options)
    if state_file.is_file() and state_file.read_text(encoding="utf-8") == state \
            and all(path.is_file() for path in targets):
        return [str(path) for path in targets], False
    state_file.unlink(missing_ok=True)  # a build killed mid-export must export again
    outputs = []
    with export_source(store, triples) as source:
        for step, (fmt, path) in enumerate(zip(options.formats, targets), 1):
            events.exporting(path, step, len(targets))
            outputs.append(str(export(source, fmt, path, **(_html_options(store, options) if fmt == "html" else {}))))
            events.exported(path)
    atomic_write(state_file, state)
    return outputs, True


def _fingerprint(store: GraphStore, out: Path, options: BuildOptions) -> str:
    """A hash of every stored article version, the output folder and the export options."""
    settings = (str(out.resolve()), options.formats, sorted(options.html_options.items(), key=str))
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    rows = store.query(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?a <{ONTOLOGY_NS}contentHash> ?h }} }}"
                       " ORDER BY ?g")
    for row in rows:
        digest.update(f"{row[0].value}\x1f{row[1].value}\n".encode("utf-8"))
    return digest.hexdigest()


def too_long_problem(article: Article) -> Problem:
    """The Problem for an article the spaCy pipeline refuses (over its ``max_length``)."""
    return Problem(
        article.origin or article.id, "too-long",
        f"{len(article.text)} characters is over the limit of {MAX_ARTICLE_CHARS} characters for one "
        "article (the spaCy model's max_length); split it into articles", article.line,
    )


def _count(store: GraphStore, query: str) -> int:
    for row in store.query(query):
        return int(row[0].value)
    return 0


def report_dict(summary: BuildSummary) -> dict:
    """The machine-readable build report (``output/report.json``)."""
    return {
        "articles_processed": summary.articles,
        "articles_unchanged": summary.unchanged,
        "claims_extracted": summary.claims,
        "entities": summary.entities,
        "triples": summary.triples,
        "problems": [{"file": p.origin, "line": p.line, "kind": p.kind, "message": p.message}
                     for p in summary.problems],
        "articles_pruned": list(summary.pruned),
        "articles_kept_not_in_inputs": summary.kept,
        "outputs": list(summary.outputs),
        "outputs_written": summary.outputs_written,
    }
