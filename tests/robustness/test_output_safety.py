"""Issue 14, items 1-6: no output replaces an input or another output, and a write that fails fails whole.

Every test hashes the inputs before and after (files byte for byte, and each GeoPackage layer's features) and
checks that no temporary file is left behind.
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from osgeo import gdal, ogr

from .runner import RecordingFeedback, run, sha256
from .safety_support import feature_count, fill, layer_digests, leftovers, tmpfs

gdal.UseExceptions()


@pytest.fixture
def city(sample_gpkg, tmp_path) -> str:
    """A copy of the sample city's GeoPackage (ten layers) that the test may point outputs at."""
    path = tmp_path / "data" / "villa_esperanza.gpkg"
    path.parent.mkdir()
    shutil.copy(sample_gpkg, path)
    return str(path)


def _exposure(city: str, **outputs) -> dict:
    return {
        "SETTLEMENTS": f"{city}|layername=asentamientos",
        "HAZARDS": f"{city}|layername=zonas_amenaza",
        **outputs,
    }


# ---------------------------------------------------------------------------------------------------- 1
def test_item1_output_over_the_input_geopackage_is_refused(provider, city, tmp_path, monkeypatch):
    """OUTPUT=<the input .gpkg> replaced its ten layers by one (rc 0); also through a link or a relative path."""
    before, digests = sha256(city), layer_digests(city)
    assert len(digests) == 10
    link = tmp_path / "enlace.gpkg"
    link.symlink_to(city)
    monkeypatch.chdir(tmp_path)
    for output in (city, str(link), "data/villa_esperanza.gpkg", "./data/../data/villa_esperanza.gpkg"):
        record = run("settlement_exposure", _exposure(city, OUTPUT=output, SUMMARY=str(tmp_path / "s.gpkg")))
        assert not record.ok, output
        assert "OUTPUT" in record.message and "would overwrite the input SETTLEMENTS" in record.message
        assert "ogr:dbname=" in record.message  # says how to add a layer to the GeoPackage instead
    assert sha256(city) == before and layer_digests(city) == digests
    assert not (tmp_path / "s.gpkg").exists() and not leftovers(tmp_path)


def test_item1_a_geopackage_holding_other_layers_is_not_replaced(provider, city, tmp_path):
    """A file output that is not an input but holds other layers (an earlier project's data) is not deleted."""
    other = tmp_path / "otro.gpkg"
    gdal.VectorTranslate(str(other), city, layers=["comunas", "predios"])
    digests = layer_digests(other)
    record = run("settlement_exposure", _exposure(city, OUTPUT=str(other), SUMMARY=str(tmp_path / "s.gpkg")))
    assert not record.ok and "holds other layers (comunas, predios)" in record.message
    assert layer_digests(other) == digests


# ---------------------------------------------------------------------------------------------------- 2
def test_item2_ogr_table_of_an_input_is_refused_a_new_table_is_written(provider, city, tmp_path):
    """ogr:dbname=<input.gpkg> table="asentamientos" overwrote the input layer; a new layer is allowed and leaves
    the other layers untouched (features counted and hashed)."""
    digests = layer_digests(city)
    for table in ("asentamientos", "ASENTAMIENTOS"):
        output = f"ogr:dbname='{city}' table=\"{table}\" (geom)"
        record = run("settlement_exposure", _exposure(city, OUTPUT=output, SUMMARY=str(tmp_path / "s.gpkg")))
        assert not record.ok and "would overwrite the input SETTLEMENTS" in record.message, record.message
        assert layer_digests(city) == digests
    for _ in range(2):  # the second run replaces its own layers of the first
        record = run(
            "settlement_exposure",
            _exposure(
                city,
                OUTPUT=f"ogr:dbname='{city}' table=\"exposicion\" (geom)",
                SUMMARY=f"ogr:dbname='{city}' table=\"exposicion_resumen\"",
            ),
        )
        assert record.ok, record.message
        after = layer_digests(city)
        assert {name: after[name] for name in digests} == digests  # the ten layers untouched
        assert sorted(set(after) - set(digests)) == ["exposicion", "exposicion_resumen"]  # no temporary layer
        assert after["exposicion"][0] == digests["asentamientos"][0] == 418
    assert record.results["OUTPUT"] == f"{city}|layername=exposicion"
    assert feature_count(record.results["SUMMARY"]) == after["exposicion_resumen"][0] > 0
    assert not leftovers(tmp_path)


# ---------------------------------------------------------------------------------------------------- 3
def test_item3_report_files_over_inputs_are_refused(provider, case_data, tmp_path):
    """planning_report OUTPUT_PDF=<an input CSV> (or OUTPUT_HTML=<an input gpkg>) turned the input into a PDF."""
    folder = tmp_path / "in"
    folder.mkdir()
    summary_csv = str(folder / "resumen.csv")
    exposure = run(
        "settlement_exposure",
        {
            "SETTLEMENTS": case_data.uri("settlements"),
            "HAZARDS": case_data.uri("hazards"),
            "AREAS": case_data.uri("areas"),
            "OUTPUT": str(folder / "exposicion.gpkg"),
            "SUMMARY": summary_csv,
        },
    )
    assert exposure.ok, exposure.message
    inputs = {"EXPOSURE_SUMMARY": summary_csv, "EXPOSURE": exposure.results["OUTPUT"], "AREAS": case_data.uri("areas")}
    hashes = {path: sha256(path) for path in (summary_csv, str(folder / "exposicion.gpkg"))}
    for outputs, names in (
        ({"OUTPUT_PDF": summary_csv}, ("OUTPUT_PDF", "EXPOSURE_SUMMARY")),
        (
            {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_HTML": str(folder / "exposicion.gpkg")},
            ("OUTPUT_HTML", "EXPOSURE"),
        ),
        (
            {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_HTML": str(tmp_path / "r.pdf")},
            ("OUTPUT_PDF", "OUTPUT_HTML"),
        ),
    ):
        record = run("planning_report", {**inputs, **outputs})
        assert not record.ok, outputs
        assert all(name in record.message for name in names), record.message
    assert {path: sha256(path) for path in hashes} == hashes
    assert not (tmp_path / "r.pdf").exists() and not leftovers(tmp_path)


# ---------------------------------------------------------------------------------------------------- 4
def test_item4_two_outputs_of_one_run_on_one_file_are_refused(provider, city, tmp_path):
    """OUTPUT = SUMMARY (the same file, however written): one output was silently lost."""
    same = str(tmp_path / "resultado.gpkg")
    for summary in (same, str(tmp_path / "sub" / ".." / "resultado.gpkg")):
        record = run("settlement_exposure", _exposure(city, OUTPUT=same, SUMMARY=summary))
        assert not record.ok and "OUTPUT (Settlement exposure) and SUMMARY (Exposure summary)" in record.message
        assert "would both write" in record.message
    assert not os.path.exists(same)
    # two layers of one new GeoPackage are two places: allowed
    record = run(
        "settlement_exposure",
        _exposure(
            city,
            OUTPUT=f"ogr:dbname='{same}' table=\"exposicion\"",
            SUMMARY=f"ogr:dbname='{same}' table=\"resumen\"",
        ),
    )
    assert record.ok, record.message
    assert {name: count for name, (count, _d) in layer_digests(same).items()} == {"exposicion": 418, "resumen": 16}


def test_item4_two_model_steps_writing_one_path(provider, city, tmp_path):
    """Two steps of a model writing the same file: the later one replaced the earlier one without a word."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingException,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProject,
    )

    model = QgsProcessingModelAlgorithm("two steps", "tests")
    shared = str(tmp_path / "resumen.csv")
    for step in ("a", "b"):
        child = QgsProcessingModelChildAlgorithm("migrant_planning:settlement_exposure")
        child.setChildId(step)
        static = QgsProcessingModelChildParameterSource.fromStaticValue
        child.addParameterSources("SETTLEMENTS", [static(f"{city}|layername=asentamientos")])
        child.addParameterSources("HAZARDS", [static(f"{city}|layername=zonas_amenaza")])
        child.addParameterSources("OUTPUT", [static(str(tmp_path / f"exposicion_{step}.gpkg"))])
        child.addParameterSources("SUMMARY", [static(shared)])
        model.addChildAlgorithm(child)
    feedback = RecordingFeedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(model, {}, context=context, feedback=feedback)
    # QGIS 3.22 reports a step's error to the feedback; 3.40 puts it in the model's exception only
    messages = "\n".join([*feedback.errors, str(caught.value)])
    assert "which the step Settlement exposure to hazards (SUMMARY) of this model wrote already" in messages
    written = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".gpkg", ".csv"))
    assert written in (["exposicion_a.gpkg", "resumen.csv"], ["exposicion_b.gpkg", "resumen.csv"])


# ---------------------------------------------------------------------------------------------------- 5
class FailingSink:
    """A sink that refuses every batch, as a GeoPackage writer does on a full disk."""

    def addFeatures(self, features, flags=None):
        return False

    def lastError(self):
        return "database or disk is full"


def test_item5_a_sink_that_refuses_features_stops_the_run(qgis_app):
    """write_features ignored what sink.addFeatures returned: rc 0 and a layer with 5 of 418 features."""
    import geopandas as gpd
    import shapely

    from migrant_planning_plugin.qgis_io.vector import WriteError, fields_for, write_features

    frame = gpd.GeoDataFrame({"poblacion": [10.0, 20.0]}, geometry=[shapely.Point(0, 0), shapely.Point(1, 1)])
    with pytest.raises(WriteError, match="disk is full"):
        write_features(FailingSink(), frame, fields_for(frame))


def test_item5_repeated_fid_attribute_keeps_every_feature(provider, city, tmp_path):
    """A shapefile whose 'fid' column repeats (and that has a 'src_fid' column too) lost features in a GeoPackage
    output; every feature is written, the values kept under another name."""
    shapefile = str(tmp_path / "asentamientos.shp")
    gdal.VectorTranslate(shapefile, city, layers=["asentamientos"])
    dataset = ogr.Open(shapefile, 1)
    layer = dataset.GetLayer(0)
    layer.CreateField(ogr.FieldDefn("fid", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("src_fid", ogr.OFTInteger))
    for index, feature in enumerate(list(layer)):
        feature.SetField("fid", index // 100)  # five values for 418 features
        feature.SetField("src_fid", index)
        layer.SetFeature(feature)
    dataset = layer = None
    before = sha256(shapefile)
    output = str(tmp_path / "exposicion.gpkg")
    record = run(
        "settlement_exposure",
        {
            "SETTLEMENTS": shapefile,
            "HAZARDS": f"{city}|layername=zonas_amenaza",
            "OUTPUT": output,
            "SUMMARY": "memory:",
        },
    )
    assert record.ok, record.message
    assert feature_count(output) == 418 and sha256(shapefile) == before
    import geopandas as gpd

    written = gpd.read_file(output, engine="fiona")
    kept = [c for c in written.columns if c.startswith("src_fid")]
    assert sorted(written[kept[0]].tolist()) == list(range(418)) or sorted(written[kept[1]].tolist()) == list(
        range(418)
    )


def test_item5_vector_output_on_a_full_disk(provider, city, tmp_path):
    """A vector output on a full disk ended with rc 0 and a GeoPackage without a layer: now refused, saying the
    disk is full, with the earlier output of the same name untouched and nothing else left."""
    with tmpfs(tmp_path / "disco", "3m") as disk:
        if disk is None:
            pytest.skip("this system cannot mount a tmpfs (not root, or no tmpfs support)")
        earlier = disk / "exposicion.gpkg"
        gdal.VectorTranslate(str(earlier), city, layers=["comunas"], layerName="exposicion")
        digest, earlier_hash = layer_digests(str(earlier)), sha256(str(earlier))
        fill(disk, 200_000)
        record = run("settlement_exposure", _exposure(city, OUTPUT=str(earlier), SUMMARY=str(disk / "resumen.csv")))
        assert not record.ok
        assert "is full" in record.message and "Nothing was written" in record.message, record.message
        assert sha256(str(earlier)) == earlier_hash and layer_digests(str(earlier)) == digest
        assert sorted(p.name for p in disk.iterdir()) == ["exposicion.gpkg", "filler.bin"]


# ---------------------------------------------------------------------------------------------------- 6
def test_item6_raster_output_on_a_full_disk(provider, case_data, tmp_path):
    """A raster on a full disk ended in a traceback (TIFFAppendToStrip) and left .x.partial.tif behind."""
    with tmpfs(tmp_path / "disco", "2m") as disk:
        if disk is None:
            pytest.skip("this system cannot mount a tmpfs (not root, or no tmpfs support)")
        fill(disk, 100_000)
        params = {
            "AOI": case_data.uri("aoi"),
            "DEM": case_data.raster("dem"),
            "HAZARDS": case_data.uri("hazards"),
            "CELL_SIZE": 5.0,
            "OUTPUT": str(disk / "aptitud.tif"),
            "CLASSIFIED": str(disk / "clases.tif"),
        }
        record = run("site_suitability", params)
        assert not record.ok and record.error_type == "QgsProcessingException", record.message
        assert "is full" in record.message and "Traceback" not in record.message
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


def test_item6_staged_names_are_temporary_and_a_killed_runs_files_are_cleaned(tmp_path):
    """A run killed while writing leaves only obviously temporary names; the next run removes them (and puts
    back an old output the killed run had moved aside)."""
    from migrant_planning_plugin.qgis_io import staging

    dead = 2**22 + 12345  # beyond Linux's default pid_max: no process has it
    while staging._alive(dead):
        dead += 1
    host = staging.run_tag()[3:7]
    partial = tmp_path / f".exposicion.mpp{host}-{dead}-0a1b2c3d.partial.gpkg"
    journal = tmp_path / f".exposicion.mpp{host}-{dead}-0a1b2c3d.partial.gpkg-journal"
    backup = tmp_path / f".resumen.mpp{host}-{dead}-0a1b2c3e.backup.csv"
    alive = tmp_path / f".otro.{staging.run_tag()}.partial.gpkg"  # this process: still running
    for path in (partial, journal, backup, alive):
        path.write_text("x")
    removed = staging.clean_stale(str(tmp_path))
    assert len(removed) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, "resumen.csv"])
    assert (tmp_path / "resumen.csv").read_text() == "x"  # the backup went back where its target was missing


def test_item6_cancel_after_the_outputs_are_written_leaves_nothing(provider, city, tmp_path):
    """A cancel once the outputs were being written was ignored (they were written whole); outputs are staged now,
    so a cancel at any time leaves no file, and nothing half-written."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

    out = tmp_path / "salida"
    out.mkdir()

    class CancelAfterWriting(RecordingFeedback):
        seen = []

        def setProgress(self, progress):
            super().setProgress(progress)
            if progress >= 100:  # the end of the run: both outputs are written, under temporary names
                self.seen.extend(leftovers(out))
                self.cancel()

    feedback = CancelAfterWriting()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = _exposure(city, OUTPUT=str(out / "exposicion.gpkg"), SUMMARY=str(out / "resumen.csv"))
    with pytest.raises(QgsProcessingException, match="nothing was written"):
        processing.run("migrant_planning:settlement_exposure", params, feedback=feedback, context=context)
    assert len(feedback.seen) == 2  # both were written, under temporary names
    assert list(out.iterdir()) == []


def test_item6_counts_are_checked_after_the_file_is_closed(qgis_app, tmp_path, monkeypatch):
    """A GeoPackage that holds fewer features than written once closed (a commit lost on a full disk) is refused."""
    import geopandas as gpd
    import shapely
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext

    from migrant_planning_plugin.core.errors import InputError
    from migrant_planning_plugin.qgis_io import outputs

    frame = gpd.GeoDataFrame({"n": np.arange(3.0)}, geometry=[shapely.Point(i, i) for i in range(3)])
    monkeypatch.setattr(outputs, "_feature_count", lambda path, layer: 2)
    staged = outputs.StagedOutputs()
    with pytest.raises(InputError, match="holds 2 of the 3 features written"):
        staged.vector(
            str(tmp_path / "x.gpkg"), frame, QgsCoordinateReferenceSystem("EPSG:9377"), QgsCoordinateTransformContext()
        )
    staged.discard()
    assert list(tmp_path.iterdir()) == []


def test_an_output_given_as_a_property_writes_where_it_says(provider, city, tmp_path):
    """The dock hands outputs as QgsProcessingOutputLayerDefinition(QgsProperty of the path); PyQGIS's
    QgsProperty.valueAsString returns (text, ok), which once became a file named "('…/out.gpkg', True).gpkg"."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject, QgsProperty

    target = tmp_path / "salida" / "exposicion.gpkg"
    target.parent.mkdir()
    output = QgsProcessingOutputLayerDefinition(QgsProperty.fromValue(str(target)), QgsProject.instance())
    record = run("settlement_exposure", _exposure(city, OUTPUT=output, SUMMARY=str(tmp_path / "s.gpkg")))
    assert record.ok, record.message
    assert sorted(os.listdir(target.parent)) == ["exposicion.gpkg"]
    assert feature_count(str(target)) == feature_count(f"{city}|layername=asentamientos")
