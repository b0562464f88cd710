"""An Oxigraph store seen through rdflib's ``Dataset`` API, written one article at a time.

Writes go through the underlying ``pyoxigraph.Store`` in one ``extend`` call per article, which is
atomic: after a crash an article's graph is either whole or absent (and then re-read, since its
content hash is absent too).

Concurrency: Oxigraph (RocksDB) allows one writing process, which holds a lock on the store's ``LOCK``
file; a second writer gets a clear error. Oxigraph's read-only opener takes no lock, and reading
while another process writes is undefined behaviour (RocksDB may delete files the reader still
needs). So a read-only ``GraphStore`` holds a *shared* lock on ``LOCK`` (a Linux open-file-description
lock, which conflicts with RocksDB's own lock): readers refuse to open while a build writes, a build
refuses to start while readers read, and any number of readers share the store.
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError
from ..records import ENTITY_NS, GRAPH_NS, Article, Claim
from .mapping import (
    ENTITIES_GRAPH, SCHEMA_URL, article_iri, article_quads, claim_entities, content_hash, entity_quads,
    graph_iri, local_id, rel,
)


class GraphStore:
    """The claim graph. ``GraphStore(None)`` is in memory; ``GraphStore(path)`` lives on disk.

    >>> store = GraphStore()
    >>> store.article_ids()
    []
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, fingerprint: str = "",
                 min_confidence: float = 0.0) -> None:
        self.fingerprint = fingerprint  # of the extraction that fills it (see mapping.content_hash)
        self.min_confidence = min_confidence  # direct triples only from claims at least this sure
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._reader_lock: int | None = None
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").is_file():
                    raise StoreError(f"no graph store at '{self.path}'; run 'relgraph build' first")
                if self.path.resolve() in _WRITING:
                    raise StoreError(f"the graph store '{self.path}' is open for writing in this process; "
                                     "read it through that store")
                self._reader_lock = _shared_lock(self.path)
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
                _WRITING.add(self.path.resolve())
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
            self._unlock()
            raise open_error(self.path, exc) from None
        except StoreError:
            self._unlock()
            raise
        self._dataset = None
        # entity descriptions known to be in the store as they are, so an unchanged one is not rewritten
        self._described: dict[ox.NamedNode, frozenset[ox.Quad]] = {}

    # ------------------------------------------------------------------ rdflib view
    @property
    def dataset(self):
        """The store as an rdflib ``Dataset`` (oxrdflib), sharing this Oxigraph store."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore
            from rdflib import Dataset

            self._dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
        return self._dataset

    # ------------------------------------------------------------------ writing
    def stored_hash(self, article_id: str) -> str | None:
        quads = self.ox.quads_for_pattern(article_iri(article_id), rel("contentHash"), None,
                                          graph_iri(article_id))
        for quad in quads:
            return quad.object.value
        return None

    def is_current(self, article: Article) -> bool:
        """Whether the store already holds exactly this version of the article."""
        return self.stored_hash(article.id) == content_hash(article, self.fingerprint)

    def put_article(self, article: Article, claims: Iterable[Claim], *, fingerprint: str | None = None) -> int:
        """Replace the article's graph with these claims; returns the number of quads written.
        ``fingerprint`` (default: the store's) is that of the extraction the claims come from."""
        claims = list(claims)
        quads = article_quads(article, claims, self.fingerprint if fingerprint is None else fingerprint,
                              self.min_confidence)
        entities = entity_quads(claim_entities(claims).values())
        self._write(lambda: self._replace(article.id, quads, entities))
        return len(quads)

    def _replace(self, article_id: str, quads: list[ox.Quad], entities: list[ox.Quad]) -> None:
        g = graph_iri(article_id)
        before = self._entities_in(g)
        described: dict[ox.NamedNode, set[ox.Quad]] = {}
        for quad in entities:
            described.setdefault(quad.subject, set()).add(quad)
        added: list[ox.Quad] = []
        for node, wanted in described.items():  # the latest description wins: a renamed entity keeps one label
            if self._described.get(node) == wanted:
                continue
            stored = set(self.ox.quads_for_pattern(node, None, None, ENTITIES_GRAPH))
            for old in stored - wanted:
                self.ox.remove(old)
            added.extend(wanted - stored)
            self._described[node] = frozenset(wanted)
        if self.ox.contains_named_graph(g):
            self.ox.remove_graph(g)
        self.ox.extend(added + quads)
        self._drop_unreferenced(before - described.keys())

    def add_urls(self, article_id: str, urls: Iterable[str]) -> None:
        """Record more source URLs of a stored article (the same text read from other files)."""
        a, g = article_iri(article_id), graph_iri(article_id)
        quads = [ox.Quad(a, SCHEMA_URL, ox.Literal(url), g) for url in sorted(set(urls))]
        if quads:
            self._write(lambda: self.ox.extend(quads))

    def remove_article(self, article_id: str) -> None:
        """Drop the article's graph, and the descriptions of entities no other article names."""
        g = graph_iri(article_id)

        def remove() -> None:
            if self.ox.contains_named_graph(g):
                named = self._entities_in(g)
                self.ox.remove_graph(g)
                self._drop_unreferenced(named)

        self._write(remove)

    def _entities_in(self, g: ox.NamedNode) -> set[ox.NamedNode]:
        """Entities an article's graph names (as the object of some statement)."""
        return {q.object for q in self.ox.quads_for_pattern(None, None, None, g)
                if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(ENTITY_NS)}

    def drop_orphan_entities(self) -> int:
        """Drop the descriptions of entities no article names any more; returns how many. An
        article's write and the cleanup of the entities it no longer names are two steps, so a build
        killed between them leaves orphans: every build ends with this sweep."""
        described = {q.subject for q in self.ox.quads_for_pattern(None, None, None, ENTITIES_GRAPH)}
        orphans = [node for node in described
                   if not any(q.graph_name != ENTITIES_GRAPH for q in self.ox.quads_for_pattern(None, None, node))]
        if orphans:
            self._write(lambda: self._drop_unreferenced(orphans))
        return len(orphans)

    def _drop_unreferenced(self, nodes: Iterable[ox.NamedNode]) -> None:
        for node in nodes:
            if not any(q.graph_name != ENTITIES_GRAPH for q in self.ox.quads_for_pattern(None, None, node)):
                for old in list(self.ox.quads_for_pattern(node, None, None, ENTITIES_GRAPH)):
                    self.ox.remove(old)
                self._described.pop(node, None)

    def _write(self, action) -> None:
        if self.read_only:
            raise StoreError(f"the graph store '{self.path}' is open read-only")
        try:
            action()
        except OSError as exc:
            raise StoreError(f"cannot write the graph store '{self.path}': {_first_line(exc)}") from None

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.ox.flush()

    # ------------------------------------------------------------------ reading
    def article_ids(self) -> list[str]:
        """Ids of the stored articles, sorted."""
        ids = [local_id(g.value, GRAPH_NS) for g in self.ox.named_graphs()
               if g != ENTITIES_GRAPH and g.value.startswith(GRAPH_NS)]
        return sorted(ids)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.ox)

    def __len__(self) -> int:
        return len(self.ox)

    def in_memory_copy(self) -> GraphStore:
        """This store copied into memory through one sequential dump, for readers that scan it many
        times (the exports): an in-memory scan is an order of magnitude faster than RocksDB's."""
        copy = GraphStore()
        with tempfile.TemporaryDirectory(prefix="relgraph-copy-") as tmp:
            dump = Path(tmp) / "store.nq"
            self.ox.dump(str(dump), ox.RdfFormat.N_QUADS)
            copy.ox.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        return copy

    def query(self, sparql: str, **options):
        """Run SPARQL with the default graph as the union of all graphs, or of the ``default_graph``
        list given (pyoxigraph's options; see ``relgraph.daterange.dataset``)."""
        if "default_graph" not in options:
            options["use_default_graph_as_union"] = True
        return self.ox.query(sparql, **options)

    def close(self) -> None:
        if not hasattr(self, "ox"):
            return
        self.flush()
        self._dataset = None
        del self.ox
        if self.path is not None and not self.read_only:
            _WRITING.discard(self.path.resolve())
        self._unlock()

    def __del__(self) -> None:  # a store dropped without close() must not stay registered or locked
        if self.path is not None and not self.read_only and hasattr(self, "ox"):
            _WRITING.discard(self.path.resolve())
        if getattr(self, "_reader_lock", None) is not None:
            self._unlock()

    def _unlock(self) -> None:
        if self._reader_lock is not None:
            os.close(self._reader_lock)
            self._reader_lock = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_WRITING: set[Path] = set()  # stores this process has open for writing
_FLOCK = "hhqqi4x"  # struct flock on 64-bit Linux: type, whence, start, len, pid (+ padding)


def _shared_lock(path: Path) -> int | None:
    """Hold a shared lock on the store's LOCK file; raise the in-use error while a writer holds it.

    Returns the descriptor to close when done, or None where no lock can be taken (no LOCK file, or
    a system without open-file-description locks).
    """
    command = getattr(fcntl, "F_OFD_SETLK", None)
    if command is None:
        return None
    try:
        fd = os.open(path / "LOCK", os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.fcntl(fd, command, struct.pack(_FLOCK, fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0))
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise in_use_error(path) from None
        return None
    return fd


def in_use_error(path: Path | None) -> StoreError:
    return StoreError(f"the graph store '{path}' is in use by another relgraph process; "
                      "wait for it to finish or choose another --store")


def open_error(path: Path | None, exc: BaseException) -> StoreError:
    """The one-line error for a store that cannot be opened: in use, damaged, or not a store folder.

    >>> str(open_error(Path("out/store"), OSError("IO error: While lock file: out/store/LOCK: "
    ...                                            "Resource temporarily unavailable")))
    "the graph store 'out/store' is in use by another relgraph process; wait for it to finish or choose another --store"
    """
    text = _first_line(exc)
    if any(mark in text for mark in ("/LOCK:", "lock file", "lock hold")):
        return in_use_error(path)
    if isinstance(exc, RuntimeError) or text.startswith("Corruption"):
        return StoreError(f"the graph store '{path}' is damaged ({text}); delete the folder and run "
                          "'relgraph build' again")
    return StoreError(f"cannot open the graph store '{path}' ({text}); check the folder or choose another --store")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
