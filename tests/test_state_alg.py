"""t2monitor:productivitystate through processing.run: the sample story, default periods, and bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException
from test_trajectory_alg import sample_masks

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
PCT = [10, 20, 30, 40, 50, 60, 70, 80, 90]


def test_sample_state_defaults(sample_dir, tmp_path, t2_provider):
    ndvi = os.path.join(sample_dir, "ndvi_2001_2023.tif")
    out, change = str(tmp_path / "state.tif"), str(tmp_path / "change.tif")
    res = processing.run("t2monitor:productivitystate", {"INPUT": [ndvi], "OUTPUT": out, "CHANGE": change})
    state, diff = read_raster(out), read_raster(change)
    ok = state != NODATA
    assert ((diff != NODATA) == ok).all() and diff[ok].min() >= -9 and diff[ok].max() <= 9
    assert (state[ok] == np.where(diff[ok] <= -2, -1, np.where(diff[ok] >= 2, 1, 0))).all()
    assert res["DEGRADED_PIXELS"] + res["STABLE_PIXELS"] + res["IMPROVED_PIXELS"] == np.count_nonzero(ok)
    # defaults: baseline 2001-2020 against the recent 2021-2023; forest cleared from 2019 on drops sharply
    cleared, sites, _ = sample_masks(sample_dir, cleared_between=(2019, 2023))
    assert cleared.sum() > 3000 and (state[cleared & ok] == -1).mean() > 0.85
    inside, outside = (state[sites & ok] == 1).mean(), (state[~sites & ok] == 1).mean()
    assert inside > 0.5 and inside > 1.8 * outside
    # pixels one by one with numpy (deciles of the baseline years' valid values; lower class on a cut)
    data = read_raster(ndvi).astype(float)
    valid = data != NODATA
    rows, cols = np.nonzero(ok)
    for i in np.random.default_rng(1).choice(len(rows), 200, replace=False):
        r, c = rows[i], cols[i]
        base = data[:20, r, c][valid[:20, r, c]]
        recent = data[20:, r, c][valid[20:, r, c]]
        cuts = np.percentile(base, PCT)
        expected = np.digitize(recent.mean(), cuts, right=True) - np.digitize(base.mean(), cuts, right=True)
        assert diff[r, c] == expected
    assert os.path.exists(str(tmp_path / "state.qml")) and os.path.exists(str(tmp_path / "change.qml"))


def test_periods_given(tmp_path, t2_provider):
    rng = np.random.default_rng(3)
    data = (6000 + rng.normal(0, 200, (15, 5, 6))).astype("int16")
    data[12:, :, :3] -= 1000
    stack = write_raster(tmp_path / "s.tif", data, nodata=NODATA, geotransform=GT, epsg=3035)
    out = str(tmp_path / "o.tif")
    processing.run("t2monitor:productivitystate", {
        "INPUT": [stack], "FIRST_YEAR": 2000, "BASELINE_START": 2002, "BASELINE_END": 2010, "RECENT_START": 2012,
        "RECENT_END": 2013, "THRESHOLD": 3, "OUTPUT": out, "CHANGE": str(tmp_path / "c.tif")})
    got, change = read_raster(out), read_raster(tmp_path / "c.tif")
    for r in range(5):
        for c in range(6):
            base, recent = data[2:11, r, c].astype(float), data[12:14, r, c].astype(float)
            cuts = np.percentile(base, PCT)
            d = np.digitize(recent.mean(), cuts, right=True) - np.digitize(base.mean(), cuts, right=True)
            assert change[r, c] == d and got[r, c] == (-1 if d <= -3 else 1 if d >= 3 else 0)
    assert (got[:, :3] == -1).all()


@pytest.mark.parametrize("params,message", [
    ({"BASELINE_START": 2001, "BASELINE_END": 2009, "RECENT_START": 2008}, "must start after the baseline period"),
    ({"RECENT_START": 2009, "RECENT_END": 2014}, r"2009-2014 \(RECENT_START, RECENT_END\) is outside the years of "
                                                 r"short, which has 10 band"),
    ({"BASELINE_START": 2005}, r"baseline period 2005-2007 has 3 band\(s\) but at least 5"),
    ({"RECENT_START": 2001, "RECENT_END": 2003}, "no year left for the baseline"),
])
def test_bad_periods(tmp_path, t2_provider, params, message):
    stack = write_raster(tmp_path / "short.tif", np.full((10, 3, 3), 5000, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    out = str(tmp_path / "o.tif")
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("t2monitor:productivitystate", {"INPUT": [stack], "FIRST_YEAR": 2001, **params,
                                                       "OUTPUT": out})
    assert not os.path.exists(out) and not [f for f in os.listdir(tmp_path) if f.startswith(".")]


def test_all_nodata_layer(tmp_path, t2_provider):
    empty = write_raster(tmp_path / "ndvi_2001.tif", np.full((8, 3, 3), NODATA, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    with pytest.raises(QgsProcessingException, match="ndvi_2001 has no valid value"):
        processing.run("t2monitor:productivitystate", {"INPUT": [empty], "FIRST_YEAR": 2001,
                                                       "OUTPUT": str(tmp_path / "o.tif")})
