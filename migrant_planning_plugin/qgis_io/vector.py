"""QGIS vector sources <-> GeoDataFrames, in bulk.

Reading iterates the source once through the QGIS API (so any provider works: memory,
GeoPackage, shapefile, PostGIS, WFS...), collects WKB and attribute rows, and converts the
whole WKB array with ``shapely.from_wkb`` at once: one Python step per feature, never one per
vertex. Reprojection happens inside the QGIS iterator (``setDestinationCrs``), so the
project's datum transformations apply. Writing is the reverse: ``shapely.to_wkb`` on the
whole array, then features added to the sink in chunks.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from . import ogr_read
from .crs import crs_text

LOG = logging.getLogger("migrant_planning")

_INT_TYPES = (QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong)
_CHUNK = 5000
# Name of the index that holds QGIS feature ids (not "fid": GeoPackages have a "fid" column).
FID_INDEX = "_fid"
# Key of ``frame.attrs`` that holds the CRS of a frame read here, as text ('EPSG:9377' or WKT). The frame's own
# ``crs`` stays None: a pyproj CRS must not be made on Processing's worker threads (see qgis_io.crs).
CRS_ATTR = "crs"
# Read plain GeoPackage / shapefile layers through GDAL's Arrow stream (qgis_io.ogr_read); False: always QGIS.
FAST_READ = True

ProgressFn = Callable[[float], None]


def _is_null(value: object) -> bool:
    """Whether an attribute value is QGIS NULL (a null QVariant) or None."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _python_value(value: object) -> object:
    """A plain Python value for an attribute (QDate/QDateTime/QTime converted; NULL -> None)."""
    if _is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    if isinstance(value, QTime):
        return value.toPyTime()
    if isinstance(value, QVariant):
        return value.value()
    return value


def _column(values: Sequence[object], field: QgsField) -> pd.Series:
    """A typed pandas column for the raw attribute values of one QGIS field."""
    kind = field.type()
    if kind in _INT_TYPES:
        clean = [None if _is_null(v) else int(v) for v in values]
        return pd.array(clean, dtype="Int64")
    if kind == QVariant.Double:
        return np.array([np.nan if _is_null(v) else float(v) for v in values], dtype=float)
    if kind == QVariant.Bool:
        return pd.array([None if _is_null(v) else bool(v) for v in values], dtype="boolean")
    if kind in (QVariant.Date, QVariant.DateTime):
        return pd.to_datetime(pd.Series([_python_value(v) for v in values], dtype=object)).to_numpy()
    return np.array([_python_value(v) for v in values], dtype=object)


def source_label(source) -> str:
    """The name the user knows a source by, for messages.

    A label set by the algorithm (``source.label``: the project layer's name, or the layer name inside a
    GeoPackage) wins over QGIS's source name, which for ``file.gpkg|layername=x`` is only the file name.
    """
    label = getattr(source, "label", None)
    if label:
        return str(label)
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def label_for_value(value: object, fallback: str) -> str:
    """A readable layer label for a parameter value: a layer's name, or the layername of a file URI."""
    name = value.name() if hasattr(value, "name") and callable(value.name) else None
    if name:
        return name
    text = str(value or "")
    if "layername=" in text:
        return text.split("layername=", 1)[1].split("|", 1)[0]
    return fallback


def text_fields(source) -> List[str]:
    """The names of a layer's (or feature source's) text fields."""
    fields = source.fields()
    return [fields.at(i).name() for i in range(fields.count()) if fields.at(i).type() == QVariant.String]


def sample_values(source, field: str, limit: int = 50) -> list:
    """Up to ``limit`` distinct values of a field of a layer or feature source (NULL as None), for detection."""
    index = source.fields().lookupField(field)
    if index < 0:
        return []
    return [_python_value(v) for v in source.uniqueValues(index, limit)]


def _kind_names() -> Dict[int, str]:
    """Translated names of the geometry kinds, for messages."""
    return {
        int(QgsWkbTypes.GeometryType.PointGeometry): tr("points"),
        int(QgsWkbTypes.GeometryType.LineGeometry): tr("lines"),
        int(QgsWkbTypes.GeometryType.PolygonGeometry): tr("polygons"),
        int(QgsWkbTypes.GeometryType.NullGeometry): tr("no geometry (it is a table)"),
    }


def check_geometry_kind(source, label: str, definition) -> None:
    """Refuse a layer whose geometry kind the parameter does not take (roads given as settlements).

    QGIS checks it when a layer is picked in a dialog, not when a file path is given (qgis_process, models).
    """
    types = list(definition.dataTypes()) if definition is not None and hasattr(definition, "dataTypes") else []
    if not types or int(QgsProcessing.SourceType.TypeVector) in [int(t) for t in types]:
        return
    found = int(QgsWkbTypes.geometryType(source.wkbType()))
    wanted = {
        int(QgsProcessing.SourceType.TypeVectorPoint): int(QgsWkbTypes.GeometryType.PointGeometry),
        int(QgsProcessing.SourceType.TypeVectorLine): int(QgsWkbTypes.GeometryType.LineGeometry),
        int(QgsProcessing.SourceType.TypeVectorPolygon): int(QgsWkbTypes.GeometryType.PolygonGeometry),
    }
    allowed = {wanted[int(t)] for t in types if int(t) in wanted}
    if int(QgsProcessing.SourceType.TypeVectorAnyGeometry) in [int(t) for t in types]:
        allowed |= set(wanted.values())
    if found in allowed or found == int(QgsWkbTypes.GeometryType.UnknownGeometry):
        return
    names = _kind_names()
    expected = tr(" or ").join(names[k] for k in sorted(allowed, reverse=True))
    raise InputError(
        tr(
            "{layer} ({parameter}): the layer has {found}, but {parameter} takes {expected}. Check that the right "
            "layer is given."
        ).format(layer=label, parameter=definition.name(), found=names.get(found, "?"), expected=expected)
    )


_QUOTED = re.compile(r'"((?:[^"]|"")+)"')
_TEXT = re.compile(r"'(?:[^']|'')*'")


def check_filter(layer, label: str, expression: str = "") -> None:
    """Refuse a layer filter that is not valid: QGIS would read no feature (a syntax error) or every feature
    (SQLite reads a misspelt "field" in double quotes as a text), without a word.

    ``layer``: the QgsVectorLayer of a parameter (its subset string); ``expression``: the filter expression of
    a source definition (QGIS 3.32 and later).
    """
    fields = {name.lower() for name in layer.fields().names()} if layer is not None else set()
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise InputError(
                tr("{layer}: the filter expression '{filter}' is not valid ({error}). Correct it or remove it.").format(
                    layer=label, filter=expression, error=parsed.parserErrorString()
                )
            )
        unknown = [c for c in parsed.referencedColumns() if fields and c.lower() not in fields and c != "*"]
        if unknown:
            raise InputError(
                tr("{layer}: the filter '{filter}' names the field '{field}', which the layer does not have.").format(
                    layer=label, filter=expression, field=unknown[0]
                )
            )
    subset = layer.subsetString() if layer is not None else ""
    if not subset:
        return
    outside_texts = _TEXT.sub("''", subset)  # "names" inside 'texts' are not field names
    quoted = [n.replace('""', '"') for n in _QUOTED.findall(outside_texts)]
    unknown = [n for n in quoted if n.lower() not in fields]
    if unknown:
        raise InputError(
            tr(
                "{layer}: the filter '{filter}' names the field '{field}', which the layer does not have (the file "
                "would read it as a text and keep every feature). Correct the filter (Layer Properties > Source > "
                "Query Builder)."
            ).format(layer=label, filter=subset, field=unknown[0])
        )
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path, name = parts.get("path") or "", parts.get("layerName") or ""
        error = ogr_read.filter_error(path, name if isinstance(name, str) else "", subset)
        if error:
            raise InputError(
                tr(
                    "{layer}: the filter '{filter}' is not valid ({error}), so no feature would be read. Correct the "
                    "filter (Layer Properties > Source > Query Builder)."
                ).format(layer=label, filter=subset, error=error)
            )


def check_geometry_family(frame: gpd.GeoDataFrame, source, label: str) -> None:
    """Refuse features whose geometry is of another kind than the layer's (points stored in a polygon layer):
    they would be written into an output declared of the layer's kind."""
    declared = int(QgsWkbTypes.geometryType(source.wkbType()))
    family = {
        int(QgsWkbTypes.GeometryType.PointGeometry): (0, 4),
        int(QgsWkbTypes.GeometryType.LineGeometry): (1, 2, 5),
        int(QgsWkbTypes.GeometryType.PolygonGeometry): (3, 6),
    }.get(declared)
    if family is None or len(frame) == 0:
        return
    geoms = np.asarray(frame.geometry.values, dtype=object)
    present = ~shapely.is_missing(geoms)
    kinds = shapely.get_type_id(geoms)
    wrong = present & ~np.isin(kinds, family)
    collections = np.flatnonzero(wrong & (kinds == shapely.GeometryType.GEOMETRYCOLLECTION))
    if len(collections):  # a collection with parts of the layer's kind (an overlay's output) is read by those parts
        parts, owner = shapely.get_parts(geoms[collections], return_index=True)
        fitting = np.unique(owner[np.isin(shapely.get_type_id(parts), family)])
        wrong[collections[fitting]] = False
    if wrong.any():
        names = _kind_names()
        found = sorted({shapely.GeometryType(int(k)).name.lower() for k in kinds[wrong]})
        raise InputError(
            tr(
                "{layer}: the layer is declared as {declared}, but {n} features hold other geometries ({kinds}; "
                "feature ids {ids}). Move them to a layer of their own (Extract by expression: "
                "geometry_type($geometry) = '...') or delete them."
            ).format(
                layer=label,
                declared=names[declared],
                n=int(wrong.sum()),
                kinds=", ".join(found),
                ids=", ".join(str(i) for i in frame.index[wrong][:5]),
            )
        )


def source_to_gdf(
    source,
    target_crs: Optional[QgsCoordinateReferenceSystem] = None,
    context=None,
    fields: Optional[Sequence[str]] = None,
    progress: Optional[ProgressFn] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> gpd.GeoDataFrame:
    """Read a QGIS feature source (or vector layer) into a GeoDataFrame.

    The index (named ``_fid``) holds the feature ids; attribute types are kept (integers as
    nullable Int64, reals as float with NaN for NULL, booleans, dates, text); null geometries
    become ``None``; curves are segmentised; Z and M are dropped (analysis is 2D). With
    ``target_crs`` the features are reprojected on the fly. ``fields`` limits the attributes
    read. Invalid geometries are read as they are (the analysis repairs them).
    """
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    all_fields = source.fields()
    if fields is not None:
        names = [name for name in fields if name and all_fields.lookupField(name) >= 0]
        request.setSubsetOfAttributes(names, all_fields)
        indices = [all_fields.lookupField(name) for name in names]
    else:
        indices = list(range(all_fields.count()))
    source_crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    out_crs = source_crs
    transform = None
    if target_crs is not None and target_crs.isValid() and source_crs.isValid() and target_crs != source_crs:
        transform_context = context.transformContext() if context is not None else None
        if transform_context is None:
            from qgis.core import QgsProject

            transform_context = QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(source_crs, target_crs, transform_context)
        out_crs = target_crs
        if not ogr_read.needs_densifying(source_crs):  # else read in the source CRS, densify, reproject in bulk
            request.setDestinationCrs(target_crs, transform_context)
    flat_z_or_m = QgsWkbTypes.hasZ(source.wkbType()) or QgsWkbTypes.hasM(source.wkbType())
    names = [all_fields.at(i).name() for i in indices]
    fast = None
    if FAST_READ:
        fast = ogr_read.read(source, all_fields, names, transform, progress, is_canceled)
    if fast is not None:
        fids, geoms, data = fast
        if QgsWkbTypes.isMultiType(source.wkbType()):  # as QGIS's OGR iterator: multipart layers give multiparts
            geoms = promote_to_multi(geoms)
        if flat_z_or_m:
            geoms = shapely.force_2d(geoms)
        return _frame(source, fids, geoms, data, out_crs, progress)

    curved = QgsWkbTypes.isCurvedType(source.wkbType())

    if isinstance(source, QgsProcessingFeatureSource):
        iterator = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    else:
        iterator = source.getFeatures(request)
    total = max(source.featureCount(), 1)
    fids: List[int] = []
    wkbs: List[bytes] = []
    rows: List[list] = []
    all_attributes = indices == list(range(all_fields.count()))
    pick = None if all_attributes else (lambda values: [values[i] for i in indices])
    next_check = _CHUNK
    for feature in iterator:  # the one Python step per feature: no per-vertex work, no per-feature branching
        fids.append(feature.id())
        geometry = feature.geometry()
        if curved and not geometry.isNull():
            geometry = QgsGeometry(geometry.constGet().segmentize())
        wkbs.append(geometry.asWkb().data())  # a null geometry gives b"", read below as None
        rows.append(feature.attributes() if pick is None else pick(feature.attributes()))
        if len(fids) >= next_check:
            next_check += _CHUNK
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            if progress is not None:
                progress(len(fids) / total)
    if wkbs:
        raw = np.array(wkbs, dtype=object)
        raw[np.array([len(w) == 0 for w in wkbs], dtype=bool)] = None
        geoms = shapely.from_wkb(raw, on_invalid="warn")
        if flat_z_or_m:
            geoms = shapely.force_2d(geoms)
        if transform is not None and not request.destinationCrs().isValid():
            geoms = ogr_read.reproject(geoms, transform, strict=False)
    else:
        geoms = np.array([], dtype=object)
    columns = list(zip(*rows)) if rows else [[] for _ in indices]
    data: Dict[str, object] = {}
    for position, index in enumerate(indices):
        field = all_fields.at(index)
        data[field.name()] = _column(list(columns[position]), field)
    return _frame(source, fids, geoms, data, out_crs, progress)


def _frame(source, fids, geoms, data: Dict[str, object], crs, progress: Optional[ProgressFn]) -> gpd.GeoDataFrame:
    """The GeoDataFrame of a read: index ``_fid``, the columns, the geometries, the layer's name and its CRS as
    text in ``attrs`` (no pyproj CRS: see :data:`CRS_ATTR`)."""
    index = pd.Index(np.asarray(fids, dtype="int64"), name=FID_INDEX)
    frame = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geoms, index=index), index=index)
    frame.attrs["layer_name"] = source_label(source)
    frame.attrs[CRS_ATTR] = crs_text(crs)
    warn_misread_text(frame, source)
    if progress is not None:
        progress(1.0)
    return frame


def warn_misread_text(frame: pd.DataFrame, source) -> int:
    """Warn when text holds U+FFFD, the mark of bytes read in the wrong encoding ('educaci\ufffdn').

    Such values never match what the user typed (a threshold for 'educación', a level map), so the run would
    quietly leave them out. Returns how many values hold it.
    """
    found, examples = 0, []
    for name in frame.columns:
        column = frame[name]
        if column.dtype != object:
            continue
        bad = column.map(lambda v: isinstance(v, str) and "\ufffd" in v).to_numpy(dtype=bool)
        if bad.any():
            found += int(bad.sum())
            examples.append(f"'{column[bad].iloc[0]}' ({name})")
    if found:
        LOG.warning(
            tr(
                "{layer}: {n} text values were read with characters that could not be decoded (shown as �, for "
                "example {examples}): the file's text encoding was not read right, so these values match nothing "
                "you type. For a shapefile, put beside it a .cpg file holding the encoding (1252 for most files "
                "made on Windows, UTF-8 otherwise), or set the encoding in Layer Properties > Source."
            ).format(layer=source_label(source), n=found, examples=", ".join(examples[:3]))
        )
    return found


# ------------------------------------------------------------------------------------- writing


def qgs_field_for(name: str, series: pd.Series) -> QgsField:
    """The QGIS field that stores a pandas column."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return QgsField(name, QVariant.Bool)
    if pd.api.types.is_integer_dtype(dtype):
        return QgsField(name, QVariant.LongLong)
    if pd.api.types.is_float_dtype(dtype):
        return QgsField(name, QVariant.Double)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return QgsField(name, QVariant.DateTime)
    sample = series.dropna()
    if len(sample) and all(isinstance(v, (bool, np.bool_)) for v in sample.iloc[:100]):
        return QgsField(name, QVariant.Bool)
    if len(sample) and all(isinstance(v, _dt.date) and not isinstance(v, _dt.datetime) for v in sample.iloc[:100]):
        return QgsField(name, QVariant.Date)
    return QgsField(name, QVariant.String)


def csv_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with integer (and boolean: 1 or 0) columns as reals, for a CSV destination: GDAL's CSV writer
    quotes integer fields (``"418"``), which spreadsheets read as text; reals are written bare (``418``)."""
    integers = [
        c
        for c in frame.columns
        if pd.api.types.is_integer_dtype(frame[c].dtype) or pd.api.types.is_bool_dtype(frame[c].dtype)
    ]
    if not integers:
        return frame
    out = frame.copy()
    for column in integers:
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    return out


def fields_for(frame: pd.DataFrame, aliases: Optional[Dict[str, str]] = None) -> QgsFields:
    """QgsFields for the attribute columns of a (Geo)DataFrame, with optional aliases."""
    fields = QgsFields()
    geometry_name = frame.geometry.name if isinstance(frame, gpd.GeoDataFrame) else None
    for name in frame.columns:
        if name == geometry_name:
            continue
        field = qgs_field_for(str(name), frame[name])
        if aliases and name in aliases:
            field.setAlias(aliases[name])
        fields.append(field)
    return fields


def _python_column(series: pd.Series, field: QgsField) -> list:
    """Plain Python values for one column (NaN/NA -> None), ready for QgsFeature.setAttributes."""
    kind = field.type()
    if kind == QVariant.Double:
        convert: Callable[[object], object] = float
    elif kind in _INT_TYPES:
        convert = int
    elif kind == QVariant.Bool:
        convert = bool
    elif kind == QVariant.DateTime:
        convert = lambda v: QDateTime(pd.Timestamp(v).to_pydatetime())  # noqa: E731
    elif kind == QVariant.Date:
        convert = QDate
    else:
        convert = str
    mask = series.isna().to_numpy()
    return [None if missing else convert(v) for v, missing in zip(series.to_numpy(dtype=object), mask)]


def _refuse_infinite(frame: pd.DataFrame, fields: QgsFields) -> None:
    """Stop before an infinite number is written (a file stores it as NULL: a wrong result without a word)."""
    for i in range(fields.count()):
        name = fields.at(i).name()
        if fields.at(i).type() != QVariant.Double or name not in frame.columns:
            continue
        values = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        infinite = np.isinf(values)
        if infinite.any():
            raise InputError(
                tr(
                    "The output column '{column}' holds {n} infinite values: a number too large to compute with "
                    "came from the inputs. Check the input values (counts above 10^9 are refused) and the parameters."
                ).format(column=name, n=int(infinite.sum()))
            )


def promote_to_multi(geoms: np.ndarray) -> np.ndarray:
    """Turn single points, lines and polygons into one-part multi geometries (others unchanged)."""
    geoms = np.array(geoms, dtype=object, copy=True)
    types = shapely.get_type_id(geoms)
    for single, maker in (
        (shapely.GeometryType.POINT, shapely.multipoints),
        (shapely.GeometryType.LINESTRING, shapely.multilinestrings),
        (shapely.GeometryType.POLYGON, shapely.multipolygons),
    ):
        which = np.flatnonzero(types == single)
        if len(which):
            geoms[which] = maker(geoms[which], indices=np.arange(len(which)))
    return geoms


class WriteError(OSError):
    """A sink refused features (a full disk, a constraint of the format); the message says why."""


def sink_error(sink: QgsFeatureSink) -> str:
    """What a sink reports about its last failure ('' when it says nothing)."""
    for method in ("lastError", "errorMessage"):
        reader = getattr(sink, method, None)
        if reader is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                text = reader()
                if text:
                    return str(text)
    return ""


def keep_fid_apart(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a column named 'fid' (any case) renamed 'src_fid' ('src_fid_2'... when taken).

    A GeoPackage's key column is 'fid': an attribute of that name (a shapefile's 'fid' column, a GeoPackage's key
    read as an attribute) would become the output's key, and repeated values would make features disappear. Its
    values are kept under the new name.
    """
    names = [c for c in frame.columns if str(c).lower() == "fid"]
    if not names:
        return frame
    taken = {str(c).lower() for c in frame.columns}
    renamed = {}
    for name in names:
        new, number = "src_fid", 2
        while new in taken:
            new, number = f"src_fid_{number}", number + 1
        taken.add(new)
        renamed[name] = new
    LOG.info(
        tr(
            "The column '{column}' is written as '{new}': 'fid' is the key of a GeoPackage, and repeated values "
            "would lose features."
        ).format(column=", ".join(renamed), new=", ".join(renamed.values()))
    )
    return frame.rename(columns=renamed)


def write_features(
    sink: QgsFeatureSink,
    frame: pd.DataFrame,
    fields: QgsFields,
    multi: bool = False,
    progress: Optional[ProgressFn] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> int:
    """Add every row of ``frame`` to ``sink`` (fields in the order of ``fields``); returns the count.

    A batch the sink refuses raises :class:`WriteError` with the sink's reason (the count written always equals
    the count computed); an infinite number, which a file would store as NULL, is refused before writing.
    """
    _refuse_infinite(frame, fields)
    n = len(frame)
    if n == 0:
        return 0
    columns = [_python_column(frame[fields.at(i).name()], fields.at(i)) for i in range(fields.count())]
    rows: List[Tuple] = list(zip(*columns)) if columns else [() for _ in range(n)]
    wkbs: Sequence[Optional[bytes]]
    if isinstance(frame, gpd.GeoDataFrame):
        geoms = np.asarray(frame.geometry.values, dtype=object)
        if multi:
            geoms = promote_to_multi(geoms)
        wkbs = shapely.to_wkb(geoms).tolist()
    else:
        wkbs = [None] * n
    written = 0
    for start in range(0, n, _CHUNK):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        batch = []
        for wkb, attributes in zip(wkbs[start : start + _CHUNK], rows[start : start + _CHUNK]):
            feature = QgsFeature(fields)
            feature.setAttributes(list(attributes))
            if wkb is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(wkb)
                feature.setGeometry(geometry)
            batch.append(feature)
        if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise WriteError(sink_error(sink) or f"{written} of {n} features written")
        written += len(batch)
        if progress is not None:
            progress(written / n)
    return written
