"""Benchmark: reading a layer into a GeoDataFrame, GDAL's Arrow stream (``qgis_io.ogr_read``) against the QGIS
feature iterator, on the scale city's GeoPackage.

Both are ``qgis_io.vector.source_to_gdf`` on the same ``QgsVectorLayer``: ours with the fast path
(``vector.FAST_READ = True``), native with the QGIS iterator only (``False``), in one process. The frames must
be identical: feature ids, column order and types, values and nulls, geometries byte for byte (WKB), CRS.
Rows: the street network (1 000 000 lines, two text, one integer and one boolean field) and the census
blocks (200 000 polygons, seven fields), as they are, and reprojected to EPSG:4326 (reprojection is the same
QGIS transform in both; ours applies it to all vertices at once).

Usage: ``python bench/read/run.py [--size small|medium|large] [--repeat N]`` (default large, the scale
benchmark's largest city; generated into ``bench/.data`` when missing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402

from bench.common import measure, record, report, start_qgis  # noqa: E402
from bench.scale import generate  # noqa: E402

LAYERS = (("roads", "streets"), ("settlements", "census blocks"))


def same(slow, fast) -> bool:
    """Whether two frames are identical (ids, columns, types, values, geometries as WKB, CRS)."""
    if slow.index.tolist() != fast.index.tolist() or list(slow.columns) != list(fast.columns):
        return False
    if slow.attrs["crs"] != fast.attrs["crs"]:
        return False
    for column in slow.columns:
        if column == slow.geometry.name:
            continue
        if str(slow[column].dtype) != str(fast[column].dtype):
            return False
        try:
            pd.testing.assert_series_equal(slow[column], fast[column], check_exact=True)
        except AssertionError:
            return False
    a, b = slow.geometry.values, fast.geometry.values
    if not np.array_equal(shapely.is_missing(a), shapely.is_missing(b)):
        return False
    present = ~shapely.is_missing(a)
    return bool((shapely.to_wkb(a[present]) == shapely.to_wkb(b[present])).all())


def main(argv=None) -> int:
    """Read each layer both ways, compare, record."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", help="small, medium or large (default): the scale city")
    parser.add_argument("--repeat", type=int, default=2, help="reads of each kind; the best time is kept")
    args = parser.parse_args(argv)
    data = generate.ensure(args.size)
    app = start_qgis()  # noqa: F841 (kept alive)
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from migrant_planning_plugin.qgis_io import vector

    failed = False
    for role, label in LAYERS:
        layer = QgsVectorLayer(data.uri(role), label, "ogr")
        for target in (None, QgsCoordinateReferenceSystem("EPSG:4326")):

            def read(fast: bool, target=target, layer=layer):
                vector.FAST_READ = fast
                try:
                    return vector.source_to_gdf(layer, target_crs=target)
                finally:
                    vector.FAST_READ = True

            best = {}
            for fast in (False, True):
                times, peaks = [], []
                for _ in range(max(1, args.repeat)):
                    frame, seconds, mb = measure(lambda fast=fast: read(fast))
                    times.append(seconds)
                    peaks.append(mb)
                best[fast] = (frame, min(times), max(peaks))
            equal = same(best[False][0], best[True][0])
            failed |= not equal
            where = "" if target is None else ", to EPSG:4326"
            row = {
                "algorithm": "read (source_to_gdf)",
                "size": f"{layer.featureCount():,}".replace(",", " ") + f" {label}{where}",
                "ours_s": round(best[True][1], 3),
                "native_s": round(best[False][1], 3),
                "ratio": round(best[False][1] / max(best[True][1], 1e-9), 2),
                "ours_peak_mb": round(best[True][2], 1),
                "native_peak_mb": round(best[False][2], 1),
                "same": equal,
            }
            report(row)
            record("read", row)
            del best
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
