"""Geometry hygiene shared by every analysis: repair, polygonal parts, representative points."""

from __future__ import annotations

import logging
from typing import Tuple

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
        LOG.info(
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
