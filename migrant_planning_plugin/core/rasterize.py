"""Burning vector geometries into a grid (GDAL in memory) and Euclidean distances on a grid."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from .grid import GridSpec

gdal.UseExceptions()


def _srs(crs_wkt: str) -> Optional[osr.SpatialReference]:
    """The GDAL spatial reference of a grid (None without a CRS); the same one for the grid and the features,
    so GDAL neither reprojects nor warns."""
    if not crs_wkt:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def burn(
    geoms: Sequence,
    grid: GridSpec,
    values: Optional[Sequence[float]] = None,
    fill: float = 0,
    dtype: str = "float64",
    all_touched: bool = False,
) -> np.ndarray:
    """Rasterise ``geoms`` onto ``grid``: each cell whose centre (or, with ``all_touched``, any part)
    is inside a geometry takes that geometry's value (1 without ``values``; later ones win)."""
    out_type = {
        "uint8": gdal.GDT_Byte,
        "int16": gdal.GDT_Int16,
        "int32": gdal.GDT_Int32,
        "float32": gdal.GDT_Float32,
        "float64": gdal.GDT_Float64,
    }[np.dtype(dtype).name]
    target = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, out_type)
    target.SetGeoTransform(grid.geotransform)
    srs = _srs(grid.crs_wkt)
    if srs is not None:
        target.SetProjection(srs.ExportToWkt())
    band = target.GetRasterBand(1)
    band.Fill(fill)
    geoms = np.asarray(geoms, dtype=object)
    present = ~shapely.is_missing(geoms)
    if present.any():
        source = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = source.CreateLayer("g", srs=srs, geom_type=ogr.wkbUnknown)
        layer.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
        definition = layer.GetLayerDefn()
        wkbs = shapely.to_wkb(geoms[present])
        burn_values = np.ones(len(geoms)) if values is None else np.asarray(values, dtype=float)
        for wkb, value in zip(wkbs, burn_values[present]):
            feature = ogr.Feature(definition)
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            feature.SetField(0, float(value))
            layer.CreateFeature(feature)
        options = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
        if srs is None:  # no CRS at all: GDAL would warn that it assumes matching coordinate systems
            gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            gdal.RasterizeLayer(target, [1], layer, options=options)
        finally:
            if srs is None:
                gdal.PopErrorHandler()
    return band.ReadAsArray().astype(dtype, copy=False)
