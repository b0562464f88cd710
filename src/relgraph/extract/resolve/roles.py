"""Role phrases, read once per document before any rule runs: "Russian Prime Minister Mikhail
Mishustin" (headOfGovernmentOf Russia), "Sergey Lavrov, Russia's foreign minister" (officialOf
Russia), "China's Li Qiang" (the office the officials file gives on the article's date), "his
Chinese counterpart" (the role read last), "X, who heads Y", "X was appointed foreign minister".
The state or body served is read from the phrase's structure (``_owner``): "the UN envoy for Syria"
serves the UN. A person whose role names a state serves that state in
every later mention, whatever rule reads it — so no rule depends on another having run first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ...records import Entity
from ...resources.sectors import STATE_SECTORS
from .heading import heads
from .mentions import Mention
from .office_file import file_owner, file_role, foreign, held_by_another, out_of_office, vague_role
from .unnamed_state import SOLE_OFFICES, VAGUE_TITLES, sole_state, state_title

WINDOW = 9  # tokens a role phrase may span before a name ("the leader of Italy's right-wing National Alliance")
AFTER_WINDOW = 10  # and after one, where it often names a body: "the head of the Britain-based Syrian Observatory"
STOP_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ"})
OWNERS = frozenset({"Country", "Organization", "Group"})
COUNTERPART = "counterpart"
POSSESSIVE = ("'s", "’s", "'", "’")
DESTINATION = ("for", "to")  # "envoy for Syria", "ambassador to Britain": where the office serves
ELSEWHERE = frozenset({"to", "in", "on", "at", "from", "with", "against"})
EMISSARY_TITLES = frozenset({"ambassador"})  # sent by a state to another state or to a body
STAFF_PREPS = frozenset({"at", "from"})  # "a director at Quilliam", "a commander from the SDF": a body's staff
OTHERS_TITLE = frozenset({"to", "with"})  # "an adviser to the UN envoy", "a meeting with the president"
# "Kenyan opposition leader X" leads Kenya's opposition, not Kenya
NON_STATE_SIDES = frozenset({"opposition", "rebels", "insurgents", "militants"})
STATE_ORGANS = frozenset({"government", "military", "police"})  # their spokesmen speak for the state


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
            role = _before(ctx, sent, m) or _after(ctx, sent, m) or _inside(ctx, m) or _possessor(ctx, sent, m) \
                or heads(ctx, m) or _appointed(ctx, m)
            if role is None:
                continue
            relation, owner = role
            if relation == COUNTERPART:
                relation = last_role or "officialOf"
            if out_of_office(ctx, m.entity, owner, relation) or foreign(ctx, m.entity, owner):
                continue  # the file says their office there had ended, or that they never served there
            if held_by_another(ctx, m.entity, relation, owner):
                continue  # "the Working Group for Syria's president, X": Syria's president was someone else
            last_role = relation
            person = ctx.serves(m.entity, owner)
            found.append(RoleReading(sent, m, relation, owner, person))
    return found


def _before(ctx, sent: Span, m: Mention, shared: Entity | None = None) -> tuple[str, Entity] | None:
    """"Russian Prime Minister Mikhail Mishustin", "Russia's foreign minister, Sergey Lavrov"; a plural title is
    the next name's too ("Presidents Putin and Erdogan": ``shared`` is that next person)."""
    end = m.start
    if end > sent.start + 1 and ctx.doc[end - 1].lower_ == "and" and shared is None \
            and (first := ctx.mention(ctx.doc[end - 2])) is not None and first.entity.type == "Person":
        return _before(ctx, sent, first, m.entity)
    while end > sent.start and _given_name(ctx, ctx.doc[end - 1], m):
        end -= 1  # "Abdel Fattah [al-Sisi]": given names the mention left out are part of the name
    if end > sent.start and ctx.doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > sent.start and end - start < WINDOW:
        t = ctx.doc[start - 1]
        if t.lower_ in DESTINATION and _one_mention(ctx, start + (ctx.doc[start].lower_ == "the"), end):
            start -= 1  # "the UN envoy for Syria, Staffan de Mistura", "Russia's envoy to the UN, X": the title
            continue  # stands before the place or body
        inside = ctx.mention(t)
        if inside is not None and inside.entity.type in OWNERS and inside.start < t.i:
            start -= 1  # the "and" of "Law and Justice" is part of a name
            continue
        before_of = ctx.doc[start - 2] if start - 2 >= sent.start else None
        if t.lower_ == "of" and before_of is not None and before_of.pos_ == "NOUN" \
                and ctx.gazetteer.role(before_of.lower_) is None \
                and (ctx.doc[start].lower_ in ("a", "an", "another") or any(c.dep_ == "poss" or (
                    c.dep_ in ("compound", "amod") and ctx.mention(c) is not None) for c in before_of.children)):
            break  # "the Damascus home of another Islamic Jihad official, X", "Malaysia's expulsion of the North Korean
            # ambassador, X", "the US killing of the Iranian general X": the office is the official's, not the doer's
        if (t.pos_ in STOP_POS and t.dep_ != "amod") or t.lower_ in ctx.words["role_stop_words"] \
                or t.text in (",", ";", ":", "(", ")") or t.is_space:  # "acting" prime minister stays
            break
        other = ctx.mention(t)
        if other is not None and other.entity.type == "Person":
            break
        start -= 1
    if shared is not None and (start == end or not _plural_title(ctx, ctx.doc[end - 1])):
        return None
    return _role_in(ctx, ctx.doc[start:end], shared or m.entity)


def _given_name(ctx, word, m: Mention) -> bool:
    return word.pos_ == "PROPN" and ctx.mention(word) is None and m.start <= word.head.i < m.end \
        and word.lower_ not in ctx.gazetteer.title_words and not _plural_title(ctx, word)


def _plural_title(ctx, word) -> bool:
    return word.lower_.endswith("s") and word.lower_[:-1] in ctx.gazetteer.title_words


def _inside(ctx, m: Mention) -> tuple[str, Entity] | None:
    """A name that opens with its title: "Crown Prince Mohammed bin Salman", "King Salman" (listed),
    "Taoiseach Bertie Ahern" (a model's person span that took the title in)."""
    if m.kind not in ("name", "person") or m.end - m.start < 2:
        return None
    lead = ctx.doc[m.start:m.end - 1]
    found = ctx.gazetteer.role(lead.text)
    if found is None or not lead.text.casefold().startswith(found[1]):
        return None
    if m.start >= 2 and ctx.doc[m.start - 1].text in POSSESSIVE and (owner := ctx.mention(ctx.doc[m.start - 2])) is not None \
            and owner.entity.type == "Country":
        lead = ctx.doc[owner.start:m.end - 1]  # "Jordan's King Abdullah": Jordan's king
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
    return file_role(ctx, m.entity, owner.entity)


def _appointed(ctx, m: Mention) -> tuple[str, Entity] | None:
    """"Fini was appointed foreign minister of Italy", "Berlusconi named Fini as foreign minister",
    the headline's "Fini named Italy foreign minister": the office a person is given."""
    person = ctx.doc[m.end - 1]
    verb = person.head
    if verb.lemma_.lower() not in ctx.words["appointing"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    offices = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and person.dep_ in ("dobj", "nsubjpass"):
            offices += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ in ("oprd", "attr") and (person.dep_ in ("dobj", "nsubjpass") or verb.lemma_.lower() == "become"):
            offices.append(c)  # ("Hakan Fidan became foreign minister")
        elif c.dep_ == "dobj" and person.dep_ == "nsubj" and ctx.mention(c) is None:
            offices.append(c)  # a headline drops the passive's "was"
    appointer = next((state for c in verb.children if c.dep_ == "nsubj" and c != person
                      for e in ctx.actor_entities(c) if (state := _state_of(ctx, e)) is not None), None)
    for office in offices:
        found = _role_in(ctx, ctx.doc[office.left_edge.i:office.right_edge.i + 1], m.entity, appointer)
        if found is not None:
            return found
    return None


def _state_of(ctx, entity: Entity) -> Entity | None:
    """The state an actor is or serves ("Kenya's president" → Kenya)."""
    return entity if entity.type == "Country" else ctx.state(entity.country)


def _after(ctx, sent: Span, m: Mention) -> tuple[str, Entity] | None:
    """"Sergey Lavrov, Russia's foreign minister," / "Lavrov, the foreign minister of Russia"."""
    doc = ctx.doc
    if m.end >= sent.end or doc[m.end].text != ",":
        return None
    start = end = m.end + 1
    if start < sent.end and doc[start].pos_ == "ADP" and doc[start].lower_ != "as":
        return None  # "Bayramov, under the auspices of the Russian foreign minister": no apposition, another's title
    while end < sent.end and end - start < AFTER_WINDOW:
        t = doc[end]
        if t.text in (",", ";", ".", ")", "(") or (t.pos_ in ("VERB", "AUX") and doc[t.i - 1].text != "-" and t.dep_ != "amod") \
                or t.lower_ in ("and", "or", "who", "which", "that"):
            break
        end += 1
    return _role_in(ctx, doc[start:end], m.entity)


def _role_in(ctx, window: Span, person: Entity | None = None,
             appointer: Entity | None = None) -> tuple[str, Entity] | None:
    """The role a phrase gives and whom it serves; with no state named ("Secretary of State Marco
    Rubio"), the state of whoever appointed them, else the one the officials file gives."""
    if len(window) == 0 or any(t.lower_ in ctx.words["former"] for t in window) \
            or any(t.lower_ == "until" and t.i + 1 < window.end and window.doc[t.i + 1].ent_type_ == "DATE" for t in window):
        return None  # "Cambodia's former leader Hun Sen", "Hunt, foreign secretary until Wednesday" hold no office now
    text = window.text.removesuffix("s") if _plural_title(ctx, window[-1]) else window.text  # "Presidents"
    title = ctx.gazetteer.role(text)
    at = _title_at(window, title[1]) if title else window.end
    if title and at < window.end and (m := ctx.mention(window.doc[at])) is not None and m.entity.type != "Person" \
            and m.end > at + len(title[1].replace("-", " ").split()):
        return None  # "for the General Assembly": a word of a body's name, no rank
    if any(t.lower_ in OTHERS_TITLE for t in ctx.doc[window.start:at]):
        return None  # "an adviser to the UN envoy": the title is someone else's
    owner = _owner(ctx, window, at)
    if any(t.lower_ == COUNTERPART for t in window) and owner is not None:  # "his Turkish counterpart, Erdoğan": the
        return file_role(ctx, person, owner) or (COUNTERPART, owner)  # listed person's own office there, if on file
    role = ctx.gazetteer.role(text, of=owner.key if owner else None)
    if role is None or (role[0] in SOLE_OFFICES and "a" in (window[0].lower_, window.doc[max(window.start - 1, 0)].lower_)
                        and window[-1].head.lemma_.lower() not in ctx.words["appointing"]):
        return None  # "a Sri Lankan president, Premadasa": one of them, not the one in office ("named a prime minister, X"
        # is; below: "a Republican senator", "Labour MP X" hold a seat in the state's legislature)
    if owner is not None and owner.sector == "party" and role[1] in ctx.words["legislator_titles"] \
            and (state := ctx.state(owner.country)) is not None:
        return "officialOf", state
    if (side := next((s for t in ctx.doc[window.start:at] if (s := ctx.agent_term(t)) in NON_STATE_SIDES), None)):
        # "Opposition leader X" under a KIEV dateline, naming no state but Ukraine: Ukraine's opposition
        owner = owner or (state if (state := sole_state(ctx, window.sent, person)) == ctx.home else None)
        return ("officialOf", ctx.sector_actor(owner, side)) if owner is not None and owner.type == "Country" else None
    if owner is not None and role[1] in VAGUE_TITLES and owner.type == "Country":
        # "Israel's leader, X": the office the file gives on the date, else its one office there, else the title's
        return vague_role(ctx, person, owner, role)
    if owner is not None and role[1] in EMISSARY_TITLES and owner.type != "Country":
        # "the UN ambassador, Nikki Haley" is an ambassador to the UN: only the file knows whose
        owner = file_owner(ctx, person)
        return ("officialOf", owner) if owner is not None else None
    if role[0] != "officialOf" and _office_of_body(ctx, window, role[1]):  # "Brazil's COP president": COP's
        return ("officialOf", owner) if owner is not None else None
    if owner is None and _unknown_body(ctx, window, at + len(role[1].replace("-", " ").split())):
        return None  # "now envoy of the Middle East Quartet": a body no table knows, not the state on file
    owner = owner or (_home_state(ctx, window, at) if role[1] in ctx.words["legislator_titles"] else None)  # "the Texas senator"
    if owner is None:
        owner = appointer or file_owner(ctx, person) or ctx.gazetteer.title_state(role[1]) \
            or (sole_state(ctx, window.sent, person, sole=role[0] in SOLE_OFFICES) if state_title(role, ctx.words) else None) \
            or (sole_state(ctx, window.sent, person, dateline_only=True) if _organ_title(ctx, window, at) else None)
        if owner is None:
            return None
        role = ctx.gazetteer.role(text, of=owner.key)
        if role[1] in VAGUE_TITLES and owner.type == "Country":  # "the country's de facto leader, X": X's office on file
            return vague_role(ctx, person, owner, role)
    return role[0], owner


def _organ_title(ctx, window: Span, at: int) -> bool:
    """Whether a title is given as a state organ's ("Army spokesman", "Interior Ministry spokesman"): the
    dateline state's, when the sentence names no state (a government spokesman often speaks of others)."""
    return any(ctx.agent_term(t) in STATE_ORGANS for t in ctx.doc[window.start:at])


def _owner(ctx, window: Span, at: int) -> Entity | None:
    """The state or body a role phrase names as served (the title starts at token ``at``): the first
    one named without a preposition ("Iran's ambassador to Britain" → Iran, "the UN Syria envoy" →
    the UN; "Trump's Syria envoy" → the state Trump serves), else the first after "of"/"for" ("a
    spokesman for Hamas"); never a backer, nor a place after "to"/"in" ("the envoy to Syria", "the
    head of the UN mission in Iraq" → the UN), nor an adjective after the title ("a co-founder of the
    Syrian Women's Forum" is no office of Syria); a state's body wins over the state ("the secretary
    of Iran's Supreme National Security Council")."""
    plain, after_for = [], []
    seen = set()
    owned = False
    for t in window:
        mention = ctx.mention(t)
        if mention is None and t.dep_ == "poss" and not plain and (referred := ctx.definite_anaphor(t)):
            plain.append(referred[0])  # "the group's leader, Abu Mohammed al-Jolani": the group named before
            continue
        if mention is None and t.lower_ == "whose" and not plain and t.head.head.dep_ == "relcl":
            plain += [e for e in ctx.actors(t.head.head.head) if e.type in OWNERS][:1]  # "Austria, whose Chancellor, X"
            continue
        if mention is None or mention.start in seen or ctx.by_participle(mention) or _names_the_title(ctx, mention):
            continue
        seen.add(mention.start)
        owned_thing = ctx.doc[mention.end - 1].head if ctx.doc[mention.end - 1].dep_ == "poss" else None
        if owned_thing is not None and owned_thing.i >= window.end and not (
                (held := ctx.mention(owned_thing)) is not None and held.entity.type == "Person"):
            continue  # "a spokesman for Haftar's [self-styled Libyan National Army]": what he owns serves, past the window
        entity = mention.entity
        if entity.type == "Person" and mention.end < at and ctx.doc[mention.end].text in POSSESSIVE:
            entity = _state_of(ctx, entity)  # "Trump's Syria envoy": the state Trump serves
        if entity is None or entity.type not in OWNERS or (mention.kind == "demonym" and mention.start > at
                                                           and ctx.agent_term(ctx.doc[mention.end - 1].head) not in STATE_SECTORS):
            continue  # (but "spokesman of the Pakistani armed forces" is Pakistan's)
        before = ctx.doc[mention.start - 1].lower_ if mention.start > window.start else ""
        if before == "the" and mention.start - 1 > window.start:
            before = ctx.doc[mention.start - 2].lower_
        if before == "for":
            after_for.append(entity)
        elif owned and entity.type != "Country" and not (plain[-1].type == "Country" and entity.wikidata
                                                         and entity.country != plain[-1].country):
            plain[-1] = entity  # "the secretary of Iran's Supreme National Security Council": the council
            # ("Moscow's UN envoy" serves Moscow: a known body of no state, or of another, is not Russia's)
        elif before not in ELSEWHERE or (before in STAFF_PREPS and entity.type != "Country"):
            plain.append(entity)
            # a state's or leader's possessive before a body of its own ("Italy's right-wing National Alliance",
            # "Field Marshal Haftar's Libyan National Army")
            owned = mention.end < window.end and ctx.doc[mention.end].text in POSSESSIVE
            continue
        owned = False
    return plain[0] if plain else (after_for[0] if after_for else None)


def _names_the_title(ctx, mention) -> bool:
    """Whether a name the model marked is only the title itself ("the Taoiseach" taken for an organisation)."""
    text = " ".join(ctx.doc[mention.start:mention.end].text.casefold().split())
    found = ctx.gazetteer.role(text)
    return found is not None and found[1] == text


def _unknown_body(ctx, window: Span, after: int) -> bool:
    """Whether a name no table knows follows "of" or "for" after the title (which ends before ``after``)."""
    return any(w.lower_ in ("of", "for") and any(t.pos_ == "PROPN" and ctx.mention(t) is None
                                                 for t in ctx.doc[w.i + 1:window.end]) for w in ctx.doc[after:window.end])


def _home_state(ctx, window: Span, at: int) -> Entity | None:
    """The state of a place named before a title ("the Texas senator": the United States)."""
    places = [m.entity for t in ctx.doc[window.start:at] if (m := ctx.mention(t)) is not None and m.entity.type == "Place"]
    return ctx.state(places[0].country) if places and places[0].country else None


def _title_at(window: Span, title: str) -> int:
    """Where in ``window`` the role title starts (its end when it is not there)."""
    first = title.replace("-", " ").split()[0]  # "co-founder" is three tokens
    return next((t.i for t in window if t.lower_ == first), window.end)


def _one_mention(ctx, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` are exactly one mention of a state or body."""
    mention = ctx.mention(ctx.doc[start]) if start < end else None
    return mention is not None and mention.start == start and mention.end == end \
        and mention.entity.type in OWNERS


def _office_of_body(ctx, window: Span, title: str) -> bool:
    """Whether a noun that names no state stands right before the title ("COP president",
    "Senate president", "central bank governor"; not "caretaker prime minister")."""
    words = title.split()
    for t in window:
        if t.lower_ == words[0] and t.i > window.start:
            before = ctx.doc[t.i - 1]
            mention = ctx.mention(before)
            return before.pos_ in ("NOUN", "PROPN") and (mention is None or mention.entity.type not in OWNERS) \
                and before.lower_ not in ctx.gazetteer.title_words and before.lower_ not in ctx.words["tenure_words"]
    return False
