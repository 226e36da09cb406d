"""core.scenarios: demand, allocation rules, exposure, distances, SDG 11.3.1 and refusals.

Every expected number is worked out by hand in a comment, or comes from a brute-force reference
(Python sorting, scipy cKDTree, shapely point-in-polygon) independent of the code under test.
"""

from __future__ import annotations

import json
import logging
import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import CRS
from scipy.spatial import cKDTree

from migrant_planning_plugin.core import scenarios as sc
from migrant_planning_plugin.core.errors import Cancelled, InputError
from migrant_planning_plugin.core.grid import GridSpec
from tests.growth_support import cell_centres, sample_suitability

CRS_WKT = CRS.from_epsg(9377).to_wkt()
X0, Y0 = 5_000_000.0, 2_000_000.0


def _grid(width: int, height: int, cell: float = 100.0) -> GridSpec:
    return GridSpec(X0, Y0 + height * cell, cell, width, height, CRS_WKT)


def _cell_box(grid: GridSpec, row0: int, col0: int, row1: int, col1: int):
    """Polygon covering cells rows row0..row1-1, columns col0..col1-1 exactly."""
    c = grid.cell_size
    return shapely.box(grid.x_min + col0 * c, grid.y_max - row1 * c, grid.x_min + col1 * c, grid.y_max - row0 * c)


def _frame(geoms, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(list(geoms), crs=9377), crs=9377)


def _scenario(**overrides) -> sc.Scenario:
    item = {
        "name": "test",
        "base_population": 10_000,
        "base_year": 2025,
        "horizon_year": 2027,
        "arrivals_per_year": 1000,
        "household_size": 4,
        "density_dwellings_ha": 50,
        "public_space_share": 0.5,
        "allocation": "planned",
    }
    item.update(overrides)
    item = {k: v for k, v in item.items() if v is not None}
    return sc.parse_scenarios(json.dumps([item]))[0]


# ------------------------------------------------------------------------------------------- demand


def test_yearly_demand_compound_growth_by_hand():
    # P = 1000 * 1.1^t: 1100, 1210 -> added 100, 110; households /4 = 25, 27.5;
    # land = 25 / 50 / (1 - 0.5) = 1.0 ha, 27.5 / 25 = 1.1 ha
    scenario = _scenario(base_population=1000, growth_rate=0.1, arrivals_per_year=None)
    demand = sc.yearly_demand(scenario)
    assert demand["year"].tolist() == [2026, 2027]
    assert demand["population_added"].tolist() == pytest.approx([100.0, 110.0])
    assert demand["households"].tolist() == pytest.approx([25.0, 27.5])
    assert demand["dwellings"].tolist() == pytest.approx([25.0, 27.5])
    assert demand["land_demand_ha"].tolist() == pytest.approx([1.0, 1.1])


def test_yearly_demand_arrivals_by_hand():
    # 1000 arrivals / 4 = 250 households; 250 / 50 / 0.5 = 10 ha each year
    demand = sc.yearly_demand(_scenario())
    assert demand["population_added"].tolist() == [1000.0, 1000.0]
    assert demand["land_demand_ha"].tolist() == pytest.approx([10.0, 10.0])
    assert demand["population_after"].tolist() == [11_000.0, 12_000.0]


# ------------------------------------------------------------------------------------------- SDG 11.3.1


def _plain_layers(grid, suitability, urban_geoms=(), **kwargs):
    urban = _frame(urban_geoms)
    return sc.prepare_layers(suitability, grid, urban, **kwargs)


def test_lcrpgr_hand_computed_case():
    # 100 m cells = 1 ha. Existing urban: 20 x 10 cells = 200 ha. 10 ha of land a year (see above).
    # 2026: Urb 200 -> 210, Pop 10 000 -> 11 000: ln(1.05)/ln(1.1) = 0.0487902/0.0953102 = 0.511909
    # 2027: Urb 210 -> 220, Pop 11 000 -> 12 000: ln(22/21)/ln(12/11) = 0.0465200/0.0870114 = 0.534642
    grid = _grid(40, 40)
    suitability = np.full(grid.shape, 0.5)
    layers = _plain_layers(grid, suitability, [_cell_box(grid, 0, 0, 10, 20)])
    assert layers.existing_urban_ha == pytest.approx(200.0)
    summary, _outcome = sc.run_scenario(_scenario(), layers, sc.ServiceStandards(), seed=0)
    assert summary["land_allocated_ha"].tolist() == pytest.approx([10.0, 10.0])
    assert summary["lcrpgr"].tolist() == pytest.approx([0.511909, 0.534642], abs=2e-6)


def test_lcrpgr_null_without_population_growth():
    grid = _grid(10, 10)
    layers = _plain_layers(grid, np.full(grid.shape, 0.5), [_cell_box(grid, 0, 0, 2, 2)])
    summary, _ = sc.run_scenario(_scenario(arrivals_per_year=0), layers, sc.ServiceStandards(), seed=0)
    assert summary["lcrpgr"].isna().all()
    assert (summary["land_allocated_ha"] == 0).all()


def test_lcrpgr_function_edge_cases():
    # no urban land before: undefined; no population change: undefined; by hand ln(2)/ln(4) = 0.5
    out = sc.lcrpgr([0, 10, 10], [5, 20, 20], [100, 100, 100], [200, 100, 400])
    assert math.isnan(out[0]) and math.isnan(out[1]) and out[2] == pytest.approx(0.5)


# ------------------------------------------------------------------------------------------- allocation


def _brute_force_best(score, candidates, k, descending):
    """Reference ordering with Python's sort: best score first, ties by cell index."""
    sign = -1.0 if descending else 1.0
    return sorted(candidates.tolist(), key=lambda i: (sign * score[i], i))[:k]


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.integers(0, 4), min_size=1, max_size=60),
    k=st.integers(0, 70),
    descending=st.booleans(),
    drop=st.integers(0, 5),
)
def test_best_cells_matches_brute_force(values, k, descending, drop):
    score = np.array(values, dtype=float) / 4.0  # many ties on purpose
    candidates = np.array([i for i in range(len(values)) if (i + drop) % 6 != 0], dtype=np.int64)
    got = sc.best_cells(score, candidates, k, descending).tolist()
    assert got == _brute_force_best(score, candidates, k, descending)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    arrivals=st.lists(st.integers(0, 3000), min_size=1, max_size=8),
    cell=st.sampled_from([50.0, 100.0]),
)
def test_allocation_counts_follow_demand(seed, arrivals, cell):
    cell_ha = cell * cell / 1e4
    demand_ha = np.array(arrivals, dtype=float) / 4 / 50 / 0.5
    counts, unmet = sc.allocation_counts(demand_ha, cell_ha, 10**9)
    # unlimited land: every year within one cell of its demand, the running total within half a cell
    assert np.all(np.abs(counts * cell_ha - demand_ha) <= cell_ha + 1e-9)
    assert np.all(np.abs(np.cumsum(counts) * cell_ha - np.cumsum(demand_ha)) <= cell_ha / 2 + 1e-9)
    assert np.all(unmet == 0)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    rate=st.floats(0.0, 0.5),
    years=st.integers(1, 8),
    allocation=st.sampled_from(["planned", "trend"]),
)
def test_allocated_area_equals_demand_while_land_lasts(seed, rate, years, allocation):
    rng = np.random.default_rng(seed)
    grid = _grid(12, 10)  # 1 ha cells
    suitability = rng.random(grid.shape)
    suitability[rng.random(grid.shape) < 0.2] = np.nan
    suitability[rng.random(grid.shape) < 0.1] = 0.0
    layers = _plain_layers(grid, suitability, [_cell_box(grid, 0, 0, 3, 4)])
    scenario = _scenario(
        base_population=4000, growth_rate=rate, arrivals_per_year=None, horizon_year=2025 + years, allocation=allocation
    )
    summary, outcome = sc.run_scenario(scenario, layers, sc.ServiceStandards(), seed)
    # demand by hand: people added P0 (1 + r)^t - P0 (1 + r)^(t - 1); ha = people / 4 / 50 / (1 - 0.5)
    t = np.arange(1, years + 1)
    demand = (4000 * (1 + rate) ** t - 4000 * (1 + rate) ** (t - 1)) / 4 / 50 / 0.5
    assert summary["land_demand_ha"].to_numpy() == pytest.approx(demand)
    x, y = cell_centres(grid)
    urban = shapely.contains_xy(_cell_box(grid, 0, 0, 3, 4), x, y)
    if allocation == "planned":
        supply = int((np.isfinite(suitability) & (suitability > 0) & ~urban).sum())
    else:
        supply = int((np.isfinite(suitability) & ~urban).sum())
    per_year = np.array([(outcome.years == 2025 + k).sum() for k in t], dtype=float)
    assert summary["land_allocated_ha"].to_numpy() == pytest.approx(per_year)
    cumulative = np.cumsum(demand)
    lasting = cumulative <= supply
    assert np.all(np.abs(np.cumsum(per_year)[lasting] - cumulative[lasting]) <= 0.5 + 1e-9)
    assert np.all(summary["unmet_demand_ha"].to_numpy()[lasting] == 0)
    # beyond: everything available is taken and the rest is reported unmet
    assert per_year.sum() + summary["unmet_demand_ha"].sum() == pytest.approx(cumulative[-1], abs=0.5 + 1e-9)
    if not lasting.all():
        assert per_year.sum() == supply


def test_planned_without_compactness_takes_most_suitable_first():
    rng = np.random.default_rng(7)
    grid = _grid(30, 20)
    suitability = np.round(rng.random(grid.shape), 1)  # ties on purpose
    suitability[rng.random(grid.shape) < 0.15] = np.nan
    urban_geoms = [_cell_box(grid, 2, 3, 6, 9), _cell_box(grid, 12, 20, 15, 28)]
    layers = _plain_layers(grid, suitability, urban_geoms)
    _summary, outcome = sc.run_scenario(
        _scenario(horizon_year=2029, arrivals_per_year=2000), layers, sc.ServiceStandards(), seed=0
    )
    x, y = cell_centres(grid)
    urban = shapely.contains_xy(shapely.union_all(urban_geoms), x, y)
    free = np.isfinite(suitability) & (suitability > 0) & ~urban
    developed = outcome.years > 0
    assert developed.sum() == 4 * 20  # 2000 / 4 / 50 / 0.5 = 20 ha a year, 4 years, 1 ha cells
    assert not (developed & ~free).any()
    assert suitability[developed].min() >= suitability[free & ~developed].max()
    # earlier years get the better cells, and among equal scores the earlier cells (row by row)
    reference = _brute_force_best(suitability.ravel(), np.flatnonzero(free.ravel()), 80, True)
    assert np.flatnonzero(developed.ravel()).tolist() == sorted(reference)
    assert outcome.years.ravel()[reference].tolist() == [2026] * 20 + [2027] * 20 + [2028] * 20 + [2029] * 20


def test_compactness_formula_prefers_cells_near_the_city():
    # one row of 1 ha cells; urban in column 0. Column 1 (100 m from urban) suitability 0.5,
    # column 9 (900 m) suitability 0.9. With c = 0.5, D = 1000 m:
    # column 1: 0.5*0.5 + 0.5*(1 - 100/1000) = 0.70; column 9: 0.5*0.9 + 0.5*(1 - 900/1000) = 0.50
    grid = _grid(10, 1)
    suitability = np.full(grid.shape, np.nan)
    suitability[0, 1], suitability[0, 9] = 0.5, 0.9
    layers = _plain_layers(grid, suitability, [_cell_box(grid, 0, 0, 1, 1)])
    one_cell = {"arrivals_per_year": 100, "horizon_year": 2026}  # 100/4/50/0.5 = 1 ha = 1 cell
    _, plain = sc.run_scenario(_scenario(**one_cell), layers, sc.ServiceStandards(), 0)
    _, compact = sc.run_scenario(
        _scenario(compactness=0.5, compactness_distance_m=1000, **one_cell), layers, sc.ServiceStandards(), 0
    )
    assert plain.years[0, 9] == 2026 and plain.years[0, 1] == 0
    assert compact.years[0, 1] == 2026 and compact.years[0, 9] == 0


def test_unmet_demand_when_land_runs_out(caplog):
    # 5 free cells of 1 ha; 2 ha a year (200/4/50/0.5) for 4 years:
    # allocated 2, 2, 1, 0; unmet 0, 0, 1, 2
    grid = _grid(5, 2)
    suitability = np.full(grid.shape, np.nan)
    suitability[0, :] = [0.9, 0.8, 0.7, 0.6, 0.5]
    layers = _plain_layers(grid, suitability, [_cell_box(grid, 1, 0, 2, 2)])
    with caplog.at_level(logging.WARNING, logger="migrant_planning"):
        summary, outcome = sc.run_scenario(
            _scenario(name="Sin suelo", arrivals_per_year=200, horizon_year=2029), layers, sc.ServiceStandards(), 0
        )
    assert summary["land_allocated_ha"].tolist() == pytest.approx([2, 2, 1, 0])
    assert summary["unmet_demand_ha"].tolist() == pytest.approx([0, 0, 1, 2])
    assert outcome.shortfall_ha == pytest.approx(3.0)
    assert any("Sin suelo" in r.getMessage() and "2028" in r.getMessage() for r in caplog.records)
    # people housed in 2028: half of the 200 (1 of 2 ha); hazard columns null without hazards
    assert outcome.growth.set_index("year").loc[2028, "population"] == pytest.approx(100.0)
    assert summary["pop_in_hazard_alta"].isna().all()


def test_hazard_people_and_distances_by_hand():
    # Row of 10 cells of 1 ha, suitability decreasing left to right; planned takes 4 cells a year
    # (400/4/50/0.5 = 4 ha). Hazard alta covers columns 0-1 (flood), media columns 1-3 (landslide):
    # column 1 counts once, as alta. Year 1 cells: columns 0-3 -> alta 2, media 2 of 4 cells:
    # 400 * 2/4 = 200 people in alta, 200 in media, share 400/400 = 1. Year 2 (columns 4-7): none.
    grid = _grid(10, 1)
    suitability = np.linspace(1.0, 0.1, 10).reshape(1, 10)
    hazards = _frame(
        [_cell_box(grid, 0, 0, 1, 2), _cell_box(grid, 0, 1, 1, 4)],
        tipo=["inundación", "movimiento en masa"],
        nivel=["alta", "media"],
    )
    # health at the centre of column 0 (x = X0 + 50): distances of columns 0-3 = 0, 100, 200, 300 -> mean 150
    # education 1 km north of column 5 (x = X0 + 550): columns 4-7: sqrt(1000^2 + 100^2) and 1000 ... by brute force
    facilities = _frame(
        [shapely.Point(X0 + 50, Y0 + 50), shapely.Point(X0 + 550, Y0 + 1050), shapely.Point(X0, Y0)],
        tipo=["Salud", "Educación", "primera infancia"],
    )
    layers = sc.prepare_layers(
        suitability,
        grid,
        _frame([]),
        hazards=hazards,
        hazard_level_field="nivel",
        hazard_type_field="tipo",
        facilities=facilities,
        facility_type_field="tipo",
    )
    summary, _ = sc.run_scenario(_scenario(arrivals_per_year=400), layers, sc.ServiceStandards(), 0)
    first, second = summary.iloc[0], summary.iloc[1]
    assert (first.pop_in_hazard_alta, first.pop_in_hazard_media, first.share_in_hazard) == pytest.approx(
        (200.0, 200.0, 1.0)
    )
    assert (second.pop_in_hazard_alta, second.pop_in_hazard_media, second.share_in_hazard) == (0.0, 0.0, 0.0)
    assert first.mean_dist_health_m == pytest.approx(150.0)
    education = [math.hypot(X0 + 50 + 100 * c - (X0 + 550), 1000.0) for c in range(4, 8)]
    assert second.mean_dist_education_m == pytest.approx(sum(education) / 4)
    # default standards: 400 * 0.22 * 1 = 88 seats; health 400 * 1000 / 1000 = 400
    assert first.school_seats_needed == pytest.approx(88.0)
    assert first.health_capacity_needed == pytest.approx(400.0)


def test_service_standards_override():
    standards = sc.parse_service_standards('{"school_seats_per_1000": 180, "health_capacity_per_1000": 1.7}')
    # 2000 people: 2000 * 180 / 1000 = 360 seats; 2000 * 1.7 / 1000 = 3.4
    assert standards.school_seats(np.array([2000.0]))[0] == pytest.approx(360.0)
    assert standards.health_capacity(np.array([2000.0]))[0] == pytest.approx(3.4)
    assert sc.parse_service_standards("").school_age_share == 0.22


def test_no_allocated_cell_is_excluded_or_already_urban_planned_and_trend():
    rng = np.random.default_rng(3)
    grid = _grid(25, 25)
    suitability = rng.random(grid.shape)
    suitability[rng.random(grid.shape) < 0.3] = np.nan
    suitability[rng.random(grid.shape) < 0.1] = 0.0
    urban_geoms = [_cell_box(grid, 10, 10, 14, 15).buffer(30), shapely.Point(X0 + 400, Y0 + 2100).buffer(180)]
    hazard_geom = _cell_box(grid, 0, 0, 8, 25)
    hazards = _frame([hazard_geom], nivel=["alta"])
    urban = _frame(urban_geoms, informal=[False, True])
    layers = sc.prepare_layers(
        suitability, grid, urban, informal_field="informal", hazards=hazards, hazard_level_field="nivel"
    )
    x, y = cell_centres(grid)
    in_urban = shapely.contains_xy(shapely.union_all(urban_geoms), x, y)
    in_hazard = shapely.contains_xy(hazard_geom, x, y)
    for allocation in ("planned", "trend"):
        _, outcome = sc.run_scenario(
            _scenario(allocation=allocation, arrivals_per_year=6000, horizon_year=2028),
            layers,
            sc.ServiceStandards(),
            5,
        )
        developed = outcome.years > 0
        assert developed.sum() == 180  # 6000/4/50/0.5 = 60 ha a year, 3 years
        assert not (developed & in_urban).any()
        if allocation == "planned":
            assert (np.isfinite(suitability[developed]) & (suitability[developed] > 0)).all()
        else:
            assert (np.isfinite(suitability) | in_hazard)[developed].all()


def test_trend_takes_cells_nearest_informal_settlements():
    # trend_noise_m = 0: the cells taken are the candidates nearest to an informal cell (brute force: cKDTree)
    grid = _grid(30, 30)
    suitability = np.full(grid.shape, 0.3)
    informal_geom = _cell_box(grid, 20, 20, 23, 24)
    formal_geom = _cell_box(grid, 3, 3, 8, 8)
    urban = _frame([formal_geom, informal_geom], informal=["no", "sí"])
    layers = sc.prepare_layers(suitability, grid, urban, informal_field="informal")
    _, outcome = sc.run_scenario(
        _scenario(allocation="trend", trend_noise_m=0, arrivals_per_year=3000), layers, sc.ServiceStandards(), 0
    )
    x, y = cell_centres(grid)
    informal_cells = shapely.contains_xy(informal_geom, x, y)
    urban_cells = informal_cells | shapely.contains_xy(formal_geom, x, y)
    tree = cKDTree(np.column_stack([x[informal_cells], y[informal_cells]]))
    distance, _ = tree.query(np.column_stack([x.ravel(), y.ravel()]))
    distance = distance.reshape(grid.shape)
    developed = outcome.years > 0
    free = ~urban_cells
    assert developed.sum() == 2 * 30
    assert distance[developed].max() <= distance[free & ~developed].min() + 1e-6


def test_same_seed_same_result_other_seed_other_result():
    grid = _grid(40, 40)
    suitability = np.full(grid.shape, 0.5)
    urban = _frame([_cell_box(grid, 18, 18, 22, 22)])
    layers = _plain_layers(grid, suitability, urban.geometry.values)
    scenario = _scenario(allocation="trend", trend_noise_m=300, arrivals_per_year=2000)
    _, first = sc.run_scenario(scenario, layers, sc.ServiceStandards(), seed=11)
    _, again = sc.run_scenario(scenario, layers, sc.ServiceStandards(), seed=11)
    _, other = sc.run_scenario(scenario, layers, sc.ServiceStandards(), seed=12)
    assert np.array_equal(first.years, again.years)
    assert not np.array_equal(first.years, other.years)


def test_trend_puts_more_new_people_in_hazard_than_planned_on_sample_city(sample_gpkg):
    suitability, grid = sample_suitability(sample_gpkg, 50.0)
    urban = gpd.read_file(sample_gpkg, layer="asentamientos", engine="fiona")
    hazards = gpd.read_file(sample_gpkg, layer="zonas_amenaza", engine="fiona")
    before = urban.copy()
    common = {
        "base_population": 291000,
        "base_year": 2025,
        "horizon_year": 2035,
        "arrivals_per_year": 6000,
        "household_size": 3.3,
        "density_dwellings_ha": 60,
        "public_space_share": 0.3,
    }
    scenarios = sc.parse_scenarios(
        json.dumps([dict(common, name="trend", allocation="trend"), dict(common, name="plan", allocation="planned")])
    )
    result = sc.growth_scenarios(
        scenarios,
        suitability,
        grid,
        urban,
        informal_field="informal",
        hazards=hazards,
        hazard_level_field="nivel",
        hazard_type_field="tipo_amenaza",
        seed=1,
    )
    totals = result.summary.groupby("scenario")[["population_added", "pop_in_hazard_alta", "pop_in_hazard_media"]]
    totals = totals.sum()
    share = (totals.pop_in_hazard_alta + totals.pop_in_hazard_media) / totals.population_added
    assert share["trend"] > share["plan"]
    assert totals.loc["plan", "pop_in_hazard_alta"] == 0  # alta cells are nodata in this suitability
    assert totals.loc["trend", "pop_in_hazard_alta"] > 0
    # inputs never modified
    assert urban.equals(before)


def test_progress_and_cancel():
    grid = _grid(10, 10)
    layers = _plain_layers(grid, np.full(grid.shape, 0.5), [_cell_box(grid, 0, 0, 2, 2)])
    seen = []
    sc.run_scenarios([_scenario(), _scenario(name="b")], layers, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction):
        if fraction > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        sc.run_scenarios([_scenario(), _scenario(name="b")], layers, progress=cancel)


def test_polygons_cover_the_cells_of_each_year():
    grid = _grid(20, 20)
    rng = np.random.default_rng(1)
    layers = _plain_layers(grid, rng.random(grid.shape), [_cell_box(grid, 0, 0, 3, 3)])
    _, outcome = sc.run_scenario(_scenario(horizon_year=2028), layers, sc.ServiceStandards(), 0)
    x, y = cell_centres(grid)
    assert outcome.growth["year"].tolist() == [2026, 2027, 2028]
    assert shapely.is_valid(outcome.growth.geometry.values).all()
    for row in outcome.growth.itertuples():
        cells = outcome.years == row.year
        assert row.geometry.area / 1e4 == pytest.approx(cells.sum() * 1.0) == pytest.approx(row.area_ha)
        assert shapely.contains_xy(row.geometry, x[cells], y[cells]).all()
        assert not shapely.contains_xy(row.geometry, x[~cells], y[~cells]).any()


def test_all_nodata_suitability_is_refused():
    grid = _grid(4, 4)
    with pytest.raises(InputError, match="SUITABILITY"):
        _plain_layers(grid, np.full(grid.shape, np.nan))


# ------------------------------------------------------------------------------------------- refusals

BASE = {
    "name": "Plan A",
    "base_population": 1000,
    "base_year": 2025,
    "horizon_year": 2030,
    "growth_rate": 0.02,
    "household_size": 3.3,
    "density_dwellings_ha": 60,
    "public_space_share": 0.3,
    "allocation": "planned",
}


@pytest.mark.parametrize("key", [k for k in sc.REQUIRED_KEYS if k != "name"])
def test_missing_key_refused_with_scenario_and_key(key):
    item = {k: v for k, v in BASE.items() if k != key}
    with pytest.raises(InputError) as error:
        sc.parse_scenarios(json.dumps([BASE, dict(item, name="Plan B")]))
    assert "'Plan B'" in str(error.value) and f"'{key}'" in str(error.value)


@pytest.mark.parametrize(
    "key", ["base_population", "growth_rate", "household_size", "density_dwellings_ha", "public_space_share"]
)
def test_negative_value_refused_with_scenario_and_key(key):
    with pytest.raises(InputError) as error:
        sc.parse_scenarios(json.dumps([dict(BASE, **{key: -1})]))
    assert "'Plan A'" in str(error.value) and f"'{key}'" in str(error.value)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"horizon_year": 2020}, ["horizon_year", "base_year", "Plan A"]),
        ({"horizon_year": 2025}, ["horizon_year", "base_year"]),
        ({"density_dwellings_ha": 0}, ["density_dwellings_ha", "greater than zero", "Plan A"]),
        ({"household_size": 0}, ["household_size", "greater than zero"]),
        ({"arrivals_per_year": 100}, ["either", "growth_rate", "arrivals_per_year"]),
        ({"growth_rate": None}, ["growth_rate", "arrivals_per_year", "missing"]),
        ({"growth_rate": 2}, ["growth_rate", "between"]),
        ({"public_space_share": 1}, ["public_space_share", "below"]),
        ({"allocation": "random"}, ["allocation", "planned", "trend"]),
        ({"density_dwellings_ha": "sesenta"}, ["density_dwellings_ha", "number"]),  # "60" is read as 60
        ({"base_year": 2025.5}, ["base_year", "whole year"]),
        ({"compactness": 1.5}, ["compactness"]),
        ({"densidad": 60}, ["unknown key", "densidad"]),
    ],
)
def test_bad_values_refused(changes, words):
    item = dict(BASE, **changes)
    item = {k: v for k, v in item.items() if v is not None}
    with pytest.raises(InputError) as error:
        sc.parse_scenarios(json.dumps([item]))
    for word in words:
        assert word in str(error.value)


def test_missing_name_is_reported_by_position():
    item = {k: v for k, v in BASE.items() if k != "name"}
    with pytest.raises(InputError) as error:
        sc.parse_scenarios(json.dumps([BASE, item]))
    assert "number 2" in str(error.value) and "'name'" in str(error.value)


def test_scenarios_text_file_and_json_errors(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps([BASE, dict(BASE, name="Tendencia", allocation="tendencial")]), encoding="utf-8")
    parsed = sc.parse_scenarios(str(path))
    assert [s.name for s in parsed] == ["Plan A", "Tendencia"] and parsed[1].allocation == sc.TREND
    assert [s.stem for s in parsed] == ["plan_a", "tendencia"]
    with pytest.raises(InputError, match="does not exist"):
        sc.parse_scenarios(str(tmp_path / "missing.json"))
    with pytest.raises(InputError, match="line 1"):
        sc.parse_scenarios('[{"name": "x",}]')
    with pytest.raises(InputError, match="no scenario"):
        sc.parse_scenarios("  ")
    with pytest.raises(InputError, match="same name"):
        sc.parse_scenarios(json.dumps([BASE, dict(BASE, name="plan a")]))


def test_service_standards_refusals():
    with pytest.raises(InputError, match="unknown key 'seats'"):
        sc.parse_service_standards('{"seats": 1}')
    with pytest.raises(InputError, match="negative"):
        sc.parse_service_standards('{"health_capacity_per_1000": -1}')
    with pytest.raises(InputError, match="school_age_share"):
        sc.parse_service_standards('{"school_age_share": 22}')


@pytest.mark.parametrize("shape,cell,rows", [((37, 53), 7.5, 5), ((64, 20), 25.0, 1024), ((1, 9), 0.3, 1)])
def test_distance_by_blocks_of_rows_equals_scipy_exactly(shape, cell, rows):
    """The memory-frugal distance transform gives scipy's distance_transform_edt bit for bit."""
    from scipy import ndimage

    rng = np.random.default_rng(shape[0])
    mask = rng.random(shape) < 0.05
    mask[0, 0] = True
    expected = ndimage.distance_transform_edt(~mask, sampling=cell)
    got = sc.distance_to(mask, cell, rows_per_block=rows)
    assert got.dtype == np.float64 and np.array_equal(got, expected)
    # and by brute force, the distance from each cell centre to the nearest mask cell centre
    r, c = np.nonzero(mask)
    rr, cc = np.indices(shape)
    brute = np.sqrt(((rr[..., None] - r) * cell) ** 2 + ((cc[..., None] - c) * cell) ** 2).min(axis=-1)
    assert np.allclose(got, brute, rtol=0, atol=1e-9)
    assert np.isinf(sc.distance_to(np.zeros(shape, dtype=bool), cell)).all()


def test_memory_check_by_hand():
    need = 1000 * 2000 * sc.BYTES_PER_CELL
    sc.check_memory(1000, 2000, available=need)  # exactly enough
    with pytest.raises(InputError, match="1000 x 2000 cells need about"):
        sc.check_memory(1000, 2000, available=need - 1)
    free = sc.available_memory()
    assert free is None or free > 0


def test_float32_suitability_gives_the_float64_result(sample_gpkg):
    suitability, grid = sample_suitability(sample_gpkg, 100.0)
    suitability = suitability.astype(np.float32)  # values a float32 raster holds
    urban = gpd.read_file(sample_gpkg, layer="asentamientos", engine="fiona")
    scenario = sc.parse_scenarios(
        json.dumps(
            [
                {
                    "name": "p",
                    "base_population": 100000,
                    "base_year": 2025,
                    "horizon_year": 2030,
                    "arrivals_per_year": 5000,
                    "household_size": 3.3,
                    "density_dwellings_ha": 40,
                    "public_space_share": 0.2,
                    "allocation": "planned",
                    "compactness": 0.4,
                    "compactness_distance_m": 800,
                }
            ]
        )
    )
    as32 = sc.growth_scenarios(scenario, suitability, grid, urban)
    as64 = sc.growth_scenarios(scenario, suitability.astype(np.float64), grid, urban)
    assert np.array_equal(as32.outcomes[0].years, as64.outcomes[0].years) and as32.outcomes[0].years.any()
    assert as32.summary.equals(as64.summary)
