"""Relation extractors: plain functions ``Doc -> Iterator[Claim]``, registered under a name.

>>> sorted(EXTRACTORS)
['events', 'places', 'roles']
>>> get_extractor("verbs")
Traceback (most recent call last):
...
relgraph.errors.UsageError: unknown extractor 'verbs'; choose one of: events, places, roles
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Span

from .. import EXTRACTOR
from ..errors import unknown_name
from ..records import Article, Claim, Entity
from ..vocab import relation as relation_info
from .boilerplate import boilerplate_ranges, in_ranges
from .mentions import DocContext

Extractor = Callable[[Doc], Iterator[Claim]]
EXTRACTORS: dict[str, Extractor] = {}
ARTICLE_KEY = "relgraph_article"
CONTEXT_KEY = "relgraph_context"


def register(name: str) -> Callable[[Extractor], Extractor]:
    def add(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        return fn
    return add


def get_extractor(name: str) -> Extractor:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise unknown_name("extractor", name, list(EXTRACTORS)) from None


def context(doc: Doc) -> DocContext:
    """The doc's mention context, built once and kept in ``doc.user_data``."""
    ctx = doc.user_data.get(CONTEXT_KEY)
    if ctx is None:
        ctx = DocContext(doc)
        ctx.boilerplate = boilerplate_ranges(doc.text)
        ctx.sent_starts = [s.start for s in doc.sents]
        doc.user_data[CONTEXT_KEY] = ctx
    return ctx


def news_sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, without boilerplate lines and blank ones."""
    ctx = context(doc)
    for sent in doc.sents:
        text = sent.text.strip()
        if text and not in_ranges(sent.start_char + (len(sent.text) - len(sent.text.lstrip())),
                                  ctx.boilerplate):
            yield sent


def make_claim(doc: Doc, sent: Span, subject: Entity, relation: str, obj: Entity, **fields) -> Claim:
    """A claim whose evidence is the sentence, trimmed, with its offsets in the article text."""
    article: Article | None = doc.user_data.get(ARTICLE_KEY)
    ctx = context(doc)
    raw = sent.text
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start = sent.start_char + lead
    return Claim(
        article=article.id if article else "",
        sentence=bisect_right(ctx.sent_starts, sent.start) - 1,
        start=start,
        end=start + len(text),
        evidence=text,
        subject=subject,
        relation=relation,
        object=obj,
        date=article.date if article else None,
        **fields,
    )


def extract_doc(doc: Doc, names: Iterable[str] | None = None) -> list[Claim]:
    """Every claim of one doc, from the named extractors (all by default), deduplicated and sorted."""
    chosen = [get_extractor(n) for n in (names or EXTRACTORS)]
    seen: dict[tuple, Claim] = {}
    for extractor in chosen:
        for claim in extractor(doc):
            key = _identity(claim)
            if key not in seen or claim.confidence > seen[key].confidence:
                seen[key] = claim
    return sorted(seen.values(), key=lambda c: (c.start, c.relation, c.subject.key, c.object.key,
                                                c.polarity, c.modality))


def _identity(claim: Claim) -> tuple:
    ends = (claim.subject.key, claim.object.key)
    if relation_info(claim.relation).symmetric:
        ends = tuple(sorted(ends))
    return (claim.start, claim.relation, ends, claim.polarity, claim.modality)


def doc_for(doc: Doc, article: Article) -> Doc:
    doc.user_data[ARTICLE_KEY] = article
    return doc


__all__ = ["EXTRACTOR", "EXTRACTORS", "Extractor", "context", "extract_doc", "get_extractor",
           "make_claim", "news_sentences", "register"]

from . import roles, events, places  # noqa: E402,F401  (roles first: they tell events whom people serve)
