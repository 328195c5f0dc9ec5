"""t2monitor:degradationseverity through processing.run."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsRasterLayer

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels
SHAPE = (30, 40)
RULES = [1, "preset", "vegetation_loss", 2,
         2, "reclass", "1:3; 2:2; 3:1; 4:0; 5:0", 1,
         3, "thresholds", "<=-0.1:3; <=0:1; >0:0", 1]


def _criteria(tmp_path):
    rng = np.random.default_rng(11)
    loss = rng.integers(0, 2, SHAPE).astype("uint8")
    loss[:2, :] = 255
    lpd = rng.integers(1, 6, SHAPE).astype("int16")
    lpd[:, :1] = NODATA
    index = rng.normal(0, 0.2, SHAPE).astype("float32")
    paths = [write_raster(tmp_path / "loss.tif", loss, nodata=255, geotransform=GT, epsg=3035),
             write_raster(tmp_path / "lpd.tif", lpd, nodata=NODATA, geotransform=GT, epsg=3035),
             write_raster(tmp_path / "ndvi_change.tif", index, nodata=-9999, geotransform=GT, epsg=3035)]
    score = (2 * np.where(loss == 1, 3, 0) + np.select([lpd == 1, lpd == 2, lpd == 3], [3, 2, 1], 0)
             + np.where(index <= -0.1, 3, np.where(index <= 0, 1, 0))) / 4.0
    valid = (loss != 255) & (lpd != NODATA)
    return paths, np.where(valid, score, NODATA), valid


def _zones(path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    x0, y0 = GT[0], GT[3]
    for name, (c0, c1) in (("west", (0, 20)), ("east", (20, 40))):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0 + c0 * 100} {y0},{x0 + c1 * 100} {y0},{x0 + c1 * 100} {y0 - 3000},"
            f"{x0 + c0 * 100} {y0 - 3000},{x0 + c0 * 100} {y0}))"))
        feat["name"] = name
        lyr.CreateFeature(feat)
    ds = None
    return f"{path}|layername=zones"


def test_three_criteria_end_to_end(tmp_path, t2_provider):
    paths, score, valid = _criteria(tmp_path)
    out, sc = str(tmp_path / "severity.tif"), str(tmp_path / "score.tif")
    res = processing.run("t2monitor:degradationseverity", {
        "CRITERIA": paths, "RULES_TABLE": RULES, "ZONES": _zones(tmp_path / "zones.gpkg"), "ZONE_FIELD": "name",
        "OUTPUT": out, "SCORE": sc, "AREAS": "memory:", "AREAS_FILE": str(tmp_path / "areas.xlsx")})
    expected = np.where(valid, np.digitize(score, [0.5, 1.5, 2.5]), NODATA)
    np.testing.assert_array_equal(read_raster(out), expected)
    np.testing.assert_allclose(read_raster(sc), score.astype("float32"), rtol=1e-6)
    names = ("NOT_DEGRADED_HA", "LIGHT_HA", "MODERATE_HA", "SEVERE_HA")
    for code, key in enumerate(names):
        assert res[key] == pytest.approx((expected == code).sum())
    assert res["DEGRADED_HA"] == pytest.approx(((expected >= 1) & valid).sum())
    assert res["RATED_HA"] == pytest.approx(valid.sum())
    rows = [f.attributes() for f in res["AREAS"].getFeatures()]
    west = {r[2]: r[4] for r in rows if r[1] == "west" and r[2] is not None}
    for code in range(4):
        assert west[code] == pytest.approx((expected[:, :20] == code).sum())
    assert [r[3] for r in rows if r[1] == "east"][:4] == ["Not degraded", "Light degradation",
                                                          "Moderate degradation", "Severe degradation"]
    assert os.path.exists(tmp_path / "areas.xlsx") and os.path.exists(tmp_path / "severity.qml")
    layer = QgsRasterLayer(out)
    layer.loadNamedStyle(str(tmp_path / "severity.qml"))
    assert [c.label for c in layer.renderer().classes()][-1] == "Severe degradation"


def test_rules_file_available_criteria_and_custom_categories(tmp_path, t2_provider):
    paths, _, _ = _criteria(tmp_path)
    rules = tmp_path / "rules.csv"
    rules.write_text("criterion,type,rule,weight\n1,reclass,0:0; 1:2,1\n2,preset,lpd_5class,1\n", encoding="utf-8")
    out = str(tmp_path / "sev.tif")
    res = processing.run("t2monitor:degradationseverity", {
        "CRITERIA": paths[:2], "RULES_FILE": str(rules), "NODATA_RULE": 1, "CATEGORY_BREAKS": "1; 2",
        "CATEGORY_LABELS": "low; mid; high", "OUTPUT": out, "AREAS": "memory:"})
    loss = read_raster(paths[0]).astype(float)
    lpd = read_raster(paths[1]).astype(float)
    s_loss = np.where(loss == 1, 2, 0)
    s_lpd = np.select([lpd == 1, lpd == 2, lpd == 3], [3, 2, 1], 0)
    v1, v2 = loss != 255, lpd != NODATA
    den = v1 * 1.0 + v2 * 1.0
    score = (s_loss * v1 + s_lpd * v2) / np.where(den > 0, den, 1)
    expected = np.where(den > 0, np.digitize(score, [1, 2]), NODATA)
    np.testing.assert_array_equal(read_raster(out), expected)
    assert res["RATED_HA"] == pytest.approx((den > 0).sum())
    assert res["SEVERE_HA"] == 0.0 and res["MODERATE_HA"] == pytest.approx((expected == 2).sum())
    layer = QgsRasterLayer(out)
    assert layer.loadNamedStyle(str(tmp_path / "sev.qml"))[1]
    assert [c.label for c in layer.renderer().classes()] == ["low", "mid", "high"]


@pytest.mark.parametrize("rules, message", [
    (RULES[:8] + [3, "thresholds", "<=0:1; <=-1:2; >-1:0", 1], r"RULES_TABLE, row 3: the bounds must increase"),
    (RULES[:4] + [2, "reclass", "1:3; 1:2", 1] + RULES[8:], r"RULES_TABLE, row 2: the code 1 is listed twice"),
    (RULES[:8] + [3, "thresholds", "<=0:1; >0:0", -1], r"RULES_TABLE, row 3: the weight -1 is negative"),
    (RULES[:8], r"2 scoring rules .* for 3 criterion rasters"),
    (RULES[:4] + [2, "reclass", "1:3;2:2", 1] + RULES[8:], r"Values without a score .* lpd \(criterion 2\): "
                                                           r"3, 4, 5"),
])
def test_bad_rules(tmp_path, t2_provider, rules, message):
    paths, _, _ = _criteria(tmp_path)
    out = str(tmp_path / "sev.tif")
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("t2monitor:degradationseverity", {"CRITERIA": paths, "RULES_TABLE": rules, "OUTPUT": out,
                                                          "AREAS": "memory:"})
    assert not os.path.exists(out)


def test_different_grids_need_align(tmp_path, t2_provider):
    paths, _, _ = _criteria(tmp_path)
    shifted = write_raster(tmp_path / "shifted.tif", np.zeros(SHAPE, "float32"), nodata=-9999, epsg=3035,
                           geotransform=(3999900.0, 100.0, 0.0, 3000000.0, 0.0, -100.0))
    params = {"CRITERIA": paths[:2] + [shifted], "RULES": RULES, "OUTPUT": str(tmp_path / "sev.tif"),
              "AREAS": "memory:"}  # RULES: the 0.1.0 key of RULES_TABLE, still accepted
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("t2monitor:degradationseverity", params)
    res = processing.run("t2monitor:degradationseverity", dict(params, ALIGN=True))
    assert read_raster(res["OUTPUT"])[5, -1] == NODATA  # outside the shifted criterion
    new = processing.run("t2monitor:degradationseverity", {
        "CRITERIA": paths[:2] + [shifted], "RULES_TABLE": RULES, "ALIGN": True,
        "OUTPUT": str(tmp_path / "sev_new.tif"), "AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(new["OUTPUT"]), read_raster(res["OUTPUT"]))
    assert new["RATED_HA"] == res["RATED_HA"] and new["SEVERE_HA"] == res["SEVERE_HA"]
