"""HTML articles (``.html``, ``.htm``) and HTML fragments (feed entries).

A whole page goes through trafilatura, which finds the main text and leaves out navigation,
scripts, styles and embedded frames; title, date, URL and site name come from its metadata. A
fragment (a feed entry's content) is already the article, so it is parsed with lxml and its text
taken block by block, scripts and frames dropped.

>>> fragment_text("<p>Russia &amp; China</p><script>x()</script><p>met.</p>")
'Russia & China\\nmet.'
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html

from relgraph.readers.files import normalise_date, normalise_text, read_bytes, squash_space, text_id
from relgraph.records import Article, Problem

_PRUNE = ["//script", "//style", "//iframe", "//noscript", "//template", "//object", "//embed"]
_DROP_TAGS = ("script", "style", "iframe", "noscript", "template", "object", "embed", "head")
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
)


class _DropDiscardNotice(logging.Filter):
    """Hide trafilatura's own "discarding data" warning: the reader reports it as a ``no-text`` Problem."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("discarding data")


_DROP_DISCARD_NOTICE = _DropDiscardNotice()


def read_html(path: Path) -> Iterator[Article | Problem]:
    """Read one HTML page as one article (registered reader)."""
    import trafilatura  # heavy: imported when a page is read

    logging.getLogger("trafilatura.core").addFilter(_DROP_DISCARD_NOTICE)  # idempotent

    origin = str(path)
    data = read_bytes(path)
    if isinstance(data, Problem):
        yield data
        return
    extracted = trafilatura.extract(
        data, output_format="txt", include_comments=False, include_tables=True, prune_xpath=_PRUNE
    )
    text = normalise_text(extracted or "").strip()
    if not text:
        yield Problem(
            origin, "no-text", "no main text found in the HTML page; give the page of the article itself"
        )
        return
    meta = trafilatura.extract_metadata(data)
    title = squash_space(meta.title if meta else None)
    if title:
        first, sep, rest = text.partition("\n")
        if sep and first.strip() == title and rest.strip():
            text = rest.lstrip()  # the headline repeated as the first line of the text
    yield Article(
        id=text_id(text),
        text=text,
        title=title,
        date=normalise_date(meta.date if meta else None),
        url=squash_space(meta.url if meta else None),
        source=squash_space(meta.sitename if meta else None),
        origin=origin,
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per block, without scripts, styles or frames."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.xpath("|".join(f".//{tag}" for tag in _DROP_TAGS)):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return normalise_text("\n".join(line for line in lines if line))
