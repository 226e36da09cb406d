"""Villa Esperanza: a fictional border city near Cúcuta, generated deterministically.

``python -m migrant_planning_plugin.sample_city OUTDIR`` writes ``villa_esperanza.gpkg`` and
``villa_esperanza_dem.tif`` (EPSG:9377) into OUTDIR, and ``villa_esperanza.osm``, the same streets and
facilities as an OpenStreetMap extract (for the import_osm exercise). The same seed always gives the same
city. The layers, fields, units and how each was made are described in
``docs/data_dictionary.md``. Pure Python (numpy, shapely, geopandas, GDAL): no QGIS needed.

The frames carry no pyproj CRS (all coordinates are EPSG:9377) and the files get their CRS from GDAL's own
``osr``: ``load_sample_city`` runs this on Processing's worker threads, where no pyproj object may be made.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from dataclasses import dataclass
from typing import Dict, List, Tuple

import fiona
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.io.file import infer_schema
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

CRS_EPSG = 9377
GPKG_NAME = "villa_esperanza.gpkg"
DEM_NAME = "villa_esperanza_dem.tif"
OSM_NAME = "villa_esperanza.osm"
SEED = 20151

# Layer names in the GeoPackage, by role.
LAYERS: Dict[str, str] = {
    "boundary": "limite_municipal",
    "settlements": "asentamientos",
    "hazards": "zonas_amenaza",
    "facilities": "equipamientos",
    "roads": "malla_vial",
    "land_use": "usos_suelo",
    "areas": "comunas",
    "candidates": "predios",
    "water": "cuerpos_agua",
    "streams": "drenajes",
}

# Study area: 10 km x 8 km in MAGNA-SIRGAS / Origen-Nacional, just west of Cúcuta.
X0, Y0 = 5_046_000.0, 2_428_000.0
WIDTH, HEIGHT = 10_000.0, 8_000.0
DEM_CELL = 20.0
RIVER_X = X0 + 5_200.0  # mean x of the river, which runs south to north
CITY_CENTRE = (X0 + 5_600.0, Y0 + 4_000.0)
CITY_RADIUS = 2_600.0

FORMAL_NAMES = (
    "El Centro",
    "San Luis",
    "La Libertad",
    "Santa Ana",
    "El Progreso",
    "Villa del Sol",
    "Las Américas",
    "San Martín",
    "La Playa",
    "El Carmen",
    "Los Almendros",
    "La Cabrera",
    "Prados del Este",
    "Quinta Oriental",
    "San Rafael",
    "El Contento",
    "Caobos",
    "La Merced",
    "Bellavista",
    "Los Pinos",
    "El Bosque",
    "Guaimaral",
    "San José",
    "Santa Lucía",
    "Popular",
    "La Victoria",
    "Los Acacios",
    "El Rosal",
    "Sevilla",
    "Colsag",
    "Motilones",
    "Blanco",
    "Latino",
    "La Riviera",
    "Trigal",
    "Niza",
    "Alfonso López",
    "Chapinero",
)
INFORMAL_NAMES = (
    "Nueva Esperanza",
    "Brisas del Río",
    "Villa Paz",
    "El Mirador",
    "Altos de la Loma",
    "La Fortuna",
    "Camilo Torres",
    "Bello Horizonte",
    "El Paraíso",
    "Villa Camila",
    "Los Olivos",
    "Simón Bolívar",
    "Nuevo Amanecer",
    "La Frontera",
    "Caño Limón",
    "Tierra Prometida",
    "El Refugio",
    "Manuela Beltrán",
    "Las Delicias",
    "Balcones del Río",
    "Divino Niño",
    "María Auxiliadora",
    "Nuevo Horizonte",
    "La Hondonada",
)
COMUNA_NAMES = (
    "Comuna 1 - Centro",
    "Comuna 2 - La Ribera",
    "Comuna 3 - Oriental",
    "Comuna 4 - Sur",
    "Comuna 5 - Las Lomas",
    "Comuna 6 - Norte",
    "Comuna 7 - Occidental",
    "Comuna 8 - Frontera",
)


@dataclass
class City:
    """All layers of the sample city, as GeoDataFrames, plus the DEM grid."""

    layers: Dict[str, gpd.GeoDataFrame]
    dem: np.ndarray
    dem_transform: Tuple[float, float, float, float, float, float]


# ----------------------------------------------------------------------------- terrain


def _river_x(y: np.ndarray) -> np.ndarray:
    """x of the river centre line at northing ``y`` (a meandering south-north course)."""
    t = (np.asarray(y) - Y0) / HEIGHT
    return RIVER_X + 260.0 * np.sin(2 * np.pi * 1.6 * t + 0.4) + 120.0 * np.sin(2 * np.pi * 4.1 * t + 1.3)


def _river_line() -> shapely.LineString:
    """The main river (Río Táchira-like), south to north across the study area."""
    ys = np.linspace(Y0, Y0 + HEIGHT, 161)
    return shapely.LineString(np.column_stack([_river_x(ys), ys]))


def _stream_line() -> shapely.LineString:
    """A creek (quebrada) that comes down the western hills and joins the river."""
    t = np.linspace(0.0, 1.0, 81)
    xs = X0 + 900.0 + t * (_river_x(np.array([Y0 + 5_200.0]))[0] - (X0 + 900.0))
    ys = Y0 + 6_400.0 - 1_200.0 * t + 90.0 * np.sin(2 * np.pi * 2.5 * t)
    xs[-1] = _river_x(np.array([ys[-1]]))[0]
    return shapely.LineString(np.column_stack([xs, ys]))


def _dem(rng: np.random.Generator) -> np.ndarray:
    """Elevation (m) on a 20 m grid: a valley floor near 300 m, steep hills to the west."""
    nx, ny = int(WIDTH / DEM_CELL), int(HEIGHT / DEM_CELL)
    xs = X0 + (np.arange(nx) + 0.5) * DEM_CELL
    ys = Y0 + HEIGHT - (np.arange(ny) + 0.5) * DEM_CELL
    gx, gy = np.meshgrid(xs, ys)
    river = _river_x(gy)
    dx = gx - river
    z = 300.0 + 0.004 * (gy - Y0)  # gentle fall to the south
    z += 0.012 * np.abs(dx)  # valley sides
    west = np.clip(-(dx + 1_100.0), 0.0, None)
    z += 330.0 * (1.0 - np.exp(-west / 1_300.0)) + 0.05 * west  # the western range
    east = np.clip(dx - 2_600.0, 0.0, None)
    z += 90.0 * (1.0 - np.exp(-east / 900.0))  # low eastern terraces
    for _ in range(7):  # rolling hills
        cx, cy = rng.uniform(X0, X0 + WIDTH), rng.uniform(Y0, Y0 + HEIGHT)
        amp, width = rng.uniform(15.0, 60.0), rng.uniform(400.0, 1_100.0)
        z += amp * np.exp(-((gx - cx) ** 2 + (gy - cy) ** 2) / (2 * width**2))
    for _ in range(5):  # low-amplitude texture, smooth
        kx, ky = rng.uniform(1.0, 4.0, size=2) * 2 * np.pi / 2_000.0
        z += rng.uniform(1.0, 4.0) * np.sin(kx * gx + rng.uniform(0, 6.3)) * np.cos(ky * gy + rng.uniform(0, 6.3))
    z -= 6.0 * np.exp(-((dx / 40.0) ** 2))  # the channel
    stream = _stream_line()
    dist_stream = shapely.distance(stream, shapely.points(gx.ravel(), gy.ravel())).reshape(gx.shape)
    z -= 8.0 * np.exp(-((dist_stream / 50.0) ** 2))
    return z.astype(np.float32)


def _slope_percent(dem: np.ndarray) -> np.ndarray:
    """Slope in percent by central differences (Horn-like, edges replicated)."""
    padded = np.pad(dem.astype(np.float64), 1, mode="edge")
    dzdx = (padded[1:-1, 2:] - padded[1:-1, :-2]) / (2 * DEM_CELL)
    dzdy = (padded[2:, 1:-1] - padded[:-2, 1:-1]) / (2 * DEM_CELL)
    return 100.0 * np.hypot(dzdx, dzdy)


def _polygonize(classes: np.ndarray) -> List[Tuple[int, shapely.Geometry]]:
    """(class value, polygon) for each connected region of a non-zero class raster."""
    ny, nx = classes.shape
    driver = gdal.GetDriverByName("MEM")
    ds = driver.Create("", nx, ny, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, DEM_CELL, 0.0, Y0 + HEIGHT, 0.0, -DEM_CELL))
    band = ds.GetRasterBand(1)
    band.WriteArray(classes.astype(np.uint8))
    mask_ds = driver.Create("", nx, ny, 1, gdal.GDT_Byte)
    mask_ds.GetRasterBand(1).WriteArray((classes > 0).astype(np.uint8))
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vector.CreateLayer("p", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, mask_ds.GetRasterBand(1), layer, 0, [], callback=None)
    out = []
    for feature in layer:
        out.append((feature.GetField(0), shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))))
    return out


def _smooth(a: np.ndarray, passes: int = 2) -> np.ndarray:
    """Box-filter a grid a few times (3x3, edges replicated)."""
    out = a.astype(np.float64)
    for _ in range(passes):
        p = np.pad(out, 1, mode="edge")
        out = sum(p[i : i + out.shape[0], j : j + out.shape[1]] for i in range(3) for j in range(3)) / 9.0
    return out


# ----------------------------------------------------------------------------- helpers


def _urban_perimeter(rng: np.random.Generator) -> shapely.Polygon:
    """An irregular, roughly round urban perimeter around the city centre."""
    theta = np.linspace(0, 2 * np.pi, 145)[:-1]
    phases = rng.uniform(0, 2 * np.pi, size=3)
    r = CITY_RADIUS * (
        1
        + 0.13 * np.sin(3 * theta + phases[0])
        + 0.07 * np.sin(5 * theta + phases[1])
        + 0.04 * np.sin(9 * theta + phases[2])
    )
    cx, cy = CITY_CENTRE
    return shapely.Polygon(np.column_stack([cx + r * np.cos(theta), cy + 0.85 * r * np.sin(theta)]))


def _jittered_points(region: shapely.Geometry, spacing: float, jitter: float, rng: np.random.Generator) -> np.ndarray:
    """Points on a jittered square lattice, kept where they fall inside ``region``."""
    xmin, ymin, xmax, ymax = region.bounds
    xs = np.arange(xmin + spacing / 2, xmax, spacing)
    ys = np.arange(ymin + spacing / 2, ymax, spacing)
    gx, gy = np.meshgrid(xs, ys)
    gx = gx + rng.uniform(-jitter, jitter, size=gx.shape)
    gy = gy + rng.uniform(-jitter, jitter, size=gy.shape)
    points = shapely.points(gx.ravel(), gy.ravel())
    return points[shapely.contains(region, points)]


def _voronoi_cells(points: np.ndarray, clip: shapely.Geometry) -> np.ndarray:
    """The Voronoi cell of each point, clipped to ``clip``, in the order of ``points``."""
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=clip))
    tree = shapely.STRtree(cells)
    hit_points, hit_cells = tree.query(points, predicate="within")
    order = np.full(len(points), -1)
    order[hit_points] = hit_cells
    return shapely.intersection(cells[order], clip)


def _largest_part(geom: shapely.Geometry) -> shapely.Geometry:
    """The polygon of largest area in a (multi)polygon or collection."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
    return max(parts, key=lambda p: p.area) if parts else shapely.Polygon()


def _frame(
    data: dict,
    geoms,
) -> gpd.GeoDataFrame:
    """A GeoDataFrame of the city (coordinates in EPSG:9377, no pyproj CRS: see the module's note)."""
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geoms)))


# ----------------------------------------------------------------------------- the city


def generate(seed: int = SEED) -> City:
    """Build every layer of Villa Esperanza from ``seed``."""
    rng = np.random.default_rng(seed)
    boundary = shapely.box(X0, Y0, X0 + WIDTH, Y0 + HEIGHT)
    dem = _dem(rng)
    slope = _slope_percent(_smooth(dem, 1))
    river, stream = _river_line(), _stream_line()
    water = shapely.union(river.buffer(14.0, quad_segs=4), stream.buffer(4.0, quad_segs=4))
    water = shapely.intersection(water, boundary)

    # --- hazard zones ------------------------------------------------------------------------
    hazard_rows: List[Tuple[str, str, str, shapely.Geometry]] = []
    river_flood = [("alta", 130.0), ("media", 280.0), ("baja", 480.0)]
    inner = shapely.Polygon()
    for level, dist in river_flood:
        ring = shapely.difference(river.buffer(dist, quad_segs=8), inner).intersection(boundary)
        hazard_rows.append(("inundación", level, "Río Esperanza", ring))
        inner = river.buffer(dist, quad_segs=8)
    # The creek's own flood zones overlap the river's near the confluence (same type).
    inner = shapely.Polygon()
    for level, dist in [("alta", 60.0), ("media", 120.0), ("baja", 200.0)]:
        ring = shapely.difference(stream.buffer(dist, quad_segs=8), inner).intersection(boundary)
        hazard_rows.append(("inundación", level, "Quebrada La Honda", ring))
        inner = stream.buffer(dist, quad_segs=8)
    upper_stream = shapely.intersection(stream, shapely.box(X0, Y0, X0 + 3_200.0, Y0 + HEIGHT))
    hazard_rows.append(
        ("avenida torrencial", "alta", "Quebrada La Honda (cuenca alta)", upper_stream.buffer(70.0, quad_segs=8))
    )
    hazard_rows.append(
        (
            "avenida torrencial",
            "media",
            "Quebrada La Honda (cuenca alta)",
            shapely.difference(upper_stream.buffer(150.0, quad_segs=8), upper_stream.buffer(70.0, quad_segs=8)),
        )
    )
    slope_class = np.zeros(slope.shape, dtype=np.uint8)
    smooth_slope = _smooth(slope, 3)
    slope_class[smooth_slope >= 10.0] = 1
    slope_class[smooth_slope >= 18.0] = 2
    slope_class[smooth_slope >= 28.0] = 3
    level_of = {3: "alta", 2: "media", 1: "baja"}
    for value, polygon in _polygonize(slope_class):
        polygon = polygon.simplify(DEM_CELL / 2)
        if polygon.is_empty or polygon.area < 20_000.0:
            continue
        hazard_rows.append(("movimiento en masa", level_of[value], "Laderas occidentales", polygon))
    hazards = _frame(
        {
            "codigo": [f"AM-{i + 1:03d}" for i in range(len(hazard_rows))],
            "tipo_amenaza": [r[0] for r in hazard_rows],
            "nivel": [r[1] for r in hazard_rows],
            "fuente": [r[2] for r in hazard_rows],
        },
        [r[3] for r in hazard_rows],
    )
    hazards = hazards[~hazards.geometry.is_empty].reset_index(drop=True)
    # one geometry type for the whole layer (rings cut by the boundary are multipart)
    parts, owner = shapely.get_parts(hazards.geometry.values, return_index=True)
    hazards = hazards.set_geometry(gpd.GeoSeries(shapely.multipolygons(parts, indices=owner)))

    # --- settlements -------------------------------------------------------------------------
    perimeter = _urban_perimeter(rng).intersection(boundary)
    urban_land = shapely.difference(perimeter, water)
    seeds = _jittered_points(perimeter, 215.0, 75.0, rng)
    cells = _voronoi_cells(seeds, urban_land)
    geoms = []
    for cell in cells:
        for part in shapely.get_parts(cell):
            if part.geom_type == "Polygon" and part.area >= 5_000.0:
                geoms.append(shapely.set_precision(part, 0.01))
    geoms = np.array(geoms, dtype=object)
    n = len(geoms)
    centres = shapely.point_on_surface(geoms)
    d_river = shapely.distance(river, centres)
    d_stream = shapely.distance(stream, centres)
    d_water = np.minimum(d_river, d_stream)
    cols = np.clip(((shapely.get_x(centres) - X0) / DEM_CELL).astype(int), 0, slope.shape[1] - 1)
    rows = np.clip(((Y0 + HEIGHT - shapely.get_y(centres)) / DEM_CELL).astype(int), 0, slope.shape[0] - 1)
    cell_slope = smooth_slope[rows, cols]
    d_centre = np.hypot(shapely.get_x(centres) - CITY_CENTRE[0], shapely.get_y(centres) - CITY_CENTRE[1])
    logit = (
        -2.2
        + 2.6 * np.exp(-d_water / 220.0)
        + 0.12 * np.clip(cell_slope - 8.0, 0, 25)
        + 1.4 * (d_centre / CITY_RADIUS) ** 3
    )
    informal = rng.uniform(size=n) < 1.0 / (1.0 + np.exp(-logit))
    area_ha = shapely.area(geoms) / 10_000.0
    density = np.where(informal, rng.normal(230.0, 35.0, n), rng.normal(135.0, 25.0, n))
    density = np.clip(density, 60.0, 360.0)
    population = np.maximum(20, np.round(area_ha * density)).astype(np.int64)
    household_size = np.clip(np.where(informal, rng.normal(3.5, 0.25, n), rng.normal(3.2, 0.2, n)), 2.6, 4.4)
    households = np.maximum(1, np.round(population / household_size)).astype(np.int64)
    sharing = np.where(informal, rng.uniform(1.05, 1.25, n), rng.uniform(1.0, 1.06, n))
    dwellings = np.maximum(1, np.round(households / sharing)).astype(np.int64)
    migrant_share = np.where(informal, rng.uniform(0.20, 0.40, n), rng.uniform(0.05, 0.18, n))
    migrants = np.round(population * migrant_share).astype(np.int64)
    names, used = [], {}
    for i in range(n):
        base = (INFORMAL_NAMES if informal[i] else FORMAL_NAMES)[
            int(rng.integers(0, 10_000)) % len(INFORMAL_NAMES if informal[i] else FORMAL_NAMES)
        ]
        used[base] = used.get(base, 0) + 1
        names.append(base if used[base] == 1 else f"{base} {_roman(used[base])}")
    # comunas: eight groups of settlements around eight seeds, dissolved
    angle = np.arctan2(shapely.get_y(centres) - CITY_CENTRE[1], shapely.get_x(centres) - CITY_CENTRE[0])
    ring = np.where(d_centre < 0.38 * CITY_RADIUS, 0, 1 + ((angle + np.pi) / (2 * np.pi) * 7).astype(int) % 7)
    comuna_of = ring.astype(int)
    settlements = _frame(
        {
            "codigo": [f"VE-{i + 1:04d}" for i in range(n)],
            "nombre": names,
            "comuna": [COMUNA_NAMES[c] for c in comuna_of],
            "poblacion": population,
            "migrantes": migrants,
            "hogares": households,
            "viviendas": dwellings,
            "informal": informal.astype(bool),
        },
        geoms,
    )
    comuna_geoms = [shapely.union_all(geoms[comuna_of == c]) for c in range(8)]
    comunas = _frame({"codigo": [f"C{c + 1}" for c in range(8)], "nombre": list(COMUNA_NAMES)}, comuna_geoms)

    # --- roads -------------------------------------------------------------------------------
    roads = _roads(rng, perimeter, water)

    # --- facilities --------------------------------------------------------------------------
    facilities = _facilities(rng, settlements)

    # --- land use (POT) ----------------------------------------------------------------------
    steep = [g for v, g in _polygonize((smooth_slope >= 35.0).astype(np.uint8)) if v == 1 and g.area > 50_000.0]
    protection = shapely.union_all([river.buffer(30.0), stream.buffer(30.0), *steep]).intersection(boundary)
    west_limit = shapely.box(RIVER_X - 1_900.0, Y0, X0 + WIDTH, Y0 + HEIGHT)
    expansion = shapely.difference(perimeter.buffer(750.0).intersection(west_limit), perimeter)
    expansion = shapely.difference(expansion, protection).intersection(boundary)
    urban = shapely.difference(perimeter, protection)
    rural = shapely.difference(boundary, shapely.union_all([perimeter, expansion, protection]))
    land_use = _frame(
        {"clase_suelo": ["urbano", "expansión urbana", "rural", "protección"], "codigo_pot": ["SU", "SE", "SR", "SP"]},
        [urban, expansion, rural, protection],
    )

    # --- candidate parcels -------------------------------------------------------------------
    candidates = _parcels(rng, expansion, urban, hazards)

    layers = {
        "boundary": _frame({"nombre": ["Villa Esperanza"], "departamento": ["Norte de Santander"]}, [boundary]),
        "settlements": settlements,
        "hazards": hazards,
        "facilities": facilities,
        "roads": roads,
        "land_use": land_use,
        "areas": comunas,
        "candidates": candidates,
        "water": _frame({"nombre": ["Río Esperanza y Quebrada La Honda"]}, [water]),
        "streams": _frame(
            {"nombre": ["Río Esperanza", "Quebrada La Honda"], "tipo": ["río", "quebrada"]}, [river, stream]
        ),
    }
    return City(layers, dem, (X0, DEM_CELL, 0.0, Y0 + HEIGHT, 0.0, -DEM_CELL))


def _roman(number: int) -> str:
    """Roman numeral for small numbers (2 -> 'II')."""
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _roads(rng: np.random.Generator, perimeter, water) -> gpd.GeoDataFrame:
    """A connected street lattice over the city, bridges over the river, and regional roads."""
    spacing = 120.0
    region = perimeter.buffer(60.0)
    xmin, ymin, xmax, ymax = region.bounds
    nxs = int((xmax - xmin) // spacing) + 1
    nys = int((ymax - ymin) // spacing) + 1
    gx = xmin + np.arange(nxs) * spacing + rng.uniform(-18, 18, size=(nys, nxs))
    gy = ymin + np.arange(nys)[:, None] * spacing + rng.uniform(-18, 18, size=(nys, nxs))
    inside = shapely.contains_xy(region, gx, gy)
    node_id = -np.ones((nys, nxs), dtype=int)
    node_id[inside] = np.arange(inside.sum())
    nodes = np.column_stack([gx[inside], gy[inside]])
    edges, klass = [], []
    for di, dj in ((0, 1), (1, 0)):
        for i in range(nys - di):
            for j in range(nxs - dj):
                a, b = node_id[i, j], node_id[i + di, j + dj]
                if a < 0 or b < 0:
                    continue
                line_index = i if di == 0 else j
                if line_index % 8 == 3:
                    klass.append("primaria")
                elif line_index % 4 == 1:
                    klass.append("secundaria")
                else:
                    klass.append("local")
                edges.append((a, b))
    edges = np.array(edges)
    lines = shapely.linestrings(np.stack([nodes[edges[:, 0]], nodes[edges[:, 1]]], axis=1))
    klass = np.array(klass, dtype=object)
    # streets stop at the river except at bridges, and at the creek except at culverts
    crosses = shapely.intersects(water, lines)
    bridge_ys = Y0 + np.array([1_500.0, 3_300.0, 4_300.0, 5_600.0, 6_900.0])
    mid_y = shapely.get_y(shapely.centroid(lines))
    is_bridge = np.zeros(len(lines), dtype=bool)
    for by in bridge_ys:
        candidates = np.flatnonzero(crosses & (np.abs(mid_y - by) < spacing))
        if len(candidates):
            best = candidates[np.argmin(np.abs(mid_y[candidates] - by))]
            is_bridge[best] = True
            klass[best] = "primaria" if klass[best] == "local" else klass[best]
    keep = ~crosses | is_bridge
    drop_random = (klass == "local") & (rng.uniform(size=len(lines)) < 0.07)
    keep &= ~drop_random
    edges, lines, klass = edges[keep], lines[keep], klass[keep]
    # keep the largest connected piece, so the network is connected
    component = _components(len(nodes), edges)
    main = np.bincount(component[edges[:, 0]]).argmax()
    keep = component[edges[:, 0]] == main
    edges, lines, klass = edges[keep], lines[keep], klass[keep]
    used_nodes = np.unique(edges)
    # regional roads from the edge of the city to the edge of the municipality
    regional = []
    for name, target in (
        ("Vía a Cúcuta", (X0 + WIDTH, Y0 + 4_500.0)),
        ("Vía a Pamplona", (X0, Y0 + 1_200.0)),
        ("Vía al Norte", (X0 + 6_300.0, Y0 + HEIGHT)),
    ):
        start = nodes[used_nodes[np.argmin(np.hypot(*(nodes[used_nodes] - np.array(target)).T))]]
        count = max(2, int(np.hypot(*(np.array(target) - start)) // 250.0))
        ts = np.linspace(0.0, 1.0, count + 1)
        pts = start + ts[:, None] * (np.array(target) - start)
        pts[1:-1] += rng.uniform(-25, 25, size=(count - 1, 2))
        for k in range(count):
            regional.append((name, shapely.LineString([pts[k], pts[k + 1]])))
    n_local = len(lines)
    oneway = (klass == "local") & (rng.uniform(size=n_local) < 0.06)
    speeds = {"primaria": 50, "secundaria": 40, "local": 30, "regional": 60}
    street_names = []
    for a, b in edges:
        xa, ya = nodes[a]
        xb, yb = nodes[b]
        horizontal = abs(xb - xa) > abs(yb - ya)
        number = (
            int(round(((ya + yb) / 2 - Y0) / spacing)) if horizontal else int(round(((xa + xb) / 2 - X0) / spacing))
        )
        street_names.append(f"{'Calle' if horizontal else 'Carrera'} {number}")
    all_lines = list(lines) + [g for _n, g in regional]
    classes = list(klass) + ["regional"] * len(regional)
    names = street_names + [n for n, _g in regional]
    one = list(oneway) + [False] * len(regional)
    return _frame(
        {
            "codigo": [f"V-{i + 1:05d}" for i in range(len(all_lines))],
            "nombre": names,
            "clase": classes,
            "velocidad": np.array([speeds[c] for c in classes], dtype=np.int64),
            "un_sentido": np.array(one, dtype=bool),
        },
        [shapely.set_precision(g, 0.01) for g in all_lines],
    )


def _components(n_nodes: int, edges: np.ndarray) -> np.ndarray:
    """Connected component label of each node (union-find)."""
    parent = np.arange(n_nodes)

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n_nodes)])


def _facilities(rng: np.random.Generator, settlements: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """About 60 health, education and early-childhood facilities, more in the formal city."""
    plan = (
        ("salud", 14, ("Centro de Salud", "Puesto de Salud", "IPS"), (6_000, 25_000)),
        ("educación", 30, ("Colegio", "Institución Educativa", "Escuela"), (400, 1_600)),
        ("primera infancia", 16, ("CDI", "Hogar Infantil", "Jardín Social"), (60, 220)),
    )
    weights = settlements["poblacion"].to_numpy(float) * np.where(settlements["informal"], 0.45, 1.0)
    weights = weights / weights.sum()
    geoms = settlements.geometry.values
    rows, points = [], []
    saints = (
        "San Francisco",
        "Santa Teresa",
        "La Salle",
        "Simón Bolívar",
        "Francisco de Paula Santander",
        "Policarpa Salavarrieta",
        "José Eusebio Caro",
        "Camilo Daza",
        "Mercedes Ábrego",
        "Antonio Nariño",
        "Pedro Fermín",
        "Rafael Núñez",
        "Gabriela Mistral",
        "Jorge Gaitán",
        "Virgilio Barco",
    )
    for kind, count, labels, (low, high) in plan:
        chosen = rng.choice(len(geoms), size=count, replace=False, p=weights)
        for k, index in enumerate(chosen):
            polygon = geoms[index]
            point = shapely.point_on_surface(polygon)
            for _ in range(20):  # a random point inside the settlement
                xmin, ymin, xmax, ymax = polygon.bounds
                candidate = shapely.Point(rng.uniform(xmin, xmax), rng.uniform(ymin, ymax))
                if polygon.contains(candidate):
                    point = candidate
                    break
            label = labels[k % len(labels)]
            rows.append(
                (
                    kind,
                    f"{label} {saints[(k * 7 + len(rows)) % len(saints)]} ({settlements['nombre'].iloc[index]})",
                    int(round(rng.uniform(low, high), -1)),
                )
            )
            points.append(shapely.set_precision(point, 0.01))
    hospital = int(np.argmax(settlements["poblacion"].to_numpy() * ~settlements["informal"].to_numpy()))
    rows.append(("salud", "Hospital Regional Villa Esperanza", 60_000))
    points.append(shapely.set_precision(shapely.point_on_surface(geoms[hospital]), 0.01))
    return _frame(
        {
            "codigo": [f"EQ-{i + 1:03d}" for i in range(len(rows))],
            "tipo": [r[0] for r in rows],
            "nombre": [r[1] for r in rows],
            "capacidad": np.array([r[2] for r in rows], dtype=np.int64),
        },
        points,
    )


def _parcels(rng: np.random.Generator, expansion, urban, hazards: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """About 300 candidate parcels: most in expansion land, some vacant lots in the city."""
    seeds = _jittered_points(expansion, 195.0, 70.0, rng)
    cells = _voronoi_cells(seeds, expansion)
    parcels = [(_largest_part(c), "expansión urbana") for c in cells]
    parcels = [(p, c) for p, c in parcels if p.area >= 3_000.0]
    high = shapely.union_all(hazards.geometry.values[(hazards["nivel"] == "alta").to_numpy()])
    lots = 0
    tries = 0
    xmin, ymin, xmax, ymax = urban.bounds
    while lots < 30 and tries < 2_000:
        tries += 1
        cx, cy = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
        w, h = rng.uniform(50, 110), rng.uniform(50, 100)
        lot = shapely.box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        if (
            urban.contains(lot)
            and not lot.intersects(high)
            and not any(lot.intersects(p) for p, _ in parcels[-lots:] if lots)
        ):
            parcels.append((lot, "urbano"))
            lots += 1
    geoms = [shapely.set_precision(p, 0.01) for p, _ in parcels]
    tenure = np.where(rng.uniform(size=len(geoms)) < 0.25, "público", "privado")
    return _frame(
        {
            "codigo_predio": [f"P-{i + 1:04d}" for i in range(len(geoms))],
            "clase_suelo": [c for _, c in parcels],
            "tenencia": tenure,
        },
        geoms,
    )


# ----------------------------------------------------------------------------- writing


# ----------------------------------------------------------------------------- OpenStreetMap extract

# The road classes and facilities of the GeoPackage as OSM tags. Speeds: residential ways carry no maxspeed
# (import_osm's default for residential is the local streets' 30 km/h); the others carry the GeoPackage's.
OSM_HIGHWAY = {"primaria": "primary", "secundaria": "secondary", "local": "residential", "regional": "trunk"}
OSM_MAXSPEED = {"primaria": "50", "secundaria": "40", "regional": "60 km/h"}
OSM_FACILITY_TAGS = (  # (label the name starts with, tags)
    ("Centro de Salud", {"amenity": "clinic", "healthcare": "clinic"}),
    ("Puesto de Salud", {"healthcare": "centre"}),
    ("IPS", {"amenity": "doctors", "healthcare": "doctor"}),
    ("Colegio", {"amenity": "school"}),
    ("Institución Educativa", {"amenity": "school"}),
    ("Escuela", {"amenity": "school"}),
    ("CDI", {"amenity": "kindergarten"}),
    ("Jardín Social", {"amenity": "kindergarten"}),
    ("Hogar Infantil", {"amenity": "childcare"}),
)
OSM_HOSPITAL_HALF_SIDE = 40.0  # the hospital is mapped as a closed way (its grounds), 80 m x 80 m
OSM_PHARMACIES = (
    "Droguería La Economía",
    "Droguería Alemana",
    "Farmacia Santa Lucía",
    "Droguería Cafam",
    "Droguería Colsubsidio",
    "Farmacia Pasteur",
)


def _lonlat(xy: np.ndarray) -> np.ndarray:
    """Longitude and latitude (WGS 84) of EPSG:9377 coordinates, rounded to 7 decimals as OSM stores them."""
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(CRS_EPSG)
    target.ImportFromEPSG(4326)
    for srs in (source, target):  # x = easting / longitude (EPSG:9377 lists northing first)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    out = np.array(transform.TransformPoints(np.asarray(xy, dtype=float).tolist()), dtype=float)[:, :2]
    return np.round(out, 7)


def _chains(edges: List[Tuple[int, int]]) -> List[List[int]]:
    """Edges (node pairs) joined into paths through the nodes where exactly two of them meet."""
    touching: Dict[int, List[int]] = {}
    for k, (a, b) in enumerate(edges):
        touching.setdefault(a, []).append(k)
        touching.setdefault(b, []).append(k)
    used = [False] * len(edges)

    def walk(node: int, edge: int) -> List[int]:
        path = [node]
        while True:
            used[edge] = True
            a, b = edges[edge]
            node = b if a == node else a
            path.append(node)
            following = [e for e in touching[node] if not used[e]]
            if len(touching[node]) != 2 or not following:
                return path
            edge = following[0]

    chains = []
    for node, incident in touching.items():  # from the ends and junctions first
        if len(incident) != 2:
            for edge in incident:
                if not used[edge]:
                    chains.append(walk(node, edge))
    for edge, (a, _b) in enumerate(edges):  # then the loops
        if not used[edge]:
            chains.append(walk(a, edge))
    return chains


def osm_xml(city: City) -> str:
    """The city's streets and facilities as an OpenStreetMap XML extract (what a municipality downloads).

    Street segments of one name, class, speed and direction are joined into ways, which share a node wherever
    they meet; health, education and early-childhood facilities are nodes with amenity/healthcare tags, the
    regional hospital a closed way; a few pharmacies, which are no health centre, are mapped too.
    """
    from xml.sax.saxutils import quoteattr

    roads = city.layers["roads"]
    facilities = city.layers["facilities"]
    node_of: Dict[Tuple[float, float], int] = {}
    node_xy: List[Tuple[float, float]] = []

    def node(x: float, y: float) -> int:
        key = (round(float(x), 2), round(float(y), 2))
        if key not in node_of:
            node_of[key] = len(node_xy) + 1
            node_xy.append(key)
        return node_of[key]

    groups: Dict[tuple, List[Tuple[int, int]]] = {}
    for row in roads.itertuples():
        points = [node(x, y) for x, y in shapely.get_coordinates(row.geometry)]
        key = (row.nombre, row.clase, int(row.velocidad), bool(row.un_sentido))
        segments = groups.setdefault(key, [])
        segments.extend(zip(points[:-1], points[1:]))
    ways: List[Tuple[List[int], Dict[str, str]]] = []
    for (name, klass, _speed, oneway), segments in groups.items():
        tags = {"highway": OSM_HIGHWAY[klass], "name": name}
        if klass in OSM_MAXSPEED:
            tags["maxspeed"] = OSM_MAXSPEED[klass]
        if oneway:  # one-way segments stay single ways, in their digitising direction
            tags["oneway"] = "yes"
            ways.extend(([a, b], dict(tags)) for a, b in segments)
        else:
            ways.extend((chain, dict(tags)) for chain in _chains(segments))
    n_road_nodes = len(node_xy)
    points: List[Tuple[Tuple[float, float], Dict[str, str]]] = []
    hospital = None
    for row in facilities.itertuples():
        x, y = row.geometry.x, row.geometry.y
        if row.nombre.startswith("Hospital"):
            hospital = (
                x,
                y,
                {
                    "amenity": "hospital",
                    "healthcare": "hospital",
                    "name": row.nombre,
                    "capacity": str(int(row.capacidad)),
                },
            )
            continue
        tags = next(dict(t) for label, t in OSM_FACILITY_TAGS if row.nombre.startswith(label))
        tags.update({"name": row.nombre, "capacity": str(int(row.capacidad))})
        points.append(((x, y), tags))
    step = max(1, n_road_nodes // (len(OSM_PHARMACIES) + 1))
    for k, name in enumerate(OSM_PHARMACIES):
        x, y = node_xy[(k + 1) * step]
        points.append(((x + 12.0, y + 9.0), {"amenity": "pharmacy", "healthcare": "pharmacy", "name": name}))
    ring = []
    if hospital is not None:
        hx, hy, _tags = hospital
        h = OSM_HOSPITAL_HALF_SIDE
        ring = [(hx - h, hy - h), (hx + h, hy - h), (hx + h, hy + h), (hx - h, hy + h)]
    all_xy = np.array(node_xy + [p for p, _t in points] + ring, dtype=float)
    lonlat = _lonlat(all_xy)
    lon_min, lat_min = lonlat.min(axis=0)
    lon_max, lat_max = lonlat.max(axis=0)

    def tag_text(tags: Dict[str, str]) -> str:
        return "".join(f"\n    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osm version="0.6" generator="migrant_planning_plugin sample_city" copyright="Villa Esperanza is fictional '
        '(synthetic data for training)">',
        f'  <bounds minlat="{lat_min:.7f}" minlon="{lon_min:.7f}" maxlat="{lat_max:.7f}" maxlon="{lon_max:.7f}"/>',
    ]
    node_id = 0
    for k in range(n_road_nodes):
        node_id = k + 1
        lines.append(f'  <node id="{node_id}" version="1" lat="{lonlat[k, 1]:.7f}" lon="{lonlat[k, 0]:.7f}"/>')
    for k, (_xy, tags) in enumerate(points):
        node_id = n_road_nodes + k + 1
        lon, lat = lonlat[n_road_nodes + k]
        lines.append(f'  <node id="{node_id}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">{tag_text(tags)}\n  </node>')
    ring_ids = []
    for k in range(len(ring)):
        node_id += 1
        ring_ids.append(node_id)
        lon, lat = lonlat[n_road_nodes + len(points) + k]
        lines.append(f'  <node id="{node_id}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>')
    for k, (refs, tags) in enumerate(ways):
        nds = "".join(f'\n    <nd ref="{r}"/>' for r in refs)
        lines.append(f'  <way id="{k + 1}" version="1">{nds}{tag_text(tags)}\n  </way>')
    if hospital is not None:
        nds = "".join(f'\n    <nd ref="{r}"/>' for r in ring_ids + ring_ids[:1])
        lines.append(f'  <way id="{len(ways) + 1}" version="1">{nds}{tag_text(hospital[2])}\n  </way>')
    lines.append("</osm>")
    return "\n".join(lines) + "\n"


def write(city: City, outdir: str) -> Tuple[str, str]:
    """Write the GeoPackage and the DEM GeoTIFF into ``outdir`` (and the OSM extract); returns the first two."""
    os.makedirs(outdir, exist_ok=True)
    gpkg = os.path.join(outdir, GPKG_NAME)
    dem_path = os.path.join(outdir, DEM_NAME)
    for path in (gpkg, dem_path):
        if os.path.exists(path):
            os.remove(path)
    with open(os.path.join(outdir, OSM_NAME), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(osm_xml(city))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    for role, layer_name in LAYERS.items():
        frame = city.layers[role]
        # what GeoDataFrame.to_file does with fiona, with the CRS as GDAL's WKT instead of a pyproj CRS
        with fiona.open(
            gpkg, "w", driver="GPKG", layer=layer_name, schema=infer_schema(frame), crs_wkt=srs.ExportToWkt()
        ) as sink:
            sink.writerecords(frame.iterfeatures())
    # A GeoPackage left in WAL mode is rewritten (header bytes) by every program that merely opens it;
    # the shipped copy must stay byte-identical when QGIS reads it.
    connection = sqlite3.connect(gpkg)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    driver = gdal.GetDriverByName("GTiff")
    ny, nx = city.dem.shape
    ds = driver.Create(dem_path, nx, ny, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE", "PREDICTOR=3"])
    ds.SetGeoTransform(city.dem_transform)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(city.dem)
    band.SetDescription("elevación (m)")
    ds.SetMetadata({"TIFFTAG_IMAGEDESCRIPTION": "Villa Esperanza DEM (synthetic), metres above sea level"})
    ds = None
    return gpkg, dem_path


def read(folder: str) -> Dict[str, gpd.GeoDataFrame]:
    """Read the layers of a written sample city, by role."""
    gpkg = os.path.join(folder, GPKG_NAME)
    return {role: gpd.read_file(gpkg, layer=name, engine="fiona") for role, name in LAYERS.items()}


def summary(city: City) -> pd.DataFrame:
    """Feature counts and key totals, for printing."""
    rows = []
    for role, name in LAYERS.items():
        rows.append({"layer": name, "role": role, "features": len(city.layers[role])})
    return pd.DataFrame(rows)


def main(argv: List[str] | None = None) -> int:
    """Command line: write the sample city into a folder."""
    parser = argparse.ArgumentParser(description="Write the Villa Esperanza sample city (EPSG:9377).")
    parser.add_argument("outdir", help="folder to write villa_esperanza.gpkg and villa_esperanza_dem.tif into")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default: %(default)s)")
    args = parser.parse_args(argv)
    city = generate(args.seed)
    gpkg, dem_path = write(city, args.outdir)
    settlements = city.layers["settlements"]
    print(f"wrote {gpkg}")
    print(f"wrote {dem_path}")
    print(f"wrote {os.path.join(args.outdir, OSM_NAME)}")
    print(summary(city).to_string(index=False))
    print(
        f"population {int(settlements['poblacion'].sum()):,}, migrants {int(settlements['migrantes'].sum()):,}, "
        f"informal settlements {int(settlements['informal'].sum())} of {len(settlements)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
