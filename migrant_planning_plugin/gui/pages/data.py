"""Step 1, Data: a layer per role, its fields detected by name, checks with hints; the sample city; the roads,
facilities (OpenStreetMap) and migrants per settlement (estimate) a municipality often lacks."""

from __future__ import annotations

import os
from typing import Dict, Optional

from qgis.core import Qgis, QgsMapLayer, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ...core.i18n import tr
from ...qgis_io.styles import apply_style
from ..context import DockContext
from ..outputs import discard_outputs, fresh_path
from ..roles import RolePicker, RoleSpec, role_specs
from ..tasks import AlgorithmRun
from ..widgets import form_layout, guarded, label, message_html, path_tooltip, title
from .base import Page


def imported_group_name() -> str:
    """Name of the layer-tree group of the layers step 1 imports or estimates (translated)."""
    return tr("Migrant planning — prepared data")


class EstimateDialog(QDialog):
    """The settings of 'Estimate migrants…': the known total, the weight of informal settlements, the source."""

    def __init__(self, parent, settlements: str, informal_field: str) -> None:
        super().__init__(parent)
        self.setObjectName("estimateMigrantsDialog")
        self.setWindowTitle(tr("Estimate migrants per settlement"))
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        box.addWidget(
            label(
                tr(
                    "The migrants of each settlement of '{layer}' are estimated from the total known for the "
                    "municipality (Migración Colombia, GIFMM/R4V), in proportion to its population, never more than "
                    "its population. The result is an estimate, not a count, and says so."
                ).format(layer=settlements),
                self,
            )
        )
        form = form_layout()
        self.total = QLineEdit(self)
        self.total.setObjectName("migrantTotal")
        self.total.setPlaceholderText(tr("e.g. 12500"))
        form.addRow(QLabel(tr("Total migrants"), self), self.total)
        self.informal = QDoubleSpinBox(self)
        self.informal.setObjectName("informalWeight")
        self.informal.setRange(0.0, 100.0)
        self.informal.setSingleStep(0.5)
        self.informal.setValue(1.0)
        self.informal.setEnabled(bool(informal_field))
        self.informal.setToolTip(
            tr("How many times an informal settlement weighs a formal one per person (field '{field}').").format(
                field=informal_field
            )
            if informal_field
            else tr("Choose the informal field of the settlements in step 1 to use it.")
        )
        form.addRow(QLabel(tr("Informal weight (times a formal settlement)"), self), self.informal)
        self.source = QLineEdit(self)
        self.source.setObjectName("totalsSource")
        self.source.setPlaceholderText(tr("e.g. Migración Colombia, 2024"))
        form.addRow(QLabel(tr("Source of the totals"), self), self.source)
        box.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Estimate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        # the wrapped introduction needs the height it takes at the dialog's width
        box.activate()
        self.resize(self.minimumWidth(), box.totalHeightForWidth(self.minimumWidth()))


class DataPage(Page):
    """Layers and fields for every role, and the one-click sample city."""

    key = "data"
    roles_changed_signal = pyqtSignal()
    # an import or estimate ended: ok (the layers are loaded and fill their roles)
    prepared = pyqtSignal(bool)

    def __init__(self, context: DockContext) -> None:
        super().__init__(context)
        self.add_intro(
            tr(
                "Who is exposed to floods and landslides, who is far from services, where new housing should go "
                "and what each growth scenario costs. Choose a layer for each role below (fields are recognised "
                "by their Spanish or English names), or load the sample city to try the steps."
            )
        )
        row = QHBoxLayout()
        self.sample_button = QPushButton(tr("Load sample city"), self)
        self.sample_button.setObjectName("sampleCityButton")
        self.sample_button.setToolTip(tr("Villa Esperanza, a fictional border city for training, with every layer."))
        row.addWidget(self.sample_button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.sample_status = label("", self, "sampleStatus")
        self.sample_status.setVisible(False)
        self.box.addWidget(self.sample_status)
        self._add_preparation()

        self.box.addWidget(title(tr("Output folder"), self))
        self.folder = QgsFileWidget(self)
        self.folder.setObjectName("outputFolder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.lineEdit().setPlaceholderText(tr("Beside the project file once it is saved"))
        path_tooltip(
            self.folder,
            tr("Results are written here as GeoPackage and GeoTIFF files. Empty: beside the saved project."),
        )
        self.box.addWidget(self.folder)

        self.box.addWidget(title(tr("Layers"), self))
        legend = label(tr("* required for the steps that use the layer"), self, small=True)
        self.box.addWidget(legend)
        self.specs: Dict[str, RoleSpec] = {}
        self.pickers: Dict[str, RolePicker] = {}
        for spec in role_specs():
            picker = RolePicker(spec, self)
            picker.changed.connect(self.roles_changed_signal)
            self.specs[spec.key] = spec
            self.pickers[spec.key] = picker
            self.box.addWidget(picker)
        self.box.addStretch(1)
        self.update_preparation_hint()

    def title(self) -> str:
        return tr("Data")

    # ------------------------------------------------------------------ data a municipality lacks
    def _add_preparation(self) -> None:
        """The 'Import OpenStreetMap…' and 'Estimate migrants…' buttons, a hint of what is missing, a progress bar."""
        self.prep_run: Optional[AlgorithmRun] = None
        self.prep_planned: Dict[str, str] = {}
        row = QHBoxLayout()
        self.osm_button = QPushButton(tr("Import OpenStreetMap…"), self)
        self.osm_button.setObjectName("importOsmButton")
        self.osm_button.setToolTip(
            tr(
                "Roads and health, education and early childhood facilities from an OpenStreetMap extract (.osm or "
                ".osm.pbf, e.g. from download.geofabrik.de), offline; clipped around the study area when it is chosen."
            )
        )
        self.osm_button.clicked.connect(guarded(self.ask_import_osm))
        self.estimate_button = QPushButton(tr("Estimate migrants…"), self)
        self.estimate_button.setObjectName("estimateMigrantsButton")
        self.estimate_button.setToolTip(
            tr("Migrants per settlement estimated from the total known for the municipality (an estimate).")
        )
        self.estimate_button.clicked.connect(guarded(self.ask_estimate))
        row.addWidget(self.osm_button)
        row.addStretch(1)
        self.box.addLayout(row)
        row = QHBoxLayout()  # one button a row: two side by side do not fit the dock in Spanish
        row.addWidget(self.estimate_button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.prep_progress = QProgressBar(self)
        self.prep_progress.setRange(0, 100)
        self.prep_progress.setVisible(False)
        self.box.addWidget(self.prep_progress)
        self.prep_status = label("", self, "prepStatus")
        self.box.addWidget(self.prep_status)
        self.roles_changed_signal.connect(self.update_preparation_hint)

    def update_preparation_hint(self) -> None:
        """Say which of the data the two buttons make is missing (nothing when none is, or while one runs)."""
        if self.prep_run is not None:
            return
        missing = []
        if self.layer("roads") is None or self.layer("facilities") is None:
            missing.append(tr("No road network or facilities: import them from an OpenStreetMap extract."))
        if self.layer("settlements") is not None and not self.field("settlements", "migrants"):
            missing.append(tr("No migrants per settlement: estimate them from the municipal total."))
        self._prep_message("\n".join(missing), "warning")

    def _prep_message(self, text: str, level: str) -> None:
        self.prep_status.setText("<br>".join(message_html(level, line) for line in text.split("\n") if line))
        self.prep_status.setVisible(bool(text))

    def ask_import_osm(self) -> None:
        """Ask for the OSM file, then import it."""
        start = self.context.output_folder() if os.path.isdir(self.context.output_folder()) else os.path.expanduser("~")
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("OpenStreetMap extract"), start, tr("OpenStreetMap files (*.osm *.pbf)")
        )
        if path:
            self.import_osm(path)

    def import_osm(self, path: str) -> bool:
        """Run import_osm on ``path`` (clipped around the study area when chosen); the results fill the roles."""
        folder = self.context.output_folder()
        planned = {
            "ROADS": fresh_path(folder, "osm_roads", "gpkg"),
            "FACILITIES": fresh_path(folder, "osm_facilities", "gpkg"),
        }
        parameters = {"INPUT": path, **planned}
        if self.layer_id("boundary"):
            parameters["AOI"] = self.layer_id("boundary")
        return self._start("migrant_planning:import_osm", parameters, planned, tr("Importing OpenStreetMap…"))

    def ask_estimate(self) -> None:
        """Ask for the municipal total, then estimate."""
        settlements = self.layer("settlements")
        if settlements is None:
            self._prep_message(tr("Choose the settlements (with their population) first."), "error")
            return
        dialog = EstimateDialog(self, settlements.name(), self.field("settlements", "informal"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.estimate_migrants(dialog.total.text(), dialog.informal.value(), dialog.source.text())

    def estimate_migrants(self, total: str, informal_weight: float = 1.0, source: str = "") -> bool:
        """Run estimate_migrants on the settlements with one municipal total; the result becomes the settlements."""
        settlements = self.layer_id("settlements")
        if settlements is None:
            self._prep_message(tr("Choose the settlements (with their population) first."), "error")
            return False
        folder = self.context.output_folder()
        planned = {
            "OUTPUT": fresh_path(folder, "migrants_est", "gpkg"),
            "SUMMARY": fresh_path(folder, "migrants_est_summary", "gpkg"),
        }
        parameters = {"INPUT": settlements, "TOTALS": total.strip(), "TOTALS_SOURCE": source.strip(), **planned}
        if self.field("settlements", "population"):
            parameters["POPULATION_FIELD"] = self.field("settlements", "population")
        if self.field("settlements", "informal") and informal_weight != 1.0:
            parameters["INFORMAL_FIELD"] = self.field("settlements", "informal")
            parameters["INFORMAL_WEIGHT"] = informal_weight
        return self._start("migrant_planning:estimate_migrants", parameters, planned, tr("Estimating migrants…"))

    def _start(self, algorithm_id: str, parameters: dict, planned: Dict[str, str], text: str) -> bool:
        """Run one algorithm as a background task, with the progress bar and the status line."""
        if self.prep_run is not None:
            self.context.notify(
                tr("Wait for the import or estimate that is running to end."), Qgis.MessageLevel.Info, 5
            )
            return False
        self.context.tell_output_folder()
        self.prep_planned = planned
        self.prep_run = AlgorithmRun(algorithm_id, parameters, self.context.project(), parent=self)
        self.prep_run.progressChanged.connect(lambda value: self.prep_progress.setValue(int(value)))
        self.prep_run.finished.connect(
            guarded(lambda ok, results, message: self._prep_done(algorithm_id, ok, results, message))
        )
        self.osm_button.setEnabled(False)
        self.estimate_button.setEnabled(False)
        self.prep_progress.setValue(0)
        self.prep_progress.setVisible(True)
        self._prep_message(text, "info")
        return self.prep_run.start()

    def _prep_done(self, algorithm_id: str, ok: bool, results: dict, message: str) -> None:
        """Load the outputs and fill the roles; or say why nothing was made."""
        self.prep_run = None
        self.osm_button.setEnabled(True)
        self.estimate_button.setEnabled(True)
        self.prep_progress.setVisible(False)
        if not ok:
            discard_outputs(self.prep_planned.values())
            self._prep_message(message, "error")
            self.prepared.emit(False)
            return
        project = self.context.project()
        root = project.layerTreeRoot()
        group = root.findGroup(imported_group_name()) or root.insertGroup(0, imported_group_name())

        def add(uri: str, name: str, style: str) -> Optional[QgsVectorLayer]:
            layer = QgsVectorLayer(uri, name, "ogr")
            if not layer.isValid():
                return None
            apply_style(layer, style)
            project.addMapLayer(layer, False)
            if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
                group.addLayer(layer)  # under the lines and points of the group
            else:
                group.insertLayer(0, layer)
            return layer

        if algorithm_id.endswith("import_osm"):
            roads = add(results["ROADS"], tr("Roads (OpenStreetMap)"), "osm_roads.qml")
            facilities = add(results["FACILITIES"], tr("Facilities (OpenStreetMap)"), "sample_facilities.qml")
            self.set_layers({role: layer for role, layer in (("roads", roads), ("facilities", facilities)) if layer})
            done = tr("Roads ({roads}) and facilities ({facilities}) imported: {file}").format(
                roads=roads.featureCount() if roads else 0,
                facilities=facilities.featureCount() if facilities else 0,
                file=os.path.basename(results["ROADS"]),
            )
        else:
            settlements = add(results["OUTPUT"], tr("Settlements with estimated migrants"), "sample_settlements.qml")
            if settlements is not None:
                self.set_layers({"settlements": settlements})
                # the estimate, even where the layer also has a migrants field of its own
                self.pickers["settlements"].field_boxes["migrants"].setField("migrants_est")
            done = tr("Migrants estimated (migrants_est, an estimate): {file}").format(
                file=os.path.basename(results["OUTPUT"])
            )
        self._prep_message(done, "ok")
        self.prepared.emit(True)

    def shutdown(self) -> None:
        """Stop an import or estimate that is running (the plugin unloads)."""
        super().shutdown()
        run, self.prep_run = self.prep_run, None
        if run is not None:
            from ..runner import keep_until_finished

            planned = list(self.prep_planned.values())
            try:
                run.finished.disconnect()  # the page goes away: nothing to show
            except TypeError:
                pass
            keep_until_finished(run)
            run.finished.connect(lambda *_args: discard_outputs(planned))
            run.cancel()

    # ------------------------------------------------------------------ roles
    def spec(self, role: str) -> RoleSpec:
        """The definition of a role."""
        return self.specs[role]

    def layer(self, role: str) -> Optional[QgsMapLayer]:
        """The layer chosen for a role, or None."""
        picker = self.pickers.get(role)
        return picker.layer() if picker is not None else None

    def layer_id(self, role: str) -> Optional[str]:
        """The id of the layer chosen for a role, or None."""
        layer = self.layer(role)
        return layer.id() if layer is not None else None

    def field(self, role: str, field_role: str) -> str:
        """The field chosen for a field role of a role ('' when none)."""
        picker = self.pickers.get(role)
        return picker.field(field_role) if picker is not None else ""

    def level_map(self) -> str:
        """The user's hazard level map ('' when none)."""
        return self.pickers["hazards"].level_map_text()

    def set_layers(self, layers: Dict[str, QgsMapLayer]) -> None:
        """Fill roles (role -> layer); fields are detected by name."""
        for role, layer in layers.items():
            if role in self.pickers:
                self.pickers[role].set_layer(layer)
        for role in layers:
            if role in self.pickers:
                self.pickers[role].validate()

    def layers_removed(self, layer_ids) -> None:
        """A role whose layer leaves the project becomes empty (instead of taking the next layer in the list)."""
        removed = set(layer_ids)
        for picker in self.pickers.values():
            if picker.layer_id() in removed:
                picker.set_layer(None)

    def output_folder_text(self) -> str:
        """The folder typed or chosen ('' when none)."""
        return self.folder.filePath().strip()

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        return {
            "roles": {role: picker.state() for role, picker in self.pickers.items()},
            "folder": self.output_folder_text(),
        }

    def restore(self, state: dict) -> None:
        roles = state.get("roles") or {}
        for role, picker in self.pickers.items():
            picker.blockSignals(True)
            picker.restore(roles.get(role) or {})
            picker.blockSignals(False)
        self.folder.setFilePath(state.get("folder", ""))
        self.roles_changed_signal.emit()
