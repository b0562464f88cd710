"""The one exception root. The CLI prints ``str(error)`` on one line and exits with ``exit_code``."""

from __future__ import annotations


class RelgraphError(Exception):
    """A user-facing error: its message names the bad value and the fix."""

    exit_code = 1


class UsageError(RelgraphError):
    """Bad arguments or options (exit 2)."""

    exit_code = 2


class InputError(RelgraphError):
    """An input file or record that cannot be read."""


class ExtractionError(RelgraphError):
    """An extractor failed on an article (under ``--strict``; otherwise the article is a reported skip)."""


class ModelError(RelgraphError):
    """The spaCy pipeline is missing or unusable."""


class StoreError(RelgraphError):
    """The graph store cannot be opened or written (locked, corrupt, read-only)."""


class QueryError(RelgraphError):
    """A SPARQL query that does not parse or cannot run."""


def unknown_name(kind: str, name: str, valid: list[str] | tuple[str, ...]) -> UsageError:
    """The registry error: names the bad value and lists the valid ones.

    >>> str(unknown_name("format", "xml", ["ttl", "trig"]))
    "unknown format 'xml'; choose one of: trig, ttl"
    """
    return UsageError(f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(valid))}")
