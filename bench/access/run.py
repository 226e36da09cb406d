"""Benchmark: service_access (road network coverage) against the QGIS-native chain.

Data, generated like the sample city: a jittered street lattice (120 m blocks, +-18 m jitter,
7 % of streets missing, 6 % one-way, some of them digitised against the traffic), demand
points and facilities placed on the streets (as geocoded addresses snapped to centre lines).

Question answered by both: which demand points have a facility within D0 metres along the
streets, respecting one-way streets (cost from the demand point to the facility)?

- ours: ``migrant_planning:service_access`` (METHOD road network, TRAVEL_MODE by road, COST_UNIT
  metres, WEIGHTING none; outputs OUTPUT and SUMMARY), the whole algorithm through processing.run:
  reading, graph, multi-source Dijkstra, writing. A second run with 2SFCA and FACILITIES_OUTPUT (one
  limited Dijkstra per facility for all pairs within D0) is timed too, and the analysis alone
  (core.access on frames already read).
- native: ``native:serviceareafromlayer`` from the facility layer (one service area per facility) on
  the *reversed* direction rules (VALUE_FORWARD = the code of streets one-way against the digitising
  direction, and vice versa), so that a service area from a facility holds the points from which the
  facility can be reached; then ``native:extractwithindistance`` keeps the demand points within 1 cm
  of the service-area lines.

Differences that are not errors, reported separately: QGIS measures network lengths on the ellipsoid
(about 0.08 % longer than planar lengths in EPSG:9377 here), so the native threshold is D0 times the
local scale measured on one straight street; the scale varies by a few 1e-5 across the area, so points
within a few centimetres of the threshold may be classed differently. Points are on the streets, so
connector lengths are zero in both (QGIS ignores the distance between a point and the network).

Usage: ``python bench/access/run.py [--size small|medium|large|N_EDGES] [--native-facilities K]``.
With ``--native-facilities`` the native chain runs on the first K facilities only; the native time is
then extrapolated linearly to all facilities (clearly labelled) and agreement is checked against our
coverage computed for the same K facilities.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.common import measure, record, report, start_qgis

SIZES = {
    "small": (5_000, 1_000, 30),
    "medium": (25_000, 5_000, 100),
    "large": (100_000, 20_000, 300),
}
D0 = 800.0
SPACING = 120.0
X0, Y0 = 5_040_000.0, 2_420_000.0
CRS = "EPSG:9377"


_KEEP = []


def _start():
    """QGIS with Processing and our provider, both held by Python references.

    bench.common.start_qgis registers a provider object it does not keep: Python collects it and
    the registry is left with a provider whose algorithms are gone. So the application is created
    and our provider registered (and kept) first; start_qgis then only initialises Processing.
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    _KEEP.append(app)
    from migrant_planning_plugin.processing.provider import MigrantPlanningProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is None:
        provider = MigrantPlanningProvider()
        _KEEP.append(provider)
        registry.addProvider(provider)
    _KEEP.append(start_qgis())


def generate(n_edges: int, n_demand: int, n_facilities: int, seed: int = 42):
    """Streets (lines, one-way codes), demand points and facility points, as numpy arrays."""
    import shapely

    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_edges / (2 * 0.93)))) + 1
    gx = X0 + np.arange(side) * SPACING + rng.uniform(-18, 18, size=(side, side))
    gy = Y0 + np.arange(side)[:, None] * SPACING + rng.uniform(-18, 18, size=(side, side))
    ids = np.arange(side * side).reshape(side, side)
    horizontal = np.column_stack([ids[:, :-1].ravel(), ids[:, 1:].ravel()])
    vertical = np.column_stack([ids[:-1, :].ravel(), ids[1:, :].ravel()])
    edges = np.concatenate([horizontal, vertical])
    edges = edges[rng.uniform(size=len(edges)) > 0.07][:n_edges]
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    flip = rng.uniform(size=len(edges)) < 0.5  # digitising direction is arbitrary
    edges[flip] = edges[flip][:, ::-1]
    coords = np.stack([xy[edges[:, 0]], xy[edges[:, 1]]], axis=1)
    lines = shapely.linestrings(coords)
    draw = rng.uniform(size=len(edges))
    oneway = np.where(draw < 0.04, "FT", np.where(draw < 0.06, "TF", "N"))

    def on_streets(n: int) -> np.ndarray:
        which = rng.integers(0, len(edges), n)
        t = rng.uniform(0.05, 0.95, n)[:, None]
        return coords[which, 0] + t * (coords[which, 1] - coords[which, 0])

    return lines, oneway, on_streets(n_demand), on_streets(n_facilities)


def memory_layer(kind: str, name: str, geoms, columns: dict):
    """A QGIS memory layer holding the geometries and columns."""
    import geopandas as gpd
    from qgis.core import QgsVectorLayer

    from migrant_planning_plugin.qgis_io.vector import fields_for, write_features

    frame = gpd.GeoDataFrame(columns, geometry=geoms, crs=9377)
    layer = QgsVectorLayer(f"{kind}?crs={CRS}", name, "memory")
    fields = fields_for(frame)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    write_features(layer.dataProvider(), frame, layer.fields())
    return layer


def to_geopackage(layer, folder: str):
    """The layer written to a GeoPackage in ``folder`` and opened from there (as a user's data would be)."""
    import os

    from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

    path = os.path.join(folder, f"{layer.name()}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name()
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProject.instance().transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"could not write {path}: {error}")
    stored = QgsVectorLayer(f"{path}|layername={layer.name()}", layer.name(), "ogr")
    assert stored.isValid() and stored.featureCount() == layer.featureCount()
    return stored


def native_scale(roads_layer) -> float:
    """QGIS's ellipsoidal network length over the planar length, measured on one straight street."""
    import processing

    feature = next(roads_layer.getFeatures())
    line = feature.geometry().asPolyline()
    start, end = line[0], line[-1]
    result = processing.run(
        "native:shortestpathpointtopoint",
        {
            "INPUT": roads_layer,
            "STRATEGY": 0,
            "START_POINT": f"{start.x()!r},{start.y()!r} [{CRS}]",
            "END_POINT": f"{end.x()!r},{end.y()!r} [{CRS}]",
            "OUTPUT": "memory:",
        },
    )
    return result["TRAVEL_COST"] / feature.geometry().length()


def run_ours(demand, facilities, roads, weighting: int):
    """Our algorithm through processing.run; returns the OUTPUT layer."""
    import processing

    result = processing.run(
        "migrant_planning:service_access",
        {
            "DEMAND": demand,
            "POPULATION_FIELD": "poblacion",
            "FACILITIES": facilities,
            "CAPACITY_FIELD": "capacidad",
            "METHOD": 1,
            "ROADS": roads,
            "ONEWAY_FIELD": "sentido",
            "TRAVEL_MODE": 1,
            "COST_UNIT": 0,
            "DEFAULT_THRESHOLD": D0,
            "WEIGHTING": weighting,
            "OUTPUT": "memory:",
            "SUMMARY": "memory:",
            # facility catchments and loads only with scores: the coverage answer does not need them
            **({"FACILITIES_OUTPUT": "memory:"} if weighting else {}),
        },
    )
    return result["OUTPUT"]


def best_of(repeat: int, step):
    """The result of the last run, the best wall time and the largest peak memory of ``repeat`` runs."""
    best_s, peak_mb, result = float("inf"), 0.0, None
    for _ in range(max(1, repeat)):
        result, seconds, mb = measure(step)
        best_s, peak_mb = min(best_s, seconds), max(peak_mb, mb)
    return result, best_s, peak_mb


def read_frames(demand, facilities, roads):
    """The three layers as GeoDataFrames, read once through qgis_io (for the analysis-only timing)."""
    from migrant_planning_plugin.qgis_io.vector import source_to_gdf

    return source_to_gdf(demand), source_to_gdf(facilities), source_to_gdf(roads)


def run_core(demand, facilities, roads):
    """The analysis alone, with the options the algorithm run uses."""
    from migrant_planning_plugin.core import access

    options = access.AccessOptions(
        population_field="poblacion",
        capacity_field="capacidad",
        facility_id_field="codigo",
        method=access.ROAD_NETWORK,
        oneway_field="sentido",
        travel_mode=access.BY_ROAD,
        cost_unit=access.METRES,
        default_threshold=D0,
        weighting=access.NO_WEIGHTING,
        catchments=False,
    )
    return access.service_access(demand, facilities, options, roads)


def covered_by_us(output, fid_to_pid):
    """Demand ids (pid) covered in our OUTPUT layer, and the cost of each."""
    from migrant_planning_plugin.qgis_io.vector import source_to_gdf

    frame = source_to_gdf(output)
    pids = frame["demand_fid"].map(fid_to_pid).to_numpy()
    cost = frame["cost"].fillna(np.inf).to_numpy(dtype=float)
    covered = set(pids[frame["covered"].to_numpy(dtype=bool)].tolist())
    return covered, dict(zip(pids.tolist(), cost.tolist()))


def run_native(demand, facilities, roads, threshold: float):
    """Service areas from every facility on the reversed one-way rules, then demand points on them."""
    import processing

    areas = processing.run(
        "native:serviceareafromlayer",
        {
            "INPUT": roads,
            "STRATEGY": 0,
            "DIRECTION_FIELD": "sentido",
            "VALUE_FORWARD": "TF",  # reversed: from the facility back to where people come from
            "VALUE_BACKWARD": "FT",
            "VALUE_BOTH": "N",
            "DEFAULT_DIRECTION": 2,
            "TOLERANCE": 0,
            "START_POINTS": facilities,
            "TRAVEL_COST2": threshold,
            "INCLUDE_BOUNDS": False,
            "OUTPUT_LINES": "memory:",
        },
    )["OUTPUT_LINES"]
    covered = processing.run(
        "native:extractwithindistance",
        {"INPUT": demand, "REFERENCE": areas, "DISTANCE": 0.01, "OUTPUT": "memory:"},
    )["OUTPUT"]
    return {int(f["pid"]) for f in covered.getFeatures()}


def main(argv=None) -> int:
    """Run the benchmark and print and record the result."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", help="small, medium, large or a number of edges")
    parser.add_argument("--native-facilities", type=int, default=0, help="run native on the first K facilities")
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours; the best time is kept")
    parser.add_argument("--native-repeat", type=int, default=2, help="runs of native; the best time is kept")
    parser.add_argument(
        "--storage",
        choices=("gpkg", "memory"),
        default="gpkg",
        help="where both read the layers from: GeoPackage files (as users' data) or QGIS memory layers",
    )
    args = parser.parse_args(argv)
    if args.size in SIZES:
        n_edges, n_demand, n_facilities = SIZES[args.size]
    else:
        n_edges = int(args.size)
        n_demand, n_facilities = max(10, n_edges // 5), max(3, int(round(n_edges * 0.003)))
    _start()
    logging.getLogger("migrant_planning").addHandler(logging.NullHandler())  # core-only runs: no stderr echo
    lines, oneway, demand_xy, facility_xy = generate(n_edges, n_demand, n_facilities)
    import shapely

    rng = np.random.default_rng(1)
    roads = memory_layer("LineString", "calles", lines, {"sentido": oneway})
    population = rng.integers(50, 2000, n_demand)
    demand = memory_layer(
        "Point", "demanda", shapely.points(demand_xy), {"pid": np.arange(n_demand), "poblacion": population}
    )
    facilities = memory_layer(
        "Point",
        "equipamientos",
        shapely.points(facility_xy),
        {"codigo": [f"EQ-{k:04d}" for k in range(n_facilities)], "capacidad": rng.integers(100, 5000, n_facilities)},
    )
    if args.storage == "gpkg":
        import tempfile

        folder = tempfile.mkdtemp(prefix="bench_access_")
        roads, demand, facilities = (to_geopackage(layer, folder) for layer in (roads, demand, facilities))
    print(
        f"data ({args.storage}): {roads.featureCount()} streets, {n_demand} demand points, {n_facilities} facilities, "
        f"D0 {D0:g} m"
    )

    # warm-up (imports, first-call costs) on a few points, for both
    warm = memory_layer("Point", "warm", shapely.points(facility_xy[:2]), {"codigo": ["a", "b"], "capacidad": [1, 1]})
    warm_demand = memory_layer(
        "Point", "warm", shapely.points(demand_xy[:10]), {"pid": np.arange(10), "poblacion": population[:10]}
    )
    run_ours(warm_demand, warm, roads, 1)
    run_native(warm_demand, warm, roads, 10.0)

    output, ours_s, ours_mb = best_of(args.repeat, lambda: run_ours(demand, facilities, roads, 0))
    _out, ours_2sfca_s, ours_2sfca_mb = best_of(1, lambda: run_ours(demand, facilities, roads, 1))
    frames = read_frames(demand, facilities, roads)
    _res, core_s, core_mb = best_of(args.repeat, lambda: run_core(*frames))
    fid_to_pid = {f.id(): int(f["pid"]) for f in demand.getFeatures()}
    ours_covered, pid_cost = covered_by_us(output, fid_to_pid)

    k = args.native_facilities if 0 < args.native_facilities < n_facilities else n_facilities
    native_facilities = facilities
    if k < n_facilities:
        native_facilities = memory_layer(
            "Point", "subset", shapely.points(facility_xy[:k]), {"codigo": [f"EQ-{i:04d}" for i in range(k)]}
        )
        ours_covered, pid_cost = covered_by_us(run_ours(demand, native_facilities, roads, 0), fid_to_pid)
    scale = native_scale(roads)
    native_covered, native_s, native_mb = best_of(
        args.native_repeat, lambda: run_native(demand, native_facilities, roads, D0 * scale)
    )
    native_label = "measured"
    if k < n_facilities:
        native_s = native_s * n_facilities / k
        native_label = f"extrapolated from {k} of {n_facilities} facilities (x{n_facilities / k:.1f})"

    differ = ours_covered ^ native_covered
    near_threshold = {p for p in differ if abs(pid_cost.get(p, np.inf) - D0) < 0.05}
    agreement = 100.0 * (n_demand - len(differ)) / n_demand
    print(f"native scale (ellipsoidal / planar length): {scale:.6f}")
    print(
        f"covered: ours {len(ours_covered)}, native {len(native_covered)}; disagree on {len(differ)} "
        f"({len(near_threshold)} within 5 cm of the threshold); agreement {agreement:.3f} %"
    )
    print(f"ours with 2SFCA scores: {ours_2sfca_s:.2f} s (peak +{ours_2sfca_mb:.0f} MB)")
    print(
        f"ours, analysis only (core.access on frames already read; reading and writing excluded): {core_s:.2f} s "
        f"(peak +{core_mb:.0f} MB), ratio native/core {native_s / max(core_s, 1e-9):.1f}x"
    )
    print(f"native time: {native_label}; times are the best of {args.repeat} (ours) and {args.native_repeat} (native)")
    row = {
        "algorithm": "service_access",
        "size": f"{args.size}: {roads.featureCount()} edges, {n_demand} demand, {n_facilities} facilities"
        + (", GeoPackage" if args.storage == "gpkg" else ", memory layers"),
        "ours_s": ours_s,
        "ours_peak_mb": ours_mb,
        "ours_2sfca_s": ours_2sfca_s,
        "ours_2sfca_peak_mb": ours_2sfca_mb,
        "ours_core_s": core_s,
        "ours_core_peak_mb": core_mb,
        "ratio_core": native_s / max(core_s, 1e-9),
        "native_s": native_s,
        "native_peak_mb": native_mb,
        "native_time": native_label,
        "ratio": native_s / max(ours_s, 1e-9),
        "agreement_pct": agreement,
        "disagree": len(differ),
        "disagree_near_threshold": len(near_threshold),
        "same": len(differ) == len(near_threshold),
    }
    report(row)
    print(f"recorded in {record('access', row)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
