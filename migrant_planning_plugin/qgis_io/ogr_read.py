"""A fast path for reading plain GeoPackage and shapefile layers: GDAL's Arrow stream instead of the QGIS iterator.

The QGIS feature iterator costs about 5 µs per feature in Python (one QgsFeature, one QgsGeometry,
one attribute list each); GDAL (3.6+) hands a whole layer over as column arrays
(``ogr.Layer.GetArrowStreamAsNumPy``): feature ids, WKB and typed attribute arrays with null masks.
:func:`read` uses it when the result is certain to be the same as the iterator's, and otherwise
returns None so that the caller iterates through QGIS:

- an OGR layer of a GeoPackage or shapefile (no subset string, geometry-type filter or open options,
  no unsaved edits; for a shapefile, text encoded in UTF-8, which QGIS decodes the same way), or a
  PostGIS table through GDAL's PG driver when ``postgis.gdal_table`` finds it reads the same (its SQL
  filter applied on the server), read whole (no selection, no feature limit: the caller decides);
- its fields as QGIS sees them: the key column (the GeoPackage's fid, a PostGIS table's integer primary
  key) and the OGR fields, of the types
  integer, integer64, boolean, real, string and date (no joins or virtual fields, which the layer
  would add; no date-time, time, binary, list or JSON fields, whose conversion QGIS does its own way);
- a geometry type without curves or M values (curves are segmentised by QGIS; M is dropped).

Two things QGIS's OGR iterator does are done here too: a multipart layer gives multipart geometries
(single parts promoted, in ``vector.source_to_gdf``), and booleans of a GeoPackage are read with
SQLite, because GDAL 3.6's GeoPackage Arrow stream scrambles boolean bitmaps.

Geometries in a non-metric CRS (degrees, feet, Mercator) are densified before they are reprojected
(:func:`reproject`, used by both read paths), so that edges follow the true line in the metric CRS.

Reprojection uses QGIS's own coordinate transform (same source CRS, transform context and PROJ as
the iterator's ``setDestinationCrs``), applied to all vertices at once as one line: the same PROJ
operation on the same points (with z = 0, as QGIS transforms 2-D geometries), so the same numbers.
Any failure (PROJ, GEOS, GDAL) falls back to the iterator.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import shapely
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import Cancelled
from ..core.geometry import densify
from ..core.i18n import tr
from . import postgis

LOG = logging.getLogger("migrant_planning")

DRIVERS = ("GPKG", "ESRI Shapefile")
# Edges of non-metric sources are densified before reprojection until they stay within this distance (m) of the
# true line in the metric CRS (and are at most DENSIFY_MAX_STEP_M long); at most this many vertices are added.
DENSIFY_TOLERANCE_M = 5e-6
DENSIFY_MAX_STEP_M = 1000.0
DENSIFY_MIN_STEP_M = 5.0  # never closer: the road network joins vertices closer than its snapping tolerance
MAX_DENSIFY_VERTICES = 20_000_000
BATCH = 65_536
_INTEGER = (QVariant.Int, QVariant.LongLong)
# OGR field type (and subtype) -> the QGIS field types it is read as
_OGR_TO_QGIS = {
    (ogr.OFTInteger, ogr.OFSTNone): _INTEGER,
    (ogr.OFTInteger, ogr.OFSTInt16): _INTEGER,
    (ogr.OFTInteger, ogr.OFSTBoolean): (QVariant.Bool,),
    (ogr.OFTInteger64, ogr.OFSTNone): (QVariant.LongLong,),
    (ogr.OFTReal, ogr.OFSTNone): (QVariant.Double,),
    (ogr.OFTReal, ogr.OFSTFloat32): (QVariant.Double,),
    (ogr.OFTString, ogr.OFSTNone): (QVariant.String,),
    (ogr.OFTDate, ogr.OFSTNone): (QVariant.Date,),
}

ProgressFn = Callable[[float], None]


def plain_ogr_layer(source) -> Optional[QgsVectorLayer]:
    """The vector layer behind ``source`` when it is a plain OGR layer that can be read directly, else None.

    ``source`` is a QgsVectorLayer, or a feature source on which the algorithm base set ``ogr_layer``
    (only when the parameter is a whole layer: no selection, no feature limit).
    """
    layer = postgis.layer_behind(source)
    if layer is None:
        return None
    if layer.providerType() == "postgres":  # its SQL filter runs on the server either way
        pass
    elif layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() and layer.isModified():
        return None
    wkb_type = layer.wkbType()
    if QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        return None
    return layer


def _open(layer: QgsVectorLayer):
    """The GDAL dataset and OGR layer of a QGIS OGR or PostGIS layer, or None when we do not read it the same."""
    if layer.providerType() == "postgres":
        return postgis.gdal_table(layer)
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if any(parts.get(key) for key in ("subset", "geometryType", "openOptions", "vsiPrefix", "vsiSuffix")):
        return None
    path = parts.get("path")
    if not path:
        return None
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    if dataset is None or dataset.GetDriver().ShortName not in DRIVERS:
        return None
    name, index = parts.get("layerName"), parts.get("layerId")
    if name:
        ogr_layer = dataset.GetLayerByName(name)
    elif dataset.GetLayerCount() == 1 or index is not None:
        ogr_layer = dataset.GetLayer(int(index or 0))
    else:
        return None
    if ogr_layer is None:
        return None
    if dataset.GetDriver().ShortName == "ESRI Shapefile":
        # QGIS decodes shapefile text itself, with the layer's encoding (from the .cpg, or chosen by the user):
        # the same bytes decoded as UTF-8 give the same text only when that encoding is UTF-8.
        if layer.dataProvider().encoding().upper().replace("-", "") != "UTF8":
            return None
    return dataset, ogr_layer


def filter_error(path: str, layer_name: str, subset: str) -> str:
    """GDAL's message when ``subset`` is not a valid attribute filter of the layer ('' when it is, or unknown)."""
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return ""
    if dataset is None:
        return ""
    ogr_layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if ogr_layer is None:
        return ""
    messages: List[str] = []
    gdal.PushErrorHandler(lambda _class, _number, text: messages.append(str(text)))
    try:
        ogr_layer.SetAttributeFilter(subset)
        ogr_layer.GetNextFeature()
    except RuntimeError as error:
        messages.append(str(error))
    finally:
        gdal.PopErrorHandler()
        ogr_layer = None
        dataset = None
    if not messages:
        return ""
    # SQLite says where ('near ">": syntax error'); GDAL's own message quotes the whole query
    for text in messages:
        if "near " in text:
            return text[text.index("near ") :].strip()
    return messages[0].split(": SELECT")[0].strip() or "error"


def _field_plan(ogr_layer, fields: QgsFields) -> Optional[Tuple[str, List[str]]]:
    """The FID column name and the OGR field names, when they are exactly the QGIS fields with known types."""
    definition = ogr_layer.GetLayerDefn()
    fid_column = ogr_layer.GetFIDColumn() or ""
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    # QGIS shows the key column among the fields (first in a GeoPackage, where the table has it in PostGIS)
    if [n for n in fields.names() if n != fid_column] != names:
        return None
    if fid_column and (fields.lookupField(fid_column) < 0 or fields.field(fid_column).type() not in _INTEGER):
        return None
    for i in range(definition.GetFieldCount()):
        field_definition = definition.GetFieldDefn(i)
        allowed = _OGR_TO_QGIS.get((field_definition.GetType(), field_definition.GetSubType()))
        if allowed is None or fields.field(names[i]).type() not in allowed:
            return None
    return fid_column, names


def _values(array: np.ndarray, kind) -> object:
    """A typed column like ``vector._column`` makes from QGIS values (nullable ints and booleans, NaN, None)."""
    mask = np.ma.getmaskarray(array)
    data = np.ma.getdata(array)
    if kind in _INTEGER:
        return pd.arrays.IntegerArray(data.astype(np.int64), mask.copy())
    if kind == QVariant.Double:
        out = data.astype(float)
        out[mask] = np.nan
        return out
    if kind == QVariant.Bool:
        return pd.arrays.BooleanArray(data.astype(bool), mask.copy())
    if kind == QVariant.Date:
        out = data.astype("datetime64[ns]")
        out[mask] = np.datetime64("NaT")
        return out
    if data.dtype.kind == "S":  # UTF-8 (GeoPackage; shapefiles only when their encoding is UTF-8)
        out = np.char.decode(data, "utf-8").astype(object)
    else:
        out = np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in data.tolist()], dtype=object)
    out[mask] = None
    return out


def _quoted(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def _gpkg_booleans(path: str, table: str, fid_column: str, names: Sequence[str], fid: np.ndarray) -> dict:
    """Boolean columns of a GeoPackage table read with SQLite (0 false, other numbers true, NULL masked), by fid."""
    from urllib.parse import quote

    select = ", ".join(f"CAST({_quoted(n)} AS INTEGER)" for n in names)
    connection = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True)
    try:
        rows = connection.execute(f"SELECT {_quoted(fid_column)}, {select} FROM {_quoted(table)}").fetchall()
    finally:
        connection.close()
    values = np.array(rows, dtype=np.float64).reshape(len(rows), len(names) + 1)
    order = np.argsort(values[:, 0], kind="stable")
    where = np.searchsorted(values[order, 0], fid)
    if len(values) != len(fid) or not np.array_equal(values[order[np.minimum(where, len(values) - 1)], 0], fid):
        raise ValueError("the feature ids do not match")
    out = {}
    for k, name in enumerate(names):
        column = values[order[where], k + 1]
        missing = np.isnan(column)
        out[name] = [np.ma.MaskedArray(np.where(missing, 0, column) != 0, mask=missing)]
    return out


def transform_xy(xy: np.ndarray, transform: QgsCoordinateTransform) -> np.ndarray:
    """An (n, 2) array of coordinates transformed by QGIS at once (2-D, z = 0 as QGIS's geometry transform does)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) == 0:
        return xy.copy()
    points = xy if len(xy) > 1 else np.repeat(xy, 2, axis=0)  # a line needs two points
    # little-endian WKB line: byte order, type 2, count, then x y pairs (no Python object per vertex)
    header = b"\x01" + np.array([2, len(points)], dtype="<u4").tobytes()
    line = QgsGeometry()
    line.fromWkb(header + np.ascontiguousarray(points, dtype="<f8").tobytes())
    line.transform(transform)
    wkb = bytes(line.asWkb())
    return np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2)[: len(xy)].copy()


def _reproject(geoms: np.ndarray, transform: QgsCoordinateTransform) -> np.ndarray:
    """Geometries with every vertex transformed by QGIS (see :func:`transform_xy`)."""
    xy = shapely.get_coordinates(geoms)
    if len(xy) == 0:
        return geoms
    return shapely.set_coordinates(geoms.copy(), transform_xy(xy, transform))


def needs_densifying(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether straight edges in ``crs`` are visibly curved in a metric CRS: geographic, not in metres, Mercator."""
    if not crs.isValid():
        return False
    # encodeUnit: the same call on QGIS 3.22 and 3.40 (where the unit enums moved to Qgis)
    return (
        crs.isGeographic() or QgsUnitTypes.encodeUnit(crs.mapUnits()) != "meters" or crs.projectionAcronym() == "merc"
    )


def densify_step(geoms: np.ndarray, transform: QgsCoordinateTransform) -> float:
    """The longest edge, in source units, whose image after ``transform`` stays within
    :data:`DENSIFY_TOLERANCE_M` of the true line (the image of the straight edge), and between
    :data:`DENSIFY_MIN_STEP_M` and :data:`DENSIFY_MAX_STEP_M` metres long.

    Scale (metres per source unit, e.g. per degree at the layer's latitude) and curvature of the image of a
    straight line are measured along four directions at the corners and centre of the geometries' extent; the
    largest are used. A chord of length s on a line of curvature k strays s^2 k / 8 from it, so
    s = sqrt(8 tolerance / k). The step grows when the added vertices would pass :data:`MAX_DENSIFY_VERTICES`.
    """
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    if not np.isfinite([xmin, ymin, xmax, ymax]).all():
        return 0.0
    points = ((xmin, ymin), (xmin, ymax), (xmax, ymin), (xmax, ymax), ((xmin + xmax) / 2, (ymin + ymax) / 2))
    directions = ((1.0, 0.0), (0.0, 1.0), (math.sqrt(0.5), math.sqrt(0.5)), (math.sqrt(0.5), -math.sqrt(0.5)))

    def image(x: float, y: float) -> np.ndarray:
        point = transform.transform(QgsPointXY(x, y))
        return np.array([point.x(), point.y()])

    delta = max(xmax - xmin, ymax - ymin, 1e-9) * 1e-4
    scale = max(
        float(np.hypot(*(image(x + dx * delta, y + dy * delta) - image(x, y)))) / delta
        for x, y in points
        for dx, dy in directions
    )
    if not scale > 0:
        return 0.0
    half = 500.0 / scale  # chords of about 1 km: their sagitta stands well above rounding
    curvature = 0.0
    for x, y in points:
        for dx, dy in directions:
            a, m, b = (image(x + t * dx * half, y + t * dy * half) for t in (-1.0, 0.0, 1.0))
            chord = float(np.hypot(*(b - a)))
            if chord > 0:
                u, v = b - a, m - a
                sagitta = abs(float(u[0] * v[1] - u[1] * v[0])) / chord
                curvature = max(curvature, 8.0 * sagitta / chord**2)
    step_m = DENSIFY_MAX_STEP_M
    if curvature > 0:
        step_m = min(step_m, max(DENSIFY_MIN_STEP_M, math.sqrt(8.0 * DENSIFY_TOLERANCE_M / curvature)))
    step = step_m / scale
    added = float(np.nansum(shapely.length(geoms))) / step
    if added > MAX_DENSIFY_VERTICES:
        step *= added / MAX_DENSIFY_VERTICES
        LOG.info(
            tr("Edges densified to {step:.1f} m instead of {wanted:.1f} m before reprojection (a large layer).").format(
                step=step * scale, wanted=step_m
            )
        )
    return step


def reproject(geoms: np.ndarray, transform: QgsCoordinateTransform, strict: bool = True) -> np.ndarray:
    """Geometries reprojected by QGIS's ``transform``; edges in a non-metric source CRS are first densified
    (:func:`densify_step`), so the reprojected edges follow the true line to 5 µm and areas that tile in
    degrees still tile in metres.

    A vertex PROJ cannot transform raises ``QgsCsException`` with ``strict``; otherwise that geometry becomes
    None, as QGIS's iterator clears a geometry it cannot transform.
    """
    if needs_densifying(transform.sourceCrs()) and len(geoms):
        step = densify_step(geoms, transform)
        if step > 0:
            geoms = densify(geoms, step)
    try:
        return _reproject(geoms, transform)
    except QgsCsException:
        if strict:
            raise
    out = np.full(len(geoms), None, dtype=object)
    for i, geom in enumerate(geoms):
        try:
            out[i] = _reproject(np.array([geom], dtype=object), transform)[0]
        except QgsCsException:
            out[i] = None
    return out


def read(
    source,
    fields: QgsFields,
    names: Sequence[str],
    transform: Optional[QgsCoordinateTransform],
    progress: Optional[ProgressFn] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> Optional[Tuple[np.ndarray, np.ndarray, Dict[str, object]]]:
    """Feature ids, shapely geometries and typed columns ``names`` of a plain OGR source, or None to fall back.

    ``transform`` (QGIS's, from the source CRS to the target) reprojects the geometries.
    """
    layer = plain_ogr_layer(source)
    if layer is None:
        return None
    opened = _open(layer)
    if opened is None:
        return None
    dataset, ogr_layer = opened
    plan = _field_plan(ogr_layer, fields)
    if plan is None:
        return None
    fid_column, ogr_names = plan
    kinds = {fields.at(i).name(): fields.at(i).type() for i in range(fields.count())}
    ogr_layer.SetIgnoredFields([n for n in ogr_names if n not in names])
    ogr_layer.ResetReading()
    total = max(1, ogr_layer.GetFeatureCount(force=0))
    fid_key = fid_column or "OGC_FID"
    geometry_key = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fids: List[np.ndarray] = []
    wkbs: List[np.ndarray] = []
    columns: Dict[str, List[np.ndarray]] = {n: [] for n in names if n != fid_column}
    try:
        stream = ogr_layer.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={BATCH}", "INCLUDE_FID=YES"])
        count = 0
        for batch in stream:
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            fids.append(np.asarray(batch[fid_key], dtype=np.int64))
            wkbs.append(batch[geometry_key] if geometry_key in batch else np.full(len(fids[-1]), None, dtype=object))
            for name, parts in columns.items():
                parts.append(batch[name])
            count += len(fids[-1])
            if progress is not None:
                progress(min(count / total, 1.0))
    except (RuntimeError, KeyError) as error:  # a driver or type the stream does not handle: the iterator will
        LOG.debug("Arrow read of %s not used: %s", layer.source(), error)
        return None
    finally:
        driver, path, table = dataset.GetDriver().ShortName, dataset.GetDescription(), ogr_layer.GetName()
        del ogr_layer
        dataset = None
    fid = np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)
    if len(fid) == 0:
        return None  # nothing to gain; the iterator gives the exact empty columns
    if driver == "PostgreSQL" and fid.min() < 0:
        return None  # QGIS maps negative keys to other feature ids
    booleans = [n for n in columns if kinds[n] == QVariant.Bool]
    if booleans and driver != "PostgreSQL":  # GDAL 3.6's GeoPackage Arrow stream scrambles boolean bitmaps
        if driver != "GPKG" or not fid_column:
            return None
        try:
            columns.update(_gpkg_booleans(path, table, fid_column, booleans, fid))
        except (sqlite3.Error, ValueError) as error:
            LOG.debug("Boolean read of %s not used: %s", layer.source(), error)
            return None
    raw = np.ma.concatenate(wkbs) if any(isinstance(w, np.ma.MaskedArray) for w in wkbs) else np.concatenate(wkbs)
    wkb = np.ma.getdata(raw).astype(object)
    wkb[np.ma.getmaskarray(raw)] = None
    try:
        geoms = shapely.from_wkb(wkb, on_invalid="raise")
    except (shapely.errors.GEOSException, ValueError) as error:  # curves or M in a layer that does not say so
        LOG.debug("Arrow read of %s not used: %s", layer.source(), error)
        return None
    if transform is not None:
        try:
            geoms = reproject(geoms, transform)
        except QgsCsException as error:
            LOG.debug("Bulk reprojection of %s not used: %s", layer.source(), error)
            return None
    data: Dict[str, object] = {}
    for name in names:
        if name == fid_column:
            data[name] = pd.arrays.IntegerArray(fid.copy(), np.zeros(len(fid), dtype=bool))
        else:
            parts = columns[name]
            array = np.ma.concatenate(parts) if any(isinstance(p, np.ma.MaskedArray) for p in parts) else None
            if array is None:
                array = np.ma.MaskedArray(np.concatenate(parts), mask=False)
            try:
                data[name] = _values(array, kinds[name])
            except UnicodeDecodeError:  # QGIS would show replacement characters: let it
                return None
    return fid, geoms, data
