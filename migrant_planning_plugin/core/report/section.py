"""The interface of a report section: one module per section defines one :class:`ReportSection` and
:data:`.build.SECTIONS` lists them in the order of the report (a new section is one new module and one line there).

A section says which input tables it reads (checked once before the report is built), builds its part of the
report (the section itself, and its key figures and findings for the cover), draws its charts, and adds its notes
and tables to the method page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Set, Tuple

import pandas as pd

from .model import KeyFigure, MethodNote, Numbers, ReportInputs, Section, Table


class TableCheck(NamedTuple):
    """How an input table is checked: its name in messages (when the algorithm gives none), the columns it must
    have, those that must hold numbers, and those that count people (warned about when missing or negative)."""

    name: str
    required: Tuple[str, ...]
    numeric: Tuple[str, ...]
    counted: Tuple[str, ...]


@dataclass
class SectionContent:
    """What a section adds to the report: the section (None: left out), cover figures and findings."""

    section: Optional[Section] = None
    figures: List[KeyFigure] = field(default_factory=list)
    findings: List[str] = field(default_factory=list)


class ReportSection:
    """A numbered section of the report; subclasses override what they contribute."""

    key = ""
    # attribute of ReportInputs -> how that table is checked
    table_checks: Dict[str, TableCheck] = {}

    def check(self, attribute: str, frame: pd.DataFrame, what: str) -> None:
        """Warnings about a table of this section beyond the common checks (``what`` names it in messages)."""

    def build(self, inputs: ReportInputs, numbers: Numbers) -> SectionContent:
        """The section, its key figures and findings (an empty content when its inputs are missing)."""
        return SectionContent()

    def charts(self, inputs: ReportInputs, keys: Set[str]) -> Dict[str, object]:
        """The matplotlib figures of this section's chart slots whose keys are in ``keys``."""
        return {}

    def method_notes(self, inputs: ReportInputs, numbers: Numbers) -> List[MethodNote]:
        """This section's notes on the method page."""
        return []

    def data_topics(self, inputs: ReportInputs) -> List[str]:
        """The data this section rests on when it is in the report (keys of :data:`.method.TOPIC_WORDS`), so the
        method page can say which have no source."""
        return []

    def limits(self, inputs: ReportInputs, numbers: Numbers) -> List[str]:
        """What the reader must keep in mind about this section's results (points of 'Scope and limitations')."""
        return []

    def method_tables(self, inputs: ReportInputs, numbers: Numbers) -> List[Table]:
        """Tables this section adds to the method page (after the notes)."""
        return []
