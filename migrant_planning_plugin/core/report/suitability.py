"""Report section 'Site suitability': the suitability map with the best parcels, the parcel ranking
(rank_candidate_sites), the area per class (site_suitability's raster metadata) and the weight sensitivity
(weight_sensitivity); on the method page, the criteria and their weights."""

from __future__ import annotations

import json
import re
from typing import Dict, List, Optional, Tuple

import pandas as pd

from ..fields import detect_field, warn_duplicates
from ..i18n import tr
from ..text import fold
from .common import capitalised, is_float, make_table, numeric, parse_pairs, parse_weights, ratio, require
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
    """The ranked parcels checked, numeric and sorted by rank."""
    require(parcels, ("rank", "suit_mean"), tr("Ranked candidate sites"))
    frame = numeric(parcels, PARCEL_NUMERIC)
    return frame.sort_values("rank", kind="mergesort", na_position="last")


def parcel_id_field(parcels: pd.DataFrame) -> Optional[str]:
    """The parcels' identifier column, by its name (codigo_predio, id...)."""
    candidates = [c for c in parcels.columns if str(c).lower() not in ("fid", "src_fid", "geometry")]
    return detect_field(candidates, "id")


def top_parcels_table(parcels: pd.DataFrame, numbers: Numbers, top_n: int = 10) -> Optional[Table]:
    """The ``top_n`` best parcels: rank, id, land class, area and suitability statistics."""
    frame = _parcel_frame(parcels)
    frame = frame[frame["rank"].notna()].head(top_n)
    if frame.empty:
        return None
    id_field = parcel_id_field(frame)
    land_field = detect_field([c for c in frame.columns if c != id_field], "land_use")
    columns = [Column("rank", tr("Rank"), "center", 0.7), Column("parcel", tr("Parcel"), "left", 1.4)]
    if land_field:
        columns.append(Column("land_class", tr("Land class"), "left", 1.6))
    columns += [
        Column("area_ha", tr("Area (ha)")),
        Column("suit_mean", tr("Mean\nsuitability")),
        Column("suit_range", tr("Minimum and\nmaximum"), "center", 1.3),
        Column("share_top2", tr("In the two\nbest classes")),
        Column("share_excl", tr("Excluded or\nunsuitable")),
    ]
    values, cells = [], []
    for _index, row in frame.iterrows():
        parcel = row[id_field] if id_field else _index
        area_ha = row["area_m2"] / 10000.0 if "area_m2" in frame.columns else float("nan")
        value = [int(row["rank"]), parcel]
        cell = [numbers.integer(row["rank"]), str(parcel)]
        if land_field:
            value.append(row[land_field])
            cell.append(DASH if pd.isna(row[land_field]) else capitalised(row[land_field]))
        value += [
            area_ha,
            row["suit_mean"],
            (row.get("suit_min"), row.get("suit_max")),
            row.get("share_top2"),
            row.get("share_excl"),
        ]
        cell += [
            numbers.number(area_ha, 2),
            numbers.number(row["suit_mean"], 3),
            "{} \u2013 {}".format(numbers.number(row.get("suit_min"), 2), numbers.number(row.get("suit_max"), 2)),
            numbers.percent(row.get("share_top2")),
            numbers.percent(row.get("share_excl")),
        ]
        values.append(value)
        cells.append(cell)
    note = tr(
        "Ranked by mean suitability of the cells whose centre lies in the parcel (0 = unsuitable or excluded, 1 = "
        "best). Shares are of the parcel's cells."
    )
    return make_table(
        "top_parcels",
        tr("The {n} best candidate parcels").format(n=len(values)),
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


def sensitivity_table(sensitivity: pd.DataFrame, numbers: Numbers) -> Optional[Table]:
    """Per criterion: its weight, the lowest Spearman correlation, the worst top retention, the area change."""
    require(sensitivity, ("run", "criterion", "spearman", "top_kept"), tr("Weight sensitivity"))
    frame = numeric(sensitivity, SENSITIVITY_NUMERIC)
    base = frame[frame["run"] == 0]
    runs = frame[frame["run"] > 0]
    if runs.empty:
        return None
    weights = parse_weights(base["weights"].iloc[0]) if "weights" in base.columns and len(base) else {}
    names = criterion_names()
    top_n = int(frame["top_n"].dropna().iloc[0]) if "top_n" in frame.columns and frame["top_n"].notna().any() else 0
    changes = sorted(runs["change_pct"].dropna().unique()) if "change_pct" in runs.columns else []
    columns = [
        Column("criterion", tr("Criterion"), "left", 2.4),
        Column("weight", tr("Weight"), "right", 0.8),
        Column("spearman", tr("Lowest rank\ncorrelation"), "right", 1.1),
        Column(
            "top_kept",
            tr("Top {n} kept\n(worst run)").format(n=top_n) if top_n else tr("Top kept\n(worst run)"),
            "right",
            1.2,
        ),
        Column("area_change", tr("Change of the\nbest-class area"), "center", 1.7),
    ]
    values, cells = [], []
    for criterion in pd.unique(runs["criterion"]):
        part = runs[runs["criterion"] == criterion]
        low = part["d_area_top2_pct"].min() if "d_area_top2_pct" in part.columns else float("nan")
        high = part["d_area_top2_pct"].max() if "d_area_top2_pct" in part.columns else float("nan")
        value = [
            criterion,
            weights.get(criterion, float("nan")),
            part["spearman"].min(),
            part["top_kept"].min(),
            (low, high),
        ]
        values.append(value)
        cells.append(
            [
                names.get(criterion, capitalised(criterion)),
                numbers.percent(value[1]),
                numbers.number(value[2], 3),
                f"{numbers.integer(value[3])} / {top_n}" if top_n else numbers.integer(value[3]),
                tr("{low} to {high}").format(low=numbers.signed_percent(low), high=numbers.signed_percent(high)),
            ]
        )
    change_text = ", ".join(numbers.signed_percent(c, 0) for c in changes)
    note = tr(
        "Each weight changed by {changes} of its value, one at a time, the others rescaled. A rank correlation "
        "near 1 and a stable top mean that the ranking does not hinge on the exact weights."
    ).format(changes=change_text or DASH)
    return make_table("sensitivity", tr("Sensitivity of the ranking to the weights"), columns, values, cells, note)


def suitability_figures(
    parcels: Optional[pd.DataFrame], sensitivity: Optional[pd.DataFrame], numbers: Numbers, top_n: int
) -> Tuple[List[KeyFigure], List[str]]:
    """Cover figures and findings: the best parcel, the area of the top parcels, the weakest correlation."""
    figures, findings = [], []
    if parcels is not None:
        frame = _parcel_frame(parcels)
        frame = frame[frame["rank"].notna() & frame["suit_mean"].notna()]
        if not frame.empty:
            best = frame.iloc[0]
            id_field = parcel_id_field(frame)
            parcel = best[id_field] if id_field else frame.index[0]
            figures.append(
                KeyFigure(
                    str(parcel),
                    tr("is the best candidate parcel: mean suitability {value} of 1").format(
                        value=numbers.number(best["suit_mean"], 2)
                    ),
                )
            )
            top = frame.head(top_n)
            if "area_m2" in top.columns:
                findings.append(
                    tr("The {n} best candidate parcels cover {ha} ha; the best is {parcel}.").format(
                        n=len(top), ha=numbers.number(top["area_m2"].sum() / 10000.0, 1), parcel=parcel
                    )
                )
    if sensitivity is not None:
        frame = numeric(sensitivity, SENSITIVITY_NUMERIC)
        runs = frame[frame["run"] > 0] if "run" in frame.columns else frame.iloc[0:0]
        if not runs.empty and runs["spearman"].notna().any():
            figures.append(
                KeyFigure(
                    numbers.number(runs["spearman"].min(), 3),
                    tr("lowest rank correlation with the base ranking when one weight changes (1 = same order)"),
                )
            )
            findings.append(
                tr(
                    "When any weight changes, the ranking of the parcels keeps a rank correlation of at least {rho} "
                    "with the base ranking, and at least {kept} of the top {n} stay in the top."
                ).format(
                    rho=numbers.number(runs["spearman"].min(), 3),
                    kept=numbers.integer(runs["top_kept"].min()),
                    n=numbers.integer(runs["top_n"].max()) if "top_n" in runs.columns else DASH,
                )
            )
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
            f"{key} {numbers.number(float(value), 2) if is_float(value) else value}"
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
        label = names.get(name, name)
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
            caption = tr("Suitability for new housing.")
            if inputs.ranked_parcels is not None:
                caption += " " + tr(
                    "Outlined: the {n} best candidate parcels; the detail map, framed in purple on the main map, "
                    "numbers them by rank."
                ).format(n=inputs.top_n)
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

    def method_tables(self, inputs: ReportInputs, numbers: Numbers) -> List[Table]:
        """The criteria and their weights."""
        weights = weights_table(inputs.suitability_metadata, numbers) if inputs.suitability_metadata else None
        return [weights] if weights else []
