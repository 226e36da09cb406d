"""load_sample_city: write the Villa Esperanza sample city and add it to the project."""

from __future__ import annotations

import os
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
)

from ... import sample_city
from ...core.i18n import tr
from ...paths import sample_data_dir, style_path
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
            "input to the analysis algorithms."
        )

    def initAlgorithm(self, config=None) -> None:
        folder = QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Output folder"))
        folder.setHelp(
            tr(
                "Folder where villa_esperanza.gpkg, villa_esperanza_dem.tif and villa_esperanza.osm (the streets and "
                "facilities as an OpenStreetMap extract, for Import OpenStreetMap) are written."
            )
        )
        self.addParameter(folder)
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
            pairs = [
                (os.path.join(source, name), self.staged.path(os.path.join(folder, name), self.OUTPUT))
                for name in names
            ]
            copy_files(pairs, self.progress(feedback, 0.0, 95.0))
        feedback.setProgress(95)
        results = {self.OUTPUT: folder, self.GEOPACKAGE: gpkg, self.DEM: dem, self.OSM: osm}
        titles = layer_titles()
        load = self.parameterAsBool(parameters, self.LOAD, context)
        for name, role, _kind in OUTPUTS:
            uri = f"{gpkg}|layername={sample_city.LAYERS[role]}"
            results[name] = uri
            if load:
                self._load(context, uri, titles[role], name, style_path(f"sample_{role}.qml"), role)
            feedback.pushInfo(tr("{title}: {uri}").format(title=titles[role], uri=uri))
        if load:
            self._load(context, dem, titles["dem"], self.DEM, style_path("sample_dem.qml"), "dem")
        feedback.setProgress(100)
        return results

    @staticmethod
    def _load(context: QgsProcessingContext, uri: str, title: str, output: str, qml: str, role: str) -> None:
        """Ask Processing to add a layer to the project when the run finishes, styled."""
        details = QgsProcessingContext.LayerDetails(title, context.project(), output)
        if hasattr(details, "layerSortKey"):
            details.layerSortKey = LOAD_ORDER.index(role) if role in LOAD_ORDER else len(LOAD_ORDER)
        details.setPostProcessor(_StylePostProcessor(qml))
        context.addLayerToLoadOnCompletion(uri, details)
