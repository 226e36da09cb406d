"""Results tables a planner can use elsewhere, and result files that keep their style.

The dock's exposure table (a real run on Villa Esperanza): cells are selected and copied with Ctrl+C as
tab-separated text, and the whole table is exported to XLSX (numbers typed) and CSV; the numbers are those of
the SUMMARY file read with OGR. The GeoPackages the dock writes keep their style and field aliases: opened again
in a new layer (as another project would) they have the aliases and the symbols the dock gave them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QItemSelectionModel, QLocale
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from tests.gui.test_dock_steps import open_planner


@pytest.fixture(scope="module")
def planner(qgis_iface, module_provider, tmp_path_factory):
    """The dock with the sample city and the exposure step run."""
    previous = QLocale()
    QLocale.setDefault(QLocale("es_CO"))
    for planner in open_planner(qgis_iface, tmp_path_factory.mktemp("tables")):
        assert planner.run("exposure"), planner.page("exposure").last_message
        yield planner
    QLocale.setDefault(previous)


def summary_population(path: str) -> dict:
    """Area -> people in hazard zones of any level (alta + media + baja, hazard 'any'), read with OGR."""
    source = ogr.Open(path.split("|", 1)[0])  # kept: its layer must not outlive it
    table = source.GetLayer(0)
    exposed = {}
    for feature in table:
        if feature["hazard_type"] == "any" and feature["hazard_level"] in ("alta", "media", "baja"):
            exposed[feature["area_name"]] = exposed.get(feature["area_name"], 0.0) + feature["population"]
    del table, source
    return exposed


def test_selected_cells_are_copied_as_tab_separated_text(planner):
    table = planner.page("exposure").table
    planner.show("exposure", table)
    frame = table.frame()
    model = table.model()
    selection = table.selectionModel()
    selection.clearSelection()
    for row in (0, 1):
        for column in (0, 1):
            selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    QApplication.clipboard().clear()
    table.setFocus()
    QTest.keySequence(table, QKeySequence(QKeySequence.StandardKey.Copy))
    lines = QApplication.clipboard().text().splitlines()
    exposed = summary_population(planner.dock.outputs["exposure"]["SUMMARY"])
    assert lines[0].split("\t") == ["Area", table.model_.header(1)]
    for line, (_i, row) in zip(lines[1:], frame.head(2).iterrows()):
        area, value = line.split("\t")
        assert area == row["area_name"]
        assert float(value) == pytest.approx(round(exposed[area]))  # whole persons, no grouping: a spreadsheet reads it
    assert len(lines) == 3


def test_the_table_exports_to_xlsx_with_numbers_and_to_csv(planner, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    table = planner.page("exposure").table
    exposed = summary_population(planner.dock.outputs["exposure"]["SUMMARY"])
    book = openpyxl.load_workbook(table.export(str(tmp_path / "exposure.xlsx")))
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert headers[0] == "Area" and "(persons)" in headers[1] and headers[3] == "In hazard zones (%)"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    for area, people in exposed.items():
        name = "Whole municipality" if area == "ALL" else area
        assert rows[name][1] == pytest.approx(people) and isinstance(rows[name][1], (int, float))
        assert 0.0 <= rows[name][3] <= 1.0  # a share, shown with a % format
    assert sheet.cell(2, 4).number_format == "0.0%"
    csv_path = table.export(str(tmp_path / "exposure.csv"))
    text = Path(csv_path).read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Area;")  # Colombian locale (decimal comma): semicolons
    assert len(text) == len(exposed) + 1


def test_result_geopackages_keep_their_style_and_aliases(planner):
    outputs = planner.dock.outputs["exposure"]
    for key in ("OUTPUT", "SUMMARY"):
        path = outputs[key].split("|", 1)[0]
        with sqlite3.connect(path) as connection:
            styles = connection.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
        assert styles and all(default for _name, default in styles), (key, styles)
        loaded = planner.dock.results.layer_by_source("exposure", outputs[key])
        fresh = QgsVectorLayer(path, "again", "ogr")  # as another project would open the file
        assert fresh.isValid()
        aliases = {f.name(): f.alias() for f in loaded.fields()}
        assert any(aliases.values()), key
        assert {f.name(): f.alias() for f in fresh.fields()} == aliases
        if loaded.isSpatial():
            assert fresh.renderer().type() == loaded.renderer().type()
    settlements = QgsVectorLayer(outputs["OUTPUT"].split("|", 1)[0], "again", "ogr")
    assert settlements.renderer().type() == "categorizedSymbol"  # the exposure style, not QGIS's single symbol
    assert settlements.fields().field("any_idx").alias() == "any hazard: exposure index (0-1)"  # the algorithm's alias
