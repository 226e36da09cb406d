"""Charts of the summary tables, as matplotlib Figures: the dock shows them on a Qt canvas, the report
saves them as PNG. No pyplot (no global state) and no Qt here.

Input tables have the SUMMARY columns of the algorithms (public interface):
- exposure: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households,
  population_share
- access: area_name, facility_type, population, population_covered, share_covered, migrants,
  migrants_covered, mean_cost, unreachable
- scenarios: scenario, year, population_added, ..., land_demand_ha, land_allocated_ha, unmet_demand_ha,
  pop_in_hazard_alta, pop_in_hazard_media, ..., school_seats_needed, health_capacity_needed, lcrpgr
"""

from __future__ import annotations

import math
from typing import Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .access import covered_share
from .i18n import tr
from .scenarios import scenario_totals

LEVEL_COLORS = {"alta": "#d7191c", "media": "#fdae61", "baja": "#fee08b"}
ALL = "ALL"


def level_labels() -> dict:
    """Translated legend labels of the hazard levels."""
    return {"alta": tr("High (alta)"), "media": tr("Medium (media)"), "baja": tr("Low (baja)")}


def _empty(figure: Figure, message: str) -> Figure:
    """A figure that says there is nothing to show."""
    axes = figure.add_subplot(111)
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555", wrap=True)
    return figure


def exposure_by_area(
    summary: pd.DataFrame, hazard_type: str = "any", measure: str = "population", figsize=(7.5, 4.5)
) -> Figure:
    """Stacked horizontal bars: ``measure`` (population, migrants, households) exposed per area, by level."""
    figure = Figure(figsize=figsize, layout="constrained")
    rows = summary[
        (summary["hazard_type"] == hazard_type)
        & (summary["area_name"] != ALL)
        & (summary["hazard_level"].isin(list(LEVEL_COLORS)))
    ]
    if rows.empty:
        return _empty(figure, tr("No exposure by area to show (run the exposure with reporting areas)."))
    table = rows.pivot_table(index="area_name", columns="hazard_level", values=measure, aggfunc="sum", fill_value=0)
    table = table.reindex(columns=list(LEVEL_COLORS), fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    axes = figure.add_subplot(111)
    left = np.zeros(len(table))
    labels = level_labels()
    for level, color in LEVEL_COLORS.items():
        values = table[level].to_numpy(float)
        axes.barh(
            table.index.astype(str),
            values,
            left=left,
            color=color,
            edgecolor="#444444",
            linewidth=0.4,
            label=labels[level],
        )
        left += values
    names = {
        "population": tr("People exposed (persons)"),
        "migrants": tr("Migrants exposed (persons)"),
        "households": tr("Households exposed (households)"),
    }
    axes.set_xlabel(names.get(measure, measure))
    titles = {
        "population": tr("People exposed by hazard level and area"),
        "migrants": tr("Migrants exposed by hazard level and area"),
        "households": tr("Households exposed by hazard level and area"),
    }
    title = titles.get(measure, tr("Exposed by hazard level and area"))
    hazard_name = hazard_type if hazard_type != "any" else tr("any hazard")
    axes.set_title(f"{title} ({hazard_name})", fontsize=11)
    for y, total in enumerate(left):  # the total of each bar at its end
        axes.text(total, y, " " + _format_thousands(total), va="center", ha="left", fontsize=7.5, color="#333333")
    axes.set_xlim(0, max(1.0, float(left.max())) * 1.14)
    axes.legend(loc="lower right", fontsize=8, frameon=True, framealpha=0.9, title=tr("Hazard level"), title_fontsize=8)
    axes.grid(axis="x", alpha=0.3)
    axes.xaxis.set_major_formatter(_thousands)
    return figure


def coverage_by_type(summary: pd.DataFrame, area: str = ALL, figsize=(7.5, 4.0)) -> Figure:
    """Grouped bars: share of the population and of migrants covered, per facility type, in one area."""
    figure = Figure(figsize=figsize, layout="constrained")
    rows = summary[summary["area_name"] == area]
    if rows.empty:
        return _empty(figure, tr("No access results to show."))
    rows = rows.sort_values("facility_type")
    population = rows["share_covered"].to_numpy(float) * 100.0
    migrants = covered_share(rows, "migrants").to_numpy(float) * 100.0
    positions = np.arange(len(rows))
    axes = figure.add_subplot(111)
    bars = [
        axes.bar(positions - 0.2, population, width=0.4, color="#2c7fb8", label=tr("population")),
        axes.bar(positions + 0.2, np.nan_to_num(migrants), width=0.4, color="#f29e4c", label=tr("migrants")),
    ]
    for container, values in zip(bars, (population, migrants)):
        labels = ["" if np.isnan(v) else _percent(v) for v in values]
        axes.bar_label(container, labels=labels, fontsize=7.5, padding=2)
    axes.set_xticks(positions, rows["facility_type"].astype(str).tolist())
    axes.set_ylim(0, 118)
    axes.set_ylabel(tr("Covered within the threshold (% of the people)"))
    axes.set_title(tr("Share of the population and of the migrants covered, by facility type"), fontsize=11)
    axes.legend(loc="upper left", ncols=2, fontsize=8, frameon=True, framealpha=0.9)
    axes.grid(axis="y", alpha=0.3)
    return figure


def scenario_comparison(
    summary: pd.DataFrame,
    figsize=(9.0, 3.8),
    stacked: bool = False,
    totals: Optional[pd.DataFrame] = None,
    needs: Optional[Sequence[Tuple[str, Sequence[Tuple[str, str, str]]]]] = None,
) -> Figure:
    """Panels per scenario (totals over the years): land, people in hazard zones, and service needs.

    Side by side, or one above the other with ``stacked`` (for a narrow panel such as the dock). ``totals``: the
    totals per scenario when already computed (with more columns); ``needs``: the need panels as (title, [(column,
    label, colour)]); without them one panel of school places and health capacity. Every bar carries its value.
    """
    figure = Figure(figsize=figsize, layout="constrained")
    if summary.empty and (totals is None or totals.empty):
        return _empty(figure, tr("No scenarios to show."))
    totals = (scenario_totals(summary) if totals is None else totals).fillna(0.0)  # unknown values drawn as 0
    if needs is None:
        needs = [
            (
                tr("Service needs"),
                [
                    ("school_seats_needed", tr("school places"), "#7570b3"),
                    ("health_capacity_needed", tr("health capacity"), "#e7298a"),
                ],
            )
        ]
    names = totals["scenario"].tolist()
    positions = np.arange(len(names))
    count = 2 + len(needs)
    if stacked:
        axes_list = list(figure.subplots(count, 1))
    elif count == 4:  # two rows of two: room for the names of the scenarios
        axes_list = list(figure.subplots(2, 2).ravel())
    else:
        axes_list = list(figure.subplots(1, count))
    land, hazard = axes_list[0], axes_list[1]
    allocated = land.bar(positions, totals["land_allocated_ha"], color="#1b9e77", label=tr("allocated"))
    unmet = land.bar(
        positions,
        totals["unmet_demand_ha"],
        bottom=totals["land_allocated_ha"],
        color="#d95f02",
        hatch="//",
        label=tr("unmet"),
    )
    _label_stack(land, [allocated, unmet], [totals["land_allocated_ha"], totals["unmet_demand_ha"]])
    land.set_title(tr("Land needed (ha)"), fontsize=10)
    land.set_ylabel("ha", fontsize=8)
    land.set_ylim(0, max(1.0, float((totals["land_allocated_ha"] + totals["unmet_demand_ha"]).max())) * 1.3)
    land.legend(fontsize=7, frameon=False, loc="upper left")
    alta = hazard.bar(positions, totals["pop_in_hazard_alta"], color=LEVEL_COLORS["alta"], label=tr("High (alta)"))
    media = hazard.bar(
        positions,
        totals["pop_in_hazard_media"],
        bottom=totals["pop_in_hazard_alta"],
        color=LEVEL_COLORS["media"],
        label=tr("Medium (media)"),
    )
    _label_stack(hazard, [alta, media], [totals["pop_in_hazard_alta"], totals["pop_in_hazard_media"]])
    hazard.set_title(tr("New residents in hazard zones (persons)"), fontsize=10)
    hazard.set_ylabel(tr("persons"), fontsize=8)
    hazard.legend(fontsize=7, frameon=False, loc="upper left")
    hazard.yaxis.set_major_formatter(_thousands)
    for axes, (title, series) in zip(axes_list[2:], needs):
        width = 0.8 / max(1, len(series))
        for index, (column, label, color) in enumerate(series):
            offset = (index - (len(series) - 1) / 2) * width
            values = totals[column].to_numpy(float) if column in totals.columns else np.zeros(len(names))
            bars = axes.bar(positions + offset, values, width=width, color=color, label=label)
            axes.bar_label(bars, labels=[_format_thousands(v) for v in values], fontsize=6.5, padding=1.5)
        axes.set_title(_wrap(title, 34), fontsize=10)
        axes.legend(fontsize=7, frameon=False, loc="upper left")
        axes.yaxis.set_major_formatter(_thousands)
    for axes in axes_list:
        axes.set_xticks(positions, [_wrap(n, 18 if stacked else 14) for n in names], fontsize=7)
        axes.grid(axis="y", alpha=0.3)
        axes.margins(y=0.25)  # room for the legend and the value labels above the bars
    return figure


def _label_stack(axes, containers, values, formatter=None) -> None:
    """Value labels inside the segments of stacked bars (zeros left out) and the total above each bar."""
    formatter = formatter or _format_thousands
    for container, series in zip(containers, values):
        labels = [formatter(v) if v > 0 else "" for v in np.asarray(series, float)]
        axes.bar_label(container, labels=labels, label_type="center", fontsize=6.5, color="#111111")
    total = np.sum([np.asarray(v, float) for v in values], axis=0)
    axes.bar_label(containers[-1], labels=[formatter(v) for v in total], fontsize=7, padding=2, fontweight="bold")


def save_png(figure: Figure, path: str, dpi: int = 150) -> str:
    """Write a figure as PNG; returns the path."""
    figure.savefig(path, dpi=dpi, format="png", facecolor="white")
    return path


def _wrap(text: str, width: int = 14) -> str:
    """Break a long label over lines at spaces."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def _format_thousands(value: float, _position: Optional[int] = None) -> str:
    """12 500 -> '12 500' (a thin space, as Colombian documents group digits); halves rounded away from zero, as
    the report's tables round."""
    rounded = math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)
    return f"{rounded:,.0f}".replace(",", "\u2009")


def _percent(value: float) -> str:
    """45.2 -> '45 %' (no decimals: a bar label)."""
    return f"{value:.0f}\u00a0%"


from matplotlib.ticker import FuncFormatter  # noqa: E402 - kept beside its only use

_thousands = FuncFormatter(_format_thousands)
