"""Core helpers of the foundation: CRS choice, text and field detection, levels, geometry repair,
disjoint hazard levels, grids."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from migrant_planning_plugin.core import crs as core_crs
from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.fields import detect_field
from migrant_planning_plugin.core.geometry import polygonal_parts, repair_polygons
from migrant_planning_plugin.core.grid import GridSpec
from migrant_planning_plugin.core.levels import level_ranks, parse_level_map
from migrant_planning_plugin.core.text import fold, parse_mapping, parse_number_mapping, slug


@pytest.mark.parametrize(
    ("lon", "lat", "epsg"),
    [
        (-74.0817, 4.6097, 9377),  # Bogotá
        (-72.50, 7.89, 9377),  # Cúcuta, on the border
        (-69.94, -4.21, 9377),  # Leticia
        (-81.70, 12.58, 9377),  # San Andrés
        (-78.50, -0.22, 32717),  # Quito: UTM 17 S
        (-66.90, 10.50, 32619),  # Caracas: UTM 19 N
        (-3.70, 40.42, 32630),  # Madrid: UTM 30 N
    ],
)
def test_metric_crs_rule(lon, lat, epsg):
    assert core_crs.metric_epsg_for_lonlat(lon, lat) == epsg


@pytest.mark.parametrize(
    ("authid", "name", "proj", "expected"),
    [
        ("EPSG:3857", "WGS 84 / Pseudo-Mercator", "", True),
        ("ESRI:102100", "", "", True),
        ("", "", "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +units=m +nadgrids=@null", True),
        ("", "Custom", "+proj=merc +lon_0=-74 +datum=WGS84 +units=m", False),  # ellipsoidal Mercator: true scale
        ("EPSG:9377", "MAGNA-SIRGAS / Origen-Nacional", "+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992", False),
        ("EPSG:32618", "WGS 84 / UTM zone 18N", "+proj=utm +zone=18 +datum=WGS84", False),
    ],
)
def test_web_mercator_is_recognised(authid, name, proj, expected):
    assert core_crs.is_web_mercator(authid, name, proj) is expected


def test_bogota_in_origen_nacional():
    # Published check point for EPSG:9377 used in the issue: E 4 880 061.6, N 2 067 458.0
    x, y = Transformer.from_crs(4686, 9377, always_xy=True).transform(-74.0817, 4.6097)
    assert x == pytest.approx(4_880_061.6, abs=0.1)
    assert y == pytest.approx(2_067_458.0, abs=0.1)


def test_fold_and_slug():
    assert fold("  Expansión   URBANA ") == "expansion urbana"
    assert fold(3.0) == "3"
    assert slug("Movimiento en masa") == "movimiento_en_masa"
    assert slug("Población (personas)") == "poblacion_personas"


def test_parse_mapping():
    assert parse_mapping("Alta=alta; Media = media;;\n3=alta", "LEVEL_MAP") == {
        "alta": "alta",
        "media": "media",
        "3": "alta",
    }
    assert parse_number_mapping("salud=1500;Educación=800,5", "THRESHOLDS") == {"salud": 1500.0, "educacion": 800.5}
    with pytest.raises(InputError, match="THRESHOLDS"):
        parse_number_mapping("salud=lejos", "THRESHOLDS")
    with pytest.raises(InputError, match="no '='"):
        parse_mapping("alta", "LEVEL_MAP")


def test_detect_field_spanish_and_english():
    assert detect_field(["fid", "nombre", "Población", "migrantes"], "population") == "Población"
    assert detect_field(["NAME", "POP_TOTAL"], "population") == "POP_TOTAL"
    assert detect_field(["codigo", "nivel"], "hazard_level") == "nivel"
    assert detect_field(["a", "b"], "population") is None
    # prefix rule: 'poblacion_2024' starts with 'poblacion'
    assert detect_field(["poblacion_2024"], "population") == "poblacion_2024"


def test_level_ranks_default_and_user_map():
    values = ["Alta", "MEDIA", "baja", "High", "low", 3, 2.0, "1", None, float("nan"), "desconocida"]
    assert level_ranks(values).tolist() == [3, 2, 1, 3, 1, 3, 2, 1, 0, 0, 0]
    mapping = parse_level_map("A=alta;M=media;B=baja;1=alta")
    assert level_ranks(["A", "m", "B", 1, "Alta"], mapping).tolist() == [3, 2, 1, 3, 3]
    with pytest.raises(InputError, match="LEVEL_MAP"):
        parse_level_map("A=altisima")


def test_repair_bowtie_keeps_area_and_drops_lines():
    bowtie = shapely.from_wkt("POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))")
    spike = shapely.from_wkt("POLYGON((0 0, 4 0, 4 4, 4 6, 4 4, 0 4, 0 0))")
    geoms = np.array([bowtie, None, shapely.Polygon(), spike], dtype=object)
    repaired, n_invalid = repair_polygons(geoms)
    assert n_invalid == 2
    assert repaired[0].area == pytest.approx(2.0)  # two triangles of area 1
    assert repaired[1] is None and repaired[2] is None
    assert repaired[3].area == pytest.approx(16.0)
    assert all(g is None or g.is_valid for g in repaired)
    assert shapely.to_wkb(geoms[0]) == shapely.to_wkb(bowtie)  # input untouched


def test_polygonal_parts_of_collections():
    collection = shapely.from_wkt(
        "GEOMETRYCOLLECTION(POLYGON((0 0,1 0,1 1,0 0)), LINESTRING(0 0,5 5), MULTIPOLYGON(((5 5,6 5,6 6,5 5))))"
    )
    out = polygonal_parts(np.array([collection, shapely.Point(0, 0)], dtype=object))
    assert out[0].geom_type == "MultiPolygon" and out[0].area == pytest.approx(1.0)
    assert out[1] is None


def test_polygonal_parts_when_the_first_mixed_geometry_has_no_polygon():
    # a line (no polygonal part) before a collection with polygons: multipolygons() must not see index gaps
    mixed = np.array(
        [
            shapely.LineString([(0, 0), (1, 1)]),
            shapely.box(0, 0, 1, 1),
            shapely.from_wkt("GEOMETRYCOLLECTION(POINT(0 0), POLYGON((0 0,2 0,2 2,0 0)))"),
        ],
        dtype=object,
    )
    out = polygonal_parts(mixed)
    assert out[0] is None and out[1].area == pytest.approx(1.0) and out[2].area == pytest.approx(2.0)


def test_grid_spec_snaps_and_blocks():
    grid = GridSpec.from_bounds((12.0, 7.0, 118.0, 51.0), 25.0)
    assert grid.bounds == (0.0, 0.0, 125.0, 75.0)
    assert grid.shape == (3, 5)
    assert list(grid.blocks(2)) == [(0, 2), (2, 1)]
    xs, ys = grid.cell_centres(1, 1)
    assert xs.tolist() == [12.5, 37.5, 62.5, 87.5, 112.5] and ys.tolist() == [37.5]
    assert grid.block_spec(2, 1).bounds == (0.0, 0.0, 125.0, 25.0)
    assert grid.rows_for_memory(8, budget_bytes=5 * 8 * 2) == 2
