"""facility_exposure: the highest hazard level at each service facility, per hazard type."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...core import exposure
from ...core.i18n import tr
from ...qgis_io.crs import describe
from ..base import MigrantAlgorithm
from ..hazard_inputs import HAZARDS, add_hazard_parameters, hazard_options, read_hazards


class FacilityExposure(MigrantAlgorithm):
    """Hazard exposure of service facilities (health, education...): highest level per hazard type."""

    ID = "facility_exposure"
    GROUP_ID = "exposure"
    FACILITIES = "FACILITIES"
    FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:
        return tr("Facility exposure to hazards")

    def shortHelpString(self) -> str:
        return tr(
            "Finds, for each facility, the highest hazard level (alta, media, baja or none) of each hazard type and "
            "of 'any' type. A facility is indivisible: it is at the highest level of the zones it touches, its "
            "boundary included, so a point on the boundary between two zones takes the higher level. Invalid "
            "geometries are repaired; all layers are brought to one metric CRS.\n\n"
            "OUTPUT holds the facilities with one field per hazard type (<type>_lvl) and, with reporting areas, the "
            "area each was counted in (area_name: the one that holds its point on surface). SUMMARY counts "
            "facilities and sums their capacity per reporting area (and ALL), facility type (and ALL), hazard type "
            "and level, including 'none'."
        )

    def initAlgorithm(self, config=None) -> None:
        facilities = QgsProcessingParameterFeatureSource(
            self.FACILITIES,
            tr("Facilities"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
        )
        facilities.setHelp(tr("Service facilities (health, education, early childhood...) as points or polygons."))
        self.addParameter(facilities)
        kind = QgsProcessingParameterField(
            self.FACILITY_TYPE_FIELD, tr("Facility type field"), parentLayerParameterName=self.FACILITIES, optional=True
        )
        kind.setHelp(tr("Field with the facility type for the summary. Left empty, one named like tipo or type."))
        self.addParameter(kind)
        capacity = QgsProcessingParameterField(
            self.CAPACITY_FIELD,
            tr("Capacity field"),
            parentLayerParameterName=self.FACILITIES,
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        )
        capacity.setHelp(
            tr("Capacity of each facility (numeric) summed in the summary. Left empty, one named like capacidad.")
        )
        self.addParameter(capacity)
        add_hazard_parameters(self)
        areas = QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Reporting areas"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
        )
        areas.setHelp(
            tr(
                "Optional areas (comunas, barrios, UPZ) for the summary. Each facility counts in the area that holds "
                "its point on surface; facilities outside every area are reported as '(outside areas)'."
            )
        )
        self.addParameter(areas)
        area_name = QgsProcessingParameterField(
            self.AREA_NAME_FIELD, tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True
        )
        area_name.setHelp(tr("Field with the area names. Left empty, one named like nombre or name (else the id)."))
        self.addParameter(area_name)
        output = QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Facility exposure"))
        output.setHelp(tr("The facilities with their highest hazard level per hazard type."))
        self.addParameter(output)
        summary = QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("Facility exposure summary"), QgsProcessing.SourceType.TypeVector
        )
        summary.setHelp(
            tr(
                "Table: area_name, facility_type, hazard_type, hazard_level, facilities, capacity; one row per "
                "reporting area (and ALL), facility type (and ALL), hazard type and level (and 'none')."
            )
        )
        self.addParameter(summary)

    def execute(self, parameters, context, feedback) -> dict:
        facilities = self.source(parameters, self.FACILITIES, context)
        hazards = self.source(parameters, HAZARDS, context)
        areas = self.source(parameters, self.AREAS, context, required=False)
        crs = self.metric_crs([facilities, hazards, areas], context)
        facility_type_field = self.field(
            parameters, self.FACILITY_TYPE_FIELD, context, facilities, "facility_type", label=tr("facility type")
        )
        capacity_field = self.field(
            parameters, self.CAPACITY_FIELD, context, facilities, "capacity", label=tr("capacity")
        )
        options = hazard_options(self, parameters, context, hazards)
        area_name_field = (
            self.field(parameters, self.AREA_NAME_FIELD, context, areas, "area_name", label=tr("area name"))
            if areas is not None
            else None
        )
        facility_frame = self.read(facilities, crs, context, feedback, start=0, end=10)
        hazard_frame = read_hazards(self, hazards, options, crs, context, feedback, start=10, end=18)
        area_frame = self.read(areas, crs, context, feedback, [area_name_field], start=18, end=20)
        result = exposure.facility_exposure(
            facility_frame,
            hazard_frame,
            facility_type_field=facility_type_field,
            capacity_field=capacity_field,
            areas=area_frame,
            area_name_field=area_name_field,
            progress=self.progress(feedback, 20, 95),
            **options,
        )
        abstract = tr("Computed in {crs}.").format(crs=describe(crs))
        wkb_type = self.output_type(facilities.wkbType())
        output = self.write(parameters, self.OUTPUT, context, result.features, wkb_type, crs, result.aliases, abstract)
        summary = self.write(
            parameters, self.SUMMARY, context, result.summary, aliases=result.summary_aliases, abstract=abstract
        )
        feedback.setProgress(100)
        return {self.OUTPUT: output, self.SUMMARY: summary}
