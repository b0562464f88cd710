"""The curated actor gazetteer: countries, organisations, officials, concepts and places.

An analyst extends it by editing TSV tables (``ontology/actors/*.tsv`` and
``ontology/roles.tsv``), never code. Matching is curated rather than fuzzy: a surface form
resolves only if a table lists it. :mod:`.model` holds the lookups, :mod:`.sources` reads and
checks the tables.

>>> gaz = load_gazetteer()
>>> gaz.lookup("Russian Federation").entity.key
'country/RUS'
>>> gaz.metonym("the Kremlin").entity.label
'Russia'
>>> gaz.demonym("Nigerien").entity.key
'country/NER'
>>> gaz.role("Russian Deputy Prime Minister")
('officialOf', 'deputy prime minister')
>>> gaz.lookup("us") is None
True
"""

from relgraph.resources.gazetteer.model import (
    NAME_KINDS,
    RELATIONS,
    ActorEntry,
    Gazetteer,
    Role,
    RoleTitle,
)
from relgraph.resources.gazetteer.sources import (
    COLUMNS,
    CONCEPT_TYPES,
    ORG_TYPES,
    UN_STATUS,
    build_gazetteer,
    default_directory,
    load_gazetteer,
)
from relgraph.resources.keys import entity_key, slugify

__all__ = [
    "COLUMNS",
    "CONCEPT_TYPES",
    "NAME_KINDS",
    "ORG_TYPES",
    "RELATIONS",
    "UN_STATUS",
    "ActorEntry",
    "Gazetteer",
    "Role",
    "RoleTitle",
    "build_gazetteer",
    "default_directory",
    "entity_key",
    "load_gazetteer",
    "slugify",
]
