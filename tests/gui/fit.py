"""Whether any text of a widget is cut off: every visible label, button, combo box, line edit, spin box, table
header and table cell is measured with QFontMetrics (or, for wrapped and rich text, a QTextDocument laid out at
the widget's width) against the room its widget gives it; tables must show all their rows and columns without
scroll bars of their own; charts keep every text inside the figure and legends off the bars.

:func:`cut_off` returns one line per problem (empty: nothing is cut off).
"""

from __future__ import annotations

import html
import re
from typing import List

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFontMetrics, QFontMetricsF, QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QWidget,
)

from tests.chart_checks import chart_problems

TAG = re.compile(r"<[^>]+>")
SLACK = 1  # pixels of rounding


def plain(text: str) -> str:
    """A label's text without markup."""
    text = re.sub(r"<br\s*/?>", "\n", text)
    return html.unescape(TAG.sub("", text))


def name(widget: QWidget) -> str:
    """How a widget is named in a problem: class, object name and the start of its text."""
    text = ""
    for getter in ("text", "currentText", "windowTitle"):
        if hasattr(widget, getter):
            try:
                text = plain(str(getattr(widget, getter)()))
            except TypeError:
                continue
            if text:
                break
    short = (text[:40] + "…") if len(text) > 40 else text
    return f"{type(widget).__name__}#{widget.objectName() or '-'} «{short}»"


def _label(widget: QLabel) -> List[str]:
    text = widget.text()
    if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
        return []
    rect = widget.contentsRect()
    width = rect.width() - 2 * widget.margin()
    rich = widget.textFormat() == Qt.TextFormat.RichText or (
        widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if widget.wordWrap() or rich:
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setDocumentMargin(0)
        if rich:
            document.setHtml(text)
        else:
            document.setPlainText(text)
        document.setTextWidth(width if widget.wordWrap() else -1)
        problems = []
        if document.idealWidth() > width + SLACK:
            problems.append(f"{name(widget)}: needs {document.idealWidth():.0f} px wide, has {width}")
        if widget.wordWrap() and document.size().height() > rect.height() + 2 * SLACK:
            problems.append(f"{name(widget)}: needs {document.size().height():.0f} px high, has {rect.height()}")
        return problems
    metrics = widget.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    return [f"{name(widget)}: needs {need} px, has {width}"] if need > width + SLACK else []


def _button(widget: QAbstractButton) -> List[str]:
    """The text (and icon, indicator or menu arrow) within the button's contents, 2 px from its frame."""
    text = getattr(widget, "full_text", None) or widget.text()
    if not text or not text.strip():
        return []
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    style = widget.style()
    metrics = widget.fontMetrics()
    need = max(metrics.horizontalAdvance(line.replace("&", "")) for line in text.split("\n")) + 4
    if not widget.icon().isNull() and not (
        isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    ):
        need += widget.iconSize().width() + 4
    room = widget.width()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        metric = (
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(widget, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        )
        need += style.pixelMetric(metric, None, widget) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget
        )
    elif isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget).width()
        if widget.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
    elif isinstance(widget, QToolButton):
        room -= 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        if widget.arrowType() != Qt.ArrowType.NoArrow:
            need += widget.iconSize().width() + 4
        if widget.menu() is not None or widget.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
    return [f"{name(widget)}: needs {need} px, has {room}"] if need > room + SLACK else []


def _combo(widget: QComboBox) -> List[str]:
    text = widget.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    room = (
        widget.style()
        .subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget)
        .width()
    )
    need = widget.fontMetrics().horizontalAdvance(text) + 2
    if not widget.itemIcon(widget.currentIndex()).isNull():
        need += widget.iconSize().width() + 4
    return [f"{name(widget)}: needs {need} px, has {room}"] if need > room + SLACK else []


def _line_edit(widget: QLineEdit) -> List[str]:
    """A placeholder must fit; a typed text that does not must be in the tooltip (a path, a list...)."""
    margins = widget.textMargins()
    room = widget.width() - margins.left() - margins.right() - 2 * 2
    room -= 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
    for action in widget.actions():  # the clear button and other trailing actions take room
        if action.isVisible():
            room -= 20
    metrics = widget.fontMetrics()
    if widget.text():
        if isinstance(widget.parent(), QAbstractSpinBox):
            need = metrics.horizontalAdvance(widget.text())
            return [f"{name(widget.parent())}: needs {need} px, has {room}"] if need > room + SLACK else []
        tip = widget.toolTip() or (widget.parent().toolTip() if widget.parent() is not None else "")
        need = metrics.horizontalAdvance(widget.text())
        if need > room + SLACK and widget.text() not in tip:
            return [f"{name(widget)}: needs {need} px, has {room}, and the tooltip does not show it"]
        return []
    if widget.placeholderText():
        need = metrics.horizontalAdvance(widget.placeholderText())
        if need > room + SLACK:
            return [f"{name(widget)} placeholder «{widget.placeholderText()}»: needs {need} px, has {room}"]
    return []


def _header(view: QTableView, header: QHeaderView) -> List[str]:
    if not header.isVisible() and not header.isVisibleTo(view):
        return []
    if header.isHidden():
        return []
    model = view.model()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    problems = []
    count = model.columnCount() if horizontal else model.rowCount()
    for section in range(count):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip():
            continue
        lines = text.split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if horizontal and header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        room = header.sectionSize(section) if horizontal else header.width()
        high = len(lines) * metrics.lineSpacing()
        room_high = header.height() if horizontal else header.sectionSize(section)
        where = f"{name(view)} {'column' if horizontal else 'row'} header «{text}»"
        if text.rstrip().endswith("…"):
            problems.append(f"{where}: elided")
        elif need > room + SLACK:
            problems.append(f"{where}: needs {need} px, has {room}")
        if high > room_high + SLACK:
            problems.append(f"{where}: needs {high} px high, has {room_high}")
    return problems


def _cells(view: QTableView) -> List[str]:
    model = view.model()
    if model is None:
        return []
    problems = _header(view, view.horizontalHeader()) + _header(view, view.verticalHeader())
    for bar, what in ((view.verticalScrollBar(), "vertical"), (view.horizontalScrollBar(), "horizontal")):
        if bar.maximum() > 0:
            problems.append(f"{name(view)}: rows or columns out of sight ({what} scroll range {bar.maximum()} px)")
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(min(model.rowCount(), 300)):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            if view.indexWidget(index) is not None:
                continue  # measured as a widget
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text.strip():
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetricsF(font if font is not None else view.font())  # Qt lays text out in fractions
            span = max(1, view.columnSpan(row, column))
            room = sum(view.columnWidth(c) for c in range(column, column + span)) - 2 * margin
            if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
                room -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 2 * margin
            high = view.rowHeight(row) - 2
            if view.wordWrap():
                lines = _wrapped_lines(text, metrics, room)
            else:
                lines = text.split("\n")
            need = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            need_high = len(lines) * metrics.lineSpacing()
            where = f"{name(view)} cell ({row + 1}, {column + 1}) «{text}»"
            if text.rstrip().endswith("…"):
                problems.append(f"{where}: elided")
            elif need > room:
                problems.append(f"{where}: needs {need:.1f} px, has {room}")
            elif need_high > high + SLACK:
                problems.append(f"{where}: needs {need_high:.0f} px high, has {high}")
    return problems


def _wrapped_lines(text: str, metrics, width: int) -> List[str]:
    """The lines of ``text`` wrapped at spaces to ``width`` (a word longer than the width stays whole)."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _dock_title(widget: QDockWidget) -> List[str]:
    text = widget.windowTitle()
    buttons = [
        b
        for b in widget.findChildren(QAbstractButton)
        if b.objectName() in ("qt_dockwidget_floatbutton", "qt_dockwidget_closebutton") and b.isVisible()
    ]
    right = min((b.x() for b in buttons), default=widget.width())
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin, None, widget)
    room = right - 2 * margin
    need = widget.fontMetrics().horizontalAdvance(text)
    return [f"dock title «{text}»: needs {need} px, has {room}"] if need > room + SLACK else []


def _outside_parent(widget: QWidget, root: QWidget) -> List[str]:
    """A widget that reaches beyond its parent's right or left edge is cut by it."""
    parent = widget.parentWidget()
    if widget is root or parent is None or widget.isWindow():
        return []
    if isinstance(parent.parentWidget(), QAbstractItemView) or type(parent).__name__ == "QStackedWidget":
        return []  # cell widgets scroll with their table; pages of a stack are as wide as the stack
    geometry = widget.geometry()
    if geometry.left() < -SLACK or geometry.right() > parent.width() - 1 + SLACK:
        return [
            f"{name(widget)}: spans x {geometry.left()}..{geometry.right()}, its parent is {parent.width()} px wide"
        ]
    return []


def cut_off(root: QWidget) -> List[str]:
    """Every text of ``root`` (and its visible children) that does not fit its widget."""
    problems: List[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.width() <= 0:
            continue
        problems += _outside_parent(widget, root)
        if isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QAbstractButton):
            if widget.objectName().startswith("qt_"):
                continue
            problems += _button(widget)
        elif isinstance(widget, QComboBox):
            problems += _combo(widget)
        elif isinstance(widget, QLineEdit):
            problems += _line_edit(widget)
        elif isinstance(widget, QTableView):
            problems += _cells(widget)
        elif isinstance(widget, QDockWidget):
            problems += _dock_title(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QTableView):
            continue
        figure = getattr(widget, "figure", None)
        if figure is not None and type(widget).__name__.startswith("FigureCanvas"):
            problems += chart_problems(figure, name(widget.parent()))
    return problems
