"""service_access: nearest facility, coverage and floating catchment scores, straight line or by road."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import access
from ...core.errors import InputError
from ...core.i18n import tr
from ...qgis_io import crs as io_crs
from ...qgis_io import vector as io_vector
from ..base import MigrantAlgorithm


def _output_type(source) -> int:
    """The geometry type of the per-settlement output: multi polygons, or points as in the input."""
    kind = source.wkbType()
    geometry = QgsWkbTypes.geometryType(kind)
    if geometry == QgsWkbTypes.GeometryType.PolygonGeometry:
        return QgsWkbTypes.Type.MultiPolygon
    if geometry == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsWkbTypes.Type.MultiPoint if QgsWkbTypes.isMultiType(kind) else QgsWkbTypes.Type.Point
    if geometry == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsWkbTypes.Type.MultiLineString
    return QgsWkbTypes.Type.Unknown


class ServiceAccess(MigrantAlgorithm):
    """Access from settlements to services by type: nearest facility, coverage, 2SFCA scores and loads."""

    ID = "service_access"
    GROUP_ID = "access"

    DEMAND = "DEMAND"
    ID_FIELD = "ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIGRANTS_FIELD = "MIGRANTS_FIELD"
    FACILITIES = "FACILITIES"
    FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    LAYER_TYPES = "LAYER_TYPES"
    DEFAULT_CAPACITIES = "DEFAULT_CAPACITIES"
    METHOD = "METHOD"
    ROADS = "ROADS"
    SPEED_FIELD = "SPEED_FIELD"
    ONEWAY_FIELD = "ONEWAY_FIELD"
    FOOT_FIELD = "FOOT_FIELD"
    MOTOR_FIELD = "MOTOR_FIELD"
    TRAVEL_MODE = "TRAVEL_MODE"
    WALKING_SPEED = "WALKING_SPEED"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    COST_UNIT = "COST_UNIT"
    THRESHOLDS = "THRESHOLDS"
    DEFAULT_THRESHOLD = "DEFAULT_THRESHOLD"
    WEIGHTING = "WEIGHTING"
    UNDERSERVED_SHARE = "UNDERSERVED_SHARE"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT = "OUTPUT"
    FACILITIES_OUTPUT = "FACILITIES_OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self) -> str:
        return tr("Access to services")

    def shortHelpString(self) -> str:
        return tr(
            "Measures how far each settlement is from each type of service (health, education, early childhood...), "
            "in a straight line or over the road network, in metres or minutes. Each settlement is represented by a "
            "point inside it; over the network, settlements and facilities join the nearest road at walking speed, "
            "and shortest paths respect one-way streets when travelling by road. For each type it finds the nearest "
            "facility and whether it lies within the type's threshold, and, with capacities, computes a two-step "
            "floating catchment score (2SFCA, enhanced E2SFCA with sub-zone weights 1, 0.68, 0.22, or gaussian decay): "
            "each facility's capacity is shared among the population within its catchment, and each settlement adds "
            "up the shares it can reach.\n\n"
            "Inputs: settlements (polygons or points) with population and optionally migrants, facilities (points) "
            "with type and capacity, optionally roads and reporting areas. Outputs: one row per settlement and "
            "facility type (nearest facility, cost, covered, reachable, access score per 1 000 people, score relative "
            "to the population-weighted city mean, underserved flag); one row per facility (population and migrants "
            "in its catchment, capacity, load = demand / capacity); and a summary per area and type with an area ALL."
        )

    def initAlgorithm(self, config=None) -> None:
        numeric = QgsProcessingParameterField.DataType.Numeric
        any_type = QgsProcessingParameterField.DataType.Any

        add = self.add_parameter

        add(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                tr("Settlements or census blocks (demand)"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            ),
            tr("Where people live: settlement or block polygons (a point inside each is used) or points."),
        )
        add(
            QgsProcessingParameterField(
                self.ID_FIELD, tr("Identifier field"), None, self.DEMAND, any_type, optional=True
            ),
            tr(
                "Code of each settlement (codigo, COD_BARRIO...), written to the outputs so they can be joined back. "
                "Detected from its name when empty."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD, tr("Population field"), None, self.DEMAND, numeric, optional=True
            ),
            tr("Number of people in each settlement. Detected from its name (poblacion, population...) when empty."),
        )
        add(
            QgsProcessingParameterField(
                self.MIGRANTS_FIELD, tr("Migrants field"), None, self.DEMAND, numeric, optional=True
            ),
            tr("Number of migrants in each settlement (optional; detected from its name when empty)."),
        )
        add(
            QgsProcessingParameterMultipleLayers(
                self.FACILITIES, tr("Service facilities (one or more layers)"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            tr(
                "Points of the services: health posts, schools, early childhood centres... One layer with a type "
                "field, or one layer per service (IPS, colegios, hogares ICBF): then each layer's type is given in "
                "LAYER_TYPES, or is its type field, or its name."
            ),
        )
        add(
            QgsProcessingParameterString(self.FACILITY_TYPE_FIELD, tr("Facility type field"), optional=True),
            tr(
                "Name of the field with the type of service (salud, educación...) in the facility layers that have "
                "it; each type is analysed separately. Detected from its name and values (tipo, amenity...) when "
                "empty. A layer without one takes its type from LAYER_TYPES, else its name."
            ),
        )
        add(
            QgsProcessingParameterString(self.CAPACITY_FIELD, tr("Capacity field"), optional=True),
            tr(
                "Name of the capacity field (beds, school places, staff...) in the facility layers, needed for "
                "access scores and loads. Detected from its name (capacidad, cupos, numero_camas...) when empty."
            ),
        )
        add(
            QgsProcessingParameterString(self.LAYER_TYPES, tr("Type of each facility layer"), optional=True),
            tr(
                "The type of the facilities of a layer, by layer name: 'IPS=salud;colegios=educación'. It wins over "
                "the layer's type field. Layers without a type field and not named here take their name as type."
            ),
        )
        add(
            QgsProcessingParameterString(self.DEFAULT_CAPACITIES, tr("Assumed capacities per type"), optional=True),
            tr(
                "Only when you ask: a capacity per type for the facilities that have none, in the units of the "
                "capacity field, e.g. 'primera infancia=13' (ICBF: 12 to 14 children per hogar comunitario). "
                "Results that use them are marked as assumed."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterEnum(
                self.METHOD, tr("Distance method"), [tr("Straight line"), tr("Road network")], defaultValue=0
            ),
            tr("Straight line (quick, optimistic) or shortest path over the road network (needs the road layer)."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.ROADS, tr("Road network"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
            ),
            tr(
                "Road centre lines, for the road network method. Roads connect where they share a vertex "
                "(within the snapping tolerance); crossing lines without a shared vertex do not connect."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.SPEED_FIELD, tr("Speed field (km/h)"), None, self.ROADS, numeric, optional=True
            ),
            tr("Speed of each road in km/h, for travel times by road. Detected from its name when empty."),
        )
        add(
            QgsProcessingParameterField(
                self.ONEWAY_FIELD, tr("One-way field"), None, self.ROADS, any_type, optional=True
            ),
            tr(
                "Marks one-way roads, applied when travelling by road: true/yes/si/1/FT = one-way in the direction "
                "the line was drawn, -1/TF = against it, false/no/0/N/empty = two-way. Detected from its name "
                "(un_sentido, oneway...) when empty."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.FOOT_FIELD, tr("Pedestrians allowed field"), None, self.ROADS, any_type, optional=True
            ),
            tr(
                "Marks roads closed to pedestrians with 0 (no, false): they are left out when walking. Detected from "
                "its name (foot, peatonal...) when empty, e.g. in the roads of Import OpenStreetMap."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterField(
                self.MOTOR_FIELD, tr("Motor vehicles allowed field"), None, self.ROADS, any_type, optional=True
            ),
            tr(
                "Marks foot-only ways (footways, steps, pedestrian streets) with 0: by road they are walked, both "
                "ways, at the walking speed. Detected from its name (motor, vehicular...) when empty."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE,
                tr("Travel mode"),
                [tr("Walking"), tr("By road (road speeds, one-way streets)")],
                defaultValue=0,
            ),
            tr(
                "Walking: every road at the walking speed, both ways. By road: each road at its speed, one-way "
                "streets respected. Connections from points to the nearest road are always on foot."
            ),
        )
        walking = QgsProcessingParameterNumber(
            self.WALKING_SPEED,
            tr("Walking speed (km/h)"),
            QgsProcessingParameterNumber.Type.Double,
            4.5,
            minValue=0.1,
            maxValue=30.0,
        )
        add(walking, tr("Walking speed in km/h, for walking times and for the walk between a point and its road."))
        add(
            QgsProcessingParameterNumber(
                self.DEFAULT_SPEED,
                tr("Default road speed (km/h)"),
                QgsProcessingParameterNumber.Type.Double,
                30.0,
                minValue=0.1,
                maxValue=200.0,
            ),
            tr("Speed of roads with no valid speed in the speed field (or of all roads without a speed field)."),
            advanced=True,
        )
        add(
            QgsProcessingParameterEnum(self.COST_UNIT, tr("Cost unit"), [tr("Metres"), tr("Minutes")], defaultValue=0),
            tr("Measure distance in metres or travel time in minutes; thresholds are in this unit."),
        )
        add(
            QgsProcessingParameterString(
                self.THRESHOLDS, tr("Thresholds per facility type"), defaultValue="", optional=True
            ),
            tr(
                "Maximum cost per type, in the cost unit, as type=value separated by ';' "
                "(for example salud=1500;educacion=800). Accents and case are ignored. It is also the catchment "
                "size of the floating catchment."
            ),
        )
        add(
            QgsProcessingParameterNumber(
                self.DEFAULT_THRESHOLD,
                tr("Default threshold (0 = 1 000 m or 15 min)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                optional=True,
                minValue=0.0,
            ),
            tr("Threshold for the types not listed in the thresholds, in the cost unit; 0 uses 1 000 m or 15 min."),
        )
        add(
            QgsProcessingParameterEnum(
                self.WEIGHTING,
                tr("Access score"),
                [
                    tr("None (nearest facility and coverage only)"),
                    tr("2SFCA (two-step floating catchment)"),
                    tr("E2SFCA (enhanced, sub-zone weights 1, 0.68, 0.22)"),
                    tr("Gaussian distance decay"),
                ],
                defaultValue=1,
            ),
            tr(
                "Capacity-aware score: capacity per person that each settlement can reach, sharing each facility "
                "among everyone in its catchment. Needs the capacity field."
            ),
        )
        add(
            QgsProcessingParameterNumber(
                self.UNDERSERVED_SHARE,
                tr("Underserved below this share of the city mean"),
                QgsProcessingParameterNumber.Type.Double,
                0.5,
                minValue=0.0,
                maxValue=10.0,
            ),
            tr("A settlement is underserved when its access score is below this share of the city mean (0.5 = half)."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.AREAS,
                tr("Reporting areas (comunas, barrios)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            tr("Areas for the summary table (optional); each settlement counts in the area that contains its point."),
        )
        add(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, tr("Area name field"), None, self.AREAS, any_type, optional=True
            ),
            tr("Name of each area in the summary. Detected from its name (nombre, comuna...) when empty."),
        )
        add(
            QgsProcessingParameterNumber(
                self.SNAP_TOLERANCE,
                tr("Snapping tolerance (m)"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.0,
                maxValue=100.0,
            ),
            tr("Road vertices closer than this distance in metres are joined into one node (digitising gaps)."),
            advanced=True,
        )
        for name, label, kind in (
            (self.OUTPUT, tr("Access by settlement and type"), QgsProcessing.SourceType.TypeVectorAnyGeometry),
            (self.FACILITIES_OUTPUT, tr("Facility catchments and loads"), QgsProcessing.SourceType.TypeVectorPoint),
            (self.SUMMARY, tr("Access summary by area"), QgsProcessing.SourceType.TypeVector),
        ):
            sink = QgsProcessingParameterFeatureSink(
                name, label, kind, optional=name != self.OUTPUT, createByDefault=True
            )
            sink.setHelp(
                {
                    self.OUTPUT: tr("One row per settlement and facility type, with the settlement's geometry."),
                    self.FACILITIES_OUTPUT: tr("One point per facility with its catchment population and load."),
                    self.SUMMARY: tr("Population covered and mean cost per area and type, and for the whole city."),
                }[name]
            )
            self.addParameter(sink)

    # ------------------------------------------------------------------------------------------ run
    def execute(self, parameters, context, feedback) -> dict:
        demand_src = self.source(parameters, self.DEMAND, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        roads_src = self.source(parameters, self.ROADS, context, required=False)
        if method == access.ROAD_NETWORK and roads_src is None:
            raise InputError(
                tr("The road network method needs a road layer: choose it in ROADS, or use the straight line method.")
            )
        areas_src = self.source(parameters, self.AREAS, context, required=False)
        facility_layers = self._facility_layers(parameters, context)
        travel_mode = self.parameterAsEnum(parameters, self.TRAVEL_MODE, context)
        cost_unit = self.parameterAsEnum(parameters, self.COST_UNIT, context)

        demand_id = self.field(parameters, self.ID_FIELD, context, demand_src, "id", False, tr("identifier"))
        population = self.field(
            parameters, self.POPULATION_FIELD, context, demand_src, "population", True, tr("population")
        )
        migrants = self.field(parameters, self.MIGRANTS_FIELD, context, demand_src, "migrants", False, tr("migrants"))
        demand_name = self.field(parameters, "", context, demand_src, "name", False, tr("name"), parent=self.DEMAND)
        speed = oneway = foot = motor = area_name = None
        if method == access.ROAD_NETWORK and travel_mode == access.BY_ROAD:
            oneway = self.field(parameters, self.ONEWAY_FIELD, context, roads_src, "oneway", False, tr("one-way"))
            motor = self.field(
                parameters, self.MOTOR_FIELD, context, roads_src, "motor", False, tr("motor vehicles allowed")
            )
            if cost_unit == access.MINUTES:
                speed = self.field(parameters, self.SPEED_FIELD, context, roads_src, "speed", False, tr("speed"))
        elif method == access.ROAD_NETWORK:
            foot = self.field(parameters, self.FOOT_FIELD, context, roads_src, "foot", False, tr("pedestrians allowed"))
        if areas_src is not None:
            area_name = self.field(
                parameters, self.AREA_NAME_FIELD, context, areas_src, "area_name", False, tr("area name")
            )

        default_threshold = (
            self.parameterAsDouble(parameters, self.DEFAULT_THRESHOLD, context)
            if parameters.get(self.DEFAULT_THRESHOLD) not in (None, "")
            else 0.0
        )
        crs = self.metric_crs([demand_src, *facility_layers, roads_src, areas_src], context)
        demand = self.read(demand_src, crs, context, feedback, None, 0, 8)
        facilities = self._read_facilities(parameters, context, feedback, facility_layers, crs)
        options = access.AccessOptions(
            population_field=population,
            migrants_field=migrants,
            demand_id_field=demand_id,
            demand_name_field=demand_name,
            facility_type_field="facility_type",
            capacity_field="capacity",
            facility_id_field="facility_id",
            facility_name_field="facility_name",
            method=method,
            speed_field=speed,
            oneway_field=oneway,
            foot_field=foot,
            motor_field=motor,
            travel_mode=travel_mode,
            walking_speed_kmh=self.parameterAsDouble(parameters, self.WALKING_SPEED, context),
            default_speed_kmh=self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context),
            cost_unit=cost_unit,
            thresholds=self.parameterAsString(parameters, self.THRESHOLDS, context),
            default_threshold=default_threshold,
            weighting=self.parameterAsEnum(parameters, self.WEIGHTING, context),
            underserved_share=self.parameterAsDouble(parameters, self.UNDERSERVED_SHARE, context),
            area_name_field=area_name,
            snap_tolerance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            catchments=parameters.get(self.FACILITIES_OUTPUT) not in (None, ""),
            capacity_assumed_field="cap_assumed",
            facility_fields=[
                c
                for c in facilities.columns
                if c not in access.COMBINED_COLUMNS[:2] + ("facility_id", "facility_name")
                and c != facilities.geometry.name
            ],
        )
        roads = None
        if method == access.ROAD_NETWORK:
            roads = self.read(roads_src, crs, context, feedback, [f for f in (speed, oneway, foot, motor) if f], 10, 20)
        areas = self.read(areas_src, crs, context, feedback, [area_name] if area_name else [], 20, 22)

        result = access.service_access(demand, facilities, options, roads, areas, self.progress(feedback, 22, 95))

        unit = result.unit
        crs_text = io_crs.describe(crs)
        abstract = tr("Computed in {crs}. Costs in {unit}.").format(crs=crs_text, unit=unit)
        outputs = {
            self.OUTPUT: self.write(
                parameters,
                self.OUTPUT,
                context,
                result.demand,
                _output_type(demand_src),
                crs,
                self._demand_aliases(unit),
                abstract,
            ),
            self.FACILITIES_OUTPUT: self.write(
                parameters,
                self.FACILITIES_OUTPUT,
                context,
                result.facilities,
                QgsWkbTypes.Type.Point,
                crs,
                self._facility_aliases(unit),
                abstract,
            ),
            self.SUMMARY: self.write(
                parameters,
                self.SUMMARY,
                context,
                result.summary,
                aliases=self._summary_aliases(unit),
                abstract=abstract,
            ),
        }
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------------------------------ facilities
    def _facility_layers(self, parameters, context) -> list:
        """The facility layers (one or more; a single layer or path given the old way works too)."""
        layers = self.parameterAsLayerList(parameters, self.FACILITIES, context)
        if not layers:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FACILITIES))
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
                raise InputError(
                    tr("FACILITIES: '{layer}' is not a vector layer that can be read.").format(layer=layer.name())
                )
            io_crs.check_coordinates(layer, layer.name())
        return layers

    @staticmethod
    def _names_of(layer, context):
        """The name a facility layer is shown by (its name in the project, else the layer's name inside its
        file), and its other names (the file's name) for LAYER_TYPES."""
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        inner = parts.get("layerName") or ""
        project = context.project()
        if project is not None and project.mapLayer(layer.id()) is not None:
            return layer.name(), tuple(n for n in (inner, layer.name()) if n)
        label = inner or layer.name()
        return label, tuple(n for n in (layer.name(),) if n != label)

    def _read_facilities(self, parameters, context, feedback, layers, crs):
        """The facilities of every layer in one frame (core.access.combine_facilities), fields chosen per layer."""
        given_type = self.parameterAsString(parameters, self.FACILITY_TYPE_FIELD, context).strip()
        given_capacity = self.parameterAsString(parameters, self.CAPACITY_FIELD, context).strip()
        for name, given in ((self.FACILITY_TYPE_FIELD, given_type), (self.CAPACITY_FIELD, given_capacity)):
            if given and all(layer.fields().lookupField(given) < 0 for layer in layers):
                raise InputError(
                    tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                        layer=", ".join(layer.name() for layer in layers), field=given, param=name
                    )
                )
        pieces = []
        for k, layer in enumerate(layers):
            parent = f"{self.FACILITIES}:{k}"
            label, aliases = self._names_of(layer, context)
            layer.label = label  # the name messages use (qgis_io.vector.source_label)
            chosen = {}
            for param, given, role, role_label in (
                (self.FACILITY_TYPE_FIELD, given_type, "facility_type", tr("facility type")),
                (self.CAPACITY_FIELD, given_capacity, "capacity", tr("capacity")),
                ("", "", "id", tr("identifier")),
                ("", "", "name", tr("name")),
            ):
                found = layer.fields().lookupField(given) >= 0 if given else False
                values = {param: given} if found else {}
                chosen[role] = self.field(
                    values, param if found else "", context, layer, role, False, role_label, parent
                )
            io_crs.check_missing_crs(layer, label, crs)
            frame = io_vector.source_to_gdf(layer, target_crs=crs, context=context, is_canceled=feedback.isCanceled)
            pieces.append(
                access.FacilityLayer(
                    label,
                    frame,
                    type_field=chosen["facility_type"],
                    capacity_field=chosen["capacity"],
                    id_field=chosen["id"],
                    name_field=chosen["name"],
                    aliases=aliases,
                )
            )
            feedback.setProgress(8 + 2 * (k + 1) / len(layers))
        return access.combine_facilities(
            pieces,
            self.parameterAsString(parameters, self.LAYER_TYPES, context),
            self.parameterAsString(parameters, self.DEFAULT_CAPACITIES, context),
        )

    # ------------------------------------------------------------------------------------------ aliases
    @staticmethod
    def _demand_aliases(unit: str) -> dict:
        return {
            "demand_fid": tr("Settlement feature id"),
            "demand_id": tr("Settlement code"),
            "demand_name": tr("Settlement name"),
            "area_name": tr("Area"),
            "facility_type": tr("Facility type"),
            "population": tr("Population (persons)"),
            "migrants": tr("Migrants (persons)"),
            "nearest_id": tr("Nearest facility code"),
            "nearest_name": tr("Nearest facility name"),
            "cost": tr("Cost to the nearest facility ({unit})").format(unit=unit),
            "snap_m": tr("Distance to the road network (m)"),
            "reachable": tr("Reaches a facility"),
            "covered": tr("Covered within the threshold"),
            "access_1k": tr("Access score (capacity per 1 000 people)"),
            "access_rel": tr("Access relative to the city mean (1 = mean)"),
            "underserved": tr("Underserved"),
        }

    @staticmethod
    def _facility_aliases(unit: str) -> dict:
        return {
            "facility_fid": tr("Facility feature id"),
            "facility_id": tr("Facility code"),
            "facility_name": tr("Facility name"),
            "facility_type": tr("Facility type"),
            "capacity": tr("Capacity"),
            "threshold": tr("Catchment threshold ({unit})").format(unit=unit),
            "population": tr("Population in catchment (persons)"),
            "migrants": tr("Migrants in catchment (persons)"),
            "demand_w": tr("Weighted demand in catchment (persons)"),
            "load": tr("Load (weighted demand / capacity)"),
            "ratio_1k": tr("Capacity per 1 000 people in catchment"),
            "in_reach": tr("Has demand in reach"),
            "snap_m": tr("Distance to the road network (m)"),
        }

    @staticmethod
    def _summary_aliases(unit: str) -> dict:
        return {
            "area_name": tr("Area"),
            "facility_type": tr("Facility type"),
            "population": tr("Population (persons)"),
            "population_covered": tr("Population covered (persons)"),
            "share_covered": tr("Share of population covered (0-1)"),
            "migrants": tr("Migrants (persons)"),
            "migrants_covered": tr("Migrants covered (persons)"),
            "mean_cost": tr("Mean cost to the nearest facility, population-weighted ({unit})").format(unit=unit),
            "unreachable": tr("Settlements that reach no facility (count)"),
        }
