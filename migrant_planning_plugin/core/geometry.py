"""Geometry hygiene shared by every analysis: repair, polygonal parts, representative points."""

from __future__ import annotations

import logging
from typing import Optional, Tuple

import numpy as np
import shapely

from .i18n import tr

LOG = logging.getLogger("migrant_planning")

_POLYGONAL = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)


def polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Keep only the polygonal parts of each geometry (collections from make_valid); None when none."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    types = shapely.get_type_id(geoms)
    simple = np.isin(types, _POLYGONAL)
    out[simple] = geoms[simple]
    mixed = np.flatnonzero(~simple & (types >= 0))
    if len(mixed):
        parts, index = shapely.get_parts(geoms[mixed], return_index=True)
        parts_types = shapely.get_type_id(parts)
        # get_parts of a collection that holds a MultiPolygon yields the MultiPolygon: flatten once more
        keep = np.isin(parts_types, _POLYGONAL)
        parts, index = parts[keep], index[keep]
        if len(parts):
            polys, sub_index = shapely.get_parts(parts, return_index=True)
            # multipolygons() wants indices 0..k-1 without gaps: number the owners that have polygons
            present, owner = np.unique(index[sub_index], return_inverse=True)
            out[mixed[present]] = shapely.multipolygons(polys, indices=owner)
    return out


def repair_polygons(geoms: np.ndarray, layer_name: str = "") -> Tuple[np.ndarray, int]:
    """Make invalid polygons valid (GEOS make_valid, linework) and keep their polygonal parts.

    Returns the repaired array and the number of geometries that were invalid. Null and
    empty geometries are returned as ``None``. The input array is not modified.
    """
    geoms = np.array(geoms, dtype=object, copy=True)
    present = ~shapely.is_missing(geoms)
    empty = np.zeros(len(geoms), dtype=bool)
    empty[present] = shapely.is_empty(geoms[present])
    geoms[empty] = None
    present &= ~empty
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[present] = ~shapely.is_valid(geoms[present])
    n_invalid = int(invalid.sum())
    if n_invalid:
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        LOG.warning(
            tr("{layer}: repaired {n} invalid geometries (make valid, polygonal parts kept).").format(
                layer=layer_name or tr("layer"), n=n_invalid
            )
        )
    geoms = polygonal_parts(geoms)
    still_empty = ~shapely.is_missing(geoms)
    still_empty[still_empty] = shapely.is_empty(geoms[still_empty])
    geoms[still_empty] = None
    return geoms, n_invalid


def representative_points(geoms: np.ndarray) -> np.ndarray:
    """A point inside each geometry (point on surface for polygons; the point itself for points)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    present = ~shapely.is_missing(geoms)
    out[present] = shapely.point_on_surface(geoms[present])
    return out


def bounds_gap(a: np.ndarray, b: np.ndarray) -> Optional[float]:
    """Distance between the extents (bounding boxes) of two sets of geometries; None when one set is empty."""
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    a = a[~shapely.is_missing(a)] if len(a) else a
    b = b[~shapely.is_missing(b)] if len(b) else b
    if len(a) == 0 or len(b) == 0:
        return None
    ax0, ay0, ax1, ay1 = shapely.total_bounds(a)
    bx0, by0, bx1, by1 = shapely.total_bounds(b)
    if not np.isfinite([ax0, ay0, ax1, ay1, bx0, by0, bx1, by1]).all():
        return None
    dx = max(bx0 - ax1, ax0 - bx1, 0.0)
    dy = max(by0 - ay1, ay0 - by1, 0.0)
    return float(np.hypot(dx, dy))


def warn_if_apart(a: np.ndarray, a_name: str, b: np.ndarray, b_name: str, margin: float = 0.0) -> bool:
    """Warn (and return True) when two layers' extents lie more than ``margin`` apart: nothing can meet.

    Usually a layer in the wrong place or with a wrong CRS; the analysis goes on, with nothing found.
    """
    gap = bounds_gap(a, b)
    if gap is None or gap <= margin:
        return False
    LOG.warning(
        tr(
            "{a} and {b} do not overlap (their extents are {d} m apart), so nothing of one meets the other. Check "
            "that these are the intended layers and that their CRS is set correctly."
        ).format(a=a_name, b=b_name, d=f"{gap:,.0f}")
    )
    return True
