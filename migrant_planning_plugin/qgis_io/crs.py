"""CRS decisions on the QGIS side: the metric CRS for a set of layers, and the checks of a layer's CRS.

Only :class:`QgsCoordinateReferenceSystem` is used here, never pyproj: this module runs on Processing's worker
threads, where creating pyproj CRS objects crashed QGIS 3.40 (a segmentation fault). The GeoDataFrames handed to
``core`` carry no pyproj CRS either; their CRS travels as plain text (:func:`crs_text`).
"""

from __future__ import annotations

import logging
from typing import Iterable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from ..core import crs as core_crs
from ..core.errors import InputError
from ..core.i18n import tr

LOG = logging.getLogger("migrant_planning")

WGS84 = "EPSG:4326"


def is_geographic(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether ``crs`` is in longitudes and latitudes (by its type, or by its units: QGIS does not see a GeoPackage's
    "Undefined geographic SRS" as geographic, but its unit is the degree)."""
    if crs is None or not crs.isValid():
        return False
    return crs.isGeographic() or QgsUnitTypes.encodeUnit(crs.mapUnits()) == "degrees"


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether ``crs`` is projected in true metres (Web Mercator is not: its scale grows with latitude)."""
    if crs is None or not crs.isValid() or is_geographic(crs):
        return False
    if QgsUnitTypes.encodeUnit(crs.mapUnits()) != "meters":
        return False
    return not core_crs.is_web_mercator(crs.authid(), crs.description(), crs.toProj())


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS as plain text for ``core`` and GDAL: 'EPSG:9377' when it has an EPSG code, else its WKT ('' if none)."""
    if crs is None or not crs.isValid():
        return ""
    if crs.authid().upper().startswith("EPSG:"):
        return crs.authid()
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)


def _transform_context(context=None) -> QgsCoordinateTransformContext:
    """The transform context of a Processing context, else of the current project."""
    if context is not None:
        return context.transformContext()
    return QgsProject.instance().transformContext()


def extent_centre_lonlat(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, context=None):
    """The centre of ``extent`` (in ``crs``) as WGS 84 longitude, latitude."""
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), _transform_context(context))
    box = transform.transformBoundingBox(extent)
    return box.center().x(), box.center().y()


def choose_metric_crs(sources: Iterable[object], context=None, log: bool = True) -> QgsCoordinateReferenceSystem:
    """The CRS in which to compute for these sources (layers or feature sources).

    The first source with a valid CRS decides: its own CRS when it is projected in metres,
    else EPSG:9377 when its data lie in Colombia, else the local UTM zone. With no usable
    source, EPSG:9377. The choice is logged (unless ``log`` is False: a CRS to draw in, not to compute in).
    """
    for source in sources:
        if source is None:
            continue
        qcrs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
        if qcrs is None or not qcrs.isValid():
            continue
        if is_metric(qcrs):
            chosen = qcrs
        else:
            extent = source.extent() if hasattr(source, "extent") else source.sourceExtent()
            if extent is None or extent.isNull():
                continue
            lon, lat = extent_centre_lonlat(extent, qcrs, context)
            chosen = QgsCoordinateReferenceSystem(f"EPSG:{core_crs.metric_epsg_for_lonlat(lon, lat)}")
        if log:
            LOG.info(tr("Areas and distances computed in {crs}.").format(crs=describe(chosen)))
        return chosen
    chosen = QgsCoordinateReferenceSystem(f"EPSG:{core_crs.ORIGEN_NACIONAL}")
    if log:
        LOG.info(tr("Areas and distances computed in {crs}.").format(crs=describe(chosen)))
    return chosen


def describe(crs: QgsCoordinateReferenceSystem) -> str:
    """'EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)' for messages and metadata."""
    return f"{crs.authid()} ({crs.description()})" if crs.authid() else crs.description()


def _extent_of(source):
    """The extent of a layer or feature source in its own CRS (None when it has no features or no extent)."""
    if hasattr(source, "featureCount") and source.featureCount() == 0:
        return None
    extent = source.extent() if hasattr(source, "extent") else source.sourceExtent()
    if extent is None or extent.isNull():
        return None
    return extent


def _looks_like_lonlat(extent) -> bool:
    """Whether an extent fits in longitudes -180..180 and latitudes -90..90 (with half a degree to spare)."""
    return (
        -180.5 <= extent.xMinimum() <= extent.xMaximum() <= 180.5
        and -90.5 <= extent.yMinimum() <= extent.yMaximum() <= 90.5
    )


def _numbers(extent) -> str:
    """'x 5,049,727 .. 5,052,625, y 2,430,315 .. 2,433,247' for messages."""

    def number(value: float) -> str:
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.5g}"

    x0, x1 = number(extent.xMinimum()), number(extent.xMaximum())
    y0, y1 = number(extent.yMinimum()), number(extent.yMaximum())
    return f"x {x0} .. {x1}, y {y0} .. {y1}"


def check_coordinates(source, label: str) -> None:
    """Refuse a layer whose CRS is geographic while its coordinates cannot be longitudes and latitudes.

    Typical of a file without a CRS (GeoPackage "Undefined geographic SRS") or with a wrong one: the
    coordinates are metres of a projected CRS. Reprojecting them would give nonsense silently.
    """
    qcrs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
    if not is_geographic(qcrs):
        return
    extent = _extent_of(source)
    if extent is None or _looks_like_lonlat(extent):
        return
    raise InputError(
        tr(
            "{layer}: its coordinates ({numbers}) cannot be longitudes and latitudes, but its CRS is {crs}. Set "
            "the layer's CRS to the one the data were made in (Layer Properties > Source, for example EPSG:9377 "
            "or EPSG:3116) and run again."
        ).format(layer=label, numbers=_numbers(extent), crs=describe(qcrs) or qcrs.description())
    )


def check_missing_crs(source, label: str, target: QgsCoordinateReferenceSystem) -> None:
    """A layer without a CRS is read as if in ``target``: say so, or refuse when its numbers are degrees."""
    qcrs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
    if qcrs.isValid() or target is None or not target.isValid():
        return
    extent = _extent_of(source)
    if extent is not None and _looks_like_lonlat(extent) and not is_geographic(target):
        raise InputError(
            tr(
                "{layer}: the layer has no CRS and its coordinates ({numbers}) look like longitudes and latitudes. "
                "Set its CRS (Layer Properties > Source, for example EPSG:4326) and run again."
            ).format(layer=label, numbers=_numbers(extent))
        )
    LOG.warning(
        tr(
            "{layer}: the layer has no CRS, so its coordinates are taken to be in {crs}, the CRS of the analysis. "
            "If they are not, set the layer's CRS (Layer Properties > Source) and run again."
        ).format(layer=label, crs=describe(target))
    )


def check_raster_crs(layer, label: str) -> bool:
    """Check a raster layer's CRS: refuse metres labelled as degrees; warn (and return False) without a CRS.

    A raster without a CRS is read as if it were in the CRS of the analysis.
    """
    check_coordinates(layer, label)
    if layer.crs().isValid():
        return True
    LOG.warning(
        tr(
            "{layer}: the raster has no CRS, so its coordinates are taken to be in the CRS of the analysis. If they "
            "are not, set the raster's CRS (Layer Properties > Source) and run again."
        ).format(layer=label)
    )
    return False
