"""Step 5, Scenarios: an editable table of growth scenarios (the SCENARIOS JSON of growth_scenarios),
service standards, Run, the comparison table and chart, and the growth-by-year maps."""

from __future__ import annotations

import copy
import json
import os
from typing import Dict, List, Optional

import pandas as pd
from qgis.core import QgsMapLayerProxyModel, QgsRasterLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
)

from ...core import charts
from ...core.errors import InputError
from ...core.i18n import tr
from ...core.scenarios import parse_scenarios, parse_service_standards, scenario_totals
from ...paths import resource
from ..context import DockContext
from ..outputs import read_table, remove_folder
from ..runner import RunStep
from ..widgets import ChartPanel, ResultsTable, form_layout, format_value, label, text_colour, title
from .base import Page


def rows() -> List[tuple]:
    """Rows of the scenario table: JSON key, label, kind."""
    return [
        ("name", tr("Name"), "text"),
        ("allocation", tr("Allocation"), "allocation"),
        ("base_population", tr("Population"), "int"),
        ("base_year", tr("Base year"), "year"),
        ("horizon_year", tr("Horizon"), "year"),
        ("arrivals_per_year", tr("Arrivals/year"), "arrivals"),
        ("growth_rate", tr("or growth %"), "rate"),
        ("household_size", tr("Household"), "float"),
        ("density_dwellings_ha", tr("Dwellings/ha"), "float"),
        ("public_space_share", tr("Public space %"), "share"),
        ("compactness", tr("Compactness"), "unit"),
    ]


def row_tips() -> Dict[str, str]:
    """What each row of the scenario table means (header tooltips)."""
    return {
        "name": tr("Name of the scenario (unique; it names the output files)."),
        "allocation": tr(
            "Planned: the most suitable land first. Trend: beside the informal settlements, hazards ignored."
        ),
        "base_population": tr("Population of the city in the base year (persons)."),
        "base_year": tr("Year the scenario starts from."),
        "horizon_year": tr("Last year of the scenario."),
        "arrivals_per_year": tr("New residents per year (persons); or give a growth rate instead."),
        "growth_rate": tr("Compound growth per year in % of the population; or give arrivals per year instead."),
        "household_size": tr("Persons per household: one dwelling per new household."),
        "density_dwellings_ha": tr("Net density: dwellings per hectare of residential land."),
        "public_space_share": tr("Share of the new land for streets and public space (%)."),
        "compactness": tr("Planned only: 0 = suitability alone, 1 = nearness to the existing city alone."),
    }


def allocation_names() -> Dict[str, str]:
    """Translated names of the allocation rules."""
    return {"planned": tr("Planned"), "trend": tr("Trend")}


def example_scenarios() -> List[dict]:
    """The example scenarios of the sample city (resources/scenarios/villa_esperanza.json)."""
    path = resource("scenarios", "villa_esperanza.json")
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return [dict(item) for item in data]
    except (OSError, ValueError):
        return [new_scenario(1)]


def new_scenario(number: int, like: Optional[dict] = None) -> dict:
    """A scenario to start from (a copy of ``like`` with a new name)."""
    if like is not None:
        item = copy.deepcopy(like)
        item["name"] = tr("Scenario {n}").format(n=number)
        item.pop("description", None)
        return item
    return {
        "name": tr("Scenario {n}").format(n=number),
        "base_population": 100000,
        "base_year": 2025,
        "horizon_year": 2035,
        "arrivals_per_year": 2000,
        "household_size": 3.3,
        "density_dwellings_ha": 60,
        "public_space_share": 0.25,
        "allocation": "planned",
    }


def cell_text(kind: str, value: object) -> str:
    """How a scenario value is shown in the table."""
    if value is None or value == "":
        return "–"
    if kind == "text":
        return str(value)
    if kind == "allocation":
        return allocation_names().get(str(value), str(value))
    if kind in ("int", "arrivals"):
        return format_value(float(value), "int")
    if kind == "year":
        return str(int(value))
    if kind in ("rate", "share"):
        return format_value(float(value) * 100, "num")
    return format_value(float(value), "num")


class ScenarioDelegate(QStyledItemDelegate):
    """Editors by row: text, allocation list, whole numbers, decimals, percentages."""

    def __init__(self, page: ScenariosPage) -> None:
        super().__init__(page.table)
        self.page = page

    def createEditor(self, parent, option, index):
        _key, _label, kind = rows()[index.row()]
        if kind == "text":
            return QLineEdit(parent)
        if kind == "allocation":
            combo = QComboBox(parent)
            for value, text in allocation_names().items():
                combo.addItem(text, value)
            return combo
        if kind in ("int", "year"):
            spin = QSpinBox(parent)
            if kind == "year":
                spin.setRange(1900, 2200)
            else:
                spin.setRange(1, 100_000_000)
                spin.setGroupSeparatorShown(True)
            return spin
        spin = QDoubleSpinBox(parent)
        if kind == "arrivals":
            spin.setRange(-1, 10_000_000)
            spin.setDecimals(0)
            spin.setSpecialValueText("–")
        elif kind == "rate":
            spin.setRange(-0.01, 100.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setSpecialValueText("–")
        elif kind == "share":
            spin.setRange(0.0, 95.0)
            spin.setDecimals(0)
        elif kind == "unit":
            spin.setRange(0.0, 1.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
        else:
            spin.setRange(0.1, 10000.0)
            spin.setDecimals(1)
        return spin

    def setEditorData(self, editor, index):
        key, _label, kind = rows()[index.row()]
        value = self.page.scenarios[index.column()].get(key)
        if kind == "text":
            editor.setText(str(value or ""))
        elif kind == "allocation":
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif kind in ("int", "year"):
            editor.setValue(int(value or 0))
        elif kind in ("rate", "share"):
            editor.setValue(float(value) * 100.0 if value is not None else editor.minimum())
        elif kind == "arrivals":
            editor.setValue(float(value) if value is not None else editor.minimum())
        else:
            editor.setValue(float(value or 0.0))

    def setModelData(self, editor, model, index):
        key, _label, kind = rows()[index.row()]
        if kind == "text":
            value = editor.text().strip()
        elif kind == "allocation":
            value = editor.currentData()
        elif kind in ("int", "year"):
            value = int(editor.value())
        elif kind == "rate":
            value = None if editor.value() < 0 else editor.value() / 100.0
        elif kind == "share":
            value = editor.value() / 100.0
        elif kind == "arrivals":
            value = None if editor.value() < 0 else editor.value()
        else:
            value = float(editor.value())
        self.page.set_value(index.column(), key, value)


class ScenariosPage(Page):
    """Growth scenarios: land, people in hazard zones and service needs of each way of receiving newcomers."""

    key = "scenarios"

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.scenarios: List[dict] = example_scenarios()
        self.summary = pd.DataFrame()
        self.add_intro(
            tr(
                "Each scenario turns arrivals (or a growth rate) into households, dwellings and land, year by "
                "year, and places that land on the suitability grid: planned growth on the most suitable land, "
                "trend growth beside the informal settlements. Compare the land, the people in hazard zones and "
                "the services each one needs."
            )
        )
        self.add_inputs()
        form = form_layout()
        self.suitability = QgsMapLayerComboBox(self)
        self.suitability.setObjectName("scenarioSuitability")
        self.suitability.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
        self.suitability.setAllowEmptyLayer(True)
        self.suitability.setLayer(None)
        self.suitability.setToolTip(tr("The suitability raster of step 4 (0 to 1), or another one."))
        form.addRow(label(tr("Suitability raster"), self), self.suitability)
        self.box.addLayout(form)

        self.box.addWidget(title(tr("Scenarios"), self))
        self.box.addWidget(label(tr("Double-click a cell to change it; one column per scenario."), self, small=True))
        self.table = QTableWidget(len(rows()), 0, self)
        self.table.setObjectName("scenarioTable")
        tips = row_tips()
        for row, (key, text, _kind) in enumerate(rows()):
            header = QTableWidgetItem(text)
            header.setToolTip(tips[key])
            self.table.setVerticalHeaderItem(row, header)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(70)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(ScenarioDelegate(self))
        self.box.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setToolTip(tr("Add a scenario (a copy of the selected one)"))
        self.add_button.setObjectName("addScenario")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(tr("Remove the selected scenario"))
        self.remove_button.setObjectName("removeScenario")
        for button in (self.add_button, self.remove_button):
            button.setMinimumWidth(36)
        self.more_button = QToolButton(self)
        self.more_button.setText(tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction(tr("Back to the example scenarios"), self.load_example)
        menu.addAction(tr("Import from a JSON file…"), self.import_json)
        menu.addAction(tr("Export to a JSON file…"), self.export_json)
        self.more_button.setMenu(menu)
        # room for the menu arrow, which the style draws over the text's corner
        self.more_button.setMinimumWidth(self.more_button.fontMetrics().horizontalAdvance(tr("More")) + 28)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        self.box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_scenario)
        self.remove_button.clicked.connect(self.remove_scenario)

        self.box.addWidget(title(tr("Service standards"), self))
        form = form_layout()
        self.school_share = QDoubleSpinBox(self)
        self.school_share.setObjectName("schoolShare")
        self.school_share.setRange(0.0, 100.0)
        self.school_share.setDecimals(0)
        self.school_share.setSuffix(" %")
        self.school_share.setValue(22.0)
        form.addRow(label(tr("New residents of school age"), self), self.school_share)
        self.health_capacity = QDoubleSpinBox(self)
        self.health_capacity.setObjectName("healthCapacity")
        self.health_capacity.setRange(0.0, 100000.0)
        self.health_capacity.setDecimals(1)
        self.health_capacity.setValue(1000.0)
        self.health_capacity.setToolTip(
            tr(
                "In the unit of the facilities' capacity field: 1000 when capacities count people served, "
                "about 1.7 for hospital beds."
            )
        )
        form.addRow(label(tr("Health capacity per 1 000 people"), self), self.health_capacity)
        self.health_types = QLineEdit("salud", self)
        self.health_types.setObjectName("healthTypes")
        form.addRow(label(tr("Facility types counted as health"), self), self.health_types)
        self.education_types = QLineEdit("educacion", self)
        self.education_types.setObjectName("educationTypes")
        form.addRow(label(tr("Facility types counted as education"), self), self.education_types)
        self.box.addLayout(form)
        self.add_run_bar(tr("Run scenarios"))

        self.add_results_title()
        self.headline = label("", self, "scenarioHeadline")
        self.box.addWidget(self.headline)
        self.results_table = ResultsTable(self, rows_visible=6)
        self.results_table.setObjectName("scenarioResults")
        self.box.addWidget(self.results_table)
        self.chart = ChartPanel(self, height=620)
        self.box.addWidget(self.chart)
        self.box.addStretch(1)
        self._refresh_cells()
        self._show_results_widgets(False)

    def title(self) -> str:
        return tr("Scenarios")

    def inputs(self):
        return (("settlements", True), ("hazards", False), ("facilities", False))

    def missing_inputs(self) -> List[str]:
        missing = super().missing_inputs()
        if self.suitability.currentLayer() is None:
            missing.append(tr("a suitability raster (run step 4 first)"))
        return missing

    # ------------------------------------------------------------------ the table
    def _refresh_cells(self) -> None:
        self.table.blockSignals(True)
        self.table.setColumnCount(len(self.scenarios))
        self.table.setHorizontalHeaderLabels([str(n + 1) for n in range(len(self.scenarios))])
        for column, scenario in enumerate(self.scenarios):
            for row, (key, _label, kind) in enumerate(rows()):
                text = cell_text(kind, scenario.get(key))
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                item.setToolTip(str(scenario.get("description") or scenario.get("name") or ""))
                align = Qt.AlignmentFlag.AlignLeft if kind in ("text", "allocation") else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(int(align | Qt.AlignmentFlag.AlignVCenter))
                inactive = (key == "compactness" and scenario.get("allocation") == "trend") or text == "–"
                item.setForeground(text_colour(self.table, muted=inactive))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        if len(self.scenarios) > 4:
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)
        self.remove_button.setEnabled(len(self.scenarios) > 1)

    def set_value(self, column: int, key: str, value: object) -> None:
        """Change one value of one scenario (arrivals and growth rate exclude each other)."""
        scenario = self.scenarios[column]
        if value is None or value == "":
            if key in ("arrivals_per_year", "growth_rate"):
                other = "growth_rate" if key == "arrivals_per_year" else "arrivals_per_year"
                if scenario.get(other) is None:
                    return  # one of the two is needed: keep this one
            scenario.pop(key, None)
        else:
            scenario[key] = value
            if key == "arrivals_per_year":
                scenario.pop("growth_rate", None)
            elif key == "growth_rate":
                scenario.pop("arrivals_per_year", None)
        self._refresh_cells()

    def add_scenario(self) -> None:
        """A new column, a copy of the selected (or last) scenario."""
        columns = self.table.selectionModel().selectedColumns()
        like = self.scenarios[columns[0].column()] if columns else (self.scenarios[-1] if self.scenarios else None)
        self.scenarios.append(new_scenario(len(self.scenarios) + 1, like))
        self._refresh_cells()

    def remove_scenario(self) -> None:
        """Remove the selected (or last) scenario; one always stays."""
        if len(self.scenarios) <= 1:
            return
        columns = self.table.selectionModel().selectedColumns()
        self.scenarios.pop(columns[0].column() if columns else len(self.scenarios) - 1)
        self._refresh_cells()

    def load_example(self) -> None:
        """The sample city's scenarios."""
        self.scenarios = example_scenarios()
        self._refresh_cells()

    def import_json(self) -> None:
        """Scenarios from a .json file (the SCENARIOS format)."""
        path, _ = QFileDialog.getOpenFileName(self, tr("Import scenarios"), "", tr("JSON files (*.json)"))
        if path:
            self.load_json_file(path)

    def load_json_file(self, path: str) -> bool:
        """Load scenarios from a file; a message when it is not valid."""
        try:
            parse_scenarios(path)
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (InputError, OSError, ValueError) as error:
            self.context.notify(str(error))
            return False
        if isinstance(data, dict):
            data = data.get("scenarios") if isinstance(data.get("scenarios"), list) else [data]
        self.scenarios = [dict(item) for item in data]
        self._refresh_cells()
        return True

    def export_json(self) -> None:
        """Save the scenarios as a .json file."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Export scenarios"), "", tr("JSON files (*.json)"))
        if path:
            with open(path if path.endswith(".json") else path + ".json", "w", encoding="utf-8") as handle:
                handle.write(self.scenarios_json(indent=2))

    def scenarios_json(self, indent: Optional[int] = None) -> str:
        """The SCENARIOS parameter."""
        return json.dumps(self.scenarios, ensure_ascii=False, indent=indent)

    def standards_json(self) -> str:
        """The SERVICE_STANDARDS parameter."""
        return json.dumps(
            {
                "school_age_share": round(self.school_share.value() / 100.0, 4),
                "health_capacity_per_1000": self.health_capacity.value(),
            }
        )

    # ------------------------------------------------------------------ run
    def layers_removed(self, layer_ids) -> None:
        """The suitability raster leaves the project: choose none rather than another raster."""
        layer = self.suitability.currentLayer()
        if layer is not None and layer.id() in set(layer_ids):
            self.suitability.setLayer(None)

    def outputs_changed(self, step: str) -> None:
        """Step 4 made a suitability raster: use it."""
        if step != "suitability":
            return
        path = (self.context.outputs.get("suitability") or {}).get("OUTPUT", "")
        layer = self.context.results.layer_by_source("suitability", path)
        if layer is not None:
            self.suitability.setLayer(layer)

    def steps(self) -> List[RunStep]:
        scenarios = self.scenarios_json()
        standards = self.standards_json()
        try:
            parse_scenarios(scenarios)
            parse_service_standards(standards)
        except InputError as error:
            raise ValueError(str(error)) from None
        data = self.context.data
        folder = self.output_folder_for_run()
        parameters = self.clean(
            {
                "SUITABILITY": self.suitability.currentLayer().id(),
                "EXISTING_URBAN": data.layer_id("settlements"),
                "INFORMAL_FIELD": self.field_param("settlements", "informal"),
                "SCENARIOS": scenarios,
                "HAZARDS": data.layer_id("hazards"),
                "HAZARD_TYPE_FIELD": self.field_param("hazards", "hazard_type"),
                "HAZARD_LEVEL_FIELD": self.field_param("hazards", "hazard_level"),
                "LEVEL_MAP": data.level_map(),
                "FACILITIES": data.layer_id("facilities"),
                "FACILITY_TYPE_FIELD": self.field_param("facilities", "facility_type"),
                "HEALTH_TYPES": self.health_types.text().strip(),
                "EDUCATION_TYPES": self.education_types.text().strip(),
                "SERVICE_STANDARDS": standards,
                "OUTPUT_FOLDER": folder,
                "SUMMARY": self.output("scenario_summary"),
            }
        )
        return [RunStep("scenarios", "migrant_planning:growth_scenarios", lambda _r: parameters, tr("Scenarios…"))]

    def output_folder_for_run(self) -> str:
        """A new folder for this run's per-scenario files."""
        from ..outputs import fresh_path

        path = fresh_path(self.context.output_folder(), "scenarios")
        self.planned["scenarios_folder"] = path
        return path

    def show_results(self, results: Dict[str, dict]) -> None:
        from osgeo import gdal

        from ...processing.algorithms.growth_scenarios import style_growth_raster

        result = results["scenarios"]
        outputs = {
            "SUMMARY": result["SUMMARY"],
            "FOLDER": result.get("OUTPUT_FOLDER") or "",
            "SERVICE_STANDARDS": self.standards_json(),
        }
        manager = self.context.results
        previous = (self.context.outputs.get(self.key) or {}).get("FOLDER", "")
        old = manager.begin(self.key)
        manager.add_vector(self.key, outputs["SUMMARY"], tr("Scenario summary (table)"))
        rasters = [p for p in result.get("OUTPUT_LAYERS") or [] if str(p).endswith(".tif")]
        for number, path in reversed(list(enumerate(rasters))):
            metadata = (gdal.Open(path).GetMetadata() or {}) if os.path.exists(path) else {}
            name = metadata.get("scenario") or os.path.basename(path)
            layer = QgsRasterLayer(path, tr("{scenario}: year developed").format(scenario=name))
            layer_id = manager.add(self.key, layer)
            if layer_id:
                try:
                    style_growth_raster(layer, int(metadata["base_year"]) + 1, int(metadata["horizon_year"]))
                except (KeyError, ValueError):
                    pass
                manager.set_visible(layer_id, number == 0)  # the maps overlap: one shown at a time
        manager.finish(old)
        if previous and os.path.normpath(previous) != os.path.normpath(outputs["FOLDER"]):
            remove_folder(previous)
        self.context.set_outputs(self.key, outputs)
        self.load_tables(outputs)

    # ------------------------------------------------------------------ results
    def load_tables(self, outputs: dict) -> None:
        """Read the summary and show totals per scenario and the comparison chart."""
        path = outputs.get("SUMMARY", "")
        self.summary = read_table(path) if path and os.path.exists(path) else pd.DataFrame()
        if self.summary.empty:
            self._show_results_widgets(False)
            return
        self._show_results_widgets(True)
        totals = scenario_totals(self.summary).fillna(0.0)
        totals["in_hazard"] = totals["pop_in_hazard_alta"] + totals["pop_in_hazard_media"]
        table = totals[["scenario", "land_allocated_ha", "in_hazard", "school_seats_needed", "health_capacity_needed"]]
        headers = {
            "scenario": tr("Scenario"),
            "land_allocated_ha": "ha",
            "in_hazard": tr("At risk"),
            "school_seats_needed": tr("Seats"),
            "health_capacity_needed": tr("Health"),
        }
        tips = {
            "scenario": tr("Scenario"),
            "land_allocated_ha": tr("Land allocated (ha)"),
            "in_hazard": tr("New residents in hazard zones, levels alta and media (persons)"),
            "school_seats_needed": tr("School seats needed (seats)"),
            "health_capacity_needed": tr("Health capacity needed (capacity units)"),
        }
        kinds = {c: "int" for c in table.columns if c != "scenario"}
        self.results_table.set_frame(table, headers, kinds, tips)
        worst = totals.sort_values("in_hazard", ascending=False, kind="mergesort").iloc[0]
        best = totals.sort_values("in_hazard", kind="mergesort").iloc[0]
        self.headline.setText(
            tr(
                "Totals up to the horizon. <b>{worst}</b> puts the most new residents in hazard zones ({n}); "
                "<b>{best}</b> the fewest ({m})."
            ).format(
                worst=worst["scenario"],
                n=format_value(worst["in_hazard"], "int"),
                best=best["scenario"],
                m=format_value(best["in_hazard"], "int"),
            )
        )
        unmet = totals[totals["unmet_demand_ha"] > 0]
        if not unmet.empty:
            self.headline.setText(
                self.headline.text()
                + " "
                + tr("Land runs out in: {names}.").format(
                    names=", ".join(
                        f"{name} ({format_value(value, 'float1')} ha)"
                        for name, value in zip(unmet["scenario"], unmet["unmet_demand_ha"])
                    )
                )
            )
        summary = self.summary
        self.chart.show_figure(
            lambda figsize: charts.scenario_comparison(summary, figsize=figsize, stacked=figsize[0] < 6),
            size=(4.2, 6.4),
        )

    def _show_results_widgets(self, shown: bool) -> None:
        self.show_no_results(not shown)
        self.headline.setVisible(shown)
        self.results_table.setVisible(shown)
        if not shown:
            self.chart.clear()

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        return {
            "scenarios": self.scenarios,
            "school_share": self.school_share.value(),
            "health_capacity": self.health_capacity.value(),
            "health_types": self.health_types.text(),
            "education_types": self.education_types.text(),
            "suitability": self.suitability.currentLayer().id() if self.suitability.currentLayer() else "",
        }

    def restore(self, state: dict) -> None:
        saved = state.get("scenarios")
        self.scenarios = [dict(s) for s in saved] if isinstance(saved, list) and saved else example_scenarios()
        self.school_share.setValue(float(state.get("school_share", 22.0)))
        self.health_capacity.setValue(float(state.get("health_capacity", 1000.0)))
        self.health_types.setText(state.get("health_types", "salud"))
        self.education_types.setText(state.get("education_types", "educacion"))
        layer_id = state.get("suitability") or ""
        self.suitability.setLayer(self.context.project().mapLayer(layer_id) if layer_id else None)
        self._refresh_cells()
        self.load_tables(self.context.outputs.get(self.key) or {})
