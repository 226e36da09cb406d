"""Many municipalities in one run: what each municipality gets from the national layers, and what the national
summary says about it.

- DIVIPOLA codes (DANE's five-digit municipality codes) read from any field type, and the user's selection of
  municipalities (codes, or a two-digit department code for all its municipalities).
- Each municipality's share of national or departmental layers (:func:`owner_by_point`, :func:`intersecting`):
  settlements, candidate parcels, reporting areas and facilities belong to the municipality that holds their
  representative point (so a census block is never cut in two and nobody is counted twice); hazard zones,
  roads, land use and water are taken whole where they touch the municipality.
- The run's fingerprint (:func:`digest`, :func:`frame_digest`): a municipality is finished for this run only
  when it was finished with the same settings and the same input data.
- Growth scenarios per municipality (:func:`scenarios_for`): a template whose ``base_population`` is filled with
  each municipality's population.
- The national summary (:func:`indicators`, :data:`SUMMARY_COLUMNS`): one row per municipality and indicator
  (people and migrants in high hazard, coverage per service, land demand per scenario), computed from each
  municipality's own SUMMARY tables.

Pure Python (pandas, shapely): the scheduling of worker processes is in :mod:`.national_run`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import shapely

from .access import covered_share
from .errors import InputError
from .exposure import ALL, mark_totals
from .geometry import repair_polygons, representative_points
from .hazards import ANY
from .i18n import tr
from .scenarios import load_json, parse_scenarios, scenario_totals

CODE_LENGTH = 5
DEPARTMENT_LENGTH = 2
ALL_MUNICIPALITIES = "*"

# The national SUMMARY: one row per municipality and indicator.
SUMMARY_COLUMNS: Tuple[str, ...] = ("divipola", "municipality", "indicator", "subject", "value", "unit")
# Indicators, in the order of the table, and their units.
INDICATOR_UNITS: Dict[str, str] = {
    "population": "persons",
    "migrants": "persons",
    "pop_alta": "persons",
    "mig_alta": "persons",
    "coverage": "share",
    "coverage_migrants": "share",
    "land_demand_ha": "ha",
    "unmet_demand_ha": "ha",
}


def indicator_labels() -> Dict[str, str]:
    """What each indicator of the national summary means (translated)."""
    return {
        "population": tr("Population (persons)"),
        "migrants": tr("Migrants (persons)"),
        "pop_alta": tr("People in high hazard (alta), per hazard type; 'any': counted once"),
        "mig_alta": tr("Migrants in high hazard (alta), per hazard type; 'any': counted once"),
        "coverage": tr("Share of the population within the access threshold, per facility type (0-1)"),
        "coverage_migrants": tr("Share of the migrants within the access threshold, per facility type (0-1)"),
        "land_demand_ha": tr("Land demand of the scenario over all its years (ha)"),
        "unmet_demand_ha": tr("Land demand the suitable land could not take, over all years (ha)"),
    }


def summary_aliases() -> Dict[str, str]:
    """Translated aliases of the national SUMMARY columns."""
    return {
        "divipola": tr("DIVIPOLA code"),
        "municipality": tr("Municipality"),
        "indicator": tr("Indicator"),
        "subject": tr("Hazard type, facility type or scenario"),
        "value": tr("Value"),
        "unit": tr("Unit"),
    }


# ----------------------------------------------------------------------------------- codes and selection


def divipola(value: object) -> Optional[str]:
    """The five-digit DIVIPOLA code held by ``value`` ('54001', 54001, 5001 -> '05001'), or None.

    A code stored as a number loses its leading zero (Antioquia 05, Atlántico 08): four digits get it back.
    """
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or not float(value).is_integer():
            return None
        value = int(value)
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".", 1)[0]
    if not text.isdigit():
        return None
    if len(text) == CODE_LENGTH - 1:
        text = "0" + text
    return text if len(text) == CODE_LENGTH else None


@dataclass(frozen=True)
class Municipality:
    """One municipality of a run: its DIVIPOLA code, name and (repaired) polygon in the run's CRS."""

    code: str
    name: str
    geometry: object

    @property
    def label(self) -> str:
        """'54001 Cúcuta' for messages."""
        return f"{self.code} {self.name}".strip()


def municipalities(
    codes: Sequence[object], names: Optional[Sequence[object]], geoms: np.ndarray, layer: str, field: str
) -> List[Municipality]:
    """The municipalities of a layer, one per code (features of one code are merged), sorted by code.

    Refuses codes that are not DIVIPOLA codes, one code with two names, and municipalities without a polygon.
    """
    normal = [divipola(value) for value in codes]
    bad = [str(value) for value, code in zip(codes, normal) if code is None]
    if bad:
        shown = ", ".join(f"'{value}'" for value in list(dict.fromkeys(bad))[:5])
        raise InputError(
            tr(
                "{layer}: {n} features have no five-digit DIVIPOLA code in the field '{field}' (for example {values}). "
                "Choose the field with the DANE municipality code (MPIO_CDPMP, e.g. 54001) in the municipality code "
                "parameter, or correct those features."
            ).format(layer=layer, n=len(bad), field=field, values=shown)
        )
    geoms, _invalid = repair_polygons(np.asarray(geoms, dtype=object), layer)
    frame = pd.DataFrame(
        {
            "code": normal,
            "name": ["" if n is None or (isinstance(n, float) and math.isnan(n)) else str(n).strip() for n in names]
            if names is not None
            else [""] * len(normal),
            "geometry": list(geoms),
        }
    )
    result = []
    for code, group in frame.groupby("code", sort=True):
        named = [n for n in dict.fromkeys(group["name"]) if n]
        if len(named) > 1:
            raise InputError(
                tr(
                    "{layer}: the code {code} is given to features named {names}. A DIVIPOLA code names one "
                    "municipality: correct the codes or the names."
                ).format(layer=layer, code=code, names=", ".join(f"'{n}'" for n in named))
            )
        parts = [g for g in group["geometry"] if g is not None]
        if not parts:
            raise InputError(
                tr("{layer}: the municipality {code} has no polygon. Correct its geometry.").format(
                    layer=layer, code=code
                )
            )
        geometry = parts[0] if len(parts) == 1 else shapely.union_all(parts)
        result.append(Municipality(str(code), named[0] if named else "", geometry))
    return result


def select(municipalities: Sequence[Municipality], text: Optional[str], layer: str) -> List[Municipality]:
    """The municipalities named by ``text`` (codes or department codes, separated by commas, semicolons or
    spaces; empty: all), in code order. Unknown codes are refused, never ignored."""
    tokens = [t for t in re.split(r"[,;\s]+", str(text or "").strip()) if t]
    if not tokens or tokens == [ALL_MUNICIPALITIES]:
        return list(municipalities)
    by_code = {m.code: m for m in municipalities}
    wanted = set()
    unknown = []
    for token in tokens:
        if token.isdigit() and len(token) == DEPARTMENT_LENGTH:
            found = [code for code in by_code if code.startswith(token)]
            if not found:
                unknown.append(token)
            wanted.update(found)
            continue
        code = divipola(token)
        if code is None or code not in by_code:
            unknown.append(token)
        else:
            wanted.add(code)
    if unknown:
        raise InputError(
            tr(
                "Municipalities to run: {codes} not found in {layer}. Write five-digit DIVIPOLA codes (e.g. 54001) "
                "or two-digit department codes (e.g. 54 for all of Norte de Santander), separated by commas."
            ).format(codes=", ".join(f"'{t}'" for t in unknown), layer=layer)
        )
    return [m for m in municipalities if m.code in wanted]


# ----------------------------------------------------------------------------------- each municipality's data


def owner_by_point(geoms: np.ndarray, areas: Sequence[object]) -> np.ndarray:
    """For each geometry, the index of the area (municipality) that holds its representative point, else -1.

    A point on the border of two areas goes to the first of them (municipalities are sorted by code), so every
    feature belongs to at most one municipality.
    """
    geoms = np.asarray(geoms, dtype=object)
    owner = np.full(len(geoms), -1, dtype=np.int64)
    if len(geoms) == 0 or len(areas) == 0:
        return owner
    points = representative_points(geoms)
    present = np.flatnonzero(~shapely.is_missing(points))
    tree = shapely.STRtree(np.asarray(areas, dtype=object))
    hit_point, hit_area = tree.query(points[present], predicate="intersects")
    if len(hit_point):
        order = np.lexsort((hit_area, hit_point))
        hit_point, hit_area = hit_point[order], hit_area[order]
        first = np.ones(len(hit_point), dtype=bool)
        first[1:] = hit_point[1:] != hit_point[:-1]
        owner[present[hit_point[first]]] = hit_area[first]
    return owner


def intersecting(tree: shapely.STRtree, area: object) -> np.ndarray:
    """Indices (sorted) of the geometries of ``tree`` that touch ``area``."""
    return np.sort(tree.query(area, predicate="intersects"))


def frame_digest(frame: pd.DataFrame) -> str:
    """A hash of a (Geo)DataFrame's columns, values and geometries (WKB), in row order."""
    sha = hashlib.sha256()
    geometry_name = getattr(frame, "_geometry_column_name", None) if hasattr(frame, "geometry") else None
    attributes = frame.drop(columns=[geometry_name]) if geometry_name in frame.columns else frame
    sha.update(json.dumps([[str(c), str(attributes[c].dtype)] for c in attributes.columns]).encode("utf-8"))
    sha.update(str(len(frame)).encode("ascii"))
    if len(attributes.columns) and len(frame):
        hashed = pd.util.hash_pandas_object(attributes.astype(object).where(attributes.notna(), None), index=False)
        sha.update(hashed.to_numpy().tobytes())
    if geometry_name in frame.columns:
        geoms = np.asarray(frame[geometry_name].values, dtype=object)
        for wkb in shapely.to_wkb(geoms):
            sha.update(b"-" if wkb is None else wkb)
    return sha.hexdigest()


def digest(parts: object) -> str:
    """A hash of a JSON-serialisable value (settings, or a mapping of layer digests)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


# ----------------------------------------------------------------------------------- growth scenarios


def scenario_template(text: Optional[str], n_municipalities: int) -> object:
    """The SCENARIOS parameter read as JSON (a list for every municipality, or an object by DIVIPOLA code with
    '*' for the others), checked so that no municipality silently gets another's population or arrivals."""
    value = load_json(text, "SCENARIOS")
    if isinstance(value, dict):
        cleaned = {}
        for key, scenarios in value.items():
            code = ALL_MUNICIPALITIES if str(key).strip() == ALL_MUNICIPALITIES else divipola(key)
            if code is None:
                raise InputError(
                    tr(
                        "SCENARIOS: the key '{key}' is neither a DIVIPOLA code nor '*'. Write an object like "
                        '{{"54001": [...], "*": [...]}}.'
                    ).format(key=key)
                )
            if not isinstance(scenarios, list):
                raise InputError(tr("SCENARIOS: the value of '{key}' must be a list of scenarios.").format(key=key))
            cleaned[code] = scenarios
        if ALL_MUNICIPALITIES in cleaned:
            _check_shared(cleaned[ALL_MUNICIPALITIES], n_municipalities)
        return cleaned
    if not isinstance(value, list):
        raise InputError(tr("SCENARIOS: write a JSON list of scenarios, or an object of such lists by DIVIPOLA code."))
    _check_shared(value, n_municipalities)
    return value


def _check_shared(scenarios: List[object], n_municipalities: int) -> None:
    """Scenarios shared by several municipalities may not fix a population or a number of arrivals."""
    if n_municipalities <= 1:
        return
    for item in scenarios:
        if not isinstance(item, dict):
            continue
        for key in ("base_population", "arrivals_per_year"):
            if item.get(key) is not None:
                raise InputError(
                    tr(
                        "SCENARIOS: the scenario '{name}' gives {key}, which would be the same for all {n} "
                        "municipalities. Leave base_population out (each municipality's own population is used), "
                        "use growth_rate instead of arrivals_per_year, or give the scenarios per municipality as "
                        '{{"54001": [...], "54874": [...]}}.'
                    ).format(name=item.get("name", "?"), key=key, n=n_municipalities)
                )


def scenarios_for(template: object, code: str, population: float) -> str:
    """The SCENARIOS JSON of one municipality: its list from the template, each ``base_population`` missing
    filled with ``population``; validated like the growth scenarios algorithm does."""
    if isinstance(template, dict):
        scenarios = template.get(code, template.get(ALL_MUNICIPALITIES))
        if scenarios is None:
            raise InputError(
                tr("SCENARIOS: there are no scenarios for the municipality {code} and no '*' entry.").format(code=code)
            )
    else:
        scenarios = template
    filled = []
    for item in scenarios:
        item = dict(item) if isinstance(item, dict) else item
        if isinstance(item, dict) and item.get("base_population") is None:
            if not population > 0:
                raise InputError(
                    tr(
                        "The municipality {code} has no population in its settlements, so its growth scenarios "
                        "have no base population."
                    ).format(code=code)
                )
            item["base_population"] = float(population)
        filled.append(item)
    text = json.dumps(filled, ensure_ascii=False, indent=1)
    parse_scenarios(text)  # the same checks as the algorithm: a bad template fails before any worker starts
    return text


# ----------------------------------------------------------------------------------- the national summary


def _number(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as floats (text read back from files converted; missing values NaN)."""
    if column not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    return pd.to_numeric(frame[column], errors="coerce").astype(float)


def indicators(
    exposure: pd.DataFrame, access: Optional[pd.DataFrame], scenarios: Optional[pd.DataFrame]
) -> pd.DataFrame:
    """One municipality's indicators (indicator, subject, value, unit) from its SUMMARY tables.

    ``exposure``: settlement_exposure's SUMMARY (the rows flagged all_areas: every hazard type and the rows
    flagged any_hazard, level alta); ``access``: service_access's SUMMARY (rows flagged all_areas, each facility
    type); ``scenarios``: growth_scenarios'
    SUMMARY (one row per scenario and year, totalled with :func:`.scenarios.scenario_totals`).
    """
    rows: List[Tuple[str, str, float]] = []
    exposure = mark_totals(exposure)  # the total rows by their flags; a user's area 'ALL' or type 'any' renamed
    whole = exposure[(exposure["area_name"].astype(str) == ALL).to_numpy()]
    any_rows = (whole["hazard_type"].astype(str) == ANY).to_numpy()
    rows.append(("population", "", float(_number(whole[any_rows], "population").sum(min_count=1))))
    rows.append(("migrants", "", float(_number(whole[any_rows], "migrants").sum(min_count=1))))
    high = (whole["hazard_level"].astype(str) == "alta").to_numpy()
    types = [t for t in pd.unique(whole.loc[high & ~any_rows, "hazard_type"].astype(str))]
    for indicator, column in (("pop_alta", "population"), ("mig_alta", "migrants")):
        values = _number(whole, column).to_numpy()
        for hazard_type in types:
            chosen = high & ~any_rows & (whole["hazard_type"].astype(str) == hazard_type).to_numpy()
            rows.append((indicator, hazard_type, float(pd.Series(values[chosen]).sum(min_count=1))))
        rows.append((indicator, ANY, float(pd.Series(values[high & any_rows]).sum(min_count=1))))
    if access is not None and len(access):
        access = mark_totals(access)
        national = access[(access["area_name"].astype(str) == ALL).to_numpy()]
        people = covered_share(national, "population").to_numpy()
        migrants = (
            covered_share(national, "migrants").to_numpy()
            if {"migrants", "migrants_covered"} <= set(national.columns)
            else np.full(len(national), np.nan)
        )
        for facility_type, share, share_migrants in zip(national["facility_type"].astype(str), people, migrants):
            rows.append(("coverage", facility_type, float(share)))
            rows.append(("coverage_migrants", facility_type, float(share_migrants)))
    if scenarios is not None and len(scenarios):
        totals = scenario_totals(scenarios)
        for indicator in ("land_demand_ha", "unmet_demand_ha"):
            for name, value in zip(totals["scenario"], totals[indicator]):
                rows.append((indicator, str(name), float(value)))
    order = {name: k for k, name in enumerate(INDICATOR_UNITS)}
    rows.sort(key=lambda row: order[row[0]])  # stable: subjects keep their order within an indicator
    return pd.DataFrame(
        {
            "indicator": [r[0] for r in rows],
            "subject": [r[1] for r in rows],
            "value": np.array([r[2] for r in rows], dtype=float),
            "unit": [INDICATOR_UNITS[r[0]] for r in rows],
        }
    )


def national_summary(finished: Iterable[Tuple[str, str, Sequence[dict]]]) -> pd.DataFrame:
    """The national SUMMARY from (code, name, indicator records) of each finished municipality, by code."""
    frames = []
    for code, name, records in sorted(finished, key=lambda item: item[0]):
        frame = pd.DataFrame(list(records), columns=["indicator", "subject", "value", "unit"])
        frame.insert(0, "municipality", name)
        frame.insert(0, "divipola", code)
        frames.append(frame)
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=float if c == "value" else object) for c in SUMMARY_COLUMNS})
    table = pd.concat(frames, ignore_index=True)[list(SUMMARY_COLUMNS)]
    table["value"] = pd.to_numeric(table["value"], errors="coerce").astype(float)
    return table


def records(frame: pd.DataFrame) -> List[dict]:
    """Indicator rows as JSON-friendly records (NaN as None)."""
    out = []
    for row in frame.itertuples(index=False):
        value = float(row.value)
        out.append(
            {
                "indicator": row.indicator,
                "subject": row.subject,
                "value": value if math.isfinite(value) else None,
                "unit": row.unit,
            }
        )
    return out
