"""core.osm without QGIS: tag parsing and the split at shared vertices, on cases worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from migrant_planning_plugin.core import osm
from migrant_planning_plugin.core.errors import InputError


def test_maxspeed_forms():
    values = ["50", "50 km/h", "50kmh", "30 mph", "10 knots", "walk", "none", "CO:urban", "50;30", "", None, "0"]
    speeds = osm.parse_maxspeed(values)
    assert speeds[:6].tolist() == pytest.approx([50, 50, 50, 30 * 1.609344, 18.52, osm.WALKING_KMH])
    assert np.isnan(speeds[6:]).all()


def test_oneway_forms_and_implied_one_way():
    oneway = ["yes", "true", "1", "-1", "reverse", "no", "0", None, None, None, "no", "reversible"]
    junction = [None] * 7 + ["roundabout", "circular", None, "roundabout", None]
    highway = ["residential"] * 9 + ["motorway", "primary", "residential"]
    codes = osm.parse_oneway_tags(oneway, junction, highway)
    assert codes.tolist() == [1, 1, 1, -1, -1, 0, 0, 1, 1, 1, 0, 0]


def test_access_tags_most_specific_wins():
    lines = pd.DataFrame(
        {
            "highway": ["residential", "residential", "footway", "pedestrian"]
            + ["motorway", "motorway", "service", "track"],
            "access": [None, "private", None, None, None, None, "no", None],
            "foot": [None, "yes", None, None, None, "yes", None, None],
            "motor_vehicle": ["no", None, None, "destination", None, None, None, "agricultural"],
            "vehicle": [None, None, None, None, None, None, None, None],
            "motorcar": [None, None, None, None, None, None, None, None],
        }
    )
    frame, counts = osm.road_attributes(lines, osm.VEHICLE_SPEEDS)
    assert frame.index.tolist() == [0, 1, 2, 3, 4, 5, 7]  # the closed service road is left out
    assert frame["motor"].tolist() == [0, 0, 0, 1, 1, 1, 0]
    assert frame["foot"].tolist() == [1, 1, 1, 1, 0, 1, 1]
    assert counts["closed"] == 1


def test_split_cuts_at_vertices_used_twice_and_nowhere_else():
    a = shapely.LineString([(0, 0), (1, 0), (2, 0), (3, 0)])
    b = shapely.LineString([(2, 0), (2, 1)])  # T at (2, 0)
    c = shapely.LineString([(1, 1), (1, 0.5), (1, 1), (0, 1)])  # comes back to its own first vertex: not inner
    d = shapely.LineString([(5, 0), (6, 0), (6, 0), (7, 0), (6, 1), (6, 0), (8, 0)])  # repeated vertex, a loop
    pieces, owner = osm.split_at_shared_vertices(np.array([a, b, c, d], dtype=object))
    coords = [shapely.get_coordinates(p).tolist() for p in pieces]
    assert owner.tolist() == [0, 0, 1, 2, 2, 3, 3, 3]
    assert coords[0] == [[0, 0], [1, 0], [2, 0]] and coords[1] == [[2, 0], [3, 0]]
    assert coords[2] == [[2, 0], [2, 1]]
    assert coords[3] == [[1, 1], [1, 0.5], [1, 1]] and coords[4] == [[1, 1], [0, 1]]
    assert coords[5] == [[5, 0], [6, 0]] and coords[6] == [[6, 0], [7, 0], [6, 1], [6, 0]]
    assert coords[7] == [[6, 0], [8, 0]]
    assert sum(shapely.length(pieces)) == pytest.approx(sum(shapely.length([a, b, c, d])))


def test_split_keeps_crossings_without_a_shared_vertex():
    a = shapely.LineString([(0, 0), (2, 0)])
    b = shapely.LineString([(1, -1), (1, 1)])
    pieces, owner = osm.split_at_shared_vertices(np.array([a, b], dtype=object))
    assert len(pieces) == 2 and owner.tolist() == [0, 1]


def test_speeds_and_facility_tags_text():
    speeds = osm.parse_speeds("residential=25; Primary=60;living street=5")
    assert (speeds["residential"], speeds["primary"], speeds["living_street"], speeds["motorway"]) == (25, 60, 5, 80)
    with pytest.raises(InputError, match="not a highway class"):
        osm.parse_speeds("cycleway=15")
    rules = dict(osm.parse_facility_tags("Educacion=amenity=school,college; primera infancia="))
    assert rules["educación"] == [("amenity", ["school", "college"])]  # the type keeps its written name
    assert "primera infancia" not in rules and "salud" in rules
    with pytest.raises(InputError, match="not read from OSM files"):
        osm.parse_facility_tags("salud=shop=chemist")


def test_classification_first_type_wins_and_pharmacies_are_left_out():
    tags = pd.DataFrame(
        {
            "amenity": ["clinic", "pharmacy", None, "school", "kindergarten", None],
            "healthcare": ["clinic", "pharmacy", "dentist", None, None, None],
        }
    )
    kind, subtype = osm.classify_facilities(tags, osm.parse_facility_tags(None))
    assert kind.tolist() == ["salud", "", "salud", "educación", "primera infancia", ""]
    assert subtype.tolist() == ["clinic", "", "dentist", "school", "kindergarten", ""]


def test_capacity_whole_numbers_only():
    values, bad = osm.parse_capacity(["120", "1.200", None, "", "abc"], [None, "30", "40", "7", None])
    assert values[0] == 120 and values[1] == 30 and values[2] == 40 and values[3] == 7 and np.isnan(values[4])
    assert bad == 2
