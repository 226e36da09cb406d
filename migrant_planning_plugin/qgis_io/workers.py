"""Worker processes of a run for many municipalities: QGIS's own ``qgis_process``.

Which ``qgis_process`` (:func:`find_qgis_process`): the workers must be the QGIS that is running, so the
executable is looked for next to it, in this order: the folder of the running program
(``QgsApplication.applicationDirPath()``: ``/usr/bin`` for Debian's QGIS, ``C:\\OSGeo4W\\apps\\qgis-ltr\\bin`` in
OSGeo4W, ``QGIS.app/Contents/MacOS`` on macOS), then ``<prefix>/bin``, ``<prefix>/libexec`` (and
``libexec/qgis``), ``<prefix>``, and the OSGeo4W root's ``bin`` with its ``qgis_process-qgis-ltr.bat`` /
``qgis_process-qgis.bat`` wrappers, then the PATH. In each folder ``qgis_process.bin`` comes before
``qgis_process``: Debian's ``/usr/bin/qgis_process`` is a wrapper script that fails ("Command --noversioncheck
not known"). On Windows ``qgis_process.exe`` comes before the ``.bat`` wrappers: started from inside QGIS it
inherits QGIS's environment (PATH, PYTHONHOME, GDAL_DATA, PROJ_LIB) and needs no wrapper. The environment
variable ``QGIS_PROCESS`` or the algorithm's advanced parameter overrides the search.

How a worker finds the plugin (:func:`worker_environment`): each run writes a small private QGIS profile
(``QGIS_CUSTOM_CONFIG_PATH``) in which only this plugin is enabled and the user's language is set, and points
``QGIS_PLUGINPATH`` at the folder that holds the plugin that is running (installed, or a source checkout seen
through a folder of links); ``PYTHONPATH`` gets the folders this Python found geopandas, shapely and the other
dependencies in. So a worker runs the same QGIS, the same plugin and the same Python packages, never the user's
own profile (whose plugins and settings could differ). Passwords never appear on a command line: the database
password of the outputs reaches the workers as ``PGPASSWORD`` in their environment.

Workers live long (:class:`WorkerPool`): each is one ``qgis_process run migrant_planning:national_worker`` that
starts QGIS and the plugin once and then runs one municipality after the other, handed to it through its mailbox
folder (``job.json`` in, ``result.json`` out, the job's log and progress in files); it is replaced after
:data:`JOBS_PER_WORKER` municipalities, when it dies, or when it is stopped. The process (:class:`WorkerProcess`)
writes what it prints into a log file, its peak memory is sampled (Linux), and :meth:`WorkerProcess.stop` ends it
and its children (the process group on Linux and macOS, ``taskkill /T`` on Windows).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from ..core.errors import InputError
from ..core.i18n import tr
from ..paths import METADATA_FILE, PACKAGE_DIR, TOP_DIR

WINDOWS = sys.platform.startswith("win")
# Python packages the workers must find as this process finds them.
DEPENDENCIES = ("geopandas", "shapely", "pandas", "pyproj", "scipy", "matplotlib", "numpy")
_ERROR = re.compile(r"^ERROR:\s*(.+)$", re.MULTILINE)
_STEP = re.compile(r"^(?:ERROR:\s*)?Error encountered while running (.+)$", re.MULTILINE)
# The mailbox of a long-lived worker (processing/algorithms/national_worker.py): the run writes JOB, the worker
# answers RESULT and keeps PROGRESS up to date; STOP asks it to end.
JOB, RESULT, PROGRESS, STOP = "job.json", "result.json", "progress", "stop"
WORKER_ALGORITHM = "migrant_planning:national_worker"
JOBS_PER_WORKER = 20
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") and "SC_PAGE_SIZE" in os.sysconf_names else 4096


# ----------------------------------------------------------------------------------- which qgis_process


def executable_names() -> List[str]:
    """qgis_process file names to look for, best first, on this platform."""
    if WINDOWS:
        return ["qgis_process.exe", "qgis_process-qgis-ltr.bat", "qgis_process-qgis.bat", "qgis_process-qgis-dev.bat"]
    return ["qgis_process.bin", "qgis_process"]


def candidate_folders(application_dir: str, prefix: str) -> List[Path]:
    """Folders where the qgis_process of a QGIS installation may be, best first (see the module docstring)."""
    folders: List[Path] = []
    if application_dir:
        folders += [Path(application_dir), Path(application_dir) / "bin"]
    if prefix:
        root = Path(prefix)
        folders += [root / "bin", root / "libexec", root / "libexec" / "qgis", root, root.parent.parent / "bin"]
    unique: List[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def find_qgis_process(explicit: str = "", application_dir: Optional[str] = None, prefix: Optional[str] = None) -> str:
    """The qgis_process executable of the running QGIS (or ``explicit``); a clear refusal when there is none."""
    chosen = (explicit or os.environ.get("QGIS_PROCESS", "")).strip()
    if chosen:
        found = shutil.which(chosen) or (chosen if os.path.isfile(chosen) else None)
        if found and not WINDOWS and not os.access(found, os.X_OK):
            raise InputError(
                tr(
                    "The file '{path}' is not a program (it may not be run). Choose the qgis_process of this QGIS."
                ).format(path=chosen)
            )
        if not found:
            raise InputError(
                tr("The qgis_process program '{path}' does not exist. Choose the qgis_process of this QGIS.").format(
                    path=chosen
                )
            )
        return found
    if application_dir is None or prefix is None:
        from qgis.core import QgsApplication

        application_dir = QgsApplication.applicationDirPath() if application_dir is None else application_dir
        prefix = QgsApplication.prefixPath() if prefix is None else prefix
    names = executable_names()
    for folder in candidate_folders(application_dir, prefix):
        for name in names:
            path = folder / name
            if path.is_file() and (WINDOWS or os.access(path, os.X_OK)):
                return str(path)
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise InputError(
        tr(
            "qgis_process, the command-line program of QGIS that runs the municipalities, was not found next to "
            "this QGIS ({folder}). Install it with QGIS (OSGeo4W: the qgis-ltr package; Debian/Ubuntu: the qgis "
            "package), or give its path in the advanced parameter 'qgis_process program'."
        ).format(folder=application_dir or prefix)
    )


# ----------------------------------------------------------------------------------- the workers' environment


def plugin_parent(work: Path) -> Path:
    """The folder to put on ``QGIS_PLUGINPATH`` so that a worker loads this very plugin.

    An installed (or staged) plugin holds its metadata.txt: its parent folder. A source checkout keeps
    metadata.txt, resources/ and i18n/ beside the package: a folder of links that QGIS sees as the plugin.
    """
    if (PACKAGE_DIR / "metadata.txt").is_file():
        return PACKAGE_DIR.parent
    view = work / "plugin" / PACKAGE_DIR.name
    view.mkdir(parents=True, exist_ok=True)
    entries = [p for p in PACKAGE_DIR.iterdir() if p.name != "__pycache__"]
    entries += [METADATA_FILE, TOP_DIR / "resources", TOP_DIR / "i18n", TOP_DIR / "LICENSE"]
    for entry in entries:
        link = view / entry.name
        if entry.exists() and not (link.exists() or link.is_symlink()):
            try:
                link.symlink_to(entry, target_is_directory=entry.is_dir())
            except OSError as error:
                raise InputError(
                    tr(
                        "The plugin runs from a source folder and the workers cannot see it ({error}). Install the "
                        "plugin (make deploy, or from its zip) and run again."
                    ).format(error=error)
                ) from None
    return view.parent


def dependency_paths(names: Iterable[str] = DEPENDENCIES) -> List[str]:
    """The folders this Python finds the plugin's dependencies in, in the order of ``sys.path``."""
    found = set()
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = getattr(spec, "origin", None) if spec is not None else None
        if origin:
            found.add(os.path.normcase(os.path.abspath(str(Path(origin).parent.parent))))
    ordered = []
    for entry in sys.path:
        key = os.path.normcase(os.path.abspath(entry or "."))
        if key in found and entry not in ordered:
            ordered.append(entry)
    return ordered


def write_profile(root: Path, plugin_name: str, language: str) -> Path:
    """A private QGIS profile root with only ``plugin_name`` enabled and the interface in ``language``."""
    settings = root / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True, exist_ok=True)
    (root / "profiles" / "default" / "python" / "plugins").mkdir(parents=True, exist_ok=True)
    (settings / "QGIS3.ini").write_text(
        f"[PythonPlugins]\n{plugin_name}=true\n\n[locale]\noverrideFlag=true\nuserLocale={language}\n",
        encoding="utf-8",
    )
    return root


def worker_environment(work: Path, language: str, password: str = "", base: Optional[Dict[str, str]] = None) -> dict:
    """The environment of the workers of a run whose private folder is ``work`` (see the module docstring)."""
    env = dict(os.environ if base is None else base)
    profile = write_profile(work / "qgis-profile", PACKAGE_DIR.name, language)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile)
    plugins = str(plugin_parent(work))
    env["QGIS_PLUGINPATH"] = os.pathsep.join(p for p in (plugins, env.get("QGIS_PLUGINPATH", "")) if p)
    paths = dependency_paths()
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(p for p in paths + [env.get("PYTHONPATH", "")] if p))
    if not WINDOWS:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # workers never open a window
    if password:
        env["PGPASSWORD"] = password
    return env


# ----------------------------------------------------------------------------------- one worker


def rss_mb(pid: int) -> Optional[float]:
    """Resident memory of process ``pid`` in MB (Linux), or None."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * _PAGE / 2**20
    except (OSError, ValueError, IndexError):
        return None


def write_text(path: Path, text: str) -> None:
    """Write a small file atomically (a temporary file renamed over it)."""
    partial = Path(str(path) + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer is still running (never signals it)."""
    if pid <= 0:
        return False
    if WINDOWS:
        import ctypes

        process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not process:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(process)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def first_error(text: str) -> str:
    """The reason a qgis_process run failed, from what it printed: the step and the first error message (with the
    indented lines that follow it, such as the parameters qgis_process says are missing)."""
    lines = text.splitlines()
    step = next((m.group(1).strip() for m in map(_STEP.match, lines) if m), "")
    for k, line in enumerate(lines):
        found = _ERROR.match(line)
        if not found or found.group(1).startswith("Error encountered while running"):
            continue
        message = [found.group(1).strip()]
        for following in lines[k + 1 :]:
            if following.strip() and not following.startswith(("\t", " ")):
                break
            if following.strip():
                message.append(" ".join(following.split()))
        joined = " ".join(message)
        return f"{step}: {joined}" if step else joined
    kept = [line.strip() for line in lines if line.strip() and not line.startswith(("QStandardPaths", " ", "<string>"))]
    return " / ".join(kept[-3:])


class WorkerProcess:
    """A qgis_process whose output goes to a log file, in a process group of its own (see :meth:`stop`)."""

    def __init__(self, command: List[str], env: dict, log_path: str, cwd: Optional[str] = None) -> None:
        self.command = command
        self.log_path = log_path
        self._log = open(log_path, "wb")
        kwargs: dict = {"stdout": self._log, "stderr": subprocess.STDOUT, "stdin": subprocess.DEVNULL, "env": env}
        if cwd:
            kwargs["cwd"] = cwd
        if WINDOWS:
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            kwargs["start_new_session"] = True  # its own process group: stop() ends it with its children
        try:
            self.process = subprocess.Popen(command, **kwargs)
        except OSError as error:
            self._log.close()
            raise InputError(
                tr("qgis_process could not be started ({program}): {error}").format(program=command[0], error=error)
            ) from None
        self.pid = self.process.pid

    def stop(self, grace_s: float = 5.0) -> None:
        """End the process and its children, wait for them, and close the log."""
        if self.process.poll() is None:
            try:
                if WINDOWS:
                    subprocess.run(
                        ["taskkill", "/F", "/T", "/PID", str(self.pid)],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                    )
                else:
                    os.killpg(self.pid, signal.SIGTERM)
            except (OSError, ProcessLookupError):
                pass
            try:
                self.process.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                try:
                    if WINDOWS:
                        self.process.kill()
                    else:
                        os.killpg(self.pid, signal.SIGKILL)
                except (OSError, ProcessLookupError):
                    pass
                self.process.wait()
        if not self._log.closed:
            self._log.close()


class PooledWorker:
    """One long-lived worker process (``migrant_planning:national_worker``) and its mailbox folder."""

    def __init__(self, executable: str, env: dict, folder: Path, max_jobs: int, cwd: Optional[str] = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in (JOB, RESULT, PROGRESS, STOP):
            if (folder / name).exists():
                (folder / name).unlink()
        self.folder = folder
        self.max_jobs = max_jobs
        self.jobs = 0
        self.job: Optional[str] = None
        command = [executable, "run", WORKER_ALGORITHM, "--", f"MAILBOX={folder}", f"PARENT={os.getpid()}"]
        command += [f"MAX_JOBS={max_jobs}", "IDLE=3600"]
        self.process = WorkerProcess(command, env, str(folder / "worker.log"), cwd)

    @property
    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process.process.poll() is None

    @property
    def free(self) -> bool:
        """Whether it can take a job now."""
        return self.alive and self.job is None and self.jobs < self.max_jobs

    def give(self, job_id: str, algorithm: str, parameters: Dict[str, str], log_path: str) -> None:
        """Put a job into the mailbox."""
        job = {"id": job_id, "algorithm": algorithm, "parameters": parameters, "log": log_path}
        write_text(self.folder / JOB, json.dumps(job, ensure_ascii=False))
        self.job = job_id
        self.jobs += 1

    def answer(self, job_id: str) -> Optional[dict]:
        """The result of job ``job_id`` once the worker wrote it."""
        path = self.folder / RESULT
        try:
            result = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if result.get("id") != job_id:
            return None
        path.unlink()
        self.job = None
        return result

    def progress(self, job_id: str) -> Optional[float]:
        """The progress (0-1) the worker wrote for job ``job_id``."""
        try:
            owner, value = (self.folder / PROGRESS).read_text(encoding="utf-8").split()
        except (OSError, ValueError):
            return None
        return float(value) if owner == job_id else None


class PooledJob:
    """One municipality given to a pooled worker (the :class:`..core.national_run.Worker` of the scheduler)."""

    def __init__(self, worker: PooledWorker, job_id: str, log_path: str) -> None:
        self.worker = worker
        self.id = job_id
        self.log_path = log_path
        self.progress = 0.0
        self.peak_mb: Optional[float] = None
        self._code: Optional[int] = None
        self._error = ""

    def poll(self) -> Optional[int]:
        """0 when the municipality succeeded, 1 when it failed, another code when the worker died; None: running."""
        if self._code is not None:
            return self._code
        memory = rss_mb(self.worker.process.pid)
        if memory is not None:
            self.peak_mb = max(self.peak_mb or 0.0, memory)
        result = self.worker.answer(self.id)
        if result is not None:
            self._code = 0 if result.get("ok") else 1
            self._error = str(result.get("error") or "")
            return self._code
        progress = self.worker.progress(self.id)
        if progress is not None:
            self.progress = max(self.progress, progress)
        exit_code = self.worker.process.process.poll()
        if exit_code is not None:  # the worker ended without answering: it crashed or was killed
            self.worker.job = None
            self._code = exit_code if exit_code not in (0, None) else -1
            self._error = self._crash_reason(exit_code)
        return self._code

    def _crash_reason(self, exit_code: int) -> str:
        """What the job's log or the worker's own log says, else that the worker stopped."""
        for path in (self.log_path, self.worker.process.log_path):
            try:
                text = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if "ERROR" in text or (path == self.worker.process.log_path and text.strip()):
                reason = first_error(text)
                if reason:
                    return reason
        return tr("the worker process stopped (code {code}) while running this municipality.").format(code=exit_code)

    def stop(self) -> None:
        """Kill the worker (its job is lost; a fresh worker takes the next job)."""
        self.worker.process.stop()
        self.worker.job = None
        if self._code is None:
            self._code = -9

    def error(self) -> str:
        """Why the municipality failed."""
        return self._error


class WorkerPool:
    """Long-lived qgis_process workers that take one municipality at a time (the scheduler's Launcher).

    QGIS and the plugin start once per worker, not once per municipality; a worker is replaced after
    :data:`JOBS_PER_WORKER` municipalities, when it dies, or when it is stopped (cancel, time limit).
    """

    def __init__(
        self,
        executable: str,
        algorithm: str,
        env: dict,
        folder: Path,
        cwd: Optional[str] = None,
        max_jobs: int = JOBS_PER_WORKER,
    ) -> None:
        self.executable = executable
        self.algorithm = algorithm
        self.env = env
        self.folder = Path(folder)
        self.cwd = cwd
        self.max_jobs = max_jobs
        self.workers: List[PooledWorker] = []
        self.started = 0

    def start(self, municipality, parameters: Dict[str, str], log_path: str) -> PooledJob:
        """Give one municipality to a free worker (started now when none is free)."""
        for ended in [w for w in self.workers if not w.alive]:
            ended.process.stop()  # closes its log
        self.workers = [w for w in self.workers if w.alive]
        worker = next((w for w in self.workers if w.free), None)
        if worker is None:
            self.started += 1
            worker = PooledWorker(
                self.executable, self.env, self.folder / f"worker-{self.started}", self.max_jobs, self.cwd
            )
            self.workers.append(worker)
        job_id = uuid.uuid4().hex
        worker.give(job_id, self.algorithm, parameters, log_path)
        return PooledJob(worker, job_id, log_path)

    def stop_all(self, grace_s: float = 10.0) -> None:
        """Ask every worker to stop, and stop those that do not."""
        for worker in self.workers:
            if worker.alive:
                try:
                    (worker.folder / STOP).touch()
                except OSError:
                    pass
        wait_for(lambda: not any(w.alive and w.job is None for w in self.workers), grace_s)
        for worker in self.workers:
            worker.process.stop()  # ends a worker still running; closes the log of one that ended
        self.workers = []


def wait_for(condition, timeout_s: float, step_s: float = 0.1) -> bool:
    """Poll ``condition`` until it is true or ``timeout_s`` passed; whether it became true."""
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(step_s)
    return bool(condition())
