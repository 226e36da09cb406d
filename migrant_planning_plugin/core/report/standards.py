"""Service needs in real units (beds, places, teachers) from the population a scenario adds, by documented ratios.

Each ratio names its source. A ratio that could not be checked against its source is marked as an assumption,
and the report says so next to the number; replace it with the municipality's own figure when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

from ..i18n import tr
from .model import Numbers


@dataclass(frozen=True)
class NeedStandard:
    """A need per 1 000 new residents (or per school place, for teachers), its unit and its source."""

    key: str  # row key in the scenario table
    rate: float  # units per 1 000 new residents; for 'teachers', school places per teacher
    assumption: bool  # True: not checked against a published source


# Hospital beds: Colombia's national average, 1,7 beds per 1 000 inhabitants (Ministerio de Salud y Protección
# Social, Registro Especial de Prestadores de Servicios de Salud, REPS, 2018). Keeping that average as the
# population grows is the reference, not a norm.
BEDS = NeedStandard("beds_needed", 1.7, False)
# Teachers: 32 students per teacher in urban areas (Decreto 3020 de 2002, relación técnica alumno-docente; 22 in
# rural areas).
TEACHERS = NeedStandard("teachers_needed", 32.0, False)
# Early-childhood places (primera infancia, 0 to 5 years): one place per child, children taken as 10 % of the new
# residents. An assumption: use the share of the municipality (DANE, CNPV 2018 or its projections).
EARLY_CHILDHOOD = NeedStandard("early_childhood_places", 100.0, True)


def beds(population_added: float) -> float:
    """Hospital beds that keep the national average for ``population_added`` new residents."""
    return population_added * BEDS.rate / 1000.0


def teachers(school_places: float) -> float:
    """Teachers for ``school_places`` students at the urban ratio."""
    return school_places / TEACHERS.rate


def early_childhood_places(population_added: float) -> float:
    """Places in early-childhood centres (CDI, jardines) for the children among ``population_added``."""
    return population_added * EARLY_CHILDHOOD.rate / 1000.0


def sources(numbers: Numbers) -> List[str]:
    """The sources of the ratios, as sentences for the method page."""
    return [
        tr(
            "Hospital beds: {rate} per 1 000 new residents, Colombia's national average (Ministerio de Salud y "
            "Protección Social, REPS, 2018)."
        ).format(rate=numbers.number(BEDS.rate, 1)),
        tr("Teachers: one per {n} school places, the urban ratio of Decreto 3020 de 2002 (22 in rural areas).").format(
            n=numbers.integer(TEACHERS.rate)
        ),
        tr(
            "Early-childhood places: one per child aged 0 to 5, if every child attends; children taken as {share} of "
            "the new residents. This share is an assumption: replace it with the municipality's (DANE)."
        ).format(share=numbers.percent(EARLY_CHILDHOOD.rate / 1000.0, 0)),
    ]
