"""Benchmark: settlement_exposure against the QGIS-native chain on N settlements x M hazard polygons.

Usage: ``python bench/exposure/run.py [--size small|medium|large|N] [--hazards M] [--seed S]``
(default: the issue's size, 20 000 settlements x 2 000 hazard polygons). Both run in this process on the
same GeoPackage; the totals per hazard type and level (area, population, migrants, households) must agree
to 1e-6 relative. Prints and records the time ratio and the peak memory of each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd
import numpy as np
import shapely

from bench.common import measure, record, report, start_qgis

SIZES = {"small": (2_000, 200), "medium": (8_000, 800), "large": (20_000, 2_000)}
TYPES = ("inundación", "movimiento en masa", "avenida torrencial")
LEVELS = ("alta", "media", "baja")
QUANTITIES = {"population": "poblacion", "migrants": "migrantes", "households": "hogares"}
RELATIVE = 1e-6
ORIGIN = (4_950_000.0, 2_250_000.0)  # EPSG:9377, near Cúcuta


def _stars(rng: np.random.Generator, centres: np.ndarray, radius: np.ndarray, vertices: np.ndarray) -> list:
    """Star-shaped (always simple) polygons: sorted angles, random radii around each centre."""
    polygons = []
    for (x, y), r, k in zip(centres, radius, vertices):
        angles = np.sort(rng.uniform(0, 2 * np.pi, k))
        radii = r * rng.uniform(0.6, 1.0, k)
        polygons.append(shapely.Polygon(np.column_stack([x + radii * np.cos(angles), y + radii * np.sin(angles)])))
    return polygons


def _bowtie(x: float, y: float, size: float) -> shapely.Polygon:
    """A self-intersecting (invalid) polygon."""
    return shapely.Polygon([(x, y), (x + size, y + size), (x + size, y), (x, y + size), (x, y)])


def generate(n: int, m: int, seed: int = 7) -> Tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """N settlements on a jittered 50 m grid and M hazard zones of three types and levels; a few invalid of each."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n)))
    spacing = 50.0
    ix, iy = np.divmod(np.arange(n), side)
    centres = np.column_stack([ix, iy]) * spacing + rng.uniform(-8, 8, (n, 2)) + ORIGIN
    settlements = _stars(rng, centres, rng.uniform(12, 22, n), rng.integers(5, 10, n))
    invalid = rng.choice(n, size=max(3, n // 2000), replace=False)
    for i in invalid:
        settlements[i] = _bowtie(centres[i, 0] - 10, centres[i, 1] - 10, 20)
    population = rng.integers(20, 400, n)
    settlement_frame = gpd.GeoDataFrame(
        {
            "codigo": [f"S{i:06d}" for i in range(n)],
            "poblacion": population,
            "migrantes": np.round(population * rng.uniform(0.04, 0.4, n)).astype(int),
            "hogares": np.maximum(1, np.round(population / 3.3)).astype(int),
        },
        geometry=settlements,
        crs=9377,
    )
    extent = side * spacing
    hazard_centres = rng.uniform(0, extent, (m, 2)) + ORIGIN
    radius = np.exp(rng.uniform(np.log(40), np.log(300), m))
    zones = _stars(rng, hazard_centres, radius, rng.integers(16, 49, m))
    for i in rng.choice(m, size=max(2, m // 500), replace=False):
        zones[i] = _bowtie(hazard_centres[i, 0] - radius[i], hazard_centres[i, 1] - radius[i], 2 * radius[i])
    hazard_frame = gpd.GeoDataFrame(
        {
            "codigo": [f"Z{i:05d}" for i in range(m)],
            "tipo_amenaza": rng.choice(TYPES, m, p=[0.4, 0.45, 0.15]),
            "nivel": rng.choice(LEVELS, m, p=[0.25, 0.35, 0.4]),
        },
        geometry=zones,
        crs=9377,
    )
    return settlement_frame, hazard_frame


def main() -> None:
    """Generate, run both, compare, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", help="small, medium, large (default) or a number of settlements")
    parser.add_argument("--hazards", type=int, default=None, help="number of hazard polygons (default N / 10)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.size in SIZES:
        n, m = SIZES[args.size]
    else:
        n = int(args.size)
        m = n // 10
    if args.hazards is not None:
        m = args.hazards

    app = start_qgis()  # noqa: F841 (the application must outlive the runs)
    import processing

    from bench.exposure.native_chain import native_exposure_totals

    with tempfile.TemporaryDirectory() as folder:
        gpkg = str(Path(folder) / "exposure_bench.gpkg")
        settlements, hazards = generate(n, m, args.seed)
        settlements.to_file(gpkg, layer="asentamientos", driver="GPKG")
        hazards.to_file(gpkg, layer="zonas_amenaza", driver="GPKG")
        s_uri, h_uri = f"{gpkg}|layername=asentamientos", f"{gpkg}|layername=zonas_amenaza"
        print(f"settlement_exposure: {n} settlements x {m} hazard polygons (seed {args.seed})")

        def ours():
            result = processing.run(
                "migrant_planning:settlement_exposure",
                {
                    "SETTLEMENTS": s_uri,
                    "HAZARDS": h_uri,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                    "SUMMARY": "TEMPORARY_OUTPUT",
                },
            )
            return {
                (f["hazard_type"], f["hazard_level"]): f.attributes()
                for f in result["SUMMARY"].getFeatures()
                if f["area_name"] == "ALL"
            }

        def native():
            return native_exposure_totals(s_uri, h_uri, "nivel", "tipo_amenaza", QUANTITIES, types=list(TYPES))

        mine, ours_s, ours_mb = measure(ours)
        print(f"  ours done in {ours_s:.2f} s")
        theirs, native_s, native_mb = measure(native)
        print(f"  native chain done in {native_s:.2f} s")

    fields = ["area_name", "hazard_type", "hazard_level", "features", "area_ha", *QUANTITIES, "population_share"]
    worst = 0.0
    for row in theirs.itertuples():
        values = dict(zip(fields, mine[(row.hazard_type, row.hazard_level)]))
        pairs = [(values["area_ha"] * 1e4, row.area_m2)] + [(values[c], getattr(row, c)) for c in QUANTITIES]
        for a, b in pairs:
            worst = max(worst, abs(a - b) / max(abs(b), 1e-9))
    missing = [key for key, values in mine.items() if key[1] != "none" and values[4] > 0]
    missing = [key for key in missing if not ((theirs.hazard_type == key[0]) & (theirs.hazard_level == key[1])).any()]
    same = worst <= RELATIVE and not missing and len(theirs) > 0
    print(f"  largest relative difference of the totals: {worst:.2e} ({len(theirs)} type x level rows)")
    row = {
        "algorithm": "settlement_exposure",
        "size": f"{n}x{m}",
        "ours_s": round(ours_s, 3),
        "native_s": round(native_s, 3),
        "ratio": round(native_s / max(ours_s, 1e-9), 2),
        "ours_peak_mb": round(ours_mb, 1),
        "native_peak_mb": round(native_mb, 1),
        "max_relative_difference": worst,
        "same": bool(same),
    }
    report(row)
    print(f"  recorded in {record('exposure', row)}")
    if not same:
        raise SystemExit("the totals differ")


if __name__ == "__main__":
    main()
