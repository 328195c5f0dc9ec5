"""t2monitor:exportprais through processing.run, chained on t2monitor:sdg1531 and t2monitor:degradationstatus."""
import csv
import os

import numpy as np
import openpyxl
import processing
import pytest
from helpers import write_raster
from qgis.core import QgsProcessingException

ALG = "t2monitor:exportprais"
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha = 0.01 km² pixels
NODATA = -32768


def _r(tmp_path, name, arr, nodata=NODATA, dtype="int16"):
    return write_raster(tmp_path / name, np.asarray(arr, dtype=dtype), nodata=nodata, geotransform=GT, epsg=3035)


def _status(b, r):
    """Expanded status matrix (DOMAIN.md section 2), brute force per pixel."""
    table = {(-1, -1): 1, (0, -1): 2, (1, -1): 2, (-1, 0): 3, (0, 0): 4, (1, 0): 5, (-1, 1): 6, (0, 1): 6, (1, 1): 7}
    return np.vectorize(lambda x, y: table.get((x, y), 0))(b, r)


@pytest.fixture
def chain(tmp_path, t2_provider):
    rng = np.random.default_rng(7)
    shape = (12, 18)
    cover = np.ones(shape, "uint8")
    cover[:3, :4] = 7                                # water
    lc = np.zeros(shape, "int16")
    prods = [rng.integers(-1, 2, shape).astype("int16") for _ in range(2)]
    prods[1][5, :] = NODATA                          # a row of nodata in the reporting period
    water, cov = _r(tmp_path, "cover.tif", cover, 0, "uint8"), _r(tmp_path, "lc.tif", lc)
    out = {"summaries": [], "sdg": [], "prods": prods, "water": cover == 7}
    for i, (name, prod) in enumerate(zip(("baseline", "report_1"), prods)):
        res = processing.run("t2monitor:sdg1531", {
            "PRODUCTIVITY": _r(tmp_path, f"p{i}.tif", prod), "PRODUCTIVITY_CLASSES": 1, "LAND_COVER": cov,
            "WATER_LAND_COVER": water, "PERIOD": name, "OUTPUT": str(tmp_path / f"sdg_{name}.tif"),
            "SUMMARY": "memory:"})
        out["summaries"].append(res["SUMMARY"])
        out["sdg"].append(res["OUTPUT"])
    res = processing.run("t2monitor:degradationstatus", {"BASELINE": out["sdg"][0], "REPORTING": out["sdg"][1],
                                                         "OUTPUT": str(tmp_path / "status.tif"), "AREAS": "memory:"})
    out["status"] = res["AREAS"]
    return out


def test_chain(chain, tmp_path):
    xlsx, out_csv = str(tmp_path / "prais.xlsx"), str(tmp_path / "prais.csv")
    res = processing.run(ALG, {"SUMMARIES": chain["summaries"], "PERIOD_NAMES": "baseline,report_1",
                               "STATUS": chain["status"], "OUTPUT": xlsx, "OUTPUT_CSV": out_csv})
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["SO1 land by period", "SO1 status"]
    got = list(wb["SO1 land by period"].iter_rows(values_only=True))
    assert got[0] == ("period", "zone", "degraded_km2", "stable_km2", "improved_km2", "total_land_km2", "water_km2",
                      "nodata_km2", "proportion_degraded_percent")
    water = chain["water"]
    for row, name, prod in zip(got[1:], ("baseline", "report_1"), chain["prods"]):
        land = (prod != NODATA) & ~water
        expect = [(land & (prod == c)).sum() * 0.01 for c in (-1, 0, 1)]
        assert row[:2] == (name, "(all)")
        assert list(row[2:5]) == pytest.approx(expect, rel=1e-9)
        assert row[5] == pytest.approx(land.sum() * 0.01, rel=1e-9)
        assert row[5] == pytest.approx(row[2] + row[3] + row[4], rel=1e-12)  # adds up
        assert row[6] == pytest.approx(water.sum() * 0.01, rel=1e-9)
        assert row[7] == pytest.approx(((prod == NODATA) & ~water).sum() * 0.01, rel=1e-9)
        assert row[8] == pytest.approx(100 * expect[0] / (land.sum() * 0.01), rel=1e-9)
    assert res["PROPORTION_DEGRADED_LAST"] == pytest.approx(got[2][8])
    # status sheet: the 7 classes and the collapsed ones against a brute-force status of the two periods
    b, r = chain["prods"]
    valid = (b != NODATA) & (r != NODATA) & ~water
    status = np.where(valid, _status(b, r), 0)
    rows = list(wb["SO1 status"].iter_rows(values_only=True))
    assert rows[0] == ("zone", "group", "class", "class_label", "area_km2", "share_of_valid_percent")
    by = {(g, c): (a, s) for _z, g, c, _l, a, s in rows[1:]}
    for c in range(1, 8):
        assert by[("status", c)][0] == pytest.approx((status == c).sum() * 0.01, rel=1e-9, abs=1e-12)
    for c, members in ((-1, (1, 2, 3)), (0, (4,)), (1, (5, 6, 7))):
        assert by[("collapsed", c)][0] == pytest.approx(np.isin(status, members).sum() * 0.01, rel=1e-9)
    assert by[("total", None)] == (pytest.approx(valid.sum() * 0.01, rel=1e-9), pytest.approx(100.0))
    with open(out_csv, encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    assert tuple(lines[0]) == got[0] and len(lines) == 3 and float(lines[1][2]) == pytest.approx(got[1][2])
    # the 0.1.0 key OUTPUT_XLSX writes the same workbook
    old = processing.run(ALG, {"SUMMARIES": chain["summaries"], "PERIOD_NAMES": "baseline,report_1",
                               "STATUS": chain["status"], "OUTPUT_XLSX": str(tmp_path / "old.xlsx")})
    assert old["OUTPUT_XLSX"] == old["OUTPUT"] == str(tmp_path / "old.xlsx")
    def sheets(book):
        return [list(ws.iter_rows(values_only=True)) for ws in book]
    assert sheets(openpyxl.load_workbook(old["OUTPUT"])) == sheets(wb)
    assert old["PROPORTION_DEGRADED_LAST"] == res["PROPORTION_DEGRADED_LAST"]


def test_bad_input_writes_nothing(chain, tmp_path):
    xlsx, out_csv = str(tmp_path / "o.xlsx"), str(tmp_path / "o.csv")
    base = {"SUMMARIES": chain["summaries"], "OUTPUT": xlsx, "OUTPUT_CSV": out_csv}
    with pytest.raises(QgsProcessingException, match="1 period name.*2 summary"):
        processing.run(ALG, {**base, "PERIOD_NAMES": "baseline"})
    with pytest.raises(QgsProcessingException, match="has no field.*kind"):
        processing.run(ALG, {**base, "SUMMARIES": [chain["status"]], "PERIOD_NAMES": "baseline"})
    with pytest.raises(QgsProcessingException, match="has no field.*group"):
        processing.run(ALG, {**base, "STATUS": chain["summaries"][0]})
    with pytest.raises(QgsProcessingException, match="not writable"):
        processing.run(ALG, {**base, "OUTPUT": "/sys/kernel/t2m_prais.xlsx"})
    assert not os.path.exists(xlsx) and not os.path.exists(out_csv)
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".o.")]
