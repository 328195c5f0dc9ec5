"""The many-zone paths (all zones of a block at once: :func:`zone_cover.block_layout` in strips, its
``weighted_sums`` / ``covered_at_least``, the array sums of :mod:`zonal_sums`, the class-area rows built from arrays)
against the per-zone path (one dense :meth:`ZoneSet.coverage` per zone) on a few hundred random polygons with
overlaps, holes, multi-polygons, pixel-aligned boxes and polygons reaching beyond the raster."""
import numpy as np
import pytest
import shapely
from osgeo import osr
from shapely.geometry import Polygon
from shapely.geometry import box as sbox

from t2_monitor_plugin.core import zonal_sums, zone_cover
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.classareas import NODATA_LABEL, class_areas
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.zonal import ALL_ZONES, AreaAccumulator
from t2_monitor_plugin.core.zones import ZoneSet


def _wkt(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    return srs.ExportToWkt()


UTM = Grid(160, 120, (790000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), _wkt("EPSG:32718"))
GEO = Grid(160, 120, (-70.0, 0.0003, 0.0, -12.0, 0.0, -0.0003), _wkt("EPSG:4326"))


def _zones(grid, count=300, seed=7, whole=True):
    rng = np.random.default_rng(seed)
    gt = grid.geotransform
    items = []
    for k in range(count):
        cx, cy = rng.uniform(-10, grid.width + 10), rng.uniform(-10, grid.height + 10)
        r = rng.uniform(0.6, 18)
        n = int(rng.integers(3, 10))
        ang = np.sort(rng.uniform(0, 2 * np.pi, n))
        rad = r * rng.uniform(0.35, 1.0, n)
        shape = Polygon([(cx + a * np.cos(t), cy + a * np.sin(t)) for a, t in zip(rad, ang)]).buffer(0)
        if k % 4 == 1 and r > 3:  # a hole
            shape = shape.difference(sbox(cx - r / 5, cy - r / 5, cx + r / 6, cy + r / 6))
        if k % 6 == 2:  # a second part
            shape = shape.union(sbox(cx + 25, cy - 1, cx + 27.5, cy + 1.75))
        if k % 9 == 4:  # pixel-aligned
            shape = sbox(np.floor(cx), np.floor(cy), np.floor(cx) + 5, np.floor(cy) + 3)
        if shape.is_empty:
            continue
        placed = shapely.transform(shape, lambda xy: np.column_stack([gt[0] + xy[:, 0] * gt[1],
                                                                      gt[3] + xy[:, 1] * gt[5]]))
        items.append((f"z{k}", placed.wkb))
    # the same zone value twice (unioned) and a zone over the whole raster
    items.append(("z1", sbox(gt[0], gt[3] - 20 * abs(gt[5]), gt[0] + 20 * gt[1], gt[3]).wkb))
    px = lambda c, r: (gt[0] + c * gt[1], gt[3] + r * gt[5])  # noqa: E731 - pixel to map coordinates
    (x0, y1), (x1, y0) = px(30.5, 40), px(44.5, 52)  # half-covered pixel columns: coverage exactly 0.5
    items.append(("half", sbox(x0, y0, x1, y1).wkb))
    if whole:
        items.append(("all", sbox(gt[0], gt[3] + grid.height * gt[5], gt[0] + grid.width * gt[1], gt[3]).wkb))
    return ZoneSet.from_wkb(items, grid.crs_wkt, grid)


def _dense(zs, grid):
    """Dense coverage of every zone over the whole grid (None when it covers nothing): the per-zone path."""
    return [zs.coverage(i, 0, 0, grid.height, grid.width) for i in range(len(zs))]


@pytest.fixture(scope="module", params=["utm", "geographic"])
def case(request):
    grid = UTM if request.param == "utm" else GEO
    zs = _zones(grid)
    rng = np.random.default_rng(5)
    codes = rng.integers(1, 12, size=(grid.height, grid.width)).astype("int16")
    valid = rng.random(codes.shape) > 0.04
    return grid, zs, _dense(zs, grid), codes, valid


def test_there_are_a_few_hundred_overlapping_zones(case):
    grid, zs, dense, _, _ = case
    on = [c for c in dense if c is not None]
    assert len(zs) >= 280 and len(on) >= 200
    stacked = np.sum([c for c in on], axis=0)
    assert stacked.max() > 3  # overlaps
    assert any(((c > 0) & (c < 1)).any() for c in on)  # boundary pixels


@pytest.mark.parametrize("layout_pixels", [2**19, 997, 160])  # one strip, several strips, one row per strip
def test_block_layout_in_strips_equals_dense_coverage(case, monkeypatch, layout_pixels):
    grid, zs, dense, _, _ = case
    monkeypatch.setattr(zone_cover, "LAYOUT_PIXELS", layout_pixels)
    for r0, c0, h, w in [(0, 0, grid.height, grid.width), (13, 21, 57, 101)]:
        labels, local, (col, pix, cov) = zone_cover.block_layout(zs, r0, c0, h, w)
        got = np.zeros((len(zs), h * w))
        if labels is not None:
            lab = labels.ravel()
            for c, i in enumerate(local, 1):
                got[i, lab == c] += 1.0
        np.add.at(got, (np.asarray(local)[col - 1], pix), cov.astype(np.float64))
        for i, full in enumerate(dense):
            want = np.zeros(h * w) if full is None else full[r0:r0 + h, c0:c0 + w].astype(np.float64).ravel()
            np.testing.assert_allclose(got[i], want, rtol=0, atol=1e-6, err_msg=zs.names[i])
        assert sorted(local) == local


def test_weighted_sums_equal_the_per_zone_path(case):
    grid, zs, dense, codes, valid = case
    area = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    coded = np.where(valid & (codes <= 4), area, 0.0)
    for r0, c0, h, w in [(0, 0, grid.height, grid.width), (40, 30, 50, 77)]:
        wins = [coded[r0:r0 + h, c0:c0 + w], area[r0:r0 + h, c0:c0 + w]]
        local, sums = zone_cover.weighted_sums(zs, r0, c0, wins)
        got = dict(zip(local, sums.T))
        for i, full in enumerate(dense):
            cov = None if full is None else full[r0:r0 + h, c0:c0 + w].astype(np.float64)
            want = [0.0, 0.0] if cov is None else [(cov * x).sum() for x in wins]
            np.testing.assert_allclose(got.get(i, [0.0, 0.0]), want, rtol=1e-10, atol=1e-6)


@pytest.mark.parametrize("kind", ["utm", "geographic"])
def test_covered_share_equals_the_per_zone_path(kind):
    grid = UTM if kind == "utm" else GEO
    zs = _zones(grid, whole=False)
    dense = _dense(zs, grid)
    half = dense[zs.names.index("half")]
    assert np.count_nonzero(half == 0.5) == 2 * 12  # pixels at exactly the threshold
    for r0, c0, h, w in [(0, 0, grid.height, grid.width), (40, 30, 50, 77)]:
        mask = np.zeros((h, w), dtype=bool)
        for full in dense:
            if full is not None:
                mask |= full[r0:r0 + h, c0:c0 + w] >= 0.5
        assert 0.1 < mask.mean() < 0.9
        assert np.array_equal(zone_cover.covered_at_least(zs, r0, c0, h, w, 0.5), mask)
        per_zone = zone_cover.pixels_at_least(zs, r0, c0, h, w, 0.5)
        for i, full in enumerate(dense):
            want = np.zeros(0, int) if full is None else np.flatnonzero(full[r0:r0 + h, c0:c0 + w] >= 0.5)
            assert np.array_equal(per_zone.get(i, np.zeros(0, int)), want), zs.names[i]


def _reference_rows(acc_groups):
    """Rows the way the per-zone dicts give them: classes in code order, share of the zone's valid area, then
    the nodata row."""
    rows = []
    for level, zone, classes, nodata in acc_groups:
        valid_m2 = sum(classes.values())
        for cls in sorted(classes):
            rows.append((level, zone, cls, str(cls), classes[cls] / 1e4,
                         classes[cls] / valid_m2 if valid_m2 > 0 else None))
        rows.append((level, zone, None, NODATA_LABEL, nodata / 1e4, None))
    return rows


@pytest.mark.parametrize("merge_entries", [2**21, 50])
def test_zonal_sums_equal_per_zone_dense_sums(case, monkeypatch, merge_entries):
    grid, zs, dense, codes, valid = case
    monkeypatch.setattr(zonal_sums, "MERGE_ENTRIES", merge_entries)  # 50: merged many times on the way
    acc = AreaAccumulator(grid, zs)
    for r in range(0, grid.height, 37):
        for c in range(0, grid.width, 71):
            h, w = min(37, grid.height - r), min(71, grid.width - c)
            acc.add(acc.parts(r, c, codes[r:r + h, c:c + w], valid[r:r + h, c:c + w]))
    area = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    got = {zone: (classes, nodata) for level, zone, classes, nodata in acc.groups() if level == "zone"}
    want_names = {zs.names[i] for i, full in enumerate(dense) if full is not None}
    assert set(got) == want_names
    for i, full in enumerate(dense):
        if full is None:
            continue
        w = area * full.astype(np.float64)
        classes, nodata = got[zs.names[i]]
        want = {int(k): float(w[valid & (codes == k)].sum()) for k in np.unique(codes[valid & (full > 0)])}
        assert set(classes) == set(want), zs.names[i]
        for k, m2 in want.items():
            assert classes[k] == pytest.approx(m2, rel=1e-10, abs=1e-6)
        assert nodata == pytest.approx(float(w[~valid].sum()), rel=1e-10, abs=1e-6)
    total, nodata = next(acc.groups())[2:]
    assert sum(total.values()) == pytest.approx(area[valid].sum(), rel=1e-12)
    assert nodata == pytest.approx(area[~valid].sum(), rel=1e-12)


@pytest.mark.parametrize("chunk", [4096, 7, 1])  # rows built for all zones at once, or a few zones at a time
def test_class_area_rows_from_arrays_equal_rows_from_the_zone_dicts(case, tmp_path, monkeypatch, chunk):
    from t2_monitor_plugin.core import classareas
    monkeypatch.setattr(classareas, "ROW_CHUNK_GROUPS", chunk)
    grid, zs, _, codes, valid = case
    from osgeo import gdal
    path = str(tmp_path / "lc.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, grid.width, grid.height, 1, gdal.GDT_Int16)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-1)
    band.WriteArray(np.where(valid, codes, -1).astype("int16"))
    ds = None
    res = class_areas(RasterInput(path, name="lc"), zs, block_shape=(41, 64))
    acc = AreaAccumulator(grid, zs)
    acc.add(acc.parts(0, 0, codes, valid))
    want = _reference_rows(acc.groups())
    assert [r.as_tuple()[:4] for r in res.rows] == [w[:4] for w in want]
    for row, ref in zip(res.rows, want):
        assert row.area_ha == pytest.approx(ref[4], rel=1e-10, abs=1e-10)
        assert (row.share is None) == (ref[5] is None)
        if ref[5] is not None:
            assert row.share == pytest.approx(ref[5], rel=1e-10, abs=1e-12)
    assert res.rows[0].zone == ALL_ZONES and res.rows[-1].label == NODATA_LABEL


def test_pixel_areas_at_equals_block_for_block_and_scattered_pixels():
    pa = PixelAreas(Grid(3000, 2500, (300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), _wkt("EPSG:32718")))
    rng = np.random.default_rng(3)
    rows, cols = rng.integers(700, 950, 5000), rng.integers(0, 3000, 5000)
    block = pa.block(700, 0, 250, 3000)
    assert np.array_equal(pa.at(rows, cols), block[rows - 700, cols])  # the same arithmetic as block()
    rows, cols = rng.integers(0, 2500, 3000), rng.integers(0, 3000, 3000)
    want = np.array([pa.block(int(r), int(c), 1, 1)[0, 0] for r, c in zip(rows, cols)])
    np.testing.assert_allclose(pa.at(rows, cols), want, rtol=1e-14)
    assert pa.at(np.zeros(0, int), np.zeros(0, int)).shape == (0,)


def test_codes_beyond_int64_are_merged_as_python_ints():
    sums = zonal_sums.ZoneSums(2)
    big = np.array([2**64 - 1, 2**63, 5], dtype=np.uint64)
    for _ in range(2):
        part = zonal_sums.BlockPart([0, 1])
        part.add_classes(np.array([0, 1, 1]), big, np.array([1.0, 2.0, 3.0]))
        part.add_nodata(np.array([1]), np.array([0.5]))
        sums.add(part)
    assert sums.classes(0) == {2**64 - 1: 2.0}
    assert sums.classes(1) == {5: 6.0, 2**63: 4.0}
    assert sums.nodata.tolist() == [0.0, 0.0, 1.0]
    assert zonal_sums.as_codes(np.array([3.9, -2.5])).tolist() == [3, -2]  # int(code), as the dicts had it
