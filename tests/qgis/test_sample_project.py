"""The sample project villa_esperanza.qgz opens anywhere (relative paths) with every layer valid and styled."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsRenderContext, QgsVectorLayer

from migrant_planning_plugin import sample_city

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data"
STYLES = ROOT / "resources" / "styles"
PROJECT = SAMPLE / "villa_esperanza.qgz"
ROLE_OF = {name: role for role, name in sample_city.LAYERS.items()}


@pytest.fixture(scope="module")
def moved_project(tmp_path_factory) -> Path:
    """The project and its data copied into another folder, as a trainer would copy them."""
    folder = tmp_path_factory.mktemp("taller")
    for path in (PROJECT, SAMPLE / sample_city.GPKG_NAME, SAMPLE / sample_city.DEM_NAME):
        shutil.copy2(path, folder / path.name)
    return folder / PROJECT.name


def _project_xml() -> str:
    with zipfile.ZipFile(PROJECT) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".qgs")]
        return archive.read(name).decode("utf-8")


def test_paths_are_relative_and_version_is_322():
    xml = _project_xml()
    sources = re.findall(r"<datasource>([^<]+)</datasource>", xml)
    assert len(sources) == len(sample_city.LAYERS) + 1  # every vector layer and the DEM
    assert all(source.startswith("./villa_esperanza") for source in sources), sources
    # written by QGIS 3.22, the oldest supported version, so every newer QGIS reads it
    assert re.search(r'<qgis [^>]*version="3\.22\.', xml)


def _style_signature(layer) -> tuple:
    """What a style decides: renderer type, its classes (values or rules) and whether labels are on."""
    renderer = layer.renderer()
    kind = renderer.type()
    classes = ()
    if hasattr(renderer, "categories"):
        classes = tuple(str(c.value()) for c in renderer.categories())
    elif hasattr(renderer, "rootRule"):
        classes = tuple(r.filterExpression() for r in renderer.rootRule().children())
    if isinstance(layer, QgsRasterLayer):
        if hasattr(renderer, "shader"):
            function = renderer.shader().rasterShaderFunction()
            classes = tuple((round(item.value, 6), item.color.name()) for item in function.colorRampItemList())
        return kind, classes
    symbols = tuple(
        tuple(sorted(symbol.symbolLayer(i).properties().items()) for i in range(symbol.symbolLayerCount()))
        for symbol in renderer.symbols(QgsRenderContext())
    )
    return kind, classes, symbols


def test_every_layer_is_valid_styled_and_in_the_moved_folder(qgis_app, moved_project):
    project = QgsProject()
    assert project.read(str(moved_project)), project.error()
    try:
        layers = list(project.mapLayers().values())
        assert len(layers) == len(sample_city.LAYERS) + 1
        assert project.crs().authid() == "EPSG:9377"
        folder = str(moved_project.parent)
        labelled = set()
        for layer in layers:
            assert layer.isValid(), layer.name()
            assert layer.source().startswith(folder), layer.source()  # read from the copy, not the repository
            if isinstance(layer, QgsRasterLayer):
                role = "dem"
                reference = QgsRasterLayer(layer.source(), "reference", "gdal")
            else:
                role = ROLE_OF[layer.source().split("layername=")[1]]
                reference = QgsVectorLayer(layer.source(), "reference", "ogr")
                if layer.labelsEnabled():
                    labelled.add(role)
            # styled: the layer draws exactly as its style file says
            message, ok = reference.loadNamedStyle(str(STYLES / f"sample_{role}.qml"))
            assert ok, message
            assert _style_signature(layer) == _style_signature(reference), layer.name()
            assert _style_signature(layer) != _style_signature(
                QgsVectorLayer(layer.source(), "plain", "ogr") if role != "dem" else QgsRasterLayer(layer.source())
            ), f"{layer.name()} has the default style"
        # labelled: comunas and streams (styles), facilities, parcels and informal settlements (project)
        assert {"areas", "streams", "facilities", "candidates", "settlements"} <= labelled
        extent = project.viewSettings().defaultViewExtent()
        assert extent.contains(project.mapLayersByName("Límite municipal")[0].extent())
    finally:
        project.clear()
