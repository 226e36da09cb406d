"""Reading an OpenStreetMap extract (.osm XML or .osm.pbf) offline with GDAL's OSM driver, in bulk.

The driver is opened with the plugin's own ``resources/osm/osmconf.ini`` (open option ``CONFIG_FILE``), which
turns the tags the import needs into fields. It builds its layers (points, lines, multipolygons...) in one
pass over the file, interleaved; reading one layer after another through the layer API would need
``OGR_INTERLEAVED_READING`` (required for .pbf files). Instead, each layer is read in a pass of its own with
``SET interest_layers = <layer>`` (the driver then skips the others), through GDAL's Arrow stream: column
arrays, no Python object per feature. Nothing is fetched from the network.
"""

from __future__ import annotations

import logging
import os
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd
import shapely
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from ..core.osm import OsmData
from ..paths import resource
from .crs import WGS84
from .ogr_read import transform_xy

LAYERS = ("lines", "points", "multipolygons")
# points and areas that can be facilities (the keys of core.osm's facility rules)
FACILITY_FILTER = "amenity IS NOT NULL OR healthcare IS NOT NULL"
BATCH = 20_000
EXTENSIONS = (".osm", ".pbf")

ProgressFn = Callable[[float], None]

LOG = logging.getLogger("migrant_planning")

gdal.UseExceptions()


def config_file() -> str:
    """The plugin's osmconf.ini."""
    return str(resource("osm", "osmconf.ini"))


def _not_osm(path: str) -> InputError:
    """The refusal of a file that is not an OpenStreetMap extract."""
    return InputError(
        tr(
            "{file} is not an OpenStreetMap file (.osm XML or .osm.pbf). Choose an OSM extract, for example from "
            "download.geofabrik.de (Colombia, .osm.pbf) or the Export button of openstreetmap.org (.osm)."
        ).format(file=os.path.basename(path))
    )


def open_osm(path: str):
    """The GDAL dataset of an OSM extract, or a clear refusal."""
    if not path or not os.path.isfile(path):
        raise InputError(
            tr("The OSM file {file} does not exist. Choose an existing .osm or .osm.pbf file.").format(file=path)
        )
    if not path.lower().endswith(EXTENSIONS):
        raise _not_osm(path)
    try:
        dataset = gdal.OpenEx(
            path,
            gdal.OF_VECTOR | gdal.OF_READONLY,
            allowed_drivers=["OSM"],
            open_options=[f"CONFIG_FILE={config_file()}"],
        )
    except RuntimeError:
        raise _not_osm(path) from None
    if dataset is None:
        raise _not_osm(path)
    return dataset


def _strings(array) -> np.ndarray:
    """A column of the Arrow stream as an object array of str (None where null)."""
    mask = np.ma.getmaskarray(array)
    data = np.ma.getdata(array)
    if data.dtype.kind == "S":
        out = np.char.decode(data, "utf-8", errors="replace").astype(object)
    else:
        out = np.array([v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in data.tolist()], object)
    out[mask] = None
    return out


def _read_layer(dataset, name: str, is_canceled: Optional[Callable[[], bool]], select: bool = True) -> pd.DataFrame:
    """One layer of the extract as text columns and a ``geometry`` column (longitude/latitude).

    ``select``: make it the only layer the driver reads (else the caller chose the layers of interest).
    """
    if select:
        dataset.ExecuteSQL(f"SET interest_layers = {name}")
    layer = dataset.GetLayerByName(name)
    layer.ResetReading()
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    geometry_key = layer.GetGeometryColumn() or "wkb_geometry"
    columns: Dict[str, List[np.ndarray]] = {n: [] for n in names}
    wkbs: List[np.ndarray] = []
    stream = layer.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={BATCH}"])
    for batch in stream:
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        for n in names:
            columns[n].append(_strings(batch[n]))
        raw = batch[geometry_key]
        wkb = np.ma.getdata(raw).astype(object)
        wkb[np.ma.getmaskarray(raw)] = None
        wkbs.append(wkb)
    data = {n: (np.concatenate(parts) if parts else np.zeros(0, object)) for n, parts in columns.items()}
    geoms = shapely.from_wkb(np.concatenate(wkbs)) if wkbs else np.zeros(0, object)
    frame = pd.DataFrame(data)
    frame["geometry"] = geoms
    return frame


def read_osm(
    path: str, progress: Optional[ProgressFn] = None, is_canceled: Optional[Callable[[], bool]] = None
) -> OsmData:
    """The lines, points and multipolygons of an OSM extract (longitude/latitude, WGS 84).

    One pass over the file when it can be (the facility points and areas, filtered by their tags, wait in the
    driver's buffers while the lines are read); one pass per layer when the driver says that too many features
    waited (more than about 100 000 facilities): it then stops buffering without an exception, so its errors
    are watched.
    """
    open_osm(path)  # a clear refusal of a file that is not OSM, before anything else
    try:
        return _read_in_one_pass(path, progress, is_canceled)
    except _Overflow:
        LOG.info(
            tr("{file}: many facilities; the OSM layers are read one after another.").format(
                file=os.path.basename(path)
            )
        )
        return _read_layer_by_layer(path, progress, is_canceled)


class _Overflow(Exception):
    """The OSM driver dropped features it could not buffer."""


# What the OSM driver says when it drops features it could not buffer. With GDAL's exceptions on, GDAL 3.7 and newer
# (Debian 13) raise it as a RuntimeError instead of passing it to the error handler pushed here.
_OVERFLOW_MESSAGE = "Too many features have accumulated"


def _read_in_one_pass(path: str, progress, is_canceled) -> OsmData:
    """All three layers from one pass over the file (see :func:`read_osm`)."""
    failures: List[str] = []

    def handler(error_class, _number, message) -> None:
        if error_class >= gdal.CE_Failure:
            failures.append(str(message))

    gdal.PushErrorHandler(handler)
    try:
        dataset = open_osm(path)
        dataset.ExecuteSQL("SET interest_layers = " + ",".join(LAYERS))
        for name in LAYERS[1:]:
            dataset.GetLayerByName(name).SetAttributeFilter(FACILITY_FILTER)
        frames = {}
        for k, name in enumerate(LAYERS):
            frames[name] = _read_layer(dataset, name, is_canceled, select=False)
            if failures:
                raise _Overflow()
            if progress is not None:
                progress((k + 1) / len(LAYERS))
    except RuntimeError as error:
        if failures or _OVERFLOW_MESSAGE in str(error):
            raise _Overflow() from None
        raise _unreadable(path, error) from None
    finally:
        gdal.PopErrorHandler()
        dataset = None
    return OsmData(frames["lines"], frames["points"], frames["multipolygons"])


def _read_layer_by_layer(path: str, progress, is_canceled) -> OsmData:
    """Each layer in a pass of its own, on a dataset opened for it."""
    frames = {}
    for k, name in enumerate(LAYERS):
        # one dataset per pass: a second pass over the same dataset misses the areas built from closed ways
        dataset = open_osm(path)
        try:
            if name != "lines":
                dataset.GetLayerByName(name).SetAttributeFilter(FACILITY_FILTER)
            frames[name] = _read_layer(dataset, name, is_canceled)
        except RuntimeError as error:
            raise _unreadable(path, error) from None
        finally:
            dataset = None
        if progress is not None:
            progress((k + 1) / len(LAYERS))
    return OsmData(frames["lines"], frames["points"], frames["multipolygons"])


def _unreadable(path: str, error) -> InputError:
    """The refusal of an OSM file GDAL fails to read."""
    return InputError(
        tr("{file}: GDAL could not read the OSM data ({error}). Check that the file is complete.").format(
            file=os.path.basename(path), error=error
        )
    )


def lonlat_transform(target: QgsCoordinateReferenceSystem, context=None) -> Callable[[np.ndarray], np.ndarray]:
    """A function mapping (n, 2) longitudes/latitudes (WGS 84) to ``target`` with QGIS's transform."""
    transforms = context.transformContext() if context is not None else QgsProject.instance().transformContext()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), target, transforms)

    def to_target(xy: np.ndarray) -> np.ndarray:
        return transform_xy(xy, transform)

    return to_target


def lonlat_centre(data: OsmData) -> Optional[tuple]:
    """The centre of the extract's highways (longitude, latitude), or None when it has none."""
    geoms = data.lines["geometry"].to_numpy(dtype=object) if len(data.lines) else np.zeros(0, object)
    if len(geoms) == 0:
        return None
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    if not np.isfinite([x0, y0, x1, y1]).all():
        return None
    return (x0 + x1) / 2.0, (y0 + y1) / 2.0
