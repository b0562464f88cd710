"""What an act is about (``ontology/cameo_topics.tsv``): cue phrases that give an appeal, a demand, a
promise, a refusal, a threat or a protest its finer CAMEO leaf code ("urged Iran to release the
sailors" is 0253, an appeal for a release).

Each row names a topic, its cue phrases (base forms, lower case) and the codes it refines into; every
code must be in the codebook. :meth:`Topics.refine` picks the one code a claim's cues allow.

>>> topics = load_topics()
>>> topics.refine("02", "appealsTo", ["urge", "iran", "to", "release", "the", "sailor"])
'0253'
>>> topics.refine("13", "threatens", ["threaten", "sanction"]), topics.refine("12", "rejects", ["reject"])
('1312', None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..paths import ontology_file
from ..vocab import cameo_codebook, relations
from .tables import read_table

WORD = re.compile(r"'s|\w+|[^\w\s]")  # a cue's words as the tokenizer splits them ("women's" → women, 's)
GAP = 2  # words that may stand between two words of a cue ("lift the sanctions")
# words that turn a topic into its end ("urged Russia to end its military cooperation" is no appeal for
# cooperation); a cue that itself starts with one ("end the crackdown", "cut aid") is read as written
ENDING = frozenset({"end", "stop", "halt", "cease", "cut", "suspend", "abandon", "reduce", "curb", "scrap", "freeze"})


@dataclass(frozen=True, slots=True)
class Topic:
    """One subject matter: its cue phrases (each a tuple of base forms) and the codes it refines into."""

    name: str
    cues: tuple[tuple[str, ...], ...]
    codes: tuple[str, ...]


class Topics:
    """The topic table, with the codebook's relation of every code."""

    def __init__(self, path: Path | None, topics: Sequence[Topic]) -> None:
        self.path = path
        self.topics = tuple(topics)
        book = cameo_codebook()
        self._relation = {code: book[code].relation for t in self.topics for code in t.codes}
        self.relations = frozenset(self._relation.values())  # the relations whose claims a topic may refine
        self._defaults = {name: r.cameo for name, r in relations().items()}

    def refine(self, code: str | None, relation: str, words: Sequence[str | tuple[str, ...]]) -> str | None:
        """The finer code the ``words`` (in text order; each a word or the forms of one word, such
        as its base form and its text) give a claim of ``relation`` whose code is ``code`` (None:
        the relation's own). Every topic named narrows the codes: "a hunger strike" (142) for
        rights (14x3) is 1423. None when no code, or more than one, fits every topic named."""
        code = code or self._defaults.get(relation)
        if code is None:
            return None
        own = code == self._defaults.get(relation)
        forms = [(w,) if isinstance(w, str) else tuple(w) for w in words]
        named = []
        for topic in self.topics:
            if any(_contains(forms, cue) for cue in topic.cues):
                mine = [c for c in topic.codes if self._relation[c] == relation]
                below = [c for c in mine if c.startswith(code) and c != code]
                found = below or (mine if own else [])  # a suicide bomber's attack is 1831, though attacks is 18
                if found:  # a topic with no code for this claim says nothing of it
                    named.append(found)
        fits = {c for found in named for c in found
                if all(any(c.startswith(other) for other in others) for others in named)}
        deepest = {c for c in fits if not any(o != c and o.startswith(c) for o in fits)}
        return deepest.pop() if len(deepest) == 1 else None

    def codes(self) -> set[str]:
        """Every code the table can give."""
        return {code for t in self.topics for code in t.codes}


def _contains(words: Sequence[tuple[str, ...]], cue: tuple[str, ...]) -> bool:
    """Whether the cue's words occur in order, at most ``GAP`` other words between two of them, and
    not right after a word that ends the topic."""
    for start, word in enumerate(words):
        if cue[0] not in word or (cue[0] not in ENDING and any(
                ENDING.intersection(w) for w in words[max(0, start - GAP - 1):start])):
            continue
        at, ok = start, True
        for part in cue[1:]:
            nxt = next((i for i in range(at + 1, min(at + 2 + GAP, len(words))) if part in words[i]), None)
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return True
    return False


@cache
def load_topics(path: Path | None = None) -> Topics:
    """The topic table at ``path`` (default ``ontology/cameo_topics.tsv``); a bad row is one error
    naming its file and line."""
    path = path or ontology_file("cameo_topics.tsv")
    book = cameo_codebook()
    topics = []
    for row in read_table(path, ("topic", "cues", "codes"), what="topic table"):
        cues = tuple(tuple(WORD.findall(cue.lower())) for cue in row.list("cues"))  # "precision-guided": 3 words
        codes = row.list("codes")
        if not cues or not codes:
            raise row.fail("a topic needs at least one cue and one code")
        unknown = [c for c in codes if c not in book]
        if unknown:
            raise row.fail(f"unknown CAMEO code {unknown[0]!r}; use a code of ontology/cameo.tsv")
        if any(book[c].relation is None for c in codes):
            bad = next(c for c in codes if book[c].relation is None)
            raise row.fail(f"CAMEO code {bad!r} has no relgraph relation, so no claim can carry it")
        topics.append(Topic(row.cells["topic"], cues, codes))
    return Topics(path, topics)
