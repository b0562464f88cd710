"""References to actors: pronouns ("he", "it", "they"), plural references ("both sides", "the two
leaders", "the latter"), and definite descriptions ("the group", "the country"). A reference with no
unambiguous antecedent of the right kind resolves to nothing.

``AnaphoraResolver`` is a mixin of :class:`~relgraph.extract.context.DocContext`, beside the actor
resolver whose ``_read`` and ``country_of`` it uses; it reads and writes nothing else.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Entity
from ...resources.gazetteer.model import Role
from ...resources.sectors import STATE_SECTORS
from ..syntax import coordination_root, governing_verb
from .mentions import ACTOR_TYPES, Mention, dedupe, last_mention

HEADS = frozenset({"headOfStateOf", "headOfGovernmentOf"})


class AnaphoraResolver:
    """Antecedents of references over a context's mentions (see the module docstring)."""

    def _plural(self, t: Token) -> list[Entity]:
        """"they", "both sides", "the three leaders": the actors in view; "all sides" could be anyone."""
        if any(c.lower_ == "all" for c in t.children) and not any(c.lower_ in self.words.numbers for c in t.children):
            return []  # "all sides" is an open set; "all three sides" is not
        size = next((self.words.numbers[c.lower_] for c in t.children if c.lower_ in self.words.numbers), 0)
        if size > 2:
            if t.lemma_.lower() in ("leader", "president", "minister"):
                # "the three leaders": the last three persons named before, all within two sentences
                recent: dict[str, Mention] = {}
                for m in reversed(self.mentions):
                    if m.end <= t.sent.start and m.entity.type == "Person" and len(recent) < size:
                        recent.setdefault(m.entity.key, m)
                starts = sorted(m.start for m in recent.values())
                if len(recent) == size and self.doc[starts[0]].sent.start >= self.sentence_before(self.doc[starts[-1]]):
                    return [m.entity for m in sorted(recent.values(), key=lambda m: m.start)]
                return []
            # "all three sides": the states named before it in this sentence, else in this and the
            # previous one, when exactly that many
            for since in (t.sent.start, self.sentence_before(t)):
                named = {m.entity.key: m.entity for m in self.mentions
                         if since <= m.start and m.end <= t.i and m.entity.type == "Country"}
                if len(named) == size:
                    return list(named.values())
            return []
        if t.lower_ in self.words["plural_pronouns"]:
            # "they", "them": only a pair named together in this or the previous sentence; "they" not when
            # a plural thing was acted on since ("condemned the strikes … and demanded that they stop")
            group = self.group_before(t.i, since=self.sentence_before(t))
            if t.lower_ == "they" and group:
                last = max((m.end for m in self.mentions if m.end <= t.i and m.entity in group), default=t.i)
                if any(n.tag_ == "NNS" and n.pos_ == "NOUN" and n.dep_ == "dobj" and self.mention(n) is None
                       and not self.actors(n) for n in self.doc[last:t.i]):
                    return []
                # a plural subject since is nearer: "Nato's other members issued a statement saying they…"
                nearer = [n for n in self.doc[max(last, t.sent.start):t.i] if n.dep_ in ("nsubj", "nsubjpass")
                          and n.tag_ in ("NNS", "NNPS") and self.mention(n) is None]
                if nearer:
                    return [e for e in self.actors(nearer[-1]) if e.type in ACTOR_TYPES]
            return group
        group = self.group_before(t.i)
        if t.lemma_.lower() == "leader" and not all(self._leads(e) for e in group):
            return []  # "the two leaders" are no pair of ministers named before
        if t.lemma_.lower() in self.words["state_nouns"]:  # "the two sides" are states, even if named by leaders
            # (two persons of no known state are no sides: "detained Omar Abdullah and Mehbooba Mufti … urged both sides")
            states = [self.country_of(e) if e.type == "Person" else e for e in group]
            group = dedupe(states) if None not in states else []
        return group

    def definite_anaphor(self, t: Token) -> list[Entity] | None:
        """"The group", "the country", "the town" (singular, with "the" and nothing naming it): the one
        named group or organisation, state, or place of this or the previous sentence; [] with none or several."""
        lemma = t.lemma_.lower()
        kinds = ({"Group", "Organization"} if lemma in self.words["group_anaphors"]
                 else {"Country"} if lemma in self.words["state_anaphors"]
                 else {"Place"} if lemma in self.words["settlements"] and lemma not in ("state", "area", "region", "capital")
                 else None)  # "the state": whose? "the area": any stretch of land; "the capital": rarely the last place named
        credited = t.dep_ == "dobj" and t.head.lemma_.lower() in self.words["crediting"]  # "accused the emirate of…"
        if kinds is None or t.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                or any(c.dep_ in ("compound", "poss", "nmod", "acl", "relcl") or (c.dep_ == "prep" and not (
                    credited and c.lower_ in ("of", "for"))) for c in t.children) \
                or any(c.dep_ == "amod" and self.mention(c) is not None for c in t.children):
            return None
        # never its own clause's subject: in "the SDF is battling the group's fighters" the group is another
        verb = governing_verb(t.head)  # (its subject's whole phrase: "Saudi Arabia, the UAE and Egypt … accusing the emirate")
        own = {m.entity.key for s in self.arguments(verb)[0] for m in self.mentions
               if s.left_edge.i <= m.start <= s.right_edge.i and m.is_actor and m.kind != "demonym"} \
            if t.dep_ != "nsubj" and verb.pos_ in ("VERB", "AUX") else set()
        # (a group the tables name, of any sector: "al-Shabaab … the group's leadership"; no sector noun: "Kurdish groups")
        return self._the_one_before(t, lambda e: e.type in kinds and (e.sector is None or e.key.startswith("group/"))
                                    and e.key not in own)

    def definite_group(self, t: Token) -> list[Entity]:
        """"The militants", "the insurgents": the one named armed group with no home state of this or the
        previous sentence; [] with none or several."""
        return self._the_one_before(t, lambda e: e.type == "Group" and e.sector in (None, "militants") and not e.country)

    def _the_one_before(self, t: Token, kind) -> list[Entity]:
        """The one entity of that kind named (not by a demonym) in this sentence before ``t`` or in the
        previous one; [] with none or several."""
        start = self.sentence_before(t)
        found = {m.entity.key: m.entity for m in self.mentions
                 if start <= m.start and m.end <= t.i and m.kind != "demonym" and kind(m.entity)}
        return list(found.values()) if len(found) == 1 else []

    def office_holder(self, t: Token) -> tuple[Entity, Role] | None:
        """"The foreign secretary", "the Cuban president" (with "the" and no name of its own): the one
        person named earlier in the article whom the officials file gives that office on the article's
        date, with that office; None with none or several, or when ``t`` heads no such phrase."""
        if t.lower_ not in self.gazetteer.title_words and t.lower_ != "leader":
            return None  # a quick no for the nouns no office title ends in
        definite = any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and (m := self.mention(c))
                                                                    and m.entity.type == "Country") for c in t.children)
        if self.date is None or t.pos_ != "NOUN" or not definite \
                or t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children):
            return None  # "the foreign minister, Jean-Yves Le Drian": the role phrase names its holder
        words, states = [], set()
        for w in self.doc[t.left_edge.i:t.i + 1]:
            m = self.mention(w)
            if m is not None and m.entity.type == "Country":  # "the Cuban president", "Turkey's president"
                states.add(m.entity.key)
            elif w.dep_ not in ("det", "case", "punct"):
                if m is not None:
                    return None  # "the UN secretary-general" names its body
                words.append(w.lower_)
        title = " ".join(words)
        leader = title == "leader" and bool(states)  # "the Syrian leader": whoever heads that state
        found: dict[str, tuple[Entity, Role]] = {}
        for m in self.mentions:
            entry = self.gazetteer.get(m.entity.key) if m.end <= t.i and m.entity.type == "Person" else None
            for role in entry.roles if entry is not None else ():
                named = role.title.lower() == title or (leader and role.relation != "officialOf")
                if named and role.held_on(self.date) and (not states or role.of_key in states):
                    found.setdefault(m.entity.key, (m.entity, role))  # the file's first office of that title
        return next(iter(found.values())) if len(found) == 1 else None

    def _quoted(self, t: Token) -> bool:
        """Whether ``t`` stands inside a direct quotation of its sentence (an opening mark before it
        that is not closed before it)."""
        before = self.doc[t.sent.start:t.i].text
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _own_subjects(self, pronoun: Token) -> set[str]:
        """Keys of the actors that are the subject (with its conjuncts) of the pronoun's verb."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.pos_ == "VERB" and verb.dep_ in ("advcl", "xcomp", "conj"):
            subjects = list(self.arguments(verb)[0])  # "A and B cut ties with Qatar, accusing it": A and B accuse
        # (the whole subject: "Saudi Arabia, the UAE, Bahrain and Egypt" hangs its list on an apposition)
        return {m.entity.key for subject in subjects for token in subject.subtree if (m := self.mention(token)) is not None}

    def _clause_subject(self, pronoun: Token) -> list[Entity]:
        """The named actors that are the subject of the clause a possessive pronoun sits in,
        including a subject given by control ("urged Russia to end its…")."""
        verb = governing_verb(pronoun.head)
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subjects, _ = self.arguments(verb)  # (a relative pronoun's host: "the Assad regime, which gassed its own people")
        named = [self.mention(s) for s in subjects]
        return [m.entity for m in named if m is not None and m.is_actor and m.kind != "demonym"] \
            or [e for s in subjects if s.lower_ in ("which", "who", "that") for e in self.actors(s)]

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
        # ("flew to Kabul to tell Ghani what he had agreed": the teller, whose subject is the clause's above)
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None) or next(iter(self.arguments(speech)[0]), None)
        pronouns = self.words["personal_pronouns"] | self.words["singular_it"] | self.words["plural_pronouns"]
        if subject is None or subject.lower_ in pronouns:
            return None
        return subject

    def person_antecedent(self, t: Token) -> list[Entity]:
        """The person "he", "him" or "his" refers to: the last one named (not the clause's own subject for an object:
        "Kim told him"); for a main clause's subject with two or more persons named in this or the previous sentence,
        the last one who was a main clause's subject too ("Poroshenko cut short a visit, where he was to see Merkel.
        He blamed…": Poroshenko)."""
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            near = [m for m in self.mentions if self.sentence_before(t) <= m.start and m.end <= t.i and m.entity.type == "Person"]
            main = [m for m in near if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") and self.doc[m.end - 1].head.dep_ == "ROOT"]
            if main and len({m.entity.key for m in near}) > 1:
                return [main[-1].entity]
        subject = [c for c in t.head.children if c.dep_ == "nsubj" and t.dep_ in ("dobj", "dative")]
        bound = {m.entity.key for c in subject if (m := self.mention(c)) is not None}
        found = last_mention(self.mentions, t.i, lambda m: m.entity.type == "Person" and m.entity.key not in bound)
        if found and any(m.entity == found[0] for c in subject for w in c.subtree if (m := self.mention(w)) is not None):
            return []  # "the party of the former president, Poroshenko, accused him": someone else, but who?
        if t.dep_ == "poss" and found and self.rival_before(t, found, since=t.sent.start) and not any(
                (m := self.mention(c)) is not None and m.entity == found[0]
                for a in t.ancestors for c in a.children if c.dep_ == "nsubj"):
            return []  # "Erdoğan lessened his resolve to see Assad removed, as part of his cooperation…": whose?
        return found

    def it_antecedent(self, t: Token) -> list[Entity]:
        """The actor "it" or "its" refers to: the last agentive non-person actor, unless the clause's own
        subject, an act named in between, or (for "its") another state named before it in the sentence."""
        found = last_mention(self.mentions, t.i, lambda m: m.is_actor and m.entity.type != "Person"
                             and m.kind != "demonym" and self._is_agentive(m))
        if t.dep_ in ("dobj", "pobj") and {e.key for e in found} & (own := self._own_subjects(t)):
            # "Qatar and Egypt denounced it": it is not the clause's own subject, but may be the one named
            # before it ("Hamas fired at Israel. Israel struck it")
            return self._earlier_antecedent(t, own)
        if t.dep_ in ("dobj", "pobj") and self._event_between(t, found):
            return []  # "Turkey's Afrin operation … forces would not oppose it": the operation, no actor
        if t.dep_ == "poss" and self.rival_before(t, found, since=t.sent.start):
            return []  # "Erdoğan's disputes with the US over its support": Turkey's or the US's? no guess
        if found and t.dep_ in ("nsubj", "nsubjpass") and self._in_a_pair(found[0], t):
            return []  # "Turkey and Russia signed a deal. It condemned…": either of the two
        return found

    def _leads(self, entity: Entity) -> bool:
        """Whether an actor is a state, or a head of state or government (by the article, or the file on its date)."""
        entry = self.gazetteer.get(entity.key)
        return entity.type == "Country" or any(r.relation in HEADS and r.person.key == entity.key for r in self.roles) \
            or any(r.relation in HEADS and r.held_on(self.date) for r in (entry.roles if entry else ()))

    def _in_a_pair(self, entity: Entity, t: Token) -> bool:
        """Whether the last mention of ``entity`` before ``t`` is one of two or more actors named together
        ("Turkey and Russia")."""
        m = next((m for m in reversed(self.mentions) if m.end <= t.i and m.entity == entity), None)
        return m is not None and len(self._named_members(coordination_root(self.doc[m.end - 1]))) > 1

    def unrivalled(self, t: Token, local: list[Entity]) -> list[Entity]:
        """A possessive pronoun's clause subject, unless another of its kind is named between them."""
        first = min((m.start for m in self.mentions if m.entity == local[0] and m.start >= t.sent.start),
                    default=t.sent.start)
        return [] if self.rival_before(t, local, since=first) else local

    def rival_before(self, t: Token, found: list[Entity], since: int) -> bool:
        """Whether another of ``found``'s kind is named from ``since`` up to ``t``: a person beside a person; a
        state other than ``found`` by name, or by demonym before one of its agents ("Russia backs the Syrian
        government in its fight": Syria's fight too)."""
        person = any(e.type == "Person" for e in found)
        for m in self.mentions:
            if not since <= m.start < t.i or m.entity in found or m.entity.type != ("Person" if person else "Country"):
                continue
            if person and self.doc[m.end - 1].dep_ == "poss":
                continue  # "dropped his demand for Assad's removal as part of his cooperation": no rival
            if person or m.kind != "demonym" or (
                    self.sectors.sector(self.doc[m.end - 1].head.lemma_.lower()) in STATE_SECTORS
                    and all(e.country != m.entity.country for e in found)):
                return True
        return False

    def _earlier_antecedent(self, pronoun: Token, own: set[str]) -> list[Entity]:
        """The last agentive non-person actor of this or the previous sentence that is not the clause's own
        subject (or the one the clause a participle hangs on acts on: "cut ties with Qatar, accusing it"), unless an
        act ("the strike") or a second candidate stands in between: then no one."""
        since = self.sentence_before(pronoun)
        main = pronoun.head.head if pronoun.head.dep_ == "advcl" and pronoun.head.tag_ == "VBG" else None
        candidates = [m for m in self.mentions if since <= m.start and m.end <= pronoun.i and m.entity.key not in own
                      and m.is_actor and m.entity.type != "Person" and m.kind != "demonym"
                      and (self._is_agentive(m) or (main is not None and main.is_ancestor(self.doc[m.end - 1])))]
        if not candidates or len({m.entity.key for m in candidates}) > 1:
            return []
        last = candidates[-1]
        if any(self._names_an_act(w) and not self.is_gathering(w) for w in self.doc[last.end:pronoun.i]):
            return []  # "Russia condemned the strike. The US defended it": the strike
        return [last.entity]

    def _event_between(self, pronoun: Token, found: list[Entity]) -> bool:
        """Whether a singular event noun ("operation", "attack") stands between the pronoun and the
        last mention of its actor antecedent, in the pronoun's sentence: "it" is more likely the act."""
        keys = {e.key for e in found}
        start = max((m.end for m in self.mentions if m.entity.key in keys and m.end <= pronoun.i),
                    default=pronoun.i)
        start = max(start, pronoun.sent.start)
        return any(self._names_an_act(w) for w in pronoun.doc[start:pronoun.i])

    def _names_an_act(self, word: Token) -> bool:
        """Whether a word is a singular event noun of the lexicon ("operation", "strike"), or a decision or plan."""
        lemma = word.lemma_.lower()  # (a decision or plan too: "disagreed with the decision, and X called it…")
        return word.pos_ == "NOUN" and word.tag_ == "NN" and (bool(self.lexicon.noun(lemma))
                                                              or lemma in self.words["intending_nouns"])

    def sentence_before(self, t: Token) -> int:
        """Where the sentence before ``t``'s begins (its own, if it is the first)."""
        return self.doc[t.sent.start - 1].sent.start if t.sent.start > 0 else 0

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
        if t.lower_ in self.words["group_nouns"] and t.tag_ in ("NNS", "NN"):
            return any(c.lower_ in ("both", "two", "three", "four", "all") for c in t.children) and not any(
                c.dep_ in ("amod", "compound") and self.mention(c) for c in t.children)
        return False

    def group_before(self, index: int, since: int | None = None) -> list[Entity]:
        """The actors a plural reference points to: the last coordinated pair of actors before it (from
        ``since`` on, when given); none when no pair is named ("both sides" is never guessed from how often
        states are mentioned)."""
        for m in reversed(self.mentions):
            if m.start >= index or not m.is_actor or m.kind == "demonym":
                continue
            if since is not None and m.start < since:
                break
            members = self._named_members(coordination_root(self.doc[m.end - 1]))
            if len(members) >= 2:
                return members
        return []

    def _named_members(self, root: Token) -> list[Entity]:
        """The actors named (not referred to) in a coordination: no anaphora, so no recursion."""
        found = []
        for t in sorted([root, *root.conjuncts], key=lambda t: t.i):
            m = self.mention(t) or next((self.mention(c) for c in t.children  # "minister, Phumtham"
                                         if c.dep_ == "appos" and self.mention(c) is not None), None)
            if m is not None and m.is_actor and m.kind != "demonym":
                found.extend(self._read(m, t, places=False))
        return dedupe([e for e in found if e.type in ACTOR_TYPES])

    def members_of(self, t: Token) -> list[Entity] | None:
        """"the allies", "member states", "NATO members": the bloc named by a modifier or an of-phrase,
        else the organisation or group named last before them ("Ukraine's allies", or "other allies"
        after a list of states: nothing). None when the noun is no such phrase."""
        lemma = t.lemma_.lower()
        if t.tag_ != "NNS" or not (lemma in self.words["member_nouns"] or (
                lemma in self.words["state_nouns"] and any(
                    c.dep_ == "compound" and c.lemma_.lower() == "member" for c in t.children))):
            return None
        if any(c.dep_ == "compound" and c.lower_ == "family" for c in t.children):
            return []  # "Isis family members" are relatives, not members
        orgs = ("Organization", "Group")
        whose = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        named = self.owner_of(t) + [e for o in whose for e in self.actors(o)]
        if named:
            return [e for e in named if e.type in orgs]
        # ("forty members of the security forces" are no members of the group named before, whoever they are)
        if t.dep_ == "conj" or whose:
            return []
        return last_mention(self.mentions, t.i, lambda m: m.entity.type in orgs and m.kind != "demonym"
                            and m.entity.sector is None)  # (a bloc or a named group: "Russian intelligence" has no allies)
