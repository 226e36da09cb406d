"""The suitability map: the suitability raster, the best candidate parcels and a detail map numbering them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsSimpleLineCallout,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBackgroundSettings,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor

from ...core.i18n import tr
from ...core.report import Numbers
from ...core.report.suitability import suitability_class_names
from ..styles import apply_style
from .layers import MapSet, SharedLayers, in_crs, vector_copy
from .style import text_format

if TYPE_CHECKING:
    from .maps import MapInputs

KEY = "suitability"
SUITABILITY_STYLE = "suitability.qml"


def style_suitability(layer: QgsRasterLayer, language: str) -> None:
    """The suitability ramp of resources/styles, its legend as classes with the ends named."""
    apply_style(layer, SUITABILITY_STYLE)
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer) or renderer.shader() is None:
        return
    function = renderer.shader().rasterShaderFunction()
    numbers = Numbers(language)
    items = function.colorRampItemList()
    if not items:
        return
    low, high = items[0].value, items[-1].value
    for item in items:
        item.label = numbers.number(item.value, 1)
    items[0].label = tr("{value} unsuitable or excluded").format(value=numbers.number(low, 0))
    items[-1].label = tr("{value} best").format(value=numbers.number(high, 0))
    function.setColorRampItemList(items)
    if hasattr(function, "legendSettings"):
        settings = QgsColorRampLegendNodeSettings(function.legendSettings())
        settings.setUseContinuousLegend(False)
        function.setLegendSettings(settings)


# Suitability classes drawn from the class breaks of the raster metadata, lowest first, and excluded land.
CLASS_COLORS = ("#fdae61", "#fee08b", "#d9ef8b", "#66bd63", "#1a9850")
EXCLUDED_COLOR = "#7b7b7b"


def style_classes(layer: QgsRasterLayer, breaks: Sequence[float], language: str) -> bool:
    """The raster in the five classes of ``breaks`` (as the table of areas per class) and excluded land (value 0)
    in its own grey; False when there are not four breaks."""
    if len(breaks) != 4:
        return False
    numbers = Numbers(language)
    names = suitability_class_names()
    keys = ("muy baja", "baja", "media", "alta", "muy alta")
    bounds = [0.0, *breaks, 1.0]
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(EXCLUDED_COLOR), tr("Excluded by a constraint"))]
    for index, key in enumerate(keys):
        top = bounds[index + 1]
        # a value equal to a break belongs to the class above it (as in site_suitability): stop just below it
        value = float(np.nextafter(np.float32(top), np.float32(-1))) if index < len(keys) - 1 else 1.0
        label = tr("{name} ({low} to {high})").format(
            name=names[key], low=numbers.number(bounds[index], 1), high=numbers.number(top, 1)
        )
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(CLASS_COLORS[index]), label))
    ramp = QgsColorRampShader(0.0, 1.0)
    ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    layer.setRenderer(renderer)
    return True


def style_parcels(layer: QgsVectorLayer, family: str, labels: Optional[Dict[int, str]]) -> None:
    """The best parcels: a magenta outline over a white halo; with ``labels`` (input rank -> rank shown), that
    rank in a round badge beside the parcel."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,0,170,70", "outline_color": "#ffffff", "outline_width": "0.9", "outline_style": "solid"}
    )
    inner = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#7a0177", "outline_width": "0.45"})
    symbol.appendSymbolLayer(inner.symbolLayer(0).clone())
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if not labels:
        layer.setLabelsEnabled(False)
        return
    settings = QgsPalLayerSettings()
    cases = " ".join(f"WHEN \"rank\" = {int(rank)} THEN '{text}'" for rank, text in labels.items())
    settings.fieldName = f'CASE {cases} ELSE to_string("rank") END'
    settings.isExpression = True
    text = text_format(family, 7.0, "#ffffff", bold=True)
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeType.ShapeRectangle)
    background.setRadii(QSizeF(1.2, 1.2))
    background.setRadiiUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    background.setSizeType(QgsTextBackgroundSettings.SizeType.SizeBuffer)
    background.setSize(QSizeF(0.7, 0.4))
    background.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    background.setFillColor(QColor("#7a0177"))
    background.setStrokeColor(QColor("#ffffff"))
    background.setStrokeWidth(0.3)
    background.setStrokeWidthUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    text.setBackground(background)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.AroundPoint
    settings.dist = 2.5
    settings.distUnits = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.displayAll = True  # every listed parcel keeps its number; the areas' names give way
    settings.priority = 10
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setLineSymbol(QgsLineSymbol.createSimple({"color": "#7a0177", "width": "0.3"}))
    settings.setCallout(callout)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def available(inputs: MapInputs) -> bool:
    """Whether the suitability map can be drawn."""
    return inputs.suitability is not None


def prepare(
    inputs: MapInputs, project: QgsProject, family: str, language: str, shared: SharedLayers
) -> Optional[MapSet]:
    """The styled raster clipped to the boundary, the best parcels (plain, and numbered for the detail map), the
    boundary and the areas, or None."""
    if inputs.suitability is None:
        return None
    raster = QgsRasterLayer(inputs.suitability.source(), tr("Suitability (0-1)"), inputs.suitability.providerType())
    if not style_classes(raster, inputs.suitability_breaks, language):
        style_suitability(raster, language)
    project.addMapLayer(raster, False)
    crs = inputs.drawing_crs(raster)
    extent = in_crs(raster.extent(), raster.crs(), crs, project)
    if shared.boundary is not None:
        extent = in_crs(shared.boundary.extent(), shared.boundary.crs(), crs, project)
    clip = [shared.mask] if shared.mask is not None else []
    mapset = MapSet([*shared.outlines(), *clip, raster], [raster], extent, crs)
    top = None
    ranks = sorted(inputs.parcel_labels) if inputs.parcel_labels else []
    if inputs.parcels is not None and inputs.parcels.fields().lookupField("rank") >= 0 and ranks:
        name = tr("Best candidate parcels (rank in the table)")
        subset = '"rank" IN ({})'.format(", ".join(str(int(r)) for r in ranks))
        plain = vector_copy(inputs.parcels, name, subset)
        style_parcels(plain, family, labels=None)
        top = vector_copy(inputs.parcels, name, subset)
        style_parcels(top, family, labels=inputs.parcel_labels)
        for layer in (plain, top):
            project.addMapLayer(layer, False)
        mapset.layers.insert(0, plain)
        if top.featureCount() > 0:
            detail = in_crs(top.extent(), top.crs(), crs, project)
            side = max(detail.width(), detail.height(), 400.0) * 1.35
            centre = detail.center()
            mapset.detail_extent = QgsRectangle(
                centre.x() - side / 2, centre.y() - side / 2, centre.x() + side / 2, centre.y() + side / 2
            )
            mapset.detail_layers = [top, *shared.outlines(named=False), *clip, raster]
    mapset.legend_layers = [*([top] if top is not None else []), raster, *reversed(shared.outlines())]
    return mapset
