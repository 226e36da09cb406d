"""rank_candidate_sites: zonal statistics of a suitability raster per candidate parcel, and a ranking."""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import InputError
from ...core.fields import with_input_fields
from ...core.grid import GridSpec
from ...core.i18n import tr
from ...core.suitability import (
    EQUAL_BREAKS,
    ParcelZones,
    check_score_range,
    join_numeric,
    rank_by_score,
    zonal_statistics,
)
from ...qgis_io import crs as io_crs
from ...qgis_io.raster import grid_of, read_masked_block, value_range, warp_to_grid
from ...qgis_io.vector import source_label
from .. import suitability_common as common
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")

NEW_FIELDS = (
    "area_m2",
    "n_cells",
    "suit_mean",
    "suit_min",
    "suit_max",
    "share_top2",
    "share_excl",
    "share_nodata",
    "rank",
)


def aliases() -> dict:
    """Translated aliases of the output fields."""
    return {
        "area_m2": tr("Area (m²)"),
        "n_cells": tr("Cells (centre inside)"),
        "suit_mean": tr("Mean suitability (0-1)"),
        "suit_min": tr("Minimum suitability (0-1)"),
        "suit_max": tr("Maximum suitability (0-1)"),
        "share_top2": tr("Share in the two best classes (0-1)"),
        "share_excl": tr("Share excluded or unsuitable (0-1)"),
        "share_nodata": tr("Share without data (0-1)"),
        "rank": tr("Rank (1 = best)"),
    }


class RankCandidateSites(MigrantAlgorithm):
    """Mean, minimum and maximum suitability of each parcel, its share in the best classes, and its rank."""

    ID = "rank_candidate_sites"
    GROUP_ID = "suitability"
    CANDIDATES = common.CANDIDATES
    CANDIDATE_ID_FIELD = common.CANDIDATE_ID_FIELD
    SUITABILITY = "SUITABILITY"
    EXPOSURE = "EXPOSURE"
    ACCESS = "ACCESS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Rank candidate sites")

    def shortHelpString(self) -> str:
        return tr(
            "Zonal statistics of a suitability raster (0-1, as written by Site suitability) for each candidate "
            "parcel: the cells whose centre lies in the parcel (a parcel smaller than a cell takes the cell under "
            "a point on its surface) give the mean, minimum and maximum suitability, the share of cells in the "
            "two best classes (class breaks read from the raster's metadata, else 0.6 and above), the share "
            "excluded or unsuitable (value 0) and the share without data. Parcels are ranked by mean "
            "suitability, 1 = best, ties broken by the parcel id.\n\n"
            "Optional exposure and access layers (for example the outputs of Settlement exposure and Service "
            "access) are joined generically: every numeric field, averaged over the parcel weighted by the "
            "overlapping area for polygons, or taken from the nearest feature for points and lines. The output "
            "is the parcel layer with these fields, sorted by rank."
        )

    def initAlgorithm(self, config=None) -> None:
        common.add_parcel_parameters(self, tr("Parcels (predios) or sites to compare; their attributes are kept."))
        raster = QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability raster (0-1)"))
        raster.setHelp(
            tr("The suitability output of Site suitability, or any raster where 0 is unsuitable and 1 best.")
        )
        self.addParameter(raster)
        exposure = QgsProcessingParameterFeatureSource(
            self.EXPOSURE, tr("Exposure layer to join"), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
        )
        exposure.setHelp(tr("For example the output of Settlement exposure: its numeric fields are joined as exp_*."))
        self.addParameter(exposure)
        access = QgsProcessingParameterFeatureSource(
            self.ACCESS, tr("Access layer to join"), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
        )
        access.setHelp(tr("For example the output of Service access: its numeric fields are joined as acc_*."))
        self.addParameter(access)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Ranked candidate sites"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        output.setHelp(tr("The parcels with area, suitability statistics, shares and rank, best first."))
        self.addParameter(output)

    def execute(self, parameters, context, feedback) -> dict:
        source = self.source(parameters, self.CANDIDATES, context)
        raster = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        if raster is None or not raster.isValid():
            raise InputError(self.invalidRasterError(parameters, self.SUITABILITY))
        if raster.providerType() != "gdal":
            raise InputError(
                tr("{layer}: only file rasters (GDAL) can be used; save the layer as a GeoTIFF first.").format(
                    layer=raster.name()
                )
            )
        io_crs.check_raster_crs(raster, raster.name())
        dataset = gdal.Open(raster.source())
        check_score_range(*value_range(dataset), raster.name(), self.SUITABILITY)  # not a DEM
        raster_metric = io_crs.is_metric(raster.crs())
        crs = raster.crs() if raster_metric else self.metric_crs([source], context)
        LOG.info(tr("Areas and distances computed in {crs}.").format(crs=io_crs.describe(crs)))
        parcels, geoms = common.read_polygons(self, source, crs, context, feedback, 0.0, 10.0)
        ids = common.parcel_ids(self, parameters, context, source, parcels)
        threshold = self._top_threshold(dataset, raster.name())
        grid, reader = self._grid_and_reader(dataset, raster, crs, geoms, context)
        if len(parcels) == 0:
            LOG.warning(tr("{layer}: no parcels; the output is empty.").format(layer=source_label(source)))
            stats = pd.DataFrame({name: pd.Series([], dtype=float) for name in NEW_FIELDS})
        else:
            zones = ParcelZones(geoms, grid)
            stats = zonal_statistics(zones, reader, threshold, self.progress(feedback, 10.0, 85.0))
            stats.insert(0, "area_m2", shapely.area(geoms))
            stats["rank"] = rank_by_score(stats["suit_mean"].to_numpy(), ids)
            no_data = int(stats["suit_mean"].isna().sum())
            if no_data:
                LOG.warning(
                    tr("{n} parcels have no suitability value (outside the raster or nodata); they rank last.").format(
                        n=no_data
                    )
                )
        joined = [stats.reset_index(drop=True)]
        for name, prefix in ((self.EXPOSURE, "exp"), (self.ACCESS, "acc")):
            other = self.source(parameters, name, context, required=False)
            if other is not None and len(parcels):
                frame = self.read(other, crs, context, feedback)
                joined.append(join_numeric(geoms, frame, prefix))
                LOG.info(
                    tr("{layer}: {n} numeric fields joined with the prefix {prefix}_.").format(
                        layer=source_label(other), n=len(joined[-1].columns), prefix=prefix
                    )
                )
        feedback.setProgress(90)
        new = pd.concat(joined, axis=1)
        attributes = parcels.drop(columns=[parcels.geometry.name]).reset_index(drop=True)
        frame = gpd.GeoDataFrame(
            with_input_fields(attributes, new, source_label(source)),
            geometry=gpd.GeoSeries(np.asarray(parcels.geometry.values, dtype=object), crs=parcels.crs),
            crs=parcels.crs,
        )
        if "rank" in frame.columns and len(frame):
            frame = frame.sort_values("rank", kind="mergesort")
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            frame,
            wkb_type=self.output_type(source.wkbType()),
            crs=crs,
            aliases=aliases(),
            abstract=tr("Computed in {crs}; top classes from {t:.3g}.").format(crs=io_crs.describe(crs), t=threshold),
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest}

    @staticmethod
    def _top_threshold(dataset, name: str) -> float:
        """The lower bound of the second best class, from the raster's 'class_breaks' metadata or 0.6."""
        text = (dataset.GetMetadata() or {}).get("class_breaks", "")
        try:
            breaks = [float(v) for v in text.split(",")]
        except ValueError:
            breaks = []
        if len(breaks) == 4:
            LOG.info(tr("{layer}: class breaks {breaks} from the raster metadata.").format(layer=name, breaks=text))
            return breaks[2]
        LOG.info(
            tr("{layer}: no class breaks in the metadata; the two best classes are values of {t:g} and above.").format(
                layer=name, t=EQUAL_BREAKS[2]
            )
        )
        return EQUAL_BREAKS[2]

    @staticmethod
    def _grid_and_reader(dataset, raster, crs: QgsCoordinateReferenceSystem, geoms, context):
        """The grid to read (the raster's own window over the parcels, or a warped grid) and a block reader."""
        grid, _nodata = grid_of(dataset)
        present = geoms[~shapely.is_missing(geoms)]
        if raster.crs() == crs or not raster.crs().isValid():  # no CRS: taken to be the CRS of the analysis
            if len(present) == 0:
                return grid, lambda row, n: np.full((n, grid.width), np.nan)
            xmin, ymin, xmax, ymax = shapely.total_bounds(present)
            c0 = int(np.clip(np.floor((xmin - grid.x_min) / grid.cell_size), 0, grid.width - 1))
            c1 = int(np.clip(np.ceil((xmax - grid.x_min) / grid.cell_size), c0 + 1, grid.width))
            r0 = int(np.clip(np.floor((grid.y_max - ymax) / grid.cell_size), 0, grid.height - 1))
            r1 = int(np.clip(np.ceil((grid.y_max - ymin) / grid.cell_size), r0 + 1, grid.height))
            window = GridSpec(
                grid.x_min + c0 * grid.cell_size,
                grid.y_max - r0 * grid.cell_size,
                grid.cell_size,
                c1 - c0,
                r1 - r0,
                grid.crs_wkt,
            )
            return window, lambda row, n: read_masked_block(dataset, r0 + row, n, col=c0, n_cols=c1 - c0)
        # another CRS: resample (nearest) onto a grid in the metric CRS with about the raster's resolution
        transform = QgsCoordinateTransform(raster.crs(), crs, context.transformContext())
        extent = transform.transformBoundingBox(raster.extent())
        cell = max(extent.width() / max(1, dataset.RasterXSize), extent.height() / max(1, dataset.RasterYSize))
        bounds = (
            shapely.total_bounds(present)
            if len(present)
            else (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        )
        target = GridSpec.from_bounds(
            tuple(bounds), cell, crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)
        )
        LOG.info(
            tr("{layer} is resampled (nearest) to {cell:.3g} m cells in the metric CRS.").format(
                layer=raster.name(), cell=cell
            )
        )
        return target, lambda row, n: warp_to_grid(dataset, target, "nearest", row=row, n_rows=n)
