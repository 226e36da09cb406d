"""Reading PostGIS layers: GDAL's bulk stream gives exactly what the QGIS iterator gives, the tables it cannot
reproduce (bigint, negative, text or missing keys, views) fall back to the iterator, and a read that loses its
server is an error, never a layer with fewer features."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.qgis_io import postgis, vector
from migrant_planning_plugin.qgis_io.vector import source_to_gdf
from tests.postgis.conftest import start_server, stop_server
from tests.qgis.test_fast_read import assert_same, read_both  # noqa: F401 (a fixture)

TABLES = ("asentamientos", "zonas_amenaza", "equipamientos", "malla_vial", "usos_suelo", "comunas", "predios")


def pg_layer(value: str) -> QgsVectorLayer:
    """A QGIS postgres layer from a ``postgres://`` value."""
    layer = QgsVectorLayer(postgis.strip_prefix(value), "capa", "postgres")
    assert layer.isValid(), value
    return layer


@pytest.fixture
def bulk_always(monkeypatch):
    """Read PostGIS tables in bulk whatever their size."""
    monkeypatch.setattr(postgis, "BULK_MIN_ROWS", 0)


@pytest.mark.parametrize("table", TABLES)
def test_sample_tables_read_the_same_both_ways(city_db, read_both, bulk_always, table):  # noqa: F811
    layer = pg_layer(city_db.layer(table))
    for target in (None, QgsCoordinateReferenceSystem("EPSG:4326")):
        slow, fast, used = read_both(layer, target_crs=target)
        assert used, table
        assert_same(slow, fast)
        assert len(fast) == int(city_db.sql(f"SELECT count(*) FROM ciudad.{table}"))


def test_sql_filter_runs_on_the_server(city_db, read_both, bulk_always):  # noqa: F811
    """A PostgreSQL-only filter (ILIKE, a cast): both reads keep exactly the rows PostgreSQL selects."""
    where = "nombre ILIKE '%san%' AND poblacion::text LIKE '1%'"
    layer = pg_layer(city_db.layer("asentamientos", sql=where))
    slow, fast, used = read_both(layer)
    assert used
    assert_same(slow, fast)
    expected = [int(r[0]) for r in city_db.rows(f"SELECT fid FROM ciudad.asentamientos WHERE {where} ORDER BY fid")]
    assert 0 < len(expected) < 418
    assert sorted(fast.index.tolist()) == expected


def test_a_large_table_is_read_in_bulk_by_default(city_db, read_both):  # noqa: F811
    city_db.sql(
        "CREATE TABLE public.puntos AS SELECT i AS id, (i % 7 = 0) AS par, i * 0.5 AS valor, "
        "ST_SetSRID(ST_MakePoint(4.9e6 + i, 2.2e6 - i), 900914)::geometry(Point, 900914) AS geom "
        "FROM generate_series(1, 12000) i; ALTER TABLE public.puntos ADD PRIMARY KEY (id); "
        f'ALTER TABLE public.puntos OWNER TO "{city_db.server.user}"'
    )
    slow, fast, used = read_both(pg_layer(city_db.layer("puntos", schema="public")))
    assert used and len(fast) == 12000
    assert_same(slow, fast)
    assert fast["par"].sum() == 12000 // 7


@pytest.mark.parametrize(
    "key_type, keys",
    [("bigint", "1, 2, 10000000000"), ("integer", "5, -3, 7"), ("text", "'a', 'b', 'c'"), (None, "1, 2, 3")],
)
def test_keys_qgis_numbers_itself_fall_back_to_the_iterator(city_db, read_both, bulk_always, key_type, keys):  # noqa: F811
    """QGIS numbers bigint, text and missing keys itself and maps negative ones: the iterator reads those."""
    name = f"claves_{key_type or 'ninguna'}"
    column = f"k {key_type} PRIMARY KEY" if key_type else "k integer"
    city_db.sql(
        f"CREATE TABLE public.{name} ({column}, v double precision, geom geometry(Point, 900914)); "
        f"INSERT INTO public.{name} SELECT k, 1.5, ST_SetSRID(ST_MakePoint(4.9e6, 2.2e6), 900914) "
        f'FROM unnest(ARRAY[{keys}]) k; ALTER TABLE public.{name} OWNER TO "{city_db.server.user}"'
    )
    slow, fast, used = read_both(pg_layer(city_db.layer(name, schema="public")))
    assert not used
    assert_same(slow, fast)
    assert len(fast) == 3 and fast["v"].tolist() == [1.5] * 3


def test_view_with_a_key_is_read(city_db, read_both, bulk_always):  # noqa: F811
    city_db.sql(
        "CREATE VIEW ciudad.informales AS SELECT * FROM ciudad.asentamientos WHERE informal; "
        f'ALTER VIEW ciudad.informales OWNER TO "{city_db.server.user}"'
    )
    slow, fast, _used = read_both(pg_layer(city_db.layer("informales", key="fid")))
    assert_same(slow, fast)
    assert len(fast) == int(city_db.sql("SELECT count(*) FROM ciudad.asentamientos WHERE informal"))


@pytest.mark.parametrize("bulk", [True, False])
def test_a_server_gone_before_the_read_is_an_error_not_an_empty_layer(spare_server, monkeypatch, bulk):
    spare_server.psql(
        "CREATE TABLE IF NOT EXISTS public.t (id serial PRIMARY KEY, geom geometry(Point, 4326)); "
        "TRUNCATE public.t; INSERT INTO public.t (geom) SELECT ST_SetSRID(ST_MakePoint(i, 0), 4326) "
        f'FROM generate_series(1, 50) i; ALTER TABLE public.t OWNER TO "{spare_server.user}"'
    )
    monkeypatch.setattr(postgis, "BULK_MIN_ROWS", 0 if bulk else 10**9)
    layer = QgsVectorLayer(spare_server.qgis_uri("public", "t"), "puntos", "postgres")
    assert layer.isValid()
    stop_server(spare_server)
    try:
        with pytest.raises(InputError, match="puntos: the connection to the database was lost"):
            source_to_gdf(layer)
    finally:
        start_server(spare_server)
    assert len(source_to_gdf(layer)) == 50


def test_a_read_that_misses_rows_is_an_error(city_db, monkeypatch):
    """The count on the server is compared with what was read (a filter that selects other rows each time)."""
    monkeypatch.setattr(vector, "FAST_READ", False)
    layer = pg_layer(city_db.layer("malla_vial", sql="random() < 0.5"))
    with pytest.raises(InputError, match=r"of its \d+ rows could be read"):
        source_to_gdf(layer)
