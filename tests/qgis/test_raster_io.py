"""qgis_io.raster: GeoTIFF grids written and read by blocks; nothing left behind on failure."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from pyproj import CRS

from migrant_planning_plugin.core.grid import GridSpec
from migrant_planning_plugin.qgis_io.raster import GeoTiffWriter, grid_of, read_block, read_masked_block, warp_to_grid


def _grid():
    return GridSpec.from_bounds((5_000_000, 2_000_000, 5_000_250, 2_000_100), 25.0, CRS.from_epsg(9377).to_wkt())


def test_write_and_read_by_blocks(tmp_path):
    grid = _grid()
    full = np.arange(grid.height * grid.width, dtype=np.float32).reshape(grid.shape)
    full[1, 2] = -9999
    path = str(tmp_path / "s.tif")
    with GeoTiffWriter(path, grid, "float32", nodata=-9999, metadata={"crs_used": "EPSG:9377"}) as writer:
        for row, n in grid.blocks(3):
            writer.write(full[row : row + n], row)
    read_grid, nodata = grid_of(path)
    assert read_grid.bounds == grid.bounds and read_grid.shape == grid.shape and nodata == -9999
    assert np.array_equal(np.vstack([read_block(path, r, n) for r, n in read_grid.blocks(2)]), full)
    masked = read_masked_block(path, 0, 2)
    assert np.isnan(masked[1, 2]) and masked[0, 0] == 0
    assert gdal.Open(path).GetMetadataItem("crs_used") == "EPSG:9377"


def test_failed_write_leaves_nothing(tmp_path):
    grid = _grid()
    path = tmp_path / "s.tif"
    with pytest.raises(RuntimeError), GeoTiffWriter(str(path), grid, "float32", nodata=-1) as writer:
        writer.write(np.zeros((2, grid.width)), 0)
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_warp_resamples_other_crs_and_resolution(tmp_path):
    # a 10 m raster in EPSG:9377 whose value is x; warped to the 25 m grid the cell mean is the centre x
    fine = GridSpec.from_bounds((5_000_000, 2_000_000, 5_000_250, 2_000_100), 10.0, CRS.from_epsg(9377).to_wkt())
    xs, _ys = fine.cell_centres()
    values = np.tile(xs - 5_000_000, (fine.height, 1)).astype(np.float32)
    path = str(tmp_path / "fine.tif")
    with GeoTiffWriter(path, fine, "float32", nodata=-1) as writer:
        writer.write(values, 0)
    grid = _grid()
    out = warp_to_grid(path, grid, "average")
    centres, _ = grid.cell_centres()
    assert out.shape == grid.shape
    assert np.allclose(out[0], centres - 5_000_000, atol=2.6)
    block = warp_to_grid(path, grid, "average", row=2, n_rows=2)
    assert np.allclose(block, out[2:4])
