"""Fixtures of the growth_scenarios tests: a coarse (50 m) sample-city suitability GeoTIFF made by an
independent recipe (tests/growth_support.py), so these tests do not depend on site_suitability."""

from __future__ import annotations

import pytest

from tests.growth_support import sample_suitability, write_raster


@pytest.fixture(scope="session")
def sample_suitability_grid(sample_gpkg):
    """(suitability array with NaN for nodata, GridSpec) of the sample city at 50 m."""
    return sample_suitability(sample_gpkg, 50.0)


@pytest.fixture(scope="session")
def sample_suitability_tif(tmp_path_factory, sample_suitability_grid) -> str:
    """Path of the sample city's test suitability GeoTIFF (float32, nodata -9999)."""
    array, grid = sample_suitability_grid
    return write_raster(str(tmp_path_factory.mktemp("suitability") / "suitability_50m.tif"), array, grid)
