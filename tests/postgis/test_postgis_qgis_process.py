"""The user guide's qgis_process recipe: the installed plugin reads PostGIS layers and writes PostGIS tables from
``qgis_process``, refuses an existing table, and replaces it when the Processing option is on in the profile."""

from __future__ import annotations

import json
import subprocess
import zipfile

import pytest

from tests.postgis.conftest import ogr_rows
from tests.qgis.test_package_and_qgis_process import QGIS_PROCESS, _qgis_env, plugin_zip  # noqa: F401 (fixture)


def _profile(tmp_path, plugin_zip, replace: bool):  # noqa: F811
    """A clean QGIS profile with the plugin installed (and the option to replace tables set as asked)."""
    profile = tmp_path / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    if not plugins.exists():
        plugins.mkdir(parents=True)
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
    (profile / "QGIS").mkdir(exist_ok=True)
    option = "true" if replace else "false"
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nmigrant_planning_plugin=true\n\n"
        f"[Processing]\nConfiguration\\MIGRANT_PLANNING_REPLACE_TABLES={option}\n"
    )
    return _qgis_env(tmp_path)


@pytest.mark.qgis_process
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_exposure_from_and_to_postgis_in_qgis_process(city_db, plugin_zip, tmp_path):  # noqa: F811
    informal_only = '"informal"'
    arguments = [
        "SETTLEMENTS=" + city_db.layer("asentamientos", sql=informal_only),
        f"HAZARDS={city_db.layer('zonas_amenaza')}",
        f"OUTPUT={city_db.out('qp_exposicion')}",
        "SUMMARY=postgis:" + city_db.out("qp_resumen", geometry=None)[len("postgres://") :],
    ]
    command = [QGIS_PROCESS, "--json", "run", "migrant_planning:settlement_exposure", "--", *arguments]

    def run(replace: bool) -> subprocess.CompletedProcess:
        env = _profile(tmp_path, plugin_zip, replace)
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)

    done = run(replace=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout[done.stdout.index("{") :])["results"]
    informal = int(city_db.sql("SELECT count(*) FROM ciudad.asentamientos WHERE informal"))
    assert len(ogr_rows(results["OUTPUT"])) == informal > 0
    assert {"qp_exposicion", "qp_resumen"} <= set(city_db.tables("resultados"))
    again = run(replace=False)
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr
    replaced = run(replace=True)
    assert replaced.returncode == 0, replaced.stdout[-2000:] + replaced.stderr[-2000:]
    assert len(ogr_rows(results["OUTPUT"])) == informal
