"""Which actors a noun phrase denotes: coordination ("Russia and China" → both), metonyms (the
state when they act, the place when they are a location), owners ("the Chinese government",
"its air force"), blocs ("the allies"); references ("he", "both sides", "the group") are read by
:mod:`.anaphora`, whose antecedents must be unambiguous.

``ActorResolver`` is a mixin of :class:`~relgraph.extract.context.DocContext`: it reads the doc,
the mentions and the resources the context holds, and writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Entity
from ...resources.gazetteer import entity_key
from ..syntax import acted_upon, appos_host, next_clause_subject, prep_objects
from .lists import coordinated_before, listed_beside
from .mentions import ACTOR_TYPES, Mention, dedupe, only

OWNER_TYPES = ("Country", "Organization", "Group")
KNOWN_AS = frozenset({"know", "call", "name", "dub"})  # "a militia known as / called the YPG"
COMPANY = frozenset({"alongside", "with", "beside"})  # one national fighting beside another is no people


class ActorResolver:
    """Actor resolution over a context's mentions (see the module docstring)."""

    def actors(self, token: Token, *, places: bool = False) -> list[Entity]:
        """The entities a noun-phrase head denotes, one per conjunct, in text order."""
        found: list[Entity] = []
        stray = next_clause_subject(token)  # the next clause's subject: not coordinated with what came before
        members = sorted([token, *(c for c in token.conjuncts if (c.i > token.i if stray else not next_clause_subject(c)))])
        for t in list(members):  # "Mali, Burkina Faso and Niger" is often parsed as appositions
            members += listed_beside(self, t)
        for t in members:
            for entity in self._actor(t, places=places):
                if entity.key not in {e.key for e in found}:
                    found.append(entity)
        return found

    def head_actors(self, token: Token) -> list[Entity]:
        """The actors the head word itself denotes, without its conjuncts."""
        return [e for e in self._actor(token, places=False) if e.type in ACTOR_TYPES]

    def _appos_named(self, t: Token, *, demonyms: bool) -> list[Entity]:
        """The actor an apposition names (all it lists after a plural title: "foreign ministers Wang Yi and Sergey Lavrov");
        not after a gerund's phrase ("accused X of backing a group, the MAK")."""
        gerund = min((p.i for p in (*t.children, *t.head.children) if p.dep_ == "prep" and p.i > t.i
                      and any(c.dep_ == "pcomp" for c in p.children)), default=len(self.doc))
        titles = t.tag_ == "NNS" and self.gazetteer.role(t.lemma_.lower()) is not None
        found = [cm.entity for child in t.children if child.dep_ == "appos" and child.i < gerund
                 and not any(w.pos_ == "VERB" for w in self.doc[t.i:child.left_edge.i])  # (no apposition across a verb)
                 for a in ((child, *child.conjuncts) if titles else (child,))
                 if (cm := self.mention(a)) is not None and cm.is_actor and (demonyms or cm.kind != "demonym")]
        return found if titles else found[:1]

    def actor_entities(self, token: Token) -> list[Entity]:
        """``actors(token)`` without places, policies or events: only who can act."""
        return [e for e in self.actors(token) if e.type in ACTOR_TYPES]

    def _actor(self, t: Token, *, places: bool) -> list[Entity]:
        m = self.mention(t)
        if m is not None:
            return self._read(m, t, places=places)
        words, lower = self.words, t.lower_
        persons, its, plural = words["personal_pronouns"], words["singular_it"], words["plural_pronouns"]
        clause = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head  # "with whom it fought"
        if lower in ("which", "who", "whom", "that") and clause.dep_ == "relcl":
            host = appos_host(clause.head)
            if host.dep_ == "pobj" and host.head.dep_ == "agent":
                return []  # "the SDF, … backed by the US, which took Raqqa": the SDF or the US? no guess
            if lower == "which":  # never a person: "Assad and Russia, which backed him" is Russia
                return [e for member in sorted([host, *host.conjuncts], key=lambda m: m.i) if member.i < t.i
                        for e in self._actor(member, places=places) if e.type != "Person"]
            found = self._actor(host, places=places)
            if lower in ("who", "whom") and host.dep_ == "pobj" and host.head.lower_ in ("from", "in") \
                    and not any(e.type in ("Person", "Group") for e in found):
                found = [e for e in self._actor(appos_host(host.head.head), places=places) if e.type == "Person"]
                # ("an engineer from Aberdeen who…": him)
            return found
        if lower in persons and self._quoted(t):
            return []  # "“He urged Turkey to…”": inside a quotation "he" is someone the quote's context named
        if lower in persons | its | plural and t.dep_ in ("nsubj", "nsubjpass"):
            speaker = self._reporting_subject(t)
            if speaker is not None:  # "X said it would…": it is X; "he" only a person, "it" no person
                said = self.actor_entities(speaker)
                if lower in persons:
                    return [e for e in said if e.type == "Person"]
                return [e for e in said if e.type != "Person"] if lower in its else said
        if lower in persons and t.dep_ == "poss":
            local = [e for e in self._clause_subject(t) if e.type == "Person"]
            if len(local) == 1:  # "Erdoğan lessened his demands as part of his cooperation with X": Erdoğan's
                return self.unrivalled(t, local)  # ("Abbas refused to meet Pence during his trip": whose?)
        if lower in persons:
            return self.person_antecedent(t)
        if lower == "its" and t.dep_ == "poss":
            local = [e for e in self._clause_subject(t) if e.type != "Person"]
            if len(local) == 1:  # "urged Russia to end its cooperation": its is Russia
                return self.unrivalled(t, local)
        if lower in its and t.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.head.children) \
                and self.lexicon.verb(f"{t.head.lemma_.lower()} out") is None:
            return []  # "fighting it out with", "slug it out": a dummy object ("ruled it out" keeps its own)
        if lower in its:
            return self.it_antecedent(t)
        if lower in plural or self._is_group_phrase(t):
            return self._plural(t)
        if lower in ("latter", "former"):
            # the last coordination before it, in its sentence ("the Turkish military and their Syrian
            # proxies … the latter"), else a named pair earlier on; "the former" of three is no one
            group = coordinated_before(self, t) or self.group_before(t.i, since=0)
            if len(group) == 2:
                return [group[-1] if lower == "latter" else group[0]]
            return []
        members = self.members_of(t)
        if members is not None:
            return members
        named = self._appos_named(t, demonyms=False)  # "Egypt's president, Abdel Fattah al-Sisi", "the Kurdish militia,
        if named:  # the YPG": the one named, not the office or the description
            return named
        if self.names_its_place(t):
            # "the Kurdish enclave of Afrin" is Afrin, "the former Soviet republic of Belarus" Belarus
            named = [e for n in self._place_name(t)[-1:] if n is not t for e in self._actor(n, places=places)]
            if named:
                return named
        named = self.definite_anaphor(t)  # "the group", "the country"
        if named or (named is not None and self.qualifier_of(t) is None):
            return named  # (with none in view, "the Kurdish militia" is still a Kurdish group)
        held = self.office_holder(t)  # "the foreign secretary": the one named who held that office
        if held is not None:
            return [held[0]]
        named = [e for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in KNOWN_AS
                 for o in [*(x for x in c.children if x.dep_ in ("oprd", "attr")), *prep_objects(c, {"as"})]
                 for e in self.actors(o) if e.type in ACTOR_TYPES]
        if named:  # "a coalition known as the SDF", "a militia called the YPG": the one it is named
            return named
        if (led := self._led_body(t)) is not None:  # "the US-led coalition", "Kurdish-led forces"
            return [led]
        if t.lemma_.lower() in self.words["carriers"]:  # "a convoy carrying Chalabi": whom it carries
            carried = [e for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport")
                       for o in c.children if o.dep_ == "dobj" for e in self.actors(o) if e.type in ACTOR_TYPES]
            if carried:
                return carried
        if t.lemma_.lower() in self.words["part_nouns"] or lower in self.words["part_nouns"]:
            parts = [e for c in t.children if c.dep_ == "prep" and c.lower_ == "of"  # "a convoy of US troops"
                     for o in c.children if o.dep_ == "pobj" for e in self.actors(o) if e.type in ACTOR_TYPES]
            if parts:
                return parts
        if t.lemma_.lower() in self.words["dwelling_nouns"]:  # "demolished 13 Palestinian homes": their people's
            return [self.sector_actor(e, "civilians") for e in self.owner_of(t) if e.type == "Country"]
        substate = self.substate(t)  # "Israeli troops", "rebels in eastern Congo", "Kurdish fighters"
        if substate is not None:  # (a described group's named members stand for it)
            return self._included(t) or substate
        if (people := self.people_group(t)) is not None:  # "the Kurds"
            return [people]
        if partners := self.partners_named(t):  # "the US military's Kurdish partners"
            return partners
        if t.dep_ == "nsubj" and self._strikes(t):  # "Israeli air strikes killed…": Israel did
            return self.modifier_actor(t)
        # "the Chinese government", "Russia's foreign ministry", "its air force", "EU member states" (but "the
        # national dialogue congress" is a gathering, no legislature)
        if (t.lemma_.lower() in self.lexicon.agents or lower in self.lexicon.agents) and not (
                self.is_gathering(t) and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in t.children)):
            qualifier = self.qualifier_of(t)
            if qualifier is not None:  # "the Syrian Kurdish groups" are no Syria
                return [self.qualified_group(qualifier, [e for e in self.owner_of(t) if e.type == "Country"], t)]
            found = self.owner_of(t) or self._agent_of(t)
            if t.lemma_.lower() in self.words["group_anaphors"]:
                found = [e for e in found if e.type != "Country"]  # "the Turkish group" is a group, no Turkey
            if found:
                return found
        if named := self._appos_named(t, demonyms=True):  # "his Chinese counterpart, Li Qiang"
            return named
        # a head word inside a multi-token mention ("Prime Minister Mishustin" headed elsewhere)
        for child in t.children:
            if child.dep_ == "compound" and (cm := self.mention(child)) and cm.kind != "demonym" \
                    and cm.entity.type == "Person":
                return [cm.entity]
        return self._included(t)

    def _included(self, t: Token) -> list[Entity]:
        """A described group's named members act as it does: "several militias, including Hezbollah, attacked…"."""
        return [e for o in prep_objects(t, {"including"}) for e in self.actors(o) if e.type in ACTOR_TYPES]

    def _sector_of_head(self, head: Token, noun: Token) -> list[Entity]:
        """A sector noun modifying a head ("Syrian rebel positions"): the state from the head's modifiers."""
        if (m := self.mention(noun)) is not None and m.is_actor:
            return [m.entity]  # "an Israeli army raid": the force the words name (the IDF)
        sector = self.agent_term(noun)
        return [self.sector_actor(s, sector) for s in self.owner_of(head) if s.type == "Country"]

    def _agent_of(self, t: Token) -> list[Entity]:
        """"a bloc led by Colombia and the EU", "the foreign ministry of Japan"."""
        for child in t.children:
            if child.dep_ == "acl" and child.lemma_ == "lead":
                found = self._agents_by(child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                found = [e for obj in child.children if obj.dep_ == "pobj"
                         for e in self.actors(obj) if e.type in ACTOR_TYPES]
                if found:
                    return found
        return []

    def _agents_by(self, participle: Token) -> list[Entity]:
        """The actors of a participle's "by" phrase ("led by X", "operated by Y")."""
        return [e for a in participle.children if a.dep_ == "agent" for o in a.children
                if o.dep_ == "pobj" for e in self.actors(o) if e.type in ACTOR_TYPES]

    def stands_for(self, token: Token, entity: Entity) -> Entity:
        """A visited capital or seat stands for its state ("flew to Washington" visits the US)."""
        m = self.mention(token)
        if m is not None and m.kind == "metonym" and entity.type == "Place" \
                and not any(c.dep_ == "amod" and c.lower_ in self.words["area_adjectives"] for c in token.children):
            return m.entity  # but "shelled central Baghdad" hit the city
        return entity

    def owner_of(self, t: Token) -> list[Entity]:
        """The state or organisation a noun's left modifiers name ("the Chinese navy", "EU member
        states", "its air force", "his country"), with coordinated modifiers ("Israeli and American")."""
        found: list[Entity | None] = []
        for tok in (d for left in t.lefts if left.lower_ not in self.not_owning for d in left.subtree):
            cm = self.mention(tok)
            if cm is not None and self.by_participle(cm):
                continue  # "Russian backed forces" are no Russian forces
            if cm is not None and cm.entity.type in OWNER_TYPES:
                found.append(cm.entity)
            elif cm is not None and cm.entity.type == "Person" and tok.dep_ == "compound" and tok.head.i == t.i:
                found.append(self.country_of(cm.entity))  # "the Bush administration": the state he serves
            elif cm is None and tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.i == t.i:
                # (undated, a lone "Bush" is no one; yet every listed Bush served one state)
                found.append(self.state(only(e.entity.country for e in self.gazetteer.persons_named(tok.text))))
            elif cm is not None and cm.entity.type == "Place" and cm.kind != "metonym":
                found.append(self.state(cm.entity.country))  # "the Fordow enrichment plant": Iran's
            elif tok.dep_ == "poss" or (tok.lower_ in ("its", "his", "her", "their") and tok.head.i == t.i):
                for e in self._actor(tok, places=False):
                    found.append(self.country_of(e) if e.type == "Person" else e)
        return dedupe([e for e in found if e is not None and e.type in OWNER_TYPES])

    def by_participle(self, m: Mention) -> bool:
        """Whether a mention names a backer, leader or seat ("UN-backed", "Saudi-led", "London-based",
        "Syria's Russian- and Iranian-backed president"): no owner of what follows."""
        for t in self.doc[m.end:m.end + 6]:  # "Russian- and Iranian-backed"
            if t.lower_ in self.not_owning and self.sectors.sector(self.doc[t.i:t.i + 2].text.lower()) != "military":
                return True  # (not "the Pakistani armed forces")
            if t.text not in ("-", "–", "and") and self.mention(t) is None:
                return False
        return False

    def _led_body(self, t: Token) -> Entity | None:
        """A body named by who leads it ("the US-led coalition"): a group of its own, as written."""
        if t.lemma_.lower() not in self.words["led_bodies"] and self.agent_term(t) is None:
            return None
        states = [e for e in self.owner_of(t) if e.type == "Country"]
        for led in t.children:
            if led.dep_ == "amod" and led.lower_ in self.words["leading"]:
                leader = next((c for c in led.children if c.dep_ in ("npadvmod", "compound", "nmod")), None)
                if leader is None:
                    continue
                qualifier = self.sectors.qualifier(leader.text)
                if states and qualifier is not None and led.lower_ == "led":  # "Syrian Kurdish-led forces"
                    return self.qualified_group((leader, qualifier), states, t)
                if states:
                    return None  # "the Shia-dominated Iraqi army" is Iraq's army
                label = f"{leader.text}-{led.text} {t.text}"
                return Entity(key=entity_key("group", label), label=label, type="Group")
        return None

    def _strikes(self, t: Token) -> bool:
        """Whether a noun names a weapon or a strike ("missiles", "air strikes", "shelling")."""
        return t.lemma_.lower() in self.words["weapons"] or self.violent(t)

    def country_of(self, person: Entity) -> Entity | None:
        """The Country entity a person serves, when known."""
        return self.state(person.country)

    def state(self, iso3: str | None) -> Entity | None:
        """The Country entity of an ISO3 code, when the gazetteer has it."""
        entry = self.gazetteer.get(f"country/{iso3}") if iso3 else None
        return entry.entity if entry is not None else None

    def _read(self, m: Mention, t: Token, *, places: bool) -> list[Entity]:
        """A metonym acts for its state, unless it is a location: then it is the place."""
        if m.kind == "metonym":
            head = self.doc[m.end - 1]
            located = head.dep_ == "pobj" and head.head.lower_ in self.words["locative_preps"]
            if places or located:
                place = self.gazetteer.place(self.doc[m.start:m.end].text)
                return [place.entity] if place is not None else ([m.entity] if places else [])
            return [m.entity]
        if m.kind == "demonym":
            # "Palestinians killed…", "seized two Americans": the state's people; "Chinese" alone no actor (but modifiers)
            one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and acted_upon(t) \
                and not (t.i > 0 and self.doc[t.i - 1].text == "-") \
                and not (t.dep_ == "pobj" and t.head.lower_ in COMPANY)  # "a Chinese-American", "alongside a Spaniard"
            plural = t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NNP" and t.lower_.endswith("s"))  # "all Thais" is NNP
            people = m.entity.type == "Country" and (plural or one) and m.end - m.start == 1 \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
            if people and plural and [c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "amod", "acl")] == ["the"] \
                    and (t.dep_ == "nsubj" or t.head.lemma_.lower() in self.words["object_control"]):  # "the Russians
                return [m.entity]  # vetoed it", "urged the Saudis to ease the blockade": the state
            return [self.people_of(m.entity, t.text)] if people else []
        return [] if m.entity.type == "Place" and not places else [m.entity]

    def modifier_actor(self, token: Token) -> list[Entity]:
        """The actors a noun's modifiers name: "Western sanctions", "Israeli and American strikes",
        "Mishustin's visit"."""
        for child in token.children:  # "Syrian rebel positions": the rebels, never Syria
            if child.dep_ == "compound" and self.agent_term(child) is not None:
                return [e for e in self.substate(child) or self._sector_of_head(token, child) if e.type in ACTOR_TYPES]
        qualifier = self.qualifier_of(token)  # "Syrian Kurdish positions": the Kurds in Syria, never Syria
        if qualifier is not None:
            states = [m.entity for c in token.children if (m := self.mention(c)) is not None
                      and m.kind == "demonym" and m.entity.type == "Country"]
            return [self.qualified_group(qualifier, states)]
        violent = self.violent(token)
        led = [m.entity for c in token.children if violent and c.dep_ == "amod" and c.lower_ in self.words["leading"]
               for g in c.children if (m := self.mention(g)) is not None and m.is_actor]
        if led:  # "US-led airstrikes" are the US's (a "US-led coalition" is its own body)
            return dedupe(led)
        found: list[Entity] = []
        deps = ("poss", "amod", "compound", "nmod") + (("nsubj",) if token.pos_ == "VERB" else ())  # "US airstrikes"
        for child in token.children:
            if child.dep_ not in deps or (child.dep_ == "nsubj" and child.i > token.i):
                continue
            for mod in (child, *child.conjuncts):
                m = self.mention(mod)
                if m is not None and self.by_participle(m):
                    continue  # "a UN-backed plan" is not the UN's own
                if m is not None and m.kind == "demonym":
                    if m.entity.type in ACTOR_TYPES:
                        found.append(m.entity)
                elif child.dep_ == "poss":
                    found += [e for e in self._actor(mod, places=False) if e.type in ACTOR_TYPES]
                elif m is not None and m.is_actor and not (m.kind == "metonym" and violent):
                    found.append(m.entity)  # "a Baghdad rocket attack" happened in Baghdad; Iraq did not do it
            if found:
                return dedupe(found)
        for c in token.children:  # "a Taliban grenade attack": the weapon's owner (not "a Baghdad car bomb attack")
            if violent and c.dep_ == "compound" and c.lemma_.lower() in self.words["weapons"] \
                    and not any(getattr(self.mention(g), "kind", "") == "metonym" for g in c.children):
                return self.modifier_actor(c)
        return []

