"""t2monitor:sdg1531 and t2monitor:degradationstatus through processing.run."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from osgeo import ogr, osr
from qgis.core import NULL, QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels


def _r(tmp_path, name, arr, nodata=NODATA, dtype="int16"):
    return write_raster(tmp_path / name, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=GT, epsg=3035)


def _recode_layer(path, features):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("recode", srs, ogr.wkbPolygon)
    for name, kind in (("deg_to", ogr.OFTString), ("periods", ogr.OFTString), ("why", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for (x0, y0, x1, y1), deg_to, periods, why in features:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        feat["deg_to"], feat["periods"], feat["why"] = deg_to, periods, why
        lyr.CreateFeature(feat)
    ds = None
    return f"{path}|layername=recode"


def test_sdg1531_with_lpd_water_recode_and_zones(tmp_path, t2_provider):
    lpd = np.full((20, 30), 4, "int16")
    lpd[:, :10] = 1                           # declining productivity in the west
    lc = np.zeros((20, 30), "int16")
    lc[:5, 20:] = -1                          # land-cover degradation in the north-east
    cover = np.ones((20, 30), "uint8")
    cover[15:, 25:] = 7                       # a lake in the south-east corner
    x0, y0 = GT[0], GT[3]
    recode = _recode_layer(tmp_path / "recode.gpkg", [
        ((x0, y0 - 500, x0 + 500, y0), "stable", "baseline, report_1", "plantation mistaken for loss"),
        ((x0 + 1000, y0 - 2000, x0 + 2000, y0), "0", "report_2", "not this period")])
    out = str(tmp_path / "sdg.tif")
    res = processing.run("t2monitor:sdg1531", {
        "PRODUCTIVITY": _r(tmp_path, "lpd.tif", lpd), "LAND_COVER": _r(tmp_path, "lc.tif", lc),
        "WATER_LAND_COVER": _r(tmp_path, "cover.tif", cover, 0, "uint8"), "RECODE": recode,
        "RECODE_DEGRADED_FIELD": "deg_to", "RECODE_PERIODS_FIELD": "periods", "RECODE_REASON_FIELD": "why",
        "PERIOD": "baseline", "OUTPUT": out, "SUMMARY": "memory:", "RECODE_REPORT": "memory:",
        "SUMMARY_FILE": str(tmp_path / "summary.xlsx"), "RECODE_REPORT_FILE": str(tmp_path / "recode.csv")})
    got = read_raster(out)
    expected = np.zeros((20, 30), "int16")
    expected[:, :10] = -1
    expected[:5, 20:] = -1
    expected[:5, :5] = 0                      # recoded
    expected[15:, 25:] = NODATA               # water
    np.testing.assert_array_equal(got, expected)
    deg = (expected == -1).sum()
    land = (expected != NODATA).sum()
    assert res["DEGRADED_HA"] == pytest.approx(deg)
    assert res["TOTAL_LAND_HA"] == pytest.approx(land)
    assert res["PROPORTION_DEGRADED"] == pytest.approx(deg / land)
    rows = [f.attributes() for f in res["SUMMARY"].getFeatures()]
    water = [r for r in rows if r[2] == "water"]
    assert water[0][5] == pytest.approx(25.0)
    report = {f["feature_id"]: f for f in res["RECODE_REPORT"].getFeatures()}
    applied = [f for f in report.values() if f["applied"] == 1]
    assert len(applied) == 1 and applied[0]["degraded_recoded_ha"] == pytest.approx(25.0)
    assert applied[0]["reason"] == "plantation mistaken for loss" and applied[0]["stable_to"] == NULL
    with open(tmp_path / "recode.csv", encoding="utf-8") as fh:
        assert len(fh.read().strip().splitlines()) == len(report) + 1  # the report's copy as a file
    import openpyxl

    assert openpyxl.load_workbook(tmp_path / "summary.xlsx").active.max_row == len(rows) + 1


def test_sdg1531_bad_input(tmp_path, t2_provider):
    lpd = _r(tmp_path, "lpd.tif", np.full((4, 4), 4))
    lc = _r(tmp_path, "lc.tif", np.zeros((4, 4)))
    other = write_raster(tmp_path / "other.tif", np.zeros((4, 4), "int16"), nodata=NODATA,
                         geotransform=(4000000.0, 200.0, 0.0, 3000000.0, 0.0, -200.0), epsg=3035)
    out = tmp_path / "o.tif"
    cases = [
        ({"PRODUCTIVITY": lpd, "LAND_COVER": lc, "PRODUCTIVITY_CLASSES": 1}, "lpd holds values 4"),
        ({"PRODUCTIVITY": lpd, "LAND_COVER": other}, "not on the same grid"),
        ({"PRODUCTIVITY": lpd, "LAND_COVER": lc, "RECODE": _recode_layer(tmp_path / "r.gpkg", [])},
         "Choose at least one field"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("t2monitor:sdg1531", {**params, "OUTPUT": str(out), "SUMMARY": "memory:"})
        assert not out.exists()
    # aligned on request
    res = processing.run("t2monitor:sdg1531", {"PRODUCTIVITY": lpd, "LAND_COVER": other, "ALIGN": True,
                                               "OUTPUT": str(out), "SUMMARY": "memory:"})
    assert res["TOTAL_LAND_HA"] == pytest.approx(16)


def test_degradation_status(tmp_path, t2_provider):
    base = np.array([[-1, -1, -1, 0, 0, 0, 1, 1, 1, NODATA]], "int16")
    rep = np.array([[-1, 0, 1, -1, 0, 1, -1, 0, 1, 0]], "int16")
    out = str(tmp_path / "status.tif")
    res = processing.run("t2monitor:degradationstatus", {
        "BASELINE": _r(tmp_path, "b.tif", base), "REPORTING": _r(tmp_path, "r.tif", rep), "OUTPUT": out,
        "AREAS": "memory:"})
    assert read_raster(out).tolist() == [[1, 3, 6, 2, 4, 6, 2, 5, 7, NODATA]]
    rows = [f.attributes() for f in res["AREAS"].getFeatures()]
    status = {r[3]: r[5] for r in rows if r[2] == "status"}
    assert status == {1: 1, 2: 2, 3: 1, 4: 1, 5: 1, 6: 2, 7: 1}
    collapsed = {r[3]: r[5] for r in rows if r[2] == "collapsed"}
    assert collapsed == {-1: 4, 0: 1, 1: 4}
    assert os.path.exists(os.path.splitext(out)[0] + ".qml")
