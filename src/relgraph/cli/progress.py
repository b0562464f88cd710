"""The progress display of a build (rich), on stderr, shown only when stderr is a terminal.

Reading shows articles done out of the total, percentage, rate and ETA when the total can be counted
before reading (every input file holds one article), else the count and rate (a JSONL file or a feed
is a stream of unknown length), and the claims found so far. While a very large article is parsed a
line of its own names it. Exporting shows one step per export file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Column
from rich.text import Text

from ..build_events import BuildEvents
from ..records import Article, Problem

READING = "reading"
NAME_CHARS = 30  # a long title is cut to this many characters


def status(task: Task) -> str:
    """The figures of a task counting ``unit``: done (out of its total, and the percentage), rate and
    ETA when timed, and the claims found; the ``note`` of a task that counts nothing.

    >>> progress = Progress(get_time=lambda: 0.0)
    >>> task = progress.add_task("reading", total=None, unit="articles", claims=5)
    >>> status(progress.tasks[task])
    '0 articles  5 claims'
    """
    unit = task.fields.get("unit")
    if unit is None:
        return task.fields.get("note", "")
    done = int(task.completed)
    if task.total is None:
        parts = [f"{done} {unit}"]
    else:
        parts = [f"{done}/{int(task.total)} {unit}", f"{task.percentage:.0f}%"]
    if task.fields.get("timed", True) and not task.finished:
        if task.speed:
            parts.append(f"{task.speed:.1f}/s")
        if task.total is not None and task.time_remaining is not None:
            parts.append(f"ETA {dt.timedelta(seconds=int(task.time_remaining))}")
    if task.fields.get("claims") is not None:
        parts.append(f"{task.fields['claims']} claims")
    return "  ".join(parts)


class StatusColumn(ProgressColumn):
    """The :func:`status` of each task, on one line."""

    def __init__(self) -> None:
        super().__init__(table_column=Column(no_wrap=True))

    def render(self, task: Task) -> Text:
        return Text(status(task), no_wrap=True)


def make_progress(console: Console, *, get_time: Callable[[], float] | None = None,
                  transient: bool = True) -> Progress:
    """The rich Progress of a build: spinner, what is being done, bar, figures, time elapsed."""
    description = TextColumn("{task.description}", table_column=Column(no_wrap=True, overflow="ellipsis"))
    return Progress(SpinnerColumn(), description, BarColumn(bar_width=20), StatusColumn(), TimeElapsedColumn(),
                    console=console, get_time=get_time, transient=transient)


def article_name(article: Article) -> str:
    """How the display names an article: its title, else its file's name (and line), else its id."""
    where = f"{Path(article.origin).name}:{article.line}" if article.line else Path(article.origin or "").name
    name = article.title or where or article.id
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…"


class BuildProgress(BuildEvents):
    """The build's events shown on a rich Progress: one task for reading, one for exporting."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.reading = None
        self.writing = None
        self.claims = 0
        self.large: dict[str, int] = {}  # very large articles being parsed: their line, by article id

    def started(self, total: int | None) -> None:
        self.reading = self.progress.add_task(READING, total=total, unit="articles", claims=0)

    def parsing(self, article: Article) -> None:
        self.large[article.id] = self.progress.add_task(
            "parsing", total=None, note=f"{article_name(article)!r} ({len(article.text):,} characters)")

    def stored(self, article: Article, claims: int) -> None:
        self.claims += claims
        self._done(article.id)

    def unchanged(self, article: Article) -> None:
        self._done(article.id)

    def skipped(self, problem: Problem) -> None:
        self._done(problem.origin)  # an article an extractor failed on: origin is its id

    def exporting(self, path: Path, step: int, steps: int) -> None:
        description = f"writing {path.name}"
        if self.writing is None:
            self.writing = self.progress.add_task(description, total=steps, unit="files", timed=False)
        self.progress.update(self.writing, description=description, completed=step - 1)

    def exported(self, path: Path) -> None:
        self.progress.advance(self.writing)

    def _done(self, key: str) -> None:
        if key in self.large:
            self.progress.remove_task(self.large.pop(key))
        if self.reading is None:
            self.started(None)
        self.progress.update(self.reading, advance=1, claims=self.claims)


@contextmanager
def build_progress(disabled: bool = False, console: Console | None = None) -> Iterator[BuildProgress | None]:
    """Yields the events a build reports to the display, or ``None`` (no display) when ``disabled``
    or when the console is not a terminal; the display disappears when the block ends."""
    console = console or Console(stderr=True)
    if disabled or not console.is_terminal:
        yield None
        return
    with make_progress(console) as progress:
        yield BuildProgress(progress)
