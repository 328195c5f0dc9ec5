"""t2monitor:ldnbalance through processing.run and qgis_process: the hand-computed 4 x 6 case of
tests/core/test_ldnbalance.py end to end (tables, files, deficit raster, chart, outputs) and bad input."""
import csv
import math
import re

import numpy as np
import processing
import pytest
from core.test_ldnbalance import GT, LC, P1, P2, B
from helpers import read_raster
from qgis.core import QgsProcessingException
from qgis_process_run import run_failing, run_json

from t2_monitor_plugin.core.sdg import NODATA


def _inputs(make_raster, lc=LC):
    r = {name: make_raster(np.array(a, "int16"), nodata=NODATA, geotransform=GT, epsg=3035)
         for name, a in (("b", B), ("p1", P1), ("p2", P2))}
    return {"BASELINE": r["b"], "REPORTING": [r["p1"], r["p2"]],
            "LAND_COVER": make_raster(np.array(lc, "uint8"), nodata=0, geotransform=GT, epsg=3035),
            "PERIOD_LABELS": "2016-2019,2020-2023", "PERIOD_END_YEARS": "2019,2023"}


def _csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_tables_files_raster_and_chart(t2_provider, make_raster, tmp_path):
    params = {**_inputs(make_raster), "BALANCE": "memory:", "BALANCE_FILE": str(tmp_path / "balance.csv"),
              "COUNTERBALANCE": "memory:", "COUNTERBALANCE_FILE": str(tmp_path / "counter.xlsx"),
              "PERIOD_STATUS": "memory:", "PERIOD_STATUS_FILE": str(tmp_path / "periods.csv"),
              "DEFICIT": str(tmp_path / "deficit.tif"), "CHART": str(tmp_path / "chart.svg")}
    res = processing.run("t2monitor:ldnbalance", params)
    assert (res["VALID_HA"], res["NODATA_HA"], res["NET_HA"], res["DEFICIT_HA"]) == pytest.approx((22, 2, -1, 3),
                                                                                                  rel=1e-6)
    assert (res["DEFICIT_LAND_TYPES_COUNT"], res["NEUTRALITY_MET"]) == (3, 0)
    rows = _csv(tmp_path / "balance.csv")
    first = [r for r in rows if r["comparison"] == "vs_baseline" and r["period"] == "2016-2019"]
    net = {r["land_type_label"]: float(r["net_ha"]) for r in first if r["land_type"]}
    assert net == pytest.approx({"Tree-covered": -1, "Grassland": 1, "Cropland": -1, "Other land": -1,
                                 "Water body": 1}, rel=1e-6)
    total = next(r for r in first if r["land_type_label"] == "All land types")
    assert math.fsum(float(r["land_type_ha"]) for r in first if r["land_type"]) == pytest.approx(
        float(total["land_type_ha"]), abs=1e-9)
    assert float(total["land_type_ha"]) == pytest.approx(22, rel=1e-6)
    # the same rows in the layer output
    layer_rows = [f.attributes() for f in res["BALANCE"].getFeatures()]
    assert len(layer_rows) == len(rows)
    periods = {(r["period"], r["comparison"]): (float(r["deficit_ha"]), int(r["end_year"]), r["status"])
               for r in _csv(tmp_path / "periods.csv") if r["zone"] == "(all)"}
    assert periods[("2020-2023", "vs_baseline")][:2] == pytest.approx((2, 2023), rel=1e-6)
    assert periods[("2020-2023", "vs_previous")][2] == "Neutrality not met"
    deficit = read_raster(tmp_path / "deficit.tif")
    assert deficit.shape == (2, 4, 6)
    np.testing.assert_array_equal(deficit[0][0], [1, 1, 1, 1, 3, 3])  # tree and cropland in deficit
    np.testing.assert_array_equal(deficit[1][2], [0, 0, 0, 0, 0, -1])  # p2: other land no longer in deficit
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    values = dict(re.findall(r'data-label="([^"]+)" data-values="([^"]+)"', svg))
    deficit_series = [pair.split(":") for pair in values["Like-for-like deficit against the baseline (ha)"].split(";")]
    assert [(int(x), float(y)) for x, y in deficit_series] == [(2019, pytest.approx(3)), (2023, pytest.approx(2))]
    from osgeo import ogr
    ds = ogr.Open(str(tmp_path / "counter.xlsx"))
    assert ds is not None and ds.GetLayer(0).GetFeatureCount() > 0


def test_bad_input_messages(t2_provider, make_raster, tmp_path):
    base = {**_inputs(make_raster), "BALANCE": "memory:", "COUNTERBALANCE": "memory:", "PERIOD_STATUS": "memory:"}
    with pytest.raises(QgsProcessingException, match="1 end years were given for 2"):
        processing.run("t2monitor:ldnbalance", {**base, "PERIOD_END_YEARS": "2019"})
    with pytest.raises(QgsProcessingException, match="must increase"):
        processing.run("t2monitor:ldnbalance", {**base, "PERIOD_END_YEARS": "2023,2019"})
    lc = [row[:] for row in LC]
    lc[0][0] = 9
    with pytest.raises(QgsProcessingException, match="other than the UNCCD classes 1-7.*9"):
        processing.run("t2monitor:ldnbalance", {**base, "LAND_COVER": make_raster(
            np.array(lc, "uint8"), nodata=0, geotransform=GT, epsg=3035)})
    status = make_raster(np.full((4, 6), 4, "int16"), nodata=NODATA, geotransform=GT, epsg=3035)
    with pytest.raises(QgsProcessingException, match="-1 degraded, 0 stable, \\+1 improved"):
        processing.run("t2monitor:ldnbalance", {**base, "REPORTING": [base["REPORTING"][0], status]})
    other_grid = make_raster(np.array(P1, "int16"), nodata=NODATA, geotransform=(GT[0] + 50, *GT[1:]), epsg=3035)
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("t2monitor:ldnbalance", {**base, "REPORTING": [base["REPORTING"][0], other_grid]})
    with pytest.raises(QgsProcessingException, match="either as a raster"):
        processing.run("t2monitor:ldnbalance", {**base, "LAND_UNITS": base["LAND_COVER"],
                                                "LAND_UNIT_POLYGONS": str(_box(tmp_path))})


def _box(tmp_path):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    path = tmp_path / "units.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((4000000 2999600,4000300 2999600,4000300 3000000,"
                                               "4000000 3000000,4000000 2999600))"))
    lyr.CreateFeature(feat)
    ds = None
    return path


def test_qgis_process(qgis_process_env, make_raster, tmp_path):
    params = {**_inputs(make_raster), "BALANCE": str(tmp_path / "b.csv"), "COUNTERBALANCE": str(tmp_path / "c.csv"),
              "PERIOD_STATUS": str(tmp_path / "p.csv")}
    res = run_json(qgis_process_env, "t2monitor:ldnbalance", params)["results"]
    assert res["DEFICIT_HA"] == pytest.approx(3, rel=1e-6) and res["NEUTRALITY_MET"] == 0
    counter = [r for r in _csv(tmp_path / "c.csv") if r["zone"] == "(all)" and r["comparison"] == "vs_previous"
               and r["period"] == "2020-2023" and r["land_type_label"] == "All land types"]
    assert float(counter[0]["pooled_net_ha"]) == pytest.approx(1, rel=1e-6)
    assert float(counter[0]["deficit_ha"]) == pytest.approx(2, rel=1e-6)
    out = run_failing(qgis_process_env, "t2monitor:ldnbalance", {**params, "PERIOD_LABELS": "a,a"})
    assert "must differ" in out
