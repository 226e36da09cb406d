"""Benchmark: the cost per cell of the raster algorithms, which core.estimate uses to tell a run's size in advance.

site_suitability (housing preset, every input of the sample city: seven criteria) and weight_sensitivity (the
default four changes per criterion) run on the sample city at several cell sizes; the time and the peak memory
above the start are measured, and the seconds per cell and criterion (per run for the sensitivity) compared with
the constants of ``migrant_planning_plugin.core.estimate``. The QGIS-native way has no equivalent of these
algorithms as one step: this benchmark measures ours alone, so that the estimate shown before a run is honest.

Usage: ``python bench/estimate/run.py [--size small|medium|large]`` (cell sizes 20/10 m, 5/2.5 m, 2.5/1.5 m).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import measure, record, start_qgis  # noqa: E402

SIZES = {"small": (20.0, 10.0), "medium": (5.0, 2.5), "large": (2.5, 1.5)}


def main() -> None:
    """Run the measurements and print the per-cell costs next to the estimate's constants."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="medium", choices=sorted(SIZES))
    args = parser.parse_args()
    app = start_qgis()  # noqa: F841 (the application must outlive the runs)
    import processing

    from migrant_planning_plugin.core import estimate
    from migrant_planning_plugin.core.grid import GridSpec

    sample = ROOT / "resources" / "sample_data"
    gpkg, dem = str(sample / "villa_esperanza.gpkg"), str(sample / "villa_esperanza_dem.tif")
    layers = {
        "AOI": "limite_municipal",
        "FACILITIES": "equipamientos",
        "ROADS": "malla_vial",
        "SETTLEMENTS": "asentamientos",
        "HAZARDS": "zonas_amenaza",
        "LAND_USE": "usos_suelo",
        "WATER": "cuerpos_agua",
    }
    inputs = {key: f"{gpkg}|layername={name}" for key, name in layers.items()}
    inputs["DEM"] = dem
    from migrant_planning_plugin import sample_city as city

    with tempfile.TemporaryDirectory() as folder:
        for cell in SIZES[args.size]:
            grid = GridSpec.from_bounds((city.X0, city.Y0, city.X0 + city.WIDTH, city.Y0 + city.HEIGHT), cell)
            for alg, runs in (("site_suitability", 1), ("weight_sensitivity", 1 + 4 * 7)):
                params = dict(inputs, CELL_SIZE=cell)
                params["OUTPUT"] = os.path.join(
                    folder, f"{alg}_{cell:g}" + (".tif" if alg == "site_suitability" else ".csv")
                )
                if alg == "weight_sensitivity":
                    params["CANDIDATES"] = f"{gpkg}|layername=predios"
                _result, seconds, peak_mb = measure(lambda p=params, a=alg: processing.run(f"migrant_planning:{a}", p))
                guess = estimate.estimate_grid(grid.width, grid.height, criteria=7, runs=runs, cell_size=cell)
                per_cell = seconds / (grid.width * grid.height * 7 * runs)
                print(
                    f"{alg} {cell:g} m: {grid.width} x {grid.height} cells, {seconds:.1f} s, peak {peak_mb:.0f} MB; "
                    f"{per_cell * 1e9:.1f} ns per cell and criterion{' and run' if runs > 1 else ''}; "
                    f"estimated {guess.seconds:.1f} s, {guess.memory_bytes / 2**20:.0f} MB"
                )
                record(
                    "estimate",
                    {
                        "algorithm": alg,
                        "size": f"{grid.width}x{grid.height} ({cell:g} m)",
                        "ours_s": round(seconds, 2),
                        "ours_peak_mb": round(peak_mb),
                        "native_s": None,
                        "native_peak_mb": None,
                        "ratio": None,
                        "same": f"estimate {guess.seconds:.1f} s, {guess.memory_bytes / 2**20:.0f} MB",
                    },
                )


if __name__ == "__main__":
    main()
