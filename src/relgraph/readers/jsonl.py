"""JSON Lines articles (``.jsonl``): one object ``{"id", "title", "text", "date", "url", "source"}`` a line.

The file is read line by line, never whole. Only ``text`` is required; ``id`` may be a string or an
integer; other fields may be strings or null; unknown fields are ignored. Blank lines are skipped.
Each bad line is one Problem carrying its 1-based line number, and reading goes on with the next.

>>> parse_record({"id": 7, "text": "Moscow said so.", "date": "4 November 2025"}, "a.jsonl", 1)
Article(id='7', text='Moscow said so.', title=None, date='2025-11-04', url=None, source=None, origin='a.jsonl', line=1)
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from relgraph.readers.files import (
    MAX_ARTICLE_BYTES,
    binary_problem,
    check_file,
    date_problem,
    empty_problem,
    normalise_date,
    normalise_text,
    sniff_binary,
    text_id,
    unreadable_problem,
)
from relgraph.records import Article, Problem

OPTIONAL_FIELDS = ("title", "url", "source")  # strings or null; "date" may also be a number
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def read_jsonl(path: Path) -> Iterator[Article | Problem]:
    """Read a JSON Lines file, one article a line (registered reader)."""
    origin = str(path)
    problem = check_file(path, max_bytes=None)  # the size limit holds for each line instead
    if problem is not None:
        yield problem
        return
    try:
        handle = open(path, "rb")
    except OSError as err:
        yield unreadable_problem(origin, err)
        return
    with handle:
        start = handle.read(16)
        if not start:
            yield empty_problem(origin)
            return
        kind = sniff_binary(start)
        if kind is not None:
            yield binary_problem(origin, kind)
            return
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield Problem(origin, "encoding", "the file is UTF-16; re-save it as UTF-8 (JSON Lines must be UTF-8)")
            return
        handle.seek(0)
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            yield from _parse_line(raw, origin, number)


def _parse_line(raw: bytes, origin: str, number: int) -> list[Article | Problem]:
    """The items of one line: nothing for a blank one, a Problem, or the article (after the Problem of a
    date it gives but that cannot be read: the article is kept, undated)."""
    ends_line = raw.endswith(b"\n")
    if len(raw) > MAX_ARTICLE_BYTES:
        return [Problem(
            origin, "too-large",
            f"{len(raw)} bytes is over the limit of {MAX_ARTICLE_BYTES} bytes for one article; split it", number,
        )]
    try:
        line = raw.decode("utf-8").strip()
    except UnicodeDecodeError as err:
        return [Problem(
            origin, "encoding",
            f"bad UTF-8 byte 0x{raw[err.start]:02x} at byte {err.start + 1} of the line; "
            "re-save the file as UTF-8", number,
        )]
    if not line:
        return []
    try:
        value = json.loads(line)
    except json.JSONDecodeError as err:
        if not ends_line and (err.msg.startswith("Unterminated") or err.pos >= len(line)):
            return [Problem(
                origin, "truncated",
                "the last line stops before its JSON object ends (file cut short?); complete or remove the line",
                number,
            )]
        return [Problem(
            origin, "jsonl-syntax",
            f"not valid JSON at column {err.colno} ({err.msg.removesuffix(' at').lower()}); "
            "write one JSON object per line", number,
        )]
    if not isinstance(value, dict):
        return [Problem(origin, "not-object", f"{_json_type(value)} is not an article; "
                        'write an object such as {"id": "...", "text": "..."}', number)]
    item = parse_record(value, origin, number)
    problem = date_problem(origin, value.get("date"), number) if isinstance(item, Article) and not item.date else None
    return [item] if problem is None else [problem, item]


def parse_record(record: dict[str, object], origin: str, number: int) -> Article | Problem:
    """Check one decoded JSONL object and make the Article."""
    text = record.get("text")
    if text is None:
        return Problem(origin, "no-text", 'the record has no "text"; add the article text as "text"', number)
    if not isinstance(text, str):
        return _type_problem(origin, number, "text", text, "a string")
    for name in OPTIONAL_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            return _type_problem(origin, number, name, record[name], "a string or null")
    given = record.get("id")
    if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int))):
        return _type_problem(origin, number, "id", given, "a string or an integer")
    text = normalise_text(text)
    if not text.strip():
        return Problem(origin, "no-text", 'the "text" is empty; add the article text or remove the line', number)
    return Article(
        id=str(given) if given not in (None, "") else text_id(text),
        text=text,
        title=_optional(record, "title"),
        date=normalise_date(record.get("date")),
        url=_optional(record, "url"),
        source=_optional(record, "source"),
        origin=origin,
        line=number,
    )


def _optional(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    return normalise_text(value).strip() or None if isinstance(value, str) else None


def _type_problem(origin: str, number: int, name: str, value: object, wanted: str) -> Problem:
    return Problem(origin, "field-type", f'field "{name}" is {_json_type(value)}, not {wanted}; fix the value', number)


def _json_type(value: object) -> str:
    """``'a JSON array'``, ``'JSON null'`` …"""
    kind = _JSON_TYPES.get(type(value))
    return f"a JSON {kind}" if kind else "JSON null"
