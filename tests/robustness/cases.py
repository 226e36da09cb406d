"""Bad-input cases derived from the sample city: small GeoPackages, FlatGeobufs and GeoTIFFs, built on demand.

:class:`CaseData` holds a subset of Villa Esperanza (a 2.5 km x 2.5 km window: about 170 settlements,
9 hazard zones, 24 facilities, 840 road lines, 14 parcels, a 20 m DEM and a 50 m test suitability) and
writes, the first time a test asks for it, the file of one case applied to one layer (role): an empty
layer, null geometries, invalid polygons, multipart, Z and M, curves, another CRS, a misnamed field, text
in a numeric field, bad numbers, duplicate ids, non-ASCII names, unknown hazard levels, a raster of nodata,
a raster in another CRS and resolution, coordinates in the tens of millions.

The inputs of ``planning_report`` are outputs of the other algorithms: the first time one is asked for, the
algorithm that makes it runs on the window (``report_cases``) and its output becomes one more role (the
exposure layer and summary, the access summary, a suitability raster with its metadata, the ranked parcels,
the sensitivity table, the scenario summary), broken by the same recipes. Tables have no geometry: the
geometry cases do not apply to them.

Everything is written with OGR/GDAL directly, so the geometry types (curves, ZM), field types (text,
real with NaN) and CRSs are exactly the ones the case needs. The NaN population case is a FlatGeobuf:
SQLite (and so GeoPackage) stores NaN as NULL.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from osgeo import gdal, ogr, osr

from migrant_planning_plugin import sample_city as city

gdal.UseExceptions()
ogr.UseExceptions()

BOX = (5_050_000.0, 2_430_500.0, 5_052_500.0, 2_433_000.0)
FULL_CITY = (city.X0, city.Y0, city.X0 + city.WIDTH, city.Y0 + city.HEIGHT)  # the whole municipality
EPSG = city.CRS_EPSG
# "Coordinates in the tens of millions": Origen-Nacional with false easting/northing ten times larger, so the
# same places have x about 5.0e7, y about 2.4e7 and areas and distances are unchanged.
SHIFT = (45_000_000.0, 18_000_000.0)
MILLIONS_PROJ4 = (
    "+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=50000000 +y_0=20000000 +ellps=GRS80 "
    "+towgs84=0,0,0,0,0,0,0 +units=m +no_defs"
)
OTHER_PROJECTED = 3116  # MAGNA-SIRGAS / Colombia Bogota zone
NO_OVERLAP_DX = 60_000.0

SAMPLE_LAYERS = {role: layer for role, layer in city.LAYERS.items() if role not in ("boundary", "streams")}
# The field of each role that a case about fields (misnamed, text, bad numbers) changes.
KEY_FIELD = {
    "settlements": "poblacion",
    "hazards": "nivel",
    "facilities": "capacidad",
    "roads": "velocidad",
    "land_use": "clase_suelo",
    "areas": "nombre",
    "candidates": "codigo_predio",
    "aoi": None,
    "water": None,
    # outputs of the algorithms, inputs of planning_report
    "exposure": "any_lvl",
    "exposure_summary": "population",
    "access_summary": "population_covered",
    "ranked": "suit_mean",
    "sensitivity": "spearman",
    "scenario_summary": "population_added",
}
ID_FIELD = {
    "settlements": "codigo",
    "facilities": "codigo",
    "candidates": "codigo_predio",
    "hazards": "codigo",
    "ranked": "codigo_predio",
}
LEVEL_FIELD = {"hazards": "nivel", "exposure": "any_lvl", "exposure_summary": "hazard_level"}
# Text columns whose values are names (non-ASCII case): changed consistently, value by value.
NAME_FIELDS = {"exposure_summary": "area_name", "access_summary": "area_name", "scenario_summary": "scenario"}
MISNAMED = {
    "poblacion": "hab_2023",
    "nivel": "riesgo",
    "capacidad": "aforo",
    "velocidad": "km_h",
    "clase_suelo": "destino",
    "nombre": "rotulo",
    "codigo_predio": "matricula",
    "any_lvl": "nivel_max",
    "population": "poblacion_total",
    "population_covered": "cubiertos",
    "suit_mean": "aptitud_media",
    "spearman": "rho",
    "population_added": "nuevos_habitantes",
}
NON_ASCII_FILE = "núcleo_ñandú"
NON_ASCII_LAYER = {
    "settlements": "asentamientos_señal",
    "hazards": "zonas_amenaza_ñ",
    "facilities": "equipamientos_á",
    "roads": "malla_vial_ü",
    "land_use": "usos_suelo_é",
    "areas": "comunas_í",
    "candidates": "predios_ó",
    "aoi": "límite",
    "water": "cuerpos_agua_ú",
    "exposure": "exposición_ñ",
    "exposure_summary": "resumen_exposición",
    "access_summary": "resumen_acceso",
    "ranked": "predios_priorizados",
    "sensitivity": "sensibilidad",
    "scenario_summary": "resumen_escenarios",
}
# Roles made by running an algorithm on the window (tests/robustness/report_cases.py).
DERIVED = ("exposure", "exposure_summary", "access_summary", "ranked", "sensitivity", "scenario_summary")
DERIVED_RASTERS = ("report_suitability",)
# Cases that change geometries or coordinates: they do not apply to a table.
GEOMETRY_CASES = (
    "null_geometries",
    "invalid_geometries",
    "multipart",
    "points_in_polygons",
    "z_m",
    "curved",
    "geographic_crs",
    "other_projected_crs",
    "no_overlap",
    "millions",
    "no_crs",
    "undefined_crs",
)


def _srs(crs) -> Optional[osr.SpatialReference]:
    if crs is None:
        return None
    srs = osr.SpatialReference()
    if isinstance(crs, int):
        srs.ImportFromEPSG(crs)
    else:
        srs.ImportFromProj4(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _ogr_type(series: pd.Series) -> Tuple[int, int]:
    """OGR field type and subtype for a pandas column."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return ogr.OFTInteger, ogr.OFSTBoolean
    if pd.api.types.is_integer_dtype(series.dtype):
        return ogr.OFTInteger64, ogr.OFSTNone
    if pd.api.types.is_float_dtype(series.dtype):
        return ogr.OFTReal, ogr.OFSTNone
    return ogr.OFTString, ogr.OFSTNone


def write_layer(
    path: Path,
    layer_name: str,
    frame: pd.DataFrame,
    geometries: List[Optional[str]],
    geometry_type: int,
    crs,
    driver: str = "GPKG",
    nulls: Optional[Dict[str, np.ndarray]] = None,
) -> str:
    """Write one layer: attribute columns of ``frame`` and WKT geometries (None = null), exactly as given."""
    if path.exists():
        gdal.GetDriverByName(driver).Delete(str(path))
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    options = ["SPATIAL_INDEX=NO"] if driver == "FlatGeobuf" else []
    layer = source.CreateLayer(layer_name, _srs(crs), geometry_type, options=options)
    columns = [c for c in frame.columns if c != "geometry"]
    for column in columns:
        kind, subtype = _ogr_type(frame[column])
        definition = ogr.FieldDefn(str(column), kind)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    definition = layer.GetLayerDefn()
    transaction = driver == "GPKG"
    if transaction:
        source.StartTransaction()
    for position in range(len(frame)):
        feature = ogr.Feature(definition)
        for index, column in enumerate(columns):
            value = frame[column].iloc[position]
            if nulls and column in nulls and nulls[column][position]:
                feature.SetFieldNull(index)
            elif (
                value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value) and driver == "GPKG")
            ):
                feature.SetFieldNull(index)
            elif isinstance(value, (bool, np.bool_)):
                feature.SetField(index, int(bool(value)))
            elif isinstance(value, (int, np.integer)):
                feature.SetField(index, int(value))
            elif isinstance(value, (float, np.floating)):
                feature.SetField(index, float(value))
            else:
                feature.SetField(index, str(value))
        wkt = geometries[position]
        if wkt is not None:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry.GetGeometryType() != geometry_type:  # e.g. a polygon in a multipolygon layer
                geometry = ogr.ForceTo(geometry, geometry_type)
            feature.SetGeometryDirectly(geometry)
        layer.CreateFeature(feature)
    if transaction:
        source.CommitTransaction()
    source = None
    return f"{path}|layername={layer_name}"


# ------------------------------------------------------------------------------------------ geometry recipes
def bow_tie(geom) -> str:
    """A self-crossing quadrilateral over the feature's envelope."""
    x0, y0, x1, y1 = geom.bounds
    return f"POLYGON (({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"


def self_touching(geom) -> str:
    """A ring that touches itself at one vertex (an inverted hole): invalid for GEOS, valid for ESRI."""
    x0, y0, x1, y1 = geom.bounds
    w, h = x1 - x0, y1 - y0
    xm = x0 + w / 2
    return (
        f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {xm} {y1}, {x0 + 0.75 * w} {y0 + 0.5 * h}, "
        f"{x0 + 0.25 * w} {y0 + 0.5 * h}, {xm} {y1}, {x0} {y1}, {x0} {y0}))"
    )


def duplicate_vertices(geom) -> str:
    """The polygon with every vertex repeated (valid for GEOS, but a classic digitising artefact)."""
    ring = np.asarray(geom.exterior.coords)
    doubled = np.repeat(ring, 2, axis=0)[:-1]
    return "POLYGON ((" + ", ".join(f"{x} {y}" for x, y in doubled) + "))"


def spike(geom) -> str:
    """The polygon with a spike: out from the first vertex and back along the same line."""
    ring = np.asarray(geom.exterior.coords)
    x, y = ring[0]
    x0, _y0, x1, _y1 = geom.bounds
    out = (x - (x1 - x0), y)
    coords = [tuple(ring[0]), out, tuple(ring[0])] + [tuple(c) for c in ring[1:]]
    return "POLYGON ((" + ", ".join(f"{a} {b}" for a, b in coords) + "))"


INVALID_RECIPES = (bow_tie, self_touching, duplicate_vertices, spike)


GAP = 1e-6  # metres between the two halves: parts of a valid MultiPolygon may not share an edge


def halves(geom):
    """The polygon cut into two parts by a vertical line near its envelope's centre (a valid MultiPolygon).

    A strip ``GAP`` wide is left out between the parts, which changes areas by about 1e-8 relative.
    """
    x0, y0, x1, y1 = geom.bounds
    xm = x0 + 0.4837 * (x1 - x0)  # not halfway: window edges are whole hundreds, so halfway can hit cell centres
    left = shapely.intersection(geom, shapely.box(x0 - 1, y0 - 1, xm - GAP / 2, y1 + 1))
    right = shapely.intersection(geom, shapely.box(xm + GAP / 2, y0 - 1, x1 + 1, y1 + 1))
    parts = [p for g in (left, right) for p in shapely.get_parts(g) if p.geom_type == "Polygon" and p.area > 0]
    return shapely.MultiPolygon(parts) if parts else shapely.MultiPolygon([geom])


def _coords_zm(coords, z0: float) -> str:
    return ", ".join(f"{x} {y} {z0 + i * 0.5} {float(i)}" for i, (x, y) in enumerate(np.asarray(coords)[:, :2]))


def to_zm_wkt(geom, z0: float) -> str:
    """WKT with Z (elevation-like) and M (vertex number) on every vertex."""
    kind = geom.geom_type
    if kind == "Point":
        return f"POINT ZM ({geom.x} {geom.y} {z0} 1)"
    if kind == "LineString":
        return f"LINESTRING ZM ({_coords_zm(geom.coords, z0)})"
    if kind == "Polygon":
        rings = [geom.exterior, *geom.interiors]
        return "POLYGON ZM (" + ", ".join(f"({_coords_zm(r.coords, z0)})" for r in rings) + ")"
    if kind.startswith("Multi"):
        inner = [to_zm_wkt(part, z0) for part in geom.geoms]
        body = ", ".join(w[w.index("(") :] for w in inner)
        return f"{kind.upper()} ZM ({body})"
    raise ValueError(kind)


def to_curved_wkt(geom) -> str:
    """A CurvePolygon (or CompoundCurve for lines) whose last edge is a circular arc bulging outwards a little."""
    if geom.geom_type == "Point":
        raise KeyError("points have no curved form")
    if geom.geom_type == "MultiLineString":
        return "MULTICURVE (" + ", ".join(to_curved_wkt(p) for p in geom.geoms) + ")"
    if geom.geom_type == "MultiPolygon":
        return "MULTISURFACE (" + ", ".join(to_curved_wkt(p) for p in geom.geoms) + ")"
    if geom.geom_type == "LineString":
        coords = np.asarray(geom.coords)
        if len(coords) < 3:
            a, b = coords[0], coords[-1]
            mid = (a + b) / 2 + np.array([-(b - a)[1], (b - a)[0]]) * 0.05
            return f"COMPOUNDCURVE (CIRCULARSTRING ({a[0]} {a[1]}, {mid[0]} {mid[1]}, {b[0]} {b[1]}))"
        straight = ", ".join(f"{x} {y}" for x, y in coords[:-1])
        a, b = coords[-2], coords[-1]
        mid = (a + b) / 2 + np.array([-(b - a)[1], (b - a)[0]]) * 0.05
        arc = f"CIRCULARSTRING ({a[0]} {a[1]}, {mid[0]} {mid[1]}, {b[0]} {b[1]})"
        return f"COMPOUNDCURVE (({straight}), {arc})"
    ring = np.asarray(shapely.orient_polygons(geom).exterior.coords)  # counter-clockwise: outward is to the right
    straight = ", ".join(f"{x} {y}" for x, y in ring[:-1])
    a, b = ring[-2], ring[-1]
    d = b - a
    mid = (a + b) / 2 + np.array([d[1], -d[0]]) * 0.1
    arc = f"CIRCULARSTRING ({a[0]} {a[1]}, {mid[0]} {mid[1]}, {b[0]} {b[1]})"
    return f"CURVEPOLYGON (COMPOUNDCURVE (({straight}), {arc}))"


def _geometry_type(geoms, zm: bool = False, curved: bool = False) -> int:
    """The OGR layer type that holds ``geoms`` (single or multi, curved, with Z and M)."""
    kinds = {g.geom_type for g in geoms if g is not None}
    if kinds <= {"Point", "MultiPoint"}:
        base = ogr.wkbMultiPoint if "MultiPoint" in kinds else ogr.wkbPoint
    elif kinds <= {"LineString", "MultiLineString"}:
        if curved:
            base = ogr.wkbMultiCurve if "MultiLineString" in kinds else ogr.wkbCompoundCurve
        else:
            base = ogr.wkbMultiLineString if "MultiLineString" in kinds else ogr.wkbLineString
    elif curved:
        base = ogr.wkbMultiSurface if "MultiPolygon" in kinds else ogr.wkbCurvePolygon
    else:
        base = ogr.wkbMultiPolygon if "MultiPolygon" in kinds else ogr.wkbPolygon
    if zm:
        base = ogr.GT_SetModifier(base, True, True)
    return base


# ------------------------------------------------------------------------------------------ the data
class CaseData:
    """The sample-city subset and the case files derived from it, written on demand into ``folder``."""

    def __init__(self, folder: Path, sample_gpkg: str, sample_dem: str, box: Optional[tuple] = BOX) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.box = tuple(box) if box is not None else FULL_CITY
        box = shapely.box(*self.box)
        self.frames: Dict[str, gpd.GeoDataFrame] = {}
        for role, layer in SAMPLE_LAYERS.items():
            frame = gpd.read_file(sample_gpkg, layer=layer, engine="fiona")
            if role in ("settlements", "facilities", "candidates", "roads"):
                frame = frame[frame.intersects(box)]
            else:  # zones, land use, areas, water: cut to the window (kept polygonal)
                frame = frame.assign(geometry=frame.geometry.intersection(box))
                frame = frame[~frame.geometry.is_empty & frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
            self.frames[role] = frame.reset_index(drop=True)
        self.frames["aoi"] = gpd.GeoDataFrame({"nombre": ["ventana"]}, geometry=[box], crs=EPSG)
        self._cache: Dict[Tuple[str, str], str] = {}
        self.sample_dem = sample_dem
        self.base_rasters = {"dem": self._base_dem(), "suitability": self._base_suitability()}

    # ---------------------------------------------------------------- rasters
    def _base_dem(self) -> str:
        path = self.folder / "base_dem.tif"
        x0, y0, x1, y1 = self.box
        gdal.Translate(str(path), self.sample_dem, projWin=[x0 - 200, y1 + 200, x1 + 200, y0 - 200])
        return str(path)

    def _base_suitability(self) -> str:
        """A 50 m test suitability: lower ground is better (1 - normalised elevation); water is nodata."""
        path = self.folder / "base_suitability.tif"
        x0, _y0, _x1, y1 = self.box
        ds = gdal.Warp(
            "",
            self.base_rasters_dem_path(),
            format="MEM",
            outputBounds=self.box,
            xRes=50,
            yRes=50,
            resampleAlg="average",
        )
        z = ds.GetRasterBand(1).ReadAsArray().astype(float)
        s = (z.max() - z) / (z.max() - z.min())
        xs = x0 + (np.arange(z.shape[1]) + 0.5) * 50
        ys = y1 - (np.arange(z.shape[0]) + 0.5) * 50
        gx, gy = np.meshgrid(xs, ys)
        water = self.frames["water"]
        if len(water):
            s[shapely.contains_xy(shapely.union_all(water.geometry.values), gx, gy)] = -9999.0
        out = gdal.GetDriverByName("GTiff").Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32)
        out.SetGeoTransform((x0, 50.0, 0.0, y1, 0.0, -50.0))
        out.SetProjection(_srs(EPSG).ExportToWkt())
        band = out.GetRasterBand(1)
        band.SetNoDataValue(-9999.0)
        band.WriteArray(s.astype(np.float32))
        out = None
        return str(path)

    def base_rasters_dem_path(self) -> str:
        return str(self.folder / "base_dem.tif")

    def raster(self, role: str, case: Optional[str] = None) -> str:
        """Path of the raster of ``role`` ('dem', 'suitability', 'report_suitability') for ``case`` (None = the
        base raster)."""
        if role not in self.base_rasters and role in DERIVED_RASTERS:
            from .report_cases import derive

            derive(self, role)
        base = self.base_rasters[role]
        if case is None:
            return base
        key = (case, role)
        if key in self._cache:
            return self._cache[key]
        stem = NON_ASCII_FILE if case == "non_ascii" else case
        path = self.folder / f"{stem}_{role}.tif"
        if case == "raster_nodata":
            source = gdal.Open(base)
            out = gdal.GetDriverByName("GTiff").CreateCopy(str(path), source)
            band = out.GetRasterBand(1)
            band.Fill(band.GetNoDataValue())
            out = None
        elif case == "raster_other_crs":
            if role == "dem":  # geographic, about 25 m
                gdal.Warp(str(path), base, dstSRS="EPSG:4326", xRes=0.00023, yRes=0.00023, resampleAlg="bilinear")
            else:  # another projected CRS, 37 m cells
                gdal.Warp(str(path), base, dstSRS=f"EPSG:{OTHER_PROJECTED}", xRes=37, yRes=37, resampleAlg="near")
        elif case == "raster_no_crs":
            out = gdal.GetDriverByName("GTiff").CreateCopy(str(path), gdal.Open(base))
            out.SetProjection("")
            out = None
        elif case == "millions":
            out = gdal.GetDriverByName("GTiff").CreateCopy(str(path), gdal.Open(base))
            gt = list(out.GetGeoTransform())
            gt[0] += SHIFT[0]
            gt[3] += SHIFT[1]
            out.SetGeoTransform(gt)
            out.SetProjection(_srs(MILLIONS_PROJ4).ExportToWkt())
            out = None
        elif case == "non_ascii":
            gdal.GetDriverByName("GTiff").CreateCopy(str(path), gdal.Open(base))
        else:
            raise KeyError(case)
        self._cache[key] = str(path)
        return str(path)

    # ---------------------------------------------------------------- vectors
    def uri(self, role: str, case: Optional[str] = None) -> str:
        """OGR uri of the layer of ``role`` for ``case`` (None = the base layer)."""
        key = (case or "base", role)
        if key not in self._cache:
            if role not in self.frames and role in DERIVED:
                from .report_cases import derive

                derive(self, role)
            self._cache[key] = self._write(role, case)
        return self._cache[key]

    def _write(self, role: str, case: Optional[str]) -> str:
        frame = self.frames[role].copy()
        table = not isinstance(frame, gpd.GeoDataFrame)  # an output table: no geometry
        if table and case in GEOMETRY_CASES:
            raise KeyError(f"{role} is a table: no geometry")
        geoms = [None] * len(frame) if table else list(frame.geometry.values)
        attributes = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
        crs = EPSG
        curved = zm = False
        layer = role
        driver, suffix = "GPKG", "gpkg"
        field = KEY_FIELD.get(role)
        stem = case or "base"
        nulls = None
        if case in (None, "base"):
            pass
        elif case == "empty":
            attributes, geoms = attributes.iloc[:0], []
        elif case == "null_geometries":
            geoms = [None] * len(geoms)
        elif case == "invalid_geometries":
            geoms = [
                shapely.from_wkt(INVALID_RECIPES[i % 4](g)) if g.geom_type in ("Polygon", "MultiPolygon") else g
                for i, g in enumerate(_single(geoms))
            ]
        elif case == "multipart":
            geoms = [_multi(g) for g in geoms]
        elif case == "points_in_polygons":  # a polygon layer in which every fifth feature is a point
            if not all(g is None or g.geom_type in ("Polygon", "MultiPolygon") for g in geoms):
                raise KeyError(f"{role} is not a polygon layer")
            geoms = [g.representative_point() if i % 5 == 2 and g is not None else g for i, g in enumerate(geoms)]
        elif case == "z_m":
            zm = True
        elif case == "curved":
            curved = True
        elif case == "geographic_crs":
            geoms, crs = _reproject(geoms, 4326), 4326
        elif case == "other_projected_crs":
            geoms, crs = _reproject(geoms, OTHER_PROJECTED), OTHER_PROJECTED
        elif case == "no_overlap":
            geoms = [shapely.transform(g, lambda c: c + [NO_OVERLAP_DX, 0.0]) for g in geoms]
        elif case == "misnamed_field":
            attributes = attributes.rename(columns={field: MISNAMED[field]}) if field else attributes
        elif case == "missing_field":
            pass  # the layer is the base one; the test names a field that does not exist
        elif case == "text_in_numeric":
            if field is None or not pd.api.types.is_numeric_dtype(attributes[field].dtype):
                raise KeyError(f"{role} has no numeric field")
            values = attributes[field].tolist()
            texts = []
            for i, v in enumerate(values):
                texts.append(
                    ["n/d", "", f"{int(v):,}".replace(",", "."), "  12 ", "doce"][i % 5] if i % 2 else str(int(v))
                )
            attributes[field] = pd.Series(texts, dtype=object, index=attributes.index)
        elif case == "bad_numbers":  # every other feature: 0, -5, NULL, NaN in turn
            if field is None or not pd.api.types.is_numeric_dtype(attributes[field].dtype):
                raise KeyError(f"{role} has no numeric field")
            values = attributes[field].astype(float).to_numpy().copy()
            special = np.array([0.0, -5.0, np.nan, np.nan])
            even = np.arange(0, len(values), 2)
            values[even] = special[(even // 2) % 4]
            attributes[field] = values
            nulls = {field: np.isin(np.arange(len(values)), even[(even // 2) % 4 == 2])}
            if not table:  # FlatGeobuf keeps NaN; it cannot hold a table without geometry (NaN is NULL there)
                driver, suffix = "FlatGeobuf", "fgb"
        elif case == "duplicate_ids":
            if role not in ID_FIELD:
                raise KeyError(f"{role} has no id field")
            id_field = ID_FIELD[role]
            ids = attributes[id_field].tolist()
            attributes[id_field] = [ids[i - i % 2] for i in range(len(ids))]
        elif case == "non_ascii":
            stem, layer = NON_ASCII_FILE, NON_ASCII_LAYER[role]
            for column in ("nombre",):
                if column in attributes.columns:
                    attributes[column] = [
                        f"Ñandú – Barrio Éxito 🏠 «{i}» {v}" for i, v in enumerate(attributes[column])
                    ]
            if role == "settlements":
                attributes = attributes.rename(columns={"poblacion": "población"})
            if role in NAME_FIELDS:  # the names of the areas' non-ASCII twin (same numbering), or of scenarios
                column = NAME_FIELDS[role]
                areas = list(self.frames["areas"]["nombre"]) if column == "area_name" else []
                values = [v for v in pd.unique(attributes[column]) if v != "ALL" and v not in areas]
                names = {v: f"Ñandú – Barrio Éxito 🏠 «{i}» {v}" for i, v in enumerate(areas + values)}
                attributes[column] = [names.get(v, v) for v in attributes[column]]
        elif case == "unknown_levels":
            if role not in LEVEL_FIELD:
                raise KeyError(f"{role} has no hazard level")
            level_field = LEVEL_FIELD[role]
            levels = attributes[level_field].tolist()
            odd = ["muy alta", "4", None, "??", "Alta "]
            attributes[level_field] = [odd[i % 5] if i % 2 else v for i, v in enumerate(levels)]
        elif case == "millions":
            geoms = [shapely.transform(g, lambda c: c + np.array(SHIFT)) for g in geoms]
            crs = MILLIONS_PROJ4
        elif case == "no_crs":  # a FlatGeobuf without CRS: QGIS gives the layer an invalid CRS
            crs, driver, suffix = None, "FlatGeobuf", "fgb"
        elif case == "undefined_crs":  # a GeoPackage without CRS: "Undefined geographic SRS", holding metres
            crs = None
        else:
            raise KeyError(case)
        if zm:
            wkts = [to_zm_wkt(g, 300.0 + i) for i, g in enumerate(geoms)]
        elif curved:
            wkts = [to_curved_wkt(g) for g in geoms]
        else:
            wkts = [None if g is None else g.wkt for g in geoms]
        if table:
            gtype, crs = ogr.wkbNone, None
        else:
            present = [g for g in geoms if g is not None] or list(self.frames[role].geometry.values)
            gtype = _geometry_type(present, zm=zm, curved=curved)
        path = self.folder / f"{stem}_{role}.{suffix}"
        return write_layer(path, layer, attributes, wkts, gtype, crs, driver=driver, nulls=nulls)


def _single(geoms):
    """Polygons as single polygons (the largest part) so the recipes can use their exterior ring."""
    out = []
    for g in geoms:
        if g is not None and g.geom_type == "MultiPolygon":
            g = max(g.geoms, key=lambda p: p.area)
        out.append(g)
    return out


def _multi(geom):
    """A multipart version of ``geom`` covering the same place: polygons cut in halves, lines cut at a vertex."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return halves(geom)
    if geom.geom_type == "LineString":
        coords = np.asarray(geom.coords)
        if len(coords) >= 3:
            k = len(coords) // 2
            return shapely.MultiLineString([coords[: k + 1], coords[k:]])
        return shapely.MultiLineString([coords])
    if geom.geom_type == "Point":
        return shapely.MultiPoint([geom])
    return geom


def _reproject(geoms, epsg: int):
    """The geometries in another CRS; densified first, so that their straight edges, which the plugin follows as
    true lines after reading (issue 12), stay the straight edges of the original: polygons every metre (a
    feature that touches a zone must still only touch it), lines every 20 m (more than the network's snapping
    tolerance, which would join closer vertices)."""

    def dense(g):
        if g is None:
            return None
        return shapely.segmentize(g, 20.0 if g.geom_type in ("LineString", "MultiLineString") else 1.0)

    series = gpd.GeoSeries([dense(g) for g in geoms], crs=EPSG).to_crs(epsg)
    return list(series.values)
