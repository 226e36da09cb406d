"""Benchmark: the cost of densifying geographic inputs before reprojection (issue 12), on the sample city
reprojected to EPSG:4326.

For each layer of the sample city (saved in EPSG:4326 into ``bench/.data``), ``qgis_io.vector.source_to_gdf``
reads it into EPSG:9377 twice in one process: as the plugin does now (edges densified to about 1 m in the
source CRS, then reprojected) and as QGIS's iterator does (``setDestinationCrs``, vertices only, what the plugin
did before). Then ``settlement_exposure`` runs on the geographic layers both ways. The answers must agree to
what the densification changes: a straight edge in degrees is a curve in metres, so a polygon's area changes
a little (below 1e-4 relative), and the exposure summary to 1e-6 relative. Rows: the read of every layer
together, and the exposure run.

Usage: ``python bench/densify/run.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import shapely  # noqa: E402

from bench.common import measure, record, report, start_qgis  # noqa: E402

DATA = ROOT / "bench" / ".data"
SAMPLE = ROOT / "resources" / "sample_data" / "villa_esperanza.gpkg"
LAYERS = ("asentamientos", "zonas_amenaza", "equipamientos", "malla_vial", "usos_suelo", "comunas", "predios")


def geographic_copy() -> Path:
    """The sample city's layers reprojected to EPSG:4326 (made once, with GDAL)."""
    from osgeo import gdal

    path = DATA / "villa_esperanza_4326.gpkg"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(LAYERS):
        gdal.VectorTranslate(
            str(path), str(SAMPLE), layers=[name], dstSRS="EPSG:4326", accessMode="append" if k else None
        )
    return path


def main(argv=None) -> int:
    """Read and analyse with and without densification; compare; record."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each kind; the best time is kept")
    args = parser.parse_args(argv)
    app = start_qgis()  # noqa: F841 (kept alive)
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from migrant_planning_plugin.qgis_io import ogr_read
    from migrant_planning_plugin.qgis_io.vector import source_to_gdf

    path = geographic_copy()
    target = QgsCoordinateReferenceSystem("EPSG:9377")
    layers = [QgsVectorLayer(f"{path}|layername={name}", name, "ogr") for name in LAYERS]
    real = ogr_read.needs_densifying

    def both(step):
        results = {}
        for label, rule in (("ours", real), ("native", lambda crs: False)):
            ogr_read.needs_densifying = rule
            best = None
            for _ in range(args.repeat):
                out, seconds, peak = measure(step)
                best = (out, seconds, peak) if best is None or seconds < best[1] else best
            results[label] = best
        ogr_read.needs_densifying = real
        return results

    def read_all():
        return [source_to_gdf(layer, target_crs=target) for layer in layers]

    reads = both(read_all)
    ours, native = reads["ours"][0], reads["native"][0]
    vertices = [int(shapely.get_num_coordinates(f.geometry.values).sum()) for f in ours]
    before = [int(shapely.get_num_coordinates(f.geometry.values).sum()) for f in native]
    polygons = [i for i, f in enumerate(ours) if f.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).all()]
    change = max(
        float(np.nanmax(np.abs(shapely.area(ours[i].geometry.values) / shapely.area(native[i].geometry.values) - 1)))
        for i in polygons
    )
    same = change < 1e-4  # the true line of a straight edge in degrees encloses a little more or less area
    row = {
        "algorithm": "read_4326_densified",
        "size": "sample city",
        "ours_s": reads["ours"][1],
        "native_s": reads["native"][1],
        "ours_peak_mb": reads["ours"][2],
        "native_peak_mb": reads["native"][2],
        "same": same,
        "vertices": sum(vertices),
        "vertices_before": sum(before),
        "max_area_change": change,
    }
    record("densify", row)
    report(row)
    print(f"  vertices {sum(before):,} -> {sum(vertices):,} ({sum(vertices) / max(1, sum(before)):.1f}x)")
    print(f"  largest relative change of a polygon's area: {change:.2e}")

    def exposure():
        result = processing.run(
            "migrant_planning:settlement_exposure",
            {
                "SETTLEMENTS": f"{path}|layername=asentamientos",
                "HAZARDS": f"{path}|layername=zonas_amenaza",
                "AREAS": f"{path}|layername=comunas",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "SUMMARY": "TEMPORARY_OUTPUT",
            },
        )
        return {
            (f["area_name"], f["hazard_type"], f["hazard_level"]): f["population"]
            for f in result["SUMMARY"].getFeatures()
        }

    runs = both(exposure)
    a, b = runs["ours"][0], runs["native"][0]
    same = set(a) <= set(b) and all(abs(a[k] - b[k]) <= 1e-6 * max(1.0, abs(b[k])) + 1e-3 for k in a)
    row = {
        "algorithm": "settlement_exposure_4326",
        "size": "sample city",
        "ours_s": runs["ours"][1],
        "native_s": runs["native"][1],
        "ours_peak_mb": runs["ours"][2],
        "native_peak_mb": runs["native"][2],
        "same": same,
        "outside_rows_native": sorted({k[0] for k in b if k[0] not in {k2[0] for k2 in a}}),
    }
    record("densify", row)
    report(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
