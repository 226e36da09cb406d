"""Regression tests of the bugs the robustness work found, each on the smallest input that showed it."""

from __future__ import annotations

import logging
import threading

import numpy as np
import pytest
import shapely
from osgeo import gdal, osr

from migrant_planning_plugin.core import network as net
from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.fields import require_numeric, warn_duplicates
from migrant_planning_plugin.core.geometry import bounds_gap, warn_if_apart
from migrant_planning_plugin.core.grid import GridSpec


def test_points_at_one_place_on_a_one_way_street_reach_each_other():
    """Two feet at the same spot of a one-way segment: 0 length x inf (against the one-way) dropped the link
    back, so a settlement and a facility at one address could not reach each other (found by test_fuzz)."""
    a, b, c = (0.0, 0.0), (100.0, 0.0), (100.0, 100.0)
    lines = np.array([shapely.LineString([a, b]), shapely.LineString([b, c])], dtype=object)
    oneway = np.array([net.FORWARD, net.BOTH], dtype=np.int8)  # a -> b only; b <-> c
    network = net.build_network(lines, None, oneway, tolerance=0.0)
    forward, backward = net.segment_costs(network, False, True, 4.5, 30.0)
    points = np.array([(50.0, 0.0), (50.0, 0.0), c, a])  # two at one spot of the one-way street, one at c and a
    attachment = net.attach_points(network, points)
    graph = net.point_graph(network, forward, backward, attachment, 1.0)
    i, j, cost = net.costs_within(graph, graph.point_node, graph.point_node, np.inf)
    costs = np.full((4, 4), np.inf)
    costs[i, j] = cost
    assert costs[0, 1] == pytest.approx(0.0) and costs[1, 0] == pytest.approx(0.0)
    assert costs[0, 2] == pytest.approx(150.0) and costs[3, 0] == pytest.approx(50.0)  # along the one-way
    assert np.isinf(costs[2, 0]) and np.isinf(costs[0, 3])  # against it: no way


def test_grid_bounds_a_hair_off_a_grid_line_do_not_add_a_row_or_column():
    """An AOI read through EPSG:4326 came back 1e-7 m off and gained a row and a column of nodata."""
    exact = GridSpec.from_bounds((5_050_000.0, 2_430_500.0, 5_052_500.0, 2_433_000.0), 100.0)
    noisy = GridSpec.from_bounds((5_049_999.9999999, 2_430_500.0000001, 5_052_500.0000001, 2_433_000.0000001), 100.0)
    assert noisy == exact
    wider = GridSpec.from_bounds((5_049_999.9, 2_430_500.0, 5_052_500.0, 2_433_000.0), 100.0)
    assert wider.width == exact.width + 1 and wider.x_min == 5_049_900.0  # a real overhang still counts


def test_output_type_is_flat_linear_multi(qgis_app):
    from qgis.core import QgsWkbTypes

    from migrant_planning_plugin.processing.base import MigrantAlgorithm

    expected = {
        QgsWkbTypes.Type.CurvePolygonZM: QgsWkbTypes.Type.MultiPolygon,
        QgsWkbTypes.Type.MultiSurfaceZ: QgsWkbTypes.Type.MultiPolygon,
        QgsWkbTypes.Type.PolygonM: QgsWkbTypes.Type.MultiPolygon,
        QgsWkbTypes.Type.CompoundCurveZ: QgsWkbTypes.Type.MultiLineString,
        QgsWkbTypes.Type.PointZM: QgsWkbTypes.Type.MultiPoint,
        QgsWkbTypes.Type.Unknown: QgsWkbTypes.Type.Unknown,
    }
    for source, output in expected.items():
        assert MigrantAlgorithm.output_type(source) == output


def _raster(path, values, nodata=-9999.0, stale_statistics=False):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 10, 0, 0, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(9377)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    if stale_statistics:  # statistics of the data before it was blanked, as gdal_translate copies them
        band.SetMetadata({"STATISTICS_MINIMUM": "306", "STATISTICS_MAXIMUM": "435"})
    ds = None
    return str(path)


def test_has_data_ignores_stale_statistics_and_finds_a_lone_value(tmp_path):
    from migrant_planning_plugin.qgis_io.raster import has_data

    blank = np.full((1200, 1300), -9999.0, dtype=np.float32)
    assert not has_data(_raster(tmp_path / "blank.tif", blank, stale_statistics=True))
    lone = blank.copy()
    lone[1197, 3] = 12.5  # one value the 512 x 512 sample does not hit
    assert has_data(_raster(tmp_path / "lone.tif", lone))
    nan = np.full((20, 20), np.nan, dtype=np.float32)
    assert not has_data(_raster(tmp_path / "nan.tif", nan))


def test_layers_that_do_not_overlap_are_reported(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    here = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    there = np.array([shapely.box(60_010, 0, 60_020, 10), None], dtype=object)
    assert bounds_gap(here, there) == pytest.approx(60_000.0)
    assert warn_if_apart(here, "settlements", there, "hazards")
    assert "settlements and hazards do not overlap" in caplog.text and "60,000 m" in caplog.text
    caplog.clear()
    touching = np.array([shapely.box(10, 10, 20, 20)], dtype=object)
    assert not warn_if_apart(here, "a", touching, "b") and not caplog.text
    assert not warn_if_apart(here, "a", np.array([None], dtype=object), "b")  # nothing to compare


def test_duplicate_ids_are_counted_not_merged(caplog):
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    assert warn_duplicates(["A", "B", "A", None, None, "C", "C", "C"], "predios", "codigo") == 5
    assert "predios: 5 features share their value of 'codigo'" in caplog.text and "A, C" in caplog.text
    caplog.clear()
    assert warn_duplicates(["A", "B", None, None], "predios", "codigo") == 0 and not caplog.text


def test_numbers_stored_as_text_are_refused_not_guessed():
    import pandas as pd

    frame = pd.DataFrame({"poblacion": ["1.200", "300"], "capacidad": [10, None]})
    with pytest.raises(InputError, match=r"'poblacion' is not numeric.*to_real"):
        require_numeric(frame, "poblacion", "asentamientos", "POPULATION_FIELD")
    with pytest.raises(InputError, match="POPULATION_FIELD"):
        require_numeric(frame, "habitantes", "asentamientos", "POPULATION_FIELD")
    values = require_numeric(frame, "capacidad", "equipamientos")
    assert values[0] == 10 and np.isnan(values[1])


def test_feedback_handler_forwards_only_its_own_threads_records():
    """Two runs at once (two background tasks) showed each other's warnings."""
    from migrant_planning_plugin.log import LOG, FeedbackHandler

    class Feedback:
        def __init__(self):
            self.messages = []

        def pushWarning(self, text):
            self.messages.append(text)

        pushInfo = pushWarning

    mine = Feedback()
    handler = FeedbackHandler(mine)
    LOG.addHandler(handler)
    try:
        LOG.warning("from the run's own thread")
        worker = threading.Thread(target=lambda: LOG.warning("from another run's thread"))
        worker.start()
        worker.join()
    finally:
        LOG.removeHandler(handler)
    assert mine.messages == ["from the run's own thread"]


def test_joining_an_invalid_polygon_layer_to_parcels():
    """rank_candidate_sites stopped with a GEOS TopologyException when EXPOSURE held a bow-tie."""
    import geopandas as gpd

    from migrant_planning_plugin.core.suitability import join_numeric

    parcel = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])  # two triangles meeting at (5, 5)
    other = gpd.GeoDataFrame({"exposed": [30.0, 10.0]}, geometry=[bowtie, shapely.box(0, 0, 10, 10)])
    out = join_numeric(parcel, other, "exp")
    # the bow-tie repaired covers 50 m2 of the parcel at 30, the box 100 m2 at 10: (50*30 + 100*10) / 150
    assert out.loc[0, "exp_exposed"] == pytest.approx((50 * 30 + 100 * 10) / 150)


def _memory_layer(crs: str, wkt: str):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs={crs}" if crs else "Polygon", "settlements", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())  # memory layers default to EPSG:4326
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def test_metres_labelled_as_degrees_are_refused_and_a_missing_crs_is_reported(qgis_app, caplog):
    """A GeoPackage without CRS ("Undefined geographic SRS") holding metres was reprojected as degrees: empty
    results and misleading warnings; a layer without CRS was silently taken to be in the analysis CRS."""
    from qgis.core import QgsCoordinateReferenceSystem

    from migrant_planning_plugin.qgis_io.crs import check_coordinates, check_missing_crs

    metres = "POLYGON((5050000 2430000, 5050100 2430000, 5050100 2430100, 5050000 2430000))"
    degrees = "POLYGON((-72.5 7.9, -72.4 7.9, -72.4 8.0, -72.5 7.9))"
    with pytest.raises(InputError, match=r"cannot be longitudes and latitudes.*EPSG:9377"):
        check_coordinates(_memory_layer("EPSG:4326", metres), "settlements")
    check_coordinates(_memory_layer("EPSG:4326", degrees), "settlements")  # fine
    check_coordinates(_memory_layer("EPSG:9377", metres), "settlements")  # fine
    target = QgsCoordinateReferenceSystem("EPSG:9377")
    with pytest.raises(InputError, match=r"has no CRS and its coordinates \(x -72.5 .*\) look like longitudes"):
        check_missing_crs(_memory_layer("", degrees), "settlements", target)
    caplog.set_level(logging.WARNING, logger="migrant_planning")
    check_missing_crs(_memory_layer("", metres), "settlements", target)
    assert "settlements: the layer has no CRS, so its coordinates are taken to be in EPSG:9377" in caplog.text


def test_sample_city_style_post_processors_are_released_after_use(qgis_app, tmp_path):
    """Each load of the sample city kept its eleven style post-processors alive for the rest of the session."""
    from qgis.core import QgsVectorLayer

    from migrant_planning_plugin.processing.algorithms.load_sample_city import _StylePostProcessor

    before = len(_StylePostProcessor._alive)
    processor = _StylePostProcessor(str(tmp_path / "missing.qml"))
    assert len(_StylePostProcessor._alive) == before + 1
    processor.postProcessLayer(QgsVectorLayer("Point", "x", "memory"), None, None)
    assert len(_StylePostProcessor._alive) == before


@pytest.mark.parametrize(
    "alg_id, parameter, value",
    [
        ("rank_candidate_sites", "CANDIDATE_ID_FIELD", "CODIGO_PREDIO"),
        ("settlement_exposure", "POPULATION_FIELD", "POBLACION"),
        ("service_access", "CAPACITY_FIELD", "Capacidad"),
    ],
)
def test_a_field_named_in_another_case_is_the_field(provider, case_data, tmp_path, alg_id, parameter, value):
    """QGIS finds 'CODIGO_PREDIO' for the field codigo_predio; the algorithm then failed with a KeyError
    (rank_candidate_sites: "Unexpected error") or refused a field that exists."""
    from .matrix import ALGORITHMS
    from .runner import run

    alg = ALGORITHMS[alg_id]
    (tmp_path / "clean").mkdir()
    (tmp_path / "upper").mkdir()
    clean = run(alg_id, alg.params("clean", case_data, tmp_path / "clean"))
    params = alg.params("clean", case_data, tmp_path / "upper")
    params[parameter] = value
    upper = run(alg_id, params)
    assert clean.ok and upper.ok, upper.message
    assert np.allclose(alg.totals(upper.results), alg.totals(clean.results))
