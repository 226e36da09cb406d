"""Each municipality's share of the national layers, written where its worker reads it.

The national layers are read once (in the run's metric CRS); :class:`NationalInputs` then gives, per
municipality, the rows that belong to it (:mod:`..core.national`: settlements, parcels, reporting areas and
facilities by their representative point, hazard zones, roads, land use and water where they touch it), a window
of the DEM around it (whole pixels, a margin of :data:`DEM_MARGIN_CELLS` cells, never resampled), a digest of
all of that, and a ``write`` function that writes them into GeoPackages (one per role, the municipality's
polygon as the area of interest ``aoi.gpkg``) and a GeoTIFF, and returns the model's input parameters.
"""

from __future__ import annotations

import hashlib
import math
import os
from typing import Dict, List, Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import national
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.national import Municipality
from ..core.national_run import Prepared
from .outputs import StagedOutputs

gdal.UseExceptions()

DEM_NAME = "dem.tif"
SCENARIOS_NAME = "scenarios.json"
DEM_MARGIN_CELLS = 10
# Model input parameter, and how a layer is shared out: by the representative point, or where it touches.
BY_POINT, TOUCHING = "point", "touching"
ROLES: Dict[str, Tuple[str, str]] = {
    "SETTLEMENTS": ("settlements", BY_POINT),
    "HAZARDS": ("hazards", TOUCHING),
    "FACILITIES": ("facilities", BY_POINT),
    "ROADS": ("roads", TOUCHING),
    "LAND_USE": ("land_use", TOUCHING),
    "AREAS": ("areas", BY_POINT),
    "CANDIDATES": ("candidates", BY_POINT),
    "WATER": ("water", TOUCHING),
}
AOI = "AOI"


class DemWindow:
    """A window of whole pixels of a raster around a municipality (see the module docstring)."""

    def __init__(self, path: str, crs: QgsCoordinateReferenceSystem, run_crs, context) -> None:
        self.path = path
        try:
            self.dataset = gdal.Open(path)
        except RuntimeError as error:
            raise InputError(tr("The DEM {path} cannot be opened: {error}").format(path=path, error=error)) from None
        transform = self.dataset.GetGeoTransform()
        if transform[2] != 0 or transform[4] != 0:
            raise InputError(
                tr("The DEM {path} is rotated; warp it to a north-up grid first (Raster > Projections > Warp).").format(
                    path=path
                )
            )
        self.transform = transform
        self.to_dem = QgsCoordinateTransform(run_crs, crs, context or QgsCoordinateTransformContext())

    def window(self, municipality: Municipality) -> Optional[Tuple[int, int, int, int]]:
        """(column, row, width, height) of the pixels around the municipality, or None when it is not covered."""
        xmin, ymin, xmax, ymax = shapely.bounds(municipality.geometry)
        box = self.to_dem.transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))
        x0, dx, _, y0, _, dy = self.transform
        columns = sorted(((box.xMinimum() - x0) / dx, (box.xMaximum() - x0) / dx))
        rows = sorted(((box.yMaximum() - y0) / dy, (box.yMinimum() - y0) / dy))
        c0 = max(0, math.floor(columns[0]) - DEM_MARGIN_CELLS)
        c1 = min(self.dataset.RasterXSize, math.ceil(columns[1]) + DEM_MARGIN_CELLS)
        r0 = max(0, math.floor(rows[0]) - DEM_MARGIN_CELLS)
        r1 = min(self.dataset.RasterYSize, math.ceil(rows[1]) + DEM_MARGIN_CELLS)
        if c1 <= c0 or r1 <= r0:
            return None
        return c0, r0, c1 - c0, r1 - r0

    def digest(self, window: Tuple[int, int, int, int]) -> str:
        """A hash of the window's pixels (every band), its position and the raster's CRS."""
        sha = hashlib.sha256()
        sha.update(repr((window, self.transform, self.dataset.GetProjection())).encode("utf-8"))
        sha.update(self.dataset.ReadRaster(*window))
        return sha.hexdigest()

    def write(self, window: Tuple[int, int, int, int], path: str) -> str:
        """The window as a GeoTIFF (pixels copied as they are)."""
        gdal.Translate(
            path,
            self.dataset,
            srcWin=list(window),
            format="GTiff",
            creationOptions=["COMPRESS=DEFLATE", "TILED=YES"],
        )
        return path


class NationalInputs:
    """The national layers of a run, shared out by municipality; see the module docstring."""

    def __init__(
        self,
        frames: Dict[str, gpd.GeoDataFrame],
        wkb_types: Dict[str, int],
        labels: Dict[str, str],
        crs: QgsCoordinateReferenceSystem,
        municipalities: List[Municipality],
        context: QgsCoordinateTransformContext,
        dem: Optional[DemWindow] = None,
        population_field: Optional[str] = None,
        scenarios: object = None,
        fixed: Optional[Dict[str, str]] = None,
    ) -> None:
        self.frames = {name: frame.sort_index() for name, frame in frames.items() if frame is not None}
        self.wkb_types = wkb_types
        self.labels = labels
        self.crs = crs
        self.context = context
        self.dem = dem
        self.population_field = population_field
        self.scenarios = scenarios
        self.fixed = dict(fixed or {})
        self.position = {m.code: k for k, m in enumerate(municipalities)}
        areas = [m.geometry for m in municipalities]
        self.owners: Dict[str, np.ndarray] = {}
        self.trees: Dict[str, shapely.STRtree] = {}
        for name, frame in self.frames.items():
            geoms = np.asarray(frame.geometry.values, dtype=object)
            if ROLES[name][1] == BY_POINT:
                self.owners[name] = national.owner_by_point(geoms, areas)
            else:
                self.trees[name] = shapely.STRtree(geoms)

    def unassigned(self, name: str) -> int:
        """How many features of a layer shared out by point lie in no municipality of the layer."""
        owner = self.owners.get(name)
        return int((owner < 0).sum()) if owner is not None else 0

    def rows(self, name: str, municipality: Municipality) -> gpd.GeoDataFrame:
        """The rows of a layer that belong to a municipality, in feature id order."""
        frame = self.frames[name]
        if name in self.owners:
            chosen = np.flatnonzero(self.owners[name] == self.position[municipality.code])
        else:
            chosen = national.intersecting(self.trees[name], municipality.geometry)
        part = frame.iloc[chosen]
        return part.drop(columns=[c for c in part.columns if str(c).lower() == "fid"])

    def prepare(self, municipality: Municipality) -> Prepared:
        """What the municipality gets, its digest and its writer (see :class:`..core.national_run.Prepared`)."""
        parts = {name: self.rows(name, municipality) for name in self.frames}
        settlements = parts["SETTLEMENTS"]
        if settlements.empty:
            raise InputError(
                tr(
                    "no feature of {layer} lies in this municipality (by its representative point). Check the "
                    "municipality's polygon and that both layers cover the same place."
                ).format(layer=self.labels.get("SETTLEMENTS", "SETTLEMENTS"))
            )
        population = np.nan
        if self.population_field and self.population_field in settlements.columns:
            population = float(pd.to_numeric(settlements[self.population_field], errors="coerce").sum())
        scenarios_text = None
        if self.scenarios is not None:
            scenarios_text = national.scenarios_for(self.scenarios, municipality.code, population)
        window = None
        digests = {name: national.frame_digest(part) for name, part in parts.items()}
        if self.dem is not None:
            window = self.dem.window(municipality)
            if window is None:
                raise InputError(tr("the DEM {path} does not cover this municipality.").format(path=self.dem.path))
            digests["DEM"] = self.dem.digest(window)
        digests["AOI"] = hashlib.sha256(shapely.to_wkb(municipality.geometry)).hexdigest()
        digests["CITY_NAME"] = municipality.name
        digests["SCENARIOS"] = scenarios_text or ""

        def write(folder: str) -> Dict[str, str]:
            return self._write(folder, municipality, parts, window, scenarios_text)

        return Prepared(national.digest(digests), write, {"population": population})

    def _write(
        self,
        folder: str,
        municipality: Municipality,
        parts: Dict[str, gpd.GeoDataFrame],
        window,
        scenarios_text: Optional[str],
    ) -> Dict[str, str]:
        """Write one municipality's inputs into ``folder``; the model's input parameters."""
        parameters = dict(self.fixed)
        layers = dict(parts)
        layers[AOI] = gpd.GeoDataFrame(
            {"divipola": [municipality.code], "municipio": [municipality.name]},
            geometry=gpd.GeoSeries([municipality.geometry], crs=self.frames["SETTLEMENTS"].crs),
        )
        with StagedOutputs() as staged:
            for name, frame in layers.items():
                layer_name = ROLES[name][0] if name in ROLES else "aoi"
                path = os.path.join(folder, layer_name + ".gpkg")
                wkb_type = self.wkb_types.get(name, QgsWkbTypes.Type.MultiPolygon)
                staged.geopackage(path, frame, layer_name, self.crs, self.context, wkb_type)
                parameters[name] = f"{path}|layername={layer_name}"
            staged.commit()
        if window is not None:
            parameters["DEM"] = self.dem.write(window, os.path.join(folder, DEM_NAME))
        if scenarios_text is not None:
            path = os.path.join(folder, SCENARIOS_NAME)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(scenarios_text)
            parameters["SCENARIOS"] = path
        parameters["CITY_NAME"] = municipality.name or municipality.code
        return parameters
