"""The report's model: the numbers format and the blocks a section is made of (tables, paragraphs, chart and map
slots), the whole report, and its inputs."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple, Union

import pandas as pd

ALL = "ALL"
DASH = "\u2014"
NBSP = "\u00a0"
MONTHS = {
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


# ---------------------------------------------------------------------------------------------- numbers
class Numbers:
    """Numbers for Colombian readers: thousands grouped by a (no-break) space, a decimal comma in
    Spanish (point in English), percentages with one decimal, a dash for a missing value."""

    def __init__(self, language: str = "es") -> None:
        self.language = language
        self.decimal_mark = "," if language == "es" else "."
        self.group_mark = NBSP

    @staticmethod
    def missing(value: object) -> bool:
        """Whether a value is absent (None, NaN, not a number)."""
        if value is None:
            return True
        try:
            return not math.isfinite(float(value))
        except (TypeError, ValueError):
            return True

    def number(self, value: object, digits: int = 0) -> str:
        """``value`` with ``digits`` decimals (half away from zero), grouped thousands."""
        if self.missing(value):
            return DASH
        number = float(value)
        scale = 10**digits
        rounded = math.floor(abs(number) * scale + 0.5) / scale
        text = f"{rounded:,.{digits}f}".replace(",", "\x00").replace(".", self.decimal_mark)
        text = text.replace("\x00", self.group_mark)
        return ("-" if number < 0 and rounded != 0 else "") + text

    def measure(self, value: object, unit: str, digits: int = 0) -> str:
        """A number with its unit after a no-break space ('1 500 m', '15 min', '2,3 ha'); a dash when missing."""
        if self.missing(value):
            return DASH
        return self.number(value, digits) + (NBSP + unit if unit else "")

    def integer(self, value: object) -> str:
        """A count of people, seats...: no decimals."""
        return self.number(value, 0)

    def percent(self, share: object, digits: int = 1) -> str:
        """A share 0-1 as a percentage with one decimal ('11,3 %' in Spanish, '11.3%' in English)."""
        if self.missing(share):
            return DASH
        text = self.number(float(share) * 100.0, digits)
        return text + (NBSP + "%" if self.language == "es" else "%")

    def signed_percent(self, value: object, digits: int = 1) -> str:
        """A change in percent points given in percent ('+1,6 %')."""
        if self.missing(value):
            return DASH
        text = self.percent(float(value) / 100.0, digits)
        return text if text.startswith("-") or float(value) == 0 else "+" + text

    def date(self, day: datetime.date) -> str:
        """'15 de marzo de 2025' / '15 March 2025'."""
        months = MONTHS.get(self.language, MONTHS["en"])
        if self.language == "es":
            return f"{day.day} de {months[day.month - 1]} de {day.year}"
        return f"{day.day} {months[day.month - 1]} {day.year}"


def parse_number(text: str) -> float:
    """The number written by :class:`Numbers` (either language); NaN for a dash."""
    cleaned = str(text).replace(NBSP, "").replace(" ", "").replace("%", "").replace("+", "")
    if not cleaned or cleaned == DASH:
        return float("nan")
    if "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


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
