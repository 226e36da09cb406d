"""The report's layout added to a project's Layout Manager, to be edited there (an emblem, a text, a page).

The layout is built again in that project: its map layers join the project in one group (unchecked, so the main
map does not change); the layers the report derived (hazard levels, best parcels) are saved in a GeoPackage beside
the PDF first, so nothing of the layout lives only in memory and it survives saving and reopening the project.
"""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import QgsDataProvider, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from ...core.i18n import tr
from ...core.report import Report
from ...core.text import slug
from .builder import build_layout
from .maps import MapInputs


def unique_layout_name(project: QgsProject, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when the project has a layout of that name."""
    manager = project.layoutManager()
    candidate, number = name, 1
    while manager.layoutByName(candidate) is not None:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def persist(layer: QgsVectorLayer, gpkg: str, first: bool, project: QgsProject) -> None:
    """Save a memory layer as a table of ``gpkg`` and point the layer at it (its style kept)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = slug(layer.name())[:50] or "layer"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        if first
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, gpkg, project.transformContext(), options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(
            tr("{layer} could not be saved in {path}: {error}").format(layer=layer.name(), path=gpkg, error=result[1])
        )
    layer.setDataSource(f"{gpkg}|layername={options.layerName}", layer.name(), "ogr", QgsDataProvider.ProviderOptions())


def add_to_project(
    report: Report,
    chart_files: Dict[str, str],
    inputs: MapInputs,
    logo: Optional[str],
    project: QgsProject,
    gpkg: str,
) -> str:
    """Build the layout in ``project`` and add it to its Layout Manager; returns the layout's name."""
    before = set(project.mapLayers())
    built = build_layout(report, chart_files, inputs, logo, project=project)
    added = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
    first = True
    for index, layer in enumerate(added):
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory":
            layer.setName(layer.name() or f"layer_{index}")
            persist(layer, gpkg, first, project)
            first = False
    name = unique_layout_name(project, report.title + (f" \u2014 {report.city}" if report.city else ""))
    group = project.layerTreeRoot().insertGroup(0, tr("Report maps: {name}").format(name=name))
    for layer in added:
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(False)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    built.layout.setName(name)
    project.layoutManager().addLayout(built.layout)
    return name
