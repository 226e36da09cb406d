"""Running several algorithms one after the other as background tasks (a page's Run button)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.i18n import tr
from .tasks import AlgorithmRun

ParamsFn = Callable[[Dict[str, dict]], Optional[dict]]
# Runs whose page went away (plugin unloaded, project cleared): kept alive until their task ends, because the
# task uses their context and feedback from its thread.
_DETACHED: List[QObject] = []


def keep_until_finished(run: QObject) -> None:
    """Hold a run (RunChain or AlgorithmRun) without a parent until it emits ``finished``."""
    run.setParent(None)
    _DETACHED.append(run)

    def release(*_args) -> None:
        if run in _DETACHED:
            _DETACHED.remove(run)

    run.finished.connect(release)


@dataclass
class RunStep:
    """One algorithm of a chain: ``params(results so far)`` gives its parameters (None skips it)."""

    key: str
    algorithm_id: str
    params: ParamsFn
    label: str


class RunChain(QObject):
    """Runs :class:`RunStep` s in order, each as an :class:`AlgorithmRun` (a QgsProcessingAlgRunnerTask).

    Signals: ``progressChanged(float)`` over the whole chain, ``stepStarted(str label)``,
    ``finished(bool ok, bool cancelled, dict results by step key, str message)``.
    """

    progressChanged = pyqtSignal(float)
    stepStarted = pyqtSignal(str)
    finished = pyqtSignal(bool, bool, dict, str)

    def __init__(self, steps: List[RunStep], project: Optional[QgsProject] = None, parent=None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.project = project
        self.results: Dict[str, dict] = {}
        self.index = -1
        self.current: Optional[AlgorithmRun] = None
        # output file -> its algorithm's post-processor (aliases, abstract), for the page that loads the outputs
        self.post_processors: Dict[str, object] = {}
        self.cancelled = False
        self.done = False

    def start(self) -> None:
        """Start the first step (asynchronously)."""
        QTimer.singleShot(0, self._next)

    def detach(self) -> None:
        """Leave the page: cancel, and stay alive until the running task has ended."""
        if not self.done:
            keep_until_finished(self)
            self.cancel()

    def cancel(self) -> None:
        """Stop the running step; the following ones do not start."""
        self.cancelled = True
        if self.current is not None:
            self.current.cancel()
        elif not self.done:
            QTimer.singleShot(0, lambda: self._finish(False, tr("Cancelled: nothing was written.")))

    @property
    def running(self) -> bool:
        """Whether the chain has not finished yet."""
        return not self.done

    def _next(self) -> None:
        if self.done:
            return
        if self.cancelled:
            self._finish(False, tr("Cancelled: nothing was written."))
            return
        self.index += 1
        while self.index < len(self.steps):
            step = self.steps[self.index]
            try:
                parameters = step.params(self.results)
            except ValueError as error:
                self._finish(False, str(error))
                return
            if parameters is not None:
                break
            self.index += 1
        if self.index >= len(self.steps):
            self._finish(True, "")
            return
        self.stepStarted.emit(step.label)
        self.current = AlgorithmRun(step.algorithm_id, parameters, self.project, parent=self)
        self.current.progressChanged.connect(self._progress)
        self.current.finished.connect(self._step_finished)
        self.current.start()

    def _progress(self, value: float) -> None:
        total = max(1, len(self.steps))
        self.progressChanged.emit((self.index + max(0.0, min(100.0, value)) / 100.0) / total * 100.0)

    def _step_finished(self, ok: bool, results: dict, message: str) -> None:
        run = self.current
        self.current = None
        if run is not None:
            self.post_processors.update(run.post_processors)
            run.deleteLater()
        if self.cancelled:
            self._finish(False, tr("Cancelled: nothing was written."))
            return
        if not ok:
            self._finish(False, message)
            return
        self.results[self.steps[self.index].key] = results
        QTimer.singleShot(0, self._next)

    def _finish(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done = True
        if ok:
            self.progressChanged.emit(100.0)
        self.finished.emit(ok, self.cancelled, dict(self.results), message)
