"""Running a Processing algorithm as a background task from a panel."""

from __future__ import annotations

from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.i18n import tr


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


class AlgorithmRun(QObject):
    """One run of an algorithm in the task manager; keeps the task, context and feedback alive.

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

    def start(self) -> bool:
        """Queue the task; False when the algorithm does not exist."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            self.finished.emit(False, {}, tr("Algorithm {id} is not available.").format(id=self.algorithm_id))
            return False
        if algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading:
            # e.g. planning_report (print layouts): run on the main thread, after the panel has updated
            QTimer.singleShot(0, lambda: self._run_here(algorithm))
            return True
        self.task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _run_here(self, algorithm) -> None:
        """Run an algorithm that must not leave the main thread; report as a task would."""
        results, ok = algorithm.run(self.parameters, self.context, self.feedback, {}, True)
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
        self.finished.emit(bool(ok), dict(results or {}), message)

    def _last_error(self) -> str:
        """The algorithm's own error message."""
        if self.feedback.errors:
            return self.feedback.errors[-1]
        return tr("The algorithm failed; see the Processing log.")
