"""Extraction beyond one process: a local process pool and a Dask distributed cluster.

Both cut the article stream into batches, run spaCy *and* the extractors where the batch lands
(each worker loads the model once) and hand back ``(article, claims)`` pairs in input order, so the
one writer (the build, in this process) stores exactly what a one-process build stores. At most
``window`` batches are in flight, so memory stays constant in the corpus size.

>>> list(batches(iter("abcde"), 2))
[['a', 'b'], ['c', 'd'], ['e']]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from itertools import islice

from .errors import UsageError
from .records import Article, Claim, Problem

Result = list[tuple[Article, list[Claim] | Problem]]
BATCH_SIZE = 16


def batches(items: Iterator, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one may be shorter)."""
    while chunk := list(islice(items, size)):
        yield chunk


def extract_batch(articles: list[Article], model: str | None = None,
                  extractors: tuple[str, ...] | None = None, verifier: str | None = "default") -> Result:
    """Claims of a batch of articles, in this process (the model is loaded once per process); an
    article an extractor fails on comes back with a Problem instead of claims."""
    from .pipeline import extract_articles

    return [(article, claims) for article, claims in
            extract_articles(articles, model=model, extractors=extractors, batch_size=len(articles) or 1,
                             skip_errors=True, verifier=verifier)]


def _ordered(submit: Callable[[list[Article]], Future], articles: Iterable[Article], batch_size: int,
             window: int) -> Iterator[tuple[Article, list[Claim]]]:
    """Submit batches, at most ``window`` pending, and yield their results in input order."""
    pending: deque[Future] = deque()
    for batch in batches(iter(articles), batch_size):
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


# ---------------------------------------------------------------------- local processes
def _load_in_worker(model: str | None) -> None:
    from .nlp import load_model

    load_model(model)


def pool_extract(articles: Iterable[Article], n_process: int, *, model: str | None = None,
                 extractors: Iterable[str] | None = None, batch_size: int = BATCH_SIZE,
                 verifier: str | None = "default") -> Iterator[tuple[Article, list[Claim]]]:
    """Extract with ``n_process`` worker processes (forked; each loads the model once).

    Nothing starts until the first article arrives, so an empty stream costs nothing.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    names = tuple(extractors) if extractors is not None else None
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_load_in_worker,
                             initargs=(model,)) as pool:
        yield from _ordered(lambda batch: pool.submit(extract_batch, batch, model, names, verifier),
                            _chain(first, stream), batch_size, window=2 * n_process)


# ---------------------------------------------------------------------- Dask
def _model_plugin(model: str | None):
    """A Dask worker plugin that loads the spaCy model when the worker starts (once per worker)."""
    from distributed import WorkerPlugin

    class RelgraphModel(WorkerPlugin):
        name = f"relgraph-model-{model or 'default'}"

        def __init__(self, model: str | None) -> None:
            self.model = model

        def setup(self, worker) -> None:
            _load_in_worker(self.model)

    return RelgraphModel(model)


def connect(address, timeout: str = "10s"):
    """A ``distributed.Client`` for a scheduler address (or the client itself, when given one)."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs the 'distributed' package: pip install 'dask[distributed]'") from None
    if isinstance(address, Client):
        return address
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(f"cannot reach the Dask scheduler at {address!r} ({reason}); start one with "
                         "'dask scheduler' and give its tcp://HOST:PORT address") from None


def dask_extract(articles: Iterable[Article], address, *, model: str | None = None,
                 extractors: Iterable[str] | None = None, batch_size: int = BATCH_SIZE,
                 window: int | None = None, verifier: str | None = "default") -> Iterator[tuple[Article, list[Claim]]]:
    """Extract on a Dask cluster; ``address`` is a scheduler address or a ``distributed.Client``.

    Each task is one batch; results come back as records and are yielded in input order.
    """
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    client = connect(address)
    own = client is not address
    try:
        client.register_plugin(_model_plugin(model))
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        names = tuple(extractors) if extractors is not None else None
        yield from _ordered(lambda batch: client.submit(extract_batch, batch, model, names, verifier, pure=False),
                            _chain(first, stream), batch_size, window=window or 2 * workers)
    finally:
        if own:
            client.close()


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest
