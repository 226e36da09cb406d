"""A large synthetic metropolitan area for the scale runs, deterministic for a seed, at a size factor.

At factor 1 (``large``): 200 000 census blocks, 20 000 hazard polygons, a street network of about
1 000 000 edges, 3 000 facilities, 20 000 candidate parcels, about 5 600 land-use polygons, 64
reporting areas and a DEM of 10 000 x 10 000 cells of 7.5 m (a 75 km square, EPSG:9377). Every
count scales with the factor and every length with its square root (``small`` = 1/16, ``medium`` =
1/4), so the DEM and the suitability grid keep their 7.5 m cells.

The recipes are the sample city's (``migrant_planning_plugin.sample_city``), vectorised so they run
at this size: a jittered street lattice (120 m blocks there, about 100 m here; +-18 m jitter; 7 % of
local streets missing; primaria / secundaria / local by line number with 50 / 40 / 30 km/h; 6 % of
local streets one-way; the largest connected piece kept), census blocks with the sample city's
fields and densities (informal blocks denser, more migrants), facilities placed in blocks weighted
by population, and the star-shaped hazard zones with a few self-intersecting ones of the exposure
benchmark (``bench/exposure/run.py``). Census blocks are the lattice's street blocks (inset by the
street width) nearest to one of four centres, so the urban area is one metropolitan region.

Layers are written once to ``bench/.data/scale-<size>-<seed>/`` (``city.gpkg``, ``dem.tif``,
``manifest.json`` written last) and reused by later runs. ``python bench/scale/generate.py --size
large`` writes them; :func:`ensure` is what ``bench/scale/run.py`` calls.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Tuple

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402

from bench.exposure.run import _bowtie, _stars  # noqa: E402

DATA = ROOT / "bench" / ".data"
SIZES: Dict[str, float] = {"small": 1 / 16, "medium": 1 / 4, "large": 1.0}
SEED = 2026
EPSG = 9377
X0, Y0 = 4_800_000.0, 2_200_000.0  # EPSG:9377, inside Colombia
# at factor 1
SIDE = 75_000.0  # m
CELL = 7.5  # m: 10 000 x 10 000 cells at factor 1
BLOCKS = 200_000
HAZARDS = 20_000
EDGES = 1_000_000
FACILITIES = 3_000
PARCELS = 20_000
LAND_USE_CELL = 1_000.0  # m
AREA_CELL = 9_375.0  # m: 8 x 8 reporting areas at factor 1
STREET_WIDTH = 12.0  # m, blocks are inset by half of it
LAYERS = {
    "boundary": "limite",
    "settlements": "manzanas",
    "hazards": "zonas_amenaza",
    "facilities": "equipamientos",
    "roads": "malla_vial",
    "land_use": "usos_suelo",
    "areas": "comunas",
    "candidates": "predios",
    "water": "cuerpos_agua",
}
HAZARD_TYPES = ("inundación", "movimiento en masa", "avenida torrencial")
LEVELS = ("alta", "media", "baja")
FACILITY_TYPES = (
    ("salud", 0.2, (6_000, 25_000)),
    ("educación", 0.6, (400, 1_600)),
    ("primera infancia", 0.2, (60, 220)),
)


@dataclass(frozen=True)
class Dataset:
    """Paths and counts of one generated city."""

    folder: Path
    factor: float
    manifest: dict

    @property
    def gpkg(self) -> str:
        """The GeoPackage with every vector layer."""
        return str(self.folder / "city.gpkg")

    @property
    def dem(self) -> str:
        """The DEM GeoTIFF."""
        return str(self.folder / "dem.tif")

    def uri(self, role: str) -> str:
        """OGR uri of one layer."""
        return f"{self.gpkg}|layername={LAYERS[role]}"


def factor_of(size: str) -> float:
    """The size factor of ``small``/``medium``/``large`` or of a number (fraction of the largest)."""
    if size in SIZES:
        return SIZES[size]
    value = float(size)
    if not 0 < value <= 1:
        raise ValueError("a size factor must be in (0, 1]")
    return value


def label_of(factor: float) -> str:
    """The size label of a factor (its name, or the factor)."""
    for name, value in SIZES.items():
        if abs(value - factor) < 1e-12:
            return name
    return f"{factor:g}"


def _round(geoms, _grid: float = 0.01) -> np.ndarray:
    """Coordinates rounded to the centimetre (as digitised data; invalid geometries stay as they are)."""
    return shapely.transform(np.asarray(geoms, dtype=object), lambda xy: np.round(xy, 2))


# ----------------------------------------------------------------------------- terrain
def _rivers(side: float) -> list:
    """Three meandering rivers (south to north), as functions of northing -> x, and their half widths."""
    return [
        (0.30 * side, 0.020 * side, 1.7, 0.4, 25.0),
        (0.62 * side, 0.030 * side, 1.1, 2.0, 40.0),
        (0.86 * side, 0.015 * side, 2.4, 4.1, 15.0),
    ]


def _river_x(river: tuple, y: np.ndarray, side: float) -> np.ndarray:
    """x of a river at northing ``y``."""
    x, amplitude, waves, phase, _w = river
    t = (np.asarray(y) - Y0) / side
    return X0 + x + amplitude * np.sin(2 * np.pi * waves * t + phase) + 0.4 * amplitude * np.sin(6.1 * t + phase)


def elevation(x: np.ndarray, y: np.ndarray, side: float, hills: np.ndarray) -> np.ndarray:
    """Elevation (m): a valley along each river, a western range and rolling hills (like the sample city)."""
    u = (x - X0) / side
    z = 300.0 + 40.0 * (y - Y0) / side
    for river in _rivers(side):
        dx = np.abs(x - _river_x(river, y, side))
        z += 0.01 * np.minimum(dx, 3_000.0) - 5.0 * np.exp(-((dx / (3 * river[4])) ** 2))
    z += 600.0 * np.clip(0.15 - u, 0.0, None) / 0.15  # the range to the west
    for cx, cy, amp, width in hills:
        z += amp * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * width**2))
    z += 6.0 * np.sin(x / 730.0) * np.cos(y / 910.0)
    return z.astype(np.float32)


def write_dem(path: str, side: float, rng: np.random.Generator) -> Tuple[int, int]:
    """The DEM at CELL metres, written by blocks of rows (float32, tiled, deflate)."""
    from osgeo import gdal, osr

    n = int(round(side / CELL))
    count = max(4, int(60 * (side / SIDE) ** 2))
    hills = np.column_stack(
        [
            X0 + rng.uniform(0, side, count),
            Y0 + rng.uniform(0, side, count),
            rng.uniform(15.0, 90.0, count),
            rng.uniform(400.0, 2_500.0, count),
        ]
    )
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(
        path, n, n, 1, gdal.GDT_Float32, ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "BIGTIFF=IF_SAFER"]
    )
    ds.SetGeoTransform((X0, CELL, 0.0, Y0 + n * CELL, 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    xs = X0 + (np.arange(n) + 0.5) * CELL
    step = 256
    for row in range(0, n, step):
        rows = min(step, n - row)
        ys = Y0 + n * CELL - (np.arange(row, row + rows) + 0.5) * CELL
        gx, gy = np.meshgrid(xs, ys)
        band.WriteArray(elevation(gx, gy, side, hills), 0, row)
    ds = None
    return n, n


# ----------------------------------------------------------------------------- streets and blocks
def _lattice(rng: np.random.Generator, side: float, edges: int):
    """Jittered street nodes (n x n x 2) for about ``edges`` edges, and the spacing."""
    n = int(math.ceil(math.sqrt(edges / (2 * 0.95)))) + 1
    spacing = side / (n - 1)
    grid = np.arange(n) * spacing
    gx = X0 + grid[None, :] + rng.uniform(-18, 18, (n, n))
    gy = Y0 + grid[:, None] + rng.uniform(-18, 18, (n, n))
    gx[:, 0], gx[:, -1], gy[0, :], gy[-1, :] = X0, X0 + side, Y0, Y0 + side  # the edge of the area stays straight
    return np.stack([gx, gy], axis=-1), spacing


def _centres(side: float):
    """Four urban centres (x, y, reach weight): a core city and three towns that grew into it."""
    return np.array(
        [
            (X0 + 0.45 * side, Y0 + 0.50 * side, 1.00),
            (X0 + 0.70 * side, Y0 + 0.30 * side, 0.55),
            (X0 + 0.66 * side, Y0 + 0.74 * side, 0.45),
            (X0 + 0.22 * side, Y0 + 0.28 * side, 0.35),
        ]
    )


def _urban_score(x: np.ndarray, y: np.ndarray, side: float) -> np.ndarray:
    """Lower is more central: distance to the nearest centre over its reach, with a wavy perimeter."""
    score = np.full(np.shape(x), np.inf)
    for cx, cy, weight in _centres(side):
        theta = np.arctan2(y - cy, x - cx)
        wave = 1 + 0.13 * np.sin(3 * theta + cx) + 0.07 * np.sin(5 * theta + cy) + 0.04 * np.sin(9 * theta)
        score = np.minimum(score, np.hypot(x - cx, y - cy) / (weight * side * wave))
    return score


def _streets(rng: np.random.Generator, nodes: np.ndarray, count: int) -> gpd.GeoDataFrame:
    """The lattice's edges as the sample city's street layer, about ``count`` of them, connected."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = nodes.shape[0]
    ids = np.arange(n * n).reshape(n, n)
    horizontal = np.column_stack([ids[:, :-1].ravel(), ids[:, 1:].ravel()])
    line_h = np.repeat(np.arange(n), n - 1)  # the street (row) each horizontal edge belongs to
    vertical = np.column_stack([ids[:-1, :].ravel(), ids[1:, :].ravel()])
    line_v = np.tile(np.arange(n), n - 1)
    pairs = np.concatenate([horizontal, vertical])
    line = np.concatenate([line_h, line_v])
    klass = np.where(line % 8 == 3, "primaria", np.where(line % 4 == 1, "secundaria", "local")).astype(object)
    keep = ~((klass == "local") & (rng.uniform(size=len(pairs)) < 0.07))
    pairs, klass = pairs[keep], klass[keep]
    if len(pairs) > count:  # drop more local streets at random down to the count asked for
        local = np.flatnonzero(klass == "local")
        drop = rng.choice(local, size=min(len(local), len(pairs) - count), replace=False)
        keep = np.ones(len(pairs), dtype=bool)
        keep[drop] = False
        pairs, klass = pairs[keep], klass[keep]
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n * n, n * n))
    _, component = connected_components(graph, directed=False)
    main = np.bincount(component[pairs[:, 0]]).argmax()
    keep = component[pairs[:, 0]] == main
    pairs, klass = pairs[keep], klass[keep]
    flip = rng.uniform(size=len(pairs)) < 0.5  # digitising direction is arbitrary
    pairs[flip] = pairs[flip][:, ::-1]
    xy = nodes.reshape(-1, 2)
    lines = shapely.linestrings(np.stack([xy[pairs[:, 0]], xy[pairs[:, 1]]], axis=1))
    speeds = {"primaria": 50, "secundaria": 40, "local": 30}
    oneway = (klass == "local") & (rng.uniform(size=len(pairs)) < 0.06)
    return gpd.GeoDataFrame(
        {
            "codigo": np.char.add("V-", np.arange(1, len(pairs) + 1).astype(str)),
            "clase": klass,
            "velocidad": np.array([speeds[c] for c in klass], dtype=np.int64),
            "un_sentido": oneway,
        },
        geometry=_round(lines, 0.01),
        crs=EPSG,
    )


def _quads(nodes: np.ndarray, rows: np.ndarray, cols: np.ndarray, inset: float) -> np.ndarray:
    """The street blocks (lattice cells) at ``rows``, ``cols`` as polygons, shrunk by ``inset`` metres."""
    corners = np.stack(
        [nodes[rows, cols], nodes[rows, cols + 1], nodes[rows + 1, cols + 1], nodes[rows + 1, cols], nodes[rows, cols]],
        axis=1,
    )
    centre = corners[:, :4].mean(axis=1, keepdims=True)
    half = np.linalg.norm(corners[:, :4] - centre, axis=2).mean(axis=1)[:, None, None]
    corners = centre + (corners - centre) * np.clip(1 - inset * math.sqrt(2) / half, 0.2, 1.0)
    return shapely.polygons(corners)


def _split4(quads: np.ndarray) -> np.ndarray:
    """Each quadrilateral cut into four parcels at its edge midpoints and centre."""
    coords = shapely.get_coordinates(quads).reshape(len(quads), 5, 2)[:, :4]
    centre = coords.mean(axis=1)
    mid = (coords + np.roll(coords, -1, axis=1)) / 2
    parts = []
    for k in range(4):
        ring = np.stack([coords[:, k], mid[:, k], centre, mid[:, k - 1], coords[:, k]], axis=1)
        parts.append(shapely.polygons(ring))
    return np.stack(parts, axis=1).ravel()


def _blocks(rng: np.random.Generator, nodes: np.ndarray, count: int, side: float):
    """Census blocks: the ``count`` most central street blocks, with the sample city's fields; and the ring
    of street blocks just outside them (the expansion land)."""
    n = nodes.shape[0] - 1
    centre = (nodes[:-1, :-1] + nodes[1:, 1:]) / 2
    score = _urban_score(centre[..., 0], centre[..., 1], side).ravel()
    order = np.argsort(score, kind="stable")
    first = order[: int(count * 1.3 + 4 * PARCELS_PER_BLOCK_RING * count) + 10]
    r, c = np.divmod(first, n)
    water = shapely.union_all(_water(side).geometry.values)
    shapely.prepare(water)
    wet = shapely.intersects(water, _quads(nodes, r, c, 0.0))  # no block or parcel in a river
    order = np.concatenate([first[~wet], order[len(first) :]])
    urban = order[:count]
    rows, cols = np.divmod(urban, n)
    geoms = _quads(nodes, rows, cols, STREET_WIDTH / 2)
    invalid = rng.choice(count, size=max(2, count // 20_000), replace=False)
    for i in invalid:  # a few blocks digitised as a bow-tie, as in real census data
        x, y = shapely.get_coordinates(geoms[i]).mean(axis=0)
        geoms[i] = _bowtie(x - 30, y - 30, 60)
    s = score[urban]
    informal = rng.uniform(size=count) < 1 / (1 + np.exp(-(-2.4 + 5.0 * (s / s.max()) ** 3)))
    area_ha = shapely.area(geoms) / 10_000.0
    density = np.clip(np.where(informal, rng.normal(230.0, 35.0, count), rng.normal(135.0, 25.0, count)), 60, 360)
    population = np.maximum(20, np.round(area_ha * density)).astype(np.int64)
    size = np.clip(np.where(informal, rng.normal(3.5, 0.25, count), rng.normal(3.2, 0.2, count)), 2.6, 4.4)
    households = np.maximum(1, np.round(population / size)).astype(np.int64)
    sharing = np.where(informal, rng.uniform(1.05, 1.25, count), rng.uniform(1.0, 1.06, count))
    dwellings = np.maximum(1, np.round(households / sharing)).astype(np.int64)
    share = np.where(informal, rng.uniform(0.20, 0.40, count), rng.uniform(0.05, 0.18, count))
    frame = gpd.GeoDataFrame(
        {
            "codigo": np.char.add("MZ-", np.arange(1, count + 1).astype(str)),
            "poblacion": population,
            "migrantes": np.round(population * share).astype(np.int64),
            "hogares": households,
            "viviendas": dwellings,
            "informal": informal,
        },
        geometry=_round(geoms, 0.01),
        crs=EPSG,
    )
    ring = order[count : count + int(math.ceil(PARCELS_PER_BLOCK_RING * count))]
    return frame, ring


PARCELS_PER_BLOCK_RING = PARCELS / BLOCKS / 4  # ring street blocks per census block; each gives four parcels


def _parcels(rng: np.random.Generator, nodes: np.ndarray, ring: np.ndarray, count: int) -> gpd.GeoDataFrame:
    """Candidate parcels: the street blocks around the urban area, each cut in four."""
    n = nodes.shape[0] - 1
    rows, cols = np.divmod(ring, n)
    geoms = _split4(_quads(nodes, rows, cols, STREET_WIDTH / 2))[:count]
    tenure = np.where(rng.uniform(size=len(geoms)) < 0.25, "público", "privado")
    return gpd.GeoDataFrame(
        {
            "codigo_predio": np.char.add("P-", np.arange(1, len(geoms) + 1).astype(str)),
            "clase_suelo": "expansión urbana",
            "tenencia": tenure,
        },
        geometry=_round(geoms, 0.01),
        crs=EPSG,
    )


def _facilities(rng: np.random.Generator, blocks: gpd.GeoDataFrame, count: int) -> gpd.GeoDataFrame:
    """Facilities in blocks chosen with probability by population (fewer in informal blocks), as in the sample."""
    weights = blocks["poblacion"].to_numpy(float) * np.where(blocks["informal"], 0.45, 1.0)
    chosen = rng.choice(len(blocks), size=count, replace=False, p=weights / weights.sum())
    points = shapely.point_on_surface(blocks.geometry.values[chosen])
    draw = rng.uniform(size=count)
    edges = np.cumsum([share for _k, share, _c in FACILITY_TYPES])
    kind = np.searchsorted(edges, draw * edges[-1])
    low = np.array([c[0] for _k, _s, c in FACILITY_TYPES])[kind]
    high = np.array([c[1] for _k, _s, c in FACILITY_TYPES])[kind]
    return gpd.GeoDataFrame(
        {
            "codigo": np.char.add("EQ-", np.arange(1, count + 1).astype(str)),
            "tipo": np.array([k for k, _s, _c in FACILITY_TYPES], dtype=object)[kind],
            "capacidad": np.round(rng.uniform(low, high), -1).astype(np.int64),
        },
        geometry=_round(points, 0.01),
        crs=EPSG,
    )


def _hazards(rng: np.random.Generator, count: int, side: float) -> gpd.GeoDataFrame:
    """Star-shaped hazard zones (the exposure benchmark's), floods along the rivers, landslides in the hills."""
    kind = rng.choice(len(HAZARD_TYPES), count, p=[0.4, 0.45, 0.15])
    y = Y0 + rng.uniform(0, side, count)
    x = X0 + rng.uniform(0, side, count)
    rivers = _rivers(side)
    river = rng.integers(0, len(rivers), count)
    flood = kind != 1
    for r, spec in enumerate(rivers):  # floods and torrential flows lie along a river
        which = flood & (river == r)
        x[which] = _river_x(spec, y[which], side) + rng.normal(0, 500.0, which.sum())
    west = rng.uniform(size=count) < 0.5  # half of the landslide zones lie in the western range
    x[(kind == 1) & west] = X0 + rng.uniform(0, 0.2 * side, ((kind == 1) & west).sum())
    x = np.clip(x, X0, X0 + side)
    radius = np.exp(rng.uniform(np.log(40), np.log(400), count))
    geoms = np.array(_stars(rng, np.column_stack([x, y]), radius, rng.integers(16, 49, count)), dtype=object)
    for i in rng.choice(count, size=max(2, count // 500), replace=False):
        geoms[i] = _bowtie(x[i] - radius[i], y[i] - radius[i], 2 * radius[i])
    level = rng.choice(len(LEVELS), count, p=[0.25, 0.35, 0.4])
    return gpd.GeoDataFrame(
        {
            "codigo": np.char.add("AM-", np.arange(1, count + 1).astype(str)),
            "tipo_amenaza": np.array(HAZARD_TYPES, dtype=object)[kind],
            "nivel": np.array(LEVELS, dtype=object)[level],
        },
        geometry=_round(geoms, 0.01),
        crs=EPSG,
    )


def _water(side: float) -> gpd.GeoDataFrame:
    """The rivers as polygons."""
    ys = np.linspace(Y0, Y0 + side, 400)
    geoms = [
        shapely.LineString(np.column_stack([_river_x(r, ys, side), ys])).buffer(r[4], quad_segs=4)
        for r in _rivers(side)
    ]
    box = shapely.box(X0, Y0, X0 + side, Y0 + side)
    return gpd.GeoDataFrame(
        {"nombre": ["Río Norte", "Río Grande", "Quebrada Este"]},
        geometry=shapely.intersection(np.array(geoms), box),
        crs=EPSG,
    )


def _squares(side: float, cell: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Square polygons of about ``cell`` metres tiling the area, and their centres."""
    k = max(1, int(round(side / cell)))
    step = side / k
    i, j = np.divmod(np.arange(k * k), k)
    x0, y0 = X0 + j * step, Y0 + i * step
    return shapely.box(x0, y0, x0 + step, y0 + step), x0 + step / 2, y0 + step / 2


def _land_use(side: float, water: gpd.GeoDataFrame, urban_score_limit: float) -> gpd.GeoDataFrame:
    """POT land use on 1 km squares: urbano inside the urban perimeter, expansión around it, protección along
    the rivers and in the western range, rural elsewhere."""
    geoms, cx, cy = _squares(side, LAND_USE_CELL)
    score = _urban_score(cx, cy, side)
    near_river = shapely.dwithin(shapely.union_all(water.geometry.values), shapely.points(cx, cy), 600.0)
    klass = np.where(score <= urban_score_limit, "urbano", np.where(score <= 1.15 * urban_score_limit, "e", "rural"))
    klass = np.where(klass == "e", "expansión urbana", klass).astype(object)
    klass[near_river | ((cx - X0) < 0.08 * side)] = "protección"
    codes = {"urbano": "SU", "expansión urbana": "SE", "rural": "SR", "protección": "SP"}
    return gpd.GeoDataFrame({"clase_suelo": klass, "codigo_pot": [codes[k] for k in klass]}, geometry=geoms, crs=EPSG)


def _areas(side: float) -> gpd.GeoDataFrame:
    """Reporting areas (comunas): squares of about 9.4 km."""
    geoms, _cx, _cy = _squares(side, AREA_CELL)
    number = np.arange(1, len(geoms) + 1)
    return gpd.GeoDataFrame(
        {"codigo": np.char.add("C", number.astype(str)), "nombre": np.char.add("Comuna ", number.astype(str))},
        geometry=geoms,
        crs=EPSG,
    )


# ----------------------------------------------------------------------------- the whole city
def generate(factor: float, seed: int = SEED) -> Tuple[Dict[str, gpd.GeoDataFrame], float]:
    """Every vector layer of the city at ``factor``, by role, and the side of the square area (m)."""
    rng = np.random.default_rng(seed)
    side = SIDE * math.sqrt(factor)
    nodes, _spacing = _lattice(rng, side, int(EDGES * factor))
    roads = _streets(rng, nodes, int(EDGES * factor))
    blocks, ring = _blocks(rng, nodes, int(BLOCKS * factor), side)
    centres = (nodes[:-1, :-1] + nodes[1:, 1:]) / 2
    limit = float(_urban_score(*centres.reshape(-1, 2)[ring[0]], side)) if len(ring) else 1.0
    water = _water(side)
    layers = {
        "boundary": gpd.GeoDataFrame(
            {"nombre": ["Área metropolitana sintética"]}, geometry=[shapely.box(X0, Y0, X0 + side, Y0 + side)], crs=EPSG
        ),
        "settlements": blocks,
        "hazards": _hazards(rng, int(HAZARDS * factor), side),
        "facilities": _facilities(rng, blocks, int(FACILITIES * factor)),
        "roads": roads,
        "land_use": _land_use(side, water, limit),
        "areas": _areas(side),
        "candidates": _parcels(rng, nodes, ring, int(PARCELS * factor)),
        "water": water,
    }
    return layers, side


def _write_layer(frame: gpd.GeoDataFrame, path: str, layer: str) -> None:
    """One layer into the GeoPackage (OGR, one transaction)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    ds = ogr.Open(path, 1) if Path(path).exists() else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    types = set(shapely.get_type_id(frame.geometry.values[~shapely.is_missing(frame.geometry.values)]).tolist())
    geometry_type = {
        frozenset({0}): ogr.wkbPoint,
        frozenset({1}): ogr.wkbLineString,
        frozenset({3}): ogr.wkbPolygon,
    }.get(frozenset(types), ogr.wkbUnknown)
    geoms = frame.geometry.values
    if types == {3, 6}:  # one geometry type per layer: promote the single polygons
        geoms = np.array(geoms, dtype=object)
        single = shapely.get_type_id(geoms) == 3
        geoms[single] = shapely.multipolygons(geoms[single], indices=np.arange(single.sum()))
        geometry_type = ogr.wkbMultiPolygon
    out = ds.CreateLayer(layer, srs, geometry_type, ["SPATIAL_INDEX=YES"])
    columns = [c for c in frame.columns if c != frame.geometry.name]
    kinds = {}
    for column in columns:
        dtype = frame[column].dtype
        if pd.api.types.is_bool_dtype(dtype):
            definition = ogr.FieldDefn(column, ogr.OFTInteger)
            definition.SetSubType(ogr.OFSTBoolean)
            kinds[column] = bool
        elif np.issubdtype(dtype, np.integer):
            definition = ogr.FieldDefn(column, ogr.OFTInteger64)
            kinds[column] = int
        elif np.issubdtype(dtype, np.floating):
            definition = ogr.FieldDefn(column, ogr.OFTReal)
            kinds[column] = float
        else:
            definition = ogr.FieldDefn(column, ogr.OFTString)
            kinds[column] = str
        out.CreateField(definition)
    wkbs = shapely.to_wkb(geoms)
    values = [frame[c].to_numpy().tolist() for c in columns]
    definition = out.GetLayerDefn()
    ds.StartTransaction()
    for i, wkb in enumerate(wkbs):
        feature = ogr.Feature(definition)
        for k, column in enumerate(columns):
            feature.SetField(k, kinds[column](values[k][i]) if kinds[column] is not bool else int(values[k][i]))
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        out.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None


def write(factor: float, folder: Path, seed: int = SEED) -> dict:
    """Generate and write the city at ``factor`` into ``folder``; returns the manifest."""
    t0 = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    layers, side = generate(factor, seed)
    gpkg = str(folder / "city.gpkg")
    for role, frame in layers.items():
        _write_layer(frame, gpkg, LAYERS[role])
    rows, cols = write_dem(str(folder / "dem.tif"), side, np.random.default_rng(seed + 1))
    settlements = layers["settlements"]
    manifest = {
        "factor": factor,
        "seed": seed,
        "side_m": side,
        "epsg": EPSG,
        "cell_m": CELL,
        "grid": [rows, cols],
        "features": {role: len(frame) for role, frame in layers.items()},
        "population": int(settlements["poblacion"].sum()),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def ensure(size: str, seed: int = SEED, regenerate: bool = False) -> Dataset:
    """The city of ``size`` (small, medium, large or a factor), generated when missing."""
    factor = factor_of(size)
    folder = DATA / f"scale-{label_of(factor)}-{seed}"
    manifest_path = folder / "manifest.json"
    if regenerate or not manifest_path.exists():
        print(f"generating the {label_of(factor)} city (factor {factor:g}, seed {seed}) in {folder} ...", flush=True)
        write(factor, folder, seed)
    manifest = json.loads(manifest_path.read_text())
    return Dataset(folder, factor, manifest)


def main(argv=None) -> int:
    """Command line: generate (or regenerate) one or all sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="all", help="small, medium, large, all (default) or a factor in (0, 1]")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even when cached")
    args = parser.parse_args(argv)
    for size in SIZES if args.size == "all" else [args.size]:
        data = ensure(size, args.seed, args.force)
        print(json.dumps(data.manifest, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
