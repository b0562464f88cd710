"""SPARQL over the built graph, with results as rows and in table / CSV / JSON form.

The default graph is the union of every article's graph and the entities graph.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .store import GraphStore
from .store.read import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Result:
    variables: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def _term(term) -> str | None:
    if term is None:
        return None
    return term.value


def with_prefixes(sparql: str) -> str:
    """Add relgraph's usual prefixes (rel:, rdfs:, dcterms:, …) unless the query declares them."""
    declared = sparql.upper()
    missing = [line for line in PREFIXES.strip().splitlines()
               if f"PREFIX {line.split()[1].upper()}" not in declared]
    return "\n".join(missing) + "\n" + sparql


def run_query(store: GraphStore, sparql: str, **options) -> Result:
    """Run a SELECT or ASK query; a syntax error is one line naming the problem."""
    try:
        results = store.query(with_prefixes(sparql), **options)
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL query does not parse: {str(exc).splitlines()[0]}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"the SPARQL query failed: {str(exc).splitlines()[0]}") from None
    if isinstance(results, bool):
        return Result(("ask",), ((str(results).lower(),),))
    if isinstance(results, ox.QueryBoolean):
        return Result(("ask",), ((str(bool(results)).lower(),),))
    if isinstance(results, ox.QueryTriples):
        rows = tuple((_term(t.subject), _term(t.predicate), _term(t.object)) for t in results)
        return Result(("subject", "predicate", "object"), rows)
    variables = tuple(v.value for v in results.variables)
    return Result(variables, tuple(tuple(_term(row[v]) for v in variables) for row in results))


def load_query_text(text_or_file: str) -> str:
    """A query given inline, or the path of a ``.rq`` file."""
    if text_or_file.endswith(".rq"):
        path = Path(text_or_file)
        if not path.is_file():
            raise QueryError(f"no query file at '{path}'; give SPARQL text or an existing .rq file")
        return path.read_text(encoding="utf-8")
    return text_or_file


def format_result(result: Result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(result.variables, row)) for row in result.rows], indent=1,
                          ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buffer.getvalue()
    return _table(result)


def _table(result: Result, width: int = 60) -> str:
    def cell(v: str | None) -> str:
        text = "" if v is None else " ".join(v.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    rows = [[cell(v) for v in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(result.variables)]
    line = "  ".join(h.ljust(w) for h, w in zip(result.variables, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
