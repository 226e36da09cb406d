"""Where a run reads and where it writes, compared before anything is computed.

Every destination of a run (feature sinks, rasters, files such as the report's PDF, the files an algorithm
plans to write into an output folder) is resolved to a :class:`Place` — a file after following symbolic links
and relative paths (a shapefile with its sidecar files), a layer inside a GeoPackage, a database table — and
compared with every input source and with every other destination of the run. An output that would replace an
input, or another output, is refused naming both parameters. Writing a *new* layer into an input GeoPackage
(``ogr:dbname='input.gpkg' table="new"``) is allowed: only that layer is written.

The module is generic over an algorithm's parameter definitions: any current or future algorithm gets the
check from :class:`..processing.base.MigrantAlgorithm` without a line of its own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr
from qgis.core import (
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QUrl

from ..core.errors import InputError
from ..core.i18n import tr

FILE, FOLDER, TABLE, MEMORY = "file", "folder", "table", "memory"
# Files that belong to one shapefile: any of them names the whole shapefile.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")
# File formats that hold several layers (a whole-file output would delete the others).
CONTAINERS = (".gpkg", ".sqlite", ".db")
# Raster destinations are written by GDAL's GeoTIFF driver (qgis_io.raster.GeoTiffWriter).
RASTER_EXTENSIONS = (".tif", ".tiff")
# A provider prefix in a destination ('ogr:', 'postgres:'), as QGIS reads it (three characters or more: not 'C:').
_PROVIDER = re.compile(r"^(.{3,}?):(.*)$", re.DOTALL)
# QGIS's own tables in a GeoPackage that a replaced output file may hold besides its layer.
_SERVICE_TABLES = ("layer_styles", "qgis_projects")

gdal.UseExceptions()


@dataclass(frozen=True)
class Place:
    """A place that holds data: a file (and optionally a layer in it), a folder, or a database table.

    ``key`` identifies the file whatever the path that leads to it (symbolic links, relative paths, a hard
    link, the case of a case-insensitive disk): its device and inode when it exists, else its resolved path.
    ``path`` is the resolved path (to tell whether a file lies in a folder); ``layer`` is empty for the whole
    file.
    """

    kind: str
    key: str
    path: str = ""
    layer: str = ""

    def shown(self) -> str:
        """The place for messages: the path (and layer)."""
        if self.layer and self.kind == FILE:
            return tr("{path}, layer {layer}").format(path=self.path, layer=self.layer)
        return self.path or self.key

    def same_file(self, other: Place) -> bool:
        """Whether both name one file (or database): same identity, or same resolved path."""
        return self.key == other.key or (bool(self.path) and self.path == other.path)

    def overlaps(self, other: Place) -> bool:
        """Whether writing one would change the other (same file, same layer, or a whole file and a part)."""
        if FOLDER in (self.kind, other.kind):
            if self.kind == other.kind:
                return False  # two folder outputs may share a folder: their files are compared one by one
            folder, item = (self, other) if self.kind == FOLDER else (other, self)
            return item.same_file(folder)  # an output folder that is an input file
        if self.kind != other.kind or not self.same_file(other):
            return False
        return not self.layer or not other.layer or self.layer.casefold() == other.layer.casefold()


@dataclass
class Destination:
    """A resolved output: what to write (``value``: a concrete path or URI) and where it lands (``place``).

    ``kind``: FILE (a whole file at ``path``), FILE with ``layer`` (a layer written into a GeoPackage with
    ``ogr:dbname=... table=...``), FOLDER, TABLE (a database), MEMORY, or "" (another provider: written by QGIS).
    """

    parameter: str
    value: str
    kind: str
    path: str = ""
    layer: str = ""
    place: Optional[Place] = None


# ------------------------------------------------------------------------------------------------ places
def _resolved(path: str) -> str:
    """An absolute path with symbolic links and '..' resolved, normalised for this system's case rules."""
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(path))))


def file_place(path: str, layer: str = "") -> Place:
    """The place of a file (a shapefile part names the whole shapefile)."""
    stem, extension = os.path.splitext(path)
    if extension.lower() in SHAPEFILE_PARTS:
        path = stem + ".shp"
    resolved = _resolved(path)
    key = resolved
    if os.path.exists(resolved):
        status = os.stat(resolved)
        key = f"{status.st_dev}:{status.st_ino}"
    return Place(FILE, key, resolved, layer or "")


def folder_place(path: str) -> Place:
    """The place of an output folder."""
    resolved = _resolved(path)
    key = resolved
    if os.path.exists(resolved):
        status = os.stat(resolved)
        key = f"{status.st_dev}:{status.st_ino}"
    return Place(FOLDER, key, resolved)


def _table_place(provider: str, uri: str) -> Optional[Place]:
    """The place of a database table from a provider's URI (PostgreSQL, SpatiaLite...)."""
    parsed = QgsDataSourceUri(uri)
    if provider == "spatialite" and parsed.database():
        return file_place(parsed.database(), parsed.table())
    server = parsed.service() or f"{parsed.host()}:{parsed.port()}"
    if not (parsed.database() or parsed.service()) or not parsed.table():
        return None
    key = f"{provider}:{server}/{parsed.database()}"
    return Place(TABLE, key, key, f"{parsed.schema() or 'public'}.{parsed.table()}")


def _first_layer_name(path: str, index: Optional[int] = None) -> str:
    """The name of a layer of a multi-layer file (the first one, or by index); '' when it cannot be told."""
    if os.path.splitext(path)[1].lower() not in CONTAINERS:
        return ""
    try:
        dataset = ogr.Open(path)
    except RuntimeError:
        return ""
    if dataset is None or dataset.GetLayerCount() == 0:
        return ""
    layer = dataset.GetLayer(int(index or 0))
    return layer.GetName() if layer is not None else ""


def layer_place(layer: QgsMapLayer) -> Optional[Place]:
    """The place a QGIS layer reads (None for memory layers and remote services)."""
    provider = layer.providerType()
    source = layer.source()
    if provider in ("ogr", "gdal"):
        parts = QgsProviderRegistry.instance().decodeUri(provider, source)
        path = parts.get("path") or ""
        if not path or not os.path.exists(path):
            return None
        name = parts.get("layerName") or ""
        if not isinstance(name, str):  # a NULL QVariant
            name = ""
        if not name:
            layer_id = parts.get("layerId")
            name = _first_layer_name(path, layer_id if isinstance(layer_id, int) else None)
        return file_place(path, name)
    if provider == "delimitedtext":
        path = QUrl(source).toLocalFile()
        return file_place(path) if path and os.path.exists(path) else None
    if provider in ("memory", "virtual", "wfs", "wms", "arcgisfeatureserver", "arcgismapserver", "xyz"):
        return None
    return _table_place(provider, source)


def uri_place(text: str) -> Optional[Place]:
    """The place of a file URI (``a.gpkg|layername=x``), when the file exists."""
    parts = str(text).split("|")
    path = parts[0]
    if not path or not os.path.isfile(path):
        return None
    name = ""
    for option in parts[1:]:
        if option.startswith("layername="):
            name = option.split("=", 1)[1]
        elif option.startswith("layerid=") and not name:
            index = option.split("=", 1)[1]
            name = _first_layer_name(path, int(index) if index.isdigit() else None)
    if not name:
        name = _first_layer_name(path)
    return file_place(path, name)


# ------------------------------------------------------------------------------------------------ inputs
_LAYER_TYPES = ("source", "vector", "raster", "layer", "multilayer", "mesh", "pointcloud", "band")


def _values(value: object) -> List[object]:
    """A parameter value as a list of single values."""
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def property_text(prop: QgsProperty, context, default: str = "") -> str:
    """A QgsProperty's value as text (PyQGIS returns ``(text, ok)`` from valueAsString)."""
    value = prop.valueAsString(context.expressionContext(), default)
    return value[0] if isinstance(value, tuple) else value


def _static(value: object, context) -> object:
    """The plain value of a QgsProperty, source definition or output definition."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = property_text(value, context)
    return value


def input_places(algorithm, parameters: dict, context) -> List[Tuple[str, Place]]:
    """Every place the run reads: (parameter name, place), for layers, files and strings naming files."""
    found: List[Tuple[str, Place]] = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        value = parameters.get(name)
        if value is None:
            continue
        for item in _values(value):
            item = _static(item, context)
            place = None
            if isinstance(item, QgsMapLayer):
                place = layer_place(item)
            elif isinstance(item, str) and item.strip():
                text = item.strip()
                if definition.type() in _LAYER_TYPES:
                    layer = QgsProcessingUtils.mapLayerFromString(text, context, True)
                    place = layer_place(layer) if layer is not None else uri_place(text)
                elif len(text) < 4096 and "\n" not in text:
                    place = uri_place(text)  # a string or file parameter naming a file (a .json, a .csv)
            if place is not None:
                found.append((name, place))
    return found


# ------------------------------------------------------------------------------------------------ outputs
def _destination_text(definition, value: object, context) -> Tuple[str, object]:
    """The destination string of an output parameter (as QGIS resolves it) and the value's wrapper, if any."""
    wrapper = None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        wrapper = value
        value = value.sink
    if isinstance(value, QgsProperty):
        default = definition.defaultValue()
        value = property_text(value, context, "" if default is None else str(default))
    text = "" if value is None else str(value)
    if not text:
        default = definition.defaultValue()
        text = "" if default is None else str(default)
    if text == QgsProcessing.TEMPORARY_OUTPUT:
        text = definition.generateTemporaryDestination()
    return text, wrapper


def _pipe_refusal(parameter: str, text: str) -> InputError:
    """The refusal of 'file.gpkg|layername=x' as a destination (QGIS would write a file of that literal name)."""
    path, _sep, rest = text.partition("|")
    layer = rest.split("=", 1)[1].split("|")[0] if "=" in rest else "name"
    return InputError(
        tr(
            "{parameter}: '{value}' is the way to read a layer, not to write one (QGIS would create a file named "
            "literally so). To write the layer {layer} into {path}, give ogr:dbname='{path}' table=\"{layer}\"; to "
            "write a file of its own, give a path such as {stem}_{layer}.gpkg."
        ).format(parameter=parameter, value=text, layer=layer, path=path, stem=os.path.splitext(path)[0] or "output")
    )


def resolve_output(definition, value: object, context) -> Optional[Destination]:
    """Where an output parameter writes, or None when it is not asked for."""
    name = definition.name()
    kind = definition.type()
    text, _wrapper = _destination_text(definition, value, context)
    if not text:
        return None
    if kind == "folderDestination":
        return Destination(name, text, FOLDER, path=text, place=folder_place(text))
    if kind in ("fileDestination", "rasterDestination"):
        if "|" in text:
            raise _pipe_refusal(name, text)
        if kind == "rasterDestination":
            extension = os.path.splitext(text)[1].lower()
            if not extension:
                text = text + "." + definition.defaultFileExtension()
            elif extension not in RASTER_EXTENSIONS:
                raise InputError(
                    tr(
                        "{parameter}: the raster is written as a GeoTIFF, so its file name must end in .tif "
                        "(given: {path})."
                    ).format(parameter=name, path=text)
                )
        return Destination(name, text, FILE, path=text, place=file_place(text))
    # feature sinks and vector destinations, resolved as QgsProcessingUtils.createFeatureSink does
    if text.startswith("memory:"):
        return Destination(name, text, MEMORY)
    match = _PROVIDER.match(text)
    if match and not os.path.exists(text):
        provider, uri = match.group(1), match.group(2)
        provider = "postgres" if provider == "postgis" else provider
        if provider == "ogr":
            parsed = QgsDataSourceUri(uri)
            if parsed.database():
                path, layer = parsed.database(), parsed.table()
                return Destination(name, text, FILE, path=path, layer=layer, place=file_place(path, layer))
        return Destination(name, text, "", place=_table_place(provider, uri))
    if "|" in text:
        raise _pipe_refusal(name, text)
    extension = os.path.splitext(text)[1][1:]
    if not extension or not QgsVectorFileWriter.driverForExtension(extension):
        text = text + "." + definition.defaultFileExtension()  # as QGIS does: 'out' becomes 'out.gpkg'
    return Destination(name, text, FILE, path=text, place=file_place(text))


def concrete_value(value: object, destination: Destination) -> object:
    """The parameter value with its destination made concrete (TEMPORARY_OUTPUT resolved once for the run)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(destination.value)
        return copy
    return destination.value


def container_layers(path: str) -> List[str]:
    """The layers of a GeoPackage/SQLite file other than QGIS's service tables ([] when it is not one)."""
    if os.path.splitext(path)[1].lower() not in CONTAINERS or not os.path.isfile(path):
        return []
    try:
        dataset = ogr.Open(path)
    except RuntimeError:
        return []
    if dataset is None:
        return []
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    return [n for n in names if n.lower() not in _SERVICE_TABLES]


# ------------------------------------------------------------------------------------------------ the check
def _label(definition) -> str:
    """'OUTPUT (Settlement exposure)': a parameter as messages name it."""
    return f"{definition.name()} ({definition.description()})"


def input_clash(output: str, output_place: Place, inputs: Sequence[Tuple[str, Place]], labels: Dict[str, str]):
    """The refusal when ``output_place`` is one of the inputs, else None."""
    for parameter, place in inputs:
        if output_place.overlaps(place):
            advice = tr("Choose another file or layer name for {output}.").format(output=labels.get(output, output))
            if place.kind == FILE and os.path.splitext(place.path)[1].lower() in CONTAINERS and not output_place.layer:
                advice = tr(
                    "Choose another file for {output}, or write a new layer into the GeoPackage with "
                    "ogr:dbname='{path}' table=\"new_layer\" (its other layers stay untouched)."
                ).format(output=labels.get(output, output), path=place.path)
            return InputError(
                tr("{output} would overwrite the input {input} ({place}). {advice}").format(
                    output=labels.get(output, output),
                    input=labels.get(parameter, parameter),
                    place=place.shown(),
                    advice=advice,
                )
            )
    return None


def output_clash(first: str, first_place: Place, second: str, second_place: Place, labels: Dict[str, str]):
    """The refusal when two outputs of a run write the same place, else None."""
    if not first_place.overlaps(second_place):
        return None
    shown = first_place if first_place.layer or not second_place.layer else second_place
    return InputError(
        tr(
            "{first} and {second} would both write {place}, so one would replace the other. Give each output "
            "its own file (or its own layer of one GeoPackage: ogr:dbname='{path}' table=\"name\")."
        ).format(
            first=labels.get(first, first),
            second=labels.get(second, second),
            place=shown.shown(),
            path=shown.path,
        )
    )


def check(
    algorithm,
    parameters: dict,
    context,
    planned: Optional[Dict[str, Iterable[str]]] = None,
    inputs: Optional[List[Tuple[str, Place]]] = None,
) -> Tuple[dict, Dict[str, Destination], List[Tuple[str, Place]]]:
    """Resolve every destination of a run and refuse clashes; returns the parameters with concrete
    destinations, the destinations by parameter and the input places.

    ``planned``: files an algorithm will write into an output folder, by the folder's parameter. ``inputs``: the
    input places when :func:`input_places` was already called (on the main thread, before a background run).
    """
    labels = {d.name(): _label(d) for d in algorithm.parameterDefinitions()}
    if inputs is None:
        inputs = input_places(algorithm, parameters, context)
    destinations: Dict[str, Destination] = {}
    concrete = dict(parameters)
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        destination = resolve_output(definition, parameters.get(name), context)
        if destination is None:
            continue
        destinations[name] = destination
        if name in parameters or destination.value != "":
            concrete[name] = concrete_value(parameters.get(name), destination)
    places: List[Tuple[str, Place]] = [(n, d.place) for n, d in destinations.items() if d.place is not None]
    for folder, files in (planned or {}).items():
        places.extend((folder, file_place(path)) for path in files)
    for index, (name, place) in enumerate(places):
        error = input_clash(name, place, inputs, labels)
        if error is not None:
            raise error
        for other, other_place in places[index + 1 :]:
            if other != name:
                error = output_clash(name, place, other, other_place, labels)
                if error is not None:
                    raise error
    for name, destination in destinations.items():
        if destination.kind == FILE and not destination.layer:
            others = [
                n
                for n in container_layers(destination.path)
                if n.casefold() != os.path.splitext(os.path.basename(destination.path))[0].casefold()
            ]
            if others:
                stem = os.path.splitext(os.path.basename(destination.path))[0]
                raise InputError(
                    tr(
                        "{output}: {path} holds other layers ({layers}) that writing the output as this file would "
                        "delete. Write the output as a layer into it (ogr:dbname='{path}' table=\"{stem}\") or "
                        "choose another file."
                    ).format(output=labels[name], path=destination.path, layers=", ".join(others[:8]), stem=stem)
                )
    return concrete, destinations, inputs
