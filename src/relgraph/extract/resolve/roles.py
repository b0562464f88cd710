"""Role phrases, read once per document before any rule runs: "Russian Prime Minister Mikhail
Mishustin" (headOfGovernmentOf Russia), "Sergey Lavrov, Russia's foreign minister" (officialOf
Russia), "China's Li Qiang" (the office the officials file gives on the article's date), "his
Chinese counterpart" (the role read last). A person whose role names a state serves that state in
every later mention, whatever rule reads it — so no rule depends on another having run first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ...records import Entity
from .mentions import Mention

WINDOW = 7  # tokens a role phrase may span
STOP_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ"})
OWNERS = frozenset({"Country", "Organization", "Group"})
COUNTERPART = "counterpart"
POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True, slots=True)
class RoleReading:
    """A role phrase read: the person's mention, the relation and the state or body served."""

    sentence: Span
    mention: Mention
    relation: str
    owner: Entity
    person: Entity  # the person as the claim names them (with the state they serve)


def read_roles(ctx) -> list[RoleReading]:
    """Every role phrase of the document, in text order; records on ``ctx`` the state each person serves."""
    found: list[RoleReading] = []
    last_role: str | None = None
    for sent in ctx.sentences:
        people = {m.start: m for m in ctx.mentions if sent.start <= m.start < sent.end and m.entity.type == "Person"}
        for m in people.values():
            role = _before(ctx, sent, m) or _after(ctx, sent, m) or _inside(ctx, m) or _possessor(ctx, sent, m)
            if role is None:
                continue
            relation, owner = role
            if _out_of_office(ctx, m.entity, owner):
                continue  # the file says their office there had ended: the text recalls a past one
            if relation == COUNTERPART:
                relation = last_role or "officialOf"
            last_role = relation
            person = ctx.serves(m.entity, owner)
            found.append(RoleReading(sent, m, relation, owner, person))
    return found


def _before(ctx, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"Russian Prime Minister Mikhail Mishustin", "Russia's foreign minister, Sergey Lavrov"."""
    end = m.start
    if end > sent.start and ctx.doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > sent.start and end - start < WINDOW:
        t = ctx.doc[start - 1]
        if (t.pos_ in STOP_POS and t.dep_ != "amod") or t.lower_ in ctx.words["role_stop_words"] \
                or t.text in (",", ";", ":", "(", ")") or t.is_space:  # "acting" prime minister stays
            break
        other = ctx.mention(t)
        if other is not None and other.entity.type == "Person":
            break
        start -= 1
    return _role_in(ctx, ctx.doc[start:end], m.entity)


def _inside(ctx, m: Mention) -> tuple[str, Entity] | None:
    """A listed name that opens with its title: "Crown Prince Mohammed bin Salman", "King Salman"."""
    if m.kind != "name" or m.end - m.start < 2:
        return None
    lead = ctx.doc[m.start:m.end - 1]
    found = ctx.gazetteer.role(lead.text)
    if found is None or not lead.text.casefold().startswith(found[1]):
        return None
    return _role_in(ctx, lead, m.entity)


def _possessor(ctx, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"China's Li Qiang": a state's possessive right before a listed official stands for the
    office the officials file gives for that state at the article's date."""
    doc = ctx.doc
    if m.start - 2 < sent.start or doc[m.start - 1].text not in POSSESSIVE:
        return None
    owner = ctx.mention(doc[m.start - 2])
    if owner is None or owner.entity.type not in OWNERS:
        return None
    return _file_role(ctx, m.entity, owner.entity)


def _after(ctx, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"Sergey Lavrov, Russia's foreign minister," / "Lavrov, the foreign minister of Russia"."""
    doc = ctx.doc
    if m.end >= sent.end or doc[m.end].text != ",":
        return None
    start = end = m.end + 1
    while end < sent.end and end - start < WINDOW:
        t = doc[end]
        if t.text in (",", ";", ".", ")", "(") or t.pos_ in ("VERB", "AUX") or t.is_space \
                or t.lower_ in ("and", "or", "who", "which", "that"):
            break
        end += 1
    return _role_in(ctx, doc[start:end], m.entity)


def _role_in(ctx, window: Span, person: Entity | None = None) -> tuple[str, Entity] | None:
    """The role a phrase gives and whom it serves; with no state named ("Secretary of State Marco
    Rubio"), the state the officials file gives for that person."""
    if len(window) == 0 or any(t.lower_ in ctx.words["former"] for t in window):
        return None  # "Cambodia's former leader Hun Sen" holds no office now
    owner = None
    outside = ctx.words["backing"] | ctx.words["leading"]
    for t in window:
        mention = ctx.mention(t)
        if mention is not None and mention.entity.type in OWNERS and not _backer(ctx, mention, outside):
            owner = mention.entity
    if any(t.lower_ == COUNTERPART for t in window) and owner is not None:
        # "his Turkish counterpart, Erdoğan": a listed person's own office in that state, if on file
        return _file_role(ctx, person, owner) or (COUNTERPART, owner)
    role = ctx.gazetteer.role(window.text, of=owner.key if owner else None)
    if role is None:
        return None
    if role[0] != "officialOf" and _office_of_body(ctx, window, role[1]):
        # "Brazil's COP president": the president of COP, not of Brazil; with no state named, nothing
        return ("officialOf", owner) if owner is not None else None
    if owner is None:
        owner = _file_owner(ctx, person)
        if owner is None:
            return None
        role = ctx.gazetteer.role(window.text, of=owner.key)
    return role[0], owner


def _out_of_office(ctx, person: Entity, owner: Entity) -> bool:
    """Whether the officials file lists ``person``'s offices in ``owner`` and none of them is held on
    the article's date (undated articles are not judged)."""
    entry = ctx.gazetteer.get(person.key) if ctx.date else None
    terms = [role for role in entry.roles if role.of_key == owner.key] if entry is not None else []
    return bool(terms) and not any(role.held_on(ctx.date) for role in terms)


def _backer(ctx, mention: Mention, outside: frozenset[str]) -> bool:
    """A state named as a backer or leader ("Syria's Russian- and Iranian-backed president"): not
    the state the office is of."""
    for t in ctx.doc[mention.end:mention.end + 6]:  # "Russian- and Iranian-backed"
        if t.lower_ in outside:
            return True
        if t.text not in ("-", "–", "and") and ctx.mention(t) is None:
            return False
    return False


def _file_role(ctx, person: Entity | None, owner: Entity) -> tuple[str, Entity] | None:
    """The office the officials file gives ``person`` in ``owner`` on the article's date."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    for role in entry.roles if entry is not None else ():
        if role.of_key == owner.key and role.held_on(ctx.date):
            return role.relation, owner
    return None


def _office_of_body(ctx, window: Span, title: str) -> bool:
    """Whether a noun that names no state stands right before the title ("COP president",
    "Senate president", "central bank governor")."""
    words = title.split()
    for t in window:
        if t.lower_ == words[0] and t.i > window.start:
            before = ctx.doc[t.i - 1]
            mention = ctx.mention(before)
            return before.pos_ in ("NOUN", "PROPN") and (mention is None or mention.entity.type not in OWNERS) \
                and before.lower_ not in ctx.gazetteer.title_words
    return False


def _file_owner(ctx, person: Entity | None) -> Entity | None:
    """The state the officials file says ``person`` serves: the term in force on the article's
    date (undated: the current one) first, then any term they held."""
    entry = ctx.gazetteer.get(person.key) if person is not None else None
    for role in sorted(entry.roles if entry is not None else (), key=lambda role: not role.held_on(ctx.date)):
        if (office := ctx.gazetteer.get(role.of_key)) is not None:
            return office.entity
    return None
