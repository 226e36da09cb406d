"""Settlement exposure the QGIS-native way: the chain a technician would build in the Graphical Modeler.

fix geometries -> (per type and 'any', per level) extract, dissolve, difference with the higher levels
-> merge the level pieces -> intersection with the settlements -> area and share-weighted quantities in
the field calculator -> statistics by categories. Used by the sample-city test and the benchmark as the
independent reference. Levels are read as written (alta/media/baja): no level map.
"""

from __future__ import annotations

from typing import Dict, Optional, Sequence

import pandas as pd

LEVELS = ("alta", "media", "baja")
ANY = "any"


def _run(algorithm: str, parameters: dict, context, feedback):
    """One processing.run step whose output is a temporary layer."""
    import processing

    parameters = dict(parameters, OUTPUT="TEMPORARY_OUTPUT")
    return processing.run(algorithm, parameters, context=context, feedback=feedback)["OUTPUT"]


def _quote(value: str) -> str:
    """A QGIS expression string literal."""
    return "'" + value.replace("'", "''") + "'"


def native_exposure_totals(
    settlements,
    hazards,
    level_field: str,
    type_field: str,
    quantities: Dict[str, str],
    types: Optional[Sequence[str]] = None,
    context=None,
    feedback=None,
) -> pd.DataFrame:
    """Exposed area (m²) and quantities per (hazard_type, hazard_level) for the whole layer, by native algorithms.

    ``quantities`` maps an output column (``population``...) to the settlements' field. ``types``
    defaults to the distinct values of ``type_field``; ``any`` is added.
    """
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    feedback = feedback or QgsProcessingFeedback()
    fixed = _run("native:fixgeometries", {"INPUT": settlements}, context, feedback)
    fixed = _run(
        "native:fieldcalculator",
        {"INPUT": fixed, "FIELD_NAME": "orig_area", "FIELD_TYPE": 0, "FORMULA": "area($geometry)"},
        context,
        feedback,
    )
    zones = _run("native:fixgeometries", {"INPUT": hazards}, context, feedback)
    if types is None:
        index = zones.fields().lookupField(type_field)
        types = sorted(str(v) for v in zones.uniqueValues(index) if v is not None)
    pieces = []
    for hazard_type in [*types, ANY]:
        of_type = "TRUE" if hazard_type == ANY else f'"{type_field}" = {_quote(hazard_type)}'
        for position, level in enumerate(LEVELS):
            here = _run(
                "native:extractbyexpression",
                {"INPUT": zones, "EXPRESSION": f'{of_type} AND "{level_field}" = {_quote(level)}'},
                context,
                feedback,
            )
            if here.featureCount() == 0:
                continue
            piece = _run("native:dissolve", {"INPUT": here}, context, feedback)
            if position:
                higher_levels = ", ".join(_quote(v) for v in LEVELS[:position])
                higher = _run(
                    "native:extractbyexpression",
                    {"INPUT": zones, "EXPRESSION": f'{of_type} AND "{level_field}" IN ({higher_levels})'},
                    context,
                    feedback,
                )
                if higher.featureCount():
                    higher = _run("native:dissolve", {"INPUT": higher}, context, feedback)
                    piece = _run("native:difference", {"INPUT": piece, "OVERLAY": higher}, context, feedback)
            piece = _run(
                "native:fieldcalculator",
                {
                    "INPUT": piece,
                    "FIELD_NAME": "hkey",
                    "FIELD_TYPE": 2,
                    "FIELD_LENGTH": 120,
                    "FORMULA": _quote(f"{hazard_type}|{level}"),
                },
                context,
                feedback,
            )
            pieces.append(piece)
    columns = ["hazard_type", "hazard_level", "area_m2", *quantities]
    if not pieces:
        return pd.DataFrame(columns=columns)
    merged = _run("native:mergevectorlayers", {"LAYERS": pieces}, context, feedback)
    exposed = _run(
        "native:intersection",
        {"INPUT": fixed, "OVERLAY": merged, "OVERLAY_FIELDS": ["hkey"]},
        context,
        feedback,
    )
    formulas = {"area_m2": "area($geometry)"}
    for column, field in quantities.items():
        formulas[column] = f'"{field}" * area($geometry) / "orig_area"'
    for column, formula in formulas.items():
        exposed = _run(
            "native:fieldcalculator",
            {"INPUT": exposed, "FIELD_NAME": f"x_{column}", "FIELD_TYPE": 0, "FORMULA": formula},
            context,
            feedback,
        )
    table: Dict[str, Dict[str, float]] = {}
    for column in formulas:
        stats = _run(
            "qgis:statisticsbycategories",
            {"INPUT": exposed, "VALUES_FIELD_NAME": f"x_{column}", "CATEGORIES_FIELD_NAME": ["hkey"]},
            context,
            feedback,
        )
        for feature in stats.getFeatures():
            table.setdefault(feature["hkey"], {})[column] = float(feature["sum"])
    rows = []
    for key, values in table.items():
        hazard_type, level = key.rsplit("|", 1)
        rows.append({"hazard_type": hazard_type, "hazard_level": level, **values})
    return pd.DataFrame(rows, columns=columns)
