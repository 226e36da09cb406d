"""Report section 'Site suitability': the suitability map with the best parcels, the parcel ranking
(rank_candidate_sites), the area per class (site_suitability's raster metadata) and the weight sensitivity
(weight_sensitivity); on the method page, the criteria and their weights."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import shapely

from ..fields import detect_field, warn_duplicates
from ..geometry import repair_polygons, representative_points
from ..i18n import tr
from ..text import fold
from .common import (
    capitalised,
    display_name,
    is_float,
    join_names,
    make_table,
    numeric,
    parse_pairs,
    parse_weights,
    ratio,
    require,
    same_shown,
)
from .model import (
    ALL,
    DASH,
    NBSP,
    Block,
    Column,
    KeyFigure,
    MapSlot,
    MethodNote,
    Numbers,
    PageBreak,
    Paragraph,
    ReportInputs,
    Section,
    Table,
)
from .section import ReportSection, SectionContent, TableCheck

SENSITIVITY_NUMERIC = ("run", "change_pct", "weight", "spearman", "top_kept", "top_n", "d_area_top2_pct")
PARCEL_NUMERIC = ("rank", "area_m2", "suit_mean", "suit_min", "suit_max", "share_top2", "share_excl", "share_nodata")
SUITABILITY_CLASS_KEYS = ("muy alta", "alta", "media", "baja", "muy baja", "excluida")


def criterion_names() -> Dict[str, str]:
    """Translated names of the housing preset's criteria (others are shown as written)."""
    return {
        "health": tr("Distance to health facilities"),
        "education": tr("Distance to education facilities"),
        "roads": tr("Distance to roads"),
        "urban": tr("Distance to the existing city"),
        "slope": tr("Slope"),
        "hazard": tr("Hazard level"),
        "land_use": tr("Land use (POT)"),
    }


def suitability_class_names() -> Dict[str, str]:
    """Translated names of the suitability classes, by the keys of the raster metadata."""
    return {
        "muy alta": tr("Very high (muy alta)"),
        "alta": tr("High (alta)"),
        "media": tr("Medium (media)"),
        "baja": tr("Low (baja)"),
        "muy baja": tr("Very low (muy baja)"),
        "excluida": tr("Excluded (constraint)"),
    }


def _parcel_frame(parcels: pd.DataFrame) -> pd.DataFrame:
    """The ranked parcels checked, numeric and in the order of the report: best mean suitability first, the input's
    rank next."""
    require(parcels, ("rank", "suit_mean"), tr("Ranked candidate sites"))
    frame = numeric(parcels, PARCEL_NUMERIC)
    frame = frame.sort_values("rank", kind="mergesort", na_position="last")
    return frame.sort_values("suit_mean", ascending=False, kind="mergesort", na_position="last")


def parcel_id_field(parcels: pd.DataFrame) -> Optional[str]:
    """The parcels' identifier column, by its name (codigo_predio, id...)."""
    candidates = [c for c in parcels.columns if str(c).lower() not in ("fid", "src_fid", "geometry")]
    return detect_field(candidates, "id")


# Names of a parcel's tenure field (tenencia: propia, arrendada, pública, ocupación de hecho...).
TENURE_NAMES = ("tenencia", "tenure", "tipo_tenencia", "tenencia_predio", "propiedad", "tipo_propiedad", "ownership")
# Column the adapter adds with the reporting area (comuna) of each parcel, when it has the areas' geometry.
AREA_COLUMN = "report_area"
# Decimals of the mean suitability in the parcel table: parcels equal at this precision tie.
SUITABILITY_DIGITS = 3


def areas_of(geoms, area_geoms, names: Sequence[object]) -> List[Optional[str]]:
    """The name of the area holding a point inside each geometry (the first area on an overlap), None outside
    every area or for a missing geometry."""
    points = representative_points(np.asarray(geoms, dtype=object))
    areas, _repaired = repair_polygons(np.asarray(area_geoms, dtype=object), tr("Reporting areas"))
    found: List[Optional[str]] = [None] * len(points)
    valid = np.flatnonzero(~shapely.is_missing(areas))
    present = np.flatnonzero(~shapely.is_missing(points))
    if len(valid) == 0 or len(present) == 0:
        return found
    point_index, area_index = shapely.STRtree(areas[valid]).query(points[present], predicate="intersects")
    for p, a in sorted(zip(point_index.tolist(), area_index.tolist()), reverse=True):
        name = names[valid[a]]
        found[present[p]] = None if pd.isna(name) else str(name)
    return found


def best_parcels(parcels: pd.DataFrame, numbers: Numbers, top_n: int = 10) -> pd.DataFrame:
    """The ``top_n`` best parcels and any parcel that ties with the last of them, with the rank each is shown with
    (``shown_rank``: '1', or '2–6' for parcels whose mean suitability is the same to three decimals)."""
    frame = _parcel_frame(parcels)
    frame = frame[frame["rank"].notna() & frame["suit_mean"].notna()].copy()
    if frame.empty or top_n <= 0:
        return frame.iloc[0:0].assign(shown_rank=pd.Series(dtype=str))
    shown = [numbers.number(v, SUITABILITY_DIGITS) for v in frame["suit_mean"]]
    first, last = {}, {}
    for position, text in enumerate(shown, start=1):
        first.setdefault(text, position)
        last[text] = position
    labels = [str(first[t]) if first[t] == last[t] else f"{first[t]}\u2013{last[t]}" for t in shown]
    frame["shown_rank"] = labels
    keep = min(len(frame), top_n)
    keep = max(keep, last[shown[keep - 1]])  # every parcel tied with the last one kept
    return frame.head(keep)


def parcel_rank_labels(parcels: pd.DataFrame, numbers: Numbers, top_n: int = 10) -> Dict[int, str]:
    """The rank each listed parcel is shown with, by its input rank (for the map labels)."""
    best = best_parcels(parcels, numbers, top_n)
    return {int(rank): label for rank, label in zip(best["rank"], best["shown_rank"])}


def top_parcels_table(parcels: pd.DataFrame, numbers: Numbers, top_n: int = 10) -> Optional[Table]:
    """The ``top_n`` best parcels (more on a tie): rank, id, comuna, land class, tenure, area and suitability."""
    frame = best_parcels(parcels, numbers, top_n)
    if frame.empty:
        return None
    id_field = parcel_id_field(frame)
    rest = [c for c in frame.columns if c not in (id_field, AREA_COLUMN, "shown_rank")]
    land_field = detect_field(rest, "land_use")
    tenure_field = detect_field([c for c in rest if c != land_field], "tenure", TENURE_NAMES)
    area_field = AREA_COLUMN if AREA_COLUMN in frame.columns else None
    columns = [Column("rank", tr("Rank"), "center", 0.8), Column("parcel", tr("Parcel"), "left", 1.1)]
    if area_field:
        columns.append(Column("area_name", tr("Comuna or area"), "left", 1.7))
    if land_field:
        columns.append(Column("land_class", tr("Land class"), "left", 1.4))
    if tenure_field:
        columns.append(Column("tenure", tr("Tenure"), "left", 1.1))
    columns += [
        Column("area_ha", tr("Area\n(ha)"), "right", 0.8),
        Column("suit_mean", tr("Mean\nsuitability\n(0 to 1)"), "right", 1.1),
        Column("suit_range", tr("Lowest and\nhighest cell"), "center", 1.2),
        Column("share_top2", tr("Share in\nthe two\nbest classes"), "right", 1.1),
        Column("share_excl", tr("Share\nexcluded or\nunsuitable"), "right", 1.1),
    ]
    values, cells = [], []
    for _index, row in frame.iterrows():
        parcel = row[id_field] if id_field else _index
        area_ha = row["area_m2"] / 10000.0 if "area_m2" in frame.columns else float("nan")
        value = [row["shown_rank"], parcel]
        cell = [row["shown_rank"], str(parcel)]
        for field_name in (area_field, land_field, tenure_field):
            if field_name:
                value.append(row[field_name])
                empty = tr("Outside the areas") if field_name == AREA_COLUMN else DASH
                cell.append(empty if pd.isna(row[field_name]) else capitalised(display_name(row[field_name])))
        value += [
            area_ha,
            row["suit_mean"],
            (row.get("suit_min"), row.get("suit_max")),
            row.get("share_top2"),
            row.get("share_excl"),
        ]
        cell += [
            numbers.number(area_ha, 2),
            numbers.number(row["suit_mean"], SUITABILITY_DIGITS),
            "{} \u2013 {}".format(numbers.number(row.get("suit_min"), 2), numbers.number(row.get("suit_max"), 2)),
            numbers.percent(row.get("share_top2")),
            numbers.percent(row.get("share_excl")),
        ]
        values.append(value)
        cells.append(cell)
    note = tr(
        "Ranked by the mean suitability of the cells whose centre lies in the parcel (0 = unsuitable or excluded, "
        "1 = best). Parcels with the same mean to three decimals share their rank (e.g. 2–6: a tie for the "
        "2nd to 6th place). Shares are of the parcel's cells."
    )
    title = (
        tr("The {n} best candidate parcels").format(n=len(values))
        if len(values) <= top_n
        else tr("The {n} best candidate parcels ({m} with the tie for the last place)").format(n=top_n, m=len(values))
    )
    return make_table(
        "top_parcels",
        title,
        columns,
        values,
        cells,
        note,
    )


def class_area_table(metadata: Dict[str, str], numbers: Numbers) -> Optional[Table]:
    """Hectares per suitability class, from the raster metadata ``class_area_ha``."""
    pairs = parse_pairs(metadata.get("class_area_ha", ""))
    areas = {}
    for key, value in pairs:
        try:
            areas[fold(key)] = float(value)
        except ValueError:
            continue
    if not areas:
        return None
    total = sum(areas.values())
    names = suitability_class_names()
    columns = [
        Column("class", tr("Suitability class"), "left", 2.0),
        Column("area_ha", tr("Area (ha)")),
        Column("share", tr("Share of the area")),
    ]
    values, cells = [], []
    keys = [k for k in SUITABILITY_CLASS_KEYS if k in areas] + [k for k in areas if k not in SUITABILITY_CLASS_KEYS]
    for key in keys:
        share = ratio(areas[key], total)
        values.append([key, areas[key], share])
        cells.append([names.get(key, key), numbers.number(areas[key], 1), numbers.percent(share)])
    values.append([ALL, total, 1.0])
    cells.append([tr("Total analysed"), numbers.number(total, 1), numbers.percent(1.0)])
    breaks = metadata.get("class_breaks", "")
    method = metadata.get("suitability_class_method", "")
    excluded = constraint_labels(metadata.get("suitability_constraints", ""))[0]
    note = tr("Class breaks: {breaks} ({method}). Excluded: {excluded}.").format(
        breaks=" / ".join(numbers.number(float(b), 2) for b in breaks.split(",") if is_float(b)) or DASH,
        method=tr("equal intervals") if method == "equal" else tr("quantiles") if method == "quantile" else method,
        excluded=", ".join(excluded) if excluded else tr("no constraint excluded any place"),
    )
    return make_table("class_area", tr("Area by suitability class"), columns, values, cells, note, total_rows=1)


@dataclass
class Sensitivity:
    """weight_sensitivity's runs summarised per criterion (the rows of the sensitivity table)."""

    rows: pd.DataFrame  # criterion, weight, spearman (lowest), top_kept (fewest), area_low, area_high
    top_n: int  # size of the top compared (0: unknown)
    changes: List[float]  # the changes applied to each weight, in percent of its value


def summarise_sensitivity(sensitivity: pd.DataFrame) -> Optional[Sensitivity]:
    """The per-criterion summary of a weight_sensitivity table, or None when it has no changed run."""
    require(sensitivity, ("run", "criterion", "spearman", "top_kept"), tr("Weight sensitivity"))
    frame = numeric(sensitivity, SENSITIVITY_NUMERIC)
    base = frame[frame["run"] == 0]
    runs = frame[frame["run"] > 0]
    if runs.empty:
        return None
    weights = parse_weights(base["weights"].iloc[0]) if "weights" in base.columns and len(base) else {}
    top_n = int(frame["top_n"].dropna().iloc[0]) if "top_n" in frame.columns and frame["top_n"].notna().any() else 0
    changes = sorted(runs["change_pct"].dropna().unique()) if "change_pct" in runs.columns else []
    rows = []
    for criterion in pd.unique(runs["criterion"]):
        part = runs[runs["criterion"] == criterion]
        has_area = "d_area_top2_pct" in part.columns
        rows.append(
            {
                "criterion": criterion,
                "weight": weights.get(criterion, float("nan")),
                "spearman": part["spearman"].min(),
                "top_kept": part["top_kept"].min(),
                "area_low": part["d_area_top2_pct"].min() if has_area else float("nan"),
                "area_high": part["d_area_top2_pct"].max() if has_area else float("nan"),
            }
        )
    return Sensitivity(pd.DataFrame(rows), top_n, [float(c) for c in changes])


def criterion_label(criterion: str) -> str:
    """A criterion's name for readers ('health' -> 'Distance to health facilities')."""
    return criterion_names().get(criterion, capitalised(display_name(criterion)))


def sensitivity_table(sensitivity: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Per criterion: its weight, the lowest rank correlation, the fewest best parcels kept, the area change."""
    summary = summarise_sensitivity(sensitivity)
    if summary is None:
        return None
    top_n = summary.top_n
    columns = [
        Column("criterion", tr("Criterion whose weight changes"), "left", 2.4),
        Column("weight", tr("Weight"), "right", 0.8),
        Column("spearman", tr("Lowest likeness\nto the base order\n(1 = same)"), "right", 1.3),
        Column(
            "top_kept",
            tr("Best {n} parcels\nstill among the\nbest {n} (worst case)").format(n=top_n)
            if top_n
            else tr("Best parcels still\namong the best\n(worst case)"),
            "right",
            1.4,
        ),
        Column("area_change", tr("Change of the area\nof the two best\nclasses"), "center", 1.6),
    ]
    values, cells = [], []
    for row in summary.rows.itertuples(index=False):
        values.append([row.criterion, row.weight, row.spearman, row.top_kept, (row.area_low, row.area_high)])
        cells.append(
            [
                criterion_label(row.criterion),
                numbers.percent(row.weight),
                numbers.number(row.spearman, 3),
                tr("{kept} of {n}").format(kept=numbers.integer(row.top_kept), n=top_n)
                if top_n
                else numbers.integer(row.top_kept),
                tr("{low} to {high}").format(
                    low=numbers.signed_percent(row.area_low), high=numbers.signed_percent(row.area_high)
                ),
            ]
        )
    change_text = ", ".join(numbers.signed_percent(c, 0) for c in summary.changes)
    note = tr(
        "Each weight was changed by {changes} of its value, one at a time, the others rescaled to sum 1, and the "
        "parcels ranked again. Likeness to the base order: Spearman's rank correlation (1 = the same order, 0 = "
        "unrelated)."
    ).format(changes=change_text or DASH)
    return make_table("sensitivity", tr("Sensitivity of the ranking to the weights"), columns, values, cells, note)


def _largest_change(changes: Sequence[float], numbers: Numbers) -> str:
    """'±20 %' from the changes applied to the weights ('' when unknown)."""
    if not changes:
        return ""
    return "\u00b1" + numbers.percent(max(abs(c) for c in changes) / 100.0, 0)


def sensitivity_sentences(sensitivity: pd.DataFrame, numbers: Numbers) -> Tuple[List[KeyFigure], List[str]]:
    """The cover figure and finding of the sensitivity, from the rows of its table: the fewest best parcels kept
    and the lowest likeness, each with the criteria whose change gave it (all of them on a tie)."""
    summary = summarise_sensitivity(sensitivity)
    if summary is None or summary.rows.empty:
        return [], []
    rows = summary.rows
    names = [criterion_label(c) for c in rows["criterion"]]
    change = _largest_change(summary.changes, numbers)
    figures, findings = [], []
    kept = rows["top_kept"]
    if kept.notna().any() and summary.top_n:
        fewest = kept.min()
        who = join_names([names[i] for i in same_shown(kept.tolist(), fewest, numbers, 0)])
        figures.append(
            KeyFigure(
                tr("{kept} of {n}").format(kept=numbers.integer(fewest), n=summary.top_n),
                tr(
                    "best parcels stay among the best {n} in the worst case when one weight changes {change} "
                    "(the weight of {criteria})"
                ).format(n=summary.top_n, change=change, criteria=who),
            )
        )
    spearman = rows["spearman"]
    if spearman.notna().any():
        lowest = spearman.min()
        who_rho = join_names([names[i] for i in same_shown(spearman.tolist(), lowest, numbers, 3)])
        text = tr(
            "When one weight changes {change}, the likeness of the order of the parcels to the base order (rank "
            "correlation, 1 = the same order) is at least {rho}, lowest when the weight of {criteria_rho} changes."
        ).format(change=change, rho=numbers.number(lowest, 3), criteria_rho=who_rho)
        if kept.notna().any() and summary.top_n:
            fewest = kept.min()
            text += " " + tr(
                "At least {kept} of the best {n} parcels stay among the best {n}; the fewest when the weight of "
                "{criteria_kept} changes."
            ).format(
                kept=numbers.integer(fewest),
                n=summary.top_n,
                criteria_kept=join_names([names[i] for i in same_shown(kept.tolist(), fewest, numbers, 0)]),
            )
        findings.append(text)
    return figures, findings


def suitability_figures(
    parcels: Optional[pd.DataFrame], sensitivity: Optional[pd.DataFrame], numbers: Numbers, top_n: int
) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figures and findings: the best parcel (all of them on a tie), the area of the listed parcels, the
    sensitivity; the same numbers as the parcel and sensitivity tables."""
    figures, findings = [], []
    if parcels is not None:
        best = best_parcels(parcels, numbers, top_n)
        if not best.empty:
            id_field = parcel_id_field(best)
            ids = [str(v) for v in (best[id_field] if id_field else best.index)]
            first = [ids[i] for i, label in enumerate(best["shown_rank"]) if label.split("\u2013")[0] == "1"]
            mean = numbers.number(best["suit_mean"].iloc[0], SUITABILITY_DIGITS)
            if len(first) == 1:
                figures.append(
                    KeyFigure(
                        first[0], tr("is the best candidate parcel: mean suitability {value} of 1").format(value=mean)
                    )
                )
            else:
                figures.append(
                    KeyFigure(
                        join_names(first),
                        tr("tie as the best candidate parcels: mean suitability {value} of 1").format(value=mean),
                    )
                )
            if "area_m2" in best.columns:
                findings.append(
                    tr("The {n} best candidate parcels cover {ha} ha; the best is {parcel}.").format(
                        n=len(best), ha=numbers.number(best["area_m2"].sum() / 10000.0, 1), parcel=join_names(first)
                    )
                    if len(first) == 1
                    else tr("The {n} best candidate parcels cover {ha} ha; {parcels} tie as the best.").format(
                        n=len(best), ha=numbers.number(best["area_m2"].sum() / 10000.0, 1), parcels=join_names(first)
                    )
                )
    if sensitivity is not None:
        more_figures, more_findings = sensitivity_sentences(sensitivity, numbers)
        figures += more_figures
        findings += more_findings
    return figures, findings


def weights_table(metadata: Dict[str, str], numbers: Numbers) -> Optional[Table]:
    """Criteria of the suitability: how each is measured and its weight (from the raster metadata)."""
    weights = parse_weights(metadata.get("suitability_weights", ""))
    if not weights:
        return None
    try:
        definitions = json.loads(metadata.get("suitability_definitions", "") or "{}")
    except ValueError:
        definitions = {}
    names = criterion_names()
    columns = [
        Column("criterion", tr("Criterion"), "left", 2.2),
        Column("definition", tr("Score from 0 (worst) to 1 (best)"), "left", 4.0),
        Column("weight", tr("Weight")),
    ]
    values, cells = [], []
    for name, weight in weights.items():
        definition = str(definitions.get(name, "")) if isinstance(definitions, dict) else ""
        values.append([name, definition, weight])
        cells.append(
            [names.get(name, capitalised(name)), describe_definition(definition, numbers), numbers.percent(weight)]
        )
    values.append([ALL, "", sum(weights.values())])
    cells.append([tr("Total"), "", numbers.percent(sum(weights.values()))])
    source = metadata.get("suitability_weight_source", "")
    note = {
        "AHP_MATRIX": tr("Weights from the AHP pairwise comparison matrix."),
        "WEIGHTS": tr("Weights given by the user."),
        "definition": tr("Weights of the criteria definition (housing preset)."),
        "equal": tr("Equal weights."),
    }.get(source, "")
    return make_table("weights", tr("Suitability criteria and weights"), columns, values, cells, note, total_rows=1)


_DEFINITION = re.compile(r"^\s*(\w+)\(([^)]*)\):\s*(.*)$")
_CURVE = re.compile(r"^(linear|sigmoid|j_shaped) (increasing|decreasing) (-?[\d.eE+]+)-(-?[\d.eE+]+)$")
_GAUSSIAN = re.compile(r"^gaussian center (-?[\d.eE+]+) spread (-?[\d.eE+]+)$")


def describe_definition(definition: str, numbers: Numbers) -> str:
    """A criterion definition of the raster metadata ('distance(FACILITIES): linear decreasing 500-2000') in
    words ('linear, decreasing between 500 m and 2 000 m'); unknown forms are returned as written."""
    match = _DEFINITION.match(definition or "")
    if not match:
        return definition or DASH
    kind, _input, rule = match.groups()
    unit = {"distance": NBSP + "m", "slope": NBSP + "%"}.get(kind, "")
    curve = _CURVE.match(rule.strip())
    if curve:
        function, direction, low, high = curve.groups()
        return tr("{function}, {direction} between {a} and {b}").format(
            function={"linear": tr("linear"), "sigmoid": tr("sigmoid"), "j_shaped": tr("J-shaped")}[function],
            direction=tr("decreasing") if direction == "decreasing" else tr("increasing"),
            a=numbers.number(float(low), 0 if float(low).is_integer() else 2) + unit,
            b=numbers.number(float(high), 0 if float(high).is_integer() else 2) + unit,
        )
    gaussian = _GAUSSIAN.match(rule.strip())
    if gaussian:
        return tr("gaussian, best at {center}, spread {spread}").format(
            center=numbers.number(float(gaussian.group(1)), 2) + unit,
            spread=numbers.number(float(gaussian.group(2)), 2) + unit,
        )
    if rule.startswith("table "):
        scores = [
            f"{display_name(key)} {numbers.number(float(value), 2) if is_float(value) else value}"
            for key, value in parse_pairs(rule[len("table ") :])
        ]
        return tr("score per class: {scores}").format(scores="; ".join(scores))
    return definition


def constraint_labels(text: str) -> Tuple[List[str], List[str], List[str]]:
    """The constraints of 'hazard_alta (exclude), proteccion (exclude), water (nodata)' in words: those that
    exclude, those that set nodata, others."""
    names = {
        "hazard_alta": tr("hazard level alta"),
        "proteccion": tr("protection land (protección)"),
        "water": tr("water bodies"),
    }
    excluded, masked, other = [], [], []
    for entry in [e.strip() for e in str(text or "").split(",") if e.strip()]:
        match = re.match(r"^(.*?)\s*\((\w+)\)$", entry)
        name, action = (match.group(1), match.group(2)) if match else (entry, "")
        label = names.get(name) or display_name(name.replace("_", " "))
        (excluded if action == "exclude" else masked if action == "nodata" else other).append(label)
    return excluded, masked, other


def describe_constraints(text: str) -> str:
    """'hazard_alta (exclude), proteccion (exclude), water (nodata)' in words."""
    excluded, masked, other = constraint_labels(text)
    parts = []
    if excluded:
        parts.append(tr("{items} score 0 (excluded)").format(items=", ".join(excluded)))
    if masked:
        parts.append(tr("{items} are left out (no data)").format(items=", ".join(masked)))
    parts += other
    return "; ".join(parts) or DASH


# The criteria and constraints of the housing preset (site_suitability's default definition).
PRESET_CRITERIA = ("health", "education", "roads", "urban", "slope", "hazard", "land_use")
PRESET_CONSTRAINTS = ("hazard_alta", "proteccion", "water")


def missing_criteria(metadata: Dict[str, str]) -> List[str]:
    """The criteria and constraints of the housing preset that the suitability did not apply (their names for
    readers), from the raster metadata (``suitability_criteria``, ``suitability_constraints``)."""
    criteria = [c.strip() for c in str(metadata.get("suitability_criteria", "")).split(",") if c.strip()]
    if not criteria:
        criteria = list(parse_weights(metadata.get("suitability_weights", "")))
    constraints = [
        re.sub(r"\s*\(\w+\)$", "", c.strip())
        for c in str(metadata.get("suitability_constraints", "")).split(",")
        if c.strip()
    ]
    missing = [criterion_label(c) for c in PRESET_CRITERIA if criteria and c not in criteria]
    names = {"hazard_alta": tr("hazard level alta"), "proteccion": tr("protection land"), "water": tr("water bodies")}
    missing += [
        tr("the exclusion of {what}").format(what=names[c])
        for c in PRESET_CONSTRAINTS
        if "suitability_constraints" in metadata and c not in constraints
    ]
    return missing


def applied_criteria_text(metadata: Optional[Dict[str, str]]) -> str:
    """The section's opening: what the suitability was computed from, as the raster's metadata says (the criteria
    actually applied, and those left out for lack of their layer)."""
    names = criterion_names()
    used = [n.strip() for n in (metadata or {}).get("suitability_criteria", "").split(",") if n.strip()]
    if not used:
        return tr(
            "Where new housing fits best: suitability from 0 (unsuitable or excluded) to 1 (best), and the "
            "candidate parcels ranked by their mean suitability."
        )
    text = tr(
        "Where new housing fits best: suitability from 0 (unsuitable or excluded) to 1 (best), from {criteria}, "
        "and the candidate parcels ranked by their mean suitability."
    ).format(criteria=", ".join(names.get(n, capitalised(n)).lower() for n in used))
    left = [n.strip() for n in (metadata or {}).get("suitability_left_out", "").split(",") if n.strip()]
    if left:
        text += " " + tr("Left out for lack of their layer: {criteria}.").format(
            criteria=", ".join(names.get(n, capitalised(n)).lower() for n in left)
        )
    constraints = [n.strip() for n in (metadata or {}).get("suitability_constraints_left_out", "").split(",") if n]
    if constraints:
        text += " " + tr("Constraints not applied, for lack of their layer: {constraints}.").format(
            constraints=", ".join(constraint_labels(", ".join(f"{c} (exclude)" for c in constraints))[0])
        )
    return text


class SuitabilitySection(ReportSection):
    """Site suitability: map, best parcels, area per class, sensitivity; criteria and weights on the method page."""

    key = "suitability"
    table_checks = {
        "ranked_parcels": TableCheck("RANKED_PARCELS", ("rank", "suit_mean"), PARCEL_NUMERIC, ()),
        "sensitivity": TableCheck("SENSITIVITY", ("run", "criterion", "spearman", "top_kept"), SENSITIVITY_NUMERIC, ()),
    }

    def check(self, attribute: str, frame: pd.DataFrame, what: str) -> None:
        """Warn when parcels share an identifier."""
        if attribute == "ranked_parcels":
            id_field = parcel_id_field(frame)
            if id_field:
                warn_duplicates(frame[id_field].tolist(), what, id_field)

    def build(self, inputs: ReportInputs, numbers: Numbers) -> SectionContent:
        """The section when there is a suitability raster, ranked parcels or a sensitivity table."""
        content = SectionContent()
        metadata = inputs.suitability_metadata
        if metadata is None and inputs.ranked_parcels is None and inputs.sensitivity is None:
            return content
        blocks: List[Block] = [Paragraph(applied_criteria_text(metadata))]
        if "suitability" in inputs.maps:
            caption = tr(
                "Suitability for new housing by class (as in the table of areas per class); land excluded by a "
                "constraint in its own colour."
            )
            if inputs.ranked_parcels is not None:
                caption += " " + tr(
                    "Outlined: the best candidate parcels; the detail map, framed in purple on the main map, "
                    "numbers them by their rank in the table."
                )
            blocks.append(MapSlot("suitability", caption))
        tables = []
        if inputs.ranked_parcels is not None:
            tables.append(top_parcels_table(inputs.ranked_parcels, numbers, inputs.top_n))
        if metadata:
            tables.append(class_area_table(metadata, numbers))
        if inputs.sensitivity is not None:
            tables.append(sensitivity_table(inputs.sensitivity, numbers))
        tables = [t for t in tables if t]
        if tables and "suitability" in inputs.maps:
            blocks.append(PageBreak())
        blocks += tables
        if len(blocks) > 1:
            content.section = Section("suitability", tr("Site suitability"), blocks)
        content.figures, content.findings = suitability_figures(
            inputs.ranked_parcels, inputs.sensitivity, numbers, inputs.top_n
        )
        return content

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """How the suitability is combined (criteria, constraints, CR, cells) and how the sensitivity is run."""
        notes = []
        metadata = inputs.suitability_metadata
        if metadata:
            parts = [
                tr(
                    "Each criterion is standardised to 0-1 and combined by {aggregation}; constraints are applied "
                    "after the combination ({constraints})."
                ).format(
                    aggregation=tr("weighted linear combination")
                    if metadata.get("suitability_aggregation", "wlc") == "wlc"
                    else tr("ordered weighted average"),
                    constraints=describe_constraints(metadata.get("suitability_constraints", "")),
                )
            ]
            if is_float(metadata.get("ahp_cr", "")):
                cr = float(metadata["ahp_cr"])
                parts.append(
                    tr("AHP consistency ratio CR = {cr} ({verdict}).").format(
                        cr=numbers.number(cr, 3),
                        verdict=tr("consistent, below 0.10") if cr < 0.1 else tr("not consistent: 0.10 or more"),
                    )
                )
            if is_float(metadata.get("cell_size_m", "")):
                parts.append(tr("Cells of {size} m.").format(size=numbers.number(float(metadata["cell_size_m"]), 0)))
            notes.append(MethodNote(tr("Site suitability"), " ".join(parts)))
        if inputs.sensitivity is not None:
            notes.append(
                MethodNote(
                    tr("Weight sensitivity"),
                    tr(
                        "One weight at a time is changed by a share of its value and the others rescaled to sum 1; "
                        "the parcels are ranked again and compared with the base ranking (Spearman's rank "
                        "correlation, parcels kept in the top)."
                    ),
                )
            )
        return notes

    def data_topics(self, inputs: ReportInputs) -> List[str]:
        """The layers behind the criteria and constraints applied, and the parcels."""
        topics = []
        metadata = inputs.suitability_metadata
        if metadata:
            by_criterion = {
                "health": "facilities",
                "education": "facilities",
                "roads": "roads",
                "urban": "population",
                "slope": "elevation",
                "hazard": "hazards",
                "land_use": "land_use",
                "hazard_alta": "hazards",
                "proteccion": "land_use",
                "water": "water",
            }
            text = ",".join((metadata.get("suitability_criteria", ""), metadata.get("suitability_constraints", "")))
            names = [re.sub(r"\s*\(\w+\)$", "", n.strip()) for n in text.split(",") if n.strip()]
            topics += [by_criterion[n] for n in names if n in by_criterion]
        if inputs.ranked_parcels is not None:
            topics.append("parcels")
        return topics

    def limits(self, inputs: ReportInputs, numbers: Numbers) -> List[str]:
        """What the suitability did not consider."""
        metadata = inputs.suitability_metadata
        if metadata is None and inputs.ranked_parcels is None:
            return []
        items = []
        missing = missing_criteria(metadata or {})
        if missing:
            items.append(
                tr(
                    "The suitability could not consider {criteria}: the data were not given, so land that these "
                    "would rule out or lower may rank high."
                ).format(criteria=join_names(missing))
            )
        items.append(
            tr(
                "Suitability compares places by the criteria and weights on the method page only: it does not "
                "weigh land prices, who owns the land (tenure is listed, not scored), utility networks or "
                "geotechnical studies. It ranks where to look first; it does not replace those studies."
            )
        )
        return items

    def method_tables(self, inputs: ReportInputs, numbers: Numbers) -> List[Table]:
        """The criteria and their weights."""
        weights = weights_table(inputs.suitability_metadata, numbers) if inputs.suitability_metadata else None
        return [weights] if weights else []
