"""t2monitor:productivityperformance through processing.run: the sample region against numpy, polygons, bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import performance_reference, read_raster, write_raster
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer

from t2_monitor_plugin.core.sdg import NODATA

ALG = "t2monitor:productivityperformance"
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


def sample_arrays(sample_dir, first=2001, last=2015):
    ds = gdal.Open(os.path.join(sample_dir, "ndvi_2001_2023.tif"))
    stack = ds.ReadAsArray()[first - 2001:last - 2001 + 1]
    scale = ds.GetRasterBand(1).GetScale()
    units = read_raster(os.path.join(sample_dir, "land_units.tif"))
    return stack, scale, units


def test_sample_region_baseline(sample_dir, tmp_path, t2_provider):
    out, ratio, table = tmp_path / "perf.tif", tmp_path / "ratio.tif", tmp_path / "units.xlsx"
    res = processing.run(ALG, {
        "INPUT": [os.path.join(sample_dir, "ndvi_2001_2023.tif")], "START_YEAR": 2001, "END_YEAR": 2015,
        "LAND_UNITS": os.path.join(sample_dir, "land_units.tif"), "OUTPUT": str(out), "RATIO": str(ratio),
        "UNIT_STATS": "memory:", "UNIT_STATS_FILE": str(table)})
    stack, scale, units = sample_arrays(sample_dir)
    cls, ref_ratio, pct = performance_reference(stack, units, scale=scale)
    got = read_raster(out)
    np.testing.assert_array_equal(got, cls)
    np.testing.assert_array_equal(read_raster(ratio), ref_ratio)
    rows = {f["unit"]: f for f in res["UNIT_STATS"].getFeatures()}
    assert sorted(rows) == [11, 12, 13, 21, 22, 23, 31, 32, 41, 42, 43]
    for unit, value in pct.items():
        assert rows[unit]["unit_percentile"] == value
        assert rows[unit]["cutoff"] == pytest.approx(0.5 * value)
        assert rows[unit]["degraded_pixels"] == ((cls == -1) & (units == unit)).sum()
    # the numbers of the synthetic story: 24 217 of 350 900 pixels rated below half of their unit's 90th percentile,
    # most of them bare peaks inside the montane Leptosol unit (43) and the floodplain (31)
    assert (got == -1).sum() == 24217 and (got != NODATA).sum() == 350900
    assert rows[43]["degraded_share"] == pytest.approx(0.3557, abs=1e-4)
    assert 0.79 < pct[11] < 0.88                                  # lowland forest NDVI
    assert res["DEGRADED_HA"] == pytest.approx(24217 * 0.09, rel=2e-3)   # UTM pixels: true areas, close to 0.09 ha
    assert res["RATED_HA"] == pytest.approx(350900 * 0.09, rel=2e-3)
    assert res["DEGRADED_PIXELS"] == 24217 and res["RATED_PIXELS"] == 350900
    import openpyxl

    assert openpyxl.load_workbook(table).active.max_row == 12
    assert os.path.exists(tmp_path / "perf.qml") and os.path.exists(tmp_path / "ratio.qml")
    layer = QgsRasterLayer(str(ratio), "ratio")
    assert layer.loadNamedStyle(str(tmp_path / "ratio.qml"))[1] and layer.renderer().type() == "singlebandpseudocolor"


def _units_layer(path, features, epsg=32718):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("unit_id", ogr.OFTInteger))
    for (x0, y0, x1, y1), unit in features:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        if unit is not None:
            feat["unit_id"] = unit
        lyr.CreateFeature(feat)
    ds = None
    return f"{path}|layername=units"


def test_sample_region_with_polygon_units_and_reporting_period(sample_dir, tmp_path, t2_provider):
    """Two polygons split the region at x = 339 000 m (a pixel edge); a third lies outside the raster and
    one has no id: both are reported, the others are burned by pixel centre."""
    layer = _units_layer(tmp_path / "units.gpkg", [
        ((329000, 9271000, 339000, 9291000), 1), ((339000, 9271000, 349000, 9291000), 2),
        ((400000, 9000000, 401000, 9001000), 3), ((330000, 9280000, 331000, 9281000), None)])
    fb = Feedback()
    out, old = tmp_path / "perf.tif", tmp_path / "perf_old_key.tif"
    params = {"INPUT": [os.path.join(sample_dir, "ndvi_2001_2023.tif")], "START_YEAR": 2016,
              "LAND_UNITS_POLYGONS": layer, "LAND_UNITS_FIELD": "unit_id", "PERCENTILE": 80, "UNIT_STATS": "memory:"}
    processing.run(ALG, {**params, "THRESHOLD_RATIO": 0.6, "OUTPUT": str(out)}, feedback=fb)
    processing.run(ALG, {**params, "THRESHOLD": 0.6, "OUTPUT": str(old)})  # the 0.1.0 key
    np.testing.assert_array_equal(read_raster(old), read_raster(out))
    stack, scale, _ = sample_arrays(sample_dir, 2016, 2023)
    units = np.where(np.arange(600) < 300, 1, 2)[np.newaxis].repeat(600, axis=0)   # col 300 starts at 339 000
    cls, _, _ = performance_reference(stack, units, 80.0, 0.6, scale=scale)
    np.testing.assert_array_equal(read_raster(out), cls)
    assert any("unit(s) 3 " in w and "no pixel centre" in w for w in fb.warnings), fb.warnings
    assert any("1 feature(s)" in w for w in fb.warnings), fb.warnings
    assert not [f for f in os.listdir(tmp_path) if f.startswith("land_units_")]


def _r(path, arr, nodata=NODATA, gt=GT):
    return write_raster(path, np.asarray(arr), nodata=nodata, geotransform=gt, epsg=3035)


def test_mean_raster_and_unit_without_values(tmp_path, t2_provider):
    mean = np.arange(1, 101, dtype="float32").reshape(10, 10)
    mean[:, 8:] = -9999
    units = np.ones((10, 10), "int16")
    units[:, 5:] = 2
    units[:, 8:] = 3                      # no valid mean at all
    fb = Feedback()
    inputs = {"INPUT": [_r(tmp_path / "mean.tif", mean, -9999)], "LAND_UNITS": _r(tmp_path / "u.tif", units)}
    res = processing.run(ALG, {**inputs, "OUTPUT": str(tmp_path / "p.tif"), "UNIT_STATS": "memory:",
                               "UNIT_STATS_FILE": str(tmp_path / "units.csv")}, feedback=fb)
    old = processing.run(ALG, {**inputs, "OUTPUT": str(tmp_path / "p_old.tif"), "UNIT_TABLE": "memory:",
                               "UNIT_TABLE_FILE": str(tmp_path / "units_old.csv")})   # the 0.1.0 keys
    assert (tmp_path / "units_old.csv").read_text() == (tmp_path / "units.csv").read_text()
    assert old["UNIT_TABLE_FILE"] == str(tmp_path / "units_old.csv")
    m = mean.astype(float)
    expected = np.full((10, 10), NODATA, "int16")
    for cols in (slice(0, 5), slice(5, 8)):          # units 1 and 2
        p = np.percentile(m[:, cols], 90)
        expected[:, cols] = np.where(m[:, cols] / p < 0.5, -1, 0)
    np.testing.assert_array_equal(read_raster(tmp_path / "p.tif"), expected)
    rows = {f["unit"]: f for f in res["UNIT_STATS"].getFeatures()}
    assert rows[3]["pixels"] == 0 and rows[3]["note"] == "no pixel with a valid index value"
    assert any("Land unit(s) 3 " in w for w in fb.warnings)
    assert res["DEGRADED_HA"] == pytest.approx((expected == -1).sum())


def test_bad_input_gives_clear_messages_and_no_output(tmp_path, t2_provider):
    stack = _r(tmp_path / "ndvi.tif", np.full((3, 8, 8), 5000, "int16"))
    units = _r(tmp_path / "units.tif", np.ones((8, 8), "int16"))
    coarse = _r(tmp_path / "coarse.tif", np.ones((4, 4), "int16"), gt=(GT[0], 200.0, 0.0, GT[3], 0.0, -200.0))
    water = _r(tmp_path / "water.tif", np.full((3, 8, 8), -500, "int16"))
    polygons = _units_layer(tmp_path / "u.gpkg", [((GT[0], GT[3] - 800, GT[0] + 800, GT[3]), 1)], epsg=3035)
    out, ratio = tmp_path / "out" / "p.tif", tmp_path / "out" / "r.tif"
    os.makedirs(out.parent)
    cases = [
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "LAND_UNITS": coarse}, "not on the same grid"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001}, "Give the land units"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "LAND_UNITS_POLYGONS": polygons}, "holds the land unit ids"),
        ({"INPUT": [stack], "FIRST_YEAR": 2001, "START_YEAR": 1999, "LAND_UNITS": units}, "outside the years"),
        ({"INPUT": [stack], "LAND_UNITS": units}, "FIRST_YEAR"),
        ({"INPUT": [water], "FIRST_YEAR": 2001, "LAND_UNITS": units}, "No land unit has a positive 90th"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run(ALG, {**params, "OUTPUT": str(out), "RATIO": str(ratio), "UNIT_STATS": "memory:"})
        assert os.listdir(out.parent) == [], params
    res = processing.run(ALG, {"INPUT": [stack], "FIRST_YEAR": 2001, "LAND_UNITS": coarse, "ALIGN": True,
                               "OUTPUT": str(out), "UNIT_STATS": "memory:"})
    assert (read_raster(res["OUTPUT"]) == 0).all()
    res = processing.run(ALG, {"INPUT": [stack], "FIRST_YEAR": 2001, "LAND_UNITS_POLYGONS": polygons,
                               "LAND_UNITS_FIELD": "unit_id", "OUTPUT": str(out), "UNIT_STATS": "memory:"})
    assert (read_raster(res["OUTPUT"]) == 0).all()
