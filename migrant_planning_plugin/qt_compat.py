"""Qt classes that moved between Qt 5 (QGIS 3) and Qt 6 (QGIS 4): imported from where the running Qt has them."""

from __future__ import annotations

try:  # Qt 6: QAction and QActionGroup are in QtGui
    from qgis.PyQt.QtGui import QAction, QActionGroup
except ImportError:  # Qt 5: in QtWidgets
    from qgis.PyQt.QtWidgets import QAction, QActionGroup

__all__ = ["QAction", "QActionGroup"]
