"""run_for_municipalities from a background task (the toolbox's way): progress, a main thread that stays free,
and a cancel that keeps finished municipalities and leaves nothing else; and two worker groups started with
qgis_process against one PostGIS database (two machines simulated on one), sharing the work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from migrant_planning_plugin.qgis_io import workers
from tests.national.conftest import (
    ALGORITHM,
    QGIS_PROCESS,
    assert_same_indicators,
    national_indicators,
    national_parameters,
    needs_qgis_process,
    read_table,
)

pytestmark = [needs_qgis_process, pytest.mark.qgis_process]


def processes_mentioning(text: str) -> list:
    """Pids of running processes whose command line mentions ``text`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if text in command:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_cancel_from_a_background_task(department, module_provider, qtbot, tmp_path, monkeypatch):
    """The national run as the dock and the toolbox start it (a background task on a worker thread): the GUI stays
    responsive, cancel stops every worker and leaves the finished municipalities whole, and the coordinator makes
    no pyproj CRS off the main thread (what crashed QGIS 3.40: tests/robustness/test_worker_threads.py)."""
    import threading

    import pyproj
    from qgis.core import QgsApplication, QgsProcessingAlgorithm

    off_main, original, main = [], pyproj.CRS.__init__, threading.main_thread().ident

    def watched(self, *args, **kwargs):
        if threading.get_ident() != main:
            off_main.append(threading.current_thread().name)
        original(self, *args, **kwargs)

    monkeypatch.setattr(pyproj.CRS, "__init__", watched)
    from qgis.PyQt.QtCore import QTimer

    from migrant_planning_plugin.gui.tasks import AlgorithmRun

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    assert not algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading  # runs off the main thread
    out = tmp_path / "results"
    run = AlgorithmRun(ALGORITHM, national_parameters(department, out))
    progress, ended, ticks = [], [], []
    run.progressChanged.connect(progress.append)
    run.finished.connect(lambda ok, results, message: ended.append((ok, results, message)))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    codes = [code for code, _name in department.municipalities]
    assert run.start() and run.task is not None
    qtbot.waitUntil(lambda: any((out / code / "run.json").exists() for code in codes), timeout=600_000)
    workers_running = processes_mentioning(str(out / ".work"))
    assert workers_running  # the other worker is still going
    progress_at_cancel, ticks_at_cancel = max(progress), len(ticks)
    run.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=120_000)
    timer.stop()
    ok, results, _message = ended[0]
    assert not ok and not results
    assert ticks_at_cancel > 40  # the main thread's event loop ran all along (50 ms timer)
    assert 0 < progress_at_cancel < 100 and max(progress) < 100
    finished = [code for code in codes if (out / code / "run.json").exists()]
    assert 1 <= len(finished) < len(codes)
    for code in finished:  # intact: the marker and readable outputs
        marker = json.loads((out / code / "run.json").read_text(encoding="utf-8"))
        assert marker["divipola"] == code
        assert len(read_table(str(out / code / "exposure_summary.gpkg"))) > 0
    assert sorted(p.name for p in out.iterdir()) == sorted(finished)  # no half-written municipality, no summary
    assert not processes_mentioning(str(out))  # every worker was stopped
    assert not off_main, off_main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_two_worker_groups_share_one_postgis_database(department, postgis_server, single_runs, tmp_path):
    from tests.postgis.conftest import new_database, register_like_ogr2ogr

    dbname = new_database(postgis_server)
    srid = register_like_ogr2ogr(postgis_server, dbname)  # EPSG:9377 known under ogr2ogr's srid, as offices have it
    server = postgis_server
    database = (
        f"postgres://dbname='{dbname}' host={server.host} port={server.port} user='{server.user}' sslmode=disable"
    )
    groups = {}
    for name in ("A", "B"):
        out = tmp_path / name  # each machine's own folder: only the database is shared
        parameters = national_parameters(department, out, STEPS=0, PARALLEL=1, DATABASE=database)
        env = workers.worker_environment(tmp_path / f"qgis-{name}", "en")
        env["PGPASSWORD"] = server.password  # the password never goes on a command line
        command = [QGIS_PROCESS, "run", ALGORITHM, "--"] + [f"{k}={v}" for k, v in parameters.items()]
        log = open(tmp_path / f"group_{name}.log", "wb")
        groups[name] = (subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT), out, log)
    for process, _out, log in groups.values():
        process.wait(timeout=1800)
        log.close()
    for name, (process, _out, _log) in groups.items():
        text = (tmp_path / f"group_{name}.log").read_text(encoding="utf-8", errors="replace")
        assert process.returncode == 0, text[-3000:]

    codes = sorted(single_runs)
    rows = server.psql(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'mpio%' ORDER BY 1", dbname=dbname
    ).splitlines()
    assert rows == [f"mpio_{code}" for code in codes]  # one schema each, no attempt left behind
    ran_by = {}
    for code in codes:
        record = json.loads(server.psql(f"SELECT record FROM mpio_{code}._run", dbname=dbname))
        ran_by[code] = int(record["worker"].rsplit(":", 1)[1])
    pids = {name: process.pid for name, (process, _o, _l) in groups.items()}
    assert set(ran_by.values()) == set(pids.values())  # both groups worked, each municipality once
    tables = server.psql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'mpio_54001' ORDER BY 1", dbname=dbname
    ).splitlines()
    assert tables == sorted(
        [
            "_run",
            "access",
            "access_summary",
            "ahp_weights",
            "exposure",
            "exposure_summary",
            "ranked_parcels",
            "scenario_summary",
            "weight_sensitivity",
        ]
    )
    assert server.psql("SELECT Find_SRID('mpio_54001', 'exposure', 'geom')", dbname=dbname) == str(srid)

    summaries = {}
    for name, (process, out, _log) in groups.items():
        status = read_table(str(out / "status.gpkg")).set_index("divipola")
        mine = [code for code in codes if ran_by[code] == process.pid]
        assert (status.loc[mine, "status"] == "finished").all()
        # the others: finished by the other group during this run (or before this group looked, when it started late)
        assert status.drop(index=mine)["status"].isin(["elsewhere", "skipped"]).all()
        assert (status["db_schema"] == [f"mpio_{c}" for c in status.index]).all()
        for code in mine:  # rasters and the report in the folder of the machine that ran it
            assert (out / code / "report.pdf").stat().st_size > 10_000 and (out / code / "suitability.tif").exists()
        summaries[name] = read_table(str(out / "national_summary.gpkg"))
    assert summaries["A"].equals(summaries["B"])
    for code in codes:  # the whole model from PostGIS gives what the single runs give
        assert_same_indicators(national_indicators(summaries["A"], code), single_runs[code], code)
