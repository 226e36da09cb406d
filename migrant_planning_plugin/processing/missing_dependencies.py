"""Placeholder algorithm registered when geopandas/shapely are missing: it explains how to install them."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.i18n import tr


class MissingDependenciesAlgorithm(QgsProcessingAlgorithm):
    """Tells the user which Python packages to install; running it stops with the same message."""

    def __init__(self, message: str = "") -> None:
        super().__init__()
        self.message = message

    def name(self) -> str:
        return "install_dependencies"

    def displayName(self) -> str:
        return tr("Install the required Python packages (read me)")

    def shortHelpString(self) -> str:
        return self.message

    def createInstance(self):
        return MissingDependenciesAlgorithm(self.message)

    def initAlgorithm(self, config=None) -> None:
        pass

    def processAlgorithm(self, parameters, context, feedback):
        raise QgsProcessingException(self.message)
