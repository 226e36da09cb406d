"""Benchmark: ``run_for_municipalities`` on a generated department of 50 municipalities, with 1 and 2 worker
processes, from GeoPackage and from PostGIS; against QGIS's batch way (the workflow model run for one
municipality after the other in one process, on the same municipalities' own layers).

Data: ``scripts/sample_department.py`` with 50 sample cities (about 21 000 settlements, 2 400 hazard zones,
120 000 road edges, 50 DEM tiles in a VRT), written once into ``bench/.data/national-<n>/``. "GeoPackage": the
national layers in the department's GeoPackage and every municipality's results in its own folder. "PostGIS": the
national layers loaded into a throw-away PostgreSQL + PostGIS (``scripts/postgis_server.py``, schema
``nacional``, by the administrator with GDAL, as ogr2ogr would) and every municipality's tables in its own schema
(``mpio_<code>``; rasters and reports in a folder). Each national run starts from an empty output folder and
database. Native: ``processing.run`` of the model on each ``cities/<code>.gpkg`` in turn.

Recorded: wall time of each run, the speed-up of 2 workers over 1, the peak memory of each worker (sampled by the
run itself, the largest over the municipalities) and of this process (the coordinator: reading and sharing out
the national layers). Same answer: every national SUMMARY equals the others and the indicators of the batch runs
(to 1e-9 relative).

Usage: ``python bench/national/run.py [--size N] [--workers 1,2] [--storage gpkg,postgis] [--steps whole|summary]
[--no-native]`` (default: 50 municipalities, the whole workflow).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import measure, record, start_qgis  # noqa: E402
from scripts import postgis_server, sample_department  # noqa: E402

DATA = ROOT / "bench" / ".data"
WORK = ROOT / "build" / "bench-national"
SERVER_DIR = ROOT / "build" / "postgis-bench-national"
ALGORITHM = "migrant_planning:run_for_municipalities"
MODEL = "migrant_planning:migrant_planning_workflow"
STEPS = {"whole": 0, "summary": 1}
LAYERS = ("municipalities", "settlements", "hazards", "facilities", "roads", "land_use", "candidates", "areas", "water")


def department(count: int) -> sample_department.Department:
    """The generated department, written once."""
    folder = DATA / f"national-{count}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        return sample_department.Department(
            folder, tuple(tuple(m) for m in json.loads(manifest.read_text())["municipalities"])
        )
    print(f"generating {count} municipalities into {folder} ...", flush=True)
    return sample_department.generate(folder, count)


def sizes(data: sample_department.Department) -> dict:
    """Feature counts of the national layers."""
    counts = json.loads((data.folder / "manifest.json").read_text())["counts"]
    return {role: sum(c[role] for c in counts) for role in ("settlements", "hazards", "roads", "facilities")}


def load_postgis(server, data) -> dict:
    """The national layers in schema ``nacional`` (loaded by the administrator with GDAL); their layer values."""
    from osgeo import gdal

    gdal.UseExceptions()
    server.psql(f'CREATE SCHEMA IF NOT EXISTS nacional AUTHORIZATION "{server.user}"')
    values = {}
    for role in LAYERS:
        name = data.layer(role).split("layername=")[1]
        gdal.VectorTranslate(
            "PG:" + server.conninfo(user=server.admin),
            data.gpkg,
            layers=[name],
            accessMode="overwrite",
            layerCreationOptions=["SCHEMA=nacional", "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=GIST"],
        )
        server.psql(f'ANALYZE nacional.{name}; ALTER TABLE nacional.{name} OWNER TO "{server.user}"')
        values[role] = "postgres://" + server.qgis_uri("nacional", name, key="fid")
    return values


def parameters(data, layers: dict, out: Path, workers: int, steps: int, database: str = "") -> dict:
    """The national run's parameters."""
    values = {
        "MUNICIPALITIES": layers["municipalities"],
        "SETTLEMENTS": layers["settlements"],
        "HAZARDS": layers["hazards"],
        "FACILITIES": layers["facilities"],
        "ROADS": layers["roads"],
        "LAND_USE": layers["land_use"],
        "CANDIDATES": layers["candidates"],
        "AREAS": layers["areas"],
        "WATER": layers["water"],
        "DEM": data.dem,
        "STEPS": steps,
        "PARALLEL": workers,
        "OUTPUT_FOLDER": str(out),
        "SUMMARY": str(out / "national_summary.csv"),
        "STATUS": str(out / "status.csv"),
        "CHART": str(out / "national_summary.png"),
    }
    if database:
        values["DATABASE"] = database
    return values


def native_batch(data, out: Path, steps: int):
    """QGIS's batch way: the model (or its summary steps) for each municipality in turn, in this process; the
    national SUMMARY built from their SUMMARY tables."""
    import pandas as pd
    import processing

    from migrant_planning_plugin.core import national
    from migrant_planning_plugin.processing import workflow
    from migrant_planning_plugin.processing.algorithms.run_for_municipalities import REPORT_STEPS, summary_variant
    from migrant_planning_plugin.qgis_io import national_store

    out.mkdir(parents=True, exist_ok=True)
    model = MODEL
    if steps != 0:
        from qgis.core import QgsProcessingModelAlgorithm

        model = QgsProcessingModelAlgorithm()
        model.fromFile(summary_variant(out))
    template = json.loads((ROOT / "resources" / "scenarios" / "national_scenarios.json").read_text(encoding="utf-8"))
    finished = []
    for code, name in data.municipalities:
        folder = out / code
        folder.mkdir(parents=True)
        with sqlite3.connect(data.city_gpkg(code)) as connection:
            population = connection.execute("SELECT sum(poblacion) FROM asentamientos").fetchone()[0]
        scenarios = [dict(s, base_population=float(population)) for s in template]
        values = {
            "SETTLEMENTS": data.city_layer(code, "settlements"),
            "HAZARDS": data.city_layer(code, "hazards"),
            "FACILITIES": data.city_layer(code, "facilities"),
            "ROADS": data.city_layer(code, "roads"),
            "DEM": data.city_dem(code),
            "LAND_USE": data.city_layer(code, "land_use"),
            "AREAS": data.city_layer(code, "areas"),
            "AOI": data.city_layer(code, "boundary"),
            "WATER": data.city_layer(code, "water"),
            "SCENARIOS": json.dumps(scenarios, ensure_ascii=False),
            "AHP_MATRIX": workflow.DEFAULT_AHP_MATRIX,  # the defaults of the national run
            "THRESHOLDS": workflow.DEFAULT_THRESHOLDS,
            "CELL_SIZE": 25.0,
            "DISTANCE_METHOD": 0,
            "SEED": 1,
        }
        outputs = [n for n in national_store.OUTPUT_NAMES if steps == 0 or n.split(":")[0] not in REPORT_STEPS]
        if steps == 0:
            values.update({"CANDIDATES": data.city_layer(code, "candidates"), "CITY_NAME": name, "LANGUAGE": 0})
        values.update(national_store.destinations(folder, outputs))
        processing.run(model, values)
        table = national.indicators(
            read_table(folder / "exposure_summary.gpkg"),
            read_table(folder / "access_summary.gpkg"),
            read_table(folder / "scenario_summary.gpkg"),
        )
        finished.append((code, name.upper(), national.records(table)))
    return pd.DataFrame(national.national_summary(finished))


def read_table(path: Path):
    """The attributes of the one table of a GeoPackage written by an algorithm."""
    import pandas as pd

    with sqlite3.connect(path) as connection:
        (name,) = connection.execute("SELECT table_name FROM gpkg_contents LIMIT 1").fetchone()
        return pd.read_sql_query(f'SELECT * FROM "{name}"', connection)


def same(a, b) -> bool:
    """Two national SUMMARY tables equal (values to 1e-9 relative)."""
    import numpy as np

    if len(a) != len(b):
        return False
    keys = ["divipola", "indicator", "subject"]
    a = a.assign(subject=a["subject"].fillna("")).sort_values(keys).reset_index(drop=True)
    b = b.assign(subject=b["subject"].fillna("")).sort_values(keys).reset_index(drop=True)
    if not (a[keys].astype(str).values == b[keys].astype(str).values).all():
        return False
    return bool(np.allclose(a["value"].astype(float), b["value"].astype(float), rtol=1e-9, atol=1e-6, equal_nan=True))


def main(argv=None) -> int:
    """Generate, run every combination, compare, record and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50, help="municipalities (default 50)")
    parser.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    parser.add_argument("--storage", default="gpkg,postgis", help="gpkg and/or postgis (default both)")
    parser.add_argument("--steps", default="whole", choices=sorted(STEPS), help="the whole workflow (default)")
    parser.add_argument("--no-native", action="store_true", help="skip QGIS's batch way")
    args = parser.parse_args(argv)
    import pandas as pd

    data = department(args.size)
    counts = sizes(data)
    label = (
        f"{args.size} municipalities: {counts['settlements']:,} settlements, {counts['hazards']:,} hazard zones, "
        f"{counts['roads']:,} road edges ({args.steps} workflow)"
    ).replace(",", " ")
    print(label, flush=True)
    app = start_qgis()  # noqa: F841 (kept alive)
    import processing

    from migrant_planning_plugin.core import i18n

    i18n.set_translator(None)
    steps = STEPS[args.steps]
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    rows, summaries = [], {}
    native = None
    if not args.no_native:
        result, seconds, peak = measure(lambda: native_batch(data, WORK / "native", steps))
        summaries["native"] = result
        native = seconds
        print(f"native batch: {seconds:.1f} s, peak +{peak:.0f} MB", flush=True)
    server = None
    try:
        for storage in args.storage.split(","):
            layers = {role: data.layer(role) for role in LAYERS}
            for workers in (int(w) for w in args.workers.split(",")):
                database = ""
                if storage == "postgis":
                    postgis_server.stop(SERVER_DIR)
                    server = postgis_server.start(SERVER_DIR)  # a fresh database each run
                    layers = load_postgis(server, data)
                    database = "postgres://" + server.conninfo()
                out = WORK / f"{storage}-{workers}"
                values = parameters(data, layers, out, workers, steps, database)
                started = time.perf_counter()
                results, seconds, peak = measure(lambda values=values: processing.run(ALGORITHM, values))
                status = pd.read_csv(out / "status.csv", dtype={"divipola": str})
                summaries[(storage, workers)] = pd.read_csv(out / "national_summary.csv", dtype={"divipola": str})
                row = {
                    "storage": storage,
                    "workers": workers,
                    "seconds": seconds,
                    "finished": int(results["FINISHED"]),
                    "failed": int(results["FAILED"]),
                    "worker_peak_mb": float(status["peak_mb"].max()),
                    "worker_mean_mb": float(status["peak_mb"].mean()),
                    "per_municipality_s": float(status["seconds"].mean()),
                    "coordinator_peak_mb": peak,
                }
                rows.append(row)
                print(json.dumps(row), f"(wall {time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        if server is not None:
            postgis_server.stop(SERVER_DIR)
    reference = summaries.get("native", next(iter(summaries.values())))
    agree = all(same(reference, s) for s in summaries.values())
    print(f"same answer in every run: {agree}")
    one = {r["storage"]: r["seconds"] for r in rows if r["workers"] == 1}
    print(
        "\n| storage | workers | time (s) | speed-up over 1 worker | per municipality (s) | worker peak (MB) | "
        "coordinator peak (MB) |\n|---|---:|---:|---:|---:|---:|---:|"
    )
    for r in rows:
        speed = one.get(r["storage"], 0) / r["seconds"] if one.get(r["storage"]) else float("nan")
        print(
            f"| {r['storage']} | {r['workers']} | {r['seconds']:.0f} | {speed:.2f}× | {r['per_municipality_s']:.1f} | "
            f"{r['worker_peak_mb']:.0f} | {r['coordinator_peak_mb']:.0f} |"
        )
        record(
            "national",
            {
                "algorithm": f"run_for_municipalities, {'GeoPackage' if r['storage'] == 'gpkg' else 'PostGIS'}, "
                f"{r['workers']} worker{'s' if r['workers'] > 1 else ''}",
                "size": label,
                "ours_s": r["seconds"],
                "native_s": native,
                "ours_peak_mb": r["worker_peak_mb"],
                "native_peak_mb": None,
                "same": agree,
            },
        )
    if native:
        print(f"\nnative batch (one process, one municipality after the other): {native:.0f} s")
    return 0 if agree and all(r["failed"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
