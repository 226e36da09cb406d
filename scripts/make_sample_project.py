#!/usr/bin/env python3
"""Write resources/sample_data/villa_esperanza.qgz, the sample city as a styled and labelled QGIS project.

The project is made with the QGIS API (so it opens in QGIS 3.22 and newer), in Spanish like the workshop, with
paths relative to the project file: copy the folder (the .qgz, villa_esperanza.gpkg and villa_esperanza_dem.tif)
anywhere and it still opens. Styles are the sample city's (resources/styles/sample_*.qml, written by
scripts/make_styles.py); this script adds the project-level settings: layer order and names, a few labels that
appear when zooming in, the CRS, the initial view, the title and the metadata.

Run from the repository: ``.venv/bin/python scripts/make_sample_project.py [--image PNG]`` (``--image`` also
draws the project's initial view into a PNG, for the documentation).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from style_kit import ROOT, STYLES, start_qgis, text_labels

sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources" / "sample_data"
TARGET = SAMPLE / "villa_esperanza.qgz"
GPKG = SAMPLE / "villa_esperanza.gpkg"
DEM = SAMPLE / "villa_esperanza_dem.tif"

# Layer tree, top first: role, layer in the GeoPackage (None: the DEM), Spanish name, visible at start.
LAYERS = (
    ("facilities", "equipamientos", "Equipamientos", True),
    ("roads", "malla_vial", "Malla vial", True),
    ("streams", "drenajes", "Drenajes", True),
    ("water", "cuerpos_agua", "Cuerpos de agua", True),
    ("areas", "comunas", "Comunas", True),
    ("candidates", "predios", "Predios candidatos", True),
    ("settlements", "asentamientos", "Asentamientos", True),
    ("hazards", "zonas_amenaza", "Zonas de amenaza", False),
    ("land_use", "usos_suelo", "Usos del suelo (POT)", True),
    ("boundary", "limite_municipal", "Límite municipal", True),
    ("dem", None, "Elevación (MDE)", False),
)
GROUP = "Villa Esperanza"
TITLE = "Villa Esperanza — ciudad de ejemplo del Planificador de Integración Urbana de Migrantes"
ABSTRACT = (
    "Ciudad ficticia de frontera cerca de Cúcuta, hecha para los talleres de capacitación: 418 asentamientos "
    "(113 informales) con población y migrantes, zonas de amenaza por inundación, avenida torrencial y movimiento "
    "en masa (alta, media, baja), 61 equipamientos de salud, educación y primera infancia, la malla vial, los "
    "usos del suelo del POT, 8 comunas, 316 predios candidatos y un modelo digital de elevación de 20 m. "
    "SRC EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). Todos los datos son sintéticos; ver docs/data_dictionary.md."
)
# Labels added in the project (the styles already label comunas and streams): field or expression, size,
# colour, largest scale denominator at which they show.
EXTRA_LABELS = {
    "facilities": ('"nombre"', 7.5, "#333333", 15000),
    "candidates": ('"codigo_predio"', 7.0, "#01665e", 12000),
    "settlements": ('CASE WHEN "informal" THEN "nombre" END', 7.5, "#54278f", 25000),
}


def build(target: Path = TARGET):
    """Build the project and write it to ``target`` (beside the data, so that paths are relative)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsRasterLayer,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    project = QgsProject()
    crs = QgsCoordinateReferenceSystem("EPSG:9377")
    project.setCrs(crs)
    project.setTitle(TITLE)
    project.writeEntryBool("Paths", "/Absolute", False)
    metadata = project.metadata()
    metadata.setTitle(TITLE)
    metadata.setAbstract(ABSTRACT)
    metadata.setAuthor("Migrant Integration Planner")
    metadata.setLanguage("es")
    project.setMetadata(metadata)
    group = project.layerTreeRoot().addGroup(GROUP)
    layers = {}
    for role, name, title, visible in LAYERS:
        if name is None:
            layer = QgsRasterLayer(str(DEM), title, "gdal")
        else:
            layer = QgsVectorLayer(f"{GPKG}|layername={name}", title, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"cannot open the sample layer {name or DEM}")
        message, ok = layer.loadNamedStyle(str(STYLES / f"sample_{role}.qml"))
        if not ok:
            raise RuntimeError(f"style sample_{role}.qml: {message}")
        if role in EXTRA_LABELS:
            expression, size, color, max_scale = EXTRA_LABELS[role]
            text_labels(layer, expression, size, color, buffer_size=0.8, max_scale=max_scale)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        node.setExpanded(role in ("hazards", "facilities"))
        layers[role] = layer
    extent = layers["boundary"].extent()
    extent.grow(300)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    target.parent.mkdir(parents=True, exist_ok=True)
    if not project.write(str(target)):
        raise RuntimeError(f"cannot write {target}: {project.error()}")
    return project


def draw(project, path: Path, width: int = 760) -> None:
    """Draw the project's initial view (visible layers) into a PNG."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    root = project.layerTreeRoot()
    visible = [node.layer() for node in root.findLayers() if node.isVisible()]
    extent = project.viewSettings().defaultViewExtent()
    settings = QgsMapSettings()
    settings.setLayers(visible)
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(QColor("#ffffff"))
    settings.setOutputSize(QSize(width, int(width * extent.height() / extent.width())))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(path), "PNG")
    try:  # a palette image is a third of the size, for the documentation
        from PIL import Image

        Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)
    except ImportError:
        pass


def main(argv) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--image", help="also draw the initial view into this PNG")
    args = parser.parse_args(argv)
    app = start_qgis()  # noqa: F841 (kept alive while the project is made)
    project = build()
    print(f"wrote {TARGET.relative_to(ROOT)}")
    if args.image:
        draw(project, Path(args.image))
        print(f"wrote {args.image}")
    project.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
