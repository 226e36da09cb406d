"""growth_scenarios: land demand, allocation and cost of each growth scenario (thin adapter over core.scenarios)."""

from __future__ import annotations

import os
from typing import Dict

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsColorRampShader,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
)

from ...core import scenarios as core
from ...core.errors import Cancelled
from ...core.i18n import tr
from ...core.suitability import check_score_range
from ...qgis_io import crs as io_crs
from ...qgis_io.raster import grid_of, read_masked_block
from ...qgis_io.styles import apply_style
from .. import hazard_inputs
from ..base import LayerPostProcessor, MigrantAlgorithm
from ..hazard_inputs import add_hazard_parameters, hazard_options, read_hazards

GROWTH_STYLE = "growth_year.qml"
# Above this many years the legend is a continuous ramp instead of one entry per year.
MAX_LEGEND_YEARS = 40


def summary_aliases() -> Dict[str, str]:
    """Translated aliases (with units) of the SUMMARY columns."""
    return {
        "scenario": tr("Scenario"),
        "year": tr("Year"),
        "population_added": tr("Population added (persons)"),
        "households": tr("Households added"),
        "dwellings": tr("Dwellings needed"),
        "land_demand_ha": tr("Land demand (ha)"),
        "land_allocated_ha": tr("Land allocated (ha)"),
        "unmet_demand_ha": tr("Unmet land demand (ha)"),
        "pop_in_hazard_alta": tr("New population in high hazard (persons)"),
        "pop_in_hazard_media": tr("New population in medium hazard (persons)"),
        "share_in_hazard": tr("Share of new population in high or medium hazard (0-1)"),
        "mean_dist_health_m": tr("Mean distance to health (m)"),
        "mean_dist_education_m": tr("Mean distance to education (m)"),
        "school_seats_needed": tr("School seats needed (seats)"),
        "health_capacity_needed": tr("Health capacity needed (capacity units)"),
        "lcrpgr": tr("Land consumption rate / population growth rate (SDG 11.3.1)"),
    }


def style_growth_raster(layer, first_year: int, last_year: int) -> bool:
    """Apply the growth-by-year style to a raster layer, its colours spread over the scenario's years."""
    if not apply_style(layer, GROWTH_STYLE):
        return False
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return False
    ramp = renderer.shader().rasterShaderFunction().sourceColorRamp() if renderer.shader() else None
    ramp = ramp.clone() if ramp is not None else None
    years = list(range(int(first_year), int(last_year) + 1))
    if ramp is None or not years:
        return False
    if len(years) <= MAX_LEGEND_YEARS:
        function = QgsColorRampShader(years[0], years[-1], ramp, QgsColorRampShader.Type.Exact)
        steps = max(len(years) - 1, 1)
        items = [
            QgsColorRampShader.ColorRampItem(year, ramp.color(index / steps), str(year))
            for index, year in enumerate(years)
        ]
    else:
        function = QgsColorRampShader(years[0], years[-1], ramp, QgsColorRampShader.Type.Interpolated)
        items = [
            QgsColorRampShader.ColorRampItem(years[0], ramp.color(0.0), str(years[0])),
            QgsColorRampShader.ColorRampItem(years[-1], ramp.color(1.0), str(years[-1])),
        ]
    function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer.setShader(shader)
    renderer.setClassificationMin(years[0])
    renderer.setClassificationMax(years[-1])
    layer.triggerRepaint()
    return True


class _GrowthStyle(LayerPostProcessor):
    """Styles a growth-by-year raster when Processing loads it."""

    def __init__(self, first_year: int, last_year: int) -> None:
        super().__init__()
        self.first_year = first_year
        self.last_year = last_year

    def apply(self, layer) -> None:
        """Apply the style."""
        style_growth_raster(layer, self.first_year, self.last_year)


class GrowthScenarios(MigrantAlgorithm):
    """Scenarios of population growth turned into land demand, allocated on a suitability grid."""

    ID = "growth_scenarios"
    GROUP_ID = "scenarios"

    SUITABILITY = "SUITABILITY"
    EXISTING_URBAN = "EXISTING_URBAN"
    INFORMAL_FIELD = "INFORMAL_FIELD"
    SCENARIOS = "SCENARIOS"
    HAZARDS = hazard_inputs.HAZARDS
    FACILITIES = "FACILITIES"
    FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
    HEALTH_TYPES = "HEALTH_TYPES"
    EDUCATION_TYPES = "EDUCATION_TYPES"
    SERVICE_STANDARDS = "SERVICE_STANDARDS"
    SEED = "SEED"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SUMMARY = "SUMMARY"
    OUTPUT_LAYERS = "OUTPUT_LAYERS"

    def displayName(self) -> str:
        return tr("Growth scenarios")

    def shortHelpString(self) -> str:
        return tr(
            "For each scenario and year, the population added (compound growth rate or arrivals per year) is "
            "turned into households (÷ household size), dwellings (one per household) and land (ha = dwellings "
            "÷ net density ÷ (1 − public space share)). That land is allocated on the cells of the suitability "
            "grid, never on existing urban land: planned growth takes the most suitable cells first (optionally "
            "preferring cells near the existing city), trend growth takes the cells nearest to informal "
            "settlements, hazards ignored, with a little random spread set by the seed. Equal scores are taken "
            "in cell order, so the same seed gives the same result.\n\n"
            "Inputs: the suitability raster (0–1, nodata where nothing may be built), the existing urban "
            "polygons, the scenarios as JSON, and optionally hazard zones, facilities and service standards. "
            "Outputs: in the output folder, per scenario a GeoTIFF of the year each cell is developed and a "
            "GeoPackage of the growth by year; the SUMMARY table has one row per scenario and year with that "
            "year's land demand and allocation, unmet demand when the land runs out, new people in hazard "
            "zones, mean distance to health and education, school seats and health capacity needed, and the "
            "SDG 11.3.1 ratio of land consumption to population growth."
        )

    def initAlgorithm(self, config=None) -> None:
        suitability = QgsProcessingParameterRasterLayer(self.SUITABILITY, tr("Suitability raster"))
        suitability.setHelp(
            tr(
                "Suitability for new housing, 0 to 1, in a projected CRS in metres (the output of site "
                "suitability). Cells with nodata or 0 are never used by planned growth. Its grid is the grid of "
                "the allocation."
            )
        )
        self.addParameter(suitability)
        urban = QgsProcessingParameterFeatureSource(
            self.EXISTING_URBAN, tr("Existing urban land"), [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        urban.setHelp(
            tr(
                "Polygons already built (settlements or blocks work). Cells whose centre lies in one are never "
                "allocated; their area is the urban area of the base year in the SDG 11.3.1 ratio."
            )
        )
        self.addParameter(urban)
        informal = QgsProcessingParameterField(
            self.INFORMAL_FIELD,
            tr("Informal settlement field"),
            parentLayerParameterName=self.EXISTING_URBAN,
            optional=True,
        )
        informal.setHelp(
            tr(
                "Field that marks informal settlements (true/false, 1/0, sí/no). Trend growth follows them. "
                "Detected by its name (informal, es_informal) when empty; without it trend growth follows all "
                "existing urban land."
            )
        )
        self.addParameter(informal)
        scenarios = QgsProcessingParameterString(self.SCENARIOS, tr("Scenarios (JSON or path of a .json file)"))
        scenarios.setMultiLine(True)
        scenarios.setHelp(
            tr(
                "A JSON list with one object per scenario, or the path of a .json file holding it. Keys: name, "
                "base_population, base_year, horizon_year, growth_rate (per year, 0.02 = 2 %) or "
                "arrivals_per_year (persons), household_size, density_dwellings_ha (net), public_space_share "
                "(0-1), allocation (planned or trend); optional compactness (0-1), compactness_distance_m, "
                "trend_noise_m, description."
            )
        )
        self.addParameter(scenarios)
        add_hazard_parameters(
            self,
            optional=True,
            with_type_name=False,
            hazards_help=tr(
                "Hazard zones with a level (alta, media, baja). New people in cells of level alta or media (the "
                "highest level of any hazard type) are counted. Trend growth may also take cells without "
                "suitability data that lie in a hazard zone."
            ),
        )
        facilities = QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Facilities"), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
        )
        facilities.setHelp(
            tr(
                "Service facilities (points; polygons use a point inside). The distance from each new cell to "
                "the nearest health and education facility is averaged per year."
            )
        )
        self.addParameter(facilities)
        facility_type = QgsProcessingParameterField(
            self.FACILITY_TYPE_FIELD,
            tr("Facility type field"),
            parentLayerParameterName=self.FACILITIES,
            optional=True,
        )
        facility_type.setHelp(tr("Field with the facility type (salud, educación...). Detected when empty."))
        self.addParameter(facility_type)
        health = QgsProcessingParameterString(
            self.HEALTH_TYPES, tr("Facility types that count as health"), defaultValue="salud", optional=True
        )
        health.setHelp(tr("Comma-separated type values; accents and case are ignored."))
        self.addParameter(health)
        education = QgsProcessingParameterString(
            self.EDUCATION_TYPES, tr("Facility types that count as education"), defaultValue="educacion", optional=True
        )
        education.setHelp(tr("Comma-separated type values; accents and case are ignored."))
        self.addParameter(education)
        standards = QgsProcessingParameterString(
            self.SERVICE_STANDARDS, tr("Service standards (JSON)"), optional=True, multiLine=True
        )
        standards.setHelp(
            tr(
                "JSON object (or path of a .json file) with any of: school_age_share (default 0.22), "
                "seats_per_school_age_child (1), school_seats_per_1000 (overrides the two before), "
                "health_capacity_per_1000 (1000, in the unit of the facilities' capacity)."
            )
        )
        self.addParameter(standards)
        seed = QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, defaultValue=1, minValue=0
        )
        seed.setHelp(tr("Seed of the random spread of trend growth. The same seed gives the same result."))
        self.addParameter(seed)
        folder = QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder"))
        folder.setHelp(
            tr(
                "Folder for <scenario>_growth_year.tif (year each cell is developed) and <scenario>_growth.gpkg "
                "(growth polygons by year) of every scenario. Files of the same names are replaced."
            )
        )
        self.addParameter(folder)
        summary = QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("Scenario summary"), QgsProcessing.SourceType.TypeVector
        )
        summary.setHelp(tr("Table with one row per scenario and year, each holding that year's increment."))
        self.addParameter(summary)
        self.addOutput(QgsProcessingOutputMultipleLayers(self.OUTPUT_LAYERS, tr("Growth layers")))

    # ------------------------------------------------------------------------------------------------ run
    def planned_files(self, parameters, context) -> Dict[str, list]:
        """The raster and GeoPackage of every scenario in the output folder (compared with the inputs first)."""
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            return {}
        stems = [s.stem for s in core.parse_scenarios(self.parameterAsString(parameters, self.SCENARIOS, context))]
        files = [os.path.join(folder, f"{stem}_growth_year.tif") for stem in stems]
        files += [os.path.join(folder, f"{stem}_growth.gpkg") for stem in stems]
        return {self.OUTPUT_FOLDER: files}

    def _suitability(self, parameters, context):
        """The suitability layer, its grid (cells and nodata as NaN) and its QGIS CRS."""
        layer = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.SUITABILITY))
        crs = layer.crs()
        if not crs.isValid():
            raise QgsProcessingException(
                tr(
                    "{layer}: the suitability raster has no CRS, so cell areas are not known. Set its CRS "
                    "(Layer Properties > Source, for example EPSG:9377) or make it with site suitability."
                ).format(layer=layer.name())
            )
        io_crs.check_coordinates(layer, layer.name())
        if not io_crs.is_metric(crs):
            raise QgsProcessingException(
                tr(
                    "{layer}: the suitability raster is not in a projected CRS in metres, so cell areas are not "
                    "known. Reproject it (e.g. to EPSG:9377) or make it with site suitability."
                ).format(layer=layer.name())
            )
        try:
            dataset = gdal.Open(layer.source())
            grid, _nodata = grid_of(dataset)
        except (RuntimeError, ValueError, AttributeError):
            raise QgsProcessingException(
                tr("{layer}: the suitability raster cannot be read as a north-up GDAL raster file.").format(
                    layer=layer.name()
                )
            ) from None
        geotransform = dataset.GetGeoTransform()
        if abs(abs(geotransform[5]) - geotransform[1]) > 1e-6 * geotransform[1]:
            raise QgsProcessingException(
                tr(
                    "{layer}: the suitability raster has cells that are not square. Resample it to square cells "
                    "(Raster > Projections > Warp) and run again."
                ).format(layer=layer.name())
            )
        core.check_memory(grid.width, grid.height)  # before reading: a clear refusal, not an out-of-memory crash
        # a float32 raster (as site_suitability writes) is kept in float32: its values are exact, in half the memory
        exact32 = dataset.GetRasterBand(1).DataType == gdal.GDT_Float32
        values = read_masked_block(dataset, 0, grid.height, dtype=np.float32 if exact32 else np.float64)
        if np.isfinite(values).any():  # not a DEM given as suitability
            check_score_range(float(np.nanmin(values)), float(np.nanmax(values)), layer.name(), self.SUITABILITY)
        return layer, grid, values

    def execute(self, parameters, context, feedback) -> dict:
        scenarios = core.parse_scenarios(self.parameterAsString(parameters, self.SCENARIOS, context))
        standards = core.parse_service_standards(self.parameterAsString(parameters, self.SERVICE_STANDARDS, context))
        seed = self.parameterAsInt(parameters, self.SEED, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)

        layer, grid, values = self._suitability(parameters, context)
        crs = layer.crs()
        feedback.pushInfo(
            tr("Areas and distances computed in {crs} (the CRS of the suitability raster), cells of {size} m.").format(
                crs=io_crs.describe(crs), size=f"{grid.cell_size:g}"
            )
        )
        urban_source = self.source(parameters, self.EXISTING_URBAN, context)
        informal_field = self.field(
            parameters, self.INFORMAL_FIELD, context, urban_source, "informal", label=tr("informal settlement flag")
        )
        urban = self.read(urban_source, crs, context, feedback, fields=[informal_field] if informal_field else [])
        feedback.setProgress(5)
        hazards_source = self.source(parameters, self.HAZARDS, context, required=False)
        hazards = None
        options = {"level_field": None, "type_field": None, "level_map": None}
        if hazards_source is not None:
            options = hazard_options(self, parameters, context, hazards_source)
            hazards = read_hazards(self, hazards_source, options, crs, context, feedback)
        feedback.setProgress(10)
        facilities_source = self.source(parameters, self.FACILITIES, context, required=False)
        facilities = facility_type_field = None
        if facilities_source is not None:
            facility_type_field = self.field(
                parameters,
                self.FACILITY_TYPE_FIELD,
                context,
                facilities_source,
                "facility_type",
                label=tr("facility type"),
            )
            facilities = self.read(
                facilities_source, crs, context, feedback, fields=[facility_type_field] if facility_type_field else []
            )
        feedback.setProgress(15)

        result = core.growth_scenarios(
            scenarios,
            values,
            grid,
            urban,
            informal_field=informal_field,
            hazards=hazards,
            hazard_level_field=options["level_field"],
            hazard_type_field=options["type_field"],
            level_map=options["level_map"],
            facilities=facilities,
            facility_type_field=facility_type_field,
            health_types=sorted(core.parse_types(self.parameterAsString(parameters, self.HEALTH_TYPES, context))),
            education_types=sorted(core.parse_types(self.parameterAsString(parameters, self.EDUCATION_TYPES, context))),
            standards=standards,
            seed=seed,
            progress=self.progress(feedback, 15, 90),
        )
        if feedback.isCanceled():
            raise Cancelled()

        os.makedirs(folder, exist_ok=True)
        staged = self.staged  # moved into place with SUMMARY when the run ends well, deleted otherwise
        written = []
        for outcome in result.outcomes:
            scenario = outcome.scenario
            written.append(
                staged.raster(
                    os.path.join(folder, f"{scenario.stem}_growth_year.tif"),
                    grid,
                    outcome.years,
                    "uint16",
                    nodata=0,
                    metadata={
                        "scenario": scenario.name,
                        "allocation": scenario.allocation,
                        "base_year": str(scenario.base_year),
                        "horizon_year": str(scenario.horizon_year),
                        "seed": str(seed),
                        "crs_used": io_crs.describe(crs),
                        "suitability": layer.source(),
                    },
                    band_description=tr("year developed"),
                    parameter=self.OUTPUT_FOLDER,
                )
            )
            written.append(
                staged.geopackage(
                    os.path.join(folder, f"{scenario.stem}_growth.gpkg"),
                    outcome.growth,
                    f"{scenario.stem}_growth",
                    crs,
                    context.transformContext(),
                    parameter=self.OUTPUT_FOLDER,
                )
            )
            self.check_canceled()
        feedback.setProgress(95)
        summary_id = self.write(
            parameters,
            self.SUMMARY,
            context,
            result.summary,
            aliases=summary_aliases(),
            abstract=tr("Growth scenarios computed in {crs}.").format(crs=io_crs.describe(crs)),
        )
        self._load_outputs(context, folder, result)
        feedback.setProgress(100)
        return {self.OUTPUT_FOLDER: folder, self.SUMMARY: summary_id, self.OUTPUT_LAYERS: written}

    @staticmethod
    def _load_outputs(context: QgsProcessingContext, folder: str, result) -> None:
        """Ask Processing to add each scenario's raster (styled) and polygons to the project when the run ends."""
        project = context.project()
        if project is None:
            return
        for outcome in result.outcomes:
            scenario = outcome.scenario
            raster = QgsProcessingContext.LayerDetails(
                tr("{scenario}: year developed").format(scenario=scenario.name),
                project,
                GrowthScenarios.OUTPUT_FOLDER,
                QgsProcessingUtils.LayerHint.Raster,
            )
            raster.setPostProcessor(_GrowthStyle(scenario.base_year + 1, scenario.horizon_year))
            context.addLayerToLoadOnCompletion(os.path.join(folder, f"{scenario.stem}_growth_year.tif"), raster)
            polygons = QgsProcessingContext.LayerDetails(
                tr("{scenario}: growth by year").format(scenario=scenario.name),
                project,
                GrowthScenarios.OUTPUT_FOLDER,
                QgsProcessingUtils.LayerHint.Vector,
            )
            uri = "{path}|layername={layer}".format(
                path=os.path.join(folder, f"{scenario.stem}_growth.gpkg"), layer=f"{scenario.stem}_growth"
            )
            context.addLayerToLoadOnCompletion(uri, polygons)
