"""service_access through processing.run on the sample city, checked against QGIS geometry
(brute-force straight lines), QGIS's own shortest paths, and invariants on the outputs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from migrant_planning_plugin.qgis_io.vector import source_to_gdf
from tests.conftest import sample_layer_uri

TYPES = {"salud", "educación", "primera infancia"}


class _Feedback(QgsProcessingFeedback):
    """Keeps the warnings pushed during a run."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def _run(params, feedback=None):
    import processing

    base = {"OUTPUT": "memory:", "FACILITIES_OUTPUT": "memory:", "SUMMARY": "memory:"}
    base.update(params)
    result = processing.run("migrant_planning:service_access", base, feedback=feedback)
    return {name: source_to_gdf(result[name]) for name in ("OUTPUT", "FACILITIES_OUTPUT", "SUMMARY")}


@pytest.fixture(scope="module")
def city(sample_gpkg):
    layers = {
        role: QgsVectorLayer(sample_layer_uri(sample_gpkg, role), role, "ogr")
        for role in ("settlements", "facilities", "roads", "areas")
    }
    assert all(layer.isValid() for layer in layers.values())
    return layers


def _xy(point) -> str:
    """A point parameter value in the sample city's CRS."""
    return f"{point.x()!r},{point.y()!r} [EPSG:9377]"


def _points_on_surface(layer):
    return {f["codigo"]: f.geometry().pointOnSurface() for f in layer.getFeatures()}


def test_sample_city_by_road_in_minutes_end_to_end(provider, city):
    feedback = _Feedback()
    out = _run(
        {
            "DEMAND": city["settlements"],
            "FACILITIES": city["facilities"],
            "METHOD": 1,
            "ROADS": city["roads"],
            "TRAVEL_MODE": 1,
            "COST_UNIT": 1,
            "THRESHOLDS": "salud=10;Educacion=5",
            "DEFAULT_THRESHOLD": 8,
            "WEIGHTING": 1,
            "AREAS": city["areas"],
        },
        feedback,
    )
    demand, facilities, summary = out["OUTPUT"], out["FACILITIES_OUTPUT"], out["SUMMARY"]
    n_settlements = city["settlements"].featureCount()
    assert len(demand) == 3 * n_settlements and set(demand["facility_type"]) == TYPES
    assert list(summary.columns[:-1]) == [
        "area_name",
        "facility_type",
        "population",
        "population_covered",
        "share_covered",
        "migrants",
        "migrants_covered",
        "mean_cost",
        "unreachable",
        "all_areas",
    ]
    assert len(summary) == (city["areas"].featureCount() + 1) * 3
    assert (summary["area_name"][summary["all_areas"].astype(bool)] == "ALL").all()
    assert summary["all_areas"].astype(bool).sum() == 3  # one whole-city row per facility type
    # detected fields: population, migrants, type, capacity, speed and one-way were found by name
    population = sum(f["poblacion"] for f in city["settlements"].getFeatures())
    assert demand["population"].sum() == pytest.approx(3 * population)
    thresholds = {"salud": 10.0, "educación": 5.0, "primera infancia": 8.0}
    limit = demand["facility_type"].map(thresholds)
    assert (demand["covered"] == (demand["cost"] <= limit)).all()
    assert demand["reachable"].all()  # the sample network is connected
    # 2SFCA conserves supply: sum P_i A_i = capacity of facilities with demand in reach (from the input layer)
    capacity = {f["codigo"]: f["capacidad"] for f in city["facilities"].getFeatures()}
    for kind in TYPES:
        d = demand[demand["facility_type"] == kind]
        f = facilities[facilities["facility_type"] == kind]
        expected = sum(capacity[code] for code in f.loc[f["in_reach"].astype(bool), "facility_id"])
        assert (d["population"] * d["access_1k"] / 1000).sum() == pytest.approx(expected, rel=1e-9)
        weighted_mean = (d["population"] * d["access_rel"]).sum() / d["population"].sum()
        assert weighted_mean == pytest.approx(1.0)  # relative to the population-weighted mean
    total = sum(f["poblacion"] for f in city["settlements"].getFeatures())
    migrants = sum(f["migrantes"] for f in city["settlements"].getFeatures())
    everything = summary[summary["area_name"] == "ALL"].set_index("facility_type")
    assert (everything["population"] == total).all() and (everything["migrants"] == migrants).all()
    assert ((everything["share_covered"] >= 0) & (everything["share_covered"] <= 1)).all()
    by_area = summary[summary["area_name"] != "ALL"].groupby("facility_type")["population_covered"].sum()
    assert (by_area <= everything["population_covered"] + 1e-6).all()


def test_straight_line_matches_brute_force_qgis_distances(provider, city):
    out = _run(
        {
            "DEMAND": city["settlements"],
            "FACILITIES": city["facilities"],
            "THRESHOLDS": "salud=1500",
            "WEIGHTING": 0,
        }
    )
    demand = out["OUTPUT"]
    salud = demand[demand["facility_type"] == "salud"].set_index("demand_id")
    points = _points_on_surface(city["settlements"])
    clinics = {f["codigo"]: f.geometry() for f in city["facilities"].getFeatures() if f["tipo"] == "salud"}
    for code, point in points.items():
        distances = {fid: point.distance(geometry) for fid, geometry in clinics.items()}
        best = min(distances, key=distances.get)
        assert salud.loc[code, "cost"] == pytest.approx(distances[best], abs=1e-6)
        assert salud.loc[code, "nearest_id"] == best
        assert bool(salud.loc[code, "covered"]) == (distances[best] <= 1500)
    assert demand["access_1k"].isna().all()  # no score without weighting


def test_network_costs_agree_with_qgis_shortest_paths(provider, city):
    import processing

    out = _run(
        {
            "DEMAND": city["settlements"],
            "FACILITIES": city["facilities"],
            "METHOD": 1,
            "ROADS": city["roads"],
            "WEIGHTING": 0,
        }
    )
    demand, facilities = out["OUTPUT"], out["FACILITIES_OUTPUT"].set_index("facility_id")
    straight = _run({"DEMAND": city["settlements"], "FACILITIES": city["facilities"], "WEIGHTING": 0})["OUTPUT"]
    # road distance >= straight-line distance to the nearest facility, for every settlement and type
    assert (demand["cost"].to_numpy() >= straight["cost"].to_numpy() - 1e-6).all()
    # QGIS measures network lengths on the ellipsoid: calibrate its scale on one straight road
    roads = city["roads"]
    first = next(roads.getFeatures())
    line = first.geometry().asPolyline()
    a, b = line[0], line[-1]
    probe = processing.run(
        "native:shortestpathpointtopoint",
        {"INPUT": roads, "STRATEGY": 0, "START_POINT": _xy(a), "END_POINT": _xy(b), "OUTPUT": "memory:"},
    )
    scale = probe["TRAVEL_COST"] / first.geometry().length()
    assert scale == pytest.approx(1.0, abs=2e-3)
    points = _points_on_surface(city["settlements"])
    facility_points = {f["codigo"]: f.geometry().asPoint() for f in city["facilities"].getFeatures()}
    rows = demand[demand["facility_type"] == "salud"].iloc[::60]
    assert len(rows) >= 6
    for row in rows.itertuples():
        start = points[row.demand_id].asPoint()
        end = facility_points[row.nearest_id]
        native = processing.run(
            "native:shortestpathpointtopoint",
            {
                "INPUT": roads,
                "STRATEGY": 0,
                "START_POINT": _xy(start),
                "END_POINT": _xy(end),
                "OUTPUT": "memory:",
            },
        )["TRAVEL_COST"]
        # QGIS's cost starts and ends where the points meet the network: ours minus both connectors
        ours_on_network = row.cost - row.snap_m - facilities.loc[row.nearest_id, "snap_m"]
        assert ours_on_network * scale == pytest.approx(native, rel=1e-4, abs=0.05)


def test_reprojected_input_gives_the_same_answer(provider, city):
    import processing

    wgs84 = processing.run(
        "native:reprojectlayer",
        {"INPUT": city["facilities"], "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
    )["OUTPUT"]
    params = {"DEMAND": city["settlements"], "WEIGHTING": 1}
    original = _run({**params, "FACILITIES": city["facilities"]})
    reprojected = _run({**params, "FACILITIES": wgs84})
    assert np.allclose(original["OUTPUT"]["cost"], reprojected["OUTPUT"]["cost"], atol=0.01)
    assert (original["OUTPUT"]["covered"] == reprojected["OUTPUT"]["covered"]).all()
    assert np.allclose(original["OUTPUT"]["access_1k"], reprojected["OUTPUT"]["access_1k"], rtol=1e-6)


def test_bad_and_empty_input(provider, city):
    with pytest.raises(QgsProcessingException, match="ROADS"):
        _run({"DEMAND": city["settlements"], "FACILITIES": city["facilities"], "METHOD": 1})
    with pytest.raises(QgsProcessingException, match="POPULATION_FIELD"):
        _run({"DEMAND": city["areas"], "FACILITIES": city["facilities"]})
    empty = QgsVectorLayer("Point?crs=EPSG:9377&field=tipo:string&field=capacidad:integer", "vacío", "memory")
    feedback = _Feedback()
    out = _run({"DEMAND": city["settlements"], "FACILITIES": empty}, feedback)
    assert all(len(frame) == 0 for frame in out.values())
    assert any("no facility to analyse" in w for w in feedback.warnings)
    # a demand point far from a disconnected road piece is flagged, not an error
    island = QgsVectorLayer("LineString?crs=EPSG:9377", "isla", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING(5040000 2420000, 5040100 2420000)"))
    island.dataProvider().addFeatures([feature])
    roads = processing_merge(city["roads"], island)
    far = QgsVectorLayer("Point?crs=EPSG:9377&field=poblacion:integer", "lejos", "memory")
    person = QgsFeature(far.fields())
    person.setAttributes([10])
    person.setGeometry(QgsGeometry.fromWkt("POINT(5040050 2420010)"))
    far.dataProvider().addFeatures([person])
    feedback = _Feedback()
    out = _run({"DEMAND": far, "FACILITIES": city["facilities"], "METHOD": 1, "ROADS": roads}, feedback)
    assert not out["OUTPUT"]["reachable"].any() and out["OUTPUT"]["cost"].isna().all()
    assert any("cannot reach any facility" in w for w in feedback.warnings)
    assert not math.isnan(out["SUMMARY"]["population"].iloc[0])


def processing_merge(*layers):
    """One memory layer with the lines of several layers."""
    import processing

    return processing.run(
        "native:mergevectorlayers", {"LAYERS": list(layers), "CRS": "EPSG:9377", "OUTPUT": "memory:"}
    )["OUTPUT"]
