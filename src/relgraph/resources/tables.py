"""The TSV table reader: a checked header, comment lines, and rows that report their own place.

Every table under ``ontology/`` that has a header row is read here. A problem with a file or a
cell becomes one :class:`~relgraph.errors.InputError` naming ``file:line``, the bad value and
how to fix it.

>>> import tempfile
>>> tmp = tempfile.TemporaryDirectory()
>>> table = Path(tmp.name) / "t.tsv"
>>> _ = table.write_text("# shared: Congo\\nkey\\tqid\\nrome\\tQ220\\n", encoding="utf-8")
>>> shared = set()
>>> [(row.line, row.cells) for row in read_table(table, ("key", "qid"), shared)], shared
([(3, {'key': 'rome', 'qid': 'Q220'})], {'Congo'})
>>> read_table(table, ("key", "label"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
relgraph.errors.InputError: .../t.tsv:2: header must be key label (tab-separated), got key qid
>>> tmp.cleanup()
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from relgraph.errors import InputError

ISO3 = re.compile(r"[A-Z]{3}")
QID = re.compile(r"Q[1-9][0-9]*")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SHARED = re.compile(r"#\s*shared:\s*(.*)")


@dataclass(slots=True)
class Row:
    """One data row: its file, its 1-based line number and its cells by column name.

    The helpers check a cell and return its value, or raise an error that points at this row.
    """

    path: Path
    line: int
    cells: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def fail(self, problem: str) -> InputError:
        """An error for this row; the caller raises it."""
        return InputError(f"{self.where}: {problem}")

    def list(self, column: str) -> tuple[str, ...]:
        """The ``|``-separated items of a cell, blanks dropped."""
        return tuple(part.strip() for part in self.cells[column].split("|") if part.strip())

    def qid(self, column: str = "qid") -> str | None:
        """A Wikidata id (``Q`` and digits), or None for an empty cell."""
        value = self.cells[column]
        if value and not QID.fullmatch(value):
            raise self.fail(
                f"bad Wikidata id {value!r} in column {column}; write it as Q followed by digits"
            )
        return value or None

    def choice(self, column: str, valid: Iterable[str]) -> str:
        """The cell, which must be one of ``valid``."""
        value, valid = self.cells[column], tuple(valid)
        if value not in valid:
            raise self.fail(f"unknown {column} {value!r}; choose one of: {', '.join(sorted(valid))}")
        return value

    def iso3(self, column: str, *, required: bool = True) -> str | None:
        """An ISO 3166 alpha-3 code; an empty cell is None when not ``required``."""
        value = self.cells[column]
        if not value and not required:
            return None
        if not ISO3.fullmatch(value):
            raise self.fail(
                f"bad ISO 3166 alpha-3 code {value!r} in column {column}; use three capital letters"
            )
        return value

    def slug(self, column: str = "key") -> str:
        """A key made of lowercase letters, digits and single hyphens."""
        value = self.cells[column]
        if not SLUG.fullmatch(value):
            raise self.fail(f"bad key {value!r}; use lowercase letters, digits and single hyphens")
        return value


def read_table(
    path: Path,
    columns: tuple[str, ...],
    shared: set[str] | None = None,
    *,
    what: str = "table",
) -> list[Row]:
    """The rows of one TSV file whose first non-comment line is exactly ``columns``.

    Blank lines and ``#`` lines are skipped; the names on a ``# shared: A | B`` line are added
    to ``shared`` when a set is given. ``what`` names the file in the missing-file error.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: {what} missing; restore it from the repository") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason}); save it as UTF-8") from None
    rows: list[Row] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _SHARED.match(line)
            if found and shared is not None:
                shared.update(part.strip() for part in found.group(1).split("|") if part.strip())
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            header_seen = True
            if tuple(cells) != columns:
                raise InputError(
                    f"{path}:{number}: header must be {' '.join(columns)} (tab-separated), "
                    f"got {' '.join(cells)}"
                )
            continue
        if len(cells) != len(columns):
            raise InputError(
                f"{path}:{number}: expected {len(columns)} tab-separated columns "
                f"({', '.join(columns)}), got {len(cells)}"
            )
        rows.append(Row(path, number, dict(zip(columns, cells))))
    if not header_seen:
        raise InputError(f"{path}: no header row; the first line must be {' '.join(columns)}")
    return rows
