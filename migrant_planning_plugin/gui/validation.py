"""Checks of a layer chosen for a role: features, CRS, invalid geometries, empty key fields, hazard levels.

Each check is one line with, for a problem, a one-line hint saying what to do. The checks read the layer
through the QGIS API (attributes without geometry, geometries as WKB checked by shapely in bulk) and stop
after :data:`MAX_CHECKED` features, so a large layer never freezes the dock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List

from qgis.core import NULL, QgsFeatureRequest, QgsMapLayer, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.levels import NAME_OF_RANK, RANK, UNKNOWN_RANK, parse_level_map, read_levels
from .widgets import format_value, names_list

if TYPE_CHECKING:
    from .roles import RoleSpec

MAX_CHECKED = 20_000


@dataclass(frozen=True)
class Check:
    """One line of the validation summary: level ('ok', 'info', 'warning', 'error'), text and hint."""

    level: str
    text: str
    hint: str = ""


def _null(value: object) -> bool:
    return value is None or value == NULL or (isinstance(value, str) and not value.strip())


def geometry_name(geometry_type) -> str:
    """'polygons', 'lines', 'points' in the plugin's language (QGIS's own display string is not translated)."""
    names = {
        QgsWkbTypes.GeometryType.PointGeometry: tr("points"),
        QgsWkbTypes.GeometryType.LineGeometry: tr("lines"),
        QgsWkbTypes.GeometryType.PolygonGeometry: tr("polygons"),
    }
    return names.get(geometry_type, tr("no geometry"))


def validate_layer(layer: QgsMapLayer, spec: RoleSpec, fields: Dict[str, str], level_map: str = "") -> List[Check]:
    """The checks of ``layer`` in role ``spec`` with the chosen ``fields`` (role -> field name)."""
    if layer is None or not layer.isValid():
        return [Check("error", tr("The layer cannot be read."), tr("Check that its file still exists."))]
    if isinstance(layer, QgsRasterLayer):
        return _raster_checks(layer)
    if not isinstance(layer, QgsVectorLayer):
        return [Check("error", tr("This is not a vector or raster layer."), tr("Choose another layer."))]
    checks: List[Check] = []
    count = layer.featureCount()
    geometry = geometry_name(layer.geometryType())
    if count == 0:
        checks.append(
            Check("error", tr("The layer has no features."), tr("Choose a layer with features, or remove its filter."))
        )
    else:
        text = tr("{n} features ({geometry}).").format(n=format_value(count, "int"), geometry=geometry)
        checks.append(Check("ok", text))
    checks.append(_crs_check(layer))
    if count:
        checks.extend(_geometry_checks(layer))
    checks.extend(_field_checks(layer, spec, fields, count, level_map))
    return checks


def _crs_check(layer: QgsMapLayer) -> Check:
    crs = layer.crs()
    if not crs.isValid():
        return Check(
            "error",
            tr("The layer has no CRS."),
            tr("Set it in Layer Properties > Source; areas and distances need it."),
        )
    if crs.isGeographic():
        return Check(
            "info",
            tr("CRS {crs} (geographic).").format(crs=crs.authid() or crs.description()),
            tr("Areas and distances are computed in a metric CRS (EPSG:9377 in Colombia)."),
        )
    return Check("ok", tr("CRS {crs}.").format(crs=crs.authid() or crs.description()))


def _geometry_checks(layer: QgsVectorLayer) -> List[Check]:
    """Invalid and missing geometries among the first MAX_CHECKED features."""
    import shapely

    request = QgsFeatureRequest().setNoAttributes().setLimit(MAX_CHECKED)
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    blobs = []
    missing = 0
    for feature in layer.getFeatures(request):
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            missing += 1
            continue
        blobs.append(bytes(geom.asWkb()))
    checks: List[Check] = []
    partial = layer.featureCount() > MAX_CHECKED
    invalid = 0
    if blobs:
        geoms = shapely.from_wkb(blobs, on_invalid="ignore")
        invalid = int((~shapely.is_valid(geoms)).sum())
    suffix = tr(" (first {n} checked)").format(n=format_value(MAX_CHECKED, "int")) if partial else ""
    if invalid:
        checks.append(
            Check(
                "warning",
                tr("{n} invalid geometries{suffix}.").format(n=format_value(invalid, "int"), suffix=suffix),
                tr(
                    "They are repaired in the analysis; Vector > Geometry Tools > Fix Geometries repairs them for good."
                ),
            )
        )
    else:
        checks.append(Check("ok", tr("No invalid geometries{suffix}.").format(suffix=suffix)))
    if missing:
        checks.append(
            Check(
                "warning",
                tr("{n} features without geometry.").format(n=format_value(missing, "int")),
                tr("They are left out of the analysis."),
            )
        )
    return checks


def _values(layer: QgsVectorLayer, name: str) -> list:
    """The values of one field over the first MAX_CHECKED features (no geometry read)."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name], layer.fields())
    request.setLimit(MAX_CHECKED)
    return [feature[name] for feature in layer.getFeatures(request)]


def _field_checks(
    layer: QgsVectorLayer, spec: RoleSpec, fields: Dict[str, str], count: int, level_map: str
) -> List[Check]:
    checks: List[Check] = []
    for field in spec.fields:
        name = fields.get(field.role, "")
        if not name:
            if field.required:
                checks.append(
                    Check(
                        "error",
                        tr("No field chosen for {field}.").format(field=field.label.lower()),
                        tr("Open Fields and choose it."),
                    )
                )
            continue
        if layer.fields().indexOf(name) < 0:
            checks.append(
                Check(
                    "error",
                    tr("The field {field} is not in the layer.").format(field=name),
                    tr("Choose another field."),
                )
            )
            continue
        if not count:
            continue
        values = _values(layer, name)
        empty = sum(1 for v in values if _null(v))
        if field.role == "hazard_level":
            checks.extend(_level_checks(values, level_map))
        elif field.role in ("hazard_type", "facility_type", "land_use"):
            kinds = Counter(str(v) for v in values if not _null(v))
            what = {
                "hazard_type": tr("Hazard types"),
                "facility_type": tr("Facility types"),
                "land_use": tr("Land classes"),
            }[field.role]
            checks.append(
                Check(
                    "info",
                    tr("{what}: {values}.").format(
                        what=what, values=names_list([f"{k} ({n})" for k, n in sorted(kinds.items())])
                    ),
                )
            )
        if empty and field.role in ("population", "migrants", "households", "capacity", "hazard_level"):
            hint = {
                "population": tr("They count as 0 people; fill them in the attribute table if you know them."),
                "migrants": tr("They count as 0 migrants."),
                "households": tr("They count as 0 households."),
                "capacity": tr("They count as 0 capacity in the access scores."),
                "hazard_level": tr("Those zones count as no hazard."),
            }[field.role]
            checks.append(
                Check(
                    "warning",
                    tr("{n} features have no value in {field}.").format(n=format_value(empty, "int"), field=name),
                    hint,
                )
            )
    return checks


def _level_checks(values: list, level_map: str) -> List[Check]:
    """Hazard levels found and what each means (core.levels, as the analyses read them); an error for every value
    that is not understood, since the analyses refuse to run with it."""
    try:
        mapping = parse_level_map(level_map)
    except InputError as error:
        return [Check("error", str(error), tr("Correct the level map."))]
    found = Counter(v for v in values if not _null(v))
    distinct = list(found)
    reading = read_levels(distinct, mapping)
    rank_of = dict(zip(distinct, reading.ranks.tolist()))
    shown, unknown = [], []
    for value in sorted(distinct, key=lambda v: (-rank_of[v], str(v))):
        if rank_of[value] == UNKNOWN_RANK:
            unknown.append(str(value))
            shown.append(f"{value} → ? ({found[value]})")
        else:
            shown.append(f"{value} → {NAME_OF_RANK[rank_of[value]]} ({found[value]})")
    checks = [Check("info", tr("Levels: {values}.").format(values=names_list(shown, limit=8)))]
    if reading.scale:
        checks.append(Check("info", tr("Numbers: {note}.").format(note=reading.scale_note())))
    for value in unknown:
        checks.append(
            Check(
                "error",
                tr("'{value}' is not a hazard level the plugin knows: the analyses stop until it is mapped.").format(
                    value=value
                ),
                tr("Add {value}=alta, media, baja or none to the level map, as the layer's legend says.").format(
                    value=value
                ),
            )
        )
    if found and not unknown and not any(rank in RANK.values() for rank in rank_of.values()):
        checks.append(
            Check(
                "warning",
                tr("No value of the level field is a hazard level: no zone counts as a hazard."),
                tr("Choose the right level field, or map its values in the level map."),
            )
        )
    return checks


def _raster_checks(layer: QgsRasterLayer) -> List[Check]:
    checks = [
        Check(
            "ok",
            tr("{w} × {h} cells of {size} m, {bands} band(s).").format(
                w=format_value(layer.width(), "int"),
                h=format_value(layer.height(), "int"),
                size=format_value(layer.rasterUnitsPerPixelX(), "num"),
                bands=layer.bandCount(),
            ),
        ),
        _crs_check(layer),
    ]
    if layer.providerType() != "gdal":
        checks.append(
            Check(
                "error",
                tr("Only file rasters can be used."),
                tr("Save it as a GeoTIFF (right click > Export > Save As) and choose that."),
            )
        )
    return checks
