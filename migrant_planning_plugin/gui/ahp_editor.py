"""The AHP pairwise comparison editor: an n × n grid of Saaty judgements, weights and CR at every change.

The numbers come from :func:`..core.ahp.ahp_weights`, the function the ``ahp_weights`` and
``site_suitability`` algorithms use, on the matrix :meth:`AhpEditor.matrix_text` gives them.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QEvent, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetricsF, QPalette
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import ahp
from ..core.errors import InputError
from ..core.i18n import tr
from .tables import longest_word, wrap_text
from .widgets import COLOURS, escape, format_value, label, locale_numbers, text_colour

# Saaty's scale, strongest for the row first.
SAATY: Tuple[float, ...] = (9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9)


def judgement_text(value: float) -> str:
    """'3', '1', '1/5' for a value of the Saaty scale."""
    if value >= 1:
        return f"{round(value):d}"
    return f"1/{round(1 / value):d}"


def nearest_saaty(value: float) -> float:
    """The value of the scale nearest to ``value`` on a log scale (2.5 -> 2 or 3, 0.3 -> 1/3)."""
    if not value > 0 or not math.isfinite(value):
        return 1.0
    return min(SAATY, key=lambda s: abs(math.log(s) - math.log(value)))


class _JudgementDelegate(QStyledItemDelegate):
    """A list of Saaty's values as the editor of a cell above the diagonal."""

    def __init__(self, editor: AhpEditor) -> None:
        super().__init__(editor.table)
        self.editor = editor

    def createEditor(self, parent, option, index):
        if index.column() <= index.row():
            return None
        combo = QComboBox(parent)
        for value in SAATY:
            combo.addItem(judgement_text(value), value)
        combo.setToolTip(self.editor.question(index.row(), index.column()))
        combo.activated.connect(lambda _index, widget=combo: self._commit(widget))
        return combo

    def _commit(self, widget) -> None:
        self.commitData.emit(widget)
        self.closeEditor.emit(widget)

    def setEditorData(self, widget, index):
        widget.setCurrentIndex(SAATY.index(nearest_saaty(self.editor.judgement(index.row(), index.column()))))
        QTimer.singleShot(0, widget.showPopup)

    def setModelData(self, widget, model, index):
        self.editor.set_judgement(index.row(), index.column(), float(widget.currentData()))


class AhpEditor(QWidget):
    """Pairwise comparison of criteria; ``changed`` after every judgement."""

    changed = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.names: List[str] = []
        self.labels: List[str] = []
        self.judgements: Dict[Tuple[str, str], float] = {}
        self.values = np.ones((0, 0))
        self._result: Optional[ahp.AhpResult] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.legend = label(
            tr(
                "Click a cell above the diagonal to say how much more important the row's criterion is than the "
                "column's: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; "
                "1/3 … 1/9 the reverse. The cells below the diagonal are the reciprocals."
            ),
            self,
            small=True,
        )
        layout.addWidget(self.legend)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("ahpGrid")
        self.table.setWordWrap(False)
        font = self.table.font()  # a little smaller: seven columns and the names beside them fit a narrow dock
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.table.setFont(font)
        self.table.setItemDelegate(_JudgementDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setHighlightSections(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.weights_label = label("", self, "ahpWeights")
        layout.addWidget(self.weights_label)
        self.cr_label = label("", self, "ahpCr")
        layout.addWidget(self.cr_label)

    # ------------------------------------------------------------------ criteria
    def set_criteria(self, names: Sequence[str], labels: Optional[Sequence[str]] = None) -> None:
        """Compare these criteria (judgements between criteria kept from before stay)."""
        self.names = list(names)
        self.labels = list(labels) if labels is not None else list(names)
        self._build()
        self._update()

    def question(self, i: int, j: int) -> str:
        """The question a cell answers."""
        return tr("How much more important is {a} than {b}?").format(a=self.labels[i], b=self.labels[j])

    def _build(self) -> None:
        n = len(self.names)
        self.values = np.ones((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                value = self.judgements.get((self.names[i], self.names[j]))
                if value is None:
                    value = 1.0 / self.judgements.get((self.names[j], self.names[i]), 1.0)
                value = nearest_saaty(value)
                self.values[i, j] = value
                self.values[j, i] = 1.0 / value
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setRowCount(n)
        self.table.setColumnCount(n)
        for k in range(n):
            column = QTableWidgetItem(str(k + 1))
            column.setToolTip(self.labels[k])
            self.table.setHorizontalHeaderItem(k, column)
            row = QTableWidgetItem(f"{k + 1} {self.labels[k]}")
            row.setToolTip(self.labels[k])
            self.table.setVerticalHeaderItem(k, row)
        for i in range(n):
            for j in range(n):
                item = QTableWidgetItem("")
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignCenter))
                if j > i:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.question(i, j))
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, j, item)
        self.table.blockSignals(False)
        self._laid_out_width = -1
        self._lay_out()

    def _lay_out(self) -> None:
        """Cells as narrow as '1/9'; the criteria names beside the rows, wrapped when the dock is narrow."""
        n = len(self.names)
        available = self.width()
        if available == self._laid_out_width:
            return
        self._laid_out_width = available
        metrics = self.table.fontMetrics()
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        width = math.ceil(QFontMetricsF(self.table.font()).horizontalAdvance("1/9")) + 2 * margin + 1
        vertical = self.table.verticalHeader()
        header_metrics = vertical.fontMetrics()
        frame = 2 * self.table.frameWidth() + 2
        texts = [f"{k + 1} {self.labels[k]}" for k in range(n)]
        natural = max((header_metrics.horizontalAdvance(t) for t in texts), default=0) + 12
        narrowest = max((longest_word(t, header_metrics) for t in texts), default=0) + 12
        header_width = max(narrowest, min(natural, available - n * width - frame))
        line_height = metrics.height() + 10
        heights = []
        for k, text in enumerate(texts):
            wrapped = wrap_text(text, header_metrics, header_width - 10)
            item = self.table.verticalHeaderItem(k)
            item.setText(wrapped)
            lines = wrapped.count("\n") + 1
            heights.append(max(line_height, lines * header_metrics.lineSpacing() + 8))
        self.table.horizontalHeader().setMinimumSectionSize(width)
        vertical.setMinimumSectionSize(line_height)
        for k in range(n):
            self.table.setColumnWidth(k, width)
            self.table.setRowHeight(k, heights[k])
        vertical.setFixedWidth(header_width)
        height = self.table.horizontalHeader().sizeHint().height() + sum(heights) + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + 4)
        # as wide as its cells; never wider than the narrowest layout, so that the dock can shrink to it
        self.table.setMinimumWidth(narrowest + n * width + frame)
        self.table.setMaximumWidth(header_width + n * width + frame)
        self.table.resize(header_width + n * width + frame, self.table.height())
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event) -> None:
        """Lay the grid out for the new width."""
        super().resizeEvent(event)
        if self.names:
            self._lay_out()

    def changeEvent(self, event) -> None:
        """Follow a change of theme (cell colours come from the palette)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.names:
            self._update()

    # ------------------------------------------------------------------ values
    def judgement(self, i: int, j: int) -> float:
        """a_ij of the matrix."""
        return float(self.values[i, j])

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Set a_ij (a_ji is its reciprocal); the value snaps to the Saaty scale."""
        if i == j:
            return
        if i > j:
            i, j, value = j, i, 1.0 / value
        value = nearest_saaty(value)
        if self.values[i, j] == value:
            return
        self.values[i, j] = value
        self.values[j, i] = 1.0 / value
        self.judgements[(self.names[i], self.names[j])] = value
        self.judgements.pop((self.names[j], self.names[i]), None)
        self._update()
        self.changed.emit()

    def matrix(self) -> np.ndarray:
        """The full reciprocal matrix."""
        return self.values.copy()

    def matrix_text(self) -> str:
        """The matrix as the AHP_MATRIX / MATRIX parameters take it: '1,3,1/5;1/3,1,1/7;5,7,1'."""
        n = len(self.names)
        return ";".join(",".join(judgement_text(self.judgement(i, j)) for j in range(n)) for i in range(n))

    def set_matrix(self, text: str) -> None:
        """Set every judgement from a matrix text over the current criteria (values snap to the scale)."""
        matrix = ahp.parse_matrix(text, "AHP")
        if matrix.shape[0] != len(self.names):
            raise InputError(
                tr("The matrix has {n} rows for {k} criteria.").format(n=matrix.shape[0], k=len(self.names))
            )
        n = len(self.names)
        for i in range(n):
            for j in range(i + 1, n):
                value = nearest_saaty(float(matrix[i, j]))
                self.values[i, j] = value
                self.values[j, i] = 1.0 / value
                self.judgements[(self.names[i], self.names[j])] = value
        self._update()
        self.changed.emit()

    def result(self) -> Optional[ahp.AhpResult]:
        """Weights, CR and the most inconsistent pair of the current matrix (None without criteria)."""
        return self._result

    def weights(self) -> Dict[str, float]:
        """Criterion name -> weight."""
        if self._result is None:
            return {}
        return dict(zip(self.names, (float(w) for w in self._result.weights)))

    def _update(self) -> None:
        """Cell texts, weights and CR."""
        n = len(self.names)
        self._result = ahp.ahp_weights(self.matrix(), self.labels_for_result()) if n else None
        worst = self._result.inconsistent_pair if self._result is not None and not self._result.consistent else None
        self.table.blockSignals(True)
        for i in range(n):
            for j in range(n):
                item = self.table.item(i, j)
                if item is None:
                    continue
                item.setText(judgement_text(self.values[i, j]))
                if j <= i:
                    item.setForeground(text_colour(self.table, muted=True))
                    item.setBackground(self.table.palette().color(QPalette.ColorRole.AlternateBase))
                elif j > i:
                    if (i, j) == worst:
                        item.setBackground(QColor("#f8c9c4"))
                        item.setForeground(QColor("#000000"))
                    else:
                        item.setBackground(self.table.palette().color(QPalette.ColorRole.Base))
                        item.setForeground(text_colour(self.table))
        self.table.blockSignals(False)
        if not self.names:
            self._result = None
            self.weights_label.setText(tr("Enable at least two criteria to compare them."))
            self.cr_label.setText("")
            return
        result = self._result
        order = np.argsort(-result.weights, kind="mergesort")
        parts = [f"{escape(self.labels[k])} <b>{format_value(result.weights[k], 'pct')}</b>" for k in order]
        self.weights_label.setText(tr("Weights: {weights}").format(weights=" · ".join(parts)))
        if len(self.names) < 3:
            self.cr_label.setText(
                f'<span style="color:{COLOURS["ok"]}">'
                + escape(tr("With two criteria the judgements are always consistent."))
                + "</span>"
            )
        elif result.consistent:
            self.cr_label.setText(
                f'<span style="color:{COLOURS["ok"]}">'
                + escape(
                    tr("Consistency ratio CR = {cr}: below {max}, consistent.").format(
                        cr=format_value(result.cr, "float3"), max=format_value(result.max_cr, "float2")
                    )
                )
                + "</span>"
            )
        else:
            self.cr_label.setText(
                f'<span style="color:{COLOURS["error"]}"><b>'
                + escape(
                    tr("Consistency ratio CR = {cr}: {max} or more, the judgements contradict each other.").format(
                        cr=format_value(result.cr, "float3"), max=format_value(result.max_cr, "float2")
                    )
                )
                + "</b> "
                + escape(result.inconsistency_message(locale_numbers().decimal_mark))
                + "</span>"
            )

    def labels_for_result(self) -> List[str]:
        """Criterion names for messages (the labels, made unique)."""
        seen: Dict[str, int] = {}
        out = []
        for text in self.labels:
            seen[text] = seen.get(text, 0) + 1
            out.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
        return out

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        """The judgements by criterion names."""
        return {"judgements": [[a, b, v] for (a, b), v in self.judgements.items()], "matrix": self.matrix_text()}

    def restore(self, state: dict) -> None:
        """Judgements saved by :meth:`state` (criteria set separately)."""
        self.judgements = {}
        for entry in state.get("judgements") or []:
            try:
                a, b, value = entry
                self.judgements[(str(a), str(b))] = float(value)
            except (TypeError, ValueError):
                continue
        self._build()
        self._update()
