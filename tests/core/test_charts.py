"""Charts show the numbers of the summary tables (bars read back from the figure), say what they count in the
language of the run, carry a value on every bar and keep their legends off the bars, also as narrow as the dock."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from migrant_planning_plugin.core import charts
from migrant_planning_plugin.core.i18n import set_translator
from migrant_planning_plugin.core.numbers import Numbers
from tests.chart_checks import chart_problems


def _exposure_summary():
    rows = []
    for area, values in {"Comuna 1": (100, 50, 10, 840), "Comuna 2": (0, 20, 30, 450)}.items():
        for level, value in zip(("alta", "media", "baja", "none"), values):
            rows.append((area, "any", level, value))
    rows.append(("ALL", "any", "alta", 100))
    frame = pd.DataFrame(rows, columns=["area_name", "hazard_type", "hazard_level", "population"])
    return frame.assign(migrants=frame["population"] // 2)


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
    assert [round(b.get_height(), 6) for b in _bars(figure, 2)] == [60, 10]  # school places
    assert [round(b.get_height(), 6) for b in _bars(figure, 3)] == [600, 100]  # health capacity: its own axis


@pytest.mark.parametrize("function", [charts.exposure_by_area, charts.coverage_by_type, charts.scenario_comparison])
def test_empty_tables_give_a_message_not_an_error(function):
    empty = pd.DataFrame(
        columns=["area_name", "hazard_type", "hazard_level", "population", "facility_type", "scenario"]
    )
    figure = function(empty)
    texts = [t.get_text() for a in figure.axes for t in a.texts]
    assert texts and "No" in texts[0]
    assert np.isfinite(figure.get_size_inches()).all()


def _scenario_summary():
    return pd.DataFrame(
        {
            "scenario": ["Tendencial", "Planificado compacto", "Planificado llegadas altas"],
            "year": [2035, 2035, 2035],
            "land_demand_ha": [475.3, 349.6, 699.3],
            "land_allocated_ha": [475.3, 349.6, 699.3],
            "unmet_demand_ha": [0.0, 0.0, 0.0],
            "pop_in_hazard_alta": [9650, 0, 0],
            "pop_in_hazard_media": [14751, 4902, 18501],
            "school_seats_needed": [13200, 13200, 26400],
            "health_capacity_needed": [60000, 60000, 120000],
        }
    )


def _coverage_summary():
    return pd.DataFrame(
        {
            "area_name": ["ALL"] * 3,
            "facility_type": ["educación", "primera infancia", "salud"],
            "population": [291000, 291000, 291000],
            "population_covered": [285144, 122520, 273998],
            "share_covered": [0.98, 0.421, 0.942],
            "migrants": [60000] * 3,
            "migrants_covered": [58380, 23520, 57120],
        }
    )


def _values(figure) -> dict:
    """Value labels per axes: (segment values, totals), as texts."""
    out = {}
    for number, axes in enumerate(figure.axes):
        out[number] = (
            [t.get_text() for t in axes.texts if t.get_gid() == charts.SEGMENT and t.get_text()],
            [t.get_text() for t in axes.texts if t.get_gid() == charts.TOTAL and t.get_text()],
        )
    return out


def test_titles_say_what_is_counted_and_axes_carry_units():
    figure = charts.exposure_by_area(_exposure_summary(), measure="migrants", area=charts.area_unit("Comunas"))
    axes = figure.axes[0]
    assert charts.title_of(figure) == "Migrants in hazard zones by comuna (any hazard)"
    assert axes.get_xlabel() == "migrants (persons)"
    figure = charts.coverage_by_type(_coverage_summary(), thresholds={"salud": "1 500 m"})
    coverage = figure.axes[0]
    assert charts.title_of(figure) == "Population and migrants within reach of each service (whole municipality)"
    assert coverage.get_ylabel() == "% within the threshold"
    assert "salud\n(1 500 m)" in [t.get_text() for t in coverage.get_xticklabels()]
    titles = [a.get_title().replace("\n", " ") for a in charts.scenario_comparison(_scenario_summary()).axes]
    assert titles == [
        "New land (ha)",
        "New residents in hazard zones (persons)",
        "School places needed (places)",
        "Health capacity needed (capacity units)",
    ]
    assert charts.area_unit("Barrios") == "barrio" and charts.area_unit("capa_7") == "area"


def test_every_bar_series_carries_its_values_in_the_readers_format():
    es = Numbers("es")
    figure = charts.exposure_by_area(_exposure_summary(), numbers=es)
    segments, totals = _values(figure)[0]
    # Comuna 1: 100 alta, 50 media, 10 baja (total 160); Comuna 2: 0, 20, 30 (50): zero segments have no label
    assert sorted(segments) == sorted(["100", "50", "10", "20", "30"]) and sorted(totals) == ["160", "50"]
    single = charts.exposure_by_area(_exposure_summary().query("hazard_level != 'alta' and hazard_level != 'baja'"))
    assert _values(single)[0] == ([], ["20", "50"])  # one segment per bar (smallest first): its total says it
    coverage = charts.coverage_by_type(_coverage_summary(), numbers=es)
    # population 98 %, 42 %, 94 %; migrants 58380/60000 = 97 %, 23520/60000 = 39 %, 57120/60000 = 95 %
    assert _values(coverage)[0][1] == ["98\u00a0%", "42\u00a0%", "94\u00a0%", "97\u00a0%", "39\u00a0%", "95\u00a0%"]
    values = _values(charts.scenario_comparison(_scenario_summary(), numbers=es))
    assert values[0] == ([], ["475", "350", "699"])  # land, one segment per bar, rounded half away from zero
    assert values[1][0] == ["9\u00a0650", "14\u00a0751"]  # only Tendencial has people at alta and media
    assert values[1][1] == ["24\u00a0401", "4\u00a0902", "18\u00a0501"]
    assert values[2][1] == ["13\u00a0200", "13\u00a0200", "26\u00a0400"]
    assert values[3][1] == ["60\u00a0000", "60\u00a0000", "120\u00a0000"]


def test_texts_are_in_the_language_of_the_run():
    spanish = {
        "Migrants in hazard zones by {area}": "Migrantes en zonas de amenaza por {area}",
        "any hazard": "cualquier amenaza",
        "migrants (persons)": "migrantes (personas)",
        "High (alta)": "Alta",
    }
    set_translator(lambda text: spanish.get(text, text))
    try:
        figure = charts.exposure_by_area(_exposure_summary(), measure="migrants", area="comuna")
    finally:
        set_translator(None)
    axes = figure.axes[0]
    assert charts.title_of(figure) == "Migrantes en zonas de amenaza por comuna (cualquier amenaza)"
    assert axes.get_xlabel() == "migrantes (personas)"
    assert "Alta" in [t.get_text() for t in axes.get_legend().get_texts()]


@pytest.mark.parametrize("narrow", [True, False], ids=["dock", "report"])
def test_legends_stay_off_the_bars_and_texts_inside_the_figure(narrow):
    width = 3.4 if narrow else 7.5
    scenarios = (3.4, 8.6) if narrow else (9.0, 3.8)  # the dock's panels one above the other, the report's in a row
    figures = {
        "exposure": charts.exposure_by_area(_exposure_summary(), figsize=(width, 3.0)),
        "coverage": charts.coverage_by_type(_coverage_summary(), figsize=(width, 3.0)),
        "scenarios": charts.scenario_comparison(_scenario_summary(), figsize=scenarios, stacked=narrow),
    }
    problems = []
    for name, figure in figures.items():
        charts.fit_value_labels(figure)
        problems += chart_problems(figure, name)
    assert not problems, "\n".join(problems)


def test_a_value_wider_than_its_segment_is_hidden_and_the_total_stays():
    rows = [("Comuna 1", "any", level, value) for level, value in (("alta", 100000), ("media", 1), ("baja", 0))]
    rows += [("Comuna 2", "any", "alta", 10)]
    figure = charts.exposure_by_area(
        pd.DataFrame(rows, columns=["area_name", "hazard_type", "hazard_level", "population"]), figsize=(3.4, 2.5)
    )
    hidden = charts.fit_value_labels(figure)
    assert hidden == ["1"]  # the 1 person at media: a sliver of a bar
    assert [t.get_text() for t in figure.axes[0].texts if t.get_gid() == charts.TOTAL] == ["10", "100\u00a0001"]
