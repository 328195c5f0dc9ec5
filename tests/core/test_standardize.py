"""Standardisation functions against their formulas, min-max ranges, tables and metadata."""
import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal

from t2_monitor_plugin.core import standardize as st
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput

X = np.linspace(-5, 25, 61)


def test_formulas():
    y, _ = st.Standardizer(st.SIGMOID_UP, midpoint=10, spread=0.5).apply(X)
    assert y == pytest.approx(1 / (1 + np.exp(-0.5 * (X - 10))), abs=1e-7)
    y, _ = st.Standardizer(st.SIGMOID_DOWN, midpoint=10, spread=0.5).apply(X)
    assert y == pytest.approx(1 / (1 + np.exp(0.5 * (X - 10))), abs=1e-7)
    y, _ = st.Standardizer(st.GAUSSIAN, midpoint=3, spread=4).apply(X)
    assert y == pytest.approx(np.exp(-((X - 3) / 4) ** 2), abs=1e-7)
    y, _ = st.Standardizer(st.FUZZY_LINEAR, points=[(0, 0), (10, 1), (20, 0.5)]).apply(X)
    expected = np.where(X <= 0, 0, np.where(X <= 10, X / 10, np.where(X <= 20, 1 - 0.05 * (X - 10), 0.5)))
    assert y == pytest.approx(expected, abs=1e-7)
    y, _ = st.Standardizer(st.LINEAR_BENEFIT, lo=0, hi=20).apply(X)
    assert y == pytest.approx(np.clip(X / 20, 0, 1), abs=1e-7)
    y, _ = st.Standardizer(st.LINEAR_COST, lo=0, hi=20).apply(X)
    assert y == pytest.approx(np.clip(1 - X / 20, 0, 1), abs=1e-7)


def test_ranges_and_categories():
    y, m = st.Standardizer(st.RANGES, table=[(None, 0, 0.1), (0, 10, 0.5), (10, 20, 1.0)]).apply(X)
    expected = np.where(X <= 0, 0.1, np.where(X <= 10, 0.5, 1.0))
    assert y[m] == pytest.approx(expected[m]) and (~m == (X > 20)).all()
    codes = np.array([1, 2, 3, 4, 2.0])
    y, m = st.Standardizer(st.CATEGORIES, table=[(1, 0.2), (2, 1.0), (4, 0.0)]).apply(codes)
    assert y[m].tolist() == pytest.approx([0.2, 1.0, 0.0, 1.0]) and m.tolist() == [True, True, False, True, True]


def test_parse_points_and_errors():
    assert st.parse_points("0:0; 10:1", "POINTS") == [(0, 0), (10, 1)]
    with pytest.raises(InputError, match="strictly increasing"):
        st.Standardizer(st.FUZZY_LINEAR, points=[(5, 0), (1, 1)]).check("c")
    with pytest.raises(InputError, match="SPREAD greater than 0"):
        st.Standardizer(st.GAUSSIAN, midpoint=1, spread=0).check("c")
    with pytest.raises(InputError, match="between 0 and 1"):
        st.Standardizer(st.CATEGORIES, table=[(1, 2.0)]).check("c")


@pytest.fixture
def criterion(tmp_path):
    x = np.arange(40 * 30, dtype=np.float32).reshape(40, 30) / 10 - 7
    x[0, :5] = -9999
    return x, write_raster(tmp_path / "crit.tif", x, nodata=-9999)


def test_min_max_from_data_and_given(criterion, tmp_path):
    x, path = criterion
    ok = x != -9999
    out = tmp_path / "o.tif"
    res = st.standardize(RasterInput(path), str(out), st.Standardizer(st.LINEAR_BENEFIT), block_shape=(16, 16))
    lo, hi = float(x[ok].min()), float(x[ok].max())
    assert (res.standardizer.lo, res.standardizer.hi) == (lo, hi)
    y = read_raster(out)
    assert y[ok] == pytest.approx((x[ok] - lo) / (hi - lo), abs=1e-6)
    assert (y[~ok] == st.NODATA).all()
    md = gdal.Open(str(out)).GetMetadata()
    assert md["T2M_STANDARDIZE_METHOD"] == "linear benefit (min-max)" and float(md["T2M_STANDARDIZE_MAX"]) == hi
    st.standardize(RasterInput(path), str(out), st.Standardizer(st.LINEAR_COST, lo=0, hi=50), block_shape=(16, 16))
    assert read_raster(out)[ok] == pytest.approx(np.clip((50 - x[ok]) / 50, 0, 1), abs=1e-6)


def test_zero_range_refused_and_nothing_written(tmp_path):
    path = write_raster(tmp_path / "flat.tif", np.full((20, 20), 3.0, dtype=np.float32), nodata=-9999)
    out = tmp_path / "o.tif"
    with pytest.raises(InputError, match="no range to standardise"):
        st.standardize(RasterInput(path), str(out), st.Standardizer(st.LINEAR_BENEFIT))
    assert not out.exists()


def test_unmapped_codes_counted(tmp_path):
    codes = np.array([[1, 2, 3], [3, 9, 0]], dtype=np.int16)
    path = write_raster(tmp_path / "c.tif", codes, nodata=0)
    out = tmp_path / "o.tif"
    res = st.standardize(RasterInput(path), str(out), st.Standardizer(st.CATEGORIES, table=[(1, 0.0), (2, 1.0),
                                                                                              (3, 0.5)]))
    assert res.unmapped_pixels == 1 and res.unmapped_values == [9.0]
    assert read_raster(out).tolist() == [[0.0, 1.0, 0.5], [0.5, st.NODATA, st.NODATA]]
    assert gdal.Open(str(out)).GetMetadataItem("T2M_STANDARDIZE_TABLE") == "1,0; 2,1; 3,0.5"
