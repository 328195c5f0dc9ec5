"""core.overuse: compatibility tables, categories and steps against brute force, unmapped pairs, areas."""
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.overuse import (
    pair_key,
    read_compatibility_csv,
    run_overuse,
    table_from_rows,
    unpair_key,
)
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.paths import resource

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels
DEFAULT = resource("data", "land_use_capability_compatibility.csv")


def test_default_table_by_hand():
    t = read_compatibility_csv(DEFAULT)
    assert len(t) == 7 * 8
    # cropland: proper on 1-4, overuse by (class - 4) steps on 5-8
    assert [t[(3, c)] for c in range(1, 9)] == [0, 0, 0, 0, 1, 2, 3, 4]
    # grassland: underuse on 1-2, proper 3-7, overuse on 8
    assert [t[(2, c)] for c in range(1, 9)] == [-1, -1, 0, 0, 0, 0, 0, 1]
    for use in (1, 4, 5, 6, 7):
        assert all(t[(use, c)] == 0 for c in range(1, 9))


def test_pair_key_roundtrip():
    for u, c in [(0, 0), (3, 8), (-1, 5), (210, 1), (65535, 255)]:
        assert unpair_key(int(pair_key(u, c))) == (u, c)


def _run(tmp_path, use, cap, table, block_shape=(4, 5), zones=None):
    u = write_raster(tmp_path / "use.tif", use, nodata=0, geotransform=GT, epsg=3035)
    c = write_raster(tmp_path / "cap.tif", cap, nodata=0, geotransform=GT, epsg=3035)
    out = RasterOutput(str(tmp_path / "cat.tif"), "int16", NODATA)
    steps = RasterOutput(str(tmp_path / "steps.tif"), "int16", NODATA)
    rows, _ = run_overuse(RasterInput(u), RasterInput(c), table, out, steps, zones, block_shape=block_shape,
                          threads=2)
    return rows, read_raster(out.path), read_raster(steps.path)


def test_categories_and_steps_against_brute_force(tmp_path):
    rng = np.random.default_rng(3)
    use = rng.integers(0, 8, (13, 17)).astype("uint8")  # 0 = nodata
    cap = rng.integers(0, 9, (13, 17)).astype("uint8")
    table = read_compatibility_csv(DEFAULT)
    rows, cat, steps = _run(tmp_path, use, cap, table)
    valid = (use > 0) & (cap > 0)
    expect_steps = np.full(use.shape, NODATA, dtype=np.int16)
    for (i, j) in zip(*np.nonzero(valid)):
        expect_steps[i, j] = table[(int(use[i, j]), int(cap[i, j]))]
    expect_cat = np.where(expect_steps > 0, 2, np.where(expect_steps < 0, 3, 1))
    expect_cat = np.where(valid, expect_cat, NODATA)
    np.testing.assert_array_equal(steps, expect_steps)
    np.testing.assert_array_equal(cat, expect_cat)
    areas = {(r[2], r[3]): r[5] for r in rows if r[0] == "total"}
    for code in (1, 2, 3):
        assert areas[("category", code)] == pytest.approx((expect_cat == code).sum(), rel=1e-6)  # 1 ha pixels
    for k in np.unique(expect_steps[valid]):
        assert areas[("steps", int(k))] == pytest.approx((expect_steps == k).sum(), rel=1e-6)
    assert areas[("nodata", None)] == pytest.approx((~valid).sum(), rel=1e-6)


def test_small_hand_case(tmp_path):
    # cropland on classes 2, 5, 8; grassland on 1 and 8; forest on 1
    use = np.array([[3, 3, 3], [2, 2, 1]], dtype="uint8")
    cap = np.array([[2, 5, 8], [1, 8, 1]], dtype="uint8")
    _, cat, steps = _run(tmp_path, use, cap, read_compatibility_csv(DEFAULT), block_shape=(1, 2))
    np.testing.assert_array_equal(steps, [[0, 1, 4], [-1, 1, 0]])
    np.testing.assert_array_equal(cat, [[1, 2, 2], [3, 2, 1]])


def test_unmapped_pairs_are_listed_and_nothing_written(tmp_path):
    use = np.array([[3, 9, 9], [3, 3, 1]], dtype="uint8")
    cap = np.array([[2, 4, 9], [1, 1, 1]], dtype="uint8")
    table = table_from_rows([("t", ["3", "1", "0"]), ("t", ["3", "2", "0"]), ("t", ["1", "1", "0"])], "TABLE")
    with pytest.raises(InputError, match=r"3 land-use / capability pair.*9/4, 9/9, 3/2|9/4"):
        _run(tmp_path, use, cap, table, block_shape=(1, 1))
    assert not os.path.exists(tmp_path / "cat.tif")
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]


def test_unmapped_message_lists_pairs(tmp_path):
    use = np.array([[3, 9]], dtype="uint8")
    cap = np.array([[1, 4]], dtype="uint8")
    table = table_from_rows([("t", ["3", "1", "0"])], "TABLE")
    with pytest.raises(InputError) as err:
        _run(tmp_path, use, cap, table)
    assert "9/4" in str(err.value) and "1 land-use" in str(err.value)


def test_table_errors(tmp_path):
    with pytest.raises(InputError, match="twice"):
        table_from_rows([("r1", ["3", "1", "0"]), ("r2", ["3", "1", "2"])], "TABLE")
    with pytest.raises(InputError, match="r1: a land-use code"):
        table_from_rows([("r1", ["3", "", "0"])], "TABLE")
    with pytest.raises(InputError, match="not a whole number"):
        table_from_rows([("r1", ["3", "1", "0.5"])], "TABLE")
    bad = tmp_path / "bad.csv"
    bad.write_text("use,1,2\n3 Cropland,0\n")
    with pytest.raises(InputError, match="bad.csv, line 2: 3 cells expected"):
        read_compatibility_csv(str(bad))
    good = tmp_path / "good.csv"
    good.write_text("# comment\nuse\\cap,1,2\n3 Cropland,0,2\n2,-1,0\n")
    assert read_compatibility_csv(str(good)) == {(3, 1): 0, (3, 2): 2, (2, 1): -1, (2, 2): 0}


def test_sample_cropland_overuse(sample_dir, tmp_path):
    """The sample README: 1,729 ha of cropland sit on class 6-8 land in 2023 (overuse by 2-4 steps)."""
    use = RasterInput(os.path.join(sample_dir, "landcover_2023.tif"))
    cap = RasterInput(os.path.join(sample_dir, "land_capability.tif"))
    rows, _ = run_overuse(use, cap, read_compatibility_csv(DEFAULT), None, None)
    steps = {r[3]: r[5] for r in rows if r[0] == "total" and r[2] == "steps"}
    assert sum(v for k, v in steps.items() if k >= 2) == pytest.approx(1729, abs=1)
    category = {r[3]: r[5] for r in rows if r[0] == "total" and r[2] == "category"}
    assert sum(category.values()) == pytest.approx(31581, rel=1e-3)  # ellipsoidal vs nominal 0.09 ha


def test_fractional_codes_refused(tmp_path):
    use = np.array([[3.0, 3.5]], dtype="float32")
    cap = np.array([[1, 1]], dtype="uint8")
    table = table_from_rows([("t", ["3", "1", "0"])], "TABLE")
    with pytest.raises(InputError, match="use.tif holds values that are not whole numbers"):
        _run(tmp_path, use, cap, table)
    assert not os.path.exists(tmp_path / "cat.tif")
