"""The dock writes numbers in QGIS's locale, with the report's format (core.numbers)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QLocale

from migrant_planning_plugin.core.numbers import NBSP, Numbers
from migrant_planning_plugin.gui.widgets import format_value, locale_numbers


@pytest.fixture
def locale(request):
    """QGIS's number locale set to ``request.param`` (QGIS sets QLocale's default from its setting)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize("locale", ["es_CO"], indirect=True)
def test_a_spanish_locale_gives_the_spanish_report_format(locale):
    assert format_value(0.452, "pct") == f"45,2{NBSP}%" == Numbers("es").percent(0.452)
    assert format_value(131550, "int") == f"131{NBSP}550"
    assert format_value(3.3, "num") == "3,3" and format_value(2000.0, "num") == f"2{NBSP}000"
    assert format_value(0.00912, "float3") == "0,009"
    assert format_value(-20.0, "pct_change") == f"-20{NBSP}%"
    assert format_value(12.34, "pct_value") == f"12,3{NBSP}%"


@pytest.mark.parametrize("locale", ["en_US"], indirect=True)
def test_an_english_locale_gives_the_english_report_format(locale):
    assert locale_numbers().language == "en"
    assert format_value(0.452, "pct") == "45.2%" == Numbers("en").percent(0.452)
    assert format_value(1234.5, "float1") == f"1{NBSP}234.5"


@pytest.mark.parametrize("locale", ["de_DE"], indirect=True)
def test_another_locale_keeps_its_decimal_mark(locale):
    assert format_value(2.25, "float2") == "2,25"
    assert format_value(True, "int") == "yes" and format_value(None, "int") == "\u2014"
    assert format_value("Comuna 1", "int") == "Comuna 1"
