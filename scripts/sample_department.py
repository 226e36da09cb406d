#!/usr/bin/env python3
"""A generated department for national runs: sample cities (``migrant_planning_plugin.sample_city``, one seed each)
side by side, with a municipalities layer named as DANE's MGN (DPTO_CCDGO, MPIO_CCDGO, MPIO_CNMBR, MPIO_CDPMP).

Municipality ``k`` is the sample city of seed ``SEED0 + k``, moved ``k % COLUMNS`` city widths east and
``k // COLUMNS`` city heights north (plus a gap of :data:`GAP` m), with the DIVIPOLA code and name of a real
municipality of Norte de Santander (then La Guajira). With ``window`` (x0, y0, x1, y1 in metres inside the
10 km x 8 km city) each city is reduced to that window, as a national run shares out layers: settlements,
facilities, comunas and parcels whose representative point lies in it; hazard zones, roads, land use and water
that touch it; the municipality is the window. Codes are made unique by prefixing the DIVIPOLA code.

Written into a folder: ``department.gpkg`` (the national layers), ``dem/<code>.tif`` and ``dem.vrt`` (the
national DEM), and for each municipality ``cities/<code>.gpkg`` + ``cities/<code>_dem.tif``: its own layers
exactly as the national layers hold them (for runs of the single municipality). ``manifest.json`` is written
last. Used by tests/national and bench/national.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from osgeo import gdal, osr  # noqa: E402

from migrant_planning_plugin import sample_city  # noqa: E402

gdal.UseExceptions()

SEED0 = 1000
GAP = 2_000.0
COLUMNS = 8
EPSG = sample_city.CRS_EPSG
GPKG = "department.gpkg"
# DIVIPOLA codes and names: Norte de Santander (54), then La Guajira (44).
MUNICIPALITIES: Tuple[Tuple[str, str], ...] = (
    ("54001", "Cúcuta"),
    ("54874", "Villa del Rosario"),
    ("54405", "Los Patios"),
    ("54261", "El Zulia"),
    ("54553", "Puerto Santander"),
    ("54498", "Ocaña"),
    ("54518", "Pamplona"),
    ("54810", "Tibú"),
    ("54003", "Ábrego"),
    ("54051", "Arboledas"),
    ("54099", "Bochalema"),
    ("54109", "Bucarasica"),
    ("54125", "Cácota"),
    ("54128", "Cáchira"),
    ("54172", "Chinácota"),
    ("54174", "Chitagá"),
    ("54206", "Convención"),
    ("54223", "Cucutilla"),
    ("54239", "Durania"),
    ("54245", "El Carmen"),
    ("54250", "El Tarra"),
    ("54313", "Gramalote"),
    ("54344", "Hacarí"),
    ("54347", "Herrán"),
    ("54377", "Labateca"),
    ("54385", "La Esperanza"),
    ("54398", "La Playa"),
    ("54418", "Lourdes"),
    ("54480", "Mutiscua"),
    ("54520", "Pamplonita"),
    ("54599", "Ragonvalia"),
    ("54660", "Salazar"),
    ("54670", "San Calixto"),
    ("54673", "San Cayetano"),
    ("54680", "Santiago"),
    ("54720", "Sardinata"),
    ("54743", "Silos"),
    ("54800", "Teorama"),
    ("54820", "Toledo"),
    ("54871", "Villa Caro"),
    ("44001", "Riohacha"),
    ("44430", "Maicao"),
    ("44847", "Uribia"),
    ("44279", "Fonseca"),
    ("44650", "San Juan del Cesar"),
    ("44078", "Barrancas"),
    ("44090", "Dibulla"),
    ("44098", "Distracción"),
    ("44110", "El Molino"),
    ("44378", "Hatonuevo"),
)
BY_POINT = ("settlements", "facilities", "areas", "candidates")
TOUCHING = ("hazards", "roads", "land_use", "water")
ROLES = BY_POINT + TOUCHING
CODE_COLUMNS = {
    "settlements": "codigo",
    "hazards": "codigo",
    "facilities": "codigo",
    "roads": "codigo",
    "candidates": "codigo_predio",
    "areas": "codigo",
}


@dataclass(frozen=True)
class Department:
    """A written department: its folder and the municipalities (code, name), in order."""

    folder: Path
    municipalities: Tuple[Tuple[str, str], ...]

    @property
    def gpkg(self) -> str:
        """The national layers."""
        return str(self.folder / GPKG)

    @property
    def dem(self) -> str:
        """The national DEM (a VRT of the cities' DEMs)."""
        return str(self.folder / "dem.vrt")

    def layer(self, role: str) -> str:
        """OGR uri of a national layer (``municipalities`` or a sample-city role)."""
        name = "municipios" if role == "municipalities" else sample_city.LAYERS[role]
        return f"{self.gpkg}|layername={name}"

    def city_gpkg(self, code: str) -> str:
        """One municipality's own layers."""
        return str(self.folder / "cities" / f"{code}.gpkg")

    def city_layer(self, code: str, role: str) -> str:
        """OGR uri of a layer of one municipality's own GeoPackage (``boundary``: the municipality)."""
        return f"{self.city_gpkg(code)}|layername={sample_city.LAYERS[role]}"

    def city_dem(self, code: str) -> str:
        """One municipality's own DEM."""
        return str(self.folder / "cities" / f"{code}_dem.tif")


def _moved(frame: gpd.GeoDataFrame, dx: float, dy: float) -> gpd.GeoDataFrame:
    """The frame moved by (dx, dy)."""
    out = frame.copy()
    out.geometry = gpd.GeoSeries(shapely.transform(frame.geometry.values, lambda xy: xy + [dx, dy]), crs=frame.crs)
    return out


def _reduced(layers: Dict[str, gpd.GeoDataFrame], box) -> Dict[str, gpd.GeoDataFrame]:
    """The layers of a city within ``box`` (by representative point, or touching: see the module docstring)."""
    out = {}
    for role in ROLES:
        frame = layers[role]
        geoms = np.asarray(frame.geometry.values, dtype=object)
        if role in BY_POINT:
            keep = shapely.intersects(box, shapely.point_on_surface(geoms))
        else:
            keep = shapely.intersects(box, geoms)
        out[role] = frame[keep].reset_index(drop=True)
    return out


def _write_layers(path: Path, layers: Dict[str, gpd.GeoDataFrame]) -> None:
    """Layers into one GeoPackage (not left in WAL mode)."""
    if path.exists():
        path.unlink()
    for name, frame in layers.items():
        frame.to_file(path, layer=name, driver="GPKG", engine="fiona")
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")


def _write_dem(path: Path, dem: np.ndarray, transform: Sequence[float]) -> None:
    """A DEM GeoTIFF in EPSG:9377."""
    ny, nx = dem.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), nx, ny, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
    ds.SetGeoTransform(tuple(transform))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(dem)
    ds = None


def generate(
    folder: Path,
    count: int = 6,
    window: Optional[Tuple[float, float, float, float]] = None,
    seed0: int = SEED0,
) -> Department:
    """Write a department of ``count`` municipalities into ``folder`` (see the module docstring)."""
    if not 1 <= count <= len(MUNICIPALITIES):
        raise ValueError(f"count must be 1..{len(MUNICIPALITIES)}")
    folder = Path(folder)
    (folder / "cities").mkdir(parents=True, exist_ok=True)
    (folder / "dem").mkdir(exist_ok=True)
    manifest = folder / "manifest.json"
    if manifest.exists():
        manifest.unlink()
    chosen = MUNICIPALITIES[:count]
    national: Dict[str, List[gpd.GeoDataFrame]] = {role: [] for role in ROLES}
    boundaries = []
    tiles = []
    x0, y0 = sample_city.X0, sample_city.Y0
    x_from, y_from, x_to, y_to = window or (0.0, 0.0, sample_city.WIDTH, sample_city.HEIGHT)
    box_local = shapely.box(x0 + x_from, y0 + y_from, x0 + x_to, y0 + y_to)
    counts = []
    for k, (code, name) in enumerate(chosen):
        city = sample_city.generate(seed0 + k)
        # the generator's frames carry no pyproj CRS (issue 13: none on QGIS's worker threads); this script, run
        # on its own, gives them EPSG:9377 so that every GeoPackage it writes says its CRS
        city.layers = {role: frame.set_crs(EPSG, allow_override=True) for role, frame in city.layers.items()}
        dx = (k % COLUMNS) * (sample_city.WIDTH + GAP)
        dy = (k // COLUMNS) * (sample_city.HEIGHT + GAP)
        layers = _reduced(city.layers, box_local) if window else {role: city.layers[role] for role in ROLES}
        layers = {role: _moved(frame, dx, dy) for role, frame in layers.items()}
        for role, column in CODE_COLUMNS.items():
            layers[role][column] = [f"{code}-{value}" for value in layers[role][column]]
        boundary = shapely.box(*(np.array(box_local.bounds) + [dx, dy, dx, dy]))
        own = dict(layers)
        own["boundary"] = gpd.GeoDataFrame(
            {"nombre": [name], "departamento": ["Norte de Santander" if code.startswith("54") else "La Guajira"]},
            geometry=gpd.GeoSeries([boundary], crs=EPSG),
        )
        _write_layers(Path(folder / "cities" / f"{code}.gpkg"), {sample_city.LAYERS[r]: f for r, f in own.items()})
        transform = list(city.dem_transform)
        transform[0] += dx
        transform[3] += dy
        tile = folder / "dem" / f"{code}.tif"
        _write_dem(tile, city.dem, transform)
        _write_dem(folder / "cities" / f"{code}_dem.tif", city.dem, transform)
        tiles.append(str(tile))
        for role in ROLES:
            national[role].append(layers[role])
        boundaries.append((code, name, boundary))
        counts.append({role: len(layers[role]) for role in ROLES})
    out = {
        sample_city.LAYERS[role]: gpd.GeoDataFrame(pd.concat(national[role], ignore_index=True), crs=EPSG)
        for role in ROLES
    }
    out["municipios"] = gpd.GeoDataFrame(
        {
            "DPTO_CCDGO": [code[:2] for code, _n, _g in boundaries],
            "MPIO_CCDGO": [code[2:] for code, _n, _g in boundaries],
            "MPIO_CNMBR": [name.upper() for _c, name, _g in boundaries],
            "MPIO_CDPMP": [code for code, _n, _g in boundaries],
        },
        geometry=gpd.GeoSeries([g for _c, _n, g in boundaries], crs=EPSG),
    )
    _write_layers(folder / GPKG, out)
    gdal.BuildVRT(str(folder / "dem.vrt"), tiles, VRTNodata=-9999.0, srcNodata=-9999.0).FlushCache()
    manifest.write_text(
        json.dumps({"municipalities": chosen, "window": window, "seed0": seed0, "counts": counts}, indent=1)
    )
    return Department(folder, tuple(chosen))


def _levels(gpkg: str, changes: Sequence[Tuple[str, str]], where: str) -> None:
    """Set levels of hazard zones through GDAL (the GeoPackage's triggers need its SQL functions)."""
    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
    for value, key in changes:
        dataset.ExecuteSQL(f"UPDATE zonas_amenaza SET nivel = '{value}' WHERE {where.format(key=key)}")
    dataset = None


def break_hazard_levels(gpkg: str, code: str, value: str = "POR DEFINIR") -> List[Tuple[int, str]]:
    """Give every hazard zone of municipality ``code`` a level no one knows (as a POT layer still being
    classified); returns (fid, level) of the zones changed, for :func:`restore_hazard_levels`."""
    with sqlite3.connect(gpkg) as connection:
        rows = connection.execute(
            "SELECT fid, nivel FROM zonas_amenaza WHERE codigo LIKE ? ORDER BY fid", (f"{code}-%",)
        ).fetchall()
    _levels(gpkg, [(value, code)], "codigo LIKE '{key}-%'")
    return [(int(fid), str(level)) for fid, level in rows]


def restore_hazard_levels(gpkg: str, levels: Sequence[Tuple[int, str]]) -> None:
    """Put back the levels :func:`break_hazard_levels` changed."""
    _levels(gpkg, [(value, str(fid)) for fid, value in levels], "fid = {key}")


def main(argv: Optional[List[str]] = None) -> int:
    """Command line: write a department."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=6)
    args = parser.parse_args(argv)
    department = generate(Path(args.folder), args.count)
    print(f"wrote {department.gpkg} ({len(department.municipalities)} municipalities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
