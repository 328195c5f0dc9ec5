"""t2monitor:landcoverdegradation through processing.run: sample region, legends, matrices and bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels
# DOMAIN.md section 2 (rows: from 1..7, columns: to 1..7), independent of resources/data
DOMAIN = np.array([[0, -1, -1, -1, -1, -1, 0], [1, 0, 1, -1, -1, -1, 0], [1, -1, 0, -1, -1, -1, 0],
                   [-1, -1, -1, 0, -1, -1, 0], [1, 1, 1, 1, 0, 1, 0], [1, 1, 1, 1, -1, 0, 0], [0] * 7])
LABELS = ["1 Tree-covered", "2 Grassland", "3 Cropland", "4 Wetland", "5 Artificial", "6 Other land", "7 Water body"]


def _r(tmp_path, name, arr, nodata=0, dtype="int16", gt=GT):
    return write_raster(tmp_path / name, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=gt, epsg=3035)


def _cells(matrix):
    return [c for i in range(7) for c in [LABELS[i]] + [str(v) for v in matrix[i]]]


def test_sample_region_baseline(sample_dir, tmp_path, t2_provider):
    out, trans = str(tmp_path / "lc_deg.tif"), str(tmp_path / "trans.tif")
    res = processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": os.path.join(sample_dir, "landcover_2000.tif"),
        "FINAL": os.path.join(sample_dir, "landcover_2015.tif"),
        "OUTPUT": out, "TRANSITIONS": trans, "TRANSITION_AREAS": "memory:",
        "TRANSITION_AREAS_FILE": str(tmp_path / "areas.csv")})
    a = read_raster(os.path.join(sample_dir, "landcover_2000.tif")).astype(int)
    b = read_raster(os.path.join(sample_dir, "landcover_2015.tif")).astype(int)
    valid = (a > 0) & (b > 0)
    expected = np.where(valid, DOMAIN[np.maximum(a, 1) - 1, np.maximum(b, 1) - 1], NODATA)
    got = read_raster(out)
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(read_raster(trans), np.where(valid, a * 10 + b, 0))
    front = (a == 1) & (b == 3)
    assert (got[front] == -1).all() and front.sum() * 0.09 == pytest.approx(1202, abs=1)  # README: 1,202 ha
    rows = {f["transition"]: f for f in res["TRANSITION_AREAS"].getFeatures()}
    assert len(rows) == 49
    assert rows[13]["area_ha"] == pytest.approx(front.sum() * 0.09, rel=1e-3)  # true areas of 30 m UTM pixels
    assert rows[12]["area_ha"] == pytest.approx(1067, rel=2e-3) and rows[12]["sdg"] == -1
    assert rows[23]["area_ha"] == pytest.approx(390, rel=2e-3) and rows[23]["sdg"] == 1
    assert rows[66]["area_ha"] == pytest.approx(1645, rel=2e-3)
    total = sum(f["area_ha"] for f in rows.values())
    assert total == pytest.approx(31581, rel=2e-3)
    assert sum(f["share"] for f in rows.values()) == pytest.approx(1)
    deg = sum(f["area_ha"] for f in rows.values() if f["sdg"] == -1)
    assert res["DEGRADED_HA"] == pytest.approx(deg)
    assert res["DEGRADED_HA"] + res["STABLE_HA"] + res["IMPROVED_HA"] == pytest.approx(total)
    assert res["DEGRADED_HA"] / 0.09 == pytest.approx((got == -1).sum(), rel=1e-3)
    assert os.path.exists(os.path.splitext(trans)[0] + ".qml") and os.path.exists(os.path.splitext(out)[0] + ".qml")
    with open(tmp_path / "areas.csv", encoding="utf-8") as fh:
        assert len(fh.read().strip().splitlines()) == 50


def test_custom_legend_and_matrix(tmp_path, t2_provider):
    legend = {101: 1, 102: 1, 201: 2, 301: 3, 501: 5, 701: 7}
    rng = np.random.default_rng(5)
    a = rng.choice(list(legend), (12, 15))
    b = rng.choice(list(legend), (12, 15))
    matrix = DOMAIN.copy()
    matrix[0, 1] = 0           # national choice: tree -> grassland is stable
    matrix[2, 0] = 0
    out = str(tmp_path / "o.tif")
    table = [str(v) for k, c in legend.items() for v in (k, c)]
    processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": _r(tmp_path, "a.tif", a), "FINAL": _r(tmp_path, "b.tif", b), "RECLASS_MODE": 2,
        "RECLASS_TABLE": table, "MATRIX_TABLE": _cells(matrix), "OUTPUT": out, "TRANSITION_AREAS": "memory:"})
    ua, ub = np.vectorize(legend.get)(a), np.vectorize(legend.get)(b)
    np.testing.assert_array_equal(read_raster(out), matrix[ua - 1, ub - 1])
    # the 0.1.0 key MATRIX still works (deprecated alias of MATRIX_TABLE)
    out_old = str(tmp_path / "o_old.tif")
    processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": _r(tmp_path, "a.tif", a), "FINAL": _r(tmp_path, "b.tif", b), "RECLASS_MODE": 2,
        "RECLASS_TABLE": table, "MATRIX": _cells(matrix), "OUTPUT": out_old, "TRANSITION_AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(out_old), read_raster(out))
    # the same from CSV files, which take precedence over the tables
    (tmp_path / "legend.csv").write_text("code,class,label\n" + "".join(f"{k},{c},x\n" for k, c in legend.items()))
    (tmp_path / "m.csv").write_text("# national matrix\nfrom,1,2,3,4,5,6,7\n" + "".join(
        LABELS[i] + "," + ",".join(str(v) for v in matrix[i]) + "\n" for i in range(7)))
    out2 = str(tmp_path / "o2.tif")
    processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": _r(tmp_path, "a.tif", a), "FINAL": _r(tmp_path, "b.tif", b), "RECLASS_MODE": 2,
        "RECLASS_TABLE": ["1", "1"], "RECLASS_FILE": str(tmp_path / "legend.csv"),
        "MATRIX_FILE": str(tmp_path / "m.csv"), "OUTPUT": out2, "TRANSITION_AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(out2), read_raster(out))
    # the 0.1.0 keys RECLASS_CSV and MATRIX_CSV still work (deprecated aliases of RECLASS_FILE and MATRIX_FILE)
    out3 = str(tmp_path / "o3.tif")
    processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": _r(tmp_path, "a.tif", a), "FINAL": _r(tmp_path, "b.tif", b), "RECLASS_MODE": 2,
        "RECLASS_TABLE": ["1", "1"], "RECLASS_CSV": str(tmp_path / "legend.csv"),
        "MATRIX_CSV": str(tmp_path / "m.csv"), "OUTPUT": out3, "TRANSITION_AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(out3), read_raster(out2))


def test_esa_preset(tmp_path, t2_provider):
    a = np.array([[50, 50, 130, 10, 190, 210, 0]])
    b = np.array([[10, 130, 10, 62, 190, 10, 10]])
    out, trans = str(tmp_path / "o.tif"), str(tmp_path / "t.tif")
    res = processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": _r(tmp_path, "a.tif", a), "FINAL": _r(tmp_path, "b.tif", b), "RECLASS_MODE": 1,
        "OUTPUT": out, "TRANSITIONS": trans, "TRANSITION_AREAS": "memory:"})
    assert read_raster(out).tolist() == [[-1, -1, 1, 1, 0, 0, NODATA]]
    assert read_raster(trans).tolist() == [[13, 12, 23, 31, 55, 73, 0]]
    assert res["DEGRADED_HA"] == pytest.approx(2) and res["IMPROVED_HA"] == pytest.approx(2)


def test_bad_input_is_refused_without_output(tmp_path, t2_provider):
    a = np.ones((8, 8), "int16")
    a[0, 0], a[7, 7] = 99, 8
    good = _r(tmp_path, "good.tif", np.ones((8, 8)))
    unmapped = _r(tmp_path, "unmapped.tif", a)
    coarse = _r(tmp_path, "coarse.tif", np.full((4, 4), 3), gt=(4000000.0, 200.0, 0.0, 3000000.0, 0.0, -200.0))
    six = tmp_path / "six.csv"
    six.write_text("x,1,2,3,4,5,6\n" + "".join(f"{i},0,0,0,0,0,0\n" for i in range(1, 7)))
    twos = DOMAIN.copy()
    twos[3, 3] = 2
    out, trans = tmp_path / "o.tif", tmp_path / "t.tif"
    cases = [
        ({"INITIAL": unmapped, "FINAL": good}, r"other than the UNCCD classes 1-7 were found \(unmapped: 8, 99\)"),
        ({"INITIAL": good, "FINAL": unmapped, "RECLASS_MODE": 1}, r"not covered by the reclassification table "
                                                                  r"\(good: 1; unmapped: 1, 8, 99\)"),
        ({"INITIAL": good, "FINAL": coarse}, "not on the same grid"),
        ({"INITIAL": good, "FINAL": good, "MATRIX_FILE": str(six)}, "7 rows and 7 columns"),
        ({"INITIAL": good, "FINAL": good, "MATRIX_TABLE": _cells(twos)}, "holds 2; only -1"),
        ({"INITIAL": good, "FINAL": good, "MATRIX_TABLE": _cells(DOMAIN)[:-8]}, "7 rows and 7 columns"),
        ({"INITIAL": good, "FINAL": good, "RECLASS_MODE": 2}, "needs a reclassification table"),
        ({"INITIAL": good, "FINAL": good, "RECLASS_MODE": 2, "RECLASS_TABLE": ["1", "1", "2"]},
         "not a whole number of rows"),
        ({"INITIAL": good, "FINAL": good, "RECLASS_MODE": 2, "RECLASS_TABLE": ["1", "9"]}, "sends codes to 9"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("t2monitor:landcoverdegradation", {**params, "OUTPUT": str(out), "TRANSITIONS": str(trans),
                                                              "TRANSITION_AREAS": "memory:"})
        assert not out.exists() and not trans.exists()
    res = processing.run("t2monitor:landcoverdegradation", {"INITIAL": good, "FINAL": coarse, "ALIGN": True,
                                                            "OUTPUT": str(out), "TRANSITION_AREAS": "memory:"})
    assert (read_raster(out) == -1).all() and res["DEGRADED_HA"] == pytest.approx(64)  # tree -> crop
