"""What the clause around a trigger says about it: polarity, modality, speaker, and control verbs.

Walking up from the trigger verb: a ``neg`` child ("did not condemn") or "neither … nor" makes the
claim negative; "may", "could", "if" make it possible; "will", or a control verb such as "vowed to",
make it intended; "refused to" turns the act into a rejection and "threatened to" into a threat;
a verb of saying above it makes it reported, with the speaker kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..resources.lexicon import Lexicon
from ..resources.words import Words
from .syntax import gerund_conjunct_host, governing_verb, has_child_word, has_mark, negated, split_coordination

CLIMB = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "dep", "parataxis"})


@dataclass(frozen=True, slots=True)
class ClauseReading:
    polarity: str = "positive"
    modality: str = "asserted"
    transform: str | None = None  # "rejects" / "threatens" / "appealsTo": the control verb's own relation
    control: Token | None = None  # the verb that transforms the act
    speaker: Token | None = None  # the subject head of a verb of saying above the act
    via_speech: Token | None = None
    sought: bool = False  # only asked or wished of its doer ("urged Iran to halt…"): no claim of its own


WHEN_MARKS = frozenset({"when", "once", "after", "before"})  # a time clause under a future one is future
HAVE = frozenset({"have"})  # "would have joined": a counterfactual
DEONTIC = frozenset({"must", "should", "ought"})  # under a verb of saying: what the speaker asks of someone


def _recommended(verb: Token) -> bool:
    """Whether a verb carries "must", "should" or "ought": what someone asks or recommends, not an act done."""
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)


def _has_to(trigger: Token, speech: Token) -> bool:
    """Whether the act under a verb of saying is one someone "has (had) to" do: "said Iranian forces had to leave"."""
    token = trigger
    while token.head != token and token != speech:
        if token.dep_ == "xcomp" and token.head.lemma_.lower() == "have":
            return True
        token = token.head
    return False


def read_clause(trigger: Token, lexicon: Lexicon, words: Words) -> ClauseReading:
    """Polarity, modality and control of the act whose trigger (a verb, or a light verb) is given."""
    negations, conditional = words["negations"], words["conditional_marks"]
    negative = negated(trigger, negations)
    modality = _aux_modality(trigger, words)
    transform = control = speaker = via = None
    # "Britain should stand with Paris", "must recognise Palestine": only recommended, no act ("must have known": supposed)
    sought = _recommended(trigger) and not has_child_word(trigger, HAVE)
    token, other_doer = trigger, False
    while token.dep_ in CLIMB and token.head != token:
        head = token.head
        if token.dep_ == "ccomp" and token.i < head.i and any(
                c.dep_ == "dobj" and c.i > token.i and c.lemma_.lower() in words["hearsay_nouns"] for c in head.children):
            break  # "X expelled them over the hacking, a charge the Kremlin denies", misparsed: X's act is no charge
        if has_mark(token, frozenset({"whether"})) and token.tag_ == "VB":
            sought = True  # "will decide whether to ban Iranian oil": an open question, no act
        if token.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "give" and token.tag_ == "VB" \
                and any(c.lemma_.lower() in words["time_units"] for c in head.children):
            sought = True  # "gave Qatar ten days to cut ties with Iran": an ultimatum, nothing done
            break
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and head.dep_ == "xcomp" and _infinitive_conjunct(head, head.head):
            token = head.head  # "vowed to avenge the killings and later fired rockets": fired, not vowed
            continue
        if (above := gerund_conjunct_host(token)) is not None:
            token = above  # "accused Turkey of arming rebels and condemned its build-up": condemned, not alleged
            continue
        if token.dep_ == "conj" and not _infinitive_conjunct(token, head):
            # "demanded that X halt … and urged Y": "urged" belongs to the clause above the that-clause
            if modality == "asserted" and token.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in token.children):
                modality = _aux_modality(head, words)  # "Iran would stay in the deal and negotiate with…": both to come
                sought = sought or _recommended(head)
            token = head.head if split_coordination(token, head) else head
            continue
        if token.dep_ == "advcl" and has_mark(token, conditional):
            modality = "possible"
            if has_mark(token, frozenset({"unless"})) and _threatening(head, lexicon):
                sought = True  # "threatened to behead him unless Japan pulled out": the ultimatum's demand
        if token.dep_ == "pcomp" and head.lower_ in ("of", "for") and _accusing(head.head, lexicon):
            modality = "possible"  # "accused Kigali of backing the M23", "blamed Iran for arming…": alleged
            break
        if head.pos_ == "NOUN" and _unsure_of(token, head, words):
            modality = "possible"  # "fears that Russia will invade", "the claim that Iran armed…"
            break
        if token.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in words["possibility_nouns"]:
            modality = "possible"  # "the prospect of Russia invading Ukraine"
            break
        if token.dep_ == "pcomp" and head.lower_ == "to" and head.dep_ == "prep" \
                and head.head.lemma_.lower() in words["committing"]:
            head = head.head  # "committed to recognising Kosovo": the act is pledged
        phrasal = _phrasal_control(head, lexicon)
        if token.dep_ in ("xcomp", "pcomp", "conj") or (token.dep_ == "ccomp" and head.lemma_.lower() in lexicon.control
                                                    and head.lemma_.lower() not in lexicon.speech | lexicon.infinitive_only) \
                or (phrasal is not None and token.dep_ == "advcl" and token.tag_ == "VBG"):
            # "ruled out attacking Ukraine": a particle verb's gerund is read as its complement
            value = phrasal or _control_value(head, lexicon)
            if other_doer and (value not in (None, "asserted") or negated(head, negations)):
                sought = True  # "refused to allow Israel to strike Iran": Israel's strike, not the refuser's act
                break
            # "will remain determined to retake Idlib", "are hardly likely to attack": an adjective's
            # tense and negation are its copula's
            clause = head.head if head.dep_ == "acomp" else head
            head_negated = negated(head, negations) or negated(clause, negations)
            if value == "intended" and head.lemma_.lower() in words["desiring"] and (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) or any(c.dep_ == "dobj" for c in head.children)):
                value = "sought"  # "Syria wants Turkey to leave Idlib": another's act, only wished for
            if value == "sought":
                sought = True
            elif value in ("intended", "possible", "reported", "asserted") and modality == "asserted":
                modality = value
            elif value == "denied" and head_negated:
                modality = "possible"  # "did not rule out attacking": neither done nor denied
            elif value in ("negative", "denied"):
                negative = not negative
            elif value in ("rejects", "threatens") and transform is None:
                transform, control = value, head
            if head_negated and value != "denied":
                negative = not negative
            if modality == "asserted":
                modality = _aux_modality(clause, words)
            # from here up, the acts are another's than the inner verb's doer ("allowed Israel to strike")
            other_doer = other_doer or any(c.dep_ in ("dobj", "dative") for c in head.children) if token.dep_ == "xcomp" \
                else other_doer or (token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children))
        elif token.dep_ == "ccomp" and head.lemma_.lower() in lexicon.speech:
            speaker = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            via = head
            if (_recommended(trigger) or _recommended(token) or _has_to(trigger, head) or _subjunctive(token)) \
                    and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in token.children):
                sought = True  # "Bolton said Turkey must not (has to) attack…": asked of Turkey ("it must": its own)
            break
        elif token.dep_ in ("advcl", "relcl", "acl", "dep", "parataxis"):
            if token.dep_ == "acl" and token.tag_ == "VB" and head.lemma_.lower() in words["threat_nouns"] \
                    and transform is None:
                transform, control = "threatens", head  # "Turkey's threat to invade Syria": a threat to Syria
                modality = _aux_modality(governing_verb(head), words)  # made, though its act is to come
            elif token.dep_ == "acl" and token.tag_ == "VB" and head.lemma_.lower() in words["intending_nouns"] \
                    and modality == "asserted":
                modality = "intended"  # "Trump's decision to withdraw the troops"
                if head.dep_ == "dobj" and head.head.lemma_.lower() in words["reversing"]:
                    negative = not negative  # "Sudan reversed its decision to expel Oxfam"
            elif token.dep_ == "acl" and token.tag_ == "VB" and head.lemma_.lower() in words["attempt_nouns"] \
                    and modality == "asserted":
                modality = "possible"  # "any attempt by Congress to block the deal": tried at most
            elif token.dep_ in ("acl", "advcl") and head.pos_ == "NOUN" and modality == "asserted" \
                    and head.lemma_.lower() in words["request_nouns"]:
                sought = True  # "the UN's demand that Russia withdraw", "calls for Russia to withdraw"
            elif token.dep_ == "advcl" and modality == "asserted" and _until(token) \
                    and _aux_modality(governing_verb(head), words) in ("intended", "possible"):
                modality = "possible"  # "sanctions would stay until Russia handed Crimea back": a condition
            elif token.dep_ == "advcl" and token.tag_ == "VB" and modality == "asserted":
                modality = _aux_modality(head, words)  # "may feel emboldened to launch an assault"
                if modality == "asserted" and _control_value(head, lexicon) == "intended" \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                    modality = "intended"  # "had undertaken to buy", parsed as a purpose clause
                if modality == "asserted" and head.lemma_.lower() in words["resisting"] \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                    sought = True  # "resisted pressure to criticise Israel": only asked of them
                if modality == "asserted" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                        and (outer := read_clause(head, lexicon, words).modality) in ("intended", "possible"):
                    modality = outer  # "is expected to travel to Ankara to press for a ceasefire": the purpose too
            elif token.dep_ in ("advcl", "relcl") and modality == "asserted" \
                    and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in token.children) \
                    and _aux_modality(governing_verb(head), words) == "intended":
                modality = "intended"  # "… will be highlighted on Friday, when Iran hosts a summit": still to come
            break
        token = head
    if has_mark(trigger, conditional) or (trigger.dep_ == "pcomp" and trigger.head.lower_ == "without") \
            or (transform != "threatens" and any(c.dep_ == "advcl" and has_mark(c, conditional) for c in trigger.children)):
        # "if Russia agrees", "could not fly without Russia agreeing", "would boycott talks if…"
        modality = "possible"
    if speaker is None:
        speaker = _according_to(trigger)
    return ClauseReading("negative" if negative else "positive", modality, transform, control,
                         speaker, via, sought)


def refused_outright(reading: ClauseReading) -> ClauseReading:
    """The reading of an act refused that is no rejection of its object ("refused to condemn the attack"
    rejects no attack): the act itself, negated."""
    return replace(reading, transform=None, control=None, polarity="negative" if reading.polarity == "positive" else "positive")


def _unsure_of(clause: Token, noun: Token, words: Words) -> bool:
    """Whether a clause under a noun states only a fear, a claim or a rumour, not a fact ("fears that",
    "the claim that", "no evidence that"); a statement's medium is no doubt ("said in a report that")."""
    if clause.dep_ not in ("acl", "advcl", "ccomp") or (noun.dep_ == "pobj" and noun.head.lower_ == "in") \
            or has_mark(clause, frozenset({"to"})):
        return False
    lemma = noun.lemma_.lower()
    return lemma in words["possibility_nouns"] or lemma in words["hearsay_nouns"]


def _subjunctive(verb: Token) -> bool:
    """A bare verb with its own subject and no auxiliary, in a that-clause: only demanded ("insisted that
    Tbilisi sign such accords")."""
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _infinitive_conjunct(verb: Token, head: Token) -> bool:
    """Whether a to-infinitive is conjoined to a finite verb whose complement it continues ("agreed to a
    ceasefire and to pull their fighters out": the pull-out is agreed, not done)."""
    return verb.tag_ == "VB" and head.tag_ != "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _threatening(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb threatens, or is the act a threat names ("threatened to behead him")."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else None):
        entry = lexicon.verb(v.lemma_.lower()) if v is not None else None
        if (entry is not None and entry.relation == "threatens") or (v is not None and _control_value(v, lexicon) == "threatens"):
            return True
    return False


def _control_value(verb: Token, lexicon: Lexicon) -> str | None:
    """The control value of a verb's lemma, or of its third-person or past form's stem when the model
    mislemmatises it ("hopes", "hoped" read as forms of "hop")."""
    value = lexicon.control.get(verb.lemma_.lower())
    if value is None and verb.tag_ == "VBZ" and verb.lower_.endswith("s"):
        value = lexicon.control.get(verb.lower_[:-1])
    if value is None and verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed"):
        value = lexicon.control.get(verb.lower_[:-1]) or lexicon.control.get(verb.lower_[:-2])
    return value


def _phrasal_control(verb: Token, lexicon: Lexicon) -> str | None:
    """The control value of a verb with its particle ("rule out"), if the lexicon lists one."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lexicon.control.get(f"{verb.lemma_.lower()} {particle}") if particle else None


def _accusing(word: Token, lexicon: Lexicon) -> bool:
    """Whether a word accuses ("accused … of", "blamed … for", "charges of"), by the lexicon."""
    lemma = word.lemma_.lower()
    entries = (lexicon.verb(lemma),) if word.pos_ in ("VERB", "AUX") else lexicon.noun(lemma)
    return any(e is not None and e.relation == "accuses" for e in entries)


def _until(clause: Token) -> bool:
    """Whether a clause is marked "until" or "only when" ("peace will come only when the Taliban stop…")."""
    words = {t.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") for t in (c, *c.children)}
    return "until" in words or {"only", "when"} <= words


def _aux_modality(verb: Token, words: Words) -> str:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words["hedging_adverbs"]:
            return "reported"  # "Israel allegedly struck a ship": on someone's word
        if child.dep_ == "advmod" and child.lower_ in words["doubting_adverbs"]:
            return "possible"  # "Russia possibly supplied the missile"
        if child.dep_ in ("aux", "auxpass"):
            word = child.lower_
            if word in words["possible_aux"]:
                return "possible"
            if word in words["intended_aux"]:
                return "intended"
            if word == "would":  # "would have joined": it did not happen, only might have
                return "possible" if has_mark(verb, words["conditional_marks"]) or has_child_word(verb, HAVE) else "intended"
            if word == "to" and _still_to_come(verb):
                return "intended"
    return "asserted"


def _still_to_come(verb: Token) -> bool:
    """An infinitive that states a plan by itself: a headline's "Bush to visit China", "British Minister
    to Visit North Korea", "Karzai is to visit Pakistan", and "a summit to be held in Tehran"."""
    if verb.dep_ in ("acl", "csubjpass") and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children):
        return True
    if verb.dep_ == "ROOT":
        return any(c.dep_.startswith("nsubj") for c in verb.children)
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _according_to(verb: Token) -> Token | None:
    """"…, according to X" — X is the speaker."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for grand in child.children:
                for obj in grand.children if grand.dep_ == "prep" else [grand]:
                    if obj.dep_ == "pobj":
                        return obj
    return None


def unrealised(noun: Token, words: Words) -> str | None:
    """The modality an event noun's adjective gives it: "the planned visit" intended, "possible sanctions"
    possible; an act one is "committed to" is a goal, intended ("committed to talks between X and Y"); None else."""
    said = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in words["committing"]:
        return "intended"
    return "possible" if said & words["possible_modifiers"] else "intended" if said & words["planned_modifiers"] else None


def noun_negated(noun: Token, words: Words) -> bool:
    """"no support for X", "neither aid nor …"."""
    return any(c.dep_ in ("det", "neg", "preconj") and c.lower_ in words["negations"] for c in noun.children)
