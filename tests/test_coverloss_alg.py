"""t2monitor:vegetationcoverloss through processing.run: sample region, tree cover, patch filter, bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import QgsProcessingException
from scipy import ndimage

from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.grid import Grid

ALG = "t2monitor:vegetationcoverloss"


def _true_areas(path):
    grid = Grid.from_dataset(gdal.Open(path))
    return PixelAreas(grid).block(0, 0, grid.height, grid.width)


def test_sample_region_forest_loss(sample_dir, tmp_path, t2_provider):
    lc0, lc1 = (os.path.join(sample_dir, f"landcover_{y}.tif") for y in (2000, 2023))
    out = str(tmp_path / "loss.tif")
    res = processing.run(ALG, {"MODE": 0, "INITIAL": lc0, "FINAL": lc1, "NATURAL_CODES": "1", "LOSS": out,
                               "ZONES": os.path.join(sample_dir, "sample.gpkg") + "|layername=districts",
                               "ZONE_FIELD": "name", "AREAS": "memory:", "AREAS_FILE": str(tmp_path / "a.csv")})
    a, b = read_raster(lc0), read_raster(lc1)
    valid = (a > 0) & (b > 0)
    loss = valid & (a == 1) & (b != 1)
    np.testing.assert_array_equal(read_raster(out), np.where(valid, loss, 255))
    expected_ha = _true_areas(lc0)[loss].sum() / 1e4
    assert res["LOSS_HA"] == pytest.approx(expected_ha, rel=1e-9)
    assert 2000 < expected_ha < 4000  # README: 21,595 ha of forest in 2000, 18,970 ha in 2023 (net loss 2,625 ha)
    rows = list(res["AREAS"].getFeatures())
    total = [r for r in rows if r["level"] == "total"][0]
    zones = [r for r in rows if r["level"] == "zone"]
    assert len(zones) == 4 and total["loss_ha"] == pytest.approx(res["LOSS_HA"])
    assert sum(z["loss_ha"] for z in zones) == pytest.approx(total["loss_ha"], rel=1e-3)  # districts tile the area
    assert total["nodata_ha"] == pytest.approx(819, rel=2e-3)
    assert os.path.exists(str(tmp_path / "a.csv")) and os.path.exists(str(tmp_path / "loss.qml"))


def test_sample_region_min_patch(sample_dir, tmp_path, t2_provider):
    lc0, lc1 = (os.path.join(sample_dir, f"landcover_{y}.tif") for y in (2000, 2023))
    out = str(tmp_path / "loss.tif")
    res = processing.run(ALG, {"INITIAL": lc0, "FINAL": lc1, "NATURAL_CODES": "1,2,4", "MIN_PATCH": 12,
                               "LOSS": out, "AREAS": "memory:"})
    a, b = read_raster(lc0), read_raster(lc1)
    natural = [1, 2, 4]
    raw = (a > 0) & (b > 0) & np.isin(a, natural) & ~np.isin(b, natural)
    labels, _ = ndimage.label(raw, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    kept = sizes[labels] >= 12
    assert (raw & ~kept).sum() > 0 and kept.sum() > 0
    np.testing.assert_array_equal(read_raster(out) == 1, kept)
    assert res["LOSS_HA"] == pytest.approx(_true_areas(lc0)[kept].sum() / 1e4, rel=1e-9)


def test_tree_cover_with_amount(tmp_path, t2_provider):
    rng = np.random.default_rng(4)
    a = rng.integers(0, 101, (40, 50)).astype(np.uint8)
    b = np.clip(a.astype(int) - rng.integers(-10, 50, a.shape), 0, 100).astype(np.uint8)
    b[0, :5] = 255
    gt = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
    pa = write_raster(tmp_path / "tc0.tif", a, nodata=255, geotransform=gt, epsg=3035)
    pb = write_raster(tmp_path / "tc1.tif", b, nodata=255, geotransform=gt, epsg=3035)
    res = processing.run(ALG, {"MODE": 1, "INITIAL": pa, "FINAL": pb, "LOSS": str(tmp_path / "l.tif"),
                               "AMOUNT": str(tmp_path / "am.tif"), "AREAS": "memory:"})  # default threshold 10
    valid = b != 255
    diff = a.astype(int) - b.astype(int)
    np.testing.assert_array_equal(read_raster(tmp_path / "l.tif"), np.where(valid, diff >= 10, 255))
    np.testing.assert_array_equal(read_raster(tmp_path / "am.tif"), np.where(valid, np.maximum(diff, 0), -9999))
    assert res["LOSS_HA"] == pytest.approx((valid & (diff >= 10)).sum())  # 1 ha pixels (EPSG:3035)


def test_bad_input(sample_dir, tmp_path, t2_provider):
    lc0 = os.path.join(sample_dir, "landcover_2000.tif")
    out = tmp_path / "loss.tif"
    with pytest.raises(QgsProcessingException, match="natural vegetation"):
        processing.run(ALG, {"INITIAL": lc0, "FINAL": lc0, "LOSS": str(out), "AREAS": "memory:"})
    with pytest.raises(QgsProcessingException, match="whole numbers"):
        processing.run(ALG, {"INITIAL": lc0, "FINAL": lc0, "NATURAL_CODES": "forest", "LOSS": str(out),
                             "AREAS": "memory:"})
    other = write_raster(tmp_path / "other.tif", np.full((50, 60), 3, np.uint8), nodata=0,
                         geotransform=(330000.0, 60.0, 0.0, 9290000.0, 0.0, -60.0), epsg=32718)
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run(ALG, {"INITIAL": lc0, "FINAL": other, "NATURAL_CODES": "1", "LOSS": str(out),
                             "AREAS": "memory:"})
    pct = write_raster(tmp_path / "pct.tif", np.full((20, 20), 150, np.int16), nodata=-1)
    with pytest.raises(QgsProcessingException, match="percentage from 0 to 100"):
        processing.run(ALG, {"MODE": 1, "INITIAL": pct, "FINAL": pct, "LOSS": str(out), "AREAS": "memory:"})
    assert not out.exists()
    res = processing.run(ALG, {"INITIAL": lc0, "FINAL": other, "NATURAL_CODES": "1", "ALIGN": True,
                               "LOSS": str(out), "AREAS": "memory:"})
    assert out.exists() and res["LOSS_HA"] > 0
