"""The growth maps: one small map per scenario, where it grows, coloured by period (the growth layers of
growth_scenarios, one per scenario, with the fields scenario and year)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsProject,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ...core.i18n import tr
from .layers import MapSet, Panel, SharedLayers, in_crs, vector_copy

if TYPE_CHECKING:
    from .maps import MapInputs

KEY = "scenarios"
PERIOD_COLORS = ("#fdd49e", "#fc8d59", "#b30000")
MAX_SCENARIOS = 6


def periods(first: int, last: int) -> List[Tuple[int, int]]:
    """The years first..last in up to three periods of (nearly) equal length."""
    years = list(range(first, last + 1))
    count = min(3, len(years))
    size, extra = divmod(len(years), count)
    out, start = [], 0
    for index in range(count):
        length = size + (1 if index < extra else 0)
        out.append((years[start], years[start + length - 1]))
        start += length
    return out


def year_range(layers: List[QgsVectorLayer]) -> Optional[Tuple[int, int]]:
    """The first and last year of the growth layers."""
    years = []
    for layer in layers:
        index = layer.fields().lookupField("year")
        if index >= 0:
            years += [int(v) for v in (layer.minimumValue(index), layer.maximumValue(index)) if v is not None]
    return (min(years), max(years)) if years else None


def style_growth(layer: QgsVectorLayer, spans: List[Tuple[int, int]]) -> None:
    """The land taken by the scenario, by period."""
    ranges = []
    for (first, last), color in zip(spans, PERIOD_COLORS[-len(spans) :] if len(spans) < 3 else PERIOD_COLORS):
        symbol = QgsFillSymbol.createSimple({"color": color, "outline_style": "no"})
        label = str(first) if first == last else f"{first}\u2013{last}"
        ranges.append(QgsRendererRange(first - 0.5, last + 0.5, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("year", ranges))
    layer.setLabelsEnabled(False)


def available(inputs: MapInputs) -> bool:
    """Whether growth layers were given."""
    return any(layer.fields().lookupField("year") >= 0 for layer in inputs.growth)


def prepare(
    inputs: MapInputs, project: QgsProject, family: str, language: str, shared: SharedLayers
) -> Optional[MapSet]:
    """One panel per scenario (at most six), or None without growth layers."""
    layers = [layer for layer in inputs.growth if layer.fields().lookupField("year") >= 0][:MAX_SCENARIOS]
    span = year_range(layers)
    if not layers or span is None:
        return None
    spans = periods(*span)
    crs = inputs.drawing_crs(layers[0])
    extent = None
    for layer in layers:
        box = in_crs(layer.extent(), layer.crs(), crs, project)
        if extent is None:
            extent = box
        else:
            extent.combineExtentWith(box)
    if shared.areas is not None:
        extent.combineExtentWith(in_crs(shared.areas.extent(), shared.areas.crs(), crs, project))
    outlines = shared.outlines(named=False)
    if inputs.exposure is not None:  # the city today, for reference
        city = vector_copy(inputs.exposure, tr("Existing settlements"))
        city.setRenderer(
            QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#d9d9d9", "outline_style": "no"}))
        )
        city.setLabelsEnabled(False)
        project.addMapLayer(city, False)
        outlines = [*outlines, city]
    panels, legend = [], []
    for layer in layers:
        name_index = layer.fields().lookupField("scenario")
        values = layer.uniqueValues(name_index) if name_index >= 0 else set()
        title = str(next(iter(values))) if len(values) == 1 else layer.name()
        growth = vector_copy(layer, tr("New residential land, by period"))
        style_growth(growth, spans)
        project.addMapLayer(growth, False)
        if not legend:
            legend.append(growth)
        panels.append(Panel(title, [*outlines, growth], extent))
    legend += list(reversed(outlines))
    return MapSet(panels[0].layers, legend, extent, crs, panels=panels)
