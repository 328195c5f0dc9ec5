"""LPD: every (trajectory, state, performance) combination against independent implementations of the published
tables, nodata in each position, and the external-map reclassification."""
import itertools
import json
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.lpd import (
    load_lpd_presets,
    lpd_from_components,
    lpd_table_from_rows,
    read_lpd_table,
    run_dynamics,
    run_external_lpd,
)
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PRESETS = os.path.join(ROOT, "resources", "data", "lpd_external_presets.json")
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)


def domain_lpd(t, s, p):
    """DOMAIN.md section 2, written out as plain rules: start from the trajectory, then the overrides in order
    (later ones win); any nodata -> nodata."""
    if NODATA in (t, s, p):
        return NODATA
    value = {-1: 1, 0: 4, 1: 5}[t]
    if (t, s, p) == (0, 0, -1):
        value = 3
    if (t, s, p) == (1, -1, -1):
        value = 2
    if (t, s, p) == (0, -1, 0):
        value = 2
    if (t, s, p) == (0, -1, -1):
        value = 1
    return value


# PRAIS 4 reporting manual, SO1-2, table 13: (trend, state, performance) -> LPD class, 18 rows.
UP, ST, DN = 1, 0, -1   # improving / stable / degrading (trend, state); performance: ST stable, DN degraded
PRAIS_TABLE_13 = {
    (UP, UP, ST): 5, (UP, UP, DN): 5, (UP, ST, ST): 5, (UP, ST, DN): 5, (UP, DN, ST): 5, (UP, DN, DN): 2,
    (ST, UP, ST): 4, (ST, UP, DN): 4, (ST, ST, ST): 4, (ST, ST, DN): 3, (ST, DN, ST): 2, (ST, DN, DN): 1,
    (DN, UP, ST): 1, (DN, UP, DN): 1, (DN, ST, ST): 1, (DN, ST, DN): 1, (DN, DN, ST): 1, (DN, DN, DN): 1,
}


def test_all_27_combinations_and_nodata_in_each_position():
    codes = (-1, 0, 1, NODATA)
    combos = list(itertools.product(codes, repeat=3))
    t, s, p = (np.array([c[i] for c in combos], "int16") for i in range(3))
    got = lpd_from_components(t, s, p)
    assert got.dtype == np.int16
    for (a, b, c), value in zip(combos, got.tolist()):
        assert value == domain_lpd(a, b, c), (a, b, c)
    assert sum(NODATA in c for c in combos) == 64 - 27


def test_agrees_with_prais_table_13():
    """Performance only takes -1/0 in the method: the 18 published rows."""
    for (t, s, p), expected in PRAIS_TABLE_13.items():
        assert lpd_from_components(np.array([t]), np.array([s]), np.array([p]))[0] == expected
    # performance +1 never comes out of the method; the table is applied literally: it matches no override
    assert lpd_from_components(np.array([0]), np.array([-1]), np.array([1]))[0] == 4


def _r(path, arr, nodata=NODATA, dtype="int16"):
    return write_raster(path, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=GT, epsg=3035)


def test_run_dynamics_blocks_and_three_classes(tmp_path):
    rng = np.random.default_rng(0)
    shape = (45, 37)
    t = rng.choice([-1, 0, 1, NODATA], size=shape, p=[.3, .4, .25, .05]).astype("int16")
    s = rng.choice([-1, 0, 1, NODATA], size=shape, p=[.3, .4, .25, .05]).astype("int16")
    p = rng.choice([-1, 0, NODATA], size=shape, p=[.4, .55, .05]).astype("int16")
    summary = run_dynamics(RasterInput(_r(tmp_path / "t.tif", t)), RasterInput(_r(tmp_path / "s.tif", s)),
                           RasterInput(_r(tmp_path / "p.tif", p)), RasterOutput(str(tmp_path / "lpd.tif")),
                           RasterOutput(str(tmp_path / "lpd3.tif")), block_shape=(16, 16), threads=2)
    expected = np.vectorize(domain_lpd)(t, s, p).astype("int16")
    np.testing.assert_array_equal(read_raster(tmp_path / "lpd.tif"), expected)
    three = np.select([expected == NODATA, expected <= 2, expected <= 4], [NODATA, -1, 0], 1)
    np.testing.assert_array_equal(read_raster(tmp_path / "lpd3.tif"), three)
    assert summary.class_pixels == {c: int((expected == c).sum()) for c in range(1, 6)}


def test_run_dynamics_refuses_other_codes_and_writes_nothing(tmp_path):
    t = np.zeros((4, 4), "int16")
    s = np.zeros((4, 4), "int16")
    p = np.zeros((4, 4), "int16")
    t[0, 0], p[1, 1], p[2, 2] = 2, 1, 7
    with pytest.raises(InputError) as err:
        run_dynamics(RasterInput(_r(tmp_path / "t.tif", t), "traj"), RasterInput(_r(tmp_path / "s.tif", s)),
                     RasterInput(_r(tmp_path / "p.tif", p), "perf"), RasterOutput(str(tmp_path / "out" / "l.tif")),
                     block_shape=(2, 2))
    assert "(traj: 2; perf: 1, 7)" in str(err.value)
    assert os.listdir(tmp_path / "out") == []


def test_presets_file():
    with open(PRESETS, encoding="utf-8") as fh:
        raw = json.load(fh)
    presets = load_lpd_presets(PRESETS)
    assert [p.id for p in presets] == [p["id"] for p in raw["presets"]]
    assert len({p.id for p in presets}) == len(presets) >= 3
    for preset in presets:
        assert preset.source and preset.name
        assert {v for v in preset.table.values()} <= {1, 2, 3, 4, 5, NODATA}
        assert all(preset.table[c] == c for c in range(1, 6))            # every known product codes 1..5 as ours
        assert preset.table[-32768] == NODATA
    jrc = next(p for p in presets if p.id == "jrc_lpd")
    assert jrc.table[0] == NODATA


def test_external_map_preset_unmapped_and_float_codes(tmp_path):
    jrc = next(p for p in load_lpd_presets(PRESETS) if p.id == "jrc_lpd")
    codes = np.array([[0, 1, 2, 3], [4, 5, 255, 1], [3, 3, 0, 5]], "uint8")
    path = _r(tmp_path / "jrc.tif", codes, nodata=255, dtype="uint8")
    summary = run_external_lpd(RasterInput(path), jrc.table, RasterOutput(str(tmp_path / "o.tif")),
                               RasterOutput(str(tmp_path / "o3.tif")), block_shape=(2, 2))
    expected = np.where((codes == 0) | (codes == 255), NODATA, codes).astype("int16")
    np.testing.assert_array_equal(read_raster(tmp_path / "o.tif"), expected)
    three = np.select([expected == NODATA, expected <= 2, expected <= 4], [NODATA, -1, 0], 1)
    np.testing.assert_array_equal(read_raster(tmp_path / "o3.tif"), three)
    assert summary.class_pixels == {1: 2, 2: 1, 3: 3, 4: 1, 5: 2}
    bad = codes.copy()
    bad[0, 0], bad[2, 3] = 9, 17                      # in different blocks: both are reported
    path = _r(tmp_path / "bad.tif", bad, nodata=255, dtype="uint8")
    with pytest.raises(InputError, match="bad.tif holds codes 9, 17 that the reclassification table does not"):
        run_external_lpd(RasterInput(path), jrc.table, RasterOutput(str(tmp_path / "out" / "x.tif")),
                         RasterOutput(str(tmp_path / "out" / "x3.tif")), block_shape=(2, 2))
    assert os.listdir(tmp_path / "out") == []
    floats = codes.astype("float32")
    floats[1, 1] = 2.5
    path = _r(tmp_path / "f.tif", floats, nodata=255, dtype="float32")
    with pytest.raises(InputError, match="codes 2.5 "):
        run_external_lpd(RasterInput(path), jrc.table, RasterOutput(str(tmp_path / "out" / "y.tif")))
    with pytest.raises(InputError, match="mapped to 6"):
        run_external_lpd(RasterInput(path), {1: 6}, RasterOutput(str(tmp_path / "out" / "y.tif")))


def test_custom_tables(tmp_path):
    rows = [("row 1", ["10", "1"]), ("row 2", ["20", "nodata"]), ("row 3", ["30", "5"])]
    assert lpd_table_from_rows(rows, "T") == {10: 1, 20: NODATA, 30: 5}
    with pytest.raises(InputError, match="row 2: a code and an LPD class"):
        lpd_table_from_rows([("row 1", ["1", "1"]), ("row 2", ["2", ""])], "T")
    with pytest.raises(InputError, match="given twice"):
        lpd_table_from_rows([("a", ["1", "1"]), ("b", ["1", "2"])], "T")
    csv = tmp_path / "t.csv"
    csv.write_text("# my national LPD\ncode,lpd\n1,5\n2,4\n3,3\n4,2\n5,1\n0,nodata\n", encoding="utf-8")
    assert read_lpd_table(str(csv)) == {1: 5, 2: 4, 3: 3, 4: 2, 5: 1, 0: NODATA}
