"""Report section 'Access to services': coverage by facility type and by area (service_access's SUMMARY, or its
OUTPUT rows), with the coverage chart."""

from __future__ import annotations

from typing import Dict, List, Optional, Set, Tuple

import numpy as np
import pandas as pd

from .. import charts
from ..access import SUMMARY_COLUMNS as ACCESS_SUMMARY_COLUMNS
from ..access import covered_share
from ..i18n import tr
from ..text import fold
from .common import area_label, capitalised, make_table, numeric, parse_pairs, ratio, require, sum_known, true_cells
from .model import ALL, DASH, Chart, Column, KeyFigure, MethodNote, Numbers, Paragraph, ReportInputs, Section, Table
from .section import ReportSection, SectionContent, TableCheck

# Coverage below LOW is flagged red in the coverage matrix, below MID amber.
COVERAGE_LOW = 0.5
COVERAGE_MID = 0.8
ACCESS_NUMERIC = ACCESS_SUMMARY_COLUMNS[2:]


def access_summary_from_features(features: pd.DataFrame) -> pd.DataFrame:
    """The ALL rows of a service_access SUMMARY rebuilt from its OUTPUT (one row per settlement and type)."""
    require(features, ("facility_type", "population", "covered"), tr("Access layer"))
    frame = numeric(features, ("population", "migrants", "cost"))
    covered = true_cells(frame["covered"])
    reachable = (
        true_cells(frame["reachable"])
        if "reachable" in frame.columns
        else frame["cost"].notna()
        if "cost" in frame.columns
        else pd.Series(True, index=frame.index)
    )
    rows = []
    for kind, part in frame.groupby(frame["facility_type"].astype(str), sort=True):
        population = part["population"].fillna(0.0)
        migrants = part["migrants"] if "migrants" in part.columns else pd.Series(np.nan, index=part.index)
        mask = covered.loc[part.index]
        reach = reachable.loc[part.index] & (part["cost"].notna() if "cost" in part.columns else True)
        weight = population[reach].sum()
        mean_cost = (
            float((part.loc[reach, "cost"] * population[reach]).sum() / weight)
            if "cost" in part.columns and weight > 0
            else np.nan
        )
        rows.append(
            {
                "area_name": ALL,
                "facility_type": kind,
                "population": float(population.sum()),
                "population_covered": float(population[mask].sum()),
                "share_covered": ratio(float(population[mask].sum()), float(population.sum())),
                "migrants": sum_known(migrants),
                "migrants_covered": sum_known(migrants[mask]) if migrants.notna().any() else np.nan,
                "mean_cost": mean_cost,
                "unreachable": float((~reachable.loc[part.index]).sum()),
            }
        )
    return pd.DataFrame(rows)


def _access_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The access summary checked, with numeric columns and the shares of the population and the migrants covered
    (``share``, ``migrants_share``)."""
    require(summary, ("area_name", "facility_type", "population", "population_covered"), tr("Access summary"))
    frame = numeric(summary, ACCESS_NUMERIC)
    for column in ("migrants", "migrants_covered", "mean_cost", "unreachable"):
        if column not in frame.columns:
            frame[column] = np.nan
    frame["area_name"] = frame["area_name"].astype(str)
    frame["facility_type"] = frame["facility_type"].astype(str)
    frame["share"] = covered_share(frame)
    frame["migrants_share"] = covered_share(frame, "migrants")
    return frame


def _thresholds(text: str) -> Dict[str, str]:
    """ACCESS_THRESHOLDS ('salud=1500;educacion=800') by folded type."""
    return {fold(key): value for key, value in parse_pairs(text)}


def _unit_text(unit: Optional[str]) -> str:
    """' (m)' / ' (min)' / '' for headings."""
    return {"m": " (m)", "min": " (min)"}.get(unit or "", "")


def coverage_table(
    summary: pd.DataFrame, numbers: Numbers, thresholds: str = "", unit: Optional[str] = None
) -> Optional[Table]:
    """Whole municipality: population and migrants within the threshold of each facility type."""
    frame = _access_frame(summary)
    rows = frame[frame["area_name"] == ALL].sort_values("facility_type", kind="mergesort")
    if rows.empty:
        return None
    limits = _thresholds(thresholds)
    mean_header = (
        tr("Mean distance\nor time") if not unit else tr("Mean\ndistance") if unit == "m" else tr("Mean\ntime")
    )
    columns = [
        Column("facility_type", tr("Facility type"), "left", 1.6),
        Column("threshold", tr("Threshold") + _unit_text(unit), "right", 0.8),
        Column("population", tr("Population")),
        Column("covered", tr("Population\ncovered")),
        Column("share", tr("Share\ncovered")),
        Column("migrants", tr("Migrants"), "right", 0.9),
        Column("migrants_covered", tr("Migrants\ncovered")),
        Column("migrants_share", tr("Share of\nmigrants\ncovered"), "right", 1.2),
        Column("mean_cost", mean_header + _unit_text(unit), "right", 1.1),
    ]
    values, cells = [], []
    for row in rows.itertuples(index=False):
        threshold_text = limits.get(fold(row.facility_type), "")
        try:
            threshold = float(threshold_text)
        except ValueError:
            threshold = float("nan")
        share, migrants_share = row.share, row.migrants_share
        value = [
            row.facility_type,
            threshold,
            row.population,
            row.population_covered,
            share,
            row.migrants,
            row.migrants_covered,
            migrants_share,
            row.mean_cost,
        ]
        values.append(value)
        cells.append(
            [
                capitalised(row.facility_type),
                numbers.integer(threshold) if not Numbers.missing(threshold) else (threshold_text or DASH),
                numbers.integer(row.population),
                numbers.integer(row.population_covered),
                numbers.percent(share),
                numbers.integer(row.migrants),
                numbers.integer(row.migrants_covered),
                numbers.percent(migrants_share),
                numbers.integer(row.mean_cost),
            ]
        )
    note = tr(
        "Covered: the nearest facility of the type lies within the threshold. Mean distance or time to the "
        "nearest facility, weighted by population."
    )
    unreachable = rows["unreachable"].fillna(0).sum()
    if unreachable > 0:
        note += " " + tr("{n} settlement-type pairs reach no facility of the type and are not covered.").format(
            n=numbers.integer(unreachable)
        )
    return make_table("coverage_by_type", tr("Coverage by facility type"), columns, values, cells, note)


def coverage_by_area_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Share of the population covered per area (rows) and facility type (columns), the municipality last."""
    frame = _access_frame(summary)
    areas = [a for a in pd.unique(frame["area_name"]) if a != ALL]
    if not areas:
        return None
    types = sorted(pd.unique(frame["facility_type"]))
    columns = [Column("area", tr("Area"), "left", 2.0), Column("population", tr("Population"))]
    columns += [Column(f"share:{kind}", capitalised(kind)) for kind in types]
    values, cells, styles = [], [], []
    for area in [*areas, ALL]:
        part = frame[frame["area_name"] == area]
        by_type = part.set_index("facility_type")
        population = float(part["population"].max()) if part["population"].notna().any() else float("nan")
        shares = [by_type.at[kind, "share"] if kind in by_type.index else float("nan") for kind in types]
        values.append([area, population, *shares])
        cells.append([area_label(area), numbers.integer(population), *[numbers.percent(s) for s in shares]])
        styles.append(
            [
                "",
                "",
                *[
                    "" if Numbers.missing(s) else "low" if s < COVERAGE_LOW else "mid" if s < COVERAGE_MID else ""
                    for s in shares
                ],
            ]
        )
    note = tr(
        "Share of each area's population within the threshold of the type. "
        "Shaded: below {low} (red), below {mid} (amber)."
    ).format(low=numbers.percent(COVERAGE_LOW, 0), mid=numbers.percent(COVERAGE_MID, 0))
    return make_table(
        "coverage_by_area",
        tr("Share of the population covered, by area and facility type"),
        columns,
        values,
        cells,
        note,
        total_rows=1,
        styles=styles,
    )


def access_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and findings: the least covered facility type."""
    frame = _access_frame(summary)
    rows = frame[frame["area_name"] == ALL]
    if rows.empty:
        return [], []
    rows = rows[rows["share"].notna()]
    if rows.empty:
        return [], []
    worst = rows.loc[rows["share"].idxmin()]
    best = rows.loc[rows["share"].idxmax()]
    figures = [
        KeyFigure(
            numbers.percent(worst["share"]),
            tr("of the population lives within reach of {type}, the least covered service").format(
                type=worst["facility_type"]
            ),
        )
    ]
    findings = [
        tr("Coverage within the thresholds ranges from {low} ({low_type}) to {high} ({high_type}).").format(
            low=numbers.percent(worst["share"]),
            low_type=worst["facility_type"],
            high=numbers.percent(best["share"]),
            high_type=best["facility_type"],
        )
    ]
    return figures, findings


def _pairs_text(text: str) -> str:
    """'salud=1500;educacion=800' -> 'salud 1500, educacion 800' (kept as written otherwise)."""
    pairs = parse_pairs(text)
    if not pairs:
        return text.strip()
    return ", ".join(f"{key} {value}" for key, value in pairs)


def access_summary(inputs: ReportInputs) -> Optional[pd.DataFrame]:
    """The access summary given, else the one rebuilt from the access layer's rows, else None."""
    if inputs.access_summary is None and inputs.access_features is not None:
        return access_summary_from_features(inputs.access_features)
    return inputs.access_summary


class AccessSection(ReportSection):
    """Access to services: coverage tables and chart."""

    key = "access"
    table_checks = {
        "access_summary": TableCheck(
            "ACCESS_SUMMARY",
            ("area_name", "facility_type", "population", "population_covered"),
            ACCESS_NUMERIC,
            ("population", "population_covered"),
        ),
        "access_features": TableCheck(
            "ACCESS", ("facility_type", "population", "covered"), ("population", "migrants", "cost"), ()
        ),
    }

    def build(self, inputs: ReportInputs, numbers: Numbers) -> SectionContent:
        """The section when there is an access summary or layer."""
        content = SectionContent()
        access = access_summary(inputs)
        if access is None:
            return content
        tables = [
            t
            for t in (
                coverage_table(access, numbers, inputs.access_thresholds, inputs.access_cost_unit),
                coverage_by_area_table(access, numbers),
            )
            if t
        ]
        if not tables:
            return content
        blocks = [
            Paragraph(
                tr(
                    "How many people live within the threshold distance or time of the nearest facility of "
                    "each type, in the whole municipality and in each area."
                )
            ),
            *tables,
            Chart("coverage_by_type", tr("Share of the population and of the migrants covered, by type.")),
        ]
        content.section = Section("access", tr("Access to services"), blocks)
        content.figures, content.findings = access_figures(access, numbers)
        return content

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """Share covered by facility type."""
        access = access_summary(inputs) if "coverage_by_type" in keys else None
        if access is None:
            return {}
        return {"coverage_by_type": charts.coverage_by_type(_access_frame(access))}

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """How coverage is decided, and the thresholds."""
        if inputs.access_summary is None and inputs.access_features is None:
            return []
        text = tr(
            "Each settlement is represented by a point inside it; it is covered for a facility type when the "
            "nearest facility of that type lies within the type's threshold (straight line or over the road "
            "network, in metres or minutes, as chosen in the access analysis)."
        )
        if inputs.access_thresholds.strip():
            text += " " + tr("Thresholds: {thresholds}.").format(thresholds=_pairs_text(inputs.access_thresholds))
        assumed = assumed_capacity_types(inputs.access_features)
        if assumed:
            text += " " + tr(
                "Capacities were assumed (not in the data) for some facilities of: {types}; their access scores "
                "rest on that assumption."
            ).format(types=", ".join(assumed))
        return [MethodNote(tr("Access to services"), text)]


def assumed_capacity_types(features: Optional[pd.DataFrame]) -> List[str]:
    """The facility types whose access scores use an assumed capacity (service_access's ``cap_assumed``)."""
    if features is None or "cap_assumed" not in features.columns or "facility_type" not in features.columns:
        return []
    flags = features["cap_assumed"].map(lambda v: str(v).strip().lower() in ("true", "1", "t", "yes"))
    return sorted({str(t) for t in features.loc[flags, "facility_type"].dropna()})
