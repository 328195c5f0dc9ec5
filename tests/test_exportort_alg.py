"""t2monitor:exportort through processing.run, chained on t2monitor:areaunderrestoration and t2monitor:sdg1531."""
import csv
import json
import os

import numpy as np
import openpyxl
import processing
import pytest
from helpers import shared_reference, write_raster
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from t2_monitor_plugin.core.ort import norm

ALG = "t2monitor:exportort"
SAMPLE_GT = (330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0)
SDG_GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)


def _json(name):
    with open(shared_reference(name), encoding="utf-8") as fh:
        return json.load(fh)


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _biomes(path):
    """Two biome zones splitting the sample region west/east: a GET biome (T1) and a functional group (T7.1)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("biomes", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("get", ogr.OFTString))
    for code, (x0, x1) in (("T1", (330000, 339000)), ("T7.1", (339000, 348000))):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} 9272000,{x1} 9272000,{x1} 9290000,{x0} 9290000,{x0} 9272000))"))
        feat["get"] = code
        lyr.CreateFeature(feat)
    ds = None
    return f"{path}|layername=biomes"


@pytest.fixture
def area_table(sample_dir, tmp_path, t2_provider):
    ds = gdal.Open(os.path.join(sample_dir, "landcover_2023.tif"))
    lc = ds.ReadAsArray(0, 0, ds.RasterXSize, ds.RasterYSize)
    arr = np.where(lc == 0, -32768, np.where(lc == 3, -1, 0)).astype(np.int16)
    raster = write_raster(tmp_path / "sdg.tif", arr, nodata=-32768, geotransform=SAMPLE_GT, epsg=32718)
    gpkg = os.path.join(sample_dir, "sample.gpkg")
    res = processing.run("t2monitor:areaunderrestoration", {
        "SITES": gpkg + "|layername=restoration_sites", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
        "END_YEAR_FIELD": "end_year", "STATUS_FIELD": "status", "REPORTING_YEAR": 2023, "DEGRADED_RASTER": raster,
        "ACTIVITY_FIELD": "activities", "RESTORATION_TYPE_FIELD": "restoration_type",
        "ZONES_ADMIN": gpkg + "|layername=districts", "ZONES_ADMIN_FIELD": "name",
        "ZONES_BIOME": _biomes(tmp_path / "biomes.gpkg"), "ZONES_BIOME_FIELD": "get",
        "ZONES_PA": gpkg + "|layername=protected_areas", "ZONES_PA_FIELD": "category",
        "ZONES_IT": gpkg + "|layername=indigenous_territories", "ZONES_IT_FIELD": "name",
        "OUTPUT": "memory:", "AREAS": "memory:", "VALIDATION": "memory:"})
    return res["OUTPUT"]


@pytest.fixture
def sdg_summary(tmp_path, t2_provider):
    lpd = np.full((10, 20), 4, "int16")
    lpd[:, :5] = 1                           # 50 degraded ha of 200
    lc = np.zeros((10, 20), "int16")
    path = tmp_path / "lpd.tif"
    write_raster(path, lpd, nodata=-32768, geotransform=SDG_GT, epsg=3035)
    write_raster(tmp_path / "lc.tif", lc, nodata=-32768, geotransform=SDG_GT, epsg=3035)
    res = processing.run("t2monitor:sdg1531", {"PRODUCTIVITY": str(path), "LAND_COVER": str(tmp_path / "lc.tif"),
                                               "OUTPUT": str(tmp_path / "sdg_out.tif"), "SUMMARY": "memory:"})
    return res["SUMMARY"]


def test_chain_on_sample(area_table, sdg_summary, tmp_path):
    xlsx, out_csv = str(tmp_path / "ort.xlsx"), str(tmp_path / "ort.csv")
    feedback = Feedback()
    res = processing.run(ALG, {"AREA_TABLE": area_table, "SDG_SUMMARY": sdg_summary, "FOOTNOTE": "T2 Monitor",
                               "OUTPUT": xlsx, "OUTPUT_CSV": out_csv}, feedback=feedback)
    ref = _json("ferm_vocabularies.json")["ort_gbf_2_1_template"]
    cats = _json("ort_gbf21_category_values.json")
    types = ref["disaggregation_types"]
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Indicator data"]
    got = list(wb.active.iter_rows(values_only=True))
    assert list(got[0]) == ref["columns"]  # header identical to the reference, whitespace and case included
    body = [dict(zip(ref["columns"], r)) for r in got[1:]]
    inputs = _rows(area_table)
    assert res["ROW_COUNT"] == len(body) == len(inputs) + 1
    for row, src in zip(body, inputs):  # one row per input row, same order, same values
        assert row["Indicator code"] == "2.1" and row["Year"] == 2023 and row["Unit"] == "ha"
        assert row["Value"] == pytest.approx(src["area_under_restoration_ha"], rel=1e-12)
        assert row["Footnote"] == "T2 Monitor"
        kind, value = src["disaggregation"], src["value"]
        if kind == "total":
            assert row["Does this data row represent a disaggregation"] == "No"
            continue
        assert row["Does this data row represent a disaggregation"] == "Yes"
        assert row["Disaggregation type"] in types
        if row["Disaggregation type"] != "Other" and cats[row["Disaggregation type"]]:
            assert row["Disaggregation"] in cats[row["Disaggregation type"]]  # exact string of the ORT list
        expected = {("biome", "T1"): (types[0], "T1 Tropical-subtropical forests biome"),
                    ("biome", "T7.1"): (types[1], "T7.1 Annual croplands"),
                    ("biome", "(outside)"): ("Other", "Biome: (outside)"),
                    ("protected_area", "PA"): (types[3], "Protected area"),
                    ("protected_area", "OECM"): (types[3], "Other effective conservation measure"),
                    ("protected_area", "(outside)"): (types[3], cats[types[3]][2]),
                    ("admin", "San José"): ("Other", "Administrative region: San José"),
                    ("indigenous_territory", "Comunidad Nativa Yarau Entsa"): (types[2],
                                                                               "Comunidad Nativa Yarau Entsa"),
                    ("restoration_type", "2"): ("Other", "Restoration type: Rehabilitation"),
                    ("activity", "4"): (types[4], "\u200bAssisted natural regeneration"),
                    ("activity", "24"): (types[4], "Agroforestry")}.get((kind, value))
        if expected:
            assert (row["Disaggregation type"], row["Disaggregation"]) == expected
        if kind == "activity":  # every FERM activity code maps to the ORT string of the same English label
            label = {str(i["code"]): i["label"]["en"] for g in _json("ferm_vocabularies.json")["activities"]
                     for i in g["items"]}[value]
            assert row["Disaggregation type"] == types[4] and norm(row["Disaggregation"]) == norm(label)
    assert {(r["disaggregation"], r["value"]) for r in inputs} >= {("biome", "T1"), ("biome", "T7.1"),
                                                                   ("protected_area", "PA"), ("activity", "24")}
    # 2.CT.1 row from the SDG summary: 50 of 200 ha degraded
    last = dict(zip(ref["columns"], got[-1]))
    assert (last["Indicator code"], last["Unit"], last["Value"]) == ("2.CT.1", "%", pytest.approx(25.0))
    assert res["UNMATCHED_COUNT"] == 1 and any("biome: (outside)" in w for w in feedback.warnings)
    with open(out_csv, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ref["columns"]
    for a, b in zip(rows[1:], got[1:]):  # the CSV holds the same rows, strings byte-exact
        assert a[:5] == [str(v) for v in b[:5]] and float(a[7]) == pytest.approx(b[7], rel=1e-12)


def _memory(fields, features=()):
    layer = QgsVectorLayer("None?" + "&".join(f"field={n}:{t}" for n, t in fields), "bad table", "memory")
    from qgis.core import QgsFeature
    for attrs in features:
        feat = QgsFeature(layer.fields())
        feat.setAttributes(list(attrs))
        layer.dataProvider().addFeature(feat)
    return layer


def test_bad_input_writes_nothing(tmp_path, sdg_summary, t2_provider):
    xlsx, out_csv = str(tmp_path / "o.xlsx"), str(tmp_path / "o.csv")
    with pytest.raises(QgsProcessingException, match="has no field.*disaggregation"):
        processing.run(ALG, {"AREA_TABLE": sdg_summary, "OUTPUT": xlsx, "OUTPUT_CSV": out_csv})
    fields = [("disaggregation", "string"), ("value", "string"), ("year", "integer"),
              ("area_under_restoration_ha", "double")]
    with pytest.raises(QgsProcessingException, match="has no rows"):
        processing.run(ALG, {"AREA_TABLE": _memory(fields), "OUTPUT": xlsx})
    good = _memory(fields, [("total", "(all)", 2023, 10.0)])
    with pytest.raises(QgsProcessingException, match="has no field.*share_of_land"):
        processing.run(ALG, {"AREA_TABLE": good, "SDG_SUMMARY": good, "OUTPUT": xlsx})
    with pytest.raises(QgsProcessingException, match="no 'total' row"):
        processing.run(ALG, {"AREA_TABLE": _memory(fields, [("admin", "A", 2023, 1.0)]), "OUTPUT": xlsx})
    assert not os.path.exists(xlsx) and not os.path.exists(out_csv)
    # unwritable folder (/sys/kernel refuses files even to root): clear error, the CSV is not written either
    with pytest.raises(QgsProcessingException, match="not writable"):
        processing.run(ALG, {"AREA_TABLE": good, "OUTPUT": "/sys/kernel/t2m_ort.xlsx", "OUTPUT_CSV": out_csv})
    assert os.listdir(tmp_path) == [p for p in os.listdir(tmp_path) if not p.startswith(("o.", ".o."))]
    # the 0.1.0 keys (YEAR, OUTPUT_XLSX in; OUTPUT_XLSX, ROWS, UNMATCHED out) give the same as the new ones
    res = processing.run(ALG, {"AREA_TABLE": good, "YEAR": 2024, "UNIT": 1, "OUTPUT_XLSX": xlsx})
    row = list(openpyxl.load_workbook(res["OUTPUT_XLSX"]).active.iter_rows(values_only=True))[1]
    assert row == ("2.1", "2.1 Area under restoration", "No", "Not applicable", "Not applicable", 2024, "km2", 0.1,
                   None)
    new = processing.run(ALG, {"AREA_TABLE": good, "REPORTING_YEAR": 2024, "UNIT": 1,
                               "OUTPUT": str(tmp_path / "new.xlsx")})
    assert list(openpyxl.load_workbook(new["OUTPUT"]).active.iter_rows(values_only=True))[1] == row
    assert (res["ROWS"], res["UNMATCHED"]) == (new["ROW_COUNT"], new["UNMATCHED_COUNT"]) == (1, 0)
    assert res["OUTPUT"] == res["OUTPUT_XLSX"] == xlsx
