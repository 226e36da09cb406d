#!/usr/bin/env python3
"""Write the QML styles of the sample city layers (resources/styles/sample_*.qml) with the QGIS API,
so that they are valid for QGIS 3.22 and newer. Run: .venv/bin/python scripts/make_styles.py [name.qml ...]
(every style, or only those named)."""

from __future__ import annotations

import sys

from style_kit import ROOT, categorized, save_style, start_qgis, text_labels

GPKG = ROOT / "resources" / "sample_data" / "villa_esperanza.gpkg"
DEM = ROOT / "resources" / "sample_data" / "villa_esperanza_dem.tif"


def main(only=None) -> int:
    """Build and save every style (or only the files named in ``only``)."""
    app = start_qgis()  # noqa: F841 (kept alive while the styles are made)
    from qgis.core import (
        QgsColorRampShader,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsRasterLayer,
        QgsRasterShader,
        QgsRuleBasedRenderer,
        QgsSingleBandPseudoColorRenderer,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QColor

    def layer(name: str) -> QgsVectorLayer:
        result = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
        assert result.isValid(), name
        return result

    def save(target, name: str) -> None:
        if not only or name in only:
            save_style(target, name)

    fill, marker, line = QgsFillSymbol.createSimple, QgsMarkerSymbol.createSimple, QgsLineSymbol.createSimple

    # settlements: formal / informal
    settlements = layer("asentamientos")
    categorized(
        settlements,
        "informal",
        [
            (False, "Barrio formal", fill({"color": "#efe6d2", "outline_color": "#9c8f78", "outline_width": "0.15"})),
            (
                True,
                "Asentamiento informal",
                fill({"color": "#a57dc9", "outline_color": "#54278f", "outline_width": "0.2"}),
            ),
        ],
    )
    save(settlements, "sample_settlements.qml")

    # hazards: rule-based by level, semi-transparent, type in the legend label
    hazards = layer("zonas_amenaza")
    root = QgsRuleBasedRenderer.Rule(None)
    colors = {"alta": "215,25,28,120", "media": "253,174,97,120", "baja": "254,224,139,110"}
    kinds = {
        "inundación": "Inundación",
        "avenida torrencial": "Avenida torrencial",
        "movimiento en masa": "Movimiento en masa",
    }
    patterns = {"inundación": "solid", "avenida torrencial": "solid", "movimiento en masa": "solid"}
    for kind, kind_label in kinds.items():
        for level, color in colors.items():
            symbol = fill(
                {
                    "color": color,
                    "outline_color": "#7f0000" if level == "alta" else "#a0522d",
                    "outline_width": "0.2",
                    "style": patterns[kind],
                }
            )
            rule = QgsRuleBasedRenderer.Rule(
                symbol,
                filterExp=f"\"tipo_amenaza\" = '{kind}' AND \"nivel\" = '{level}'",
                label=f"{kind_label} — amenaza {level}",
            )
            root.appendChild(rule)
    hazards.setRenderer(QgsRuleBasedRenderer(root))
    save(hazards, "sample_hazards.qml")

    # facilities by type
    facilities = layer("equipamientos")
    categorized(
        facilities,
        "tipo",
        [
            (
                "salud",
                "Salud",
                marker({"name": "cross_fill", "color": "#d62728", "outline_color": "#ffffff", "size": "4.2"}),
            ),
            (
                "educación",
                "Educación",
                marker({"name": "square", "color": "#1f77b4", "outline_color": "#ffffff", "size": "3.4"}),
            ),
            (
                "primera infancia",
                "Primera infancia",
                marker({"name": "circle", "color": "#2ca02c", "outline_color": "#ffffff", "size": "3.2"}),
            ),
        ],
    )
    save(facilities, "sample_facilities.qml")

    # roads by class
    roads = layer("malla_vial")
    categorized(
        roads,
        "clase",
        [
            ("regional", "Vía regional", line({"color": "#b2182b", "width": "0.9"})),
            ("primaria", "Vía primaria", line({"color": "#e08214", "width": "0.7"})),
            ("secundaria", "Vía secundaria", line({"color": "#8c8c8c", "width": "0.45"})),
            ("local", "Vía local", line({"color": "#bdbdbd", "width": "0.25"})),
        ],
    )
    save(roads, "sample_roads.qml")

    # land use
    land_use = layer("usos_suelo")
    categorized(
        land_use,
        "clase_suelo",
        [
            ("urbano", "Suelo urbano", fill({"color": "#f4f1ea", "outline_color": "#6e6e6e", "outline_width": "0.3"})),
            (
                "expansión urbana",
                "Suelo de expansión urbana",
                fill({"color": "#fde0c5", "outline_color": "#c07a3b", "outline_width": "0.3"}),
            ),
            ("rural", "Suelo rural", fill({"color": "#e5f2d8", "outline_color": "#7a9a5a", "outline_width": "0.3"})),
            (
                "protección",
                "Suelo de protección",
                fill({"color": "#7fbf7b", "outline_color": "#1b7837", "outline_width": "0.3"}),
            ),
        ],
    )
    land_use.setOpacity(0.6)
    save(land_use, "sample_land_use.qml")

    # comunas: thick outline and label
    comunas = layer("comunas")
    comunas.setRenderer(
        QgsSingleSymbolRenderer(fill({"style": "no", "outline_color": "#3b3b3b", "outline_width": "0.8"}))
    )
    text_labels(comunas, '"nombre"', size=10, bold=True)
    save(comunas, "sample_areas.qml")

    # candidate parcels
    parcels = layer("predios")
    parcels.setRenderer(
        QgsSingleSymbolRenderer(fill({"color": "1,102,94,40", "outline_color": "#01665e", "outline_width": "0.35"}))
    )
    save(parcels, "sample_candidates.qml")

    water = layer("cuerpos_agua")
    water.setRenderer(
        QgsSingleSymbolRenderer(fill({"color": "#6baed6", "outline_color": "#2171b5", "outline_width": "0.2"}))
    )
    save(water, "sample_water.qml")

    streams = layer("drenajes")
    streams.setRenderer(QgsSingleSymbolRenderer(line({"color": "#2171b5", "width": "0.6"})))
    text_labels(streams, '"nombre"', size=8, color="#08519c")
    save(streams, "sample_streams.qml")

    boundary = layer("limite_municipal")
    boundary.setRenderer(
        QgsSingleSymbolRenderer(
            fill({"style": "no", "outline_color": "#000000", "outline_width": "0.6", "outline_style": "dash"})
        )
    )
    save(boundary, "sample_boundary.qml")

    dem = QgsRasterLayer(str(DEM), "dem")
    shader_function = QgsColorRampShader(250, 750)
    shader_function.setColorRampType(QgsColorRampShader.Type.Interpolated)
    shader_function.setColorRampItemList(
        [
            QgsColorRampShader.ColorRampItem(280, QColor("#1a9641"), "280 m"),
            QgsColorRampShader.ColorRampItem(350, QColor("#a6d96a"), "350 m"),
            QgsColorRampShader.ColorRampItem(450, QColor("#ffffbf"), "450 m"),
            QgsColorRampShader.ColorRampItem(580, QColor("#d8b365"), "580 m"),
            QgsColorRampShader.ColorRampItem(720, QColor("#8c510a"), "720 m"),
        ]
    )
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    dem.setRenderer(QgsSingleBandPseudoColorRenderer(dem.dataProvider(), 1, shader))
    dem.setOpacity(0.8)
    save(dem, "sample_dem.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main(set(sys.argv[1:]) or None))
