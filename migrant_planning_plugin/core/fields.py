"""Detection of the fields that play a role (population, hazard level, ...) from their names.

Names are compared folded (accents, case and separators ignored), Spanish and English. The
user can always override a detection with an explicit field parameter.
"""

from __future__ import annotations

import logging
from typing import Dict, Iterable, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .text import slug

LOG = logging.getLogger("migrant_planning")

# Candidate names per role, most specific first. Compared after slug().
ROLE_NAMES: Dict[str, Tuple[str, ...]] = {
    "id": (
        "id",
        "codigo",
        "cod",
        "code",
        "id_asent",
        "id_asentamiento",
        "id_manzana",
        "cod_manzana",
        "id_predio",
        "cod_predio",
        "id_equip",
        "fid_",
        "objectid",
        "gid",
    ),
    "name": ("nombre", "name", "nom", "nombre_asentamiento", "asentamiento", "barrio", "label"),
    "population": (
        "poblacion",
        "population",
        "pob_total",
        "poblacion_total",
        "total_pob",
        "habitantes",
        "personas",
        "pob",
        "pop",
        "pop_total",
        "inhabitants",
    ),
    "migrants": (
        "migrantes",
        "migrants",
        "poblacion_migrante",
        "pob_migrante",
        "migrantes_venezolanos",
        "venezolanos",
        "migrant",
        "migrant_population",
        "migrants_est",
    ),
    "households": ("hogares", "households", "num_hogares", "n_hogares", "hh"),
    "dwellings": ("viviendas", "dwellings", "num_viviendas", "housing_units", "units"),
    "rooms": ("cuartos", "habitaciones", "rooms"),
    "informal": ("informal", "es_informal", "asentamiento_informal", "is_informal"),
    "hazard_type": ("tipo_amenaza", "amenaza", "hazard_type", "fenomeno", "tipo_fenomeno", "hazard", "tipo", "type"),
    "hazard_level": (
        "nivel_amenaza",
        "nivel",
        "categoria_amenaza",
        "hazard_level",
        "level",
        "categoria",
        "grado",
        "calificacion",
    ),
    "facility_type": (
        "tipo_equipamiento",
        "tipo_equip",
        "tipo",
        "sector",
        "servicio",
        "facility_type",
        "type",
        "category",
        "categoria",
    ),
    "capacity": ("capacidad", "capacity", "cupos", "camas", "cap"),
    "speed": ("velocidad_kmh", "velocidad", "vel_kmh", "speed_kmh", "speed", "maxspeed", "vel"),
    "oneway": ("un_sentido", "oneway", "one_way", "sentido", "unidireccional"),
    "foot": ("foot", "peatonal", "acceso_peatonal"),
    "motor": ("motor", "motor_vehicle", "vehicular"),
    "land_use": (
        "clase_suelo",
        "uso_suelo",
        "uso",
        "clase",
        "land_use",
        "landuse",
        "zoning",
        "zona",
        "class",
        "categoria",
    ),
    "area_name": ("nombre", "name", "comuna", "nombre_comuna", "barrio", "upz", "localidad", "zona"),
}


def detect_field(columns: Iterable[str], role: str, candidates: Optional[Sequence[str]] = None) -> Optional[str]:
    """The column that plays ``role`` judged by its name, or ``None``.

    An exact (folded) match with a candidate wins, in candidate order; then a column whose
    folded name starts with a candidate of at least four letters.
    """
    names = list(candidates if candidates is not None else ROLE_NAMES[role])
    folded = {}
    for column in columns:
        folded.setdefault(slug(column), column)
    for name in names:
        if name in folded:
            return folded[name]
    for name in names:
        if len(name) < 4:
            continue
        for key, column in folded.items():
            if key.startswith(name):
                return column
    return None


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
    return column.to_numpy(dtype=float, na_value=np.nan)


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
