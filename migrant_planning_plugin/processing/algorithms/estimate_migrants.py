"""estimate_migrants: migrants per settlement or census block from known totals (dasymetric estimate)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import dasymetric
from ...core.errors import InputError
from ...core.fields import require_numeric
from ...core.i18n import tr
from ...core.text import fold
from ...qgis_io import crs as io_crs
from ...qgis_io import layer_metadata
from ..base import MigrantAlgorithm


class EstimateMigrants(MigrantAlgorithm):
    """Spread known migrant totals over settlements or blocks in proportion to population times a weight."""

    ID = "estimate_migrants"
    GROUP_ID = "data"

    INPUT = "INPUT"
    POPULATION_FIELD = "POPULATION_FIELD"
    TOTALS = "TOTALS"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    TOTAL_FIELD = "TOTAL_FIELD"
    INPUT_AREA_FIELD = "INPUT_AREA_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    INFORMAL_FIELD = "INFORMAL_FIELD"
    INFORMAL_WEIGHT = "INFORMAL_WEIGHT"
    TOTALS_SOURCE = "TOTALS_SOURCE"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:
        return tr("Estimate migrants per settlement or block")

    def shortHelpString(self) -> str:
        return tr(
            "Estimates the migrants of each settlement or census block from known totals (for the municipality, or "
            "per comuna: Migración Colombia, GIFMM/R4V), a dasymetric estimate: within each area with total T, a "
            "feature with population P and weight w gets T·P·w / Σ P·w, never more than its population (the excess "
            "is shared again among the features with room). Estimates are whole persons (largest remainder "
            "rounding), so the estimates of each area add up to its total exactly. The weight expresses where "
            "migrants are more likely: a weight field, and/or informal settlements weighing a given number of times "
            "a formal one.\n\n"
            "Inputs: settlements or blocks with population; the totals as one number, as area=number entries "
            "matched to a field of the features, or as a layer of areas (polygons, or a table matched by name) "
            "with a total field. Outputs: the features with migrants_est and migrant_share_est, marked as "
            "estimates in their metadata, which the other algorithms use as migrants; and a summary per area "
            "(given total, estimated sum, features, population, features at their cap)."
        )

    def initAlgorithm(self, config=None) -> None:
        numeric = QgsProcessingParameterField.DataType.Numeric
        any_type = QgsProcessingParameterField.DataType.Any
        add = self.add_parameter
        add(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Settlements or census blocks"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            ),
            tr("Where people live, with their population (for example DANE's CNPV 2018 on the MGN blocks)."),
        )
        add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD, tr("Population field"), None, self.INPUT, numeric, optional=True
            ),
            tr("Number of people of each feature. Detected from its name (poblacion, population...) when empty."),
        )
        add(
            QgsProcessingParameterString(self.TOTALS, tr("Total migrants"), optional=True),
            tr(
                "The known number of migrants: one number for the whole layer (for example 12500), or one per area "
                "as area=number separated by ';' (Comuna 1=4200;Comuna 2=3100), matched to the field chosen in "
                "'Area name field of the settlements'. Leave empty when the totals come from an areas layer."
            ),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.AREAS,
                tr("Areas with totals"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            ),
            tr(
                "Comunas or municipalities with their total of migrants: polygons (each feature counts in the area "
                "that contains its point), or a table matched by name to 'Area name field of the settlements'."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, tr("Area name field"), None, self.AREAS, any_type, optional=True
            ),
            tr("Name of each area. Detected from its name (nombre, comuna...) when empty."),
        )
        add(
            QgsProcessingParameterField(
                self.TOTAL_FIELD, tr("Total migrants field"), None, self.AREAS, numeric, optional=True
            ),
            tr("Known number of migrants of each area. Detected from its name (migrantes, migrants...) when empty."),
        )
        add(
            QgsProcessingParameterField(
                self.INPUT_AREA_FIELD,
                tr("Area name field of the settlements"),
                None,
                self.INPUT,
                any_type,
                optional=True,
            ),
            tr(
                "Field of the settlements that holds the name of their area (for example comuna), to match totals "
                "given by name (area=number, or a table). Empty: areas given as polygons are matched by location."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD, tr("Weight field"), None, self.INPUT, numeric, optional=True
            ),
            tr(
                "Relative propensity of each feature to host migrants (0 or more; 2 = twice as likely per person, 0 = "
                "none), for example by estrato. Empty: every person weighs the same."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.INFORMAL_FIELD, tr("Informal settlement field"), None, self.INPUT, any_type, optional=True
            ),
            tr("Marks informal settlements (true/1/sí/yes), which weigh the informal weight times a formal one."),
        )
        add(
            QgsProcessingParameterNumber(
                self.INFORMAL_WEIGHT,
                tr("Informal weight (times a formal settlement)"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.0,
                maxValue=100.0,
            ),
            tr("How many times an informal settlement weighs a formal one per person (1 = the same)."),
        )
        add(
            QgsProcessingParameterString(self.TOTALS_SOURCE, tr("Source of the totals"), optional=True),
            tr(
                "Where the totals come from (for example 'Migración Colombia, 2024'); written in the output's "
                "metadata and in the report beside the estimates."
            ),
        )
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Settlements with estimated migrants"), QgsProcessing.SourceType.TypeVectorAnyGeometry
        )
        output.setHelp(tr("The input features and fields with migrants_est and migrant_share_est (estimates)."))
        self.addParameter(output)
        summary = QgsProcessingParameterFeatureSink(
            self.SUMMARY,
            tr("Migrant estimate by area"),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
            createByDefault=True,
        )
        summary.setHelp(tr("Given total, estimated sum, features, population and features at their cap, per area."))
        self.addParameter(summary)

    # ------------------------------------------------------------------------------------------ run
    def execute(self, parameters, context, feedback) -> dict:
        source = self.source(parameters, self.INPUT, context)
        areas_src = self.source(parameters, self.AREAS, context, required=False)
        totals_text = (self.parameterAsString(parameters, self.TOTALS, context) or "").strip()
        if areas_src is not None and totals_text:
            raise InputError(
                tr("Give the totals either in TOTALS or as a layer of areas (AREAS), not both: empty one of them.")
            )
        if areas_src is None and not totals_text:
            raise InputError(
                tr(
                    "No total of migrants: write it in TOTALS (one number, or area=number entries), or choose a layer "
                    "of areas with a total field in AREAS."
                )
            )
        population = self.field(
            parameters, self.POPULATION_FIELD, context, source, "population", True, tr("population")
        )
        weight = self._chosen(parameters, self.WEIGHT_FIELD, context, source)
        informal_weight = self.parameterAsDouble(parameters, self.INFORMAL_WEIGHT, context)
        informal = self._chosen(parameters, self.INFORMAL_FIELD, context, source)
        if informal is None and informal_weight != 1.0:
            informal = self.field(
                parameters, self.INFORMAL_FIELD, context, source, "informal", True, tr("informal settlement")
            )
        area_field = self._chosen(parameters, self.INPUT_AREA_FIELD, context, source)
        crs = self.metric_crs([source, areas_src], context)
        fields = source.fields().names()
        features = self.read(source, crs, context, feedback, fields, 0, 40)
        label = getattr(source, "label", "") or source.sourceName()

        if areas_src is not None:
            totals = self._area_totals(parameters, context, feedback, areas_src, crs, area_field)
        elif "=" in totals_text:
            if not area_field:
                raise InputError(
                    tr(
                        "TOTALS gives a total per area (area=number): choose the field of {layer} that holds the "
                        "area names in 'Area name field of the settlements' (INPUT_AREA_FIELD)."
                    ).format(layer=label)
                )
            mapping = dasymetric.parse_totals(totals_text)
            names = self._display_names(list(mapping), features[area_field].tolist())
            totals = dasymetric.AreaTotals(names, np.array(list(mapping.values()), float))
        else:
            totals = dasymetric.AreaTotals([dasymetric.ALL_AREAS], np.array([dasymetric.parse_total(totals_text)]))
        totals.source = (self.parameterAsString(parameters, self.TOTALS_SOURCE, context) or "").strip()

        options = dasymetric.EstimateOptions(
            population_field=population,
            weight_field=weight,
            informal_field=informal,
            informal_weight=informal_weight,
            area_field=area_field,
            layer_name=label,
        )
        result = dasymetric.estimate_migrants(features, totals, options, self.progress(feedback, 45, 95))
        abstract = (
            dasymetric.describe(totals, options, result)
            + " "
            + tr("Computed in {crs}.").format(crs=io_crs.describe(crs))
        )
        outputs = {
            self.OUTPUT: self.write(
                parameters,
                self.OUTPUT,
                context,
                result.features,
                self.output_type(source.wkbType()),
                crs,
                self._aliases(totals),
                abstract,
            ),
            self.SUMMARY: self.write(
                parameters, self.SUMMARY, context, result.summary, aliases=self._summary_aliases(), abstract=abstract
            ),
        }
        items = dasymetric.metadata_items(totals, options)
        for name in (self.OUTPUT, self.SUMMARY):
            layer_metadata.describe_output(self.staged_uri(outputs[name]), context, abstract, items)
        feedback.setProgress(100)
        return outputs

    def _chosen(self, parameters, name: str, context, source):
        """The field the user chose in parameter ``name`` (its own spelling), or None: never detected."""
        if not parameters.get(name):
            return None
        return self.field(parameters, name, context, source, "", False)

    def _area_totals(self, parameters, context, feedback, areas_src, crs, area_field):
        """The totals of an areas layer: names, totals and, when matched by location, polygons."""
        label = getattr(areas_src, "label", "") or areas_src.sourceName()
        name_field = self.field(
            parameters, self.AREA_NAME_FIELD, context, areas_src, "area_name", True, tr("area name")
        )
        total_field = self.field(parameters, self.TOTAL_FIELD, context, areas_src, "migrants", True, tr("total"))
        geometry = QgsWkbTypes.geometryType(areas_src.wkbType())
        by_location = area_field is None
        if by_location and geometry != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise InputError(
                tr(
                    "{layer} has no polygons: to match its totals by name, choose the field of the settlements that "
                    "holds the area names in 'Area name field of the settlements' (INPUT_AREA_FIELD)."
                ).format(layer=label)
            )
        frame = self.read(areas_src, crs, context, feedback, [name_field, total_field], 40, 45)
        values = require_numeric(frame, total_field, label, "TOTAL_FIELD")
        names = ["" if v is None else str(v) for v in frame[name_field].tolist()]
        polygons = frame.geometry.to_numpy() if by_location else None
        return dasymetric.AreaTotals(names, values, polygons)

    @staticmethod
    def _display_names(keys, values) -> list:
        """The area names of TOTALS written as the features write them (the keys are folded)."""
        shown = {}
        for value in values:
            if value is not None and fold(value) not in shown:
                shown[fold(value)] = str(value)
        return [shown.get(key, key) for key in keys]

    @staticmethod
    def _aliases(totals) -> dict:
        return {
            dasymetric.ESTIMATE_FIELD: tr("Migrants, ESTIMATED from totals (persons)"),
            dasymetric.SHARE_FIELD: tr("Share of migrants, ESTIMATED (0-1)"),
        }

    @staticmethod
    def _summary_aliases() -> dict:
        return {
            "area_name": tr("Area"),
            "total": tr("Given total of migrants (persons)"),
            "migrants_est": tr("Sum of the estimates (persons)"),
            "features": tr("Features (count)"),
            "population": tr("Population (persons)"),
            "capped": tr("Features whose estimate is their whole population (count)"),
            "share_est": tr("Migrants per person of the area (0-1)"),
        }
