"""Network analysis of the claim graph: who is central, which blocs cooperate, how each pair relates.

An *event* is a positive claim, not merely ``possible``, of a relation with a quad class (structural
relations such as ``headOfStateOf`` are not events); quad classes 1–2 are cooperation, 3–4 conflict,
and its weight is the Goldstein-style weight of DESIGN.md §4 (a finer CAMEO code may override it).
The *actor graph* links actors (countries, persons, organisations, groups) by events.

>>> from relgraph.records import Claim, Entity
>>> ru, cn = Entity("country/RUS", "Russia", "Country"), Entity("country/CHN", "China", "Country")
>>> claims = [Claim("a", 0, 0, 1, "x", ru, "supports", cn), Claim("a", 1, 2, 3, "y", cn, "criticizes", ru)]
>>> [(d.a, d.b, d.claims, d.cooperation, d.conflict, d.weight) for d in dyads(claims)]
[('China', 'Russia', 2, 1, 1, 1.5)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from ..records import Claim, Entity
from ..vocab import event_codes, relation

ACTOR_TYPES = ("Country", "Person", "Organization", "Group")
TIMELINE_COLUMNS = ("month", "claims", "cooperation", "conflict", "goldstein")
BALANCE_COLUMNS = ("month", "claims", "cooperation", "conflict", "balance")
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Ranked:
    key: str
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Bloc:
    """A community of the cooperation graph: its members' labels (sorted) and keys."""

    members: tuple[str, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dyad:
    """One unordered pair of actors (``a`` ≤ ``b`` by label)."""

    a: str
    b: str
    claims: int
    cooperation: int
    conflict: int
    weight: float


@dataclass(frozen=True)
class Analysis:
    degree: tuple[Ranked, ...]
    betweenness: tuple[Ranked, ...]
    pagerank: tuple[Ranked, ...]
    blocs: tuple[Bloc, ...]
    dyads: tuple[Dyad, ...]

    def as_dict(self) -> dict:
        return {name: [asdict(item) for item in getattr(self, name)]
                for name in ("degree", "betweenness", "pagerank", "blocs", "dyads")}


def event(claim: Claim) -> tuple[int, float] | None:
    """(quad class, weight) of a claim that is an event, else ``None``."""
    if claim.polarity != "positive" or claim.modality == "possible":
        return None
    _, _, quad, weight = event_codes(claim.relation, claim.cameo)
    if quad is None:
        return None
    return quad, weight or 0.0


def _is_actor(entity: Entity) -> bool:
    return entity.type in ACTOR_TYPES


def actor_graph(claims: Iterable[Claim]):
    """A weighted ``nx.DiGraph`` of actors linked by events (``weight`` = number of events)."""
    import networkx as nx

    return _event_graph(nx.DiGraph(), claims, max_quad=4)


def cooperation_graph(claims: Iterable[Claim]):
    """An undirected weighted ``nx.Graph`` of actors linked by cooperation events (quad 1–2)."""
    import networkx as nx

    return _event_graph(nx.Graph(), claims, max_quad=2)


def _event_graph(graph, claims: Iterable[Claim], *, max_quad: int):
    """Add to ``graph`` the events of quad class up to ``max_quad`` between two distinct actors."""
    for claim in claims:
        found = event(claim)
        if found is None or found[0] > max_quad or not (_is_actor(claim.subject) and _is_actor(claim.object)):
            continue
        u, v = claim.subject.key, claim.object.key
        if u == v:
            continue
        graph.add_node(u, label=claim.subject.label)
        graph.add_node(v, label=claim.object.label)
        weight = graph.edges[u, v]["weight"] + 1 if graph.has_edge(u, v) else 1
        graph.add_edge(u, v, weight=weight)
    return graph


def _ranking(graph, scores: dict[str, float], top: int) -> tuple[Ranked, ...]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], graph.nodes[kv[0]]["label"], kv[0]))
    return tuple(Ranked(k, graph.nodes[k]["label"], round(s, 6)) for k, s in ranked[:top])


def pagerank(graph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank by power iteration over the ``weight`` of a DiGraph's edges (networkx's own
    ``pagerank`` needs SciPy); dangling nodes spread their rank evenly.

    >>> import networkx as nx
    >>> g = nx.DiGraph([("a", "b"), ("c", "b")])
    >>> ranks = pagerank(g)
    >>> max(ranks, key=ranks.get), round(sum(ranks.values()), 6)
    ('b', 1.0)
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {u: sum(d.get("weight", 1) for _, _, d in graph.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_weight[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, data in graph.edges(data=True):
            new[v] += alpha * rank[u] * data.get("weight", 1) / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def centrality(claims: Iterable[Claim], top: int = 10) -> dict[str, tuple[Ranked, ...]]:
    """The ``top`` actors by degree, betweenness and PageRank centrality of the actor graph."""
    import networkx as nx

    graph = actor_graph(claims)
    if graph.number_of_nodes() == 0:
        return {"degree": (), "betweenness": (), "pagerank": ()}
    return {
        "degree": _ranking(graph, nx.degree_centrality(graph), top),
        "betweenness": _ranking(graph, nx.betweenness_centrality(graph), top),
        "pagerank": _ranking(graph, pagerank(graph), top),
    }


def blocs(claims: Iterable[Claim], *, seed: int = 7) -> tuple[Bloc, ...]:
    """Communities (Louvain, fixed seed) of the cooperation graph with two or more members,
    largest first."""
    import networkx as nx

    graph = cooperation_graph(claims)
    if graph.number_of_edges() == 0:
        return ()
    found = []
    for community in nx.community.louvain_communities(graph, weight="weight", seed=seed):
        if len(community) < 2:
            continue
        members = sorted(community, key=lambda k: (graph.nodes[k]["label"], k))
        found.append(Bloc(tuple(graph.nodes[k]["label"] for k in members), tuple(members)))
    return tuple(sorted(found, key=lambda b: (-len(b.members), b.members)))


def dyads(claims: Iterable[Claim]) -> tuple[Dyad, ...]:
    """Per unordered pair of actors: claims of event relations between them (any polarity or
    modality), cooperation and conflict events and the events' summed weight; most claims first."""
    counts: dict[tuple[Entity, Entity], list] = defaultdict(lambda: [0, 0, 0, 0.0])
    for claim in claims:
        s, o = claim.subject, claim.object
        if s.key == o.key or not (_is_actor(s) and _is_actor(o)) or not relation(claim.relation).is_event:
            continue
        pair = (s, o) if (s.label, s.key) <= (o.label, o.key) else (o, s)
        _tally(counts[pair], claim)
    out = [Dyad(a.label, b.label, n, coop, conf, round(w, 6)) for (a, b), (n, coop, conf, w) in counts.items()]
    return tuple(sorted(out, key=lambda d: (-d.claims, d.a, d.b)))


def _tally(row: list, claim: Claim) -> None:
    """Count ``claim`` into ``row`` = [claims, cooperation events, conflict events, summed weight]."""
    row[0] += 1
    found = event(claim)
    if found is not None:
        row[1 if found[0] <= 2 else 2] += 1
        row[3] += found[1]


def month_rows(claims: Iterable[Claim]) -> list[dict]:
    """Claims by month (``YYYY-MM``; undated last): all claims, cooperation and conflict events,
    summed event weights."""
    return _by_month(claims, TIMELINE_COLUMNS)


def balance_rows(claims: Iterable[Claim]) -> list[dict]:
    """The cooperation–conflict balance by month (undated last), as the saved query ``balance``
    counts it per pair, summed over the pairs: events between two different entities, how many are
    cooperation and conflict, and their summed weight (``balance``).

    >>> from relgraph.records import Entity
    >>> ru, cn = Entity("country/RUS", "Russia", "Country"), Entity("country/CHN", "China", "Country")
    >>> balance_rows([Claim("a", 0, 0, 1, "x", ru, "supports", cn, date="2025-05-08"),
    ...               Claim("a", 1, 2, 3, "y", cn, "criticizes", ru, polarity="negative")])
    [{'month': '2025-05', 'claims': 1, 'cooperation': 1, 'conflict': 0, 'balance': 3.5}]
    """
    return _by_month((c for c in claims if event(c) is not None and c.subject.key != c.object.key),
                     BALANCE_COLUMNS)


def _by_month(claims: Iterable[Claim], columns: Sequence[str]) -> list[dict]:
    """Tally ``claims`` by month into rows keyed by ``columns`` (month, claims, cooperation, conflict, weight)."""
    months: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0.0])
    for claim in claims:
        _tally(months[claim.date[:7] if claim.date else UNDATED], claim)
    order = sorted(months, key=lambda m: (m == UNDATED, m))
    return [dict(zip(columns, (m, *months[m][:3], round(months[m][3], 6)))) for m in order]


def analyze(claims: Iterable[Claim], *, top: int = 10, seed: int = 7) -> Analysis:
    """Centrality rankings, blocs and the ``top`` dyads of a claim set."""
    claims = list(claims)
    ranks = centrality(claims, top)
    return Analysis(ranks["degree"], ranks["betweenness"], ranks["pagerank"], blocs(claims, seed=seed),
                    dyads(claims)[:top])


def format_analysis(result: Analysis) -> str:
    """A readable report of :func:`analyze`'s result."""
    lines: list[str] = []
    for name in ("degree", "betweenness", "pagerank"):
        lines.append(f"{name} centrality:")
        lines += [f"  {i:>2}. {r.label:30} {r.score:.3f}" for i, r in enumerate(getattr(result, name), 1)]
    lines.append("blocs (communities of the cooperation graph):")
    lines += [f"  {i:>2}. {', '.join(b.members)}" for i, b in enumerate(result.blocs, 1)]
    lines.append("dyads (claims, cooperation, conflict, weight):")
    lines += [f"  {d.a} – {d.b}: {d.claims} claims, {d.cooperation} cooperation, {d.conflict} conflict, "
              f"weight {d.weight:+.1f}" for d in result.dyads]
    return "\n".join(lines)
