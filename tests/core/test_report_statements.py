"""Every sentence of the report is built from the numbers of its table: each test changes the data and checks that
the sentence follows (and names ties as ties); units, plain labels, limitations, sources, needs in real units and
the workbook, without QGIS."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from migrant_planning_plugin.core import report as R
from migrant_planning_plugin.core.report import standards
from migrant_planning_plugin.core.report.access import access_figures
from migrant_planning_plugin.core.report.exposure import exposure_figures
from migrant_planning_plugin.core.report.scenarios import scenario_figures
from migrant_planning_plugin.core.report.suitability import (
    best_parcels,
    missing_criteria,
    sensitivity_sentences,
    suitability_figures,
)

from .test_report import SUITABILITY_METADATA, access_summary, exposure_summary, parcels, scenarios, sensitivity

NB = "\u00a0"
EN = R.Numbers("en")


def number_after(text: str, pattern: str) -> float:
    """The number that follows ``pattern`` in ``text`` (report formatting: thin groups, point decimals)."""
    match = re.search(pattern + r"\s*([\d\u00a0.,]+)", text)
    assert match, (pattern, text)
    return float(match.group(1).replace(NB, "").rstrip(".,"))


# ------------------------------------------------------------------------------------------ exposure
@pytest.mark.parametrize("alta_a", [100.4, 7.0, 300.0])
def test_exposure_sentences_follow_the_any_hazard_row(alta_a):
    summary = exposure_summary()
    summary["population"] = pd.to_numeric(summary["population"])
    mask = (summary["area_name"].isin(["Comuna A", "ALL"])) & (summary["hazard_type"] == "any")
    summary.loc[mask & (summary["hazard_level"] == "alta"), "population"] = alta_a  # ALL = A + B (B has 0)
    table = R.exposure_by_type_table(summary, EN)
    row = table.values.set_index("hazard_type").loc["any"]
    figures, findings = exposure_figures(summary, EN)
    assert figures[0].value == EN.integer(row["pop_alta"]) == EN.integer(alta_a)
    total = row["exposed"] / row["share"]
    assert EN.percent(alta_a / total) in figures[0].label
    assert findings[0].startswith(
        f"{EN.integer(alta_a)} people live in high hazard zones and {EN.integer(row['pop_media'])}"
    )
    assert EN.percent((alta_a + row["pop_media"]) / total) in findings[0]


def test_the_area_with_most_people_in_alta_names_every_area_on_a_tie():
    summary = exposure_summary()
    summary["population"] = pd.to_numeric(summary["population"])
    _, findings = exposure_figures(summary, EN)
    assert findings[1] == "Comuna A has the most people in high hazard zones: 100."
    b_alta = (
        (summary["area_name"] == "Comuna B") & (summary["hazard_type"] == "any") & (summary["hazard_level"] == "alta")
    )
    summary.loc[b_alta, "population"] = 100.2  # shown as 100 like Comuna A's 100.4: a tie for the reader
    _, findings = exposure_figures(summary, EN)
    assert findings[1] == "Comuna A and Comuna B have the most people in high hazard zones, 100 each (a tie)."


def test_estimated_migrants_are_said_to_be_estimates():
    summary = exposure_summary()
    figures, _ = exposure_figures(summary, EN, estimated=True)
    assert "(estimated)" in figures[1].label
    inputs = R.ReportInputs(exposure_summary=summary, migrants_estimated="field migrants_est of asentamientos")
    report = R.build_report(inputs)
    assert "estimates (field migrants_est of asentamientos)" in report.table("exposure_by_area").note
    limits = next(s for s in report.sections if s.key == "limits")
    assert any("Migrant counts are estimates" in item for item in limits.blocks[1].items)


# ------------------------------------------------------------------------------------------ access
def test_least_covered_service_sentence_uses_the_table_share_threshold_and_unit():
    summary = access_summary()
    table = R.coverage_table(summary, EN, "salud=1500;educacion=800", unit="m", method="straight")
    shares = table.values.set_index("facility_type")["share"]
    figures, findings = access_figures(summary, EN, "salud=1500;educacion=800", unit="m")
    assert figures[0].value == EN.percent(shares["educación"])
    assert f"within 800{NB}m of a facility of type educación" in figures[0].label
    low, high = EN.percent(shares["educación"]), EN.percent(shares["salud"])
    assert findings[0] == f"Coverage within the thresholds ranges from {low} (educación) to {high} (salud)."
    # minutes: the unit follows
    figures, _ = access_figures(summary, EN, "salud=30;educacion=15", unit="min")
    assert f"within 15{NB}min of" in figures[0].label
    # unit not stated: no invented unit
    figures, _ = access_figures(summary, EN, "salud=30;educacion=15", unit=None)
    assert "within the access threshold of a facility of type educación" in figures[0].label


def test_coverage_sentence_names_every_type_on_a_tie_and_follows_changes():
    summary = access_summary()
    city = summary["area_name"] == "ALL"
    summary.loc[city & (summary["facility_type"] == "educación"), "population_covered"] = 900
    summary.loc[city, "share_covered"] = 0.9
    figures, findings = access_figures(summary, EN)
    assert findings == [f"Coverage within the thresholds is {EN.percent(0.9)} for every facility type."]
    assert "educación and salud" in figures[0].label
    summary.loc[city & (summary["facility_type"] == "salud"), "population_covered"] = 100
    figures, findings = access_figures(summary, EN)
    assert figures[0].value == EN.percent(0.1) and "salud" in figures[0].label


def test_thresholds_and_means_carry_their_unit_and_accented_type_names():
    table = R.coverage_table(access_summary(), R.Numbers("es"), "salud=1500;educacion=800", unit="m")
    headers = [c.header for c in table.columns]
    assert "Threshold\n(m)" in headers and "Mean distance\n(m)" in headers
    minutes = R.coverage_table(access_summary(), EN, "salud=30", unit="min")
    assert "Threshold\n(min)" in [c.header for c in minutes.columns]
    unknown = R.coverage_table(access_summary(), EN, "salud=30", unit=None)
    assert "Threshold\n(unit not stated)" in [c.header for c in unknown.columns]
    inputs = R.ReportInputs(
        access_summary=access_summary(),
        access_thresholds="salud=1500;educacion=800",
        access_cost_unit="m",
        access_method="network",
    )
    method = {row[0]: row[1] for row in R.build_report(inputs).table("method").rows}
    text = method["Access to services"]
    assert "distance over the road network" in text
    assert f"salud 1{NB}500{NB}m, educación 800{NB}m" in text and "educacion" not in text


# ------------------------------------------------------------------------------------------ suitability
def test_tied_parcels_share_their_rank_and_a_tie_for_the_last_place_is_listed():
    frame = parcels()
    frame.loc[frame["codigo_predio"] == "P-3", "suit_mean"] = 0.8004  # 0,800 like P-2: tied for 2nd–3rd
    best = best_parcels(frame, EN, top_n=2)
    assert best["codigo_predio"].tolist() == ["P-1", "P-3", "P-2"]  # the tie for the 2nd place keeps both
    assert best["shown_rank"].tolist() == ["1", "2\u20133", "2\u20133"]
    table = R.top_parcels_table(frame, EN, top_n=2)
    assert [row[0] for row in table.rows] == ["1", "2\u20133", "2\u20133"]
    assert "3 with the tie" in table.title
    figures, findings = suitability_figures(frame, None, EN, 2)
    ha = sum(v[table.columns.index(next(c for c in table.columns if c.key == "area_ha"))] for v in table.values.values)
    assert findings[0] == f"The 3 best candidate parcels cover {EN.number(ha, 1)} ha; the best is P-1."
    frame.loc[frame["codigo_predio"] == "P-2", "suit_mean"] = 0.9  # now P-1 and P-2 tie as the best
    figures, _ = suitability_figures(frame, None, EN, 2)
    assert figures[0].value == "P-1 and P-2" and "tie as the best" in figures[0].label


def test_parcel_table_lists_area_and_tenure_with_plain_headers():
    frame = parcels()
    frame["tenencia"] = ["privada", "pública", "privada", None]
    frame["report_area"] = ["Comuna A", None, "Comuna B", None]
    table = R.top_parcels_table(frame, EN, top_n=3)
    headers = [c.header.replace("\n", " ") for c in table.columns]
    assert headers[:6] == ["Rank", "Parcel", "Comuna or area", "Land class", "Tenure", "Area (ha)"]
    assert not any(h in ("Mejores", "Corr.", "Quedan") for h in headers)
    rows = {row[1]: row for row in table.rows}
    assert rows["P-1"][2] == "Outside the areas" and rows["P-1"][4] == "Pública"
    assert rows["P-3"][2] == "Comuna A"


def test_sensitivity_sentence_names_the_criterion_of_each_number():
    data = sensitivity()  # health: spearman 0.95, kept 8; slope: spearman 0.90, kept 10
    table = R.sensitivity_table(data, EN).values.set_index("criterion")
    figures, findings = sensitivity_sentences(data, EN)
    assert figures[0].value == "8 of 10"
    assert "(the weight of Distance to health facilities)" in figures[0].label  # the 8 of 10 is health's
    assert f"at least {EN.number(table['spearman'].min(), 3)}, lowest when the weight of Slope changes" in findings[0]
    kept = "At least 8 of the best 10 parcels stay among the best 10; the fewest when the weight of Distance to health"
    assert kept + " facilities changes." in findings[0]
    assert "\u00b120%" in findings[0]
    # the numbers move: slope now keeps fewest, health has the lowest correlation
    data.loc[data["criterion"] == "slope", "top_kept"] = [7, 9]
    data.loc[data["criterion"] == "health", "spearman"] = [0.5, 0.97]
    figures, findings = sensitivity_sentences(data, EN)
    assert figures[0].value == "7 of 10" and "(the weight of Slope)" in figures[0].label
    assert "at least 0.500, lowest when the weight of Distance to health facilities changes" in findings[0]
    # a tie is named as a tie
    data.loc[data["criterion"] == "health", "top_kept"] = [7, 9]
    figures, _ = sensitivity_sentences(data, EN)
    assert "(the weight of Distance to health facilities and Slope)" in figures[0].label


def test_weights_table_shows_accented_class_names_not_internal_keys():
    metadata = dict(SUITABILITY_METADATA)
    metadata["suitability_weights"] = "land_use=1.0000"
    metadata["suitability_definitions"] = '{"land_use": "polygons(LAND_USE): table expansion urbana=1;proteccion=0"}'
    table = R.weights_table(metadata, R.Numbers("es"))
    assert table.rows[0][1] == "score per class: expansión urbana 1,00; protección 0,00"


def test_missing_criteria_of_the_preset_are_named():
    metadata = {
        "suitability_criteria": "health, education, roads, urban, hazard, land_use",
        "suitability_constraints": "hazard_alta (exclude), proteccion (exclude)",
    }
    assert missing_criteria(metadata) == ["Slope", "the exclusion of water bodies"]
    report = R.build_report(R.ReportInputs(suitability_metadata={**SUITABILITY_METADATA, **metadata}))
    limits = next(s for s in report.sections if s.key == "limits")
    assert any("could not consider Slope and the exclusion of water bodies" in item for item in limits.blocks[1].items)


# ------------------------------------------------------------------------------------------ scenarios
def test_scenario_sentence_is_the_difference_of_the_table_row_and_names_ties():
    table = R.scenario_tables(scenarios(), EN)[0]
    row = next(v for v in table.values.values if v[0] == "pop_in_hazard")
    plan, trend = row[1], row[2]
    figures, _ = scenario_figures(scenarios(), EN)
    assert figures[0].value == EN.integer(trend - plan)
    assert (
        f"\u00abPlan\u00bb ({EN.integer(plan)}) than with \u00abTrend\u00bb ({EN.integer(trend)})" in figures[0].label
    )
    same = scenarios()
    same.loc[same["scenario"] == "Trend", ["pop_in_hazard_alta", "pop_in_hazard_media"]] = [10, 10]
    figures, _ = scenario_figures(same, EN)
    assert figures[0].value == "20" and "no difference" in figures[0].label


def test_needs_in_real_units_follow_the_documented_ratios():
    totals = R.scenario_tables(scenarios(), EN)[0].values.set_index("measure")
    added = totals.loc["population_added"]
    seats = totals.loc["school_seats_needed"]
    # Plan adds 200 people, Trend 300: beds 1.7 per 1 000, early childhood 10 %, one teacher per 32 places
    assert totals.loc["beds_needed"].tolist() == pytest.approx([200 * 1.7 / 1000, 300 * 1.7 / 1000])
    assert totals.loc["early_childhood_places"].tolist() == pytest.approx([20.0, 30.0])
    assert totals.loc["teachers_needed"].tolist() == pytest.approx([44 / 32, 66 / 32])
    assert added.tolist() == [200, 300] and seats.tolist() == [44, 66]
    assert "health_capacity_needed" not in totals.index  # capacity units are not a unit
    assert standards.EARLY_CHILDHOOD.assumption and not standards.BEDS.assumption
    text = " ".join(standards.sources(EN))
    assert "REPS" in text and "Decreto 3020 de 2002" in text and "assumption" in text


# ------------------------------------------------------------------------------------------ report
def test_scope_and_limitations_say_exposure_is_not_risk_and_straight_lines_are_optimistic():
    inputs = R.ReportInputs(
        exposure_summary=exposure_summary(), access_summary=access_summary(), access_method="straight"
    )
    limits = next(s for s in R.build_report(inputs).sections if s.key == "limits")
    items = " ".join(limits.blocks[1].items)
    assert "Ley 1523 de 2012" in items and "amenaza" in items and "vulnerabilidad" in items and "riesgo" in items
    assert "in a straight line" in items and "optimistic" in items
    inputs.access_method = None
    items = " ".join(next(s for s in R.build_report(inputs).sections if s.key == "limits").blocks[1].items)
    assert "was not told whether access was measured" in items


def test_sources_are_printed_and_data_without_one_are_named():
    inputs = R.ReportInputs(
        exposure_summary=exposure_summary(), data_sources="Población: DANE CNPV 2018; Amenazas: POT 2019"
    )
    method = {row[0]: row[1] for row in R.build_report(inputs).table("method").rows}
    text = method["Sources of the data"]
    assert text.startswith("Población: DANE CNPV 2018; Amenazas: POT 2019.")
    assert "No source was given for: migrants, reporting areas." in text
    inputs.data_sources = ""
    method = {row[0]: row[1] for row in R.build_report(inputs).table("method").rows}
    assert (
        "No source was given for any of the data (population, migrants, hazard zones, reporting areas)"
        in method["Sources of the data"]
    )


def test_fictitious_data_are_marked_on_the_cover_and_pages():
    report = R.build_report(R.ReportInputs(exposure_summary=exposure_summary(), fictitious=True))
    assert report.notice == "Fictitious data"
    page = R.render_html(report, {}) if hasattr(R, "render_html") else None
    from migrant_planning_plugin.core.report.html_page import render_html

    page = render_html(report, {})
    assert page.count('class="notice">Fictitious data<') == 2  # cover and footer
    limits = next(s for s in report.sections if s.key == "limits")
    assert limits.blocks[1].items[0].startswith("Fictitious data")


def test_workbook_has_one_sheet_per_table_and_typed_numbers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from migrant_planning_plugin.core.report.workbook import write_workbook
    from tests.core.test_report import full_inputs

    report = R.build_report(full_inputs("es"))
    path = tmp_path / "tablas.xlsx"
    names = write_workbook(report, str(path))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == names and len(names) == len(report.tables())
    assert all(len(n) <= 31 for n in names)
    table = report.table("exposure_by_area")
    sheet = book[names[0]]
    assert sheet["A1"].value == table.title
    assert [sheet.cell(row=3, column=i + 1).value for i in range(len(table.columns))] == [
        c.header.replace("\n", " ") for c in table.columns
    ]
    # Comuna A: population 1 000.4 as a number (not the text '1 000'), formatted without decimals
    cell = sheet.cell(row=4, column=2)
    assert cell.data_type == "n" and cell.value == pytest.approx(1000.4) and cell.number_format == "#,##0"
    assert sheet.cell(row=4, column=1).value == "Comuna A"
    coverage = book[names[report.tables().index(report.table("coverage_by_type"))]]
    share = coverage.cell(row=4, column=5)
    assert share.data_type == "n" and share.value == pytest.approx(0.4) and share.number_format == "0.0%"
    assert coverage.cell(row=4, column=1).value == "Educación"
