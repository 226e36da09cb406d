"""settlement_exposure: population, migrants and households in hazard zones, per type and level."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ...core import exposure
from ...core.i18n import tr
from ...qgis_io import vector as io_vector
from ...qgis_io.crs import describe
from ..base import MigrantAlgorithm
from ..hazard_inputs import HAZARDS, add_hazard_parameters, hazard_options, read_hazards


class SettlementExposure(MigrantAlgorithm):
    """Hazard exposure of settlements (or census blocks, buildings): what lies at each level of each hazard type."""

    ID = "settlement_exposure"
    GROUP_ID = "exposure"
    SETTLEMENTS = "SETTLEMENTS"
    ID_FIELD = "ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIGRANTS_FIELD = "MIGRANTS_FIELD"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    MODE = "MODE"
    LEVEL_WEIGHTS = "LEVEL_WEIGHTS"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:
        return tr("Settlement exposure to hazards")

    def shortHelpString(self) -> str:
        return tr(
            "Counts the population, migrants and households of each settlement that live at each hazard level "
            "(alta, media, baja), for each hazard type and for 'any' type. Divisible features (polygons: "
            "settlements, census blocks) are split in proportion to the area inside each level, assuming a uniform "
            "density; indivisible features (points, or buildings in mode 'indivisible') count whole at the highest "
            "level they touch, their boundary included. Zones of one type that overlap count once, at the highest "
            "level, so nothing is counted twice. Invalid geometries are repaired; areas are computed in a metric "
            "CRS.\n\n"
            "OUTPUT holds the settlements with, per type and level, the exposed area (m²), the share of the "
            "feature's area, the population, migrants and households exposed, the highest level per type and an "
            "exposure index (sum of level weight times share), after the layer's own fields; with AREAS, also the "
            "area each feature was counted in (area_name; a feature cut by area boundaries names each area, "
            "largest share first). SUMMARY has one row per reporting area, hazard type and level (including 'none', "
            "not exposed) and the area ALL for the whole layer; with AREAS, features cut by an area boundary are "
            "split by area and points go to the area that holds them."
        )

    def initAlgorithm(self, config=None) -> None:
        settlements = QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS,
            tr("Settlements"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
        )
        settlements.setHelp(tr("Settlements, census blocks (polygons) or dwellings, buildings (points or polygons)."))
        self.addParameter(settlements)
        for name, label, help_text, numeric in (
            (
                self.ID_FIELD,
                tr("Identifier field"),
                tr("Field that identifies each feature in the log messages. Left empty, one named like codigo or id."),
                False,
            ),
            (
                self.POPULATION_FIELD,
                tr("Population field"),
                tr("Number of inhabitants (numeric). Left empty, one named like poblacion or population."),
                True,
            ),
            (
                self.MIGRANTS_FIELD,
                tr("Migrants field"),
                tr("Number of migrants (numeric). Left empty, one named like migrantes or migrants."),
                True,
            ),
            (
                self.HOUSEHOLDS_FIELD,
                tr("Households field"),
                tr("Number of households (numeric). Left empty, one named like hogares or households."),
                True,
            ),
        ):
            field = QgsProcessingParameterField(
                name,
                label,
                parentLayerParameterName=self.SETTLEMENTS,
                type=(
                    QgsProcessingParameterField.DataType.Numeric
                    if numeric
                    else QgsProcessingParameterField.DataType.Any
                ),
                optional=True,
            )
            field.setHelp(help_text)
            self.addParameter(field)
        mode = QgsProcessingParameterEnum(
            self.MODE,
            tr("Features are"),
            options=[
                tr("Automatic: polygons divisible, points indivisible"),
                tr("Divisible: split in proportion to area"),
                tr("Indivisible: whole feature at its highest level"),
            ],
            defaultValue=0,
        )
        mode.setHelp(
            tr(
                "Divisible features are split in proportion to the area inside each level (uniform density). "
                "Indivisible features count whole at the highest level they touch (a point on a zone boundary "
                "touches the zone). Points are always indivisible."
            )
        )
        self.addParameter(mode)
        add_hazard_parameters(self)
        weights = QgsProcessingParameterString(
            self.LEVEL_WEIGHTS, tr("Exposure index weights"), defaultValue="alta=1.0;media=0.5;baja=0.2", optional=True
        )
        weights.setHelp(
            tr(
                "Weight of each level in the exposure index, which is the sum over levels of weight times the share "
                "of the feature at that level (0 to 1 with the default weights alta=1.0;media=0.5;baja=0.2)."
            )
        )
        self.addParameter(weights)
        areas = QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Reporting areas"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
        )
        areas.setHelp(
            tr(
                "Optional areas (comunas, barrios, UPZ) for the summary. Divisible features cut by an area boundary "
                "are split by area; indivisible ones go to the area that holds their point on surface; what lies "
                "outside every area is reported as '(outside areas)'."
            )
        )
        self.addParameter(areas)
        area_name = QgsProcessingParameterField(
            self.AREA_NAME_FIELD, tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True
        )
        area_name.setHelp(tr("Field with the area names. Left empty, one named like nombre or name (else the id)."))
        self.addParameter(area_name)
        output = QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Settlement exposure"))
        output.setHelp(tr("The settlements with their exposure per hazard type and level."))
        self.addParameter(output)
        summary = QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("Exposure summary"), QgsProcessing.SourceType.TypeVector
        )
        summary.setHelp(
            tr(
                "Table: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households, "
                "population_share; one row per area, type and level (and 'none')."
            )
        )
        self.addParameter(summary)

    def execute(self, parameters, context, feedback) -> dict:
        settlements = self.source(parameters, self.SETTLEMENTS, context)
        hazards = self.source(parameters, HAZARDS, context)
        areas = self.source(parameters, self.AREAS, context, required=False)
        crs = self.metric_crs([settlements, hazards, areas], context)
        fields = {
            "id_field": self.field(parameters, self.ID_FIELD, context, settlements, "id", label=tr("identifier")),
            "population_field": self.field(
                parameters, self.POPULATION_FIELD, context, settlements, "population", label=tr("population")
            ),
            "migrants_field": self.field(
                parameters, self.MIGRANTS_FIELD, context, settlements, "migrants", label=tr("migrants")
            ),
            "households_field": self.field(
                parameters, self.HOUSEHOLDS_FIELD, context, settlements, "households", label=tr("households")
            ),
        }
        if fields["population_field"] is None:
            feedback.pushWarning(
                tr(
                    "{layer}: no field for population was found, so only areas are reported. Choose it in the "
                    "parameter POPULATION_FIELD."
                ).format(layer=io_vector.source_label(settlements))
            )
        options = hazard_options(self, parameters, context, hazards)
        area_name_field = (
            self.field(parameters, self.AREA_NAME_FIELD, context, areas, "area_name", label=tr("area name"))
            if areas is not None
            else None
        )
        settlement_frame = self.read(settlements, crs, context, feedback, start=0, end=10)
        hazard_frame = read_hazards(self, hazards, options, crs, context, feedback, start=10, end=15)
        area_frame = self.read(areas, crs, context, feedback, [area_name_field], start=15, end=20)
        result = exposure.settlement_exposure(
            settlement_frame,
            hazard_frame,
            mode=exposure.MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            areas=area_frame,
            area_name_field=area_name_field,
            level_weights=self.parameterAsString(parameters, self.LEVEL_WEIGHTS, context),
            progress=self.progress(feedback, 20, 95),
            **fields,
            **options,
        )
        abstract = tr("Areas computed in {crs}.").format(crs=describe(crs))
        wkb_type = self.output_type(settlements.wkbType())
        output = self.write(parameters, self.OUTPUT, context, result.features, wkb_type, crs, result.aliases, abstract)
        summary = self.write(
            parameters, self.SUMMARY, context, result.summary, aliases=result.summary_aliases, abstract=abstract
        )
        feedback.setProgress(100)
        return {self.OUTPUT: output, self.SUMMARY: summary}
