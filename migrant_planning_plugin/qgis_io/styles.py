"""Styles from resources/styles/ applied to layers, with legend labels in the user's language."""

from __future__ import annotations

import os
from typing import Dict, Optional

from qgis.core import Qgis, QgsCategorizedSymbolRenderer, QgsMapLayer
from qgis.PyQt.QtCore import QVariant

from ..core import charts
from ..core.i18n import tr
from ..paths import style_path


def level_labels() -> Dict[str, str]:
    """Translated legend labels of the hazard-level categories (alta, media, baja, none)."""
    return {**charts.level_labels(), "none": tr("Not exposed")}


def relabel(layer: QgsMapLayer, labels: Dict[str, str]) -> None:
    """Translated legend labels for the values of a categorized style."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for index, category in enumerate(renderer.categories()):
        value = category.value()
        key = value.value() if isinstance(value, QVariant) else value
        if key in labels:
            renderer.updateCategoryLabel(index, labels[key])
    layer.triggerRepaint()


def apply_style(layer: QgsMapLayer, name: str, labels: Optional[Dict[str, str]] = None) -> bool:
    """Load ``resources/styles/<name>`` into ``layer`` and translate its category labels; False without it."""
    path = style_path(name)
    if not name or not os.path.exists(path):
        return False
    layer.loadNamedStyle(path)
    if labels:
        relabel(layer, labels)
    return True


def _stores_styles(provider) -> bool:
    """Whether a vector data provider can keep styles in its database, as this QGIS version asks it."""
    capabilities = getattr(provider, "styleStorageCapabilities", None)  # QGIS 3.34 and newer (3.40: only this)
    if capabilities is not None:
        return bool(capabilities() & Qgis.ProviderStyleStorageCapability.SaveToDatabase)
    return provider.isSaveAndLoadStyleToDatabaseSupported()


def save_style_with_data(layer: QgsMapLayer, description: str = "") -> str:
    """Keep ``layer``'s style (symbols, labels, field aliases) with its data, so that the file opens styled in
    any project: in the GeoPackage's ``layer_styles`` table as its default style, or, for a GeoTIFF, as the
    ``.qml`` file beside it. Returns an error message ('' when saved)."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    source = layer.source().split("|", 1)[0]
    if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr" and source.lower().endswith(".gpkg"):
        if not _stores_styles(layer.dataProvider()):
            return tr("The GeoPackage cannot store styles.")
        return layer.saveStyleToDatabase(layer.name(), description, True, "") or ""
    if isinstance(layer, QgsRasterLayer) and source.lower().endswith((".tif", ".tiff")):
        message, ok = layer.saveDefaultStyle()
        return "" if ok else message
    return tr("Only GeoPackage and GeoTIFF files keep a style.")
