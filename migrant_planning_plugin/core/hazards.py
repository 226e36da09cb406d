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
from .levels import NAME_OF_RANK, read_levels
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

    Level values are read with the vocabulary and ``level_map`` (:func:`.levels.read_levels`). A non-empty value
    that is not understood stops the run (:class:`InputError` listing each such value with its count and area);
    zones with an empty level, or a level that means "no hazard", are dropped (empty ones with a warning giving
    their count and area); zones without a geometry are dropped and counted. The input is not modified.
    """
    layer = layer_name or frame.attrs.get("layer_name", "") or tr("hazard layer")
    if not level_field or level_field not in frame.columns:
        raise InputError(
            tr(
                "{layer}: no hazard level field. Choose the field that holds the level "
                "(alta/media/baja, high/medium/low or 3/2/1) in HAZARD_LEVEL_FIELD."
            ).format(layer=layer)
        )
    raw = frame[level_field].tolist()
    reading = read_levels(raw, level_map)
    geoms, _n_repaired = repair_polygons(frame.geometry.values, layer)
    areas_ha = _areas_ha(frame, geoms)
    if reading.unknown.any():
        raise InputError(unknown_levels_message(layer, level_field, raw, reading.unknown, areas_ha))
    ranks = reading.ranks.astype(np.int8)
    if len(frame) and reading.null.all():
        raise InputError(
            tr(
                "{layer}: the field '{field}' is empty in every zone. Choose the field that holds the hazard level "
                "in HAZARD_LEVEL_FIELD."
            ).format(layer=layer, field=level_field)
        )
    if reading.null.any():
        LOG.warning(
            tr(
                "{layer}: {n} zones ({area}) have no value in '{field}'; they are not counted as hazard. Fill the "
                "level in, or map them in LEVEL_MAP if they are a hazard."
            ).format(layer=layer, n=int(reading.null.sum()), area=_area_text(areas_ha, reading.null), field=level_field)
        )
    if reading.scale:
        LOG.info(
            tr("{layer}: '{field}' holds {note}; give LEVEL_MAP (e.g. '3=media') to read them otherwise.").format(
                layer=layer, field=level_field, note=reading.scale_note()
            )
        )
    if len(frame) and not (ranks > 0).any():
        LOG.warning(
            tr("{layer}: no zone has a hazard level in '{field}' (all are 'no hazard' or empty).").format(
                layer=layer, field=level_field
            )
        )
    if type_field and type_field in frame.columns:
        types = np.array([fold(default_type) if pd.isna(v) else fold(v) for v in frame[type_field]], dtype=object)
    else:
        types = np.full(len(frame), fold(default_type), dtype=object)
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


def _areas_ha(frame: gpd.GeoDataFrame, geoms: np.ndarray) -> Optional[np.ndarray]:
    """Area of each (repaired) zone in hectares, or None when the frame is not in a projected CRS."""
    crs = frame.crs
    if crs is not None and not crs.is_projected:
        return None
    areas = shapely.area(np.asarray(geoms, dtype=object))
    return np.nan_to_num(np.asarray(areas, dtype=float), nan=0.0) / 10_000.0


def _area_text(areas_ha: Optional[np.ndarray], which: np.ndarray) -> str:
    """'12.35 ha' of the zones ``which`` (or '? ha' without a metric CRS)."""
    if areas_ha is None:
        return tr("area unknown")
    return tr("{area} ha").format(area=f"{float(areas_ha[which].sum()):,.2f}")


def unknown_levels_message(
    layer: str, field: str, values: list, unknown: np.ndarray, areas_ha: Optional[np.ndarray], limit: int = 12
) -> str:
    """The refusal for level values that are not understood: each value with its count and area, and the fix."""
    groups: Dict[str, list] = {}
    for value, is_unknown, k in zip(values, unknown, range(len(values))):
        if not is_unknown:
            continue
        text = str(value).strip()
        groups.setdefault(text, []).append(k)
    order = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    parts = []
    for text, rows in order[:limit]:
        which = np.zeros(len(values), dtype=bool)
        which[rows] = True
        parts.append(
            tr("'{value}' ({n} zones, {area})").format(value=text, n=len(rows), area=_area_text(areas_ha, which))
        )
    if len(order) > limit:
        parts.append(tr("and {n} other values").format(n=len(order) - limit))
    example = ";".join(f"{text}={level}" for (text, _rows), level in zip(order, ("alta", "none")))
    return tr(
        "{layer}: the field '{field}' holds hazard levels that are not understood: {values}. Nothing was computed: "
        "counting them as 'no hazard' would give wrong numbers. Map each value to alta, media, baja or none in "
        "LEVEL_MAP (the level map), as the layer's legend says, e.g. '{example}'; or choose another level field. "
        "The values understood are listed in the user guide, 'Your own data'."
    ).format(layer=layer, field=field, values=", ".join(parts), example=example)


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
