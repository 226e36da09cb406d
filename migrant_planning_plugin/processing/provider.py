"""The Processing provider ``migrant_planning``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..paths import icon_path

PROVIDER_ID = "migrant_planning"


class MigrantPlanningProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms (or, without geopandas/shapely, one that explains why not)."""

    def __init__(self, missing_dependencies: str = "") -> None:
        super().__init__()
        self.missing_dependencies = missing_dependencies

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Migrant Integration Planner")

    def longName(self) -> str:
        return tr("Migrant Integration Planner: hazard exposure, access, suitability and growth scenarios")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def loadAlgorithms(self) -> None:
        """Add every algorithm; algorithm modules are imported only when their dependencies exist."""
        if self.missing_dependencies:
            from .missing_dependencies import MissingDependenciesAlgorithm

            self.addAlgorithm(MissingDependenciesAlgorithm(self.missing_dependencies))
            return
        from .algorithms import algorithm_classes

        for cls in algorithm_classes():
            self.addAlgorithm(cls())
