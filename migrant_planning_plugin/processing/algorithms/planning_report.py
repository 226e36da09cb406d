"""planning_report: the council report (PDF through the QGIS print layout, and HTML) from the analysis results."""

from __future__ import annotations

import configparser
import contextlib
import datetime
import logging
import os
import re
import shutil
import sqlite3
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
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QImageReader

from ...core import report as core_report
from ...core.charts import save_png
from ...core.errors import Cancelled, InputError
from ...core.fields import detect_field
from ...core.geometry import warn_if_apart
from ...core.hazards import ANY, classify_zones, disjoint_levels
from ...core.i18n import tr
from ...core.levels import LEVELS
from ...core.report.access import thresholds_by_type
from ...core.report.html_page import render_html
from ...core.report.suitability import AREA_COLUMN, areas_of, parcel_rank_labels
from ...core.report.workbook import write_workbook
from ...core.text import fold
from ...paths import METADATA_FILE
from ...qgis_io import crs as io_crs
from ...qgis_io import raster as io_raster
from ...qgis_io import report_layout
from ...qgis_io import vector as io_vector
from ...qgis_io.crs import describe
from ...translations import forced_language, locale_code
from ..base import MigrantAlgorithm
from ..hazard_inputs import HAZARDS, add_hazard_parameters, hazard_options, read_hazards
from ..threads import main_thread_only

LOG = logging.getLogger("migrant_planning")
LANGUAGE_CODES = (None, "es", "en")
SAMPLE_CITY_FILE = "villa_esperanza"  # the sample city's files: villa_esperanza.gpkg, villa_esperanza_dem.tif
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
    GROWTH_LAYERS = "GROWTH_LAYERS"
    FACILITIES = "FACILITIES"
    FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    BOUNDARY = "BOUNDARY"
    CITY_NAME = "CITY_NAME"
    AUTHOR = "AUTHOR"
    LOGO = "LOGO"
    SOURCES = "SOURCES"
    FICTITIOUS_DATA = "FICTITIOUS_DATA"
    LANGUAGE = "LANGUAGE"
    ACCESS_METHOD = "ACCESS_METHOD"
    ACCESS_UNIT = "ACCESS_UNIT"
    ACCESS_THRESHOLDS = "ACCESS_THRESHOLDS"
    ACCESS_SPEEDS = "ACCESS_SPEEDS"
    SERVICE_STANDARDS = "SERVICE_STANDARDS"
    ADD_LAYOUT = "ADD_LAYOUT"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    LAYOUT_NAME = "LAYOUT_NAME"

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
        return main_thread_only(super().flags())

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
            tr(
                "OUTPUT of Settlement exposure: mapped by the share of each settlement's population in high hazard "
                "zones (fields any_a_pop and the population, or any_a_shr)."
            ),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.EXPOSURE_SUMMARY, tr("Exposure summary (table)"), table, optional=True
            ),
            tr("SUMMARY of Settlement exposure: the tables of people and migrants per level, area and hazard type."),
        )
        add_hazard_parameters(
            self,
            optional=True,
            hazards_help=tr(
                "The hazard zones the exposure was computed with: drawn by level on the exposure map (where zones "
                "overlap, the highest level)."
            ),
            with_type_name=False,
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.ACCESS,
                tr("Access by settlement (layer)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            ),
            tr(
                "OUTPUT of Access to services: the access maps (covered or not, per facility type), and the coverage "
                "table when the access summary is not given."
            ),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.ACCESS_SUMMARY, tr("Access summary (table)"), table, optional=True
            ),
            tr("SUMMARY of Access to services: coverage per facility type and area."),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.FACILITIES, tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
            ),
            tr("The facilities the access was computed with: marked on the access maps, each on its type's map."),
        )
        add(
            QgsProcessingParameterField(
                self.FACILITY_TYPE_FIELD,
                tr("Facility type field"),
                parentLayerParameterName=self.FACILITIES,
                optional=True,
            ),
            tr("Field with the facility type (salud, educación...). Left empty, one named like tipo is used."),
        )
        add(
            QgsProcessingParameterEnum(
                self.ACCESS_METHOD,
                tr("How access was measured"),
                options=[tr("Not stated"), tr("In a straight line"), tr("Over the road network")],
                defaultValue=0,
            ),
            tr(
                "The METHOD used in Access to services. The report states it on the method page and in its "
                "limitations (a straight line is optimistic); not stated, it says so."
            ),
        )
        add(
            QgsProcessingParameterEnum(
                self.ACCESS_UNIT,
                tr("Unit of the access thresholds"),
                options=[tr("Not stated"), tr("Metres"), tr("Minutes")],
                defaultValue=0,
            ),
            tr("The COST_UNIT used in Access to services: printed next to every threshold, distance and time."),
        )
        add(
            QgsProcessingParameterString(
                self.ACCESS_THRESHOLDS, tr("Access thresholds (as used)"), defaultValue="", optional=True
            ),
            tr(
                "The THRESHOLDS used in Access to services, e.g. salud=1500;educacion=800, shown in the coverage "
                "table, on the access maps and on the method page."
            ),
        )
        add(
            QgsProcessingParameterString(self.ACCESS_SPEEDS, tr("Speeds (as used)"), defaultValue="", optional=True),
            tr(
                "For times: the speeds used in Access to services, in words, e.g. 'on foot at 4.5 km/h' or 'by car at "
                "the speed of each road (field velocidad), 30 km/h where it has none'. Printed on the method page."
            ),
        )
        add(
            QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability raster"), optional=True),
            tr(
                "OUTPUT of Site suitability: mapped in its classes, excluded land in its own colour; its metadata give "
                "the criteria, weights, consistency ratio and area per class."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.RANKED_PARCELS, tr("Ranked candidate sites"), polygon, optional=True
            ),
            tr(
                "OUTPUT of Rank candidate sites: the 10 best (more on a tie) are outlined on the suitability map and "
                "listed with their comuna (from the reporting areas) and tenure."
            ),
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
            QgsProcessingParameterMultipleLayers(
                self.GROWTH_LAYERS,
                tr("Growth layers of the scenarios"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            ),
            tr(
                "The growth layers of Growth scenarios (one per scenario, fields scenario and year; its OUTPUT_LAYERS "
                "can be given as they are, the rasters are skipped): one small map per scenario shows where it grows, "
                "by period."
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
            QgsProcessingParameterVectorLayer(self.AREAS, tr("Reporting areas"), polygon, optional=True),
            tr(
                "Comunas, barrios or UPZ drawn and named on the maps, and the comuna of each listed parcel (the "
                "tables use the areas of the summaries)."
            ),
        )
        add(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True
            ),
            tr("Field with the area names for the map labels. Left empty, one named like nombre or name."),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.BOUNDARY, tr("Municipal boundary or area of interest"), polygon, optional=True
            ),
            tr("Drawn on the maps; the suitability map is clipped to it."),
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
            QgsProcessingParameterFile(
                self.LOGO,
                tr("Logo or coat of arms (image)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=tr("Images (*.png *.jpg *.jpeg *.svg)"),
                optional=True,
            ),
            tr("An image (PNG, JPEG or SVG) placed on the cover and in the header of every page."),
        )
        add(
            QgsProcessingParameterString(
                self.SOURCES, tr("Sources of the data"), defaultValue="", optional=True, multiLine=True
            ),
            tr(
                "Where the data come from, as 'topic: source' separated by semicolons, e.g. 'Población: DANE CNPV "
                "2018; Amenazas: POT 2019; Equipamientos: OpenStreetMap 2025'. Printed on the method page, which also "
                "names the data with no source."
            ),
        )
        add(
            QgsProcessingParameterBoolean(
                self.FICTITIOUS_DATA, tr("The data are fictitious (training)"), defaultValue=False
            ),
            tr(
                "Marks the report 'Fictitious data' on the cover and on every page. Data from the sample city are "
                "marked without asking."
            ),
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
            QgsProcessingParameterBoolean(
                self.ADD_LAYOUT, tr("Add the layout to the project (editable)"), defaultValue=False
            ),
            tr(
                "Also add the report's print layout to the project's Layout Manager, to add an emblem or edit the "
                "text. Its charts and map layers are kept in a folder beside the PDF."
            ),
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
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_XLSX,
                tr("Tables (Excel workbook)"),
                tr("Excel workbooks (*.xlsx)"),
                optional=True,
                createByDefault=False,
            ),
            tr("Every table of the report in one .xlsx workbook: one sheet per table, numbers as numbers."),
        )
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout added to the project")))

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
        html_path, xlsx_path = (
            self.parameterAsFileOutput(parameters, name, context) if self._given(parameters, name) else ""
            for name in (self.OUTPUT_HTML, self.OUTPUT_XLSX)
        )
        logo = self._logo(parameters, context)
        step = self.progress(feedback, 0, 100)
        inputs, maps = self._inputs(parameters, context, feedback, language)
        step(0.2)
        report = core_report.build_report(inputs)
        step(0.3)
        folder = tempfile.mkdtemp(prefix="migrant_report_")
        try:
            family = report_layout.font_family()
            chart_files = {}
            for key, figure in core_report.report_charts(inputs, report, family).items():
                chart_files[key] = save_png(figure, os.path.join(folder, f"{key}.png"), dpi=200)
            step(0.45)
            built = report_layout.build_layout(report, chart_files, maps, logo)
            LOG.info(tr("Report layout: {pages} pages.").format(pages=built.pages))
            step(0.6)
            # staged: moved into place with the HTML and the workbook when the run ends well, deleted otherwise
            report_layout.export_pdf(built, self.staged.path(pdf_path, self.OUTPUT_PDF))
            step(0.8)
            if html_path:
                images: Dict[str, bytes] = {}
                for key, path in [*chart_files.items(), *([("logo", logo)] if logo else [])]:
                    with open(path, "rb") as handle:
                        images[key] = handle.read()
                for key, data in report_layout.map_images(built).items():
                    images["map:" + key] = data
                with open(self.staged.path(html_path, self.OUTPUT_HTML), "w", encoding="utf-8") as handle:
                    handle.write(render_html(report, images))
            if xlsx_path:
                write_workbook(report, self.staged.path(xlsx_path, self.OUTPUT_XLSX))
            step(0.9)
            self.check_canceled()  # a cancel after the last step writes nothing (nor adds the layout)
            layout_name = ""
            if self.parameterAsBoolean(parameters, self.ADD_LAYOUT, context):
                layout_name = self._add_to_project(report, chart_files, maps, logo, pdf_path, context)
        except (Cancelled, InputError):
            raise
        except OSError as error:
            raise InputError(
                tr("The report could not be written: {error}. Choose another file or folder.").format(error=error)
            ) from None
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        feedback.setProgress(100)
        return {
            self.OUTPUT_PDF: pdf_path,
            self.OUTPUT_HTML: html_path or None,
            self.OUTPUT_XLSX: xlsx_path or None,
            self.LAYOUT_NAME: layout_name,
        }

    def _logo(self, parameters, context) -> Optional[str]:
        """The LOGO image file, checked (None when not given)."""
        if not self._given(parameters, self.LOGO):
            return None
        path = self.parameterAsFile(parameters, self.LOGO, context)
        if not os.path.isfile(path) or (QImageReader(path).size().isEmpty() and not path.lower().endswith(".svg")):
            raise InputError(
                tr("LOGO: '{path}' is not an image file QGIS can read. Choose a PNG, JPEG or SVG file.").format(
                    path=path
                )
            )
        return path

    def _add_to_project(self, report, chart_files, maps, logo, pdf_path: str, context) -> str:
        """The layout added to the project's Layout Manager, its charts, logo and derived map layers kept in a
        folder beside the PDF; returns the layout's name ('' when there is no project to add it to)."""
        project = context.project()
        if project is None:
            LOG.warning(tr("There is no project to add the layout to; only the files were written."))
            return ""
        stem = os.path.splitext(os.path.basename(pdf_path))[0]
        target = os.path.join(os.path.dirname(os.path.abspath(pdf_path)), tr("{name}_files").format(name=stem))
        os.makedirs(target, exist_ok=True)
        charts = {}
        for key, path in chart_files.items():
            charts[key] = os.path.join(target, os.path.basename(path))
            shutil.copyfile(path, charts[key])
        kept_logo = None
        if logo:
            kept_logo = os.path.join(target, "logo" + os.path.splitext(logo)[1].lower())
            shutil.copyfile(logo, kept_logo)
        name = report_layout.add_to_project(
            report, charts, maps, kept_logo, project, os.path.join(target, "report_maps.gpkg")
        )
        LOG.info(tr("The layout '{name}' was added to the project's Layout Manager.").format(name=name))
        return name

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
        boundary_layer = self._layer(parameters, self.BOUNDARY, context)
        facilities_layer = self._layer(parameters, self.FACILITIES, context)
        hazards_layer = self._layer(parameters, HAZARDS, context)
        growth_layers = self._growth_layers(parameters, context)
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
            {
                self.EXPOSURE: exposure_layer,
                self.ACCESS: access_layer,
                self.RANKED_PARCELS: parcels_layer,
                self.AREAS: areas_layer,
                self.BOUNDARY: boundary_layer,
                self.FACILITIES: facilities_layer,
                HAZARDS: hazards_layer,
                **{f"{self.GROWTH_LAYERS}:{i}": layer for i, layer in enumerate(growth_layers)},
            },
            raster,
            context,
        )
        inputs = core_report.ReportInputs(
            city=self.parameterAsString(parameters, self.CITY_NAME, context),
            author=self.parameterAsString(parameters, self.AUTHOR, context),
            date=datetime.date.today(),
            language=language,
            access_thresholds=self.parameterAsString(parameters, self.ACCESS_THRESHOLDS, context),
            access_speeds=self.parameterAsString(parameters, self.ACCESS_SPEEDS, context),
            service_standards=self.parameterAsString(parameters, self.SERVICE_STANDARDS, context),
            data_sources=self.parameterAsString(parameters, self.SOURCES, context),
        )
        inputs.access_method = (None, "straight", "network")[
            self.parameterAsEnum(parameters, self.ACCESS_METHOD, context)
        ]
        inputs.access_cost_unit = (None, "m", "min")[self.parameterAsEnum(parameters, self.ACCESS_UNIT, context)]
        inputs.exposure_summary = self._table(parameters, self.EXPOSURE_SUMMARY, context, feedback)
        if inputs.exposure_summary is None and exposure_layer is not None:
            inputs.exposure_features = self._table(parameters, self.EXPOSURE, context, feedback)
        inputs.access_summary = self._table(parameters, self.ACCESS_SUMMARY, context, feedback)
        if inputs.access_summary is None and access_layer is not None:
            inputs.access_features = self._table(parameters, self.ACCESS, context, feedback)
        if inputs.access_cost_unit is None:
            summary_layer = (
                self.parameterAsVectorLayer(parameters, self.ACCESS_SUMMARY, context)
                if self._given(parameters, self.ACCESS_SUMMARY)
                else None
            )
            inputs.access_cost_unit = self._unit(summary_layer, "mean_cost") or self._unit(access_layer, "cost")
        inputs.ranked_parcels = self._parcels(parameters, context, feedback, areas_layer, map_crs)
        inputs.sensitivity = self._table(parameters, self.SENSITIVITY, context, feedback)
        inputs.scenarios = self._table(parameters, self.SCENARIO_SUMMARY, context, feedback)
        if raster is not None:
            inputs.suitability_metadata = _raster_metadata(raster)
        area_field = None
        if areas_layer is not None:
            area_field = self.field(
                parameters, self.AREA_NAME_FIELD, context, areas_layer, "area_name", label=tr("area name")
            )
        facility_type_field = None
        if facilities_layer is not None:
            facility_type_field = self.field(
                parameters,
                self.FACILITY_TYPE_FIELD,
                context,
                facilities_layer,
                "facility_type",
                label=tr("facility type"),
            )
        numbers = core_report.Numbers(language)
        maps = report_layout.MapInputs(
            exposure_layer if self._drawable(exposure_layer) else None,
            raster,
            parcels_layer if self._drawable(parcels_layer) else None,
            areas_layer if self._drawable(areas_layer) else None,
            area_field,
            inputs.top_n,
            map_crs,
            boundary=boundary_layer if self._drawable(boundary_layer) else None,
            hazard_levels=self._hazard_levels(parameters, context, feedback, hazards_layer, map_crs),
            access=access_layer if self._drawable(access_layer) else None,
            facilities=facilities_layer if self._drawable(facilities_layer) else None,
            facility_type_field=facility_type_field,
            access_thresholds=thresholds_by_type(inputs.access_thresholds),
            access_unit=inputs.access_cost_unit,
            access_method=inputs.access_method,
            growth=[layer for layer in growth_layers if self._drawable(layer)],
            parcel_labels=parcel_rank_labels(inputs.ranked_parcels, numbers, inputs.top_n)
            if inputs.ranked_parcels is not None
            else {},
            suitability_breaks=_breaks(inputs.suitability_metadata),
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
        inputs.migrants_estimated = self._estimated(exposure_layer, access_layer)
        inputs.fictitious = self.parameterAsBoolean(parameters, self.FICTITIOUS_DATA, context) or self._sample_city(
            parameters, context
        )
        inputs.software = tr("Migrant Integration Planner {version} (QGIS plugin), QGIS {qgis}.").format(
            version=_plugin_version(), qgis=Qgis.QGIS_VERSION.split("-")[0]
        )
        return inputs, maps

    def _growth_layers(self, parameters, context) -> list:
        """The growth layers of the scenarios (vector layers with a year field), checked; rasters are skipped, so the
        OUTPUT_LAYERS of Growth scenarios (its year rasters and growth layers) can be given as they are."""
        if not self._given(parameters, self.GROWTH_LAYERS):
            return []
        layers = []
        for layer in self.parameterAsLayerList(parameters, self.GROWTH_LAYERS, context):
            if not isinstance(layer, QgsVectorLayer):
                continue
            self._labels[f"{self.GROWTH_LAYERS}:{len(layers)}"] = self._label(self.GROWTH_LAYERS, layer.name())
            if layer.fields().lookupField("year") < 0:
                raise InputError(
                    tr(
                        "{layer}: a growth layer needs the field year (the growth layers of Growth scenarios have it). "
                        "Give the <scenario>_growth layers in GROWTH_LAYERS."
                    ).format(layer=layer.name())
                )
            layers.append(layer)
        return layers

    def _parcels(self, parameters, context, feedback, areas_layer, crs) -> Optional[pd.DataFrame]:
        """The ranked parcels' attributes, with the reporting area each lies in when AREAS is given."""
        if not self._given(parameters, self.RANKED_PARCELS):
            return None
        source = self.source(parameters, self.RANKED_PARCELS, context, required=True)
        self._labels[self.RANKED_PARCELS] = self._label(self.RANKED_PARCELS, io_vector.source_label(source))
        frame = self.read(source, crs, context, feedback)
        table = pd.DataFrame(frame.drop(columns=[frame.geometry.name]))
        area_field = (
            self.field(parameters, self.AREA_NAME_FIELD, context, areas_layer, "area_name", label=tr("area name"))
            if areas_layer is not None
            else None
        )
        if area_field and len(frame):
            areas = self.read(areas_layer, crs, context, feedback, [area_field])
            table[AREA_COLUMN] = areas_of(frame.geometry.values, areas.geometry.values, areas[area_field].tolist())
        return table

    def _hazard_levels(self, parameters, context, feedback, layer, crs):
        """One polygon per hazard level (any type, overlaps at the highest level) in ``crs``, or None."""
        if layer is None or not self._drawable(layer):
            return None
        source = self.source(parameters, HAZARDS, context, required=True)
        options = hazard_options(self, parameters, context, source)
        frame = read_hazards(self, source, options, crs, context, feedback)
        zones = classify_zones(
            frame,
            options["level_field"],
            options["type_field"],
            options["default_type"],
            options["level_map"],
            layer_name=self._labels.get(HAZARDS, io_vector.source_label(source)),
        )
        levels = disjoint_levels(zones, include_any=True)
        return levels[levels["hazard_type"] == ANY].reset_index(drop=True)

    @staticmethod
    def _estimated(*layers) -> str:
        """Why the migrant counts are estimates ('field migrants_est of layer ...'), or '' when nothing says so."""
        for layer in layers:
            if layer is None:
                continue
            names = [f.name() for f in layer.fields()]
            field = detect_field([n for n in names if not n.startswith("any_")], "migrants")
            metadata = layer.metadata()
            said = " ".join([metadata.abstract(), *[w for ws in metadata.keywords().values() for w in ws]])
            if field and fold(field).endswith("_est"):
                return tr("field {field} of {layer}").format(field=field, layer=layer.name())
            if re.search(r"\bestimat|\bestimad", fold(said)):
                return tr("as the metadata of {layer} say").format(layer=layer.name())
        return ""

    def _sample_city(self, parameters, context) -> bool:
        """Whether an input comes from the sample city's files (villa_esperanza.gpkg, villa_esperanza_dem.tif)."""
        for name, value in parameters.items():
            if name.startswith("OUTPUT") or value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:
                layer = item if hasattr(item, "source") else context.getMapLayer(str(item)) if context else None
                text = layer.source() if layer is not None else str(item)
                if os.path.basename(text.split("|")[0]).lower().startswith(SAMPLE_CITY_FILE):
                    return True
        return False

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
            (HAZARDS, self.EXPOSURE),
            (self.FACILITIES, self.ACCESS),
            (self.BOUNDARY, self.EXPOSURE),
            (self.BOUNDARY, self.SUITABILITY),
            (self.BOUNDARY, self.ACCESS),
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

    def _sources(self, parameters, context) -> List[Tuple[str, str, Optional[datetime.date]]]:
        """(input, layer name and file, date of the file) of every input layer given."""
        labels = {
            self.EXPOSURE: tr("settlement exposure"),
            self.EXPOSURE_SUMMARY: tr("exposure summary"),
            HAZARDS: tr("hazard zones"),
            self.ACCESS: tr("access by settlement"),
            self.ACCESS_SUMMARY: tr("access summary"),
            self.FACILITIES: tr("facilities"),
            self.SUITABILITY: tr("suitability raster"),
            self.RANKED_PARCELS: tr("ranked candidate sites"),
            self.SENSITIVITY: tr("weight sensitivity"),
            self.SCENARIO_SUMMARY: tr("scenario summary"),
            self.GROWTH_LAYERS: tr("growth layers"),
            self.AREAS: tr("reporting areas"),
            self.BOUNDARY: tr("boundary"),
        }
        items = []
        for name, label in labels.items():
            if not self._given(parameters, name):
                continue
            if name == self.GROWTH_LAYERS:
                layers = self.parameterAsLayerList(parameters, name, context)
            elif name == self.SUITABILITY:
                layers = [self.parameterAsRasterLayer(parameters, name, context)]
            else:
                layers = [self.parameterAsVectorLayer(parameters, name, context)]
            for layer in layers:
                if layer is None:
                    items.append((label, str(parameters[name]), None))
                    continue
                path = layer.source().split("|")[0]
                file_name = os.path.basename(path) if os.path.exists(path) else ""
                if not file_name:
                    text = layer.name()
                elif os.path.splitext(file_name)[0] == layer.name():
                    text = file_name
                else:
                    text = f"{layer.name()} ({file_name})"
                items.append((label, text, _layer_date(layer)))
        return items


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


def _breaks(metadata: Optional[Dict[str, str]]) -> List[float]:
    """The four class breaks of the suitability raster's metadata (empty when missing or malformed)."""
    try:
        breaks = [float(b) for b in str((metadata or {}).get("class_breaks", "")).split(",") if b.strip()]
    except ValueError:
        return []
    return breaks if len(breaks) == 4 else []


def _layer_date(layer) -> Optional[datetime.date]:
    """When a file layer's data last changed: a GeoPackage table's last_change, else the file's modification date;
    None for a layer that is not a file. The file is opened read-only (never changed)."""
    parts = layer.source().split("|")
    path = parts[0]
    if not os.path.isfile(path):
        return None
    table = next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)
    if path.lower().endswith(".gpkg") and table:
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as database:
                row = database.execute(
                    "SELECT last_change FROM gpkg_contents WHERE table_name = ?", (table,)
                ).fetchone()
            if row and row[0]:
                return datetime.date.fromisoformat(str(row[0])[:10])
        except (sqlite3.Error, ValueError):
            pass
    return datetime.date.fromtimestamp(os.path.getmtime(path))
