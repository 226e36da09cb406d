"""Step 1's 'Import OpenStreetMap…' and 'Estimate migrants…' on the sample city, as exercise 7 of the training guide
tells trainees to press them: the layers they make fill the roles, the figures the dock then gives are those the
guide prints, the hint says what is missing, a failed import leaves nothing; screenshots of the step and the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

from migrant_planning_plugin.gui.pages.data import EstimateDialog, imported_group_name
from tests.gui.test_dock_steps import open_planner, wait_signal
from tests.gui.test_dock_workshop import printed_figures
from tests.qgis.test_training_numbers import mismatch
from tests.qgis.workshop_support import INFORMAL_WEIGHT, MUNICIPAL_TOTAL, _slug


@pytest.fixture(scope="module")
def planner(qgis_iface, module_provider, tmp_path_factory):
    yield from open_planner(qgis_iface, tmp_path_factory.mktemp("dock_prepare"))


def test_the_hint_names_what_is_missing(planner):
    data = planner.dock.data
    assert not data.prep_status.isVisible() or not data.prep_status.text()  # the sample city has everything
    roads = data.layer("roads")
    data.pickers["roads"].set_layer(None)
    QApplication.processEvents()
    assert "OpenStreetMap" in data.prep_status.text()
    data.pickers["roads"].set_layer(roads)
    data.pickers["settlements"].field_boxes["migrants"].setField("")
    QApplication.processEvents()
    assert "estimate them from the municipal total" in data.prep_status.text()
    data.pickers["settlements"].field_boxes["migrants"].setField("migrantes")


def test_a_file_that_is_not_osm_fails_cleanly(planner, tmp_path):
    data = planner.dock.data
    bad = tmp_path / "vias.osm"
    bad.write_text("not xml", encoding="utf-8")
    roads = data.layer("roads")
    assert data.import_osm(str(bad))
    (ok,) = wait_signal(data.prepared)
    assert not ok and "not an OpenStreetMap file" in data.prep_status.text()
    assert data.layer("roads") is roads
    assert not list(Path(planner.folder).glob("osm_roads*.gpkg"))  # nothing left behind


def test_exercise_7_through_the_dock_gives_the_printed_figures(planner, screenshot):
    figures = printed_figures()
    data = planner.dock.data
    got = {}
    # 1 Data: Import OpenStreetMap… with villa_esperanza.osm, which Load sample city wrote beside the GeoPackage
    osm = Path(planner.folder) / "villa_esperanza" / "villa_esperanza.osm"
    assert osm.exists()
    assert data.import_osm(str(osm))
    (ok,) = wait_signal(data.prepared)
    assert ok, data.prep_status.text()
    roads, facilities = data.layer("roads"), data.layer("facilities")
    assert roads.source().startswith(str(planner.folder)) and "osm_roads" in roads.source()
    got["own.osm.edges"] = roads.featureCount()
    got["own.osm.facilities.total"] = facilities.featureCount()
    for kind in ("salud", "educación", "primera infancia"):
        got[f"own.osm.facilities.{_slug(kind)}"] = sum(1 for f in facilities.getFeatures() if f["tipo"] == kind)
    group = QgsProject.instance().layerTreeRoot().findGroup(imported_group_name())
    assert group is not None and len(group.findLayers()) == 2
    assert data.field("roads", "speed") == "speed_kmh" and data.field("roads", "oneway") == "oneway"
    # Estimate migrants…: the municipal total, informal settlements weighing 2.5 times
    assert data.estimate_migrants(MUNICIPAL_TOTAL, INFORMAL_WEIGHT, "Migración Colombia")
    (ok,) = wait_signal(data.prepared)
    assert ok, data.prep_status.text()
    settlements = data.layer("settlements")
    assert "migrants_est" in settlements.source() and data.field("settlements", "migrants") == "migrants_est"
    assert settlements.metadata().abstract().startswith("ESTIMATES, not counts")
    got["own.estimate.total"] = sum(f["migrants_est"] for f in settlements.getFeatures())
    planner.render_map()
    planner.show("data", data.osm_button)
    screenshot(planner.window, "dock_1_data_prepared")
    # 3 Access: over the road network, on foot
    access = planner.page("access")
    access.method.setCurrentIndex(1)
    access.travel.setCurrentIndex(0)
    assert planner.run("access"), access.last_message
    access.area.setCurrentIndex(0)
    for _, row in access.table.frame().iterrows():
        kind = _slug(row["facility_type"])
        got[f"own.access.{kind}.covered_pct"] = 100 * row["share_covered"]
        got[f"own.access.{kind}.migrants_covered_pct"] = 100 * row["migrants_share"]
    access.method.setCurrentIndex(0)
    problems = []
    for key, value in got.items():
        assert key in figures, f"the guide prints no {key}"
        for where, shown in figures[key]:
            why = mismatch(value, shown)
            if why:
                problems.append(f"{where}: {key} {why} (through the dock)")
    assert len(got) >= 12 and not problems, "\n".join(problems)


def test_the_estimate_dialog(planner, screenshot):
    dialog = EstimateDialog(planner.dock, "asentamientos", "informal")
    dialog.show()
    QApplication.processEvents()
    assert dialog.informal.isEnabled() and dialog.informal.value() == 1.0
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Estimate"
    screenshot(dialog, "dock_estimate_migrants_dialog")
    dialog.close()
    without = EstimateDialog(planner.dock, "manzanas", "")
    assert not without.informal.isEnabled()
