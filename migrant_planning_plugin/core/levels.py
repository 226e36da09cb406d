"""Hazard levels as used in Colombian risk studies (Decreto 1077/2015): alta, media, baja.

Levels are handled as ranks: 3 alta, 2 media, 1 baja, 0 not a hazard. The default map
accepts alta/media/baja, high/medium/low and 3/2/1 (accents and case ignored); a user map
(``'Alta=alta;3=alta'``) extends and overrides it.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple

import numpy as np

from .errors import InputError
from .i18n import tr
from .text import fold, parse_mapping, parse_number_mapping

LEVELS: Tuple[str, ...] = ("alta", "media", "baja")
RANK: Dict[str, int] = {"alta": 3, "media": 2, "baja": 1}
NAME_OF_RANK: Dict[int, str] = {3: "alta", 2: "media", 1: "baja", 0: "none"}

DEFAULT_LEVEL_MAP: Dict[str, str] = {
    "alta": "alta",
    "media": "media",
    "baja": "baja",
    "alto": "alta",
    "medio": "media",
    "bajo": "baja",
    "high": "alta",
    "medium": "media",
    "moderate": "media",
    "low": "baja",
    "3": "alta",
    "2": "media",
    "1": "baja",
}

# Default exposure index weight per level (settable in the algorithms).
DEFAULT_LEVEL_WEIGHTS: Dict[str, float] = {"alta": 1.0, "media": 0.5, "baja": 0.2}


def parse_level_map(text: Optional[str]) -> Dict[str, str]:
    """The default level map extended by the user's ``'value=level;...'`` text."""
    mapping = dict(DEFAULT_LEVEL_MAP)
    for key, value in parse_mapping(text, "LEVEL_MAP").items():
        level = fold(value)
        level = DEFAULT_LEVEL_MAP.get(level, level)
        if level not in RANK and level not in ("none", "ninguna", "no"):
            raise InputError(
                tr("LEVEL_MAP: '{value}' is not a hazard level. Map each value to alta, media, baja or none.").format(
                    value=value
                )
            )
        mapping[key] = level if level in RANK else "none"
    return mapping


def level_ranks(values: Iterable[object], level_map: Optional[Dict[str, str]] = None) -> np.ndarray:
    """Rank (3 alta, 2 media, 1 baja, 0 not a hazard) of each raw level value."""
    mapping = level_map if level_map is not None else DEFAULT_LEVEL_MAP
    cache: Dict[object, int] = {}
    out = []
    for value in values:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            out.append(0)
            continue
        rank = cache.get(value)
        if rank is None:
            rank = RANK.get(mapping.get(fold(value), ""), 0)
            cache[value] = rank
        out.append(rank)
    return np.asarray(out, dtype=np.int8)


def parse_level_weights(text: Optional[str], what: str = "LEVEL_WEIGHTS") -> Dict[str, float]:
    """Index weight per level: the defaults (alta 1.0, media 0.5, baja 0.2) overridden by ``'alta=1;media=0.4'``.

    Keys are read with the default level map (so ``high=1`` and ``3=1`` work); a key that is not a
    level, or a negative weight, stops with a message naming ``what``.
    """
    weights = dict(DEFAULT_LEVEL_WEIGHTS)
    for key, value in parse_number_mapping(text, what).items():
        level = DEFAULT_LEVEL_MAP.get(key)
        if level is None:
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
