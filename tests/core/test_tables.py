"""Results tables for spreadsheets (core.tables): text a spreadsheet reads as numbers, CSV, XLSX with typed cells."""

from __future__ import annotations

import math

import pytest

from migrant_planning_plugin.core.numbers import Numbers
from migrant_planning_plugin.core.tables import (
    ExportTable,
    sheet_title,
    tab_separated,
    text_value,
    write_csv,
    write_xlsx,
)

ES, EN = Numbers("es"), Numbers("en")


def table() -> ExportTable:
    """Exposure by comuna as the dock shows it (population, share exposed), with the whole municipality."""
    return ExportTable(
        "Exposición por área",
        ["Área", "Expuestos (personas)", "Expuestos (%)"],
        [
            ["Comuna 8 - Frontera", 36255.0, 0.7493],
            ["Todo el municipio", 131550.0, 0.45234],
            ["Sin datos", None, math.nan],
        ],
        ["text", "int", "pct"],
    )


def test_text_for_a_spreadsheet_has_the_decimal_mark_of_the_locale_and_no_grouping():
    assert text_value(131550.0, "int", ES) == "131550"
    assert text_value(0.45234, "pct", ES) == "45,234"  # the dock's column is a percentage
    assert text_value(0.45234, "pct", EN) == "45.234"
    assert text_value(2.5, "int", ES) == "3" and text_value(-2.5, "int", ES) == "-3"  # half away from zero
    assert text_value(1 / 3, "float3", EN) == "0.333333"
    assert text_value(-0.0000001, "float2", EN) == "0"
    assert text_value(None, "int", ES) == "" and text_value(math.nan, "pct", ES) == ""
    assert text_value("P-0143", "text", ES) == "P-0143"


def test_tab_separated_text_is_what_a_spreadsheet_pastes_into_cells():
    expected = (
        "Área\tExpuestos (personas)\tExpuestos (%)\n"
        "Comuna 8 - Frontera\t36255\t74,93\n"
        "Todo el municipio\t131550\t45,234\n"
        "Sin datos\t\t\n"
    )
    assert tab_separated(table(), ES) == expected
    assert tab_separated(table(), ES, with_headers=False).splitlines()[0] == "Comuna 8 - Frontera\t36255\t74,93"


def test_csv_in_spanish_uses_semicolons_and_a_bom(tmp_path):
    path = write_csv(table(), str(tmp_path / "t.csv"), ES)
    raw = open(path, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents as UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Área;Expuestos (personas);Expuestos (%)"
    assert lines[1] == "Comuna 8 - Frontera;36255;74,93"
    english = open(write_csv(table(), str(tmp_path / "e.csv"), EN), encoding="utf-8-sig").read().splitlines()
    assert english[2] == "Todo el municipio,131550,45.234"


def test_xlsx_has_one_sheet_per_table_with_typed_numbers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    other = ExportTable("Cobertura: salud/educación", ["Tipo", "Cambio"], [["salud", -20.0]], ["text", "pct_change"])
    path = write_xlsx([table(), other, table()], str(tmp_path / "t.xlsx"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Exposición por área", "Cobertura  salud educación", "Exposición por área (2)"]
    sheet = book["Exposición por área"]
    assert [c.value for c in sheet[1]] == ["Área", "Expuestos (personas)", "Expuestos (%)"]
    assert sheet["B2"].value == 36255 and isinstance(sheet["B2"].value, int)
    assert sheet["C3"].value == pytest.approx(0.45234) and sheet["C3"].number_format == "0.0%"
    assert sheet["B4"].value is None and sheet["C4"].value is None
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    change = book["Cobertura  salud educación"]["B2"]
    assert change.value == pytest.approx(-0.2) and change.number_format == "+0%;-0%;0%"


def test_sheet_titles_are_valid_and_unique():
    assert sheet_title("x" * 40) == "x" * 31
    assert sheet_title("x" * 40, ["x" * 31]) == "x" * 27 + " (2)"
    assert sheet_title("a/b?") == "a b"
