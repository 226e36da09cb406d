"""Results tables for other programs: tab-separated text (the clipboard), CSV, and XLSX workbooks.

A :class:`ExportTable` holds the values as numbers (never formatted text) and a kind per column; the writers
turn them into what a spreadsheet reads as numbers: in text (CSV, the clipboard) with the reader's decimal mark
and no thousands separator; in XLSX typed cells with a number format (a share 0-1 shown as a percentage). The
dock's tables and the report's workbook use these writers. Pure Python; XLSX through openpyxl (imported when
used, Debian's python3-openpyxl).

Column kinds (as ``gui.widgets.format_value``): 'text', 'int', 'float1', 'float2', 'float3', 'num', 'pct' (a
share 0-1, written in text as a percentage), 'pct_value' (a percentage), 'pct_change' (a change in %).
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from .numbers import Numbers

XLSX_FORMATS = {
    "int": "#,##0",
    "float1": "#,##0.0",
    "float2": "#,##0.00",
    "float3": "0.000",
    "num": "General",
    "pct": "0.0%",
    "pct_value": "0.0%",
    "pct_change": "+0%;-0%;0%",
}
PERCENT_KINDS = ("pct", "pct_value", "pct_change")


@dataclass
class ExportTable:
    """A table to write: a title (sheet name), column headers, rows of values and a kind per column."""

    title: str
    headers: List[str]
    rows: List[List[object]]
    kinds: List[str] = field(default_factory=list)

    def kind(self, column: int) -> str:
        """The kind of a column ('text' when not given)."""
        return self.kinds[column] if column < len(self.kinds) else "text"


def _number(value: object, kind: str) -> object:
    """The cell as a float; None when missing (None, NaN, infinite); the value itself when it is text, a boolean,
    or not a number."""
    if value is None or isinstance(value, bool) or kind == "text":
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return number if math.isfinite(number) else None


def text_value(value: object, kind: str, numbers: Numbers) -> str:
    """A cell as a spreadsheet reads it: numbers with the decimal mark of ``numbers``, no grouping, no unit.

    A share ('pct') is written as a percentage (45.2 for 0.452), like the dock's column; an empty cell for a
    missing value.
    """
    number = _number(value, kind)
    if number is None:
        return ""
    if isinstance(number, bool):
        return "1" if number else "0"
    if not isinstance(number, float):
        return str(number)
    if kind == "pct":
        number *= 100.0
    if kind == "int":
        text = str(int(math.floor(abs(number) + 0.5)) * (-1 if number < 0 else 1))
    else:
        text = f"{number:.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", numbers.decimal_mark)


def tab_separated(table: ExportTable, numbers: Numbers, with_headers: bool = True) -> str:
    """The table as tab-separated lines (what a spreadsheet pastes into cells)."""
    lines = []
    if with_headers:
        lines.append("\t".join(_one_line(h) for h in table.headers))
    for row in table.rows:
        lines.append("\t".join(_one_line(text_value(v, table.kind(c), numbers)) for c, v in enumerate(row)))
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", str(text))


def write_csv(table: ExportTable, path: str, numbers: Numbers) -> str:
    """A CSV file a spreadsheet of the reader's locale opens: UTF-8 with a BOM, ';' when the decimal mark is ','."""
    delimiter = ";" if numbers.decimal_mark == "," else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_one_line(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([text_value(v, table.kind(c), numbers) for c, v in enumerate(row)])
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(buffer.getvalue())
    return path


def sheet_title(title: str, taken: Sequence[str] = ()) -> str:
    """A valid, unique worksheet name (at most 31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Sheet"
    name, number = base, 2
    lowered = {t.lower() for t in taken}
    while name.lower() in lowered:
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)] + suffix
        number += 1
    return name


def xlsx_value(value: object, kind: str) -> Optional[object]:
    """A typed cell value: numbers as numbers (percentages as fractions, shown with a % format)."""
    number = _number(value, kind)
    if number is None or isinstance(number, bool):
        return number
    if not isinstance(number, float):
        return str(number)
    if kind in ("pct_value", "pct_change"):
        return number / 100.0
    if kind == "int" and number == int(number):
        return int(number)
    return number


def write_xlsx(tables: Sequence[ExportTable], path: str) -> str:
    """An XLSX workbook, one sheet per table: bold headers, the top row frozen, typed numbers, fitted columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: List[str] = []
    for table in tables:
        sheet = workbook.create_sheet(sheet_title(table.title, taken))
        taken.append(sheet.title)
        sheet.append([str(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append([xlsx_value(v, table.kind(c)) for c, v in enumerate(row)])
        for column in range(len(table.headers)):
            kind = table.kind(column)
            letter = get_column_letter(column + 1)
            if kind in XLSX_FORMATS:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                    cell.number_format = XLSX_FORMATS[kind]
            longest = max([len(str(r[column])) for r in table.rows if column < len(r)] + [8])
            header_words = max((len(w) for w in str(table.headers[column]).split()), default=8)
            sheet.column_dimensions[letter].width = min(60, max(longest + 2, header_words + 2, 10))
        sheet.freeze_panes = "A2"
    workbook.save(path)
    return path
