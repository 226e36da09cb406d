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


def densify(geoms: np.ndarray, max_length: float) -> np.ndarray:
    """Lines and polygons with vertices added so that no edge is longer than ``max_length`` (points, empty and
    missing geometries unchanged; 2-D).

    Unlike ``shapely.segmentize``, the points added to an edge do not depend on the direction it is drawn in: a
    boundary shared by two polygons (drawn one way in each) gets the same points in both, bit for bit, so the
    polygons still share it exactly and overlays stay fast and free of slivers.
    """
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    if not len(geoms) or not max_length > 0:
        return out
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, _POLYGONAL) & ~shapely.is_empty(geoms)
    linear = np.isin(types, (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING))
    linear &= ~shapely.is_empty(geoms)
    other = np.isin(types, (shapely.GeometryType.LINEARRING, shapely.GeometryType.GEOMETRYCOLLECTION))
    try:
        if polygonal.any():
            out[polygonal] = _densify_polygons(geoms[polygonal], max_length)
        if linear.any():
            out[linear] = _densify_lines(geoms[linear], max_length)
    except shapely.errors.GEOSException:  # a ring too short to rebuild (invalid input): GEOS's own way
        out[polygonal | linear] = shapely.segmentize(geoms[polygonal | linear], max_length)
    if other.any():
        out[other] = shapely.segmentize(geoms[other], max_length)
    return out


def _densified_coordinates(coords: np.ndarray, index: np.ndarray, max_length: float) -> Tuple[np.ndarray, np.ndarray]:
    """The vertices of paths (``index`` says which path each vertex is of) with points added along every edge
    longer than ``max_length``; each point is interpolated from the edge's lexically smaller end, so the two
    directions of an edge give the same points. Returns the coordinates and their path index."""
    m = len(coords)
    last = np.r_[index[1:] != index[:-1], True]
    a = coords
    b = coords[np.minimum(np.arange(1, m + 1), m - 1)]
    length = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
    n = np.where(last, 1, np.maximum(1, np.ceil(length / max_length))).astype(np.int64)
    repeat = np.repeat(np.arange(m), n)
    k = np.arange(len(repeat)) - np.repeat(np.cumsum(n) - n, n)
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    low = np.where(swap[:, None], b, a)[repeat]
    high = np.where(swap[:, None], a, b)[repeat]
    steps = n[repeat]
    fraction = np.where(swap[repeat], steps - k, k) / steps
    points = low + (high - low) * fraction[:, None]
    original = k == 0
    points[original] = a[repeat[original]]
    return points, index[repeat]


def _densify_polygons(geoms: np.ndarray, max_length: float) -> np.ndarray:
    """Polygons and multipolygons densified (see :func:`densify`), of the same type as given."""
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    coords, ring_index = shapely.get_coordinates(rings, return_index=True)
    points, point_ring = _densified_coordinates(coords, ring_index, max_length)
    new_rings = shapely.linearrings(points, indices=point_ring)
    polygons = shapely.polygons(new_rings, indices=ring_owner)
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOLYGON
    out = np.empty(len(geoms), dtype=object)
    single = ~multi[part_owner]
    out[part_owner[single]] = polygons[single]
    if multi.any():
        owners, position = np.unique(part_owner[~single], return_inverse=True)
        out[owners] = shapely.multipolygons(polygons[~single], indices=position)
    return out


def _densify_lines(geoms: np.ndarray, max_length: float) -> np.ndarray:
    """Lines and multilines densified (see :func:`densify`), of the same type as given."""
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    coords, line_index = shapely.get_coordinates(parts, return_index=True)
    points, point_line = _densified_coordinates(coords, line_index, max_length)
    lines = shapely.linestrings(points, indices=point_line)
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTILINESTRING
    out = np.empty(len(geoms), dtype=object)
    single = ~multi[part_owner]
    out[part_owner[single]] = lines[single]
    if multi.any():
        owners, position = np.unique(part_owner[~single], return_inverse=True)
        out[owners] = shapely.multilinestrings(lines[~single], indices=position)
    return out
