"""Per-unit percentiles: identical to np.percentile on whole arrays, whatever the blocks, threads and budgets."""
import tracemalloc

import numpy as np
import pytest
from helpers import write_raster

from t2_monitor_plugin.core import percentiles as pc
from t2_monitor_plugin.core.errors import GridMismatchError, InputError
from t2_monitor_plugin.core.rasters import RasterInput

ND = -32768


def reference_means(stack, nodata=ND):
    """Mean of the valid values of each pixel, summed band by band (the documented definition)."""
    stack = np.asarray(stack)
    valid = (stack != nodata) & np.isfinite(stack)
    total = np.zeros(stack.shape[1:])
    n = np.zeros(stack.shape[1:], int)
    for b in range(stack.shape[0]):
        total += np.where(valid[b], stack[b], 0)
        n += valid[b]
    mean = np.zeros_like(total)
    np.divide(total, n, out=mean, where=n > 0)
    return mean, n > 0


def reference(stack, units, q, unit_nodata=-1, nodata=ND):
    mean, has = reference_means(stack, nodata)
    keep = has & (units != unit_nodata)
    m, u = mean[keep], units[keep]
    return {int(x): float(np.percentile(m[u == x], q)) for x in np.unique(u)}


@pytest.fixture
def small_budgets(monkeypatch):
    """Tiny budgets so that every refinement path (histogram, collection, several levels) is taken."""
    monkeypatch.setattr(pc, "COLLECT_VALUES", 40)
    monkeypatch.setattr(pc, "HIST_CELLS", 64)


def random_case(rng, bands=3, shape=(150, 131), units=60):
    vals = rng.integers(-40, 40, size=(bands,) + shape).astype("int16")   # many ties, negative values
    vals[rng.random(vals.shape) < 0.15] = ND                               # nodata gaps
    vals[:, :5, :5] = ND                                                   # pixels without any valid year
    u = rng.integers(0, units, size=shape).astype("int32") * 7 - 100      # arbitrary, negative ids
    u[rng.random(shape) < 0.05] = -1                                       # no unit
    u[10, 10], u[20, 30], u[-1, -1] = 5000, 5001, 5002                     # units of one pixel
    return vals, u


def test_rank_arithmetic_is_numpys():
    rng = np.random.default_rng(7)
    for n in range(1, 60):
        values = np.sort(rng.normal(size=n) * 10.0 ** rng.integers(-3, 4))
        for q in (0, 1e-9, 10, 25, 33.3, 50, 66.7, 90, 95, 99.999, 100, rng.uniform(0, 100)):
            h, k, k1 = pc.rank_positions(n, q)
            assert pc.interpolate(values[k], values[k1], h, k) == np.percentile(values, q)


@pytest.mark.parametrize("q", [90.0, 50.0, 0.0, 100.0, 12.5])
@pytest.mark.parametrize("block_shape,threads", [((32, 32), 2), ((150, 131), 1), ((7, 131), 2)])
def test_equals_numpy_with_small_budgets(tmp_path, small_budgets, q, block_shape, threads):
    rng = np.random.default_rng(int(q * 10) + block_shape[0])
    vals, units = random_case(rng)
    v = write_raster(tmp_path / "v.tif", vals, nodata=ND)
    u = write_raster(tmp_path / "u.tif", units, nodata=-1)
    result = pc.unit_percentiles_detailed(RasterInput(v), RasterInput(u), q, block_shape=block_shape, threads=threads)
    assert result.as_dict() == reference(vals, units, q)          # exact, not approximately
    assert result.passes >= 3                                      # histogram refinement was needed
    assert result.peak_values <= 40                                # never more values held than the budget


def test_default_budgets_list_of_rasters_and_many_units(tmp_path):
    rng = np.random.default_rng(3)
    vals, units = random_case(rng, bands=4, shape=(120, 140), units=900)
    paths = [RasterInput(write_raster(tmp_path / f"y{b}.tif", vals[b], nodata=ND)) for b in range(4)]
    u = RasterInput(write_raster(tmp_path / "u.tif", units, nodata=-1))
    got = pc.unit_percentiles(paths, u, 90.0, block_shape=(25, 40))
    assert got == reference(vals, units, 90.0)
    assert len(got) > 900


def test_float_values_with_nan_and_nodata(tmp_path):
    rng = np.random.default_rng(11)
    vals = rng.normal(0.5, 0.3, size=(5, 90, 70)).astype("float32")
    vals[rng.random(vals.shape) < 0.1] = np.nan
    vals[rng.random(vals.shape) < 0.1] = -9999
    units = rng.integers(1, 9, size=(90, 70)).astype("int16")
    v = write_raster(tmp_path / "v.tif", vals, nodata=-9999)
    u = write_raster(tmp_path / "u.tif", units, nodata=0)
    got = pc.unit_percentiles(RasterInput(v), RasterInput(u), 90.0, block_shape=(16, 70), threads=2)
    assert got == reference(vals, units, 90.0, unit_nodata=0, nodata=-9999)


def test_pooled_samples_without_mean(tmp_path, small_budgets):
    rng = np.random.default_rng(5)
    vals, units = random_case(rng, bands=2, shape=(60, 50), units=12)
    v = write_raster(tmp_path / "v.tif", vals, nodata=ND)
    u = write_raster(tmp_path / "u.tif", units, nodata=-1)
    got = pc.unit_percentiles(RasterInput(v), RasterInput(u), 75.0, mean_of_bands=False, block_shape=(16, 16))
    expected = {}
    for x in np.unique(units[units != -1]):
        pooled = np.concatenate([vals[b][(units == x) & (vals[b] != ND)] for b in range(2)]).astype(float)
        if pooled.size:
            expected[int(x)] = float(np.percentile(pooled, 75.0))
    assert got == expected


def test_units_without_values_and_float_ids(tmp_path):
    vals = np.full((2, 20, 20), 100, "int16")
    vals[:, :, 15:] = ND
    units = np.ones((20, 20), "float32")
    units[:, 15:] = 2.0                       # unit 2 only where there is no value
    v = write_raster(tmp_path / "v.tif", vals, nodata=ND)
    u = write_raster(tmp_path / "u.tif", units, nodata=-1)
    result = pc.unit_percentiles_detailed(RasterInput(v), RasterInput(u), 90.0, block_shape=(8, 8))
    assert result.as_dict() == {1: 100.0} and result.empty_units == [2]
    units[3, 3] = 1.5
    bad = write_raster(tmp_path / "bad.tif", units, nodata=-1)
    with pytest.raises(InputError, match="not whole numbers .*1.5"):
        pc.unit_percentiles(RasterInput(v), RasterInput(bad, "units"), 90.0)


def test_grid_mismatch_and_bad_percentile(tmp_path):
    v = write_raster(tmp_path / "v.tif", np.ones((10, 10), "int16"), nodata=ND)
    u = write_raster(tmp_path / "u.tif", np.ones((10, 12), "int16"), nodata=ND)
    with pytest.raises(GridMismatchError, match="size"):
        pc.unit_percentiles(RasterInput(v), RasterInput(u))
    with pytest.raises(InputError, match="between 0 and 100"):
        pc.unit_percentiles(RasterInput(v), RasterInput(v), 120)


def _peak_run(tmp_path, rows):
    """Unit 1: all of a rows x 1990 band equal to 5000 but 300 pixels; unit 2: 10 columns all equal."""
    shape = (rows, 2000)
    vals = np.full(shape, 5000, "int16")
    units = np.ones(shape, "int16")
    units[:, 1990:] = 2
    rng = np.random.default_rng(2)
    r, c = rng.integers(0, rows, 300), rng.integers(0, 1990, 300)
    vals[r[:150], c[:150]] = rng.integers(-100, 100, 150)
    vals[r[150:], c[150:]] = rng.integers(6000, 7000, 150)
    v = write_raster(tmp_path / f"v{rows}.tif", vals, nodata=ND)
    u = write_raster(tmp_path / f"u{rows}.tif", units, nodata=ND)
    tracemalloc.start()
    try:
        result = pc.unit_percentiles_detailed(RasterInput(v), RasterInput(u), 90.0, block_shape=(64, 2000),
                                             threads=1)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    ref_unit1 = np.percentile(vals[units == 1].astype(float), 90.0)
    assert result.as_dict() == {1: ref_unit1, 2: 5000.0} and ref_unit1 == 5000.0
    assert result.count.tolist() == [rows * 1990, rows * 10]
    return result, peak


def test_millions_of_identical_values_stay_bounded(tmp_path):
    """Unit 2 (all equal) is answered by its min == max; unit 1 (6 million values, all equal but 300) by one
    histogram bin whose min == max, so none of its values is collected. The memory peak does not grow with the
    raster (a whole-raster float64 array of the means would take 8 MB for 500 rows and 48 MB for 3000)."""
    small, peak_small = _peak_run(tmp_path, 500)
    big, peak_big = _peak_run(tmp_path, 3000)
    assert small.peak_values <= pc.COLLECT_VALUES           # 995 000 values fit the budget: collected at once
    assert big.count[0] > pc.COLLECT_VALUES                 # too many to collect: refined by histogram
    assert big.peak_values == 0
    assert big.passes == 2                                 # statistics, one histogram
    assert peak_big < 1.2 * peak_small + 2**20, (peak_small, peak_big)
    assert peak_big < 24 * 2**20, f"peak {peak_big / 2**20:.1f} MB"
