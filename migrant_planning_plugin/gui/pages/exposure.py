"""Step 2, Exposure: settlement_exposure (and facility_exposure); table and chart by reporting area."""

from __future__ import annotations

import os
from typing import Dict, List

import pandas as pd
from qgis.core import QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QWidget

from ...core import charts
from ...core.exposure import ALL_TYPES, mark_totals
from ...core.i18n import tr
from ...core.levels import DEFAULT_LEVEL_WEIGHTS, LEVELS
from ...qgis_io.styles import level_labels
from ..context import DockContext
from ..outputs import read_table
from ..runner import RunStep
from ..tables import ResultsTable
from ..widgets import ChartPanel, CheckBox, form_layout, format_value, guarded, label, locale_numbers, title
from .base import Page


class ExposurePage(Page):
    """Who lives in hazard zones, at which level, per reporting area."""

    key = "exposure"

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.summary = pd.DataFrame()
        self.facility_summary = pd.DataFrame()
        self.add_intro(
            tr(
                "Population, migrants and households living in hazard zones, at each level (alta, media, baja) of "
                "each hazard type and of any type, by reporting area. Where zones of one type overlap, a place "
                "counts once, at its highest level."
            )
        )
        self.add_inputs()
        self.box.addWidget(title(tr("Options"), self))
        form = form_layout()
        self.mode = QComboBox(self)
        self.mode.setObjectName("exposureMode")
        self.mode.addItems(
            [
                tr("Automatic"),
                tr("By share of area"),
                tr("Whole, at the highest level"),
            ]
        )
        form.addRow(label(tr("A settlement partly in a hazard zone counts"), self), self.mode)
        self.mode_help = label("", self, "exposureModeHelp", small=True)
        form.addRow(self.mode_help)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        weights = QWidget(self)
        grid = QGridLayout(weights)
        grid.setContentsMargins(0, 0, 0, 0)
        self.weights: Dict[str, QDoubleSpinBox] = {}
        for column, level in enumerate(LEVELS):
            spin = QDoubleSpinBox(weights)
            spin.setObjectName(f"weight_{level}")
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(2)
            spin.setValue(DEFAULT_LEVEL_WEIGHTS[level])
            spin.setToolTip(charts.level_labels()[level])
            grid.addWidget(QLabel(level, weights), 0, column)
            grid.addWidget(spin, 1, column)
            self.weights[level] = spin
        self.box.addLayout(form)
        self.box.addWidget(label(tr("Exposure index weight of each level:"), self))
        self.box.addWidget(weights)
        self.with_facilities = CheckBox(tr("Also find the hazard level of each facility"), self)
        self.with_facilities.setObjectName("withFacilities")
        self.with_facilities.setChecked(True)
        self.box.addWidget(self.with_facilities)
        self.add_run_bar(tr("Run exposure"))
        self._mode_changed()

        self.results = QWidget(self)
        results = form_layout(self.results)
        self.hazard_type = QComboBox(self.results)
        self.hazard_type.setObjectName("hazardType")
        self.measure = QComboBox(self.results)
        self.measure.setObjectName("measure")
        for key, text in (
            ("population", tr("Population")),
            ("migrants", tr("Migrants")),
            ("households", tr("Households")),
        ):
            self.measure.addItem(text, key)
        results.addRow(label(tr("Hazard"), self), self.hazard_type)
        results.addRow(label(tr("Show"), self), self.measure)
        self.add_results_title()
        self.box.addWidget(self.results)
        self.headline = label("", self, "exposureHeadline")
        self.box.addWidget(self.headline)
        self.table = ResultsTable(self, tr("Exposure by area"))
        self.table.setObjectName("exposureTable")
        self.box.addWidget(self.table)
        self.box.addWidget(self.table.tools)
        self.chart = ChartPanel(self, height=300)
        self.box.addWidget(self.chart)
        self.facilities_label = label("", self, "facilityExposure")
        self.box.addWidget(self.facilities_label)
        self.box.addStretch(1)
        self.hazard_type.currentIndexChanged.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self.refresh)
        self._show_results_widgets(False)

    def title(self) -> str:
        return tr("Exposure")

    @staticmethod
    def mode_explanations() -> List[str]:
        """What each way of counting does, in a sentence (the MODE parameter of settlement_exposure)."""
        return [
            tr(
                "A polygon counts in each level in proportion to its area there (its people spread evenly over "
                "it); a point counts whole in the zone it falls in."
            ),
            tr("Each settlement counts in each level in proportion to its area there (its people spread evenly)."),
            tr("Each settlement counts whole at the highest level it touches: the most cautious count."),
        ]

    def _mode_changed(self, *_args) -> None:
        self.mode_help.setText(self.mode_explanations()[max(0, self.mode.currentIndex())])

    def inputs(self):
        return (("settlements", True), ("hazards", True), ("areas", False), ("facilities", False))

    # ------------------------------------------------------------------ run
    def level_weights(self) -> str:
        """The LEVEL_WEIGHTS text."""
        return ";".join(f"{level}={self.weights[level].value():g}" for level in LEVELS)

    def steps(self) -> List[RunStep]:
        data = self.context.data
        hazard = {
            "HAZARDS": data.layer_id("hazards"),
            "HAZARD_TYPE_FIELD": self.field_param("hazards", "hazard_type"),
            "HAZARD_LEVEL_FIELD": self.field_param("hazards", "hazard_level"),
            "LEVEL_MAP": data.level_map(),
        }
        settlements = self.clean(
            {
                "SETTLEMENTS": data.layer_id("settlements"),
                "ID_FIELD": self.field_param("settlements", "id"),
                "POPULATION_FIELD": self.field_param("settlements", "population"),
                "MIGRANTS_FIELD": self.field_param("settlements", "migrants"),
                "HOUSEHOLDS_FIELD": self.field_param("settlements", "households"),
                "MODE": self.mode.currentIndex(),
                "LEVEL_WEIGHTS": self.level_weights(),
                "AREAS": data.layer_id("areas"),
                "AREA_NAME_FIELD": self.field_param("areas", "area_name") if data.layer_id("areas") else None,
                **hazard,
                "OUTPUT": self.output("exposure_settlements"),
                "SUMMARY": self.output("exposure_summary"),
            }
        )
        steps = [
            RunStep("settlements", "migrant_planning:settlement_exposure", lambda _r: settlements, tr("Settlements…"))
        ]
        if self.with_facilities.isChecked() and data.layer_id("facilities"):
            facilities = self.clean(
                {
                    "FACILITIES": data.layer_id("facilities"),
                    "FACILITY_TYPE_FIELD": self.field_param("facilities", "facility_type"),
                    "CAPACITY_FIELD": self.field_param("facilities", "capacity"),
                    **hazard,
                    "OUTPUT": self.output("exposure_facilities"),
                    "SUMMARY": self.output("exposure_facilities_summary"),
                }
            )
            steps.append(
                RunStep("facilities", "migrant_planning:facility_exposure", lambda _r: facilities, tr("Facilities…"))
            )
        return steps

    def show_results(self, results: Dict[str, dict]) -> None:
        settlements = results["settlements"]
        facilities = results.get("facilities") or {}
        outputs = {"OUTPUT": settlements["OUTPUT"], "SUMMARY": settlements["SUMMARY"]}
        if facilities:
            outputs["FACILITIES"] = facilities["OUTPUT"]
            outputs["FACILITIES_SUMMARY"] = facilities["SUMMARY"]
        manager = self.context.results
        old = manager.begin(self.key)
        manager.add_vector(self.key, outputs["SUMMARY"], tr("Exposure summary (table)"))
        if facilities:
            manager.add_vector(self.key, outputs["FACILITIES_SUMMARY"], tr("Facility exposure summary (table)"))
        layer = QgsVectorLayer(outputs["OUTPUT"], tr("Settlement exposure"), "ogr")
        points = layer.isValid() and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        style = "exposure_settlements_points.qml" if points else "exposure_settlements.qml"
        manager.add_vector(self.key, outputs["OUTPUT"], tr("Settlement exposure"), style, labels=level_labels())
        if facilities:
            manager.add_vector(
                self.key,
                outputs["FACILITIES"],
                tr("Facility exposure"),
                "exposure_facilities.qml",
                labels=level_labels(),
            )
        manager.finish(old)
        self.context.set_outputs(self.key, outputs)
        self.load_tables(outputs)

    # ------------------------------------------------------------------ results
    def load_tables(self, outputs: dict) -> None:
        """Read the summary tables and show them."""
        summary = read_table(outputs["SUMMARY"]) if os.path.exists(outputs.get("SUMMARY", "")) else pd.DataFrame()
        self.summary = mark_totals(summary)  # the ALL and any rows by their flags, not their names
        path = outputs.get("FACILITIES_SUMMARY", "")
        facility_summary = read_table(path) if path and os.path.exists(path) else pd.DataFrame()
        self.facility_summary = mark_totals(mark_totals(facility_summary), "facility_type", ALL_TYPES)
        current = self.hazard_type.currentData()
        self.hazard_type.blockSignals(True)
        self.hazard_type.clear()
        if not self.summary.empty:
            types = [t for t in self.summary["hazard_type"].dropna().unique().tolist() if t != "any"]
            self.hazard_type.addItem(tr("Any hazard"), "any")
            for kind in types:
                self.hazard_type.addItem(str(kind), kind)
            index = self.hazard_type.findData(current) if current else 0
            self.hazard_type.setCurrentIndex(max(0, index))
        self.hazard_type.blockSignals(False)
        self.refresh()

    def table_frame(self, hazard_type: str, measure: str) -> pd.DataFrame:
        """Rows per area (the whole municipality last): the measure at each level, exposed in total and its share."""
        rows = self.summary[self.summary["hazard_type"] == hazard_type]
        if rows.empty:
            return pd.DataFrame()
        table = rows.pivot_table(index="area_name", columns="hazard_level", values=measure, aggfunc="sum")
        table = table.reindex(columns=[*LEVELS, "none"]).fillna(0.0)
        table["exposed"] = table[list(LEVELS)].sum(axis=1)
        total = table[[*LEVELS, "none"]].sum(axis=1)
        table["share"] = (table["exposed"] / total.where(total > 0)).astype(float)
        table = table.reset_index()
        whole = table[table["area_name"] == charts.ALL]
        table = table[table["area_name"] != charts.ALL].sort_values("exposed", ascending=False, kind="mergesort")
        whole = whole.assign(area_name=tr("Whole municipality"))
        return pd.concat([table, whole], ignore_index=True)[["area_name", *LEVELS, "exposed", "share"]]

    @guarded
    def refresh(self, *_args) -> None:
        """Table and chart for the hazard type and measure chosen."""
        if self.summary.empty:
            self._show_results_widgets(False)
            return
        self._show_results_widgets(True)
        hazard_type = self.hazard_type.currentData() or "any"
        measure = self.measure.currentData() or "population"
        frame = self.table_frame(hazard_type, measure)
        labels = charts.level_labels()
        what = self.measure.currentText()
        unit = self.measure_units()[measure]
        headers = {
            "area_name": tr("Area"),
            "exposed": tr("In hazard zones ({unit})").format(unit=unit),
            "alta": tr("At level alta ({unit})").format(unit=unit),
            "share": tr("In hazard zones (%)"),
        }
        tips = {
            "area_name": tr("Reporting area"),
            "exposed": tr("{what} in hazard zones of any level").format(what=what),
            "alta": tr("{what} at level {level}").format(what=what, level=labels["alta"]),
            "share": tr("Share of the area's {what} living in a hazard zone of any level").format(what=what.lower()),
        }
        kinds = {"exposed": "int", "alta": "int", "share": "pct"}
        short = {"exposed": tr("In hazard zones"), "alta": tr("At level alta"), "share": "%"}
        self.table.set_frame(frame[["area_name", "exposed", "alta", "share"]], headers, kinds, tips, short)
        whole = frame[frame["area_name"] == tr("Whole municipality")]
        if not whole.empty:
            row = whole.iloc[0]
            self.headline.setText(
                tr("<b>{exposed}</b> of {what} ({share}) live in hazard zones; <b>{alta}</b> at level alta.").format(
                    exposed=format_value(row["exposed"], "int"),
                    what=self.measure.currentText().lower(),
                    share=format_value(row["share"], "pct"),
                    alta=format_value(row["alta"], "int"),
                )
            )
        summary = self.summary
        areas = self.context.data.layer("areas")
        area = charts.area_unit(areas.name() if areas is not None else "")
        numbers = locale_numbers()
        self.chart.show_figure(
            lambda figsize: charts.exposure_by_area(
                summary, hazard_type=hazard_type, measure=measure, figsize=figsize, numbers=numbers, area=area
            ),
            size=(4.2, 3.0),
        )
        self.facilities_label.setText(self._facility_text())
        self.facilities_label.setVisible(bool(self.facilities_label.text()))

    @staticmethod
    def measure_units() -> Dict[str, str]:
        """The unit of each measure (for headers and axes)."""
        return {"population": tr("persons"), "migrants": tr("migrants"), "households": tr("households")}

    def _facility_text(self) -> str:
        """'Facilities in hazard zones: 3 at alta, 5 at media (of 60).'"""
        frame = self.facility_summary
        if frame.empty:
            return ""
        rows = frame[(frame["facility_type"] == charts.ALL) & (frame["hazard_type"] == "any")]
        if "area_name" in rows.columns:  # with reporting areas: the rows of every area
            rows = rows[rows["area_name"] == charts.ALL]
        if rows.empty:
            return ""
        counts = dict(zip(rows["hazard_level"], rows["facilities"]))
        total = int(sum(counts.values()))
        return tr("<b>Facilities</b> (of {total}): {alta} at level alta, {media} at media, {baja} at baja.").format(
            total=total,
            alta=int(counts.get("alta", 0)),
            media=int(counts.get("media", 0)),
            baja=int(counts.get("baja", 0)),
        )

    def _show_results_widgets(self, shown: bool) -> None:
        self.show_no_results(not shown)
        for widget in (self.results, self.table, self.headline):
            widget.setVisible(shown)
        if not shown:
            self.chart.clear()
            self.facilities_label.setVisible(False)

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        return {
            "mode": self.mode.currentIndex(),
            "weights": {level: spin.value() for level, spin in self.weights.items()},
            "facilities": self.with_facilities.isChecked(),
        }

    def restore(self, state: dict) -> None:
        self.mode.setCurrentIndex(int(state.get("mode", 0)))
        for level, default in DEFAULT_LEVEL_WEIGHTS.items():
            self.weights[level].setValue(float((state.get("weights") or {}).get(level, default)))
        self.with_facilities.setChecked(bool(state.get("facilities", True)))
        outputs = self.context.outputs.get(self.key) or {}
        if outputs.get("SUMMARY") and os.path.exists(outputs["SUMMARY"]):
            self.load_tables(outputs)
        else:
            self.summary = pd.DataFrame()
            self.facility_summary = pd.DataFrame()
            self.refresh()
