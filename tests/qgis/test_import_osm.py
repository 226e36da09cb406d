"""import_osm through processing.run on a hand-written OSM XML extract (tests/qgis/osm_support.py): every tag rule,
the split at shared nodes, facilities from nodes and closed ways, clipping with a buffer, bad files; then
service_access by road and on foot over the imported network, against travel costs worked out by hand."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from migrant_planning_plugin.qgis_io.vector import source_to_gdf
from tests.qgis import osm_support as osm
from tests.qgis.test_package_and_qgis_process import QGIS_PROCESS

X0, Y0 = osm.X0, osm.Y0
TOLERANCE_M = 0.05  # the extract stores degrees with 7 decimals (about 1 cm)


def minutes(metres: float, kmh: float) -> float:
    """Travel time in minutes over ``metres`` at ``kmh``."""
    return metres / (kmh * 1000.0 / 60.0)


@pytest.fixture(scope="module")
def osm_file(tmp_path_factory) -> str:
    return osm.write(tmp_path_factory.mktemp("osm"))


def _import(path: str, **params):
    import processing

    result = processing.run(
        "migrant_planning:import_osm", {"INPUT": path, "ROADS": "memory:", "FACILITIES": "memory:", **params}
    )
    return result, source_to_gdf(result["ROADS"]), source_to_gdf(result["FACILITIES"])


@pytest.fixture(scope="module")
def imported(module_provider, osm_file):
    result, roads, facilities = _import(osm_file)
    return result, roads, facilities


def _edges(roads, way: int):
    """The edges of one OSM way as lists of (x, y) in metres from (X0, Y0), in digitising order."""
    rows = roads[roads["osm_id"] == way]
    return [[(x - X0, y - Y0) for x, y in shapely.get_coordinates(g)] for g in rows.geometry]


def _same(points, expected) -> bool:
    return len(points) == len(expected) and all(
        abs(a[0] - b[0]) < TOLERANCE_M and abs(a[1] - b[1]) < TOLERANCE_M for a, b in zip(points, expected)
    )


def test_roads_are_split_at_shared_nodes_only(imported):
    _result, roads, _facilities = imported
    assert roads.attrs["crs"] == "EPSG:9377"  # the CRS as text (qgis_io.vector: no pyproj CRS)
    # Calle 10 (A-B-C) is cut at B, where Carrera 5 starts: with Carrera 5, the T-junction gives three edges at B
    assert [len(e) for e in _edges(roads, 101)] == [2, 2]
    at_b = [e for way in (101, 102) for e in _edges(roads, way) if any(_same([p], [(300, 0)]) for p in e)]
    assert len(at_b) == 3
    assert _same(_edges(roads, 101)[0], [(0, 0), (300, 0)]) and _same(_edges(roads, 101)[1], [(300, 0), (600, 0)])
    # Calle 13 (D-X-E) is cut at X, where the bridge ends
    assert [len(e) for e in _edges(roads, 103)] == [2, 2]
    # an inner vertex no other way uses does not cut: one edge of three vertices
    assert _same(_edges(roads, 110)[0], [(0, 300), (150, 450), (300, 300)])
    # the bridge crosses Calle 10 at (450, 0) without a node: neither is cut there
    assert _same(_edges(roads, 111)[0], [(450, -150), (450, 150), (450, 300)])
    # 14 usable ways: Calle 10 and Calle 13 in two edges each, the others whole
    assert len(roads) == 16
    assert sorted(set(roads["osm_id"])) == [101, 102, 103, 104, 105, 106, 107, 110, 111, 112, 113, 114, 115, 117]
    lengths = {(int(r.osm_id), round(r.length_m)) for r in roads.itertuples()}
    assert (111, 450) in lengths and (110, round(2 * 150 * 2**0.5)) in lengths
    assert np.allclose(roads["length_m"], shapely.length(roads.geometry.values), atol=1e-6)


def test_tag_rules(imported):
    _result, roads, _facilities = imported
    by_way = {int(r.osm_id): r for r in roads.itertuples()}
    # speeds: maxspeed "50", "30 mph", "50 km/h", "30"; not a speed ("fast") or none: the class default
    assert by_way[101].speed_kmh == 50
    assert by_way[102].speed_kmh == pytest.approx(30 * 1.609344)
    assert by_way[105].speed_kmh == 50
    assert by_way[115].speed_kmh == 30
    assert by_way[107].speed_kmh == 50  # primary, maxspeed=fast
    assert by_way[103].speed_kmh == 40  # tertiary
    assert by_way[106].speed_kmh == 80  # motorway
    assert by_way[110].speed_kmh == 30  # residential
    # one-way: yes, true, 1 -> 1; -1, reverse -> -1; no -> 0; roundabout and motorway one-way; else 0
    oneway = {way: by_way[way].oneway for way in by_way}
    assert [oneway[w] for w in (102, 110, 113, 115)] == [1, 1, 1, 1]
    assert [oneway[w] for w in (105, 114)] == [-1, -1]
    assert [oneway[w] for w in (111, 101, 103)] == [0, 0, 0]
    assert oneway[107] == 1 and oneway[106] == 1
    # foot-only: footway, steps, and a street closed to motor vehicles, walked at 4.5 km/h
    assert {w for w in by_way if by_way[w].motor == 0} == {104, 112, 117}
    assert all(by_way[w].speed_kmh == 4.5 for w in (104, 112, 117))
    # pedestrians: not on the motorway
    assert {w for w in by_way if by_way[w].foot == 0} == {106}
    # left out: the private service road, the proposed road
    assert 108 not in by_way and 109 not in by_way
    assert by_way[105].name == "Avenida Libertadores" and by_way[101].highway == "residential"


def test_facilities_from_nodes_and_closed_ways(imported):
    _result, _roads, facilities = imported
    rows = {(r.osm_type, int(r.osm_id)): r for r in facilities.itertuples()}
    assert set(rows) == {("node", 50), ("node", 51), ("node", 52), ("node", 54), ("node", 56), ("way", 120)}
    clinic = rows[("node", 50)]
    assert (clinic.tipo, clinic.subtipo, clinic.capacidad) == ("salud", "clinic", 12)
    assert (rows[("node", 51)].tipo, rows[("node", 51)].capacidad) == ("educación", 800)
    assert rows[("node", 52)].tipo == "primera infancia"
    assert pd.isna(rows[("node", 52)].capacidad)  # "1.200": 1 200 or 1.2, left empty
    assert (rows[("node", 54)].tipo, rows[("node", 54)].subtipo) == ("salud", "centre")  # healthcare=centre
    # the hospital mapped as a closed way: a point inside it, 300 beds; its node inside (55) is the same hospital
    hospital = rows[("way", 120)]
    assert (hospital.tipo, hospital.subtipo, hospital.capacidad) == ("salud", "hospital", 300)
    x, y = hospital.geometry.x - X0, hospital.geometry.y - Y0
    assert 100 < x < 200 and -300 < y < -200
    # healthcare=pharmacy is not a health facility
    assert "Droguería Alemana" not in set(facilities["name"])
    assert facilities.attrs["crs"] == "EPSG:9377"


def test_clipping_with_a_buffer(module_provider, osm_file, tmp_path):
    area = QgsVectorLayer("Polygon?crs=EPSG:9377", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({X0} {Y0 - 200},{X0 + 650} {Y0 - 200},{X0 + 650} {Y0 + 650},{X0} {Y0 + 650},{X0} {Y0 - 200}))"
        )
    )
    area.dataProvider().addFeatures([feature])
    _result, roads, facilities = _import(osm_file, AOI=area, BUFFER=100)
    ways = set(roads["osm_id"])
    assert 106 not in ways and 107 not in ways  # the motorway and the roundabout lie beyond x = 750
    # the avenue C-F is cut at the buffer's edge (x = 750): 150 m kept; the street 700-800 at y = 600: 50 m
    avenue = roads[roads["osm_id"] == 105]
    assert len(avenue) == 1 and avenue["length_m"].iloc[0] == pytest.approx(150, abs=TOLERANCE_M)
    assert roads[roads["osm_id"] == 117]["length_m"].iloc[0] == pytest.approx(50, abs=TOLERANCE_M)
    assert len(roads) == 14
    names = set(facilities["name"])
    assert "Escuela Rural La Floresta" not in names  # 1 350 m beyond the area
    assert {"Puesto de Salud El Progreso", "Hospital Erasmo Meoz"} <= names  # within the 100 m buffer
    assert len(facilities) == 5


def _settlements():
    """Three settlements as points at A, D and G."""
    layer = QgsVectorLayer("Point?crs=EPSG:9377&field=nombre:string&field=poblacion:integer", "barrios", "memory")
    features = []
    for name, (x, y) in (("A", (0, 0)), ("D", (300, 300)), ("G", (1200, 0))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        feature.setAttributes([name, 100])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _access(result, travel_mode: int, cost_unit: int):
    import processing

    out = processing.run(
        "migrant_planning:service_access",
        {
            "DEMAND": _settlements(),
            "FACILITIES": result["FACILITIES"],
            "METHOD": 1,
            "ROADS": result["ROADS"],
            "TRAVEL_MODE": travel_mode,
            "COST_UNIT": cost_unit,
            "DEFAULT_THRESHOLD": 100_000,
            "WEIGHTING": 0,
            "OUTPUT": "memory:",
        },
    )
    frame = source_to_gdf(out["OUTPUT"])
    return {(r.demand_name, r.facility_type): (r.cost, bool(r.reachable)) for r in frame.itertuples()}


def test_service_access_by_road_on_the_import_gives_the_hand_computed_times(imported):
    result, _roads, _facilities = imported
    costs = _access(result, travel_mode=1, cost_unit=1)
    mph30 = 30 * 1.609344
    ab, bc, bd = minutes(300, 50), minutes(300, 50), minutes(300, mph30)  # B->D one-way
    dx, xe, xk = minutes(150, 40), minutes(150, 40), minutes(450, 30)
    ec_walk = minutes(300, 4.5)  # the footway, walked
    gf, fc = minutes(300, 80), minutes(300, 50)  # motorway G->F, avenue only F->C
    expected = {
        ("A", "salud"): ab + bd + dx + xe,  # the clinic at E; the footway C-E would take 4 min
        ("A", "educación"): 0.0 + ab,  # the school at B
        ("A", "primera infancia"): ab + bd + dx + xk,  # over the bridge from X, not across it at (450, 0)
        ("D", "salud"): dx + xe,
        ("D", "educación"): dx + xe + ec_walk + bc,  # D->B is against the one-way Carrera 5
        ("D", "primera infancia"): dx + xk,
        ("G", "salud"): gf + minutes(200, 50),  # the health post at (700, 0) on the avenue, reached from F
        ("G", "educación"): gf + fc + bc,
        ("G", "primera infancia"): gf + fc + bc + bd + dx + xk,
    }
    for key, value in expected.items():
        cost, reachable = costs[key]
        assert reachable and cost == pytest.approx(value, abs=2e-3), (key, cost, value)


def test_service_access_on_foot_on_the_import_gives_the_hand_computed_distances(imported):
    result, _roads, _facilities = imported
    costs = _access(result, travel_mode=0, cost_unit=0)
    expected = {
        ("A", "salud"): 150 + 250,  # the hospital's point (150, -250), joined to Calle 10 at (150, 0)
        ("A", "educación"): 300.0,
        ("A", "primera infancia"): 600 + 150 + 450,  # not 600 across the bridge
        ("D", "salud"): 300.0,
        ("D", "educación"): 300.0,  # on foot the one-way street is walked against its direction
        ("D", "primera infancia"): 600.0,
        # G: the motorway is closed to pedestrians; only the roundabout, and from it the rural school 700 m away
        ("G", "educación"): 2 * 50 * 2**0.5 + 700,  # G -> (1250, 50) -> (1300, 0), then 700 m to the school
    }
    for key, value in expected.items():
        cost, reachable = costs[key]
        assert reachable and cost == pytest.approx(value, abs=0.1), (key, cost, value)
    for kind in ("salud", "primera infancia"):
        assert not costs[("G", kind)][1]


# ------------------------------------------------------------------------------------------------ bad input


def _refusal(module_provider, **params) -> str:
    import processing

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("migrant_planning:import_osm", {"ROADS": "memory:", "FACILITIES": "memory:", **params})
    return str(raised.value)


def test_a_file_that_is_not_osm_is_refused(module_provider, tmp_path, sample_gpkg):
    text = tmp_path / "calles.osm"
    text.write_text("codigo;nombre\nV-1;Calle 10\n", encoding="utf-8")
    message = _refusal(module_provider, INPUT=str(text))
    assert "calles.osm is not an OpenStreetMap file" in message and "Choose an OSM extract" in message
    message = _refusal(module_provider, INPUT=sample_gpkg)
    assert "villa_esperanza.gpkg is not an OpenStreetMap file" in message


def test_an_extract_without_highways_is_refused(module_provider, tmp_path):
    lon, lat = osm.lonlat(0, 0)
    path = tmp_path / "rio.osm"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n'
        f'<node id="1" lat="{lat}" lon="{lon}"/><node id="2" lat="{lat + 0.001}" lon="{lon}"/>\n'
        '<node id="3" lat="{0}" lon="{1}"><tag k="amenity" v="school"/></node>\n'.format(lat, lon)
        + '<way id="5"><nd ref="1"/><nd ref="2"/><tag k="waterway" v="river"/><tag k="name" v="Río Pamplonita"/></way>'
        "\n</osm>\n",
        encoding="utf-8",
    )
    message = _refusal(module_provider, INPUT=str(path))
    assert "rio.osm: the extract has no highway" in message and "Export an extract" in message


def test_an_area_of_interest_elsewhere_is_refused(module_provider, osm_file):
    area = QgsVectorLayer("Polygon?crs=EPSG:9377", "Bogotá", "memory")
    feature = QgsFeature()
    bogota = "POLYGON((4880000 2070000,4890000 2070000,4890000 2080000,4880000 2070000))"
    feature.setGeometry(QgsGeometry.fromWkt(bogota))
    area.dataProvider().addFeatures([feature])
    message = _refusal(module_provider, INPUT=osm_file, AOI=area)
    assert "does not overlap the roads of barrio.osm" in message and "Choose" in message


def test_speeds_override_the_defaults_and_bad_entries_are_refused(module_provider, osm_file):
    _result, roads, _facilities = _import(osm_file, SPEEDS="residential=25; tertiary = 35")
    speeds = {int(r.osm_id): r.speed_kmh for r in roads.itertuples()}
    assert speeds[110] == 25 and speeds[103] == 35 and speeds[101] == 50  # maxspeed=50 still wins
    message = _refusal(module_provider, INPUT=osm_file, SPEEDS="autopista=80")
    assert "SPEEDS: 'autopista' is not a highway class" in message and "residential" in message
    message = _refusal(module_provider, INPUT=osm_file, SPEEDS="residential=0")
    assert "must be more than 0" in message


def test_facility_tags_override_a_type(module_provider, osm_file):
    _result, _roads, facilities = _import(
        osm_file, FACILITY_TAGS="educación=amenity=school,college;primera infancia=;farmacia=amenity=pharmacy"
    )
    kinds = facilities.groupby("tipo")["name"].apply(set).to_dict()
    assert "primera infancia" not in kinds
    assert kinds["farmacia"] == {"Droguería Alemana"}
    assert kinds["educación"] == {"Colegio Santander", "Escuela Rural La Floresta"}
    message = _refusal(module_provider, INPUT=osm_file, FACILITY_TAGS="salud=shop:chemist")
    assert "FACILITY_TAGS" in message and "Write type=key=value" in message


def test_the_split_equals_qgis_split_with_lines_except_at_the_bridge(imported, osm_file):
    """QGIS's own chain (the OSM driver's lines, Extract by expression, Split with lines) cuts where lines meet;
    it also cuts where the bridge crosses Calle 10 without a node, which routing must not."""
    import processing

    _result, roads, _facilities = imported
    lines = QgsVectorLayer(f"{osm_file}|layername=lines", "lines", "ogr")
    highways = processing.run(
        "native:extractbyexpression",
        {"INPUT": lines, "EXPRESSION": '"highway" IS NOT NULL AND "highway" <> \'proposed\'', "OUTPUT": "memory:"},
    )["OUTPUT"]
    split = processing.run("native:splitwithlines", {"INPUT": highways, "LINES": highways, "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    native = {}
    for feature in split.getFeatures():
        native[int(feature["osm_id"])] = native.get(int(feature["osm_id"]), 0) + 1
    ours = roads["osm_id"].astype(int).value_counts().to_dict()
    assert native.pop(108) == 1  # the private road, which the import leaves out
    assert native[101] == ours[101] + 1 and native[111] == ours[111] + 1  # cut at (450, 0), where no node is
    assert {k: v for k, v in native.items() if k not in (101, 111)} == {
        k: v for k, v in ours.items() if k not in (101, 111)
    }


# ------------------------------------------------------------------------------------------------ qgis_process


@pytest.mark.qgis_process
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_the_same_through_qgis_process(osm_file, tmp_path):
    """The packaged plugin, installed in a clean profile: import_osm, then service_access by road on the import,
    from the command line, give the hand-computed network and travel times."""
    import geopandas as gpd

    from tests.qgis.test_package_and_qgis_process import _qgis_env, package

    package.stage()
    archive = package.make_zip()
    profile = tmp_path / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nmigrant_planning_plugin=true\n")
    env = _qgis_env(tmp_path)

    def run(algorithm: str, *arguments: str) -> dict:
        done = subprocess.run(
            [QGIS_PROCESS, "--json", "run", algorithm, "--", *arguments],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return json.loads(done.stdout[done.stdout.index("{") :])["results"]

    roads, facilities = tmp_path / "vias_osm.gpkg", tmp_path / "equipamientos_osm.gpkg"
    results = run("migrant_planning:import_osm", f"INPUT={osm_file}", f"ROADS={roads}", f"FACILITIES={facilities}")
    imported = gpd.read_file(results["ROADS"])
    assert len(imported) == 16 and imported["osm_id"].value_counts()[101] == 2
    assert len(gpd.read_file(results["FACILITIES"])) == 6
    settlements = tmp_path / "barrios.gpkg"
    gpd.GeoDataFrame(
        {"nombre": ["A", "D"], "poblacion": [100, 100]},
        geometry=[shapely.Point(X0, Y0), shapely.Point(X0 + 300, Y0 + 300)],
        crs=9377,
    ).to_file(settlements, driver="GPKG", engine="fiona")
    access = tmp_path / "acceso.gpkg"
    run(
        "migrant_planning:service_access",
        f"DEMAND={settlements}",
        f"FACILITIES={results['FACILITIES']}",
        "METHOD=1",
        f"ROADS={results['ROADS']}",
        "TRAVEL_MODE=1",
        "COST_UNIT=1",
        "DEFAULT_THRESHOLD=100000",
        "WEIGHTING=0",
        f"OUTPUT={access}",
    )
    rows = gpd.read_file(access)
    cost = {(r.demand_name, r.facility_type): r.cost for r in rows.itertuples()}
    mph30 = 30 * 1.609344
    assert cost[("A", "salud")] == pytest.approx(
        minutes(300, 50) + minutes(300, mph30) + 2 * minutes(150, 40), abs=2e-3
    )
    assert cost[("D", "educación")] == pytest.approx(
        2 * minutes(150, 40) + minutes(300, 4.5) + minutes(300, 50), abs=2e-3
    )


def test_one_pass_and_layer_by_layer_reading_agree_and_a_dropped_feature_falls_back(osm_file, monkeypatch):
    """The driver reports features it cannot buffer with an error, not an exception: the reader must notice it
    and read the layers one by one rather than return fewer facilities."""
    from osgeo import gdal

    from migrant_planning_plugin.qgis_io import osm_read

    one = osm_read._read_in_one_pass(osm_file, None, None)
    each = osm_read._read_layer_by_layer(osm_file, None, None)
    for name in ("lines", "points", "polygons"):
        a, b = getattr(one, name), getattr(each, name)
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
        assert list(shapely.to_wkb(a["geometry"].to_numpy())) == list(shapely.to_wkb(b["geometry"].to_numpy()))
    assert len(one.points) == 7 and len(one.polygons) == 1  # the facility candidates only (tags filtered)
    calls = []
    original = osm_read._read_layer

    def dropping(dataset, name, is_canceled, select=True):
        frame = original(dataset, name, is_canceled, select)
        calls.append(select)
        if not select and name == "points":  # as GDAL does when too many features wait in a buffer
            gdal.Error(gdal.CE_Failure, 1, "Too many features have accumulated in points layer.")
            return frame.iloc[:2]
        return frame

    monkeypatch.setattr(osm_read, "_read_layer", dropping)
    data = osm_read.read_osm(osm_file)
    assert len(data.points) == 7 and True in calls and False in calls


def test_an_empty_area_of_interest_is_refused(module_provider, osm_file):
    area = QgsVectorLayer("Polygon?crs=EPSG:9377", "limite_municipal", "memory")
    message = _refusal(module_provider, INPUT=osm_file, AOI=area)
    assert "The area of interest has no polygon" in message and "Choose" in message


@pytest.mark.parametrize("mark", [10.0, 50.0, 90.0])
def test_cancel_writes_nothing(module_provider, sample_dir, tmp_path, mark):
    """Cancel at about 10, 50 and 90 % of the import of the sample city's extract: the run stops and leaves no file."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class CancelAt(QgsProcessingFeedback):
        def setProgress(self, progress: float) -> None:
            super().setProgress(progress)
            if progress >= mark:
                self.cancel()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "migrant_planning:import_osm",
            {
                "INPUT": str(sample_dir / "villa_esperanza.osm"),
                "ROADS": str(out / "vias.gpkg"),
                "FACILITIES": str(out / "equipamientos.gpkg"),
            },
            feedback=CancelAt(),
        )
    assert list(out.iterdir()) == []


@pytest.mark.skipif(shutil.which("osmium") is None, reason="osmium-tool is not installed (make deps installs it)")
def test_the_same_extract_as_pbf_gives_the_same_network(imported, osm_file, tmp_path):
    """The .osm.pbf form of the extract (written by osmium, as Geofabrik's files are) imports to the same layers."""
    pbf = tmp_path / "barrio.osm.pbf"
    subprocess.run(["osmium", "cat", osm_file, "-o", str(pbf)], check=True, capture_output=True)
    _result, roads, facilities = _import(str(pbf))
    _result, xml_roads, xml_facilities = imported
    columns = ["osm_id", "highway", "speed_kmh", "oneway", "foot", "motor"]
    assert roads[columns].reset_index(drop=True).equals(xml_roads[columns].reset_index(drop=True))
    assert np.allclose(roads["length_m"], xml_roads["length_m"], atol=1e-6)
    assert sorted(facilities["name"]) == sorted(xml_facilities["name"])
