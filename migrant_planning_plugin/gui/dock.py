"""The planner's dock. For now: an introduction and the one-click sample city (issue 7 builds the steps)."""

from __future__ import annotations

import os
import tempfile
from typing import Optional

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .. import sample_city
from ..core.i18n import tr
from ..paths import style_path
from .tasks import AlgorithmRun

SAMPLE_GROUP = "Villa Esperanza"


class PlannerDock(QgsDockWidget):
    """Dock "Migrant Integration Planner"."""

    sample_loaded = pyqtSignal(bool)

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Migrant Integration Planner"), parent)
        self.iface = iface
        self.run: Optional[AlgorithmRun] = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(
            tr(
                "<b>Planificador de Integración Urbana de Migrantes</b><br>"
                "Who is exposed to floods and landslides, who is far from services, where new housing "
                "should go and what each growth scenario costs. Start by loading your layers or the "
                "sample city."
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sample_button = QPushButton(tr("Load sample city"), body)
        self.sample_button.setObjectName("sampleCityButton")
        self.sample_button.clicked.connect(self.load_sample_city)
        layout.addWidget(self.sample_button)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

    def output_folder(self) -> str:
        """Beside the saved project, else a folder in the temporary directory."""
        home = QgsProject.instance().homePath()
        base = home if home else os.path.join(tempfile.gettempdir(), "migrant_planning")
        return os.path.join(base, "migrant_planning_outputs")

    def load_sample_city(self) -> None:
        """Write the sample city and load it styled, in a group, zoomed to."""
        if self.run is not None:
            return
        folder = os.path.join(self.output_folder(), "villa_esperanza")
        self.run = AlgorithmRun("migrant_planning:load_sample_city", {"OUTPUT": folder, "LOAD": False}, parent=self)
        self.run.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.run.finished.connect(self._sample_loaded)
        self.progress.setVisible(True)
        self.sample_button.setEnabled(False)
        self.status.setText(tr("Writing the sample city..."))
        self.run.start()

    def _sample_loaded(self, ok: bool, results: dict, message: str) -> None:
        """Add the written layers to the project."""
        self.run = None
        self.progress.setVisible(False)
        self.sample_button.setEnabled(True)
        if not ok:
            self.status.setText(message)
            self.iface.messageBar().pushCritical(tr("Migrant Integration Planner"), message)
            self.sample_loaded.emit(False)
            return
        from ..processing.algorithms.load_sample_city import LOAD_ORDER, layer_titles

        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup(SAMPLE_GROUP) or root.insertGroup(0, SAMPLE_GROUP)
        titles = layer_titles()
        gpkg = results.get("GEOPACKAGE")
        for role in LOAD_ORDER:
            layer = QgsVectorLayer(f"{gpkg}|layername={sample_city.LAYERS[role]}", titles[role], "ogr")
            self._add(layer, group, f"sample_{role}.qml")
        self._add(QgsRasterLayer(results.get("DEM"), titles["dem"]), group, "sample_dem.qml")
        canvas = self.iface.mapCanvas()
        if canvas is not None and group.findLayers():
            canvas.setExtent(group.findLayers()[-1].layer().extent())
            canvas.refresh()
        self.status.setText(tr("Sample city loaded: {folder}").format(folder=results.get("OUTPUT")))
        self.sample_loaded.emit(True)

    @staticmethod
    def _add(layer, group, qml: str) -> None:
        """Add a layer to a group, styled when a style exists."""
        if not layer.isValid():
            return
        path = style_path(qml)
        if os.path.exists(path):
            layer.loadNamedStyle(path)
        QgsProject.instance().addMapLayer(layer, False)
        group.addLayer(layer)

    def shutdown(self) -> None:
        """Cancel a running task before the plugin unloads."""
        if self.run is not None:
            self.run.cancel()
            try:
                self.run.finished.disconnect()
            except TypeError:
                pass
            self.run = None
