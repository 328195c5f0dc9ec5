"""t2monitor:productivitydynamics through processing.run: both modes, presets and custom tables, bad input."""
import itertools
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

ALG = "t2monitor:productivitydynamics"
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)


def _r(path, arr, nodata=NODATA, dtype="int16"):
    return write_raster(path, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=GT, epsg=3035)


def test_components_every_combination(tmp_path, t2_provider):
    combos = list(itertools.product((-1, 0, 1, NODATA), (-1, 0, 1, NODATA), (-1, 0, NODATA)))
    t, s, p = (np.array([c[i] for c in combos], "int16").reshape(6, 8) for i in range(3))
    out, out3 = tmp_path / "lpd.tif", tmp_path / "lpd3.tif"
    processing.run(ALG, {"TRAJECTORY": _r(tmp_path / "t.tif", t), "STATE": _r(tmp_path / "s.tif", s),
                         "PERFORMANCE": _r(tmp_path / "p.tif", p), "OUTPUT": str(out), "OUTPUT_3CLASS": str(out3)})
    # the rules of DOMAIN.md, written as a lookup of the combinations that differ from the trajectory start
    start = {-1: 1, 0: 4, 1: 5}
    overrides = {(0, 0, -1): 3, (1, -1, -1): 2, (0, -1, 0): 2, (0, -1, -1): 1}
    expected = np.array([NODATA if NODATA in c else overrides.get(c, start[c[0]]) for c in combos]).reshape(6, 8)
    np.testing.assert_array_equal(read_raster(out), expected)
    three = {1: -1, 2: -1, 3: 0, 4: 0, 5: 1, NODATA: NODATA}
    np.testing.assert_array_equal(read_raster(out3), np.vectorize(three.get)(expected))
    assert os.path.exists(tmp_path / "lpd.qml") and os.path.exists(tmp_path / "lpd3.qml")


def test_external_map_preset_matrix_and_csv(tmp_path, t2_provider):
    codes = np.array([[1, 2, 3, 4, 5, 0], [5, 4, 3, 2, 1, 255]], "uint8")
    lpd_map = _r(tmp_path / "jrc.tif", codes, nodata=255, dtype="uint8")
    out = tmp_path / "o.tif"
    processing.run(ALG, {"MODE": 1, "EXTERNAL_LPD": lpd_map, "EXTERNAL_PRESET": 0, "OUTPUT": str(out)})
    np.testing.assert_array_equal(read_raster(out), np.where((codes == 0) | (codes == 255), NODATA, codes))
    national = np.array([[10, 20, 30, 40, 50, 99]], "int16")
    nat = _r(tmp_path / "nat.tif", national, nodata=-1)
    processing.run(ALG, {"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_PRESET": 0, "OUTPUT": str(out),
                         "EXTERNAL_TABLE": [10, 5, 20, 4, 30, 3, 40, 2, 50, 1, 99, "nodata"]})
    assert read_raster(out).tolist() == [[5, 4, 3, 2, 1, NODATA]]
    csv = tmp_path / "table.csv"
    csv.write_text("code,lpd\n10,1\n20,1\n30,2\n40,4\n50,5\n99,nodata\n", encoding="utf-8")
    res = processing.run(ALG, {"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_FILE": str(csv), "OUTPUT": str(out)})
    assert read_raster(out).tolist() == [[1, 1, 2, 4, 5, NODATA]]
    assert [res[f"{k}_PIXELS"] for k in ("DECLINING", "MODERATE_DECLINE", "STRESSED", "STABLE", "INCREASING")] == [
        2, 1, 0, 1, 1]
    assert res["DECLINING_HA"] == pytest.approx(2.0) and res["STRESSED_HA"] == 0.0   # 1 ha pixels in EPSG:3035
    old = tmp_path / "o_old.tif"
    processing.run(ALG, {"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_TABLE_FILE": str(csv), "OUTPUT": str(old)})
    np.testing.assert_array_equal(read_raster(old), read_raster(out))   # the 0.1.0 key


def test_bad_input_gives_clear_messages_and_no_output(tmp_path, t2_provider):
    zeros = _r(tmp_path / "z.tif", np.zeros((3, 3)))
    plus = _r(tmp_path / "plus.tif", np.ones((3, 3)))
    other = write_raster(tmp_path / "other.tif", np.zeros((3, 3), "int16"), nodata=NODATA,
                         geotransform=(GT[0], 200.0, 0.0, GT[3], 0.0, -200.0), epsg=3035)
    nat = _r(tmp_path / "nat.tif", np.array([[1, 2, 7], [8, 3, 3], [0, 0, 9]]), nodata=-1)
    out, out3 = tmp_path / "out" / "l.tif", tmp_path / "out" / "l3.tif"
    os.makedirs(out.parent)
    cases = [
        ({"TRAJECTORY": zeros, "STATE": zeros}, "PERFORMANCE not given"),
        ({"MODE": 1}, "needs an LPD map"),
        ({"TRAJECTORY": zeros, "STATE": zeros, "PERFORMANCE": plus}, r"plus: 1\)"),
        ({"TRAJECTORY": zeros, "STATE": other, "PERFORMANCE": zeros}, "not on the same grid"),
        ({"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_PRESET": 0}, "holds codes 7, 8, 9 that the reclassification"),
        ({"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_TABLE": [1, 1, 2, 9]}, "mapped to 9"),
        ({"MODE": 1, "EXTERNAL_LPD": nat, "EXTERNAL_TABLE": [1, 1, 2]}, "not a whole number of rows"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run(ALG, {**params, "OUTPUT": str(out), "OUTPUT_3CLASS": str(out3)})
        assert os.listdir(out.parent) == [], params
    processing.run(ALG, {"TRAJECTORY": zeros, "STATE": other, "PERFORMANCE": zeros, "ALIGN": True,
                         "OUTPUT": str(out)})
    assert (read_raster(out) == 4).all()


def test_sample_region_chain_with_performance(sample_dir, tmp_path, t2_provider):
    """Performance of the sample's baseline, then LPD with a stable trajectory and state: stressed (3) exactly where
    performance is -1, stable (4) elsewhere, nodata outside the study area."""
    perf = tmp_path / "perf.tif"
    processing.run("t2monitor:productivityperformance", {
        "INPUT": [os.path.join(sample_dir, "ndvi_2001_2023.tif")], "END_YEAR": 2015,
        "LAND_UNITS": os.path.join(sample_dir, "land_units.tif"), "OUTPUT": str(perf), "UNIT_STATS": "memory:"})
    zeros = write_raster(tmp_path / "zeros.tif", np.zeros((600, 600), "int16"), nodata=NODATA,
                         geotransform=(330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0), epsg=32718)
    out = tmp_path / "lpd.tif"
    processing.run(ALG, {"TRAJECTORY": zeros, "STATE": zeros, "PERFORMANCE": str(perf), "OUTPUT": str(out)})
    p = read_raster(perf)
    lpd = read_raster(out)
    np.testing.assert_array_equal(lpd, np.select([p == NODATA, p == -1], [NODATA, 3], 4))
    assert (lpd == 3).sum() == 24217 and (lpd == 4).sum() == 350900 - 24217
