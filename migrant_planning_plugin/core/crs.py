"""Choice of the projected metric CRS in which areas and distances are computed.

Rule (DESIGN): use the data's CRS when it is projected in metres (Web Mercator excepted: its scale is not
true); otherwise EPSG:9377
(MAGNA-SIRGAS / Origen-Nacional) when the data lie in Colombia, else the local UTM zone
(WGS 84). Colombia is tested with a coarse outline of the country, widened by about
30 km so that border cities such as Cúcuta are inside, plus a box around San Andrés
and Providencia.

CRSs are plain text here (EPSG codes, names, PROJ strings): the CRS objects live on the QGIS side
(``qgis_io.crs``), where QGIS decides; no pyproj object is made (it is not safe on QGIS's worker threads).
"""

from __future__ import annotations

import re
from functools import lru_cache

import shapely

ORIGEN_NACIONAL = 9377

# Coarse outline of mainland Colombia (lon, lat), enough to decide "in Colombia or not".
_COLOMBIA_OUTLINE = (
    (-71.3, 12.45),
    (-72.2, 11.9),
    (-73.3, 11.3),
    (-74.2, 11.3),
    (-74.8, 11.1),
    (-75.5, 10.5),
    (-75.6, 9.5),
    (-76.8, 8.6),
    (-77.2, 8.5),
    (-77.9, 7.2),
    (-77.4, 6.6),
    (-77.5, 4.0),
    (-79.0, 1.6),
    (-78.8, 1.4),
    (-77.4, 0.4),
    (-75.3, -0.1),
    (-74.8, -0.2),
    (-73.7, -1.2),
    (-72.9, -2.4),
    (-70.7, -3.8),
    (-69.9, -4.2),
    (-69.4, -1.1),
    (-70.0, -0.1),
    (-70.0, 0.5),
    (-69.5, 0.6),
    (-69.9, 1.1),
    (-67.1, 1.1),
    (-66.9, 1.2),
    (-67.2, 2.3),
    (-67.8, 2.8),
    (-67.8, 4.5),
    (-67.3, 5.0),
    (-67.5, 6.2),
    (-69.4, 6.1),
    (-70.7, 7.1),
    (-72.0, 7.4),
    (-72.4, 8.4),
    (-72.8, 9.1),
    (-73.0, 9.3),
    (-72.9, 10.4),
    (-72.3, 11.1),
    (-71.1, 11.85),
    (-71.3, 12.45),
)
_SAN_ANDRES_BOX = (-82.0, 12.0, -81.0, 14.0)
_MARGIN_DEG = 0.3


@lru_cache(maxsize=1)
def _colombia() -> shapely.Geometry:
    """The widened outline of Colombia as a prepared shapely geometry."""
    mainland = shapely.Polygon(_COLOMBIA_OUTLINE).buffer(_MARGIN_DEG)
    geom = shapely.union(mainland, shapely.box(*_SAN_ANDRES_BOX))
    shapely.prepare(geom)
    return geom


def in_colombia(lon: float, lat: float) -> bool:
    """Whether a WGS 84 longitude/latitude lies in (or within ~30 km of) Colombia."""
    return bool(_colombia().contains(shapely.Point(lon, lat)))


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 UTM zone that holds a longitude/latitude."""
    zone = int((lon + 180.0) // 6.0) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def metric_epsg_for_lonlat(lon: float, lat: float) -> int:
    """EPSG code of the metric CRS for data centred on ``lon``, ``lat`` (WGS 84 degrees)."""
    return ORIGEN_NACIONAL if in_colombia(lon, lat) else utm_epsg(lon, lat)


# Web Mercator is projected in "metres" but its scale grows with latitude (about 2 % at Cúcuta, 11 % at
# 30°): areas and distances in it are wrong, so data in it are analysed like geographic data.
_WEB_MERCATOR = {3857, 900913, 3785, 102100, 102113}
# Its PROJ definition: Mercator on a sphere with the WGS 84 semi-major axis.
_SPHERICAL_MERCATOR = re.compile(r"\+proj=merc\b(?=.*\+a=6378137\b)(?=.*\+b=6378137\b)")


def is_web_mercator(authid: str = "", name: str = "", proj: str = "") -> bool:
    """Whether a CRS, given by its authority id, name or PROJ string, is Web (Pseudo-)Mercator."""
    code = authid.split(":", 1)[1] if ":" in authid else ""
    if code.isdigit() and int(code) in _WEB_MERCATOR:
        return True
    return "pseudo-mercator" in (name or "").lower() or bool(_SPHERICAL_MERCATOR.search(proj or ""))
