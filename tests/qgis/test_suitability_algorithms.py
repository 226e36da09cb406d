"""ahp_weights, site_suitability, rank_candidate_sites and weight_sensitivity through processing.run, on the
sample city at 50 m cells, checked against brute-force or independently computed values."""

from __future__ import annotations

import json
import os

import geopandas as gpd
import numpy as np
import pytest
import shapely
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from scipy.spatial import cKDTree
from scipy.stats import spearmanr

from migrant_planning_plugin.core.text import fold
from tests.conftest import sample_layer_uri

CELL = 50.0
WEIGHTS = {
    "health": 0.20,
    "education": 0.15,
    "roads": 0.10,
    "urban": 0.10,
    "slope": 0.15,
    "hazard": 0.15,
    "land_use": 0.15,
}


def _inputs(gpkg: str, dem: str) -> dict:
    return {
        "AOI": sample_layer_uri(gpkg, "boundary"),
        "CELL_SIZE": CELL,
        "FACILITIES": sample_layer_uri(gpkg, "facilities"),
        "ROADS": sample_layer_uri(gpkg, "roads"),
        "SETTLEMENTS": sample_layer_uri(gpkg, "settlements"),
        "DEM": dem,
        "HAZARDS": sample_layer_uri(gpkg, "hazards"),
        "LAND_USE": sample_layer_uri(gpkg, "land_use"),
        "WATER": sample_layer_uri(gpkg, "water"),
    }


def _read(path: str) -> np.ndarray:
    return gdal.Open(path).ReadAsArray().astype(float)


def _centres(path: str):
    ds = gdal.Open(path)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    xs = x0 + (np.arange(ds.RasterXSize) + 0.5) * dx
    ys = y0 + (np.arange(ds.RasterYSize) + 0.5) * dy
    return np.meshgrid(xs, ys)


@pytest.fixture(scope="module")
def dem(sample_dem, tmp_path_factory) -> str:
    """A copy of the sample DEM: QGIS writes statistics (.aux.xml) beside a raster it opens."""
    import shutil

    path = tmp_path_factory.mktemp("dem") / os.path.basename(sample_dem)
    shutil.copyfile(sample_dem, path)
    return str(path)


@pytest.fixture(scope="module")
def city_run(module_provider, sample_gpkg, dem, tmp_path_factory):
    """One site_suitability run on the sample city, with the criteria folder."""
    import processing

    folder = tmp_path_factory.mktemp("suitability")
    params = _inputs(sample_gpkg, dem)
    params.update(
        {
            "OUTPUT": str(folder / "suitability.tif"),
            "CLASSIFIED": str(folder / "classes.tif"),
            "CRITERIA_FOLDER": str(folder / "criteria"),
        }
    )
    result = processing.run("migrant_planning:site_suitability", params)
    return result, params


def test_site_suitability_outputs_and_metadata(city_run, sample_gpkg):
    result, _ = city_run
    out = gdal.Open(result["OUTPUT"])
    boundary = gpd.read_file(sample_gpkg, layer="limite_municipal")
    xmin, ymin, xmax, ymax = boundary.total_bounds
    x0, dx, _, y0, _, dy = out.GetGeoTransform()
    assert (dx, dy) == (CELL, -CELL)
    assert x0 == np.floor(xmin / CELL) * CELL and y0 == np.ceil(ymax / CELL) * CELL
    assert out.RasterXSize == round((np.ceil(xmax / CELL) * CELL - x0) / CELL)
    assert out.RasterYSize == round((y0 - np.floor(ymin / CELL) * CELL) / CELL)
    srs = osr.SpatialReference(wkt=out.GetProjection())
    assert srs.GetAuthorityCode(None) == "9377"
    values = _read(result["OUTPUT"])
    valid = values != -9999
    assert valid.mean() > 0.9 and values[valid].min() >= 0 and values[valid].max() <= 1
    meta = out.GetMetadata()
    assert meta["suitability_weights"] == ";".join(f"{k}={v:.4f}" for k, v in WEIGHTS.items())
    assert meta["class_breaks"] == "0.2,0.4,0.6,0.8" and "9377" in meta["crs_used"]
    assert result["WEIGHTS_USED"] == meta["suitability_weights"] and result["CR"] is None
    classes = _read(result["CLASSIFIED"])
    free = valid & (values > 0)
    assert np.array_equal(classes[free], 1 + (values[free][:, None] >= np.array([0.2, 0.4, 0.6, 0.8])).sum(axis=1))
    assert set(np.unique(classes)) <= {0, 1, 2, 3, 4, 5, 255}
    assert sorted(os.listdir(os.path.dirname(result["OUTPUT"]) + "/criteria")) == sorted(f"{k}.tif" for k in WEIGHTS)


def test_constraints_hazard_alta_proteccion_and_water(city_run, sample_gpkg):
    result, _ = city_run
    values = _read(result["OUTPUT"])
    classes = _read(result["CLASSIFIED"])
    x, y = _centres(result["OUTPUT"])
    hazards = gpd.read_file(sample_gpkg, layer="zonas_amenaza")
    land = gpd.read_file(sample_gpkg, layer="usos_suelo")
    water = gpd.read_file(sample_gpkg, layer="cuerpos_agua")
    alta = shapely.union_all(hazards[hazards["nivel"] == "alta"].geometry.values)
    proteccion = shapely.union_all(land[[fold(v) == "proteccion" for v in land["clase_suelo"]]].geometry.values)
    wet = shapely.contains_xy(shapely.union_all(water.geometry.values), x, y)
    excluded = (shapely.contains_xy(alta, x, y) | shapely.contains_xy(proteccion, x, y)) & ~wet
    assert excluded.sum() > 100 and wet.sum() > 10
    assert (values[excluded] == 0).all() and (classes[excluded] == 0).all()
    assert (values[wet] == -9999).all() and (classes[wet] == 255).all()


def test_health_criterion_equals_brute_force_distance(city_run, sample_gpkg):
    result, _ = city_run
    folder = os.path.dirname(result["OUTPUT"]) + "/criteria"
    health = _read(folder + "/health.tif")
    x, y = _centres(result["OUTPUT"])
    facilities = gpd.read_file(sample_gpkg, layer="equipamientos")
    points = shapely.get_coordinates(facilities[facilities["tipo"] == "salud"].geometry.values)
    x0, y0 = x[0, 0] - CELL / 2, y[0, 0] + CELL / 2
    fx = x0 + (np.floor((points[:, 0] - x0) / CELL) + 0.5) * CELL  # centre of the cell holding each facility
    fy = y0 - (np.floor((y0 - points[:, 1]) / CELL) + 0.5) * CELL
    d, _ = cKDTree(np.c_[fx, fy]).query(np.c_[x.ravel(), y.ravel()])
    expected = 1 - np.clip((d.reshape(x.shape) - 500) / 1500, 0, 1)  # linear decreasing 500-2000 m
    known = health != -9999
    assert known.mean() > 0.9
    assert np.allclose(health[known], expected[known], atol=1e-6)


def test_suitability_is_the_weighted_sum_of_the_written_criteria(city_run):
    result, _ = city_run
    folder = os.path.dirname(result["OUTPUT"]) + "/criteria"
    values = _read(result["OUTPUT"])
    stack = np.stack([_read(f"{folder}/{name}.tif") for name in WEIGHTS])
    expected = np.tensordot(np.array(list(WEIGHTS.values())), stack, axes=1)
    free = (values > 0) & (stack != -9999).all(axis=0)
    assert free.sum() > 1000
    assert np.allclose(values[free], expected[free], atol=2e-6)


def test_exact_alignment_for_an_odd_aoi_in_a_geographic_crs(provider, sample_gpkg, tmp_path):
    import processing

    box = shapely.box(5048013.7, 2430021.2, 5050987.3, 2432502.9)
    aoi = gpd.GeoDataFrame(geometry=[box], crs=9377).to_crs(4326)  # geographic: the metric CRS rule applies
    aoi_path = str(tmp_path / "aoi.gpkg")
    aoi.to_file(aoi_path)
    out = str(tmp_path / "s.tif")
    processing.run(
        "migrant_planning:site_suitability",
        {
            "AOI": aoi_path,
            "CELL_SIZE": 25,
            "ROADS": sample_layer_uri(sample_gpkg, "roads"),
            "OUTPUT": out,
            "CLASSIFIED": None,
        },
    )
    ds = gdal.Open(out)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    xmin, ymin, xmax, ymax = gpd.GeoSeries(aoi.geometry).to_crs(9377).total_bounds
    assert (dx, dy) == (25.0, -25.0)
    assert x0 % 25 == 0 and y0 % 25 == 0
    assert x0 <= xmin < x0 + 25 and y0 - 25 < ymax <= y0
    assert x0 + ds.RasterXSize * 25 >= xmax > x0 + (ds.RasterXSize - 1) * 25
    assert y0 - ds.RasterYSize * 25 <= ymin < y0 - (ds.RasterYSize - 1) * 25
    assert osr.SpatialReference(wkt=ds.GetProjection()).GetAuthorityCode(None) == "9377"
    assert ds.GetMetadataItem("suitability_weights") == "roads=1.0000"  # the only criterion with an input
    assert not os.path.exists(str(tmp_path / "classes.tif"))


def _plane_dem(path: str, epsg: int, bounds, cell: float, gradient=(0.1, 0.0), nodata_only=False) -> str:
    xmin, ymin, xmax, ymax = bounds
    width, height = int((xmax - xmin) / cell), int((ymax - ymin) / cell)
    ds = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((xmin, cell, 0, ymax, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    xs = xmin + (np.arange(width) + 0.5) * cell
    ys = ymax - (np.arange(height) + 0.5) * cell
    z = gradient[0] * (xs[None, :] - xmin) + gradient[1] * (ys[:, None] - ymin)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.WriteArray(np.full(z.shape, -9999.0) if nodata_only else z + 100)
    ds = None
    return path


def test_dem_in_another_crs_and_resolution_is_resampled(provider, tmp_path):
    import processing

    aoi_box = shapely.box(5048000, 2430000, 5050000, 2431500)
    aoi_path = str(tmp_path / "aoi.gpkg")
    gpd.GeoDataFrame(geometry=[aoi_box], crs=9377).to_file(aoi_path)
    bounds_3116 = gpd.GeoSeries([aoi_box.buffer(500)], crs=9377).to_crs(3116).total_bounds
    dem = _plane_dem(str(tmp_path / "dem3116.tif"), 3116, np.round(bounds_3116, -1), 10.0, gradient=(0.1, 0.0))
    out = str(tmp_path / "s.tif")
    folder = str(tmp_path / "criteria")
    processing.run(
        "migrant_planning:site_suitability",
        {"AOI": aoi_path, "CELL_SIZE": 50, "DEM": dem, "OUTPUT": out, "CRITERIA_FOLDER": folder},
    )
    slope_score = _read(folder + "/slope.tif")
    assert (slope_score != -9999).all()
    # a 10 % plane in EPSG:3116 stays (almost) a 10 % plane in EPSG:9377: linear 5-30 % -> (30 - 10) / 25 = 0.8
    assert np.allclose(slope_score, 0.8, atol=0.003)
    assert np.allclose(_read(out), slope_score, atol=1e-6)


def test_dem_all_nodata_is_refused(provider, sample_gpkg, tmp_path):
    import processing

    dem = _plane_dem(str(tmp_path / "empty.tif"), 9377, (5046000, 2428000, 5056000, 2436000), 100.0, nodata_only=True)
    out = str(tmp_path / "s.tif")
    with pytest.raises(QgsProcessingException, match="only nodata"):
        processing.run(
            "migrant_planning:site_suitability",
            {"AOI": sample_layer_uri(sample_gpkg, "boundary"), "CELL_SIZE": 100, "DEM": dem, "OUTPUT": out},
        )
    assert not os.path.exists(out)


def test_bad_criteria_json_names_the_problem(provider, sample_gpkg, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="not valid"):
        processing.run(
            "migrant_planning:site_suitability",
            {"AOI": sample_layer_uri(sample_gpkg, "boundary"), "CRITERIA": "{oops", "OUTPUT": str(tmp_path / "s.tif")},
        )
    with pytest.raises(QgsProcessingException, match="No criterion can be computed"):
        processing.run(
            "migrant_planning:site_suitability",
            {"AOI": sample_layer_uri(sample_gpkg, "boundary"), "OUTPUT": str(tmp_path / "s.tif")},
        )


class _CancelAfter(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 12:
            self.cancel()


def test_cancelled_run_writes_nothing(provider, sample_gpkg, dem, tmp_path):
    import processing

    params = _inputs(sample_gpkg, dem)
    params.update({"CELL_SIZE": 10, "OUTPUT": str(tmp_path / "s.tif"), "CLASSIFIED": str(tmp_path / "c.tif")})
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("migrant_planning:site_suitability", params, feedback=_CancelAfter())
    assert os.listdir(tmp_path) == []


def test_ahp_matrix_and_owa_orness_one_gives_the_maximum(provider, sample_gpkg, dem, tmp_path):
    import processing

    params = _inputs(sample_gpkg, dem)
    w = np.array(list(WEIGHTS.values()))
    matrix = ";".join(",".join(f"{a / b:.12g}" for b in w) for a in w)  # consistent: CR 0, weights = w
    params.update(
        {
            "AHP_MATRIX": matrix,
            "AGGREGATION": 1,
            "ORNESS": 1.0,
            "OUTPUT": str(tmp_path / "s.tif"),
            "CLASSIFIED": None,
            "CRITERIA_FOLDER": str(tmp_path / "crit"),
        }
    )
    result = processing.run("migrant_planning:site_suitability", params)
    assert result["CR"] == 0.0
    assert result["WEIGHTS_USED"] == ";".join(f"{k}={v:.4f}" for k, v in WEIGHTS.items())
    values = _read(result["OUTPUT"])
    stack = np.stack([_read(str(tmp_path / "crit" / f"{n}.tif")) for n in WEIGHTS])
    free = (values > 0) & (stack != -9999).all(axis=0)
    assert np.allclose(values[free], stack.max(axis=0)[free], atol=1e-6)
    meta = gdal.Open(result["OUTPUT"]).GetMetadata()
    assert meta["ahp_cr"] == "0.0000" and meta["suitability_order_weights"].startswith("1.0000,0.0000")


def test_criteria_json_changes_a_breakpoint_and_adds_a_threshold(provider, sample_gpkg, tmp_path):
    import processing

    definition = {
        "criteria": [{"name": "roads", "standardise": {"a": 0, "b": 400}}],
        "constraints": [{"name": "far_from_roads", "criterion": "roads", "above": 300}],
    }
    out = str(tmp_path / "s.tif")
    folder = str(tmp_path / "crit")
    processing.run(
        "migrant_planning:site_suitability",
        {
            "AOI": sample_layer_uri(sample_gpkg, "boundary"),
            "CELL_SIZE": CELL,
            "ROADS": sample_layer_uri(sample_gpkg, "roads"),
            "CRITERIA": json.dumps(definition),
            "OUTPUT": out,
            "CRITERIA_FOLDER": folder,
        },
    )
    score = _read(folder + "/roads.tif")
    values = _read(out)
    # distance > 300 m <=> standardised (linear 0-400) < 0.25: excluded, so 0
    assert (values[score < 0.25 - 1e-6] == 0).all()
    assert np.allclose(values[score > 0.25 + 1e-6], score[score > 0.25 + 1e-6], atol=1e-6)


# ----------------------------------------------------------------------------- ranking


def _brute_force_parcels(raster: str, parcels: gpd.GeoDataFrame, threshold: float):
    values = _read(raster)
    values[values == -9999] = np.nan
    x, y = _centres(raster)
    rows = []
    for geom in parcels.geometry.values:
        inside = shapely.contains_xy(geom, x, y)
        if not inside.any():
            p = shapely.point_on_surface(geom)
            inside = (np.abs(x - p.x) <= CELL / 2) & (np.abs(y - p.y) <= CELL / 2)
        cells = values[inside]
        ok = cells[np.isfinite(cells)]
        rows.append(
            (
                ok.mean() if len(ok) else np.nan,
                ok.min() if len(ok) else np.nan,
                ok.max() if len(ok) else np.nan,
                (ok >= threshold).sum() / len(cells),
                (ok == 0).sum() / len(cells),
            )
        )
    return np.array(rows)


def test_rank_candidate_sites_equals_brute_force(city_run, provider, sample_gpkg, tmp_path):
    import processing

    result, _ = city_run
    exposure = gpd.GeoDataFrame(
        {"exposed_pct": [10.0, 50.0], "codigo": [1, 2]},
        geometry=[shapely.box(5046000, 2428000, 5051000, 2436000), shapely.box(5051000, 2428000, 5056000, 2436000)],
        crs=9377,
    )
    exposure_path = str(tmp_path / "exposure.gpkg")
    exposure.to_file(exposure_path)
    out = str(tmp_path / "ranked.gpkg")
    processing.run(
        "migrant_planning:rank_candidate_sites",
        {
            "CANDIDATES": sample_layer_uri(sample_gpkg, "candidates"),
            "SUITABILITY": result["OUTPUT"],
            "EXPOSURE": exposure_path,
            "OUTPUT": out,
        },
    )
    ranked = gpd.read_file(out)
    parcels = gpd.read_file(sample_gpkg, layer="predios")
    assert len(ranked) == len(parcels)
    assert ranked["rank"].tolist() == list(range(1, len(parcels) + 1))  # written best first
    ranked = ranked.set_index("codigo_predio").loc[parcels["codigo_predio"]]
    expected = _brute_force_parcels(result["OUTPUT"], parcels, 0.6)
    got = ranked[["suit_mean", "suit_min", "suit_max", "share_top2", "share_excl"]].to_numpy()
    assert np.allclose(got, expected, atol=1e-9, equal_nan=True)
    assert np.allclose(ranked["area_m2"], parcels.area)
    order = sorted(range(len(parcels)), key=lambda i: (-expected[i, 0], parcels["codigo_predio"].iloc[i]))
    assert ranked["rank"].to_numpy()[order].tolist() == list(range(1, len(parcels) + 1))
    # exposure joined by area-weighted overlap (independent: geopandas overlay)
    pieces = gpd.overlay(parcels[["codigo_predio", "geometry"]], exposure, how="intersection")
    pieces["a"] = pieces.area
    weighted = pieces.groupby("codigo_predio").apply(lambda g: np.average(g["exposed_pct"], weights=g["a"]))
    assert np.allclose(ranked.loc[weighted.index, "exp_exposed_pct"], weighted.to_numpy())
    assert "exp_codigo" not in ranked.columns


def test_weight_sensitivity_matches_separate_runs(city_run, provider, sample_gpkg, dem, tmp_path):
    import processing

    params = _inputs(sample_gpkg, dem)
    params.update({"CANDIDATES": sample_layer_uri(sample_gpkg, "candidates"), "OUTPUT": str(tmp_path / "sens.gpkg")})
    processing.run("migrant_planning:weight_sensitivity", params)
    table = gpd.read_file(str(tmp_path / "sens.gpkg"))
    assert len(table) == 1 + 7 * 4
    assert table.iloc[0]["criterion"] == "base" and table.iloc[0]["spearman"] == 1 and table.iloc[0]["top_kept"] == 10
    assert set(table["change_pct"][1:]) == {-20, -10, 10, 20}

    def ranked_means(weights_text: str):
        run = processing.run(
            "migrant_planning:site_suitability",
            {
                **_inputs(sample_gpkg, dem),
                "WEIGHTS": weights_text,
                "OUTPUT": str(tmp_path / "w.tif"),
                "CLASSIFIED": None,
            },
        )
        ranked = processing.run(
            "migrant_planning:rank_candidate_sites",
            {
                "CANDIDATES": sample_layer_uri(sample_gpkg, "candidates"),
                "SUITABILITY": run["OUTPUT"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
        frame = {f["codigo_predio"]: f["suit_mean"] for f in ranked.getFeatures()}
        return np.array([frame[k] for k in sorted(frame)])

    base = ranked_means(";".join(f"{k}={v}" for k, v in WEIGHTS.items()))
    row = table[(table["criterion"] == "slope") & (table["change_pct"] == 20)].iloc[0]
    w = dict(WEIGHTS)
    w["slope"] = 0.18
    for k in w:  # others rescaled by (1 - 0.18) / (1 - 0.15)
        if k != "slope":
            w[k] = WEIGHTS[k] * 0.82 / 0.85
    assert row["weight"] == pytest.approx(0.18)
    changed = ranked_means(";".join(f"{k}={v}" for k, v in w.items()))
    ok = np.isfinite(base) & np.isfinite(changed)
    assert row["spearman"] == pytest.approx(spearmanr(base[ok], changed[ok]).correlation, abs=1e-6)


# ----------------------------------------------------------------------------- AHP


def test_ahp_weights_algorithm_outputs(provider):
    import processing

    result = processing.run(
        "migrant_planning:ahp_weights",
        {"MATRIX": "1,3,5;1/3,1,3;1/5,1/3,1", "CRITERIA_NAMES": "health, roads, slope", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert result["WEIGHTS"] == "0.636986,0.258285,0.104729"  # normalised row geometric means (3 x 3)
    assert result["CR"] == pytest.approx(0.0332, abs=1e-4) and result["CONSISTENT"] is True
    assert result["LAMBDA_MAX"] == pytest.approx(3.0385, abs=1e-4)
    layer: QgsVectorLayer = result["OUTPUT"]
    rows = {f["criterion"]: (f["weight"], f["rank"]) for f in layer.getFeatures()}
    assert rows["health"][1] == 1 and rows["slope"][1] == 3


def test_ahp_weights_refusals(provider):
    import processing

    with pytest.raises(QgsProcessingException, match=r"row 2 \(b\), column 3 \(c\)"):
        processing.run("migrant_planning:ahp_weights", {"MATRIX": "1,3,5;1/3,1,3;1/5,1/2,1", "CRITERIA_NAMES": "a,b,c"})
    inconsistent = "1,9,1/9;1/9,1,9;9,1/9,1"
    result = processing.run("migrant_planning:ahp_weights", {"MATRIX": inconsistent})
    assert result["CONSISTENT"] is False and result["CR"] > 1
    with pytest.raises(QgsProcessingException, match="most inconsistent judgement"):
        processing.run("migrant_planning:ahp_weights", {"MATRIX": inconsistent, "FAIL_IF_INCONSISTENT": True})


# ----------------------------------------------------------------------------- help and styles


@pytest.mark.parametrize("alg_id", ["ahp_weights", "site_suitability", "rank_candidate_sites", "weight_sensitivity"])
def test_every_parameter_has_help_and_the_help_has_two_paragraphs(provider, alg_id):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().algorithmById(f"migrant_planning:{alg_id}")
    assert alg is not None and alg.group()
    for parameter in alg.parameterDefinitions():
        assert parameter.help().strip(), parameter.name()
        assert not parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagHidden
    assert len([p for p in alg.shortHelpString().split("\n\n") if p.strip()]) == 2


def test_styles_apply_with_class_labels(city_run):
    from qgis.core import QgsRasterLayer

    from migrant_planning_plugin.paths import style_path
    from migrant_planning_plugin.processing.suitability_common import RasterStyle, class_labels

    result, _ = city_run
    layer = QgsRasterLayer(result["CLASSIFIED"], "classes")
    RasterStyle(style_path("suitability_classes.qml"), classes=True).postProcessLayer(layer, None, None)
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    assert {c.value: c.label for c in renderer.classes()} == class_labels()
    ramp = QgsRasterLayer(result["OUTPUT"], "suitability")
    RasterStyle(style_path("suitability.qml")).postProcessLayer(ramp, None, None)
    assert ramp.renderer().type() == "singlebandpseudocolor"
    assert ramp.renderer().classificationMin() == 0 and ramp.renderer().classificationMax() == 1


def test_rank_with_a_geographic_raster_and_with_no_parcels(city_run, provider, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    result, _ = city_run
    geographic = str(tmp_path / "wgs84.tif")
    gdal.Warp(geographic, result["OUTPUT"], dstSRS="EPSG:4326", resampleAlg="near")
    candidates = sample_layer_uri(sample_gpkg, "candidates")
    original = processing.run(
        "migrant_planning:rank_candidate_sites",
        {"CANDIDATES": candidates, "SUITABILITY": result["OUTPUT"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    warped = processing.run(
        "migrant_planning:rank_candidate_sites",
        {"CANDIDATES": candidates, "SUITABILITY": geographic, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert warped.crs().authid() == "EPSG:9377"
    a = {f["codigo_predio"]: f["suit_mean"] for f in original.getFeatures()}
    b = {f["codigo_predio"]: f["suit_mean"] for f in warped.getFeatures()}
    keys = sorted(k for k in a if a[k] == a[k] and b[k] == b[k])
    assert len(keys) > 0.9 * len(a)
    assert spearmanr([a[k] for k in keys], [b[k] for k in keys]).correlation > 0.95
    empty = QgsVectorLayer("Polygon?crs=EPSG:9377&field=codigo:string", "empty", "memory")
    out = processing.run(
        "migrant_planning:rank_candidate_sites",
        {"CANDIDATES": empty, "SUITABILITY": result["OUTPUT"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert out.featureCount() == 0 and "rank" in out.fields().names()
