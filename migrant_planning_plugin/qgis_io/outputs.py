"""Files written into an output folder all together: staged under temporary names, moved into
place only on :meth:`StagedOutputs.commit`, removed on :meth:`StagedOutputs.discard`.

So a run that fails or is cancelled while writing leaves no partial file behind, and one that
succeeds replaces the previous run's files of the same names.
"""

from __future__ import annotations

import os
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter, QgsWkbTypes

from ..core.grid import GridSpec
from .raster import GeoTiffWriter
from .vector import fields_for, write_features


class StagedOutputs:
    """GeoTIFFs and GeoPackages staged beside their targets; see the module docstring."""

    def __init__(self) -> None:
        self._rasters: List[GeoTiffWriter] = []
        self._files: List[Tuple[str, str]] = []  # (partial, final)

    def raster(
        self,
        path: str,
        grid: GridSpec,
        array: np.ndarray,
        dtype: str,
        nodata: Optional[float] = None,
        metadata: Optional[Dict[str, str]] = None,
        band_description: str = "",
    ) -> str:
        """Stage a one-band GeoTIFF holding ``array``; returns the final path."""
        writer = GeoTiffWriter(
            path,
            grid,
            dtype,
            nodata=nodata,
            metadata=metadata,
            band_descriptions=(band_description,) if band_description else None,
        )
        self._rasters.append(writer)
        writer.write(array, 0)
        return writer.path

    def geopackage(
        self,
        path: str,
        frame: pd.DataFrame,
        layer_name: str,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        wkb_type=QgsWkbTypes.Type.MultiPolygon,
    ) -> str:
        """Stage a GeoPackage with one layer holding ``frame`` (multi geometries); returns the final path."""
        path = str(path)
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        partial = os.path.join(folder, "." + os.path.basename(path) + ".partial.gpkg")
        if os.path.exists(partial):
            os.remove(partial)
        self._files.append((partial, path))
        fields = fields_for(frame)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        options.fileEncoding = "UTF-8"
        writer = QgsVectorFileWriter.create(partial, fields, wkb_type, crs, transform_context, options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = writer.errorMessage()
            del writer
            raise OSError(message)
        write_features(writer, frame, fields, multi=QgsWkbTypes.isMultiType(wkb_type))
        del writer  # closes the file
        return path

    def commit(self) -> List[str]:
        """Move every staged file to its final path; returns the final paths."""
        done = [writer.commit() for writer in self._rasters]
        for partial, final in self._files:
            os.replace(partial, final)
            done.append(final)
        self._rasters, self._files = [], []
        return done

    def discard(self) -> None:
        """Delete every staged file."""
        for writer in self._rasters:
            writer.discard()
        for partial, _final in self._files:
            for name in (partial, partial + "-wal", partial + "-shm", partial + "-journal"):
                if os.path.exists(name):
                    os.remove(name)
        self._rasters, self._files = [], []

    def __enter__(self) -> StagedOutputs:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
