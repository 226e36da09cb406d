"""The one number format of the dock and the report (core.numbers), checked on values written out by hand."""

from __future__ import annotations

import math

import pytest

from migrant_planning_plugin.core.numbers import DASH, NBSP, Numbers, parse_number


def test_spanish_groups_thousands_by_a_no_break_space_and_uses_a_decimal_comma():
    es = Numbers("es")
    assert es.integer(131550) == f"131{NBSP}550"
    assert es.number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
    assert es.percent(0.452) == f"45,2{NBSP}%"
    assert es.signed_percent(-20, 0) == f"-20{NBSP}%" and es.signed_percent(10, 0) == f"+10{NBSP}%"


def test_english_uses_a_decimal_point_and_a_percent_sign_without_space():
    en = Numbers("en")
    assert en.number(1234.5, 1) == f"1{NBSP}234.5"
    assert en.percent(0.452) == "45.2%"


def test_the_decimal_mark_of_a_locale_overrides_the_language_default():
    assert Numbers("es", decimal_mark=".").number(2.5, 1) == "2.5"
    assert Numbers("fr").number(2.5, 1) == "2,5"  # only English defaults to a point


@pytest.mark.parametrize(
    ("value", "digits", "text"),
    [(0.125, 2, "0,13"), (2.5, 0, "3"), (-2.5, 0, "-3"), (-0.04, 1, "0,0"), (999.96, 1, f"1{NBSP}000,0")],
)
def test_halves_round_away_from_zero_and_a_rounded_zero_has_no_sign(value, digits, text):
    # Python's round() would give 0.12 and 2 (banker's rounding); a reader expects 0,13 and 3
    assert Numbers("es").number(value, digits) == text


@pytest.mark.parametrize("missing", [None, float("nan"), float("inf"), "abc"])
def test_a_missing_value_is_a_dash(missing):
    es = Numbers("es")
    assert es.number(missing) == DASH and es.percent(missing) == DASH and es.signed_percent(missing) == DASH


def test_parse_number_reads_what_numbers_writes_in_both_languages():
    for numbers in (Numbers("es"), Numbers("en")):
        assert parse_number(numbers.number(1234567.89, 2)) == pytest.approx(1234567.89)
        assert parse_number(numbers.percent(0.452)) == pytest.approx(45.2)
    assert math.isnan(parse_number(DASH))
