"""run_for_municipalities refuses what it cannot do right, before any worker starts, with a message that says what
to change; a municipality it cannot run fails alone."""

from __future__ import annotations

import re

import pytest

from tests.national.conftest import ALGORITHM, national_parameters, needs_qgis_process

pytestmark = needs_qgis_process


def _boundaries(fields: str, rows):
    """A memory layer of municipalities in EPSG:9377 (``rows``: attribute lists and a WKT each)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:9377&{fields}", "municipios", "memory")
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


FAR = "MULTIPOLYGON(((4900000 2300000,4905000 2300000,4905000 2305000,4900000 2305000,4900000 2300000)))"


def _refusal(parameters) -> str:
    import processing
    from qgis.core import QgsProcessingException

    from migrant_planning_plugin.core import i18n

    i18n.set_translator(None)
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALGORITHM, parameters)
    return str(error.value)


def test_no_divipola_field(department, provider, tmp_path):
    layer = _boundaries("field=NOMBRE:string&field=AREA_KM2:double", [(["TOLEDO", 25.0], FAR)])
    message = _refusal(national_parameters(department, tmp_path, MUNICIPALITIES=layer))
    assert "municipios: no field for municipality code (DIVIPOLA) was found" in message and "CODE_FIELD" in message


def test_department_part_of_the_code_is_not_a_divipola_code(department, provider, tmp_path):
    message = _refusal(national_parameters(department, tmp_path, CODE_FIELD="MPIO_CCDGO"))
    assert re.search(r"municipios: 6 features have no five-digit DIVIPOLA code in the field 'MPIO_CCDGO'", message)
    assert "'001'" in message and "MPIO_CDPMP" in message


def test_unknown_municipality_in_the_selection(department, provider, tmp_path):
    message = _refusal(national_parameters(department, tmp_path, SELECTION="54001, 54999"))
    assert "'54999' not found in municipios" in message


def test_one_population_for_every_municipality(department, provider, tmp_path):
    scenarios = (
        '[{"name": "Tendencial", "base_population": 291000, "base_year": 2025, "horizon_year": 2035, '
        '"arrivals_per_year": 6000, "household_size": 3.3, "density_dwellings_ha": 45, "public_space_share": 0.15, '
        '"allocation": "trend"}]'
    )
    message = _refusal(national_parameters(department, tmp_path, SCENARIOS=scenarios))
    assert "'Tendencial' gives base_population, which would be the same for all 6 municipalities" in message


def test_whole_workflow_needs_parcels(department, provider, tmp_path):
    parameters = national_parameters(department, tmp_path, STEPS=0)
    del parameters["CANDIDATES"]
    assert "The whole workflow needs candidate parcels" in _refusal(parameters)


def test_workers_and_destinations_are_checked_first(department, provider, tmp_path):
    not_a_program = tmp_path / "qgis_process"
    not_a_program.write_text("")
    message = _refusal(national_parameters(department, tmp_path, QGIS_PROCESS=str(not_a_program)))
    assert "is not a program" in message and "Choose the qgis_process of this QGIS" in message
    message = _refusal(national_parameters(department, tmp_path, OUTPUT_FOLDER="postgres://dbname=x schema=y"))
    assert "Output folder: give a folder" in message
    database = "postgres://dbname='planeacion' host=127.0.0.1 port=1 user='x'"
    message = _refusal(national_parameters(department, tmp_path, DATABASE=database, SCHEMA_PREFIX="Mpio-"))
    assert "Schema prefix 'Mpio-'" in message


def test_a_municipality_without_settlements_fails_alone(department, provider, tmp_path):
    layer = _boundaries("field=MPIO_CDPMP:string&field=MPIO_CNMBR:string", [(["54820", "TOLEDO"], FAR)])
    out = tmp_path / "results"
    message = _refusal(national_parameters(department, out, MUNICIPALITIES=layer))
    assert (
        "Every municipality failed; the first: 54820 TOLEDO: no feature of asentamientos lies in this municipality"
        in message
    )
    assert not (out / "54820").exists() and not (out / ".work").exists()


def test_a_schema_of_someone_else_is_never_touched(department, postgis_server, provider, tmp_path):
    from tests.postgis.conftest import new_database

    dbname = new_database(postgis_server, without_9377=False)
    postgis_server.psql(f'CREATE SCHEMA mpio_54874 AUTHORIZATION "{postgis_server.user}"', dbname)
    postgis_server.psql("CREATE TABLE mpio_54874.predial (id int)", dbname)
    database = "postgres://" + postgis_server.conninfo(dbname=dbname)
    message = _refusal(national_parameters(department, tmp_path, DATABASE=database))
    assert "The schema 'mpio_54874' already exists" in message and "not written by this algorithm" in message
    assert postgis_server.psql("SELECT count(*) FROM mpio_54874.predial", dbname) == "0"
    assert not (tmp_path / ".work").exists()
