"""The subjects and passive patients of a verb, inherited through control, coordination and clauses
(``arguments``), with the actors acting beside them. Pure functions of spaCy tokens; no resources.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import (THAT, appos_host, copula_subject, gerund_conjunct_host, has_child_word, has_mark,
                     next_clause_subject, prep_objects, reduced_relative_object, split_coordination, stray_subject,
                     word_before)

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
    hung = [t for t in [word_before(verb.left_edge)] if t is not None and next_clause_subject(t)]
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
        if (above := gerund_conjunct_host(token)) is not None:
            # "accused Turkey of arming rebels and condemned its build-up": condemned joins accused
            found = [c for c in above.children if c.dep_ in ("nsubj", "csubj")]
            return (found + companions(above, found), []) if found else ([], [])
        if token.dep_ == "conj" and split_coordination(token, head):
            token = head
            continue
        if token.dep_ == "acl" and token.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            if any(c.dep_ == "dobj" for c in token.children) and head.dep_ == "ROOT":
                return [head], []  # a headline or clause misparsed: "The US-led coalition bombed Isis"
            return [], [head]  # "towns recaptured from Isis": the towns are what was done to, not who did it
        if token.dep_ == "acl" and token.tag_ == "VBD" and (root := token.sent.root).pos_ in ("NOUN", "PROPN") \
                and root.i < head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return [root], []  # "The SDF, which lost 11,000 fighters…, called on…" misparsed: the root noun is its subject
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
        active = token.tag_ != "VBN" or (has_child_word(token, frozenset({"has", "have", "had"}))
                                         and not any(c.dep_ == "auxpass" for c in token.children))
        if not (token.dep_ == "conj" and active and any(c.dep_ == "agent" for c in head.children)
                and any(c.dep_ == "nsubjpass" for c in head.children)):
            found += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:  # "the group has been accused by the UN … and has fought alongside Haftar": the group fought
            found += [c for c in head.children if c.dep_ == "nsubjpass"]
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
