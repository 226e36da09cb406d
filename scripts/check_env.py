#!/usr/bin/env python3
"""Check that the environment is sound: system numpy, and shapely/pyproj linked to QGIS's GEOS/PROJ."""

from __future__ import annotations

import subprocess
import sys


def main() -> int:
    """Print the versions; exit 1 on a mismatch that would crash QGIS or qgis_process."""
    import geopandas
    import numpy
    import pyproj
    import qgis.core  # noqa: F401
    import shapely
    from osgeo import gdal, gdal_array  # noqa: F401

    problems = []
    if not numpy.__file__.startswith("/usr/lib/python3"):
        problems.append(f"numpy comes from {numpy.__file__}, not from the system (GDAL/QGIS need the system one)")
    system_geos = subprocess.run(["geos-config", "--version"], capture_output=True, text=True).stdout.strip()
    linked = ".".join(str(v) for v in shapely.geos_version)
    if system_geos and not system_geos.startswith(linked):
        problems.append(f"shapely uses GEOS {linked}, QGIS uses {system_geos}: rebuild shapely from source")
    if not pyproj.__file__.startswith("/usr/lib/python3"):
        problems.append(f"pyproj comes from {pyproj.__file__}: use the system package python3-pyproj")
    print(
        f"environment: numpy {numpy.__version__}, GDAL {gdal.__version__}, shapely {shapely.__version__} "
        f"(GEOS {linked}), pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}), "
        f"geopandas {geopandas.__version__}"
    )
    for problem in problems:
        print(f"ENVIRONMENT PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
