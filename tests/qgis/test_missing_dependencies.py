"""House rule 6: without geopandas/shapely the plugin still loads, says how to install them, and
registers an explanatory placeholder algorithm."""

from __future__ import annotations

import subprocess
import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingException

import migrant_planning_plugin
from migrant_planning_plugin import deps


def test_class_factory_path_imports_no_optional_dependency():
    # QGIS itself may import some of them (QGIS 3.40 imports shapely when qgis.core is loaded): only what the
    # plugin's import adds counts
    code = (
        "import sys\n"
        "import qgis.core, qgis.gui, qgis.PyQt.QtWidgets\n"
        "optional = ('geopandas', 'shapely', 'pandas', 'scipy', 'pyproj', 'fiona')\n"
        "before = {m for m in optional if m in sys.modules}\n"
        "import migrant_planning_plugin, migrant_planning_plugin.plugin\n"
        "bad = [m for m in optional if m in sys.modules and m not in before]\n"
        "print(bad, sorted(before))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_placeholder_algorithm_when_packages_are_missing(qgis_iface, monkeypatch):
    monkeypatch.setattr(deps, "missing_requirements", lambda: ["geopandas>=1.0 (not installed)"])
    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is not None:
        registry.removeProvider(registry.providerById("migrant_planning"))
    plugin = migrant_planning_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("migrant_planning")
        names = [a.name() for a in provider.algorithms()]
        assert names == ["install_dependencies"]
        algorithm = provider.algorithms()[0]
        assert "geopandas>=1.0 (not installed)" in algorithm.shortHelpString()
        assert "pip install" in algorithm.shortHelpString()
        with pytest.raises(QgsProcessingException, match="geopandas"):
            algorithm.processAlgorithm({}, None, None)
        plugin.toggle_dock(True)  # explains instead of opening a dock that cannot work
        assert plugin.dock is None
    finally:
        plugin.unload()


def test_version_comparison():
    assert deps.version_tuple("1.0.1") > deps.version_tuple("1.0")
    assert deps.version_tuple("0.12.2") < deps.version_tuple("1.0")
    assert deps.version_tuple("2.1.0rc1") >= deps.version_tuple("2.0")
