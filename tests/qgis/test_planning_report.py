"""planning_report through processing.run on the sample city: the real chain (exposure, access, suitability at
50 m, ranking, sensitivity, scenarios), then the report in Spanish and in English. The PDFs are rendered with
pdftoppm and kept, with their pages as PNG, in tests/artifacts/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from migrant_planning_plugin import translations
from migrant_planning_plugin.core.i18n import current_translator, tr
from migrant_planning_plugin.processing.threads import runs_on_main_thread
from tests.conftest import sample_layer_uri

from .report_support import build_spanish_qm, html_tables, ink, number, pdf_pages, pdf_text, render_pages

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None, reason="poppler-utils not installed"
)

SCENARIOS = str(Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "villa_esperanza.json")
THRESHOLDS = "salud=1500;educacion=800;primera infancia=500"
FULL_PAGES = 8  # cover, exposure map + tables, access, suitability map + tables, scenarios, method


@pytest.fixture(scope="module")
def chain(module_provider, sample_gpkg, sample_dem, tmp_path_factory):
    """The outputs of every analysis algorithm on the sample city (files)."""
    import processing

    folder = tmp_path_factory.mktemp("chain")
    dem = folder / "dem.tif"  # a copy: QGIS writes statistics beside a raster it opens
    shutil.copyfile(sample_dem, dem)

    def uri(role: str) -> str:
        return sample_layer_uri(sample_gpkg, role)

    out = {}
    result = processing.run(
        "migrant_planning:settlement_exposure",
        {
            "SETTLEMENTS": uri("settlements"),
            "HAZARDS": uri("hazards"),
            "AREAS": uri("areas"),
            "OUTPUT": str(folder / "exposure.gpkg"),
            "SUMMARY": str(folder / "exposure_summary.csv"),
        },
    )
    out["exposure"], out["exposure_summary"] = result["OUTPUT"], result["SUMMARY"]
    result = processing.run(
        "migrant_planning:service_access",
        {
            "DEMAND": uri("settlements"),
            "FACILITIES": uri("facilities"),
            "AREAS": uri("areas"),
            "THRESHOLDS": THRESHOLDS,
            "OUTPUT": str(folder / "access.gpkg"),
            "SUMMARY": str(folder / "access_summary.csv"),
        },
    )
    out["access"], out["access_summary"] = result["OUTPUT"], result["SUMMARY"]
    model = {
        "AOI": uri("boundary"),
        "CELL_SIZE": 50,
        "FACILITIES": uri("facilities"),
        "ROADS": uri("roads"),
        "SETTLEMENTS": uri("settlements"),
        "DEM": str(dem),
        "HAZARDS": uri("hazards"),
        "LAND_USE": uri("land_use"),
        "WATER": uri("water"),
    }
    out["suitability"] = processing.run(
        "migrant_planning:site_suitability", {**model, "OUTPUT": str(folder / "suitability.tif"), "CLASSIFIED": None}
    )["OUTPUT"]
    out["ranked"] = processing.run(
        "migrant_planning:rank_candidate_sites",
        {"CANDIDATES": uri("candidates"), "SUITABILITY": out["suitability"], "OUTPUT": str(folder / "ranked.gpkg")},
    )["OUTPUT"]
    out["sensitivity"] = processing.run(
        "migrant_planning:weight_sensitivity",
        {**model, "CANDIDATES": uri("candidates"), "OUTPUT": str(folder / "sensitivity.csv")},
    )["OUTPUT"]
    out["scenarios"] = processing.run(
        "migrant_planning:growth_scenarios",
        {
            "SUITABILITY": out["suitability"],
            "EXISTING_URBAN": uri("settlements"),
            "SCENARIOS": SCENARIOS,
            "HAZARDS": uri("hazards"),
            "FACILITIES": uri("facilities"),
            "OUTPUT_FOLDER": str(folder / "growth"),
            "SUMMARY": str(folder / "scenarios.csv"),
        },
    )["SUMMARY"]
    out["areas"] = uri("areas")
    out["folder"] = folder
    return out


def full_parameters(chain, language: int, name: str) -> dict:
    """Every input of the report."""
    folder = chain["folder"]
    return {
        "EXPOSURE": chain["exposure"],
        "EXPOSURE_SUMMARY": chain["exposure_summary"],
        "ACCESS_SUMMARY": chain["access_summary"],
        "SUITABILITY": chain["suitability"],
        "RANKED_PARCELS": chain["ranked"],
        "SENSITIVITY": chain["sensitivity"],
        "SCENARIO_SUMMARY": chain["scenarios"],
        "AREAS": chain["areas"],
        "CITY_NAME": "Villa Esperanza",
        "AUTHOR": "Secretaría de Planeación",
        "LANGUAGE": language,
        "ACCESS_THRESHOLDS": THRESHOLDS,
        "OUTPUT_PDF": str(folder / f"{name}.pdf"),
        "OUTPUT_HTML": str(folder / f"{name}.html"),
    }


@pytest.fixture(scope="module")
def spanish_catalogue(tmp_path_factory):
    """The Spanish .qm (the .ts plus the report's proposed translations) where the plugin looks for it."""
    folder = tmp_path_factory.mktemp("i18n")
    if build_spanish_qm(folder) is None:
        pytest.skip("lrelease not installed")
    previous = translations.I18N_DIR
    translations.I18N_DIR = folder
    yield folder
    translations.I18N_DIR = previous


@pytest.fixture(scope="module")
def reports(chain, spanish_catalogue, artifacts):
    """The full report in Spanish and in English: paths, page PNGs (kept in tests/artifacts), text and HTML."""
    import processing

    out = {}
    for code, language in (("es", 1), ("en", 2)):
        name = f"planning_report_{code}"
        translator_before = current_translator()
        result = processing.run("migrant_planning:planning_report", full_parameters(chain, language, name))
        assert current_translator() is translator_before  # the forced language is undone
        pdf = str(artifacts / f"{name}.pdf")
        shutil.copyfile(result["OUTPUT_PDF"], pdf)
        with open(result["OUTPUT_HTML"], encoding="utf-8") as handle:
            page = handle.read()
        with open(artifacts / f"{name}.html", "w", encoding="utf-8") as handle:
            handle.write(page)
        out[code] = {
            "pdf": pdf,
            "pages": render_pages(pdf, artifacts / name, dpi=50),
            "text": pdf_text(pdf),
            "html": page,
            "tables": html_tables(page),
            "result": result,
        }
    return out


def _rows(table):
    """Body rows of an HTML table (header dropped), by first cell."""
    return {row[0]: row[1:] for row in table[1:]}


# ------------------------------------------------------------------------------------------------ pages
@pytest.mark.parametrize("code", ["es", "en"])
def test_full_report_has_every_page_and_none_is_blank(reports, code):
    report = reports[code]
    assert pdf_pages(report["pdf"]) == FULL_PAGES
    assert len(report["pages"]) == FULL_PAGES
    for index, png in enumerate(report["pages"], start=1):
        measure = ink(png)
        assert measure["non_white"] > 0.03 and measure["std"] > 10, (png.name, measure)
        if index in (2, 5):  # the maps fill much of their page
            assert measure["non_white"] > 0.3, (png.name, measure)
    assert os.path.getsize(report["result"]["OUTPUT_PDF"]) > 50_000


def test_spanish_report_reads_in_spanish_with_colombian_numbers(reports, chain):
    text = reports["es"]["text"]
    for heading in (
        "Exposición a amenazas",
        "Acceso a equipamientos",
        "Aptitud del suelo",
        "Escenarios de crecimiento",
        "Método y datos",
        "Cifras clave",
        "Página 1 de 8",
        "Todo el municipio",
    ):
        assert heading in text, heading
    assert "Hazard exposure" not in text and "Whole municipality" not in text
    summary = pd.read_csv(chain["exposure_summary"])
    city = summary[(summary["area_name"] == "ALL") & (summary["hazard_type"] == "any")]
    share = city.loc[city["hazard_level"] == "alta", "population"].sum() / city["population"].sum()
    spanish_share = f"{share * 100:.1f}".replace(".", ",") + "\u00a0%"
    assert spanish_share in reports["es"]["html"]
    assert spanish_share in text.replace(" %", "\u00a0%")
    english = reports["en"]["text"]
    assert "Hazard exposure" in english and "Page 1 of 8" in english and f"{share * 100:.1f}%" in english
    assert 'lang="es"' in reports["es"]["html"] and 'lang="en"' in reports["en"]["html"]


# ------------------------------------------------------------------------------------------------ tables
def test_exposure_table_equals_the_summary_computed_with_pandas(reports, chain):
    summary = pd.read_csv(chain["exposure_summary"])
    any_hazard = summary[summary["hazard_type"] == "any"]
    table = reports["en"]["tables"]["exposure_by_area"]
    header, rows = table[0], _rows(table)
    column = header.index("People in high hazard") - 1
    migrants = header.index("Migrants in medium hazard") - 1
    total = header.index("Population (total)") - 1
    areas = [a for a in any_hazard["area_name"].unique() if a != "ALL"]
    assert list(rows) == [*areas, "Whole municipality"]
    for area, label in [*zip(areas, areas), ("ALL", "Whole municipality")]:
        part = any_hazard[any_hazard["area_name"] == area]
        alta = part.loc[part["hazard_level"] == "alta", "population"].sum()
        media_migrants = part.loc[part["hazard_level"] == "media", "migrants"].sum()
        assert number(rows[label][column]) == round(alta)
        assert number(rows[label][migrants]) == round(media_migrants)
        assert number(rows[label][total]) == round(part["population"].sum())
    # the same numbers are in the PDF, formatted the same way
    alta_total = any_hazard[(any_hazard["area_name"] == "ALL") & (any_hazard["hazard_level"] == "alta")]
    formatted = f"{round(alta_total['population'].sum()):,}".replace(",", "\u00a0")
    assert formatted in reports["en"]["html"] and formatted.replace("\u00a0", " ") in reports["en"]["text"]


def test_coverage_parcels_and_scenario_tables_hold_the_input_values(reports, chain):
    tables = reports["en"]["tables"]
    access = pd.read_csv(chain["access_summary"])
    city = access[access["area_name"] == "ALL"].set_index("facility_type")
    coverage = tables["coverage_by_type"]
    share_column = coverage[0].index("Share covered") - 1
    for facility_type, values in _rows(coverage).items():
        row = city.loc[facility_type.lower()]
        assert number(values[share_column]) == pytest.approx(
            round(row["population_covered"] / row["population"] * 100, 1)
        )
    ranked = gpd.read_file(chain["ranked"]).sort_values("rank").head(10)
    parcels = tables["top_parcels"]
    assert [row[1] for row in parcels[1:]] == ranked["codigo_predio"].tolist()
    suitability = [number(row[parcels[0].index("Mean suitability")]) for row in parcels[1:]]
    assert suitability == pytest.approx(ranked["suit_mean"].round(3).tolist())
    scenarios = pd.read_csv(chain["scenarios"])
    land = scenarios.groupby("scenario", sort=False)["land_demand_ha"].sum()
    comparison = tables["scenarios"]
    names = comparison[0][1:]
    assert names == list(land.index)
    demand = _rows(comparison)["Land demand (ha)"]
    assert [number(v) for v in demand] == pytest.approx([round(land[n], 1) for n in names])
    seats = scenarios.groupby("scenario", sort=False)["school_seats_needed"].sum()
    assert [number(v) for v in _rows(comparison)["School seats needed (seats)"]] == [round(seats[n]) for n in names]


def test_method_page_reads_crs_weights_and_thresholds_from_the_inputs(reports, chain):
    metadata = gdal.Open(chain["suitability"]).GetMetadata()
    weights = dict(item.split("=") for item in metadata["suitability_weights"].split(";"))
    table = reports["es"]["tables"]["weights"]
    shown = [number(row[-1]) for row in table[1:-1]]
    assert shown == pytest.approx([round(float(w) * 100, 1) for w in weights.values()])
    method = reports["es"]["tables"]["method"]
    text = " ".join(" ".join(row) for row in method)
    assert "EPSG:9377" in text and "salud 1500" in text
    assert "Decreto 1077" in text


def test_html_is_self_contained(reports):
    page = reports["en"]["html"]
    assert page.count("data:image/png;base64,") == 5  # two maps and three charts
    assert "http://" not in page and "https://" not in page and "<script" not in page


# ------------------------------------------------------------------------------------------------ partial inputs
def test_only_exposure_gives_a_shorter_report(chain, tmp_path):
    import processing

    result = processing.run(
        "migrant_planning:planning_report",
        {
            "EXPOSURE": chain["exposure"],
            "EXPOSURE_SUMMARY": chain["exposure_summary"],
            "AREAS": chain["areas"],
            "LANGUAGE": 2,
            "OUTPUT_PDF": str(tmp_path / "exposure.pdf"),
            "OUTPUT_HTML": str(tmp_path / "exposure.html"),
        },
    )
    assert pdf_pages(result["OUTPUT_PDF"]) == 4  # cover, map, tables, method
    page = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert 'id="exposure_by_area"' in page and 'id="scenarios"' not in page and 'id="coverage_by_type"' not in page


def test_layers_alone_are_summarised(chain, tmp_path):
    """Without the summary tables, the exposure and access layers give the municipality's figures."""
    import processing

    result = processing.run(
        "migrant_planning:planning_report",
        {
            "EXPOSURE": chain["exposure"],
            "ACCESS": chain["access"],
            "RANKED_PARCELS": chain["ranked"],
            "LANGUAGE": 2,
            "OUTPUT_PDF": str(tmp_path / "layers.pdf"),
            "OUTPUT_HTML": str(tmp_path / "layers.html"),
        },
    )
    # cover, exposure map, exposure table, access, parcel table (no suitability map without the raster), method
    assert pdf_pages(result["OUTPUT_PDF"]) == 6
    tables = html_tables(Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8"))
    exposure = gpd.read_file(chain["exposure"])
    by_type = tables["exposure_by_type"]
    alta = _rows(by_type)["Any hazard"][by_type[0].index("People in high hazard") - 1]
    assert number(alta) == round(exposure["any_a_pop"].sum())
    access = gpd.read_file(chain["access"])
    salud = access[access["facility_type"] == "salud"]
    coverage = tables["coverage_by_type"]
    share = _rows(coverage)["Salud"][coverage[0].index("Share covered") - 1]
    expected = salud.loc[salud["covered"].astype(bool), "population"].sum() / salud["population"].sum()
    assert number(share) == pytest.approx(round(expected * 100, 1))
    assert "top_parcels" in tables and "exposure_by_area" not in tables


def test_only_scenarios_gives_a_shorter_report(chain, tmp_path):
    import processing

    result = processing.run(
        "migrant_planning:planning_report",
        {"SCENARIO_SUMMARY": chain["scenarios"], "LANGUAGE": 2, "OUTPUT_PDF": str(tmp_path / "scenarios.pdf")},
    )
    assert pdf_pages(result["OUTPUT_PDF"]) == 3  # cover, scenarios, method
    assert result["OUTPUT_HTML"] is None
    text = pdf_text(result["OUTPUT_PDF"])
    assert "Growth scenarios" in text and "Hazard exposure" not in text


def test_no_analysis_input_is_a_clear_error(module_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="EXPOSURE_SUMMARY"):
        processing.run("migrant_planning:planning_report", {"CITY_NAME": "X", "OUTPUT_PDF": str(tmp_path / "none.pdf")})
    assert os.listdir(tmp_path) == []


def test_a_cancelled_run_leaves_no_file(chain, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run(
            "migrant_planning:planning_report",
            {
                **full_parameters(chain, 2, "cancelled"),
                "OUTPUT_PDF": str(tmp_path / "c.pdf"),
                "OUTPUT_HTML": str(tmp_path / "c.html"),
            },
            feedback=feedback,
        )
    assert os.listdir(tmp_path) == []
    assert tr("Hazard exposure") == "Hazard exposure"


def test_public_interface_help_and_main_thread_flag(module_provider):
    from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().algorithmById("migrant_planning:planning_report")
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == [
        "EXPOSURE",
        "EXPOSURE_SUMMARY",
        "ACCESS",
        "ACCESS_SUMMARY",
        "SUITABILITY",
        "RANKED_PARCELS",
        "SENSITIVITY",
        "SCENARIO_SUMMARY",
        "AREAS",
        "AREA_NAME_FIELD",
        "CITY_NAME",
        "AUTHOR",
        "LANGUAGE",
        "ACCESS_THRESHOLDS",
        "SERVICE_STANDARDS",
        "OUTPUT_PDF",
        "OUTPUT_HTML",
    ]
    assert all(p.help() for p in alg.parameterDefinitions())
    assert len([p for p in alg.shortHelpString().split("\n\n") if p.strip()]) == 2
    assert alg.groupId() == "report"
    assert runs_on_main_thread(alg)
    assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromModeler
    optional = QgsProcessingParameterDefinition.Flag.FlagOptional
    assert all(alg.parameterDefinition(n).flags() & optional for n in names if n not in ("OUTPUT_PDF", "LANGUAGE"))
