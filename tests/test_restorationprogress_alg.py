"""t2monitor:restorationprogress on synthetic sites with known years, and on the sample region."""
import os
import xml.etree.ElementTree as ET

import geopandas as gpd
import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import ogr, osr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage
from shapely.geometry import box

ALG = "t2monitor:restorationprogress"
X0, Y0 = 500000.0, 9000000.0
SITES = [  # (start, end, status, box in metres from (X0, Y0))
    (2015, None, "2", (0, 0, 2000, 1000)),
    (2018, 2021, "3", (1000, 0, 3000, 1000)),  # overlaps the first by 1000 x 1000
    (2021, None, "2", (5000, 0, 6000, 2000)),
    (2019, None, "1", (8000, 0, 9000, 1000)),  # in preparation: never counts
]


def _write_sites(path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("sites", srs, ogr.wkbPolygon)
    for name, kind in (("start", ogr.OFTInteger), ("finish", ogr.OFTInteger), ("status", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for start, end, status, (a, b, c, d) in SITES:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["start"], f["status"] = start, status
        if end:
            f["finish"] = end
        f.SetGeometry(ogr.CreateGeometryFromWkt(box(X0 + a, Y0 + b, X0 + c, Y0 + d).wkt))
        lyr.CreateFeature(f)
    ds = None
    return str(path) + "|layername=sites"


def _ferm(boxes):
    geoms = [box(X0 + a, Y0 + b, X0 + c, Y0 + d) for a, b, c, d in boxes]
    return gpd.GeoSeries(geoms, crs=32718).to_crs(6933).union_all().area / 1e4 if geoms else 0.0


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_synthetic_progress(tmp_path, t2_provider):
    sites = _write_sites(tmp_path / "s.gpkg")
    degraded = str(tmp_path / "deg.gpkg")  # degraded land: a strip y in 0..500 over the whole width
    gpd.GeoDataFrame(geometry=[box(X0 - 1000, Y0, X0 + 10000, Y0 + 500)], crs=32718).to_file(degraded)
    chart = str(tmp_path / "chart.svg")
    params = {"SITES": sites, "START_YEAR_FIELD": "start", "END_YEAR_FIELD": "finish", "STATUS_FIELD": "status",
              "BASELINE_YEAR": 2020, "DEGRADED_POLYGONS": degraded, "OUTPUT": "memory:", "VALIDATION": "memory:"}
    res = processing.run(ALG, {**params, "END_YEAR": 2030, "TARGET_PCT": 30.0, "CHART": chart})
    rows = _rows(res["OUTPUT"])
    # the 0.1.0 keys FIRST_YEAR, LAST_YEAR, TARGET and LAST_YEAR_AREA_HA still work, with the same results
    old = processing.run(ALG, {**params, "FIRST_YEAR": 2015, "LAST_YEAR": 2030, "TARGET": 30.0})
    assert _rows(old["OUTPUT"]) == rows
    assert old["LAST_YEAR_AREA_HA"] == old["AREA_UNDER_RESTORATION_HA"] == res["AREA_UNDER_RESTORATION_HA"]
    assert old["TARGET_HA"] == res["TARGET_HA"]
    assert [r["year"] for r in rows] == list(range(2015, 2031))
    baseline = _ferm([(-1000, 0, 10000, 500)])
    for r in rows:
        y = r["year"]
        active = [s[3] for s in SITES if s[2] != "1" and s[0] <= y and (s[1] is None or s[1] >= y)]
        assert r["sites"] == len(active)
        assert r["area_under_restoration_ha"] == pytest.approx(_ferm(active), rel=1e-9)
        inside = [(a, 0, c, 500) for a, _, c, _ in active]
        # intersections are cut in EPSG:6933, the expectation in UTM: edges differ by ~1e-6 of the area
        assert r["inside_degraded_ha"] == pytest.approx(_ferm(inside), rel=1e-5)
        assert r["degraded_baseline_ha"] == pytest.approx(baseline, rel=1e-9)
        path = None if y < 2020 else 0.3 * baseline * min(1.0, (y - 2020) / 10)
        assert r["target_path_ha"] == (pytest.approx(path) if path is not None else None)
        assert r["on_track"] == (None if path is None else int(r["inside_degraded_ha"] >= path - 1e-9))
    by = {r["year"]: r for r in rows}
    assert by[2017]["area_under_restoration_ha"] == pytest.approx(_ferm([(0, 0, 2000, 1000)]), rel=1e-9)
    assert by[2020]["area_under_restoration_ha"] == pytest.approx(_ferm([(0, 0, 3000, 1000)]), rel=1e-5)  # once
    # inside degraded 150 ha from 2021; path 148.5 ha in 2029, 165 ha in 2030
    assert [by[y]["on_track"] for y in (2020, 2021, 2029, 2030)] == [1, 1, 1, 0]
    assert res["TARGET_HA"] == pytest.approx(0.3 * baseline)
    svg = ET.parse(chart).getroot()
    series = {p.get("data-label"): p.get("data-values") for p in svg.iter("{http://www.w3.org/2000/svg}path")
              if p.get("class") == "series"}
    assert len(series) == 3
    values = series["Area under restoration (ha)"].split(";")
    assert len(values) == 16 and float(values[5].split(":")[1]) == pytest.approx(by[2020]["area_under_restoration_ha"])
    valid = _rows(res["VALIDATION"])
    assert [r["counted"] for r in valid] == [1, 1, 1, 0]


def test_sample_png_chart(sample_dir, tmp_path, t2_provider):
    ds_arr = np.zeros((600, 600), dtype=np.int16)
    ds_arr[:, 300:] = -1
    raster = write_raster(tmp_path / "d.tif", ds_arr, nodata=-32768,
                          geotransform=(330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0))
    png = str(tmp_path / "chart.png")
    res = processing.run(ALG, {"SITES": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
                               "START_YEAR_FIELD": "start_year", "STATUS_FIELD": "status", "DEGRADED_RASTER": raster,
                               "OUTPUT": "memory:", "VALIDATION": "memory:", "CHART": png})
    rows = _rows(res["OUTPUT"])
    assert rows[0]["year"] == 2012 and rows[-1]["year"] == 2030
    assert res["AREA_UNDER_RESTORATION_HA"] == pytest.approx(2659.58 - 419.3, rel=0.01)  # RS08 and RS09 never count
    assert res["DEGRADED_BASELINE_HA"] == pytest.approx(600 * 300 * 0.09, rel=2e-3)
    image = QImage(png)
    assert not image.isNull() and image.width() > 500


def test_bad_input(tmp_path, t2_provider):
    sites = _write_sites(tmp_path / "s.gpkg")
    degraded = str(tmp_path / "deg.gpkg")
    gpd.GeoDataFrame(geometry=[box(X0, Y0, X0 + 100, Y0 + 100)], crs=32718).to_file(degraded)
    base = {"SITES": sites, "START_YEAR_FIELD": "start", "DEGRADED_POLYGONS": degraded, "OUTPUT": "memory:",
            "VALIDATION": "memory:"}
    for extra, message in ((dict(END_YEAR=2000), "before the first year"),
                           (dict(TARGET_YEAR=2020), "must be after the baseline year"),
                           (dict(START_YEAR_FIELD="nope"), "no field named nope"),
                           (dict(CHART=str(tmp_path / "chart.txt")),
                            r"cannot be written as \.txt; use one of: \.png, \.svg")):
        with pytest.raises(QgsProcessingException, match=message):
            processing.run(ALG, {**base, **extra, "OUTPUT_FILE": str(tmp_path / "t.csv")})
        assert not os.path.exists(tmp_path / "t.csv")
