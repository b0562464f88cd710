"""Extractors by name, and the one entry point that runs them on a Doc.

An extractor is a plain function ``DocContext -> Iterator[Claim]`` registered under a name. The
context (the Doc, its article, the resources, the resolved mentions and role phrases) is built once
per Doc and read-only, so extractors may run in any order and give the same claims.

>>> sorted(EXTRACTORS)
['events', 'places', 'roles']
>>> get_extractor("verbs")
Traceback (most recent call last):
...
relgraph.errors.UsageError: unknown extractor 'verbs'; choose one of: events, places, roles
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from ..errors import unknown_name
from ..records import Article, Claim, Entity
from ..resources import Resources
from ..vocab import relation as relation_info
from .context import DocContext
from .rules.backing import backer_claims, backing_claims, loyalty_claims
from .rules.demands import demand_claims
from .rules.evaluations import evaluation_claims
from .rules.nouns import noun_claims
from .rules.places import places
from .rules.roles import roles
from .rules.verbs import verb_claims, verbless_visit

Extractor = Callable[[DocContext], Iterator[Claim]]
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
ARTICLE_KEY = "relgraph_article"


def events(ctx: DocContext) -> Iterator[Claim]:
    """Event claims from verbs, evaluations and event nouns (the ``events`` extractor)."""
    for sent in ctx.sentences:
        for token in sent:
            pos, dep = token.pos_, token.dep_  # (read once: most tokens give no claim, and each rule asks)
            if pos == "ADJ" and dep == "acomp":
                yield from verb_claims(ctx, sent, token)  # "has been critical of Beijing"
            if pos in ("VERB", "AUX") or (pos == "NOUN" and dep == "ROOT"):
                yield from verb_claims(ctx, sent, token)
                yield from evaluation_claims(ctx, sent, token)
                yield from demand_claims(ctx, sent, token)
            if pos in ("NOUN", "PROPN") or (token.tag_ == "VBZ" and dep in NOMINAL_DEPS):
                yield from noun_claims(ctx, sent, token)  # ("airstrikes" tagged a verb yet a subject: a noun)
                yield from verbless_visit(ctx, sent, token)
                yield from backer_claims(ctx, sent, token)
            if dep in ("amod", "compound", "acl", "acomp"):
                yield from backing_claims(ctx, sent, token)
                yield from loyalty_claims(ctx, sent, token)


EXTRACTORS: dict[str, Extractor] = {"events": events, "places": places, "roles": roles}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor of your own under ``name`` (it then runs with the others)."""
    def add(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        return fn
    return add


def get_extractor(name: str) -> Extractor:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise unknown_name("extractor", name, list(EXTRACTORS)) from None


def doc_for(doc: Doc, article: Article) -> Doc:
    """Attach the article a Doc was parsed from (its id and date go on the claims)."""
    doc.user_data[ARTICLE_KEY] = article
    return doc


def extract_doc(doc: Doc, names: Iterable[str] | None = None, resources: Resources | None = None,
                score: Callable[[Claim], float] | None = None, people: tuple[Entity, ...] = ()) -> list[Claim]:
    """Every claim of one doc, from the named extractors (all by default), deduplicated and sorted;
    ``score`` (a verifier) replaces each claim's rule confidence with its estimate; ``people`` are
    persons named elsewhere in the article, whom a lone surname here may mean."""
    chosen = [get_extractor(n) for n in (names or EXTRACTORS)]
    ctx = DocContext(doc, resources, doc.user_data.get(ARTICLE_KEY), people)
    seen: dict[tuple, Claim] = {}
    for extractor in chosen:
        for claim in extractor(ctx):
            if score is not None:
                claim = replace(claim, confidence=score(claim))
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
