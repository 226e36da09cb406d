"""qgis_io.ogr_read: the GDAL (Arrow) read of plain GeoPackage/shapefile layers gives exactly what the QGIS
iterator gives (ids, column order and types, values, nulls, geometries byte for byte, CRS), and the cases it
cannot reproduce fall back to the iterator."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from migrant_planning_plugin.core.errors import Cancelled
from migrant_planning_plugin.qgis_io import ogr_read, vector
from migrant_planning_plugin.qgis_io.vector import source_to_gdf
from tests.conftest import sample_layer_uri

ogr.UseExceptions()
SAMPLE_ROLES = ("settlements", "hazards", "facilities", "roads", "land_use", "areas", "candidates", "water", "streams")


@pytest.fixture
def read_both(monkeypatch):
    """Read a source through the QGIS iterator and through the fast path; also say whether the fast path was used."""
    used = []
    real = ogr_read.read

    def spy(*args, **kwargs):
        result = real(*args, **kwargs)
        used.append(result is not None)
        return result

    monkeypatch.setattr(ogr_read, "read", spy)

    def read(source, **kwargs):
        monkeypatch.setattr(vector, "FAST_READ", False)
        slow = source_to_gdf(source, **kwargs)
        monkeypatch.setattr(vector, "FAST_READ", True)
        used.clear()
        fast = source_to_gdf(source, **kwargs)
        return slow, fast, bool(used and used[-1])

    return read


def assert_same(slow: gpd.GeoDataFrame, fast: gpd.GeoDataFrame) -> None:
    """Same index, columns, dtypes, values (nulls included), geometries (WKB), CRS and layer name."""
    assert fast.index.name == slow.index.name
    assert fast.index.tolist() == slow.index.tolist()
    assert list(fast.columns) == list(slow.columns)
    for column in slow.columns:
        if column == slow.geometry.name:
            continue
        assert str(fast[column].dtype) == str(slow[column].dtype), column
        pd.testing.assert_series_equal(fast[column], slow[column], check_exact=True)
    slow_geoms, fast_geoms = slow.geometry.values, fast.geometry.values
    assert (shapely.is_missing(slow_geoms) == shapely.is_missing(fast_geoms)).all()
    present = ~shapely.is_missing(slow_geoms)
    assert shapely.to_wkb(slow_geoms[present]).tolist() == shapely.to_wkb(fast_geoms[present]).tolist()
    assert slow.attrs["crs"] == fast.attrs["crs"]
    assert slow.attrs["layer_name"] == fast.attrs["layer_name"]


@pytest.mark.parametrize("role", SAMPLE_ROLES)
def test_sample_city_layers_read_the_same_both_ways(qgis_app, read_both, sample_gpkg, role):
    layer = QgsVectorLayer(sample_layer_uri(sample_gpkg, role), role, "ogr")
    slow, fast, used = read_both(layer)
    assert used
    assert_same(slow, fast)
    assert len(fast) == layer.featureCount()


@pytest.mark.parametrize("epsg", ["EPSG:4326", "EPSG:3116"])
def test_reprojection_uses_the_same_transform(qgis_app, read_both, sample_gpkg, epsg):
    layer = QgsVectorLayer(sample_layer_uri(sample_gpkg, "roads"), "roads", "ogr")
    slow, fast, used = read_both(layer, target_crs=QgsCoordinateReferenceSystem(epsg))
    assert used and fast.attrs["crs"] == epsg
    assert_same(slow, fast)


def test_field_subsets_and_the_fid_column(qgis_app, read_both, sample_gpkg):
    layer = QgsVectorLayer(sample_layer_uri(sample_gpkg, "hazards"), "hazards", "ogr")
    for fields in ([], ["nivel", "tipo_amenaza"], ["fid", "nivel"], ["missing", "nivel"]):
        slow, fast, used = read_both(layer, fields=fields)
        assert used
        assert_same(slow, fast)
    assert list(fast.columns) == ["nivel", "geometry"]


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(9377)
    return srs


def _edge_gpkg(path: str) -> None:
    """A MultiPolygon Z layer with single and multi parts, null, empty and invalid geometries, every plain type
    with nulls, non-ASCII text and a gap in the feature ids."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("bordes", _srs(), ogr.wkbMultiPolygon25D)
    for name, kind, subtype in (
        ("entero", ogr.OFTInteger, ogr.OFSTNone),
        ("grande", ogr.OFTInteger64, ogr.OFSTNone),
        ("informal", ogr.OFTInteger, ogr.OFSTBoolean),
        ("area_ha", ogr.OFTReal, ogr.OFSTNone),
        ("nombre", ogr.OFTString, ogr.OFSTNone),
        ("fecha", ogr.OFTDate, ogr.OFSTNone),
    ):
        definition = ogr.FieldDefn(name, kind)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    rows = [
        ("POLYGON Z ((0 0 1,10 0 2,10 10 3,0 0 1))", (1, 2**40, 1, 1.5, "Ñuñoa", (2024, 5, 1))),
        (None, (None, None, None, None, None, None)),
        ("POLYGON EMPTY", (0, -1, 0, 0.0, "", (2020, 1, 31))),
        ("MULTIPOLYGON Z (((0 0 0,1 0 0,1 1 0,0 0 0)),((5 5 1,6 5 1,6 6 1,5 5 1)))", (3, 3, 1, -2.25, "Cúcuta", None)),
        ("POLYGON ((0 0,2 2,2 0,0 2,0 0))", (4, 4, 0, None, "corbatín", (1999, 12, 31))),
        ("POLYGON ((0 0,3 0,3 3,0 0))", (5, 5, 1, 7.0, "borrada", (2000, 2, 29))),
        ("POLYGON ((0 0,4 0,4 4,0 0))", (6, 6, None, 8.0, None, (2000, 2, 29))),
    ]
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            if value is None:
                feature.SetFieldNull(index)
            elif index == 5:
                feature.SetField(index, *value, 0, 0, 0, 0)
            else:
                feature.SetField(index, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.DeleteFeature(6)  # a gap in the ids: 1, 2, 3, 4, 5, 7
    ds = None


def test_edge_cases_read_the_same_both_ways(qgis_app, read_both, tmp_path):
    path = str(tmp_path / "bordes.gpkg")
    _edge_gpkg(path)
    layer = QgsVectorLayer(f"{path}|layername=bordes", "bordes", "ogr")
    slow, fast, used = read_both(layer)
    assert used
    assert_same(slow, fast)
    # and both are what was written (not only equal to each other)
    assert fast.index.tolist() == [1, 2, 3, 4, 5, 7]
    assert fast["fid"].tolist() == [1, 2, 3, 4, 5, 7]
    assert fast["grande"].tolist()[0] == 2**40 and pd.isna(fast["grande"].iloc[1])
    informal = fast["informal"]
    assert [informal.iloc[i] for i in (0, 2, 3, 4)] == [True, False, True, False]
    assert informal.isna().tolist() == [False, True, False, False, False, True]
    assert fast["nombre"].tolist() == ["Ñuñoa", None, "", "Cúcuta", "corbatín", None]
    assert fast["fecha"].iloc[0] == pd.Timestamp(2024, 5, 1) and pd.isna(fast["fecha"].iloc[3])
    geoms = fast.geometry.values
    assert geoms[1] is None and geoms[2].is_empty
    assert all(g.geom_type == "MultiPolygon" and not g.has_z for g in geoms[[0, 3, 4]])  # as QGIS: multi, 2D
    assert not geoms[4].is_valid  # read as it is: the analysis repairs
    with pytest.raises(Cancelled):
        source_to_gdf(layer, is_canceled=lambda: True)


def _one_feature_gpkg(path: str, geometry_type, wkt: str, field=None) -> QgsVectorLayer:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("capa", _srs(), geometry_type)
    if field is not None:
        layer.CreateField(ogr.FieldDefn("cuando", field))
    feature = ogr.Feature(layer.GetLayerDefn())
    if field is not None:
        feature.SetField(0, 2024, 5, 1, 12, 30, 15.5, 0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(feature)
    ds = None
    return QgsVectorLayer(f"{path}|layername=capa", "capa", "ogr")


@pytest.mark.parametrize(
    "geometry_type,wkt,field",
    [
        (ogr.wkbCurvePolygon, "CURVEPOLYGON(CIRCULARSTRING(0 0,10 10,20 0,10 -10,0 0))", None),
        (ogr.wkbLineStringM, "LINESTRING M (0 0 1,10 10 2)", None),
        (ogr.wkbPoint, "POINT (1 2)", ogr.OFTDateTime),
    ],
    ids=["curves", "m-values", "date-time"],
)
def test_what_the_fast_path_cannot_reproduce_goes_through_qgis(
    qgis_app, read_both, tmp_path, geometry_type, wkt, field
):
    layer = _one_feature_gpkg(str(tmp_path / "capa.gpkg"), geometry_type, wkt, field)
    assert layer.isValid()
    slow, fast, used = read_both(layer)
    assert not used
    assert_same(slow, fast)


def test_filtered_or_extended_layers_go_through_qgis(qgis_app, read_both, sample_gpkg, tmp_path):
    import shutil

    sample_gpkg = shutil.copy(sample_gpkg, tmp_path / "villa.gpkg")  # a filter rewrites the file's header
    subset = QgsVectorLayer(sample_layer_uri(str(sample_gpkg), "hazards"), "hazards", "ogr")
    subset.setSubsetString("nivel = 'alta'")
    slow, fast, used = read_both(subset)
    assert not used and len(fast) == subset.featureCount() < 52
    assert_same(slow, fast)
    virtual = QgsVectorLayer(sample_layer_uri(str(sample_gpkg), "facilities"), "facilities", "ogr")
    virtual.addExpressionField("capacidad * 2", QgsField("doble", QVariant.Type.Int))
    slow, fast, used = read_both(virtual)
    assert not used and "doble" in fast.columns
    assert_same(slow, fast)


def _shapefile(folder, encoding: str) -> QgsVectorLayer:
    path = str(folder / "manzanas.shp")
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = ds.CreateLayer("manzanas", _srs(), ogr.wkbPolygon, [f"ENCODING={encoding}"])
    layer.CreateField(ogr.FieldDefn("nombre", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("poblacion", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
    for k, (name, wkt) in enumerate(
        [
            ("Peña", "POLYGON((0 0,1 0,1 1,0 0))"),
            ("Ñame", "MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((3 3,4 3,4 4,3 3)))"),
            (None, "POLYGON((0 0,2 0,2 2,0 0))"),
        ]
    ):
        feature = ogr.Feature(layer.GetLayerDefn())
        if name is not None:
            feature.SetField(0, name)
        feature.SetField(1, k * 100)
        feature.SetField(2, k / 3)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return QgsVectorLayer(path, "manzanas", "ogr")


def test_utf8_shapefile_reads_the_same_both_ways(qgis_app, read_both, tmp_path):
    layer = _shapefile(tmp_path, "UTF-8")
    slow, fast, used = read_both(layer)
    assert used
    assert_same(slow, fast)
    assert fast.index.tolist() == [0, 1, 2] and fast["nombre"].tolist()[:2] == ["Peña", "Ñame"]


def test_processing_sources_use_the_fast_path_only_for_whole_layers(provider, read_both, sample_gpkg):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("migrant_planning:settlement_exposure")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    uri = sample_layer_uri(sample_gpkg, "settlements")
    whole = algorithm.source({"SETTLEMENTS": uri}, "SETTLEMENTS", context)
    assert ogr_read.plain_ogr_layer(whole) is not None
    slow, fast, used = read_both(whole)
    assert used
    assert_same(slow, fast)
    layer = QgsVectorLayer(uri, "asentamientos", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1, 2, 3])
        definition = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        selected = algorithm.source({"SETTLEMENTS": definition}, "SETTLEMENTS", context)
        slow, fast, used = read_both(selected)
        assert not used and fast.index.tolist() == [1, 2, 3]
        assert_same(slow, fast)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_project_layer_deleted_while_a_run_reads_it(provider, sample_gpkg):
    """The dock replaced a result layer just after a run read it: the checks after the read do not touch the deleted
    layer (a RuntimeError in CI, from the PostGIS row count check)."""
    from qgis.core import QgsApplication

    from migrant_planning_plugin.qgis_io import postgis

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("migrant_planning:settlement_exposure")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    layer = QgsVectorLayer(sample_layer_uri(sample_gpkg, "settlements"), "asentamientos", "ogr")
    QgsProject.instance().addMapLayer(layer)
    source = algorithm.source({"SETTLEMENTS": layer.id()}, "SETTLEMENTS", context)
    assert source.ogr_layer is layer and ogr_read.plain_ogr_layer(source) is layer
    QgsProject.instance().removeMapLayer(layer.id())  # deletes the layer: the wrapper stays
    assert ogr_read.plain_ogr_layer(source) is None and postgis.layer_of(source) is None
    postgis.verify_read(source, 418, "asentamientos")  # the check after a read: nothing to ask a deleted layer


def test_an_algorithm_gives_the_same_output_both_ways(provider, monkeypatch, sample_gpkg, tmp_path):
    import processing

    outputs = {}
    for fast in (False, True):
        monkeypatch.setattr(vector, "FAST_READ", fast)
        out = str(tmp_path / f"exposure_{fast}.gpkg")
        processing.run(
            "migrant_planning:settlement_exposure",
            {
                "SETTLEMENTS": sample_layer_uri(sample_gpkg, "settlements"),
                "HAZARDS": sample_layer_uri(sample_gpkg, "hazards"),
                "AREAS": sample_layer_uri(sample_gpkg, "areas"),
                "OUTPUT": out,
                "SUMMARY": str(tmp_path / f"summary_{fast}.gpkg"),
            },
        )
        outputs[fast] = (gpd.read_file(out), gpd.read_file(str(tmp_path / f"summary_{fast}.gpkg")))
    for slow_frame, fast_frame in zip(outputs[False], outputs[True]):
        pd.testing.assert_frame_equal(slow_frame, fast_frame, check_exact=True)


def test_shapefile_in_another_encoding_goes_through_qgis(qgis_app, read_both, tmp_path):
    layer = _shapefile(tmp_path, "ISO-8859-1")
    slow, fast, used = read_both(layer)
    assert not used
    assert_same(slow, fast)
    assert layer.dataProvider().encoding() == "ISO-8859-1"  # QGIS decodes with the .cpg's encoding


def test_table_without_geometry_reads_the_same_both_ways(qgis_app, read_both, tmp_path):
    path = str(tmp_path / "tabla.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("resumen", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("area_name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("population", ogr.OFTReal))
    for name, value in (("Comuna 1", 10.5), ("ALL", None)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(0, name)
        if value is not None:
            feature.SetField(1, value)
        layer.CreateFeature(feature)
    ds = None
    table = QgsVectorLayer(f"{path}|layername=resumen", "resumen", "ogr")
    slow, fast, used = read_both(table)
    assert used
    assert_same(slow, fast)
    assert fast["area_name"].tolist() == ["Comuna 1", "ALL"] and fast.geometry.isna().all()
