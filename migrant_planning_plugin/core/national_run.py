"""The scheduler of a run for many municipalities: which municipality goes to which worker process, and when.

Plain Python: the places results go (a folder, a PostGIS database) are :class:`Store` objects, the worker
processes come from a :class:`Launcher`, and what each municipality gets from the national layers comes from a
``prepare`` function; :class:`NationalRun` only decides.

- Resumable: a municipality whose completion marker says it was finished with the same settings and the same
  input data is skipped; the marker is written last, together with the outputs (the store publishes both at
  once), so a municipality is either finished or has nothing.
- One failure stops nothing: a municipality whose data are refused or whose worker fails is reported, its staged
  outputs are removed, and the others go on.
- Several worker groups (machines) may run the same selection against one store: a municipality is claimed
  before it is started, one claimed by another group is waited for (and taken over if that group disappears).
- Cancel (``is_canceled``) stops every running worker, removes what they had written and releases their claims;
  finished municipalities stay as they are.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Deque, Dict, List, Optional, Protocol, Tuple

import pandas as pd

from .errors import Cancelled, InputError
from .i18n import tr
from .national import Municipality, indicators, records

LOG = logging.getLogger("migrant_planning")

FINISHED, SKIPPED, ELSEWHERE, FAILED = "finished", "skipped", "elsewhere", "failed"
MARKER_FORMAT = 1


def status_labels() -> Dict[str, str]:
    """What each status of the STATUS table means (translated)."""
    return {
        FINISHED: tr("finished"),
        SKIPPED: tr("already finished (skipped)"),
        ELSEWHERE: tr("finished by another worker group"),
        FAILED: tr("failed"),
    }


class Worker(Protocol):
    """A running worker process (see :mod:`..qgis_io.workers`)."""

    progress: float
    peak_mb: Optional[float]

    def poll(self) -> Optional[int]:
        """The exit code, or None while it runs."""

    def stop(self) -> None:
        """Kill the process (and wait for it)."""

    def error(self) -> str:
        """Why it failed, from its log."""


class Launcher(Protocol):
    """Starts worker processes."""

    def start(self, municipality: Municipality, parameters: Dict[str, str], log_path: str) -> Worker:
        """Run the analysis of one municipality with ``parameters``, its output in ``log_path``."""


@dataclass
class Staged:
    """Where one attempt at a municipality writes: its inputs folder, the model's output parameters, its log."""

    code: str
    token: str
    inputs: str
    outputs: Dict[str, str]
    log: str
    extra: dict = field(default_factory=dict)


class Store(Protocol):
    """Where results go (an output folder, or a PostGIS database with a folder for the rasters)."""

    def finished(self, code: str) -> Optional[dict]:
        """The completion marker of a municipality, or None."""

    def claim(self, code: str) -> bool:
        """Claim a municipality for this group (False: another group holds it)."""

    def release(self, code: str) -> None:
        """Give a claim back."""

    def keep_alive(self) -> None:
        """Renew this group's claims (called regularly while it runs)."""

    def begin(self, municipality: Municipality, token: str) -> Staged:
        """Stage an attempt (stale attempts at the same municipality are removed first)."""

    def read_summaries(self, staged: Staged) -> Tuple[pd.DataFrame, Optional[pd.DataFrame], Optional[pd.DataFrame]]:
        """The exposure, access and scenario SUMMARY tables an attempt wrote."""

    def publish(self, staged: Staged, marker: dict) -> None:
        """Make the attempt's outputs and its marker the municipality's results, at once."""

    def discard(self, staged: Staged, failed: bool) -> None:
        """Remove an attempt's outputs (``failed``: keep its log for the user)."""


@dataclass
class Prepared:
    """What a municipality gets from the national layers: a digest of it, and how to write it for a worker."""

    digest: str
    write: Callable[[str], Dict[str, str]]  # folder -> the model's input parameters
    extra: dict = field(default_factory=dict)


@dataclass
class Outcome:
    """What happened to one municipality in this run."""

    municipality: Municipality
    status: str
    message: str = ""
    seconds: Optional[float] = None
    peak_mb: Optional[float] = None
    marker: Optional[dict] = None


@dataclass
class _Job:
    municipality: Municipality
    staged: Staged
    worker: Worker
    prepared: Prepared
    started: float


def _matches(marker: Optional[dict], settings: str, inputs: str) -> bool:
    """Whether a marker says: finished with these settings and these inputs."""
    return bool(marker) and marker.get("settings") == settings and marker.get("inputs") == inputs


class NationalRun:
    """Runs municipalities on worker processes; see the module docstring."""

    def __init__(
        self,
        municipalities: List[Municipality],
        store: Store,
        launcher: Launcher,
        prepare: Callable[[Municipality], Prepared],
        settings: str,
        parallel: int = 1,
        redo: bool = False,
        timeout_s: float = 0.0,
        progress: Optional[Callable[[float], None]] = None,
        info: Optional[Callable[[str], None]] = None,
        warn: Optional[Callable[[str], None]] = None,
        is_canceled: Optional[Callable[[], bool]] = None,
        worker_name: str = "",
        poll_s: float = 0.2,
        wait_s: float = 2.0,
        keep_alive_s: float = 15.0,
    ) -> None:
        self.municipalities = list(municipalities)
        self.store = store
        self.launcher = launcher
        self.prepare = prepare
        self.settings = settings
        self.parallel = max(1, int(parallel))
        self.redo = redo
        self.timeout_s = float(timeout_s or 0.0)
        self.progress = progress or (lambda _f: None)
        self.info = info or LOG.info
        self.warn = warn or LOG.warning
        self.is_canceled = is_canceled or (lambda: False)
        self.worker_name = worker_name
        self.poll_s = poll_s
        self.wait_s = wait_s
        self.keep_alive_s = keep_alive_s
        self.outcomes: Dict[str, Outcome] = {}
        self._running: Dict[str, _Job] = {}
        self._waiting: Dict[str, Municipality] = {}
        self._seen: Dict[str, Optional[str]] = {}  # token of the marker found at the first look
        self._digests: Dict[str, str] = {}
        self.started = ""

    # ---------------------------------------------------------------- the loop
    def run(self) -> List[Outcome]:
        """Run every municipality (or skip it, or wait for another group); the outcomes in code order."""
        queue: Deque[Municipality] = deque(self.municipalities)
        self.started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        last_wait = 0.0
        last_alive = time.monotonic()
        try:
            while queue or self._waiting or self._running:
                self._check_cancel()
                self._collect()
                now = time.monotonic()
                while len(self._running) < self.parallel:
                    self._check_cancel()
                    if queue:
                        self._start(queue.popleft())
                        continue
                    if self._waiting and now - last_wait >= self.wait_s:
                        last_wait = now
                        before = len(self._running)
                        for code in list(self._waiting):
                            if len(self._running) >= self.parallel:
                                break
                            self._start(self._waiting.pop(code), again=True)
                        if len(self._running) == before:
                            break
                        continue
                    break
                if now - last_alive >= self.keep_alive_s:
                    self.store.keep_alive()
                    last_alive = now
                self._report()
                if self._running or self._waiting:
                    time.sleep(self.poll_s)
        except BaseException:
            self._stop_all()
            raise
        self.progress(1.0)
        return [self.outcomes[m.code] for m in self.municipalities if m.code in self.outcomes]

    def _check_cancel(self) -> None:
        """Stop everything when the user cancelled."""
        if self.is_canceled():
            raise Cancelled()

    def _report(self) -> None:
        """Overall progress: finished municipalities plus the running ones' own progress."""
        total = max(1, len(self.municipalities))
        running = sum(min(max(job.worker.progress, 0.0), 1.0) for job in self._running.values())
        self.progress((len(self.outcomes) + running) / total)

    # ---------------------------------------------------------------- one municipality
    def _done(self, outcome: Outcome) -> None:
        """Record an outcome and say it."""
        self.outcomes[outcome.municipality.code] = outcome
        label = outcome.municipality.label
        count = tr("{done} of {total}").format(done=len(self.outcomes), total=len(self.municipalities))
        if outcome.status == FAILED:
            self.warn(tr("{m}: failed ({count}): {message}").format(m=label, count=count, message=outcome.message))
        elif outcome.status == FINISHED:
            self.info(
                tr("{m}: finished in {s:.0f} s ({count}).").format(m=label, s=outcome.seconds or 0.0, count=count)
            )
        elif outcome.status == ELSEWHERE:
            self.info(tr("{m}: finished by another worker group ({count}).").format(m=label, count=count))
        else:
            self.info(
                tr("{m}: already finished with the same data and settings, skipped ({count}).").format(
                    m=label, count=count
                )
            )

    def _start(self, municipality: Municipality, again: bool = False) -> None:
        """Skip, defer or start one municipality."""
        code = municipality.code
        marker = self.store.finished(code)
        if not again:
            self._seen[code] = marker.get("token") if marker else None
        if code not in self._digests:
            try:
                prepared = self.prepare(municipality)
            except InputError as error:
                self._done(Outcome(municipality, FAILED, str(error)))
                return
            self._digests[code] = prepared.digest
        else:
            prepared = None
        digest = self._digests[code]
        if self._finished(code, marker, digest):
            self._done(
                Outcome(municipality, ELSEWHERE if again or self._during_run(marker) else SKIPPED, marker=marker)
            )
            return
        if not self.store.claim(code):
            if not again:
                self.info(
                    tr("{m}: another worker group is running it; waiting for its result.").format(m=municipality.label)
                )
            self._waiting[code] = municipality
            return
        marker = self.store.finished(code)  # it may have been finished while we looked
        if self._finished(code, marker, digest):
            self.store.release(code)
            self._done(
                Outcome(
                    municipality, ELSEWHERE if marker.get("token") != self._seen.get(code) else SKIPPED, marker=marker
                )
            )
            return
        if prepared is None:
            try:
                prepared = self.prepare(municipality)
            except InputError as error:
                self.store.release(code)
                self._done(Outcome(municipality, FAILED, str(error)))
                return
        self._launch(municipality, prepared)

    def _during_run(self, marker: dict) -> bool:
        """Whether another worker group finished it while this run was going on."""
        return marker.get("worker") != self.worker_name and str(marker.get("finished", "")) >= self.started

    def _finished(self, code: str, marker: Optional[dict], digest: str) -> bool:
        """Whether ``marker`` makes the municipality finished for this run (with REDO: only a new marker)."""
        if not _matches(marker, self.settings, digest):
            return False
        return not self.redo or marker.get("token") != self._seen.get(code)

    def _launch(self, municipality: Municipality, prepared: Prepared) -> None:
        """Stage, write the inputs and start a worker."""
        token = uuid.uuid4().hex[:10]
        staged = None
        try:
            staged = self.store.begin(municipality, token)
            parameters = dict(prepared.write(staged.inputs))
            parameters.update(staged.outputs)
            worker = self.launcher.start(municipality, parameters, staged.log)
        except InputError as error:
            if staged is not None:
                self.store.discard(staged, failed=True)
            self.store.release(municipality.code)
            self._done(Outcome(municipality, FAILED, str(error)))
            return
        except BaseException:
            if staged is not None:
                self.store.discard(staged, failed=False)
            self.store.release(municipality.code)
            raise
        self._running[municipality.code] = _Job(municipality, staged, worker, prepared, time.monotonic())
        self.info(tr("{m}: started.").format(m=municipality.label))

    def _collect(self) -> None:
        """Finish the jobs whose worker has ended (or has run out of time)."""
        for code, job in list(self._running.items()):
            exit_code = job.worker.poll()
            elapsed = time.monotonic() - job.started
            if exit_code is None and self.timeout_s and elapsed > self.timeout_s:
                job.worker.stop()
                del self._running[code]
                self.store.discard(job.staged, failed=True)
                self.store.release(code)
                self._done(
                    Outcome(
                        job.municipality,
                        FAILED,
                        tr("stopped after {minutes:.0f} minutes (the time limit); nothing of it was kept.").format(
                            minutes=self.timeout_s / 60.0
                        ),
                        elapsed,
                        job.worker.peak_mb,
                    )
                )
                continue
            if exit_code is None:
                continue
            del self._running[code]
            try:
                if exit_code != 0:
                    reason = job.worker.error() or tr("the worker stopped with code {code}.").format(code=exit_code)
                    raise InputError(reason)
                marker = self._marker(job, elapsed)
                self.store.publish(job.staged, marker)
            except (InputError, OSError, ValueError, KeyError) as error:
                self.store.discard(job.staged, failed=True)
                self.store.release(code)
                self._done(Outcome(job.municipality, FAILED, str(error), elapsed, job.worker.peak_mb))
                continue
            except BaseException:
                self.store.discard(job.staged, failed=False)
                self.store.release(code)
                raise
            self.store.release(code)
            self._done(Outcome(job.municipality, FINISHED, "", elapsed, job.worker.peak_mb, marker))

    def _marker(self, job: _Job, seconds: float) -> dict:
        """The completion marker of a finished attempt, with its indicators."""
        exposure, access, scenarios = self.store.read_summaries(job.staged)
        table = indicators(exposure, access, scenarios)
        return {
            "format": MARKER_FORMAT,
            "divipola": job.municipality.code,
            "municipality": job.municipality.name,
            "settings": self.settings,
            "inputs": job.prepared.digest,
            "token": job.staged.token,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(seconds, 3),
            "peak_mb": None if job.worker.peak_mb is None else round(job.worker.peak_mb, 1),
            "worker": self.worker_name,
            "records": records(table),
        }

    def _stop_all(self) -> None:
        """Stop every running worker, remove what it wrote and release its claim (cancel or error)."""
        for code, job in list(self._running.items()):
            try:
                job.worker.stop()
            finally:
                self.store.discard(job.staged, failed=False)
                self.store.release(code)
        self._running.clear()
        for code in list(self._waiting):
            self._waiting.pop(code)

    @property
    def stopped(self) -> List[Municipality]:
        """Municipalities without an outcome (after a cancel)."""
        return [m for m in self.municipalities if m.code not in self.outcomes]
