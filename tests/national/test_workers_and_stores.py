"""The pieces of a national run that touch the system: finding qgis_process next to QGIS (Debian, OSGeo4W),
the workers' environment, a job's log, progress and error, the pool of long-lived workers (with a stand-in
worker), stopping a worker and its children, and the folder store's claims and atomic publishing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from migrant_planning_plugin.core.errors import InputError
from migrant_planning_plugin.core.national import Municipality
from migrant_planning_plugin.qgis_io import national_store, workers
from migrant_planning_plugin.qgis_io.national_store import FolderStore


def _touch(path: Path, executable: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    if executable:
        path.chmod(0o755)
    return path


# ----------------------------------------------------------------------------------- which qgis_process


def test_debian_layout_prefers_the_binary_over_the_wrapper(tmp_path, monkeypatch):
    monkeypatch.delenv("QGIS_PROCESS", raising=False)
    monkeypatch.setattr(workers, "WINDOWS", False)
    _touch(tmp_path / "usr" / "bin" / "qgis_process")  # Debian's wrapper script fails with --noversioncheck
    binary = _touch(tmp_path / "usr" / "bin" / "qgis_process.bin")
    found = workers.find_qgis_process(application_dir=str(tmp_path / "venv" / "bin"), prefix=str(tmp_path / "usr"))
    assert found == str(binary)


def test_osgeo4w_layout(tmp_path, monkeypatch):
    monkeypatch.delenv("QGIS_PROCESS", raising=False)
    monkeypatch.setattr(workers, "WINDOWS", True)
    monkeypatch.setattr(workers.shutil, "which", lambda name: None)
    prefix = tmp_path / "OSGeo4W" / "apps" / "qgis-ltr"
    wrapper = _touch(tmp_path / "OSGeo4W" / "bin" / "qgis_process-qgis-ltr.bat", executable=False)
    assert workers.find_qgis_process(application_dir=str(prefix / "bin"), prefix=str(prefix)) == str(wrapper)
    exe = _touch(prefix / "bin" / "qgis_process.exe", executable=False)  # QGIS's own folder comes first
    assert workers.find_qgis_process(application_dir=str(prefix / "bin"), prefix=str(prefix)) == str(exe)


def test_explicit_and_missing_qgis_process(tmp_path, monkeypatch):
    monkeypatch.setattr(workers.shutil, "which", lambda name: None)
    monkeypatch.delenv("QGIS_PROCESS", raising=False)
    chosen = _touch(tmp_path / "somewhere" / "qgis_process")
    assert workers.find_qgis_process(str(chosen), "", "") == str(chosen)
    monkeypatch.setenv("QGIS_PROCESS", str(chosen))
    assert workers.find_qgis_process("", "", "") == str(chosen)
    with pytest.raises(InputError, match="does not exist"):
        workers.find_qgis_process(str(tmp_path / "nothing"), "", "")
    monkeypatch.delenv("QGIS_PROCESS")
    with pytest.raises(InputError, match=r"qgis_process.*was not found next to this QGIS"):
        workers.find_qgis_process("", str(tmp_path / "empty"), str(tmp_path / "empty"))


def test_workers_see_this_plugin_its_packages_and_the_language(tmp_path):
    env = workers.worker_environment(tmp_path, "es", password="s3creto", base={"PATH": "/usr/bin"})
    plugin = Path(env["QGIS_PLUGINPATH"].split(os.pathsep)[0]) / "migrant_planning_plugin"
    for name in ("metadata.txt", "__init__.py", "resources", "i18n", "core"):
        assert (plugin / name).exists(), name
    ini = (Path(env["QGIS_CUSTOM_CONFIG_PATH"]) / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text()
    assert "migrant_planning_plugin=true" in ini and "userLocale=es" in ini
    import geopandas

    assert str(Path(geopandas.__file__).parent.parent) in env["PYTHONPATH"].split(os.pathsep)
    assert env["PGPASSWORD"] == "s3creto" and env["PATH"] == "/usr/bin"
    assert "PGPASSWORD" not in workers.worker_environment(tmp_path, "es", base={})


# ----------------------------------------------------------------------------------- one worker

FAILED_RUN = """----------------
Inputs
----------------

POPULATION_FIELD:\tnombre

0.asentamientos: the field 'nombre' is not numeric. Choose a numeric field.
ERROR:\tasentamientos: the field 'nombre' is not numeric. Choose a numeric field.
Error encountered while running 1 Settlement exposure to hazards
ERROR:\tError encountered while running 1 Settlement exposure to hazards
"""
MISSING = """ERROR: The following mandatory parameters were not specified

\tCANDIDATES:\tCandidate parcels
\tranking:OUTPUT:\tRanked candidate parcels
"""


def test_why_a_worker_failed():
    assert workers.first_error(FAILED_RUN) == (
        "1 Settlement exposure to hazards: asentamientos: the field 'nombre' is not numeric. Choose a numeric field."
    )
    assert workers.first_error(MISSING) == (
        "The following mandatory parameters were not specified CANDIDATES: Candidate parcels ranking:OUTPUT: "
        "Ranked candidate parcels"
    )
    assert workers.first_error("QStandardPaths: x\nSegmentation fault\n") == "Segmentation fault"


def test_a_job_writes_its_log_and_progress(tmp_path, qgis_app):
    from migrant_planning_plugin.processing.algorithms.national_worker import JobFeedback

    log = tmp_path / "job.log"
    feedback = JobFeedback(str(log), tmp_path / workers.PROGRESS, "job7")
    feedback.pushInfo("asentamientos: using field 'poblacion' as population.")
    feedback.setProgress(37.5)
    feedback.setProgress(37.9)  # less than 1 % more: not written again
    assert (tmp_path / workers.PROGRESS).read_text() == "job7 0.3750"
    feedback.reportError("hazards: the field 'nivel' holds no recognised hazard level (found: POR DEFINIR).")
    feedback.reportError("Error encountered while running 1 Settlement exposure to hazards")
    feedback.close()
    assert workers.first_error(log.read_text()) == (
        "1 Settlement exposure to hazards: hazards: the field 'nivel' holds no recognised hazard level "
        "(found: POR DEFINIR)."
    )


@pytest.mark.skipif(sys.platform.startswith("win"), reason="process groups")
def test_stop_ends_the_worker_and_its_children(tmp_path):
    child_file = tmp_path / "child"
    command = ["/bin/sh", "-c", f"sleep 60 & echo $! > {child_file}; wait"]
    worker = workers.WorkerProcess(command, dict(os.environ), str(tmp_path / "log"))
    assert workers.wait_for(lambda: child_file.exists() and child_file.read_text().strip(), 10)
    child = int(child_file.read_text())
    worker.stop()
    assert worker.process.poll() is not None
    assert workers.wait_for(lambda: not Path(f"/proc/{child}").exists() or _zombie(child), 5)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


FAKE_WORKER = r"""
import json, os, sys, time
args = dict(a.split("=", 1) for a in sys.argv[sys.argv.index("--") + 1:])
mailbox, done = args["MAILBOX"], 0
print("fake qgis_process worker", os.getpid(), flush=True)
while done < int(args["MAX_JOBS"]) and not os.path.exists(os.path.join(mailbox, "stop")):
    path = os.path.join(mailbox, "job.json")
    if not os.path.exists(path):
        time.sleep(0.01)
        continue
    job = json.load(open(path))
    os.remove(path)
    what = job["parameters"].get("WHAT")
    if what == "crash":
        os._exit(11)
    with open(job["log"], "w") as log:
        log.write("started in %d\n" % os.getpid())
        if what == "fail":
            log.write("ERROR:\tasentamientos: the field 'nombre' is not numeric.\n")
    with open(os.path.join(mailbox, "progress"), "w") as handle:
        handle.write(job["id"] + " 0.5")
    time.sleep(0.05)
    result = {"id": job["id"], "ok": what != "fail", "error": "asentamientos: the field" if what == "fail" else ""}
    with open(os.path.join(mailbox, "result.json.partial"), "w") as handle:
        json.dump(result, handle)
    os.replace(os.path.join(mailbox, "result.json.partial"), os.path.join(mailbox, "result.json"))
    done += 1
"""


def _finish(job, seconds: float = 30.0):
    assert workers.wait_for(lambda: job.poll() is not None, seconds)
    return job.poll()


@pytest.mark.skipif(sys.platform.startswith("win"), reason="a shell script as qgis_process")
def test_pooled_workers_take_many_municipalities_each(tmp_path):
    script = tmp_path / "worker.py"
    script.write_text(FAKE_WORKER)
    program = tmp_path / "qgis_process"
    program.write_text(f'#!/bin/sh\nexec {sys.executable} {script} "$@"\n')
    program.chmod(0o755)
    pool = workers.WorkerPool(
        str(program), "migrant_planning:migrant_planning_workflow", dict(os.environ), tmp_path / "run", max_jobs=3
    )
    pids = []
    for k in range(4):  # one worker does three, then a fresh one
        log = tmp_path / f"job{k}.log"
        job = pool.start(CUCUTA, {"WHAT": "ok"}, str(log))
        assert _finish(job) == 0 and job.progress in (0.0, 0.5)
        pids.append(int(log.read_text().split()[-1]))
    assert pids[0] == pids[1] == pids[2] != pids[3]
    failed = pool.start(CUCUTA, {"WHAT": "fail"}, str(tmp_path / "fail.log"))
    assert _finish(failed) == 1 and "asentamientos" in failed.error()
    crashed = pool.start(CUCUTA, {"WHAT": "crash"}, str(tmp_path / "crash.log"))
    assert _finish(crashed) == 11 and "fake qgis_process worker" in crashed.error()
    after = pool.start(CUCUTA, {"WHAT": "ok"}, str(tmp_path / "after.log"))  # a fresh worker takes over
    assert _finish(after) == 0
    busy = pool.start(CUCUTA, {"WHAT": "ok"}, str(tmp_path / "busy.log"))
    busy.stop()
    assert busy.poll() == -9 and not busy.worker.alive
    pool.stop_all()
    assert not pool.workers


# ----------------------------------------------------------------------------------- the folder store

CUCUTA = Municipality("54001", "CÚCUTA", None)
OUTPUTS = ["exposure:SUMMARY", "suitability:OUTPUT", "scenarios:OUTPUT_FOLDER", "report:OUTPUT_PDF"]


def test_claims_are_exclusive_and_stale_ones_are_taken_over(tmp_path, monkeypatch):
    a, b = FolderStore(str(tmp_path), OUTPUTS), FolderStore(str(tmp_path), OUTPUTS)
    b.name = "otra-maquina:4242"
    assert a.claim("54001") and not b.claim("54001")
    a.release("54001")
    assert b.claim("54001") and not a.claim("54001")
    claim = tmp_path / ".work" / "claims" / "54001.claim"
    old = time.time() - national_store.CLAIM_TTL_S - 5  # its group stopped renewing it
    os.utime(claim, (old, old))
    assert a.claim("54001")
    a.release("54001")
    ghost = subprocess.Popen([sys.executable, "-c", "pass"])
    ghost.wait()  # a group of this computer whose process is gone
    claim.write_text(json.dumps({"worker": f"{national_store.socket.gethostname()}:{ghost.pid}"}))
    assert a.claim("54001")
    a.keep_alive()
    a.close()
    assert not claim.exists()


def test_publish_is_all_at_once_and_replaces_the_previous_result(tmp_path):
    store = FolderStore(str(tmp_path), OUTPUTS)
    for attempt in (1, 2):
        staged = store.begin(CUCUTA, f"token{attempt}")
        assert set(staged.outputs) == set(OUTPUTS)
        assert staged.outputs["exposure:SUMMARY"].endswith("exposure_summary.gpkg")
        Path(staged.outputs["report:OUTPUT_PDF"]).write_text(f"report {attempt}")
        if attempt == 1:
            Path(staged.outputs["suitability:OUTPUT"]).write_text("old raster")
        Path(staged.log).write_text("worker log")
        assert not (tmp_path / "54001" / "run.json").exists() or attempt == 2
        store.publish(staged, {"divipola": "54001", "token": f"token{attempt}"})
        marker = store.finished("54001")
        assert marker["token"] == f"token{attempt}" and "run.json" in marker["outputs"]
        assert (tmp_path / "54001" / "run.log").read_text() == "worker log"
    assert (tmp_path / "54001" / "report.pdf").read_text() == "report 2"
    assert not (tmp_path / "54001" / "suitability.tif").exists()  # nothing of the earlier result is mixed in
    assert not list((tmp_path / ".work").glob("54001-*"))


def test_a_failed_attempt_leaves_its_log_and_nothing_else(tmp_path):
    store = FolderStore(str(tmp_path), OUTPUTS)
    stale = store.begin(CUCUTA, "stale")  # left by a group that stopped
    staged = store.begin(CUCUTA, "fresh")
    assert not Path(stale.inputs).exists()
    Path(staged.log).write_text("ERROR:\tsomething")
    store.discard(staged, failed=True)
    assert (tmp_path / "failed_54001.log").read_text() == "ERROR:\tsomething"
    assert store.finished("54001") is None and not (tmp_path / "54001").exists()
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["failed_54001.log"]


def test_schema_prefix_is_checked():
    assert national_store.check_prefix("mpio_") == "mpio_"
    for bad in ("Mpio", "1mpio", "mpio-", "x" * 41, ""):
        with pytest.raises(InputError, match="Schema prefix"):
            national_store.check_prefix(bad)
