"""Weight sensitivity: weight sets, determinism, and the table against separate overlay + classes runs."""
import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core import classify
from t2_monitor_plugin.core import overlay as ov
from t2_monitor_plugin.core import sensitivity as sens
from t2_monitor_plugin.core.errors import InputError

PIXEL_HA = 0.09


@pytest.fixture
def crits(tmp_path):
    rng = np.random.default_rng(4)
    crit = rng.random((3, 30, 40)).astype(np.float32)
    crit[1, 0:2, :] = -9999
    paths = [write_raster(tmp_path / f"c{i}.tif", crit[i], nodata=-9999) for i in range(3)]
    excl = np.zeros((30, 40), dtype=np.uint8)
    excl[10:15, 5:9] = 1
    epath = write_raster(tmp_path / "e.tif", excl)
    return crit, ov.criteria_inputs([(p, f"c{i}") for i, p in enumerate(paths)]), \
        ov.exclusion_inputs([(epath, "e")]), excl


def test_weight_sets():
    w, desc = sens.weight_sets([0.5, 0.3, 0.2], 20, 5, 1)
    assert w.shape == (1 + 6 + 5, 3) and np.allclose(w.sum(axis=1), 1)
    v = np.array([0.5 * 0.8, 0.3, 0.2])
    assert w[1] == pytest.approx(v / v.sum()) and desc[2] == ("one-at-a-time", 0, 20.0)
    assert np.array_equal(w, sens.weight_sets([0.5, 0.3, 0.2], 20, 5, 1)[0])
    ratio = w[7:] / w[0]
    spread = ratio / ratio.sum(axis=1, keepdims=True) * 3
    assert (spread > 0.8 / 1.2 - 1e-9).all() and (spread < 1.2 / 0.8 + 1e-9).all()
    with pytest.raises(InputError, match="CHANGE_PCT"):
        sens.weight_sets([1, 1], 100, 5, 1)


@pytest.mark.parametrize("method", [classify.EQUAL_INTERVAL, classify.QUANTILE, classify.JENKS])
def test_table_matches_overlay_and_classes(crits, tmp_path, method):
    crit, cin, ein, excl = crits
    out = tmp_path / "share.tif"
    res = sens.sensitivity(cin, [3, 2, 1], str(out), runs=6, seed=3, method=method, classes=4, sample_size=300,
                           exclusion_rasters=ein, block_shape=(16, 16))
    valid = (crit != -9999).all(axis=0)
    ok = valid & (excl == 0)
    tops = []
    for r in range(len(res.weights)):
        s = ov.weighted_sum(crit, res.weights[r])
        if method == classify.EQUAL_INTERVAL:
            b = classify.equal_interval_breaks(float(s[ok].min()), float(s[ok].max()), 4)
            assert res.breaks[r] == pytest.approx(b, abs=1e-5)
        top = ok & (s > np.float32(res.breaks[r][-1]))
        tops.append(top)
        assert res.top_ha[r] == pytest.approx(top.sum() * PIXEL_HA, rel=1e-3)
    if method == classify.QUANTILE:  # the sample holds every pixel here: exact quantiles
        s0 = np.tensordot(res.weights[0], crit, axes=1)[ok]
        assert res.breaks[0] == pytest.approx(np.quantile(s0, [0.25, 0.5, 0.75]), abs=1e-5)
    share = read_raster(out)
    expected = np.mean(tops[7:], axis=0)
    assert share[ok] == pytest.approx(expected[ok], abs=1e-6)
    assert (share[excl > 0] == -1).all() and (share[~valid & (excl == 0)] == -9999).all()
    base = res.top_ha[0]
    oat = [r for r in res.rows if r[0] == "one-at-a-time"]
    assert [r[1] for r in oat] == ["c0", "c0", "c1", "c1", "c2", "c2"]
    assert [r[4] for r in oat] == pytest.approx(res.top_ha[1:7])
    assert [r[5] for r in oat] == pytest.approx(res.top_ha[1:7] - base)
    mean = [r for r in res.rows if r[0] == "monte carlo mean"][0]
    assert mean[4] == pytest.approx(res.top_ha[7:].mean())
    again = sens.sensitivity(cin, [3, 2, 1], str(tmp_path / "b.tif"), runs=6, seed=3, method=method, classes=4,
                             sample_size=300, exclusion_rasters=ein, block_shape=(8, 40))
    assert np.array_equal(read_raster(tmp_path / "b.tif"), share)
    assert again.top_ha == pytest.approx(res.top_ha, rel=1e-12)


def test_manual_breaks(crits, tmp_path):
    crit, cin, ein, excl = crits
    res = sens.sensitivity(cin, [1, 1, 1], str(tmp_path / "s.tif"), runs=3, method=classify.MANUAL,
                           manual=[0.3, 0.5, 0.7])
    s = np.tensordot(res.weights[0].astype(np.float32), crit, axes=1)
    valid = (crit != -9999).all(axis=0)
    assert res.top_ha[0] == pytest.approx((valid & (s > 0.7)).sum() * PIXEL_HA, rel=1e-3)
