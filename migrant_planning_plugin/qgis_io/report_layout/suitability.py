"""The suitability map: the suitability raster, the best candidate parcels and a detail map numbering them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from qgis.core import (
    QgsColorRampLegendNodeSettings,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
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
from ..styles import apply_style
from .layers import MapSet, in_crs, vector_copy
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


def style_parcels(layer: QgsVectorLayer, family: str, labels: bool) -> None:
    """The best parcels: a magenta outline over a white halo; with ``labels``, their rank in a round badge."""
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
    settings.fieldName = "rank"
    text = text_format(family, 7.5, "#ffffff", bold=True)
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeType.ShapeCircle)
    background.setSizeType(QgsTextBackgroundSettings.SizeType.SizeBuffer)
    background.setSize(QSizeF(0.8, 0.8))
    background.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    background.setFillColor(QColor("#7a0177"))
    background.setStrokeColor(QColor("#ffffff"))
    background.setStrokeWidth(0.35)
    background.setStrokeWidthUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    text.setBackground(background)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.AroundPoint
    settings.dist = 2.0
    settings.distUnits = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.displayAll = True
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


def prepare(inputs: MapInputs, project: QgsProject, family: str, language: str, areas) -> Optional[MapSet]:
    """The styled raster, best parcels (plain, and numbered for the detail map) and ``areas``, or None."""
    if inputs.suitability is None:
        return None
    raster = QgsRasterLayer(inputs.suitability.source(), tr("Suitability (0-1)"), inputs.suitability.providerType())
    style_suitability(raster, language)
    project.addMapLayer(raster, False)
    crs = inputs.drawing_crs(raster)
    mapset = MapSet([raster], [raster], in_crs(raster.extent(), raster.crs(), crs, project), crs)
    if areas is not None:
        mapset.layers.insert(0, areas)
    top = None
    if inputs.parcels is not None and inputs.parcels.fields().lookupField("rank") >= 0:
        name = tr("Best candidate parcels (rank)")
        subset = f'"rank" <= {int(inputs.top_n)}'
        plain = vector_copy(inputs.parcels, name, subset)
        style_parcels(plain, family, labels=False)
        top = vector_copy(inputs.parcels, name, subset)
        style_parcels(top, family, labels=True)
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
            mapset.detail_layers = [top, *([areas] if areas else []), raster]
    mapset.legend_layers = [*([top] if top is not None else []), raster, *([areas] if areas else [])]
    return mapset
