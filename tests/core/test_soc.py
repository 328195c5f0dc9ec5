"""SOC sub-indicator: factor paths and arithmetic by hand, thresholds, water, nodata, unknown codes, block splits."""
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.landcover import read_reclass_csv
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.soc import (
    SocFactors,
    classify_change,
    read_soc_factors,
    run_soc_from_maps,
    run_soc_stepped,
    soc_factors_from_matrix,
)
from t2_monitor_plugin.core.tables_io import read_table_cells
from t2_monitor_plugin.paths import resource

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
FACTORS = resource("data", "ipcc_soc_factors.csv")
N = NODATA


def _r(tmp_path, name, arr, nodata, dtype):
    arr = np.asarray(arr, dtype=dtype)
    if arr.ndim == 1:
        arr = arr[np.newaxis]
    return RasterInput(write_raster(tmp_path / name, arr, nodata=nodata, geotransform=GT, epsg=3035))


def _outs(tmp_path, tag=""):
    return (RasterOutput(str(tmp_path / f"change{tag}.tif"), "float32", NODATA),
            RasterOutput(str(tmp_path / f"class{tag}.tif"), "int16", NODATA))


def test_default_factor_paths():
    f = read_soc_factors(FACTORS)
    assert list(f.zones) == list(range(1, 13))
    assert f.zones[9] == "9 Tropical montane"
    # forest / grassland -> cropland: IPCC 2006 Table 5.5 by climate; reverse 1/factor
    for zone, flu in {1: 0.69, 2: 0.80, 3: 0.69, 4: 0.80, 5: 0.69, 6: 0.80, 7: 0.69, 8: 0.80, 9: 0.64, 10: 0.48,
                      11: 0.48, 12: 0.58}.items():
        for natural in (1, 2):
            assert f.factor(natural, 3, zone) == pytest.approx(flu)
            assert f.factor(3, natural, zone) == pytest.approx(1 / flu)
        assert f.factor(4, 3, zone) == pytest.approx(0.71)
        assert f.factor(3, 4, zone) == pytest.approx(1 / 0.71)
        for source in (1, 2, 3, 4, 6, 7):
            assert f.factor(source, 5, zone) == pytest.approx(0.1)
        for c in range(1, 8):
            assert f.factor(c, c, zone) == 1.0
        for i, j in [(1, 2), (2, 1), (1, 4), (4, 1), (5, 1), (5, 3), (6, 1), (1, 6), (2, 6), (1, 7), (7, 3)]:
            assert f.factor(i, j, zone) == 1.0
    m = f.matrix(11)
    assert (m != 1).sum() == 12 and m[0, 2] == pytest.approx(0.48)


def _stepped_case(tmp_path):
    #       (initial, final, zone, soc)
    cases = [(1, 3, 11, 100), (1, 3, 2, 100), (2, 3, 9, 50), (3, 1, 11, 48), (3, 2, 2, 80), (4, 3, 11, 100),
             (3, 4, 2, 71), (1, 5, 11, 60), (6, 5, 2, 20), (3, 3, 11, 42), (1, 2, 11, 70), (5, 1, 11, 22),
             (1, 7, 11, 70), (2, 2, 11, 0), (1, 1, 0, 70), (1, 3, 11, -5), (1, 3, 11, N)]
    a, b, z, s = zip(*cases)
    return (_r(tmp_path, "soc.tif", s, N, "int16"), _r(tmp_path, "lc_a.tif", a, 0, "uint8"),
            _r(tmp_path, "lc_b.tif", b, 0, "uint8"), _r(tmp_path, "zone.tif", z, 0, "uint8"))


# by hand: final = soc * factor; change = 100 * (final - soc) / soc
STEPPED_FINAL = [48, 80, 32, 100, 100, 71, 100, 6, 2, 42, 70, 22]
STEPPED_CHANGE = [-52.0, -20.0, -36.0, 108.3333333, 25.0, -29.0, 40.8450704, -90.0, -90.0, 0.0, 0.0, 0.0]
STEPPED_CLASS = [-1, -1, -1, 1, 1, -1, 1, -1, -1, 0, 0, 0]


@pytest.mark.parametrize("block_shape", [(1, 3), (1, 17)])
def test_stepped_arithmetic_by_hand(tmp_path, block_shape):
    soc, lc_a, lc_b, zone = _stepped_case(tmp_path)
    change, cls = _outs(tmp_path)
    modelled = RasterOutput(str(tmp_path / "soc_final.tif"), "float32", NODATA)
    summary = run_soc_stepped(soc, lc_a, lc_b, zone, read_soc_factors(FACTORS), change, cls, out_soc=modelled,
                              block_shape=block_shape, threads=2)
    gaps = [N] * 5  # water, initial 0, climate nodata, initial < 0, initial nodata
    assert read_raster(cls.path)[0].tolist() == STEPPED_CLASS + gaps
    np.testing.assert_allclose(read_raster(change.path)[0], STEPPED_CHANGE + gaps, rtol=1e-6)
    np.testing.assert_allclose(read_raster(modelled.path)[0], STEPPED_FINAL + gaps, rtol=1e-6)
    assert summary.class_m2 == pytest.approx({-1: 6e4, 0: 3e4, 1: 3e4})
    assert summary.nodata_m2 == pytest.approx(5e4)


def test_stepped_single_zone_reclass_and_water_mask(tmp_path):
    esa = read_reclass_csv(resource("data", "esa_cci_to_unccd.csv"))
    soc = _r(tmp_path, "soc.tif", [100, 100, 100, 100, 100], N, "int16")
    lc_a = _r(tmp_path, "a.tif", [50, 130, 60, 190, 50], 0, "int16")     # tree, grass, tree, artificial, tree
    lc_b = _r(tmp_path, "b.tif", [10, 40, 210, 190, 20], 0, "int16")     # crop, crop, water, artificial, crop
    mask = _r(tmp_path, "w.tif", [0, 0, 0, 0, 3], 255, "uint8")
    change, cls = _outs(tmp_path)
    run_soc_stepped(soc, lc_a, lc_b, 9, read_soc_factors(FACTORS), change, cls, reclass_initial=esa,
                    reclass_final=esa, water=mask)
    assert read_raster(cls.path)[0].tolist() == [-1, -1, N, 0, N]
    np.testing.assert_allclose(read_raster(change.path)[0][:2], [-36.0, -36.0], rtol=1e-6)
    with pytest.raises(InputError, match="no column for climate zone 13"):
        run_soc_stepped(soc, lc_a, lc_b, 13, read_soc_factors(FACTORS), change, cls, reclass_initial=esa,
                        reclass_final=esa)


def test_unknown_codes_and_zones_are_refused_without_output(tmp_path):
    soc = _r(tmp_path, "soc.tif", np.full((10, 10), 50), N, "int16")
    a = np.full((10, 10), 1)
    a[0, 0], a[9, 9] = 8, 12
    zone = np.full((10, 10), 11)
    zone[0, 9], zone[9, 0] = 14, 13
    change, cls = _outs(tmp_path)
    factors = read_soc_factors(FACTORS)
    with pytest.raises(InputError, match=r"lc_a.tif: 8, 12\)"):
        run_soc_stepped(soc, _r(tmp_path, "lc_a.tif", a, 0, "uint8"), _r(tmp_path, "lc_b.tif", np.ones((10, 10)),
                                                                         0, "uint8"),
                        _r(tmp_path, "zone.tif", zone, 0, "uint8"), factors, change, cls, block_shape=(3, 3))
    with pytest.raises(InputError, match="holds zones 13, 14 that the factor table"):
        run_soc_stepped(soc, _r(tmp_path, "lc_ok.tif", np.ones((10, 10)), 0, "uint8"),
                        _r(tmp_path, "lc_b.tif", np.ones((10, 10)), 0, "uint8"),
                        _r(tmp_path, "zone.tif", zone, 0, "uint8"), factors, change, cls, block_shape=(3, 3))
    assert not os.path.exists(change.path) and not os.path.exists(cls.path)


def test_thresholds_at_exactly_ten_percent_and_invalid_stocks(tmp_path):
    pairs = [(100, 90), (100, 110), (100, 90.5), (100, 109.99), (50, 45), (30, 33), (0.3, 0.33), (0.3, 0.27),
             (100, 0), (100, -1), (0, 50), (-3, 50), (100, N), (N, 100)]
    initial, final = zip(*pairs)
    change, cls = _outs(tmp_path)
    run_soc_from_maps(_r(tmp_path, "i.tif", initial, N, "float32"), _r(tmp_path, "f.tif", final, N, "float32"),
                      change, cls)
    assert read_raster(cls.path)[0].tolist() == [-1, 1, 0, 0, -1, 1, 1, -1, -1, N, N, N, N, N]
    np.testing.assert_allclose(read_raster(change.path)[0][:9], [-10, 10, -9.5, 9.99, -10, 10, 10, -10, -100],
                               rtol=1e-5)
    change20, cls20 = _outs(tmp_path, "20")
    run_soc_from_maps(_r(tmp_path, "i.tif", initial, N, "float32"), _r(tmp_path, "f.tif", final, N, "float32"),
                      change20, cls20, threshold=20)
    assert read_raster(cls20.path)[0].tolist()[:9] == [0, 0, 0, 0, 0, 0, 0, 0, -1]
    with pytest.raises(InputError, match="greater than 0"):
        run_soc_from_maps(_r(tmp_path, "i.tif", initial, N, "float32"), _r(tmp_path, "f.tif", final, N, "float32"),
                          change, cls, threshold=0)
    assert classify_change(np.array([-10.0, -9.999999, 9.999999, 10.0, np.nan]), 10).tolist() == [-1, 0, 0, 1, 0]


def test_two_maps_water_from_land_cover_and_mask(tmp_path):
    initial = _r(tmp_path, "i.tif", [100, 100, 100, 100, 100], N, "int16")
    final = _r(tmp_path, "f.tif", [80, 80, 80, 80, 120], N, "int16")
    lc = _r(tmp_path, "lc.tif", [210, 10, 0, 50, 50], 0, "int16")        # water, crop, nodata (not water), tree
    mask = _r(tmp_path, "w.tif", [0, 1, 0, 255, 2], 255, "uint8")       # nodata 255 is not water
    change, cls = _outs(tmp_path)
    esa = read_reclass_csv(resource("data", "esa_cci_to_unccd.csv"))
    run_soc_from_maps(initial, final, change, cls, 10.0, mask, lc_final=lc, reclass_final=esa)
    assert read_raster(cls.path)[0].tolist() == [N, N, -1, -1, N]
    change2, cls2 = _outs(tmp_path, "codes")
    run_soc_from_maps(initial, final, change2, cls2, 10.0, _r(tmp_path, "w2.tif", [7, 3, 7, 1, 1], 0, "uint8"),
                      water_codes=[7])
    assert read_raster(cls2.path)[0].tolist() == [N, -1, N, -1, 1]


def test_same_results_across_block_splits(tmp_path):
    rng = np.random.default_rng(11)
    shape = (29, 33)
    soc = _r(tmp_path, "soc.tif", rng.integers(-2, 150, shape), N, "int16")
    lc_a = _r(tmp_path, "a.tif", rng.integers(0, 8, shape), 0, "uint8")
    lc_b = _r(tmp_path, "b.tif", rng.integers(0, 8, shape), 0, "uint8")
    zone = _r(tmp_path, "z.tif", rng.choice([0, 2, 9, 11, 12], shape), 0, "uint8")
    factors = read_soc_factors(FACTORS)
    got = []
    for k, block_shape in enumerate([shape, (5, 7), (29, 4)]):
        change, cls = _outs(tmp_path, str(k))
        run_soc_stepped(soc, lc_a, lc_b, zone, factors, change, cls, block_shape=block_shape, threads=2)
        got.append((read_raster(cls.path), read_raster(change.path)))
    for cls, change in got[1:]:
        np.testing.assert_array_equal(cls, got[0][0])
        np.testing.assert_array_equal(change, got[0][1])
    # independent whole-array numpy
    s, a, b, z = (read_raster(x.path).astype(float) for x in (soc, lc_a, lc_b, zone))
    fac = np.ones(shape)
    for i in range(shape[0]):
        for j in range(shape[1]):
            if a[i, j] and b[i, j] and z[i, j]:
                fac[i, j] = factors.factor(int(a[i, j]), int(b[i, j]), int(z[i, j]))
    ok = (s > 0) & (a > 0) & (b > 0) & (z > 0) & (b != 7)
    pct = np.where(ok, 100 * (s * fac - s) / np.where(ok, s, 1), 0)
    expected = np.where(ok, np.where(pct <= -10 + 1e-9, -1, np.where(pct >= 10 - 1e-9, 1, 0)), N)
    np.testing.assert_array_equal(got[0][0], expected)


def test_factor_table_parsing(tmp_path):
    headers, cells = read_table_cells(FACTORS)
    assert headers[:3] == ["initial", "final", "1 Warm temperate moist"] and cells[14 * 2 + 2] == "1/0.69"
    parsed = soc_factors_from_matrix(cells, headers, "FACTORS")
    assert parsed.factors == read_soc_factors(FACTORS).factors
    head = ["initial", "final", "11 Tropical moist", "9 Tropical montane"]

    def table(*rows):
        return SocFactors.from_table(head, [(f"row {k}", list(r)) for k, r in enumerate(rows, 1)], "t")

    assert table(["1 Tree-covered", "3 Cropland", "0.5", "1/2"]).factor(1, 3, 9) == 0.5
    for rows, message in [
        ([["1", "3", "0.5", "0.6"], ["1", "3", "0.5", "0.6"]], "given twice"),
        ([["2", "2", "0.5", "0.6"]], "keeps factor 1"),
        ([["1", "8", "0.5", "0.6"]], "UNCCD classes 1 to 7"),
        ([["1", "3", "0", "0.6"]], "greater than 0"),
        ([["1", "3", "0.5"]], "4 cells expected"),
        ([["1", "3", "x", "0.5"]], "'x' is not a number"),
    ]:
        with pytest.raises(InputError, match=message):
            table(*rows)
    with pytest.raises(InputError, match="more than one column for climate zone"):
        SocFactors.from_table(["i", "f", "9 a", "9 b"], [], "t")
