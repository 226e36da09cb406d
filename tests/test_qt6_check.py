"""scripts/check_qt6.py finds what PyQt6 (QGIS 4) refuses, and the package is clean."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import check_qt6  # noqa: E402

SNIPPETS = [
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\n", "Qt.AlignmentFlag.AlignLeft"),
    (
        "from qgis.core import QgsWkbTypes\nx = QgsWkbTypes.PolygonGeometry\n",
        "QgsWkbTypes.GeometryType.PolygonGeometry",
    ),
    ("from qgis.PyQt.QtWidgets import QMessageBox\nb = QMessageBox.Yes\n", "QMessageBox.StandardButton.Yes"),
    ("dialog.exec_()\n", "use .exec()"),
    ("from PyQt5.QtCore import Qt\n", "import PyQt5.QtCore"),
    ("from qgis.PyQt.QtCore import QRegExp\n", "QRegExp is removed"),
    ("from qgis.PyQt.QtWidgets import QAction\n", "QAction moved to QtGui"),
    ("from qgis.PyQt.QtCore import QVariant\nt = QVariant.Type.Int\n", "QVariant.Type.X"),
    ("from qgis.PyQt.QtCore import Qt\nb = Qt.MidButton\n", "Qt.MouseButton.MiddleButton"),
    ("w = self.fontMetrics().width('abc')\n", "horizontalAdvance"),
    ("combo.activated[str].connect(f)\n", "overloaded signals"),
    ("from qgis.PyQt.QtCore import QDateTime\nd = QDateTime(2024, 1, 2, 3, 4, 5, 0, 0)\n", "QDateTime(...)"),
    ("from qgis.PyQt.QtWidgets import qApp\n", "qApp is removed"),
]


@pytest.fixture(scope="module")
def classes(qgis_app):
    return check_qt6._namespaces()


@pytest.mark.parametrize(("source", "expected"), SNIPPETS)
def test_each_rule_is_found(classes, source, expected):
    problems = check_qt6.check_source(source, "snippet.py", classes)
    assert any(expected in problem for _line, problem in problems), problems


def test_scoped_and_qgis3_compatible_code_is_accepted(classes):
    source = (
        "from qgis.PyQt.QtCore import Qt, QVariant\n"
        "from qgis.core import Qgis, QgsWkbTypes\n"
        "a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "g = QgsWkbTypes.GeometryType.PolygonGeometry\n"
        "level = Qgis.MessageLevel.Warning\n"
        "t = QVariant.Int\n"
        "dialog.exec()\n"
    )
    assert check_qt6.check_source(source, "snippet.py", classes) == []


def test_the_package_is_clean(classes):
    assert check_qt6.check([check_qt6.PACKAGE]) == []
