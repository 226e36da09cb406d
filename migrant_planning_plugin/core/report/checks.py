"""Checks of the input tables, once, before the report is built (each section says which tables it reads)."""

from __future__ import annotations

import logging
from typing import List, Sequence

import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .common import require
from .model import ReportInputs
from .section import ReportSection

LOG = logging.getLogger("migrant_planning")
_EMPTY_TEXT = ("", "nan", "null", "none", "n/a")


def _not_numbers(values: pd.Series) -> List[str]:
    """The distinct values of a column that are neither empty nor a number ('n/d', 'doce')."""
    converted = pd.to_numeric(values, errors="coerce")
    text = values[values.notna() & converted.isna()].astype(str)
    text = text[~text.str.strip().str.lower().isin(_EMPTY_TEXT)]
    return list(dict.fromkeys(text.tolist()))


def check_tables(inputs: ReportInputs, sections: Sequence[ReportSection]) -> None:
    """Check every table given, once, before the report is built.

    Stops (InputError naming the table, the column and what to do) when a table lacks a column of the output it
    should be, or holds text that is not a number in a numeric column (text that is a number, as in a CSV file,
    is fine). Warns when a table has no rows (it is then taken as not given: its part is left out), when some
    counts are missing or negative, and what the section checks besides (hazard levels that are not alta, media,
    baja or none; parcels that share an identifier).
    """
    for section in sections:
        for attribute, (name, required, numeric, counted) in section.table_checks.items():
            frame = getattr(inputs, attribute)
            if frame is None:
                continue
            what = inputs.labels.get(attribute, name)
            require(frame, required, what)
            for column in numeric:
                wrong = _not_numbers(frame[column]) if column in frame.columns else []
                if wrong:
                    raise InputError(
                        tr(
                            "{what}: the column '{column}' holds values that are not numbers ({values}). Give the "
                            "table as the algorithm wrote it, or correct those values."
                        ).format(what=what, column=column, values=", ".join(repr(v) for v in wrong[:5]))
                    )
            if len(frame) == 0:
                LOG.warning(
                    tr("{what}: the table has no rows, so its part of the report is left out.").format(what=what)
                )
                setattr(inputs, attribute, None)
                continue
            for column in counted:
                if column not in frame.columns:
                    continue
                values = pd.to_numeric(frame[column], errors="coerce")
                missing, negative = int(values.isna().sum()), int((values < 0).sum())
                if 0 < missing < len(values):  # all missing: a measure the analysis did not have (no migrants field)
                    LOG.warning(
                        tr("{what}: {n} rows have no value in '{column}'; they are left out of the sums.").format(
                            what=what, n=missing, column=column
                        )
                    )
                if negative:
                    LOG.warning(
                        tr(
                            "{what}: {n} rows have a negative value in '{column}'. Check the layer the analysis was "
                            "run on: the report adds them up as they are."
                        ).format(what=what, n=negative, column=column)
                    )
            section.check(attribute, frame, what)
