"""The whole report: every section in order (:data:`SECTIONS`, then the method page), the cover's key figures and
findings, numbered tables and figures, and the charts of the chart slots."""

from __future__ import annotations

import datetime
from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from .access import AccessSection
from .checks import check_tables
from .exposure import ExposureSection
from .limits import limits_section
from .method import method_section
from .model import Chart, KeyFigure, MapSlot, Numbers, PageBreak, Report, ReportInputs, Section, Table
from .scenarios import ScenarioSection
from .section import ReportSection
from .suitability import SuitabilitySection

# The numbered sections in the order of the report; the method page comes last.
SECTIONS: List[ReportSection] = [ExposureSection(), AccessSection(), SuitabilitySection(), ScenarioSection()]


def build_report(inputs: ReportInputs) -> Report:
    """The whole report for the inputs given; sections without input are left out."""
    if not inputs.has_analysis():
        raise InputError(
            tr(
                "The report needs at least one analysis result: give EXPOSURE_SUMMARY, EXPOSURE, ACCESS_SUMMARY, "
                "ACCESS, SUITABILITY, RANKED_PARCELS, SENSITIVITY or SCENARIO_SUMMARY."
            )
        )
    check_tables(inputs, SECTIONS)
    numbers = Numbers(inputs.language)
    figures: List[KeyFigure] = []
    findings: List[str] = []
    sections: List[Section] = []
    for section in SECTIONS:
        content = section.build(inputs, numbers)
        if content.section is not None:
            sections.append(content.section)
        figures += content.figures
        findings += content.findings
    limits = limits_section(inputs, numbers, SECTIONS)
    if limits is not None:
        sections.append(limits)
    sections.append(method_section(inputs, numbers, SECTIONS))

    _number_tables_and_figures(sections)
    title = tr("Migrant integration planning report")
    city = inputs.city.strip()
    day = inputs.date or datetime.date.today()
    notice = tr("Fictitious data") if inputs.fictitious else ""
    footer = f"{title} \u2014 {city}" if city else title
    return Report(
        title=title,
        city=city,
        author=inputs.author.strip(),
        date=numbers.date(day),
        language=inputs.language,
        key_figures=figures[:6],
        findings=findings,
        sections=sections,
        footer=footer,
        notice=notice,
    )


def _number_tables_and_figures(sections: List[Section]) -> None:
    """Prefix 'Table n.' to table titles and 'Figure n.' to chart and map captions (method tables excepted)."""
    tables = figures = 0
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Table) and section.key != "method":
                tables += 1
                block.title = tr("Table {n}. {title}").format(n=tables, title=block.title)
            elif isinstance(block, (Chart, MapSlot)):
                figures += 1
                block.caption = tr("Figure {n}. {caption}").format(n=figures, caption=block.caption)


def report_charts(inputs: ReportInputs, report: Report, font_family: Optional[str] = None) -> Dict[str, object]:
    """The matplotlib figures of the chart slots of ``report`` (key -> Figure), in ``font_family`` if installed."""
    import matplotlib

    style = {}
    if font_family and _register_font(font_family):
        style = {"font.family": [font_family, "DejaVu Sans"]}  # concrete names: kept by the texts until drawn
    with matplotlib.rc_context(style):
        return _report_charts(inputs, report)


def _register_font(family: str) -> bool:
    """Make an installed font family known to matplotlib (its cache may predate the font); True if known."""
    from matplotlib import font_manager

    if any(entry.name == family for entry in font_manager.fontManager.ttflist):
        return True
    found = False
    for path in font_manager.findSystemFonts(fontext="ttf"):
        try:
            if font_manager.FontProperties(fname=path).get_name() == family:
                font_manager.fontManager.addfont(path)
                found = True
        except (OSError, RuntimeError, ValueError):
            continue
    return found


def _report_charts(inputs: ReportInputs, report: Report) -> Dict[str, object]:
    """The figures, in the current matplotlib style."""
    keys = {block.key for section in report.sections for block in section.blocks if isinstance(block, Chart)}
    figures: Dict[str, object] = {}
    for section in SECTIONS:
        figures.update(section.charts(inputs, keys))
    return figures


def page_plan(report: Report) -> List[str]:
    """The section key of each page the layout makes when nothing overflows: the cover, then every section
    from a new page, with one more page per page break."""
    pages = ["cover"]
    for section in report.sections:
        pages.append(section.key)
        pages += [section.key for block in section.blocks if isinstance(block, PageBreak)]
    return pages
