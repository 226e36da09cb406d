"""site_suitability: fuzzy criteria, weights (or AHP), WLC/OWA and constraints on a grid."""

from __future__ import annotations

import logging
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
)

from ...core.i18n import tr
from ...core.suitability import CLASS_NODATA, SUITABILITY_NODATA, suitability_grid
from ...core.text import slug
from ...paths import style_path
from .. import suitability_common as common
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")


class SiteSuitability(MigrantAlgorithm):
    """Suitability (0-1) of every cell of an area for new housing, and its five classes."""

    ID = "site_suitability"
    GROUP_ID = "suitability"
    OUTPUT = "OUTPUT"
    CLASSIFIED = "CLASSIFIED"
    CRITERIA_FOLDER = "CRITERIA_FOLDER"
    WEIGHTS_USED = "WEIGHTS_USED"
    CR = "CR"
    CONSTRAINTS_USED = "CONSTRAINTS_USED"
    LEFT_OUT = "LEFT_OUT"

    def displayName(self) -> str:
        return tr("Site suitability for housing")

    def shortHelpString(self) -> str:
        return tr(
            "Multi-criteria suitability on a grid over the area of interest. Each criterion (distance to "
            "health and education facilities, roads and existing settlements by an exact Euclidean distance "
            "transform; slope from the DEM; hazard level and land use class scores) is standardised to 0-1 "
            "(linear, sigmoid, J-shaped, gaussian or a class table), combined by weighted linear combination "
            "or ordered weighted average with weights given or derived by AHP, and constraints are applied "
            "after aggregation: hazard alta and protección are 0, water and cells outside the area nodata. "
            "The grid is processed by blocks of rows, so memory stays bounded.\n\n"
            "Inputs are optional except the area of interest: a criterion or constraint whose input is missing is "
            "left out with a warning and the weights renormalised. CRITERIA (JSON) changes or adds criteria and "
            "constraints. Outputs: suitability 0-1 (float GeoTIFF), five classes muy alta ... muy baja plus "
            "excluded, optionally each standardised criterion; the criteria and constraints applied (and those "
            "left out), the weights, consistency ratio and CRS used are logged and stored in the raster metadata."
        )

    def initAlgorithm(self, config=None) -> None:
        common.add_model_parameters(self)
        output = QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Suitability (0-1)"))
        output.setHelp(tr("Suitability from 0 (unsuitable or excluded) to 1 (best), float32 GeoTIFF with nodata."))
        self.addParameter(output)
        classified = QgsProcessingParameterRasterDestination(
            self.CLASSIFIED, tr("Suitability classes"), optional=True, createByDefault=True
        )
        classified.setHelp(
            tr("Classes 5 muy alta, 4 alta, 3 media, 2 baja, 1 muy baja and 0 excluded by a constraint (255 nodata).")
        )
        self.addParameter(classified)
        folder = QgsProcessingParameterFolderDestination(
            self.CRITERIA_FOLDER, tr("Folder for the standardised criteria"), optional=True, createByDefault=False
        )
        folder.setHelp(tr("When set, each standardised criterion (0-1) is written there as <name>.tif."))
        self.addParameter(folder)
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS_USED, tr("Weights used")))
        self.addOutput(QgsProcessingOutputNumber(self.CR, tr("AHP consistency ratio")))
        self.addOutput(QgsProcessingOutputString(self.CONSTRAINTS_USED, tr("Constraints applied")))
        self.addOutput(QgsProcessingOutputString(self.LEFT_OUT, tr("Criteria and constraints left out")))

    def execute(self, parameters, context, feedback) -> dict:
        prepared = common.prepare(self, parameters, context, feedback, 0.0, 10.0)
        grid = prepared.grid
        model = prepared.built.model
        output_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        classified_path = self.parameterAsOutputLayer(parameters, self.CLASSIFIED, context)
        folder = self.parameterAsString(parameters, self.CRITERIA_FOLDER, context) if self._wants(parameters) else ""
        metadata = prepared.metadata()
        staged = self.staged  # moved into place together when the run ends well, deleted otherwise
        writers = {
            "suitability": staged.raster_writer(
                output_path, grid, "float32", SUITABILITY_NODATA, metadata=metadata, parameter=self.OUTPUT
            )
        }
        if classified_path:
            writers["classes"] = staged.raster_writer(
                classified_path, grid, "uint8", CLASS_NODATA, metadata=metadata, parameter=self.CLASSIFIED
            )
        if folder:
            for criterion in model.criteria:
                path = os.path.join(folder, (slug(criterion.name) or "criterion") + ".tif")
                description = {"criterion": criterion.name, "standardisation": criterion.standardisation.describe()}
                writers["criterion:" + criterion.name] = staged.raster_writer(
                    path,
                    grid,
                    "float32",
                    SUITABILITY_NODATA,
                    metadata={**metadata, **description},
                    parameter=self.CRITERIA_FOLDER,
                )

        def sink(key: str, row: int, block) -> None:
            writer = writers.get(key)
            if writer is not None:
                writer.write(block, row)

        result = suitability_grid(
            model,
            grid,
            prepared.aoi,
            sink,
            class_method=prepared.class_method,
            write_criteria=bool(folder),
            progress=self.progress(feedback, 10.0, 98.0),
        )
        breaks = ",".join(f"{b:.6g}" for b in result.breaks)
        areas = result.class_area_ha()
        extra = {
            "class_breaks": breaks,
            "class_area_ha": ";".join(f"{name}={area:.2f}" for name, area in areas.items()),
        }
        for writer in writers.values():
            writer.set_metadata(extra)
        LOG.info(
            tr("Class breaks ({method}): {breaks}. Area per class (ha): {areas}.").format(
                method={"equal": tr("equal interval"), "quantile": tr("quantile")}.get(
                    prepared.class_method, prepared.class_method
                ),
                breaks=breaks,
                areas=", ".join(f"{name} {area:.1f}" for name, area in areas.items()),
            )
        )
        LOG.info(
            tr(
                "Rows per block: {rows} (of {height}); cells valid {valid}, excluded {excluded}, nodata {nodata}."
            ).format(
                rows=result.rows_per_block,
                height=grid.height,
                valid=result.cells_valid,
                excluded=result.cells_excluded,
                nodata=result.cells_nodata,
            )
        )
        self._style(context, output_path, "suitability.qml", False)
        if classified_path:
            self._style(context, classified_path, "suitability_classes.qml", True)
        feedback.setProgress(100)
        cr = prepared.built.ahp.cr if prepared.built.ahp is not None else None
        return {
            self.OUTPUT: output_path,
            self.CLASSIFIED: classified_path or None,
            self.CRITERIA_FOLDER: folder or None,
            self.WEIGHTS_USED: prepared.weights_text(),
            self.CR: cr,
            self.CONSTRAINTS_USED: metadata["suitability_constraints"],
            self.LEFT_OUT: ", ".join(prepared.built.left_out + prepared.built.constraints_left_out),
        }

    def _wants(self, parameters: dict) -> bool:
        """Whether the optional criteria folder was asked for."""
        value = parameters.get(self.CRITERIA_FOLDER)
        return value is not None and str(value).strip() not in ("", "None")

    @staticmethod
    def _style(context, path: str, qml: str, classes: bool) -> None:
        """Style the raster when Processing loads it into the project."""
        if context.willLoadLayerOnCompletion(path):
            context.layerToLoadOnCompletionDetails(path).setPostProcessor(
                common.RasterStyle(style_path(qml), classes=classes)
            )
