"""Report section 'Growth scenarios': what each scenario costs in land, hazard and services, from the base year to
the horizon (growth_scenarios' SUMMARY), with the comparison chart."""

from __future__ import annotations

import json
from typing import Dict, List, Set, Tuple

import numpy as np
import pandas as pd

from .. import charts
from ..i18n import tr
from ..scenarios import SUMMARY_COLUMNS as SCENARIO_SUMMARY_COLUMNS
from ..scenarios import scenario_totals
from .common import make_table, numeric, require
from .model import NBSP, Chart, Column, KeyFigure, MethodNote, Numbers, Paragraph, ReportInputs, Section, Table
from .section import ReportSection, SectionContent, TableCheck

# At most this many scenarios side by side in one table; more continue in another table.
SCENARIOS_PER_TABLE = 5
SCENARIO_NUMERIC = SCENARIO_SUMMARY_COLUMNS[1:]


def _scenario_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The scenario summary checked and numeric."""
    require(summary, ("scenario", "year", "population_added", "land_demand_ha"), tr("Scenario summary"))
    frame = numeric(summary, SCENARIO_NUMERIC)
    for column in SCENARIO_NUMERIC:
        if column not in frame.columns:
            frame[column] = np.nan
    frame["scenario"] = frame["scenario"].astype(str)
    return frame


def scenario_measures() -> List[Tuple[str, str, str]]:
    """(column, heading, format) of the rows of the scenario comparison."""
    return [
        ("years", tr("Years"), "years"),
        ("population_added", tr("Population added (persons)"), "integer"),
        ("households", tr("Households added"), "integer"),
        ("dwellings", tr("Dwellings needed"), "integer"),
        ("land_demand_ha", tr("Land demand (ha)"), "ha"),
        ("land_allocated_ha", tr("Land allocated (ha)"), "ha"),
        ("unmet_demand_ha", tr("Unmet land demand (ha)"), "ha"),
        ("pop_in_hazard_alta", tr("New population in high hazard (persons)"), "integer"),
        ("pop_in_hazard_media", tr("New population in medium hazard (persons)"), "integer"),
        ("share_in_hazard", tr("Share of the new population in high or medium hazard"), "percent"),
        ("mean_dist_health_m", tr("Mean distance to health (m)"), "integer"),
        ("mean_dist_education_m", tr("Mean distance to education (m)"), "integer"),
        ("school_seats_needed", tr("School seats needed (seats)"), "integer"),
        ("health_capacity_needed", tr("Health capacity needed (capacity units)"), "integer"),
        ("lcrpgr", tr("SDG 11.3.1: land consumption / population growth (mean of the years)"), "ratio"),
    ]


def scenario_tables(summary: pd.DataFrame, numbers: Numbers) -> List[Table]:
    """The scenario comparison: one row per measure, one column per scenario (at most five per table)."""
    totals = scenario_totals(_scenario_frame(summary))
    if totals.empty:
        return []
    tables = []
    chunks = [totals.iloc[i : i + SCENARIOS_PER_TABLE] for i in range(0, len(totals), SCENARIOS_PER_TABLE)]
    for index, chunk in enumerate(chunks):
        columns = [Column("measure", tr("Totals from the first to the horizon year"), "left", 3.2)]
        columns += [Column(f"scenario:{name}", str(name), "right", 1.4) for name in chunk["scenario"]]
        values, cells = [], []
        for column, heading, kind in scenario_measures():
            if column == "years":
                value = [f"{int(a)}-{int(b)}" for a, b in zip(chunk["first_year"], chunk["last_year"])]
                text = [f"{int(a)}\u2013{int(b)}" for a, b in zip(chunk["first_year"], chunk["last_year"])]
            else:
                value = chunk[column].tolist()
                formatter = {
                    "integer": numbers.integer,
                    "ha": lambda v: numbers.number(v, 1),
                    "percent": numbers.percent,
                    "ratio": lambda v: numbers.number(v, 2),
                }[kind]
                text = [formatter(v) for v in value]
            values.append([column, *value])
            cells.append([heading, *text])
        title = (
            tr("Scenario comparison")
            if len(chunks) == 1
            else tr("Scenario comparison ({part} of {parts})").format(part=index + 1, parts=len(chunks))
        )
        note = tr(
            "Sums over the years of each scenario; mean distances are weighted by the land allocated each year; the "
            "SDG 11.3.1 ratio is above 1 when land grows faster than population."
        )
        tables.append(
            make_table(f"scenarios_{index + 1}" if index else "scenarios", title, columns, values, cells, note)
        )
    return tables


def scenario_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and findings: land needed and new residents in hazard zones by scenario."""
    totals = scenario_totals(_scenario_frame(summary))
    if totals.empty:
        return [], []
    figures, findings = [], []
    hazard = totals["pop_in_hazard_alta"] + totals["pop_in_hazard_media"]
    if len(totals) > 1 and hazard.notna().sum() > 1:
        best = int(hazard.idxmin())
        worst = int(hazard.idxmax())
        figures.append(
            KeyFigure(
                numbers.integer(hazard[worst] - hazard[best]),
                tr("fewer new residents in hazard zones with '{best}' than with '{worst}'").format(
                    best=totals.at[best, "scenario"], worst=totals.at[worst, "scenario"]
                ),
            )
        )
    else:
        first = totals.iloc[0]
        figures.append(
            KeyFigure(
                numbers.number(first["land_demand_ha"], 0) + NBSP + "ha",
                tr("of land needed by {year} in the scenario '{scenario}'").format(
                    year=int(first["last_year"]), scenario=first["scenario"]
                ),
            )
        )
    for row in totals.itertuples(index=False):
        text = tr("{scenario}: {demand} ha of land needed by {year}").format(
            scenario=row.scenario, demand=numbers.number(row.land_demand_ha, 1), year=int(row.last_year)
        )
        if not Numbers.missing(row.unmet_demand_ha) and row.unmet_demand_ha > 0:
            text += tr(", of which {unmet} ha cannot be allocated").format(unmet=numbers.number(row.unmet_demand_ha, 1))
        if not Numbers.missing(row.share_in_hazard):
            text += tr("; {share} of the newcomers in high or medium hazard zones").format(
                share=numbers.percent(row.share_in_hazard)
            )
        findings.append(text + ".")
    return figures, findings


def _standards_text(text: str) -> str:
    """A SERVICE_STANDARDS JSON object as 'key value, ...' (kept as written when it is not JSON)."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if isinstance(data, dict):
        return ", ".join(f"{key} {value}" for key, value in data.items())
    return text


class ScenarioSection(ReportSection):
    """Growth scenarios: the comparison tables and chart."""

    key = "scenarios"
    table_checks = {
        "scenarios": TableCheck(
            "SCENARIO_SUMMARY",
            ("scenario", "year", "population_added", "land_demand_ha"),
            SCENARIO_NUMERIC,
            ("population_added", "land_demand_ha"),
        ),
    }

    def build(self, inputs: ReportInputs, numbers: Numbers) -> SectionContent:
        """The section when there is a scenario summary."""
        content = SectionContent()
        if inputs.scenarios is None:
            return content
        tables = scenario_tables(inputs.scenarios, numbers)
        if not tables:
            return content
        blocks = [
            Paragraph(
                tr(
                    "What each way of receiving newcomers costs in land, in people housed in hazard zones and in "
                    "school seats and health capacity, from the base year to the horizon."
                )
            ),
            *tables,
            Chart(
                "scenario_comparison",
                tr("Totals per scenario: land, new residents in hazard zones, service needs."),
            ),
        ]
        content.section = Section("scenarios", tr("Growth scenarios"), blocks)
        content.figures, content.findings = scenario_figures(inputs.scenarios, numbers)
        return content

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """Land, new residents in hazard zones and service needs per scenario."""
        if "scenario_comparison" not in keys or inputs.scenarios is None:
            return {}
        return {"scenario_comparison": charts.scenario_comparison(_scenario_frame(inputs.scenarios))}

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """How the scenarios are computed, and the service standards."""
        if inputs.scenarios is None:
            return []
        text = tr(
            "Population added each year becomes households, dwellings and land (net density and public space "
            "share). Planned growth takes the most suitable free cells, trend growth the cells nearest to informal "
            "settlements; people in new cells of hazard level alta or media are counted. SDG 11.3.1 is the ratio of "
            "the land consumption rate to the population growth rate."
        )
        standards = inputs.service_standards.strip()
        text += " " + (
            tr("Service standards: {standards}.").format(standards=_standards_text(standards))
            if standards
            else tr("Service standards: the defaults (22 % of the newcomers of school age, one seat each).")
        )
        return [MethodNote(tr("Growth scenarios"), text)]
