"""The date of the event a sentence reports, from what the sentence says ("on Monday", "in
November", "on 5 March", "in 2019", "yesterday"), resolved against the article's date; news
reports what has happened, so a weekday or a month without a year is the latest one not after the
article. A date given only to the month or year keeps that precision.

>>> resolve("Monday", "2025-11-05"), resolve("in November", "2025-03-02"), resolve("on 5 March", "2025-03-10")
('2025-11-03', '2024-11', '2025-03-05')
>>> resolve("in 2019", "2025-03-10"), resolve("yesterday", "2025-03-10"), resolve("last week", "2025-03-10")
('2019', '2025-03-09', None)
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(MONTHS)})\b(?:,?\s+(\d{{4}}))?")
_MONTH_DAY = re.compile(rf"\b({'|'.join(MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_MONTH = re.compile(rf"\b({'|'.join(MONTHS)})\b(?:\s+(\d{{4}}))?")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
SPANS = frozenset({"since", "until", "till", "before", "by", "from", "after"})  # a span's edge, not the event's date


def resolve(text: str, article_date: str | None) -> str | None:
    """The date a date expression names, at its precision, or None when it names none clearly."""
    low = text.lower()
    today = _day(article_date)
    if today is not None:
        if "yesterday" in low:
            return (today - dt.timedelta(days=1)).isoformat()
        if re.search(r"\btoday\b", low):
            return today.isoformat()
        day = next((i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", low)), None)
        if day is not None and not re.search(r"\b(next|last|this)\b", low):
            return (today - dt.timedelta(days=(today.weekday() - day) % 7)).isoformat()
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        found = pattern.search(low)
        if found:
            day_text, month_text = (found[1], found[2]) if order == "dm" else (found[2], found[1])
            return _full(int(day_text), MONTHS.index(month_text) + 1, found[3], today)
    found = _MONTH.search(low)
    if found and not re.search(r"\b(next|last|this)\b", low) and (found[2] or today is not None):
        year = int(found[2]) if found[2] else _latest_year(MONTHS.index(found[1]) + 1, 1, today)
        return f"{year:04d}-{MONTHS.index(found[1]) + 1:02d}"
    found = _YEAR.search(low)
    return found[1] if found else None


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _latest_year(month: int, day: int, today: dt.date | None) -> int:
    """The year of the latest (month, day) not after ``today``."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def _full(day: int, month: int, year: str | None, today: dt.date | None) -> str | None:
    if year is None and today is None:
        return None
    try:
        return dt.date(int(year) if year else _latest_year(month, day, today), month, day).isoformat()
    except ValueError:
        return None


def sentence_date(sent: Span, article_date: str | None) -> tuple[str | None, str | None]:
    """(date, "text") from the sentence's first DATE entity that names one, else (article date,
    "article"), else (None, None)."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in SPANS):
            found = resolve(ent.text, article_date)
            if found is not None:
                return found, "text"
    return (article_date, "article") if article_date else (None, None)
