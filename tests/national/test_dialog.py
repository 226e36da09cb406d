"""The algorithm in the toolbox: its dialog builds every parameter (the model's options among them, field
overrides advanced) in Spanish, and a screenshot is saved to look at."""

from __future__ import annotations

import pytest

from tests.national.conftest import ALGORITHM


@pytest.fixture
def spanish():
    from migrant_planning_plugin.translations import forced_language

    with forced_language("es") as available:  # the plugin's strings only; QGIS's translators are left alone
        assert available
        yield


def test_toolbox_dialog_in_spanish(provider, qgis_iface, qtbot, artifacts, spanish):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    assert algorithm.displayName() == "Ejecutar para muchos municipios (ejecución nacional)"
    assert algorithm.group() == "Flujo de trabajo"
    names = [d.name() for d in algorithm.parameterDefinitions()]
    for name in ("MUNICIPALITIES", "SELECTION", "STEPS", "THRESHOLDS", "SCENARIOS", "PARALLEL", "DATABASE"):
        assert name in names
    assert "AOI" not in names and "CITY_NAME" not in names  # given per municipality
    advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    assert algorithm.parameterDefinition("POPULATION_FIELD").flags() & advanced
    assert algorithm.parameterDefinition("SCENARIOS").defaultValue().lstrip().startswith("[")
    assert "base_population" not in algorithm.parameterDefinition("SCENARIOS").defaultValue()
    assert all(d.help() for d in algorithm.parameterDefinitions())
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the test interface has none
    dialog = AlgorithmDialog(algorithm, False, None)
    qtbot.addWidget(dialog)
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(artifacts / "run_for_municipalities_dialog.png"))
    dialog.close()
