"""Migrants per settlement or census block from known totals per area (dasymetric estimate).

Migrants are known as totals per municipality or comuna (Migración Colombia, GIFMM/R4V) and population per
block (DANE CNPV 2018). Within each area with total T, feature i with population P_i and relative weight w_i
(propensity: informal settlements, estrato...) gets

    m_i = T * P_i w_i / sum_k P_k w_k,        never more than P_i:

a feature whose share would exceed its population gets its whole population, and the excess is shared again
among the features with room, in proportion to P w, until none exceeds (each round only raises the others'
shares, so it ends in at most one round per feature). Persons are whole: the shares are rounded down and the
persons left are given to the features with the largest remainders (largest remainder method), so each
estimate is within one person of the formula and the estimates of an area add up to its total exactly. The
cap is then the whole persons of P_i (its integer part).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import InputError
from .fields import require_numeric
from .geometry import representative_points
from .i18n import tr
from .progress import ProgressFn, ensure
from .scenarios import informal_mask_values
from .text import fold, parse_number_mapping

LOG = logging.getLogger("migrant_planning")

ALL_AREAS = "ALL"
ESTIMATE_FIELD = "migrants_est"
SHARE_FIELD = "migrant_share_est"
SUMMARY_DTYPES = {
    "area_name": "object",
    "total": "int64",
    "migrants_est": "int64",
    "features": "int64",
    "population": "float64",
    "capped": "int64",
    "share_est": "float64",
}
SUMMARY_COLUMNS = tuple(SUMMARY_DTYPES)


@dataclass
class AreaTotals:
    """The known totals: one per area (``names``), with the areas' polygons when features are placed by location.

    One total for the whole layer: a single name (``ALL``) and no polygons.
    """

    names: List[str]
    totals: np.ndarray
    polygons: Optional[np.ndarray] = None
    source: str = ""  # where the totals come from, for the metadata and the report (e.g. "GIFMM 2024")


@dataclass
class EstimateOptions:
    """Fields and settings of an estimate (names follow the Processing parameters)."""

    population_field: str
    weight_field: Optional[str] = None
    informal_field: Optional[str] = None
    informal_weight: float = 1.0
    area_field: Optional[str] = None  # the feature's area name, to match totals by name
    layer_name: str = ""


@dataclass
class EstimateResult:
    """The features with ``migrants_est`` and ``migrant_share_est``, and the summary per area."""

    features: gpd.GeoDataFrame
    summary: pd.DataFrame
    outside: int = 0
    notes: List[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ totals


def parse_total(text: str) -> float:
    """One total of persons written as text (the number rule of :mod:`.text`)."""
    return parse_number_mapping(f"total={text}", "TOTALS")["total"]


def parse_totals(text: str) -> dict:
    """Totals per area from 'Comuna 1=4200;Comuna 2=3100' (area names folded)."""
    return parse_number_mapping(text, "TOTALS")


def describe(totals: AreaTotals, options: EstimateOptions, result: EstimateResult) -> str:
    """What the output holds, for its metadata and the report: estimates, from which totals, with which weights."""
    if len(totals.names) == 1 and totals.polygons is None and not options.area_field:
        given = tr("one total of {total} migrants").format(total=f"{float(totals.totals[0]):,.0f}")
    else:
        given = tr("totals for {n} areas ({total} migrants in all)").format(
            n=len(totals.names), total=f"{float(np.sum(totals.totals)):,.0f}"
        )
    source = tr(" (source: {source})").format(source=totals.source) if totals.source else ""
    weights = [tr("population")]
    if options.weight_field:
        weights.append(tr("the weight field '{field}'").format(field=options.weight_field))
    if options.informal_field:
        weights.append(
            tr("informal settlements ('{field}') weighing {w} times a formal one").format(
                field=options.informal_field, w=f"{options.informal_weight:g}"
            )
        )
    text = tr(
        "ESTIMATES, not counts: migrants_est is a dasymetric estimate of the migrants of each feature, from {given}"
        "{source}, in proportion to {weights}, never above a feature's population; the estimates of each area add "
        "up to its total."
    ).format(given=given, source=source, weights=", ".join(weights))
    if result.outside:
        text += " " + tr("{n} features lie in no area and have no estimate.").format(n=result.outside)
    return text


def metadata_items(totals: AreaTotals, options: EstimateOptions) -> dict:
    """Key-value metadata of an estimate, for programs that read the output (the report)."""
    weights = "population"
    if options.weight_field:
        weights += f" * {options.weight_field}"
    if options.informal_field:
        weights += f" * ({options.informal_weight:g} if {options.informal_field} else 1)"
    return {
        "MIGRANTS_ESTIMATED": "yes",
        "MIGRANTS_FIELD": ESTIMATE_FIELD,
        "MIGRANTS_METHOD": "dasymetric",
        "MIGRANTS_TOTALS": ";".join(f"{name}={float(t):.0f}" for name, t in zip(totals.names, totals.totals)),
        "MIGRANTS_TOTALS_SOURCE": totals.source,
        "MIGRANTS_WEIGHTS": weights,
    }


# ------------------------------------------------------------------------------------------------ the formula


def allocate(
    population: np.ndarray, weight: np.ndarray, group: np.ndarray, totals: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whole migrants per feature: T_g * P_i w_i / sum P w within each group g, capped at P_i and rounded.

    ``group`` is the index of each feature's total (-1: none, no estimate). Returns the estimates (int64; 0
    outside every group), the continuous shares before rounding, and whether each feature is at its cap.
    Totals must be whole numbers and at most the whole persons of the features with a positive weight
    (:func:`check_feasible`).
    """
    population = np.asarray(population, float)
    weight = np.asarray(weight, float)
    group = np.asarray(group, np.int64)
    totals = np.asarray(totals, float)
    n_groups = len(totals)
    cap = np.floor(population)
    mass = population * weight
    active = (group >= 0) & (mass > 0) & (cap > 0)
    share = np.zeros(len(population))
    remaining = totals.copy()
    for _round in range(len(population) + 1):
        sums = np.bincount(group[active], weights=mass[active], minlength=n_groups)
        level = np.divide(remaining, sums, out=np.zeros(n_groups), where=sums > 0)
        trial = np.where(active, level[np.maximum(group, 0)] * mass, 0.0)
        over = active & (trial > cap)
        if not over.any():
            share[active] = trial[active]
            break
        share[over] = cap[over]
        remaining = remaining - np.bincount(group[over], weights=cap[over], minlength=n_groups)
        active &= ~over
    share = np.clip(share, 0.0, cap)
    whole = np.floor(share)
    remainder = share - whole
    inside = group >= 0
    missing = np.rint(totals - np.bincount(group[inside], weights=whole[inside], minlength=n_groups)).astype(np.int64)
    # within each group, the features with the largest remainders (then the first) get one more person
    order = np.lexsort((np.arange(len(share)), -remainder, group))
    order = order[group[order] >= 0]
    first = np.searchsorted(group[order], np.arange(n_groups))
    rank = np.arange(len(order)) - first[group[order]]
    gets = order[(rank < missing[group[order]]) & (remainder[order] > 0)]
    estimate = whole.astype(np.int64)
    estimate[gets] += 1
    at_cap = inside & (cap > 0) & (estimate == cap)
    return estimate, share, at_cap


def check_feasible(
    population: np.ndarray, weight: np.ndarray, group: np.ndarray, totals: np.ndarray, names: Sequence[str], layer: str
) -> None:
    """Refuse totals that are not whole numbers or that the population (with a positive weight) cannot hold."""
    totals = np.asarray(totals, float)
    group = np.asarray(group, np.int64)
    for name, total in zip(names, totals):
        if not np.isfinite(total) or total < 0 or total != np.floor(total):
            raise InputError(
                tr(
                    "The total of migrants of {area} is {total}: a total of persons must be a whole number of 0 or "
                    "more. Correct it in TOTALS or in the total field."
                ).format(area=name, total=total)
            )
    inside = group >= 0
    cap = np.floor(np.asarray(population, float))
    room = np.bincount(group[inside], weights=cap[inside], minlength=len(totals))
    open_room = np.bincount(
        group[inside], weights=(cap * (np.asarray(weight, float) > 0))[inside], minlength=len(totals)
    )
    for k, (name, total) in enumerate(zip(names, totals)):
        if total <= 0:
            continue
        if room[k] == 0:
            raise InputError(
                tr(
                    "{area}: a total of {total} migrants, but {layer} has no population there. Check that the "
                    "features lie in the area (or carry its name) and that their population field is filled."
                ).format(area=name, total=f"{total:,.0f}", layer=layer)
            )
        if total > room[k]:
            raise InputError(
                tr(
                    "{area}: the total of {total} migrants is larger than the population of its features in {layer} "
                    "({population}). Check the total, the area it belongs to and the population field."
                ).format(area=name, total=f"{total:,.0f}", layer=layer, population=f"{room[k]:,.0f}")
            )
        if total > open_room[k]:
            raise InputError(
                tr(
                    "{area}: the total of {total} migrants is larger than the population of its features with a "
                    "weight above 0 ({population}): the rest cannot be placed. Give more features a positive weight "
                    "or check the total."
                ).format(area=name, total=f"{total:,.0f}", population=f"{open_room[k]:,.0f}")
            )


# ------------------------------------------------------------------------------------------------ the estimate


def _weights(features: pd.DataFrame, options: EstimateOptions, layer: str) -> np.ndarray:
    """The relative weight of each feature: the weight field times the informal weight (1 where not given)."""
    weight = np.ones(len(features))
    if options.weight_field:
        values = require_numeric(features, options.weight_field, layer, "WEIGHT_FIELD")
        missing = int(np.count_nonzero(~np.isfinite(values)))
        negative = int(np.count_nonzero(values < 0))
        if missing or negative:
            raise InputError(
                tr(
                    "{layer}: {missing} features have no weight and {negative} a negative weight in '{field}'. Give "
                    "every feature a weight of 0 or more (0: no migrants there), or leave WEIGHT_FIELD empty."
                ).format(layer=layer, missing=missing, negative=negative, field=options.weight_field)
            )
        weight = weight * values
    if options.informal_field:
        if options.informal_field not in features.columns:
            raise InputError(
                tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                    layer=layer, field=options.informal_field, param="INFORMAL_FIELD"
                )
            )
        if not (np.isfinite(options.informal_weight) and options.informal_weight >= 0):
            raise InputError(
                tr("INFORMAL_WEIGHT must be a number of 0 or more (2 = an informal feature weighs twice a formal one).")
            )
        informal = informal_mask_values(features[options.informal_field].tolist())
        LOG.info(
            tr("{layer}: {n} of {total} features are informal ('{field}'); they weigh {w} times a formal one.").format(
                layer=layer,
                n=int(informal.sum()),
                total=len(features),
                field=options.informal_field,
                w=f"{options.informal_weight:g}",
            )
        )
        weight = weight * np.where(informal, options.informal_weight, 1.0)
    return weight


def _groups(features: gpd.GeoDataFrame, totals: AreaTotals, options: EstimateOptions, layer: str) -> np.ndarray:
    """The index of each feature's total (-1 where the feature belongs to no area)."""
    n = len(features)
    if options.area_field:
        if options.area_field not in features.columns:
            raise InputError(
                tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                    layer=layer, field=options.area_field, param="INPUT_AREA_FIELD"
                )
            )
        lookup = {}
        for k, name in enumerate(totals.names):
            key = fold(name)
            if key in lookup:
                raise InputError(
                    tr("Two totals are given for the area '{area}'. Give one total per area.").format(area=name)
                )
            lookup[key] = k
        names = features[options.area_field].tolist()
        return np.array([-1 if pd.isna(v) else lookup.get(fold(v), -1) for v in names], np.int64)
    if totals.polygons is None:
        if len(totals.names) != 1:
            raise InputError(
                tr(
                    "Totals for {n} areas are given, but nothing says which area each feature of {layer} is in: "
                    "choose the field with the area name (INPUT_AREA_FIELD) or give the areas as polygons."
                ).format(n=len(totals.names), layer=layer)
            )
        return np.zeros(n, np.int64)
    points = representative_points(features.geometry.to_numpy())
    group = np.full(n, -1, np.int64)
    present = np.flatnonzero(~shapely.is_missing(points))
    polygons = np.asarray(totals.polygons, dtype=object)
    tree = shapely.STRtree(polygons)
    inside, area = tree.query(points[present], predicate="within")
    order = np.lexsort((area, inside))  # the first area (in the areas' order) of a point in two
    inside, area = inside[order], area[order]
    first = np.ones(len(inside), bool)
    first[1:] = inside[1:] != inside[:-1]
    group[present[inside[first]]] = area[first]
    return group


def estimate_migrants(
    features: gpd.GeoDataFrame, totals: AreaTotals, options: EstimateOptions, progress: Optional[ProgressFn] = None
) -> EstimateResult:
    """The features with ``migrants_est`` (whole persons, estimates) and ``migrant_share_est``, and a summary.

    Refuses a population field with nulls or negative values, negative or missing weights, totals that are not
    whole numbers or larger than the population they are spread over. Features outside every area get no
    estimate (null) and are reported.
    """
    progress = ensure(progress)
    layer = options.layer_name or tr("the settlements")
    population = require_numeric(features, options.population_field, layer, "POPULATION_FIELD")
    nulls = int(np.count_nonzero(~np.isfinite(population)))
    negative = int(np.count_nonzero(population < 0))
    if nulls or negative:
        raise InputError(
            tr(
                "{layer}: {nulls} features have no population and {negative} a negative one in '{field}'. Give every "
                "feature its population (0 where nobody lives) before estimating migrants."
            ).format(layer=layer, nulls=nulls, negative=negative, field=options.population_field)
        )
    weight = _weights(features, options, layer)
    group = _groups(features, totals, options, layer)
    progress(0.3)
    check_feasible(population, weight, group, totals.totals, totals.names, layer)
    outside = int(np.count_nonzero(group < 0))
    notes = []
    if outside:
        text = tr(
            "{layer}: {n} features (population {population}) are in no area with a total; their migrants_est is empty."
        ).format(layer=layer, n=outside, population=f"{float(population[group < 0].sum()):,.0f}")
        LOG.warning(text)
        notes.append(text)
    unused = [name for k, name in enumerate(totals.names) if not np.any(group == k)]
    if unused:
        LOG.warning(
            tr("{n} areas have no feature of {layer}: {areas}.").format(
                n=len(unused), layer=layer, areas=", ".join(str(u) for u in unused[:10])
            )
        )
    estimate, _share, capped = allocate(population, weight, group, totals.totals)
    progress(0.8)
    out = features.copy()
    for name in (c for c in (ESTIMATE_FIELD, SHARE_FIELD) if c in out.columns):
        LOG.warning(
            tr("{layer}: its field '{field}' is replaced in the output by the new estimate.").format(
                layer=layer, field=name
            )
        )
    values = pd.array(np.where(group >= 0, estimate, 0), dtype="Int64")
    values[group < 0] = pd.NA
    out[ESTIMATE_FIELD] = values
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where((group >= 0) & (population > 0), estimate / population, np.nan)
    out[SHARE_FIELD] = ratio
    summary = _summary(population, group, estimate, capped, totals)
    n_capped = int(capped.sum())
    if n_capped:
        LOG.info(
            tr(
                "{n} features reached their whole population as migrants (the cap); the rest of their share went to "
                "the other features of their area."
            ).format(n=n_capped)
        )
    progress(1.0)
    return EstimateResult(out, summary, outside, notes)


def _summary(population, group, estimate, capped, totals: AreaTotals) -> pd.DataFrame:
    """Given total, estimated sum, features, population and capped features per area, and ALL."""
    n = len(totals.names)
    inside = group >= 0
    g = group[inside]
    features = np.bincount(g, minlength=n)
    people = np.bincount(g, weights=population[inside], minlength=n)
    migrants = np.bincount(g, weights=estimate[inside], minlength=n)
    at_cap = np.bincount(g, weights=capped[inside].astype(float), minlength=n)
    rows = {
        "area_name": [str(v) for v in totals.names],
        "total": np.asarray(totals.totals, float).astype(np.int64),
        "migrants_est": np.rint(migrants).astype(np.int64),
        "features": features.astype(np.int64),
        "population": people,
        "capped": np.rint(at_cap).astype(np.int64),
    }
    frame = pd.DataFrame(rows)
    if n > 1 or totals.names[0] != ALL_AREAS:
        whole = {
            "area_name": ALL_AREAS,
            "total": int(frame["total"].sum()),
            "migrants_est": int(frame["migrants_est"].sum()),
            "features": int(frame["features"].sum()),
            "population": float(frame["population"].sum()),
            "capped": int(frame["capped"].sum()),
        }
        frame = pd.concat([frame, pd.DataFrame([whole])], ignore_index=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["share_est"] = np.where(frame["population"] > 0, frame["total"] / frame["population"], np.nan)
    return frame.astype(SUMMARY_DTYPES)[list(SUMMARY_COLUMNS)]
