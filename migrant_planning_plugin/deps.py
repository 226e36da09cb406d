"""Check, without importing them, that the Python packages the analysis needs are installed."""

from __future__ import annotations

import platform
import re
from importlib import metadata
from typing import List, Optional, Tuple

from .core.i18n import tr

# (distribution, import name, minimum version)
REQUIREMENTS: Tuple[Tuple[str, str, str], ...] = (
    ("geopandas", "geopandas", "1.0"),
    ("shapely", "shapely", "2.0"),
    ("pandas", "pandas", "1.4"),
    ("pyproj", "pyproj", "3.3"),
    ("scipy", "scipy", "1.6"),
)


def version_tuple(text: str) -> Tuple[int, ...]:
    """(1, 0, 2) for '1.0.2' (non-numeric suffixes ignored)."""
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def minimum_version(dist: str) -> Optional[Tuple[int, ...]]:
    """The minimum version of a required distribution as a tuple (None when it is not one of ours)."""
    found = next((minimum for name, _m, minimum in REQUIREMENTS if name == dist.lower()), None)
    return version_tuple(found) if found else None


def requirements_to_install() -> List[str]:
    """pip requirement specifiers ('geopandas>=1.0') of what is missing or too old."""
    wanted = []
    for dist, _module, minimum in REQUIREMENTS:
        try:
            if version_tuple(metadata.version(dist)) >= version_tuple(minimum):
                continue
        except metadata.PackageNotFoundError:
            pass
        wanted.append(f"{dist}>={minimum}")
    return wanted


def missing_requirements() -> List[str]:
    """'geopandas>=1.0 (found 0.12.2)'-style descriptions of what is missing or too old."""
    problems = []
    for dist, _module, minimum in REQUIREMENTS:
        try:
            found = metadata.version(dist)
        except metadata.PackageNotFoundError:
            problems.append(tr("{package}>={minimum} (not installed)").format(package=dist, minimum=minimum))
            continue
        if version_tuple(found) < version_tuple(minimum):
            problems.append(
                tr("{package}>={minimum} (found {found})").format(package=dist, minimum=minimum, found=found)
            )
    return problems


def install_hint(system: Optional[str] = None, folder: str = "") -> str:
    """How to install the requirements into QGIS's Python on this platform (``folder``: the profile's
    dependencies folder, see installer.py)."""
    packages = " ".join(f'"{dist}>={minimum}"' for dist, _m, minimum in REQUIREMENTS)
    system = system or platform.system()
    target = folder or tr("<QGIS profile folder>/python/dependencies")
    if system in ("Windows", "Darwin"):
        python = "python" if system == "Windows" else "/Applications/QGIS.app/Contents/MacOS/bin/python3"
        return tr(
            "Click Install in the message bar: the plugin installs them with QGIS's own Python into your QGIS "
            "profile ({target}), then asks you to restart QGIS. Without internet, see the installation page of "
            'the user guide. By hand: close QGIS and run {python} -m pip install --target "{target}" {packages}'
        ).format(target=target, python=python, packages=packages)
    return tr(
        "Close QGIS and open a terminal. On Debian/Ubuntu run: sudo apt install python3-pandas python3-pyproj "
        "python3-scipy libgeos-dev python3-dev gcc && python3 -m pip install --user --break-system-packages "
        "--no-binary shapely 'shapely>=2.0' && python3 -m pip install --user --break-system-packages --no-deps "
        "'geopandas>=1.0,<1.1' -- then start QGIS again. On Linux the plugin does not install them itself: the "
        "packages of PyPI (wheels) carry their own GEOS and PROJ libraries, which clash with the ones QGIS uses and "
        "crash QGIS, so pyproj, pandas and scipy come from the distribution and shapely is built from source."
    )


def dependency_message(folder: str = "") -> str:
    """One message naming what is missing and how to install it; empty when all is well."""
    problems = missing_requirements()
    if not problems:
        return ""
    return tr("Migrant Integration Planner needs these Python packages: {problems}. {hint}").format(
        problems=", ".join(problems), hint=install_hint(folder=folder)
    )
