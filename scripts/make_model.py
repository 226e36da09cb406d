#!/usr/bin/env python3
"""Write resources/models/migrant_planning_workflow.model3, the end-to-end model, with the QGIS API.

The model is built as the Graphical Modeler builds one (QgsProcessingModelAlgorithm, model parameters, child
algorithms, model outputs, positions on the canvas) and saved in its format, so it opens in the modeler of
QGIS 3.22 and newer. Run from the repository: ``.venv/bin/python scripts/make_model.py [--check]``
(``--check``: fail when the shipped file differs from what the script would write).

The chain: settlement_exposure -> service_access -> ahp_weights -> site_suitability -> rank_candidate_sites
(-> weight_sensitivity) -> growth_scenarios -> planning_report. ahp_weights reports the weights and consistency of
the AHP matrix (its table is an output); site_suitability and weight_sensitivity take the same matrix, so the
suitability raster carries the weights and the consistency ratio into the report's method page. Site
suitability's OUTPUT feeds the ranking and the scenarios, and every result feeds the report.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # the XML attributes in a fixed order, so the file only changes when the model does
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
if os.path.isdir(QGIS_PLUGINS) and QGIS_PLUGINS not in sys.path:
    sys.path.append(QGIS_PLUGINS)

TARGET = ROOT / "resources" / "models" / "migrant_planning_workflow.model3"
SCENARIOS = ROOT / "resources" / "scenarios" / "villa_esperanza.json"
PROVIDER = "migrant_planning"


def build():
    """The model (a QgsProcessingModelAlgorithm)."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildDependency,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    from migrant_planning_plugin.processing import workflow

    texts = workflow.parameter_texts()
    model = QgsProcessingModelAlgorithm(workflow.MODEL_NAME, workflow.group_name())
    model.setGroup(workflow.group_name())  # the Python class gives the id and translated texts at load time
    polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
    advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    positions = {}

    # ------------------------------------------------------------------ model parameters (left column)
    def add(definition, flags=None) -> None:
        name = definition.name()
        definition.setDescription(texts[name][0])
        definition.setHelp(texts[name][1])
        if flags is not None:
            definition.setFlags(definition.flags() | flags)
        parameter = QgsProcessingModelParameter(name)
        row = len(positions)
        column = 0 if row < 20 else 1
        parameter.setPosition(QPointF(120 + 230 * column, 60 + 62 * (row % 20)))
        parameter.setSize(QSizeF(200, 30))
        positions[name] = parameter.position()
        model.addModelParameter(definition, parameter)

    def source(name: str, types, optional: bool = False) -> None:
        add(QgsProcessingParameterFeatureSource(name, name, types, optional=optional))

    def field(name: str, parent: str, numeric: bool = False) -> None:
        kind = QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any
        add(QgsProcessingParameterField(name, name, None, parent, kind, optional=True), advanced)

    source("SETTLEMENTS", [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint])
    source("HAZARDS", polygon)
    source("FACILITIES", [QgsProcessing.SourceType.TypeVectorPoint])
    source("ROADS", [QgsProcessing.SourceType.TypeVectorLine])
    add(QgsProcessingParameterRasterLayer("DEM", "DEM"))
    source("LAND_USE", polygon)
    add(QgsProcessingParameterVectorLayer("AREAS", "AREAS", polygon, optional=True))
    source("CANDIDATES", polygon)
    source("AOI", polygon)
    source("WATER", polygon, optional=True)
    add(
        QgsProcessingParameterEnum(
            "DISTANCE_METHOD", "DISTANCE_METHOD", ["Straight line", "Road network (walking)"], defaultValue=0
        )
    )
    add(QgsProcessingParameterString("THRESHOLDS", "THRESHOLDS", defaultValue=workflow.DEFAULT_THRESHOLDS))
    add(
        QgsProcessingParameterNumber(
            "CELL_SIZE", "CELL_SIZE", QgsProcessingParameterNumber.Type.Double, 25.0, minValue=5.0, maxValue=1000.0
        )
    )
    add(QgsProcessingParameterString("AHP_MATRIX", "AHP_MATRIX", defaultValue=workflow.DEFAULT_AHP_MATRIX))
    scenarios = json.dumps(json.loads(SCENARIOS.read_text(encoding="utf-8")), ensure_ascii=False, indent=1)
    add(QgsProcessingParameterString("SCENARIOS", "SCENARIOS", defaultValue=scenarios, multiLine=True))
    add(QgsProcessingParameterString("CITY_NAME", "CITY_NAME", defaultValue="", optional=True))
    add(
        QgsProcessingParameterEnum(
            "LANGUAGE", "LANGUAGE", ["The language of QGIS", "Español", "English"], defaultValue=0
        )
    )
    add(QgsProcessingParameterString("AUTHOR", "AUTHOR", defaultValue="", optional=True), advanced)
    add(
        QgsProcessingParameterString("SERVICE_STANDARDS", "SERVICE_STANDARDS", optional=True, multiLine=True),
        advanced,
    )
    add(
        QgsProcessingParameterNumber("SEED", "SEED", QgsProcessingParameterNumber.Type.Integer, 1, minValue=0),
        advanced,
    )
    field("POPULATION_FIELD", "SETTLEMENTS", numeric=True)
    field("MIGRANTS_FIELD", "SETTLEMENTS", numeric=True)
    field("INFORMAL_FIELD", "SETTLEMENTS")
    field("HAZARD_TYPE_FIELD", "HAZARDS")
    field("HAZARD_LEVEL_FIELD", "HAZARDS")
    add(QgsProcessingParameterString("LEVEL_MAP", "LEVEL_MAP", optional=True), advanced)
    field("FACILITY_TYPE_FIELD", "FACILITIES")
    field("CAPACITY_FIELD", "FACILITIES", numeric=True)
    add(QgsProcessingParameterString("LAYER_TYPES", "LAYER_TYPES", optional=True), advanced)
    add(QgsProcessingParameterString("DEFAULT_CAPACITIES", "DEFAULT_CAPACITIES", optional=True), advanced)
    field("LAND_USE_FIELD", "LAND_USE")
    field("AREA_NAME_FIELD", "AREAS")
    field("CANDIDATE_ID_FIELD", "CANDIDATES")

    # ------------------------------------------------------------------ steps (a diagonal chain)
    descriptions = workflow.child_descriptions()
    order = list(descriptions)

    def param(name: str):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    def output_of(child: str, name: str):
        return [QgsProcessingModelChildParameterSource.fromChildOutput(child, name)]

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def step(child_id: str, algorithm: str, sources: dict, outputs=(), after=()) -> None:
        child = QgsProcessingModelChildAlgorithm(f"{PROVIDER}:{algorithm}")
        child.setChildId(child_id)
        child.setDescription(descriptions[child_id])
        index = order.index(child_id)
        child.setPosition(QPointF(700 + 150 * (index % 2), 80 + 135 * index))
        child.setSize(QSizeF(260, 46))
        for name, value in sources.items():
            child.addParameterSources(name, value)
        model_outputs = {}
        for number, output in enumerate(outputs):
            key = f"{child_id}:{output}"
            model_output = QgsProcessingModelOutput(key, texts[key][0])
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_output.setDescription(texts[key][0])
            model_output.setPosition(QPointF(1120 + 180 * number, 80 + 135 * index))
            model_output.setSize(QSizeF(170, 30))
            model_outputs[output] = model_output
        child.setModelOutputs(model_outputs)
        child.setDependencies([QgsProcessingModelChildDependency(other) for other in after])
        model.addChildAlgorithm(child)

    hazards = {
        "HAZARDS": param("HAZARDS"),
        "HAZARD_TYPE_FIELD": param("HAZARD_TYPE_FIELD"),
        "HAZARD_LEVEL_FIELD": param("HAZARD_LEVEL_FIELD"),
        "LEVEL_MAP": param("LEVEL_MAP"),
    }
    step(
        "exposure",
        "settlement_exposure",
        {
            "SETTLEMENTS": param("SETTLEMENTS"),
            "POPULATION_FIELD": param("POPULATION_FIELD"),
            "MIGRANTS_FIELD": param("MIGRANTS_FIELD"),
            **hazards,
            "AREAS": param("AREAS"),
            "AREA_NAME_FIELD": param("AREA_NAME_FIELD"),
        },
        ("OUTPUT", "SUMMARY"),
    )
    step(
        "access",
        "service_access",
        {
            "DEMAND": param("SETTLEMENTS"),
            "POPULATION_FIELD": param("POPULATION_FIELD"),
            "MIGRANTS_FIELD": param("MIGRANTS_FIELD"),
            "FACILITIES": param("FACILITIES"),
            "FACILITY_TYPE_FIELD": param("FACILITY_TYPE_FIELD"),
            "CAPACITY_FIELD": param("CAPACITY_FIELD"),
            "LAYER_TYPES": param("LAYER_TYPES"),
            "DEFAULT_CAPACITIES": param("DEFAULT_CAPACITIES"),
            "METHOD": param("DISTANCE_METHOD"),
            "ROADS": param("ROADS"),
            "TRAVEL_MODE": static(0),
            "COST_UNIT": static(0),
            "THRESHOLDS": param("THRESHOLDS"),
            "WEIGHTING": static(1),
            "AREAS": param("AREAS"),
            "AREA_NAME_FIELD": param("AREA_NAME_FIELD"),
        },
        ("OUTPUT", "SUMMARY"),
        after=("exposure",),
    )
    step(
        "ahp",
        "ahp_weights",
        {
            "MATRIX": param("AHP_MATRIX"),
            "CRITERIA_NAMES": static(workflow.CRITERIA_ORDER),
            "MAX_CR": static(0.1),
            "FAIL_IF_INCONSISTENT": static(False),
        },
        ("OUTPUT",),
        after=("access",),
    )
    suitability_inputs = {
        "AOI": param("AOI"),
        "CELL_SIZE": param("CELL_SIZE"),
        "PRESET": static(0),
        "FACILITIES": param("FACILITIES"),
        "FACILITY_TYPE_FIELD": param("FACILITY_TYPE_FIELD"),
        "ROADS": param("ROADS"),
        "SETTLEMENTS": param("SETTLEMENTS"),
        "DEM": param("DEM"),
        **hazards,
        "LAND_USE": param("LAND_USE"),
        "LAND_USE_FIELD": param("LAND_USE_FIELD"),
        "WATER": param("WATER"),
        "AHP_MATRIX": param("AHP_MATRIX"),
        "AGGREGATION": static(0),
        "CLASS_METHOD": static(0),
    }
    step("suitability", "site_suitability", suitability_inputs, ("OUTPUT", "CLASSIFIED"), after=("ahp",))
    step(
        "ranking",
        "rank_candidate_sites",
        {
            "CANDIDATES": param("CANDIDATES"),
            "CANDIDATE_ID_FIELD": param("CANDIDATE_ID_FIELD"),
            "SUITABILITY": output_of("suitability", "OUTPUT"),
        },
        ("OUTPUT",),
    )
    step(
        "sensitivity",
        "weight_sensitivity",
        {
            **suitability_inputs,
            "CANDIDATES": param("CANDIDATES"),
            "CANDIDATE_ID_FIELD": param("CANDIDATE_ID_FIELD"),
            "CHANGES": static("-20,-10,10,20"),
            "TOP_N": static(10),
        },
        ("OUTPUT",),
        after=("ranking",),
    )
    step(
        "scenarios",
        "growth_scenarios",
        {
            "SUITABILITY": output_of("suitability", "OUTPUT"),
            "EXISTING_URBAN": param("SETTLEMENTS"),
            "INFORMAL_FIELD": param("INFORMAL_FIELD"),
            "SCENARIOS": param("SCENARIOS"),
            **hazards,
            "FACILITIES": param("FACILITIES"),
            "FACILITY_TYPE_FIELD": param("FACILITY_TYPE_FIELD"),
            "SERVICE_STANDARDS": param("SERVICE_STANDARDS"),
            "SEED": param("SEED"),
        },
        ("OUTPUT_FOLDER", "SUMMARY"),
        after=("sensitivity",),
    )
    step(
        "report",
        "planning_report",
        {
            "EXPOSURE": output_of("exposure", "OUTPUT"),
            "EXPOSURE_SUMMARY": output_of("exposure", "SUMMARY"),
            "ACCESS": output_of("access", "OUTPUT"),
            "ACCESS_SUMMARY": output_of("access", "SUMMARY"),
            "SUITABILITY": output_of("suitability", "OUTPUT"),
            "RANKED_PARCELS": output_of("ranking", "OUTPUT"),
            "SENSITIVITY": output_of("sensitivity", "OUTPUT"),
            "SCENARIO_SUMMARY": output_of("scenarios", "SUMMARY"),
            "GROWTH_LAYERS": output_of("scenarios", "OUTPUT_LAYERS"),
            **hazards,
            "FACILITIES": param("FACILITIES"),
            "FACILITY_TYPE_FIELD": param("FACILITY_TYPE_FIELD"),
            "ACCESS_METHOD": [QgsProcessingModelChildParameterSource.fromExpression("@DISTANCE_METHOD + 1")],
            "ACCESS_UNIT": static(1),  # the access step measures in metres (COST_UNIT 0)
            "AREAS": param("AREAS"),
            "AREA_NAME_FIELD": param("AREA_NAME_FIELD"),
            "BOUNDARY": param("AOI"),
            "CITY_NAME": param("CITY_NAME"),
            "AUTHOR": param("AUTHOR"),
            "LANGUAGE": param("LANGUAGE"),
            "ACCESS_THRESHOLDS": param("THRESHOLDS"),
            "SERVICE_STANDARDS": param("SERVICE_STANDARDS"),
        },
        ("OUTPUT_PDF",),
    )
    model.setHelpContent(
        {
            "ALG_DESC": workflow.short_help(),
            "ALG_CREATOR": "Migrant Integration Planner",
            "ALG_HELP_CREATOR": "Migrant Integration Planner",
            "ALG_VERSION": "1",
            **{name: help_text for name, (_label, help_text) in texts.items()},
        }
    )
    return model


def main(argv) -> int:
    """Build the model and save it (or, with --check, compare it with the shipped file)."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from migrant_planning_plugin.core.i18n import set_translator
    from migrant_planning_plugin.processing.provider import MigrantPlanningProvider

    set_translator(None)  # the file holds the English texts; the plugin translates them when it loads the model
    provider = MigrantPlanningProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    check = "--check" in argv
    if model.toVariant().get("internal_version") not in (None, "Version1"):
        # QGIS 3.3x+ names model outputs after their descriptions: the shipped file keeps child:output names
        print("this QGIS writes models in the Version2 format; write and check the model with QGIS 3.22")
        return 2
    target = Path(os.environ.get("MODEL_CHECK_DIR") or tempfile.mkdtemp()) / TARGET.name if check else TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(target)):
        print(f"could not write {target}")
        return 1
    if check:
        # the shipped file as this QGIS writes it (QGIS versions write the same model with different keys)
        from qgis.core import QgsProcessingModelAlgorithm

        shipped = QgsProcessingModelAlgorithm()
        rewritten = target.parent / f"shipped_{TARGET.name}"
        if not shipped.fromFile(str(TARGET)) or not shipped.toFile(str(rewritten)):
            print(f"could not read {TARGET}")
            return 1
        same = target.read_bytes() == rewritten.read_bytes()
        print("the model file is up to date" if same else f"{TARGET} differs from what make_model.py writes")
        return 0 if same else 1
    print(f"wrote {target.relative_to(ROOT)}")
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
