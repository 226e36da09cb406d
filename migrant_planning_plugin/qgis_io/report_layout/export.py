"""The report layout exported: the PDF, and PNG images of the maps for the HTML version."""

from __future__ import annotations

from typing import Dict

from qgis.core import Qgis, QgsLayoutExporter, QgsLayoutPoint, QgsRenderContext
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize

from ...core.i18n import tr
from .builder import BuiltLayout
from .style import MM


def export_pdf(built: BuiltLayout, path: str) -> None:
    """Export the layout to a PDF file (vector, text as text)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    # Real text (searchable, selectable) rather than outlines, in tables and map labels too.
    always_text = getattr(getattr(Qgis, "TextRenderFormat", None), "AlwaysText", None)
    settings.textRenderFormat = (
        always_text if always_text is not None else QgsRenderContext.TextRenderFormat.TextFormatAlwaysText
    )
    result = QgsLayoutExporter(built.layout).exportToPdf(path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OSError(tr("The PDF could not be written to {path} (error {code}).").format(path=path, code=int(result)))


def map_images(built: BuiltLayout, dpi: int = 130) -> Dict[str, bytes]:
    """PNG bytes of each map with its legend, scale bar and north arrow, rendered from the layout."""
    images = {}
    exporter = QgsLayoutExporter(built.layout)
    collection = built.layout.pageCollection()
    for caption in built.map_captions:
        caption.setVisibility(False)
    for key, (page, rect) in built.map_regions.items():
        origin = collection.pagePositionToLayoutPosition(page, QgsLayoutPoint(rect.x(), rect.y(), MM))
        region = QRectF(QPointF(origin.x(), origin.y()), rect.size())
        image = exporter.renderRegionToImage(region, QSize(), dpi)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images[key] = bytes(data)
    for caption in built.map_captions:
        caption.setVisibility(True)
    return images
