"""The installer of the missing Python packages (Windows and macOS planners have no terminal).

pip is really run, offline: the packages are tiny wheels built here (one that needs numpy, and a stand-in numpy
at the running version and at a newer one), installed into a temporary QGIS profile. The refusals (a Python
without pip, a package index that cannot be reached) are real too: a venv made without pip, an index on a closed
port of 127.0.0.1.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import time
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from migrant_planning_plugin import deps, installer

NUMPY = metadata.version("numpy")


def wheel(folder: Path, name: str, version: str, requires=(), module: str = "") -> Path:
    """Write a pure-Python wheel (a package ``module`` holding VERSION) into ``folder``."""
    module = module or name
    info = f"{name}-{version}.dist-info"
    files = {
        f"{module}/__init__.py": f"VERSION = {version!r}\nSTAND_IN = True\n",
        f"{info}/METADATA": "Metadata-Version: 2.1\nName: {}\nVersion: {}\n{}".format(
            name, version, "".join(f"Requires-Dist: {r}\n" for r in requires)
        ),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }

    def digest(text: str) -> str:
        raw = hashlib.sha256(text.encode()).digest()
        return "sha256=" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    record = "".join(f"{path},{digest(text)},{len(text.encode())}\n" for path, text in files.items())
    files[f"{info}/RECORD"] = record + f"{info}/RECORD,,\n"
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name_in_zip, text in files.items():
            archive.writestr(name_in_zip, text)
    return path


@pytest.fixture
def wheels(tmp_path) -> Path:
    """A wheel folder: mpp_tinydep (needs numpy), and stand-in numpys at the running version and at 99.0."""
    folder = tmp_path / "wheels"
    folder.mkdir()
    wheel(folder, "mpp_tinydep", "1.0", requires=("numpy>=1",))
    wheel(folder, "numpy", NUMPY)
    wheel(folder, "numpy", "99.0")
    return folder


def _import_in_profile(folder: Path, code: str) -> str:
    """Run ``code`` in a new Python that activated ``folder`` as the plugin does; its output."""
    script = f"import sys; sys.path.insert(0, {str(Path(__file__).parents[2])!r})\n"
    script += "from migrant_planning_plugin import installer\n"
    script += f"installer.activate(installer.Path({str(folder)!r}))\n" + code
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_install_from_a_wheel_folder_into_the_profile_keeps_qgis_numpy(tmp_path, wheels):
    profile = tmp_path / "profiles" / "default"
    folder = installer.dependencies_folder(str(profile))
    assert folder == profile / "python" / "dependencies"
    ok, message, log = installer.install(
        sys.executable, folder, ["mpp_tinydep>=1.0"], wheels=str(wheels), minimum=deps.minimum_version
    )
    assert ok, log
    assert str(folder) in message and "Restart QGIS" in message and "delete that folder" in message
    # numpy was pinned to the running version (99.0 was in the folder too) ...
    assert f"numpy-{NUMPY}" in log and "numpy-99.0" not in log
    # ... and then removed from the folder: QGIS's own numpy is the one imported
    assert not list(folder.glob("numpy*"))
    assert (folder / "mpp_tinydep" / "__init__.py").is_file()
    found = _import_in_profile(folder, "import mpp_tinydep, numpy; print(mpp_tinydep.VERSION, numpy.__version__)")
    assert found == f"1.0 {NUMPY}"
    assert not _import_in_profile(folder, "import numpy; print(getattr(numpy, 'STAND_IN', ''))")


def test_refused_without_pip(tmp_path, wheels):
    venv = tmp_path / "nopip"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    assert not installer.has_pip(python)
    ok, message, _log = installer.install(python, tmp_path / "deps", ["mpp_tinydep"], wheels=str(wheels))
    assert not ok
    assert "has no pip" in message and python in message and "python3-pip" in message
    assert not (tmp_path / "deps").exists() or not any((tmp_path / "deps").iterdir())


def test_refused_when_the_package_index_cannot_be_reached(tmp_path):
    folder = tmp_path / "deps"
    ok, message, log = installer.install(
        sys.executable, folder, ["mpp_tinydep>=1.0"], index_url="http://127.0.0.1:9/simple/"
    )
    assert not ok and log
    assert "could not be reached" in message
    # the manual command for an office without internet: a wheel folder
    assert "pip download -d wheels" in message and "--no-index --find-links wheels" in message
    assert str(folder) in message
    assert not list(folder.glob("mpp_tinydep*"))


def test_the_python_that_qgis_runs_is_found_beside_qgis_bin(tmp_path):
    # OSGeo4W: <root>/bin/qgis-bin.exe and <root>/apps/Python312/python.exe
    root = tmp_path / "OSGeo4W"
    candidates = installer.python_candidates(
        executable=str(root / "bin" / "qgis-bin.exe"), prefix=str(root / "apps" / "Python312"), windows=True
    )
    assert candidates[0] == str(root / "bin" / "python.exe")
    assert str(root / "apps" / "Python312" / "python.exe") in candidates
    assert not any(c.endswith("qgis-bin.exe") for c in candidates)
    (root / "apps" / "Python311").mkdir(parents=True)
    candidates = installer.python_candidates(executable=str(root / "bin" / "qgis-bin.exe"), windows=True)
    assert str(root / "apps" / "Python311" / "python.exe") in candidates
    # here: the interpreter running the tests is found and has the same version
    assert installer.python_executable() is not None


def test_linux_is_not_installed_by_the_plugin_and_says_why():
    assert not installer.supported("Linux") and installer.supported("Windows") and installer.supported("Darwin")
    hint = deps.install_hint("Linux")
    assert "--no-binary shapely" in hint and "GEOS" in hint and "crash" in hint
    hint = deps.install_hint("Windows", folder="C:/Users/ana/AppData/Roaming/QGIS/QGIS3/profiles/default/x")
    assert "Install" in hint and "--target" in hint and "C:/Users/ana" in hint


def test_the_profile_folder_is_first_on_the_path(tmp_path, monkeypatch):
    folder = tmp_path / "dependencies"
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert not installer.activate(folder)  # nothing installed: the path is left alone
    folder.mkdir()
    assert installer.activate(folder) and sys.path[0] == str(folder)
    assert installer.activate(folder) and sys.path.count(str(folder)) == 1


def test_the_plugin_uses_the_active_profile_folder():
    from migrant_planning_plugin.plugin import MigrantPlanningPlugin

    expected = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "dependencies"
    assert MigrantPlanningPlugin.dependencies_folder() == expected


def _wait(dialog, seconds: float = 180.0) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while dialog.succeeded is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.mark.parametrize("outcome", ["installed", "unreachable"])
def test_install_dialog(qgis_iface, tmp_path, wheels, artifacts, outcome):
    from migrant_planning_plugin.gui.install import InstallDialog

    folder = tmp_path / "profile" / "python" / "dependencies"
    offline = outcome == "installed"
    dialog = InstallDialog(
        folder,
        ["mpp_tinydep>=1.0"],
        python=sys.executable,
        wheels=str(wheels) if offline else None,
        index_url=None if offline else "http://127.0.0.1:9/simple/",
    )
    dialog.show()
    shown = dialog.intro.text().replace("\u200b", "")  # (break opportunities in the path)
    assert str(folder) in shown and "delete that folder" in shown
    dialog.install_button.click()
    _wait(dialog)
    dialog.grab().save(str(artifacts / f"install_dialog_{outcome}.png"))
    if offline:
        assert dialog.succeeded is True and "Restart QGIS" in dialog.status.text().replace("\u200b", "")
        assert not dialog.copy_button.isVisible()
        assert (folder / "mpp_tinydep").is_dir() and not list(folder.glob("numpy*"))
    else:
        assert dialog.succeeded is False and "could not be reached" in dialog.status.text()
        assert dialog.copy_button.isVisible() and "127.0.0.1" in dialog.log.toPlainText()
    dialog.close()


def test_the_message_bar_offers_install_on_windows_and_macos(qgis_iface, monkeypatch):
    from qgis.PyQt.QtWidgets import QPushButton

    import migrant_planning_plugin

    monkeypatch.setattr(deps, "missing_requirements", lambda: ["geopandas>=1.0 (not installed)"])
    monkeypatch.setattr(installer, "supported", lambda system=None: True)
    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is not None:
        registry.removeProvider(registry.providerById("migrant_planning"))
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    plugin = migrant_planning_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        item = bar.currentItem()
        assert item is not None and "geopandas>=1.0" in item.text()
        buttons = item.findChildren(QPushButton, "mMigrantPlanningInstall")
        assert len(buttons) == 1
    finally:
        plugin.unload()
        bar.clearWidgets()
