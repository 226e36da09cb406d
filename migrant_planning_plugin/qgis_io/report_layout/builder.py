"""The report laid out page by page: cover, section headings, paragraphs, tables that continue on new pages,
charts, maps (:mod:`.maps`), running headers and footers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from ...core.i18n import tr
from ...core.report import Bullets, Chart, Heading, MapSlot, PageBreak, Paragraph, Report, Table
from .maps import MapBlocks, MapInputs, MapSet, prepare_maps
from .style import (
    _FONT_SCALE,
    ACCENT,
    BOTTOM,
    FLAG_COLORS,
    GAP,
    GRID,
    LEFT,
    LIGHT,
    MM,
    MUTED,
    PAGE_WIDTH,
    PRIMARY,
    ROW_SHADE,
    TEXT,
    TOP,
    WIDTH,
    font_family,
    text_format,
)

LOG = logging.getLogger("migrant_planning")
LOGO_WIDTH = 34.0  # mm, the logo's box on the cover
NOTICE = "#c0392b"  # the fictitious-data mark


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


class PageBuilder(MapBlocks):
    """Lays the report out page by page (a cursor ``y`` on the current page)."""

    def __init__(
        self,
        report: Report,
        chart_files: Dict[str, str],
        maps: Dict[str, MapSet],
        project,
        family,
        logo: Optional[str] = None,
    ):
        self.report = report
        self.logo = logo
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

    def bullets(self, items: List[str], size: float = 9.5) -> None:
        """A list of points, each after a small accent square."""
        for item in items:
            height = self.text_height(item, size, WIDTH - 5.0)
            self.ensure(height)
            self.rectangle(LEFT + 0.5, self.y + 1.5, 1.6, 1.6, ACCENT)
            self.label(item, LEFT + 5.0, self.y, WIDTH - 5.0, size)
            self.y += height + 2.0
        self.y += GAP - 2.0

    def picture_item(self, path: str, x: float, y: float, width: float, height: float, white: bool = False) -> None:
        """An image (logo) fitted into a box, on a white background when ``white``."""
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(path)
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        if white:
            item.setBackgroundEnabled(True)
            item.setBackgroundColor(QColor("#ffffff"))
        self._place(item, x, y, width, height)

    def badge(self, text: str, right: float, y: float, size: float) -> None:
        """A red badge with white capitals ending at ``right`` (the fictitious-data mark)."""
        text = text.upper()
        width = self.text_width(text, size, bold=True) + 4.0
        height = self.text_height(text, size, 200.0, bold=True) + 1.2
        self.rectangle(right - width, y, width, height, NOTICE)
        self.label(text, right - width + 2.0, y + 0.6, width - 4.0 + 1.0, size, "#ffffff", bold=True)

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """Width (mm) of one line of ``text``."""
        font = self.font(size, bold)
        font.setPixelSize(max(1, int(size * 0.352778 * _FONT_SCALE + 0.5)))
        return QFontMetricsF(font).horizontalAdvance(text) / _FONT_SCALE * 1.04

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
        plain = text_format(self.family, size)
        bold = text_format(self.family, size, bold=True)
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
        item.setHeaderTextFormat(text_format(self.family, size, "#ffffff", bold=True))
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
        image = image_size(path)
        aspect = image[1] / image[0] if image[0] else 0.6
        caption_height = self.text_height(caption, 8.0, WIDTH, italic=True)
        width = WIDTH
        height = width * aspect
        tallest = BOTTOM - TOP - caption_height - 1.0  # a whole page
        if height > tallest:
            height, width = tallest, tallest / aspect
        if not self.fits(height + caption_height + 1.0):
            room = BOTTOM - self.y - caption_height - 1.0
            if room >= max(min_height, 0.7 * height):  # shrunk, but never below 70 % (the labels stay readable)
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
        elif isinstance(block, Bullets):
            self.bullets(block.items)
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
        text_width = WIDTH - (LOGO_WIDTH + 6.0 if self.logo else 0.0)
        title_height = self.text_height(report.title, 22.0, text_width, bold=True)
        city_height = self.text_height(report.city, 17.0, text_width) if report.city else 0.0
        byline = report.date if not report.author else f"{report.date}\u2003\u00b7\u2003{report.author}"
        byline_y = max(61.0, 22.0 + title_height + 3.0 + city_height + 5.0)
        band = byline_y + 17.0
        self.rectangle(0.0, 0.0, PAGE_WIDTH, band, PRIMARY)
        self.rectangle(LEFT, byline_y + 9.0, 30.0, 1.2, ACCENT)
        self.label(tr("Migrant Integration Planner").upper(), LEFT, 14.0, text_width, 9.0, "#b9d3dc", bold=True)
        self.label(report.title, LEFT, 22.0, text_width, 22.0, "#ffffff", bold=True)
        if report.city:
            self.label(report.city, LEFT, 22.0 + title_height + 3.0, text_width, 17.0, "#ffffff")
        self.label(byline, LEFT, byline_y, WIDTH, 10.0, "#d7e6eb")
        if self.logo:
            self.picture_item(self.logo, LEFT + WIDTH - LOGO_WIDTH, 12.0, LOGO_WIDTH, 24.0, white=True)
        if report.notice:
            self.badge(report.notice, LEFT + WIDTH, byline_y + 7.5, 11.0)
        y = band + 10.0
        if report.key_figures:
            self.label(tr("Key figures"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
            y += 8.0
            columns = 3
            box_width = (WIDTH - (columns - 1) * 4.0) / columns
            figures = report.key_figures
            for start in range(0, len(figures), columns):
                row = figures[start : start + columns]
                # every box of a row as tall as its longest label (never cut), at least 27 mm
                box_height = max([27.0] + [13.5 + self.text_height(f.label, 8.0, box_width - 6.0) for f in row])
                for column, figure in enumerate(row):
                    x = LEFT + column * (box_width + 4.0)
                    self.rectangle(x, y, box_width, box_height, LIGHT)
                    self.rectangle(x, y, 1.2, box_height, ACCENT)
                    self.label(figure.value, x + 4.0, y + 2.5, box_width - 6.0, 17.0, PRIMARY, bold=True)
                    self.label(figure.label, x + 4.0, y + 12.0, box_width - 6.0, 8.0, TEXT)
                y += box_height + 4.0
            y += 3.0
        contents = [
            (f"{n}\u2002{s.title}", self.section_pages.get(s.key, 0) + 1) for n, s in enumerate(report.sections, 1)
        ]
        contents_height = 9.0 + 4.8 * len(contents)
        if report.findings:
            self.label(tr("Main findings"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
            y += 8.0
            size = 9.0
            heights = [self.text_height(f, size, WIDTH - 5.0) + 1.6 for f in report.findings]
            if y + sum(heights) > BOTTOM - contents_height - 4.0:  # a smaller type before leaving any out
                size = 8.3
                heights = [self.text_height(f, size, WIDTH - 5.0) + 1.2 for f in report.findings]
            for finding, height in zip(report.findings, heights):
                if y + height > BOTTOM - contents_height - 4.0:
                    LOG.info(tr("The cover has no room for every finding; the rest are in the sections."))
                    break
                self.rectangle(LEFT + 0.5, y + 1.4, 1.6, 1.6, ACCENT)
                self.label(finding, LEFT + 5.0, y, WIDTH - 5.0, size)
                y += height
            y += 3.0
        y = max(y, BOTTOM - contents_height)
        self.label(tr("Contents"), LEFT, y, WIDTH, 12.0, PRIMARY, bold=True)
        y += 8.0
        for title, page in contents:
            self.label(title, LEFT, y, WIDTH - 20.0, 9.5)
            self.label(str(page), LEFT + WIDTH - 20.0, y, 20.0, 9.5, MUTED, align=Qt.AlignmentFlag.AlignRight)
            y += 4.8

    def headers_and_footers(self) -> None:
        """Running header (city, section) and footer (title, page n of N) on every page."""
        pages = self.layout.pageCollection().pageCount()
        titles = dict(self.headers)
        for page in range(pages):
            self.page = page
            if page > 0:
                header = " \u00b7 ".join(t for t in (self.report.city, titles.get(page, "")) if t)
                self.label(header, LEFT, 10.0, WIDTH - (24.0 if self.logo else 0.0), 7.5, MUTED)
                self.rectangle(LEFT, 15.0, WIDTH, 0.25, GRID)
                if self.logo:
                    self.picture_item(self.logo, LEFT + WIDTH - 20.0, 5.0, 20.0, 9.0)
            self.rectangle(LEFT, 283.0, WIDTH, 0.25, GRID)
            self.label(self.report.footer, LEFT, 285.0, WIDTH - (78.0 if self.report.notice else 40.0), 7.5, MUTED)
            if self.report.notice:
                self.badge(self.report.notice, LEFT + WIDTH - 42.0, 284.4, 7.0)
            self.label(
                tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
                LEFT + WIDTH - 40.0,
                285.0,
                40.0,
                7.5,
                MUTED,
                align=Qt.AlignmentFlag.AlignRight,
            )


def image_size(path: str) -> Tuple[int, int]:
    """Pixel size of a PNG file."""
    from qgis.PyQt.QtGui import QImageReader

    size = QImageReader(path).size()
    return size.width(), size.height()


def build_layout(
    report: Report,
    chart_files: Dict[str, str],
    inputs: MapInputs,
    logo: Optional[str] = None,
    project: Optional[QgsProject] = None,
) -> BuiltLayout:
    """The print layout of ``report`` in ``project`` (by default a private project that owns the styled map
    layers), with ``logo`` (an image file) on the cover and in the header."""
    private = project is None
    project = QgsProject() if private else project
    family = font_family()
    maps = prepare_maps(inputs, project, family, report.language)
    crs = next((m.crs for m in maps.values() if m.crs.isValid()), None)
    if crs is not None and private:
        project.setCrs(crs)
    return PageBuilder(report, chart_files, maps, project, family, logo).build()
