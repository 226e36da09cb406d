"""A realistic municipality made by hand: the layers a Colombian planning office really has, with their real
field names and values (DANE census blocks, POT geoportal hazard layers, InaSAFE, OpenStreetMap exports, the
REPS health registry, ICBF), small enough that every total can be computed by hand.

Geometry (EPSG:9377, metres from X0, Y0; every polygon is a rectangle on a 10 m grid):

- barrios B1..B4: 200 m x 200 m side by side, x 0..800, y 0..200; POBLACION 1000, 2000, 3000, 4000;
  POB_MIGRANTE 100, 200, 300, 400; HOGARES 250, 500, 750, 1000. Comunas: C1 x 0..400, C2 x 400..800.
- remocion (Barranquilla-like landslide layer): Amenaza 'Muy Alta' x 0..100, 'Alta' x 100..200, 'Media'
  x 200..300, 'Baja' x 300..400 (y 0..200); FENOMENO 'Movimiento en masa'; Grado is the slope in degrees
  (not a level). By hand: alta = B1 (1000 persons, 4 ha), media = half of B2 (1000, 2 ha), baja = half of B2
  (1000, 2 ha), none = B3 + B4 (7000).
- inundacion_inasafe (InaSAFE four-class tsunami-like): hazard_id 1..4, hazard_class 'very high' x 400..500,
  'high' x 500..600, 'medium' x 600..700, 'low' x 700..800.
- amenaza_pot: CLASE_AMENAZA 'Amenaza Alta' x 0..200, 'Alta no mitigable' x 200..300, 'Amenaza Media'
  x 300..400, 'Sin amenaza' x 400..800.
- grados (numeric 1-5): GRADO 5 x 0..100, 4 x 100..200, 3 x 200..400, 2 x 400..600, 1 x 600..800.
- desconocida: 'A' x 0..200 (1 zone, 4 ha), 'M' x 200..400 (1 zone, 4 ha), 'Media-Alta' two zones x 400..600.
- facilities, one layer per service: ips_reps (REPS: codigo_habilitacion, nombre_prestador, numero_camas), colegios
  (OSM: osm_id, name, amenity, tipozona 0/1 and no capacity), hogares_icbf (nombre_uds, cupos), and
  equipamientos (one layer with tipozona first and TIPO_SERV).
- malla_vial (OSM: osm_id, name, highway, maxspeed, oneway), clasificacion_suelo (CLAS_SUELO), limite (DANE
  MPIO_CDPMP, MPIO_CNMBR), manzanas_dane (MANZ_CCNCT, MPIO_CDPMP, TP27_PERSO, TP16_HOG, TVIVIENDA).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import shapely
from osgeo import ogr, osr

ogr.UseExceptions()
X0, Y0 = 5_060_000.0, 2_440_000.0  # near Cúcuta in MAGNA-SIRGAS / Origen-Nacional

POPULATION = (1000, 2000, 3000, 4000)
MIGRANTS = (100, 200, 300, 400)
HOUSEHOLDS = (250, 500, 750, 1000)

OGR_TYPES = {int: ogr.OFTInteger, float: ogr.OFTReal, str: ogr.OFTString}


def box(x0: float, y0: float, x1: float, y1: float) -> shapely.Polygon:
    """A rectangle in metres from the municipality's origin."""
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def point(x: float, y: float) -> shapely.Point:
    """A point in metres from the municipality's origin."""
    return shapely.Point(X0 + x, Y0 + y)


def write_layer(path: Path, name: str, fields: Sequence[Tuple[str, type]], rows: List[tuple], epsg: int = 9377) -> str:
    """A GeoPackage layer (rows: geometry, *values; None values are NULL); returns its OGR URI."""
    ds = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    kind = {"Polygon": ogr.wkbPolygon, "Point": ogr.wkbPoint, "LineString": ogr.wkbLineString}[rows[0][0].geom_type]
    layer = ds.CreateLayer(name, srs, kind)
    for field, python_type in fields:
        layer.CreateField(ogr.FieldDefn(field, OGR_TYPES[python_type]))
    for geometry, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field, _type), value in zip(fields, values):
            if value is None:
                feature.SetFieldNull(field)
            else:
                feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def build(folder: Path) -> Dict[str, str]:
    """Write the municipality into ``folder``/municipio.gpkg; returns role -> layer URI."""
    path = folder / "municipio.gpkg"
    uri: Dict[str, str] = {}
    uri["barrios"] = write_layer(
        path,
        "barrios",
        [
            ("COD_BARRIO", str),
            ("NOM_BARRIO", str),
            ("COD_COMUNA", str),
            ("POBLACION", int),
            ("POB_MIGRANTE", int),
            ("HOGARES", int),
        ],
        [
            (box(200 * k, 0, 200 * (k + 1), 200), f"0{k + 1}01", name, f"0{k // 2 + 1}", p, m, h)
            for k, (name, p, m, h) in enumerate(
                zip(("La Libertad", "Atalaya", "Motilones", "El Salado"), POPULATION, MIGRANTS, HOUSEHOLDS)
            )
        ],
    )
    uri["comunas"] = write_layer(
        path,
        "comunas",
        [("COD_COMUNA", str), ("NOM_COMUNA", str)],
        [(box(0, 0, 400, 200), "01", "Comuna 1 - Centro"), (box(400, 0, 800, 200), "02", "Comuna 2 - Norte")],
    )
    uri["remocion"] = write_layer(
        path,
        "remocion",
        [("OBJECTID", int), ("FENOMENO", str), ("Amenaza", str), ("Grado", float)],
        [
            (box(0, 0, 100, 200), 1, "Movimiento en masa", "Muy Alta", 32.5),
            (box(100, 0, 200, 200), 2, "Movimiento en masa", "Alta", 24.0),
            (box(200, 0, 300, 200), 3, "Movimiento en masa", "Media", 14.2),
            (box(300, 0, 400, 200), 4, "Movimiento en masa", "Baja", 6.8),
        ],
    )
    uri["inasafe"] = write_layer(
        path,
        "inundacion_inasafe",
        [("hazard_id", int), ("hazard_class", str)],
        [
            (box(400, 0, 500, 200), 1, "very high"),
            (box(500, 0, 600, 200), 2, "high"),
            (box(600, 0, 700, 200), 3, "medium"),
            (box(700, 0, 800, 200), 4, "low"),
        ],
    )
    uri["pot"] = write_layer(
        path,
        "amenaza_pot",
        [("CODIGO", str), ("CLASE_AMENAZA", str)],
        [
            (box(0, 0, 200, 200), "AM-01", "Amenaza Alta"),
            (box(200, 0, 300, 200), "AM-02", "Alta no mitigable"),
            (box(300, 0, 400, 200), "AM-03", "Amenaza Media"),
            (box(400, 0, 800, 200), "AM-04", "Sin amenaza"),
        ],
    )
    uri["grados"] = write_layer(
        path,
        "grados",
        [("GRADO", int)],
        [
            (box(0, 0, 100, 200), 5),
            (box(100, 0, 200, 200), 4),
            (box(200, 0, 400, 200), 3),
            (box(400, 0, 600, 200), 2),
            (box(600, 0, 800, 200), 1),
        ],
    )
    uri["desconocida"] = write_layer(
        path,
        "desconocida",
        [("Amenaza", str)],
        [
            (box(0, 0, 200, 200), "A"),
            (box(200, 0, 400, 200), "M"),
            (box(400, 0, 500, 200), "Media-Alta"),
            (box(500, 0, 600, 200), "Media-Alta"),
            (box(600, 0, 800, 200), "Baja"),
        ],
    )
    uri["ips"] = write_layer(
        path,
        "ips_reps",
        [("codigo_habilitacion", str), ("nombre_prestador", str), ("numero_camas", int)],
        [(point(100, 100), "540010001201", "ESE IMSALUD Puesto La Libertad", 20)],
    )
    uri["colegios"] = write_layer(
        path,
        "colegios",
        [("osm_id", str), ("name", str), ("amenity", str), ("tipozona", int)],
        [
            (point(300, 100), "node/4411", "Colegio Atalaya", "school", 0),
            (point(700, 100), "node/4412", "Colegio El Salado", "school", 1),
        ],
    )
    uri["icbf"] = write_layer(
        path,
        "hogares_icbf",
        [("nombre_uds", str), ("cupos", int)],
        [(point(500, 100), "HCB Motilones", None)],
    )
    uri["equipamientos"] = write_layer(
        path,
        "equipamientos",
        [("nombre", str), ("tipozona", int), ("TIPO_SERV", str), ("capacidad", int)],
        [
            (point(100, 100), "Puesto de salud La Libertad", 0, "salud", 5000),
            (point(300, 100), "Colegio Atalaya", 0, "educación", 800),
            (point(700, 100), "Colegio El Salado", 1, "educación", 600),
        ],
    )
    uri["roads"] = write_layer(
        path,
        "malla_vial",
        [("osm_id", str), ("name", str), ("highway", str), ("maxspeed", int), ("oneway", str)],
        [(shapely.LineString([(X0, Y0 + 100), (X0 + 800, Y0 + 100)]), "way/901", "Avenida 0", "primary", 40, "no")],
    )
    uri["land_use"] = write_layer(
        path,
        "clasificacion_suelo",
        [("CLAS_SUELO", str)],
        [
            (box(0, 0, 200, 200), "Urbano"),
            (box(200, 0, 400, 200), "Expansión urbana"),
            (box(400, 0, 600, 200), "Rural"),
            (box(600, 0, 800, 200), "Protección"),
        ],
    )
    uri["limite"] = write_layer(
        path,
        "limite",
        [("MPIO_CDPMP", str), ("MPIO_CNMBR", str)],
        [(box(0, 0, 800, 200), "54001", "SAN JOSÉ DE CÚCUTA")],
    )
    uri["manzanas"] = write_layer(
        path,
        "manzanas_dane",
        [("MANZ_CCNCT", str), ("MPIO_CDPMP", str), ("TP27_PERSO", int), ("TP16_HOG", int), ("TVIVIENDA", int)],
        [
            (box(200 * k, 0, 200 * (k + 1), 200), f"54001100000000010{k}", "54001", p, h, h)
            for k, (p, h) in enumerate(zip(POPULATION, HOUSEHOLDS))
        ],
    )
    return uri
