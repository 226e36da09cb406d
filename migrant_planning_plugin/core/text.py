"""Text shared by the analysis: normalisation (accents and case ignored), ``key=value`` lists and numbers
written by people (one rule: ``1.500`` is 1500, ``1,5`` is 1.5, ``1,500`` is refused as ambiguous)."""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from typing import Dict, List, Optional, Tuple

import numpy as np

from .errors import InputError
from .i18n import tr

LOG = logging.getLogger("migrant_planning")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(value: object) -> str:
    """Lower-case, accent-free, whitespace-collapsed text of ``value`` ('Expansión  Urbana' -> 'expansion urbana')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def slug(value: object) -> str:
    """ASCII identifier made of ``value`` ('Movimiento en masa' -> 'movimiento_en_masa')."""
    return _NON_ALNUM.sub("_", fold(value)).strip("_")


def _entries(text: Optional[str], what: str) -> List[Tuple[str, str, str]]:
    """The ``key=value`` entries of ``text`` as (folded key, value, entry), in order; refuses an entry without '='."""
    entries: List[Tuple[str, str, str]] = []
    if text is None:
        return entries
    for raw in re.split(r"[;\n]", str(text)):
        entry = raw.strip()
        if not entry:
            continue
        if "=" not in entry:
            raise InputError(
                tr("{what}: the entry '{entry}' has no '='. Write entries as key=value separated by ';'.").format(
                    what=what, entry=entry
                )
            )
        key, value = entry.split("=", 1)
        if not key.strip():
            raise InputError(
                tr("{what}: the entry '{entry}' has an empty key. Write entries as key=value separated by ';'.").format(
                    what=what, entry=entry
                )
            )
        entries.append((fold(key), value.strip(), entry))
    return entries


def _refuse_twice(what: str, first: str, second: str) -> None:
    """Stop: one key given twice with different values."""
    raise InputError(
        tr(
            "{what}: the same key is given twice with different values ('{first}' and '{second}'; accents and case "
            "are ignored in keys). Give each key once."
        ).format(what=what, first=first, second=second)
    )


def parse_mapping(text: Optional[str], what: str) -> Dict[str, str]:
    """Parse ``'key=value;key2=value2'`` into a dict with folded keys and stripped values.

    ``what`` names the parameter in the error message when an entry has no ``=``, or when a key is given twice
    (after folding: ``salud`` and ``SALUD``) with different values.
    """
    result: Dict[str, str] = {}
    seen: Dict[str, str] = {}
    for key, value, entry in _entries(text, what):
        if key in result and fold(result[key]) != fold(value):
            _refuse_twice(what, seen[key], entry)
        result[key] = value
        seen.setdefault(key, entry)
    return result


def parse_number_mapping(text: Optional[str], what: str) -> Dict[str, float]:
    """Parse ``'key=1.500;other=2,5'`` into a dict of folded keys to numbers read by :func:`parse_number`.

    A key given twice with different numbers (``salud=1500;SALUD=10``) is refused.
    """
    result: Dict[str, float] = {}
    seen: Dict[str, str] = {}
    for key, value, entry in _entries(text, what):
        number = parse_number(value, what, key)
        if key in result and result[key] != number:
            _refuse_twice(what, seen[key], entry)
        result[key] = number
        seen.setdefault(key, entry)
    return result


# ---------------------------------------------------------------------------------------------- names, flags
_TRUE = {"1", "true", "t", "yes", "y", "si", "s", "verdadero", "v"}


def flags(values) -> np.ndarray:
    """Booleans from a column read back from a file: True/False, 1/0, or text ('true', 'false', 'sí', 'no')."""
    out = []
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            out.append(False)
        elif isinstance(value, str):
            out.append(fold(value) in _TRUE)
        else:
            try:
                out.append(bool(value))
            except (TypeError, ValueError):
                out.append(False)
    return np.asarray(out, dtype=bool)


def unique_names(names, layer: str, field: str, reserved=()) -> List[str]:
    """``names`` with repeats (and reserved names) made unique as 'Centro (2)', with a warning naming them.

    Two reporting areas with one name would be merged by every table that reads the summary; they are kept
    apart instead, and the warning says how to merge them on purpose (dissolve by the name first).
    """
    taken = {str(r) for r in reserved}
    seen = set()
    repeated: List[str] = []
    out: List[str] = []
    for name in (str(n) for n in names):
        if name not in seen and name not in taken:
            seen.add(name)
            out.append(name)
            continue
        repeated.append(name)
        number = 2
        while f"{name} ({number})" in seen or f"{name} ({number})" in taken or f"{name} ({number})" in names:
            number += 1
        new = f"{name} ({number})"
        seen.add(new)
        out.append(new)
    if repeated:
        LOG.warning(
            tr(
                "{layer}: {n} features share their value of '{field}' with another ({examples}); they are reported "
                "apart, as '{example} (2)'... If they are parts of one area, dissolve them by '{field}' first "
                "(Vector > Geoprocessing Tools > Dissolve)."
            ).format(
                layer=layer,
                n=len(repeated),
                field=field,
                examples=", ".join(dict.fromkeys(repeated[:5])),
                example=repeated[0],
            )
        )
    return out


# ---------------------------------------------------------------------------------------------- numbers
# Thousands may be grouped by spaces (also the no-break and thin spaces of Colombian documents).
_GROUP_SPACES = " \u00a0\u202f\u2009"
_DIGITS = re.compile(r"\d+")
_FIRST_GROUP = re.compile(r"[1-9]\d{0,2}")
_EXPONENT = re.compile(r"(?:\d+(?:[.,]\d*)?|[.,]\d+)[eE][+-]?\d+")


def _grouped(text: str, mark: str) -> bool:
    """Whether ``text`` is digits grouped by threes with ``mark`` ('1.500.000'; the first group 1-3 digits)."""
    parts = text.split(mark)
    return (
        len(parts) > 1
        and bool(_FIRST_GROUP.fullmatch(parts[0]))
        and all(len(p) == 3 and p.isdigit() for p in parts[1:])
    )


def _subject(text: str, key: str) -> str:
    """'the value '1,500' of 'salud'' (or without a key), for messages."""
    text = text if len(text) <= 40 else text[:30] + "…"
    if key:
        return tr("the value '{text}' of '{key}'").format(text=text, key=key)
    return tr("the value '{text}'").format(text=text)


def _show(number: float) -> str:
    """A number as the messages show it: no exponent below 10^15, no trailing '.0'."""
    return f"{number:.15g}" if abs(number) >= 1e15 else f"{number:.10f}".rstrip("0").rstrip(".")


def _read(body: str) -> Tuple[Optional[float], str]:
    """The unsigned number written in ``body`` and how it was read ('' plain, 'grouped', 'ambiguous', 'bad')."""
    if _DIGITS.fullmatch(body):
        try:
            return float(int(body)), ""
        except OverflowError:  # more than 308 digits
            return math.inf, ""
    if any(space in body for space in _GROUP_SPACES):
        # thousands grouped by spaces; what follows the last group may be decimals after a point or a comma
        match = re.fullmatch(r"([0-9 \u00a0\u202f\u2009]+?)(?:[.,](\d+))?", body)
        if match is None:
            return None, "bad"
        whole = re.sub("[" + _GROUP_SPACES + "]", " ", match.group(1))
        if not _grouped(whole, " "):
            return None, "bad"
        decimals = match.group(2) or "0"
        return float(whole.replace(" ", "") + "." + decimals), "grouped"
    if _EXPONENT.fullmatch(body):  # scientific notation never groups thousands: its mark is the decimal one
        return float(body.replace(",", ".")), ""
    points, commas = body.count("."), body.count(",")
    if points == 0 and commas == 0:
        return None, "bad"
    if points and commas:
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if decimal == "." else "."
        whole, decimals = body.rsplit(decimal, 1)
        if body.count(decimal) != 1 or not decimals.isdigit() or not _grouped(whole, group):
            return None, "bad"
        return float(whole.replace(group, "") + "." + decimals), "grouped"
    mark = "." if points else ","
    if points + commas > 1:
        return (float(body.replace(mark, "")), "grouped") if _grouped(body, mark) else (None, "bad")
    whole, decimals = body.split(mark)
    if (whole and not whole.isdigit()) or (decimals and not decimals.isdigit()) or not (whole or decimals):
        return None, "bad"
    if _FIRST_GROUP.fullmatch(whole) and len(decimals) == 3:
        # '1.500' groups thousands (Colombian usage); '1,500' is 1,5 in Colombia and 1500 in English: ambiguous
        return (float(whole + decimals), "grouped") if mark == "." else (None, "ambiguous")
    return float((whole or "0") + "." + (decimals or "0")), ""


def parse_number(value: object, what: str, key: str = "") -> float:
    """A number written by a person, the one rule for every text parameter that carries numbers.

    ``1500``, ``1.500`` and ``1 500`` are 1500 (a point or a space groups thousands, as in Colombia);
    ``1,5`` is 1.5 and ``1.500,5`` is 1500.5 (the comma marks decimals); ``1.5`` is 1.5 (a point followed by
    other than three digits is a decimal point), and so is ``0.500``; ``1,500.5`` is 1500.5 (the last mark is the
    decimal one); ``2,5e3`` is 2500. ``1,500`` is refused as ambiguous (1.5 or 1500), and so is anything that is not
    a finite number; the message shows the readings and names ``what`` (the parameter) and ``key``. Numbers
    given as numbers (JSON) are taken as they are. A reading that grouped thousands is logged.
    """
    if isinstance(value, bool):
        raise InputError(
            tr("{what}: {subject} is not a number.").format(what=what, subject=_subject(str(value).lower(), key))
        )
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (OverflowError, TypeError, ValueError):
            number = math.inf
        if not math.isfinite(number):
            raise InputError(
                tr("{what}: {subject} is not a finite number that can be computed with.").format(
                    what=what, subject=_subject(str(value)[:40], key)
                )
            )
        return number
    text = str(value).strip()
    body = text.replace("\u2212", "-")
    sign = -1.0 if body.startswith("-") else 1.0
    body = body[1:].strip() if body[:1] in "+-" else body
    number, reading = _read(body) if body else (None, "bad")
    subject = _subject(text, key)
    if reading == "ambiguous":
        whole, decimals = body.split(",")
        decimal, thousands = sign * float(whole + "." + decimals), sign * float(whole + decimals)
        raise InputError(
            tr(
                "{what}: {subject} is ambiguous: {decimal} with a decimal comma, or {thousands} with a comma "
                "grouping thousands. Write {decimal_text} or {thousands}."
            ).format(
                what=what,
                subject=subject,
                decimal=_show(decimal),
                thousands=_show(thousands),
                decimal_text=_show(decimal).replace(".", ","),
            )
        )
    if number is None:
        raise InputError(
            tr(
                "{what}: {subject} is not a number. Write it like 1500, 1.500 or 1 500 (thousands), 1,5 or 1.500,5 "
                "(decimal comma)."
            ).format(what=what, subject=subject)
        )
    if not math.isfinite(number):
        raise InputError(
            tr("{what}: {subject} is not a finite number that can be computed with.").format(what=what, subject=subject)
        )
    number *= sign
    if reading == "grouped":
        LOG.info(
            tr("{what}: {subject} is read as {number} (a point or a space groups thousands).").format(
                what=what, subject=subject, number=_show(number)
            )
        )
    return number


def parse_number_list(text: Optional[str], what: str) -> List[float]:
    """Numbers separated by ';' (then each may have a decimal comma: '0,5;0,3'), else by ',', else by spaces.

    Each item is read by :func:`parse_number`; ``what`` names the parameter in messages.
    """
    raw = str(text or "").strip()
    if not raw:
        return []
    if ";" in raw or "\n" in raw:
        items = re.split(r"[;\n]", raw)
    elif "," in raw:
        items = raw.split(",")
    else:
        items = raw.split()
    return [parse_number(item, what) for item in (i.strip() for i in items) if item]
