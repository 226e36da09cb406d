"""Property tests on random inputs (hypothesis), each against an independent reference.

They extend the property tests of tests/core (which use valid boxes, lattices and fixed examples):

* polygon sets with invalid (bow-tie, spike, self-touching ring, duplicate vertices), multipart and holed
  polygons, for settlements and zones alike: exposure against a per-feature shapely reference;
* random road graphs with one-way streets and speeds: network costs against networkx shortest paths;
* random AHP matrices (Saaty's scale, sizes 1 to 10): weights sum to 1, CR >= 0, reciprocal, consistent
  matrices give back their weights, permuting the criteria permutes the weights;
* random grids: OWA identities (WLC, maximum, minimum, classic OWA) and bounds, missing values.
"""

from __future__ import annotations

import math

import geopandas as gpd
import networkx as nx
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core import ahp
from migrant_planning_plugin.core import network as net
from migrant_planning_plugin.core import suitability as S
from migrant_planning_plugin.core.exposure import facility_exposure, settlement_exposure

CRS = 9377
RANK = {"alta": 3, "media": 2, "baja": 1}
CODE = {"alta": "a", "media": "m", "baja": "b"}
SLOW = [HealthCheck.too_slow, HealthCheck.filter_too_much]

# ------------------------------------------------------------------------------------------ polygon sets
_c = st.integers(0, 16).map(float)


@st.composite
def messy_polygon(draw):
    """A polygon of one of several shapes, valid or not, single or multipart, with or without a hole."""
    x, y = draw(_c), draw(_c)
    w, h = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    kind = draw(st.sampled_from(["box", "holed", "bowtie", "spike", "touching", "duplicates", "multi", "triangle"]))
    x1, y1 = x + w, y + h
    if kind == "box":
        return shapely.box(x, y, x1, y1)
    if kind == "holed":
        return shapely.Polygon(
            [(x, y), (x1 + 1, y), (x1 + 1, y1 + 1), (x, y1 + 1)],
            [[(x + 0.25, y + 0.25), (x + 0.75, y + 0.25), (x + 0.75, y + 0.75), (x + 0.25, y + 0.75)]],
        )
    if kind == "bowtie":
        return shapely.Polygon([(x, y), (x1, y1), (x1, y), (x, y1)])
    if kind == "spike":
        return shapely.Polygon([(x, y), (x - 2, y), (x, y), (x1, y), (x1, y1), (x, y1)])
    if kind == "touching":  # exterior ring touching itself at one vertex
        xm = (x + x1) / 2
        return shapely.Polygon(
            [
                (x, y),
                (x1, y),
                (x1, y1),
                (xm, y1),
                (x + 0.75 * w, y + 0.5 * h),
                (x + 0.25 * w, y + 0.5 * h),
                (xm, y1),
                (x, y1),
            ]
        )
    if kind == "duplicates":
        return shapely.Polygon([(x, y), (x, y), (x1, y), (x1, y), (x1, y1), (x, y1), (x, y1)])
    if kind == "multi":  # two parts, possibly overlapping (then invalid)
        dx, dy = draw(st.integers(-3, 6)), draw(st.integers(-3, 6))
        return shapely.MultiPolygon([shapely.box(x, y, x1, y1), shapely.box(x + dx, y + dy, x1 + dx, y1 + dy)])
    return shapely.Polygon([(x, y), (x1 + 2, y + 0.5), (x + 0.5, y1 + 1)])


def polygonal(geom):
    """The polygonal parts of a repaired geometry (reference: a plain Python walk)."""
    if geom.is_empty:
        return shapely.Polygon()
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = []
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type in ("Polygon", "MultiPolygon"):
            parts.append(part)
    return shapely.union_all(parts) if parts else shapely.Polygon()


def repaired(geom):
    return polygonal(geom if geom.is_valid else shapely.make_valid(geom))


def reference_shares(geom, zones):
    """Per level, the share of the (repaired) feature whose highest zone level is that level."""
    geom = repaired(geom)
    out = {}
    for level, rank in RANK.items():
        here = [repaired(g) for lv, g in zones if RANK.get(lv) == rank]
        higher = [repaired(g) for lv, g in zones if RANK.get(lv, 0) > rank]
        piece = shapely.union_all(here) if here else shapely.Polygon()
        if higher:
            piece = piece.difference(shapely.union_all(higher))
        with np.errstate(invalid="ignore"):  # shapely warns on an intersection with an empty polygon
            out[level] = geom.intersection(piece).area / geom.area if geom.area > 0 else 0.0
    return out


@st.composite
def messy_cases(draw):
    settlements = draw(st.lists(messy_polygon(), min_size=1, max_size=6))
    zones = draw(
        st.lists(
            st.tuples(st.sampled_from(["alta", "media", "baja", "sin amenaza"]), messy_polygon()),
            min_size=1,
            max_size=6,
        )
    )
    assume(any(level in RANK for level, _ in zones))
    assume(all(repaired(g).area > 0 for g in settlements))
    return settlements, zones


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW)
@given(messy_cases())
def test_exposure_of_messy_polygons_matches_a_per_feature_reference(case):
    settlements, zones = case
    population = np.arange(1, len(settlements) + 1) * 100.0
    frame = gpd.GeoDataFrame({"poblacion": population}, geometry=settlements, crs=CRS)
    hazards = gpd.GeoDataFrame({"nivel": [lv for lv, _ in zones]}, geometry=[g for _lv, g in zones], crs=CRS)
    result = settlement_exposure(frame, hazards, "nivel", population_field="poblacion")
    out = result.features
    assert len(out) == len(settlements)  # nothing merged, nothing dropped
    for i, geom in enumerate(settlements):
        expected = reference_shares(geom, zones)
        assert out["area_m2"].iloc[i] == pytest.approx(repaired(geom).area, rel=1e-9)
        for level, share in expected.items():
            assert out[f"any_{CODE[level]}_shr"].iloc[i] == pytest.approx(share, abs=1e-9)
            assert out[f"any_{CODE[level]}_pop"].iloc[i] == pytest.approx(share * population[i], abs=1e-6)
    # nothing counted twice: the levels and 'none' add up to the layer's population
    rows = result.summary[(result.summary["area_name"] == "ALL") & (result.summary["hazard_type"] == "any")]
    assert rows["population"].sum() == pytest.approx(population.sum(), rel=1e-9)
    assert (rows["population"] >= -1e-9).all()


@settings(max_examples=40, deadline=None, suppress_health_check=SLOW)
@given(
    st.lists(st.tuples(_c, _c), min_size=1, max_size=8),
    st.lists(st.tuples(st.sampled_from(["alta", "media", "baja"]), messy_polygon()), min_size=1, max_size=5),
)
def test_facility_level_is_the_highest_zone_touched(points, zones):
    facilities = gpd.GeoDataFrame(
        {"capacidad": np.ones(len(points))}, geometry=[shapely.Point(p) for p in points], crs=CRS
    )
    hazards = gpd.GeoDataFrame({"nivel": [lv for lv, _ in zones]}, geometry=[g for _lv, g in zones], crs=CRS)
    result = facility_exposure(facilities, hazards, "nivel", capacity_field="capacidad")
    names = {3: "alta", 2: "media", 1: "baja", 0: "none"}
    for i, p in enumerate(points):
        point = shapely.Point(p)
        top = max((RANK[lv] for lv, g in zones if repaired(g).intersects(point)), default=0)
        assert result.features["any_lvl"].iloc[i] == names[top]


# ------------------------------------------------------------------------------------------ road graphs
@st.composite
def road_graphs(draw):
    """Straight roads between random nodes of a jittered 4 x 4 lattice, with one-way codes and speeds."""
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    nodes = np.array([(i * 100.0, j * 100.0) for i in range(4) for j in range(4)])
    nodes += np.round(rng.uniform(-30, 30, nodes.shape), 1)
    n_edges = draw(st.integers(3, 30))
    pairs = rng.integers(0, len(nodes), size=(n_edges, 2))
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    assume(len(pairs) >= 2)
    oneway = rng.choice([net.BOTH, net.FORWARD, net.BACKWARD], size=len(pairs), p=[0.5, 0.3, 0.2]).astype(np.int8)
    speed = rng.choice([20.0, 30.0, 50.0, np.nan, -5.0], size=len(pairs))
    return nodes, pairs, oneway, speed


def _networkx_costs(nodes, pairs, oneway, speed, default_kmh=30.0):
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(nodes)))
    for (a, b), way, kmh in zip(pairs.tolist(), oneway.tolist(), speed.tolist()):
        kmh = kmh if np.isfinite(kmh) and kmh > 0 else default_kmh
        minutes = float(np.hypot(*(nodes[b] - nodes[a]))) / (kmh * 1000.0 / 60.0)
        for u, v, allowed in ((a, b, way != net.BACKWARD), (b, a, way != net.FORWARD)):
            if allowed and (not graph.has_edge(u, v) or graph[u][v]["weight"] > minutes):
                graph.add_edge(u, v, weight=minutes)
    return graph


@settings(max_examples=50, deadline=None, suppress_health_check=SLOW)
@given(road_graphs())
def test_network_costs_equal_networkx_shortest_paths(case):
    nodes, pairs, oneway, speed = case
    lines = np.array([shapely.LineString([nodes[a], nodes[b]]) for a, b in pairs], dtype=object)
    network = net.build_network(lines, speed, oneway, tolerance=0.0)
    forward, backward = net.segment_costs(network, True, True, 4.5, 30.0)
    used = np.unique(pairs)
    attachment = net.attach_points(network, nodes[used])
    assert attachment.distance == pytest.approx(np.zeros(len(used)), abs=1e-6)  # points on their nodes
    graph = net.point_graph(network, forward, backward, attachment, 1.0)
    reference = _networkx_costs(nodes, pairs, oneway, speed)
    i, j, cost = net.costs_within(graph, graph.point_node, graph.point_node, np.inf)
    ours = np.full((len(used), len(used)), np.inf)
    ours[i, j] = cost
    for a, u in enumerate(used.tolist()):
        lengths = nx.single_source_dijkstra_path_length(reference, u, weight="weight")
        for b, v in enumerate(used.tolist()):
            expected = lengths.get(v, np.inf)
            if np.isinf(expected):
                assert np.isinf(ours[a, b]), (u, v)
            else:
                assert ours[a, b] == pytest.approx(expected, rel=1e-9, abs=1e-9), (u, v)
    # nearest of a set of targets (multi-source on the reversed graph) = networkx multi-source from the targets
    targets = used[: max(1, len(used) // 3)]
    nearest, _source = net.nearest_source(graph.reverse, graph.point_node[np.searchsorted(used, targets)])
    backwards = nx.multi_source_dijkstra_path_length(reference.reverse(), set(targets.tolist()), weight="weight")
    for a, u in enumerate(used.tolist()):
        assert nearest[graph.point_node[a]] == pytest.approx(backwards.get(u, np.inf), rel=1e-9, abs=1e-9)


# ------------------------------------------------------------------------------------------ AHP
SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1.0, 3.0, 5.0, 7.0, 9.0, 2.0, 1 / 2, 4.0, 1 / 4]


@st.composite
def reciprocal_matrices(draw):
    n = draw(st.integers(1, 10))
    matrix = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            value = draw(st.sampled_from(SAATY))
            matrix[i, j], matrix[j, i] = value, 1.0 / value
    return matrix


def _as_text(matrix: np.ndarray) -> str:
    def cell(v: float) -> str:
        return f"{v:.12g}" if v >= 1 else f"1/{1 / v:.12g}"

    return ";".join(",".join(cell(v) for v in row) for row in matrix)


@settings(max_examples=80, deadline=None)
@given(reciprocal_matrices())
def test_random_ahp_matrices(matrix):
    result = ahp.ahp_weights(matrix)
    n = len(matrix)
    assert result.weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert (result.weights > 0).all()
    assert result.cr >= 0 and result.ci >= 0
    assert result.lambda_max >= n - 1e-9  # Perron: lambda max of a positive reciprocal matrix is at least n
    assert np.allclose(result.matrix * result.matrix.T, 1.0)  # reciprocal as stored
    # the principal eigenvector, independently: power iteration
    v = np.ones(n) / n
    for _ in range(2000):
        v = matrix @ v
        v /= v.sum()
    assert np.allclose(result.weights, v, atol=1e-7)
    # the same matrix written as text (fractions) gives the same weights
    assert np.allclose(ahp.ahp_weights(_as_text(matrix)).weights, result.weights, atol=1e-9)
    # renaming/permuting the criteria permutes the weights
    order = np.random.default_rng(n).permutation(n)
    permuted = ahp.ahp_weights(matrix[np.ix_(order, order)])
    assert np.allclose(permuted.weights, result.weights[order], atol=1e-9)
    assert permuted.cr == pytest.approx(result.cr, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.01, 1.0), min_size=1, max_size=10))
def test_consistent_matrices_give_back_their_weights(values):
    w = np.asarray(values) / np.sum(values)
    result = ahp.ahp_weights(w[:, None] / w[None, :])
    assert np.allclose(result.weights, w, atol=1e-9)
    assert result.cr == pytest.approx(0.0, abs=1e-9) and result.consistent


# ------------------------------------------------------------------------------------------ grids (OWA)
@st.composite
def grids(draw):
    k = draw(st.integers(1, 6))
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    values = rng.uniform(0, 1, size=(k, draw(st.integers(1, 6)), draw(st.integers(1, 6))))
    values[rng.uniform(size=values.shape) < 0.1] = rng.choice([0.0, 1.0])  # ties and extremes
    weights = rng.uniform(0.05, 1.0, size=k)
    return values, weights / weights.sum()


@settings(max_examples=80, deadline=None)
@given(grids(), st.floats(0.0, 1.0))
def test_owa_identities_on_random_grids(grid, orness):
    values, weights = grid
    k = len(weights)
    assert np.allclose(S.owa(values, weights, np.full(k, 1.0 / k)), S.wlc(values, weights))
    assert np.allclose(S.owa(values, weights, np.eye(k)[0]), values.max(axis=0))
    assert np.allclose(S.owa(values, weights, np.eye(k)[-1]), values.min(axis=0))
    order_weights = S.order_weights_for_orness(k, orness)
    assert order_weights.sum() == pytest.approx(1.0) and (order_weights >= -1e-15).all()
    if k > 1:
        assert S.orness(order_weights) == pytest.approx(orness, abs=1e-6)
    out = S.owa(values, weights, order_weights)
    assert (out >= values.min(axis=0) - 1e-12).all() and (out <= values.max(axis=0) + 1e-12).all()
    # equal criterion weights: the classic OWA, sum of v_j times the j-th best value, cell by cell
    equal = S.owa(values, np.full(k, 1.0 / k), order_weights)
    for r in range(values.shape[1]):
        for c in range(values.shape[2]):
            best_first = sorted(values[:, r, c].tolist(), reverse=True)
            assert equal[r, c] == pytest.approx(sum(v * z for v, z in zip(order_weights, best_first)), abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(grids(), st.booleans())
def test_aggregate_is_missing_exactly_where_a_criterion_is(grid, use_owa):
    values, weights = grid
    values = values.copy()
    rng = np.random.default_rng(len(weights))
    values[rng.uniform(size=values.shape) < 0.2] = np.nan
    order_weights = S.order_weights_for_orness(len(weights), 0.7) if use_owa else None
    out = S.aggregate(values, weights, order_weights)
    assert np.array_equal(np.isnan(out), np.isnan(values).any(axis=0))
    finite = ~np.isnan(out)
    assert (out[finite] >= -1e-12).all() and (out[finite] <= 1 + 1e-12).all()
    assert not math.isnan(float(np.nansum(out)))
