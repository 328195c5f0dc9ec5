"""ROAM priority algorithms through processing.run: standardise, weighted overlay, priority classes, sensitivity."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import NULL, QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QMetaType

PIXEL_HA = 0.09
X0, Y0 = 300000.0, 9000000.0


@pytest.fixture
def criteria(tmp_path):
    rng = np.random.default_rng(21)
    crit = rng.random((3, 40, 50)).astype(np.float32)
    crit[1, 0:3, 0:10] = -9999
    paths = [write_raster(tmp_path / f"crit{i}.tif", crit[i], nodata=-9999) for i in range(3)]
    water = np.zeros((40, 50), dtype=np.uint8)
    water[30:35, 40:48] = 1
    return crit, paths, water, write_raster(tmp_path / "water.tif", water, nodata=255)


def polygon_layer(col0, col1, row0, row1):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32718", "protected", "memory")
    x0, x1, y0, y1 = X0 + col0 * 30, X0 + col1 * 30, Y0 - row0 * 30, Y0 - row1 * 30
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
    layer.dataProvider().addFeatures([feat])
    return layer


def weights_layer(names, weights):
    layer = QgsVectorLayer("None", "ahp", "memory")
    layer.dataProvider().addAttributes([QgsField("criterion", QMetaType.Type.QString),
                                        QgsField("weight", QMetaType.Type.Double)])
    layer.updateFields()
    feats = []
    for n, w in zip(names, weights):
        f = QgsFeature(layer.fields())
        f.setAttributes([n, w])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_standardize_fuzzy_and_categories(t2_provider, tmp_path):
    x = np.linspace(0, 30, 600, dtype=np.float32).reshape(20, 30)
    src = write_raster(tmp_path / "slope.tif", x, nodata=-9999)
    out = str(tmp_path / "std.tif")
    processing.run("t2monitor:standardizecriterion", {"INPUT": src, "BAND": 1, "METHOD": 2,
                                                      "POINTS": "0:0; 10:1; 20:1; 30:0", "OUTPUT": out})
    assert read_raster(out) == pytest.approx(np.interp(x, [0, 10, 20, 30], [0, 1, 1, 0]), abs=1e-6)
    assert gdal.Open(out).GetMetadataItem("T2M_STANDARDIZE_POINTS") == "0:0; 10:1; 20:1; 30:0"
    assert os.path.exists(str(tmp_path / "std.qml"))
    codes = write_raster(tmp_path / "lc.tif", np.array([[1, 2], [3, 7]], dtype=np.uint8), nodata=0)
    table = ["1", "", "0.2", "2", "", "1", "3", "", "0"]
    res = processing.run("t2monitor:standardizecriterion", {"INPUT": codes, "METHOD": 7, "OUTPUT": out,
                                                            "SCORE_TABLE": table})
    assert read_raster(out).ravel() == pytest.approx([0.2, 1.0, 0.0, -9999])
    assert res["UNMAPPED_PIXELS"] == 1
    assert res["UNMAPPED_HA"] == pytest.approx(PIXEL_HA, rel=1e-3)  # the code-7 pixel, 30 m x 30 m
    old = str(tmp_path / "std_old.tif")
    res_old = processing.run("t2monitor:standardizecriterion", {"INPUT": codes, "METHOD": 7, "OUTPUT": old,
                                                                "TABLE": table})  # the 0.1.0 key
    assert np.array_equal(read_raster(old), read_raster(out)) and res_old["UNMAPPED_PIXELS"] == 1


def test_standardize_zero_range_leaves_no_output(t2_provider, tmp_path):
    src = write_raster(tmp_path / "flat.tif", np.full((10, 10), 5, dtype=np.int16), nodata=-1)
    out = tmp_path / "std.tif"
    with pytest.raises(QgsProcessingException, match="no range to standardise"):
        processing.run("t2monitor:standardizecriterion", {"INPUT": src, "METHOD": 0, "OUTPUT": str(out)})
    assert not out.exists()


def test_weighted_overlay_against_numpy(t2_provider, criteria, tmp_path):
    crit, paths, water, water_path = criteria
    out = str(tmp_path / "suit.tif")
    res = processing.run("t2monitor:weightedoverlay", {
        "CRITERIA": paths, "WEIGHTS_TABLE": weights_layer(["crit2", "CRIT0", "crit1"], [0.105, 0.637, 0.258]),
        "EXCLUSION_RASTERS": [water_path], "EXCLUSION_POLYGONS": [polygon_layer(0, 5, 10, 20)], "OUTPUT": out})
    w = np.array([0.637, 0.258, 0.105])
    w = w / w.sum()
    valid = (crit != -9999).all(axis=0)
    excluded = water == 1
    excluded[10:20, 0:5] = True
    expected = np.where(excluded, -1, np.where(valid, np.tensordot(w, crit, axes=1), -9999))
    assert read_raster(out) == pytest.approx(expected, abs=1e-6)
    assert res["EXCLUDED_HA"] == pytest.approx(excluded.sum() * PIXEL_HA, rel=1e-3)
    assert res["VALID_HA"] == pytest.approx((valid & ~excluded).sum() * PIXEL_HA, rel=1e-3)
    assert [float(v) for v in res["WEIGHTS_USED"].split(",")] == pytest.approx(w, abs=1e-6)


def test_weighted_overlay_bad_input(t2_provider, criteria, tmp_path):
    crit, paths, water, water_path = criteria
    out = tmp_path / "suit.tif"
    with pytest.raises(QgsProcessingException, match="2 weights were given for 3 criteria"):
        processing.run("t2monitor:weightedoverlay", {"CRITERIA": paths, "WEIGHTS": "1,2", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="cannot be negative"):
        processing.run("t2monitor:weightedoverlay", {"CRITERIA": paths, "WEIGHTS": "1,-2,1", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="No pixel is left"):
        processing.run("t2monitor:weightedoverlay", {"CRITERIA": paths, "WEIGHTS": "1,1,1", "OUTPUT": str(out),
                                                     "EXCLUSION_POLYGONS": [polygon_layer(-2, 60, -2, 50)]})
    assert not out.exists()


def _table(layer):
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_priority_classes_quantile_and_areas(t2_provider, criteria, tmp_path):
    crit, paths, water, water_path = criteria
    suit = str(tmp_path / "suit.tif")
    processing.run("t2monitor:weightedoverlay", {"CRITERIA": paths, "WEIGHTS": "3,2,1",
                                                 "EXCLUSION_RASTERS": [water_path], "OUTPUT": suit})
    out = str(tmp_path / "classes.tif")
    zones = polygon_layer(0, 25, 0, 40)
    res = processing.run("t2monitor:priorityclasses", {"INPUT": suit, "METHOD": 1, "CLASSES": 4, "ZONES": zones,
                                                       "OUTPUT": out, "AREAS": "memory:"})
    s = read_raster(suit)
    ok = (s != -9999) & (s != -1)
    breaks = np.quantile(s[ok].astype(np.float64), [0.25, 0.5, 0.75])
    assert [float(b) for b in res["BREAKS_USED"].split(",")] == pytest.approx(breaks, rel=1e-5)
    cls = read_raster(out)
    assert np.array_equal(cls[ok], np.searchsorted(breaks, s[ok], side="left") + 1)
    assert (cls[s == -1] == 0).all() and (cls[s == -9999] == -32768).all()
    rows = _table(res["AREAS"])
    total = {r["class"]: r["area_ha"] for r in rows if r["zone"] == "(all)"}
    assert total[0] == pytest.approx((s == -1).sum() * PIXEL_HA, rel=1e-3)
    assert sum(total.values()) == pytest.approx((s != -9999).sum() * PIXEL_HA, rel=1e-3)
    assert {r["class_label"] for r in rows} == {"excluded", "low", "medium", "high", "very high"}
    zone = [r for r in rows if r["zone"] != "(all)" and r["class"] == 4]
    assert zone[0]["area_ha"] == pytest.approx(((cls[:, :25] == 4).sum()) * PIXEL_HA, rel=1e-3)
    assert all(r["share"] != NULL for r in rows)


def test_priority_classes_manual_legend(t2_provider, tmp_path):
    s = np.linspace(0, 1, 100, dtype=np.float32).reshape(10, 10)
    src = write_raster(tmp_path / "s.tif", s, nodata=-9999)
    out = str(tmp_path / "c.tif")
    res = processing.run("t2monitor:priorityclasses", {"INPUT": src, "METHOD": 3, "BREAKS": "0.3,0.6",
                                                       "LABELS": "low,mid,top", "OUTPUT": out, "AREAS": "memory:"})
    assert np.array_equal(read_raster(out), np.searchsorted([0.3, 0.6], s, side="left") + 1)
    qml = (tmp_path / "c.qml").read_text(encoding="utf-8")
    assert qml.count("<paletteEntry") == 4 and 'label="top"' in qml
    assert res["BREAKS_USED"] == "0.3,0.6"
    with pytest.raises(QgsProcessingException, match="2 labels were given for 3 classes"):
        processing.run("t2monitor:priorityclasses", {"INPUT": src, "METHOD": 3, "BREAKS": "0.3,0.6",
                                                     "LABELS": "a,b", "OUTPUT": out, "AREAS": "memory:"})


def test_priority_classes_jenks_sample(t2_provider, tmp_path):
    """SAMPLE_PIXELS sets the Jenks sample: a small sample moves the breaks; SAMPLE_SIZE (0.1.0) is the same key."""
    s = (np.random.default_rng(3).random((60, 60)) ** 2).astype(np.float32)
    src = write_raster(tmp_path / "s.tif", s, nodata=-9999)

    def breaks(**extra):
        return processing.run("t2monitor:priorityclasses", {"INPUT": src, "METHOD": 2, "CLASSES": 4,
                                                            "OUTPUT": str(tmp_path / "c.tif"), "AREAS": "memory:",
                                                            **extra})["BREAKS_USED"]

    assert breaks(SAMPLE_PIXELS=15) != breaks(SAMPLE_PIXELS=600)
    assert breaks(SAMPLE_SIZE=15) == breaks(SAMPLE_PIXELS=15)


def test_weight_sensitivity_against_overlay_and_classes(t2_provider, criteria, tmp_path):
    crit, paths, water, water_path = criteria
    params = {"CRITERIA": paths, "WEIGHTS": "3,2,1", "EXCLUSION_RASTERS": [water_path], "CHANGE_PCT": 20,
              "RUNS": 8, "SEED": 5, "CLASS_METHOD": 0, "CLASSES": 4, "TOP_CLASS_AREAS": "memory:"}
    out = str(tmp_path / "share.tif")
    res = processing.run("t2monitor:weightsensitivity", dict(params, OUTPUT=out))
    rows = _table(res["TOP_CLASS_AREAS"])
    assert [r["run"] for r in rows][:3] == ["base", "one-at-a-time", "one-at-a-time"]
    assert [r["run"] for r in rows][-3:] == ["monte carlo mean", "monte carlo min", "monte carlo max"]
    for row in rows[:3]:  # the same weights through weightedoverlay + priorityclasses
        suit, cls = str(tmp_path / "s.tif"), str(tmp_path / "c.tif")
        processing.run("t2monitor:weightedoverlay", {"CRITERIA": paths, "WEIGHTS": row["weights"],
                                                     "EXCLUSION_RASTERS": [water_path], "OUTPUT": suit})
        areas = processing.run("t2monitor:priorityclasses", {"INPUT": suit, "METHOD": 0, "CLASSES": 4,
                                                             "OUTPUT": cls, "AREAS": "memory:"})["AREAS"]
        top = [r["area_ha"] for r in _table(areas) if r["zone"] == "(all)" and r["class"] == 4][0]
        assert row["top_class_ha"] == pytest.approx(top, abs=PIXEL_HA * 1.01)
        assert row["change_ha"] == pytest.approx(row["top_class_ha"] - rows[0]["top_class_ha"])
    share = read_raster(out)
    assert ((share >= 0) & (share <= 1) | (share == -1) | (share == -9999)).all()
    assert (share[water == 1] == -1).all()
    again = str(tmp_path / "share2.tif")
    old_keys = {k: v for k, v in params.items() if k not in ("CHANGE_PCT", "TOP_CLASS_AREAS")}
    old = processing.run("t2monitor:weightsensitivity", dict(old_keys, CHANGE_PERCENT=20, TABLE="memory:",
                                                              TABLE_FILE=str(tmp_path / "t.csv"), OUTPUT=again))
    assert np.array_equal(read_raster(again), share)  # 0.1.0 keys give the same result
    assert old["TABLE"] and _table(old["TOP_CLASS_AREAS"]) == rows and os.path.exists(tmp_path / "t.csv")
    with pytest.raises(QgsProcessingException, match="1 weights were given for 3 criteria"):
        processing.run("t2monitor:weightsensitivity", dict(params, WEIGHTS="1", OUTPUT=again))
