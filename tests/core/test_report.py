"""Report content (core.report) and HTML (core.report_html), without QGIS: every number checked against a
hand computation on small tables."""

from __future__ import annotations

import datetime
import html
import re

import numpy as np
import pandas as pd
import pytest

from migrant_planning_plugin.core import report as R
from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.i18n import current_translator, set_translator
from migrant_planning_plugin.core.report.html_page import render_html

NB = "\u00a0"


# ------------------------------------------------------------------------------------------ fixtures
def exposure_summary() -> pd.DataFrame:
    """Two areas, two types; numbers chosen to add up by hand (ALL = A + B)."""
    rows = []
    data = {
        # area: any(alta, media, baja, none) population, migrants
        "Comuna A": ((100.4, 50, 10, 840), (20, 10, 0, 70)),
        "Comuna B": ((0, 20.6, 30, 450), (0, 5, 5, 40)),
    }
    for area, (population, migrants) in data.items():
        for level, p, m in zip(("alta", "media", "baja", "none"), population, migrants):
            rows.append((area, "any", level, p, m))
            rows.append((area, "inundación", level, p / 2 if level != "none" else p + sum(population[:3]) / 2, m))
    for level, index in (("alta", 0), ("media", 1), ("baja", 2), ("none", 3)):
        p = data["Comuna A"][0][index] + data["Comuna B"][0][index]
        m = data["Comuna A"][1][index] + data["Comuna B"][1][index]
        rows.insert(0, ("ALL", "any", level, p, m))
    frame = pd.DataFrame(rows, columns=["area_name", "hazard_type", "hazard_level", "population", "migrants"])
    frame["population"] = frame["population"].astype(str)  # as read from a CSV: text
    return frame


def access_summary() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "area_name": ["ALL", "ALL", "Comuna A", "Comuna A", "Comuna B", "Comuna B"],
            "facility_type": ["salud", "educación", "salud", "educación", "salud", "educación"],
            "population": [1000, 1000, 600, 600, 400, 400],
            "population_covered": [900, 400, 600, 390, 300, 10],
            "share_covered": [0.9, 0.4, 1.0, 0.65, 0.75, 0.025],
            "migrants": [200, 200, 100, 100, 100, 100],
            "migrants_covered": [150, 50, 100, 40, 50, 10],
            "mean_cost": [700.4, 900.6, 500, 800, 1000, 1050],
            "unreachable": [0, 2, 0, 1, 0, 1],
        }
    )


def parcels() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "fid": [5, 6, 7, 8],
            "codigo_predio": ["P-3", "P-1", "P-2", "P-4"],
            "clase_suelo": ["urbano", "expansión urbana", "rural", None],
            "area_m2": [12_345.0, 5_000.0, 20_000.0, 1.0],
            "suit_mean": [0.7, 0.9, 0.8, np.nan],
            "suit_min": [0.6, 0.85, 0.7, np.nan],
            "suit_max": [0.8, 0.95, 0.9, np.nan],
            "share_top2": [0.5, 1.0, 0.75, np.nan],
            "share_excl": [0.0, 0.0, 0.25, np.nan],
            "rank": [3, 1, 2, 4],
        }
    )


def sensitivity() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "run": [0, 1, 2, 3, 4],
            "criterion": ["base", "health", "health", "slope", "slope"],
            "change_pct": [0, -20, 20, -20, 20],
            "weight": [np.nan, 0.48, 0.72, 0.32, 0.48],
            "weights": ["health=0.6000;slope=0.4000", "", "", "", ""],
            "spearman": [1.0, 0.95, 0.97, 0.99, 0.9],
            "top_kept": [10, 9, 8, 10, 10],
            "top_n": [10, 10, 10, 10, 10],
            "area_top2_ha": [100, 90, 110, 100, 101],
            "d_area_top2_ha": [0, -10, 10, 0, 1],
            "d_area_top2_pct": [0, -10.0, 10.0, 0.0, 1.0],
        }
    )


def scenarios() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "scenario": ["Plan", "Plan", "Trend"],
            "year": [2026, 2027, 2026],
            "population_added": [100, 100, 300],
            "households": [30, 30, 90],
            "dwellings": [30, 30, 90],
            "land_demand_ha": [1.0, 1.0, 5.0],
            "land_allocated_ha": [1.0, 3.0, 4.0],
            "unmet_demand_ha": [0.0, 0.0, 1.0],
            "pop_in_hazard_alta": [10, 0, 60],
            "pop_in_hazard_media": [5, 5, 30],
            "share_in_hazard": [0.15, 0.05, 0.3],
            "mean_dist_health_m": [100.0, 200.0, 900.0],
            "mean_dist_education_m": [50.0, np.nan, 300.0],
            "school_seats_needed": [22, 22, 66],
            "health_capacity_needed": [100, 100, 300],
            "lcrpgr": [1.0, 2.0, np.nan],
        }
    )


SUITABILITY_METADATA = {
    "class_area_ha": "muy alta=10.00;alta=20.00;media=30.00;baja=25.00;muy baja=5.00;excluida=10.00",
    "class_breaks": "0.2,0.4,0.6,0.8",
    "suitability_class_method": "equal",
    "suitability_weights": "health=0.6000;slope=0.4000",
    "suitability_weight_source": "AHP_MATRIX",
    "suitability_definitions": '{"health": "distance(FACILITIES): linear decreasing 500-2000", '
    '"slope": "slope(DEM): sigmoid increasing 2.5-30"}',
    "suitability_constraints": "hazard_alta (exclude), proteccion (exclude), water (nodata)",
    "suitability_aggregation": "wlc",
    "ahp_cr": "0.0512",
    "cell_size_m": "25",
    "crs_used": "EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)",
}


def full_inputs(language: str = "es") -> R.ReportInputs:
    return R.ReportInputs(
        city="Villa Prueba",
        author="Oficina",
        date=datetime.date(2025, 3, 15),
        language=language,
        exposure_summary=exposure_summary(),
        access_summary=access_summary(),
        suitability_metadata=SUITABILITY_METADATA,
        ranked_parcels=parcels(),
        sensitivity=sensitivity(),
        scenarios=scenarios(),
        access_thresholds="salud=1500; Educacion = 800",
        crs=[("a", "EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional)")],
        maps={"exposure", "suitability"},
        top_n=3,
    )


def numbers(row):
    """The numbers of formatted cells (text cells become NaN)."""
    out = []
    for cell in row:
        try:
            out.append(R.parse_number(cell))
        except ValueError:
            out.append(float("nan"))
    return out


# ------------------------------------------------------------------------------------------ numbers
def test_numbers_for_colombian_readers():
    es, en = R.Numbers("es"), R.Numbers("en")
    assert es.integer(1234567.5) == f"1{NB}234{NB}568"
    assert es.integer(999.49) == "999"
    assert es.number(1234.55, 1) == f"1{NB}234,6"
    assert en.number(1234.55, 1) == f"1{NB}234.6"
    assert es.percent(0.11345) == f"11,3{NB}%"
    assert en.percent(0.11345) == "11.3%"
    assert es.percent(0.5, 0) == f"50{NB}%"
    assert es.number(-0.04, 1) == "0,0" and es.number(-2.26, 1) == "-2,3"
    assert es.signed_percent(1.62) == f"+1,6{NB}%" and es.signed_percent(-1.62) == f"-1,6{NB}%"
    assert es.integer(None) == es.integer(float("nan")) == es.percent("x") == R.DASH
    assert es.date(datetime.date(2025, 3, 15)) == "15 de marzo de 2025"
    assert en.date(datetime.date(2025, 3, 15)) == "15 March 2025"
    for text in (es.number(-1234.5, 1), en.number(98765.25, 2), es.percent(0.25)):
        assert R.parse_number(text) in (-1234.5, 98765.25, 25.0)


# ------------------------------------------------------------------------------------------ exposure
def test_exposure_by_area_table_sums_levels_per_area_and_ends_with_the_municipality():
    table = R.exposure_by_area_table(exposure_summary(), R.Numbers("es"))
    assert [row[0] for row in table.rows] == ["Comuna A", "Comuna B", "Whole municipality"]
    assert table.total_rows == 1
    values = table.values.set_index("area")
    # Comuna A: total = 100.4 + 50 + 10 + 840; alta 100.4; migrants total 100
    assert values.loc["Comuna A", "population"] == pytest.approx(1000.4)
    assert values.loc["Comuna A", "pop_alta"] == pytest.approx(100.4)
    assert values.loc["Comuna B", "pop_media"] == pytest.approx(20.6)
    assert values.loc["ALL", "pop_alta"] == pytest.approx(100.4)
    assert values.loc["ALL", "migrants"] == pytest.approx(150)
    assert values.loc["ALL", "mig_media"] == pytest.approx(15)
    assert table.rows[0][1:4] == [f"1{NB}000", "100", "50"]  # rounded half up: 1000.4 -> 1 000
    assert table.rows[1][3] == "21"  # 20.6
    # the 'inundación' rows are not mixed in
    assert values.loc["ALL", "population"] == pytest.approx(1000.4 + 500.6)


def test_exposure_by_type_table_shares_and_any_last():
    table = R.exposure_by_type_table(exposure_summary(), R.Numbers("en"))
    labels = [row[0] for row in table.rows]
    assert labels == ["Any hazard"] and table.total_rows == 1  # ALL has only 'any' in this summary
    row = table.values.iloc[0]
    assert row["exposed"] == pytest.approx(100.4 + 70.6 + 40)
    assert row["share"] == pytest.approx(211.0 / 1501.0)
    assert row["migrants_exposed"] == pytest.approx(40)
    assert row["migrants_share"] == pytest.approx(40 / 150)
    assert table.rows[0][5] == "14.1%"


def test_exposure_summary_from_features_rebuilds_the_any_rows():
    features = pd.DataFrame(
        {
            "poblacion": [100, 50, 10],
            "migrantes": [10, 5, 0],
            "any_a_pop": [60.0, 0.0, 10.0],
            "any_m_pop": [10.0, 25.0, 0.0],
            "any_b_pop": [0.0, 0.0, 0.0],
            "any_a_mig": [6.0, 0.0, 0.0],
            "any_m_mig": [1.0, 2.5, 0.0],
            "any_b_mig": [0.0, 0.0, 0.0],
        }
    )
    summary = R.exposure_summary_from_features(features).set_index("hazard_level")
    assert summary.loc["alta", "population"] == 70 and summary.loc["media", "population"] == 35
    assert summary.loc["none", "population"] == 160 - 105
    assert summary.loc["none", "migrants"] == 15 - 9.5
    assert summary.loc["alta", "population_share"] == pytest.approx(70 / 160)
    assert np.isnan(summary.loc["alta", "households"])


# ------------------------------------------------------------------------------------------ access
def test_coverage_table_thresholds_shares_and_unit():
    table = R.coverage_table(access_summary(), R.Numbers("es"), "salud=1500; Educacion = 800", unit="m")
    assert [row[0] for row in table.rows] == ["Educación", "Salud"]  # sorted by type
    assert table.rows[0][1] == "800" and table.rows[1][1] == f"1{NB}500"
    assert table.values["share"].tolist() == pytest.approx([0.4, 0.9])
    assert table.values["migrants_share"].tolist() == pytest.approx([0.25, 0.75])
    assert table.rows[1][-1] == "700" and "(m)" in table.columns[-1].header
    assert "2" in table.note  # unreachable pairs reported


def test_coverage_by_area_flags_low_and_medium_coverage():
    table = R.coverage_by_area_table(access_summary(), R.Numbers("es"))
    assert [c.header for c in table.columns[2:]] == ["Educación", "Salud"]
    assert table.rows[1][2:] == [f"2,5{NB}%", f"75,0{NB}%"]  # Comuna B
    assert table.styles[1][2:] == ["low", "mid"]
    assert table.styles[0][2:] == ["mid", ""]  # Comuna A: 65 %, 100 %
    assert table.rows[-1][0] == "Whole municipality"


def test_access_summary_from_features_matches_a_hand_count():
    features = pd.DataFrame(
        {
            "facility_type": ["salud", "salud", "salud", "educación"],
            "population": [100, 50, 10, 100],
            "migrants": [10, 5, 1, 10],
            "covered": [True, False, "true", False],
            "reachable": [True, True, False, True],
            "cost": [200.0, 2000.0, np.nan, 900.0],
        }
    )
    summary = R.access_summary_from_features(features).set_index("facility_type")
    assert summary.loc["salud", "population"] == 160
    assert summary.loc["salud", "population_covered"] == 110
    assert summary.loc["salud", "migrants_covered"] == 11
    assert summary.loc["salud", "mean_cost"] == pytest.approx((200 * 100 + 2000 * 50) / 150)
    assert summary.loc["salud", "unreachable"] == 1
    assert summary.loc["educación", "share_covered"] == 0


# ------------------------------------------------------------------------------------------ suitability
def test_top_parcels_sorted_by_rank_with_id_and_land_class():
    table = R.top_parcels_table(parcels(), R.Numbers("es"), top_n=3)
    assert [row[1] for row in table.rows] == ["P-1", "P-2", "P-3"]
    assert [row[2] for row in table.rows] == ["Expansión urbana", "Rural", "Urbano"]
    assert table.rows[2][3] == "1,23"  # 12 345 m² = 1,23 ha
    assert table.rows[0][4] == "0,900" and table.rows[0][5] == "0,85 \u2013 0,95"
    assert table.rows[1][7] == f"25,0{NB}%"
    assert "3" in table.title


def test_class_area_and_weights_tables_from_the_raster_metadata():
    numbers = R.Numbers("en")
    classes = R.class_area_table(SUITABILITY_METADATA, numbers)
    assert [row[1] for row in classes.rows] == ["10.0", "20.0", "30.0", "25.0", "5.0", "10.0", "100.0"]
    assert classes.rows[2][2] == "30.0%" and classes.rows[-1][0] == "Total analysed"
    weights = R.weights_table(SUITABILITY_METADATA, numbers)
    assert [row[2] for row in weights.rows] == ["60.0%", "40.0%", "100.0%"]
    assert weights.rows[0][1] == f"linear, decreasing between 500{NB}m and 2{NB}000{NB}m"
    assert weights.rows[1][1] == f"sigmoid, increasing between 2.50{NB}% and 30{NB}%"
    assert "AHP" in weights.note


def test_sensitivity_summarised_per_criterion():
    table = R.sensitivity_table(sensitivity(), R.Numbers("es"))
    assert [row[0] for row in table.rows] == ["Distance to health facilities", "Slope"]
    values = table.values.set_index("criterion")
    assert values.loc["health", "spearman"] == 0.95 and values.loc["slope", "spearman"] == 0.9
    assert values.loc["health", "top_kept"] == 8 and values.loc["slope", "top_kept"] == 10
    assert values.loc["health", "weight"] == pytest.approx(0.6)
    assert table.rows[0][3] == "8 of 10"
    assert table.rows[0][4] == f"-10,0{NB}% to +10,0{NB}%"


def test_constraints_and_definitions_in_words():
    numbers = R.Numbers("en")
    text = R.describe_constraints(SUITABILITY_METADATA["suitability_constraints"])
    assert (
        text
        == "hazard level alta, protection land (protección) score 0 (excluded); water bodies are left out (no data)"
    )
    assert R.describe_definition("polygons(HAZARDS): table alta=0;media=0.4", numbers) == (
        "score per class: alta 0.00; media 0.40"
    )
    assert R.describe_definition("something else", numbers) == "something else"


# ------------------------------------------------------------------------------------------ scenarios
def test_scenario_totals_by_hand():
    totals = R.scenario_totals(scenarios()).set_index("scenario")
    plan = totals.loc["Plan"]
    assert plan["land_allocated_ha"] == 4.0 and plan["population_added"] == 200
    assert plan["share_in_hazard"] == pytest.approx(20 / 200)
    # mean distance weighted by land allocated: (100*1 + 200*3) / 4; education only where known: 50
    assert plan["mean_dist_health_m"] == pytest.approx(175.0)
    assert plan["mean_dist_education_m"] == pytest.approx(50.0)
    assert plan["lcrpgr"] == pytest.approx(1.5)
    assert np.isnan(totals.loc["Trend", "lcrpgr"])
    assert (plan["first_year"], plan["last_year"]) == (2026, 2027)


def test_scenario_table_one_column_per_scenario_and_split_beyond_five():
    table = R.scenario_tables(scenarios(), R.Numbers("es"))[0]
    assert [c.header for c in table.columns[1:]] == ["Plan", "Trend"]
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Years"] == ["2026\u20132027", "2026\u20132026"]
    assert rows["Land allocated (ha)"] == ["4,0", "4,0"]
    assert rows["Land needed but not available (ha)"] == ["0,0", "1,0"]
    many = pd.concat([scenarios().assign(scenario=f"S{i}") for i in range(7)])
    tables = R.scenario_tables(many, R.Numbers("es"))
    assert [len(t.columns) - 1 for t in tables] == [5, 2]


# ------------------------------------------------------------------------------------------ report
def test_full_report_sections_pages_and_numbering():
    report = R.build_report(full_inputs())
    assert [s.key for s in report.sections] == ["exposure", "access", "suitability", "scenarios", "limits", "method"]
    assert R.page_plan(report) == [
        "cover",
        "exposure",
        "exposure",
        "access",
        "suitability",
        "suitability",
        "scenarios",
        "scenarios",
        "limits",
        "method",
        "method",
    ]
    titles = [t.title for t in report.tables() if t.key not in ("method", "weights")]
    assert [int(re.match(r"Table (\d+)\.", t).group(1)) for t in titles] == list(range(1, len(titles) + 1))
    assert report.date == "15 de marzo de 2025" and report.city == "Villa Prueba"
    assert 1 <= len(report.key_figures) <= 6 and report.findings
    assert report.key_figures[0].value == "100"  # people in alta, whole municipality
    method = {row[0]: row[1] for row in report.table("method").rows}
    assert "EPSG:9377" in method["Coordinate reference system"]
    assert "CR = 0,051" in method["Site suitability"] and f"salud 1{NB}500" in method["Access to services"]


def test_partial_inputs_give_shorter_reports():
    only_scenarios = R.build_report(R.ReportInputs(scenarios=scenarios()))
    assert [s.key for s in only_scenarios.sections] == ["scenarios", "limits", "method"]
    assert R.page_plan(only_scenarios) == ["cover", "scenarios", "scenarios", "limits", "method"]
    only_exposure = R.build_report(R.ReportInputs(exposure_summary=exposure_summary(), maps={"exposure"}))
    assert R.page_plan(only_exposure) == ["cover", "exposure", "exposure", "limits", "method"]
    no_map = R.build_report(R.ReportInputs(exposure_summary=exposure_summary()))
    assert R.page_plan(no_map) == ["cover", "exposure", "limits", "method"]
    with pytest.raises(InputError, match="EXPOSURE_SUMMARY"):
        R.build_report(R.ReportInputs(city="x"))


def test_a_table_without_the_expected_columns_is_a_clear_error():
    with pytest.raises(InputError, match="hazard_level"):
        R.build_report(R.ReportInputs(exposure_summary=pd.DataFrame({"area_name": ["ALL"], "population": [1]})))


def test_charts_for_the_chart_slots():
    inputs = full_inputs()
    report = R.build_report(inputs)
    figures = R.report_charts(inputs, report)
    assert set(figures) == {"exposure_by_area", "coverage_by_type", "scenario_comparison"}


def test_strings_go_through_the_translator():
    previous = current_translator()
    catalogue = {"Hazard exposure": "Exposición a amenazas", "Whole municipality": "Todo el municipio"}
    set_translator(lambda text: catalogue.get(text, text))
    try:
        report = R.build_report(full_inputs())
    finally:
        set_translator(previous)
    assert report.sections[0].title == "Exposición a amenazas"
    assert report.table("exposure_by_area").rows[-1][0] == "Todo el municipio"


# ------------------------------------------------------------------------------------------ HTML
def test_html_holds_the_tables_images_and_escapes_text():
    inputs = full_inputs()
    inputs.city = "Villa <Prueba> & Co"
    report = R.build_report(inputs)
    png = b"\x89PNG\r\n\x1a\nfake"
    page = render_html(report, {"exposure_by_area": png, "map:exposure": png})
    assert page.startswith("<!DOCTYPE html>") and '<html lang="es">' in page
    assert "Villa &lt;Prueba&gt; &amp; Co" in page and "<Prueba>" not in page
    assert page.count("data:image/png;base64,iVBORw0KGgpmYWtl") == 2
    for table in report.tables():
        assert f'id="{table.key}"' in page
        for row in table.rows:
            for cell in row:
                assert html.escape(cell, quote=True) in page
    assert 'class="right low"' in page  # coverage flags
    assert "@media print" in page


def test_exposure_chart_keeps_the_areas_with_most_people_exposed():
    rows = []
    for index in range(30):
        for level, value in (("alta", index), ("media", 1), ("baja", 0), ("none", 100)):
            rows.append((f"Barrio {index:02d}", "any", level, value, 0))
    summary = pd.DataFrame(rows, columns=["area_name", "hazard_type", "hazard_level", "population", "migrants"])
    inputs = R.ReportInputs(exposure_summary=summary)
    report = R.build_report(inputs)
    chart = next(b for s in report.sections for b in s.blocks if isinstance(b, R.Chart))
    assert "25 areas" in chart.caption
    figure = R.report_charts(inputs, report)["exposure_by_area"]
    labels = {t.get_text() for t in figure.axes[0].get_yticklabels()}
    assert labels == {f"Barrio {index:02d}" for index in range(5, 30)}  # the 5 least exposed are left out
    assert len(report.table("exposure_by_area").rows) == 31  # the table keeps every area
