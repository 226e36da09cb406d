"""The packaged plugin passes the plugin repository's upload rules, installs into a clean QGIS profile
and runs from qgis_process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402

QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else shutil.which("qgis_process")
)


@pytest.fixture(scope="module")
def plugin_zip() -> Path:
    package.stage()
    return package.make_zip()


def test_zip_passes_upload_checks(plugin_zip):
    assert package.check(plugin_zip) == []
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    assert "migrant_planning_plugin/resources/sample_data/villa_esperanza.gpkg" in names
    assert not any(name.endswith(".ts") or "/tests/" in name for name in names)
    assert plugin_zip.stat().st_size < 25 * 2**20


def test_every_step_of_the_dock_finds_its_help_page_in_the_zip(plugin_zip):
    """The "?" of each step opens a page the zip ships (built from docs/user-guide/), at the step's section."""
    import re

    from migrant_planning_plugin.help import STEP_SECTIONS, step_page

    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
        for language, (_chapter, sections) in STEP_SECTIONS.items():
            for step in sections:
                page, anchor = step_page(step, language)
                name = f"migrant_planning_plugin/help/{page}"
                assert name in names, name
                assert f'id="{anchor}"' in archive.read(name).decode("utf-8"), (language, step)
        shown = re.findall(r'src="\.\./images/([^"]+)"', archive.read(name).decode("utf-8"))
        assert shown and all(f"migrant_planning_plugin/help/user-guide/images/{image}" in names for image in shown)
        assert "migrant_planning_plugin/help/algorithms/index.html" in names
        assert "migrant_planning_plugin/help/data_dictionary.html" in names


def test_check_rejects_bad_zips(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("Bad-Name/__init__.py", "")
        archive.writestr("Bad-Name/__pycache__/x.pyc", "")
        archive.writestr("Bad-Name/metadata.txt", "[general]\nname=x\nicon=missing.svg\n")
        archive.writestr("other/readme.txt", "")
    problems = " | ".join(package.check(bad))
    assert "one top folder" in problems
    bad2 = tmp_path / "bad2.zip"
    with zipfile.ZipFile(bad2, "w") as archive:
        archive.writestr("Bad-Name/__init__.py", "")
        archive.writestr("Bad-Name/__pycache__/x.pyc", "")
        archive.writestr("Bad-Name/metadata.txt", "[general]\nname=x\nicon=missing.svg\n")
    problems = " | ".join(package.check(bad2))
    for expected in (
        "not a valid lower-case",
        "LICENSE is missing",
        "forbidden file",
        "'version' is missing",
        "icon 'missing.svg'",
    ):
        assert expected in problems


def _qgis_env(profile_root: Path) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_root)
    site = sysconfig.get_paths()["purelib"]  # the venv's packages (geopandas, shapely) for QGIS's Python
    env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH", "")) if p)
    return env


@pytest.mark.qgis_process
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_installed_plugin_runs_in_qgis_process(plugin_zip, tmp_path):
    profile = tmp_path / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nmigrant_planning_plugin=true\n")
    env = _qgis_env(tmp_path)

    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=180)
    assert listing.returncode == 0, listing.stderr
    assert "migrant_planning:load_sample_city" in listing.stdout

    out = tmp_path / "city"
    run = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "migrant_planning:load_sample_city", "--", f"OUTPUT={out}", "LOAD=false"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout[run.stdout.index("{") :])["results"]
    assert Path(results["GEOPACKAGE"]).exists() and Path(results["DEM"]).exists()
    assert results["SETTLEMENTS"].endswith("layername=asentamientos")
    assert (out / "villa_esperanza.gpkg").stat().st_size > 100_000
