"""The council report as a QGIS print layout (A4 portrait): cover, maps, tables, charts, method.

:func:`build_layout` lays out a :class:`~..core.report.Report` (content computed in ``core``) with
QGIS layout items only — labels, maps, legends, scale bars, a north arrow, pictures, manual tables and
shapes; no HTML item, so no QtWebKit. Each section starts on a new page; a table or chart that does
not fit continues on the next page (tables repeat their header). The map layers are styled copies
kept in a private project: the user's layers and project are never touched.

Layouts are QGraphicsScenes: build and export them on the main thread (the algorithm says so with
``FlagNoThreading``).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsColorRampLegendNodeSettings,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMapLayerLegendUtils,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSimpleLegendNode,
    QgsSimpleLineCallout,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayerUtils,
    QgsTableCell,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF

from ..core.i18n import tr
from ..core.report import Chart, Heading, MapSlot, Numbers, PageBreak, Paragraph, Report, Table
from .crs import describe
from .styles import apply_style, level_labels

LOG = logging.getLogger("migrant_planning")

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0
LEFT = 15.0
WIDTH = PAGE_WIDTH - 2 * LEFT
TOP = 24.0  # body starts below the running header
BOTTOM = 278.0  # body ends above the footer
GAP = 4.0

PRIMARY = "#1d4e5f"
ACCENT = "#e07b39"
TEXT = "#222222"
MUTED = "#5d6970"
LIGHT = "#eef3f5"
ROW_SHADE = "#f5f7f8"
GRID = "#c9d2d7"
FLAG_COLORS = {"low": "#f8d3cf", "mid": "#fde8c4"}

# Clean sans-serif families, first installed wins. Not Lato: Qt writes its "ti" ligature without text, so the
# PDF would read "popula on" when searched or copied.
FONT_CANDIDATES = (
    "Source Sans 3",
    "Source Sans Pro",
    "Noto Sans",
    "Open Sans",
    "Segoe UI",
    "Arial",
    "Liberation Sans",
    "Helvetica",
    "DejaVu Sans",
)
EXPOSURE_STYLE = "exposure_settlements.qml"
EXPOSURE_POINTS_STYLE = "exposure_settlements_points.qml"
SUITABILITY_STYLE = "suitability.qml"
NORTH_ARROW = "arrows/NorthArrow_02.svg"
# QgsLayoutUtils draws label text with fonts scaled by this factor (FONT_WORKAROUND_SCALE).
_FONT_SCALE = 10.0


def font_family() -> str:
    """The first installed family of FONT_CANDIDATES (a clean sans-serif), else the default font."""
    installed = set(QFontDatabase().families())
    for family in FONT_CANDIDATES:
        if family in installed:
            return family
    return QFont().family()


# ------------------------------------------------------------------------------------------------- map layers
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

    def keys(self) -> set:
        """The maps these layers allow: 'exposure' and/or 'suitability'."""
        keys = set()
        if self.exposure is not None:
            keys.add("exposure")
        if self.suitability is not None:
            keys.add("suitability")
        return keys


def _vector_copy(layer: QgsVectorLayer, name: str, expression: str = "") -> QgsVectorLayer:
    """An independent copy of a vector layer to style (file layers reopened, others copied to memory).

    With ``expression``, only the features it selects, copied to memory: a subset string on a GeoPackage
    layer makes OGR write to the file (SQLite's change counter), and inputs are never modified.
    """
    if layer.providerType() == "ogr" and not layer.subsetString() and not expression:
        copy = QgsVectorLayer(layer.source(), name, "ogr")
        if copy.isValid():
            return copy
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    copy = layer.materialize(request)
    copy.setName(name)
    return copy


def _text_format(family: str, size: float, color: str = TEXT, bold: bool = False, buffer: bool = False):
    """A QgsTextFormat in points."""
    text = QgsTextFormat()
    font = QFont(family)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text.setColor(QColor(color))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(0.8)
        settings.setColor(QColor("#ffffff"))
        text.setBuffer(settings)
    return text


def _style_exposure(layer: QgsVectorLayer) -> None:
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


def _style_suitability(layer: QgsRasterLayer, language: str) -> None:
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


def _style_areas(layer: QgsVectorLayer, name_field: Optional[str], family: str, size: float = 7.5) -> None:
    """Reporting areas: dark outline, name labels."""
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#3b3b3b", "outline_width": "0.45"})
        )
    )
    if name_field and layer.fields().lookupField(name_field) >= 0:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(_text_format(family, size, "#333333", bold=True, buffer=True))
        settings.placement = QgsPalLayerSettings.Placement.Horizontal
        settings.displayAll = True
        settings.priority = 3
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


def _style_parcels(layer: QgsVectorLayer, family: str, labels: bool) -> None:
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
    text = _text_format(family, 7.5, "#ffffff", bold=True)
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


@dataclass
class _MapSet:
    """Styled copies of the layers of one map, top layer first, its extent and CRS, and an optional detail
    map (the best parcels, zoomed in)."""

    layers: List[object]
    legend_layers: List[object]
    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    detail_layers: List[object] = field(default_factory=list)
    detail_extent: Optional[QgsRectangle] = None


def prepare_maps(inputs: MapInputs, project: QgsProject, family: str, language: str = "es") -> Dict[str, _MapSet]:
    """Styled copies of the map layers added to ``project`` (private), per map key."""
    maps: Dict[str, _MapSet] = {}
    areas = None
    if inputs.areas is not None:
        areas = _vector_copy(inputs.areas, tr("Reporting areas"))
        _style_areas(areas, inputs.area_name_field, family)
        project.addMapLayer(areas, False)
    given = inputs.crs is not None and inputs.crs.isValid()
    if inputs.exposure is not None:
        exposure = _vector_copy(inputs.exposure, tr("Settlements by highest hazard level"))
        _style_exposure(exposure)
        project.addMapLayer(exposure, False)
        crs = inputs.crs if given else exposure.crs()
        extent = _in_crs(exposure.extent(), exposure.crs(), crs, project)
        if areas is not None:
            extent.combineExtentWith(_in_crs(areas.extent(), areas.crs(), crs, project))
        layers = [areas, exposure] if areas is not None else [exposure]
        maps["exposure"] = _MapSet(layers, [exposure, *([areas] if areas else [])], extent, crs)
    if inputs.suitability is not None:
        raster = QgsRasterLayer(inputs.suitability.source(), tr("Suitability (0-1)"), inputs.suitability.providerType())
        _style_suitability(raster, language)
        project.addMapLayer(raster, False)
        crs = inputs.crs if given else raster.crs()
        mapset = _MapSet([raster], [raster], _in_crs(raster.extent(), raster.crs(), crs, project), crs)
        if areas is not None:
            mapset.layers.insert(0, areas)
        top = None
        if inputs.parcels is not None and inputs.parcels.fields().lookupField("rank") >= 0:
            name = tr("Best candidate parcels (rank)")
            subset = f'"rank" <= {int(inputs.top_n)}'
            plain = _vector_copy(inputs.parcels, name, subset)
            _style_parcels(plain, family, labels=False)
            top = _vector_copy(inputs.parcels, name, subset)
            _style_parcels(top, family, labels=True)
            for layer in (plain, top):
                project.addMapLayer(layer, False)
            mapset.layers.insert(0, plain)
            if top.featureCount() > 0:
                detail = _in_crs(top.extent(), top.crs(), crs, project)
                side = max(detail.width(), detail.height(), 400.0) * 1.35
                centre = detail.center()
                mapset.detail_extent = QgsRectangle(
                    centre.x() - side / 2, centre.y() - side / 2, centre.x() + side / 2, centre.y() + side / 2
                )
                mapset.detail_layers = [top, *([areas] if areas else []), raster]
        mapset.legend_layers = [*([top] if top is not None else []), raster, *([areas] if areas else [])]
        maps["suitability"] = mapset
    return maps


def _in_crs(extent: QgsRectangle, source, target, project: QgsProject) -> QgsRectangle:
    """An extent transformed between CRSs."""
    if source == target or not source.isValid() or not target.isValid():
        return QgsRectangle(extent)
    from qgis.core import QgsCoordinateTransform

    return QgsCoordinateTransform(source, target, project.transformContext()).transformBoundingBox(extent)


# ------------------------------------------------------------------------------------------------- the layout
@dataclass
class BuiltLayout:
    """The layout, the private project that owns its layers, and the regions of the maps (page, rect mm)."""

    layout: QgsPrintLayout
    project: QgsProject
    map_regions: Dict[str, Tuple[int, QRectF]] = field(default_factory=dict)
    pages: int = 0
    section_pages: Dict[str, int] = field(default_factory=dict)
    keep: List[object] = field(default_factory=list)  # objects QGIS only points to (legend trees)
    map_captions: List[object] = field(default_factory=list)


class _Builder:
    """Lays the report out page by page (a cursor ``y`` on the current page)."""

    def __init__(self, report: Report, chart_files: Dict[str, str], maps: Dict[str, _MapSet], project, family):
        self.report = report
        self.charts = chart_files
        self.maps = maps
        self.project = project
        self.family = family
        self.layout = QgsPrintLayout(project)
        self.layout.setName(report.title)
        self.layout.setUnits(MM)
        self.page = -1
        self.y = TOP
        self.section_title = ""
        self.section_pages: Dict[str, int] = {}
        self.map_regions: Dict[str, Tuple[int, QRectF]] = {}
        self.headers: List[Tuple[int, str]] = []
        self.context = None
        self.keep: List[object] = []
        self.last_label = None
        self.map_captions: List[object] = []

    # ------------------------------------------------------------------ primitives
    def new_page(self) -> None:
        """Add an A4 portrait page and put the cursor at the top of its body."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        self.page = self.layout.pageCollection().pageCount() - 1
        self.y = TOP
        self.headers.append((self.page, self.section_title))

    def _place(self, item, x: float, y: float, width: float, height: float, add: bool = True) -> None:
        """Put ``item`` (added to the layout unless ``add`` is False) at (x, y) mm on the current page."""
        if add:
            self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(width, height, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), True, False, self.page)

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """The report font at ``size`` points."""
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text_height(self, text: str, size: float, width: float, bold: bool = False, italic: bool = False) -> float:
        """Height (mm) of ``text`` wrapped in ``width`` mm, measured as layout labels draw it."""
        font = self.font(size, bold, italic)
        font.setPixelSize(max(1, int(size * 0.352778 * _FONT_SCALE + 0.5)))
        metrics = QFontMetricsF(font)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRectF(0, 0, width * _FONT_SCALE, 1e7), flags, text)
        return rect.height() / _FONT_SCALE * 1.06 + 0.4

    def label(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        size: float,
        color: str = TEXT,
        bold: bool = False,
        italic: bool = False,
        align=Qt.AlignmentFlag.AlignLeft,
        height: Optional[float] = None,
    ) -> float:
        """A text label; returns its height (mm)."""
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = self.font(size, bold, italic)
        if hasattr(item, "setTextFormat"):
            text_format = QgsTextFormat.fromQFont(font)
            text_format.setSize(size)
            text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
            text_format.setColor(QColor(color))
            item.setTextFormat(text_format)
        else:
            item.setFont(font)
            item.setFontColor(QColor(color))
        item.setHAlign(align)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setMarginX(0.0)
        item.setMarginY(0.0)
        needed = self.text_height(text, size, width, bold, italic)
        self._place(item, x, y, width, height if height is not None else needed)
        self.last_label = item
        return needed

    def rectangle(self, x: float, y: float, width: float, height: float, color: str, stroke: str = "") -> None:
        """A filled rectangle (bands, boxes, rules)."""
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        properties = {"color": color, "outline_style": "no"}
        if stroke:
            properties.update({"outline_style": "solid", "outline_color": stroke, "outline_width": "0.2"})
        shape.setSymbol(QgsFillSymbol.createSimple(properties))
        self._place(shape, x, y, width, height)

    def fits(self, height: float) -> bool:
        """Whether ``height`` mm fit below the cursor."""
        return self.y + height <= BOTTOM + 0.01

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit."""
        if not self.fits(height):
            self.new_page()

    # ------------------------------------------------------------------ blocks
    def heading(self, number: int, title: str) -> None:
        """The section heading with an accent rule."""
        self.label(f"{number}\u2002{title}", LEFT, self.y, WIDTH, 17.0, PRIMARY, bold=True)
        self.rectangle(LEFT, self.y + 9.5, 24.0, 0.9, ACCENT)
        self.y += 14.0

    def subheading(self, text: str) -> None:
        """A level-2 heading."""
        height = self.text_height(text, 11.0, WIDTH, bold=True)
        self.ensure(height + 20)
        self.label(text, LEFT, self.y, WIDTH, 11.0, PRIMARY, bold=True)
        self.y += height + 2.0

    def paragraph(self, text: str, size: float = 9.5, color: str = TEXT, italic: bool = False) -> None:
        """Running text."""
        height = self.text_height(text, size, WIDTH, italic=italic)
        self.ensure(height)
        self.label(text, LEFT, self.y, WIDTH, size, color, italic=italic)
        self.y += height + GAP

    def table(self, table: Table) -> None:
        """A table with its caption above and note below; it continues on new pages when needed."""
        caption_height = self.text_height(table.title, 10.0, WIDTH, bold=True)
        self.ensure(caption_height + 22.0)
        self.label(table.title, LEFT, self.y, WIDTH, 10.0, PRIMARY, bold=True)
        self.y += caption_height + 1.5
        item = self._table_item(table)
        rows = len(table.rows)
        index = 0
        while True:
            available = BOTTOM - self.y
            frame = QgsLayoutFrame(self.layout, item)
            item.addFrame(frame, False)
            self._place(frame, LEFT, self.y, WIDTH, available, add=False)
            item.recalculateFrameSizes()
            start, end = item.rowRange(self._context(), index)
            if end >= rows:
                height = self._shrink(item, frame, index, rows, available)
                self.y += height + 1.5
                break
            if end <= start:  # not even one row fits here
                item.removeFrame(index)
                self.new_page()
                continue
            index += 1
            self.new_page()
        if table.note:
            height = self.text_height(table.note, 7.5, WIDTH, italic=True)
            self.ensure(height)
            self.label(table.note, LEFT, self.y, WIDTH, 7.5, MUTED, italic=True)
            self.y += height
        self.y += GAP + 1.5

    def _context(self):
        """A render context of the layout (for table row ranges)."""
        if self.context is None:
            self.context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        return self.context

    def _shrink(self, item, frame, index: int, rows: int, available: float) -> float:
        """Shrink the last frame to the smallest height that still shows every row; returns it."""
        low, high = 4.0, available
        for _ in range(14):
            middle = (low + high) / 2
            frame.attemptResize(QgsLayoutSize(WIDTH, middle, MM))
            item.recalculateFrameSizes()
            if item.rowRange(self._context(), index)[1] >= rows:
                high = middle
            else:
                low = middle
        height = min(available, high + 0.3)
        frame.attemptResize(QgsLayoutSize(WIDTH, height, MM))
        item.recalculateFrameSizes()
        return height

    def _table_item(self, table: Table) -> QgsLayoutItemManualTable:
        """A manual table item: header in the primary colour, shaded rows, totals bold, flags coloured."""
        item = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(item)
        margin = 1.4 if any(len(text) > 60 for row in table.rows for text in row) else 1.1
        available = WIDTH - len(table.columns) * 2 * margin - 0.5
        total_weight = sum(c.width for c in table.columns)
        widths = [available * c.width / total_weight for c in table.columns]
        alignments = {
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
            "center": Qt.AlignmentFlag.AlignHCenter,
        }
        headers = []
        for column, width in zip(table.columns, widths):
            header = QgsLayoutTableColumn(column.header.replace("\n", " "))
            header.setHAlignment(alignments[column.align])
            header.setVAlignment(Qt.AlignmentFlag.AlignBottom)
            header.setWidth(width)
            headers.append(header)
        size = 7.5 if len(table.columns) > 6 else 8.0
        plain = _text_format(self.family, size)
        bold = _text_format(self.family, size, bold=True)
        long_text = any(len(text) > 60 for row in table.rows for text in row)
        vertical = Qt.AlignmentFlag.AlignTop if long_text else Qt.AlignmentFlag.AlignVCenter
        contents = []
        for row_index, row in enumerate(table.rows):
            total = row_index >= len(table.rows) - table.total_rows
            cells = []
            for column_index, (text, column) in enumerate(zip(row, table.columns)):
                cell = QgsTableCell(text)
                cell.setHorizontalAlignment(alignments[column.align])
                cell.setVerticalAlignment(vertical)
                cell.setTextFormat(bold if total else plain)
                flag = table.styles[row_index][column_index] if table.styles else ""
                if flag in FLAG_COLORS:
                    cell.setBackgroundColor(QColor(FLAG_COLORS[flag]))
                elif total:
                    cell.setBackgroundColor(QColor(LIGHT))
                cells.append(cell)
            contents.append(cells)
        item.setHeaders(headers)
        item.setIncludeTableHeader(True)
        item.setTableContents(contents)
        item.setColumnWidths(widths)
        item.setHeaderTextFormat(_text_format(self.family, size, "#ffffff", bold=True))
        item.setContentTextFormat(plain)
        item.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        item.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        item.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        item.setCellMargin(margin)
        item.setShowGrid(True)
        item.setHorizontalGrid(True)
        item.setVerticalGrid(False)
        item.setGridStrokeWidth(0.15)
        item.setGridColor(QColor(GRID))
        item.setBackgroundColor(QColor("#ffffff"))
        header_style = QgsLayoutTableStyle()
        header_style.enabled = True
        header_style.cellBackgroundColor = QColor(PRIMARY)
        item.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, header_style)
        shade = QgsLayoutTableStyle()
        shade.enabled = True
        shade.cellBackgroundColor = QColor(ROW_SHADE)
        item.setCellStyle(QgsLayoutTable.CellStyleGroup.EvenRows, shade)
        item.setResizeMode(QgsLayoutTable.ResizeMode.UseExistingFrames)
        item.setColumns(headers)  # last: the setters above rebuild the columns without their alignment
        return item

    def picture(self, path: str, caption: str, min_height: float = 62.0) -> None:
        """A chart (PNG) at full width, or smaller to fit the page; caption below."""
        image = _image_size(path)
        aspect = image[1] / image[0] if image[0] else 0.6
        caption_height = self.text_height(caption, 8.0, WIDTH, italic=True)
        width = WIDTH
        height = width * aspect
        tallest = BOTTOM - TOP - caption_height - 1.0  # a whole page
        if height > tallest:
            height, width = tallest, tallest / aspect
        if not self.fits(height + caption_height + 1.0):
            room = BOTTOM - self.y - caption_height - 1.0
            if room >= min_height:
                height = room
                width = height / aspect
            else:
                self.new_page()
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(path)
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self._place(item, LEFT + (WIDTH - width) / 2, self.y, width, height)
        self.y += height + 1.0
        self.label(caption, LEFT, self.y, WIDTH, 8.0, MUTED, italic=True, align=Qt.AlignmentFlag.AlignHCenter)
        self.y += caption_height + GAP

    def _map_item(self, mapset: _MapSet, layers, x: float, y: float, width: float, height: float, extent):
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
        item.setExtent(_fit_extent(extent, width, height))
        return item

    def map_block(self, slot: MapSlot) -> None:
        """A map with legend, scale bar, north arrow, CRS note and caption (and a detail map of the parcels)."""
        mapset = self.maps.get(slot.key)
        if mapset is None:
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

    def _legend(self, map_item, mapset: _MapSet, x: float, y: float) -> float:
        """The legend of the map's layers; returns its height."""
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for layer in mapset.legend_layers:
            root.addLayer(layer)
        legend.model().setRootGroup(root)
        self.keep.append(root)  # the model does not own its root: keep it alive as long as the layout
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
        legend.setColumnCount(1)
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
        bar.setTextFormat(_text_format(self.family, 7.0))
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

    # ------------------------------------------------------------------ pages
    def build(self) -> BuiltLayout:
        """Every page: the cover first (filled last, when page numbers are known), then the sections."""
        self.new_page()  # the cover
        for number, section in enumerate(self.report.sections, start=1):
            self.section_title = f"{number}\u2002{section.title}"
            self.new_page()
            self.section_pages[section.key] = self.page
            self.heading(number, section.title)
            for block in section.blocks:
                self.block(block)
        self.cover()
        self.headers_and_footers()
        return BuiltLayout(
            self.layout,
            self.project,
            self.map_regions,
            self.layout.pageCollection().pageCount(),
            self.section_pages,
            self.keep,
            self.map_captions,
        )

    def block(self, block) -> None:
        """Lay out one content block."""
        if isinstance(block, Paragraph):
            self.paragraph(block.text)
        elif isinstance(block, Heading):
            self.subheading(block.text)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Chart):
            path = self.charts.get(block.key)
            if path:
                self.picture(path, block.caption)
        elif isinstance(block, MapSlot):
            self.map_block(block)
        elif isinstance(block, PageBreak):
            self.new_page()

    def cover(self) -> None:
        """Title band, key figures, findings and contents on page 1."""
        report = self.report
        self.page = 0
        title_height = self.text_height(report.title, 22.0, WIDTH, bold=True)
        city_height = self.text_height(report.city, 17.0, WIDTH) if report.city else 0.0
        byline = report.date if not report.author else f"{report.date}\u2003\u00b7\u2003{report.author}"
        byline_y = max(61.0, 22.0 + title_height + 3.0 + city_height + 5.0)
        band = byline_y + 17.0
        self.rectangle(0.0, 0.0, PAGE_WIDTH, band, PRIMARY)
        self.rectangle(LEFT, byline_y + 9.0, 30.0, 1.2, ACCENT)
        self.label(tr("Migrant Integration Planner").upper(), LEFT, 14.0, WIDTH, 9.0, "#b9d3dc", bold=True)
        self.label(report.title, LEFT, 22.0, WIDTH, 22.0, "#ffffff", bold=True)
        if report.city:
            self.label(report.city, LEFT, 22.0 + title_height + 3.0, WIDTH, 17.0, "#ffffff")
        self.label(byline, LEFT, byline_y, WIDTH, 10.0, "#d7e6eb")
        y = band + 10.0
        if report.key_figures:
            self.label(tr("Key figures"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
            y += 8.0
            columns = 3
            box_width = (WIDTH - (columns - 1) * 4.0) / columns
            box_height = 27.0
            for index, figure in enumerate(report.key_figures):
                row, column = divmod(index, columns)
                x = LEFT + column * (box_width + 4.0)
                top = y + row * (box_height + 4.0)
                self.rectangle(x, top, box_width, box_height, LIGHT)
                self.rectangle(x, top, 1.2, box_height, ACCENT)
                self.label(figure.value, x + 4.0, top + 2.5, box_width - 6.0, 17.0, PRIMARY, bold=True)
                self.label(figure.label, x + 4.0, top + 12.0, box_width - 6.0, 8.0, TEXT, height=box_height - 13.0)
            rows = (len(report.key_figures) + columns - 1) // columns
            y += rows * (box_height + 4.0) + 3.0
        contents = [
            (f"{n}\u2002{s.title}", self.section_pages.get(s.key, 0) + 1) for n, s in enumerate(report.sections, 1)
        ]
        contents_height = 9.0 + 5.2 * len(contents)
        if report.findings:
            self.label(tr("Main findings"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
            y += 8.0
            for finding in report.findings:
                height = self.text_height(finding, 9.0, WIDTH - 5.0)
                if y + height > BOTTOM - contents_height - 4.0:
                    LOG.info(tr("The cover has no room for every finding; the rest are in the sections."))
                    break
                self.rectangle(LEFT + 0.5, y + 1.4, 1.6, 1.6, ACCENT)
                self.label(finding, LEFT + 5.0, y, WIDTH - 5.0, 9.0)
                y += height + 1.6
            y += 3.0
        y = max(y, BOTTOM - contents_height)
        self.label(tr("Contents"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
        y += 8.0
        for title, page in contents:
            self.label(title, LEFT, y, WIDTH - 20.0, 9.5)
            self.label(str(page), LEFT + WIDTH - 20.0, y, 20.0, 9.5, MUTED, align=Qt.AlignmentFlag.AlignRight)
            y += 5.2

    def headers_and_footers(self) -> None:
        """Running header (city, section) and footer (title, page n of N) on every page."""
        pages = self.layout.pageCollection().pageCount()
        titles = dict(self.headers)
        for page in range(pages):
            self.page = page
            if page > 0:
                header = " \u00b7 ".join(t for t in (self.report.city, titles.get(page, "")) if t)
                self.label(header, LEFT, 10.0, WIDTH, 7.5, MUTED)
                self.rectangle(LEFT, 15.0, WIDTH, 0.25, GRID)
            self.rectangle(LEFT, 283.0, WIDTH, 0.25, GRID)
            self.label(self.report.footer, LEFT, 285.0, WIDTH - 40.0, 7.5, MUTED)
            self.label(
                tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
                LEFT + WIDTH - 40.0,
                285.0,
                40.0,
                7.5,
                MUTED,
                align=Qt.AlignmentFlag.AlignRight,
            )


def _fit_extent(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
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


def _image_size(path: str) -> Tuple[int, int]:
    """Pixel size of a PNG file."""
    from qgis.PyQt.QtGui import QImageReader

    size = QImageReader(path).size()
    return size.width(), size.height()


def build_layout(report: Report, chart_files: Dict[str, str], inputs: MapInputs) -> BuiltLayout:
    """The print layout of ``report`` (in a private project that owns the styled map layers)."""
    project = QgsProject()
    family = font_family()
    maps = prepare_maps(inputs, project, family, report.language)
    crs = next((m.crs for m in maps.values() if m.crs.isValid()), None)
    if crs is not None:
        project.setCrs(crs)
    return _Builder(report, chart_files, maps, project, family).build()


def export_pdf(built: BuiltLayout, path: str) -> None:
    """Export the layout to a PDF file (vector, text as text)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    # Real text (searchable, selectable) rather than outlines, in tables and map labels too.
    always_text = getattr(getattr(Qgis, "TextRenderFormat", None), "AlwaysText", None)
    settings.textRenderFormat = (
        always_text if always_text is not None else QgsRenderContext.TextRenderFormat.TextFormatAlwaysText
    )
    result = QgsLayoutExporter(built.layout).exportToPdf(path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OSError(tr("The PDF could not be written to {path} (error {code}).").format(path=path, code=int(result)))


def map_images(built: BuiltLayout, dpi: int = 130) -> Dict[str, bytes]:
    """PNG bytes of each map with its legend, scale bar and north arrow, rendered from the layout."""
    images = {}
    exporter = QgsLayoutExporter(built.layout)
    collection = built.layout.pageCollection()
    for caption in built.map_captions:
        caption.setVisibility(False)
    for key, (page, rect) in built.map_regions.items():
        origin = collection.pagePositionToLayoutPosition(page, QgsLayoutPoint(rect.x(), rect.y(), MM))
        region = QRectF(QPointF(origin.x(), origin.y()), rect.size())
        image = exporter.renderRegionToImage(region, QSize(), dpi)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images[key] = bytes(data)
    for caption in built.map_captions:
        caption.setVisibility(True)
    return images
