"""Many zones at once: the block layout of :mod:`zone_cover` and the batched zone building against the per-zone
methods (dense :meth:`ZoneSet.coverage` per zone, :func:`geometry_area_m2` per polygon), and cancellation of the
loops that take long with many zones."""
import threading
import time

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry import box as sbox

from t2_monitor_plugin.core import cancel, engine
from t2_monitor_plugin.core import zones as zones_mod
from t2_monitor_plugin.core.areas import PixelAreas, geometry_area_m2
from t2_monitor_plugin.core.classareas import class_areas
from t2_monitor_plugin.core.errors import Cancelled
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.zonal import ALL_ZONES, AreaAccumulator
from t2_monitor_plugin.core.zone_cover import block_layout
from t2_monitor_plugin.core.zones import ZoneSet


def _wkt(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    return srs.ExportToWkt()


GRIDS = {
    "utm": Grid(150, 110, (790000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), _wkt("EPSG:32718")),
    "geographic": Grid(150, 110, (-70.0, 0.0003, 0.0, -12.0, 0.0, -0.0003), _wkt("EPSG:4326")),
}


def _random_zones(grid, count, seed):
    """Overlapping polygons in pixel units mapped to the grid: stars, polygons with holes, multi-polygons, some
    reaching beyond the raster, some outside it."""
    rng = np.random.default_rng(seed)
    gt = grid.geotransform
    out = []
    for k in range(count):
        cx, cy = rng.uniform(-15, grid.width + 15), rng.uniform(-15, grid.height + 15)
        r = rng.uniform(0.7, 25)
        n = int(rng.integers(3, 9))
        ang = np.sort(rng.uniform(0, 2 * np.pi, n))
        rad = r * rng.uniform(0.4, 1.0, n)
        pts = [(cx + a * np.cos(t), cy + a * np.sin(t)) for a, t in zip(rad, ang)]
        shape = Polygon(pts).buffer(0)
        if k % 5 == 1 and r > 4:
            shape = shape.difference(Polygon([(cx - r / 4, cy - r / 4), (cx + r / 4, cy - r / 4), (cx, cy + r / 4)]))
        if k % 7 == 2:
            shape = shape.union(sbox(cx + 30, cy, cx + 33.5, cy + 2.25))
        if k % 11 == 3:
            shape = sbox(np.floor(cx), np.floor(cy), np.floor(cx) + 6, np.floor(cy) + 4)  # pixel-aligned
        if shape.is_empty:
            continue

        placed = shapely.transform(shape, lambda xy: np.column_stack([gt[0] + xy[:, 0] * gt[1],
                                                                      gt[3] + xy[:, 1] * gt[5]]))
        out.append((f"z{k}", placed.wkb))
    out.append(("whole", sbox(gt[0], gt[3] + grid.height * gt[5], gt[0] + grid.width * gt[1], gt[3]).wkb))
    return out


def _dense_sums(zs, grid, codes, valid):
    """Square metres per (zone, code) and nodata from one dense coverage per zone (the per-zone method)."""
    areas = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    out = {}
    for i, name in enumerate(zs.names):
        cov = zs.coverage(i, 0, 0, grid.height, grid.width)
        if cov is None:
            continue
        w = areas * cov.astype(np.float64)
        classes = {int(c): float(w[valid & (codes == c)].sum()) for c in np.unique(codes[valid & (cov > 0)])}
        out[name] = (classes, float(w[~valid].sum()))
    return out


def _run(acc, codes, valid, block, threads=1):
    rows, cols = codes.shape
    for r in range(0, rows, block[0]):
        for c in range(0, cols, block[1]):
            h, w = min(block[0], rows - r), min(block[1], cols - c)
            acc.add(acc.parts(r, c, codes[r:r + h, c:c + w], valid[r:r + h, c:c + w]))
    return {zone: (classes, nodata) for level, zone, classes, nodata in acc.groups() if level == "zone"}


@pytest.mark.parametrize("kind", ["utm", "geographic"])
@pytest.mark.parametrize("block", [(110, 150), (32, 48), (7, 150), (1, 13)])
def test_block_layout_sums_equal_per_zone_coverage(kind, block):
    grid = GRIDS[kind]
    zs = ZoneSet.from_wkb(_random_zones(grid, 120, seed=4), grid.crs_wkt, grid)
    rng = np.random.default_rng(2)
    codes = rng.integers(1, 9, size=(grid.height, grid.width)).astype("int16")
    valid = rng.random(codes.shape) > 0.05
    got = _run(AreaAccumulator(grid, zs), codes, valid, block)
    want = _dense_sums(zs, grid, codes, valid)
    assert set(got) == set(want)
    for name, (classes, nodata) in want.items():
        assert set(got[name][0]) == set(classes), name
        for code, m2 in classes.items():
            assert got[name][0][code] == pytest.approx(m2, rel=1e-9, abs=1e-6), (name, code)
        assert got[name][1] == pytest.approx(nodata, rel=1e-9, abs=1e-6)


def test_overlapping_zones_each_count_their_pixels():
    grid = GRIDS["utm"]
    gt = grid.geotransform
    a = sbox(gt[0] + 10 * 30, gt[3] - 60 * 30, gt[0] + 60 * 30, gt[3] - 10 * 30)  # 50 x 50 px
    b = sbox(gt[0] + 40 * 30, gt[3] - 90 * 30, gt[0] + 100 * 30, gt[3] - 40 * 30)  # 60 x 50 px, 20 x 20 shared
    zs = ZoneSet.from_wkb([("a", a.wkb), ("b", b.wkb)], grid.crs_wkt, grid)
    labels, local, (ex_col, ex_pix, ex_cov) = block_layout(zs, 0, 0, grid.height, grid.width)
    assert local == [0, 1]
    assert np.count_nonzero(labels == 1) == 2500 and np.count_nonzero(labels == 2) == 3000 - 400
    assert ex_pix.size == 400 and set(ex_col.tolist()) == {2} and np.all(ex_cov == 1.0)
    codes = np.ones((grid.height, grid.width), dtype="uint8")
    got = _run(AreaAccumulator(grid, zs), codes, np.ones_like(codes, dtype=bool), (40, 64))
    pa = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    assert got["a"][0][1] == pytest.approx(pa[10:60, 10:60].sum(), rel=1e-12)
    assert got["b"][0][1] == pytest.approx(pa[40:90, 40:100].sum(), rel=1e-12)


def test_batched_building_equals_building_zone_by_zone(monkeypatch):
    grid = GRIDS["utm"]
    items = _random_zones(grid, 60, seed=9)
    whole = ZoneSet.from_wkb(items, grid.crs_wkt, grid)
    monkeypatch.setattr(zones_mod, "BATCH_ZONES", 1)
    single = ZoneSet.from_wkb(items, grid.crs_wkt, grid)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geoms = {name: ogr.CreateGeometryFromWkb(w) for name, w in items}
    assert whole.names == single.names
    for i, name in enumerate(whole.names):
        assert whole.window(i) == single.window(i)
        assert whole.area_m2(i) == pytest.approx(single.area_m2(i), rel=1e-12)
        assert whole.area_m2(i) == pytest.approx(geometry_area_m2(geoms[name], srs), rel=1e-10)


def test_batched_areas_of_a_large_geographic_multipolygon():
    """Parts further apart than 90 degrees are measured part by part (the per-zone path)."""
    grid = GRIDS["geographic"]
    far = MultiPolygon([sbox(-70.0, -12.03, -69.96, -12.0), sbox(100.0, 10.0, 101.0, 11.0)])
    zs = ZoneSet.from_wkb([("far", far.wkb)], grid.crs_wkt, grid)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    assert zs.area_m2(0) == pytest.approx(geometry_area_m2(ogr.CreateGeometryFromWkb(far.wkb), srs), rel=1e-12)


# ---------------------------------------------------------------------------------------------------------------
# Cancellation
# ---------------------------------------------------------------------------------------------------------------

def test_parts_checks_the_current_cancellation_per_strip(monkeypatch):
    grid = GRIDS["utm"]
    zs = ZoneSet.from_wkb(_random_zones(grid, 20, seed=1), grid.crs_wkt, grid)
    acc = AreaAccumulator(grid, zs)
    codes = np.ones((grid.height, grid.width), dtype="uint8")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2  # the third strip

    monkeypatch.setattr("t2_monitor_plugin.core.zonal.CHUNK_PIXELS", 150 * 10)
    with cancel.watching(cancelled), pytest.raises(Cancelled):
        acc.parts(0, 0, codes, codes > 0)
    assert len(calls) == 3
    acc.parts(0, 0, codes, codes > 0)  # outside a run nothing is checked


def test_zone_building_checks_cancellation_every_thousand():
    grid = GRIDS["utm"]
    gt = grid.geotransform
    items = [(str(k), sbox(gt[0] + k % 100 * 30, gt[3] - 30 * (k // 100 + 1), gt[0] + (k % 100 + 1) * 30,
                           gt[3] - 30 * (k // 100)).wkb) for k in range(2500)]
    seen = []

    def cancelled():
        seen.append(1)
        return len(seen) >= 3

    with pytest.raises(Cancelled):
        ZoneSet.from_wkb(items, grid.crs_wkt, grid, is_cancelled=cancelled)
    assert len(seen) == 3  # items 0, 1000, 2000: stopped while reading features


def _big_inputs(tmp_path, size=6000, zones=20000):
    from osgeo import gdal
    path = str(tmp_path / "lc.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Byte, ["TILED=YES"])
    ds.SetGeoTransform((300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0))
    ds.SetProjection(_wkt("EPSG:32718"))
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    rng = np.random.default_rng(3)
    for r in range(0, size, 1000):
        band.WriteArray(rng.integers(1, 12, size=(min(1000, size - r), size)).astype("uint8"), 0, r)
    ds = None
    n = int(np.sqrt(zones))
    step = size * 30.0 / n
    items = [(str(i * n + j), sbox(300000.0 + j * step, 8900000.0 - (i + 1) * step, 300000.0 + (j + 1) * step,
                                   8900000.0 - i * step).wkb) for i in range(n) for j in range(n)]
    return path, items


def test_engine_run_stops_within_two_seconds_of_a_cancel(tmp_path):
    """A zonal run on a 6000 x 6000 raster with 19,881 zones, cancelled from a timer thread mid-run: it raises
    Cancelled within 2 s, leaves no output and no worker thread behind."""
    path, items = _big_inputs(tmp_path)
    raster = RasterInput(path, name="lc")
    from t2_monitor_plugin.core.rasters import describe
    grid = describe(raster).grid
    zs = ZoneSet.from_wkb(items, grid.crs_wkt, grid)
    flag = threading.Event()
    started = []

    def progress(f):
        if not started:
            started.append(time.perf_counter())
            threading.Timer(0.05, flag.set).start()  # cancel while the next blocks are being computed

    out = engine.RasterOutput(str(tmp_path / "copy.tif"), dtype="uint8", nodata=0)
    before = threading.active_count()
    t0 = time.perf_counter()
    with pytest.raises(Cancelled):
        engine.run(lambda b: engine.BlockResult([b.data[0][0]], AreaAccumulator(grid, zs).parts(
            b.row0, b.col0, b.data[0][0], b.mask)), [raster], [out], block_shape=(512, 6000), threads=2,
            progress=progress, is_cancelled=flag.is_set)
    stopped = time.perf_counter()
    assert started, "no block finished before the cancel"
    assert stopped - t0 < 60
    assert stopped - (started[0] + 0.05) < 2.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lc.tif"]
    time.sleep(0.2)
    assert threading.active_count() <= before


def test_a_cancel_requested_during_the_only_block_still_commits_nothing(tmp_path):
    """With one block (single-thread path) a cancel asked for while it runs raises and writes no output."""
    from osgeo import gdal
    grid = Grid(40, 30, (790000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), _wkt("EPSG:32718"))
    path = str(tmp_path / "one.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 40, 30, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    ds.GetRasterBand(1).WriteArray(np.ones((30, 40), dtype="uint8"))
    ds = None
    flag = []

    def kernel(block):
        flag.append(1)
        return [block.data[0][0]]

    out = engine.RasterOutput(str(tmp_path / "out.tif"), dtype="uint8", nodata=0)
    with pytest.raises(Cancelled):
        engine.run(kernel, [RasterInput(path)], [out], is_cancelled=lambda: bool(flag))
    assert flag == [1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.tif"]
    assert class_areas(RasterInput(path)).total(ALL_ZONES)[1] == pytest.approx(1200 * 0.09, rel=1e-2)
