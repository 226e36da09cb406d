"""Issue 14, item 11: hazard levels outside the vocabulary ('A', 'M', 'Media-Alta') stop every algorithm that reads
hazards, with each value, its count and its area; 'Muy Alta' and 'Amenaza Alta' are alta. Mapped in LEVEL_MAP, the
same layer gives the clean layer's numbers (medium exposure no longer falls to 0)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from .matrix import ALGORITHMS
from .runner import run

# The algorithms whose HAZARDS parameter reads hazard zones.
READERS = ("settlement_exposure", "facility_exposure", "site_suitability", "weight_sensitivity", "growth_scenarios")
RENAMED = {"alta": ("A", "Muy Alta", "Amenaza Alta"), "media": ("M", "Media-Alta")}
LEVEL_MAP = "A=alta;M=media;Media-Alta=media"


@pytest.fixture(scope="module")
def odd_hazards(case_data, tmp_path_factory):
    """The window's hazard zones with their levels written as real layers write them (each alta zone cut in three
    strips: 'A', 'Muy Alta', 'Amenaza Alta'; each media zone in two: 'M', 'Media-Alta'), and the expected
    'value (n zones, x ha)' of each value the vocabulary does not know, counted and measured with shapely."""
    import geopandas as gpd

    rows = []
    for row in case_data.frames["hazards"].itertuples(index=False):
        names = RENAMED.get(row.nivel, (row.nivel,))
        xmin, ymin, xmax, ymax = row.geometry.bounds
        step = (xmax - xmin) / len(names)
        for k, name in enumerate(names):  # a zone cut in vertical strips, one per way of writing its level
            strip = shapely.box(xmin + k * step, ymin - 1, xmin + (k + 1) * step, ymax + 1)
            piece = shapely.intersection(row.geometry, strip)
            rows.append({**row._asdict(), "nivel": name, "geometry": piece})
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=case_data.frames["hazards"].crs)
    path = tmp_path_factory.mktemp("odd_levels") / "zonas_niveles.gpkg"
    frame.to_file(path, layer="zonas_niveles", engine="fiona")
    expected = {}
    for value in ("A", "M", "Media-Alta"):
        chosen = frame[frame["nivel"] == value]
        assert len(chosen), value
        area = float(shapely.area(shapely.make_valid(np.asarray(chosen.geometry.values))).sum()) / 10_000.0
        expected[value] = f"'{value}' ({len(chosen)} zones, {area:,.2f} ha)"
    return f"{path}|layername=zonas_niveles", expected


@pytest.mark.parametrize("alg_id", READERS)
def test_unknown_levels_are_refused_with_value_count_and_area(alg_id, provider, case_data, odd_hazards, tmp_path):
    uri, expected = odd_hazards
    alg = ALGORITHMS[alg_id]
    params = alg.params("clean", case_data, tmp_path)
    params["HAZARDS"] = uri
    record = run(alg_id, params)
    assert not record.ok, f"{alg_id} ran with unknown levels"
    for text in (*expected.values(), "LEVEL_MAP", "zonas_niveles"):
        assert text in record.message, (text, record.message)
    for known in ("'Muy Alta'", "'Amenaza Alta'"):
        assert known not in record.message


@pytest.mark.parametrize("alg_id", READERS)
def test_mapped_levels_give_the_clean_numbers(alg_id, provider, case_data, odd_hazards, tmp_path):
    uri, _expected = odd_hazards
    alg = ALGORITHMS[alg_id]
    for name in ("clean", "mapped"):
        (tmp_path / name).mkdir()
    clean = run(alg_id, alg.params("clean", case_data, tmp_path / "clean"))
    assert clean.ok, clean.message
    params = alg.params("clean", case_data, tmp_path / "mapped")
    params.update(HAZARDS=uri, LEVEL_MAP=LEVEL_MAP)
    mapped = run(alg_id, params)
    assert mapped.ok, mapped.message
    assert np.allclose(alg.totals(mapped.results), alg.totals(clean.results), rtol=1e-9, atol=1e-9)


def test_medium_exposure_is_not_lost(provider, case_data, odd_hazards, tmp_path):
    """The issue's number: with the levels mapped, the people at level media are those of the clean layer (> 0)."""
    from .matrix import read_table

    uri, _expected = odd_hazards
    alg = ALGORITHMS["settlement_exposure"]
    params = alg.params("clean", case_data, tmp_path)
    params.update(HAZARDS=uri, LEVEL_MAP=LEVEL_MAP)
    record = run("settlement_exposure", params)
    summary = read_table(record.results["SUMMARY"])
    media = summary[(summary["area_name"] == "ALL") & (summary["hazard_type"] == "any")]
    media = float(media[media["hazard_level"] == "media"]["population"].iloc[0])
    zones = case_data.frames["hazards"]
    settlements = case_data.frames["settlements"]
    # brute force: each settlement's people in proportion to its area at level media of any type (not alta)
    alta = shapely.union_all(shapely.make_valid(np.asarray(zones.geometry.values[zones["nivel"] == "alta"])))
    medium = shapely.union_all(shapely.make_valid(np.asarray(zones.geometry.values[zones["nivel"] == "media"])))
    medium = shapely.difference(medium, alta)
    expected = 0.0
    for geom, people in zip(shapely.make_valid(np.asarray(settlements.geometry.values)), settlements["poblacion"]):
        if geom.area > 0:
            expected += people * shapely.intersection(geom, medium).area / geom.area
    assert expected > 0
    assert media == pytest.approx(expected, rel=1e-6)


def test_a_report_summary_with_unknown_levels_is_refused(provider, case_data, tmp_path):
    alg = ALGORITHMS["planning_report"]
    params = alg.params("unknown_levels", case_data, tmp_path)
    params["EXPOSURE"] = None
    record = run("planning_report", params)
    assert not record.ok
    assert "hazard levels other than alta, media, baja or none" in record.message and "rows" in record.message
