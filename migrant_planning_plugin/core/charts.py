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

from typing import Optional

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
    names = {"population": tr("persons"), "migrants": tr("migrants"), "households": tr("households")}
    axes.set_xlabel(names.get(measure, measure))
    title = (
        tr("People exposed by hazard level and area")
        if measure == "population"
        else tr("Exposed by hazard level and area")
    )
    hazard_name = hazard_type if hazard_type != "any" else tr("any hazard")
    axes.set_title(f"{title} ({hazard_name})", fontsize=11)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
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
    axes.bar(positions - 0.2, population, width=0.4, color="#2c7fb8", label=tr("population"))
    axes.bar(positions + 0.2, np.nan_to_num(migrants), width=0.4, color="#f29e4c", label=tr("migrants"))
    for x, value in zip(positions - 0.2, population):
        axes.text(x, value + 1, f"{value:.0f} %", ha="center", fontsize=8)
    axes.set_xticks(positions, rows["facility_type"].astype(str).tolist())
    axes.set_ylim(0, 118)
    axes.set_ylabel(tr("% covered within the threshold"))
    axes.set_title(tr("Coverage by facility type"), fontsize=11)
    axes.legend(loc="upper left", ncols=2, fontsize=8, frameon=True, framealpha=0.9)
    axes.grid(axis="y", alpha=0.3)
    return figure


def scenario_comparison(summary: pd.DataFrame, figsize=(9.0, 3.8), stacked: bool = False) -> Figure:
    """Three panels per scenario (totals over the years): land, people in hazard zones, service needs.

    Side by side, or one above the other with ``stacked`` (for a narrow panel such as the dock).
    """
    figure = Figure(figsize=figsize, layout="constrained")
    if summary.empty:
        return _empty(figure, tr("No scenarios to show."))
    totals = scenario_totals(summary).fillna(0.0)  # a value no year knows is drawn as 0
    names = totals["scenario"].tolist()
    positions = np.arange(len(names))
    land, hazard, services = figure.subplots(3, 1) if stacked else figure.subplots(1, 3)
    land.bar(positions, totals["land_allocated_ha"], color="#1b9e77", label=tr("allocated"))
    land.bar(
        positions,
        totals["unmet_demand_ha"],
        bottom=totals["land_allocated_ha"],
        color="#d95f02",
        hatch="//",
        label=tr("unmet"),
    )
    land.set_title(tr("Land (ha)"), fontsize=10)
    land.set_ylim(0, max(1.0, float((totals["land_allocated_ha"] + totals["unmet_demand_ha"]).max())) * 1.25)
    land.legend(fontsize=7, frameon=False, loc="upper left")
    hazard.bar(positions, totals["pop_in_hazard_alta"], color=LEVEL_COLORS["alta"], label=tr("High (alta)"))
    hazard.bar(
        positions,
        totals["pop_in_hazard_media"],
        bottom=totals["pop_in_hazard_alta"],
        color=LEVEL_COLORS["media"],
        label=tr("Medium (media)"),
    )
    hazard.set_title(tr("New residents in hazard zones"), fontsize=10)
    hazard.legend(fontsize=7, frameon=False, loc="upper left")
    hazard.yaxis.set_major_formatter(_thousands)
    services.bar(positions - 0.2, totals["school_seats_needed"], width=0.4, color="#7570b3", label=tr("school places"))
    services.bar(
        positions + 0.2, totals["health_capacity_needed"], width=0.4, color="#e7298a", label=tr("health capacity")
    )
    services.set_title(tr("Service needs"), fontsize=10)
    services.legend(fontsize=7, frameon=False, loc="upper left")
    services.yaxis.set_major_formatter(_thousands)
    for axes in (land, hazard, services):
        axes.set_xticks(positions, [_wrap(n, 18 if stacked else 14) for n in names], fontsize=7)
        axes.grid(axis="y", alpha=0.3)
        axes.margins(y=0.22)  # room for the legend above the bars
    return figure


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
    """12 500 -> '12 500' (a thin space, as Colombian documents group digits)."""
    return f"{value:,.0f}".replace(",", "\u2009")


from matplotlib.ticker import FuncFormatter  # noqa: E402 - kept beside its only use

_thousands = FuncFormatter(_format_thousands)
