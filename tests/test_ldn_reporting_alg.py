"""Issue 15 reporting additions end to end: exportprais's land type sheet from ldnbalance (the hand-computed 4 x 6
case of tests/core/test_ldnbalance.py), exportort's degraded land by ecosystem type (the case of
tests/core/test_ecosystem_degradation.py, through qgis_process) and restorationprogress per reporting period (the
synthetic sites of tests/test_restorationprogress_alg.py)."""
import csv

import geopandas as gpd
import numpy as np
import openpyxl
import processing
import pytest
from core.test_ecosystem_degradation import CODES, E, S
from core.test_ecosystem_degradation import GT as ECO_GT
from core.test_ldnbalance import P1_VS_B
from osgeo import ogr
from qgis.core import QgsProcessingException
from qgis_process_run import run_failing, run_json
from shapely.geometry import box
from test_ldnbalance_alg import _inputs
from test_restorationprogress_alg import X0, Y0, _ferm, _rows, _write_sites

from t2_monitor_plugin.core.sdg import NODATA


def _null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_prais_land_type_sheet_from_ldnbalance(t2_provider, make_raster, tmp_path):
    inputs = _inputs(make_raster)
    balance = processing.run("t2monitor:ldnbalance", {**inputs, "BALANCE": "memory:", "COUNTERBALANCE": "memory:",
                                                      "PERIOD_STATUS": "memory:"})["BALANCE"]
    zeros = make_raster(np.zeros((4, 6), "int16"), nodata=NODATA, geotransform=ECO_GT, epsg=3035)
    summary = processing.run("t2monitor:sdg1531", {"PRODUCTIVITY": inputs["BASELINE"], "PRODUCTIVITY_CLASSES": 1,
                                                   "LAND_COVER": zeros, "OUTPUT": str(tmp_path / "sdg.tif"),
                                                   "SUMMARY": "memory:"})["SUMMARY"]
    xlsx, land_csv = str(tmp_path / "prais.xlsx"), str(tmp_path / "land_types.csv")
    processing.run("t2monitor:exportprais", {"SUMMARIES": [summary], "PERIOD_NAMES": "baseline",
                                             "LDN_BALANCE": balance, "OUTPUT": xlsx, "LAND_TYPES_FILE": land_csv})
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["SO1 land by period", "SO1 land type by status"]
    sheet = list(wb["SO1 land type by status"].iter_rows(values_only=True))
    rows = _csv(land_csv)
    assert len(sheet) == len(rows) + 1
    mine = {r["land_type"] or r["land_type_label"]: r for r in rows if r["zone"] == "(all)"
            and r["comparison"] == "vs_baseline" and r["period"] == "2016-2019"}
    for lt, (d, s, i) in P1_VS_B.items():
        r = mine[str(lt)]
        assert [float(r[k]) for k in ("land_type_km2", "degraded_km2", "stable_km2", "improved_km2")] == \
            pytest.approx([(d + s + i) / 100, d / 100, s / 100, i / 100], rel=1e-6)
        assert float(r["deficit_km2"]) == pytest.approx(max(d - i, 0) / 100, rel=1e-6, abs=1e-12)
    total = mine["All land types"]
    # pooled net -1 ha, like-for-like deficit 3 ha (land types 1, 3 and 6), 22 ha valid, 2 ha nodata
    assert float(total["net_km2"]) == pytest.approx(-0.01, rel=1e-6)
    assert float(total["deficit_km2"]) == pytest.approx(0.03, rel=1e-6)
    assert float(total["land_type_km2"]) == pytest.approx(0.22, rel=1e-6)
    assert float(total["proportion_degraded_percent"]) == pytest.approx(100 * 7 / 22, rel=1e-6)
    assert float(mine["nodata"]["land_type_km2"]) == pytest.approx(0.02, rel=1e-6)
    with pytest.raises(QgsProcessingException, match="LDN_BALANCE"):
        processing.run("t2monitor:exportprais", {"SUMMARIES": [summary], "PERIOD_NAMES": "baseline",
                                                 "OUTPUT": str(tmp_path / "p2.xlsx"),
                                                 "LAND_TYPES_FILE": str(tmp_path / "p2.csv")})


def _area_table(path):
    """A 2.1 area table with its national row only (as areaunderrestoration writes it)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("area", None, ogr.wkbNone)
    for name, kind in (("disaggregation", ogr.OFTString), ("value", ogr.OFTString), ("year", ogr.OFTInteger),
                       ("area_under_restoration_ha", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat["disaggregation"], feat["value"], feat["year"], feat["area_under_restoration_ha"] = "total", "", 2024, 12.5
    lyr.CreateFeature(feat)
    ds = None
    return f"{path}|layername=area"


def test_ort_degraded_land_by_ecosystem_qgis_process(qgis_process_env, make_raster, tmp_path):
    sdg = make_raster(np.array(S, "int16"), nodata=NODATA, geotransform=ECO_GT, epsg=3035)
    ecosystems = make_raster(np.array(E, "int16"), nodata=0, geotransform=ECO_GT, epsg=3035)
    params = {"AREA_TABLE": _area_table(tmp_path / "area.gpkg"), "DEGRADATION_MAP": sdg, "ECOSYSTEMS": ecosystems,
              "ECOSYSTEM_CODES": ",".join(f"{k}:{v}" for k, v in CODES.items()),
              "OUTPUT": str(tmp_path / "ort.xlsx"), "OUTPUT_CSV": str(tmp_path / "ort.csv"),
              "ECOSYSTEMS_FILE": str(tmp_path / "eco.csv")}
    res = run_json(qgis_process_env, "t2monitor:exportort", params)["results"]
    assert res["ECOSYSTEM_ROW_COUNT"] == 6 and res["ROW_COUNT"] == 8 and res["UNMATCHED_COUNT"] == 1
    rows = _csv(tmp_path / "ort.csv")
    assert [r["Indicator code"] for r in rows] == ["2.1"] + ["2.CT.1"] * 7
    got = {r["Disaggregation"]: (r["Year"], round(float(r["Value"]), 4)) for r in rows[1:]}
    assert got == {"Not applicable": ("2024", round(500 / 23, 4)),
                   "T1 Tropical-subtropical forests biome": ("2024", 30.0),
                   "T7 Intensive land-use biome": ("2024", 20.0),
                   "T1.1Tropical-subtropical lowland rainforests": ("2024", 60.0),
                   "T1.2 Tropical-subtropical dry forests and thickets": ("2024", 0.0),
                   "T7.1 Annual croplands": ("2024", 20.0), "Ecosystem type: Bofedal": ("2024", round(100 / 6, 4))}
    eco = {(r["level"], r["code"]): r for r in _csv(tmp_path / "eco.csv")}
    assert float(eco[("biome", "T1")]["land_ha"]) == pytest.approx(10, rel=1e-6)
    assert float(eco[("biome", "T1")]["degraded_ha"]) == pytest.approx(3, rel=1e-6)
    assert float(eco[("none", "")]["land_ha"]) == pytest.approx(2, rel=1e-6)
    out = run_failing(qgis_process_env, "t2monitor:exportort", {**params, "ECOSYSTEM_CODES": "1:T1.1,2:T1.2"})
    assert "3, 4" in out and "without an ecosystem" in out


def test_restoration_per_reporting_period(t2_provider, tmp_path):
    """Sites: 200 ha from 2015; 200 ha 2018-2021 overlapping it by 100 ha; 200 ha from 2021. End years 2019, 2023,
    2027: 300, 400, 400 ha; inside the degraded strip (550 ha) 150 ha each time; path (2020 -> 30 % in 2030) None,
    49.5, 115.5 ha."""
    degraded = str(tmp_path / "deg.gpkg")
    gpd.GeoDataFrame(geometry=[box(X0 - 1000, Y0, X0 + 10000, Y0 + 500)], crs=32718).to_file(degraded)
    chart = str(tmp_path / "periods.svg")
    res = processing.run("t2monitor:restorationprogress", {
        "SITES": _write_sites(tmp_path / "s.gpkg"), "START_YEAR_FIELD": "start", "END_YEAR_FIELD": "finish",
        "STATUS_FIELD": "status", "BASELINE_YEAR": 2020, "DEGRADED_POLYGONS": degraded, "OUTPUT": "memory:",
        "VALIDATION": "memory:", "REPORTING_PERIODS": "2016-2019,2020-2023,2024-2027", "PERIODS": "memory:",
        "PERIODS_FILE": str(tmp_path / "periods.csv"), "PERIOD_CHART": chart})
    rows = _rows(res["PERIODS"])
    assert [r["period"] for r in rows] == ["2016-2019", "2020-2023", "2024-2027"]
    first, both = _ferm([(0, 0, 3000, 1000)]), _ferm([(0, 0, 2000, 1000), (5000, 0, 6000, 2000)])
    baseline, inside = _ferm([(-1000, 0, 10000, 500)]), _ferm([(0, 0, 3000, 500)])
    assert [r["area_under_restoration_ha"] for r in rows] == pytest.approx([first, both, both], rel=1e-5)
    assert [r["inside_degraded_ha"] for r in rows] == pytest.approx([inside] * 3, rel=1e-5)
    assert _null(rows[0]["change_ha"]) and _null(rows[0]["new_since_previous_ha"])
    assert rows[1]["change_ha"] == pytest.approx(both - first, rel=1e-4)
    assert rows[1]["new_since_previous_ha"] == pytest.approx(_ferm([(5000, 0, 6000, 2000)]), rel=1e-5)
    assert rows[2]["change_ha"] == pytest.approx(0, abs=1e-6) and rows[2]["new_since_previous_ha"] == pytest.approx(0)
    assert rows[1]["change_percent_points"] == pytest.approx(0, abs=1e-4)  # intersections cut in EPSG:6933
    assert [r["target_path_ha"] for r in rows][1:] == pytest.approx([0.3 * baseline * 0.3, 0.3 * baseline * 0.7])
    assert _null(rows[0]["on_track"]) and [r["on_track"] for r in rows][1:] == [1, 1]
    assert [r["sites"] for r in rows] == [2, 2, 2]
    assert len(_csv(tmp_path / "periods.csv")) == 3
    with open(chart, encoding="utf-8") as fh:
        assert 'data-category="2020-2023"' in fh.read()
    with pytest.raises(QgsProcessingException, match="starts before"):
        processing.run("t2monitor:restorationprogress", {
            "SITES": _write_sites(tmp_path / "s2.gpkg"), "START_YEAR_FIELD": "start", "DEGRADED_POLYGONS": degraded,
            "OUTPUT": "memory:", "VALIDATION": "memory:", "REPORTING_PERIODS": "2016-2020,2020-2023"})
