"""core.criteria: the CRITERIA JSON, the housing preset, merging, weights and building the model."""

from __future__ import annotations

import json
import logging

import geopandas as gpd
import numpy as np
import pytest
import shapely

from migrant_planning_plugin.core import criteria as C
from migrant_planning_plugin.core import suitability as S
from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.grid import GridSpec


def _facilities():
    return gpd.GeoDataFrame(
        {"tipo": ["salud", "Educación", "Centro de Salud", "primera infancia", None]},
        geometry=shapely.points([(0, 0), (100, 0), (200, 0), (300, 0), (400, 0)]),
    )


def _housing(**fields):
    values = {"FACILITY_TYPE_FIELD": "tipo", "LAND_USE_FIELD": "clase"}
    values.update(fields)
    return C.substitute(C.merged_definition("housing", {}), values)


def test_load_definition_text_file_and_errors(tmp_path):
    assert C.load_definition("") == {}
    assert C.load_definition('{"criteria": []}') == {"criteria": []}
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"preset": "none"}), encoding="utf-8")
    assert C.load_definition(str(path)) == {"preset": "none"}
    with pytest.raises(InputError, match="line 1"):
        C.load_definition('{"criteria": [}')
    with pytest.raises(InputError, match="does not exist"):
        C.load_definition(str(tmp_path / "missing.json"))
    with pytest.raises(InputError, match="object"):
        C.load_definition("[1, 2]")


def test_preset_order_and_defaults():
    definition = C.merged_definition("housing", {})
    names = [c["name"] for c in definition["criteria"]]
    assert names == ["health", "education", "roads", "urban", "slope", "hazard", "land_use"]
    weights = [c["weight"] for c in definition["criteria"]]
    assert sum(weights) == pytest.approx(1.0)
    assert [c["name"] for c in definition["constraints"]] == ["hazard_alta", "proteccion", "water"]


def test_merge_by_name_updates_removes_and_adds():
    user = {
        "criteria": [
            {"name": "health", "standardise": {"b": 1500}},
            {"name": "urban", "enabled": False},
            {"name": "transit", "weight": 0.1, "source": {"type": "distance", "path": "/x.gpkg"}},
        ],
        "constraints": [{"name": "proteccion", "enabled": False}],
    }
    merged = C.merged_definition("housing", user)
    health = next(c for c in merged["criteria"] if c["name"] == "health")
    assert health["standardise"] == {"function": "linear", "direction": "decreasing", "a": 500, "b": 1500}
    names = [c["name"] for c in merged["criteria"]]
    assert "urban" not in names and names[-1] == "transit"
    assert [c["name"] for c in merged["constraints"]] == ["hazard_alta", "water"]
    assert C.merged_definition("housing", {"preset": "none"})["criteria"] == []
    with pytest.raises(InputError, match="preset"):
        C.merged_definition("housing", {"preset": "industry"})


def test_land_use_scores_enter_the_preset():
    merged = C.merged_definition("housing", {}, {"urbano": 0.3})
    land = next(c for c in merged["criteria"] if c["name"] == "land_use")
    assert land["standardise"]["scores"] == {"urbano": 0.3}


def test_matching_ignores_accents_case_and_matches_whole_words():
    hits = C.matches(["salud", "Centro de Salud", "saludable", "EDUCACIÓN básica", None, "educacion"], ["salud"])
    assert hits.tolist() == [True, True, False, False, False, False]
    assert C.matches(["EDUCACIÓN básica", "educación"], ["educacion"]).tolist() == [True, True]


def test_parse_weights_by_name_and_by_position():
    names = ["health", "roads", "slope"]
    assert C.parse_weights("Health=0.5; slope=0.2", names, names) == {"health": 0.5, "roads": 0.0, "slope": 0.2}
    assert C.parse_weights("0.5,0.3,0.2", names, names) == {"health": 0.5, "roads": 0.3, "slope": 0.2}
    assert C.parse_weights("0.6,0.4", names, ["health", "slope"]) == {"health": 0.6, "slope": 0.4}
    assert C.parse_weights("", names, names) is None
    with pytest.raises(InputError, match="no criterion 'water'"):
        C.parse_weights("water=1", names, names)
    with pytest.raises(InputError, match="4 numbers for 3 criteria"):
        C.parse_weights("1,2,3,4", names, names)


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ({"function": "linear", "a": 5, "b": 5}, "a < b"),
        ({"function": "linear", "a": "x", "b": 5}, "the value 'x' of 'a' is not a number"),
        ({"function": "spline"}, "unknown standardisation"),
        ({"function": "gaussian", "center": 1, "spread": 0}, "spread"),
        ({"function": "table", "scores": {"a": 2}}, "between 0 and 1"),
        ({"function": "table"}, "needs 'scores'"),
        ({"function": "linear", "direction": "up", "a": 1, "b": 2}, "direction"),
    ],
)
def test_bad_standardisations_name_the_criterion(spec, fragment):
    with pytest.raises(InputError) as error:
        C.standardisation_from_spec(spec, "criterion 'x'")
    assert fragment in str(error.value) and "criterion 'x'" in str(error.value)


def test_missing_inputs_are_left_out_and_weights_renormalised(caplog):
    caplog.set_level(logging.INFO, logger="migrant_planning")
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (100, 0)])])
    built = C.build_model(_housing(), {"FACILITIES": _facilities(), "ROADS": roads})
    assert built.model.names == ["health", "education", "roads"]
    assert built.left_out == ["urban", "slope", "hazard", "land_use"]
    # preset weights 0.20, 0.15, 0.10 renormalised over 0.45
    assert np.allclose([c.weight for c in built.model.criteria], [0.2 / 0.45, 0.15 / 0.45, 0.1 / 0.45])
    assert "left out" in caplog.text and "renormalised" in caplog.text
    health = built.model.criteria[0].source
    assert len(health.geoms) == 2  # 'salud' and 'Centro de Salud'


def test_criterion_without_features_is_constant_with_a_warning(caplog):
    facilities = _facilities()
    facilities["tipo"] = "otro"
    built = C.build_model(_housing(), {"FACILITIES": facilities})
    assert built.model.criteria[0].source.empty
    assert "no features" in caplog.text
    grid = GridSpec.from_bounds((0, 0, 500, 500), 50.0)
    raw, values = built.model.criteria[0].read(grid, 0, grid.height)
    assert (raw == 2000).all() and (values == 0).all()  # linear decreasing 500-2000: constant 0


def test_weights_text_and_ahp_matrix_take_precedence():
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (100, 0)])])
    layers = {"FACILITIES": _facilities(), "ROADS": roads}
    built = C.build_model(_housing(), layers, weights_text="roads=3;health=1")
    assert [c.name for c in built.model.criteria] == ["health", "roads"]  # education weight 0: left out
    assert np.allclose([c.weight for c in built.model.criteria], [0.25, 0.75])
    # a 7 x 7 matrix over the preset order: the sub-matrix of the criteria used is solved
    w = np.array([0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1])
    matrix = ";".join(",".join(f"{a / b:.12g}" for b in w) for a in w)
    built = C.build_model(_housing(), layers, ahp_text=matrix)
    assert built.ahp is not None and built.ahp.cr == 0.0
    assert np.allclose(built.ahp.weights, [0.5, 1 / 3, 1 / 6])
    with pytest.raises(InputError, match="AHP_MATRIX"):
        C.build_model(_housing(), layers, ahp_text="1,2;1/2,1")


def test_hazard_and_land_use_tables_and_constraints():
    hazards = gpd.GeoDataFrame(
        {"hazard_level": ["alta", "media"], "hazard_type": ["inundacion", "inundacion"]},
        geometry=[shapely.box(0, 0, 100, 100), shapely.box(50, 50, 300, 300)],
    )
    land = gpd.GeoDataFrame(
        {"clase": ["Urbano", "Protección", "suburbano"]},
        geometry=[shapely.box(0, 0, 500, 250), shapely.box(0, 250, 250, 500), shapely.box(250, 250, 500, 500)],
    )
    built = C.build_model(_housing(), {"HAZARDS": hazards, "LAND_USE": land})
    assert built.model.names == ["hazard", "land_use"]
    assert [c.name for c in built.model.exclusions] == ["hazard_alta", "proteccion"]
    grid = GridSpec.from_bounds((0, 0, 500, 500), 50.0)
    _, hazard = built.model.criteria[0].read(grid, 0, grid.height)
    _, land_use = built.model.criteria[1].read(grid, 0, grid.height)
    # centre (75, 425) row 1 col 1 ... pick cells by hand: (25, 475) is alta only -> 0; (275, 225) media -> 0.4;
    # (475, 475) none -> 1
    assert hazard[9, 0] == 0.0 and hazard[5, 5] == pytest.approx(0.4) and hazard[0, 9] == 1.0
    # land use: urbano 0.8 (row 9), proteccion 0 (row 0, col 0), suburbano unlisted -> default 0.5
    assert land_use[9, 0] == pytest.approx(0.8) and land_use[0, 0] == 0.0 and land_use[0, 9] == pytest.approx(0.5)


def test_threshold_constraint_and_unknown_inputs():
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (100, 0)])])
    user = {
        "preset": "none",
        "criteria": [
            {"name": "roads", "source": {"type": "distance", "input": "ROADS"}, "standardise": {"a": 0, "b": 300}}
        ],
        "constraints": [{"name": "far", "criterion": "roads", "above": 250}],
    }
    built = C.build_model(C.merged_definition("housing", user), {"ROADS": roads})
    assert isinstance(built.model.exclusions[0], S.ThresholdConstraint)
    bad = {"preset": "none", "criteria": [{"name": "x", "source": {"type": "distance", "input": "PARKS"}}]}
    with pytest.raises(InputError, match="unknown input 'PARKS'"):
        C.build_model(C.merged_definition("housing", bad), {})
    with pytest.raises(InputError, match="No criterion can be computed"):
        C.build_model(_housing(), {})


def test_gaussian_distance_gets_a_finite_cap():
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (100, 0)])])
    user = {
        "preset": "none",
        "criteria": [
            {
                "name": "near_road",
                "source": {"type": "distance", "input": "ROADS"},
                "standardise": {"function": "gaussian", "center": 200, "spread": 50},
            }
        ],
    }
    built = C.build_model(C.merged_definition("housing", user), {"ROADS": roads})
    assert built.model.criteria[0].source.max_distance == 400.0  # center + 4 spreads
