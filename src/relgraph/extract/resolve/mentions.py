"""Mentions: the actor spans of ``relgraph_actors`` read as canonical entities.

A gazetteer span is its entry's entity; a model PERSON is a person (title words dropped, a later
lone surname is the same person); a model ORG or GPE with a capitalised name is an organisation or
a place named as written. Nothing is merged by similarity.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...resources.gazetteer import Gazetteer, entity_key
from ...resources.keys import strip_the
from ...resources.words import load_words
from ...resources.world import QUOTE_MARKS, WorldPlaces
from ...records import Entity

SPAN_KEY = "actors"
ACTOR_TYPES = frozenset({"Country", "Person", "Organization", "Group"})
CONCEPT_TYPES = frozenset({"Policy", "Agreement", "Event"})
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le"})
NAME_TITLES = frozenset({"amir", "emir", "sultan", "sheikh", "king", "queen", "prince"})  # also given names
GAZETTEER_KINDS = frozenset({"name", "metonym", "demonym", "place"})
# month and weekday names are never places ("in March" is no town of Cambridgeshire)
CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # name, metonym, demonym, place, person, org, gpe
    entity: Entity

    @property
    def is_actor(self) -> bool:
        return self.entity.type in ACTOR_TYPES


class MentionReader:
    """Reads a doc's actor spans into mentions, in text order (persons remembered by surname)."""

    def __init__(self, gazetteer: Gazetteer, world: WorldPlaces | None = None, date: str | None = None,
                 people: tuple[Entity, ...] = ()) -> None:
        self.gazetteer = gazetteer
        self.world = world
        self.date = date
        self.role_titles = gazetteer.titles
        words = load_words()
        self.courtesy = words["courtesy_titles"]  # "Mr": no part of a name, no office
        self.dropped = self.courtesy | words["honorifics"]  # and ranks: "Lt Gen Herzi Halevi"
        self._surnames: dict[str, Entity] = {}
        for person in people:  # persons the article named in full elsewhere (its body, for the headline)
            self._remember(person.label.split(), person)
        self._states: frozenset[str] = frozenset()

    def read(self, doc: Doc) -> list[Mention]:
        spans = doc.spans.get(SPAN_KEY, [])
        # the states the article names decide between places of one name ("Tripoli", "Punjab")
        self._states = frozenset(entry.entity.country for span in spans if span.label_ in GAZETTEER_KINDS
                                 and (entry := self.gazetteer.get(span.kb_id_)) is not None
                                 and entry.entity.country and strip_the(span.text) not in self.gazetteer.shared)
        found = []
        for span in spans:
            mention = self._mention(span)
            if mention is not None:
                found.append(mention)
        return found

    def _mention(self, span: Span) -> Mention | None:
        kind, key = span.label_, span.kb_id_
        if kind in ("place", "gpe") and span.text in CALENDAR_NAMES:
            return None
        if kind in GAZETTEER_KINDS:
            entry = self.gazetteer.get(key)
            if entry is None:
                return None
            entity = entry.entity
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if strip_the(span.text).lower() in load_words()["generic_place_names"] and after is not None \
                    and after.is_title and after.pos_ in ("ADJ", "PROPN"):
                return None  # "the West African bloc", "East Asian states": a compound adjective, not "the West"
            if entity.type == "Country" and strip_the(span.text) in self.gazetteer.shared:
                # "Congolese", "Korea": the one state of that name the article names otherwise ("Kinshasa"), else none
                named = [e.entity for e in self.gazetteer.sharing(span.text) if e.entity.type == "Country"
                         and e.entity.country in self._states]
                return Mention(span.start, span.end, kind, named[0]) if len(named) == 1 else None
            if self._shared_body(span):
                if self._starts_name(span):
                    return None
                # "Labor", "Democrats": the party of the one state in view that has a party of that name
                parties = [e.entity for e in self.gazetteer.candidates(span.text) if e.entity.country in self._states]
                if len(parties) != 1:
                    return None
                return Mention(span.start, span.end, kind, parties[0])
            if entity.type == "Person" and kind == "name":
                self._remember([t.text for t in span], entity)
            if entity.type == "Country" and self.world is not None and span.start >= 2 \
                    and [t.lower_ for t in span.doc[span.start - 2:span.start]] == ["state", "of"]:
                # "the state of Georgia" is a state of a federation, not the country of that name
                place = world_place(self.world, span.text, self._states - {entity.country})
                if place is not None and place.country != entity.country:
                    return Mention(span.start, span.end, "place", place)
            return Mention(span.start, span.end, kind, entity)
        if kind == "org" and span[-1].lower_ not in load_words()["body_heads"] \
                and (self.title_size(list(span)) or self._named_with_role(span) or self._titled_before(span)):
            # "Field Marshal Asim Munir", "Kenji Sato, Japan's defence minister,", "Taoiseach [Bertie Ahern]"
            # read as organisations (not "the secretary of Iran's Supreme National Security Council")
            kind = "person"
        if kind == "gpe" and self._named_with_role(span) and (
                self.world is None or self.world.resolve(span.text, self._states) is None):
            kind = "person"  # "Vassily Nebenzia, Russia's ambassador to the UN," read as a place: a person
        root = span.root
        if kind == "person" and root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.head.head.lemma_.lower() in load_words()["settlements"]:
            kind = "gpe"  # "the port town of Mocímboa da Praia", taken for a person: a place
        if kind == "person":
            person = self._person(span)
            if person is None and len(span) == 1 and self.world is not None \
                    and not self.gazetteer.persons_named(span.text):
                # a lone untitled word the model took for a name, which the world index knows as a
                # large city: "US forces bomb Falluja" (never a listed person's surname: "the Bush
                # administration" is no town of Egypt)
                found = self.world.resolve(span.text, self._states)
                if found is not None and found.population >= LARGE_CITY:
                    return Mention(span.start, span.end, "place", world_place(self.world, span.text, self._states))
                return None
            return None if person is None else Mention(span.start, span.end, kind, person)
        text = strip_article(span.text)
        if kind == "org":
            if self._office_title(span):
                return None  # "the US Trade Representative", "State [Counsellor]": an office, no body
            if not text or text.isdigit() or not any(c.isupper() for c in text) \
                    or (len(span) == 1 and span[0].pos_ == "ADJ" and span[0].dep_ == "amod"):
                # a lone adjective the model took for a name: "Fierce clashes in Iraq kill 34 people"
                return None
            city = self.world.resolve(text, self._states) if self.world is not None and len(span) == 1 else None
            if city is not None and city.population >= LARGE_CITY and not text.isupper():
                # a lone word the model took for a body, which the world index knows as a large city: "Raqqa"
                return Mention(span.start, span.end, "place", world_place(self.world, text, self._states))
            return Mention(span.start, span.end, kind, Entity(key=entity_key("org", text), label=text,
                                                              type="Organization"))
        if kind == "gpe":
            if not text or not text[0].isupper():
                return None
            return Mention(span.start, span.end, kind, self._place(text))
        return None

    def _office_title(self, span: Span) -> bool:
        """Whether a model ORG is a role title, after a state's name ("US Trade Representative") or with the word
        after it ("State" of "State Counsellor")."""
        tokens = [t for t in span if t.lower_ != "the"]
        words = [t.lower_ for t in tokens]
        after = [span.doc[span.end].lower_] if span.end < len(span.doc) else []
        if " ".join(words + after) in self.role_titles:
            return True
        return any(" ".join(words[i:]) in self.role_titles and (i == 0 or (
            (entry := self.gazetteer.lookup(" ".join(t.text for t in tokens[:i]))) is not None
            and entry.entity.type == "Country")) for i in range(len(words)))

    def _shared_body(self, span: Span) -> bool:
        """Whether a span is a name that organisations of several states share ("Labour")."""
        return span.label_ == "name" and strip_the(span.text) in self.gazetteer.shared \
            and (entry := self.gazetteer.get(span.kb_id_)) is not None and entry.entity.type in ("Group", "Organization")

    def _starts_name(self, span: Span) -> bool:
        """Whether a one-word shared name begins a longer name no table knows ("the Republican Guard", "the
        Democratic National Committee"), rather than modifying members or a title ("Republican leaders",
        "Conservative MPs", "Labor Senator Penny Wong")."""
        after = span.doc[span.end] if len(span) == 1 and span.end < len(span.doc) else None
        return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() \
            and after.lemma_.lower().rstrip(".") not in self.role_titles and after.lower_ not in self.role_titles

    def _place(self, text: str) -> Entity:
        """A place the tables lack: from the world index with its state when the name is clear
        ("Najaf" → Iraq), else a place of unknown state named as written."""
        found = world_place(self.world, text, self._states) if self.world is not None else None
        return found or Entity(key=entity_key("place", text), label=text, type="Place")

    def _person(self, span: Span) -> Entity | None:
        tokens = list(span)
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in self.dropped:
            tokens = tokens[1:]
        tokens = tokens[self.title_size(tokens):]
        words = [t.text for t in tokens]
        name = "".join(t.text_with_ws for t in tokens).strip() or span.text  # "al-Aiban" keeps its hyphen
        known = self.gazetteer.lookup(name) or self._without_initials(words)
        if known is not None and known.entity.type == "Person":
            entity = known.entity
        elif len(words) == 1 and words[0] in self._surnames:
            entity = self._surnames[words[0]]
        elif len(words) == 1:
            # "President Bush": the one office holder of that surname and title; "Queen Sirikit", "Sheikh
            # Tamim": a royal known by title and given name; else a lone unknown word ("Tiananmen") is too
            # weak a sign of a person
            before = span.doc[span.start - 1] if span.start > 0 else None
            royal = before is not None and before.lower_ in NAME_TITLES and before.is_title \
                and not (span.root.dep_ == "pobj" and span.root.head.lower_ in load_words()["locative_preps"])
            titled = self._titled(span, words[0])  # (after "in", "at"… it is a place: "homes in Sheikh Jarrah")
            if titled is not None or not royal:
                return titled
            name = f"{before.text} {words[0]}"
            return Entity(key=entity_key("person", name), label=name, type="Person")
        else:
            entity = Entity(key=entity_key("person", name), label=name, type="Person")
        self._remember(words, entity)
        return entity

    def _without_initials(self, words: list[str]):
        """The listed person a name with middle initials names: "Colin L. Powell" is Colin Powell."""
        kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w.rstrip(".")) == 1
                                                        and w[0].isupper())]
        return self.gazetteer.lookup(" ".join(kept)) if 2 <= len(kept) < len(words) else None

    def _titled_before(self, span: Span) -> bool:
        """A name of two or three capitalised words right after a role title: "Taoiseach Bertie Ahern"."""
        words = list(span)
        return 2 <= len(words) <= 3 and all(t.is_title for t in words) and any(
            span.start >= size and self.title_size(list(span.doc[span.start - size:span.end])) == size
            for size in (1, 2, 3))

    def _named_with_role(self, span: Span) -> bool:
        """A name of two to four words set off by commas from a role phrase — "Kenji Sato, Japan's
        defence minister," or "the UN envoy for Syria, Staffan de Mistura," — is a person whatever
        the model took it for."""
        doc = span.doc
        words = list(span)
        if not 2 <= len(words) <= 4 or not all(t.is_alpha and (t.is_title or t.lower_ in NAME_PARTICLES)
                                              for t in words) or not (words[0].is_title and words[-1].is_title):
            return False
        after = self._role_window(doc[span.end + 1:span.end + 8]) \
            if span.end < len(doc) and doc[span.end].text == "," else ""
        before = self._role_window(reversed(doc[max(span.start - 8, 0):span.start - 1])) \
            if span.start > 0 and doc[span.start - 1].text == "," else ""
        return any(self.gazetteer.role(w) is not None for w in (after, before) if w)

    @staticmethod
    def _role_window(tokens) -> str:
        """The words up to the next punctuation mark or verb (in the order given), as text order."""
        window = []
        for t in tokens:
            if t.text in (",", ".", ";", ":") or t.pos_ in ("VERB", "AUX"):
                break
            window.append(t)
        return " ".join(t.text for t in sorted(window, key=lambda t: t.i))

    def _titled(self, span: Span, surname: str) -> Entity | None:
        """The listed person a title and a lone surname name ("President Bush", "Prime Minister
        Koizumi"): the one holder of an office with that title whose name ends so, in office on the
        article's date (any date when the article has none); with no title, the one listed person of
        that surname in any office on the article's date; None when there are none or several."""
        doc = span.doc
        start = span.start
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ not in self.courtesy \
                and doc[start - 1].pos_ != "DET":  # "The Bush administration": "The" is no title
            start -= 1
        title = " ".join(t.lower_ for t in doc[start:span.end - 1]) if start < span.end - 1 else ""
        if title in self.role_titles:
            def fits(role) -> bool:
                return role.title.lower() == title and (role.held_on(self.date) or not self.date)
        elif not title and self.date:  # a bare "Bush" in 2004: the one listed Bush in office then
            def fits(role) -> bool:
                return role.held_on(self.date)
        else:
            return None
        found = {entry.key: entry.entity for entry in self.gazetteer.persons_named(surname)
                 if any(fits(role) for role in entry.roles)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _remember(self, words: list[str], person: Entity) -> None:
        """After a full name, a later "Mishustin" (or, as in Malaysia, "Anwar") is the same person."""
        if len(words) > 1:
            for word in (words[-1], words[0]):
                self._surnames.setdefault(word, person)

    def title_size(self, tokens: list[Token]) -> int:
        """How many leading tokens are a role title before a name of two or more words:
        "Field Marshal Asim Munir" -> 2; "Amir Khan Muttaqi" -> 0 (Amir is his given name)."""
        before = tokens[0].doc[tokens[0].i - 1].lower_ if tokens and tokens[0].i > 0 else ""
        for size in (3, 2, 1):
            prefix = " ".join(t.lower_ for t in tokens[:size])  # (or a title's end: "State [Counsellor Suu Kyi]")
            if len(tokens) - size >= 2 and (prefix in self.role_titles or f"{before} {prefix}" in self.role_titles) \
                    and prefix not in NAME_TITLES \
                    and all(t.is_title or t.is_upper for t in tokens[size:]):
                return size
        return 0


LARGE_CITY = 100_000  # a word the model took for a name is a city only if the city is this large


def world_place(world: WorldPlaces, text: str, states: frozenset[str] | set[str] = frozenset()) -> Entity | None:
    """The place of the world index ``text`` names, given the states in view, as an entity. Namesakes
    in different states never share a key ("Tripoli" of Libya and of Lebanon)."""
    found = world.resolve(text, states)
    if found is None:
        return None
    shared = len({p.country for p in world.candidates(found.name)}) > 1
    key = entity_key("place", f"{found.name} {found.country}" if shared else found.name)
    label = found.name.strip(QUOTE_MARKS)  # "‘Afrīn" is labelled "Afrīn"
    aliases = (text,) if text != label else ()
    return Entity(key=key, label=label, type="Place", country=found.country, aliases=aliases)


def with_country(mentions: list[Mention], person: Entity, country: Entity) -> tuple[list[Mention], Entity]:
    """The mentions with every mention of ``person`` carrying the state it serves (from a role phrase)."""
    if person.country or country.type != "Country":
        return mentions, person
    updated = Entity(person.key, person.label, person.type, country.country, person.wikidata, person.aliases)
    return [Mention(m.start, m.end, m.kind, updated) if m.entity.key == person.key else m
            for m in mentions], updated


def dedupe(entities: list[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())


def only(values):
    """The one distinct value among ``values``, else None (none, or several)."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def strip_article(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def last_mention(mentions: list[Mention], before: int, ok) -> list[Entity]:
    """The entity of the last mention ending before token ``before`` that satisfies ``ok``."""
    for m in reversed(mentions):
        if m.end <= before and ok(m):
            return [m.entity]
    return []
