"""Input readers: corpus files and folders in, a stream of :class:`~relgraph.records.Article` out.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Russia backs China\\n\\nMoscow said so.\\n")
>>> [(a.title, a.text) for a in iter_articles([folder])]
[('Russia backs China', 'Russia backs China\\n\\nMoscow said so.')]

Formats (one reader per suffix, in READERS): ``.txt``/``.md`` (optional front matter, optional
title line), ``.html``/``.htm`` (main text via trafilatura), ``.jsonl`` (one article a line),
``.rss``/``.atom``/``.xml`` feeds (one article an entry), and folders of these, walked recursively
in sorted order, hidden entries skipped.

Bad input never stops the stream: each bad file, line or entry becomes a Problem passed to
``on_problem`` and logged at WARNING, and reading goes on (``strict=True`` raises instead). Problem
kinds: ``empty``, ``binary``, ``encoding``, ``too-large`` (over MAX_ARTICLE_BYTES, 10 MiB),
``unreadable``, ``broken-link``, ``symlink-loop``, ``unsupported``, ``front-matter``,
``jsonl-syntax``, ``truncated``, ``not-object``, ``field-type``, ``no-text``, ``feed-syntax``,
``not-a-feed``, ``duplicate``.

A URL is not an input: relgraph reads files, never the web, and says so in one line.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from relgraph.errors import InputError, UsageError, unknown_name
from relgraph.readers.feed import read_feed
from relgraph.readers.files import MAX_ARTICLE_BYTES, text_id, walk
from relgraph.readers.html import read_html
from relgraph.readers.jsonl import read_jsonl
from relgraph.readers.text import read_text_article
from relgraph.records import Article, Problem

__all__ = ["MAX_ARTICLE_BYTES", "READERS", "Reader", "count_articles", "iter_articles", "reader_for"]

log = logging.getLogger("relgraph.readers")

Reader = Callable[[Path], Iterator[Article | Problem]]

READERS: dict[str, Reader] = {
    ".txt": read_text_article,
    ".md": read_text_article,
    ".markdown": read_text_article,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
"""Reader by lower-case file suffix. Each reader yields Articles and Problems and never raises on bad input."""

MANY_ARTICLE_READERS = (read_jsonl, read_feed)
"""Readers of files that hold any number of articles (a JSONL file, a feed): a stream of unknown length."""

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|https?:/(?!/)", re.IGNORECASE)  # also a URL a Path mangled


def reader_for(path: str | Path) -> Reader:
    """The reader for a file, chosen by its suffix (case-insensitive).

    >>> reader_for("notes.docx")
    Traceback (most recent call last):
    ...
    relgraph.errors.UsageError: unknown input format '.docx'; choose one of: .atom, .htm, .html, .jsonl, .markdown, .md, .rss, .txt, .xml
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise unknown_name("input format", suffix or path.name, list(READERS))
    return READERS[suffix]


def iter_articles(
    paths: Iterable[str | Path],
    on_problem: Callable[[Problem], None] | None = None,
    strict: bool = False,
    exclude: Iterable[str | Path] = (),
    on_duplicate: Callable[[str, Article], None] | None = None,
) -> Iterator[Article]:
    """Stream the articles of files and folders, one at a time, in a deterministic order.

    Every path is checked before anything is read: one that does not exist raises InputError, a
    file with an unknown suffix raises UsageError. The same text read twice (in any format, under
    any id) is one article: the copy is a ``duplicate`` Problem and is handed to ``on_duplicate``
    with the first one's id, so that its URL can be kept. Another text under an id already read is
    a ``duplicate`` Problem too. With ``strict=True`` the first Problem raises
    ``InputError(str(problem))`` instead of being reported. Folders in ``exclude`` (a build's own
    output folder and store) are never read inside a folder being walked.
    """
    targets = [_checked(path) for path in paths]
    return _stream(targets, on_problem, strict, tuple(Path(p) for p in exclude), on_duplicate)


def count_articles(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> int | None:
    """How many items reading ``paths`` ends in (each an article or a skipped file) when every file
    holds one article, counted by walking the folders without reading a file; ``None`` when a JSONL
    file or a feed is among them (its number of articles is known only once it is read).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Russia backs China."), (folder / "b.md").write_text("# B")
    >>> count_articles([folder]), count_articles([folder, folder / "a.txt"])
    (2, 3)
    >>> _ = (folder / "c.jsonl").write_text('{"text": "Moscow said so."}')
    >>> count_articles([folder]) is None
    True
    """
    exclude = tuple(Path(p) for p in exclude)
    total = 0
    for target in map(Path, paths):
        for item in walk(target, exclude) if target.is_dir() else (target,):
            if isinstance(item, Path) and READERS.get(item.suffix.lower()) in MANY_ARTICLE_READERS:
                return None
            total += 1
    return total


def _checked(given: str | Path) -> Path:
    path = Path(given)
    if _URL.match(str(given)) and not os.path.lexists(given):
        raise UsageError(
            f"{str(given)!r} is a URL; relgraph reads files, not URLs: save the page "
            "(e.g. as page.html) and give that file"
        )
    if not os.path.lexists(path):
        raise InputError(
            f"no such file or folder: {str(path)!r}; give an article file, a folder, or a .jsonl file"
        )
    if not path.is_dir():
        reader_for(path)
    return path


def _stream(
    targets: list[Path], on_problem: Callable[[Problem], None] | None, strict: bool, exclude: tuple[Path, ...],
    on_duplicate: Callable[[str, Article], None] | None,
) -> Iterator[Article]:
    seen: dict[str, str] = {}
    texts: dict[str, tuple[str, str]] = {}  # text hash -> (article id, where it was read)

    def report(problem: Problem) -> None:
        if strict:
            raise InputError(str(problem))
        log.warning("%s", problem)
        if on_problem is not None:
            on_problem(problem)

    for target in targets:
        files = walk(target, exclude) if target.is_dir() else iter([target])
        for item in files:
            if isinstance(item, Problem):
                report(item)
                continue
            for record in READERS[item.suffix.lower()](item):
                if isinstance(record, Problem):
                    report(record)
                elif (first := texts.get(_text_key(record))) is not None:
                    kept = ", its URL kept" if record.url else ""
                    report(Problem(record.origin or "", "duplicate",
                                   f"the same text as article {first[0]!r} read from {first[1]}; read once{kept}",
                                   record.line))
                    if on_duplicate is not None:
                        on_duplicate(first[0], record)
                elif record.id in seen:
                    report(Problem(
                        record.origin or "", "duplicate",
                        f"article id {record.id!r} was already read from {seen[record.id]}; skipped, "
                        "give each article its own id",
                        record.line,
                    ))
                else:
                    seen[record.id] = _where(record)
                    texts[_text_key(record)] = (record.id, seen[record.id])
                    yield record


def _text_key(article: Article) -> str:
    """Same text, same article: the hash of the text with its white space squashed."""
    return text_id(" ".join(article.text.split()))


def _where(article: Article) -> str:
    return f"{article.origin}:{article.line}" if article.line is not None else str(article.origin)
