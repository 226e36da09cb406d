"""planning_report: the council report (PDF through the QGIS print layout, and HTML) from the analysis results."""

from __future__ import annotations

import configparser
import datetime
import logging
import os
import re
import shutil
import tempfile
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
import shapely
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ...core import report as core_report
from ...core.charts import save_png
from ...core.errors import Cancelled, InputError
from ...core.geometry import warn_if_apart
from ...core.i18n import tr
from ...core.levels import LEVELS
from ...core.report.html_page import render_html
from ...core.text import fold
from ...paths import METADATA_FILE
from ...qgis_io import crs as io_crs
from ...qgis_io import raster as io_raster
from ...qgis_io import report_layout
from ...qgis_io import vector as io_vector
from ...qgis_io.crs import describe
from ...translations import forced_language, locale_code
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")
LANGUAGE_CODES = (None, "es", "en")
_UNIT = re.compile(r"\((m|min)\)\s*$")


class PlanningReport(MigrantAlgorithm):
    """The report a planner brings to the council: cover, maps, tables, charts and method, in PDF and HTML."""

    ID = "planning_report"
    GROUP_ID = "report"

    EXPOSURE = "EXPOSURE"
    EXPOSURE_SUMMARY = "EXPOSURE_SUMMARY"
    ACCESS = "ACCESS"
    ACCESS_SUMMARY = "ACCESS_SUMMARY"
    SUITABILITY = "SUITABILITY"
    RANKED_PARCELS = "RANKED_PARCELS"
    SENSITIVITY = "SENSITIVITY"
    SCENARIO_SUMMARY = "SCENARIO_SUMMARY"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    CITY_NAME = "CITY_NAME"
    AUTHOR = "AUTHOR"
    LANGUAGE = "LANGUAGE"
    ACCESS_THRESHOLDS = "ACCESS_THRESHOLDS"
    SERVICE_STANDARDS = "SERVICE_STANDARDS"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"

    ANALYSIS_INPUTS = (
        EXPOSURE,
        EXPOSURE_SUMMARY,
        ACCESS,
        ACCESS_SUMMARY,
        SUITABILITY,
        RANKED_PARCELS,
        SENSITIVITY,
        SCENARIO_SUMMARY,
    )

    def displayName(self) -> str:
        return tr("Planning report for the council")

    def shortHelpString(self) -> str:
        return tr(
            "Builds the report a planning office brings to the municipal council from the results of the other "
            "algorithms: a cover with the key figures and findings; a map of the settlements by their highest "
            "hazard level and the exposure tables per area and hazard type; coverage by facility type and area; a "
            "suitability map with the best candidate parcels numbered by rank, their table, the area per class and "
            "the weight sensitivity; the comparison of the growth scenarios; charts; and a method page (CRS, "
            "counting rules, criteria, weights and consistency ratio, thresholds, standards, data sources). "
            "Numbers are written for Colombian readers (thousands grouped by a space, a decimal comma in Spanish).\n\n"
            "Every input is optional, but at least one analysis result is needed: a section whose inputs are "
            "missing is left out. The PDF (A4) is made with the QGIS print layout and an HTML version, "
            "self-contained, can be written too; both in the language of QGIS, in Spanish or in English. Files are "
            "written only when the whole report is ready, so a cancelled or failed run leaves none."
        )

    def flags(self):
        """Layouts are built and exported on the main thread."""
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        table = [QgsProcessing.SourceType.TypeVector]

        add = self.add_parameter

        add(
            QgsProcessingParameterVectorLayer(
                self.EXPOSURE,
                tr("Settlement exposure (layer)"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            ),
            tr("OUTPUT of Settlement exposure: mapped by the highest level of any hazard (field any_lvl)."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.EXPOSURE_SUMMARY, tr("Exposure summary (table)"), table, optional=True
            ),
            tr("SUMMARY of Settlement exposure: the tables of people and migrants per level, area and hazard type."),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.ACCESS,
                tr("Access by settlement (layer)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            ),
            tr("OUTPUT of Access to services; used for the coverage table when the access summary is not given."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.ACCESS_SUMMARY, tr("Access summary (table)"), table, optional=True
            ),
            tr("SUMMARY of Access to services: coverage per facility type and area."),
        )
        add(
            QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability raster"), optional=True),
            tr(
                "OUTPUT of Site suitability: mapped with the suitability style; its metadata give the criteria, "
                "weights, consistency ratio and area per class."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.RANKED_PARCELS, tr("Ranked candidate sites"), polygon, optional=True
            ),
            tr("OUTPUT of Rank candidate sites: the 10 best are outlined on the suitability map and listed."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.SENSITIVITY, tr("Weight sensitivity (table)"), table, optional=True
            ),
            tr("OUTPUT of Weight sensitivity: summarised per criterion."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.SCENARIO_SUMMARY, tr("Scenario summary (table)"), table, optional=True
            ),
            tr("SUMMARY of Growth scenarios: totals per scenario from the first to the horizon year."),
        )
        add(
            QgsProcessingParameterVectorLayer(self.AREAS, tr("Reporting areas"), polygon, optional=True),
            tr("Comunas, barrios or UPZ drawn and named on the maps (the tables use the areas of the summaries)."),
        )
        add(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True
            ),
            tr("Field with the area names for the map labels. Left empty, one named like nombre or name."),
        )
        add(
            QgsProcessingParameterString(self.CITY_NAME, tr("City or municipality"), defaultValue="", optional=True),
            tr("Name of the city or municipality, shown on the cover and in the running header."),
        )
        add(
            QgsProcessingParameterString(self.AUTHOR, tr("Author"), defaultValue="", optional=True),
            tr("Office or person who prepared the report, shown on the cover."),
        )
        add(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                tr("Language"),
                options=[tr("The language of QGIS"), "Español", "English"],
                defaultValue=0,
            ),
            tr("Language of the report: that of QGIS (English when there is no translation), Spanish or English."),
        )
        add(
            QgsProcessingParameterString(
                self.ACCESS_THRESHOLDS, tr("Access thresholds (as used)"), defaultValue="", optional=True
            ),
            tr(
                "The THRESHOLDS used in Access to services, e.g. salud=1500;educacion=800, shown in the coverage "
                "table and on the method page."
            ),
        )
        add(
            QgsProcessingParameterString(
                self.SERVICE_STANDARDS,
                tr("Service standards (as used)"),
                defaultValue="",
                optional=True,
                multiLine=True,
            ),
            tr("The SERVICE_STANDARDS used in Growth scenarios (JSON), shown on the method page."),
        )
        add(
            QgsProcessingParameterFileDestination(self.OUTPUT_PDF, tr("Report (PDF)"), tr("PDF files (*.pdf)")),
            tr("The report as an A4 PDF."),
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML,
                tr("Report (HTML)"),
                tr("HTML files (*.html)"),
                optional=True,
                createByDefault=False,
            ),
            tr("The same report as one self-contained HTML file (images embedded), for the web or e-mail."),
        )

    # ------------------------------------------------------------------------------------------------ run
    def execute(self, parameters, context, feedback) -> dict:
        application = QCoreApplication.instance()
        if application is not None and QThread.currentThread() != application.thread():
            raise QgsProcessingException(
                tr(
                    "The report is drawn with the QGIS print layout, which works only on the main thread: run this "
                    "algorithm from the Processing toolbox, a model or processing.run, not in a background task."
                )
            )
        language = LANGUAGE_CODES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        with forced_language(language) as available:
            if not available:
                LOG.warning(tr("There is no translation for the language chosen; the report is written in English."))
            code = (language if available else "en") if language else ("es" if locale_code() == "es" else "en")
            return self._run(parameters, context, feedback, code)

    def _run(self, parameters, context, feedback, language: str) -> dict:
        """Everything inside the report's language."""
        if not any(self._given(parameters, name) for name in self.ANALYSIS_INPUTS):
            raise InputError(
                tr(
                    "The report needs at least one analysis result: give EXPOSURE_SUMMARY, EXPOSURE, "
                    "ACCESS_SUMMARY, ACCESS, SUITABILITY, RANKED_PARCELS, SENSITIVITY or SCENARIO_SUMMARY."
                )
            )
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        html_path = (
            self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
            if self._given(parameters, self.OUTPUT_HTML)
            else ""
        )
        step = self.progress(feedback, 0, 100)
        inputs, maps = self._inputs(parameters, context, feedback, language)
        step(0.2)
        report = core_report.build_report(inputs)
        step(0.3)
        folder = tempfile.mkdtemp(prefix="migrant_report_")
        partial: List[Tuple[str, str]] = []
        try:
            family = report_layout.font_family()
            chart_files = {}
            for key, figure in core_report.report_charts(inputs, report, family).items():
                chart_files[key] = save_png(figure, os.path.join(folder, f"{key}.png"), dpi=200)
            step(0.45)
            built = report_layout.build_layout(report, chart_files, maps)
            LOG.info(tr("Report layout: {pages} pages.").format(pages=built.pages))
            step(0.6)
            partial.append((_partial(pdf_path), pdf_path))
            report_layout.export_pdf(built, partial[-1][0])
            step(0.85)
            if html_path:
                images: Dict[str, bytes] = {}
                for key, path in chart_files.items():
                    with open(path, "rb") as handle:
                        images[key] = handle.read()
                for key, data in report_layout.map_images(built).items():
                    images["map:" + key] = data
                partial.append((_partial(html_path), html_path))
                with open(partial[-1][0], "w", encoding="utf-8") as handle:
                    handle.write(render_html(report, images))
            step(0.98)
            self.check_canceled()  # a cancel after the last step still writes nothing
            for temporary, final in partial:
                os.replace(temporary, final)
            partial = []
        except (Cancelled, InputError):
            raise
        except OSError as error:
            raise InputError(
                tr("The report could not be written: {error}. Choose another file or folder.").format(error=error)
            ) from None
        finally:
            for temporary, _final in partial:
                if os.path.exists(temporary):
                    os.remove(temporary)
            shutil.rmtree(folder, ignore_errors=True)
        feedback.setProgress(100)
        return {self.OUTPUT_PDF: pdf_path, self.OUTPUT_HTML: html_path or None}

    # ------------------------------------------------------------------------------------------------ inputs
    @staticmethod
    def _given(parameters: dict, name: str) -> bool:
        """Whether an optional parameter has a value."""
        value = parameters.get(name)
        return value is not None and str(value).strip() not in ("", "None")

    def _table(self, parameters, name: str, context, feedback) -> Optional[pd.DataFrame]:
        """The attributes of a table or layer parameter as a DataFrame (None when not given)."""
        if not self._given(parameters, name):
            return None
        source = self.source(parameters, name, context, required=True)
        self._labels[name] = self._label(name, io_vector.source_label(source))
        frame = self.read(source, None, context, feedback)
        return pd.DataFrame(frame.drop(columns=[frame.geometry.name]))

    def _label(self, name: str, layer: str) -> str:
        """How messages name an input: its layer, its parameter and the output it should be."""
        made_by = {
            self.EXPOSURE: ("OUTPUT", tr("Settlement exposure")),
            self.EXPOSURE_SUMMARY: ("SUMMARY", tr("Settlement exposure")),
            self.ACCESS: ("OUTPUT", tr("Access to services")),
            self.ACCESS_SUMMARY: ("SUMMARY", tr("Access to services")),
            self.SUITABILITY: ("OUTPUT", tr("Site suitability")),
            self.RANKED_PARCELS: ("OUTPUT", tr("Rank candidate sites")),
            self.SENSITIVITY: ("OUTPUT", tr("Weight sensitivity")),
            self.SCENARIO_SUMMARY: ("SUMMARY", tr("Growth scenarios")),
        }
        if name not in made_by:
            return tr("{layer} ({param})").format(layer=layer, param=name)
        output, algorithm = made_by[name]
        return tr("{layer} ({param}: the {output} of {algorithm})").format(
            layer=layer, param=name, output=output, algorithm=algorithm
        )

    def _layer(self, parameters, name: str, context):
        """The vector layer of a parameter, or None."""
        if not self._given(parameters, name):
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise InputError(self.invalidSourceError(parameters, name))
        return layer

    @staticmethod
    def _unit(layer, field: str) -> Optional[str]:
        """'m' or 'min' from a field alias such as 'Mean cost ... (m)'; None when unknown."""
        if layer is None:
            return None
        index = layer.fields().lookupField(field)
        if index < 0:
            return None
        match = _UNIT.search(layer.fields().at(index).alias() or "")
        return match.group(1) if match else None

    def _inputs(self, parameters, context, feedback, language: str):
        """The report inputs (tables as DataFrames, metadata, CRSs, sources) and the map layers."""
        self._labels: Dict[str, str] = {}
        exposure_layer = self._layer(parameters, self.EXPOSURE, context)
        access_layer = self._layer(parameters, self.ACCESS, context)
        parcels_layer = self._layer(parameters, self.RANKED_PARCELS, context)
        areas_layer = self._layer(parameters, self.AREAS, context)
        raster = None
        if self._given(parameters, self.SUITABILITY):
            raster = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
            if raster is None or not raster.isValid():
                raise InputError(self.invalidRasterError(parameters, self.SUITABILITY))
            self._labels[self.SUITABILITY] = self._label(self.SUITABILITY, raster.name())
            if raster.providerType() == "gdal" and not io_raster.has_data(raster.source()):
                raise InputError(
                    tr(
                        "{layer}: the raster holds only nodata. Choose another raster or check its nodata value."
                    ).format(layer=self._labels[self.SUITABILITY])
                )
        map_crs = self._check_map_layers(
            {self.EXPOSURE: exposure_layer, self.RANKED_PARCELS: parcels_layer, self.AREAS: areas_layer},
            raster,
            context,
        )
        inputs = core_report.ReportInputs(
            city=self.parameterAsString(parameters, self.CITY_NAME, context),
            author=self.parameterAsString(parameters, self.AUTHOR, context),
            date=datetime.date.today(),
            language=language,
            access_thresholds=self.parameterAsString(parameters, self.ACCESS_THRESHOLDS, context),
            service_standards=self.parameterAsString(parameters, self.SERVICE_STANDARDS, context),
        )
        inputs.exposure_summary = self._table(parameters, self.EXPOSURE_SUMMARY, context, feedback)
        if inputs.exposure_summary is None and exposure_layer is not None:
            inputs.exposure_features = self._table(parameters, self.EXPOSURE, context, feedback)
        inputs.access_summary = self._table(parameters, self.ACCESS_SUMMARY, context, feedback)
        if inputs.access_summary is None and access_layer is not None:
            inputs.access_features = self._table(parameters, self.ACCESS, context, feedback)
        summary_layer = (
            self.parameterAsVectorLayer(parameters, self.ACCESS_SUMMARY, context)
            if self._given(parameters, self.ACCESS_SUMMARY)
            else None
        )
        inputs.access_cost_unit = self._unit(summary_layer, "mean_cost") or self._unit(access_layer, "cost")
        inputs.ranked_parcels = self._table(parameters, self.RANKED_PARCELS, context, feedback)
        inputs.sensitivity = self._table(parameters, self.SENSITIVITY, context, feedback)
        inputs.scenarios = self._table(parameters, self.SCENARIO_SUMMARY, context, feedback)
        if raster is not None:
            inputs.suitability_metadata = _raster_metadata(raster)
        area_field = None
        if areas_layer is not None:
            area_field = self.field(
                parameters, self.AREA_NAME_FIELD, context, areas_layer, "area_name", label=tr("area name")
            )
        maps = report_layout.MapInputs(
            exposure_layer if self._drawable(exposure_layer) else None,
            raster,
            parcels_layer if self._drawable(parcels_layer) else None,
            areas_layer if self._drawable(areas_layer) else None,
            area_field,
            inputs.top_n,
            map_crs,
        )
        inputs.maps = maps.keys()
        inputs.labels = {
            attribute: self._labels[name]
            for attribute, name in (
                ("exposure_summary", self.EXPOSURE_SUMMARY),
                ("exposure_features", self.EXPOSURE),
                ("access_summary", self.ACCESS_SUMMARY),
                ("access_features", self.ACCESS),
                ("ranked_parcels", self.RANKED_PARCELS),
                ("sensitivity", self.SENSITIVITY),
                ("scenarios", self.SCENARIO_SUMMARY),
            )
            if name in self._labels
        }
        inputs.crs = self._crs_list(exposure_layer, access_layer, raster, parcels_layer, inputs.suitability_metadata)
        inputs.sources = self._sources(parameters, context)
        inputs.software = tr("Migrant Integration Planner {version} (QGIS plugin), QGIS {qgis}.").format(
            version=_plugin_version(), qgis=Qgis.QGIS_VERSION.split("-")[0]
        )
        return inputs, maps

    @staticmethod
    def _drawable(layer) -> bool:
        """Whether a vector layer has something to draw (features with a geometry)."""
        return layer is not None and layer.featureCount() != 0 and not layer.extent().isNull()

    def _check_map_layers(self, layers: Dict[str, object], raster, context):
        """Check the layers of the maps and choose the maps' CRS.

        Refuses metres labelled as degrees; warns about a layer without a CRS (drawn as if in the maps' CRS),
        a layer with nothing to draw (left out of the maps) and layers that lie apart. The maps are drawn in
        the CRS of the first layer when it is projected in metres, else in the metric CRS of the place
        (EPSG:9377 in Colombia): distances on the scale bars are true.
        """
        given = {name: layer for name, layer in layers.items() if layer is not None}
        for name, layer in given.items():
            self._labels.setdefault(name, self._label(name, layer.name()))
            io_crs.check_coordinates(layer, self._labels[name])
        if raster is not None:
            io_crs.check_coordinates(raster, self._labels[self.SUITABILITY])
        candidates = [layer for layer in (*given.values(), raster) if layer is not None]
        map_crs = io_crs.choose_metric_crs(candidates, context, log=False) if candidates else None
        for name, layer in given.items():
            io_crs.check_missing_crs(layer, self._labels[name], map_crs)
            if not self._drawable(layer):
                LOG.warning(
                    tr("{layer}: the layer has no feature with a geometry, so it is left out of the maps.").format(
                        layer=self._labels[name]
                    )
                )
        if raster is not None and not raster.crs().isValid():
            io_crs.check_raster_crs(raster, self._labels[self.SUITABILITY])
        exposure = given.get(self.EXPOSURE)
        index = exposure.fields().lookupField("any_lvl") if exposure is not None else -1
        if index >= 0:
            odd = sorted({str(v) for v in exposure.uniqueValues(index) if fold(str(v)) not in (*LEVELS, "none")})
            if odd:
                raise InputError(
                    tr(
                        "{layer}: the values {values} of any_lvl are not hazard levels (alta, media, baja, none), so "
                        "those settlements could not be drawn on the exposure map. Give the layer as Settlement "
                        "exposure wrote it (run it again with LEVEL_MAP if the hazard layer has other levels)."
                    ).format(layer=self._labels[self.EXPOSURE], values=", ".join(repr(v) for v in odd[:5]))
                )
        boxes = {
            name: self._box(layer, map_crs, context)
            for name, layer in [*given.items(), (self.SUITABILITY, raster)]
            if layer is not None and (name == self.SUITABILITY or self._drawable(layer))
        }
        for first, second in (
            (self.AREAS, self.EXPOSURE),
            (self.AREAS, self.SUITABILITY),
            (self.RANKED_PARCELS, self.SUITABILITY),
        ):
            if first in boxes and second in boxes:
                warn_if_apart(
                    np.array([boxes[first]]), self._labels[first], np.array([boxes[second]]), self._labels[second]
                )
        return map_crs

    @staticmethod
    def _box(layer, crs, context):
        """The layer's extent in ``crs`` as a shapely box."""
        extent = layer.extent()
        if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            try:
                extent = transform.transformBoundingBox(extent)
            except QgsCsException:
                return None
        return shapely.box(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())

    @staticmethod
    def _crs_list(exposure, access, raster, parcels, metadata) -> List[Tuple[str, str]]:
        """(input, CRS) of the layers given; the raster's from its metadata ('crs_used') when present."""
        items = []
        for label, layer in (
            (tr("Settlement exposure"), exposure),
            (tr("Access to services"), access),
            (tr("Ranked candidate sites"), parcels),
        ):
            if layer is not None and layer.crs().isValid():
                items.append((label, describe(layer.crs())))
        if raster is not None:
            text = (metadata or {}).get("crs_used") or (describe(raster.crs()) if raster.crs().isValid() else "")
            if text:
                items.append((tr("Site suitability"), text))
        return items

    def _sources(self, parameters, context) -> List[Tuple[str, str]]:
        """(input, layer name and file) of every analysis input given."""
        labels = {
            self.EXPOSURE: tr("settlement exposure"),
            self.EXPOSURE_SUMMARY: tr("exposure summary"),
            self.ACCESS: tr("access by settlement"),
            self.ACCESS_SUMMARY: tr("access summary"),
            self.SUITABILITY: tr("suitability raster"),
            self.RANKED_PARCELS: tr("ranked candidate sites"),
            self.SENSITIVITY: tr("weight sensitivity"),
            self.SCENARIO_SUMMARY: tr("scenario summary"),
            self.AREAS: tr("reporting areas"),
        }
        items = []
        for name, label in labels.items():
            if not self._given(parameters, name):
                continue
            layer = (
                self.parameterAsRasterLayer(parameters, name, context)
                if name == self.SUITABILITY
                else self.parameterAsVectorLayer(parameters, name, context)
            )
            if layer is None:
                items.append((label, str(parameters[name])))
                continue
            path = layer.source().split("|")[0]
            file_name = os.path.basename(path) if os.path.exists(path) else ""
            items.append(
                (label, f"{layer.name()} ({file_name})" if file_name and file_name != layer.name() else layer.name())
            )
        return items


def _partial(path: str) -> str:
    """A hidden temporary name beside ``path``."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "." + os.path.basename(path) + ".partial")


def _raster_metadata(layer) -> Dict[str, str]:
    """The GDAL metadata of a file raster (site_suitability writes its criteria, weights and CR there)."""
    if layer.providerType() != "gdal":
        return {}
    try:
        dataset = gdal.Open(layer.source())
    except RuntimeError:
        return {}
    return dict(dataset.GetMetadata() or {}) if dataset is not None else {}


def _plugin_version() -> str:
    """The version in metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(METADATA_FILE, encoding="utf-8")
        return parser.get("general", "version", fallback="")
    except (configparser.Error, OSError):
        return ""
