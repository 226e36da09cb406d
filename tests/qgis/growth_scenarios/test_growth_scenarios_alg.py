"""growth_scenarios through processing.run, as a model would call it, on the sample city.

Checks against independent computations: land demand by the formula, allocated area from the
written GeoTIFF, hazard counts by shapely point-in-polygon on the cell centres, distances by
brute force (numpy), nothing built on existing settlements; refusals; nothing written on cancel.
"""

from __future__ import annotations

import json
import os

import geopandas as gpd
import numpy as np
import pytest
import shapely
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer

from migrant_planning_plugin.core.grid import GridSpec
from migrant_planning_plugin.core.scenarios import SUMMARY_COLUMNS
from migrant_planning_plugin.paths import resource
from migrant_planning_plugin.qgis_io.raster import grid_of
from tests.conftest import sample_layer_uri
from tests.growth_support import cell_centres, write_raster

EXAMPLE = str(resource("scenarios", "villa_esperanza.json"))
ALG = "migrant_planning:growth_scenarios"


def _params(sample_gpkg, suitability, folder, scenarios=EXAMPLE, **extra):
    params = {
        "SUITABILITY": suitability,
        "EXISTING_URBAN": sample_layer_uri(sample_gpkg, "settlements"),
        "SCENARIOS": scenarios,
        "HAZARDS": sample_layer_uri(sample_gpkg, "hazards"),
        "FACILITIES": sample_layer_uri(sample_gpkg, "facilities"),
        "OUTPUT_FOLDER": str(folder),
        "SUMMARY": str(folder / "summary.gpkg"),
    }
    params.update(extra)
    return params


@pytest.fixture(scope="module")
def example_run(tmp_path_factory, sample_gpkg, sample_suitability_tif, qgis_app, qgis_processing):
    """One run of the example scenarios on the sample city (module-scoped: it is checked many ways)."""
    import processing
    from qgis.core import QgsApplication

    from migrant_planning_plugin.processing.provider import MigrantPlanningProvider

    registry = QgsApplication.processingRegistry()
    keep = None
    if registry.providerById("migrant_planning") is None:
        keep = MigrantPlanningProvider()
        registry.addProvider(keep)
    folder = tmp_path_factory.mktemp("growth")
    result = processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, folder))
    summary = gpd.read_file(result["SUMMARY"], engine="fiona")
    yield {"result": result, "folder": folder, "summary": summary, "provider": keep}


def _scenarios():
    with open(EXAMPLE, encoding="utf-8") as handle:
        return json.load(handle)


def test_outputs_and_summary_columns(example_run):
    folder, summary, result = example_run["folder"], example_run["summary"], example_run["result"]
    assert [c for c in summary.columns if c != "geometry"] == list(SUMMARY_COLUMNS)
    stems = ["tendencial", "planificado_compacto", "planificado_llegadas_altas"]
    expected = {f"{s}_growth_year.tif" for s in stems} | {f"{s}_growth.gpkg" for s in stems} | {"summary.gpkg"}
    assert set(os.listdir(folder)) == expected  # nothing partial left behind
    assert sorted(result["OUTPUT_LAYERS"]) == sorted(str(folder / n) for n in expected - {"summary.gpkg"})
    # one row per scenario and year: 3 scenarios x 10 years
    assert len(summary) == 30
    assert summary.groupby("scenario")["year"].apply(list).to_dict() == {
        s["name"]: list(range(2026, 2036)) for s in _scenarios()
    }


def test_land_demand_by_formula_and_allocation_from_the_rasters(example_run, sample_gpkg, sample_suitability_grid):
    folder, summary = example_run["folder"], example_run["summary"]
    suitability, grid = sample_suitability_grid
    settlements = gpd.read_file(sample_gpkg, layer="asentamientos", engine="fiona")
    x, y = cell_centres(grid)
    built = shapely.contains_xy(shapely.union_all(settlements.geometry.values), x, y)
    for scenario in _scenarios():
        rows = summary[summary["scenario"] == scenario["name"]].sort_values("year")
        # by hand: arrivals / household size / density / (1 - public space share)
        demand = scenario["arrivals_per_year"] / 3.3 / scenario["density_dwellings_ha"]
        demand /= 1 - scenario["public_space_share"]
        assert rows["land_demand_ha"].to_numpy() == pytest.approx(np.full(10, demand))
        stem = scenario["name"].lower().replace(" ", "_")
        path = str(folder / f"{stem}_growth_year.tif")
        written_grid, nodata = grid_of(path)
        assert nodata == 0 and written_grid.bounds == grid.bounds and written_grid.shape == grid.shape
        years = gdal.Open(path).ReadAsArray()
        per_year = np.array([(years == year).sum() for year in range(2026, 2036)]) * 0.25  # 50 m cells
        assert rows["land_allocated_ha"].to_numpy() == pytest.approx(per_year)
        assert np.all(np.abs(np.cumsum(per_year) - np.cumsum(rows["land_demand_ha"])) <= 0.125 + 1e-9)
        assert (rows["unmet_demand_ha"] == 0).all()
        assert not (built & (years > 0)).any()
        if scenario["allocation"] == "planned":
            assert np.isfinite(suitability[years > 0]).all()
        # the polygons hold the same area per year
        polygons = gpd.read_file(str(folder / f"{stem}_growth.gpkg"), engine="fiona")
        assert polygons["year"].tolist() == list(range(2026, 2036))
        assert (polygons.geometry.area / 1e4).to_numpy() == pytest.approx(per_year)
        assert polygons["area_ha"].to_numpy() == pytest.approx(per_year)


def test_hazard_and_distances_by_independent_methods(example_run, sample_gpkg, sample_suitability_grid):
    folder, summary = example_run["folder"], example_run["summary"]
    _suitability, grid = sample_suitability_grid
    hazards = gpd.read_file(sample_gpkg, layer="zonas_amenaza", engine="fiona")
    facilities = gpd.read_file(sample_gpkg, layer="equipamientos", engine="fiona")
    alta = shapely.union_all(hazards.geometry.values[hazards["nivel"] == "alta"])
    media = shapely.union_all(hazards.geometry.values[hazards["nivel"] == "media"])
    health = shapely.get_coordinates(facilities.geometry.values[facilities["tipo"] == "salud"])
    x, y = cell_centres(grid)
    shares = {}
    for scenario in _scenarios():
        stem = scenario["name"].lower().replace(" ", "_")
        years = gdal.Open(str(folder / f"{stem}_growth_year.tif")).ReadAsArray()
        rows = summary[summary["scenario"] == scenario["name"]].set_index("year")
        for year in (2026, 2035):
            cells = years == year
            cx, cy = x[cells], y[cells]
            in_alta = shapely.contains_xy(alta, cx, cy)
            in_media = shapely.contains_xy(media, cx, cy) & ~in_alta
            people = scenario["arrivals_per_year"]  # every year's people housed: land did not run out
            assert rows.loc[year, "pop_in_hazard_alta"] == pytest.approx(people * in_alta.mean())
            assert rows.loc[year, "pop_in_hazard_media"] == pytest.approx(people * in_media.mean())
            distance = np.sqrt((cx[:, None] - health[:, 0]) ** 2 + (cy[:, None] - health[:, 1]) ** 2).min(axis=1)
            assert rows.loc[year, "mean_dist_health_m"] == pytest.approx(distance.mean())
        shares[scenario["allocation"] + str(scenario["arrivals_per_year"])] = (
            rows["pop_in_hazard_alta"].sum() + rows["pop_in_hazard_media"].sum()
        ) / rows["population_added"].sum()
    assert shares["trend6000"] > shares["planned6000"]
    # school seats by default 0.22 per person; health capacity 1 per person
    assert summary["school_seats_needed"].to_numpy() == pytest.approx(summary["population_added"] * 0.22)
    assert summary["health_capacity_needed"].to_numpy() == pytest.approx(summary["population_added"])


def test_lcrpgr_of_the_first_year(example_run, sample_gpkg):
    summary = example_run["summary"]
    settlements = gpd.read_file(sample_gpkg, layer="asentamientos", engine="fiona")
    urban_ha = shapely.union_all(settlements.geometry.values).area / 1e4
    first = summary[(summary["scenario"] == "Tendencial") & (summary["year"] == 2026)].iloc[0]
    # ln((U + a) / U) / ln((291000 + 6000) / 291000), a = land allocated in 2026
    expected = np.log((urban_ha + first.land_allocated_ha) / urban_ha) / np.log(297000 / 291000)
    assert first.lcrpgr == pytest.approx(expected)


def test_growth_raster_style(example_run):
    from migrant_planning_plugin.processing.algorithms.growth_scenarios import style_growth_raster

    layer = QgsRasterLayer(str(example_run["folder"] / "tendencial_growth_year.tif"), "g")
    assert layer.isValid()
    assert style_growth_raster(layer, 2026, 2035)
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [int(item.value) for item in items] == list(range(2026, 2036))
    assert [item.label for item in items] == [str(y) for y in range(2026, 2036)]
    polygons = QgsVectorLayer(str(example_run["folder"] / "tendencial_growth.gpkg"), "p", "ogr")
    assert polygons.isValid() and polygons.featureCount() == 10
    assert polygons.crs().authid() == "EPSG:9377"


def test_outputs_are_loaded_styled_on_completion(provider, sample_gpkg, sample_suitability_tif, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject, QgsSingleBandPseudoColorRenderer

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    trend = json.dumps([_scenarios()[0]])
    processing.run(
        ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path, trend), context=context, feedback=feedback
    )
    to_load = context.layersToLoadOnCompletion()
    raster_uri = str(tmp_path / "tendencial_growth_year.tif")
    assert set(to_load) == {raster_uri, f"{tmp_path / 'tendencial_growth.gpkg'}|layername=tendencial_growth"}
    details = to_load[raster_uri]
    assert details.name == "Tendencial: year developed"
    layer = QgsRasterLayer(raster_uri, details.name)
    details.postProcessor().postProcessLayer(layer, context, feedback)
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [int(item.value) for item in items] == list(range(2026, 2036))


def test_refusals_name_scenario_and_key(provider, sample_gpkg, sample_suitability_tif, tmp_path):
    import processing

    good = _scenarios()[0]
    bad = [dict(good, name="Sin densidad", density_dwellings_ha=0)]
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / "a", json.dumps(bad)))
    assert "Sin densidad" in str(error.value) and "density_dwellings_ha" in str(error.value)
    bad = [dict(good, name="Al revés", horizon_year=2020)]
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / "b", json.dumps(bad)))
    assert "Al revés" in str(error.value) and "horizon_year" in str(error.value)
    bad = [{k: v for k, v in good.items() if k != "household_size"}]
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / "c", json.dumps(bad)))
    assert "Tendencial" in str(error.value) and "household_size" in str(error.value)
    assert not any(p.exists() and any(p.iterdir()) for p in (tmp_path / "a", tmp_path / "b", tmp_path / "c"))


def test_geographic_suitability_refused(provider, sample_gpkg, tmp_path):
    import processing
    from pyproj import CRS

    grid = GridSpec(-72.5, 7.9, 0.001, 10, 10, CRS.from_epsg(4326).to_wkt())
    path = write_raster(str(tmp_path / "geo.tif"), np.full(grid.shape, 0.5), grid)
    with pytest.raises(QgsProcessingException, match="metres"):
        processing.run(ALG, _params(sample_gpkg, path, tmp_path / "out"))


class _CancelHalfway(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if progress >= 50:
            self.cancel()


def test_cancel_writes_nothing(provider, sample_gpkg, sample_suitability_tif, tmp_path):
    import processing

    folder = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match=r"[Cc]ancel"):
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, folder), feedback=_CancelHalfway())
    assert not folder.exists() or list(folder.iterdir()) == []


def test_same_seed_same_rasters(provider, sample_gpkg, sample_suitability_tif, tmp_path):
    import processing

    trend = json.dumps([_scenarios()[0]])
    arrays = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / name, trend, SEED=seed))
        arrays.append(gdal.Open(str(tmp_path / name / "tendencial_growth_year.tif")).ReadAsArray())
    assert np.array_equal(arrays[0], arrays[1])
    assert not np.array_equal(arrays[0], arrays[2])


def test_algorithm_metadata(provider):
    from qgis.core import QgsApplication, QgsProcessingAlgorithm

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {
        "SUITABILITY",
        "EXISTING_URBAN",
        "SCENARIOS",
        "HAZARDS",
        "HAZARD_TYPE_FIELD",
        "HAZARD_LEVEL_FIELD",
        "LEVEL_MAP",
        "FACILITIES",
        "FACILITY_TYPE_FIELD",
        "HEALTH_TYPES",
        "EDUCATION_TYPES",
        "SERVICE_STANDARDS",
        "SEED",
        "OUTPUT_FOLDER",
        "SUMMARY",
    } <= names
    for parameter in alg.parameterDefinitions():
        assert parameter.help(), parameter.name()
    assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromModeler
    assert len([p for p in alg.shortHelpString().split("\n\n") if p.strip()]) == 2


def test_grid_too_large_for_the_memory_is_refused_before_reading(
    provider, sample_gpkg, sample_suitability_tif, tmp_path, monkeypatch
):
    import processing

    from migrant_planning_plugin.core import scenarios

    ds = gdal.Open(sample_suitability_tif)
    cells = ds.RasterXSize * ds.RasterYSize
    monkeypatch.setattr(scenarios, "available_memory", lambda: cells * scenarios.BYTES_PER_CELL - 1)
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / "out"))
    message = str(error.value)
    assert f"{ds.RasterXSize} x {ds.RasterYSize} cells" in message and "larger cells" in message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    monkeypatch.setattr(scenarios, "available_memory", lambda: cells * scenarios.BYTES_PER_CELL)
    processing.run(ALG, _params(sample_gpkg, sample_suitability_tif, tmp_path / "fits"))  # just enough: it runs
