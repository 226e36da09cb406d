"""core.suitability: standardisations, OWA, distances by blocks, constraints, classes, zonal statistics,
ranking and sensitivity, each checked against hand-computed values or an independent method."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.spatial import cKDTree
from scipy.stats import spearmanr

from migrant_planning_plugin.core import suitability as S
from migrant_planning_plugin.core.grid import GridSpec

# ----------------------------------------------------------------------------- helpers


def centres(grid: GridSpec, row: int = 0, n_rows=None):
    """Cell-centre coordinate grids (X, Y) of a block."""
    xs, ys = grid.cell_centres(row, n_rows)
    return np.meshgrid(xs, ys)


def field_reader(function):
    """A raster reader that evaluates ``function(x, y)`` at the cell centres of any grid."""

    def reader(grid: GridSpec) -> np.ndarray:
        x, y = centres(grid)
        return function(x, y).astype(float)

    return reader


def collect(model, grid, aoi, **kwargs):
    """Run suitability_grid and stack the emitted blocks by key."""
    out = {}
    result = S.suitability_grid(model, grid, aoi, lambda k, r, a: out.setdefault(k, []).append(a), **kwargs)
    return result, {k: np.vstack(v) for k, v in out.items()}


# ----------------------------------------------------------------------------- standardisation


def test_linear_at_and_between_breakpoints():
    x = np.array([0, 500, 800, 1250, 2000, 3000, np.nan])
    dec = S.Standardisation("linear", False, 500, 2000).apply(x)
    assert np.allclose(dec[:6], [1, 1, 0.8, 0.5, 0, 0]) and np.isnan(dec[6])
    inc = S.Standardisation("linear", True, 5, 30).apply(np.array([0, 5, 10, 30, 40]))
    assert np.allclose(inc, [0, 0, 0.2, 1, 1])


def test_sigmoid_at_and_between_breakpoints():
    x = np.array([-10, 0, 25, 50, 75, 100, 150])
    # sin^2(pi/8) = 0.146447, sin^2(3 pi/8) = 0.853553
    inc = S.Standardisation("sigmoid", True, 0, 100).apply(x)
    assert np.allclose(inc, [0, 0, 0.1464466, 0.5, 0.8535534, 1, 1], atol=1e-7)
    dec = S.Standardisation("sigmoid", False, 0, 100).apply(x)
    assert np.allclose(dec, 1 - inc)


def test_j_shaped_at_and_between_breakpoints():
    dec = S.Standardisation("j_shaped", False, 100, 300).apply(np.array([50, 100, 200, 300, 500]))
    # 1/(1+(100/200)^2) = 0.8; 1/(1+1) = 0.5; 1/(1+(400/200)^2) = 0.2
    assert np.allclose(dec, [1, 1, 0.8, 0.5, 0.2])
    inc = S.Standardisation("j_shaped", True, 100, 300).apply(np.array([0, 100, 300, 400]))
    # 1/(1+(300/200)^2) = 0.307692
    assert np.allclose(inc, [0.3076923, 0.5, 1, 1], atol=1e-7)


def test_gaussian_near_a_value():
    g = S.Standardisation("gaussian", center=300, spread=100).apply(np.array([300, 400, 200, 500]))
    # exp(-0.5) = 0.606531, exp(-2) = 0.135335
    assert np.allclose(g, [1, 0.6065307, 0.6065307, 0.1353353], atol=1e-7)


def test_class_table_on_numeric_codes_and_labels():
    table = S.Standardisation("table", scores=(("1", 0.2), ("3", 0.9), ("urbano", 0.8)), default=0.5)
    out = table.apply(np.array([1, 2, 3, np.nan]))
    assert np.allclose(out[:3], [0.2, 0.5, 0.9]) and np.isnan(out[3])
    assert table.score_of("URBANO") == 0.8 and table.score_of("rural") is None


def test_saturation_points():
    assert S.Standardisation("linear", False, 500, 2000).saturation() == 2000
    assert S.Standardisation("sigmoid", True, 0, 10).saturation() == 10
    assert S.Standardisation("j_shaped", True, 1, 3).saturation() == 3
    assert S.Standardisation("j_shaped", False, 100, 300).saturation() is None
    assert S.Standardisation("j_shaped", False, 100, 300).default_cap() == 2100  # 100 + 10 * 200
    assert S.Standardisation("gaussian", center=300, spread=100).default_cap() == 700


# ----------------------------------------------------------------------------- aggregation


def test_owa_example_by_hand():
    values = np.array([[0.2], [0.8], [0.5]])
    # sorted best first: 0.8 (w 0.3), 0.5 (w 0.2), 0.2 (w 0.5); u ~ (0.3*0.5, 0.2*0.3, 0.5*0.2) = (0.15, 0.06, 0.10)
    # S = (0.15*0.8 + 0.06*0.5 + 0.10*0.2) / 0.31 = 0.17 / 0.31
    out = S.owa(values, np.array([0.5, 0.3, 0.2]), np.array([0.5, 0.3, 0.2]))
    assert out[0] == pytest.approx(0.17 / 0.31)


def test_owa_identities():
    rng = np.random.default_rng(3)
    values = rng.random((4, 30, 20))
    weights = rng.random(4) + 0.05
    weights /= weights.sum()
    assert np.allclose(S.owa(values, weights, np.full(4, 0.25)), S.wlc(values, weights))
    assert np.allclose(S.owa(values, weights, np.array([1.0, 0, 0, 0])), values.max(axis=0))
    assert np.allclose(S.owa(values, weights, np.array([0, 0, 0, 1.0])), values.min(axis=0))
    assert np.allclose(S.wlc(values, weights), np.tensordot(weights, values, axes=1))


def test_orness_gives_the_identities_and_exact_orness():
    assert np.allclose(S.order_weights_for_orness(4, 0.5), 0.25)
    assert np.allclose(S.order_weights_for_orness(4, 1.0), [1, 0, 0, 0])
    assert np.allclose(S.order_weights_for_orness(4, 0.0), [0, 0, 0, 1])
    for value in (0.1, 0.3, 0.7, 0.95):
        v = S.order_weights_for_orness(5, value)
        assert v.sum() == pytest.approx(1.0) and (v >= 0).all()
        assert S.orness(v) == pytest.approx(value, abs=1e-9)
    # RIM quantifier by hand: Q(r) = r^2 with n = 2 -> v = (1/4, 3/4), orness 0.25
    assert np.allclose(S.rim_order_weights(2, 2.0), [0.25, 0.75])
    assert S.orness([0.25, 0.75]) == pytest.approx(0.25)


def test_aggregate_propagates_missing_values():
    values = np.array([[0.5, np.nan], [0.5, 0.5]])
    out = S.aggregate(values, np.array([0.5, 0.5]))
    assert out[0] == pytest.approx(0.5) and np.isnan(out[1])
    owa = S.aggregate(values, np.array([0.5, 0.5]), np.array([1.0, 0.0]))
    assert np.isnan(owa[1])


def test_perturbed_weights_by_hand():
    out = S.perturbed_weights([0.5, 0.3, 0.2], 0, 0.2)
    assert np.allclose(out, [0.6, 0.24, 0.16])  # others scaled by 0.4 / 0.5
    out = S.perturbed_weights([0.5, 0.3, 0.2], 2, -0.1)
    assert np.allclose(out, [0.5 * 0.82 / 0.8, 0.3 * 0.82 / 0.8, 0.18])
    assert S.perturbed_weights([1.0], 0, 0.1) is None


# ----------------------------------------------------------------------------- distances


GRID = GridSpec.from_bounds((1000, 2000, 4000, 4000), 50.0)


def _points(n=25, seed=1):
    rng = np.random.default_rng(seed)
    return shapely.points(rng.uniform((300, 1300), (4700, 4700), (n, 2)))  # some outside the grid


@pytest.mark.parametrize("cap", [800.0, 1e6])
def test_distance_equals_kdtree_reference_including_features_outside_the_grid(cap):
    points = _points()
    source = S.DistanceSource(points, cap)
    got = np.vstack([source.read(GRID, r, n) for r, n in GRID.blocks(7)])
    r0, r1, c0, c1 = source.window(GRID, 0, 7)
    assert r1 - r0 <= GRID.height + 40 and c1 - c0 <= GRID.width + 40  # a huge cap: window bounded by the features
    # reference: distance from each cell centre to the centre of the (extended-lattice) cell holding a point
    xy = shapely.get_coordinates(points)
    cs = GRID.cell_size
    fx = GRID.x_min + (np.floor((xy[:, 0] - GRID.x_min) / cs) + 0.5) * cs
    fy = GRID.y_max - (np.floor((GRID.y_max - xy[:, 1]) / cs) + 0.5) * cs
    x, y = centres(GRID)
    d, _ = cKDTree(np.c_[fx, fy]).query(np.c_[x.ravel(), y.ravel()])
    expected = np.minimum(d.reshape(GRID.shape), cap)
    assert np.allclose(got, expected, atol=1e-9)
    assert (got < cap).any() and ((got == cap).any() or cap > 1e5)


@pytest.mark.parametrize("rows", [1, 7, 13, 40])
def test_blocked_distance_equals_whole_grid(rows):
    rng = np.random.default_rng(5)
    lines = [shapely.LineString(rng.uniform((800, 1800), (4200, 4200), (3, 2))) for _ in range(6)]
    polygons = [
        shapely.box(x, y, x + w, y + h) for x, y, w, h in rng.uniform((900, 1900, 5, 5), (4000, 4000, 300, 300), (8, 4))
    ]
    source = S.DistanceSource(np.array(lines + polygons + list(_points(5, 9)), dtype=object), 600.0)
    whole = source.read(GRID, 0, GRID.height)
    blocked = np.vstack([source.read(GRID, r, n) for r, n in GRID.blocks(rows)])
    assert np.array_equal(whole, blocked)


def test_polygons_smaller_than_a_cell_still_count():
    tiny = shapely.box(2010, 3010, 2012, 3012)  # 2 m square, no cell centre inside
    source = S.DistanceSource([tiny], 500.0)
    got = source.read(GRID, 0, GRID.height)
    assert got.min() == 0.0


def test_no_features_gives_the_cap_everywhere():
    source = S.DistanceSource([], 700.0)
    assert source.empty and (source.read(GRID, 3, 5) == 700.0).all()


# ----------------------------------------------------------------------------- slope and polygons


def test_slope_of_a_plane_is_exact_everywhere():
    # z = 0.03 x + 0.04 y -> gradient 0.05 -> 5 % at every cell (Horn is exact on planes)
    source = S.SlopeSource(field_reader(lambda x, y: 0.03 * x + 0.04 * y))
    slope = np.vstack([source.read(GRID, r, n) for r, n in GRID.blocks(9)])
    assert np.allclose(slope, 5.0, atol=1e-9)


def test_slope_where_the_dem_ends_uses_the_centre_for_missing_neighbours():
    def plane_with_hole(x, y):
        z = 0.1 * x
        return np.where(x < 2500, z, np.nan)

    slope = S.SlopeSource(field_reader(plane_with_hole)).read(GRID, 0, GRID.height)
    x, _ = centres(GRID)
    assert np.allclose(slope[x < 2450], 10.0)  # interior: exact
    edge = (x > 2450) & (x < 2500)  # right neighbours missing -> replaced by the centre: half the gradient
    assert np.allclose(slope[edge], 5.0)


def test_polygon_values_lowest_wins_and_fill():
    a = shapely.box(1000, 2000, 2000, 3000)
    b = shapely.box(1500, 2500, 2500, 3500)
    source = S.PolygonSource([a, b], [0.8, 0.2], fill=1.0)
    got = source.read(GRID, 0, GRID.height)
    x, y = centres(GRID)
    in_a, in_b = shapely.contains_xy(a, x, y), shapely.contains_xy(b, x, y)
    assert np.allclose(got[in_b], 0.2)
    assert np.allclose(got[in_a & ~in_b], 0.8)
    assert np.allclose(got[~in_a & ~in_b], 1.0)


# ----------------------------------------------------------------------------- whole runs


def _model(exclusions=(), masks=(), weights=(0.6, 0.4)):
    c1 = S.Criterion(
        "east", S.RasterSource(field_reader(lambda x, y: (x - 1000) / 3000)), S.Standardisation("none"), weights[0]
    )
    c2 = S.Criterion(
        "north", S.RasterSource(field_reader(lambda x, y: (y - 2000) / 2000)), S.Standardisation("none"), weights[1]
    )
    return S.SuitabilityModel([c1, c2], list(exclusions), list(masks))


def test_constraints_and_aoi_after_aggregation():
    aoi = shapely.box(1000, 2000, 3600, 4000)
    excluded = shapely.box(2000, 2500, 3000, 3500)
    water = shapely.box(1200, 3600, 1800, 3900)
    model = _model(
        [S.PolygonConstraint("hazard", np.array([excluded]))],
        [S.PolygonConstraint("water", np.array([water]), "nodata")],
    )
    result, out = collect(model, GRID, aoi, rows_per_block=6)
    x, y = centres(GRID)
    expected = 0.6 * (x - 1000) / 3000 + 0.4 * (y - 2000) / 2000
    values, classes = out["suitability"], out["classes"]
    inside_ex = shapely.contains_xy(excluded, x, y)
    in_water = shapely.contains_xy(water, x, y)
    outside = ~shapely.contains_xy(aoi, x, y)
    assert (values[inside_ex] == 0).all() and (classes[inside_ex] == 0).all()
    assert (values[in_water | outside] == S.SUITABILITY_NODATA).all() and (classes[in_water | outside] == 255).all()
    free = ~inside_ex & ~in_water & ~outside
    assert np.allclose(values[free], expected[free], atol=1e-6)
    # equal-interval classes by hand (cells exactly on a break compared as written, in float32)
    breaks = np.array([0.2, 0.4, 0.6, 0.8])
    written = values[free].astype(float)
    assert np.array_equal(classes[free], 1 + (written[:, None] >= breaks).sum(axis=1))
    clear = np.abs(expected[free][:, None] - breaks).min(axis=1) > 1e-6
    assert np.array_equal(classes[free][clear], 1 + (expected[free][clear][:, None] >= breaks).sum(axis=1))
    assert result.cells_excluded == int((inside_ex & ~in_water & ~outside).sum())
    assert result.cells_nodata == int((in_water | outside).sum())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    weights=st.lists(st.floats(0.01, 1.0), min_size=3, max_size=3),
    levels=st.lists(st.floats(0.0, 1.0), min_size=3, max_size=3),
    owa=st.booleans(),
)
def test_constrained_cells_are_never_suitable(weights, levels, owa):
    small = GridSpec.from_bounds((0, 0, 400, 300), 20.0)
    zone = shapely.box(100, 50, 260, 210)
    criteria = [
        S.Criterion(
            f"c{i}", S.RasterSource(field_reader(lambda x, y, v=v: np.full(x.shape, v))), S.Standardisation("none"), w
        )
        for i, (w, v) in enumerate(zip(weights, levels))
    ]
    aggregation = S.Aggregation("owa", orness=0.8) if owa else S.Aggregation()
    model = S.SuitabilityModel(criteria, [S.PolygonConstraint("z", np.array([zone]))], [], aggregation)
    _, out = collect(model, small, shapely.box(0, 0, 400, 300), rows_per_block=4)
    x, y = centres(small)
    inside = shapely.contains_xy(zone, x, y)
    assert (out["suitability"][inside] == 0).all() and (out["classes"][inside] == 0).all()
    assert (out["suitability"][~inside] >= 0).all() and (out["suitability"][~inside] <= 1 + 1e-6).all()


def test_threshold_constraint_on_raw_values():
    model = _model()
    model.exclusions.append(S.ThresholdConstraint("far_east", "east", above=0.5))
    _, out = collect(model, GRID, None)
    x, _ = centres(GRID)
    assert (out["suitability"][(x - 1000) / 3000 > 0.5] == 0).all()
    assert (out["suitability"][(x - 1000) / 3000 < 0.5] > 0).any()


def test_quantile_classes_use_quintiles_of_the_valid_cells():
    model = _model([S.PolygonConstraint("z", np.array([shapely.box(1000, 2000, 1500, 2500)]))])
    result, out = collect(model, GRID, None, class_method="quantile", rows_per_block=5)
    values, classes = out["suitability"], out["classes"]
    valid = classes > 0
    expected = np.quantile(values[valid].astype(float), [0.2, 0.4, 0.6, 0.8])
    assert np.allclose(result.breaks, expected, atol=1e-6)
    counts = np.bincount(classes[valid], minlength=6)[1:]
    assert abs(counts - valid.sum() / 5).max() <= 0.02 * valid.sum()
    assert (classes[~valid] == 0).all()


def test_whole_model_blocked_equals_single_block():
    rng = np.random.default_rng(8)
    roads = np.array(
        [shapely.LineString(rng.uniform((500, 1500), (4500, 4500), (4, 2))) for _ in range(5)], dtype=object
    )
    zones = np.array([shapely.box(x, y, x + 700, y + 500) for x, y in rng.uniform((900, 1900), (3500, 3600), (6, 2))])
    criteria = [
        S.Criterion("roads", S.DistanceSource(roads, 900.0), S.Standardisation("sigmoid", False, 100, 900), 0.3),
        S.Criterion(
            "slope",
            S.SlopeSource(field_reader(lambda x, y: 30 * np.sin(x / 400) + 0.05 * y)),
            S.Standardisation("linear", False, 5, 30),
            0.3,
        ),
        S.Criterion("land", S.PolygonSource(zones, rng.random(6), fill=0.5), S.Standardisation("none"), 0.4),
    ]
    model = S.SuitabilityModel(criteria, [S.PolygonConstraint("z", zones[:1])], [], S.Aggregation("owa", orness=0.3))
    aoi = shapely.Point(2500, 3000).buffer(1400)
    _, whole = collect(model, GRID, aoi, rows_per_block=GRID.height, class_method="quantile", write_criteria=True)
    for rows in (1, 6, 17):
        _, blocked = collect(model, GRID, aoi, rows_per_block=rows, class_method="quantile", write_criteria=True)
        for key in whole:
            assert np.array_equal(whole[key], blocked[key]), (rows, key)


def test_criteria_blocks_emitted_when_asked():
    _, out = collect(_model(), GRID, None, write_criteria=True)
    x, _ = centres(GRID)
    assert np.allclose(out["criterion:east"], (x - 1000) / 3000, atol=1e-6)


def test_a_criterion_without_values_in_the_aoi_is_refused():
    c = S.Criterion(
        "dem", S.RasterSource(field_reader(lambda x, y: np.full(x.shape, np.nan))), S.Standardisation("none")
    )
    with pytest.raises(S.InputError, match="no value anywhere"):
        S.suitability_grid(S.SuitabilityModel([c]), GRID, None)


def test_block_rows_respect_the_budget():
    model = _model()
    model.criteria.append(
        S.Criterion("d", S.DistanceSource(_points(), 1000.0), S.Standardisation("linear", False, 0, 1000))
    )
    big = GridSpec.from_bounds((0, 0, 100_000, 100_000), 25.0)
    rows = S.block_rows(model, big, 64 * 2**20)
    assert 1 <= rows < big.height


# ----------------------------------------------------------------------------- parcels


def _brute_force(values, grid, parcel, threshold):
    """Per-parcel statistics by testing every cell centre (independent of rasterisation)."""
    x, y = centres(grid)
    inside = shapely.contains_xy(parcel, x, y)
    if not inside.any():
        point = shapely.point_on_surface(parcel)
        col = int((point.x - grid.x_min) // grid.cell_size)
        row = int((grid.y_max - point.y) // grid.cell_size)
        inside = np.zeros(grid.shape, bool)
        inside[row, col] = True
    cells = values[inside]
    ok = cells[np.isfinite(cells)]
    return {
        "n_cells": len(cells),
        "suit_mean": ok.mean() if len(ok) else np.nan,
        "suit_min": ok.min() if len(ok) else np.nan,
        "suit_max": ok.max() if len(ok) else np.nan,
        "share_top2": (ok >= threshold).sum() / len(cells),
        "share_excl": (ok == 0).sum() / len(cells),
        "share_nodata": (~np.isfinite(cells)).sum() / len(cells),
    }


def test_zonal_statistics_equal_brute_force_with_overlaps_and_tiny_parcels():
    grid = GridSpec.from_bounds((0, 0, 400, 300), 10.0)
    rng = np.random.default_rng(11)
    values = rng.random(grid.shape)
    values[rng.random(grid.shape) < 0.1] = np.nan
    values[rng.random(grid.shape) < 0.1] = 0.0
    boxes = [shapely.box(x, y, x + w, y + h) for x, y, w, h in rng.uniform((1, 1, 15, 15), (300, 200, 90, 90), (12, 4))]
    boxes.append(shapely.box(103.3, 104.1, 105.2, 106.0))  # tiny: no cell centre inside
    boxes.append(
        shapely.box(
            boxes[0].bounds[0] + 3.3, boxes[0].bounds[1] + 2.7, boxes[0].bounds[2] + 20.1, boxes[0].bounds[3] - 1.1
        )
    )
    parcels = np.array(boxes, dtype=object)
    zones = S.ParcelZones(parcels, grid)
    assert len(zones.layers) >= 2  # the overlapping parcel is burnt in a layer of its own
    stats = S.zonal_statistics(zones, lambda r, n: values[r : r + n], 0.6, rows_per_block=7)
    for i, parcel in enumerate(parcels):
        expected = _brute_force(values, grid, parcel, 0.6)
        for key, value in expected.items():
            assert stats.loc[i, key] == pytest.approx(value, nan_ok=True, abs=1e-12), (i, key)


def test_parcel_outside_the_grid_has_no_statistics():
    grid = GridSpec.from_bounds((0, 0, 100, 100), 10.0)
    zones = S.ParcelZones(np.array([shapely.box(500, 500, 600, 600)], dtype=object), grid)
    stats = S.zonal_statistics(zones, lambda r, n: np.ones((n, grid.width)), 0.6)
    assert stats.loc[0, "n_cells"] == 0 and np.isnan(stats.loc[0, "suit_mean"]) and np.isnan(stats.loc[0, "share_top2"])


def test_rank_ties_broken_by_id_and_missing_last():
    ranks = S.rank_by_score([0.5, 0.7, 0.5, np.nan, 0.7], [3, 9, 1, 0, 2])
    assert ranks.tolist() == [4, 2, 3, 5, 1]
    ids = S.sortable_ids(["P-2", None, "P-1"])
    assert S.rank_by_score([0.1, 0.1, 0.1], ids).tolist() == [2, 3, 1]


def test_join_numeric_area_weighted_by_hand():
    import geopandas as gpd

    parcel = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    other = gpd.GeoDataFrame(
        {"exposed": [10.0, 40.0, 99.0], "share": [np.nan, 0.5, 1.0], "fid": [1, 2, 3]},
        geometry=[shapely.box(0, 0, 5, 10), shapely.box(5, 0, 10, 5), shapely.box(100, 100, 110, 110)],
    )
    out = S.join_numeric(parcel, other, "exp")
    # (50 * 10 + 25 * 40) / 75 = 20; 'share' only where known: 0.5; covered 75 of 100 m2
    assert out.loc[0, "exp_exposed"] == pytest.approx(20.0)
    assert out.loc[0, "exp_share"] == pytest.approx(0.5)
    assert out.loc[0, "exp_cover"] == pytest.approx(0.75)
    assert "exp_fid" not in out.columns
    points = gpd.GeoDataFrame({"minutes": [1.0, 2.0]}, geometry=[shapely.Point(20, 5), shapely.Point(13, 5)])
    near = S.join_numeric(parcel, points, "acc")
    assert near.loc[0, "acc_minutes"] == 2.0 and near.loc[0, "acc_dist_m"] == pytest.approx(3.0)


# ----------------------------------------------------------------------------- sensitivity


def test_sensitivity_runs_match_independent_full_recomputations():
    grid = GridSpec.from_bounds((0, 0, 1000, 800), 20.0)
    rng = np.random.default_rng(4)
    readers = [
        field_reader(lambda x, y: 0.5 + 0.5 * np.sin(x / 130.0) * np.cos(y / 170.0)),
        field_reader(lambda x, y: (x + y) / 1800.0),
        field_reader(lambda x, y: np.exp(-(((x - 600) / 300) ** 2) - ((y - 300) / 250) ** 2)),
    ]
    base_weights = [0.5, 0.3, 0.2]

    def model(weights):
        return S.SuitabilityModel(
            [
                S.Criterion(f"c{i}", S.RasterSource(r), S.Standardisation("none"), w)
                for i, (r, w) in enumerate(zip(readers, weights))
            ]
        )

    parcels = np.array(
        [shapely.box(x, y, x + 60, y + 50) for x, y in rng.uniform((0, 0), (930, 740), (40, 2))], dtype=object
    )
    ids = list(range(40))
    zones = S.ParcelZones(parcels, grid)
    table = S.weight_sensitivity(model(base_weights), grid, None, zones, ids, top_n=10, rows_per_block=9)
    assert len(table) == 1 + 3 * 4
    base = table.iloc[0]
    assert base["criterion"] == "base" and base["spearman"] == 1.0 and base["top_kept"] == 10

    def full_run(weights):
        _, out = collect(model(weights), grid, None)
        values = np.where(out["suitability"] == S.SUITABILITY_NODATA, np.nan, out["suitability"].astype(float))
        stats = S.zonal_statistics(zones, lambda r, n: values[r : r + n], 0.6)
        return stats["suit_mean"].to_numpy(), int((values >= 0.6).sum())

    base_means, base_top = full_run(base_weights)
    for criterion, change, expected_weights in (
        ("c0", 0.2, [0.6, 0.24, 0.16]),
        ("c2", -0.1, [0.5 * 0.82 / 0.8, 0.3 * 0.82 / 0.8, 0.18]),
    ):
        row = table[(table["criterion"] == criterion) & (table["change_pct"] == change * 100)].iloc[0]
        means, top = full_run(expected_weights)
        assert row["spearman"] == pytest.approx(spearmanr(base_means, means).correlation, abs=1e-5)
        order = lambda m: set(np.lexsort((np.arange(40), -m))[:10].tolist())  # noqa: E731
        assert row["top_kept"] == len(order(base_means) & order(means))
        assert row["area_top2_ha"] == pytest.approx(top * 400 / 10_000)
        assert row["d_area_top2_ha"] == pytest.approx((top - base_top) * 400 / 10_000)
        assert math.isclose(row["weight"], expected_weights[int(criterion[1])], rel_tol=1e-9)
    # quantile classes: the two best classes of the base run hold 40 % of the cells
    quantiles = S.weight_sensitivity(model(base_weights), grid, None, zones, ids, class_method="quantile")
    cells = grid.width * grid.height
    assert quantiles.iloc[0]["area_top2_ha"] == pytest.approx(0.4 * cells * 400 / 10_000, rel=0.01)
