"""Road network graphs: hand-made grids with known shortest paths, one-way streets, snapping,
disconnected pieces, and a brute-force reference Dijkstra on random lattices."""

from __future__ import annotations

import heapq
import itertools

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core import network as net


def _graph(lines, points, oneway=None, by_road=False, minutes=False, walking=4.5, speed=None, tolerance=1.0):
    network = net.build_network(np.array(lines, dtype=object), speed, oneway, tolerance)
    forward, backward = net.segment_costs(network, minutes, by_road, walking, 30.0)
    attachment = net.attach_points(network, np.array(points, dtype=float))
    per_m = 1.0 / (walking * 1000 / 60) if minutes else 1.0
    return network, net.point_graph(network, forward, backward, attachment, per_m), attachment


def _pair_costs(graph, origins, targets, limit=np.inf):
    """Dense matrix origin x target of costs from costs_within (inf where beyond the limit)."""
    i, j, cost = net.costs_within(graph, graph.point_node[origins], graph.point_node[targets], limit)
    out = np.full((len(origins), len(targets)), np.inf)
    out[i, j] = cost
    return out


def _grid_lines(missing=()):
    """3 x 3 lattice of 100 m, nodes (0..200, 0..200), without the listed edges."""
    lines = []
    for x, y in itertools.product((0, 100, 200), (0, 100, 200)):
        for dx, dy in ((100, 0), (0, 100)):
            a, b = (x, y), (x + dx, y + dy)
            if b[0] > 200 or b[1] > 200 or (a, b) in missing:
                continue
            lines.append(shapely.LineString([a, b]))
    return lines


def test_grid_shortest_paths_known_by_hand():
    # without (100,0)-(100,100) and (100,100)-(200,100): every route from (50,0) to (150,200) is 400 m
    lines = _grid_lines(missing={((100, 0), (100, 100)), ((100, 100), (200, 100))})
    assert len(lines) == 10
    demand = [(50, -10), (210, 50)]  # feet (50,0) and (200,50), 10 m connectors
    facilities = [(150, 210), (-10, 100)]  # feet (150,200) and (0,100)
    _network, graph, attachment = _graph(lines, demand + facilities)
    assert attachment.distance == pytest.approx([10, 10, 10, 10])
    costs = _pair_costs(graph, np.array([0, 1]), np.array([2, 3]))
    expected = np.array([[400 + 20, 150 + 20], [200 + 20, 350 + 20]])
    assert costs == pytest.approx(expected)
    # nearest facility (multi-source on the reversed graph) and the cut-off
    cost, source = net.nearest_source(graph.reverse, graph.point_node[[2, 3]])
    assert cost[graph.point_node[[0, 1]]] == pytest.approx([170, 220])
    assert list(source[graph.point_node[[0, 1]]]) == [1, 0]
    limited = _pair_costs(graph, np.array([0, 1]), np.array([2, 3]), limit=300)
    assert np.isfinite(limited).tolist() == [[False, True], [True, False]]
    # the full lattice: 50 + 200 + 50 = 300 m plus connectors
    _n, full, _a = _graph(_grid_lines(), demand + facilities)
    assert _pair_costs(full, np.array([0]), np.array([2]))[0, 0] == pytest.approx(320)


def test_minutes_at_walking_speed():
    lines = _grid_lines(missing={((100, 0), (100, 100)), ((100, 100), (200, 100))})
    _n, graph, _a = _graph(lines, [(50, -10), (150, 210)], minutes=True, walking=6.0)  # 100 m per minute
    assert _pair_costs(graph, np.array([0]), np.array([1]))[0, 0] == pytest.approx(4.2)


def test_travel_time_by_road_speed_connectors_on_foot():
    # one straight road of 1 000 m at 60 km/h (1 000 m/min); connectors of 50 m walked at 6 km/h (0.5 min each)
    lines = [shapely.LineString([(0, 0), (500, 0)]), shapely.LineString([(500, 0), (1000, 0)])]
    _n, graph, _a = _graph(
        lines, [(0, -50), (1000, 50)], minutes=True, by_road=True, walking=6.0, speed=np.array([60.0, 30.0])
    )
    # 500 m at 60 km/h = 0.5 min, 500 m at 30 km/h = 1 min, plus 2 x 0.5 min
    assert _pair_costs(graph, np.array([0]), np.array([1]))[0, 0] == pytest.approx(2.5)


def test_points_on_the_same_segment_use_the_segment_between_them():
    lines = [shapely.LineString([(0, 0), (1000, 0)])]
    _n, graph, _a = _graph(lines, [(100, -10), (300, 10), (100, -10)])
    costs = _pair_costs(graph, np.array([0]), np.array([1, 2]))
    assert costs[0] == pytest.approx([10 + 200 + 10, 20])


def test_one_way_loop_forces_the_long_way_round_by_road_only():
    # anticlockwise loop A(0,0) -> B(100,0) -> C(100,100) -> D(0,100) -> A, one-way as digitised
    loop = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]
    lines = [shapely.LineString([loop[k], loop[k + 1]]) for k in range(4)]
    demand, facility = (20, -5), (-5, 20)  # feet (20,0) on A->B and (0,20) on D->A
    forward = np.full(4, net.FORWARD, dtype=np.int8)
    _n, graph, _a = _graph(lines, [demand, facility], oneway=forward, by_road=True)
    there = _pair_costs(graph, np.array([0]), np.array([1]))[0, 0]
    back = _pair_costs(graph, np.array([1]), np.array([0]))[0, 0]
    assert there == pytest.approx(80 + 100 + 100 + 80 + 10)  # demand -> facility goes round
    assert back == pytest.approx(20 + 20 + 10)  # facility -> demand is direct
    # with more targets than origins the search runs forward from the origins: same answer
    assert _pair_costs(graph, np.array([0]), np.array([1, 0]))[0] == pytest.approx([370, 0])
    cost, _src = net.nearest_source(graph.reverse, graph.point_node[[1]])
    assert cost[graph.point_node[0]] == pytest.approx(370)  # nearest search measures demand -> facility
    # the same loop digitised the other way round with 'against' codes gives the same answer
    reversed_lines = [shapely.LineString([loop[k + 1], loop[k]]) for k in range(4)]
    backward = np.full(4, net.BACKWARD, dtype=np.int8)
    _n, graph_b, _a = _graph(reversed_lines, [demand, facility], oneway=backward, by_road=True)
    assert _pair_costs(graph_b, np.array([0]), np.array([1]))[0, 0] == pytest.approx(370)
    # walking ignores one-way rules
    _n, walking, _a = _graph(lines, [demand, facility], oneway=forward, by_road=False)
    assert _pair_costs(walking, np.array([0]), np.array([1]))[0, 0] == pytest.approx(50)


def test_disconnected_piece_is_unreachable_not_an_error():
    lines = [shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(1000, 1000), (1100, 1000)])]
    _n, graph, _a = _graph(lines, [(50, 10), (1050, 1010), (0, -10)])
    cost, source = net.nearest_source(graph.reverse, graph.point_node[[2]])
    assert cost[graph.point_node[0]] == pytest.approx(10 + 50 + 10)
    assert np.isinf(cost[graph.point_node[1]]) and source[graph.point_node[1]] == -1


def test_snapping_tolerance_joins_close_ends_only():
    lines = [shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(100.3, 0), (200, 0)])]
    points = [(10, -5), (190, -5)]
    network, graph, _a = _graph(lines, points, tolerance=1.0)
    assert network.n_nodes == 3
    assert _pair_costs(graph, np.array([0]), np.array([1]))[0, 0] == pytest.approx(180 + 10)
    network, graph, _a = _graph(lines, points, tolerance=0.1)
    assert network.n_nodes == 4
    assert np.isinf(_pair_costs(graph, np.array([0]), np.array([1]))[0, 0])


def test_lines_connect_at_shared_interior_vertices_and_non_lines_are_ignored():
    # a polyline through (100,0) and a line starting there; a polygon and an empty line are ignored
    lines = [
        shapely.LineString([(0, 0), (100, 0), (200, 0)]),
        shapely.LineString([(100, 0), (100, 100)]),
        shapely.box(0, 0, 1, 1),
        shapely.LineString(),
        None,
    ]
    network = net.build_network(np.array(lines, dtype=object), tolerance=0.0)
    assert network.ignored_lines == 3
    assert network.n_nodes == 4 and network.n_segments == 3
    _n, graph, _a = _graph(lines[:2], [(0, -10), (100, 110)])
    assert _pair_costs(graph, np.array([0]), np.array([1]))[0, 0] == pytest.approx(10 + 100 + 100 + 10)


def test_parse_oneway_encodings():
    values = [True, False, None, "yes", "no", "FT", "TF", "N", 1, 0, -1, "-1", "Sí", "B", "reversible", 1.0]
    codes, unknown = net.parse_oneway(values)
    f, b, o = net.FORWARD, net.BACKWARD, net.BOTH
    assert codes.tolist() == [f, o, o, f, o, f, b, o, f, o, b, b, f, o, o, f]
    assert unknown == 1


# ------------------------------------------------------------------ brute-force reference on random lattices


def _reference_costs(lines, points, origins, targets):
    """Plain heapq Dijkstra on a graph built by hand (exact shared coordinates, brute-force projection)."""
    segments = []
    for line in lines:
        coords = list(line.coords)
        segments.extend((tuple(coords[k]), tuple(coords[k + 1])) for k in range(len(coords) - 1))
    feet = {}  # segment index -> list of (fraction, point index)
    connector = {}
    for k, (px, py) in enumerate(points):
        best = None
        for s, ((ax, ay), (bx, by)) in enumerate(segments):
            dx, dy = bx - ax, by - ay
            t = min(max(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0.0), 1.0)
            fx, fy = ax + t * dx, ay + t * dy
            d = ((px - fx) ** 2 + (py - fy) ** 2) ** 0.5
            if best is None or d < best[0]:
                best = (d, s, t)
        feet.setdefault(best[1], []).append((best[2], ("foot", k)))
        connector[k] = best[0]
    adjacency = {}

    def link(a, b, w):
        adjacency.setdefault(a, []).append((b, w))
        adjacency.setdefault(b, []).append((a, w))

    for s, (a, b) in enumerate(segments):
        length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
        stops = [(0.0, a), *sorted(feet.get(s, [])), (1.0, b)]
        for (t0, n0), (t1, n1) in zip(stops[:-1], stops[1:]):
            link(n0, n1, (t1 - t0) * length)
    for k in range(len(points)):
        link(("point", k), ("foot", k), connector[k])
    out = np.full((len(origins), len(targets)), np.inf)
    for row, origin in enumerate(origins):
        dist = {("point", origin): 0.0}
        queue = [(0.0, 0, ("point", origin))]
        counter = itertools.count(1)
        while queue:
            d, _c, node = heapq.heappop(queue)
            if d > dist.get(node, np.inf):
                continue
            for nxt, w in adjacency.get(node, []):
                if d + w < dist.get(nxt, np.inf):
                    dist[nxt] = d + w
                    heapq.heappush(queue, (d + w, next(counter), nxt))
        for col, target in enumerate(targets):
            out[row, col] = dist.get(("point", target), np.inf)
    return out


@st.composite
def lattices(draw):
    """A jittered lattice with some streets dropped, and random points around it."""
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    nx, ny = draw(st.integers(2, 5)), draw(st.integers(2, 5))
    xs = np.arange(nx) * 100.0 + rng.uniform(-20, 20, size=(ny, nx))
    ys = np.arange(ny)[:, None] * 100.0 + rng.uniform(-20, 20, size=(ny, nx))
    lines = []
    for i in range(ny):
        for j in range(nx):
            for di, dj in ((0, 1), (1, 0)):
                if i + di < ny and j + dj < nx and rng.uniform() > 0.2:
                    lines.append(shapely.LineString([(xs[i, j], ys[i, j]), (xs[i + di, j + dj], ys[i + di, j + dj])]))
    if not lines:
        lines.append(shapely.LineString([(xs[0, 0], ys[0, 0]), (xs[0, 1], ys[0, 1])]))
    n_points = draw(st.integers(2, 8))
    points = np.column_stack(
        [rng.uniform(-50, nx * 100 + 50, n_points), rng.uniform(-50, ny * 100 + 50, n_points)]
    ).round(3)
    return lines, points


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lattices())
def test_costs_match_a_brute_force_dijkstra_and_exceed_straight_lines(case):
    lines, points = case
    _n, graph, _a = _graph(lines, points, tolerance=0.0)
    half = len(points) // 2
    origins, targets = np.arange(half), np.arange(half, len(points))
    ours = _pair_costs(graph, origins, targets)
    reference = _reference_costs(lines, points.tolist(), origins.tolist(), targets.tolist())
    assert np.array_equal(np.isinf(ours), np.isinf(reference))
    finite = np.isfinite(ours)
    assert ours[finite] == pytest.approx(reference[finite], rel=1e-9, abs=1e-6)
    straight = np.hypot(*(points[origins][:, None, :] - points[targets][None, :, :]).transpose(2, 0, 1))
    assert np.all(ours[finite] >= straight[finite] - 1e-6)
    # the multi-source nearest search agrees with the minimum over all pairs
    cost, _src = net.nearest_source(graph.reverse, graph.point_node[targets])
    assert cost[graph.point_node[origins]] == pytest.approx(ours.min(axis=1))


def test_networkx_agrees_when_available():
    nx = pytest.importorskip("networkx")
    rng = np.random.default_rng(7)
    lines = [shapely.LineString(rng.uniform(0, 500, size=(2, 2))) for _ in range(30)]
    network = net.build_network(np.array(lines, dtype=object), tolerance=0.0)
    forward, backward = net.segment_costs(network, False, False, 4.5, 30.0)
    graph = nx.Graph()
    for a, b, w in zip(network.u, network.v, network.length):
        graph.add_edge(int(a), int(b), weight=float(w))
    attachment = net.attach_points(network, network.nodes[:5])
    pg = net.point_graph(network, forward, backward, attachment, 1.0)
    for k in range(5):
        for m in range(5):
            try:
                expected = nx.dijkstra_path_length(graph, k, m)
            except nx.NetworkXNoPath:
                expected = np.inf
            _i, _j, cost = net.costs_within(pg, pg.point_node[[k]], pg.point_node[[m]], np.inf)
            assert (cost[0] if len(cost) else np.inf) == pytest.approx(expected)


@settings(max_examples=20, deadline=None)
@given(lattices(), st.integers(1, 4))
def test_nearest_segment_search_is_exact_with_any_neighbour_budget(case, neighbours):
    lines, points = case
    network = net.build_network(np.array(lines, dtype=object), tolerance=0.0)
    found = net.attach_points(network, points, neighbours=neighbours, block=3)
    segments = shapely.linestrings(np.stack([network.nodes[network.u], network.nodes[network.v]], axis=1))
    brute = shapely.distance(shapely.points(points)[:, None], segments[None, :]).min(axis=1)
    assert found.distance == pytest.approx(brute, abs=1e-9)
    feet = network.nodes[network.u[found.segment]] + found.fraction[:, None] * (
        network.nodes[network.v[found.segment]] - network.nodes[network.u[found.segment]]
    )
    assert np.hypot(*(points - feet).T) == pytest.approx(brute, abs=1e-9)


@pytest.mark.parametrize("minutes,tile", [(False, 150.0), (True, None), (True, 400.0)])
def test_costs_by_tiles_equal_costs_on_the_whole_graph(monkeypatch, minutes, tile):
    """Dijkstra on the part of the graph each tile of starts can reach gives the whole graph's pairs, bit for bit,
    in the same order (so sums over the pairs add up alike)."""
    import dataclasses

    rng = np.random.default_rng(3)
    n = 30
    xs = np.arange(n) * 100.0 + rng.uniform(-15, 15, (n, n))
    ys = np.arange(n)[:, None] * 100.0 + rng.uniform(-15, 15, (n, n))
    nodes = np.stack([xs, ys], axis=-1)
    lines = [shapely.LineString([nodes[i, j], nodes[i, j + 1]]) for i in range(n) for j in range(n - 1)]
    lines += [shapely.LineString([nodes[i, j], nodes[i + 1, j]]) for i in range(n - 1) for j in range(n)]
    oneway = np.where(rng.uniform(size=len(lines)) < 0.1, net.FORWARD, net.BOTH)
    speed = rng.choice([30.0, 40.0, 50.0], len(lines))
    on = rng.integers(0, len(lines), 400)  # points near the streets, as geocoded addresses
    points = shapely.get_coordinates(
        shapely.line_interpolate_point(np.array(lines, dtype=object)[on], rng.uniform(0.1, 0.9, 400), normalized=True)
    ) + rng.uniform(-5, 5, (400, 2))
    network = net.build_network(np.array(lines, dtype=object), speed, oneway, 1.0)
    forward, backward = net.segment_costs(network, minutes, True, 4.5, 30.0)
    attachment = net.attach_points(network, points)
    per_m = 1.0 / (4.5 * 1000 / 60) if minutes else 1.0
    graph = net.point_graph(network, forward, backward, attachment, per_m)
    assert graph.min_cost_per_m > 0 and np.isfinite(graph.xy[graph.point_node]).all()
    limit = 0.5 if minutes else 450.0
    for origins, targets in ((np.arange(20, 400), np.arange(20)), (np.arange(20), np.arange(20, 400))):
        whole = net.costs_within(
            dataclasses.replace(graph, xy=None), graph.point_node[origins], graph.point_node[targets], limit
        )
        monkeypatch.setattr(net, "_TILE_MIN_NODES", 0)
        regions = net._regions(
            graph, graph.point_node[targets if len(targets) < len(origins) else origins], limit, tile
        )
        assert len(regions) > 1 and all(nodes is not None for _p, nodes in regions)  # tiling really happens
        tiled = net.costs_within(graph, graph.point_node[origins], graph.point_node[targets], limit, tile=tile)
        monkeypatch.setattr(net, "_TILE_MIN_NODES", 50_000)
        assert len(whole[0]) > 100
        for a, b in zip(whole, tiled):
            assert np.array_equal(a, b)
