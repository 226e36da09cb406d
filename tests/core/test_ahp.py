"""core.ahp: weights, consistency and refusals, checked against values solved by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from migrant_planning_plugin.core import ahp
from migrant_planning_plugin.core.errors import InputError


def test_perfectly_consistent_matrix_gives_exact_weights_and_cr_zero():
    w = np.array([0.5, 0.25, 0.15, 0.1])
    matrix = w[:, None] / w[None, :]  # a_ij = w_i / w_j: perfectly consistent
    result = ahp.ahp_weights(matrix, ["a", "b", "c", "d"])
    assert np.allclose(result.weights, w, atol=1e-12)
    assert result.lambda_max == pytest.approx(4.0, abs=1e-9)
    assert result.ci == 0.0 and result.cr == 0.0
    assert result.consistent and result.inconsistent_pair is None


def test_three_by_three_example_solved_by_hand():
    # For a 3x3 reciprocal matrix (a12 = a, a13 = b, a23 = c):
    #   lambda_max = 1 + t + 1/t with t = (a c / b)^(1/3), and the principal eigenvector equals the
    #   normalised row geometric means. Here a = 3, b = 5, c = 3:
    #   t = 1.8^(1/3) = 1.216440, lambda_max = 1 + 1.216440 + 0.822071 = 3.038511
    #   row geometric means 15^(1/3) = 2.466212, 1, (1/15)^(1/3) = 0.405480 -> sum 3.871692
    #   weights 0.636985, 0.258285, 0.104729; CI = 0.038511 / 2 = 0.019256; CR = 0.019256 / 0.58 = 0.033199
    result = ahp.ahp_weights("1,3,5;1/3,1,3;1/5,1/3,1")
    assert np.allclose(result.weights, [0.636985, 0.258285, 0.104729], atol=2e-6)
    assert result.lambda_max == pytest.approx(3.038511, abs=2e-6)
    assert result.ci == pytest.approx(0.019256, abs=2e-6)
    assert result.cr == pytest.approx(0.033199, abs=2e-6)
    assert result.consistent
    assert result.criteria == ("C1", "C2", "C3")
    assert result.weights_text(4) == "0.6370,0.2583,0.1047"


def test_closed_form_holds_for_other_three_by_three_matrices():
    for a, b, c in ((2.0, 7.0, 0.5), (1 / 3, 4.0, 9.0), (5.0, 1 / 7, 2.0)):
        matrix = np.array([[1, a, b], [1 / a, 1, c], [1 / b, 1 / c, 1]])
        t = (a * c / b) ** (1 / 3)
        gm = np.prod(matrix, axis=1) ** (1 / 3)
        result = ahp.ahp_weights(matrix)
        assert result.lambda_max == pytest.approx(1 + t + 1 / t, rel=1e-9)
        assert np.allclose(result.weights, gm / gm.sum(), atol=1e-9)


def test_weights_table_ranks_heaviest_first():
    table = ahp.weights_table(ahp.ahp_weights("1,1/3,1/5;3,1,1/3;5,3,1", ["slope", "roads", "health"]))
    assert list(table.columns) == ["criterion", "weight", "rank"]
    assert table.set_index("criterion")["rank"].to_dict() == {"health": 1, "roads": 2, "slope": 3}
    assert table["weight"].sum() == pytest.approx(1.0)


def test_parse_fractions_spaces_and_new_lines():
    a = ahp.parse_matrix(" 1 , 1/2 ,4\n2,1, 8 ;\n 0.25 ,1/8,1;")
    assert np.allclose(a, [[1, 0.5, 4], [2, 1, 8], [0.25, 0.125, 1]])


def test_non_reciprocal_matrix_refused_naming_the_cell():
    with pytest.raises(InputError) as error:
        ahp.ahp_weights("1,3,5;1/3,1,3;1/5,1/2,1", ["health", "roads", "slope"])
    message = str(error.value)
    assert "row 2 (roads), column 3 (slope)" in message
    assert "1/3" in message  # the reciprocal to write


def test_reciprocal_within_tolerance_accepted():
    ahp.ahp_weights([[1, 3], [0.3333334, 1]])  # |3 * 0.3333334 - 1| = 2e-7 < 1e-6


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1,3;1/3", "not square"),
        ("1,3,5;1/3,1,3", "not square"),
        ("1,-3;-1/3,1", "row 1 (C1), column 2 (C2)"),
        ("1,0;0,1", "not positive"),
        ("2,3;1/3,1", "diagonal"),
        ("1,x;1,1", "row 1, column 2"),
        ("1,1/0;0,1", "row 1, column 2"),
        ("", "empty"),
    ],
)
def test_bad_matrices_refused(text, fragment):
    with pytest.raises(InputError) as error:
        ahp.ahp_weights(text)
    assert fragment in str(error.value)


def test_names_must_match_the_size():
    with pytest.raises(InputError, match="2 names"):
        ahp.ahp_weights("1,3,5;1/3,1,3;1/5,1/3,1", ["a", "b"])


def test_more_than_ten_criteria_refused():
    with pytest.raises(InputError, match="at most 10"):
        ahp.ahp_weights(np.ones((11, 11)))


def test_small_matrices_have_cr_zero():
    one = ahp.ahp_weights("1")
    assert one.weights.tolist() == [1.0] and one.cr == 0.0
    two = ahp.ahp_weights("1,4;1/4,1")
    assert np.allclose(two.weights, [0.8, 0.2]) and two.cr == 0.0 and two.consistent


def test_most_inconsistent_pair_is_the_perturbed_judgement():
    w = np.array([0.4, 0.3, 0.2, 0.1])
    matrix = w[:, None] / w[None, :]
    matrix[0, 3], matrix[3, 0] = 1 / 9, 9.0  # a consistent 4 turned into 1/9
    result = ahp.ahp_weights(matrix, ["health", "education", "roads", "slope"])
    assert result.cr >= 0.10 and not result.consistent
    assert result.inconsistent_pair == (0, 3)
    message = result.inconsistency_message()
    assert "health versus slope" in message and "1/9" in message
    # Saaty's error of the reported pair is the farthest from 1 of all pairs
    eps = matrix * result.weights[None, :] / result.weights[:, None]
    far = np.abs(np.log(eps))
    assert far[0, 3] == pytest.approx(far[np.triu_indices(4, 1)].max())
    assert result.suggested_judgement() == pytest.approx(result.weights[0] / result.weights[3])


def test_max_cr_threshold_is_strict():
    result = ahp.ahp_weights("1,3,5;1/3,1,3;1/5,1/3,1", max_cr=0.033)
    assert not result.consistent  # CR 0.0332 >= 0.033
    assert math.isclose(ahp.ahp_weights("1,3,5;1/3,1,3;1/5,1/3,1", max_cr=0.034).cr, result.cr)
