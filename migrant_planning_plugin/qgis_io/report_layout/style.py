"""Page geometry, colours and fonts of the report layout."""

from __future__ import annotations

import logging

from qgis.core import QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

LOG = logging.getLogger("migrant_planning")

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0
LEFT = 15.0
WIDTH = PAGE_WIDTH - 2 * LEFT
TOP = 24.0  # body starts below the running header
BOTTOM = 278.0  # body ends above the footer
GAP = 4.0

PRIMARY = "#1d4e5f"
ACCENT = "#e07b39"
TEXT = "#222222"
MUTED = "#5d6970"
LIGHT = "#eef3f5"
ROW_SHADE = "#f5f7f8"
GRID = "#c9d2d7"
FLAG_COLORS = {"low": "#f8d3cf", "mid": "#fde8c4"}

# Clean sans-serif families, first installed wins. Not Lato: Qt writes its "ti" ligature without text, so the
# PDF would read "popula on" when searched or copied.
FONT_CANDIDATES = (
    "Source Sans 3",
    "Source Sans Pro",
    "Noto Sans",
    "Open Sans",
    "Segoe UI",
    "Arial",
    "Liberation Sans",
    "Helvetica",
    "DejaVu Sans",
)
# QgsLayoutUtils draws label text with fonts scaled by this factor (FONT_WORKAROUND_SCALE).
_FONT_SCALE = 10.0


def font_family() -> str:
    """The first installed family of FONT_CANDIDATES (a clean sans-serif), else the default font."""
    installed = set(QFontDatabase().families())
    for family in FONT_CANDIDATES:
        if family in installed:
            return family
    return QFont().family()


def text_format(family: str, size: float, color: str = TEXT, bold: bool = False, buffer: bool = False):
    """A QgsTextFormat in points."""
    text = QgsTextFormat()
    font = QFont(family)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text.setColor(QColor(color))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(0.8)
        settings.setColor(QColor("#ffffff"))
        text.setBuffer(settings)
    return text
