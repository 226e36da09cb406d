"""Running a Processing algorithm as a background task from a panel."""

from __future__ import annotations

import os
import re
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsMapLayerStore,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.i18n import tr
from ..processing.threads import runs_on_main_thread

# Parameter types whose value may be a project layer (by id).
LAYER_TYPES = ("source", "vector", "raster", "layer", "mesh", "pointcloud")
VECTOR_OUTPUTS = ("sink", "vectorDestination")
# How QGIS names layer ids: the layer's name, then a UUID (with underscores or dashes).
LAYER_ID = re.compile(r"[0-9a-fA-F]{8}[_-][0-9a-fA-F]{4}[_-][0-9a-fA-F]{4}[_-][0-9a-fA-F]{4}[_-][0-9a-fA-F]{12}$")


class RecordingFeedback(QgsProcessingFeedback):
    """A feedback that keeps the errors and warnings the algorithm reports."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: List[str] = []
        self.warnings: List[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:
        """Keep the error, then log it as usual."""
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning: str) -> None:
        """Keep the warning, then log it as usual."""
        self.warnings.append(warning)
        super().pushWarning(warning)


# Runs whose task has not ended: held here so that their context, feedback and layer copies outlive the task
# even when the caller keeps no reference (QGIS crashes when a task's context or feedback is deleted under it).
_RUNNING: List[AlgorithmRun] = []


class AlgorithmRun(QObject):
    """One run of an algorithm in the task manager; keeps the task, context, feedback and input layers alive.

    The project's layers named by the parameters (layer ids) are replaced by copies the run owns, made on the
    main thread when it starts: the task reads them on its own thread, and the user may remove a layer, or
    close the project, meanwhile (QGIS deletes the layer then; a task reading it would crash QGIS). The run goes
    on with the data as they were when it started.

    Signals: ``progressChanged(float)``, ``finished(bool ok, dict results, str message)``.
    """

    progressChanged = pyqtSignal(float)
    finished = pyqtSignal(bool, dict, str)

    def __init__(
        self,
        algorithm_id: str,
        parameters: Dict[str, object],
        project: Optional[QgsProject] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.context = QgsProcessingContext()
        self.context.setProject(project or QgsProject.instance())
        self.feedback = RecordingFeedback()
        self.feedback.progressChanged.connect(self.progressChanged.emit)
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        # The run's own copies of the input layers, owned by a layer store (C++): they are deleted on the main
        # thread when the task has ended, never by Python's garbage collector in some other thread.
        self.store = QgsMapLayerStore(self)
        self.layers: List[QgsMapLayer] = []
        self.running = False
        # output file -> what the algorithm does to that output when it is loaded (aliases, abstract, style)
        self.post_processors: Dict[str, object] = {}

    def start(self) -> bool:
        """Queue the task; False (and ``finished`` with the reason) when it cannot start."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            self.finished.emit(False, {}, tr("Algorithm {id} is not available.").format(id=self.algorithm_id))
            return False
        parameters, missing = self._own_layers(algorithm)
        if missing:
            self._release_layers()
            self.finished.emit(
                False,
                {},
                tr(
                    "The layer chosen as '{input}' is no longer in the project (it was removed while the run was "
                    "going on). Choose it again in step 1, Data, and run again."
                ).format(input=missing),
            )
            return False
        self.running = True
        _RUNNING.append(self)
        if runs_on_main_thread(algorithm):
            # e.g. planning_report (print layouts): run on the main thread, after the panel has updated
            QTimer.singleShot(0, lambda: self._run_here(algorithm, parameters))
            return True
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _own_layers(self, algorithm) -> Tuple[Dict[str, object], str]:
        """The parameters with each project layer replaced by a copy this run owns; and the description of a
        layer parameter whose layer left the project ('' when none did)."""
        project = self.context.project()
        parameters = dict(self.parameters)
        for definition in algorithm.parameterDefinitions():
            name = definition.name()
            value = parameters.get(name)
            if definition.type() in VECTOR_OUTPUTS and isinstance(value, str) and value:
                # as an output to load: the algorithm then hands over what it does to the loaded layer (field
                # aliases, abstract), which the dock applies to the layer it loads (see post_processors)
                parameters[name] = QgsProcessingOutputLayerDefinition(value, project)
                continue
            if definition.type() not in LAYER_TYPES or not isinstance(value, str) or not value:
                continue
            layer = project.mapLayer(value) if project is not None else None
            if layer is None:
                if LAYER_ID.search(value) and not os.path.exists(value.split("|", 1)[0]):
                    return parameters, definition.description()
                continue
            copy = layer.clone()
            if copy is None or not copy.isValid():
                continue
            self.store.addMapLayer(copy)
            self.layers.append(copy)
            parameters[name] = copy
        return parameters, ""

    def _run_here(self, algorithm, parameters: dict) -> None:
        """Run an algorithm that must not leave the main thread; report as a task would."""
        if self.feedback.isCanceled():
            self._executed(False, {})
            return
        results, ok = algorithm.run(parameters, self.context, self.feedback, {}, True)
        self._executed(bool(ok) and not self.feedback.isCanceled(), results or {})

    def cancel(self) -> None:
        """Ask the running algorithm to stop."""
        self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass

    def _executed(self, ok: bool, results: dict) -> None:
        """Report the end of the run."""
        message = ""
        if not ok:
            message = tr("Cancelled.") if self.feedback.isCanceled() else self._last_error()
        self.task = None
        self.running = False
        for destination in self.context.layersToLoadOnCompletion():
            processor = self.context.layerToLoadOnCompletionDetails(destination).postProcessor()
            if processor is not None:
                self.post_processors[destination] = processor
        self.context.setLayersToLoadOnCompletion({})  # nothing is loaded by Processing: the dock loads them
        self._release_layers()
        if self in _RUNNING:
            _RUNNING.remove(self)
        self.finished.emit(bool(ok), dict(results or {}), message)

    def _release_layers(self) -> None:
        """Delete the run's copies of its input layers (main thread)."""
        self.layers = []
        self.store.removeAllMapLayers()

    def _last_error(self) -> str:
        """The algorithm's own error message."""
        if self.feedback.errors:
            return self.feedback.errors[-1]
        return tr("The algorithm failed; see the Processing log.")
