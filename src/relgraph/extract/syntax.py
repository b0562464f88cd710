"""Dependency helpers every rule shares: arguments of a verb, objects behind prepositions,
appositions, coordination and noun-phrase spans. Pure functions of spaCy tokens; no resources.
"""

from __future__ import annotations

from spacy.tokens import Token

NP_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod", "quantmod"})
# Dependencies through which a clause inherits the subject of the clause above it.
INHERIT = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "acomp"})  # acomp: "X is due to meet"
# Prepositions whose gerund is done by the clause's subject: "retaliated by imposing sanctions", "after meeting X".
MANNER_PREPS = frozenset({"by", "after", "before", "while", "upon", "since", "without"})


def arguments(verb: Token, object_control: frozenset[str] = frozenset(),
              crediting: frozenset[str] = frozenset(),
              engaging: frozenset[str] = frozenset(),
              committing: frozenset[str] = frozenset(),
              statements: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> tuple[list[Token], list[Token]]:
    """Subject heads and passive patients of a verb, inheriting subjects through control and
    coordination ("vowed to support", "refused …, instead expanding trade"). ``object_control``
    verbs hand their object down ("urged Russia to end…"); ``crediting`` verbs make their object
    the doer ("thanked X for condemning…"); ``engaging`` verbs in the passive make their subject the
    doer of the gerund after them ("were engaged in attacking…"), ``committing`` verbs their active
    subject the doer of the gerund after "to" ("committed to recognising…"); a participle after a statement noun
    (``statements``: the nouns, the verbs that issue one) is done by who made the statement ("responded with a
    statement accusing X"; not "rejected the statement accusing X")."""
    # (a subject the parser hung on the verb's auxiliary is the verb's: "rebels [are] opposed to Assad")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or \
        [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in ("nsubj", "csubj")]
    relative_object = reduced_relative_object(verb)
    subjects = [c for c in subjects if c not in relative_object]  # "Kurds it had backed": it, not the Kurds
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patients and not subjects and verb.dep_ == "conj" and verb.tag_ == "VBN" \
            and not any(c.dep_ == "aux" for c in verb.children):  # "were trained and [were] equipped"
        patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    for child in verb.children:
        if child.dep_ == "agent":
            subjects += [g for g in child.children if g.dep_ == "pobj"]
    if patients and not subjects:  # "trained and equipped by the US": the last conjunct's agent is all of theirs
        subjects = [g for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" for a in c.children
                    if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if subjects or patients:
        return subjects + companions(verb, subjects), patients
    hung = [t for t in [_before(verb.left_edge)] if t is not None and next_clause_subject(t)]
    if hung:  # "objected to the invasion and Russia had urged restraint": Russia urged
        return [stray_subject(hung[0])], []
    if verb.dep_ == "ROOT" and verb.pos_ == "VERB":
        # a headline's subject hung on its verb as a modifier: "Pakistan arrests key Al-Qaeda operative"
        stray = [c for c in verb.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.pos_ in ("PROPN", "ADJ")
                 and c.tag_ in ("NNP", "NNPS", "JJ") and c.text[:1].isupper()]
        if stray:
            return stray[:1], []
    token = verb
    for _ in range(6):
        head = token.head
        if head == token:
            break
        if token.dep_ == "conj" and split_coordination(token, head):
            token = head
            continue
        if token.dep_ == "acl" and token.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            if any(c.dep_ == "dobj" for c in token.children) and head.dep_ == "ROOT":
                return [head], []  # a headline or clause misparsed: "The US-led coalition bombed Isis"
            return [], [head]  # "towns recaptured from Isis": the towns are what was done to, not who did it
        if token.dep_ == "acl" and token.tag_ == "VBG" and head.lemma_.lower() in statements[0]:
            return _issuers(head, statements[1]), []
        if token.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return [copula_subject(head) or appos_host(head)], []
        if token.dep_ == "advcl" and token.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            break  # "towns recaptured from Isis" (a bare participle) is passive: the clause's subject did not do it
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("to",) for c in token.children):
            break
        if token.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.lemma_.lower() in crediting:
            objs = [c for c in head.head.children if c.dep_ == "dobj"]
            if objs:
                return objs, []
        if token.dep_ == "xcomp" and head.lemma_.lower() in object_control:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")] or \
                [c for c in head.children if c.dep_ == "nsubjpass"]  # "X was asked by Y to…": X, not Y
            if not objs and head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
                objs = [head.head]  # "the Kurds it had backed to oust Isis": the Kurds oust
            if not objs:
                objs = reduced_relative_object(head)
            if objs:
                return objs, []
        if token.dep_ not in INHERIT or (token.dep_ == "ccomp" and has_mark(token, THAT)
                                         and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
            break  # a that-clause has a subject of its own: without one it is a misread relative clause
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            break
        found = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if token.dep_ == "xcomp":  # "Tehran was found to have supplied…": the raised subject
            found += [c for c in head.children if c.dep_ == "nsubjpass"]
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in engaging:
            found += [c for c in head.head.children if c.dep_ == "nsubjpass"]  # "jets were engaged in attacking"
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to" and head.head.lemma_.lower() in committing:
            found += [c for c in head.head.children if c.dep_ == "nsubj"]  # "Serbia committed to recognising Kosovo"
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in MANNER_PREPS \
                and head.head.pos_ in ("VERB", "AUX"):
            found += [c for c in head.head.children if c.dep_ in ("nsubj", "csubj")]  # "responded by bombing Gaza"
        found += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            return found + companions(head, found), []
        token = head
    return [], []


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Those a comitative phrase between the subject and its verb names: they act with the subject ("Putin,
    along with Erdoğan and Rouhani, is due to meet…", "Russia, together with Iran, backed…"), wherever the
    parser hung the phrase."""
    found = []
    for subject in subjects:
        for prep in verb.doc[subject.i + 1:verb.i]:
            if prep.dep_ != "prep" or not (prep.head in (subject, verb) or prep.head.is_punct):
                continue  # (not inside a clause of its own: "Putin, who flew in along with Lavrov, met…")
            if prep.lower_ == "with" and has_child_word(prep, frozenset({"together"})):
                found += [o for o in prep.children if o.dep_ == "pobj"]
            elif prep.lower_ == "along":
                found += prep_objects(prep, frozenset({"with"}))
    return found


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


def _before(token: Token) -> Token | None:
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


def appos_host(noun: Token) -> Token:
    """"Paraguay, one of the few states that …": Paraguay."""
    token = noun
    for _ in range(3):
        if token.dep_ == "appos":
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            if token.head.lower_ != "of":
                return noun  # "volunteers from 12 countries who joined": the countries, nobody's appositive
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


def _issuers(statement: Token, issuing: frozenset[str]) -> list[Token]:
    """Who made a statement: "a statement from the ministry", else the subject of the verb of issuing it hangs on
    ("the Taliban responded with a statement…", "Iran said in a statement…")."""
    named = prep_objects(statement, {"from", "by"})
    if named:
        return named
    verb = statement.head.head if statement.dep_ == "pobj" else statement.head
    if statement.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in issuing:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


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
    """"did not meet", "never backed", "has no plans to": the word carries a negation of its own."""
    return any(child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "det") and child.lower_ in negations)
               for child in token.children)


def has_child_word(token: Token, words: frozenset[str]) -> bool:
    return any(c.lower_ in words for c in token.children)


def np_left(token: Token, modifiers: frozenset[str] | tuple[str, ...] = NP_MODIFIERS) -> list[int]:
    """Token indices of a noun phrase's modifiers left of its head, and the head."""
    keep = [token.i]
    for child in token.lefts:
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
