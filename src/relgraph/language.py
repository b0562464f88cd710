"""A cheap check that an article is in English before the English model reads it.

English running text is about 40 % function words ("the", "of", "and", …); other languages written
in Latin script have few of them. An article whose words are mostly in another script, or whose
Latin-script words (at least ``MIN_WORDS``) hold under ``MIN_SHARE`` English function words, is
reported and skipped instead of silently giving no claims. A quote in another script inside an
English article does not trip it.

>>> english_share("Russia and China said the talks on trade would go on in the spring.") > MIN_SHARE
True
>>> english_share("Russland und China erklärten, die Gespräche über den Handel würden fortgesetzt.") < MIN_SHARE
True
"""

from __future__ import annotations

import re

from .records import Article, Problem

MIN_WORDS = 12
MIN_SHARE = 0.12
MIN_LATIN = 0.3  # below this share of Latin-script words the text is in another script
_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from be has have are said were its which "
    "an this not or but had will would their his her they he she we been after who also than over".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]+")


def english_share(text: str) -> float:
    """The share of English function words among the Latin-script words of ``text``."""
    words = [w for w in _WORD.findall(text[:5000].lower()) if _LATIN.fullmatch(w)]
    return sum(w in _FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def language_problem(article: Article) -> Problem | None:
    """The Problem for an article that does not look like English, else None."""
    words = _WORD.findall(article.text[:5000])
    latin = sum(bool(_LATIN.fullmatch(w)) for w in words)
    if len(words) < MIN_WORDS:
        return None
    share = english_share(article.text)
    if latin >= MIN_LATIN * len(words) and (latin < MIN_WORDS or share >= MIN_SHARE):
        return None
    return Problem(article.origin or article.id, "language",
                   f"the text does not look like English ({share:.0%} English function words); skipped — "
                   "relgraph's model reads English only", article.line)
