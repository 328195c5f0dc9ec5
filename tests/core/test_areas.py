"""True pixel areas and polygon areas against pyproj's geodesic areas (Karney) and analytic ellipsoid formulas."""
import math
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyproj
import pytest
from osgeo import ogr, osr
from shapely.geometry import Polygon

from t2_monitor_plugin.core.areas import PixelAreas, geometry_area_m2, is_equal_area
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.grid import Grid

WGS84_AREA = 5.10065621724e14  # m^2, area of the WGS84 ellipsoid


def _srs(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _wkt(code):
    return _srs(code).ExportToWkt()


def _geod_area(geod, lons, lats):
    return abs(geod.polygon_area_perimeter(lons, lats)[0])


def _pixel_corners(gt, row, col):
    cr = [(col, row), (col + 1, row), (col + 1, row + 1), (col, row + 1)]
    xs = [gt[0] + c * gt[1] + r * gt[2] for c, r in cr]
    ys = [gt[3] + c * gt[4] + r * gt[5] for c, r in cr]
    return xs, ys


@pytest.mark.parametrize("code, ellps", [("EPSG:4326", "WGS84"), ("EPSG:4269", "GRS80")])
@pytest.mark.parametrize("lat", [0.0, 30.0, 60.0, 80.0, -30.0, -60.0, -80.0])
@pytest.mark.parametrize("size", [0.00025, 0.01])
def test_geographic_rows_match_geodesic_areas(code, ellps, lat, size):
    geod = pyproj.Geod(ellps=ellps)
    gt = (10.0, size, 0.0, lat + 3 * size, 0.0, -size)
    areas = PixelAreas(Grid(7, 6, gt, _wkt(code)))
    assert areas.kind == "geographic"
    block = areas.block(0, 0, 6, 7)
    assert block.shape == (6, 7) and block.dtype == np.float64
    for row in range(6):
        xs, ys = _pixel_corners(gt, row, 2)
        assert block[row, 2] == pytest.approx(_geod_area(geod, xs, ys), rel=1e-4)
        assert np.all(block[row] == block[row, 0])
    sub = areas.block(2, 3, 3, 4)
    np.testing.assert_array_equal(sub, block[2:5, 3:7])


def test_whole_globe_and_zone_sums_match_analytic_areas():
    areas = PixelAreas(Grid(360, 180, (-180.0, 1.0, 0.0, 90.0, 0.0, -1.0), _wkt("EPSG:4326")))
    total = areas.block(0, 0, 180, 360)
    assert total.sum() == pytest.approx(WGS84_AREA, rel=1e-9)
    # analytic area of the zone between two parallels: 2 pi b^2 [sin p / (2 (1 - e^2 sin^2 p)) + atanh(e sin p)/(2e)]
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    e, b2 = math.sqrt(e2), a * a * (1 - e2)

    def primitive(deg):
        s = math.sin(math.radians(deg))
        return 2 * math.pi * b2 * (s / (2 * (1 - e2 * s * s)) + math.atanh(e * s) / (2 * e))

    for north, south in [(90, 0), (60, 10), (-20, -75)]:
        band = total[90 - north:90 - south].sum()
        assert band == pytest.approx(primitive(north) - primitive(south), rel=1e-10)


@pytest.mark.parametrize("easting", [500000.0, 170000.0, 815000.0])
def test_utm_pixels_match_geodesic_areas(easting):
    geod = pyproj.Geod(ellps="WGS84")
    to_lonlat = pyproj.Transformer.from_crs("EPSG:32633", "EPSG:4326", always_xy=True)
    gt = (easting, 30.0, 0.0, 6600000.0, 0.0, -30.0)
    areas = PixelAreas(Grid(3000, 2500, gt, _wkt("EPSG:32633")), lattice_step=64)
    assert areas.kind == "projected"
    block = areas.block(1000, 1500, 500, 700)
    assert block.shape == (500, 700)
    for row, col in [(1000, 1500), (1031, 1537), (1200, 1999), (1499, 2199), (1250, 1850)]:
        lons, lats = to_lonlat.transform(*_pixel_corners(gt, row, col))
        assert block[row - 1000, col - 1500] == pytest.approx(_geod_area(geod, lons, lats), rel=1e-4)
    last = areas.block(2499, 2999, 1, 1)[0, 0]  # the last row and column are lattice nodes
    lons, lats = to_lonlat.transform(*_pixel_corners(gt, 2499, 2999))
    assert last == pytest.approx(_geod_area(geod, lons, lats), rel=1e-6)


@pytest.mark.parametrize("code, origin, size", [("EPSG:32633", (400000.0, 5200000.0), 30.0),
                                                ("EPSG:4326", (15.0, 62.0), 0.001)])
def test_rotated_grids(code, origin, size):
    geod = pyproj.Geod(ellps="WGS84")
    to_lonlat = pyproj.Transformer.from_crs(code, "EPSG:4326", always_xy=True)
    th = math.radians(25.0)
    gt = (origin[0], size * math.cos(th), -size * math.sin(th), origin[1], -size * math.sin(th), -size * math.cos(th))
    areas = PixelAreas(Grid(500, 400, gt, _wkt(code)))
    block = areas.block(0, 0, 400, 500)
    for row, col in [(0, 0), (200, 300), (399, 499), (37, 101)]:
        lons, lats = to_lonlat.transform(*_pixel_corners(gt, row, col))
        assert block[row, col] == pytest.approx(_geod_area(geod, lons, lats), rel=1e-4)


def test_blocks_from_two_threads_equal_serial():
    gt = (300000.0, 30.0, 0.0, 6000000.0, 0.0, -30.0)
    windows = [(r, c, 256, 256) for r in range(0, 2048, 256) for c in range(0, 2048, 256)]
    serial = [PixelAreas(Grid(2048, 2048, gt, _wkt("EPSG:32633"))).block(*w) for w in windows]
    shared = PixelAreas(Grid(2048, 2048, gt, _wkt("EPSG:32633")))  # lattice built by whichever thread comes first
    with ThreadPoolExecutor(2) as pool:
        parallel = list(pool.map(lambda w: shared.block(*w), windows))
    for a, b in zip(serial, parallel):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("code", ["EPSG:6933", "EPSG:5070", "EPSG:3035", "ESRI:53009"])
def test_equal_area_grids_use_nominal_area(code):
    areas = PixelAreas(Grid(50, 40, (0.0, 250.0, 0.0, 0.0, 0.0, -120.0), _wkt(code)))
    assert areas.kind == "equal_area"
    block = areas.block(3, 4, 10, 20)
    assert block.shape == (10, 20)
    np.testing.assert_array_equal(block, 250.0 * 120.0)


def test_spherical_only_projection_on_an_ellipsoid_is_not_nominal():
    """PROJ's Mollweide is equal-area on a sphere only; on WGS84 nominal areas are off by up to ~0.7 %."""
    assert not is_equal_area(_srs("ESRI:54009")) and is_equal_area(_srs("ESRI:53009"))
    geod = pyproj.Geod(ellps="WGS84")
    to_lonlat = pyproj.Transformer.from_crs("ESRI:54009", "EPSG:4326", always_xy=True)
    gt = (1.0e6, 1000.0, 0.0, 8.0e6, 0.0, -1000.0)
    areas = PixelAreas(Grid(2000, 8000, gt, _wkt("ESRI:54009")))
    assert areas.kind == "projected"
    for row, col in [(0, 0), (3000, 700), (7999, 1999)]:
        lons, lats = to_lonlat.transform(*_pixel_corners(gt, row, col))
        assert areas.block(row, col, 1, 1)[0, 0] == pytest.approx(_geod_area(geod, lons, lats), rel=1e-4)


def test_missing_crs_is_an_input_error():
    with pytest.raises(InputError, match="my_raster"):
        PixelAreas(Grid(10, 10, (0.0, 1.0, 0.0, 0.0, 0.0, -1.0), ""), layer_name="my_raster")


def test_block_outside_the_grid_is_refused():
    areas = PixelAreas(Grid(10, 10, (0.0, 30.0, 0.0, 0.0, 0.0, -30.0), _wkt("EPSG:32633")))
    with pytest.raises(ValueError):
        areas.block(5, 5, 6, 1)


def test_large_grid_lattice_is_small():
    areas = PixelAreas(Grid(40000, 40000, (200000.0, 10.0, 0.0, 7000000.0, 0.0, -10.0), _wkt("EPSG:32633")))
    block = areas.block(39000, 39500, 1000, 500)
    assert block.shape == (1000, 500) and np.isfinite(block).all()
    assert np.all(np.abs(block / 100.0 - 1) < 0.002)


@pytest.mark.parametrize("lon, lat, utm", [(15.0, 0.5, "EPSG:32633"), (15.0, 70.0, "EPSG:32633"),
                                           (-70.0, -45.0, "EPSG:32719")])
def test_geometry_area_matches_geodesic_area(lon, lat, utm):
    geod = pyproj.Geod(ellps="WGS84")
    poly = Polygon([(lon - 1.0, lat - 0.4), (lon + 1.2, lat - 0.5), (lon + 0.9, lat + 0.6), (lon - 0.7, lat + 0.3)])
    # edges are straight in the polygon's own CRS: densify them finely before the geodesic area
    truth = abs(geod.geometry_area_perimeter(poly.segmentize(0.001))[0])
    assert geometry_area_m2(ogr.CreateGeometryFromWkb(poly.wkb), _srs("EPSG:4326")) == pytest.approx(truth, rel=1e-3)
    # for a small polygon, geodesic edges between the raw corners are close enough too
    small = Polygon([(lon + 0.1 * (x - lon), lat + 0.1 * (y - lat)) for x, y in poly.exterior.coords])
    assert geometry_area_m2(ogr.CreateGeometryFromWkb(small.wkb), _srs("EPSG:4326")) == pytest.approx(
        abs(geod.geometry_area_perimeter(small)[0]), rel=1e-3)

    fwd = pyproj.Transformer.from_crs("EPSG:4326", utm, always_xy=True)
    back = pyproj.Transformer.from_crs(utm, "EPSG:4326", always_xy=True)
    xs, ys = fwd.transform(*poly.exterior.xy)
    in_utm = Polygon(zip(xs, ys))
    lons, lats = back.transform(*in_utm.segmentize(100.0).exterior.xy)
    truth_utm = abs(geod.polygon_area_perimeter(lons, lats)[0])
    assert geometry_area_m2(ogr.CreateGeometryFromWkb(in_utm.wkb), _srs(utm)) == pytest.approx(truth_utm, rel=1e-3)


def test_geometry_area_of_spread_multipolygon_and_non_polygons():
    geod = pyproj.Geod(ellps="WGS84")
    parts = [Polygon([(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1)]) for x, y in [(-170, 60), (10, -5), (120, 40)]]
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    truth = 0.0
    for part in parts:
        multi.AddGeometry(ogr.CreateGeometryFromWkb(part.wkb))
        truth += abs(geod.geometry_area_perimeter(part.segmentize(0.001))[0])
    assert geometry_area_m2(multi, _srs("EPSG:4326")) == pytest.approx(truth, rel=1e-4)
    line = ogr.CreateGeometryFromWkt("LINESTRING (0 0, 1 1)")
    assert geometry_area_m2(line, _srs("EPSG:4326")) == 0.0
