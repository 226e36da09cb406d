"""Road networks as sparse graphs: building, one-way rules, joining points, shortest paths.

The road lines are cut into straight segments; every vertex is a node, and vertices closer
than a snapping tolerance become one node (KD-tree pairs, connected components). Lines
therefore connect where they share a vertex, as in QGIS's own network analysis; lines that
cross without a shared vertex (bridges, overpasses) do not connect.

Points (settlements, facilities) join the network at the nearest point of the nearest
segment. The segment is split there (virtually, in the graph only), and the point is linked
to the split node by a connector costed at walking speed. Shortest paths are computed with
``scipy.sparse.csgraph.dijkstra`` on the whole graph at once (multi-source with ``min_only``
for the nearest facility, a cut-off ``limit`` for all pairs within a catchment).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from .i18n import tr
from .progress import ProgressFn, ensure
from .text import fold

LOG = logging.getLogger("migrant_planning")

BOTH, FORWARD, BACKWARD = 0, 1, -1
"""One-way codes: two-way, one-way in digitising direction, one-way against it."""

_FORWARD_VALUES = {
    "1",
    "1.0",
    "true",
    "t",
    "yes",
    "y",
    "si",
    "s",
    "ft",
    "forward",
    "fwd",
    "oneway",
    "one way",
    "un sentido",
    "sentido unico",
}
_BACKWARD_VALUES = {"-1", "-1.0", "tf", "reverse", "backward", "back", "contrario", "sentido contrario", "inverso"}
_BOTH_VALUES = {"", "0", "0.0", "false", "f", "no", "n", "b", "both", "doble", "doble sentido", "dos sentidos", "none"}

_KMH_TO_M_PER_MIN = 1000.0 / 60.0
_MATRIX_BUDGET_BYTES = 64 * 2**20
_TILE_MIN_NODES = 50_000  # below this the whole graph is cheap enough for every Dijkstra start


def parse_oneway(values) -> Tuple[np.ndarray, int]:
    """One-way codes (FORWARD, BACKWARD, BOTH) of a column of field values, and how many were not understood.

    Understood: booleans (true = one-way in digitising direction), numbers 1 / 0 / -1 (OSM),
    yes/no, si/no, FT/TF/N/B (ESRI), forward/reverse. Null is two-way. Values not understood
    are read as two-way and counted.
    """
    series = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values.astype(object)
    codes = np.zeros(len(series), dtype=np.int8)
    if len(series) == 0:
        return codes, 0
    index, uniques = pd.factorize(series)  # nulls get -1
    mapped = np.zeros(len(uniques) + 1, dtype=np.int8)  # last entry: null, two-way
    known = np.ones(len(uniques) + 1, dtype=bool)
    for k, value in enumerate(uniques):
        text = fold(value)
        if text in _FORWARD_VALUES:
            mapped[k] = FORWARD
        elif text in _BACKWARD_VALUES:
            mapped[k] = BACKWARD
        elif text not in _BOTH_VALUES:
            known[k] = False
    index = np.where(index < 0, len(uniques), index)
    codes[:] = mapped[index]
    unknown = int(np.count_nonzero(~known[index]))
    return codes, unknown


_ALLOWED_VALUES = {"1", "1.0", "true", "t", "yes", "y", "si", "s", "permitido", "allowed"}
_DENIED_VALUES = {"0", "0.0", "false", "f", "no", "n", "prohibido", "denied"}


def parse_allowed(values) -> Tuple[np.ndarray, int]:
    """Whether each road is open to a kind of traveller (1/0, true/false, yes/no, si/no; null = open), and how
    many values were not understood (read as open)."""
    series = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values.astype(object)
    allowed = np.ones(len(series), dtype=bool)
    if len(series) == 0:
        return allowed, 0
    index, uniques = pd.factorize(series)
    mapped = np.ones(len(uniques) + 1, dtype=bool)
    known = np.ones(len(uniques) + 1, dtype=bool)
    for k, value in enumerate(uniques):
        text = fold(value)
        if text in _DENIED_VALUES:
            mapped[k] = False
        elif text not in _ALLOWED_VALUES:
            known[k] = False
    index = np.where(index < 0, len(uniques), index)
    return mapped[index], int(np.count_nonzero(~known[index]))


@dataclass
class RoadNetwork:
    """Straight road segments between snapped nodes, with the attributes of their line."""

    nodes: np.ndarray  # (n_nodes, 2) coordinates
    u: np.ndarray  # start node of each segment (digitising direction)
    v: np.ndarray  # end node of each segment
    length: np.ndarray  # metres
    line: np.ndarray  # index of the input line each segment comes from
    speed_kmh: np.ndarray  # per segment
    oneway: np.ndarray  # per segment: BOTH, FORWARD or BACKWARD
    ignored_lines: int = 0  # input geometries that are not lines (or empty)

    @property
    def n_nodes(self) -> int:
        """Number of road nodes."""
        return len(self.nodes)

    @property
    def n_segments(self) -> int:
        """Number of straight segments."""
        return len(self.u)


def snap_nodes(coords: np.ndarray, tolerance: float) -> Tuple[np.ndarray, np.ndarray]:
    """Cluster coordinates closer than ``tolerance`` (chains included); returns node coordinates and node of each."""
    if len(coords) == 0:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    order = np.lexsort((coords[:, 1], coords[:, 0]))
    ordered = coords[order]
    new_node = np.ones(len(coords), dtype=bool)
    new_node[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    unique = ordered[new_node]
    inverse = np.empty(len(coords), dtype=np.int64)
    inverse[order] = np.cumsum(new_node) - 1
    if tolerance > 0 and len(unique) > 1:
        pairs = cKDTree(unique).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            n = len(unique)
            adjacency = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
            _n, labels = connected_components(adjacency, directed=False)
            counts = np.bincount(labels).astype(float)
            nodes = np.column_stack(
                [np.bincount(labels, weights=unique[:, 0]) / counts, np.bincount(labels, weights=unique[:, 1]) / counts]
            )
            return nodes, labels[inverse]
    return unique, inverse


def build_network(
    geoms: np.ndarray,
    speed_kmh: Optional[np.ndarray] = None,
    oneway: Optional[np.ndarray] = None,
    tolerance: float = 1.0,
) -> RoadNetwork:
    """The network of road lines: segments between vertices, ends closer than ``tolerance`` joined.

    ``speed_kmh`` and ``oneway`` (codes from :func:`parse_oneway`) are per input line. Geometries
    that are not (multi)lines or are empty are ignored and counted in ``ignored_lines``.
    """
    geoms = np.asarray(geoms, dtype=object)
    n_lines = len(geoms)
    speed_kmh = np.full(n_lines, np.nan) if speed_kmh is None else np.asarray(speed_kmh, dtype=float)
    oneway = np.zeros(n_lines, dtype=np.int8) if oneway is None else np.asarray(oneway, dtype=np.int8)
    types = shapely.get_type_id(geoms)
    linear = np.isin(
        types,
        (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING, shapely.GeometryType.LINEARRING),
    )
    linear[linear] = ~shapely.is_empty(geoms[linear])
    line_index = np.flatnonzero(linear)
    ignored = int(n_lines - len(line_index))
    empty = RoadNetwork(
        np.zeros((0, 2)),
        np.zeros(0, np.int64),
        np.zeros(0, np.int64),
        np.zeros(0),
        np.zeros(0, np.int64),
        np.zeros(0),
        np.zeros(0, np.int8),
        ignored,
    )
    if len(line_index) == 0:
        return empty
    lines = geoms[line_index]
    if np.all(types[line_index] == shapely.GeometryType.LINESTRING):
        parts, part_of = lines, np.arange(len(lines))
    else:
        parts, part_of = shapely.get_parts(lines, return_index=True)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    if len(coords) < 2:
        return empty
    consecutive = np.flatnonzero(coord_part[:-1] == coord_part[1:])
    nodes, node_of = snap_nodes(coords, tolerance)
    u = node_of[consecutive]
    v = node_of[consecutive + 1]
    line = line_index[part_of[coord_part[consecutive]]]
    keep = u != v
    u, v, line = u[keep], v[keep], line[keep]
    used, compact = np.unique(np.concatenate([u, v]), return_inverse=True)
    nodes = nodes[used]
    u, v = compact[: len(u)], compact[len(u) :]
    length = np.hypot(*(nodes[v] - nodes[u]).T)
    return RoadNetwork(nodes, u, v, length, line, speed_kmh[line], oneway[line], ignored)


def segment_costs(
    network: RoadNetwork,
    minutes: bool,
    by_road: bool,
    walking_kmh: float,
    default_kmh: float,
) -> Tuple[np.ndarray, np.ndarray]:
    """Cost of each segment forward (digitising direction) and backward; ``inf`` where not allowed.

    In metres the cost is the length; in minutes, the length at walking speed (``by_road``
    false) or at the segment's speed (missing or non-positive speeds use ``default_kmh``).
    One-way rules apply by road only: pedestrians walk both ways.
    """
    if minutes:
        if by_road:
            speed = np.where(np.isfinite(network.speed_kmh) & (network.speed_kmh > 0), network.speed_kmh, default_kmh)
        else:
            speed = np.full(network.n_segments, float(walking_kmh))
        forward = network.length / (speed * _KMH_TO_M_PER_MIN)
    else:
        forward = network.length.astype(float).copy()
    backward = forward.copy()
    if by_road:
        forward[network.oneway == BACKWARD] = np.inf
        backward[network.oneway == FORWARD] = np.inf
    return forward, backward


@dataclass
class Attachment:
    """Where points join the network: segment, fraction along it, distance to it (m)."""

    segment: np.ndarray
    fraction: np.ndarray
    distance: np.ndarray
    xy: Optional[np.ndarray] = None  # the points themselves (n, 2), for spatial bounds on the graph


def attach_points(network: RoadNetwork, xy: np.ndarray, neighbours: int = 12, block: int = 65536) -> Attachment:
    """The nearest point of the nearest segment for each point (``xy`` is (n, 2)).

    Exact, found in bulk with a KD-tree: every segment is sampled at most ``h`` apart, so the
    nearest segment has a sample within (distance to the nearest sample) + h/2 of the point; the
    segments of the ``neighbours`` nearest samples are measured exactly. Points with more samples
    than that within the radius are looked up in an STRtree of the segments instead.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    segment = np.full(n, -1, np.int64)
    if network.n_segments == 0 or n == 0:
        return Attachment(segment, np.zeros(n), np.full(n, np.nan), xy)
    a = network.nodes[network.u]
    d = network.nodes[network.v] - a
    length = network.length
    step = max(float(np.median(length)) / 2.0, float(length.sum()) / (4.0 * len(length)), 1e-9)
    pieces = np.maximum(np.ceil(length / step).astype(np.int64), 1)
    owner = np.repeat(np.arange(len(length)), pieces + 1)
    first = np.concatenate([[0], np.cumsum(pieces + 1)[:-1]])
    t = (np.arange(len(owner)) - first[owner]) / pieces[owner]
    samples = a[owner] + t[:, None] * d[owner]
    half = 0.5 * float((length / pieces).max())
    tree = cKDTree(samples)
    k = int(min(neighbours, len(samples)))
    unresolved = []
    for begin in range(0, n, block):
        chunk = xy[begin : begin + block]
        dist, idx = tree.query(chunk, k=k)
        dist, idx = dist.reshape(len(chunk), k), idx.reshape(len(chunk), k)
        radius = dist[:, :1] + half * (1 + 1e-9) + 1e-9
        candidate = owner[idx]
        a_c, d_c = a[candidate], d[candidate]
        norm2 = np.einsum("ijk,ijk->ij", d_c, d_c)
        frac = np.einsum("ijk,ijk->ij", chunk[:, None, :] - a_c, d_c) / np.where(norm2 > 0, norm2, 1.0)
        frac = np.clip(frac, 0.0, 1.0)
        gap = chunk[:, None, :] - (a_c + frac[..., None] * d_c)
        measured = np.einsum("ijk,ijk->ij", gap, gap)
        measured[dist > radius] = np.inf
        best = np.argmin(measured, axis=1)
        segment[begin : begin + len(chunk)] = candidate[np.arange(len(chunk)), best]
        if k < len(samples):
            unresolved.append(begin + np.flatnonzero(dist[:, -1] <= radius[:, 0]))
    rest = np.concatenate(unresolved) if unresolved else np.zeros(0, np.int64)
    if len(rest):
        lines = shapely.linestrings(np.stack([a, a + d], axis=1))
        found = shapely.STRtree(lines).query_nearest(shapely.points(xy[rest]), all_matches=False)
        segment[rest[found[0]]] = found[1]
    a_s, d_s = a[segment], d[segment]
    norm2 = np.einsum("ij,ij->i", d_s, d_s)
    fraction = np.clip(np.einsum("ij,ij->i", xy - a_s, d_s) / np.where(norm2 > 0, norm2, 1.0), 0.0, 1.0)
    distance = np.hypot(*(xy - (a_s + fraction[:, None] * d_s)).T)
    return Attachment(segment, fraction, distance, xy)


@dataclass
class PointGraph:
    """A directed sparse graph of the network with points joined; ``point_node[k]`` is point k's node."""

    graph: csr_matrix
    reverse: csr_matrix
    point_node: np.ndarray
    xy: Optional[np.ndarray] = None  # coordinates of every node (NaN for isolated ones), when known
    min_cost_per_m: float = 0.0  # the least cost per metre of straight-line distance over any edge

    @property
    def n_nodes(self) -> int:
        """Number of graph nodes."""
        return self.graph.shape[0]


def point_graph(
    network: RoadNetwork,
    forward: np.ndarray,
    backward: np.ndarray,
    attachment: Attachment,
    connector_cost_per_m: float,
) -> PointGraph:
    """The graph with each point's segment split at its foot and the point linked to the foot.

    Nodes: road nodes, then one foot node per point, then one node per point. The link from a
    point to its foot costs ``distance * connector_cost_per_m`` both ways. Parallel edges keep
    their cheapest cost. Points that could not be attached are isolated nodes.
    """
    n_road = network.n_nodes
    n_points = len(attachment.segment)
    attached = np.flatnonzero(attachment.segment >= 0)
    foot_node = n_road + np.arange(n_points)
    point_node = n_road + n_points + np.arange(n_points)
    n_total = n_road + 2 * n_points
    m = network.n_segments
    # stops along each segment: its start (rank 0), the feet on it (rank 1), its end (rank 2)
    seg = np.concatenate([np.arange(m), np.arange(m), attachment.segment[attached]])
    frac = np.concatenate([np.zeros(m), np.ones(m), attachment.fraction[attached]])
    rank = np.concatenate([np.zeros(m, np.int8), np.full(m, 2, np.int8), np.ones(len(attached), np.int8)])
    node = np.concatenate([network.u, network.v, foot_node[attached]])
    order = np.lexsort((rank, frac, seg))
    seg, frac, node = seg[order], frac[order], node[order]
    same = np.flatnonzero(seg[:-1] == seg[1:])
    piece_seg = seg[same]
    share = frac[same + 1] - frac[same]
    tail, head = node[same], node[same + 1]
    # A piece of zero length joins two stops at the same place (a foot on a segment's end, at a junction, or two
    # feet at one spot): free both ways, whatever the segment's one-way rule; 0 * inf would forbid it.
    moving = share > 0
    cost_fw = np.zeros(len(share))
    cost_bw = np.zeros(len(share))
    cost_fw[moving] = share[moving] * forward[piece_seg[moving]]
    cost_bw[moving] = share[moving] * backward[piece_seg[moving]]
    connector = attachment.distance[attached] * connector_cost_per_m
    rows = np.concatenate([tail, head, point_node[attached], foot_node[attached]])
    cols = np.concatenate([head, tail, foot_node[attached], point_node[attached]])
    cost = np.concatenate([cost_fw, cost_bw, connector, connector])
    ok = np.isfinite(cost)
    rows, cols, cost = rows[ok], cols[ok], cost[ok]
    key = rows.astype(np.int64) * n_total + cols
    order = np.lexsort((cost, key))
    _unique, first = np.unique(key[order], return_index=True)
    pick = order[first]
    graph = csr_matrix((cost[pick], (rows[pick], cols[pick])), shape=(n_total, n_total))
    xy = None
    min_cost_per_m = 0.0
    if attachment.xy is not None:  # node coordinates: road nodes, feet, points; and the cost-per-metre bound
        xy = np.full((n_total, 2), np.nan)
        xy[:n_road] = network.nodes
        a = network.nodes[network.u[attachment.segment[attached]]]
        d = network.nodes[network.v[attachment.segment[attached]]] - a
        xy[foot_node[attached]] = a + attachment.fraction[attached][:, None] * d
        xy[point_node] = np.asarray(attachment.xy, dtype=float).reshape(-1, 2)
        r, c = rows[pick], cols[pick]
        straight = np.hypot(*(xy[r] - xy[c]).T)
        positive = straight > 0
        if positive.any():
            min_cost_per_m = max(float(np.min(cost[pick][positive] / straight[positive])), 0.0)
    return PointGraph(graph, graph.T.tocsr(), point_node, xy, min_cost_per_m)


def nearest_source(graph: csr_matrix, sources: np.ndarray, limit: float = np.inf) -> Tuple[np.ndarray, np.ndarray]:
    """Cost from the nearest of ``sources`` to every node, and that source's position in ``sources`` (-1 if none).

    Pass the reversed graph to get the cost from every node to its nearest source.
    """
    sources = np.asarray(sources, dtype=np.int64)
    n = graph.shape[0]
    if len(sources) == 0:
        return np.full(n, np.inf), np.full(n, -1, np.int64)
    cost, _pred, origin = dijkstra(
        graph, directed=True, indices=sources, min_only=True, return_predecessors=True, limit=limit
    )
    position = np.full(n, -1, np.int64)
    lookup = np.full(n, -1, np.int64)
    lookup[sources] = np.arange(len(sources))
    found = origin >= 0
    position[found] = lookup[origin[found]]
    return cost, position


def costs_within(
    network_graph: PointGraph,
    origins: np.ndarray,
    targets: np.ndarray,
    limit: float,
    progress: Optional[ProgressFn] = None,
    tile: Optional[float] = None,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (origin i, target j) whose cost from origin node to target node is at most ``limit``.

    ``origins`` and ``targets`` are graph node ids; returns positions ``i``, ``j`` and costs, ordered by
    the Dijkstra start, then the other end. One limited Dijkstra runs per target on the reversed graph,
    or per origin on the graph, whichever are fewer, in chunks that keep the distance matrix under about
    64 MB. On a large graph with node coordinates, the starts are grouped by tiles of ``tile`` metres
    (default: the farthest reach within the limit) and each group runs on the part of the graph it can
    reach (see :func:`_regions`).
    """
    progress = ensure(progress)
    origins = np.asarray(origins, dtype=np.int64)
    targets = np.asarray(targets, dtype=np.int64)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if len(origins) == 0 or len(targets) == 0:
        progress(1.0)
        return empty
    from_targets = len(targets) <= len(origins)
    graph = network_graph.reverse if from_targets else network_graph.graph
    starts, ends = (targets, origins) if from_targets else (origins, targets)
    bound = limit * (1 + 1e-12) + 1e-12
    found_start, found_end, found_cost = [], [], []
    done = 0
    for positions, nodes in _regions(network_graph, starts, bound, tile):
        local = graph if nodes is None else graph[nodes][:, nodes]
        if nodes is None:
            local_starts, end_positions, local_ends = starts[positions], np.arange(len(ends)), ends
        else:  # the same graph restricted to the nodes any path within the limit can reach, in the same order
            local_starts = np.searchsorted(nodes, starts[positions])
            where = np.minimum(np.searchsorted(nodes, ends), len(nodes) - 1)
            end_positions = np.flatnonzero(nodes[where] == ends)
            local_ends = where[end_positions]
        chunk = max(1, int(_MATRIX_BUDGET_BYTES // (8 * max(local.shape[0], 1))))
        for begin in range(0, len(positions), chunk):
            dist = dijkstra(local, directed=True, indices=local_starts[begin : begin + chunk], limit=bound)
            sub = dist[:, local_ends]
            row, col = np.nonzero(sub <= limit)
            found_start.append(positions[begin + row])
            found_end.append(end_positions[col])
            found_cost.append(sub[row, col])
            done += len(local_starts[begin : begin + chunk])
            progress(min(1.0, done / len(starts)))
    if not found_start:
        return empty
    start, end, cost = np.concatenate(found_start), np.concatenate(found_end), np.concatenate(found_cost)
    order = np.lexsort((end, start))  # the order of one pass over the starts: sums downstream add up alike
    start, end, cost = start[order], end[order], cost[order]
    return (end, start, cost) if from_targets else (start, end, cost)


def _regions(network_graph: PointGraph, starts: np.ndarray, bound: float, tile: Optional[float]):
    """(positions in ``starts``, sorted node ids or None for the whole graph) to run Dijkstra on, by tiles.

    A path of cost at most ``bound`` stays within ``bound / min_cost_per_m`` metres of its start (every edge
    costs at least that much per metre of straight line), so the starts of one tile need only the nodes in
    their bounding box widened by that reach: Dijkstra then initialises those nodes, not the whole graph,
    for every start. The distances are the same (the same relaxations, in the same order).
    """
    everything = [(np.arange(len(starts)), None)]
    xy, per_m = network_graph.xy, network_graph.min_cost_per_m
    n = network_graph.n_nodes
    if xy is None or not per_m > 0 or not np.isfinite(bound) or len(starts) < 2 or n < _TILE_MIN_NODES:
        return everything
    reach = bound / per_m * (1 + 1e-9) + 1e-6
    side = float(tile) if tile else reach
    start_xy = xy[starts]
    if not np.isfinite(start_xy).all():
        return everything
    present = np.isfinite(xy).all(axis=1)
    low, high = np.nanmin(xy[present], axis=0), np.nanmax(xy[present], axis=0)
    if ((high - low) < 3 * reach).any():  # the reach covers most of the network: nothing to gain
        return everything
    cell = np.floor((start_xy - low) / side).astype(np.int64)
    keys = cell[:, 0] * (int((high[1] - low[1]) // side) + 2) + cell[:, 1]
    regions = []
    for key in np.unique(keys):
        positions = np.flatnonzero(keys == key)
        lo = start_xy[positions].min(axis=0) - reach
        hi = start_xy[positions].max(axis=0) + reach
        inside = present & (xy[:, 0] >= lo[0]) & (xy[:, 0] <= hi[0]) & (xy[:, 1] >= lo[1]) & (xy[:, 1] <= hi[1])
        nodes = np.flatnonzero(inside)
        regions.append((positions, nodes if len(nodes) < 0.7 * n else None))
    return regions


def describe(network: RoadNetwork) -> str:
    """One-line summary for the log."""
    return tr("Road network: {nodes} nodes, {segments} segments, {km:.1f} km.").format(
        nodes=network.n_nodes, segments=network.n_segments, km=float(network.length.sum()) / 1000.0
    )
