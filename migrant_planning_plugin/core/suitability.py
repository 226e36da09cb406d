"""Multi-criteria site suitability on a grid: standardisation, WLC/OWA, constraints, classes,
zonal statistics of parcels, ranking and weight sensitivity.

The grid is processed by blocks of whole rows (:meth:`GridSpec.blocks`). For each block every
criterion is read (distance, raster value, slope or polygon attribute), standardised to 0-1,
aggregated with the weights, and constraints are applied afterwards (excluded cells = 0, outside
the AOI and masked cells = nodata). Results leave the core through a ``sink(key, row, block)``
callable, so the caller writes them (atomically) and the core never holds a whole output grid,
except for quantile classes (one float32 grid) and the sensitivity analysis (one float32 grid per
criterion, in a temporary file when larger than the memory budget).

Distances are exact Euclidean distances between cell centres (scipy's feature transform) to the
cells that hold a feature. Each block is computed on a window padded by ``p`` cells on every side,
where ``p`` covers the criterion's ``max_distance`` (the distance beyond which the standardised
value is constant: the upper breakpoint, unless set). A feature farther than ``max_distance`` from
a cell cannot change its value, so the blocked result equals the whole-grid result exactly, and
features outside the AOI (a school just across the boundary) count. Distances are truncated at
``max_distance``.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import shapely
from scipy import ndimage

from .errors import InputError
from .geometry import repair_polygons, representative_points
from .grid import GridSpec
from .i18n import tr
from .progress import ProgressFn, ensure, sub
from .rasterize import burn
from .text import fold, slug

LOG = logging.getLogger("migrant_planning")
# Suitability scores may exceed 0..1 by this much (float rounding of the weighted sum).
SCORE_TOLERANCE = 1e-6

SUITABILITY_NODATA = -9999.0
CLASS_NODATA = 255
CLASS_EXCLUDED = 0
# Class values: 5 muy alta ... 1 muy baja; 0 excluded by a constraint.
CLASS_NAMES: Dict[int, str] = {5: "muy alta", 4: "alta", 3: "media", 2: "baja", 1: "muy baja", 0: "excluida"}
EQUAL_BREAKS: Tuple[float, float, float, float] = (0.2, 0.4, 0.6, 0.8)
CLASS_METHODS = ("equal", "quantile")
DEFAULT_MEMORY_BUDGET = 384 * 2**20

# Cell states inside a block.
VALID, EXCLUDED, NODATA = 0, 1, 2

Reader = Callable[[GridSpec], np.ndarray]


Sink = Callable[[str, int, np.ndarray], None]


# ============================================================================ standardisation
def check_score_range(low: float, high: float, layer: str, parameter: str = "SUITABILITY") -> None:
    """Refuse a raster whose values are not suitability scores (0 to 1), naming its range.

    A DEM, a slope or a classified raster given as suitability would otherwise rank parcels by elevation.
    ``low``/``high``: the smallest and largest valid value (NaN when the raster holds only nodata: not checked
    here).
    """
    if math.isnan(low) or math.isnan(high):
        return
    if low < -SCORE_TOLERANCE or high > 1.0 + SCORE_TOLERANCE:
        raise InputError(
            tr(
                "{layer} ({parameter}): the raster holds values from {low} to {high}, not suitability scores between "
                "0 and 1 (is it an elevation or another raster?). Give the suitability raster that site suitability "
                "writes, or rescale the raster to 0-1 first."
            ).format(layer=layer, parameter=parameter, low=f"{low:.6g}", high=f"{high:.6g}")
        )


def linear(x: np.ndarray, a: float, b: float, increasing: bool = True) -> np.ndarray:
    """0 at ``a`` and 1 at ``b`` (increasing) or 1 at ``a`` and 0 at ``b`` (decreasing), linear between."""
    t = np.clip((np.asarray(x, dtype=float) - a) / (b - a), 0.0, 1.0)
    return t if increasing else 1.0 - t


def sigmoid(x: np.ndarray, a: float, b: float, increasing: bool = True) -> np.ndarray:
    """Sigmoidal (cosine squared, as IDRISI FUZZY) from 0 at ``a`` to 1 at ``b``, or reversed; 0.5 halfway."""
    t = np.clip((np.asarray(x, dtype=float) - a) / (b - a), 0.0, 1.0)
    rising = np.sin(t * (np.pi / 2.0)) ** 2
    return rising if increasing else 1.0 - rising


def j_shaped(x: np.ndarray, a: float, b: float, increasing: bool = True) -> np.ndarray:
    """J-shaped (IDRISI): increasing = 0.5 at ``a``, 1 from ``b``; decreasing = 1 up to ``a``, 0.5 at ``b``.

    ``1 / (1 + ((x - edge) / (b - a))**2)`` on the open side, so it approaches 0 but never reaches it.
    """
    x = np.asarray(x, dtype=float)
    width = b - a
    if increasing:
        return np.where(x >= b, 1.0, 1.0 / (1.0 + ((b - x) / width) ** 2))
    return np.where(x <= a, 1.0, 1.0 / (1.0 + ((x - a) / width) ** 2))


def gaussian(x: np.ndarray, center: float, spread: float) -> np.ndarray:
    """1 at ``center``, ``exp(-0.5 ((x - center) / spread)**2)`` around it (0.607 at one spread)."""
    z = (np.asarray(x, dtype=float) - center) / spread
    return np.exp(-0.5 * z * z)


FUNCTIONS = ("linear", "sigmoid", "j_shaped", "gaussian", "table", "none")


@dataclass(frozen=True)
class Standardisation:
    """How raw criterion values become 0-1 suitability (NaN stays NaN)."""

    function: str = "linear"
    increasing: bool = False
    a: float = 0.0
    b: float = 1.0
    center: float = 0.0
    spread: float = 1.0
    scores: Tuple[Tuple[str, float], ...] = ()
    default: float = float("nan")

    def apply(self, x: np.ndarray) -> np.ndarray:
        """Standardised values of ``x`` (float64, same shape)."""
        x = np.asarray(x, dtype=float)
        if self.function == "linear":
            out = linear(x, self.a, self.b, self.increasing)
        elif self.function == "sigmoid":
            out = sigmoid(x, self.a, self.b, self.increasing)
        elif self.function == "j_shaped":
            out = j_shaped(x, self.a, self.b, self.increasing)
        elif self.function == "gaussian":
            out = gaussian(x, self.center, self.spread)
        elif self.function == "table":
            out = self._table(x)
        else:
            out = np.clip(x, 0.0, 1.0)
        return np.where(np.isnan(x), np.nan, out)

    def _table(self, x: np.ndarray) -> np.ndarray:
        """Numeric class codes (raster classes) mapped through the score table."""
        keys, values = [], []
        for key, score in self.scores:
            try:
                keys.append(float(key))
                values.append(score)
            except ValueError:
                continue
        out = np.full(x.shape, self.default, dtype=float)
        if keys:
            order = np.argsort(keys)
            k = np.asarray(keys)[order]
            v = np.asarray(values)[order]
            pos = np.clip(np.searchsorted(k, x), 0, len(k) - 1)
            hit = k[pos] == x
            out[hit] = v[pos[hit]]
        return out

    def score_of(self, value: object) -> Optional[float]:
        """Score of a class label in the table (accents and case ignored), or None when unlisted."""
        key = fold(value)
        for name, score in self.scores:
            if name == key:
                return score
        return None

    def saturation(self) -> Optional[float]:
        """The value beyond which the function is constant (upper breakpoint), or None if it never is."""
        if self.function in ("linear", "sigmoid"):
            return float(self.b)
        if self.function == "j_shaped" and self.increasing:
            return float(self.b)
        return None

    def default_cap(self) -> float:
        """A distance beyond which the function is taken as constant, for functions that never are."""
        saturation = self.saturation()
        if saturation is not None:
            return saturation
        if self.function == "j_shaped":
            return float(self.a + 10.0 * (self.b - self.a))  # value there < 0.01
        if self.function == "gaussian":
            return float(self.center + 4.0 * self.spread)  # value there < 0.0004
        return float("inf")

    def describe(self) -> str:
        """Short text for logs and metadata: 'linear decreasing 500-2000'."""
        if self.function in ("linear", "sigmoid", "j_shaped"):
            way = "increasing" if self.increasing else "decreasing"
            return f"{self.function} {way} {self.a:g}-{self.b:g}"
        if self.function == "gaussian":
            return f"gaussian center {self.center:g} spread {self.spread:g}"
        if self.function == "table":
            return "table " + ";".join(f"{k}={v:g}" for k, v in self.scores)
        return "none"


# ============================================================================ sources
class DistanceSource:
    """Euclidean distance (m) from each cell centre to the nearest cell holding a feature, up to ``max_distance``.

    Points burn the cell that contains them; lines the cells GDAL's line rasteriser crosses; polygons
    the cells whose centre is inside, plus the cell of a point on their surface (so that polygons
    smaller than a cell still count).
    """

    kind = "distance"

    def __init__(self, geoms: Sequence, max_distance: float, label: str = "") -> None:
        geoms = np.asarray(geoms, dtype=object)
        geoms = geoms[~shapely.is_missing(geoms)] if len(geoms) else geoms
        if len(geoms):
            geoms = geoms[~shapely.is_empty(geoms)]
        polygonal = np.isin(shapely.get_type_id(geoms), (3, 6)) if len(geoms) else np.zeros(0, bool)
        extra = shapely.point_on_surface(geoms[polygonal]) if polygonal.any() else np.zeros(0, dtype=object)
        self.geoms = np.concatenate([geoms, extra]) if len(extra) else geoms
        self.max_distance = float(max_distance)
        if not math.isfinite(self.max_distance) or self.max_distance <= 0:
            raise InputError(
                tr("{label}: the maximum distance must be a positive number of metres.").format(label=label)
            )
        self.label = label
        self.tree = shapely.STRtree(self.geoms) if len(self.geoms) else None
        self.reached = False  # whether any block found a feature within max_distance

    @property
    def empty(self) -> bool:
        """Whether there is no feature at all."""
        return self.tree is None

    def pad_cells(self, cell_size: float) -> int:
        """Cells of padding so that every feature within ``max_distance`` of the block is in the window."""
        return int(math.ceil(self.max_distance / cell_size)) + 1

    def window(self, grid: GridSpec, row: int, n_rows: int) -> Tuple[int, int, int, int]:
        """Rows and columns (first, end; grid coordinates, may lie outside the grid) of a block's window.

        The block padded by :meth:`pad_cells` on every side, but no farther than the features reach:
        beyond that there is nothing to find.
        """
        p = self.pad_cells(grid.cell_size)
        r0, r1, c0, c1 = row - p, row + n_rows + p, -p, grid.width + p
        if self.tree is not None:
            xmin, ymin, xmax, ymax = shapely.total_bounds(self.geoms)
            cs = grid.cell_size
            r0 = max(r0, min(row, int(math.floor((grid.y_max - ymax) / cs)) - 1))
            r1 = min(r1, max(row + n_rows, int(math.floor((grid.y_max - ymin) / cs)) + 2))
            c0 = max(c0, min(0, int(math.floor((xmin - grid.x_min) / cs)) - 1))
            c1 = min(c1, max(grid.width, int(math.floor((xmax - grid.x_min) / cs)) + 2))
        return r0, r1, c0, c1

    def window_cells(self, grid: GridSpec, n_rows: int) -> int:
        """The largest number of cells of a window for blocks of ``n_rows`` rows (for memory planning)."""
        p = self.pad_cells(grid.cell_size)
        if self.tree is None:
            return 0
        r0, r1, c0, c1 = self.window(grid, 0, grid.height)
        rows = min(n_rows + 2 * p, r1 - r0)
        return rows * (c1 - c0)

    def read(self, grid: GridSpec, row: int, n_rows: int) -> np.ndarray:
        """Distances (m) of the cells of rows ``row`` .. ``row + n_rows - 1``, truncated at ``max_distance``."""
        out = np.full((n_rows, grid.width), self.max_distance)
        if self.tree is None:
            return out
        cs = grid.cell_size
        r0, r1, c0, c1 = self.window(grid, row, n_rows)
        window = GridSpec(grid.x_min + c0 * cs, grid.y_max - r0 * cs, cs, c1 - c0, r1 - r0, grid.crs_wkt)
        hits = self.tree.query(shapely.box(*window.bounds))
        if len(hits) == 0:
            return out
        mask = burn(self.geoms[np.sort(hits)], window, dtype="uint8") > 0
        if not mask.any():
            return out
        self.reached = True
        distances = distance_from_mask(mask, cs, row - r0, -c0, n_rows, grid.width)
        return np.minimum(distances, self.max_distance, out=out)


def distance_from_mask(
    mask: np.ndarray, cell_size: float, row0: int, col0: int, n_rows: int, n_cols: int
) -> np.ndarray:
    """Exact Euclidean distance from the cells of a sub-window of ``mask`` to the nearest True cell of ``mask``."""
    ft = ndimage.distance_transform_edt(~mask, return_distances=False, return_indices=True)
    dy = ft[0, row0 : row0 + n_rows, col0 : col0 + n_cols].astype(np.float64)
    dy -= np.arange(row0, row0 + n_rows, dtype=np.float64)[:, None]
    dx = ft[1, row0 : row0 + n_rows, col0 : col0 + n_cols].astype(np.float64)
    del ft
    dx -= np.arange(col0, col0 + n_cols, dtype=np.float64)[None, :]
    dy *= dy
    dx *= dx
    dy += dx
    np.sqrt(dy, out=dy)
    dy *= cell_size
    return dy


class RasterSource:
    """Values of a raster resampled onto the grid (the reader does the resampling, e.g. GDAL warp)."""

    kind = "raster"

    def __init__(self, reader: Reader, label: str = "") -> None:
        self.reader = reader
        self.label = label

    def read(self, grid: GridSpec, row: int, n_rows: int) -> np.ndarray:
        """Values of a block of rows, NaN where the raster has no data."""
        return np.asarray(self.reader(grid.block_spec(row, n_rows)), dtype=float)


class SlopeSource:
    """Slope in percent (Horn 1981) of a DEM resampled onto the grid; missing neighbours take the centre value."""

    kind = "slope"

    def __init__(self, reader: Reader, label: str = "") -> None:
        self.reader = reader
        self.label = label

    def read(self, grid: GridSpec, row: int, n_rows: int) -> np.ndarray:
        """Slope (%) of a block of rows, from the DEM read with a one-cell ring around it."""
        cs = grid.cell_size
        ring = GridSpec(grid.x_min - cs, grid.y_max - (row - 1) * cs, cs, grid.width + 2, n_rows + 2, grid.crs_wkt)
        return horn_slope_percent(np.asarray(self.reader(ring), dtype=float), cs)


def horn_slope_percent(z: np.ndarray, cell_size: float) -> np.ndarray:
    """Slope (%) of the inner cells of ``z`` (Horn's 3x3 weights); NaN neighbours replaced by the centre."""
    centre = z[1:-1, 1:-1]
    rows, cols = z.shape

    def neighbour(dr: int, dc: int) -> np.ndarray:
        values = z[1 + dr : rows - 1 + dr, 1 + dc : cols - 1 + dc]
        return np.where(np.isnan(values), centre, values)

    a, b, c = neighbour(-1, -1), neighbour(-1, 0), neighbour(-1, 1)
    d, f = neighbour(0, -1), neighbour(0, 1)
    g, h, i = neighbour(1, -1), neighbour(1, 0), neighbour(1, 1)
    dzdx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8.0 * cell_size)
    dzdy = ((g + 2 * h + i) - (a + 2 * b + c)) / (8.0 * cell_size)
    return 100.0 * np.sqrt(dzdx * dzdx + dzdy * dzdy)


class PolygonSource:
    """A value per polygon burned onto the grid (cell centre inside); where polygons overlap the lowest
    value wins (precautionary); cells outside every polygon take ``fill``."""

    kind = "polygons"

    def __init__(self, geoms: Sequence, values: Sequence[float], fill: float = float("nan"), label: str = "") -> None:
        geoms = np.asarray(geoms, dtype=object)
        values = np.asarray(values, dtype=float)
        keep = ~shapely.is_missing(geoms) & np.isfinite(values)
        order = np.argsort(-values[keep], kind="stable")  # burnt last = lowest value = wins
        self.geoms = geoms[keep][order]
        self.values = values[keep][order]
        self.fill = float(fill)
        self.label = label

    def read(self, grid: GridSpec, row: int, n_rows: int) -> np.ndarray:
        """Values of a block of rows."""
        block = grid.block_spec(row, n_rows)
        if len(self.geoms) == 0:
            return np.full(block.shape, self.fill)
        return burn(self.geoms, block, values=self.values, fill=self.fill, dtype="float64")


# ============================================================================ model
@dataclass
class Criterion:
    """A criterion: a source of raw values, its standardisation and its weight."""

    name: str
    source: object
    standardisation: Standardisation
    weight: float = 1.0
    label: str = ""

    def read(self, grid: GridSpec, row: int, n_rows: int) -> Tuple[np.ndarray, np.ndarray]:
        """Raw and standardised values of a block of rows."""
        raw = self.source.read(grid, row, n_rows)
        return raw, self.standardisation.apply(raw)


@dataclass
class PolygonConstraint:
    """Cells whose centre lies in these polygons are excluded (value 0) or made nodata."""

    name: str
    geoms: np.ndarray
    action: str = "exclude"

    def mask(self, block: GridSpec) -> np.ndarray:
        """Boolean mask of the block."""
        geoms = np.asarray(self.geoms, dtype=object)
        if len(geoms) == 0:
            return np.zeros(block.shape, dtype=bool)
        return burn(geoms, block, dtype="uint8") > 0


@dataclass
class ThresholdConstraint:
    """Cells whose raw value of ``criterion`` is above ``above`` or below ``below`` are excluded or nodata."""

    name: str
    criterion: str
    above: Optional[float] = None
    below: Optional[float] = None
    action: str = "exclude"

    def mask(self, raw: np.ndarray) -> np.ndarray:
        """Boolean mask for raw values (NaN never matches)."""
        out = np.zeros(raw.shape, dtype=bool)
        with np.errstate(invalid="ignore"):
            if self.above is not None:
                out |= raw > self.above
            if self.below is not None:
                out |= raw < self.below
        return out


@dataclass
class Aggregation:
    """WLC (weighted linear combination) or OWA with order weights, or with an orness value."""

    method: str = "wlc"
    order_weights: Optional[np.ndarray] = None
    orness: Optional[float] = None

    def order_weights_for(self, n: int) -> Optional[np.ndarray]:
        """The order weights used with ``n`` criteria (None for WLC)."""
        if self.method != "owa":
            return None
        if self.order_weights is not None:
            v = np.asarray(self.order_weights, dtype=float)
            if len(v) != n:
                raise InputError(
                    tr(
                        "ORDER_WEIGHTS: {k} values for {n} criteria. Give one order weight per criterion "
                        "(the first applies to each cell's best criterion value)."
                    ).format(k=len(v), n=n)
                )
            if (v < 0).any() or not np.isfinite(v).all() or v.sum() <= 0:
                raise InputError(tr("ORDER_WEIGHTS: order weights must be non-negative numbers, not all zero."))
            return v / v.sum()
        return order_weights_for_orness(n, 0.5 if self.orness is None else self.orness)


def orness(order_weights: Sequence[float]) -> float:
    """Yager's orness of order weights: 1 = maximum (OR), 0.5 = average, 0 = minimum (AND)."""
    v = np.asarray(order_weights, dtype=float)
    n = len(v)
    if n < 2:
        return 0.5
    return float(np.sum((n - 1 - np.arange(n)) / (n - 1) * v))


def rim_order_weights(n: int, alpha: float) -> np.ndarray:
    """Order weights from Yager's RIM quantifier Q(r) = r**alpha: v_j = Q(j/n) - Q((j-1)/n)."""
    r = np.arange(n + 1) / n
    q = r**alpha
    q[0] = 0.0
    return np.diff(q)


def order_weights_for_orness(n: int, value: float) -> np.ndarray:
    """Order weights with exactly the given orness, from the RIM quantifier Q(r) = r**alpha (alpha solved).

    Orness 1 gives (1, 0, ..., 0) (maximum), 0.5 gives equal weights (alpha = 1, WLC), 0 gives
    (0, ..., 0, 1) (minimum). Between, alpha is found by bisection on log(alpha).
    """
    if not 0.0 <= value <= 1.0 or not math.isfinite(value):
        raise InputError(
            tr("ORNESS: {value} is outside 0-1 (1 = maximum, 0.5 = WLC, 0 = minimum).").format(value=value)
        )
    if n == 1:
        return np.ones(1)
    if value >= 1.0:
        return np.eye(n)[0]
    if value <= 0.0:
        return np.eye(n)[-1]
    if abs(value - 0.5) < 1e-12:
        return np.full(n, 1.0 / n)
    lo, hi = -40.0, 40.0  # log(alpha); orness decreases with alpha
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if orness(rim_order_weights(n, math.exp(mid))) > value:
            lo = mid
        else:
            hi = mid
    return rim_order_weights(n, math.exp(0.5 * (lo + hi)))


def wlc(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted sum over the first axis of ``values`` (criteria)."""
    w = np.asarray(weights, dtype=float)
    out = np.zeros(values.shape[1:], dtype=float)
    for k in range(len(w)):
        out += w[k] * values[k]
    return out


def owa(values: np.ndarray, weights: np.ndarray, order_weights: np.ndarray) -> np.ndarray:
    """Ordered weighted average with criterion weights (Yager; Jiang and Eastman 2000).

    Per cell the criterion values are sorted from best to worst, z_1 >= ... >= z_n, and combined with
    ``u_j = w_(j) v_j / sum_k w_(k) v_k`` where ``w_(j)`` is the weight of the criterion in position j.
    Equal order weights give WLC, (1, 0, ..., 0) the maximum, (0, ..., 0, 1) the minimum.
    """
    w = np.asarray(weights, dtype=float)
    v = np.asarray(order_weights, dtype=float)
    order = np.argsort(-values, axis=0, kind="stable")
    z = np.take_along_axis(values, order, axis=0).astype(float)
    u = w[order] * v.reshape((-1,) + (1,) * (values.ndim - 1))
    total = u.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (u * z).sum(axis=0) / total


def aggregate(values: np.ndarray, weights: np.ndarray, order_weights: Optional[np.ndarray] = None) -> np.ndarray:
    """WLC, or OWA when order weights are given; NaN where any criterion is NaN."""
    if order_weights is None:
        out = wlc(values, weights)
    else:
        out = owa(np.nan_to_num(values, nan=0.0), weights, order_weights)
    missing = np.isnan(values).any(axis=0)
    out[missing] = np.nan
    return out


def normalise_weights(weights: Sequence[float], names: Sequence[str], what: str = "WEIGHTS") -> np.ndarray:
    """Weights scaled to sum 1 (with a log note when they did not); refuses negative or all-zero weights."""
    w = np.asarray(weights, dtype=float)
    if (~np.isfinite(w)).any() or (w < 0).any():
        raise InputError(tr("{what}: weights must be non-negative numbers.").format(what=what))
    total = w.sum()
    if total <= 0:
        raise InputError(
            tr("{what}: all weights are zero; give at least one criterion a positive weight.").format(what=what)
        )
    if abs(total - 1.0) > 1e-6:
        LOG.info(
            tr("{what}: the weights summed to {total:.4g}; they were divided by that sum ({weights}).").format(
                what=what, total=total, weights=", ".join(f"{n}={x / total:.4f}" for n, x in zip(names, w))
            )
        )
    return w / total


@dataclass
class SuitabilityModel:
    """Criteria (with weights), constraints and the aggregation rule."""

    criteria: List[Criterion]
    exclusions: List[object] = field(default_factory=list)
    masks: List[object] = field(default_factory=list)
    aggregation: Aggregation = field(default_factory=Aggregation)

    @property
    def names(self) -> List[str]:
        """Criterion names in order."""
        return [c.name for c in self.criteria]

    def weights(self) -> np.ndarray:
        """Criterion weights summing to 1."""
        return normalise_weights([c.weight for c in self.criteria], self.names)


# ============================================================================ blocks
@dataclass
class Block:
    """One block of rows: raw and standardised criteria, and each cell's state (valid / excluded / nodata)."""

    row: int
    n_rows: int
    standardised: np.ndarray  # (k, n_rows, width) float32, NaN = no value
    state: np.ndarray  # uint8
    missing: np.ndarray  # cells inside the AOI without a value, per criterion
    inside: int = 0  # cells inside the AOI and not masked
    outside: Optional[np.ndarray] = None  # cells outside the AOI or masked (bool)


def block_rows(model: SuitabilityModel, grid: GridSpec, budget: int = DEFAULT_MEMORY_BUDGET) -> int:
    """Rows per block so that a block's working set stays within ``budget`` bytes.

    Per cell of the block: 4 bytes per criterion (float32 stack) + 48 (raw values, masks, aggregation),
    + 28 per criterion for OWA (sorting); per cell of the largest distance window: 14 bytes
    (feature transform and mask). Found by bisection (the cost grows with the rows).
    """
    k = max(1, len(model.criteria))
    per_cell = 4 * k + 48 + (28 * k if model.aggregation.method == "owa" else 0)
    sources = [c.source for c in model.criteria if isinstance(c.source, DistanceSource)]

    def cost(rows: int) -> int:
        window = max((s.window_cells(grid, rows) for s in sources), default=0)
        return rows * grid.width * per_cell + window * 14

    if cost(grid.height) <= budget:
        return grid.height
    low, high = 1, grid.height  # cost(high) > budget; the answer is the largest row count that fits
    if cost(low) > budget:
        return 1
    while high - low > 1:
        mid = (low + high) // 2
        if cost(mid) <= budget:
            low = mid
        else:
            high = mid
    return low


def evaluate_block(
    model: SuitabilityModel,
    grid: GridSpec,
    aoi: object,
    row: int,
    n_rows: int,
    progress: Optional[ProgressFn] = None,
) -> Block:
    """Read and standardise every criterion on a block and work out each cell's state.

    ``progress`` (0-1 within the block) is called after each criterion, so a cancel is noticed soon.
    """
    report = ensure(progress)
    block = grid.block_spec(row, n_rows)
    outside = burn([aoi], block, dtype="uint8") == 0 if aoi is not None else np.zeros(block.shape, bool)
    for constraint in model.masks:
        if isinstance(constraint, PolygonConstraint):
            outside |= constraint.mask(block)
    excluded = np.zeros(block.shape, dtype=bool)
    for constraint in model.exclusions:
        if isinstance(constraint, PolygonConstraint):
            excluded |= constraint.mask(block)
    k = len(model.criteria)
    standardised = np.empty((k,) + block.shape, dtype=np.float32)
    missing = np.zeros(k, dtype=np.int64)
    for i, criterion in enumerate(model.criteria):
        raw, values = criterion.read(grid, row, n_rows)
        for constraint in model.exclusions + model.masks:
            if isinstance(constraint, ThresholdConstraint) and constraint.criterion == criterion.name:
                hit = constraint.mask(raw)
                if constraint.action == "nodata":
                    outside |= hit
                else:
                    excluded |= hit
        standardised[i] = values
        missing[i] = int((np.isnan(values) & ~outside).sum())
        report((i + 1) / max(1, k))
    lacking = np.isnan(standardised).any(axis=0) if k else np.zeros(block.shape, bool)
    state = np.full(block.shape, VALID, dtype=np.uint8)
    state[lacking] = NODATA
    state[excluded] = EXCLUDED
    state[outside] = NODATA
    return Block(row, n_rows, standardised, state, missing, int((~outside).sum()), outside)


def combine(block: Block, weights: np.ndarray, order_weights: Optional[np.ndarray]) -> np.ndarray:
    """Suitability (float64) of a block: aggregation, then constraints (excluded = 0, nodata = NaN)."""
    values = aggregate(block.standardised, weights, order_weights) if len(weights) else np.zeros(block.state.shape)
    values[block.state == EXCLUDED] = 0.0
    values[block.state == NODATA] = np.nan
    return values


def classify(values: np.ndarray, state: np.ndarray, breaks: Sequence[float]) -> np.ndarray:
    """Classes 1 (muy baja) ... 5 (muy alta) by ``breaks`` (class k+1 from break k); 0 excluded; 255 nodata."""
    classes = np.ones(values.shape, dtype=np.uint8)
    with np.errstate(invalid="ignore"):
        for edge in breaks:
            classes += (values >= edge).astype(np.uint8)
    classes[state == EXCLUDED] = CLASS_EXCLUDED
    classes[state == NODATA] = CLASS_NODATA
    return classes


def quantile_breaks(values: np.ndarray) -> Tuple[float, ...]:
    """The 20, 40, 60 and 80 % quantiles of the finite values (equal interval breaks when there are none)."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return EQUAL_BREAKS
    return tuple(float(q) for q in np.quantile(finite, (0.2, 0.4, 0.6, 0.8)))


def to_output(values: np.ndarray) -> np.ndarray:
    """Float32 suitability with the nodata value where NaN."""
    out = values.astype(np.float32)
    out[np.isnan(values)] = SUITABILITY_NODATA
    return out


def scratch(shape: Tuple[int, ...], dtype: str, budget: int = DEFAULT_MEMORY_BUDGET) -> np.ndarray:
    """An array in memory, or in a temporary file (numpy memmap) when larger than ``budget`` bytes."""
    nbytes = int(np.prod(shape)) * np.dtype(dtype).itemsize
    if nbytes <= budget:
        return np.empty(shape, dtype=dtype)
    handle = tempfile.NamedTemporaryFile(prefix="mp_suitability_", suffix=".dat", delete=False)
    handle.close()
    array = np.memmap(handle.name, dtype=dtype, mode="w+", shape=shape)
    os.unlink(handle.name)  # the mapping keeps the data alive; nothing is left behind
    return array


def _check_coverage(model: SuitabilityModel, missing: np.ndarray, inside: int) -> None:
    """Refuse a criterion that has no value anywhere in the area; warn when part of the area lacks one.

    Also warn when a distance criterion has features but none within its maximum distance of the area
    (the criterion is then constant: usually a layer in the wrong place or CRS).
    """
    for criterion in model.criteria:
        source = criterion.source
        if isinstance(source, DistanceSource) and not source.empty and not source.reached and inside > 0:
            LOG.warning(
                tr(
                    "{label}: no feature lies within {cap} m of the area of interest, so the criterion is constant. "
                    "Check that the layer covers the area and that its CRS is set correctly."
                ).format(label=criterion.label or criterion.name, cap=f"{source.max_distance:g}")
            )
    for criterion, lacking in zip(model.criteria, missing.tolist()):
        if inside == 0 or lacking == 0:
            continue
        label = criterion.label or criterion.name
        if lacking >= inside:
            raise InputError(
                tr(
                    "{label}: no value anywhere in the area of interest. Check that the layer covers the AOI "
                    "and is not all nodata, or leave that input out."
                ).format(label=label)
            )
        LOG.warning(
            tr("{label}: {share:.1f} % of the area of interest has no value; those cells are nodata.").format(
                label=label, share=100.0 * lacking / inside
            )
        )


@dataclass
class SuitabilityResult:
    """What a suitability run produced, besides the rasters."""

    names: List[str]
    weights: np.ndarray
    order_weights: Optional[np.ndarray]
    breaks: Tuple[float, ...]
    class_cells: Dict[int, int]
    cells_valid: int
    cells_excluded: int
    cells_nodata: int
    missing: Dict[str, int]
    rows_per_block: int
    cell_area: float

    def class_area_ha(self) -> Dict[str, float]:
        """Area (ha) of each class, by class name."""
        return {
            CLASS_NAMES[k]: v * self.cell_area / 10_000.0 for k, v in sorted(self.class_cells.items(), reverse=True)
        }


def suitability_grid(
    model: SuitabilityModel,
    grid: GridSpec,
    aoi: object,
    sink: Optional[Sink] = None,
    class_method: str = "equal",
    write_criteria: bool = False,
    progress: Optional[ProgressFn] = None,
    rows_per_block: Optional[int] = None,
    budget: int = DEFAULT_MEMORY_BUDGET,
) -> SuitabilityResult:
    """Compute suitability block by block and hand the blocks to ``sink``.

    ``sink(key, row, array)`` receives ``'suitability'`` (float32, nodata -9999), ``'classes'``
    (uint8, 0 excluded, 1-5, 255 nodata) and, with ``write_criteria``, ``'criterion:<name>'``
    (float32 standardised values, nodata -9999) for every block in order. Peak memory: one block
    (see :func:`block_rows`) plus, for quantile classes, one float32 grid.
    """
    report = ensure(progress)
    if class_method not in CLASS_METHODS:
        raise InputError(tr("CLASS_METHOD: unknown method '{m}'.").format(m=class_method))
    if not model.criteria:
        raise InputError(
            tr("No criterion can be computed: give at least one input (facilities, roads, DEM, ...) or CRITERIA.")
        )
    weights = model.weights()
    order_weights = model.aggregation.order_weights_for(len(weights))
    rows = rows_per_block or block_rows(model, grid, budget)
    emit = sink if sink is not None else (lambda key, row, array: None)
    quantile = class_method == "quantile"
    kept_values = scratch(grid.shape, "float32", budget) if quantile else None
    kept_state = scratch(grid.shape, "uint8", budget) if quantile else None
    class_cells = dict.fromkeys(CLASS_NAMES, 0)
    counts = np.zeros(3, dtype=np.int64)
    missing = np.zeros(len(model.criteria), dtype=np.int64)
    inside = 0
    first = sub(report, 0.0, 0.9 if quantile else 1.0)

    def emit_classes(row: int, values: np.ndarray, state: np.ndarray, breaks: Sequence[float]) -> None:
        classes = classify(values, state, breaks)
        found, found_counts = np.unique(classes, return_counts=True)
        for value, count in zip(found.tolist(), found_counts.tolist()):
            if value in class_cells:
                class_cells[value] += count
        emit("classes", row, classes)

    for row, n in grid.blocks(rows):
        first(row / grid.height)
        block = evaluate_block(
            model, grid, aoi, row, n, lambda f, row=row, n=n: first((row + 0.95 * f * n) / grid.height)
        )
        # rounded to float32 once, so that classes and statistics agree with the written raster
        values = combine(block, weights, order_weights).astype(np.float32).astype(np.float64)
        missing += block.missing
        inside += block.inside
        counts += np.bincount(block.state.ravel(), minlength=3)[:3]
        emit("suitability", row, to_output(values))
        if write_criteria:
            for i, criterion in enumerate(model.criteria):
                layer = np.where(block.outside, np.nan, block.standardised[i])
                emit("criterion:" + criterion.name, row, to_output(layer))
        if quantile:
            kept_values[row : row + n] = values
            kept_state[row : row + n] = block.state
        else:
            emit_classes(row, values, block.state, EQUAL_BREAKS)
    _check_coverage(model, missing, inside)
    if counts[VALID] + counts[EXCLUDED] == 0:
        LOG.warning(
            tr(
                "No cell centre lies inside the area of interest (or all of it is masked): the result is all nodata. "
                "Use a smaller cell size."
            )
        )
    breaks: Tuple[float, ...] = EQUAL_BREAKS
    if quantile:
        breaks = quantile_breaks(np.asarray(kept_values)[np.asarray(kept_state) == VALID])
        second = sub(report, 0.9, 1.0)
        for row, n in grid.blocks(rows):
            second(row / grid.height)
            emit_classes(row, np.asarray(kept_values[row : row + n], dtype=float), kept_state[row : row + n], breaks)
    report(1.0)
    return SuitabilityResult(
        names=model.names,
        weights=weights,
        order_weights=order_weights,
        breaks=tuple(float(b) for b in breaks),
        class_cells=class_cells,
        cells_valid=int(counts[VALID]),
        cells_excluded=int(counts[EXCLUDED]),
        cells_nodata=int(counts[NODATA]),
        missing={c.name: int(m) for c, m in zip(model.criteria, missing)},
        rows_per_block=rows,
        cell_area=grid.cell_area,
    )


# ============================================================================ parcels
def overlap_layers(geoms: np.ndarray) -> List[np.ndarray]:
    """Indices of the parcels split into layers in which no two parcels overlap (by area).

    Rasterising one layer at a time lets every parcel keep all the cells whose centre it holds, even
    where parcels overlap. Usually there is one layer.
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if n == 0:
        return []
    tree = shapely.STRtree(geoms[present])
    left, right = tree.query(geoms[present], predicate="intersects")
    pairs = left < right
    left, right = present[left[pairs]], present[right[pairs]]
    if len(left):
        area = shapely.area(shapely.intersection(geoms[left], geoms[right]))
        left, right = left[area > 0], right[area > 0]
    layer = np.zeros(n, dtype=np.int64)
    if len(left):
        neighbours: Dict[int, List[int]] = {}
        for a, b in zip(left.tolist(), right.tolist()):
            neighbours.setdefault(b, []).append(a)
        for node in sorted(neighbours):  # a parcel takes the first layer none of its earlier neighbours holds
            taken = {int(layer[m]) for m in neighbours[node]}
            k = 0
            while k in taken:
                k += 1
            layer[node] = k
    return [np.flatnonzero((layer == k) & ~shapely.is_missing(geoms)) for k in range(int(layer.max()) + 1)]


class ParcelZones:
    """Parcels on a grid: labels per block (cell centre inside), and a fallback cell for tiny parcels.

    A parcel that holds no cell centre takes the value of the cell under a point on its surface.
    """

    def __init__(self, geoms: Sequence, grid: GridSpec) -> None:
        self.geoms = np.asarray(geoms, dtype=object)
        self.grid = grid
        self.n = len(self.geoms)
        self.layers = overlap_layers(self.geoms)
        points = representative_points(self.geoms)
        present = ~shapely.is_missing(self.geoms)
        xs = np.full(self.n, np.nan)
        ys = np.full(self.n, np.nan)
        xs[present] = shapely.get_x(points[present])
        ys[present] = shapely.get_y(points[present])
        with np.errstate(invalid="ignore"):
            cols = np.floor((xs - grid.x_min) / grid.cell_size)
            rows = np.floor((grid.y_max - ys) / grid.cell_size)
        ok = np.isfinite(cols) & (cols >= 0) & (cols < grid.width) & (rows >= 0) & (rows < grid.height)
        self.fallback_row = np.where(ok, rows, -1).astype(np.int64)
        self.fallback_col = np.where(ok, cols, -1).astype(np.int64)

    def labels(self, row: int, n_rows: int) -> List[np.ndarray]:
        """One int32 label array per overlap layer for a block of rows (0 = no parcel, i + 1 = parcel i)."""
        block = self.grid.block_spec(row, n_rows)
        return [burn(self.geoms[idx], block, values=idx + 1, fill=0, dtype="int32") for idx in self.layers]


class ZonalAccumulator:
    """Per-parcel cell counts, sum, minimum, maximum, cells at or above a threshold, zeros and nodata."""

    def __init__(self, zones: ParcelZones, top_threshold: float) -> None:
        n = zones.n
        self.zones = zones
        self.top = float(top_threshold)
        self.cells = np.zeros(n, dtype=np.int64)
        self.valid = np.zeros(n, dtype=np.int64)
        self.total = np.zeros(n)
        self.low = np.full(n, np.inf)
        self.high = np.full(n, -np.inf)
        self.n_top = np.zeros(n, dtype=np.int64)
        self.n_zero = np.zeros(n, dtype=np.int64)
        self.fallback = np.full(n, np.nan)

    def add(self, values: np.ndarray, labels: Sequence[np.ndarray], row: int) -> None:
        """Accumulate a block of suitability values (NaN = nodata) with its label layers."""
        n = self.zones.n
        finite = np.isfinite(values)
        for layer in labels:
            inside = layer > 0
            ids = layer[inside] - 1
            self.cells += np.bincount(ids, minlength=n)
            ok = finite[inside]
            ids_ok = ids[ok]
            vals = values[inside][ok]
            self.valid += np.bincount(ids_ok, minlength=n)
            self.total += np.bincount(ids_ok, weights=vals, minlength=n)
            self.n_top += np.bincount(ids_ok[vals >= self.top], minlength=n)
            self.n_zero += np.bincount(ids_ok[vals == 0.0], minlength=n)
            if len(ids_ok):
                order = np.argsort(ids_ok, kind="stable")
                sorted_ids = ids_ok[order]
                sorted_vals = vals[order]
                starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
                owners = sorted_ids[starts]
                self.low[owners] = np.minimum(self.low[owners], np.minimum.reduceat(sorted_vals, starts))
                self.high[owners] = np.maximum(self.high[owners], np.maximum.reduceat(sorted_vals, starts))
        here = (self.zones.fallback_row >= row) & (self.zones.fallback_row < row + values.shape[0])
        if here.any():
            self.fallback[here] = values[self.zones.fallback_row[here] - row, self.zones.fallback_col[here]]

    def _tiny(self) -> np.ndarray:
        """Parcels that hold no cell centre but whose surface point lies on the grid."""
        return (self.cells == 0) & (self.zones.fallback_row >= 0)

    def means(self) -> np.ndarray:
        """Mean of each parcel (its fallback cell when it holds no cell centre; NaN without data)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(self.valid > 0, self.total / np.maximum(self.valid, 1), np.nan)
        tiny = self._tiny()
        mean[tiny] = self.fallback[tiny]
        return mean

    def frame(self) -> pd.DataFrame:
        """The statistics table, one row per parcel in input order."""
        tiny = self._tiny()
        fallback = self.fallback[tiny]
        cells = self.cells.copy()
        valid = self.valid.copy()
        n_top = self.n_top.copy()
        n_zero = self.n_zero.copy()
        low = np.where(self.valid > 0, self.low, np.nan)
        high = np.where(self.valid > 0, self.high, np.nan)
        cells[tiny] = 1
        valid[tiny] = np.isfinite(fallback)
        with np.errstate(invalid="ignore"):
            n_top[tiny] = fallback >= self.top
            n_zero[tiny] = fallback == 0.0
        low[tiny] = fallback
        high[tiny] = fallback
        share = np.maximum(cells, 1).astype(float)
        has = cells > 0
        return pd.DataFrame(
            {
                "n_cells": cells,
                "suit_mean": self.means(),
                "suit_min": low,
                "suit_max": high,
                "share_top2": np.where(has, n_top / share, np.nan),
                "share_excl": np.where(has, n_zero / share, np.nan),
                "share_nodata": np.where(has, (cells - valid) / share, np.nan),
            }
        )


def zonal_statistics(
    zones: ParcelZones,
    read_block: Callable[[int, int], np.ndarray],
    top_threshold: float,
    progress: Optional[ProgressFn] = None,
    rows_per_block: Optional[int] = None,
) -> pd.DataFrame:
    """Zonal statistics of a suitability raster per parcel (values NaN = nodata), read by blocks of rows."""
    report = ensure(progress)
    grid = zones.grid
    rows = rows_per_block or grid.rows_for_memory(8 + 4 * max(1, len(zones.layers)) + 24)
    stats = ZonalAccumulator(zones, top_threshold)
    for row, n in grid.blocks(rows):
        report(row / grid.height)
        stats.add(np.asarray(read_block(row, n), dtype=float), zones.labels(row, n), row)
    report(1.0)
    return stats.frame()


def rank_by_score(scores: Sequence[float], ids: Sequence[object]) -> np.ndarray:
    """Rank 1 = highest score; ties broken by id (ascending), parcels without a score last."""
    scores = np.asarray(scores, dtype=float)
    frame = pd.DataFrame({"score": scores, "missing": ~np.isfinite(scores), "id": list(ids)})
    frame["score"] = frame["score"].fillna(-np.inf)
    order = frame.sort_values(["missing", "score", "id"], ascending=[True, False, True], kind="mergesort").index
    rank = np.empty(len(scores), dtype=np.int64)
    rank[np.asarray(order)] = np.arange(1, len(scores) + 1)
    return rank


def sortable_ids(values: Sequence[object]) -> list:
    """Ids that sort consistently: numbers as they are; otherwise (missing, text) pairs, missing last."""
    values = list(values)

    def missing(v: object) -> bool:
        try:
            return bool(pd.isna(v))
        except (TypeError, ValueError):
            return False

    numeric = all(
        isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool) and not missing(v)
        for v in values
    )
    if numeric:
        return [float(v) for v in values]
    return [(missing(v), "" if missing(v) else str(v)) for v in values]


_ID_NAMES = {"id", "fid", "objectid", "gid", "codigo", "cod", "code", "ogc_fid"}


def join_numeric(parcels: np.ndarray, other, prefix: str) -> pd.DataFrame:
    """Numeric fields of another layer brought to each parcel.

    Polygons: the area-weighted mean of each field over the part of the parcel they cover, and the
    covered share (``<prefix>_cover``). Points or lines: the values of the nearest feature and its
    distance (``<prefix>_dist_m``). Identifier-like fields (id, fid, codigo...) and booleans are skipped.
    """
    parcels = np.asarray(parcels, dtype=object)
    n = len(parcels)
    geometry_name = other.geometry.name
    columns = [
        c
        for c in other.columns
        if c != geometry_name
        and pd.api.types.is_numeric_dtype(other[c])
        and not pd.api.types.is_bool_dtype(other[c])
        and slug(c) not in _ID_NAMES
    ]
    names: Dict[str, str] = {}
    for column in columns:
        base = f"{prefix}_{slug(column)}"[:30] or prefix
        name, k = base, 2
        while name in names.values():
            name, k = f"{base[:27]}_{k}", k + 1
        names[column] = name
    out = pd.DataFrame(index=pd.RangeIndex(n))
    geoms = np.asarray(other.geometry.values, dtype=object)
    keep = ~shapely.is_missing(geoms)
    if keep.any():
        keep[keep] = ~shapely.is_empty(geoms[keep])
    geoms = geoms[keep]
    data = {c: pd.to_numeric(other[c], errors="coerce").to_numpy(dtype=float)[keep] for c in columns}
    present = ~shapely.is_missing(parcels)
    if len(geoms) == 0 or not present.any():
        for column in columns:
            out[names[column]] = np.nan
        return out
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6))
    if polygonal.all():  # invalid polygons (self-intersections) would stop the intersection below
        geoms, _n = repair_polygons(geoms, str(other.attrs.get("layer_name") or prefix))
        geoms = np.where(shapely.is_missing(geoms), shapely.Polygon(), geoms)
    tree = shapely.STRtree(geoms)
    if polygonal.all():
        p_idx, o_idx = tree.query(parcels, predicate="intersects")
        area = shapely.area(shapely.intersection(parcels[p_idx], geoms[o_idx]))
        parcel_area = shapely.area(parcels)
        for column in columns:
            values = data[column][o_idx]
            ok = np.isfinite(values) & (area > 0)
            num = np.bincount(p_idx[ok], weights=area[ok] * values[ok], minlength=n)
            den = np.bincount(p_idx[ok], weights=area[ok], minlength=n)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[names[column]] = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
        covered = np.bincount(p_idx, weights=area, minlength=n)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[f"{prefix}_cover"] = np.clip(np.where(parcel_area > 0, covered / parcel_area, np.nan), 0.0, 1.0)
    else:
        where = np.flatnonzero(present)
        nearest = np.full(n, -1, dtype=np.int64)
        distance = np.full(n, np.nan)
        (p_idx, o_idx), dist = tree.query_nearest(parcels[where], return_distance=True, all_matches=False)
        nearest[where[p_idx]] = o_idx
        distance[where[p_idx]] = dist
        for column in columns:
            out[names[column]] = np.where(nearest >= 0, data[column][np.maximum(nearest, 0)], np.nan)
        out[f"{prefix}_dist_m"] = distance
    return out


# ============================================================================ sensitivity
def perturbed_weights(weights: Sequence[float], index: int, change: float) -> Optional[np.ndarray]:
    """Weights with weight ``index`` multiplied by ``1 + change`` (capped at 1) and the others rescaled to sum 1.

    Returns None when the other weights are all zero (nothing to rescale).
    """
    w = np.asarray(weights, dtype=float)
    rest = 1.0 - w[index]
    if rest <= 1e-12:
        return None
    new = min(max(w[index] * (1.0 + change), 0.0), 1.0)
    out = w * ((1.0 - new) / rest)
    out[index] = new
    return out


def weight_sensitivity(
    model: SuitabilityModel,
    grid: GridSpec,
    aoi: object,
    zones: ParcelZones,
    ids: Sequence[object],
    changes: Sequence[float] = (-0.2, -0.1, 0.1, 0.2),
    top_n: int = 10,
    class_method: str = "equal",
    progress: Optional[ProgressFn] = None,
    rows_per_block: Optional[int] = None,
    budget: int = DEFAULT_MEMORY_BUDGET,
) -> pd.DataFrame:
    """One-at-a-time weight sensitivity: one row per run (the base run first).

    The criteria are standardised once (kept as float32 grids, in a temporary file beyond ``budget``)
    and recombined for each run. For each run: Spearman's rho between the parcels' mean suitability
    in the base run and in the run, how many of the base top ``top_n`` parcels stay in the top
    ``top_n``, and the area of the two best classes (with the base run's class breaks).
    """
    from scipy.stats import spearmanr

    report = ensure(progress)
    weights = model.weights()
    order_weights = model.aggregation.order_weights_for(len(weights))
    k = len(weights)
    rows = rows_per_block or block_rows(model, grid, budget)
    standardised = scratch((k,) + grid.shape, "float32", budget)
    state = scratch(grid.shape, "uint8", budget)
    labels = scratch((max(1, len(zones.layers)),) + grid.shape, "int32", budget)
    blocks = list(grid.blocks(rows))
    prepare = sub(report, 0.0, 0.5)
    missing = np.zeros(k, dtype=np.int64)
    inside = 0
    for row, n in blocks:
        prepare(row / grid.height)
        block = evaluate_block(model, grid, aoi, row, n, lambda f, row=row, n=n: prepare((row + f * n) / grid.height))
        standardised[:, row : row + n] = block.standardised
        state[row : row + n] = block.state
        missing += block.missing
        inside += block.inside
        for layer, array in enumerate(zones.labels(row, n)):
            labels[layer, row : row + n] = array
    _check_coverage(model, missing, inside)
    n_layers = len(zones.layers)

    def block_values(w: np.ndarray, row: int, n: int) -> np.ndarray:
        part = Block(row, n, np.asarray(standardised[:, row : row + n]), np.asarray(state[row : row + n]), missing)
        return combine(part, w, order_weights).astype(np.float32).astype(np.float64)

    breaks: Tuple[float, ...] = EQUAL_BREAKS
    if class_method == "quantile":
        base_values = np.concatenate([block_values(weights, r, n).astype(np.float32) for r, n in blocks])
        breaks = quantile_breaks(base_values[np.asarray(state) == VALID])
        del base_values
    threshold = breaks[2]

    def run(w: np.ndarray) -> Tuple[np.ndarray, int]:
        stats = ZonalAccumulator(zones, threshold)
        top_cells = 0
        for row, n in blocks:
            values = block_values(w, row, n)
            with np.errstate(invalid="ignore"):
                top_cells += int(((values >= threshold) & (state[row : row + n] == VALID)).sum())
            stats.add(values, [np.asarray(labels[layer, row : row + n]) for layer in range(n_layers)], row)
        return stats.means(), top_cells

    plan: List[Tuple[str, float, Optional[np.ndarray]]] = [("base", 0.0, weights)]
    for i, name in enumerate(model.names):
        for change in changes:
            plan.append((name, float(change), perturbed_weights(weights, i, float(change))))
    ids = list(ids)
    to_ha = grid.cell_area / 10_000.0
    base_means, base_top_cells = run(weights)
    base_rank = rank_by_score(base_means, ids)
    scored = np.isfinite(base_means)
    top = min(int(top_n), int(scored.sum()))
    base_top = set(np.flatnonzero((base_rank <= top) & scored).tolist())
    rows_out = []
    for number, (name, change, w) in enumerate(plan):
        report(0.5 + 0.5 * number / len(plan))
        if w is None:
            LOG.warning(
                tr("{name}: it holds all the weight, so the other weights cannot be rescaled; run skipped.").format(
                    name=name
                )
            )
            continue
        if number == 0:
            means, top_cells = base_means, base_top_cells
        else:
            means, top_cells = run(w)
        both = scored & np.isfinite(means)
        rho = float("nan")
        if both.sum() >= 2 and np.ptp(base_means[both]) > 0 and np.ptp(means[both]) > 0:
            rho = float(spearmanr(base_means[both], means[both]).correlation)
        elif both.sum() >= 2 and np.array_equal(base_means[both], means[both]):
            rho = 1.0
        rank = rank_by_score(means, ids)
        kept = len(base_top & set(np.flatnonzero((rank <= top) & np.isfinite(means)).tolist()))
        area = top_cells * to_ha
        base_area = base_top_cells * to_ha
        rows_out.append(
            {
                "run": number,
                "criterion": name,
                "change_pct": round(change * 100.0, 6),
                "weight": float(w[model.names.index(name)]) if name in model.names else float("nan"),
                "weights": ";".join(f"{c}={x:.4f}" for c, x in zip(model.names, w)),
                "spearman": rho,
                "top_kept": kept,
                "top_n": top,
                "area_top2_ha": area,
                "d_area_top2_ha": area - base_area,
                "d_area_top2_pct": (area - base_area) / base_area * 100.0 if base_area > 0 else float("nan"),
            }
        )
    report(1.0)
    return pd.DataFrame(rows_out)
