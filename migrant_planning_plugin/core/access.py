"""Access to services: nearest facility, coverage within a threshold and floating catchment scores.

Costs go from each demand point (a settlement's point on surface) to facilities, either in a
straight line or over the road network (:mod:`.network`). For every facility type the
analysis finds the nearest facility, whether it lies within the type's threshold, and, with
capacities, a two-step floating catchment score (Luo & Wang 2003; enhanced, Luo & Qi 2009;
gaussian, Dai 2010) with the same weight W in both steps:

    R_j = S_j / sum_{k: d_kj <= d0} W(d_kj) P_k          (capacity per person in reach of j)
    A_i = sum_{j: d_ij <= d0} W(d_ij) R_j                 (capacity per person reachable from i)

Scores are reported per 1 000 people and relative to the population-weighted city mean
sum_i P_i A_i / sum_i P_i (for 2SFCA this is the city's total reached capacity per person).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import network as net
from .errors import InputError
from .exposure import ALL_AREAS
from .fields import require_numeric, warn_duplicates, with_input_fields
from .geometry import repair_polygons, representative_points, warn_if_apart
from .i18n import tr
from .progress import ProgressFn, ensure, sub
from .text import fold, parse_mapping, parse_number_mapping, slug, unique_names

LOG = logging.getLogger("migrant_planning")

STRAIGHT_LINE, ROAD_NETWORK = 0, 1
WALKING, BY_ROAD = 0, 1
METRES, MINUTES = 0, 1
NO_WEIGHTING, TWO_STEP, ENHANCED, GAUSSIAN = 0, 1, 2, 3

E2SFCA_WEIGHTS = (1.0, 0.68, 0.22)
"""Weights of the three equal sub-zones of the catchment in E2SFCA (Luo & Qi 2009)."""

DEFAULT_THRESHOLD = {METRES: 1000.0, MINUTES: 15.0}
FAR_FROM_ROAD_M = 1000.0
"""Points farther than this from every road are reported (they join the network on foot)."""
ALL_AREA_NAME = "ALL"  # the area_name written in the rows of every demand point
SUMMARY_DTYPES = {
    "area_name": "object",
    "facility_type": "object",
    "population": "float64",
    "population_covered": "float64",
    "share_covered": "float64",
    "migrants": "float64",
    "migrants_covered": "float64",
    "mean_cost": "float64",
    "unreachable": "int64",
    ALL_AREAS: "bool",  # the row covers every demand point (area_name ALL): readers go by this flag, not the name
}
SUMMARY_COLUMNS = tuple(SUMMARY_DTYPES)

_KMH_TO_M_PER_MIN = 1000.0 / 60.0


@dataclass
class AccessOptions:
    """Fields and settings of an access analysis (names follow the Processing parameters)."""

    population_field: str
    migrants_field: Optional[str] = None
    demand_id_field: Optional[str] = None
    demand_name_field: Optional[str] = None
    facility_type_field: Optional[str] = None
    capacity_field: Optional[str] = None
    facility_id_field: Optional[str] = None
    facility_name_field: Optional[str] = None
    method: int = STRAIGHT_LINE
    speed_field: Optional[str] = None
    oneway_field: Optional[str] = None
    foot_field: Optional[str] = None  # 0 where pedestrians may not walk (left out when walking)
    motor_field: Optional[str] = None  # 0 on foot-only ways (walked at walking speed, both ways, by road)
    travel_mode: int = WALKING
    walking_speed_kmh: float = 4.5
    default_speed_kmh: float = 30.0
    cost_unit: int = METRES
    thresholds: Union[str, Dict[str, float], None] = None
    default_threshold: Optional[float] = None
    weighting: int = TWO_STEP
    underserved_share: float = 0.5
    area_name_field: Optional[str] = None
    snap_tolerance: float = 1.0
    catchments: bool = True  # facility catchments (FACILITIES_OUTPUT) even without scores
    capacity_assumed_field: Optional[str] = None  # True where the capacity is assumed (DEFAULT_CAPACITIES)
    demand_fields: Optional[Sequence[str]] = None  # the demand layer's own fields carried to OUTPUT (None: all)
    facility_fields: Optional[Sequence[str]] = None  # the facilities' own fields carried to FACILITIES_OUTPUT


@dataclass
class AccessResult:
    """Outputs: one row per demand feature and type, one per facility, and the summary table."""

    demand: gpd.GeoDataFrame
    facilities: gpd.GeoDataFrame
    summary: pd.DataFrame
    types: List[str] = field(default_factory=list)
    thresholds: Dict[str, float] = field(default_factory=dict)
    unit: str = "m"


@dataclass
class Catchment:
    """Floating catchment results: score A_i per demand point, ratio R_j and weighted demand per facility."""

    access: np.ndarray
    ratio: np.ndarray
    weighted_demand: np.ndarray
    population: np.ndarray
    migrants: np.ndarray


# --------------------------------------------------------------------------------------- formulas


def catchment_weights(cost: np.ndarray, d0: float, weighting: int) -> np.ndarray:
    """The distance-decay weight W(d) of each cost within the catchment d0 (0 beyond it).

    2SFCA and no weighting: 1. E2SFCA: 1, 0.68, 0.22 in the three equal sub-zones (0, d0/3],
    (d0/3, 2d0/3], (2d0/3, d0]. Gaussian (Dai 2010): (exp(-(d/d0)^2/2) - exp(-1/2)) / (1 - exp(-1/2)).
    """
    cost = np.asarray(cost, dtype=float)
    inside = cost <= d0
    if weighting == ENHANCED:
        zone = np.minimum(np.floor(3.0 * cost / d0 - 1e-12).clip(min=0), 2).astype(int)
        weight = np.asarray(E2SFCA_WEIGHTS)[zone]
    elif weighting == GAUSSIAN:
        edge = np.exp(-0.5)
        weight = (np.exp(-0.5 * (cost / d0) ** 2) - edge) / (1.0 - edge)
    else:
        weight = np.ones(len(cost))
    return np.where(inside, np.maximum(weight, 0.0), 0.0)


def floating_catchment(
    i: np.ndarray,
    j: np.ndarray,
    cost: np.ndarray,
    population: np.ndarray,
    capacity: np.ndarray,
    d0: float,
    weighting: int,
    migrants: Optional[np.ndarray] = None,
) -> Catchment:
    """Two-step floating catchment over the pairs (demand i, facility j) with cost within d0.

    A facility whose weighted demand is zero gets no ratio (NaN) and adds nothing to scores.
    A facility whose capacity is missing or not positive gets no ratio, and every demand
    point that has it in reach gets no score (NaN): its access cannot be known.
    """
    n_demand, n_facilities = len(population), len(capacity)
    population = np.asarray(population, dtype=float)
    capacity = np.asarray(capacity, dtype=float)
    inside = cost <= d0
    i, j, cost = i[inside], j[inside], cost[inside]
    weight = catchment_weights(cost, d0, weighting)
    weighted_demand = _sum_by(j, weight * population[i], n_facilities)
    in_reach_population = _sum_by(j, population[i], n_facilities)
    in_reach_migrants = (
        _sum_by(j, np.asarray(migrants, float)[i], n_facilities)
        if migrants is not None
        else np.full(n_facilities, np.nan)
    )
    capacity_ok = np.isfinite(capacity) & (capacity > 0)
    ratio = np.full(n_facilities, np.nan)
    has_demand = weighted_demand > 0
    ratio[capacity_ok & has_demand] = capacity[capacity_ok & has_demand] / weighted_demand[capacity_ok & has_demand]
    contribution = weight * np.nan_to_num(ratio[j], nan=0.0)
    access = _sum_by(i, contribution, n_demand)
    unknown = _sum_by(i, ((weight > 0) & ~capacity_ok[j]).astype(float), n_demand) > 0
    access[unknown] = np.nan
    return Catchment(access, ratio, weighted_demand, in_reach_population, in_reach_migrants)


def _sum_by(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Sum of ``values`` per ``index`` as floats (zeros where none)."""
    return np.bincount(np.asarray(index, np.int64), weights=np.asarray(values, float), minlength=size).astype(float)


def relative_to_mean(access: np.ndarray, population: np.ndarray) -> Tuple[np.ndarray, float]:
    """Scores divided by their population-weighted mean over points with a score; and that mean."""
    known = np.isfinite(access)
    total = float(population[known].sum())
    mean = float((access[known] * population[known]).sum() / total) if total > 0 else np.nan
    if not np.isfinite(mean) or mean <= 0:
        return np.full(len(access), np.nan), mean
    return access / mean, mean


def parse_thresholds(thresholds: Union[str, Dict[str, float], None]) -> Dict[str, float]:
    """Thresholds per type from 'salud=1500;educacion=800' (or a dict), keyed by type slug."""
    if thresholds is None:
        return {}
    raw = thresholds if isinstance(thresholds, dict) else parse_number_mapping(thresholds, "THRESHOLDS")
    result: Dict[str, float] = {}
    for key, value in raw.items():
        value = float(value)
        if not np.isfinite(value) or value <= 0:
            raise InputError(
                tr("THRESHOLDS: the threshold for '{key}' must be a positive number, not {value}.").format(
                    key=key, value=value
                )
            )
        result[slug(key)] = value
    return result


# --------------------------------------------------------------------------------------- facilities


FACILITY_LAYER = "layer"
COMBINED_COLUMNS = ("facility_type", "capacity", "cap_assumed", "facility_id", "facility_name", FACILITY_LAYER)
SUGGESTED_CAPACITIES = "primera infancia=13"
"""Default capacities with a Colombian source (docs/algorithms/service_access.md): ICBF's Hogares Comunitarios
de Bienestar serve groups of 12 to 14 children (Lineamiento técnico HCB, 2014). Other figures are the user's."""


@dataclass
class FacilityLayer:
    """One facility layer and the fields chosen in it (None: it has none)."""

    name: str
    frame: gpd.GeoDataFrame
    type_field: Optional[str] = None
    capacity_field: Optional[str] = None
    id_field: Optional[str] = None
    name_field: Optional[str] = None
    aliases: Tuple[str, ...] = ()  # other names LAYER_TYPES may use (the file's name, the layer in the file)

    def names(self) -> List[str]:
        """Every name of the layer, folded."""
        return [fold(n) for n in (self.name, *self.aliases) if n]


def parse_capacities(text: Union[str, Dict[str, float], None]) -> Dict[str, float]:
    """DEFAULT_CAPACITIES ('primera infancia=13;salud=20000') keyed by type slug; a negative or zero value is
    refused."""
    if not text:
        return {}
    raw = text if isinstance(text, dict) else parse_number_mapping(text, "DEFAULT_CAPACITIES")
    result: Dict[str, float] = {}
    for key, value in raw.items():
        if not np.isfinite(value) or value <= 0:
            raise InputError(
                tr("DEFAULT_CAPACITIES: the capacity of '{key}' must be a positive number, not {value}.").format(
                    key=key, value=value
                )
            )
        result[slug(key)] = float(value)
    return result


def combine_facilities(
    layers: Sequence[FacilityLayer],
    layer_types: Union[str, Dict[str, str], None] = None,
    default_capacities: Union[str, Dict[str, float], None] = None,
) -> gpd.GeoDataFrame:
    """One frame of the facilities of several layers (all in one CRS).

    Columns: ``facility_type`` (LAYER_TYPES for the layer when it names it, else the layer's type field, else
    the layer's name), ``capacity`` (the capacity field; where it is missing, the DEFAULT_CAPACITIES value of
    the type when one is given, flagged ``cap_assumed``), ``facility_id``, ``facility_name``, ``layer``, then
    every layer's own fields (merged by name, as Merge Vector Layers does); the index holds the feature ids.
    """
    types_by_layer = {
        fold(k): v
        for k, v in (
            layer_types.items() if isinstance(layer_types, dict) else parse_mapping(layer_types, "LAYER_TYPES").items()
        )
    }
    capacities = parse_capacities(default_capacities)
    names = {n for layer in layers for n in layer.names()}
    unused = sorted(set(types_by_layer) - names)
    if unused:
        LOG.warning(
            tr("LAYER_TYPES names layers that are not among the facilities: {names}. Layers: {layers}.").format(
                names=", ".join(unused), layers=", ".join(layer.name for layer in layers)
            )
        )
    pieces = []
    for layer in layers:
        frame = layer.frame
        n = len(frame)
        given = next((types_by_layer[n] for n in layer.names() if n in types_by_layer), None)
        if given is not None:
            kinds = np.full(n, given.strip(), dtype=object)
            LOG.info(
                tr("{layer}: its {n} facilities are of type '{type}' (LAYER_TYPES).").format(
                    layer=layer.name, n=n, type=given.strip()
                )
            )
        elif layer.type_field:
            kinds = np.array([None if pd.isna(v) else str(v) for v in frame[layer.type_field]], dtype=object)
        else:
            kinds = np.full(n, layer.name, dtype=object)
            LOG.warning(
                tr(
                    "{layer}: no type field, so its facilities are of the type '{type}' (the layer's name). Give "
                    "LAYER_TYPES (e.g. '{type}=salud') to name it as THRESHOLDS does."
                ).format(layer=layer.name, type=layer.name)
            )
        if layer.capacity_field:
            capacity = require_numeric(frame, layer.capacity_field, layer.name, "CAPACITY_FIELD")
        else:
            capacity = np.full(n, np.nan)
        assumed = np.zeros(n, dtype=bool)
        if capacities:
            keys = np.array([slug(k) if k is not None else "" for k in kinds], dtype=object)
            for key, value in capacities.items():
                which = np.isnan(capacity) & (keys == key)
                if which.any():
                    capacity[which] = value
                    assumed[which] = True
                    LOG.warning(
                        tr(
                            "{layer}: {n} facilities of type '{type}' have no capacity and are given the assumed "
                            "capacity {value:g} (DEFAULT_CAPACITIES); results that use capacities are marked as "
                            "assumed."
                        ).format(layer=layer.name, n=int(which.sum()), type=key, value=value)
                    )
        ours = pd.DataFrame(
            {
                "facility_type": kinds,
                "capacity": capacity,
                "cap_assumed": assumed,
                "facility_id": _texts(frame, layer.id_field),
                "facility_name": _texts(frame, layer.name_field),
                FACILITY_LAYER: np.full(n, layer.name, dtype=object),
            },
            index=frame.index,
        )
        own = pd.DataFrame(frame.drop(columns=frame.geometry.name))
        piece = with_input_fields(own, ours, layer.name, after=True)
        pieces.append(gpd.GeoDataFrame(piece, geometry=frame.geometry.values, crs=frame.crs))
    if not pieces:
        raise InputError(tr("FACILITIES: give at least one facility layer."))
    combined = pd.concat(pieces)
    result = gpd.GeoDataFrame(combined, geometry=combined.geometry.name, crs=pieces[0].crs)
    result.attrs["layer_name"] = ", ".join(layer.name for layer in layers)
    return result


# --------------------------------------------------------------------------------------- engines


class _StraightLine:
    """Costs as straight-line distances (or times at walking speed)."""

    def __init__(self, demand_xy: np.ndarray, facility_xy: np.ndarray, cost_per_m: float) -> None:
        self.demand = shapely.points(demand_xy)
        self.facility_xy = facility_xy
        self.cost_per_m = cost_per_m
        self.demand_snap = np.full(len(demand_xy), np.nan)
        self.facility_snap = np.full(len(facility_xy), np.nan)

    def nearest(self, positions: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """Cost to the nearest of the facilities at ``positions`` and its position, per demand point."""
        n = len(self.demand)
        cost, which = np.full(n, np.inf), np.full(n, -1, np.int64)
        if n == 0 or len(positions) == 0:
            return cost, which
        tree = shapely.STRtree(shapely.points(self.facility_xy[positions]))
        found, distance = tree.query_nearest(self.demand, all_matches=False, return_distance=True)
        cost[found[0]] = distance * self.cost_per_m
        which[found[0]] = positions[found[1]]
        return cost, which

    def pairs(self, positions: np.ndarray, d0: float, progress: ProgressFn) -> Tuple[np.ndarray, ...]:
        """Pairs (demand i, facility position) within cost d0, with their costs."""
        if len(self.demand) == 0 or len(positions) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        tree = shapely.STRtree(shapely.points(self.facility_xy[positions]))
        i, k = tree.query(self.demand, predicate="dwithin", distance=d0 / self.cost_per_m)
        xy = shapely.get_coordinates(self.demand)
        cost = np.hypot(*(xy[i] - self.facility_xy[positions[k]]).T) * self.cost_per_m
        progress(1.0)
        return i, positions[k], cost


class _RoadNetwork:
    """Costs over the road network, with points joined at the nearest point of the nearest segment."""

    def __init__(
        self,
        roads: gpd.GeoDataFrame,
        demand_xy: np.ndarray,
        facility_xy: np.ndarray,
        options: AccessOptions,
        progress: ProgressFn,
    ) -> None:
        layer = roads.attrs.get("layer_name", tr("roads"))
        by_road = options.travel_mode == BY_ROAD
        minutes = options.cost_unit == MINUTES
        speed = None
        if options.speed_field and by_road and minutes:
            _require_column(roads, options.speed_field, layer, "SPEED_FIELD")
            speed = pd.to_numeric(pd.Series(roads[options.speed_field]), errors="coerce").to_numpy(dtype=float)
            bad = int(np.count_nonzero(~(np.isfinite(speed) & (speed > 0))))
            if bad:
                LOG.warning(
                    tr(
                        "{layer}: {n} roads have no valid speed in '{field}'; they use the default speed {speed} km/h."
                    ).format(layer=layer, n=bad, field=options.speed_field, speed=options.default_speed_kmh)
                )
        elif by_road and minutes:
            LOG.warning(
                tr("{layer}: no speed field; every road uses the default speed {speed} km/h (SPEED_FIELD).").format(
                    layer=layer, speed=options.default_speed_kmh
                )
            )
        oneway = None
        if options.oneway_field and by_road:
            _require_column(roads, options.oneway_field, layer, "ONEWAY_FIELD")
            oneway, unknown = net.parse_oneway(roads[options.oneway_field])
            if unknown:
                LOG.warning(
                    tr(
                        "{layer}: {n} values of '{field}' are not understood as one-way (yes/no, true/false, 1/0/-1, "
                        "FT/TF/N); those roads are taken as two-way."
                    ).format(layer=layer, n=unknown, field=options.oneway_field)
                )
            LOG.info(
                tr("{layer}: {fw} roads one-way in the digitising direction, {bw} against it.").format(
                    layer=layer, fw=int((oneway == net.FORWARD).sum()), bw=int((oneway == net.BACKWARD).sum())
                )
            )
        geoms = roads.geometry.values
        if options.motor_field and by_road:
            foot_only = ~self._flag(roads, options.motor_field, layer, "MOTOR_FIELD")
            if foot_only.any():
                if minutes:
                    speed = np.full(len(roads), np.nan) if speed is None else speed.copy()
                    speed[foot_only] = options.walking_speed_kmh
                if oneway is not None:
                    oneway = oneway.copy()
                    oneway[foot_only] = net.BOTH
                LOG.info(
                    tr(
                        "{layer}: {n} roads are for pedestrians only ('{field}' = 0): they are walked, both ways, at "
                        "{speed} km/h."
                    ).format(
                        layer=layer, n=int(foot_only.sum()), field=options.motor_field, speed=options.walking_speed_kmh
                    )
                )
        if options.foot_field and not by_road:
            walkable = self._flag(roads, options.foot_field, layer, "FOOT_FIELD")
            if not walkable.all():
                LOG.info(
                    tr(
                        "{layer}: {n} roads are closed to pedestrians ('{field}' = 0) and left out when walking."
                    ).format(layer=layer, n=int((~walkable).sum()), field=options.foot_field)
                )
                geoms = geoms[walkable]
                speed = speed[walkable] if speed is not None else None
                oneway = oneway[walkable] if oneway is not None else None
        self.network = net.build_network(geoms, speed, oneway, options.snap_tolerance)
        if self.network.ignored_lines:
            LOG.warning(
                tr("{layer}: {n} features are not lines (or are empty) and were left out of the network.").format(
                    layer=layer, n=self.network.ignored_lines
                )
            )
        LOG.info(net.describe(self.network))
        progress(0.5)
        forward, backward = net.segment_costs(
            self.network, minutes, by_road, options.walking_speed_kmh, options.default_speed_kmh
        )
        points = np.concatenate([demand_xy, facility_xy]) if len(facility_xy) else demand_xy
        attachment = net.attach_points(self.network, points)
        connector_per_m = 1.0 / (options.walking_speed_kmh * _KMH_TO_M_PER_MIN) if minutes else 1.0
        self.graph = net.point_graph(self.network, forward, backward, attachment, connector_per_m)
        self.n_demand = len(demand_xy)
        self.demand_snap = attachment.distance[: self.n_demand]
        self.facility_snap = attachment.distance[self.n_demand :]
        progress(1.0)

    @staticmethod
    def _flag(roads: gpd.GeoDataFrame, field_name: str, layer: str, parameter: str) -> np.ndarray:
        """Whether each road is open, from a 1/0 (yes/no) field; values not understood count as open (warned)."""
        _require_column(roads, field_name, layer, parameter)
        allowed, unknown = net.parse_allowed(roads[field_name])
        if unknown:
            LOG.warning(
                tr(
                    "{layer}: {n} values of '{field}' are not understood as 1/0 (yes/no, true/false); those roads are "
                    "taken as open."
                ).format(layer=layer, n=unknown, field=field_name)
            )
        return allowed

    def _facility_nodes(self, positions: np.ndarray) -> np.ndarray:
        return self.graph.point_node[self.n_demand + np.asarray(positions, dtype=np.int64)]

    def nearest(self, positions: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """Cost from each demand point to the nearest of the facilities at ``positions`` (inf if none reachable)."""
        if self.n_demand == 0 or len(positions) == 0:
            return np.full(self.n_demand, np.inf), np.full(self.n_demand, -1, np.int64)
        cost, source = net.nearest_source(self.graph.reverse, self._facility_nodes(positions))
        demand_nodes = self.graph.point_node[: self.n_demand]
        found = source[demand_nodes]
        which = np.where(found >= 0, np.asarray(positions)[np.maximum(found, 0)], -1)
        return cost[demand_nodes], which

    def pairs(self, positions: np.ndarray, d0: float, progress: ProgressFn) -> Tuple[np.ndarray, ...]:
        """Pairs (demand i, facility position) with network cost from i to the facility within d0."""
        i, k, cost = net.costs_within(
            self.graph, self.graph.point_node[: self.n_demand], self._facility_nodes(positions), d0, progress
        )
        return i, np.asarray(positions, dtype=np.int64)[k], cost


# --------------------------------------------------------------------------------------- inputs


def _require_column(frame: pd.DataFrame, column: Optional[str], layer: str, parameter: str) -> None:
    """Stop with a clear message when a chosen field is not in the layer."""
    if column and column not in frame.columns:
        raise InputError(
            tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                layer=layer, field=column, param=parameter
            )
        )


def _numbers(frame: pd.DataFrame, column: str, layer: str, parameter: str) -> np.ndarray:
    """A numeric column as floats (NaN where null); a text column is refused, naming the layer and field."""
    return require_numeric(frame, column, layer, parameter)


def _texts(frame: pd.DataFrame, column: Optional[str]) -> np.ndarray:
    """A column as text (None where null), or all None without a column."""
    if not column:
        return np.full(len(frame), None, dtype=object)
    values = frame[column].to_numpy(dtype=object)
    missing = pd.isna(frame[column]).to_numpy()
    out = np.array([None if m else str(v) for v, m in zip(values, missing)], dtype=object)
    return out


def _points_of(geoms: np.ndarray, layer: str = "") -> np.ndarray:
    """A representative point per geometry (polygons repaired first); None for null or empty geometries."""
    geoms = np.asarray(geoms, dtype=object)
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    out = np.full(len(geoms), None, dtype=object)
    types = shapely.get_type_id(geoms)
    polygonal = present & np.isin(types, (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON))
    other = present & ~polygonal
    if polygonal.any():
        repaired, _n = repair_polygons(geoms[polygonal], layer)
        out[polygonal] = representative_points(repaired)
    if other.any():
        out[other] = representative_points(geoms[other])
    ok = ~shapely.is_missing(out)
    ok[ok] = ~shapely.is_empty(out[ok].astype(object))
    out[~ok] = None
    return out


def _layer_of(frame: pd.DataFrame, default: str) -> str:
    """The layer name stored by the reader, else ``default``."""
    return frame.attrs.get("layer_name", "") or default


def _fids(frame: pd.DataFrame) -> np.ndarray:
    """Feature ids of a frame (its integer index, else positions)."""
    if pd.api.types.is_integer_dtype(frame.index.dtype):
        return frame.index.to_numpy(dtype=np.int64)
    return np.arange(len(frame), dtype=np.int64)


def _area_names(
    demand_points: np.ndarray, areas: Optional[gpd.GeoDataFrame], name_field: Optional[str]
) -> Tuple[np.ndarray, List[str]]:
    """Name of the area that contains each demand point (first area when several) or None; and every area name."""
    names = np.full(len(demand_points), None, dtype=object)
    if areas is None or len(areas) == 0:
        return names, []
    layer = areas.attrs.get("layer_name", tr("areas"))
    _require_column(areas, name_field, layer, "AREA_NAME_FIELD")
    area_names = _texts(areas, name_field) if name_field else None
    if area_names is None:
        area_names = np.array([tr("Area {fid}").format(fid=fid) for fid in _fids(areas)], dtype=object)
    area_names = np.array([n if n is not None else tr("(no name)") for n in area_names], dtype=object)
    area_names = np.array(unique_names(area_names.tolist(), layer, name_field or tr("feature id")), dtype=object)
    every = area_names.tolist()
    polygons, _n = repair_polygons(areas.geometry.values, layer)
    valid = np.flatnonzero(~shapely.is_missing(polygons))
    if len(valid) == 0 or len(demand_points) == 0:
        return names, every
    tree = shapely.STRtree(polygons[valid])
    point_index, area_index = tree.query(demand_points, predicate="intersects")
    order = np.lexsort((area_index, point_index))
    point_index, area_index = point_index[order], area_index[order]
    first = np.unique(point_index, return_index=True)[1]
    names[point_index[first]] = area_names[valid[area_index[first]]]
    outside = int(np.count_nonzero(pd.isna(names)))
    if outside:
        LOG.warning(
            tr("{n} demand points lie in no area of {layer}; they count only in the area {all}.").format(
                n=outside, layer=layer, all=ALL_AREA_NAME
            )
        )
    return names, every


# --------------------------------------------------------------------------------------- analysis


def _empty_result(demand_crs, facility_crs, unit: str) -> AccessResult:
    """Outputs with their columns and no rows."""
    return AccessResult(
        gpd.GeoDataFrame(
            {name: pd.Series(dtype=dtype) for name, dtype in DEMAND_COLUMNS.items()}, geometry=[], crs=demand_crs
        ),
        gpd.GeoDataFrame(
            {name: pd.Series(dtype=dtype) for name, dtype in FACILITY_COLUMNS.items()}, geometry=[], crs=facility_crs
        ),
        pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in SUMMARY_DTYPES.items()}),
        unit=unit,
    )


DEMAND_COLUMNS = {
    "demand_fid": "int64",
    "demand_id": "object",
    "demand_name": "object",
    "area_name": "object",
    "facility_type": "object",
    "population": "float64",
    "migrants": "float64",
    "nearest_id": "object",
    "nearest_name": "object",
    "cost": "float64",
    "snap_m": "float64",
    "reachable": "bool",
    "covered": "bool",
    "access_1k": "float64",
    "access_rel": "float64",
    "underserved": "boolean",
}
FACILITY_COLUMNS = {
    "facility_fid": "int64",
    "facility_id": "object",
    "facility_name": "object",
    "facility_type": "object",
    "capacity": "float64",
    "threshold": "float64",
    "population": "float64",
    "migrants": "float64",
    "demand_w": "float64",
    "load": "float64",
    "ratio_1k": "float64",
    "in_reach": "bool",
    "snap_m": "float64",
}


def _check_options(options: AccessOptions) -> None:
    """Refuse settings that cannot work, naming the parameter."""
    if not (np.isfinite(options.walking_speed_kmh) and options.walking_speed_kmh > 0):
        raise InputError(tr("WALKING_SPEED must be a positive speed in km/h."))
    if options.travel_mode == BY_ROAD and not (options.default_speed_kmh > 0):
        raise InputError(tr("DEFAULT_SPEED must be a positive speed in km/h."))
    if options.snap_tolerance < 0:
        raise InputError(tr("SNAP_TOLERANCE must be zero or a positive distance in metres."))
    if options.default_threshold is not None and options.default_threshold < 0:
        raise InputError(tr("DEFAULT_THRESHOLD must be a positive number (or 0 for the automatic value)."))
    if options.method not in (STRAIGHT_LINE, ROAD_NETWORK):
        raise InputError(tr("METHOD must be 0 (straight line) or 1 (road network)."))
    if options.weighting not in (NO_WEIGHTING, TWO_STEP, ENHANCED, GAUSSIAN):
        raise InputError(tr("WEIGHTING must be 0 (none), 1 (2SFCA), 2 (E2SFCA) or 3 (gaussian)."))


def service_access(
    demand: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame,
    options: AccessOptions,
    roads: Optional[gpd.GeoDataFrame] = None,
    areas: Optional[gpd.GeoDataFrame] = None,
    progress: Optional[ProgressFn] = None,
) -> AccessResult:
    """Nearest facility, coverage and floating catchment scores per demand feature and facility type.

    All frames must be in the same metric CRS. Inputs are not modified. See the module
    docstring and docs/algorithms/service_access.md for the method.
    """
    progress = ensure(progress)
    _check_options(options)
    unit = "min" if options.cost_unit == MINUTES else "m"
    demand_layer = demand.attrs.get("layer_name", tr("demand"))
    facility_layer = facilities.attrs.get("layer_name", tr("facilities"))
    if options.method == ROAD_NETWORK and roads is None:
        raise InputError(tr("The road network method needs a road layer: choose it in ROADS, or use METHOD 0."))
    if not options.population_field:
        raise InputError(tr("{layer}: no population field. Choose it in POPULATION_FIELD.").format(layer=demand_layer))
    _require_column(demand, options.population_field, demand_layer, "POPULATION_FIELD")
    for column, parameter in (
        (options.migrants_field, "MIGRANTS_FIELD"),
        (options.demand_id_field, "DEMAND"),
        (options.demand_name_field, "DEMAND"),
    ):
        _require_column(demand, column, demand_layer, parameter)
    for column, parameter in (
        (options.facility_type_field, "FACILITY_TYPE_FIELD"),
        (options.capacity_field, "CAPACITY_FIELD"),
        (options.facility_id_field, "FACILITIES"),
        (options.facility_name_field, "FACILITIES"),
    ):
        _require_column(facilities, column, facility_layer, parameter)
    base_thresholds = parse_thresholds(options.thresholds)
    default_threshold = (
        float(options.default_threshold)
        if options.default_threshold is not None and options.default_threshold > 0
        else DEFAULT_THRESHOLD[options.cost_unit]
    )

    # ---- demand points and population
    demand_points = _points_of(demand.geometry.values, demand_layer)
    keep_demand = ~pd.isna(demand_points)
    dropped = int(np.count_nonzero(~keep_demand))
    if dropped:
        LOG.warning(
            tr("{layer}: {n} features have no geometry and were left out.").format(layer=demand_layer, n=dropped)
        )
    population = _numbers(demand, options.population_field, demand_layer, "POPULATION_FIELD")
    if len(population) and np.all(np.isnan(population)):
        raise InputError(
            tr(
                "{layer}: the field '{field}' holds no numbers. Choose the population field in POPULATION_FIELD."
            ).format(layer=demand_layer, field=options.population_field)
        )
    bad_population = int(np.count_nonzero(keep_demand & ~(population >= 0)))
    if bad_population:
        LOG.warning(
            tr("{layer}: {n} features have an empty or negative population in '{field}'; they count as 0.").format(
                layer=demand_layer, n=bad_population, field=options.population_field
            )
        )
    population = np.where(population >= 0, population, 0.0)
    migrants = None
    if options.migrants_field:
        migrants = _numbers(demand, options.migrants_field, demand_layer, "MIGRANTS_FIELD")
        migrants = np.where(migrants >= 0, migrants, 0.0)

    # ---- facilities and types
    facility_points = _points_of(facilities.geometry.values, facility_layer)
    keep_facility = ~pd.isna(facility_points)
    if options.facility_type_field:
        raw_types = _texts(facilities, options.facility_type_field)
        raw_types = np.array([t.strip() if t is not None and t.strip() else None for t in raw_types], dtype=object)
        untyped = keep_facility & pd.isna(raw_types)
        if untyped.any():
            LOG.warning(
                tr("{layer}: {n} facilities have no type in '{field}' and were left out.").format(
                    layer=facility_layer, n=int(untyped.sum()), field=options.facility_type_field
                )
            )
        keep_facility &= ~pd.isna(raw_types)
    else:
        raw_types = np.full(len(facilities), tr("all"), dtype=object)
    no_geometry = int(np.count_nonzero(pd.isna(facility_points)))
    if no_geometry:
        LOG.warning(
            tr("{layer}: {n} facilities have no geometry and were left out.").format(
                layer=facility_layer, n=no_geometry
            )
        )

    d_rows = np.flatnonzero(keep_demand)
    f_rows = np.flatnonzero(keep_facility)
    if options.demand_id_field:
        warn_duplicates(_texts(demand, options.demand_id_field)[d_rows], demand_layer, options.demand_id_field)
    if options.facility_id_field:
        warn_duplicates(
            _texts(facilities, options.facility_id_field)[f_rows], facility_layer, options.facility_id_field
        )
    demand_present = demand_points[d_rows].astype(object)
    warn_if_apart(demand_present, demand_layer, facility_points[f_rows].astype(object), facility_layer)
    if options.method == ROAD_NETWORK and roads is not None:
        warn_if_apart(
            demand_present, demand_layer, np.asarray(roads.geometry.values, dtype=object), _layer_of(roads, tr("roads"))
        )
    if len(d_rows) == 0:
        LOG.warning(tr("{layer}: no demand feature to analyse; the outputs are empty.").format(layer=demand_layer))
        return _empty_result(demand.crs, facilities.crs, unit)
    if len(f_rows) == 0:
        LOG.warning(tr("{layer}: no facility to analyse; the outputs are empty.").format(layer=facility_layer))
        return _empty_result(demand.crs, facilities.crs, unit)

    type_key = np.array([slug(t) for t in raw_types[f_rows]], dtype=object)
    keys, first, type_index = np.unique(type_key, return_index=True, return_inverse=True)
    type_names = [str(raw_types[f_rows][k]) for k in first]
    order = np.argsort([fold(n) for n in type_names], kind="stable")
    keys = [keys[k] for k in order]
    type_names = [type_names[k] for k in order]
    remap = np.empty(len(order), np.int64)
    remap[order] = np.arange(len(order))
    type_index = remap[type_index.reshape(-1)]
    thresholds = {}
    for key, name in zip(keys, type_names):
        thresholds[name] = base_thresholds.get(key, default_threshold)
    unmatched = sorted(set(base_thresholds) - set(keys))
    if unmatched:
        LOG.warning(
            tr("THRESHOLDS names types that have no facility in {layer}: {types}. Types present: {present}.").format(
                layer=facility_layer, types=", ".join(unmatched), present=", ".join(type_names)
            )
        )
    for name, value in thresholds.items():
        LOG.info(tr("{type}: threshold {value:g} {unit}.").format(type=name, value=value, unit=unit))

    capacity = np.full(len(f_rows), np.nan)
    assumed = np.zeros(len(f_rows), dtype=bool)
    if options.capacity_assumed_field and options.capacity_assumed_field in facilities.columns:
        assumed = facilities[options.capacity_assumed_field].fillna(False).to_numpy(dtype=bool)[f_rows]
    scores_wanted = options.weighting != NO_WEIGHTING
    if options.capacity_field:
        capacity = _numbers(facilities, options.capacity_field, facility_layer, "CAPACITY_FIELD")[f_rows]
    elif scores_wanted:
        LOG.warning(
            tr(
                "{layer}: no capacity field, so access scores are left empty. Choose CAPACITY_FIELD, "
                "or set WEIGHTING to none."
            ).format(layer=facility_layer)
        )
    bad_capacity = ~(np.isfinite(capacity) & (capacity > 0))
    if options.capacity_field and bad_capacity.any():
        LOG.warning(
            tr(
                "{layer}: {n} facilities have a missing, zero or negative capacity in '{field}'; they get no ratio, "
                "and settlements that reach them get no access score."
            ).format(layer=facility_layer, n=int(bad_capacity.sum()), field=options.capacity_field)
        )

    demand_xy = shapely.get_coordinates(demand_points[d_rows].astype(object))
    facility_xy = shapely.get_coordinates(facility_points[f_rows].astype(object))
    d_population = population[d_rows]
    d_migrants = migrants[d_rows] if migrants is not None else None
    walk_m_per_min = options.walking_speed_kmh * _KMH_TO_M_PER_MIN

    # ---- cost engine
    if options.method == ROAD_NETWORK:
        engine = _RoadNetwork(roads, demand_xy, facility_xy, options, sub(progress, 0.0, 0.25))
        for snap, layer in ((engine.demand_snap, demand_layer), (engine.facility_snap, facility_layer)):
            far = np.isfinite(snap) & (snap > FAR_FROM_ROAD_M)
            if far.any():
                LOG.warning(
                    tr(
                        "{layer}: {n} features are more than {d} m from the nearest road (up to {most} m); they "
                        "reach the network on foot over that distance. Check that the road layer covers them."
                    ).format(layer=layer, n=int(far.sum()), d=f"{FAR_FROM_ROAD_M:,.0f}", most=f"{snap[far].max():,.0f}")
                )
    else:
        if options.travel_mode == BY_ROAD and options.cost_unit == MINUTES:
            LOG.info(tr("Straight-line times use the walking speed (WALKING_SPEED)."))
        engine = _StraightLine(demand_xy, facility_xy, 1.0 / walk_m_per_min if options.cost_unit == MINUTES else 1.0)
    progress(0.25)

    n_d, n_f, n_t = len(d_rows), len(f_rows), len(type_names)
    cost = np.full((n_t, n_d), np.inf)
    nearest = np.full((n_t, n_d), -1, np.int64)
    access = np.full((n_t, n_d), np.nan)
    reach_assumed = np.zeros((n_t, n_d), dtype=bool)
    relative = np.full((n_t, n_d), np.nan)
    f_population = np.full(n_f, np.nan)
    f_migrants = np.full(n_f, np.nan)
    f_demand_w = np.full(n_f, np.nan)
    f_ratio = np.full(n_f, np.nan)
    f_threshold = np.full(n_f, np.nan)
    weighting = options.weighting if scores_wanted else TWO_STEP
    for t, name in enumerate(type_names):
        step = sub(progress, 0.25 + 0.7 * t / n_t, 0.25 + 0.7 * (t + 1) / n_t)
        positions = np.flatnonzero(type_index == t)
        d0 = thresholds[name]
        f_threshold[positions] = d0
        cost[t], nearest[t] = engine.nearest(positions)
        step(0.2)
        if options.catchments or scores_wanted:
            i, j, pair_cost = engine.pairs(positions, d0, sub(step, 0.2, 0.95))
            catchment = floating_catchment(i, j, pair_cost, d_population, capacity, d0, weighting, d_migrants)
            within = (pair_cost <= d0) & assumed[j]
            reach_assumed[t] = np.bincount(i[within], minlength=n_d) > 0
            f_population[positions] = catchment.population[positions]
            f_migrants[positions] = catchment.migrants[positions]
            f_demand_w[positions] = catchment.weighted_demand[positions]
            f_ratio[positions] = catchment.ratio[positions]
            if scores_wanted and options.capacity_field:
                access[t] = catchment.access
                relative[t], mean = relative_to_mean(catchment.access, d_population)
                if not np.isfinite(mean) or mean <= 0:
                    LOG.warning(
                        tr("{type}: no settlement has a positive access score, so relative scores are empty.").format(
                            type=name
                        )
                    )
            lonely = positions[catchment.weighted_demand[positions] <= 0]
            if len(lonely):
                LOG.warning(
                    tr("{type}: {n} facilities have no demand within {d0:g} {unit}; they get no ratio.").format(
                        type=name, n=len(lonely), d0=d0, unit=unit
                    )
                )
        unreachable = int(np.count_nonzero(~np.isfinite(cost[t])))
        if unreachable:
            LOG.warning(
                tr(
                    "{type}: {n} demand points cannot reach any facility of this type over the road network "
                    "(disconnected pieces, one-way streets or roads that are not lines); they have no cost and "
                    "count as not covered."
                ).format(type=name, n=unreachable)
            )
        step(1.0)

    # ---- outputs
    reachable = np.isfinite(cost)
    covered = reachable & (cost <= np.array([thresholds[n] for n in type_names])[:, None])
    share = float(options.underserved_share)
    underserved = np.where(np.isfinite(relative), relative < share, np.nan)

    f_ids = _texts(facilities, options.facility_id_field)[f_rows]
    f_fids = _fids(facilities)[f_rows]
    f_ids = np.where(pd.isna(f_ids), f_fids.astype(str), f_ids)
    f_names = _texts(facilities, options.facility_name_field)[f_rows]
    areas_of, every_area = _area_names(demand_points[d_rows].astype(object), areas, options.area_name_field)

    def long(values: np.ndarray) -> np.ndarray:
        return np.asarray(values).T.reshape(-1)

    def per_demand(values: np.ndarray) -> np.ndarray:
        return np.repeat(values, n_t)

    nearest_long = long(nearest)
    has_nearest = nearest_long >= 0
    nearest_id = np.full(len(nearest_long), None, dtype=object)
    nearest_name = np.full(len(nearest_long), None, dtype=object)
    nearest_id[has_nearest] = f_ids[nearest_long[has_nearest]]
    nearest_name[has_nearest] = f_names[nearest_long[has_nearest]]
    cost_long = long(cost)
    demand_frame = gpd.GeoDataFrame(
        {
            "demand_fid": per_demand(_fids(demand)[d_rows]),
            "demand_id": per_demand(_texts(demand, options.demand_id_field)[d_rows]),
            "demand_name": per_demand(_texts(demand, options.demand_name_field)[d_rows]),
            "area_name": per_demand(areas_of),
            "facility_type": np.tile(np.array(type_names, dtype=object), n_d),
            "population": per_demand(d_population),
            "migrants": per_demand(d_migrants if d_migrants is not None else np.full(n_d, np.nan)),
            "nearest_id": nearest_id,
            "nearest_name": nearest_name,
            "cost": np.where(np.isfinite(cost_long), cost_long, np.nan),
            "snap_m": per_demand(engine.demand_snap),
            "reachable": long(reachable),
            "covered": long(covered),
            "access_1k": long(access) * 1000.0,
            "access_rel": long(relative),
            "underserved": pd.array([None if np.isnan(v) else bool(v) for v in long(underserved)], dtype="boolean"),
        },
        geometry=per_demand(np.asarray(demand.geometry.values, dtype=object)[d_rows]),
        crs=demand.crs,
    )
    capacity_out = np.where(bad_capacity, np.nan, capacity)
    facility_frame = gpd.GeoDataFrame(
        {
            "facility_fid": f_fids,
            "facility_id": f_ids,
            "facility_name": f_names,
            "facility_type": np.array(type_names, dtype=object)[type_index],
            "capacity": capacity_out,
            "threshold": f_threshold,
            "population": f_population,
            "migrants": f_migrants if migrants is not None else np.full(n_f, np.nan),
            "demand_w": f_demand_w,
            "load": np.where(capacity_out > 0, f_demand_w / np.where(capacity_out > 0, capacity_out, 1.0), np.nan),
            "ratio_1k": f_ratio * 1000.0,
            "in_reach": f_demand_w > 0,
            "snap_m": engine.facility_snap,
        },
        geometry=facility_points[f_rows].astype(object),
        crs=facilities.crs,
    )
    if options.capacity_assumed_field:
        demand_frame.insert(demand_frame.columns.get_loc("underserved") + 1, "cap_assumed", long(reach_assumed))
    demand_frame = _carry(demand_frame, demand, d_rows, n_t, options.demand_fields, demand_layer)
    facility_frame = _carry(facility_frame, facilities, f_rows, 1, options.facility_fields, facility_layer)
    summary = summarise(demand_frame, type_names, every_area, has_migrants=migrants is not None)
    progress(1.0)
    return AccessResult(demand_frame, facility_frame, summary, type_names, thresholds, unit)


def _carry(
    out: gpd.GeoDataFrame, frame: pd.DataFrame, rows: np.ndarray, repeat: int, fields, layer: str
) -> gpd.GeoDataFrame:
    """``out`` (one row per input row of ``rows``, each ``repeat`` times) followed by the input's own ``fields``
    (None: all), renamed with '_2' where a result has the name (:func:`.fields.with_input_fields`)."""
    names = [
        c for c in (frame.columns if fields is None else fields) if c in frame.columns and c != frame.geometry.name
    ]
    if not names:
        return out
    carried = pd.DataFrame(frame[names]).iloc[np.repeat(rows, repeat)].reset_index(drop=True)
    own = pd.DataFrame(out.drop(columns=out.geometry.name)).reset_index(drop=True)
    combined = with_input_fields(carried, own, layer, after=True)
    return gpd.GeoDataFrame(combined, geometry=out.geometry.reset_index(drop=True), crs=out.crs)


def summarise(frame: pd.DataFrame, types: List[str], area_names: List[str], has_migrants: bool) -> pd.DataFrame:
    """The SUMMARY table: per area (and ALL) and type, population covered, mean cost, unreachable points."""
    data = pd.DataFrame(
        {
            "area_name": frame["area_name"].to_numpy(dtype=object),
            "facility_type": frame["facility_type"].to_numpy(dtype=object),
            "population": frame["population"].to_numpy(dtype=float),
            "migrants": frame["migrants"].to_numpy(dtype=float),
            "covered": frame["covered"].to_numpy(dtype=bool),
            "reachable": frame["reachable"].to_numpy(dtype=bool),
            "cost": frame["cost"].to_numpy(dtype=float),
        }
    )
    data["population_covered"] = data["population"] * data["covered"]
    data["migrants_covered"] = data["migrants"] * data["covered"]
    data["pop_reach"] = data["population"] * data["reachable"]
    data["pop_cost"] = np.where(data["reachable"], data["population"] * np.nan_to_num(data["cost"]), 0.0)
    data["unreachable"] = (~data["reachable"]).astype(np.int64)
    sums = ["population", "population_covered", "migrants", "migrants_covered", "pop_reach", "pop_cost", "unreachable"]
    named = list(area_names)
    pieces = []
    if named:
        by_area = data[data["area_name"].notna()].groupby(["area_name", "facility_type"], sort=False)[sums].sum()
        index = pd.MultiIndex.from_product([named, types], names=["area_name", "facility_type"])
        pieces.append(by_area.reindex(index, fill_value=0).reset_index())
    everything = data.groupby("facility_type", sort=False)[sums].sum().reindex(types, fill_value=0).reset_index()
    everything.insert(0, "area_name", ALL_AREA_NAME)
    everything[ALL_AREAS] = True
    pieces.append(everything)
    table = pd.concat(pieces, ignore_index=True)
    table[ALL_AREAS] = table[ALL_AREAS].astype("boolean").fillna(False).astype(bool)
    table["share_covered"] = covered_share(table)
    reach = table["pop_reach"].to_numpy(float)
    table["mean_cost"] = np.where(reach > 0, table["pop_cost"] / np.where(reach > 0, reach, 1), np.nan)
    if not has_migrants:
        table["migrants"] = np.nan
        table["migrants_covered"] = np.nan
    table["unreachable"] = table["unreachable"].astype(np.int64)
    return table[list(SUMMARY_COLUMNS)]


def covered_share(summary: pd.DataFrame, who: str = "population") -> pd.Series:
    """Share of ``who`` (population or migrants) covered, per row of a SUMMARY; NaN where there is nobody."""
    total = pd.to_numeric(summary[who], errors="coerce").astype(float)
    covered = pd.to_numeric(summary[f"{who}_covered"], errors="coerce").astype(float)
    return covered / total.where(total > 0)
