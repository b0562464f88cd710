"""How far the relation lexicon reaches into the CAMEO codebook (``ontology/cameo.tsv``).

A lexicon row (a VERB, NOUN or EVALUATIVE row of an event relation) reaches the CAMEO code in its
``cameo`` column, or, when that is ``-``, its relation's own code (``rel:cameoCode`` in
``relgraph.ttl``); a row at an inner code (a root such as 11) reads its "not specified" leaf (110).
A row of the topic table (``cameo_topics.tsv``) reaches each of its codes: an appeal that names a
release is 0253. A meeting in neither side's state (044) is read from its place, not from words,
and is counted as reached by the meeting rows.
A code is covered by the rows that reach it or a code below it; the leaf codes (no code below them)
are the finest event types the codebook has.

>>> found = {c.code: c for c in coverage()}
>>> found["042"].label, found["042"].relation, found["042"].leaf, found["042"].rows > 0
('Make a visit', 'visits', True, True)
>>> found["19"].rows >= found["191"].rows + found["192"].rows
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from relgraph.errors import InputError
from relgraph.resources.lexicon import Lexicon, load_lexicon
from relgraph.resources.topics import Topics, load_topics
from relgraph.vocab import cameo_codebook, relations

THIRD_LOCATION = "044"  # meet at a third location

__all__ = ["CodeCoverage", "coverage", "lexicon_codes", "uncovered_leaves"]


@dataclass(frozen=True, slots=True)
class CodeCoverage:
    """One CAMEO code, its relgraph relation, and how many lexicon rows reach it or a code below it."""

    code: str
    label: str
    relation: str | None
    leaf: bool
    rows: int

    @property
    def root(self) -> str:
        return self.code[:2]


def lexicon_codes(lexicon: Lexicon) -> Iterator[tuple[str, str, str]]:
    """``(kind, lemma, code)`` for every lexicon row of an event relation: the CAMEO code it reaches."""
    book = cameo_codebook()
    where = lexicon.path.name if lexicon.path is not None else "lexicon"
    rows = [("VERB", lemma, e.relation, e.cameo) for lemma, e in lexicon.verbs.items()]
    rows += [("ADJ", lemma, e.relation, e.cameo) for lemma, e in lexicon.adjectives.items()]
    rows += [("NOUN", lemma, e.relation, e.cameo) for lemma, es in lexicon.nouns.items() for e in es]
    rows += [("EVALUATIVE", word, rel, None) for word, (rel, _) in lexicon.evaluative.items()]
    for kind, lemma, relation, code in rows:
        code = code or relations()[relation].cameo
        if code is None:  # a structural relation (memberOf, officialOf...): no event code
            continue
        if code not in book:
            raise InputError(f"{where}: {kind} {lemma!r} carries CAMEO code {code!r}, which is not in "
                             "ontology/cameo.tsv; use a code of that table")
        yield kind, lemma, code


def coverage(lexicon: Lexicon | None = None, topics: Topics | None = None) -> list[CodeCoverage]:
    """Every code of the codebook, in its order, with the number of ``lexicon`` rows and topic rows at it
    or below it.

    ``lexicon`` defaults to the shipped one, and then ``topics`` too; a lexicon of your own is
    measured with the topic table only when one is given.
    """
    book = cameo_codebook()
    counts: Counter[str] = Counter()
    if lexicon is None:
        lexicon, topics = load_lexicon(), topics if topics is not None else load_topics()
    codes = [code for _, _, code in lexicon_codes(lexicon)]
    codes += [code for topic in (topics.topics if topics is not None else ()) for code in topic.codes]
    if any(book[c].relation == "meetsWith" for c in codes):
        codes.append(THIRD_LOCATION)  # a meeting's place, not a word, gives it (extract.emit)
    for code in codes:
        if code + "0" in book:  # a row at an inner code reads its "not specified" leaf: 11 → 110
            code += "0"
        while code is not None:  # the code and every code above it
            counts[code] += 1
            code = book[code].parent
    inner = {c.parent for c in book.values()}
    return [CodeCoverage(c.code, c.label, c.relation, c.code not in inner, counts[c.code]) for c in book.values()]


def uncovered_leaves(lexicon: Lexicon | None = None, topics: Topics | None = None) -> tuple[list[CodeCoverage], int]:
    """The leaf codes no row of ``lexicon`` reaches, and the number of leaf codes.

    >>> missing, leaves = uncovered_leaves()
    >>> 0 < len(missing) < leaves, "011" in {c.code for c in missing}
    (True, True)
    """
    leaves = [c for c in coverage(lexicon, topics) if c.leaf]
    return [c for c in leaves if not c.rows], len(leaves)
