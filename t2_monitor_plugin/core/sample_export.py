"""Sample points for labelling outside QGIS: a CSV of the points, a Collect Earth plot CSV and a KML of plot squares.

*Collect Earth* reads plots from a CSV whose first three columns are ``id``, ``YCoordinate`` (latitude) and
``XCoordinate`` (longitude) in WGS 84 degrees; further columns are extra plot attributes shown to the interpreter
(here the stratum, map class, pixel area and inclusion probability). The plot size itself is set in the Collect
Earth survey: set it to the pixel size the design reports. The KML holds one polygon per point: the footprint of the
sampled pixel (its four corners transformed to WGS 84), so the plot drawn is exactly the mapped unit.
"""
from __future__ import annotations

import math
import os
from xml.sax.saxutils import escape

import numpy as np
from osgeo import osr

from .areas import transform_xy
from .errors import InputError, OutputError, tr_noop
from .gdal_calls import call, call_ok
from .grid import Grid
from .output import check_output_path, temp_sibling
from .sampling import SamplePoint
from .tables import move_into_place, write_table

POINT_FIELDS = [("id", "int"), ("stratum", "int"), ("map_class", "int"), ("pixel_area_ha", "float"),
                ("inclusion_probability", "float"), ("stratum_pixels", "int"), ("x", "float"), ("y", "float"),
                ("longitude", "float"), ("latitude", "float"), ("reference", "int")]
COLLECT_EARTH_FIELDS = [("id", "int"), ("YCoordinate", "float"), ("XCoordinate", "float"), ("stratum", "int"),
                        ("map_class", "int"), ("pixel_area_ha", "float"), ("inclusion_probability", "float")]


def _wgs84_transform(grid: Grid) -> osr.CoordinateTransformation:
    src = grid.srs
    if src is None:
        raise InputError(tr_noop("The map has no coordinate reference system: the sample cannot be written in "
                                 "longitude and latitude. Assign its CRS first."))
    dst = osr.SpatialReference()
    call_ok(dst.ImportFromEPSG, 4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return call(osr.CoordinateTransformation, src, dst)


def lonlat(points: list[SamplePoint], grid: Grid) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 longitude and latitude of the points (pixel centres)."""
    if not points:
        return np.zeros(0), np.zeros(0)
    return transform_xy(_wgs84_transform(grid), [p.x for p in points], [p.y for p in points])


def point_rows(points: list[SamplePoint], grid: Grid) -> list[tuple]:
    lon, lat = lonlat(points, grid)
    return [(p.point_id, p.stratum, p.map_class, p.pixel_area_ha, p.inclusion_probability, p.stratum_pixels, p.x,
             p.y, float(lo), float(la), None) for p, lo, la in zip(points, lon, lat)]


def write_points_table(path: str, points: list[SamplePoint], grid: Grid, input_paths=()) -> str:
    """The points as a CSV/XLSX table (raster and WGS 84 coordinates, empty ``reference`` column)."""
    return write_table(path, POINT_FIELDS, point_rows(points, grid), "sample_points", input_paths)


def write_collect_earth_csv(path: str, points: list[SamplePoint], grid: Grid, input_paths=()) -> str:
    if os.path.splitext(path)[1].lower() != ".csv":
        raise OutputError(tr_noop("The Collect Earth plot file must be a .csv file, not {path}."), path=path)
    lon, lat = lonlat(points, grid)
    rows = [(p.point_id, float(la), float(lo), p.stratum, p.map_class, p.pixel_area_ha, p.inclusion_probability)
            for p, lo, la in zip(points, lon, lat)]
    return write_table(path, COLLECT_EARTH_FIELDS, rows, "collect_earth_plots", input_paths)


def plot_squares(points: list[SamplePoint], grid: Grid) -> list[list[tuple[float, float]]]:
    """The pixel footprint of every point as a closed ring of WGS 84 (lon, lat), counter-clockwise."""
    gt = grid.geotransform
    corners = ((0, 1), (1, 1), (1, 0), (0, 0), (0, 1))  # (dcol, drow) from the upper-left corner: SW SE NE NW SW
    xs, ys = [], []
    for p in points:
        for dc, dr in corners:
            c, r = p.col + dc, p.row + dr
            xs.append(gt[0] + c * gt[1] + r * gt[2])
            ys.append(gt[3] + c * gt[4] + r * gt[5])
    if not xs:
        return []
    lon, lat = transform_xy(_wgs84_transform(grid), xs, ys)
    return [list(zip(lon[i * 5:(i + 1) * 5].tolist(), lat[i * 5:(i + 1) * 5].tolist())) for i in range(len(points))]


def write_kml(path: str, points: list[SamplePoint], grid: Grid, input_paths=()) -> str:
    """A KML document with one polygon per point (the sampled pixel), named by the point id."""
    if os.path.splitext(path)[1].lower() != ".kml":
        raise OutputError(tr_noop("The plot squares file must be a .kml file, not {path}."), path=path)
    check_output_path(path, list(input_paths))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
           "<name>sample plots</name>"]
    for p, ring in zip(points, plot_squares(points, grid)):
        if any(not (math.isfinite(x) and math.isfinite(y)) for x, y in ring):
            continue
        coords = " ".join(f"{x:.8f},{y:.8f},0" for x, y in ring)
        data = "".join(f'<Data name="{k}"><value>{escape(str(v))}</value></Data>'
                       for k, v in (("stratum", p.stratum), ("map_class", p.map_class),
                                    ("pixel_area_ha", f"{p.pixel_area_ha:.6f}"),
                                    ("inclusion_probability", f"{p.inclusion_probability:.8g}")))
        out.append(f"<Placemark><name>{p.point_id}</name><ExtendedData>{data}</ExtendedData>"
                   f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{coords}</coordinates></LinearRing>"
                   f"</outerBoundaryIs></Polygon></Placemark>")
    out += ["</Document>", "</kml>"]
    tmp = temp_sibling(path)
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
    except OSError as exc:
        raise OutputError(tr_noop("The table {path} cannot be written ({reason})."), path=path,
                          reason=str(exc).strip()) from exc
    move_into_place([(tmp, path)])
    return path
