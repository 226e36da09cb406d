"""Geographic inputs: edges are densified before they are reprojected, so areas that tile in degrees tile in
metres (issue 12, "What went wrong" 3)."""

from __future__ import annotations

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from migrant_planning_plugin.qgis_io import ogr_read
from migrant_planning_plugin.qgis_io.vector import source_to_gdf

ogr.UseExceptions()
X0, Y0, CELL = -72.6, 7.8, 0.1  # a 3 x 3 grid of 0.1° cells over Cúcuta


def _gpkg(path, name, geometry_type, fields, rows):
    """A GeoPackage layer in EPSG:4326 with ``fields`` [(name, ogr type)] and rows (wkt, *values)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, geometry_type)
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, kind))
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field, _kind), value in zip(fields, values):
            feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def _box(x0, y0, x1, y1) -> str:
    return shapely.box(x0, y0, x1, y1).wkt


@pytest.fixture
def grid_city(tmp_path):
    """Comunas: 9 cells of 0.1° that tile exactly; barrios across the shared edges and along the outer edge,
    their corners on the cells' edges between the cells' vertices; one hazard zone."""
    path = tmp_path / "cucuta_4326.gpkg"
    cells = []
    for i in range(3):
        for j in range(3):
            x, y = X0 + i * CELL, Y0 + j * CELL
            cells.append((_box(x, y, x + CELL, y + CELL), f"Comuna {3 * j + i + 1}"))
    comunas = _gpkg(path, "comunas", ogr.wkbPolygon, [("NOMBRE", ogr.OFTString)], cells)
    barrios = [
        (_box(-72.53, 7.83, -72.47, 7.86), "Atalaya", 1200),  # across x = -72.5
        (_box(-72.43, 7.87, -72.41, 7.93), "Motilones", 800),  # across y = 7.9
        (_box(-72.52, 7.88, -72.48, 7.92), "La Libertad", 1500),  # across a corner of four cells
        (_box(-72.58, 7.80, -72.52, 7.82), "El Salado", 950),  # along the southern outer edge
        (_box(-72.31, 7.95, -72.30, 8.05), "Aeropuerto", 400),  # along the eastern outer edge, across y = 8.0
        (_box(-72.45, 8.08, -72.35, 8.10), "Cerro Norte", 3100),  # along the northern outer edge, across -72.4
        (_box(-72.60, 7.85, -72.57, 7.95), "Palmeras", 700),  # along the western outer edge
    ]
    settlements = _gpkg(
        path,
        "barrios",
        ogr.wkbPolygon,
        [("NOMBRE", ogr.OFTString), ("POBLACION", ogr.OFTInteger)],
        barrios,
    )
    hazards = _gpkg(
        path, "amenaza", ogr.wkbPolygon, [("CATEGORIA", ogr.OFTString)], [(_box(-72.55, 7.8, -72.4, 7.9), "Alta")]
    )
    return {"comunas": comunas, "barrios": barrios, "settlements": settlements, "hazards": hazards}


def _exposure(grid_city):
    import processing

    return processing.run(
        "migrant_planning:settlement_exposure",
        {
            "SETTLEMENTS": grid_city["settlements"],
            "HAZARDS": grid_city["hazards"],
            "AREAS": grid_city["comunas"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )


@pytest.mark.parametrize("fast", [True, False])
def test_areas_that_tile_in_degrees_tile_in_metres(provider, grid_city, monkeypatch, fast):
    from migrant_planning_plugin.qgis_io import vector

    monkeypatch.setattr(vector, "FAST_READ", fast)
    summary = list(_exposure(grid_city)["SUMMARY"].getFeatures())
    names = {f["area_name"] for f in summary}
    assert "(outside areas)" not in names
    total = sum(p for _wkt, _name, p in grid_city["barrios"])
    everything = sum(f["population"] for f in summary if f["area_name"] == "ALL" and f["hazard_type"] == "any")
    by_area = sum(f["population"] for f in summary if f["area_name"] != "ALL" and f["hazard_type"] == "any")
    assert everything == pytest.approx(total, rel=1e-12)
    assert by_area == pytest.approx(total, rel=1e-9)


def test_densified_edges_follow_the_true_line(qgis_app, grid_city):
    """Points of a cell's edge, each reprojected on its own (on the true line), lie on the densified boundary."""
    from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject

    layer = QgsVectorLayer(grid_city["comunas"], "comunas", "ogr")
    target = QgsCoordinateReferenceSystem("EPSG:9377")
    frame = source_to_gdf(layer, target_crs=target)
    boundary = frame.geometry.values[0].boundary  # the cell X0 .. X0 + CELL, Y0 .. Y0 + CELL
    transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
    for k in range(1, 50):
        for x, y in ((X0 + CELL * k / 50, Y0), (X0, Y0 + CELL * k / 50)):
            point = transform.transform(QgsPointXY(x, y))
            assert shapely.distance(shapely.Point(point.x(), point.y()), boundary) < 1e-4  # 0.1 mm
    undensified = shapely.Polygon(
        [
            transform.transform(QgsPointXY(*c))
            for c in [(X0, Y0), (X0 + CELL, Y0), (X0 + CELL, Y0 + CELL), (X0, Y0 + CELL)]
        ]
    )
    middle = transform.transform(QgsPointXY(X0 + CELL / 2, Y0))
    assert shapely.distance(shapely.Point(middle.x(), middle.y()), undensified.boundary) > 0.05  # the old chord


def test_metric_sources_are_not_densified(qgis_app):
    assert not ogr_read.needs_densifying(QgsCoordinateReferenceSystem("EPSG:9377"))
    assert ogr_read.needs_densifying(QgsCoordinateReferenceSystem("EPSG:4326"))
    assert ogr_read.needs_densifying(QgsCoordinateReferenceSystem("EPSG:3857"))
