"""The one base class of the plugin's algorithms, and the helpers every adapter shares."""

from __future__ import annotations

import logging
import traceback
from typing import Dict, Iterable, Optional, Sequence

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError
from ..core.fields import GIVEN, Pick, detect
from ..core.i18n import tr
from ..log import LOG, FeedbackHandler
from ..paths import icon_path
from ..qgis_io import crs as io_crs
from ..qgis_io import vector as io_vector
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

    def processAlgorithm(self, parameters, context, feedback):
        """Run ``execute`` with the log forwarded to the feedback and errors made readable."""
        if feedback is None:
            feedback = QgsProcessingFeedback()
        self._feedback = feedback
        self._writing = False
        self._picked_fields = {}  # role -> field per layer, so that a field plays one role (see field())
        handler = FeedbackHandler(feedback)
        LOG.addHandler(handler)
        if LOG.level == logging.NOTSET or LOG.level > logging.INFO:
            LOG.setLevel(logging.INFO)
        try:
            return self.execute(parameters, context, feedback)
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
            LOG.removeHandler(handler)

    @staticmethod
    def progress(feedback: QgsProcessingFeedback, start: float = 0.0, end: float = 100.0):
        """A core progress function: maps [0, 1] to [start, end] % and raises Cancelled on cancel."""

        def report(fraction: float) -> None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))

        return report

    def check_canceled(self) -> None:
        """Raise Cancelled when the user pressed Cancel and no output has been written yet.

        Called before the first output is written (a cancel that came after the last progress step still
        writes nothing); once writing has begun it finishes, so no output is left half-written or alone.
        """
        feedback = getattr(self, "_feedback", None)
        if feedback is not None and feedback.isCanceled() and not getattr(self, "_writing", False):
            raise Cancelled()

    # ---------------------------------------------------------------- reading
    def metric_crs(self, sources: Iterable[object], context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
        """The CRS to compute in (DESIGN rule), decided by the first source with a CRS."""
        return io_crs.choose_metric_crs(sources, context)

    def source(self, parameters: dict, name: str, context: QgsProcessingContext, required: bool = True):
        """The feature source of a parameter; a clear error when a required one cannot be opened."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
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
                # a plain OGR file layer can be read in bulk by GDAL (qgis_io.ogr_read decides)
                source.ogr_layer = self.parameterAsVectorLayer(parameters, name, context)
            project = context.project()
            layer = project.mapLayer(value) if isinstance(value, str) and project is not None else None
            source.label = io_vector.label_for_value(layer or value, source.sourceName())
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
        self._writing = True
        # A GeoPackage's own key column ("fid") read as an attribute would become the output's key again:
        # keep its values under another name, so sorted outputs keep their order and keys stay unique.
        renamed = {c: "src_fid" for c in frame.columns if str(c).lower() == "fid" and "src_fid" not in frame.columns}
        if renamed:
            frame = frame.rename(columns=renamed)
        if str(self.parameterAsOutputLayer(parameters, name, context)).lower().endswith(".csv"):
            frame = io_vector.csv_numbers(frame)
        fields = io_vector.fields_for(frame, aliases)
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields, wkb_type, crs if crs is not None else QgsCoordinateReferenceSystem()
        )
        if sink is None:
            if name in parameters and parameters[name] is not None:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None
        io_vector.write_features(sink, frame, fields, multi=QgsWkbTypes.isMultiType(wkb_type))
        if (aliases or abstract) and context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(_AliasPostProcessor(aliases or {}, abstract))
        return dest_id
