"""A date range, ``--since`` / ``--until`` (YYYY-MM-DD, inclusive), and the claims dated in it.

A claim's date keeps the precision its article gave (``2025-03-05``, ``2025-03`` or ``2025``). A claim
is in the range when its whole date is: ``2025-03`` is in 2025-03-01..2025-03-31 but not in
2025-03-15..2025-04-15, since it may be any day of March. An undated claim is in no range.

>>> march = DateRange.parse("2025-03-01", "2025-03-31")
>>> [march.contains(d) for d in ("2025-03-05", "2025-03", "2025", "2025-04-01", None)]
[True, True, False, False, False]
>>> DateRange.parse("2025-03-31", "2025-03-01")
Traceback (most recent call last):
...
relgraph.errors.UsageError: --since 2025-03-31 is after --until 2025-03-01; swap them
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import UsageError
from .records import Claim
from .store import GraphStore
from .store.mapping import DC_DATE, ENTITIES_GRAPH


@dataclass(frozen=True, slots=True)
class DateRange:
    """Days ``since`` to ``until`` (ISO dates, inclusive); ``None`` leaves that end open."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> DateRange:
        """The range of the ``--since`` and ``--until`` options; a bad or reversed date is a usage error."""
        rng = cls(parse_day("--since", since), parse_day("--until", until))
        if rng.since and rng.until and rng.since > rng.until:
            raise UsageError(f"--since {rng.since} is after --until {rng.until}; swap them")
        return rng

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def select(self, claims: Iterable[Claim]) -> Iterator[Claim]:
        """The claims dated in the range; every claim, dated or not, when the range is open."""
        return (c for c in claims if self.contains(c.date)) if self else iter(claims)

    def contains(self, date: str | None) -> bool:
        """Whether all of ``date`` (YYYY-MM-DD, YYYY-MM or YYYY) lies in the range; never an undated one."""
        if not date:
            return False
        first, last = _days(date[:10])
        return (self.since is None or first >= self.since) and (self.until is None or last <= self.until)


def sparql_filter(rng: DateRange, var: str = "?date") -> str:
    """A SPARQL FILTER that keeps a date variable (day, month or year precision) wholly inside the
    range, as :meth:`DateRange.contains` does (the range's ends are checked ISO dates).

    >>> sparql_filter(DateRange(None, "2025-06-30"), "?d")
    'FILTER((STRLEN(STR(?d)) = 10 && STR(?d) <= "2025-06-30" || STRLEN(STR(?d)) = 7 && STR(?d) <= "2025-06" || STRLEN(STR(?d)) = 4 && STR(?d) < "2025"))'
    """
    text = f"STR({var})"

    def test(end: str, op: str, month_whole: bool, year_whole: bool) -> str:
        strict = op.rstrip("=")
        return (f'(STRLEN({text}) = 10 && {text} {op} "{end}" || STRLEN({text}) = 7 && {text} '
                f'{op if month_whole else strict} "{end[:7]}" || STRLEN({text}) = 4 && {text} '
                f'{op if year_whole else strict} "{end[:4]}")')

    tests = []
    if rng.since:
        tests.append(test(rng.since, ">=", rng.since[8:] == "01", rng.since[5:] == "01-01"))
    if rng.until:
        last = calendar.monthrange(int(rng.until[:4]), int(rng.until[5:7]))[1]
        tests.append(test(rng.until, "<=", int(rng.until[8:]) == last, rng.until[5:] == "12-31"))
    return f"FILTER({' && '.join(tests)})" if tests else ""


def parse_day(option: str, value: str | None) -> str | None:
    """A YYYY-MM-DD option value, checked (None stays None); a bad one is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def _days(date: str) -> tuple[str, str]:
    """The first and last day of a date given to the day, month or year."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date


def dated_graphs(store: GraphStore, rng: DateRange) -> list[ox.NamedNode]:
    """The article graphs whose article or some claim is dated in ``rng``, sorted (a claim's date is
    its event's when the text gives one, so a graph may also hold claims dated outside the range)."""
    graphs = {quad.graph_name for quad in store.ox.quads_for_pattern(None, DC_DATE, None)
              if quad.graph_name != ENTITIES_GRAPH and rng.contains(quad.object.value)}
    return sorted(graphs, key=lambda g: g.value)


def dataset(store: GraphStore, rng: DateRange) -> dict:
    """Query options (pyoxigraph's ``default_graph``, ``named_graphs``) that let a query see only the
    articles whose claims are dated in ``rng``, and the entities; none when the range is open."""
    if not rng:
        return {}
    graphs = [*dated_graphs(store, rng), ENTITIES_GRAPH]
    return {"default_graph": graphs, "named_graphs": graphs}
