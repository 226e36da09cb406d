"""Text normalisation shared by field detection and value matching (accents and case ignored)."""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Optional

from .errors import InputError
from .i18n import tr

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


def parse_mapping(text: Optional[str], what: str) -> Dict[str, str]:
    """Parse ``'key=value;key2=value2'`` into a dict with folded keys and stripped values.

    ``what`` names the parameter in the error message when an entry has no ``=``.
    """
    result: Dict[str, str] = {}
    if text is None:
        return result
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
        result[fold(key)] = value.strip()
    return result


def parse_number_mapping(text: Optional[str], what: str) -> Dict[str, float]:
    """Parse ``'key=1.5;other=2'`` into a dict of folded keys to floats."""
    result: Dict[str, float] = {}
    for key, value in parse_mapping(text, what).items():
        try:
            result[key] = float(value.replace(",", "."))
        except ValueError:
            raise InputError(
                tr("{what}: the value '{value}' for '{key}' is not a number.").format(what=what, value=value, key=key)
            ) from None
    return result
