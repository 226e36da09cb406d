"""Installing the Python packages the analysis needs into the user's QGIS profile, with the Python QGIS runs.

For planners on Windows and macOS, who cannot be asked to open a terminal. With their consent the plugin runs::

    <QGIS's python> -m pip install --target <profile>/python/dependencies -c <constraints> "geopandas>=1.0" ...

* **Where**: ``python/dependencies`` inside the active QGIS user profile (``QgsApplication.qgisSettingsDirPath()``),
  never the system Python. The plugin puts that folder first on ``sys.path`` when it loads (:func:`activate`),
  before it checks its dependencies. Undo: delete the folder.
* **numpy is never replaced**: QGIS and GDAL are compiled against the numpy they ship, so the constraints file pins
  numpy to the running version, and :func:`prune` removes from the folder every package that QGIS already has in a
  version good enough (numpy always), so the folder never shadows QGIS's own builds.
* **Which Python**: on Windows ``sys.executable`` is ``qgis-bin.exe``; :func:`python_executable` looks for
  ``python.exe`` beside it, in ``sys.prefix`` and in OSGeo4W's ``apps/Python3*`` folders, on macOS in the
  bundle's ``bin`` and ``sys.prefix/bin``, and accepts a candidate only if it runs the same Python version as QGIS.
* **Linux** is left to the system's packages: PyPI wheels of shapely and pyproj carry their own GEOS/PROJ, which
  clash with the system libraries QGIS links (the process crashes), so shapely is built from source there
  (``deps.install_hint``).

Pure Python (no Qt): the dialog in ``gui/install.py`` runs :func:`install_command` in a QProcess and calls
:func:`failure_message` and :func:`prune`; tests call :func:`install` directly.
"""

from __future__ import annotations

import glob
import os
import platform
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Sequence, Tuple

from .core.i18n import tr

FOLDER = ("python", "dependencies")
CONSTRAINTS = "constraints.txt"
# Distributions that must always come from QGIS's own Python, even if pip put a copy into the folder.
NEVER_SHADOW = ("numpy",)


def supported(system: Optional[str] = None) -> bool:
    """Whether the plugin installs packages itself on this system (Windows and macOS; Linux uses its packages)."""
    return (system or platform.system()) in ("Windows", "Darwin")


def dependencies_folder(profile: str) -> Path:
    """The folder of the installed packages inside a QGIS profile folder."""
    return Path(profile).joinpath(*FOLDER)


def activate(folder: Path) -> bool:
    """Put ``folder`` first on ``sys.path`` (when it exists); True when it is there."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    text = str(folder)
    if text not in sys.path:
        sys.path.insert(0, text)
    return True


def _same_python(candidate: str) -> bool:
    """Whether ``candidate`` runs and is the same Python version as this process."""
    if not candidate or not os.path.isfile(candidate):
        return False
    try:
        done = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
            **_hidden_window(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == "{}.{}".format(*sys.version_info[:2])


def python_candidates(
    executable: Optional[str] = None, prefix: Optional[str] = None, windows: Optional[bool] = None
) -> List[str]:
    """Where the Python that QGIS runs may be, most likely first (see the module's note); the arguments default to
    this process's ``sys.executable``, ``sys.prefix`` and system."""
    version = "{}.{}".format(*sys.version_info[:2])
    windows = os.name == "nt" if windows is None else windows
    names = ["python.exe", "python3.exe"] if windows else [f"python{version}", "python3", "python"]
    executable = Path(executable or sys.executable)
    prefix = Path(prefix or sys.prefix)
    folders = [executable.parent, prefix, prefix / "bin", Path(sys.base_prefix)]
    if windows:  # OSGeo4W and the standalone installer: <root>/bin/qgis-bin.exe, <root>/apps/Python3*
        root = executable.parent.parent
        folders += [Path(p) for p in sorted(glob.glob(str(root / "apps" / "Python3*")), reverse=True)]
    else:  # macOS bundle: QGIS.app/Contents/MacOS/QGIS and QGIS.app/Contents/MacOS/bin/python3
        folders += [executable.parent / "bin", Path(sys.base_prefix) / "bin"]
    folders = [folder for folder in folders if str(folder) not in ("", ".")]
    candidates = []
    if executable.name.lower().startswith("python"):
        candidates.append(str(executable))
    candidates += [str(folder / name) for folder in folders for name in names]
    return list(dict.fromkeys(candidates))


def python_executable() -> Optional[str]:
    """The Python interpreter QGIS runs (the same version), or None."""
    return next((c for c in python_candidates() if _same_python(c)), None)


def _hidden_window() -> dict:
    """subprocess options that open no console window on Windows."""
    if os.name == "nt":
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


def has_pip(python: str) -> bool:
    """Whether ``python -m pip`` works."""
    try:
        done = subprocess.run(
            [python, "-m", "pip", "--version"], capture_output=True, text=True, timeout=120, **_hidden_window()
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def write_constraints(folder: Path) -> Path:
    """The pip constraints file (numpy pinned to the version QGIS runs) in ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder.parent / f"{folder.name}-{CONSTRAINTS}"
    lines = []
    try:
        lines.append(f"numpy=={metadata.version('numpy')}")
    except metadata.PackageNotFoundError:
        pass
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def install_command(
    python: str,
    folder: Path,
    requirements: Sequence[str],
    constraints: Path,
    wheels: Optional[str] = None,
    index_url: Optional[str] = None,
) -> List[str]:
    """The pip command line; with ``wheels`` (a folder of .whl files) pip installs from it alone, offline."""
    command = [python, "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--upgrade"]
    command += ["--target", str(folder), "--constraint", str(constraints)]
    if wheels:
        command += ["--no-index", "--find-links", str(wheels)]
    elif index_url:
        command += ["--index-url", index_url, "--retries", "1", "--timeout", "15"]
    return command + list(requirements)


def _distributions(folder: Path) -> Iterable[metadata.Distribution]:
    """The distributions pip installed into ``folder``."""
    return metadata.distributions(path=[str(folder)])


def _system_version(name: str, folder: Path) -> Optional[str]:
    """The version of distribution ``name`` that QGIS's Python has outside ``folder`` (None when it has none)."""
    others = [p for p in sys.path if p and Path(p).resolve() != Path(folder).resolve()]
    found = next(iter(metadata.distributions(name=name, path=others)), None)
    return found.version if found is not None else None


def prune(folder: Path, minimum: Callable[[str], Optional[Tuple[int, ...]]]) -> List[str]:
    """Remove from ``folder`` the packages QGIS's own Python already has: numpy always, and any other one whose
    version there meets ``minimum(name)`` (a version tuple, or None for "any"). Returns the names removed."""
    from .deps import version_tuple

    removed = []
    for dist in list(_distributions(folder)):
        name = (dist.metadata["Name"] or "").lower()
        system = _system_version(name, folder)
        if system is None:
            continue
        needed = minimum(name)
        if name not in NEVER_SHADOW and needed is not None and version_tuple(system) < needed:
            continue
        for file in dist.files or []:
            path = Path(dist.locate_file(file))
            if path.is_file() and Path(folder).resolve() in path.resolve().parents:
                path.unlink()
        info = next((Path(dist.locate_file(f)).parent for f in dist.files or [] if f.name == "METADATA"), None)
        if info is not None and info.name.endswith(".dist-info"):
            shutil.rmtree(info, ignore_errors=True)
        removed.append(name)
    for path in sorted(Path(folder).rglob("*"), reverse=True):  # folders left empty
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed


# Lines of pip's log that say the package index could not be reached.
_UNREACHABLE = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Max retries exceeded",
    "ConnectTimeoutError",
    "Temporary failure in name resolution",
    "Name or service not known",
    "getaddrinfo failed",
    "SSLError",
    "Could not fetch URL",
    "No matching distribution found",
    "Connection refused",
)


def failure_message(log: str, folder: Path, wheels: Optional[str] = None) -> str:
    """What went wrong, for the user, from pip's log."""
    if not wheels and any(marker in log for marker in _UNREACHABLE):
        return tr(
            "The Python package index (pypi.org) could not be reached, so nothing was installed. Check the internet "
            "connection (or the proxy settings), or, on a computer without internet, install from a folder of wheel "
            "files: {command}"
        ).format(command=offline_command(folder))
    return tr("pip could not install the packages into {folder}; nothing was changed in QGIS. pip's log:").format(
        folder=folder
    )


def offline_command(folder: Path, python: str = "python") -> str:
    """The commands for an office without internet: download the wheels elsewhere, install from the folder."""
    from .deps import REQUIREMENTS

    packages = " ".join(f'"{dist}>={minimum}"' for dist, _module, minimum in REQUIREMENTS)
    return (
        f"{python} -m pip download -d wheels {packages}  (on a computer with internet and the same Python "
        f"version and system), then {python} -m pip install --no-index --find-links wheels --target "
        f'"{folder}" {packages}'
    )


def install(
    python: str,
    folder: Path,
    requirements: Sequence[str],
    wheels: Optional[str] = None,
    index_url: Optional[str] = None,
    minimum: Callable[[str], Optional[Tuple[int, ...]]] = lambda name: None,
    timeout: float = 1800,
) -> Tuple[bool, str, str]:
    """Run pip without a dialog (tests, scripts): (ok, message for the user, pip's log)."""
    if not has_pip(python):
        return False, no_pip_message(python), ""
    constraints = write_constraints(folder)
    command = install_command(python, folder, requirements, constraints, wheels, index_url)
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=pip_environment(), **_hidden_window()
        )
    except subprocess.TimeoutExpired as error:
        return False, failure_message(str(error), folder, wheels), str(error)
    log = done.stdout + done.stderr
    if done.returncode != 0:
        return False, failure_message(log, folder, wheels), log
    prune(folder, minimum)
    return True, restart_message(folder), log


def pip_environment() -> dict:
    """The environment of pip's process: QGIS's, without the variables that would make pip use another Python's
    site-packages."""
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "PIP_TARGET", "PIP_PREFIX", "PIP_USER", "PYTHONUSERBASE"):
        env.pop(name, None)
    env["PYTHONNOUSERSITE"] = "1"
    return env


def no_python_message() -> str:
    """Refusal: the Python that QGIS runs was not found."""
    return tr(
        "The Python interpreter that QGIS uses was not found next to QGIS ({path}), so the packages cannot be "
        "installed automatically. See the installation page of the user guide for the manual command."
    ).format(path=sys.executable)


def no_pip_message(python: str) -> str:
    """Refusal: QGIS's Python has no pip."""
    return tr(
        "The Python that QGIS uses ({python}) has no pip, so the packages cannot be installed automatically. On "
        "Windows, run the OSGeo4W installer and add the package 'python3-pip'; then try again."
    ).format(python=python)


def restart_message(folder: Path) -> str:
    """Success: where the packages went and what to do next."""
    return tr(
        "The packages were installed into {folder}. Restart QGIS to use Migrant Integration Planner. To undo, "
        "close QGIS and delete that folder."
    ).format(folder=folder)
