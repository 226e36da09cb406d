"""A generated department of six municipalities (six sample cities, reduced to a 3.5 km x 3 km window each,
side by side, with DANE's MGN field names), the national runs' parameters, and the six single runs of the
workflow model that the national results are checked against."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Dict, Tuple

import pandas as pd
import pytest

from migrant_planning_plugin.qgis_io import national_store
from scripts import sample_department
from tests.conftest import ROOT

ALGORITHM = "migrant_planning:run_for_municipalities"
MODEL = "migrant_planning:migrant_planning_workflow"
WINDOW = (3850.0, 2500.0, 7350.0, 5500.0)
CELL_SIZE = 50.0
SCENARIOS = ROOT / "resources" / "scenarios" / "national_scenarios.json"
QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else shutil.which("qgis_process")
)
needs_qgis_process = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


@pytest.fixture(scope="session")
def department(tmp_path_factory) -> sample_department.Department:
    """Six municipalities of Norte de Santander, generated once per session (read-only: copy before changing)."""
    return sample_department.generate(tmp_path_factory.mktemp("department"), 6, window=WINDOW)


def national_parameters(department, folder: Path, gpkg: str = "", **extra) -> dict:
    """The parameters of a national run on the department (national layers from ``gpkg`` when given)."""
    source = gpkg or department.gpkg

    def layer(role: str) -> str:
        return department.layer(role).replace(department.gpkg, source)

    parameters = {
        "MUNICIPALITIES": layer("municipalities"),
        "SETTLEMENTS": layer("settlements"),
        "HAZARDS": layer("hazards"),
        "FACILITIES": layer("facilities"),
        "ROADS": layer("roads"),
        "LAND_USE": layer("land_use"),
        "CANDIDATES": layer("candidates"),
        "AREAS": layer("areas"),
        "WATER": layer("water"),
        "DEM": department.dem,
        "STEPS": 1,
        "CELL_SIZE": CELL_SIZE,
        "PARALLEL": 2,
        "OUTPUT_FOLDER": str(folder),
        "SUMMARY": str(folder / "national_summary.gpkg"),
        "STATUS": str(folder / "status.gpkg"),
        "CHART": str(folder / "national_summary.png"),
    }
    parameters.update(extra)
    return parameters


def read_table(path: str) -> pd.DataFrame:
    """The attributes of the one table of a GeoPackage (SQLite, independently of the plugin)."""
    with sqlite3.connect(path) as connection:
        (name,) = connection.execute("SELECT table_name FROM gpkg_contents LIMIT 1").fetchone()
        frame = pd.read_sql_query(f'SELECT * FROM "{name}"', connection)
    return frame.drop(columns=[c for c in ("fid", "geom") if c in frame.columns])


def growth_population(base: float, rate: float, years: int):
    """Population added each year by compound growth (the growth scenarios' formula, written out)."""
    return [base * (1 + rate) ** t - base * (1 + rate) ** (t - 1) for t in range(1, years + 1)]


def expected_indicators(department, code: str, folder: Path) -> Dict[Tuple[str, str], float]:
    """The indicators of one municipality computed independently: the workflow model run on its own layers
    (processing.run), then people in 'alta' summed over its settlements, coverage from the access rows of each
    settlement, land demand by the scenario formula, unmet demand summed over the years."""
    import processing

    city = department.city_gpkg(code)
    with sqlite3.connect(city) as connection:
        population = connection.execute("SELECT sum(poblacion) FROM asentamientos").fetchone()[0]
        migrants = connection.execute("SELECT sum(migrantes) FROM asentamientos").fetchone()[0]
    scenarios = json.loads(SCENARIOS.read_text(encoding="utf-8"))
    for scenario in scenarios:
        scenario["base_population"] = float(population)
    folder.mkdir(parents=True, exist_ok=True)
    parameters = {
        "SETTLEMENTS": department.city_layer(code, "settlements"),
        "HAZARDS": department.city_layer(code, "hazards"),
        "FACILITIES": department.city_layer(code, "facilities"),
        "ROADS": department.city_layer(code, "roads"),
        "DEM": department.city_dem(code),
        "LAND_USE": department.city_layer(code, "land_use"),
        "AREAS": department.city_layer(code, "areas"),
        "CANDIDATES": department.city_layer(code, "candidates"),
        "AOI": department.city_layer(code, "boundary"),
        "WATER": department.city_layer(code, "water"),
        "CELL_SIZE": CELL_SIZE,
        "SCENARIOS": json.dumps(scenarios, ensure_ascii=False),
        "CITY_NAME": code,
        "LANGUAGE": 2,
    }
    parameters.update(national_store.destinations(folder, national_store.OUTPUT_NAMES))
    processing.run(MODEL, parameters)

    got: Dict[Tuple[str, str], float] = {("population", ""): float(population), ("migrants", ""): float(migrants)}
    exposure = read_table(str(folder / "exposure.gpkg"))
    for column in exposure.columns:
        found = re.fullmatch(r"(.+)_a_(pop|mig)", column)
        if found:
            key = {"inundacion": "inundación", "movimiento": "movimiento en masa", "avenida": "avenida torrencial"}
            subject = key.get(found.group(1), found.group(1))
            indicator = "pop_alta" if found.group(2) == "pop" else "mig_alta"
            got[(indicator, subject)] = float(exposure[column].sum())
    access = read_table(str(folder / "access.gpkg"))
    for facility_type, rows in access.groupby("facility_type"):
        covered = rows["covered"].astype(bool)
        got[("coverage", facility_type)] = float(rows["population"][covered].sum() / rows["population"].sum())
        got[("coverage_migrants", facility_type)] = float(rows["migrants"][covered].sum() / rows["migrants"].sum())
    summary = read_table(str(folder / "scenario_summary.gpkg"))
    for scenario in scenarios:
        years = scenario["horizon_year"] - scenario["base_year"]
        added = growth_population(scenario["base_population"], scenario["growth_rate"], years)
        hectares = sum(
            p / scenario["household_size"] / scenario["density_dwellings_ha"] / (1 - scenario["public_space_share"])
            for p in added
        )
        got[("land_demand_ha", scenario["name"])] = hectares
        rows = summary[summary["scenario"] == scenario["name"]]
        got[("unmet_demand_ha", scenario["name"])] = float(rows["unmet_demand_ha"].sum())
    return got


@pytest.fixture(scope="session")
def single_runs(department, qgis_app, qgis_processing, tmp_path_factory) -> Dict[str, Dict[Tuple[str, str], float]]:
    """The six municipalities run one by one (the model on each one's own layers), their indicators."""
    from tests.conftest import register_provider

    register_provider()
    root = tmp_path_factory.mktemp("single_runs")
    return {code: expected_indicators(department, code, root / code) for code, _name in department.municipalities}


def national_indicators(summary: pd.DataFrame, code: str) -> Dict[Tuple[str, str], float]:
    """One municipality's rows of a national SUMMARY, by (indicator, subject)."""
    rows = summary[summary["divipola"].astype(str) == code]
    return {(r.indicator, r.subject or ""): float(r.value) for r in rows.itertuples()}


def assert_same_indicators(national: Dict, single: Dict, code: str) -> None:
    """Every indicator of the single run is in the national summary with the same value (1e-9 relative)."""
    for key, value in single.items():
        if key[0] in ("pop_alta", "mig_alta") and key not in national:
            assert value == 0.0, (code, key)  # a hazard type the municipality does not have
            continue
        assert key in national, (code, key, sorted(national))
        assert national[key] == pytest.approx(value, rel=1e-9, abs=1e-6), (code, key)
    extra = {k for k in national if k not in single and k[1] != "any"}
    assert not extra, (code, extra)
