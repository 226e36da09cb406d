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
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ...core import charts
from ...core.errors import InputError
from ...core.i18n import tr
from ...core.scenarios import parse_scenarios, parse_service_standards, scenario_totals
from ...paths import resource
from ..context import DockContext
from ..outputs import read_table, remove_folder
from ..runner import RunStep
from ..tables import ResultsTable
from ..widgets import ChartPanel, form_layout, format_value, label, locale_numbers, title
from .base import Page


def fields() -> List[tuple]:
    """The values of a scenario (the SCENARIOS JSON of growth_scenarios): key, label with unit, kind."""
    return [
        ("name", tr("Name"), "text"),
        ("allocation", tr("Where it grows"), "allocation"),
        ("base_population", tr("Population in the base year (persons)"), "int"),
        ("base_year", tr("Base year"), "year"),
        ("horizon_year", tr("Horizon year"), "year"),
        ("growth", tr("Growth given as"), "growth"),
        ("household_size", tr("Persons per household"), "float"),
        ("density_dwellings_ha", tr("Density (dwellings/ha)"), "float"),
        ("public_space_share", tr("Streets and public space (%)"), "share"),
        ("compactness", tr("Compactness (0–1)"), "unit"),
    ]


def field_tips() -> Dict[str, str]:
    """What each value of a scenario means (tooltips)."""
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
        self.box.addWidget(
            label(tr("Choose a scenario to see and change its values; + copies it, − removes it."), self, small=True)
        )
        buttons = QHBoxLayout()
        self.scenario_pick = QComboBox(self)
        self.scenario_pick.setObjectName("scenarioPick")
        self.scenario_pick.setToolTip(tr("The scenario whose values are shown below"))
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setToolTip(tr("Add a scenario (a copy of the one shown)"))
        self.add_button.setObjectName("addScenario")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(tr("Remove the scenario shown"))
        self.remove_button.setObjectName("removeScenario")
        for button in (self.add_button, self.remove_button):
            button.setMinimumWidth(30)
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
        self.box.addWidget(self.scenario_pick)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        self.box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_scenario)
        self.remove_button.clicked.connect(self.remove_scenario)
        self.scenario_pick.currentIndexChanged.connect(self._show_scenario)
        self._build_editors()

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
        self.results_table = ResultsTable(self, tr("Scenario comparison"))
        self.results_table.setObjectName("scenarioResults")
        self.box.addWidget(self.results_table)
        self.box.addWidget(self.results_table.tools)
        self.chart = ChartPanel(self, height=860)
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

    # ------------------------------------------------------------------ the scenario editor
    def _build_editors(self) -> None:
        """A form with the values of the scenario chosen above."""
        form = form_layout()
        tips = field_tips()
        self.editors: Dict[str, QWidget] = {}
        self.editor_labels: Dict[str, QLabel] = {}
        for key, text, kind in fields():
            if kind == "text":
                editor = QLineEdit(self)
                editor.editingFinished.connect(lambda key=key, e=editor: self._edited(key, e.text().strip()))
            elif kind == "allocation":
                editor = QComboBox(self)
                for value, name in allocation_names().items():
                    editor.addItem(name, value)
                editor.activated.connect(lambda _i, key=key, e=editor: self._edited(key, e.currentData()))
            elif kind == "growth":
                editor = QComboBox(self)
                editor.addItem(tr("Arrivals per year (persons)"), "arrivals_per_year")
                editor.addItem(tr("Growth rate (% per year)"), "growth_rate")
                editor.activated.connect(lambda _i: self._growth_kind_changed())
            elif kind in ("int", "year"):
                editor = QSpinBox(self)
                if kind == "year":
                    editor.setRange(1900, 2200)
                else:
                    editor.setRange(1, 100_000_000)
                editor.editingFinished.connect(lambda key=key, e=editor: self._edited(key, int(e.value())))
            else:
                editor = QDoubleSpinBox(self)
                if kind == "share":
                    editor.setRange(0.0, 95.0)
                    editor.setDecimals(0)
                    editor.setSuffix(" %")
                elif kind == "unit":
                    editor.setRange(0.0, 1.0)
                    editor.setDecimals(2)
                    editor.setSingleStep(0.1)
                else:
                    editor.setRange(0.1, 10000.0)
                    editor.setDecimals(1)
                if kind == "share":
                    editor.editingFinished.connect(lambda key=key, e=editor: self._edited(key, e.value() / 100.0))
                else:
                    editor.editingFinished.connect(lambda key=key, e=editor: self._edited(key, float(e.value())))
            editor.setObjectName(f"scenario_{key}")
            editor.setToolTip(tips.get(key, ""))
            self.editors[key] = editor
            self.editor_labels[key] = label(text, self)
            form.addRow(self.editor_labels[key], editor)
            if kind == "growth":
                self.growth_value = QDoubleSpinBox(self)
                self.growth_value.setObjectName("scenario_growth_value")
                self.growth_value.editingFinished.connect(self._growth_value_edited)
                self.growth_label = label("", self)
                form.addRow(self.growth_label, self.growth_value)
        self.box.addLayout(form)

    def current(self) -> int:
        """The index of the scenario shown."""
        return max(0, min(len(self.scenarios) - 1, self.scenario_pick.currentIndex()))

    def _refresh_cells(self) -> None:
        """The list of scenarios and the values of the one shown."""
        index = self.current()
        self.scenario_pick.blockSignals(True)
        self.scenario_pick.clear()
        for number, scenario in enumerate(self.scenarios):
            self.scenario_pick.addItem(str(scenario.get("name") or tr("Scenario {n}").format(n=number + 1)))
            description = scenario.get("description")
            if description:
                self.scenario_pick.setItemData(number, str(description), Qt.ItemDataRole.ToolTipRole)
        self.scenario_pick.setCurrentIndex(min(index, len(self.scenarios) - 1))
        self.scenario_pick.blockSignals(False)
        self.remove_button.setEnabled(len(self.scenarios) > 1)
        self._show_scenario()

    def _show_scenario(self, *_args) -> None:
        """Fill the form with the scenario chosen."""
        if not self.scenarios:
            return
        scenario = self.scenarios[self.current()]
        for key, _text, kind in fields():
            editor = self.editors[key]
            editor.blockSignals(True)
            value = scenario.get(key)
            if kind == "text":
                editor.setText(str(value or ""))
            elif kind == "allocation":
                editor.setCurrentIndex(max(0, editor.findData(value or "planned")))
            elif kind == "growth":
                rate = scenario.get("growth_rate") is not None and scenario.get("arrivals_per_year") is None
                editor.setCurrentIndex(1 if rate else 0)
            elif kind in ("int", "year"):
                editor.setValue(int(value or 0))
            elif kind == "share":
                editor.setValue(float(value or 0.0) * 100.0)
            else:
                editor.setValue(float(value if value is not None else 0.0))
            editor.blockSignals(False)
        self._show_growth()
        trend = scenario.get("allocation") == "trend"
        self.editors["compactness"].setEnabled(not trend)
        self.editor_labels["compactness"].setEnabled(not trend)

    def _show_growth(self) -> None:
        """The growth value, as arrivals per year or as a rate in %."""
        scenario = self.scenarios[self.current()]
        key = self.editors["growth"].currentData()
        self.growth_value.blockSignals(True)
        if key == "growth_rate":
            self.growth_label.setText(tr("Growth rate (% per year)"))
            self.growth_value.setRange(0.0, 100.0)
            self.growth_value.setDecimals(2)
            self.growth_value.setSingleStep(0.1)
            self.growth_value.setSuffix(" %")
            self.growth_value.setValue(float(scenario.get("growth_rate") or 0.0) * 100.0)
        else:
            self.growth_label.setText(tr("Arrivals per year (persons)"))
            self.growth_value.setRange(0.0, 10_000_000.0)
            self.growth_value.setDecimals(0)
            self.growth_value.setSingleStep(100.0)
            self.growth_value.setSuffix("")
            self.growth_value.setValue(float(scenario.get("arrivals_per_year") or 0.0))
        self.growth_value.setToolTip(field_tips()[key])
        self.growth_value.blockSignals(False)

    def _growth_kind_changed(self) -> None:
        """Arrivals per year or a growth rate: the value is converted at the base population (same first year)."""
        scenario = self.scenarios[self.current()]
        key = self.editors["growth"].currentData()
        population = float(scenario.get("base_population") or 0.0)
        if key == "growth_rate" and scenario.get("growth_rate") is None:
            arrivals = float(scenario.get("arrivals_per_year") or 0.0)
            self.set_value(self.current(), "growth_rate", round(arrivals / population, 4) if population else 0.0)
        elif key == "arrivals_per_year" and scenario.get("arrivals_per_year") is None:
            rate = float(scenario.get("growth_rate") or 0.0)
            self.set_value(self.current(), "arrivals_per_year", float(round(rate * population)))

    def _growth_value_edited(self) -> None:
        key = self.editors["growth"].currentData()
        value = self.growth_value.value()
        self._edited(key, value / 100.0 if key == "growth_rate" else float(value))

    def _edited(self, key: str, value: object) -> None:
        if key == "name" and not value:
            self._show_scenario()  # a scenario keeps a name
            return
        if self.scenarios[self.current()].get(key) != value:
            self.set_value(self.current(), key, value)

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
        """A new scenario, a copy of the one shown, which is then shown."""
        like = self.scenarios[self.current()] if self.scenarios else None
        self.scenarios.append(new_scenario(len(self.scenarios) + 1, like))
        self._refresh_cells()
        self.scenario_pick.setCurrentIndex(len(self.scenarios) - 1)

    def remove_scenario(self) -> None:
        """Remove the scenario shown; one always stays."""
        if len(self.scenarios) <= 1:
            return
        self.scenarios.pop(self.current())
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
                manager.keep_style(layer)
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
            "land_allocated_ha": tr("Land (ha)"),
            "in_hazard": tr("New residents in hazard zones (persons)"),
            "school_seats_needed": tr("School places (places)"),
            "health_capacity_needed": tr("Health capacity (capacity units)"),
        }
        tips = {
            "scenario": tr("Scenario"),
            "land_allocated_ha": tr("Land allocated (ha)"),
            "in_hazard": tr("New residents in hazard zones, levels alta and media (persons)"),
            "school_seats_needed": tr("School seats needed (seats)"),
            "health_capacity_needed": tr("Health capacity needed (capacity units)"),
        }
        kinds = {c: "int" for c in table.columns if c != "scenario"}
        short = {
            "in_hazard": tr("In hazard zones"),
            "school_seats_needed": tr("School places"),
            "health_capacity_needed": tr("Health capacity"),
            "land_allocated_ha": "ha",
        }
        self.results_table.set_frame(table, headers, kinds, tips, short)
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
        numbers = locale_numbers()
        self.chart.show_figure(
            lambda figsize: charts.scenario_comparison(
                summary, figsize=figsize, stacked=figsize[0] < 6, numbers=numbers
            ),
            size=(4.2, 8.6),
            save_size=(9.0, 3.8),  # the four panels side by side, as in the report
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
