"""Check, without importing them, that the Python packages the analysis needs are installed."""

from __future__ import annotations

import platform
import re
from importlib import metadata
from typing import List, Tuple

from .core.i18n import tr

# (distribution, import name, minimum version)
REQUIREMENTS: Tuple[Tuple[str, str, str], ...] = (
    ("geopandas", "geopandas", "1.0"),
    ("shapely", "shapely", "2.0"),
    ("pandas", "pandas", "1.4"),
    ("pyproj", "pyproj", "3.3"),
    ("scipy", "scipy", "1.6"),
)


def _version_tuple(text: str) -> Tuple[int, ...]:
    """(1, 0, 2) for '1.0.2' (non-numeric suffixes ignored)."""
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def missing_requirements() -> List[str]:
    """'geopandas>=1.0 (found 0.12.2)'-style descriptions of what is missing or too old."""
    problems = []
    for dist, _module, minimum in REQUIREMENTS:
        try:
            found = metadata.version(dist)
        except metadata.PackageNotFoundError:
            problems.append(tr("{package}>={minimum} (not installed)").format(package=dist, minimum=minimum))
            continue
        if _version_tuple(found) < _version_tuple(minimum):
            problems.append(
                tr("{package}>={minimum} (found {found})").format(package=dist, minimum=minimum, found=found)
            )
    return problems


def install_hint() -> str:
    """How to install the requirements into QGIS's Python on this platform."""
    packages = " ".join(f'"{dist}>={minimum}"' for dist, _m, minimum in REQUIREMENTS)
    system = platform.system()
    if system == "Windows":
        return tr(
            "Close QGIS, open the 'OSGeo4W Shell' from the Start menu (as administrator) and run: "
            "python -m pip install {packages}  -- then start QGIS again."
        ).format(packages=packages)
    if system == "Darwin":
        return tr(
            "Close QGIS, open a Terminal and run: "
            "/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {packages}  -- then start QGIS again."
        ).format(packages=packages)
    return tr(
        "Close QGIS and open a terminal. On Debian/Ubuntu run: sudo apt install python3-pandas python3-pyproj "
        "python3-scipy libgeos-dev python3-dev gcc && python3 -m pip install --user --break-system-packages "
        "--no-binary shapely 'shapely>=2.0' && python3 -m pip install --user --break-system-packages --no-deps "
        "'geopandas>=1.0,<1.1' -- then start QGIS again. (shapely is built from source so that it uses the same "
        "GEOS library as QGIS; a PyPI wheel would crash QGIS.)"
    )


def dependency_message() -> str:
    """One message naming what is missing and how to install it; empty when all is well."""
    problems = missing_requirements()
    if not problems:
        return ""
    return tr("Migrant Integration Planner needs these Python packages: {problems}. {hint}").format(
        problems=", ".join(problems), hint=install_hint()
    )
