"""Data the HTML page's analyst views need beyond nodes and edges: the fold map, the month axis of
the timelines, the default confidence threshold, and positions that keep folded actors by their state.

Folding is the view of ``relgraph.analysis.fold``: a state's own agents (government, military…) and
its persons fold into the state; a person with no country folds into the state he or she holds an
office of (officialOf, headOfStateOf, headOfGovernmentOf a Country).

>>> rus = {"iri": "c/RUS", "label": "Russia", "type": "Country", "country": "RUS"}
>>> army = {"iri": "a/RUS/mil", "label": "Russian military", "type": "Group", "country": "RUS",
...         "sector": "military"}
>>> fold_map({"c/RUS": rus, "a/RUS/mil": army}, [])
{'a/RUS/mil': 'c/RUS'}
>>> month_axis(["2025-11-04", None, "2025-09-20"])
['2025-09', '2025-10', '2025-11']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from relgraph.analysis.fold import folded, state_index
from relgraph.errors import UsageError
from relgraph.records import Entity

__all__ = ["OFFICE_RELATIONS", "fold_map", "month_axis", "month_of", "default_min_confidence", "check_min_confidence",
           "folded_positions"]

#: a person related to a Country by one of these holds an office of that state
OFFICE_RELATIONS = frozenset({"officialOf", "headOfStateOf", "headOfGovernmentOf"})


def _entity(iri: str, actor: Mapping[str, Any]) -> Entity:
    """An Entity record for ``relgraph.analysis.fold``; its ``key`` holds the IRI."""
    return Entity(iri, str(actor.get("label") or iri), str(actor.get("type") or "Other"),
                  actor.get("country"), actor.get("wikidata"), sector=actor.get("sector"))


def fold_map(entities: Mapping[str, Mapping[str, Any]],
             rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """IRI -> IRI of the state it folds into, for the actors that fold into another node of the graph."""
    records = {iri: _entity(iri, actor) for iri, actor in entities.items()}
    state_of = state_index(records.values())
    offices: dict[str, str] = {}
    for row in rows:
        subject, obj = row["subject"]["iri"], row["object"]["iri"]
        if (row["relation"] in OFFICE_RELATIONS and subject in records and obj in records
                and records[subject].type == "Person" and records[obj].type == "Country"):
            offices.setdefault(subject, obj)
    out = {}
    for iri, record in records.items():
        target = folded(record, state_of).key
        if target == iri and record.type == "Person" and not record.country:
            target = offices.get(iri, iri)
        if target != iri and target in records:
            out[iri] = target
    return out


def month_of(date: str | None) -> str | None:
    """The ``YYYY-MM`` of a date; None for no date or one known only to the year ("2019")."""
    return date[:7] if date and len(date) >= 7 else None


def month_axis(dates: Iterable[str | None]) -> list[str]:
    """Every month (``YYYY-MM``) from the earliest to the latest of ``dates``, gaps included; dates
    known only to the year have no month and stay off the axis."""
    months = sorted({m for d in dates if (m := month_of(d))})
    if not months:
        return []
    year, month = map(int, months[0].split("-"))
    axis = []
    while (label := f"{year:04d}-{month:02d}") <= months[-1]:
        axis.append(label)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return axis


def default_min_confidence() -> float:
    """The shipped verifier's threshold (the build's default ``--min-confidence``), 0 without one."""
    from relgraph.verify.model import SHIPPED, load_verifier, model_path

    path = model_path(SHIPPED)
    return load_verifier(path).threshold if path is not None else 0.0


def check_min_confidence(value: Any) -> float:
    """``value`` as a threshold from 0 to 1, else a usage error naming it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise UsageError(f"invalid --min-confidence {value!r}; use a number from 0 to 1")
    return float(value)


def folded_positions(layout: Any, n: int, edges: list[tuple[int, int]],
                     rep: list[int]) -> list[tuple[float, float]]:
    """Positions from ``layout(count, edges)`` laid out on the folded graph (node i drawn as
    ``rep[i]``); a folded node sits on a small ring around its state, where unfolding shows it."""
    reps = sorted(set(rep))
    slot = {r: k for k, r in enumerate(reps)}
    folded_edges = sorted({(slot[rep[a]], slot[rep[b]]) for a, b in edges if rep[a] != rep[b]})
    base = layout(len(reps), folded_edges)
    members: dict[int, list[int]] = {}
    for i, r in enumerate(rep):
        if i != r:
            members.setdefault(r, []).append(i)
    out = [base[slot[r]] for r in rep]
    for r, group in members.items():
        radius = 40.0 + 6.0 * len(group)
        cx, cy = base[slot[r]]
        for k, i in enumerate(group):
            angle = 2 * math.pi * k / len(group)
            out[i] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return out
