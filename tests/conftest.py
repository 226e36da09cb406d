"""Shared fixtures: the sample city, the registered provider, artifact folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
SAMPLE_DIR = ROOT / "resources" / "sample_data"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"

if QGIS_PLUGINS not in sys.path and os.path.isdir(QGIS_PLUGINS):
    sys.path.append(QGIS_PLUGINS)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots and rendered documents (ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory) -> Path:
    """A copy of the shipped sample city folder.

    Tests read a copy: QGIS may write beside or into the files it opens (.aux.xml next to rasters, SQLite's
    change counter of a GeoPackage when a filter is set), and the shipped data must stay byte-identical.
    """
    import shutil

    copy = tmp_path_factory.mktemp("sample_data")
    for path in SAMPLE_DIR.iterdir():
        if path.is_file() and not path.name.endswith(".aux.xml"):
            shutil.copy2(path, copy / path.name)
    return copy


@pytest.fixture(scope="session")
def sample_gpkg(sample_dir: Path) -> str:
    """Path of (a copy of) the sample GeoPackage."""
    return str(sample_dir / "villa_esperanza.gpkg")


@pytest.fixture(scope="session")
def sample_dem(sample_dir: Path) -> str:
    """Path of (a copy of) the sample DEM."""
    return str(sample_dir / "villa_esperanza_dem.tif")


_PROVIDERS: list = []


def register_provider():
    """The plugin's provider, registered in Processing when missing (a test may have removed it)."""
    from qgis.core import QgsApplication

    from migrant_planning_plugin.log import install_message_log
    from migrant_planning_plugin.processing.provider import MigrantPlanningProvider
    from migrant_planning_plugin.translations import install_translator

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("migrant_planning")
    if existing is not None:
        return existing
    install_message_log()
    install_translator("en")
    instance = MigrantPlanningProvider()
    registry.addProvider(instance)
    _PROVIDERS.append(instance)  # the registry does not keep the Python object alive
    return instance


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """Processing initialised (native algorithms too) with the plugin's provider registered.

    Function-scoped: lifecycle tests unload the plugin, so the provider is registered again when missing.
    """
    return register_provider()


@pytest.fixture(scope="module")
def module_provider(qgis_app, qgis_processing):
    """The same as ``provider``, for module-scoped fixtures that run an algorithm once per module."""
    return register_provider()


def sample_layer_uri(gpkg: str, role: str) -> str:
    """OGR uri of one sample-city layer."""
    from migrant_planning_plugin import sample_city

    return f"{gpkg}|layername={sample_city.LAYERS[role]}"


@pytest.fixture(scope="session")
def postgis_server():
    """A throw-away PostgreSQL + PostGIS on 127.0.0.1 for this test session (``scripts/postgis_server.py``).

    It lives in ``build/postgis-tests-<pid>`` and is stopped and deleted at the end; clusters left behind by
    killed sessions are removed first. Skipped only when PostgreSQL with PostGIS cannot be installed at all.
    """
    from scripts import postgis_server

    try:
        postgis_server.ensure_installed()
    except postgis_server.Unavailable as error:
        pytest.skip(f"no PostgreSQL/PostGIS server possible here: {error}")
    postgis_server.sweep(str(ROOT / "build" / "postgis-tests-*"))
    directory = ROOT / "build" / f"postgis-tests-{os.getpid()}"
    server = postgis_server.start(directory)
    try:
        yield server
    finally:
        postgis_server.stop(directory)
