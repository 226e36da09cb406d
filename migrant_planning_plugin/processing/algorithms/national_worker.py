"""national_worker: one worker process of run_for_municipalities (started by it through qgis_process; hidden from
the toolbox).

A worker starts QGIS and the plugin once, then runs one municipality after the other: it waits in its mailbox
folder for ``job.json`` (the algorithm and its parameters, written by the run), runs it in this process with a
feedback that writes the job's log and progress into files, answers with ``result.json``, and waits for the next
one. It keeps nothing between jobs but the loaded software: a new processing context each time. It stops when
the mailbox holds ``stop``, when the process that started it is gone, after ``MAX_JOBS`` jobs (the run then
starts a fresh worker, so memory never piles up) or after ``IDLE`` seconds without a job. See
:mod:`...qgis_io.workers` for the other side.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProject,
)

from ...core.i18n import tr
from ...qgis_io import workers
from ..base import MigrantAlgorithm


class JobFeedback(QgsProcessingFeedback):
    """Writes what a job reports into its log (as qgis_process prints it) and its progress into a file."""

    def __init__(self, log_path: str, progress_path: Path, job_id: str) -> None:
        super().__init__()
        self.log = open(log_path, "a", encoding="utf-8")
        self.progress_path = progress_path
        self.job_id = job_id
        self.written = -1.0
        self.progressChanged.connect(self._progress)

    def _line(self, text: str) -> None:
        self.log.write(text + "\n")
        self.log.flush()

    def _progress(self, value: float) -> None:
        if value - self.written >= 1.0 or value >= 100.0:
            self.written = value
            workers.write_text(self.progress_path, f"{self.job_id} {value / 100.0:.4f}")

    def pushInfo(self, info: str) -> None:
        self._line(info)

    def pushCommandInfo(self, info: str) -> None:
        self._line(info)

    def pushDebugInfo(self, info: str) -> None:
        self._line(info)

    def pushConsoleInfo(self, info: str) -> None:
        self._line(info)

    def pushWarning(self, warning: str) -> None:
        self._line("WARNING:\t" + warning)

    def setProgressText(self, text: str) -> None:
        self._line(text)

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self._line("ERROR:\t" + error)

    def close(self) -> None:
        """Close the log."""
        self.log.close()


def _algorithm(name: str):
    """An algorithm by id, or a model by the path of its .model3 file."""
    if name.endswith(".model3"):
        model = QgsProcessingModelAlgorithm()
        if not model.fromFile(name):
            raise QgsProcessingException(tr("The model {path} cannot be read.").format(path=name))
        return model
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(name)
    if algorithm is None:
        raise QgsProcessingException(tr("Algorithm {id} is not available.").format(id=name))
    return algorithm


def run_job(job: dict, mailbox: Path) -> dict:
    """Run one job (its log and progress into files); the result to answer with."""
    feedback = JobFeedback(job["log"], mailbox / workers.PROGRESS, job["id"])
    ok, error = False, ""
    try:
        algorithm = _algorithm(job["algorithm"])
        feedback.pushInfo(tr("Running {algorithm}").format(algorithm=algorithm.displayName()))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setFeedback(feedback)
        try:
            import processing

            processing.run(algorithm, job["parameters"], context=context, feedback=feedback)
            ok = True
        except QgsProcessingException as exception:
            feedback.reportError(str(exception), True)
        except Exception as exception:  # a bug must not stop the worker's other municipalities
            feedback.reportError(tr("Unexpected error: {error}").format(error=exception), True)
    except QgsProcessingException as exception:
        feedback.reportError(str(exception), True)
    finally:
        feedback.close()
    if not ok:
        error = workers.first_error(Path(job["log"]).read_text(encoding="utf-8", errors="replace"))
    return {"id": job["id"], "ok": ok, "error": error}


class NationalWorker(MigrantAlgorithm):
    """Runs the municipalities a national run hands it, one after the other (see the module docstring)."""

    ID = "national_worker"
    GROUP_ID = "workflow"
    MAILBOX = "MAILBOX"
    PARENT = "PARENT"
    MAX_JOBS = "MAX_JOBS"
    IDLE = "IDLE"
    JOBS = "JOBS"

    def group(self) -> str:
        from .. import workflow

        return workflow.group_name()

    def flags(self):
        """Main thread (the model's report needs it); hidden: only run_for_municipalities starts it."""
        names = getattr(Qgis, "ProcessingAlgorithmFlag", None)  # QGIS 3.36 and newer
        if names is not None:
            return super().flags() | names.NoThreading | names.HideFromToolbox
        flag = QgsProcessingAlgorithm.Flag
        return super().flags() | flag.FlagNoThreading | flag.FlagHideFromToolbox

    def displayName(self) -> str:
        return tr("Worker of a national run")

    def shortHelpString(self) -> str:
        return tr(
            "A worker process of 'Run for many municipalities', which starts it through qgis_process: it waits in "
            "its mailbox folder for one municipality's job, runs the workflow model on it in this process, answers "
            "with the result, and waits for the next one, so QGIS and the plugin start only once for many "
            "municipalities.\n\n"
            "Inputs: the mailbox folder, the process that started it (the worker stops when it is gone), the number "
            "of jobs after which it stops (a fresh worker then takes over) and how long it waits without a job. "
            "Output: the number of jobs run. Not meant to be run by hand."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_parameter(
            QgsProcessingParameterFile(self.MAILBOX, tr("Mailbox folder"), QgsProcessingParameterFile.Behavior.Folder),
            tr("Folder where the national run writes job.json and reads result.json."),
        )
        integer = QgsProcessingParameterNumber.Type.Integer
        self.add_parameter(
            QgsProcessingParameterNumber(self.PARENT, tr("Process of the national run"), integer, 0, minValue=0),
            tr("The worker stops when this process is gone (0: never)."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.MAX_JOBS, tr("Jobs before a fresh worker"), integer, 20, minValue=1),
            tr("After this many municipalities the worker stops and the run starts a new one."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.IDLE, tr("Wait without a job (s)"), integer, 600, minValue=1),
            tr("The worker stops after waiting this long for a job."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.JOBS, tr("Jobs run")))

    def execute(self, parameters, context, feedback) -> dict:
        mailbox = Path(self.parameterAsFile(parameters, self.MAILBOX, context))
        parent = self.parameterAsInt(parameters, self.PARENT, context)
        max_jobs = self.parameterAsInt(parameters, self.MAX_JOBS, context)
        idle_s = self.parameterAsInt(parameters, self.IDLE, context)
        jobs, waiting_since = 0, time.monotonic()
        while jobs < max_jobs and not feedback.isCanceled():
            if (mailbox / workers.STOP).exists() or (parent and not workers.pid_alive(parent)):
                break
            job_path = mailbox / workers.JOB
            if not job_path.exists():
                if time.monotonic() - waiting_since > idle_s:
                    break
                time.sleep(0.05)
                continue
            job = json.loads(job_path.read_text(encoding="utf-8"))
            os.remove(job_path)
            result = run_job(job, mailbox)
            workers.write_text(mailbox / workers.RESULT, json.dumps(result, ensure_ascii=False))
            jobs += 1
            waiting_since = time.monotonic()
        return {self.JOBS: jobs}
