"""What a step page may use of the dock: the project, step 1's choices, the output folder, results and messages.

The dock builds one :class:`DockContext` and gives it to every page; the pages never import the dock (the dock
imports the pages), and a page can be built and tested with a context alone.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Dict, Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject, QStandardPaths, pyqtSignal

from ..core.i18n import tr
from .outputs import ResultsManager

if TYPE_CHECKING:
    from qgis.gui import QgsMapCanvas

    from .pages.data import DataPage


class DockContext(QObject):
    """The dock's shared services and state, as the pages see them."""

    # a step's output files were recorded (the step's key)
    outputs_changed = pyqtSignal(str)
    # a step ran successfully (the step's key)
    step_finished = pyqtSignal(str)

    def __init__(self, iface, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.results = ResultsManager(self.project)
        # step key -> {output name: file}: what each step wrote (for the report and the project file)
        self.outputs: Dict[str, dict] = {}
        # step key -> ran successfully
        self.done: Dict[str, bool] = {}
        # step 1: the layer and fields of each role (set by the dock once the Data page exists)
        self.data: Optional[DataPage] = None
        self._told_folder = False

    def project(self) -> QgsProject:
        """The project the dock works on."""
        return QgsProject.instance()

    def canvas(self) -> Optional[QgsMapCanvas]:
        """QGIS's map canvas (None without a QGIS window)."""
        return self.iface.mapCanvas() if self.iface is not None else None

    def notify(self, text: str, level=Qgis.MessageLevel.Warning, duration: int = 0) -> None:
        """A message in QGIS's message bar (never a dialog)."""
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushMessage(tr("Migrant Integration Planner"), text, level, duration)

    def output_folder(self) -> str:
        """The folder chosen in step 1; else beside the saved project; else Documents/Migrant planning."""
        chosen = self.data.output_folder_text() if self.data is not None else ""
        if chosen:
            return chosen
        home = self.project().homePath()
        if home:
            return os.path.join(home, "migrant_planning_outputs")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return os.path.join(documents or os.path.expanduser("~"), "Migrant planning")

    def tell_output_folder(self) -> None:
        """Say once where results go when neither a folder nor a saved project decides it."""
        chosen = self.data.output_folder_text() if self.data is not None else ""
        if self._told_folder or chosen or self.project().homePath():
            return
        self._told_folder = True
        self.notify(
            tr(
                "Results are written to {folder}. Save the project to keep them beside it, or choose a folder "
                "in step 1."
            ).format(folder=self.output_folder()),
            Qgis.MessageLevel.Info,
            10,
        )

    def set_outputs(self, step: str, outputs: dict) -> None:
        """Record a step's output files (for the report and the project file) and tell the pages."""
        self.outputs[step] = dict(outputs)
        self.outputs_changed.emit(step)

    def step_done(self, key: str) -> None:
        """A step ran successfully: remember it (the dock marks it in the step bar)."""
        self.done[key] = True
        self.step_finished.emit(key)
