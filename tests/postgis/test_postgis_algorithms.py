"""Every algorithm on the sample city from PostGIS, its outputs written to PostGIS tables, equals the GeoPackage run.

Both runs are the workshop's exercises (``tests/qgis/workshop_support.py``): once on the shipped GeoPackage with
GeoPackage outputs, once on the tables load_sample_city wrote to PostGIS with every vector output in a PostGIS
table (the ``postgres://`` destination of "Save to Database Table"), the tables read through GDAL's bulk
stream (``qgis_io.postgis.gdal_table``; ``test_postgis_read`` compares it with the QGIS iterator). Both are read
back with OGR, independently of the plugin: the same features (ids), the same attributes (reals to 1e-9
relative), the same geometries (areas to 1e-9 relative, coordinates identical); rasters cell for cell; the
report's text.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from osgeo import gdal

from tests.postgis.conftest import ogr_rows, same_geometry
from tests.qgis import workshop_support as ws

# algorithm run -> its vector outputs
VECTOR_OUTPUTS = {
    "exposure": ("OUTPUT", "SUMMARY"),
    "facility_exposure": ("OUTPUT", "SUMMARY"),
    "access": ("OUTPUT", "FACILITIES_OUTPUT", "SUMMARY"),
    "access_road": ("OUTPUT", "FACILITIES_OUTPUT", "SUMMARY"),
    "ahp": ("OUTPUT",),
    "ranking": ("OUTPUT",),
    "sensitivity": ("OUTPUT",),
    "scenarios": ("SUMMARY",),
    "osm": ("ROADS", "FACILITIES"),
    "estimate_flat": ("OUTPUT", "SUMMARY"),
    "estimate": ("OUTPUT", "SUMMARY"),
    "access_osm": ("OUTPUT", "SUMMARY"),
}


@pytest.fixture(scope="module")
def runs(city_db, module_provider):
    """The GeoPackage run and the PostGIS run of the exercises (PostGIS tables read in bulk, however small)."""
    from migrant_planning_plugin.qgis_io import postgis as io_postgis

    gpkg = ws.workshop_run()
    smallest, opener = io_postgis.BULK_MIN_ROWS, io_postgis.gdal_table
    bulk = []

    def counted(layer):
        opened = opener(layer)
        bulk.append(opened is not None)
        return opened

    io_postgis.BULK_MIN_ROWS, io_postgis.gdal_table = 0, counted
    try:
        postgis = ws.run_exercises(city_db.layer, city_db.out, fictitious=True)
    finally:
        io_postgis.BULK_MIN_ROWS, io_postgis.gdal_table = smallest, opener
    assert sum(bulk) >= 20  # the inputs of every step went through GDAL's stream
    return gpkg, postgis


def assert_same_rows(expected: dict, got: dict, what: str) -> None:
    """Same ids, attributes (reals to 1e-9 relative) and geometries (areas to 1e-9 relative, same coordinates)."""
    assert sorted(got) == sorted(expected), what
    assert expected, what
    for fid, row in expected.items():
        mine = got[fid]
        assert mine["attributes"].keys() == row["attributes"].keys(), what
        for name, value in row["attributes"].items():
            other = mine["attributes"][name]
            if isinstance(value, float) and isinstance(other, float):
                assert other == pytest.approx(value, rel=1e-9, abs=1e-12) or (math.isnan(value) and math.isnan(other))
            else:
                assert other == value, (what, fid, name)
        if row["area"] is not None:
            assert mine["area"] == pytest.approx(row["area"], rel=1e-9, abs=1e-9), (what, fid)
        assert same_geometry(mine["wkb"], row["wkb"]), (what, fid)


@pytest.mark.parametrize("step", sorted(VECTOR_OUTPUTS))
def test_vector_outputs_equal_the_geopackage_run(runs, city_db, step):
    gpkg, postgis = runs
    for output in VECTOR_OUTPUTS[step]:
        destination = postgis[step][output]
        assert destination.startswith("postgres://") and '"resultados".' in destination, (step, output)
        assert_same_rows(ogr_rows(gpkg[step][output]), ogr_rows(destination), f"{step} {output}")


def test_output_tables_have_key_index_type_and_srid(runs, city_db):
    """As a DBA sees them: an integer primary key, a GiST index, the declared geometry type, srid 900914."""
    _gpkg, _postgis = runs
    columns = city_db.rows(
        "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = 'resultados' ORDER BY 1"
    )
    assert {row[0] for row in columns} >= {"exposure", "facility_exposure", "access", "ranked_parcels"}
    for table, geometry_type, srid in columns:
        assert int(srid) == 900914, table  # the database's own srid of EPSG:9377, not a new one
        assert geometry_type in ("MULTIPOLYGON", "POINT", "MULTIPOINT", "LINESTRING", "MULTILINESTRING"), table
        assert city_db.rows(
            f"SELECT 1 FROM pg_indexes WHERE schemaname = 'resultados' AND tablename = '{table}' "
            "AND indexdef LIKE '%USING gist (geom)%'"
        ), table
    for table in city_db.tables("resultados"):
        key = city_db.rows(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_index i JOIN pg_attribute a "
            f"ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'resultados.{table}'"
            "::regclass AND i.indisprimary"
        )
        has_fid_column = city_db.rows(
            f"SELECT 1 FROM information_schema.columns WHERE table_schema = 'resultados' AND table_name = '{table}' "
            "AND column_name = 'fid' AND data_type <> 'integer'"
        )
        assert key == ([["fid_pk", "integer"]] if has_fid_column else [["fid", "integer"]]), table
    # the abstract (CRS used) and the aliases are comments of the table and of its columns
    comment = city_db.sql("SELECT obj_description('resultados.exposure'::regclass)")
    assert "EPSG:9377" in comment
    alias = city_db.sql(
        "SELECT col_description(attrelid, attnum) FROM pg_attribute "
        "WHERE attrelid = 'resultados.exposure'::regclass AND attname = 'area_m2'"
    )
    assert "m²" in alias
    assert int(city_db.sql("SELECT count(*) FROM spatial_ref_sys WHERE auth_srid = 9377")) == 1


def test_postgis_keeps_every_row_and_the_demand_key(runs, city_db):
    """access_osm's OUTPUT carries the demand layer's key 'fid' (repeated once per facility type): the PostGIS table
    keeps every row and that key as src_fid (as the GeoPackage does), its own key being new."""
    _gpkg, postgis = runs
    assert "key='fid'" in postgis["access_osm"]["OUTPUT"]
    rows = city_db.rows("SELECT src_fid, facility_type FROM resultados.access_osm ORDER BY src_fid, facility_type")
    demand = [int(r[0]) for r in city_db.rows("SELECT fid FROM resultados.estimate ORDER BY fid")]
    types = sorted({r[1] for r in rows})
    assert len(types) == 3 and len(rows) == 3 * len(demand) == 3 * 418
    assert [int(r[0]) for r in rows] == [fid for fid in demand for _ in types]


def test_rasters_equal_the_geopackage_run(runs):
    """site_suitability reads its vector criteria from PostGIS: the same grids, cell for cell."""
    gpkg, postgis = runs
    for output in ("OUTPUT", "CLASSIFIED"):
        a, b = gdal.Open(gpkg["suitability"][output]), gdal.Open(postgis["suitability"][output])
        assert a.GetGeoTransform() == b.GetGeoTransform()
        assert np.array_equal(a.ReadAsArray(), b.ReadAsArray(), equal_nan=True), output


def test_scenario_layers_equal_the_geopackage_run(runs):
    """growth_scenarios reads the settlements, hazards and facilities from PostGIS: the same scenario files."""
    from pathlib import Path

    gpkg, postgis = runs
    first, second = Path(gpkg["scenarios"]["OUTPUT_FOLDER"]), Path(postgis["scenarios"]["OUTPUT_FOLDER"])
    names = sorted(p.name for p in first.iterdir() if not p.name.startswith("."))
    assert names and names == sorted(p.name for p in second.iterdir() if not p.name.startswith("."))
    for name in names:
        if name.endswith(".gpkg"):
            assert_same_rows(ogr_rows(str(first / name)), ogr_rows(str(second / name)), name)
        elif name.endswith(".tif"):
            a, b = gdal.Open(str(first / name)), gdal.Open(str(second / name))
            assert np.array_equal(a.ReadAsArray(), b.ReadAsArray(), equal_nan=True), name


def test_report_from_postgis_layers_says_the_same(runs):
    """planning_report on the PostGIS outputs (and the PostGIS comunas) writes the GeoPackage run's report (told the
    data are fictitious, which it sees by itself only in the sample city's files)."""
    from pathlib import Path

    texts = []
    for run in runs:
        text = Path(run["report"]["OUTPUT_HTML"]).read_text(encoding="utf-8")
        text = re.sub(r"<img[^>]*>", "", text)  # charts: rendered images
        text = re.sub(r"\s+", " ", text)
        # the rows that differ by design: "Data sources" names GeoPackage files in one run, tables in the other, and
        # the inputs' dates are the files' dates (a database table has none: "date unknown")
        for row in ("Data sources", "Input files, by the date they last changed"):
            text = re.sub(rf'<td class="left">{row}</td> <td class="left">[^<]*</td>', "", text)
        texts.append(text)
    assert len(texts[0]) > 2000
    for row in ("Data sources", "Input files, by the date"):
        assert row not in texts[0] and row not in texts[1]
    first = next((i for i, (a, b) in enumerate(zip(*texts)) if a != b), 0)
    assert texts[0] == texts[1], (texts[0][first - 300 : first + 300], texts[1][first - 300 : first + 300])


def test_workflow_model_from_and_to_postgis(runs, city_db, tmp_path):
    """The whole-workflow model on the PostGIS layers, every vector output a PostGIS table: the chain's results."""
    import processing

    from tests.qgis.test_workflow_model import MODEL_ID, OUTPUTS

    gpkg, _postgis = runs
    parameters = {
        "SETTLEMENTS": city_db.layer("asentamientos"),
        "HAZARDS": city_db.layer("zonas_amenaza"),
        "FACILITIES": city_db.layer("equipamientos"),
        "ROADS": city_db.layer("malla_vial"),
        "DEM": str(ws.DEM),
        "LAND_USE": city_db.layer("usos_suelo"),
        "AREAS": city_db.layer("comunas"),
        "CANDIDATES": city_db.layer("predios"),
        "AOI": city_db.layer("limite_municipal"),
        "WATER": city_db.layer("cuerpos_agua"),
        "CITY_NAME": "Villa Esperanza",
        "LANGUAGE": 2,
    }
    for name, path in OUTPUTS.items():  # tables for the vector outputs (a table without geometry ignores "geom")
        gpkg_output = path.endswith(".gpkg")
        parameters[name] = city_db.out("modelo_" + path[: -len(".gpkg")]) if gpkg_output else str(tmp_path / path)
    results = processing.run(MODEL_ID, parameters)
    for name, step, output in (
        ("exposure:OUTPUT", "exposure", "OUTPUT"),
        ("exposure:SUMMARY", "exposure", "SUMMARY"),
        ("access:SUMMARY", "access", "SUMMARY"),
        ("ranking:OUTPUT", "ranking", "OUTPUT"),
        ("scenarios:SUMMARY", "scenarios", "SUMMARY"),
    ):
        assert results[name].startswith("postgres://"), name
        assert_same_rows(ogr_rows(gpkg[step][output]), ogr_rows(results[name]), name)
