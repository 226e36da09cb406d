"""Hazard exposure of settlements and facilities.

Method (see docs/algorithms/settlement_exposure.md):

* Hazard zones are classified (:func:`.hazards.classify_zones`) and made disjoint per type and for
  ``any`` (:func:`.hazards.disjoint_levels`): a place lies in exactly one level piece of each type,
  its highest, so nothing is counted twice.
* **Divisible** features (polygons) are split in proportion to area: the share of a feature's area
  inside each level piece is the share of its population, migrants and households exposed there
  (uniform density inside a feature). The pieces are exploded into single polygons and cut into parts
  of at most :data:`MAX_PART_VERTICES` vertices, so one bulk ``STRtree`` query and vectorised
  ``shapely.intersection`` / ``area`` calls do the overlay; group sums are numpy ``bincount``.
* **Indivisible** features (points, or polygons on request) count whole at the highest level they
  touch. "Touch" is ``intersects`` with the (repaired) zones: a point on a zone's boundary is in it.
* With reporting areas, divisible features are cut by the area boundaries (in proportion to area
  too) and indivisible ones go to the area that holds their point on surface; what lies outside
  every area is reported under :func:`outside_label`. The area ``ALL`` is the whole layer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .fields import require_numeric, warn_duplicates, with_input_fields
from .geometry import polygonal_parts, repair_polygons, representative_points, warn_if_apart
from .hazards import ANY, classify_zones, disjoint_levels
from .i18n import tr
from .levels import LEVELS, parse_level_weights
from .progress import ProgressFn, ensure, sub
from .text import flags, fold, slug, unique_names

LOG = logging.getLogger("migrant_planning")

ALL = "ALL"  # the area_name (and facility_type) written in the rows that cover the whole layer
NONE = "none"
# Flag columns of the summaries: a row covers every area (facility type) / sums every hazard type. Readers tell these
# rows apart by the flags, never by the names: a reporting area may be called ALL and a hazard type Any.
ALL_AREAS, ALL_TYPES, ANY_HAZARD = "all_areas", "all_types", "any_hazard"
# The key of the any-hazard group while it is computed: no type name can be it (fold() drops control characters).
ANY_KEY = "\x1fany"
_TOTAL = object()  # the whole layer among the blocks of the summary
LEVELS_AND_NONE: Tuple[str, ...] = (*LEVELS, NONE)
LEVEL_CODE: Dict[str, str] = {"alta": "a", "media": "m", "baja": "b"}
MODES: Tuple[str, ...] = ("auto", "divisible", "indivisible")
SUMMARY_COLUMNS: Tuple[str, ...] = (
    "area_name",
    "hazard_type",
    "hazard_level",
    "features",
    "area_ha",
    "population",
    "migrants",
    "households",
    "population_share",
    ALL_AREAS,
    ANY_HAZARD,
)
# The SUMMARY columns that hold numbers (the others are names and flags).
SUMMARY_NUMBERS: Tuple[str, ...] = ("features", "area_ha", "population", "migrants", "households", "population_share")
FACILITY_SUMMARY_COLUMNS: Tuple[str, ...] = (
    "area_name",
    "facility_type",
    "hazard_type",
    "hazard_level",
    "facilities",
    "capacity",
    ALL_AREAS,
    ALL_TYPES,
    ANY_HAZARD,
)
# Quantities carried by settlements: OUTPUT field code, SUMMARY column.
QUANTITIES: Tuple[Tuple[str, str], ...] = (("pop", "population"), ("mig", "migrants"), ("hh", "households"))
MAX_PART_VERTICES = 256
TYPE_KEY_LENGTH = 12
# A share below this counts as "not touched" when features are counted and highest levels named.
SHARE_TOLERANCE = 1e-9
# Sums below this share of the layer's total are residues of the overlay (1e-13 ha slivers): cleared, never a row.
RESIDUE = 1e-6
# Reporting areas overlap when the sum of their areas passes the area they cover by more than this share.
OVERLAP_TOLERANCE = 1e-9
_CHUNK = 50_000
_POINTS = (shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT)


def outside_label() -> str:
    """Name of the reporting area that holds what lies outside every area."""
    return tr("(outside areas)")


@dataclass(frozen=True)
class HazardType:
    """One reported hazard type: folded name (as classified), label as written in the data, field-name key."""

    name: str
    label: str
    key: str


@dataclass
class ExposureResult:
    """What an exposure algorithm returns: the features with their fields, the summary table and field aliases."""

    features: gpd.GeoDataFrame
    summary: pd.DataFrame
    aliases: Dict[str, str]
    summary_aliases: Dict[str, str]
    hazard_types: List[HazardType]


@dataclass
class _Hazards:
    """Classified zones and their disjoint level pieces cut into small single polygons."""

    types: List[HazardType]
    zone_geoms: np.ndarray
    zone_type: np.ndarray
    zone_rank: np.ndarray
    part_geoms: np.ndarray
    part_type: np.ndarray
    part_level: np.ndarray  # 0 alta, 1 media, 2 baja


# ---------------------------------------------------------------------------------------- helpers


def type_keys(names: Sequence[str], length: int = TYPE_KEY_LENGTH) -> List[str]:
    """Short unique ASCII keys for hazard type names: whole words of the slug, at most ``length`` characters."""
    keys: List[str] = []
    for name in names:
        words = slug(name).split("_")
        key = words[0][:length] if words and words[0] else ""
        for word in words[1:]:
            if len(key) + 1 + len(word) > length:
                break
            key = f"{key}_{word}"
        key = key or "type"
        unique, n = key, 2
        while unique in keys:
            unique = f"{key}_{n}"
            n += 1
        keys.append(unique)
    return keys


def _layer(frame: pd.DataFrame, default: str) -> str:
    """The layer name stored by the reader, else ``default``."""
    return frame.attrs.get("layer_name", "") or default


def numeric_values(frame: pd.DataFrame, field: Optional[str], layer: str) -> Optional[np.ndarray]:
    """The values of a numeric field as floats (null -> 0, counted in the log); ``None`` without a field."""
    if not field:
        return None
    values = require_numeric(frame, field, layer)
    nulls = int(np.isnan(values).sum())
    if nulls:
        LOG.warning(
            tr("{layer}: {n} features have no value in '{field}'; they count as 0.").format(
                layer=layer, n=nulls, field=field
            )
        )
    negative = int((values < 0).sum())
    if negative:
        LOG.warning(
            tr(
                "{layer}: {n} features have a negative value in '{field}'; they are counted as they are. Check those "
                "values."
            ).format(layer=layer, n=negative, field=field)
        )
    return np.nan_to_num(values, nan=0.0)


def _labels_of(values: pd.Series) -> Dict[str, str]:
    """Folded text -> the spelling used most often in the data (first seen on a tie)."""
    counts = (
        pd.Series([v for v in values if not pd.isna(v)], dtype=object).astype(str).str.strip().value_counts(sort=False)
    )
    labels: Dict[str, Tuple[int, str]] = {}
    for text, count in counts.items():
        key = fold(text)
        if key not in labels or count > labels[key][0]:
            labels[key] = (int(count), text)
    return {key: text for key, (_count, text) in labels.items()}


def _prepare_hazards(
    hazards: gpd.GeoDataFrame,
    level_field: str,
    type_field: Optional[str],
    default_type: str,
    level_map: Optional[Dict[str, str]],
) -> _Hazards:
    """Classify the zones, make them disjoint by level and cut the pieces into small single polygons."""
    layer = _layer(hazards, tr("hazard layer"))
    zones = classify_zones(hazards, level_field, type_field, default_type, level_map, layer)
    names = sorted(zones["hazard_type"].unique())
    if type_field and type_field in hazards.columns:
        spelled = _labels_of(hazards[type_field])
    else:
        spelled = {}
    spelled.setdefault(fold(default_type), str(default_type).strip())
    # The any-hazard group has a key no type of the data can have (a type named 'Any' is a type like the others);
    # it keeps the field key 'any' (any_lvl, any_a_pop...), a type named so gets 'any_2'.
    labels = [spelled.get(name, name) for name in names] + [ANY]
    keys = type_keys([ANY, *names])
    keys = keys[1:] + keys[:1]
    types = [HazardType(name, label, key) for name, label, key in zip([*names, ANY_KEY], labels, keys)]
    index = {name: i for i, name in enumerate([*names, ANY_KEY])}
    pieces = pd.concat(
        [
            disjoint_levels(zones, include_any=False),
            disjoint_levels(zones.assign(hazard_type=ANY_KEY), include_any=False),
        ],
        ignore_index=True,
    )
    parts, owner = subdivide(np.asarray(pieces.geometry.values, dtype=object))
    piece_type = np.array([index[t] for t in pieces["hazard_type"]], dtype=np.int64)
    piece_level = 3 - pieces["rank"].to_numpy(dtype=np.int64)
    return _Hazards(
        types=types,
        zone_geoms=np.asarray(zones.geometry.values, dtype=object),
        zone_type=np.array([index[t] for t in zones["hazard_type"]], dtype=np.int64),
        zone_rank=zones["rank"].to_numpy(dtype=np.int64),
        part_geoms=parts,
        part_type=piece_type[owner],
        part_level=piece_level[owner],
    )


def subdivide(geoms: np.ndarray, max_vertices: int = MAX_PART_VERTICES) -> Tuple[np.ndarray, np.ndarray]:
    """Single polygons of ``geoms`` cut in halves until each has at most ``max_vertices`` vertices.

    Returns the parts and the index of the geometry each came from. The parts of one geometry are
    disjoint and cover it, so areas add up; small parts make each intersection cheap.
    """
    parts, owner = shapely.get_parts(np.asarray(geoms, dtype=object), return_index=True)
    for _round in range(64):
        big = shapely.get_num_coordinates(parts) > max_vertices
        if not big.any():
            break
        cut, cut_owner = parts[big], owner[big]
        xmin, ymin, xmax, ymax = shapely.bounds(cut).T
        wide = (xmax - xmin) >= (ymax - ymin)
        xmid, ymid = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
        first = shapely.box(xmin, ymin, np.where(wide, xmid, xmax), np.where(wide, ymax, ymid))
        second = shapely.box(np.where(wide, xmid, xmin), np.where(wide, ymin, ymid), xmax, ymax)
        halves = polygonal_parts(shapely.intersection(np.concatenate([cut, cut]), np.concatenate([first, second])))
        pieces, which = shapely.get_parts(halves, return_index=True)
        keep = shapely.area(pieces) > 0
        parts = np.concatenate([parts[~big], pieces[keep]])
        owner = np.concatenate([owner[~big], np.concatenate([cut_owner, cut_owner])[which[keep]]])
    return parts, owner


def overlay(
    left: np.ndarray,
    right: np.ndarray,
    progress: Optional[ProgressFn] = None,
    with_geometry: bool = False,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray, Optional[np.ndarray]]:
    """Pairs (i, j) of ``left`` and ``right`` polygons that share area, with the area of their intersection.

    One bulk ``STRtree`` query, then vectorised intersections in chunks (progress and cancel between
    chunks). Pairs where ``right[j]`` covers ``left[i]`` skip the intersection. With ``with_geometry``
    the (polygonal) intersections are returned too.
    """
    report = ensure(progress)
    left = np.asarray(left, dtype=object)
    right = np.asarray(right, dtype=object)
    if len(left) == 0 or len(right) == 0:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=float), (np.array([], dtype=object) if with_geometry else None)
    shapely.prepare(right)
    li, ri = shapely.STRtree(right).query(left, predicate="intersects")
    n = len(li)
    areas = np.zeros(n, dtype=float)
    geoms = np.empty(n, dtype=object) if with_geometry else None
    for start in range(0, n, _CHUNK):
        end = min(start + _CHUNK, n)
        a, b = left[li[start:end]], right[ri[start:end]]
        pieces = a.copy()
        cut = ~shapely.covers(b, a)
        if cut.any():
            pieces[cut] = shapely.intersection(a[cut], b[cut])
        areas[start:end] = shapely.area(pieces)
        if geoms is not None:
            geoms[start:end] = polygonal_parts(pieces)
        report(end / n)
    keep = areas > 0
    return li[keep], ri[keep], areas[keep], (geoms[keep] if geoms is not None else None)


def highest_ranks(geoms: np.ndarray, hazards: _Hazards) -> np.ndarray:
    """Rank (3 alta .. 1 baja, 0 none) of the highest zone each geometry touches, per type (columns, ``any`` last)."""
    geoms = np.asarray(geoms, dtype=object)
    ranks = np.zeros((len(geoms), len(hazards.types)), dtype=np.int64)
    if len(geoms) and len(hazards.zone_geoms):
        gi, zi = shapely.STRtree(hazards.zone_geoms).query(geoms, predicate="intersects")
        np.maximum.at(ranks, (gi, hazards.zone_type[zi]), hazards.zone_rank[zi])
        np.maximum.at(ranks, (gi, np.full(len(gi), len(hazards.types) - 1)), hazards.zone_rank[zi])
    return ranks


def _feature_geometries(frame: gpd.GeoDataFrame, layer: str, id_field: Optional[str]) -> Tuple[np.ndarray, np.ndarray]:
    """Repaired geometries (polygons repaired, points kept) and whether each is a point; missing ones ``None``.

    Features whose geometry is missing, empty, or has no polygonal part after repair are counted
    in the log (with the first few ids).
    """
    raw = np.asarray(frame.geometry.values, dtype=object)
    kinds = shapely.get_type_id(raw)
    is_point = np.isin(kinds, _POINTS)
    geoms = np.full(len(raw), None, dtype=object)
    if is_point.any():
        points = raw[is_point]
        geoms[is_point] = np.where(shapely.is_empty(points), None, points)
    other = ~is_point & (kinds >= 0)
    if other.any():
        geoms[other], _n = repair_polygons(raw[other], layer)
    missing = shapely.is_missing(geoms)
    if missing.any():
        ids = frame[id_field].to_numpy()[missing] if id_field and id_field in frame.columns else frame.index[missing]
        sample = ", ".join(str(v) for v in list(ids)[:5]) + (", ..." if missing.sum() > 5 else "")
        LOG.warning(
            tr("{layer}: {n} features without a usable geometry were skipped ({ids}).").format(
                layer=layer, n=int(missing.sum()), ids=sample
            )
        )
    return geoms, is_point


def _output_frame(frame: gpd.GeoDataFrame, keep: np.ndarray, geoms: np.ndarray, columns: Dict[str, object]):
    """The kept input features (their own fields untouched, see :func:`.fields.with_input_fields`) with their
    repaired geometry and the new columns."""
    attributes = pd.DataFrame(frame.drop(columns=frame.geometry.name)).iloc[np.flatnonzero(keep)]
    new = pd.DataFrame(columns, index=attributes.index)
    return gpd.GeoDataFrame(
        with_input_fields(attributes, new, _layer(frame, tr("layer"))),
        geometry=gpd.GeoSeries(geoms[keep], index=attributes.index, crs=frame.crs),
        crs=frame.crs,
    )


# ---------------------------------------------------------------------------------------- areas


@dataclass
class _Areas:
    """Reporting areas made disjoint: names, subdivided parts and the name index of each part."""

    names: List[str]  # area names, then the outside region's when there is one
    has_outside: bool
    geoms: np.ndarray  # one per area (plus the outside region), disjoint
    label: np.ndarray  # name index of each of geoms
    parts: np.ndarray
    part_label: np.ndarray


def _prepare_areas(
    areas: gpd.GeoDataFrame, name_field: Optional[str], extent: Tuple[float, float, float, float]
) -> _Areas:
    """Repair the areas, make overlapping ones disjoint (earlier areas win), add the outside region, subdivide."""
    layer = _layer(areas, tr("areas layer"))
    geoms, _n = repair_polygons(areas.geometry.values, layer)
    present = ~shapely.is_missing(geoms)
    if (~present).any():
        LOG.warning(
            tr("{layer}: {n} areas without a usable polygon geometry were skipped.").format(
                layer=layer, n=int((~present).sum())
            )
        )
    if name_field and name_field in areas.columns:
        raw_names = [tr("(no name)") if pd.isna(v) else str(v) for v in areas[name_field]]
    else:
        raw_names = [str(v) for v in areas.index]
    raw_names = [name for name, ok in zip(raw_names, present) if ok]
    geoms = geoms[present]
    names: List[str] = unique_names(raw_names, layer, name_field or tr("feature id"), reserved=(outside_label(),))
    label = np.arange(len(names), dtype=np.int64)
    covered = shapely.union_all(geoms) if len(geoms) else None
    total = float(shapely.area(geoms).sum()) if len(geoms) else 0.0
    if len(geoms) > 1 and total - covered.area > OVERLAP_TOLERANCE * total:  # not a sliver of rounding
        LOG.warning(
            tr("{layer}: some areas overlap; each place is reported in the first area that holds it.").format(
                layer=layer
            )
        )
        taken = None
        for k in range(len(geoms)):
            own = geoms[k]
            if taken is not None:
                geoms[k] = shapely.difference(own, taken)
            taken = own if taken is None else shapely.union(taken, own)
        geoms = polygonal_parts(geoms)
    has_outside = False
    xmin, ymin, xmax, ymax = extent
    frame_box = shapely.box(xmin - 1.0, ymin - 1.0, xmax + 1.0, ymax + 1.0)
    outside = shapely.difference(frame_box, covered) if covered is not None else frame_box
    outside = polygonal_parts(np.array([outside], dtype=object))[0]
    if outside is not None and not outside.is_empty and outside.area > 0:
        names.append(outside_label())
        has_outside = True
        geoms = np.concatenate([geoms, np.array([outside], dtype=object)])
        label = np.concatenate([label, [len(names) - 1]])
    parts, owner = subdivide(geoms)
    return _Areas(names=names, has_outside=has_outside, geoms=geoms, label=label, parts=parts, part_label=label[owner])


def _area_of_points(points: np.ndarray, prepared: _Areas) -> np.ndarray:
    """Name index of the area that holds each point (the first area on a tie)."""
    found = np.full(len(points), np.iinfo(np.int64).max, dtype=np.int64)
    if len(points):
        pi, ai = shapely.STRtree(prepared.geoms).query(points, predicate="intersects")
        np.minimum.at(found, pi, ai)
    missed = found == np.iinfo(np.int64).max
    if missed.any():  # rounding at the frame's edge only: the areas and the outside region cover the layer
        found[missed] = shapely.STRtree(prepared.geoms).nearest(points[missed])
    return prepared.label[found]


# ---------------------------------------------------------------------------------------- summary


def _summarise(
    feature: np.ndarray, label: np.ndarray, shares: np.ndarray, amounts: np.ndarray, n_labels: int
) -> Tuple[np.ndarray, np.ndarray]:
    """Sums and feature counts per (label, type, level-or-none).

    ``shares`` is (units, types, 4): the part of the unit's feature at alta, media, baja, none;
    ``amounts`` is (features, quantities). Returns sums (labels, types, 4, quantities) and counts
    of distinct features with a share above the tolerance (labels, types, 4).
    """
    _n_units, n_types, n_levels = shares.shape
    n_quant = amounts.shape[1]
    cells = n_labels * n_types * n_levels
    key = (label[:, None, None] * n_types + np.arange(n_types)[None, :, None]) * n_levels + np.arange(n_levels)
    key = np.broadcast_to(key, shares.shape).ravel()
    sums = np.zeros((cells, n_quant))
    flat_shares = shares.ravel()
    for q in range(n_quant):
        weights = flat_shares * np.repeat(amounts[feature, q], n_types * n_levels)
        sums[:, q] = np.bincount(key, weights=weights, minlength=cells)
    touched = flat_shares > SHARE_TOLERANCE
    owners = np.repeat(feature, n_types * n_levels)[touched]
    distinct = np.unique(np.stack([key[touched], owners]), axis=1)[0] if touched.any() else np.array([], np.int64)
    counts = np.bincount(distinct, minlength=cells)
    return sums.reshape(n_labels, n_types, n_levels, n_quant), counts.reshape(n_labels, n_types, n_levels)


def _with_none(levels: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """Append the unexposed share (``whole`` minus the level shares, never below 0) as a fourth level."""
    none = np.clip(whole[:, None] - levels.sum(axis=2), 0.0, None)
    return np.concatenate([levels, none[:, :, None]], axis=2)


# ---------------------------------------------------------------------------------------- settlements


def settlement_exposure(
    settlements: gpd.GeoDataFrame,
    hazards: gpd.GeoDataFrame,
    level_field: str,
    type_field: Optional[str] = None,
    default_type: str = "amenaza",
    level_map: Optional[Dict[str, str]] = None,
    population_field: Optional[str] = None,
    migrants_field: Optional[str] = None,
    households_field: Optional[str] = None,
    id_field: Optional[str] = None,
    mode: str = "auto",
    areas: Optional[gpd.GeoDataFrame] = None,
    area_name_field: Optional[str] = None,
    level_weights: Optional[str] = None,
    progress: Optional[ProgressFn] = None,
) -> ExposureResult:
    """Population, migrants, households and area of each settlement exposed per hazard type and level, and a summary.

    All layers must be in the same metric CRS. ``mode``: ``auto`` (polygons divisible, points
    indivisible), ``divisible`` or ``indivisible``. ``level_weights`` is ``'alta=1;media=0.5;baja=0.2'``
    text for the exposure index. Inputs are not modified.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    report = ensure(progress)
    layer = _layer(settlements, tr("settlements layer"))
    weights = parse_level_weights(level_weights)
    amounts_in = [numeric_values(settlements, f, layer) for f in (population_field, migrants_field, households_field)]
    hz = _prepare_hazards(hazards, level_field, type_field, default_type, level_map)
    n_types = len(hz.types)
    report(0.15)

    geoms, is_point = _feature_geometries(settlements, layer, id_field)
    keep = ~shapely.is_missing(geoms)
    kept = geoms[keep]
    n = len(kept)
    if n == 0:
        LOG.warning(tr("{layer}: there are no features to analyse; the outputs are empty.").format(layer=layer))
    if id_field and id_field in settlements.columns:
        warn_duplicates(settlements[id_field].to_numpy(dtype=object)[keep], layer, id_field)
    warn_if_apart(kept, layer, hz.zone_geoms, _layer(hazards, tr("hazard layer")))
    if areas is not None:
        warn_if_apart(kept, layer, np.asarray(areas.geometry.values, dtype=object), _layer(areas, tr("areas layer")))
    divisible = ~is_point[keep] if mode != "indivisible" else np.zeros(n, dtype=bool)
    if mode == "divisible" and is_point[keep].any():
        LOG.info(
            tr("{layer}: points cannot be divided; {n} point features count whole at their highest level.").format(
                layer=layer, n=int(is_point[keep].sum())
            )
        )
    feature_area = shapely.area(kept) if n else np.zeros(0)
    amounts = np.column_stack(
        [feature_area] + [values[keep] if values is not None else np.zeros(n) for values in amounts_in]
    ).reshape(n, 1 + len(QUANTITIES))

    # Units: the pieces of the features that are reported together (a feature, or its part in one area).
    div_index = np.flatnonzero(divisible)
    ind_index = np.flatnonzero(~divisible)
    prepared_areas = None
    if areas is not None:
        extent = tuple(shapely.total_bounds(kept)) if n else (0.0, 0.0, 0.0, 0.0)
        prepared_areas = _prepare_areas(areas, area_name_field, extent)
        li, ri, piece_area, piece_geom = overlay(
            kept[div_index], prepared_areas.parts, sub(report, 0.15, 0.35), with_geometry=True
        )
        unit_feature = div_index[li]
        unit_label = prepared_areas.part_label[ri]
        unit_geom = piece_geom
        unit_whole = piece_area / feature_area[unit_feature]
        ind_label = _area_of_points(representative_points(kept[ind_index]), prepared_areas)
    else:
        unit_feature, unit_geom = div_index, kept[div_index]
        unit_label = np.zeros(len(div_index), dtype=np.int64)
        unit_whole = np.ones(len(div_index))
        ind_label = np.zeros(len(ind_index), dtype=np.int64)
    report(0.35)

    # Divisible units: area inside each level piece of each type.
    ui, pi, inter_area, _geoms = overlay(unit_geom, hz.part_geoms, sub(report, 0.35, 0.85))
    div_shares = np.zeros((len(unit_feature), n_types, len(LEVELS)))
    np.add.at(div_shares, (ui, hz.part_type[pi], hz.part_level[pi]), inter_area / feature_area[unit_feature[ui]])
    # Indivisible features: whole at the highest level touched.
    ranks = highest_ranks(kept[ind_index], hz)
    ind_shares = np.zeros((len(ind_index), n_types, len(LEVELS)))
    rows, cols = np.nonzero(ranks)
    ind_shares[rows, cols, 3 - ranks[rows, cols]] = 1.0
    report(0.9)

    unit_feature = np.concatenate([unit_feature, ind_index])
    unit_label = np.concatenate([unit_label, ind_label])
    unit_whole = np.concatenate([unit_whole, np.ones(len(ind_index))])
    unit_shares = np.concatenate([div_shares, ind_shares])
    shares = np.zeros((n, n_types, len(LEVELS)))
    np.add.at(shares, unit_feature, unit_shares)
    shares = np.clip(shares, 0.0, 1.0)

    # Summary: ALL from whole features, areas from units.
    whole = _summarise(np.arange(n), np.zeros(n, np.int64), _with_none(shares, np.ones(n)), amounts, 1)
    blocks = [(_TOTAL, *whole)]
    if prepared_areas is not None:
        sums, counts = _summarise(
            unit_feature,
            unit_label,
            _with_none(unit_shares, unit_whole),
            amounts,
            len(prepared_areas.names),
        )
        layer_totals = np.abs(amounts).sum(axis=0)
        for k, name in enumerate(prepared_areas.names):
            is_outside = prepared_areas.has_outside and k == len(prepared_areas.names) - 1
            if is_outside and _is_residue(sums[k, 0].sum(axis=0), layer_totals):
                continue  # nothing, or only a sliver left by the overlay, lies outside every area
            blocks.append((name, sums[k : k + 1], counts[k : k + 1]))
    summary = _settlement_summary(blocks, hz.types, [values is not None for values in amounts_in])
    summary = clear_residues(summary, np.abs(amounts).sum(axis=0), ("area_ha", "population", "migrants", "households"))

    columns = _settlement_columns(shares, amounts, amounts_in, hz.types, weights)
    if prepared_areas is not None:
        columns.update(_area_columns(n, unit_feature, unit_label, unit_whole, prepared_areas.names))
    result = _output_frame(settlements, keep, geoms, columns)
    report(1.0)
    return ExposureResult(
        features=result,
        summary=summary,
        aliases=settlement_aliases(hz.types, [values is not None for values in amounts_in]),
        summary_aliases=summary_aliases(),
        hazard_types=hz.types,
    )


def _is_residue(sums: np.ndarray, totals: np.ndarray) -> bool:
    """Whether every sum (area, quantities) is below :data:`RESIDUE` of the layer's total."""
    return bool((np.abs(sums) <= RESIDUE * np.maximum(totals, 0.0)).all())


def clear_residues(summary: pd.DataFrame, totals: Sequence[float], columns: Sequence[str]) -> pd.DataFrame:
    """The summary with sums below :data:`RESIDUE` of their total set to 0 (``totals``: area in m², then the
    quantities, in the order of ``columns``; area_ha is compared in hectares). Shares follow their population."""
    out = summary.copy()
    for column, total in zip(columns, totals):
        if column not in out.columns:
            continue
        limit = RESIDUE * float(total) / (10_000.0 if column == "area_ha" else 1.0)
        values = pd.to_numeric(out[column], errors="coerce")
        tiny = values.notna() & (values.abs() <= limit) & (values != 0)
        out.loc[tiny, column] = 0.0
        if column == "population" and "population_share" in out.columns:
            out.loc[tiny, "population_share"] = 0.0
    return out


def _area_columns(
    n: int, unit_feature: np.ndarray, unit_label: np.ndarray, unit_whole: np.ndarray, names: Sequence[str]
) -> Dict[str, object]:
    """OUTPUT's ``area_name`` (the area a feature was counted in; a split feature's areas, largest share first,
    separated by '; ') and ``area_shr`` (the share of the feature in the first of them)."""
    area_name = np.full(n, None, dtype=object)
    area_share = np.full(n, np.nan)
    if len(unit_feature):
        share = np.zeros((n, len(names)))
        np.add.at(share, (unit_feature, unit_label), unit_whole)
        order = np.argsort(-share, axis=1, kind="stable")
        ranked = np.take_along_axis(share, order, axis=1)
        present = ranked > RESIDUE
        for i in np.flatnonzero(present[:, 0]):
            area_name[i] = "; ".join(names[k] for k, ok in zip(order[i], present[i]) if ok)
        area_share = np.where(present[:, 0], np.minimum(ranked[:, 0], 1.0), np.nan)
    return {"area_name": area_name, "area_shr": area_share}


def _settlement_summary(blocks, types: List[HazardType], present: List[bool]) -> pd.DataFrame:
    """The SUMMARY table from per-area sums and counts (area x type x level, ``none`` included)."""
    frames = []
    n_types = len(types)
    for name, sums, counts in blocks:
        sums, counts = sums[0], counts[0]  # (types, 4, quantities), (types, 4)
        totals = sums[:, :, 1].sum(axis=1, keepdims=True)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(totals > 0, sums[:, :, 1] / totals, np.nan)
        frame = pd.DataFrame(
            {
                "area_name": name,
                "hazard_type": np.repeat([t.label for t in types], len(LEVELS_AND_NONE)),
                "hazard_level": np.tile(LEVELS_AND_NONE, n_types),
                "features": counts.ravel().astype(np.int64),
                "area_ha": sums[:, :, 0].ravel() / 10_000.0,
            }
        )
        for q, ((_code, column), ok) in enumerate(zip(QUANTITIES, present), start=1):
            frame[column] = sums[:, :, q].ravel() if ok else np.nan
        frame["population_share"] = share.ravel() if present[0] else np.nan
        frame[ALL_AREAS] = name is _TOTAL
        frame[ANY_HAZARD] = np.repeat([t.name == ANY_KEY for t in types], len(LEVELS_AND_NONE))
        frame["area_name"] = ALL if name is _TOTAL else name
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)[list(SUMMARY_COLUMNS)]


def _settlement_columns(
    shares: np.ndarray,
    amounts: np.ndarray,
    amounts_in: List[Optional[np.ndarray]],
    types: List[HazardType],
    weights: Dict[str, float],
) -> Dict[str, object]:
    """OUTPUT columns: feature area, and per type exposed area, share, quantities per level, highest level, index."""
    columns: Dict[str, object] = {"area_m2": amounts[:, 0]}
    level_weight = np.array([weights[level] for level in LEVELS])
    touched = shares > SHARE_TOLERANCE
    highest = np.where(touched.any(axis=2), touched.argmax(axis=2), len(LEVELS))
    level_names = np.array(LEVELS_AND_NONE, dtype=object)
    for t, hazard in enumerate(types):
        for k, level in enumerate(LEVELS):
            prefix = f"{hazard.key}_{LEVEL_CODE[level]}"
            columns[f"{prefix}_m2"] = amounts[:, 0] * shares[:, t, k]
            columns[f"{prefix}_shr"] = shares[:, t, k]
            for q, ((code, _column), values) in enumerate(zip(QUANTITIES, amounts_in), start=1):
                if values is not None:
                    columns[f"{prefix}_{code}"] = amounts[:, q] * shares[:, t, k]
        columns[f"{hazard.key}_lvl"] = level_names[highest[:, t]]
        columns[f"{hazard.key}_idx"] = shares[:, t, :] @ level_weight
    return columns


def _hazard_label(hazard: HazardType) -> str:
    """How a hazard type is named in aliases."""
    return tr("any hazard") if hazard.name == ANY_KEY else hazard.label


def settlement_aliases(types: List[HazardType], present: Sequence[bool] = (True, True, True)) -> Dict[str, str]:
    """Translated aliases of the OUTPUT fields of settlement_exposure."""
    templates = {
        "m2": tr("{hazard}, {level}: exposed area (m²)"),
        "shr": tr("{hazard}, {level}: share of the feature's area (0-1)"),
        "pop": tr("{hazard}, {level}: exposed population (persons)"),
        "mig": tr("{hazard}, {level}: exposed migrants (persons)"),
        "hh": tr("{hazard}, {level}: exposed households"),
    }
    aliases = {
        "area_m2": tr("Feature area (m²)"),
        "area_name": tr("Reporting area(s) the feature was counted in"),
        "area_shr": tr("Share of the feature in its first reporting area (0-1)"),
    }
    for hazard in types:
        label = _hazard_label(hazard)
        for level in LEVELS:
            prefix = f"{hazard.key}_{LEVEL_CODE[level]}"
            for code in ("m2", "shr"):
                aliases[f"{prefix}_{code}"] = templates[code].format(hazard=label, level=level)
            for (code, _column), ok in zip(QUANTITIES, present):
                if ok:
                    aliases[f"{prefix}_{code}"] = templates[code].format(hazard=label, level=level)
        aliases[f"{hazard.key}_lvl"] = tr("{hazard}: highest level").format(hazard=label)
        aliases[f"{hazard.key}_idx"] = tr("{hazard}: exposure index (0-1)").format(hazard=label)
    return aliases


def summary_aliases() -> Dict[str, str]:
    """Translated aliases of the SUMMARY columns of settlement_exposure."""
    return {
        "area_name": tr("Area"),
        "hazard_type": tr("Hazard type"),
        "hazard_level": tr("Hazard level"),
        "features": tr("Features"),
        "area_ha": tr("Area (ha)"),
        "population": tr("Population (persons)"),
        "migrants": tr("Migrants (persons)"),
        "households": tr("Households"),
        "population_share": tr("Share of the area's population (0-1)"),
        ALL_AREAS: tr("Row for the whole layer (all areas)"),
        ANY_HAZARD: tr("Row for any hazard type"),
    }


def mark_totals(summary: pd.DataFrame, name_column: str = "area_name", flag: str = ALL_AREAS) -> pd.DataFrame:
    """A SUMMARY read back (from a file) whose total rows are told apart by their flags, not their names.

    Rows flagged ``all_areas`` (``all_types`` for the facility summary: pass ``name_column='facility_type'``,
    ``flag=ALL_TYPES``) are named ALL and rows flagged ``any_hazard`` have the hazard type 'any'; a row of the
    user's data that bears one of these names (a reporting area called ALL, a hazard type called Any) is
    renamed 'ALL (area)', 'Any (hazard type)', so that no reader adds it to the totals. A table without the
    flags (written by an earlier version) is returned as it is.
    """
    frame = summary.copy()
    if name_column in frame.columns and flag in frame.columns:
        total = flags(frame[flag])
        names = frame[name_column].astype(object)
        clash = ~total & names.astype(str).eq(ALL).to_numpy()
        label = tr("{name} (area)") if name_column == "area_name" else tr("{name} (facility type)")
        frame[name_column] = np.where(total, ALL, np.where(clash, [label.format(name=n) for n in names], names))
    if "hazard_type" in frame.columns and ANY_HAZARD in frame.columns:
        anywhere = flags(frame[ANY_HAZARD])
        types = frame["hazard_type"].astype(object)
        clash = ~anywhere & types.map(fold).eq(ANY).to_numpy()
        renamed = [tr("{name} (hazard type)").format(name=t) for t in types]
        frame["hazard_type"] = np.where(anywhere, ANY, np.where(clash, renamed, types))
    return frame


# ---------------------------------------------------------------------------------------- facilities


def facility_exposure(
    facilities: gpd.GeoDataFrame,
    hazards: gpd.GeoDataFrame,
    level_field: str,
    type_field: Optional[str] = None,
    default_type: str = "amenaza",
    level_map: Optional[Dict[str, str]] = None,
    facility_type_field: Optional[str] = None,
    capacity_field: Optional[str] = None,
    id_field: Optional[str] = None,
    areas: Optional[gpd.GeoDataFrame] = None,
    area_name_field: Optional[str] = None,
    progress: Optional[ProgressFn] = None,
) -> ExposureResult:
    """Highest hazard level each facility touches, per hazard type and ``any``, and a summary by reporting area
    (and ALL) and facility type (and ALL).

    Facilities are indivisible: a facility (point or polygon) is at the highest level of the zones
    it intersects, its boundary included, and counts in the area that holds its point on surface (as
    :func:`settlement_exposure` counts indivisible features). All layers must be in the same metric CRS.
    """
    report = ensure(progress)
    layer = _layer(facilities, tr("facilities layer"))
    capacity_in = numeric_values(facilities, capacity_field, layer)
    hz = _prepare_hazards(hazards, level_field, type_field, default_type, level_map)
    report(0.3)
    geoms, _is_point = _feature_geometries(facilities, layer, id_field)
    keep = ~shapely.is_missing(geoms)
    n = int(keep.sum())
    if n == 0:
        LOG.warning(tr("{layer}: there are no features to analyse; the outputs are empty.").format(layer=layer))
    warn_if_apart(geoms[keep], layer, hz.zone_geoms, _layer(hazards, tr("hazard layer")))
    ranks = highest_ranks(geoms[keep], hz)
    report(0.8)

    if facility_type_field and facility_type_field in facilities.columns:
        raw = facilities[facility_type_field].to_numpy(dtype=object)[keep]
        kinds = np.array([tr("(no type)") if pd.isna(v) else str(v) for v in raw], dtype=object)
    else:
        kinds = np.full(n, tr("(no type)"), dtype=object)
    kind_names = sorted(set(kinds.tolist()))
    names = [_TOTAL, *kind_names]
    position = {name: k for k, name in enumerate(kind_names, start=1)}
    kind_index = np.array([position[k] for k in kinds], dtype=np.int64)
    area_names = [_TOTAL]
    area_index = np.zeros(n, dtype=np.int64)
    columns: Dict[str, object] = {}
    if areas is not None:
        kept = geoms[keep]
        extent = tuple(shapely.total_bounds(kept)) if n else (0.0, 0.0, 0.0, 0.0)
        warn_if_apart(kept, layer, np.asarray(areas.geometry.values, dtype=object), _layer(areas, tr("areas layer")))
        prepared = _prepare_areas(areas, area_name_field, extent)
        label = _area_of_points(representative_points(kept), prepared)
        used = [k for k in range(len(prepared.names)) if not (prepared.has_outside and k == len(prepared.names) - 1)]
        if prepared.has_outside and (label == len(prepared.names) - 1).any():
            used.append(len(prepared.names) - 1)
        area_names += [prepared.names[k] for k in used]
        where = {k: i for i, k in enumerate(used, start=1)}
        area_index = np.array([where[k] for k in label], dtype=np.int64)
        columns["area_name"] = np.array([prepared.names[k] for k in label], dtype=object)
    capacity = capacity_in[keep] if capacity_in is not None else np.zeros(n)
    n_types, n_levels = len(hz.types), len(LEVELS_AND_NONE)
    level_of = np.where(ranks > 0, 3 - ranks, len(LEVELS))  # 0 alta .. 2 baja, 3 none
    cells = len(area_names) * len(names) * n_types * n_levels
    counts = np.zeros(cells, dtype=np.int64)
    sums = np.zeros(cells)
    zeros = np.zeros(n, np.int64)
    groups = [(zeros, zeros), (zeros, kind_index)]
    if len(area_names) > 1:
        groups += [(area_index, zeros), (area_index, kind_index)]
    for where_area, group in groups:
        cell = where_area * len(names) + group
        key = ((cell[:, None] * n_types + np.arange(n_types)) * n_levels + level_of).ravel()
        counts += np.bincount(key, minlength=cells)
        sums += np.bincount(key, weights=np.repeat(capacity, n_types), minlength=cells)
    per_area = len(names) * n_types * n_levels
    summary = pd.DataFrame(
        {
            "area_name": np.repeat([ALL if a is _TOTAL else a for a in area_names], per_area),
            "facility_type": np.tile(
                np.repeat([ALL if k is _TOTAL else k for k in names], n_types * n_levels), len(area_names)
            ),
            "hazard_type": np.tile(np.repeat([t.label for t in hz.types], n_levels), len(area_names) * len(names)),
            "hazard_level": np.tile(LEVELS_AND_NONE, len(area_names) * len(names) * n_types),
            "facilities": counts,
            "capacity": sums if capacity_in is not None else np.nan,
            ALL_AREAS: np.repeat([a is _TOTAL for a in area_names], per_area),
            ALL_TYPES: np.tile(np.repeat([k is _TOTAL for k in names], n_types * n_levels), len(area_names)),
            ANY_HAZARD: np.tile(
                np.repeat([t.name == ANY_KEY for t in hz.types], n_levels), len(area_names) * len(names)
            ),
        }
    )[list(FACILITY_SUMMARY_COLUMNS)]

    level_names = np.array(LEVELS_AND_NONE, dtype=object)
    columns.update({f"{t.key}_lvl": level_names[level_of[:, k]] for k, t in enumerate(hz.types)})
    result = _output_frame(facilities, keep, geoms, columns)
    aliases = {f"{t.key}_lvl": tr("{hazard}: highest level").format(hazard=_hazard_label(t)) for t in hz.types}
    aliases["area_name"] = tr("Reporting area the facility was counted in")
    report(1.0)
    return ExposureResult(
        features=result,
        summary=summary,
        aliases=aliases,
        summary_aliases={
            "area_name": tr("Area"),
            "facility_type": tr("Facility type"),
            "hazard_type": tr("Hazard type"),
            "hazard_level": tr("Hazard level"),
            "facilities": tr("Facilities"),
            "capacity": tr("Capacity"),
            ALL_AREAS: tr("Row for the whole layer (all areas)"),
            ALL_TYPES: tr("Row for all facility types"),
            ANY_HAZARD: tr("Row for any hazard type"),
        },
        hazard_types=hz.types,
    )
