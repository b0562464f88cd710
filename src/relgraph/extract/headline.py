"""An article's headline read as one more sentence: wire items often say who did what to whom only
there ("Israel Seals Off Gaza Strip"). The parser reads Title Case badly, so the headline is first set
in sentence case — a capitalised word is lowered when it is a common word of the lexicon or a stop
word and names no actor or place — with its agency tags blanked; the text keeps the title's length,
so a claim's offsets index the title itself. Headline claims carry sentence ``HEADLINE`` (-1) and
their evidence is ``article.title[start:end]``; one the body also states is left to the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..records import Article, Claim
from ..resources import Resources
from .resolve.mentions import CONCEPT_TYPES

HEADLINE = -1  # the sentence index of a claim read in the headline
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# a trailing source note: "(AP)", "(Update1)", "(Canadian Press)", " - Media", " -Witnesses"
_NOTE = re.compile(r"(\s*\([^()]{1,40}\)\s*|\s+-\s*[A-Z][\w ]{0,30})$")
_SUFFIXES = (("ies", "y"), ("es", ""), ("ed", ""), ("ing", ""), ("s", ""), ("d", ""))
MAX_NAME = 4  # words a protected name may span
NAMED = frozenset({"Country", "Person", "Organization", "Group", "Place"})  # not concepts ("Sanctions")


def headline_text(title: str, resources: Resources, common: frozenset[str] | None = None) -> str:
    """The title as the parser should read it, the same length as ``title``; ``common`` are the words
    to lower (default: :func:`common_words` without the model's lemmas).

    >>> from relgraph.resources import load_resources
    >>> headline_text("Powell Presses North Korea on Talks (AP)", load_resources())
    'Powell presses North Korea on talks     '
    """
    text = title
    while (note := _NOTE.search(text)) is not None and note.start() > 0:
        text = text[:note.start()] + " " * (len(text) - note.start())
    words = list(_WORD.finditer(text))
    capitalised = [w for w in words[1:] if len(w.group()) > 3]
    if not capitalised or sum(w.group()[0].isupper() for w in capitalised) < 0.7 * len(capitalised):
        return text  # already a sentence
    named = _named(words, resources)
    common = common_words(resources) if common is None else common
    chars = list(text)
    for i, w in enumerate(words):
        word, lower = w.group(), w.group().lower()
        if i not in named and word[0].isupper() and not word.isupper() and _is_common(lower, common):
            chars[w.start()] = lower[0]
    return "".join(chars)


def _named(words: list[re.Match], resources: Resources) -> set[int]:
    """Indexes of the words inside a name the gazetteer knows ("North Korea", "Security Council")."""
    gaz = resources.gazetteer
    found: set[int] = set()
    for size in range(MAX_NAME, 0, -1):
        for i in range(len(words) - size + 1):
            span = words[i].string[words[i].start():words[i + size - 1].end()]
            entries = [look(span) for look in (gaz.lookup, gaz.demonym, gaz.metonym, gaz.place)]
            if any(e is not None and e.entity.type in NAMED for e in entries) \
                    or (size == 1 and gaz.persons_named(span)):
                found.update(range(i, i + size))
    return found


def common_words(resources: Resources, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words a Title Case headline capitalises that name nothing: stop words, every word of the
    lexicon's triggers, agent terms and role titles, and ``known`` English lemmas (the model's verbs
    and adverbs: "Surge", "Ahead"). Built once per run, not per headline."""
    lex = resources.lexicon
    lemmas = [*lex.verbs, *lex.nouns, *lex.light, *lex.control, *lex.speech, *lex.concept_heads,
              *lex.generic, *lex.agents, *lex.evaluative, *resources.sectors.terms, *resources.gazetteer.titles]
    return frozenset(STOP_WORDS) | frozenset(w for lemma in lemmas for w in lemma.split()) | known


def _is_common(word: str, common: frozenset[str]) -> bool:
    return word in common or any(word.endswith(end) and word[:-len(end)] + add in common
                                 for end, add in _SUFFIXES if len(word) > len(end) + 2)


def headline_claims(claims: Iterable[Claim], article: Article, body: list[Claim]) -> list[Claim]:
    """The claims read in the headline, indexed into ``article.title``, without those the body states
    (a plan or policy the body names in other words counts as stated: "Sudan Rejects US-Sponsored
    Darfur Resolution" over "Sudan rejected a US-sponsored draft resolution")."""
    stated = {(c.subject.key, c.relation, c.object.key, c.polarity) for c in body}
    concepts = {(c.subject.key, c.relation, c.polarity) for c in body if c.object.type in CONCEPT_TYPES}
    title = article.title or ""
    return [replace(c, sentence=HEADLINE, evidence=title[c.start:c.end]) for c in claims
            if (c.subject.key, c.relation, c.object.key, c.polarity) not in stated
            and not (c.object.type in CONCEPT_TYPES and (c.subject.key, c.relation, c.polarity) in concepts)]
