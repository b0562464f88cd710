"""From articles to claims: spaCy's ``nlp.pipe`` over a stream, then the registered extractors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from .extract import doc_for, extract_doc
from .nlp import load_model
from .records import Article, Claim

BATCH_SIZE = 32


def extract_articles(articles: Iterable[Article], *, model: str | None = None,
                     extractors: Iterable[str] | None = None, n_process: int = 1,
                     batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[Claim]]]:
    """Stream (article, claims) pairs; articles are read lazily and never all held in memory.

    The model is loaded only once a first article arrives: an empty stream (an unchanged corpus
    on a re-run) costs no model load. With ``n_process > 1`` spaCy parses in worker processes; the
    article travels as the pipe's context and the extractors run here.
    """
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    nlp = load_model(model)
    names = list(extractors) if extractors is not None else None
    pairs = ((a.text, a) for a in chain([first], stream))
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, extract_doc(doc_for(doc, article), names)


def extract_text(text: str, *, article_id: str = "text", date: str | None = None,
                 model: str | None = None) -> list[Claim]:
    """Claims of one text.

    >>> [(c.subject.label, c.relation, c.object.label) for c in extract_text("Russia praised China.")]
    [('Russia', 'praises', 'China')]
    """
    article = Article(id=article_id, text=text, date=date)
    return next(extract_articles([article], model=model))[1]
