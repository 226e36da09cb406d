"""The AHP pairwise comparison editor: an n × n grid of Saaty judgements, weights and CR at every change.

The numbers come from :func:`..core.ahp.ahp_weights`, the function the ``ahp_weights`` and
``site_suitability`` algorithms use, on the matrix :meth:`AhpEditor.matrix_text` gives them.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import ahp
from ..core.errors import InputError
from ..core.i18n import tr
from .widgets import COLOURS, escape, label

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


class AhpEditor(QWidget):
    """Pairwise comparison of criteria; ``changed`` after every judgement."""

    changed = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.names: List[str] = []
        self.labels: List[str] = []
        self.judgements: Dict[Tuple[str, str], float] = {}
        self.combos: Dict[Tuple[int, int], QComboBox] = {}
        self.reciprocals: Dict[Tuple[int, int], QLabel] = {}
        self._result: Optional[ahp.AhpResult] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.legend = label(
            tr(
                "Each cell says how much more important the row's criterion is than the column's: 1 equal, "
                "3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the reverse. "
                "The cells below the diagonal are the reciprocals."
            ),
            self,
            small=True,
        )
        layout.addWidget(self.legend)
        self.grid_widget = QWidget(self)
        self.grid_widget.setObjectName("ahpGrid")
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(2)
        layout.addWidget(self.grid_widget)
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

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.combos = {}
        self.reciprocals = {}
        n = len(self.names)
        for j in range(n):
            head = QLabel(str(j + 1), self.grid_widget)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setToolTip(self.labels[j])
            self.grid.addWidget(head, 0, j + 1)
        for i in range(n):
            row_head = QLabel(f"{i + 1} {self.labels[i]}", self.grid_widget)
            row_head.setToolTip(self.labels[i])
            row_head.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(row_head, i + 1, 0)
            for j in range(n):
                if i == j:
                    cell = QLabel("1", self.grid_widget)
                    cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setStyleSheet("color: #888888;")
                    self.grid.addWidget(cell, i + 1, j + 1)
                elif j > i:
                    combo = QComboBox(self.grid_widget)
                    combo.setObjectName(f"ahp_{i}_{j}")
                    for value in SAATY:
                        combo.addItem(judgement_text(value), value)
                    combo.setToolTip(
                        tr("How much more important is {a} than {b}?").format(a=self.labels[i], b=self.labels[j])
                    )
                    combo.setMinimumContentsLength(3)
                    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    value = self.judgements.get((self.names[i], self.names[j]))
                    if value is None:
                        value = 1.0 / self.judgements.get((self.names[j], self.names[i]), 1.0)
                    combo.setCurrentIndex(SAATY.index(nearest_saaty(value)))
                    combo.currentIndexChanged.connect(lambda _index, a=i, b=j: self._combo_changed(a, b))
                    self.grid.addWidget(combo, i + 1, j + 1)
                    self.combos[(i, j)] = combo
                else:
                    cell = QLabel("", self.grid_widget)
                    cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setStyleSheet("color: #666666;")
                    self.grid.addWidget(cell, i + 1, j + 1)
                    self.reciprocals[(i, j)] = cell
        self.grid.setColumnStretch(0, 1)

    # ------------------------------------------------------------------ values
    def _combo_changed(self, i: int, j: int) -> None:
        self.judgements[(self.names[i], self.names[j])] = float(self.combos[(i, j)].currentData())
        self._update()
        self.changed.emit()

    def judgement(self, i: int, j: int) -> float:
        """a_ij of the matrix."""
        if i == j:
            return 1.0
        if i < j:
            return float(self.combos[(i, j)].currentData())
        return 1.0 / float(self.combos[(j, i)].currentData())

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Set a_ij (a_ji is its reciprocal); the value snaps to the Saaty scale."""
        if i == j:
            return
        if i > j:
            i, j, value = j, i, 1.0 / value
        self.combos[(i, j)].setCurrentIndex(SAATY.index(nearest_saaty(value)))

    def matrix(self) -> np.ndarray:
        """The full reciprocal matrix."""
        n = len(self.names)
        return np.array([[self.judgement(i, j) for j in range(n)] for i in range(n)], dtype=float)

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
        for (i, j), combo in self.combos.items():
            combo.blockSignals(True)
            value = nearest_saaty(float(matrix[i, j]))
            combo.setCurrentIndex(SAATY.index(value))
            self.judgements[(self.names[i], self.names[j])] = value
            combo.blockSignals(False)
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
        """Reciprocals, weights and CR."""
        for (i, j), cell in self.reciprocals.items():
            cell.setText(judgement_text(self.judgement(i, j)))
        if not self.names:
            self._result = None
            self.weights_label.setText(tr("Enable at least two criteria to compare them."))
            self.cr_label.setText("")
            return
        self._result = ahp.ahp_weights(self.matrix(), self.labels_for_result())
        result = self._result
        order = np.argsort(-result.weights, kind="mergesort")
        parts = [f"{escape(self.labels[k])} <b>{result.weights[k] * 100:.1f} %</b>" for k in order]
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
                    tr("Consistency ratio CR = {cr:.3f}: below {max:.2f}, consistent.").format(
                        cr=result.cr, max=result.max_cr
                    )
                )
                + "</span>"
            )
        else:
            self.cr_label.setText(
                f'<span style="color:{COLOURS["error"]}"><b>'
                + escape(
                    tr(
                        "Consistency ratio CR = {cr:.3f}: {max:.2f} or more, the judgements contradict each other."
                    ).format(cr=result.cr, max=result.max_cr)
                )
                + "</b> "
                + escape(result.inconsistency_message())
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
