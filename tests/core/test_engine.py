"""Block engine: results equal whole-array numpy, for awkward sizes, halos, threads, alignment and failures."""
import os
from pathlib import Path

import numpy as np
import pytest
from helpers import read_raster, srs_wkt, write_raster
from osgeo import gdal

from t2_monitor_plugin.core import engine
from t2_monitor_plugin.core.errors import Cancelled, GridMismatchError, InputError, OutputError
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput

SHAPES = [(1, 1), (7, 5), (255, 257), (513, 300), (300, 1029)]


def _random(shape, dtype, rng, nodata_share=0.1, nodata=-9):
    arr = rng.integers(0, 100, size=shape).astype(dtype)
    arr[rng.random(shape) < nodata_share] = nodata
    return arr


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("block_shape", [(256, 256), (256, 512), None])
@pytest.mark.parametrize("threads", [1, 2])
def test_blockwise_equals_whole_array(tmp_path, shape, block_shape, threads):
    rng = np.random.default_rng(sum(shape))
    a = _random((3,) + shape, "int16", rng)
    b = rng.random(shape).astype("float32")
    b[rng.random(shape) < 0.05] = np.nan
    a[:, 0, 0], b[0, 0] = 1, 0.5  # one pixel where both have data (inputs without any are refused)
    pa = write_raster(tmp_path / "a.tif", a, nodata=-9)
    pb = write_raster(tmp_path / "b.tif", b)
    out = str(tmp_path / "out.tif")

    def kernel(block):
        return [block.data[0].astype("float32").sum(axis=0) * block.data[1][0]]

    summary = engine.run(kernel, [RasterInput(pa), RasterInput(pb)], [RasterOutput(out, "float32", -1)],
                         block_shape=block_shape, threads=threads)
    got = read_raster(out)
    valid = (a != -9).all(axis=0) & ~np.isnan(b)
    expected = np.where(valid, a.astype("float32").sum(axis=0) * b, -1)
    np.testing.assert_allclose(got, expected, rtol=1e-6)
    assert summary.outputs == [out]
    assert sorted(os.listdir(tmp_path)) == ["a.tif", "b.tif", "out.tif"]
    ds = gdal.Open(out)
    assert ds.GetRasterBand(1).GetNoDataValue() == -1
    assert ds.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"


def test_mask_policies(tmp_path):
    rng = np.random.default_rng(1)
    a = _random((4, 40, 50), "int16", rng, nodata_share=0.4)
    pa = write_raster(tmp_path / "a.tif", a, nodata=-9)
    outs = {}
    for policy in ("any", "all", "none"):
        out = str(tmp_path / f"{policy}.tif")
        engine.run(lambda blk: [blk.valid[0].sum(axis=0)], [RasterInput(pa, mask=policy)],
                   [RasterOutput(out, "int16", -1)], block_shape=(256, 256))
        outs[policy] = read_raster(out)
    count = (a != -9).sum(axis=0)
    np.testing.assert_array_equal(outs["any"], np.where(count == 4, 4, -1))
    np.testing.assert_array_equal(outs["all"], np.where(count > 0, count, -1))
    np.testing.assert_array_equal(outs["none"], count)


def _box_sum(arr, valid, r):
    """Brute-force (2r+1)^2 window sum of valid values; outside the raster counts as missing."""
    rows, cols = arr.shape
    out = np.zeros(arr.shape, dtype="float64")
    for i in range(rows):
        for j in range(cols):
            win = arr[max(i - r, 0):i + r + 1, max(j - r, 0):j + r + 1]
            ok = valid[max(i - r, 0):i + r + 1, max(j - r, 0):j + r + 1]
            out[i, j] = win[ok].sum()
    return out


@pytest.mark.parametrize("halo", [1, 3])
@pytest.mark.parametrize("threads", [1, 2])
def test_halo_has_no_seams(tmp_path, halo, threads):
    rng = np.random.default_rng(halo)
    a = _random((70, 90), "int16", rng)
    pa = write_raster(tmp_path / "a.tif", a, nodata=-9)
    out = str(tmp_path / "o.tif")

    def kernel(block):
        x = np.where(block.valid[0][0], block.data[0][0], 0).astype("float64")
        k = 2 * block.halo + 1
        c = np.pad(x, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
        s = c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]
        return [s]

    # tiny blocks so that nearly every window crosses a block edge
    engine.run(kernel, [RasterInput(pa, mask="none")], [RasterOutput(out, "float64", -1)], halo=halo,
               block_shape=(16, 24), threads=threads)
    np.testing.assert_allclose(read_raster(out), _box_sum(a, a != -9, halo))


def test_multiband_output_and_band_selection(tmp_path):
    rng = np.random.default_rng(3)
    a = _random((23, 33, 44), "int16", rng, nodata_share=0)
    pa = write_raster(tmp_path / "a.tif", a)
    out = str(tmp_path / "o.tif")
    engine.run(lambda blk: [blk.data[0][::-1]], [RasterInput(pa, bands=[5, 7, 23])],
               [RasterOutput(out, "int16", -1, bands=3, band_names=["x", "y", "z"])], block_shape=(256, 256))
    np.testing.assert_array_equal(read_raster(out), a[[22, 6, 4]])
    assert gdal.Open(out).GetRasterBand(3).GetDescription() == "z"
    with pytest.raises(InputError, match="band"):
        engine.run(lambda blk: [blk.data[0][0]], [RasterInput(pa, bands=[24])], [RasterOutput(out, "int16")])


def test_reduction_collects_in_order(tmp_path):
    rng = np.random.default_rng(4)
    a = _random((600, 700), "int16", rng)
    pa = write_raster(tmp_path / "a.tif", a, nodata=-9)
    seen = []
    total = {"sum": 0}

    def collect(block, value):
        seen.append(block.index)
        total["sum"] += value

    engine.run(lambda blk: int(blk.data[0][0][blk.mask].astype("int64").sum()), [RasterInput(pa)],
               collect=collect, block_shape=(256, 256), threads=2)
    assert seen == sorted(seen) and len(seen) == 9
    assert total["sum"] == int(a[a != -9].astype("int64").sum())


def test_grid_mismatch_is_named(tmp_path):
    a = write_raster(tmp_path / "landcover.tif", np.ones((10, 10), "uint8"))
    b = write_raster(tmp_path / "ndvi.tif", np.ones((10, 10), "uint8"), geotransform=(300000, 60, 0, 9000000, 0, -60))
    c = write_raster(tmp_path / "soc.tif", np.ones((10, 10), "uint8"), epsg=32717)
    with pytest.raises(GridMismatchError) as err:
        engine.run(lambda blk: None, [RasterInput(a), RasterInput(b), RasterInput(c)])
    msg = str(err.value)
    assert "landcover.tif" in msg and "ndvi.tif: resolution" in msg and "soc.tif: CRS" in msg


def test_alignment_to_reference_grid(tmp_path):
    rng = np.random.default_rng(5)
    coarse = rng.integers(1, 8, size=(20, 30)).astype("uint8")
    pc = write_raster(tmp_path / "coarse.tif", coarse, nodata=0, geotransform=(300000, 60, 0, 9000000, 0, -60))
    fine = np.zeros((40, 50), "uint8")
    pf = write_raster(tmp_path / "fine.tif", fine, geotransform=(300030, 30, 0, 9000000, 0, -30))
    out = str(tmp_path / "o.tif")
    engine.run(lambda blk: [blk.data[1][0]], [RasterInput(pf), RasterInput(pc, resampling="nearest")],
               [RasterOutput(out, "uint8", 0)], reference=0)
    got = read_raster(out)
    # fine pixel (i, j) has its centre at x = 300030 + 30 j + 15 -> coarse column (30 j + 45) // 60
    cols = (30 * np.arange(50) + 45) // 60
    rows = (30 * np.arange(40) + 15) // 60
    np.testing.assert_array_equal(got, coarse[np.ix_(rows, cols)])


def test_alignment_across_crs_marks_outside_as_nodata(tmp_path):
    src = np.full((50, 50), 7, "int16")
    ps = write_raster(tmp_path / "utm.tif", src, nodata=-1)
    ref_grid = Grid(60, 60, (-77.2, 0.0005, 0, -8.9, 0, -0.0005), srs_wkt(4326))
    out = str(tmp_path / "o.tif")
    engine.run(lambda blk: [blk.data[0][0]], [RasterInput(ps)], [RasterOutput(out, "int16", -1)],
               reference=ref_grid)
    got = read_raster(out)
    warped = gdal.Warp("", ps, format="MEM", outputBounds=ref_grid.extent, width=60, height=60,
                       dstSRS=srs_wkt(4326), dstNodata=-1).ReadAsArray()
    np.testing.assert_array_equal(got, warped)
    assert (got == -1).any()


def test_cancel_leaves_no_output(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((600, 600), "uint8"))
    out = tmp_path / "o.tif"
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        engine.run(lambda blk: [blk.data[0][0]], [RasterInput(a)], [RasterOutput(str(out), "uint8", 0)],
                   block_shape=(256, 256), is_cancelled=cancelled, threads=2)
    assert sorted(os.listdir(tmp_path)) == ["a.tif"]


def test_failed_kernel_keeps_previous_output(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((300, 300), "uint8"))
    out = tmp_path / "o.tif"
    out.write_bytes(b"previous result")

    def kernel(block):
        if block.index == 1:
            raise RuntimeError("boom")
        return [block.data[0][0]]

    with pytest.raises(RuntimeError, match="boom"):
        engine.run(kernel, [RasterInput(a)], [RasterOutput(str(out), "uint8", 0)], block_shape=(256, 256))
    assert out.read_bytes() == b"previous result"
    assert sorted(os.listdir(tmp_path)) == ["a.tif", "o.tif"]


def test_refuses_to_overwrite_input(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((10, 10), "uint8"))
    before = Path(a).read_bytes()
    link = tmp_path / "link.tif"
    os.symlink(a, link)
    for target in (a, str(link), str(tmp_path / "." / "a.tif")):
        with pytest.raises(OutputError, match="would overwrite the input"):
            engine.run(lambda blk: [blk.data[0][0]], [RasterInput(a)], [RasterOutput(target, "uint8", 0)])
    assert Path(a).read_bytes() == before


def test_unwritable_folder(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((10, 10), "uint8"))
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    # /sys/kernel refuses new files even to root (CI runs as root, where chmod does not stop writes)
    targets = ["/sys/kernel/t2m_out.tif"] + ([] if os.access(ro, os.W_OK) else [str(ro / "o.tif")])
    try:
        for target in targets:
            with pytest.raises(OutputError, match="not writable"):
                engine.run(lambda blk: [blk.data[0][0]], [RasterInput(a)], [RasterOutput(target, "uint8")])
    finally:
        ro.chmod(0o700)
    assert not os.path.exists("/sys/kernel/t2m_out.tif")


def test_missing_and_non_raster_inputs(tmp_path):
    with pytest.raises(InputError, match="cannot be found"):
        engine.run(lambda blk: None, [RasterInput(str(tmp_path / "nope.tif"), name="Land cover")])
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    with pytest.raises(InputError, match="not a raster"):
        engine.run(lambda blk: None, [RasterInput(str(text))])


def test_other_output_format(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.arange(100, dtype="uint8").reshape(10, 10))
    out = str(tmp_path / "o.img")
    engine.run(lambda blk: [blk.data[0][0]], [RasterInput(a)], [RasterOutput(out, "uint8", 255)])
    ds = gdal.Open(out)
    assert ds.GetDriver().ShortName == "HFA"
    np.testing.assert_array_equal(ds.ReadAsArray(), np.arange(100).reshape(10, 10))


def test_block_shape_is_bounded():
    big = Grid(40000, 40000, (0, 30, 0, 0, 0, -30), srs_wkt(32718))
    rows, cols = engine.choose_block_shape(big, bytes_per_pixel=23 * 3)
    assert rows * cols * 23 * 3 <= engine.BLOCK_BUDGET_BYTES * 1.01
    assert rows % 256 == 0 and cols % 256 == 0
    small = Grid(600, 600, (0, 30, 0, 0, 0, -30), srs_wkt(32718))
    assert engine.choose_block_shape(small, 4) == (600, 600)


def test_before_commit_can_veto_outputs(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.arange(600 * 300, dtype="int32").reshape(600, 300) % 7)
    out = tmp_path / "o.tif"
    seen = set()

    def veto():
        raise InputError("codes {codes} are not mapped", codes=sorted(seen))

    with pytest.raises(InputError, match=r"codes \[0, 1, 2, 3, 4, 5, 6\]"):
        engine.run(lambda blk: [blk.data[0][0]], [RasterInput(a)], [RasterOutput(str(out), "int32", -1)],
                   block_shape=(256, 256), collect=lambda blk, v: seen.update(np.unique(blk.data[0]).tolist()),
                   before_commit=veto)
    assert sorted(os.listdir(tmp_path)) == ["a.tif"]
