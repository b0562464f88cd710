"""Typed records passed between the pipeline's steps.

Every step hands the next one frozen dataclasses from this module. It imports neither spaCy nor
rdflib, so records can be built, compared and serialised anywhere (workers, tests, the API).

>>> china = Entity(key="country/CHN", label="China", type="Country", country="CHN", wikidata="Q148")
>>> china.iri
'https://w3id.org/relgraph/id/country/CHN'
>>> Article(id="a1", text="Hello.").title is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote

BASE = "https://w3id.org/relgraph/"
ONTOLOGY_NS = BASE + "ontology#"
ENTITY_NS = BASE + "id/"
ARTICLE_NS = BASE + "article/"
CLAIM_NS = BASE + "claim/"
GRAPH_NS = BASE + "graph/"

EntityType = Literal[
    "Country", "Person", "Organization", "Group", "Place", "Policy", "Agreement", "Event"
]
ENTITY_TYPES: tuple[str, ...] = (
    "Country", "Person", "Organization", "Group", "Place", "Policy", "Agreement", "Event",
)
Polarity = Literal["positive", "negative"]
POLARITIES: tuple[str, ...] = ("positive", "negative")
Modality = Literal["asserted", "intended", "reported", "possible"]
MODALITIES: tuple[str, ...] = ("asserted", "intended", "reported", "possible")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a corpus file.

    ``id`` is stable: given by the source, or a hash of the text. ``origin`` names the file (and
    ``line`` the JSONL line) it came from, for error reports.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    origin: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor or concept. ``key`` is ``<kind>/<slug>`` and decides the IRI."""

    key: str
    label: str
    type: str  # one of ENTITY_TYPES
    country: str | None = None  # ISO 3166-1 alpha-3 of the state the actor is or belongs to
    wikidata: str | None = None  # QID such as "Q148"
    aliases: tuple[str, ...] = ()
    sector: str | None = None  # a sub-state actor's sector (DESIGN.md §5): "military", "rebels", …

    @property
    def iri(self) -> str:
        iri = ENTITY_NS + quote(self.key, safe="/-._~")
        return iri[:-1] + "%2E" if iri.endswith(".") else iri  # as store.mapping does for ids


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim read in one sentence of one article.

    ``evidence`` equals ``article.text[start:end]``. ``speaker`` is kept for reported speech;
    ``cameo`` overrides the relation's own code where the text says more (a demand under
    appealsTo is 10); ``qualifier`` keeps, say, the threatened act of a threat.
    """

    article: str
    sentence: int
    start: int
    end: int
    evidence: str
    subject: Entity
    relation: str
    object: Entity
    polarity: str = "positive"
    modality: str = "asserted"
    confidence: float = 0.9
    date: str | None = None
    speaker: Entity | None = None
    cameo: str | None = None
    qualifier: str | None = None
    trigger: str | None = None
    rule: str | None = None  # the extraction rule that produced the claim (``relgraph rules`` lists them)
    date_source: str | None = None  # "text": the sentence gives the date; "article": the article's date

    @property
    def is_truthy(self) -> bool:
        """Whether the claim also becomes a direct triple (DESIGN.md §4)."""
        return self.polarity == "positive" and self.modality in ("asserted", "intended", "reported")


@dataclass(frozen=True, slots=True)
class Problem:
    """A bad input item, counted and reported instead of stopping the build."""

    origin: str
    kind: str  # short machine name: empty, binary, encoding, jsonl-syntax, no-text, ...
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.kind}: {self.message}"


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What one build did."""

    articles: int = 0
    unchanged: int = 0
    claims: int = 0
    entities: int = 0
    triples: int = 0
    problems: tuple[Problem, ...] = field(default=())
    pruned: tuple[str, ...] = ()  # ids of stored articles dropped because ``prune`` was asked for
    kept: int = 0  # stored articles not in the inputs, kept (no ``prune``)
    pushed: str | None = None  # what ``endpoint`` received, as one line
    outputs_written: bool = True  # False: the graph was unchanged and the outputs were left as they were
    outputs: tuple[str, ...] = field(default=())
