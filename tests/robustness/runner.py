"""Running one cell of the matrix: the algorithm on the case's inputs, with everything it reports recorded."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm pushes, by kind."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: List[str] = []
        self.infos: List[str] = []
        self.errors: List[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self.errors.append(error)
        super().reportError(error, fatalError)


@dataclass
class Record:
    """What one run did."""

    ok: bool
    results: Dict[str, object]
    message: str
    feedback: RecordingFeedback
    seconds: float
    error_type: str = ""
    inputs: Dict[str, str] = field(default_factory=dict)


def input_files(params: dict) -> List[str]:
    """The files a run reads (layer uris and raster paths among the parameter values)."""
    files = []
    for value in params.values():
        if not isinstance(value, str):
            continue
        path = value.split("|", 1)[0]
        if os.path.isfile(path):
            files.append(path)
    return sorted(set(files))


def sha256(path: str) -> str:
    """Hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run(alg_id: str, params: dict, feedback: Optional[QgsProcessingFeedback] = None) -> Record:
    """processing.run the algorithm; never raises, the outcome is in the record."""
    import processing

    feedback = feedback or RecordingFeedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setFeedback(feedback)
    started = time.perf_counter()
    try:
        results = processing.run(f"migrant_planning:{alg_id}", params, feedback=feedback, context=context)
        return Record(True, dict(results), "", feedback, time.perf_counter() - started)
    except QgsProcessingException as error:
        return Record(False, {}, str(error), feedback, time.perf_counter() - started, "QgsProcessingException")
    except Exception as error:  # anything else is a failure of the matrix
        return Record(False, {}, repr(error), feedback, time.perf_counter() - started, type(error).__name__)


def outputs_exist(folder: Path) -> List[str]:
    """Every file under ``folder`` (to show nothing was left behind)."""
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*") if p.is_file())


def start_task(alg_id: str, params: dict) -> dict:
    """Start the algorithm as a QgsProcessingAlgRunnerTask (a worker thread, as the toolbox and the dock do).

    Returns the run's state: keep it until ``done`` (the task's context and feedback must outlive the task).
    """
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"migrant_planning:{alg_id}")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
    state = {"task": task, "context": context, "feedback": feedback, "done": False, "ok": None, "results": None}

    def executed(ok: bool, results: dict) -> None:
        state.update(done=True, ok=ok, results=dict(results or {}))

    task.executed.connect(executed)
    QgsApplication.taskManager().addTask(task)
    return state


def wait_for(runs, seconds: float = 60.0) -> None:
    """Process events until every run of :func:`start_task` is done (fails after ``seconds``)."""
    deadline = time.monotonic() + seconds
    while any(not r["done"] for r in runs) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert all(r["done"] for r in runs), "a task did not finish"
