"""From tokens to canonical entities: gazetteer names, metonyms, people, anaphora and concepts.

A ``DocContext`` is built once per Doc. Its ``actors(token)`` answers "which actors does this noun
phrase head denote?" — expanding coordination ("Russia and China" → both), reading metonyms as the
state when they act and as places when they are locations ("talks in Beijing"), attaching "the
Chinese government" to China, and resolving "he", "its", "both sides", "the two nations", "the
latter" to the actors in context. ``concept(token)`` reads a policy, plan or idea.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.gazetteer import Gazetteer, entity_key, load_gazetteer
from ..nlp.components import SPAN_KEY
from ..records import Entity
from .lexicon import Lexicon, load_lexicon

ACTOR_TYPES = frozenset({"Country", "Person", "Organization", "Group"})
CONCEPT_TYPES = frozenset({"Policy", "Agreement", "Event"})
AGREEMENT_HEADS = frozenset({"treaty", "agreement", "accord", "deal", "pact", "convention", "protocol",
                             "declaration", "memorandum"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into",
                            "throughout", "within"})
STATE_NOUNS = frozenset({"side", "country", "nation", "state", "neighbour", "neighbor", "government", "capital"})
MALE_FEMALE = frozenset({"he", "him", "his", "she", "her", "hers"})
SINGULAR_IT = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves", "both"})
GROUP_NOUNS = frozenset({"side", "sides", "country", "countries", "nation", "nations", "leader", "leaders",
                         "party", "parties", "government", "governments", "state", "states", "neighbours",
                         "neighbors", "capitals", "powers", "partners", "allies", "ally"})
MEMBER_NOUNS = frozenset({"ally", "allies", "member", "members"})
NP_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod", "quantmod"})
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sir"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NAME_TITLES = frozenset({"amir", "emir", "sultan", "sheikh", "king", "queen", "prince"})  # also given names


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # name, metonym, demonym, place, person, org, gpe
    entity: Entity

    @property
    def is_actor(self) -> bool:
        return self.entity.type in ACTOR_TYPES


@dataclass
class DocContext:
    doc: Doc
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    lexicon: Lexicon = field(default_factory=load_lexicon)

    def __post_init__(self) -> None:
        self.by_token: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self._surnames: dict[str, Entity] = {}
        self.last_role: str | None = None  # the role relation read last ("his counterpart" repeats it)
        self._role_titles = frozenset(title.title for title in self.gazetteer.role_titles)
        self.role_words = frozenset(w for title in self._role_titles for w in title.split())
        for span in self.doc.spans.get(SPAN_KEY, []):
            mention = self._mention(span)
            if mention is None:
                continue
            self.mentions.append(mention)
            for i in range(span.start, span.end):
                self.by_token[i] = mention

    # ---------------------------------------------------------------- mentions
    def _mention(self, span: Span) -> Mention | None:
        kind, key = span.label_, span.kb_id_
        if kind in ("name", "metonym", "demonym", "place"):
            try:
                entity = self.gazetteer.by_key(key).entity
            except KeyError:
                return None
            return Mention(span.start, span.end, kind, entity)
        if kind == "org" and self._title_size(list(span)):
            kind = "person"  # "Field Marshal Asim Munir", read by the model as an organisation
        if kind == "person":
            person = self._person(span)
            if person is None:
                return None
            return Mention(span.start, span.end, kind, person)
        if kind == "org":
            text = _strip_article(span.text)
            if not text or text.isdigit() or not any(c.isupper() for c in text):
                return None
            return Mention(span.start, span.end, kind,
                           Entity(key=entity_key("org", text), label=text, type="Organization"))
        if kind == "gpe":
            text = _strip_article(span.text)
            if not text or not text[0].isupper():
                return None
            return Mention(span.start, span.end, kind, Entity(key=entity_key("place", text), label=text,
                                                              type="Place"))
        return None

    def _person(self, span: Span) -> Entity | None:
        tokens = list(span)
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLE_WORDS:
            tokens = tokens[1:]
        tokens = tokens[self._title_size(tokens):]
        words = [t.text for t in tokens]
        name = "".join(t.text_with_ws for t in tokens).strip() or span.text  # "al-Aiban" keeps its hyphen
        known = self.gazetteer.lookup(name)
        if known is not None and known.entity.type == "Person":
            entity = known.entity
        elif len(words) == 1 and words[0] in self._surnames:
            entity = self._surnames[words[0]]
        elif len(words) == 1:
            return None  # a lone unknown word ("Tiananmen") is too weak a sign of a person
        else:
            entity = Entity(key=entity_key("person", name), label=name, type="Person")
        if len(words) > 1:  # later "Mishustin" (or, as in Malaysia, "Anwar") is the same person
            for word in (words[-1], words[0]):
                self._surnames.setdefault(word, entity)
        return entity

    def _title_size(self, tokens: list[Token]) -> int:
        """How many leading tokens are a role title before a name of two or more words:
        "Field Marshal Asim Munir" -> 2; "Amir Khan Muttaqi" -> 0 (Amir is his given name)."""
        for size in (3, 2, 1):
            prefix = " ".join(t.lower_ for t in tokens[:size])
            if len(tokens) - size >= 2 and prefix in self._role_titles and prefix not in NAME_TITLES \
                    and all(t.is_title or t.is_upper for t in tokens[size:]):
                return size
        return 0

    def mention(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def with_country(self, person: Entity, country: Entity) -> Entity:
        """Record the state a person serves (from a role phrase) on every later mention of them."""
        if person.country or country.type != "Country":
            return person
        updated = Entity(person.key, person.label, person.type, country.country, person.wikidata,
                         person.aliases)
        for i, m in list(self.by_token.items()):
            if m.entity.key == person.key:
                self.by_token[i] = Mention(m.start, m.end, m.kind, updated)
        self.mentions = [self.by_token[m.start] for m in self.mentions]
        return updated

    # ---------------------------------------------------------------- actors
    def actors(self, token: Token, *, places: bool = False) -> list[Entity]:
        """The entities a noun-phrase head denotes, one per conjunct, in text order."""
        found: list[Entity] = []
        members = sorted([token, *token.conjuncts], key=lambda t: t.i)
        for t in list(members):  # "Mali, Burkina Faso and Niger" is often parsed as appositions
            for child in t.children:
                if child.dep_ == "appos" and (cm := self.mention(child)) is not None and \
                        (tm := self.mention(t)) is not None and cm.entity.type == tm.entity.type == "Country":
                    members += [child, *child.conjuncts]
        for t in members:
            for entity in self._actor(t, places=places):
                if entity.key not in {e.key for e in found}:
                    found.append(entity)
        return found

    def actor_entities(self, token: Token) -> list[Entity]:
        """``actors(token)`` without places, policies or events: only who can act."""
        return [e for e in self.actors(token) if e.type in ACTOR_TYPES]

    def _actor(self, t: Token, *, places: bool) -> list[Entity]:
        m = self.mention(t)
        if m is not None:
            return self._read(m, t, places=places)
        lower = t.lower_
        if lower in ("which", "who", "that") and t.head.dep_ == "relcl":
            return self._actor(appos_host(t.head.head), places=places)
        if lower in MALE_FEMALE | SINGULAR_IT | PLURAL and t.dep_ in ("nsubj", "nsubjpass"):
            speaker = self._reporting_subject(t)
            if speaker is not None:  # "X said it would…": it is X
                return self.actor_entities(speaker)
        if lower in MALE_FEMALE:
            # "Kim told him": an object pronoun is not its own clause's subject
            bound = {m.entity.key for c in t.head.children if c.dep_ == "nsubj" and t.dep_ in ("dobj", "dative")
                     and (m := self.mention(c)) is not None}
            return _last(self.mentions, t.i, lambda m: m.entity.type == "Person" and m.entity.key not in bound)
        if lower == "its" and t.dep_ == "poss":
            local = [e for e in self._clause_subject(t) if e.type != "Person"]
            if len(local) == 1:  # "urged Russia to end its cooperation": its is Russia
                return local
        if lower in SINGULAR_IT:
            found = _last(self.mentions, t.i, lambda m: m.is_actor and m.entity.type != "Person"
                          and m.kind != "demonym" and self._is_agentive(m))
            if t.dep_ in ("dobj", "pobj") and {e.key for e in found} & self._own_subjects(t):
                return []  # "Qatar and Egypt denounced it": it is not the clause's own subject
            return found
        if lower in PLURAL or self._is_group_phrase(t):
            size = next((NUMBERS[c.lower_] for c in t.children if c.lower_ in NUMBERS), 0)
            if size > 2:  # "the three leaders": the last three people (or states) named
                kind = "Person" if t.lemma_.lower() in ("leader", "president", "minister") else "Country"
                recent: list[Entity] = []
                for m in reversed(self.mentions):
                    if m.end <= t.sent.start and m.entity.type == kind and m.kind != "demonym" \
                            and m.entity.key not in {e.key for e in recent}:
                        recent.append(m.entity)
                    if len(recent) == size:
                        return recent[::-1]
            group = self.group_before(t.i)
            if t.lemma_.lower() in STATE_NOUNS:  # "the two sides" are states, even if named by leaders
                group = dedupe([self.country_of(e) or e if e.type == "Person" else e for e in group])
            return group
        if lower in ("latter", "former"):
            group = self.group_before(t.i)
            if len(group) >= 2:
                return [group[-1] if lower == "latter" else group[0]]
            return []
        members = self._members_of(t)
        if members is not None:
            return members
        # "the Chinese government", "Russia's foreign ministry", "its air force", "EU member states"
        if t.lemma_.lower() in self.lexicon.agents or lower in self.lexicon.agents:
            owners = self.owner_of(t)
            if owners:
                return owners
            for child in t.children:
                if child.dep_ == "acl" and child.lemma_ == "lead":  # "a bloc led by Colombia and the EU"
                    found = [e for a in child.children if a.dep_ == "agent" for o in a.children
                             if o.dep_ == "pobj" for e in self.actors(o) if e.type in ACTOR_TYPES]
                    if found:
                        return found
                if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    found = [e for obj in child.children if obj.dep_ == "pobj"
                             for e in self.actors(obj) if e.type in ACTOR_TYPES]
                    if found:
                        return found
        # "his Chinese counterpart, Li Qiang"
        for child in t.children:
            if child.dep_ == "appos" and (cm := self.mention(child)) is not None and cm.is_actor:
                return [cm.entity]
        # a head word inside a multi-token mention ("Prime Minister Mishustin" headed elsewhere)
        for child in t.children:
            if child.dep_ == "compound" and (cm := self.mention(child)) and cm.kind != "demonym" \
                    and cm.entity.type == "Person":
                return [cm.entity]
        return []

    def _members_of(self, t: Token) -> list[Entity] | None:
        """"the allies", "member states", "NATO members": the bloc whose members they are, named
        by a modifier or an of-phrase, else the organisation or group named last before them
        ("Ukraine's allies" are no bloc: nothing). None when the noun is no such phrase."""
        lemma = t.lemma_.lower()
        if t.tag_ != "NNS" or not (lemma in MEMBER_NOUNS or (lemma in STATE_NOUNS and any(
                c.dep_ == "compound" and c.lemma_.lower() == "member" for c in t.children))):
            return None
        blocs = ("Organization", "Group")
        named = self.owner_of(t) + [e for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for o in c.children if o.dep_ == "pobj" for e in self.actors(o)]
        if named:
            return [e for e in named if e.type in blocs]
        return _last(self.mentions, t.i, lambda m: m.entity.type in blocs and m.kind != "demonym")

    def stands_for(self, token: Token, entity: Entity) -> Entity:
        """A visited capital or seat stands for its state ("flew to Washington" visits the US)."""
        m = self.mention(token)
        if m is not None and m.kind == "metonym" and entity.type == "Place":
            return m.entity
        return entity

    def owner_of(self, t: Token) -> list[Entity]:
        """The state or organisation a noun's left modifiers name ("the Chinese navy", "EU member
        states", "its air force", "his country"), with coordinated modifiers ("Israeli and American")."""
        found: list[Entity] = []
        for tok in (d for left in t.lefts for d in left.subtree):
            cm = self.mention(tok)
            if cm is not None and cm.entity.type in ("Country", "Organization", "Group"):
                found.append(cm.entity)
            elif cm is not None and cm.entity.type == "Place" and cm.kind != "metonym":
                found.append(self.state(cm.entity.country))  # "the Fordow enrichment plant": Iran's
            elif tok.dep_ == "poss" or (tok.lower_ in ("its", "his", "her", "their") and tok.head.i == t.i):
                for e in self._actor(tok, places=False):
                    found.append(self.country_of(e) if e.type == "Person" else e)
        return dedupe([e for e in found if e is not None and e.type in ("Country", "Organization", "Group")])

    def country_of(self, person: Entity) -> Entity | None:
        """The Country entity a person serves, when known."""
        return self.state(person.country)

    def state(self, iso3: str | None) -> Entity | None:
        """The Country entity of an ISO3 code, when the gazetteer has it."""
        if not iso3:
            return None
        try:
            return self.gazetteer.by_key(f"country/{iso3}").entity
        except KeyError:
            return None

    def _read(self, m: Mention, t: Token, *, places: bool) -> list[Entity]:
        """A metonym acts for its state, unless it is a location: then it is the place."""
        if m.kind == "metonym":
            head = self.doc[m.end - 1]
            located = head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
            if places or located:
                place = self.gazetteer.place(self.doc[m.start:m.end].text)
                return [place.entity] if place is not None else ([m.entity] if places else [])
            return [m.entity]
        if m.kind == "demonym":
            # "Chinese" alone is not an actor, except as a possessor-like modifier handled by callers
            return []
        if m.entity.type == "Place" and not places:
            return []
        return [m.entity]

    def _own_subjects(self, pronoun: Token) -> set[str]:
        """Keys of the actors that are the subject (with its conjuncts) of the pronoun's verb."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        keys: set[str] = set()
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for token in (subject, *subject.conjuncts):
                m = self.mention(token)
                if m is not None:
                    keys.add(m.entity.key)
        return keys

    def _clause_subject(self, pronoun: Token) -> list[Entity]:
        """The named actors that are the subject of the clause a possessive pronoun sits in,
        including a subject given by control ("urged Russia to end its…")."""
        from .events import _arguments

        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subjects, _ = _arguments(verb)
        return [self.mention(s).entity for s in subjects if self.mention(s) is not None
                and self.mention(s).is_actor and self.mention(s).kind != "demonym"]

    def _reporting_subject(self, pronoun: Token) -> Token | None:
        """The subject of the verb of saying whose clause the pronoun is the subject of."""
        verb = pronoun.head
        while verb.dep_ in ("conj", "xcomp") and verb.head != verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lexicon.speech:
            return None
        speech = verb.head
        while speech.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in speech.children):
            speech = speech.head
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in MALE_FEMALE | SINGULAR_IT | PLURAL:
            return None
        return subject

    def _is_agentive(self, m: Mention) -> bool:
        """A mention that can be the antecedent of "it": a subject, a possessor, or conjoined to one."""
        head = self.doc[m.end - 1]
        while head.dep_ in ("conj", "compound", "appos") and head.head != head:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass", "poss", "ROOT")

    def _is_group_phrase(self, t: Token) -> bool:
        """"both sides", "the two nations", "the two" — a plural reference to actors in context."""
        if t.lower_ == "two" and any(c.lower_ == "the" for c in t.children):
            return True
        if t.lower_ in GROUP_NOUNS and t.tag_ in ("NNS", "NN"):
            return any(c.lower_ in ("both", "two", "three", "four", "all") for c in t.children) and not any(
                c.dep_ in ("amod", "compound") and self.mention(c) for c in t.children)
        return False

    def group_before(self, index: int) -> list[Entity]:
        """The actors a plural reference points to: the last coordinated pair of actors before it,
        else the two most mentioned states before it."""
        doc = self.doc
        for m in reversed(self.mentions):
            if m.start >= index or not m.is_actor or m.kind == "demonym":
                continue
            members = self._named_members(_coordination_root(doc[m.end - 1]))
            if len(members) >= 2:
                return members
        counts: dict[str, tuple[int, int, Entity]] = {}
        for m in self.mentions:
            if m.start < index and m.entity.type == "Country":
                n, first, _ = counts.get(m.entity.key, (0, m.start, m.entity))
                counts[m.entity.key] = (n + 1, first, m.entity)
        ranked = sorted(counts.values(), key=lambda x: (-x[0], x[1]))
        return [e for _, _, e in ranked[:2]] if len(ranked) >= 2 else []

    def _named_members(self, root: Token) -> list[Entity]:
        """The actors named (not referred to) in a coordination: no anaphora, so no recursion."""
        found = []
        for t in sorted([root, *root.conjuncts], key=lambda t: t.i):
            m = self.mention(t) or next((self.mention(c) for c in t.children  # "minister, Phumtham"
                                         if c.dep_ == "appos" and self.mention(c) is not None), None)
            if m is not None and m.is_actor and m.kind != "demonym":
                found.extend(self._read(m, t, places=False))
        return dedupe([e for e in found if e.type in ACTOR_TYPES])

    def modifier_actor(self, token: Token) -> list[Entity]:
        """The actors a noun's modifiers name: "Western sanctions", "Israeli and American strikes",
        "Mishustin's visit"."""
        found: list[Entity] = []
        for child in token.children:
            if child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            for mod in (child, *child.conjuncts):
                m = self.mention(mod)
                if m is not None and m.kind == "demonym":
                    if m.entity.type in ACTOR_TYPES:
                        found.append(m.entity)
                elif child.dep_ == "poss":
                    found += [e for e in self._actor(mod, places=False) if e.type in ACTOR_TYPES]
                elif m is not None and m.is_actor:
                    found.append(m.entity)
            if found:
                return dedupe(found)
        return []

    # ---------------------------------------------------------------- concepts
    def concept(self, token: Token) -> Entity | None:
        """A policy, plan or idea the noun phrase headed by ``token`` names, if any."""
        for i in _np_left(token):
            m = self.by_token.get(i)
            if m is not None and m.entity.type in CONCEPT_TYPES:
                return m.entity
        m = self.mention(token)
        if m is not None and m.entity.type in CONCEPT_TYPES:
            return m.entity
        head = token.lemma_.lower()
        if head in self.lexicon.concept_heads or token.lower_ in self.lexicon.concept_heads:
            tokens = [self.doc[i] for i in _np_left(token)]
            label = _np_label(tokens)
            kind = "Agreement" if head in AGREEMENT_HEADS else "Policy"
            return Entity(key=entity_key(kind.lower(), label), label=label, type=kind)
        return None

    def is_agent_noun(self, token: Token) -> bool:
        """"the administration", "the allies": nouns for actors, never acts."""
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.agents or token.lower_ in GROUP_NOUNS or lemma in GROUP_NOUNS

    def event(self, token: Token) -> Entity:
        """An act named by a noun phrase ("the attack", "the raid"), as an Event entity."""
        label = _np_label([self.doc[i] for i in _np_left(token, ("compound", "nummod"))])
        return Entity(key=entity_key("event", label), label=label, type="Event")

    def generic_owner(self, token: Token, depth: int = 0) -> list[Entity]:
        """For "Russia's efforts", "the sovereignty of Ukraine", "sites in Pakistan", "Indian jets",
        "remarks by Takaichi": the actor behind a generic noun."""
        if token.lemma_.lower() not in self.lexicon.generic and token.lower_ not in self.lexicon.generic:
            return []
        owners = self.modifier_actor(token) or self.owner_of(token)
        if owners:
            return owners
        for child in token.children:
            if child.dep_ == "acl":  # "the mine operated by French group Orano"
                found = [e for a in child.children if a.dep_ == "agent" for o in a.children
                         if o.dep_ == "pobj" for e in self.actors(o) if e.type in ACTOR_TYPES]
                if found:
                    return found
            if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "in", "by", "inside", "across"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.actor_entities(obj) or self.owner_of(obj)
                        if not found and child.lower_ == "in":  # "sites in Gaza": the place's state
                            found = [c for e in self.actors(obj, places=True) if e.type == "Place"
                                     and (c := self.state(e.country)) is not None]
                        if not found and depth < 2:
                            found = self.generic_owner(obj, depth + 1)
                        if found:
                            return found
        return []


def dedupe(entities: list[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())


def _strip_article(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def _last(mentions: list[Mention], before: int, ok) -> list[Entity]:
    for m in reversed(mentions):
        if m.end <= before and ok(m):
            return [m.entity]
    return []


def appos_host(noun: Token) -> Token:
    """"Paraguay, one of the few states that …": Paraguay."""
    token = noun
    for _ in range(3):
        if token.dep_ == "appos":
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.dep_ == "appos":
            return token.head.head.head
        token = token.head
    return noun


def _coordination_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _np_left(token: Token, modifiers: frozenset[str] | tuple[str, ...] = NP_MODIFIERS) -> list[int]:
    """Token indices of a noun phrase's modifiers left of its head, and the head."""
    keep = [token.i]
    for child in token.lefts:
        if child.dep_ in modifiers or (child.dep_ == "punct" and child.text == "-"):
            keep.extend(t.i for t in child.subtree if t.i < token.i)
    return sorted(set(keep))


def _np_label(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        out += t.text + (t.whitespace_ if t != tokens[-1] else "")
    return out.strip(" ,")
