"""import_osm: a routable road network and service facilities from an OpenStreetMap extract, offline."""

from __future__ import annotations

import logging
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import crs as core_crs
from ...core import osm
from ...core.i18n import tr
from ...qgis_io import crs as io_crs
from ...qgis_io import osm_read
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")


class ImportOsm(MigrantAlgorithm):
    """Roads split at shared nodes (speed, one-way, pedestrian and vehicle access) and facilities from OSM."""

    ID = "import_osm"
    GROUP_ID = "data"

    INPUT = "INPUT"
    AOI = "AOI"
    BUFFER = "BUFFER"
    SPEEDS = "SPEEDS"
    FACILITY_TAGS = "FACILITY_TAGS"
    ROADS = "ROADS"
    FACILITIES = "FACILITIES"

    def displayName(self) -> str:
        return tr("Import OpenStreetMap (roads and facilities)")

    def shortHelpString(self) -> str:
        return tr(
            "Reads an OpenStreetMap extract (.osm or .osm.pbf, for example from download.geofabrik.de) offline with "
            "GDAL's OSM driver. Roads: every highway way that pedestrians or vehicles may use, cut at every node "
            "it shares with another way so that the network is routable; speed from maxspeed (50, 50 km/h, 30 mph) "
            "or a default per class that follows Colombian urban limits; one-way from oneway (yes/1 = 1, -1 = -1; "
            "roundabouts and motorways one-way); path, footway, steps and pedestrian ways for pedestrians only "
            "(motor = 0); motorways and foot=no ways closed to pedestrians (foot = 0). Facilities: health "
            "(amenity=hospital, clinic, doctors, health_post; healthcare=* except pharmacy), education "
            "(amenity=school) and early childhood (amenity=kindergarten, childcare), areas as a point inside them.\n\n"
            "Inputs: the OSM file; optionally an area of interest (what lies within the buffer around it is kept, "
            "so that routes leaving the area are not cut), speeds per class and facility tags. Outputs: road lines "
            "(osm_id, name, highway, speed_kmh, oneway, foot, motor, length_m) that Access to services reads "
            "directly, and facility points (osm_type, osm_id, name, tipo, subtipo, capacidad), in a metric CRS."
        )

    def initAlgorithm(self, config=None) -> None:
        add = self.add_parameter
        add(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("OpenStreetMap file"),
                QgsProcessingParameterFile.Behavior.File,
                # all files are accepted too, so that another file gets the plugin's explanation, not QGIS's
                fileFilter=tr("OpenStreetMap files (*.osm *.pbf *.OSM *.PBF)") + ";;" + tr("All files (*.*)"),
            ),
            tr("An OSM extract in XML (.osm) or PBF (.osm.pbf) format. It is read offline; nothing is downloaded."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.AOI,
                tr("Area of interest"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            tr(
                "Polygons of the municipality or study area (optional). Roads and facilities within the buffer "
                "around them are kept; without it, the whole extract is imported."
            ),
        )
        add(
            QgsProcessingParameterNumber(
                self.BUFFER,
                tr("Buffer around the area of interest (m)"),
                QgsProcessingParameterNumber.Type.Double,
                1000.0,
                minValue=0.0,
                maxValue=100_000.0,
            ),
            tr("Distance in metres around the area of interest that is kept too, so that routes leaving it are kept."),
        )
        add(
            QgsProcessingParameterString(self.SPEEDS, tr("Speeds per highway class (km/h)"), optional=True),
            tr(
                "Default speeds that replace the plugin's, as class=km/h separated by ';' (for example "
                "residential=25;primary=60). A way's maxspeed tag still wins."
            ),
        )
        add(
            QgsProcessingParameterString(self.FACILITY_TAGS, tr("Facility tags per type"), optional=True),
            tr(
                "OSM tags of each facility type, replacing the default of the types written, as type=key=value,value"
                "|key=* separated by ';' (for example educación=amenity=school,college). '*' is any value, -value "
                "excludes one; a type with nothing after '=' is not imported."
            ),
            advanced=True,
        )
        roads = QgsProcessingParameterFeatureSink(
            self.ROADS, tr("Road network (OSM)"), QgsProcessing.SourceType.TypeVectorLine
        )
        roads.setHelp(tr("Road lines cut at shared nodes, with speed, one-way, pedestrian and vehicle access."))
        self.addParameter(roads)
        facilities = QgsProcessingParameterFeatureSink(
            self.FACILITIES,
            tr("Service facilities (OSM)"),
            QgsProcessing.SourceType.TypeVectorPoint,
            optional=True,
            createByDefault=True,
        )
        facilities.setHelp(tr("Health, education and early childhood facilities as points, with type and capacity."))
        self.addParameter(facilities)

    def execute(self, parameters, context, feedback) -> dict:
        path = self.parameterAsFile(parameters, self.INPUT, context)
        aoi_src = self.source(parameters, self.AOI, context, required=False)
        options = osm.OsmOptions(
            speeds=self.parameterAsString(parameters, self.SPEEDS, context),
            facility_tags=self.parameterAsString(parameters, self.FACILITY_TAGS, context),
            buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context),
            source_name=os.path.basename(path or ""),
        )
        data = osm_read.read_osm(path, self.progress(feedback, 0, 45), feedback.isCanceled)
        if aoi_src is not None:
            crs = self.metric_crs([aoi_src], context)
        else:
            centre = osm_read.lonlat_centre(data)
            epsg = core_crs.metric_epsg_for_lonlat(*centre) if centre else core_crs.ORIGEN_NACIONAL
            crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
            LOG.info(tr("Areas and distances computed in {crs}.").format(crs=io_crs.describe(crs)))
        aoi = self.read(aoi_src, crs, context, feedback, [], 45, 48)
        result = osm.import_osm(
            data,
            options,
            osm_read.lonlat_transform(crs, context),
            None,  # the outputs get the QGIS CRS when written (no pyproj CRS made on a worker thread)
            aoi.geometry.to_numpy() if aoi is not None else None,
            self.progress(feedback, 48, 95),
        )
        abstract = tr(
            "Imported from the OpenStreetMap file {file} (© OpenStreetMap contributors, ODbL). Computed in {crs}."
        ).format(file=options.source_name, crs=io_crs.describe(crs))
        outputs = {
            self.ROADS: self.write(
                parameters,
                self.ROADS,
                context,
                result.roads,
                QgsWkbTypes.Type.LineString,
                crs,
                self._road_aliases(),
                abstract,
            ),
            self.FACILITIES: self.write(
                parameters,
                self.FACILITIES,
                context,
                result.facilities,
                QgsWkbTypes.Type.Point,
                crs,
                self._facility_aliases(),
                abstract,
            ),
        }
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _road_aliases() -> dict:
        return {
            "osm_id": tr("OSM way id"),
            "name": tr("Name"),
            "highway": tr("Highway class (OSM)"),
            "speed_kmh": tr("Speed (km/h)"),
            "oneway": tr("One-way (1 drawn direction, -1 against it, 0 two-way)"),
            "foot": tr("Pedestrians allowed (1 yes, 0 no)"),
            "motor": tr("Motor vehicles allowed (1 yes, 0 foot only)"),
            "length_m": tr("Length (m)"),
        }

    @staticmethod
    def _facility_aliases() -> dict:
        return {
            "osm_type": tr("OSM object type"),
            "osm_id": tr("OSM id"),
            "name": tr("Name"),
            "tipo": tr("Facility type"),
            "subtipo": tr("Subtype (OSM tag value)"),
            "capacidad": tr("Capacity (capacity or beds tag)"),
        }
