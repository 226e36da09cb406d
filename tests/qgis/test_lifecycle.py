"""House rule 1: initProcessing/initGui/unload leave nothing behind, however often they run."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

import migrant_planning_plugin
from migrant_planning_plugin.plugin import MENU_OBJECT, TOOLBAR_OBJECT


def _flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _state(iface) -> dict:
    window = iface.mainWindow()
    project = QgsProject.instance()
    _flush()
    return {
        "actions": len(window.findChildren(QAction)),
        "menus": len([m for m in window.findChildren(QMenu) if m.objectName() == MENU_OBJECT]),
        "menu_bar": len(window.menuBar().actions()),
        "toolbars": len([t for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT]),
        "docks": len(window.findChildren(QDockWidget)),
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "ours": QgsApplication.processingRegistry().providerById("migrant_planning") is not None,
        "translators": migrant_planning_plugin.translations._translator is not None,
        "receivers": sum(
            project.receivers(signal)
            for signal in (project.readProject, project.cleared, project.layersWillBeRemoved, project.writeProject)
        ),
    }


def test_load_unload_twice_leaves_nothing(qgis_iface, qgis_app):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is not None:  # registered by another test's fixture
        registry.removeProvider(registry.providerById("migrant_planning"))
    before = _state(qgis_iface)
    for _ in range(2):
        plugin = migrant_planning_plugin.classFactory(qgis_iface)
        plugin.initGui()
        loaded = _state(qgis_iface)
        assert loaded["ours"] and loaded["menus"] == 1 and loaded["toolbars"] == 1
        assert loaded["actions"] >= before["actions"] + 3
        assert loaded["providers"] == sorted([*before["providers"], "migrant_planning"])
        algorithms = {a.name() for a in registry.providerById("migrant_planning").algorithms()}
        assert "load_sample_city" in algorithms
        plugin.toggle_dock(True)  # build the dock too
        assert _state(qgis_iface)["docks"] == before["docks"] + 1
        plugin.unload()
        assert _state(qgis_iface) == before


def test_init_processing_alone_touches_no_gui(qgis_iface):
    class NoGui:
        def __getattr__(self, name):  # any use of iface fails the test
            raise AssertionError(f"initProcessing used iface.{name}")

    plugin = migrant_planning_plugin.classFactory(NoGui())
    registry = QgsApplication.processingRegistry()
    had = registry.providerById("migrant_planning")
    if had is not None:
        registry.removeProvider(had)
    plugin.initProcessing()
    assert registry.providerById("migrant_planning") is not None
    plugin.unload()  # without initGui, unload touches no GUI either
    assert registry.providerById("migrant_planning") is None
