"""run_for_municipalities: the whole analysis for many municipalities, on parallel qgis_process workers.

Thin adapter: the national layers are read here, shared out by :mod:`...qgis_io.national_inputs`, the
municipalities are scheduled by :mod:`...core.national_run` on the workers of :mod:`...qgis_io.workers`, and
the results kept by a store of :mod:`...qgis_io.national_store`; the national summary comes from
:mod:`...core.national` and its chart from :mod:`...core.national_chart`.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Dict, List

import pandas as pd
from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingModelChildParameterSource,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ...core import charts, national
from ...core.errors import Cancelled, InputError
from ...core.i18n import tr
from ...core.national_chart import national_summary_chart
from ...core.national_run import ELSEWHERE, FAILED, FINISHED, SKIPPED, NationalRun
from ...paths import plugin_version, resource
from ...qgis_io import national_inputs, national_store, postgis, workers
from ...qgis_io.crs import describe
from ...translations import locale_code
from .. import workflow
from ..base import MigrantAlgorithm

MODEL_ID = "migrant_planning:" + workflow.MODEL_NAME
NATIONAL_SCENARIOS = "national_scenarios.json"
WHOLE_MODEL, SUMMARY_STEPS = 0, 1
# Steps of the model left out when only the national summary is wanted.
REPORT_STEPS = ("report", "sensitivity", "ranking")  # in the order they can be removed
# Model parameters that are layers (given per municipality) or set per municipality.
PER_MUNICIPALITY = ("SETTLEMENTS", "HAZARDS", "FACILITIES", "ROADS", "DEM", "LAND_USE", "AREAS", "CANDIDATES", "AOI")
PER_MUNICIPALITY += ("WATER", "CITY_NAME")
STOPPED = "stopped"


def status_aliases() -> Dict[str, str]:
    """Translated aliases of the STATUS columns."""
    return {
        "divipola": tr("DIVIPOLA code"),
        "municipality": tr("Municipality"),
        "status": tr("Status (finished, skipped, elsewhere, failed)"),
        "message": tr("Message"),
        "seconds": tr("Run time (s)"),
        "peak_mb": tr("Peak memory of the worker (MB)"),
        "results": tr("Results (folder)"),
        "db_schema": tr("Results (database schema)"),
        "finished_at": tr("Finished at (UTC)"),
        "worker": tr("Worker group (computer:process)"),
    }


def database_uri(value: str) -> QgsDataSourceUri:
    """The database of a QGIS PostgreSQL connection name, or of a connection written out (postgres://dbname=...,
    dbname=... host=..., service=..., or a postgresql:// URL: handy in qgis_process recipes)."""
    parsed = postgis.parse_schema(value)
    if parsed is not None:
        return parsed[0]
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(value)
    except QgsProviderConnectionException:
        raise InputError(
            tr(
                "There is no PostgreSQL connection named '{name}' (Browser > PostgreSQL). Give a connection's name, "
                "or the connection itself: postgres://dbname=... host=... user=..."
            ).format(name=value)
        ) from None
    return QgsDataSourceUri(connection.uri())


def _model_parameter_kind():
    """The kind of a model step's input that comes from a model parameter, as this QGIS version names it."""
    kinds = getattr(Qgis, "ProcessingModelChildParameterSource", None)  # QGIS 3.26 and newer (3.40: only there)
    if kinds is not None:
        return kinds.ModelParameter
    return QgsProcessingModelChildParameterSource.Source.ModelParameter


def summary_variant(folder: Path) -> str:
    """The workflow model without the report's steps (ranking, sensitivity, report), saved as a .model3 file."""
    model = workflow.WorkflowModel()
    if not model.fromFile(workflow.model_path()):
        raise InputError(tr("The workflow model {path} cannot be read.").format(path=workflow.model_path()))
    model.translate()
    for child_id in list(model.childAlgorithms()):
        child = model.childAlgorithm(child_id)
        child.setDependencies([d for d in child.dependencies() if d.childId not in REPORT_STEPS])
    for child_id in REPORT_STEPS:
        if not model.removeChildAlgorithm(child_id):
            raise InputError(tr("The step {step} cannot be left out of the workflow model.").format(step=child_id))
    used, from_parameter = set(), _model_parameter_kind()
    for child in model.childAlgorithms().values():
        for sources in child.parameterSources().values():
            used.update(s.parameterName() for s in sources if s.source() == from_parameter)
    for definition in list(model.parameterDefinitions()):
        if not definition.isDestination() and definition.name() not in used:
            model.removeModelParameter(definition.name())
    path = folder / "national_summary_steps.model3"
    if not model.toFile(str(path)):
        raise InputError(tr("The model {path} could not be written.").format(path=path))
    return str(path)


class RunForMunicipalities(MigrantAlgorithm):
    """The workflow model for each selected municipality of national layers, on parallel worker processes."""

    ID = "run_for_municipalities"
    GROUP_ID = "workflow"

    MUNICIPALITIES = "MUNICIPALITIES"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    SELECTION = "SELECTION"
    STEPS = "STEPS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    DATABASE = "DATABASE"
    SCHEMA_PREFIX = "SCHEMA_PREFIX"
    PARALLEL = "PARALLEL"
    REDO = "REDO"
    TIMEOUT = "TIMEOUT"
    QGIS_PROCESS = "QGIS_PROCESS"
    SUMMARY = "SUMMARY"
    STATUS = "STATUS"
    CHART = "CHART"
    FINISHED = "FINISHED"
    SKIPPED = "SKIPPED"
    FAILED = "FAILED"

    def group(self) -> str:
        return workflow.group_name()

    def displayName(self) -> str:
        return tr("Run for many municipalities (national run)")

    def shortHelpString(self) -> str:
        return tr(
            "Runs the workflow model once per municipality of national or departmental layers, on parallel "
            "qgis_process worker processes of this QGIS. Each municipality (by its DIVIPOLA code) gets the "
            "settlements, parcels, reporting areas and facilities whose representative point lies in it, the hazard "
            "zones, roads, land use and water that touch it, and a window of the DEM; its growth scenarios start "
            "from its own population. A municipality already finished with the same data and settings is skipped, "
            "so an interrupted run resumes; one that fails is reported and the others go on. Several computers "
            "(or runs) pointed at the same output database or folder share the work.\n\n"
            "Inputs: the municipalities (polygons with the DIVIPOLA code), the national layers, the selection "
            "(codes, or a department code; empty: all) and the model's options. Outputs: one folder per "
            "municipality (GeoPackages, rasters, report), or one database schema per municipality for the tables; "
            "SUMMARY, one row per municipality and indicator (people and migrants in high hazard, coverage per "
            "facility type, land demand per scenario); STATUS, one row per municipality; and a chart of the "
            "summary."
        )

    def shortDescription(self) -> str:
        return tr("The whole analysis for each municipality of national layers, in parallel, resumable.")

    # ---------------------------------------------------------------- parameters
    def initAlgorithm(self, config=None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        municipalities = QgsProcessingParameterFeatureSource(self.MUNICIPALITIES, tr("Municipalities"), polygons)
        self.add_parameter(
            municipalities,
            tr(
                "Municipal boundaries with their DIVIPOLA code (DANE's MGN: MPIO_CDPMP). Only the selected "
                "features are run when 'Selected features only' is ticked."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Municipality code field (DIVIPOLA)"),
                parentLayerParameterName=self.MUNICIPALITIES,
                optional=True,
            ),
            tr("Five-digit DIVIPOLA code. Left empty, one named MPIO_CDPMP, COD_MPIO or DIVIPOLA."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                tr("Municipality name field"),
                parentLayerParameterName=self.MUNICIPALITIES,
                optional=True,
            ),
            tr("Name shown in the summary and on each report. Left empty, one named MPIO_CNMBR or municipio."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SELECTION, tr("Municipalities to run"), optional=True),
            tr(
                "DIVIPOLA codes separated by commas (e.g. 54001, 54874), or two-digit department codes for all "
                "their municipalities (e.g. 54). Empty: every municipality of the layer."
            ),
        )
        points = [QgsProcessing.SourceType.TypeVectorPoint]
        layers = (
            ("SETTLEMENTS", tr("Settlements or census blocks (national)"), polygons + points, False),
            ("HAZARDS", tr("Hazard zones (national)"), polygons, False),
            ("FACILITIES", tr("Service facilities (national)"), points, False),
            ("ROADS", tr("Road network (national)"), [QgsProcessing.SourceType.TypeVectorLine], False),
            ("LAND_USE", tr("Land use (POT, national)"), polygons, False),
            ("CANDIDATES", tr("Candidate parcels (national)"), polygons, True),
            ("AREAS", tr("Reporting areas (comunas, barrios)"), polygons, True),
            ("WATER", tr("Water bodies"), polygons, True),
        )
        texts = workflow.parameter_texts()
        for name, label, kinds, optional in layers:
            self.add_parameter(
                QgsProcessingParameterFeatureSource(name, label, kinds, optional=optional), texts[name][1]
            )
        self.add_parameter(QgsProcessingParameterRasterLayer("DEM", tr("Elevation (DEM, national)")), texts["DEM"][1])
        steps = QgsProcessingParameterEnum(
            self.STEPS,
            tr("Steps for each municipality"),
            options=[
                tr("The whole workflow, with each municipality's report (needs candidate parcels)"),
                tr("Only what the national summary needs (exposure, access, suitability, growth scenarios)"),
            ],
            defaultValue=WHOLE_MODEL,
        )
        self.add_parameter(
            steps,
            tr(
                "The whole workflow model (ranking of parcels, weight sensitivity and the council report included), "
                "or only its steps that the national summary uses, which is faster."
            ),
        )
        self._add_model_options()
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")),
            tr(
                "One folder per municipality (named by its DIVIPOLA code) with its results, and the logs. Run again "
                "with the same folder to resume."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterProviderConnection(
                self.DATABASE, tr("PostgreSQL database for the tables (connection)"), "postgres", optional=True
            ),
            tr(
                "A PostgreSQL connection of QGIS. When set, each municipality's tables go to its own schema "
                "(prefix + DIVIPOLA code) instead of GeoPackages; rasters and reports stay in the output folder."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SCHEMA_PREFIX, tr("Schema prefix"), defaultValue="mpio_"),
            tr("Each municipality's schema is this prefix and its code, e.g. mpio_54001."),
        )
        parallel = QgsProcessingParameterNumber(
            self.PARALLEL,
            tr("Worker processes"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=max(1, os.cpu_count() or 1),
            minValue=1,
            maxValue=256,
        )
        self.add_parameter(
            parallel,
            tr(
                "How many municipalities run at once, each in its own qgis_process (default: the number of "
                "processors). Each needs the memory of one single run."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.REDO, tr("Run finished municipalities again"), defaultValue=False),
            tr("Run every selected municipality again, even those already finished with the same data and settings."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                tr("Time limit per municipality (minutes, 0: none)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
            ),
            tr("A municipality still running after this many minutes is stopped and reported as failed."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                self.QGIS_PROCESS, tr("qgis_process program"), optional=True, fileFilter=tr("All files (*)")
            ),
            tr("The qgis_process of this QGIS runs the workers; give its path only when it is not found."),
            advanced=True,
        )
        no_geometry = QgsProcessing.SourceType.TypeVector
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("National summary"), no_geometry))
        self.parameterDefinition(self.SUMMARY).setHelp(
            tr("One row per municipality and indicator (see the algorithm's documentation).")
        )
        status = QgsProcessingParameterFeatureSink(self.STATUS, tr("Municipalities run (status)"), no_geometry)
        self.addParameter(status)
        self.parameterDefinition(self.STATUS).setHelp(
            tr("One row per selected municipality: status, message, time, memory and where its results are.")
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.CHART, tr("National summary chart"), tr("PNG files (*.png)"))
        )
        self.parameterDefinition(self.CHART).setHelp(
            tr("People in high hazard, coverage per facility type and land demand per scenario, per municipality.")
        )
        self.addOutput(QgsProcessingOutputFolder(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.FINISHED, tr("Municipalities finished")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Municipalities skipped (already finished)")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Municipalities failed")))

    def _add_model_options(self) -> None:
        """The workflow model's options (thresholds, cell size, AHP, scenarios, fields...), as the model has them."""
        model = workflow.load_model()
        if model is None:
            return
        for definition in model.parameterDefinitions():
            if definition.isDestination() or definition.name() in PER_MUNICIPALITY:
                continue
            copy = definition.clone()
            if definition.name() == "SCENARIOS":
                copy.setDefaultValue(resource("scenarios", NATIONAL_SCENARIOS).read_text(encoding="utf-8"))
                copy.setHelp(
                    tr(
                        "Growth scenarios as in the workflow model, for every municipality. Leave base_population "
                        "out: each municipality's own population (its settlements) is used; use growth_rate rather "
                        'than arrivals_per_year. Scenarios per municipality: an object {{"54001": [...], "*": [...]}} '
                        "('*': the others)."
                    ).format()
                )
            if isinstance(copy, QgsProcessingParameterField) or definition.name() in ("LEVEL_MAP", "SERVICE_STANDARDS"):
                copy.setFlags(copy.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(copy)

    # ---------------------------------------------------------------- running
    def execute(self, parameters, context, feedback) -> dict:
        steps = self.parameterAsEnum(parameters, self.STEPS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        if postgis.strip_prefix(folder) is not None:
            raise InputError(
                tr("Output folder: give a folder; database tables are chosen with the PostgreSQL connection parameter.")
            )
        executable = workers.find_qgis_process(self.parameterAsString(parameters, self.QGIS_PROCESS, context))
        feedback.pushInfo(tr("Workers: {program}").format(program=executable))
        if steps == WHOLE_MODEL and self.source(parameters, "CANDIDATES", context, required=False) is None:
            raise InputError(
                tr(
                    "The whole workflow needs candidate parcels. Give them, or choose 'Only what the national summary "
                    "needs' in the steps."
                )
            )

        # the municipalities
        optional = ("CANDIDATES", "AREAS", "WATER")
        sources = {
            name: self.source(parameters, name, context, required=name not in optional)
            for name in national_inputs.ROLES
        }
        if steps == SUMMARY_STEPS:
            sources["CANDIDATES"] = None  # only the ranking and the report use them
        boundaries = self.source(parameters, self.MUNICIPALITIES, context)
        crs = self.metric_crs([sources["SETTLEMENTS"], boundaries], context)
        feedback.pushInfo(tr("Every municipality is cut out in {crs}.").format(crs=describe(crs)))
        code_field = self.field(
            parameters,
            self.CODE_FIELD,
            context,
            boundaries,
            "municipality",
            required=True,
            label=tr("municipality code (DIVIPOLA)"),
        )
        name_field = self.field(
            parameters, self.NAME_FIELD, context, boundaries, "municipality_name", label=tr("municipality name")
        )
        frame = self.read(boundaries, crs, context, feedback)
        label = boundaries.label
        everything = national.municipalities(
            frame[code_field].tolist(),
            frame[name_field].tolist() if name_field else None,
            frame.geometry.values,
            label,
            code_field,
        )
        chosen = national.select(everything, self.parameterAsString(parameters, self.SELECTION, context), label)
        if not chosen:
            raise InputError(tr("{layer}: no municipality to run.").format(layer=label))
        feedback.pushInfo(tr("{n} municipalities to run.").format(n=len(chosen)))
        template = national.scenario_template(self.parameterAsString(parameters, "SCENARIOS", context), len(chosen))
        parallel = min(self.parameterAsInt(parameters, self.PARALLEL, context), len(chosen))

        # where the results go
        os.makedirs(folder, exist_ok=True)
        run_dir = Path(folder) / national_store.WORK / f"run-{uuid.uuid4().hex[:10]}"
        run_dir.mkdir(parents=True)
        store = None
        launcher = None
        try:
            algorithm = MODEL_ID if steps == WHOLE_MODEL else summary_variant(run_dir)
            outputs = self._model_outputs(steps)
            store, password = self._store(parameters, context, feedback, folder, outputs, [m.code for m in chosen], crs)

            # the national layers
            frames, wkb_types, labels = {}, {}, {}
            for k, (name, source) in enumerate(sources.items()):
                if source is None:
                    continue
                start, end = 1.0 + 4.0 * k / len(sources), 1.0 + 4.0 * (k + 1) / len(sources)
                frames[name] = self.read(source, crs, context, feedback, start=start, end=end)
                wkb_types[name] = self.output_type(source.wkbType())
                labels[name] = source.label
            population_field = self.field(parameters, "POPULATION_FIELD", context, sources["SETTLEMENTS"], "population")
            dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
            dem = national_inputs.DemWindow(dem_layer.source(), dem_layer.crs(), crs, context.transformContext())
            inputs = national_inputs.NationalInputs(
                frames,
                wkb_types,
                labels,
                crs,
                chosen,
                context.transformContext(),
                dem,
                population_field,
                template,
                self._fixed_parameters(parameters, context, steps),
            )
            for name in ("SETTLEMENTS", "FACILITIES", "CANDIDATES", "AREAS"):
                left = inputs.unassigned(name) if name in frames else 0
                if left:
                    feedback.reportError(
                        tr("{layer}: {n} features lie in no municipality of {boundaries}; they are left out.").format(
                            layer=labels[name], n=left, boundaries=label
                        ),
                        False,
                    )

            env = workers.worker_environment(run_dir, locale_code(), password)
            launcher = workers.WorkerPool(executable, algorithm, env, run_dir, cwd=str(run_dir))
            run = NationalRun(
                chosen,
                store,
                launcher,
                inputs.prepare,
                self._settings(parameters, context, steps, crs),
                parallel=parallel,
                redo=self.parameterAsBool(parameters, self.REDO, context),
                timeout_s=60.0 * self.parameterAsDouble(parameters, self.TIMEOUT, context),
                progress=self.progress(feedback, 5.0, 95.0),
                info=feedback.pushInfo,
                warn=lambda text: feedback.reportError(text, False),
                is_canceled=feedback.isCanceled,
                worker_name=store.name,
            )
            feedback.pushInfo(
                tr("Running {n} municipalities on {k} worker processes ({steps}).").format(
                    n=len(chosen), k=parallel, steps=self.parameterDefinition(self.STEPS).options()[steps]
                )
            )
            try:
                outcomes = run.run()
            except Cancelled:
                done = sum(1 for o in run.outcomes.values() if o.status != FAILED)
                raise QgsProcessingException(
                    tr(
                        "Cancelled. The {n} municipalities finished before the cancel are kept in {folder}; the "
                        "running ones were stopped and left nothing. Run again with the same folder to go on."
                    ).format(n=done, folder=folder)
                ) from None
        finally:
            if launcher is not None:
                launcher.stop_all()
            shutil.rmtree(run_dir, ignore_errors=True)
            if store is not None:
                store.close()
            national_store.tidy(folder)
        return self._finish(parameters, context, feedback, folder, outcomes, store)

    def _model_outputs(self, steps: int) -> List[str]:
        """The model's output names for the chosen steps."""
        return [
            name
            for name in national_store.OUTPUT_NAMES
            if steps == WHOLE_MODEL or name.split(":", 1)[0] not in REPORT_STEPS
        ]

    def _store(self, parameters, context, feedback, folder: str, outputs: List[str], codes: List[str], crs):
        """The folder store, or the PostGIS store (checked); and the password the workers need."""
        name = self.parameterAsConnectionName(parameters, self.DATABASE, context) if self.DATABASE in parameters else ""
        if not name:
            return national_store.FolderStore(folder, outputs), ""
        uri = database_uri(name)
        prefix = self.parameterAsString(parameters, self.SCHEMA_PREFIX, context)
        store = national_store.PostgisStore(uri, prefix, folder, outputs)
        try:
            srid = store.check(codes, crs)
        except BaseException:
            store.close()
            raise
        feedback.pushInfo(
            tr("Tables go to the schemas {prefix}<code> of {place} (SRID {srid}).").format(
                prefix=prefix, place=store.place, srid=srid
            )
        )
        return store, store.uri.password()

    def _option_values(self, parameters, context, steps: int) -> Dict[str, str]:
        """The model's options as the workers get them (text), empty ones left out."""
        values = {}
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name in PER_MUNICIPALITY or name == "SCENARIOS" or not self._is_model_option(name):
                continue
            if steps == SUMMARY_STEPS and name in ("CANDIDATE_ID_FIELD", "AUTHOR", "LANGUAGE"):
                continue
            text = self.parameterAsString(parameters, name, context)
            if text not in (None, ""):
                values[name] = text
        return values

    @staticmethod
    def _is_model_option(name: str) -> bool:
        """Whether a parameter of this algorithm is one of the model's options."""
        return name.isupper() and name not in {
            "MUNICIPALITIES",
            "CODE_FIELD",
            "NAME_FIELD",
            "SELECTION",
            "STEPS",
            "OUTPUT_FOLDER",
            "DATABASE",
            "SCHEMA_PREFIX",
            "PARALLEL",
            "REDO",
            "TIMEOUT",
            "QGIS_PROCESS",
            "SUMMARY",
            "STATUS",
            "CHART",
        }

    def _fixed_parameters(self, parameters, context, steps: int) -> Dict[str, str]:
        """Parameters every worker gets: the model's options."""
        return self._option_values(parameters, context, steps)

    def _settings(self, parameters, context, steps: int, crs) -> str:
        """The digest of everything but the data that decides the results (a finished municipality with another
        digest is run again)."""
        values = self._option_values(parameters, context, steps)
        values["SCENARIOS"] = json.dumps(
            national.scenario_template(self.parameterAsString(parameters, "SCENARIOS", context), 1), sort_keys=True
        )
        return national.digest(
            {"options": values, "steps": steps, "crs": crs.authid() or crs.toWkt(), "plugin": plugin_version()}
        )

    # ---------------------------------------------------------------- the national outputs
    def _finish(self, parameters, context, feedback, folder: str, outcomes, store) -> dict:
        """Write SUMMARY, STATUS and the chart; report the failures."""
        finished = [o for o in outcomes if o.status in (FINISHED, SKIPPED, ELSEWHERE) and o.marker]
        failed = [o for o in outcomes if o.status == FAILED]
        summary = national.national_summary(
            (o.municipality.code, o.municipality.name, o.marker.get("records", [])) for o in finished
        )
        is_postgis = isinstance(store, national_store.PostgisStore)
        status = pd.DataFrame(
            {
                "divipola": [o.municipality.code for o in outcomes],
                "municipality": [o.municipality.name for o in outcomes],
                "status": [o.status for o in outcomes],
                "message": [o.message for o in outcomes],
                "seconds": [float((o.marker or {}).get("seconds") or o.seconds or float("nan")) for o in outcomes],
                "peak_mb": [float((o.marker or {}).get("peak_mb") or o.peak_mb or float("nan")) for o in outcomes],
                "results": [str(Path(folder) / o.municipality.code) if o.status != FAILED else "" for o in outcomes],
                "db_schema": [
                    store.schema(o.municipality.code) if is_postgis and o.status != FAILED else "" for o in outcomes
                ],
                "finished_at": [(o.marker or {}).get("finished", "") for o in outcomes],
                "worker": [(o.marker or {}).get("worker", "") for o in outcomes],
            }
        )
        if not finished and failed:
            raise InputError(
                tr("Every municipality failed; the first: {m}: {message}").format(
                    m=failed[0].municipality.label, message=failed[0].message
                )
            )
        results = {
            self.OUTPUT_FOLDER: folder,
            self.FINISHED: sum(1 for o in outcomes if o.status in (FINISHED, ELSEWHERE)),
            self.SKIPPED: sum(1 for o in outcomes if o.status == SKIPPED),
            self.FAILED: len(failed),
        }
        chart_path = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart_path:
            charts.save_png(national_summary_chart(summary), chart_path)
            results[self.CHART] = chart_path
        no_geometry = QgsWkbTypes.Type.NoGeometry
        results[self.SUMMARY] = self.write(
            parameters,
            self.SUMMARY,
            context,
            summary,
            no_geometry,
            aliases=national.summary_aliases(),
            abstract=tr("National summary of run_for_municipalities: one row per municipality and indicator."),
        )
        results[self.STATUS] = self.write(
            parameters, self.STATUS, context, status, no_geometry, aliases=status_aliases()
        )
        for outcome in failed:
            feedback.reportError(
                tr("{m} failed: {message}").format(m=outcome.municipality.label, message=outcome.message), False
            )
        feedback.pushInfo(
            tr("{finished} municipalities finished, {skipped} skipped (already finished), {failed} failed.").format(
                finished=results[self.FINISHED], skipped=results[self.SKIPPED], failed=results[self.FAILED]
            )
        )
        feedback.setProgress(100)
        return results
