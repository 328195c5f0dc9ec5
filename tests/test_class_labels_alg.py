"""Class names from the inputs' own legends end to end (processing.run and qgis_process): class areas, map agreement,
land-cover transitions and LDN land units name classes from a raster attribute table, category names or a .qml
beside the file, and the outputs holding input classes carry a raster attribute table GDAL reads back."""
import csv
import os
import xml.etree.ElementTree as ET

import numpy as np
import processing
import pytest
from core.test_ldnbalance import LC, P1, P2, B
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import NULL, QgsRasterLayer
from qgis_process_run import run_json

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035 (equal-area), 1 ha pixels
# class map: 1 x7, 2 x5, 3 x4, 5 x3, 8 x2, nodata (0) x3 on 4 x 6 pixels
CODES = np.array([[1, 1, 1, 1, 2, 2], [1, 1, 1, 2, 2, 2], [3, 3, 3, 3, 5, 5], [5, 8, 8, 0, 0, 0]], "uint8")


def _write(path, array, rat=None, categories=None, qml=None):
    write_raster(path, array, nodata=0, geotransform=GT, epsg=3035)
    ds = gdal.Open(str(path), gdal.GA_Update)
    band = ds.GetRasterBand(1)
    if rat:
        table = gdal.RasterAttributeTable()
        table.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
        table.CreateColumn("Name", gdal.GFT_String, gdal.GFU_Name)
        table.SetRowCount(len(rat))
        for row, (code, name) in enumerate(sorted(rat.items())):
            table.SetValueAsInt(row, 0, code)
            table.SetValueAsString(row, 1, name)
        assert band.SetDefaultRAT(table) == 0
    if categories:
        assert band.SetCategoryNames(categories) == 0
    ds = None
    if qml:
        entries = "".join(f'<paletteEntry value="{v}" label="{label}" color="{c}" alpha="255"/>'
                          for v, (label, c) in qml.items())
        with open(os.path.splitext(str(path))[0] + ".qml", "w", encoding="utf-8") as fh:
            fh.write("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.40.0\"><pipe>"
                     f'<rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1"><colorPalette>{entries}'
                     "</colorPalette></rasterrenderer></pipe></qgis>")
    return str(path)


def _rat_of(path):
    """Code -> (name, '#rrggbb' or None) of band 1's raster attribute table, read with plain GDAL."""
    ds = gdal.Open(str(path))
    rat = ds.GetRasterBand(1).GetDefaultRAT()
    assert rat is not None, f"{path} has no raster attribute table"
    cols = {rat.GetUsageOfCol(i): i for i in range(rat.GetColumnCount())}
    out = {}
    for r in range(rat.GetRowCount()):
        colour = None
        if gdal.GFU_Red in cols:
            colour = "#" + "".join(f"{rat.GetValueAsInt(r, cols[u]):02x}"
                                   for u in (gdal.GFU_Red, gdal.GFU_Green, gdal.GFU_Blue))
        out[rat.GetValueAsInt(r, cols[gdal.GFU_MinMax])] = (rat.GetValueAsString(r, cols[gdal.GFU_Name]), colour)
    return out


def _labelled(tmp_path):
    """The class map with names from all four sources of the file, one class each where they do not overlap."""
    return _write(tmp_path / "lc.tif", CODES, rat={1: "Bosque", 2: "Pastizal"},
                  categories=["", "category 1", "", "Cultivo"],
                  qml={1: ("style 1", "#00ff00"), 5: ("Urbano", "#ff0000")})


def test_classareas_names_from_rat_categories_and_style(tmp_path, t2_provider):
    path = _labelled(tmp_path)
    res = processing.run("t2monitor:classareas", {"INPUT": path, "OUTPUT": "memory:",
                                                  "OUTPUT_FILE": str(tmp_path / "areas.csv")})
    rows = {f["class"]: (f["class_label"], f["area_ha"]) for f in res["OUTPUT"].getFeatures()
            if f["zone"] == "(all)"}
    # RAT > category names > .qml style > the code; areas = pixel counts (1 ha pixels, equal-area CRS)
    assert {k: v[0] for k, v in rows.items()} == {1: "Bosque", 2: "Pastizal", 3: "Cultivo", 5: "Urbano", 8: "8",
                                                  NULL: "nodata"}
    assert {k: v[1] for k, v in rows.items()} == pytest.approx({1: 7, 2: 5, 3: 4, 5: 3, 8: 2, NULL: 3}, rel=1e-6)
    with open(tmp_path / "areas.csv", newline="", encoding="utf-8") as fh:
        assert [r["class_label"] for r in csv.DictReader(fh)][:5] == ["Bosque", "Pastizal", "Cultivo", "Urbano",
                                                                      "8"]
    # names given in the table win over every legend of the file
    res = processing.run("t2monitor:classareas", {"INPUT": path, "OUTPUT": "memory:",
                                                  "CLASS_NAMES_TABLE": [2, "Grassland", 8, "Bare soil"]})
    labels = {f["class"]: f["class_label"] for f in res["OUTPUT"].getFeatures() if f["zone"] == "(all)"}
    assert (labels[1], labels[2], labels[3], labels[8]) == ("Bosque", "Grassland", "Cultivo", "Bare soil")


def test_mapagreement_names_and_cross_class_rat(tmp_path, t2_provider):
    map_a = _labelled(tmp_path)
    b_codes = np.where(CODES == 8, 15, np.where(CODES == 5, 3, CODES))  # B: 1 1 1... with 15 for A's 8
    map_b = _write(tmp_path / "mapbiomas.tif", b_codes.astype("uint8"),
                   qml={3: ("Formação Florestal", "#1f8d49"), 15: ("Pastagem", "#edde8e")})
    out = tmp_path / "cross.tif"
    res = processing.run("t2monitor:mapagreement", {"MAP_A": map_a, "MAP_B": map_b, "OUTPUT": str(out),
                                                    "CROSSTAB": "memory:", "SUMMARY": "memory:",
                                                    "CONFUSION_MATRIX_FILE": str(tmp_path / "m.csv")})
    assert res["CROSS_BASE"] == 100  # max code of B is 15
    expected = {101: "A=1 Bosque / B=1", 202: "A=2 Pastizal / B=2", 303: "A=3 Cultivo / B=3 Formação Florestal",
                503: "A=5 Urbano / B=3 Formação Florestal", 815: "A=8 / B=15 Pastagem"}
    rat = _rat_of(out)
    assert {k: v[0] for k, v in rat.items()} == expected
    # the raster attribute table and the style written beside the output agree, names and colours
    style = {int(e.get("value")): (e.get("label"), e.get("color"))
             for e in ET.parse(tmp_path / "cross.qml").getroot().iter("paletteEntry")}
    assert style == rat
    # QGIS reads the table through GDAL: without the .qml it still shows the names
    os.remove(tmp_path / "cross.qml")
    layer = QgsRasterLayer(str(out), "cross")
    assert layer.attributeTableCount() == 1
    assert {int(row[0]): row[1] for row in layer.attributeTable(1).data()} == expected
    assert {int(c.value): c.label for c in layer.renderer().classes()} == expected
    np.testing.assert_array_equal(read_raster(out), np.where(CODES > 0, CODES.astype(int) * 100 + b_codes, -2**31))
    rows = [f for f in res["CROSSTAB"].getFeatures() if f["zone"] == "(all)" and f["code"] != NULL]
    assert {(f["class_a_label"], f["class_b_label"]): f["area_ha"] for f in rows} == pytest.approx(
        {("Bosque", "1"): 7, ("Pastizal", "2"): 5, ("Cultivo", "Formação Florestal"): 4,
         ("Urbano", "Formação Florestal"): 3, ("8", "Pastagem"): 2}, rel=1e-6)
    with open(tmp_path / "m.csv", newline="", encoding="utf-8") as fh:
        assert [r["class_a_label"] for r in csv.DictReader(fh)] == ["Bosque", "Pastizal", "Cultivo", "Urbano",
                                                                    "8", ""]


def test_landcover_transitions_named_by_the_maps_own_legend(tmp_path, t2_provider):
    lc = np.array([[1, 1, 3, 3], [2, 2, 7, 7]], "uint8")
    initial = _write(tmp_path / "lc_2000.tif", lc, rat={1: "Bosque", 3: "Cultivo"})
    final = _write(tmp_path / "lc_2015.tif", np.array([[1, 3, 3, 1], [2, 6, 7, 7]], "uint8"))
    out = tmp_path / "transitions.tif"
    res = processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": initial, "FINAL": final, "OUTPUT": str(tmp_path / "lcd.tif"), "TRANSITIONS": str(out),
        "TRANSITION_AREAS": "memory:"})
    rows = {f["transition"]: (f["initial_label"], f["final_label"], f["area_ha"])
            for f in res["TRANSITION_AREAS"].getFeatures()}
    assert rows[13] == ("Bosque", "Cropland", pytest.approx(1.0, rel=1e-6))  # initial: its RAT; final: UNCCD
    assert rows[31] == ("Cultivo", "Tree-covered", pytest.approx(1.0, rel=1e-6))
    assert rows[26][:2] == ("Grassland", "Other land") and len(rows) == 49
    rat = _rat_of(out)
    assert len(rat) == 49 and rat[13][0] == "Bosque → Cropland" and rat[77][0] == "Water body → Water body"
    # colours of the packaged transitions style
    style = {int(e.get("value")): e.get("color") for e in ET.parse(os.path.join(
        os.path.dirname(__file__), "..", "resources", "styles", "lc_transitions.qml")).getroot().iter("paletteEntry")}
    assert {k: v[1] for k, v in rat.items()} == style
    np.testing.assert_array_equal(read_raster(out), [[11, 13, 33, 31], [22, 26, 77, 77]])
    # a reclassified legend (ESA CCI codes): the file's names are of the source codes, so the UNCCD names are used
    esa = _write(tmp_path / "esa.tif", np.array([[50, 10], [130, 210]], "uint8"), rat={50: "Tree cover", 10: "Crop"})
    res = processing.run("t2monitor:landcoverdegradation", {
        "INITIAL": esa, "FINAL": esa, "RECLASS_MODE": 1, "OUTPUT": str(tmp_path / "lcd2.tif"),
        "TRANSITION_AREAS": "memory:"})
    rows = {f["transition"]: f["initial_label"] for f in res["TRANSITION_AREAS"].getFeatures()}
    assert rows[11] == "Tree-covered" and rows[33] == "Cropland"


def test_ldn_land_units_named_by_their_rat(tmp_path, t2_provider):
    def sdg(name, a):
        return write_raster(tmp_path / name, np.array(a, "int16"), nodata=NODATA, geotransform=GT, epsg=3035)

    units = _write(tmp_path / "soils.tif", np.array([[1, 1, 1, 2, 2, 2]] * 4, "uint8"),
                   rat={1: "Andosol", 2: "Ferralsol"})
    res = processing.run("t2monitor:ldnbalance", {
        "BASELINE": sdg("b.tif", B), "REPORTING": [sdg("p1.tif", P1), sdg("p2.tif", P2)],
        "LAND_COVER": _write(tmp_path / "lc.tif", np.array(LC, "uint8"), rat={1: "Bosque"}), "LAND_UNITS": units,
        "PERIOD_LABELS": "2016-2019,2020-2023", "BALANCE": "memory:", "COUNTERBALANCE": "memory:",
        "PERIOD_STATUS": "memory:", "DEFICIT": str(tmp_path / "deficit.tif")})
    labels = {f["land_type"]: f["land_type_label"] for f in res["BALANCE"].getFeatures() if f["land_type"] != NULL}
    # land type = UNCCD class x 10000 + unit: the class at the left of the soils, 1 and 2 sit on both soils; the
    # land cover's own name of class 1 (its RAT) replaces the UNCCD name
    assert labels[10001] == "Bosque / Andosol" and labels[30002] == "Cropland / Ferralsol"
    assert labels[20002] == "Grassland / Ferralsol" and labels[60002] == "Other land / Ferralsol"
    # the deficit raster names its values (land types) in its attribute table, as the tables do
    deficit = read_raster(tmp_path / "deficit.tif")
    names = {code: name for code, (name, _colour) in _rat_of(tmp_path / "deficit.tif").items()}
    found = set(np.unique(deficit).tolist()) - {-1}
    assert found - {0} and found <= set(names)
    assert names[0] == "Not in deficit" and all(names[lt] == labels[lt] for lt in found - {0})


def test_qgis_process_classareas_names_from_rat(tmp_path, qgis_process_env):
    path = _labelled(tmp_path)
    out = tmp_path / "areas.csv"
    res = run_json(qgis_process_env, "t2monitor:classareas", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT",
                                                              "OUTPUT_FILE": str(out)})
    assert res["results"]["VALID_HA"] == pytest.approx(21, rel=1e-6)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["zone"] == "(all)"]
    assert {r["class"]: r["class_label"] for r in rows} == {"1": "Bosque", "2": "Pastizal", "3": "Cultivo",
                                                            "5": "Urbano", "8": "8", "": "nodata"}


def test_sample_design_and_accuracy_tables_name_the_classes(tmp_path, t2_provider):
    path = _labelled(tmp_path)
    res = processing.run("t2monitor:sampledesign", {"INPUT": path, "SAMPLE_SIZE": 10, "MIN_PER_STRATUM": 2,
                                                    "OUTPUT": "memory:", "DESIGN": "memory:"})
    design = {f["stratum"]: (f["stratum_label"], f["pixels"]) for f in res["DESIGN"].getFeatures()}
    assert design == {1: ("Bosque", 7), 2: ("Pastizal", 5), 3: ("Cultivo", 4), 5: ("Urbano", 3), 8: ("8", 2)}
    points = res["OUTPUT"]
    assert points.startEditing()
    ref = points.fields().indexOf("reference")
    for f in points.getFeatures():  # a perfect map: every reference label is the map class
        points.changeAttributeValue(f.id(), ref, f["map_class"])
    assert points.commitChanges()
    out = processing.run("t2monitor:accuracyassessment", {"INPUT": points, "STRATA": path, "REPORT_CLASS": 1,
                                                          "ESTIMATES": "memory:", "ERROR_MATRIX": "memory:"})
    estimates = {f["class"]: (f["class_label"], f["estimated_ha"]) for f in out["ESTIMATES"].getFeatures()}
    assert estimates == {1: ("Bosque", pytest.approx(7)), 2: ("Pastizal", pytest.approx(5)),
                         3: ("Cultivo", pytest.approx(4)), 5: ("Urbano", pytest.approx(3)), 8: ("8", pytest.approx(2))}
    assert out["OVERALL_ACCURACY"] == pytest.approx(1.0)


def test_headless_dask_engine_writes_the_same_attribute_table(tmp_path):
    from test_dask_backend import _run

    initial = _write(tmp_path / "lc_2000.tif", np.array([[1, 1, 3, 3], [2, 2, 7, 7]], "uint8"),
                     rat={1: "Bosque", 3: "Cultivo"})
    final = _write(tmp_path / "lc_2015.tif", np.array([[1, 3, 3, 1], [2, 6, 7, 7]], "uint8"))
    jobs = [{"name": "lcd", "alg": "landcoverdegradation", "params": {
        "INITIAL": initial, "FINAL": final, "OUTPUT": "{out}/lcd.tif", "TRANSITIONS": "{out}/transitions.tif"}},
        {"name": "areas", "alg": "classareas", "params": {"INPUT": initial, "OUTPUT": "{out}/areas.csv"}}]
    result = _run(tmp_path, jobs)
    block, dask = (result["runs"][f"lcd/{engine}"]["outputs"]["TRANSITIONS"] for engine in ("block", "dask"))
    assert block != dask
    assert _rat_of(dask) == _rat_of(block)
    assert len(_rat_of(dask)) == 49 and _rat_of(dask)[13][0] == "Bosque → Cropland"
    for engine in ("block", "dask"):
        with open(result["runs"][f"areas/{engine}"]["outputs"]["OUTPUT"], newline="", encoding="utf-8") as fh:
            labels = {r["class"]: r["class_label"] for r in csv.DictReader(fh) if r["zone"] == "(all)"}
        assert labels == {"1": "Bosque", "2": "2", "3": "Cultivo", "7": "7", "": "nodata"}


def test_the_legend_of_the_chosen_band(tmp_path, t2_provider):
    """Band 2 of a two-band raster is named by band 2's table, never by band 1's style or table."""
    path = str(tmp_path / "pair.tif")
    write_raster(path, np.stack([CODES, CODES]), nodata=0, geotransform=GT, epsg=3035)
    ds = gdal.Open(path, gdal.GA_Update)
    for b, names in ((1, {1: "first band"}), (2, {2: "second band"})):
        table = gdal.RasterAttributeTable()
        table.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
        table.CreateColumn("Name", gdal.GFT_String, gdal.GFU_Name)
        table.SetRowCount(1)
        code, name = next(iter(names.items()))
        table.SetValueAsInt(0, 0, code)
        table.SetValueAsString(0, 1, name)
        assert ds.GetRasterBand(b).SetDefaultRAT(table) == 0
    ds = None
    layer = QgsRasterLayer(path, "pair")
    assert layer.loadNamedStyle(os.path.join(os.path.dirname(__file__), "..", "resources", "styles",
                                             "unccd_landcover.qml"))[1]  # a band 1 style naming 1..7
    res = processing.run("t2monitor:classareas", {"INPUT": layer, "BAND": 2, "OUTPUT": "memory:"})
    labels = {f["class"]: f["class_label"] for f in res["OUTPUT"].getFeatures() if f["zone"] == "(all)"}
    assert (labels[1], labels[2], labels[3]) == ("1", "second band", "3")
    res = processing.run("t2monitor:classareas", {"INPUT": layer, "BAND": 1, "OUTPUT": "memory:"})
    labels = {f["class"]: f["class_label"] for f in res["OUTPUT"].getFeatures() if f["zone"] == "(all)"}
    assert (labels[1], labels[2], labels[3]) == ("first band", "Grassland", "Cropland")
