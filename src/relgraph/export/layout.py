"""Node positions for the HTML graph, computed in Python so the browser never lays out a big graph.

Up to SPRING_MAX_NODES nodes each connected component gets networkx's spring layout and the components
are packed in rows, largest first, so that small islands do not push the main cluster into a corner of
the first view; above it a Fruchterman–Reingold layout whose repulsion is approximated by grid-cell
centroids (numpy only, no scipy).

>>> layout_positions(1, [])
[(0.0, 0.0)]
>>> len(layout_positions(3, [(0, 1), (1, 2)]))
3
"""

from __future__ import annotations

import math

__all__ = ["layout_positions", "SPRING_MAX_NODES"]

#: networkx's spring_layout is used below this size, the grid-approximated force layout above it
SPRING_MAX_NODES = 500


def layout_positions(n: int, edges: list[tuple[int, int]], *, seed: int = 7) -> list[tuple[float, float]]:
    """Pixel positions for ``n`` nodes: networkx spring layout when small, a cheap force layout when big."""
    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    if n <= SPRING_MAX_NODES:
        return _packed_spring_layout(n, edges, seed=seed)
    scale = 90.0 * math.sqrt(n)
    coords = _grid_force_layout(n, edges, seed=seed)
    return [(float(x) * 2 * scale, float(y) * 2 * scale) for x, y in coords]


#: pixels per node of a component's side (a component of m nodes spans about SPACING·√m pixels)
SPACING = 110.0


def _packed_spring_layout(n: int, edges: list[tuple[int, int]], *, seed: int) -> list[tuple[float, float]]:
    """A spring layout per connected component, the components packed in rows (largest first) into a
    roughly square block centred on the origin."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes = [_component_layout(graph.subgraph(part), part, seed) for part in parts]
    row_width = max(max(w for w, _, _ in boxes), math.sqrt(sum(w * h for w, h, _ in boxes)) * 1.2)
    pos: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for width, height, coords in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (cx, cy) in coords.items():
            pos[node] = (x + cx, y + cy)
        x += width
        row_height = max(row_height, height)
    mid_x = (min(p[0] for p in pos.values()) + max(p[0] for p in pos.values())) / 2
    mid_y = (min(p[1] for p in pos.values()) + max(p[1] for p in pos.values())) / 2
    return [(pos[i][0] - mid_x, pos[i][1] - mid_y) for i in range(n)]


def _component_layout(graph, nodes: list[int], seed: int) -> tuple[float, float, dict[int, tuple[float, float]]]:
    """One component laid out in a box: (width, height, node -> position inside the box)."""
    import networkx as nx

    margin = SPACING / 2
    if len(nodes) == 1:
        return 2 * margin, 2 * margin, {nodes[0]: (margin, margin)}
    side = SPACING * math.sqrt(len(nodes))
    raw = nx.spring_layout(graph, seed=seed, iterations=60, k=1.6 / math.sqrt(len(nodes)))
    xs = [float(raw[v][0]) for v in nodes]
    ys = [float(raw[v][1]) for v in nodes]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    coords = {v: (margin + (float(raw[v][0]) - min(xs)) / span * side,
                  margin + (float(raw[v][1]) - min(ys)) / span * side) for v in nodes}
    width = max(c[0] for c in coords.values()) + margin
    height = max(c[1] for c in coords.values()) + margin
    return width, height, coords


def _grid_force_layout(n: int, edges: list[tuple[int, int]], *, seed: int, iterations: int = 40):
    """Fruchterman–Reingold with repulsion from grid-cell centroids: O(n·cells) per step, no scipy."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    pairs = np.array([(a, b) for a, b in edges if a != b] or [(0, 0)], dtype=np.int64)
    src, dst = pairs[:, 0], pairs[:, 1]
    k = 1.0 / math.sqrt(n)
    cells = max(4, min(20, int(math.sqrt(n) / 3)))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    floor = (0.05 * k) ** 2
    for _ in range(iterations):
        low = pos.min(axis=0)
        span = pos.max(axis=0) - low + 1e-9
        cell = np.minimum(((pos - low) / span * cells).astype(np.int64), cells - 1)
        cid = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(cid, minlength=cells * cells).astype(float)
        occupied = mass > 0
        mass = mass[occupied]
        centre = np.stack([
            np.bincount(cid, weights=pos[:, 0], minlength=cells * cells)[occupied],
            np.bincount(cid, weights=pos[:, 1], minlength=cells * cells)[occupied],
        ], axis=1) / mass[:, None]
        # squared distances node -> centroid via |p|² + |c|² - 2 p·c, then F = Σ m k² (p - c) / d²
        dist2 = (pos ** 2).sum(axis=1)[:, None] + (centre ** 2).sum(axis=1)[None, :] - 2.0 * (pos @ centre.T)
        weight = (mass * k * k) / np.maximum(dist2, floor)
        disp = pos * weight.sum(axis=1)[:, None] - weight @ centre
        diff = pos[src] - pos[dst]
        length = np.sqrt((diff ** 2).sum(axis=1))[:, None]
        pull = diff * length / k
        np.subtract.at(disp, src, pull)
        np.add.at(disp, dst, pull)
        disp -= pos * (2.0 * math.sqrt(n) * k)  # gravity keeps small components near the centre
        size = np.maximum(np.sqrt((disp ** 2).sum(axis=1))[:, None], 1e-12)
        pos += disp / size * np.minimum(size, temperature)
        temperature -= cooling
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max() or 1.0
    return pos / (2 * extent)
