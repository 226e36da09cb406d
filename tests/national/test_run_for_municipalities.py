"""run_for_municipalities on a generated department of six municipalities, through processing.run with
qgis_process workers: the national summary equals six single runs of the model (computed independently),
a municipality with broken data fails alone and leaves nothing, and a second run resumes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from scripts import sample_department
from tests.national.conftest import (
    ALGORITHM,
    assert_same_indicators,
    national_indicators,
    national_parameters,
    needs_qgis_process,
    read_table,
)

pytestmark = [needs_qgis_process, pytest.mark.qgis_process]
BROKEN = "54261"  # El Zulia: its hazard zones have a level nobody knows


@pytest.fixture(scope="module")
def broken_run(department, module_provider, tmp_path_factory):
    """The national layers with El Zulia's hazard levels unknown, run once in folder mode with two workers."""
    import processing

    from migrant_planning_plugin.core import i18n

    i18n.set_translator(None)  # messages in English for the asserts
    folder = tmp_path_factory.mktemp("national")
    gpkg = str(folder / "department.gpkg")
    shutil.copyfile(department.gpkg, gpkg)
    levels = sample_department.break_hazard_levels(gpkg, BROKEN)
    out = folder / "results"
    parameters = national_parameters(department, out, gpkg)
    messages = []
    from qgis.core import QgsProcessingFeedback

    class Recording(QgsProcessingFeedback):
        def pushInfo(self, info):
            messages.append(info)

        def reportError(self, error, fatalError=False):
            messages.append("ERROR " + error)

    results = processing.run(ALGORITHM, parameters, feedback=Recording())
    return {
        "results": results,
        "out": out,
        "gpkg": gpkg,
        "levels": levels,
        "parameters": parameters,
        "messages": messages,
    }


def test_broken_municipality_fails_alone_and_leaves_nothing(broken_run):
    results, out = broken_run["results"], broken_run["out"]
    assert (results["FINISHED"], results["SKIPPED"], results["FAILED"]) == (5, 0, 1)
    status = read_table(str(out / "status.gpkg")).set_index("divipola")
    assert status.loc[BROKEN, "status"] == "failed"
    message = status.loc[BROKEN, "message"]
    assert "nivel" in message and "POR DEFINIR" in message and "exposure" in message.lower()
    assert (status.drop(index=BROKEN)["status"] == "finished").all()
    assert not (out / BROKEN).exists()  # nothing of it
    assert "POR DEFINIR" in (out / f"failed_{BROKEN}.log").read_text(encoding="utf-8")
    assert not (out / ".work").exists()  # no attempt, claim or private profile left
    for code in status.drop(index=BROKEN).index:
        marker = json.loads((out / code / "run.json").read_text(encoding="utf-8"))
        assert marker["divipola"] == code and marker["records"]
        assert set(marker["outputs"]) >= {"exposure.gpkg", "access.gpkg", "scenario_summary.gpkg", "run.log"}
        assert (out / code / "suitability.tif").exists() and (out / code / "scenarios").is_dir()
    assert any(f"{BROKEN} EL ZULIA: failed" in m for m in broken_run["messages"])
    assert (out / "national_summary.png").stat().st_size > 20_000


def test_national_summary_equals_the_single_runs(broken_run, single_runs):
    summary = read_table(str(broken_run["out"] / "national_summary.gpkg"))
    assert sorted(set(summary["divipola"])) == sorted(c for c in single_runs if c != BROKEN)
    for code in set(summary["divipola"]):
        assert_same_indicators(national_indicators(summary, code), single_runs[code], code)
    assert set(summary["unit"]) == {"persons", "share", "ha"}


def test_second_run_resumes(broken_run, single_runs, department):
    import processing

    out = broken_run["out"]
    before = {
        code: (
            json.loads((out / code / "run.json").read_text())["token"],
            os.stat(out / code / "exposure.gpkg").st_mtime_ns,
        )
        for code in single_runs
        if code != BROKEN
    }
    sample_department.restore_hazard_levels(broken_run["gpkg"], broken_run["levels"])
    national_layers = hashlib.sha256(Path(broken_run["gpkg"]).read_bytes()).hexdigest()
    results = processing.run(ALGORITHM, broken_run["parameters"])
    assert hashlib.sha256(Path(broken_run["gpkg"]).read_bytes()).hexdigest() == national_layers  # inputs untouched
    assert (results["FINISHED"], results["SKIPPED"], results["FAILED"]) == (1, 5, 0)
    for code, (token, mtime) in before.items():  # the finished ones were not touched
        assert json.loads((out / code / "run.json").read_text())["token"] == token
        assert os.stat(out / code / "exposure.gpkg").st_mtime_ns == mtime
    assert not (out / f"failed_{BROKEN}.log").exists()
    status = read_table(str(out / "status.gpkg")).set_index("divipola")
    assert status.loc[BROKEN, "status"] == "finished" and (status.drop(index=BROKEN)["status"] == "skipped").all()
    summary = read_table(str(out / "national_summary.gpkg"))
    assert sorted(set(summary["divipola"])) == sorted(single_runs)
    for code in single_runs:
        assert_same_indicators(national_indicators(summary, code), single_runs[code], code)
