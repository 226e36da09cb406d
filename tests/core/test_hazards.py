"""Hazard zones made disjoint by level: nothing counted twice."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.hazards import classify_zones, disjoint_levels


def _zones(rows):
    return gpd.GeoDataFrame(
        {"tipo": [r[0] for r in rows], "nivel": [r[1] for r in rows]},
        geometry=[r[2] for r in rows],
        crs=9377,
    )


def test_overlap_counts_once_at_highest_level():
    # flood media 0..4 x 0..2 overlaps flood alta 2..6 x 0..2; landslide baja 0..2 x 0..2
    frame = _zones(
        [
            ("inundación", "media", shapely.box(0, 0, 4, 2)),
            ("Inundacion", "Alta", shapely.box(2, 0, 6, 2)),
            ("movimiento en masa", "baja", shapely.box(0, 0, 2, 2)),
            ("inundación", None, shapely.box(0, 0, 100, 100)),  # null level: not a hazard
        ]
    )
    zones = classify_zones(frame, "nivel", "tipo")
    assert len(zones) == 3
    pieces = disjoint_levels(zones)
    area = {(r.hazard_type, r.hazard_level): r.geometry.area for r in pieces.itertuples()}
    assert area[("inundacion", "alta")] == pytest.approx(8.0)
    assert area[("inundacion", "media")] == pytest.approx(4.0)  # 0..2 only: 2..4 is alta
    assert area[("movimiento en masa", "baja")] == pytest.approx(4.0)
    # any: 0..2 media (flood media beats landslide baja), 2..6 alta
    assert area[("any", "alta")] == pytest.approx(8.0)
    assert area[("any", "media")] == pytest.approx(4.0)
    assert ("any", "baja") not in area
    for hazard_type, group in pieces.groupby("hazard_type"):
        geoms = list(group.geometry)
        for i in range(len(geoms)):
            for j in range(i + 1, len(geoms)):
                assert geoms[i].intersection(geoms[j]).area == pytest.approx(0.0), hazard_type


def test_level_field_missing_or_unusable_is_refused():
    frame = _zones([("inundación", "x", shapely.box(0, 0, 1, 1))])
    with pytest.raises(InputError, match="HAZARD_LEVEL_FIELD"):
        classify_zones(frame, "", "tipo")
    with pytest.raises(InputError, match="LEVEL_MAP"):
        classify_zones(frame, "nivel", "tipo")


def test_without_type_field_every_zone_has_the_default_type():
    frame = _zones([("a", "alta", shapely.box(0, 0, 1, 1)), ("b", "baja", shapely.box(5, 5, 6, 6))])
    zones = classify_zones(frame, "nivel", None, default_type="Inundación")
    assert set(zones["hazard_type"]) == {"inundacion"}
