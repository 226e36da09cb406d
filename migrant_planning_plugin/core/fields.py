"""Detection of the fields that play a role (population, hazard level, ...) from their names and values.

Names are compared as words (accents, case and separators ignored; a letter-digit change is a word
boundary): a candidate matches a field whose name is the candidate (``POBLACION``), or starts with the
candidate's words (``poblacion_2018``, ``POB2018``) - never a prefix inside a word (``tipo`` does not
match ``tipozona``). Counts (population, capacity...) also match a name that ends with the candidate's words
(``total_poblacion``, ``numero_camas``), but never a rate (``densidad_poblacion``, ``pct_migrantes``).

When the values are at hand they decide too: a field whose values are hazard levels (alta/media/baja)
is never a type and is the level field when no better one exists; identifiers (``hazard_id``,
``COD_BARRIO``, ``objectid``) are never a type, a name or a count; numbers and flags are never a type or
a name. A field given explicitly always wins and is never used for another role. Every pick says why
(:class:`Pick`), so the algorithms log it and the dock shows it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .levels import grade_scale, is_null, text_levels_share
from .text import slug

LOG = logging.getLogger("migrant_planning")
# The largest count (people, households, places) a feature or a scenario may hold (docs/robustness.md): beyond it
# the value is a mistake (a wrong field, a unit error), and sums of such values overflow to infinity.
MAX_COUNT = 1e9

# Candidate names per role, most specific first. Compared as words (see the module docstring).
ROLE_NAMES: Dict[str, Tuple[str, ...]] = {
    "id": (
        "id",
        "codigo",
        "cod",
        "osm_id",
        "code",
        "id_asent",
        "id_asentamiento",
        "cod_asent",
        "codigo_asentamiento",
        "id_manzana",
        "cod_manzana",
        "manz_ccnct",
        "cod_barrio",
        "codigo_barrio",
        "id_barrio",
        "id_predio",
        "cod_predio",
        "codigo_predial",
        "numero_predial",
        "npn",
        "id_equip",
        "cod_equip",
        "codigo_habilitacion",
        "cod_dane",
        "codigo_dane",
        "area_id",
        "cod_comuna",
        "codigo_comuna",
        "id_comuna",
        "cod_upz",
        "secr_ccnct",
        "setr_ccnct",
        "mpio_cdpmp",
        "objectid",
        "gid",
    ),
    "name": (
        "nombre",
        "name",
        "nom",
        "nomb",
        "nombre_asentamiento",
        "asentamiento",
        "nom_asent",
        "nombre_barrio",
        "nom_barrio",
        "barrio",
        "nombre_establecimiento",
        "nombre_sede",
        "sede_nombre",
        "nombre_prestador",
        "nombre_equipamiento",
        "mpio_cnmbr",
        "label",
        "etiqueta",
    ),
    "population": (
        "poblacion",
        "population",
        "pob_total",
        "poblacion_total",
        "total_pob",
        "total_poblacion",
        "habitantes",
        "personas",
        "total_personas",
        "tp27_perso",
        "stp27_pers",
        "pob",
        "pobl",
        "pop",
        "pop_total",
        "total_pop",
        "inhabitants",
        "persons",
        "people",
    ),
    "migrants": (
        "migrantes",
        "migrants",
        "migrants_est",
        "migrantes_est",
        "poblacion_migrante",
        "pob_migrante",
        "migrantes_venezolanos",
        "venezolanos",
        "poblacion_venezolana",
        "pob_venezolana",
        "total_migrantes",
        "migrant",
        "migrant_population",
        "migrants_est",
    ),
    "households": ("hogares", "households", "num_hogares", "n_hogares", "total_hogares", "tp16_hog", "hogar", "hh"),
    "dwellings": (
        "viviendas",
        "dwellings",
        "num_viviendas",
        "n_viviendas",
        "total_viviendas",
        "tvivienda",
        "stvivienda",
        "vivienda",
        "housing_units",
        "units",
    ),
    "rooms": ("cuartos", "habitaciones", "rooms"),
    "informal": ("informal", "es_informal", "asentamiento_informal", "is_informal"),
    "hazard_type": (
        "tipo_amenaza",
        "tipo_fenomeno",
        "fenomeno",
        "hazard_type",
        "amenaza",
        "clase_amenaza",
        "tipo_evento",
        "evento",
        "hazard",
        "tipo",
        "type",
    ),
    "hazard_level": (
        "nivel_amenaza",
        "nivel",
        "categoria_amenaza",
        "cat_amenaza",
        "grado_amenaza",
        "hazard_level",
        "hazard_class",
        "level",
        "categoria",
        "grado",
        "calificacion",
        "clase_amenaza",
        "zonificacion",
        "amenaza",  # last: a field named so holds the level as often as the type; its values decide
    ),
    "facility_type": (
        "tipo_equipamiento",
        "tipo_equip",
        "tipo_servicio",
        "tipo",
        "sector",
        "servicio",
        "facility_type",
        "type",
        "category",
        "categoria",
        "clase",
        "amenity",
        "healthcare",
        "fclass",
    ),
    "capacity": (
        "capacidad",
        "capacity",
        "cupos",
        "camas",
        "numero_camas",
        "num_camas",
        "total_camas",
        "matricula",
        "total_matricula",
        "cap",
        "beds",
        "places",
        "plazas",
    ),
    "speed": ("velocidad_kmh", "velocidad", "vel_kmh", "speed_kmh", "speed", "maxspeed", "max_speed", "vel_max", "vel"),
    "oneway": ("un_sentido", "oneway", "one_way", "sentido", "unidireccional"),
    "foot": ("foot", "peatonal", "acceso_peatonal"),
    "motor": ("motor", "motor_vehicle", "vehicular"),
    "land_use": (
        "clase_suelo",
        "clas_suelo",
        "uso_suelo",
        "uso",
        "clasificacion_suelo",
        "clasificacion",
        "clase",
        "suelo",
        "land_use",
        "landuse",
        "zoning",
        "zona",
        "class",
        "categoria",
    ),
    "area_name": (
        "nombre",
        "name",
        "nom",
        "nomb",
        "nombre_comuna",
        "nom_comuna",
        "comuna",
        "nombre_barrio",
        "nom_barrio",
        "barrio",
        "nombre_upz",
        "upz",
        "localidad",
        "area_name",
        "mpio_cnmbr",
        "zona",
    ),
}

# Roles whose field holds text that names something, and counts that are summed.
TEXT_ROLES = frozenset({"name", "area_name", "hazard_type", "facility_type", "land_use"})
COUNT_ROLES = frozenset({"population", "migrants", "households", "dwellings", "rooms", "capacity"})
# Words that make a field an identifier (first or last word), and words that make a number a rate, not a count.
_ID_FIRST = frozenset({"id", "cod", "codigo", "code", "fid", "gid", "objectid", "oid", "ogc", "pk", "clave"})
_ID_LAST = frozenset({"id", "cod", "codigo", "code", "fid", "gid", "oid", "ccdgo", "ccnct", "cdpmp", "key"})
_RATE_WORDS = frozenset(
    {
        "pct",
        "porc",
        "porcentaje",
        "percent",
        "share",
        "dens",
        "densidad",
        "density",
        "tasa",
        "rate",
        "prop",
        "proporcion",
        "ratio",
        "indice",
        "index",
        "promedio",
        "mean",
        "avg",
    }
)
# A role's field is found after these roles' fields (a level field is never a type: find it first).
DETECTION_ORDER: Tuple[str, ...] = ("id", "hazard_level")

GIVEN, BY_NAME, BY_VALUES, BY_NAME_AND_VALUES, NOT_FOUND = "given", "name", "values", "name and values", "none"
EXACT, PREFIX, ENDS_WITH = 3, 2, 1
_WORDS = re.compile(r"[a-z]+|[0-9]+")

ValuesFn = Callable[[str], Iterable[object]]


def words(name: object) -> Tuple[str, ...]:
    """The words of a field name: folded, split at separators and letter-digit changes ('TP27_PERSO': tp 27 perso)."""
    return tuple(_WORDS.findall(slug(name)))


def match(column: object, candidate: str, role: str = "") -> int:
    """How a field name matches a candidate: 3 the same words, 2 starts with them, 1 ends with them (counts only), 0."""
    have, want = words(column), words(candidate)
    if not want or len(want) > len(have):
        return 0
    if have == want:
        return EXACT
    if have[: len(want)] == want:
        return PREFIX
    if role in COUNT_ROLES and have[-len(want) :] == want:
        return ENDS_WITH
    return 0


def is_identifier(column: object) -> bool:
    """Whether a field name is an identifier's (id_x, x_id, cod_x, objectid, DANE's x_ccdgo / x_ccnct)."""
    have = words(column)
    return bool(have) and (have[0] in _ID_FIRST or have[-1] in _ID_LAST or slug(column) in ROLE_NAMES["id"])


def _is_rate(column: object) -> bool:
    """Whether a field name says it holds a rate, share or density rather than a count."""
    return any(word in _RATE_WORDS for word in words(column))


def _best(column: object, role: str, candidates: Sequence[str]) -> Tuple[int, int]:
    """(match class, -candidate position) of the best candidate of ``role`` for ``column``; (0, 0) when none."""
    best = (0, 0)
    for position, candidate in enumerate(candidates):
        found = match(column, candidate, role)
        if found and (found, -position) > best:
            best = (found, -position)
    return best


def _numbers_only(values: Sequence[object]) -> bool:
    """Whether every non-empty value is a number or a flag (True/False, 0/1)."""
    present = [v for v in values if not is_null(v)]
    return bool(present) and all(
        isinstance(v, (bool, int, float, np.bool_, np.integer, np.floating))
        or (isinstance(v, str) and v.strip().lower() in ("0", "1", "true", "false", "t", "f"))
        for v in present
    )


@dataclass(frozen=True)
class Pick:
    """The field chosen for a role and why: given, detected by name, by its values, by both, or none found."""

    role: str
    field: Optional[str]
    how: str = NOT_FOUND

    def reason(self) -> str:
        """Why this field (translated): 'given', 'detected by name', ..."""
        return {
            GIVEN: tr("given"),
            BY_NAME: tr("detected by name"),
            BY_VALUES: tr("detected by its values"),
            BY_NAME_AND_VALUES: tr("detected by name and values"),
            NOT_FOUND: tr("no field found"),
        }[self.how]

    def describe(self, label: str = "") -> str:
        """'population: POBLACION (detected by name)' (or 'migrants: — (no field found)')."""
        return tr("{role}: {field} ({how})").format(
            role=label or role_label(self.role), field=self.field or "—", how=self.reason()
        )


def role_label(role: str) -> str:
    """Translated name of a field role for messages."""
    return {
        "id": tr("identifier"),
        "name": tr("name"),
        "population": tr("population"),
        "migrants": tr("migrants"),
        "households": tr("households"),
        "dwellings": tr("dwellings"),
        "rooms": tr("rooms"),
        "informal": tr("informal"),
        "hazard_type": tr("hazard type"),
        "hazard_level": tr("hazard level"),
        "facility_type": tr("facility type"),
        "capacity": tr("capacity"),
        "speed": tr("speed"),
        "oneway": tr("one-way"),
        "land_use": tr("land use class"),
        "area_name": tr("area name"),
    }.get(role, role)


def detect(
    columns: Iterable[str],
    role: str,
    candidates: Optional[Sequence[str]] = None,
    values: Optional[ValuesFn] = None,
    exclude: Iterable[str] = (),
    text: Optional[Iterable[str]] = None,
) -> Pick:
    """The column that plays ``role``, judged by its name (and by its values when ``values(column)`` gives
    them), never one of ``exclude``; a :class:`Pick` saying why, or that none was found. ``text`` (the columns
    that hold text, when known) spares reading the values of columns that cannot hold level words.

    A column is a candidate when its name matches one of the role's names (:func:`match`) better than it
    matches any other role's; the best match wins (the same words, then starts with, then ends with), and
    among equals the earlier candidate name, then the earlier column.
    """
    excluded = {str(c) for c in exclude if c}
    names = list(candidates if candidates is not None else ROLE_NAMES[role])
    others = {} if candidates is not None else {r: n for r, n in ROLE_NAMES.items() if r != role}
    cache: Dict[str, list] = {}

    def sample(column: str) -> list:
        if column not in cache:
            try:
                cache[column] = list(values(column)) if values is not None else []
            except Exception:  # values are a help: a provider that cannot give them leaves names alone
                cache[column] = []
        return cache[column]

    scored = []
    for order, column in enumerate(dict.fromkeys(str(c) for c in columns)):
        if column in excluded:
            continue
        if not _eligible(column, role):
            continue
        found, position = _best(column, role, names)
        if not found and role == "id" and candidates is None and is_identifier(column):
            found, position = ENDS_WITH, -len(names)  # any identifier (hazard_id, x_ccdgo), after the named ones
        if found and any(
            _best(column, other, other_names)[0] > found
            for other, other_names in others.items()
            if _eligible(column, other)
        ):
            continue  # the name says another role more clearly (pob_migrante is migrants, not population)
        scored.append((column, found, position, order))

    if role == "hazard_level" and values is not None:
        texts = None if text is None else set(text)
        return _level_pick([c for c in scored if c[1] or texts is None or c[0] in texts], sample)
    ranked = sorted((c for c in scored if c[1]), key=lambda c: (-c[1], -c[2], c[3]))
    for column, _found, _position, _order in ranked:
        if values is not None and not _fits(role, sample(column)):
            continue
        return Pick(role, column, BY_NAME)
    return Pick(role, None, NOT_FOUND)


def _eligible(column: str, role: str) -> bool:
    """Whether a field may play a role at all: identifiers only the id, rates never a count."""
    if role != "id" and is_identifier(column):
        return False
    return not (role in COUNT_ROLES and _is_rate(column))


def _fits(role: str, sample: list) -> bool:
    """Whether values fit a role: no numbers or flags for text roles, no hazard levels for a type."""
    if not sample:
        return True
    if role in TEXT_ROLES and _numbers_only(sample):
        return False
    if role in ("hazard_type", "facility_type", "land_use") and text_levels_share(sample) >= 0.5:
        return False
    return True


def _level_pick(scored: list, sample: Callable[[str], list]) -> Pick:
    """The hazard level field: named and holding level words; else holding level words; else named and holding
    whole-number grades 1-5; else named."""
    tiers: List[Tuple[int, int, int, int, str, str]] = []
    for column, found, position, order in scored:
        values = sample(column)
        words_share = text_levels_share(values)
        if found and words_share >= 0.5:
            tiers.append((0, -found, -position, order, column, BY_NAME_AND_VALUES))
        elif words_share >= 0.5:
            tiers.append((1, 0, 0, order, column, BY_VALUES))
        elif found and values and grade_scale(values) is not None:
            tiers.append((2, -found, -position, order, column, BY_NAME_AND_VALUES))
        elif found:  # named, values unknown or not levels (the run will say which values it cannot read)
            tiers.append((4 if _numbers_only(values) else 3, -found, -position, order, column, BY_NAME))
    if not tiers:
        return Pick("hazard_level", None, NOT_FOUND)
    best = min(tiers)
    return Pick("hazard_level", best[4], best[5])


def detect_field(
    columns: Iterable[str],
    role: str,
    candidates: Optional[Sequence[str]] = None,
    values: Optional[ValuesFn] = None,
    exclude: Iterable[str] = (),
    text: Optional[Iterable[str]] = None,
) -> Optional[str]:
    """The column that plays ``role`` (see :func:`detect`), or ``None``."""
    return detect(columns, role, candidates, values, exclude, text).field


def pick_fields(
    columns: Iterable[str],
    roles: Sequence[str],
    given: Optional[Mapping[str, Optional[str]]] = None,
    values: Optional[ValuesFn] = None,
    text: Optional[Iterable[str]] = None,
) -> Dict[str, Pick]:
    """The field of each role of one layer, and why: given fields first (never used for another role), then
    detection (identifier and level first), each field used once. Keys in the order of ``roles``."""
    columns = [str(c) for c in columns]
    given = {role: field for role, field in (given or {}).items() if field}
    picks: Dict[str, Pick] = {role: Pick(role, given[role], GIVEN) for role in roles if role in given}
    used = set(given.values())
    order = sorted((r for r in roles if r not in picks), key=lambda r: (DETECTION_ORDER + (r,)).index(r))
    for role in order:
        pick = detect(columns, role, values=values, exclude=used, text=text)
        picks[role] = pick
        if pick.field:
            used.add(pick.field)
    return {role: picks[role] for role in roles}


def with_input_fields(attributes: pd.DataFrame, new: pd.DataFrame, layer: str, after: bool = False) -> pd.DataFrame:
    """The input's own fields first (``after``: after the results), and ``new`` (the results), with no name
    clash: an input field named like a result keeps its values under the name with '_2' appended ('_3'... if
    that is taken), as QGIS's overlay tools do with clashing names; results keep their documented names. Both
    frames share one index."""
    taken = set(map(str, new.columns)) | set(map(str, attributes.columns))
    renamed: Dict[str, str] = {}
    for column in attributes.columns:
        if column not in new.columns:
            continue
        k = 2
        while f"{column}_{k}" in taken:
            k += 1
        renamed[column] = f"{column}_{k}"
        taken.add(renamed[column])
    if renamed:
        LOG.warning(
            tr("{layer}: input fields named like a result are kept as {fields}.").format(
                layer=layer, fields=", ".join(f"{a} -> {b}" for a, b in renamed.items())
            )
        )
        attributes = attributes.rename(columns=renamed)
    return pd.concat([new, attributes] if after else [attributes, new], axis=1)


def require_numeric(frame: pd.DataFrame, field: str, layer: str, parameter: str = "") -> np.ndarray:
    """The values of a numeric field as floats (NaN for null); refuses a missing or a text field.

    Text is refused rather than guessed: '1.200' is 1200 in Colombia and 1.2 elsewhere.
    """
    if field not in frame.columns:
        raise InputError(
            tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                layer=layer, field=field, param=parameter or tr("the parameters")
            )
        )
    column = frame[field]
    if pd.api.types.is_bool_dtype(column.dtype) or not pd.api.types.is_numeric_dtype(column.dtype):
        raise InputError(
            tr(
                "{layer}: the field '{field}' is not numeric. Choose a numeric field, or convert it first "
                '(Field Calculator, to_real("{field}")).'
            ).format(layer=layer, field=field)
        )
    values = column.to_numpy(dtype=float, na_value=np.nan)
    too_large = np.abs(values) > MAX_COUNT  # NaN compares False
    if too_large.any():
        largest = values[too_large][np.argmax(np.abs(values[too_large]))]
        raise InputError(
            tr(
                "{layer}: the field '{field}' holds {n} values beyond {limit} (the largest {value}), which no count "
                "of people or places reaches. Check that the field is the right one and its values."
            ).format(layer=layer, field=field, n=int(too_large.sum()), limit=f"{MAX_COUNT:.0e}", value=f"{largest:.3g}")
        )
    return values


def warn_duplicates(values: Sequence[object], layer: str, field: Optional[str]) -> int:
    """Warn when features share an identifier; they stay separate features. Returns how many share one."""
    if not field or len(values) == 0:
        return 0
    series = pd.Series(list(values), dtype=object)
    series = series[series.notna()]
    repeated = series[series.duplicated(keep=False)]
    if len(repeated) == 0:
        return 0
    examples = ", ".join(str(v) for v in list(dict.fromkeys(repeated.tolist()))[:5])
    LOG.warning(
        tr(
            "{layer}: {n} features share their value of '{field}' with another feature ({examples}). They are kept "
            "as separate features, but a join by this field would be ambiguous."
        ).format(layer=layer, n=len(repeated), field=field, examples=examples)
    )
    return len(repeated)
