"""An OpenStreetMap extract as a routable road network and service facilities (pure: numpy, shapely, pandas).

The reader (:mod:`..qgis_io.osm_read`) hands over GDAL's OSM layers as tag columns and geometries in
longitude/latitude: ``lines`` (ways that are not areas), ``points`` (tagged nodes) and ``multipolygons``
(closed ways and multipolygon relations). This module applies the tag rules and builds the outputs:

- roads: every ``highway=*`` way a person or a vehicle may use (:data:`VEHICLE_SPEEDS`, :data:`FOOT_ONLY`),
  cut at every vertex it shares with another way (or with itself) so that the network is routable, with
  speed (``maxspeed`` when it parses, else the class default), one-way code, pedestrian and motor-vehicle
  access and length;
- facilities: nodes and areas whose tags match a facility type (:data:`DEFAULT_FACILITY_TAGS`), areas as a
  point on their surface, with type, subtype (the tag value) and capacity (``capacity``, else ``beds``).

Why shared vertices and not node ids: GDAL's ``lines`` layer gives each way's coordinates, not its node ids.
Every node has one coordinate pair, which GDAL converts to the same two doubles in every way that uses it,
so "two ways use the same node" and "two ways have a vertex at exactly the same coordinates" are the same
thing, except for two distinct nodes at exactly the same place (a mapping error that validators report as
"duplicate nodes"), which are joined here as a router joins them after fixing. Ways that cross without a
shared node (bridges, tunnels) stay unconnected, as in OSM.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputError
from .i18n import tr
from .progress import ProgressFn, ensure
from .text import fold, parse_mapping, parse_number_mapping

LOG = logging.getLogger("migrant_planning")

WALKING_KMH = 4.5
"""Speed written for foot-only ways (the walking speed of ``service_access``)."""

VEHICLE_SPEEDS: Dict[str, float] = {
    "motorway": 80.0,
    "motorway_link": 50.0,
    "trunk": 60.0,
    "trunk_link": 40.0,
    "primary": 50.0,
    "primary_link": 40.0,
    "secondary": 50.0,
    "secondary_link": 40.0,
    "tertiary": 40.0,
    "tertiary_link": 30.0,
    "unclassified": 30.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 20.0,
    "track": 15.0,
    "road": 30.0,
}
"""Default speed (km/h) per ``highway`` class a vehicle may use, when ``maxspeed`` does not parse.

Colombian urban limits: 50 km/h on urban roads (Ley 2251 de 2022), 30 km/h in residential and school zones;
expressways and trunk roads through a city are signed higher (60-80 km/h).
"""

FOOT_ONLY = ("path", "footway", "steps", "pedestrian")
"""``highway`` classes for pedestrians only (``motor`` = 0 unless a motor-vehicle tag allows them)."""

NO_FOOT_CLASSES = ("motorway", "motorway_link")
"""Classes where pedestrians are not allowed unless ``foot`` says they are (OSM's worldwide default)."""

IMPLIED_ONEWAY_CLASSES = ("motorway",)
IMPLIED_ONEWAY_JUNCTIONS = ("roundabout", "circular")

DENIED = {"no", "private", "agricultural", "forestry", "military", "use_sidepath"}
ALLOWED = {"yes", "designated", "permissive", "destination", "customers", "delivery", "official"}

ONEWAY_FORWARD = {"yes", "true", "1"}
ONEWAY_BACKWARD = {"-1", "reverse"}
ONEWAY_BOTH = {"no", "false", "0"}

FACILITY_KEYS = ("amenity", "healthcare")
"""The tag keys facility rules may use (the fields GDAL reads, resources/osm/osmconf.ini)."""

DEFAULT_FACILITY_TAGS: Tuple[Tuple[str, Tuple[Tuple[str, Tuple[str, ...]], ...]], ...] = (
    ("salud", (("amenity", ("hospital", "clinic", "doctors", "health_post")), ("healthcare", ("*", "-pharmacy")))),
    ("educación", (("amenity", ("school",)),)),
    ("primera infancia", (("amenity", ("kindergarten", "childcare")),)),
)
"""Facility type -> (tag key, values); ``*`` any value, ``-value`` not that value. First matching type wins.

``healthcare=pharmacy`` is left out: editors add it to every drugstore, which would count as a health centre.
"""

_MAXSPEED = re.compile(r"^(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>km/h|kmh|kph|mph|knots)?$")
_UNIT_KMH = {None: 1.0, "km/h": 1.0, "kmh": 1.0, "kph": 1.0, "mph": 1.609344, "knots": 1.852}
_WHOLE = re.compile(r"^\d+$")


@dataclass
class OsmOptions:
    """Settings of an import (names follow the Processing parameters)."""

    speeds: Optional[str] = None  # SPEEDS: 'highway=km/h;...' overriding VEHICLE_SPEEDS
    facility_tags: Optional[str] = None  # FACILITY_TAGS: 'type=key=v1,v2|key2=*;...' overriding per type
    buffer_m: float = 1000.0
    source_name: str = ""  # the file, for messages


@dataclass
class OsmData:
    """GDAL's OSM layers: tag columns and a ``geometry`` column of shapely geometries in longitude/latitude."""

    lines: pd.DataFrame
    points: pd.DataFrame
    polygons: pd.DataFrame


@dataclass
class OsmResult:
    """The road network (LineStrings) and the facilities (points), in the metric CRS."""

    roads: gpd.GeoDataFrame
    facilities: gpd.GeoDataFrame
    counts: Dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------ tags


def _missing(value: object) -> bool:
    """Whether a tag value is absent (None, NaN, pd.NA)."""
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def _per_value(values: Sequence[object], convert: Callable[[object], object], dtype=object) -> np.ndarray:
    """``convert`` applied to each distinct value only (tags repeat a few values over many ways)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    converted = np.array([convert(v) for v in uniques] + [convert(None)], dtype=dtype)
    return converted[np.where(codes < 0, len(uniques), codes)]


def _text(values: Sequence[object]) -> np.ndarray:
    """Tag values as stripped lower-case text ('' for a missing tag)."""
    return _per_value(values, lambda v: "" if _missing(v) else str(v).strip().lower())


def _names(values: Sequence[object]) -> np.ndarray:
    """``name`` tags as text (None where absent or empty)."""
    return np.array([None if _missing(v) or str(v) == "" else str(v) for v in values], dtype=object)


def _kmh(value: object) -> float:
    """km/h of one ``maxspeed`` value, or NaN."""
    text = "" if _missing(value) else str(value).strip().lower()
    if text == "walk":
        return WALKING_KMH
    match = _MAXSPEED.match(text)
    if not match:
        return np.nan
    speed = float(match.group("value")) * _UNIT_KMH[match.group("unit")]
    return speed if speed > 0 else np.nan


def parse_maxspeed(values: Sequence[object]) -> np.ndarray:
    """km/h of each ``maxspeed`` value ("50", "50 km/h", "30 mph", "10 knots"; "walk" = walking); NaN otherwise."""
    return _per_value(values, _kmh, float)


def parse_oneway_tags(oneway: Sequence[object], junction: Sequence[object], highway: Sequence[object]) -> np.ndarray:
    """One-way code per way: yes/true/1 -> 1, -1/reverse -> -1, no/false/0 -> 0; without the tag, roundabouts
    (``junction=roundabout``/``circular``) and motorways are one-way (1), other ways two-way (0)."""
    tag, junction, highway = _text(oneway), _text(junction), _text(highway)
    codes = np.zeros(len(tag), np.int8)
    codes[np.isin(tag, list(ONEWAY_FORWARD))] = 1
    codes[np.isin(tag, list(ONEWAY_BACKWARD))] = -1
    implied = np.isin(junction, IMPLIED_ONEWAY_JUNCTIONS) | np.isin(highway, IMPLIED_ONEWAY_CLASSES)
    codes[(tag == "") & implied] = 1
    return codes


def _access(default: np.ndarray, *tags: np.ndarray) -> np.ndarray:
    """Allowed (True) per way: the most specific tag with a known value decides (first in ``tags``), else
    ``default``."""
    result = default.copy()
    decided = np.zeros(len(default), bool)
    for values in tags:
        known = ~decided & (np.isin(values, list(DENIED)) | np.isin(values, list(ALLOWED)))
        result[known] = np.isin(values[known], list(ALLOWED))
        decided |= known
    return result


def parse_speeds(text: Optional[str]) -> Dict[str, float]:
    """The default speed per class with the user's ``highway=km/h`` entries (SPEEDS) applied."""
    speeds = dict(VEHICLE_SPEEDS)
    if not text or not str(text).strip():
        return speeds
    for key, value in parse_number_mapping(text, "SPEEDS").items():
        name = key.replace(" ", "_")
        if name not in VEHICLE_SPEEDS:
            raise InputError(
                tr(
                    "SPEEDS: '{key}' is not a highway class a vehicle uses. Write entries as class=km/h with one of: "
                    "{classes}."
                ).format(key=key, classes=", ".join(VEHICLE_SPEEDS))
            )
        if not (0 < value <= 200):
            raise InputError(
                tr("SPEEDS: the speed {value} for '{key}' must be more than 0 and at most 200 km/h.").format(
                    value=value, key=key
                )
            )
        speeds[name] = float(value)
    return speeds


def road_attributes(lines: pd.DataFrame, speeds: Dict[str, float]) -> Tuple[pd.DataFrame, Dict[str, int]]:
    """The usable highway ways of ``lines`` with their attributes (index kept), and counts for the log.

    Columns: ``highway``, ``speed_kmh``, ``oneway``, ``foot`` (1 where pedestrians may walk), ``motor`` (1 where
    motor vehicles may drive). Ways nobody may use (``access=private``...) and other classes are left out.
    """
    n = len(lines)

    def column(name: str) -> np.ndarray:
        return _text(lines[name].tolist()) if name in lines.columns else np.full(n, "", object)

    highway = column("highway")
    vehicle_class = np.isin(highway, list(VEHICLE_SPEEDS))
    foot_class = np.isin(highway, FOOT_ONLY)
    known = vehicle_class | foot_class
    counts: Dict[str, int] = {}
    other = pd.Series(highway[~known & (highway != "")]).value_counts()
    if len(other):
        LOG.info(
            tr("OSM: {n} ways of other highway classes were left out ({classes}).").format(
                n=int(other.sum()), classes=", ".join(f"{k} {v}" for k, v in other.head(8).items())
            )
        )
    access = column("access")
    foot = _access(~np.isin(highway, NO_FOOT_CLASSES), column("foot"), access)
    motor = _access(vehicle_class, column("motorcar"), column("motor_vehicle"), column("vehicle"), access)
    usable = known & (foot | motor)
    counts["closed"] = int(np.count_nonzero(known & ~usable))
    if counts["closed"]:
        LOG.info(
            tr(
                "OSM: {n} highway ways are closed to pedestrians and vehicles (access=private, no...) and were left "
                "out."
            ).format(n=counts["closed"])
        )
    maxspeed = parse_maxspeed(column("maxspeed").tolist())
    written = column("maxspeed") != ""
    counts["maxspeed_unparsed"] = int(np.count_nonzero(usable & written & np.isnan(maxspeed)))
    if counts["maxspeed_unparsed"]:
        examples = pd.unique(column("maxspeed")[usable & written & np.isnan(maxspeed)])[:5]
        LOG.warning(
            tr(
                "OSM: {n} ways have a maxspeed that is not a speed ({examples}); they use the default speed of "
                "their class."
            ).format(n=counts["maxspeed_unparsed"], examples=", ".join(examples))
        )
    default = _per_value(highway, lambda h: speeds.get(h, WALKING_KMH), float)
    speed = np.where(np.isfinite(maxspeed), maxspeed, default)
    speed = np.where(motor, speed, WALKING_KMH)
    oneway = parse_oneway_tags(column("oneway").tolist(), column("junction").tolist(), highway.tolist())
    frame = pd.DataFrame(
        {
            "highway": highway,
            "speed_kmh": speed,
            "oneway": oneway.astype(np.int64),
            "foot": foot.astype(np.int64),
            "motor": motor.astype(np.int64),
        },
        index=lines.index,
    )
    counts["ways"] = int(np.count_nonzero(usable))
    counts["foot_only"] = int(np.count_nonzero(usable & ~motor))
    counts["no_foot"] = int(np.count_nonzero(usable & ~foot))
    return frame[usable], counts


# ------------------------------------------------------------------------------------------------ network


def split_at_shared_vertices(geoms: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Each LineString cut at every inner vertex that another line (or the line itself elsewhere) also has.

    Returns the pieces and the index of the line each comes from (pieces in line order, then along the line).
    Repeated consecutive vertices are dropped first; pieces of zero length are left out.
    """
    geoms = np.asarray(geoms, dtype=object)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    if len(coords) == 0:
        return np.zeros(0, dtype=object), np.zeros(0, np.int64)
    keep = np.ones(len(coords), bool)
    keep[1:] = (owner[1:] != owner[:-1]) | np.any(coords[1:] != coords[:-1], axis=1)
    coords, owner = coords[keep], owner[keep]
    # how many times each coordinate pair occurs (over all lines): sort, compare neighbours
    order = np.lexsort((coords[:, 1], coords[:, 0]))
    ordered = coords[order]
    new = np.ones(len(coords), bool)
    new[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    group = np.cumsum(new) - 1
    occurrences = np.bincount(group)[group]
    count = np.empty(len(coords), np.int64)
    count[order] = occurrences
    first = np.ones(len(coords), bool)
    first[1:] = owner[1:] != owner[:-1]
    last = np.ones(len(coords), bool)
    last[:-1] = owner[1:] != owner[:-1]
    cut = (count >= 2) & ~first & ~last
    # a cut vertex ends one piece and starts the next: write it twice
    repeat = 1 + cut.astype(np.int64)
    doubled = np.repeat(coords, repeat, axis=0)
    doubled_owner = np.repeat(owner, repeat)
    starts = np.repeat(first, repeat)
    second_copy = np.zeros(len(doubled), bool)
    positions = np.cumsum(repeat) - 1  # the last copy of each vertex
    second_copy[positions[cut]] = True
    piece = np.cumsum(starts | second_copy) - 1
    sizes = np.bincount(piece)
    valid = sizes[piece] >= 2
    piece_owner = np.zeros(len(sizes), np.int64)
    piece_owner[piece] = doubled_owner
    good = np.flatnonzero(sizes >= 2)
    remap = np.full(len(sizes), -1, np.int64)
    remap[good] = np.arange(len(good))
    lines = shapely.linestrings(doubled[valid], indices=remap[piece[valid]])
    return np.asarray(lines, dtype=object), piece_owner[good]


def clip_lines(geoms: np.ndarray, region) -> Tuple[np.ndarray, np.ndarray]:
    """The parts of ``geoms`` inside ``region`` as LineStrings, and the index of the geometry each comes from."""
    geoms = np.asarray(geoms, dtype=object)
    shapely.prepare(region)
    inside = shapely.covers(region, geoms)
    crossing = np.flatnonzero(~inside & shapely.intersects(region, geoms))
    cut = shapely.intersection(geoms[crossing], region)
    parts, part_of = shapely.get_parts(cut, return_index=True)
    lines = shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING
    parts, part_of = parts[lines], crossing[part_of[lines]]
    kept = np.flatnonzero(inside)
    out = np.concatenate([geoms[kept], parts])
    owner = np.concatenate([kept, part_of])
    order = np.argsort(owner, kind="stable")
    return out[order], owner[order]


# ------------------------------------------------------------------------------------------------ facilities


def parse_facility_tags(text: Optional[str]) -> List[Tuple[str, List[Tuple[str, List[str]]]]]:
    """The facility rules: the defaults, with the types of ``text`` ('type=key=v1,v2|key2=*;...') replacing them.

    A type written with nothing after '=' is removed; a new type is added after the defaults.
    """
    rules: Dict[str, Tuple[str, List[Tuple[str, List[str]]]]] = {
        fold(name): (name, [(k, list(v)) for k, v in tags]) for name, tags in DEFAULT_FACILITY_TAGS
    }
    for key, value in parse_mapping(text, "FACILITY_TAGS").items():
        name = rules[key][0] if key in rules else key
        tags: List[Tuple[str, List[str]]] = []
        for group in (g.strip() for g in value.split("|")):
            if not group:
                continue
            if "=" not in group:
                raise InputError(
                    tr(
                        "FACILITY_TAGS: '{group}' in the type '{type}' is not a tag. Write type=key=value,value|key=* "
                        "(for example educación=amenity=school,college)."
                    ).format(group=group, type=name)
                )
            tag, values = group.split("=", 1)
            listed = [v.strip().lower() for v in values.split(",") if v.strip()]
            if not tag.strip() or not listed:
                raise InputError(
                    tr("FACILITY_TAGS: the tag '{group}' in the type '{type}' needs a key and values.").format(
                        group=group, type=name
                    )
                )
            if tag.strip().lower() not in FACILITY_KEYS:
                raise InputError(
                    tr("FACILITY_TAGS: the key '{key}' is not read from OSM files; use amenity or healthcare.").format(
                        key=tag.strip()
                    )
                )
            tags.append((tag.strip().lower(), listed))
        rules[key] = (name, tags)
    return [(name, tags) for name, tags in rules.values() if tags]


def classify_facilities(tags: pd.DataFrame, rules) -> Tuple[np.ndarray, np.ndarray]:
    """Facility type and subtype (the matching tag value) of each row; '' where no rule matches."""
    n = len(tags)
    kind = np.full(n, "", dtype=object)
    subtype = np.full(n, "", dtype=object)
    for name, groups in rules:
        for key, values in groups:
            if key not in tags.columns:
                continue
            value = _text(tags[key].tolist())
            wanted = [v for v in values if not v.startswith("-") and v != "*"]
            excluded = [v[1:] for v in values if v.startswith("-")]
            match = (value != "") & np.isin(value, wanted) if "*" not in values else (value != "")
            match &= ~np.isin(value, excluded)
            match &= kind == ""
            kind[match] = name
            subtype[match] = value[match]
    return kind, subtype


def parse_capacity(*columns: Sequence[object]) -> Tuple[np.ndarray, int]:
    """Whole-number capacity from the first column that has one (``capacity``, then ``beds``); NaN otherwise.

    Returns the values and how many written values were not whole numbers (left empty: '1.200' could be
    1 200 or 1.2).
    """
    n = len(columns[0]) if columns else 0
    out = np.full(n, np.nan)
    bad = 0
    for values in columns:
        for k, text in enumerate(_text(values)):
            if not text or np.isfinite(out[k]):
                continue
            if _WHOLE.match(text):
                out[k] = float(text)
            else:
                bad += 1
    return out, bad


def _facility_rows(frame: pd.DataFrame, osm_type: Sequence[str], rules) -> pd.DataFrame:
    """Typed facility rows of one OSM layer (points or areas)."""
    kind, subtype = classify_facilities(frame, rules)
    chosen = kind != ""
    sub = frame[chosen]

    def column(name: str) -> list:
        return sub[name].tolist() if name in sub.columns else [None] * len(sub)

    capacity, bad = parse_capacity(column("capacity"), column("beds"))
    if bad:
        LOG.warning(
            tr(
                "OSM: {n} facilities have a capacity or beds value that is not a whole number; it was left empty."
            ).format(n=bad)
        )
    ids = pd.to_numeric(pd.Series(column("osm_id"), dtype=object), errors="coerce").to_numpy(float)
    names = _names(column("name"))
    return pd.DataFrame(
        {
            "osm_type": np.asarray(osm_type, dtype=object)[chosen],
            "osm_id": pd.array(np.where(np.isfinite(ids), ids, 0).astype(np.int64), dtype="Int64"),
            "name": names,
            "tipo": kind[chosen],
            "subtipo": subtype[chosen],
            "capacidad": pd.array([None if not np.isfinite(c) else int(c) for c in capacity], dtype="Int64"),
            "geometry": sub["geometry"].to_numpy(),
        }
    )


def _area_ids(polygons: pd.DataFrame) -> Tuple[pd.DataFrame, List[str]]:
    """The areas with one ``osm_id`` column (way or relation id) and their OSM type."""
    relation = polygons["osm_id"] if "osm_id" in polygons.columns else pd.Series([None] * len(polygons))
    way = polygons["osm_way_id"] if "osm_way_id" in polygons.columns else pd.Series([None] * len(polygons))
    relation = relation.reset_index(drop=True)
    way = way.reset_index(drop=True)
    is_way = way.notna().to_numpy() & (way.astype(str).to_numpy() != "")
    frame = polygons.reset_index(drop=True).copy()
    frame["osm_id"] = np.where(is_way, way.to_numpy(), relation.to_numpy())
    return frame, ["way" if w else "relation" for w in is_way]


# ------------------------------------------------------------------------------------------------ import


def import_osm(
    data: OsmData,
    options: OsmOptions,
    to_metric: Callable[[np.ndarray], np.ndarray],
    crs,
    aoi: Optional[np.ndarray] = None,
    progress: Optional[ProgressFn] = None,
) -> OsmResult:
    """Roads and facilities of an OSM extract in the metric CRS ``crs``.

    ``to_metric`` maps an (n, 2) array of longitudes/latitudes to the CRS's coordinates. ``aoi`` (polygons in
    ``crs``): keep what lies within ``options.buffer_m`` metres of them.
    """
    progress = ensure(progress)
    source = options.source_name or tr("the OSM file")
    speeds = parse_speeds(options.speeds)
    rules = parse_facility_tags(options.facility_tags)
    lines = data.lines
    if len(lines) == 0 or "highway" not in lines.columns or not lines["highway"].notna().any():
        raise InputError(
            tr(
                "{file}: the extract has no highway (no road, street or path). Export an extract that covers the "
                "streets of the area (for example from download.geofabrik.de or openstreetmap.org, Export)."
            ).format(file=source)
        )
    attributes, counts = road_attributes(lines, speeds)
    if len(attributes) == 0:
        raise InputError(
            tr(
                "{file}: the extract has highways, but none that pedestrians or vehicles may use (classes: {classes}). "
                "Export an extract that covers the streets of the area."
            ).format(file=source, classes=", ".join(sorted(set(_text(lines["highway"].tolist())) - {""}))[:200])
        )
    progress(0.1)
    geoms = lines.loc[attributes.index, "geometry"].to_numpy(dtype=object)
    line_type = shapely.get_type_id(geoms) == shapely.GeometryType.LINESTRING
    attributes, geoms = attributes[line_type], geoms[line_type]
    pieces, owner = split_at_shared_vertices(geoms)
    progress(0.4)
    pieces = shapely.transform(pieces, to_metric)
    progress(0.6)
    region = None
    if aoi is not None:
        region = shapely.union_all(shapely.make_valid(np.asarray(aoi, dtype=object)))
        if region is None or region.is_empty or shapely.area(region) == 0:
            raise InputError(
                tr(
                    "The area of interest has no polygon (it is empty, or its geometries are null). Choose the layer "
                    "of the study area, or leave it empty to import the whole extract."
                )
            )
        region = shapely.buffer(region, float(options.buffer_m)) if options.buffer_m > 0 else region
        extent = shapely.box(*shapely.total_bounds(pieces))
        if region.is_empty or not shapely.intersects(region, extent) or not shapely.intersects(region, pieces).any():
            raise InputError(
                tr(
                    "The area of interest (with its {buffer} m buffer) does not overlap the roads of {file}. Choose "
                    "an area of interest in the place the extract covers, or leave it empty to import everything."
                ).format(buffer=f"{options.buffer_m:g}", file=source)
            )
        pieces, kept = clip_lines(pieces, region)
        owner = owner[kept]
    progress(0.75)
    lengths = shapely.length(pieces)
    good = lengths > 0
    pieces, owner, lengths = pieces[good], owner[good], lengths[good]
    way_ids = pd.to_numeric(lines.loc[attributes.index, "osm_id"], errors="coerce").to_numpy(float)
    listed = lines.loc[attributes.index, "name"].tolist() if "name" in lines.columns else [None] * len(attributes)
    names = _names(listed)
    roads = gpd.GeoDataFrame(
        {
            "osm_id": pd.array(np.where(np.isfinite(way_ids), way_ids, 0).astype(np.int64)[owner], dtype="Int64"),
            "name": names[owner],
            "highway": attributes["highway"].to_numpy()[owner],
            "speed_kmh": attributes["speed_kmh"].to_numpy()[owner],
            "oneway": attributes["oneway"].to_numpy()[owner],
            "foot": attributes["foot"].to_numpy()[owner],
            "motor": attributes["motor"].to_numpy()[owner],
            "length_m": lengths,
        },
        geometry=gpd.GeoSeries(pieces, crs=crs),
        crs=crs,
    )
    counts["edges"] = len(roads)
    LOG.info(
        tr(
            "OSM: {ways} highway ways give {edges} road edges ({km:.1f} km); {foot} foot-only, {nofoot} closed to "
            "pedestrians."
        ).format(
            ways=counts["ways"],
            edges=len(roads),
            km=float(lengths.sum()) / 1000.0,
            foot=counts["foot_only"],
            nofoot=counts["no_foot"],
        )
    )
    progress(0.85)
    facilities = _facilities(data, rules, to_metric, crs, region)
    counts["facilities"] = len(facilities)
    progress(1.0)
    return OsmResult(roads, facilities, counts)


def _facilities(data: OsmData, rules, to_metric, crs, region) -> gpd.GeoDataFrame:
    """The facilities of the points and areas of an extract, areas as a point on their surface."""
    points = _facility_rows(data.points, ["node"] * len(data.points), rules)
    areas_frame, area_types = _area_ids(data.polygons)
    areas = _facility_rows(areas_frame, area_types, rules)
    point_geoms = shapely.transform(points["geometry"].to_numpy(dtype=object), to_metric)
    area_geoms = shapely.transform(areas["geometry"].to_numpy(dtype=object), to_metric)
    area_geoms = shapely.make_valid(area_geoms)
    # a node inside an area of the same type with the same subtype or name maps the same facility twice
    duplicate = np.zeros(len(points), bool)
    if len(points) and len(areas):
        tree = shapely.STRtree(area_geoms)
        p, a = tree.query(point_geoms, predicate="within")
        point_names = np.array([fold(v) for v in points["name"].to_numpy()[p]], dtype=object)
        area_names = np.array([fold(v) for v in areas["name"].to_numpy()[a]], dtype=object)
        same_name = (point_names != "") & (point_names == area_names)
        same = (points["tipo"].to_numpy()[p] == areas["tipo"].to_numpy()[a]) & (
            (points["subtipo"].to_numpy()[p] == areas["subtipo"].to_numpy()[a]) | same_name
        )
        duplicate[p[same]] = True
    if duplicate.any():
        LOG.info(
            tr("OSM: {n} facility nodes lie inside an area mapped as the same facility; the area is kept.").format(
                n=int(duplicate.sum())
            )
        )
    points, point_geoms = points[~duplicate], point_geoms[~duplicate]
    frame = pd.concat([points.drop(columns="geometry"), areas.drop(columns="geometry")], ignore_index=True)
    geoms = np.concatenate([point_geoms, shapely.point_on_surface(area_geoms)]) if len(frame) else np.zeros(0, object)
    if region is not None and len(frame):
        inside = shapely.covers(region, geoms)
        frame, geoms = frame[inside].reset_index(drop=True), geoms[inside]
    if len(frame) == 0:
        LOG.warning(
            tr(
                "OSM: no facility of the types {types} in the extract; the facilities output is empty. Check the "
                "extract, or FACILITY_TAGS."
            ).format(types=", ".join(name for name, _ in rules))
        )
    else:
        for kind, rows in frame.groupby("tipo", sort=False):
            missing = int(rows["capacidad"].isna().sum())
            LOG.info(
                tr("OSM: {n} facilities of type {type} ({missing} without capacity).").format(
                    n=len(rows), type=kind, missing=missing
                )
            )
    frame["capacidad"] = frame["capacidad"].astype("Int64")
    frame["osm_id"] = frame["osm_id"].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=crs), crs=crs)
