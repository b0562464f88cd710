"""What a build tells as it goes, for a progress display (``relgraph.build.build(events=…)``)."""

from __future__ import annotations

from pathlib import Path

from .records import Article, Problem


class BuildEvents:
    """The steps of a build; each method does nothing here (a progress display overrides them).

    Every input item ends in exactly one of ``stored``, ``unchanged`` or ``skipped``, so these add
    up to the ``total`` given to ``started`` when that is known.
    """

    def started(self, total: int | None) -> None:
        """Reading starts: ``total`` input items when every file holds one article, else ``None``."""

    def parsing(self, article: Article) -> None:
        """A very large article (over ``build.LARGE_ARTICLE_CHARS`` characters) goes to the parser."""

    def stored(self, article: Article, claims: int) -> None:
        """An article was extracted and goes to the store with ``claims`` claims."""

    def unchanged(self, article: Article) -> None:
        """An article is in the store as it is: not read again."""

    def skipped(self, problem: Problem) -> None:
        """An input item was skipped (a bad file, line or entry, or an article that cannot be read)."""

    def exporting(self, path: Path, step: int, steps: int) -> None:
        """Export file ``path`` is being written: step ``step`` (from 1) of ``steps``."""

    def exported(self, path: Path) -> None:
        """Export file ``path`` is written."""
