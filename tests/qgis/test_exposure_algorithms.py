"""settlement_exposure and facility_exposure through processing.run, as a model would call them.

The sample-city totals are compared with the QGIS-native chain (fix geometries, dissolve/difference per
level, intersection, area in the field calculator, statistics by categories).
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from bench.exposure.native_chain import native_exposure_totals
from tests.conftest import sample_layer_uri

QUANTITIES = {"population": "poblacion", "migrants": "migrantes", "households": "hogares"}


class _Feedback(QgsProcessingFeedback):
    """Collects the warnings and infos of a run."""

    def __init__(self) -> None:
        super().__init__()
        self.messages = []

    def pushWarning(self, warning: str) -> None:
        self.messages.append(warning)

    def pushInfo(self, info: str) -> None:
        self.messages.append(info)


def _layer(kind: str, name: str, fields, rows, crs: str = "EPSG:9377") -> QgsVectorLayer:
    """A memory layer with ``fields`` [(name, QVariant type)] and rows (wkt or None, *attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for wkt, *attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _summary(layer):
    return {(f["area_name"], f["hazard_type"], f["hazard_level"]): f for f in layer.getFeatures()}


def _run(algorithm: str, parameters: dict, feedback=None):
    import processing

    parameters = {"OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT", **parameters}
    return processing.run(f"migrant_planning:{algorithm}", parameters, feedback=feedback)


def test_sample_city_totals_equal_the_native_chain(provider, sample_gpkg):
    settlements = sample_layer_uri(sample_gpkg, "settlements")
    hazards = sample_layer_uri(sample_gpkg, "hazards")
    native = native_exposure_totals(settlements, hazards, "nivel", "tipo_amenaza", QUANTITIES)
    assert len(native) >= 9  # flood and landslide levels, and any
    result = _run(
        "settlement_exposure",
        {
            "SETTLEMENTS": settlements,
            "HAZARDS": hazards,
            "AREAS": sample_layer_uri(sample_gpkg, "areas"),
            "AREA_NAME_FIELD": "nombre",
        },
    )
    ours = _summary(result["SUMMARY"])
    for row in native.itertuples():
        mine = ours[("ALL", row.hazard_type, row.hazard_level)]
        assert mine["area_ha"] * 1e4 == pytest.approx(row.area_m2, rel=1e-6), row
        for column in QUANTITIES:
            assert mine[column] == pytest.approx(getattr(row, column), rel=1e-6), (row, column)
    # levels the native chain found nothing at are empty in ours too
    found = {(r.hazard_type, r.hazard_level) for r in native.itertuples()}
    for (area, hazard_type, level), feature in ours.items():
        if area == "ALL" and level != "none" and (hazard_type, level) not in found:
            assert feature["population"] == 0.0 and feature["features"] == 0
    # the comunas (and anything outside them) add up to ALL
    for (area, hazard_type, level), feature in ours.items():
        if area == "ALL":
            parts = sum(
                f["population"] for (a, t, lv), f in ours.items() if a != "ALL" and (t, lv) == (hazard_type, level)
            )
            assert parts == pytest.approx(feature["population"], rel=1e-9)
    output = result["OUTPUT"]
    assert output.featureCount() == 418
    names = output.fields().names()
    assert {"inundacion_a_pop", "movimiento_m_mig", "any_b_hh", "any_idx", "inundacion_lvl", "area_m2"} <= set(names)
    assert names[1:4] == ["codigo", "nombre", "comuna"]  # input fields kept, in order (after fid)


def test_other_crs_and_invalid_geometries(provider, tmp_path):
    # settlements in EPSG:9377 (one bow-tie, one without geometry), hazards in WGS 84 (a bow-tie too)
    settlements = _layer(
        "Polygon",
        "asentamientos",
        [("codigo", QVariant.Type.String), ("poblacion", QVariant.Type.Int)],
        [
            ("POLYGON((5000000 2000000,5000200 2000000,5000200 2000100,5000000 2000100,5000000 2000000))", "A", 200),
            ("POLYGON((5000300 2000000,5000500 2000200,5000500 2000000,5000300 2000200,5000300 2000000))", "B", 100),
            (None, "C", 50),
        ],
    )
    import processing

    zone_9377 = "POLYGON((5000100 1999900,5000400 1999900,5000400 2000300,5000100 2000300,5000100 1999900))"
    hazards_9377 = _layer(
        "Polygon", "zonas", [("nivel", QVariant.Type.String)], [(zone_9377, "Alta"), (zone_9377, None)]
    )
    hazards = processing.run(
        "native:reprojectlayer",
        {"INPUT": hazards_9377, "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"), "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    before = [f.geometry().asWkt() for f in settlements.getFeatures()]
    feedback = _Feedback()
    result = _run("settlement_exposure", {"SETTLEMENTS": settlements, "HAZARDS": hazards}, feedback)
    ours = _summary(result["SUMMARY"])
    # A: half of it (x 100..200) in the zone -> 100; B: the bow-tie's left triangle (x 300..400) -> 50
    assert ours[("ALL", "amenaza", "alta")]["population"] == pytest.approx(150.0, rel=1e-6)
    assert ours[("ALL", "amenaza", "none")]["population"] == pytest.approx(150.0, rel=1e-6)
    assert ours[("ALL", "amenaza", "alta")]["features"] == 2
    assert result["OUTPUT"].featureCount() == 2
    assert result["OUTPUT"].crs().authid() == "EPSG:9377"
    text = "\n".join(feedback.messages)
    assert "repaired 1 invalid" in text and "1 features without a usable geometry were skipped (C)" in text
    assert "1 zones (12.00 ha) have no value in 'nivel'" in text
    assert [f.geometry().asWkt() for f in settlements.getFeatures()] == before  # input untouched
    assert settlements.featureCount() == 3


def test_bad_fields_stop_with_a_clear_message(provider):
    settlements = _layer(
        "Polygon",
        "asentamientos",
        [("poblacion", QVariant.Type.String)],
        [("POLYGON((0 0,1 0,1 1,0 1,0 0))", "cien")],
    )
    hazards = _layer("Polygon", "zonas", [("nivel", QVariant.Type.String)], [("POLYGON((0 0,1 0,1 1,0 0))", "alta")])
    with pytest.raises(QgsProcessingException, match=r"asentamientos.*'poblacion' is not numeric"):
        _run("settlement_exposure", {"SETTLEMENTS": settlements, "HAZARDS": hazards})
    no_level = _layer("Polygon", "zonas_sin_nivel", [("x", QVariant.Type.Int)], [("POLYGON((0 0,1 0,1 1,0 0))", 1)])
    with pytest.raises(QgsProcessingException, match=r"zonas_sin_nivel.*HAZARD_LEVEL_FIELD"):
        _run("settlement_exposure", {"SETTLEMENTS": settlements, "HAZARDS": no_level, "POPULATION_FIELD": ""})
    with pytest.raises(QgsProcessingException, match="LEVEL_MAP"):
        _run("facility_exposure", {"FACILITIES": settlements, "HAZARDS": hazards, "LEVEL_MAP": "alta"})


def test_empty_settlements_give_empty_outputs_and_a_warning(provider):
    settlements = _layer("Point", "viviendas", [("poblacion", QVariant.Type.Double)], [])
    hazards = _layer("Polygon", "zonas", [("nivel", QVariant.Type.String)], [("POLYGON((0 0,1 0,1 1,0 0))", "alta")])
    feedback = _Feedback()
    result = _run("settlement_exposure", {"SETTLEMENTS": settlements, "HAZARDS": hazards}, feedback)
    assert result["OUTPUT"].featureCount() == 0
    assert all(f["features"] == 0 for f in result["SUMMARY"].getFeatures())
    assert any("no features to analyse" in m for m in feedback.messages)


def test_points_areas_and_weights_through_processing(provider):
    # dwellings as points: one on the boundary between media and alta, one inside media, one outside
    points = _layer(
        "Point",
        "viviendas",
        [("personas", QVariant.Type.Int), ("hogares", QVariant.Type.Int)],
        [("POINT(10 5)", 4, 1), ("POINT(5 5)", 3, 1), ("POINT(50 5)", 7, 2)],
    )
    hazards = _layer(
        "Polygon",
        "zonas",
        [("fenomeno", QVariant.Type.String), ("grado", QVariant.Type.Int)],
        [
            ("POLYGON((0 0,10 0,10 10,0 10,0 0))", "Inundación", 2),
            ("POLYGON((10 0,20 0,20 10,10 10,10 0))", "Inundación", 3),
        ],
    )
    areas = _layer(
        "Polygon", "comunas", [("nombre", QVariant.Type.String)], [("POLYGON((0 0,8 0,8 10,0 10,0 0))", "Norte")]
    )
    result = _run(
        "settlement_exposure",
        {
            "SETTLEMENTS": points,
            "HAZARDS": hazards,
            "POPULATION_FIELD": "personas",
            "AREAS": areas,
            "LEVEL_WEIGHTS": "alta=2",
        },
    )
    out = {f["personas"]: f for f in result["OUTPUT"].getFeatures()}
    assert (out[4]["inundacion_lvl"], out[3]["inundacion_lvl"], out[7]["inundacion_lvl"]) == ("alta", "media", "none")
    assert out[4]["inundacion_idx"] == pytest.approx(2.0) and out[3]["inundacion_idx"] == pytest.approx(0.5)
    ours = _summary(result["SUMMARY"])
    assert ours[("Norte", "Inundación", "media")]["population"] == pytest.approx(3.0)
    outside = [a for a, _t, _l in ours if a not in ("ALL", "Norte")]
    assert len(set(outside)) == 1
    assert ours[(outside[0], "Inundación", "alta")]["population"] == pytest.approx(4.0)
    assert ours[(outside[0], "any", "none")]["households"] == pytest.approx(2.0)


def test_facility_exposure_through_processing(provider, sample_gpkg):
    facilities = _layer(
        "Point",
        "equipamientos",
        [("tipo", QVariant.Type.String), ("capacidad", QVariant.Type.Int)],
        [("POINT(10 5)", "salud", 100), ("POINT(5 5)", "educación", 30), ("POINT(50 5)", "salud", 10)],
    )
    hazards = _layer(
        "Polygon",
        "zonas",
        [("tipo_amenaza", QVariant.Type.String), ("nivel", QVariant.Type.String)],
        [
            ("POLYGON((0 0,10 0,10 10,0 10,0 0))", "inundación", "media"),
            ("POLYGON((10 0,20 0,20 10,10 10,10 0))", "movimiento en masa", "baja"),
        ],
    )
    result = _run("facility_exposure", {"FACILITIES": facilities, "HAZARDS": hazards})
    levels = [(f["inundacion_lvl"], f["movimiento_lvl"], f["any_lvl"]) for f in result["OUTPUT"].getFeatures()]
    assert levels == [("media", "baja", "media"), ("media", "none", "media"), ("none", "none", "none")]
    rows = {(f["facility_type"], f["hazard_type"], f["hazard_level"]): f for f in result["SUMMARY"].getFeatures()}
    assert rows[("ALL", "inundación", "media")]["facilities"] == 2
    assert rows[("ALL", "inundación", "media")]["capacity"] == pytest.approx(130.0)
    assert rows[("salud", "movimiento en masa", "baja")]["capacity"] == pytest.approx(100.0)
    assert rows[("salud", "any", "none")]["facilities"] == 1
    assert result["SUMMARY"].fields().names() == [
        "area_name",
        "facility_type",
        "hazard_type",
        "hazard_level",
        "facilities",
        "capacity",
        "all_areas",
        "all_types",
        "any_hazard",
    ]
    assert rows[("ALL", "any", "media")]["all_types"] and rows[("ALL", "any", "media")]["any_hazard"]
    assert not rows[("salud", "inundación", "media")]["all_types"]
    # the sample city runs too; the flood level of every facility agrees with a direct point-in-zone test
    sample = _run(
        "facility_exposure",
        {
            "FACILITIES": sample_layer_uri(sample_gpkg, "facilities"),
            "HAZARDS": sample_layer_uri(sample_gpkg, "hazards"),
        },
    )
    zones = QgsVectorLayer(sample_layer_uri(sample_gpkg, "hazards"), "z", "ogr")
    rank = {"alta": 3, "media": 2, "baja": 1}
    floods = [(rank[z["nivel"]], z.geometry()) for z in zones.getFeatures() if z["tipo_amenaza"] == "inundación"]
    for facility in sample["OUTPUT"].getFeatures():
        top = max((r for r, g in floods if g.intersects(facility.geometry())), default=0)
        assert facility["inundacion_lvl"] == {3: "alta", 2: "media", 1: "baja", 0: "none"}[top]
