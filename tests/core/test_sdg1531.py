"""SDG 15.3.1 integration, error recode and summary, against hand-computed and independent results."""
import itertools
import os

import numpy as np
import pytest
from helpers import read_raster, srs_wkt, write_raster
from osgeo import ogr

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.sdg1531 import Recode, RecodeSet, one_out_all_out, run_sdg1531
from t2_monitor_plugin.core.zones import ZoneSet

# an equal-area grid (LAEA Europe): every pixel is exactly 100 m x 100 m = 1 ha, so areas are pixel counts
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
EPSG = 3035


def reference(prod, lc, soc):
    """The DOMAIN.md rule, read literally: start from productivity; any -1 in land cover or SOC degrades;
    else a 0 becomes +1 when land cover or SOC is +1."""
    result = prod
    if lc == -1 or soc == -1:
        return -1
    if result == 0 and (lc == 1 or soc == 1):
        return 1
    return result


def test_every_one_out_all_out_case():
    combos = list(itertools.product((-1, 0, 1), repeat=3))
    p, lc, soc = (np.array(c) for c in zip(*combos))
    got = one_out_all_out(p, lc, soc)
    assert got.tolist() == [reference(*c) for c in combos]
    got2 = one_out_all_out(p, lc)
    assert got2.tolist() == [reference(a, b, None) for a, b, _ in combos]


def _write(tmp_path, name, arr, nodata=NODATA):
    return write_raster(tmp_path / name, np.asarray(arr, dtype="int16"), nodata=nodata, geotransform=GT, epsg=EPSG)


def test_raster_run_covers_every_case_and_nodata(tmp_path):
    combos = list(itertools.product((-1, 0, 1, NODATA), repeat=3))
    p, lc, soc = (np.array(c, dtype="int16").reshape(8, 8) for c in zip(*combos))
    out = str(tmp_path / "sdg.tif")
    res = run_sdg1531(RasterInput(_write(tmp_path, "p.tif", p)), RasterInput(_write(tmp_path, "lc.tif", lc)),
                      RasterOutput(out, "int16", NODATA), RasterInput(_write(tmp_path, "soc.tif", soc)),
                      block_shape=(256, 256))
    got = read_raster(out).ravel().tolist()
    expected = [NODATA if NODATA in c else reference(*c) for c in combos]
    assert got == expected
    total = {row[3]: row[5] for row in res.summary if row[0] == "total" and row[2] == "class"}
    assert total == {c: pytest.approx(expected.count(c)) for c in (-1, 0, 1)}
    land = [row for row in res.summary if row[2] == "total_land"][0]
    assert land[5] == pytest.approx(sum(total.values())) and land[7] == 1.0
    nodata_row = [row for row in res.summary if row[2] == "nodata"][0]
    assert nodata_row[5] == pytest.approx(expected.count(NODATA))
    assert res.proportion_degraded == pytest.approx(expected.count(-1) / (64 - expected.count(NODATA)))


def test_five_class_productivity_and_water(tmp_path):
    lpd = np.array([[1, 2, 3, 4, 5, 5]], dtype="int16")
    lc = np.zeros((1, 6), dtype="int16")
    cover = np.array([[1, 1, 1, 1, 7, 1]], dtype="uint8")
    out = str(tmp_path / "sdg.tif")
    res = run_sdg1531(RasterInput(_write(tmp_path, "lpd.tif", lpd)), RasterInput(_write(tmp_path, "lc.tif", lc)),
                      RasterOutput(out, "int16", NODATA), prod_classes=5,
                      water=RasterInput(write_raster(tmp_path / "cover.tif", cover, nodata=0, geotransform=GT,
                                                     epsg=EPSG)))
    assert read_raster(out).tolist() == [[-1, -1, 0, 0, NODATA, 1]]
    rows = {row[2] + str(row[3]): row[5] for row in res.summary if row[0] == "total"}
    assert rows["water" + "None"] == pytest.approx(1.0)
    assert rows["total_land" + "None"] == pytest.approx(5.0)
    assert res.proportion_degraded == pytest.approx(2 / 5)


def test_unexpected_codes_are_all_listed_and_nothing_written(tmp_path):
    p = np.zeros((600, 300), dtype="int16")
    p[10, 10] = 4
    p[500, 200] = -7
    lc = np.zeros((600, 300), dtype="int16")
    out = tmp_path / "sdg.tif"
    with pytest.raises(InputError, match=r"values -7, 4 where only -1, 0, 1"):
        run_sdg1531(RasterInput(_write(tmp_path, "p.tif", p), name="prod"),
                    RasterInput(_write(tmp_path, "lc.tif", lc)), RasterOutput(str(out), "int16", NODATA),
                    block_shape=(256, 256))
    assert not out.exists()


def _polygon_wkb(x0, y0, x1, y1):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return bytes(poly.ExportToWkb())


def test_error_recode_hand_drawn_case(tmp_path):
    # productivity: left half degraded, right half improved; land cover and SOC neutral
    p = np.full((10, 10), 1, dtype="int16")
    p[:, :5] = -1
    p[0, 0] = NODATA
    zero = np.zeros((10, 10), dtype="int16")
    grid = Grid(10, 10, GT, srs_wkt(EPSG))
    x0, y0 = GT[0], GT[3]
    # feature 1: columns 0-3 of rows 0-1 -> degraded become stable (pixel (0,0) is nodata and stays so)
    # feature 2: columns 3-6 of rows 1-2, plus half a pixel column -> degraded and improved become stable...
    # feature 3 overlaps feature 2 at row 2 and, applying later, turns degraded into improved there
    # feature 4 is for another period and must not apply
    items = [("1", _polygon_wkb(x0, y0 - 200, x0 + 400, y0)),
             ("2", _polygon_wkb(x0 + 300, y0 - 300, x0 + 740, y0 - 100)),
             ("3", _polygon_wkb(x0 + 300, y0 - 300, x0 + 500, y0 - 200)),
             ("4", _polygon_wkb(x0, y0 - 1000, x0 + 1000, y0))]
    zones = ZoneSet.from_wkb(items, srs_wkt(EPSG), grid)
    recodes = RecodeSet([Recode(1, 0, None, None, "cloud shadow"), Recode(2, 0, None, 0, "plantation"),
                         Recode(3, 1, None, None, "field check"), Recode(4, 1, 1, 1, "other", "report_1", False)],
                        zones)
    out = str(tmp_path / "sdg.tif")
    res = run_sdg1531(RasterInput(_write(tmp_path, "p.tif", p)), RasterInput(_write(tmp_path, "lc.tif", zero)),
                      RasterOutput(out, "int16", NODATA), RasterInput(_write(tmp_path, "soc.tif", zero)),
                      recodes=recodes, block_shape=(256, 256))
    expected = p.copy()
    sub = expected[0:2, 0:4]          # feature 1: degraded -> stable (the nodata pixel stays nodata)
    sub[sub == -1] = 0
    sub = expected[1:3, 3:7]          # feature 2: degraded and improved -> stable; column 7 is only 40 % inside
    sub[sub != NODATA] = 0
    # feature 3 (row 2, columns 3-4) turns degraded into improved, but it applies after feature 2, which left no
    # degraded pixel there, so it changes nothing
    np.testing.assert_array_equal(read_raster(out), expected)
    report = {r[0]: r for r in res.recode_report}
    assert report[1][7:] == pytest.approx((7.0, 0.0, 0.0))      # 8 pixels minus the nodata one, all degraded
    assert report[2][7:] == pytest.approx((3.0, 0.0, 4.0))      # (1,4), (2,3), (2,4) degraded; rows 1-2 cols 5-6
    assert report[3][7:] == pytest.approx((0.0, 0.0, 0.0))
    assert report[4][3] == 0 and report[4][7:] == pytest.approx((0.0, 0.0, 0.0))
    assert os.path.exists(out)


def test_zone_rows_add_up(tmp_path):
    rng = np.random.default_rng(3)
    p = rng.integers(-1, 2, size=(40, 60)).astype("int16")
    p[rng.random(p.shape) < 0.1] = NODATA
    zero = np.zeros_like(p)
    grid = Grid(60, 40, GT, srs_wkt(EPSG))
    x0, y0 = GT[0], GT[3]
    zones = ZoneSet.from_wkb([("west", _polygon_wkb(x0, y0 - 4000, x0 + 3000, y0)),
                              ("east", _polygon_wkb(x0 + 3000, y0 - 4000, x0 + 6000, y0))], srs_wkt(EPSG), grid)
    res = run_sdg1531(RasterInput(_write(tmp_path, "p.tif", p)), RasterInput(_write(tmp_path, "lc.tif", zero)),
                      RasterOutput(str(tmp_path / "o.tif"), "int16", NODATA), zones=zones, block_shape=(16, 256))
    for zone, cols in (("west", slice(0, 30)), ("east", slice(30, 60))):
        rows = {r[2] + str(r[3]): r for r in res.summary if r[1] == zone}
        sub = p[:, cols]
        for c in (-1, 0, 1):
            assert rows["class" + str(c)][5] == pytest.approx((sub == c).sum())
        assert rows["total_landNone"][5] == pytest.approx((sub != NODATA).sum())
        assert rows["nodataNone"][5] == pytest.approx((sub == NODATA).sum())
        assert sum(rows["class" + str(c)][7] for c in (-1, 0, 1)) == pytest.approx(1.0)
    assert sum(r[5] for r in res.summary if r[0] == "zone" and r[2] == "class") == pytest.approx(
        sum(r[5] for r in res.summary if r[0] == "total" and r[2] == "class"))
