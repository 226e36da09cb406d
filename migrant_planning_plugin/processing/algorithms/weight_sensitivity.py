"""weight_sensitivity: how robust the parcel ranking is to changes of each criterion weight."""

from __future__ import annotations

import logging

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.suitability import ParcelZones, weight_sensitivity
from ...core.text import parse_number_list
from ...qgis_io.vector import source_label
from .. import suitability_common as common
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")


def aliases() -> dict:
    """Translated aliases of the output fields."""
    return {
        "run": tr("Run"),
        "criterion": tr("Criterion changed"),
        "change_pct": tr("Change of its weight (%)"),
        "weight": tr("Its new weight"),
        "weights": tr("All weights"),
        "spearman": tr("Spearman correlation with the base ranking"),
        "top_kept": tr("Base top parcels still in the top"),
        "top_n": tr("Size of the top"),
        "area_top2_ha": tr("Area of the two best classes (ha)"),
        "d_area_top2_ha": tr("Change of that area (ha)"),
        "d_area_top2_pct": tr("Change of that area (%)"),
    }


class WeightSensitivity(MigrantAlgorithm):
    """One-at-a-time weight changes: Spearman correlation, top-N retention and best-class area per run."""

    ID = "weight_sensitivity"
    GROUP_ID = "suitability"
    CANDIDATES = common.CANDIDATES
    CANDIDATE_ID_FIELD = common.CANDIDATE_ID_FIELD
    CHANGES = "CHANGES"
    TOP_N = "TOP_N"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return tr("Weight sensitivity of the site ranking")

    def shortHelpString(self) -> str:
        return tr(
            "One-at-a-time sensitivity analysis of the suitability weights. The criteria are computed and "
            "standardised once, exactly as in Site suitability; then each weight in turn is changed by -20, "
            "-10, +10 and +20 % of its value (the others rescaled so that the weights still sum to 1) and the "
            "suitability recombined. For each run the candidate parcels are ranked by mean suitability and "
            "compared with the base run: Spearman's rank correlation, how many of the base top 10 stay in the "
            "top 10, and the change in the area of the two best classes (base class breaks).\n\n"
            "Inputs are those of Site suitability plus the candidate parcels. The output table has one row per "
            "run, the base run first. Correlations near 1 and a stable top 10 tell a council that the "
            "recommendation does not hinge on the exact weights."
        )

    def initAlgorithm(self, config=None) -> None:
        common.add_model_parameters(self)
        common.add_parcel_parameters(self, tr("Parcels (predios) ranked by mean suitability in every run."))
        changes = QgsProcessingParameterString(self.CHANGES, tr("Weight changes (%)"), defaultValue="-20,-10,10,20")
        changes.setHelp(tr("Relative changes of each weight in percent, separated by commas."))
        self.addParameter(changes)
        top = QgsProcessingParameterNumber(
            self.TOP_N, tr("Size of the top"), QgsProcessingParameterNumber.Type.Integer, 10, minValue=1
        )
        top.setHelp(tr("How many best parcels form the top whose retention is counted."))
        self.addParameter(top)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Weight sensitivity"), QgsProcessing.SourceType.TypeVector
        )
        output.setHelp(tr("One row per run: changed criterion, change, weights, Spearman, top retention, area change."))
        self.addParameter(output)

    def execute(self, parameters, context, feedback) -> dict:
        changes = self._changes(self.parameterAsString(parameters, self.CHANGES, context))
        prepared = common.prepare(self, parameters, context, feedback, 0.0, 8.0, runs=len(changes))
        source = self.source(parameters, self.CANDIDATES, context)
        parcels, geoms = common.read_polygons(self, source, prepared.crs, context, feedback, 8.0, 10.0)
        if len(parcels) == 0:
            raise InputError(
                tr("{layer}: no parcels to rank. Choose a candidate layer with features.").format(
                    layer=source_label(source)
                )
            )
        missing = shapely.is_missing(geoms)
        if missing.any():
            LOG.warning(
                tr("{layer}: {n} parcels have no usable geometry; they have no suitability and rank last.").format(
                    layer=source_label(source), n=int(missing.sum())
                )
            )
        outside = int((~shapely.intersects(geoms, prepared.aoi) & ~missing).sum())
        if outside:
            LOG.warning(
                tr("{layer}: {n} parcels lie outside the area of interest; they have no suitability.").format(
                    layer=source_label(source), n=outside
                )
            )
        ids = common.parcel_ids(self, parameters, context, source, parcels)
        zones = ParcelZones(geoms, prepared.grid)
        table = weight_sensitivity(
            prepared.built.model,
            prepared.grid,
            prepared.aoi,
            zones,
            ids,
            changes=changes,
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
            class_method=prepared.class_method,
            progress=self.progress(feedback, 10.0, 97.0),
        )
        runs = table[table["run"] > 0]
        if len(runs):
            LOG.info(
                tr(
                    "{n} runs: Spearman correlation from {low:.3f} to {high:.3f}; at worst {kept} of the base top "
                    "{top} stay in the top."
                ).format(
                    n=len(runs),
                    low=np.nanmin(runs["spearman"]) if runs["spearman"].notna().any() else float("nan"),
                    high=np.nanmax(runs["spearman"]) if runs["spearman"].notna().any() else float("nan"),
                    kept=int(runs["top_kept"].min()),
                    top=int(table["top_n"].iloc[0]),
                )
            )
        dest = self.write(parameters, self.OUTPUT, context, table, aliases=aliases())
        feedback.setProgress(100)
        return {self.OUTPUT: dest}

    @staticmethod
    def _changes(text: str) -> list:
        """The CHANGES text ('-20,-10,10,20', percent) as fractions."""
        values = [v / 100.0 for v in parse_number_list(text, "CHANGES")]
        if not values or any(v <= -1.0 for v in values):
            raise InputError(tr("CHANGES: give at least one change, each above -100 %."))
        return values
