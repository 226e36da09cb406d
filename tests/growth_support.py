"""Test inputs for growth_scenarios made by simple recipes independent of site_suitability.

The sample-city suitability is 1 - (distance to the city centre) / (largest such distance in the
municipality), computed with numpy on the cell centres; cells whose centre lies outside the
municipal boundary or in a hazard zone of level alta are nodata. Point-in-polygon tests use
shapely, not the plugin's rasteriser.
"""

from __future__ import annotations

from typing import Tuple

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from migrant_planning_plugin.core.grid import GridSpec

NODATA = -9999.0


def cell_centres(grid: GridSpec) -> Tuple[np.ndarray, np.ndarray]:
    """Full 2-D arrays of the x and y of every cell centre."""
    xs, ys = grid.cell_centres()
    return np.meshgrid(xs, ys)


def sample_suitability(gpkg: str, cell_size: float = 50.0) -> Tuple[np.ndarray, GridSpec]:
    """The sample city's test suitability (NaN = nodata) on a grid over the municipality."""
    boundary = gpd.read_file(gpkg, layer="limite_municipal", engine="fiona")
    settlements = gpd.read_file(gpkg, layer="asentamientos", engine="fiona")
    hazards = gpd.read_file(gpkg, layer="zonas_amenaza", engine="fiona")
    grid = GridSpec.from_bounds(tuple(boundary.total_bounds), cell_size, CRS.from_epsg(9377).to_wkt())
    x, y = cell_centres(grid)
    centre = shapely.union_all(settlements.geometry.values).centroid
    distance = np.hypot(x - centre.x, y - centre.y)
    inside = shapely.contains_xy(shapely.union_all(boundary.geometry.values), x, y)
    alta = shapely.contains_xy(shapely.union_all(hazards.geometry.values[hazards["nivel"] == "alta"]), x, y)
    suitability = 1.0 - distance / distance[inside].max()
    suitability[~inside | alta] = np.nan
    return suitability, grid


def write_raster(path: str, array: np.ndarray, grid: GridSpec) -> str:
    """Write a float32 GeoTIFF with nodata -9999 for NaN."""
    from migrant_planning_plugin.qgis_io.raster import GeoTiffWriter

    data = np.where(np.isfinite(array), array, NODATA).astype(np.float32)
    with GeoTiffWriter(path, grid, "float32", nodata=NODATA) as writer:
        writer.write(data, 0)
    return path
