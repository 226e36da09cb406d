"""The inputs of planning_report: outputs of the other algorithms run on the case window, made on demand.

``derive(data, role)`` runs the algorithm that makes ``role`` (with the matrix's clean parameters) once per
:class:`.cases.CaseData`, reads its output back and registers it as one more role, so that the recipes of
:mod:`.cases` break it like any other layer: an empty exposure layer, a summary with a misnamed column or text
in a numeric one, non-ASCII area names, a suitability raster of nodata or in another CRS, and so on.
Needs the plugin's provider registered (every test that asks for these roles has the ``provider`` fixture).
"""

from __future__ import annotations

import shutil
from typing import Dict, Tuple

import geopandas as gpd
import pandas as pd

from .cases import CaseData

# role -> (algorithm, output parameter)
PRODUCERS: Dict[str, Tuple[str, str]] = {
    "exposure": ("settlement_exposure", "OUTPUT"),
    "exposure_summary": ("settlement_exposure", "SUMMARY"),
    "access_summary": ("service_access", "SUMMARY"),
    "report_suitability": ("site_suitability", "OUTPUT"),
    "ranked": ("rank_candidate_sites", "OUTPUT"),
    "sensitivity": ("weight_sensitivity", "OUTPUT"),
    "scenario_summary": ("growth_scenarios", "SUMMARY"),
}


def _results(data: CaseData, alg_id: str) -> dict:
    """The outputs of one clean run of ``alg_id`` on the window (once per CaseData)."""
    from .matrix import ALGORITHMS
    from .runner import run

    done = data.__dict__.setdefault("_derived_runs", {})
    if alg_id not in done:
        folder = data.folder / f"derived_{alg_id}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        record = run(alg_id, ALGORITHMS[alg_id].params("clean", data, folder))
        assert record.ok, f"{alg_id}: {record.message}"
        done[alg_id] = record.results
    return done[alg_id]


def derive(data: CaseData, role: str) -> None:
    """Make ``role`` available in ``data`` (a frame for a vector role, a base raster for a raster role)."""
    alg_id, output = PRODUCERS[role]
    path = str(_results(data, alg_id)[output])
    if role == "report_suitability":  # a real site_suitability output: its metadata feed the report's tables
        target = data.folder / "base_report_suitability.tif"
        shutil.copyfile(path, target)
        data.base_rasters[role] = str(target)
        return
    frame = gpd.read_file(path.split("|", 1)[0], engine="fiona")
    if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.notna().any():
        data.frames[role] = frame.reset_index(drop=True)
    else:  # a table: no geometry column
        data.frames[role] = pd.DataFrame(frame.drop(columns="geometry", errors="ignore")).reset_index(drop=True)
