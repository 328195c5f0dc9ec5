"""t2monitor:soilcarbondegradation through processing.run: sample region (stepped and two maps) and bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
FLU = {9: 0.64, 11: 0.48}  # IPCC 2006 Table 5.5: tropical montane, tropical moist (the sample's zones)


def _factor(a, b, zone):
    """Stock-change factor written independently of resources/data (DOMAIN.md section 2)."""
    f = np.ones(a.shape)
    flu = np.vectorize(lambda z: FLU.get(int(z), np.nan))(zone)
    to_crop = ((a == 1) | (a == 2)) & (b == 3)
    from_crop = (a == 3) & ((b == 1) | (b == 2))
    f[to_crop] = flu[to_crop]
    f[from_crop] = 1 / flu[from_crop]
    f[(a == 4) & (b == 3)] = 0.71
    f[(a == 3) & (b == 4)] = 1 / 0.71
    f[(b == 5) & (a != 5)] = 0.1
    return f


def _sample(sample_dir, name):
    return os.path.join(sample_dir, name)


def test_sample_region_stepped_then_two_maps(sample_dir, tmp_path, t2_provider):
    out, change, modelled = (str(tmp_path / n) for n in ("soc.tif", "change.tif", "soc_2015.tif"))
    res = processing.run("t2monitor:soilcarbondegradation", {
        "SOC_INITIAL": _sample(sample_dir, "soc_2000.tif"), "LC_INITIAL": _sample(sample_dir, "landcover_2000.tif"),
        "LC_FINAL": _sample(sample_dir, "landcover_2015.tif"), "CLIMATE": _sample(sample_dir, "climate_zone.tif"),
        "OUTPUT": out, "CHANGE": change, "SOC_MODELLED": modelled})
    soc = read_raster(_sample(sample_dir, "soc_2000.tif")).astype(float)
    a = read_raster(_sample(sample_dir, "landcover_2000.tif")).astype(int)
    b = read_raster(_sample(sample_dir, "landcover_2015.tif")).astype(int)
    zone = read_raster(_sample(sample_dir, "climate_zone.tif")).astype(int)
    assert set(np.unique(zone[zone > 0]).tolist()) == {9, 11}
    ok = (soc != NODATA) & (soc > 0) & (a > 0) & (b > 0) & (zone > 0) & (b != 7)
    pct = np.where(ok, 100 * (_factor(a, b, zone) - 1), 0)
    expected = np.where(ok, np.where(pct <= -10, -1, np.where(pct >= 10, 1, 0)), NODATA)
    got = read_raster(out)
    np.testing.assert_array_equal(got, expected)
    ch = read_raster(change)
    np.testing.assert_allclose(ch[ok], pct[ok], atol=1e-4)
    # the deforestation front: forest -> cropland loses 52 % (tropical moist) or 36 % (tropical montane)
    front = ok & (a == 1) & (b == 3)
    assert front.sum() > 10000 and (got[front] == -1).all()
    np.testing.assert_allclose(ch[front & (zone == 11)], -52.0, atol=1e-4)
    assert (front & (zone == 9)).sum() > 1000
    np.testing.assert_allclose(ch[front & (zone == 9)], -36.0, atol=1e-4)
    assert (got[(b == 7) & (a > 0)] == NODATA).all()
    np.testing.assert_allclose(read_raster(modelled)[ok], (soc * _factor(a, b, zone))[ok], rtol=1e-6)
    assert res["DEGRADED_HA"] / 0.09 == pytest.approx((got == -1).sum(), rel=1e-3)
    assert res["IMPROVED_HA"] / 0.09 == pytest.approx((got == 1).sum(), rel=1e-3)
    assert os.path.exists(os.path.splitext(change)[0] + ".qml")
    # two-maps method on the modelled stock gives the same classes
    out2 = str(tmp_path / "soc2.tif")
    res2 = processing.run("t2monitor:soilcarbondegradation", {
        "MODE": 0, "SOC_INITIAL": _sample(sample_dir, "soc_2000.tif"), "SOC_FINAL": modelled,
        "LC_FINAL": _sample(sample_dir, "landcover_2015.tif"), "OUTPUT": out2, "CHANGE": str(tmp_path / "ch2.tif")})
    np.testing.assert_array_equal(read_raster(out2), got)
    assert res2["DEGRADED_HA"] == pytest.approx(res["DEGRADED_HA"])


def test_single_zone_custom_factors_and_threshold(tmp_path, t2_provider):
    soc = write_raster(tmp_path / "soc.tif", np.array([[100, 100, 100, 100]], "int16"), nodata=NODATA,
                       geotransform=GT, epsg=3035)
    lc_a = write_raster(tmp_path / "a.tif", np.array([[1, 2, 3, 1]], "uint8"), nodata=0, geotransform=GT, epsg=3035)
    lc_b = write_raster(tmp_path / "b.tif", np.array([[3, 3, 1, 1]], "uint8"), nodata=0, geotransform=GT, epsg=3035)
    change = str(tmp_path / "ch.tif")
    base = {"SOC_INITIAL": soc, "LC_INITIAL": lc_a, "LC_FINAL": lc_b, "OUTPUT": str(tmp_path / "o.tif"),
            "CHANGE": change}
    processing.run("t2monitor:soilcarbondegradation", {**base, "CLIMATE_ZONE": 1})  # 2 Warm temperate dry
    np.testing.assert_allclose(read_raster(change)[0], [-20, -20, 25, 0], atol=1e-4)
    factors = ["initial", "final", "1 A", "2 B"]
    cells = ["1", "3", "0.95", "0.5", "3", "1", "1/0.95", "2"]
    processing.run("t2monitor:soilcarbondegradation", {**base, "CLIMATE_ZONE": 0, "THRESHOLD_PCT": 4,
                                                       "FACTORS_FILE": _csv(tmp_path, factors, cells)})
    np.testing.assert_allclose(read_raster(change)[0], [-5, 0, 100 / 0.95 - 100, 0], atol=1e-4)
    assert read_raster(tmp_path / "o.tif").tolist() == [[-1, 0, 1, 0]]
    expected_change = read_raster(change)
    # the same factors in the table (its columns are the 12 zones of the default table), and through the 0.1.0
    # keys THRESHOLD, FACTORS_CSV and FACTORS
    table = ["1", "3", "0.95", "0.5"] + ["1"] * 10 + ["3", "1", "1/0.95", "2"] + ["1"] * 10
    processing.run("t2monitor:soilcarbondegradation", {**base, "CLIMATE_ZONE": 0, "THRESHOLD_PCT": 4,
                                                       "FACTORS_TABLE": table})
    np.testing.assert_array_equal(read_raster(change), expected_change)
    for old in ({"FACTORS_CSV": _csv(tmp_path, factors, cells)}, {"FACTORS": table}):
        processing.run("t2monitor:soilcarbondegradation", {**base, "CLIMATE_ZONE": 0, "THRESHOLD": 4, **old})
        np.testing.assert_array_equal(read_raster(change), expected_change)
        assert read_raster(tmp_path / "o.tif").tolist() == [[-1, 0, 1, 0]]


def _csv(tmp_path, header, cells):
    n = len(header)
    rows = [",".join(cells[i:i + n]) for i in range(0, len(cells), n)]
    path = tmp_path / "factors.csv"
    path.write_text("\n".join([",".join(header)] + rows) + "\n")
    return str(path)


def test_bad_input_is_refused_without_output(sample_dir, tmp_path, t2_provider):
    soc, lc00, lc15, clim = (_sample(sample_dir, n) for n in ("soc_2000.tif", "landcover_2000.tif",
                                                                "landcover_2015.tif", "climate_zone.tif"))
    other = write_raster(tmp_path / "other.tif", np.ones((5, 5), "uint8"), nodata=0, geotransform=GT, epsg=3035)
    only_11 = _csv(tmp_path, ["initial", "final", "11 Tropical moist"], ["1", "3", "0.48"])
    out, change = tmp_path / "o.tif", tmp_path / "c.tif"
    stepped = {"SOC_INITIAL": soc, "LC_INITIAL": lc00, "LC_FINAL": lc15, "CLIMATE": clim}
    cases = [
        ({"MODE": 0, "SOC_INITIAL": soc}, "two-maps method needs the final SOC map"),
        ({"SOC_INITIAL": soc, "LC_FINAL": lc15, "CLIMATE": clim}, "needs the initial and final land-cover maps"),
        ({**stepped, "CLIMATE": None}, "needs the climate zones"),
        ({**stepped, "FACTORS_FILE": only_11}, r"holds zones 9 that the factor table factors.csv"),
        ({**stepped, "THRESHOLD_PCT": 0}, "greater than 0"),
        ({**stepped, "RECLASS_MODE": 1}, r"not covered by the reclassification table \(landcover_2000: 1, 2, 3"),
        ({**stepped, "LC_FINAL": other}, "not on the same grid"),
        ({**stepped, "FACTORS_TABLE": ["1", "3", "0.5"]}, "not a whole number of rows"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("t2monitor:soilcarbondegradation", {**params, "OUTPUT": str(out), "CHANGE": str(change)})
        assert not out.exists() and not change.exists()
