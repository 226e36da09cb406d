"""The report's tables as one Excel workbook (.xlsx, written with openpyxl): one sheet per table, the headers in the
report's language, numbers as numbers (formatted as in the report: thousands, decimals, percentages), text as text.
"""

from __future__ import annotations

import math
import re
from typing import Dict, List

from ..errors import InputError
from ..i18n import tr
from .model import DASH, NBSP, Report, Table

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, used: Dict[str, int]) -> str:
    """An Excel sheet name (at most 31 characters, none of []:*?/\\, unique in the workbook) from a table title."""
    name = _FORBIDDEN.sub(" ", title).strip().rstrip(".")
    name = re.sub(r"\s+", " ", name)[:31].rstrip() or "Tabla"
    base, count = name, used.get(name.lower(), 0)
    while name.lower() in used:
        count += 1
        suffix = f" ({count})"
        name = base[: 31 - len(suffix)] + suffix
    used[name.lower()] = 1
    return name


def _number_format(text: str) -> str:
    """The Excel number format that writes a value as the report's cell ``text`` does (the report groups thousands
    with a space only, so a point or comma is always the decimal mark)."""
    clean = text.replace(NBSP, "").replace(" ", "").replace("+", "")
    percent = clean.endswith("%")
    match = re.search(r"[.,](\d+)%?$", clean)
    decimals = "." + "0" * len(match.group(1)) if match else ""
    return f"0{decimals}%" if percent else f"#,##0{decimals}"


def cell_value(value: object, text: str):
    """What a cell holds: the number behind a numeric cell (a share as 0-1), else the text shown."""
    if isinstance(value, bool) or text in ("", DASH):
        return None if text in ("", DASH) else text
    if isinstance(value, (int, float)) and not (isinstance(value, float) and not math.isfinite(value)):
        if re.search(r"\d", text) and not re.search(r"[^\d\s\u00a0.,%+\-]", text):
            return float(value)
    return text


def write_workbook(report: Report, path: str) -> List[str]:
    """Write every table of ``report`` to ``path`` (.xlsx); returns the sheet names."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise InputError(
            tr(
                "The tables could not be written as .xlsx: the Python package openpyxl is not installed. Install it "
                "(OSGeo4W shell: pip install openpyxl; Debian/Ubuntu: apt install python3-openpyxl) or leave the "
                "workbook output empty."
            )
        ) from None
    book = Workbook()
    book.remove(book.active)
    used: Dict[str, int] = {}
    names = []
    header_fill = PatternFill("solid", fgColor="1D4E5F")
    for table in report.tables():
        sheet = book.create_sheet(_sheet_name(table.title, used))
        names.append(sheet.title)
        _fill_sheet(sheet, table, Font, Alignment, header_fill)
        for index, column in enumerate(table.columns, start=1):
            longest = max(
                [len(line) for line in column.header.split("\n")] + [len(str(r[index - 1])) for r in table.rows]
            )
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    book.properties.title = report.title
    book.properties.creator = report.author or tr("Migrant Integration Planner")
    book.save(path)
    return names


def _fill_sheet(sheet, table: Table, Font, Alignment, header_fill) -> None:
    """Title, header row, one row per table row (numbers typed), totals bold, the note below."""
    sheet.cell(row=1, column=1, value=table.title).font = Font(bold=True, size=12, color="1D4E5F")
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=3, column=index, value=column.header.replace("\n", " "))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal=column.align)
    sheet.freeze_panes = "B4"
    for row_index, (cells, values) in enumerate(zip(table.rows, table.values.itertuples(index=False)), start=4):
        total = row_index - 4 >= len(table.rows) - table.total_rows
        for column_index, (text, value) in enumerate(zip(cells, values), start=1):
            content = cell_value(value, text)
            cell = sheet.cell(row=row_index, column=column_index, value=content)
            if isinstance(content, float):
                cell.number_format = _number_format(text)
            else:
                cell.alignment = Alignment(wrap_text=len(str(content or "")) > 60, vertical="top")
            if total:
                cell.font = Font(bold=True)
    if table.note:
        sheet.cell(row=4 + len(table.rows) + 1, column=1, value=table.note).font = Font(italic=True, color="5D6970")
