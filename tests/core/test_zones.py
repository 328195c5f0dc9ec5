"""Zones as per-pixel coverage fractions: exactness against shapely, totals against geodesic areas, fast paths,
repair, unions, errors and concurrent use."""
import math
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import shapely
from osgeo import ogr, osr
from shapely.geometry import LineString, Polygon, box

from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.zones import ZoneSet

X0, Y0, PX = 500000.0, 5000000.0, 30.0


def _wkt(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    return srs.ExportToWkt()


UTM = _wkt("EPSG:32633")


def _reproject(geom, src, dst):
    transformer = pyproj.Transformer.from_crs(src, dst, always_xy=True)
    return shapely.transform(geom, lambda x, y: transformer.transform(x, y), interleaved=False)


def _grid(width=60, height=50, gt=(X0, PX, 0.0, Y0, 0.0, -PX), wkt=UTM):
    return Grid(width, height, gt, wkt)


def _ragged(cx, cy, radius, n=60, seed=1, hole=0.0):
    rng = np.random.default_rng(seed)
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r = radius * rng.uniform(0.4, 1.0, n)
    poly = Polygon(np.c_[cx + r * np.cos(ang), cy + r * np.sin(ang)])
    if hole:
        poly = poly.difference(Polygon(np.c_[cx + hole * np.cos(ang), cy + hole * np.sin(ang)]))
    return poly


def _exact(poly, grid):
    gt = grid.geotransform
    out = np.zeros((grid.height, grid.width))
    for i in range(grid.height):
        for j in range(grid.width):
            corners = [(j, i), (j + 1, i), (j + 1, i + 1), (j, i + 1)]
            pix = Polygon([(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5]) for c, r in corners])
            out[i, j] = poly.intersection(pix).area / pix.area
    return out


def _total(zones, index, areas, block=(17, 23)):
    g = zones.grid
    total = 0.0
    for r0 in range(0, g.height, block[0]):
        for c0 in range(0, g.width, block[1]):
            rows, cols = min(block[0], g.height - r0), min(block[1], g.width - c0)
            cov = zones.coverage(index, r0, c0, rows, cols)
            if cov is not None:
                total += float((cov * areas.block(r0, c0, rows, cols)).sum())
    return total


def test_coverage_equals_exact_intersection_areas():
    grid = _grid()
    poly = _ragged(X0 + 900, Y0 - 750, 800, hole=120)
    zones = ZoneSet.from_wkb([("a", poly.wkb)], UTM, grid)
    truth = _exact(poly, grid)
    cov = zones.coverage(0, 0, 0, grid.height, grid.width)
    assert cov.dtype == np.float32 and cov.shape == truth.shape
    assert np.abs(cov - truth).max() < 1e-6
    assert abs((cov - truth).mean()) < 1e-8
    assert np.count_nonzero((truth > 0) & (truth < 1)) > 100  # many partial pixels
    for r0, c0, rows, cols in [(10, 20, 17, 13), (0, 41, 50, 19), (33, 0, 1, 60)]:
        part = zones.coverage(0, r0, c0, rows, cols)
        expected = truth[r0:r0 + rows, c0:c0 + cols]
        if part is None:
            assert not expected.any()
        else:
            assert np.abs(part - expected).max() < 1e-6


def test_coverage_on_a_rotated_grid():
    th = math.radians(30.0)
    gt = (X0, PX * math.cos(th), -PX * math.sin(th), Y0, -PX * math.sin(th), -PX * math.cos(th))
    grid = _grid(40, 40, gt)
    poly = _ragged(X0 + 300, Y0 - 900, 700, seed=4)
    cov = ZoneSet.from_wkb([("a", poly.wkb)], UTM, grid).coverage(0, 0, 0, 40, 40)
    assert np.abs(cov - _exact(poly, grid)).max() < 1e-6


@pytest.mark.parametrize("shift", [0.0, 0.5, 0.37])
def test_random_windows_on_rectilinear_zones(shift):
    """Axis-parallel edges on (or off) pixel lines: every window, fast path or not, equals the exact areas."""
    grid = _grid(40, 36)
    rng = np.random.default_rng(int(shift * 100))
    poly = Polygon()
    for _ in range(12):
        c, r = rng.integers(0, 36, 2)
        w, h = rng.integers(1, 12, 2)
        poly = poly.union(box(X0 + (c + shift) * PX, Y0 - (r + h + shift) * PX, X0 + (c + w + shift) * PX,
                              Y0 - (r + shift) * PX))
    poly = poly.difference(box(X0 + 15 * PX, Y0 - 20 * PX, X0 + 22 * PX, Y0 - 13 * PX))
    zones = ZoneSet.from_wkb([("r", poly.wkb)], UTM, grid)
    truth = _exact(poly, grid)
    for _ in range(300):
        r0, c0 = rng.integers(0, 36), rng.integers(0, 40)
        rows, cols = rng.integers(1, 37 - r0), rng.integers(1, 41 - c0)
        cov = zones.coverage(0, r0, c0, rows, cols)
        expected = truth[r0:r0 + rows, c0:c0 + cols]
        if cov is None:
            assert not expected.any()
        else:
            assert cov.shape == (rows, cols) and np.abs(cov - expected).max() < 1e-6
            assert not np.all(cov == 1.0) or np.all(expected > 1 - 1e-9)


def test_fast_paths_inside_outside_and_whole_grid():
    grid = _grid()
    square = box(X0 + 300, Y0 - 1200, X0 + 1500, Y0 - 300)  # cols 10..50, rows 10..40
    zones = ZoneSet.from_wkb([("sq", square.wkb), ("all", box(X0 - 1e5, Y0 - 1e5, X0 + 1e5, Y0 + 1e5).wkb)], UTM, grid)
    assert zones.names == ["all", "sq"]
    sq = zones.names.index("sq")
    inside = zones.coverage(sq, 12, 15, 20, 30)
    assert inside.dtype == np.float32 and inside.shape == (20, 30) and np.all(inside == 1.0)
    assert zones.coverage(sq, 0, 0, 10, 60) is None  # above
    assert zones.coverage(sq, 41, 51, 9, 9) is None  # below right
    assert zones.coverage(sq, 10, 0, 30, 10) is None  # touching its edge only
    edge = zones.coverage(sq, 5, 5, 10, 10)
    assert edge[5:, 5:].min() == 1.0 and edge[:5].max() == 0.0
    assert zones.window(sq) == (10, 10, 30, 40)
    whole = zones.names.index("all")
    assert np.all(zones.coverage(whole, 0, 0, 50, 60) == 1.0)
    assert np.all(zones.coverage(whole, 20, 20, 5, 5) == 1.0)


def test_totals_match_polygon_areas_in_utm_and_geographic_layers():
    """Zone totals (coverage x true pixel areas) against the area in EPSG:6933 (geopandas) and geodesic (pyproj).

    The requirement is 0.5 %; the method is exact, so the test holds them to 0.01 %.
    """
    grid = _grid(1000, 1000)
    areas = PixelAreas(grid)
    in_utm = _ragged(X0 + 15000, Y0 - 15000, 12000, n=200, seed=2, hole=2000)
    in_ll = _reproject(in_utm.segmentize(50.0), "EPSG:32633", "EPSG:4326")
    cases = [(in_utm, "EPSG:32633", in_utm.segmentize(100.0)), (in_ll, "EPSG:4326", in_ll.segmentize(0.001))]
    for shape, crs, dense in cases:
        zones = ZoneSet.from_wkb([("z", shape.wkb)], _wkt(crs), grid)
        truth = float(gpd.GeoSeries([dense], crs=crs).to_crs("EPSG:6933").area.iloc[0])
        geodesic = pyproj.Geod(ellps="WGS84").geometry_area_perimeter(_reproject(dense, crs, "EPSG:4326"))[0]
        assert abs(geodesic) == pytest.approx(truth, rel=1e-4)
        assert zones.area_m2(0) == pytest.approx(truth, rel=1e-4)
        assert _total(zones, 0, areas, (256, 300)) == pytest.approx(truth, rel=1e-4)


def test_geographic_grid_with_utm_zones():
    grid = Grid(400, 300, (14.9, 0.0005, 0.0, 45.2, 0.0, -0.0005), _wkt("EPSG:4326"))
    fwd = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32633", always_xy=True)
    cx, cy = fwd.transform(15.0, 45.125)
    poly = _ragged(cx, cy, 5000, n=120, seed=3)
    zones = ZoneSet.from_wkb([("z", poly.wkb)], UTM, grid)
    truth = float(gpd.GeoSeries([poly], crs="EPSG:32633").to_crs("EPSG:6933").area.iloc[0])
    assert _total(zones, 0, PixelAreas(grid), (64, 64)) == pytest.approx(truth, rel=5e-3)


def test_same_zone_features_are_unioned_and_different_zones_overlap():
    grid = _grid(100, 100)
    areas = PixelAreas(grid)
    a = box(X0 + 300, Y0 - 1500, X0 + 1500, Y0 - 300)
    b = box(X0 + 900, Y0 - 2100, X0 + 2100, Y0 - 900)
    zones = ZoneSet.from_wkb([("1", a.wkb), ("1", b.wkb), ("2", b.wkb), ("10", a.wkb)], UTM, grid)
    assert zones.names == ["1", "2", "10"] and len(zones) == 3
    union = _total(zones, 0, areas)
    assert union == pytest.approx(zones.area_m2(0), rel=1e-6)
    assert union == pytest.approx(_total(zones, 1, areas) + _total(zones, 2, areas) - 600.0 ** 2, rel=1e-3)
    assert np.max(zones.coverage(0, 0, 0, 100, 100)) == 1.0  # the overlap is counted once
    assert _total(zones, 1, areas) == pytest.approx(zones.area_m2(1), rel=1e-6)
    assert _total(zones, 2, areas) == pytest.approx(zones.area_m2(2), rel=1e-6)


def test_invalid_empty_and_non_polygon_features():
    grid = _grid()
    bowtie = ogr.CreateGeometryFromWkt(
        f"POLYGON (({X0 + 300} {Y0 - 300}, {X0 + 900} {Y0 - 900}, {X0 + 900} {Y0 - 300}, {X0 + 300} {Y0 - 900}, "
        f"{X0 + 300} {Y0 - 300}))")
    assert not bowtie.IsValid()
    items = [("b", bytes(bowtie.ExportToWkb())), ("e", b""), ("e", None),
             ("l", LineString([(X0, Y0), (X0 + 500, Y0 - 500)]).wkb),
             ("p", ogr.CreateGeometryFromWkt("POLYGON EMPTY").ExportToWkb())]
    zones = ZoneSet.from_wkb(items, UTM, grid)
    assert zones.repaired == 1 and zones.skipped == 4 and zones.names == ["b"]
    assert zones.area_m2(0) == pytest.approx(2 * 0.25 * 600 * 600, rel=1e-3)  # two triangles
    cov = zones.coverage(0, 0, 0, 50, 60)
    assert cov.sum() * PX * PX == pytest.approx(2 * 0.25 * 600 * 600, rel=1e-6)


def test_errors():
    grid = _grid()
    square = box(X0 + 300, Y0 - 1200, X0 + 1500, Y0 - 300).wkb
    with pytest.raises(InputError, match="no polygons") as err:
        ZoneSet.from_wkb([("a", b"")], UTM, grid, layer_name="districts")
    assert "districts" in str(err.value)
    with pytest.raises(InputError, match="coordinate reference system"):
        ZoneSet.from_wkb([("a", square)], "", grid, layer_name="districts")
    with pytest.raises(InputError, match="coordinate reference system"):
        ZoneSet.from_wkb([("a", square)], UTM, _grid(wkt=""), layer_name="districts")
    far = box(X0 + 1e5, Y0 - 1e5, X0 + 2e5, Y0).wkb
    with pytest.raises(InputError, match="overlaps"):
        ZoneSet.from_wkb([("a", far)], UTM, grid, layer_name="districts")
    zones = ZoneSet.from_wkb([("a", far), ("b", square)], UTM, grid)
    assert zones.coverage(0, 0, 0, 50, 60) is None and zones.window(0) is None


def test_from_ogr(tmp_path):
    path = str(tmp_path / "zones.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("districts", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    for code, geom in [(7, box(X0 + 300, Y0 - 600, X0 + 600, Y0 - 300)), (7, box(X0 + 600, Y0 - 600, X0 + 900,
                                                                                  Y0 - 300)),
                       (3, box(X0, Y0 - 300, X0 + 300, Y0))]:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("code", code)
        feat.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
        lyr.CreateFeature(feat)
    ds = None
    grid = _grid()
    by_code = ZoneSet.from_ogr(path, grid, field="code")
    assert by_code.names == ["3", "7"] and by_code.area_m2(1) == pytest.approx(600 * 300, rel=1e-3)
    by_fid = ZoneSet.from_ogr(path, grid)
    assert by_fid.names == ["1", "2", "3"]
    with pytest.raises(InputError, match="no field named"):
        ZoneSet.from_ogr(path, grid, field="missing")
    with pytest.raises(InputError, match="cannot be opened"):
        ZoneSet.from_ogr(str(tmp_path / "nothing.gpkg"), grid)


def test_concurrent_coverage_equals_serial():
    grid = _grid(700, 600)
    polys = [_ragged(X0 + 9000 + 4000 * k, Y0 - 9000, 8000, n=400, seed=k, hole=1000) for k in range(3)]
    zones = ZoneSet.from_wkb([(str(k), p.wkb) for k, p in enumerate(polys)], UTM, grid)
    jobs = [(z, r0, c0, min(64, 600 - r0), min(96, 700 - c0)) for z in range(3) for r0 in range(0, 600, 64)
            for c0 in range(0, 700, 96)]
    serial = [zones.coverage(*job) for job in jobs]
    with ThreadPoolExecutor(2) as pool:
        for _ in range(3):
            parallel = list(pool.map(lambda job: zones.coverage(*job), jobs))
            for a, b in zip(serial, parallel):
                assert (a is None and b is None) or np.array_equal(a, b)
    assert sum(s is not None for s in serial) > len(jobs) // 3
