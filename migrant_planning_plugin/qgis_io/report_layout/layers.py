"""The map layers of the report: styled copies (the inputs are never changed) and what a map is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .style import text_format


@dataclass
class MapSet:
    """Styled copies of the layers of one map, top layer first, its extent and CRS, and an optional detail
    map (the best parcels, zoomed in)."""

    layers: List[object]
    legend_layers: List[object]
    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    detail_layers: List[object] = field(default_factory=list)
    detail_extent: Optional[QgsRectangle] = None


def vector_copy(layer: QgsVectorLayer, name: str, expression: str = "") -> QgsVectorLayer:
    """An independent copy of a vector layer to style (file layers reopened, others copied to memory).

    With ``expression``, only the features it selects, copied to memory: a subset string on a GeoPackage
    layer makes OGR write to the file (SQLite's change counter), and inputs are never modified.
    """
    if layer.providerType() == "ogr" and not layer.subsetString() and not expression:
        copy = QgsVectorLayer(layer.source(), name, "ogr")
        if copy.isValid():
            return copy
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    copy = layer.materialize(request)
    copy.setName(name)
    return copy


def in_crs(extent: QgsRectangle, source, target, project: QgsProject) -> QgsRectangle:
    """An extent transformed between CRSs."""
    if source == target or not source.isValid() or not target.isValid():
        return QgsRectangle(extent)
    from qgis.core import QgsCoordinateTransform

    return QgsCoordinateTransform(source, target, project.transformContext()).transformBoundingBox(extent)


def style_areas(layer: QgsVectorLayer, name_field: Optional[str], family: str, size: float = 7.5) -> None:
    """Reporting areas: dark outline, name labels."""
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#3b3b3b", "outline_width": "0.45"})
        )
    )
    if name_field and layer.fields().lookupField(name_field) >= 0:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(text_format(family, size, "#333333", bold=True, buffer=True))
        settings.placement = QgsPalLayerSettings.Placement.Horizontal
        settings.displayAll = True
        settings.priority = 3
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
