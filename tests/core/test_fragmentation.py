"""Forest fragmentation (Riitters et al. 2000) against a brute-force loop over every window, across blocks."""
from fractions import Fraction

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.fragmentation import check_window, run_fragmentation, window_sums
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput

ND = 255
RATIO_ND = np.float32(-9999.0)


def brute_force(forest, valid, window):
    """DOMAIN.md section 3 read literally: loop over each window, cells inside the raster and valid only."""
    height, width = forest.shape
    h = window // 2
    cls = np.full((height, width), ND, np.uint8)
    pf = np.full((height, width), RATIO_ND, np.float32)
    pff = pf.copy()
    for r in range(height):
        for c in range(width):
            if not valid[r, c]:
                continue
            cells = [(i, j) for i in range(r - h, r + h + 1) for j in range(c - h, c + h + 1)
                     if 0 <= i < height and 0 <= j < width and valid[i, j]]
            inside = set(cells)
            n_forest = sum(1 for i, j in cells if forest[i, j])
            p_f = Fraction(n_forest, len(cells))
            with_forest = both = 0
            for i, j in cells:
                for other in ((i, j + 1), (i + 1, j)):  # each adjacent pair once: right and down neighbours
                    if other in inside and (forest[i, j] or forest[other]):
                        with_forest += 1
                        both += bool(forest[i, j] and forest[other])
            p_ff = Fraction(both, with_forest) if with_forest else None
            pf[r, c] = np.float32(n_forest / len(cells))
            if p_ff is not None:
                pff[r, c] = np.float32(both / with_forest)
            if not forest[r, c]:
                cls[r, c] = 0
            elif p_f == 1:
                cls[r, c] = 6
            elif p_f < Fraction(2, 5):
                cls[r, c] = 1
            elif p_f < Fraction(3, 5):
                cls[r, c] = 2
            elif p_ff is None or p_f == p_ff:
                cls[r, c] = 5
            elif p_f < p_ff:
                cls[r, c] = 3
            else:
                cls[r, c] = 4
    return cls, pf, pff


def _forest(shape, density, seed, holes=True, dtype=np.uint8):
    rng = np.random.default_rng(seed)
    arr = (rng.random(shape) < density).astype(dtype)
    if holes:
        arr[rng.random(shape) < 0.08] = ND
        arr[3:6, 4:9] = ND  # a nodata hole bigger than a 3 x 3 window
    return arr


def _run(tmp_path, arr, window, block_shape, threads, name="f", **kw):
    src = write_raster(tmp_path / f"{name}.tif", arr, nodata=ND)
    outs = [RasterOutput(str(tmp_path / f"{name}_{k}.tif"), dt, nd)
            for k, dt, nd in (("cls", "uint8", ND), ("pf", "float32", -9999.0), ("pff", "float32", -9999.0))]
    run_fragmentation(RasterInput(src, name), outs[0], window=window, pf=outs[1], pff=outs[2],
                      block_shape=block_shape, threads=threads, **kw)
    return [read_raster(o.path) for o in outs]


@pytest.mark.parametrize("density,window,block_shape,threads", [
    (0.2, 3, (7, 9), 1), (0.5, 3, (5, 6), 2), (0.8, 3, (13, 4), 2),
    (0.2, 5, (6, 11), 2), (0.5, 5, (9, 9), 1), (0.8, 5, (4, 17), 2),
    (0.5, 7, (8, 5), 2), (0.8, 7, (10, 10), 1), (0.2, 11, (9, 7), 2), (0.5, 11, (6, 13), 1), (0.8, 11, (11, 8), 2),
])
def test_matches_brute_force(tmp_path, density, window, block_shape, threads):
    arr = _forest((31, 37), density, seed=int(density * 100) + window)
    valid = arr != ND
    exp_cls, exp_pf, exp_pff = brute_force(arr == 1, valid, window)
    cls, pf, pff = _run(tmp_path, arr, window, block_shape, threads)
    np.testing.assert_array_equal(cls, exp_cls)
    np.testing.assert_array_equal(pf, exp_pf)
    np.testing.assert_array_equal(pff, exp_pff)
    assert len(set(np.unique(cls[cls > 0]).tolist()) - {ND}) >= 1 and (cls == ND).sum() == (~valid).sum()


def test_dense_forest_classes_and_threads_agree(tmp_path):
    """Edge/perforated/undetermined all occur; 1 vs 2 threads and different blocks give identical files."""
    rng = np.random.default_rng(7)
    arr = np.ones((40, 40), np.uint8)
    arr[:, 25:] = 0  # an edge
    arr[rng.random(arr.shape) < 0.06] = 0  # perforations
    arr[0:3, 0:3] = ND
    exp_cls, exp_pf, exp_pff = brute_force(arr == 1, arr != ND, 5)
    one = _run(tmp_path, arr, 5, (7, 6), 1, "a")
    two = _run(tmp_path, arr, 5, (40, 40), 2, "b")
    for got in (one, two):
        np.testing.assert_array_equal(got[0], exp_cls)
        np.testing.assert_array_equal(got[1], exp_pf)
        np.testing.assert_array_equal(got[2], exp_pff)
    assert {3, 4, 6}.issubset(set(np.unique(one[0]).tolist()))


def test_hand_case_3x3():
    """Centre forest with forest on the left column only: Pf = 4/9 -> transitional."""
    from t2_monitor_plugin.core.fragmentation import classify, window_counts
    forest = np.zeros((3, 3), bool)
    forest[:, 0] = True
    forest[1, 1] = True
    f, v, b, a = window_counts(forest, np.ones((3, 3), bool), 3)
    # pairs: horizontal (6): row0 FN, row1 FF FN, row2 FN -> with forest 4, both 1; vertical (6): col0 FF FF,
    # col1 NF FN -> with forest 4, both 2
    assert (int(f[0, 0]), int(v[0, 0]), int(b[0, 0]), int(a[0, 0])) == (4, 9, 3, 8)
    assert classify(np.array([[True]]), f, v, b, a)[0, 0] == 2


def test_exact_tie_is_undetermined():
    """Pf = Pff exactly (6/9 = 8/12) must be undetermined even though the floats may differ."""
    from t2_monitor_plugin.core.fragmentation import UNDETERMINED, classify
    cls = classify(np.array([[True]]), np.array([[6]]), np.array([[9]]), np.array([[8]]), np.array([[12]]))
    assert cls[0, 0] == UNDETERMINED
    assert classify(np.array([[True]]), np.array([[6]]), np.array([[9]]), np.array([[9]]), np.array([[12]]))[0, 0] == 3


def test_window_sums_match_direct():
    rng = np.random.default_rng(3)
    a = rng.random((12, 15)) < 0.5
    got = window_sums(a, 4, 3, 9, 13)
    exp = np.array([[a[i:i + 4, j:j + 3].sum() for j in range(13)] for i in range(9)])
    np.testing.assert_array_equal(got, exp)


def test_land_cover_codes(tmp_path):
    rng = np.random.default_rng(11)
    lc = rng.integers(1, 7, (25, 30)).astype(np.uint8)
    lc[rng.random(lc.shape) < 0.05] = 0
    src = write_raster(tmp_path / "lc.tif", lc, nodata=0)
    out = RasterOutput(str(tmp_path / "cls.tif"), "uint8", ND)
    run_fragmentation(RasterInput(src, "lc"), out, window=5, forest_codes=[1, 2, 4], block_shape=(6, 7))
    forest = np.isin(lc, [1, 2, 4])
    np.testing.assert_array_equal(read_raster(out.path), brute_force(forest, lc != 0, 5)[0])


def test_bad_input(tmp_path):
    for bad in (2, 4, 1, 203):
        with pytest.raises(InputError, match="odd whole number"):
            check_window(bad)
    arr = _forest((10, 12), 0.5, 1, holes=False)
    src = write_raster(tmp_path / "f.tif", arr, nodata=ND)
    out = RasterOutput(str(tmp_path / "cls.tif"), "uint8", ND)
    with pytest.raises(InputError, match="larger than the raster"):
        run_fragmentation(RasterInput(src, "f"), out, window=11)
    with pytest.raises(InputError, match="No forest code"):
        run_fragmentation(RasterInput(src, "f"), out, window=3, forest_codes=[])
    arr[2, 2] = 3
    src = write_raster(tmp_path / "g.tif", arr, nodata=ND)
    with pytest.raises(InputError, match="holds values 3"):
        run_fragmentation(RasterInput(src, "g"), out, window=3, block_shape=(4, 4))
    assert not (tmp_path / "cls.tif").exists()
