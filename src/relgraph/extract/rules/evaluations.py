"""Evaluations as claims: an actor who calls an act "illegal" criticises it, one who calls it
"courageous" praises it.

Two shapes carry them. A verb of naming with an object and a predicate ("Tokyo called the measures
regrettable", "Paris called the move an act of expropriation"), and a verb of saying whose clause
judges a thing, not an actor ("Iran said the measures were illegal", "the Fifth Fleet said the
seizure violated international law", "Russia said the move had no legal basis"). The judging words
are data: ``EVALUATIVE`` rows of ``ontology/lexicon.tsv``; a row flagged ``negated`` judges only when
denied ("no legal basis", "lacks legitimacy"). The naming verb's clause is read like any other
("Tokyo could call the measures illegal" is possible).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...records import Claim
from ...resources.lexicon import LexEntry
from ..clause import read_clause
from ..context import DocContext
from ..emit import emit


def evaluation_claims(ctx: DocContext, sent: Span, verb: Token) -> Iterator[Claim]:
    """Claims of evaluation whose naming or saying verb is ``verb``."""
    lemma = verb.lemma_.lower()
    found: list[tuple[str, Token]] = []  # (relation, the judged noun)
    if lemma in ctx.words["naming"]:
        nominals = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd", "attr")]
        if len(nominals) == 2:  # "branded the YPG terrorists", "labels the YPG a terrorist group": however parsed
            judged, verdicts = nominals[:1], nominals[1:]
        elif len(nominals) == 1 and verb.dep_ == "relcl" and any(
                c.lower_ in ("which", "whom") and c.dep_ not in ("nsubj", "nsubjpass") for c in verb.children):
            judged, verdicts = [verb.head], nominals  # "the YPG, which Turkey considers a terrorist group"
        elif len(nominals) == 1 and (first := _first_of_two(nominals[0])) is not None:
            judged, verdicts = [first], nominals  # "called Maduro a dictator" parsed as one phrase
        elif not nominals and (small := [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")]):
            # "considers the YPG a terrorist organisation" parsed as a verbless clause
            judged, verdicts = [s for c in small for s in c.children if s.dep_ == "nsubj"], small
        else:
            judged = [c for c in nominals if c.dep_ == "dobj"]
            verdicts = [c for c in nominals if c.dep_ in ("oprd", "attr")]
            # "held Hamas responsible for the attack" parsed with the adjective after its noun
            verdicts += [a for j in judged for a in j.children if a.dep_ == "amod" and a.i > j.i]
            # (or hung on the verb: "held Assad personally responsible")
            verdicts += [a for a in verb.children if judged and a.dep_ == "advcl" and a.pos_ == "ADJ"]
        verdicts += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj"]
        relation = next((r for v in verdicts if (r := _judgement(ctx, v)) is not None), None)
        if relation is not None:  # (an "it" no act before it names, judged as an act, is left alone: "called it a
            # setback"; "considers it a terrorist group" is an actor's label)
            found += [(relation, it) for j in judged if (it := _it_of_the_act(verb, j)).lower_ not in ("it", "them")
                      or relation == "accuses"]
    elif lemma in ctx.lexicon.speech:
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            judged = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            relation = _clause_judgement(ctx, clause)
            if relation is not None:
                found += [(relation, j) for j in judged if _is_thing(ctx, j)]
    if not found:
        return
    subjects, _ = ctx.arguments(verb)
    reading = read_clause(verb, ctx.lexicon, ctx.words)
    for relation, judged in found:
        entry = LexEntry(verb.lemma_, relation, True, frozenset(), False, None, frozenset({"concept"}))
        yield from emit(ctx, sent, verb, entry, subjects, [judged], reading, verb, "evaluation")


def _first_of_two(noun: Token) -> Token | None:
    """A name the parser hung on the phrase after it although a determiner starts that phrase:
    "Maduro" in "called Maduro a dictator"."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    return next((c for c in noun.children if det is not None and c.dep_ in ("nmod", "compound")
                 and c.pos_ == "PROPN" and c.i < det.i), None)


def _it_of_the_act(verb: Token, judged: Token) -> Token:
    """"Denounced the decision, calling it a mistake": "it" is what the main verb acted on."""
    if judged.lower_ in ("it", "them") and verb.dep_ in ("advcl", "conj", "xcomp"):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), judged)
    return judged


def _judgement(ctx: DocContext, word: Token) -> str | None:
    """The relation a predicate word (or its adjectives, or "an act of …") expresses, if any."""
    words = [word, *(c for c in word.children if c.dep_ in ("amod", "compound"))]
    if word.lemma_.lower() in ctx.words["act_heads"]:
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                words += [obj, *(a for a in obj.children if a.dep_ == "amod")]
    denied = _denied(ctx, word)
    for w in words:
        if w.i > 0 and w.doc[w.i - 1].text == "-":
            continue  # the tail of "counter-terrorist", "anti-terror" judges the other way
        entry = ctx.lexicon.evaluative.get(w.lemma_.lower()) or ctx.lexicon.evaluative.get(w.lower_)
        if entry is None:
            continue
        relation, needs_negation = entry
        if needs_negation == denied:
            return relation
    return None


def _clause_judgement(ctx: DocContext, clause: Token) -> str | None:
    """"… were illegal", "… violated international law", "… had no legal basis"."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemma in ctx.words["copulas"]:
        for child in clause.children:
            if child.dep_ in ("acomp", "attr") and not negated:
                relation = _judgement(ctx, child)
                if relation is not None:
                    return relation
        return None
    if lemma in ctx.words["having"]:
        for child in clause.children:
            if child.dep_ == "dobj":
                entry = ctx.lexicon.evaluative.get(child.lemma_.lower())
                denied = _denied(ctx, child) or lemma == "lack" or negated
                if entry is not None and entry[1] and denied:
                    return entry[0]
        return None
    entry = ctx.lexicon.evaluative.get(lemma)
    # (a verb with a row of its own is its subject's act: "said his movement welcomed the invitation")
    if entry is not None and not entry[1] and clause.pos_ == "VERB" and not negated and ctx.lexicon.verb(lemma) is None:
        return entry[0]
    return None


def _denied(ctx: DocContext, noun: Token) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in ctx.words["negations"] for c in noun.children)


def _is_thing(ctx: DocContext, noun: Token) -> bool:
    """The judged noun names an act or thing, not an actor ("the measures", not "Russia")."""
    return noun.pos_ == "NOUN" and ctx.mention(noun) is None and not ctx.is_agent_noun(noun)
