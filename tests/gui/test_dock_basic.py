"""The dock builds, loads the sample city in one click as a background task, and looks right."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QMainWindow

from migrant_planning_plugin.gui.dock import SAMPLE_GROUP, PlannerDock


def test_sample_city_button_loads_styled_layers(qgis_iface, provider, qtbot, tmp_path, screenshot, monkeypatch):
    QgsProject.instance().clear()
    window = QMainWindow()
    dock = PlannerDock(qgis_iface, window)
    monkeypatch.setattr(dock, "output_folder", lambda: str(tmp_path))
    window.resize(420, 700)
    window.setCentralWidget(dock)
    window.show()
    qtbot.waitExposed(window)
    screenshot(window, "dock_start")
    with qtbot.waitSignal(dock.sample_loaded, timeout=60_000) as blocker:
        dock.sample_button.click()
    assert blocker.args[0] is True
    group = QgsProject.instance().layerTreeRoot().findGroup(SAMPLE_GROUP)
    names = [node.layer().name() for node in group.findLayers()]
    assert "Settlements" in names and "Hazard zones" in names and len(names) == 11
    settlements = next(n.layer() for n in group.findLayers() if n.layer().name() == "Settlements")
    assert settlements.renderer().type() == "categorizedSymbol"  # the sample style was applied
    screenshot(window, "dock_sample_loaded")
    dock.shutdown()
