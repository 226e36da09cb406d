"""Widgets the dock's pages share: labels, the run bar, the chart panel, the results table."""

from __future__ import annotations

import functools
import logging
from typing import Callable, Optional, Sequence

from qgis.PyQt.QtCore import QObject, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
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


# A combo box asks for the width of its longest item, up to this (px); a longer item is elided, the full text
# in the tooltip. A form whose label and combo do not fit side by side puts the label above (form_layout).
COMBO_WIDTH_CAP = 280


class ComboFitter(QObject):
    """Keeps a combo box as wide as its longest item (up to COMBO_WIDTH_CAP) and, when the current item is
    elided, its full text in the tooltip; follows items added or removed (layers of the project)."""

    def __init__(self, combo) -> None:
        super().__init__(combo)
        from qgis.PyQt.QtWidgets import QComboBox

        self.combo = combo
        self.tip = combo.toolTip()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.fit)
        combo.currentIndexChanged.connect(self.update_tip)
        combo.installEventFilter(self)
        self.fit()

    def needed(self, text: str) -> int:
        """Width (px) the combo needs to show ``text`` whole."""
        from qgis.PyQt.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.combo.initStyleOption(option)
        icon = (
            self.combo.iconSize().width() + 4
            if any(not self.combo.itemIcon(i).isNull() for i in range(self.combo.count()))
            else 0
        )
        content = QSize(self.combo.fontMetrics().horizontalAdvance(text) + icon + 4, self.combo.fontMetrics().height())
        return self.combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, self.combo).width()

    def fit(self, *_args) -> None:
        """Minimum width: the longest item's, up to the cap (as a number of characters, the unit of Qt's
        minimum contents length, so that forms see it in the combo's size hints and wrap their rows)."""
        metrics = self.combo.fontMetrics()
        texts = [self.combo.itemText(i) for i in range(self.combo.count())]
        longest = max(texts, key=metrics.horizontalAdvance, default="")
        overhead = self.needed("") - 4
        room = min(COMBO_WIDTH_CAP - overhead, metrics.horizontalAdvance(longest) + 4) if longest else 0
        self.combo.setMinimumContentsLength(max(4, -(-room // max(1, metrics.horizontalAdvance("X")))))
        # Qt keeps the minimum size hint it computed from the items before: drop it
        from qgis.PyQt.QtCore import QEvent
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.sendEvent(self.combo, QEvent(QEvent.Type.StyleChange))
        self.update_tip()

    def update_tip(self, *_args) -> None:
        """The full current text in the tooltip when it is elided."""
        text = self.combo.currentText()
        elided = bool(text) and self.needed(text) > self.combo.width()
        own = self.tip or ""
        self.combo.setToolTip(f"{text}\n\n{own}".strip() if elided and text not in own else own)

    def eventFilter(self, watched, event) -> bool:
        from qgis.PyQt.QtCore import QEvent

        if watched is self.combo and event.type() == QEvent.Type.Resize:
            self.update_tip()
        return False


def fit_fields(widget: QWidget) -> None:
    """Let the combo boxes under ``widget`` ask for their items' width (:class:`ComboFitter`) and the line edits
    for their placeholder's, up to COMBO_WIDTH_CAP: a form puts the label above a field that does not fit beside
    it, rather than cutting the field's text."""
    from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

    for combo in widget.findChildren(QComboBox):
        if not combo.property("fitted"):
            combo.setProperty("fitted", True)
            ComboFitter(combo)
    for edit in widget.findChildren(QLineEdit):
        placeholder = edit.placeholderText()
        if placeholder and not edit.property("fitted"):
            edit.setProperty("fitted", True)
            need = edit.fontMetrics().horizontalAdvance(placeholder) + 16
            edit.setMinimumWidth(min(COMBO_WIDTH_CAP, need))


def path_tooltip(file_widget, explanation: str) -> None:
    """A file chooser's tooltip: the whole path chosen (a long path does not fit the field), then ``explanation``."""

    def update(path: str = "") -> None:
        path = path or file_widget.filePath()
        file_widget.setToolTip(f"{path}\n\n{explanation}" if path else explanation)

    file_widget.fileChanged.connect(update)
    update()


def relayout(widget: QWidget) -> None:
    """Recompute the layouts from ``widget`` up to its window (after sizes changed while it was hidden)."""
    current = widget
    while current is not None:
        layout = current.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        current = current.parentWidget()


# A form label wider than this (px, on one line) goes above its field: QFormLayout gives a wrapped label beside
# its field (or above it, when the row wraps) the label's own width, which can be wider than the dock.
LONG_LABEL = 260


class DockForm(QFormLayout):
    """The dock's form: a long label above its field, a row that does not fit wrapped, fields as wide as there is."""

    def addRow(self, *args) -> None:
        """A label and its field (a long label on its own line above the field), or one widget across."""
        if len(args) == 2 and isinstance(args[0], QLabel) and args[0].wordWrap():
            text = args[0].text()
            one_line = max(args[0].fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if one_line > LONG_LABEL:
                super().addRow(args[0])
                super().addRow(args[1])
                return
        super().addRow(*args)


def form_layout(widget: Optional[QWidget] = None) -> QFormLayout:
    """The dock's form (:class:`DockForm`): a long row wraps (its label above the field), a long label is always
    above its field, and fields take the width there is.

    Given a ``widget``, the form is that widget's layout, without margins.
    """
    form = DockForm() if widget is None else DockForm(widget)
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

    def show_figure(
        self,
        factory: Callable[..., object],
        size=(4.2, 2.9),
        height: Optional[int] = None,
        save_size: Optional[tuple] = None,
    ) -> None:
        """Show the figure ``factory(figsize=...)`` makes, laid out for the panel's width (and ``height`` px); the
        factory is kept to lay the chart out again when the dock's width changes and to save it at ``save_size``
        inches (default SAVE_SIZE)."""
        self.clear()
        if height is not None:
            self._height = height
        self._save_size = tuple(save_size or self.SAVE_SIZE)
        self._factory = factory
        self._default_width = size[0]
        self._build()
        self.save_button.setEnabled(True)
        self.setVisible(True)

    def _build(self) -> None:
        """The figure at the canvas's size (titles wrap, legends and values placed for that size)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._factory is None:
            return
        if self.canvas is not None:
            self.holder.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        dpi = 100.0
        width = self.width() if self.width() > 100 else self._default_width * dpi
        self._built_width = width
        self.figure = self._factory(figsize=(width / dpi, self._height / dpi))
        self.figure.set_dpi(dpi)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.canvas.setFixedHeight(self._height)
        self.holder.addWidget(self.canvas)
        self.canvas.mpl_connect("resize_event", self._fit_values)
        self._fit_values()

    def resizeEvent(self, event) -> None:
        """A new width: the chart is laid out again for it."""
        super().resizeEvent(event)
        if self._factory is not None and abs(event.size().width() - getattr(self, "_built_width", 0)) > 8:
            from qgis.PyQt.QtCore import QTimer

            QTimer.singleShot(0, self._rebuild_if_needed)

    def _rebuild_if_needed(self) -> None:
        if self._factory is not None and abs(self.width() - getattr(self, "_built_width", 0)) > 8:
            self._build()

    def _fit_values(self, *_args) -> None:
        """At the canvas's size: values that do not fit their bars hidden (see core.charts.fit_value_labels)."""
        from ..core.charts import fit_value_labels

        if self.figure is None or self.canvas is None:
            return
        self.canvas.draw()
        fit_value_labels(self.figure, self.canvas.get_renderer())
        self.canvas.draw_idle()

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
        return save_png(self._factory(figsize=getattr(self, "_save_size", self.SAVE_SIZE)), path)

    def _ask_and_save(self) -> None:
        """Ask for a file name and save."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save chart as PNG"), "", tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self.save_png(path)


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


def words_list(items: Sequence[str], last: str = "") -> str:
    """'a, b or c' ('a, b and c' with ``last`` = tr("and"))."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return tr("{items} {last} {final}").format(items=", ".join(items[:-1]), last=last or tr("or"), final=items[-1])


def names_list(values: Sequence[object], limit: int = 6) -> str:
    """'a, b, c and 4 more'."""
    values = [str(v) for v in values]
    if len(values) <= limit:
        return ", ".join(values)
    return tr("{names} and {n} more").format(names=", ".join(values[:limit]), n=len(values) - limit)
