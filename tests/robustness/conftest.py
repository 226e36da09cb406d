"""Fixtures of the robustness tests: the case data (built once per session, files written on demand)."""

from __future__ import annotations

import pytest

from .cases import CaseData


@pytest.fixture(scope="session")
def case_data(tmp_path_factory, sample_gpkg, sample_dem) -> CaseData:
    """The sample-city window and its broken twins (see tests/robustness/cases.py)."""
    return CaseData(tmp_path_factory.mktemp("robustness_cases"), sample_gpkg, sample_dem)


@pytest.fixture(scope="session")
def city_data(tmp_path_factory, sample_gpkg, sample_dem) -> CaseData:
    """The whole sample city (no window), for runs that should last a little (cancellation)."""
    return CaseData(tmp_path_factory.mktemp("robustness_city"), sample_gpkg, sample_dem, box=None)
