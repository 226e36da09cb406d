"""One algorithm per module; :func:`algorithm_classes` lists them for the provider."""

from __future__ import annotations

from typing import List, Type


def algorithm_classes() -> List[Type]:
    """Every algorithm class the provider registers, in toolbox order."""
    from .facility_exposure import FacilityExposure
    from .growth_scenarios import GrowthScenarios
    from .load_sample_city import LoadSampleCity
    from .service_access import ServiceAccess
    from .settlement_exposure import SettlementExposure

    return [LoadSampleCity, SettlementExposure, FacilityExposure, ServiceAccess, GrowthScenarios]
