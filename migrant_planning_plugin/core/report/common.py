"""Helpers the report's sections share: reading the analysis tables, sums and shares, labels, making a Table."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..text import flags, fold
from .model import ALL, Column, Numbers, Table


def numeric(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """A copy with ``columns`` (those present) as floats; text such as CSV cells is converted."""
    out = pd.DataFrame(frame).copy()
    for column in columns:
        if column in out.columns:
            out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    return out


def require(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """Stop with a clear message when a table lacks the columns of the algorithm output it should be."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            tr("{what}: the table has no column {columns}. Give the output of the algorithm named here.").format(
                what=what, columns=", ".join(missing)
            )
        )


def sum_known(values: pd.Series) -> float:
    """Sum of the known values; NaN when none is known."""
    values = pd.to_numeric(values, errors="coerce")
    return float(values.sum()) if values.notna().any() else float("nan")


def true_cells(values: pd.Series) -> pd.Series:
    """Which cells say true (True, 1, 'true', 'yes', 't', 'sí'), whatever their type in the file."""
    return pd.Series(flags(values), index=values.index)


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when the denominator is not positive."""
    if Numbers.missing(numerator) or Numbers.missing(denominator) or denominator <= 0:
        return float("nan")
    return numerator / denominator


def capitalised(text: str) -> str:
    """'inundación' -> 'Inundación' (the rest untouched)."""
    text = str(text)
    return text[:1].upper() + text[1:]


def area_label(name: str) -> str:
    """The label of a summary's area (ALL is the whole municipality)."""
    return tr("Whole municipality") if name == ALL else str(name)


def parse_pairs(text: str) -> List[Tuple[str, str]]:
    """'a=1;b=2' -> [('a', '1'), ('b', '2')] (entries without '=' are skipped; no error: display only)."""
    pairs = []
    for entry in re.split(r"[;\n]", str(text or "")):
        if "=" in entry:
            key, value = entry.split("=", 1)
            if key.strip():
                pairs.append((key.strip(), value.strip()))
    return pairs


def make_table(
    key: str,
    title: str,
    columns: List[Column],
    values: List[List[object]],
    cells: List[List[str]],
    note: str = "",
    total_rows: int = 0,
    styles: Optional[List[List[str]]] = None,
) -> Table:
    """A Table from parallel value and cell rows."""
    frame = pd.DataFrame(values, columns=[c.key for c in columns])
    return Table(key, title, columns, cells, frame, note, total_rows, styles)


def is_float(text: str) -> bool:
    """Whether ``text`` is a number."""
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def parse_weights(text: str) -> Dict[str, float]:
    """'health=0.2000;...' -> {'health': 0.2, ...}."""
    out = {}
    for key, value in parse_pairs(text):
        if is_float(value):
            out[key] = float(value)
    return out


# Accented names of the keys that analyses write without accents (POT land classes, facility types, levels).
_ACCENTED = {
    "educacion": "educación",
    "proteccion": "protección",
    "expansion urbana": "expansión urbana",
    "expansion": "expansión",
    "conservacion": "conservación",
    "recreacion": "recreación",
    "inundacion": "inundación",
    "avenida torrencial": "avenida torrencial",
    "movimiento en masa": "movimiento en masa",
    "suburbano": "suburbano",
    "urbano": "urbano",
    "rural": "rural",
    "salud": "salud",
    "primera infancia": "primera infancia",
}


def display_name(key: object, known: Sequence[str] = ()) -> str:
    """How a key of the data is written for readers: as written in ``known`` (the data's own names, e.g. the
    facility types of a summary) when one folds to the same text, else its accented form ('proteccion' ->
    'protección'), else as written."""
    text = str(key).strip()
    folded = fold(text)
    for name in known:
        if fold(str(name)) == folded:
            return str(name)
    return _ACCENTED.get(folded, text)


def join_names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the report's language."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return tr("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def unit_name(unit: Optional[str]) -> str:
    """The symbol of an access cost unit ('m', 'min'), or the words for a unit not stated."""
    return unit if unit in ("m", "min") else tr("unit not stated")


def same_shown(values: Sequence[object], target: object, numbers: Numbers, digits: int) -> List[int]:
    """Positions of ``values`` written the same as ``target`` with ``digits`` decimals: ties as the reader sees
    them."""
    shown = numbers.number(target, digits)
    return [
        i for i, value in enumerate(values) if not Numbers.missing(value) and numbers.number(value, digits) == shown
    ]
