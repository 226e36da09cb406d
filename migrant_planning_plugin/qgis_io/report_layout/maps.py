"""The maps of the report: which can be drawn (one module per map: :mod:`.exposure`, :mod:`.suitability`, each
with ``KEY``, ``available(inputs)`` and ``prepare(...)``), and how a map is laid out on a page (legend, scale bar,
north arrow, CRS, caption, detail map)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSimpleLegendNode,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor

from ...core.i18n import tr
from ...core.report import MapSlot
from ..crs import describe
from . import access, exposure, scenarios, suitability
from .layers import MapSet, SharedLayers, mask_outside, style_areas, style_boundary, vector_copy
from .style import BOTTOM, GAP, LEFT, MM, MUTED, PRIMARY, WIDTH, text_format

# The map modules in the order of the report.
MAP_SECTIONS = (exposure, access, suitability, scenarios)
NORTH_ARROW = "arrows/NorthArrow_02.svg"


@dataclass
class MapInputs:
    """The layers of the maps (any may be missing) as given to the algorithm; they are copied, never changed."""

    exposure: Optional[QgsVectorLayer] = None
    suitability: Optional[QgsRasterLayer] = None
    parcels: Optional[QgsVectorLayer] = None
    areas: Optional[QgsVectorLayer] = None
    area_name_field: Optional[str] = None
    top_n: int = 10
    crs: Optional[QgsCoordinateReferenceSystem] = None  # the CRS to draw in (None: the first layer's)
    boundary: Optional[QgsVectorLayer] = None  # municipal boundary or area of interest
    hazard_levels: object = None  # GeoDataFrame: one polygon per level (any hazard type), in the drawing CRS
    access: Optional[QgsVectorLayer] = None  # service_access OUTPUT (one row per settlement and facility type)
    facilities: Optional[QgsVectorLayer] = None
    facility_type_field: Optional[str] = None
    access_thresholds: Dict[str, float] = field(default_factory=dict)  # by slug of the facility type
    access_unit: Optional[str] = None  # "m", "min" or None
    access_method: Optional[str] = None  # "straight", "network" or None
    growth: List[QgsVectorLayer] = field(default_factory=list)  # growth_scenarios' growth layers
    parcel_labels: Dict[int, str] = field(default_factory=dict)  # input rank -> rank shown (ties '2–6')
    suitability_breaks: List[float] = field(default_factory=list)  # the four class breaks of the raster

    def keys(self) -> set:
        """The maps these layers allow: exposure, access, suitability, scenarios."""
        return {section.KEY for section in MAP_SECTIONS if section.available(self)}

    def drawing_crs(self, layer) -> QgsCoordinateReferenceSystem:
        """The CRS a map of ``layer`` is drawn in: the one given, else the layer's."""
        return self.crs if self.crs is not None and self.crs.isValid() else layer.crs()


def prepare_maps(inputs: MapInputs, project: QgsProject, family: str, language: str = "es") -> Dict[str, MapSet]:
    """Styled copies of the map layers added to ``project`` (private), per map key."""
    maps: Dict[str, MapSet] = {}
    shared = SharedLayers()
    if inputs.areas is not None:
        shared.areas = vector_copy(inputs.areas, tr("Reporting areas"))
        style_areas(shared.areas, inputs.area_name_field, family)
        shared.areas_plain = vector_copy(inputs.areas, tr("Reporting areas"))
        style_areas(shared.areas_plain, None, family, labels=False)
    if inputs.boundary is not None:
        shared.boundary = vector_copy(inputs.boundary, tr("Municipal boundary or area of interest"))
        style_boundary(shared.boundary)
        shared.mask = vector_copy(inputs.boundary, tr("Outside the boundary"))
        mask_outside(shared.mask)
    for layer in (shared.areas, shared.areas_plain, shared.boundary, shared.mask):
        if layer is not None:
            project.addMapLayer(layer, False)
    for section in MAP_SECTIONS:
        mapset = section.prepare(inputs, project, family, language, shared)
        if mapset is not None:
            maps[section.KEY] = mapset
    return maps


def fit_extent(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """``extent`` grown in one direction to the width/height ratio of the map item (centre kept)."""
    ratio = width / height
    result = QgsRectangle(extent)
    if extent.width() / extent.height() > ratio:
        grow = extent.width() / ratio
        centre = extent.center().y()
        result.setYMinimum(centre - grow / 2)
        result.setYMaximum(centre + grow / 2)
    else:
        grow = extent.height() * ratio
        centre = extent.center().x()
        result.setXMinimum(centre - grow / 2)
        result.setXMaximum(centre + grow / 2)
    return result


class MapBlocks:
    """The map blocks of :class:`.builder.PageBuilder` (a mixin: it uses the builder's cursor and primitives)."""

    def _map_item(self, mapset: MapSet, layers, x: float, y: float, width: float, height: float, extent):
        """A framed map item showing ``layers`` over ``extent`` (grown to the item's shape)."""
        item = QgsLayoutItemMap(self.layout)
        item.setCrs(mapset.crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(QColor("#8a959b"))
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
        item.setBackgroundColor(QColor("#ffffff"))
        self._place(item, x, y, width, height)
        item.setExtent(fit_extent(extent, width, height))
        return item

    def map_block(self, slot: MapSlot) -> None:
        """A map with legend, scale bar, north arrow, CRS note and caption (and a detail map of the parcels)."""
        mapset = self.maps.get(slot.key)
        if mapset is None:
            return
        if mapset.panels:
            self.panels_block(slot, mapset)
            return
        extent = QgsRectangle(mapset.extent)
        extent.scale(1.04)
        aspect = extent.height() / extent.width() if extent.width() > 0 else 0.75
        caption_height = self.text_height(slot.caption, 8.0, WIDTH, italic=True)
        detail = mapset.detail_extent is not None
        below = 84.0 if detail else 44.0
        height = min(WIDTH * aspect, BOTTOM - self.y - below - caption_height)
        width = min(WIDTH, height / aspect)
        top = self.y
        item = self._map_item(mapset, mapset.layers, LEFT + (WIDTH - width) / 2, self.y, width, height, extent)
        self.y += height + 1.5
        self.label(slot.caption, LEFT, self.y, WIDTH, 8.0, MUTED, italic=True)
        self.map_captions.append(self.last_label)  # the HTML has its own caption: hidden in the map images
        self.y += caption_height + 2.0
        if not detail:
            legend_height = self._legend(item, mapset, LEFT, self.y)
            self._north_and_scale(item, LEFT + WIDTH - 80.0, self.y + 1.0, mapset.crs)
            bottom = self.y + max(legend_height, 26.0)
        else:
            side = min(BOTTOM - self.y, 84.0)
            detail_item = self._map_item(mapset, mapset.detail_layers, LEFT, self.y, side, side, mapset.detail_extent)
            overview = item.overview()
            overview.setLinkedMap(detail_item)
            overview.setFrameSymbol(
                QgsFillSymbol.createSimple(
                    {"color": "255,255,255,0", "outline_color": "#7a0177", "outline_width": "0.6"}
                )
            )
            main_x = LEFT + (WIDTH - width) / 2
            self._north_arrow(item, main_x + width - 11.0, top + 1.5, background=True)
            self._scale_bar(item, main_x + 1.5, top + height - 1.5, inside=True)
            column = LEFT + side + 6.0
            legend_height = self._legend(detail_item, mapset, column, self.y)
            self.label(tr("Scale of the detail map"), column, self.y + legend_height + 2.0, 60.0, 7.0, MUTED, bold=True)
            self._scale_bar(detail_item, column, self.y + legend_height + 5.5)
            self.label(
                self._crs_text(mapset.crs), column, self.y + legend_height + 16.0, LEFT + WIDTH - column, 7.0, MUTED
            )
            bottom = self.y + side
        self.map_regions[slot.key] = (self.page, QRectF(LEFT - 1, top - 1, WIDTH + 2, bottom - top + 2))
        self.y = bottom + GAP

    def panels_block(self, slot: MapSlot, mapset: MapSet) -> None:
        """Small maps in two columns, each titled, with one scale bar, legend, north arrow and CRS note below."""
        columns = 2 if len(mapset.panels) > 1 else 1
        rows = (len(mapset.panels) + columns - 1) // columns
        gap = 5.0
        cell = (WIDTH - (columns - 1) * gap) / columns
        extent = QgsRectangle(mapset.extent)
        extent.scale(1.04)
        aspect = extent.height() / extent.width() if extent.width() > 0 else 0.75
        caption_height = self.text_height(slot.caption, 8.0, WIDTH, italic=True)
        title_height = 5.0
        below = 40.0
        room = BOTTOM - self.y - below - caption_height - rows * (title_height + gap)
        height = min(cell * aspect, room / rows)
        width = min(cell, height / aspect)
        top = self.y
        items = []
        for index, panel in enumerate(mapset.panels):
            row, column = divmod(index, columns)
            x = LEFT + column * (cell + gap) + (cell - width) / 2
            y = top + row * (title_height + height + gap)
            self.label(panel.title, x, y, width, 8.5, PRIMARY, bold=True)
            items.append(self._map_item(mapset, panel.layers, x, y + title_height, width, height, extent))
        self.y = top + rows * (title_height + height + gap) - gap + 1.5
        self.label(slot.caption, LEFT, self.y, WIDTH, 8.0, MUTED, italic=True)
        self.map_captions.append(self.last_label)
        self.y += caption_height + 2.0
        legend_height = self._legend(items[0], mapset, LEFT, self.y)
        self._north_and_scale(items[0], LEFT + WIDTH - 80.0, self.y + 1.0, mapset.crs)
        bottom = self.y + max(legend_height, 26.0)
        self.map_regions[slot.key] = (self.page, QRectF(LEFT - 1, top - 1, WIDTH + 2, bottom - top + 2))
        self.y = bottom + GAP

    def _legend(self, map_item, mapset: MapSet, x: float, y: float) -> float:
        """The legend of the map's layers; returns its height."""
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)  # the legend now owns a copy of the project's tree: make it ours
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in mapset.legend_layers:
            root.addLayer(layer)
        for node in root.findLayers():
            nodes = legend.model().layerLegendNodes(node)
            ramps = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
            if isinstance(node.layer(), QgsRasterLayer) and ramps and len(ramps) < len(nodes):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, ramps)  # drop the 'Band 1 (Gray)' line
                legend.model().refreshLayerLegend(node)
        legend.setStyleFont(QgsLegendStyle.Style.Title, self.font(9.0, bold=True))
        legend.setStyleFont(QgsLegendStyle.Style.Subgroup, self.font(8.0, bold=True))
        legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, self.font(8.0))
        legend.setSymbolWidth(6.0)
        legend.setSymbolHeight(3.6)
        legend.setBoxSpace(1.5)
        legend.setStyleMargin(QgsLegendStyle.Style.Symbol, QgsLegendStyle.Side.Top, 1.3)
        legend.setStyleMargin(QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Side.Top, 2.5)
        legend.setColumnCount(mapset.legend_columns)
        legend.setSplitLayer(True)
        legend.setFrameEnabled(False)
        legend.setBackgroundEnabled(False)
        legend.setWrapString("\n")
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, y, MM), True, False, self.page)
        # adjustBoxSize() does nothing before the first paint: measure with the legend renderer instead
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(self._context())
        legend.attemptResize(QgsLayoutSize(size.width(), size.height(), MM))
        return size.height()

    def _north_and_scale(self, map_item, x: float, y: float, crs) -> None:
        """Scale bar and CRS from (x, y), north arrow at the right margin."""
        self._north_arrow(map_item, LEFT + WIDTH - 10.0, y)
        self._scale_bar(map_item, x, y)
        self.label(self._crs_text(crs), x, y + 14.0, LEFT + WIDTH - 12.0 - x, 7.0, MUTED)

    @staticmethod
    def _crs_text(crs) -> str:
        """'Coordinate reference system: EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)'."""
        return tr("Coordinate reference system: {crs}").format(crs=describe(crs))

    def _north_arrow(self, map_item, x: float, y: float, background: bool = False) -> None:
        """QGIS's north arrow SVG, rotated with the map."""
        path = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, self.project.pathResolver())
        if not path or not os.path.exists(path):
            return
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(path)
        arrow.setLinkedMap(map_item)
        arrow.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        if background:
            arrow.setBackgroundEnabled(True)
            arrow.setBackgroundColor(QColor(255, 255, 255, 210))
        self._place(arrow, x, y, 9.5, 12.5)

    def _scale_bar(self, map_item, x: float, y: float, inside: bool = False) -> None:
        """A single-box scale bar in km (m for small maps), numbers as in the tables; ``inside``: (x, y) is
        its lower-left corner on a white box over the map, else its upper-left corner."""
        bar = QgsLayoutItemScaleBar(self.layout)
        self.layout.addLayoutItem(bar)
        bar.setLinkedMap(map_item)
        bar.setStyle("Single Box")
        bar.applyDefaultSize()
        kilometres = map_item.extent().width() > 3000.0
        if kilometres:
            bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            bar.setUnitLabel("km")
        else:
            bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
            bar.setUnitLabel("m")
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(4 if not inside else 3)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(30.0 if inside else 35.0)
        bar.setMaximumBarWidth(45.0 if inside else 55.0)
        bar.setHeight(1.6)
        bar.setTextFormat(text_format(self.family, 7.0))
        number_format = QgsBasicNumericFormat()
        number_format.setShowThousandsSeparator(True)
        number_format.setThousandsSeparator("\u00a0")
        number_format.setDecimalSeparator("," if self.report.language == "es" else ".")
        bar.setNumericFormat(number_format)
        fill = QgsFillSymbol.createSimple({"color": PRIMARY, "outline_color": "#222222", "outline_width": "0.15"})
        bar.setFillSymbol(fill)
        if inside:
            bar.setBackgroundEnabled(True)
            bar.setBackgroundColor(QColor(255, 255, 255, 215))
            bar.setBoxContentSpace(1.2)
        bar.update()
        if inside:
            bar.attemptMove(QgsLayoutPoint(x, y, MM), True, False, self.page)
            bar.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerLeft)
            bar.attemptMove(QgsLayoutPoint(x, y, MM), True, False, self.page)
        else:
            bar.attemptMove(QgsLayoutPoint(x, y, MM), True, False, self.page)
