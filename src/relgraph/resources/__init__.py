"""The resources layer: the curated data files under ``ontology/`` turned into typed tables.

This layer reads the gazetteer's TSV tables, ``roles.tsv``, the relation lexicon, the word lists
the rules read (``words.tsv``) and the topics of acts (``cameo_topics.tsv``), checks them,
and hands out plain objects. It depends only on :mod:`relgraph.records`, :mod:`relgraph.errors`,
:mod:`relgraph.paths` and :mod:`relgraph.vocab`; no NLP library is imported here, so the data can
be loaded and validated anywhere.

:class:`Resources` bundles what extraction needs, together with a ``fingerprint`` of the exact
bytes it came from, so results built from different data can be told apart.

>>> res = load_resources()
>>> res is load_resources(), len(res.fingerprint)
(True, 64)
>>> res.gazetteer.lookup("Russian Federation").key, res.lexicon.verb("visit").relation
('country/RUS', 'visits')
>>> [path.name for path in res.files][-3:]
['words.tsv', 'cameo_topics.tsv', 'relgraph.ttl']
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from relgraph.paths import ontology_file
from relgraph.resources.gazetteer import Gazetteer, load_gazetteer
from relgraph.resources.lexicon import Lexicon, load_lexicon, read_lexicon
from relgraph.resources.sectors import Sectors, load_sectors
from relgraph.resources.topics import Topics, load_topics
from relgraph.resources.words import Words, load_words
from relgraph.resources.world import WorldPlaces, load_world_places
from relgraph.resources.world import versions as world_versions

__all__ = ["Resources", "load_resources"]


@dataclass(frozen=True, eq=False)
class Resources:
    """The loaded gazetteer and lexicon, and the data files they were built from.

    ``files`` lists the gazetteer's tables (in reading order), the lexicon file and the ontology
    (``relgraph.ttl``, which defines the relations the lexicon may name). A gazetteer or lexicon
    built in memory contributes no files.
    """

    gazetteer: Gazetteer
    lexicon: Lexicon
    words: Words
    sectors: Sectors
    topics: Topics

    @property
    def files(self) -> tuple[Path, ...]:
        lexicon = (self.lexicon.path,) if self.lexicon.path is not None else ()
        topics = (self.topics.path,) if self.topics.path is not None else ()
        return (*self.gazetteer.files, *self.sectors.files, *lexicon, self.words.path, *topics,
                ontology_file("relgraph.ttl"))

    @functools.cached_property
    def world(self) -> WorldPlaces:
        """Cities and first-level subdivisions of every state (:mod:`.world`), loaded on first use."""
        return load_world_places()

    @functools.cached_property
    def fingerprint(self) -> str:
        """SHA-256 (hex) over the bytes of :attr:`files`, in that order; hashed on first use only.

        Each file enters as its byte length then its bytes, so content cannot shift from one file
        into the next unnoticed. Paths are not hashed: a copy of the data gives the same value.
        """
        digest = hashlib.sha256()
        for path in self.files:
            data = path.read_bytes()
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        digest.update(world_versions().encode())  # the world places' data packages
        return digest.hexdigest()


def _load(gazetteer_dir: Path | str | None, lexicon_path: Path | str | None) -> Resources:
    lexicon = load_lexicon() if lexicon_path is None else read_lexicon(Path(lexicon_path))
    own = Path(gazetteer_dir) / "actors" if gazetteer_dir is not None else None
    sectors = load_sectors(own if own is not None and (own / "agents.tsv").is_file() else None)
    resources = Resources(load_gazetteer(gazetteer_dir), lexicon, load_words(), sectors, load_topics())
    resources.fingerprint  # noqa: B018 - hash the files now, right after they were read
    return resources


@functools.lru_cache(maxsize=1)
def _default_resources() -> Resources:
    return _load(None, None)


def load_resources(
    gazetteer_dir: Path | str | None = None,
    lexicon_path: Path | str | None = None,
) -> Resources:
    """The gazetteer from ``gazetteer_dir`` and the lexicon from ``lexicon_path``.

    Either left out means the shipped data. With both left out the result is built once per
    process; an explicit folder or file is read afresh on every call.
    """
    if gazetteer_dir is None and lexicon_path is None:
        return _default_resources()
    return _load(gazetteer_dir, lexicon_path)
