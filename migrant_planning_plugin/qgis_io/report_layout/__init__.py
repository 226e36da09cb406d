"""The council report as a QGIS print layout (A4 portrait): cover, maps, tables, charts, method.

:func:`build_layout` lays out a :class:`~...core.report.Report` (content computed in ``core``) with
QGIS layout items only — labels, maps, legends, scale bars, a north arrow, pictures, manual tables and
shapes; no HTML item, so no QtWebKit. Each section starts on a new page; a table or chart that does
not fit continues on the next page (tables repeat their header). The map layers are styled copies
kept in a private project: the user's layers and project are never touched.

Modules: :mod:`.style` (page, colours, fonts), :mod:`.builder` (pages and blocks), :mod:`.maps` (map blocks and
the list of maps), one module per map (:mod:`.exposure`, :mod:`.suitability`), :mod:`.layers` (styled copies),
:mod:`.export` (PDF and map images), :mod:`.project` (the layout added to a project).

Layouts are QGraphicsScenes: build and export them on the main thread (the algorithm says so with
``FlagNoThreading``).
"""

from __future__ import annotations

from .builder import BuiltLayout, build_layout
from .export import export_pdf, map_images
from .maps import MapInputs
from .project import add_to_project
from .style import font_family

__all__ = ["BuiltLayout", "MapInputs", "add_to_project", "build_layout", "export_pdf", "font_family", "map_images"]
