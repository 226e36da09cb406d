"""Metadata that stays with a written output: the description of a GeoPackage layer, or of a temporary layer.

An abstract given to ``MigrantAlgorithm.write`` reaches the layer only when Processing loads it into the
project. Outputs that must say what they are wherever they are opened (estimates, not counts) also get it in
the file: the GeoPackage layer's description (``gpkg_contents.description``, which QGIS shows as the layer's
abstract) and GDAL metadata items (``gpkg_metadata``) that other programs, and the report, can read.
"""

from __future__ import annotations

import logging
import os
from typing import Dict, Optional

from osgeo import gdal
from qgis.core import QgsProcessingContext, QgsProcessingUtils, QgsProviderRegistry

from ..core.i18n import tr

LOG = logging.getLogger("migrant_planning")

gdal.UseExceptions()


def describe_output(
    destination: Optional[str], context: QgsProcessingContext, description: str, items: Dict[str, str]
) -> bool:
    """Write ``description`` and metadata ``items`` into the output ``destination`` (a sink's destination id).

    GeoPackage files get them in the file; a temporary (memory) layer gets the description as its abstract and
    the items as keywords. Other destinations are left as they are. Returns whether the metadata was written.
    """
    if not destination:
        return False
    layer = QgsProcessingUtils.mapLayerFromString(destination, context, False)
    if layer is not None and layer.providerType() == "memory":
        metadata = layer.metadata()
        metadata.setAbstract(description)
        for key, value in items.items():
            metadata.addKeywords(key, [value])
        layer.setMetadata(metadata)
        return True
    parts = QgsProviderRegistry.instance().decodeUri("ogr", destination)
    path = parts.get("path") or destination
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return False
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        name = parts.get("layerName")
        ogr_layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
        if ogr_layer is None:
            return False
        ogr_layer.SetMetadataItem("DESCRIPTION", description)
        for key, value in items.items():
            ogr_layer.SetMetadataItem(key, value)
        ogr_layer = None
        dataset = None
    except RuntimeError as error:  # the output stays valid without its description
        LOG.warning(
            tr("{file}: its description could not be written ({error}); the layer itself is complete.").format(
                file=os.path.basename(path), error=error
            )
        )
        return False
    return True
