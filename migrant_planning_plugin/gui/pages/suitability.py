"""Step 4, Suitability: the criteria table, the AHP editor; site_suitability, rank_candidate_sites and
weight_sensitivity; the suitability map, the top parcels (click to zoom) and the sensitivity summary."""

from __future__ import annotations

import json
import os
from typing import Dict, List, Optional

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core import estimate
from ...core.criteria import DEFAULT_LAND_USE_SCORES, housing_preset
from ...core.i18n import tr
from ...core.levels import LEVELS
from ...paths import style_path
from ..ahp_editor import AhpEditor
from ..context import DockContext
from ..outputs import read_table
from ..runner import RunStep
from ..tables import ResultsTable, RowsFitter, longest_word
from ..widgets import (
    COLOURS,
    CheckBox,
    escape,
    form_layout,
    format_value,
    guarded,
    label,
    relayout,
    text_colour,
    title,
    words_list,
)
from .base import Page

ROLE_OF_INPUT = {
    "FACILITIES": "facilities",
    "ROADS": "roads",
    "SETTLEMENTS": "settlements",
    "DEM": "dem",
    "HAZARDS": "hazards",
    "LAND_USE": "land_use",
}
TOP_ROWS = 20
# A run whose estimated time (core.estimate) is longer than this asks before it starts.
LONG_RUN_SECONDS = 60


def criterion_labels() -> Dict[str, str]:
    """Short names of the housing preset's criteria."""
    return {
        "health": tr("Health"),
        "education": tr("Education"),
        "roads": tr("Roads"),
        "urban": tr("Existing city"),
        "slope": tr("Slope"),
        "hazard": tr("Hazard"),
        "land_use": tr("Land use"),
    }


def criterion_help() -> Dict[str, str]:
    """What each criterion measures."""
    return {
        "health": tr("Distance to health facilities (type salud): nearer is better."),
        "education": tr("Distance to education facilities (type educación): nearer is better."),
        "roads": tr("Distance to the nearest road: nearer is better."),
        "urban": tr("Distance to existing settlements: compact growth is better."),
        "slope": tr("Slope of the terrain in %, from the DEM: flatter is better."),
        "hazard": tr("Hazard level: a score per level; level alta is excluded anyway."),
        "land_use": tr("POT land class: a score per class; protección is excluded anyway."),
    }


def function_names() -> Dict[str, str]:
    """Translated names of the standardisation functions."""
    return {"linear": tr("linear"), "sigmoid": tr("sigmoid"), "j_shaped": tr("J-shaped")}


def default_criteria() -> List[dict]:
    """The dock's criteria: the housing preset's, with enabled, weight and standardisation."""
    out = []
    for entry in housing_preset()["criteria"]:
        standardise = dict(entry["standardise"])
        item = {
            "name": entry["name"],
            "enabled": True,
            "weight": float(entry["weight"]),
            "input": entry["source"]["input"],
        }
        if standardise["function"] == "table":
            item["scores"] = {str(k): float(v) for k, v in standardise["scores"].items()}
        else:
            item.update(function=standardise["function"], a=float(standardise["a"]), b=float(standardise["b"]))
        out.append(item)
    return out


def sensitivity_sentence(table: pd.DataFrame, top_n: int) -> str:
    """What the sensitivity table says, in plain words, from the table's own numbers.

    ``table``: one row per run (criterion label, change_pct, spearman, top_kept). The fewest best parcels kept
    and the criteria and changes that keep so few are named together (ties all named), and the lowest likeness
    of the whole order.
    """
    kept = int(table["top_kept"].min())
    worst = table[table["top_kept"] == kept]
    cases = []
    for criterion, rows in worst.groupby("criterion", sort=False):
        changes = words_list([format_value(v, "pct_change") for v in sorted(rows["change_pct"])])
        cases.append(tr("{criterion} by {changes}").format(criterion=escape(criterion), changes=changes))
    low = float(table["spearman"].min())
    changes = words_list([format_value(v, "pct_change") for v in sorted(set(table["change_pct"]))], tr("and"))
    stable = low >= 0.9 and kept >= max(1, int(round(0.7 * top_n)))
    text = tr(
        "<b>Sensitivity</b>: with each weight changed by {changes}, at least {kept} of the {top} best parcels "
        "stay among the {top} best ({kept} when changing the weight of {cases})."
    ).format(changes=changes, kept=kept, top=top_n, cases="; ".join(cases))
    likeness = format_value(low, "float3")
    if low >= 0.9:
        order = tr("The order of all the parcels changes little (likeness at least {low}; 1 is the same order).")
    else:
        order = tr("The order of all the parcels changes noticeably (likeness down to {low}; 1 is the same order).")
    text += " " + order.format(low=likeness)
    verdict = (
        tr("The ranking is robust to the weights.")
        if stable
        else tr("The ranking depends on the weights: discuss them before choosing sites.")
    )
    colour = COLOURS["ok"] if stable else COLOURS["warning"]
    return text + f' <span style="color:{colour}">{escape(verdict)}</span>'


class SuitabilityPage(Page):
    """Where new housing should go: the suitability model, its weights, and the best candidate parcels."""

    key = "suitability"

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.criteria: List[dict] = default_criteria()
        self.land_use_scores = DEFAULT_LAND_USE_SCORES
        self.ranked = pd.DataFrame()
        self.sensitivity = pd.DataFrame()
        self.weight_spins: Dict[str, QDoubleSpinBox] = {}
        self._updating = False
        self.add_intro(
            tr(
                "Suitability for new housing on a grid: each criterion is scored 0 to 1, the scores are weighted "
                "and added, and hazard alta, protección land and water are excluded. Candidate parcels are ranked "
                "by their mean suitability, and the ranking is tested against changes of the weights."
            )
        )
        self.add_inputs()

        self.box.addWidget(title(tr("Criteria"), self))
        self.table = QTableWidget(len(self.criteria), 3, self)
        self.table.setObjectName("criteriaTable")
        self.table.setHorizontalHeaderLabels([tr("Criterion"), tr("Layer and scoring"), tr("Weight")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a long criterion name ("Ciudad existente") takes two lines, not an ellipsis
        labels = criterion_labels()
        helps = criterion_help()
        for row, item in enumerate(self.criteria):
            name_item = QTableWidgetItem(labels[item["name"]])
            name_item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            name_item.setCheckState(Qt.CheckState.Checked)
            name_item.setToolTip(helps[item["name"]])
            self.table.setItem(row, 0, name_item)
            cell = QTableWidgetItem("")
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 1, cell)
            spin = QDoubleSpinBox(self.table)
            spin.setObjectName(f"weight_{item['name']}")
            spin.setRange(0.0, 1.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setValue(item["weight"])
            spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setToolTip(tr("Relative weight; the weights are normalised to sum 1."))
            spin.valueChanged.connect(lambda value, name=item["name"]: self._weight_typed(name, value))
            self.table.setCellWidget(row, 2, spin)
            self.weight_spins[item["name"]] = spin
        metrics = self.table.fontMetrics()
        style = self.table.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.table) + 12
        words = max(longest_word(text, metrics) for text in labels.values())
        header_metrics = self.table.horizontalHeader().fontMetrics()
        self.table.setColumnWidth(0, max(words + indicator + 8, header_metrics.horizontalAdvance(tr("Criterion")) + 24))
        weight_header = header_metrics.horizontalAdvance(tr("Weight"))
        self.table.setColumnWidth(2, max(metrics.horizontalAdvance("0,00"), weight_header) + 24)
        self.rows_fitter = RowsFitter(self.table)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.box.addWidget(self.table)
        self.box.addWidget(
            label(
                tr("Criteria whose layer is not chosen are left out; weights are normalised to sum 1."),
                self,
                small=True,
            )
        )
        self._build_details()

        self.box.addWidget(title(tr("Weights"), self))
        form = form_layout()
        self.weight_mode = QComboBox(self)
        self.weight_mode.setObjectName("weightMode")
        self.weight_mode.addItems([tr("Typed in the table"), tr("From pairwise comparisons (AHP)")])
        form.addRow(label(tr("Weights from"), self), self.weight_mode)
        self.box.addLayout(form)
        self.ahp = AhpEditor(self)
        self.ahp.setObjectName("ahpEditor")
        self.ahp.changed.connect(self._ahp_changed)
        self.box.addWidget(self.ahp)

        self.box.addWidget(title(tr("Options"), self))
        form = form_layout()
        self.cell_size = QDoubleSpinBox(self)
        self.cell_size.setObjectName("cellSize")
        self.cell_size.setRange(1.0, 1000.0)
        self.cell_size.setDecimals(0)
        self.cell_size.setSuffix(" m")
        self.cell_size.setValue(25.0)
        self.cell_size.setToolTip(tr("Side of the grid cells; larger cells run faster, smaller ones show more detail."))
        form.addRow(label(tr("Cell size"), self), self.cell_size)
        self.box.addLayout(form)
        self.with_sensitivity = CheckBox(tr("Test how the parcel ranking depends on the weights"), self)
        self.with_sensitivity.setObjectName("withSensitivity")
        self.with_sensitivity.setChecked(True)
        self.box.addWidget(self.with_sensitivity)
        self.add_run_bar(tr("Run suitability"))

        self.add_results_title()
        self.weights_used = label("", self, "weightsUsed")
        self.box.addWidget(self.weights_used)
        self.top_title = label(tr("Best candidate parcels (click a row to zoom to it):"), self)
        self.box.addWidget(self.top_title)
        self.top_table = ResultsTable(self, tr("Best candidate parcels"))
        self.top_table.setObjectName("topParcels")
        self.top_table.row_clicked.connect(self.zoom_to_parcel)
        self.box.addWidget(self.top_table)
        self.box.addWidget(self.top_table.tools)
        self.sensitivity_label = label("", self, "sensitivitySummary")
        self.box.addWidget(self.sensitivity_label)
        self.sensitivity_table = ResultsTable(self, tr("Sensitivity to the weights"))
        self.sensitivity_table.setObjectName("sensitivityTable")
        self.box.addWidget(self.sensitivity_table)
        self.box.addWidget(self.sensitivity_table.tools)
        self.box.addStretch(1)
        self.weight_mode.currentIndexChanged.connect(self._mode_changed)
        self._refresh_table()
        self._update_ahp_criteria()
        self._mode_changed()
        self.table.setCurrentCell(0, 0)
        self._show_results_widgets()

    def title(self) -> str:
        return tr("Suitability")

    def inputs(self):
        return (("boundary", False), ("areas", False), ("candidates", False), ("water", False))

    def missing_inputs(self) -> List[str]:
        data = self.context.data
        if data.layer("boundary") is None and data.layer("areas") is None:
            return [data.spec("boundary").label]
        return []

    # ------------------------------------------------------------------ the details editor
    def _build_details(self) -> None:
        self.details_title = label("", self, "detailsTitle")
        self.box.addWidget(self.details_title)
        self.details = QStackedWidget(self)
        self.details.setObjectName("standardisation")
        # ramps
        ramp = QWidget(self.details)
        form = form_layout(ramp)
        self.function = QComboBox(ramp)
        self.function.setObjectName("function")
        for key, text in function_names().items():
            self.function.addItem(text, key)
        self.point_a = QDoubleSpinBox(ramp)
        self.point_a.setObjectName("pointA")
        self.point_b = QDoubleSpinBox(ramp)
        self.point_b.setObjectName("pointB")
        for spin in (self.point_a, self.point_b):
            spin.setRange(0.0, 100000.0)
            spin.setDecimals(0)
        form.addRow(label(tr("Function"), self), self.function)
        form.addRow(label(tr("Fully suitable up to"), self), self.point_a)
        form.addRow(label(tr("Unsuitable from"), self), self.point_b)
        self.details.addWidget(ramp)
        # hazard scores
        hazard = QWidget(self.details)
        grid = QGridLayout(hazard)
        grid.setContentsMargins(0, 0, 0, 0)
        self.hazard_scores: Dict[str, QDoubleSpinBox] = {}
        for column, level in enumerate(LEVELS):
            spin = QDoubleSpinBox(hazard)
            spin.setObjectName(f"score_{level}")
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(2)
            grid.addWidget(label(tr("score {level}").format(level=level), hazard), 0, column)
            grid.addWidget(spin, 1, column)
            self.hazard_scores[level] = spin
            spin.valueChanged.connect(self._details_changed)
        self.details.addWidget(hazard)
        # land use scores
        land = QWidget(self.details)
        form = form_layout(land)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.land_scores = QLineEdit(land)
        self.land_scores.setObjectName("landUseScores")
        self.land_scores.setToolTip(
            tr("Score 0-1 of each land use class, 'class=score;...' (accents and case ignored); others score 0.5.")
        )
        self.land_scores.editingFinished.connect(self._details_changed)
        form.addRow(label(tr("Score per land class (others 0.5)"), self), self.land_scores)
        self.details.addWidget(land)
        self.box.addWidget(self.details)
        self.function.currentIndexChanged.connect(self._details_changed)
        self.point_a.valueChanged.connect(self._details_changed)
        self.point_b.valueChanged.connect(self._details_changed)
        self._details_row = -1

    def _show_details(self, row: int) -> None:
        if row < 0 or row >= len(self.criteria):
            return
        self._details_row = row
        item = self.criteria[row]
        self._updating = True
        try:
            self.details_title.setText(
                tr("<b>Standardisation of {criterion}</b> (select a row to edit another)").format(
                    criterion=escape(criterion_labels()[item["name"]])
                )
            )
            if item["name"] == "land_use":
                self.details.setCurrentIndex(2)
                self.land_scores.setText(self.land_use_scores)
            elif "scores" in item:
                self.details.setCurrentIndex(1)
                for level, spin in self.hazard_scores.items():
                    spin.setValue(float(item["scores"].get(level, 0.0)))
            else:
                self.details.setCurrentIndex(0)
                unit = " %" if item["name"] == "slope" else " m"
                self.function.setCurrentIndex(max(0, self.function.findData(item["function"])))
                for spin, key in ((self.point_a, "a"), (self.point_b, "b")):
                    spin.setSuffix(unit)
                    spin.setValue(item[key])
        finally:
            self._updating = False

    def _details_changed(self, *_args) -> None:
        if self._updating or self._details_row < 0:
            return
        item = self.criteria[self._details_row]
        if item["name"] == "land_use":
            self.land_use_scores = self.land_scores.text().strip()
        elif "scores" in item:
            item["scores"] = {level: spin.value() for level, spin in self.hazard_scores.items()}
        else:
            item["function"] = self.function.currentData()
            item["a"] = self.point_a.value()
            item["b"] = max(self.point_b.value(), item["a"] + 1.0)
        self._refresh_table()

    # ------------------------------------------------------------------ table
    def standardisation_text(self, item: dict) -> str:
        """'linear 500-2000 m', 'alta 0 · media 0.4 · baja 0.8'."""
        if item["name"] == "land_use":
            return tr("by class") if self.land_use_scores else tr("all classes 0.5")
        if "scores" in item:
            return " / ".join(format_value(v, "num") for v in item["scores"].values())
        unit = "%" if item["name"] == "slope" else "m"
        text = f"{format_value(item['a'], 'num')}–{format_value(item['b'], 'num')} {unit}"
        return text if item["function"] == "linear" else f"{function_names()[item['function']]} {text}"

    def standardisation_tip(self, item: dict) -> str:
        """The standardisation in words."""
        if item["name"] == "land_use":
            return tr("Score per land class: {scores}; other classes 0.5.").format(scores=self.land_use_scores or "–")
        if "scores" in item:
            return tr("Score per hazard level: {scores}; no hazard 1.").format(
                scores=", ".join(f"{k} {format_value(v, 'num')}" for k, v in item["scores"].items())
            )
        unit = "%" if item["name"] == "slope" else "m"
        return tr("{function}: 1 up to {a} {unit}, 0 from {b} {unit}.").format(
            function=function_names()[item["function"]],
            a=format_value(item["a"], "num"),
            b=format_value(item["b"], "num"),
            unit=unit,
        )

    def _refresh_table(self) -> None:
        """Source and standardisation columns from the roles and the criteria."""
        data = self.context.data
        self.table.blockSignals(True)
        for row, item in enumerate(self.criteria):
            layer = data.layer(ROLE_OF_INPUT[item["input"]])
            source = self.table.item(row, 1)
            name = layer.name() if layer is not None else tr("– not chosen: left out")
            source.setText(f"{name}\n{self.standardisation_text(item)}")
            source.setToolTip(
                f"{data.spec(ROLE_OF_INPUT[item['input']]).label}: {name}\n{self.standardisation_tip(item)}"
            )
            source.setForeground(text_colour(self.table, muted=layer is None))
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if item["enabled"] else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        if getattr(self, "rows_fitter", None) is not None:
            self.rows_fitter.fit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.criteria[item.row()]["enabled"] = item.checkState() == Qt.CheckState.Checked
        self._update_ahp_criteria()
        self._mode_changed()

    def set_enabled(self, name: str, enabled: bool) -> None:
        """Enable or disable a criterion (as ticking its box does)."""
        row = [c["name"] for c in self.criteria].index(name)
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def _weight_typed(self, name: str, value: float) -> None:
        if self._updating or self.uses_ahp():
            return
        item = next(c for c in self.criteria if c["name"] == name)
        if item["enabled"]:
            item["weight"] = value

    def enabled_names(self) -> List[str]:
        """The enabled criteria, in order."""
        return [c["name"] for c in self.criteria if c["enabled"]]

    def _update_ahp_criteria(self) -> None:
        names = self.enabled_names()
        labels = criterion_labels()
        self.ahp.set_criteria(names, [labels[n] for n in names])

    def uses_ahp(self) -> bool:
        """Whether the weights come from the pairwise comparisons."""
        return self.weight_mode.currentIndex() == 1

    def _mode_changed(self) -> None:
        ahp_mode = self.uses_ahp()
        self.ahp.setVisible(ahp_mode)
        relayout(self.ahp)
        self._updating = True
        try:
            weights = self.ahp.weights() if ahp_mode else {}
            for item in self.criteria:
                spin = self.weight_spins[item["name"]]
                spin.setEnabled(item["enabled"] and not ahp_mode)
                if ahp_mode:
                    spin.setValue(weights.get(item["name"], 0.0))
                else:
                    spin.setValue(item["weight"] if item["enabled"] else 0.0)
        finally:
            self._updating = False

    def _ahp_changed(self) -> None:
        if self.uses_ahp():
            self._mode_changed()

    def roles_changed(self) -> None:
        super().roles_changed()
        self._refresh_table()

    # ------------------------------------------------------------------ parameters
    def criteria_json(self) -> str:
        """The CRITERIA parameter: the preset with the criteria disabled and the standardisations changed."""
        entries = []
        for item in self.criteria:
            if not item["enabled"]:
                entries.append({"name": item["name"], "enabled": False})
            elif "scores" in item and item["name"] != "land_use":
                entries.append({"name": item["name"], "standardise": {"scores": item["scores"]}})
            elif "function" in item:
                entries.append(
                    {
                        "name": item["name"],
                        "standardise": {"function": item["function"], "a": item["a"], "b": item["b"]},
                    }
                )
        return json.dumps({"criteria": entries}, ensure_ascii=False)

    def weight_parameters(self) -> dict:
        """WEIGHTS or AHP_MATRIX."""
        names = self.enabled_names()
        if not names:
            raise ValueError(tr("Enable at least one criterion."))
        if self.uses_ahp():
            if len(names) < 2:
                raise ValueError(tr("Enable at least two criteria to compare them."))
            return {"AHP_MATRIX": self.ahp.matrix_text()}
        weights = {c["name"]: c["weight"] for c in self.criteria if c["enabled"]}
        if sum(weights.values()) <= 0:
            raise ValueError(tr("Give at least one enabled criterion a weight above 0."))
        return {"WEIGHTS": ";".join(f"{n}={w:g}" for n, w in weights.items())}

    def model_parameters(self) -> dict:
        """The parameters site_suitability and weight_sensitivity share."""
        data = self.context.data
        return self.clean(
            {
                "AOI": data.layer_id("boundary") or data.layer_id("areas"),
                "CELL_SIZE": self.cell_size.value(),
                "PRESET": 0,
                "CRITERIA": self.criteria_json(),
                "FACILITIES": data.layer_id("facilities"),
                "FACILITY_TYPE_FIELD": self.field_param("facilities", "facility_type"),
                "ROADS": data.layer_id("roads"),
                "SETTLEMENTS": data.layer_id("settlements"),
                "DEM": data.layer_id("dem"),
                "HAZARDS": data.layer_id("hazards"),
                "HAZARD_TYPE_FIELD": self.field_param("hazards", "hazard_type"),
                "HAZARD_LEVEL_FIELD": self.field_param("hazards", "hazard_level"),
                "LEVEL_MAP": data.level_map(),
                "LAND_USE": data.layer_id("land_use"),
                "LAND_USE_FIELD": self.field_param("land_use", "land_use"),
                "LAND_USE_SCORES": self.land_use_scores,
                "WATER": data.layer_id("water"),
                **self.weight_parameters(),
            }
        )

    def steps(self) -> List[RunStep]:
        data = self.context.data
        model = self.model_parameters()
        suitability = {
            **model,
            "OUTPUT": self.output("suitability", "tif"),
            "CLASSIFIED": self.output("suitability_classes", "tif"),
        }
        steps = [
            RunStep("suitability", "migrant_planning:site_suitability", lambda _r: suitability, tr("Suitability grid…"))
        ]
        candidates = data.layer_id("candidates")
        if candidates:
            exposure = (self.context.outputs.get("exposure") or {}).get("OUTPUT")
            ranked_path = self.output("ranked_parcels")

            def rank_parameters(results: dict) -> dict:
                return self.clean(
                    {
                        "CANDIDATES": candidates,
                        "CANDIDATE_ID_FIELD": self.field_param("candidates", "id"),
                        "SUITABILITY": results["suitability"]["OUTPUT"],
                        "EXPOSURE": exposure if exposure and os.path.exists(exposure) else None,
                        "OUTPUT": ranked_path,
                    }
                )

            steps.append(
                RunStep("ranked", "migrant_planning:rank_candidate_sites", rank_parameters, tr("Ranking the parcels…"))
            )
            if self.with_sensitivity.isChecked():
                sensitivity = {
                    **model,
                    "CANDIDATES": candidates,
                    "CANDIDATE_ID_FIELD": self.field_param("candidates", "id"),
                    "OUTPUT": self.output("weight_sensitivity"),
                }
                steps.append(
                    RunStep(
                        "sensitivity",
                        "migrant_planning:weight_sensitivity",
                        lambda _r: self.clean(sensitivity),
                        tr("Testing the weights…"),
                    )
                )
        return steps

    def run_estimates(self) -> List[estimate.GridEstimate]:
        """The size of each raster run Run starts (suitability, and the weight sensitivity when it runs), as
        site_suitability and weight_sensitivity estimate it, on the area of interest's extent in the CRS they
        compute in; empty without an area of interest."""
        from ...core.text import parse_number_list
        from ...qgis_io.crs import choose_metric_crs

        data = self.context.data
        aoi = data.layer("boundary") or data.layer("areas")
        if aoi is None or aoi.extent().isNull():
            return []
        crs = choose_metric_crs([aoi], log=False)
        extent = QgsCoordinateTransform(aoi.crs(), crs, QgsProject.instance()).transformBoundingBox(aoi.extent())
        bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        cell, criteria = self.cell_size.value(), max(1, len(self.enabled_names()))
        sizes = [estimate.estimate_for_extent(bounds, cell, criteria)]
        if self.context.data.layer_id("candidates") and self.with_sensitivity.isChecked():
            # the dock leaves weight_sensitivity's CHANGES at its default (one run per change and criterion)
            algorithm = QgsApplication.processingRegistry().algorithmById("migrant_planning:weight_sensitivity")
            default = algorithm.parameterDefinition("CHANGES").defaultValue() if algorithm is not None else ""
            changes = len(parse_number_list(str(default or ""), "CHANGES")) if default else 0
            sizes.append(estimate.estimate_for_extent(bounds, cell, criteria, runs=changes * criteria + 1))
        return sizes

    def confirm_run(self) -> bool:
        """A run beyond the algorithms' limits is refused here (as they would); a long one shows its estimate
        and asks first (No is the default)."""
        sizes = self.run_estimates()
        for size in sizes:  # an InputError is a ValueError: run() shows it
            estimate.check_grid(size, estimate.available_memory(), parameter=tr("Cell size"))
        seconds = sum(size.seconds for size in sizes)
        if seconds <= LONG_RUN_SECONDS:
            return True
        text = tr(
            "With cells of {cell:g} m the grid has {size}. The whole run (suitability{sensitivity}) takes about "
            "{time}, and QGIS stays usable meanwhile. Start it? A larger cell size runs faster."
        ).format(
            cell=self.cell_size.value(),
            size=sizes[0].describe(),
            sensitivity=tr(" and the test of the weights") if len(sizes) > 1 else "",
            time=estimate.duration(seconds),
        )
        answer = QMessageBox.question(
            self,
            tr("A long run"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ results
    def show_results(self, results: Dict[str, dict]) -> None:
        from ...processing.suitability_common import RasterStyle

        suitability = results["suitability"]
        outputs = {
            "OUTPUT": suitability["OUTPUT"],
            "CLASSIFIED": suitability.get("CLASSIFIED") or "",
            "WEIGHTS_USED": suitability.get("WEIGHTS_USED") or "",
            "CR": suitability.get("CR"),
            "LEFT_OUT": suitability.get("LEFT_OUT") or "",
            "RANKED": (results.get("ranked") or {}).get("OUTPUT", ""),
            "SENSITIVITY": (results.get("sensitivity") or {}).get("OUTPUT", ""),
        }
        manager = self.context.results
        old = manager.begin(self.key)
        if outputs["SENSITIVITY"]:
            manager.add_vector(self.key, outputs["SENSITIVITY"], tr("Weight sensitivity (table)"))
        if outputs["CLASSIFIED"]:
            layer = QgsRasterLayer(outputs["CLASSIFIED"], tr("Suitability classes"))
            if manager.add(self.key, layer):
                RasterStyle(style_path("suitability_classes.qml"), classes=True).postProcessLayer(layer, None, None)
                manager.keep_style(layer)
                self.context.project().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
        layer = QgsRasterLayer(outputs["OUTPUT"], tr("Suitability (0-1)"))
        if manager.add(self.key, layer):
            RasterStyle(style_path("suitability.qml")).postProcessLayer(layer, None, None)
            manager.keep_style(layer)
        if outputs["RANKED"]:
            manager.add_vector(self.key, outputs["RANKED"], tr("Ranked candidate parcels"), "ranked_parcels.qml")
        manager.finish(old)
        self.context.set_outputs(self.key, outputs)
        self.load_tables(outputs)

    def load_tables(self, outputs: dict) -> None:
        """The weights used, the top parcels and the sensitivity summary."""
        weights = outputs.get("WEIGHTS_USED") or ""
        labels = criterion_labels()
        if weights:
            parts = []
            for entry in weights.split(";"):
                if "=" in entry:
                    name, value = entry.split("=", 1)
                    parts.append(f"{escape(labels.get(name, name))} {format_value(float(value), 'pct')}")
            text = tr("Weights used: {weights}.").format(weights=", ".join(parts))
            cr = outputs.get("CR")
            if cr is not None and cr != "":
                text += " " + tr("AHP consistency ratio {cr}.").format(cr=format_value(float(cr), "float3"))
            left_out = [
                labels.get(n.strip(), n.strip()) for n in (outputs.get("LEFT_OUT") or "").split(",") if n.strip()
            ]
            if left_out:
                text += " " + tr("Left out, for lack of their layer: {names}.").format(
                    names=escape(", ".join(left_out))
                )
            self.weights_used.setText(text)
        else:
            self.weights_used.setText("")
        ranked_path = outputs.get("RANKED") or ""
        self.ranked = read_table(ranked_path) if ranked_path and os.path.exists(ranked_path) else pd.DataFrame()
        path = outputs.get("SENSITIVITY") or ""
        self.sensitivity = read_table(path) if path and os.path.exists(path) else pd.DataFrame()
        self._fill_top()
        self._fill_sensitivity()
        self._show_results_widgets()

    def _id_column(self) -> Optional[str]:
        chosen = self.context.data.field("candidates", "id")
        if chosen and chosen in self.ranked.columns:
            return chosen
        for name in ("codigo_predio", "codigo", "id", "src_fid"):
            if name in self.ranked.columns:
                return name
        return None

    def _fill_top(self) -> None:
        if self.ranked.empty or "rank" not in self.ranked.columns:
            self.top_table.set_frame(pd.DataFrame(), {}, {})
            return
        frame = self.ranked.sort_values("rank", kind="mergesort").head(TOP_ROWS)
        id_column = self._id_column()
        table = pd.DataFrame(
            {
                "rank": frame["rank"].astype(int),
                "parcel": frame[id_column].astype(str) if id_column else frame["rank"].astype(str),
                "suit_mean": frame["suit_mean"].astype(float),
                "share_top2": frame["share_top2"].astype(float),
                "area_ha": frame["area_m2"].astype(float) / 10000.0,
            }
        )
        headers = {
            "rank": tr("Rank"),
            "parcel": tr("Parcel"),
            "suit_mean": tr("Mean suitability (0–1)"),
            "share_top2": tr("In the two best classes (%)"),
            "area_ha": tr("Area (ha)"),
        }
        tips = {
            "rank": tr("1 = the most suitable parcel"),
            "parcel": tr("Parcel identifier"),
            "suit_mean": tr("Mean of the suitability of the parcel's cells, from 0 (unsuitable) to 1"),
            "share_top2": tr("Share of the parcel's area in the classes alta and muy alta"),
        }
        kinds = {"rank": "int", "suit_mean": "float3", "share_top2": "pct", "area_ha": "float2"}
        short = {
            "rank": "#",
            "suit_mean": tr("Mean suitability"),
            "share_top2": tr("In the two best classes"),
            "area_ha": "ha",
        }
        self.top_table.set_frame(table, headers, kinds, tips, short)

    def _fill_sensitivity(self) -> None:
        frame = self.sensitivity
        if frame.empty or "run" not in frame.columns:
            self.sensitivity_label.setText("")
            self.sensitivity_table.set_frame(pd.DataFrame(), {}, {})
            return
        runs = frame[frame["run"] > 0]
        if runs.empty:
            self.sensitivity_label.setText(tr("Only one criterion: no weight to change."))
            self.sensitivity_table.set_frame(pd.DataFrame(), {}, {})
            return
        labels = criterion_labels()
        top_n = int(frame["top_n"].iloc[0])
        table = pd.DataFrame(
            {
                "criterion": [labels.get(str(c), str(c)) for c in runs["criterion"]],
                "change_pct": runs["change_pct"].astype(float),
                "spearman": runs["spearman"].astype(float),
                "top_kept": runs["top_kept"].astype(int),
            }
        )
        self.sensitivity_label.setText(sensitivity_sentence(table, top_n))
        headers = {
            "criterion": tr("Criterion"),
            "change_pct": tr("Change of its weight (%)"),
            "spearman": tr("Likeness to the base order (1 = same)"),
            "top_kept": tr("Of the {n} best parcels, still among the {n} best").format(n=top_n),
        }
        short = {"change_pct": tr("Weight change"), "spearman": tr("Likeness"), "top_kept": tr("Best kept")}
        tips = {
            "criterion": tr("The criterion whose weight was changed (the others keep their proportions)"),
            "spearman": tr("Spearman rank correlation of all the parcels with the base ranking"),
        }
        kinds = {"change_pct": "pct_change", "spearman": "float3", "top_kept": "int"}
        self.sensitivity_table.set_frame(table, headers, kinds, tips, short)

    def _show_results_widgets(self) -> None:
        has_top = not self.ranked.empty
        self.show_no_results(not has_top and not self.weights_used.text())
        self.top_title.setVisible(has_top)
        self.top_table.setVisible(has_top)
        self.sensitivity_label.setVisible(bool(self.sensitivity_label.text()))
        self.sensitivity_table.setVisible(not self.sensitivity.empty and self.sensitivity_table.frame().shape[0] > 0)
        self.weights_used.setVisible(bool(self.weights_used.text()))

    @guarded
    def zoom_to_parcel(self, row: pd.Series) -> bool:
        """Zoom the map to a ranked parcel and select it; False when the layer is gone."""
        ranked = (self.context.outputs.get(self.key) or {}).get("RANKED", "")
        layer = self.context.results.layer_by_source(self.key, ranked)
        if layer is None:
            self.context.notify(tr("The ranked parcels layer is not in the project any more; run this step again."))
            return False
        request = QgsFeatureRequest().setFilterExpression(f'"rank" = {int(row["rank"])}')
        feature = next(layer.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            return False
        layer.selectByIds([feature.id()])
        canvas = self.context.canvas()
        if canvas is None:
            return True
        extent = feature.geometry().boundingBox()
        # some context around the parcel: at least 600 m across (the layer is in a metric CRS)
        grow = max(0.0, 600.0 - max(extent.width(), extent.height())) / 2.0
        extent.grow(grow)
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        if transform.isValid() and not transform.isShortCircuited():
            extent = transform.transformBoundingBox(extent)
        extent.scale(1.5)
        canvas.setExtent(extent)
        canvas.refresh()
        self.last_zoom = extent
        return True

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        return {
            "criteria": self.criteria,
            "land_use_scores": self.land_use_scores,
            "weight_mode": self.weight_mode.currentIndex(),
            "ahp": self.ahp.state(),
            "cell_size": self.cell_size.value(),
            "sensitivity": self.with_sensitivity.isChecked(),
        }

    def restore(self, state: dict) -> None:
        defaults = {c["name"]: c for c in default_criteria()}
        saved = {c.get("name"): c for c in (state.get("criteria") or []) if isinstance(c, dict)}
        self.criteria = [{**defaults[name], **saved.get(name, {})} for name in defaults]
        self.land_use_scores = state.get("land_use_scores", DEFAULT_LAND_USE_SCORES)
        self.cell_size.setValue(float(state.get("cell_size", 25.0)))
        self.with_sensitivity.setChecked(bool(state.get("sensitivity", True)))
        self._refresh_table()
        self.ahp.restore(state.get("ahp") or {})
        self._update_ahp_criteria()
        self.weight_mode.blockSignals(True)
        self.weight_mode.setCurrentIndex(int(state.get("weight_mode", 0)))
        self.weight_mode.blockSignals(False)
        self._mode_changed()
        self._show_details(max(0, self._details_row))
        self.load_tables(self.context.outputs.get(self.key) or {})
