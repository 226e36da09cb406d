"""Charts show the numbers of the summary tables (bars read back from the figure)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from migrant_planning_plugin.core import charts


def _exposure_summary():
    rows = []
    for area, values in {"Comuna 1": (100, 50, 10, 840), "Comuna 2": (0, 20, 30, 450)}.items():
        for level, value in zip(("alta", "media", "baja", "none"), values):
            rows.append((area, "any", level, value))
    rows.append(("ALL", "any", "alta", 100))
    return pd.DataFrame(rows, columns=["area_name", "hazard_type", "hazard_level", "population"])


def _bars(figure, axes_index=0):
    axes = figure.axes[axes_index]
    return [p for p in axes.patches if isinstance(p, Rectangle)]


def test_exposure_bars_are_the_summary_values(tmp_path):
    figure = charts.exposure_by_area(_exposure_summary())
    widths = sorted(round(b.get_width(), 6) for b in _bars(figure))
    assert widths == sorted([100, 50, 10, 0, 20, 30])  # 'none' and the ALL row are not drawn
    # stacked: the alta bar of Comuna 1 starts at 0, its media bar at 100
    starts = {(round(b.get_width()), round(b.get_x())) for b in _bars(figure)}
    assert (100, 0) in starts and (50, 100) in starts and (10, 150) in starts
    path = charts.save_png(figure, str(tmp_path / "e.png"))
    assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def test_coverage_bars_are_percentages():
    summary = pd.DataFrame(
        {
            "area_name": ["ALL", "ALL", "Comuna 1"],
            "facility_type": ["salud", "educación", "salud"],
            "population": [1000, 1000, 10],
            "population_covered": [900, 400, 1],
            "share_covered": [0.9, 0.4, 0.1],
            "migrants": [200, 0, 1],
            "migrants_covered": [50, 0, 1],
        }
    )
    figure = charts.coverage_by_type(summary)
    heights = [round(b.get_height(), 6) for b in _bars(figure)]
    # sorted by type: educación, salud; population bars first, then migrants
    assert heights == [40.0, 90.0, 0.0, 25.0]


def test_scenario_panels_sum_the_years():
    summary = pd.DataFrame(
        {
            "scenario": ["A", "A", "B"],
            "year": [2026, 2027, 2026],
            "land_demand_ha": [10, 10, 5],
            "land_allocated_ha": [10, 8, 5],
            "unmet_demand_ha": [0, 2, 0],
            "pop_in_hazard_alta": [100, 50, 0],
            "pop_in_hazard_media": [10, 10, 5],
            "school_seats_needed": [30, 30, 10],
            "health_capacity_needed": [300, 300, 100],
        }
    )
    figure = charts.scenario_comparison(summary)
    land = [round(b.get_height(), 6) for b in _bars(figure, 0)]
    assert land == [18, 5, 2, 0]  # allocated A, B then unmet A, B
    hazard = [round(b.get_height(), 6) for b in _bars(figure, 1)]
    assert hazard == [150, 0, 20, 5]
    services = [round(b.get_height(), 6) for b in _bars(figure, 2)]
    assert services == [60, 10, 600, 100]


@pytest.mark.parametrize("function", [charts.exposure_by_area, charts.coverage_by_type, charts.scenario_comparison])
def test_empty_tables_give_a_message_not_an_error(function):
    empty = pd.DataFrame(
        columns=["area_name", "hazard_type", "hazard_level", "population", "facility_type", "scenario"]
    )
    figure = function(empty)
    texts = [t.get_text() for a in figure.axes for t in a.texts]
    assert texts and "No" in texts[0]
    assert np.isfinite(figure.get_size_inches()).all()
