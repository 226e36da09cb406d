"""A raster grid (origin, cell size, shape, CRS) and its iteration by blocks of rows."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Tuple

import numpy as np

SNAP_TOLERANCE = 1e-6
"""Fraction of a cell within which a bound counts as lying on a grid line."""


@dataclass(frozen=True)
class GridSpec:
    """A north-up grid: top-left corner (``x_min``, ``y_max``), square cells, ``width`` x ``height``."""

    x_min: float
    y_max: float
    cell_size: float
    width: int
    height: int
    crs_wkt: str = ""

    @classmethod
    def from_bounds(
        cls, bounds: Tuple[float, float, float, float], cell_size: float, crs_wkt: str = "", snap: bool = True
    ) -> GridSpec:
        """The grid covering ``bounds`` (xmin, ymin, xmax, ymax); with ``snap`` its edges are multiples of the cell."""
        if cell_size <= 0:
            raise ValueError("cell_size must be positive")
        xmin, ymin, xmax, ymax = bounds
        if snap:
            # Bounds within a millionth of a cell of a grid line are on it: coordinates that went through a
            # reprojection and back (5049999.9999999 for 5050000) must not add a row or column of nodata.
            eps = SNAP_TOLERANCE
            xmin = math.floor(xmin / cell_size + eps) * cell_size
            ymin = math.floor(ymin / cell_size + eps) * cell_size
            xmax = math.ceil(xmax / cell_size - eps) * cell_size
            ymax = math.ceil(ymax / cell_size - eps) * cell_size
        width = max(1, int(round((xmax - xmin) / cell_size)))
        height = max(1, int(round((ymax - ymin) / cell_size)))
        return cls(float(xmin), float(ymax), float(cell_size), width, height, crs_wkt)

    @property
    def x_max(self) -> float:
        """Right edge."""
        return self.x_min + self.width * self.cell_size

    @property
    def y_min(self) -> float:
        """Bottom edge."""
        return self.y_max - self.height * self.cell_size

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)."""
        return (self.x_min, self.y_min, self.x_max, self.y_max)

    @property
    def shape(self) -> Tuple[int, int]:
        """(rows, columns) as numpy orders them."""
        return (self.height, self.width)

    @property
    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        """The GDAL geotransform."""
        return (self.x_min, self.cell_size, 0.0, self.y_max, 0.0, -self.cell_size)

    @property
    def cell_area(self) -> float:
        """Area of one cell in squared CRS units."""
        return self.cell_size * self.cell_size

    def blocks(self, rows_per_block: int) -> Iterator[Tuple[int, int]]:
        """(first row, number of rows) of each block of whole rows, top to bottom."""
        step = max(1, int(rows_per_block))
        for row in range(0, self.height, step):
            yield row, min(step, self.height - row)

    def rows_for_memory(self, bytes_per_cell: int, budget_bytes: int = 256 * 2**20) -> int:
        """How many rows fit a memory budget at ``bytes_per_cell`` (at least one)."""
        return max(1, min(self.height, budget_bytes // max(1, bytes_per_cell * self.width)))

    def block_spec(self, row: int, n_rows: int) -> GridSpec:
        """The sub-grid made of rows ``row`` .. ``row + n_rows - 1``."""
        return GridSpec(self.x_min, self.y_max - row * self.cell_size, self.cell_size, self.width, n_rows, self.crs_wkt)

    def cell_centres(self, row: int = 0, n_rows: int | None = None) -> Tuple[np.ndarray, np.ndarray]:
        """x (columns) and y (rows) coordinates of the cell centres of a block of rows."""
        n_rows = self.height - row if n_rows is None else n_rows
        xs = self.x_min + (np.arange(self.width) + 0.5) * self.cell_size
        ys = self.y_max - (np.arange(row, row + n_rows) + 0.5) * self.cell_size
        return xs, ys
