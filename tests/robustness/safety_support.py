"""Helpers of the data-safety tests (issue 14): layer digests, a small tmpfs, the plugin installed for qgis_process."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else shutil.which("qgis_process")
)
STAGED = (".partial", ".backup")


def layer_digests(path: str) -> Dict[str, Tuple[int, str]]:
    """Every layer of a vector file: its feature count and a digest of its features (fid, geometry, values)."""
    dataset = ogr.Open(str(path))
    out = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        digest = hashlib.sha256()
        count = 0
        layer.ResetReading()
        for feature in layer:
            count += 1
            geometry = feature.GetGeometryRef()
            digest.update(str(feature.GetFID()).encode())
            digest.update(geometry.ExportToWkb() if geometry is not None else b"-")
            for field in range(feature.GetFieldCount()):
                digest.update(repr(feature.GetField(field)).encode("utf-8"))
        out[layer.GetName()] = (count, digest.hexdigest())
    return out


def feature_count(uri: str) -> int:
    """Features of a layer given as 'path' or 'path|layername=x'."""
    path, _sep, layer = str(uri).partition("|layername=")
    dataset = ogr.Open(path)
    found = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    return found.GetFeatureCount()


def leftovers(folder) -> List[str]:
    """Temporary files of staged outputs (or SQLite journals) left in a folder tree."""
    found = []
    for path in Path(folder).rglob("*"):
        name = path.name
        if any(mark in name for mark in STAGED) or name.endswith(("-journal", "-wal", "-shm")):
            found.append(str(path))
    return found


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Optional[Path]]:
    """A small tmpfs mounted at ``folder`` (a full disk on demand); None when this system cannot mount one."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield folder
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
                break
            time.sleep(0.2)
        else:  # a file still open (a failing test): detach it now, it goes when the file is closed
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int) -> None:
    """Fill a file system up to ``leave`` bytes of free space."""
    free = shutil.disk_usage(folder).free
    if free > leave:
        with open(folder / "filler.bin", "wb") as handle:
            handle.write(b"\0" * (free - leave))


def install_plugin(profile_root: Path) -> dict:
    """The plugin staged into a fresh QGIS profile under ``profile_root``; returns the environment for qgis_process."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import package

    staged = package.stage()
    plugins = profile_root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    shutil.copytree(staged, plugins / staged.name, dirs_exist_ok=True)
    settings = profile_root / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "QGIS3.ini").write_text("[PythonPlugins]\nmigrant_planning_plugin=true\n")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_root)
    site = sysconfig.get_paths()["purelib"]  # the venv's packages (geopandas, shapely) for QGIS's Python
    env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH", "")) if p)
    return env


def qgis_process(env: dict, algorithm: str, parameters: Dict[str, object]) -> subprocess.Popen:
    """Start ``qgis_process run migrant_planning:<algorithm>`` (not waited for)."""
    arguments = [QGIS_PROCESS, "--json", "run", f"migrant_planning:{algorithm}", "--"]
    arguments += [f"{key}={value}" for key, value in parameters.items()]
    return subprocess.Popen(arguments, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
