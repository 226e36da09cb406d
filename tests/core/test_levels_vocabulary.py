"""The hazard-level vocabulary (core.levels): every documented value reads as its level, numbers by their range,
LEVEL_MAP extends and overrides it, and an unknown value stops the run with its count and area (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.hazards import classify_zones
from migrant_planning_plugin.core.levels import (
    VOCABULARY,
    level_of,
    parse_level_map,
    parse_level_weights,
    read_levels,
    vocabulary_table,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "user-guide"
# The table of the issue, written out by hand: value -> level.
ISSUE_TABLE = {
    "muy alta": "alta",
    "alta": "alta",
    "alta no mitigable": "alta",
    "alta mitigable": "alta",
    "media": "media",
    "moderada": "media",
    "intermedia": "media",
    "baja": "baja",
    "muy baja": "baja",
    "sin amenaza": "none",
    "no amenaza": "none",
    "nula": "none",
    "very high": "alta",
    "high": "alta",
    "medium": "media",
    "moderate": "media",
    "low": "baja",
    "very low": "baja",
}


@pytest.mark.parametrize("value, level", sorted(ISSUE_TABLE.items()))
def test_the_issue_table(value, level):
    assert level_of(value) == level


@pytest.mark.parametrize("value, level", vocabulary_table())
def test_every_documented_value_and_its_forms(value, level):
    for written in (
        value,
        value.upper(),
        value.title(),
        value.replace(" ", "_"),
        value.replace(" ", "-"),
        f" {value} ",
    ):
        assert level_of(written) == level, written
    if level != "none" and value not in ("high", "very high", "medium", "moderate", "low", "very low"):
        assert level_of(f"Amenaza {value}") == level
        assert level_of(f"{value.upper()} AMENAZA") == level


def test_accents_and_spacing():
    assert level_of("Amenaza  Media") == "media"
    assert level_of("ALTA NO MITIGABLE") == "alta"
    assert level_of("Intermédia") == "media"


@pytest.mark.parametrize("value", ["A", "M", "B", "Media-Alta", "Alta/Media", "Zona X", "altísima", "riesgo alto", "0"])
def test_values_outside_the_vocabulary_are_unknown(value):
    assert level_of(value) is None


def test_whole_number_grades_by_their_range():
    three = read_levels([1, 2, 3, 3, None])
    assert three.ranks.tolist() == [1, 2, 3, 3, 0] and three.scale == "1-3" and three.null.tolist()[-1]
    five = read_levels([1, 2, 3, 4, 5])
    assert five.ranks.tolist() == [1, 1, 2, 3, 3] and five.scale == "1-5"
    assert read_levels(["1", "2", "3", "4"]).ranks.tolist() == [1, 1, 2, 3]  # text digits too
    beyond = read_levels([1, 2, 7])
    assert beyond.unknown.tolist() == [True, True, True] and beyond.scale is None  # a 1-5 scale has no 7
    assert read_levels([2.5, 3]).unknown.tolist() == [True, False]
    assert read_levels(["alta", 3]).ranks.tolist() == [3, 3]
    assert read_levels([True]).unknown.tolist() == [True]


def test_level_map_extends_and_overrides():
    mapping = parse_level_map("Zona X=none;A=alta;M=media;Media-Alta=alta;3=media;Alta=media")
    assert read_levels(["Zona X", "A", "m", "MEDIA ALTA", "Muy Alta"], mapping).ranks.tolist() == [0, 3, 2, 3, 3]
    assert level_of("Alta", mapping) == "media"  # overridden
    grades = read_levels([1, 2, 3, 4, 5], mapping)
    assert grades.ranks.tolist() == [1, 1, 2, 3, 3]  # 3 named by the map, the others by the 1-5 scale
    assert parse_level_map("Zona=high")["zona"] == "alta"  # targets may be any known value
    with pytest.raises(InputError, match="LEVEL_MAP"):
        parse_level_map("A=altísima")
    assert parse_level_weights("high=0.9;3=1;media=0.4") == {"alta": 1.0, "media": 0.4, "baja": 0.2}


def test_unknown_levels_stop_the_run_with_value_count_and_area():
    """Three zones of 1 ha 'A', one of 0.5 ha 'Media-Alta', one 'Muy Alta' (known) and one empty."""
    geoms = [shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 100), shapely.box(400, 0, 500, 100)]
    geoms += [shapely.box(0, 200, 100, 250), shapely.box(0, 300, 100, 400), shapely.box(0, 500, 100, 600)]
    frame = gpd.GeoDataFrame({"Amenaza": ["A", "A", "A", "Media-Alta", "Muy Alta", None]}, geometry=geoms, crs=9377)
    frame.attrs["layer_name"] = "remocion"
    with pytest.raises(InputError) as refusal:
        classify_zones(frame, "Amenaza")
    message = str(refusal.value)
    assert "'A' (3 zones, 3.00 ha)" in message and "'Media-Alta' (1 zones, 0.50 ha)" in message
    assert "Muy Alta" not in message and "LEVEL_MAP" in message and "remocion" in message
    zones = classify_zones(frame, "Amenaza", level_map=parse_level_map("A=alta;Media-Alta=media"))
    assert zones["rank"].tolist() == [3, 3, 3, 2, 3]  # the empty one is not a hazard


def test_empty_levels_are_warned_of_with_count_and_area(caplog):
    frame = gpd.GeoDataFrame({"nivel": ["alta", "", None]}, geometry=[shapely.box(0, 0, 100, 100)] * 3, crs=9377)
    frame.attrs["layer_name"] = "zonas"
    with caplog.at_level("WARNING", logger="migrant_planning"):
        zones = classify_zones(frame, "nivel")
    assert len(zones) == 1
    assert "2 zones (2.00 ha) have no value in 'nivel'" in caplog.text


def _documented(page: Path) -> list:
    """The (value, level) rows of the vocabulary table of a user-guide page."""
    text = page.read_text(encoding="utf-8")
    start = text.index("<!-- vocabulary:start -->")
    end = text.index("<!-- vocabulary:end -->")
    rows = []
    for line in text[start:end].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and not set(cells[0]) <= set("-: ") and cells[0].startswith("`"):
            level = re.sub(r"[`*]", "", cells[1]).split()[0]
            for value in re.findall(r"`([^`]+)`", cells[0]):
                rows.append((value, level))
    return rows


@pytest.mark.parametrize("page", ["en/own-data.md", "es/datos-propios.md"])
def test_the_user_guide_table_is_the_vocabulary(page):
    assert sorted(_documented(DOCS / page)) == sorted(vocabulary_table())
    assert set(level for _value, level in vocabulary_table()) == set(VOCABULARY)
    assert np.all([level_of(value) == level for value, level in _documented(DOCS / page)])
