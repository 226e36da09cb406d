"""The hazard-zone parameters shared by the algorithms that read hazard zones, and their reading."""

from __future__ import annotations

from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..core.levels import parse_level_map

HAZARDS = "HAZARDS"
HAZARD_TYPE_FIELD = "HAZARD_TYPE_FIELD"
HAZARD_TYPE = "HAZARD_TYPE"
HAZARD_LEVEL_FIELD = "HAZARD_LEVEL_FIELD"
LEVEL_MAP = "LEVEL_MAP"
DEFAULT_HAZARD_TYPE = "amenaza"


def add_hazard_parameters(
    algorithm, optional: bool = False, hazards_help: Optional[str] = None, with_type_name: bool = True
) -> None:
    """Add HAZARDS, HAZARD_TYPE_FIELD, (HAZARD_TYPE,) HAZARD_LEVEL_FIELD and LEVEL_MAP to ``algorithm``.

    Every algorithm that reads hazard zones uses these, so the names, help and detection are the same
    everywhere; ``hazards_help`` says what the algorithm does with them.
    """
    hazards = QgsProcessingParameterFeatureSource(
        HAZARDS, tr("Hazard zones"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=optional
    )
    hazards.setHelp(
        hazards_help
        or tr(
            "Polygons of hazard zones (flood, landslide, torrential flow...) with a level field. Zones of one "
            "type that overlap count once, at the highest level."
        )
    )
    algorithm.addParameter(hazards)
    type_field = QgsProcessingParameterField(
        HAZARD_TYPE_FIELD, tr("Hazard type field"), parentLayerParameterName=HAZARDS, optional=True
    )
    type_field.setHelp(
        tr(
            "Field with the hazard type (inundación, movimiento en masa...). Each type is reported separately, "
            "plus 'any'. Left empty, a field named like tipo_amenaza or hazard_type is used if there is one; "
            "otherwise every zone is of the type given in 'Hazard type name'."
        )
    )
    algorithm.addParameter(type_field)
    if with_type_name:
        type_name = QgsProcessingParameterString(
            HAZARD_TYPE, tr("Hazard type name (without a type field)"), defaultValue=DEFAULT_HAZARD_TYPE, optional=True
        )
        type_name.setHelp(tr("Name of the single hazard type used when the hazard layer has no type field."))
        algorithm.addParameter(type_name)
    level_field = QgsProcessingParameterField(
        HAZARD_LEVEL_FIELD, tr("Hazard level field"), parentLayerParameterName=HAZARDS, optional=True
    )
    level_field.setHelp(
        tr(
            "Field with the hazard level: alta/media/baja, high/medium/low or 3/2/1 (case and accents ignored). "
            "Left empty, a field named like nivel or hazard_level is used. Zones with a null or unknown level "
            "are not hazards (they are counted in the log)."
        )
    )
    algorithm.addParameter(level_field)
    level_map = QgsProcessingParameterString(LEVEL_MAP, tr("Level map"), optional=True)
    level_map.setHelp(
        tr(
            "Optional mapping of the layer's level values to alta, media, baja or none, e.g. "
            "'Alta=alta;Media=media;Baja=baja;3=alta'. It extends the default map."
        )
    )
    algorithm.addParameter(level_map)


def hazard_options(algorithm, parameters: dict, context: QgsProcessingContext, source) -> Dict[str, Any]:
    """The fields and names chosen (or detected) for the hazard layer, as keyword arguments of the core functions."""
    level_field = algorithm.field(
        parameters, HAZARD_LEVEL_FIELD, context, source, "hazard_level", required=True, label=tr("hazard level")
    )
    type_field = algorithm.field(parameters, HAZARD_TYPE_FIELD, context, source, "hazard_type", label=tr("hazard type"))
    if type_field == level_field:
        type_field = None
    default_type = (
        algorithm.parameterAsString(parameters, HAZARD_TYPE, context) if HAZARD_TYPE in parameters else ""
    ).strip()
    return {
        "level_field": level_field,
        "type_field": type_field,
        "default_type": default_type or DEFAULT_HAZARD_TYPE,
        "level_map": parse_level_map(algorithm.parameterAsString(parameters, LEVEL_MAP, context)),
    }


def read_hazards(
    algorithm, source, options: Dict[str, Any], crs, context: QgsProcessingContext, feedback, start=0.0, end=0.0
):
    """The hazard zones in ``crs`` with only the level and type fields of ``options`` (:func:`hazard_options`)."""
    return algorithm.read(source, crs, context, feedback, [options["level_field"], options["type_field"]], start, end)
