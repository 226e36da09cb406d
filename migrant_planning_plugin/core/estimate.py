"""How large a raster run will be, told before it starts: cells, memory and time (issue 14).

``site_suitability`` and ``weight_sensitivity`` work on a grid whose size the user sets with CELL_SIZE: a
metre on a whole municipality is tens of millions of cells and many minutes of work. :func:`estimate_grid` says
how many cells, how much memory and about how long, from costs per cell measured by ``bench/estimate`` (on the
project's machine: two shared cores; a faster machine takes less). Processing logs the estimate and refuses a
grid above :data:`MAX_GRID_CELLS` or :data:`MAX_SECONDS` (:func:`check_grid`); the dock asks the user to
confirm a long run with the same estimate (:func:`estimate_for_extent`).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Optional, Tuple

from .errors import InputError
from .grid import GridSpec
from .i18n import tr

# The limits of site_suitability and weight_sensitivity (docs/robustness.md): a grid above MAX_GRID_CELLS cells,
# or whose estimated time is above MAX_SECONDS on the reference machine, is refused before anything is read.
MAX_GRID_CELLS = 400_000_000
MAX_SECONDS = 30 * 60
# Measured by bench/estimate on the sample city, housing preset (seven criteria), 20 m to 2.5 m cells: a criterion
# costs SECONDS_PER_CELL_CRITERION per cell at REFERENCE_CELL metres, more per cell with finer cells (a distance
# window of a fixed size in metres holds more cells): as (REFERENCE_CELL / cell) ** GROWTH; each aggregation (one
# per sensitivity run) costs SECONDS_PER_CELL_RUN per cell. The reference machine: two shared cores.
SECONDS_PER_CELL_CRITERION = 2.2e-7
REFERENCE_CELL = 10.0
GROWTH = 0.6
SECONDS_PER_CELL_RUN = 1.2e-7
# Memory: blocks of rows within BLOCK_BYTES (12 bytes per cell and criterion below that) plus about
# BYTES_PER_CELL of whole-grid arrays and block caches; the sensitivity keeps every standardised criterion
# (4 bytes per cell each, in a temporary file beyond BLOCK_BYTES).
BLOCK_BYTES = 384 * 2**20
BYTES_PER_BLOCK_CELL = 12
BYTES_PER_CELL = 22
BYTES_PER_CELL_CRITERION_KEPT = 4


@dataclass(frozen=True)
class GridEstimate:
    """The size of a raster run: its grid, memory and time (a rough guide: within a factor of two)."""

    width: int
    height: int
    criteria: int
    runs: int
    memory_bytes: int
    seconds: float

    @property
    def cells(self) -> int:
        """Number of cells of the grid."""
        return self.width * self.height

    def describe(self) -> str:
        """'2 000 x 1 600 cells (3.2 million), about 300 MB of memory and 2 minutes'."""
        return tr("{w} x {h} cells ({million} million), about {memory} MB of memory and {time}").format(
            w=f"{self.width:,}".replace(",", " "),
            h=f"{self.height:,}".replace(",", " "),
            million=f"{self.cells / 1e6:.1f}",
            memory=f"{math.ceil(self.memory_bytes / 2**20):,}".replace(",", " "),
            time=duration(self.seconds),
        )


def duration(seconds: float) -> str:
    """'40 seconds', '3 minutes', '1.5 hours'."""
    if seconds < 90:
        return tr("{n} seconds").format(n=max(1, round(seconds)))
    if seconds < 90 * 60:
        return tr("{n} minutes").format(n=round(seconds / 60))
    return tr("{n} hours").format(n=f"{seconds / 3600:.1f}")


def available_memory() -> Optional[int]:
    """Physical memory available now (bytes), where the system tells (Linux, macOS); None elsewhere."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, ValueError, OSError):
        return None


def estimate_grid(
    width: int, height: int, criteria: int, runs: int = 1, cell_size: float = REFERENCE_CELL
) -> GridEstimate:
    """The estimate for a grid of ``width`` x ``height`` cells of ``cell_size`` metres, ``criteria`` criteria and
    ``runs`` aggregations (1 for site_suitability; 1 + changes x criteria for weight_sensitivity)."""
    cells = int(width) * int(height)
    criteria = max(1, int(criteria))
    per_cell = SECONDS_PER_CELL_CRITERION * (REFERENCE_CELL / max(float(cell_size), 1e-3)) ** GROWTH
    seconds = cells * (criteria * per_cell + runs * SECONDS_PER_CELL_RUN)
    memory = min(cells * BYTES_PER_BLOCK_CELL * criteria, BLOCK_BYTES) + cells * BYTES_PER_CELL
    if runs > 1:
        memory += min(cells * BYTES_PER_CELL_CRITERION_KEPT * criteria, BLOCK_BYTES)
    return GridEstimate(int(width), int(height), criteria, int(runs), int(memory), float(seconds))


def estimate_for_extent(
    bounds: Tuple[float, float, float, float], cell_size: float, criteria: int, runs: int = 1
) -> GridEstimate:
    """The estimate for an area of interest's bounds (xmin, ymin, xmax, ymax, metres) at ``cell_size`` metres:
    what the dock shows before a run (and asks to confirm when it is long)."""
    grid = GridSpec.from_bounds(bounds, float(cell_size))
    return estimate_grid(grid.width, grid.height, criteria, runs, cell_size)


def check_grid(estimate: GridEstimate, available: Optional[int] = None, parameter: str = "CELL_SIZE") -> None:
    """Refuse a grid above :data:`MAX_GRID_CELLS`, or one that needs more memory than is ``available``."""
    if estimate.cells > MAX_GRID_CELLS or estimate.seconds > MAX_SECONDS:
        raise InputError(
            tr(
                "{parameter}: the grid would have {size}, more than this algorithm takes on (at most {limit} million "
                "cells and about {time} of work). Use a larger cell size or a smaller area of interest."
            ).format(
                parameter=parameter,
                size=estimate.describe(),
                limit=f"{MAX_GRID_CELLS / 1e6:g}",
                time=duration(MAX_SECONDS),
            )
        )
    if available is not None and estimate.memory_bytes > available:
        raise InputError(
            tr(
                "{parameter}: the grid would have {size}, more than the {free} MB of memory available. Use a larger "
                "cell size, a smaller area of interest, or close other programs."
            ).format(parameter=parameter, size=estimate.describe(), free=f"{available / 2**20:.0f}")
        )
