"""One algorithm per module; :func:`algorithm_classes` lists them for the provider."""

from __future__ import annotations

from typing import List, Type


def algorithm_classes() -> List[Type]:
    """Every algorithm class the provider registers, in toolbox order."""
    from .ahp_weights import AhpWeights
    from .load_sample_city import LoadSampleCity
    from .rank_candidate_sites import RankCandidateSites
    from .site_suitability import SiteSuitability
    from .weight_sensitivity import WeightSensitivity

    return [LoadSampleCity, AhpWeights, SiteSuitability, RankCandidateSites, WeightSensitivity]
