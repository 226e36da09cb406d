"""Content of the council report: key figures, tables, chart and map slots and the method notes.

Pure Python (pandas, matplotlib through :mod:`.charts`): the QGIS print layout
(``qgis_io.report_layout``) and the HTML writer (:mod:`.report_html`) only lay out what
:func:`build_report` returns, so every number in the report is computed here and testable
without QGIS.

The inputs are the outputs of the other algorithms (their documented columns):
settlement_exposure ``SUMMARY`` (and ``OUTPUT`` attributes), service_access ``SUMMARY`` (and
``OUTPUT``), the metadata of site_suitability's raster, rank_candidate_sites ``OUTPUT``,
weight_sensitivity ``OUTPUT`` and growth_scenarios ``SUMMARY``. Any of them may be missing:
its section is left out. Tables carry both the formatted cells and the numbers behind them.
"""

from __future__ import annotations

import datetime
import json
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Set, Tuple, Union

import numpy as np
import pandas as pd

from . import charts
from .access import SUMMARY_COLUMNS as ACCESS_SUMMARY_COLUMNS
from .access import covered_share
from .errors import InputError
from .exposure import SUMMARY_COLUMNS as EXPOSURE_SUMMARY_COLUMNS
from .fields import detect_field, warn_duplicates
from .i18n import tr
from .levels import LEVELS
from .scenarios import SUMMARY_COLUMNS as SCENARIO_SUMMARY_COLUMNS
from .scenarios import scenario_totals
from .text import fold

LOG = logging.getLogger("migrant_planning")
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
# Coverage below LOW is flagged red in the coverage matrix, below MID amber.
COVERAGE_LOW = 0.5
COVERAGE_MID = 0.8
# At most this many areas in the exposure chart (those with the most people exposed).
CHART_AREAS = 25
# At most this many scenarios side by side in one table; more continue in another table.
SCENARIOS_PER_TABLE = 5

EXPOSURE_NUMERIC = EXPOSURE_SUMMARY_COLUMNS[3:]
ACCESS_NUMERIC = ACCESS_SUMMARY_COLUMNS[2:]
SCENARIO_NUMERIC = SCENARIO_SUMMARY_COLUMNS[1:]
SENSITIVITY_NUMERIC = ("run", "change_pct", "weight", "spearman", "top_kept", "top_n", "d_area_top2_pct")
PARCEL_NUMERIC = ("rank", "area_m2", "suit_mean", "suit_min", "suit_max", "share_top2", "share_excl", "share_nodata")
SUITABILITY_CLASS_KEYS = ("muy alta", "alta", "media", "baja", "muy baja", "excluida")


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
    """A map slot drawn by the layout (``exposure`` or ``suitability``)."""

    key: str
    caption: str


@dataclass
class PageBreak:
    """Continue on a new page."""


Block = Union[Paragraph, Heading, Table, Chart, MapSlot, PageBreak]


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
    access_cost_unit: Optional[str] = None  # "m", "min" or None (unknown)
    suitability_metadata: Optional[Dict[str, str]] = None  # None: no suitability raster
    ranked_parcels: Optional[pd.DataFrame] = None
    sensitivity: Optional[pd.DataFrame] = None
    scenarios: Optional[pd.DataFrame] = None
    access_thresholds: str = ""
    service_standards: str = ""
    crs: List[Tuple[str, str]] = field(default_factory=list)  # (input, CRS description)
    sources: List[Tuple[str, str]] = field(default_factory=list)  # (input, layer name and file)
    maps: Set[str] = field(default_factory=set)  # maps the layout can draw: "exposure", "suitability"
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


# ---------------------------------------------------------------------------------------------- helpers
def _numeric(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """A copy with ``columns`` (those present) as floats; text such as CSV cells is converted."""
    out = pd.DataFrame(frame).copy()
    for column in columns:
        if column in out.columns:
            out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    return out


def _require(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """Stop with a clear message when a table lacks the columns of the algorithm output it should be."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            tr("{what}: the table has no column {columns}. Give the output of the algorithm named here.").format(
                what=what, columns=", ".join(missing)
            )
        )


def _sum(values: pd.Series) -> float:
    """Sum of the known values; NaN when none is known."""
    values = pd.to_numeric(values, errors="coerce")
    return float(values.sum()) if values.notna().any() else float("nan")


def _true(values: pd.Series) -> pd.Series:
    """Which cells say true (True, 1, 'true', 'yes', 't'), whatever their type in the file."""
    return values.map(lambda v: str(v).strip().lower() in ("true", "1", "yes", "t"))


def _ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when the denominator is not positive."""
    if Numbers.missing(numerator) or Numbers.missing(denominator) or denominator <= 0:
        return float("nan")
    return numerator / denominator


def _capitalised(text: str) -> str:
    """'inundación' -> 'Inundación' (the rest untouched)."""
    text = str(text)
    return text[:1].upper() + text[1:]


def _area_label(name: str) -> str:
    """The label of a summary's area (ALL is the whole municipality)."""
    return tr("Whole municipality") if name == ALL else str(name)


def level_names() -> Dict[str, str]:
    """Translated names of the hazard levels in table headings."""
    return {"alta": tr("high"), "media": tr("medium"), "baja": tr("low")}


def criterion_names() -> Dict[str, str]:
    """Translated names of the housing preset's criteria (others are shown as written)."""
    return {
        "health": tr("Distance to health facilities"),
        "education": tr("Distance to education facilities"),
        "roads": tr("Distance to roads"),
        "urban": tr("Distance to the existing city"),
        "slope": tr("Slope"),
        "hazard": tr("Hazard level"),
        "land_use": tr("Land use (POT)"),
    }


def suitability_class_names() -> Dict[str, str]:
    """Translated names of the suitability classes, by the keys of the raster metadata."""
    return {
        "muy alta": tr("Very high (muy alta)"),
        "alta": tr("High (alta)"),
        "media": tr("Medium (media)"),
        "baja": tr("Low (baja)"),
        "muy baja": tr("Very low (muy baja)"),
        "excluida": tr("Excluded (constraint)"),
    }


def parse_pairs(text: str) -> List[Tuple[str, str]]:
    """'a=1;b=2' -> [('a', '1'), ('b', '2')] (entries without '=' are skipped; no error: display only)."""
    pairs = []
    for entry in re.split(r"[;\n]", str(text or "")):
        if "=" in entry:
            key, value = entry.split("=", 1)
            if key.strip():
                pairs.append((key.strip(), value.strip()))
    return pairs


def _table(
    key: str,
    title: str,
    columns: List[Column],
    values: List[List[object]],
    cells: List[List[str]],
    note: str = "",
    total_rows: int = 0,
    styles: Optional[List[List[str]]] = None,
) -> Table:
    """A Table from parallel value and cell rows."""
    frame = pd.DataFrame(values, columns=[c.key for c in columns])
    return Table(key, title, columns, cells, frame, note, total_rows, styles)


# ---------------------------------------------------------------------------------------------- exposure
def exposure_summary_from_features(features: pd.DataFrame) -> pd.DataFrame:
    """The ALL / any rows of a settlement_exposure SUMMARY rebuilt from its OUTPUT attributes.

    Used when only the exposure layer is given: ``any_<l>_pop`` / ``_mig`` / ``_hh`` summed per level;
    the 'none' row is the total of the detected population (migrants, households) field minus them.
    """
    rows = []
    totals = {}
    for measure, role in (("population", "population"), ("migrants", "migrants"), ("households", "households")):
        column = detect_field([c for c in features.columns if not str(c).startswith("any_")], role)
        totals[measure] = _sum(features[column]) if column else float("nan")
    suffix = {"population": "pop", "migrants": "mig", "households": "hh"}
    exposed = {measure: 0.0 for measure in suffix}
    for level, letter in zip(LEVELS, "amb"):
        row = {"area_name": ALL, "hazard_type": "any", "hazard_level": level}
        for measure, short in suffix.items():
            column = f"any_{letter}_{short}"
            row[measure] = _sum(features[column]) if column in features.columns else float("nan")
            if not Numbers.missing(row[measure]):
                exposed[measure] += row[measure]
        rows.append(row)
    none = {"area_name": ALL, "hazard_type": "any", "hazard_level": "none"}
    for measure in suffix:
        none[measure] = totals[measure] - exposed[measure] if not Numbers.missing(totals[measure]) else float("nan")
    rows.append(none)
    frame = pd.DataFrame(rows)
    frame["population_share"] = frame["population"] / totals["population"] if totals["population"] else np.nan
    return frame


def _exposure_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The exposure summary checked and with numeric columns."""
    _require(summary, ("area_name", "hazard_type", "hazard_level", "population"), tr("Exposure summary"))
    frame = _numeric(summary, EXPOSURE_NUMERIC)
    for column in ("migrants", "households"):
        if column not in frame.columns:
            frame[column] = np.nan
    frame["area_name"] = frame["area_name"].astype(str)
    frame["hazard_type"] = frame["hazard_type"].astype(str)
    frame["hazard_level"] = frame["hazard_level"].astype(str).map(fold)
    return frame


def _level_values(part: pd.DataFrame, measure: str) -> Tuple[Dict[str, float], float]:
    """Values per level (alta, media, baja) and the total over every level including 'none'."""
    by_level = part.groupby("hazard_level")[measure].apply(_sum)
    levels = {level: float(by_level.get(level, 0.0)) for level in LEVELS}
    total = _sum(part[measure])
    return levels, total


def exposure_by_area_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """People and migrants at each level of 'any' hazard per area, and the whole municipality last."""
    frame = _exposure_frame(summary)
    rows = frame[frame["hazard_type"] == "any"]
    areas = [a for a in pd.unique(rows["area_name"]) if a != ALL]
    if not areas:
        return None
    names = level_names()
    columns = [Column("area", tr("Area"), "left", 2.0), Column("population", tr("Population\n(total)"))]
    columns += [Column(f"pop_{lvl}", tr("People in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    columns += [Column("migrants", tr("Migrants\n(total)"))]
    columns += [Column(f"mig_{lvl}", tr("Migrants in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    values, cells = [], []
    for area in [*areas, ALL]:
        part = rows[rows["area_name"] == area]
        population, population_total = _level_values(part, "population")
        migrants, migrants_total = _level_values(part, "migrants")
        row = [area, population_total, *population.values(), migrants_total, *migrants.values()]
        values.append(row)
        cells.append([_area_label(area), *[numbers.integer(v) for v in row[1:]]])
    note = tr(
        "Persons, by the highest level of any hazard at their place. Settlements cut by a zone or area boundary "
        "are split in proportion to their area; the rest of the population lives outside hazard zones."
    )
    return _table(
        "exposure_by_area",
        tr("Population and migrants by hazard level and area"),
        columns,
        values,
        cells,
        note,
        total_rows=1,
    )


def exposure_by_type_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Whole municipality: people at each level of each hazard type, and of any hazard."""
    frame = _exposure_frame(summary)
    rows = frame[frame["area_name"] == ALL]
    if rows.empty:
        return None
    types = [t for t in pd.unique(rows["hazard_type"]) if t != "any"]
    if "any" in set(rows["hazard_type"]):
        types.append("any")
    names = level_names()
    columns = [Column("hazard_type", tr("Hazard type"), "left", 2.2)]
    columns += [Column(f"pop_{lvl}", tr("People in\n{level} hazard").format(level=names[lvl])) for lvl in LEVELS]
    columns += [
        Column("exposed", tr("People\nexposed")),
        Column("share", tr("Share of the\npopulation")),
        Column("migrants_exposed", tr("Migrants\nexposed")),
        Column("migrants_share", tr("Share of the\nmigrants")),
    ]
    values, cells = [], []
    for kind in types:
        part = rows[rows["hazard_type"] == kind]
        population, population_total = _level_values(part, "population")
        migrants, migrants_total = _level_values(part, "migrants")
        exposed = sum(population.values())
        migrants_exposed = sum(migrants.values())
        row = [
            kind,
            *population.values(),
            exposed,
            _ratio(exposed, population_total),
            migrants_exposed if not Numbers.missing(migrants_total) else float("nan"),
            _ratio(migrants_exposed, migrants_total),
        ]
        values.append(row)
        label = tr("Any hazard") if kind == "any" else _capitalised(kind)
        cells.append(
            [
                label,
                *[numbers.integer(v) for v in row[1:5]],
                numbers.percent(row[5]),
                numbers.integer(row[6]),
                numbers.percent(row[7]),
            ]
        )
    note = tr(
        "Whole municipality. Where zones of one type overlap, a place counts once, at its highest level; 'any "
        "hazard' takes the highest level of any type at each place, so it is not the sum of the types."
    )
    return _table(
        "exposure_by_type",
        tr("Population exposed by hazard type"),
        columns,
        values,
        cells,
        note,
        total_rows=1 if types and types[-1] == "any" else 0,
    )


def exposure_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figures and findings from the exposure summary (whole municipality, any hazard)."""
    frame = _exposure_frame(summary)
    rows = frame[(frame["area_name"] == ALL) & (frame["hazard_type"] == "any")]
    if rows.empty:
        return [], []
    population, population_total = _level_values(rows, "population")
    migrants, migrants_total = _level_values(rows, "migrants")
    figures = [
        KeyFigure(
            numbers.integer(population["alta"]),
            tr("people live in high hazard zones ({share} of the population)").format(
                share=numbers.percent(_ratio(population["alta"], population_total))
            ),
        )
    ]
    if not Numbers.missing(migrants_total):
        figures.append(
            KeyFigure(
                numbers.integer(migrants["alta"]),
                tr("migrants live in high hazard zones ({share} of all migrants)").format(
                    share=numbers.percent(_ratio(migrants["alta"], migrants_total))
                ),
            )
        )
    findings = [
        tr(
            "{high} people live in high hazard zones and {medium} in medium hazard zones, together {share} of the "
            "population."
        ).format(
            high=numbers.integer(population["alta"]),
            medium=numbers.integer(population["media"]),
            share=numbers.percent(_ratio(population["alta"] + population["media"], population_total)),
        )
    ]
    areas = frame[(frame["hazard_type"] == "any") & (frame["area_name"] != ALL) & (frame["hazard_level"] == "alta")]
    if not areas.empty and areas["population"].notna().any() and areas["population"].max() > 0:
        worst = areas.loc[areas["population"].idxmax()]
        findings.append(
            tr("{area} has the most people in high hazard zones: {n}.").format(
                area=worst["area_name"], n=numbers.integer(worst["population"])
            )
        )
    return figures, findings


# ---------------------------------------------------------------------------------------------- access
def access_summary_from_features(features: pd.DataFrame) -> pd.DataFrame:
    """The ALL rows of a service_access SUMMARY rebuilt from its OUTPUT (one row per settlement and type)."""
    _require(features, ("facility_type", "population", "covered"), tr("Access layer"))
    frame = _numeric(features, ("population", "migrants", "cost"))
    covered = _true(frame["covered"])
    reachable = (
        _true(frame["reachable"])
        if "reachable" in frame.columns
        else frame["cost"].notna()
        if "cost" in frame.columns
        else pd.Series(True, index=frame.index)
    )
    rows = []
    for kind, part in frame.groupby(frame["facility_type"].astype(str), sort=True):
        population = part["population"].fillna(0.0)
        migrants = part["migrants"] if "migrants" in part.columns else pd.Series(np.nan, index=part.index)
        mask = covered.loc[part.index]
        reach = reachable.loc[part.index] & (part["cost"].notna() if "cost" in part.columns else True)
        weight = population[reach].sum()
        mean_cost = (
            float((part.loc[reach, "cost"] * population[reach]).sum() / weight)
            if "cost" in part.columns and weight > 0
            else np.nan
        )
        rows.append(
            {
                "area_name": ALL,
                "facility_type": kind,
                "population": float(population.sum()),
                "population_covered": float(population[mask].sum()),
                "share_covered": _ratio(float(population[mask].sum()), float(population.sum())),
                "migrants": _sum(migrants),
                "migrants_covered": _sum(migrants[mask]) if migrants.notna().any() else np.nan,
                "mean_cost": mean_cost,
                "unreachable": float((~reachable.loc[part.index]).sum()),
            }
        )
    return pd.DataFrame(rows)


def _access_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The access summary checked, with numeric columns and the shares of the population and the migrants covered
    (``share``, ``migrants_share``)."""
    _require(summary, ("area_name", "facility_type", "population", "population_covered"), tr("Access summary"))
    frame = _numeric(summary, ACCESS_NUMERIC)
    for column in ("migrants", "migrants_covered", "mean_cost", "unreachable"):
        if column not in frame.columns:
            frame[column] = np.nan
    frame["area_name"] = frame["area_name"].astype(str)
    frame["facility_type"] = frame["facility_type"].astype(str)
    frame["share"] = covered_share(frame)
    frame["migrants_share"] = covered_share(frame, "migrants")
    return frame


def _thresholds(text: str) -> Dict[str, str]:
    """ACCESS_THRESHOLDS ('salud=1500;educacion=800') by folded type."""
    return {fold(key): value for key, value in parse_pairs(text)}


def _unit_text(unit: Optional[str]) -> str:
    """' (m)' / ' (min)' / '' for headings."""
    return {"m": " (m)", "min": " (min)"}.get(unit or "", "")


def coverage_table(
    summary: pd.DataFrame, numbers: Numbers, thresholds: str = "", unit: Optional[str] = None
) -> Optional[Table]:
    """Whole municipality: population and migrants within the threshold of each facility type."""
    frame = _access_frame(summary)
    rows = frame[frame["area_name"] == ALL].sort_values("facility_type", kind="mergesort")
    if rows.empty:
        return None
    limits = _thresholds(thresholds)
    mean_header = (
        tr("Mean distance\nor time") if not unit else tr("Mean\ndistance") if unit == "m" else tr("Mean\ntime")
    )
    columns = [
        Column("facility_type", tr("Facility type"), "left", 1.6),
        Column("threshold", tr("Threshold") + _unit_text(unit), "right", 0.8),
        Column("population", tr("Population")),
        Column("covered", tr("Population\ncovered")),
        Column("share", tr("Share\ncovered")),
        Column("migrants", tr("Migrants"), "right", 0.9),
        Column("migrants_covered", tr("Migrants\ncovered")),
        Column("migrants_share", tr("Share of\nmigrants\ncovered"), "right", 1.2),
        Column("mean_cost", mean_header + _unit_text(unit), "right", 1.1),
    ]
    values, cells = [], []
    for row in rows.itertuples(index=False):
        threshold_text = limits.get(fold(row.facility_type), "")
        try:
            threshold = float(threshold_text)
        except ValueError:
            threshold = float("nan")
        share, migrants_share = row.share, row.migrants_share
        value = [
            row.facility_type,
            threshold,
            row.population,
            row.population_covered,
            share,
            row.migrants,
            row.migrants_covered,
            migrants_share,
            row.mean_cost,
        ]
        values.append(value)
        cells.append(
            [
                _capitalised(row.facility_type),
                numbers.integer(threshold) if not Numbers.missing(threshold) else (threshold_text or DASH),
                numbers.integer(row.population),
                numbers.integer(row.population_covered),
                numbers.percent(share),
                numbers.integer(row.migrants),
                numbers.integer(row.migrants_covered),
                numbers.percent(migrants_share),
                numbers.integer(row.mean_cost),
            ]
        )
    note = tr(
        "Covered: the nearest facility of the type lies within the threshold. Mean distance or time to the "
        "nearest facility, weighted by population."
    )
    unreachable = rows["unreachable"].fillna(0).sum()
    if unreachable > 0:
        note += " " + tr("{n} settlement-type pairs reach no facility of the type and are not covered.").format(
            n=numbers.integer(unreachable)
        )
    return _table("coverage_by_type", tr("Coverage by facility type"), columns, values, cells, note)


def coverage_by_area_table(summary: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Share of the population covered per area (rows) and facility type (columns), the municipality last."""
    frame = _access_frame(summary)
    areas = [a for a in pd.unique(frame["area_name"]) if a != ALL]
    if not areas:
        return None
    types = sorted(pd.unique(frame["facility_type"]))
    columns = [Column("area", tr("Area"), "left", 2.0), Column("population", tr("Population"))]
    columns += [Column(f"share:{kind}", _capitalised(kind)) for kind in types]
    values, cells, styles = [], [], []
    for area in [*areas, ALL]:
        part = frame[frame["area_name"] == area]
        by_type = part.set_index("facility_type")
        population = float(part["population"].max()) if part["population"].notna().any() else float("nan")
        shares = [by_type.at[kind, "share"] if kind in by_type.index else float("nan") for kind in types]
        values.append([area, population, *shares])
        cells.append([_area_label(area), numbers.integer(population), *[numbers.percent(s) for s in shares]])
        styles.append(
            [
                "",
                "",
                *[
                    "" if Numbers.missing(s) else "low" if s < COVERAGE_LOW else "mid" if s < COVERAGE_MID else ""
                    for s in shares
                ],
            ]
        )
    note = tr(
        "Share of each area's population within the threshold of the type. "
        "Shaded: below {low} (red), below {mid} (amber)."
    ).format(low=numbers.percent(COVERAGE_LOW, 0), mid=numbers.percent(COVERAGE_MID, 0))
    return _table(
        "coverage_by_area",
        tr("Share of the population covered, by area and facility type"),
        columns,
        values,
        cells,
        note,
        total_rows=1,
        styles=styles,
    )


def access_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and findings: the least covered facility type."""
    frame = _access_frame(summary)
    rows = frame[frame["area_name"] == ALL]
    if rows.empty:
        return [], []
    rows = rows[rows["share"].notna()]
    if rows.empty:
        return [], []
    worst = rows.loc[rows["share"].idxmin()]
    best = rows.loc[rows["share"].idxmax()]
    figures = [
        KeyFigure(
            numbers.percent(worst["share"]),
            tr("of the population lives within reach of {type}, the least covered service").format(
                type=worst["facility_type"]
            ),
        )
    ]
    findings = [
        tr("Coverage within the thresholds ranges from {low} ({low_type}) to {high} ({high_type}).").format(
            low=numbers.percent(worst["share"]),
            low_type=worst["facility_type"],
            high=numbers.percent(best["share"]),
            high_type=best["facility_type"],
        )
    ]
    return figures, findings


# ---------------------------------------------------------------------------------------------- suitability
def _parcel_frame(parcels: pd.DataFrame) -> pd.DataFrame:
    """The ranked parcels checked, numeric and sorted by rank."""
    _require(parcels, ("rank", "suit_mean"), tr("Ranked candidate sites"))
    frame = _numeric(parcels, PARCEL_NUMERIC)
    return frame.sort_values("rank", kind="mergesort", na_position="last")


def parcel_id_field(parcels: pd.DataFrame) -> Optional[str]:
    """The parcels' identifier column, by its name (codigo_predio, id...)."""
    candidates = [c for c in parcels.columns if str(c).lower() not in ("fid", "src_fid", "geometry")]
    return detect_field(candidates, "id")


def top_parcels_table(parcels: pd.DataFrame, numbers: Numbers, top_n: int = 10) -> Optional[Table]:
    """The ``top_n`` best parcels: rank, id, land class, area and suitability statistics."""
    frame = _parcel_frame(parcels)
    frame = frame[frame["rank"].notna()].head(top_n)
    if frame.empty:
        return None
    id_field = parcel_id_field(frame)
    land_field = detect_field([c for c in frame.columns if c != id_field], "land_use")
    columns = [Column("rank", tr("Rank"), "center", 0.7), Column("parcel", tr("Parcel"), "left", 1.4)]
    if land_field:
        columns.append(Column("land_class", tr("Land class"), "left", 1.6))
    columns += [
        Column("area_ha", tr("Area (ha)")),
        Column("suit_mean", tr("Mean\nsuitability")),
        Column("suit_range", tr("Minimum and\nmaximum"), "center", 1.3),
        Column("share_top2", tr("In the two\nbest classes")),
        Column("share_excl", tr("Excluded or\nunsuitable")),
    ]
    values, cells = [], []
    for _index, row in frame.iterrows():
        parcel = row[id_field] if id_field else _index
        area_ha = row["area_m2"] / 10000.0 if "area_m2" in frame.columns else float("nan")
        value = [int(row["rank"]), parcel]
        cell = [numbers.integer(row["rank"]), str(parcel)]
        if land_field:
            value.append(row[land_field])
            cell.append(DASH if pd.isna(row[land_field]) else _capitalised(row[land_field]))
        value += [
            area_ha,
            row["suit_mean"],
            (row.get("suit_min"), row.get("suit_max")),
            row.get("share_top2"),
            row.get("share_excl"),
        ]
        cell += [
            numbers.number(area_ha, 2),
            numbers.number(row["suit_mean"], 3),
            "{} \u2013 {}".format(numbers.number(row.get("suit_min"), 2), numbers.number(row.get("suit_max"), 2)),
            numbers.percent(row.get("share_top2")),
            numbers.percent(row.get("share_excl")),
        ]
        values.append(value)
        cells.append(cell)
    note = tr(
        "Ranked by mean suitability of the cells whose centre lies in the parcel (0 = unsuitable or excluded, 1 = "
        "best). Shares are of the parcel's cells."
    )
    return _table(
        "top_parcels",
        tr("The {n} best candidate parcels").format(n=len(values)),
        columns,
        values,
        cells,
        note,
    )


def class_area_table(metadata: Dict[str, str], numbers: Numbers) -> Optional[Table]:
    """Hectares per suitability class, from the raster metadata ``class_area_ha``."""
    pairs = parse_pairs(metadata.get("class_area_ha", ""))
    areas = {}
    for key, value in pairs:
        try:
            areas[fold(key)] = float(value)
        except ValueError:
            continue
    if not areas:
        return None
    total = sum(areas.values())
    names = suitability_class_names()
    columns = [
        Column("class", tr("Suitability class"), "left", 2.0),
        Column("area_ha", tr("Area (ha)")),
        Column("share", tr("Share of the area")),
    ]
    values, cells = [], []
    keys = [k for k in SUITABILITY_CLASS_KEYS if k in areas] + [k for k in areas if k not in SUITABILITY_CLASS_KEYS]
    for key in keys:
        share = _ratio(areas[key], total)
        values.append([key, areas[key], share])
        cells.append([names.get(key, key), numbers.number(areas[key], 1), numbers.percent(share)])
    values.append([ALL, total, 1.0])
    cells.append([tr("Total analysed"), numbers.number(total, 1), numbers.percent(1.0)])
    breaks = metadata.get("class_breaks", "")
    method = metadata.get("suitability_class_method", "")
    note = tr(
        "Class breaks: {breaks} ({method}). Excluded: hazard alta, protection land and other constraints."
    ).format(
        breaks=" / ".join(numbers.number(float(b), 2) for b in breaks.split(",") if _is_float(b)) or DASH,
        method=tr("equal intervals") if method == "equal" else tr("quantiles") if method == "quantile" else method,
    )
    return _table("class_area", tr("Area by suitability class"), columns, values, cells, note, total_rows=1)


def _is_float(text: str) -> bool:
    """Whether ``text`` is a number."""
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def _weights(text: str) -> Dict[str, float]:
    """'health=0.2000;...' -> {'health': 0.2, ...}."""
    out = {}
    for key, value in parse_pairs(text):
        if _is_float(value):
            out[key] = float(value)
    return out


def sensitivity_table(sensitivity: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Per criterion: its weight, the lowest Spearman correlation, the worst top retention, the area change."""
    _require(sensitivity, ("run", "criterion", "spearman", "top_kept"), tr("Weight sensitivity"))
    frame = _numeric(sensitivity, SENSITIVITY_NUMERIC)
    base = frame[frame["run"] == 0]
    runs = frame[frame["run"] > 0]
    if runs.empty:
        return None
    weights = _weights(base["weights"].iloc[0]) if "weights" in base.columns and len(base) else {}
    names = criterion_names()
    top_n = int(frame["top_n"].dropna().iloc[0]) if "top_n" in frame.columns and frame["top_n"].notna().any() else 0
    changes = sorted(runs["change_pct"].dropna().unique()) if "change_pct" in runs.columns else []
    columns = [
        Column("criterion", tr("Criterion"), "left", 2.4),
        Column("weight", tr("Weight"), "right", 0.8),
        Column("spearman", tr("Lowest rank\ncorrelation"), "right", 1.1),
        Column(
            "top_kept",
            tr("Top {n} kept\n(worst run)").format(n=top_n) if top_n else tr("Top kept\n(worst run)"),
            "right",
            1.2,
        ),
        Column("area_change", tr("Change of the\nbest-class area"), "center", 1.7),
    ]
    values, cells = [], []
    for criterion in pd.unique(runs["criterion"]):
        part = runs[runs["criterion"] == criterion]
        low = part["d_area_top2_pct"].min() if "d_area_top2_pct" in part.columns else float("nan")
        high = part["d_area_top2_pct"].max() if "d_area_top2_pct" in part.columns else float("nan")
        value = [
            criterion,
            weights.get(criterion, float("nan")),
            part["spearman"].min(),
            part["top_kept"].min(),
            (low, high),
        ]
        values.append(value)
        cells.append(
            [
                names.get(criterion, _capitalised(criterion)),
                numbers.percent(value[1]),
                numbers.number(value[2], 3),
                f"{numbers.integer(value[3])} / {top_n}" if top_n else numbers.integer(value[3]),
                tr("{low} to {high}").format(low=numbers.signed_percent(low), high=numbers.signed_percent(high)),
            ]
        )
    change_text = ", ".join(numbers.signed_percent(c, 0) for c in changes)
    note = tr(
        "Each weight changed by {changes} of its value, one at a time, the others rescaled. A rank correlation "
        "near 1 and a stable top mean that the ranking does not hinge on the exact weights."
    ).format(changes=change_text or DASH)
    return _table("sensitivity", tr("Sensitivity of the ranking to the weights"), columns, values, cells, note)


def suitability_figures(
    parcels: Optional[pd.DataFrame], sensitivity: Optional[pd.DataFrame], numbers: Numbers, top_n: int
) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figures and findings: the best parcel, the area of the top parcels, the weakest correlation."""
    figures, findings = [], []
    if parcels is not None:
        frame = _parcel_frame(parcels)
        frame = frame[frame["rank"].notna() & frame["suit_mean"].notna()]
        if not frame.empty:
            best = frame.iloc[0]
            id_field = parcel_id_field(frame)
            parcel = best[id_field] if id_field else frame.index[0]
            figures.append(
                KeyFigure(
                    str(parcel),
                    tr("is the best candidate parcel: mean suitability {value} of 1").format(
                        value=numbers.number(best["suit_mean"], 2)
                    ),
                )
            )
            top = frame.head(top_n)
            if "area_m2" in top.columns:
                findings.append(
                    tr("The {n} best candidate parcels cover {ha} ha; the best is {parcel}.").format(
                        n=len(top), ha=numbers.number(top["area_m2"].sum() / 10000.0, 1), parcel=parcel
                    )
                )
    if sensitivity is not None:
        frame = _numeric(sensitivity, SENSITIVITY_NUMERIC)
        runs = frame[frame["run"] > 0] if "run" in frame.columns else frame.iloc[0:0]
        if not runs.empty and runs["spearman"].notna().any():
            figures.append(
                KeyFigure(
                    numbers.number(runs["spearman"].min(), 3),
                    tr("lowest rank correlation with the base ranking when one weight changes (1 = same order)"),
                )
            )
            findings.append(
                tr(
                    "When any weight changes, the ranking of the parcels keeps a rank correlation of at least {rho} "
                    "with the base ranking, and at least {kept} of the top {n} stay in the top."
                ).format(
                    rho=numbers.number(runs["spearman"].min(), 3),
                    kept=numbers.integer(runs["top_kept"].min()),
                    n=numbers.integer(runs["top_n"].max()) if "top_n" in runs.columns else DASH,
                )
            )
    return figures, findings


# ---------------------------------------------------------------------------------------------- scenarios
def _scenario_frame(summary: pd.DataFrame) -> pd.DataFrame:
    """The scenario summary checked and numeric."""
    _require(summary, ("scenario", "year", "population_added", "land_demand_ha"), tr("Scenario summary"))
    frame = _numeric(summary, SCENARIO_NUMERIC)
    for column in SCENARIO_NUMERIC:
        if column not in frame.columns:
            frame[column] = np.nan
    frame["scenario"] = frame["scenario"].astype(str)
    return frame


def scenario_measures() -> List[Tuple[str, str, str]]:
    """(column, heading, format) of the rows of the scenario comparison."""
    return [
        ("years", tr("Years"), "years"),
        ("population_added", tr("Population added (persons)"), "integer"),
        ("households", tr("Households added"), "integer"),
        ("dwellings", tr("Dwellings needed"), "integer"),
        ("land_demand_ha", tr("Land demand (ha)"), "ha"),
        ("land_allocated_ha", tr("Land allocated (ha)"), "ha"),
        ("unmet_demand_ha", tr("Unmet land demand (ha)"), "ha"),
        ("pop_in_hazard_alta", tr("New population in high hazard (persons)"), "integer"),
        ("pop_in_hazard_media", tr("New population in medium hazard (persons)"), "integer"),
        ("share_in_hazard", tr("Share of the new population in high or medium hazard"), "percent"),
        ("mean_dist_health_m", tr("Mean distance to health (m)"), "integer"),
        ("mean_dist_education_m", tr("Mean distance to education (m)"), "integer"),
        ("school_seats_needed", tr("School seats needed (seats)"), "integer"),
        ("health_capacity_needed", tr("Health capacity needed (capacity units)"), "integer"),
        ("lcrpgr", tr("SDG 11.3.1: land consumption / population growth (mean of the years)"), "ratio"),
    ]


def scenario_tables(summary: pd.DataFrame, numbers: Numbers) -> List[Table]:
    """The scenario comparison: one row per measure, one column per scenario (at most five per table)."""
    totals = scenario_totals(_scenario_frame(summary))
    if totals.empty:
        return []
    tables = []
    chunks = [totals.iloc[i : i + SCENARIOS_PER_TABLE] for i in range(0, len(totals), SCENARIOS_PER_TABLE)]
    for index, chunk in enumerate(chunks):
        columns = [Column("measure", tr("Totals from the first to the horizon year"), "left", 3.2)]
        columns += [Column(f"scenario:{name}", str(name), "right", 1.4) for name in chunk["scenario"]]
        values, cells = [], []
        for column, heading, kind in scenario_measures():
            if column == "years":
                value = [f"{int(a)}-{int(b)}" for a, b in zip(chunk["first_year"], chunk["last_year"])]
                text = [f"{int(a)}\u2013{int(b)}" for a, b in zip(chunk["first_year"], chunk["last_year"])]
            else:
                value = chunk[column].tolist()
                formatter = {
                    "integer": numbers.integer,
                    "ha": lambda v: numbers.number(v, 1),
                    "percent": numbers.percent,
                    "ratio": lambda v: numbers.number(v, 2),
                }[kind]
                text = [formatter(v) for v in value]
            values.append([column, *value])
            cells.append([heading, *text])
        title = (
            tr("Scenario comparison")
            if len(chunks) == 1
            else tr("Scenario comparison ({part} of {parts})").format(part=index + 1, parts=len(chunks))
        )
        note = tr(
            "Sums over the years of each scenario; mean distances are weighted by the land allocated each year; the "
            "SDG 11.3.1 ratio is above 1 when land grows faster than population."
        )
        tables.append(_table(f"scenarios_{index + 1}" if index else "scenarios", title, columns, values, cells, note))
    return tables


def scenario_figures(summary: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figure and findings: land needed and new residents in hazard zones by scenario."""
    totals = scenario_totals(_scenario_frame(summary))
    if totals.empty:
        return [], []
    figures, findings = [], []
    hazard = totals["pop_in_hazard_alta"] + totals["pop_in_hazard_media"]
    if len(totals) > 1 and hazard.notna().sum() > 1:
        best = int(hazard.idxmin())
        worst = int(hazard.idxmax())
        figures.append(
            KeyFigure(
                numbers.integer(hazard[worst] - hazard[best]),
                tr("fewer new residents in hazard zones with '{best}' than with '{worst}'").format(
                    best=totals.at[best, "scenario"], worst=totals.at[worst, "scenario"]
                ),
            )
        )
    else:
        first = totals.iloc[0]
        figures.append(
            KeyFigure(
                numbers.number(first["land_demand_ha"], 0) + NBSP + "ha",
                tr("of land needed by {year} in the scenario '{scenario}'").format(
                    year=int(first["last_year"]), scenario=first["scenario"]
                ),
            )
        )
    for row in totals.itertuples(index=False):
        text = tr("{scenario}: {demand} ha of land needed by {year}").format(
            scenario=row.scenario, demand=numbers.number(row.land_demand_ha, 1), year=int(row.last_year)
        )
        if not Numbers.missing(row.unmet_demand_ha) and row.unmet_demand_ha > 0:
            text += tr(", of which {unmet} ha cannot be allocated").format(unmet=numbers.number(row.unmet_demand_ha, 1))
        if not Numbers.missing(row.share_in_hazard):
            text += tr("; {share} of the newcomers in high or medium hazard zones").format(
                share=numbers.percent(row.share_in_hazard)
            )
        findings.append(text + ".")
    return figures, findings


# ---------------------------------------------------------------------------------------------- method
def weights_table(metadata: Dict[str, str], numbers: Numbers) -> Optional[Table]:
    """Criteria of the suitability: how each is measured and its weight (from the raster metadata)."""
    weights = _weights(metadata.get("suitability_weights", ""))
    if not weights:
        return None
    try:
        definitions = json.loads(metadata.get("suitability_definitions", "") or "{}")
    except ValueError:
        definitions = {}
    names = criterion_names()
    columns = [
        Column("criterion", tr("Criterion"), "left", 2.2),
        Column("definition", tr("Score from 0 (worst) to 1 (best)"), "left", 4.0),
        Column("weight", tr("Weight")),
    ]
    values, cells = [], []
    for name, weight in weights.items():
        definition = str(definitions.get(name, "")) if isinstance(definitions, dict) else ""
        values.append([name, definition, weight])
        cells.append(
            [names.get(name, _capitalised(name)), describe_definition(definition, numbers), numbers.percent(weight)]
        )
    values.append([ALL, "", sum(weights.values())])
    cells.append([tr("Total"), "", numbers.percent(sum(weights.values()))])
    source = metadata.get("suitability_weight_source", "")
    note = {
        "AHP_MATRIX": tr("Weights from the AHP pairwise comparison matrix."),
        "WEIGHTS": tr("Weights given by the user."),
        "definition": tr("Weights of the criteria definition (housing preset)."),
        "equal": tr("Equal weights."),
    }.get(source, "")
    return _table("weights", tr("Suitability criteria and weights"), columns, values, cells, note, total_rows=1)


_DEFINITION = re.compile(r"^\s*(\w+)\(([^)]*)\):\s*(.*)$")
_CURVE = re.compile(r"^(linear|sigmoid|j_shaped) (increasing|decreasing) (-?[\d.eE+]+)-(-?[\d.eE+]+)$")
_GAUSSIAN = re.compile(r"^gaussian center (-?[\d.eE+]+) spread (-?[\d.eE+]+)$")


def describe_definition(definition: str, numbers: Numbers) -> str:
    """A criterion definition of the raster metadata ('distance(FACILITIES): linear decreasing 500-2000') in
    words ('linear, decreasing between 500 m and 2 000 m'); unknown forms are returned as written."""
    match = _DEFINITION.match(definition or "")
    if not match:
        return definition or DASH
    kind, _input, rule = match.groups()
    unit = {"distance": NBSP + "m", "slope": NBSP + "%"}.get(kind, "")
    curve = _CURVE.match(rule.strip())
    if curve:
        function, direction, low, high = curve.groups()
        return tr("{function}, {direction} between {a} and {b}").format(
            function={"linear": tr("linear"), "sigmoid": tr("sigmoid"), "j_shaped": tr("J-shaped")}[function],
            direction=tr("decreasing") if direction == "decreasing" else tr("increasing"),
            a=numbers.number(float(low), 0 if float(low).is_integer() else 2) + unit,
            b=numbers.number(float(high), 0 if float(high).is_integer() else 2) + unit,
        )
    gaussian = _GAUSSIAN.match(rule.strip())
    if gaussian:
        return tr("gaussian, best at {center}, spread {spread}").format(
            center=numbers.number(float(gaussian.group(1)), 2) + unit,
            spread=numbers.number(float(gaussian.group(2)), 2) + unit,
        )
    if rule.startswith("table "):
        scores = [
            f"{key} {numbers.number(float(value), 2) if _is_float(value) else value}"
            for key, value in parse_pairs(rule[len("table ") :])
        ]
        return tr("score per class: {scores}").format(scores="; ".join(scores))
    return definition


def describe_constraints(text: str) -> str:
    """'hazard_alta (exclude), proteccion (exclude), water (nodata)' in words."""
    names = {
        "hazard_alta": tr("hazard level alta"),
        "proteccion": tr("protection land (protección)"),
        "water": tr("water bodies"),
    }
    excluded, masked, other = [], [], []
    for entry in [e.strip() for e in str(text or "").split(",") if e.strip()]:
        match = re.match(r"^(.*?)\s*\((\w+)\)$", entry)
        name, action = (match.group(1), match.group(2)) if match else (entry, "")
        label = names.get(name, name)
        (excluded if action == "exclude" else masked if action == "nodata" else other).append(label)
    parts = []
    if excluded:
        parts.append(tr("{items} score 0 (excluded)").format(items=", ".join(excluded)))
    if masked:
        parts.append(tr("{items} are left out (no data)").format(items=", ".join(masked)))
    parts += other
    return "; ".join(parts) or DASH


def method_notes(inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
    """The notes of the method page, for the inputs given."""
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
    if inputs.exposure_summary is not None or inputs.exposure_features is not None:
        notes.append(
            MethodNote(
                tr("Hazard exposure"),
                tr(
                    "Hazard levels alta, media and baja as in Decreto 1077 of 2015. Where zones of one type overlap, "
                    "a place counts once, at its highest level, so nobody is counted twice; 'any hazard' takes the "
                    "highest level of any type. Settlement polygons are divisible: they are split in proportion to "
                    "the area inside each level (uniform density). Points and buildings are indivisible: they count "
                    "whole at the highest level they touch."
                ),
            )
        )
    if inputs.access_summary is not None or inputs.access_features is not None:
        text = tr(
            "Each settlement is represented by a point inside it; it is covered for a facility type when the "
            "nearest facility of that type lies within the type's threshold (straight line or over the road "
            "network, in metres or minutes, as chosen in the access analysis)."
        )
        if inputs.access_thresholds.strip():
            text += " " + tr("Thresholds: {thresholds}.").format(thresholds=_pairs_text(inputs.access_thresholds))
        notes.append(MethodNote(tr("Access to services"), text))
    metadata = inputs.suitability_metadata
    if metadata:
        parts = [
            tr(
                "Each criterion is standardised to 0-1 and combined by {aggregation}; constraints are applied "
                "after the combination ({constraints})."
            ).format(
                aggregation=tr("weighted linear combination")
                if metadata.get("suitability_aggregation", "wlc") == "wlc"
                else tr("ordered weighted average"),
                constraints=describe_constraints(metadata.get("suitability_constraints", "")),
            )
        ]
        if _is_float(metadata.get("ahp_cr", "")):
            cr = float(metadata["ahp_cr"])
            parts.append(
                tr("AHP consistency ratio CR = {cr} ({verdict}).").format(
                    cr=numbers.number(cr, 3),
                    verdict=tr("consistent, below 0.10") if cr < 0.1 else tr("not consistent: 0.10 or more"),
                )
            )
        if _is_float(metadata.get("cell_size_m", "")):
            parts.append(tr("Cells of {size} m.").format(size=numbers.number(float(metadata["cell_size_m"]), 0)))
        notes.append(MethodNote(tr("Site suitability"), " ".join(parts)))
    if inputs.sensitivity is not None:
        notes.append(
            MethodNote(
                tr("Weight sensitivity"),
                tr(
                    "One weight at a time is changed by a share of its value and the others rescaled to sum 1; the "
                    "parcels are ranked again and compared with the base ranking (Spearman's rank correlation, "
                    "parcels kept in the top)."
                ),
            )
        )
    if inputs.scenarios is not None:
        text = tr(
            "Population added each year becomes households, dwellings and land (net density and public space "
            "share). Planned growth takes the most suitable free cells, trend growth the cells nearest to informal "
            "settlements; people in new cells of hazard level alta or media are counted. SDG 11.3.1 is the ratio of "
            "the land consumption rate to the population growth rate."
        )
        standards = inputs.service_standards.strip()
        text += " " + (
            tr("Service standards: {standards}.").format(standards=_standards_text(standards))
            if standards
            else tr("Service standards: the defaults (22 % of the newcomers of school age, one seat each).")
        )
        notes.append(MethodNote(tr("Growth scenarios"), text))
    if inputs.sources:
        notes.append(
            MethodNote(tr("Data sources"), "; ".join(f"{name}: {text}" for name, text in inputs.sources) + ".")
        )
    if inputs.software:
        notes.append(MethodNote(tr("Software"), inputs.software))
    return notes


def _pairs_text(text: str) -> str:
    """'salud=1500;educacion=800' -> 'salud 1500, educacion 800' (kept as written otherwise)."""
    pairs = parse_pairs(text)
    if not pairs:
        return text.strip()
    return ", ".join(f"{key} {value}" for key, value in pairs)


def _standards_text(text: str) -> str:
    """A SERVICE_STANDARDS JSON object as 'key value, ...' (kept as written when it is not JSON)."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if isinstance(data, dict):
        return ", ".join(f"{key} {value}" for key, value in data.items())
    return text


def method_table(notes: List[MethodNote]) -> Table:
    """The method notes as a two-column table (term, text)."""
    columns = [Column("term", tr("Topic"), "left", 1.0), Column("text", tr("How it was done"), "left", 4.2)]
    return _table(
        "method",
        tr("Method"),
        columns,
        [[n.term, n.text] for n in notes],
        [[n.term, n.text] for n in notes],
    )


# ---------------------------------------------------------------------------------------------- input checks
# attribute of ReportInputs -> (default name in messages, columns needed, numeric columns, counted columns)
TABLE_CHECKS: Dict[str, Tuple[str, Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]] = {
    "exposure_summary": (
        "EXPOSURE_SUMMARY",
        ("area_name", "hazard_type", "hazard_level", "population"),
        EXPOSURE_NUMERIC,
        ("population", "migrants", "households"),
    ),
    "access_summary": (
        "ACCESS_SUMMARY",
        ("area_name", "facility_type", "population", "population_covered"),
        ACCESS_NUMERIC,
        ("population", "population_covered"),
    ),
    "access_features": ("ACCESS", ("facility_type", "population", "covered"), ("population", "migrants", "cost"), ()),
    "ranked_parcels": ("RANKED_PARCELS", ("rank", "suit_mean"), PARCEL_NUMERIC, ()),
    "sensitivity": ("SENSITIVITY", ("run", "criterion", "spearman", "top_kept"), SENSITIVITY_NUMERIC, ()),
    "scenarios": (
        "SCENARIO_SUMMARY",
        ("scenario", "year", "population_added", "land_demand_ha"),
        SCENARIO_NUMERIC,
        ("population_added", "land_demand_ha"),
    ),
}
_EMPTY_TEXT = ("", "nan", "null", "none", "n/a")


def _not_numbers(values: pd.Series) -> List[str]:
    """The distinct values of a column that are neither empty nor a number ('n/d', 'doce')."""
    converted = pd.to_numeric(values, errors="coerce")
    text = values[values.notna() & converted.isna()].astype(str)
    text = text[~text.str.strip().str.lower().isin(_EMPTY_TEXT)]
    return list(dict.fromkeys(text.tolist()))


def check_tables(inputs: ReportInputs) -> None:
    """Check every table given, once, before the report is built.

    Stops (InputError naming the table, the column and what to do) when a table lacks a column of the output it
    should be, or holds text that is not a number in a numeric column (text that is a number, as in a CSV file,
    is fine). Warns when a table has no rows (it is then taken as not given: its part is left out), when some
    counts are missing or negative, when hazard levels are not alta, media, baja or none, and when parcels share
    an identifier.
    """
    for attribute, (name, required, numeric, counted) in TABLE_CHECKS.items():
        frame = getattr(inputs, attribute)
        if frame is None:
            continue
        what = inputs.labels.get(attribute, name)
        _require(frame, required, what)
        for column in numeric:
            wrong = _not_numbers(frame[column]) if column in frame.columns else []
            if wrong:
                raise InputError(
                    tr(
                        "{what}: the column '{column}' holds values that are not numbers ({values}). Give the table "
                        "as the algorithm wrote it, or correct those values."
                    ).format(what=what, column=column, values=", ".join(repr(v) for v in wrong[:5]))
                )
        if len(frame) == 0:
            LOG.warning(tr("{what}: the table has no rows, so its part of the report is left out.").format(what=what))
            setattr(inputs, attribute, None)
            continue
        for column in counted:
            if column not in frame.columns:
                continue
            values = pd.to_numeric(frame[column], errors="coerce")
            missing, negative = int(values.isna().sum()), int((values < 0).sum())
            if 0 < missing < len(values):  # all missing: a measure the analysis did not have (no migrants field)
                LOG.warning(
                    tr("{what}: {n} rows have no value in '{column}'; they are left out of the sums.").format(
                        what=what, n=missing, column=column
                    )
                )
            if negative:
                LOG.warning(
                    tr(
                        "{what}: {n} rows have a negative value in '{column}'. Check the layer the analysis was run "
                        "on: the report adds them up as they are."
                    ).format(what=what, n=negative, column=column)
                )
        if attribute == "exposure_summary":
            levels = frame["hazard_level"].map(lambda v: fold(str(v)) if pd.notna(v) else "")
            odd = frame["hazard_level"][~levels.isin([*LEVELS, "none"])]
            if len(odd):
                examples = list(dict.fromkeys(odd.astype(str).tolist()))[:5]
                LOG.warning(
                    tr(
                        "{what}: {n} rows have a hazard level other than alta, media, baja or none ({values}): they "
                        "count in the totals but at no level. Give the summary as Settlement exposure wrote it."
                    ).format(what=what, n=len(odd), values=", ".join(repr(v) for v in examples))
                )
        if attribute == "ranked_parcels":
            id_field = parcel_id_field(frame)
            if id_field:
                warn_duplicates(frame[id_field].tolist(), what, id_field)


# ---------------------------------------------------------------------------------------------- report
def build_report(inputs: ReportInputs) -> Report:
    """The whole report for the inputs given; sections without input are left out."""
    if not inputs.has_analysis():
        raise InputError(
            tr(
                "The report needs at least one analysis result: give EXPOSURE_SUMMARY, EXPOSURE, ACCESS_SUMMARY, "
                "ACCESS, SUITABILITY, RANKED_PARCELS, SENSITIVITY or SCENARIO_SUMMARY."
            )
        )
    check_tables(inputs)
    numbers = Numbers(inputs.language)
    figures: List[KeyFigure] = []
    findings: List[str] = []
    sections: List[Section] = []

    exposure = inputs.exposure_summary
    if exposure is None and inputs.exposure_features is not None:
        exposure = exposure_summary_from_features(inputs.exposure_features)
    if exposure is not None or "exposure" in inputs.maps:
        blocks: List[Block] = [
            Paragraph(
                tr(
                    "Who lives in flood, landslide and other hazard zones, by the highest hazard level at their "
                    "place (alta, media, baja), and how many of them are migrants."
                )
            )
        ]
        if "exposure" in inputs.maps:
            blocks.append(
                MapSlot(
                    "exposure",
                    tr("Settlements by the highest level of any hazard that reaches them."),
                )
            )
        tables = []
        if exposure is not None:
            tables = [
                t for t in (exposure_by_area_table(exposure, numbers), exposure_by_type_table(exposure, numbers)) if t
            ]
            more_figures, more_findings = exposure_figures(exposure, numbers)
            figures += more_figures
            findings += more_findings
        if tables:
            if "exposure" in inputs.maps:
                blocks.append(PageBreak())
            blocks += tables
            if tables[0].key == "exposure_by_area":
                caption = tr("People exposed by hazard level and area (any hazard).")
                shown, total = _chart_areas(_exposure_frame(exposure))[1:]
                if shown < total:
                    caption += " " + tr("The {n} areas with the most people exposed are shown.").format(n=shown)
                blocks.append(Chart("exposure_by_area", caption))
        sections.append(Section("exposure", tr("Hazard exposure"), blocks))

    access = inputs.access_summary
    if access is None and inputs.access_features is not None:
        access = access_summary_from_features(inputs.access_features)
    if access is not None:
        tables = [
            t
            for t in (
                coverage_table(access, numbers, inputs.access_thresholds, inputs.access_cost_unit),
                coverage_by_area_table(access, numbers),
            )
            if t
        ]
        if tables:
            blocks = [
                Paragraph(
                    tr(
                        "How many people live within the threshold distance or time of the nearest facility of "
                        "each type, in the whole municipality and in each area."
                    )
                ),
                *tables,
                Chart("coverage_by_type", tr("Share of the population and of the migrants covered, by type.")),
            ]
            sections.append(Section("access", tr("Access to services"), blocks))
            more_figures, more_findings = access_figures(access, numbers)
            figures += more_figures
            findings += more_findings

    metadata = inputs.suitability_metadata
    if metadata is not None or inputs.ranked_parcels is not None or inputs.sensitivity is not None:
        blocks = [
            Paragraph(
                tr(
                    "Where new housing fits best: suitability from 0 (unsuitable or excluded) to 1 (best), from "
                    "distance to services and roads, slope, hazard and land use, and the candidate parcels ranked "
                    "by their mean suitability."
                )
            )
        ]
        if "suitability" in inputs.maps:
            caption = tr("Suitability for new housing.")
            if inputs.ranked_parcels is not None:
                caption += " " + tr(
                    "Outlined: the {n} best candidate parcels; the detail map, framed in purple on the main map, "
                    "numbers them by rank."
                ).format(n=inputs.top_n)
            blocks.append(MapSlot("suitability", caption))
        tables = []
        if inputs.ranked_parcels is not None:
            tables.append(top_parcels_table(inputs.ranked_parcels, numbers, inputs.top_n))
        if metadata:
            tables.append(class_area_table(metadata, numbers))
        if inputs.sensitivity is not None:
            tables.append(sensitivity_table(inputs.sensitivity, numbers))
        tables = [t for t in tables if t]
        if tables and "suitability" in inputs.maps:
            blocks.append(PageBreak())
        blocks += tables
        if len(blocks) > 1:
            sections.append(Section("suitability", tr("Site suitability"), blocks))
        more_figures, more_findings = suitability_figures(
            inputs.ranked_parcels, inputs.sensitivity, numbers, inputs.top_n
        )
        figures += more_figures
        findings += more_findings

    if inputs.scenarios is not None:
        tables = scenario_tables(inputs.scenarios, numbers)
        if tables:
            blocks = [
                Paragraph(
                    tr(
                        "What each way of receiving newcomers costs in land, in people housed in hazard zones and in "
                        "school seats and health capacity, from the base year to the horizon."
                    )
                ),
                *tables,
                Chart(
                    "scenario_comparison",
                    tr("Totals per scenario: land, new residents in hazard zones, service needs."),
                ),
            ]
            sections.append(Section("scenarios", tr("Growth scenarios"), blocks))
            more_figures, more_findings = scenario_figures(inputs.scenarios, numbers)
            figures += more_figures
            findings += more_findings

    method_blocks: List[Block] = [method_table(method_notes(inputs, numbers))]
    if metadata:
        weights = weights_table(metadata, numbers)
        if weights:
            method_blocks.append(weights)
    sections.append(Section("method", tr("Method and data"), method_blocks))

    _number_tables_and_figures(sections)
    title = tr("Migrant integration planning report")
    city = inputs.city.strip()
    day = inputs.date or datetime.date.today()
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
    )


def _chart_areas(frame: pd.DataFrame) -> Tuple[pd.DataFrame, int, int]:
    """The exposure summary limited to the CHART_AREAS areas with the most people exposed (any hazard), with
    the number of areas shown and in all."""
    rows = frame[(frame["hazard_type"] == "any") & (frame["area_name"] != ALL) & frame["hazard_level"].isin(LEVELS)]
    exposed = rows.groupby("area_name")["population"].sum()
    if len(exposed) <= CHART_AREAS:
        return frame, len(exposed), len(exposed)
    keep = set(exposed.sort_values(ascending=False, kind="mergesort").index[:CHART_AREAS])
    return frame[frame["area_name"].isin(keep) | (frame["area_name"] == ALL)], CHART_AREAS, len(exposed)


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
    if "exposure_by_area" in keys and inputs.exposure_summary is not None:
        frame, shown, _total = _chart_areas(_exposure_frame(inputs.exposure_summary))
        figures["exposure_by_area"] = charts.exposure_by_area(frame, figsize=(7.5, max(4.5, 1.6 + 0.3 * shown)))
    if "coverage_by_type" in keys:
        access = inputs.access_summary
        if access is None and inputs.access_features is not None:
            access = access_summary_from_features(inputs.access_features)
        if access is not None:
            figures["coverage_by_type"] = charts.coverage_by_type(_access_frame(access))
    if "scenario_comparison" in keys and inputs.scenarios is not None:
        figures["scenario_comparison"] = charts.scenario_comparison(_scenario_frame(inputs.scenarios))
    return figures


def page_plan(report: Report) -> List[str]:
    """The section key of each page the layout makes when nothing overflows: the cover, then every section
    from a new page, with one more page per page break."""
    pages = ["cover"]
    for section in report.sections:
        pages.append(section.key)
        pages += [section.key for block in section.blocks if isinstance(block, PageBreak)]
    return pages
