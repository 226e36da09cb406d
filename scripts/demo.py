#!/usr/bin/env python3
"""`make demo`: run the whole workflow headless on the sample city through qgis_process and print a summary.

The staged plugin (build/migrant_planning_plugin) is installed into a private QGIS profile under the output
folder, so the user's own QGIS profile is never touched. Two runs of qgis_process: load_sample_city writes the
sample city into OUT/data, then the model migrant_planning:migrant_planning_workflow runs the whole chain
(exposure, access, AHP, suitability, ranking, sensitivity, growth scenarios, report) on it. The charts are drawn
from the summary tables with core/charts.py, and the summary is read back from the written files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "migrant_planning_plugin"
MODEL = "migrant_planning:migrant_planning_workflow"
LANGUAGES = {"qgis": 0, "es": 1, "en": 2}
# Model outputs and where the demo writes them (relative to the output folder).
OUTPUTS = {
    "exposure:OUTPUT": "exposure.gpkg",
    "exposure:SUMMARY": "exposure_summary.gpkg",
    "access:OUTPUT": "access.gpkg",
    "access:SUMMARY": "access_summary.gpkg",
    "ahp:OUTPUT": "ahp_weights.gpkg",
    "suitability:OUTPUT": "suitability.tif",
    "suitability:CLASSIFIED": "suitability_classes.tif",
    "ranking:OUTPUT": "ranked_parcels.gpkg",
    "sensitivity:OUTPUT": "weight_sensitivity.gpkg",
    "scenarios:OUTPUT_FOLDER": "scenarios",
    "scenarios:SUMMARY": "scenario_summary.gpkg",
    "report:OUTPUT_PDF": "report.pdf",
}


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
    """Run one algorithm (or model) with qgis_process --json; return its results."""
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


def model_parameters(results: dict, out: Path, city: str, language: str) -> Dict[str, str]:
    """The model's inputs (the layers load_sample_city wrote) and its outputs under ``out``."""
    parameters = {
        "SETTLEMENTS": results["SETTLEMENTS"],
        "HAZARDS": results["HAZARDS"],
        "FACILITIES": results["FACILITIES"],
        "ROADS": results["ROADS"],
        "DEM": results["DEM"],
        "LAND_USE": results["LAND_USE"],
        "AREAS": results["AREAS"],
        "CANDIDATES": results["CANDIDATES"],
        "AOI": results["BOUNDARY"],
        "WATER": results["WATER"],
        "CITY_NAME": city,
        "LANGUAGE": LANGUAGES[language],
    }
    parameters.update({name: out / path for name, path in OUTPUTS.items()})
    return parameters


# ------------------------------------------------------------------------------------------------ reading back
def read_table(path: Path):
    """The attribute table of the (single) layer of a GeoPackage, as a pandas DataFrame."""
    import pandas as pd

    with sqlite3.connect(str(path)) as connection:
        (name,) = connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name LIMIT 1").fetchone()
        frame = pd.read_sql_query(f'SELECT * FROM "{name}"', connection)
    return frame.drop(columns=[c for c in ("geom", "geometry", "fid") if c in frame.columns])


def tables(out: Path) -> dict:
    """The summary tables of a demo run."""
    return {
        "exposure": read_table(out / OUTPUTS["exposure:SUMMARY"]),
        "access": read_table(out / OUTPUTS["access:SUMMARY"]),
        "ranked": read_table(out / OUTPUTS["ranking:OUTPUT"]),
        "sensitivity": read_table(out / OUTPUTS["sensitivity:OUTPUT"]),
        "scenarios": read_table(out / OUTPUTS["scenarios:SUMMARY"]),
    }


def write_charts(data: dict, folder: Path) -> List[Path]:
    """The dock's and report's charts of the summaries, as PNG files."""
    sys.path.insert(0, str(ROOT))
    from migrant_planning_plugin.core import charts

    folder.mkdir(parents=True, exist_ok=True)
    figures = {
        "exposure_by_area.png": charts.exposure_by_area(data["exposure"]),
        "migrants_exposed_by_area.png": charts.exposure_by_area(data["exposure"], measure="migrants"),
        "coverage_by_type.png": charts.coverage_by_type(data["access"]),
        "scenario_comparison.png": charts.scenario_comparison(data["scenarios"]),
    }
    return [Path(charts.save_png(figure, str(folder / name))) for name, figure in figures.items()]


def render_report_pages(pdf: Path, folder: Path, pages: int = 2) -> List[Path]:
    """PNG pictures of the first pages of the report (needs pdftoppm from poppler-utils; none without it)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    prefix = folder / "report_page"
    subprocess.run([tool, "-png", "-r", "80", "-f", "1", "-l", str(pages), str(pdf), str(prefix)], check=True)
    return sorted(folder.glob("report_page*.png"))


def _n(value: float) -> str:
    """12 345 (thousands grouped by a space, as in Colombian documents)."""
    return f"{value:,.0f}".replace(",", " ")


def summary_lines(data: dict) -> List[str]:
    """The short summary the demo prints."""
    lines = []
    exposure = data["exposure"]
    whole = exposure[exposure["area_name"] == "ALL"]
    total = whole[(whole["hazard_type"] == "any")]["population"].sum()
    migrants_total = whole[(whole["hazard_type"] == "any")]["migrants"].sum()
    lines.append(f"Population {_n(total)}, migrants {_n(migrants_total)}.")
    lines.append("People and migrants in HIGH hazard zones (alta), by hazard type:")
    high = whole[whole["hazard_level"] == "alta"]
    types = [t for t in high["hazard_type"].tolist() if t != "any"] + ["any"]
    for kind in types:
        row = high[high["hazard_type"] == kind].iloc[0]
        label = "any hazard" if kind == "any" else kind
        lines.append(
            f"  {label:<20} {_n(row['population']):>7} people ({row['population'] / total:5.1%})"
            f"   {_n(row['migrants']):>6} migrants ({row['migrants'] / migrants_total:5.1%})"
        )
    access = data["access"]
    lines.append("Coverage within the threshold, by facility type:")
    for _, row in access[access["area_name"] == "ALL"].sort_values("facility_type").iterrows():
        share_migrants = row["migrants_covered"] / row["migrants"] if row["migrants"] else float("nan")
        lines.append(
            f"  {row['facility_type']:<20} {row['share_covered']:6.1%} of the population, "
            f"{share_migrants:6.1%} of migrants; mean distance {row['mean_cost']:,.0f} m"
        )
    ranked = data["ranked"].sort_values("rank").head(5)
    lines.append("Top 5 candidate parcels (mean suitability 0-1):")
    id_field = "codigo_predio" if "codigo_predio" in ranked.columns else ranked.columns[0]
    land = "clase_suelo" if "clase_suelo" in ranked.columns else None
    for _, row in ranked.iterrows():
        extra = f", {row[land]}" if land else ""
        lines.append(
            f"  {int(row['rank'])}. {row[id_field]}  {row['suit_mean']:.3f}  ({row['area_m2'] / 10000:.1f} ha{extra})"
        )
    runs = data["sensitivity"]
    runs = runs[runs["run"] > 0]
    if len(runs):
        lines.append(
            f"Weight sensitivity: Spearman {runs['spearman'].min():.3f} at worst; at least "
            f"{int(runs['top_kept'].min())} of the top {int(runs['top_n'].iloc[0])} kept."
        )
    scenarios = data["scenarios"]
    lines.append("Growth scenarios (totals to the horizon year):")
    totals = scenarios.groupby("scenario", sort=False).agg(
        first=("year", "min"),
        last=("year", "max"),
        people=("population_added", "sum"),
        demand=("land_demand_ha", "sum"),
        unmet=("unmet_demand_ha", "sum"),
        alta=("pop_in_hazard_alta", "sum"),
        media=("pop_in_hazard_media", "sum"),
    )
    for name, row in totals.iterrows():
        in_hazard = row["alta"] + row["media"]
        lines.append(
            f"  {name:<27} {int(row['first'])}-{int(row['last'])}: {_n(row['people']):>7} new residents, "
            f"land demand {row['demand']:4.0f} ha (unmet {row['unmet']:.0f} ha),"
        )
        lines.append(
            f"  {'':<27} in hazard zones {_n(in_hazard):>6} ({in_hazard / row['people']:.0%}; "
            f"alta {_n(row['alta'])}, media {_n(row['media'])})"
        )
    return lines


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "out" / "demo"), help="output folder")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="es", help="language of the report")
    parser.add_argument("--city", default="Villa Esperanza", help="city name on the report")
    args = parser.parse_args()
    started = time.perf_counter()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not (STAGE / "metadata.txt").exists():
        sys.exit("build/migrant_planning_plugin is missing: run make package first")
    env = prepare_profile(out)
    print(f"Migrant Integration Planner demo -> {out}")
    sample = run_algorithm(env, "migrant_planning:load_sample_city", {"OUTPUT": out / "data", "LOAD": "false"})
    run_algorithm(env, MODEL, model_parameters(sample, out, args.city, args.language))
    data = tables(out)
    charts = write_charts(data, out / "charts")
    pages = render_report_pages(out / OUTPUTS["report:OUTPUT_PDF"], out / "report_pages")
    elapsed = time.perf_counter() - started
    print()
    print(f"Villa Esperanza (sample city), model {MODEL}:")
    print("\n".join(summary_lines(data)))
    print()
    print(f"Outputs in {out}: GeoPackages, GeoTIFFs (suitability, scenarios/), report.pdf,")
    pictures = f", {len(pages)} report pages in report_pages/" if pages else ""
    print(f"{len(charts)} charts in charts/{pictures}.")
    print(f"Done in {elapsed:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
