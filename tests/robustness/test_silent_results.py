"""Issue 14, items 9, 10, 12, 13 and 14: results that were wrong without a word now come out right or are refused.

(Item 11, the hazard-level vocabulary, is tested by issue 12.)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from osgeo import gdal

from migrant_planning_plugin.core.errors import InputError

from .runner import input_files, run, sha256
from .safety_support import leftovers


def _write(frame: gpd.GeoDataFrame, path: Path, layer: str) -> str:
    frame.to_file(path, layer=layer, driver="GPKG", engine="fiona")
    return f"{path}|layername={layer}"


def _summary(record) -> pd.DataFrame:
    return gpd.read_file(record.results["SUMMARY"].split("|")[0], engine="fiona")


def _exposure(case_data, **changes) -> dict:
    params = {
        "SETTLEMENTS": case_data.uri("settlements"),
        "HAZARDS": case_data.uri("hazards"),
        "AREAS": case_data.uri("areas"),
        "SUMMARY": "memory:",
        "OUTPUT": "memory:",
    }
    params.update(changes)
    return params


# ---------------------------------------------------------------------------------------------------- 9
def test_item9_a_hazard_type_named_any_is_a_type_of_its_own(provider, case_data, tmp_path):
    """A hazard type named 'Any' was merged with the any-hazard rows (alta 43 422 instead of 32 940): the
    any-hazard rows cannot depend on what the types are called."""
    hazards = case_data.frames["hazards"].copy()
    renamed = hazards["tipo_amenaza"].where(hazards.index % 2 == 0, "Any")
    named_any = _write(hazards.assign(tipo_amenaza=renamed), tmp_path / "any.gpkg", "zonas")
    named_other = _write(hazards.assign(tipo_amenaza=renamed.replace("Any", "Otra")), tmp_path / "otra.gpkg", "zonas")
    results = {}
    for name, uri in (("any", named_any), ("other", named_other)):
        record = run("settlement_exposure", _exposure(case_data, HAZARDS=uri, SUMMARY=str(tmp_path / f"{name}.csv")))
        assert record.ok, record.message
        summary = pd.read_csv(tmp_path / f"{name}.csv")
        flagged = summary[summary["any_hazard"].astype(int) == 1]  # written as 1 and 0 in a CSV
        results[name] = flagged.sort_values(["area_name", "hazard_level"])["population"].to_numpy()
        if name == "any":
            own = summary[(summary["hazard_type"] == "Any") & (summary["any_hazard"].astype(int) == 0)]
            assert len(own) == 4 * summary["area_name"].nunique()  # the user's type: its own rows
    assert np.allclose(results["any"], results["other"])
    # the whole layer's any-hazard population adds up to the layer's (levels + none)
    total = case_data.frames["settlements"]["poblacion"].sum()
    summary = pd.read_csv(tmp_path / "any.csv")
    whole = summary[(summary["all_areas"].astype(int) == 1) & (summary["any_hazard"].astype(int) == 1)]
    assert whole["population"].sum() == pytest.approx(total)


def test_item9_an_area_named_all_and_areas_sharing_a_name(provider, case_data, tmp_path):
    """A reporting area named ALL, or two areas of one name, inflated the report's whole municipality (335 325
    instead of 291 008) and merged areas without a warning."""
    from migrant_planning_plugin.core.report import Numbers, exposure_by_area_table

    areas = case_data.frames["areas"].copy()
    names = list(areas["nombre"])
    names[0], names[1], names[2] = "ALL", "Centro", "Centro"
    uri = _write(areas.assign(nombre=names), tmp_path / "comunas.gpkg", "comunas")
    record = run("settlement_exposure", _exposure(case_data, AREAS=uri, SUMMARY=str(tmp_path / "resumen.gpkg")))
    assert record.ok, record.message
    assert any("share their value of 'nombre'" in w and "Dissolve" in w for w in record.feedback.warnings)
    summary = _summary(record)
    assert {"Centro", "Centro (2)", "ALL"} <= set(summary["area_name"])
    total = case_data.frames["settlements"]["poblacion"].sum()
    table = exposure_by_area_table(summary, Numbers("es"))
    rows = table.values.set_index("area")
    assert rows.loc["ALL", "population"] == pytest.approx(total)  # the whole municipality: every settlement once
    assert "ALL (area)" in rows.index  # the user's area called ALL: a row of its own
    by_area = rows.drop(index="ALL")["population"].sum()
    assert by_area == pytest.approx(total)  # areas (and outside) add up to the whole, nothing counted twice


def test_item9_service_access_areas_sharing_a_name_are_kept_apart(provider, case_data, tmp_path):
    areas = case_data.frames["areas"].copy()
    names = list(areas["nombre"])
    names[0], names[1] = "ALL", names[2]
    uri = _write(areas.assign(nombre=names), tmp_path / "comunas.gpkg", "comunas")
    params = {
        "DEMAND": case_data.uri("settlements"),
        "FACILITIES": case_data.uri("facilities"),
        "AREAS": uri,
        "OUTPUT": "memory:",
        "SUMMARY": str(tmp_path / "acceso.gpkg"),
    }
    record = run("service_access", params)
    assert record.ok, record.message
    summary = _summary(record)
    flagged = summary[summary["all_areas"].astype(bool)]
    population = case_data.frames["settlements"]["poblacion"].sum()
    assert np.allclose(flagged["population"], population)  # one whole-city row per type, the layer's population
    assert (summary["area_name"] == "ALL").sum() == 2 * len(flagged)  # the user's ALL rows too, not flagged
    assert summary["area_name"].str.endswith("(2)").any()


# ---------------------------------------------------------------------------------------------------- 10
@pytest.mark.parametrize("alg_id", ["rank_candidate_sites", "growth_scenarios"])
def test_item10_a_dem_given_as_suitability_is_refused(provider, case_data, tmp_path, alg_id):
    """A DEM as SUITABILITY ranked parcels by elevation (mean 609)."""
    from .matrix import ALGORITHMS

    params = ALGORITHMS[alg_id].params("clean", case_data, tmp_path)
    params["SUITABILITY"] = case_data.raster("dem")
    dem = gdal.Open(params["SUITABILITY"])
    low, high = dem.GetRasterBand(1).ComputeRasterMinMax(False)
    dem = None
    record = run(alg_id, params)
    assert not record.ok
    assert f"holds values from {low:.6g} to {high:.6g}" in record.message, record.message
    assert "SUITABILITY" in record.message and "0 and 1" in record.message


# ---------------------------------------------------------------------------------------------------- 12
def _latin1_shapefile(folder: Path, case_data) -> str:
    """The facilities as a shapefile whose text is Latin-1 (Windows) but whose .cpg says UTF-8."""
    path = folder / "equipamientos.shp"
    frame = case_data.frames["facilities"][["tipo", "nombre", "capacidad", "geometry"]]
    frame.to_file(path, driver="ESRI Shapefile", engine="fiona", encoding="utf-8")
    dbf = folder / "equipamientos.dbf"
    data = dbf.read_bytes()
    for letter in "áéíóúñ":  # each UTF-8 letter (two bytes) becomes its Latin-1 byte and a space: same widths
        data = data.replace(letter.encode("utf-8"), letter.encode("latin-1") + b" ")
    dbf.write_bytes(data)
    (folder / "equipamientos.cpg").write_text("UTF-8")
    return str(path)


def test_item12_text_read_in_the_wrong_encoding_is_warned(provider, case_data, tmp_path):
    """A Latin-1 shapefile without a right .cpg gave 'educaci\ufffdn': 'educación=300' no longer applied, without a
    word."""
    shapefile = _latin1_shapefile(tmp_path, case_data)
    assert "educación" in set(case_data.frames["facilities"]["tipo"])
    before = sha256(shapefile)
    params = {
        "DEMAND": case_data.uri("settlements"),
        "FACILITIES": shapefile,
        "THRESHOLDS": "salud=1500;educación=300",
        "OUTPUT": "memory:",
        "SUMMARY": "memory:",
    }
    record = run("service_access", params)
    warnings = "\n".join(record.feedback.warnings)
    assert "equipamientos" in warnings and "could not be decoded" in warnings, warnings
    assert ".cpg" in warnings and "1252" in warnings
    assert sha256(shapefile) == before
    (tmp_path / "equipamientos.cpg").write_text("1252")  # the fix the warning gives
    fixed = run("service_access", params)
    assert fixed.ok and "could not be decoded" not in "\n".join(fixed.feedback.warnings)


# ---------------------------------------------------------------------------------------------------- 13
@pytest.mark.parametrize(
    "changes, words",
    [
        ({"arrivals_per_year": 1e300}, ("arrivals_per_year", "between 0 and 1e+07")),
        ({"growth_rate": 1.0, "horizon_year": 2225}, ("horizon_year", "between 1900 and 2200")),
        ({"growth_rate": 1.0, "base_year": 2025, "horizon_year": 2125}, ("would reach", "1e+09")),
        ({"base_population": int("9" * 400)}, ("base_population", "a number of 400 digits", "1e+09")),
        ({"base_population": "1" + "0" * 320}, ("base_population", "1e+09")),
        ({"household_size": 1e200}, ("household_size", "between 0 and 50")),
    ],
)
def test_item13_values_beyond_the_documented_bounds_are_refused(provider, case_data, tmp_path, changes, words):
    """arrivals_per_year 1e300, 100 %/yr over 200 years, a 400-digit base_population ended in a traceback."""
    from .matrix import ALGORITHMS, SCENARIOS

    params = ALGORITHMS["growth_scenarios"].params("clean", case_data, tmp_path)
    scenario = {k: v for k, v in SCENARIOS[0].items() if k not in ("growth_rate", "arrivals_per_year")}
    scenario.update({"growth_rate": 0.02} if "arrivals_per_year" not in changes else {})
    scenario.update(changes)
    params["SCENARIOS"] = json.dumps([scenario])
    record = run("growth_scenarios", params)
    assert not record.ok and record.error_type == "QgsProcessingException", record.message
    assert "Traceback" not in record.message and "Unexpected" not in record.message
    for word in words:
        assert word in record.message, record.message
    assert not leftovers(tmp_path)


def test_item13_a_population_of_1e308_is_refused_not_written_as_null(provider, case_data, tmp_path):
    """A population of 1e308 became inf and was written as NULL."""
    settlements = case_data.frames["settlements"].copy()
    settlements["poblacion"] = settlements["poblacion"].astype(float)
    settlements.loc[settlements.index[0], "poblacion"] = 1e308
    uri = _write(settlements, tmp_path / "asentamientos.gpkg", "asentamientos")
    record = run("settlement_exposure", _exposure(case_data, SETTLEMENTS=uri))
    assert not record.ok
    assert "'poblacion' holds 1 values beyond 1e+09 (the largest 1e+308)" in record.message, record.message


def test_item13_an_infinite_number_is_never_written(qgis_app):
    from migrant_planning_plugin.qgis_io.vector import fields_for, write_features

    frame = gpd.GeoDataFrame({"population": [1.0, math.inf]}, geometry=[shapely.Point(0, 0), shapely.Point(1, 1)])
    with pytest.raises(InputError, match="'population' holds 1 infinite values"):
        write_features(None, frame, fields_for(frame))


# ---------------------------------------------------------------------------------------------------- 14
def test_item14_a_grid_too_large_is_refused_with_its_size_before_the_run(provider, sample_gpkg, sample_dem, tmp_path):
    """CELL_SIZE=1 on the sample city ran for tens of minutes with no estimate: every run now logs its size first,
    and a grid beyond the documented limits (here 0.5 m: 320 million cells, about 50 minutes) is refused at once."""
    from migrant_planning_plugin import sample_city

    params = {"AOI": f"{sample_gpkg}|layername=limite_municipal", "DEM": sample_dem, "CELL_SIZE": 0.5}
    params["OUTPUT"] = str(tmp_path / "aptitud.tif")
    record = run("site_suitability", params)
    assert not record.ok and record.seconds < 30
    cells = math.ceil(sample_city.WIDTH / 0.5) * math.ceil(sample_city.HEIGHT / 0.5)  # 20 000 x 16 000 cells
    assert f"({cells / 1e6:.1f} million)" in record.message, record.message
    assert "at most 400 million cells and about 30 minutes of work" in record.message
    assert "larger cell size" in record.message and list(tmp_path.iterdir()) == []
    params["CELL_SIZE"] = 100.0
    small = run("site_suitability", params)
    assert small.ok and any("Size of the run: 100 x 80 cells" in info for info in small.feedback.infos)


def test_item14_the_estimate_the_dock_shows(qgis_app):
    """core.estimate.estimate_for_extent: the grid counted as GridSpec does, time and memory growing with it."""
    from migrant_planning_plugin.core import estimate

    bounds = (5_000_000.0, 2_000_000.0, 5_010_000.0, 2_008_000.0)
    fine = estimate.estimate_for_extent(bounds, 1.0, criteria=7)
    finer = estimate.estimate_for_extent(bounds, 0.5, criteria=7)
    coarse = estimate.estimate_for_extent(bounds, 25.0, criteria=7)
    assert (fine.width, fine.height, fine.cells) == (10_000, 8_000, 80_000_000)
    assert (coarse.width, coarse.height) == (400, 320)
    assert fine.seconds > 100 * coarse.seconds and fine.memory_bytes > coarse.memory_bytes
    estimate.check_grid(fine)  # long (minutes), within the limits: the dock asks, Processing logs it
    with pytest.raises(InputError, match="more than this algorithm takes on"):
        estimate.check_grid(finer)
    with pytest.raises(InputError, match="MB of memory available"):
        estimate.check_grid(coarse, available=1024)
    estimate.check_grid(coarse)
    sensitivity = estimate.estimate_for_extent(bounds, 25.0, criteria=7, runs=29)
    assert sensitivity.seconds > coarse.seconds
    assert "million" in fine.describe() and "MB" in fine.describe() and "minutes" in fine.describe()


def test_item14_roads_given_as_settlements(provider, sample_gpkg):
    """Roads as SETTLEMENTS gave '2329 features without a usable geometry'."""
    record = run(
        "settlement_exposure",
        {
            "SETTLEMENTS": f"{sample_gpkg}|layername=malla_vial",
            "HAZARDS": f"{sample_gpkg}|layername=zonas_amenaza",
            "OUTPUT": "memory:",
            "SUMMARY": "memory:",
        },
    )
    assert not record.ok and "malla_vial (SETTLEMENTS): the layer has lines" in record.message, record.message
    assert "polygons or points" in record.message


@pytest.mark.parametrize(
    "subset, words",
    [
        ("poblacion >>> 3", ("is not valid", "no feature would be read")),
        ('"pobalcion" > 100', ("names the field 'pobalcion'", "keep every feature")),
    ],
)
def test_item14_an_invalid_filter_is_said_so(provider, case_data, subset, words):
    """An invalid filter was treated as an empty layer (or, misspelt in quotes, as no filter at all)."""
    record = run(
        "settlement_exposure", _exposure(case_data, SETTLEMENTS=case_data.uri("settlements") + "|subset=" + subset)
    )
    assert not record.ok
    for word in words:
        assert word in record.message, record.message


def test_item14_a_shapefile_output_would_cut_field_names(provider, case_data, tmp_path):
    """A .shp output shortened 78 field names to avenida__1: refused with the advice to use GeoPackage."""
    record = run("settlement_exposure", _exposure(case_data, OUTPUT=str(tmp_path / "exposicion.shp")))
    assert not record.ok
    assert "a shapefile keeps only 10 characters" in record.message and "exposicion.gpkg" in record.message
    assert list(tmp_path.iterdir()) == []


def test_item14_a_layer_name_in_an_output_path(provider, case_data, tmp_path):
    """OUTPUT=path.gpkg|layername=x wrote a file literally named so: refused, explaining the ogr: syntax."""
    target = tmp_path / "salida.gpkg"
    record = run("settlement_exposure", _exposure(case_data, OUTPUT=f"{target}|layername=exposicion"))
    assert not record.ok
    assert f"ogr:dbname='{target}' table=\"exposicion\"" in record.message, record.message
    assert list(tmp_path.iterdir()) == []


def test_item14_points_in_a_polygon_layer(provider, case_data, tmp_path):
    """Points in a polygon layer gave MULTIPOINT features inside a MULTIPOLYGON output layer."""
    uri = case_data.uri("settlements", "points_in_polygons")
    output = tmp_path / "exposicion.gpkg"
    record = run("settlement_exposure", _exposure(case_data, SETTLEMENTS=uri, OUTPUT=str(output)))
    assert not record.ok and "declared as polygons" in record.message and "point" in record.message
    assert not output.exists()


@pytest.mark.parametrize(
    "alg_id, parameter, value, words",
    [
        ("site_suitability", "CELL_SIZE", 0.1, ("CELL_SIZE", "0.1 is too small", "at least 0.5")),
        ("growth_scenarios", "SEED", 1.5, ("SEED", "1.5 is not a whole number")),
        ("service_access", "WALKING_SPEED", 1000, ("WALKING_SPEED", "between")),
    ],
)
def test_item14_numbers_out_of_range_get_a_message_with_the_range(
    provider, case_data, tmp_path, alg_id, parameter, value, words
):
    """QGIS's generic 'Incorrect parameter value' for out-of-range numbers: a message of ours with the range."""
    from .matrix import ALGORITHMS

    params = ALGORITHMS[alg_id].params("clean", case_data, tmp_path)
    params[parameter] = value
    files = input_files(params)
    before = {path: sha256(path) for path in files}
    record = run(alg_id, params)
    assert not record.ok
    for word in words:
        assert word in record.message, record.message
    assert {path: sha256(path) for path in files} == before
