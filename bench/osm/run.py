"""Benchmark: import_osm against the QGIS-native chain on the same generated OpenStreetMap extract.

The extract (OSM XML, generated on the fly into ``bench/.data/``) is a street lattice near Cúcuta: junction nodes
every 100 m, five shape nodes between junctions (a few metres off the straight line), ways of one or two blocks
(so that a way's middle junction is shared with the crossing streets and must be cut there), primary,
secondary, residential and footway classes with maxspeed and oneway tags in several forms, some proposed roads
(left out by both), and facility nodes (schools, clinics). Every crossing is a shared node, as in OSM streets
without bridges, so cutting at shared nodes (ours) and cutting where lines meet (QGIS) give the same network.

- ours: ``migrant_planning:import_osm`` (GDAL's OSM driver with the plugin's osmconf.ini, Arrow streams, the tag
  rules, the split at shared vertices, reprojection to EPSG:9377, the facilities), outputs to memory layers;
- native: the OSM file's ``lines`` layer through QGIS's OGR provider, ``native:extractbyexpression`` (the same
  highway classes), ``native:splitwithlines`` of the layer with itself, to memory layers.

Same network: the same number of edges and the same total length (the native edges reprojected to EPSG:9377 with
QGIS's transform after timing, planar length, to 1e-6 relative). Run at two sizes (a quarter of the nodes, and
the issue's 1 000 000 nodes / 150 000 ways) to estimate how the time grows (time ~ size^k).

Usage: ``python bench/osm/run.py [--size small|large|both|N] [--repeat R]`` (default both sizes, the best of 2
runs of each side; N = approximate number of nodes).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.common import measure, record, report, start_qgis  # noqa: E402

DATA = ROOT / "bench" / ".data"
SIZES = {"small": 250_000, "large": 1_000_000}
SHAPE_NODES = 5  # between two junctions
SPACING = 100.0  # metres between junctions
X0, Y0 = 5_020_000.0, 2_410_000.0  # EPSG:9377, near Cúcuta
# the classes both sides keep (import_osm's usable classes that the extract uses)
CLASSES = ("primary", "secondary", "residential", "footway")


def lattice_size(nodes: int) -> int:
    """Junctions per side of the square lattice whose nodes (junctions and shape nodes) come closest to ``nodes``."""
    # junctions R^2, segments 2 R (R - 1), shape nodes SHAPE_NODES per segment
    a, b = 1 + 2 * SHAPE_NODES, -2 * SHAPE_NODES
    return int((-b + math.sqrt(b * b + 4 * a * nodes)) / (2 * a))


def generate(nodes: int) -> Path:
    """Write (once) the extract with about ``nodes`` nodes; returns its path."""
    side = lattice_size(nodes)
    path = DATA / f"osm_lattice_{nodes}.osm"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    from osgeo import osr

    rng = np.random.default_rng(15)
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(9377)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)

    # junctions, then the shape nodes of horizontal segments, then of vertical ones
    jx, jy = np.meshgrid(np.arange(side) * SPACING, np.arange(side) * SPACING)
    junction_xy = np.column_stack([jx.ravel(), jy.ravel()])
    t = np.arange(1, SHAPE_NODES + 1) / (SHAPE_NODES + 1)
    rows, cols = np.meshgrid(np.arange(side), np.arange(side - 1), indexing="ij")
    h_start = np.column_stack([cols.ravel() * SPACING, rows.ravel() * SPACING])
    h_shape = h_start[:, None, :] + np.stack([t * SPACING, np.zeros_like(t)], axis=1)[None]
    h_shape[..., 1] += rng.uniform(-3, 3, size=h_shape.shape[:2])
    v_start = h_start[:, ::-1]  # (row, col) swapped: column lines
    v_shape = v_start[:, None, :] + np.stack([np.zeros_like(t), t * SPACING], axis=1)[None]
    v_shape[..., 0] += rng.uniform(-3, 3, size=v_shape.shape[:2])
    n_segments = len(h_start)
    shape_xy = np.concatenate([h_shape.reshape(-1, 2), v_shape.reshape(-1, 2)])
    n_fixed = len(junction_xy) + len(shape_xy)
    n_facilities = max(0, nodes - n_fixed)
    facility_xy = np.column_stack(
        [
            rng.uniform(10, (side - 1) * SPACING - 10, n_facilities),
            rng.uniform(10, (side - 1) * SPACING - 10, n_facilities),
        ]
    )
    facility_xy += 0.37  # never on a street
    xy = np.concatenate([junction_xy, shape_xy, facility_xy]) + (X0, Y0)
    lonlat = np.round(np.array(transform.TransformPoints(xy.tolist()))[:, :2], 7)

    def junction(r: int, c: int) -> int:
        return r * side + c + 1

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osm version="0.6" generator="migrant_planning_plugin bench/osm">',
    ]
    out.extend(
        f'<node id="{k + 1}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>'
        for k, (lon, lat) in enumerate(lonlat[:n_fixed])
    )
    kinds = ("school", "clinic", "kindergarten", "doctors")
    out.extend(
        f'<node id="{n_fixed + k + 1}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">'
        f'<tag k="amenity" v="{kinds[k % 4]}"/><tag k="capacity" v="{100 + k % 900}"/></node>'
        for k, (lon, lat) in enumerate(lonlat[n_fixed:])
    )
    first_shape = len(junction_xy) + 1
    way_id = 0
    pattern = (2, 1, 1, 1, 1)  # blocks per way: 6 blocks in 5 ways
    for vertical in (False, True):
        for line in range(side):
            klass = "primary" if line % 10 == 3 else "secondary" if line % 5 == 1 else "residential"
            block = 0
            k = 0
            while block < side - 1:
                length = min(pattern[k % len(pattern)], side - 1 - block)
                refs = []
                for b in range(block, block + length):
                    segment = line * (side - 1) + b  # index among the segments of this direction
                    start = junction(b, line) if vertical else junction(line, b)
                    refs.append(start)
                    base = first_shape + (n_segments * SHAPE_NODES if vertical else 0) + segment * SHAPE_NODES
                    refs.extend(range(base, base + SHAPE_NODES))
                refs.append(junction(block + length, line) if vertical else junction(line, block + length))
                way_id += 1
                tags = {"highway": klass}
                if klass == "residential" and way_id % 13 == 0:
                    tags = {"highway": "footway"}
                elif klass == "residential" and way_id % 97 == 0:
                    tags = {"highway": "proposed"}
                if klass == "primary":
                    tags["maxspeed"] = "50"
                elif klass == "secondary":
                    tags["maxspeed"] = "40 km/h"
                elif tags["highway"] == "residential" and way_id % 7 == 0:
                    tags["oneway"] = ("yes", "-1", "true")[way_id % 3]
                tags["name"] = f"{'Carrera' if vertical else 'Calle'} {line + 1}"
                nds = "".join(f'<nd ref="{r}"/>' for r in refs)
                text = "".join(f'<tag k="{key}" v="{value}"/>' for key, value in tags.items())
                out.append(f'<way id="{way_id}" version="1">{nds}{text}</way>')
                block += length
                k += 1
    out.append("</osm>")
    partial = path.with_suffix(".partial")
    partial.write_text("\n".join(out) + "\n", encoding="utf-8")
    partial.replace(path)
    return path


def counts(path: Path):
    """Nodes and ways of an extract (counted in the XML)."""
    nodes = ways = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            nodes += line.startswith("<node")
            ways += line.startswith("<way")
    return nodes, ways


def run_size(nodes: int, label: str, repeat: int = 1) -> dict:
    """Both imports on one extract; the row recorded."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

    path = generate(nodes)
    n_nodes, n_ways = counts(path)

    def ours():
        return processing.run(
            "migrant_planning:import_osm", {"INPUT": str(path), "ROADS": "memory:", "FACILITIES": "memory:"}
        )

    def native():
        lines = QgsVectorLayer(f"{path}|layername=lines", "lines", "ogr")
        expression = '"highway" IN (' + ", ".join(f"'{c}'" for c in CLASSES) + ")"
        kept = processing.run(
            "native:extractbyexpression", {"INPUT": lines, "EXPRESSION": expression, "OUTPUT": "memory:"}
        )["OUTPUT"]
        return processing.run("native:splitwithlines", {"INPUT": kept, "LINES": kept, "OUTPUT": "memory:"})["OUTPUT"]

    runs = [measure(ours) for _ in range(repeat)]  # the best of the repeats (the machine is shared)
    result, ours_s, ours_mb = min(runs, key=lambda run: run[1])
    runs = [measure(native) for _ in range(repeat)]
    split, native_s, native_mb = min(runs, key=lambda run: run[1])
    del runs
    roads = result["ROADS"]
    ours_edges = roads.featureCount()
    ours_length = sum(f["length_m"] for f in roads.getFeatures())
    transform = QgsCoordinateTransform(split.crs(), QgsCoordinateReferenceSystem("EPSG:9377"), QgsProject.instance())
    native_edges = split.featureCount()
    native_length = 0.0
    for feature in split.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        native_length += geometry.length()
    same = ours_edges == native_edges and math.isclose(ours_length, native_length, rel_tol=1e-6)
    row = {
        "algorithm": "import_osm",
        "size": f"{label}: {n_nodes:_} nodes, {n_ways:_} ways".replace("_", " "),
        "ours_s": ours_s,
        "native_s": native_s,
        "ratio": native_s / max(ours_s, 1e-9),
        "ours_peak_mb": ours_mb,
        "native_peak_mb": native_mb,
        "same": same,
        "edges": [ours_edges, native_edges],
        "length_km": [ours_length / 1000, native_length / 1000],
        "nodes": n_nodes,
    }
    report(row)
    print(
        f"  edges ours {ours_edges}, native {native_edges}; km ours {ours_length / 1000:.3f}, native "
        f"{native_length / 1000:.3f}"
    )
    return row


def main(argv=None) -> int:
    """Run the sizes asked for; record each row, with the exponent when two sizes ran."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="both", help="small, large, both (default) or a number of nodes")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side; the best time is kept")
    args = parser.parse_args(argv)
    app = start_qgis()  # kept: QGIS ends with its last reference
    if args.size == "both":
        plan = [("small", SIZES["small"]), ("large", SIZES["large"])]
    elif args.size in SIZES:
        plan = [(args.size, SIZES[args.size])]
    else:
        plan = [(f"{int(args.size)} nodes", int(args.size))]
    rows = [run_size(nodes, label, max(1, args.repeat)) for label, nodes in plan]
    if len(rows) == 2:
        k = math.log(rows[1]["ours_s"] / rows[0]["ours_s"]) / math.log(rows[1]["nodes"] / rows[0]["nodes"])
        k_native = math.log(rows[1]["native_s"] / rows[0]["native_s"]) / math.log(rows[1]["nodes"] / rows[0]["nodes"])
        print(f"time ~ size^k: ours k = {k:.2f}, native k = {k_native:.2f}")
        for row in rows:
            row["exponent"] = k
            row["exponent_native"] = k_native
    for row in rows:
        record("osm", row)
    del app
    return 0 if all(row["same"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
