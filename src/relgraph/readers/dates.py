"""Article dates as written by people and feeds, read at the precision they give.

A date comes back as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` — never a day or month the text did
not give — or as a reason it could not be read, which the readers report (file, line, value) while
keeping the article undated.

>>> [read_date(v)[0] for v in ("2025-11-04T23:30:00+03:00", "Tue, 04 Nov 2025 10:00:00 GMT",
...                            "4 November 2025", "March 2025", "2025", "25/03/2025", 20250305)]
['2025-11-04', '2025-11-04', '2025-11-04', '2025-03', '2025', '2025-03-25', '2025-03-05']
>>> read_date("2025-02-30")
(None, 'day is out of range for month')
>>> read_date("05/03/2025")
(None, 'day and month are ambiguous; write it as YYYY-MM-DD')
>>> read_date("March 5th")
(None, 'no year; write it as YYYY-MM-DD')
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone

from dateutil import parser as dateutil_parser

_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4})")
_YEAR = re.compile(r"(1[89]|2[01])\d\d")
_YEAR_MONTH = re.compile(r"((?:1[89]|2[01])\d\d)-(0[1-9]|1[0-2])")
# Two defaults that differ in every field: a field the text does not give comes out different.
_DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))


def read_date(value: object) -> tuple[str | None, str | None]:
    """``(date, None)``, ``(None, reason)`` for a value that is not a readable date, or
    ``(None, None)`` for no value at all."""
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, (int, float)):
        return _number(value)
    if not isinstance(value, str):
        return None, "not a date"
    text = value.strip()
    if _YEAR.fullmatch(text):
        return text, None
    if _YEAR_MONTH.fullmatch(text):
        return text, None
    try:
        return datetime.fromisoformat(text).date().isoformat(), None
    except ValueError as exc:
        if re.match(r"\d{4}-\d{2}-\d{2}", text):
            return None, str(exc)
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat(), None
    except (TypeError, ValueError, IndexError):
        pass
    numeric = _NUMERIC.fullmatch(text)
    if numeric:  # 25/03/2025, 03/25/2025; dotted dates (04.11.2025) are day first
        first, sep, second, year = numeric.groups()
        return _day_month_year(int(first), int(second), int(year), day_first=sep == ".")
    return _written(text)


def _number(value: float) -> tuple[str | None, str | None]:
    """A year (2025), a compact date (20250305) or Unix seconds / milliseconds."""
    if value == int(value) and 1800 <= value <= 2199:
        return str(int(value)), None
    if value == int(value) and 18000101 <= value <= 21991231:
        text = str(int(value))
        try:
            return datetime(int(text[:4]), int(text[4:6]), int(text[6:])).date().isoformat(), None
        except ValueError as exc:
            return None, str(exc)
    seconds = value / 1000 if value > 1e11 else value
    if 0 < seconds < 7.3e9:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat(), None
    return None, "a number that is neither a year, a YYYYMMDD date nor a Unix time"


def _day_month_year(first: int, second: int, year: int, day_first: bool) -> tuple[str | None, str | None]:
    if first <= 12 and second <= 12 and first != second and not day_first:
        return None, "day and month are ambiguous; write it as YYYY-MM-DD"
    day, month = (first, second) if day_first or first > 12 or first == second else (second, first)
    try:
        return datetime(year, month, day).date().isoformat(), None
    except ValueError as exc:
        return None, str(exc)


def _written(text: str) -> tuple[str | None, str | None]:
    """"4 November 2025", "Nov. 4, 2025", "March 2025": the fields the text gives, no more."""
    try:
        a, b = (dateutil_parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None, "not a date"
    if a.year != b.year:
        return None, "no year; write it as YYYY-MM-DD"
    if a.month != b.month:
        return f"{a.year:04d}", None
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}", None
    return a.date().isoformat(), None
