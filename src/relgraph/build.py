"""The main job: read a corpus, extract claims, store them, write every export.

Articles stream through (readers → spaCy ``nlp.pipe`` → extractors → store), one atomic store
write per article. Unchanged articles (same content hash) are not read again, so re-running on an
unchanged corpus does no NLP at all; a changed article replaces its graph; an article no longer in
the corpus is dropped (``prune``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .export import DEFAULT_FORMATS, FORMATS, check_format, export
from .export.atomic import atomic_write
from .pipeline import extract_articles
from .readers import iter_articles
from .records import Article, BuildSummary, Problem
from .store import GraphStore

log = logging.getLogger(__name__)
STORE_DIR = "store"
REPORT_FILE = "report.json"


@dataclass
class BuildOptions:
    out_dir: Path = Path("output")
    store_dir: Path | None = None  # default: out_dir / "store"
    model: str | None = None
    workers: int = 1
    strict: bool = False
    prune: bool = True
    formats: tuple[str, ...] = DEFAULT_FORMATS
    html_options: dict = field(default_factory=dict)


def build(inputs: Iterable[str | Path], options: BuildOptions | None = None, *,
          on_article: Callable[[Article, int], None] | None = None) -> BuildSummary:
    """Build (or bring up to date) the graph of ``inputs`` and write its exports."""
    options = options or BuildOptions()
    for fmt in options.formats:
        check_format(fmt)
    out = Path(options.out_dir)
    problems: list[Problem] = []
    with GraphStore(options.store_dir or out / STORE_DIR) as store:
        seen: set[str] = set()
        counts = {"articles": 0, "unchanged": 0, "claims": 0}

        def changed(articles: Iterator[Article]) -> Iterator[Article]:
            for article in articles:
                seen.add(article.id)
                if store.is_current(article):
                    counts["unchanged"] += 1
                else:
                    yield article

        stream = iter_articles(inputs, on_problem=problems.append, strict=options.strict)
        for article, claims in extract_articles(changed(stream), model=options.model,
                                                n_process=options.workers):
            store.put_article(article, claims)
            counts["articles"] += 1
            counts["claims"] += len(claims)
            if on_article is not None:
                on_article(article, len(claims))
        if not seen and not problems:
            raise InputError("no articles found in the inputs; give .txt/.md/.html/.jsonl/feed files "
                             "or folders holding them")
        if options.prune:
            for stale in sorted(set(store.article_ids()) - seen):
                store.remove_article(stale)
        store.flush()
        outputs = [str(export(store, fmt, out / FORMATS[fmt], **(options.html_options if fmt == "html" else {})))
                   for fmt in options.formats]
        summary = BuildSummary(
            articles=counts["articles"], unchanged=counts["unchanged"], claims=counts["claims"],
            entities=_count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . "
                                   "FILTER(STRSTARTS(STR(?e), 'https://w3id.org/relgraph/id/')) }"),
            triples=len(store), problems=tuple(problems), outputs=tuple(outputs),
        )
    atomic_write(out / REPORT_FILE, json.dumps(report_dict(summary), indent=1, ensure_ascii=False))
    return summary


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
        "outputs": list(summary.outputs),
    }
