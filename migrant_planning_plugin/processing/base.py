"""The one base class of the plugin's algorithms, and the helpers every adapter shares."""

from __future__ import annotations

import logging
import math
import os
import signal
import threading
import traceback
from typing import Dict, Iterable, List, Optional, Sequence

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError
from ..core.fields import GIVEN, Pick, detect
from ..core.i18n import tr
from ..core.text import parse_number
from ..log import LOG, FeedbackHandler
from ..paths import icon_path
from ..qgis_io import crs as io_crs
from ..qgis_io import destinations as io_destinations
from ..qgis_io import postgis as io_postgis
from ..qgis_io import staging
from ..qgis_io import vector as io_vector
from ..qgis_io.outputs import StagedOutputs
from ..qgis_io.vector import sample_values

HELP_URL = "https://github.com/migrant-planning/migrant_planning_plugin/blob/main/docs/user-guide/README.md"
TRACKER_URL = "https://github.com/migrant-planning/migrant_planning_plugin/issues"


def group_name(group_id: str) -> str:
    """Translated name of an algorithm group."""
    names = {
        "data": tr("Data"),
        "exposure": tr("Hazard exposure"),
        "access": tr("Access to services"),
        "suitability": tr("Site suitability"),
        "scenarios": tr("Growth scenarios"),
        "report": tr("Report"),
    }
    return names.get(group_id, group_id)


class LayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Base of what an algorithm does to an output layer that Processing loads (a style, aliases): :meth:`apply`.

    QGIS keeps only a raw pointer to a post-processor, so each one holds a Python reference to itself until it
    has run once.
    """

    _alive: list = []

    def __init__(self) -> None:
        super().__init__()
        LayerPostProcessor._alive.append(self)

    def apply(self, layer) -> None:
        """Change the loaded layer."""
        raise NotImplementedError

    def postProcessLayer(self, layer, context, feedback) -> None:
        """Run :meth:`apply`, then let go of the reference."""
        try:
            self.apply(layer)
        finally:
            self.release()

    def release(self) -> None:
        """Let go of the reference (the post-processor will not run, or has run)."""
        if self in LayerPostProcessor._alive:
            LayerPostProcessor._alive.remove(self)


class _AliasPostProcessor(LayerPostProcessor):
    """Sets field aliases and an abstract on an output layer when it is loaded."""

    def __init__(self, aliases: Dict[str, str], abstract: str = "") -> None:
        super().__init__()
        self.aliases = aliases
        self.abstract = abstract

    def apply(self, layer) -> None:
        """Apply the aliases and the abstract."""
        fields = layer.fields()
        for name, alias in self.aliases.items():
            index = fields.lookupField(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        if self.abstract:
            metadata = layer.metadata()
            metadata.setAbstract(self.abstract)
            layer.setMetadata(metadata)


_MODEL_OUTPUTS = "migrant_planning_outputs"


def _model_store(context: QgsProcessingContext):
    """The object that lives as long as a model's run (its context's layer store), or None outside a model."""
    if context is None or not context.expressionContext().hasVariable("model_name"):
        return None
    return context.temporaryLayerStore()


def _model_outputs(context: QgsProcessingContext) -> List[tuple]:
    """What the earlier steps of the model being run wrote: (step, place)."""
    store = _model_store(context)
    if store is None:
        return []
    found = []
    for record in store.property(_MODEL_OUTPUTS) or []:
        kind, key, path, layer, step = str(record).split("\x1f")
        found.append((step, io_destinations.Place(kind, key, path, layer)))
    return found


class _TerminationGuard:
    """In a qgis_process run, SIGTERM cancels the run (its staged outputs are deleted), then ends the process.

    Only there: qgis_process runs one algorithm on its main thread, so the Python handler runs between two
    steps of the run, which then stops at its next progress check. In QGIS desktop a Python handler would keep
    the application from ending when the session asks it to (and the handler would run only when Python code
    runs); there, and for SIGKILL or a crash, the staged files are obviously temporary names that the next run
    removes (:func:`..qgis_io.staging.clean_stale`).
    """

    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        self.feedback = feedback
        self.previous = None
        self.received = False
        application = QgsApplication.instance()
        platform = application.platform() if application is not None else ""
        self.active = (
            platform == "qgis_process"
            and threading.current_thread() is threading.main_thread()
            and hasattr(signal, "SIGTERM")
        )
        if self.active:
            try:
                self.previous = signal.signal(signal.SIGTERM, self._terminate)
            except (ValueError, OSError):
                self.active = False

    def _terminate(self, _signum, _frame) -> None:
        """Cancel the run; the process ends once its outputs are cleaned up (see :meth:`release`)."""
        self.received = True
        self.feedback.cancel()

    def release(self) -> None:
        """Restore the previous handler; after a SIGTERM, end the process as SIGTERM would have."""
        if not self.active:
            return
        signal.signal(signal.SIGTERM, self.previous if self.previous is not None else signal.SIG_DFL)
        if self.received:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)


class MigrantAlgorithm(QgsProcessingAlgorithm):
    """Base of every algorithm: ids, group, icon, help, error translation, logging and progress.

    A subclass sets ``ID`` and ``GROUP_ID``, implements ``displayName``, ``shortHelpString``,
    ``initAlgorithm`` and ``execute`` (not ``processAlgorithm``; ``run`` is taken by QGIS). ``execute`` reads through
    :mod:`..qgis_io`, calls one ``core`` function and writes sinks only once the result is
    complete, so a cancelled or failed run writes nothing.
    """

    ID = ""
    GROUP_ID = ""
    ICON = "plugin.svg"

    # ---------------------------------------------------------------- identity
    def name(self) -> str:
        return self.ID

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def helpUrl(self) -> str:
        return HELP_URL

    # ---------------------------------------------------------------- parameters
    def add_parameter(
        self, parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False
    ) -> None:
        """Add ``parameter`` with its help text (every parameter has one), among the advanced ones if asked."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(parameter)

    # ---------------------------------------------------------------- running
    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Do the work; subclasses implement this instead of ``processAlgorithm``."""
        raise NotImplementedError

    def planned_files(self, parameters: dict, context: QgsProcessingContext) -> Dict[str, List[str]]:
        """Files the run will write into an output folder, by the folder's parameter (checked before the run).

        An algorithm with a folder output names them here when it can tell cheaply; every file it stages is
        checked again when it is written, so this only makes the refusal come before the computation.
        """
        return {}

    def checkParameterValues(self, parameters: dict, context: QgsProcessingContext):
        """QGIS's check, with messages of our own for numbers (the valid range, the decimal mark) and for PostGIS
        layers that cannot be opened (password, server, table, view key)."""
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                problem = self._number_problem(definition, parameters.get(definition.name()))
                if problem:
                    return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            message = io_postgis.explain_parameters(self, parameters) or message
        return ok, message

    @staticmethod
    def _number_problem(definition: QgsProcessingParameterNumber, value: object) -> str:
        """Why a numeric parameter's value is refused ('' when it is fine)."""
        if value is None or isinstance(value, QgsProperty) or (isinstance(value, str) and not value.strip()):
            return ""
        name = definition.name()
        low, high = definition.minimum(), definition.maximum()
        limit = 1e300  # QGIS's "no limit"
        if isinstance(value, str):
            text = value.strip()
            try:
                qgis_reads = float(text)
            except ValueError:
                qgis_reads = None
            try:
                ours = parse_number(text, name)
            except InputError as error:
                return str(error) if qgis_reads is None else ""
            if qgis_reads is None:
                return tr(
                    "{name}: QGIS reads numeric parameters with a decimal point: write {value} as {fixed}."
                ).format(name=name, value=text, fixed=f"{ours:g}")
            if not math.isclose(qgis_reads, ours):
                return tr(
                    "{name}: '{value}' is read by QGIS as {qgis}, not {ours} (in numeric parameters a point is the "
                    "decimal mark). Write {qgis} or {ours_plain}."
                ).format(name=name, value=text, qgis=f"{qgis_reads:g}", ours=f"{ours:g}", ours_plain=f"{ours:.0f}")
            value = qgis_reads
        try:
            number = float(value)
        except (TypeError, ValueError):
            return ""
        if not math.isfinite(number):
            return tr("{name}: {value} is not a finite number.").format(name=name, value=value)
        below = low > -limit and number < low
        above = high < limit and number > high
        if below or above:
            if low > -limit and high < limit:
                return tr("{name} ({label}): {value} is out of range; give a value between {low} and {high}.").format(
                    name=name, label=definition.description(), value=f"{number:g}", low=f"{low:g}", high=f"{high:g}"
                )
            if below:
                return tr("{name} ({label}): {value} is too small; give a value of at least {low}.").format(
                    name=name, label=definition.description(), value=f"{number:g}", low=f"{low:g}"
                )
            return tr("{name} ({label}): {value} is too large; give a value of at most {high}.").format(
                name=name, label=definition.description(), value=f"{number:g}", high=f"{high:g}"
            )
        if definition.dataType() == QgsProcessingParameterNumber.Type.Integer and not float(number).is_integer():
            return tr("{name} ({label}): {value} is not a whole number.").format(
                name=name, label=definition.description(), value=f"{number:g}"
            )
        return ""

    @property
    def staged(self) -> StagedOutputs:
        """The outputs of the current run: everything staged here is moved into place together when the run
        ends well, and deleted when it does not (see :mod:`..qgis_io.outputs`)."""
        if getattr(self, "_staged", None) is None:
            self._staged = StagedOutputs(guard=self._guard_output)
        return self._staged

    def _guard_output(self, final: str, parameter: str) -> None:
        """Refuse a file the run is about to stage that is one of its inputs or another output's destination."""
        path, _sep, layer = str(final).partition("|layername=")
        place = io_destinations.file_place(path, layer)
        labels = {d.name(): f"{d.name()} ({d.description()})" for d in self.parameterDefinitions()}
        name = parameter or path
        error = io_destinations.input_clash(name, place, getattr(self, "_run_inputs", []), labels)
        if error is None:
            for other, destination in getattr(self, "_run_destinations", {}).items():
                if other != parameter and destination.place is not None:
                    error = io_destinations.output_clash(name, place, other, destination.place, labels)
                    if error is not None:
                        break
        if error is None:
            for other, other_place in getattr(self, "_run_staged_places", []):
                if other != parameter:
                    error = io_destinations.output_clash(name, place, other, other_place, labels)
                    if error is not None:
                        break
        if error is not None:
            raise error
        self._run_staged_places = [*getattr(self, "_run_staged_places", []), (parameter, place)]

    def _prepare_destinations(self, parameters: dict, context: QgsProcessingContext) -> dict:
        """Resolve the run's destinations and refuse any that is an input or another output (before computing)."""
        try:
            planned = self.planned_files(parameters, context)
        except InputError:
            planned = {}  # the run itself will refuse the bad parameter, with its own message
        concrete, self._run_destinations, self._run_inputs = io_destinations.check(
            self, parameters, context, planned, inputs=getattr(self, "_prepared_inputs", None)
        )
        earlier = _model_outputs(context)
        if earlier:
            places = [(n, d.place) for n, d in self._run_destinations.items() if d.place is not None]
            places += [(n, io_destinations.file_place(p)) for n, files in planned.items() for p in files]
            for name, place in places:
                for step, other in earlier:
                    if place.overlaps(other):
                        raise InputError(
                            tr(
                                "{output} would replace {place}, which the step {step} of this model wrote already. "
                                "Give each step of the model its own output."
                            ).format(output=name, place=place.shown(), step=step)
                        )
        return concrete

    def _record_model_outputs(self, context: QgsProcessingContext) -> None:
        """In a model, remember what this step wrote, so that a later step cannot silently replace it."""
        store = _model_store(context)
        if store is None:
            return
        places = [(n, d.place) for n, d in self._run_destinations.items() if d.place is not None]
        places += list(self._run_staged_places)
        records = list(store.property(_MODEL_OUTPUTS) or [])
        for name, place in places:
            step = f"{self.displayName()} ({name})"
            record = "\x1f".join((place.kind, place.key, place.path, place.layer, step))
            if record not in records:
                records.append(record)
        store.setProperty(_MODEL_OUTPUTS, records)

    def prepareAlgorithm(self, parameters, context, feedback):
        """Note the places the run reads, on the thread that starts it.

        QGIS calls this on the main thread when it runs the algorithm as a background task (the toolbox, the dock),
        before ``processAlgorithm`` on a worker thread: the layers of the project belong to the main thread, and
        reading them from a worker while the project changes crashed QGIS (the dock's runs, once in CI). A failure
        here is left to ``processAlgorithm``, which reports it with its own message.
        """
        try:
            self._prepared_inputs = io_destinations.input_places(self, parameters, context)
        except Exception:  # processAlgorithm reads the inputs again and says what is wrong
            self._prepared_inputs = None
        return True

    def processAlgorithm(self, parameters, context, feedback):
        """Run ``execute`` with the log forwarded to the feedback and errors made readable.

        Before anything is computed, every destination is compared with the inputs and the other destinations
        (:mod:`..qgis_io.destinations`); the outputs are staged and moved into place together at the end, or
        deleted when the run fails or is cancelled (also by SIGTERM in qgis_process).
        """
        if feedback is None:
            feedback = QgsProcessingFeedback()
        self._feedback = feedback
        self._staged = None
        self._run_destinations, self._run_inputs, self._run_staged_places = {}, [], []
        self._picked_fields = {}  # role -> field per layer, so that a field plays one role (see field())
        handler = FeedbackHandler(feedback)
        LOG.addHandler(handler)
        if LOG.level == logging.NOTSET or LOG.level > logging.INFO:
            LOG.setLevel(logging.INFO)
        self._postgis = None
        termination = _TerminationGuard(feedback)
        try:
            parameters = self._prepare_destinations(parameters, context)
            # PostGIS destinations are checked before anything is computed, written in one transaction
            # and committed only when the whole run succeeded (qgis_io.postgis)
            self._postgis = io_postgis.OutputSession.prepare(self, parameters, context)
            results = self.execute(parameters, context, feedback)
            self.check_canceled()  # a cancel after the last step: nothing is moved into place
            if self._postgis is not None:
                self._postgis.commit()
            if self._staged is not None:
                self._staged.commit()
            self._record_model_outputs(context)
            return results
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled by the user: nothing was written.")) from None
        except QgsProcessingException:
            raise
        except MemoryError:
            raise QgsProcessingException(
                tr(
                    "Not enough memory for {alg}. Use a larger cell size or a smaller area, or close other programs."
                ).format(alg=self.displayName())
            ) from None
        except Exception as error:
            LOG.removeHandler(handler)
            LOG.error("%s", traceback.format_exc())
            raise QgsProcessingException(
                tr(
                    "Unexpected error in {alg}: {error}. The details are in the message log "
                    "(View > Panels > Log Messages, tab 'Migrant planning'); please report them at {url}."
                ).format(alg=self.displayName(), error=error, url=TRACKER_URL)
            ) from None
        finally:
            if self._staged is not None:
                self._staged.discard()  # nothing left after a commit; everything after a failure or a cancel
            LOG.removeHandler(handler)
            if self._postgis is not None:
                self._postgis.close()
            termination.release()

    @staticmethod
    def progress(feedback: QgsProcessingFeedback, start: float = 0.0, end: float = 100.0):
        """A core progress function: maps [0, 1] to [start, end] % and raises Cancelled on cancel."""

        def report(fraction: float) -> None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))

        return report

    def check_canceled(self) -> None:
        """Raise Cancelled when the user pressed Cancel (outputs are staged: a cancel at any time writes nothing)."""
        feedback = getattr(self, "_feedback", None)
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()

    # ---------------------------------------------------------------- reading
    def metric_crs(self, sources: Iterable[object], context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
        """The CRS to compute in (DESIGN rule), decided by the first source with a CRS."""
        return io_crs.choose_metric_crs(sources, context)

    def source(self, parameters: dict, name: str, context: QgsProcessingContext, required: bool = True):
        """The feature source of a parameter; a clear error when a required one cannot be opened."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            definition = self.parameterDefinition(name)
            label = definition.description() if definition is not None else name
            why = io_postgis.explain_unreadable(parameters.get(name), label)
            raise QgsProcessingException(why or self.invalidSourceError(parameters, name))
        if source is not None:
            value = parameters.get(name)
            whole = True  # the whole layer, not a selection or the first n features
            if hasattr(value, "source") and hasattr(
                value, "selectedFeaturesOnly"
            ):  # QgsProcessingFeatureSourceDefinition
                whole = not value.selectedFeaturesOnly and value.featureLimit < 0
                whole = whole and not getattr(value, "filterExpression", "")
                value = value.source.staticValue()
            if whole:
                # a plain OGR file layer or a PostGIS table can be read in bulk by GDAL (qgis_io.ogr_read decides)
                source.ogr_layer = self.parameterAsVectorLayer(parameters, name, context)
            project = context.project()
            layer = project.mapLayer(value) if isinstance(value, str) and project is not None else None
            source.label = io_vector.label_for_value(layer or value, source.sourceName())
            io_vector.check_geometry_kind(source, source.label, self.parameterDefinition(name))
            definition = parameters.get(name)
            io_vector.check_filter(
                self.parameterAsVectorLayer(parameters, name, context),
                source.label,
                getattr(definition, "filterExpression", "") or "",
            )
            io_crs.check_coordinates(source, source.label)
        return source

    def read(
        self,
        source,
        crs: QgsCoordinateReferenceSystem,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        fields: Optional[Sequence[str]] = None,
        start: float = 0.0,
        end: float = 0.0,
    ):
        """A source as a GeoDataFrame in ``crs`` (see :func:`..qgis_io.vector.source_to_gdf`)."""
        if source is None:
            return None
        io_crs.check_missing_crs(source, io_vector.source_label(source), crs)
        frame = io_vector.source_to_gdf(
            source,
            target_crs=crs,
            context=context,
            fields=fields,
            progress=self.progress(feedback, start, end) if end > start else None,
            is_canceled=feedback.isCanceled,
        )
        io_vector.check_geometry_family(frame, source, io_vector.source_label(source))
        return frame

    def field(
        self,
        parameters: dict,
        name: str,
        context: QgsProcessingContext,
        source,
        role: str,
        required: bool = False,
        label: str = "",
        parent: Optional[str] = None,
    ) -> Optional[str]:
        """The field chosen in parameter ``name``, else the one detected for ``role`` by its name and values.

        A detected field is never one given in another field parameter of the same layer, nor one already
        used for another role of it in this run. The pick is logged, one line per role ("population:
        POBLACION (detected by name)"). With ``required`` and nothing chosen or detected, stops with a
        message naming the layer and the parameter to set. ``parent`` names the layer's parameter when
        ``name`` is not a field parameter of this algorithm.
        """
        layer_key = parent or self._parent_of(name) or str(id(source))
        picked = self.__dict__.setdefault("_picked_fields", {}).setdefault(layer_key, {})  # reset per run
        chosen = self.parameterAsString(parameters, name, context) if name and name in parameters else ""
        layer = io_vector.source_label(source) if source is not None else name
        if chosen:
            if source is not None:
                # QGIS finds fields whatever their case (and by alias): use the field's own name from here on
                index = source.fields().lookupField(chosen)
                if index < 0:
                    raise QgsProcessingException(
                        tr("{layer}: the field '{field}' does not exist. Choose an existing field in {param}.").format(
                            layer=layer, field=chosen, param=name
                        )
                    )
                chosen = source.fields().at(index).name()
            pick = Pick(role, chosen, GIVEN)
        elif source is not None:
            exclude = set(self._given_fields(parameters, context, name, layer_key))
            exclude |= {f for r, f in picked.items() if r != role and f}
            pick = detect(
                source.fields().names(),
                role,
                values=lambda column: sample_values(source, column),
                exclude=exclude,
                text=io_vector.text_fields(source),
            )
        else:
            pick = Pick(role, None)
        picked[role] = pick.field
        LOG.info(tr("{layer}: {pick}").format(layer=layer, pick=pick.describe(label)))
        if pick.field is None and required:
            raise QgsProcessingException(
                tr("{layer}: no field for {role} was found. Choose it in the parameter {param}.").format(
                    layer=layer, role=label or role, param=name
                )
            )
        return pick.field

    def _parent_of(self, name: str) -> Optional[str]:
        """The layer parameter a field parameter belongs to (None for other parameters)."""
        definition = self.parameterDefinition(name) if name else None
        if definition is None or not hasattr(definition, "parentLayerParameterName"):
            return None
        return definition.parentLayerParameterName() or None

    def _given_fields(self, parameters: dict, context: QgsProcessingContext, name: str, parent: str) -> list:
        """The fields given in the other field parameters of the layer ``parent``."""
        given = []
        for definition in self.parameterDefinitions():
            other = definition.name()
            if other == name or not hasattr(definition, "parentLayerParameterName"):
                continue
            if definition.parentLayerParameterName() != parent or parameters.get(other) in (None, "", []):
                continue
            value = self.parameterAsString(parameters, other, context)
            if value:
                given.append(value)
        return given

    # ---------------------------------------------------------------- writing
    @staticmethod
    def output_type(source_type: int) -> int:
        """The geometry type of an output that holds an input layer's geometries as read: 2D, linear, multi.

        Sources are read in 2D with curves segmentised (:func:`..qgis_io.vector.source_to_gdf`), so a
        CurvePolygon ZM layer gives a MultiPolygon output, never a MultiSurface ZM one holding flat polygons.
        """
        return QgsWkbTypes.multiType(QgsWkbTypes.linearType(QgsWkbTypes.flatType(source_type)))

    def write(
        self,
        parameters: dict,
        name: str,
        context: QgsProcessingContext,
        frame: pd.DataFrame,
        wkb_type=QgsWkbTypes.Type.NoGeometry,
        crs: Optional[QgsCoordinateReferenceSystem] = None,
        aliases: Optional[Dict[str, str]] = None,
        abstract: str = "",
    ) -> Optional[str]:
        """Create the sink of output ``name`` and write ``frame`` to it; returns the destination id.

        Call only once the whole result is computed (writing is not interrupted by Cancel, so
        outputs are never left half-written). Aliases (translated) and an abstract (e.g.
        the CRS used) are applied when the output is loaded into the project.
        """
        self.check_canceled()
        frame = io_vector.keep_fid_apart(frame)
        destination = self._destination(parameters, name, context)
        if destination is None:
            return None  # an optional output that was not asked for
        if destination.kind == io_destinations.FILE and destination.path.lower().endswith(".csv"):
            frame = io_vector.csv_numbers(frame)
        fields = io_vector.fields_for(frame, aliases)
        crs = crs if crs is not None else QgsCoordinateReferenceSystem()
        feedback = getattr(self, "_feedback", None)
        is_canceled = feedback.isCanceled if feedback is not None else None
        postgis = getattr(self, "_postgis", None)
        if postgis is not None and postgis.handles(name):
            dest_id = postgis.write(parameters, name, context, frame, fields, wkb_type, crs, abstract)
        elif destination.kind == io_destinations.FILE:
            dest_id = self.staged.vector(
                destination.path,
                frame,
                crs,
                context.transformContext(),
                wkb_type,
                layer=destination.layer,
                fields=fields,
                encoding=self._encoding(parameters, name),
                parameter=name,
                is_canceled=is_canceled,
            )
            self._load_on_completion(parameters, name, context, dest_id)
        else:  # memory layers and databases: written by QGIS's own sink, every batch checked
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            try:
                io_vector.write_features(
                    sink, frame, fields, multi=QgsWkbTypes.isMultiType(wkb_type), is_canceled=is_canceled
                )
                if not sink.flushBuffer():
                    raise io_vector.WriteError(io_vector.sink_error(sink))
            except io_vector.WriteError as error:
                raise staging.write_failure(destination.value or name, error) from None
        if (aliases or abstract) and context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(_AliasPostProcessor(aliases or {}, abstract))
        return dest_id

    def staged_uri(self, destination: Optional[str]) -> Optional[str]:
        """Where an output this run wrote is until the run ends (its temporary file or layer), to add to it;
        ``destination`` itself when it is not staged (a memory layer, a database)."""
        staged = getattr(self, "_staged", None)
        found = staged.location(destination) if staged is not None and destination else None
        return found or destination

    def _destination(self, parameters: dict, name: str, context: QgsProcessingContext):
        """Where output ``name`` writes (resolved once per run by :meth:`processAlgorithm`)."""
        destinations = getattr(self, "_run_destinations", None)
        if destinations is not None and name in destinations:
            return destinations[name]
        definition = self.parameterDefinition(name)
        return io_destinations.resolve_output(definition, parameters.get(name), context) if definition else None

    @staticmethod
    def _encoding(parameters: dict, name: str) -> str:
        """The file encoding asked for an output (the create option QGIS's dialog sets), else UTF-8."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            encoding = (value.createOptions or {}).get("fileEncoding")
            if encoding and str(encoding).lower() != "system":
                return str(encoding)
        return "UTF-8"

    def _load_on_completion(self, parameters: dict, name: str, context: QgsProcessingContext, uri: str) -> None:
        """Ask Processing to load a staged output when the run ends, as it does for the sinks it creates."""
        value = parameters.get(name)
        if not isinstance(value, QgsProcessingOutputLayerDefinition) or value.destinationProject is None:
            return
        definition = self.parameterDefinition(name)
        title = value.destinationName or (definition.description() if definition is not None else name)
        details = QgsProcessingContext.LayerDetails(
            title, value.destinationProject, name, QgsProcessingUtils.LayerHint.Vector
        )
        context.addLayerToLoadOnCompletion(uri, details)
