"""The report's model: the blocks a section is made of (tables, paragraphs, chart and map slots), the whole report,
and its inputs. Numbers are written by :class:`..numbers.Numbers`, the one format of the dock and the report."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple, Union

import pandas as pd

from ..numbers import DASH, MONTHS, NBSP, Numbers, parse_number  # noqa: F401 (the report's names for them)

ALL = "ALL"


# ---------------------------------------------------------------------------------------------- model
@dataclass
class Column:
    """A table column: heading and alignment; ``width`` is a relative width for the layout."""

    key: str
    header: str
    align: str = "right"
    width: float = 1.0


@dataclass
class Table:
    """A report table: formatted cells, and the numbers behind them in ``values`` (same rows and keys)."""

    key: str
    title: str
    columns: List[Column]
    rows: List[List[str]]
    values: pd.DataFrame
    note: str = ""
    total_rows: int = 0  # the last rows are totals (shown bold)
    styles: Optional[List[List[str]]] = None  # per cell: "", "low" or "mid" (coverage flags)


@dataclass
class Paragraph:
    """A paragraph of running text."""

    text: str


@dataclass
class Bullets:
    """A list of short points."""

    items: List[str]


@dataclass
class Heading:
    """A heading inside a section (level 2)."""

    text: str


@dataclass
class Chart:
    """A chart slot: ``key`` is one of :func:`report_charts`; the figure comes from there."""

    key: str
    caption: str


@dataclass
class MapSlot:
    """A map slot drawn by the layout (``exposure``, ``access``, ``suitability`` or ``scenarios``)."""

    key: str
    caption: str


@dataclass
class PageBreak:
    """Continue on a new page."""


Block = Union[Paragraph, Bullets, Heading, Table, Chart, MapSlot, PageBreak]


@dataclass
class Section:
    """A numbered section; it starts on a new page."""

    key: str
    title: str
    blocks: List[Block]


@dataclass
class KeyFigure:
    """A number for the cover, with what it means."""

    value: str
    label: str


@dataclass
class MethodNote:
    """A term and its explanation on the method page."""

    term: str
    text: str


@dataclass
class Report:
    """Everything the report shows, in the report's language."""

    title: str
    city: str
    author: str
    date: str
    language: str
    key_figures: List[KeyFigure]
    findings: List[str]
    sections: List[Section]
    footer: str
    notice: str = ""  # a mark shown on the cover and in every footer ("Fictitious data")

    def tables(self) -> List[Table]:
        """Every table of every section, in order."""
        return [block for section in self.sections for block in section.blocks if isinstance(block, Table)]

    def table(self, key: str) -> Optional[Table]:
        """The table with this key (the first one), or None."""
        return next((table for table in self.tables() if table.key == key), None)


@dataclass
class ReportInputs:
    """What the report is made of; every analysis input is optional (its section is left out)."""

    city: str = ""
    author: str = ""
    date: Optional[datetime.date] = None
    language: str = "es"
    exposure_summary: Optional[pd.DataFrame] = None
    exposure_features: Optional[pd.DataFrame] = None
    access_summary: Optional[pd.DataFrame] = None
    access_features: Optional[pd.DataFrame] = None
    access_cost_unit: Optional[str] = None  # "m", "min" or None (not stated)
    access_method: Optional[str] = None  # "straight" (straight line), "network" (road network) or None (not stated)
    access_speeds: str = ""  # the speeds used for times, as the user wrote them
    suitability_metadata: Optional[Dict[str, str]] = None  # None: no suitability raster
    ranked_parcels: Optional[pd.DataFrame] = None
    sensitivity: Optional[pd.DataFrame] = None
    scenarios: Optional[pd.DataFrame] = None
    access_thresholds: str = ""
    service_standards: str = ""
    crs: List[Tuple[str, str]] = field(default_factory=list)  # (input, CRS description)
    sources: List[Tuple[str, str, Optional[datetime.date]]] = field(default_factory=list)  # (input, layer, date)
    data_sources: str = ""  # SOURCES: where the data come from, 'Población: DANE CNPV 2018; Amenazas: POT 2019'
    migrants_estimated: str = ""  # why the migrant counts are estimates (empty: they are not known to be)
    fictitious: bool = False  # the data are fictitious (the sample city): marked on the cover and every page
    maps: Set[str] = field(default_factory=set)  # maps the layout can draw: exposure, access, suitability, scenarios
    software: str = ""
    top_n: int = 10
    labels: Dict[str, str] = field(default_factory=dict)  # table attribute -> how messages name it

    def has_analysis(self) -> bool:
        """Whether any analysis input was given."""
        return any(
            value is not None
            for value in (
                self.exposure_summary,
                self.exposure_features,
                self.access_summary,
                self.access_features,
                self.suitability_metadata,
                self.ranked_parcels,
                self.sensitivity,
                self.scenarios,
            )
        )
