"""The sample city's OpenStreetMap extract: the shipped file is what the generator writes, and importing it gives
the GeoPackage's own network and facilities (same length, same facilities, same walking distances)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import geopandas as gpd
import numpy as np
import pytest
import shapely
from qgis.core import QgsVectorLayer

from migrant_planning_plugin import sample_city
from migrant_planning_plugin.qgis_io.vector import source_to_gdf
from tests.conftest import sample_layer_uri


def _parse(text: str):
    """Nodes (id -> lon, lat), ways (id -> node ids, tags) of an OSM XML text."""
    root = ET.fromstring(text)
    nodes = {int(e.get("id")): (float(e.get("lon")), float(e.get("lat"))) for e in root.iter("node")}
    ways = {
        int(e.get("id")): ([int(n.get("ref")) for n in e.iter("nd")], {t.get("k"): t.get("v") for t in e.iter("tag")})
        for e in root.iter("way")
    }
    tags = {int(e.get("id")): {t.get("k"): t.get("v") for t in e.iter("tag")} for e in root.iter("node")}
    return nodes, ways, tags


def test_the_shipped_extract_is_what_the_generator_writes(sample_dir):
    fresh = _parse(sample_city.osm_xml(sample_city.generate()))
    shipped = _parse((sample_dir / sample_city.OSM_NAME).read_text(encoding="utf-8"))
    assert fresh[1] == shipped[1] and fresh[2] == shipped[2]  # ways and tags identical
    assert fresh[0].keys() == shipped[0].keys()
    # coordinates to the 7 decimals OSM keeps (another PROJ may round the last one the other way)
    difference = np.array([np.subtract(fresh[0][k], shipped[0][k]) for k in fresh[0]])
    assert np.abs(difference).max() <= 1.5e-7


@pytest.fixture(scope="module")
def imported(module_provider, sample_dir):
    import processing

    result = processing.run(
        "migrant_planning:import_osm",
        {
            "INPUT": str(sample_dir / sample_city.OSM_NAME),
            "AOI": sample_layer_uri(str(sample_dir / sample_city.GPKG_NAME), "boundary"),
            "ROADS": "memory:",
            "FACILITIES": "memory:",
        },
    )
    return result, source_to_gdf(result["ROADS"]), source_to_gdf(result["FACILITIES"])


def test_the_import_gives_the_geopackage_network_and_facilities(imported, sample_gpkg):
    _result, roads, facilities = imported
    streets = gpd.read_file(sample_gpkg, layer="malla_vial")
    assert roads["length_m"].sum() == pytest.approx(streets.length.sum(), abs=1.0)  # 285 km, to the metre
    assert (roads["length_m"] > 0).all()
    # every street segment of the GeoPackage lies on the imported network, to the centimetre
    network = shapely.union_all(roads.geometry.values)
    points = shapely.points(shapely.get_coordinates(streets.geometry.values))
    assert shapely.distance(points, network).max() < 0.02
    speeds = dict(zip(roads["highway"], roads["speed_kmh"]))
    assert speeds == {"residential": 30, "secondary": 40, "primary": 50, "trunk": 60}
    equipment = gpd.read_file(sample_gpkg, layer="equipamientos")
    assert sorted(zip(facilities["name"], facilities["tipo"], facilities["capacidad"])) == sorted(
        zip(equipment["nombre"], equipment["tipo"], equipment["capacidad"])
    )
    by_name = {r.name: r.geometry for r in facilities.itertuples()}
    gaps = [by_name[r.nombre].distance(r.geometry) for r in equipment.itertuples()]
    assert max(gaps) < 0.05  # the hospital is the centre of its grounds, the others are nodes


def test_walking_distances_over_both_networks_are_the_same(imported, sample_gpkg):
    import processing

    costs = {}
    for name, layer in (
        ("gpkg", QgsVectorLayer(sample_layer_uri(sample_gpkg, "roads"), "malla_vial", "ogr")),
        ("osm", imported[0]["ROADS"]),
    ):
        out = processing.run(
            "migrant_planning:service_access",
            {
                "DEMAND": sample_layer_uri(sample_gpkg, "settlements"),
                "FACILITIES": sample_layer_uri(sample_gpkg, "facilities"),
                "METHOD": 1,
                "ROADS": layer,
                "WEIGHTING": 0,
                "OUTPUT": "memory:",
            },
        )
        frame = source_to_gdf(out["OUTPUT"]).sort_values(["demand_id", "facility_type"])
        costs[name] = frame["cost"].to_numpy()
    assert np.allclose(costs["gpkg"], costs["osm"], atol=0.5)
