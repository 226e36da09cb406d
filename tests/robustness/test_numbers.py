"""Issue 14, item 8: numbers written by people follow one rule in every text parameter (core.text.parse_number).

'1.500' and '1.500,5' are Colombian thousands and decimals, '1,5' is 1.5, '1500' is 1500; an ambiguous value
('1,500') or a key given twice with different values is refused, showing how it can be read. Hypothesis checks
the parser against a reference written here from the documented rule alone, and against numbers rendered the
ways people write them.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Optional

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.text import parse_number_mapping

from .runner import run


def parse_number(text, what, key=""):
    """core.text.parse_number (imported here: the algorithm tests below also run on code without it)."""
    from migrant_planning_plugin.core.text import parse_number as parse

    return parse(text, what, key)


def parse_number_list(text, what):
    """core.text.parse_number_list."""
    from migrant_planning_plugin.core.text import parse_number_list as parse

    return parse(text, what)


# ---------------------------------------------------------------------------------------- the reference
def reference(text: str) -> Optional[Decimal]:
    """The documented rule, written as a list of patterns (docs/robustness.md); None = refused."""
    body = text.strip().replace("\u2212", "-")
    sign = -1 if body.startswith("-") else 1
    if body[:1] in "+-":
        body = body[1:].strip()
    group = r"[1-9]\d{0,2}"
    patterns = [
        (r"\d+", lambda m: m.group(0)),
        (
            rf"(?P<i>{group}(?:[ \u00a0\u202f\u2009]\d{{3}})+)(?:[.,](?P<d>\d+))?",
            lambda m: _join(m, " \u00a0\u202f\u2009"),
        ),
        (r"(\d+(?:[.,]\d*)?|[.,]\d+)[eE][+-]?\d+", lambda m: m.group(0).replace(",", ".")),
        (rf"(?P<i>{group}(?:\.\d{{3}})+),(?P<d>\d+)", lambda m: _join(m, ".")),
        (rf"(?P<i>{group}(?:,\d{{3}})+)\.(?P<d>\d+)", lambda m: _join(m, ",")),
        (rf"(?P<i>{group}(?:\.\d{{3}})+)", lambda m: _join(m, ".")),
        (rf"{group},\d{{3}}", None),  # 1,500: ambiguous
        (rf"(?P<i>{group}(?:,\d{{3}}){{2,}})", lambda m: _join(m, ",")),
        (
            r"(\d*)[.,](\d*)",
            lambda m: (m.group(1) or "0") + "." + (m.group(2) or "0") if m.group(1) or m.group(2) else None,
        ),
    ]
    for pattern, reading in patterns:
        match = re.fullmatch(pattern, body)
        if match:
            if reading is None:
                return None
            value = reading(match)
            if value is None:
                return None
            try:
                number = Decimal(value) * sign
            except ArithmeticError:  # beyond Decimal's range: far beyond a float's
                return None
            return number if math.isfinite(float(number)) else None
    return None


def _join(match, marks: str) -> str:
    whole = re.sub("[" + re.escape(marks) + "]", "", match.group("i"))
    decimals = match.groupdict().get("d")
    return whole + ("." + decimals if decimals else "")


def ours(text: str) -> Optional[float]:
    """The plugin's reading, None when refused."""
    try:
        return parse_number(text, "TEST")
    except InputError:
        return None


# ---------------------------------------------------------------------------------------- examples
@pytest.mark.parametrize(
    "text, value",
    [
        ("1500", 1500.0),
        ("1.500", 1500.0),
        ("1.500,5", 1500.5),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("0.500", 0.5),
        ("0,500", 0.5),
        ("12.345.678", 12345678.0),
        ("1 500", 1500.0),
        ("1\u00a0500,25", 1500.25),
        ("1,500.5", 1500.5),
        ("-1.500", -1500.0),
        ("2,5e3", 2500.0),
        ("1234,567", 1234.567),
    ],
)
def test_the_rule_by_example(text, value):
    assert parse_number(text, "THRESHOLDS") == pytest.approx(value)
    assert float(reference(text)) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1,500", "-1,500", "1.5.3", "1,500,5", "1 50", "abc", "", "nan", "inf", "1e400"])
def test_ambiguous_and_malformed_values_are_refused(text):
    with pytest.raises(InputError) as error:
        parse_number(text, "THRESHOLDS", "salud")
    assert "THRESHOLDS" in str(error.value) and "salud" in str(error.value)
    assert reference(text) is None


def test_the_ambiguous_message_shows_both_readings():
    with pytest.raises(InputError, match=r"'1,500' of 'salud' is ambiguous: 1\.5 with a decimal comma, or 1500"):
        parse_number_mapping("salud=1,500", "THRESHOLDS")


def test_a_key_given_twice_is_refused_showing_both_entries():
    with pytest.raises(InputError, match=r"'salud=1500' and 'SALUD=10'"):
        parse_number_mapping("salud=1500;SALUD=10", "THRESHOLDS")
    with pytest.raises(InputError, match="given twice"):
        parse_number_mapping("educación=300;EDUCACION=30", "THRESHOLDS")
    assert parse_number_mapping("salud=1500;SALUD=1.500", "THRESHOLDS") == {"salud": 1500.0}  # the same number


def test_lists_separated_by_semicolons_take_decimal_commas():
    assert parse_number_list("0,5;0,3;0,2", "ORDER_WEIGHTS") == [0.5, 0.3, 0.2]
    assert parse_number_list("0.5,0.3,0.2", "ORDER_WEIGHTS") == [0.5, 0.3, 0.2]
    assert parse_number_list("-20 -10 10 20", "CHANGES") == [-20.0, -10.0, 10.0, 20.0]


# ---------------------------------------------------------------------------------------- fuzzing
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,- e\u00a0", max_size=14))
def test_parser_agrees_with_the_reference_on_any_text(text):
    expected = reference(text)
    got = ours(text)
    if expected is None:
        assert got is None, (text, got)
    else:
        assert got is not None and math.isclose(got, float(expected), rel_tol=1e-12, abs_tol=1e-12), (text, got)


def _grouped(whole: int, mark: str) -> str:
    return f"{whole:,}".replace(",", mark)


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
)
def test_numbers_as_people_write_them_read_back(whole, cents, negative):
    """A number rendered in the Colombian way (points group, comma decimal), with spaces, or plainly reads back
    exactly; the English way reads back whenever it cannot be a Colombian number."""
    sign = "-" if negative and (whole or cents) else ""
    value = (whole + cents / 100) * (-1 if sign else 1)
    decimals = f"{cents:02d}"
    renderings = [
        f"{sign}{_grouped(whole, '.')},{decimals}",  # 1.500,25
        f"{sign}{_grouped(whole, ' ')},{decimals}",  # 1 500,25
        f"{sign}{whole},{decimals}",  # 1500,25
        f"{sign}{_grouped(whole, ',')}.{decimals}",  # 1,500.25
    ]
    if cents == 0:
        renderings += [f"{sign}{whole}", f"{sign}{_grouped(whole, '.')}"]
    for text in renderings:
        got = ours(text)
        if text.count(",") == 1 and "." not in text and re.fullmatch(r"-?[1-9]\d{0,2},\d{3}", text):
            assert got is None  # '1,500' stays ambiguous
            continue
        assert got is not None and math.isclose(got, value, rel_tol=1e-12, abs_tol=1e-9), (text, got, value)


# ---------------------------------------------------------------------------------------- in the algorithms
def _access(case_data, folder, thresholds: str) -> dict:
    return {
        "DEMAND": case_data.uri("settlements"),
        "FACILITIES": case_data.uri("facilities"),
        "AREAS": case_data.uri("areas"),
        "METHOD": 0,
        "THRESHOLDS": thresholds,
        "OUTPUT": str(folder / f"access_{abs(hash(thresholds))}.gpkg"),
        "SUMMARY": str(folder / f"summary_{abs(hash(thresholds))}.csv"),
    }


def _covered(record) -> np.ndarray:
    import geopandas as gpd

    summary = gpd.read_file(record.results["SUMMARY"], engine="fiona")
    summary = summary.sort_values(["area_name", "facility_type"])
    return summary["population_covered"].astype(float).to_numpy()


def test_item8_thresholds_written_the_colombian_way(provider, case_data, tmp_path):
    """THRESHOLDS=salud=1.500 was read as 1.5 m (health coverage 1 284 people instead of 225 588)."""
    colombian = run("service_access", _access(case_data, tmp_path, "salud=1.500;educacion=800"))
    plain = run("service_access", _access(case_data, tmp_path, "salud=1500;educacion=800"))
    decimal = run("service_access", _access(case_data, tmp_path, "salud=1,5;educacion=800"))
    point = run("service_access", _access(case_data, tmp_path, "salud=1.5;educacion=800"))
    assert colombian.ok and plain.ok and decimal.ok and point.ok
    assert np.array_equal(_covered(colombian), _covered(plain))
    assert np.array_equal(_covered(decimal), _covered(point))
    assert _covered(plain).sum() > _covered(point).sum()  # 1500 m reaches more people than 1.5 m


@pytest.mark.parametrize(
    "thresholds, words",
    [
        ("salud=1500;SALUD=10", ("THRESHOLDS", "'salud=1500' and 'SALUD=10'", "Give each key once")),
        ("salud=1,500", ("THRESHOLDS", "ambiguous", "1.5", "1500", "Write 1,5 or 1500")),
    ],
)
def test_item8_ambiguous_thresholds_are_refused(provider, case_data, tmp_path, thresholds, words):
    record = run("service_access", _access(case_data, tmp_path, thresholds))
    assert not record.ok
    for word in words:
        assert word in record.message, record.message


def test_item8_numbers_given_as_text_in_json_follow_the_rule(provider, case_data, tmp_path):
    """Scenario numbers written as text ("50.000") are read by the same rule as everywhere."""
    from .matrix import ALGORITHMS, SCENARIOS

    alg = ALGORITHMS["growth_scenarios"]
    import json

    results = []
    for population in (SCENARIOS[0]["base_population"], _grouped(int(SCENARIOS[0]["base_population"]), ".")):
        (tmp_path / str(len(results))).mkdir()
        params = alg.params("clean", case_data, tmp_path / str(len(results)))
        params["SCENARIOS"] = json.dumps([dict(SCENARIOS[0], base_population=population)])
        record = run("growth_scenarios", params)
        assert record.ok, record.message
        results.append(alg.totals(record.results))
    assert np.array_equal(results[0], results[1])


def test_item8_number_parameters_given_as_text(provider, case_data, tmp_path):
    """qgis_process gives numeric parameters as text: '2,5' got QGIS's generic 'Incorrect parameter value';
    '1.500' is read by QGIS as 1.5, not 1500, which is refused as ambiguous."""
    params = {"AOI": case_data.uri("aoi"), "DEM": case_data.raster("dem"), "OUTPUT": str(tmp_path / "s.tif")}
    comma = run("site_suitability", {**params, "CELL_SIZE": "2,5"})
    assert not comma.ok and "QGIS reads numeric parameters with a decimal point: write 2,5 as 2.5" in comma.message
    grouped = run("site_suitability", {**params, "CELL_SIZE": "1.500"})
    assert not grouped.ok and "'1.500' is read by QGIS as 1.5, not 1500" in grouped.message
