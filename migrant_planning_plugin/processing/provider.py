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
        self._model_watch = None

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

    def load(self) -> bool:
        """Register the provider's Processing options, then load the algorithms."""
        try:
            from processing.core.ProcessingConfig import ProcessingConfig, Setting
        except ImportError:  # Processing's Python plugin is not loaded: the options keep their saved values
            pass
        else:
            from ..qgis_io.postgis import REPLACE_SETTING

            ProcessingConfig.settingIcons[self.name()] = self.icon()
            description = tr("Replace existing database tables (PostGIS outputs)")
            ProcessingConfig.addSetting(Setting(self.name(), REPLACE_SETTING, description, False))
            ProcessingConfig.readSettings()
        self.refreshAlgorithms()
        return True

    def loadAlgorithms(self) -> None:
        """Add every algorithm; algorithm modules are imported only when their dependencies exist."""
        if self.missing_dependencies:
            from .missing_dependencies import MissingDependenciesAlgorithm

            self.addAlgorithm(MissingDependenciesAlgorithm(self.missing_dependencies))
            return
        from .algorithms import algorithm_classes

        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        self._add_workflow_model()

    def _add_workflow_model(self) -> None:
        """The shipped end-to-end model (resources/models), as migrant_planning:migrant_planning_workflow."""
        from .workflow import attach_when_registered, load_model

        self._stop_watching()
        model = load_model()
        if model is not None:
            self.addAlgorithm(model)
            self._model_watch = attach_when_registered(self.id(), model)

    def _stop_watching(self) -> None:
        """Disconnect from the Processing registry, if still connected."""
        if self._model_watch is not None:
            self._model_watch.disconnect()
            self._model_watch = None

    def unload(self) -> None:
        """Called by the registry when the provider is removed."""
        self._stop_watching()
        try:
            from processing.core.ProcessingConfig import ProcessingConfig
        except ImportError:
            pass
        else:
            from ..qgis_io.postgis import REPLACE_SETTING

            ProcessingConfig.settings.pop(REPLACE_SETTING, None)
        super().unload()
