"""Productivity performance against a brute-force numpy implementation on whole small arrays."""
import os

import numpy as np
import pytest
from helpers import performance_reference as reference
from helpers import read_raster, srs_wkt, write_raster
from osgeo import gdal, ogr, osr

from t2_monitor_plugin.core.errors import GridMismatchError, InputError
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.performance import NOTE_EMPTY, NOTE_NONPOSITIVE, rasterize_units, run_performance
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA

ND = -32768
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels


def _r(path, arr, nodata=ND, gt=GT, scale=None, offset=None):
    path = write_raster(path, arr, nodata=nodata, geotransform=gt, epsg=3035)
    if scale is not None:
        ds = gdal.Open(path, gdal.GA_Update)
        for b in range(ds.RasterCount):
            s = scale[b] if isinstance(scale, (list, tuple)) else scale
            o = offset[b] if isinstance(offset, (list, tuple)) else offset
            ds.GetRasterBand(b + 1).SetScale(s)
            ds.GetRasterBand(b + 1).SetOffset(o)
        ds = None
    return path


def _case(rng, shape=(70, 90), bands=6):
    stack = rng.integers(-300, 9000, size=(bands,) + shape).astype("int16")
    stack[rng.random(stack.shape) < 0.2] = ND
    stack[:, -10:, -10:] = ND                     # no valid year: unit 9 below has no value at all
    units = rng.integers(1, 8, size=shape).astype("int16")
    units[:4] = ND                                # pixels without a land unit
    units[-10:, -10:] = 9
    units[10:20, 0:10] = 8                        # water-like unit: negative index, percentile < 0
    stack[:, 10:20, 0:10] = rng.integers(-900, -100, size=(bands, 10, 10))
    units[5, 15] = 10                             # a unit of one pixel
    stack[0, 5, 15] = 500
    return stack, units


def test_matches_bruteforce_with_gaps_odd_units_and_blocks(tmp_path):
    rng = np.random.default_rng(42)
    stack, units = _case(rng)
    s = RasterInput(_r(tmp_path / "ndvi.tif", stack))
    u = RasterInput(_r(tmp_path / "units.tif", units))
    summary = run_performance([s], list(range(2001, 2007)), u, RasterOutput(str(tmp_path / "out" / "perf.tif")),
                              RasterOutput(str(tmp_path / "out" / "ratio.tif")), block_shape=(16, 32), threads=2)
    cls, ratio, pct = reference(stack, units)
    np.testing.assert_array_equal(read_raster(tmp_path / "out" / "perf.tif"), cls)
    np.testing.assert_array_equal(read_raster(tmp_path / "out" / "ratio.tif"), ratio)
    assert sorted(os.listdir(tmp_path / "out")) == ["perf.tif", "ratio.tif"]        # temporary means removed
    assert summary.empty_units == [9] and summary.nonpositive_units == [8]
    rows = {r[0]: r for r in summary.rows()}
    assert sorted(rows) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    for unit, value in pct.items():
        row = rows[unit]
        assert row[6] == value and row[5] == 90.0
        m = units == unit
        assert row[1] == ((stack[:, m] != ND).any(axis=0)).sum()
        if value > 0:
            assert row[7] == 0.5 * value
            assert row[8] == (cls[m] == -1).sum() and row[9] == pytest.approx(row[8])     # 1 ha pixels
            assert row[2] == pytest.approx(row[1]) and row[11] == ""
    assert rows[8][7] is None and rows[8][11] == NOTE_NONPOSITIVE
    assert rows[9][1] == 0 and rows[9][6] is None and rows[9][11] == NOTE_EMPTY
    assert rows[10][1] == 1 and rows[10][8] == 0                  # its own percentile: ratio 1
    ds = gdal.Open(str(tmp_path / "out" / "perf.tif"))
    assert ds.GetMetadataItem("years") == "2001-2006" and ds.GetRasterBand(1).GetNoDataValue() == NODATA


def test_stack_as_list_mean_raster_and_years(tmp_path):
    rng = np.random.default_rng(1)
    stack, units = _case(rng, shape=(40, 50), bands=4)
    u = RasterInput(_r(tmp_path / "units.tif", units))
    years = [RasterInput(_r(tmp_path / f"y{b}.tif", stack[b])) for b in range(4)]
    run_performance(years, [2010, 2011, 2012, 2013], u, RasterOutput(str(tmp_path / "a.tif")),
                    block_shape=(16, 16))
    cls, _, _ = reference(stack, units)
    np.testing.assert_array_equal(read_raster(tmp_path / "a.tif"), cls)
    valid = stack != ND
    n = valid.sum(axis=0)
    mean = np.where(n > 0, np.where(valid, stack, 0).sum(axis=0) / np.maximum(n, 1), -9999.0)
    m = RasterInput(_r(tmp_path / "mean.tif", mean, nodata=-9999.0))
    steps = []
    run_performance([m], None, u, RasterOutput(str(tmp_path / "b.tif")), percentile=90.0, progress=steps.append)
    assert steps == sorted(steps) and steps[-1] == 1.0 and 0 < steps[0] <= 0.5
    np.testing.assert_array_equal(read_raster(tmp_path / "b.tif"), cls)
    with pytest.raises(InputError, match="3 years were given for 4 band"):
        run_performance(years, [2010, 2011, 2012], u, RasterOutput(str(tmp_path / "c.tif")))
    assert not os.path.exists(tmp_path / "c.tif")


@pytest.mark.parametrize("scale,offset", [(0.0001, 0.0), (0.0001, -0.05), ([0.0001, 0.0001, 0.001], [0.0, 0.1, 0.0])])
def test_band_scale_and_offset(tmp_path, scale, offset):
    rng = np.random.default_rng(9)
    stack, units = _case(rng, shape=(30, 40), bands=3)
    s = RasterInput(_r(tmp_path / "ndvi.tif", stack, scale=scale, offset=offset))
    u = RasterInput(_r(tmp_path / "units.tif", units))
    summary = run_performance([s], None, u, RasterOutput(str(tmp_path / "p.tif")),
                              RasterOutput(str(tmp_path / "r.tif")), percentile=75.0, threshold=0.6)
    cls, ratio, pct = reference(stack, units, 75.0, 0.6, scale=scale, offset=offset)
    np.testing.assert_array_equal(read_raster(tmp_path / "p.tif"), cls)
    np.testing.assert_array_equal(read_raster(tmp_path / "r.tif"), ratio)
    assert summary.percentiles.as_dict() == pct


def test_errors_leave_no_output(tmp_path):
    out = tmp_path / "out"
    stack = np.full((2, 10, 10), -50, "int16")
    s = RasterInput(_r(tmp_path / "neg.tif", stack), "neg")
    u = RasterInput(_r(tmp_path / "units.tif", np.ones((10, 10), "int16")), "units")
    with pytest.raises(InputError, match="No land unit has a positive 90th percentile of neg"):
        run_performance([s], None, u, RasterOutput(str(out / "p.tif")), RasterOutput(str(out / "r.tif")))
    no_units = RasterInput(_r(tmp_path / "none.tif", np.full((10, 10), ND, "int16")), "none")
    with pytest.raises(InputError, match="The raster none holds no data"):
        run_performance([s], None, no_units, RasterOutput(str(out / "p.tif")))
    half = np.full((10, 10), ND, "int16")
    half[:, :5] = 1
    apart = np.where(np.arange(10) < 5, ND, -50).astype("int16") * np.ones((2, 10, 1), "int16")
    with pytest.raises(InputError, match="No pixel of apart has both"):
        run_performance([RasterInput(_r(tmp_path / "apart.tif", apart), "apart")], None,
                        RasterInput(_r(tmp_path / "half.tif", half), "half"), RasterOutput(str(out / "p.tif")))
    with pytest.raises(InputError, match="greater than 0"):
        run_performance([s], None, u, RasterOutput(str(out / "p.tif")), percentile=0)
    with pytest.raises(InputError, match="threshold"):
        run_performance([s], None, u, RasterOutput(str(out / "p.tif")), threshold=-1)
    assert os.listdir(out) == []


def test_units_on_another_grid(tmp_path):
    rng = np.random.default_rng(4)
    stack, _ = _case(rng, shape=(20, 20), bands=2)
    s = RasterInput(_r(tmp_path / "ndvi.tif", stack), "ndvi")
    coarse = np.repeat(np.arange(1, 11, dtype="int16").reshape(10, 1), 10, axis=1)
    gt2 = (GT[0], 200.0, 0.0, GT[3], 0.0, -200.0)
    u = RasterInput(_r(tmp_path / "coarse.tif", coarse, gt=gt2), "coarse", resampling="nearest")
    with pytest.raises(GridMismatchError, match="coarse: .*resolution"):
        run_performance([s], None, u, RasterOutput(str(tmp_path / "p.tif")))
    assert not os.path.exists(tmp_path / "p.tif")
    run_performance([s], None, u, RasterOutput(str(tmp_path / "p.tif")), reference=0)
    fine_units = np.repeat(np.repeat(coarse, 2, axis=0), 2, axis=1)
    cls, _, _ = reference(stack, fine_units)
    np.testing.assert_array_equal(read_raster(tmp_path / "p.tif"), cls)


def _polygon(x0, y0, x1, y1):
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def test_rasterize_units_pixel_centres_overlap_and_reprojection(tmp_path):
    grid = Grid(10, 8, GT, srs_wkt(3035))
    x0, y0 = GT[0], GT[3]
    a = _polygon(x0 + 40, y0 - 360, x0 + 360, y0 - 40)            # contains the centres of rows/cols 0..3
    b = _polygon(x0 + 260, y0 - 760, x0 + 940, y0 - 260)          # rows 3..7, cols 3..8 (overlaps a at 3,3)
    items = [(11, a.ExportToWkb()), (-5, b.ExportToWkb())]
    path = rasterize_units(items, srs_wkt(3035), grid, str(tmp_path / "u.tif"), "units")
    expected = np.full((8, 10), -2147483648, "int32")
    expected[0:4, 0:4] = 11
    expected[3:8, 3:9] = -5                                        # the later feature wins
    np.testing.assert_array_equal(read_raster(path), expected)
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3035)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geo = [(unit, ogr.CreateGeometryFromWkb(w)) for unit, w in items]
    for _, g in geo:
        g.Segmentize(10)
        g.Transform(osr.CoordinateTransformation(src, dst))
    path2 = rasterize_units([(u_, g.ExportToWkb()) for u_, g in geo], dst.ExportToWkt(), grid,
                            str(tmp_path / "u2.tif"), "units")
    np.testing.assert_array_equal(read_raster(path2), expected)
    with pytest.raises(InputError, match="no polygon"):
        rasterize_units([], srs_wkt(3035), grid, str(tmp_path / "u3.tif"), "units")
