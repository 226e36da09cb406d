#!/usr/bin/env python3
"""Write the QML styles of the result layers the dock loads (resources/styles/exposure_*.qml, access_*.qml,
ranked_parcels.qml) with the QGIS API, so that they are valid for QGIS 3.22 and newer.

Run: .venv/bin/python scripts/make_result_styles.py

Labels are English here; the dock replaces them with translated ones when it loads a layer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "resources" / "styles"

LEVEL_COLOURS = (
    ("alta", "High (alta)", "#d7191c"),
    ("media", "Medium (media)", "#fdae61"),
    ("baja", "Low (baja)", "#fee08b"),
    ("none", "Not exposed", "#e8e8e8"),
)
# The suitability ramp of suitability.qml, for the parcels' mean suitability.
SUITABILITY_CLASSES = (
    (0.0, 0.2, "0 - 0.2", "#d7191c"),
    (0.2, 0.4, "0.2 - 0.4", "#fdae61"),
    (0.4, 0.6, "0.4 - 0.6", "#ffffbf"),
    (0.6, 0.8, "0.6 - 0.8", "#a6d96a"),
    (0.8, 1.0, "0.8 - 1", "#1a9641"),
)


def main() -> int:
    """Build and save every result style."""
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsGraduatedSymbolRenderer,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsRendererRange,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)

    def memory(geometry: str, fields: str) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:9377&{fields}", "style", "memory")
        assert layer.isValid()
        return layer

    def save(layer, name: str) -> None:
        message, ok = layer.saveNamedStyle(str(STYLES / name))
        assert ok, message
        print(f"wrote resources/styles/{name}")

    def fill(colour: str, outline: str = "#6f6f6f") -> QgsFillSymbol:
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.15"})

    def marker(colour: str) -> QgsMarkerSymbol:
        return QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": "#333333", "outline_width": "0.2", "size": "2.6"}
        )

    # settlements by the highest hazard level of any type (polygons and points)
    for geometry, symbol, name in (
        ("MultiPolygon", fill, "exposure_settlements.qml"),
        ("Point", marker, "exposure_settlements_points.qml"),
    ):
        layer = memory(geometry, "field=any_lvl:string")
        categories = [QgsRendererCategory(value, symbol(colour), label) for value, label, colour in LEVEL_COLOURS]
        layer.setRenderer(QgsCategorizedSymbolRenderer("any_lvl", categories))
        save(layer, name)

    # facilities by the highest hazard level of any type
    layer = memory("Point", "field=any_lvl:string")
    categories = []
    for value, label, colour in LEVEL_COLOURS:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "square", "color": colour, "outline_color": "#222222", "outline_width": "0.3", "size": "3.4"}
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("any_lvl", categories))
    save(layer, "exposure_facilities.qml")

    # access: covered within the threshold or not (one layer per facility type, filtered by the dock)
    for geometry, symbol, name in (
        ("MultiPolygon", fill, "access_coverage.qml"),
        ("Point", marker, "access_coverage_points.qml"),
    ):
        layer = memory(geometry, "field=covered:boolean")
        categories = [
            QgsRendererCategory(True, symbol("#2c7fb8"), "Covered within the threshold"),
            QgsRendererCategory(False, symbol("#f46d43"), "Not covered"),
        ]
        layer.setRenderer(QgsCategorizedSymbolRenderer("covered", categories))
        save(layer, name)

    # ranked parcels: mean suitability on the suitability ramp, the top ten labelled with their rank
    layer = memory("MultiPolygon", "field=suit_mean:double&field=rank:integer")
    ranges = [
        QgsRendererRange(low, high, fill(colour, "#01665e"), label) for low, high, label, colour in SUITABILITY_CLASSES
    ]
    renderer = QgsGraduatedSymbolRenderer("suit_mean", ranges)
    layer.setRenderer(renderer)
    settings = QgsPalLayerSettings()
    settings.fieldName = 'if("rank" <= 10, to_string("rank"), \'\')'
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(True)
    text.setFont(font)
    text.setSize(9)
    text.setColor(QColor("#08306b"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    save(layer, "ranked_parcels.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
