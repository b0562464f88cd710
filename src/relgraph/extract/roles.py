"""Structural claims from role phrases and membership: "Russian Prime Minister Mikhail Mishustin"
(headOfGovernmentOf Russia), "Sergey Lavrov, Russia's foreign minister" (officialOf Russia),
"Turkey, a NATO member" / "X is a member of Y" (memberOf).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..records import Claim, Entity
from . import context, make_claim, news_sentences, register
from .mentions import ACTOR_TYPES, DocContext, Mention

WINDOW = 7  # tokens a role phrase may span
STOP_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ"})
STOP_WORDS = frozenset({"by", "with", "to", "from", "for", "at", "in", "on", "and", "or", "as"})
OWNERS = frozenset({"Country", "Organization", "Group"})
COUNTERPART = "counterpart"
FORMER = frozenset({"former", "ex", "ex-", "late", "then", "outgoing", "erstwhile"})


@register("roles")
def roles(doc: Doc) -> Iterator[Claim]:
    ctx = context(doc)
    for sent in news_sentences(doc):
        people = {m.start: m for m in ctx.mentions
                  if sent.start <= m.start < sent.end and m.entity.type == "Person"}
        for m in people.values():
            found = _before(ctx, sent, m) or _after(ctx, sent, m) or _inside(ctx, m) \
                or _possessor(ctx, sent, m)
            if found is None:
                continue
            relation, owner = found
            if relation == COUNTERPART:
                relation = ctx.last_role or "officialOf"
            ctx.last_role = relation
            person = ctx.with_country(m.entity, owner)
            yield make_claim(doc, sent, person, relation, owner, confidence=0.95,
                             trigger=doc[m.start:m.end].text)
        yield from _memberships(ctx, doc, sent)


def _before(ctx: DocContext, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"Russian Prime Minister Mikhail Mishustin", "Russia's foreign minister, Sergey Lavrov"."""
    end = m.start
    if end > sent.start and ctx.doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > sent.start and end - start < WINDOW:
        t = ctx.doc[start - 1]
        if (t.pos_ in STOP_POS and t.dep_ != "amod") or t.lower_ in STOP_WORDS \
                or t.text in (",", ";", ":", "(", ")") or t.is_space:  # "acting" prime minister stays
            break
        other = ctx.mention(t)
        if other is not None and other.entity.type == "Person":
            break
        start -= 1
    return _role_in(ctx, ctx.doc[start:end], m.entity)


def _inside(ctx: DocContext, m: Mention) -> tuple[str, Entity] | None:
    """A listed name that opens with its title: "Crown Prince Mohammed bin Salman", "King Salman"."""
    if m.kind != "name" or m.end - m.start < 2:
        return None
    lead = ctx.doc[m.start:m.end - 1]
    found = ctx.gazetteer.role(lead.text)
    if found is None or not lead.text.casefold().startswith(found[1]):
        return None
    return _role_in(ctx, lead, m.entity)


def _possessor(ctx: DocContext, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"China's Li Qiang", "Hungary's Viktor Orban": a state's possessive right before a listed
    official stands for the office the officials file gives for that state at the article's date."""
    doc = ctx.doc
    if m.start - 2 < sent.start or doc[m.start - 1].text not in ("'s", "’s", "'", "’"):
        return None
    owner = ctx.mention(doc[m.start - 2])
    if owner is None or owner.entity.type not in OWNERS:
        return None
    try:
        entry = ctx.gazetteer.by_key(m.entity.key)
    except KeyError:
        return None
    date = _article_date(doc)
    for role in entry.roles:
        if role.of_key == owner.entity.key and role.held_on(date):
            return role.relation, owner.entity
    return None


def _after(ctx: DocContext, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"Sergey Lavrov, Russia's foreign minister," / "Lavrov, the foreign minister of Russia"."""
    doc = ctx.doc
    if m.end >= sent.end or doc[m.end].text != ",":
        return None
    start = m.end + 1
    end = start
    while end < sent.end and end - start < WINDOW:
        t = doc[end]
        if t.text in (",", ";", ".", ")", "(") or t.pos_ in ("VERB", "AUX") or t.is_space \
                or t.lower_ in ("and", "or", "who", "which", "that"):
            break
        end += 1
    return _role_in(ctx, doc[start:end], m.entity)


def _role_in(ctx: DocContext, window: Span, person: Entity | None = None) -> tuple[str, Entity] | None:
    """The role a phrase gives and whom it serves; with no state named ("Secretary of State Marco
    Rubio"), the state the officials file gives for that person."""
    if len(window) == 0 or any(t.lower_ in FORMER for t in window):
        return None  # "Cambodia's former leader Hun Sen" holds no office now
    owner = None
    for t in window:
        mention = ctx.mention(t)
        if mention is not None and mention.entity.type in OWNERS:
            owner = mention.entity
    if any(t.lower_ == COUNTERPART for t in window) and owner is not None:
        return COUNTERPART, owner
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


def _office_of_body(ctx: DocContext, window: Span, title: str) -> bool:
    """Whether a noun that names no state stands right before the title ("COP president",
    "Senate president", "central bank governor")."""
    words = title.split()
    for t in window:
        if t.lower_ == words[0] and t.i > window.start:
            before = ctx.doc[t.i - 1]
            mention = ctx.mention(before)
            return before.pos_ in ("NOUN", "PROPN") and (mention is None or mention.entity.type not in OWNERS) \
                and before.lower_ not in ctx.role_words
    return False


def _file_owner(ctx: DocContext, person: Entity | None) -> Entity | None:
    if person is None:
        return None
    try:
        entry = ctx.gazetteer.by_key(person.key)
    except KeyError:
        return None
    # The text states the role; the file only says whom it serves. Prefer the term in force on
    # the article's date (undated: the current one), then any term the person held.
    date = _article_date(ctx.doc)
    ordered = sorted(entry.roles, key=lambda role: not role.held_on(date))
    for role in ordered:
        try:
            return ctx.gazetteer.by_key(role.of_key).entity
        except KeyError:
            continue
    return None


def _article_date(doc: Doc) -> str | None:
    from . import ARTICLE_KEY

    article = doc.user_data.get(ARTICLE_KEY)
    return getattr(article, "date", None) or None


def _memberships(ctx: DocContext, doc: Doc, sent: Span) -> Iterator[Claim]:
    """"X is a member of Y", "X, a member of Y", "NATO member Turkey", "X joined Y"."""
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma == "member" and token.pos_ == "NOUN":
            orgs = _org_of_member(ctx, token)
            members = _members(ctx, token)
            for org in orgs:
                for member in members:
                    if member.key != org.key:
                        yield make_claim(doc, sent, member, "memberOf", org, confidence=0.85,
                                         trigger=token.text)
        elif lemma == "join" and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for s in subjects:
                for o in objects:
                    for member in ctx.actors(s):
                        for org in ctx.actors(o):
                            if org.type in ("Organization", "Group") and member.type in ACTOR_TYPES:
                                reading = _join_reading(token)
                                yield make_claim(doc, sent, member, "memberOf", org, confidence=0.85,
                                                 polarity=reading.polarity, modality=reading.modality,
                                                 trigger=token.text)


def _join_reading(token):
    """"will not join" is a negative, intended membership; "plans to join" an intended one."""
    from .clause import read_clause

    return read_clause(token, context(token.doc).lexicon)


def _org_of_member(ctx: DocContext, member) -> list[Entity]:
    for child in member.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return [e for o in child.children if o.dep_ == "pobj" for e in ctx.actors(o)
                    if e.type in ("Organization", "Group")]
        if child.dep_ in ("compound", "nmod", "amod"):
            m = ctx.mention(child)
            if m is not None and m.entity.type in ("Organization", "Group"):
                return [m.entity]
    return []


def _members(ctx: DocContext, member) -> list[Entity]:
    """Who the "member" noun is said of: copula subject, appositive host, or the named member."""
    head = member.head
    if member.dep_ == "pobj" and head.lower_ == "as":  # "was admitted as the 11th member of ASEAN"
        verb = head.head
        return [e for s in verb.children if s.dep_ in ("nsubjpass", "dobj", "nsubj")
                for e in ctx.actors(s) if e.type in ACTOR_TYPES]
    if member.dep_ == "attr" and head.lemma_ in ("be", "become", "remain"):
        return [e for s in head.children if s.dep_ == "nsubj" for e in ctx.actors(s)
                if e.type in ACTOR_TYPES]
    if member.dep_ == "appos":
        return ctx.actor_entities(head)
    for child in member.children:
        if child.dep_ == "appos":
            return ctx.actor_entities(child)
    if member.dep_ == "compound":
        return ctx.actor_entities(head)
    return []
