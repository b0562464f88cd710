"""Plain-text and Markdown articles (``.txt``, ``.md``).

A file may open with a front-matter block — a line ``---``, then ``key: value`` lines (``title``,
``date``, ``source``, ``url``, ``id``; other keys are ignored), then ``---`` — and the article text is
what follows. A title is only what the file marks as one: the front-matter ``title`` or, in Markdown,
a ``# `` heading on the first line (which then leaves the text). An unmarked short first paragraph —
a news lead — stays in the text and also serves as the title; a first line that repeats the
front-matter title is dropped. Leading blank lines and trailing whitespace are trimmed; nothing else
in the text is changed.

>>> split_article("Russia backs China\\n\\nMoscow said so.\\n", markdown=False)
({'title': 'Russia backs China'}, 'Russia backs China\\n\\nMoscow said so.')
>>> split_article("# Russia backs China\\nMoscow said so.\\n", markdown=True)
({'title': 'Russia backs China'}, 'Moscow said so.')
>>> split_article("---\\ntitle: T\\ndate: 2025-11-04\\n---\\nBody.", markdown=False)
({'title': 'T', 'date': '2025-11-04'}, 'Body.')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from relgraph.readers.files import date_problem, normalise_date, read_text, text_id
from relgraph.records import Article, Problem

FRONT_MATTER_KEYS = ("title", "date", "source", "url", "id")
MAX_TITLE_CHARS = 300
"""A first line longer than this is a paragraph, not a title."""
_MAX_FRONT_MATTER_LINES = 100
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)\s*:(.*)")


class FrontMatterError(ValueError):
    """A malformed front-matter block; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_text_article(path: Path) -> Iterator[Article | Problem]:
    """Read one ``.txt``/``.md`` article (registered reader)."""
    origin = str(path)
    text = read_text(path)
    if isinstance(text, Problem):
        yield text
        return
    try:
        fields, body = split_article(text, markdown=path.suffix.lower() in (".md", ".markdown"))
    except FrontMatterError as err:
        yield Problem(origin, "front-matter", str(err), err.line)
        return
    if not body:
        yield Problem(origin, "empty", "no article text after the front matter; add the text below the closing '---'")
        return
    date = normalise_date(fields.get("date"))
    problem = date_problem(origin, fields.get("date")) if date is None else None
    if problem is not None:
        yield problem  # reported; the article is kept, undated
    yield Article(
        id=fields.get("id") or text_id(body),
        text=body,
        title=fields.get("title"),
        date=date,
        url=fields.get("url"),
        source=fields.get("source"),
        origin=origin,
    )


def split_article(text: str, markdown: bool) -> tuple[dict[str, str], str]:
    """Split normalised file text into its fields (front matter, title) and the article text.

    A title is only what the file marks as one: a front-matter ``title``, or (in Markdown) a ``#``
    heading on the first line, which then leaves the text. An unmarked short first paragraph stays
    in the text — a news lead is exactly such a line — and also serves as the title when there is
    no other.
    """
    fields, rest = _front_matter(text)
    first, after = _first_line(rest)
    if first is not None:
        heading = markdown and first.startswith("#")
        title = first.lstrip("#").strip() if heading else first.strip()
        if title and (heading and "title" not in fields or title == fields.get("title")):
            rest = after  # the marked title, or the front-matter title repeated
        if title:
            fields.setdefault("title", title)
    return fields, _trim(rest)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n", _MAX_FRONT_MATTER_LINES + 2)
    if lines[0].rstrip() != "---":
        return {}, text
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    if closing is None or closing > _MAX_FRONT_MATTER_LINES:
        raise FrontMatterError(
            "the front matter opened by '---' on line 1 is never closed; end it with a line '---'", 1
        )
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:closing], 2):
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in (" ", "\t", "-"):
            continue  # blank, comment, or a continuation of a key this reader ignores
        match = _KEY_VALUE.fullmatch(line.rstrip())
        if match is None:
            raise FrontMatterError(
                f"front-matter line {line.strip()[:60]!r} is not 'key: value'; "
                "write one 'key: value' per line between the '---' lines",
                number,
            )
        key, value = match.group(1).lower(), _unquote(match.group(2).strip())
        if key in FRONT_MATTER_KEYS and value:
            fields[key] = value
    return fields, "\n".join(lines[closing + 1:])


def _first_line(text: str) -> tuple[str | None, str]:
    """A first line that can be a title (a heading, or a short line before a blank line) and the rest."""
    body = text.lstrip("\n")
    first, sep, rest = body.partition("\n")
    if not sep or not rest.strip() or len(first) > MAX_TITLE_CHARS:
        return None, text
    if not first.startswith("#") and rest.split("\n", 1)[0].strip():
        return None, text
    return first, rest


def _trim(text: str) -> str:
    """Drop leading blank lines and trailing whitespace (a slice: offsets inside stay as they are)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0 or text[start:end].strip():
            break
        start = end + 1
    return text[start:].rstrip()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
