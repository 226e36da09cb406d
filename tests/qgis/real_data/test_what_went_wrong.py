"""Issue 12, "What went wrong": each item as it was found on real municipal data, now right or refused.

Every expected number is computed by hand from the rectangles of the hand-made municipality (municipio.py):
barrios of 200 m x 200 m (4 ha) with 1000, 2000, 3000, 4000 people, zones that cover whole barrios or halves.
"""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from .conftest import rows
from .municipio import X0, Y0, box

OUT = {"OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}


def _exposure(run, city, hazards: str, **extra):
    parameters = {"SETTLEMENTS": city["barrios"], "HAZARDS": city[hazards], **OUT, **extra}
    return run("settlement_exposure", parameters)


def _levels(summary, hazard_type: str = "any", area: str = "ALL") -> dict:
    table = rows(summary, "area_name", "hazard_type", "hazard_level")
    return {
        level: (table[(area, hazard_type, level)]["population"], table[(area, hazard_type, level)]["area_ha"])
        for level in ("alta", "media", "baja", "none")
    }


# -------------------------------------------------------------------------------- 1. levels outside the vocabulary
def test_1_muy_alta_and_other_real_levels_count_at_their_level(run, city):
    """Barranquilla's 'Muy Alta' polygons became "not a hazard"; now muy alta and alta are alta. (Fields given:
    this test is about the values; detection is test_2's.)"""
    result, _ = _exposure(run, city, "remocion", HAZARD_LEVEL_FIELD="Amenaza", HAZARD_TYPE_FIELD="FENOMENO")
    levels = _levels(result["SUMMARY"], "Movimiento en masa")
    assert levels["alta"] == pytest.approx((1000.0, 4.0))  # B1: Muy Alta (x 0..100) + Alta (x 100..200)
    assert levels["media"] == pytest.approx((1000.0, 2.0))  # half of B2
    assert levels["baja"] == pytest.approx((1000.0, 2.0))  # the other half of B2
    assert levels["none"] == pytest.approx((7000.0, 8.0))  # B3, B4


def test_1_inasafe_four_classes_are_read(run, city):
    """InaSAFE's 'very high' lost people the same way."""
    result, _ = _exposure(run, city, "inasafe", HAZARD_LEVEL_FIELD="hazard_class")
    levels = _levels(result["SUMMARY"])
    assert levels["alta"] == pytest.approx((3000.0, 4.0))  # B3: very high + high
    assert levels["media"] == pytest.approx((2000.0, 2.0))  # half of B4
    assert levels["baja"] == pytest.approx((2000.0, 2.0))


def test_1_pot_forms_and_numeric_grades(run, city):
    """'Amenaza Alta', 'Alta no mitigable', 'Sin amenaza', and grades 4-5 were unknown."""
    result, _ = _exposure(run, city, "pot", HAZARD_LEVEL_FIELD="CLASE_AMENAZA")
    pot = _levels(result["SUMMARY"])
    assert pot["alta"] == pytest.approx((2000.0, 6.0))  # B1 + half of B2
    assert pot["media"] == pytest.approx((1000.0, 2.0))
    assert pot["none"] == pytest.approx((7000.0, 8.0))  # 'Sin amenaza' is no hazard
    result, feedback = _exposure(run, city, "grados", HAZARD_LEVEL_FIELD="GRADO")
    grades = _levels(result["SUMMARY"])
    assert grades["alta"] == pytest.approx((1000.0, 4.0))  # 5 and 4
    assert grades["media"] == pytest.approx((2000.0, 4.0))  # 3
    assert grades["baja"] == pytest.approx((7000.0, 8.0))  # 2 and 1
    assert "grades 1-5" in feedback.text()


def test_1_unknown_levels_stop_the_run_with_value_count_and_area(run, city):
    with pytest.raises(QgsProcessingException) as refusal:
        _exposure(run, city, "desconocida", HAZARD_LEVEL_FIELD="Amenaza")
    message = str(refusal.value)
    for text in ("'A' (1 zones, 4.00 ha)", "'M' (1 zones, 4.00 ha)", "'Media-Alta' (2 zones, 4.00 ha)", "LEVEL_MAP"):
        assert text in message
    result, _ = _exposure(run, city, "desconocida", LEVEL_MAP="A=alta;M=media;Media-Alta=media")  # detected
    levels = _levels(result["SUMMARY"])
    assert levels["alta"] == pytest.approx((1000.0, 4.0))  # 'A': x 0..200, B1
    assert levels["media"] == pytest.approx((5000.0, 8.0))  # 'M' = B2, 'Media-Alta' = B3
    assert levels["baja"] == pytest.approx((4000.0, 4.0))


# -------------------------------------------------------------------------------- 2. detection
def test_2_a_field_of_levels_is_never_the_type(run, city):
    """'Amenaza' (Alta/Media/Baja) was the hazard type and 'Grado' (a slope) the level."""
    result, feedback = _exposure(run, city, "remocion")
    types = {f["hazard_type"] for f in result["SUMMARY"].getFeatures()}
    assert types == {"Movimiento en masa", "any"}
    assert "hazard level: Amenaza (detected by name and values)" in feedback.text()
    assert "hazard type: FENOMENO (detected by name)" in feedback.text()
    result, feedback = _exposure(run, city, "remocion", HAZARD_LEVEL_FIELD="Amenaza")
    assert {f["hazard_type"] for f in result["SUMMARY"].getFeatures()} == {"Movimiento en masa", "any"}
    assert "hazard type: Amenaza" not in feedback.text()


def test_2_an_identifier_is_never_the_type(run, city):
    """InaSAFE's hazard_id made every zone its own type (fields named 1_a_pop)."""
    result, feedback = _exposure(run, city, "inasafe")
    names = result["OUTPUT"].fields().names()
    assert not any(name.startswith(("1_", "2_", "3_", "4_")) for name in names)
    assert {f["hazard_type"] for f in result["SUMMARY"].getFeatures()} == {"amenaza", "any"}
    assert "hazard level: hazard_class" in feedback.text()


def test_2_tipo_does_not_match_tipozona(run, city):
    """Facilities were analysed as types '0' and '1' (tipozona, a 0/1 flag)."""
    result, feedback = run(
        "service_access",
        {
            "DEMAND": city["barrios"],
            "FACILITIES": city["equipamientos"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "FACILITIES_OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    assert {f["facility_type"] for f in result["SUMMARY"].getFeatures()} == {"salud", "educación"}
    assert "facility type: TIPO_SERV (detected by name)" in feedback.text()


def test_2_real_names_are_detected(run, city):
    """COD_BARRIO, CLASE_AMENAZA, TP27_PERSO, numero_camas were not recognised."""
    _, feedback = _exposure(run, city, "pot", AREAS=city["comunas"])
    text = feedback.text()
    assert "identifier: COD_BARRIO (detected by name)" in text
    assert "hazard level: CLASE_AMENAZA (detected by name and values)" in text
    assert "area name: NOM_COMUNA (detected by name)" in text
    result, feedback = run("settlement_exposure", {"SETTLEMENTS": city["manzanas"], "HAZARDS": city["remocion"], **OUT})
    assert "population: TP27_PERSO (detected by name)" in feedback.text()
    assert "households: TP16_HOG (detected by name)" in feedback.text()
    assert _levels(result["SUMMARY"])["alta"][0] == pytest.approx(1000.0)
    _, feedback = run(
        "service_access",
        {
            "DEMAND": city["barrios"],
            "FACILITIES": city["ips"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    assert "capacity: numero_camas (detected by name)" in feedback.text()


# -------------------------------------------------------------------------------- 4. suitability states what it used
def test_4_suitability_with_missing_inputs_says_so(run, city, tmp_path):
    """With 3 of 7 criteria the run logged only 'info' and the report listed the preset's criteria."""
    from osgeo import gdal

    result, feedback = run(
        "site_suitability",
        {
            "AOI": city["limite"],
            "CELL_SIZE": 10.0,
            "HAZARDS": city["remocion"],
            "LAND_USE": city["land_use"],
            "OUTPUT": str(tmp_path / "suitability.tif"),
            "CLASSIFIED": str(tmp_path / "classes.tif"),
        },
    )
    warnings = "\n".join(feedback.warnings)
    for name in ("health", "education", "roads", "urban", "slope"):
        assert f"Criterion '{name}'" in warnings and "left out" in warnings
    assert "Constraint 'water' is left out" in warnings
    metadata = gdal.Open(result["CLASSIFIED"]).GetMetadata()
    assert metadata["suitability_criteria"] == "hazard, land_use"
    assert metadata["suitability_left_out"] == "health, education, roads, urban, slope"
    assert result["LEFT_OUT"] == "health, education, roads, urban, slope, water"
    # by hand (weights 0.5 / 0.5): x 0..200 alta -> excluded; 200..300 0.5*0.4+0.5*1 = 0.7 alta; 300..400
    # 0.5*0.8+0.5*1 = 0.9 muy alta; 400..600 0.5*1+0.5*0.4 = 0.7 alta; 600..800 protección -> excluded
    areas = dict(pair.split("=") for pair in metadata["class_area_ha"].split(";"))
    assert float(areas["muy alta"]) == pytest.approx(2.0)
    assert float(areas["alta"]) == pytest.approx(6.0)
    assert float(areas["excluida"]) == pytest.approx(8.0)


def test_4_the_report_names_the_criteria_applied(run, city, tmp_path):
    from migrant_planning_plugin.core.report.suitability import applied_criteria_text

    metadata = {
        "suitability_criteria": "hazard, land_use",
        "suitability_left_out": "health, slope",
        "suitability_constraints_left_out": "water",
    }
    text = applied_criteria_text(metadata)
    assert "from hazard level, land use (pot)" in text
    assert "Left out for lack of their layer: distance to health facilities, slope." in text
    assert "slope, hazard and land use" not in applied_criteria_text({"suitability_criteria": "hazard"})


# -------------------------------------------------------------------------------- 5. per-area assignment
def _straddling_layer():
    """Barrios in memory: one inside Comuna 1, one across the two comunas (x 300..500)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:9377", "barrios_limite", "memory")
    layer.dataProvider().addAttributes([QgsField("COD_BARRIO", QVariant.String), QgsField("POBLACION", QVariant.Int)])
    layer.updateFields()
    features = []
    for code, geom, population in (("0901", box(0, 0, 200, 200), 1000), ("0902", box(300, 0, 500, 200), 2000)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, population])
        feature.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_5_exposure_output_says_which_area_each_feature_was_counted_in(run, city):
    result, _ = run(
        "settlement_exposure",
        {"SETTLEMENTS": _straddling_layer(), "HAZARDS": city["remocion"], "AREAS": city["comunas"], **OUT},
    )
    features = {f["COD_BARRIO"]: f for f in result["OUTPUT"].getFeatures()}
    assert features["0901"]["area_name"] == "Comuna 1 - Centro" and features["0901"]["area_shr"] == pytest.approx(1)
    assert features["0902"]["area_name"] == "Comuna 1 - Centro; Comuna 2 - Norte"
    assert features["0902"]["area_shr"] == pytest.approx(0.5)


def test_5_facility_exposure_reports_by_area(run, city):
    result, _ = run(
        "facility_exposure",
        {"FACILITIES": city["equipamientos"], "HAZARDS": city["remocion"], "AREAS": city["comunas"], **OUT},
    )
    table = rows(result["SUMMARY"], "area_name", "facility_type", "hazard_type", "hazard_level")
    assert table[("Comuna 1 - Centro", "ALL", "any", "alta")]["facilities"] == 1  # the health post at x 100
    # the school at x 300 lies on the line between Media (x 200..300) and Baja: it touches both, so media
    assert table[("Comuna 1 - Centro", "educación", "any", "media")]["facilities"] == 1
    assert table[("Comuna 2 - Norte", "educación", "any", "none")]["facilities"] == 1
    assert table[("Comuna 2 - Norte", "ALL", "any", "none")]["capacity"] == pytest.approx(600.0)
    assert table[("ALL", "ALL", "any", "alta")]["capacity"] == pytest.approx(5000.0)
    areas = {f["nombre"]: f["area_name"] for f in result["OUTPUT"].getFeatures()}
    assert areas == {
        "Puesto de salud La Libertad": "Comuna 1 - Centro",
        "Colegio Atalaya": "Comuna 1 - Centro",
        "Colegio El Salado": "Comuna 2 - Norte",
    }


# -------------------------------------------------------------------------------- 6. identifiers and own fields
def test_6_access_output_can_be_joined_back(run, city):
    result, _ = run(
        "service_access",
        {
            "DEMAND": city["barrios"],
            "ID_FIELD": "COD_BARRIO",
            "FACILITIES": city["equipamientos"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    names = result["OUTPUT"].fields().names()
    for own in ("COD_BARRIO", "NOM_BARRIO", "COD_COMUNA", "POBLACION", "POB_MIGRANTE", "HOGARES"):
        assert own in names
    assert names.index("underserved") < names.index("COD_BARRIO")  # ours first, then the layer's own
    codes = {(f["demand_id"], f["COD_BARRIO"]) for f in result["OUTPUT"].getFeatures()}
    assert codes == {("0101", "0101"), ("0201", "0201"), ("0301", "0301"), ("0401", "0401")}


# -------------------------------------------------------------------------------- 7. facilities from several layers
def test_7_one_layer_per_service_with_assumed_capacities(run, city):
    result, feedback = run(
        "service_access",
        {
            "DEMAND": city["barrios"],
            "FACILITIES": [city["ips"], city["colegios"], city["icbf"]],
            "LAYER_TYPES": "ips_reps=salud;colegios=educación;hogares_icbf=primera infancia",
            "DEFAULT_CAPACITIES": "primera infancia=13;educación=800",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "FACILITIES_OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    # 2SFCA, 1000 m: every facility reaches every barrio (centres at x 100..700), 10 000 people in reach.
    # salud: 20 beds / 10 000 -> 2 per 1000; educación: two schools of 800 -> 160; primera infancia: 13 -> 1.3
    scores = {(f["demand_id"], f["facility_type"]): f for f in result["OUTPUT"].getFeatures()}
    for code in ("0101", "0201", "0301", "0401"):
        assert scores[(code, "salud")]["access_1k"] == pytest.approx(2.0)
        assert scores[(code, "educación")]["access_1k"] == pytest.approx(160.0)
        assert scores[(code, "primera infancia")]["access_1k"] == pytest.approx(1.3)
        assert not scores[(code, "salud")]["cap_assumed"]
        assert scores[(code, "educación")]["cap_assumed"] and scores[(code, "primera infancia")]["cap_assumed"]
    facilities = {f["facility_name"]: f for f in result["FACILITIES_OUTPUT"].getFeatures()}
    assert facilities["HCB Motilones"]["capacity"] == 13 and facilities["HCB Motilones"]["cap_assumed"]
    assert facilities["HCB Motilones"]["layer"] == "hogares_icbf"
    assert facilities["ESE IMSALUD Puesto La Libertad"]["numero_camas"] == 20  # the layer's own field
    assert "assumed capacity 13" in "\n".join(feedback.warnings)
    # the report says which types rest on assumed capacities
    import pandas as pd

    from migrant_planning_plugin.core.report.access import assumed_capacity_types

    table = pd.DataFrame(
        [f.attributes() for f in result["OUTPUT"].getFeatures()], columns=result["OUTPUT"].fields().names()
    )
    assert assumed_capacity_types(table) == ["educación", "primera infancia"]


def test_7_a_single_layer_given_the_old_way_still_works(run, city):
    result, _ = run(
        "service_access",
        {"DEMAND": city["barrios"], "FACILITIES": city["equipamientos"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert result["OUTPUT"].featureCount() == 8  # 4 barrios x 2 types


# -------------------------------------------------------------------------------- 8. numbers and residues
def test_8_csv_counts_are_numbers_and_residues_are_dropped(run, city, tmp_path):
    """Counts were written as quoted text; summaries kept rows of 1.6e-13 ha."""
    sliver = QgsVectorLayer("Polygon?crs=EPSG:9377", "zonas", "memory")
    sliver.dataProvider().addAttributes([QgsField("nivel", QVariant.String)])
    sliver.updateFields()
    feature = QgsFeature(sliver.fields())
    feature.setAttributes(["alta"])
    # half of B3 (Comuna 2), and a rounding sliver 1e-9 m wide of B2 (Comuna 1): 2e-7 m², 2e-11 ha
    feature.setGeometry(QgsGeometry.fromWkt(shapely.box(X0 + 400 - 1e-9, Y0, X0 + 500, Y0 + 200).wkt))
    sliver.dataProvider().addFeatures([feature])
    path = tmp_path / "resumen.csv"
    run(
        "settlement_exposure",
        {
            "SETTLEMENTS": city["barrios"],
            "HAZARDS": sliver,
            "AREAS": city["comunas"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": str(path),
        },
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    assert '"' not in "\n".join(lines)
    header = lines[0].split(",")
    table = {tuple(line.split(",")[:3]): dict(zip(header, line.split(","))) for line in lines[1:]}
    assert table[("Comuna 1 - Centro", "amenaza", "alta")]["area_ha"] == "0"  # the sliver: a residue
    assert table[("Comuna 1 - Centro", "amenaza", "alta")]["population"] == "0"
    assert table[("Comuna 1 - Centro", "amenaza", "alta")]["features"] == "0"
    assert table[("Comuna 2 - Norte", "amenaza", "alta")]["population"] == "1500"  # half of B3
    assert table[("Comuna 2 - Norte", "amenaza", "alta")]["features"] == "1"
