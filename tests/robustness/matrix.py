"""The bad-input matrix: for every algorithm, what each case feeds it and what must come out.

One :class:`Alg` entry per algorithm: its base parameters (the clean sample-city window), the layer
each parameter reads (its *role*), and per case either the parameters the case changes (a layer
replaced by its broken twin from :mod:`.cases`, or a field or text parameter) with the expected
outcome, or a reason why the case does not apply. Adding an algorithm is adding one entry to
:data:`ALGORITHMS`.

Outcomes:

* :class:`Ok` — a result; ``warns`` lists texts that must have reached the feedback as warnings;
  ``same`` says the key numbers must equal the clean run's to 1e-6 relative; ``check`` is an extra
  assertion on the outputs.
* :class:`Refused` — a ``QgsProcessingException`` whose message holds every text of ``says`` (the layer,
  the field or parameter, what to do).
* :class:`NotApplicable` — the case cannot be put to this algorithm (written in the table with its reason).

``python -m tests.robustness.matrix`` prints the table of docs/robustness.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Optional, Tuple, Union

import numpy as np

from .cases import CaseData

CASES: Tuple[str, ...] = (
    "empty",
    "null_geometries",
    "invalid_geometries",
    "multipart",
    "z_m",
    "curved",
    "geographic_crs",
    "mixed_crs",
    "no_overlap",
    "misnamed_field",
    "missing_field",
    "text_in_numeric",
    "bad_numbers",
    "duplicate_ids",
    "non_ascii",
    "unknown_levels",
    "raster_nodata",
    "raster_other_crs",
    "millions",
    "no_crs",
    "undefined_crs",
    "raster_no_crs",
    # issue 14: outputs over inputs, layers of the wrong kind, invalid filters
    "output_is_input",
    "wrong_geometry_kind",
    "points_in_polygons",
    "invalid_filter",
)
CASE_TITLES: Dict[str, str] = {
    "empty": "empty layer",
    "null_geometries": "all geometries null",
    "invalid_geometries": "invalid geometries (bow-tie, self-touching ring, duplicate vertices, spike)",
    "multipart": "multipart",
    "z_m": "Z and M values",
    "curved": "curved geometries (GeoPackage)",
    "geographic_crs": "geographic CRS (EPSG:4326)",
    "mixed_crs": "layers in different CRSs",
    "no_overlap": "layers that do not overlap",
    "misnamed_field": "misnamed field (not detected)",
    "missing_field": "field parameter naming a missing field",
    "text_in_numeric": "text in a numeric field",
    "bad_numbers": "zero, negative, null and NaN values",
    "duplicate_ids": "duplicate ids",
    "non_ascii": "non-ASCII file, layer, field and values",
    "unknown_levels": "hazard levels not in the map",
    "raster_nodata": "raster all nodata",
    "raster_other_crs": "raster in another CRS and resolution",
    "millions": "coordinates in the tens of millions",
    "no_crs": "a layer without CRS (FlatGeobuf, metres)",
    "undefined_crs": "metres labelled as degrees (GeoPackage without CRS)",
    "raster_no_crs": "a raster without CRS",
    "output_is_input": "an output written over an input file",
    "wrong_geometry_kind": "a layer of another geometry kind (roads as settlements)",
    "points_in_polygons": "points stored in a polygon layer",
    "invalid_filter": "a layer filter that is not valid",
}

# A parameter's new value for a case: a layer case name applied to the parameter's role (str), or a value.
Change = Union[str, "Value", "FileOf", "RoleLayer", "Filtered"]


@dataclass(frozen=True)
class Value:
    """A literal parameter value (a field name, a text)."""

    value: object


@dataclass(frozen=True)
class FileOf:
    """The file of another parameter's layer (an output written over an input)."""

    parameter: str

    def __str__(self) -> str:
        return f"the file of {self.parameter}"


@dataclass(frozen=True)
class RoleLayer:
    """The clean layer of another role (the roads given as settlements)."""

    role: str

    def __str__(self) -> str:
        return f"the {self.role} layer"


@dataclass(frozen=True)
class Filtered:
    """The parameter's clean layer with a filter (a subset string) in its URI."""

    subset: str

    def __str__(self) -> str:
        return f"clean, filter {self.subset!r}"


@dataclass(frozen=True)
class Ok:
    """The run succeeds; the warnings must reach the feedback; ``same`` = key numbers equal the clean run's."""

    warns: Tuple[str, ...] = ()
    same: bool = False
    check: Optional[Callable[..., None]] = None
    note: str = ""


@dataclass(frozen=True)
class Refused:
    """The run stops with a QgsProcessingException whose message holds each text of ``says``."""

    says: Tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class NotApplicable:
    """The case cannot be given to the algorithm."""

    reason: str


Outcome = Union[Ok, Refused, NotApplicable]


@dataclass
class Alg:
    """One algorithm of the matrix."""

    id: str
    roles: Dict[str, str]  # parameter -> role in CaseData ("raster:dem" for rasters)
    base: Callable[[Path], dict]  # the non-layer parameters, outputs under the given folder
    cases: Dict[str, Tuple[Dict[str, Change], Outcome]]
    totals: Optional[Callable[[dict], np.ndarray]] = None
    outputs: Tuple[str, ...] = ()
    defaults: Dict[str, Change] = field(default_factory=dict)

    def params(self, case: str, data: CaseData, folder: Path, like: str = "") -> dict:
        """The full parameters of ``case`` (``'clean'`` for the clean run).

        ``like``: the clean run with the same inputs as that case (a parameter that is left out by default and
        that the case gives gets its clean layer): the run a case's "= clean run" compares with.
        """
        params = self.base(folder)
        changes = {} if case == "clean" else self.cases[case][0]
        given = {p for p in self.cases[like][0] if p in self.defaults} if like else set()
        for parameter, role in self.roles.items():
            if parameter in given and parameter not in changes:
                change = None
            else:
                change = changes.get(parameter, self.defaults.get(parameter))
            if isinstance(change, Value):
                params[parameter] = change.value
                continue
            if isinstance(change, RoleLayer):
                params[parameter] = data.uri(change.role)
                continue
            if isinstance(change, Filtered):
                params[parameter] = data.uri(role) + "|subset=" + change.subset
                continue
            if role.startswith("raster:"):
                params[parameter] = data.raster(role[7:], change)
            else:
                params[parameter] = data.uri(role, change)
        for parameter, change in changes.items():
            if isinstance(change, FileOf):
                params[parameter] = params[change.parameter].split("|", 1)[0]
            elif parameter not in self.roles:
                params[parameter] = change.value if isinstance(change, Value) else change
        for parameter, value in params.items():
            if isinstance(value, str) and "__FOLDER__" in value:
                params[parameter] = value.replace("__FOLDER__", str(folder))
        return params

    def outcome(self, case: str) -> Outcome:
        """The expected outcome of ``case`` (as documented in docs/robustness.md)."""
        return self.cases[case][1]

    def expected(self, case: str) -> Outcome:
        """The outcome of ``case`` on the running QGIS: QGIS 3.40 reads a GeoPackage layer without CRS
        ("Undefined geographic SRS") as a layer with no CRS, not as degrees, so there the plugin does what it does
        for a layer without CRS (a warning, the coordinates taken to be in the CRS of the analysis)."""
        outcome = self.outcome(case)
        if case == "undefined_crs" and isinstance(outcome, Refused) and undefined_srs_reads_as_no_crs():
            return self.outcome("no_crs")
        return outcome

    def clean_key(self, case: str) -> Tuple[str, ...]:
        """Which clean run ``case`` is compared with: the optional inputs it gives (see :meth:`params`)."""
        return tuple(sorted(p for p in self.cases[case][0] if p in self.defaults))


@lru_cache(maxsize=1)
def undefined_srs_reads_as_no_crs() -> bool:
    """Whether this QGIS gives a GeoPackage layer written without CRS no CRS at all (QGIS 3.40) rather than the
    geographic "Undefined geographic SRS" (QGIS 3.22)."""
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    path = Path(tempfile.mkdtemp()) / "undefined_srs.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    source.CreateLayer("points", None, ogr.wkbPoint)
    source = None
    return not QgsVectorLayer(f"{path}|layername=points", "points", "ogr").crs().isValid()


def _na(reason: str) -> Tuple[Dict[str, Change], Outcome]:
    return {}, NotApplicable(reason)


# ------------------------------------------------------------------------------------------------ helpers
def read_table(path: str):
    """A GeoPackage/any OGR output as a (Geo)DataFrame (fiona)."""
    import geopandas as gpd

    return gpd.read_file(path.split("|", 1)[0], engine="fiona")


def _sorted_numbers(frame, columns) -> np.ndarray:
    return np.concatenate([np.nan_to_num(frame[c].to_numpy(dtype=float), nan=-1.0) for c in columns])


# ------------------------------------------------------------------------------------------------ exposure
def _exposure_totals(results: dict) -> np.ndarray:
    summary = read_table(results["SUMMARY"]).sort_values(["area_name", "hazard_type", "hazard_level"])
    return _sorted_numbers(summary, ["features", "area_ha", "population", "migrants", "households"])


def _population_conserved(results: dict, alg: Alg, data: CaseData) -> None:
    """Levels + none of the type 'any' in the area ALL add up to the layer's population."""
    summary = read_table(results["SUMMARY"])
    rows = summary[(summary["area_name"] == "ALL") & (summary["hazard_type"] == "any")]
    expected = data.frames["settlements"]["poblacion"].sum()
    assert abs(rows["population"].sum() - expected) <= 1e-6 * expected, (rows["population"].sum(), expected)


def _bad_population_counts_as_zero(results: dict, alg: Alg, data: CaseData) -> None:
    """NULL and NaN count as 0; zero and negative values are kept (documented): the ALL total shows it."""
    summary = read_table(results["SUMMARY"])
    rows = summary[(summary["area_name"] == "ALL") & (summary["hazard_type"] == "any")]
    values = data.frames["settlements"]["poblacion"].astype(float).to_numpy().copy()
    even = np.arange(0, len(values), 2)
    values[even] = np.array([0.0, -5.0, 0.0, 0.0])[(even // 2) % 4]
    assert abs(rows["population"].sum() - values.sum()) <= 1e-6 * abs(values.sum())


def _features_not_merged(results: dict, alg: Alg, data: CaseData) -> None:
    """Duplicate ids: every input feature is its own output feature."""
    out = read_table(results["OUTPUT"])
    role = alg.roles[next(iter(alg.cases["duplicate_ids"][0]))]
    assert len(out) == len(data.frames[role]), (len(out), len(data.frames[role]))


def _names_kept(results: dict, alg: Alg, data: CaseData) -> None:
    """Non-ASCII text arrives in the output unchanged."""
    out = read_table(results["OUTPUT"])
    texts = " ".join(str(v) for column in out.columns if out[column].dtype == object for v in out[column].tolist())
    assert "Ñandú – Barrio Éxito 🏠" in texts


SETTLEMENT_EXPOSURE = Alg(
    id="settlement_exposure",
    roles={"SETTLEMENTS": "settlements", "HAZARDS": "hazards", "AREAS": "areas"},
    base=lambda folder: {"OUTPUT": str(folder / "exposure.gpkg"), "SUMMARY": str(folder / "summary.gpkg")},
    outputs=("OUTPUT", "SUMMARY"),
    totals=_exposure_totals,
    cases={
        "empty": ({"SETTLEMENTS": "empty"}, Ok(warns=("no features to analyse",))),
        "null_geometries": ({"SETTLEMENTS": "null_geometries"}, Ok(warns=("without a usable geometry",))),
        "invalid_geometries": (
            {"SETTLEMENTS": "invalid_geometries", "HAZARDS": "invalid_geometries"},
            Ok(warns=("repaired",), check=_population_conserved),
        ),
        "multipart": (
            {"SETTLEMENTS": "multipart"},
            Ok(same=True, note="each settlement cut in two parts; the zones are multipolygons already"),
        ),
        "z_m": ({"SETTLEMENTS": "z_m", "HAZARDS": "z_m", "AREAS": "z_m"}, Ok(same=True)),
        "curved": (
            {"SETTLEMENTS": "curved", "HAZARDS": "curved", "AREAS": "curved"},
            Ok(check=_population_conserved),
        ),
        "geographic_crs": (
            {"SETTLEMENTS": "geographic_crs", "HAZARDS": "geographic_crs", "AREAS": "geographic_crs"},
            Ok(same=True),
        ),
        "mixed_crs": ({"SETTLEMENTS": "geographic_crs", "HAZARDS": "other_projected_crs"}, Ok(same=True)),
        "no_overlap": ({"HAZARDS": "no_overlap"}, Ok(warns=("do not overlap",), check=_population_conserved)),
        "misnamed_field": ({"SETTLEMENTS": "misnamed_field"}, Ok(warns=("no field for population",))),
        "missing_field": (
            {"POPULATION_FIELD": Value("poblacion_2023")},
            Refused(says=("settlements", "poblacion_2023", "POPULATION_FIELD")),
        ),
        "text_in_numeric": (
            {"SETTLEMENTS": "text_in_numeric"},
            Refused(says=("settlements", "poblacion", "not numeric", "to_real")),
        ),
        "bad_numbers": (
            {"SETTLEMENTS": "bad_numbers"},
            Ok(
                warns=("no value in 'poblacion'", "negative value in 'poblacion'"), check=_bad_population_counts_as_zero
            ),
        ),
        "duplicate_ids": (
            {"SETTLEMENTS": "duplicate_ids"},
            Ok(warns=("share their value of 'codigo'",), check=_features_not_merged),
        ),
        "non_ascii": (
            {"SETTLEMENTS": "non_ascii", "HAZARDS": "non_ascii", "AREAS": "non_ascii"},
            Ok(same=True, check=_names_kept),
        ),
        "unknown_levels": ({"HAZARDS": "unknown_levels"}, Refused(says=("'??' (", "zones", "LEVEL_MAP"))),
        "raster_nodata": _na("no raster input"),
        "raster_other_crs": _na("no raster input"),
        "millions": ({"SETTLEMENTS": "millions", "HAZARDS": "millions", "AREAS": "millions"}, Ok(same=True)),
        "no_crs": ({"SETTLEMENTS": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"SETTLEMENTS": "undefined_crs"},
            Refused(says=("settlements", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": _na("no raster input"),
    },
)


def _facility_totals(results: dict) -> np.ndarray:
    summary = read_table(results["SUMMARY"]).sort_values(["facility_type", "hazard_type", "hazard_level"])
    return _sorted_numbers(summary, ["facilities", "capacity"])


def _bad_capacity(results: dict, alg: Alg, data: CaseData) -> None:
    """NULL and NaN capacity count as 0, zero and negative are kept; every facility is still counted."""
    summary = read_table(results["SUMMARY"])
    rows = summary[(summary["facility_type"] == "ALL") & (summary["hazard_type"] == "any")]
    values = data.frames["facilities"]["capacidad"].astype(float).to_numpy().copy()
    even = np.arange(0, len(values), 2)
    values[even] = np.array([0.0, -5.0, 0.0, 0.0])[(even // 2) % 4]
    assert abs(rows["capacity"].sum() - values.sum()) <= 1e-6 * abs(values.sum())
    assert rows["facilities"].sum() == len(values)


FACILITY_EXPOSURE = Alg(
    id="facility_exposure",
    roles={"FACILITIES": "facilities", "HAZARDS": "hazards"},
    base=lambda folder: {"OUTPUT": str(folder / "facilities.gpkg"), "SUMMARY": str(folder / "summary.gpkg")},
    outputs=("OUTPUT", "SUMMARY"),
    totals=_facility_totals,
    cases={
        "empty": ({"FACILITIES": "empty"}, Ok(warns=("no features to analyse",))),
        "null_geometries": ({"FACILITIES": "null_geometries"}, Ok(warns=("without a usable geometry",))),
        "invalid_geometries": ({"HAZARDS": "invalid_geometries"}, Ok(warns=("repaired",))),
        "multipart": (
            {"FACILITIES": "multipart"},
            Ok(same=True, note="multipoints; the zones are multipolygons already"),
        ),
        "z_m": ({"FACILITIES": "z_m", "HAZARDS": "z_m"}, Ok(same=True)),
        "curved": ({"HAZARDS": "curved"}, Ok(note="points have no curved form: the hazard zones are curved")),
        "geographic_crs": ({"FACILITIES": "geographic_crs", "HAZARDS": "geographic_crs"}, Ok(same=True)),
        "mixed_crs": ({"FACILITIES": "geographic_crs", "HAZARDS": "other_projected_crs"}, Ok(same=True)),
        "no_overlap": ({"HAZARDS": "no_overlap"}, Ok(warns=("do not overlap",))),
        "misnamed_field": (
            {"HAZARDS": "misnamed_field"},
            Ok(same=True, note="the level field is recognised by its values (alta, media, baja)"),
        ),
        "missing_field": (
            {"CAPACITY_FIELD": Value("cupos_2023")},
            Refused(says=("facilities", "cupos_2023", "CAPACITY_FIELD")),
        ),
        "text_in_numeric": (
            {"FACILITIES": "text_in_numeric"},
            Refused(says=("facilities", "capacidad", "not numeric", "to_real")),
        ),
        "bad_numbers": (
            {"FACILITIES": "bad_numbers"},
            Ok(warns=("no value in 'capacidad'", "negative value in 'capacidad'"), check=_bad_capacity),
        ),
        "duplicate_ids": (
            {"FACILITIES": "duplicate_ids"},
            Ok(check=_features_not_merged, note="ids are not used: no warning needed"),
        ),
        "non_ascii": ({"FACILITIES": "non_ascii", "HAZARDS": "non_ascii"}, Ok(same=True, check=_names_kept)),
        "unknown_levels": ({"HAZARDS": "unknown_levels"}, Refused(says=("'??' (", "zones", "LEVEL_MAP"))),
        "raster_nodata": _na("no raster input"),
        "raster_other_crs": _na("no raster input"),
        "millions": ({"FACILITIES": "millions", "HAZARDS": "millions"}, Ok(same=True)),
        "no_crs": ({"FACILITIES": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"FACILITIES": "undefined_crs"},
            Refused(says=("facilities", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": _na("no raster input"),
    },
)


# ------------------------------------------------------------------------------------------------ access
def _access_totals(results: dict) -> np.ndarray:
    summary = read_table(results["SUMMARY"]).sort_values(["area_name", "facility_type"])
    return _sorted_numbers(summary, ["population", "population_covered", "migrants", "mean_cost", "unreachable"])


def _access_population(results: dict, alg: Alg, data: CaseData) -> None:
    """The summary's population equals the layer's, for every facility type."""
    summary = read_table(results["SUMMARY"])
    rows = summary[summary["area_name"] == "ALL"]
    expected = data.frames["settlements"]["poblacion"].sum()
    assert np.allclose(rows["population"], expected, rtol=1e-9)


def _access_bad_numbers(results: dict, alg: Alg, data: CaseData) -> None:
    """Empty or negative population counts as 0; facilities without a valid capacity get no ratio."""
    summary = read_table(results["SUMMARY"])
    values = data.frames["settlements"]["poblacion"].astype(float).to_numpy().copy()
    even = np.arange(0, len(values), 2)
    values[even] = 0.0
    rows = summary[summary["area_name"] == "ALL"]
    assert np.allclose(rows["population"], values.sum(), rtol=1e-9)
    facilities = read_table(results["FACILITIES_OUTPUT"])
    assert facilities["capacity"].isna().sum() == len(even_of(data.frames["facilities"]))


def even_of(frame) -> np.ndarray:
    return np.arange(0, len(frame), 2)


def _access_rows(results: dict, alg: Alg, data: CaseData) -> None:
    """One row per settlement and facility type: duplicate ids do not merge settlements."""
    out = read_table(results["OUTPUT"])
    n_types = data.frames["facilities"]["tipo"].nunique()
    assert len(out) == len(data.frames["settlements"]) * n_types
    assert out.groupby("facility_type")["demand_fid"].nunique().eq(len(data.frames["settlements"])).all()


SERVICE_ACCESS = Alg(
    id="service_access",
    roles={"DEMAND": "settlements", "FACILITIES": "facilities", "ROADS": "roads", "AREAS": "areas"},
    base=lambda folder: {
        "METHOD": 1,
        "TRAVEL_MODE": 1,
        "COST_UNIT": 1,
        "OUTPUT": str(folder / "access.gpkg"),
        "FACILITIES_OUTPUT": str(folder / "catchments.gpkg"),
        "SUMMARY": str(folder / "summary.gpkg"),
    },
    outputs=("OUTPUT", "FACILITIES_OUTPUT", "SUMMARY"),
    totals=_access_totals,
    cases={
        "empty": ({"DEMAND": "empty"}, Ok(warns=("no demand feature",))),
        "null_geometries": ({"DEMAND": "null_geometries"}, Ok(warns=("have no geometry",))),
        "invalid_geometries": (
            {"DEMAND": "invalid_geometries"},
            Ok(warns=("repaired",), check=_access_population),
        ),
        "multipart": (
            {"DEMAND": "multipart", "FACILITIES": "multipart", "ROADS": "multipart"},
            Ok(check=_access_population, note="a multipart settlement is represented by another inner point"),
        ),
        "z_m": ({"DEMAND": "z_m", "FACILITIES": "z_m", "ROADS": "z_m", "AREAS": "z_m"}, Ok(same=True)),
        "curved": ({"DEMAND": "curved", "ROADS": "curved", "AREAS": "curved"}, Ok(check=_access_population)),
        "geographic_crs": (
            {
                "DEMAND": "geographic_crs",
                "FACILITIES": "geographic_crs",
                "ROADS": "geographic_crs",
                "AREAS": "geographic_crs",
            },
            Ok(check=_access_population, note="edges densified before reprojection: inner points move a little"),
        ),
        "mixed_crs": (
            {"DEMAND": "geographic_crs", "ROADS": "other_projected_crs"},
            Ok(check=_access_population, note="edges densified before reprojection: inner points move a little"),
        ),
        "no_overlap": ({"FACILITIES": "no_overlap"}, Ok(warns=("do not overlap", "from the nearest road"))),
        "misnamed_field": (
            {"DEMAND": "misnamed_field"},
            Refused(says=("settlements", "population", "POPULATION_FIELD")),
        ),
        "missing_field": (
            {"CAPACITY_FIELD": Value("cupos_2023")},
            Refused(says=("facilities", "cupos_2023", "CAPACITY_FIELD")),
        ),
        "text_in_numeric": (
            {"DEMAND": "text_in_numeric"},
            Refused(says=("settlements", "poblacion", "not numeric", "to_real")),
        ),
        "bad_numbers": (
            {"DEMAND": "bad_numbers", "FACILITIES": "bad_numbers"},
            Ok(warns=("empty or negative population", "zero or negative capacity"), check=_access_bad_numbers),
        ),
        "duplicate_ids": (
            {"DEMAND": "duplicate_ids", "FACILITIES": "duplicate_ids"},
            Ok(warns=("share their value of 'codigo'",), check=_access_rows),
        ),
        "non_ascii": (
            {"DEMAND": "non_ascii", "FACILITIES": "non_ascii", "ROADS": "non_ascii", "AREAS": "non_ascii"},
            Ok(same=True, check=_names_kept),
        ),
        "unknown_levels": _na("no hazard input"),
        "raster_nodata": _na("no raster input"),
        "raster_other_crs": _na("no raster input"),
        "millions": (
            {"DEMAND": "millions", "FACILITIES": "millions", "ROADS": "millions", "AREAS": "millions"},
            Ok(same=True),
        ),
        "no_crs": ({"ROADS": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"DEMAND": "undefined_crs"},
            Refused(says=("settlements", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": _na("no raster input"),
    },
)


# ------------------------------------------------------------------------------------------------ AHP
MATRIX = "1,3,5,3;1/3,1,3,1;1/5,1/3,1,1/3;1/3,1,3,1"


def _ahp_totals(results: dict) -> np.ndarray:
    return np.array([float(v) for v in results["WEIGHTS"].split(",")] + [results["CR"]])


def _ahp_names(results: dict, alg: Alg, data: CaseData) -> None:
    """The names arrive unchanged in the weights table."""
    table = read_table(results["OUTPUT"])
    assert "Vías 🚌" in table["criterion"].tolist()


AHP_WEIGHTS = Alg(
    id="ahp_weights",
    roles={},
    base=lambda folder: {
        "MATRIX": MATRIX,
        "CRITERIA_NAMES": "salud,educacion,vias,pendiente",
        "OUTPUT": str(folder / "weights.gpkg"),
    },
    outputs=("OUTPUT",),
    totals=_ahp_totals,
    cases={
        "empty": ({"MATRIX": Value(" ")}, Refused(says=("MATRIX",))),
        "null_geometries": _na("no layer input"),
        "invalid_geometries": (
            {"MATRIX": Value("1,3;3,1"), "CRITERIA_NAMES": Value("")},
            Refused(says=("MATRIX", "row 1", "column 2", "Write 1/3")),
        ),
        "multipart": _na("no layer input"),
        "z_m": _na("no layer input"),
        "curved": _na("no layer input"),
        "geographic_crs": _na("no layer input"),
        "mixed_crs": _na("no layer input"),
        "no_overlap": _na("no layer input"),
        "misnamed_field": _na("no layer input"),
        "missing_field": ({"CRITERIA_NAMES": Value("salud,educacion,vias")}, Refused(says=("CRITERIA_NAMES", "4"))),
        "text_in_numeric": ({"MATRIX": Value("1,tres;1/tres,1")}, Refused(says=("MATRIX", "tres"))),
        "bad_numbers": (
            {"MATRIX": Value("1,0;nan,1"), "CRITERIA_NAMES": Value("")},
            Refused(says=("MATRIX", "'nan'", "row 2", "column 1", "not a number")),
        ),
        "duplicate_ids": (
            {"CRITERIA_NAMES": Value("salud,salud,vias,pendiente")},
            Refused(says=("CRITERIA_NAMES", "salud")),
        ),
        "non_ascii": ({"CRITERIA_NAMES": Value("Salud,Educación,Vías 🚌,Pendiente")}, Ok(same=True, check=_ahp_names)),
        "unknown_levels": _na("no hazard input"),
        "raster_nodata": _na("no raster input"),
        "raster_other_crs": _na("no raster input"),
        "millions": _na("no layer input"),
        "no_crs": _na("no layer input"),
        "undefined_crs": _na("no layer input"),
        "raster_no_crs": _na("no raster input"),
    },
)


# ------------------------------------------------------------------------------------------------ suitability
SUITABILITY_ROLES = {
    "AOI": "aoi",
    "FACILITIES": "facilities",
    "ROADS": "roads",
    "SETTLEMENTS": "settlements",
    "DEM": "raster:dem",
    "HAZARDS": "hazards",
    "LAND_USE": "land_use",
    "WATER": "water",
}
ALL_VECTORS = ("AOI", "FACILITIES", "ROADS", "SETTLEMENTS", "HAZARDS", "LAND_USE", "WATER")


def _raster_totals(results: dict) -> np.ndarray:
    from osgeo import gdal

    ds = gdal.Open(results["OUTPUT"])
    values = ds.GetRasterBand(1).ReadAsArray().astype(float)
    valid = values != -9999
    classes = gdal.Open(results["CLASSIFIED"]).ReadAsArray()
    return np.concatenate(
        [[valid.sum(), values[valid].sum(), values[valid].min(), values[valid].max()], np.bincount(classes.ravel())]
    )


def _suitability_cases(primary: str, empty: Outcome, null: Outcome) -> Dict[str, Tuple[Dict[str, Change], Outcome]]:
    """The cases shared by site_suitability and weight_sensitivity; ``primary`` is their own layer (or AOI)."""
    every = {p: "geographic_crs" for p in ALL_VECTORS}
    millions = {p: "millions" for p in ALL_VECTORS}
    millions["DEM"] = "millions"
    non_ascii = {p: "non_ascii" for p in ALL_VECTORS}
    non_ascii["DEM"] = "non_ascii"
    extra = {"CANDIDATES": "candidates"} if primary == "CANDIDATES" else {}

    def withc(changes: dict, case: str) -> dict:
        out = dict(changes)
        for parameter in extra:
            out.setdefault(parameter, case)
        return out

    return {
        "empty": ({primary: "empty"}, empty),
        "null_geometries": ({primary: "null_geometries"}, null),
        "invalid_geometries": (
            withc({"HAZARDS": "invalid_geometries", "LAND_USE": "invalid_geometries"}, "invalid_geometries"),
            Ok(warns=("repaired",)),
        ),
        "multipart": (
            {"HAZARDS": "multipart", "LAND_USE": "multipart", "WATER": "multipart", "FACILITIES": "multipart"},
            Ok(same=True),
        ),
        "z_m": (withc({p: "z_m" for p in ALL_VECTORS}, "z_m"), Ok(same=True)),
        "curved": (withc({"HAZARDS": "curved", "LAND_USE": "curved", "ROADS": "curved"}, "curved"), Ok()),
        "geographic_crs": (withc(every, "geographic_crs"), Ok(same=True)),
        "mixed_crs": (
            withc({"AOI": "geographic_crs", "FACILITIES": "other_projected_crs"}, "other_projected_crs"),
            Ok(same=True),
        ),
        "no_overlap": ({"FACILITIES": "no_overlap"}, Ok(warns=("no feature lies within",))),
        "misnamed_field": ({"LAND_USE": "misnamed_field"}, Refused(says=("land_use", "land use", "LAND_USE_FIELD"))),
        "missing_field": (
            {"FACILITY_TYPE_FIELD": Value("tipo_2023")},
            Refused(says=("facilities", "tipo_2023")),
        ),
        "text_in_numeric": _na("the criteria read no numeric field of a layer (classes and distances only)"),
        "bad_numbers": _na("the criteria read no numeric field of a layer (classes and distances only)"),
        "duplicate_ids": _na("no id is read"),
        "non_ascii": (withc(non_ascii, "non_ascii"), Ok(same=True)),
        "unknown_levels": ({"HAZARDS": "unknown_levels"}, Refused(says=("'??' (", "zones", "LEVEL_MAP"))),
        "raster_nodata": ({"DEM": "raster_nodata"}, Refused(says=("raster_nodata_dem", "only nodata"))),
        "raster_other_crs": (
            {"DEM": "raster_other_crs"},
            Ok(note="DEM in EPSG:4326, about 25 m, warped onto the grid"),
        ),
        "millions": (withc(millions, "millions"), Ok(same=True)),
        "no_crs": (withc({"FACILITIES": "no_crs"}, "no_crs"), Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"AOI": "undefined_crs"},
            Refused(says=("aoi", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": ({"DEM": "raster_no_crs"}, Ok(warns=("has no CRS",), same=True)),
    }


SITE_SUITABILITY = Alg(
    id="site_suitability",
    roles=dict(SUITABILITY_ROLES),
    base=lambda folder: {
        "CELL_SIZE": 100.0,
        "OUTPUT": str(folder / "suitability.tif"),
        "CLASSIFIED": str(folder / "classes.tif"),
    },
    outputs=("OUTPUT", "CLASSIFIED"),
    totals=_raster_totals,
    cases=_suitability_cases(
        "AOI",
        Refused(says=("aoi", "no polygon")),
        Refused(says=("aoi", "no polygon")),
    ),
)
SITE_SUITABILITY.cases["empty"] = ({"FACILITIES": "empty"}, Ok(warns=("no features in",)))


def _rank_totals(results: dict) -> np.ndarray:
    out = read_table(results["OUTPUT"]).sort_values("codigo_predio")
    return _sorted_numbers(out, ["area_m2", "n_cells", "suit_mean", "suit_min", "suit_max", "share_top2", "rank"])


def _ranks_unique(results: dict, alg: Alg, data: CaseData) -> None:
    """Every parcel kept, ranks 1..n without ties or gaps."""
    out = read_table(results["OUTPUT"])
    assert len(out) == len(data.frames["candidates"])
    assert sorted(out["rank"].tolist()) == list(range(1, len(out) + 1))


def _all_rank_last(results: dict, alg: Alg, data: CaseData) -> None:
    """Every parcel kept, none with a suitability value."""
    out = read_table(results["OUTPUT"])
    assert len(out) == len(data.frames["candidates"]) and out["suit_mean"].isna().all()


def _exposure_joined_skipping_nan(results: dict, alg: Alg, data: CaseData) -> None:
    """The joined population field exists and has values (NULL and NaN skipped in the weighted mean)."""
    out = read_table(results["OUTPUT"])
    assert "exp_poblacion" in out.columns and np.isfinite(out["exp_poblacion"]).any()


RANK_CANDIDATE_SITES = Alg(
    id="rank_candidate_sites",
    roles={"CANDIDATES": "candidates", "SUITABILITY": "raster:suitability"},
    base=lambda folder: {"OUTPUT": str(folder / "ranked.gpkg")},
    outputs=("OUTPUT",),
    totals=_rank_totals,
    cases={
        "empty": ({"CANDIDATES": "empty"}, Ok(warns=("no parcels",))),
        "null_geometries": (
            {"CANDIDATES": "null_geometries"},
            Ok(warns=("have no suitability value",), check=_all_rank_last),
        ),
        "invalid_geometries": ({"CANDIDATES": "invalid_geometries"}, Ok(warns=("repaired",), check=_ranks_unique)),
        "multipart": ({"CANDIDATES": "multipart"}, Ok(same=True)),
        "z_m": ({"CANDIDATES": "z_m"}, Ok(same=True)),
        "curved": ({"CANDIDATES": "curved"}, Ok(check=_ranks_unique)),
        "geographic_crs": ({"CANDIDATES": "geographic_crs"}, Ok(same=True)),
        "mixed_crs": (
            {"CANDIDATES": "geographic_crs"},
            Ok(same=True, note="parcels in EPSG:4326, raster in EPSG:9377"),
        ),
        "no_overlap": (
            {"CANDIDATES": "no_overlap"},
            Ok(warns=("have no suitability value",), check=_all_rank_last),
        ),
        "misnamed_field": ({"CANDIDATES": "misnamed_field"}, Ok(check=_ranks_unique, note="ties broken by feature id")),
        "missing_field": (
            {"CANDIDATE_ID_FIELD": Value("cod_2023")},
            Refused(says=("candidates", "cod_2023", "CANDIDATE_ID_FIELD")),
        ),
        "text_in_numeric": _na("no numeric field is read from the parcels"),
        "bad_numbers": (
            {"EXPOSURE": "bad_numbers"},
            Ok(check=_exposure_joined_skipping_nan, note="a joined layer with 0, negative, NULL, NaN values"),
        ),
        "duplicate_ids": (
            {"CANDIDATES": "duplicate_ids"},
            Ok(warns=("share their value of 'codigo_predio'",), check=_ranks_unique),
        ),
        "non_ascii": ({"CANDIDATES": "non_ascii", "SUITABILITY": "non_ascii"}, Ok(same=True)),
        "unknown_levels": _na("no hazard input"),
        "raster_nodata": (
            {"SUITABILITY": "raster_nodata"},
            Ok(warns=("have no suitability value",), check=_all_rank_last),
        ),
        "raster_other_crs": ({"SUITABILITY": "raster_other_crs"}, Ok(check=_ranks_unique)),
        "millions": ({"CANDIDATES": "millions", "SUITABILITY": "millions"}, Ok(same=True)),
        "no_crs": ({"CANDIDATES": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"CANDIDATES": "undefined_crs"},
            Refused(says=("candidates", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": ({"SUITABILITY": "raster_no_crs"}, Ok(warns=("has no CRS",), same=True)),
    },
)
RANK_CANDIDATE_SITES.roles["EXPOSURE"] = "settlements"
RANK_CANDIDATE_SITES.defaults["EXPOSURE"] = Value(None)


def _sensitivity_totals(results: dict) -> np.ndarray:
    table = read_table(results["OUTPUT"]).sort_values("run")
    return _sorted_numbers(table, ["spearman", "top_kept", "area_top2_ha"])


WEIGHT_SENSITIVITY = Alg(
    id="weight_sensitivity",
    roles={**SUITABILITY_ROLES, "CANDIDATES": "candidates"},
    base=lambda folder: {"CELL_SIZE": 100.0, "CHANGES": "-20,20", "TOP_N": 5, "OUTPUT": str(folder / "runs.gpkg")},
    outputs=("OUTPUT",),
    totals=_sensitivity_totals,
    cases=_suitability_cases(
        "CANDIDATES",
        Refused(says=("candidates", "no parcels")),
        Ok(warns=("no usable geometry",)),
    ),
)
WEIGHT_SENSITIVITY.cases["duplicate_ids"] = (
    {"CANDIDATES": "duplicate_ids"},
    Ok(warns=("share their value of 'codigo_predio'",)),
)
WEIGHT_SENSITIVITY.cases["missing_field"] = (
    {"CANDIDATE_ID_FIELD": Value("cod_2023")},
    Refused(says=("candidates", "cod_2023", "CANDIDATE_ID_FIELD")),
)


# ------------------------------------------------------------------------------------------------ growth
SCENARIOS = [
    {
        "name": "Tendencial",
        "base_population": 8000,
        "base_year": 2024,
        "horizon_year": 2030,
        "growth_rate": 0.03,
        "household_size": 3.4,
        "density_dwellings_ha": 60,
        "public_space_share": 0.25,
        "allocation": "trend",
    },
    {
        "name": "Planificado",
        "base_population": 8000,
        "base_year": 2024,
        "horizon_year": 2030,
        "arrivals_per_year": 250,
        "household_size": 3.4,
        "density_dwellings_ha": 80,
        "public_space_share": 0.3,
        "allocation": "planned",
        "compactness": 0.3,
    },
]


def _scenarios(**changes) -> str:
    first = {**SCENARIOS[0], **changes}
    return json.dumps([first, SCENARIOS[1]], ensure_ascii=False)


def _growth_totals(results: dict) -> np.ndarray:
    summary = read_table(results["SUMMARY"]).sort_values(["scenario", "year"])
    return _sorted_numbers(
        summary,
        ["land_allocated_ha", "unmet_demand_ha", "pop_in_hazard_alta", "pop_in_hazard_media", "mean_dist_health_m"],
    )


def _growth_files(results: dict, alg: Alg, data: CaseData) -> None:
    """The folder holds exactly the raster and the polygons of each scenario."""
    folder = results["OUTPUT_FOLDER"]
    assert sorted(os.listdir(folder)) == sorted(
        [
            "tendencial_growth_year.tif",
            "tendencial_growth.gpkg",
            "planificado_growth_year.tif",
            "planificado_growth.gpkg",
        ]
    )


GROWTH_SCENARIOS = Alg(
    id="growth_scenarios",
    roles={
        "SUITABILITY": "raster:suitability",
        "EXISTING_URBAN": "settlements",
        "HAZARDS": "hazards",
        "FACILITIES": "facilities",
    },
    base=lambda folder: {
        "SCENARIOS": _scenarios(),
        "SEED": 7,
        "OUTPUT_FOLDER": str(folder / "growth"),
        "SUMMARY": str(folder / "summary.gpkg"),
    },
    outputs=("SUMMARY", "OUTPUT_FOLDER"),
    totals=_growth_totals,
    cases={
        "empty": ({"EXISTING_URBAN": "empty"}, Ok(warns=("no existing urban polygon",))),
        "null_geometries": ({"EXISTING_URBAN": "null_geometries"}, Ok(warns=("no existing urban polygon",))),
        "invalid_geometries": (
            {"EXISTING_URBAN": "invalid_geometries", "HAZARDS": "invalid_geometries"},
            Ok(warns=("repaired",), check=_growth_files),
        ),
        "multipart": (
            {"EXISTING_URBAN": "multipart", "HAZARDS": "multipart", "FACILITIES": "multipart"},
            Ok(same=True),
        ),
        "z_m": ({"EXISTING_URBAN": "z_m", "HAZARDS": "z_m", "FACILITIES": "z_m"}, Ok(same=True)),
        "curved": ({"EXISTING_URBAN": "curved", "HAZARDS": "curved"}, Ok(check=_growth_files)),
        "geographic_crs": (
            {"EXISTING_URBAN": "geographic_crs", "HAZARDS": "geographic_crs", "FACILITIES": "geographic_crs"},
            Ok(same=True),
        ),
        "mixed_crs": ({"EXISTING_URBAN": "geographic_crs", "HAZARDS": "other_projected_crs"}, Ok(same=True)),
        "no_overlap": ({"EXISTING_URBAN": "no_overlap"}, Ok(warns=("do not overlap",))),
        "misnamed_field": (
            {"HAZARDS": "misnamed_field"},
            Ok(same=True, note="the level field is recognised by its values (alta, media, baja)"),
        ),
        "missing_field": (
            {"INFORMAL_FIELD": Value("es_informal_2023")},
            Refused(says=("settlements", "es_informal_2023")),
        ),
        "text_in_numeric": (
            # '50.000' is read as 50000 (core.text.parse_number); '50,000' is 50 or 50000: refused
            {"SCENARIOS": Value(_scenarios(base_population="50,000"))},
            Refused(says=("SCENARIOS", "Tendencial", "base_population", "ambiguous", "50000", "Write 50 or 50000")),
        ),
        "bad_numbers": (
            {"SCENARIOS": Value(_scenarios(household_size=-3.4))},
            Refused(says=("SCENARIOS", "Tendencial", "household_size", "greater than zero")),
        ),
        "duplicate_ids": (
            {"SCENARIOS": Value(json.dumps([SCENARIOS[0], SCENARIOS[0]]))},
            Refused(says=("SCENARIOS", "same name")),
        ),
        "non_ascii": (
            {
                "EXISTING_URBAN": "non_ascii",
                "HAZARDS": "non_ascii",
                "FACILITIES": "non_ascii",
                "SUITABILITY": "non_ascii",
            },
            Ok(same=True),
        ),
        "unknown_levels": ({"HAZARDS": "unknown_levels"}, Refused(says=("'??' (", "zones", "LEVEL_MAP"))),
        "raster_nodata": ({"SUITABILITY": "raster_nodata"}, Refused(says=("SUITABILITY", "nodata"))),
        "raster_other_crs": ({"SUITABILITY": "raster_other_crs"}, Ok(check=_growth_files)),
        "millions": (
            {"EXISTING_URBAN": "millions", "HAZARDS": "millions", "FACILITIES": "millions", "SUITABILITY": "millions"},
            Ok(same=True),
        ),
        "no_crs": ({"EXISTING_URBAN": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"EXISTING_URBAN": "undefined_crs"},
            Refused(says=("settlements", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": (
            {"SUITABILITY": "raster_no_crs"},
            Refused(says=("raster_no_crs_suitability", "has no CRS", "Set its CRS")),
        ),
    },
)


# ------------------------------------------------------------------------------------------------ sample city
def _sample_files(results: dict, alg: Alg, data: CaseData) -> None:
    """The GeoPackage and the DEM are written."""
    assert os.path.exists(results["GEOPACKAGE"]) and os.path.exists(results["DEM"])


LOAD_SAMPLE_CITY = Alg(
    id="load_sample_city",
    roles={},
    base=lambda folder: {"OUTPUT": str(folder / "city"), "LOAD": False},
    outputs=("OUTPUT",),
    cases={
        **{case: _na("no input layer: it writes the shipped sample city") for case in CASES},
        "non_ascii": (
            {"OUTPUT": Value("__FOLDER__/Cúcuta ñandú 🏠")},
            Ok(check=_sample_files, note="output folder with a non-ASCII name"),
        ),
    },
)


# ------------------------------------------------------------------------------------------------ report
# The report's inputs are the outputs of the other algorithms on the window (report_cases.py). The clean run
# is lean (the exposure layer and summary and the areas: two pages of maps and tables); the other inputs are
# given by the cases that break them, and such a case is compared with the clean run of the same inputs.
REPORT_ROLES = {
    "EXPOSURE": "exposure",
    "EXPOSURE_SUMMARY": "exposure_summary",
    "ACCESS_SUMMARY": "access_summary",
    "SUITABILITY": "raster:report_suitability",
    "RANKED_PARCELS": "ranked",
    "SENSITIVITY": "sensitivity",
    "SCENARIO_SUMMARY": "scenario_summary",
    "AREAS": "areas",
}
REPORT_OPTIONAL = ("ACCESS_SUMMARY", "SUITABILITY", "RANKED_PARCELS", "SENSITIVITY", "SCENARIO_SUMMARY")
NON_ASCII_CITY = "San José de Cúcuta – Ñandú 🏠"
# Tables whose cells are the report's numbers (the method table names files and CRSs: it differs by case).
REPORT_SKIP_TABLES = ("method",)


def report_tables(results: dict) -> Dict[str, list]:
    """The HTML version's tables (id -> rows of cell texts)."""
    from tests.qgis.report_support import html_tables

    with open(results["OUTPUT_HTML"], encoding="utf-8") as handle:
        return html_tables(handle.read())


def _report_totals(results: dict) -> np.ndarray:
    """Every number in every table of the report but the method table, table by table, sorted."""
    from tests.qgis.report_support import number

    values = []
    for key, rows in sorted(report_tables(results).items()):
        if key in REPORT_SKIP_TABLES:
            continue
        numbers = []
        for row in rows[1:]:
            for cell in row:
                try:
                    numbers.append(number(cell))
                except ValueError:
                    continue
        values.append(len(rows))
        values.extend(sorted(np.nan_to_num(numbers, nan=-1.0)))
    return np.array(values, dtype=float)


def _report_written(results: dict, alg: Alg, data: CaseData) -> None:
    """The PDF and the HTML are written, the HTML has the exposure tables."""
    assert os.path.getsize(results["OUTPUT_PDF"]) > 10_000
    assert "exposure_by_area" in report_tables(results)


def _report_names_kept(results: dict, alg: Alg, data: CaseData) -> None:
    """Non-ASCII city, area and scenario names arrive in the report unchanged."""
    with open(results["OUTPUT_HTML"], encoding="utf-8") as handle:
        page = handle.read()
    assert NON_ASCII_CITY in page
    areas = " ".join(" ".join(row) for row in report_tables(results)["exposure_by_area"])
    assert "Ñandú – Barrio Éxito 🏠 «" in areas


def _report_without_exposure(results: dict, alg: Alg, data: CaseData) -> None:
    """Written with the method page only: the sections of empty inputs are left out."""
    tables = report_tables(results)
    assert set(tables) == {"method"}, set(tables)
    assert os.path.getsize(results["OUTPUT_PDF"]) > 10_000


def _report_bad_population(results: dict, alg: Alg, data: CaseData) -> None:
    """The municipality's population is the sum of the known values (0 and -5 included, NULL left out)."""
    from tests.qgis.report_support import number

    summary = data.frames["exposure_summary"]
    values = summary["population"].astype(float).to_numpy().copy()
    even = np.arange(0, len(values), 2)
    values[even] = np.array([0.0, -5.0, np.nan, np.nan])[(even // 2) % 4]
    rows = ((summary["area_name"] == "ALL") & (summary["hazard_type"] == "any")).to_numpy()
    table = report_tables(results)["exposure_by_area"]
    column = table[0].index("Population (total)")
    assert number(table[-1][column]) == round(np.nansum(values[rows]))


def _report_ten_parcels(results: dict, alg: Alg, data: CaseData) -> None:
    """Parcels that share an id stay apart: the table lists the ten best by rank."""
    table = report_tables(results)["top_parcels"]
    assert [int(row[0]) for row in table[1:]] == list(range(1, 11))


def _maps_in_metres(results: dict, alg: Alg, data: CaseData) -> None:
    """The maps are drawn in EPSG:9377 (metres, true scale bars), not in the layers' geographic CRS."""
    import shutil

    from tests.qgis.report_support import pdf_text

    method = " ".join(" ".join(row) for row in report_tables(results)["method"])
    assert "EPSG:4326" in method  # the method page still says what the inputs were in
    if shutil.which("pdftotext"):
        text = pdf_text(results["OUTPUT_PDF"])
        assert text.count("Coordinate reference system: EPSG:9377") == 2, text  # the exposure and detail maps
        assert "Coordinate reference system: EPSG:4326" not in text


PLANNING_REPORT = Alg(
    id="planning_report",
    roles=dict(REPORT_ROLES),
    base=lambda folder: {
        "CITY_NAME": "Villa Esperanza",
        "AUTHOR": "Secretaría de Planeación",
        "LANGUAGE": 2,
        "OUTPUT_PDF": str(folder / "report.pdf"),
        "OUTPUT_HTML": str(folder / "report.html"),
    },
    outputs=("OUTPUT_PDF", "OUTPUT_HTML"),
    totals=_report_totals,
    defaults={parameter: Value(None) for parameter in REPORT_OPTIONAL},
    cases={
        "empty": (
            {
                "EXPOSURE": "empty",
                "EXPOSURE_SUMMARY": "empty",
                "AREAS": "empty",
                "ACCESS_SUMMARY": "empty",
                "SENSITIVITY": "empty",
                "SCENARIO_SUMMARY": "empty",
            },
            Ok(warns=("left out of the maps", "has no rows"), check=_report_without_exposure),
        ),
        "null_geometries": (
            {"EXPOSURE": "null_geometries", "RANKED_PARCELS": "null_geometries", "SUITABILITY": None},
            Ok(warns=("left out of the maps",), note="the maps without them; the tables as usual"),
        ),
        "invalid_geometries": (
            {
                "EXPOSURE": "invalid_geometries",
                "AREAS": "invalid_geometries",
                "RANKED_PARCELS": "invalid_geometries",
                "SUITABILITY": None,
            },
            Ok(check=_report_written, note="drawn as they are (nothing is computed from them)"),
        ),
        "multipart": ({"EXPOSURE": "multipart", "AREAS": "multipart"}, Ok(same=True)),
        "z_m": ({"EXPOSURE": "z_m", "AREAS": "z_m", "RANKED_PARCELS": "z_m"}, Ok(same=True)),
        "curved": ({"EXPOSURE": "curved", "AREAS": "curved"}, Ok(check=_report_written)),
        "geographic_crs": (
            {
                "EXPOSURE": "geographic_crs",
                "AREAS": "geographic_crs",
                "RANKED_PARCELS": "geographic_crs",
                "SUITABILITY": None,
            },
            Ok(same=True, check=_maps_in_metres),
        ),
        "mixed_crs": (
            {
                "EXPOSURE": "geographic_crs",
                "AREAS": "other_projected_crs",
                "RANKED_PARCELS": "other_projected_crs",
                "SUITABILITY": None,
            },
            Ok(same=True, check=_maps_in_metres),
        ),
        "no_overlap": ({"AREAS": "no_overlap"}, Ok(warns=("do not overlap",))),
        "misnamed_field": (
            {"EXPOSURE_SUMMARY": "misnamed_field"},
            Refused(says=("exposure_summary", "EXPOSURE_SUMMARY", "no column population")),
        ),
        "missing_field": (
            {"AREA_NAME_FIELD": Value("nombre_2023")},
            Refused(says=("base_areas", "nombre_2023", "AREA_NAME_FIELD")),
        ),
        "text_in_numeric": (
            {"EXPOSURE_SUMMARY": "text_in_numeric"},
            Refused(says=("exposure_summary", "'population'", "not numbers", "'n/d'")),
        ),
        "bad_numbers": (
            {"EXPOSURE_SUMMARY": "bad_numbers"},
            Ok(
                warns=("no value in 'population'", "negative value in 'population'"),
                check=_report_bad_population,
                note="a GeoPackage table: NaN is stored as NULL",
            ),
        ),
        "duplicate_ids": (
            {"RANKED_PARCELS": "duplicate_ids"},
            Ok(warns=("share their value of 'codigo_predio'",), check=_report_ten_parcels),
        ),
        "non_ascii": (
            {
                "EXPOSURE": "non_ascii",
                "EXPOSURE_SUMMARY": "non_ascii",
                "AREAS": "non_ascii",
                "SCENARIO_SUMMARY": "non_ascii",
                "SUITABILITY": "non_ascii",
                "CITY_NAME": Value(NON_ASCII_CITY),
                "AUTHOR": Value("Secretaría de Planeación – «Ñ»"),
            },
            Ok(same=True, check=_report_names_kept),
        ),
        "unknown_levels": (
            {"EXPOSURE": "unknown_levels", "EXPOSURE_SUMMARY": "unknown_levels"},
            Refused(says=("are not hazard levels", "LEVEL_MAP")),
        ),
        "raster_nodata": (
            {"SUITABILITY": "raster_nodata", "RANKED_PARCELS": None},
            Refused(says=("raster_nodata_report_suitability", "SUITABILITY", "only nodata")),
        ),
        "raster_other_crs": ({"SUITABILITY": "raster_other_crs", "RANKED_PARCELS": None}, Ok(same=True)),
        "millions": (
            {"EXPOSURE": "millions", "AREAS": "millions", "RANKED_PARCELS": "millions", "SUITABILITY": "millions"},
            Ok(same=True),
        ),
        "no_crs": ({"EXPOSURE": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"EXPOSURE": "undefined_crs"},
            Refused(says=("undefined_crs_exposure", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": (
            {"SUITABILITY": "raster_no_crs", "RANKED_PARCELS": None},
            Ok(warns=("has no CRS",), same=True),
        ),
    },
)


# ------------------------------------------------------------------------------------------------ estimate
def _estimate_totals(results: dict) -> np.ndarray:
    summary = read_table(results["SUMMARY"]).sort_values("area_name")
    return _sorted_numbers(summary, ["total", "migrants_est", "features", "population", "capped"])


def _estimate_sums_to_total(results: dict, alg: Alg, data: CaseData) -> None:
    """The estimates add up to the total exactly, one per input feature."""
    out = read_table(results["OUTPUT"])
    assert len(out) == len(data.frames["settlements"]) and int(out["migrants_est"].sum()) == 5000


ESTIMATE_MIGRANTS = Alg(
    id="estimate_migrants",
    roles={"INPUT": "settlements"},
    base=lambda folder: {
        "TOTALS": "5000",
        "OUTPUT": str(folder / "estimate.gpkg"),
        "SUMMARY": str(folder / "estimate_summary.gpkg"),
    },
    outputs=("OUTPUT", "SUMMARY"),
    totals=_estimate_totals,
    cases={
        "empty": ({"INPUT": "empty"}, Refused(says=("settlements", "no population", "Check"))),
        "null_geometries": (
            {"INPUT": "null_geometries"},
            Ok(same=True, note="one total for the layer: geometries are not needed"),
        ),
        "invalid_geometries": ({"INPUT": "invalid_geometries"}, Ok(same=True)),
        "multipart": ({"INPUT": "multipart"}, Ok(same=True)),
        "z_m": ({"INPUT": "z_m"}, Ok(same=True)),
        "curved": ({"INPUT": "curved"}, Ok(same=True)),
        "geographic_crs": ({"INPUT": "geographic_crs"}, Ok(same=True)),
        "mixed_crs": _na("one layer: the total is a number"),
        "no_overlap": _na("one layer: the total is a number"),
        "misnamed_field": (
            {"INPUT": "misnamed_field"},
            Refused(says=("settlements", "population", "POPULATION_FIELD")),
        ),
        "missing_field": (
            {"POPULATION_FIELD": Value("poblacion_2023")},
            Refused(says=("settlements", "poblacion_2023", "POPULATION_FIELD")),
        ),
        "text_in_numeric": (
            {"INPUT": "text_in_numeric"},
            Refused(says=("settlements", "poblacion", "not numeric", "to_real")),
        ),
        "bad_numbers": (
            {"INPUT": "bad_numbers"},
            Refused(says=("settlements", "have no population", "a negative one", "poblacion", "Give")),
        ),
        "duplicate_ids": ({"INPUT": "duplicate_ids"}, Ok(check=_estimate_sums_to_total)),
        "non_ascii": ({"INPUT": "non_ascii"}, Ok(same=True, check=_names_kept)),
        "unknown_levels": _na("no hazard input"),
        "raster_nodata": _na("no raster input"),
        "raster_other_crs": _na("no raster input"),
        "millions": ({"INPUT": "millions"}, Ok(same=True)),
        "no_crs": ({"INPUT": "no_crs"}, Ok(warns=("has no CRS",), same=True)),
        "undefined_crs": (
            {"INPUT": "undefined_crs"},
            Refused(says=("settlements", "cannot be longitudes and latitudes", "Set the layer's CRS")),
        ),
        "raster_no_crs": _na("no raster input"),
    },
)


ALGORITHMS: Dict[str, Alg] = {
    alg.id: alg
    for alg in (
        LOAD_SAMPLE_CITY,
        ESTIMATE_MIGRANTS,
        SETTLEMENT_EXPOSURE,
        FACILITY_EXPOSURE,
        SERVICE_ACCESS,
        AHP_WEIGHTS,
        SITE_SUITABILITY,
        RANK_CANDIDATE_SITES,
        WEIGHT_SENSITIVITY,
        GROWTH_SCENARIOS,
        PLANNING_REPORT,
    )
}

# ------------------------------------------------------------------------------------------------ issue 14
_OVER = ("would overwrite the input",)
_LINES = ("has lines", "Check that the right layer is given")
_MIXED = ("declared as polygons", "point", "Move them to a layer of their own")
_FILTER = ("filter", "is not valid", "Correct the filter")
_NO_LAYER = _na("no input layer")
ISSUE14: Dict[str, Dict[str, Tuple[Dict[str, Change], Outcome]]] = {
    "load_sample_city": {
        c: _NO_LAYER for c in ("output_is_input", "wrong_geometry_kind", "points_in_polygons", "invalid_filter")
    },
    "ahp_weights": {
        c: _NO_LAYER for c in ("output_is_input", "wrong_geometry_kind", "points_in_polygons", "invalid_filter")
    },
    "settlement_exposure": {
        "output_is_input": ({"OUTPUT": FileOf("SETTLEMENTS")}, Refused(says=("OUTPUT", "SETTLEMENTS", *_OVER))),
        "wrong_geometry_kind": ({"SETTLEMENTS": RoleLayer("roads")}, Refused(says=("SETTLEMENTS", *_LINES))),
        "points_in_polygons": ({"SETTLEMENTS": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"SETTLEMENTS": Filtered("poblacion >>> 3")}, Refused(says=_FILTER)),
    },
    "facility_exposure": {
        "output_is_input": ({"SUMMARY": FileOf("HAZARDS")}, Refused(says=("SUMMARY", "HAZARDS", *_OVER))),
        "wrong_geometry_kind": ({"HAZARDS": RoleLayer("roads")}, Refused(says=("HAZARDS", *_LINES))),
        "points_in_polygons": ({"HAZARDS": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"FACILITIES": Filtered("capacidad >>> 3")}, Refused(says=_FILTER)),
    },
    "service_access": {
        "output_is_input": ({"FACILITIES_OUTPUT": FileOf("FACILITIES")}, Refused(says=("FACILITIES_OUTPUT", *_OVER))),
        "wrong_geometry_kind": ({"DEMAND": RoleLayer("roads")}, Refused(says=("DEMAND", *_LINES))),
        "points_in_polygons": ({"DEMAND": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"ROADS": Filtered("velocidad >>> 3")}, Refused(says=_FILTER)),
    },
    "site_suitability": {
        "output_is_input": ({"OUTPUT": FileOf("DEM")}, Refused(says=("OUTPUT", "DEM", *_OVER))),
        "wrong_geometry_kind": ({"AOI": RoleLayer("roads")}, Refused(says=("AOI", *_LINES))),
        "points_in_polygons": ({"HAZARDS": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"HAZARDS": Filtered("nivel >>> 3")}, Refused(says=_FILTER)),
    },
    "rank_candidate_sites": {
        "output_is_input": ({"OUTPUT": FileOf("CANDIDATES")}, Refused(says=("OUTPUT", "CANDIDATES", *_OVER))),
        "wrong_geometry_kind": ({"CANDIDATES": RoleLayer("roads")}, Refused(says=("CANDIDATES", *_LINES))),
        "points_in_polygons": ({"CANDIDATES": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"CANDIDATES": Filtered("codigo_predio >>> 3")}, Refused(says=_FILTER)),
    },
    "weight_sensitivity": {
        "output_is_input": ({"OUTPUT": FileOf("CANDIDATES")}, Refused(says=("OUTPUT", "CANDIDATES", *_OVER))),
        "wrong_geometry_kind": ({"CANDIDATES": RoleLayer("roads")}, Refused(says=("CANDIDATES", *_LINES))),
        "points_in_polygons": ({"CANDIDATES": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"CANDIDATES": Filtered("codigo_predio >>> 3")}, Refused(says=_FILTER)),
    },
    "growth_scenarios": {
        "output_is_input": ({"SUMMARY": FileOf("EXISTING_URBAN")}, Refused(says=("SUMMARY", "EXISTING_URBAN", *_OVER))),
        "wrong_geometry_kind": ({"EXISTING_URBAN": RoleLayer("roads")}, Refused(says=("EXISTING_URBAN", *_LINES))),
        "points_in_polygons": ({"EXISTING_URBAN": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"EXISTING_URBAN": Filtered("poblacion >>> 3")}, Refused(says=_FILTER)),
    },
    "estimate_migrants": {
        "output_is_input": ({"OUTPUT": FileOf("INPUT")}, Refused(says=("OUTPUT", "INPUT", *_OVER))),
        "wrong_geometry_kind": ({"INPUT": RoleLayer("roads")}, Refused(says=("INPUT", *_LINES))),
        "points_in_polygons": ({"INPUT": "points_in_polygons"}, Refused(says=_MIXED)),
        "invalid_filter": ({"INPUT": Filtered("poblacion >>> 3")}, Refused(says=_FILTER)),
    },
    "planning_report": {
        "output_is_input": ({"OUTPUT_PDF": FileOf("EXPOSURE")}, Refused(says=("OUTPUT_PDF", "EXPOSURE", *_OVER))),
        # the report reads its map layers with parameterAsVectorLayer, not MigrantAlgorithm.source(): not checked
        # yet (planning_report belongs to issue 16-report)
        "wrong_geometry_kind": ({"AREAS": RoleLayer("roads")}, Ok(note="map layers are not checked yet")),
        "points_in_polygons": ({"EXPOSURE": "points_in_polygons"}, Ok(note="map layers are not checked yet")),
        "invalid_filter": ({"EXPOSURE": Filtered("any_lvl >>> 3")}, Ok(note="map layers are not checked yet")),
    },
}
for _id, _cases in ISSUE14.items():
    ALGORITHMS[_id].cases.update(_cases)

for _alg in ALGORITHMS.values():
    assert set(_alg.cases) == set(CASES), _alg.id


def describe(outcome: Outcome) -> str:
    """One detail-table cell."""
    if isinstance(outcome, NotApplicable):
        return f"n/a ({outcome.reason})"
    if isinstance(outcome, Refused):
        return "refused; the message holds " + ", ".join(f"`{s}`" for s in outcome.says)
    parts = ["result"]
    if outcome.same:
        parts.append("key numbers = clean run (1e-6)")
    if outcome.warns:
        parts.append("warns " + ", ".join(f"“{w}”" for w in outcome.warns))
    if outcome.check is not None and outcome.check.__doc__:
        parts.append("checked: " + outcome.check.__doc__.strip().splitlines()[0].rstrip("."))
    if outcome.note:
        parts.append(outcome.note)
    return "; ".join(parts)


def marker(outcome: Outcome) -> str:
    """One overview cell: = result equal to the clean run, ⚠ result with a warning, ✓ result, ✗ refused."""
    if isinstance(outcome, NotApplicable):
        return "–"
    if isinstance(outcome, Refused):
        return "✗"
    if outcome.same:
        return "="
    return "⚠" if outcome.warns else "✓"


def _changes_text(changes: Dict[str, Change]) -> str:
    texts = []
    for parameter, change in changes.items():
        if isinstance(change, Value):
            value = change.value
            if isinstance(value, str) and len(value) > 40:
                value = value[:37] + "..."
            text = f"{parameter}={value!r}".replace("__FOLDER__", "<folder>")
        elif change is None:
            text = f"{parameter}: clean"
        else:
            text = f"{parameter}: {change}"
        texts.append(text.replace("|", "\\|"))
    return ", ".join(texts) or "-"


def markdown_table() -> str:
    """The matrix for docs/robustness.md: an overview (case by algorithm), then one detail table per algorithm."""
    names = list(ALGORITHMS)
    lines = ["| case | " + " | ".join(f"`{n}`" for n in names) + " |", "|---|" + "---|" * len(names)]
    for case in CASES:
        cells = " | ".join(marker(ALGORITHMS[n].outcome(case)) for n in names)
        lines.append(f"| {CASE_TITLES[case]} | {cells} |")
    lines.append("")
    for alg in ALGORITHMS.values():
        lines.append(f"#### `{alg.id}`\n")
        lines.append("| case | inputs changed | outcome |")
        lines.append("|---|---|---|")
        for case in CASES:
            changes, outcome = alg.cases[case]
            lines.append(f"| {CASE_TITLES[case]} | {_changes_text(changes)} | {describe(outcome)} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
