"""The access maps: one small map per facility type, settlements covered and not covered within the type's
threshold, the facilities of the type (and, for straight-line distances, the circle of the threshold around each)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from qgis.core import (
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsMarkerSymbol,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...core.i18n import tr
from ...core.report import Numbers
from ...core.report.common import capitalised, display_name
from ...core.text import slug
from .layers import MapSet, Panel, SharedLayers, in_crs, is_polygon, vector_copy

if TYPE_CHECKING:
    from .maps import MapInputs

KEY = "access"
COVERED = "#2c7fb8"
NOT_COVERED = "#f03b20"
FACILITY = "#1a1a1a"
MAX_TYPES = 6  # small maps on the page (two columns)


def _quoted(value: str) -> str:
    """A text value in a QGIS expression."""
    return "'" + str(value).replace("'", "''") + "'"


def _settlement_symbol(layer: QgsVectorLayer, color: str):
    """Covered / not covered fill (or dot)."""
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(color))
    if is_polygon(layer):
        symbol.symbolLayer(0).setStrokeColor(QColor("#ffffff"))
        symbol.symbolLayer(0).setStrokeWidth(0.08)
    else:
        symbol.setSize(1.6)
    return symbol


def style_coverage(layer: QgsVectorLayer, kind: str) -> None:
    """The rows of ``kind``: covered and not covered."""
    root = QgsRuleBasedRenderer.Rule(None)
    where = f'"facility_type" = {_quoted(kind)}'
    for label, color, test in (
        (tr("Covered within the threshold"), COVERED, '"covered"'),
        (tr("Not covered"), NOT_COVERED, 'NOT coalesce("covered", false)'),
    ):
        root.appendChild(
            QgsRuleBasedRenderer.Rule(_settlement_symbol(layer, color), 0, 0, f"{where} AND {test}", label)
        )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setLabelsEnabled(False)


def style_facilities(layer: QgsVectorLayer, type_field: str, kind: str) -> None:
    """The facilities of ``kind``: a dark dot."""
    marker = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": FACILITY, "outline_color": "#ffffff", "outline_width": "0.25", "size": "1.8"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    rule = f'lower("{type_field}") = lower({_quoted(kind)})'
    root.appendChild(QgsRuleBasedRenderer.Rule(marker, 0, 0, rule, tr("Facility of the type")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setLabelsEnabled(False)


def style_rings(layer: QgsVectorLayer, type_field: str, kind: str, radius_m: float) -> None:
    """A dashed circle of the threshold distance around each facility of ``kind`` (straight-line metres)."""
    ring = QgsMarkerSymbol.createSimple({"name": "circle", "size": "0"})
    circle = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#333333", "outline_width": "0.2", "outline_style": "dash"}
    )
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": f"buffer($geometry, {radius_m})"})
    generator.setSymbolType(QgsSymbol.SymbolType.Fill)
    generator.setSubSymbol(circle)
    ring.changeSymbolLayer(0, generator)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(ring, 0, 0, f'lower("{type_field}") = lower({_quoted(kind)})'))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setLabelsEnabled(False)


def available(inputs: MapInputs) -> bool:
    """Whether the access maps can be drawn (the access layer of service_access)."""
    return inputs.access is not None and inputs.access.fields().lookupField("covered") >= 0


def prepare(
    inputs: MapInputs, project: QgsProject, family: str, language: str, shared: SharedLayers
) -> Optional[MapSet]:
    """One panel per facility type (at most six), the layers styled and added to ``project``; None without access."""
    if not available(inputs):
        return None
    access = inputs.access
    index = access.fields().lookupField("facility_type")
    kinds = sorted(str(v) for v in access.uniqueValues(index)) if index >= 0 else []
    kinds = [k for k in kinds if k and k != "NULL"][:MAX_TYPES]
    if not kinds:
        return None
    crs = inputs.drawing_crs(access)
    extent = in_crs(access.extent(), access.crs(), crs, project)  # the settlements, where the people are
    numbers = Numbers(language)
    unit = inputs.access_unit
    panels: List[Panel] = []
    legend: List[object] = []
    outlines = shared.outlines(named=False)
    for kind in kinds:
        settlements = vector_copy(access, tr("Settlements"))
        style_coverage(settlements, kind)
        project.addMapLayer(settlements, False)
        threshold = inputs.access_thresholds.get(slug(kind))
        layers = [*outlines, settlements]
        if inputs.facilities is not None and inputs.facility_type_field:
            facilities = vector_copy(inputs.facilities, tr("Facilities"))
            style_facilities(facilities, inputs.facility_type_field, kind)
            project.addMapLayer(facilities, False)
            layers.insert(0, facilities)
            if threshold and unit == "m" and inputs.access_method == "straight":
                rings = vector_copy(inputs.facilities, tr("Threshold distance around each facility"))
                style_rings(rings, inputs.facility_type_field, kind, threshold)
                project.addMapLayer(rings, False)
                layers.insert(1, rings)
            if not panels:
                legend.append(facilities)
        if not panels:
            legend.append(settlements)
        title = capitalised(display_name(kind))
        if threshold and unit in ("m", "min"):
            title = tr("{type}: within {limit}").format(type=title, limit=numbers.measure(threshold, unit))
        panels.append(Panel(title, layers, extent))
    legend += list(reversed(outlines))
    mapset = MapSet(panels[0].layers, legend, extent, crs, panels=panels)
    return mapset
