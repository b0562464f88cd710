"""What the officials file says of a person read in a role phrase: the office in force on the article's date,
the state served, an office ended or held by someone else."""

from __future__ import annotations

from ...records import Entity
from .unnamed_state import SOLE_OFFICES


def out_of_office(ctx, person: Entity, owner: Entity, relation: str) -> bool:
    """Whether the officials file lists ``person``'s offices of the kind ``relation`` in ``owner`` and all of them
    had ended by the article's date (undated articles are not judged; an office the file has starting later says
    nothing of an earlier one it does not list, an ended ministry nothing of a presidency the text gives)."""
    entry = ctx.gazetteer.get(person.key) if ctx.date else None
    terms = [role for role in entry.roles if role.of_key == owner.key and role.relation == relation] \
        if entry is not None else []
    day = ctx.date[:10] if ctx.date else ""
    return bool(terms) and all(role.end and day[:len(role.end)] > role.end for role in terms)


def foreign(ctx, person: Entity, owner: Entity) -> bool:
    """Whether the officials file lists ``person`` only with offices of other states than the state
    ``owner`` ("Italian PM, Gaddafi open…": a list, not Gaddafi's office)."""
    entry = ctx.gazetteer.get(person.key) if owner.type == "Country" else None
    states = {role.of_key for role in entry.roles if role.of_key.startswith("country/")} if entry is not None else set()
    return bool(states) and owner.key not in states


def held_by_another(ctx, person: Entity, relation: str, owner: Entity) -> bool:
    """Whether a state's one head of state or of government on the article's date was, by the
    officials file, another listed person than ``person`` (an office only one person holds)."""
    if relation not in SOLE_OFFICES or owner.type != "Country" or not ctx.date:
        return False
    holders = ctx.gazetteer.holders(owner.key, relation, ctx.date[:10])
    return bool(holders) and all(entry.key != person.key for entry in holders)


def only_office(ctx, person: Entity | None, owner: Entity) -> tuple[str, Entity] | None:
    """The one head-of-state or head-of-government office the officials file ever gives ``person`` in ``owner``."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    offices = {role.relation for role in (entry.roles if entry is not None else ())
               if role.of_key == owner.key and role.relation in SOLE_OFFICES}
    return (offices.pop(), owner) if len(offices) == 1 else None


def vague_role(ctx, person: Entity | None, owner: Entity, title_role: tuple[str, str]) -> tuple[str, Entity] | None:
    """A vague title's office ("Israel's leader, X", "Chairman Kim"): the one the file gives on the date, else the
    file's one head-of-state or -government office there; none when the file knows the person there only in
    another office ("the country's de facto leader, Aung San Suu Kyi", deposed); else the title's own."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    if found := file_role(ctx, person, owner) or only_office(ctx, person, owner):
        return found
    return None if entry is not None and any(r.of_key == owner.key for r in entry.roles) else (title_role[0], owner)


def file_role(ctx, person: Entity | None, owner: Entity) -> tuple[str, Entity] | None:
    """The office the officials file gives ``person`` in ``owner`` on the article's date."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    # a prime minister who also holds a ministry ("Israel's Benjamin Netanyahu") is named for the first
    for role in sorted(entry.roles if entry is not None else (), key=lambda role: role.relation == "officialOf"):
        if role.of_key == owner.key and role.held_on(ctx.date):
            return role.relation, owner
    return None


def file_owner(ctx, person: Entity | None) -> Entity | None:
    """The state the officials file says ``person`` serves: the term in force on the article's
    date (undated: the current one) first, then any term they held."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    for role in sorted(entry.roles if entry is not None else (), key=lambda role: not role.held_on(ctx.date)):
        if (office := ctx.gazetteer.get(role.of_key)) is not None:
            return office.entity
    return None
