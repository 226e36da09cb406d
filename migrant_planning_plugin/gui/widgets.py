"""Widgets the dock's pages share: labels, the run bar, the chart panel, the results table."""

from __future__ import annotations

import functools
import logging
from typing import Callable, Dict, Optional, Sequence

import pandas as pd
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.numbers import Numbers

LOG = logging.getLogger("migrant_planning")

# Colours of messages (readable on the light and the dark QGIS themes' panels alike).
COLOURS = {"ok": "#2e8b57", "info": "#808080", "warning": "#c06000", "error": "#d03a2a"}


def text_colour(widget: QWidget, muted: bool = False) -> QColor:
    """The theme's text colour (light and dark QGIS themes), or a muted one for secondary text."""
    from qgis.PyQt.QtGui import QPalette

    palette = widget.palette()
    if muted:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return palette.color(QPalette.ColorRole.Text)


SYMBOLS = {"ok": "✓", "info": "•", "warning": "⚠", "error": "✗"}


def guarded(function):
    """Run a slot so that an unexpected error goes to the message log, never to a Python error dialog."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except Exception:  # a slot must not raise into Qt (QGIS would show a traceback)
            LOG.exception("%s failed", function.__qualname__)
            return None

    return run


def label(text: str = "", parent: Optional[QWidget] = None, name: str = "", small: bool = False) -> QLabel:
    """A word-wrapped label that never forces the dock wider than it is."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.AutoText)
    if name:
        widget.setObjectName(name)
    if small:
        from qgis.PyQt.QtGui import QPalette

        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        widget.setPalette(palette)
    return widget


def fit_combos(widget: QWidget, characters: int = 10) -> None:
    """Let the combo boxes under ``widget`` shrink with the dock (long items are elided, not widening it)."""
    from qgis.PyQt.QtCore import QEvent
    from qgis.PyQt.QtWidgets import QApplication, QComboBox

    for combo in widget.findChildren(QComboBox):
        if combo.minimumContentsLength() == 0:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # Qt keeps the minimum size computed from the items before the policy changed: drop it
            QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))


def relayout(widget: QWidget) -> None:
    """Recompute the layouts from ``widget`` up to its window (after sizes changed while it was hidden)."""
    current = widget
    while current is not None:
        layout = current.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        current = current.parentWidget()


def form_layout(widget: Optional[QWidget] = None) -> QFormLayout:
    """The dock's form: a long row wraps (its label above the field) and fields take the width there is.

    Given a ``widget``, the form is that widget's layout, without margins.
    """
    form = QFormLayout() if widget is None else QFormLayout(widget)
    if widget is not None:
        form.setContentsMargins(0, 0, 0, 0)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def title(text: str, parent: Optional[QWidget] = None) -> QLabel:
    """A section title."""
    widget = label(f"<b>{text}</b>", parent)
    widget.setContentsMargins(0, 8, 0, 0)
    return widget


def separator(parent: Optional[QWidget] = None) -> QFrame:
    """A thin horizontal line between sections."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def escape(text: object) -> str:
    """Text made safe for a rich-text label."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def message_html(level: str, text: str, hint: str = "") -> str:
    """One line of a check: a coloured symbol, the text and, on the same line, the hint."""
    colour = COLOURS.get(level, COLOURS["info"])
    line = f'<span style="color:{colour}">{SYMBOLS.get(level, "•")}</span> {escape(text)}'
    if hint:
        line += f' <span style="color:{COLOURS["info"]}"><i>{escape(hint)}</i></span>'
    return line


class CheckBox(QWidget):
    """A check box whose text wraps (QCheckBox's does not); clicking the text toggles it."""

    toggled = pyqtSignal(bool)

    def __init__(self, text: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        from qgis.PyQt.QtWidgets import QCheckBox

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self)
        self.text = label(text, self)
        self.text.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text.mousePressEvent = lambda _event: self.box.toggle()
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.box.toggled.connect(self.toggled)

    def isChecked(self) -> bool:
        """Whether it is ticked."""
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        """Tick or untick."""
        self.box.setChecked(checked)


class RunBar(QWidget):
    """Run button, Cancel button, progress bar and a status line."""

    run_clicked = pyqtSignal()
    cancel_clicked = pyqtSignal()

    def __init__(self, run_text: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        row = QHBoxLayout()
        self.run_button = QPushButton(run_text, self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        font = self.run_button.font()
        font.setBold(True)
        self.run_button.setFont(font)
        self.run_button.setMinimumHeight(30)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.setMinimumHeight(30)
        row.addWidget(self.run_button, 3)
        row.addWidget(self.cancel_button, 1)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = label("", self, "runStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.run_button.clicked.connect(self.run_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)

    def set_running(self, running: bool) -> None:
        """Switch between the idle and the running look."""
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)

    def set_progress(self, value: float) -> None:
        """Progress in percent."""
        self.progress.setValue(int(max(0.0, min(100.0, value))))

    def set_status(self, text: str, level: str = "info") -> None:
        """The status line under the bar (empty hides it)."""
        self.status.setVisible(bool(text))
        if not text:
            self.status.setText("")
            return
        self.status.setText(message_html(level, text) if level != "plain" else escape(text))

    def status_text(self) -> str:
        """The status line as plain text (for tests and the log)."""
        return self.status.text()


class ChartPanel(QWidget):
    """A matplotlib figure on a Qt canvas, with "Save as PNG"."""

    SAVE_SIZE = (7.5, 4.5)

    def __init__(self, parent: Optional[QWidget] = None, height: int = 280) -> None:
        super().__init__(parent)
        self._factory: Optional[Callable[..., object]] = None
        self._height = height
        self.canvas = None
        self.figure = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.holder = QVBoxLayout()
        layout.addLayout(self.holder)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(tr("Save as PNG…"), self)
        self.save_button.setObjectName("savePngButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._ask_and_save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.setVisible(False)

    def show_figure(self, factory: Callable[..., object], size=(4.2, 2.9)) -> None:
        """Show the figure ``factory(figsize=...)`` makes (kept to redraw it larger when saved)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.clear()
        self._factory = factory
        self.figure = factory(figsize=size)
        wrap_titles(self.figure)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumHeight(self._height)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.canvas.setFixedHeight(self._height)
        self.holder.addWidget(self.canvas)
        self.canvas.draw_idle()
        self.save_button.setEnabled(True)
        self.setVisible(True)

    def clear(self) -> None:
        """Remove the figure."""
        if self.canvas is not None:
            self.holder.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = None
        self.figure = None
        self._factory = None
        self.save_button.setEnabled(False)
        self.setVisible(False)

    def save_png(self, path: str) -> str:
        """Write the chart, drawn at a print size, as a PNG."""
        from ..core.charts import save_png

        if self._factory is None:
            raise ValueError("no chart to save")
        return save_png(self._factory(figsize=self.SAVE_SIZE), path)

    def _ask_and_save(self) -> None:
        """Ask for a file name and save."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save chart as PNG"), "", tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self.save_png(path)


def wrap_titles(figure, width: int = 46) -> None:
    """Fit chart titles to a narrow panel: one chart's title centred over the figure, long titles wrapped."""
    import textwrap

    axes_list = [a for a in figure.get_axes() if a.get_title()]
    if len(figure.get_axes()) == 1 and axes_list:
        axes = axes_list[0]
        figure.suptitle(textwrap.fill(axes.get_title(), width), fontsize=10)
        axes.set_title("")
        return
    for axes in axes_list:
        text = axes.get_title()
        if len(text) > width:
            axes.set_title(textwrap.fill(text, width), fontsize=9)


def locale_numbers() -> Numbers:
    """The number format of QGIS's locale (its decimal mark), as :mod:`..core.numbers` writes numbers."""
    from qgis.PyQt.QtCore import QLocale

    locale = QLocale()
    language = "en" if locale.language() == QLocale.Language.English else locale.name()[:2].lower()
    return Numbers(language, decimal_mark=locale.decimalPoint())


def format_value(value: object, kind: str) -> str:
    """A value as the dock shows it, in QGIS's locale (:func:`locale_numbers`).

    ``kind``: 'int'; 'pct' (a share 0-1), 'pct_value' (a percentage), 'pct_change' (a change in %, signed);
    'float1', 'float2', 'float3' (decimals), 'num' (as few decimals as the value needs, up to 3); 'text'.
    Booleans are yes/no, missing values a dash.
    """
    if kind == "text" or isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    numbers = locale_numbers()
    if kind == "pct":
        return numbers.percent(value, 1)
    if kind == "pct_value":
        return numbers.percent(None if numbers.missing(value) else float(value) / 100.0, 1)
    if kind == "pct_change":
        return numbers.signed_percent(value, 0)
    if kind == "num" and not numbers.missing(value):
        number = float(value)
        digits = next((d for d in range(3) if abs(round(number, d) - number) < 1e-9), 3)
    else:
        digits = {"int": 0, "float1": 1, "float3": 3}.get(kind, 2)
    return numbers.number(value, digits)


class FrameModel(QAbstractTableModel):
    """A read-only table model over a pandas DataFrame, with headers and number formats per column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.headers: Dict[str, str] = {}
        self.kinds: Dict[str, str] = {}
        self.tips: Dict[str, str] = {}

    def set_frame(
        self,
        frame: pd.DataFrame,
        headers: Dict[str, str],
        kinds: Dict[str, str],
        tips: Optional[Dict[str, str]] = None,
    ) -> None:
        """Show ``frame`` (its columns in order): short ``headers``, ``kinds`` ('int', 'pct'...), header ``tips``."""
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.headers = headers
        self.kinds = kinds
        self.tips = tips or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.frame.columns[index.column()]
        value = self.frame.iat[index.row(), index.column()]
        kind = self.kinds.get(column, "text")
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
        column = self.frame.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers.get(column, str(column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(column) or self.headers.get(column, str(column))
        return None

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


class ResultsTable(QTableView):
    """A compact, sortable table of results; ``row_clicked(pd.Series)`` when the user clicks a row."""

    row_clicked = pyqtSignal(object)

    def __init__(self, parent: Optional[QWidget] = None, rows_visible: int = 8) -> None:
        super().__init__(parent)
        self.model_ = FrameModel(self)
        self.setModel(self.model_)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._rows_visible = rows_visible
        self._rows = 0
        self._overflow = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height(0)
        self.clicked.connect(self._clicked)

    def set_frame(
        self,
        frame: pd.DataFrame,
        headers: Dict[str, str],
        kinds: Dict[str, str],
        tips: Optional[Dict[str, str]] = None,
    ) -> None:
        """Show a DataFrame (short headers; ``tips`` explain them)."""
        self.setSortingEnabled(False)
        self.model_.set_frame(frame, headers, kinds, tips)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self._fit_height(len(frame), self._overflow)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; in a narrow table the margins give way first, then the text (elided)."""
        count = self.model_.columnCount()
        if not count:
            return
        self.horizontalHeader().setStretchLastSection(False)
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        columns = list(self.model_.frame.columns)
        widths = []
        snug = []  # each column as narrow as its cells and header allow, without eliding them
        for c in range(count):
            texts = [self.model_.data(self.model_.index(r, c)) or "" for r in range(min(self.model_.rowCount(), 200))]
            cells = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            head = header_metrics.horizontalAdvance(str(self.model_.headerData(c, Qt.Orientation.Horizontal)))
            widths.append(max(cells, head) + 14)
            snug.append(min(widths[c], max(cells + 10, head + 8)))
        text = [c for c in range(count) if self.model_.kinds.get(columns[c], "text") == "text"]
        available = self.width() - 2 * self.frameWidth() - 2
        if self.model_.rowCount() > self._rows_visible:
            available -= self.verticalScrollBar().sizeHint().width()
        excess = sum(widths) - available
        # too wide: first the margins give way, then the text columns (elided, down to 70 px or their header)
        for c in range(count):
            cut = min(max(0, excess), widths[c] - snug[c])
            widths[c] -= cut
            excess -= cut
        for c in text:
            head = header_metrics.horizontalAdvance(str(self.model_.headerData(c, Qt.Orientation.Horizontal)))
            cut = min(max(0, excess), max(0, widths[c] - max(70, head + 8)))
            widths[c] -= cut
            excess -= cut
        if excess < 0:
            widths[text[0] if text else count - 1] -= excess
        for c, width in enumerate(widths):
            self.setColumnWidth(c, width)
        overflow = sum(widths) > available
        if overflow != getattr(self, "_overflow", False):
            self._overflow = overflow
            self._fit_height(self._rows, overflow)

    def resizeEvent(self, event) -> None:
        """Refit the columns to the new width."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_height(self, rows: int, overflow: bool = False) -> None:
        """As tall as the rows (up to ``rows_visible``), so short tables leave no empty box."""
        self._rows = rows
        row_height = self.verticalHeader().defaultSectionSize()
        shown = max(1, min(rows, self._rows_visible))
        header = self.horizontalHeader().sizeHint().height()
        scroll = self.horizontalScrollBar().sizeHint().height() if overflow else 0
        self.setFixedHeight(header + shown * row_height + scroll + 2 * self.frameWidth() + 2)

    def frame(self) -> pd.DataFrame:
        """The table shown, in its current order."""
        return self.model_.frame

    def _clicked(self, index) -> None:
        if index.isValid():
            self.row_clicked.emit(self.model_.row(index.row()))


def names_list(values: Sequence[object], limit: int = 6) -> str:
    """'a, b, c and 4 more'."""
    values = [str(v) for v in values]
    if len(values) <= limit:
        return ", ".join(values)
    return tr("{names} and {n} more").format(names=", ".join(values[:limit]), n=len(values) - limit)
