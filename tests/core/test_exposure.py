"""core.exposure: hand-computed cases, bad input, and property tests against a brute-force shapely reference."""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.exposure import (
    ALL,
    facility_exposure,
    outside_label,
    settlement_exposure,
    subdivide,
    type_keys,
)
from migrant_planning_plugin.core.levels import parse_level_weights

CRS = 9377


def _settlements(geoms, pop=None, mig=None, hh=None):
    n = len(geoms)
    frame = gpd.GeoDataFrame(
        {
            "codigo": [f"S{i}" for i in range(n)],
            "poblacion": pop if pop is not None else [100.0] * n,
            "migrantes": mig if mig is not None else [10.0] * n,
            "hogares": hh if hh is not None else [20.0] * n,
        },
        geometry=gpd.GeoSeries(geoms, crs=CRS),
        crs=CRS,
    )
    frame.attrs["layer_name"] = "asentamientos"
    return frame


def _hazards(rows):
    frame = gpd.GeoDataFrame(
        {"tipo": [r[0] for r in rows], "nivel": [r[1] for r in rows]},
        geometry=gpd.GeoSeries([r[2] for r in rows], crs=CRS),
        crs=CRS,
    )
    frame.attrs["layer_name"] = "zonas"
    return frame


def _run(settlements, hazards, **kwargs):
    options = dict(
        level_field="nivel",
        type_field="tipo",
        population_field="poblacion",
        migrants_field="migrantes",
        households_field="hogares",
        id_field="codigo",
    )
    options.update(kwargs)
    return settlement_exposure(settlements, hazards, **options)


def _row(summary, area, hazard_type, level):
    rows = summary[
        (summary["area_name"] == area) & (summary["hazard_type"] == hazard_type) & (summary["hazard_level"] == level)
    ]
    assert len(rows) == 1, (area, hazard_type, level)
    return rows.iloc[0]


# ------------------------------------------------------------------------------------------ by hand


def test_unit_squares_split_in_proportion_to_area():
    # settlement 0..2 x 0..1 (2 m²); flood alta over 1..3 x 0..1: half of it is exposed
    settlements = _settlements([shapely.box(0, 0, 2, 1), shapely.box(10, 10, 11, 11)], pop=[100.0, 7.0])
    hazards = _hazards([("inundación", "alta", shapely.box(1, 0, 3, 1))])
    result = _run(settlements, hazards)
    out = result.features
    assert out["inundacion_a_m2"].tolist() == pytest.approx([1.0, 0.0])
    assert out["inundacion_a_shr"].tolist() == pytest.approx([0.5, 0.0])
    assert out["inundacion_a_pop"].tolist() == pytest.approx([50.0, 0.0])
    assert out["inundacion_a_mig"].tolist() == pytest.approx([5.0, 0.0])
    assert out["inundacion_a_hh"].tolist() == pytest.approx([10.0, 0.0])
    assert out["inundacion_lvl"].tolist() == ["alta", "none"]
    assert out["inundacion_idx"].tolist() == pytest.approx([0.5, 0.0])  # 1.0 x 0.5
    assert out["any_a_pop"].tolist() == pytest.approx([50.0, 0.0])
    assert out["area_m2"].tolist() == pytest.approx([2.0, 1.0])
    alta = _row(result.summary, ALL, "inundación", "alta")
    assert (alta["features"], alta["area_ha"], alta["population"]) == (1, pytest.approx(1e-4), pytest.approx(50.0))
    assert alta["population_share"] == pytest.approx(50.0 / 107.0)
    none = _row(result.summary, ALL, "inundación", "none")
    assert (none["features"], none["population"], none["households"]) == (2, pytest.approx(57.0), pytest.approx(30.0))
    assert none["area_ha"] == pytest.approx(2e-4)


def test_overlapping_levels_count_once_at_the_highest():
    # flood media 0..2, flood alta 1..3 overlap on 1..2; landslide baja 0..1 (x 0..1 everywhere)
    settlements = _settlements([shapely.box(0, 0, 2, 1)])
    hazards = _hazards(
        [
            ("inundación", "media", shapely.box(0, 0, 2, 1)),
            ("Inundacion", "Alta", shapely.box(1, 0, 3, 1)),
            ("movimiento en masa", "baja", shapely.box(0, 0, 1, 1)),
            ("inundación", None, shapely.box(-5, -5, 5, 5)),  # null level: not a hazard
        ]
    )
    out = _run(settlements, hazards).features.iloc[0]
    assert (out["inundacion_a_pop"], out["inundacion_m_pop"], out["inundacion_b_pop"]) == pytest.approx(
        (50.0, 50.0, 0.0)
    )
    assert out["movimiento_b_pop"] == pytest.approx(50.0)
    # any: 1..2 alta (flood), 0..1 media (flood media beats landslide baja)
    assert (out["any_a_pop"], out["any_m_pop"], out["any_b_pop"]) == pytest.approx((50.0, 50.0, 0.0))
    assert out["inundacion_idx"] == pytest.approx(0.5 * 1.0 + 0.5 * 0.5)
    assert out["movimiento_idx"] == pytest.approx(0.5 * 0.2)
    assert out["inundacion_lvl"] == "alta" and out["movimiento_lvl"] == "baja" and out["any_lvl"] == "alta"


def test_custom_index_weights():
    settlements = _settlements([shapely.box(0, 0, 2, 1)])
    hazards = _hazards([("x", "media", shapely.box(0, 0, 1, 1)), ("x", "baja", shapely.box(1, 0, 2, 1))])
    out = _run(settlements, hazards, level_weights="media=0.8; low=0.1").features.iloc[0]
    assert out["x_idx"] == pytest.approx(0.5 * 0.8 + 0.5 * 0.1)
    assert parse_level_weights("3=2") == {"alta": 2.0, "media": 0.5, "baja": 0.2}
    with pytest.raises(InputError, match="LEVEL_WEIGHTS"):
        parse_level_weights("extreme=2")
    with pytest.raises(InputError, match="LEVEL_WEIGHTS"):
        parse_level_weights("alta=-1")


def test_point_on_a_zone_boundary_touches_the_zone():
    # media 0..1, alta 1..2 (x 0..1)
    points = [
        shapely.Point(1, 0.5),  # on the shared edge: touches alta -> alta
        shapely.Point(0, 0.5),  # on media's outer edge -> media
        shapely.Point(2, 1),  # alta's corner -> alta
        shapely.Point(0.5, 0.5),  # inside media
        shapely.Point(2.000001, 0.5),  # just outside
    ]
    settlements = _settlements(points, pop=[1.0, 2.0, 4.0, 8.0, 16.0])
    hazards = _hazards([("f", "media", shapely.box(0, 0, 1, 1)), ("f", "alta", shapely.box(1, 0, 2, 1))])
    result = _run(settlements, hazards)
    assert result.features["f_lvl"].tolist() == ["alta", "media", "alta", "media", "none"]
    assert result.features["f_a_pop"].tolist() == pytest.approx([1.0, 0.0, 4.0, 0.0, 0.0])
    assert result.features["f_m_shr"].tolist() == pytest.approx([0.0, 1.0, 0.0, 1.0, 0.0])
    assert _row(result.summary, ALL, "f", "alta")["population"] == pytest.approx(5.0)
    assert _row(result.summary, ALL, "f", "media")["features"] == 2
    assert _row(result.summary, ALL, "f", "none")["population"] == pytest.approx(16.0)


def test_indivisible_polygons_count_whole_at_the_highest_level_touched():
    # a building that shares only an edge with an alta zone and overlaps a baja zone
    settlements = _settlements([shapely.box(0, 0, 1, 1)], pop=[6.0])
    hazards = _hazards([("f", "alta", shapely.box(1, 0, 2, 1)), ("f", "baja", shapely.box(0.5, 0, 1, 1))])
    divisible = _run(settlements, hazards).features.iloc[0]
    assert (divisible["f_a_pop"], divisible["f_b_pop"]) == pytest.approx((0.0, 3.0))
    whole = _run(settlements, hazards, mode="indivisible").features.iloc[0]
    assert (whole["f_a_pop"], whole["f_b_pop"], whole["f_a_m2"], whole["f_lvl"]) == (
        pytest.approx(6.0),
        pytest.approx(0.0),
        pytest.approx(1.0),
        "alta",
    )


def test_feature_cut_by_two_areas_is_split_by_area():
    # settlement 0..4 x 0..1, 400 persons; areas A 0..1 and B 1..3; 3..4 lies outside every area.
    # flood alta 0..2; a point (indivisible) at 2.5 in B, in no zone.
    settlements = _settlements([shapely.box(0, 0, 4, 1), shapely.Point(2.5, 0.5)], pop=[400.0, 9.0])
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 2, 1))])
    areas = gpd.GeoDataFrame(
        {"nombre": ["A", "B"]}, geometry=gpd.GeoSeries([shapely.box(0, 0, 1, 10), shapely.box(1, 0, 3, 10)]), crs=CRS
    )
    summary = _run(settlements, hazards, areas=areas, area_name_field="nombre").summary
    outside = outside_label()
    assert _row(summary, "A", "f", "alta")["population"] == pytest.approx(100.0)
    assert _row(summary, "A", "f", "none")["population"] == pytest.approx(0.0)
    assert _row(summary, "A", "f", "none")["features"] == 0
    assert _row(summary, "B", "f", "alta")["population"] == pytest.approx(100.0)
    assert _row(summary, "B", "f", "none")["population"] == pytest.approx(100.0 + 9.0)
    assert _row(summary, "B", "f", "none")["features"] == 2
    assert _row(summary, "B", "f", "alta")["area_ha"] == pytest.approx(1e-4)
    assert _row(summary, outside, "f", "none")["population"] == pytest.approx(100.0)
    assert _row(summary, outside, "f", "alta")["population"] == pytest.approx(0.0)
    assert _row(summary, ALL, "f", "alta")["population"] == pytest.approx(200.0)
    assert _row(summary, ALL, "f", "none")["population"] == pytest.approx(209.0)
    assert _row(summary, "B", "f", "alta")["population_share"] == pytest.approx(100.0 / 209.0)
    # every feature counted once in total: the areas add up to ALL
    by_area = summary[summary["area_name"] != ALL].groupby(["hazard_type", "hazard_level"])["population"].sum()
    whole = summary[summary["area_name"] == ALL].set_index(["hazard_type", "hazard_level"])["population"]
    assert by_area.sort_index().to_numpy() == pytest.approx(whole.sort_index().to_numpy())
    assert list(summary["area_name"].unique()) == [ALL, "A", "B", outside]


def test_overlapping_areas_report_each_place_once():
    settlements = _settlements([shapely.box(0, 0, 2, 1)], pop=[200.0])
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 2, 1))])
    areas = gpd.GeoDataFrame(
        {"nombre": ["A", "B"]}, geometry=gpd.GeoSeries([shapely.box(0, 0, 1.5, 1), shapely.box(1, 0, 2, 1)]), crs=CRS
    )
    summary = _run(settlements, hazards, areas=areas, area_name_field="nombre").summary
    assert _row(summary, "A", "f", "alta")["population"] == pytest.approx(150.0)
    assert _row(summary, "B", "f", "alta")["population"] == pytest.approx(50.0)
    assert outside_label() not in set(summary["area_name"])


def test_bad_geometries_are_repaired_or_skipped_and_counted(caplog):
    bowtie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])  # two triangles of 1 m² each
    settlements = _settlements([bowtie, None, shapely.Polygon()], pop=[10.0, 5.0, 5.0])
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 1, 2)), ("f", "media", None)])
    with caplog.at_level(logging.INFO, logger="migrant_planning"):
        result = _run(settlements, hazards)
    assert len(result.features) == 1 and result.features["codigo"].tolist() == ["S0"]
    assert result.features["f_a_pop"].iloc[0] == pytest.approx(5.0)  # the left triangle
    assert result.features.geometry.iloc[0].is_valid
    assert "repaired 1 invalid" in caplog.text
    assert "2 features without a usable geometry were skipped (S1, S2)" in caplog.text
    assert _row(result.summary, ALL, "f", "none")["population"] == pytest.approx(5.0)


def test_unknown_levels_refuse_and_empty_levels_are_counted(caplog):
    """A level the vocabulary does not know stops the run (value, count, area); an empty one is warned of."""
    settlements = _settlements([shapely.box(0, 0, 1, 1)])
    hazards = _hazards([("f", "altísima", shapely.box(0, 0, 1, 1)), ("f", "baja", shapely.box(5, 5, 6, 6))])
    with pytest.raises(InputError, match=r"'altísima' \(1 zones, 0.00 ha\).*LEVEL_MAP"):
        _run(settlements, hazards)
    mapped = _run(settlements, hazards, level_map={"altisima": "alta"}).features.iloc[0]
    assert mapped["f_lvl"] == "alta" and mapped["f_a_pop"] == pytest.approx(100.0)
    hazards = _hazards([("f", None, shapely.box(0, 0, 100, 100)), ("f", "baja", shapely.box(5, 5, 6, 6))])
    with caplog.at_level(logging.INFO, logger="migrant_planning"):
        out = _run(settlements, hazards).features.iloc[0]
    assert out["f_lvl"] == "none" and "1 zones (1.00 ha) have no value in 'nivel'" in caplog.text


def test_non_numeric_population_and_missing_level_field_stop_with_a_clear_message():
    settlements = _settlements([shapely.box(0, 0, 1, 1)])
    settlements["poblacion"] = ["cien"]
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 1, 1))])
    with pytest.raises(InputError, match=r"asentamientos.*'poblacion' is not numeric"):
        _run(settlements, hazards)
    with pytest.raises(InputError, match=r"zonas.*HAZARD_LEVEL_FIELD"):
        _run(_settlements([shapely.box(0, 0, 1, 1)]), hazards, level_field="")


def test_without_quantity_fields_the_summary_has_nulls_and_no_quantity_columns():
    settlements = _settlements([shapely.box(0, 0, 1, 1)])
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 1, 1))])
    result = _run(settlements, hazards, population_field=None, migrants_field=None, households_field="hogares")
    assert "f_a_pop" not in result.features.columns and "f_a_hh" in result.features.columns
    row = _row(result.summary, ALL, "f", "alta")
    assert np.isnan(row["population"]) and np.isnan(row["population_share"]) and row["households"] == 20.0
    assert row["area_ha"] == pytest.approx(1e-4)


def test_empty_inputs_give_empty_outputs_and_a_warning(caplog):
    hazards = _hazards([("f", "alta", shapely.box(0, 0, 1, 1))])
    with caplog.at_level(logging.WARNING, logger="migrant_planning"):
        result = _run(_settlements([]), hazards)
    assert len(result.features) == 0 and "no features to analyse" in caplog.text
    assert (result.summary["features"] == 0).all() and (result.summary["population"] == 0).all()
    no_zones = _run(_settlements([shapely.box(0, 0, 1, 1)]), _hazards([]))
    assert no_zones.features["any_lvl"].tolist() == ["none"]
    assert _row(no_zones.summary, ALL, "any", "none")["population"] == pytest.approx(100.0)


def test_inputs_are_not_modified():
    bowtie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])
    settlements = _settlements([bowtie, shapely.box(0, 0, 1, 1)])
    hazards = _hazards([("f", "alta", shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)]))])
    areas = gpd.GeoDataFrame({"nombre": ["A"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=CRS)
    before = [frame.copy() for frame in (settlements, hazards, areas)]
    _run(settlements, hazards, areas=areas, area_name_field="nombre")
    for frame, copy in zip((settlements, hazards, areas), before):
        pd.testing.assert_frame_equal(pd.DataFrame(frame.drop(columns="geometry")), copy.drop(columns="geometry"))
        assert list(frame.geometry.to_wkb()) == list(copy.geometry.to_wkb())


def test_previous_results_are_replaced_not_duplicated():
    settlements = _settlements([shapely.box(0, 0, 1, 1)])
    settlements["f_a_pop"] = [-1.0]
    out = _run(settlements, _hazards([("f", "alta", shapely.box(0, 0, 1, 1))])).features
    assert list(out.columns).count("f_a_pop") == 1 and out["f_a_pop"].iloc[0] == pytest.approx(100.0)


def test_type_keys_are_short_unique_slugs():
    assert type_keys(["movimiento en masa", "avenida torrencial", "inundacion", "any"]) == [
        "movimiento",
        "avenida",
        "inundacion",
        "any",
    ]
    assert type_keys(["flash flood", "flash flood!", "", "tsunami costero"]) == [
        "flash_flood",
        "flash_flood_2",
        "type",
        "tsunami",
    ]


def test_subdivide_keeps_area_and_bounds_vertices():
    ring = shapely.Point(0, 0).buffer(100, quad_segs=256).difference(shapely.Point(0, 0).buffer(40, quad_segs=64))
    parts, owner = subdivide(np.array([ring, shapely.box(0, 0, 1, 1)], dtype=object), max_vertices=64)
    assert shapely.get_num_coordinates(parts).max() <= 64
    assert shapely.area(parts[owner == 0]).sum() == pytest.approx(ring.area, rel=1e-9)
    assert (owner == 1).sum() == 1


def test_facility_exposure_by_hand():
    facilities = gpd.GeoDataFrame(
        {"tipo": ["salud", "salud", "educación", None], "capacidad": [10.0, 20.0, 40.0, None]},
        geometry=gpd.GeoSeries(
            [shapely.Point(1, 0.5), shapely.Point(0.5, 0.5), shapely.box(1.5, 0.2, 3, 0.8), shapely.Point(9, 9)]
        ),
        crs=CRS,
    )
    hazards = _hazards(
        [("inundación", "media", shapely.box(0, 0, 1, 1)), ("inundación", "alta", shapely.box(1, 0, 2, 1))]
    )
    result = facility_exposure(
        facilities, hazards, "nivel", "tipo", facility_type_field="tipo", capacity_field="capacidad"
    )
    assert result.features["inundacion_lvl"].tolist() == ["alta", "media", "alta", "none"]
    summary = result.summary.set_index(["facility_type", "hazard_type", "hazard_level"])  # no areas: area ALL
    assert set(result.summary["area_name"]) == {"ALL"}
    assert summary.loc[("ALL", "inundación", "alta"), "facilities"] == 2
    assert summary.loc[("ALL", "inundación", "alta"), "capacity"] == pytest.approx(50.0)
    assert summary.loc[("salud", "inundación", "media"), "capacity"] == pytest.approx(20.0)
    assert summary.loc[("salud", "any", "alta"), "facilities"] == 1
    no_type = [k for k in summary.index.get_level_values(0).unique() if k not in ("ALL", "salud", "educación")]
    assert len(no_type) == 1 and summary.loc[(no_type[0], "any", "none"), "facilities"] == 1
    assert (summary.groupby(level=[0, 1])["facilities"].sum().xs("ALL") == 4).all()


# ------------------------------------------------------------------------------------------ properties

_coordinate = st.integers(0, 12).map(lambda v: v / 2.0)


@st.composite
def _boxes(draw, min_size=0, max_size=6):
    count = draw(st.integers(min_size, max_size))
    boxes = []
    for _ in range(count):
        x, y = draw(_coordinate), draw(_coordinate)
        w, h = draw(st.integers(1, 8)) / 2.0, draw(st.integers(1, 8)) / 2.0
        boxes.append(shapely.box(x, y, x + w, y + h))
    return boxes


@st.composite
def _cases(draw):
    polygons = draw(_boxes(1, 6))
    if draw(st.booleans()):  # an L-shaped settlement (a union of two boxes) and a triangle
        polygons.append(shapely.union(shapely.box(0, 0, 3, 1), shapely.box(0, 0, 1, 3)))
        polygons.append(shapely.Polygon([(1, 1), (5, 1.5), (2, 4)]))
    points = [shapely.Point(draw(_coordinate), draw(_coordinate)) for _ in range(draw(st.integers(0, 4)))]
    zones = [
        (draw(st.sampled_from(["f", "g"])), draw(st.sampled_from(["alta", "media", "baja", "sin amenaza"])), box)
        for box in draw(_boxes(0, 6))
    ]
    areas = draw(_boxes(0, 3))
    return polygons + points, zones, areas


def _brute_force(geom, zones):
    """Per level, the exposed share of one feature: area in (zones of that level) minus (zones of higher levels)."""
    rank = {"alta": 3, "media": 2, "baja": 1}
    shares = {}
    for level, r in rank.items():
        here = [g for _t, lv, g in zones if rank.get(lv) == r]
        higher = [g for _t, lv, g in zones if rank.get(lv, 0) > r]
        if geom.geom_type == "Point":
            top = max([rank.get(lv, 0) for _t, lv, g in zones if g.intersects(geom)], default=0)
            shares[level] = 1.0 if top == r else 0.0
            continue
        piece = shapely.union_all(here) if here else shapely.Polygon()
        if higher:
            piece = piece.difference(shapely.union_all(higher))
        shares[level] = geom.intersection(piece).area / geom.area
    return shares


def _area_totals_brute_force(geoms, pop, area_boxes):
    """Population per area: earlier areas win where they overlap; points go by their position; the rest is outside."""
    totals, taken = {}, shapely.Polygon()
    for i, box in enumerate(area_boxes):
        own = box.difference(taken)
        taken = taken.union(box)
        total = 0.0
        for geom, p in zip(geoms, pop):
            if geom.geom_type == "Point":
                first = next((k for k, b in enumerate(area_boxes) if b.intersects(geom)), None)
                total += p if first == i else 0.0
            else:
                total += p * geom.intersection(own).area / geom.area
        totals[f"A{i}"] = total
    totals[outside_label()] = float(pop.sum()) - sum(totals.values())
    return totals


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
def test_matches_brute_force_and_summary_adds_up(case):
    geoms, zone_rows, area_boxes = case
    rng = np.random.default_rng(len(geoms))
    pop = rng.integers(0, 1000, len(geoms)).astype(float)
    settlements = _settlements(geoms, pop=pop, mig=pop / 4, hh=pop / 3)
    hazards = _hazards(zone_rows)
    areas = None
    if area_boxes:
        areas = gpd.GeoDataFrame({"nombre": [f"A{i}" for i in range(len(area_boxes))]}, geometry=area_boxes, crs=CRS)
    result = _run(settlements, hazards, areas=areas, area_name_field="nombre")
    out = result.features
    assert len(out) == len(geoms)
    codes = {"alta": "a", "media": "m", "baja": "b"}
    for i, geom in enumerate(geoms):
        for hazard_type, key in (("f", "f"), ("g", "g"), (None, "any")):
            chosen = [z for z in zone_rows if hazard_type is None or z[0] == hazard_type]
            if hazard_type is not None and not any(z[1] != "sin amenaza" for z in chosen):
                assert f"{key}_a_shr" not in out.columns
                continue
            expected = _brute_force(geom, chosen)
            for level, share in expected.items():
                assert out[f"{key}_{codes[level]}_shr"].iloc[i] == pytest.approx(share, abs=1e-9)
                assert out[f"{key}_{codes[level]}_pop"].iloc[i] == pytest.approx(share * pop[i], abs=1e-6)
    summary = result.summary
    assert ((summary["population_share"].fillna(0) >= 0) & (summary["population_share"].fillna(0) <= 1 + 1e-12)).all()
    totals = {"population": pop.sum(), "migrants": pop.sum() / 4, "households": pop.sum() / 3}
    for (area, _hazard_type), rows in summary.groupby(["area_name", "hazard_type"]):
        assert list(rows["hazard_level"]) == ["alta", "media", "baja", "none"]
        if area == ALL:  # nothing counted twice: levels + none = the layer's totals
            for column, total in totals.items():
                assert rows[column].sum() == pytest.approx(total, rel=1e-9, abs=1e-6)
            assert rows["area_ha"].sum() == pytest.approx(out["area_m2"].sum() / 1e4, rel=1e-9, abs=1e-12)
    if areas is not None:  # each area's levels + none = its population, computed by brute force
        expected = _area_totals_brute_force(geoms, pop, area_boxes)
        for name, total in expected.items():
            rows = summary[summary["area_name"] == name]
            for _hazard_type, group in rows.groupby("hazard_type"):
                assert group["population"].sum() == pytest.approx(total, rel=1e-9, abs=1e-6), name
        names = set(summary["area_name"])
        assert names - {ALL, outside_label()} == {f"A{i}" for i in range(len(area_boxes))}
        assert outside_label() in names or expected[outside_label()] == pytest.approx(0.0, abs=1e-6)
    # every area's levels + none add up to that area's totals, and the areas add up to ALL
    for column in ("population", "migrants", "households", "area_ha"):
        per_area = summary.groupby(["area_name", "hazard_type"])[column].sum().unstack("hazard_type")
        assert np.allclose(per_area.to_numpy(), per_area.to_numpy()[:, :1], rtol=1e-9, atol=1e-9)
        if areas is not None:
            by_level = summary[summary["area_name"] != ALL].groupby(["hazard_type", "hazard_level"])[column].sum()
            whole = summary[summary["area_name"] == ALL].set_index(["hazard_type", "hazard_level"])[column]
            assert np.allclose(by_level.sort_index(), whole.sort_index(), rtol=1e-9, atol=1e-9)
