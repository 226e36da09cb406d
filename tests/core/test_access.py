"""Access analysis: a three-zone example solved by hand, floating catchment invariants, summary,
bad input and empty input."""

from __future__ import annotations

import logging
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core import access
from migrant_planning_plugin.core.errors import InputError


def _demand(xs, populations, migrants=None, ys=None):
    ys = ys if ys is not None else [0.0] * len(xs)
    data = {"codigo": [f"D{k}" for k in range(len(xs))], "poblacion": populations}
    if migrants is not None:
        data["migrantes"] = migrants
    frame = gpd.GeoDataFrame(data, geometry=shapely.points(np.column_stack([xs, ys])), crs=9377)
    frame.attrs["layer_name"] = "asentamientos"
    return frame


def _facilities(xs, capacities, types=None, ys=None):
    ys = ys if ys is not None else [0.0] * len(xs)
    frame = gpd.GeoDataFrame(
        {
            "codigo": [f"F{k}" for k in range(len(xs))],
            "nombre": [f"Facility {k}" for k in range(len(xs))],
            "tipo": types or ["salud"] * len(xs),
            "capacidad": capacities,
        },
        geometry=shapely.points(np.column_stack([xs, ys])),
        crs=9377,
    )
    frame.attrs["layer_name"] = "equipamientos"
    return frame


def _options(**kw):
    base = dict(
        population_field="poblacion",
        demand_id_field="codigo",
        facility_type_field="tipo",
        capacity_field="capacidad",
        facility_id_field="codigo",
        facility_name_field="nombre",
        default_threshold=1000.0,
    )
    base.update(kw)
    return access.AccessOptions(**base)


# Three zones on a line: A at x=200 (1 000 people), B at x=1000 (2 000), C at x=3000 (500).
# Facilities: F1 at x=500 (capacity 30), F2 at x=2600 (capacity 10), F3 far away at x=10000 (50).
# Catchment 1 000 m: F1 reaches A (300 m) and B (500 m); F2 reaches C (400 m); F3 reaches no one.
THREE = dict(xs=[200.0, 1000.0, 3000.0], populations=[1000, 2000, 500])
FACS = dict(xs=[500.0, 2600.0, 10000.0], capacities=[30, 10, 50])


def test_three_zones_2sfca_by_hand(caplog):
    caplog.set_level(logging.INFO, logger="migrant_planning")
    result = access.service_access(
        _demand(**THREE), _facilities(**FACS), _options(weighting=access.TWO_STEP, underserved_share=0.9)
    )
    d, f = result.demand, result.facilities
    # R1 = 30 / (1000 + 2000) = 0.01 per person; R2 = 10 / 500 = 0.02; F3 has no demand
    assert f["ratio_1k"].tolist()[:2] == pytest.approx([10.0, 20.0])
    assert math.isnan(f["ratio_1k"].iloc[2]) and f["in_reach"].tolist() == [True, True, False]
    assert f["population"].tolist() == pytest.approx([3000, 500, 0])
    assert f["load"].tolist()[:2] == pytest.approx([3000 / 30, 500 / 10])
    assert "1 facilities have no demand within 1000 m" in caplog.text
    assert d["access_1k"].tolist() == pytest.approx([10.0, 10.0, 20.0])
    # city mean = (1000*0.01 + 2000*0.01 + 500*0.02) / 3500 = 40 / 3500
    mean = 40 / 3500
    assert d["access_rel"].tolist() == pytest.approx([0.01 / mean, 0.01 / mean, 0.02 / mean])
    assert d["underserved"].tolist() == [True, True, False]  # 0.875 < 0.9 <= 1.75
    assert d["nearest_id"].tolist() == ["F0", "F0", "F1"]
    assert d["cost"].tolist() == pytest.approx([300, 500, 400])
    assert d["covered"].all() and d["reachable"].all()


def test_three_zones_e2sfca_by_hand():
    result = access.service_access(_demand(**THREE), _facilities(**FACS), _options(weighting=access.ENHANCED))
    # sub-zones of 1 000 m: A at 300 m weighs 1, B at 500 m and C at 400 m weigh 0.68
    r1 = 30 / (1.0 * 1000 + 0.68 * 2000)  # 30 / 2360
    r2 = 10 / (0.68 * 500)  # 10 / 340
    assert result.demand["access_1k"].tolist() == pytest.approx([1000 * r1, 1000 * 0.68 * r1, 1000 * 0.68 * r2])
    assert result.facilities["demand_w"].tolist()[:2] == pytest.approx([2360, 340])
    assert result.facilities["population"].tolist()[:2] == pytest.approx([3000, 500])  # unweighted


def test_three_zones_gaussian_by_formula():
    result = access.service_access(_demand(**THREE), _facilities(**FACS), _options(weighting=access.GAUSSIAN))

    def w(d):  # Dai (2010), d0 = 1000
        return (math.exp(-0.5 * (d / 1000) ** 2) - math.exp(-0.5)) / (1 - math.exp(-0.5))

    r1 = 30 / (w(300) * 1000 + w(500) * 2000)
    r2 = 10 / (w(400) * 500)
    expected = [1000 * w(300) * r1, 1000 * w(500) * r1, 1000 * w(400) * r2]
    assert result.demand["access_1k"].tolist() == pytest.approx(expected)
    edges = access.catchment_weights(np.array([0.0, 1000.0, 1000.1]), 1000.0, access.GAUSSIAN)
    assert edges == pytest.approx([1, 0, 0])


def test_e2sfca_zone_edges():
    costs = np.array([0, 333.3, 333.4, 666.6, 666.7, 1000, 1000.01])
    weights = access.catchment_weights(costs, 1000.0, access.ENHANCED)
    assert weights.tolist() == pytest.approx([1, 1, 0.68, 0.68, 0.22, 0.22, 0])


def test_summary_per_area_by_hand():
    areas = gpd.GeoDataFrame(
        {"nombre": ["Norte", "Sur", "Vacía"]},
        geometry=[shapely.box(-100, -100, 1500, 100), shapely.box(1500, -100, 5000, 100), shapely.box(0, 500, 10, 510)],
        crs=9377,
    )
    demand = _demand(**THREE, migrants=[100, 1000, 50])
    result = access.service_access(
        demand,
        _facilities(**FACS),
        _options(migrants_field="migrantes", thresholds="Salud=450", area_name_field="nombre"),
        areas=areas,
    )
    s = result.summary.set_index("area_name")
    assert list(result.summary.columns) == list(access.SUMMARY_COLUMNS)
    assert list(s.index) == ["Norte", "Sur", "Vacía", "ALL"]
    # threshold 450 m: A (300 m) and C (400 m) covered, B (500 m) not
    assert s.loc["Norte", "population"] == 3000 and s.loc["Norte", "population_covered"] == 1000
    assert s.loc["Norte", "share_covered"] == pytest.approx(1 / 3)
    assert s.loc["Norte", "migrants_covered"] == 100 and s.loc["Norte", "migrants"] == 1100
    assert s.loc["Norte", "mean_cost"] == pytest.approx((1000 * 300 + 2000 * 500) / 3000)
    assert s.loc["Sur", "mean_cost"] == pytest.approx(400)
    assert s.loc["Vacía", "population"] == 0 and math.isnan(s.loc["Vacía", "share_covered"])
    assert s.loc["ALL", "population_covered"] == 1500
    assert s.loc["ALL", "mean_cost"] == pytest.approx((300_000 + 1_000_000 + 200_000) / 3500)
    assert (s["unreachable"] == 0).all()
    assert result.demand["area_name"].tolist() == ["Norte", "Norte", "Sur"]


def test_types_thresholds_and_minutes():
    facilities = _facilities(
        [0.0, 0.0], [10, 10], types=["Educación", "salud"], ys=[600.0, 1200.0]
    )  # school 600 m away, clinic 1 200 m away
    result = access.service_access(
        _demand([0.0], [100]),
        facilities,
        _options(cost_unit=access.MINUTES, walking_speed_kmh=6.0, thresholds="educacion=5; SALUD=15"),
    )
    d = result.demand.set_index("facility_type")
    assert result.types == ["Educación", "salud"]
    assert result.thresholds == {"Educación": 5.0, "salud": 15.0}
    assert d.loc["Educación", "cost"] == pytest.approx(6.0)  # 600 m at 100 m/min
    assert not d.loc["Educación", "covered"] and d.loc["salud", "covered"]


@st.composite
def cities(draw):
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    n_d, n_f = draw(st.integers(1, 25)), draw(st.integers(1, 8))
    demand = _demand(rng.uniform(0, 3000, n_d), rng.integers(0, 5000, n_d), ys=rng.uniform(0, 3000, n_d))
    facilities = _facilities(
        rng.uniform(0, 3000, n_f),
        rng.integers(1, 1000, n_f),
        types=list(rng.choice(["salud", "educación"], n_f)),
        ys=rng.uniform(0, 3000, n_f),
    )
    d0 = draw(st.floats(100, 3000))
    return demand, facilities, d0


def _lattice_roads(n=8, spacing=400.0):
    lines = []
    for k in range(n):
        lines.append(shapely.LineString([(0, k * spacing), ((n - 1) * spacing, k * spacing)]))
        lines.append(shapely.LineString([(k * spacing, 0), (k * spacing, (n - 1) * spacing)]))
    # split at the crossings so the lattice connects (lines connect at shared vertices only)
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(lines)))
    return gpd.GeoDataFrame(geometry=noded, crs=9377)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cities(), st.sampled_from([access.STRAIGHT_LINE, access.ROAD_NETWORK]))
def test_2sfca_conserves_supply(city, method):
    demand, facilities, d0 = city
    roads = _lattice_roads()
    result = access.service_access(
        demand, facilities, _options(default_threshold=d0, method=method, weighting=access.TWO_STEP), roads
    )
    for kind in result.types:
        d = result.demand[result.demand["facility_type"] == kind]
        f = result.facilities[result.facilities["facility_type"] == kind]
        # sum_i P_i A_i = sum of S_j over facilities with demand in reach (independent of the pairs found)
        assert (d["population"] * d["access_1k"] / 1000).sum() == pytest.approx(
            f.loc[f["in_reach"], "capacity"].sum(), rel=1e-9, abs=1e-9
        )
        assert (d["access_1k"] >= 0).all()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cities(), st.floats(0.1, 0.9), st.sampled_from([access.STRAIGHT_LINE, access.ROAD_NETWORK]))
def test_coverage_never_falls_when_the_threshold_grows(city, fraction, method):
    demand, facilities, d0 = city
    roads = _lattice_roads()
    small = access.service_access(demand, facilities, _options(default_threshold=d0 * fraction, method=method), roads)
    large = access.service_access(demand, facilities, _options(default_threshold=d0, method=method), roads)
    assert np.all(large.demand["covered"].to_numpy() >= small.demand["covered"].to_numpy())
    s, m = small.summary.set_index("facility_type"), large.summary.set_index("facility_type")
    assert np.all(m["population_covered"] >= s["population_covered"])
    # and road distance >= straight-line distance for the nearest facility
    if method == access.ROAD_NETWORK:
        straight = access.service_access(demand, facilities, _options(default_threshold=d0), roads)
        assert np.all(large.demand["cost"].to_numpy() >= straight.demand["cost"].to_numpy() - 1e-6)


def test_missing_or_bad_capacity_leaves_scores_empty(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    facilities = _facilities(**{**FACS, "capacities": [30, 0, 50]})
    result = access.service_access(_demand(**THREE), facilities, _options())
    scores = result.demand["access_1k"].tolist()
    assert scores[:2] == pytest.approx([10.0, 10.0]) and math.isnan(scores[2])  # C reaches only F2 (capacity 0)
    assert math.isnan(result.facilities["capacity"].iloc[1]) and math.isnan(result.facilities["load"].iloc[1])
    assert "1 facilities have a missing, zero or negative capacity" in caplog.text
    caplog.clear()
    result = access.service_access(_demand(**THREE), _facilities(**FACS), _options(capacity_field=None))
    assert result.demand["access_1k"].isna().all() and result.demand["underserved"].isna().all()
    assert result.demand["covered"].all()  # coverage does not need capacities
    assert "no capacity field" in caplog.text


def test_network_unreachable_points_are_flagged(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    roads = gpd.GeoDataFrame(
        geometry=[shapely.LineString([(0, 0), (1000, 0)]), shapely.LineString([(5000, 0), (6000, 0)])], crs=9377
    )
    demand = _demand([100.0, 5500.0], [10, 20], ys=[10.0, 10.0])
    result = access.service_access(
        demand, _facilities([900.0], [5], ys=[-10.0]), _options(method=access.ROAD_NETWORK), roads
    )
    d = result.demand
    assert d["reachable"].tolist() == [True, False]
    assert d["cost"].iloc[0] == pytest.approx(10 + 800 + 10) and math.isnan(d["cost"].iloc[1])
    assert d["covered"].tolist() == [True, False] and d["nearest_id"].iloc[1] is None
    assert "1 demand points cannot reach any facility" in caplog.text
    assert result.summary.set_index("area_name").loc["ALL", "unreachable"] == 1


def test_roads_that_are_not_lines_warn_and_leave_points_unreachable(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    roads = gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 10, 10)], crs=9377)
    result = access.service_access(_demand(**THREE), _facilities(**FACS), _options(method=access.ROAD_NETWORK), roads)
    assert not result.demand["reachable"].any()
    assert "are not lines" in caplog.text and "3 demand points cannot reach" in caplog.text


def test_empty_inputs_give_empty_outputs_with_a_warning(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    empty_facilities = _facilities([], [])
    result = access.service_access(_demand(**THREE), empty_facilities, _options())
    assert len(result.demand) == 0 and len(result.facilities) == 0 and len(result.summary) == 0
    assert list(result.summary.columns) == list(access.SUMMARY_COLUMNS)
    assert "no facility to analyse" in caplog.text
    result = access.service_access(_demand([], []), _facilities(**FACS), _options())
    assert len(result.demand) == 0 and "no demand feature" in caplog.text


def test_bad_input_is_refused_with_the_parameter_named():
    demand, facilities = _demand(**THREE), _facilities(**FACS)
    with pytest.raises(InputError, match="POPULATION_FIELD"):
        access.service_access(demand, facilities, _options(population_field="habitantes"))
    with pytest.raises(InputError, match="ROADS"):
        access.service_access(demand, facilities, _options(method=access.ROAD_NETWORK))
    with pytest.raises(InputError, match="THRESHOLDS"):
        access.service_access(demand, facilities, _options(thresholds="salud 1500"))
    with pytest.raises(InputError, match="THRESHOLDS"):
        access.service_access(demand, facilities, _options(thresholds="salud=-5"))
    with pytest.raises(InputError, match="WALKING_SPEED"):
        access.service_access(demand, facilities, _options(walking_speed_kmh=0))
    text = demand.assign(poblacion=["many"] * 3)
    with pytest.raises(InputError, match="'poblacion' is not numeric"):
        access.service_access(text, facilities, _options())
    # numbers stored as text are refused too, not guessed: '1.200' is 1200 in Colombia, 1.2 elsewhere
    text = demand.assign(poblacion=["1.200", "300", "45"])
    with pytest.raises(InputError, match=r"to_real\("):
        access.service_access(text, facilities, _options())
    empty = demand.assign(poblacion=[None, None, None]).astype({"poblacion": float})
    with pytest.raises(InputError, match="holds no numbers"):
        access.service_access(empty, facilities, _options())


def test_inputs_are_not_modified_and_polygons_use_a_point_inside():
    bowtie = shapely.Polygon([(0, 0), (200, 200), (200, 0), (0, 200), (0, 0)])  # invalid: repaired for its point
    demand = gpd.GeoDataFrame(
        {"poblacion": [100, None, 50]}, geometry=[shapely.box(0, 0, 100, 100), bowtie, None], crs=9377
    )
    before = demand.copy()
    result = access.service_access(demand, _facilities([50.0], [10], ys=[50.0]), _options(demand_id_field=None))
    pd.testing.assert_frame_equal(demand, before)
    assert result.demand["demand_fid"].tolist() == [0, 1]  # the feature without geometry is left out
    assert result.demand["population"].tolist() == [100, 0]  # null population counts as 0
    assert result.demand["cost"].iloc[0] < 50  # the point on surface of the box is inside it
    assert result.demand.geometry.iloc[1].wkb == bowtie.wkb  # output keeps the input geometry


def test_coverage_without_catchments_skips_the_facility_loads_only():
    demand, facilities = _demand(**THREE), _facilities(**FACS)
    full = access.service_access(demand, facilities, _options(weighting=access.NO_WEIGHTING))
    lean = access.service_access(demand, facilities, _options(weighting=access.NO_WEIGHTING, catchments=False))
    pd.testing.assert_frame_equal(full.demand, lean.demand)
    pd.testing.assert_frame_equal(full.summary, lean.summary)
    assert full.facilities["population"].tolist() == pytest.approx([3000, 500, 0])
    assert lean.facilities["population"].isna().all() and lean.facilities["threshold"].tolist() == [1000] * 3
