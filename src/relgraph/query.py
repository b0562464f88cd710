"""SPARQL over the built graph, with results as rows and in table / CSV / JSON form.

The default graph is the union of every article's graph and the entities graph. Values a user gives
are bound with ``bindings=`` (Oxigraph substitutions of selected variables, see ``relgraph.bindings``),
never pasted into the query text. Saved queries are the ``queries/*.rq`` files: a header comment says
what each answers and names its parameters (``# param: target (actor) — label of the policy or actor``).
An ``(actor)`` parameter is an entity IRI in the SPARQL; ``run_saved`` first looks the given name up
(label or alias in any case, ISO3 code, Wikidata QID, IRI, or a capital for its state:
``relgraph.lookup``) and puts the entities found in a ``VALUES`` row, so the query starts from their
claims instead of scanning every label; a name that finds none is an error naming the closest names.
Every saved query takes the ``(optional)`` parameter ``min_confidence``: only the claims the verifier
is at least that sure of count. It is checked as a number from 0 to 1 and bound as an ``xsd:decimal``;
each file selects ``?min_confidence`` (down to the subquery that filters the claims, since a binding
fills a selected variable) and keeps ``?confidence >= COALESCE(?min_confidence, 0)``, so the file also
runs unbound anywhere. ``run_saved`` leaves that column out of the result.

>>> sorted(saved_queries())[:3]
['balance', 'by-source', 'contradictions']
>>> saved_query("supporters").params[0].name
'target'
>>> saved_query("friends")
Traceback (most recent call last):
...
relgraph.errors.UsageError: unknown saved query 'friends'; choose one of: balance, by-source, contradictions, dyad, evidence, opponents, supporters, top-actors
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from pathlib import Path

import pyoxigraph as ox

from .bindings import substitutions
from .errors import QueryError, UsageError, unknown_name
from .lookup import actor_terms, find_actors  # noqa: F401  (find_actors: part of this module's API)
from .paths import data_dir
from .store import GraphStore
from .store.read import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Result:
    """A query's answer: variable names and rows of lexical values (``None`` where unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    # the XSD datatype local name of each literal cell ("integer", "decimal", "boolean"…), else None
    datatypes: tuple[tuple[str | None, ...], ...] = ()

    def typed_records(self) -> list[dict[str, object]]:
        """One dict per row with numbers and booleans as Python values (for JSON output)."""
        types = self.datatypes or tuple((None,) * len(self.variables) for _ in self.rows)
        return [{v: _typed(value, kind) for v, value, kind in zip(self.variables, row, kinds)}
                for row, kinds in zip(self.rows, types)]

    def records(self) -> list[dict[str, str | None]]:
        """One dict per row, keyed by variable name."""
        return [dict(zip(self.variables, row)) for row in self.rows]

    def dataframe(self):
        """The rows as a pandas DataFrame (columns in the query's order)."""
        import pandas as pd

        return pd.DataFrame(list(self.rows), columns=list(self.variables))

    def without(self, name: str) -> Result:
        """The result without column ``name`` (the same result if it has none)."""
        if name not in self.variables:
            return self
        i = self.variables.index(name)

        def drop(row: tuple) -> tuple:
            return row[:i] + row[i + 1:]

        return Result(drop(self.variables), tuple(map(drop, self.rows)), tuple(map(drop, self.datatypes)))

    def __len__(self) -> int:
        return len(self.rows)


def _term(term) -> str | None:
    if term is None:
        return None
    return term.value


XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = frozenset({"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                       "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"})


def _datatype(term) -> str | None:
    if isinstance(term, ox.Literal) and term.datatype.value.startswith(XSD):
        return term.datatype.value[len(XSD):]
    return None


def _typed(value: str | None, kind: str | None) -> object:
    """A cell as JSON wants it: integers and decimals as numbers, booleans as true/false."""
    try:
        if kind in _INTEGERS:
            return int(value)
        if kind in ("decimal", "double", "float"):
            return float(value)
    except (TypeError, ValueError):
        return value
    if kind == "boolean":
        return value == "true"
    return value


def with_prefixes(sparql: str) -> str:
    """Add relgraph's usual prefixes (rel:, rdfs:, dcterms:, …) unless the query declares them."""
    declared = sparql.upper()
    missing = [line for line in PREFIXES.strip().splitlines()
               if f"PREFIX {line.split()[1].upper()}" not in declared]
    # one line of declarations, so that a syntax error's line number is the user's line + 1
    return " ".join(missing) + "\n" + sparql


def parse_error(message: str, sparql: str) -> str:
    """Oxigraph's "error at L:C: expected one of …" as the user's line and column and the token the
    parser stopped after (with_prefixes adds one line of declarations before the user's text).

    >>> parse_error("error at 2:26: expected one of LATERAL, SERVICE, [_]", "SELECT ?x WHERE { ?x ?p }")
    "the SPARQL query does not parse: line 1, column 25, near '}'"
    """
    at = re.match(r"error at (\d+):(\d+)", message)
    lines = sparql.splitlines()
    line = max(int(at[1]) - 1, 1) if at else 0
    if not at or line > len(lines):
        return f"the SPARQL query does not parse: {message}"
    tokens = list(re.finditer(r"\S+", lines[line - 1][:int(at[2]) - 1]))
    if not tokens:
        return f"the SPARQL query does not parse: line {line}, at its start"
    token = tokens[-1]
    return f"the SPARQL query does not parse: line {line}, column {token.start() + 1}, near {token[0][-30:]!r}"


def run_query(store: GraphStore, sparql: str, *, bindings: Mapping[str, object] | None = None,
              **options) -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; a syntax error is one line naming the problem.

    ``bindings`` maps selected variables (without ``?``) to values, bound as RDF terms.
    """
    if bindings:
        options["substitutions"] = substitutions(bindings)
    try:
        results = store.query(with_prefixes(sparql), **options)
    except SyntaxError as exc:
        raise QueryError(parse_error(str(exc).splitlines()[0], sparql)) from None
    except RuntimeError as exc:
        missing = re.search(r"variable \?(\w+) in its SELECT projection", str(exc))
        if missing:
            name = missing.group(1)
            raise QueryError(f"cannot bind {name!r}: the query does not select ?{name}; add ?{name} to "
                             "its SELECT clause (bindings fill selected variables)") from None
        raise QueryError(f"the SPARQL query failed: {str(exc).splitlines()[0]}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"the SPARQL query failed: {str(exc).splitlines()[0]}") from None
    if isinstance(results, (bool, ox.QueryBoolean)):
        return Result(("ask",), ((str(bool(results)).lower(),),), (("boolean",),))
    if isinstance(results, ox.QueryTriples):
        rows = tuple((_term(t.subject), _term(t.predicate), _term(t.object)) for t in results)
        return Result(("subject", "predicate", "object"), rows)
    variables = tuple(v.value for v in results.variables)
    rows = [tuple(row[v] for v in variables) for row in results]
    return Result(variables, tuple(tuple(_term(t) for t in row) for row in rows),
                  tuple(tuple(_datatype(t) for t in row) for row in rows))


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
        return json.dumps(result.typed_records(), indent=1, ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180: a bare \r in a value is quoted
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


# --------------------------------------------------------------------------- saved queries

_PARAM = re.compile(r"#\s*param:\s*(\w+)\s*(?:\((actor|optional)\))?\s*(?:—|--|-|:)?\s*(.*)")
CONFIDENCE = "min_confidence"


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    actor: bool = False
    optional: bool = False


@dataclass(frozen=True)
class SavedQuery:
    """A ``queries/NAME.rq`` file: what it answers, its parameters and its SPARQL."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def check_bindings(self, bindings: Mapping[str, object]) -> None:
        """Every parameter bound but the optional ones, nothing else, and a ``min_confidence`` from 0
        to 1: else a usage error naming the parameter."""
        names = [p.name for p in self.params]
        if CONFIDENCE in bindings and CONFIDENCE in names:
            confidence_term(bindings[CONFIDENCE])
        for param in self.params:
            if param.name not in bindings and not param.optional:
                raise UsageError(f"the saved query {self.name!r} needs parameter {param.name!r} "
                                 f"({param.description}); add --bind {param.name}=VALUE")
        for key in bindings:
            if key not in names:
                valid = ", ".join(names) if names else "none"
                raise UsageError(f"the saved query {self.name!r} has no parameter {key!r}; "
                                 f"its parameters: {valid}")


def parse_saved_query(path: Path) -> SavedQuery:
    """Read one ``.rq`` file and its header comment."""
    text = path.read_text(encoding="utf-8")
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        match = _PARAM.match(stripped)
        if match:
            params.append(Param(match.group(1), match.group(3).strip(), actor=match.group(2) == "actor",
                                optional=match.group(2) == "optional"))
        elif stripped.lstrip("#").strip():
            description.append(stripped.lstrip("#").strip())
    return SavedQuery(path.stem, " ".join(description), tuple(params), text, path)


@cache
def _saved(folder: str) -> dict[str, SavedQuery]:
    return {p.stem: parse_saved_query(p) for p in sorted(Path(folder).glob("*.rq"))}


def saved_queries() -> dict[str, SavedQuery]:
    """The saved queries shipped in ``queries/``, by name."""
    return _saved(str(data_dir("queries")))


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise unknown_name("saved query", name, list(queries))
    return queries[name]


def run_saved(store: GraphStore, name: str, bindings: Mapping[str, object] | None = None,
              **options) -> Result:
    """Run saved query ``name`` with its parameters bound (safely) to ``bindings``; ``options`` as
    for :func:`run_query` (a dataset). The ``min_confidence`` column is left out."""
    text, literals = prepare_saved(store, name, bindings)
    return run_query(store, text, bindings=literals, **options).without(CONFIDENCE)


def run_text(store: GraphStore, text: str, bindings: Mapping[str, object] | None = None, **options) -> Result:
    """:func:`run_query` for a query's text (inline or a ``.rq`` file): one that declares the optional
    ``min_confidence`` parameter, as the saved queries do, gets it checked and bound as a number and
    its column left out, as :func:`run_saved` does."""
    declared = any((m := _PARAM.match(line.strip())) and m.group(1) == CONFIDENCE for line in text.splitlines())
    bindings = dict(bindings or {})
    if not declared:
        return run_query(store, text, bindings=bindings, **options)
    if CONFIDENCE in bindings:
        bindings[CONFIDENCE] = confidence_term(bindings[CONFIDENCE])
    return run_query(store, text, bindings=bindings, **options).without(CONFIDENCE)


def confidence_term(value: object) -> Decimal:
    """A ``min_confidence`` value (a number, or its text from ``--bind``) as the decimal to bind.

    >>> confidence_term("0.8"), confidence_term(1)
    (Decimal('0.8'), Decimal('1'))
    >>> confidence_term("high")
    Traceback (most recent call last):
    ...
    relgraph.errors.UsageError: min_confidence 'high' is not a number from 0 to 1; write e.g. --bind min_confidence=0.8
    """
    try:
        number = Decimal(str(value).strip()) if not isinstance(value, bool) else None
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite() or not 0 <= number <= 1:
        raise UsageError(f"min_confidence {value!r} is not a number from 0 to 1; "
                         "write e.g. --bind min_confidence=0.8")
    return number


def prepare_saved(store: GraphStore, name: str,
                  bindings: Mapping[str, object] | None = None) -> tuple[str, dict[str, object]]:
    """Saved query ``name`` ready to run: its text and the bindings left to bind as literals.

    An actor parameter becomes a ``VALUES`` row, at the head of the query's WHERE, of the entity IRIs
    found for the name (IRIs read from the store, so the optimiser starts from them).
    """
    query = saved_query(name)
    bindings = dict(bindings or {})
    query.check_bindings(bindings)
    if CONFIDENCE in bindings:
        bindings[CONFIDENCE] = confidence_term(bindings[CONFIDENCE])
    actors = [p.name for p in query.params if p.actor]
    if not actors:
        return query.text, bindings
    # one VALUES block of every combination (separate blocks would not lead the optimiser's plan)
    combos = product(*(actor_terms(store, bindings.pop(actor)) for actor in actors))
    rows = " ".join("(" + " ".join(str(node) for node in combo) + ")" for combo in combos)
    head = f"  VALUES ({' '.join('?' + actor for actor in actors)}) {{ {rows} }}"
    return _WHERE.sub(lambda m: m.group(0) + "\n" + head, query.text, count=1), bindings


_WHERE = re.compile(r"\bWHERE\s*\{")


def parse_bind(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``NAME=VALUE`` options (as given to ``--bind``) as a dict.

    >>> parse_bind(["target=One-China policy", "a=x=y"])
    {'target': 'One-China policy', 'a': 'x=y'}
    """
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--bind {item!r} is not NAME=VALUE; write e.g. --bind target=\"One-China policy\"")
        out[name.strip()] = value
    return out
