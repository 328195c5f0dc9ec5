"""The sample-based estimate of the degraded area in the reporting exports, through processing.run:
t2monitor:accuracyassessment -> exportort / exportprais (table or numbers), and areaunderrestoration's estimated
baseline. Expected values are hand-computed with the stratified estimator (Olofsson et al. 2014, eq. 9-11)."""
import math
import os

import numpy as np
import openpyxl
import processing
import pytest
from helpers import write_raster
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

SDG_GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
SAMPLE_GT = (330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0)
# labelled sample: 4 points in the degraded stratum (3 really degraded), 5 in the stable one (1 really degraded)
POINTS = [(-1, r) for r in (-1, -1, -1, 0)] + [(0, r) for r in (0, 0, 0, 0, -1)]
W = {-1: 0.25, 0: 0.75}                       # 50 and 150 of 200 pixels
SHARE = W[-1] * 3 / 4 + W[0] * 1 / 5          # 0.3375
SHARE_SE = math.sqrt(W[-1] ** 2 * 0.75 * 0.25 / 3 + W[0] ** 2 * 0.2 * 0.8 / 4)   # 0.1625


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return [{k: None if v == NULL else v for k, v in zip(names, f.attributes())} for f in layer.getFeatures()]


@pytest.fixture
def chain(tmp_path, t2_provider):
    """An SDG 15.3.1 map (50 of 200 ha degraded), its summary, a labelled sample and its accuracy assessment."""
    lpd = np.full((10, 20), 4, "int16")
    lpd[:, :5] = 1
    write_raster(tmp_path / "lpd.tif", lpd, nodata=-32768, geotransform=SDG_GT, epsg=3035)
    write_raster(tmp_path / "lc.tif", np.zeros((10, 20), "int16"), nodata=-32768, geotransform=SDG_GT, epsg=3035)
    sdg = processing.run("t2monitor:sdg1531", {"PRODUCTIVITY": str(tmp_path / "lpd.tif"),
                                               "LAND_COVER": str(tmp_path / "lc.tif"),
                                               "OUTPUT": str(tmp_path / "sdg.tif"), "SUMMARY": "memory:"})
    sample = QgsVectorLayer("Point?crs=EPSG:3035&field=id:integer&field=stratum:integer&field=map_class:integer"
                            "&field=reference:integer", "sample", "memory")
    feats = []
    for i, (stratum, ref) in enumerate(POINTS):
        col = i if stratum == -1 else 6 + i
        f = QgsFeature(sample.fields())
        f.setAttributes([i + 1, stratum, stratum, ref])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(SDG_GT[0] + 50 + 100 * col, SDG_GT[3] - 50 - 100 * (i % 10))))
        feats.append(f)
    sample.dataProvider().addFeatures(feats)
    acc = processing.run("t2monitor:accuracyassessment", {"INPUT": sample, "STRATA": sdg["OUTPUT"],
                                                          "ESTIMATES": "memory:", "ERROR_MATRIX": "memory:"})
    area = QgsVectorLayer("None?field=disaggregation:string&field=value:string&field=year:integer"
                          "&field=area_under_restoration_ha:double", "area", "memory")
    f = QgsFeature(area.fields())
    f.setAttributes(["total", "(all)", 2023, 12.5])
    area.dataProvider().addFeatures([f])
    return {"summary": sdg["SUMMARY"], "acc": acc, "area": area}


def test_assessment_matches_the_hand_computed_estimate(chain):
    acc = chain["acc"]
    land = sum(r["area_ha"] for r in _rows(chain["summary"]) if r["kind"] == "total_land" and r["level"] == "total")
    assert acc["ESTIMATED_HA"] == pytest.approx(SHARE * land, rel=1e-3)
    assert acc["ESTIMATED_CI95_HA"] == pytest.approx(1.96 * SHARE_SE * land, rel=1e-3)


def test_ort_writes_the_estimate_in_the_national_2ct1_row(chain, tmp_path):
    acc, land = chain["acc"], None
    for r in _rows(chain["summary"]):
        if r["kind"] == "total_land" and r["level"] == "total":
            land = r["area_ha"]
    results = {}
    for how, extra in (("table", {"ESTIMATES_TABLE": acc["ESTIMATES"]}),
                       ("numbers", {"ESTIMATED_DEGRADED_HA": acc["ESTIMATED_HA"],
                                    "ESTIMATED_CI95_HA": acc["ESTIMATED_CI95_HA"]}),
                       ("none", {})):
        out = str(tmp_path / f"ort_{how}.xlsx")
        processing.run("t2monitor:exportort", {"AREA_TABLE": chain["area"], "SDG_SUMMARY": chain["summary"],
                                               "FOOTNOTE": "T2", "OUTPUT": out, **extra})
        results[how] = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[1:]
    national = [r for r in results["table"] if r[0] == "2.CT.1" and r[2] == "No"][0]
    assert national[7] == pytest.approx(100 * SHARE, rel=1e-3)                   # 33.75 %, not the mapped 25 %
    ci_pct = 100 * 1.96 * SHARE_SE                                               # 31.85 %
    assert f"{acc['ESTIMATED_HA']:,.1f} ha ± {acc['ESTIMATED_CI95_HA']:,.1f} ha" in national[8]
    assert f"{100 * SHARE:.2f} % of the land area (95 % CI {100 * SHARE - ci_pct:.2f}-{100 * SHARE + ci_pct:.2f} %)" \
        in national[8]
    assert "Olofsson et al. 2014" in national[8] and national[8].startswith("T2; ")
    assert f"mapped (pixel-counted) area {0.25 * land:,.1f} ha (25.00 %)" in national[8]
    assert results["numbers"][1][:8] == national[:8]          # numbers: same value (no mapped area in the footnote
    assert results["numbers"][1][8].split("; mapped")[0] == national[8].split("; mapped")[0]
    assert [r for r in results["none"] if r[0] == "2.CT.1"][0][7] == pytest.approx(25.0)
    assert results["table"][0] == results["none"][0]          # 2.1 row unchanged
    with pytest.raises(QgsProcessingException, match="need the SDG 15.3.1 summary"):
        processing.run("t2monitor:exportort", {"AREA_TABLE": chain["area"], "ESTIMATES_TABLE": acc["ESTIMATES"],
                                               "OUTPUT": str(tmp_path / "x.xlsx")})
    with pytest.raises(QgsProcessingException, match="given twice"):
        processing.run("t2monitor:exportort", {"AREA_TABLE": chain["area"], "SDG_SUMMARY": chain["summary"],
                                               "ESTIMATES_TABLE": acc["ESTIMATES"], "ESTIMATED_DEGRADED_HA": 1.0,
                                               "ESTIMATED_CI95_HA": 1.0, "OUTPUT": str(tmp_path / "y.xlsx")})
    with pytest.raises(QgsProcessingException, match="without its 95 % half-interval"):
        processing.run("t2monitor:exportort", {"AREA_TABLE": chain["area"], "SDG_SUMMARY": chain["summary"],
                                               "ESTIMATED_DEGRADED_HA": 1.0, "OUTPUT": str(tmp_path / "z.xlsx")})


def test_prais_writes_the_estimate_in_the_chosen_period(chain, tmp_path):
    acc = chain["acc"]
    base = {"SUMMARIES": [chain["summary"], chain["summary"]], "PERIOD_NAMES": "baseline,report_1",
            "ESTIMATES_TABLE": acc["ESTIMATES"]}
    out = str(tmp_path / "prais.xlsx")
    res = processing.run("t2monitor:exportprais", {**base, "OUTPUT": out})
    rows = list(openpyxl.load_workbook(out)["SO1 land by period"].iter_rows(values_only=True))
    assert rows[0][-3:] == ("degraded_ci95_km2", "degraded_mapped_km2", "footnote")
    baseline, report = rows[1], rows[2]
    assert baseline[2] == pytest.approx(baseline[10]) and baseline[8] == pytest.approx(25.0, rel=1e-3)
    assert baseline[9] is None and baseline[11].startswith("Mapped")
    assert report[2] == pytest.approx(acc["ESTIMATED_HA"] / 100) and report[8] == pytest.approx(100 * SHARE, rel=1e-3)
    assert report[9] == pytest.approx(acc["ESTIMATED_CI95_HA"] / 100)
    assert report[10] == pytest.approx(report[5] * 0.25, rel=1e-3)              # mapped degraded km²
    assert "Olofsson" in report[11] and res["PROPORTION_DEGRADED_LAST"] == pytest.approx(report[8])
    out2 = str(tmp_path / "prais2.xlsx")
    res = processing.run("t2monitor:exportprais", {**base, "ESTIMATE_PERIOD": "baseline", "OUTPUT": out2})
    rows = list(openpyxl.load_workbook(out2)["SO1 land by period"].iter_rows(values_only=True))
    assert rows[1][8] == pytest.approx(100 * SHARE, rel=1e-3) and res["PROPORTION_DEGRADED_LAST"] == \
        pytest.approx(25.0, rel=1e-3)
    with pytest.raises(QgsProcessingException, match="no period named 2030"):
        processing.run("t2monitor:exportprais", {**base, "ESTIMATE_PERIOD": "2030",
                                                 "OUTPUT": str(tmp_path / "p3.xlsx")})


def test_area_under_restoration_reports_the_estimated_baseline(sample_dir, tmp_path, t2_provider):
    from osgeo import gdal
    ds = gdal.Open(os.path.join(sample_dir, "landcover_2023.tif"))
    lc = ds.ReadAsArray()
    arr = np.where(lc == 0, -32768, np.where(lc == 3, -1, 0)).astype(np.int16)
    raster = write_raster(tmp_path / "sdg.tif", arr, nodata=-32768, geotransform=SAMPLE_GT, epsg=32718)
    gpkg = os.path.join(sample_dir, "sample.gpkg")
    params = {"SITES": gpkg + "|layername=restoration_sites", "START_YEAR_FIELD": "start_year",
              "REPORTING_YEAR": 2023, "DEGRADED_RASTER": raster, "ACTIVITY_FIELD": "activities",
              "ZONES_ADMIN": gpkg + "|layername=districts", "ZONES_ADMIN_FIELD": "name",
              "OUTPUT": "memory:", "AREAS": "memory:", "VALIDATION": "memory:"}
    plain = processing.run("t2monitor:areaunderrestoration", params)
    est = processing.run("t2monitor:areaunderrestoration", {**params, "ESTIMATED_DEGRADED_HA": 40000.0,
                                                            "ESTIMATED_CI95_HA": 2500.0})
    assert plain["ESTIMATED_BASELINE_HA"] is None and plain["PERCENT_OF_ESTIMATED_BASELINE"] is None
    for key in ("AREA_UNDER_RESTORATION_HA", "INSIDE_DEGRADED_HA", "DEGRADED_BASELINE_HA", "PERCENT_OF_BASELINE"):
        assert est[key] == pytest.approx(plain[key], rel=1e-12)                 # the mapped figures stay
    assert est["ESTIMATED_BASELINE_HA"] == 40000.0 and est["ESTIMATED_BASELINE_CI95_HA"] == 2500.0
    assert est["PERCENT_OF_ESTIMATED_BASELINE"] == pytest.approx(100 * est["INSIDE_DEGRADED_HA"] / 40000.0)
    rows = _rows(est["OUTPUT"])
    for r in rows:
        if r["disaggregation"] in ("total", "activity"):
            assert r["estimated_baseline_ha"] == 40000.0 and r["estimated_baseline_ci95_ha"] == 2500.0
            assert r["percent_of_estimated_baseline"] == pytest.approx(100 * r["inside_degraded_ha"] / 40000.0)
        else:                                     # zone rows: the estimate is for the whole area
            assert r["estimated_baseline_ha"] is None and r["percent_of_estimated_baseline"] is None
    assert any(r["disaggregation"] == "admin" for r in rows) and any(r["disaggregation"] == "activity" for r in rows)
    assert all(r["estimated_baseline_ha"] is None for r in _rows(plain["OUTPUT"]))
