"""Land-cover sub-indicator: every cell of the default matrix, reclassification, unmapped codes, nodata, blocks."""
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.landcover import (
    matrix_cells,
    matrix_from_rows,
    read_reclass_csv,
    read_transition_matrix,
    run_landcover_degradation,
    transition_rows,
    validate_matrix,
)
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.tables_io import matrix_rows, parse_number, read_code_table
from t2_monitor_plugin.paths import resource

# DOMAIN.md section 2, written out independently of resources/data (rows: from, columns: to 1..7)
DOMAIN_TABLE = """
0 - - - - - 0
+ 0 + - - - 0
+ - 0 - - - 0
- - - 0 - - 0
+ + + + 0 + 0
+ + + + - 0 0
0 0 0 0 0 0 0
"""
DOMAIN = np.array([[{"+": 1, "-": -1, "0": 0}[c] for c in line.split()] for line in DOMAIN_TABLE.strip().splitlines()])
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
DEFAULT = resource("data", "unccd_transition_matrix.csv")
ESA = resource("data", "esa_cci_to_unccd.csv")


def _r(tmp_path, name, arr, nodata=0, dtype="uint8"):
    return RasterInput(write_raster(tmp_path / name, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=GT,
                                    epsg=3035))


def _out(tmp_path, name="lc.tif"):
    return RasterOutput(str(tmp_path / name), "int16", NODATA)


def _all_pairs(repeat=2):
    """Rasters holding each of the 49 transitions in a repeat x repeat patch (14 x 14 for repeat 2)."""
    i, f = np.meshgrid(np.arange(1, 8), np.arange(1, 8), indexing="ij")
    return (np.kron(i, np.ones((repeat, repeat), int)), np.kron(f, np.ones((repeat, repeat), int)))


def test_default_file_is_the_domain_matrix():
    np.testing.assert_array_equal(read_transition_matrix(DEFAULT), DOMAIN)


@pytest.mark.parametrize("block_shape", [(3, 5), (14, 14)])
def test_every_cell_of_the_default_matrix(tmp_path, block_shape):
    a, b = _all_pairs()
    out, trans = _out(tmp_path), RasterOutput(str(tmp_path / "t.tif"), "uint8", 0)
    summary = run_landcover_degradation(_r(tmp_path, "a.tif", a), _r(tmp_path, "b.tif", b), None, None,
                                        read_transition_matrix(DEFAULT), out, trans, block_shape=block_shape,
                                        threads=2)
    got = read_raster(out.path)
    for i in range(7):
        for f in range(7):
            patch = got[2 * i:2 * i + 2, 2 * f:2 * f + 2]
            assert (patch == DOMAIN[i, f]).all(), (i + 1, f + 1)
    np.testing.assert_array_equal(read_raster(trans.path), a * 10 + b)
    assert summary.transition_m2 == pytest.approx({i * 10 + f: 4e4 for i in range(1, 8) for f in range(1, 8)})
    by_sdg = summary.sdg_m2(DOMAIN)
    assert by_sdg[-1] == pytest.approx(4e4 * (DOMAIN == -1).sum())
    assert by_sdg[1] == pytest.approx(4e4 * (DOMAIN == 1).sum())
    rows = transition_rows(summary, DOMAIN)
    assert len(rows) == 49 and rows[2][:7] == (1, "Tree-covered", 3, "Cropland", 13, -1, "Degraded")
    assert sum(r[7] for r in rows) == pytest.approx(196) and sum(r[8] for r in rows) == pytest.approx(1)


def test_custom_matrix_and_esa_reclass_against_numpy(tmp_path):
    rng = np.random.default_rng(7)
    esa = read_reclass_csv(ESA)
    codes = np.array(sorted(esa))
    a = rng.choice(codes, (23, 31))
    b = rng.choice(codes, (23, 31))
    a[0, :4] = 0  # nodata
    b[5, 5] = 0
    matrix = rng.integers(-1, 2, (7, 7))
    out = _out(tmp_path)
    run_landcover_degradation(_r(tmp_path, "a.tif", a, dtype="int16"), _r(tmp_path, "b.tif", b, dtype="int16"), esa,
                              esa, matrix, out, block_shape=(6, 8), threads=2)
    ua = np.vectorize(lambda c: esa.get(int(c), 0))(a)
    ub = np.vectorize(lambda c: esa.get(int(c), 0))(b)
    expected = np.where((a > 0) & (b > 0), matrix[np.maximum(ua, 1) - 1, np.maximum(ub, 1) - 1], NODATA)
    np.testing.assert_array_equal(read_raster(out.path), expected)


def test_esa_preset_spot_checks():
    esa = read_reclass_csv(ESA)
    expected = {10: 3, 11: 3, 12: 3, 20: 3, 30: 3, 40: 3, 50: 1, 62: 1, 90: 1, 100: 1, 110: 2, 120: 2, 130: 2, 140: 2,
                150: 2, 153: 2, 160: 4, 170: 4, 180: 4, 190: 5, 200: 6, 202: 6, 210: 7, 220: 6}
    assert {k: esa[k] for k in expected} == expected
    assert len(esa) == 37 and 0 not in esa


def test_unmapped_codes_are_all_listed_and_nothing_is_written(tmp_path):
    a = np.full((20, 20), 50, "int16")
    b = np.full((20, 20), 10, "int16")
    a[1, 1] = 99        # first block
    a[18, 18] = 7       # last block
    a[19, 0] = 0        # nodata: never reported
    b[10, 10] = 250     # a middle block of the other map
    b[12, 3] = 99
    out = _out(tmp_path)
    esa = read_reclass_csv(ESA)
    with pytest.raises(InputError) as err:
        run_landcover_degradation(_r(tmp_path, "lc_a.tif", a, dtype="int16"), _r(tmp_path, "lc_b.tif", b,
                                                                                 dtype="int16"),
                                  esa, esa, DOMAIN, out, RasterOutput(str(tmp_path / "t.tif"), "uint8", 0),
                                  block_shape=(5, 5), threads=2)
    assert "lc_a.tif: 7, 99" in str(err.value) and "lc_b.tif: 99, 250" in str(err.value)
    assert not os.path.exists(out.path) and not os.path.exists(tmp_path / "t.tif")
    assert [f for f in os.listdir(tmp_path) if not f.startswith("lc_")] == []
    with pytest.raises(InputError, match=r"other than the UNCCD classes 1-7 .*lc_a.tif: 50, 99\)"):
        run_landcover_degradation(_r(tmp_path, "lc_a.tif", a, dtype="int16"),
                                  _r(tmp_path, "lc_u.tif", np.ones((20, 20))), None, None, DOMAIN, out,
                                  block_shape=(5, 5))
    assert not os.path.exists(out.path)


def test_nodata_propagation(tmp_path):
    a = np.array([[1, 1, 0, 3], [2, 0, 5, 7]])
    b = np.array([[3, 0, 0, 1], [0, 3, 6, 7]])
    out, trans = _out(tmp_path), RasterOutput(str(tmp_path / "t.tif"), "uint8", 0)
    summary = run_landcover_degradation(_r(tmp_path, "a.tif", a), _r(tmp_path, "b.tif", b), None, None, DOMAIN,
                                        out, trans)
    n = NODATA
    assert read_raster(out.path).tolist() == [[-1, n, n, 1], [n, n, 1, 0]]
    assert read_raster(trans.path).tolist() == [[13, 0, 0, 31], [0, 0, 56, 77]]
    assert summary.nodata_m2 == pytest.approx(4e4)


def test_float_codes_and_same_results_across_block_splits(tmp_path):
    rng = np.random.default_rng(3)
    a = rng.integers(0, 8, (37, 41))
    b = rng.integers(0, 8, (37, 41))
    ra, rb = _r(tmp_path, "a.tif", a), _r(tmp_path, "b.tif", b)
    results = []
    for k, shape in enumerate([(37, 41), (4, 7), (10, 41), (1, 3)]):
        out = _out(tmp_path, f"o{k}.tif")
        s = run_landcover_degradation(ra, rb, None, None, DOMAIN, out, block_shape=shape, threads=2)
        results.append((read_raster(out.path), s.transition_m2))
    for arr, m2 in results[1:]:
        np.testing.assert_array_equal(arr, results[0][0])
        assert m2 == pytest.approx(results[0][1])
    fa = _r(tmp_path, "f.tif", a + 0.5, nodata=-1, dtype="float32")
    with pytest.raises(InputError, match="decimal values"):
        run_landcover_degradation(fa, rb, None, None, DOMAIN, _out(tmp_path, "f_out.tif"))
    whole = _r(tmp_path, "w.tif", np.where(a > 0, a, -1), nodata=-1, dtype="float32")
    out = _out(tmp_path, "w_out.tif")
    run_landcover_degradation(whole, rb, None, None, DOMAIN, out)
    np.testing.assert_array_equal(read_raster(out.path), results[0][0])


def test_matrix_validation_and_tables(tmp_path):
    with pytest.raises(InputError, match="7 rows and 7 columns"):
        validate_matrix(np.zeros((6, 7)), "m")
    with pytest.raises(InputError, match="holds 0.5, 2;"):
        validate_matrix(np.where(np.eye(7) > 0, 2, 0.5 * (np.arange(49).reshape(7, 7) == 3)), "m")
    cells = matrix_cells(DOMAIN)
    assert cells[:8] == ["1 Tree-covered", "0", "-1", "-1", "-1", "-1", "-1", "0"]
    np.testing.assert_array_equal(matrix_from_rows(matrix_rows(cells, 8, "MATRIX"), "MATRIX"), DOMAIN)
    swapped = cells[8:16] + cells[:8] + cells[16:]
    with pytest.raises(InputError, match="1 to 7 in order, not 2, 1, 3"):
        matrix_from_rows(matrix_rows(swapped, 8, "MATRIX"), "MATRIX")
    nested = [cells[r * 8:(r + 1) * 8] for r in range(7)]
    np.testing.assert_array_equal(matrix_from_rows(matrix_rows(nested, 8, "MATRIX"), "MATRIX"), DOMAIN)
    bad = tmp_path / "six.csv"
    bad.write_text("x,1,2,3,4,5,6\n" + "".join(f"{i},0,0,0,0,0,0\n" for i in range(1, 7)))
    with pytest.raises(InputError, match="7 rows and 7 columns"):
        read_transition_matrix(str(bad))
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("x,1,2\n1,0\n2,0,0\n")
    with pytest.raises(InputError, match="ragged.csv, line 2: 3 cells expected"):
        read_transition_matrix(str(ragged))
    table = tmp_path / "legend.csv"
    table.write_text("# national legend\ncode;class\n".replace(";", ",") + '101,1,"Forest, dense"\n\n102,3\n')
    assert read_code_table(str(table)) == {101: 1.0, 102: 3.0}
    assert read_reclass_csv(str(table)) == {101: 1, 102: 3}
    table.write_text("101,1\n102,9\n")
    with pytest.raises(InputError, match="sends codes to 9"):
        read_reclass_csv(str(table))
    table.write_text("101,1\n101,2\n")
    with pytest.raises(InputError, match="code 101 is given twice"):
        read_reclass_csv(str(table))
    assert parse_number("1/0.5") == 2.0 and parse_number("+1") == 1.0
    with pytest.raises(InputError, match="'x' is not a number"):
        parse_number("x", "cell")
