"""Hazard levels as used in Colombian risk studies (Decreto 1077/2015): alta, media, baja.

Levels are handled as ranks: 3 alta, 2 media, 1 baja, 0 not a hazard. The vocabulary of real POT, InaSAFE
and English layers is one table, :data:`VOCABULARY` (documented in the user guide, "Your own data"): values
are compared without case, accents or separators ('ALTA_NO_MITIGABLE' is 'alta no mitigable'), and the forms
'amenaza alta' and 'alta amenaza' are known too. Whole-number grades are read by the range of the values:
1-3 (3 alta, 2 media, 1 baja) or, when a 4 or 5 is present, 1-5 (5 and 4 alta, 3 media, 2 and 1 baja). A user
map (``LEVEL_MAP``, ``'Muy Alta=alta;Zona X=none'``) extends and overrides all of it.

A value that is none of these is *unknown*: the algorithms refuse to run (see :func:`.hazards.classify_zones`),
because counting it as "not a hazard" would give a wrong number without an error.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np

from .errors import InputError
from .i18n import tr
from .text import fold, parse_mapping, parse_number_mapping

LEVELS: Tuple[str, ...] = ("alta", "media", "baja")
NONE = "none"
RANK: Dict[str, int] = {"alta": 3, "media": 2, "baja": 1}
NAME_OF_RANK: Dict[int, str] = {3: "alta", 2: "media", 1: "baja", 0: NONE}
UNKNOWN_RANK = -1

# The documented vocabulary: level -> the values that mean it (compared by level_key).
VOCABULARY: Dict[str, Tuple[str, ...]] = {
    "alta": (
        "alta",
        "alto",
        "muy alta",
        "muy alto",
        "alta no mitigable",
        "alto no mitigable",
        "alta mitigable",
        "alto mitigable",
        "high",
        "very high",
    ),
    "media": ("media", "medio", "moderada", "moderado", "intermedia", "intermedio", "medium", "moderate"),
    "baja": ("baja", "bajo", "muy baja", "muy bajo", "low", "very low"),
    NONE: ("sin amenaza", "no amenaza", "nula", "nulo", "ninguna", "ninguno", "none", "no hazard"),
}
# Words that take the forms "amenaza X" / "X amenaza" (Spanish) and "X hazard" (English).
_SPANISH_FORMS = ("amenaza {w}", "{w} amenaza")
_ENGLISH_FORMS = ("{w} hazard",)
_ENGLISH = {"high", "very high", "medium", "moderate", "low", "very low"}
_NO_FORMS = {"sin amenaza", "no amenaza", "none", "no hazard"}

# Whole-number grades: the scale is chosen by the largest grade present.
GRADE_SCALES: Dict[str, Dict[int, str]] = {
    "1-3": {3: "alta", 2: "media", 1: "baja"},
    "1-5": {5: "alta", 4: "alta", 3: "media", 2: "baja", 1: "baja"},
}
# Level names accepted as keys of level weights (LEVEL_WEIGHTS), besides the vocabulary.
_GRADE_KEYS: Dict[str, str] = {"3": "alta", "2": "media", "1": "baja"}

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def level_key(value: object) -> str:
    """How a level value is compared: folded, separators as single spaces ('Alta_No-Mitigable': 'alta no mitigable')."""
    return " ".join(_SEPARATORS.sub(" ", fold(value)).split())


def vocabulary_forms() -> Dict[str, str]:
    """Every known value (as :func:`level_key`) -> its level, the 'amenaza X' and 'X amenaza' forms included."""
    mapping: Dict[str, str] = {}
    for level, words in VOCABULARY.items():
        for word in words:
            mapping[level_key(word)] = level
            if word in _NO_FORMS:
                continue
            forms = _ENGLISH_FORMS if word in _ENGLISH else _SPANISH_FORMS
            for form in forms:
                mapping.setdefault(level_key(form.format(w=word)), level)
    return mapping


DEFAULT_LEVEL_MAP: Dict[str, str] = vocabulary_forms()

# Default exposure index weight per level (settable in the algorithms).
DEFAULT_LEVEL_WEIGHTS: Dict[str, float] = {"alta": 1.0, "media": 0.5, "baja": 0.2}


def parse_level_map(text: Optional[str]) -> Dict[str, str]:
    """The default vocabulary extended (and overridden) by the user's ``'value=level;...'`` text.

    A target may be any known value ('Muy Alta=high' is alta) or none/ninguna/no (not a hazard); anything
    else stops with a message naming LEVEL_MAP.
    """
    mapping = dict(DEFAULT_LEVEL_MAP)
    for key, value in parse_mapping(text, "LEVEL_MAP").items():
        target = level_key(value)
        level = DEFAULT_LEVEL_MAP.get(target) or _GRADE_KEYS.get(target) or (NONE if target == "no" else None)
        if level is None:
            raise InputError(
                tr("LEVEL_MAP: '{value}' is not a hazard level. Map each value to alta, media, baja or none.").format(
                    value=value
                )
            )
        mapping[level_key(key)] = level
    return mapping


def _number(value: object) -> Optional[float]:
    """The number a level value holds (3, 3.0, '3', ' 3 '), else None (booleans are not numbers)."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    text = str(value).strip().replace(",", ".")
    if not text or not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
        return None
    return float(text)


def is_null(value: object) -> bool:
    """Whether a level value is empty: None, NaN, NULL or blank text."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():  # a NULL QVariant
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return isinstance(value, str) and not value.strip()


@dataclass
class LevelReading:
    """What the level values of a layer mean: a rank each (3..1, 0 none or empty, -1 unknown) and how it was read."""

    ranks: np.ndarray
    null: np.ndarray
    unknown: np.ndarray
    scale: Optional[str] = None  # "1-3" or "1-5" when whole-number grades were read by their range

    def scale_note(self) -> str:
        """The sentence that says how numeric grades were read ('' when there were none)."""
        if self.scale == "1-3":
            return tr("whole-number grades 1-3 read as 3 = alta, 2 = media, 1 = baja")
        if self.scale == "1-5":
            return tr("whole-number grades 1-5 read as 5 and 4 = alta, 3 = media, 2 and 1 = baja")
        return ""


def _with_vocabulary(level_map: Optional[Dict[str, str]]) -> Dict[str, str]:
    """The vocabulary extended and overridden by ``level_map`` (its keys compared as :func:`level_key`)."""
    if not level_map:
        return DEFAULT_LEVEL_MAP
    if level_map is DEFAULT_LEVEL_MAP:
        return level_map
    return {**DEFAULT_LEVEL_MAP, **{level_key(k): v for k, v in level_map.items()}}


def grade_scale(values: Iterable[object], mapping: Optional[Dict[str, str]] = None) -> Optional[str]:
    """The grade scale of the whole numbers among ``values`` that the map does not name: '1-5' when any is 4
    or 5, '1-3' when all lie in 1..3, None when there are none (or any lies outside 1..5)."""
    mapping = mapping if mapping is not None else DEFAULT_LEVEL_MAP
    grades = []
    for value in values:
        if is_null(value):
            continue
        number = _number(value)
        if number is None or not float(number).is_integer() or level_key(_grade_text(number)) in mapping:
            continue
        grades.append(int(number))
    if not grades:
        return None
    if min(grades) < 1 or max(grades) > 5:
        return None
    return "1-5" if max(grades) >= 4 else "1-3"


def _grade_text(number: float) -> str:
    """'3' for 3.0, '2.5' for 2.5: the key a number is looked up by in the level map."""
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def read_levels(values: Iterable[object], level_map: Optional[Dict[str, str]] = None) -> LevelReading:
    """The rank of each raw level value, which values are empty and which are unknown.

    Values are looked up in ``level_map`` (value -> alta/media/baja/none, extending the vocabulary, as
    :func:`parse_level_map` gives it); whole numbers the map does not name are grades read by the range of the values
    (:func:`grade_scale`).
    """
    values = list(values)
    mapping = _with_vocabulary(level_map)
    scale = grade_scale(values, mapping)
    grades = GRADE_SCALES.get(scale or "", {})
    cache: Dict[object, int] = {}
    ranks = np.zeros(len(values), dtype=np.int8)
    null = np.zeros(len(values), dtype=bool)
    graded = False
    for i, value in enumerate(values):
        if is_null(value):
            null[i] = True
            continue
        key = value if isinstance(value, (str, int, float, np.integer, np.floating)) else str(value)
        rank = cache.get(key)
        if rank is None:
            number = _number(value)
            level = mapping.get(level_key(_grade_text(number)) if number is not None else level_key(value))
            if level is None and number is not None and float(number).is_integer() and int(number) in grades:
                level = grades[int(number)]
                graded = True
            rank = RANK.get(level, 0) if level is not None else UNKNOWN_RANK
            cache[key] = rank
        ranks[i] = rank
    unknown = ranks == UNKNOWN_RANK
    return LevelReading(ranks=ranks, null=null, unknown=unknown, scale=scale if graded else None)


def level_ranks(values: Iterable[object], level_map: Optional[Dict[str, str]] = None) -> np.ndarray:
    """Rank (3 alta, 2 media, 1 baja, 0 empty, none or unknown) of each raw level value."""
    reading = read_levels(values, level_map)
    return np.where(reading.unknown, 0, reading.ranks).astype(np.int8)


def level_of(value: object, level_map: Optional[Dict[str, str]] = None) -> Optional[str]:
    """The level ('alta', 'media', 'baja' or 'none') of one value read alone, or None when it is unknown."""
    reading = read_levels([value], level_map)
    if reading.unknown[0]:
        return None
    return NAME_OF_RANK[int(reading.ranks[0])]


def text_levels_share(values: Iterable[object]) -> float:
    """Share of the distinct non-empty text values that are level words of the vocabulary (0 when none is text).

    Numbers do not count: a field of small whole numbers may be anything; words such as alta/media/baja say
    what the field holds.
    """
    distinct = {level_key(v) for v in values if not is_null(v) and _number(v) is None}
    if not distinct:
        return 0.0
    return sum(1 for key in distinct if key in DEFAULT_LEVEL_MAP) / len(distinct)


def vocabulary_table() -> List[Tuple[str, str]]:
    """(value, level) rows of the vocabulary, in the documented order (without the generated forms)."""
    return [(word, level) for level, words in VOCABULARY.items() for word in words]


def parse_level_weights(text: Optional[str], what: str = "LEVEL_WEIGHTS") -> Dict[str, float]:
    """Index weight per level: the defaults (alta 1.0, media 0.5, baja 0.2) overridden by ``'alta=1;media=0.4'``.

    Keys are read with the vocabulary (so ``high=1`` and ``3=1`` work); a key that is not a
    level, or a negative weight, stops with a message naming ``what``.
    """
    weights = dict(DEFAULT_LEVEL_WEIGHTS)
    for key, value in parse_number_mapping(text, what).items():
        level = DEFAULT_LEVEL_MAP.get(level_key(key), _GRADE_KEYS.get(level_key(key)))
        if level not in RANK:
            raise InputError(
                tr("{what}: '{key}' is not a hazard level. Give weights as alta=1;media=0.5;baja=0.2.").format(
                    what=what, key=key
                )
            )
        if not np.isfinite(value) or value < 0:
            raise InputError(
                tr("{what}: the weight of '{key}' must be a number of zero or more, not {value}.").format(
                    what=what, key=key, value=value
                )
            )
        weights[level] = value
    return weights
