"""What the scripts that write QML styles and the sample project share: a headless QGIS, saving a style,
categories and text labels. Used by make_styles.py, make_result_styles.py and make_sample_project.py.

QGIS is imported inside the functions, so a script can set up its paths before QGIS loads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Optional, Tuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "resources" / "styles"


def start_qgis():
    """A headless QgsApplication, initialised (keep the reference while QGIS is used)."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def save_style(layer, name: str) -> None:
    """Write the layer's style to resources/styles/``name``."""
    STYLES.mkdir(parents=True, exist_ok=True)
    message, ok = layer.saveNamedStyle(str(STYLES / name))
    assert ok, message
    print(f"wrote resources/styles/{name}")


def categorized(layer, field: str, items: Iterable[Tuple[object, str, object]]) -> None:
    """Categories of ``field``: (value, legend label, symbol) for each."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    categories = [QgsRendererCategory(value, symbol, label) for value, label, symbol in items]
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))


def text_labels(
    layer,
    expression: str,
    size: float = 9,
    color: str = "#222222",
    bold: bool = False,
    buffer_size: float = 1.0,
    max_scale: Optional[float] = None,
) -> None:
    """Labels from an expression, with a white buffer; shown only beyond 1:``max_scale`` when it is given."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    if max_scale is not None:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale
        settings.maximumScale = 1
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(buffer_size)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
