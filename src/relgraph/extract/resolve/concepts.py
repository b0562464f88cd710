"""Concepts and acts named by noun phrases: a policy or plan ("the One-China policy", "the EU's
peace plan"), an act ("the attack"), and the actor behind a generic noun ("Russia's efforts",
"sites in Gaza"). A mixin of :class:`~relgraph.extract.context.DocContext`, like the actor resolver.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources.gazetteer import entity_key
from ...resources.keys import slugify
from ...resources.sectors import HOME_SECTORS, STATE_SECTORS
from ...records import Entity
from ..syntax import NP_MODIFIERS, negated, np_label, np_left
from .mentions import ACTOR_TYPES, CONCEPT_TYPES


OWNING = ("of", "by")  # "the sovereignty of Ukraine", "remarks by Takaichi"
LOCATING_OWNER = ("in", "inside", "across")  # "sites in Pakistan": the place's state


class ConceptResolver:
    """Concept and event resolution over a context's mentions."""

    def concept(self, token: Token, *, owner: bool = True) -> Entity | None:
        """A policy, plan or idea the noun phrase headed by ``token`` names, if any; named with its
        named owner ("Turkey's plan", like "the Turkish plan", also known as "plan"; not "its plan"),
        unless ``owner`` is false (the owner is the claim's subject: "the EU's plan", proposed by the EU)."""
        for i in np_left(token):
            m = self.by_token.get(i)
            if m is not None and m.entity.type in CONCEPT_TYPES:
                return m.entity
        m = self.mention(token)
        if m is not None and m.entity.type in CONCEPT_TYPES:
            return m.entity
        head = token.lemma_.lower()
        if head in self.lexicon.concept_heads or token.lower_ in self.lexicon.concept_heads:
            kept = NP_MODIFIERS - {"nummod", "quantmod"}  # "three Security Council resolutions": the resolutions, not a count
            words = [self.doc[i] for i in np_left(token, kept)]
            label, name = np_label(words), _named(words)
            if owner and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children):
                owned = [self.doc[i] for i in np_left(token, kept | {"poss"})]
                label, aliases = np_label(owned[1:] if owned[0].dep_ == "det" else owned), (label,)
            else:
                aliases = ()
            aliases += tuple(_named_by_target(token))
            kind = "Agreement" if head in self.words["agreement_heads"] else "Policy"
            return Entity(key=self._concept_key(kind.lower(), label, name), label=label, type=kind, aliases=aliases)
        return None

    def _concept_key(self, kind: str, label: str, named: bool) -> str:
        """A concept with a name of its own (``named``: its words without owner or of-phrase are a name,
        "One-China policy", "Minsk agreements") is one entity everywhere; a generic one ("the plan", "the
        strikes", "Turkey's plan", "the invasion of Iraq", "Talks" opening a sentence) is this article's
        own: India's strikes on Pakistan never share a node with US strikes on Iran."""
        return entity_key(kind, label) if named else self.own_key(kind, label)

    def own_key(self, kind: str, label: str) -> str:
        """The key of an entity that is this article's own ("kind/<article>/<label>"): a described
        group, a person known only by a description, a generic concept."""
        article = self.article.id if self.article is not None else "text"
        return f"{kind}/{slugify(article)}/{slugify(label)}"

    def is_gathering(self, token: Token) -> bool:
        """Whether a noun names an event one holds or hosts (a congress, summit, talks, games), no actor."""
        return token.lemma_.lower() in self.words["gatherings"] or token.lower_ in self.words["gatherings"]

    def as_aid(self, noun: Token) -> bool:
        """Whether an aid adjective modifies a noun of support ("military support", not "the military's loyalty")."""
        return any(c.lower_ in self.words["aid_adjectives"] and c.dep_ in ("amod", "compound") for c in noun.children)

    def violent(self, noun: Token) -> bool:
        """Whether a noun is an attack noun of the lexicon ("strike", "shelling")."""
        return any(e.relation == "attacks" for e in self.lexicon.noun(noun.lemma_.lower()))

    def is_agent_noun(self, token: Token) -> bool:
        """"the administration", "the allies": nouns for actors, never acts."""
        lemma, groups = token.lemma_.lower(), self.words["group_nouns"]
        return lemma in self.lexicon.agents or token.lower_ in groups or lemma in groups

    def event(self, token: Token) -> Entity:
        """An act named by a noun phrase ("the attack", "the raid"), as an Event entity."""
        words = [self.doc[i] for i in np_left(token, ("compound", "nummod"))]
        label, name = np_label(words), _named(words)
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for place in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
                # "the invasion of Iraq": named with what it befell
                label += " of " + np_label([self.doc[i] for i in np_left(place, ("compound",))])
        return Entity(key=self._concept_key("event", label, name), label=label, type="Event")

    def planner(self, noun: Token) -> list[Entity]:
        """Whose plan, decision or order a noun is: its named owner ("Russia's plan"), else the subject of a
        verb that makes or announces it ("Turkey announced plans to…", "Russia made a decision to…"); none
        for a plan denied ("has no plans to") or only judged ("rejected the plan to": someone else's)."""
        owner = self.modifier_actor(noun)
        maker = noun.head
        if owner or noun.dep_ != "dobj" or maker.lemma_.lower() not in self.words["plan_making"] \
                or any(negated(w, self.words["negations"]) for w in (noun, maker)):
            return owner
        return [e for s in self.arguments(maker)[0] for e in self.actors(s) if e.type in ACTOR_TYPES]

    def generic_owner(self, token: Token, depth: int = 0) -> list[Entity]:
        """For "Russia's efforts", "the sovereignty of Ukraine", "sites in Pakistan", "Indian jets",
        "remarks by Takaichi": the actor behind a generic noun."""
        if token.lemma_.lower() not in self.lexicon.generic and token.lower_ not in self.lexicon.generic:
            return []
        if any(c.lower_ == "own" for c in token.children) and \
                any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return []  # "supplied their own missiles to Kyiv": the owners are the ones who act
        owners = self.modifier_actor(token) or self.owner_of(token)
        if owners:
            return owners
        # "the embassy in Damascus", "troops in Iraq": a state's agents abroad are not the place's
        abroad = (sector := self.agent_term(token)) in STATE_SECTORS and sector not in HOME_SECTORS
        for child in token.children:
            # "the mine operated by French group Orano" (not "a move opposed by China": an act on it, not its owner)
            if child.dep_ == "acl" and self.lexicon.verb(child.lemma_.lower()) is None:
                found = self._agents_by(child)
                if found:
                    return found
            if child.dep_ in ("prep", "agent") and child.lower_ in (OWNING if abroad else OWNING + LOCATING_OWNER):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self._owner_in(obj, child.lower_, depth)
                        if found:
                            return found
        return []

    def _owner_in(self, obj: Token, prep: str, depth: int) -> list[Entity]:
        found = self.actor_entities(obj) or self.owner_of(obj)
        if prep == "in":  # "attempts in the UN security council" are not the council's own
            found = [e for e in found if e.type == "Country" or e.sector is not None]
        if not found and prep == "in":  # "sites in Gaza": the place's state
            found = [c for e in self.actors(obj, places=True) if e.type == "Place"
                     and (c := self.state(e.country)) is not None]
        if not found and depth < 2:
            found = self.generic_owner(obj, depth + 1)
        return found


def _named(words: list[Token]) -> bool:
    """Whether a noun phrase is written as a name: a capital anywhere but at the start of a sentence."""
    return any(any(c.isupper() for c in t.text) and not (t.is_sent_start and t.text[1:].islower()) for t in words)


def _named_by_target(head: Token) -> list[str]:
    """What a measure "on" something is also called: "a ban on nuclear tests" is a "nuclear test ban"."""
    return [" ".join([t.text for t in o.doc[o.left_edge.i:o.i] if t.dep_ in ("compound", "amod")] + [o.lemma_, head.lemma_])
            for p in head.children if p.dep_ == "prep" and p.lower_ == "on"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]


__all__ = ["ACTOR_TYPES", "ConceptResolver"]

