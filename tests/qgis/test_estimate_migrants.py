"""estimate_migrants through processing.run on hand-made DANE-like census blocks (MGN manzanas with the CNPV 2018
field TP27_PERSO) and GIFMM-like totals per comuna: totals by name from a table, by location from polygons, one
total; the output marked as estimates; the other algorithms using migrants_est; refusals."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from migrant_planning_plugin.qgis_io.vector import source_to_gdf

X0, Y0 = 5_046_000.0, 2_430_000.0
# manzana code, persons (CNPV 2018), comuna, weight (1 formal, 3 informal settlement), x offset of the block
BLOCKS = [
    ("54001010100000010001", 120, "Comuna 6 - Nororiental", 1.0, 0),
    ("54001010100000010002", 80, "Comuna 6 - Nororiental", 3.0, 100),
    ("54001010100000020001", 250, "Comuna 8 - Occidental", 1.0, 1000),
    ("54001010100000020002", 50, "Comuna 8 - Occidental", 1.0, 1100),
    ("54001010100000020003", 10, "Comuna 8 - Occidental", 10.0, 1200),
]


def _blocks(population=None) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:9377&field=COD_DANE_A:string&field=TP27_PERSO:integer&field=comuna:string&field=peso:double",
        "MGN_ANM_MANZANA",
        "memory",
    )
    features = []
    for k, (code, persons, comuna, weight, x) in enumerate(BLOCKS):
        feature = QgsFeature(layer.fields())
        x0, y0 = X0 + x, Y0
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x0 + 80} {y0},{x0 + 80} {y0 + 80},{x0} {y0}))"))
        value = persons if population is None else population[k]
        feature.setAttributes([code, value, comuna, weight])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _totals_table() -> QgsVectorLayer:
    """GIFMM-like totals per comuna, a table without geometry (names written differently from the blocks)."""
    table = QgsVectorLayer("None?field=nombre:string&field=migrantes:integer", "migrantes_comuna", "memory")
    rows = []
    for name, total in (("COMUNA 6 - NORORIENTAL", 40), ("comuna 8 - occidental", 60)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([name, total])
        rows.append(feature)
    table.dataProvider().addFeatures(rows)
    return table


def _run(**params):
    import processing

    result = processing.run(
        "migrant_planning:estimate_migrants",
        {"POPULATION_FIELD": "TP27_PERSO", "OUTPUT": "memory:", "SUMMARY": "memory:", **params},
    )
    return result, _frame(result["OUTPUT"]), _frame(result["SUMMARY"])


def _frame(value):
    """An output (a temporary layer, or a file) as a GeoDataFrame."""
    return source_to_gdf(QgsVectorLayer(value, "output", "ogr") if isinstance(value, str) else value)


def test_totals_per_comuna_from_a_table_matched_by_name(provider):
    _result, out, summary = _run(INPUT=_blocks(), AREAS=_totals_table(), INPUT_AREA_FIELD="comuna", WEIGHT_FIELD="peso")
    by_code = dict(zip(out["COD_DANE_A"], out["migrants_est"]))
    # Comuna 6: P w = 120, 240 (360); 40 -> 13.33, 26.67 -> 13, 27 (the largest remainder gets the person left)
    assert (by_code["54001010100000010001"], by_code["54001010100000010002"]) == (13, 27)
    # Comuna 8: P w = 250, 50, 100 (400); 60 -> 37.5, 7.5, 15: but the third block has 10 persons, so it gets 10,
    # and its 5 go to the others (P w 250, 50 of 300): 37.5 + 4.17 = 41.67 and 7.5 + 0.83 = 8.33 -> 42, 8
    assert [by_code[c] for c in ("54001010100000020001", "54001010100000020002", "54001010100000020003")] == [42, 8, 10]
    assert out["TP27_PERSO"].tolist() == [b[1] for b in BLOCKS]  # the input's fields are kept
    rows = summary.set_index("area_name")
    assert rows.loc["comuna 8 - occidental", "migrants_est"] == 60 == rows.loc["comuna 8 - occidental", "total"]
    assert rows.loc["comuna 8 - occidental", "capped"] == 1
    assert rows.loc["ALL", "migrants_est"] == 100 and rows.loc["ALL", "features"] == 5
    assert rows.loc["ALL", "population"] == 510


def test_areas_as_polygons_and_one_total(provider, tmp_path):
    areas = QgsVectorLayer("Polygon?crs=EPSG:9377&field=nombre:string&field=migrantes:integer", "comunas", "memory")
    rows = []
    for name, total, (x0, x1) in (("Nororiental", 20, (-10, 300)), ("Occidental", 31, (900, 1400))):
        feature = QgsFeature(areas.fields())
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({X0 + x0} {Y0 - 10},{X0 + x1} {Y0 - 10},{X0 + x1} {Y0 + 100},{X0 + x0} {Y0 + 100},"
                f"{X0 + x0} {Y0 - 10}))"
            )
        )
        feature.setAttributes([name, total])
        rows.append(feature)
    areas.dataProvider().addFeatures(rows)
    _result, out, _summary = _run(INPUT=_blocks(), AREAS=areas)  # totals detected from 'migrantes'
    # Nororiental: 120, 80 of 200 -> 12, 8; Occidental: 250, 50, 10 of 310 -> 25, 5, 1
    assert out["migrants_est"].tolist() == [12, 8, 25, 5, 1]
    path = str(tmp_path / "manzanas_migrantes.gpkg")
    _result, out, _summary = _run(INPUT=_blocks(), TOTALS="51", TOTALS_SOURCE="GIFMM Colombia, 2024", OUTPUT=path)
    assert int(out["migrants_est"].sum()) == 51
    # the file says that these are estimates, and from which totals
    dataset = gdal.OpenEx(path)
    layer = dataset.GetLayer(0)
    assert layer.GetMetadataItem("MIGRANTS_ESTIMATED") == "yes"
    assert layer.GetMetadataItem("MIGRANTS_TOTALS") == "ALL=51"
    assert layer.GetMetadataItem("MIGRANTS_TOTALS_SOURCE") == "GIFMM Colombia, 2024"
    dataset = None
    with sqlite3.connect(path) as connection:
        (description,) = connection.execute(
            "SELECT description FROM gpkg_contents WHERE data_type='features'"
        ).fetchone()
    assert description.startswith("ESTIMATES, not counts") and "GIFMM Colombia, 2024" in description
    assert QgsVectorLayer(path, "x", "ogr").metadata().abstract() == description


def test_totals_by_name_in_the_text_parameter(provider):
    _result, out, summary = _run(
        INPUT=_blocks(), TOTALS="Comuna 6 - Nororiental=10; comuna 8 - OCCIDENTAL=31", INPUT_AREA_FIELD="comuna"
    )
    assert out["migrants_est"].tolist() == [6, 4, 25, 5, 1]
    assert set(summary["area_name"]) == {"Comuna 6 - Nororiental", "Comuna 8 - Occidental", "ALL"}


def test_the_other_algorithms_use_migrants_est(provider):
    import processing

    result, out, _summary = _run(INPUT=_blocks(), TOTALS="51")
    facilities = QgsVectorLayer("Point?crs=EPSG:9377&field=tipo:string", "equipamientos", "memory")
    feature = QgsFeature(facilities.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"POINT({X0 + 50} {Y0 + 50})"))
    feature.setAttributes(["salud"])
    facilities.dataProvider().addFeatures([feature])
    access = processing.run(
        "migrant_planning:service_access",
        {
            "DEMAND": result["OUTPUT"],
            "POPULATION_FIELD": "TP27_PERSO",
            "FACILITIES": facilities,
            "WEIGHTING": 0,
            "OUTPUT": "memory:",
            "SUMMARY": "memory:",
        },
    )
    rows = source_to_gdf(access["OUTPUT"])
    assert rows["migrants"].tolist() == out["migrants_est"].astype(float).tolist()


@pytest.mark.parametrize(
    "params, population, says",
    [
        ({"TOTALS": "600"}, None, ["MGN_ANM_MANZANA", "larger than the population", "(510)"]),
        (
            {"TOTALS": "50"},
            [120, None, 250, 50, 10],
            ["MGN_ANM_MANZANA", "1 features have no population", "TP27_PERSO"],
        ),
        ({"TOTALS": "50", "WEIGHT_FIELD": "peso"}, None, []),
        ({"TOTALS": "Comuna 6=10"}, None, ["INPUT_AREA_FIELD"]),
        ({"TOTALS": "muchos"}, None, ["TOTALS", "not a number"]),
        ({}, None, ["No total of migrants", "TOTALS", "AREAS"]),
    ],
)
def test_refusals_name_the_layer_the_field_and_the_fix(provider, params, population, says):
    import processing

    if not says:  # a valid run, for contrast
        processing.run(
            "migrant_planning:estimate_migrants",
            {"INPUT": _blocks(population), "POPULATION_FIELD": "TP27_PERSO", "OUTPUT": "memory:", **params},
        )
        return
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "migrant_planning:estimate_migrants",
            {"INPUT": _blocks(population), "POPULATION_FIELD": "TP27_PERSO", "OUTPUT": "memory:", **params},
        )
    for text in says:
        assert text in str(raised.value)


def test_negative_weights_are_refused(provider):
    import processing

    layer = _blocks()
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().lookupField("peso"), -2.0)
    layer.commitChanges()
    with pytest.raises(QgsProcessingException, match="1 a negative weight in 'peso'"):
        processing.run(
            "migrant_planning:estimate_migrants",
            {
                "INPUT": layer,
                "POPULATION_FIELD": "TP27_PERSO",
                "TOTALS": "10",
                "WEIGHT_FIELD": "peso",
                "OUTPUT": "memory:",
            },
        )
