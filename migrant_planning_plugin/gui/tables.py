"""The dock's results tables: sized to their content inside the scrolling page (no scroll bars of their own, long
names and headers wrapped, never cut), sortable, and usable elsewhere: select cells, copy them (Ctrl+C, as
tab-separated text a spreadsheet pastes into cells), or export the table to CSV or XLSX."""

from __future__ import annotations

import logging
import os
from typing import Dict, List, Optional

import pandas as pd
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QFontMetrics, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QTableWidget,
    QWidget,
)

from ..core.i18n import tr
from ..core.tables import ExportTable, tab_separated, write_csv, write_xlsx
from ..core.text import slug
from .widgets import COLOURS, format_value, locale_numbers

LOG = logging.getLogger("migrant_planning")
EXPORT_FOLDER_KEY = "migrant_planning/export_folder"


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks at spaces so that each line fits ``width`` px (a longer word stays whole)."""
    lines = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def longest_word(text: str, metrics: QFontMetrics) -> int:
    """Width in px of the widest word of ``text``."""
    return max((metrics.horizontalAdvance(word) for word in str(text).split()), default=0)


class FrameModel(QAbstractTableModel):
    """A read-only table model over a pandas DataFrame, with headers and number formats per column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.headers: Dict[str, str] = {}
        self.kinds: Dict[str, str] = {}
        self.tips: Dict[str, str] = {}
        self.short: Dict[str, str] = {}
        self.use_short = False  # the short headers are shown (a narrow dock)
        self.shown_headers: Dict[str, str] = {}  # the headers wrapped to their column's width

    def set_frame(
        self,
        frame: pd.DataFrame,
        headers: Dict[str, str],
        kinds: Dict[str, str],
        tips: Optional[Dict[str, str]] = None,
        short: Optional[Dict[str, str]] = None,
    ) -> None:
        """Show ``frame`` (its columns in order): ``headers`` with units, ``kinds`` ('int', 'pct'...), ``tips``
        explaining them, ``short`` headers for a narrow dock."""
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.headers = headers
        self.kinds = kinds
        self.tips = tips or {}
        self.short = short or {}
        self.use_short = False
        self.shown_headers = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def kind(self, column: int) -> str:
        """The kind of a column ('text', 'int', 'pct'...)."""
        return self.kinds.get(self.frame.columns[column], "text")

    def header(self, column: int) -> str:
        """The full header of a column (with its unit)."""
        name = self.frame.columns[column]
        return self.headers.get(name, str(name))

    def header_shown(self, column: int, short: Optional[bool] = None) -> str:
        """The header drawn: the short one in a narrow dock (when there is one), else the full one."""
        name = self.frame.columns[column]
        use = self.use_short if short is None else short
        return (self.short.get(name) if use else None) or self.header(column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.frame.iat[index.row(), index.column()]
        kind = self.kind(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_value(value, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == "text":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and kind != "text" and value is None:
            return QColor(COLOURS["info"])
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.frame.columns):
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        name = self.frame.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_headers.get(name) or self.header_shown(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tips.get(name)
            return f"{self.header(section)}: {tip}" if tip and tip != self.header(section) else self.header(section)
        return None

    def set_shown_headers(self, shown: Dict[str, str]) -> None:
        """Headers as drawn (wrapped to the column widths)."""
        if shown != self.shown_headers:
            self.shown_headers = shown
            if len(self.frame.columns):
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.frame.columns) - 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (numbers as numbers)."""
        if column < 0 or column >= len(self.frame.columns):
            return
        self.layoutAboutToBeChanged.emit()
        name = self.frame.columns[column]
        self.frame = self.frame.sort_values(
            name, ascending=order == Qt.SortOrder.AscendingOrder, kind="mergesort", na_position="last"
        ).reset_index(drop=True)
        self.layoutChanged.emit()

    def row(self, number: int) -> pd.Series:
        """One row of the frame as shown (after sorting)."""
        return self.frame.iloc[number]


class RecordModel(QAbstractTableModel):
    """The rows of a :class:`FrameModel` one under the other, for a dock too narrow for its columns: each row's
    name (its first text column) as a title line, then a line per other column: the header with its unit and the
    value."""

    def __init__(self, source: FrameModel, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.entries: List[tuple] = []  # (row of the frame, column of the frame or -1 for the title line)
        for signal in (source.modelReset, source.layoutChanged):
            signal.connect(self.rebuild)
        self.rebuild()

    def key_column(self) -> int:
        """The column that names a row (the first text column)."""
        source = self.source
        return next((c for c in range(source.columnCount()) if source.kind(c) == "text"), 0)

    def rebuild(self, *_args) -> None:
        """Lines for the frame shown."""
        self.beginResetModel()
        source = self.source
        key = self.key_column() if source.columnCount() else 0
        others = [c for c in range(source.columnCount()) if c != key]
        self.entries = []
        for row in range(source.rowCount()):
            self.entries.append((row, -1))
            self.entries += [(row, column) for column in others]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.entries[index.row()]
        source = self.source
        if column < 0:
            if index.column() != 0:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return source.data(source.index(row, self.key_column()), Qt.ItemDataRole.DisplayRole)
            if role == Qt.ItemDataRole.FontRole:
                from qgis.PyQt.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return source.header(column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return source.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            return None
        return source.data(source.index(row, column), role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return None

    def record(self, line: int) -> int:
        """The frame row a line belongs to."""
        return self.entries[line][0]


class ResultsTable(QTableView):
    """A results table inside the dock's scrolling page: every row and column shown (wrapped, never cut),
    sortable, cells selectable and copied with Ctrl+C, and exported with the button of :attr:`tools`.

    ``row_clicked(pd.Series)`` when the user clicks a row. Add :attr:`tools` (the Export… button) below the
    table; it is shown and hidden with it.
    """

    row_clicked = pyqtSignal(object)

    def __init__(self, parent: Optional[QWidget] = None, title: str = "") -> None:
        super().__init__(parent)
        self.title = title
        self.model_ = FrameModel(self)
        self.records = RecordModel(self.model_, self)
        self.setModel(self.model_)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        font = header.font()  # headers a little smaller than the cells: more columns fit a narrow dock
        font.setPointSizeF(font.pointSizeF() * 0.92)
        header.setFont(font)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._fitted_width = -1
        header.sortIndicatorChanged.connect(self._sorted)
        self.tools = QWidget(parent)
        row = QHBoxLayout(self.tools)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.export_button = QPushButton(tr("Export…"), self.tools)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            tr("Save the table as an Excel workbook (.xlsx) or a CSV file. Ctrl+C copies the selected cells.")
        )
        self.export_button.clicked.connect(self.ask_and_export)
        row.addWidget(self.export_button)
        self.clicked.connect(self._clicked)
        self._fit()

    # ------------------------------------------------------------------ content
    def set_frame(
        self,
        frame: pd.DataFrame,
        headers: Dict[str, str],
        kinds: Dict[str, str],
        tips: Optional[Dict[str, str]] = None,
        short: Optional[Dict[str, str]] = None,
    ) -> None:
        """Show a DataFrame: ``headers`` (with units: also those of the export), ``kinds`` of the columns, ``tips``
        explaining them, ``short`` headers shown when the full ones do not fit (the unit then in the tooltip)."""
        self.setSortingEnabled(False)
        self.model_.set_frame(frame, headers, kinds, tips, short)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.export_button.setEnabled(self.model_.rowCount() > 0)
        self._fitted_width = -1
        self._fit()

    def frame(self) -> pd.DataFrame:
        """The table shown, in its current order."""
        return self.model_.frame

    def setVisible(self, visible: bool) -> None:
        """Show or hide the table with its Export button."""
        super().setVisible(visible)
        if self.tools.parent() is not None:
            self.tools.setVisible(visible)

    def _clicked(self, index) -> None:
        if index.isValid():
            row = self.records.record(index.row()) if self.record_view() else index.row()
            self.row_clicked.emit(self.model_.row(row))

    def record_view(self) -> bool:
        """Whether the rows are shown one under the other (the columns do not fit the dock)."""
        return self.model() is self.records

    # ------------------------------------------------------------------ size
    def resizeEvent(self, event) -> None:
        """Refit the columns and rows to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _sorted(self, *_args) -> None:
        """The sort arrow takes room in its column's header: refit."""
        self._fitted_width = -1
        self._fit()

    def _fit(self) -> None:
        """Columns as wide as their contents; in a narrow dock the text columns wrap their words, never cut."""
        if self.width() == self._fitted_width:
            return
        self._fitted_width = self.width()
        count = self.model_.columnCount()
        header = self.horizontalHeader()
        widths = self._column_widths() if count else []
        records = count > 1 and sum(widths) > self._room()
        self._use(self.records if records else self.model_)
        if records:
            widths = self._record_widths()
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        if records:
            self.clearSpans()
            for line, (_row, column) in enumerate(self.records.entries):
                if column < 0:
                    self.setSpan(line, 0, 1, 2)
        elif count:
            self._wrap_headers(widths)
        self.resizeRowsToContents()
        if records:  # a title line spans both columns (the row sizing of Qt ignores spans)
            cell_pad, _header = self._paddings()
            for line, (_row, column) in enumerate(self.records.entries):
                if column < 0:
                    index = self.records.index(line, 0)
                    metrics = QFontMetrics(self.records.data(index, Qt.ItemDataRole.FontRole))
                    text = str(self.records.data(index) or "")
                    lines = wrap_text(text, metrics, sum(widths) - cell_pad).count("\n") + 1
                    self.setRowHeight(line, lines * metrics.lineSpacing() + 6)
        model = self.model()
        overflow = count and sum(self.columnWidth(c) for c in range(model.columnCount())) > self._room()
        height = header.sizeHint().height() if header.isVisibleTo(self) else 0
        height += sum(self.rowHeight(r) for r in range(model.rowCount())) or self.verticalHeader().defaultSectionSize()
        height += 2 * self.frameWidth()
        if overflow:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def _use(self, model) -> None:
        """Show the grid (sortable, with headers) or the rows one under the other."""
        if self.model() is model:
            return
        records = model is self.records
        self.setSortingEnabled(False)
        self.clearSpans()
        self.setModel(model)
        self.horizontalHeader().setVisible(not records)
        self.setSortingEnabled(not records)

    def _record_widths(self) -> List[int]:
        """The values as wide as the widest, the names of the columns (wrapped) the rest."""
        metrics = self.fontMetrics()
        cell_pad, _header = self._paddings()
        values = [str(self.records.data(self.records.index(r, 1)) or "") for r in range(self.records.rowCount())]
        value = max((metrics.horizontalAdvance(v) for v in values), default=0) + cell_pad
        return [self._room() - value, value]

    def _room(self) -> int:
        """The width the columns may take (the table's, without its frame)."""
        return self.maximumViewportSize().width() - 1

    def _paddings(self, column: int = -1):
        """Room around a cell's text and a header's (the sorted column's header also has the sort arrow)."""
        style = self.style()
        cell = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 2
        header = self.horizontalHeader()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        pad = 2 * margin + 2
        if column >= 0 and header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            pad += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return cell, pad

    def _column_widths(self) -> List[int]:
        """Natural widths when they fit; else numbers whole and the text columns share the rest (wrapped). The
        short headers are used when the full ones do not fit, or would wrap over more than three lines."""
        model = self.model_
        for short in (False, True):
            model.use_short = short
            natural, minimum = self._natural_and_minimum(short)
            widths = self._share(natural, minimum)
            if not model.short or short:
                break
            if sum(minimum) <= self._room() and self._header_lines(widths) <= 3:
                break
        return widths

    def _share(self, natural: List[int], minimum: List[int]) -> List[int]:
        """Widths from each column's natural and narrowest width and the room there is."""
        model = self.model_
        room = self._room()
        if sum(natural) <= room:
            widths = list(natural)
            text_columns = [c for c in range(len(widths)) if model.kind(c) == "text"] or [len(widths) - 1]
            widths[text_columns[0]] += room - sum(widths)
            return widths
        widths = list(minimum)
        spare = room - sum(widths)
        wants = [n - m for n, m in zip(natural, minimum)]
        if spare > 0 and sum(wants) > 0:
            for column, want in enumerate(wants):
                widths[column] += int(spare * want / sum(wants))
        return widths

    def _header_lines(self, widths: List[int]) -> int:
        """The most lines a header wraps over at these widths."""
        metrics = QFontMetrics(self.horizontalHeader().font())
        lines = 1
        for column, width in enumerate(widths):
            _cell, pad = self._paddings(column)
            lines = max(lines, wrap_text(self.model_.header_shown(column), metrics, width - pad).count("\n") + 1)
        return lines

    def _natural_and_minimum(self, short: bool):
        """Per column: the width that shows everything on one line, and the narrowest that cuts nothing."""
        model = self.model_
        metrics = self.fontMetrics()
        header_metrics = QFontMetrics(self.horizontalHeader().font())
        natural, minimum = [], []
        rows = min(model.rowCount(), 500)
        for column in range(model.columnCount()):
            cell_pad, header_pad = self._paddings(column)
            texts = [str(model.data(model.index(r, column)) or "") for r in range(rows)]
            cells = max((metrics.horizontalAdvance(t) for t in texts), default=0) + cell_pad
            heading = model.header_shown(column, short)
            full_header = max(header_metrics.horizontalAdvance(line) for line in heading.split("\n")) + header_pad
            header_word = longest_word(heading, header_metrics) + header_pad
            if model.kind(column) == "text":
                word = max((longest_word(t, metrics) for t in texts), default=0) + cell_pad
            else:
                word = cells  # a number never wraps
            natural.append(max(cells, full_header))
            minimum.append(max(word, header_word))
        return natural, minimum

    def _wrap_headers(self, widths: List[int]) -> None:
        model = self.model_
        header_metrics = QFontMetrics(self.horizontalHeader().font())
        shown = {}
        for column, width in enumerate(widths):
            _cell, header_pad = self._paddings(column)
            text = model.header_shown(column)
            shown[model.frame.columns[column]] = wrap_text(text, header_metrics, width - header_pad)
        model.set_shown_headers(shown)

    # ------------------------------------------------------------------ copy and export
    def export_table(self, selected_only: bool = False) -> ExportTable:
        """The table (or the block of selected cells) as values, with the full headers."""
        model = self.model_
        rows = list(range(model.rowCount()))
        columns = list(range(model.columnCount()))
        if selected_only:
            indexes = self.selectionModel().selectedIndexes() if self.selectionModel() is not None else []
            if indexes and self.record_view():
                rows = sorted({self.records.record(i.row()) for i in indexes})
            elif indexes:
                rows = sorted({i.row() for i in indexes})
                columns = sorted({i.column() for i in indexes})
        headers = [model.header(c).replace("\n", " ") for c in columns]
        values = [[_plain(model.frame.iat[r, c]) for c in columns] for r in rows]
        return ExportTable(self.title or tr("Table"), headers, values, [model.kind(c) for c in columns])

    def copy_selection(self) -> str:
        """Put the selected cells (with their headers) on the clipboard as tab-separated text."""
        text = tab_separated(self.export_table(selected_only=True), locale_numbers())
        QApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event) -> None:
        """Ctrl+C copies the selected cells."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Copy, Select all, Export…"""
        menu = QMenu(self)
        copy = menu.addAction(tr("Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        menu.addAction(tr("Select all"), self.selectAll)
        menu.addSeparator()
        menu.addAction(tr("Export…"), self.ask_and_export)
        menu.exec(event.globalPos())

    def export(self, path: str) -> str:
        """Write the whole table to ``path``: .xlsx (typed numbers) or .csv (the reader's decimal mark)."""
        table = self.export_table()
        if path.lower().endswith(".xlsx"):
            return write_xlsx([table], path)
        return write_csv(table, path, locale_numbers())

    def ask_and_export(self) -> Optional[str]:
        """Ask for a file (XLSX or CSV) and write the table to it."""
        settings = QgsSettings()
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = settings.value(EXPORT_FOLDER_KEY, documents or os.path.expanduser("~"))
        xlsx = xlsx_available()
        filters = [tr("Excel workbook (*.xlsx)")] if xlsx else []
        filters.append(tr("CSV, comma-separated values (*.csv)"))
        stem = slug(self.title or "table") or "table"
        suggested = os.path.join(str(folder), stem + (".xlsx" if xlsx else ".csv"))
        path, chosen = QFileDialog.getSaveFileName(self, tr("Export the table"), suggested, ";;".join(filters))
        if not path:
            return None
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx" if chosen.endswith("(*.xlsx)") else ".csv"
        settings.setValue(EXPORT_FOLDER_KEY, os.path.dirname(path))
        try:
            return self.export(path)
        except (OSError, ValueError) as error:
            LOG.warning(tr("The table could not be written to {path}: {error}").format(path=path, error=error))
            return None


def _plain(value: object) -> object:
    """A DataFrame cell as a plain Python value (numpy numbers as int/float)."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


def xlsx_available() -> bool:
    """Whether openpyxl (XLSX workbooks) can be imported."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


class RowsFitter(QObject):
    """Keeps an editing table (QTableWidget) as tall as its rows: rows resized to their wrapped contents at every
    width, no vertical scroll bar of its own inside the scrolling page."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.headers = [
            table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) is not None else ""
            for c in range(table.columnCount())
        ]
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        table.horizontalHeader().sectionResized.connect(lambda *_args: self.timer.start())
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                self.timer.start()  # after the table has laid its columns out for the new width
        return False

    def fit(self) -> None:
        """Headers wrapped to their columns, rows as tall as their wrapped text, the table as tall as its rows."""
        table = self.table
        header = table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column, text in enumerate(self.headers):
            item = table.horizontalHeaderItem(column)
            if item is not None and text:
                item.setText(wrap_text(text, metrics, table.columnWidth(column) - 2 * margin - 2))
                item.setToolTip(item.toolTip() or text)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() if table.horizontalHeader().isVisibleTo(table) else 0
        height += sum(table.rowHeight(r) for r in range(table.rowCount())) + 2 * table.frameWidth()
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        if table.verticalHeader().isVisibleTo(table):
            columns += table.verticalHeader().width()
        if columns > table.width() - 2 * table.frameWidth():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)
