"""Dependency helpers every rule shares: objects behind prepositions, relative clauses,
appositions, coordination and noun-phrase spans. Pure functions of spaCy tokens; no resources.
"""

from __future__ import annotations

from spacy.tokens import Token

NP_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod", "quantmod"})


def next_clause_subject(t: Token) -> bool:
    """Whether a conjunct is really the subject of the clause after it, which the parser hung on the
    coordination before: "objected to the invasion and Russia had urged restraint" (a finite verb with
    no subject of its own follows the noun)."""
    if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN"):
        return False
    last = t
    while (more := [c for c in last.children if c.dep_ == "conj"]):
        last = more[-1]  # "…, Ankara and Washington remain": the whole rest of the chain
    if last.right_edge.i + 1 >= len(t.doc):
        return False
    after = t.doc[last.right_edge.i + 1]
    if _closing_appos(after) == last and after.i + 1 < len(t.doc):
        after = after.nbor()  # "… and the UK's minister, Tobias Ellwood, rejected": past the appositive
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    return after.tag_ in ("MD", "VBD", "VBZ", "VBP") and verb.pos_ in ("VERB", "AUX") and verb.i > t.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _closing_appos(comma: Token) -> Token | None:
    """The noun whose appositive the comma closes ("the minister, Tobias Ellwood," → minister)."""
    if comma.text != "," or comma.i == 0:
        return None
    last = comma.nbor(-1)
    return next((a.head for a in (last, *last.ancestors) if a.dep_ == "appos" and a.right_edge == last), None)


def word_before(token: Token) -> Token | None:
    """The token before ``token``; for a comma that closes an appositive, the noun it describes."""
    if token.i == 0:
        return None
    before = token.nbor(-1)
    return _closing_appos(before) or before


def stray_subject(t: Token) -> Token:
    """The first of the conjuncts that, with ``t``, are the next clause's subject: "…over Syria, Ankara
    and Washington remain at odds" → Ankara (which heads Washington)."""
    while next_clause_subject(t.head):
        t = t.head
    return t


def reduced_relative_object(verb: Token) -> list[Token]:
    """A relative clause without "that" misread as a second subject: in "Kurds it had backed" the
    parser makes "Kurds" a second subject (or a bare modifier) of "backed"; the noun right before the
    pronoun subject is the verb's object."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    if pronoun is None:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.pos_ in ("NOUN", "PROPN")
            and c.right_edge.i + 1 == pronoun.i]


THAT = frozenset({"that"})


def has_mark(verb: Token, marks: frozenset[str]) -> bool:
    """Whether a clause's verb carries one of ``marks`` ("that", "if", "to") as its marker."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def split_coordination(verb: Token, head: Token) -> bool:
    """"demanded that North Korea halt … and urged Russia …", "said his forces would comply … but has
    asked Washington …": a past or present-perfect verb conjoined to the bare verb of a that-clause
    or of a modal reported clause belongs to the clause above it (a common parser slip)."""
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                              for c in verb.children))
    return finite and head.tag_ in ("VB", "VBP") and head.dep_ == "ccomp" \
        and (has_mark(head, THAT) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))


def copula_subject(noun: Token) -> Token | None:
    """"Russia became the first country to recognise…": the subject of the copula."""
    if noun.dep_ in ("attr", "acomp", "oprd") and noun.head.lemma_ in ("be", "become", "remain"):
        return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def prep_objects(head: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the listed prepositions under ``head``, one preposition deeper too ("pull out of")."""
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            found += [g for g in child.children if g.dep_ == "pobj"]
            for g in child.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    found += [h for h in g.children if h.dep_ == "pobj"]
    return found


def by_objects(head: Token) -> list[Token]:
    """The objects of a "by" phrase under ``head`` ("sanctions by the EU", "remarks by Takaichi"); the
    first of a phrase's objects only ("the takeover of Idlib by HTS alarmed Turkey" is misread as two
    objects of "by"; a real list is one object with its conjuncts)."""
    return [objects[0] for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for objects in [[g for g in c.children if g.dep_ == "pobj"]] if objects]


PARTITIVES = frozenset({"one", "some", "many", "most", "all", "several", "each", "none", "few", "both", "either", "neither",
                        "handful", "number", "dozen", "dozens", "couple", "pair", "majority", "minority", "rest",
                        "hundreds", "thousands", "scores"})


def appos_host(noun: Token) -> Token:
    """"Paraguay, one of the few states that …": Paraguay."""
    token = noun
    for _ in range(3):
        if token.dep_ == "appos":
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            if token.head.lower_ != "of" or not (token.head.head.pos_ in ("NUM", "PRON") or token.head.head.lower_ in PARTITIVES):
                # "volunteers from 12 countries who joined": the countries, nobody's appositive; "Abu Shaima, the commander
                # of a brigade that accepted the deal": the brigade, not its commander
                return noun
            if token.head.head.dep_ == "appos":
                return token.head.head.head
        token = token.head
    return noun


def appos_root(noun: Token) -> Token:
    """"a 12-point plan … – a proposal Moscow praised": the proposal is the plan."""
    return noun.head if noun.dep_ == "appos" else noun


def coordination_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def relcl_objects(noun: Token) -> list[Token]:
    """Direct objects of a relative clause on ``noun`` ("a package that bans imports of gas")."""
    return [o for c in noun.children if c.dep_ == "relcl"
            for v in (c, *c.conjuncts) for o in v.children if o.dep_ == "dobj"]


def acted_upon(noun: Token) -> bool:
    """Whether a noun names who is acted upon: an object, a passive subject, the object of a preposition
    other than a passive's "by", or a conjunct of one ("seized two Americans and a Briton")."""
    root = coordination_root(noun)
    if root.dep_ == "pobj":
        return root.head.dep_ != "agent"
    return root.dep_ in ("dobj", "dative", "nsubjpass")


def governing_verb(token: Token) -> Token:
    """The verb a word stands under ("on Friday" → "will be highlighted"; the root when there is none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def negated(token: Token, negations: frozenset[str]) -> bool:
    """"did not meet", "never backed", "has no plans to": the word carries a negation of its own (or its auxiliary
    does: "did not, by most accounts, consult")."""
    return any(child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "det") and child.lower_ in negations)
               or (child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children)) for child in token.children)


def has_child_word(token: Token, words: frozenset[str]) -> bool:
    return any(c.lower_ in words for c in token.children)


def np_left(token: Token, modifiers: frozenset[str] | tuple[str, ...] = NP_MODIFIERS) -> list[int]:
    """Token indices of a noun phrase's modifiers left of its head, and the head."""
    keep = [token.i]
    for child in token.lefts:
        if misplaced_particle(child):
            continue
        if child.dep_ in modifiers or (child.dep_ == "punct" and child.text == "-"):
            keep.extend(t.i for t in child.subtree if t.i < token.i)
    return sorted(set(keep))


def np_label(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        out += t.text + (t.whitespace_ if t != tokens[-1] else "")
    return out.strip(" ,")


OTHER_CLAUSES = frozenset({"relcl", "advcl", "parataxis", "conj", "cc", "punct"})


def threat_targets(verb: Token) -> list[Token]:
    """Whom a warning is aimed at: what its clause acts "against", or the agents of that."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        # not inside a relative clause: "destroy the nests, a reference to forces the US used against Isis"
        for prep in (t for t in _governed(clause, OTHER_CLAUSES | {"acl"}) if t.dep_ == "prep" and t.lower_ == "against"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found.append(obj)
                found += [a for o in (obj, *obj.conjuncts) for a in by_objects(o)]
        found += by_objects(clause)  # "by the United States" may hang on the verb of the clause
        if clause.lemma_.lower() in ("pay", "face") and any(c.dep_ == "dobj" and c.lemma_.lower() in RETRIBUTION
                                                           for c in clause.children):
            found += [c for c in clause.children if c.dep_ == "nsubj"]  # "warned that Israel would pay a heavy price"
    return found


RETRIBUTION = frozenset({"price", "consequence", "retaliation", "retribution", "wrath"})


def act_words(trigger: Token) -> list[tuple[str, str]]:
    """The words an act's trigger governs (base form and text, lower case), in text order, other
    clauses left out: what the act is about ("urged Iran to release the sailors")."""
    return [(t.lemma_.lower(), t.lower_) for t in sorted(_governed(trigger, OTHER_CLAUSES), key=lambda t: t.i)]


def _governed(root: Token, prune: frozenset[str]) -> list[Token]:
    """``root`` and the tokens below it, leaving out the subtrees of children whose relation is in ``prune``."""
    found: list[Token] = []
    stack = [root]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ not in prune]
    return found


def clause_subjects(noun: Token, marks: tuple[str, ...]) -> list[Token]:
    """The subjects of clauses a noun governs under one of ``marks``: "the demand that Iran halt…",
    "a call for Iran to halt…" → Iran."""
    return [g for c in noun.children if c.dep_ in ("acl", "advcl", "ccomp") and has_mark(c, frozenset(marks))
            for g in c.children if g.dep_ == "nsubj"]


PERIODS = frozenset({"year", "decade", "month", "term"})


def ended_term(clause: Token) -> bool:
    """Whether a past-tense clause tells a term that is over: "who headed MIT for more than a decade", "until
    2023", "who once led Hamas" (not "who headed the delegation", said of the day's talks)."""
    if clause.tag_ != "VBD":
        return False
    return any((c.dep_ == "prep" and (c.lower_ in ("until", "till") or (c.lower_ == "for" and any(
        g.lemma_.lower() in PERIODS for o in c.children for g in o.subtree)))) or c.lower_ in ("once", "previously", "formerly")
        for c in clause.children)


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def gerund_conjunct_host(token: Token) -> Token | None:
    """The finite verb a finite conjunct joins when the parser hung it on a gerund, an infinitive or a said clause's
    perfect: "accused Turkey of arming rebels and condemned its build-up" (condemned joins accused), "urged Washington
    not to obstruct it and called on Tehran to…", "said his fighters had beaten back attacks and accused Turkey"; else
    None."""
    head = token.head
    if token.dep_ == "conj" and token.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" \
            and head.head.tag_ == "VBD" and not any(c.dep_ in ("aux", "nsubj") for c in token.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children):
        return head.head  # "said his fighters had beaten back attacks and accused Turkey": the speaker accused
    if token.dep_ != "conj" or token.tag_ not in FINITE or not (
            head.tag_ == "VBG" or (head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))):
        return None
    return next((a for a in head.ancestors if a.tag_ in FINITE), None)


def misplaced_particle(token: Token) -> bool:
    """Whether a word is its verb's particle that the parser hung on the verb's object: "drove back jihadists"."""
    verb = token.doc[token.i - 1] if token.i else None
    return verb is not None and token.tag_ in ("RB", "RP") and token.dep_ in ("amod", "advmod") \
        and verb.pos_ == "VERB" and token.head.dep_ == "dobj" and token.head.head == verb
