"""CRS conversion between QGIS and pyproj, and the choice of the metric CRS for a set of layers."""

from __future__ import annotations

import logging
from typing import Iterable, Optional

from pyproj import CRS
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRectangle,
)

from ..core import crs as core_crs
from ..core.i18n import tr

LOG = logging.getLogger("migrant_planning")

WGS84 = "EPSG:4326"


def to_pyproj(crs: QgsCoordinateReferenceSystem) -> Optional[CRS]:
    """The pyproj CRS equal to a QGIS CRS (by authority code when it has one, else WKT)."""
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return CRS.from_user_input(authid)
    return CRS.from_wkt(crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))


def to_qgs(crs: CRS) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS equal to a pyproj CRS."""
    epsg = crs.to_epsg(min_confidence=100)
    if epsg is not None:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


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


def choose_metric_crs(sources: Iterable[object], context=None) -> QgsCoordinateReferenceSystem:
    """The CRS in which to compute for these sources (layers or feature sources).

    The first source with a valid CRS decides: its own CRS when it is projected in metres,
    else EPSG:9377 when its data lie in Colombia, else the local UTM zone. With no usable
    source, EPSG:9377. The choice is logged.
    """
    for source in sources:
        if source is None:
            continue
        qcrs = source.crs() if hasattr(source, "crs") else source.sourceCrs()
        pcrs = to_pyproj(qcrs)
        if pcrs is None:
            continue
        if core_crs.is_metric(pcrs):
            chosen = qcrs
        else:
            extent = source.extent() if hasattr(source, "extent") else source.sourceExtent()
            if extent is None or extent.isNull():
                continue
            lon, lat = extent_centre_lonlat(extent, qcrs, context)
            chosen = QgsCoordinateReferenceSystem(f"EPSG:{core_crs.metric_epsg_for_lonlat(lon, lat)}")
        LOG.info(tr("Areas and distances computed in {crs}.").format(crs=describe(chosen)))
        return chosen
    chosen = QgsCoordinateReferenceSystem(f"EPSG:{core_crs.ORIGEN_NACIONAL}")
    LOG.info(tr("Areas and distances computed in {crs}.").format(crs=describe(chosen)))
    return chosen


def describe(crs: QgsCoordinateReferenceSystem) -> str:
    """'EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)' for messages and metadata."""
    return f"{crs.authid()} ({crs.description()})" if crs.authid() else crs.description()
