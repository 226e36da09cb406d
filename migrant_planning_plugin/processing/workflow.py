"""The end-to-end model ``migrant_planning:migrant_planning_workflow``, shipped as a Graphical Modeler file.

``resources/models/migrant_planning_workflow.model3`` is written by ``scripts/make_model.py`` with the QGIS API
(so it opens in the Graphical Modeler of QGIS 3.22 and newer). The provider loads it through
:class:`WorkflowModel`, which keeps a stable id, and shows the model's name, parameters and help in the user's
language (the texts below; the .model3 holds the English ones).
"""

from __future__ import annotations

import logging
from typing import Dict, Optional, Tuple

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..paths import icon_path, resource
from .threads import main_thread_only

LOG = logging.getLogger("migrant_planning")

MODEL_NAME = "migrant_planning_workflow"
MODEL_FILE = "migrant_planning_workflow.model3"
GROUP_ID = "workflow"
CRITERIA_ORDER = "health,education,roads,urban,slope,hazard,land_use"
# Default pairwise comparisons of the housing preset's seven criteria, in CRITERIA_ORDER (CR 0.009): hazard
# first, then health; education, slope and land use equal; roads and the distance to the existing city last.
DEFAULT_AHP_MATRIX = (
    "1,2,3,4,2,1/2,2;"
    "1/2,1,2,3,1,1/3,1;"
    "1/3,1/2,1,2,1/2,1/4,1/2;"
    "1/4,1/3,1/2,1,1/3,1/5,1/3;"
    "1/2,1,2,3,1,1/3,1;"
    "2,3,4,5,3,1,3;"
    "1/2,1,2,3,1,1/3,1"
)
DEFAULT_THRESHOLDS = "salud=1500;educacion=1000;primera infancia=500"


def model_path() -> str:
    """Path of the shipped .model3 file."""
    return str(resource("models", MODEL_FILE))


def display_name() -> str:
    """The model's name in the toolbox."""
    return tr("Migrant planning workflow (whole analysis, model)")


def group_name() -> str:
    """The toolbox group of the model."""
    return tr("Workflow")


def short_help() -> str:
    """What the model does, in two paragraphs."""
    return tr(
        "Runs the whole analysis of the plugin in one go, as a Graphical Modeler model: settlement exposure to "
        "hazards, access to services, AHP weights from the comparison matrix, site suitability with those weights, "
        "the ranking of the candidate parcels and the sensitivity of that ranking to the weights, the growth "
        "scenarios allocated on the suitability grid, and the council report. Each step feeds the next, so one "
        "run gives every result of the workshop; the same inputs always give the same results.\n\n"
        "Inputs: the layers of the city (settlements, hazard zones, facilities, roads, DEM, land use, comunas, "
        "candidate parcels, area of interest and optionally water) and the main options (access thresholds, "
        "distance method, cell size, AHP matrix in the order health, education, roads, urban, slope, hazard, "
        "land_use, scenarios JSON, city name, report language). Fields are detected by their names unless "
        "chosen in the advanced parameters. Outputs: the exposure, access, suitability, ranking, sensitivity and "
        "scenario layers and tables, the scenario files in a folder, and the report as PDF. Open the model in the "
        "Graphical Modeler to see or change the chain."
    )


def parameter_texts() -> Dict[str, Tuple[str, str]]:
    """Label and help of every model parameter and output, by name (translated)."""
    return {
        "SETTLEMENTS": (
            tr("Settlements or census blocks"),
            tr(
                "Where people live (polygons or points) with population and migrants; also the existing urban "
                "land of the growth scenarios (informal settlements marked by a field)."
            ),
        ),
        "HAZARDS": (
            tr("Hazard zones"),
            tr("Hazard zones (polygons) with a hazard type and a level alta, media, baja."),
        ),
        "FACILITIES": (
            tr("Service facilities"),
            tr("Health, education and early-childhood facilities (points) with a type and a capacity."),
        ),
        "ROADS": (tr("Road network"), tr("Road centre lines: distance to roads, and access by road when chosen.")),
        "DEM": (tr("Elevation (DEM)"), tr("Digital elevation model in metres: the slope criterion.")),
        "LAND_USE": (tr("Land use (POT)"), tr("Land use or zoning classes of the POT (polygons).")),
        "AREAS": (
            tr("Reporting areas (comunas, barrios)"),
            tr("Areas for the summaries and the report maps (optional)."),
        ),
        "CANDIDATES": (tr("Candidate parcels"), tr("Parcels (predios) to rank for new housing.")),
        "AOI": (
            tr("Area of interest"),
            tr("Polygons that bound the suitability grid, usually the municipal boundary."),
        ),
        "WATER": (tr("Water bodies"), tr("Rivers and lakes (polygons), never built on (optional).")),
        "DISTANCE_METHOD": (
            tr("Distance method for access"),
            tr("Straight line (quick, optimistic) or walking over the road network."),
        ),
        "THRESHOLDS": (
            tr("Access thresholds per facility type (m)"),
            tr(
                "Maximum walking distance in metres per facility type, as type=value separated by ';' "
                "(accents and case ignored); also the catchment size of the access score."
            ),
        ),
        "CELL_SIZE": (
            tr("Cell size (m)"),
            tr("Side of the suitability grid cells in metres; the growth scenarios use the same grid."),
        ),
        "AHP_MATRIX": (
            tr("AHP comparison matrix"),
            tr(
                "Pairwise comparisons of the seven criteria in the order health, education, roads, urban, slope, "
                "hazard, land_use: rows separated by ';', values by ','. Its weights are used for suitability "
                "and sensitivity, and its consistency ratio is shown in the report (0.10 or more: a warning)."
            ),
        ),
        "SCENARIOS": (
            tr("Growth scenarios (JSON or path of a .json file)"),
            tr(
                "A JSON list with one object per scenario, or the path of a .json file (see the help of Growth "
                "scenarios). The default holds the three example scenarios of the sample city."
            ),
        ),
        "SERVICE_STANDARDS": (
            tr("Service standards (JSON)"),
            tr("Optional school and health standards of the growth scenarios (see Growth scenarios)."),
        ),
        "SEED": (tr("Random seed"), tr("Seed of the random spread of trend growth; the same seed, the same result.")),
        "CITY_NAME": (tr("City or municipality"), tr("Name shown on the cover of the report.")),
        "AUTHOR": (tr("Author"), tr("Office or person shown on the cover of the report.")),
        "LANGUAGE": (
            tr("Report language"),
            tr("Language of the report: that of QGIS, Spanish or English."),
        ),
        "POPULATION_FIELD": (tr("Population field"), tr("Left empty, detected by its name (poblacion...).")),
        "MIGRANTS_FIELD": (tr("Migrants field"), tr("Left empty, detected by its name (migrantes...).")),
        "INFORMAL_FIELD": (
            tr("Informal settlement field"),
            tr("Marks informal settlements for trend growth. Left empty, detected by its name (informal...)."),
        ),
        "HAZARD_TYPE_FIELD": (tr("Hazard type field"), tr("Left empty, detected by its name (tipo_amenaza...).")),
        "HAZARD_LEVEL_FIELD": (tr("Hazard level field"), tr("Left empty, detected by its name (nivel...).")),
        "LEVEL_MAP": (
            tr("Level map"),
            tr(
                "Optional mapping of the layer's level values to alta, media, baja or none, e.g. "
                "'A=alta;M=media;Media-Alta=alta'. It extends the known levels (muy alta, moderada, sin amenaza, "
                "grades 1-5...); a value that is neither known nor mapped stops the run."
            ),
        ),
        "LAYER_TYPES": (
            tr("Type of each facility layer"),
            tr("For access: the type of a facility layer's facilities by layer name, e.g. 'IPS=salud'."),
        ),
        "DEFAULT_CAPACITIES": (
            tr("Assumed capacities per type"),
            tr(
                "For access, only when given: a capacity per type for facilities without one, e.g. "
                "'primera infancia=13'; results that use them are marked as assumed."
            ),
        ),
        "FACILITY_TYPE_FIELD": (tr("Facility type field"), tr("Left empty, detected by its name (tipo...).")),
        "CAPACITY_FIELD": (tr("Capacity field"), tr("Left empty, detected by its name (capacidad...).")),
        "LAND_USE_FIELD": (tr("Land use class field"), tr("Left empty, detected by its name (clase_suelo...).")),
        "AREA_NAME_FIELD": (tr("Area name field"), tr("Left empty, detected by its name (nombre...).")),
        "CANDIDATE_ID_FIELD": (tr("Parcel id field"), tr("Left empty, detected by its name (codigo_predio...).")),
        "exposure:OUTPUT": (tr("Settlement exposure"), tr("The settlements with their exposure per hazard level.")),
        "exposure:SUMMARY": (tr("Exposure summary"), tr("People, migrants and households per area, type and level.")),
        "access:OUTPUT": (tr("Access by settlement and type"), tr("Nearest facility, cost and coverage.")),
        "access:SUMMARY": (tr("Access summary by area"), tr("Population covered per area and facility type.")),
        "ahp:OUTPUT": (tr("AHP weights table"), tr("Criterion, weight and rank from the comparison matrix.")),
        "suitability:OUTPUT": (tr("Suitability (0-1)"), tr("Suitability for new housing, float GeoTIFF.")),
        "suitability:CLASSIFIED": (tr("Suitability classes"), tr("Classes muy alta ... muy baja, 0 excluded.")),
        "ranking:OUTPUT": (tr("Ranked candidate parcels"), tr("The parcels with their suitability and rank.")),
        "sensitivity:OUTPUT": (tr("Weight sensitivity"), tr("One row per weight change: Spearman and top 10 kept.")),
        "scenarios:OUTPUT_FOLDER": (
            tr("Folder for the scenario files"),
            tr("Year each cell is developed (GeoTIFF) and growth by year (GeoPackage) of every scenario."),
        ),
        "scenarios:SUMMARY": (tr("Scenario summary"), tr("One row per scenario and year.")),
        "report:OUTPUT_PDF": (tr("Report (PDF)"), tr("The council report as an A4 PDF.")),
    }


def child_descriptions() -> Dict[str, str]:
    """What each step of the model is called in the modeler (translated)."""
    return {
        "exposure": tr("1 Settlement exposure to hazards"),
        "access": tr("2 Access to services"),
        "ahp": tr("3 AHP weights"),
        "suitability": tr("4 Site suitability for housing"),
        "ranking": tr("5 Rank candidate parcels"),
        "sensitivity": tr("6 Weight sensitivity of the ranking"),
        "scenarios": tr("7 Growth scenarios"),
        "report": tr("8 Planning report for the council"),
    }


class WorkflowModel(QgsProcessingModelAlgorithm):
    """The shipped model, with a stable name and translated texts."""

    def __init__(self, variant: Optional[dict] = None) -> None:
        super().__init__()
        if variant is not None:
            self.load_variant(variant)

    def load_variant(self, variant: dict) -> bool:
        """Load the model's definition (children attach to algorithms already registered) and translate it."""
        ok = self.loadVariant(variant)
        self.translate()
        return ok

    def translate(self) -> None:
        """Labels and help of the parameters, and the names of the steps, in the user's language."""
        for name, (label, help_text) in parameter_texts().items():
            definition = self.parameterDefinition(name)
            if definition is not None:
                definition.setDescription(label)
                definition.setHelp(help_text)
        children = self.childAlgorithms()
        for child_id, description in child_descriptions().items():
            if child_id in children:
                self.childAlgorithm(child_id).setDescription(description)

    def name(self) -> str:
        return MODEL_NAME

    def displayName(self) -> str:
        return display_name()

    def group(self) -> str:
        return group_name()

    def groupId(self) -> str:
        return GROUP_ID

    def shortHelpString(self) -> str:
        return short_help()

    def shortDescription(self) -> str:
        return tr("Exposure, access, suitability, ranking, scenarios and the council report in one run.")

    def helpUrl(self) -> str:
        from .base import HELP_URL

        return HELP_URL

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def createInstance(self):
        return WorkflowModel(self.toVariant())

    def flags(self):
        """Main thread only: the model runs planning_report (print layouts). QGIS 3.22 passed a step's flag on to
        the model, QGIS 3.40 does not, so the model says it itself."""
        return main_thread_only(super().flags())

    def with_defaults(self, parameters: dict) -> dict:
        """``parameters`` with the default of every input that was not given.

        A model in QGIS 3.22 passes a missing input to its steps as nothing, not as the model parameter's
        default (the toolbox dialog always sends every value, Python and qgis_process need not).
        """
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if definition.isDestination() or definition.name() in filled:
                continue
            default = definition.defaultValue()
            if default is not None:
                filled[definition.name()] = default
        return filled

    def processAlgorithm(self, parameters, context, feedback):
        """Run the model's steps, with the defaults of the inputs not given."""
        return super().processAlgorithm(self.with_defaults(parameters), context, feedback)


def load_model() -> Optional[WorkflowModel]:
    """The shipped model, or None (logged) when its file is missing or unreadable."""
    model = WorkflowModel()
    if not model.fromFile(model_path()):
        LOG.warning(
            tr("The workflow model {path} could not be read; it is not in the toolbox.").format(path=model_path())
        )
        return None
    model.translate()
    return model


class _Reattach:
    """Reloads the model once its provider is in the registry, so its steps find their algorithms.

    While a provider loads its algorithms it is not yet in the Processing registry, so the model's steps (our own
    algorithms) cannot be attached then; without them the model would have no outputs in its dialog or in
    ``qgis_process help``. The provider calls :meth:`watch`; the registry's ``providerAdded`` signal completes it.
    """

    def __init__(self, provider_id: str, model: WorkflowModel) -> None:
        self.provider_id = provider_id
        self.model = model
        self.registry = QgsApplication.processingRegistry()
        self.registry.providerAdded.connect(self.added)

    def added(self, provider_id: str) -> None:
        """When our provider arrives: reload the model and stop watching."""
        if provider_id != self.provider_id:
            return
        self.disconnect()
        self.model.load_variant(self.model.toVariant())

    def disconnect(self) -> None:
        """Stop watching the registry (idempotent)."""
        if self.registry is None:
            return
        try:
            self.registry.providerAdded.disconnect(self.added)
        except (TypeError, RuntimeError):
            pass
        self.registry = None


def attach_when_registered(provider_id: str, model: WorkflowModel) -> Optional[_Reattach]:
    """Make sure the model's steps are attached: now if the provider is registered, else once it is."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById(provider_id) is not None:
        model.load_variant(model.toVariant())
        return None
    return _Reattach(provider_id, model)
