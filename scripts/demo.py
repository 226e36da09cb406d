#!/usr/bin/env python3
"""`make demo`: run the workflow headless on the sample city through qgis_process and print a summary.

The staged plugin (build/migrant_planning_plugin) is installed into a private QGIS profile under
the output folder, so the user's own QGIS profile is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "migrant_planning_plugin"


def qgis_process_path() -> str:
    """The qgis_process executable (Debian's wrapper script fails; use the .bin)."""
    configured = os.environ.get("QGIS_PROCESS")
    if configured and shutil.which(configured):
        return shutil.which(configured)
    if os.path.exists("/usr/bin/qgis_process.bin"):
        return "/usr/bin/qgis_process.bin"
    found = shutil.which("qgis_process")
    if not found:
        sys.exit("qgis_process not found: install QGIS (make deps)")
    return found


def prepare_profile(out: Path) -> dict:
    """A private QGIS profile with the staged plugin enabled; returns the environment for qgis_process."""
    root = out / ".qgis-profile"
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "migrant_planning_plugin"
    if link.is_symlink() or link.exists():
        link.unlink() if link.is_symlink() else shutil.rmtree(link)
    link.symlink_to(STAGE, target_is_directory=True)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nmigrant_planning_plugin=true\n")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(root)
    site = os.environ.get("VENV_SITE")
    if not site:
        import sysconfig

        site = sysconfig.get_paths()["purelib"]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH", "")) if p)
    return env


def run_algorithm(env: dict, algorithm: str, parameters: dict) -> dict:
    """Run one algorithm with qgis_process --json; return its results."""
    args = [qgis_process_path(), "--json", "run", algorithm, "--"]
    args += [f"{key}={value}" for key, value in parameters.items()]
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        sys.exit(f"{algorithm} failed (exit {done.returncode})")
    payload = json.loads(done.stdout[done.stdout.index("{") :])
    print(f"  {algorithm}: {time.perf_counter() - started:.1f} s")
    return payload.get("results", {})


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "out" / "demo"), help="output folder")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not (STAGE / "metadata.txt").exists():
        sys.exit("build/migrant_planning_plugin is missing: run make package first")
    env = prepare_profile(out)
    print(f"Migrant Integration Planner demo -> {out}")
    results = run_algorithm(env, "migrant_planning:load_sample_city", {"OUTPUT": out / "data", "LOAD": "false"})
    print_sample_summary(results)
    return 0


def print_sample_summary(results: dict) -> None:
    """What the sample city holds, read back from the written GeoPackage."""
    sys.path.insert(0, str(ROOT))
    from osgeo import ogr

    gpkg = results["GEOPACKAGE"]
    source = ogr.Open(gpkg)
    print(f"\nSample city Villa Esperanza written to {gpkg} and {results['DEM']}:")
    for index in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(index)
        print(f"  {layer.GetName():<18} {layer.GetFeatureCount():>6} features")
    settlements = source.GetLayerByName("asentamientos")
    population = migrants = informal = 0
    for feature in settlements:
        population += feature.GetField("poblacion")
        migrants += feature.GetField("migrantes")
        informal += 1 if feature.GetField("informal") else 0
    print(
        f"  population {population:,}, migrants {migrants:,} ({migrants / population:.1%}), "
        f"{informal} informal settlements of {settlements.GetFeatureCount()}"
    )


if __name__ == "__main__":
    sys.exit(main())
