"""The claim graph as a networkx MultiDiGraph, and its GraphML / GEXF files (for Gephi)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..records import Claim
from ..vocab import event_codes
from .atomic import atomic_open


def to_networkx(claims: Iterable[Claim]):
    """One node per entity; one edge per (subject, relation, object, polarity, modality), with
    ``count`` claims, PLOVER/CAMEO/quad class/weight and the summed weight.

    >>> from relgraph.records import Claim, Entity
    >>> a, b = Entity("country/RUS", "Russia", "Country"), Entity("country/CHN", "China", "Country")
    >>> g = to_networkx([Claim("x", 0, 0, 1, "x", a, "supports", b)] * 2)
    >>> g.edges["country/RUS", "country/CHN", "supports|positive|asserted"]["count"]
    2
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for claim in claims:
        for e in (claim.subject, claim.object):
            if e.key not in graph:
                graph.add_node(e.key, label=e.label, type=e.type, iri=e.iri, country=e.country or "", sector=e.sector or "",
                               wikidata=e.wikidata or "", claims=0)
            graph.nodes[e.key]["claims"] += 1
        key = f"{claim.relation}|{claim.polarity}|{claim.modality}"
        u, v = claim.subject.key, claim.object.key
        if graph.has_edge(u, v, key):
            data = graph.edges[u, v, key]
            data["count"] += 1
            data["weight"] += data["goldstein"] or 0.0
            continue
        plover, cameo, quad, goldstein = event_codes(claim.relation, claim.cameo)
        graph.add_edge(u, v, key=key, relation=claim.relation, polarity=claim.polarity,
                       modality=claim.modality, plover=plover or "", cameo=cameo or "",
                       quad=quad or 0, goldstein=goldstein or 0.0, weight=goldstein or 0.0, count=1,
                       label=claim.relation)
    return graph


def write_graphml(path: str | Path, claims: Iterable[Claim]) -> Path:
    return _write(path, claims, "graphml")


def write_gexf(path: str | Path, claims: Iterable[Claim]) -> Path:
    return _write(path, claims, "gexf")


def _write(path: str | Path, claims: Iterable[Claim], fmt: str) -> Path:
    """Write ``to_networkx(claims)`` with networkx's ``write_<fmt>`` atomically."""
    import networkx as nx

    graph = to_networkx(claims)
    with atomic_open(path, "wb") as handle:
        getattr(nx, f"write_{fmt}")(graph, handle)
    return Path(path)
