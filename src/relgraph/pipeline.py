"""From articles to claims: spaCy's ``nlp.pipe`` over a stream, then the registered extractors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import logging

from .extract import doc_for, extract_doc
from .extract.boilerplate import dateline_end
from .extract.headline import common_words, headline_claims, headline_text
from .nlp import load_model
from .nlp.model import known_words
from .nlp.components import resources_of
from .records import Article, Claim, Problem
from .verify.model import SHIPPED, load_verifier, model_path

log = logging.getLogger(__name__)
DEFAULT = SHIPPED  # the shipped verifier model

BATCH_SIZE = 32


def extract_articles(articles: Iterable[Article], *, model: str | None = None,
                     extractors: Iterable[str] | None = None, n_process: int = 1,
                     batch_size: int = BATCH_SIZE, skip_errors: bool = False,
                     verifier: str | Path | None = DEFAULT) -> Iterator[tuple[Article, list[Claim] | Problem]]:
    """Stream (article, claims) pairs; articles are read lazily and never all held in memory.

    With ``skip_errors`` an extractor failing on one article yields ``(article, Problem)`` (logged)
    and the stream goes on; without, the error propagates. ``verifier`` is the path of a verifier
    model (default: the shipped one; ``None``: the rules' own confidences).

    The model is loaded only once a first article arrives: an empty stream (an unchanged corpus
    on a re-run) costs no model load. With ``n_process > 1`` spaCy parses in worker processes; the
    article travels as the pipe's context and the extractors run here.
    """
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    nlp = load_model(model)
    resources = resources_of(nlp)
    score = verifier_of(verifier)
    names = list(extractors) if extractors is not None else None
    common: frozenset[str] | None = None  # what a Title Case headline capitalises needlessly; built at the first title
    pairs = ((parsed_text(a.text), a) for a in chain([first], stream))
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            claims = extract_doc(doc_for(doc, article), names, resources, score)
            if article.title:
                common = common if common is not None else common_words(resources, known_words(nlp))
                headline = nlp(straight_apostrophes(headline_text(article.title, resources, common)))
                people = tuple({e.key: e for c in claims for e in (c.subject, c.object) if e.type == "Person"}.values())
                claims += headline_claims(extract_doc(doc_for(headline, article), names, resources, score, people),
                                          article, claims)
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not fatal
            if not skip_errors:
                raise
            yield article, extraction_problem(article, exc)
            continue
        yield article, claims


def straight_apostrophes(text: str) -> str:
    """The text with each typographic apostrophe ("Turkey’s") written straight, one character for one
    (so every offset holds): the English models parse "’s" less well than "'s"."""
    return text.replace("’", "'")


def parsed_text(text: str) -> str:
    """The article text as the model reads it, one character for one: apostrophes straightened, and a wire
    dateline's closing dash made a full stop ("KHARTOUM, Sudan - Rebel groups criticized…" made the city
    the subject)."""
    text = straight_apostrophes(text)
    head = text[:dateline_end(text)].rstrip()
    if head[-1:] in ("-", "—", "–"):
        text = text[:len(head) - 1] + "." + text[len(head):]
    return text


def verifier_of(verifier: str | Path | None = DEFAULT):
    """The scoring function of a verifier choice (``DEFAULT``: the shipped model), or None."""
    path = model_path(verifier)
    return load_verifier(path).score if path is not None else None


def extraction_fingerprint(model: str | None = None, verifier: str | Path | None = DEFAULT,
                           min_confidence: float = 0.0) -> str:
    """What claims depend on besides the article: the shipped resources' data, the model (name and
    version), the verifier model and the direct-triple threshold. It enters every article's content
    hash, so a change re-reads the corpus."""
    import hashlib

    from .nlp.model import model_fingerprint
    from .resources import load_resources

    path = model_path(verifier)
    scorer = hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.is_file() else "rules"
    text = f"{load_resources().fingerprint}\x1f{model_fingerprint(model)}\x1f{scorer}\x1f{min_confidence}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extraction_problem(article: Article, exc: Exception) -> Problem:
    """The reported skip of an article an extractor failed on (its traceback is logged at debug level)."""
    log.debug("extraction failed on article %s", article.id, exc_info=exc)
    return Problem(article.id, "extraction-error",
                   f"an extractor failed ({type(exc).__name__}: {exc}); the article was skipped "
                   "and will be read again by the next build")


def extract_text(text: str, *, article_id: str = "text", date: str | None = None,
                 model: str | None = None) -> list[Claim]:
    """Claims of one text.

    >>> [(c.subject.label, c.relation, c.object.label) for c in extract_text("Russia praised China.")]
    [('Russia', 'praises', 'China')]
    """
    article = Article(id=article_id, text=text, date=date)
    return next(extract_articles([article], model=model))[1]
