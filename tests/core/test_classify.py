"""Priority classes: breaks against numpy and a brute-force optimal partition, the pixel sample, raster runs."""
import itertools

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core import classify
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput


def brute_force_breaks(x, n):
    x = np.sort(x)
    best, best_cuts = np.inf, None
    for cuts in itertools.combinations(range(1, x.size), n - 1):
        parts = np.split(x, cuts)
        ssd = sum(((p - p.mean()) ** 2).sum() for p in parts)
        if ssd < best - 1e-12:
            best, best_cuts = ssd, cuts
    return [float(x[c]) for c in best_cuts]  # a break is the smallest value of the class above it


@pytest.mark.parametrize("seed,n", [(1, 3), (2, 4), (3, 2), (4, 5)])
def test_jenks_matches_brute_force(seed, n):
    x = np.random.default_rng(seed).gamma(2.0, 1.0, 14)
    assert classify.jenks_breaks(x, n) == pytest.approx(brute_force_breaks(x, n))


def test_jenks_obvious_groups():
    x = [1, 2, 3, 10, 11, 12, 30, 31]
    assert classify.jenks_breaks(x, 3) == [10.0, 30.0]
    assert classify.classify(np.array(x), [10.0, 30.0]).tolist() == [1, 1, 1, 2, 2, 2, 3, 3]


def test_quantile_and_equal_interval_against_numpy():
    x = np.random.default_rng(5).random(1001)
    assert classify.quantile_breaks(x, 4) == pytest.approx(np.quantile(x, [0.25, 0.5, 0.75]))
    assert classify.equal_interval_breaks(0.0, 2.0, 4) == pytest.approx([0.5, 1.0, 1.5])


def test_classify_value_on_break_goes_up():
    """The shared rule of core/breaks.py (it used to be upper bounds inclusive: 0.25 -> class 1)."""
    cls = classify.classify(np.array([0.0, 0.25, 0.26, 0.5, 0.9]), [0.25, 0.5, 0.75])
    assert cls.tolist() == [1, 2, 2, 3, 4]


def test_manual_breaks_and_labels():
    assert classify.parse_breaks("0.2, 0.4;0.9", "BREAKS") == [0.2, 0.4, 0.9]
    with pytest.raises(InputError, match="strictly increasing"):
        classify.parse_breaks("0.5,0.2", "BREAKS")
    assert classify.labels_for("low,medium,high,very high", 3, "LABELS") == ["class 1", "class 2", "class 3"]
    with pytest.raises(InputError, match="2 labels were given for 3 classes"):
        classify.labels_for("a,b", 3, "LABELS")


def test_pixel_sample_independent_of_blocks():
    rng = np.random.default_rng(0)
    values = rng.random((1, 40, 50))
    valid = rng.random((40, 50)) > 0.2

    def collect(shape):
        s = classify.PixelSample(100, 7, 50)
        for r in range(0, 40, shape[0]):
            for c in range(0, 50, shape[1]):
                s.add(s.part(r, c, valid[r:r + shape[0], c:c + shape[1]],
                             values[:, r:r + shape[0], c:c + shape[1]]))
        return s

    a, b = collect((40, 50)), collect((7, 13))
    assert np.array_equal(a.sorted_values(), b.sorted_values())
    assert a.count == valid.sum() and a.sorted_values().shape == (100, 1)
    assert not np.array_equal(classify.PixelSample(100, 8, 50).part(0, 0, valid, values)[1], a.sorted_values())


def test_raster_quantile_exact_on_small_raster(tmp_path):
    x = np.random.default_rng(3).random((60, 70)).astype(np.float32)
    x[5:9, :] = -9999
    x[20, 20] = -1  # excluded
    path = write_raster(tmp_path / "s.tif", x, nodata=-9999)
    ok = (x != -9999) & (x != -1)
    breaks = classify.raster_breaks(RasterInput(path), classify.QUANTILE, 4, excluded=-1.0, block_shape=(16, 32))
    assert breaks == pytest.approx(np.quantile(x[ok].astype(np.float64), [0.25, 0.5, 0.75]))
    breaks = classify.raster_breaks(RasterInput(path), classify.EQUAL_INTERVAL, 5, excluded=-1.0,
                                    block_shape=(16, 32))
    lo, hi = float(x[ok].min()), float(x[ok].max())
    assert breaks == pytest.approx([lo + k * (hi - lo) / 5 for k in range(1, 5)])
    out = tmp_path / "c.tif"
    classify.classify_raster(RasterInput(path), breaks, str(out), excluded=-1.0, block_shape=(16, 32))
    cls = read_raster(out)
    expected = np.searchsorted(breaks, x, side="left") + 1
    assert np.array_equal(cls[ok], expected[ok])
    assert cls[20, 20] == 0 and (cls[5:9] == -32768).all()


def test_legend_for_n_classes():
    template = '<qgis><colorPalette>\n<paletteEntry value="1"/></colorPalette></qgis>'
    qml = classify.legend_qml(template, ["a", "b & c", "d"])
    assert qml.count("<paletteEntry") == 4 and 'label="b &amp; c"' in qml and 'value="3"' in qml
