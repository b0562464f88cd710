"""The Python API: open a built graph (or start one in memory), filter claims, query, analyse, draw.

>>> import relgraph
>>> from relgraph.records import Article, Claim, Entity
>>> ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159", aliases=("Moscow",))
>>> policy = Entity("policy/one-china-policy", "One-China policy", "Policy")
>>> text = "Russia praised the One-China policy."
>>> with relgraph.Graph.in_memory() as graph:
...     _ = graph.add_claims(Article("a1", text, date="2025-05-08"),
...                          [Claim("a1", 0, 0, len(text), text, ru, "praises", policy, date="2025-05-08")])
...     [(c.subject.label, c.relation, c.object.label) for c in graph.claims(actor="Moscow", relation="supports")]
[('Russia', 'praises', 'One-China policy')]
"""

from __future__ import annotations

import datetime as dt
import html as _html
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import StoreError, UsageError, unknown_name
from .bindings import substitutions
from .daterange import DateRange, sparql_filter
from .lookup import actor_terms, find_actors
from .query import Result, run_query, with_prefixes
from .records import MODALITIES, ONTOLOGY_NS, POLARITIES, Article, Claim, Entity
from .store import GraphStore

__all__ = ["Graph", "HtmlView", "open"]

# The claim columns read back (as relgraph.store.read does). Filters are constant text: actors and
# relations become VALUES rows of RDF terms (IRIs found in the store by a query with the user's value
# bound, or relations checked against the ontology); other values are bound as terms (?polarity, ...).
_SELECT = """SELECT DISTINCT ?claim ?article ?s ?rel ?o ?pol ?mod ?conf ?ev ?start ?end ?sent ?date
       ?speaker ?cameo ?qual ?trig ?rule ?dsrc {params}
WHERE {{
{values}  ?claim a rel:Claim ; rel:subject ?s ; rel:relation ?rel ; rel:object ?o ; rel:article ?article ;
         rel:polarity ?pol ; rel:modality ?mod ; rel:confidence ?conf ; rel:evidence ?ev ;
         rel:startOffset ?start ; rel:endOffset ?end ; rel:sentence ?sent .
  OPTIONAL {{ ?claim dcterms:date ?date }}
  OPTIONAL {{ ?claim rel:speaker ?speaker }}
  OPTIONAL {{ ?claim rel:cameo ?cameo }}
  OPTIONAL {{ ?claim rel:qualifier ?qual }}
  OPTIONAL {{ ?claim rel:trigger ?trig }}
  OPTIONAL {{ ?claim rel:rule ?rule }}
  OPTIONAL {{ ?claim rel:dateSource ?dsrc }}
{filters}}}
ORDER BY ?article ?start ?rel ?s ?o ?pol ?mod
"""

_NODES = {"actor": "?_who", "subject": "?s", "object": "?o", "relation": "?rel"}
_BOUND = {
    "polarity": "  FILTER(?pol = STR(?polarity))\n",
    "modality": "  FILTER(?mod = STR(?modality))\n",
    "min_confidence": "  FILTER(?conf >= ?min_confidence)\n",
}


def claims_query(values: Mapping[str, object]) -> str:
    """The claims SELECT for checked filter values: IRI lists become VALUES rows of RDF terms,
    ``?polarity`` and ``?modality`` are left to be bound, and a date range (checked dates) becomes a
    filter that keeps a day-, month- or year-precise date wholly inside it.

    >>> praises = ox.NamedNode("https://w3id.org/relgraph/ontology#praises")
    >>> print(claims_query({"relation": [praises]}).splitlines()[3])
      VALUES ?rel { <https://w3id.org/relgraph/ontology#praises> }
    """
    rows = ""
    for name, var in _NODES.items():
        if name in values:
            terms = " ".join(str(ox.NamedNode(term.value)) for term in values[name])
            rows += f"  VALUES {var} {{ {terms} }}\n"
    if "actor" in values:
        rows += "  ?claim rel:subject|rel:object ?_who .\n"
    bound = [name for name in _BOUND if name in values]
    filters = "".join(_BOUND[n] for n in bound)
    if "since" in values or "until" in values:
        since, until = (values[k].isoformat() if k in values else None for k in ("since", "until"))
        filters += f"  FILTER(BOUND(?date))\n  {sparql_filter(DateRange(since, until), '?date')}\n"
    return _SELECT.format(values=rows, params=" ".join(f"?{n}" for n in bound), filters=filters)


def _date(option: str, value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def claim_filters(actor: str | None = None, relation: str | None = None, polarity: str | None = None,
                  modality: str | None = None, since: str | dt.date | None = None,
                  until: str | dt.date | None = None, subject: str | None = None,
                  object: str | None = None, min_confidence: float | None = None) -> dict[str, object]:
    """The checked filter values (None dropped): a bad relation, polarity, modality, date or
    confidence is a usage error."""
    from .vocab import relation as check_relation

    values: dict[str, object] = {"actor": actor, "subject": subject, "object": object}
    if relation is not None:
        values["relation"] = check_relation(relation).name
    if polarity is not None:
        if polarity not in POLARITIES:
            raise unknown_name("polarity", polarity, POLARITIES)
        values["polarity"] = polarity
    if modality is not None:
        if modality not in MODALITIES:
            raise unknown_name("modality", modality, MODALITIES)
        values["modality"] = modality
    if since is not None:
        values["since"] = _date("since", since)
    if until is not None:
        values["until"] = _date("until", until)
    if min_confidence is not None:
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)) \
                or not 0 <= min_confidence <= 1:
            raise UsageError(f"min_confidence {min_confidence!r} is not a number from 0 to 1")
        values["min_confidence"] = float(min_confidence)
    return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class HtmlView:
    """The interactive graph page; Jupyter shows it inline (an iframe whose ``srcdoc`` is the page)."""

    page: str
    height: int = 600

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{_html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:0" sandbox="allow-scripts"></iframe>')

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (atomically) and return the path."""
        from .export.atomic import atomic_write

        atomic_write(Path(path), self.page)
        return Path(path)

    def __str__(self) -> str:
        return self.page


class Graph:
    """A claim graph: an Oxigraph store with claims, evidence and the ontology's vocabulary.

    Use :func:`relgraph.open` for a built graph and :meth:`Graph.in_memory` for a scratch one.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._closed = False

    # ------------------------------------------------------------------ opening
    @classmethod
    def in_memory(cls) -> Graph:
        """An empty graph held in memory.

        >>> len(Graph.in_memory())
        0
        """
        return cls(GraphStore(None))

    @classmethod
    def open(cls, path: str | Path = "output", *, writable: bool = False) -> Graph:
        """The graph built into ``path`` (an output folder holding ``store/``, or a store folder).

        Read-only unless ``writable``; a missing store is an error saying to run ``relgraph build``.
        """
        folder = Path(path)
        store_dir = folder / "store"
        if not store_dir.is_dir() and (folder / "CURRENT").is_file():
            store_dir = folder  # a store folder itself (RocksDB's CURRENT file)
        return cls(GraphStore(store_dir, read_only=not writable))

    def close(self) -> None:
        """Flush and release the store (the graph is unusable afterwards)."""
        if not self._closed:
            self._closed = True
            self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        where = self.store.path or "memory"
        mode = "read-only" if self.store.read_only else "writable"
        return f"<relgraph.Graph {where} ({mode})>"

    # ------------------------------------------------------------------ adding
    def _check_writable(self) -> None:
        if self.store.read_only:
            raise StoreError(f"the graph '{self.store.path.parent}' is open read-only; open it with "
                             "relgraph.open(path, writable=True) to add articles")

    def add_claims(self, article: Article, claims: Iterable[Claim]) -> int:
        """Store ``claims`` as ``article``'s graph (replacing any earlier version); returns the quad count."""
        self._check_writable()
        return self.store.put_article(article, claims)

    def add_articles(self, articles: Iterable[Article], *, model: str | None = None) -> int:
        """Extract and store the claims of ``articles`` (spaCy model loaded once); returns the claim count."""
        from .pipeline import extract_articles, extraction_fingerprint

        self._check_writable()
        total, fingerprint = 0, extraction_fingerprint(model)
        for article, claims in extract_articles(articles, model=model):
            self.store.put_article(article, claims, fingerprint=fingerprint)
            total += len(claims)
        return total

    def add_text(self, text: str, *, id: str | None = None, date: str | None = None,
                 title: str | None = None, model: str | None = None) -> list[Claim]:
        """Extract and store the claims of one text (its id defaults to a hash of the text)."""
        from .readers.files import text_id

        if date is not None:
            date = _date("date", date).isoformat()
        article = Article(id=id or text_id(text), text=text, title=title, date=date)
        self._check_writable()
        from .pipeline import extract_articles, extraction_fingerprint

        _, claims = next(extract_articles([article], model=model))
        self.store.put_article(article, claims, fingerprint=extraction_fingerprint(model))
        return claims

    # ------------------------------------------------------------------ reading
    def claims(self, actor: str | None = None, relation: str | None = None, polarity: str | None = None,
               modality: str | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, *, subject: str | None = None,
               object: str | None = None, fold: bool = False,
               min_confidence: float | None = None) -> Iterator[Claim]:
        """Claims matching every filter given, in a stable order (article, offset, relation…).

        ``actor`` matches the subject or the object (``subject`` / ``object`` only that side) by
        label or alias (any case), ISO3 code (countries), Wikidata QID, IRI, or a capital for its
        state ("Moscow": Russia); a name that matches no entity is a usage error naming the closest
        names. ``relation`` includes its sub-relations (``supports`` also finds ``praises``);
        ``since`` / ``until`` are inclusive dates and leave out undated claims. The values are bound
        in SPARQL, never pasted into it. With ``fold`` a state's own agents and its office holders
        count as the state (``relgraph.analysis.fold``), also for the actor filters;
        ``min_confidence`` keeps the claims the verifier is at least that sure of.
        """
        if fold:
            return self._folded(actor, subject, object, relation=relation, polarity=polarity,
                                modality=modality, since=since, until=until, min_confidence=min_confidence)
        values = claim_filters(actor, relation, polarity, modality, since, until, subject, object, min_confidence)
        for side in ("actor", "subject", "object"):
            if side in values:
                values[side] = actor_terms(self.store, str(values[side]))
        if "relation" in values:
            values["relation"] = _subrelations(str(values["relation"]))
        bound = {k: v for k, v in values.items() if k in _BOUND}
        result = self.store.query(with_prefixes(claims_query(values)), substitutions=substitutions(bound))
        return self._records(result)

    def _folded(self, actor, subject, object, **filters: Any) -> Iterator[Claim]:
        """``claims(..., fold=True)``: names are checked now, claims folded as they are read."""
        from .analysis.fold import fold, folded, state_index
        from .store.read import entities

        ents = entities(self.store)
        state_of = state_index(ents.values())
        wanted = {side: {folded(ents[node.value], state_of).key for node in actor_terms(self.store, name)
                         if node.value in ents}
                  for side, name in (("actor", actor), ("subject", subject), ("object", object)) if name}

        def keep(claim: Claim) -> bool:
            ends = {claim.subject.key, claim.object.key}
            return not (("actor" in wanted and not ends & wanted["actor"])
                        or ("subject" in wanted and claim.subject.key not in wanted["subject"])
                        or ("object" in wanted and claim.object.key not in wanted["object"]))

        return (claim for claim in fold(self.claims(**filters), state_of) if keep(claim))

    def resolve(self, name: str) -> list[ox.NamedNode]:
        """The entities ``name`` stands for: by label or alias (any case), ISO3 code of a country,
        Wikidata QID (``Q159``), IRI, or a capital for its state; sorted by IRI (empty if none)."""
        return find_actors(self.store, name)

    def _records(self, result) -> Iterator[Claim]:
        from .store.read import entities

        ents = entities(self.store)
        for row in result:
            yield _claim(row, ents)

    def dataframe(self, **filters: Any):
        """The filtered claims as a pandas DataFrame: one row per claim, flat columns like the
        claims JSONL (``subject_label``, ``object_country``, ``goldstein``…)."""
        import pandas as pd

        from .export.records import claim_dict

        rows = [flat_claim(claim_dict(c)) for c in self.claims(**filters)]
        return pd.DataFrame(rows, columns=list(DATAFRAME_COLUMNS))

    def sparql(self, query: str, /, **bindings: object) -> Result:
        """Run SPARQL over the graph (relgraph's prefixes predeclared, default graph = all graphs).

        Each keyword binds a selected variable to a value as an RDF term (``str`` → literal; see
        ``relgraph.bindings``), so values never change the query's shape.
        """
        return run_query(self.store, query, bindings=bindings)

    def evidence(self, subject: str, relation: str, object: str) -> list[Claim]:
        """Every claim that ``subject relation object`` (sub-relations included, any polarity or
        modality); each claim's ``evidence`` is the sentence."""
        return list(self.claims(relation=relation, subject=subject, object=object))

    def articles(self) -> dict[str, dict]:
        """Article metadata by id: title, date, url, source."""
        from .store.read import articles

        return articles(self.store)

    # ------------------------------------------------------------------ analysis and drawing
    def to_networkx(self, **filters: Any):  # filters as for claims(), fold included
        """The (filtered) claims as a networkx MultiDiGraph: one node per entity, one edge per
        (subject, relation, object, polarity, modality) with relation, polarity, quad class, weight
        and claim ``count``."""
        from .export.network import to_networkx

        return to_networkx(self.claims(**filters))

    def timeline(self, a: str, b: str, *, fold: bool = False):
        """Claims between actors ``a`` and ``b`` (either direction) by month, as a DataFrame whose
        ``.plot()`` draws them (``relgraph.analysis.plot``).

        Columns: ``month`` (YYYY-MM; "undated" last), ``claims`` (all), ``cooperation`` /
        ``conflict`` (events, i.e. positive claims that are not merely possible, of quad class 1–2 /
        3–4) and ``goldstein`` (the events' summed weights). With ``fold`` a state's own agents and
        office holders count as the state.
        """
        from .analysis.plot import timeline_frame

        pair = list(dict.fromkeys([*self.claims(subject=a, object=b, fold=fold),
                                   *self.claims(subject=b, object=a, fold=fold)]))
        return timeline_frame(pair, a, b)

    def balance(self, actor: str | None = None, *, fold: bool = False, since: str | dt.date | None = None,
                until: str | dt.date | None = None, min_confidence: float | None = None):
        """The cooperation–conflict balance by month over the whole graph, or of the events ``actor``
        takes part in, as a DataFrame whose ``.plot()`` draws it (``relgraph.analysis.plot``).

        What the saved query ``balance`` gives per pair, summed over the pairs: ``month`` (YYYY-MM;
        "undated" last), ``claims`` (events between two different entities: positive claims, not
        merely possible, of a relation with a quad class), ``cooperation`` / ``conflict`` (quad class
        1–2 / 3–4) and ``balance`` (their summed Goldstein weights). The filters are as for
        :meth:`claims`.
        """
        from .analysis.plot import balance_frame

        claims = self.claims(actor=actor, since=since, until=until, fold=fold, min_confidence=min_confidence)
        return balance_frame(claims, actor)

    def html(self, **options: Any) -> HtmlView:
        """The interactive graph page (``title``, ``max_nodes``, ``focus``, ``since``, ``until``,
        ``relations`` as for ``relgraph html``); shows inline in Jupyter. ``focus`` names an actor
        as ``claims(actor=...)`` does."""
        from .export.html import generate_html
        from .export.records import claim_dict

        height = options.pop("height", 600)
        if options.get("focus") is not None:
            options["focus"] = focus_names(self.store, options["focus"])
        page = generate_html([claim_dict(c) for c in self.claims()], self.articles(), **options)
        return HtmlView(page, height)


def open(path: str | Path = "output", *, writable: bool = False) -> Graph:  # noqa: A001
    """Open the graph built into ``path`` (default ``output/``); see :meth:`Graph.open`."""
    return Graph.open(path, writable=writable)


# ---------------------------------------------------------------------- rows and records

DATAFRAME_COLUMNS = (
    "article", "sentence", "start", "end", "evidence",
    "subject_iri", "subject_label", "subject_type", "subject_country", "subject_wikidata",
    "relation",
    "object_iri", "object_label", "object_type", "object_country", "object_wikidata",
    "polarity", "modality", "confidence", "plover", "cameo", "quad", "goldstein", "date", "extractor",
    "speaker_iri", "speaker_label", "qualifier",
)


def flat_claim(record: Mapping[str, Any]) -> dict[str, Any]:
    """A claims-JSONL dict with its nested actors flattened to ``subject_label``-style keys."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            out.update({f"{key}_{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return {column: out.get(column) for column in DATAFRAME_COLUMNS}


def focus_names(store: GraphStore, name: str) -> list[str]:
    """A focus actor for the HTML page: the name itself, then the IRIs the graph finds for it
    (aliases included), so the page's own lookup sees both and its error names what was typed."""
    return [str(name), *(node.value for node in find_actors(store, str(name)))]


def _subrelations(name: str) -> list[ox.NamedNode]:
    """The relation and its sub-relations (``supports``: praises, supports) as IRIs."""
    from .vocab import is_a, relations

    return [ox.NamedNode(ONTOLOGY_NS + r) for r in relations() if is_a(r, name)]


def _claim(row, ents: Mapping[str, Entity]) -> Claim:
    from .store.read import claim_from_row

    return claim_from_row(row, dict(ents))
