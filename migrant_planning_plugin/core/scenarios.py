"""Growth scenarios: from population growth to land demand, allocation on a suitability grid and
what each scenario costs in land, hazard exposure, distance to services and SDG 11.3.1.

Method (see docs/algorithms/growth_scenarios.md for the formulas in full):

- Demand, for each year y = base_year + 1 .. horizon_year: population P(y) grows by compound
  ``growth_rate`` (P(y) = P0 (1 + r)^(y - y0)) or by ``arrivals_per_year`` (P(y) = P0 + a (y - y0));
  that year's new people / household size = households = dwellings; land (ha) = dwellings /
  net density / (1 - public space share).
- Allocation on the cells of the suitability grid, never on cells whose centre lies in an
  existing urban polygon. Each scenario orders its candidate cells once by a score and takes,
  year after year, as many cells as the cumulative demand needs (rounded to the nearest cell),
  so the allocated area follows the demand to within one cell. ``planned``: candidates are the
  cells with a suitability above 0; score (1 - c) s + c max(0, 1 - d_urban / D), highest first.
  ``trend``: candidates are the cells with any suitability value (0 included) and the cells
  without data that lie in a hazard zone; score d_informal + u * noise, lowest first (u uniform in
  [0, 1) from SEED). Equal scores are taken in cell order (row by row).
- Each allocated cell records its year. Scenarios do not compete: each starts from the same
  city.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from osgeo import gdal, ogr
from scipy import ndimage
from scipy.spatial import cKDTree

from .errors import InputError
from .estimate import available_memory
from .fields import MAX_COUNT
from .geometry import repair_polygons, representative_points, warn_if_apart
from .grid import GridSpec
from .hazards import ANY, classify_zones, disjoint_levels
from .i18n import tr
from .progress import ProgressFn, ensure, sub
from .rasterize import burn
from .text import fold, parse_number, slug

gdal.UseExceptions()

LOG = logging.getLogger("migrant_planning")

PLANNED = "planned"
TREND = "trend"
# Accepted spellings of the allocation rule (folded), Spanish too.
ALLOCATION_NAMES: Dict[str, str] = {
    "planned": PLANNED,
    "plan": PLANNED,
    "planificado": PLANNED,
    "planificada": PLANNED,
    "planeado": PLANNED,
    "trend": TREND,
    "tendencial": TREND,
    "tendencia": TREND,
}

REQUIRED_KEYS: Tuple[str, ...] = (
    "name",
    "base_population",
    "base_year",
    "horizon_year",
    "household_size",
    "density_dwellings_ha",
    "public_space_share",
    "allocation",
)
GROWTH_KEYS: Tuple[str, ...] = ("growth_rate", "arrivals_per_year")
# Optional scenario keys and their defaults.
OPTIONAL_DEFAULTS: Dict[str, object] = {
    "compactness": 0.0,
    "compactness_distance_m": 1000.0,
    "trend_noise_m": 100.0,
    "description": "",
}
# Documented bounds (docs/algorithms/growth_scenarios.md): beyond them a scenario is a typing mistake, and the
# numbers it would give overflow (a rate of 100 %/yr over 200 years multiplies the population by 1.6e60).
MAX_YEARS = 100
MAX_POPULATION = MAX_COUNT  # base_population and the population reached at horizon_year
MAX_GROWTH_RATE = 1.0  # 100 % per year
MAX_ARRIVALS_PER_YEAR = 1e7
MAX_HOUSEHOLD_SIZE = 50.0
MAX_DENSITY = 10_000.0  # dwellings per net hectare
MAX_DISTANCE_M = 100_000.0  # compactness_distance_m, trend_noise_m
YEAR_RANGE = (1900, 2200)  # the year developed is stored in a 16-bit raster

SUMMARY_COLUMNS: Tuple[str, ...] = (
    "scenario",
    "year",
    "population_added",
    "households",
    "dwellings",
    "land_demand_ha",
    "land_allocated_ha",
    "unmet_demand_ha",
    "pop_in_hazard_alta",
    "pop_in_hazard_media",
    "share_in_hazard",
    "mean_dist_health_m",
    "mean_dist_education_m",
    "school_seats_needed",
    "health_capacity_needed",
    "lcrpgr",
)

# The SUMMARY columns that add up over the years (the others are names, years, shares, means and ratios).
SUMMED_COLUMNS: Tuple[str, ...] = tuple(
    c
    for c in SUMMARY_COLUMNS
    if c not in ("scenario", "year", "share_in_hazard", "mean_dist_health_m", "mean_dist_education_m", "lcrpgr")
)

# Truthy values of an "informal" field (folded).
_TRUE_TEXT = {"1", "true", "t", "yes", "y", "si", "s", "x", "verdadero", "v", "informal"}


# ----------------------------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Scenario:
    """One growth scenario, validated (see :func:`parse_scenarios`)."""

    name: str
    base_population: float
    base_year: int
    horizon_year: int
    household_size: float
    density_dwellings_ha: float
    public_space_share: float
    allocation: str
    growth_rate: Optional[float] = None
    arrivals_per_year: Optional[float] = None
    compactness: float = 0.0
    compactness_distance_m: float = 1000.0
    trend_noise_m: float = 100.0
    description: str = ""
    stem: str = ""

    @property
    def years(self) -> np.ndarray:
        """The years that receive growth: base_year + 1 .. horizon_year."""
        return np.arange(self.base_year + 1, self.horizon_year + 1, dtype=np.int64)


@dataclass(frozen=True)
class ServiceStandards:
    """Service standards applied to the population added each year."""

    school_age_share: float = 0.22
    seats_per_school_age_child: float = 1.0
    school_seats_per_1000: Optional[float] = None
    health_capacity_per_1000: float = 1000.0

    def school_seats(self, people: np.ndarray) -> np.ndarray:
        """School seats needed for ``people`` new inhabitants."""
        if self.school_seats_per_1000 is not None:
            return people * self.school_seats_per_1000 / 1000.0
        return people * self.school_age_share * self.seats_per_school_age_child

    def health_capacity(self, people: np.ndarray) -> np.ndarray:
        """Health capacity needed for ``people`` new inhabitants (unit of the facilities' capacity)."""
        return people * self.health_capacity_per_1000 / 1000.0


def allocation_label(allocation: str) -> str:
    """Translated name of an allocation rule ('planned' or 'trend') for messages."""
    return {"planned": tr("planned"), "trend": tr("trend")}.get(allocation, allocation)


def load_json(text: Optional[str], what: str) -> object:
    """The JSON value in ``text``, or in the file whose path ``text`` is; ``None`` when blank."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    source = what
    if raw[0] not in "[{":
        if os.path.isfile(raw):
            source = os.path.basename(raw)
            try:
                with open(raw, encoding="utf-8-sig") as handle:
                    raw = handle.read()
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(
                    tr("{what}: the file '{path}' cannot be read ({error}).").format(what=what, path=raw, error=error)
                ) from None
        elif raw.lower().endswith(".json"):
            raise InputError(
                tr("{what}: the file '{path}' does not exist. Give the path of a .json file or the JSON text.").format(
                    what=what, path=raw
                )
            )
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(
            tr("{what}: {source} is not valid JSON (line {line}, column {column}: {error}).").format(
                what=what, source=source, line=error.lineno, column=error.colno, error=error.msg
            )
        ) from None


def _number(
    item: dict,
    key: str,
    label: str,
    minimum: float = 0.0,
    positive: bool = False,
    maximum: Optional[float] = None,
    below_maximum: bool = False,
) -> float:
    """The value of ``key`` as a float, refused (scenario and key named) when not a valid number."""
    value = item[key]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': '{key}' must be a number (found {value}).").format(
                scenario=label, key=key, value=json.dumps(value, ensure_ascii=False)[:60]
            )
        )
    digits = str(value).strip().lstrip("+-")
    if maximum is not None and digits.isdigit() and len(digits) > 15:
        number = math.inf  # a 400-digit number is beyond the bounds (float() would overflow)
    else:
        number = parse_number(value, tr("SCENARIOS, scenario '{scenario}'").format(scenario=label), key)
    value = _shown(value)
    if number < minimum and not positive and minimum == 0:  # a negative household size: 'greater than zero'
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': '{key}' is negative ({value}). Give a value of zero or more.").format(
                scenario=label, key=key, value=value
            )
        )
    if positive and number <= 0:
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': '{key}' must be greater than zero (found {value}).").format(
                scenario=label, key=key, value=value
            )
        )
    if (maximum is not None and (number > maximum or (below_maximum and number >= maximum))) or number < minimum:
        raise InputError(
            tr(
                "SCENARIOS, scenario '{scenario}': '{key}' must be at least {low} and below {high} (found {value})."
            ).format(scenario=label, key=key, low=f"{minimum:g}", high=f"{maximum:g}", value=value)
            if below_maximum
            else tr(
                "SCENARIOS, scenario '{scenario}': '{key}' must be between {low} and {high} (found {value})."
            ).format(scenario=label, key=key, low=f"{minimum:g}", high=f"{maximum:g}", value=value)
        )
    return number


def _shown(value: object) -> str:
    """A value as messages show it; a number of more than 24 digits as its order of magnitude ('about 10^399')."""
    text = str(value).strip()
    digits = text.lstrip("+-")
    if len(text) <= 24:
        return text
    if digits.isdigit():
        return tr("a number of {n} digits").format(n=len(digits))
    return text[:24] + "…"


def _year(item: dict, key: str, label: str) -> int:
    """The value of ``key`` as a whole year between the bounds of ``YEAR_RANGE``."""
    number = _number(item, key, label, minimum=YEAR_RANGE[0], maximum=YEAR_RANGE[1])
    if not float(number).is_integer():
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': '{key}' must be a whole year (found {value}).").format(
                scenario=label, key=key, value=item[key]
            )
        )
    return int(number)


def _scenario(item: object, position: int) -> Scenario:
    """One validated scenario from its JSON object."""
    if not isinstance(item, dict):
        raise InputError(
            tr("SCENARIOS: scenario number {n} is not a JSON object with the scenario's keys.").format(n=position + 1)
        )
    name = item.get("name")
    label = str(name).strip() if isinstance(name, (str, int, float)) and str(name).strip() else ""
    label = label or tr("number {n}").format(n=position + 1)
    allowed = set(REQUIRED_KEYS) | set(GROWTH_KEYS) | set(OPTIONAL_DEFAULTS)
    for key in item:
        if key not in allowed:
            raise InputError(
                tr("SCENARIOS, scenario '{scenario}': unknown key '{key}'. Accepted keys: {keys}.").format(
                    scenario=label, key=key, keys=", ".join([*REQUIRED_KEYS, *GROWTH_KEYS, *OPTIONAL_DEFAULTS])
                )
            )
    for key in REQUIRED_KEYS:
        if key not in item or item[key] is None or (isinstance(item[key], str) and not item[key].strip()):
            raise InputError(
                tr(
                    "SCENARIOS, scenario '{scenario}': the key '{key}' is missing. Add it (the documentation of "
                    "growth_scenarios lists every key)."
                ).format(scenario=label, key=key)
            )
    given = [key for key in GROWTH_KEYS if item.get(key) is not None]
    if not given:
        raise InputError(
            tr(
                "SCENARIOS, scenario '{scenario}': the key 'growth_rate' or 'arrivals_per_year' is missing. "
                "Give one of them (growth_rate per year, 0.02 = 2 %; arrivals_per_year in persons)."
            ).format(scenario=label)
        )
    if len(given) > 1:
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': give either 'growth_rate' or 'arrivals_per_year', not both.").format(
                scenario=label
            )
        )
    base_population = _number(item, "base_population", label, positive=True, maximum=MAX_POPULATION)
    base_year = _year(item, "base_year", label)
    horizon_year = _year(item, "horizon_year", label)
    if horizon_year <= base_year:
        raise InputError(
            tr(
                "SCENARIOS, scenario '{scenario}': horizon_year ({horizon}) must be later than base_year ({base})."
            ).format(scenario=label, horizon=horizon_year, base=base_year)
        )
    if horizon_year - base_year > MAX_YEARS:
        raise InputError(
            tr(
                "SCENARIOS, scenario '{scenario}': from base_year to horizon_year there are more than {n} years. "
                "Check the years."
            ).format(scenario=label, n=MAX_YEARS)
        )
    growth_rate = arrivals = None
    if given[0] == "growth_rate":
        growth_rate = _number(item, "growth_rate", label, maximum=MAX_GROWTH_RATE)
        reached = base_population * (1.0 + growth_rate) ** (horizon_year - base_year)
    else:
        arrivals = _number(item, "arrivals_per_year", label, maximum=MAX_ARRIVALS_PER_YEAR)
        reached = base_population + arrivals * (horizon_year - base_year)
    if reached > MAX_POPULATION:
        raise InputError(
            tr(
                "SCENARIOS, scenario '{scenario}': the population would reach {population} by {year}, more than "
                "{limit}. Check base_population, the growth and the years."
            ).format(scenario=label, population=f"{reached:.3g}", year=horizon_year, limit=f"{MAX_POPULATION:.0e}")
        )
    household_size = _number(item, "household_size", label, positive=True, maximum=MAX_HOUSEHOLD_SIZE)
    density = _number(item, "density_dwellings_ha", label, positive=True, maximum=MAX_DENSITY)
    share = _number(item, "public_space_share", label, maximum=1.0, below_maximum=True)
    allocation_text = item["allocation"]
    allocation = ALLOCATION_NAMES.get(fold(allocation_text)) if isinstance(allocation_text, str) else None
    if allocation is None:
        raise InputError(
            tr("SCENARIOS, scenario '{scenario}': 'allocation' must be 'planned' or 'trend' (found {value}).").format(
                scenario=label, value=json.dumps(allocation_text, ensure_ascii=False)
            )
        )
    options = {key: item.get(key, default) for key, default in OPTIONAL_DEFAULTS.items()}
    for key in ("compactness", "compactness_distance_m", "trend_noise_m"):
        if item.get(key) is None:
            options[key] = OPTIONAL_DEFAULTS[key]
    compactness = _number({"compactness": options["compactness"]}, "compactness", label, maximum=1.0)
    distance = _number(
        {"compactness_distance_m": options["compactness_distance_m"]},
        "compactness_distance_m",
        label,
        positive=True,
        maximum=MAX_DISTANCE_M,
    )
    noise = _number({"trend_noise_m": options["trend_noise_m"]}, "trend_noise_m", label, maximum=MAX_DISTANCE_M)
    if allocation == TREND and item.get("compactness") not in (None, 0, 0.0):
        LOG.warning(
            tr("Scenario '{scenario}': 'compactness' applies to planned allocation only; it is ignored.").format(
                scenario=label
            )
        )
    return Scenario(
        name=label,
        base_population=base_population,
        base_year=base_year,
        horizon_year=horizon_year,
        household_size=household_size,
        density_dwellings_ha=density,
        public_space_share=share,
        allocation=allocation,
        growth_rate=growth_rate,
        arrivals_per_year=arrivals,
        compactness=compactness if allocation == PLANNED else 0.0,
        compactness_distance_m=distance,
        trend_noise_m=noise,
        description=str(options["description"] or ""),
        stem=slug(label) or f"scenario_{position + 1}",
    )


def parse_scenarios(text: Optional[str]) -> List[Scenario]:
    """Validated scenarios from JSON text or a .json path (a list of objects, or one object)."""
    data = load_json(text, "SCENARIOS")
    if data is None:
        raise InputError(
            tr(
                "SCENARIOS: no scenario given. Write a JSON list with one object per scenario, or give the path "
                "of a .json file."
            )
        )
    if isinstance(data, dict):
        data = data["scenarios"] if isinstance(data.get("scenarios"), list) else [data]
    if not isinstance(data, list) or not data:
        raise InputError(
            tr("SCENARIOS: expected a JSON list with one object per scenario, or the path of a .json file.")
        )
    scenarios = [_scenario(item, position) for position, item in enumerate(data)]
    seen: Dict[str, str] = {}
    for scenario in scenarios:
        if scenario.stem in seen:
            raise InputError(
                tr(
                    "SCENARIOS: the scenarios '{first}' and '{second}' have the same name (file names would "
                    "collide). Give every scenario its own name."
                ).format(first=seen[scenario.stem], second=scenario.name)
            )
        seen[scenario.stem] = scenario.name
    return scenarios


def parse_service_standards(text: Optional[str]) -> ServiceStandards:
    """Service standards from JSON text or a .json path; defaults for missing keys."""
    data = load_json(text, "SERVICE_STANDARDS")
    if data is None:
        return ServiceStandards()
    if not isinstance(data, dict):
        raise InputError(
            tr("SERVICE_STANDARDS: expected a JSON object with standards as keys, or the path of a .json file.")
        )
    keys = ("school_age_share", "seats_per_school_age_child", "school_seats_per_1000", "health_capacity_per_1000")
    values: Dict[str, float] = {}
    for key, value in data.items():
        if key not in keys:
            raise InputError(
                tr("SERVICE_STANDARDS: unknown key '{key}'. Accepted keys: {keys}.").format(
                    key=key, keys=", ".join(keys)
                )
            )
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
            raise InputError(
                tr("SERVICE_STANDARDS: '{key}' must be a number (found {value}).").format(
                    key=key, value=json.dumps(value, ensure_ascii=False)
                )
            )
        if value < 0:
            raise InputError(
                tr("SERVICE_STANDARDS: '{key}' is negative ({value}). Give a value of zero or more.").format(
                    key=key, value=value
                )
            )
        values[key] = float(value)
    if values.get("school_age_share", 0.0) > 1:
        raise InputError(
            tr("SERVICE_STANDARDS: 'school_age_share' is a share between 0 and 1 (found {value}).").format(
                value=values["school_age_share"]
            )
        )
    return ServiceStandards(**values)


def parse_types(text: Optional[str]) -> Set[str]:
    """Folded facility type values from a comma- or semicolon-separated text."""
    if text is None:
        return set()
    return {fold(part) for part in str(text).replace(";", ",").split(",") if fold(part)}


# ----------------------------------------------------------------------------------- demand


def yearly_demand(scenario: Scenario) -> pd.DataFrame:
    """Per year: population before and after, people, households, dwellings and land (ha) added."""
    years = scenario.years
    elapsed = (years - scenario.base_year).astype(float)
    if scenario.growth_rate is not None:
        after = scenario.base_population * (1.0 + scenario.growth_rate) ** elapsed
    else:
        after = scenario.base_population + float(scenario.arrivals_per_year or 0.0) * elapsed
    before = np.concatenate([[scenario.base_population], after[:-1]])
    added = after - before
    households = added / scenario.household_size
    dwellings = households.copy()
    land = dwellings / scenario.density_dwellings_ha / (1.0 - scenario.public_space_share)
    return pd.DataFrame(
        {
            "year": years,
            "population_before": before,
            "population_after": after,
            "population_added": added,
            "households": households,
            "dwellings": dwellings,
            "land_demand_ha": land,
        }
    )


def lcrpgr(urban_before: np.ndarray, urban_after: np.ndarray, pop_before: np.ndarray, pop_after: np.ndarray):
    """SDG 11.3.1 ratio ln(Urb_t+n / Urb_t) / ln(Pop_t+n / Pop_t); NaN where undefined."""
    urban_before = np.asarray(urban_before, dtype=float)
    urban_after = np.asarray(urban_after, dtype=float)
    pop_before = np.asarray(pop_before, dtype=float)
    pop_after = np.asarray(pop_after, dtype=float)
    out = np.full(urban_before.shape, np.nan)
    ok = (urban_before > 0) & (urban_after > 0) & (pop_before > 0) & (pop_after > 0) & (pop_after != pop_before)
    out[ok] = np.log(urban_after[ok] / urban_before[ok]) / np.log(pop_after[ok] / pop_before[ok])
    return out


# ----------------------------------------------------------------------------------- allocation


def best_cells(score: np.ndarray, candidates: np.ndarray, k: int, descending: bool) -> np.ndarray:
    """The ``k`` candidate cells (flat indices, ascending) with the best score, best first; ties in cell order."""
    candidates = np.asarray(candidates, dtype=np.int64)
    k = int(min(max(k, 0), len(candidates)))
    if k == 0:
        return candidates[:0]
    key = score[candidates].astype(np.float64, copy=False)  # a new array already: no second copy
    if descending:
        np.negative(key, out=key)
    if k < len(candidates):
        threshold = np.partition(key, k - 1)[k - 1]
        take = key < threshold
        equal = np.flatnonzero(key == threshold)[: k - int(take.sum())]
        take[equal] = True
        chosen = np.flatnonzero(take)
    else:
        chosen = np.arange(len(candidates))
    order = chosen[np.argsort(key[chosen], kind="stable")]
    return candidates[order]


def allocation_counts(demand_ha: np.ndarray, cell_ha: float, available: int) -> Tuple[np.ndarray, np.ndarray]:
    """Cells taken each year and unmet demand (ha) each year.

    The cumulative number of cells is the cumulative demand divided by the cell area, rounded to
    the nearest whole cell and capped by the ``available`` cells; the unmet demand of a year is the
    increase of the shortfall max(0, cumulative demand - available land).
    """
    demand = np.asarray(demand_ha, dtype=float)
    cumulative = np.cumsum(demand)
    wanted = np.floor(cumulative / cell_ha + 0.5).astype(np.int64)
    taken = np.minimum(wanted, int(available))
    counts = np.diff(taken, prepend=0)
    shortfall = np.maximum(cumulative - available * cell_ha, 0.0)
    unmet = np.diff(shortfall, prepend=0.0)
    return counts, unmet


# Peak memory of growth_scenarios per grid cell (bytes), measured on 6, 25 and 100 million cells (bench/scale):
# the suitability, masks, two distance grids, scores, candidate lists, the allocation and a speckled trend
# scenario's polygons, with room for the allocator.
BYTES_PER_CELL = 90


def check_memory(width: int, height: int, available: Optional[int] = None) -> None:
    """Refuse a grid whose growth scenarios would need more memory than is available (a clear message, not a crash)."""
    available = available_memory() if available is None else available
    need = int(width) * int(height) * BYTES_PER_CELL
    if available is not None and need > available:
        raise InputError(
            tr(
                "SUITABILITY: {w} x {h} cells need about {need:.1f} GB of memory for the growth scenarios, more than "
                "the {free:.1f} GB available. Use a suitability raster with larger cells (resample it), a smaller "
                "area, or close other programs."
            ).format(w=width, h=height, need=need / 2**30, free=available / 2**30)
        )


def distance_to(mask: np.ndarray, cell_size: float, rows_per_block: int = 1024) -> np.ndarray:
    """Distance (CRS units) from each cell centre to the nearest centre of a ``mask`` cell; inf without any.

    scipy's exact Euclidean feature transform, with the distances worked out by blocks of rows: scipy's own
    ``distance_transform_edt`` holds about 40 bytes per cell at once (indices, differences, float64 copies),
    this 16 (the int32 feature transform and the float64 result), with the same arithmetic, so the same values.
    """
    if not mask.any():
        return np.full(mask.shape, np.inf)
    feature = ndimage.distance_transform_edt(~mask, return_distances=False, return_indices=True)
    height, width = mask.shape
    out = np.empty(mask.shape, dtype=np.float64)
    columns = np.arange(width, dtype=np.int32)[None, :]
    step = float(cell_size)
    for row in range(0, height, rows_per_block):
        end = min(row + rows_per_block, height)
        dy = (feature[0, row:end] - np.arange(row, end, dtype=np.int32)[:, None]).astype(np.float64)
        dy *= step
        dy *= dy
        dx = (feature[1, row:end] - columns).astype(np.float64)
        dx *= step
        dx *= dx
        np.add(dy, dx, out=out[row:end])
        np.sqrt(out[row:end], out=out[row:end])
    return out


def informal_mask_values(values: Iterable[object]) -> np.ndarray:
    """Whether each value of an 'informal' field means informal (true, 1, sí, yes, x, informal)."""
    out = []
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
            out.append(False)
        elif isinstance(value, (bool, np.bool_)):
            out.append(bool(value))
        elif isinstance(value, (int, float, np.integer, np.floating)):
            out.append(float(value) != 0)
        else:
            out.append(fold(value) in _TRUE_TEXT)
    return np.asarray(out, dtype=bool)


def polygonise(values: np.ndarray, grid: GridSpec) -> Tuple[np.ndarray, np.ndarray]:
    """Polygons of the connected regions (4-connected) of equal non-zero ``values``: (geometries, values).

    GDAL's polygoniser writes into a temporary GeoPackage (one transaction), read back in bulk: a trend
    scenario on a large grid has millions of small regions, which an in-memory OGR layer and a Python
    loop over its features would hold twice over.
    """
    height, width = values.shape
    small = values.dtype in (np.uint8, np.uint16, np.int16)  # written as they are: no int32 copy of the grid
    kind = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.uint16): gdal.GDT_UInt16, np.dtype(np.int16): gdal.GDT_Int16}
    source = gdal.GetDriverByName("MEM").Create("", width, height, 1, kind[values.dtype] if small else gdal.GDT_Int32)
    source.SetGeoTransform(grid.geotransform)
    band = source.GetRasterBand(1)
    band.WriteArray(values if small else values.astype(np.int32))
    with tempfile.TemporaryDirectory(prefix="mp_polygons_") as folder:
        target = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(folder, "regions.gpkg"))
        layer = target.CreateLayer("p", geom_type=ogr.wkbPolygon, options=["SPATIAL_INDEX=NO"])
        layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
        target.StartTransaction()
        gdal.Polygonize(band, band, layer, 0, [])  # the band is its own mask: 0 is no region
        target.CommitTransaction()
        source = band = None
        parts, out_values = [], []
        layer.ResetReading()
        for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]):
            parts.append(shapely.from_wkb(np.asarray(batch[layer.GetGeometryColumn() or "geom"], dtype=object)))
            out_values.append(np.asarray(batch["v"], dtype=np.int64))
            del batch  # one batch of WKB at a time
        layer = target = None
    geoms = np.concatenate(parts) if parts else np.array([], dtype=object)
    return geoms, (np.concatenate(out_values) if out_values else np.zeros(0, dtype=np.int64))


# ----------------------------------------------------------------------------------- running


@dataclass
class GrowthLayers:
    """The rasterised inputs every scenario shares."""

    grid: GridSpec
    suitability: np.ndarray
    urban: np.ndarray
    informal: np.ndarray
    hazard_rank: Optional[np.ndarray]
    health_xy: Optional[np.ndarray]
    education_xy: Optional[np.ndarray]
    existing_urban_ha: float
    _distances: Dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def distance(self, which: str) -> np.ndarray:
        """Distance (m) from every cell centre to the nearest ``urban`` or ``informal`` cell (computed once)."""
        if which not in self._distances:
            self._distances[which] = distance_to(getattr(self, which), self.grid.cell_size)
        return self._distances[which]


@dataclass
class ScenarioOutcome:
    """What one scenario produced: the year grid (0 = not developed) and the growth polygons."""

    scenario: Scenario
    years: np.ndarray
    growth: gpd.GeoDataFrame
    candidate_cells: int
    shortfall_ha: float


@dataclass
class GrowthResult:
    """The summary table (one row per scenario and year) and each scenario's outcome."""

    summary: pd.DataFrame
    outcomes: List[ScenarioOutcome] = field(default_factory=list)
    grid: Optional[GridSpec] = None


def prepare_layers(
    suitability: np.ndarray,
    grid: GridSpec,
    urban: gpd.GeoDataFrame,
    informal_field: Optional[str] = None,
    hazards: Optional[gpd.GeoDataFrame] = None,
    hazard_level_field: Optional[str] = None,
    hazard_type_field: Optional[str] = None,
    level_map: Optional[Dict[str, str]] = None,
    facilities: Optional[gpd.GeoDataFrame] = None,
    facility_type_field: Optional[str] = None,
    health_types: Iterable[str] = ("salud",),
    education_types: Iterable[str] = ("educacion",),
    progress: Optional[ProgressFn] = None,
) -> GrowthLayers:
    """Rasterise the existing urban land, informal settlements and hazard levels; pick facility points."""
    report = ensure(progress)
    suitability = np.asarray(suitability)
    if suitability.dtype not in (np.float32, np.float64):  # float32 (a float32 raster) is kept: half the memory
        suitability = suitability.astype(np.float64)
    if suitability.shape != grid.shape:
        raise ValueError("suitability does not match the grid")
    infinite = np.isinf(suitability)
    if infinite.any():  # a copy only when there is something to change (NaN stays NaN)
        suitability = np.where(infinite, np.nan, suitability)
    del infinite
    if not np.isfinite(suitability).any():
        raise InputError(
            tr(
                "SUITABILITY: the raster holds no data (every cell is nodata). Run site_suitability again or "
                "choose another raster."
            )
        )
    urban_name = urban.attrs.get("layer_name", "") or "EXISTING_URBAN"
    geoms, _repaired = repair_polygons(urban.geometry.values, urban_name)
    present = ~shapely.is_missing(geoms)
    if not present.any():
        LOG.warning(
            tr(
                "{layer}: no existing urban polygon. Nothing is excluded as already built, the SDG 11.3.1 ratio "
                "of the first year is left empty, and trend growth has no settlement to follow."
            ).format(layer=urban_name)
        )
    grid_box = np.array([shapely.box(*grid.bounds)], dtype=object)
    warn_if_apart(geoms[present], urban_name, grid_box, "SUITABILITY")
    urban_mask = burn(geoms[present], grid, dtype="uint8").astype(bool)
    existing_ha = float(shapely.area(shapely.union_all(geoms[present]))) / 1e4 if present.any() else 0.0
    informal_geoms = geoms[present]
    if informal_field:
        if informal_field not in urban.columns:
            raise InputError(
                tr(
                    "{layer}: the field '{field}' does not exist. Choose the field that marks informal settlements."
                ).format(layer=urban_name, field=informal_field)
            )
        flags = informal_mask_values(urban[informal_field].tolist())[present]
        if not present.any():
            pass  # already said: no existing urban polygon
        elif flags.any():
            informal_geoms = informal_geoms[flags]
            LOG.info(
                tr("{layer}: trend growth follows the {n} informal settlements (field '{field}').").format(
                    layer=urban_name, n=int(flags.sum()), field=informal_field
                )
            )
        else:
            LOG.warning(
                tr(
                    "{layer}: no settlement is marked informal in the field '{field}'; trend growth follows "
                    "all existing urban land."
                ).format(layer=urban_name, field=informal_field)
            )
    else:
        LOG.info(
            tr("{layer}: no field marks informal settlements; trend growth follows all existing urban land.").format(
                layer=urban_name
            )
        )
    report(0.3)
    informal = burn(informal_geoms, grid, dtype="uint8", all_touched=True).astype(bool)
    report(0.5)

    hazard_rank = None
    if hazards is not None:
        zones = classify_zones(
            hazards,
            hazard_level_field or "",
            hazard_type_field,
            level_map=level_map,
            layer_name=hazards.attrs.get("layer_name", ""),
        )
        warn_if_apart(
            np.asarray(zones.geometry.values, dtype=object),
            hazards.attrs.get("layer_name", "") or "HAZARDS",
            grid_box,
            "SUITABILITY",
        )
        # every type as one group (a type of the data named 'any' would otherwise add its own pieces)
        pieces = disjoint_levels(zones.assign(hazard_type=ANY), include_any=False)
        hazard_rank = burn(pieces.geometry.values, grid, values=pieces["rank"].to_numpy(), dtype="uint8")
    report(0.8)

    health_xy = education_xy = None
    if facilities is not None:
        name = facilities.attrs.get("layer_name", "") or "FACILITIES"
        if not facility_type_field or facility_type_field not in facilities.columns:
            LOG.warning(
                tr(
                    "{layer}: no facility type field, so health and education cannot be told apart; the "
                    "distance columns are left empty. Choose FACILITY_TYPE_FIELD."
                ).format(layer=name)
            )
        else:
            points = representative_points(facilities.geometry.values)
            present_points = ~shapely.is_missing(points)
            folded = np.array(
                [fold(v) if v is not None and not pd.isna(v) else "" for v in facilities[facility_type_field]]
            )
            xy = np.full((len(points), 2), np.nan)
            if present_points.any():
                xy[present_points] = shapely.get_coordinates(points[present_points])
            for which, label, types in (
                ("health", tr("health"), parse_types(",".join(health_types))),
                ("education", tr("education"), parse_types(",".join(education_types))),
            ):
                chosen = np.isin(folded, list(types)) & present_points
                if not chosen.any():
                    LOG.warning(
                        tr(
                            "{layer}: no facility of type {types} in the field '{field}'; the distance to {what} "
                            "is left empty."
                        ).format(
                            layer=name, types=", ".join(sorted(types)) or "-", field=facility_type_field, what=label
                        )
                    )
                    continue
                if which == "health":
                    health_xy = xy[chosen]
                else:
                    education_xy = xy[chosen]
    report(1.0)
    return GrowthLayers(grid, suitability, urban_mask, informal, hazard_rank, health_xy, education_xy, existing_ha)


def scenario_score(scenario: Scenario, layers: GrowthLayers, seed: int) -> Tuple[np.ndarray, np.ndarray, bool]:
    """(score of every cell, flat indices of the candidate cells, whether higher is better)."""
    grid = layers.grid
    suitability = layers.suitability
    free = ~layers.urban
    if scenario.allocation == PLANNED:
        with np.errstate(invalid="ignore"):
            candidates = np.flatnonzero((free & (suitability > 0)).ravel())  # NaN > 0 is False
        score = suitability.astype(np.float64).ravel()  # float64 whatever the grid's type: the same scores
        score[~np.isfinite(score)] = 0.0
        score = score.reshape(grid.shape)
        if scenario.compactness > 0:  # (1 - c) * score + c * proximity, computed in place (same arithmetic)
            proximity = layers.distance("urban") / scenario.compactness_distance_m
            np.subtract(1.0, proximity, out=proximity)
            np.clip(proximity, 0.0, 1.0, out=proximity)
            score *= 1.0 - scenario.compactness
            proximity *= scenario.compactness
            score += proximity
            del proximity
        return score.ravel(), candidates, True
    in_hazard = layers.hazard_rank > 0 if layers.hazard_rank is not None else np.zeros(grid.shape, dtype=bool)
    candidates = np.flatnonzero((free & (np.isfinite(suitability) | in_hazard)).ravel())
    distance = layers.distance("informal")
    if not np.isfinite(distance).any():
        LOG.warning(
            tr(
                "Scenario '{scenario}': no existing settlement to follow; trend cells are taken in random order."
            ).format(scenario=scenario.name)
        )
        distance = np.zeros(grid.shape)
    score = np.random.default_rng(int(seed)).random(grid.width * grid.height)
    score *= scenario.trend_noise_m
    score += distance.ravel()  # distance + noise, in place
    return score, candidates, False


def run_scenario(
    scenario: Scenario,
    layers: GrowthLayers,
    standards: ServiceStandards,
    seed: int,
    progress: Optional[ProgressFn] = None,
) -> Tuple[pd.DataFrame, ScenarioOutcome]:
    """Allocate one scenario and compute its summary rows (progress and cancel between the steps)."""
    report = ensure(progress)
    grid = layers.grid
    cell_ha = grid.cell_area / 1e4
    demand = yearly_demand(scenario)
    score, candidates, descending = scenario_score(scenario, layers, seed)
    report(0.3)
    counts, unmet = allocation_counts(demand["land_demand_ha"].to_numpy(), cell_ha, len(candidates))
    total = int(counts.sum())
    chosen = best_cells(score, candidates, total, descending)
    report(0.5)
    year_index = np.repeat(np.arange(len(counts)), counts)
    years = scenario.years
    year_grid = np.zeros(grid.width * grid.height, dtype=np.uint16)
    year_grid[chosen] = years[year_index]
    year_grid = year_grid.reshape(grid.shape)

    n_years = len(years)
    land_demand = demand["land_demand_ha"].to_numpy()
    added = demand["population_added"].to_numpy()
    allocated_ha = counts * cell_ha
    with np.errstate(divide="ignore", invalid="ignore"):
        housed = np.where(land_demand > 0, added * np.clip(1.0 - unmet / land_demand, 0.0, 1.0), 0.0)
        per_cell = np.where(counts > 0, housed / np.maximum(counts, 1), np.nan)
    has_cells = counts > 0

    if layers.hazard_rank is not None:
        ranks = layers.hazard_rank.ravel()[chosen]
        alta = np.bincount(year_index, weights=(ranks == 3).astype(float), minlength=n_years)
        media = np.bincount(year_index, weights=(ranks == 2).astype(float), minlength=n_years)
        pop_alta = np.where(has_cells, alta * per_cell, np.nan)
        pop_media = np.where(has_cells, media * per_cell, np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(has_cells & (added > 0), (pop_alta + pop_media) / added, np.nan)
    else:
        pop_alta = pop_media = share = np.full(n_years, np.nan)

    rows, cols = np.divmod(chosen, grid.width)
    xs = grid.x_min + (cols + 0.5) * grid.cell_size
    ys = grid.y_max - (rows + 0.5) * grid.cell_size
    centres = np.column_stack([xs, ys])
    mean_distance = {}
    for which, points in (("health", layers.health_xy), ("education", layers.education_xy)):
        if points is None or len(chosen) == 0:
            mean_distance[which] = np.full(n_years, np.nan)
            continue
        distance, _ = cKDTree(points).query(centres)
        sums = np.bincount(year_index, weights=distance, minlength=n_years)
        mean_distance[which] = np.where(has_cells, sums / np.maximum(counts, 1), np.nan)

    cumulative = np.cumsum(allocated_ha)
    urban_before = layers.existing_urban_ha + cumulative - allocated_ha
    urban_after = layers.existing_urban_ha + cumulative
    ratio = lcrpgr(urban_before, urban_after, demand["population_before"], demand["population_after"])

    summary = pd.DataFrame(
        {
            "scenario": [scenario.name] * n_years,
            "year": years.astype(np.int64),
            "population_added": added,
            "households": demand["households"].to_numpy(),
            "dwellings": demand["dwellings"].to_numpy(),
            "land_demand_ha": land_demand,
            "land_allocated_ha": allocated_ha.astype(float),
            "unmet_demand_ha": unmet,
            "pop_in_hazard_alta": pop_alta,
            "pop_in_hazard_media": pop_media,
            "share_in_hazard": share,
            "mean_dist_health_m": mean_distance["health"],
            "mean_dist_education_m": mean_distance["education"],
            "school_seats_needed": standards.school_seats(added),
            "health_capacity_needed": standards.health_capacity(added),
            "lcrpgr": ratio,
        },
        columns=list(SUMMARY_COLUMNS),
    )

    report(0.7)
    growth = growth_polygons(scenario, year_grid, grid, housed, counts)
    report(1.0)
    shortfall = float(unmet.sum())
    if shortfall > 1e-9:
        first = int(years[np.flatnonzero(unmet > 1e-9)[0]])
        LOG.warning(
            tr(
                "Scenario '{scenario}': the land available for {rule} allocation runs out in {year}; {ha} ha of "
                "demand up to {horizon} could not be allocated (column unmet_demand_ha)."
            ).format(
                scenario=scenario.name,
                rule=allocation_label(scenario.allocation),
                year=first,
                ha=f"{shortfall:.1f}",
                horizon=scenario.horizon_year,
            )
        )
    LOG.info(
        tr(
            "Scenario '{scenario}' ({rule}): {ha} ha allocated in {cells} cells of {size} m, from {available} "
            "candidate cells."
        ).format(
            scenario=scenario.name,
            rule=allocation_label(scenario.allocation),
            ha=f"{float(allocated_ha.sum()):.1f}",
            cells=total,
            size=f"{grid.cell_size:g}",
            available=len(candidates),
        )
    )
    outcome = ScenarioOutcome(scenario, year_grid, growth, int(len(candidates)), shortfall)
    return summary, outcome


def growth_polygons(
    scenario: Scenario, year_grid: np.ndarray, grid: GridSpec, housed: np.ndarray, counts: np.ndarray
) -> gpd.GeoDataFrame:
    """One multipolygon per year of growth: scenario, year, cells, area_ha, population housed.

    The parts of a year are its 4-connected regions: two of them share at most corner points, so
    they make a valid multipolygon without a (slow) union.
    """
    geoms, values = polygonise(year_grid, grid)
    years = scenario.years
    present = np.flatnonzero(counts > 0)
    position = np.searchsorted(years, values)
    order = np.argsort(position, kind="stable")
    group = np.searchsorted(present, position[order])
    bounds = np.searchsorted(group, np.arange(len(present) + 1))
    if len(group) and (group[-1] >= len(present) or (np.diff(bounds) == 0).any()):  # every year has a region
        raise RuntimeError("polygonised years do not match the allocation")
    merged = np.empty(len(present), dtype=object)
    for k in range(len(present)):  # year by year, letting go of each year's parts once merged (less memory)
        members = order[bounds[k] : bounds[k + 1]]
        merged[k] = shapely.multipolygons(geoms[members])
        geoms[members] = None
    frame = gpd.GeoDataFrame(
        {
            "scenario": [scenario.name] * len(present),
            "year": years[present].astype(np.int64),
            "cells": counts[present].astype(np.int64),
            "area_ha": counts[present].astype(float) * grid.cell_area / 1e4,
            "population": np.asarray(housed, dtype=float)[present],
        },
        geometry=gpd.GeoSeries(merged),
    )
    frame.attrs["crs"] = grid.crs_wkt  # as text: no pyproj CRS on Processing's worker threads (see qgis_io.crs)
    return frame


def _distance_needed(scenario: Scenario) -> Optional[str]:
    """The distance grid a scenario's score uses (see :func:`scenario_score`), if any."""
    if scenario.allocation == PLANNED:
        return "urban" if scenario.compactness > 0 else None
    return "informal"


def run_scenarios(
    scenarios: Sequence[Scenario],
    layers: GrowthLayers,
    standards: Optional[ServiceStandards] = None,
    seed: int = 0,
    progress: Optional[ProgressFn] = None,
) -> GrowthResult:
    """Run every scenario on the shared layers; one summary row per scenario and year."""
    report = ensure(progress)
    standards = standards or ServiceStandards()
    frames = []
    outcomes = []
    report(0.0)
    for position, scenario in enumerate(scenarios):
        step = sub(report, position / len(scenarios), (position + 1) / len(scenarios))
        summary, outcome = run_scenario(scenario, layers, standards, seed, step)
        frames.append(summary)
        outcomes.append(outcome)
        needed = {_distance_needed(s) for s in scenarios[position + 1 :]}
        for which in [w for w in layers._distances if w not in needed]:  # a whole grid each: free when done
            del layers._distances[which]
        report((position + 1) / len(scenarios))
    summary = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(SUMMARY_COLUMNS))
    return GrowthResult(summary=summary, outcomes=outcomes, grid=layers.grid)


def growth_scenarios(
    scenarios: Sequence[Scenario],
    suitability: np.ndarray,
    grid: GridSpec,
    urban: gpd.GeoDataFrame,
    informal_field: Optional[str] = None,
    hazards: Optional[gpd.GeoDataFrame] = None,
    hazard_level_field: Optional[str] = None,
    hazard_type_field: Optional[str] = None,
    level_map: Optional[Dict[str, str]] = None,
    facilities: Optional[gpd.GeoDataFrame] = None,
    facility_type_field: Optional[str] = None,
    health_types: Iterable[str] = ("salud",),
    education_types: Iterable[str] = ("educacion",),
    standards: Optional[ServiceStandards] = None,
    seed: int = 0,
    progress: Optional[ProgressFn] = None,
) -> GrowthResult:
    """The whole analysis: rasterise the inputs on the suitability grid, then run every scenario."""
    report = ensure(progress)
    report(0.0)
    layers = prepare_layers(
        suitability,
        grid,
        urban,
        informal_field=informal_field,
        hazards=hazards,
        hazard_level_field=hazard_level_field,
        hazard_type_field=hazard_type_field,
        level_map=level_map,
        facilities=facilities,
        facility_type_field=facility_type_field,
        health_types=health_types,
        education_types=education_types,
        progress=sub(report, 0.0, 0.2),
    )
    return run_scenarios(scenarios, layers, standards, seed, sub(progress, 0.2, 1.0))


# ----------------------------------------------------------------------------------- totals


def scenario_totals(summary: pd.DataFrame) -> pd.DataFrame:
    """One row per scenario (in order of appearance): totals over the years, and means where a total is no sense.

    Mean distances are weighted by the land allocated each year (each year's mean is over its cells);
    the share in hazard zones is (alta + media) / population added; SDG 11.3.1 is the mean of the years.
    A sum is NaN when no year of the scenario knows the value. ``summary`` is a SUMMARY as written or read
    back from a file (text is converted, missing columns are unknown).
    """
    frame = pd.DataFrame(summary).copy()
    for column in SUMMARY_COLUMNS[1:]:
        frame[column] = (
            pd.to_numeric(frame[column], errors="coerce").astype(float) if column in frame.columns else np.nan
        )
    frame["scenario"] = frame["scenario"].astype(str)
    rows = []
    for name in pd.unique(frame["scenario"]):
        part = frame[frame["scenario"] == name]
        row = {"scenario": name, "first_year": part["year"].min(), "last_year": part["year"].max()}
        for column in SUMMED_COLUMNS:
            row[column] = float(part[column].sum(min_count=1))
        in_hazard = row["pop_in_hazard_alta"] + row["pop_in_hazard_media"]
        added = row["population_added"]
        has_share = math.isfinite(in_hazard) and math.isfinite(added) and added > 0
        row["share_in_hazard"] = in_hazard / added if has_share else np.nan
        for column in ("mean_dist_health_m", "mean_dist_education_m"):
            known = part[part[column].notna() & (part["land_allocated_ha"].fillna(0) > 0)]
            weight = known["land_allocated_ha"].sum()
            row[column] = float((known[column] * known["land_allocated_ha"]).sum() / weight) if weight > 0 else np.nan
        row["lcrpgr"] = float(part["lcrpgr"].mean()) if part["lcrpgr"].notna().any() else np.nan
        rows.append(row)
    return pd.DataFrame(rows)
