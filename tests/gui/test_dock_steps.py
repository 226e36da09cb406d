"""The planner's dock, step by step, on the sample city: pages build and fit 1366×768 (also with longer,
Spanish-like strings), runs fill the tables and charts, the AHP editor agrees with ahp_weights, Cancel stops a
run, the project file restores the dock, and removed layers do not break it.

One dock (module fixture) loads Villa Esperanza once; each test runs what it needs (coarse settings, so every
run takes about a second). Screenshots of every page go to tests/artifacts/dock_*.png.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QApplication, QLabel, QMainWindow

from migrant_planning_plugin.core.i18n import set_translator
from migrant_planning_plugin.gui.ahp_editor import AhpEditor
from migrant_planning_plugin.gui.dock import SCOPE, PlannerDock
from migrant_planning_plugin.gui.outputs import results_group_name
from migrant_planning_plugin.gui.pages import suitability as suitability_page
from migrant_planning_plugin.gui.widgets import COLOURS
from tests.conftest import register_provider

SCREEN = QSize(1366, 768)
DOCK_WIDTH = 420
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "villa_esperanza.gpkg"
REPORT_ID = "migrant_planning:planning_report"


def wait_signal(signal, timeout: int = 60_000):
    """Run the event loop until ``signal`` fires (its arguments) or fail after ``timeout`` ms."""
    loop = QEventLoop()
    got = []

    def done(*args):
        got.append(args)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout)
    loop.exec()
    timer.stop()
    signal.disconnect(done)
    assert got, "timed out waiting for a signal"
    return got[0]


def ink_fraction(path: Path) -> float:
    """Share of the pixels of a rendered page that are not (nearly) white."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * image.height())
    pixels = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())[:, : image.width()]
    return float((pixels < 235).mean())


def report_available() -> bool:
    """Whether planning_report is registered (it is built in another branch)."""
    register_provider()
    return QgsApplication.processingRegistry().algorithmById(REPORT_ID) is not None


class Planner:
    """A QMainWindow of 1366×768 with a rendered map on the left and the dock (420 px) on the right."""

    def __init__(self, iface, folder: Path) -> None:
        self.iface = iface
        self.folder = folder
        self.window = QMainWindow()
        self.window.resize(SCREEN)
        self.map = QLabel(self.window)
        self.map.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map.setStyleSheet("background: white;")
        self.window.setCentralWidget(self.map)
        self.dock = PlannerDock(iface, self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.dock.data.folder.setFilePath(str(folder))
        self.window.show()

    def page(self, key: str):
        return self.dock.page(key)

    def show(self, key: str, widget=None) -> None:
        """Show a page, scrolled to ``widget`` (else to the top)."""
        index = [p.key for p in self.dock.pages].index(key)
        self.dock.go_to(index)
        QApplication.processEvents()
        scroll = self.dock.stack.currentWidget()
        page = self.page(key)
        y = widget.mapTo(page, widget.rect().topLeft()).y() - 8 if widget is not None else 0
        scroll.verticalScrollBar().setValue(max(0, y))
        QApplication.processEvents()

    def render_map(self) -> None:
        """Draw the project's visible layers (layer-tree order) at the canvas extent, as QGIS would."""
        canvas = self.iface.mapCanvas()
        root = QgsProject.instance().layerTreeRoot()
        layers = [
            layer
            for layer in root.layerOrder()
            if root.findLayer(layer.id()) is not None and root.findLayer(layer.id()).isVisible()
        ]
        settings = canvas.mapSettings()
        settings.setLayers(layers)
        settings.setOutputSize(self.map.size())
        settings.setBackgroundColor(Qt.GlobalColor.white)
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        self.map.setPixmap(QPixmap.fromImage(job.renderedImage()))

    def zoom_to_city(self) -> None:
        """The map on the whole study area."""
        boundary = self.dock.data.layer("boundary")
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(boundary.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(boundary.extent())
        extent.scale(1.05)
        canvas.setExtent(extent)

    def run(self, key: str, timeout: int = 60_000) -> bool:
        """Press Run on a page and wait for the end of the run."""
        page = self.page(key)
        assert page.run(), page.run_bar.status_text()
        (ok,) = wait_signal(page.run_finished, timeout)
        return ok

    def ensure(self, key: str) -> None:
        """Run a step once (if its outputs are missing)."""
        if key == "suitability":
            self.page(key).cell_size.setValue(100)
        if not self.dock.outputs.get(key):
            assert self.run(key), self.page(key).last_message


def open_planner(iface, folder: Path) -> Iterator[Planner]:
    """The dock with the sample city loaded (written to ``folder``) and every role filled; closed afterwards."""
    QgsProject.instance().clear()
    planner = Planner(iface, folder)
    planner.dock.page("report").open_when_done = False
    planner.dock.load_sample_city()
    (ok,) = wait_signal(planner.dock.sample_loaded)
    assert ok
    yield planner
    planner.dock.shutdown()
    planner.window.close()
    planner.dock.deleteLater()
    QgsProject.instance().clear()


@pytest.fixture(scope="module")
def planner(qgis_iface, module_provider, tmp_path_factory):
    """The dock with the sample city loaded and every role filled."""
    yield from open_planner(qgis_iface, tmp_path_factory.mktemp("dock"))


def test_every_page_builds_fits_and_is_screenshotted(planner, screenshot):
    names = ["1_data", "2_exposure", "3_access", "4_suitability", "5_scenarios", "6_report"]
    planner.render_map()
    for page, name in zip(planner.dock.pages, names):
        planner.show(page.key)
        scroll = planner.dock.stack.currentWidget()
        # nothing forces the page wider than the dock: no horizontal scroll bar, nothing clipped at the right
        assert page.minimumSizeHint().width() <= scroll.viewport().width(), page.key
        assert screenshot(planner.window, f"dock_{name}").exists()
    assert [b.text()[:1] for b in planner.dock.step_buttons] == ["1", "2", "3", "4", "5", "6"]


def test_longer_strings_still_fit(qgis_iface, module_provider, tmp_path, screenshot):
    """Spanish runs about a third longer than English: pad every string by 40 % and check nothing overflows."""

    def longer(text: str) -> str:
        if not text.strip():
            return text
        extra = max(2, math.ceil(0.4 * len(text)))
        return text + " " + " ".join(["ññññ"] * (extra // 5 + 1))[:extra]

    set_translator(longer)
    try:
        planner = Planner(qgis_iface, tmp_path)
        for page in planner.dock.pages:
            planner.show(page.key)
            scroll = planner.dock.stack.currentWidget()
            assert page.minimumSizeHint().width() <= scroll.viewport().width(), page.key
        planner.show("suitability")
        screenshot(planner.window, "dock_long_strings_suitability")
        planner.show("data")
        screenshot(planner.window, "dock_long_strings_data")
        planner.dock.shutdown()
        planner.window.close()
        planner.dock.deleteLater()
    finally:
        set_translator(None)


def test_sample_city_fills_every_role_with_detected_fields(planner, screenshot):
    data = planner.dock.data
    for role in data.pickers:
        assert data.layer(role) is not None, role
    assert data.field("settlements", "population") == "poblacion"
    assert data.field("settlements", "migrants") == "migrantes"
    assert data.field("settlements", "informal") == "informal"
    assert data.field("hazards", "hazard_level") == "nivel"
    assert data.field("hazards", "hazard_type") == "tipo_amenaza"
    assert data.field("facilities", "facility_type") == "tipo"
    assert data.field("facilities", "capacity") == "capacidad"
    assert data.field("land_use", "land_use") == "clase_suelo"
    assert data.field("areas", "area_name") == "nombre"
    assert data.field("candidates", "id") == "codigo_predio"
    expected = feature_count(str(SAMPLE), "asentamientos")
    checks = data.pickers["settlements"].checks
    assert any(c.level == "ok" and c.text.startswith(f"{expected} features") for c in checks)
    levels = next(c.text for c in data.pickers["hazards"].checks if c.text.startswith("Levels"))
    assert "alta → alta" in levels and "media → media" in levels and "baja → baja" in levels
    assert all(picker.status() == "ok" for picker in data.pickers.values())
    hazards = data.pickers["hazards"]
    hazards.toggle.setChecked(True)
    planner.show("data", hazards)
    screenshot(planner.window, "dock_1_data_fields")
    hazards.toggle.setChecked(False)


def test_checks_name_each_problem_with_a_hint(planner, qtbot):
    layer = QgsVectorLayer("Polygon?crs=EPSG:9377&field=nivel:string&field=tipo:string", "zonas raras", "memory")
    square = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"
    bow_tie = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"
    rows = [(square, "Alta"), (square, "Media-Alta"), (bow_tie, "baja"), (square, None)]
    features = []
    from qgis.core import QgsFeature

    for wkt, level in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([level, "inundación"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer, False)
    picker = planner.dock.data.pickers["hazards"]
    original = picker.layer()
    try:
        picker.set_layer(layer)
        picker.validate()
        assert picker.field("hazard_level") == "nivel"
        texts = {c.text: c for c in picker.checks}
        assert "1 invalid geometries." in texts and texts["1 invalid geometries."].hint
        unknown = texts["'Media-Alta' is not a hazard level the plugin knows: the analyses stop until it is mapped."]
        assert unknown.level == "error" and "Media-Alta=" in unknown.hint
        assert any(c.text == "1 features have no value in nivel." for c in picker.checks)
        assert picker.status() == "error"
        picker.level_map.setText("Media-Alta=media")
        picker.level_map.editingFinished.emit()
        qtbot.waitUntil(lambda: not any("Media-Alta" in c.text and c.level == "error" for c in picker.checks))
        assert any("Media-Alta → media" in c.text for c in picker.checks)
        assert picker.status() == "warning"
    finally:
        picker.level_map.setText("")
        picker.set_layer(original)
        picker.validate()
        QgsProject.instance().removeMapLayer(layer.id())


def feature_count(path: str, layer: str = "") -> int:
    """Features of a GeoPackage layer counted by OGR (the data source is kept open while the layer is used)."""
    source = ogr.Open(path)
    table = source.GetLayerByName(layer) if layer else source.GetLayer(0)
    return table.GetFeatureCount()


def _summary_rows(path: str) -> list:
    """Rows of a summary GeoPackage read with OGR (not the dock's reader)."""
    source = ogr.Open(path)
    table = source.GetLayer(0)
    return [feature.items() for feature in table]


def test_exposure_run_fills_table_chart_and_styled_layer(planner, screenshot, tmp_path):
    assert planner.run("exposure")
    outputs = planner.dock.outputs["exposure"]
    for key in ("OUTPUT", "SUMMARY", "FACILITIES", "FACILITIES_SUMMARY"):
        assert Path(outputs[key]).exists() and Path(outputs[key]).parent == planner.folder
    rows = _summary_rows(outputs["SUMMARY"])
    whole = {r["hazard_level"]: r["population"] for r in rows if r["area_name"] == "ALL" and r["hazard_type"] == "any"}
    page = planner.page("exposure")
    table = page.table.frame()
    areas = {r["area_name"] for r in rows if r["area_name"] != "ALL"}
    assert len(table) == len(areas) + 1
    last = table.iloc[-1]
    assert last["area_name"] == "Whole municipality"
    assert last["exposed"] == pytest.approx(whole["alta"] + whole["media"] + whole["baja"])
    assert last["share"] == pytest.approx(
        (whole["alta"] + whole["media"] + whole["baja"]) / sum(whole.values()), rel=1e-9
    )
    # another hazard type and measure: the table follows the combo boxes
    page.hazard_type.setCurrentIndex(page.hazard_type.findData("inundación"))
    page.measure.setCurrentIndex(page.measure.findData("migrants"))
    flood = {
        r["hazard_level"]: r["migrants"]
        for r in rows
        if r["area_name"] == "ALL" and r["hazard_type"] == "inundación" and r["hazard_level"] != "none"
    }
    assert page.table.frame().iloc[-1]["exposed"] == pytest.approx(sum(flood.values()))
    assert page.table.frame().iloc[-1]["alta"] == pytest.approx(flood["alta"])
    page.hazard_type.setCurrentIndex(0)
    page.measure.setCurrentIndex(0)
    assert page.chart.figure is not None
    png = page.chart.save_png(str(tmp_path / "exposure.png"))
    assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    group = QgsProject.instance().layerTreeRoot().findGroup(results_group_name())
    layer = next(n.layer() for n in group.findLayers() if n.layer().name() == "Settlement exposure")
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "any_lvl"
    assert "✓" in planner.dock.step_buttons[1].text()
    planner.render_map()
    planner.show("exposure", page.results)
    screenshot(planner.window, "dock_2_exposure_results")


def test_access_run_fills_table_and_one_layer_per_type(planner, screenshot):
    assert planner.run("access")
    outputs = planner.dock.outputs["access"]
    rows = [r for r in _summary_rows(outputs["SUMMARY"]) if r["area_name"] == "ALL"]
    page = planner.page("access")
    table = page.table.frame()
    assert sorted(table["facility_type"]) == sorted(r["facility_type"] for r in rows)
    for row in rows:
        shown = table[table["facility_type"] == row["facility_type"]].iloc[0]
        assert shown["share_covered"] == pytest.approx(row["population_covered"] / row["population"])
        assert shown["uncovered"] == pytest.approx(row["population"] - row["population_covered"])
    group = QgsProject.instance().layerTreeRoot().findGroup(results_group_name())
    names = [n.layer().name() for n in group.findLayers()]
    for row in rows:
        assert f"Access: {row['facility_type']}" in names
    layer = next(n.layer() for n in group.findLayers() if n.layer().name() == "Access: salud")
    assert layer.subsetString() == "\"facility_type\" = 'salud'"
    assert layer.renderer().classAttribute() == "covered"
    assert "salud=" in outputs["THRESHOLDS"]
    planner.render_map()
    planner.show("access", page.results)
    screenshot(planner.window, "dock_3_access_results")


def test_suitability_run_ranks_parcels_zooms_and_tests_the_weights(planner, screenshot):
    page = planner.page("suitability")
    page.cell_size.setValue(100)
    assert planner.run("suitability")
    outputs = planner.dock.outputs["suitability"]
    assert gdal.Open(outputs["OUTPUT"]).RasterXSize > 0
    assert feature_count(outputs["RANKED"]) == feature_count(str(SAMPLE), "predios")
    top = page.top_table.frame()
    assert list(top["rank"]) == list(range(1, len(top) + 1)) and len(top) == 20
    assert (np.diff(top["suit_mean"].to_numpy()) <= 1e-12).all()  # best first
    # click the third row: the map shows that parcel, which is selected
    index = page.top_table.model().index(2, 0)
    page.top_table.clicked.emit(index)
    layer = planner.dock.results.layer_by_source("suitability", outputs["RANKED"])
    selected = layer.selectedFeatures()
    assert len(selected) == 1 and selected[0]["rank"] == 3
    canvas = planner.iface.mapCanvas()
    transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    box = transform.transformBoundingBox(selected[0].geometry().boundingBox())
    assert canvas.extent().contains(box)
    # zoomed in: about 900 m across the parcel (the canvas's aspect ratio stretches the other side)
    assert min(canvas.extent().width(), canvas.extent().height()) < 1500
    runs = feature_count(outputs["SENSITIVITY"]) - 1
    assert len(page.sensitivity_table.frame()) == runs == 7 * 4
    shown = page.sensitivity_table.frame()
    top = feature_count(outputs["SENSITIVITY"]) and int(_summary_rows(outputs["SENSITIVITY"])[0]["top_n"])
    assert f"at least {int(shown['top_kept'].min())} of the {top} best parcels" in page.sensitivity_label.text()
    planner.render_map()
    planner.show("suitability", page.weights_used)
    screenshot(planner.window, "dock_4_suitability_results")


def test_ahp_editor_reciprocals_weights_and_cr_by_hand(qtbot):
    editor = AhpEditor()
    qtbot.addWidget(editor)
    editor.set_criteria(["a", "b", "c"])
    editor.set_judgement(0, 1, 2)
    editor.set_judgement(0, 2, 2)
    assert editor.judgement(1, 0) == pytest.approx(0.5) and editor.table.item(1, 0).text() == "1/2"
    assert editor.table.item(2, 0).text() == "1/2" and editor.table.item(2, 1).text() == "1"
    result = editor.result()
    # a consistent matrix: w = (2, 1, 1) / 4, lambda max = 3, CR = 0
    assert result.weights == pytest.approx([0.5, 0.25, 0.25])
    assert result.cr == pytest.approx(0.0, abs=1e-12)
    editor.set_judgement(2, 0, 3)  # below the diagonal: a_13 becomes 1/3
    assert editor.judgement(0, 2) == pytest.approx(1 / 3) and editor.table.item(0, 2).text() == "1/3"
    assert editor.matrix_text() == "1,2,1/3;1/2,1,1;3,1,1"
    # the way a planner does it: click the cell, pick a value in the list
    from qgis.PyQt.QtWidgets import QComboBox

    editor.show()
    index = editor.table.model().index(1, 2)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    combo = editor.table.findChild(QComboBox)
    assert combo is not None and combo.count() == 17
    combo.setCurrentIndex(combo.findText("7"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.judgement(1, 2) == 7)
    assert editor.table.item(1, 2).text() == "7" and editor.table.item(2, 1).text() == "1/7"


def test_ahp_editor_gives_the_numbers_of_the_ahp_weights_algorithm(planner, screenshot):
    import processing

    page = planner.page("suitability")
    page.weight_mode.setCurrentIndex(1)
    editor = page.ahp
    assert editor.names == page.enabled_names() and len(editor.names) == 7
    judgements = {(0, 1): 5, (1, 2): 5, (0, 2): 1 / 5, (0, 4): 3, (3, 6): 1 / 2, (5, 6): 7}
    for (i, j), value in judgements.items():
        editor.set_judgement(i, j, value)
    result = editor.result()
    outcome = processing.run(
        "migrant_planning:ahp_weights", {"MATRIX": editor.matrix_text(), "CRITERIA_NAMES": ",".join(editor.names)}
    )
    weights = [float(w) for w in outcome["WEIGHTS"].split(",")]
    assert result.weights == pytest.approx(weights, abs=1e-6)
    assert result.cr == pytest.approx(outcome["CR"], abs=1e-12)
    assert result.cr >= 0.10 and not outcome["CONSISTENT"]
    i, j = result.inconsistent_pair
    text = editor.cr_label.text()
    assert COLOURS["error"] in text and editor.labels[i] in text and editor.labels[j] in text
    # the weight column shows the AHP weights
    assert page.weight_spins["health"].value() == pytest.approx(round(result.weights[0], 2))
    assert page.weight_parameters() == {"AHP_MATRIX": editor.matrix_text()}
    # one criterion off: the matrix shrinks, the judgements between the others stay
    page.set_enabled("urban", False)
    assert len(editor.names) == 6 and editor.judgement(0, 1) == 5
    planner.show("suitability", editor)
    screenshot(planner.window, "dock_4_suitability_ahp")
    page.set_enabled("urban", True)
    page.weight_mode.setCurrentIndex(0)
    # a consistent judgement set gives CR below 0.10 in green
    editor.set_matrix(";".join(",".join("1" for _ in editor.names) for _ in editor.names))
    assert editor.result().cr == pytest.approx(0.0, abs=1e-12) and COLOURS["ok"] in editor.cr_label.text()


def test_a_long_suitability_run_shows_its_estimate_and_asks_first(planner, monkeypatch):
    """Issue 14 item 14: CELL_SIZE 1 m on the sample city (10 km x 8 km) shows its size and asks; No starts
    nothing, Yes starts the run; a coarse grid does not ask; a grid beyond the algorithms' limits is refused."""
    page = planner.page("suitability")
    QMB = suitability_page.QMessageBox
    asked = []
    answer = [QMB.StandardButton.No]

    def question(_parent, heading, text, _buttons, default):
        asked.append((heading, text, default))
        return answer[0]

    monkeypatch.setattr(QMB, "question", question)
    # the grid counted independently: the boundary's extent (EPSG:9377, metres) read with OGR, one cell a metre
    source = ogr.Open(str(SAMPLE))
    xmin, xmax, ymin, ymax = source.GetLayerByName("limite_municipal").GetExtent()
    width, height = math.ceil((xmax - xmin) - 1e-6), math.ceil((ymax - ymin) - 1e-6)
    assert (width, height) == (10_000, 8_000)
    try:
        page.cell_size.setValue(1)
        assert page.with_sensitivity.isChecked()
        assert not page.run() and not page.running and page.chain is None
        assert "Not started" in page.run_bar.status_text()
        heading, text, default = asked[-1]
        assert heading == "A long run" and default == QMB.StandardButton.No
        assert "10 000 x 8 000 cells (80.0 million)" in text and "cells of 1 m" in text, text
        # suitability and sensitivity at 1 m on seven criteria: several minutes by the measured costs per cell
        minutes = int(text.split("takes about ")[1].split(" minutes")[0])
        per_cell = 2.2e-7 * 10**0.6  # core.estimate's measured cost of a criterion per cell at 1 m
        hand = 80e6 * (7 * per_cell + 1.2e-7) + 80e6 * (7 * per_cell + (4 * 7 + 1) * 1.2e-7)
        assert minutes == round(hand / 60), (minutes, hand)
        assert "test of the weights" in text
        # Yes starts it (cancelled at once: nothing written)
        answer[0] = QMB.StandardButton.Yes
        assert page.run() and page.running
        page.cancel()
        (ok,) = wait_signal(page.run_finished, 60_000)
        assert ok is False and not any(Path(p).exists() for p in page.planned.values())
        # a coarse grid starts without a question
        asked.clear()
        page.cell_size.setValue(100)
        assert page.run() and not asked
        (ok,) = wait_signal(page.run_finished, 60_000)
        assert ok, page.last_message
        # beyond the algorithms' limit of work: refused in the dock with the estimate, not asked
        monkeypatch.setattr("migrant_planning_plugin.core.estimate.MAX_SECONDS", 60)
        page.cell_size.setValue(1)
        assert not page.run() and not asked and not page.running
        status = page.run_bar.status_text()
        assert "Cell size: the grid would have 10 000 x 8 000 cells" in status and "larger cell size" in status
    finally:
        page.cell_size.setValue(100)


def test_cancel_stops_a_running_task_and_writes_nothing(planner, monkeypatch):
    page = planner.page("suitability")
    page.cell_size.setValue(2)  # 5 000 × 4 000 cells: many seconds
    monkeypatch.setattr(
        suitability_page.QMessageBox, "question", lambda *_a: suitability_page.QMessageBox.StandardButton.Yes
    )
    try:
        assert page.run()
        chain = page.chain
        wait_signal(chain.progressChanged, 30_000)
        # the algorithm reports progress from its task while this (GUI) thread keeps handling events
        assert chain.current is not None and chain.current.task is not None
        assert page.run_bar.cancel_button.isEnabled() and not page.run_bar.run_button.isEnabled()
        page.cancel()
        (ok,) = wait_signal(page.run_finished, 60_000)
    finally:
        page.cell_size.setValue(100)
    assert ok is False and page.last_cancelled
    assert "Cancelled" in page.run_bar.status_text()
    assert page.planned and not any(Path(p).exists() for p in page.planned.values())
    assert not page.running and page.run_bar.run_button.isEnabled()


def test_scenarios_run_compares_the_table_and_loads_growth_maps(planner, screenshot):
    planner.ensure("suitability")
    page = planner.page("scenarios")
    page.load_example()
    suitability = planner.dock.results.layer_by_source("suitability", planner.dock.outputs["suitability"]["OUTPUT"])
    page.outputs_changed("suitability")
    assert page.suitability.currentLayer() is suitability
    page.set_value(0, "growth_rate", 0.02)  # a growth rate replaces the arrivals
    page.scenario_pick.setCurrentIndex(0)
    assert "arrivals_per_year" not in page.scenarios[0]
    assert page.editors["growth"].currentData() == "growth_rate" and page.growth_value.value() == pytest.approx(2.0)
    page.set_value(0, "arrivals_per_year", 6000)
    assert "growth_rate" not in page.scenarios[0]
    page.add_scenario()
    assert len(page.scenarios) == 4 and page.scenario_pick.count() == 4 and page.current() == 3
    page.remove_scenario()
    assert planner.run("scenarios")
    outputs = planner.dock.outputs["scenarios"]
    rows = _summary_rows(outputs["SUMMARY"])
    table = page.results_table.frame()
    assert list(table["scenario"]) == [s["name"] for s in page.scenarios]
    for name in table["scenario"]:
        land = sum(r["land_allocated_ha"] for r in rows if r["scenario"] == name)
        hazard = sum(r["pop_in_hazard_alta"] + r["pop_in_hazard_media"] for r in rows if r["scenario"] == name)
        shown = table[table["scenario"] == name].iloc[0]
        assert shown["land_allocated_ha"] == pytest.approx(land) and shown["in_hazard"] == pytest.approx(hazard)
    group = QgsProject.instance().layerTreeRoot().findGroup(results_group_name())
    growth = [n.layer() for n in group.findLayers() if n.layer().name().endswith(": year developed")]
    assert len(growth) == 3 and all(g.renderer().type() == "singlebandpseudocolor" for g in growth)
    assert page.chart.figure is not None and len(page.chart.figure.get_axes()) == 4
    planner.zoom_to_city()
    planner.render_map()
    planner.show("scenarios", page.headline)
    screenshot(planner.window, "dock_5_scenarios_results")


@pytest.mark.skipif(report_available(), reason="planning_report is installed: the report is built instead")
def test_report_without_the_algorithm_says_so_in_the_message_bar(planner, screenshot):
    planner.ensure("exposure")
    page = planner.page("report")
    bar = planner.iface.messageBar()
    bar.clear_messages()
    assert page.run()
    (ok,) = wait_signal(page.run_finished)
    assert ok is False
    critical = bar.get_messages(Qgis.MessageLevel.Critical)
    assert critical and "not available" in critical[-1]
    assert "not available" in page.run_bar.status_text()
    planner.zoom_to_city()
    planner.render_map()
    planner.show("report")
    screenshot(planner.window, "dock_6_report_missing_algorithm")


class _StubReport:
    """Stands in for planning_report (built in another branch) with its published interface."""

    @staticmethod
    def make():
        from qgis.core import (
            QgsProcessing,
            QgsProcessingAlgorithm,
            QgsProcessingParameterEnum,
            QgsProcessingParameterFeatureSource,
            QgsProcessingParameterField,
            QgsProcessingParameterFileDestination,
            QgsProcessingParameterRasterLayer,
            QgsProcessingParameterString,
        )
        from qgis.PyQt.QtGui import QPageSize, QPainter, QPdfWriter

        received = {}

        class StubReport(QgsProcessingAlgorithm):
            def name(self):
                return "planning_report"

            def displayName(self):
                return "planning_report (test stub)"

            def createInstance(self):
                return StubReport()

            def initAlgorithm(self, config=None):
                vector = [QgsProcessing.SourceType.TypeVector]
                for name in ("EXPOSURE", "EXPOSURE_SUMMARY", "ACCESS", "ACCESS_SUMMARY", "RANKED_PARCELS"):
                    self.addParameter(QgsProcessingParameterFeatureSource(name, name, vector, optional=True))
                for name in ("SENSITIVITY", "SCENARIO_SUMMARY", "AREAS"):
                    self.addParameter(QgsProcessingParameterFeatureSource(name, name, vector, optional=True))
                self.addParameter(QgsProcessingParameterRasterLayer("SUITABILITY", "SUITABILITY", optional=True))
                self.addParameter(QgsProcessingParameterField("AREA_NAME_FIELD", "f", None, "AREAS", optional=True))
                for name in ("CITY_NAME", "AUTHOR", "ACCESS_THRESHOLDS", "SERVICE_STANDARDS"):
                    self.addParameter(QgsProcessingParameterString(name, name, optional=True))
                self.addParameter(QgsProcessingParameterEnum("LANGUAGE", "L", ["qgis", "es", "en"], defaultValue=0))
                self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_PDF", "pdf", "PDF (*.pdf)"))
                self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_HTML", "html", "HTML (*.html)"))

            def processAlgorithm(self, parameters, context, feedback):
                received.update(parameters)
                for name in ("EXPOSURE", "EXPOSURE_SUMMARY", "ACCESS_SUMMARY", "RANKED_PARCELS", "AREAS"):
                    assert self.parameterAsSource(parameters, name, context) is not None, name
                assert self.parameterAsRasterLayer(parameters, "SUITABILITY", context) is not None
                pdf = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
                html = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
                writer = QPdfWriter(pdf)
                writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
                painter = QPainter(writer)
                painter.drawText(100, 100, self.parameterAsString(parameters, "CITY_NAME", context))
                painter.end()
                with open(html, "w", encoding="utf-8") as handle:
                    handle.write("<html></html>")
                return {"OUTPUT_PDF": pdf, "OUTPUT_HTML": html}

        return StubReport(), received


@pytest.mark.skipif(report_available(), reason="planning_report is installed: the real report is tested instead")
def test_report_page_passes_the_steps_outputs_to_planning_report(planner, monkeypatch):
    """The Report step fills planning_report's published parameters from the other steps and opens the PDF."""
    for key in ("exposure", "access", "suitability", "scenarios"):
        planner.ensure(key)
    provider = QgsApplication.processingRegistry().providerById("migrant_planning")
    stub, received = _StubReport.make()
    provider.addAlgorithm(stub)
    opened = []
    monkeypatch.setattr("migrant_planning_plugin.gui.pages.report.QDesktopServices.openUrl", opened.append)
    page = planner.page("report")
    page.open_when_done = True
    try:
        assert page.available_algorithm()
        page.city.setText("Villa Esperanza")
        page.author.setText("Secretaría de Planeación")
        page.language.setCurrentIndex(1)
        assert planner.run("report"), page.last_message
    finally:
        page.open_when_done = False
        provider.refreshAlgorithms()
    assert QgsApplication.processingRegistry().algorithmById(REPORT_ID) is None
    outputs = planner.dock.outputs
    assert received["EXPOSURE"] == outputs["exposure"]["OUTPUT"]
    assert received["EXPOSURE_SUMMARY"] == outputs["exposure"]["SUMMARY"]
    assert received["ACCESS_SUMMARY"] == outputs["access"]["SUMMARY"]
    assert received["SUITABILITY"] == outputs["suitability"]["OUTPUT"]
    assert received["RANKED_PARCELS"] == outputs["suitability"]["RANKED"]
    assert received["SENSITIVITY"] == outputs["suitability"]["SENSITIVITY"]
    assert received["SCENARIO_SUMMARY"] == outputs["scenarios"]["SUMMARY"]
    assert received["AREAS"] == planner.dock.data.layer_id("areas") and received["AREA_NAME_FIELD"] == "nombre"
    assert received["LANGUAGE"] == 1 and received["CITY_NAME"] == "Villa Esperanza"
    assert received["ACCESS_THRESHOLDS"] == outputs["access"]["THRESHOLDS"]
    assert "school_age_share" in received["SERVICE_STANDARDS"]
    pdf = Path(page.pdf_path)
    assert pdf.exists() and pdf.parent == planner.folder and pdf.name.startswith("report_villa_esperanza")
    assert Path(page.html_path).exists() and page.open_pdf.isEnabled()
    assert [url.toLocalFile() for url in opened] == [str(pdf)]


@pytest.mark.skipif(not report_available(), reason="planning_report is not in this branch yet")
def test_report_builds_a_pdf_with_non_blank_pages(planner, screenshot, artifacts):
    for key in ("exposure", "access", "suitability", "scenarios"):
        planner.ensure(key)
    page = planner.page("report")
    page.city.setText("Villa Esperanza")
    page.author.setText("Secretaría de Planeación")
    page.language.setCurrentIndex(1)
    assert planner.run("report", timeout=240_000), page.last_message
    pdf = Path(page.pdf_path)
    assert pdf.exists() and Path(page.html_path).exists() and pdf.with_suffix(".xlsx").exists()
    layouts = QgsProject.instance().layoutManager().layouts()  # editable in the Layout Manager
    assert any(layout.name().endswith("Villa Esperanza") for layout in layouts), [lay.name() for lay in layouts]
    shutil.copy(pdf, artifacts / "dock_report.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 4
    prefix = pdf.parent / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(prefix)], check=True)
    images = sorted(pdf.parent.glob("page*.png"))
    assert len(images) == pages
    ink = [ink_fraction(image) for image in images]
    assert min(ink) > 0.005, ink  # something is printed on every page
    assert sum(1 for value in ink if value > 0.10) >= 2, ink  # the two maps fill a good part of their pages
    planner.show("report")
    screenshot(planner.window, "dock_6_report_built")


def test_project_round_trip_restores_the_dock(planner, tmp_path):
    dock = planner.dock
    planner.ensure("exposure")
    data = dock.data
    data.pickers["settlements"].field_boxes["households"].setField("")
    exposure = planner.page("exposure")
    exposure.weights["media"].setValue(0.4)
    exposure.mode.setCurrentIndex(1)
    suitability = planner.page("suitability")
    suitability.weight_spins["slope"].setValue(0.3)
    suitability.set_enabled("roads", False)
    suitability.weight_mode.setCurrentIndex(1)
    suitability.ahp.set_judgement(0, 1, 3)
    suitability.ahp.set_judgement(2, 5, 1 / 7)
    matrix = suitability.ahp.matrix_text()
    scenarios = planner.page("scenarios")
    scenarios.load_example()
    scenarios.set_value(1, "name", "Compacto 2035")
    scenarios.set_value(2, "density_dwellings_ha", 95.0)
    expected_scenarios = [dict(s) for s in scenarios.scenarios]
    planner.page("report").city.setText("Villa Esperanza")
    roles = {role: picker.state() for role, picker in data.pickers.items()}
    table_before = exposure.table.frame().copy()

    project = QgsProject.instance()
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    assert project.readEntry(SCOPE, "pages/suitability", "")[1]
    project.clear()
    assert data.layer("settlements") is None and exposure.table.isHidden()
    assert suitability.ahp.matrix_text() != matrix and len(scenarios.scenarios) == 3
    assert scenarios.scenarios[1]["name"] != "Compacto 2035"

    assert project.read(path)
    assert {role: picker.state() for role, picker in data.pickers.items()} == roles
    assert data.field("settlements", "households") == ""
    assert exposure.weights["media"].value() == pytest.approx(0.4) and exposure.mode.currentIndex() == 1
    assert not next(c for c in suitability.criteria if c["name"] == "roads")["enabled"]
    assert suitability.uses_ahp() and suitability.ahp.matrix_text() == matrix
    assert len(suitability.ahp.names) == 6
    assert next(c for c in suitability.criteria if c["name"] == "slope")["weight"] == pytest.approx(0.3)
    assert scenarios.scenarios == expected_scenarios
    assert planner.page("report").city.text() == "Villa Esperanza"
    # the results of the run before saving are shown again
    assert exposure.table.frame().equals(table_before)
    suitability.weight_mode.setCurrentIndex(0)
    suitability.set_enabled("roads", True)


def test_layers_removed_while_idle_do_not_break_the_dock(planner):
    planner.ensure("suitability")
    dock = planner.dock
    project = QgsProject.instance()
    hazards = dock.data.layer("hazards")
    source, name = hazards.source(), hazards.name()
    project.removeMapLayer(hazards.id())
    QApplication.processEvents()
    assert dock.data.layer("hazards") is None
    exposure = planner.page("exposure")
    assert "not chosen (required)" in exposure.inputs_label.text()
    assert exposure.run() is False and "Hazard zones" in exposure.run_bar.status_text()
    assert not exposure.running
    # the ranked parcels layer removed: a click on the table says so instead of failing
    page = planner.page("suitability")
    ranked = dock.results.layer_by_source("suitability", dock.outputs["suitability"]["RANKED"])
    project.removeMapLayer(ranked.id())
    QApplication.processEvents()
    planner.iface.messageBar().clear_messages()
    assert page.zoom_to_parcel(page.top_table.frame().iloc[0]) is False
    assert planner.iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    # the suitability raster removed: the scenarios page asks for one
    raster = dock.results.layer_by_source("suitability", dock.outputs["suitability"]["OUTPUT"])
    project.removeMapLayer(raster.id())
    QApplication.processEvents()
    scenarios = planner.page("scenarios")
    assert scenarios.suitability.currentLayer() is None
    assert scenarios.run() is False and "suitability raster" in scenarios.run_bar.status_text()
    # put the hazard zones back for any later use of the fixture
    restored = QgsVectorLayer(source, name, "ogr")
    project.addMapLayer(restored)
    dock.data.set_layers({"hazards": restored})
    assert dock.data.field("hazards", "hazard_level") == "nivel"


def test_unloading_during_a_run_cancels_it_safely(planner, qgis_iface, tmp_path, monkeypatch):
    """The plugin may unload while a task runs: the task is cancelled and ends without its page."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from migrant_planning_plugin.gui import runner

    yes = suitability_page.QMessageBox.StandardButton.Yes
    monkeypatch.setattr(suitability_page.QMessageBox, "question", lambda *_a: yes)  # 2 m cells: a long run
    other = Planner(qgis_iface, tmp_path)
    other.dock.data.set_layers({role: planner.dock.data.layer(role) for role in planner.dock.data.pickers})
    page = other.page("suitability")
    page.cell_size.setValue(2)
    assert page.run()
    chain = page.chain
    wait_signal(chain.progressChanged, 30_000)
    other.dock.shutdown()
    assert chain in runner._DETACHED and not page.running
    other.window.close()
    other.dock.setParent(None)
    other.dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if chain in runner._DETACHED:
        wait_signal(chain.finished, 60_000)
    assert chain not in runner._DETACHED
    assert not any(Path(p).exists() for p in page.planned.values())


def test_shutdown_disconnects_from_the_project(qgis_iface, module_provider, tmp_path):
    project = QgsProject.instance()
    signals = (project.readProject, project.writeProject, project.cleared, project.layersWillBeRemoved)
    before = sum(project.receivers(s) for s in signals)
    planner = Planner(qgis_iface, tmp_path)
    assert sum(project.receivers(s) for s in signals) > before
    planner.dock.shutdown()
    planner.window.close()
    planner.dock.setParent(None)
    planner.dock.deleteLater()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sum(project.receivers(s) for s in signals) == before
