"""t2monitor:productivitytrajectory through processing.run: the sample story, a year list, and bad input."""
import os

import numpy as np
import processing
import pymannkendall as pmk
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)


def sample_masks(sample_dir, *, cleared_between):
    """Deforested pixels (tree in 2000, crop or grass in 2023, NDVI first below 0.65 in the given years) and pixels
    of restoration sites under way (in progress or monitored) that started by 2017 (RS09 has no start year: 2016)."""
    lc2000 = read_raster(os.path.join(sample_dir, "landcover_2000.tif"))
    lc2023 = read_raster(os.path.join(sample_dir, "landcover_2023.tif"))
    ndvi = read_raster(os.path.join(sample_dir, "ndvi_2001_2023.tif"))
    low = (ndvi != NODATA) & (ndvi < 6500)
    first_low = np.where(low.any(axis=0), low.argmax(axis=0) + 2001, 9999)
    cleared = (lc2000 == 1) & np.isin(lc2023, [2, 3]) & (first_low >= cleared_between[0]) & \
        (first_low <= cleared_between[1])
    ref = gdal.Open(os.path.join(sample_dir, "landcover_2000.tif"))
    mem = gdal.GetDriverByName("MEM").Create("", ref.RasterXSize, ref.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(ref.GetGeoTransform())
    mem.SetProjection(ref.GetProjection())
    gdal.Rasterize(mem, os.path.join(sample_dir, "sample.gpkg"), layers=["restoration_sites"], burnValues=[1],
                   where="status IN ('2', '3') AND (start_year <= 2017 OR start_year IS NULL)")
    return cleared, mem.ReadAsArray() == 1, (ndvi != NODATA).sum(axis=0)


def test_sample_trajectory(sample_dir, tmp_path, t2_provider):
    ndvi = os.path.join(sample_dir, "ndvi_2001_2023.tif")
    out = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("OUTPUT", "SLOPE", "Z", "P")}
    res = processing.run("t2monitor:productivitytrajectory", {"INPUT": [ndvi], **out})
    traj, slope, z, p = (read_raster(out[k]) for k in ("OUTPUT", "SLOPE", "Z", "P"))
    cleared, sites, nvalid = sample_masks(sample_dir, cleared_between=(2011, 2018))
    ok = traj != NODATA
    assert (ok == (nvalid >= 10)).all()
    assert res["DEGRADED_PIXELS"] == np.count_nonzero(traj == -1)
    assert res["STABLE_PIXELS"] + res["IMPROVED_PIXELS"] + res["DEGRADED_PIXELS"] == np.count_nonzero(ok)
    # forest cleared in the middle of the period: a significant decline
    assert cleared.sum() > 5000 and (traj[cleared] == -1).mean() > 0.85
    assert (traj[ok & ~cleared] == -1).mean() < 0.1
    # restoration sites started by 2017: significant increases far more often than elsewhere, and steeper slopes
    inside, outside = (traj[sites & ok] == 1).mean(), (traj[~sites & ok] == 1).mean()
    assert inside > 0.4 and inside > 4 * outside
    assert np.median(slope[sites & ok]) > 0.003 > 0.001 > np.median(slope[~sites & ok])
    # pixels checked one by one against pymannkendall (NDVI units: the band scale 0.0001 is applied)
    data = read_raster(ndvi)
    rows, cols = np.nonzero(ok)
    for i in np.random.default_rng(0).choice(len(rows), 60, replace=False):
        r, c = rows[i], cols[i]
        series = np.where(data[:, r, c] != NODATA, data[:, r, c] * 1e-4, np.nan)
        ref = pmk.original_test(series)
        assert traj[r, c] == (0 if not ref.h else int(np.sign(ref.z)))
        assert slope[r, c] == pytest.approx(ref.slope, rel=1e-5, abs=1e-9)
        assert z[r, c] == pytest.approx(ref.z, rel=1e-6, abs=1e-6) and p[r, c] == pytest.approx(ref.p, abs=1e-7)
    assert os.path.exists(str(tmp_path / "output.qml")) and os.path.exists(str(tmp_path / "slope.qml"))


def _years(tmp_path, first, count, shape=(6, 7), shift=0.0):
    rng = np.random.default_rng(first)
    paths = []
    for i in range(count):
        arr = (5000 + 60 * i * np.arange(shape[1])[None, :] + rng.normal(0, 50, shape)).astype("int16")
        gt = (GT[0] + shift,) + GT[1:] if i == 1 else GT
        paths.append(write_raster(tmp_path / f"ndvi_{first + i}.tif", arr, nodata=NODATA, geotransform=gt, epsg=3035))
    return paths


def test_list_of_yearly_rasters_period_and_alignment(tmp_path, t2_provider):
    paths = _years(tmp_path, 2005, 12)
    out = str(tmp_path / "t.tif")
    res = processing.run("t2monitor:productivitytrajectory", {
        "INPUT": paths, "START_YEAR": 2007, "END_YEAR": 2016, "MIN_YEARS": 8, "ALPHA": 0.01, "OUTPUT": out,
        "SLOPE": str(tmp_path / "s.tif")})
    got, slope = read_raster(out), read_raster(tmp_path / "s.tif")
    data = np.stack([read_raster(p) for p in paths[2:]])  # FIRST_YEAR read from the first file name
    for c in range(7):
        ref = pmk.original_test(data[:, 0, c].astype(float), alpha=0.01)
        assert got[0, c] == (0 if not ref.h else int(np.sign(ref.z)))
        assert slope[0, c] == pytest.approx(ref.slope, rel=1e-6)
    assert res["IMPROVED_PIXELS"] > 0 and res["STABLE_PIXELS"] > 0
    (tmp_path / "shifted").mkdir()
    shifted = _years(tmp_path / "shifted", 1990, 10, shift=100.0)  # the second year is one pixel east
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("t2monitor:productivitytrajectory", {"INPUT": shifted, "MIN_YEARS": 10,
                                                             "OUTPUT": str(tmp_path / "x.tif")})
    processing.run("t2monitor:productivitytrajectory", {"INPUT": shifted, "MIN_YEARS": 10, "ALIGN": True,
                                                         "OUTPUT": str(tmp_path / "x.tif")})
    aligned = read_raster(tmp_path / "x.tif")
    assert (aligned[:, 0] == NODATA).all() and (aligned[:, 1:] != NODATA).all()  # column 0 lacks the shifted year


def test_bad_input(tmp_path, t2_provider):
    stack = write_raster(tmp_path / "stack.tif", np.full((12, 4, 4), 5000, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    empty = write_raster(tmp_path / "empty.tif", np.full((12, 4, 4), NODATA, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    out = str(tmp_path / "out.tif")
    cases = [
        ({"INPUT": [stack]}, "year of the first band of stack.*FIRST_YEAR"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "START_YEAR": 1995}, r"1995-2012 \(START_YEAR, END_YEAR\) is outside "
                                                                      r"the years of stack, which has 12 band"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "START_YEAR": 2008}, r"2008-2012 .* has 5 year\(s\); at least 10"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "START_YEAR": 2010, "END_YEAR": 2005}, "starts after it ends"),
        ({"INPUT": [empty], "FIRST_YEAR": 2001}, "empty has no valid value"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("t2monitor:productivitytrajectory", {**params, "OUTPUT": out,
                                                                 "SLOPE": str(tmp_path / "slope.tif")})
    assert not os.path.exists(out) and not os.path.exists(tmp_path / "slope.tif")
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]
