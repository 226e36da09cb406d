#!/usr/bin/env python3
"""Qt 6 readiness of the plugin (QGIS 4 runs PyQt6): report the Python that works with PyQt5 only.

``python scripts/check_qt6.py [folder...]`` (default: the package) prints ``file:line: problem`` for each finding
and exits 1 when there is one; ``make lint`` runs it. Rules (what changes from PyQt5 to PyQt6, as QGIS's own
migration notes list them):

* enums are scoped in PyQt6: ``Qt.AlignLeft`` must be ``Qt.AlignmentFlag.AlignLeft`` (found by looking the name up
  in the running Qt and QGIS bindings: a class attribute that is an enum value reached without its enum);
* ``exec_()`` and ``print_()`` are gone: ``exec()``, ``print()``;
* Qt is imported only through ``qgis.PyQt`` (never ``PyQt5``/``PyQt6``/``sip`` directly, nor ``qgis.PyQt.Qt``);
* classes removed in Qt 6 (``QRegExp``, ``QDesktopWidget``, ``QDirModel``, ``QGLWidget``, ``QMatrix``, ``QSound``,
  ``QTextCodec``...), ``qApp``, ``QApplication.desktop()``;
* ``QAction``, ``QActionGroup``, ``QShortcut``, ``QFileSystemModel``, ``QUndoCommand`` moved from QtWidgets to QtGui:
  import them from ``migrant_planning_plugin.qt_compat``;
* ``QVariant.Type.X`` does not exist in PyQt6 (``QVariant.X`` is what QGIS keeps working);
* renamed enum values (``Qt.MidButton``, ``Qt.TextColorRole``, ``Qt.BackgroundColorRole``,
  ``QPainter.HighQualityAntialiasing``), ``QFontMetrics.width()``, overloaded signals such as ``activated[str]``,
  ``QDateTime`` built from eight numbers or from a ``QDate`` alone, compiled resources (``resources_rc``).
"""

from __future__ import annotations

import ast
import enum
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "migrant_planning_plugin"
COMPAT_MODULE = "qt_compat.py"

REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())",
    "QDirModel": "QFileSystemModel",
    "QGLWidget": "QOpenGLWidget",
    "QMatrix": "QTransform",
    "QSound": "QSoundEffect",
    "QTextCodec": "bytes.decode / QStringDecoder",
    "QStringRef": "str",
    "QLinkedList": "a Python list",
}
MOVED_TO_QTGUI = ("QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand")
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
OVERLOADED_SIGNALS = ("activated", "currentIndexChanged", "highlighted", "valueChanged", "buttonClicked")


def _namespaces() -> Dict[str, object]:
    """Classes of the running Qt and QGIS bindings, by name (empty when they cannot be imported)."""
    names: Dict[str, object] = {}
    modules = ("QtCore", "QtGui", "QtWidgets", "QtXml", "QtNetwork", "QtPrintSupport", "QtSql", "QtSvg")
    for module in modules:
        try:
            loaded = __import__(f"qgis.PyQt.{module}", fromlist=["*"])
        except ImportError:
            continue
        names.update({k: v for k, v in vars(loaded).items() if isinstance(v, type)})
    for module in ("qgis.core", "qgis.gui", "qgis.analysis"):
        try:
            loaded = __import__(module, fromlist=["*"])
        except ImportError:
            continue
        names.update({k: v for k, v in vars(loaded).items() if isinstance(v, type)})
    return names


def _enum_type_of(value: object) -> Optional[type]:
    """The enum type of an enum value (sip enums of PyQt5, Python enums of PyQt6/QGIS), else None."""
    kind = type(value)
    if isinstance(value, enum.Enum):
        return kind
    if isinstance(value, int) and not isinstance(value, bool) and kind is not int and "." in kind.__qualname__:
        return kind
    return None


def unscoped_enum(classes: Dict[str, object], owner: str, member: str) -> Optional[str]:
    """``Owner.Enum.member`` when ``owner.member`` is an enum value reached without its enum, else None."""
    cls = classes.get(owner)
    if cls is None or member.startswith("_"):
        return None
    try:
        value = getattr(cls, member)
    except Exception:
        return None
    if isinstance(value, type):
        return None  # the enum itself (Owner.Enum) or a nested class
    kind = _enum_type_of(value)
    if kind is None:
        return None
    return f"{owner}.{kind.__name__}.{member}"


def _parents(tree: ast.AST) -> Dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def check_source(text: str, name: str, classes: Dict[str, object]) -> List[Tuple[int, str]]:
    """The findings in one file's source: (line, problem)."""
    tree = ast.parse(text, filename=name)
    parents = _parents(tree)
    found: List[Tuple[int, str]] = []
    compat = name.endswith(COMPAT_MODULE)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for module in modules:
                top = module.split(".")[0]
                if top in ("PyQt5", "PyQt6", "sip") or module == "qgis.PyQt.Qt":
                    found.append((line, f"import {module}: import Qt through qgis.PyQt.QtCore/QtGui/QtWidgets"))
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in REMOVED_CLASSES:
                        found.append((line, f"{alias.name} is removed in Qt 6: use {REMOVED_CLASSES[alias.name]}"))
                    if alias.name == "qApp":
                        found.append((line, "qApp is removed in Qt 6: use QApplication.instance()"))
                    if alias.name == "resources_rc" or (node.module or "").endswith("resources_rc"):
                        found.append((line, "compiled resources are removed in Qt 6: load files by path"))
                    if alias.name in MOVED_TO_QTGUI and (node.module or "").endswith("QtWidgets") and not compat:
                        where = "migrant_planning_plugin.qt_compat"
                        found.append((line, f"{alias.name} moved to QtGui in Qt 6: import it from {where}"))
        elif isinstance(node, ast.FunctionDef) and node.name in ("exec_", "print_"):
            found.append((line, f"def {node.name}: PyQt6 has {node.name[:-1]}()"))
        elif isinstance(node, ast.Attribute):
            if node.attr in ("exec_", "print_"):
                found.append((line, f".{node.attr}(): use .{node.attr[:-1]}() (works on Qt 5 too)"))
            elif node.attr == "desktop" and isinstance(parents.get(node), ast.Call):
                found.append((line, "QApplication.desktop() is removed in Qt 6: use QGuiApplication.screens()"))
            elif node.attr == "width" and _is_font_metrics(node.value):
                found.append((line, "QFontMetrics.width() is removed in Qt 6: use horizontalAdvance()"))
            if isinstance(node.value, ast.Name):
                owner = node.value.id
                if owner == "QVariant" and node.attr == "Type":
                    found.append((line, "QVariant.Type.X does not exist in PyQt6: write QVariant.X"))
                    continue
                if (owner, node.attr) in RENAMED_ENUMS:
                    found.append((line, f"{owner}.{node.attr} is removed in Qt 6: {RENAMED_ENUMS[(owner, node.attr)]}"))
                    continue
                if owner == "QVariant":
                    continue  # QVariant.Int and the like: kept by QGIS for Qt 6
                scoped = unscoped_enum(classes, owner, node.attr)
                if scoped:
                    found.append((line, f"{owner}.{node.attr}: enums are scoped in PyQt6, write {scoped}"))
        elif isinstance(node, ast.Name) and node.id in REMOVED_CLASSES and isinstance(node.ctx, ast.Load):
            found.append((line, f"{node.id} is removed in Qt 6: use {REMOVED_CLASSES[node.id]}"))
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            if node.value.attr in OVERLOADED_SIGNALS and isinstance(node.slice, ast.Name):
                found.append((line, f"{node.value.attr}[{node.slice.id}]: overloaded signals are gone in PyQt6"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QDateTime":
            if len(node.args) == 8 or (
                len(node.args) == 1
                and isinstance(node.args[0], ast.Call)
                and getattr(node.args[0].func, "id", "") == "QDate"
            ):
                found.append((line, "QDateTime(...): build it from QDate(...), QTime(...) (Qt 6)"))
    return sorted(set(found))


def _is_font_metrics(node: ast.AST) -> bool:
    """Whether an expression is QFontMetrics(...)/QFontMetricsF(...) or x.fontMetrics()."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF"):
            return True
        if isinstance(func, ast.Attribute) and func.attr == "fontMetrics":
            return True
    return False


def check(paths: Iterable[Path]) -> List[str]:
    """Findings in every .py file under ``paths``, as 'file:line: problem'."""
    classes = _namespaces()
    problems = []
    for path in paths:
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8")
            shown = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
            problems += [f"{shown}:{line}: {problem}" for line, problem in check_source(text, str(file), classes)]
    return problems


def main(argv: Optional[List[str]] = None) -> int:
    """Print the findings; 1 when there is one."""
    args = argv if argv is not None else sys.argv[1:]
    paths = [Path(a).resolve() for a in args] or [PACKAGE]
    problems = check(paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"Qt 6 check: {len(problems)} problem(s)")
        return 1
    print("Qt 6 check: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
