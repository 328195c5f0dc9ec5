"""t2monitor:landproductivity equals the four algorithms run one after the other, on the sample region."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA


@pytest.fixture
def sample(sample_dir):
    return {"ndvi": os.path.join(sample_dir, "ndvi_2001_2023.tif"),
            "units": os.path.join(sample_dir, "land_units.tif"),
            "sites": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
            "lc2000": os.path.join(sample_dir, "landcover_2000.tif"),
            "lc2015": os.path.join(sample_dir, "landcover_2015.tif")}


def test_one_step_equals_the_chain(sample, tmp_path, t2_provider):
    common = {"INPUT": [sample["ndvi"]], "FIRST_YEAR": 2001}
    res = processing.run("t2monitor:landproductivity", {
        **common, "START_YEAR": 2001, "END_YEAR": 2015, "LAND_UNITS": sample["units"],
        "OUTPUT": str(tmp_path / "lpd.tif"), "OUTPUT_3CLASS": str(tmp_path / "lpd3.tif"),
        "TRAJECTORY": str(tmp_path / "traj_kept.tif")})
    assert set(res) >= {"OUTPUT", "OUTPUT_3CLASS", "TRAJECTORY"}
    assert sorted(os.listdir(tmp_path)) == sorted(["lpd.tif", "lpd3.tif", "traj_kept.tif", "lpd.qml", "lpd3.qml",
                                                   "traj_kept.qml"])
    traj = processing.run("t2monitor:productivitytrajectory", {
        **common, "START_YEAR": 2001, "END_YEAR": 2015, "OUTPUT": str(tmp_path / "traj.tif"),
        "SLOPE": "TEMPORARY_OUTPUT"})["OUTPUT"]
    state = processing.run("t2monitor:productivitystate", {
        **common, "BASELINE_START": 2001, "BASELINE_END": 2012, "RECENT_START": 2013, "RECENT_END": 2015,
        "OUTPUT": str(tmp_path / "state.tif")})["OUTPUT"]
    perf = processing.run("t2monitor:productivityperformance", {
        **common, "START_YEAR": 2001, "END_YEAR": 2015, "LAND_UNITS": sample["units"],
        "OUTPUT": str(tmp_path / "perf.tif"), "UNIT_STATS": "memory:"})["OUTPUT"]
    lpd = processing.run("t2monitor:productivitydynamics", {
        "TRAJECTORY": traj, "STATE": state, "PERFORMANCE": perf, "OUTPUT": str(tmp_path / "lpd_chain.tif")})
    one_step = read_raster(res["OUTPUT"])
    np.testing.assert_array_equal(one_step, read_raster(lpd["OUTPUT"]))
    np.testing.assert_array_equal(read_raster(res["TRAJECTORY"]), read_raster(traj))
    three = read_raster(res["OUTPUT_3CLASS"])
    lookup = {1: -1, 2: -1, 3: 0, 4: 0, 5: 1, NODATA: NODATA}
    np.testing.assert_array_equal(three, np.vectorize(lookup.get)(one_step))
    # the sample's story: cleared forest (tree in 2000, crop or grass in 2015) declines; kept forest shows a
    # significant decline (LPD 1) only about as often as the test's false-positive rate (alpha / 2 = 2.5 %)
    lc0, lc1 = read_raster(sample["lc2000"]), read_raster(sample["lc2015"])
    cleared = (lc0 == 1) & np.isin(lc1, (2, 3))
    kept = (lc0 == 1) & (lc1 == 1)
    assert np.isin(one_step[cleared], (1, 2)).mean() > 0.75
    assert (one_step[kept] == 1).mean() < 0.03
    assert (one_step[cleared] == 1).mean() > 10 * (one_step[kept] == 1).mean()


def test_bad_periods(sample, tmp_path, t2_provider):
    base = {"INPUT": [sample["ndvi"]], "FIRST_YEAR": 2001, "LAND_UNITS": sample["units"],
            "OUTPUT": str(tmp_path / "lpd.tif")}
    for extra, message in (({"START_YEAR": 2001, "END_YEAR": 2030}, "outside the years"),
                           ({"START_YEAR": 2010, "END_YEAR": 2013, "MIN_YEARS": 3, "RECENT_YEARS": 4},
                            "leaves no year for the state baseline"),
                           ({"LAND_UNITS": None}, "Give the land units")):
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("t2monitor:landproductivity", {**base, **extra})
        assert not os.path.exists(tmp_path / "lpd.tif")


def test_class_outputs_and_deprecated_threshold_keys(tmp_path, t2_provider):
    """The LPD class pixels and areas add up; the 0.1.0 threshold keys give the same layers as the new ones."""
    rng = np.random.default_rng(7)
    trend = np.linspace(-0.3, 0.3, 40)[np.newaxis, :, np.newaxis] * np.arange(12)[:, np.newaxis, np.newaxis] / 11
    ndvi = (5000 + 10000 * trend + rng.normal(0, 400, (12, 40, 40))).astype("int16")
    gt = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)      # EPSG:3035, 1 ha pixels
    stack = write_raster(tmp_path / "ndvi.tif", ndvi, nodata=NODATA, geotransform=gt, epsg=3035)
    units = write_raster(tmp_path / "units.tif", (np.arange(40)[:, np.newaxis] // 20 + np.zeros((40, 40))).astype(
        "int16") + 1, nodata=NODATA, geotransform=gt, epsg=3035)
    base = {"INPUT": [stack], "FIRST_YEAR": 2001, "LAND_UNITS": units, "PERFORMANCE": "TEMPORARY_OUTPUT",
            "STATE": "TEMPORARY_OUTPUT"}
    new = processing.run("t2monitor:landproductivity", {
        **base, "STATE_THRESHOLD_CLASSES": 3, "PERFORMANCE_THRESHOLD_RATIO": 0.9, "OUTPUT": str(tmp_path / "new.tif")})
    old = processing.run("t2monitor:landproductivity", {
        **base, "STATE_THRESHOLD": 3, "PERFORMANCE_THRESHOLD": 0.9, "OUTPUT": str(tmp_path / "old.tif")})
    default = processing.run("t2monitor:landproductivity", {**base, "OUTPUT": str(tmp_path / "default.tif")})
    lpd = read_raster(new["OUTPUT"])
    np.testing.assert_array_equal(read_raster(old["OUTPUT"]), lpd)
    for key in ("STATE", "PERFORMANCE"):
        np.testing.assert_array_equal(read_raster(old[key]), read_raster(new[key]))
        assert (read_raster(new[key]) != read_raster(default[key])).any(), key
    for code, key in enumerate(("DECLINING", "MODERATE_DECLINE", "STRESSED", "STABLE", "INCREASING"), start=1):
        assert new[f"{key}_PIXELS"] == (lpd == code).sum()
        assert new[f"{key}_HA"] == pytest.approx((lpd == code).sum(), rel=1e-6)
    assert sum(new[f"{k}_PIXELS"] for k in ("DECLINING", "MODERATE_DECLINE", "STRESSED", "STABLE",
                                            "INCREASING")) == 1600
