"""Report section 'Hazard exposure': who lives in hazard zones, by level, area and hazard type (settlement_exposure's
SUMMARY, or its OUTPUT attributes), with the exposure map and chart."""

from __future__ import annotations

import logging
from typing import Dict, List, Optional, Set, Tuple

import numpy as np
import pandas as pd

from .. import charts
from ..errors import InputError
from ..exposure import ALL_AREAS, ANY_HAZARD, SUMMARY_NUMBERS, mark_totals
from ..fields import detect_field
from ..i18n import tr
from ..levels import LEVELS
from ..text import fold
from .common import (
    area_label,
    capitalised,
    display_name,
    join_names,
    make_table,
    numeric,
    ratio,
    require,
    same_shown,
    sum_known,
)
from .model import (
    ALL,
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

LOG = logging.getLogger("migrant_planning")
# At most this many areas in the exposure chart (those with the most people exposed).
CHART_AREAS = 25
EXPOSURE_NUMERIC = SUMMARY_NUMBERS


def level_names() -> Dict[str, str]:
    """Translated names of the hazard levels in table headings."""
    return {"alta": tr("high"), "media": tr("medium"), "baja": tr("low")}


def exposure_summary_from_features(features: pd.DataFrame) -> pd.DataFrame:
    """The ALL / any rows of a settlement_exposure SUMMARY rebuilt from its OUTPUT attributes.

    Used when only the exposure layer is given: ``any_<l>_pop`` / ``_mig`` / ``_hh`` summed per level;
    the 'none' row is the total of the detected population (migrants, households) field minus them.
    """
    rows = []
    totals = {}
    for measure, role in (("population", "population"), ("migrants", "migrants"), ("households", "households")):
        column = detect_field([c for c in features.columns if not str(c).startswith("any_")], role)
        totals[measure] = sum_known(features[column]) if column else float("nan")
    suffix = {"population": "pop", "migrants": "mig", "households": "hh"}
    exposed = {measure: 0.0 for measure in suffix}
    for level, letter in zip(LEVELS, "amb"):
        row = {"area_name": ALL, "hazard_type": "any", "hazard_level": level, ALL_AREAS: True, ANY_HAZARD: True}
        for measure, short in suffix.items():
            column = f"any_{letter}_{short}"
            row[measure] = sum_known(features[column]) if column in features.columns else float("nan")
            if not Numbers.missing(row[measure]):
                exposed[measure] += row[measure]
        rows.append(row)
    none = {"area_name": ALL, "hazard_type": "any", "hazard_level": "none", ALL_AREAS: True, ANY_HAZARD: True}
    for measure in suffix:
        none[measure] = totals[measure] - exposed[measure] if not Numbers.missing(totals[measure]) else float("nan")
    rows.append(none)
    frame = pd.DataFrame(rows)
    frame["population_share"] = frame["population"] / totals["population"] if totals["population"] else np.nan
    return frame


def _exposure_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The exposure summary checked and with numeric columns."""
    require(summary, ("area_name", "hazard_type", "hazard_level", "population"), tr("Exposure summary"))
    frame = numeric(mark_totals(summary), EXPOSURE_NUMERIC)  # the ALL and any rows by their flags
    for column in ("migrants", "households"):
        if column not in frame.columns:
            frame[column] = np.nan
    frame["area_name"] = frame["area_name"].astype(str)
    frame["hazard_type"] = frame["hazard_type"].astype(str)
    frame["hazard_level"] = frame["hazard_level"].astype(str).map(fold)
    return frame


def _level_values(part: pd.DataFrame, measure: str) -> Tuple[Dict[str, float], float]:
    """Values per level (alta, media, baja) and the total over every level including 'none'."""
    by_level = part.groupby("hazard_level")[measure].agg(sum_known)
    levels = {level: float(by_level.get(level, 0.0)) for level in LEVELS}
    total = sum_known(part[measure])
    return levels, total


def exposure_by_area_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """People and migrants at each level of 'any' hazard per area, and the whole municipality last."""
    frame = _exposure_frame(summary)
    rows = frame[frame["hazard_type"] == "any"]
    areas = [a for a in pd.unique(rows["area_name"]) if a != ALL]
    if not areas:
        return None
    names = level_names()
    columns = [Column("area", tr("Area"), "left", 2.0), Column("population", tr("Population\n(total)"))]
    columns += [Column(f"pop_{lvl}", tr("People in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    columns += [Column("migrants", tr("Migrants\n(total)"))]
    columns += [Column(f"mig_{lvl}", tr("Migrants in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    values, cells = [], []
    for area in [*areas, ALL]:
        part = rows[rows["area_name"] == area]
        population, population_total = _level_values(part, "population")
        migrants, migrants_total = _level_values(part, "migrants")
        row = [area, population_total, *population.values(), migrants_total, *migrants.values()]
        values.append(row)
        cells.append([area_label(area), *[numbers.integer(v) for v in row[1:]]])
    note = tr(
        "Persons, by the highest level of any hazard at their place. Settlements cut by a zone or area boundary "
        "are split in proportion to their area; the rest of the population lives outside hazard zones."
    )
    return make_table(
        "exposure_by_area",
        tr("Population and migrants by hazard level and area"),
        columns,
        values,
        cells,
        note,
        total_rows=1,
    )


def exposure_by_type_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Whole municipality: people at each level of each hazard type, and of any hazard."""
    frame = _exposure_frame(summary)
    rows = frame[frame["area_name"] == ALL]
    if rows.empty:
        return None
    types = [t for t in pd.unique(rows["hazard_type"]) if t != "any"]
    if "any" in set(rows["hazard_type"]):
        types.append("any")
    names = level_names()
    columns = [Column("hazard_type", tr("Hazard type"), "left", 2.2)]
    columns += [Column(f"pop_{lvl}", tr("People in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    columns += [
        Column("exposed", tr("People\nexposed")),
        Column("share", tr("Share of the\npopulation")),
        Column("migrants_exposed", tr("Migrants\nexposed")),
        Column("migrants_share", tr("Share of the\nmigrants")),
    ]
    values, cells = [], []
    for kind in types:
        part = rows[rows["hazard_type"] == kind]
        population, population_total = _level_values(part, "population")
        migrants, migrants_total = _level_values(part, "migrants")
        exposed = sum(population.values())
        migrants_exposed = sum(migrants.values())
        row = [
            kind,
            *population.values(),
            exposed,
            ratio(exposed, population_total),
            migrants_exposed if not Numbers.missing(migrants_total) else float("nan"),
            ratio(migrants_exposed, migrants_total),
        ]
        values.append(row)
        label = tr("Any hazard") if kind == "any" else capitalised(display_name(kind))
        cells.append(
            [
                label,
                *[numbers.integer(v) for v in row[1:5]],
                numbers.percent(row[5]),
                numbers.integer(row[6]),
                numbers.percent(row[7]),
            ]
        )
    note = tr(
        "Whole municipality. Where zones of one type overlap, a place counts once, at its highest level; 'any "
        "hazard' takes the highest level of any type at each place, so it is not the sum of the types."
    )
    return make_table(
        "exposure_by_type",
        tr("Population exposed by hazard type"),
        columns,
        values,
        cells,
        note,
        total_rows=1 if types and types[-1] == "any" else 0,
    )


def exposure_figures(
    summary: pd.DataFrame, numbers: Numbers, estimated: bool = False
) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figures and findings from the exposure summary (whole municipality, any hazard): the same numbers as
    the 'Any hazard' row of the table by hazard type and the rows of the table by area."""
    frame = _exposure_frame(summary)
    rows = frame[(frame["area_name"] == ALL) & (frame["hazard_type"] == "any")]
    if rows.empty:
        return [], []
    population, population_total = _level_values(rows, "population")
    migrants, migrants_total = _level_values(rows, "migrants")
    figures = [
        KeyFigure(
            numbers.integer(population["alta"]),
            tr("people live in high hazard zones ({share} of the population)").format(
                share=numbers.percent(ratio(population["alta"], population_total))
            ),
        )
    ]
    if not Numbers.missing(migrants_total):
        label = (
            tr("migrants (estimated) live in high hazard zones ({share} of all migrants)")
            if estimated
            else tr("migrants live in high hazard zones ({share} of all migrants)")
        )
        figures.append(
            KeyFigure(
                numbers.integer(migrants["alta"]),
                label.format(share=numbers.percent(ratio(migrants["alta"], migrants_total))),
            )
        )
    findings = [
        tr(
            "{high} people live in high hazard zones and {medium} in medium hazard zones, together {share} of the "
            "population."
        ).format(
            high=numbers.integer(population["alta"]),
            medium=numbers.integer(population["media"]),
            share=numbers.percent(ratio(population["alta"] + population["media"], population_total)),
        )
    ]
    areas = frame[(frame["hazard_type"] == "any") & (frame["area_name"] != ALL) & (frame["hazard_level"] == "alta")]
    by_area = areas.groupby("area_name", sort=False)["population"].apply(sum_known)
    if len(by_area) and by_area.notna().any() and by_area.max() > 0:
        most = by_area.max()
        tied = [by_area.index[i] for i in same_shown(by_area.tolist(), most, numbers, 0)]
        if len(tied) == 1:
            text = tr("{area} has the most people in high hazard zones: {n}.")
        else:
            text = tr("{area} have the most people in high hazard zones, {n} each (a tie).")
        findings.append(text.format(area=join_names(tied), n=numbers.integer(most)))
    return figures, findings


def _chart_areas(frame: pd.DataFrame) -> Tuple[pd.DataFrame, int, int]:
    """The exposure summary limited to the CHART_AREAS areas with the most people exposed (any hazard), with
    the number of areas shown and in all."""
    rows = frame[(frame["hazard_type"] == "any") & (frame["area_name"] != ALL) & frame["hazard_level"].isin(LEVELS)]
    exposed = rows.groupby("area_name")["population"].sum()
    if len(exposed) <= CHART_AREAS:
        return frame, len(exposed), len(exposed)
    keep = set(exposed.sort_values(ascending=False, kind="mergesort").index[:CHART_AREAS])
    return frame[frame["area_name"].isin(keep) | (frame["area_name"] == ALL)], CHART_AREAS, len(exposed)


def estimate_note(inputs: ReportInputs) -> str:
    """The sentence that says the migrant counts are estimates, and why the report knows."""
    return tr("Migrant counts are estimates ({why}), not a census.").format(why=inputs.migrants_estimated)


def exposure_summary(inputs: ReportInputs) -> Optional[pd.DataFrame]:
    """The exposure summary given, else the one rebuilt from the exposure layer's attributes, else None."""
    if inputs.exposure_summary is None and inputs.exposure_features is not None:
        return exposure_summary_from_features(inputs.exposure_features)
    return inputs.exposure_summary


class ExposureSection(ReportSection):
    """Hazard exposure: map, tables by area and by hazard type, chart by area."""

    key = "exposure"
    table_checks = {
        "exposure_summary": TableCheck(
            "EXPOSURE_SUMMARY",
            ("area_name", "hazard_type", "hazard_level", "population"),
            EXPOSURE_NUMERIC,
            ("population", "migrants", "households"),
        ),
    }

    def check(self, attribute: str, frame: pd.DataFrame, what: str) -> None:
        """Refuse hazard levels the summary cannot hold (each value with its rows and people): the tables would
        count them in the totals but at no level."""
        levels = frame["hazard_level"].map(lambda v: fold(str(v)) if pd.notna(v) else "")
        odd = levels[~levels.isin([*LEVELS, "none"])].index
        if len(odd):
            population = pd.to_numeric(frame["population"], errors="coerce").fillna(0.0)
            parts = []
            for value, group in frame.loc[odd].groupby(frame.loc[odd, "hazard_level"].astype(str), sort=True):
                parts.append(
                    tr("'{value}' ({n} rows, {people} persons)").format(
                        value=value, n=len(group), people=f"{population[group.index].sum():,.0f}"
                    )
                )
            raise InputError(
                tr(
                    "{what}: hazard levels other than alta, media, baja or none: {values}. The tables would count "
                    "them in the totals but at no level. Give the summary as Settlement exposure wrote it (run it "
                    "again with LEVEL_MAP if the hazard layer has other levels)."
                ).format(what=what, values=", ".join(parts[:8]))
            )

    def build(self, inputs: ReportInputs, numbers: Numbers) -> SectionContent:
        """The section when there is an exposure table or map."""
        content = SectionContent()
        exposure = exposure_summary(inputs)
        if exposure is None and "exposure" not in inputs.maps:
            return content
        blocks: List[Block] = [
            Paragraph(
                tr(
                    "Who lives in flood, landslide and other hazard zones, by the highest hazard level at their "
                    "place (alta, media, baja), and how many of them are migrants."
                )
            )
        ]
        if "exposure" in inputs.maps:
            blocks.append(
                MapSlot(
                    "exposure",
                    tr(
                        "Share of each settlement's population that lives in high hazard zones (any hazard), and the "
                        "hazard zones by level."
                    ),
                )
            )
        tables = []
        if exposure is not None:
            tables = [
                t for t in (exposure_by_area_table(exposure, numbers), exposure_by_type_table(exposure, numbers)) if t
            ]
            content.figures, content.findings = exposure_figures(exposure, numbers, bool(inputs.migrants_estimated))
            if inputs.migrants_estimated:
                for table in tables:
                    table.note += " " + estimate_note(inputs)
        if tables:
            if "exposure" in inputs.maps:
                blocks.append(PageBreak())
            blocks += tables
            if tables[0].key == "exposure_by_area":
                caption = tr("People exposed by hazard level and area (any hazard).")
                shown, total = _chart_areas(_exposure_frame(exposure))[1:]
                if shown < total:
                    caption += " " + tr("The {n} areas with the most people exposed are shown.").format(n=shown)
                blocks.append(Chart("exposure_by_area", caption))
        content.section = Section("exposure", tr("Hazard exposure"), blocks)
        return content

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """People exposed by level and area."""
        if "exposure_by_area" not in keys or inputs.exposure_summary is None:
            return {}
        frame, shown, _total = _chart_areas(_exposure_frame(inputs.exposure_summary))
        return {"exposure_by_area": charts.exposure_by_area(frame, figsize=(7.5, max(4.5, 1.6 + 0.3 * shown)))}

    def data_topics(self, inputs: ReportInputs) -> List[str]:
        """Settlements (population, migrants), hazard zones, reporting areas."""
        if inputs.exposure_summary is None and inputs.exposure_features is None:
            return []
        return ["population", "migrants", "hazards", "areas"]

    def limits(self, inputs: ReportInputs, numbers: Numbers) -> List[str]:
        """Exposure is not risk; polygons split by area."""
        if inputs.exposure_summary is None and inputs.exposure_features is None:
            return []
        return [
            tr(
                "Exposure is not risk. Ley 1523 de 2012 distinguishes the hazard (amenaza: the event that may "
                "happen, such as a flood), the exposure (exposición: who and what lies where it can happen), the "
                "vulnerability (vulnerabilidad: how much harm they would suffer) and the risk (riesgo: the harm to "
                "be expected, which combines the three). This report counts the people exposed; it does not "
                "measure their vulnerability, so it does not say how much risk they run."
            ),
            tr(
                "Settlements that a hazard zone only partly covers are split in proportion to their area, as if "
                "people were spread evenly over them: the count of a single settlement may be off, the totals less "
                "so. The hazard zones are those of the layer given, at the scale they were drawn."
            ),
        ]

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """How exposure is counted."""
        if inputs.exposure_summary is None and inputs.exposure_features is None:
            return []
        return [
            MethodNote(
                tr("Hazard exposure"),
                tr(
                    "Hazard levels alta, media and baja as in Decreto 1077 of 2015. Where zones of one type overlap, "
                    "a place counts once, at its highest level, so nobody is counted twice; 'any hazard' takes the "
                    "highest level of any type. Settlement polygons are divisible: they are split in proportion to "
                    "the area inside each level (uniform density). Points and buildings are indivisible: they count "
                    "whole at the highest level they touch."
                ),
            )
        ]
