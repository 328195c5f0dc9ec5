"""The count-first area accumulator against independent per-pixel computations.

Every path of :class:`AreaAccumulator` (equal-area counts, geographic row counts, projected lattice segments,
projected pixel weights with zones, ranked sparse codes) is checked two ways: against per-pixel geodesic areas
(pyproj, one polygon per pixel) and per-pixel zone coverage (shapely), to 1 ppm; and against the per-pixel sum
``PixelAreas.block x coverage`` (the accumulation used before), to float rounding.
"""
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyproj
import pytest
from osgeo import osr
from shapely.geometry import Polygon, box

from t2_monitor_plugin.core import zonal
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.zonal import AreaAccumulator
from t2_monitor_plugin.core.zones import ZoneSet


def _wkt(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    return srs.ExportToWkt()


GRIDS = {
    "utm": ("EPSG:32718", (790000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0)),  # far from the central meridian
    "geographic": ("EPSG:4326", (-70.0, 0.0003, 0.0, -12.0, 0.0, -0.0003)),
    "equal_area": ("EPSG:6933", (-7000000.0, 250.0, 0.0, -1500000.0, 0.0, -250.0)),
    "mercator": ("EPSG:3857", (-7800000.0, 40.0, 0.0, -1300000.0, 0.0, -40.0)),
}


def _grid(kind, rows=90, cols=130):
    code, gt = GRIDS[kind]
    return Grid(cols, rows, gt, _wkt(code))


def _geodesic_pixel_areas(grid):
    """Area of every pixel as a geodesic polygon (pyproj.Geod, edges densified in the grid CRS)."""
    geod = pyproj.Geod(ellps="WGS84")
    to_ll = pyproj.Transformer.from_crs(grid.srs.ExportToWkt(), "EPSG:4326", always_xy=True)
    gt = grid.geotransform
    t = np.linspace(0.0, 1.0, 5)[:-1]
    ring_c = np.r_[t, np.ones(4), 1 - t, np.zeros(4)]
    ring_r = np.r_[np.zeros(4), t, np.ones(4), 1 - t]
    out = np.empty((grid.height, grid.width))
    for r in range(grid.height):
        for c in range(grid.width):
            x = gt[0] + (c + ring_c) * gt[1]
            y = gt[3] + (r + ring_r) * gt[5]
            lon, lat = to_ll.transform(x, y)
            out[r, c] = abs(geod.polygon_area_perimeter(lon, lat)[0])
    return out


def _pixel_coverage(grid, polygon):
    gt = grid.geotransform
    cov = np.zeros((grid.height, grid.width))
    pix_area = abs(gt[1] * gt[5])
    for r in range(grid.height):
        for c in range(grid.width):
            x0, y0 = gt[0] + c * gt[1], gt[3] + r * gt[5]
            cell = box(x0, y0 + gt[5], x0 + gt[1], y0)
            cov[r, c] = cell.intersection(polygon).area / pix_area
    return cov


def _classes(shape, seed, low=1, high=13, nodata_share=0.07, dtype="int16"):
    rng = np.random.default_rng(seed)
    coarse = rng.integers(low, high, size=(shape[0] // 6 + 1, shape[1] // 6 + 1))
    codes = np.kron(coarse, np.ones((6, 6), dtype=int))[:shape[0], :shape[1]]
    noise = rng.random(shape) < 0.1
    codes[noise] = rng.integers(low, high, size=int(noise.sum()))
    valid = rng.random(shape) > nodata_share
    codes = codes.astype(dtype)
    codes[~valid] = -9999 if np.dtype(dtype).kind == "i" else 0
    return codes, valid


def _run(acc, codes, valid, block=(32, 48), threads=1):
    rows, cols = codes.shape
    windows = [(r, c, min(block[0], rows - r), min(block[1], cols - c))
               for r in range(0, rows, block[0]) for c in range(0, cols, block[1])]

    def one(w):
        r, c, h, wd = w
        return acc.parts(r, c, codes[r:r + h, c:c + wd], valid[r:r + h, c:c + wd])

    if threads == 1:
        results = [one(w) for w in windows]
    else:
        with ThreadPoolExecutor(threads) as pool:
            results = list(pool.map(one, windows))
    for parts in results:
        acc.add(parts)
    return {zone: (classes, nodata) for _, zone, classes, nodata in acc.groups()}


def _expected(codes, valid, areas, weight=None):
    w = areas if weight is None else areas * weight
    classes = {int(c): float(w[valid & (codes == c)].sum()) for c in np.unique(codes[valid])
               if weight is None or w[valid & (codes == c)].sum() > 0}
    return classes, float(w[~valid].sum())


def _assert_close(got, want, rel):
    classes, nodata = got
    want_classes, want_nodata = want
    assert set(classes) == set(want_classes)
    for code, m2 in want_classes.items():
        assert classes[code] == pytest.approx(m2, rel=rel), code
    assert nodata == pytest.approx(want_nodata, rel=rel, abs=1e-6)


@pytest.mark.parametrize("kind", ["utm", "geographic", "equal_area", "mercator"])
def test_class_areas_match_per_pixel_geodesic_areas(kind):
    grid = _grid(kind)
    codes, valid = _classes((grid.height, grid.width), 3)
    got = _run(AreaAccumulator(grid), codes, valid)
    truth = _geodesic_pixel_areas(grid)
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, truth), rel=1e-6)
    # and the per-pixel sums of the interpolated areas (the accumulation used before), to rounding
    per_pixel = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, per_pixel), rel=1e-12)


@pytest.mark.parametrize("kind", ["utm", "geographic", "equal_area"])
def test_zone_areas_match_per_pixel_coverage(kind):
    grid = _grid(kind, rows=60, cols=80)
    gt = grid.geotransform
    px, py = gt[1], gt[5]

    def poly(points):
        return Polygon([(gt[0] + c * px, gt[3] + r * py) for c, r in points])

    a = poly([(3.3, 2.7), (50.2, 5.1), (44.6, 41.8), (7.9, 52.4)])
    b = poly([(30.5, 20.2), (78.4, 18.9), (85.0, 70.0), (35.1, 57.7)])  # overlaps a, leaves the raster
    inner = poly([(10, 10), (20, 10), (20, 20), (10, 20)])  # pixel-aligned, inside a: only full pixels
    zones = ZoneSet.from_wkb([("a", a.wkb), ("b", b.wkb), ("inner", inner.wkb)], grid.crs_wkt, grid)
    codes, valid = _classes((grid.height, grid.width), 5)
    got = _run(AreaAccumulator(grid, zones), codes, valid, block=(16, 32), threads=2)
    truth = _geodesic_pixel_areas(grid)
    per_pixel = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, truth), rel=1e-6)
    for name, shape in (("a", a), ("b", b), ("inner", inner)):
        cov = _pixel_coverage(grid, shape)
        _assert_close(got[name], _expected(codes, valid, truth, cov), rel=1e-6)
        i = zones.names.index(name)
        exact = np.zeros_like(cov)
        exact[:] = zones.coverage(i, 0, 0, grid.height, grid.width)
        _assert_close(got[name], _expected(codes, valid, per_pixel, exact), rel=1e-12)


def test_threads_and_block_shapes_give_the_same_sums():
    grid = _grid("utm", rows=200, cols=300)
    codes, valid = _classes((grid.height, grid.width), 8)
    ref = _run(AreaAccumulator(grid), codes, valid, block=(200, 300))[zonal.ALL_ZONES]
    for block, threads in [((32, 64), 2), ((1, 300), 1), ((57, 41), 2)]:
        _assert_close(_run(AreaAccumulator(grid), codes, valid, block, threads)[zonal.ALL_ZONES], ref, rel=1e-12)


def test_strips_smaller_than_blocks(monkeypatch):
    monkeypatch.setattr(zonal, "CHUNK_PIXELS", 100)  # many strips per block, last one shorter
    grid = _grid("utm", rows=70, cols=90)
    codes, valid = _classes((grid.height, grid.width), 9)
    per_pixel = PixelAreas(grid).block(0, 0, grid.height, grid.width)
    got = _run(AreaAccumulator(grid), codes, valid, block=(70, 90))
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, per_pixel), rel=1e-12)


@pytest.mark.parametrize("kind", ["utm", "geographic"])
def test_sparse_wide_codes_use_the_sorted_reduction(kind):
    grid = _grid(kind, rows=40, cols=50)
    rng = np.random.default_rng(1)
    codes = rng.choice(np.array([-2_000_000_000, 7, 123_456_789, 2_000_000_000]), size=(40, 50)).astype("int64")
    valid = rng.random((40, 50)) > 0.1
    per_pixel = PixelAreas(grid).block(0, 0, 40, 50)
    got = _run(AreaAccumulator(grid), codes, valid, block=(20, 25))
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, per_pixel), rel=1e-12)


def test_codes_below_the_first_blocks_codes_and_next_to_nodata():
    """Later blocks with lower codes, including lo - 1 (the nodata index of the first offset), are counted."""
    grid = _grid("utm", rows=40, cols=40)
    codes = np.full((40, 40), 50, dtype="int16")
    codes[20:, :] = 49  # lo - 1 of the first block
    codes[30:, :10] = -3
    codes[35:, 35:] = 32767
    valid = np.ones((40, 40), dtype=bool)
    valid[::7, ::3] = False
    per_pixel = PixelAreas(grid).block(0, 0, 40, 40)
    got = _run(AreaAccumulator(grid), codes, valid, block=(20, 40))
    _assert_close(got[zonal.ALL_ZONES], _expected(codes, valid, per_pixel), rel=1e-12)


@pytest.mark.parametrize("dtype", ["uint8", "float32", "bool", "int32"])
def test_other_code_types(dtype):
    grid = _grid("geographic", rows=30, cols=40)
    codes, valid = _classes((30, 40), 4, low=0, high=2 if dtype == "bool" else 9, dtype="int16")
    codes = np.where(valid, codes, 0).astype(dtype)
    per_pixel = PixelAreas(grid).block(0, 0, 30, 40)
    got = _run(AreaAccumulator(grid), codes, valid, block=(16, 16))
    _assert_close(got[zonal.ALL_ZONES], _expected(codes.astype(int), valid, per_pixel), rel=1e-12)


def test_all_nodata_block_and_empty_block():
    grid = _grid("utm", rows=10, cols=10)
    acc = AreaAccumulator(grid)
    parts = acc.parts(0, 0, np.zeros((10, 10), dtype="int16"), np.zeros((10, 10), dtype=bool))
    assert parts[None][0] == {}
    assert parts[None][1] == pytest.approx(PixelAreas(grid).block(0, 0, 10, 10).sum(), rel=1e-12)
    assert acc.parts(0, 0, np.zeros((0, 10), dtype="int16"), np.zeros((0, 10), dtype=bool))[None] == ({}, 0.0)


def test_lattice_built_in_chunks_equals_whole(monkeypatch):
    from t2_monitor_plugin.core import areas as areas_mod

    grid = Grid(3000, 2000, (790000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), _wkt("EPSG:32718"))
    whole = PixelAreas(grid).block(0, 0, 2000, 3000)
    monkeypatch.setattr(areas_mod, "LATTICE_CHUNK_NODES", 7)  # one lattice row (or part of one) at a time
    np.testing.assert_array_equal(PixelAreas(grid).block(0, 0, 2000, 3000), whole)


@pytest.mark.parametrize("kind", ["utm", "geographic", "equal_area"])
@pytest.mark.parametrize("dtype", ["uint8", "int8", "uint16", "int16"])
def test_extreme_codes_of_small_integer_types(kind, dtype):
    """The narrow class index (16/32 bits) of 8/16-bit codes holds the type's extremes, with nodata on either side
    and the key groups of the row/segment layouts (codes 0 and 255 of uint8: code - lo + 1 = 256)."""
    info = np.iinfo(dtype)
    grid = _grid(kind, rows=36, cols=44)
    rng = np.random.default_rng(7)
    picks = np.array([info.min, info.min + 1, 0, 1, 5, info.max - 1, info.max])
    if dtype == "uint16":
        picks = np.array([0, 1, 5, 200, 254])  # a narrow range: the cheap bound settles K
    codes = rng.choice(picks, size=(36, 44)).astype(dtype)
    valid = rng.random((36, 44)) > 0.15
    per_pixel = PixelAreas(grid).block(0, 0, 36, 44)
    got = _run(AreaAccumulator(grid), codes, valid, block=(12, 44))
    _assert_close(got[zonal.ALL_ZONES], _expected(codes.astype(int), valid, per_pixel), rel=1e-12)
