"""t2monitor:mapagreement through processing.run, on small maps and on the sample region."""
import csv
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import NULL, QgsProcessingException, QgsRasterLayer
from sklearn.metrics import cohen_kappa_score

from t2_monitor_plugin.core.agreement import CROSS_NODATA
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.grid import Grid

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels
ND = -32768


def _r(tmp_path, name, arr, gt=GT):
    return write_raster(tmp_path / name, np.asarray(arr, "int16"), nodata=ND, geotransform=gt, epsg=3035)


def test_two_sectors_with_correspondence(tmp_path, t2_provider):
    rng = np.random.default_rng(5)
    sdg = rng.integers(-1, 2, (24, 30)).astype("int16")              # SDG 15.3.1: -1/0/+1
    severity = np.where(sdg == -1, rng.integers(2, 4, sdg.shape), rng.integers(0, 2, sdg.shape))
    flip = rng.random(sdg.shape) < 0.25
    severity = np.where(flip, rng.integers(0, 4, sdg.shape), severity).astype("int16")  # national 0-3
    severity[:3, :] = ND
    out = str(tmp_path / "cross.tif")
    maps = {"MAP_A": _r(tmp_path, "sdg.tif", sdg), "MAP_B": _r(tmp_path, "severity.tif", severity)}
    pairs = [-1, 2, -1, 3, 0, 0, 0, 1, 1, 0, 1, 1]
    res = processing.run("t2monitor:mapagreement", {
        **maps, "CORRESPONDENCE_TABLE": pairs, "OUTPUT": out, "CROSSTAB": "memory:",
        "SUMMARY": "memory:", "CONFUSION_MATRIX_FILE": str(tmp_path / "matrix.csv"),
        "CROSSTAB_FILE": str(tmp_path / "crosstab.xlsx")})
    # the 0.1.0 keys CORRESPONDENCE and MATRIX_FILE are still accepted and give the same results
    old = processing.run("t2monitor:mapagreement", {
        **maps, "CORRESPONDENCE": pairs, "OUTPUT": str(tmp_path / "cross_old.tif"), "CROSSTAB": "memory:",
        "SUMMARY": "memory:", "MATRIX_FILE": str(tmp_path / "matrix_old.csv")})
    for key in ("OVERALL_AGREEMENT", "KAPPA", "AGREEMENT_HA", "COMPARED_HA", "CROSS_BASE"):
        assert old[key] == res[key], key
    np.testing.assert_array_equal(read_raster(old["OUTPUT"]), read_raster(out))
    assert old["MATRIX_FILE"] == old["CONFUSION_MATRIX_FILE"] == str(tmp_path / "matrix_old.csv")
    assert (tmp_path / "matrix_old.csv").read_text() == (tmp_path / "matrix.csv").read_text()
    both = severity != ND
    b_in_a = np.where(severity >= 2, -1, 0)
    agree = (sdg == b_in_a) | ((sdg == 1) & (severity <= 1))
    assert res["OVERALL_AGREEMENT"] == pytest.approx(agree[both].mean())
    assert res["COMPARED_HA"] == pytest.approx(both.sum()) and res["AGREEMENT_HA"] == pytest.approx(agree[both].sum())
    # kappa with 0/1 agreement weights = weighted kappa of sklearn with the disagreement weight matrix
    labels = [-1, 0, 1, 2, 3]
    weights = np.ones((5, 5))
    for a, b in ((-1, 2), (-1, 3), (0, 0), (0, 1), (1, 0), (1, 1)):
        weights[labels.index(a), labels.index(b)] = 0
    sk = _weighted_kappa(sdg[both], severity[both], labels, weights)
    assert res["KAPPA"] == pytest.approx(sk, abs=1e-10)
    assert res["CROSS_BASE"] == 10
    np.testing.assert_array_equal(read_raster(out), np.where(both, sdg * 10 + severity, CROSS_NODATA))
    rows = [f.attributes() for f in res["CROSSTAB"].getFeatures()]
    only_a = sum(r[6] for r in rows if r[0] == "total" and r[4] == NULL and r[3] != NULL)
    assert only_a == pytest.approx(90)  # map B is nodata in its first 3 rows
    with open(tmp_path / "matrix.csv", newline="") as fh:
        matrix = list(csv.DictReader(fh))
    assert [m["class_a"] for m in matrix] == ["-1", "0", "1", "total"]
    assert float(matrix[-1]["total"]) == pytest.approx(both.sum())
    assert float(matrix[0]["b_3"]) == pytest.approx(((sdg == -1) & (severity == 3)).sum())
    assert os.path.exists(tmp_path / "crosstab.xlsx")
    layer = QgsRasterLayer(out)
    assert layer.loadNamedStyle(str(tmp_path / "cross.qml"))[1]
    classes = {int(c.value): c.label for c in layer.renderer().classes()}
    assert classes[-8] == "A=-1 / B=2" and len(classes) == 12


def _weighted_kappa(a, b, labels, weights):
    """Cohen's kappa with a disagreement weight matrix (independent of our code: from the confusion matrix)."""
    from sklearn.metrics import confusion_matrix

    cm = confusion_matrix(a, b, labels=labels).astype(float)
    expected = np.outer(cm.sum(axis=1), cm.sum(axis=0)) / cm.sum()
    return 1 - (weights * cm).sum() / (weights * expected).sum()


def test_different_grids_and_bad_input(tmp_path, t2_provider):
    a = _r(tmp_path, "a.tif", np.ones((6, 8)))
    b = _r(tmp_path, "b.tif", np.ones((6, 8)), gt=(4000000.0, 200.0, 0.0, 3000000.0, 0.0, -200.0))
    out = str(tmp_path / "cross.tif")
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("t2monitor:mapagreement", {"MAP_A": a, "MAP_B": b, "OUTPUT": out, "CROSSTAB": "memory:",
                                                  "SUMMARY": "memory:"})
    assert not os.path.exists(out)
    res = processing.run("t2monitor:mapagreement", {"MAP_A": a, "MAP_B": b, "ALIGN": True, "OUTPUT": out,
                                                    "CROSSTAB": "memory:", "SUMMARY": "memory:"})
    assert res["OVERALL_AGREEMENT"] == 1.0 and res["KAPPA"] is None
    with pytest.raises(QgsProcessingException, match=r"CORRESPONDENCE_TABLE, row 2: 'x' is not a number"):
        processing.run("t2monitor:mapagreement", {"MAP_A": a, "MAP_B": a, "CORRESPONDENCE_TABLE": [1, 1, "x", 2],
                                                  "OUTPUT": str(tmp_path / "c2.tif"), "CROSSTAB": "memory:",
                                                  "SUMMARY": "memory:"})
    assert not os.path.exists(tmp_path / "c2.tif")


def test_sample_region_land_cover_2000_vs_2023(sample_dir, tmp_path, t2_provider):
    lc0, lc1 = (os.path.join(sample_dir, f"landcover_{y}.tif") for y in (2000, 2023))
    res = processing.run("t2monitor:mapagreement", {
        "MAP_A": lc0, "MAP_B": lc1, "ZONES": os.path.join(sample_dir, "sample.gpkg") + "|layername=districts",
        "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / "lc_cross.tif"), "CROSSTAB": "memory:",
        "SUMMARY": "memory:"})
    ds = gdal.Open(lc0)
    a = ds.ReadAsArray()
    b = gdal.Open(lc1).ReadAsArray()
    both = (a != 0) & (b != 0)
    area = PixelAreas(Grid.from_dataset(ds)).block(0, 0, ds.RasterYSize, ds.RasterXSize)
    ds = None
    assert res["KAPPA"] == pytest.approx(cohen_kappa_score(a[both], b[both], sample_weight=area[both]), abs=1e-9)
    assert res["OVERALL_AGREEMENT"] == pytest.approx(np.average(a[both] == b[both], weights=area[both]), abs=1e-12)
    assert 0.5 < res["OVERALL_AGREEMENT"] < 1.0
    classareas = processing.run("t2monitor:classareas", {"INPUT": lc0, "OUTPUT": "memory:"})
    ref = {f["class"]: f["area_ha"] for f in classareas["OUTPUT"].getFeatures() if f["zone"] == "(all)"}
    rows = [f.attributes() for f in res["CROSSTAB"].getFeatures() if f["zone"] == "(all)"]
    for cls, ha in ref.items():
        if cls != NULL:
            assert sum(r[6] for r in rows if r[3] == cls) == pytest.approx(ha, rel=1e-9)
    zones = [f.attributes() for f in res["SUMMARY"].getFeatures() if f["level"] == "zone"]
    assert len(zones) >= 2 and all(z[6] is not None and -1 <= z[6] <= 1 for z in zones)
