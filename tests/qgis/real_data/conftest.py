"""Fixtures of the real-data tests: the hand-made municipality (municipio.py) and a runner that keeps the log."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback

from . import municipio


class Feedback(QgsProcessingFeedback):
    """Collects the warnings and infos of a run."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)

    def text(self) -> str:
        """Every message, one a line."""
        return "\n".join(self.infos + self.warnings)


@pytest.fixture(scope="session")
def city(tmp_path_factory):
    """role -> OGR URI of the hand-made municipality's layers."""
    return municipio.build(tmp_path_factory.mktemp("municipio"))


@pytest.fixture
def run(provider):
    """run(algorithm id, parameters) -> (results, feedback); a refusal raises QgsProcessingException."""
    import processing

    def call(algorithm: str, parameters: dict):
        feedback = Feedback()
        results = processing.run(f"migrant_planning:{algorithm}", parameters, feedback=feedback)
        return results, feedback

    return call


def rows(layer, *keys):
    """The features of a table keyed by the values of ``keys``."""
    return {tuple(f[k] for k in keys): f for f in layer.getFeatures()}
