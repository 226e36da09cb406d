"""Hazard zones made disjoint: for each hazard type, one (multi)polygon per level holding the
places whose highest level of that type is that level.

This is how the rule "zones of one type that overlap count once, at the highest level" is
kept everywhere: every analysis intersects with these disjoint pieces, so nothing can be
counted twice.
"""

from __future__ import annotations

import logging
from typing import Dict, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputError
from .geometry import repair_polygons
from .i18n import tr
from .levels import NAME_OF_RANK, level_ranks
from .text import fold

LOG = logging.getLogger("migrant_planning")

ANY = "any"


def classify_zones(
    frame: gpd.GeoDataFrame,
    level_field: str,
    type_field: Optional[str] = None,
    default_type: str = "amenaza",
    level_map: Optional[Dict[str, str]] = None,
    layer_name: str = "",
) -> gpd.GeoDataFrame:
    """Zones with ``hazard_type`` (folded text), ``rank`` (3..1) and repaired polygon geometry.

    Zones whose level is null or not in the map are dropped and counted in the log;
    zones without a geometry are dropped and counted too. The input is not modified.
    """
    layer = layer_name or frame.attrs.get("layer_name", "") or tr("hazard layer")
    if not level_field or level_field not in frame.columns:
        raise InputError(
            tr(
                "{layer}: no hazard level field. Choose the field that holds the level "
                "(alta/media/baja, high/medium/low or 3/2/1) in HAZARD_LEVEL_FIELD."
            ).format(layer=layer)
        )
    ranks = level_ranks(frame[level_field].tolist(), level_map)
    if len(frame) and not (ranks > 0).any():
        found = ", ".join(sorted({str(v) for v in frame[level_field].dropna().unique()})[:8]) or tr("only empty values")
        raise InputError(
            tr(
                "{layer}: the field '{field}' holds no recognised hazard level (found: {found}). "
                "Choose another field or map its values with LEVEL_MAP, e.g. 'A=alta;M=media;B=baja'."
            ).format(layer=layer, field=level_field, found=found)
        )
    unmapped = int((ranks == 0).sum())
    if unmapped:
        LOG.warning(
            tr("{layer}: {n} zones have a null or unknown level in '{field}' and are not counted as hazard.").format(
                layer=layer, n=unmapped, field=level_field
            )
        )
    if type_field and type_field in frame.columns:
        types = np.array([fold(default_type) if pd.isna(v) else fold(v) for v in frame[type_field]], dtype=object)
    else:
        types = np.full(len(frame), fold(default_type), dtype=object)
    geoms, _n_repaired = repair_polygons(frame.geometry.values, layer)
    missing = shapely.is_missing(geoms) & (ranks > 0)
    if missing.any():
        LOG.warning(
            tr("{layer}: {n} zones without a usable polygon geometry were skipped.").format(
                layer=layer, n=int(missing.sum())
            )
        )
    keep = (ranks > 0) & ~shapely.is_missing(geoms)
    return gpd.GeoDataFrame(
        {"hazard_type": types[keep], "rank": ranks[keep]},
        geometry=gpd.GeoSeries(geoms[keep], crs=frame.crs),
        crs=frame.crs,
    )


def disjoint_levels(zones: gpd.GeoDataFrame, include_any: bool = True) -> gpd.GeoDataFrame:
    """Per hazard type (and ``any`` when asked), one geometry per level, disjoint within the type.

    Columns: ``hazard_type``, ``hazard_level`` (alta/media/baja), ``rank``, geometry. A place
    covered by zones of levels media and alta of one type lies only in that type's alta piece.
    """
    rows = []
    groups = [(t, zones[zones["hazard_type"] == t]) for t in sorted(zones["hazard_type"].unique())]
    if include_any and len(zones):
        groups.append((ANY, zones))
    for hazard_type, group in groups:
        higher = None
        for rank in (3, 2, 1):
            parts = group.geometry.values[group["rank"].to_numpy() == rank]
            if len(parts) == 0:
                continue
            level_union = shapely.union_all(np.asarray(parts, dtype=object))
            piece = level_union if higher is None else shapely.difference(level_union, higher)
            higher = level_union if higher is None else shapely.union(higher, level_union)
            if not piece.is_empty:
                rows.append((hazard_type, NAME_OF_RANK[rank], rank, piece))
    if not rows:
        return gpd.GeoDataFrame(
            {
                "hazard_type": pd.Series([], dtype=object),
                "hazard_level": pd.Series([], dtype=object),
                "rank": pd.Series([], dtype="int8"),
            },
            geometry=gpd.GeoSeries([], crs=zones.crs),
            crs=zones.crs,
        )
    types, levels, ranks, geoms = zip(*rows)
    return gpd.GeoDataFrame(
        {"hazard_type": list(types), "hazard_level": list(levels), "rank": np.array(ranks, dtype="int8")},
        geometry=gpd.GeoSeries(list(geoms), crs=zones.crs),
        crs=zones.crs,
    )
