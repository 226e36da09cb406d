"""The CRITERIA definition of a suitability analysis: JSON schema, the housing preset, weights.

A definition is a JSON object ``{"preset": ..., "criteria": [...], "constraints": [...]}``
(documented in ``docs/criteria_schema.md``). Criteria and constraints name their data either by
a named input of the algorithm (``"input": "FACILITIES"``) or by a file (``"path": ...``); the
Processing adapter reads those layers and :func:`build_model` turns the definition and the layers
into a :class:`~.suitability.SuitabilityModel`. A user definition is merged into the preset by
name, so ``{"criteria": [{"name": "health", "standardise": {"b": 1500}}]}`` only moves one
breakpoint.
"""

from __future__ import annotations

import copy
import json
import logging
import math
import os
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import ahp
from .errors import InputError
from .geometry import repair_polygons
from .grid import GridSpec
from .i18n import tr
from .suitability import (
    FUNCTIONS,
    Aggregation,
    Criterion,
    DistanceSource,
    PolygonConstraint,
    PolygonSource,
    RasterSource,
    SlopeSource,
    Standardisation,
    SuitabilityModel,
    ThresholdConstraint,
)
from .text import fold, parse_number, parse_number_mapping

LOG = logging.getLogger("migrant_planning")

NAMED_INPUTS: Dict[str, str] = {
    "FACILITIES": "vector",
    "ROADS": "vector",
    "SETTLEMENTS": "vector",
    "DEM": "raster",
    "HAZARDS": "vector",
    "LAND_USE": "vector",
    "WATER": "vector",
    "AOI": "vector",
}
SOURCE_TYPES = ("distance", "raster", "slope", "polygons")
ACTIONS = ("exclude", "nodata")
PRESETS = ("housing", "none")
DEFAULT_LAND_USE_SCORES = "expansion urbana=1;urbano=0.8;rural=0.4;proteccion=0"
HAZARD_LEVEL_FIELD = "hazard_level"
HAZARD_TYPE_FIELD = "hazard_type"


@dataclass
class RasterInput:
    """A raster the adapter opened: ``reader(grid, resampling, band)`` gives values on a grid (NaN = nodata)."""

    label: str
    reader: Callable[[GridSpec, str, int], np.ndarray]


Layer = Union[gpd.GeoDataFrame, RasterInput]


def action_label(action: str) -> str:
    """Translated name of a constraint action ('exclude' or 'nodata') for messages."""
    return {"exclude": tr("cells excluded"), "nodata": tr("cells set to nodata")}.get(action, action)


def weight_source_label(source: str) -> str:
    """Translated name of where the weights came from (AHP_MATRIX, WEIGHTS, equal, definition)."""
    return {
        "AHP_MATRIX": tr("AHP matrix"),
        "WEIGHTS": tr("WEIGHTS parameter"),
        "equal": tr("equal weights"),
        "definition": tr("criteria definition"),
    }.get(source, source)


# ============================================================================ preset
def housing_preset(land_use_scores: Optional[Mapping[str, float]] = None) -> dict:
    """The housing preset: seven criteria and three constraints (see docs/criteria_schema.md)."""
    scores = dict(land_use_scores) if land_use_scores is not None else parse_number_mapping(DEFAULT_LAND_USE_SCORES, "")
    return {
        "criteria": [
            {
                "name": "health",
                "label": tr("distance to health facilities"),
                "weight": 0.20,
                "source": {
                    "type": "distance",
                    "input": "FACILITIES",
                    "where": {"field": "$FACILITY_TYPE_FIELD", "values": ["salud"]},
                },
                "standardise": {"function": "linear", "direction": "decreasing", "a": 500, "b": 2000},
            },
            {
                "name": "education",
                "label": tr("distance to education facilities"),
                "weight": 0.15,
                "source": {
                    "type": "distance",
                    "input": "FACILITIES",
                    "where": {"field": "$FACILITY_TYPE_FIELD", "values": ["educacion"]},
                },
                "standardise": {"function": "linear", "direction": "decreasing", "a": 300, "b": 1500},
            },
            {
                "name": "roads",
                "label": tr("distance to roads"),
                "weight": 0.10,
                "source": {"type": "distance", "input": "ROADS"},
                "standardise": {"function": "linear", "direction": "decreasing", "a": 100, "b": 1000},
            },
            {
                "name": "urban",
                "label": tr("distance to existing settlements"),
                "weight": 0.10,
                "source": {"type": "distance", "input": "SETTLEMENTS"},
                "standardise": {"function": "linear", "direction": "decreasing", "a": 200, "b": 2000},
            },
            {
                "name": "slope",
                "label": tr("slope (%)"),
                "weight": 0.15,
                "source": {"type": "slope", "input": "DEM"},
                "standardise": {"function": "linear", "direction": "decreasing", "a": 5, "b": 30},
            },
            {
                "name": "hazard",
                "label": tr("hazard level"),
                "weight": 0.15,
                "source": {"type": "polygons", "input": "HAZARDS", "field": HAZARD_LEVEL_FIELD},
                "standardise": {"function": "table", "scores": {"alta": 0, "media": 0.4, "baja": 0.8}, "default": 1},
            },
            {
                "name": "land_use",
                "label": tr("land use (POT)"),
                "weight": 0.15,
                "source": {"type": "polygons", "input": "LAND_USE", "field": "$LAND_USE_FIELD"},
                "standardise": {"function": "table", "scores": scores, "default": 0.5},
            },
        ],
        "constraints": [
            {
                "name": "hazard_alta",
                "input": "HAZARDS",
                "where": {"field": HAZARD_LEVEL_FIELD, "values": ["alta"]},
                "action": "exclude",
            },
            {
                "name": "proteccion",
                "input": "LAND_USE",
                "where": {"field": "$LAND_USE_FIELD", "values": ["proteccion"]},
                "action": "exclude",
            },
            {"name": "water", "input": "WATER", "action": "nodata"},
        ],
    }


# ============================================================================ reading and merging
def load_definition(text: Optional[str]) -> dict:
    """The CRITERIA parameter as a dict: JSON text, or the path of a .json file; {} when empty."""
    raw = (text or "").strip()
    if not raw:
        return {}
    if not raw.startswith("{") and (raw.lower().endswith(".json") or os.path.isfile(raw)):
        if not os.path.isfile(raw):
            raise InputError(tr("CRITERIA: the file '{path}' does not exist.").format(path=raw))
        with open(raw, encoding="utf-8") as handle:
            raw = handle.read()
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(
            tr(
                "CRITERIA: the JSON is not valid ({error}, line {line}, column {col}). See docs/criteria_schema.md."
            ).format(error=error.msg, line=error.lineno, col=error.colno)
        ) from None
    if not isinstance(value, dict):
        raise InputError(tr("CRITERIA: the JSON must be an object with 'criteria' and optionally 'constraints'."))
    return value


def _deep_merge(base: dict, override: dict) -> dict:
    """``base`` updated by ``override``, recursively for nested objects (lists are replaced)."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _merge_named(base: List[dict], override: List[dict], what: str) -> List[dict]:
    """Merge two lists of named entries: same name = update (or remove with enabled=false), new = append."""
    out = [copy.deepcopy(entry) for entry in base]
    for entry in override:
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise InputError(tr("CRITERIA: every entry of '{what}' needs a 'name'.").format(what=what))
        name = str(entry["name"]).strip()
        existing = [i for i, e in enumerate(out) if e.get("name") == name]
        if existing:
            out[existing[0]] = _deep_merge(out[existing[0]], entry)
        else:
            out.append(copy.deepcopy(entry))
    return [e for e in out if e.get("enabled", True) is not False]


def merged_definition(preset: str, user: dict, land_use_scores: Optional[Mapping[str, float]] = None) -> dict:
    """The preset (unless the user's 'preset' or ``preset`` is 'none') with the user's definition merged in."""
    chosen = str(user.get("preset", preset) or "none").strip().lower()
    if chosen not in PRESETS:
        raise InputError(
            tr("CRITERIA: unknown preset '{preset}'. Use one of: {names}.").format(
                preset=chosen, names=", ".join(PRESETS)
            )
        )
    base = housing_preset(land_use_scores) if chosen == "housing" else {"criteria": [], "constraints": []}
    unknown = sorted(set(user) - {"preset", "criteria", "constraints", "comment", "description"})
    if unknown:
        LOG.warning(tr("CRITERIA: unknown keys ignored: {keys}.").format(keys=", ".join(unknown)))
    return {
        "criteria": _merge_named(base["criteria"], list(user.get("criteria") or []), "criteria"),
        "constraints": _merge_named(base["constraints"], list(user.get("constraints") or []), "constraints"),
    }


def substitute(definition: dict, values: Mapping[str, Optional[str]]) -> dict:
    """Replace placeholders such as ``$LAND_USE_FIELD`` in string values (None when not set)."""

    def walk(node):
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str) and node.startswith("$"):
            return values.get(node[1:], node)
        return node

    return walk(definition)


# ============================================================================ standardisation
def _number(value: object, what: str, key: str) -> float:
    """A finite number from the JSON (a number, or text read by :func:`..text.parse_number`), or a clear error."""
    if value is None or isinstance(value, (dict, list)):
        raise InputError(
            tr("{what}: '{key}' must be a number (found {value}).").format(what=what, key=key, value=value)
        )
    return parse_number(value, what, key)


def standardisation_from_spec(spec: Mapping[str, object], what: str) -> Standardisation:
    """A :class:`Standardisation` from its JSON object, with errors that name the criterion and key."""
    function = str(spec.get("function", "linear")).strip().lower().replace("-", "_")
    function = {"j": "j_shaped", "jshaped": "j_shaped", "classes": "table", "identity": "none"}.get(function, function)
    if function not in FUNCTIONS:
        raise InputError(
            tr("{what}: unknown standardisation '{f}'. Use one of: {names}.").format(
                what=what, f=function, names=", ".join(FUNCTIONS)
            )
        )
    direction = str(spec.get("direction", "decreasing")).strip().lower()
    if direction not in ("increasing", "decreasing"):
        raise InputError(
            tr("{what}: 'direction' must be 'increasing' or 'decreasing' (found '{d}').").format(what=what, d=direction)
        )
    increasing = direction == "increasing"
    if function in ("linear", "sigmoid", "j_shaped"):
        a = _number(spec.get("a"), what, "a")
        b = _number(spec.get("b"), what, "b")
        if not a < b:
            raise InputError(
                tr("{what}: the breakpoints must satisfy a < b (found a = {a}, b = {b}).").format(what=what, a=a, b=b)
            )
        return Standardisation(function, increasing, a, b)
    if function == "gaussian":
        center = _number(spec.get("center"), what, "center")
        spread = _number(spec.get("spread"), what, "spread")
        if spread <= 0:
            raise InputError(tr("{what}: 'spread' must be positive.").format(what=what))
        return Standardisation(function, increasing, center=center, spread=spread)
    default_value = spec.get("default")
    default = float("nan") if default_value is None else _number(default_value, what, "default")
    if function == "table":
        scores = spec.get("scores")
        if not isinstance(scores, dict) or not scores:
            raise InputError(
                tr(
                    "{what}: a 'table' standardisation needs 'scores', e.g. {{\"urbano\": 0.8, \"rural\": 0.4}}."
                ).format(what=what)
            )
        table: List[Tuple[str, float]] = []
        for key, score in scores.items():
            value = _number(score, what, "scores." + str(key))
            if not 0.0 <= value <= 1.0:
                raise InputError(
                    tr("{what}: the score of '{key}' is {value}; scores lie between 0 and 1.").format(
                        what=what, key=key, value=value
                    )
                )
            table.append((fold(key), value))
        return Standardisation("table", increasing, scores=tuple(table), default=default)
    return Standardisation("none", increasing, default=default)


# ============================================================================ matching and weights
def matches(values: Sequence[object], wanted: Sequence[object]) -> np.ndarray:
    """Which values match one of ``wanted``: equal, or containing it as whole words (accents and case ignored)."""
    patterns = [re.compile(r"(^|[^0-9a-z])" + re.escape(fold(w)) + r"($|[^0-9a-z])") for w in wanted if fold(w)]
    cache: Dict[str, bool] = {}
    out = np.zeros(len(values), dtype=bool)
    for i, value in enumerate(values):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        key = fold(value)
        hit = cache.get(key)
        if hit is None:
            hit = any(p.search(key) for p in patterns)
            cache[key] = hit
        out[i] = hit
    return out


def parse_weights(text: Optional[str], names: Sequence[str], present: Sequence[str]) -> Optional[Dict[str, float]]:
    """WEIGHTS text: 'health=0.3;slope=0.2' (by name; unlisted = 0) or '0.3,0.2,...' (in criteria order)."""
    raw = (text or "").strip()
    if not raw:
        return None
    if "=" in raw:
        out: Dict[str, float] = {}
        by_fold = {fold(n): n for n in names}
        for key, value in parse_number_mapping(raw, "WEIGHTS").items():
            if key not in by_fold:
                raise InputError(
                    tr("WEIGHTS: there is no criterion '{key}'. The criteria are: {names}.").format(
                        key=key, names=", ".join(names)
                    )
                )
            out[by_fold[key]] = value
        return {n: out.get(n, 0.0) for n in names}
    try:
        numbers = [float(v) for v in re.split(r"[,;\s]+", raw) if v]
    except ValueError:
        raise InputError(
            tr("WEIGHTS: write numbers separated by commas ('0.3,0.2,...') or name=value pairs ('slope=0.2;...').")
        ) from None
    if len(numbers) == len(names):
        return dict(zip(names, numbers))
    if len(numbers) == len(present):
        return dict(zip(present, numbers))
    raise InputError(
        tr("WEIGHTS: {k} numbers for {n} criteria ({names}). Give one weight per criterion in that order.").format(
            k=len(numbers), n=len(names), names=", ".join(names)
        )
    )


def ahp_for(text: str, names: Sequence[str], present: Sequence[str]) -> ahp.AhpResult:
    """AHP weights of the criteria used, from a matrix over all the defined criteria or over those used."""
    matrix = ahp.parse_matrix(text, "AHP_MATRIX")
    n = matrix.shape[0]
    if n == len(present):
        return ahp.ahp_weights(matrix, list(present), what="AHP_MATRIX")
    if n == len(names):
        keep = [names.index(p) for p in present]
        ahp.validate_matrix(matrix, list(names), what="AHP_MATRIX")
        return ahp.ahp_weights(matrix[np.ix_(keep, keep)], list(present), what="AHP_MATRIX")
    raise InputError(
        tr("AHP_MATRIX: a {n} x {n} matrix for {k} criteria ({names}). Compare the criteria in that order.").format(
            n=n, k=len(present), names=", ".join(present)
        )
    )


# ============================================================================ building the model
@dataclass
class BuiltModel:
    """The model and what was decided on the way (for the log and the raster metadata)."""

    model: SuitabilityModel
    defined: List[str]
    left_out: List[str]
    weight_source: str
    ahp: Optional[ahp.AhpResult]
    descriptions: Dict[str, str]
    definition: dict
    constraints_left_out: List[str] = field(default_factory=list)


def _layer_key(source: Mapping[str, object]) -> str:
    """The key of the layer a source or constraint uses: the input name, or 'path:<path>'."""
    if source.get("path"):
        return "path:" + str(source["path"])
    return str(source.get("input", "")).strip().upper()


def required_layers(definition: dict) -> Dict[str, str]:
    """Layer keys the definition uses, with 'vector' or 'raster'."""
    out: Dict[str, str] = {}
    for entry in definition.get("criteria", []):
        source = entry.get("source") or {}
        kind = "raster" if source.get("type") in ("raster", "slope") else "vector"
        out[_layer_key(source)] = kind
    for entry in definition.get("constraints", []):
        if entry.get("criterion"):
            continue
        out[_layer_key(entry)] = "vector"
    out.pop("", None)
    return out


def _layer_name(frame: gpd.GeoDataFrame, key: str) -> str:
    """The layer's name for messages."""
    return str(frame.attrs.get("layer_name") or key)


def _filtered(frame: gpd.GeoDataFrame, where: Optional[Mapping[str, object]], key: str, what: str) -> gpd.GeoDataFrame:
    """Features matching a ``where`` filter ({field, values})."""
    if not where:
        return frame
    column = where.get("field")
    values = where.get("values")
    if isinstance(values, (str, int, float)):
        values = [values]
    if not column or not isinstance(values, list):
        raise InputError(tr("{what}: 'where' needs a 'field' and a list of 'values'.").format(what=what))
    if column not in frame.columns:
        raise InputError(
            tr(
                "{layer}: no field '{field}' (needed by {what}). Choose the field in the algorithm's parameters."
            ).format(layer=_layer_name(frame, key), field=column, what=what)
        )
    return frame[matches(frame[column].tolist(), values)]


def _weights_for(
    names: List[str], criteria: List[dict], present: List[str], weights_text: Optional[str], ahp_text: Optional[str]
) -> Tuple[Dict[str, float], str, Optional[ahp.AhpResult]]:
    """The weights of the criteria used (``present``, defined by ``criteria``) among all defined ``names``."""
    if ahp_text and ahp_text.strip():
        if weights_text and weights_text.strip():
            LOG.info(tr("Both AHP_MATRIX and WEIGHTS were given: the AHP weights are used."))
        result = ahp_for(ahp_text, names, present)
        return dict(zip(present, result.weights.tolist())), "AHP_MATRIX", result
    parsed = parse_weights(weights_text, names, present)
    if parsed is not None:
        return {n: parsed.get(n, 0.0) for n in present}, "WEIGHTS", None
    given = {c["name"]: c.get("weight") for c in criteria if c.get("weight") is not None}
    if not given:
        return dict.fromkeys(present, 1.0), "equal", None
    fill = float(np.mean([_number(v, "CRITERIA", "weight") for v in given.values()]))
    lacking = [n for n in present if n not in given]
    if lacking:
        LOG.info(
            tr("CRITERIA: {names} have no weight; they take the mean of the others ({w:.3f}).").format(
                names=", ".join(lacking), w=fill
            )
        )
    return {n: _number(given[n], "CRITERIA", "weight") if n in given else fill for n in present}, "definition", None


def build_model(
    definition: dict,
    layers: Mapping[str, Optional[Layer]],
    weights_text: Optional[str] = None,
    ahp_text: Optional[str] = None,
    aggregation: Optional[Aggregation] = None,
) -> BuiltModel:
    """The suitability model of a (merged, substituted) definition and the layers read for it.

    A criterion whose layer is missing (None or absent) is left out with a log note and the weights
    are renormalised; a criterion whose layer has no (matching) feature is kept, constant, with a
    warning. Layers are GeoDataFrames in the grid's metric CRS, or :class:`RasterInput`.
    """
    raw_criteria = list(definition.get("criteria") or [])
    names_seen: Dict[str, int] = {}
    for entry in raw_criteria:
        name = str(entry.get("name", "")).strip()
        if not name:
            raise InputError(tr("CRITERIA: every criterion needs a 'name'."))
        if name in names_seen:
            raise InputError(tr("CRITERIA: two criteria are named '{name}'.").format(name=name))
        names_seen[name] = 1
    built: List[Tuple[dict, Criterion]] = []
    left_out: List[str] = []
    descriptions: Dict[str, str] = {}
    for entry in raw_criteria:
        name = str(entry["name"]).strip()
        what = tr("CRITERIA, criterion '{name}'").format(name=name)
        source = entry.get("source") or {}
        kind = str(source.get("type", "")).strip().lower()
        if kind not in SOURCE_TYPES:
            raise InputError(
                tr("{what}: unknown source type '{t}'. Use one of: {names}.").format(
                    what=what, t=kind, names=", ".join(SOURCE_TYPES)
                )
            )
        key = _layer_key(source)
        if not key:
            raise InputError(tr("{what}: the source needs an 'input' (e.g. \"ROADS\") or a 'path'.").format(what=what))
        if not key.startswith("path:") and key not in NAMED_INPUTS:
            raise InputError(
                tr("{what}: unknown input '{key}'. Use one of: {names}, or a 'path'.").format(
                    what=what, key=key, names=", ".join(NAMED_INPUTS)
                )
            )
        layer = layers.get(key)
        label = str(entry.get("label") or name)
        if layer is None:
            left_out.append(name)
            LOG.warning(
                tr(
                    "Criterion '{name}' ({label}) is left out: no {key} layer was given. The suitability does not "
                    "take it into account; give the layer to use it."
                ).format(label=label, key=key, name=name)
            )
            continue
        standardisation = standardisation_from_spec(entry.get("standardise") or {}, what)
        criterion = _criterion(name, label, kind, source, standardisation, layer, key, what)
        built.append((entry, criterion))
        descriptions[name] = f"{kind}({key}): {standardisation.describe()}"
    present = [c.name for _, c in built]
    if not present:
        raise InputError(
            tr(
                "No criterion can be computed: none of the inputs the criteria need was given ({names}). "
                "Give at least one of them, or define criteria in CRITERIA."
            ).format(names=", ".join(sorted({_layer_key(e.get("source") or {}) for e in raw_criteria})) or "-")
        )
    all_names = [str(e["name"]).strip() for e in raw_criteria]
    weights, weight_source, ahp_result = _weights_for(all_names, [e for e, _ in built], present, weights_text, ahp_text)
    for _, criterion in built:
        criterion.weight = float(weights[criterion.name])
    positive = [(e, c) for e, c in built if c.weight > 0]
    for _, c in built:
        if c.weight <= 0:
            LOG.info(tr("Criterion '{name}' has weight 0 and is left out.").format(name=c.name))
    if not positive:
        raise InputError(tr("WEIGHTS: all weights are zero; give at least one criterion a positive weight."))
    if left_out:
        total = sum(c.weight for _, c in positive)
        LOG.info(
            tr("Weights renormalised over the criteria used: {weights}.").format(
                weights=", ".join(f"{c.name}={c.weight / total:.4f}" for _, c in positive)
            )
        )
        for _, c in positive:
            c.weight = c.weight / total
    exclusions, masks, constraints_left_out = _constraints(
        definition.get("constraints") or [], layers, [c.name for _, c in positive]
    )
    if left_out or constraints_left_out:
        LOG.warning(
            tr("Suitability computed from {used} of {defined} criteria ({names}); left out: {left}.").format(
                used=len(positive),
                defined=len(raw_criteria),
                names=", ".join(c.name for _, c in positive),
                left=", ".join(left_out + [tr("constraint {name}").format(name=n) for n in constraints_left_out]),
            )
        )
    model = SuitabilityModel(
        criteria=[c for _, c in positive],
        exclusions=exclusions,
        masks=masks,
        aggregation=aggregation or Aggregation(),
    )
    return BuiltModel(
        model,
        [e["name"] for e in raw_criteria],
        left_out,
        weight_source,
        ahp_result,
        descriptions,
        definition,
        constraints_left_out,
    )


def _criterion(
    name: str,
    label: str,
    kind: str,
    source: Mapping[str, object],
    standardisation: Standardisation,
    layer: Layer,
    key: str,
    what: str,
) -> Criterion:
    """One criterion of the model from its source definition and its layer."""
    if kind in ("raster", "slope"):
        if not isinstance(layer, RasterInput):
            raise InputError(tr("{what}: the input {key} is not a raster.").format(what=what, key=key))
        band = int(_number(source.get("band", 1), what, "band"))
        resampling = str(source.get("resampling", "bilinear"))
        if resampling not in ("nearest", "bilinear", "cubic", "average", "mode"):
            raise InputError(tr("{what}: unknown resampling '{r}'.").format(what=what, r=resampling))
        if standardisation.function == "table" and resampling != "nearest":
            resampling = "nearest"  # class codes must not be interpolated

        def reader(grid: GridSpec, _layer=layer, _r=resampling, _b=band) -> np.ndarray:
            return _layer.reader(grid, _r, _b)

        made = SlopeSource(reader, label) if kind == "slope" else RasterSource(reader, label)
        return Criterion(name, made, standardisation, label=label)
    if isinstance(layer, RasterInput):
        raise InputError(
            tr("{what}: the input {key} is a raster; use source type 'raster'.").format(what=what, key=key)
        )
    frame = _filtered(layer, source.get("where"), key, what)
    if kind == "distance":
        if standardisation.function == "table":
            raise InputError(tr("{what}: a distance cannot use a 'table' standardisation.").format(what=what))
        cap_value = source.get("max_distance")
        cap = standardisation.default_cap() if cap_value is None else _number(cap_value, what, "max_distance")
        if not math.isfinite(cap):
            raise InputError(
                tr(
                    "{what}: give 'max_distance' (m) in the source: this standardisation never becomes constant."
                ).format(what=what)
            )
        geoms = np.asarray(frame.geometry.values, dtype=object)
        made = DistanceSource(geoms, cap, label)
        if made.empty:
            LOG.warning(
                tr(
                    "{label}: no features in {layer}; the criterion is constant ({value:.3g}, as if the nearest "
                    "one were farther than {cap:g} m)."
                ).format(
                    label=label,
                    layer=_layer_name(layer, key),
                    value=float(standardisation.apply(np.array([cap]))[0]),
                    cap=cap,
                )
            )
        return Criterion(name, made, standardisation, label=label)
    # polygons
    column = source.get("field")
    if not column or column not in frame.columns:
        raise InputError(
            tr("{layer}: no field '{field}' for {what}. Choose the field in the algorithm's parameters.").format(
                layer=_layer_name(layer, key), field=column or "-", what=what
            )
        )
    geoms, _ = repair_polygons(np.asarray(frame.geometry.values, dtype=object), _layer_name(layer, key))
    if standardisation.function == "table":
        classes = frame[column].tolist()
        scores = np.array([_score(standardisation, v) for v in classes], dtype=float)
        unlisted = sorted({str(v) for v, s in zip(classes, scores) if np.isnan(s) and v is not None})
        if unlisted:
            LOG.warning(
                tr("{layer}: classes without a score in {what}: {classes}; they take the default score {d}.").format(
                    layer=_layer_name(layer, key),
                    what=what,
                    classes=", ".join(unlisted[:10]),
                    d=standardisation.default,
                )
            )
            scores = np.where(np.isnan(scores), standardisation.default, scores)
        made = PolygonSource(geoms, scores, fill=standardisation.default, label=label)
        if len(made.geoms) == 0:
            LOG.warning(
                tr("{label}: no features in {layer}; the criterion is constant.").format(
                    label=label, layer=_layer_name(layer, key)
                )
            )
        return Criterion(name, made, Standardisation("none", default=standardisation.default), label=label)
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    fill_value = source.get("fill")
    fill = float("nan") if fill_value is None else _number(fill_value, what, "fill")
    return Criterion(name, PolygonSource(geoms, values, fill=fill, label=label), standardisation, label=label)


def _score(standardisation: Standardisation, value: object) -> float:
    """The table score of one class (NaN when unlisted)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return float("nan")
    score = standardisation.score_of(value)
    return float("nan") if score is None else score


def _constraints(entries: List[dict], layers: Mapping[str, Optional[Layer]], criteria: List[str]):
    """Exclusion and nodata constraints from their definitions, and the names of those left out (warned of)."""
    exclusions: List[object] = []
    masks: List[object] = []
    left_out: List[str] = []
    for entry in entries:
        name = str(entry.get("name", "")).strip()
        what = tr("CRITERIA, constraint '{name}'").format(name=name)
        action = str(entry.get("action", "exclude")).strip().lower()
        if action not in ACTIONS:
            raise InputError(tr("{what}: 'action' must be 'exclude' or 'nodata'.").format(what=what))
        target = exclusions if action == "exclude" else masks
        if entry.get("criterion"):
            criterion = str(entry["criterion"])
            if criterion not in criteria:
                left_out.append(name)
                LOG.warning(
                    tr("Constraint '{name}' is left out: the criterion '{c}' it applies to is not used.").format(
                        name=name, c=criterion
                    )
                )
                continue
            above = entry.get("above")
            below = entry.get("below")
            if above is None and below is None:
                raise InputError(
                    tr("{what}: give 'above' or 'below' (a raw value of the criterion).").format(what=what)
                )
            target.append(
                ThresholdConstraint(
                    name,
                    criterion,
                    None if above is None else _number(above, what, "above"),
                    None if below is None else _number(below, what, "below"),
                    action,
                )
            )
            continue
        key = _layer_key(entry)
        if not key:
            raise InputError(tr("{what}: give an 'input', a 'path' or a 'criterion'.").format(what=what))
        layer = layers.get(key)
        if layer is None:
            left_out.append(name)
            LOG.warning(
                tr(
                    "Constraint '{name}' is left out: no {key} layer was given, so those places are not excluded. "
                    "Give the layer to apply it."
                ).format(name=name, key=key)
            )
            continue
        if isinstance(layer, RasterInput):
            raise InputError(
                tr("{what}: the input {key} is a raster; constraints use polygons.").format(what=what, key=key)
            )
        frame = _filtered(layer, entry.get("where"), key, what)
        geoms, _ = repair_polygons(np.asarray(frame.geometry.values, dtype=object), _layer_name(layer, key))
        geoms = geoms[~shapely.is_missing(geoms)]
        target.append(PolygonConstraint(name, geoms, action))
        LOG.info(
            tr("Constraint '{name}': {n} polygons of {layer} ({action}).").format(
                name=name, n=len(geoms), layer=_layer_name(layer, key), action=action_label(action)
            )
        )
    return exclusions, masks, left_out
