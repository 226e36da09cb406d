"""The dock builds, loads the sample city in one click as a background task, and looks right; its pages
depend on a small context object, not on the dock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QMainWindow

from migrant_planning_plugin.gui.context import DockContext
from migrant_planning_plugin.gui.dock import SAMPLE_GROUP, PlannerDock

ROOT = Path(__file__).resolve().parents[2]


def test_pages_do_not_import_the_dock():
    """No page module imports gui/dock.py, not even for type hints (the dock imports the pages: no cycle)."""
    pages = sorted((ROOT / "migrant_planning_plugin" / "gui" / "pages").glob("*.py"))
    assert len(pages) >= 8
    offenders = []
    for path in pages:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                # from ..dock import X (level 2) / from ...gui.dock import X / from migrant_planning_plugin.gui.dock
                target = "." * node.level + (node.module or "")
                names = [alias.name for alias in node.names]
                if target in ("..dock", "...gui.dock", "migrant_planning_plugin.gui.dock") or (
                    target == ".." and "dock" in names
                ):
                    offenders.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.Import):
                offenders += [f"{path.name}:{node.lineno}" for a in node.names if a.name.endswith("gui.dock")]
    assert not offenders, offenders


def test_a_page_works_with_a_context_alone(qgis_iface, tmp_path):
    """A page is built and asks its inputs and output folder from a DockContext, with no dock around it."""
    from migrant_planning_plugin.gui.pages.data import DataPage
    from migrant_planning_plugin.gui.pages.exposure import ExposurePage

    QgsProject.instance().clear()
    context = DockContext(qgis_iface)
    context.data = DataPage(context)
    context.data.folder.setFilePath(str(tmp_path))
    exposure = ExposurePage(context)
    assert context.output_folder() == str(tmp_path)
    assert exposure.output("exposure").startswith(str(tmp_path))
    assert exposure.missing_inputs()  # nothing chosen: the settlements and hazard zones are missing
    seen = []
    context.outputs_changed.connect(seen.append)
    context.set_outputs("exposure", {"OUTPUT": "x.gpkg"})
    assert seen == ["exposure"] and context.outputs["exposure"] == {"OUTPUT": "x.gpkg"}


def test_sample_city_button_loads_styled_layers(qgis_iface, provider, qtbot, tmp_path, screenshot, monkeypatch):
    QgsProject.instance().clear()
    window = QMainWindow()
    dock = PlannerDock(qgis_iface, window)
    monkeypatch.setattr(dock.context, "output_folder", lambda: str(tmp_path))
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


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_question_mark_of_each_step_opens_its_section_of_the_local_guide(qgis_iface, language, monkeypatch):
    pytest.importorskip("markdown")
    from qgis.PyQt.QtGui import QDesktopServices

    from migrant_planning_plugin import translations
    from migrant_planning_plugin.help import step_page

    opened = []
    monkeypatch.setattr(translations, "locale_code", lambda: language)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    QgsProject.instance().clear()
    window = QMainWindow()
    dock = PlannerDock(qgis_iface, window)
    try:
        for page in dock.pages:
            page.help_button.click()
            url = opened[-1]
            expected_page, anchor = step_page(page.key, language)
            assert url.isLocalFile() and url.toLocalFile().endswith(expected_page), url.toString()
            assert Path(url.toLocalFile()).is_file()  # no internet: a file on this computer
            assert url.fragment() == anchor
            assert f'id="{anchor}"' in Path(url.toLocalFile()).read_text(encoding="utf-8")
        assert len(opened) == len(dock.pages) == 6
    finally:
        dock.shutdown()
        window.close()
        window.deleteLater()
