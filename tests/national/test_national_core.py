"""core.national and core.national_run without QGIS: DIVIPOLA codes, selection, who belongs to which
municipality, scenarios per municipality, the indicators (by hand), and the scheduler with stand-in workers."""

from __future__ import annotations

import threading
import time
from typing import Dict, List, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from migrant_planning_plugin.core import national
from migrant_planning_plugin.core.errors import Cancelled, InputError
from migrant_planning_plugin.core.national import Municipality
from migrant_planning_plugin.core.national_run import (
    ELSEWHERE,
    FAILED,
    FINISHED,
    SKIPPED,
    NationalRun,
    Prepared,
    Staged,
)

# ----------------------------------------------------------------------------------- codes and selection


@pytest.mark.parametrize(
    "value, code",
    [
        ("54001", "54001"),
        (54001, "54001"),
        (5001, "05001"),  # Medellín stored as a number loses its zero
        (5001.0, "05001"),
        ("08001", "08001"),
        (" 8001 ", "08001"),
        ("54001.0", "54001"),
        (np.int64(11001), "11001"),
        ("540010", None),
        ("001", None),  # MPIO_CCDGO alone is not a DIVIPOLA code
        ("CUCUTA", None),
        (None, None),
        (1.5, None),
        (float("nan"), None),
        (True, None),
    ],
)
def test_divipola_codes(value, code):
    assert national.divipola(value) == code


def _squares(codes, names=None):
    geoms = [shapely.box(10 * k, 0, 10 * (k + 1), 10) for k in range(len(codes))]
    return national.municipalities(codes, names or [f"M{k}" for k in range(len(codes))], np.array(geoms), "mgn", "C")


def test_municipalities_sorted_merged_and_checked():
    islands = [shapely.box(0, 0, 1, 1), shapely.box(5, 5, 7, 7), shapely.box(20, 0, 21, 1)]
    found = national.municipalities(
        ["88564", 88001, "88001"], ["PROVIDENCIA", "SAN ANDRÉS", "SAN ANDRÉS"], np.array(islands), "mgn", "MPIO_CDPMP"
    )
    assert [m.code for m in found] == ["88001", "88564"]
    assert found[0].name == "SAN ANDRÉS" and found[0].geometry.area == pytest.approx(1.0 + 4.0)
    with pytest.raises(InputError, match=r"DIVIPOLA.*'540'.*MPIO_CDPMP"):
        national.municipalities(["540", "54001"], None, np.array(islands[:2]), "mgn", "MPIO_CCDGO")
    with pytest.raises(InputError, match=r"54001.*'CÚCUTA', 'TIBÚ'"):
        national.municipalities(["54001", "54001"], ["CÚCUTA", "TIBÚ"], np.array(islands[:2]), "mgn", "C")
    with pytest.raises(InputError, match="54001 has no polygon"):
        national.municipalities(["54001"], ["CÚCUTA"], np.array([None]), "mgn", "C")


def test_selection_by_codes_and_departments():
    everything = _squares(["05001", "54001", "54874", "44001"])
    assert [m.code for m in national.select(everything, "", "mgn")] == ["05001", "44001", "54001", "54874"]
    assert [m.code for m in national.select(everything, "54", "mgn")] == ["54001", "54874"]
    assert [m.code for m in national.select(everything, "54874; 5001", "mgn")] == ["05001", "54874"]
    with pytest.raises(InputError, match=r"'54999', '13'.*not found in mgn"):
        national.select(everything, "54001, 54999 13", "mgn")


# ----------------------------------------------------------------------------------- who belongs where


def test_owner_by_point_never_counts_twice():
    areas = [shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)]
    geoms = np.array(
        [
            shapely.box(8, 1, 18, 3),  # straddles the border: its point on surface is in the second
            shapely.Point(10, 5),  # on the border: the first (lowest code)
            shapely.box(30, 0, 31, 1),  # outside both
            None,
            shapely.Point(2, 2),
        ],
        dtype=object,
    )
    owner = national.owner_by_point(geoms, areas)
    expected_straddling = 0 if shapely.point_on_surface(geoms[0]).x < 10 else 1
    assert owner.tolist() == [expected_straddling, 0, -1, -1, 0]
    tree = shapely.STRtree(np.array([shapely.LineString([(5, 5), (15, 5)]), shapely.LineString([(12, 1), (19, 1)])]))
    assert national.intersecting(tree, areas[0]).tolist() == [0]
    assert national.intersecting(tree, areas[1]).tolist() == [0, 1]  # a road across the border goes to both


def test_frame_digest_sees_every_change():
    frame = gpd.GeoDataFrame(
        {"codigo": ["A", "B"], "poblacion": [10, None], "informal": [True, False]},
        geometry=[shapely.Point(0, 0), shapely.box(0, 0, 1, 1)],
        crs=9377,
    )
    same = national.frame_digest(frame.copy())
    assert national.frame_digest(frame) == same
    changed = frame.copy()
    changed.loc[1, "poblacion"] = 0
    assert national.frame_digest(changed) != same
    moved = frame.copy()
    moved.geometry = [shapely.Point(0, 0.001), shapely.box(0, 0, 1, 1)]
    assert national.frame_digest(moved) != same
    assert national.frame_digest(frame.iloc[:1]) != same


# ----------------------------------------------------------------------------------- scenarios


TEMPLATE = (
    '[{"name": "Tendencial", "base_year": 2025, "horizon_year": 2027, "growth_rate": 0.02, "household_size": 3.3,'
    ' "density_dwellings_ha": 45, "public_space_share": 0.15, "allocation": "trend"}]'
)


def test_scenarios_start_from_each_municipalitys_population():
    import json

    template = national.scenario_template(TEMPLATE, 6)
    filled = json.loads(national.scenarios_for(template, "54001", 152_887.0))
    assert filled[0]["base_population"] == 152_887.0
    with pytest.raises(InputError, match="no population"):
        national.scenarios_for(template, "54001", 0.0)
    fixed = TEMPLATE.replace('"base_year"', '"base_population": 291000, "base_year"')
    with pytest.raises(InputError, match=r"base_population.*same for all 6"):
        national.scenario_template(fixed, 6)
    assert national.scenario_template(fixed, 1)  # one municipality: its own population may be written
    arrivals = TEMPLATE.replace('"growth_rate": 0.02', '"arrivals_per_year": 6000')
    with pytest.raises(InputError, match="arrivals_per_year"):
        national.scenario_template(arrivals, 2)
    per_code = national.scenario_template(
        '{"54001": ' + fixed + ', "*": ' + TEMPLATE + ', "5001": ' + TEMPLATE + "}", 3
    )
    assert set(per_code) == {"54001", "*", "05001"}
    assert json.loads(national.scenarios_for(per_code, "54001", 1.0))[0]["base_population"] == 291000
    assert json.loads(national.scenarios_for(per_code, "54874", 7.0))[0]["base_population"] == 7.0
    with pytest.raises(InputError, match="no scenarios for the municipality 54874"):
        national.scenarios_for(national.scenario_template('{"54001": ' + TEMPLATE + "}", 2), "54874", 7.0)
    with pytest.raises(InputError, match="'Cucuta' is neither"):
        national.scenario_template('{"Cucuta": ' + TEMPLATE + "}", 2)


# ----------------------------------------------------------------------------------- indicators by hand


def test_indicators_from_the_summary_tables():
    exposure = pd.DataFrame(
        [
            # area, type, level, population, migrants
            ("ALL", "inundación", "alta", 100.0, 30.0),
            ("ALL", "inundación", "media", 50.0, 5.0),
            ("ALL", "inundación", "none", 850.0, 65.0),
            ("ALL", "movimiento en masa", "alta", 40.0, 10.0),
            ("ALL", "movimiento en masa", "none", 960.0, 90.0),
            ("ALL", "any", "alta", 120.0, 35.0),  # 20 people in both: counted once
            ("ALL", "any", "media", 40.0, 5.0),
            ("ALL", "any", "none", 840.0, 60.0),
            ("Comuna 1", "any", "alta", 120.0, 35.0),  # areas are not the municipality
        ],
        columns=["area_name", "hazard_type", "hazard_level", "population", "migrants"],
    )
    access = pd.DataFrame(
        [
            ("Comuna 1", "salud", 1000.0, 500.0, 100.0, 10.0),
            ("ALL", "salud", 1000.0, 800.0, 100.0, 40.0),
            ("ALL", "educación", 1000.0, 1000.0, 100.0, 100.0),
        ],
        columns=["area_name", "facility_type", "population", "population_covered", "migrants", "migrants_covered"],
    )
    scenarios = pd.DataFrame(
        {
            "scenario": ["Tendencial", "Tendencial", "Compacto", "Compacto"],
            "year": [2026, 2027, 2026, 2027],
            "land_demand_ha": [10.0, 11.0, 5.0, 6.0],
            "unmet_demand_ha": [0.0, 2.5, 0.0, 0.0],
        }
    )
    table = national.indicators(exposure, access, scenarios)
    got = {(r.indicator, r.subject): r.value for r in table.itertuples()}
    assert got[("population", "")] == 1000.0 and got[("migrants", "")] == 100.0
    assert got[("pop_alta", "any")] == 120.0 and got[("pop_alta", "inundación")] == 100.0
    assert got[("mig_alta", "movimiento en masa")] == 10.0 and got[("mig_alta", "any")] == 35.0
    assert got[("coverage", "salud")] == pytest.approx(0.8) and got[("coverage_migrants", "salud")] == 0.4
    assert got[("coverage", "educación")] == 1.0
    assert got[("land_demand_ha", "Tendencial")] == 21.0 and got[("land_demand_ha", "Compacto")] == 11.0
    assert got[("unmet_demand_ha", "Tendencial")] == 2.5
    assert table["indicator"].tolist()[:2] == ["population", "migrants"]
    assert set(table["unit"]) == {"persons", "share", "ha"}
    assert len(table) == 2 + 3 + 3 + 4 + 4
    records = national.records(table)
    summary = national.national_summary([("54874", "VILLA DEL ROSARIO", records), ("54001", "CÚCUTA", records)])
    assert summary["divipola"].tolist()[0] == "54001" and len(summary) == 2 * len(table)
    assert list(summary.columns) == list(national.SUMMARY_COLUMNS)


# ----------------------------------------------------------------------------------- the scheduler


class FakeWorker:
    """A worker that ends after ``polls`` polls with ``code``."""

    def __init__(self, code: int, polls: int, log: List[str]) -> None:
        self.code, self.polls, self.progress, self.peak_mb = code, polls, 0.0, 100.0
        self.stopped = False
        self.log = log

    def poll(self) -> Optional[int]:
        if self.stopped:
            return -9
        self.polls -= 1
        self.progress = 0.5
        return self.code if self.polls <= 0 else None

    def stop(self) -> None:
        self.stopped = True

    def error(self) -> str:
        return "3 AHP weights: MATRIX: the matrix is empty"


class FakeLauncher:
    def __init__(self, failing=(), polls: int = 2, endless=()) -> None:
        self.failing, self.polls, self.endless = set(failing), polls, set(endless)
        self.started: List[str] = []
        self.workers: Dict[str, FakeWorker] = {}

    def start(self, municipality, parameters, log_path):
        self.started.append(municipality.code)
        polls = 10**9 if municipality.code in self.endless else self.polls
        worker = FakeWorker(1 if municipality.code in self.failing else 0, polls, [])
        self.workers[municipality.code] = worker
        return worker


class FakeStore:
    """Markers and claims in memory; ``shared`` claims can be shared by two stores (two worker groups)."""

    def __init__(self, shared: Optional[dict] = None, name: str = "A") -> None:
        self.markers: Dict[str, dict] = {}
        self.claims = shared if shared is not None else {}
        self.name = name
        self.staged: Dict[str, Staged] = {}
        self.discarded: List[str] = []
        self.lock = threading.Lock()

    def finished(self, code):
        return self.markers.get(code)

    def claim(self, code):
        with self.lock:
            if self.claims.get(code, self.name) != self.name:
                return False
            self.claims[code] = self.name
            return True

    def release(self, code):
        with self.lock:
            if self.claims.get(code) == self.name:
                del self.claims[code]

    def keep_alive(self):
        pass

    def begin(self, municipality, token):
        staged = Staged(municipality.code, token, "in", {"exposure:SUMMARY": "x"}, "log")
        self.staged[municipality.code] = staged
        return staged

    def read_summaries(self, staged):
        exposure = pd.DataFrame(
            {
                "area_name": ["ALL"],
                "hazard_type": ["any"],
                "hazard_level": ["alta"],
                "population": [5.0],
                "migrants": [1.0],
            }
        )
        return exposure, None, None

    def publish(self, staged, marker):
        self.markers[staged.code] = marker

    def discard(self, staged, failed):
        self.discarded.append(staged.code)


MUNICIPALITIES = [
    Municipality(code, name, shapely.box(0, 0, 1, 1))
    for code, name in (
        ("54001", "CÚCUTA"),
        ("54261", "EL ZULIA"),
        ("54405", "LOS PATIOS"),
        ("54874", "VILLA DEL ROSARIO"),
    )
]


def _prepare(digests: Optional[Dict[str, str]] = None, refuse=()):
    def prepare(municipality):
        if municipality.code in refuse:
            raise InputError("no feature of asentamientos lies in this municipality")
        digest = (digests or {}).get(municipality.code, "d-" + municipality.code)
        return Prepared(digest, lambda folder: {"SETTLEMENTS": folder})

    return prepare


def _run(store, launcher, prepare=None, settings="s1", **kw):
    messages: List[str] = []
    run = NationalRun(
        MUNICIPALITIES,
        store,
        launcher,
        prepare or _prepare(),
        settings,
        parallel=2,
        info=messages.append,
        warn=messages.append,
        poll_s=0.001,
        wait_s=0.01,
        **kw,
    )
    return run, run.run(), messages


def test_a_failure_stops_nothing_and_leaves_nothing():
    store, launcher = FakeStore(), FakeLauncher(failing={"54261"})
    _, outcomes, messages = _run(store, launcher, _prepare(refuse={"54405"}))
    status = {o.municipality.code: o.status for o in outcomes}
    assert status == {"54001": FINISHED, "54261": FAILED, "54405": FAILED, "54874": FINISHED}
    assert sorted(store.markers) == ["54001", "54874"]
    assert "54405" not in launcher.started  # refused before any worker
    assert store.discarded == ["54261"] and not store.claims
    failed = {o.municipality.code: o.message for o in outcomes if o.status == FAILED}
    assert "AHP weights" in failed["54261"] and "asentamientos" in failed["54405"]
    marker = store.markers["54001"]
    assert marker["settings"] == "s1" and marker["inputs"] == "d-54001" and marker["divipola"] == "54001"
    assert {"indicator": "pop_alta", "subject": "any", "value": 5.0, "unit": "persons"} in marker["records"]
    assert any("54261 EL ZULIA: failed" in m for m in messages)


def test_resume_skips_what_is_finished_with_the_same_data_and_settings():
    store = FakeStore()
    _run(store, FakeLauncher(failing={"54261"}))
    tokens = {code: m["token"] for code, m in store.markers.items()}
    launcher = FakeLauncher()
    _, outcomes, _ = _run(store, launcher)
    assert launcher.started == ["54261"]  # only the one that failed runs again
    assert {o.municipality.code: o.status for o in outcomes} == {
        "54001": SKIPPED,
        "54261": FINISHED,
        "54405": SKIPPED,
        "54874": SKIPPED,
    }
    assert all(store.markers[code]["token"] == token for code, token in tokens.items())
    # new data for one municipality: that one again; new settings: all again
    launcher = FakeLauncher()
    _run(store, launcher, _prepare({"54405": "changed"}))
    assert launcher.started == ["54405"]
    launcher = FakeLauncher()
    _run(store, launcher, settings="s2")
    assert sorted(launcher.started) == [m.code for m in MUNICIPALITIES]
    launcher = FakeLauncher()
    _run(store, launcher, settings="s2", redo=True)
    assert sorted(launcher.started) == [m.code for m in MUNICIPALITIES]


def test_cancel_stops_the_running_and_keeps_the_finished():
    store = FakeStore()
    launcher = FakeLauncher(polls=3, endless={"54405", "54874"})
    with pytest.raises(Cancelled):
        _run(store, launcher, is_canceled=lambda: len(launcher.started) == 4 and len(store.markers) >= 2)
    assert sorted(store.markers) == ["54001", "54261"]
    assert all(launcher.workers[c].stopped for c in ("54405", "54874"))
    assert sorted(store.discarded) == ["54405", "54874"] and not store.claims


def test_time_limit():
    store, launcher = FakeStore(), FakeLauncher(endless={"54001"})
    _, outcomes, _ = _run(store, launcher, timeout_s=0.05)
    first = outcomes[0]
    assert first.status == FAILED and "time limit" in first.message and launcher.workers["54001"].stopped
    assert [o.status for o in outcomes[1:]] == [FINISHED] * 3


def test_two_worker_groups_share_the_work():
    claims: dict = {}
    a, b = FakeStore(claims, "A"), FakeStore(claims, "B")
    b.markers = a.markers  # one database
    launchers = {"A": FakeLauncher(polls=30), "B": FakeLauncher(polls=30)}
    results = {}

    def group(store):
        results[store.name] = _run(store, launchers[store.name], worker_name=store.name)[1]

    threads = [threading.Thread(target=group, args=(s,)) for s in (a, b)]
    for thread in threads:
        thread.start()
        time.sleep(0.005)
    for thread in threads:
        thread.join(30)
    ran_a, ran_b = set(launchers["A"].started), set(launchers["B"].started)
    assert ran_a.isdisjoint(ran_b) and ran_a | ran_b == {m.code for m in MUNICIPALITIES}
    assert ran_a and ran_b
    for name, mine in (("A", ran_a), ("B", ran_b)):
        status = {o.municipality.code: o.status for o in results[name]}
        assert len(status) == 4
        assert all(status[code] == (FINISHED if code in mine else ELSEWHERE) for code in status), status


def test_a_group_that_disappears_is_taken_over():
    claims = {"54001": "gone"}  # claimed by a group that stopped: its claim ends with it
    store = FakeStore(claims, "A")
    timer = threading.Timer(0.1, lambda: claims.pop("54001"))
    timer.start()
    launcher = FakeLauncher()
    _, outcomes, messages = _run(store, launcher)
    timer.join()
    assert "54001" in launcher.started and outcomes[0].status == FINISHED
    assert any("another worker group is running it" in m for m in messages)


def test_national_chart_shows_the_most_exposed_municipalities():
    from migrant_planning_plugin.core.national_chart import national_summary_chart

    rows = []
    for k in range(45):
        code = f"54{k:03d}"
        rows += [
            (code, f"M{k}", "pop_alta", "any", 100.0 * k, "persons"),
            (code, f"M{k}", "mig_alta", "any", 10.0 * k, "persons"),
            (code, f"M{k}", "coverage", "salud", 0.5, "share"),
            (code, f"M{k}", "land_demand_ha", "Tendencial", 12.0, "ha"),
        ]
    summary = pd.DataFrame(rows, columns=list(national.SUMMARY_COLUMNS))
    figure = national_summary_chart(summary, top=40)
    hazard = figure.axes[0]
    labels = [t.get_text() for t in hazard.get_yticklabels()]
    assert len(labels) == 40 and labels[-1] == "M44 (54044)" and labels[0] == "M5 (54005)"  # the 40 most exposed
    assert "40" in figure._suptitle.get_text() and "45" in figure._suptitle.get_text()
    empty = national_summary_chart(summary.iloc[:0])
    assert "No finished municipality" in empty.axes[0].texts[0].get_text()


def test_mgn_fields_are_recognised():
    from migrant_planning_plugin.core.fields import detect_field

    mgn = ["DPTO_CCDGO", "MPIO_CCDGO", "MPIO_CNMBR", "MPIO_CRSLC", "MPIO_NAREA", "MPIO_CDPMP", "VERSION", "SHAPE_AREA"]
    assert detect_field(mgn, "municipality") == "MPIO_CDPMP"  # never MPIO_CCDGO, the municipal part alone
    assert detect_field(mgn, "municipality_name") == "MPIO_CNMBR"
    assert detect_field(["OBJECTID", "COD_MPIO", "NOM_MPIO"], "municipality") == "COD_MPIO"
    assert detect_field(["OBJECTID", "COD_MPIO", "NOM_MPIO"], "municipality_name") == "NOM_MPIO"
    assert detect_field(["codigo", "nombre"], "municipality") is None


def test_indicators_go_by_the_summaries_flags_not_the_names():
    """Summaries with the flag columns (issue 14): an area a user named 'ALL' is not the municipality, and the
    any-hazard rows are the flagged ones (the user's hazard type 'Any' was renamed by the exposure run)."""
    exposure = pd.DataFrame(
        [
            # area, type, level, population, migrants, all_areas, any_hazard
            ("ALL", "inundación", "alta", 100.0, 30.0, 1, 0),
            ("ALL", "Any (2)", "alta", 40.0, 10.0, 1, 0),
            ("ALL", "any", "alta", 120.0, 35.0, 1, 1),
            ("ALL", "any", "none", 880.0, 65.0, 1, 1),
            ("ALL", "any", "alta", 999.0, 99.0, 0, 1),  # a reporting area the user named ALL
            ("ALL", "any", "none", 999.0, 99.0, 0, 1),
        ],
        columns=["area_name", "hazard_type", "hazard_level", "population", "migrants", "all_areas", "any_hazard"],
    )
    access = pd.DataFrame(
        [
            ("ALL", "salud", 1000.0, 500.0, 100.0, 10.0, 0),  # the user's area named ALL
            ("ALL", "salud", 1000.0, 800.0, 100.0, 40.0, 1),
        ],
        columns=[
            "area_name",
            "facility_type",
            "population",
            "population_covered",
            "migrants",
            "migrants_covered",
            "all_areas",
        ],
    )
    got = {(r.indicator, r.subject): r.value for r in national.indicators(exposure, access, None).itertuples()}
    assert got[("population", "")] == 1000.0 and got[("migrants", "")] == 100.0
    assert got[("pop_alta", "any")] == 120.0 and got[("pop_alta", "Any (2)")] == 40.0
    assert got[("pop_alta", "inundación")] == 100.0
    assert got[("coverage", "salud")] == pytest.approx(0.8) and got[("coverage_migrants", "salud")] == 0.4
