"""t2monitor:classareas through processing.run and qgis_process, on the sample region and on bad input."""
import csv
import json
import os
import subprocess

import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import gdal, ogr, osr
from qgis.core import NULL, QgsProcessingException, QgsRasterLayer
from qgis_process_run import qgis_process_environment

from t2_monitor_plugin.core.classareas import class_areas
from t2_monitor_plugin.core.rasters import RasterInput

ALG = "t2monitor:classareas"


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def districts(sample_dir):
    return os.path.join(sample_dir, "sample.gpkg") + "|layername=districts"


def test_processing_run_on_sample(sample_dir, districts, t2_provider, tmp_path):
    lc = os.path.join(sample_dir, "landcover_2023.tif")
    out_csv = str(tmp_path / "areas.csv")
    res = processing.run(ALG, {"INPUT": lc, "BAND": 1, "ZONES": districts, "ZONE_FIELD": "name",
                               "OUTPUT": "memory:", "OUTPUT_FILE": out_csv})
    layer = res["OUTPUT"]
    feats = [f.attributes() for f in layer.getFeatures()]
    names = [f.name() for f in layer.fields()]
    assert names == ["level", "zone", "class", "class_label", "area_ha", "share"]
    rows = [dict(zip(names, a)) for a in feats]
    zones = {r["zone"] for r in rows} - {"(all)"}
    assert len(zones) == 4
    # numbers agree with the core library and add up
    core = class_areas(RasterInput(lc))
    total = {r["class"]: r["area_ha"] for r in rows if r["zone"] == "(all)" and r["class"] != NULL}
    assert total == pytest.approx(core.total())
    assert res["VALID_HA"] == pytest.approx(sum(total.values()))
    ds = gdal.Open(lc)
    assert res["TOTAL_HA"] == pytest.approx(ds.RasterXSize * ds.RasterYSize * 0.09, rel=2e-3)
    assert res["TOTAL_HA"] == pytest.approx(res["VALID_HA"] + res["NODATA_HA"])
    # the 0.1.0 output keys are still returned, with the same values
    for old, new in (("VALID_AREA_HA", "VALID_HA"), ("NODATA_AREA_HA", "NODATA_HA"), ("TOTAL_AREA_HA", "TOTAL_HA")):
        assert res[old] == res[new]
    for zone in zones:
        valid = [r for r in rows if r["zone"] == zone and r["class"] != NULL]
        assert sum(r["share"] for r in valid) == pytest.approx(1.0)
    # districts tile the region: their class areas add up to the whole raster's
    for cls, ha in total.items():
        per_zone = sum(r["area_ha"] for r in rows if r["zone"] in zones and r["class"] == cls)
        assert per_zone == pytest.approx(ha, rel=1e-3, abs=0.05)
    assert len(_rows(out_csv)) == len(rows)


def test_class_labels_from_paletted_style(sample_dir, t2_provider, tmp_path):
    layer = QgsRasterLayer(os.path.join(sample_dir, "landcover_2023.tif"), "lc")
    assert layer.loadNamedStyle(os.path.join(os.path.dirname(__file__), "..", "resources", "styles",
                                             "unccd_landcover.qml"))[1]
    res = processing.run(ALG, {"INPUT": layer, "OUTPUT": "memory:"})
    labels = {f["class"]: f["class_label"] for f in res["OUTPUT"].getFeatures()}
    assert labels[1] == "Tree-covered" and labels[7] == "Water body" and labels[NULL] == "nodata"


def test_xlsx_output(sample_dir, t2_provider, tmp_path):
    out = str(tmp_path / "areas.xlsx")
    processing.run(ALG, {"INPUT": os.path.join(sample_dir, "landcover_2000.tif"), "OUTPUT": "memory:",
                         "OUTPUT_FILE": out})
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == ["level", "zone", "class", "class_label", "area_ha", "share"]
    assert ws.max_row >= 7


def _empty_layer(path, epsg=32718):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    ds = None
    return f"{path}|layername=zones"


def test_bad_input_messages(sample_dir, t2_provider, tmp_path):
    lc = os.path.join(sample_dir, "landcover_2023.tif")
    no_crs = write_raster(tmp_path / "nocrs.tif", np.ones((5, 5), "uint8"), epsg=None)
    cases = [
        ({"INPUT": no_crs}, "nocrs has no geographic or projected coordinate reference system"),
        ({"INPUT": lc, "ZONES": _empty_layer(tmp_path / "empty.gpkg"), "ZONE_FIELD": "name"}, "no polygons"),
        ({"INPUT": write_raster(tmp_path / "ndvi.tif", np.full((5, 5), 0.42, "float32"))}, "decimal values"),
    ]
    for params, message in cases:
        out = tmp_path / "out.csv"
        with pytest.raises(QgsProcessingException, match=message):
            processing.run(ALG, {**params, "OUTPUT": "memory:", "OUTPUT_FILE": str(out)})
        assert not out.exists()


# ---- qgis_process ---------------------------------------------------------------------------------------------

def qgis_process(plugin_build_dir, *args):
    env = qgis_process_environment(plugin_build_dir)
    subprocess.run(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], env=env, capture_output=True)
    return subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=300)


def test_qgis_process_finds_and_runs(sample_dir, districts, plugin_build_dir, tmp_path):
    listing = qgis_process(plugin_build_dir, "list")
    assert ALG in listing.stdout
    helptext = qgis_process(plugin_build_dir, "help", ALG)
    assert helptext.returncode == 0 and "ZONE_FIELD" in helptext.stdout
    out = str(tmp_path / "areas.csv")
    proc = qgis_process(plugin_build_dir, "--json", "run", ALG, "--", f"INPUT={sample_dir}/landcover_2015.tif",
                        f"ZONES={districts}", "ZONE_FIELD=district_id", f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stderr + proc.stdout
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    rows = _rows(out)
    core = class_areas(RasterInput(f"{sample_dir}/landcover_2015.tif"))
    got = {int(r["class"]): float(r["area_ha"]) for r in rows if r["zone"] == "(all)" and r["class"]}
    assert got == pytest.approx(core.total())
    assert float(results["VALID_HA"]) == pytest.approx(core.valid_area_ha)
    assert results["VALID_AREA_HA"] == results["VALID_HA"]  # the 0.1.0 key, for models and scripts
    assert {r["zone"] for r in rows} == {"(all)", "D01", "D02", "D03", "D04"}


@pytest.mark.parametrize("case", ["missing", "not_raster", "no_crs", "empty_zones", "unwritable", "no_folder",
                                  "over_input"])
def test_qgis_process_bad_input(case, sample_dir, plugin_build_dir, tmp_path):
    lc = f"{sample_dir}/landcover_2023.tif"
    out = str(tmp_path / "areas.csv")
    params = {"INPUT": lc, "OUTPUT": out}
    expected = {"missing": "nope.tif", "not_raster": "notes", "no_crs": "coordinate reference system",
                "empty_zones": "no polygons", "unwritable": "not writable", "no_folder": "cannot be created",
                "over_input": "would overwrite the input"}[case]
    if case == "missing":
        params["INPUT"] = str(tmp_path / "nope.tif")
    elif case == "not_raster":
        (tmp_path / "notes.txt").write_text("hello")
        params["INPUT"] = str(tmp_path / "notes.txt")
    elif case == "no_crs":
        params["INPUT"] = write_raster(tmp_path / "nocrs.tif", np.ones((5, 5), "uint8"), epsg=None)
    elif case == "empty_zones":
        params["ZONES"] = _empty_layer(tmp_path / "empty.gpkg")
    elif case == "unwritable":
        params["OUTPUT_FILE"] = "/sys/kernel/areas.xlsx"
    elif case == "no_folder":
        params["OUTPUT_FILE"] = "/sys/kernel/t2m/areas.xlsx"
    elif case == "over_input":
        params["ZONES"] = _empty_layer(tmp_path / "zones.gpkg")
        params["OUTPUT"] = str(tmp_path / "zones.gpkg")
    proc = qgis_process(plugin_build_dir, "run", ALG, "--", *[f"{k}={v}" for k, v in params.items()])
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert expected in text, text[-2000:]
    assert "Traceback" not in text
    assert not os.path.exists(out)
