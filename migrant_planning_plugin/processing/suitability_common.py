"""Parameters and input reading shared by ``site_suitability`` and ``weight_sensitivity``, and the candidate
parcels shared by ``weight_sensitivity`` and ``rank_candidate_sites``.

The first two algorithms take the same inputs; this module declares them once and turns them into a
:class:`~..core.suitability.SuitabilityModel` (through :mod:`..core.criteria`), the grid and the
area of interest.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np
import shapely
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ..core import criteria as core_criteria
from ..core.errors import InputError
from ..core.estimate import available_memory, check_grid, estimate_grid
from ..core.fields import warn_duplicates
from ..core.geometry import repair_polygons, warn_if_apart
from ..core.grid import GridSpec
from ..core.hazards import classify_zones
from ..core.i18n import tr
from ..core.levels import NAME_OF_RANK
from ..core.suitability import CLASS_NAMES, Aggregation, sortable_ids
from ..core.text import parse_number_list, parse_number_mapping
from ..qgis_io import crs as io_crs
from ..qgis_io import vector as io_vector
from ..qgis_io.raster import has_data, warp_to_grid
from ..qgis_io.vector import source_label
from .base import LayerPostProcessor
from .hazard_inputs import HAZARDS, add_hazard_parameters, hazard_options, read_hazards

LOG = logging.getLogger("migrant_planning")

AOI = "AOI"
CELL_SIZE = "CELL_SIZE"
PRESET = "PRESET"
CRITERIA = "CRITERIA"
FACILITIES = "FACILITIES"
FACILITY_TYPE_FIELD = "FACILITY_TYPE_FIELD"
ROADS = "ROADS"
SETTLEMENTS = "SETTLEMENTS"
DEM = "DEM"
LAND_USE = "LAND_USE"
LAND_USE_FIELD = "LAND_USE_FIELD"
LAND_USE_SCORES = "LAND_USE_SCORES"
WATER = "WATER"
WEIGHTS = "WEIGHTS"
AHP_MATRIX = "AHP_MATRIX"
AGGREGATION = "AGGREGATION"
ORDER_WEIGHTS = "ORDER_WEIGHTS"
ORNESS = "ORNESS"
CLASS_METHOD = "CLASS_METHOD"
CANDIDATES = "CANDIDATES"
CANDIDATE_ID_FIELD = "CANDIDATE_ID_FIELD"

PRESET_KEYS = ("housing", "none")
CLASS_METHOD_KEYS = ("equal", "quantile")


def add_model_parameters(alg) -> None:
    """Declare the inputs of a suitability analysis on ``alg`` (stable names, every one with help)."""
    polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
    add = alg.add_parameter
    add(
        QgsProcessingParameterFeatureSource(AOI, tr("Area of interest"), polygon),
        tr("Polygons that bound the analysis; cells whose centre lies outside them are nodata."),
    )
    cell = QgsProcessingParameterNumber(
        CELL_SIZE, tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double, 25.0, minValue=0.5
    )
    add(cell, tr("Side of the square grid cells in metres; the grid is aligned to multiples of it."))
    add(
        QgsProcessingParameterEnum(PRESET, tr("Preset"), [tr("Housing"), tr("None (CRITERIA only)")], defaultValue=0),
        tr(
            "Housing: distance to health and education, roads and existing settlements, slope, hazard level "
            "and land use, with hazard alta and protección excluded. None: only the criteria in CRITERIA."
        ),
    )
    add(
        QgsProcessingParameterString(CRITERIA, tr("Criteria (JSON text or .json file)"), multiLine=True, optional=True),
        tr(
            "Criteria and constraints as JSON (see docs/criteria_schema.md), merged into the preset by name: "
            'e.g. {"criteria": [{"name": "health", "standardise": {"b": 1500}}]}. Leave empty for the preset.'
        ),
    )
    add(
        QgsProcessingParameterFeatureSource(
            FACILITIES, tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
        ),
        tr("Health and education facilities (points); without them the two distance criteria are left out."),
    )
    add(
        QgsProcessingParameterField(
            FACILITY_TYPE_FIELD, tr("Facility type field"), parentLayerParameterName=FACILITIES, optional=True
        ),
        tr("Field holding the facility type (salud, educación...); detected by its name when empty."),
    )
    add(
        QgsProcessingParameterFeatureSource(
            ROADS, tr("Roads"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
        ),
        tr("Road network (lines): distance to the nearest road."),
    )
    add(
        QgsProcessingParameterFeatureSource(
            SETTLEMENTS, tr("Existing settlements"), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
        ),
        tr("Existing urban fabric (polygons or points): distance to it favours compact growth."),
    )
    add(
        QgsProcessingParameterRasterLayer(DEM, tr("Elevation (DEM)"), optional=True),
        tr("Digital elevation model in metres, any CRS and resolution (resampled to the grid): slope."),
    )
    add_hazard_parameters(
        alg,
        optional=True,
        with_type_name=False,
        hazards_help=tr(
            "Hazard zones (polygons) with a level; level alta of any type is excluded, media and baja score lower."
        ),
    )
    add(
        QgsProcessingParameterFeatureSource(LAND_USE, tr("Land use (POT)"), polygon, optional=True),
        tr("Land use or zoning polygons (POT); each class gets a score, protección is excluded."),
    )
    add(
        QgsProcessingParameterField(
            LAND_USE_FIELD, tr("Land use class field"), parentLayerParameterName=LAND_USE, optional=True
        ),
        tr("Field holding the land use class; detected by its name when empty."),
    )
    add(
        QgsProcessingParameterString(
            LAND_USE_SCORES,
            tr("Land use scores"),
            defaultValue=core_criteria.DEFAULT_LAND_USE_SCORES,
            optional=True,
        ),
        tr("Score 0-1 of each land use class, 'class=score;...' (accents and case ignored); others score 0.5."),
    )
    add(
        QgsProcessingParameterFeatureSource(WATER, tr("Water bodies"), polygon, optional=True),
        tr("Rivers, lakes and wetlands (polygons): their cells are nodata."),
    )
    add(
        QgsProcessingParameterString(WEIGHTS, tr("Weights"), optional=True),
        tr(
            "Criterion weights, 'health=0.3;slope=0.2;...' or '0.2,0.15,...' in the criteria order "
            "(health, education, roads, urban, slope, hazard, land_use for the preset); normalised to sum 1."
        ),
    )
    add(
        QgsProcessingParameterString(AHP_MATRIX, tr("AHP comparison matrix"), optional=True),
        tr(
            "Pairwise comparison matrix in the criteria order ('1,3,5;1/3,1,3;...'); when given, its "
            "principal eigenvector replaces WEIGHTS and its consistency ratio is logged."
        ),
    )
    add(
        QgsProcessingParameterEnum(
            AGGREGATION,
            tr("Aggregation"),
            [tr("WLC (weighted sum)"), tr("OWA (ordered weighted average)")],
            defaultValue=0,
        ),
        tr("WLC adds weighted criteria; OWA also weights each cell's criteria by their order (see ORNESS)."),
    )
    add(
        QgsProcessingParameterString(ORDER_WEIGHTS, tr("OWA order weights"), optional=True),
        tr("One weight per criterion for the best, second best ... worst value of each cell, e.g. '0.5,0.3,0.2'."),
        advanced=True,
    )
    orness = QgsProcessingParameterNumber(
        ORNESS,
        tr("OWA orness (0-1)"),
        QgsProcessingParameterNumber.Type.Double,
        optional=True,
        minValue=0.0,
        maxValue=1.0,
    )
    add(
        orness,
        tr(
            "Risk attitude for OWA without order weights: 1 = best criterion (maximum), 0.5 = WLC, 0 = worst (minimum)."
        ),
        advanced=True,
    )
    add(
        QgsProcessingParameterEnum(
            CLASS_METHOD, tr("Class method"), [tr("Equal interval (0-1)"), tr("Quantile")], defaultValue=0
        ),
        tr("Five classes muy alta ... muy baja: equal intervals of 0.2 on the 0-1 scale, or quintiles of the area."),
    )


def add_parcel_parameters(alg, help_text: str) -> None:
    """Declare CANDIDATES (``help_text`` says what the algorithm does with them) and CANDIDATE_ID_FIELD."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
            CANDIDATES, tr("Candidate parcels"), [QgsProcessing.SourceType.TypeVectorPolygon]
        ),
        help_text,
    )
    alg.add_parameter(
        QgsProcessingParameterField(
            CANDIDATE_ID_FIELD, tr("Parcel id field"), parentLayerParameterName=CANDIDATES, optional=True
        ),
        tr("Field that identifies a parcel, used to break ties; detected by its name when empty."),
    )


def read_polygons(alg, source, crs: QgsCoordinateReferenceSystem, context, feedback, start=0.0, end=0.0, fields=None):
    """A polygon layer (candidate parcels, the area of interest) in ``crs`` with ``fields`` (all by default), and its
    geometries repaired, polygonal parts kept."""
    frame = alg.read(source, crs, context, feedback, fields, start, end)
    geoms, _ = repair_polygons(np.asarray(frame.geometry.values, dtype=object), source_label(source))
    return frame, geoms


def parcel_ids(alg, parameters: dict, context, source, parcels) -> list:
    """The ids that break ties between parcels: CANDIDATE_ID_FIELD (chosen or detected; shared values are
    warned of), else the feature ids."""
    id_field = alg.field(parameters, CANDIDATE_ID_FIELD, context, source, "id", False, tr("parcel id"))
    ids = sortable_ids(parcels[id_field].tolist() if id_field else parcels.index.tolist())
    if id_field:
        warn_duplicates(parcels[id_field].tolist(), source_label(source), id_field)
    return ids


@dataclass
class Prepared:
    """Everything a suitability run needs, read from the parameters."""

    built: core_criteria.BuiltModel
    grid: GridSpec
    aoi: object
    crs: QgsCoordinateReferenceSystem
    crs_text: str
    class_method: str

    def weights_text(self) -> str:
        """'health=0.2000;...' of the weights used."""
        weights = self.built.model.weights()
        return ";".join(f"{n}={w:.4f}" for n, w in zip(self.built.model.names, weights))

    def metadata(self) -> Dict[str, str]:
        """Raster metadata items describing the run."""
        built = self.built
        aggregation = built.model.aggregation
        items = {
            "suitability_criteria": ", ".join(built.model.names),
            "suitability_weights": self.weights_text(),
            "suitability_weight_source": built.weight_source,
            "suitability_aggregation": aggregation.method,
            "suitability_class_method": self.class_method,
            "suitability_constraints": ", ".join(
                f"{c.name} ({c.action})" for c in built.model.exclusions + built.model.masks
            ),
            "suitability_left_out": ", ".join(built.left_out),
            "suitability_constraints_left_out": ", ".join(built.constraints_left_out),
            "suitability_definitions": json.dumps(built.descriptions, ensure_ascii=False),
            "crs_used": self.crs_text,
            "cell_size_m": f"{self.grid.cell_size:g}",
        }
        order_weights = aggregation.order_weights_for(len(built.model.criteria))
        if order_weights is not None:
            items["suitability_order_weights"] = ",".join(f"{v:.4f}" for v in order_weights)
        if built.ahp is not None:
            items["ahp_cr"] = f"{built.ahp.cr:.4f}"
            items["ahp_ci"] = f"{built.ahp.ci:.4f}"
            items["ahp_lambda_max"] = f"{built.ahp.lambda_max:.4f}"
        return items


def _fields_for(definition: dict, key: str) -> List[str]:
    """Attribute fields of one layer that the definition uses."""
    fields = []
    entries = [e.get("source") or {} for e in definition.get("criteria", [])] + list(definition.get("constraints", []))
    for entry in entries:
        if core_criteria._layer_key(entry) != key:
            continue
        for name in ((entry.get("where") or {}).get("field"), entry.get("field")):
            if name and name not in fields:
                fields.append(str(name))
    return fields


def _uses(definition: dict, placeholder: str) -> bool:
    """Whether the definition refers to a placeholder such as $LAND_USE_FIELD."""
    return ("$" + placeholder) in json.dumps(definition)


def _raster_input(layer: QgsRasterLayer, label: str) -> core_criteria.RasterInput:
    """A raster layer as a core RasterInput (GDAL warp onto any grid), after checking it holds data."""
    if layer.providerType() != "gdal":
        raise InputError(
            tr("{layer}: only file rasters (GDAL) can be used; save the layer as a GeoTIFF first.").format(layer=label)
        )
    io_crs.check_raster_crs(layer, label)
    path = layer.source()
    dataset = gdal.Open(path)
    if not has_data(dataset):
        raise InputError(
            tr("{layer}: the raster holds only nodata. Choose another raster or check its nodata value.").format(
                layer=label
            )
        )

    def reader(grid: GridSpec, resampling: str, band_number: int) -> np.ndarray:
        return warp_to_grid(dataset, grid, resampling, band=band_number)

    return core_criteria.RasterInput(label, reader)


def _open_path(path: str, kind: str, crs: QgsCoordinateReferenceSystem, context, feedback):
    """A layer given by path in the CRITERIA JSON, read as a GeoDataFrame or a RasterInput."""
    name = os.path.basename(path.split("|", maxsplit=1)[0])
    if kind == "raster":
        layer = QgsRasterLayer(path, name)
        if not layer.isValid():
            raise InputError(tr("CRITERIA: the raster '{path}' cannot be opened.").format(path=path))
        return _raster_input(layer, name)
    layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        raise InputError(tr("CRITERIA: the vector layer '{path}' cannot be opened.").format(path=path))
    frame = io_vector.source_to_gdf(layer, target_crs=crs, context=context, is_canceled=feedback.isCanceled)
    frame.attrs["layer_name"] = name
    return frame


def prepare(
    alg, parameters: dict, context, feedback, read_start: float = 0.0, read_end: float = 10.0, runs: int = 0
) -> Prepared:
    """Read the parameters and inputs of a suitability analysis into a :class:`Prepared`.

    ``runs``: the weight changes per criterion of a sensitivity analysis (0 for one suitability); the size of the
    run is estimated and logged, and a grid above :data:`..core.estimate.MAX_GRID_CELLS` refused, before any
    input is read.
    """
    aoi_source = alg.source(parameters, AOI, context)
    crs = alg.metric_crs([aoi_source], context)
    crs_text = io_crs.describe(crs)
    aoi_frame, aoi_geoms = read_polygons(alg, aoi_source, crs, context, feedback, fields=[])
    aoi_geoms = aoi_geoms[~shapely.is_missing(aoi_geoms)]
    if len(aoi_geoms) == 0:
        raise InputError(
            tr("{layer}: the area of interest has no polygon. Choose a polygon layer with features.").format(
                layer=source_label(aoi_source)
            )
        )
    aoi = shapely.union_all(aoi_geoms)
    cell = alg.parameterAsDouble(parameters, CELL_SIZE, context)
    if not cell > 0:
        raise InputError(tr("CELL_SIZE: the cell size must be positive (metres)."))
    grid = GridSpec.from_bounds(aoi.bounds, cell, crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
    check_grid(estimate_grid(grid.width, grid.height, 1, runs, cell))  # a first check before the criteria are read
    LOG.info(
        tr("Grid: {w} x {h} cells of {cell:g} m, origin ({x:.0f}, {y:.0f}) in {crs}.").format(
            w=grid.width, h=grid.height, cell=cell, x=grid.x_min, y=grid.y_max, crs=crs_text
        )
    )

    user = core_criteria.load_definition(alg.parameterAsString(parameters, CRITERIA, context))
    preset = PRESET_KEYS[alg.parameterAsEnum(parameters, PRESET, context)]
    scores_text = alg.parameterAsString(parameters, LAND_USE_SCORES, context)
    scores = parse_number_mapping(scores_text, LAND_USE_SCORES) if scores_text.strip() else None
    definition = core_criteria.merged_definition(preset, user, scores)
    size = estimate_grid(
        grid.width, grid.height, len(definition["criteria"]), runs * len(definition["criteria"]) + 1, cell
    )
    LOG.info(tr("Size of the run: {size}.").format(size=size.describe()))
    check_grid(size, available_memory())

    sources = {
        key: alg.source(parameters, key, context, required=False)
        for key in (FACILITIES, ROADS, SETTLEMENTS, HAZARDS, LAND_USE, WATER)
    }
    fields: Dict[str, Optional[str]] = {FACILITY_TYPE_FIELD: None, LAND_USE_FIELD: None}
    if sources[FACILITIES] is not None and _uses(definition, FACILITY_TYPE_FIELD):
        fields[FACILITY_TYPE_FIELD] = alg.field(
            parameters, FACILITY_TYPE_FIELD, context, sources[FACILITIES], "facility_type", True, tr("facility type")
        )
    if sources[LAND_USE] is not None and _uses(definition, LAND_USE_FIELD):
        fields[LAND_USE_FIELD] = alg.field(
            parameters, LAND_USE_FIELD, context, sources[LAND_USE], "land_use", True, tr("land use class")
        )
    definition = core_criteria.substitute(definition, fields)

    layers: Dict[str, object] = {}
    needed = core_criteria.required_layers(definition)
    step = (read_end - read_start) / max(1, len(needed))
    for number, (key, kind) in enumerate(sorted(needed.items())):
        start = read_start + number * step
        if key.startswith("path:"):
            layers[key] = _open_path(key[5:], kind, crs, context, feedback)
        elif key == DEM:
            raster = alg.parameterAsRasterLayer(parameters, DEM, context)
            layers[key] = _raster_input(raster, raster.name()) if raster is not None else None
        elif key == HAZARDS:
            layers[key] = _read_hazards(alg, parameters, context, feedback, sources[HAZARDS], crs, start, start + step)
        elif key == AOI:
            layers[key] = aoi_frame
        elif sources.get(key) is not None:
            layers[key] = alg.read(
                sources[key], crs, context, feedback, _fields_for(definition, key), start, start + step
            )
        else:
            layers[key] = None

    for key in (HAZARDS, LAND_USE, WATER):  # polygons outside the area of interest change nothing there
        layer = layers.get(key)
        if layer is not None and len(layer):
            warn_if_apart(
                np.asarray(layer.geometry.values, dtype=object),
                str(layer.attrs.get("layer_name") or key),
                np.array([aoi], dtype=object),
                source_label(aoi_source),
            )
    aggregation = _aggregation(alg, parameters, context)
    built = core_criteria.build_model(
        definition,
        layers,
        alg.parameterAsString(parameters, WEIGHTS, context),
        alg.parameterAsString(parameters, AHP_MATRIX, context),
        aggregation,
    )
    class_method = CLASS_METHOD_KEYS[alg.parameterAsEnum(parameters, CLASS_METHOD, context)]
    prepared = Prepared(built, grid, aoi, crs, crs_text, class_method)
    _log_model(prepared)
    return prepared


def _read_hazards(alg, parameters, context, feedback, source, crs, start: float, end: float):
    """Hazard zones with normalised ``hazard_level`` (alta/media/baja) and ``hazard_type`` columns."""
    if source is None:
        return None
    options = hazard_options(alg, parameters, context, source)
    frame = read_hazards(alg, source, options, crs, context, feedback, start, end)
    zones = classify_zones(frame, layer_name=source_label(source), **options)
    zones[core_criteria.HAZARD_LEVEL_FIELD] = [NAME_OF_RANK[int(r)] for r in zones["rank"]]
    zones.attrs["layer_name"] = source_label(source)
    return zones


def _aggregation(alg, parameters, context) -> Aggregation:
    """The aggregation rule from AGGREGATION, ORDER_WEIGHTS and ORNESS."""
    if alg.parameterAsEnum(parameters, AGGREGATION, context) == 0:
        return Aggregation("wlc")
    text = alg.parameterAsString(parameters, ORDER_WEIGHTS, context).strip()
    if text:
        values = np.array(parse_number_list(text, ORDER_WEIGHTS), dtype=float)
        return Aggregation("owa", order_weights=values)
    orness = parameters.get(ORNESS)
    if orness is None or orness == "":
        LOG.info(tr("OWA without ORDER_WEIGHTS or ORNESS: orness 0.5 is used, which equals WLC."))
        return Aggregation("owa", orness=0.5)
    return Aggregation("owa", orness=alg.parameterAsDouble(parameters, ORNESS, context))


def _log_model(prepared: Prepared) -> None:
    """Log the criteria, weights, AHP consistency and constraints used."""
    built = prepared.built
    LOG.info(tr("Criteria defined, in order: {names}.").format(names=", ".join(built.defined)))
    for name, description in built.descriptions.items():
        LOG.info(tr("Criterion {name}: {description}.").format(name=name, description=description))
    LOG.info(
        tr("Weights used ({source}): {weights}.").format(
            source=core_criteria.weight_source_label(built.weight_source), weights=prepared.weights_text()
        )
    )
    if built.ahp is not None:
        LOG.info(
            tr("AHP: lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.").format(
                lam=built.ahp.lambda_max, ci=built.ahp.ci, cr=built.ahp.cr
            )
        )
        if not built.ahp.consistent:
            LOG.warning(
                tr("AHP: the consistency ratio {cr:.3f} is not below {max:.2f}. {detail}").format(
                    cr=built.ahp.cr, max=built.ahp.max_cr, detail=built.ahp.inconsistency_message()
                )
            )
    order_weights = built.model.aggregation.order_weights_for(len(built.model.criteria))
    if order_weights is not None:
        LOG.info(tr("OWA order weights (best to worst): {v}.").format(v=", ".join(f"{x:.4f}" for x in order_weights)))


class RasterStyle(LayerPostProcessor):
    """Applies a QML style to a raster output when it is loaded, and translated class labels."""

    def __init__(self, qml: str, classes: bool = False) -> None:
        super().__init__()
        self.qml = qml
        self.classes = classes

    def apply(self, layer) -> None:
        """Load the style; name the classes in the user's language."""
        if os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
        if self.classes:
            renderer = layer.renderer()
            if hasattr(renderer, "classes") and hasattr(renderer, "setLabel"):
                labels = class_labels()
                for item in renderer.classes():
                    if item.value in labels:
                        renderer.setLabel(item.value, labels[item.value])
        layer.triggerRepaint()


def class_labels() -> Dict[int, str]:
    """Translated names of the suitability classes."""
    names = {
        5: tr("Very high (muy alta)"),
        4: tr("High (alta)"),
        3: tr("Medium (media)"),
        2: tr("Low (baja)"),
        1: tr("Very low (muy baja)"),
        0: tr("Excluded (constraint)"),
    }
    return {k: names[k] for k in CLASS_NAMES}
