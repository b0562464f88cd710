"""The relation vocabulary, read from the ontology (the single source of truth).

>>> relation("praises").cameo, relation("praises").quad, relation("praises").parent
('051', 1, 'supports')
>>> is_a("praises", "supports"), is_a("supports", "praises")
(True, False)
>>> relation("fights")
Traceback (most recent call last):
...
relgraph.errors.UsageError: unknown relation 'fights'; choose one of: ...
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import UsageError
from .paths import ontology_file
from .records import ONTOLOGY_NS

STRUCTURAL = ("memberOf", "officialOf", "headOfStateOf", "headOfGovernmentOf", "locatedIn")


@dataclass(frozen=True, slots=True)
class RelationInfo:
    name: str
    label: str
    comment: str
    plover: str | None
    cameo: str | None
    quad: int | None
    goldstein: float | None
    parent: str | None
    symmetric: bool
    object_types: frozenset[str] = frozenset()  # entity types its object may be; empty: any

    @property
    def iri(self) -> str:
        return ONTOLOGY_NS + self.name

    @property
    def is_event(self) -> bool:
        return self.cameo is not None


@cache
def relations() -> dict[str, RelationInfo]:
    """Every relation of the ontology (sub-properties of rel:relatesTo), by local name, sorted."""
    from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

    rel = Namespace(ONTOLOGY_NS)
    g = Graph().parse(ontology_file(), format="turtle")
    root = rel.relatesTo
    found: dict[str, RelationInfo] = {}
    for prop in g.transitive_subjects(RDFS.subPropertyOf, root):
        if prop == root or not isinstance(prop, URIRef):
            continue
        name = str(prop)[len(ONTOLOGY_NS):]
        parent = g.value(prop, RDFS.subPropertyOf)
        quad = g.value(prop, rel.quadClass)
        weight = g.value(prop, rel.goldsteinWeight)
        found[name] = RelationInfo(
            name=name,
            label=str(g.value(prop, RDFS.label)),
            comment=str(g.value(prop, RDFS.comment)),
            plover=_opt(g.value(prop, rel.ploverEvent)),
            cameo=_opt(g.value(prop, rel.cameoCode)),
            quad=int(quad) if quad is not None else None,
            goldstein=float(weight) if weight is not None else None,
            parent=None if parent == root else str(parent)[len(ONTOLOGY_NS):],
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in g,
            object_types=frozenset(str(t)[len(ONTOLOGY_NS):] for t in g.objects(prop, rel.objectType)),
        )
    return dict(sorted(found.items()))


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def relation(name: str) -> RelationInfo:
    try:
        return relations()[name]
    except KeyError:
        raise UsageError(
            f"unknown relation {name!r}; choose one of: {', '.join(relations())}"
        ) from None


def relation_names() -> list[str]:
    return list(relations())


def is_a(name: str, ancestor: str) -> bool:
    """Whether relation ``name`` is ``ancestor`` or one of its sub-relations."""
    info: RelationInfo | None = relation(name)
    while info is not None:
        if info.name == ancestor:
            return True
        info = relations().get(info.parent) if info.parent else None
    return False


def event_codes(name: str, cameo: str | None = None) -> tuple[str | None, str | None, int | None, float | None]:
    """PLOVER, CAMEO, quad class and weight of a claim; a finer CAMEO code may override the relation's.

    A demand under appealsTo (CAMEO 10) is verbal conflict:

    >>> event_codes("appealsTo", "10")
    ('REQUEST', '10', 3, -5.0)
    """
    info = relation(name)
    code = cameo or info.cameo
    quad, weight = info.quad, info.goldstein
    if cameo and cameo != info.cameo:
        _, quad, weight = cameo_codes().get(cameo, (None, _quad_of(cameo), weight))
    return info.plover, code, quad, weight


def _quad_of(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One code of the CAMEO codebook (``ontology/cameo.tsv``)."""

    code: str
    label: str
    quad: int
    weight: float | None  # the code's own weight; None: a claim keeps its relation's
    parent: str | None  # None for a root (01..20)
    relation: str | None  # the relgraph relation the code maps to; None where none fits

    @property
    def root(self) -> str:
        return self.code[:2]


CAMEO_COLUMNS = ("code", "label", "quad", "weight", "parent", "relation")


@cache
def cameo_codebook() -> dict[str, CameoCode]:
    """Every CAMEO code of ``ontology/cameo.tsv``, in the file's order (roots 01..20, each with its tree).

    >>> book = cameo_codebook()
    >>> book["0211"].label, book["0211"].parent, book["0211"].relation, book["0211"].quad
    ('Appeal for economic cooperation', '021', 'appealsTo', 1)
    >>> sorted(c for c in book if book[c].parent is None)[:3], book["011"].relation
    (['01', '02', '03'], None)
    """
    path = ontology_file("cameo.tsv")
    found: dict[str, CameoCode] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("code\t"):
            continue
        cells = raw.split("\t")
        where = f"{path.name}:{number}"
        try:
            code, label, quad, weight, parent, rel = cells
            row = CameoCode(code, label, int(quad), None if weight == "-" else float(weight),
                            None if parent == "-" else parent, None if rel == "-" else rel)
        except ValueError:
            raise UsageError(f"{where}: expected '{'<TAB>'.join(CAMEO_COLUMNS)}', found {raw!r}") from None
        if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
            raise UsageError(f"{where}: bad code {code!r}; a CAMEO code is a root 01-20 and up to two more digits")
        if row.quad != _quad_of(code):
            raise UsageError(f"{where}: quad class of code {code} is {_quad_of(code)} (its root's), found {row.quad}")
        expected = code[:-1] if len(code) > 2 else None
        if row.parent != expected:
            raise UsageError(f"{where}: parent of code {code} is {expected or '-'}, found {parent!r}")
        if row.relation is not None and row.relation not in relations():
            raise UsageError(f"{where}: unknown relation {row.relation!r} for code {code}; "
                             "see ontology/relgraph.ttl")
        if row.parent is not None and row.parent not in found:
            raise UsageError(f"{where}: parent {row.parent} of code {code} must be listed before it")
        if code in found:
            raise UsageError(f"{where}: code {code} is listed twice")
        found[code] = row
    return found


@cache
def cameo_codes() -> dict[str, tuple[str, int, float]]:
    """The CAMEO codes with a weight of their own: code -> (label, quad, weight).

    A claim carrying one of them takes its quad class and weight (see :func:`event_codes`); a claim
    carrying any other code of :func:`cameo_codebook` keeps its relation's weight.

    >>> cameo_codes()["10"]
    ('Demand', 3, -5.0)
    """
    return {c.code: (c.label, c.quad, c.weight) for c in cameo_codebook().values() if c.weight is not None}
