"""Step 1, Data: a layer per role, its fields detected by name, checks with hints; the sample city."""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import QgsMapLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

from ...core.i18n import tr
from ..context import DockContext
from ..roles import RolePicker, RoleSpec, role_specs
from ..widgets import label, path_tooltip, title
from .base import Page


class DataPage(Page):
    """Layers and fields for every role, and the one-click sample city."""

    key = "data"
    roles_changed_signal = pyqtSignal()

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

    def title(self) -> str:
        return tr("Data")

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
