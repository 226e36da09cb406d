"""Step 3, Access: service_access; coverage by facility type per area, as a table and a chart."""

from __future__ import annotations

import os
from typing import Dict, List

import pandas as pd
from qgis.core import QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core import access, charts
from ...core.exposure import mark_totals
from ...core.i18n import tr
from ...core.numbers import NBSP
from ...core.text import fold
from ..context import DockContext
from ..outputs import read_table
from ..runner import RunStep
from ..tables import ResultsTable
from ..widgets import ChartPanel, escape, form_layout, format_value, guarded, label, locale_numbers, title
from .base import Page

# Suggested thresholds per facility type (metres, minutes), by a word of the type; others: the algorithm's default
# (1 000 m / 15 min).
SUGGESTED = (("salud", 1500.0, 20.0), ("educacion", 1000.0, 15.0), ("infancia", 500.0, 10.0))


def suggested_threshold(kind: str, minutes: bool) -> float:
    """The dock's suggestion for a facility type (a walkable distance for the service)."""
    folded = fold(kind)
    for word, metres, mins in SUGGESTED:
        if word in folded:
            return mins if minutes else metres
    return access.DEFAULT_THRESHOLD[access.MINUTES if minutes else access.METRES]


class AccessPage(Page):
    """Nearest facility, coverage within a threshold and access scores per facility type."""

    key = "access"

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.summary = pd.DataFrame()
        self.thresholds: Dict[str, Dict[str, float]] = {"m": {}, "min": {}}
        self.add_intro(
            tr(
                "How far each settlement is from each type of service, in a straight line or over the roads, and "
                "who is covered within the threshold of each type; with capacities, a floating catchment score "
                "shows where services are overloaded."
            )
        )
        self.add_inputs()
        self.box.addWidget(title(tr("Options"), self))
        form = form_layout()
        self.method = QComboBox(self)
        self.method.setObjectName("accessMethod")
        self.method.addItems([tr("In a straight line"), tr("Along the roads")])
        form.addRow(label(tr("Distance"), self), self.method)
        self.travel = QComboBox(self)
        self.travel.setObjectName("travelMode")
        self.travel.addItems([tr("Walking"), tr("By vehicle (road speeds, one-way streets)")])
        form.addRow(label(tr("Travel mode"), self), self.travel)
        self.unit = QComboBox(self)
        self.unit.setObjectName("costUnit")
        self.unit.addItems([tr("metres"), tr("minutes")])
        form.addRow(label(tr("Measure in"), self), self.unit)
        self.weighting = QComboBox(self)
        self.weighting.setObjectName("weighting")
        self.weighting.addItems(
            [
                tr("None"),
                tr("2SFCA: supply per person"),
                tr("E2SFCA: nearer counts more"),
                tr("Gaussian: fades with distance"),
            ]
        )
        self.weighting.setCurrentIndex(1)
        self.weighting.setToolTip(
            tr(
                "2SFCA: two-step floating catchment; E2SFCA: enhanced, with sub-zone weights 1, 0.68 and 0.22; "
                "Gaussian: a distance decay over the catchment."
            )
        )
        form.addRow(label(tr("Access score"), self), self.weighting)
        form.addRow(
            label(
                tr(
                    "Without a score, the step finds the nearest facility and who is covered within the "
                    "threshold. A score also compares each facility's capacity with the people who can reach "
                    "it: a low score marks places where the service is overloaded."
                ),
                self,
                small=True,
            )
        )
        self.box.addLayout(form)
        self.box.addWidget(label(tr("Threshold per facility type (also the catchment size):"), self))
        self.threshold_table = QTableWidget(0, 2, self)
        self.threshold_table.setObjectName("thresholds")
        self.threshold_table.setHorizontalHeaderLabels([tr("Facility type"), tr("Threshold")])
        self.threshold_table.verticalHeader().setVisible(False)
        self.threshold_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.threshold_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.threshold_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.box.addWidget(self.threshold_table)
        self.add_run_bar(tr("Run access"))

        self.add_results_title()
        self.results = QWidget(self)
        results = form_layout(self.results)
        self.area = QComboBox(self.results)
        self.area.setObjectName("accessArea")
        results.addRow(label(tr("Area"), self), self.area)
        self.box.addWidget(self.results)
        self.headline = label("", self, "accessHeadline")
        self.box.addWidget(self.headline)
        self.table = ResultsTable(self, tr("Coverage by facility type"))
        self.table.setObjectName("accessTable")
        self.box.addWidget(self.table)
        self.box.addWidget(self.table.tools)
        self.chart = ChartPanel(self, height=260)
        self.box.addWidget(self.chart)
        self.box.addStretch(1)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.unit.currentIndexChanged.connect(self._fill_thresholds)
        self.area.currentIndexChanged.connect(self.refresh)
        self._method_changed()
        self._show_results_widgets(False)

    def title(self) -> str:
        return tr("Access")

    def inputs(self):
        return (
            ("settlements", True),
            ("facilities", True),
            ("roads", self.method.currentIndex() == 1),
            ("areas", False),
        )

    # ------------------------------------------------------------------ options
    def _method_changed(self) -> None:
        self.travel.setEnabled(self.method.currentIndex() == 1)
        self.update_inputs()

    def speeds_text(self) -> str:
        """The speeds of a time measure, in words for the report ('' for distances)."""
        if self.unit.currentIndex() != 1:
            return ""
        if self.method.currentIndex() == 1 and self.travel.currentIndex() == 1:
            return tr("by road, at the speed of each road (its speed field; 30 km/h where it has none)")
        return tr("on foot at 4.5 km/h")

    def _unit_key(self) -> str:
        return "min" if self.unit.currentIndex() == 1 else "m"

    def facility_types(self) -> List[str]:
        """The values of the facility type field of the facility layer."""
        layer = self.context.data.layer("facilities")
        name = self.context.data.field("facilities", "facility_type")
        if layer is None or not name or layer.fields().indexOf(name) < 0:
            return []
        values = layer.uniqueValues(layer.fields().indexOf(name))
        return sorted(str(v) for v in values if v is not None and str(v).strip() and str(v) != "NULL")

    def _keep_thresholds(self) -> None:
        """Remember the thresholds typed, by folded type and unit."""
        key = self._table_unit
        for row in range(self.threshold_table.rowCount()):
            item = self.threshold_table.item(row, 0)
            spin = self.threshold_table.cellWidget(row, 1)
            if item is not None and spin is not None:
                self.thresholds[key][fold(item.text())] = spin.value()

    _table_unit = "m"

    def _fill_thresholds(self) -> None:
        """One row per facility type, with the threshold typed before or the suggestion."""
        if self.threshold_table.rowCount():
            self._keep_thresholds()
        unit = self._unit_key()
        self._table_unit = unit
        kinds = self.facility_types()
        self.threshold_table.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            item = QTableWidgetItem(kind)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.threshold_table.setItem(row, 0, item)
            spin = QDoubleSpinBox(self.threshold_table)
            spin.setRange(1.0, 100000.0 if unit == "m" else 600.0)
            spin.setDecimals(0)
            spin.setSingleStep(100.0 if unit == "m" else 5.0)
            spin.setSuffix(" m" if unit == "m" else " min")
            spin.setValue(self.thresholds[unit].get(fold(kind), suggested_threshold(kind, unit == "min")))
            self.threshold_table.setCellWidget(row, 1, spin)
        row_height = self.threshold_table.verticalHeader().defaultSectionSize()
        for row in range(len(kinds)):
            spin = self.threshold_table.cellWidget(row, 1)
            row_height = max(row_height, spin.sizeHint().height() + 2)
        for row in range(len(kinds)):
            self.threshold_table.setRowHeight(row, row_height)
        height = self.threshold_table.horizontalHeader().sizeHint().height() + 2 * self.threshold_table.frameWidth()
        self.threshold_table.setFixedHeight(height + max(1, len(kinds)) * row_height + 2)

    def thresholds_text(self) -> str:
        """The THRESHOLDS parameter: 'salud=1500;educación=1000'."""
        parts = []
        for row in range(self.threshold_table.rowCount()):
            item = self.threshold_table.item(row, 0)
            spin = self.threshold_table.cellWidget(row, 1)
            if item is not None and spin is not None:
                parts.append(f"{item.text()}={spin.value():g}")
        return ";".join(parts)

    def roles_changed(self) -> None:
        super().roles_changed()
        self._fill_thresholds()

    # ------------------------------------------------------------------ run
    def steps(self) -> List[RunStep]:
        data = self.context.data
        network = self.method.currentIndex() == 1
        parameters = self.clean(
            {
                "DEMAND": data.layer_id("settlements"),
                "POPULATION_FIELD": self.field_param("settlements", "population"),
                "MIGRANTS_FIELD": self.field_param("settlements", "migrants"),
                "FACILITIES": data.layer_id("facilities"),
                "FACILITY_TYPE_FIELD": self.field_param("facilities", "facility_type"),
                "CAPACITY_FIELD": self.field_param("facilities", "capacity"),
                "METHOD": self.method.currentIndex(),
                "ROADS": data.layer_id("roads") if network else None,
                "SPEED_FIELD": self.field_param("roads", "speed") if network else None,
                "ONEWAY_FIELD": self.field_param("roads", "oneway") if network else None,
                "TRAVEL_MODE": self.travel.currentIndex() if network else 0,
                "COST_UNIT": self.unit.currentIndex(),
                "THRESHOLDS": self.thresholds_text(),
                "WEIGHTING": self.weighting.currentIndex(),
                "AREAS": data.layer_id("areas"),
                "AREA_NAME_FIELD": self.field_param("areas", "area_name") if data.layer_id("areas") else None,
                "OUTPUT": self.output("access_settlements"),
                "FACILITIES_OUTPUT": self.output("access_facilities"),
                "SUMMARY": self.output("access_summary"),
            }
        )
        return [RunStep("access", "migrant_planning:service_access", lambda _r: parameters, tr("Access to services…"))]

    def show_results(self, results: Dict[str, dict]) -> None:
        result = results["access"]
        outputs = {
            "OUTPUT": result["OUTPUT"],
            "SUMMARY": result["SUMMARY"],
            "FACILITIES": result.get("FACILITIES_OUTPUT") or "",
            "THRESHOLDS": self.thresholds_text(),
            "UNIT": self._unit_key(),
            "METHOD": self.method.currentIndex(),  # for the report: straight line (0) or road network (1)
            "SPEEDS": self.speeds_text(),
        }
        manager = self.context.results
        old = manager.begin(self.key)
        manager.add_vector(self.key, outputs["SUMMARY"], tr("Access summary (table)"))
        if outputs["FACILITIES"]:
            manager.add_vector(self.key, outputs["FACILITIES"], tr("Facility catchments and loads"))
        probe = QgsVectorLayer(outputs["OUTPUT"], "probe", "ogr")
        points = probe.isValid() and probe.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        style = "access_coverage_points.qml" if points else "access_coverage.qml"
        labels = {True: tr("Covered within the threshold"), False: tr("Not covered")}
        kinds = (
            sorted(str(v) for v in probe.uniqueValues(probe.fields().indexOf("facility_type")))
            if probe.isValid()
            else []
        )
        summary = mark_totals(read_table(outputs["SUMMARY"]))  # the ALL rows by their flag, not their name
        shares = {}
        if not summary.empty:
            whole = summary[summary["area_name"] == charts.ALL]
            shares = dict(zip(whole["facility_type"].astype(str), whole["share_covered"].astype(float)))
        worst = min(shares, key=shares.get) if shares else (kinds[0] if kinds else "")
        for kind in reversed(kinds[:8]):
            value = kind.replace("'", "''")
            layer_id = manager.add_vector(
                self.key,
                outputs["OUTPUT"],
                tr("Access: {type}").format(type=kind),
                style,
                subset=f"\"facility_type\" = '{value}'",
                labels=labels,
            )
            if layer_id:
                manager.set_visible(layer_id, kind == worst)  # the layers overlap: show the least covered type
        del probe
        manager.finish(old)
        self.context.set_outputs(self.key, outputs)
        self.load_tables(outputs)

    # ------------------------------------------------------------------ results
    def load_tables(self, outputs: dict) -> None:
        """Read the summary table and show it."""
        path = outputs.get("SUMMARY", "")
        self.summary = mark_totals(read_table(path)) if path and os.path.exists(path) else pd.DataFrame()
        self.cost_unit = outputs.get("UNIT", "m")
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        if not self.summary.empty:
            self.area.addItem(tr("Whole municipality"), charts.ALL)
            for name in sorted(a for a in self.summary["area_name"].dropna().unique() if a != charts.ALL):
                self.area.addItem(str(name), name)
            index = self.area.findData(current) if current else 0
            self.area.setCurrentIndex(max(0, index))
        self.area.blockSignals(False)
        self.refresh()

    @guarded
    def refresh(self, *_args) -> None:
        """Table and chart for the area chosen."""
        if self.summary.empty:
            self._show_results_widgets(False)
            return
        self._show_results_widgets(True)
        area = self.area.currentData() or charts.ALL
        rows = self.summary[self.summary["area_name"] == area].sort_values("facility_type")
        frame = pd.DataFrame(
            {
                "facility_type": rows["facility_type"].astype(str),
                "share_covered": rows["share_covered"].astype(float),
                "migrants_share": access.covered_share(rows, "migrants"),
                "uncovered": rows["population"].astype(float) - rows["population_covered"].astype(float),
                "mean_cost": rows["mean_cost"].astype(float),
            }
        )
        headers = {
            "facility_type": tr("Facility type"),
            "share_covered": tr("Population covered (%)"),
            "migrants_share": tr("Migrants covered (%)"),
            "uncovered": tr("Beyond the threshold (persons)"),
        }
        tips = {
            "facility_type": tr("Facility type"),
            "share_covered": tr("Share of the population within the threshold"),
            "migrants_share": tr("Share of the migrants within the threshold"),
            "uncovered": tr("People beyond the threshold (persons)"),
        }
        kinds = {"share_covered": "pct", "migrants_share": "pct", "uncovered": "int"}
        short = {
            "facility_type": tr("Type"),
            "share_covered": tr("People covered"),
            "migrants_share": tr("Migrants covered"),
            "uncovered": tr("Beyond the threshold"),
        }
        self.table.set_frame(frame.drop(columns=["mean_cost"]), headers, kinds, tips, short)
        if not frame.empty:
            worst = frame.sort_values("share_covered", kind="mergesort").iloc[0]
            limit = self.threshold_labels().get(str(worst["facility_type"]))
            text = (
                tr(
                    "Lowest coverage: <b>{type}</b>. {share} of the population lives within {threshold} of one; "
                    "{n} people live farther."
                )
                if limit
                else tr("Lowest coverage: <b>{type}</b>, {share} covered; {n} people beyond its threshold.")
            )
            self.headline.setText(
                text.format(
                    type=escape(worst["facility_type"]),
                    share=format_value(worst["share_covered"], "pct"),
                    threshold=limit,
                    n=format_value(worst["uncovered"], "int"),
                )
            )
        summary = self.summary
        numbers = locale_numbers()
        thresholds = self.threshold_labels()
        name = self.area.currentText()
        self.chart.show_figure(
            lambda figsize: charts.coverage_by_type(
                summary, area=area, figsize=figsize, numbers=numbers, thresholds=thresholds, area_name=name
            ),
            size=(4.2, 3.0),
        )

    def threshold_labels(self) -> Dict[str, str]:
        """Facility type -> the threshold of the run shown ('1 500 m', a no-break space before the unit so the
        number never ends a line without it), from the step's outputs."""
        outputs = self.context.outputs.get(self.key) or {}
        unit = "min" if outputs.get("UNIT", "m") == "min" else "m"
        labels = {}
        for part in str(outputs.get("THRESHOLDS") or "").split(";"):
            kind, _, value = part.rpartition("=")
            try:
                labels[kind.strip()] = f"{format_value(float(value), 'num')}{NBSP}{unit}"
            except ValueError:
                continue
        return labels

    def _show_results_widgets(self, shown: bool) -> None:
        self.show_no_results(not shown)
        for widget in (self.results, self.table, self.headline):
            widget.setVisible(shown)
        if not shown:
            self.chart.clear()

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        if self.threshold_table.rowCount():
            self._keep_thresholds()
        return {
            "method": self.method.currentIndex(),
            "travel": self.travel.currentIndex(),
            "unit": self.unit.currentIndex(),
            "weighting": self.weighting.currentIndex(),
            "thresholds": self.thresholds,
        }

    def restore(self, state: dict) -> None:
        thresholds = state.get("thresholds") or {}
        self.thresholds = {"m": dict(thresholds.get("m") or {}), "min": dict(thresholds.get("min") or {})}
        self.threshold_table.setRowCount(0)
        self.method.setCurrentIndex(int(state.get("method", 0)))
        self.travel.setCurrentIndex(int(state.get("travel", 0)))
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(int(state.get("unit", 0)))
        self.unit.blockSignals(False)
        self.weighting.setCurrentIndex(int(state.get("weighting", 1)))
        self._fill_thresholds()
        outputs = self.context.outputs.get(self.key) or {}
        if outputs.get("SUMMARY") and os.path.exists(outputs["SUMMARY"]):
            self.load_tables(outputs)
        else:
            self.summary = pd.DataFrame()
            self.refresh()
