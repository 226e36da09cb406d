"""Issue 14, items 6 and 7 with real processes: two qgis_process runs writing the same outputs at once, and a run
stopped by SIGTERM (or killed) while it writes.

Two runs with the same outputs: each run stages its files under names of its own and moves all of them into
place together, one run at a time, so the outputs on disk always come from one run (the last to finish), never
a mix. A run stopped by SIGTERM removes what it staged; one killed outright leaves only obviously temporary
files, which the next run in the folder removes.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from .runner import run, sha256
from .safety_support import QGIS_PROCESS, install_plugin, layer_digests, leftovers, qgis_process

pytestmark = [
    pytest.mark.qgis_process,
    pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed"),
]
gdal.UseExceptions()


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    """The plugin installed in a fresh profile for qgis_process."""
    return install_plugin(tmp_path_factory.mktemp("qgis_profile"))


def _together(env: dict, algorithm: str, runs) -> list:
    """Start the runs at once; wait for all; (return code, stdout, stderr) of each."""
    processes = [qgis_process(env, algorithm, parameters) for parameters in runs]
    done = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        done.append((process.returncode, out, err))
    for code, out, err in done:
        assert "Traceback" not in out + err, out[-2000:] + err[-2000:]
        assert code == 0 or "Error" in out + err, out[-2000:] + err[-2000:]
    return done


def test_item7_two_suitability_runs_with_the_same_outputs(env, sample_gpkg, sample_dem, tmp_path):
    """Two site_suitability runs (different cell sizes) with the same outputs: a traceback in one, rc 0 in the
    other with the other's files on disk. Now both end cleanly and both rasters come from one run."""
    out = tmp_path / "salida"
    common = {
        "AOI": f"{sample_gpkg}|layername=limite_municipal",
        "DEM": sample_dem,
        "FACILITIES": f"{sample_gpkg}|layername=equipamientos",
        "ROADS": f"{sample_gpkg}|layername=malla_vial",
        "OUTPUT": str(out / "aptitud.tif"),
        "CLASSIFIED": str(out / "clases.tif"),
    }
    # a few seconds each on the whole city: the two runs overlap from start to end
    done = _together(env, "site_suitability", [{**common, "CELL_SIZE": 6}, {**common, "CELL_SIZE": 7}])
    assert all(code == 0 for code, _out, _err in done), [out_text[-1500:] + err[-1500:] for _c, out_text, err in done]
    suitability, classes = gdal.Open(common["OUTPUT"]), gdal.Open(common["CLASSIFIED"])
    assert suitability.GetGeoTransform() == classes.GetGeoTransform()  # one run's pair, never a mix
    assert suitability.GetMetadataItem("class_breaks") == classes.GetMetadataItem("class_breaks")
    assert suitability.GetGeoTransform()[1] in (6.0, 7.0)
    suitability = classes = None
    assert not leftovers(out)


def test_item7_two_growth_runs_in_one_folder(env, sample_gpkg, sample_dem, tmp_path):
    """Two growth_scenarios runs in one folder: the 'successful' one held the other's polygons. The raster, the
    polygons and SUMMARY of the folder agree with each other (one run's)."""
    from .matrix import SCENARIOS

    suitability = str(tmp_path / "aptitud.tif")
    made = _together(
        env,
        "site_suitability",
        [
            {
                "AOI": f"{sample_gpkg}|layername=limite_municipal",
                "DEM": sample_dem,
                "CELL_SIZE": 10,
                "OUTPUT": suitability,
            }
        ],
    )
    assert made[0][0] == 0
    folder = tmp_path / "crecimiento"
    base = {
        "SUITABILITY": suitability,
        "EXISTING_URBAN": f"{sample_gpkg}|layername=asentamientos",
        "OUTPUT_FOLDER": str(folder),
        "SUMMARY": str(tmp_path / "resumen.csv"),
    }
    # the same scenario names, different populations (so different land): many growth polygons to write
    runs = [
        {
            **base,
            "SEED": seed,
            "SCENARIOS": json.dumps([dict(s, base_population=s["base_population"] * k) for s in SCENARIOS]),
        }
        for seed, k in ((1, 40), (2, 50))
    ]
    import pandas as pd

    for _round in range(2):
        done = _together(env, "growth_scenarios", runs)
        assert all(code == 0 for code, _out, _err in done)
        summary = pd.read_csv(base["SUMMARY"])
        for stem, name in (("tendencial", "Tendencial"), ("planificado", "Planificado")):
            raster = gdal.Open(str(folder / f"{stem}_growth_year.tif"))
            cell = raster.GetGeoTransform()[1]
            years = raster.ReadAsArray()
            seed = raster.GetMetadataItem("seed")
            raster = None
            dataset = ogr.Open(str(folder / f"{stem}_growth.gpkg"))
            area = sum(feature.GetGeometryRef().GetArea() for feature in dataset.GetLayer(0))
            dataset = None
            assert area == pytest.approx(int((years > 0).sum()) * cell * cell, rel=1e-6), (stem, seed)
            allocated = summary.loc[summary["scenario"] == name, "land_allocated_ha"].sum()
            assert allocated == pytest.approx(int((years > 0).sum()) * cell * cell / 1e4, rel=1e-6), (stem, seed)
            if stem == "tendencial":  # trend growth depends on the seed: the cells of the raster are its run's
                first_seed = seed
        assert first_seed in ("1", "2")
        assert not leftovers(tmp_path)


def test_item7_two_exposure_runs_with_the_same_outputs(env, case_data, sample_gpkg, tmp_path):
    """Two settlement_exposure runs on different settlements, same OUTPUT and SUMMARY: OUTPUT from one, SUMMARY
    from the other. The whole layer's population in SUMMARY equals the population of the OUTPUT features."""
    out = tmp_path / "salida"
    outputs = {"OUTPUT": str(out / "exposicion.gpkg"), "SUMMARY": str(out / "resumen.gpkg")}
    window = {"SETTLEMENTS": case_data.uri("settlements"), "HAZARDS": case_data.uri("hazards"), **outputs}
    city = {
        "SETTLEMENTS": f"{sample_gpkg}|layername=asentamientos",
        "HAZARDS": f"{sample_gpkg}|layername=zonas_amenaza",
        **outputs,
    }
    import geopandas as gpd

    for _round in range(3):
        done = _together(env, "settlement_exposure", [window, city])
        assert all(code == 0 for code, _out, _err in done)
        features = gpd.read_file(outputs["OUTPUT"], engine="fiona")
        summary = gpd.read_file(outputs["SUMMARY"], engine="fiona")
        whole = summary[summary["all_areas"].astype(bool) & summary["any_hazard"].astype(bool)]
        assert whole["population"].sum() == pytest.approx(features["poblacion"].sum())
        assert not leftovers(out)


# ------------------------------------------------------------------------------------------------ SIGTERM
def _many_points(path: Path, n: int) -> str:
    """A GeoPackage of ``n`` settlement points over the sample city (a long write for settlement_exposure)."""
    from migrant_planning_plugin import sample_city

    rng = np.random.default_rng(14)
    xs = sample_city.X0 + rng.random(n) * sample_city.WIDTH
    ys = sample_city.Y0 + rng.random(n) * sample_city.HEIGHT
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(9377)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("viviendas", srs, ogr.wkbPoint)
    for name in ("poblacion", "migrantes", "hogares"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(n):
        feature = ogr.Feature(definition)
        feature.SetField(0, int(3 + i % 5))
        feature.SetField(1, int(i % 3))
        feature.SetField(2, 1)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(xs[i]), float(ys[i]))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return f"{path}|layername=viviendas"


def _stop_while_writing(env: dict, params: dict, out: Path, sign: int):
    """Start a run; send ``sign`` as soon as one of its outputs is being written; return the process's result."""
    process = qgis_process(env, "settlement_exposure", params)
    deadline = time.time() + 300
    while time.time() < deadline and process.poll() is None:
        if leftovers(out):
            break
        time.sleep(0.005)
    assert process.poll() is None, "the run ended before it wrote: make the input larger"
    os.kill(process.pid, sign)
    out_text, err_text = process.communicate(timeout=120)
    return process.returncode, out_text, err_text


@pytest.fixture(scope="module")
def points(tmp_path_factory) -> str:
    return _many_points(tmp_path_factory.mktemp("points") / "viviendas.gpkg", 150_000)


def _earlier_output(out: Path, sample_gpkg: str) -> Path:
    """An output of an earlier run at the path the new run writes (it must survive a stopped run)."""
    out.mkdir()
    earlier = out / "exposicion.gpkg"
    gdal.VectorTranslate(str(earlier), sample_gpkg, layers=["comunas"], layerName="exposicion")
    return earlier


def test_item6_sigterm_while_writing_leaves_only_the_earlier_output(env, points, sample_gpkg, tmp_path):
    """SIGTERM while a vector output was written left a 42 MB GeoPackage with a -journal and no readable layer at
    the final path. Now the run removes what it staged and ends as SIGTERM asks; the earlier output is intact."""
    out = tmp_path / "salida"
    earlier = _earlier_output(out, sample_gpkg)
    before, digests = sha256(str(earlier)), layer_digests(str(earlier))
    params = {
        "SETTLEMENTS": points,
        "HAZARDS": f"{sample_gpkg}|layername=zonas_amenaza",
        "OUTPUT": str(earlier),
        "SUMMARY": str(out / "resumen.csv"),
    }
    code, _out_text, _err_text = _stop_while_writing(env, params, out, signal.SIGTERM)
    assert code == -signal.SIGTERM  # it ended as SIGTERM asks, after cleaning up
    assert sorted(p.name for p in out.iterdir()) == ["exposicion.gpkg"]
    assert sha256(str(earlier)) == before and layer_digests(str(earlier)) == digests


def test_item6_a_killed_run_leaves_temporary_names_the_next_run_removes(
    env, points, sample_gpkg, city_copy, provider, tmp_path
):
    """SIGKILL cannot be caught: the run leaves obviously temporary files (never a broken file at the output's
    name); the next run that writes into the folder removes them."""
    out = tmp_path / "salida"
    earlier = _earlier_output(out, sample_gpkg)
    before = sha256(str(earlier))
    params = {
        "SETTLEMENTS": points,
        "HAZARDS": f"{sample_gpkg}|layername=zonas_amenaza",
        "OUTPUT": str(earlier),
        "SUMMARY": str(out / "resumen.csv"),
    }
    code, _out_text, _err_text = _stop_while_writing(env, params, out, signal.SIGKILL)
    assert code == -signal.SIGKILL
    left = leftovers(out)
    assert left and all(Path(p).name.startswith(".exposicion.mpp") for p in left)
    assert sha256(str(earlier)) == before
    record = run(
        "settlement_exposure",
        {
            "SETTLEMENTS": f"{city_copy}|layername=asentamientos",
            "HAZARDS": f"{city_copy}|layername=zonas_amenaza",
            "OUTPUT": str(out / "otra.gpkg"),
            "SUMMARY": "memory:",
        },
    )
    assert record.ok, record.message
    assert not leftovers(out) and sha256(str(earlier)) == before


@pytest.fixture
def city_copy(sample_gpkg, tmp_path) -> str:
    import shutil

    path = tmp_path / "ciudad.gpkg"
    shutil.copy(sample_gpkg, path)
    return str(path)
