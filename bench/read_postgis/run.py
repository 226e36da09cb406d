"""Benchmark: reading a PostGIS table into a GeoDataFrame, GDAL's PG driver and Arrow stream (``qgis_io.ogr_read``
with ``qgis_io.postgis.gdal_table``) against the QGIS ``postgres`` provider's feature iterator.

The scale city's streets (1 000 000 lines) and census blocks (200 000 polygons) are loaded into a throw-away
PostgreSQL + PostGIS (``scripts/postgis_server.py``, under ``build/postgis-bench``) with GDAL, each with an integer
primary key and a GiST index. Both reads are ``qgis_io.vector.source_to_gdf`` on the same ``QgsVectorLayer``
(provider ``postgres``): ours with the bulk path (``vector.FAST_READ = True``), native with the QGIS iterator
(``False``), in one process, the server on the same machine. The frames must be identical (ids, columns, types,
values, nulls, WKB, CRS). Both include the count on the server that makes a lost connection an error.

Usage: ``python bench/read_postgis/run.py [--size small|medium|large] [--repeat N] [--keep]`` (default large; the
city is generated into ``bench/.data`` when missing; ``--keep`` leaves the server running).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import start_qgis  # noqa: E402
from bench.read.run import LAYERS, compare  # noqa: E402
from bench.scale import generate  # noqa: E402
from scripts import postgis_server  # noqa: E402

SERVER_DIR = ROOT / "build" / "postgis-bench"


def load(server, data, role: str, table: str) -> None:
    """Copy one layer of the city's GeoPackage into ``bench.<table>`` as the superuser with GDAL (COPY; GDAL adds
    EPSG:9377 to spatial_ref_sys as ogr2ogr does), key ``fid``, GiST index; the ordinary user then owns it."""
    from osgeo import gdal

    gdal.UseExceptions()
    gdal.VectorTranslate(
        "PG:" + server.conninfo(user=server.admin),
        str(data.gpkg),
        layers=[generate.LAYERS[role]],
        layerName=table,
        accessMode="overwrite",
        layerCreationOptions=["SCHEMA=bench", "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=GIST"],
    )
    server.psql(f'ANALYZE bench.{table}; ALTER TABLE bench.{table} OWNER TO "{server.user}"')


def main(argv=None) -> int:
    """Load the layers, read each both ways, compare, record."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", help="small, medium or large (default): the scale city")
    parser.add_argument("--repeat", type=int, default=2, help="reads of each kind; the best time is kept")
    parser.add_argument("--keep", action="store_true", help="leave the PostGIS server running")
    args = parser.parse_args(argv)
    data = generate.ensure(args.size)
    server = postgis_server.start(SERVER_DIR)
    try:
        return _run(server, data, args)
    finally:
        if not args.keep:
            postgis_server.stop(SERVER_DIR)


def _run(server, data, args) -> int:
    """The benchmark proper, with the server up."""
    app = start_qgis()  # noqa: F841 (kept alive)
    from qgis.core import QgsVectorLayer

    from migrant_planning_plugin.qgis_io import vector

    server.psql(f'CREATE SCHEMA IF NOT EXISTS bench AUTHORIZATION "{server.user}"')
    failed = False
    for role, label in LAYERS:
        table = generate.LAYERS[role]
        load(server, data, role, table)
        layer = QgsVectorLayer(server.qgis_uri("bench", table, key="fid"), label, "postgres")
        assert layer.isValid(), table

        def read(fast: bool, layer=layer):
            vector.FAST_READ = fast
            try:
                return vector.source_to_gdf(layer)
            finally:
                vector.FAST_READ = True

        size = f"{layer.featureCount():,}".replace(",", " ") + f" {label}"
        failed |= not compare(read, args.repeat, "read PostGIS (source_to_gdf)", size, "read_postgis")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
