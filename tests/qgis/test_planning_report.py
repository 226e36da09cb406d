"""planning_report through processing.run on the sample city: the real chain (exposure, access, suitability at
50 m, ranking, sensitivity, scenarios), then the report in Spanish and in English. The PDFs are rendered with
pdftoppm and kept, with their pages as PNG, in tests/artifacts/."""

from __future__ import annotations

import os
import re
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
SOURCES = "Población: DANE CNPV 2018 (ficticio); Amenazas: POT 2019 (ficticio)"
# cover, exposure map + tables, access maps + tables, suitability map + tables, growth maps, table, chart,
# limitations, method (two pages)
FULL_PAGES = range(13, 15)  # 13; a page more where wider fonts push a table over (fonts differ between systems)
MAP_PAGES = (2, 4, 6, 8)


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
    growth = processing.run(
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
    )
    out["scenarios"] = growth["SUMMARY"]
    out["growth"] = sorted(str(p) for p in (folder / "growth").glob("*_growth.gpkg"))
    out["areas"] = uri("areas")
    out["hazards"] = uri("hazards")
    out["facilities"] = uri("facilities")
    out["boundary"] = uri("boundary")
    out["folder"] = folder
    return out


def full_parameters(chain, language: int, name: str) -> dict:
    """Every input of the report."""
    folder = chain["folder"]
    return {
        "EXPOSURE": chain["exposure"],
        "EXPOSURE_SUMMARY": chain["exposure_summary"],
        "HAZARDS": chain["hazards"],
        "ACCESS": chain["access"],
        "ACCESS_SUMMARY": chain["access_summary"],
        "FACILITIES": chain["facilities"],
        "ACCESS_METHOD": 1,  # straight line, as the chain ran service_access
        "ACCESS_UNIT": 1,  # metres
        "SUITABILITY": chain["suitability"],
        "RANKED_PARCELS": chain["ranked"],
        "SENSITIVITY": chain["sensitivity"],
        "SCENARIO_SUMMARY": chain["scenarios"],
        "GROWTH_LAYERS": chain["growth"],
        "AREAS": chain["areas"],
        "BOUNDARY": chain["boundary"],
        "CITY_NAME": "Villa Esperanza",
        "AUTHOR": "Secretaría de Planeación",
        "SOURCES": SOURCES,
        "LANGUAGE": language,
        "ACCESS_THRESHOLDS": THRESHOLDS,
        "OUTPUT_PDF": str(folder / f"{name}.pdf"),
        "OUTPUT_HTML": str(folder / f"{name}.html"),
        "OUTPUT_XLSX": str(folder / f"{name}.xlsx"),
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
        shutil.copyfile(result["OUTPUT_XLSX"], artifacts / f"{name}.xlsx")
        out[code] = {
            "pdf": pdf,
            "pages": render_pages(pdf, artifacts / name, dpi=60),
            "text": pdf_text(pdf),
            "page_texts": pdf_text(pdf).split("\f"),
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
    assert pdf_pages(report["pdf"]) in FULL_PAGES
    assert len(report["pages"]) == pdf_pages(report["pdf"])
    for index, png in enumerate(report["pages"], start=1):
        measure = ink(png)
        assert measure["non_white"] > 0.03 and measure["std"] > 10, (png.name, measure)
        if index in MAP_PAGES:  # the maps fill much of their page
            assert measure["non_white"] > 0.2, (png.name, measure)
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
        f"Página 1 de {pdf_pages(reports['es']['pdf'])}",
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
    pages = pdf_pages(reports["en"]["pdf"])
    assert "Hazard exposure" in english and f"Page 1 of {pages}" in english and f"{share * 100:.1f}%" in english
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
    ranked = gpd.read_file(chain["ranked"]).sort_values("rank")
    tenth = round(ranked["suit_mean"].iloc[9], 3)  # parcels tied with the 10th (to three decimals) are listed too
    ranked = ranked[(ranked["rank"] <= 10) | (ranked["suit_mean"].round(3) == tenth)]
    parcels = tables["top_parcels"]
    assert [row[1] for row in parcels[1:]] == ranked["codigo_predio"].tolist()
    suitability = [number(row[parcels[0].index("Mean suitability (0 to 1)")]) for row in parcels[1:]]
    assert suitability == pytest.approx(ranked["suit_mean"].round(3).tolist())
    scenarios = pd.read_csv(chain["scenarios"])
    land = scenarios.groupby("scenario", sort=False)["land_demand_ha"].sum()
    comparison = tables["scenarios"]
    names = comparison[0][1:]
    assert names == list(land.index)
    demand = _rows(comparison)["Land needed (ha)"]
    assert [number(v) for v in demand] == pytest.approx([round(land[n], 1) for n in names])
    seats = scenarios.groupby("scenario", sort=False)["school_seats_needed"].sum()
    assert [number(v) for v in _rows(comparison)["School places needed (places)"]] == [round(seats[n]) for n in names]


def test_method_page_reads_crs_weights_and_thresholds_from_the_inputs(reports, chain):
    metadata = gdal.Open(chain["suitability"]).GetMetadata()
    weights = dict(item.split("=") for item in metadata["suitability_weights"].split(";"))
    table = reports["es"]["tables"]["weights"]
    shown = [number(row[-1]) for row in table[1:-1]]
    assert shown == pytest.approx([round(float(w) * 100, 1) for w in weights.values()])
    method = reports["es"]["tables"]["method"]
    text = " ".join(" ".join(row) for row in method)
    assert "EPSG:9377" in text and "salud 1\u00a0500\u00a0m" in text
    assert "Decreto 1077" in text


def test_html_is_self_contained(reports):
    page = reports["en"]["html"]
    assert page.count("data:image/png;base64,") == 7  # four maps and three charts
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
    assert pdf_pages(result["OUTPUT_PDF"]) == 5  # cover, map, tables, limitations, method
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
    # cover, exposure map, exposure tables, access maps, access tables, parcel table (no suitability map without the
    # raster), limitations, method
    assert pdf_pages(result["OUTPUT_PDF"]) == 8
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
    assert pdf_pages(result["OUTPUT_PDF"]) == 5  # cover, scenario table, its chart, limitations, method
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
        "HAZARDS",
        "HAZARD_TYPE_FIELD",
        "HAZARD_LEVEL_FIELD",
        "LEVEL_MAP",
        "ACCESS",
        "ACCESS_SUMMARY",
        "FACILITIES",
        "FACILITY_TYPE_FIELD",
        "ACCESS_METHOD",
        "ACCESS_UNIT",
        "ACCESS_THRESHOLDS",
        "ACCESS_SPEEDS",
        "SUITABILITY",
        "RANKED_PARCELS",
        "SENSITIVITY",
        "SCENARIO_SUMMARY",
        "GROWTH_LAYERS",
        "SERVICE_STANDARDS",
        "AREAS",
        "AREA_NAME_FIELD",
        "BOUNDARY",
        "CITY_NAME",
        "AUTHOR",
        "LOGO",
        "SOURCES",
        "FICTITIOUS_DATA",
        "LANGUAGE",
        "ADD_LAYOUT",
        "OUTPUT_PDF",
        "OUTPUT_HTML",
        "OUTPUT_XLSX",
    ]
    assert all(p.help() for p in alg.parameterDefinitions())
    assert len([p for p in alg.shortHelpString().split("\n\n") if p.strip()]) == 2
    assert alg.groupId() == "report"
    assert runs_on_main_thread(alg)
    assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromModeler
    optional = QgsProcessingParameterDefinition.Flag.FlagOptional
    required = ("OUTPUT_PDF", "LANGUAGE", "ACCESS_METHOD", "ACCESS_UNIT", "FICTITIOUS_DATA", "ADD_LAYOUT")
    assert all(alg.parameterDefinition(n).flags() & optional for n in names if n not in required)


# ------------------------------------------------------------------------------------------------ council checks
INTERNAL_KEYS = ("educacion", "proteccion", "expansion urbana", "inundacion", "hazard_alta", "any_a_", "land_use")


@pytest.mark.parametrize("code", ["es", "en"])
def test_every_threshold_and_distance_carries_its_unit(reports, code):
    tables = reports[code]["tables"]
    coverage = tables["coverage_by_type"][0]
    assert any(h.endswith("(m)") and h.startswith(("Umbral", "Threshold")) for h in coverage), coverage
    assert any(h.endswith("(m)") and h.startswith(("Distancia", "Mean distance")) for h in coverage), coverage
    for row in tables["scenarios"][1:]:  # every measure names its unit
        assert re.search(
            r"\((m|ha|%|personas|persons|hogares|households|viviendas|dwellings|cupos|places|docentes|"
            r"teachers|camas|beds|cupos, supuesto|places, assumption|razón, media de los años|ratio, mean "
            r"of the years)\)$",
            row[0],
        ) or row[0] in ("Años", "Years"), row[0]
    method = " ".join(" ".join(row) for row in tables["method"])
    for kind, value in (("salud", "1\u00a0500"), ("educación", "800"), ("primera infancia", "500")):
        assert f"{kind} {value}\u00a0m" in method, kind
    assert re.search(r"(Medido como distancia en línea recta|Measured as straight-line distance)", method)
    text = reports[code]["text"]
    assert "(unidad no indicada)" not in text and "(unit not stated)" not in text
    cover = re.sub(r"\s+", " ", reports[code]["html"].replace("\u00a0", " "))
    assert re.search(
        r"(a menos de 500 m de un equipamiento de primera infancia|within 500 m of a facility of type "
        r"primera infancia)",
        cover,
    )


def test_no_internal_key_reaches_the_spanish_report(reports):
    text = reports["es"]["text"].lower()
    html = re.sub(r"<[^>]+>|data:image/png;base64,[A-Za-z0-9+/=]+", " ", reports["es"]["html"]).lower()
    for key in INTERNAL_KEYS:
        assert key not in text and key not in html, key
    assert "expansión urbana" in text and "protección" in text


@pytest.mark.parametrize("code", ["es", "en"])
def test_caveats_sources_and_fictitious_mark(reports, code):
    text = re.sub(r"\s+", " ", reports[code]["text"])
    heading, law, notice, sources = {
        "es": ("Alcance y limitaciones", "Ley 1523 de 2012", "DATOS FICTICIOS", "Fuentes de los datos"),
        "en": ("Scope and limitations", "Ley 1523 de 2012", "FICTITIOUS DATA", "Sources of the data"),
    }[code]
    assert heading in text and law in text and sources in text and "DANE CNPV 2018" in text
    method = {row[0]: row[1] for row in reports[code]["tables"]["method"][1:]}
    assert method[sources].startswith("Población: DANE CNPV 2018 (ficticio); Amenazas: POT 2019 (ficticio).")
    pages = [page for page in reports[code]["page_texts"] if page.strip()]
    assert len(pages) == pdf_pages(reports[code]["pdf"]) and all(notice in page for page in pages)  # every footer
    assert reports[code]["html"].count('class="notice"') == 2


def test_cover_sentences_use_the_numbers_of_their_tables(reports):
    html, tables = reports["es"]["html"], reports["es"]["tables"]
    figures = re.findall(r'<div class="value">([^<]*)</div><div class="label">([^<]*)</div>', html)
    by_type = _rows(tables["exposure_by_type"])["Cualquier amenaza"]
    assert figures[0][0] == by_type[0]  # people in alta, as the 'any hazard' row
    coverage = tables["coverage_by_type"]
    share = coverage[0].index("Proporción cubierta") - 1
    lowest = min(_rows(coverage).items(), key=lambda item: number(item[1][share]))
    assert figures[2][0] == lowest[1][share] and lowest[0].lower() in figures[2][1]
    best = tables["top_parcels"][1]
    assert figures[3][0] == best[1] and best[tables["top_parcels"][0].index("Aptitud media (0 a 1)")] in figures[3][1]
    sensitivity = tables["sensitivity"]
    kept = sensitivity[0].index(next(h for h in sensitivity[0] if h.startswith("De los 10 mejores")))
    fewest = min(number(row[kept].split(" de ")[0]) for row in sensitivity[1:])
    named = [row[0] for row in sensitivity[1:] if number(row[kept].split(" de ")[0]) == fewest]
    assert figures[4][0] == f"{fewest:.0f} de 10" and all(name in figures[4][1] for name in named)
    hazard = [
        number(v) for v in _rows(tables["scenarios"])["Población nueva en zonas de amenaza alta o media (personas)"]
    ]
    assert number(figures[5][0]) == max(hazard) - min(hazard)


def test_workbook_has_every_table_with_typed_numbers(reports):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(reports["es"]["result"]["OUTPUT_XLSX"])
    tables = reports["es"]["tables"]
    assert len(book.sheetnames) == len(tables)
    sheet = book[book.sheetnames[0]]
    assert sheet["A1"].value.startswith("Tabla 1.")
    assert sheet["A3"].value == "Área"  # Spanish headers
    summary_total = sum(number(row[1]) for row in tables["exposure_by_area"][1:-1])
    column = [sheet.cell(row=r, column=2) for r in range(4, 4 + len(tables["exposure_by_area"]) - 1)]
    assert all(cell.data_type == "n" for cell in column)
    assert sum(cell.value for cell in column[:-1]) == pytest.approx(summary_total, abs=len(column))


def test_layout_is_added_to_the_project_and_survives_saving(chain, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsLayoutItemMap, QgsLayoutItemPicture, QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    project.addMapLayer(QgsVectorLayer(chain["areas"], "comunas", "ogr"))
    logo = tmp_path / "escudo.png"
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7a3b"))
    image.save(str(logo))
    result = processing.run(
        "migrant_planning:planning_report",
        {
            **full_parameters(chain, 1, "layout"),
            "LOGO": str(logo),
            "ADD_LAYOUT": True,
            "OUTPUT_PDF": str(tmp_path / "informe.pdf"),
            "OUTPUT_HTML": None,
            "OUTPUT_XLSX": None,
        },
    )
    name = result["LAYOUT_NAME"]
    layout = project.layoutManager().layoutByName(name)
    assert layout is not None and name.endswith("Villa Esperanza")
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert maps and all(layer.id() in project.mapLayers() for item in maps for layer in item.layers())
    pictures = [i.picturePath() for i in layout.items() if isinstance(i, QgsLayoutItemPicture)]
    files = tmp_path / "informe_archivos"
    # the logo on the cover and in the header of every other page
    assert sum(p == str(files / "logo.png") for p in pictures) == pdf_pages(result["OUTPUT_PDF"])
    assert all(os.path.exists(p) for p in pictures if p)
    assert not [a for a in project.mapLayers().values() if a.providerType() == "memory"]  # nothing lost on save
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    project.clear()
    assert project.read(path)
    reopened = project.layoutManager().layoutByName(name)
    assert reopened is not None and reopened.pageCollection().pageCount() == pdf_pages(result["OUTPUT_PDF"])
    assert all(item.layers() for item in reopened.items() if isinstance(item, QgsLayoutItemMap))
    project.clear()


def test_a_logo_that_is_not_an_image_is_refused(chain, tmp_path):
    import processing

    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    with pytest.raises(QgsProcessingException, match="LOGO"):
        processing.run(
            "migrant_planning:planning_report",
            {"SCENARIO_SUMMARY": chain["scenarios"], "LOGO": str(bad), "OUTPUT_PDF": str(tmp_path / "x.pdf")},
        )
    assert not (tmp_path / "x.pdf").exists()
