"""Report section 'Access to services': coverage by facility type and by area (service_access's SUMMARY, or its
OUTPUT rows), with the coverage chart."""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Set, Tuple

import numpy as np
import pandas as pd

from .. import charts
from ..access import SUMMARY_COLUMNS as ACCESS_SUMMARY_COLUMNS
from ..access import covered_share
from ..exposure import ALL_AREAS, mark_totals
from ..i18n import tr
from ..text import parse_number_mapping, slug
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
    true_cells,
    unit_name,
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

# Coverage below LOW is flagged red in the coverage matrix, below MID amber.
COVERAGE_LOW = 0.5
COVERAGE_MID = 0.8
ACCESS_NUMERIC = tuple(c for c in ACCESS_SUMMARY_COLUMNS[2:] if c != ALL_AREAS)


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
    frame = numeric(mark_totals(summary), ACCESS_NUMERIC)  # the ALL rows by their flag
    for column in ("migrants", "migrants_covered", "mean_cost", "unreachable"):
        if column not in frame.columns:
            frame[column] = np.nan
    frame["area_name"] = frame["area_name"].astype(str)
    frame["facility_type"] = frame["facility_type"].astype(str)
    frame["share"] = covered_share(frame)
    frame["migrants_share"] = covered_share(frame, "migrants")
    return frame


def thresholds_by_type(text: str) -> Dict[str, float]:
    """ACCESS_THRESHOLDS ('salud=1500;educacion=800', numbers as the analyses read them) by the slug of the type."""
    return {slug(key): value for key, value in parse_number_mapping(text, "ACCESS_THRESHOLDS").items()}


def measure_words(method: Optional[str], unit: Optional[str]) -> str:
    """What the access costs are: 'straight-line distance', 'travel time over the road network'..."""
    if unit == "min":
        return tr("travel time over the road network") if method == "network" else tr("walking time in a straight line")
    if unit == "m":
        return tr("distance over the road network") if method == "network" else tr("straight-line distance")
    return tr("distance or time (not stated which)")


def coverage_table(
    summary: pd.DataFrame,
    numbers: Numbers,
    thresholds: str = "",
    unit: Optional[str] = None,
    method: Optional[str] = None,
) -> Optional[Table]:
    """Whole municipality: population and migrants within the threshold of each facility type."""
    frame = _access_frame(summary)
    rows = frame[frame["area_name"] == ALL].sort_values("facility_type", kind="mergesort")
    if rows.empty:
        return None
    limits = thresholds_by_type(thresholds)
    symbol = unit_name(unit)
    mean_header = tr("Mean distance\n({unit})") if unit == "m" else tr("Mean time\n({unit})") if unit == "min" else None
    mean_header = (mean_header or tr("Mean distance or\ntime ({unit})")).format(unit=symbol)
    columns = [
        Column("facility_type", tr("Facility type"), "left", 1.6),
        Column("threshold", tr("Threshold\n({unit})").format(unit=symbol), "right", 1.0),
        Column("population", tr("Population\n(persons)")),
        Column("covered", tr("Population\ncovered\n(persons)")),
        Column("share", tr("Share\ncovered")),
        Column("migrants", tr("Migrants\n(persons)"), "right", 0.9),
        Column("migrants_covered", tr("Migrants\ncovered\n(persons)")),
        Column("migrants_share", tr("Share of\nmigrants\ncovered"), "right", 1.1),
        Column("mean_cost", mean_header, "right", 1.1),
    ]
    values, cells = [], []
    for row in rows.itertuples(index=False):
        threshold = limits.get(slug(row.facility_type), float("nan"))
        value = [
            row.facility_type,
            threshold,
            row.population,
            row.population_covered,
            row.share,
            row.migrants,
            row.migrants_covered,
            row.migrants_share,
            row.mean_cost,
        ]
        values.append(value)
        cells.append(
            [
                capitalised(display_name(row.facility_type)),
                numbers.integer(threshold),
                numbers.integer(row.population),
                numbers.integer(row.population_covered),
                numbers.percent(row.share),
                numbers.integer(row.migrants),
                numbers.integer(row.migrants_covered),
                numbers.percent(row.migrants_share),
                numbers.integer(row.mean_cost),
            ]
        )
    if unit in ("m", "min"):
        note = tr(
            "Covered: the nearest facility of the type lies within the threshold, measured as {measure} in {unit}. "
            "The mean is that of the {measure} to the nearest facility, weighted by population."
        ).format(measure=measure_words(method, unit), unit=unit)
    else:
        note = tr(
            "Covered: the nearest facility of the type lies within the threshold. The mean is that of the distance "
            "or time to the nearest facility, weighted by population. The report was not told whether they are "
            "metres or minutes (ACCESS_UNIT)."
        )
    if not limits:
        note += " " + tr("The thresholds were not given to the report (ACCESS_THRESHOLDS).")
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
    columns = [Column("area", tr("Area"), "left", 2.0), Column("population", tr("Population\n(persons)"))]
    columns += [Column(f"share:{kind}", capitalised(display_name(kind))) for kind in types]
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


def _reach_words(kind: str, threshold: float, unit: Optional[str], numbers: Numbers) -> str:
    """'less than 500 m from a primera infancia facility' (or 'within the threshold of ...' without one)."""
    name = display_name(kind)
    if unit in ("m", "min") and not Numbers.missing(threshold):
        return tr("within {limit} of a facility of type {type}").format(
            limit=numbers.measure(threshold, unit), type=name
        )
    return tr("within the access threshold of a facility of type {type}").format(type=name)


def access_figures(
    summary: pd.DataFrame, numbers: Numbers, thresholds: str = "", unit: Optional[str] = None
) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and finding: the least covered facility type (all of them on a tie) and the range of coverage,
    the same numbers as the coverage table."""
    frame = _access_frame(summary)
    rows = frame[(frame["area_name"] == ALL) & frame["share"].notna()].sort_values("facility_type", kind="mergesort")
    if rows.empty:
        return [], []
    limits = thresholds_by_type(thresholds)
    shares = rows["share"].tolist()
    kinds = rows["facility_type"].tolist()
    low, high = min(shares), max(shares)
    lowest = [kinds[i] for i in same_shown([s * 100 for s in shares], low * 100, numbers, 1)]
    highest = [kinds[i] for i in same_shown([s * 100 for s in shares], high * 100, numbers, 1)]
    if len(lowest) == 1:
        label = tr("of the population lives {reach}, the least covered service").format(
            reach=_reach_words(lowest[0], limits.get(slug(lowest[0]), float("nan")), unit, numbers)
        )
    else:
        label = tr("of the population lives within the access threshold of each of {types}, the least covered").format(
            types=join_names([display_name(k) for k in lowest])
        )
    figures = [KeyFigure(numbers.percent(low), label)]
    if len(kinds) == 1:
        findings = [
            tr("{share} of the population lives {reach}.").format(
                share=numbers.percent(low),
                reach=_reach_words(kinds[0], limits.get(slug(kinds[0]), float("nan")), unit, numbers),
            )
        ]
    elif numbers.percent(low) == numbers.percent(high):
        findings = [
            tr("Coverage within the thresholds is {share} for every facility type.").format(share=numbers.percent(low))
        ]
    else:
        findings = [
            tr("Coverage within the thresholds ranges from {low} ({low_type}) to {high} ({high_type}).").format(
                low=numbers.percent(low),
                low_type=join_names([display_name(k) for k in lowest]),
                high=numbers.percent(high),
                high_type=join_names([display_name(k) for k in highest]),
            )
        ]
    return figures, findings


def thresholds_text(text: str, unit: Optional[str], numbers: Numbers, types: Sequence[str] = ()) -> str:
    """'salud 1 500 m, educación 800 m' from ACCESS_THRESHOLDS, with the data's names of the types; without a unit,
    '(unit not stated)' once at the end."""
    pairs = parse_number_mapping(text, "ACCESS_THRESHOLDS")
    known = unit in ("m", "min")
    listed = ", ".join(
        f"{display_name(key, types)} {numbers.measure(value, unit if known else '')}" for key, value in pairs.items()
    )
    return listed if known else f"{listed} ({unit_name(unit)})"


def access_summary(inputs: ReportInputs) -> Optional[pd.DataFrame]:
    """The access summary given, else the one rebuilt from the access layer's rows, else None."""
    if inputs.access_summary is None and inputs.access_features is not None:
        return access_summary_from_features(inputs.access_features)
    return inputs.access_summary


def method_text(inputs: ReportInputs, numbers: Numbers, types: Sequence[str] = ()) -> str:
    """How access was measured: method, unit, speeds and thresholds, as stated to the report."""
    method, unit = inputs.access_method, inputs.access_cost_unit
    parts = [
        tr(
            "Each settlement is represented by a point inside it; it is covered for a facility type when the nearest "
            "facility of that type lies within the type's threshold."
        )
    ]
    if method is None or unit is None:
        parts.append(
            tr(
                "The report was not told how access was measured ({missing}): the costs are shown as the analysis "
                "wrote them, without their unit."
            ).format(
                missing=", ".join(
                    name for name, value in (("ACCESS_METHOD", method), ("ACCESS_UNIT", unit)) if value is None
                )
            )
        )
    if method is not None or unit is not None:
        parts.append(tr("Measured as {measure}.").format(measure=measure_words(method, unit)))
    if unit == "min" and inputs.access_speeds.strip():
        parts.append(tr("Speeds: {speeds}.").format(speeds=inputs.access_speeds.strip()))
    if inputs.access_thresholds.strip():
        parts.append(
            tr("Thresholds: {thresholds}.").format(
                thresholds=thresholds_text(inputs.access_thresholds, unit, numbers, types)
            )
        )
    return " ".join(parts)


class AccessSection(ReportSection):
    """Access to services: coverage tables, map and chart."""

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
        unit, method = inputs.access_cost_unit, inputs.access_method
        tables = [
            t
            for t in (
                coverage_table(access, numbers, inputs.access_thresholds, unit, method),
                coverage_by_area_table(access, numbers),
            )
            if t
        ]
        if not tables:
            return content
        blocks: List[Block] = [
            Paragraph(
                tr(
                    "How many people live within the threshold distance or time of the nearest facility of "
                    "each type, in the whole municipality and in each area."
                )
            )
        ]
        if "access" in inputs.maps:
            blocks.append(
                MapSlot(
                    "access",
                    tr(
                        "Settlements covered and not covered, one map per facility type; the facilities of the type "
                        "are marked (for straight-line distances, a dashed circle shows the threshold around each)."
                    ),
                )
            )
            blocks.append(PageBreak())
        if inputs.migrants_estimated:
            tables[0].note += " " + tr("Migrant counts are estimates ({why}), not a census.").format(
                why=inputs.migrants_estimated
            )
        blocks += tables
        blocks.append(
            Chart("coverage_by_type", tr("Share of the population and of the migrants covered, by facility type."))
        )
        content.section = Section("access", tr("Access to services"), blocks)
        content.figures, content.findings = access_figures(access, numbers, inputs.access_thresholds, unit)
        return content

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """Share covered by facility type."""
        access = access_summary(inputs) if "coverage_by_type" in keys else None
        if access is None:
            return {}
        frame = _access_frame(access)
        frame["facility_type"] = [capitalised(display_name(k)) for k in frame["facility_type"]]
        return {"coverage_by_type": charts.coverage_by_type(frame)}

    def data_topics(self, inputs: ReportInputs) -> List[str]:
        """Settlements, facilities, roads when measured over the network, reporting areas."""
        if inputs.access_summary is None and inputs.access_features is None:
            return []
        return ["population", "migrants", "facilities", *(["roads"] if inputs.access_method == "network" else [])]

    def limits(self, inputs: ReportInputs, numbers: Numbers) -> List[str]:
        """Straight-line access is optimistic; nearness is not capacity."""
        if inputs.access_summary is None and inputs.access_features is None:
            return []
        method = {
            "straight": tr(
                "Access was measured in a straight line: real trips follow streets and bridges and climb slopes, so "
                "they are longer. Coverage measured this way is optimistic; over the road network it would be the "
                "same or lower."
            ),
            "network": tr(
                "Access was measured over the road network given: it does not see traffic, public transport "
                "schedules, fences or unsafe crossings, and roads missing from the layer are missing from the trips."
            ),
        }.get(
            inputs.access_method or "",
            tr(
                "The report was not told whether access was measured in a straight line or over the road network. "
                "If it was in a straight line, coverage is optimistic: real trips are longer."
            ),
        )
        return [
            method,
            tr(
                "Coverage measures nearness, not capacity: a settlement near a full health centre or school counts "
                "as covered."
            ),
        ]

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """How coverage is decided: method, unit, speeds and thresholds."""
        access = access_summary(inputs)
        if access is None:
            return []
        types = [str(t) for t in pd.unique(access["facility_type"].astype(str))]
        text = method_text(inputs, numbers, types)
        assumed = assumed_capacity_types(inputs.access_features)
        if assumed:
            text += " " + tr(
                "Capacities were assumed (not in the data) for some facilities of: {types}; their access scores "
                "rest on that assumption."
            ).format(types=", ".join(display_name(t) for t in assumed))
        return [MethodNote(tr("Access to services"), text)]


def assumed_capacity_types(features: Optional[pd.DataFrame]) -> List[str]:
    """The facility types whose access scores use an assumed capacity (service_access's ``cap_assumed``)."""
    if features is None or "cap_assumed" not in features.columns or "facility_type" not in features.columns:
        return []
    flags = features["cap_assumed"].map(lambda v: str(v).strip().lower() in ("true", "1", "t", "yes"))
    return sorted({str(t) for t in features.loc[flags, "facility_type"].dropna()})
