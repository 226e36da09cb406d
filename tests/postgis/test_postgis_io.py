"""PostGIS in and out against a real server: the test server itself, load_sample_city into a schema, the tables
the plugin writes (key, index, type, SRID), EPSG:9377 on databases that lack it, and the bulk read.

Values are checked against an independent reader (OGR on the shipped GeoPackage, SQL on the server).
"""

from __future__ import annotations

import pytest
import shapely

from migrant_planning_plugin import sample_city
from migrant_planning_plugin.processing.algorithms.load_sample_city import OUTPUTS
from tests.conftest import SAMPLE_DIR
from tests.postgis.conftest import new_database, ogr_rows, register_like_ogr2ogr, same_geometry

GPKG = str(SAMPLE_DIR / "villa_esperanza.gpkg")


def run(algorithm: str, parameters: dict) -> dict:
    """processing.run of one of our algorithms."""
    import processing

    return processing.run(f"migrant_planning:{algorithm}", parameters)


# ------------------------------------------------------------------------------------- the server


def test_server_listens_on_loopback_only_with_passwords(postgis_server):
    assert postgis_server.host == "127.0.0.1"
    assert postgis_server.psql("SHOW listen_addresses") == "127.0.0.1"
    rules = postgis_server.psql("SELECT type, address, auth_method FROM pg_hba_file_rules")
    assert rules.splitlines() == ["host|127.0.0.1|scram-sha-256"]
    assert postgis_server.psql("SELECT extversion FROM pg_extension WHERE extname = 'postgis'", user="migrant")
    # its own throw-away cluster (under build/, or in /tmp when the postgres user cannot reach build/), not the
    # system's
    data = postgis_server.psql("SHOW data_directory")
    assert data == str(postgis_server.cluster_dir / "data") and "/var/lib/postgresql" not in data
    assert "/build/postgis-tests-" in postgis_server.directory
    wrong = postgis_server.conninfo(password="not-the-password")
    from scripts.postgis_server import Server

    assert wrong != postgis_server.conninfo()
    assert isinstance(postgis_server, Server)


# ------------------------------------------------------------------------------------- load_sample_city


def test_sample_city_tables_equal_the_geopackage(city_db):
    """Every table (read by OGR from the server) equals its GeoPackage layer: ids, values, geometries."""
    srid_900914 = city_db.rows("SELECT srid FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = 9377")
    assert [int(r[0]) for r in srid_900914] == [900914]  # registered by "ogr2ogr", reused, not duplicated
    for _name, role, _kind in OUTPUTS:
        table = sample_city.LAYERS[role]
        expected = ogr_rows(f"{GPKG}|layername={table}")
        got = ogr_rows(city_db.layer(table))
        assert sorted(got) == sorted(expected), table
        for fid, row in expected.items():
            assert got[fid]["attributes"] == row["attributes"], (table, fid)
            assert same_geometry(got[fid]["wkb"], row["wkb"]), (table, fid)
        # the table as a DBA sees it: key, geometry type and SRID, spatial index
        geometry_type, srid = city_db.rows(
            f"SELECT type, srid FROM geometry_columns WHERE f_table_schema = 'ciudad' AND f_table_name = '{table}'"
        )[0]
        assert int(srid) == 900914
        kinds = {shapely.from_wkb(r["wkb"]).geom_type.upper() for r in expected.values()}
        assert geometry_type == kinds.pop() if len(kinds) == 1 else geometry_type == "MULTIPOLYGON", table
        key = city_db.rows(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_index i JOIN pg_attribute a "
            f"ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'ciudad.{table}'::regclass "
            "AND i.indisprimary"
        )
        assert key == [["fid", "integer"]], table
        assert city_db.rows(
            f"SELECT 1 FROM pg_indexes WHERE schemaname = 'ciudad' AND tablename = '{table}' AND indexdef LIKE '%gist%'"
        ), table
        assert "fictitious data" in city_db.sql(f"SELECT obj_description('ciudad.{table}'::regclass)"), table


def test_sample_city_from_an_output_uri_refuses_existing_tables_then_replaces(city_db, replace_tables):
    """Into a schema given as an output URI: a second load is refused, then replaces when allowed, unless a view
    depends on a table (PostgreSQL would have to drop the view)."""
    from qgis.core import QgsSettings

    from migrant_planning_plugin.qgis_io import postgis

    city_db.sql(f'CREATE SCHEMA recarga AUTHORIZATION "{city_db.server.user}"')
    destination = "postgres://" + city_db.conninfo() + " schema=recarga"
    key = "Processing/Configuration/" + postgis.REPLACE_SETTING
    QgsSettings().setValue(key, False)
    run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    before = city_db.sql("SELECT count(*), sum(poblacion) FROM recarga.asentamientos")
    assert before == city_db.sql("SELECT count(*), sum(poblacion) FROM ciudad.asentamientos")
    with pytest.raises(Exception, match=r'"recarga"\."[a-z_]+" already exists.*Replace existing database tables'):
        run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    QgsSettings().setValue(key, True)
    city_db.sql("UPDATE recarga.asentamientos SET poblacion = 0 WHERE fid = 1")
    result = run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    assert city_db.sql("SELECT count(*), sum(poblacion) FROM recarga.asentamientos") == before
    assert (
        result["SETTLEMENTS"].startswith("postgres://") and 'table="recarga"."asentamientos"' in result["SETTLEMENTS"]
    )
    city_db.sql("CREATE VIEW recarga.vista AS SELECT * FROM recarga.predios")
    with pytest.raises(Exception, match=r'"recarga"\."predios" cannot be replaced: .*other objects depend on it'):
        run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    assert city_db.sql("SELECT count(*), sum(poblacion) FROM recarga.asentamientos") == before


def test_database_without_9377_and_no_right_to_add_it_is_refused_before_writing(postgis_server):
    """PostGIS 3.3 without EPSG:9377, an ordinary user: a refusal that gives the administrator's INSERT."""
    dbname = new_database(postgis_server)
    postgis_server.psql(f'CREATE SCHEMA ciudad AUTHORIZATION "{postgis_server.user}"', dbname)
    destination = "postgres://" + postgis_server.conninfo(dbname=dbname) + " schema=ciudad"
    with pytest.raises(Exception) as raised:
        run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    message = str(raised.value)
    assert "EPSG:9377" in message and "INSERT INTO spatial_ref_sys" in message and "9377, 'EPSG', 9377" in message
    assert postgis_server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'ciudad'", dbname) == "0"
    # the administrator runs the INSERT the message gives: then it works, with srid 9377
    sql = message[message.index("INSERT INTO spatial_ref_sys") :].split(";", maxsplit=1)[0] + ";"
    postgis_server.psql(sql, dbname)
    run("load_sample_city", {"OUTPUT": destination, "LOAD": False})
    assert postgis_server.psql("SELECT Find_SRID('ciudad', 'asentamientos', 'geom')", dbname) == "9377"


def test_a_user_who_may_register_9377_gets_it_as_srid_9377(postgis_server):
    dbname = new_database(postgis_server)
    admin = postgis_server.conninfo(dbname=dbname, user=postgis_server.admin)
    run("load_sample_city", {"OUTPUT": f"postgres://{admin} schema=public", "LOAD": False})
    rows = postgis_server.psql("SELECT srid, auth_name, auth_srid FROM spatial_ref_sys WHERE auth_srid = 9377", dbname)
    assert rows == "9377|EPSG|9377"
    assert postgis_server.psql("SELECT Find_SRID('public', 'comunas', 'geom')", dbname) == "9377"
    # PostGIS itself agrees it is MAGNA-SIRGAS / Origen-Nacional: the Cúcuta cathedral, 7.8838 N 72.5038 W
    x_y = postgis_server.psql(
        "SELECT round(ST_X(p)::numeric, 0) || ' ' || round(ST_Y(p)::numeric, 0) FROM "
        "(SELECT ST_Transform(ST_SetSRID(ST_MakePoint(-72.5038, 7.8838), 4326), 9377) AS p) q",
        dbname,
    )
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:9377"), QgsProject.instance()
    )
    point = transform.transform(QgsPointXY(-72.5038, 7.8838))
    assert x_y == f"{point.x():.0f} {point.y():.0f}"


def test_ogr2ogr_srid_is_found_by_its_definition_when_its_authority_is_missing(postgis_server):
    """A row that says nothing of EPSG (auth_name NULL) but has the same PROJ definition is reused."""
    dbname = new_database(postgis_server)
    srid = register_like_ogr2ogr(postgis_server, dbname)
    postgis_server.psql(f"UPDATE spatial_ref_sys SET auth_name = NULL, auth_srid = NULL WHERE srid = {srid}", dbname)
    run("load_sample_city", {"OUTPUT": "postgres://" + postgis_server.conninfo(dbname=dbname), "LOAD": False})
    assert postgis_server.psql("SELECT Find_SRID('public', 'predios', 'geom')", dbname) == str(srid)


def test_database_mode_keeps_the_files_in_the_folder(city_db, tmp_path):
    """DATABASE/SCHEMA with a folder: the tables in the schema; the DEM and the OSM extract, no GeoPackage, in it."""
    city_db.sql(f'CREATE SCHEMA carpeta AUTHORIZATION "{city_db.server.user}"')
    result = run(
        "load_sample_city",
        {"OUTPUT": str(tmp_path), "DATABASE": city_db.connection, "SCHEMA": "carpeta", "LOAD": False},
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([sample_city.DEM_NAME, sample_city.OSM_NAME])
    assert result["DEM"] == str(tmp_path / sample_city.DEM_NAME) and "GEOPACKAGE" not in result
    assert (tmp_path / sample_city.DEM_NAME).read_bytes() == (SAMPLE_DIR / sample_city.DEM_NAME).read_bytes()
    assert len(city_db.tables("carpeta")) == len(OUTPUTS)
