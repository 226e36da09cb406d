"""core.dasymetric without QGIS: the formula on hand-worked examples, the cap and its redistribution, exact sums
(hypothesis), areas by name and by location, and refusals."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core import dasymetric as d
from migrant_planning_plugin.core.errors import InputError


def test_hand_worked_four_features():
    # P w = 100, 200, 600, 200 (sum 1 100); T = 240: 21.82, 43.64, 130.91, 43.64; floors add up to 237, and the
    # three persons left go to the largest remainders: 130.91, 21.82, then 43.64 (the first of the tie)
    estimate, share, capped = d.allocate([100, 200, 300, 400], [1, 1, 2, 0.5], [0, 0, 0, 0], [240])
    assert share == pytest.approx([240 * 100 / 1100, 240 * 200 / 1100, 240 * 600 / 1100, 240 * 200 / 1100])
    assert estimate.tolist() == [22, 44, 131, 43]
    assert not capped.any()


def test_cap_and_redistribution_in_rounds():
    # round 1: P w = 1 000, 150, 1 000 -> 186.0 > 10: the first is capped at 10; round 2: 390 over 150 and 1 000
    # -> 50.9 > 30: the second is capped at 30; round 3: 360 to the last
    estimate, _share, capped = d.allocate([10, 30, 1000], [100, 5, 1], [0, 0, 0], [400])
    assert estimate.tolist() == [10, 30, 360]
    assert capped.tolist() == [True, True, False]
    # a one-round case: 20 each, the first capped at 10, its 10 shared equally by the two others
    estimate, _share, _capped = d.allocate([10, 100, 100], [10, 1, 1], [0, 0, 0], [60])
    assert estimate.tolist() == [10, 25, 25]


def test_groups_are_independent_and_outside_features_get_nothing():
    estimate, _share, _capped = d.allocate([100, 100, 50, 50, 70], [1, 1, 1, 3, 1], [0, 0, 1, 1, -1], [10, 40])
    assert estimate.tolist() == [5, 5, 10, 30, 0]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 2000),
            st.one_of(st.just(0.0), st.floats(0.01, 20.0)),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=60,
    ),
    st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4),
)
def test_sums_equal_totals_exactly_and_never_exceed_the_population(rows, fractions):
    population = np.array([r[0] for r in rows], float)
    weight = np.array([r[1] for r in rows], float)
    group = np.array([r[2] for r in rows], np.int64)
    room = np.bincount(group, weights=population * (weight > 0), minlength=4)
    totals = np.floor(room * np.array(fractions))
    estimate, share, capped = d.allocate(population, weight, group, totals)
    assert np.array_equal(np.bincount(group, weights=estimate, minlength=4), totals)  # exact: whole persons
    assert (estimate >= 0).all() and (estimate <= population).all()
    assert (estimate[weight == 0] == 0).all()
    assert (np.abs(estimate - share) < 1).all()
    # below the cap, shares are proportional to P w with one factor per area (the redistribution's level)
    for g in range(4):
        free = (group == g) & ~capped & (population * weight > 0) & (share < population)
        if free.sum() > 1 and totals[g] > 0:
            level = share[free] / (population[free] * weight[free])
            assert level == pytest.approx(np.full(free.sum(), level[0]), rel=1e-9)


def _blocks(names=("Comuna 1", "Comuna 1", "Comuna 2", "Comuna 2"), population=(100, 200, 300, 400)):
    geoms = [shapely.box(x, 0, x + 10, 10) for x in (0, 20, 100, 120)]
    return gpd.GeoDataFrame(
        {"comuna": list(names), "poblacion": list(population), "informal": [1, 0, 0, 1]}, geometry=geoms
    )


def test_totals_by_name_by_location_and_one_total():
    options = d.EstimateOptions("poblacion", area_field="comuna", layer_name="manzanas")
    result = d.estimate_migrants(_blocks(), d.AreaTotals(["comuna 1", "COMUNA 2"], np.array([30.0, 70.0])), options)
    assert result.features["migrants_est"].tolist() == [10, 20, 30, 40]
    assert result.features["migrant_share_est"].tolist() == pytest.approx([0.1, 0.1, 0.1, 0.1])
    summary = result.summary.set_index("area_name")
    assert summary.loc["ALL", "total"] == 100 and summary.loc["ALL", "migrants_est"] == 100
    polygons = np.array([shapely.box(-5, -5, 50, 50), shapely.box(90, -5, 150, 50)], dtype=object)
    by_location = d.estimate_migrants(
        _blocks(), d.AreaTotals(["Norte", "Sur"], np.array([30.0, 70.0]), polygons), d.EstimateOptions("poblacion")
    )
    assert by_location.features["migrants_est"].tolist() == [10, 20, 30, 40]
    informal = d.EstimateOptions("poblacion", informal_field="informal", informal_weight=2.0)
    one = d.estimate_migrants(_blocks(), d.AreaTotals([d.ALL_AREAS], np.array([150.0])), informal)
    # P w = 200, 200, 300, 800 (sum 1 500) -> 20, 20, 30, 80
    assert one.features["migrants_est"].tolist() == [20, 20, 30, 80]
    assert one.summary["area_name"].tolist() == ["ALL"]


def test_features_outside_every_area_get_no_estimate():
    polygons = np.array([shapely.box(-5, -5, 50, 50)], dtype=object)
    result = d.estimate_migrants(
        _blocks(), d.AreaTotals(["Norte"], np.array([30.0]), polygons), d.EstimateOptions("poblacion")
    )
    values = result.features["migrants_est"]
    assert values.iloc[:2].tolist() == [10, 20] and values.iloc[2:].isna().all()
    assert result.outside == 2


@pytest.mark.parametrize(
    "totals, population, message",
    [
        ([1001.0], (100, 200, 300, 400), "larger than the population"),
        ([10.5], (100, 200, 300, 400), "must be a whole number"),
        ([10.0], (100, None, 300, 400), "have no population"),
        ([10.0], (100, -5, 300, 400), "a negative one"),
    ],
)
def test_refusals(totals, population, message):
    blocks = _blocks(population=population)
    with pytest.raises(InputError, match=message):
        d.estimate_migrants(blocks, d.AreaTotals([d.ALL_AREAS], np.array(totals)), d.EstimateOptions("poblacion"))


def test_negative_weights_and_unplaceable_totals_are_refused():
    blocks = _blocks()
    blocks["peso"] = [1.0, -1.0, 1.0, None]
    with pytest.raises(InputError, match="1 features have no weight and 1 a negative weight in 'peso'"):
        d.estimate_migrants(blocks, d.AreaTotals(["ALL"], np.array([10.0])), d.EstimateOptions("poblacion", "peso"))
    blocks["peso"] = [1.0, 0.0, 0.0, 0.0]
    with pytest.raises(InputError, match="weight above 0 \\(100\\)"):
        d.estimate_migrants(blocks, d.AreaTotals(["ALL"], np.array([150.0])), d.EstimateOptions("poblacion", "peso"))
