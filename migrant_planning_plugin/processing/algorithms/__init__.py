"""One algorithm per module; :func:`algorithm_classes` lists them for the provider."""

from __future__ import annotations

from typing import List, Type


def algorithm_classes() -> List[Type]:
    """Every algorithm class the provider registers, in workflow order."""
    from .ahp_weights import AhpWeights
    from .estimate_migrants import EstimateMigrants
    from .facility_exposure import FacilityExposure
    from .growth_scenarios import GrowthScenarios
    from .import_osm import ImportOsm
    from .load_sample_city import LoadSampleCity
    from .planning_report import PlanningReport
    from .rank_candidate_sites import RankCandidateSites
    from .service_access import ServiceAccess
    from .settlement_exposure import SettlementExposure
    from .site_suitability import SiteSuitability
    from .weight_sensitivity import WeightSensitivity

    return [
        LoadSampleCity,
        ImportOsm,
        EstimateMigrants,
        SettlementExposure,
        FacilityExposure,
        ServiceAccess,
        AhpWeights,
        SiteSuitability,
        RankCandidateSites,
        WeightSensitivity,
        GrowthScenarios,
        PlanningReport,
    ]
