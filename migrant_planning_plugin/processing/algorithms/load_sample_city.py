"""load_sample_city: write the Villa Esperanza sample city and add it to the project."""

from __future__ import annotations

import os
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingUtils,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ... import sample_city
from ...core.errors import InputError
from ...core.i18n import tr
from ...paths import sample_data_dir, style_path
from ...qgis_io import postgis
from ...qgis_io import vector as io_vector
from ..base import LayerPostProcessor, MigrantAlgorithm

# Output name, role in the sample city, geometry kind, for models.
OUTPUTS = (
    ("SETTLEMENTS", "settlements", QgsProcessing.SourceType.TypeVectorPolygon),
    ("HAZARDS", "hazards", QgsProcessing.SourceType.TypeVectorPolygon),
    ("FACILITIES", "facilities", QgsProcessing.SourceType.TypeVectorPoint),
    ("ROADS", "roads", QgsProcessing.SourceType.TypeVectorLine),
    ("LAND_USE", "land_use", QgsProcessing.SourceType.TypeVectorPolygon),
    ("AREAS", "areas", QgsProcessing.SourceType.TypeVectorPolygon),
    ("CANDIDATES", "candidates", QgsProcessing.SourceType.TypeVectorPolygon),
    ("WATER", "water", QgsProcessing.SourceType.TypeVectorPolygon),
    ("STREAMS", "streams", QgsProcessing.SourceType.TypeVectorLine),
    ("BOUNDARY", "boundary", QgsProcessing.SourceType.TypeVectorPolygon),
)
# Order in the layer tree, top first.
LOAD_ORDER = (
    "facilities",
    "roads",
    "streams",
    "water",
    "settlements",
    "candidates",
    "hazards",
    "areas",
    "land_use",
    "boundary",
)


def layer_titles() -> dict:
    """Translated layer names shown in the layer tree."""
    return {
        "settlements": tr("Settlements"),
        "hazards": tr("Hazard zones"),
        "facilities": tr("Facilities"),
        "roads": tr("Road network"),
        "land_use": tr("Land use (POT)"),
        "areas": tr("Comunas"),
        "candidates": tr("Candidate parcels"),
        "water": tr("Water bodies"),
        "streams": tr("Streams"),
        "boundary": tr("Municipal boundary"),
        "dem": tr("Elevation (DEM)"),
    }


def copy_files(pairs, progress, chunk: int = 256 * 1024) -> None:
    """Copy (source, target) files by chunks, reporting progress (``progress`` may raise Cancelled).

    The targets are the run's staged names (:attr:`..base.MigrantAlgorithm.staged`): the files appear in the
    folder only when the run ends well, so an earlier copy in the folder is left as it was otherwise.
    """
    total = max(1, sum(os.path.getsize(source) for source, _target in pairs))
    done = 0
    for source, target in pairs:
        with open(source, "rb") as src, open(target, "wb") as dst:
            while True:
                block = src.read(chunk)
                if not block:
                    break
                dst.write(block)
                done += len(block)
                progress(done / total)
    progress(1.0)


class _StylePostProcessor(LayerPostProcessor):
    """Applies the sample city's QML style to a loaded layer."""

    def __init__(self, qml: str) -> None:
        super().__init__()
        self.qml = qml

    def apply(self, layer) -> None:
        """Load the style file when it exists."""
        if os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()


class LoadSampleCity(MigrantAlgorithm):
    """Write the sample city (GeoPackage + DEM) into a folder and load it, styled."""

    ID = "load_sample_city"
    GROUP_ID = "data"
    OUTPUT = "OUTPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    REGENERATE = "REGENERATE"
    LOAD = "LOAD"
    GEOPACKAGE = "GEOPACKAGE"
    DEM = "DEM"
    OSM = "OSM"

    def displayName(self) -> str:
        return tr("Load sample city (Villa Esperanza)")

    def shortHelpString(self) -> str:
        return tr(
            "Writes Villa Esperanza, a fictional border city near Cúcuta made for training, into a folder "
            "and adds its layers to the project: about 400 settlements (formal barrios and informal "
            "settlements with population, migrants, households and dwellings), flood, torrential flow and "
            "landslide hazard zones (alta, media, baja), about 60 health, education and early-childhood "
            "facilities, the road network, POT land use, 8 comunas, about 300 candidate parcels and a DEM.\n\n"
            "All layers are in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). The data are the same at every "
            "run, so workshop results can be compared. Each layer is also an output that models can use as "
            "input to the analysis algorithms. With a PostgreSQL database (a connection and a schema, or an "
            "output written postgres://dbname=... schema=...) the layers become tables of that schema, with "
            "primary keys and spatial indexes, and the DEM and the OpenStreetMap extract are written to the folder."
        )

    def initAlgorithm(self, config=None) -> None:
        folder = QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Output folder"))
        folder.setHelp(
            tr(
                "Folder where villa_esperanza.gpkg, villa_esperanza_dem.tif and villa_esperanza.osm (the streets and "
                "facilities as an OpenStreetMap extract, for Import OpenStreetMap) are written. A PostgreSQL schema "
                "written postgres://dbname=... host=... schema=... (or dbname=... schema=...) receives the layers "
                "as tables instead; the DEM and the extract then go to a temporary folder."
            )
        )
        self.addParameter(folder)
        database = QgsProcessingParameterProviderConnection(
            self.DATABASE, tr("PostgreSQL database (connection)"), "postgres", optional=True
        )
        self.add_parameter(
            database,
            tr(
                "A PostgreSQL connection of QGIS (Browser > PostgreSQL). When set, the layers are written as tables "
                "of the schema below instead of a GeoPackage; the DEM and the OpenStreetMap extract stay in the "
                "output folder."
            ),
        )
        schema = QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, tr("Schema"), self.DATABASE, defaultValue="public", optional=True
        )
        self.add_parameter(schema, tr("Schema of the database that receives the tables (it must exist)."))
        load = QgsProcessingParameterBoolean(self.LOAD, tr("Add the layers to the project"), defaultValue=True)
        load.setHelp(tr("Add every layer (styled) to the current project when the algorithm finishes."))
        self.addParameter(load)
        regenerate = QgsProcessingParameterBoolean(
            self.REGENERATE,
            tr("Regenerate from the generator instead of copying the shipped data"),
            defaultValue=False,
        )
        self.add_parameter(
            regenerate,
            tr("Run the deterministic generator again (slower); the result equals the shipped copy."),
            advanced=True,
        )
        self.addOutput(QgsProcessingOutputFile(self.GEOPACKAGE, tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputRasterLayer(self.DEM, tr("Elevation (DEM)")))
        self.addOutput(QgsProcessingOutputFile(self.OSM, tr("OpenStreetMap extract of the streets and facilities")))
        titles = layer_titles()
        for name, role, kind in OUTPUTS:
            self.addOutput(QgsProcessingOutputVectorLayer(name, titles[role], kind))

    def execute(self, parameters, context, feedback) -> dict:
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        database = self._database(parameters, context)
        if database is None:
            results = self._copy(parameters, folder, context, feedback, 95.0)
            for name, role, _kind in OUTPUTS:
                results[name] = f"{results[self.GEOPACKAGE]}|layername={sample_city.LAYERS[role]}"
            return self._finish(parameters, context, feedback, results)
        session = self._check_tables(*database)  # before anything is written
        try:
            staging = QgsProcessingUtils.generateTempFilename("sample_city")
            files = self._copy(parameters, staging, context, feedback, 40.0, staged=False)
            results = self._write_tables(session, files[self.GEOPACKAGE], feedback)
            kept = {self.DEM: files[self.DEM], self.OSM: files[self.OSM]}
            if postgis.parse_schema(folder) is None:  # a folder for the DEM and the OpenStreetMap extract
                os.makedirs(folder, exist_ok=True)
                moved = {key: os.path.join(folder, os.path.basename(path)) for key, path in kept.items()}
                pairs = [(kept[key], self._target(folder, os.path.basename(kept[key]), True)) for key in kept]
                copy_files(pairs, self.progress(feedback, 90.0, 95.0))
                kept = moved
            else:
                folder = staging
            session.commit()
        finally:
            session.close()
        results.update({self.OUTPUT: folder, **kept})
        return self._finish(parameters, context, feedback, results)

    def _copy(self, parameters, folder: str, context, feedback, end: float, staged: bool = True) -> dict:
        """Write (copy or regenerate) the GeoPackage, the DEM and the extract into ``folder``; the result paths.

        ``staged``: written under the run's staged names (moved into place when the run ends well); else directly
        (a private folder whose GeoPackage is read during the run)."""
        os.makedirs(folder, exist_ok=True)
        gpkg = os.path.join(folder, sample_city.GPKG_NAME)
        dem = os.path.join(folder, sample_city.DEM_NAME)
        osm = os.path.join(folder, sample_city.OSM_NAME)
        shipped = sample_data_dir()
        regenerate = self.parameterAsBool(parameters, self.REGENERATE, context)
        names = (sample_city.GPKG_NAME, sample_city.DEM_NAME, sample_city.OSM_NAME)
        with tempfile.TemporaryDirectory(prefix="migrant_sample_") as scratch:
            if not regenerate and all((shipped / name).exists() for name in names):
                feedback.pushInfo(tr("Copying the shipped sample city..."))
                source = str(shipped)
            else:
                feedback.pushInfo(tr("Generating the sample city..."))
                city = sample_city.generate()
                self.check_canceled()
                sample_city.write(city, scratch)
                source = scratch
            # staged: the files appear in the folder together when the run ends well
            pairs = [(os.path.join(source, name), self._target(folder, name, staged)) for name in names]
            copy_files(pairs, self.progress(feedback, 0.0, end))
        feedback.setProgress(end)
        return {self.OUTPUT: folder, self.GEOPACKAGE: gpkg, self.DEM: dem, self.OSM: osm}

    def _target(self, folder: str, name: str, staged: bool) -> str:
        """Where file ``name`` of ``folder`` is written: its run's staged name, or the path itself."""
        path = os.path.join(folder, name)
        return self.staged.path(path, self.OUTPUT) if staged else path

    def _finish(self, parameters, context, feedback, results: dict) -> dict:
        """Report every layer and, when asked, load them styled when the run ends."""
        titles = layer_titles()
        load = self.parameterAsBool(parameters, self.LOAD, context)
        for name, role, _kind in OUTPUTS:
            uri = results[name]
            if load:
                self._load(context, uri, titles[role], name, style_path(f"sample_{role}.qml"), role)
            feedback.pushInfo(tr("{title}: {uri}").format(title=titles[role], uri=postgis.hide_password(uri)))
        if load:
            self._load(context, results[self.DEM], titles["dem"], self.DEM, style_path("sample_dem.qml"), "dem")
        feedback.setProgress(100)
        return results

    # ---------------------------------------------------------------- PostgreSQL
    def _database(self, parameters, context):
        """The (connection URI, schema) the tables go to, from DATABASE/SCHEMA or a schema OUTPUT; else None."""
        name = self.parameterAsConnectionName(parameters, self.DATABASE, context) if self.DATABASE in parameters else ""
        if name:
            try:
                connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(name)
            except QgsProviderConnectionException:
                raise InputError(
                    tr("There is no PostgreSQL connection named '{name}' (Browser > PostgreSQL).").format(name=name)
                ) from None
            schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "public"
            return QgsDataSourceUri(connection.uri()), schema
        return postgis.parse_schema(self.parameterAsString(parameters, self.OUTPUT, context))

    def _check_tables(self, uri: QgsDataSourceUri, schema: str) -> postgis.OutputSession:
        """The session that writes the ten tables, checked (connection, schema, rights, existing tables, SRID)."""
        session = postgis.OutputSession()
        titles = layer_titles()
        for name, role, _kind in OUTPUTS:
            table = postgis.Table(uri.uri(False), schema, sample_city.LAYERS[role])
            session.add(name, table, titles[role])
        try:
            session.check([QgsCoordinateReferenceSystem("EPSG:9377")])
        except BaseException:
            session.close()
            raise
        return session

    def _write_tables(self, session: postgis.OutputSession, gpkg: str, feedback) -> dict:
        """Read each layer of the GeoPackage and write it as a table (same feature ids); the layer sources."""
        results = {}
        progress = self.progress(feedback, 40.0, 90.0)
        for i, (name, role, _kind) in enumerate(OUTPUTS):
            layer = QgsVectorLayer(f"{gpkg}|layername={sample_city.LAYERS[role]}", role, "ogr")
            frame = io_vector.source_to_gdf(layer)
            frame = frame.drop(columns=[c for c in frame.columns if c.lower() == "fid"])
            fields = io_vector.fields_for(frame)
            wkb_type = QgsWkbTypes.flatType(layer.wkbType())
            comment = tr("{title} of Villa Esperanza, the sample city: fictitious data made for training.").format(
                title=layer_titles()[role]
            )
            results[name] = session.write_table(name, frame, fields, wkb_type, layer.crs(), comment, keys=frame.index)
            progress((i + 1) / len(OUTPUTS))
        return results

    @staticmethod
    def _load(context: QgsProcessingContext, uri: str, title: str, output: str, qml: str, role: str) -> None:
        """Ask Processing to add a layer to the project when the run finishes, styled."""
        details = QgsProcessingContext.LayerDetails(title, context.project(), output)
        if hasattr(details, "layerSortKey"):
            details.layerSortKey = LOAD_ORDER.index(role) if role in LOAD_ORDER else len(LOAD_ORDER)
        details.setPostProcessor(_StylePostProcessor(qml))
        context.addLayerToLoadOnCompletion(uri, details)
