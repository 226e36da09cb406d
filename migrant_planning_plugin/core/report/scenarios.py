"""Report section 'Growth scenarios': what each scenario costs in land, hazard and services, from the base year to
the horizon (growth_scenarios' SUMMARY), with the comparison chart."""

from __future__ import annotations

from typing import Dict, List, Set, Tuple

import numpy as np
import pandas as pd

from .. import charts
from ..i18n import tr
from ..scenarios import SUMMARY_COLUMNS as SCENARIO_SUMMARY_COLUMNS
from ..scenarios import ServiceStandards, parse_service_standards, scenario_totals
from . import standards
from .common import join_names, make_table, numeric, require, same_shown
from .model import (
    Block,
    Chart,
    Column,
    KeyFigure,
    MapSlot,
    MethodNote,
    Numbers,
    PageBreak,
    Paragraph,
    ReportInputs,
    Section,
    Table,
)
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
    """(column, heading with its unit, format) of the rows of the scenario comparison."""
    return [
        ("years", tr("Years"), "years"),
        ("population_added", tr("New residents (persons)"), "integer"),
        ("households", tr("New households (households)"), "integer"),
        ("dwellings", tr("Dwellings needed (dwellings)"), "integer"),
        ("land_demand_ha", tr("Land needed (ha)"), "ha"),
        ("land_allocated_ha", tr("Land allocated (ha)"), "ha"),
        ("unmet_demand_ha", tr("Land needed but not available (ha)"), "ha"),
        ("pop_in_hazard_alta", tr("New residents in high hazard zones (persons)"), "integer"),
        ("pop_in_hazard_media", tr("New residents in medium hazard zones (persons)"), "integer"),
        ("pop_in_hazard", tr("New residents in high or medium hazard zones (persons)"), "integer"),
        ("share_in_hazard", tr("Share of the new residents in high or medium hazard zones (%)"), "percent"),
        ("mean_dist_health_m", tr("Mean distance from new homes to health facilities (m)"), "integer"),
        ("mean_dist_education_m", tr("Mean distance from new homes to education facilities (m)"), "integer"),
        ("school_seats_needed", tr("School places needed (places)"), "integer"),
        (standards.TEACHERS.key, tr("Teachers needed (teachers)"), "integer"),
        (standards.EARLY_CHILDHOOD.key, tr("Early-childhood places needed (places, assumption)"), "integer"),
        (standards.BEDS.key, tr("Hospital beds to keep the national average (beds)"), "integer"),
        (
            "lcrpgr",
            tr("SDG 11.3.1: land consumption rate / population growth rate (ratio, mean of the years)"),
            "ratio",
        ),
    ]


def scenario_results(summary: pd.DataFrame) -> pd.DataFrame:
    """Totals per scenario (:func:`..scenarios.scenario_totals`) with the needs in real units (beds, teachers,
    early-childhood places) and the new residents in high or medium hazard zones."""
    totals = scenario_totals(_scenario_frame(summary))
    totals["pop_in_hazard"] = totals["pop_in_hazard_alta"] + totals["pop_in_hazard_media"]
    totals[standards.BEDS.key] = standards.beds(totals["population_added"])
    totals[standards.TEACHERS.key] = standards.teachers(totals["school_seats_needed"])
    totals[standards.EARLY_CHILDHOOD.key] = standards.early_childhood_places(totals["population_added"])
    return totals


def scenario_tables(summary: pd.DataFrame, numbers: Numbers) -> List[Table]:
    """The scenario comparison: one row per measure, one column per scenario (at most five per table)."""
    totals = scenario_results(summary)
    if totals.empty:
        return []
    tables = []
    chunks = [totals.iloc[i : i + SCENARIOS_PER_TABLE] for i in range(0, len(totals), SCENARIOS_PER_TABLE)]
    for index, chunk in enumerate(chunks):
        columns = [Column("measure", tr("Totals from the first to the horizon year"), "left", 3.4)]
        columns += [Column(f"scenario:{name}", str(name), "right", 1.3) for name in chunk["scenario"]]
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
            "SDG 11.3.1 ratio is above 1 when land grows faster than population. Teachers, early-childhood places "
            "and beds follow the ratios on the method page."
        )
        tables.append(
            make_table(f"scenarios_{index + 1}" if index else "scenarios", title, columns, values, cells, note)
        )
    return tables


def scenario_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and findings: new residents in hazard zones (the scenarios that put fewest and most there, all
    of them on a tie) and the land each needs; the same numbers as the comparison table."""
    totals = scenario_results(summary)
    if totals.empty:
        return [], []
    figures, findings = [], []
    hazard = totals["pop_in_hazard"]
    names = totals["scenario"].astype(str).tolist()
    if len(totals) > 1 and hazard.notna().sum() > 1:
        fewest, most = hazard.min(), hazard.max()
        best = [names[i] for i in same_shown(hazard.tolist(), fewest, numbers, 0)]
        worst = [names[i] for i in same_shown(hazard.tolist(), most, numbers, 0)]
        if numbers.integer(fewest) == numbers.integer(most):
            figures.append(
                KeyFigure(
                    numbers.integer(most),
                    tr("new residents in high or medium hazard zones in every scenario (no difference)"),
                )
            )
        else:
            figures.append(
                KeyFigure(
                    numbers.integer(most - fewest),
                    tr(
                        "fewer new residents in high or medium hazard zones with {best} ({fewest}) than with "
                        "{worst} ({most})"
                    ).format(
                        best=join_names([f"\u00ab{n}\u00bb" for n in best]),
                        worst=join_names([f"\u00ab{n}\u00bb" for n in worst]),
                        fewest=numbers.integer(fewest),
                        most=numbers.integer(most),
                    ),
                )
            )
    else:
        first = totals.iloc[0]
        figures.append(
            KeyFigure(
                numbers.measure(first["land_demand_ha"], "ha", 0),
                tr("of land needed by {year} in the scenario «{scenario}»").format(
                    year=int(first["last_year"]), scenario=first["scenario"]
                ),
            )
        )
    for row in totals.itertuples(index=False):
        text = tr("{scenario}: {demand} ha of land needed by {year}").format(
            scenario=row.scenario, demand=numbers.number(row.land_demand_ha, 1), year=int(row.last_year)
        )
        if not Numbers.missing(row.unmet_demand_ha) and numbers.number(row.unmet_demand_ha, 1) != numbers.number(0, 1):
            text += tr(", of which {unmet} ha cannot be allocated").format(unmet=numbers.number(row.unmet_demand_ha, 1))
        if not Numbers.missing(row.share_in_hazard):
            text += tr("; {share} of the newcomers in high or medium hazard zones").format(
                share=numbers.percent(row.share_in_hazard)
            )
        findings.append(text + ".")
    return figures, findings


def school_places_text(text: str, numbers: Numbers) -> str:
    """How Growth scenarios counted school places, from its SERVICE_STANDARDS (JSON text or file), in words."""
    given = parse_service_standards(text)
    if given.school_seats_per_1000 is not None:
        return tr("{rate} school places per 1 000 new residents (SERVICE_STANDARDS).").format(
            rate=numbers.number(given.school_seats_per_1000, 1)
        )
    default = ServiceStandards()
    assumed = (
        given.school_age_share == default.school_age_share
        and given.seats_per_school_age_child == default.seats_per_school_age_child
    )
    sentence = tr("{seats} school place per newcomer of school age, taken as {share} of the newcomers").format(
        seats=numbers.number(given.seats_per_school_age_child, 1 if given.seats_per_school_age_child % 1 else 0),
        share=numbers.percent(given.school_age_share, 0 if (given.school_age_share * 100) % 1 == 0 else 1),
    )
    if assumed:
        return sentence + " " + tr("(the default of Growth scenarios, an assumption: use the municipality's share).")
    return sentence + " " + tr("(SERVICE_STANDARDS).")


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
        blocks: List[Block] = [
            Paragraph(
                tr(
                    "What each way of receiving newcomers costs in land, in people housed in hazard zones and in "
                    "school places, early-childhood places, teachers and hospital beds, from the base year to the "
                    "horizon."
                )
            )
        ]
        if "scenarios" in inputs.maps:
            blocks += [
                MapSlot("scenarios", tr("Where each scenario grows, by period; in grey, the settlements of today.")),
                PageBreak(),
            ]
        blocks += [
            *tables,
            PageBreak(),  # the four panels at full size, on their own page (the table fills most of its page)
            Chart(
                "scenario_comparison",
                tr("Totals per scenario: land, new residents in hazard zones, places, teachers and beds needed."),
            ),
        ]
        content.section = Section("scenarios", tr("Growth scenarios"), blocks)
        content.figures, content.findings = scenario_figures(inputs.scenarios, numbers)
        return content

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """Land, new residents in hazard zones and service needs per scenario."""
        if "scenario_comparison" not in keys or inputs.scenarios is None:
            return {}
        totals = scenario_results(inputs.scenarios)
        needs = [
            (
                tr("Places needed (places)"),
                [
                    ("school_seats_needed", tr("school"), "#7570b3"),
                    (standards.EARLY_CHILDHOOD.key, tr("early childhood"), "#66a61e"),
                ],
            ),
            (
                tr("Teachers and hospital beds needed"),
                [
                    (standards.TEACHERS.key, tr("teachers"), "#e6ab02"),
                    (standards.BEDS.key, tr("hospital beds"), "#e7298a"),
                ],
            ),
        ]
        figure = charts.scenario_comparison(
            _scenario_frame(inputs.scenarios), figsize=(9.0, 6.4), totals=totals, needs=needs
        )
        return {"scenario_comparison": figure}

    def data_topics(self, inputs: ReportInputs) -> List[str]:
        """The scenario assumptions, and the layers their results rest on."""
        return [] if inputs.scenarios is None else ["scenarios", "hazards", "facilities"]

    def limits(self, inputs: ReportInputs, numbers: Numbers) -> List[str]:
        """Scenarios are projections under assumptions."""
        if inputs.scenarios is None:
            return []
        return [
            tr(
                "Growth scenarios are projections under stated assumptions (arrivals per year, household size, "
                "density), not forecasts: they compare ways of growing, they do not say which will happen. Needs in "
                "places, teachers and beds follow the ratios on the method page; the share of young children is an "
                "assumption."
            )
        ]

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
        text += " " + tr("School places: {rule}").format(rule=school_places_text(inputs.service_standards, numbers))
        text += " " + " ".join(standards.sources(numbers))
        return [MethodNote(tr("Growth scenarios"), text)]
