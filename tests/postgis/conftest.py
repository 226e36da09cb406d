"""The sample city in a real PostGIS database, as planning offices have it.

The database reproduces what was seen on Debian 12: PostGIS 3.3's ``spatial_ref_sys`` has no EPSG:9377, and
``ogr2ogr`` (run by an administrator) registered it as srid 900914 when it first loaded a layer in that CRS.
The plugin then works as the ordinary user ``migrant``: it loads the sample city into the schema ``ciudad``
with ``load_sample_city`` through a QGIS connection (DATABASE/SCHEMA), and writes results into ``resultados``.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from typing import Dict, List, Optional

import pytest

from tests.conftest import SAMPLE_DIR

_names = itertools.count(1)


@dataclass
class CityDatabase:
    """A database holding the sample city (schema ``ciudad``) and an empty schema ``resultados``."""

    server: object
    dbname: str
    connection: str  # the name of the QGIS connection

    def conninfo(self, **kw) -> str:
        """libpq/QGIS connection string of the ordinary user (``user=``/``password=`` to change)."""
        return self.server.conninfo(dbname=self.dbname, **kw)

    def layer(self, table: str, schema: str = "ciudad", **extra) -> str:
        """A ``postgres://`` layer value for ``processing.run``."""
        return "postgres://" + self.server.qgis_uri(schema, table, dbname=self.dbname, **extra)

    def out(self, table: str, schema: str = "resultados", geometry: Optional[str] = "geom") -> str:
        """A ``postgres://`` destination table value (Processing's "Save to Database Table" form)."""
        return "postgres://" + self.server.qgis_uri(schema, table, geometry, dbname=self.dbname)

    def sql(self, query: str, user: Optional[str] = None) -> str:
        """Run SQL (as the superuser unless ``user``) in this database; psql's unaligned output."""
        return self.server.psql(query, dbname=self.dbname, user=user)

    def rows(self, query: str) -> List[List[str]]:
        """The rows of a query, as lists of text."""
        text = self.sql(query)
        return [line.split("|") for line in text.splitlines()] if text else []

    def tables(self, schema: str) -> List[str]:
        """Names of the tables of a schema."""
        return [r[0] for r in self.rows(f"SELECT tablename FROM pg_tables WHERE schemaname = '{schema}' ORDER BY 1")]


def register_like_ogr2ogr(server, dbname: str) -> int:
    """Load one sample layer with GDAL as the superuser, as an administrator's ogr2ogr did: GDAL adds EPSG:9377
    to ``spatial_ref_sys`` under a srid of its own; the table is dropped again. Returns that srid."""
    from osgeo import gdal

    gdal.UseExceptions()
    server.psql("CREATE SCHEMA IF NOT EXISTS carga", dbname=dbname)
    gdal.VectorTranslate(
        "PG:" + server.conninfo(dbname=dbname, user=server.admin),
        str(SAMPLE_DIR / "villa_esperanza.gpkg"),
        layers=["limite_municipal"],
        layerCreationOptions=["SCHEMA=carga", "GEOMETRY_NAME=geom"],
    )
    server.psql("DROP SCHEMA carga CASCADE", dbname=dbname)
    return int(server.psql("SELECT srid FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = 9377", dbname))


def new_database(server, without_9377: bool = True) -> str:
    """A fresh database with PostGIS (EPSG:9377 removed from spatial_ref_sys, as in PostGIS 3.3)."""
    name = f"villa_{next(_names)}"
    server.create_database(name)
    if without_9377:
        server.psql("DELETE FROM spatial_ref_sys WHERE srid = 9377 OR (auth_name = 'EPSG' AND auth_srid = 9377)", name)
    return name


def save_connection(name: str, conninfo: str) -> None:
    """A QGIS PostgreSQL connection (Browser > PostgreSQL) named ``name``."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    configuration = {"saveUsername": True, "savePassword": True}
    metadata.saveConnection(metadata.createConnection(conninfo, configuration), name)


def delete_connection(name: str) -> None:
    """Remove a QGIS PostgreSQL connection."""
    from qgis.core import QgsProviderRegistry

    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(name)


@pytest.fixture(scope="session")
def city_db(postgis_server, qgis_app, qgis_processing) -> CityDatabase:
    """The sample city loaded by load_sample_city into ``ciudad`` of a database like the ones offices have."""
    import processing

    from tests.conftest import register_provider

    register_provider()
    dbname = new_database(postgis_server)
    register_like_ogr2ogr(postgis_server, dbname)
    for schema in ("ciudad", "resultados"):
        postgis_server.psql(f'CREATE SCHEMA {schema} AUTHORIZATION "{postgis_server.user}"', dbname)
    city = CityDatabase(postgis_server, dbname, f"prueba {dbname}")
    save_connection(city.connection, city.conninfo())
    processing.run(
        "migrant_planning:load_sample_city",
        {"OUTPUT": "TEMPORARY_OUTPUT", "DATABASE": city.connection, "SCHEMA": "ciudad", "LOAD": False},
    )
    yield city
    delete_connection(city.connection)


@pytest.fixture
def replace_tables():
    """Allow replacing existing tables (the provider's Processing option) for one test."""
    from qgis.core import QgsSettings

    from migrant_planning_plugin.qgis_io import postgis

    key = "Processing/Configuration/" + postgis.REPLACE_SETTING
    QgsSettings().setValue(key, True)
    yield
    QgsSettings().remove(key)


def ogr_rows(source: str) -> Dict[int, dict]:
    """Every feature of a layer read with OGR (independently of the plugin): fid -> attributes and WKB.

    ``source``: a GeoPackage path (``path|layername=x`` or a one-layer file) or a ``postgres://`` value.
    """
    from osgeo import gdal, ogr

    from migrant_planning_plugin.qgis_io.postgis import strip_prefix

    gdal.UseExceptions()
    stripped = strip_prefix(source)
    if stripped is not None:
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(stripped)
        dataset = gdal.OpenEx(
            "PG:" + uri.connectionInfo(True), gdal.OF_VECTOR, open_options=[f"TABLES={uri.schema()}.{uri.table()}"]
        )
        layer = dataset.GetLayer(0)
    else:
        path, _, name = source.partition("|layername=")
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
    out = {}
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    declared = layer.GetGeomType()
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is not None and declared != ogr.wkbUnknown and geometry.GetGeometryType() != declared:
            geometry = ogr.ForceTo(geometry.Clone(), declared)  # as QGIS: a polygon in a multipolygon layer
        out[feature.GetFID()] = {
            "attributes": {name: feature.GetField(name) for name in names},
            "wkb": bytes(geometry.ExportToIsoWkb()) if geometry is not None else None,
            "area": geometry.GetArea() if geometry is not None else None,
            "type": ogr.GeometryTypeToName(layer.GetGeomType()),
        }
    return out


def same_geometry(a: Optional[bytes], b: Optional[bytes]) -> bool:
    """Whether two WKB geometries are the same coordinates (a single part equals a one-part multi)."""
    import shapely

    from migrant_planning_plugin.qgis_io.vector import promote_to_multi

    if a is None or b is None:
        return a is b
    first, second = promote_to_multi(shapely.from_wkb([a, b]))
    return shapely.to_wkb(first) == shapely.to_wkb(second)


@pytest.fixture(scope="module")
def spare_server(postgis_server):
    """A second throw-away server that tests may stop and start again (the main one stays up)."""
    from scripts import postgis_server as servers
    from tests.conftest import ROOT

    directory = ROOT / "build" / f"postgis-tests-spare-{os.getpid()}"
    server = servers.start(directory)
    register_like_ogr2ogr(server, server.dbname)
    try:
        yield server
    finally:
        servers.stop(directory)


def stop_server(server) -> None:
    """Stop a server, keeping its data (:func:`start_server` brings it back)."""
    from scripts import postgis_server as servers

    servers.stop(server.directory, keep=True)


def start_server(server) -> None:
    """Start a stopped server again, same port and passwords."""
    from scripts import postgis_server as servers

    assert servers.resume(server.directory) is not None
