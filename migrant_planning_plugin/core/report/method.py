"""Report section 'Method and data': the CRS, each section's notes and tables, the data sources and the software."""

from __future__ import annotations

from typing import List, Sequence

from ..i18n import tr
from .common import make_table
from .model import Block, Column, MethodNote, Numbers, ReportInputs, Section, Table
from .section import ReportSection


def method_notes(inputs: ReportInputs, numbers: Numbers, sections: Sequence[ReportSection]) -> List[MethodNote]:
    """The notes of the method page, for the inputs given: the CRS, then each section's, then sources and
    software."""
    notes = []
    crs_values = list(dict.fromkeys(text for _name, text in inputs.crs if text))
    if len(crs_values) == 1:
        notes.append(
            MethodNote(
                tr("Coordinate reference system"),
                tr("All areas and distances were computed in {crs}.").format(crs=crs_values[0]),
            )
        )
    elif crs_values:
        notes.append(
            MethodNote(
                tr("Coordinate reference system"),
                "; ".join(f"{name}: {text}" for name, text in inputs.crs if text) + ".",
            )
        )
    for section in sections:
        notes += section.method_notes(inputs, numbers)
    if inputs.sources:
        notes.append(
            MethodNote(tr("Data sources"), "; ".join(f"{name}: {text}" for name, text in inputs.sources) + ".")
        )
    if inputs.software:
        notes.append(MethodNote(tr("Software"), inputs.software))
    return notes


def method_table(notes: List[MethodNote]) -> Table:
    """The method notes as a two-column table (term, text)."""
    columns = [Column("term", tr("Topic"), "left", 1.0), Column("text", tr("How it was done"), "left", 4.2)]
    return make_table(
        "method",
        tr("Method"),
        columns,
        [[n.term, n.text] for n in notes],
        [[n.term, n.text] for n in notes],
    )


def method_section(inputs: ReportInputs, numbers: Numbers, sections: Sequence[ReportSection]) -> Section:
    """The method page: the notes as a table, then the tables the sections add (criteria and weights)."""
    blocks: List[Block] = [method_table(method_notes(inputs, numbers, sections))]
    for section in sections:
        blocks += section.method_tables(inputs, numbers)
    return Section("method", tr("Method and data"), blocks)
