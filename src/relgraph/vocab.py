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


@cache
def cameo_codes() -> dict[str, tuple[str, int, float]]:
    """The finer CAMEO codes a claim may carry (``ontology/cameo.tsv``): code -> (label, quad, weight).

    >>> cameo_codes()["10"]
    ('Demand', 3, -5.0)
    """
    path = ontology_file("cameo.tsv")
    found: dict[str, tuple[str, int, float]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("code\t"):
            continue
        cells = raw.split("\t")
        try:
            code, label, quad, weight = cells
            found[code] = (label, int(quad), float(weight))
        except ValueError:
            raise UsageError(f"{path.name}:{number}: expected 'code<TAB>label<TAB>quad<TAB>weight', "
                             f"found {raw!r}") from None
    return found

