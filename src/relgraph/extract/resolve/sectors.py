"""Sub-state actors, coded as event data codes them: a state plus a sector ("Israeli troops" →
Israel/military, "Iraq's police" → Iraq/police, "rebels in eastern Congo" → DR Congo/rebels,
"Kurdish fighters in Syria" → a Kurdish group in Syria). One entity per (state, sector), whose key
is ``actor/<ISO3>/<sector>``. A state's own agents act for it; rebels, protesters, ethnic or
religious groups never are the state. With no state named, a sector noun names no actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...records import Entity
from ...resources.keys import slugify
from ...resources.sectors import DATELINE_SECTORS, HOME_SECTORS, STATE_SECTORS, UPROOTED_SECTORS, sector_entity
from ..syntax import acted_upon, has_child_word, np_label, np_left, prep_objects
from .mentions import dedupe

EMPLOYERS = frozenset({"business", "ngo", "media", "party"})  # bodies whose staff are of their state

# Where a non-state group is located says whose it is ("rebels in Congo"); a state's own troops
# "in Iraq" are not Iraq's.
LOCATING = ("in", "inside", "across", "throughout", "near", "around", "outside")  # "insurgents near Falluja"
# Armed groups and NGOs named by no state are kept as described ("gunmen", "rights groups"), this article's
# own; people, protesters or an opposition of no state are not (read as groups they were wrong 2 times in 3)
DESCRIBED_SECTORS = frozenset({"militants", "insurgents", "rebels", "ngo"})


OWNING_PARTICIPLES = frozenset({"belong", "own", "run", "operate", "hold", "control"})  # "a base run by the IRGC"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # "a guerrilla war", "rebel-held towns"


class SectorResolver:
    """Sub-state actor resolution; a mixin of the context, like the actor resolver."""

    def agent_term(self, t: Token) -> str | None:
        """The sector a noun names with its compound and adjective modifiers ("riot police", "security
        forces", "an armed group"), if any."""
        words = [c.lower_ for c in t.lefts if c.dep_ in ("compound", "amod")] + [t.lower_]
        for size in range(min(len(words), self.sectors.longest), 0, -1):
            for form in (" ".join(words[-size:]), " ".join(words[-size:-1] + [t.lemma_.lower()])):
                sector = self.sectors.sector(form)
                if sector is not None:
                    if sector in STATE_SECTORS:  # "the opposition delegation", "rebel negotiators": not the state's
                        sector = next((other for w in words[:-size] if (other := self.sectors.sector(w)) is not None
                                       and other not in STATE_SECTORS), sector)
                    return sector
        if len(words) > 1 and t.lemma_.lower() in self.words["part_nouns"]:  # "militia units", "police teams"
            return next((sector for size in range(len(words) - 1, 0, -1)
                         if (sector := self.sectors.sector(" ".join(words[-1 - size:-1]))) is not None), None)
        return None

    def substate(self, t: Token) -> list[Entity] | None:
        """The sub-state actors a sector noun names, [] when it names no state, None when ``t`` is
        no sector noun at all."""
        sector = self.agent_term(t)
        if sector is None:
            return None
        if sector in STATE_SECTORS and has_child_word(t, self.words["former"]):
            return []  # "a former congressman", "former soldiers" act for no state body now
        if sector == "civilians" and t.tag_ == "NN" and not acted_upon(t):
            return []  # "a British woman who fought with the YPG" acts for no people; "killed a British woman"
        qualifier = self.qualifier_of(t)
        modifiers = self.owner_of(t)
        if sector == "diplomats" and any(e.type == "Country" for e in modifiers):
            modifiers = [e for e in modifiers if e.type == "Country"]  # "Sudan's UN ambassador" is Sudan's, not the UN
        if qualifier is None and (named := [e for e in modifiers if e.type != "Country"]):
            # "the Syrian YPG militia", "NATO troops": the named body; "Isis children" are no Isis, but a group of their own
            if t.lemma_.lower() in self.words["kin_nouns"]:
                return [self.described_group(t, sector)]
            if t.lemma_.lower() in self.words["staff_nouns"] and t.tag_ == "NN" and acted_upon(t):
                # "kidnapped a CNN journalist": one of its staff, not CNN
                return [self.described_person(t)]
            return named
        owners = modifiers or self._owner_phrase(t, sector, qualifier)
        if not owners and qualifier is None and sector in STATE_SECTORS \
                and any(c.dep_ in MODIFIER_DEPS and c.lower_ in self.words["state_modifiers"] for c in t.children):
            # "government troops", "regime forces": the forces of the state where they act, else of the
            # state whose towns the story names (a Syria story is often datelined Beirut), else the dateline's
            owners = (self.event_place(t.head) if t.dep_ in ("dobj", "nsubj") else []) or self._story_states()
        if not owners and qualifier is None and t.lower_ in ("regime", "army", "military") \
                and has_child_word(t, frozenset({"the"})):
            # "the regime", "the army": the state's whose towns the story names, else the dateline's
            owners = self._story_states()
        if not owners and qualifier is None and sector in ("militants", "insurgents") and t.tag_ == "NNS" \
                and t.lemma_.lower() != "militia" and has_child_word(t, frozenset({"the"})) and (group := self.definite_group(t)):
            return group  # "Isis … ousting the militants": the one armed group named just before ("the militias" are several)
        if not owners and qualifier is None and sector in DATELINE_SECTORS and t.dep_ in ("dobj", "nsubj"):
            owners = self.event_place(t.head)  # "US forces battled militants in Najaf": Iraq's militants
        elif not owners and qualifier is None and sector in DATELINE_SECTORS and t.dep_ == "pobj":
            # "police clashed with protesters in Cairo", "in Yerevan, thousands of protesters gathered": the place's
            held = t.head.head.head if t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "dobj") else t.head.head
            owners = self.event_place(held) if held.pos_ == "VERB" else []
        elif not owners and qualifier is None and sector in DATELINE_SECTORS and t.dep_ in MODIFIER_DEPS \
                and t.head.dep_ in ("dobj", "nsubj"):
            owners = self.event_place(t.head, t.head.head)  # "pounded rebel positions in Idlib": Syria's rebels
        if not owners and qualifier is None and sector in DATELINE_SECTORS:
            # "insurgents" in a story from Najaf, or about Raqqa and Idlib: Iraq's, Syria's; troops may be anyone's
            # the story's towns place people ("the rebels", "the opposition"), not a movement ("a four-decade
            # insurgency inside its borders") or a modifier ("a guerrilla war")
            placed = t.dep_ not in MODIFIER_DEPS and t.lemma_.lower() not in self.words["movement_nouns"]
            home = self.story_home if placed else self.modifier_home
            # ("Indonesia and separatist rebels signed…" in a story from Helsinki: Indonesia's rebels)
            paired = [m.entity for c in t.conjuncts if (m := self.mention(c)) is not None and m.entity.type == "Country"]
            owners = paired[:1] if len(paired) == 1 else [home] if home is not None else []
        if not owners and qualifier is None and sector == "civilians" and self._killed(t):
            # "insurgents killed ten people in Baqouba": those a named side kills where it acts are that state's;
            # with no place in the clause, of the story's state, when the sentence names no other state's place
            home = self.story_home
            owners = self.event_place(t.head) or ([home] if home is not None and self.set_at_home(t.sent, home) else [])
        if not owners and qualifier is None and (self._backed(t) or self._unplaced_group(t, sector)):
            # "Iranian-backed ground forces", "Gunmen opened fire…", "rights groups condemned…": a group of their own
            return [self.described_group(t, sector)]
        states = [e for e in owners if e.type == "Country"]
        if qualifier is not None and not (states and sector == "government" and qualifier[1][0] == "religious"):
            # (but "Bahrain's Sunni rulers" are Bahrain's government)
            return [self.qualified_group(qualifier, states, t)]
        # "negotiators from Israel and Hamas": Israel's diplomats, and Hamas
        # one person of a people ("a British man") is its civilians, known also by the words as written
        single = sector == "civilians" and t.tag_ == "NN"
        one = (np_label([self.doc[i] for i in np_left(t, ("amod", "compound"))]),) if single else ()
        return [replace(self.sector_actor(e, sector), aliases=one) if e.type == "Country" else e for e in owners]

    def _killed(self, t: Token) -> bool:
        """Whether a plural noun is the one a verb of violence names its doer harming ("X killed ten
        people", "ten people were killed by X")."""
        verb = t.head
        doer = {"dobj": "nsubj", "nsubjpass": "agent"}.get(t.dep_) if t.tag_ == "NNS" else None
        entry = self.lexicon.verb(verb.lemma_.lower()) if doer else None
        # (a second verb shares the first one's subject: "stormed a village and shot dead six people")
        doers = [*verb.children, *(verb.head.children if doer == "nsubj" and verb.dep_ == "conj" else ())]
        return entry is not None and entry.relation == "attacks" and any(c.dep_ == doer for c in doers)

    def set_at_home(self, sent: Span, home: Entity) -> bool:
        """Whether no state or place the sentence names is another state's than ``home`` (places of no
        known state do not count)."""
        return all(m.entity.country in (None, home.country) for m in self.mentions
                   if sent.start <= m.start < sent.end and m.entity.type in ("Country", "Place"))

    def _backed(self, t: Token) -> bool:
        """Whether an "X-backed" modifier describes the noun ("Iranian-backed ground forces"; not "armed
        men", nor a title: "the US-backed president" is a person)."""
        if t.dep_ == "compound" or t.lower_ in self.gazetteer.title_words:
            return False
        for c in t.children:  # the backer in the token ("U.S.-backed") or before it ("Iranian - backed")
            backer, _, participle = c.lower_.rpartition("-")
            if c.dep_ in ("amod", "compound") and participle in self.words["backing"] and (backer or c.n_lefts):
                return True
        return False

    def _unplaced_group(self, t: Token, sector: str) -> bool:
        """Whether a noun of an armed group or NGO that no state owns takes part in a clause as an actor
        (not a movement: "a four-decade insurgency")."""
        return sector in DESCRIBED_SECTORS and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and t.lemma_.lower() not in self.words["movement_nouns"]

    def described_group(self, t: Token, sector: str) -> Entity:
        """A group named only by its description, this article's own: another article's "Russian-backed
        forces" are others."""
        label = np_label([self.doc[i] for i in np_left(t)])
        return Entity(key=self.own_key("group", label), label=label, type="Group", sector=sector)

    def described_person(self, t: Token) -> Entity:
        """One person named only by a description ("a CNN journalist"), this article's own."""
        label = np_label([self.doc[i] for i in np_left(t, ("compound", "amod"))])
        return Entity(key=self.own_key("person", label), label=label, type="Person")

    def qualifier_of(self, t: Token) -> tuple[Token, tuple[str, str | None]] | None:
        """An ethnic or religious qualifier modifying a noun ("Kurdish fighters", "Shiite militias"); or a
        people named after one state living in another, two demonyms in a row ("Bosnian Serb leaders")."""
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
        for word in (w for c in mods for w in (c, *c.conjuncts)):
            if (found := self.sectors.qualifier(word.text)) is not None:
                return word, found
        for home, people in zip(mods, mods[1:]):
            if people.i == home.i + 1 and (h := self.mention(home)) and (p := self.mention(people)) and p.kind == "demonym" \
                    and h.entity.type == p.entity.type == "Country" and h.entity.key != p.entity.key:
                return people, ("ethnic", h.entity.country)
        return None

    def qualified_group(self, qualifier: tuple[Token, tuple[str, str | None]], states: list[Entity],
                        head: Token | None = None) -> Entity:
        word, (kind, home) = qualifier
        written = f"{word.text} {head.text}" if head is not None and head.i != word.i else word.text
        return self.group(word.text, kind, states[0] if states else self.state(home) or self.story_home, written)

    def people_group(self, t: Token) -> Entity | None:
        """"the Kurds", "Shiites in Iraq": a qualifier used as a noun names its group, placed by "in X"
        or by the dateline."""
        found = self.sectors.qualifier(t.text) if t.pos_ in ("PROPN", "NOUN") and t.tag_ in ("NNS", "NNPS") else None
        if found is None:
            return None
        states = [e for e in self._owner_phrase(t, found[0], (t, found)) if e.type == "Country"]
        return self.qualified_group((t, found), states)

    def _owner_phrase(self, t: Token, sector: str, qualifier) -> list[Entity]:
        """"security forces of Syria", "negotiators from Israel and Hamas"; and for groups that are
        not the state's own, where they are: "rebels in eastern Congo"."""
        abroad = sector in STATE_SECTORS and sector not in HOME_SECTORS and qualifier is None
        if sector in STATE_SECTORS and qualifier is None and (loyal := self._loyal_to(t)):
            return loyal  # "forces loyal to Assad", "soldiers loyal to the Syrian government"
        preps = ("of", "from") if abroad or sector in UPROOTED_SECTORS else ("of", "from") + LOCATING
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    # only what is named there: "lawmakers of both parties" names no state
                    found = [e for o in (obj, *obj.conjuncts) for n in self._place_name(o)
                             if (m := self.mention(n)) is not None
                             for e in self._read(m, n, places=child.lower_ in LOCATING)]
                    # a name no table knows is a body only after "of": "leaders from Judea" may be a place
                    owners = [e for e in found if e.type in ("Country", "Organization", "Group")
                              and (child.lower_ == "of" or e.wikidata or e.country)]
                    owners += [s for e in found if e.type == "Place" and (s := self.state(e.country)) is not None]
                    if not found and child.lower_ in ("of", "from"):  # "employees of a Kuwaiti company"
                        owners = dedupe([s for e in self.actors(obj) if e.sector in EMPLOYERS
                                         and (s := self.state(e.country)) is not None])
                    if owners:
                        return owners if child.lower_ != "in" else owners[:1]
        return []

    def event_place(self, *heads: Token, preps: tuple[str, ...] = LOCATING) -> list[Entity]:
        """The state of the one place a clause (or an event noun) says its act happened in ("… in
        Najaf", "talks in Istanbul"), read from the ``preps`` phrases under ``heads``."""
        states = [s for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in preps
                  for o in child.children if o.dep_ == "pobj" and (m := self.mention(o)) is not None
                  and m.entity.type in ("Place", "Country") and (s := self.state(m.entity.country)) is not None]
        return states[:1] if len({s.key for s in states}) == 1 else []

    def holders(self, t: Token) -> list[Entity]:
        """Who holds the place a noun names, from an "X-held" modifier: "Isis-held Mosul" (Islamic
        State), "rebel-held areas of Idlib" (Syria's rebels: a sector word is placed by the place, else
        by the story's towns, else its dateline). An ethnic or a state's word names no holder: "Kurdish-held
        Afrin" is held by some Kurdish force, "Russian-held Donetsk" by some Russian one."""
        words = [w for held in t.children if held.dep_ == "amod" and held.lower_ in self.words["holding"]
                 and any(p.text == "-" for p in held.children) for w in held.children if w.dep_ in MODIFIER_DEPS]
        if not words:  # "sites belonging to Kataib Hezbollah", "a base run by the IRGC": the named owner
            return [e for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in OWNING_PARTICIPLES
                    for o in prep_objects(c, {"to", "by"}) for e in self.actors(o)]
        own = self.mention(t)
        place = self.state(own.entity.country) if own is not None and own.entity.type in ("Place", "Country") else None
        states = [place] if place is not None else self.event_place(t, preps=("of", "in")) or self._story_states()
        found = []
        for word in words:
            m = self.mention(word)
            if m is not None and m.is_actor and m.entity.type != "Country":
                found.append(m.entity)
            elif (sector := self.sectors.sector(word.lemma_.lower())) is not None and sector not in STATE_SECTORS \
                    and states:
                found.append(self.sector_actor(states[0], sector))
        return dedupe(found)

    def partners_named(self, t: Token) -> list[Entity]:
        """Who a proxy, client, ally or partner noun names by its own words ("the US military's Kurdish
        partners", "its Syrian rebel proxies"): the group, never its patron; [] when the words name none."""
        if t.lemma_.lower() not in self.words["client_nouns"] | self.words["ally_nouns"]:
            return []
        qualifier = self.qualifier_of(t)
        if qualifier is not None:
            return [self.qualified_group(qualifier, [e for e in self._owner_phrase(t, "ethnic", qualifier)
                                                     if e.type == "Country"], t)]
        words = [c for c in t.children if c.dep_ in ("compound", "amod")]
        sector = next((found for c in words if (found := self.sectors.sector(c.lemma_.lower())) is not None), None)
        states = [m.entity for w in (t, *words) for c in w.children if c.dep_ in ("amod", "compound")
                  and (m := self.mention(c)) is not None and m.kind == "demonym" and m.entity.type == "Country"]
        return [self.sector_actor(states[0], sector)] if sector is not None and sector not in STATE_SECTORS \
            and states else []

    def _story_states(self) -> list[Entity]:
        """The state whose towns the story names, else the dateline's: [] with neither."""
        home = self.towns_home or self.home
        return [home] if home is not None else []

    def _loyal_to(self, t: Token) -> list[Entity]:
        """The state a state's own agents are "loyal to" (by its name, its leader or its government); a named
        group's own, when they are loyal to it ("forces loyal to the TPLF" are the TPLF's, not Ethiopia's)."""
        return dedupe([e if e.type == "Group" and e.key.startswith("group/") else s
                       for a in t.children if a.dep_ in ("amod", "acl") and a.lemma_.lower() == "loyal"
                       for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj" for e in self.actors(o)
                       if (s := self.state(e.country)) is not None or e.key.startswith("group/")])

    def names_its_place(self, t: Token) -> bool:
        """Whether a noun is named by the place after it: "the province of Idlib", "the republic of Belarus"."""
        lemma = t.lemma_.lower()
        return lemma in self.words["settlements"] or lemma in self.words["polity_nouns"]

    def _place_name(self, t: Token) -> list[Token]:
        """The token that names a place: ``t`` itself, or the name in "the province of Idlib",
        "Anbar province", "the republic of Belarus" (a proper name: "accused the emirate of bankrolling
        extremist groups" names no place)."""
        if self.mention(t) is not None or not self.names_its_place(t):
            return [t]
        return [c for c in t.children if c.dep_ == "compound"] + [
            o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"]

    def sector_actor(self, state: Entity, sector: str) -> Entity:
        """The one entity of a state's sector, labelled with the state's demonym ("Israeli military")."""
        return sector_entity(state.country, self._demonym(state), sector)

    def people_of(self, state: Entity, written: str) -> Entity:
        """A state's people named by a plural demonym ("Palestinians", "two Americans"): its civilians,
        answering also to the word as written."""
        return replace(self.sector_actor(state, "civilians"), aliases=(written,))

    def group(self, qualifier: str, sector: str, state: Entity | None, written: str = "") -> Entity:
        """An ethnic or religious group, in the state the text places it ("Kurdish groups in Syria"),
        one entity whether the text says "Kurdish fighters" or "the Kurds"; it also answers to the
        words as written."""
        slug = group_slug(qualifier)
        # named by the table's first word of the group: "the Kurds" and "Kurdish fighters" are Kurdish groups
        first = next((q for q in self.sectors.qualifiers if group_slug(q) == slug), qualifier)
        name = first[:1].upper() + first[1:]
        where = state.country if state is not None else "none"
        label = f"{name} groups" + (f" in {state.label}" if state is not None else "")
        return Entity(key=f"actor/{where}/{sector}/{slug}", label=label, type="Group",
                      country=state.country if state is not None else None,
                      aliases=(written,) if written and written != label else (), sector=sector)

    def _demonym(self, state: Entity) -> str:
        entry = self.gazetteer.get(state.key)
        return entry.demonyms[0] if entry is not None and entry.demonyms else state.label


def group_slug(qualifier: str) -> str:
    """One key for a group's adjective and its plural noun.

    >>> group_slug("Kurdish"), group_slug("Kurds"), group_slug("Shiite"), group_slug("Shiites")
    ('kurd', 'kurd', 'shiite', 'shiite')
    """
    slug = slugify(qualifier)
    for ending in ("ish", "s"):
        if slug.endswith(ending) and len(slug) > len(ending) + 3:
            return slug[: -len(ending)]
    return slug
