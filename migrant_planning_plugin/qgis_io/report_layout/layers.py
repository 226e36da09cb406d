"""The map layers of the report: styled copies (the inputs are never changed) and what a map is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import pandas as pd
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)

from ..vector import fields_for, write_features
from .style import text_format

# The boundary (municipio or area of interest): a dark outline, and white outside it on the maps it clips.
BOUNDARY_COLOR = "#2b2b2b"


@dataclass
class Panel:
    """One map of a set of small maps (one per facility type, one per scenario): its title, layers and extent."""

    title: str
    layers: List[object]
    extent: QgsRectangle


@dataclass
class MapSet:
    """Styled copies of the layers of one map, top layer first, its extent and CRS, and an optional detail
    map (the best parcels, zoomed in) or small maps (``panels``) sharing one legend."""

    layers: List[object]
    legend_layers: List[object]
    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    detail_layers: List[object] = field(default_factory=list)
    detail_extent: Optional[QgsRectangle] = None
    panels: List[Panel] = field(default_factory=list)
    legend_columns: int = 1


@dataclass
class SharedLayers:
    """Layers several maps draw: the reporting areas (named), the boundary (outline) and a mask that whitens
    everything outside the boundary (to clip a raster to it)."""

    areas: Optional[QgsVectorLayer] = None
    areas_plain: Optional[QgsVectorLayer] = None  # the areas without names (small maps, detail map)
    boundary: Optional[QgsVectorLayer] = None
    mask: Optional[QgsVectorLayer] = None

    def outlines(self, named: bool = True) -> List[object]:
        """Boundary and areas, top first, for a map's layer list."""
        areas = self.areas if named else self.areas_plain
        return [layer for layer in (self.boundary, areas) if layer is not None]


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


def memory_layer(frame, name: str, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """A memory layer of the (multi)polygons of a GeoDataFrame, with its attributes."""
    layer = QgsVectorLayer("MultiPolygon", name, "memory")
    layer.setCrs(crs)
    fields = fields_for(pd.DataFrame(frame.drop(columns=[frame.geometry.name])))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    write_features(layer.dataProvider(), frame, layer.fields(), multi=True)
    layer.updateExtents()
    return layer


def in_crs(extent: QgsRectangle, source, target, project: QgsProject) -> QgsRectangle:
    """An extent transformed between CRSs."""
    if source == target or not source.isValid() or not target.isValid():
        return QgsRectangle(extent)
    from qgis.core import QgsCoordinateTransform

    return QgsCoordinateTransform(source, target, project.transformContext()).transformBoundingBox(extent)


def style_areas(
    layer: QgsVectorLayer, name_field: Optional[str], family: str, size: float = 7.5, labels: bool = True
) -> None:
    """Reporting areas: dark outline, name labels (``labels``); the detail map, where parcels are numbered, and the
    small maps draw the areas without names, so no name covers a number."""
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#3b3b3b", "outline_width": "0.45"})
        )
    )
    if labels and name_field and layer.fields().lookupField(name_field) >= 0:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(text_format(family, size, "#333333", bold=True, buffer=True))
        settings.placement = QgsPalLayerSettings.Placement.Horizontal
        settings.displayAll = True  # every name shown: the maps that number parcels draw the areas without names
        settings.priority = 3
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)


def style_boundary(layer: QgsVectorLayer) -> None:
    """The municipal boundary or area of interest: a dark outline."""
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": BOUNDARY_COLOR, "outline_width": "0.7"})
        )
    )
    layer.setLabelsEnabled(False)


def mask_outside(layer: QgsVectorLayer) -> None:
    """White everywhere outside the layer's polygons (clips what is drawn below it to the boundary)."""
    fill = QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": BOUNDARY_COLOR, "outline_width": "0.7"})
    layer.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(fill)))
    layer.setLabelsEnabled(False)


def categories(layer: QgsVectorLayer, expression: str, classes: Sequence[tuple]) -> None:
    """A categorized renderer on ``expression``: ``classes`` are (value, label, symbol)."""
    items = [QgsRendererCategory(value, symbol, label) for value, label, symbol in classes]
    layer.setRenderer(QgsCategorizedSymbolRenderer(expression, items))


def is_polygon(layer: QgsVectorLayer) -> bool:
    """Whether a vector layer holds polygons."""
    return layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
