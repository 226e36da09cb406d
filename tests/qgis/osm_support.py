"""A hand-written OpenStreetMap extract for the import_osm tests (written as OSM XML, as JOSM or Overpass would).

The nodes are placed at round coordinates in EPSG:9377 (metres, near Cúcuta) and written in longitude and
latitude with 7 decimals, like OSM (converted with pyproj, independently of the plugin). Lengths and travel
times are then worked out by hand from the metres below.

    y
    600  w13 ----   w14 ----   w15 ----        w17 ----
    450  .    (150,450)        w12 steps (600,450)
    300  H ------- w10 ------ D --- w3 ---- X --- w3 ---- E
                              |             |  \\          | w4 footway
    0    A ------ w1 -------- B ---- w1 --- + ---------- C -- w5 (oneway=-1) -- F <-- w6 motorway -- G (w7 roundabout)
                          w2 oneway B->D    | w11 crosses w1 at (450, 0) without a node (a bridge)
    -150                                    K
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple
from xml.sax.saxutils import quoteattr

from pyproj import Transformer

X0, Y0 = 5_046_000.0, 2_430_000.0
EPSG = 9377

# node id -> (x, y) in metres from (X0, Y0)
NODES: Dict[int, Tuple[float, float]] = {
    1: (0, 0),  # A
    2: (300, 0),  # B
    3: (600, 0),  # C
    4: (300, 300),  # D
    5: (600, 300),  # E
    6: (900, 0),  # F
    7: (1200, 0),  # G
    8: (450, 300),  # X
    9: (450, -150),  # K
    10: (450, 150),
    11: (0, 300),  # H
    12: (150, 450),
    13: (1250, 50),
    14: (1300, 0),
    15: (1250, -50),
    16: (600, 450),
    17: (0, -100),
    18: (900, 300),
    19: (0, 600),
    20: (100, 600),
    21: (200, 600),
    22: (300, 600),
    23: (400, 600),
    24: (500, 600),
    25: (700, 600),
    26: (800, 600),
    30: (100, -300),
    31: (200, -300),
    32: (200, -200),
    33: (100, -200),
}
# way id -> (node ids, tags)
WAYS: Dict[int, Tuple[List[int], Dict[str, str]]] = {
    101: ([1, 2, 3], {"highway": "residential", "name": "Calle 10", "maxspeed": "50"}),
    102: ([2, 4], {"highway": "residential", "name": "Carrera 5", "maxspeed": "30 mph", "oneway": "yes"}),
    103: ([4, 8, 5], {"highway": "tertiary", "name": "Calle 13"}),
    104: ([5, 3], {"highway": "footway"}),
    105: ([3, 6], {"highway": "primary", "name": "Avenida Libertadores", "maxspeed": "50 km/h", "oneway": "-1"}),
    106: ([7, 6], {"highway": "motorway", "name": "Autopista Internacional"}),
    107: ([7, 13, 14, 15, 7], {"highway": "primary", "junction": "roundabout", "maxspeed": "fast"}),
    108: ([1, 17], {"highway": "service", "access": "private"}),
    109: ([6, 18], {"highway": "proposed"}),
    110: ([11, 12, 4], {"highway": "residential", "oneway": "true"}),
    111: ([9, 10, 8], {"highway": "residential", "bridge": "yes", "oneway": "no"}),
    112: ([5, 16], {"highway": "steps"}),
    113: ([19, 20], {"highway": "residential", "oneway": "1"}),
    114: ([21, 22], {"highway": "residential", "oneway": "reverse"}),
    115: ([23, 24], {"highway": "unclassified", "oneway": "yes", "maxspeed": "30"}),
    117: ([25, 26], {"highway": "residential", "motor_vehicle": "no"}),
    120: ([30, 31, 32, 33, 30], {"amenity": "hospital", "name": "Hospital Erasmo Meoz", "beds": "300"}),
}
# facility nodes: id -> ((x, y), tags)
POINTS: Dict[int, Tuple[Tuple[float, float], Dict[str, str]]] = {
    50: ((600, 300), {"amenity": "clinic", "name": "Centro de Salud La Libertad", "beds": "12"}),
    51: ((300, 0), {"amenity": "school", "name": "Colegio Santander", "capacity": "800"}),
    52: ((450, -150), {"amenity": "kindergarten", "name": "Hogar Infantil Los Pinos", "capacity": "1.200"}),
    53: ((100, 100), {"amenity": "pharmacy", "healthcare": "pharmacy", "name": "Droguería Alemana"}),
    54: ((700, 0), {"healthcare": "centre", "name": "Puesto de Salud El Progreso"}),
    55: ((150, -250), {"amenity": "hospital", "name": "Hospital Erasmo Meoz"}),
    56: ((2000, 0), {"amenity": "school", "name": "Escuela Rural La Floresta"}),
}


def lonlat(x: float, y: float) -> Tuple[float, float]:
    """Longitude and latitude (7 decimals, as OSM stores them) of a point given in metres from (X0, Y0)."""
    transformer = Transformer.from_crs(EPSG, 4326, always_xy=True)
    lon, lat = transformer.transform(X0 + x, Y0 + y)
    return round(lon, 7), round(lat, 7)


def xml() -> str:
    """The extract as OSM XML."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="hand">']

    def tags(values: Dict[str, str]) -> str:
        return "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in values.items())

    for node, (x, y) in NODES.items():
        lon, lat = lonlat(x, y)
        lines.append(f'  <node id="{node}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>')
    for node, ((x, y), values) in POINTS.items():
        lon, lat = lonlat(x, y)
        lines.append(f'  <node id="{node}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">{tags(values)}</node>')
    for way, (refs, values) in WAYS.items():
        nds = "".join(f'<nd ref="{r}"/>' for r in refs)
        lines.append(f'  <way id="{way}" version="1">{nds}{tags(values)}</way>')
    lines.append("</osm>")
    return "\n".join(lines) + "\n"


def write(folder: Path, name: str = "barrio.osm") -> str:
    """Write the extract into ``folder``; returns its path."""
    path = Path(folder) / name
    path.write_text(xml(), encoding="utf-8")
    return str(path)
