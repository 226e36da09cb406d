"""The workshop's exercises run once per test session: the steps of docs/training/ on the sample city.

The settings below are those the training guide tells trainees to use (the guide prints them, and
``test_training_numbers`` checks that it does). :func:`workshop_run` runs each exercise's algorithms through
``processing.run`` exactly as the guide's toolbox steps say, once, and :func:`facts` turns the results into the
figures the guide prints, keyed as in its ``<!-- check: key -->`` comments.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Dict, Union

import pandas as pd

from migrant_planning_plugin.processing import workflow

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data"
GPKG = SAMPLE / "villa_esperanza.gpkg"
DEM = SAMPLE / "villa_esperanza_dem.tif"
OSM = SAMPLE / "villa_esperanza.osm"
SCENARIOS = ROOT / "resources" / "scenarios" / "villa_esperanza.json"

# The settings the guide gives (exercise 3, 4, 5 and 6).
THRESHOLDS = workflow.DEFAULT_THRESHOLDS
CELL_SIZE = 25.0
AHP_MATRIX = workflow.DEFAULT_AHP_MATRIX
CRITERIA = workflow.CRITERIA_ORDER
# Exercise 4's deliberate mistake: 'urban' judged 4 times as important as 'health' (instead of 1/4).
INCONSISTENT_MATRIX = AHP_MATRIX.replace("1,2,3,4,2,1/2,2", "1,2,3,1/4,2,1/2,2", 1).replace(
    "1/4,1/3,1/2,1,1/3,1/5,1/3", "4,1/3,1/2,1,1/3,1/5,1/3", 1
)
# Exercise 7: the municipal total of migrants (the one known figure) and the weight of informal settlements.
MUNICIPAL_TOTAL = "53143"
INFORMAL_WEIGHT = 2.5
SETTINGS: Dict[str, Union[str, float]] = {
    "settings.municipal_total": MUNICIPAL_TOTAL,
    "settings.informal_weight": INFORMAL_WEIGHT,
    "settings.thresholds": THRESHOLDS,
    "settings.cell_size": CELL_SIZE,
    "settings.ahp_matrix": AHP_MATRIX,
    "settings.ahp_inconsistent_matrix": INCONSISTENT_MATRIX,
    "settings.criteria": CRITERIA,
}


def layer(name: str) -> str:
    """OGR uri of a sample-city layer."""
    return f"{GPKG}|layername={name}"


def read_table(path: str) -> pd.DataFrame:
    """The attributes of the single layer of a GeoPackage written by an algorithm."""
    with sqlite3.connect(path.split("|", maxsplit=1)[0]) as connection:
        (name,) = connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name LIMIT 1").fetchone()
        frame = pd.read_sql_query(f'SELECT * FROM "{name}"', connection)
    return frame.drop(columns=[c for c in ("geom", "geometry") if c in frame.columns])


@lru_cache(maxsize=1)
def workshop_run() -> dict:
    """Run the exercises' algorithms once (Processing must be initialised and the provider registered)."""
    import processing

    folder = Path(tempfile.mkdtemp(prefix="workshop_"))
    atexit.register(shutil.rmtree, folder, True)

    def out(name: str) -> str:
        return str(folder / name)

    common = {"HAZARDS": layer("zonas_amenaza")}
    results = {"folder": folder}
    # Exercise 2: who is exposed
    results["exposure"] = processing.run(
        "migrant_planning:settlement_exposure",
        {
            "SETTLEMENTS": layer("asentamientos"),
            **common,
            "AREAS": layer("comunas"),
            "OUTPUT": out("exposure.gpkg"),
            "SUMMARY": out("exposure_summary.gpkg"),
        },
    )
    results["facility_exposure"] = processing.run(
        "migrant_planning:facility_exposure",
        {
            "FACILITIES": layer("equipamientos"),
            **common,
            "OUTPUT": out("facility_exposure.gpkg"),
            "SUMMARY": out("facility_exposure_summary.gpkg"),
        },
    )
    # Exercise 3: who is far from services, in a straight line and then over the roads
    for key, method in (("access", 0), ("access_road", 1)):
        results[key] = processing.run(
            "migrant_planning:service_access",
            {
                "DEMAND": layer("asentamientos"),
                "FACILITIES": layer("equipamientos"),
                "METHOD": method,
                "ROADS": layer("malla_vial"),
                "TRAVEL_MODE": 0,
                "COST_UNIT": 0,
                "THRESHOLDS": THRESHOLDS,
                "WEIGHTING": 1,
                "AREAS": layer("comunas"),
                "OUTPUT": out(f"{key}.gpkg"),
                "FACILITIES_OUTPUT": out(f"{key}_facilities.gpkg"),
                "SUMMARY": out(f"{key}_summary.gpkg"),
            },
        )
    # Exercise 4: AHP weights, a deliberately inconsistent matrix, suitability
    results["ahp"] = processing.run(
        "migrant_planning:ahp_weights",
        {"MATRIX": AHP_MATRIX, "CRITERIA_NAMES": CRITERIA, "OUTPUT": out("ahp.gpkg")},
    )
    results["ahp_inconsistent"] = processing.run(
        "migrant_planning:ahp_weights", {"MATRIX": INCONSISTENT_MATRIX, "CRITERIA_NAMES": CRITERIA}
    )
    model = {
        "AOI": layer("limite_municipal"),
        "CELL_SIZE": CELL_SIZE,
        "FACILITIES": layer("equipamientos"),
        "ROADS": layer("malla_vial"),
        "SETTLEMENTS": layer("asentamientos"),
        "DEM": str(DEM),
        **common,
        "LAND_USE": layer("usos_suelo"),
        "WATER": layer("cuerpos_agua"),
        "AHP_MATRIX": AHP_MATRIX,
    }
    results["suitability"] = processing.run(
        "migrant_planning:site_suitability",
        {**model, "OUTPUT": out("suitability.tif"), "CLASSIFIED": out("suitability_classes.tif")},
    )
    # Exercise 5: rank the parcels, test the weights
    results["ranking"] = processing.run(
        "migrant_planning:rank_candidate_sites",
        {
            "CANDIDATES": layer("predios"),
            "SUITABILITY": results["suitability"]["OUTPUT"],
            "OUTPUT": out("ranked_parcels.gpkg"),
        },
    )
    results["sensitivity"] = processing.run(
        "migrant_planning:weight_sensitivity",
        {**model, "CANDIDATES": layer("predios"), "OUTPUT": out("weight_sensitivity.gpkg")},
    )
    # Exercise 6: growth scenarios and the report
    results["scenarios"] = processing.run(
        "migrant_planning:growth_scenarios",
        {
            "SUITABILITY": results["suitability"]["OUTPUT"],
            "EXISTING_URBAN": layer("asentamientos"),
            "SCENARIOS": str(SCENARIOS),
            **common,
            "FACILITIES": layer("equipamientos"),
            "OUTPUT_FOLDER": out("scenarios"),
            "SUMMARY": out("scenario_summary.gpkg"),
        },
    )
    results["report"] = processing.run(
        "migrant_planning:planning_report",
        {
            "EXPOSURE": results["exposure"]["OUTPUT"],
            "EXPOSURE_SUMMARY": results["exposure"]["SUMMARY"],
            "ACCESS": results["access"]["OUTPUT"],
            "ACCESS_SUMMARY": results["access"]["SUMMARY"],
            "SUITABILITY": results["suitability"]["OUTPUT"],
            "RANKED_PARCELS": results["ranking"]["OUTPUT"],
            "SENSITIVITY": results["sensitivity"]["OUTPUT"],
            "SCENARIO_SUMMARY": results["scenarios"]["SUMMARY"],
            "GROWTH_LAYERS": results["scenarios"]["OUTPUT_LAYERS"],
            "HAZARDS": layer("zonas_amenaza"),
            "FACILITIES": layer("equipamientos"),
            "ACCESS_METHOD": 1,  # straight line and metres, as exercise 3 and the workflow model measure
            "ACCESS_UNIT": 1,
            "AREAS": layer("comunas"),
            "BOUNDARY": layer("limite_municipal"),
            "CITY_NAME": "Villa Esperanza",
            "ACCESS_THRESHOLDS": THRESHOLDS,
            "LANGUAGE": 2,
            "OUTPUT_PDF": out("report.pdf"),
        },
    )
    # Exercise 7: with the data a municipality has (an OpenStreetMap extract, a municipal total of migrants)
    results["osm"] = processing.run(
        "migrant_planning:import_osm",
        {
            "INPUT": str(OSM),
            "AOI": layer("limite_municipal"),
            "ROADS": out("osm_roads.gpkg"),
            "FACILITIES": out("osm_facilities.gpkg"),
        },
    )
    for key, weight in (("estimate_flat", 1.0), ("estimate", INFORMAL_WEIGHT)):
        results[key] = processing.run(
            "migrant_planning:estimate_migrants",
            {
                "INPUT": layer("asentamientos"),
                "TOTALS": MUNICIPAL_TOTAL,
                "INFORMAL_FIELD": "informal",
                "INFORMAL_WEIGHT": weight,
                "TOTALS_SOURCE": "Migración Colombia",
                "OUTPUT": out(f"{key}.gpkg"),
                "SUMMARY": out(f"{key}_summary.gpkg"),
            },
        )
    results["access_osm"] = processing.run(
        "migrant_planning:service_access",
        {
            "DEMAND": results["estimate"]["OUTPUT"],
            "MIGRANTS_FIELD": "migrants_est",
            "FACILITIES": results["osm"]["FACILITIES"],
            "METHOD": 1,
            "ROADS": results["osm"]["ROADS"],
            "TRAVEL_MODE": 0,
            "COST_UNIT": 0,
            "THRESHOLDS": THRESHOLDS,
            "WEIGHTING": 1,
            "AREAS": layer("comunas"),
            "OUTPUT": out("access_osm.gpkg"),
            "SUMMARY": out("access_osm_summary.gpkg"),
        },
    )
    return results


def pdf_pages(path: str) -> int:
    """Number of pages of a PDF written by Qt (page objects are not compressed)."""
    data = Path(path).read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def _slug(text: str) -> str:
    """'primera infancia' -> 'primera_infancia', 'educación' -> 'educacion' (keys of the guide's checks)."""
    from migrant_planning_plugin.core.text import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def data_facts() -> Dict[str, object]:
    """Exercise 1: what the sample city holds, read with OGR (independently of the plugin)."""
    from osgeo import ogr

    source = ogr.Open(str(GPKG))
    facts: Dict[str, object] = {}
    for name in ("asentamientos", "zonas_amenaza", "equipamientos", "malla_vial", "comunas", "predios"):
        facts[f"data.{name}.count"] = source.GetLayerByName(name).GetFeatureCount()
    population = migrants = households = informal = 0
    for feature in source.GetLayerByName("asentamientos"):
        population += feature.GetField("poblacion")
        migrants += feature.GetField("migrantes")
        households += feature.GetField("hogares")
        informal += 1 if feature.GetField("informal") else 0
    facts.update(
        {
            "data.population": population,
            "data.migrants": migrants,
            "data.migrants_pct": 100.0 * migrants / population,
            "data.households": households,
            "data.informal": informal,
        }
    )
    kinds: Dict[str, int] = {}
    for feature in source.GetLayerByName("equipamientos"):
        kinds[_slug(feature.GetField("tipo"))] = kinds.get(_slug(feature.GetField("tipo")), 0) + 1
    facts.update({f"data.equipamientos.{kind}": n for kind, n in kinds.items()})
    parcels: Dict[str, int] = {}
    for feature in source.GetLayerByName("predios"):
        parcels[_slug(feature.GetField("clase_suelo"))] = parcels.get(_slug(feature.GetField("clase_suelo")), 0) + 1
    facts.update({f"data.predios.{kind}": n for kind, n in parcels.items()})
    return facts


@lru_cache(maxsize=1)
def facts() -> Dict[str, object]:
    """Every figure the guide prints, from the workshop run, by check key."""
    run = workshop_run()
    values: Dict[str, object] = dict(SETTINGS)
    values.update(data_facts())

    # exercise 2
    summary = read_table(run["exposure"]["SUMMARY"])
    whole = summary[summary["area_name"] == "ALL"]
    total = float(whole[whole["hazard_type"] == "any"]["population"].sum())
    migrants = float(whole[whole["hazard_type"] == "any"]["migrants"].sum())
    for _, row in whole.iterrows():
        kind = "any" if row["hazard_type"] == "any" else _slug(row["hazard_type"]).split("_")[0]
        key = f"exposure.{kind}.{row['hazard_level']}"
        values[f"{key}.population"] = row["population"]
        values[f"{key}.migrants"] = row["migrants"]
        values[f"{key}.households"] = row["households"]
        values[f"{key}.population_pct"] = 100.0 * row["population"] / total
        values[f"{key}.migrants_pct"] = 100.0 * row["migrants"] / migrants
    any_rows = whole[(whole["hazard_type"] == "any") & (whole["hazard_level"] != "none")]
    values["exposure.any.exposed.population"] = float(any_rows["population"].sum())
    values["exposure.any.exposed.population_pct"] = 100.0 * float(any_rows["population"].sum()) / total
    values["exposure.any.exposed.migrants"] = float(any_rows["migrants"].sum())
    values["exposure.types_alta_sum.population"] = float(
        whole[(whole["hazard_type"] != "any") & (whole["hazard_level"] == "alta")]["population"].sum()
    )
    areas = summary[(summary["area_name"] != "ALL") & (summary["hazard_type"] == "any")]
    alta = areas[areas["hazard_level"] == "alta"].sort_values("population", ascending=False)
    values["exposure.top_area.name"] = alta.iloc[0]["area_name"]
    values["exposure.top_area.alta.population"] = alta.iloc[0]["population"]
    values["exposure.top_area.alta.population_share_pct"] = 100.0 * alta.iloc[0]["population_share"]
    values["exposure.second_area.name"] = alta.iloc[1]["area_name"]
    values["exposure.second_area.alta.population"] = alta.iloc[1]["population"]
    facilities = read_table(run["facility_exposure"]["SUMMARY"])
    rows = facilities[(facilities["facility_type"] == "ALL") & (facilities["hazard_type"] == "any")]
    for _, row in rows.iterrows():
        values[f"facility_exposure.any.{row['hazard_level']}.facilities"] = row["facilities"]
    by_type = facilities[(facilities["facility_type"] != "ALL") & (facilities["hazard_type"] == "any")]
    for _, row in by_type[by_type["hazard_level"] == "alta"].iterrows():
        values[f"facility_exposure.{_slug(row['facility_type'])}.alta.facilities"] = row["facilities"]

    # exercise 3
    for key in ("access", "access_road"):
        prefix = "access.straight" if key == "access" else "access.road"
        table = read_table(run[key]["SUMMARY"])
        for _, row in table[table["area_name"] == "ALL"].iterrows():
            kind = _slug(row["facility_type"])
            values[f"{prefix}.{kind}.covered_pct"] = 100.0 * row["share_covered"]
            values[f"{prefix}.{kind}.migrants_covered_pct"] = 100.0 * row["migrants_covered"] / row["migrants"]
            values[f"{prefix}.{kind}.uncovered"] = row["population"] - row["population_covered"]
            values[f"{prefix}.{kind}.mean_m"] = row["mean_cost"]
        infancy = table[(table["area_name"] != "ALL") & (table["facility_type"] == "primera infancia")]
        lowest = infancy.sort_values("share_covered").iloc[0]
        values[f"{prefix}.primera_infancia.lowest_area.name"] = lowest["area_name"]
        values[f"{prefix}.primera_infancia.lowest_area.covered_pct"] = 100.0 * lowest["share_covered"]
        settlements = read_table(run[key]["OUTPUT"])
        for kind, rows in settlements.groupby("facility_type"):
            values[f"{prefix}.{_slug(kind)}.underserved"] = int(rows["underserved"].astype(bool).sum())
    facilities = read_table(run["access"]["FACILITIES_OUTPUT"])
    busiest = facilities[facilities["facility_type"] == "primera infancia"].sort_values("load").iloc[-1]
    values["access.straight.primera_infancia.max_load"] = busiest["load"]

    # exercise 4
    for name, weight in zip(CRITERIA.split(","), run["ahp"]["WEIGHTS"].split(",")):
        values[f"ahp.weight.{name}"] = float(weight)
        values[f"ahp.weight_pct.{name}"] = 100.0 * float(weight)
    values["ahp.cr"] = run["ahp"]["CR"]
    values["ahp.lambda_max"] = run["ahp"]["LAMBDA_MAX"]
    values["ahp_inconsistent.cr"] = run["ahp_inconsistent"]["CR"]
    from osgeo import gdal

    metadata = gdal.Open(run["suitability"]["OUTPUT"]).GetMetadata()
    for item in metadata["class_area_ha"].split(";"):
        name, area = item.split("=")
        values[f"suitability.area_ha.{_slug(name)}"] = float(area)
    values["suitability.cr"] = float(metadata["ahp_cr"])

    # exercise 5
    ranked = read_table(run["ranking"]["OUTPUT"]).sort_values("rank")
    for position, (_, row) in enumerate(ranked.head(10).iterrows(), start=1):
        values[f"ranking.top{position}.id"] = row["codigo_predio"]
        values[f"ranking.top{position}.suit_mean"] = row["suit_mean"]
        values[f"ranking.top{position}.area_ha"] = row["area_m2"] / 10000.0
        values[f"ranking.top{position}.clase_suelo"] = row["clase_suelo"]
        values[f"ranking.top{position}.share_top2_pct"] = 100.0 * row["share_top2"]
    top10 = ranked.head(10)
    values["ranking.top10.urbano"] = int((top10["clase_suelo"] == "urbano").sum())
    values["ranking.top10_total.area_ha"] = float(top10["area_m2"].sum()) / 10000.0
    values["ranking.excluded_parcels"] = int((ranked["suit_mean"] == 0).sum())
    sensitivity = read_table(run["sensitivity"]["OUTPUT"])
    runs = sensitivity[sensitivity["run"] > 0]
    values["sensitivity.runs"] = len(runs)
    values["sensitivity.spearman_min"] = runs["spearman"].min()
    values["sensitivity.top_kept_min"] = int(runs["top_kept"].min())
    worst = runs.sort_values(["spearman", "top_kept"]).iloc[0]
    values["sensitivity.worst.criterion"] = worst["criterion"]
    values["sensitivity.worst.change_pct"] = worst["change_pct"]

    # exercise 6
    scenarios = read_table(run["scenarios"]["SUMMARY"])
    for name, rows in scenarios.groupby("scenario", sort=False):
        key = f"scenarios.{_slug(name)}"
        people = float(rows["population_added"].sum())
        in_hazard = float(rows["pop_in_hazard_alta"].sum() + rows["pop_in_hazard_media"].sum())
        values[f"{key}.population_added"] = people
        values[f"{key}.first_year"] = int(rows["year"].min())
        values[f"{key}.last_year"] = int(rows["year"].max())
        values[f"{key}.dwellings"] = float(rows["dwellings"].sum())
        values[f"{key}.land_demand_ha"] = float(rows["land_demand_ha"].sum())
        values[f"{key}.land_allocated_ha"] = float(rows["land_allocated_ha"].sum())
        values[f"{key}.alta"] = float(rows["pop_in_hazard_alta"].sum())
        values[f"{key}.media"] = float(rows["pop_in_hazard_media"].sum())
        values[f"{key}.in_hazard"] = in_hazard
        values[f"{key}.in_hazard_pct"] = 100.0 * in_hazard / people
        values[f"{key}.school_seats"] = float(rows["school_seats_needed"].sum())
        values[f"{key}.health_capacity"] = float(rows["health_capacity_needed"].sum())
    for scenario in json.loads(SCENARIOS.read_text(encoding="utf-8")):
        key = f"scenarios.{_slug(scenario['name'])}"
        values[f"{key}.arrivals_per_year"] = scenario["arrivals_per_year"]
        values[f"{key}.density_dwellings_ha"] = scenario["density_dwellings_ha"]
        values[f"{key}.public_space_pct"] = 100.0 * scenario["public_space_share"]
        values[f"{key}.household_size"] = scenario["household_size"]
        values[f"{key}.years"] = f"{scenario['base_year']}-{scenario['horizon_year']}"
    values["scenarios.difference.in_hazard"] = (
        values["scenarios.tendencial.in_hazard"] - values["scenarios.planificado_compacto.in_hazard"]
    )
    values["report.pages"] = pdf_pages(run["report"]["OUTPUT_PDF"])

    # exercise 7
    values.update(own_data_facts(run))
    return values


def osm_facts() -> Dict[str, object]:
    """What the shipped OSM extract holds, read as XML (independently of GDAL and the plugin)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(OSM).getroot()
    elements = [element for element in root if element.tag in ("node", "way")]
    tags = [{t.get("k"): t.get("v") for t in element.findall("tag")} for element in elements]
    return {
        "own.osm.nodes": sum(1 for element in root if element.tag == "node"),
        "own.osm.ways": sum(1 for element in root if element.tag == "way"),
        "own.osm.highway_ways": sum(1 for t in tags if "highway" in t),
        "own.osm.pharmacies": sum(1 for t in tags if t.get("amenity") == "pharmacy"),
    }


def own_data_facts(run: dict) -> Dict[str, object]:
    """Exercise 7: the import, the estimate compared with the counted migrants, access with the estimate."""
    values: Dict[str, object] = dict(osm_facts())
    roads = read_table(run["osm"]["ROADS"])
    values["own.osm.edges"] = len(roads)
    values["own.osm.km"] = float(roads["length_m"].sum()) / 1000.0
    facilities = read_table(run["osm"]["FACILITIES"])
    for kind, rows in facilities.groupby("tipo"):
        values[f"own.osm.facilities.{_slug(kind)}"] = len(rows)
    values["own.osm.facilities.total"] = len(facilities)
    for key in ("estimate_flat", "estimate"):
        table = read_table(run[key]["OUTPUT"])
        informal = table["informal"].astype(bool)
        error = (table["migrants_est"] - table["migrantes"]).abs()
        values[f"own.{key}.informal"] = float(table.loc[informal, "migrants_est"].sum())
        values[f"own.{key}.informal_pct"] = (
            100.0 * float(table.loc[informal, "migrants_est"].sum()) / float(table["migrants_est"].sum())
        )
        values[f"own.{key}.mean_abs_error"] = float(error.mean())
        values[f"own.{key}.total"] = float(table["migrants_est"].sum())
    counted = read_table(run["estimate"]["OUTPUT"])
    informal = counted["informal"].astype(bool)
    values["own.counted.informal"] = float(counted.loc[informal, "migrantes"].sum())
    values["own.counted.informal_pct"] = (
        100.0 * float(counted.loc[informal, "migrantes"].sum()) / float(counted["migrantes"].sum())
    )
    table = read_table(run["access_osm"]["SUMMARY"])
    for _, row in table[table["area_name"] == "ALL"].iterrows():
        kind = _slug(row["facility_type"])
        values[f"own.access.{kind}.covered_pct"] = 100.0 * row["share_covered"]
        values[f"own.access.{kind}.migrants_covered_pct"] = 100.0 * row["migrants_covered"] / row["migrants"]
    return values
