"""The exposure map: settlements by the highest level of any hazard, reporting areas named."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Optional

from qgis.core import QgsProject, QgsSingleSymbolRenderer, QgsSymbol, QgsVectorLayer, QgsWkbTypes

from ...core.i18n import tr
from ..styles import apply_style, level_labels
from .layers import MapSet, in_crs, vector_copy

if TYPE_CHECKING:
    from .maps import MapInputs

LOG = logging.getLogger("migrant_planning")
KEY = "exposure"
EXPOSURE_STYLE = "exposure_settlements.qml"
EXPOSURE_POINTS_STYLE = "exposure_settlements_points.qml"


def style_exposure(layer: QgsVectorLayer) -> None:
    """Categories of the highest level of any hazard (field any_lvl), labels in the report's language."""
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    style = EXPOSURE_STYLE if polygons else EXPOSURE_POINTS_STYLE
    if layer.fields().lookupField("any_lvl") >= 0 and apply_style(layer, style, level_labels()):
        return
    LOG.warning(
        tr("{layer}: no field any_lvl (a settlement_exposure output has it); drawn in one colour.").format(
            layer=layer.name()
        )
    )
    layer.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(layer.geometryType())))


def available(inputs: MapInputs) -> bool:
    """Whether the exposure map can be drawn."""
    return inputs.exposure is not None


def prepare(inputs: MapInputs, project: QgsProject, family: str, language: str, areas) -> Optional[MapSet]:
    """The styled exposure layer (and the styled ``areas`` over it) added to ``project``, or None."""
    if inputs.exposure is None:
        return None
    exposure = vector_copy(inputs.exposure, tr("Settlements by highest hazard level"))
    style_exposure(exposure)
    project.addMapLayer(exposure, False)
    crs = inputs.drawing_crs(exposure)
    extent = in_crs(exposure.extent(), exposure.crs(), crs, project)
    if areas is not None:
        extent.combineExtentWith(in_crs(areas.extent(), areas.crs(), crs, project))
    layers = [areas, exposure] if areas is not None else [exposure]
    return MapSet(layers, [exposure, *([areas] if areas else [])], extent, crs)
