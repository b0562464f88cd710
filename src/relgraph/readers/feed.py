"""RSS and Atom feeds (``.rss``, ``.atom``, and ``.xml`` files that parse as a feed), via feedparser.

Each entry is one article: its id is the entry's id (or link), its text the entry's content (or
else its summary) turned from HTML into text, its date the published (or else updated) date, its
source the feed's title. Dates are taken as written (in the feed's own time zone). An entry with
neither content nor summary is a ``no-text`` Problem naming the entry. Malformed XML is a
``feed-syntax`` Problem at the line where parsing stopped; entries that feedparser's lenient parser
still recovers are read after it.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from relgraph.readers.files import normalise_date, normalise_text, read_bytes, squash_space, text_id
from relgraph.readers.html import fragment_text
from relgraph.records import Article, Problem

_PLAIN_TYPES = ("text/plain", "text")


def read_feed(path: Path) -> Iterator[Article | Problem]:
    """Read every entry of an RSS or Atom feed (registered reader)."""
    import feedparser  # imported when a feed is read

    origin = str(path)
    data = read_bytes(path)
    if isinstance(data, Problem):
        yield data
        return
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    error = parsed.get("bozo_exception")
    broken = error is not None and hasattr(error, "getLineNumber")  # an XML syntax error
    if broken:
        yield Problem(
            origin, "feed-syntax",
            f"malformed feed XML ({error.getMessage()}); fix the XML (entries that could still be read follow)",
            error.getLineNumber(),
        )
    if not parsed.get("version") and not parsed.entries:
        if not broken:
            yield Problem(
                origin, "not-a-feed",
                "the XML is not an RSS or Atom feed; give a feed, or the article as .txt or .html",
            )
        return
    source = squash_space(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_article(entry, number, origin, source)


def _entry_article(entry: Mapping[str, Any], number: int, origin: str, source: str | None) -> Article | Problem:
    given = squash_space(entry.get("id")) or squash_space(entry.get("link"))
    title = squash_space(entry.get("title"))
    text = _entry_text(entry)
    if not text:
        label = repr(given or title or "untitled")
        return Problem(
            origin, "no-text", f"feed entry {number} ({label}) has neither content nor summary; skipped"
        )
    return Article(
        id=given or text_id(text),
        text=text,
        title=title,
        date=_entry_date(entry),
        url=_web_url(entry.get("link")),
        source=source,
        origin=origin,
    )


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    """The published (else updated) date as written in the feed, not shifted to UTC."""
    for name in ("published", "updated"):
        date = normalise_date(entry.get(name))
        if date:
            return date
        stamp = entry.get(f"{name}_parsed")
        if stamp:
            return time.strftime("%Y-%m-%d", stamp)
    return None


def _web_url(value: object) -> str | None:
    """An http(s) link; feedparser fills ``link`` from an Atom id such as ``urn:...``, which is no URL."""
    url = squash_space(value)
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The entry's content, else its summary, as plain text."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    for detail in candidates:
        value = detail.get("value") or ""
        if detail.get("type") in _PLAIN_TYPES:
            text = normalise_text(value).strip()
        else:
            text = fragment_text(value)
        if text:
            return text
    return ""
