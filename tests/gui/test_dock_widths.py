"""Nothing of the dock is cut off, at its default width and at 360 px, in Spanish and in English.

For each language the dock loads Villa Esperanza and runs every step with the workshop's settings; then, at each
width, every step is shown in each of its states (step 1 with its field lists closed and open; step 4 with typed
weights, with the AHP grid and with the AHP grid's deliberate mistake) and :func:`tests.gui.fit.cut_off` measures
every visible label, button, combo box, line edit, table header and cell, and chart of the dock against the room
its widget gives it. Each state is saved whole (the page at its full height) as
``tests/artifacts/widths/dock_<language>_<width>_<step>.png``, to be looked at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QImage, QPainter
from qgis.PyQt.QtWidgets import QApplication

from migrant_planning_plugin.gui.dock import DEFAULT_WIDTH
from tests.gui.fit import cut_off
from tests.gui.test_dock_screenshots import language_installed, output_folder  # noqa: F401 - fixtures
from tests.gui.test_dock_steps import Planner, wait_signal

WIDTHS = (DEFAULT_WIDTH, 360)


def full_page(planner: Planner) -> QImage:
    """The dock's step bar and the whole current page (at its full height, not only what the scroll shows)."""
    dock = planner.dock
    scroll = dock.stack.currentWidget()
    page = scroll.widget()
    top = dock.grab().copy(0, 0, dock.width(), dock.widget().mapTo(dock, QPoint(0, dock.stack.y())).y())
    body = page.grab()
    image = QImage(max(top.width(), body.width()), top.height() + body.height(), QImage.Format.Format_RGB32)
    image.fill(page.palette().window().color())
    painter = QPainter(image)
    painter.drawPixmap(0, 0, top)
    painter.drawPixmap(dock.mapFromGlobal(page.mapToGlobal(QPoint(0, 0))).x(), top.height(), body)
    painter.end()
    return image


def set_width(planner: Planner, width: int) -> None:
    """The dock at ``width`` px."""
    planner.window.resizeDocks([planner.dock], [width], Qt.Orientation.Horizontal)
    for _ in range(3):
        QApplication.processEvents()
    assert abs(planner.dock.width() - width) <= 2, (planner.dock.width(), width)


@pytest.mark.parametrize("language_installed", ["es", "en"], indirect=True)
def test_nothing_is_cut_off_at_the_default_width_and_at_360_px(
    language_installed,  # noqa: F811
    output_folder,  # noqa: F811
    qgis_iface,
    module_provider,
    artifacts: Path,
):
    language = language_installed
    folder = artifacts / "widths"
    folder.mkdir(exist_ok=True)
    QgsProject.instance().clear()
    planner = Planner(qgis_iface, output_folder)
    dock = planner.dock
    try:
        dock.page("report").open_when_done = False
        dock.load_sample_city()
        (ok,) = wait_signal(dock.sample_loaded)
        assert ok
        for key in ("exposure", "access", "suitability", "scenarios", "report"):
            assert planner.run(key, timeout=240_000), dock.page(key).last_message
        suitability = dock.page("suitability")
        data = dock.data
        from migrant_planning_plugin.processing.workflow import DEFAULT_AHP_MATRIX

        def fields(shown: bool):
            def apply():
                for picker in data.pickers.values():
                    if picker.toggle is not None:
                        picker.toggle.setChecked(shown)

            return apply

        def weights(mode: int, mistake: bool = False):
            def apply():
                suitability.weight_mode.setCurrentIndex(mode)
                if mode == 1:
                    suitability.ahp.set_matrix(DEFAULT_AHP_MATRIX)
                    if mistake:
                        suitability.ahp.set_judgement(0, 3, 1 / 4)

            return apply

        states = [
            ("data", "1_data", fields(False)),
            ("data", "1_data_fields", fields(True)),
            ("exposure", "2_exposure", None),
            ("access", "3_access", None),
            ("suitability", "4_suitability", weights(0)),
            ("suitability", "4_suitability_ahp", weights(1)),
            ("suitability", "4_suitability_ahp_error", weights(1, mistake=True)),
            ("scenarios", "5_scenarios", None),
            ("report", "6_report", None),
        ]
        problems: Dict[str, List[str]] = {}
        saved = []
        for width in WIDTHS:
            set_width(planner, width)
            for key, state, apply in states:
                if apply is not None:
                    apply()
                planner.show(key)
                for _ in range(3):
                    QApplication.processEvents()
                found = cut_off(dock)
                if found:
                    problems[f"{language} {width} px {state}"] = found
                path = folder / f"dock_{language}_{width}_{state}.png"
                assert full_page(planner).save(str(path))
                saved.append(path)
        suitability.weight_mode.setCurrentIndex(0)
        assert len(saved) == len(WIDTHS) * len(states)
        # the charts as "Save as PNG…" writes them (print size): nothing cut off either
        from migrant_planning_plugin.core.charts import fit_value_labels
        from migrant_planning_plugin.gui.widgets import ChartPanel
        from tests.chart_checks import chart_problems

        panels = [p for page in dock.pages for p in page.findChildren(ChartPanel) if p._factory is not None]
        assert len(panels) == 3
        for panel in panels:
            figure = panel._factory(figsize=panel._save_size)
            fit_value_labels(figure)
            found = chart_problems(figure, f"saved chart of {panel.parent().objectName()}")
            if found:
                problems[f"{language} saved PNG"] = problems.get(f"{language} saved PNG", []) + found
        report = "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in problems.items())
        (folder / f"cut_off_{language}.txt").write_text(report or "nothing cut off\n", encoding="utf-8")
        assert not problems, report
    finally:
        dock.shutdown()
        planner.window.close()
        dock.deleteLater()
        QgsProject.instance().clear()
    QApplication.processEvents()
