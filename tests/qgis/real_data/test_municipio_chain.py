"""Growth scenarios and the council report on the hand-made municipality (municipio.py), with its real hazard
layer ('Amenaza': Muy Alta / Alta / Media / Baja) and hand-computed totals."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pytest
from pyproj import CRS
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from migrant_planning_plugin.core.grid import GridSpec
from tests.growth_support import cell_centres, write_raster
from tests.qgis.report_support import html_tables, number

from .municipio import X0, Y0, box

SCENARIO = {
    "name": "Llegadas 2025",
    "base_population": 10000,
    "base_year": 2024,
    "horizon_year": 2025,
    "arrivals_per_year": 400,
    "household_size": 4,
    "density_dwellings_ha": 100,
    "public_space_share": 0.2,
    "allocation": "planned",
}


@pytest.fixture(scope="module")
def suitability_tif(tmp_path_factory):
    """10 m cells over the municipality: 1.0 on the 'Muy Alta' strip (x 0..100), 0.5 elsewhere."""
    grid = GridSpec.from_bounds((X0, Y0, X0 + 800, Y0 + 200), 10.0, CRS.from_epsg(9377).to_wkt())
    x, _y = cell_centres(grid)
    values = np.where(x < X0 + 100, 1.0, 0.5)
    return write_raster(str(tmp_path_factory.mktemp("growth") / "aptitud.tif"), values, grid)


def _urban():
    """Existing urban land: El Salado (x 700..800), never built on again."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:9377", "urbano", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(box(700, 0, 800, 200).wkt))
    layer.dataProvider().addFeatures([feature])
    return layer


def test_growth_counts_newcomers_on_muy_alta_as_high_hazard(run, city, suitability_tif, tmp_path):
    """400 arrivals / 4 per household = 100 dwellings / 100 per ha / (1 - 0.2) = 1.25 ha, all on the best cells:
    the 'Muy Alta' strip (2 ha). So the 400 newcomers are all in high hazard."""
    result, _ = run(
        "growth_scenarios",
        {
            "SUITABILITY": suitability_tif,
            "EXISTING_URBAN": _urban(),
            "SCENARIOS": json.dumps([SCENARIO]),
            "HAZARDS": city["remocion"],
            "OUTPUT_FOLDER": str(tmp_path / "escenarios"),
            "SUMMARY": str(tmp_path / "resumen.gpkg"),
        },
    )
    summary = gpd.read_file(result["SUMMARY"], engine="fiona")
    year = summary[summary["year"] == 2025].iloc[0]
    assert year["land_demand_ha"] == pytest.approx(1.25)
    assert year["land_allocated_ha"] == pytest.approx(1.25)
    assert year["pop_in_hazard_alta"] == pytest.approx(400.0)
    assert year["pop_in_hazard_media"] == pytest.approx(0.0)
    assert year["share_in_hazard"] == pytest.approx(1.0)


def test_growth_refuses_unknown_levels(run, city, suitability_tif, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"'Media-Alta' \(2 zones, 4.00 ha\)"):
        run(
            "growth_scenarios",
            {
                "SUITABILITY": suitability_tif,
                "EXISTING_URBAN": _urban(),
                "SCENARIOS": json.dumps([SCENARIO]),
                "HAZARDS": city["desconocida"],
                "OUTPUT_FOLDER": str(tmp_path / "escenarios"),
                "SUMMARY": str(tmp_path / "resumen.gpkg"),
            },
        )
    assert not (tmp_path / "escenarios").exists() or not any((tmp_path / "escenarios").iterdir())


def test_the_report_of_the_municipality(run, city, tmp_path):
    """Exposure by comuna (B1 in Comuna 1 is the only barrio in high hazard: 1 000 people), and a suitability made
    of 2 of the 7 preset criteria that the report names."""
    exposure, _ = run(
        "settlement_exposure",
        {
            "SETTLEMENTS": city["barrios"],
            "HAZARDS": city["remocion"],
            "AREAS": city["comunas"],
            "OUTPUT": str(tmp_path / "exposicion.gpkg"),
            "SUMMARY": str(tmp_path / "resumen_exposicion.csv"),
        },
    )
    suitability, _ = run(
        "site_suitability",
        {
            "AOI": city["limite"],
            "CELL_SIZE": 10.0,
            "HAZARDS": city["remocion"],
            "LAND_USE": city["land_use"],
            "OUTPUT": str(tmp_path / "aptitud.tif"),
            "CLASSIFIED": str(tmp_path / "clases.tif"),
        },
    )
    report, _ = run(
        "planning_report",
        {
            "EXPOSURE": exposure["OUTPUT"],
            "EXPOSURE_SUMMARY": exposure["SUMMARY"],
            "SUITABILITY": suitability["OUTPUT"],
            "AREAS": city["comunas"],
            "CITY_NAME": "San José de Cúcuta",
            "LANGUAGE": 2,
            "OUTPUT_PDF": str(tmp_path / "informe.pdf"),
            "OUTPUT_HTML": str(tmp_path / "informe.html"),
        },
    )
    page = open(report["OUTPUT_HTML"], encoding="utf-8").read()
    table = html_tables(page)["exposure_by_area"]
    header = table[0]
    rows = {row[0]: row[1:] for row in table[1:]}
    high = header.index("People in high hazard") - 1
    assert number(rows["Comuna 1 - Centro"][high]) == 1000
    assert number(rows["Comuna 2 - Norte"][high]) == 0
    assert number(rows["Whole municipality"][high]) == 1000
    assert "from hazard level, land use (pot)" in page
    assert "Left out for lack of their layer: distance to health facilities" in page
    assert "slope, hazard and land use" not in page
    classes = html_tables(page)["class_area"]
    areas = {row[0]: number(row[1]) for row in classes[1:]}
    assert areas["Very high (muy alta)"] == pytest.approx(2.0)
    assert areas["High (alta)"] == pytest.approx(6.0)
    assert areas["Excluded (constraint)"] == pytest.approx(8.0)
