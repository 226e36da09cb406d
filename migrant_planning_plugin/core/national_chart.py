"""The chart of a national run: one row per municipality (people in high hazard, coverage, land demand), as a
matplotlib Figure (no pyplot, no Qt), drawn from the national SUMMARY of :mod:`.national`."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from .charts import LEVEL_COLORS
from .i18n import tr

# 12 500 -> '12 500' (a thin space, as Colombian documents group digits)
THOUSANDS = FuncFormatter(lambda value, _position=None: f"{value:,.0f}".replace(",", "\u2009"))


def national_summary_chart(summary: pd.DataFrame, top: int = 40) -> Figure:
    """Three panels, one row per municipality: people (and migrants) in high hazard, coverage per facility type,
    land demand per scenario. ``summary`` is the national SUMMARY of run_for_municipalities (long format); with
    more than ``top`` municipalities, those with the most people in high hazard are shown."""
    codes = summary[["divipola", "municipality"]].drop_duplicates("divipola") if len(summary) else summary
    figure = Figure(figsize=(11.0, 2.2 + 0.32 * max(1, min(len(codes), top))), layout="constrained")
    if summary.empty:
        axes = figure.add_subplot(111)
        axes.axis("off")
        axes.text(0.5, 0.5, tr("No finished municipality to show."), ha="center", va="center", color="#555555")
        return figure

    def series(indicator: str, subject: str) -> pd.Series:
        rows = summary[(summary["indicator"] == indicator) & (summary["subject"] == subject)]
        return rows.groupby("divipola")["value"].sum().reindex(codes["divipola"]).fillna(0.0)

    def table(indicator: str) -> pd.DataFrame:
        rows = summary[summary["indicator"] == indicator]
        return rows.pivot_table(index="divipola", columns="subject", values="value", aggfunc="sum", sort=False)

    people, migrants = series("pop_alta", "any"), series("mig_alta", "any")
    order = people.sort_values(ascending=True, kind="stable").index[-top:]
    names = codes.set_index("divipola")["municipality"].astype(str)
    labels = [f"{names.get(code, '')} ({code})".strip() for code in order]
    positions = np.arange(len(order))
    hazard, coverage, land = figure.subplots(1, 3, sharey=True)
    hazard.barh(positions, people.reindex(order), color=LEVEL_COLORS["alta"], label=tr("people"))
    hazard.barh(positions, migrants.reindex(order), height=0.45, color="#7f0000", label=tr("of whom migrants"))
    hazard.set_title(tr("People in high hazard (alta)"), fontsize=10)
    hazard.xaxis.set_major_formatter(THOUSANDS)
    below = {"fontsize": 7, "frameon": False, "loc": "upper center", "bbox_to_anchor": (0.5, -0.06)}
    hazard.legend(ncols=2, **below)
    shares = table("coverage").reindex(order) * 100.0
    markers = ("o", "s", "^", "D", "v", "P")
    for k, facility_type in enumerate(shares.columns):
        coverage.plot(
            shares[facility_type].to_numpy(float),
            positions,
            linestyle="none",
            marker=markers[k % len(markers)],
            markersize=5,
            label=str(facility_type),
        )
    coverage.set_xlim(-2, 102)
    coverage.set_title(tr("% of the population covered"), fontsize=10)
    if len(shares.columns):
        coverage.legend(ncols=min(3, len(shares.columns)), **below)
    demand = table("land_demand_ha").reindex(order).fillna(0.0)
    width = 0.8 / max(1, demand.shape[1])
    for k, scenario in enumerate(demand.columns):
        offset = 0.4 - width * (k + 0.5)  # the first scenario on top
        land.barh(positions + offset, demand[scenario], height=width, label="\n".join(textwrap.wrap(str(scenario), 24)))
    land.set_title(tr("Land demand per scenario (ha)"), fontsize=10)
    land.xaxis.set_major_formatter(THOUSANDS)
    if demand.shape[1]:
        land.legend(ncols=min(3, demand.shape[1]), **below)
    hazard.set_yticks(positions, labels, fontsize=7)
    for axes in (hazard, coverage, land):
        axes.grid(axis="x", alpha=0.3)
    if len(codes) > top:
        figure.suptitle(
            tr("The {top} municipalities of {n} with the most people in high hazard").format(top=top, n=len(codes)),
            fontsize=9,
        )
    return figure
