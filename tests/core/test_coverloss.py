"""Vegetation cover loss: both modes by hand and against numpy; the patch filter against scipy across blocks."""
import numpy as np
import pytest
from helpers import read_raster, write_raster
from scipy import ndimage

from t2_monitor_plugin.core.coverloss import (
    MODE_LANDCOVER,
    MODE_TREECOVER,
    parse_codes,
    run_cover_loss,
)
from t2_monitor_plugin.core.engine import block_windows
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.patches import PatchSieve, label_block, survey
from t2_monitor_plugin.core.rasters import RasterInput

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels


def _r(tmp_path, name, arr, nodata):
    return RasterInput(write_raster(tmp_path / name, arr, nodata=nodata, geotransform=GT, epsg=3035), name)


def _sieve_reference(mask, min_size):
    labels, _ = ndimage.label(mask, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    return sizes[labels] >= min_size


def test_label_block_matches_scipy():
    rng = np.random.default_rng(5)
    for density in (0.1, 0.3, 0.45, 0.6, 0.9):
        mask = rng.random((70, 53)) < density
        labels, sizes = label_block(mask)
        ref, n = ndimage.label(mask, structure=np.ones((3, 3)))
        assert labels.max() == n
        assert len(set(zip(labels[mask].tolist(), ref[mask].tolist()))) == n  # same partition
        np.testing.assert_array_equal(sizes[1:], np.bincount(labels.ravel(), minlength=n + 1)[1:])


@pytest.mark.parametrize("seed", range(4))
def test_patch_sieve_across_blocks_matches_scipy(seed):
    rng = np.random.default_rng(seed)
    height, width = rng.integers(20, 60, 2)
    mask = rng.random((height, width)) < rng.uniform(0.25, 0.6)
    mask[5:8, :] = True  # a patch crossing every block column
    grid = type("G", (), {"height": int(height), "width": int(width)})()
    for block_shape in ((3, 4), (7, 5), (1, 9), (11, 2)):
        windows = block_windows(grid, block_shape)
        for min_size in (2, 9, 40):
            sieve = PatchSieve(min_size, int(width))
            for r0, c0, r, c in windows:
                sieve.add(survey(r0, c0, *label_block(mask[r0:r0 + r, c0:c0 + c])))
            sieve.finish()
            got = np.zeros_like(mask)
            for r0, c0, r, c in windows:
                got[r0:r0 + r, c0:c0 + c] = sieve.keep(r0, c0, *label_block(mask[r0:r0 + r, c0:c0 + c]))
            np.testing.assert_array_equal(got, _sieve_reference(mask, min_size))


def test_land_cover_mode_by_hand(tmp_path):
    a = np.array([[1, 2, 3, 4], [1, 1, 0, 2], [4, 3, 2, 1]], np.uint8)
    b = np.array([[3, 1, 3, 5], [1, 0, 3, 4], [4, 3, 1, 3]], np.uint8)
    out = RasterOutput(str(tmp_path / "loss.tif"), "uint8", 255)
    res = run_cover_loss(_r(tmp_path, "a.tif", a, 0), _r(tmp_path, "b.tif", b, 0), out, natural_codes="1, 2;4",
                         block_shape=(2, 3))
    expected = np.array([[1, 0, 0, 1], [0, 255, 255, 0], [0, 0, 0, 1]])
    np.testing.assert_array_equal(read_raster(out.path), expected)
    assert res.loss_ha == pytest.approx(3.0)
    assert res.nodata_m2 == pytest.approx(2e4)
    assert res.rows[0][:5] == ("total", "(all)", pytest.approx(3.0), pytest.approx(7.0), pytest.approx(2.0))


def test_tree_cover_mode_against_numpy(tmp_path):
    rng = np.random.default_rng(2)
    a = rng.integers(0, 101, (30, 41)).astype(np.uint8)
    b = np.clip(a.astype(int) - rng.integers(-20, 40, a.shape), 0, 100).astype(np.uint8)
    a[rng.random(a.shape) < 0.05] = 255
    b[rng.random(a.shape) < 0.05] = 255
    loss = RasterOutput(str(tmp_path / "loss.tif"), "uint8", 255)
    amount = RasterOutput(str(tmp_path / "amount.tif"), "float32", -9999.0)
    res = run_cover_loss(_r(tmp_path, "a.tif", a, 255), _r(tmp_path, "b.tif", b, 255), loss, mode=MODE_TREECOVER,
                         threshold=15, amount=amount, block_shape=(7, 9), threads=2)
    valid = (a != 255) & (b != 255)
    diff = a.astype(int) - b.astype(int)
    np.testing.assert_array_equal(read_raster(loss.path), np.where(valid, diff >= 15, 255))
    np.testing.assert_array_equal(read_raster(amount.path), np.where(valid, np.maximum(diff, 0), -9999.0))
    assert res.loss_ha == pytest.approx((valid & (diff >= 15)).sum())


@pytest.mark.parametrize("threads", [1, 2])
def test_min_patch_matches_scipy_with_nodata(tmp_path, threads):
    rng = np.random.default_rng(9)
    a = rng.integers(0, 101, (45, 50)).astype(np.int16)
    b = np.where(rng.random(a.shape) < 0.35, 0, a).astype(np.int16)
    a[20:23, 10:30] = -1  # nodata cuts patches
    loss = RasterOutput(str(tmp_path / "loss.tif"), "uint8", 255)
    res = run_cover_loss(_r(tmp_path, "a.tif", a, -1), _r(tmp_path, "b.tif", b, -1), loss, mode=MODE_TREECOVER,
                         threshold=10, min_patch=5, block_shape=(6, 7), threads=threads)
    valid = a != -1
    raw = valid & (a - b >= 10)
    kept = _sieve_reference(raw, 5)
    assert 0 < kept.sum() < raw.sum()
    np.testing.assert_array_equal(read_raster(loss.path), np.where(valid, kept, 255))
    assert res.loss_ha == pytest.approx(kept.sum())


def test_bad_input(tmp_path):
    a = np.array([[10, 50], [120, 0]], np.int16)
    out = RasterOutput(str(tmp_path / "loss.tif"), "uint8", 255)
    ra, rb = _r(tmp_path, "a.tif", a, -1), _r(tmp_path, "b.tif", np.zeros_like(a), -1)
    with pytest.raises(InputError, match="from 0 to 120"):
        run_cover_loss(ra, rb, out, mode=MODE_TREECOVER, min_patch=2)
    with pytest.raises(InputError, match="natural vegetation"):
        run_cover_loss(ra, rb, out, mode=MODE_LANDCOVER, natural_codes="")
    with pytest.raises(InputError, match="whole numbers"):
        parse_codes("1, forest", "NATURAL_CODES")
    with pytest.raises(InputError, match="threshold"):
        run_cover_loss(ra, rb, out, mode=MODE_TREECOVER, threshold=0)
    assert not (tmp_path / "loss.tif").exists()
    assert parse_codes("4 2,2;1", "x") == [1, 2, 4] and parse_codes([3, "5"], "x") == [3, 5]
