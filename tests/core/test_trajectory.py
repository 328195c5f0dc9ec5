"""Trajectory: Mann-Kendall and Sen's slope against pymannkendall, class codes, the raster run, and YearStack."""
import math

import numpy as np
import pymannkendall as pmk
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from scipy.stats import norm

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.timeseries import YearStack, band_scaling
from t2_monitor_plugin.core.trajectory import (
    classify,
    erfc,
    mann_kendall,
    run_trajectory,
    sens_slope,
    trend_statistics,
    two_sided_p,
)

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels


def _random_series(rng, years, count, gap_share):
    """Series mixing trends, noise levels, rounding (ties) and gaps (NaN)."""
    t = np.arange(years)[:, None]
    trend = rng.normal(0, 0.3, count) * rng.choice([0, 1], count)
    x = trend * t + rng.normal(0, 1, (years, count)) * rng.choice([0.3, 1, 3], count)
    rounded = rng.random(count) < 0.5
    x[:, rounded] = np.round(x[:, rounded])  # many ties
    x[:, rng.random(count) < 0.05] = 2.0  # constant series
    valid = rng.random((years, count)) >= gap_share
    return x, valid


@pytest.mark.parametrize("years,gap_share", [(23, 0.0), (23, 0.15), (8, 0.1)])
def test_statistics_match_pymannkendall(years, gap_share):
    rng = np.random.default_rng(years * 100 + int(gap_share * 100))
    count = 900
    x, valid = _random_series(rng, years, count, gap_share)
    mk, slope = trend_statistics(x, valid, np.arange(2001, 2001 + years))
    compared = 0
    for k in range(count):
        if valid[:, k].sum() < 3:
            continue
        series = np.where(valid[:, k], x[:, k], np.nan)  # pymannkendall skips NaN; its slope keeps the positions
        ref = pmk.original_test(series)
        assert mk.n[k] == valid[:, k].sum()
        assert mk.s[k] == ref.s
        assert mk.var_s[k] == pytest.approx(ref.var_s, rel=1e-12)
        assert mk.z[k] == pytest.approx(ref.z, rel=1e-12, abs=1e-12)
        assert abs(mk.p[k] - ref.p) < 1e-7
        if mk.z[k] != 0:
            assert mk.p[k] == pytest.approx(2 * norm.sf(abs(ref.z)), rel=1e-10)
        assert slope[k] == pytest.approx(ref.slope, rel=1e-12, abs=1e-14)
        compared += 1
    assert compared > 800


def test_public_functions_and_uneven_years():
    rng = np.random.default_rng(7)
    years = np.array([2000, 2001, 2003, 2004, 2008, 2010, 2011, 2015, 2016, 2020])
    x = rng.integers(0, 6, (10, 300)).astype(float)  # heavy ties
    valid = rng.random((10, 300)) > 0.2
    mk = mann_kendall(x, valid)
    slope = sens_slope(x, valid, years)
    for k in range(300):
        v = valid[:, k]
        xs, ys = x[v, k], years[v]
        n = len(xs)
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
        s = sum(np.sign(xs[j] - xs[i]) for i, j in pairs)
        _, ties = np.unique(xs, return_counts=True)
        var = (n * (n - 1) * (2 * n + 5) - (ties * (ties - 1) * (2 * ties + 5)).sum()) / 18
        assert mk.s[k] == s and mk.var_s[k] == pytest.approx(var)
        if n >= 2:
            assert slope[k] == np.median([(xs[j] - xs[i]) / (ys[j] - ys[i]) for i, j in pairs])
        else:
            assert np.isnan(slope[k]) and mk.z[k] == 0 and mk.p[k] == 1


def test_erfc_and_p():
    x = np.linspace(0, 25, 20001)
    ref = np.array([math.erfc(v) for v in x])
    assert np.max(np.abs(erfc(x) - ref) / ref) < 5e-13
    z = np.linspace(-8, 8, 3201)
    assert np.allclose(two_sided_p(z), 2 * norm.sf(np.abs(z)), rtol=1e-11, atol=0)


def test_class_codes():
    t = np.arange(12.0)
    series = {
        "up": (t, 1), "down": (-t, -1), "flat": (np.zeros(12), 0), "zigzag": (np.tile([0.0, 1.0], 6), 0),
        "noisy_up": (t + np.array([0, 3, -2, 1, 0, 2, -1, 0, 3, -3, 1, 0]), 1),
        "step_down": (np.r_[np.full(6, 5.0), np.full(6, 4.0)], -1),
    }
    x = np.stack([s for s, _ in series.values()], axis=1)
    mk = mann_kendall(x, np.ones_like(x, bool))
    assert classify(mk, 0.05).tolist() == [c for _, c in series.values()]
    # the alpha boundary: p <= alpha is significant, whatever the sign
    for k in range(x.shape[1]):
        p = mk.p[k]
        sub = type(mk)(*(a[k:k + 1] for a in (mk.s, mk.var_s, mk.z, mk.p, mk.n)))
        if 0 < p < 1:
            assert classify(sub, p)[0] == np.sign(mk.z[k])
            assert classify(sub, p * (1 - 1e-9))[0] == 0


def _stack(tmp_path, rng, shape=(37, 41), years=14, scale=0.0001, gaps=0.1):
    rows, cols = shape
    trend = rng.normal(0, 40, (rows, cols))
    data = (5000 + trend[None] * np.arange(years)[:, None, None]
            + rng.normal(0, 200, (years, rows, cols))).round().astype("int16")
    data[rng.random(data.shape) < gaps] = NODATA
    data[:, :3, :3] = NODATA  # no valid year
    data[: years - 4, 5, 5] = NODATA  # too few valid years
    path = write_raster(tmp_path / "ndvi.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    if scale is not None:
        ds = gdal.Open(path, gdal.GA_Update)
        for b in range(1, years + 1):
            ds.GetRasterBand(b).SetScale(scale)
            ds.GetRasterBand(b).SetOffset(0.0)
        ds = None
    return path, data


def _outputs(tmp_path, tag):
    return [RasterOutput(str(tmp_path / f"{name}_{tag}.tif"), dtype, NODATA)
            for name, dtype in (("cls", "int16"), ("slope", "float32"), ("z", "float32"), ("p", "float32"))]


def test_run_matches_pixelwise_and_is_split_independent(tmp_path):
    rng = np.random.default_rng(11)
    path, data = _stack(tmp_path, rng)
    years = list(range(2001, 2015))
    results = []
    for tag, opts in (("a", {"block_shape": (256, 256), "threads": 1}), ("b", {"block_shape": (5, 7), "threads": 2}),
                      ("c", {"block_shape": (16, 9), "threads": 2})):
        outs = _outputs(tmp_path, tag)
        summary = run_trajectory([RasterInput(path)], years, *outs, min_years=8, **opts)
        results.append([read_raster(o.path) for o in outs])
    for other in results[1:]:
        for a, b in zip(results[0], other):
            np.testing.assert_array_equal(a, b)
    cls, slope, z, p = results[0]
    valid = data != NODATA
    nvalid = valid.sum(axis=0)
    assert (cls[nvalid < 8] == NODATA).all() and (slope[nvalid < 8] == NODATA).all()
    assert summary.too_few == np.count_nonzero((nvalid < 8) & (nvalid > 0))
    assert summary.no_data == np.count_nonzero(nvalid == 0)
    assert sum(summary.counts.values()) == np.count_nonzero(nvalid >= 8)
    checked = 0
    for r, c in zip(*np.nonzero(nvalid >= 8)):
        if (r * 41 + c) % 7:
            continue
        series = np.where(valid[:, r, c], data[:, r, c] * 0.0001, np.nan)
        ref = pmk.original_test(series, alpha=0.05)
        expected = 0 if not ref.h else (1 if ref.z > 0 else -1)
        assert cls[r, c] == expected
        assert slope[r, c] == pytest.approx(ref.slope, rel=1e-6)  # NDVI units per year (scale applied)
        assert z[r, c] == pytest.approx(ref.z, rel=1e-6, abs=1e-6)
        assert p[r, c] == pytest.approx(ref.p, rel=1e-6, abs=1e-7)
        checked += 1
    assert checked > 150
    assert {-1, 0, 1} <= set(np.unique(cls).tolist())


def test_list_of_single_band_files_equals_multiband(tmp_path):
    rng = np.random.default_rng(5)
    path, data = _stack(tmp_path, rng, shape=(12, 10), years=11, scale=None)
    singles = [RasterInput(write_raster(tmp_path / f"y{2001 + i}.tif", data[i], nodata=NODATA, geotransform=GT,
                                        epsg=3035)) for i in range(11)]
    years = list(range(2001, 2012))
    a, b = _outputs(tmp_path, "multi"), _outputs(tmp_path, "single")
    run_trajectory([RasterInput(path)], years, *a, min_years=5)
    run_trajectory(singles, years, *b, min_years=5)
    for x, y in zip(a, b):
        np.testing.assert_array_equal(read_raster(x.path), read_raster(y.path))


def test_per_band_scales_convert_values(tmp_path):
    data = np.stack([np.full((3, 3), 10 + i, "int16") for i in range(10)])
    path = write_raster(tmp_path / "mixed.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    ds = gdal.Open(path, gdal.GA_Update)
    for b in range(1, 11):
        ds.GetRasterBand(b).SetScale(0.5 if b % 2 else 0.25)  # different scales: values are converted band by band
    ds = None
    scaling = band_scaling([RasterInput(path)])
    assert scaling.per_band
    out = RasterOutput(str(tmp_path / "c.tif"), "int16", NODATA)
    slope = RasterOutput(str(tmp_path / "s.tif"), "float32", NODATA)
    run_trajectory([RasterInput(path)], list(range(2001, 2011)), out, slope, min_years=5)
    values = np.array([(10 + i) * (0.5 if (i + 1) % 2 else 0.25) for i in range(10)])
    expected = pmk.original_test(values)
    assert read_raster(slope.path)[0, 0] == pytest.approx(expected.slope, rel=1e-6)


def test_errors_leave_no_output(tmp_path):
    data = np.full((10, 4, 4), NODATA, "int16")
    empty = write_raster(tmp_path / "empty.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    out = RasterOutput(str(tmp_path / "t.tif"), "int16", NODATA)
    with pytest.raises(InputError, match="empty.tif has no valid value"):
        run_trajectory([RasterInput(empty)], list(range(2001, 2011)), out, min_years=5)
    data[:4] = 5000  # 4 valid years everywhere
    sparse = write_raster(tmp_path / "sparse.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match="No pixel of sparse.tif has at least 5 valid years"):
        run_trajectory([RasterInput(sparse)], list(range(2001, 2011)), out, min_years=5)
    with pytest.raises(InputError, match="10 band"):
        run_trajectory([RasterInput(sparse)], list(range(2001, 2010)), out, min_years=5)
    with pytest.raises(InputError, match="ALPHA"):
        run_trajectory([RasterInput(sparse)], list(range(2001, 2011)), out, alpha=1.5)
    with pytest.raises(InputError, match="needs at least 12 years"):
        run_trajectory([RasterInput(sparse)], list(range(2001, 2011)), out, min_years=12)
    assert not list(tmp_path.glob("t*.tif")) and not list(tmp_path.glob(".t*"))


# YearStack -----------------------------------------------------------------------------------------------------------

def _named(tmp_path, name, bands, names=None):
    path = write_raster(tmp_path / name, np.zeros((bands, 2, 2), "int16"), geotransform=GT, epsg=3035)
    if names:
        ds = gdal.Open(path, gdal.GA_Update)
        for b, text in enumerate(names, start=1):
            ds.GetRasterBand(b).SetDescription(text)
        ds = None
    return path


def test_year_stack_years_periods_and_inputs(tmp_path):
    a = _named(tmp_path, "a.tif", 3, ["2005", "2006", "2007"])
    b = _named(tmp_path, "b.tif", 1)
    c = _named(tmp_path, "c.tif", 2)
    stack = YearStack.open([a, (b, "layer b"), c])
    assert (stack.first_year, stack.last_year, stack.band_count) == (2005, 2010, 6)
    assert not stack.warnings
    inputs, years = stack.inputs(range(2006, 2010))
    assert years == [2006, 2007, 2008, 2009]
    assert [(i.name, i.bands, i.mask) for i in inputs] == [("a.tif", [2, 3], "none"), ("layer b", [1], "none"),
                                                            ("c.tif", [1], "none")]
    assert stack.period(None, None, "P") == (2005, 2010)
    assert stack.period(2007, None, "P") == (2007, 2010)
    with pytest.raises(InputError, match=r"2004-2008 \(START, END\) is outside the years of a.tif"):
        stack.period(2004, 2008, "START, END")
    with pytest.raises(InputError, match="starts after it ends"):
        stack.period(2009, 2008, "P")
    with pytest.raises(InputError, match="at least 10 are needed"):
        stack.period(None, None, "P", min_years=10)
    with pytest.raises(InputError, match="2011"):
        stack.inputs([2011])
    # given first year wins over band names, with a warning
    stack = YearStack.open([a], first_year=2001)
    assert stack.first_year == 2001 and "named 2005" in stack.warnings[0][0].format(**stack.warnings[0][1])


def test_year_stack_first_year_detection(tmp_path):
    assert YearStack.open([_named(tmp_path, "ndvi_2013.tif", 1)]).first_year == 2013
    with pytest.raises(InputError, match="FIRST_YEAR"):
        YearStack.open([_named(tmp_path, "ndvi.tif", 3)])
    with pytest.raises(InputError, match="No raster"):
        YearStack([])


def test_float_input_with_nan_and_infinity_as_gaps(tmp_path):
    rng = np.random.default_rng(8)
    data = (0.6 + 0.01 * np.arange(12)[:, None, None] + rng.normal(0, 0.02, (12, 5, 5))).astype("float32")
    data[3, 0, 0], data[4, 0, 1], data[5, 0, 2] = np.nan, np.inf, -np.inf
    path = write_raster(tmp_path / "f.tif", data, geotransform=GT, epsg=3035)
    outs = _outputs(tmp_path, "f")
    run_trajectory([RasterInput(path)], list(range(2001, 2013)), *outs, min_years=8)
    slope = read_raster(outs[1].path)
    for c in range(3):
        series = data[:, 0, c].astype(float)
        series[~np.isfinite(series)] = np.nan
        assert slope[0, c] == pytest.approx(pmk.original_test(series).slope, rel=1e-5)
