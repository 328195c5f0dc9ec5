"""State: deciles and classes against numpy, the boundary convention, the raster run and its errors."""
import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.state import change_class, decile_class, decile_cuts, run_state, state_classes

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
PCT = [10, 20, 30, 40, 50, 60, 70, 80, 90]


@pytest.mark.parametrize("kind", ["integers", "floats"])
def test_cuts_are_numpy_percentiles_bit_for_bit(kind):
    rng = np.random.default_rng(1 if kind == "integers" else 2)
    x = rng.integers(0, 12, (15, 5000)).astype(float) if kind == "integers" else rng.normal(0.6, 0.1, (15, 5000))
    valid = rng.random(x.shape) > 0.25
    cuts, n = decile_cuts(x, valid)
    for k in range(x.shape[1]):
        v = x[valid[:, k], k]
        assert n[k] == len(v)
        if len(v):
            np.testing.assert_array_equal(cuts[:, k], np.percentile(v, PCT))
        else:
            assert np.isnan(cuts[:, k]).all()


def test_classes_match_digitize_and_boundary_convention():
    rng = np.random.default_rng(3)
    x = rng.integers(0, 8, (12, 4000)).astype(float)  # many values equal to a cut point
    cuts, _ = decile_cuts(x, np.ones_like(x, bool))
    probe = rng.integers(-1, 9, 4000).astype(float)
    cls = decile_class(probe, cuts)
    expected = [np.digitize(probe[k], cuts[:, k], right=True) + 1 for k in range(4000)]
    assert cls.tolist() == expected
    assert np.any(cuts == probe[None, :])  # the convention was exercised
    # by hand: values 1..10 give cuts 1.9, 2.8, ..., 9.1; the 50 % cut is 5.5
    cuts, _ = decile_cuts(np.arange(1.0, 11.0)[:, None], np.ones((10, 1), bool))
    np.testing.assert_allclose(cuts[:, 0], [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1])
    probes = np.array([1.0, 1.9, 1.9000001, 5.5, 5.6, 9.1, 9.2])
    assert decile_class(probes, np.repeat(cuts, 7, axis=1)).tolist() == [1, 1, 2, 5, 6, 9, 10]
    # a constant baseline: all cuts equal the mean -> class 1; anything above is class 10
    flat, _ = decile_cuts(np.full((8, 1), 0.7), np.ones((8, 1), bool))
    assert decile_class(np.array([0.7]), flat)[0] == 1 and decile_class(np.array([0.71]), flat)[0] == 10


def test_state_classes_brute_force_and_change_codes():
    rng = np.random.default_rng(4)
    years = 18
    x = rng.normal(0.6, 0.05, (years, 3000)) + rng.normal(0, 0.05, 3000) * (np.arange(years)[:, None] > 14)
    valid = rng.random(x.shape) > 0.15
    base_rows, recent_rows = np.arange(years) < 13, np.arange(years) >= 15
    bc, rc, nb, nr = state_classes(x, valid, base_rows, recent_rows)
    for k in range(3000):
        b = x[:13][valid[:13, k], k]
        r = x[15:][valid[15:, k], k]
        assert nb[k] == len(b) and nr[k] == len(r)
        if len(b) and len(r):
            cuts = np.percentile(b, PCT)
            assert bc[k] == np.digitize(np.mean(b), cuts, right=True) + 1
            assert rc[k] == np.digitize(np.mean(r), cuts, right=True) + 1
    change = np.arange(-9, 10)
    assert change_class(change, 2).tolist() == [-1] * 8 + [0] * 3 + [1] * 8
    assert change_class(change, 4).tolist() == [-1] * 6 + [0] * 7 + [1] * 6


def _stack(tmp_path, rng, shape=(30, 26), years=20):
    data = (6000 + rng.normal(0, 300, (years,) + shape)).round().astype("int16")
    data[15:, :, :10] -= 900  # recent decline in the west
    data[15:, :, -8:] += 900  # recent gain in the east
    data[rng.random(data.shape) < 0.1] = NODATA
    data[:, 0, :4] = NODATA  # no valid year
    data[:12, 2, 2] = NODATA  # too few baseline years
    path = write_raster(tmp_path / "ndvi.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    ds = gdal.Open(path, gdal.GA_Update)
    for b in range(1, years + 1):
        ds.GetRasterBand(b).SetScale(0.0001)
    ds = None
    return path, data


def test_run_state_matches_brute_force_and_is_split_independent(tmp_path):
    rng = np.random.default_rng(9)
    path, data = _stack(tmp_path, rng)
    years = list(range(2001, 2021))
    got = []
    for tag, opts in (("a", {"threads": 1}), ("b", {"block_shape": (7, 5), "threads": 2}),
                      ("c", {"block_shape": (11, 13), "threads": 2})):
        outs = [RasterOutput(str(tmp_path / f"{n}_{tag}.tif"), "int16", NODATA) for n in ("state", "change")]
        summary = run_state([RasterInput(path)], years, (2001, 2012), (2016, 2020), *outs, min_years=5, **opts)
        got.append([read_raster(o.path) for o in outs])
    for other in got[1:]:
        np.testing.assert_array_equal(got[0][0], other[0])
        np.testing.assert_array_equal(got[0][1], other[1])
    state, change = got[0]
    valid = data != NODATA
    for r in range(data.shape[1]):
        for c in range(data.shape[2]):
            b = data[:12, r, c][valid[:12, r, c]] * 0.0001
            rec = data[15:, r, c][valid[15:, r, c]] * 0.0001
            if len(b) < 5 or not len(rec):
                assert state[r, c] == NODATA and change[r, c] == NODATA
                continue
            cuts = np.percentile(b, PCT)
            diff = (np.digitize(rec.mean(), cuts, right=True) - np.digitize(b.mean(), cuts, right=True))
            assert change[r, c] == diff
            assert state[r, c] == (-1 if diff <= -2 else 1 if diff >= 2 else 0)
    assert (state[1:, :10][state[1:, :10] != NODATA] == -1).mean() > 0.9
    assert (state[:, -8:][state[:, -8:] != NODATA] == 1).mean() > 0.9
    assert summary.counts[-1] == np.count_nonzero(state == -1) and summary.counts[1] == np.count_nonzero(state == 1)
    assert summary.no_data == 4 and summary.too_few >= 1


def test_run_state_errors(tmp_path):
    rng = np.random.default_rng(2)
    path, _ = _stack(tmp_path, rng, shape=(4, 4), years=10)
    inp = [RasterInput(path)]
    years = list(range(2001, 2011))
    out = RasterOutput(str(tmp_path / "s.tif"), "int16", NODATA)
    cases = [
        (((2001, 2008), (2008, 2010)), {}, "must start after the baseline period 2001-2008 ends"),
        (((2001, 2005), (2009, 2012)), {}, r"recent period 2009-2012 is outside the years of ndvi.tif \(2001-2010\)"),
        (((1999, 2005), (2008, 2010)), {}, "baseline period 1999-2005 is outside"),
        (((2001, 2003), (2008, 2010)), {}, "baseline period 2001-2003 has 3 band"),
        (((2001, 2007), (2008, 2010)), {"threshold": 0}, "THRESHOLD"),
        (((2005, 2001), (2008, 2010)), {}, "starts after it ends"),
    ]
    for (baseline, recent), kw, message in cases:
        with pytest.raises(InputError, match=message):
            run_state(inp, years, baseline, recent, out, **kw)
    empty = write_raster(tmp_path / "empty.tif", np.full((10, 3, 3), NODATA, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match="empty.tif has no valid value"):
        run_state([RasterInput(empty)], years, (2001, 2007), (2008, 2010), out)
    assert not list(tmp_path.glob("s*.tif")) and not list(tmp_path.glob(".s*"))
