"""Plugin resilience in a long QGIS session: 20 load/unload cycles leave nothing behind, and two runs of an
algorithm started at once as background tasks (as the dock does) both finish with the right results and
without each other's messages. The same with the dock open, closing and reopening projects, removing layers
and starting a second run from the dock are in test_dock_resilience.py."""

from __future__ import annotations

import gc
import logging

import numpy as np
import pytest
from qgis.core import QgsApplication

import migrant_planning_plugin
from migrant_planning_plugin.log import LOGGER_NAME, install_message_log, remove_message_log
from migrant_planning_plugin.plugin import MigrantPlanningPlugin
from migrant_planning_plugin.processing.provider import MigrantPlanningProvider
from migrant_planning_plugin.translations import remove_translator
from tests.qgis.test_lifecycle import _state

from .matrix import ALGORITHMS
from .runner import run, start_task, wait_for

CYCLES = 20


def _instances(kind) -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind))


def _full_state(iface) -> dict:
    registry = QgsApplication.processingRegistry()
    state = _state(iface)
    state["log_handlers"] = len(logging.getLogger(LOGGER_NAME).handlers)
    state["registry_receivers"] = sum(
        registry.receivers(signal)
        for signal in (registry.providerAdded, registry.providerRemoved, registry.parameterTypeAdded)
    )
    state["plugins_alive"] = _instances(MigrantPlanningPlugin)
    return state


def test_twenty_load_unload_cycles_leave_nothing_behind(qgis_iface, qgis_app):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("migrant_planning") is not None:  # registered by another test's fixture
        registry.removeProvider(registry.providerById("migrant_planning"))
    remove_message_log()  # installed by the test fixtures, not by a plugin: start from a QGIS without the plugin
    remove_translator()
    before = _full_state(qgis_iface)
    providers_before = _instances(MigrantPlanningProvider)
    for cycle in range(CYCLES):
        plugin = migrant_planning_plugin.classFactory(qgis_iface)
        plugin.initGui()
        loaded = _state(qgis_iface)
        assert loaded["ours"] and loaded["menus"] == 1 and loaded["toolbars"] == 1, cycle
        assert len(registry.providerById("migrant_planning").algorithms()) >= 9, cycle
        plugin.unload()
        del plugin
        assert _full_state(qgis_iface) == before, f"cycle {cycle + 1}"
    assert _instances(MigrantPlanningProvider) <= providers_before  # no provider kept alive by the plugin
    install_message_log()  # as the fixtures left it


@pytest.mark.parametrize(
    "alg_id, cases", [("settlement_exposure", ("clean", "no_overlap")), ("site_suitability", ("clean", "clean"))]
)
def test_a_second_run_started_while_one_runs_both_finish_correctly(provider, case_data, tmp_path, alg_id, cases):
    alg = ALGORITHMS[alg_id]
    expected = []
    for number, case in enumerate(cases):  # reference results, one run after the other
        folder = tmp_path / f"reference_{number}"
        folder.mkdir()
        record = run(alg_id, alg.params(case, case_data, folder))
        assert record.ok, record.message
        expected.append(alg.totals(record.results))
    runs = []  # the task, its context and feedback must stay alive until the task has finished
    for number, case in enumerate(cases):
        folder = tmp_path / f"task_{number}"
        folder.mkdir()
        runs.append(start_task(alg_id, alg.params(case, case_data, folder)))
    wait_for(runs)
    for state, totals in zip(runs, expected):
        assert state["ok"], state["feedback"].errors
        assert np.allclose(alg.totals(state["results"]), totals, rtol=1e-9, atol=1e-9)
    if "no_overlap" in cases:  # each run shows its own messages only
        own = [any("do not overlap" in w for w in state["feedback"].warnings) for state in runs]
        assert own == [case == "no_overlap" for case in cases]
