"""The dock's sentences say what their tables say: built from the same numbers, they follow the data."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.PyQt.QtCore import QLocale

from migrant_planning_plugin.gui.pages.suitability import sensitivity_sentence


@pytest.fixture(autouse=True)
def english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


def runs(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["criterion", "change_pct", "spearman", "top_kept", "d_area_top2_pct"])


def test_the_sentence_names_the_change_that_keeps_the_fewest_best_parcels_not_the_lowest_correlation():
    # as in the review: the lowest correlation belongs to Health, the fewest kept (8 of 10) to Land use
    table = runs(
        [
            ("Health", -20.0, 0.993, 9, 1.0),
            ("Health", 20.0, 0.998, 10, -1.0),
            ("Land use", -20.0, 0.996, 8, 2.0),
            ("Land use", 20.0, 0.999, 10, -2.0),
        ]
    )
    text = sensitivity_sentence(table, 10)
    assert "at least 8 of the 10 best parcels" in text
    assert "(8 when changing the weight of Land use by -20%)" in text and "Health by" not in text
    assert "changed by -20% and +20%," in text
    assert "likeness at least 0.993" in text and "robust" in text


def test_ties_are_all_named_and_a_weak_ranking_is_flagged():
    table = runs(
        [
            ("Slope", -20.0, 0.85, 5, 1.0),
            ("Slope", 20.0, 0.95, 5, -1.0),
            ("Roads", 10.0, 0.97, 5, 0.0),
            ("Roads", -10.0, 0.99, 9, 0.0),
        ]
    )
    text = sensitivity_sentence(table, 10)
    assert "at least 5 of the 10 best parcels" in text
    assert "(5 when changing the weight of Slope by -20% or +20%; Roads by +10%)" in text
    assert "changes noticeably (likeness down to 0.850" in text
    assert "depends on the weights" in text and "robust" not in text


def test_the_sentence_follows_a_change_of_the_table():
    table = runs([("Health", -20.0, 0.993, 9, 1.0), ("Land use", -20.0, 0.996, 8, 2.0)])
    before = sensitivity_sentence(table, 10)
    table.loc[0, "top_kept"] = 7
    after = sensitivity_sentence(table, 10)
    assert "at least 8 of" in before and "at least 7 of" in after and "weight of Health by -20%" in after
