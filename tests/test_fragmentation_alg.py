"""t2monitor:forestfragmentation through processing.run: sample region (forest = class 1) and bad input."""
import os
import sys

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException
from scipy import ndimage

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "core"))
from test_fragmentation import brute_force  # noqa: E402

ALG = "t2monitor:forestfragmentation"


@pytest.fixture(scope="module")
def landcover(sample_dir):
    paths = [os.path.join(sample_dir, f"landcover_{y}.tif") for y in (2000, 2023)]
    return paths, [read_raster(p) for p in paths]


def test_sample_region_window_7(landcover, tmp_path, t2_provider):
    (_, lc23), (a, b) = landcover
    out, pf, pff = (str(tmp_path / f"{n}.tif") for n in ("frag", "pf", "pff"))
    processing.run(ALG, {"INPUT": lc23, "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 7, "OUTPUT": out,
                         "PF": pf, "PFF": pff})
    cls = read_raster(out)
    forest = b == 1
    np.testing.assert_array_equal(cls == 255, b == 0)
    np.testing.assert_array_equal(cls == 0, (b > 0) & ~forest)
    counts = np.bincount(cls[forest], minlength=7)
    assert counts.argmax() == 6 and counts[6] > 0.8 * forest.sum()  # interior dominates the big forest
    # forest pixels next to the 2000-2023 deforestation front: never interior, mostly edge / transitional
    front = ndimage.binary_dilation((a == 1) & (b > 0) & ~forest, np.ones((3, 3))) & forest
    near = np.bincount(cls[front], minlength=7)
    assert near[6] == 0 and near[2] + near[3] > 0.8 * front.sum() and near[3] > 10 * near[4]
    assert near[3] / front.sum() > 4 * counts[3] / forest.sum()  # edge is 4x more frequent along the front
    # windows away from the crop edges: identical to the brute force on crops along the front
    for r0, c0 in zip(*np.nonzero(front[::150, ::150])):
        r0, c0 = max(r0 * 150 - 20, 0), max(c0 * 150 - 20, 0)
        crop = b[r0:r0 + 40, c0:c0 + 40]
        exp = brute_force(crop == 1, crop > 0, 7)
        for got, want in zip((cls, read_raster(pf), read_raster(pff)), exp):
            np.testing.assert_array_equal(got[r0 + 3:r0 + crop.shape[0] - 3, c0 + 3:c0 + crop.shape[1] - 3],
                                          want[3:-3, 3:-3])
    assert os.path.exists(str(tmp_path / "frag.qml"))


def test_binary_input_matches_land_cover_codes(landcover, tmp_path, t2_provider):
    (_, lc23), (_, b) = landcover
    binary = np.where(b == 0, 255, (b == 1)).astype(np.uint8)
    src = write_raster(tmp_path / "forest.tif", binary, nodata=255,
                       geotransform=(330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0), epsg=32718)
    # WINDOW: the 0.1.0 key of WINDOW_PIXELS, still accepted
    processing.run(ALG, {"INPUT": src, "WINDOW": 5, "OUTPUT": str(tmp_path / "bin.tif")})
    processing.run(ALG, {"INPUT": lc23, "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 5,
                         "OUTPUT": str(tmp_path / "lc.tif")})
    np.testing.assert_array_equal(read_raster(tmp_path / "bin.tif"), read_raster(tmp_path / "lc.tif"))


def test_bad_input(landcover, tmp_path, t2_provider):
    (_, lc23), _ = landcover
    out = tmp_path / "frag.tif"
    with pytest.raises(QgsProcessingException, match="No forest code"):
        processing.run(ALG, {"INPUT": lc23, "INPUT_TYPE": 1, "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="odd whole number"):
        processing.run(ALG, {"INPUT": lc23, "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 4,
                             "OUTPUT": str(out)})
    small = write_raster(tmp_path / "small.tif", np.ones((8, 30), np.uint8), nodata=255)
    with pytest.raises(QgsProcessingException, match="larger than the raster"):
        processing.run(ALG, {"INPUT": small, "WINDOW_PIXELS": 9, "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="a binary forest map must hold only 1"):
        processing.run(ALG, {"INPUT": lc23, "OUTPUT": str(out)})  # land cover read as a binary map
    assert not out.exists()
