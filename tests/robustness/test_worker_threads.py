"""Every algorithm on Processing's worker threads, as the toolbox, the Graphical Modeler and the dock run them.

QGIS runs an algorithm in a QgsProcessingAlgRunnerTask on a pooled worker thread unless it carries the
NoThreading flag. On QGIS 3.40 (Debian 13, pyproj 3.7.1) making a pyproj CRS there crashed QGIS: pyproj keeps
one PROJ context per OS thread but frees it with the Python thread state, which SIP creates and deletes for each
call on a pooled thread, so the next algorithm on the same thread used a freed context (segmentation fault in
proj_create). So here:

* every algorithm that may run on a worker thread runs 20 times from QgsProcessingAlgRunnerTask, four at once
  (algorithms mixed), on the small sample-city window of tests/robustness/cases.py; every run succeeds with the
  same key numbers as a run on the main thread;
* no pyproj CRS is made off the main thread during those runs (on every QGIS version, so that the Debian 12 leg
  guards the code path that crashed on Debian 13);
* the main-thread-only algorithms (``planning_report`` and the model ``migrant_planning_workflow``) carry the
  NoThreading flag of the running QGIS version, and started as a task by the dock they run on the main thread.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pyproj
import pytest
from qgis.core import Qgis, QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QThreadPool

from migrant_planning_plugin import sample_city
from migrant_planning_plugin.gui.tasks import AlgorithmRun
from migrant_planning_plugin.processing import workflow
from migrant_planning_plugin.processing.algorithms.planning_report import PlanningReport
from migrant_planning_plugin.processing.threads import runs_on_main_thread
from tests.conftest import SAMPLE_DIR

from .matrix import ALGORITHMS
from .runner import run, start_task, wait_for

RUNS = 20
AT_ONCE = 4
REGENERATED = 2  # of the sample city's runs, these regenerate the city instead of copying the shipped one
PROVIDER = "migrant_planning"


@pytest.fixture
def pyproj_off_main_thread(monkeypatch):
    """The threads (other than the main one) on which a pyproj CRS was made while the test ran."""
    seen = []
    original = pyproj.CRS.__init__
    main = threading.main_thread().ident

    def watched(self, *args, **kwargs):
        if threading.get_ident() != main:
            seen.append(threading.current_thread().name)
        original(self, *args, **kwargs)

    monkeypatch.setattr(pyproj.CRS, "__init__", watched)
    return seen


@pytest.fixture
def four_threads():
    """Let the task manager run four tasks at once (its default is one per core): its own thread pool on QGIS 3.40,
    Qt's global pool on QGIS 3.22."""
    manager = QgsApplication.taskManager()
    pool = manager.threadPool() if hasattr(manager, "threadPool") else QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(AT_ONCE)
    yield
    pool.setMaxThreadCount(before)


def _import_osm(data, folder) -> dict:
    return {
        "INPUT": str(SAMPLE_DIR / sample_city.OSM_NAME),
        "AOI": data.uri("aoi"),
        "ROADS": str(folder / "roads.gpkg"),
        "FACILITIES": str(folder / "facilities.gpkg"),
    }


def _feature_counts(*outputs):
    def totals(results: dict) -> np.ndarray:
        return np.array([QgsVectorLayer(results[name], name, "ogr").featureCount() for name in outputs], dtype=float)

    return totals


# Algorithms without an entry in the bad-input matrix (tests/robustness/matrix.py): their clean parameters on the
# window and their key numbers.
EXTRA = {"import_osm": (_import_osm, _feature_counts("ROADS", "FACILITIES"))}
# Algorithms run on a worker thread by a test of their own, not 20 times here, and why.
ELSEWHERE = {
    "run_for_municipalities": "it starts qgis_process workers (seconds each): "
    "tests/national/test_cancel_and_scale_out.py::test_cancel_from_a_background_task runs it as a background task "
    "and watches pyproj the same way"
}


def _params(alg_id: str, data, folder) -> dict:
    if alg_id in ALGORITHMS:
        return ALGORITHMS[alg_id].params("clean", data, folder)
    return EXTRA[alg_id][0](data, folder)


def _totals(alg_id: str, results: dict):
    totals = ALGORITHMS[alg_id].totals if alg_id in ALGORITHMS else EXTRA[alg_id][1]
    return totals(results) if totals else None


def _threaded_algorithms():
    """Ids of the provider's algorithms that QGIS may run on a worker thread."""
    registry = QgsApplication.processingRegistry()
    return sorted(a.name() for a in registry.providerById(PROVIDER).algorithms() if not runs_on_main_thread(a))


def test_every_algorithm_20_times_on_worker_threads_four_at_once(
    provider, case_data, tmp_path, pyproj_off_main_thread, four_threads
):
    algorithms = [a for a in _threaded_algorithms() if a not in ELSEWHERE]
    missing = [a for a in algorithms if a not in ALGORITHMS and a not in EXTRA]
    assert not missing, f"add {missing} to tests/robustness/matrix.py (or EXTRA here): every algorithm runs here"
    assert "settlement_exposure" in algorithms and "load_sample_city" in algorithms
    expected = {}
    for alg_id in algorithms:  # reference: one run on the main thread
        folder = tmp_path / f"main_{alg_id}"
        folder.mkdir()
        record = run(alg_id, _params(alg_id, case_data, folder))
        assert record.ok, (alg_id, record.message)
        expected[alg_id] = _totals(alg_id, record.results)
    assert not pyproj_off_main_thread
    jobs = []  # round robin: four different algorithms at once
    for number in range(RUNS):
        for alg_id in algorithms:
            folder = tmp_path / f"{alg_id}_{number}"
            folder.mkdir()
            params = _params(alg_id, case_data, folder)
            if alg_id == "load_sample_city" and number < REGENERATED:
                params["REGENERATE"] = True
            jobs.append((alg_id, params))
    running, finished = [], []
    started = time.monotonic()
    while jobs or running:
        while jobs and len(running) < AT_ONCE:
            alg_id, params = jobs.pop(0)
            state = start_task(alg_id, params)
            state["alg"] = alg_id
            running.append(state)
        QCoreApplication.processEvents()
        time.sleep(0.002)
        for state in [s for s in running if s["done"]]:
            running.remove(state)
            finished.append(state)
        assert time.monotonic() - started < 900, "the threaded runs did not finish in 15 minutes"
    assert len(finished) == RUNS * len(algorithms)
    for state in finished:
        assert state["ok"], (state["alg"], state["feedback"].errors)
        if expected[state["alg"]] is not None:
            totals = _totals(state["alg"], state["results"])
            assert np.allclose(totals, expected[state["alg"]], rtol=1e-9, atol=1e-9), state["alg"]
    assert not pyproj_off_main_thread, f"pyproj CRS made on worker threads: {sorted(set(pyproj_off_main_thread))}"


def test_the_inputs_are_read_on_the_main_thread_before_a_background_run(provider, case_data, tmp_path, monkeypatch):
    """The layers a run reads are looked at (for the destination checks) in prepareAlgorithm, which QGIS calls on
    the main thread when it starts a background task; reading project layers from the worker crashed the dock once
    (a segmentation fault in qgis_io.destinations.layer_place on the worker thread)."""
    from migrant_planning_plugin.qgis_io import destinations

    threads, original = [], destinations.input_places

    def watched(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(destinations, "input_places", watched)
    layer = QgsVectorLayer(case_data.uri("settlements"), "asentamientos", "ogr")
    params = _params("settlement_exposure", case_data, tmp_path)
    params["SETTLEMENTS"] = layer  # a layer object, as the dock passes them
    state = start_task("settlement_exposure", params)
    wait_for([state], 120.0)
    assert state["ok"], state["feedback"].errors
    assert threads == [True]  # once, on the main thread: processAlgorithm (on the worker) used what it found


def _model_parameters(case_data, folder) -> dict:
    """The model on the sample-city window, every option at its default but a coarser grid."""
    roles = {
        "SETTLEMENTS": "settlements",
        "HAZARDS": "hazards",
        "FACILITIES": "facilities",
        "ROADS": "roads",
        "LAND_USE": "land_use",
        "AREAS": "areas",
        "CANDIDATES": "candidates",
        "AOI": "aoi",
        "WATER": "water",
    }
    params = {name: case_data.uri(role) for name, role in roles.items()}
    params.update({"DEM": case_data.raster("dem"), "CELL_SIZE": 50, "CITY_NAME": "Villa Esperanza", "LANGUAGE": 2})
    outputs = {
        "exposure:OUTPUT": "exposure.gpkg",
        "exposure:SUMMARY": "exposure_summary.gpkg",
        "access:OUTPUT": "access.gpkg",
        "access:SUMMARY": "access_summary.gpkg",
        "ahp:OUTPUT": "ahp.gpkg",
        "suitability:OUTPUT": "suitability.tif",
        "suitability:CLASSIFIED": "suitability_classes.tif",
        "ranking:OUTPUT": "ranked.gpkg",
        "sensitivity:OUTPUT": "sensitivity.gpkg",
        "scenarios:OUTPUT_FOLDER": "scenarios",
        "scenarios:SUMMARY": "scenario_summary.gpkg",
        "report:OUTPUT_PDF": "report.pdf",
    }
    params.update({name: str(folder / path) for name, path in outputs.items()})
    return params


@pytest.mark.parametrize("alg_id", ["planning_report", workflow.MODEL_NAME])
def test_main_thread_algorithms_carry_the_flag_of_this_qgis(provider, alg_id):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"{PROVIDER}:{alg_id}")
    assert runs_on_main_thread(algorithm)
    # the flags() of our Python classes return the type this QGIS expects (QGIS 3.36 changed it)
    expected = "ProcessingAlgorithmFlags" if hasattr(Qgis, "ProcessingAlgorithmFlag") else "Flags"
    assert type(algorithm.flags()).__name__ == expected


def test_the_model_started_as_a_task_runs_on_the_main_thread(provider, case_data, tmp_path, monkeypatch):
    """The dock starts every run as a task; the model (and the report in it) must stay on the main thread."""
    threads = []
    original_model = workflow.WorkflowModel.processAlgorithm
    original_report = PlanningReport.execute

    def model(self, *args):
        threads.append(("model", threading.get_ident()))
        return original_model(self, *args)

    def report(self, *args):
        threads.append(("report", threading.get_ident()))
        return original_report(self, *args)

    monkeypatch.setattr(workflow.WorkflowModel, "processAlgorithm", model)
    monkeypatch.setattr(PlanningReport, "execute", report)
    outcome = {}
    run_ = AlgorithmRun(f"{PROVIDER}:{workflow.MODEL_NAME}", _model_parameters(case_data, tmp_path))
    run_.finished.connect(lambda ok, results, message: outcome.update(ok=ok, results=results, message=message))
    assert run_.start()
    deadline = time.monotonic() + 600
    while not outcome and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert outcome.get("ok"), outcome.get("message")
    main = threading.main_thread().ident
    assert [name for name, _ in threads] == ["model", "report"]
    assert all(ident == main for _, ident in threads)
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
