"""Plugin resilience with the planner's dock (issue 9): a long QGIS session with the dock open.

- 20 load/unload cycles of the plugin with the dock opened, a page shown and the exposure page's results
  (table and chart) rebuilt from the project each cycle: nothing grows (actions, docks, providers, the receivers
  of every signal of the project, its layer tree, its layers, the map canvas, the Processing registry and the
  task manager, log handlers, live dock objects).
- Closing and reopening a project with the dock open (QgsProject.clear, then read a .qgz the dock wrote), also
  while a run is going on: the dock follows, and no error is logged or raised.
- Removing a layer that a panel uses, idle and while a task that reads it runs: the run ends cleanly (finished,
  or a clear message), no output is left half-written.
- A second run started while one runs: the page refuses it and says so; two AlgorithmRun tasks of different
  algorithms started together both finish.

Any exception in a Qt slot fails the test (pytest-qt), and so does an error logged by the plugin.
"""

from __future__ import annotations

import gc
import logging
import shutil
import time
from pathlib import Path
from typing import Dict, List

import pytest
from osgeo import gdal, ogr
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QMetaMethod
from qgis.PyQt.QtWidgets import QApplication

import migrant_planning_plugin
from migrant_planning_plugin.gui import runner, tasks
from migrant_planning_plugin.gui.dock import SCOPE, PlannerDock
from migrant_planning_plugin.gui.pages.base import Page
from migrant_planning_plugin.gui.tasks import AlgorithmRun
from migrant_planning_plugin.log import LOGGER_NAME, install_message_log, remove_message_log
from migrant_planning_plugin.translations import remove_translator
from tests.conftest import register_provider, sample_layer_uri
from tests.gui.test_dock_steps import open_planner, wait_signal
from tests.qgis.test_lifecycle import _state

CYCLES = 20
ROLES = ("settlements", "hazards", "areas", "facilities")


class ErrorRecords(logging.Handler):
    """Keeps the plugin's log records of level ERROR and above."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: List[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def plugin_errors():
    """Errors the plugin logs during the test (a damaged state restored, a failing slot ...): none expected."""
    handler = ErrorRecords()
    logging.getLogger(LOGGER_NAME).addHandler(handler)
    yield handler.records
    logging.getLogger(LOGGER_NAME).removeHandler(handler)


def _flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def receivers(obj) -> int:
    """Connections to every signal of a QObject."""
    meta = obj.metaObject()
    total = 0
    seen = set()
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() != QMetaMethod.MethodType.Signal:
            continue
        name = bytes(method.name()).decode()
        if name in seen:
            continue
        seen.add(name)
        signal = getattr(obj, name, None)
        if signal is None:
            continue
        try:
            total += obj.receivers(signal)
        except (TypeError, RuntimeError):
            continue
    return total


def alive() -> Dict[str, int]:
    """Live dock and page objects (Python side): one garbage collection, one pass."""
    gc.collect()
    counts = {"docks": 0, "pages": 0}
    for obj in gc.get_objects():
        if isinstance(obj, PlannerDock):
            counts["docks"] += 1
        elif isinstance(obj, Page):
            counts["pages"] += 1
    return counts


def dock_state(iface) -> Dict[str, object]:
    """What a plugin with its dock may add to a QGIS session, counted."""
    _flush()
    project = QgsProject.instance()
    state = dict(_state(iface))
    state["project_receivers"] = receivers(project)
    state["layer_tree_receivers"] = receivers(project.layerTreeRoot())
    state["layer_receivers"] = {layer.name(): receivers(layer) for layer in project.mapLayers().values()}
    state["canvas_receivers"] = receivers(iface.mapCanvas())
    state["registry_receivers"] = receivers(QgsApplication.processingRegistry())
    state["task_manager_receivers"] = receivers(QgsApplication.taskManager())
    state["log_handlers"] = len(logging.getLogger(LOGGER_NAME).handlers)
    state["detached_runs"] = len(runner._DETACHED)
    state["running_runs"] = len(tasks._RUNNING)
    return state


@pytest.fixture
def city(tmp_path, sample_gpkg, provider):
    """A project with four layers of a copy of the sample city, and the outputs of a settlement_exposure run."""
    import processing

    gpkg = tmp_path / "city.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    project = QgsProject.instance()
    project.clear()
    layers = {}
    for role in ROLES:
        layer = QgsVectorLayer(sample_layer_uri(str(gpkg), role), role, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        layers[role] = layer
    outputs = processing.run(
        "migrant_planning:settlement_exposure",
        {
            "SETTLEMENTS": layers["settlements"],
            "HAZARDS": layers["hazards"],
            "AREAS": layers["areas"],
            "OUTPUT": str(tmp_path / "exposure.gpkg"),
            "SUMMARY": str(tmp_path / "summary.gpkg"),
        },
    )
    yield {"layers": layers, "outputs": outputs, "folder": tmp_path}
    project.clear()


def test_twenty_cycles_with_the_dock_open_leave_nothing_behind(qgis_iface, city, plugin_errors, qtbot):
    """Each cycle: load, open the dock (its state read from the project: roles, the exposure results rebuilt as
    table and chart), show a page, unload."""
    project = QgsProject.instance()
    roles = {role: {"layer": layer.id(), "fields": {}} for role, layer in city["layers"].items()}
    project.writeEntry(SCOPE, "pages/data", json_text({"roles": roles, "folder": str(city["folder"])}))
    outputs = {"OUTPUT": city["outputs"]["OUTPUT"], "SUMMARY": city["outputs"]["SUMMARY"]}
    project.writeEntry(SCOPE, "outputs", json_text({"exposure": outputs}))
    registry = QgsApplication.processingRegistry()
    registry.removeProvider("migrant_planning")  # registered by the fixtures, not by a plugin
    remove_message_log()
    remove_translator()
    before = dock_state(qgis_iface)
    objects = alive()
    try:
        for cycle in range(CYCLES):
            plugin = migrant_planning_plugin.classFactory(qgis_iface)
            plugin.initGui()
            plugin.toggle_dock(True)
            dock = plugin.dock
            assert dock.data.layer("hazards") is city["layers"]["hazards"], cycle
            exposure = dock.page("exposure")
            assert exposure.table.model().rowCount() > 1 and exposure.chart.figure is not None, cycle
            dock.go_to(cycle % len(dock.pages))
            QApplication.processEvents()
            plugin.unload()
            del plugin, dock, exposure
            state = dock_state(qgis_iface)
            assert state == before, f"cycle {cycle + 1}: " + str(
                {k: (before[k], v) for k, v in state.items() if before.get(k) != v}
            )
        assert alive() == objects  # no dock or page of any cycle is kept alive
    finally:
        install_message_log()
        register_provider()
    assert plugin_errors == []


def json_text(value) -> str:
    """A dock entry as the dock writes it."""
    import json

    return json.dumps(value, ensure_ascii=False)


# ------------------------------------------------------------------------------------------------ the dock in use
@pytest.fixture(scope="module")
def planner(qgis_iface, module_provider, tmp_path_factory):
    """The dock with the sample city loaded (written to a temporary folder) and every role filled."""
    yield from open_planner(qgis_iface, tmp_path_factory.mktemp("resilience_dock"))


def complete(path: str) -> bool:
    """Whether an output file opens and holds data (GeoTIFF or OGR)."""
    path = str(path).split("|", 1)[0]
    if path.lower().endswith(".tif"):
        dataset = gdal.OpenEx(path, gdal.OF_RASTER)
        return dataset is not None and dataset.RasterXSize > 0
    dataset = ogr.Open(path)
    return dataset is not None and dataset.GetLayerCount() > 0


def leftovers(folder: Path) -> List[str]:
    """Files a run may leave behind when it stops half-way: staged GeoTIFFs, partial files, journals."""
    return sorted(
        p.name for p in Path(folder).rglob("*") if p.is_file() and (".partial" in p.name or p.name.endswith("-journal"))
    )


def start_slow_suitability(planner) -> Page:
    """The suitability step at 10 m (several seconds: grid, ranking, sensitivity), started."""
    page = planner.page("suitability")
    page.cell_size.setValue(10)
    assert page.run(), page.run_bar.status_text()
    wait_signal(page.chain.progressChanged, 30_000)
    return page


def test_closing_and_reopening_a_project_with_the_dock_open(planner, plugin_errors, tmp_path):
    dock = planner.dock
    project = QgsProject.instance()
    planner.ensure("exposure")
    roles = {role: picker.state() for role, picker in dock.data.pickers.items()}
    table = planner.page("exposure").table.frame().copy()
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)  # the dock writes its state into the project

    page = start_slow_suitability(planner)  # close the project while a run is going on
    chain = page.chain
    project.clear()
    assert not page.running and chain in runner._DETACHED
    assert all(picker.layer() is None for picker in dock.data.pickers.values())
    assert dock.outputs == {} and planner.page("exposure").table.isHidden()
    if chain in runner._DETACHED:
        wait_signal(chain.finished, 60_000)
    assert chain not in runner._DETACHED and chain.cancelled
    assert not any(Path(p).exists() for p in page.planned.values()), "a cancelled run left outputs"
    assert leftovers(planner.folder) == []

    assert project.read(path)
    assert {role: picker.state() for role, picker in dock.data.pickers.items()} == roles
    assert planner.page("exposure").table.frame().equals(table)
    assert "✓" in dock.step_buttons[1].text()
    # and the dock works on the reopened project's layers
    assert planner.run("exposure"), planner.page("exposure").last_message
    assert plugin_errors == []


def test_removing_layers_while_idle_empties_their_roles(planner, plugin_errors):
    dock = planner.dock
    project = QgsProject.instance()
    for role, picker in dock.data.pickers.items():
        layer = picker.layer()
        assert layer is not None, role
        source, name, provider = layer.source(), layer.name(), layer.providerType()
        project.removeMapLayer(layer.id())
        QApplication.processEvents()
        assert dock.data.layer(role) is None, role  # empty, not the next layer of the list
        label = dock.data.spec(role).label
        for page in dock.pages[1:5]:
            required = dict(page.inputs()).get(role)
            missing = " ".join(page.missing_inputs())
            assert (label in missing) == bool(required), (role, page.key)
        restored = QgsVectorLayer(source, name, provider) if provider == "ogr" else QgsRasterLayer(source, name)
        project.addMapLayer(restored)
        dock.data.set_layers({role: restored})
    assert plugin_errors == []


def test_removing_a_layer_while_a_task_reads_it(planner, plugin_errors):
    """The hazard zones leave the project while the suitability chain (grid, ranking, sensitivity) reads them."""
    dock = planner.dock
    project = QgsProject.instance()
    hazards = dock.data.layer("hazards")
    source, name = hazards.source(), hazards.name()
    page = start_slow_suitability(planner)
    project.removeMapLayer(hazards.id())
    (ok,) = wait_signal(page.run_finished, 120_000)
    assert not page.running and dock.data.layer("hazards") is None
    if ok:  # every output whole
        assert all(complete(path) for path in page.planned.values())
    else:  # a clear message naming the layer, and nothing left of the run
        assert "Hazard zones" in page.last_message and "removed" in page.last_message, page.last_message
        assert not any(Path(path).exists() for path in page.planned.values())
    assert leftovers(planner.folder) == []
    restored = QgsVectorLayer(source, name, "ogr")
    project.addMapLayer(restored)
    dock.data.set_layers({"hazards": restored})
    page.cell_size.setValue(100)
    assert plugin_errors == []


def test_a_run_reads_its_own_copy_of_a_layer_removed_after_it_started(planner, tmp_path):
    """Removed before the task has even begun (the task manager has not started it): the run still reads the layer
    as it was when Run was pressed, and its result equals that of a run on the untouched layer."""
    import processing

    data = planner.dock.data
    settlements, hazards = data.layer("settlements"), data.layer("hazards")
    reference = processing.run(
        "migrant_planning:settlement_exposure",
        {"SETTLEMENTS": settlements, "HAZARDS": hazards, "OUTPUT": "memory:", "SUMMARY": str(tmp_path / "ref.gpkg")},
    )
    copy = QgsVectorLayer(hazards.source(), "hazards (copy)", "ogr")
    QgsProject.instance().addMapLayer(copy)
    run = AlgorithmRun(
        "migrant_planning:settlement_exposure",
        {
            "SETTLEMENTS": settlements.id(),
            "HAZARDS": copy.id(),
            "OUTPUT": str(tmp_path / "exposure.gpkg"),
            "SUMMARY": str(tmp_path / "summary.gpkg"),
        },
    )
    assert run.start()
    QgsProject.instance().removeMapLayer(copy.id())
    ok, results, message = wait_signal(run.finished, 60_000)
    assert ok, message
    assert _summary(results["SUMMARY"]) == _summary(reference["SUMMARY"])
    assert run.layers == []  # the copies are released with the run


def _summary(path: str) -> list:
    source = ogr.Open(str(path))
    return sorted(tuple(sorted(feature.items().items())) for feature in source.GetLayer(0))


def test_a_second_run_is_refused_while_one_runs(planner, plugin_errors):
    page = start_slow_suitability(planner)
    chain, planned = page.chain, dict(page.planned)
    bar = planner.iface.messageBar()
    bar.clear_messages()
    assert page.run() is False  # refused, and said so
    assert page.chain is chain and page.planned == planned
    said = " ".join(bar.get_messages(Qgis.MessageLevel.Info) + bar.get_messages(Qgis.MessageLevel.Warning))
    assert "running" in said.lower() or "running" in page.run_bar.status_text().lower(), said
    # another step may run meanwhile: other outputs
    exposure = planner.page("exposure")
    assert exposure.run(), exposure.run_bar.status_text()
    assert not set(exposure.planned.values()) & set(planned.values())
    (ok_exposure,) = wait_signal(exposure.run_finished, 60_000)
    page.cancel()
    (ok_suitability,) = wait_signal(page.run_finished, 60_000)
    assert ok_exposure and not ok_suitability and page.last_cancelled
    assert not any(Path(p).exists() for p in planned.values())
    page.cell_size.setValue(100)
    assert plugin_errors == []


def test_two_algorithm_runs_of_different_algorithms_started_together_both_finish(planner, tmp_path):
    data = planner.dock.data
    runs = [
        AlgorithmRun(
            "migrant_planning:settlement_exposure",
            {
                "SETTLEMENTS": data.layer_id("settlements"),
                "HAZARDS": data.layer_id("hazards"),
                "OUTPUT": str(tmp_path / "exposure.gpkg"),
                "SUMMARY": str(tmp_path / "exposure_summary.gpkg"),
            },
        ),
        AlgorithmRun(
            "migrant_planning:service_access",
            {
                "DEMAND": data.layer_id("settlements"),
                "FACILITIES": data.layer_id("facilities"),
                "OUTPUT": str(tmp_path / "access.gpkg"),
                "SUMMARY": str(tmp_path / "access_summary.gpkg"),
            },
        ),
    ]
    ended = {}
    for number, run in enumerate(runs):
        run.finished.connect(lambda ok, results, message, number=number: ended.update({number: (ok, message)}))
    for run in runs:
        assert run.start()
    del run, runs
    gc.collect()  # nothing holds the runs here: their tasks' contexts, feedbacks and layers must survive
    for _ in range(12_000):
        if len(ended) == 2:
            break
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert ended == {0: (True, ""), 1: (True, "")}
    assert complete(tmp_path / "exposure.gpkg") and complete(tmp_path / "access_summary.gpkg")
