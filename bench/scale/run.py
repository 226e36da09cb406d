"""Scale: every algorithm through processing.run on a generated metropolitan area at three sizes.

Sizes (``bench/scale/generate.py``): small = 1/16, medium = 1/4, large = 1 of 200 000 census blocks,
20 000 hazard polygons, about 1 000 000 street edges, 3 000 facilities, 20 000 parcels and a
10 000 x 10 000 grid of 7.5 m cells (DEM and suitability). Each algorithm runs as a user would run
it, on the GeoPackage and GeoTIFF files, writing GeoPackage / GeoTIFF outputs; the outputs of one
step are the inputs of the next (suitability -> ranking, sensitivity, scenarios -> report).

Each (algorithm, size) runs in a fresh Python process, so its peak memory is its own: the time and the
peak resident memory above the process's state before the call (``bench.common.measure``) are
printed, as is the process's absolute peak. The parent stops a child that goes above ``--max-gb``
(default 20 GiB of the machine's 24). For each algorithm, the growth of time with size is fitted as
``time ~ size ** k`` (least squares on log-log over the sizes run), and the rows (one per algorithm
and size, with ``k``) are recorded in ``bench/results/scale.json`` for the table of
``bench/README.md``. There is no QGIS-native counterpart here: the native columns are "–".

Usage: ``python bench/scale/run.py [--size small|medium|large|all] [--only ALG ...] [--seed S]``
(default: all three sizes, every algorithm). Run the large size alone on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import RESULTS, measure, record, rss_bytes, start_qgis  # noqa: E402
from bench.scale import generate  # noqa: E402

ALGORITHMS = (
    "settlement_exposure",
    "facility_exposure",
    "service_access",
    "ahp_weights",
    "site_suitability",
    "rank_candidate_sites",
    "weight_sensitivity",
    "growth_scenarios",
    "planning_report",
)
# what each algorithm reads from an earlier step's outputs
NEEDS = {
    "rank_candidate_sites": ("site_suitability", "settlement_exposure", "service_access"),
    "weight_sensitivity": (),
    "growth_scenarios": ("site_suitability",),
    "planning_report": (
        "settlement_exposure",
        "service_access",
        "site_suitability",
        "rank_candidate_sites",
        "weight_sensitivity",
        "growth_scenarios",
    ),
}
AHP_MATRIX = ";".join(
    [
        "1,2,3,2,1,1,2",
        "1/2,1,2,1,1/2,1/2,1",
        "1/3,1/2,1,1/2,1/3,1/3,1/2",
        "1/2,1,2,1,1/2,1/2,1",
        "1,2,3,2,1,1,2",
        "1,2,3,2,1,1,2",
        "1/2,1,2,1,1/2,1/2,1",
    ]
)
AHP_NAMES = "health,education,roads,urban,slope,hazard,land_use"


def scenarios(population: int) -> str:
    """The sample city's three scenarios, scaled to the population of the generated area."""
    base = {"base_population": population, "base_year": 2025, "horizon_year": 2035, "household_size": 3.3}
    arrivals = max(100, int(round(population * 0.02)))
    return json.dumps(
        [
            {
                "name": "Tendencial",
                **base,
                "arrivals_per_year": arrivals,
                "density_dwellings_ha": 45,
                "public_space_share": 0.15,
                "allocation": "trend",
                "trend_noise_m": 100,
            },
            {
                "name": "Planificado compacto",
                **base,
                "arrivals_per_year": arrivals,
                "density_dwellings_ha": 80,
                "public_space_share": 0.35,
                "allocation": "planned",
                "compactness": 0.5,
                "compactness_distance_m": 1000,
            },
            {
                "name": "Planificado llegadas altas",
                **base,
                "arrivals_per_year": 2 * arrivals,
                "density_dwellings_ha": 80,
                "public_space_share": 0.35,
                "allocation": "planned",
                "compactness": 0.5,
                "compactness_distance_m": 1000,
            },
        ],
        ensure_ascii=False,
    )


def out_folder(data: generate.Dataset, algorithm: str) -> Path:
    """The folder holding the outputs of one algorithm at one size (kept: later steps read them)."""
    return data.folder / "out" / algorithm


def suitability_inputs(data: generate.Dataset) -> dict:
    """The housing preset's inputs, as in the suitability tests, at the generator's cell size."""
    return {
        "AOI": data.uri("boundary"),
        "CELL_SIZE": generate.CELL,
        "FACILITIES": data.uri("facilities"),
        "ROADS": data.uri("roads"),
        "SETTLEMENTS": data.uri("settlements"),
        "DEM": data.dem,
        "HAZARDS": data.uri("hazards"),
        "LAND_USE": data.uri("land_use"),
        "WATER": data.uri("water"),
    }


def parameters(algorithm: str, data: generate.Dataset) -> dict:
    """The parameters of one algorithm's run (outputs into its folder)."""
    out = out_folder(data, algorithm)
    prior = {name: out_folder(data, name) for name in ALGORITHMS}
    if algorithm == "settlement_exposure":
        return {
            "SETTLEMENTS": data.uri("settlements"),
            "HAZARDS": data.uri("hazards"),
            "AREAS": data.uri("areas"),
            "OUTPUT": str(out / "exposure.gpkg"),
            "SUMMARY": str(out / "exposure_summary.gpkg"),
        }
    if algorithm == "facility_exposure":
        return {
            "FACILITIES": data.uri("facilities"),
            "HAZARDS": data.uri("hazards"),
            "OUTPUT": str(out / "facility_exposure.gpkg"),
            "SUMMARY": str(out / "facility_exposure_summary.gpkg"),
        }
    if algorithm == "service_access":
        return {
            "DEMAND": data.uri("settlements"),
            "FACILITIES": data.uri("facilities"),
            "METHOD": 1,  # road network
            "ROADS": data.uri("roads"),
            "TRAVEL_MODE": 1,  # by road: speeds and one-way streets
            "COST_UNIT": 1,  # minutes
            "WEIGHTING": 1,  # 2SFCA
            "AREAS": data.uri("areas"),
            "OUTPUT": str(out / "access.gpkg"),
            "FACILITIES_OUTPUT": str(out / "access_facilities.gpkg"),
            "SUMMARY": str(out / "access_summary.gpkg"),
        }
    if algorithm == "ahp_weights":
        return {"MATRIX": AHP_MATRIX, "CRITERIA_NAMES": AHP_NAMES, "OUTPUT": str(out / "ahp.gpkg")}
    if algorithm == "site_suitability":
        return {
            **suitability_inputs(data),
            "OUTPUT": str(out / "suitability.tif"),
            "CLASSIFIED": str(out / "classes.tif"),
        }
    if algorithm == "rank_candidate_sites":
        return {
            "CANDIDATES": data.uri("candidates"),
            "SUITABILITY": str(prior["site_suitability"] / "suitability.tif"),
            "EXPOSURE": str(prior["settlement_exposure"] / "exposure.gpkg"),
            "ACCESS": str(prior["service_access"] / "access.gpkg"),
            "OUTPUT": str(out / "ranked.gpkg"),
        }
    if algorithm == "weight_sensitivity":
        return {
            **suitability_inputs(data),
            "CANDIDATES": data.uri("candidates"),
            "OUTPUT": str(out / "sensitivity.gpkg"),
        }
    if algorithm == "growth_scenarios":
        return {
            "SUITABILITY": str(prior["site_suitability"] / "suitability.tif"),
            "EXISTING_URBAN": data.uri("settlements"),
            "SCENARIOS": scenarios(int(data.manifest["population"])),
            "HAZARDS": data.uri("hazards"),
            "FACILITIES": data.uri("facilities"),
            "OUTPUT_FOLDER": str(out / "scenarios"),
            "SUMMARY": str(out / "scenarios_summary.gpkg"),
        }
    if algorithm == "planning_report":
        return {
            "EXPOSURE": str(prior["settlement_exposure"] / "exposure.gpkg"),
            "EXPOSURE_SUMMARY": str(prior["settlement_exposure"] / "exposure_summary.gpkg"),
            "ACCESS": str(prior["service_access"] / "access.gpkg"),
            "ACCESS_SUMMARY": str(prior["service_access"] / "access_summary.gpkg"),
            "SUITABILITY": str(prior["site_suitability"] / "suitability.tif"),
            "RANKED_PARCELS": str(prior["rank_candidate_sites"] / "ranked.gpkg"),
            "SENSITIVITY": str(prior["weight_sensitivity"] / "sensitivity.gpkg"),
            "SCENARIO_SUMMARY": str(prior["growth_scenarios"] / "scenarios_summary.gpkg"),
            "AREAS": data.uri("areas"),
            "CITY_NAME": "Área metropolitana sintética",
            "OUTPUT_PDF": str(out / "report.pdf"),
            "OUTPUT_HTML": str(out / "report.html"),
        }
    raise ValueError(algorithm)


def describe(data: generate.Dataset) -> str:
    """The data size for the table: the size's name and factor (bench/README.md says what each holds)."""
    from fractions import Fraction

    factor = Fraction(data.factor).limit_denominator(1000)
    return f"scale {generate.label_of(data.factor)} (×{factor})"


def contents(data: generate.Dataset) -> str:
    """What the city of one size holds, in words (printed with the results)."""
    f = data.manifest["features"]
    rows, cols = data.manifest["grid"]

    def n(value: int) -> str:
        return f"{value:,}".replace(",", " ")

    return (
        f"{n(f['settlements'])} blocks, {n(f['hazards'])} hazard zones, {n(f['roads'])} street edges, "
        f"{n(f['facilities'])} facilities, {n(f['candidates'])} parcels, {n(cols)} × {n(rows)} cells"
    )


# ----------------------------------------------------------------------------- child: one run
def run_one(algorithm: str, size: str, seed: int) -> dict:
    """Run one algorithm at one size in this process; returns the measurements."""
    data = generate.ensure(size, seed)
    app = start_qgis()  # noqa: F841 (kept alive)
    import logging

    import processing
    from qgis.core import QgsApplication

    logging.getLogger("migrant_planning").addHandler(logging.NullHandler())
    if QgsApplication.processingRegistry().algorithmById(f"migrant_planning:{algorithm}") is None:
        return {"algorithm": algorithm, "skipped": "not in the registry"}
    out = out_folder(data, algorithm)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    params = parameters(algorithm, data)
    missing = [v for k, v in params.items() if k not in ("OUTPUT_FOLDER",) and _is_missing_input(k, v)]
    if missing:
        return {"algorithm": algorithm, "skipped": f"missing inputs: {', '.join(missing)}"}
    from qgis.core import QgsProcessingFeedback

    class Quiet(QgsProcessingFeedback):
        """Keeps the log out of the benchmark's output."""

        def pushInfo(self, info):
            pass

        def pushDebugInfo(self, info):
            pass

        def pushConsoleInfo(self, info):
            pass

    feedback = Quiet()
    alg_id = f"migrant_planning:{algorithm}"
    result, seconds, peak_mb = measure(lambda: processing.run(alg_id, params, feedback=feedback))
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outputs = {k: str(v) for k, v in (result or {}).items() if isinstance(v, (str, int, float))}
    return {
        "algorithm": algorithm,
        "size": describe(data),
        "contents": contents(data),
        "factor": data.factor,
        "ours_s": round(seconds, 3),
        "ours_peak_mb": round(peak_mb, 1),
        "process_peak_mb": round(max_rss_mb, 1),
        "outputs": outputs,
    }


def _is_missing_input(key: str, value) -> bool:
    """Whether a file input of an earlier step is missing."""
    if not isinstance(value, str) or key.startswith("OUTPUT") or key in ("SUMMARY", "FACILITIES_OUTPUT", "CLASSIFIED"):
        return False
    path = value.split("|", 1)[0]
    return path.endswith((".gpkg", ".tif")) and not os.path.exists(path)


# ----------------------------------------------------------------------------- parent
def _rss_mb(pid: int) -> float:
    """Resident memory of a process (MB), 0 when gone."""
    try:
        return rss_bytes(pid) / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def spawn(algorithm: str, size: str, seed: int, max_gb: float, timeout: float) -> dict:
    """Run one (algorithm, size) in a child process, watching its memory; returns its measurements."""
    command = [sys.executable, str(Path(__file__)), "--child", algorithm, "--size", size, "--seed", str(seed)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.setdefault("XDG_RUNTIME_DIR", tempfile.gettempdir())
    log = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a chatty child cannot block on a full pipe
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    start, peak, killed = time.monotonic(), 0.0, ""
    while child.poll() is None:
        peak = max(peak, _rss_mb(child.pid))
        if peak > max_gb * 1024:
            killed = f"stopped above {max_gb:g} GiB"
        elif time.monotonic() - start > timeout:
            killed = f"stopped after {timeout:g} s"
        if killed:
            child.kill()
            break
        time.sleep(0.05)
    child.wait()
    log.seek(0)
    output = log.read()
    log.close()
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    if lines:
        return json.loads(lines[-1][len("RESULT ") :])
    print("\n".join("      | " + line for line in output.splitlines()[-15:]))
    return {"algorithm": algorithm, "failed": killed or f"exit code {child.returncode}", "watched_peak_mb": peak}


def exponent(points: List[tuple]) -> Optional[float]:
    """Least-squares slope of log(time) against log(size)."""
    points = [(x, y) for x, y in points if x > 0 and y and y > 0]
    if len(points) < 2:
        return None
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def _save(rows: List[dict]) -> None:
    """Record the rows (replacing earlier ones of the same algorithm and size) in workflow order, then size."""
    path = RESULTS / "scale.json"
    if path.exists():
        keys = {(r["algorithm"], r.get("factor")) for r in rows}
        kept = [r for r in json.loads(path.read_text()) if (r["algorithm"], r.get("factor")) not in keys]
        path.write_text(json.dumps(kept, indent=2, ensure_ascii=False))
    for row in rows:
        record("scale", row)
    existing = json.loads(path.read_text())
    order = {name: i for i, name in enumerate(ALGORITHMS)}
    existing.sort(key=lambda r: (order.get(r["algorithm"], 99), r.get("factor", 0)))
    path.write_text(json.dumps(existing, indent=2, ensure_ascii=False))


def _refit(algorithm: str) -> Optional[float]:
    """The exponent over every size recorded for ``algorithm`` (this run's and earlier ones)."""
    path = RESULTS / "scale.json"
    rows = json.loads(path.read_text()) if path.exists() else []
    fitted = exponent([(r["factor"], r["ours_s"]) for r in rows if r["algorithm"] == algorithm and "factor" in r])
    for row in rows:
        if row["algorithm"] == algorithm:
            row["exponent"] = None if fitted is None else round(fitted, 2)
    if rows:
        path.write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    return fitted


def main(argv=None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="all", help="small, medium, large, all (default) or a factor in (0, 1]")
    parser.add_argument("--only", nargs="*", help="algorithms to run (default: all)")
    parser.add_argument("--seed", type=int, default=generate.SEED)
    parser.add_argument("--max-gb", type=float, default=20.0, help="stop a run whose memory goes above this")
    parser.add_argument("--timeout", type=float, default=3600.0, help="stop a run after this many seconds")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print("RESULT " + json.dumps(run_one(args.child, args.size, args.seed), ensure_ascii=False), flush=True)
        return 0
    sizes = list(generate.SIZES) if args.size == "all" else [args.size]
    chosen = args.only or list(ALGORITHMS)
    unknown = [a for a in chosen if a not in ALGORITHMS]
    if unknown:
        parser.error(f"unknown algorithm(s): {', '.join(unknown)}")
    failed = []
    for size in sizes:
        data = generate.ensure(size, args.seed)
        print(f"== {describe(data)}: {contents(data)}", flush=True)
        for algorithm in ALGORITHMS:
            if algorithm not in chosen:
                continue
            for need in NEEDS.get(algorithm, ()):  # earlier steps whose outputs this one reads, unmeasured
                if not out_folder(data, need).exists():
                    print(f"   ({need} first, for its outputs)", flush=True)
                    spawn(need, size, args.seed, args.max_gb, args.timeout)
            row = spawn(algorithm, size, args.seed, args.max_gb, args.timeout)
            if "skipped" in row:
                print(f"{algorithm:>22}: skipped ({row['skipped']})", flush=True)
                continue
            if "failed" in row:
                print(f"{algorithm:>22}: FAILED ({row['failed']}; peak {row['watched_peak_mb']:.0f} MB)", flush=True)
                failed.append(f"{algorithm} [{size}]")
                continue
            print(
                f"{algorithm:>22}: {row['ours_s']:9.2f} s   peak +{row['ours_peak_mb']:7.0f} MB "
                f"(process {row['process_peak_mb']:7.0f} MB)",
                flush=True,
            )
            row.pop("outputs", None)
            row.update({"native_s": None, "native_peak_mb": None, "same": "–"})
            _save([row])
    print("\ntime ~ size^k, least squares on log-log over the sizes recorded:")
    for algorithm in chosen:
        fitted = _refit(algorithm)
        print(f"{algorithm:>22}: k = {'–' if fitted is None else f'{fitted:.2f}'}")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
