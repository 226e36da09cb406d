"""Content of the council report: key figures, tables, chart and map slots and the method notes.

Pure Python (pandas, matplotlib through :mod:`..charts`): the QGIS print layout (``qgis_io.report_layout``) and
the HTML writer (:mod:`.html_page`) only lay out what :func:`build_report` returns, so every number in the report is
computed here and testable without QGIS.

One module per section (:mod:`.exposure`, :mod:`.access`, :mod:`.suitability`, :mod:`.scenarios`,
:mod:`.method`), each a :class:`.section.ReportSection`; :mod:`.build` puts them together. The inputs are the
outputs of the other algorithms (their documented columns): settlement_exposure ``SUMMARY`` (and ``OUTPUT``
attributes), service_access ``SUMMARY`` (and ``OUTPUT``), the metadata of site_suitability's raster,
rank_candidate_sites ``OUTPUT``, weight_sensitivity ``OUTPUT`` and growth_scenarios ``SUMMARY``. Any of them may
be missing: its section is left out. Tables carry both the formatted cells and the numbers behind them.
"""

from __future__ import annotations

from ..scenarios import scenario_totals
from .access import access_summary_from_features, coverage_by_area_table, coverage_table
from .build import SECTIONS, build_report, page_plan, report_charts
from .checks import check_tables
from .common import parse_pairs
from .exposure import exposure_by_area_table, exposure_by_type_table, exposure_summary_from_features
from .method import method_notes, method_table
from .model import (
    ALL,
    DASH,
    NBSP,
    Block,
    Bullets,
    Chart,
    Column,
    Heading,
    KeyFigure,
    MapSlot,
    MethodNote,
    Numbers,
    PageBreak,
    Paragraph,
    Report,
    ReportInputs,
    Section,
    Table,
    parse_number,
)
from .scenarios import scenario_measures, scenario_tables
from .section import ReportSection, SectionContent, TableCheck
from .suitability import (
    class_area_table,
    describe_constraints,
    describe_definition,
    parcel_id_field,
    sensitivity_table,
    top_parcels_table,
    weights_table,
)

__all__ = [
    "ALL",
    "DASH",
    "NBSP",
    "SECTIONS",
    "Block",
    "Bullets",
    "Chart",
    "Column",
    "Heading",
    "KeyFigure",
    "MapSlot",
    "MethodNote",
    "Numbers",
    "PageBreak",
    "Paragraph",
    "Report",
    "ReportInputs",
    "ReportSection",
    "Section",
    "SectionContent",
    "Table",
    "TableCheck",
    "access_summary_from_features",
    "build_report",
    "check_tables",
    "class_area_table",
    "coverage_by_area_table",
    "coverage_table",
    "describe_constraints",
    "describe_definition",
    "exposure_by_area_table",
    "exposure_by_type_table",
    "exposure_summary_from_features",
    "method_notes",
    "method_table",
    "page_plan",
    "parcel_id_field",
    "parse_number",
    "parse_pairs",
    "report_charts",
    "scenario_measures",
    "scenario_tables",
    "scenario_totals",
    "sensitivity_table",
    "top_parcels_table",
    "weights_table",
]
