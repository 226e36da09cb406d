"""Charts of the summary tables, as matplotlib Figures: the dock shows them on a Qt canvas, the report
saves them as PNG. No pyplot (no global state) and no Qt here.

One function per chart. Each chart is in the language of the run (its texts go through ``tr`` when the function
is called), is titled with what it counts, has its axes' units, a value on every bar (segments too narrow for
their value show it in the total), numbers in the reader's format (:class:`.numbers.Numbers`), and its legend
above the plot, never on the bars. :func:`fit_value_labels` hides the values that do not fit their bar once the
figure has its final size (the dock's canvas calls it after drawing, :func:`save_png` before saving).

Input tables have the SUMMARY columns of the algorithms (public interface):
- exposure: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households,
  population_share
- access: area_name, facility_type, population, population_covered, share_covered, migrants,
  migrants_covered, mean_cost, unreachable
- scenarios: scenario, year, population_added, ..., land_demand_ha, land_allocated_ha, unmet_demand_ha,
  pop_in_hazard_alta, pop_in_hazard_media, ..., school_seats_needed, health_capacity_needed, lcrpgr
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .access import covered_share
from .i18n import tr
from .numbers import Numbers
from .scenarios import scenario_totals
from .text import fold

LEVEL_COLORS = {"alta": "#d7191c", "media": "#fdae61", "baja": "#fee08b"}
ALL = "ALL"
# Value labels are texts with this gid: a segment's value (hidden when wider than the segment) or a bar's total.
SEGMENT = "value-segment"
TOTAL = "value-total"
LABEL_SIZE = 7
# Reporting areas: the singular of common layer names, for titles such as "Migrants in hazard zones by comuna".
AREA_UNITS = {
    "comunas": "comuna",
    "comuna": "comuna",
    "barrios": "barrio",
    "barrio": "barrio",
    "upz": "UPZ",
    "localidades": "localidad",
    "localidad": "localidad",
    "veredas": "vereda",
    "corregimientos": "corregimiento",
    "sectores": "sector",
    "districts": "district",
    "neighbourhoods": "neighbourhood",
    "neighborhoods": "neighborhood",
}


def level_labels() -> dict:
    """Translated legend labels of the hazard levels."""
    return {"alta": tr("High (alta)"), "media": tr("Medium (media)"), "baja": tr("Low (baja)")}


def area_unit(name: Optional[str]) -> str:
    """What one reporting area is called, from the areas layer's name ('Comunas' -> 'comuna'); else 'area'."""
    return AREA_UNITS.get(fold(name or "").strip(), tr("area"))


def _numbers(numbers: Optional[Numbers]) -> Numbers:
    return numbers if numbers is not None else Numbers("es")


def _axis_formatter(numbers: Numbers) -> FuncFormatter:
    """Tick labels in the reader's format: whole numbers grouped, else one decimal."""

    def text(value: float, _position: Optional[int] = None) -> str:
        digits = 0 if abs(value - round(value)) < 1e-9 else 1
        return numbers.number(value, digits)

    return FuncFormatter(text)


def _empty(figure: Figure, message: str) -> Figure:
    """A figure that says there is nothing to show."""
    axes = figure.add_subplot(111)
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555", wrap=True)
    return figure


def _title(axes, text: str, width_inches: float, size: int = 10, legend: bool = True) -> None:
    """A panel's title wrapped to its width, raised above the legend that sits on top of the plot."""
    axes.set_title(_fill(text, width_inches * 0.8, size), fontsize=size, pad=20 if legend else 6)


def _chart_title(figure: Figure, text: str, width_inches: float, size: int = 10) -> None:
    """The title of a one-panel chart, centred over the figure and wrapped to its width."""
    figure.suptitle(_fill(text, width_inches, size), fontsize=size)


def _fill(text: str, width_inches: float, size: int) -> str:
    import textwrap

    return textwrap.fill(text, max(20, int(width_inches * 72 / (size * 0.6))))


def title_of(figure: Figure) -> str:
    """A chart's title on one line (the figure's, else its first panel's)."""
    title = figure._suptitle.get_text() if figure._suptitle is not None else figure.axes[0].get_title()
    return title.replace("\n", " ")


def _legend_above(axes, width_inches: float) -> None:
    """The legend between the title and the plot, never on the bars: in as many columns as fit the plot's width
    (about 60 % of the figure's beside the axis labels), else in more rows."""
    labels = [text for text in axes.get_legend_handles_labels()[1]]
    entry = [(len(text) * 0.6 + 2.8) * 7 for text in labels]  # points: text at 7 pt, handle and spacing
    room = width_inches * 72 * 0.6
    columns = len(labels)
    while columns > 1 and max(sum(entry[i : i + columns]) for i in range(0, len(entry), columns)) > room:
        columns -= 1
    axes.legend(
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=max(1, columns),
        fontsize=7,
        frameon=False,
        borderaxespad=0.2,
        handlelength=1.2,
        columnspacing=1.0,
    )
    rows = -(-len(labels) // max(1, columns))
    if axes.get_title():  # the panel's title above its legend
        axes.set_title(axes.get_title(), fontsize=axes.title.get_fontsize(), pad=8 + 11 * rows)


def _label_segments(
    axes, container, values: Sequence[float], numbers: Numbers, shown: Sequence[bool], colour: str = "#000000"
) -> None:
    """Each segment's value inside it, for the bars where ``shown`` (those of two segments or more: a bar of one
    segment shows its total only); hidden later by :func:`fit_value_labels` when it does not fit."""
    texts = [numbers.integer(v) if v > 0 and show else "" for v, show in zip(values, shown)]
    for text in axes.bar_label(container, labels=texts, label_type="center", fontsize=LABEL_SIZE, color=colour):
        text.set_gid(SEGMENT)


def _label_totals(axes, container, values: Sequence[float], labels: Sequence[str]) -> None:
    """The total at the end of each bar."""
    texts = [label if np.isfinite(v) else "" for v, label in zip(values, labels)]
    for text in axes.bar_label(container, labels=texts, label_type="edge", padding=2, fontsize=LABEL_SIZE):
        text.set_gid(TOTAL)


def _wrap(text: str, width: int = 14) -> str:
    """Break a long label over lines at spaces."""
    words, lines, line = str(text).split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- exposure
def exposure_title(measure: str, area: str) -> str:
    """'Migrants in hazard zones by comuna'."""
    titles = {
        "population": tr("People in hazard zones by {area}"),
        "migrants": tr("Migrants in hazard zones by {area}"),
        "households": tr("Households in hazard zones by {area}"),
    }
    return titles.get(measure, titles["population"]).format(area=area)


def exposure_by_area(
    summary: pd.DataFrame,
    hazard_type: str = "any",
    measure: str = "population",
    figsize=(7.5, 4.5),
    numbers: Optional[Numbers] = None,
    area: Optional[str] = None,
) -> Figure:
    """Stacked horizontal bars: ``measure`` (population, migrants, households) in hazard zones per area, by level.

    ``area``: what one area is called ('comuna', see :func:`area_unit`); the total of each bar at its end.
    """
    numbers = _numbers(numbers)
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
    names = [_wrap(n, 22) for n in table.index.astype(str)]
    several = (table[list(LEVEL_COLORS)] > 0).sum(axis=1).to_numpy() > 1
    container = None
    for level, color in LEVEL_COLORS.items():
        values = table[level].to_numpy(float)
        container = axes.barh(
            names, values, left=left, color=color, edgecolor="#444444", linewidth=0.4, label=labels[level]
        )
        _label_segments(axes, container, values, numbers, several, "#ffffff" if level == "alta" else "#000000")
        left += values
    _label_totals(axes, container, left, [numbers.integer(v) for v in left])
    units = {"population": tr("persons"), "migrants": tr("migrants (persons)"), "households": tr("households")}
    axes.set_xlabel(units.get(measure, measure), fontsize=8)
    axes.set_xlim(0, max(1.0, float(left.max())) * 1.22)  # room for the totals
    hazard_name = hazard_type if hazard_type != "any" else tr("any hazard")
    what = exposure_title(measure, area or tr("area"))
    _chart_title(figure, f"{what} ({hazard_name})", figsize[0])
    _legend_above(axes, figsize[0])
    axes.grid(axis="x", alpha=0.3)
    axes.tick_params(labelsize=7)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axes.xaxis.set_major_formatter(_axis_formatter(numbers))
    return figure


# ---------------------------------------------------------------------------------------------- access
def coverage_by_type(
    summary: pd.DataFrame,
    area: str = ALL,
    figsize=(7.5, 4.0),
    numbers: Optional[Numbers] = None,
    thresholds: Optional[Dict[str, str]] = None,
    area_name: Optional[str] = None,
) -> Figure:
    """Grouped bars: share of the population and of migrants within the threshold, per facility type, in one area.

    ``thresholds``: facility type -> its threshold as text ('1 500 m'), shown under the type; ``area_name``: the
    area's name in the title (the whole municipality when ``area`` is ALL).
    """
    numbers = _numbers(numbers)
    figure = Figure(figsize=figsize, layout="constrained")
    rows = summary[summary["area_name"] == area]
    if rows.empty:
        return _empty(figure, tr("No access results to show."))
    rows = rows.sort_values("facility_type")
    population = rows["share_covered"].to_numpy(float) * 100.0
    migrants = np.nan_to_num(covered_share(rows, "migrants").to_numpy(float) * 100.0)
    positions = np.arange(len(rows))
    axes = figure.add_subplot(111)
    bars = [
        (positions - 0.2, population, "#2c7fb8", tr("population")),
        (positions + 0.2, migrants, "#f29e4c", tr("migrants")),
    ]
    for x, values, colour, name in bars:
        container = axes.bar(x, values, width=0.4, color=colour, label=name)
        _label_totals(axes, container, values, [numbers.percent(v / 100.0, 0) for v in values])
    thresholds = thresholds or {}
    ticks = []
    for kind in rows["facility_type"].astype(str):
        limit = thresholds.get(kind)
        ticks.append(_wrap(kind, 14) + (f"\n({limit})" if limit else ""))
    axes.set_xticks(positions)
    axes.set_xticklabels(ticks)
    axes.set_ylim(0, 112)
    axes.set_ylabel(tr("% within the threshold"), fontsize=8)
    where = tr("whole municipality") if area == ALL else (area_name or str(area))
    _chart_title(
        figure, tr("Population and migrants within reach of each service ({area})").format(area=where), figsize[0]
    )
    _legend_above(axes, figsize[0])
    axes.grid(axis="y", alpha=0.3)
    axes.tick_params(labelsize=7)
    axes.yaxis.set_major_formatter(_axis_formatter(numbers))
    return figure


# ---------------------------------------------------------------------------------------------- scenarios
def scenario_comparison(
    summary: pd.DataFrame,
    figsize=(9.0, 3.8),
    stacked: bool = False,
    numbers: Optional[Numbers] = None,
    totals: Optional[pd.DataFrame] = None,
    needs: Optional[Sequence[Tuple[str, Sequence[Tuple[str, str, str]]]]] = None,
) -> Figure:
    """Panels per scenario (totals up to the horizon): new land, new residents in hazard zones, and the service
    needs; side by side (two rows of two for four panels), or one above the other with ``stacked`` (a narrow panel).

    ``totals``: the totals per scenario when already computed (with more columns); ``needs``: the need panels as
    (title with unit, [(column, label, colour)]); by default school places and health capacity, one panel each.
    """
    numbers = _numbers(numbers)
    figure = Figure(figsize=figsize, layout="constrained")
    if summary.empty and (totals is None or totals.empty):
        return _empty(figure, tr("No scenarios to show."))
    totals = (scenario_totals(summary) if totals is None else totals).fillna(0.0)  # unknown values drawn as 0
    if needs is None:
        needs = [
            (tr("School places needed (places)"), [("school_seats_needed", tr("school places"), "#7570b3")]),
            (
                tr("Health capacity needed (capacity units)"),
                [("health_capacity_needed", tr("health capacity"), "#e7298a")],
            ),
        ]
    names = totals["scenario"].tolist()
    positions = np.arange(len(names))
    count = 2 + len(needs)
    if stacked:
        axes_list, columns = list(np.atleast_1d(figure.subplots(count, 1))), 1
    elif count == 4:  # two rows of two: room for the names of the scenarios
        axes_list, columns = list(figure.subplots(2, 2).ravel()), 2
    else:
        axes_list, columns = list(np.atleast_1d(figure.subplots(1, count))), count
    panel = figsize[0] / columns
    land, hazard = axes_list[0], axes_list[1]
    allocated = totals["land_allocated_ha"].to_numpy(float)
    unmet = totals["unmet_demand_ha"].to_numpy(float)
    several = (allocated > 0) & (unmet > 0)
    container = land.bar(positions, allocated, color="#1b9e77", label=tr("allocated"))
    _label_segments(land, container, allocated, numbers, several, "#ffffff")
    container = land.bar(positions, unmet, bottom=allocated, color="#d95f02", hatch="//", label=tr("not found"))
    _label_segments(land, container, unmet, numbers, several)
    _label_totals(land, container, allocated + unmet, [numbers.integer(v) for v in allocated + unmet])
    _title(land, tr("New land (ha)"), panel, 9)
    _legend_above(land, panel)
    alta = totals["pop_in_hazard_alta"].to_numpy(float)
    media = totals["pop_in_hazard_media"].to_numpy(float)
    several = (alta > 0) & (media > 0)
    container = hazard.bar(positions, alta, color=LEVEL_COLORS["alta"], label=tr("High (alta)"))
    _label_segments(hazard, container, alta, numbers, several, "#ffffff")
    container = hazard.bar(positions, media, bottom=alta, color=LEVEL_COLORS["media"], label=tr("Medium (media)"))
    _label_segments(hazard, container, media, numbers, several)
    _label_totals(hazard, container, alta + media, [numbers.integer(v) for v in alta + media])
    _title(hazard, tr("New residents in hazard zones (persons)"), panel, 9)
    _legend_above(hazard, panel)
    for axes, (title, series) in zip(axes_list[2:], needs):
        width = 0.8 / max(1, len(series))
        for index, (column, label, colour) in enumerate(series):
            offset = (index - (len(series) - 1) / 2) * width
            values = totals[column].to_numpy(float) if column in totals.columns else np.zeros(len(names))
            container = axes.bar(positions + offset, values, width=width, color=colour, label=label)
            _label_totals(axes, container, values, [numbers.integer(v) for v in values])
        _title(axes, title, panel, 9, legend=len(series) > 1)
        if len(series) > 1:  # one series: the title says what it is
            _legend_above(axes, panel)
    for axes in axes_list:
        axes.set_xticks(positions)
        axes.set_xticklabels([_wrap(n, 16 if stacked else 12) for n in names], fontsize=7)
        axes.tick_params(axis="y", labelsize=7)
        axes.grid(axis="y", alpha=0.3)
        top = max((float(b.get_y() + b.get_height()) for b in axes.patches), default=0.0)
        axes.set_ylim(0, max(1.0, top) * 1.2)  # room for the totals
        axes.yaxis.set_major_locator(MaxNLocator(nbins=4))
        axes.yaxis.set_major_formatter(_axis_formatter(numbers))
    return figure


# ---------------------------------------------------------------------------------------------- drawing
def fit_value_labels(figure: Figure, renderer=None) -> List[str]:
    """Hide the segment values wider or taller than their segment (the figure must have its final size);
    returns the values hidden."""
    from matplotlib.patches import Rectangle

    if renderer is None:
        renderer = _renderer(figure)
    hidden = []
    for axes in figure.get_axes():
        segments = [t for t in axes.texts if t.get_gid() == SEGMENT and t.get_text()]
        bars = [p for p in axes.patches if isinstance(p, Rectangle)]
        for text in segments:
            text.set_visible(True)
            extent = text.get_window_extent(renderer)
            centre = ((extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2)
            owner = next((b for b in bars if b.get_window_extent(renderer).contains(*centre)), None)
            if owner is None:
                continue
            box = owner.get_window_extent(renderer)
            if extent.width > box.width - 6 or extent.height > box.height - 2:
                text.set_visible(False)
                hidden.append(text.get_text())
    return hidden


def _renderer(figure: Figure):
    """A renderer of the figure at its size (drawing it once)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = figure.canvas
    if not hasattr(canvas, "get_renderer"):
        canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def save_png(figure: Figure, path: str, dpi: int = 150) -> str:
    """Write a figure as PNG (values that do not fit their bars hidden); returns the path."""
    fit_value_labels(figure)
    figure.savefig(path, dpi=dpi, format="png", facecolor="white")
    return path
