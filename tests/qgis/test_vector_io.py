"""qgis_io: QGIS sources <-> GeoDataFrames on memory, GeoPackage and shapefile layers."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from migrant_planning_plugin.qgis_io import crs as io_crs
from migrant_planning_plugin.qgis_io.vector import fields_for, source_to_gdf, write_features

WKTS = [
    "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2)),((20 20,30 20,30 30,20 20)))",
    None,  # no geometry
    "POLYGON EMPTY",
    "POLYGON((0 0,2 2,2 0,0 2,0 0))",  # bow-tie, read as it is
]


def _memory_layer(crs: str = "EPSG:9377") -> QgsVectorLayer:
    fields = [
        QgsField("nombre_ñandú", QVariant.Type.String),
        QgsField("población", QVariant.Type.Int),
        QgsField("área_ha", QVariant.Type.Double),
        QgsField("informal", QVariant.Type.Bool),
        QgsField("fecha", QVariant.Type.Date),
    ]
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", "asentamientos", "memory")
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    values = [
        ["Barrio Ñuñoa", 1200, 2.5, True, QDate(2024, 5, 1)],
        ["Sin geometría", None, None, None, None],
        ["Vacío", 0, 0.0, False, QDate(2020, 1, 31)],
        ["Corbatín", 35, 1.25, False, None],
    ]
    for wkt, attrs in zip(WKTS, values):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attrs)
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _check_frame(frame: gpd.GeoDataFrame, expect_fids=None) -> None:
    frame = frame.drop(columns=[c for c in frame.columns if c == "fid"])  # GeoPackage's own key column
    assert list(frame.columns[:5]) == ["nombre_ñandú", "población", "área_ha", "informal", "fecha"]
    assert frame["nombre_ñandú"].tolist() == ["Barrio Ñuñoa", "Sin geometría", "Vacío", "Corbatín"]
    assert str(frame["población"].dtype) == "Int64"
    assert frame["población"].tolist()[0] == 1200 and pd.isna(frame["población"].iloc[1])
    assert frame["área_ha"].dtype == np.float64 and np.isnan(frame["área_ha"].iloc[1])
    assert frame["informal"].tolist()[0] is True or frame["informal"].iloc[0] == True  # noqa: E712
    geoms = frame.geometry.values
    assert geoms[0].geom_type == "MultiPolygon" and geoms[0].area == pytest.approx(100 - 4 + 50)
    assert geoms[1] is None or geoms[1].is_empty  # QGIS's GeoPackage writer stores null as empty
    assert geoms[2] is not None and geoms[2].is_empty
    assert not geoms[3].is_valid  # read as it is: the analysis repairs
    if expect_fids is not None:
        assert frame.index.tolist() == expect_fids


def test_memory_layer_to_frame_keeps_types_ids_crs():
    layer = _memory_layer()
    frame = source_to_gdf(layer)
    _check_frame(frame, expect_fids=[f.id() for f in layer.getFeatures()])
    assert frame.crs is None and frame.attrs["crs"] == "EPSG:9377"  # CRS as text: no pyproj object
    assert frame["fecha"].iloc[0] == pd.Timestamp(2024, 5, 1)
    assert frame.attrs["layer_name"] == "asentamientos"


@pytest.mark.parametrize("driver,ext", [("GPKG", "gpkg"), ("ESRI Shapefile", "shp")])
def test_file_round_trip(tmp_path, driver, ext):
    layer = _memory_layer()
    path = str(tmp_path / f"asentamientos.{ext}")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProject.instance().transformContext(), options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
    on_disk = QgsVectorLayer(path, "asentamientos", "ogr")
    assert on_disk.isValid()
    frame = source_to_gdf(on_disk)
    if driver == "GPKG":
        _check_frame(frame)
    else:  # shapefile: names cut at 10 bytes, no bool/null distinctions, but values survive
        names = frame.columns.tolist()
        assert any(name.startswith("nombre") for name in names)
        assert frame.iloc[0, 0] == "Barrio Ñuñoa"
        assert frame.geometry.values[0].area == pytest.approx(146.0)
    # and back: frame -> memory sink -> same geometries and values
    fields = fields_for(frame)
    target = QgsMemoryProviderUtils.createMemoryLayer(
        "out", fields, QgsWkbTypes.Type.MultiPolygon, QgsCoordinateReferenceSystem("EPSG:9377")
    )
    assert write_features(target.dataProvider(), frame, fields, multi=True) == 4
    back = source_to_gdf(target)
    assert back.geometry.values[0].equals(frame.geometry.values[0])
    assert (back.geometry.values[1] is None) == (frame.geometry.values[1] is None)
    assert back.iloc[:, 0].tolist() == frame.iloc[:, 0].tolist()


def test_geographic_layer_reprojected_to_origen_nacional():
    layer = QgsVectorLayer("Point?crs=EPSG:4686", "bogota", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POINT(-74.0817 4.6097)"))
    layer.dataProvider().addFeatures([feature])
    target = io_crs.choose_metric_crs([layer])
    assert target.authid() == "EPSG:9377"
    frame = source_to_gdf(layer, target_crs=target)
    point = frame.geometry.values[0]
    assert point.x == pytest.approx(4_880_061.6, abs=0.2)
    assert point.y == pytest.approx(2_067_458.0, abs=0.2)
    assert frame.crs is None and frame.attrs["crs"] == "EPSG:9377"  # CRS as text: no pyproj object


def test_projected_layer_keeps_its_crs_and_utm_outside_colombia():
    utm = QgsVectorLayer("Point?crs=EPSG:32618", "utm", "memory")
    assert io_crs.choose_metric_crs([utm]).authid() == "EPSG:32618"
    quito = QgsVectorLayer("Point?crs=EPSG:4326", "quito", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POINT(-78.5 -0.22)"))
    quito.dataProvider().addFeatures([feature])
    quito.updateExtents()
    assert io_crs.choose_metric_crs([quito]).authid() == "EPSG:32717"


@pytest.mark.parametrize(
    ("definition", "metric"),
    [
        ("EPSG:9377", True),  # MAGNA-SIRGAS / Origen-Nacional
        ("EPSG:3116", True),  # MAGNA-SIRGAS / Colombia Bogota zone
        ("EPSG:32618", True),
        ("EPSG:4686", False),  # MAGNA-SIRGAS geographic
        ("EPSG:4326", False),
        ("EPSG:3857", False),  # Web Mercator: its "metres" grow with latitude
        ("EPSG:2263", False),  # NAD83 / New York Long Island (ftUS)
        ("PROJ:+proj=merc +a=6378137 +b=6378137 +lon_0=-74 +x_0=0 +y_0=0 +k=1 +units=m +no_defs", False),  # spherical
        ("PROJ:+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +units=m", True),
    ],
)
def test_metric_crs_is_decided_by_qgis(definition, metric):
    crs = QgsCoordinateReferenceSystem(definition)
    assert crs.isValid()
    assert io_crs.is_metric(crs) is metric
    layer = QgsVectorLayer(f"Point?crs={definition}" if definition.startswith("EPSG") else "Point", "l", "memory")
    layer.setCrs(crs)
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POINT(0 0)"))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    chosen = io_crs.choose_metric_crs([layer])
    if metric:
        assert chosen == crs
    else:
        assert chosen != crs and io_crs.is_metric(chosen)


def test_z_m_and_curves_are_made_2d_and_linear():
    layer = QgsVectorLayer("CurvePolygonZM?crs=EPSG:9377", "curvas", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("CURVEPOLYGON ZM(CIRCULARSTRING ZM(0 0 1 2, 10 10 1 2, 20 0 1 2, 10 -10 1 2, 0 0 1 2))")
    )
    layer.dataProvider().addFeatures([feature])
    frame = source_to_gdf(layer)
    geom = frame.geometry.values[0]
    assert geom.geom_type == "Polygon" and not geom.has_z
    assert geom.area == pytest.approx(np.pi * 100, rel=0.01)


def test_bulk_conversion_speed_is_per_feature_not_per_vertex():
    # 2 000 polygons of 1 000 vertices read in well under a few seconds proves no per-vertex work
    layer = QgsVectorLayer("Polygon?crs=EPSG:9377", "big", "memory")
    ring = shapely.Point(0, 0).buffer(10, quad_segs=250)
    wkb = shapely.to_wkb(ring)
    features = []
    for _ in range(2000):
        feature = QgsFeature()
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    frame = source_to_gdf(layer)
    assert len(frame) == 2000
    assert shapely.get_num_coordinates(frame.geometry.values).sum() == 2000 * shapely.get_num_coordinates(ring)


def test_dates_and_fields_mapping():
    frame = gpd.GeoDataFrame(
        {
            "n": pd.array([1, None], dtype="Int64"),
            "x": [1.5, np.nan],
            "b": [True, False],
            "t": ["á", None],
            "d": [dt.date(2024, 1, 2), None],
        },
        geometry=[shapely.Point(0, 0), None],
        crs=9377,
    )
    fields = fields_for(frame, aliases={"x": "Área (ha)"})
    kinds = {fields.at(i).name(): fields.at(i).type() for i in range(fields.count())}
    assert kinds == {
        "n": QVariant.Type.LongLong,
        "x": QVariant.Type.Double,
        "b": QVariant.Type.Bool,
        "t": QVariant.Type.String,
        "d": QVariant.Type.Date,
    }
    assert fields.at(1).alias() == "Área (ha)"
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        "o", fields, QgsWkbTypes.Type.Point, QgsCoordinateReferenceSystem("EPSG:9377")
    )
    write_features(layer.dataProvider(), frame, fields)
    rows = [f.attributes() for f in layer.getFeatures()]
    assert rows[0][:4] == [1, 1.5, True, "á"] and rows[0][4] == QDate(2024, 1, 2)
    assert all(v is None or (hasattr(v, "isNull") and v.isNull()) for v in rows[1][:2])


def test_messages_name_the_layer_not_the_file(provider, sample_gpkg):
    from qgis.core import QgsProcessingContext, QgsProcessingParameterFeatureSource

    from migrant_planning_plugin.processing.base import MigrantAlgorithm

    class Probe(MigrantAlgorithm):
        ID = "probe"

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("X", "x"))

    algorithm = Probe()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    uri = f"{sample_gpkg}|layername=asentamientos"
    source = algorithm.source({"X": uri}, "X", context)
    assert source_to_gdf(source).attrs["layer_name"] == "asentamientos"  # not the file name
    layer = QgsVectorLayer(uri, "Mis asentamientos", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        source = algorithm.source({"X": layer.id()}, "X", context)
        assert source_to_gdf(source).attrs["layer_name"] == "Mis asentamientos"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
