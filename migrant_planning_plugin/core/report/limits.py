"""Report section 'Scope and limitations': what the numbers do not say (exposure is not risk, straight-line access
is optimistic, estimates are estimates, what the suitability could not consider...), from each section's
:meth:`~.section.ReportSection.limits`."""

from __future__ import annotations

from typing import List, Optional, Sequence

from ..i18n import tr
from .model import Bullets, Numbers, Paragraph, ReportInputs, Section
from .section import ReportSection


def limits_section(inputs: ReportInputs, numbers: Numbers, sections: Sequence[ReportSection]) -> Optional[Section]:
    """The section, or None when nothing needs saying."""
    items: List[str] = []
    if inputs.fictitious:
        items.append(
            tr(
                "Fictitious data: the data of this report were made up for training (the sample city). No number "
                "describes a real place or real people."
            )
        )
    for section in sections:
        items += section.limits(inputs, numbers)
    if inputs.migrants_estimated:
        items.append(
            tr(
                "Migrant counts are estimates ({why}): they spread known totals over the settlements by their "
                "population, so they are as good as those totals and that rule."
            ).format(why=inputs.migrants_estimated)
        )
    if not items:
        return None
    intro = Paragraph(tr("What these results can and cannot tell, to read them correctly before deciding."))
    return Section("limits", tr("Scope and limitations"), [intro, Bullets(items)])
