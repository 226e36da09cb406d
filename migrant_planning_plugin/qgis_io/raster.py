"""GeoTIFF grids read and written by blocks of rows with GDAL.

A :class:`GeoTiffWriter` writes to a temporary file beside the target and moves it into
place only on :meth:`GeoTiffWriter.commit` (or with the other outputs of the run, by
:class:`.outputs.StagedOutputs`), so a failed or cancelled run leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
from typing import Dict, Optional, Tuple, Union

import numpy as np
from osgeo import gdal, osr

from ..core.grid import GridSpec
from . import staging

gdal.UseExceptions()

_GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}
_RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "bilinear": gdal.GRA_Bilinear,
    "cubic": gdal.GRA_Cubic,
    "average": gdal.GRA_Average,
    "mode": gdal.GRA_Mode,
}
CREATION_OPTIONS = ("COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER")

Source = Union[str, "gdal.Dataset"]


def gdal_wkt(crs_wkt: str) -> str:
    """The WKT that this GDAL understands for a CRS given as WKT (from pyproj, QGIS or GDAL).

    pyproj may carry a newer PROJ database than the system's GDAL; a CRS with an EPSG code is
    therefore rebuilt from the code by GDAL itself.
    """
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs_wkt)
    if (srs.GetAuthorityName(None) or "").upper() == "EPSG" and srs.GetAuthorityCode(None):
        by_code = osr.SpatialReference()
        by_code.ImportFromEPSG(int(srs.GetAuthorityCode(None)))
        return by_code.ExportToWkt()
    return srs.ExportToWkt()


def _dataset(source: Source) -> gdal.Dataset:
    """An open GDAL dataset for a path or a dataset."""
    return gdal.Open(str(source)) if isinstance(source, (str, os.PathLike)) else source


def grid_of(source: Source) -> Tuple[GridSpec, Optional[float]]:
    """The grid of a north-up raster and the nodata value of its first band."""
    ds = _dataset(source)
    x0, dx, rx, y0, ry, _dy = ds.GetGeoTransform()
    if rx != 0 or ry != 0:
        raise ValueError("rotated rasters are not supported")
    # Non-square cells are described by their x size; warp_to_grid resamples them exactly.
    return GridSpec(x0, y0, dx, ds.RasterXSize, ds.RasterYSize, ds.GetProjection()), ds.GetRasterBand(
        1
    ).GetNoDataValue()


def read_block(source: Source, row: int, n_rows: int, band: int = 1) -> np.ndarray:
    """Rows ``row`` .. ``row + n_rows - 1`` of a band, as stored."""
    ds = _dataset(source)
    return ds.GetRasterBand(band).ReadAsArray(0, row, ds.RasterXSize, n_rows)


def read_masked_block(
    source: Source,
    row: int,
    n_rows: int,
    band: int = 1,
    dtype=np.float64,
    col: int = 0,
    n_cols: Optional[int] = None,
) -> np.ndarray:
    """A block of a band as float64 (or ``dtype``) with NaN where the band has nodata (or is not finite).

    The block has the rows ``row`` .. ``row + n_rows - 1`` and the columns ``col`` .. ``col + n_cols - 1``
    (by default every column from ``col``).
    """
    ds = _dataset(source)
    rb = ds.GetRasterBand(band)
    width = ds.RasterXSize - col if n_cols is None else n_cols
    data = rb.ReadAsArray(col, row, width, n_rows).astype(dtype, copy=False)
    nodata = rb.GetNoDataValue()
    if nodata is not None:
        data[data == nodata] = np.nan
    data[~np.isfinite(data)] = np.nan
    return data


def has_data(source: Source, band_number: int = 1) -> bool:
    """Whether a band holds at least one valid (not nodata, finite) value.

    A decimated read (at most 512 x 512 samples) settles most rasters at once; only when every sample is
    nodata is the whole band scanned. Statistics cached in the file's metadata are not trusted: they may
    describe the data before it was edited.
    """
    dataset = _dataset(source)
    band = dataset.GetRasterBand(band_number)
    nodata = band.GetNoDataValue()

    def valid(values: np.ndarray) -> bool:
        values = np.asarray(values, dtype=float)
        ok = np.isfinite(values)
        if nodata is not None:
            ok &= values != nodata
        return bool(ok.any())

    width, height = dataset.RasterXSize, dataset.RasterYSize
    if valid(band.ReadAsArray(0, 0, width, height, buf_xsize=min(width, 512), buf_ysize=min(height, 512))):
        return True
    rows = max(1, (64 * 2**20) // max(1, 8 * width))
    return any(valid(band.ReadAsArray(0, row, width, min(rows, height - row))) for row in range(0, height, rows))


def value_range(source: Source, band_number: int = 1) -> Tuple[float, float]:
    """The smallest and largest valid value of a band (nodata and NaN left out); NaN, NaN for nodata only."""
    dataset = _dataset(source)  # kept referenced while its band is used (GDAL frees the band with it)
    band = dataset.GetRasterBand(band_number)
    try:
        low, high = band.ComputeRasterMinMax(False)
    except RuntimeError:  # only nodata
        return float("nan"), float("nan")
    return float(low), float(high)


def warp_to_grid(
    source: Source,
    grid: GridSpec,
    resampling: str = "bilinear",
    row: int = 0,
    n_rows: Optional[int] = None,
    band: int = 1,
) -> np.ndarray:
    """A raster resampled onto (a block of rows of) ``grid``, float64 with NaN for nodata.

    The source may be in any CRS and resolution: GDAL reprojects it on the fly.
    """
    n_rows = grid.height - row if n_rows is None else n_rows
    block = grid.block_spec(row, n_rows)
    src = _dataset(source)
    src_nodata = src.GetRasterBand(band).GetNoDataValue()
    if band != 1 or src.RasterCount != 1:
        src = gdal.Translate("", src, format="VRT", bandList=[band])
    options = gdal.WarpOptions(
        format="MEM",
        outputBounds=block.bounds,
        width=block.width,
        height=block.height,
        dstSRS=gdal_wkt(grid.crs_wkt) if grid.crs_wkt else None,
        resampleAlg=_RESAMPLING[resampling],
        srcNodata=src_nodata,
        dstNodata=np.nan,
        outputType=gdal.GDT_Float64,
        multithread=False,
    )
    out = gdal.Warp("", src, options=options)
    data = out.GetRasterBand(1).ReadAsArray().astype(np.float64)
    data[~np.isfinite(data)] = np.nan
    return data


class GeoTiffWriter:
    """Writes a GeoTIFF block by block; the file appears at ``path`` only on :meth:`commit`.

    It is written to ``partial`` (by default a unique hidden name beside ``path``, see
    :func:`.staging.staging_path`); :class:`.outputs.StagedOutputs` moves it into place together with the other
    outputs of the run. A write that fails (a full disk) is an :class:`InputError` that says why.
    """

    def __init__(
        self,
        path: str,
        grid: GridSpec,
        dtype: Union[str, np.dtype] = "float32",
        nodata: Optional[float] = None,
        bands: int = 1,
        metadata: Optional[Dict[str, str]] = None,
        band_descriptions: Optional[Tuple[str, ...]] = None,
        partial: Optional[str] = None,
    ):
        self.path = str(path)
        self.grid = grid
        self.dtype = np.dtype(dtype)
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        self._partial = partial or staging.staging_path(self.path, staging.run_tag())
        self._ds = None
        driver = gdal.GetDriverByName("GTiff")
        try:
            self._ds = driver.Create(
                self._partial, grid.width, grid.height, bands, _GDAL_TYPES[self.dtype], options=list(CREATION_OPTIONS)
            )
            self._ds.SetGeoTransform(grid.geotransform)
            if grid.crs_wkt:
                self._ds.SetProjection(gdal_wkt(grid.crs_wkt))
            for index in range(1, bands + 1):
                band = self._ds.GetRasterBand(index)
                if nodata is not None:
                    band.SetNoDataValue(float(nodata))
                    band.Fill(float(nodata))
                if band_descriptions and index <= len(band_descriptions):
                    band.SetDescription(band_descriptions[index - 1])
            if metadata:
                self._ds.SetMetadata({str(k): str(v) for k, v in metadata.items()})
        except RuntimeError as error:
            failure = staging.write_failure(self.path, error)
        else:
            failure = None
        if failure is not None:
            self.discard()
            raise failure

    @property
    def partial(self) -> str:
        """The temporary file being written."""
        return self._partial

    def write(self, array: np.ndarray, row: int, band: int = 1) -> None:
        """Write a block of whole rows starting at ``row``."""
        failure = None
        try:
            self._ds.GetRasterBand(band).WriteArray(np.asarray(array, dtype=self.dtype), 0, row)
        except RuntimeError as error:
            failure = staging.write_failure(self.path, error)
        if failure is not None:  # raised here, without the GDAL error's frames (they keep the file open)
            self.discard()
            raise failure

    def set_metadata(self, metadata: Dict[str, str]) -> None:
        """Add metadata items to the dataset."""
        current = self._ds.GetMetadata() or {}
        current.update({str(k): str(v) for k, v in metadata.items()})
        self._ds.SetMetadata(current)

    def close(self) -> None:
        """Write what is cached and close the temporary file (a full disk shows here at the latest)."""
        if self._ds is None:
            return
        failure = None
        try:
            self._ds.FlushCache()
        except RuntimeError as error:
            failure = staging.write_failure(self.path, error)
        if failure is not None:
            self.discard()
            raise failure
        self._ds = None

    def commit(self) -> str:
        """Close the file and move it (and its .aux.xml) to its final path; returns the path."""
        self.close()
        staging.move_into_place(self._partial, self.path).finish()
        return self.path

    def discard(self) -> None:
        """Close and delete the temporary file (after an error or a cancel)."""
        dataset, self._ds = self._ds, None
        if dataset is not None:
            # closing a file on a full disk reports the write error again, from the dataset's destructor (which
            # Python can only print): the error was reported already, the file is being deleted
            previous, sys.unraisablehook = sys.unraisablehook, lambda _unraisable: None
            gdal.PushErrorHandler("CPLQuietErrorHandler")
            try:
                del dataset
            finally:
                gdal.PopErrorHandler()
                sys.unraisablehook = previous
        staging.remove_staged(self._partial)

    def __enter__(self) -> GeoTiffWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
        elif self._ds is not None:
            self.commit()
