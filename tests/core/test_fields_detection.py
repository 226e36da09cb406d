"""Field detection on the field names (and values) of real layers: DANE's MGN and census, IGAC, POT geoportals,
InaSAFE, OpenStreetMap exports, the REPS health registry, ICBF, the education directory (issue 12)."""

from __future__ import annotations

import pytest

from migrant_planning_plugin.core.fields import (
    BY_NAME,
    BY_NAME_AND_VALUES,
    BY_VALUES,
    GIVEN,
    detect,
    detect_field,
    match,
    pick_fields,
)

LEVELS = ["Alta", "Media", "Baja"]
# (source, field names, sample values of some fields, expected field per role)
CASES = [
    (
        "DANE MGN manzanas with CNPV 2018 totals",
        [
            "DPTO_CCDGO",
            "MPIO_CCDGO",
            "MPIO_CDPMP",
            "SETR_CCDGO",
            "SECR_CCDGO",
            "MANZ_CCDGO",
            "MANZ_CCNCT",
            "TVIVIENDA",
            "TP27_PERSO",
            "TP16_HOG",
            "Shape_Leng",
            "Shape_Area",
        ],
        {},
        {
            "id": "MANZ_CCNCT",
            "population": "TP27_PERSO",
            "households": "TP16_HOG",
            "dwellings": "TVIVIENDA",
            "name": None,
            "migrants": None,
        },
    ),
    (
        "DANE MGN municipios",
        ["DPTO_CCDGO", "MPIO_CCDGO", "MPIO_CDPMP", "DPTO_CNMBR", "MPIO_CNMBR", "MPIO_CRSLC", "MPIO_NAREA"],
        {},
        {"id": "MPIO_CDPMP", "name": "MPIO_CNMBR"},
    ),
    (
        "DANE MGN municipios as reporting areas",
        ["MPIO_CDPMP", "MPIO_CNMBR", "MPIO_NAREA"],
        {},
        {"area_name": "MPIO_CNMBR"},
    ),
    ("DANE sectores", ["SECR_CCNCT", "STVIVIENDA", "TP27_PERSO"], {}, {"id": "SECR_CCNCT", "dwellings": "STVIVIENDA"}),
    ("DANE ANM", ["COD_DANE_ANM", "STP27_PERS", "STP19_EC_1"], {}, {"id": "COD_DANE_ANM", "population": "STP27_PERS"}),
    (
        "census by barrio (planning office)",
        ["COD_BARRIO", "NOM_BARRIO", "TOTAL_PERSONAS", "TOTAL_HOGARES", "TOTAL_VIVIENDAS"],
        {},
        {
            "id": "COD_BARRIO",
            "name": "NOM_BARRIO",
            "population": "TOTAL_PERSONAS",
            "households": "TOTAL_HOGARES",
            "dwellings": "TOTAL_VIVIENDAS",
        },
    ),
    (
        "barrios with their comuna's code",
        ["COD_COMUNA", "COD_BARRIO", "NOMBRE", "POBLACION"],
        {},
        {"id": "COD_BARRIO", "name": "NOMBRE", "population": "POBLACION"},
    ),
    ("IGAC terreno", ["CODIGO", "CODIGO_ANT", "BARRIO_COD", "MANZANA_CO", "AREA_TERRE"], {}, {"id": "CODIGO"}),
    ("LADM-COL predio", ["t_id", "numero_predial", "nupre", "matricula_inmobiliaria"], {}, {"id": "numero_predial"}),
    ("IGAC municipal boundary", ["COD_MPIO", "NOM_MPIO", "DEPTO"], {}, {"id": "COD_MPIO", "name": "NOM_MPIO"}),
    ("POT soil classes", ["CLAS_SUELO", "COD_POT", "AREA_HA"], {}, {"land_use": "CLAS_SUELO", "id": "COD_POT"}),
    ("POT land use", ["CLASE_SUELO", "USO", "AREA"], {}, {"land_use": "CLASE_SUELO"}),
    (
        "Barranquilla POT landslide hazard",
        ["OBJECTID", "FENOMENO", "Amenaza", "Grado"],
        {"Amenaza": ["Alta", "Muy Alta"], "Grado": [32.5, 24.0], "FENOMENO": ["Movimiento en masa"]},
        {"hazard_level": "Amenaza", "hazard_type": "FENOMENO"},
    ),
    (
        "Ocaña POT flood hazard",
        ["OBJECTID", "CLASE_AMENAZA", "AREA_M2"],
        {"CLASE_AMENAZA": ["Amenaza Alta", "Amenaza Media", "Amenaza Baja"], "AREA_M2": [1200.5]},
        {"hazard_level": "CLASE_AMENAZA", "hazard_type": None},
    ),
    (
        "POT hazard zoning with type and category",
        ["TIPO_AMENAZA", "CATEGORIA", "SHAPE_AREA"],
        {"TIPO_AMENAZA": ["Inundación", "Avenida torrencial"], "CATEGORIA": LEVELS},
        {"hazard_level": "CATEGORIA", "hazard_type": "TIPO_AMENAZA"},
    ),
    (
        "POT: AMENAZA holds the type, NIVEL the level",
        ["AMENAZA", "NIVEL"],
        {"AMENAZA": ["Inundación", "Movimiento en masa"], "NIVEL": LEVELS},
        {"hazard_level": "NIVEL", "hazard_type": "AMENAZA"},
    ),
    (
        "shapefile-truncated names",
        ["CAT_AMENAZ", "TIPO_FENOM"],
        {"CAT_AMENAZ": ["ALTA", "MEDIA"], "TIPO_FENOM": ["Remoción en masa"]},
        {"hazard_level": "CAT_AMENAZ", "hazard_type": "TIPO_FENOM"},
    ),
    (
        "numeric grades",
        ["GRADO_AMENAZA", "TIPO_EVENTO"],
        {"GRADO_AMENAZA": [1, 2, 3, 4, 5], "TIPO_EVENTO": ["Inundación"]},
        {"hazard_level": "GRADO_AMENAZA", "hazard_type": "TIPO_EVENTO"},
    ),
    (
        "hazard rating (calificación)",
        ["NOMBRE", "CALIFICACION", "FENOMENO"],
        {"CALIFICACION": LEVELS, "FENOMENO": ["Inundación"], "NOMBRE": ["Zona 1"]},
        {"hazard_level": "CALIFICACION", "hazard_type": "FENOMENO", "name": "NOMBRE"},
    ),
    (
        "POT zoning text",
        ["Zonificacion", "Descripcion"],
        {"Zonificacion": ["Amenaza Alta", "Amenaza Media"], "Descripcion": ["ladera"]},
        {"hazard_level": "Zonificacion"},
    ),
    (
        "one field, of levels",
        ["ID", "Amenaza"],
        {"ID": [1, 2], "Amenaza": LEVELS},
        {"hazard_level": "Amenaza", "hazard_type": None, "id": "ID"},
    ),
    (
        "a level field found by its values only",
        ["riesgo", "fuente"],
        {"riesgo": LEVELS, "fuente": ["Estudio 2014"]},
        {"hazard_level": "riesgo", "hazard_type": None},
    ),
    (
        "InaSAFE flood hazard",
        ["hazard_id", "hazard_class"],
        {"hazard_id": [1, 2, 3], "hazard_class": ["high", "medium", "low"]},
        {"hazard_level": "hazard_class", "hazard_type": None, "id": "hazard_id"},
    ),
    (
        "InaSAFE tsunami hazard",
        ["hazard_id", "hazard_class", "depth"],
        {"hazard_id": [1, 2, 3, 4], "hazard_class": ["very high", "high", "medium", "low"], "depth": [0.5, 3.2]},
        {"hazard_level": "hazard_class", "hazard_type": None},
    ),
    ("InaSAFE aggregation", ["area_id", "area_name"], {}, {"id": "area_id", "area_name": "area_name"}),
    ("InaSAFE population exposure", ["exposure_id", "population"], {}, {"population": "population"}),
    (
        "InaSAFE buildings (OSM)",
        ["osm_id", "type", "name"],
        {"type": ["school", "hospital"], "name": ["Colegio"]},
        {"facility_type": "type", "name": "name", "id": "osm_id"},
    ),
    (
        "Geofabrik pois",
        ["osm_id", "code", "fclass", "name"],
        {"code": [2082, 2110], "fclass": ["school", "hospital"]},
        {"facility_type": "fclass", "name": "name", "id": "osm_id"},
    ),
    (
        "QuickOSM amenities",
        ["full_id", "osm_id", "osm_type", "amenity", "name", "healthcare", "operator"],
        {"amenity": ["clinic", "school"]},
        {"facility_type": "amenity", "name": "name", "id": "osm_id"},
    ),
    (
        "Geofabrik roads",
        ["osm_id", "code", "fclass", "name", "ref", "oneway", "maxspeed", "layer", "bridge", "tunnel"],
        {},
        {"speed": "maxspeed", "oneway": "oneway"},
    ),
    ("QuickOSM highways", ["osm_id", "highway", "name", "maxspeed", "oneway", "lanes"], {}, {"speed": "maxspeed"}),
    ("OSM landuse", ["osm_id", "landuse", "name"], {}, {"land_use": "landuse"}),
    (
        "REPS sedes (datos.gov.co)",
        [
            "depa_nombre",
            "muni_nombre",
            "codigo_habilitacion",
            "numero_sede",
            "sede_nombre",
            "razon_social",
            "clpr_nombre",
            "nivel",
            "numero_camas",
        ],
        {},
        {"id": "codigo_habilitacion", "name": "sede_nombre", "capacity": "numero_camas", "facility_type": None},
    ),
    (
        "hospital beds",
        ["cod_prestador", "nombre", "camas_adultos", "camas_pediatricas", "total_camas"],
        {},
        {"capacity": "total_camas", "name": "nombre", "id": "cod_prestador"},
    ),
    (
        "education directory (DUE)",
        ["CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "ZONA", "MATRICULA"],
        {},
        {"id": "CODIGO_DANE", "name": "NOMBRE_ESTABLECIMIENTO", "capacity": "MATRICULA"},
    ),
    ("ICBF units", ["NOMBRE_UDS", "MODALIDAD", "CUPOS", "DIRECCION"], {}, {"capacity": "CUPOS", "name": "NOMBRE_UDS"}),
    (
        "POT facilities",
        ["COD_EQUIP", "NOM_EQUIP", "TIPO_EQUIP", "CAPACIDAD"],
        {},
        {"id": "COD_EQUIP", "name": "NOM_EQUIP", "facility_type": "TIPO_EQUIP", "capacity": "CAPACIDAD"},
    ),
    (
        "UN-Habitat facilities with a 0/1 zone flag",
        ["nombre", "tipozona", "TIPO_SERV"],
        {"tipozona": [0, 1], "TIPO_SERV": ["salud", "educación"]},
        {"facility_type": "TIPO_SERV", "name": "nombre"},
    ),
    ("only a zone flag", ["tipozona", "nombre"], {"tipozona": [0, 1]}, {"facility_type": None}),
    (
        "a type field of numbers",
        ["tipo", "nombre"],
        {"tipo": [1, 2, 3], "nombre": ["Puesto"]},
        {"facility_type": None, "name": "nombre"},
    ),
    (
        "GIFMM settlements",
        ["ID_ASENT", "NOMBRE_ASENTAMIENTO", "NUM_HOGARES", "POB_TOTAL", "POB_MIGRANTE", "pct_migrantes"],
        {},
        {
            "id": "ID_ASENT",
            "name": "NOMBRE_ASENTAMIENTO",
            "households": "NUM_HOGARES",
            "population": "POB_TOTAL",
            "migrants": "POB_MIGRANTE",
        },
    ),
    (
        "rates are not counts",
        ["barrio", "densidad_poblacion", "poblacion_2018", "migrantes_venezolanos"],
        {},
        {"name": "barrio", "population": "poblacion_2018", "migrants": "migrantes_venezolanos"},
    ),
    ("POB_DENS and PCT_MIGR", ["POB_DENS", "PCT_MIGR", "POBLACION"], {}, {"population": "POBLACION", "migrants": None}),
    ("estimate_migrants output", ["codigo", "poblacion", "migrants_est"], {}, {"migrants": "migrants_est"}),
    (
        "the sample city's settlements",
        ["codigo", "nombre", "comuna", "poblacion", "migrantes", "hogares", "viviendas", "informal"],
        {},
        {
            "id": "codigo",
            "name": "nombre",
            "population": "poblacion",
            "migrants": "migrantes",
            "households": "hogares",
            "dwellings": "viviendas",
            "informal": "informal",
        },
    ),
    (
        "English names",
        ["id", "name", "population", "migrants", "households"],
        {},
        {"id": "id", "name": "name", "population": "population", "migrants": "migrants", "households": "households"},
    ),
    ("comunas", ["COD_COMUNA", "NOM_COMUNA"], {}, {"area_name": "NOM_COMUNA", "id": "COD_COMUNA"}),
    ("Bogotá UPZ", ["CODIGO_UPZ", "NOMBRE", "LOCALIDAD"], {}, {"area_name": "NOMBRE", "id": "CODIGO_UPZ"}),
    (
        "municipal roads",
        ["CODIGO", "NOMBRE", "CLASE", "VELOCIDAD", "UN_SENTIDO"],
        {},
        {"speed": "VELOCIDAD", "oneway": "UN_SENTIDO"},
    ),
    ("a year after the name", ["POB2020", "HOGARES_2020"], {}, {"population": "POB2020", "households": "HOGARES_2020"}),
]


@pytest.mark.parametrize("source, columns, values, expected", CASES, ids=[c[0] for c in CASES])
def test_real_field_names(source, columns, values, expected):
    picks = pick_fields(columns, list(expected), values=lambda name: values.get(name, []))
    assert {role: pick.field for role, pick in picks.items()} == expected


def test_there_are_forty_real_sets_at_least():
    assert len(CASES) >= 40


def test_words_not_prefixes_inside_a_word():
    assert match("tipozona", "tipo") == 0
    assert match("TIPO_SERV", "tipo") == 2 and match("tipo", "tipo") == 3
    assert match("poblacion2018", "poblacion") == 2  # a digit starts a word
    assert match("total_poblacion", "poblacion", "population") == 1  # counts may end with the name
    assert match("nombre_barrio", "barrio", "name") == 0  # names may not
    assert detect_field(["capacidad_instalada"], "capacity") == "capacidad_instalada"
    assert detect_field(["capital"], "capacity") is None  # 'cap' is a word, not a prefix


def test_a_given_field_is_never_used_for_another_role():
    columns = ["POBLACION", "HOGARES", "NOMBRE"]
    picks = pick_fields(columns, ["population", "households", "name"], given={"households": "POBLACION"})
    assert picks["households"].field == "POBLACION" and picks["households"].how == GIVEN
    assert picks["population"].field is None  # POBLACION is taken; HOGARES is not a population
    assert detect_field(columns, "population", exclude=["POBLACION"]) is None


def test_each_pick_says_why():
    values = {"Amenaza": LEVELS, "NIVEL": LEVELS, "riesgo": LEVELS, "GRADO": [1, 2, 3]}.get
    assert detect(["NIVEL"], "hazard_level", values=values).how == BY_NAME_AND_VALUES
    assert detect(["riesgo"], "hazard_level", values=values).how == BY_VALUES
    assert detect(["POBLACION"], "population").how == BY_NAME
    assert detect(["x"], "population").field is None
    assert detect(["POBLACION"], "population").describe() == "population: POBLACION (detected by name)"
    assert detect(["x"], "migrants").describe() == "migrants: — (no field found)"


def test_levels_in_words_beat_a_named_field_of_other_numbers():
    """'Grado' named like a level but holding slopes; 'Amenaza' holding the levels."""
    values = {"Grado": [12.5, 30.1], "Amenaza": LEVELS}.get
    assert detect(["Grado", "Amenaza"], "hazard_level", values=values).field == "Amenaza"
    values = {"Grado": [1, 2, 3, 4], "Tipo": ["Inundación"]}.get
    assert detect(["Grado", "Tipo"], "hazard_level", values=values).field == "Grado"


def test_only_text_fields_are_read_for_level_words():
    """Reading values costs a query per field: fields that cannot hold level words are not read."""
    read = []

    def values(column):
        read.append(column)
        return {"riesgo": LEVELS, "AREA_HA": [1.5, 2.0]}[column]

    assert detect(["AREA_HA", "riesgo"], "hazard_level", values=values, text=["riesgo"]).field == "riesgo"
    assert read == ["riesgo"]
