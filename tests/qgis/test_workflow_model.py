"""The shipped model migrant_planning_workflow: in the toolbox, opens as a modeler file, runs through
processing.run and qgis_process, and gives exactly what the algorithms give one by one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal
from qgis.core import Qgis, QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource

from migrant_planning_plugin.core import ahp
from migrant_planning_plugin.processing import workflow
from migrant_planning_plugin.processing.threads import runs_on_main_thread
from tests.qgis import workshop_support as ws

ROOT = Path(__file__).resolve().parents[2]
MODEL_ID = "migrant_planning:migrant_planning_workflow"
QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") else shutil.which("qgis_process")
)
OUTPUTS = {
    "exposure:OUTPUT": "exposure.gpkg",
    "exposure:SUMMARY": "exposure_summary.gpkg",
    "access:OUTPUT": "access.gpkg",
    "access:SUMMARY": "access_summary.gpkg",
    "ahp:OUTPUT": "ahp.gpkg",
    "suitability:OUTPUT": "suitability.tif",
    "suitability:CLASSIFIED": "suitability_classes.tif",
    "ranking:OUTPUT": "ranked.gpkg",
    "sensitivity:OUTPUT": "sensitivity.gpkg",
    "scenarios:OUTPUT_FOLDER": "scenarios",
    "scenarios:SUMMARY": "scenario_summary.gpkg",
    "report:OUTPUT_PDF": "report.pdf",
}
CHAIN = ("exposure", "access", "ahp", "suitability", "ranking", "sensitivity", "scenarios", "report")


def layers() -> dict:
    """The model's layer inputs on the sample city; every option is left at its default."""
    return {
        "SETTLEMENTS": ws.layer("asentamientos"),
        "HAZARDS": ws.layer("zonas_amenaza"),
        "FACILITIES": ws.layer("equipamientos"),
        "ROADS": ws.layer("malla_vial"),
        "DEM": str(ws.DEM),
        "LAND_USE": ws.layer("usos_suelo"),
        "AREAS": ws.layer("comunas"),
        "CANDIDATES": ws.layer("predios"),
        "AOI": ws.layer("limite_municipal"),
        "WATER": ws.layer("cuerpos_agua"),
    }


@pytest.fixture(scope="module")
def model_run(module_provider, tmp_path_factory):
    """The model run once through processing.run, with only the layers and outputs given."""
    import processing

    folder = tmp_path_factory.mktemp("model")
    parameters = {**layers(), "CITY_NAME": "Villa Esperanza", "LANGUAGE": 2}
    parameters.update({name: str(folder / path) for name, path in OUTPUTS.items()})
    return processing.run(MODEL_ID, parameters)


@pytest.fixture(scope="module")
def chain(module_provider):
    """The exercises' algorithms run one by one (the training guide's steps, same settings as the defaults)."""
    return ws.workshop_run()


def test_model_is_in_the_toolbox_with_its_chain(provider):
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None and model.provider().id() == "migrant_planning"
    assert model.name() == "migrant_planning_workflow"
    assert model.group() == "Workflow" and "model" in model.displayName()
    assert model.shortHelpString().count("\n\n") == 1
    assert runs_on_main_thread(model)  # the report needs the main thread
    assert sorted(d.name() for d in model.destinationParameterDefinitions()) == sorted(OUTPUTS)
    inputs = {d.name(): d for d in model.parameterDefinitions() if not d.isDestination()}
    for name in ("SETTLEMENTS", "HAZARDS", "FACILITIES", "ROADS", "DEM", "LAND_USE", "AREAS", "CANDIDATES", "AOI"):
        assert name in inputs
    assert inputs["WATER"].flags() & inputs["WATER"].Flag.FlagOptional
    assert inputs["THRESHOLDS"].defaultValue() == workflow.DEFAULT_THRESHOLDS
    assert inputs["AHP_MATRIX"].defaultValue() == workflow.DEFAULT_AHP_MATRIX
    assert json.loads(inputs["SCENARIOS"].defaultValue()) == json.loads(ws.SCENARIOS.read_text(encoding="utf-8"))
    assert all(d.help() for d in model.parameterDefinitions())
    children = model.childAlgorithms()
    assert sorted(children) == sorted(CHAIN)
    ids = {child_id: child.algorithmId() for child_id, child in children.items()}
    assert ids["report"] == "migrant_planning:planning_report"
    assert all(child.algorithm() is not None for child in children.values())


def test_model_speaks_the_users_language(provider):
    from migrant_planning_plugin.core import i18n

    previous = i18n.current_translator()
    i18n.set_translator(lambda text: "ES " + text)
    try:
        model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
        assert model.displayName().startswith("ES ") and model.group().startswith("ES ")
        assert model.parameterDefinition("SETTLEMENTS").description().startswith("ES ")
        assert model.parameterDefinition("report:OUTPUT_PDF").description().startswith("ES ")
        assert model.childAlgorithm("report").description().startswith("ES ")
        assert model.name() == "migrant_planning_workflow"  # the id never changes with the language
    finally:
        i18n.set_translator(previous)


def _sources(model, child: str, parameter: str) -> list:
    """(kind, name) of what feeds a step's parameter: ('output', 'step.OUTPUT') or ('parameter', 'NAME')."""
    # the kinds of source: Qgis.ProcessingModelChildParameterSource from QGIS 3.26, before a nested enum
    kinds = getattr(Qgis, "ProcessingModelChildParameterSource", None) or QgsProcessingModelChildParameterSource.Source
    result = []
    for source in model.childAlgorithm(child).parameterSources()[parameter]:
        if source.source() == kinds.ChildOutput:
            result.append(("output", f"{source.outputChildId()}.{source.outputName()}"))
        elif source.source() == kinds.ModelParameter:
            result.append(("parameter", source.parameterName()))
        else:
            result.append(("static", source.staticValue()))
    return result


def test_shipped_file_opens_as_a_plain_modeler_model_and_each_step_feeds_the_next(provider):
    model = QgsProcessingModelAlgorithm()  # what the Graphical Modeler of QGIS 3.22 does with the file
    assert model.fromFile(workflow.model_path())
    assert all(child.algorithm() is not None for child in model.childAlgorithms().values())
    assert _sources(model, "suitability", "AHP_MATRIX") == [("parameter", "AHP_MATRIX")]
    assert _sources(model, "ahp", "MATRIX") == [("parameter", "AHP_MATRIX")]
    assert _sources(model, "ranking", "SUITABILITY") == [("output", "suitability.OUTPUT")]
    assert _sources(model, "scenarios", "SUITABILITY") == [("output", "suitability.OUTPUT")]
    for parameter, fed_by in (
        ("EXPOSURE_SUMMARY", "exposure.SUMMARY"),
        ("ACCESS_SUMMARY", "access.SUMMARY"),
        ("SUITABILITY", "suitability.OUTPUT"),
        ("RANKED_PARCELS", "ranking.OUTPUT"),
        ("SENSITIVITY", "sensitivity.OUTPUT"),
        ("SCENARIO_SUMMARY", "scenarios.SUMMARY"),
    ):
        assert _sources(model, "report", parameter) == [("output", fed_by)]
    # the steps run in the workshop's order
    assert model.dependsOnChildAlgorithms("report") >= set(CHAIN) - {"report"}
    assert model.dependsOnChildAlgorithms("access") == {"exposure"}


# QGIS 3.40 writes models in its "Version2" format, where a model output's parameter is named after its description
# (access_by_settlement_and_type), not child:output (access:OUTPUT). The shipped file is written by QGIS 3.22
# (Version1) so that its output names are the same on every QGIS (both formats load everywhere).
WRITES_VERSION2 = QgsProcessingModelAlgorithm().toVariant().get("internal_version") not in (None, "Version1")


@pytest.mark.skipif(
    WRITES_VERSION2,
    reason=f"QGIS {Qgis.version()} writes models in the Version2 format (output names from their descriptions); "
    "the shipped model is written and checked with QGIS 3.22 (the Debian 12 leg)",
)
def test_shipped_file_is_what_make_model_writes():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_model.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _table(path: str) -> pd.DataFrame:
    return ws.read_table(path).drop(columns=["fid"], errors="ignore").reset_index(drop=True)


def _raster(path: str) -> np.ndarray:
    return gdal.Open(path).ReadAsArray()


def test_model_gives_what_the_steps_give_one_by_one(model_run, chain):
    pairs = (
        ("exposure:SUMMARY", chain["exposure"]["SUMMARY"]),
        ("access:SUMMARY", chain["access"]["SUMMARY"]),
        ("sensitivity:OUTPUT", chain["sensitivity"]["OUTPUT"]),
        ("scenarios:SUMMARY", chain["scenarios"]["SUMMARY"]),
        ("ahp:OUTPUT", chain["ahp"]["OUTPUT"]),
    )
    for output, reference in pairs:
        pd.testing.assert_frame_equal(_table(model_run[output]), _table(reference), check_dtype=False)
    np.testing.assert_array_equal(_raster(model_run["suitability:OUTPUT"]), _raster(chain["suitability"]["OUTPUT"]))
    np.testing.assert_array_equal(
        _raster(model_run["suitability:CLASSIFIED"]), _raster(chain["suitability"]["CLASSIFIED"])
    )
    ranked = _table(model_run["ranking:OUTPUT"])
    assert ranked["codigo_predio"].tolist() == _table(chain["ranking"]["OUTPUT"])["codigo_predio"].tolist()
    files = sorted(p.name for p in Path(model_run["scenarios:OUTPUT_FOLDER"]).iterdir())
    assert files == sorted(p.name for p in Path(chain["scenarios"]["OUTPUT_FOLDER"]).iterdir())
    assert ws.pdf_pages(model_run["report:OUTPUT_PDF"]) == 13


def test_model_weights_are_the_principal_eigenvector_of_the_default_matrix(model_run):
    matrix = ahp.parse_matrix(workflow.DEFAULT_AHP_MATRIX)
    vector = np.ones(len(matrix))
    for _ in range(200):  # power iteration, independent of numpy.linalg.eig used by the plugin
        vector = matrix @ vector
        vector /= vector.sum()
    table = _table(model_run["ahp:OUTPUT"])
    assert table["criterion"].tolist() == workflow.CRITERIA_ORDER.split(",")
    np.testing.assert_allclose(table["weight"].to_numpy(float), vector, atol=1e-9)
    metadata = gdal.Open(model_run["suitability:OUTPUT"]).GetMetadata()
    assert metadata["suitability_weight_source"] and float(metadata["ahp_cr"]) < 0.1
    used = dict(item.split("=") for item in metadata["suitability_weights"].split(";"))
    np.testing.assert_allclose([float(used[c]) for c in table["criterion"]], vector, atol=1e-4)


@pytest.mark.qgis_process
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_model_runs_in_qgis_process(chain, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import package

    stage = package.stage()
    profile = tmp_path / "profile" / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / "migrant_planning_plugin").symlink_to(stage, target_is_directory=True)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nmigrant_planning_plugin=true\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (sysconfig.get_paths()["purelib"], env.get("PYTHONPATH")) if p)
    out = tmp_path / "out"
    out.mkdir()
    arguments = [f"{name}={value}" for name, value in layers().items()]
    arguments += [f"{name}={out / path}" for name, path in OUTPUTS.items()]
    done = subprocess.run(
        [QGIS_PROCESS, "--json", "run", MODEL_ID, "--", *arguments, "CITY_NAME=Villa Esperanza"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout[done.stdout.index("{") :])["results"]
    assert sorted(results) == sorted(OUTPUTS)
    pd.testing.assert_frame_equal(
        _table(results["exposure:SUMMARY"]), _table(chain["exposure"]["SUMMARY"]), check_dtype=False
    )
    assert (
        _table(results["ranking:OUTPUT"])["codigo_predio"].tolist()
        == _table(chain["ranking"]["OUTPUT"])["codigo_predio"].tolist()
    )
    assert ws.pdf_pages(results["report:OUTPUT_PDF"]) == 13
