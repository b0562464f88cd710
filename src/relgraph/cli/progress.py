"""A progress display for long work (rich), silent when output is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def article_progress(disabled: bool = False) -> Iterator[Callable]:
    """Yields ``tick(article, n_claims)``; shows articles and claims done so far."""
    if disabled or not sys.stderr.isatty():
        yield lambda *_: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task("reading articles", total=None)
        done = {"articles": 0, "claims": 0}

        def tick(_article, n_claims: int) -> None:
            done["articles"] += 1
            done["claims"] += n_claims
            progress.update(task, description=f"{done['articles']} articles, {done['claims']} claims")

        yield tick
