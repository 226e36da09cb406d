"""How numbers are written for the reader, in the dock and in the report: one format.

Thousands are grouped by a no-break space (``131 550``: unambiguous whether the decimal mark is a comma or a
point, as ISO 80000 and Colombian technical documents write them), the decimal mark is the reader's (a comma in
Spanish, a point in English: the report takes it from its language, the dock from QGIS's locale), a percentage
has one decimal (``45,2 %`` in Spanish, ``45.2%`` in English) and a missing value is a dash.

Pure Python: :func:`gui.widgets.locale_numbers` makes the dock's :class:`Numbers` from ``QLocale``.
"""

from __future__ import annotations

import datetime
import math
from typing import Optional

NBSP = "\u00a0"
DASH = "\u2014"
MONTHS = {
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class Numbers:
    """Numbers for the reader: grouped thousands, the reader's decimal mark, percentages, a dash for missing.

    ``language`` ('es', 'en', ...) gives the defaults: the decimal mark (a comma except in English) and the
    percent sign (``45,2 %`` with a no-break space, ``45.2%`` in English); ``decimal_mark`` overrides the
    first (the dock passes QGIS's locale's).
    """

    def __init__(self, language: str = "es", decimal_mark: Optional[str] = None) -> None:
        self.language = language
        self.decimal_mark = decimal_mark or ("." if language == "en" else ",")
        self.group_mark = NBSP
        self.percent_sign = "%" if language == "en" else NBSP + "%"

    @staticmethod
    def missing(value: object) -> bool:
        """Whether a value is absent (None, NaN, not a number)."""
        if value is None:
            return True
        try:
            return not math.isfinite(float(value))
        except (TypeError, ValueError):
            return True

    def number(self, value: object, digits: int = 0) -> str:
        """``value`` with ``digits`` decimals (half away from zero), grouped thousands."""
        if self.missing(value):
            return DASH
        number = float(value)
        scale = 10**digits
        rounded = math.floor(abs(number) * scale + 0.5) / scale
        text = f"{rounded:,.{digits}f}".replace(",", "\x00").replace(".", self.decimal_mark)
        text = text.replace("\x00", self.group_mark)
        return ("-" if number < 0 and rounded != 0 else "") + text

    def measure(self, value: object, unit: str, digits: int = 0) -> str:
        """A number with its unit after a no-break space ('1 500 m', '15 min', '2,3 ha'); a dash when missing."""
        if self.missing(value):
            return DASH
        return self.number(value, digits) + (NBSP + unit if unit else "")

    def integer(self, value: object) -> str:
        """A count of people, seats...: no decimals."""
        return self.number(value, 0)

    def percent(self, share: object, digits: int = 1) -> str:
        """A share 0-1 as a percentage ('11,3 %' in Spanish, '11.3%' in English)."""
        if self.missing(share):
            return DASH
        return self.number(float(share) * 100.0, digits) + self.percent_sign

    def signed_percent(self, value: object, digits: int = 1) -> str:
        """A change given in percent, with its sign ('+1,6 %', '-20 %')."""
        if self.missing(value):
            return DASH
        text = self.percent(float(value) / 100.0, digits)
        return text if text.startswith("-") or float(value) == 0 else "+" + text

    def date(self, day: datetime.date) -> str:
        """'15 de marzo de 2025' / '15 March 2025'."""
        months = MONTHS.get(self.language, MONTHS["en"])
        if self.language == "es":
            return f"{day.day} de {months[day.month - 1]} de {day.year}"
        return f"{day.day} {months[day.month - 1]} {day.year}"


def parse_number(text: str) -> float:
    """The number written by :class:`Numbers` (either decimal mark); NaN for a dash."""
    cleaned = str(text).replace(NBSP, "").replace(" ", "").replace("%", "").replace("+", "")
    if not cleaned or cleaned in (DASH, "–"):
        return float("nan")
    if "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)
