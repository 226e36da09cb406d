"""The exposure map: settlements by the share of their population in high hazard zones (any hazard), the hazard zones
by level drawn over them, the boundary and the reporting areas.

Colouring a whole settlement or comuna by the highest level that touches it overstates the exposure (a corner in
alta paints it all red); the share of its people in alta does not.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Optional

from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsProject,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...core.fields import detect_field
from ...core.i18n import tr
from ...core.report import Numbers
from .layers import MapSet, SharedLayers, categories, in_crs, is_polygon, memory_layer, vector_copy

if TYPE_CHECKING:
    from .maps import MapInputs

LOG = logging.getLogger("migrant_planning")
KEY = "exposure"
# Classes of the share of a settlement's population in alta: (upper bound, colour); the first is exactly 0.
SHARE_CLASSES = ((0.0, "#f2f2f2"), (0.10, "#fcbba1"), (0.25, "#fb6a4a"), (0.50, "#cb181d"), (1.0, "#67000d"))
# Hazard zones over the settlements: hatch colour per level.
ZONE_COLORS = {"alta": "#3d0a0a", "media": "#a6500a", "baja": "#8a7300"}


def share_expression(layer: QgsVectorLayer) -> Optional[str]:
    """The share of each settlement's population in alta (any hazard): any_a_pop over the population field, else
    the share of its area in alta (any_a_shr: the same for polygons split by area); None without those fields."""
    names = [f.name() for f in layer.fields()]
    population = detect_field([n for n in names if not n.startswith("any_")], "population")
    if "any_a_pop" in names and population:
        area_share = ' "any_a_shr",' if "any_a_shr" in names else ""
        return f'coalesce("any_a_pop" / nullif("{population}", 0),{area_share} 0)'
    if "any_a_shr" in names:
        return 'coalesce("any_a_shr", 0)'
    return None


def style_settlements(layer: QgsVectorLayer, percent) -> bool:
    """Graduated by the share of the population in alta; False when the layer has no exposure fields."""
    expression = share_expression(layer)
    if expression is None:
        return False
    ranges = []
    lower = 0.0
    for index, (upper, color) in enumerate(SHARE_CLASSES):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(color))
        if is_polygon(layer):
            symbol.symbolLayer(0).setStrokeColor(QColor("#9a9a9a"))
            symbol.symbolLayer(0).setStrokeWidth(0.1)
        else:
            symbol.setSize(2.2)
        if index == 0:
            label = tr("None")
        elif index == len(SHARE_CLASSES) - 1:
            label = tr("More than {low}").format(low=percent(lower))
        elif lower == 0:
            label = tr("Up to {high}").format(high=percent(upper))
        else:
            label = tr("{low} to {high}").format(low=percent(lower), high=percent(upper))
        top = upper if index < len(SHARE_CLASSES) - 1 else 1.0001  # shares a hair above 1 (rounding) stay in
        ranges.append(QgsRendererRange(lower, top, symbol, label))
        lower = upper
    renderer = QgsGraduatedSymbolRenderer(expression, ranges)
    layer.setRenderer(renderer)
    layer.setLabelsEnabled(False)
    return True


def zone_symbol(level: str) -> QgsFillSymbol:
    """A hazard zone drawn over the settlements: a hatch and an outline in the level's colour."""
    color = ZONE_COLORS[level]
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": color,
            "outline_width": {"alta": "0.45", "media": "0.35", "baja": "0.3"}[level],
            "outline_style": "solid" if level != "baja" else "dash",
        }
    )
    if level != "baja":
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45.0 if level == "alta" else -45.0)
        hatch.setDistance(1.3 if level == "alta" else 1.8)
        hatch.setLineWidth(0.18)
        hatch.setColor(QColor(color))
        symbol.insertSymbolLayer(0, hatch)
    return symbol


def prepare(
    inputs: MapInputs, project: QgsProject, family: str, language: str, shared: SharedLayers
) -> Optional[MapSet]:
    """The styled settlements and hazard zones added to ``project``, under the boundary and areas, or None."""
    if inputs.exposure is None:
        return None
    exposure = vector_copy(inputs.exposure, tr("Share of the population in high hazard zones"))
    numbers = Numbers(language)
    if not style_settlements(exposure, lambda share: numbers.percent(share, 0)):
        LOG.warning(
            tr(
                "{layer}: no field any_a_pop or any_a_shr (a settlement_exposure output has them); drawn in one colour."
            ).format(layer=inputs.exposure.name())
        )
        exposure.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(exposure.geometryType())))
    project.addMapLayer(exposure, False)
    crs = inputs.drawing_crs(exposure)
    extent = in_crs(exposure.extent(), exposure.crs(), crs, project)
    layers = [exposure]
    legend = [exposure]
    if inputs.hazard_levels is not None and len(inputs.hazard_levels):
        zones = memory_layer(inputs.hazard_levels[["hazard_level", "geometry"]], tr("Hazard zones (any type)"), crs)
        names = {"alta": tr("High (alta)"), "media": tr("Medium (media)"), "baja": tr("Low (baja)")}
        present = set(inputs.hazard_levels["hazard_level"])
        categories(
            zones,
            "hazard_level",
            [(level, names[level], zone_symbol(level)) for level in ("alta", "media", "baja") if level in present],
        )
        project.addMapLayer(zones, False)
        layers.insert(0, zones)
        legend.append(zones)
    if shared.areas is not None:
        extent.combineExtentWith(in_crs(shared.areas.extent(), shared.areas.crs(), crs, project))
        legend.append(shared.areas)
    if shared.boundary is not None:  # drawn, but the map frames the settlements: where the people are
        legend.append(shared.boundary)
    layers = shared.outlines() + layers
    return MapSet(layers, legend, extent, crs)


def available(inputs: MapInputs) -> bool:
    """Whether the exposure map can be drawn."""
    return inputs.exposure is not None
