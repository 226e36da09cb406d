#!/usr/bin/env python3
"""Write the QML styles of the result layers the dock loads (resources/styles/exposure_*.qml, access_*.qml,
ranked_parcels.qml) with the QGIS API, so that they are valid for QGIS 3.22 and newer.

Run: .venv/bin/python scripts/make_result_styles.py

Labels are English here; the dock replaces them with translated ones when it loads a layer.
"""

from __future__ import annotations

import sys

from style_kit import categorized, save_style, start_qgis, text_labels

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
    app = start_qgis()  # noqa: F841 (kept alive while the styles are made)
    from qgis.core import QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsMarkerSymbol, QgsRendererRange, QgsVectorLayer

    def memory(geometry: str, fields: str) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:9377&{fields}", "style", "memory")
        assert layer.isValid()
        return layer

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
        categorized(layer, "any_lvl", [(value, label, symbol(colour)) for value, label, colour in LEVEL_COLOURS])
        save_style(layer, name)

    # facilities by the highest hazard level of any type
    layer = memory("Point", "field=any_lvl:string")
    square = {"name": "square", "outline_color": "#222222", "outline_width": "0.3", "size": "3.4"}
    categorized(
        layer,
        "any_lvl",
        [
            (value, label, QgsMarkerSymbol.createSimple({**square, "color": colour}))
            for value, label, colour in LEVEL_COLOURS
        ],
    )
    save_style(layer, "exposure_facilities.qml")

    # access: covered within the threshold or not (one layer per facility type, filtered by the dock)
    for geometry, symbol, name in (
        ("MultiPolygon", fill, "access_coverage.qml"),
        ("Point", marker, "access_coverage_points.qml"),
    ):
        layer = memory(geometry, "field=covered:boolean")
        categorized(
            layer,
            "covered",
            [
                (True, "Covered within the threshold", symbol("#2c7fb8")),
                (False, "Not covered", symbol("#f46d43")),
            ],
        )
        save_style(layer, name)

    # ranked parcels: mean suitability on the suitability ramp, the top ten labelled with their rank
    layer = memory("MultiPolygon", "field=suit_mean:double&field=rank:integer")
    ranges = [
        QgsRendererRange(low, high, fill(colour, "#01665e"), label) for low, high, label, colour in SUITABILITY_CLASSES
    ]
    layer.setRenderer(QgsGraduatedSymbolRenderer("suit_mean", ranges))
    text_labels(layer, 'if("rank" <= 10, to_string("rank"), \'\')', size=9, bold=True, color="#08306b")
    save_style(layer, "ranked_parcels.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
