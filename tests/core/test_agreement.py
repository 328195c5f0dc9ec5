"""Map agreement: cross-tabulation against class areas, kappa against scikit-learn, hand-computed cases."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from helpers import read_raster, srs_wkt, write_raster
from osgeo import ogr
from sklearn.metrics import cohen_kappa_score

from t2_monitor_plugin.core.agreement import (
    CROSS_NODATA,
    GREENS,
    REDS,
    agreement_stats,
    cross_base,
    decode,
    matrix_table,
    pair_keys,
    run_agreement,
)
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.classareas import class_areas
from t2_monitor_plugin.core.errors import GridMismatchError, InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.zones import ZoneSet

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
GEO = (-80.0, 0.5, 0.0, 5.0, 0.0, -0.5)  # EPSG:4326, pixel areas vary by row (5 N to 15 S)
ND = -32768


def _r(tmp_path, name, arr, gt=GT, epsg=3035, nodata=ND):
    return write_raster(tmp_path / name, np.asarray(arr, "int16"), nodata=nodata, geotransform=gt, epsg=epsg)


def test_keys_and_base():
    a = np.array([-1, 0, 5, 1000000000, 7])
    b = np.array([3, -1000000000, 0, 2, 7])
    keys = pair_keys(a, np.array([1, 1, 1, 1, 0], bool), b, np.array([1, 1, 0, 1, 1], bool))
    assert [decode(k) for k in keys] == [(-1, 3), (0, -1000000000), (5, None), (1000000000, 2), (None, 7)]
    assert cross_base([0, 1, 9]) == 10 and cross_base([0, 10]) == 100 and cross_base([-1, 0, 1]) == 10
    assert cross_base([-5, 5]) == 100 and cross_base([]) == 10 and cross_base([999]) == 1000


def test_hand_computed_2x2(tmp_path):
    # confusion matrix (ha) [[20, 5], [10, 15]]: p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.4
    a = np.array([1] * 25 + [2] * 25, "int16").reshape(5, 10)
    b = np.array([1] * 20 + [2] * 5 + [1] * 10 + [2] * 15, "int16").reshape(5, 10)
    out = RasterOutput(str(tmp_path / "cross.tif"), "int32", CROSS_NODATA)
    res = run_agreement(RasterInput(_r(tmp_path, "a.tif", a)), RasterInput(_r(tmp_path, "b.tif", b)), out,
                        block_shape=(2, 4))
    assert res.overall.overall == pytest.approx(0.7)
    assert res.overall.expected == pytest.approx(0.5)
    assert res.overall.kappa == pytest.approx(0.4)
    assert res.base == 10
    np.testing.assert_array_equal(read_raster(out.path), a * 10 + b)
    cells = {(r[3], r[4]): r[6] for r in res.cross_rows if r[3] is not None and r[4] is not None}
    assert cells == pytest.approx({(1, 1): 20, (1, 2): 5, (2, 1): 10, (2, 2): 15})
    codes = {r[2]: (r[3], r[4], r[5]) for r in res.cross_rows if r[2] is not None}
    assert codes == {11: (1, 1, 1), 12: (1, 2, 0), 21: (2, 1, 0), 22: (2, 2, 1)}
    fields, rows = matrix_table(res.cells)
    assert [f[0] for f in fields] == ["zone", "class_a", "class_a_label", "b_1", "b_2", "total"]
    assert rows == [("(all)", "1", "1", 20, 5, 25), ("(all)", "2", "2", 10, 15, 25),
                    ("(all)", "total", "", 30, 20, 50)]
    qml = ET.parse(tmp_path / "cross.qml").getroot()
    entries = {int(e.get("value")): (e.get("label"), e.get("color")) for e in qml.iter("paletteEntry")}
    assert entries[12][0] == "A=1 / B=2" and set(entries) == {11, 12, 21, 22}
    assert {entries[11][1], entries[22][1]} <= set(GREENS) and {entries[12][1], entries[21][1]} <= set(REDS)


def test_undefined_kappa_and_empty():
    assert agreement_stats({(1, 1): 5.0}, lambda a, b: a == b).kappa is None
    assert agreement_stats({}, lambda a, b: a == b).overall is None


def _random_maps(tmp_path, gt, epsg, seed=1, shape=(30, 41)):
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 4, shape).astype("int16")
    b = np.where(rng.random(shape) < 0.6, a, rng.integers(0, 4, shape)).astype("int16")
    a[rng.random(shape) < 0.07] = ND
    b[rng.random(shape) < 0.07] = ND
    return a, b, _r(tmp_path, "a.tif", a, gt, epsg), _r(tmp_path, "b.tif", b, gt, epsg)


@pytest.mark.parametrize("gt, epsg", [(GT, 3035), (GEO, 4326)])
def test_against_sklearn_and_class_areas(tmp_path, gt, epsg):
    a, b, pa, pb = _random_maps(tmp_path, gt, epsg)
    out = RasterOutput(str(tmp_path / "cross.tif"), "int32", CROSS_NODATA)
    res = run_agreement(RasterInput(pa), RasterInput(pb), out, block_shape=(8, 16), threads=2)
    both = (a != ND) & (b != ND)
    area = PixelAreas(describe(RasterInput(pa)).grid).block(0, 0, *a.shape)
    kappa = cohen_kappa_score(a[both], b[both], sample_weight=area[both])
    assert res.overall.kappa == pytest.approx(kappa, abs=1e-10)
    assert res.overall.overall == pytest.approx(np.average(a[both] == b[both], weights=area[both]), abs=1e-12)
    if epsg == 3035:  # equal-area grid: pixel counts give the same kappa
        assert res.overall.kappa == pytest.approx(cohen_kappa_score(a[both], b[both]), abs=1e-10)
    else:  # the area weights matter here
        assert abs(cohen_kappa_score(a[both], b[both]) - kappa) > 1e-6
    # the cross-tabulation adds up to each map's class areas (nodata included)
    for side, path in ((3, pa), (4, pb)):
        ref = class_areas(RasterInput(path))
        got = {}
        for row in res.cross_rows:
            got[row[side]] = got.get(row[side], 0.0) + row[6]
        for cls, ha in ref.total().items():
            assert got[cls] == pytest.approx(ha, rel=1e-12)
        assert got[None] == pytest.approx(ref.nodata_area_ha, rel=1e-12)
    summary = res.summary_rows[0]
    assert summary[2] == pytest.approx(area[both].sum() / 1e4)
    assert summary[7] == pytest.approx(area[(a != ND) & (b == ND)].sum() / 1e4)
    assert summary[9] == pytest.approx(area[(a == ND) & (b == ND)].sum() / 1e4)
    np.testing.assert_array_equal(read_raster(out.path), np.where(both, a * 10 + b, CROSS_NODATA))


def test_correspondence_against_sklearn(tmp_path):
    rng = np.random.default_rng(7)
    a = rng.integers(-1, 2, (20, 25)).astype("int16")
    b = rng.integers(1, 6, (20, 25)).astype("int16")
    corr = {(-1, 1), (-1, 2), (0, 3), (0, 4), (1, 5)}
    res = run_agreement(RasterInput(_r(tmp_path, "a.tif", a)), RasterInput(_r(tmp_path, "b.tif", b)), None,
                        correspondence=corr, block_shape=(7, 9))
    b_in_a = np.select([b <= 2, b <= 4], [-1, 0], 1)
    assert res.overall.kappa == pytest.approx(cohen_kappa_score(a.ravel(), b_in_a.ravel()), abs=1e-12)
    assert res.overall.overall == pytest.approx(np.mean(a == b_in_a))
    assert not res.warnings
    # a class of B in no pair is reported; the codes of the cross raster use K = 10 with negative A codes
    res = run_agreement(RasterInput(_r(tmp_path, "a.tif", a)), RasterInput(_r(tmp_path, "b.tif", b)), None,
                        correspondence={(-1, 1), (0, 3)})
    assert [w[1]["codes"] for w in res.warnings] == ["1", "2, 4, 5"]
    row = next(r for r in res.cross_rows if r[3] == -1 and r[4] == 2)
    assert row[2] == -8 and row[5] == 0


def test_zones_rows(tmp_path):
    a, b, pa, pb = _random_maps(tmp_path, GT, 3035, seed=3)
    grid = describe(RasterInput(pa)).grid
    x0, y0 = GT[0], GT[3]
    west = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x0 + 2000} {y0},{x0 + 2000} {y0 - 3000},"
                                     f"{x0} {y0 - 3000},{x0} {y0}))")
    zones = ZoneSet.from_wkb([("west", bytes(west.ExportToWkb()))], srs_wkt(3035), grid, "zones")
    res = run_agreement(RasterInput(pa), RasterInput(pb), None, zones=zones, block_shape=(8, 16))
    sub_a, sub_b = a[:, :20], b[:, :20]
    both = (sub_a != ND) & (sub_b != ND)
    west_row = next(r for r in res.summary_rows if r[1] == "west")
    assert west_row[0] == "zone" and west_row[2] == pytest.approx(both.sum())
    assert west_row[6] == pytest.approx(cohen_kappa_score(sub_a[both], sub_b[both]), abs=1e-10)
    zone_cells = {(r[3], r[4]): r[6] for r in res.cross_rows if r[1] == "west" and r[2] is not None}
    for (ca, cb), ha in zone_cells.items():
        assert ha == pytest.approx(((sub_a == ca) & (sub_b == cb)).sum())
    fields, rows = matrix_table(res.cells)
    assert {r[0] for r in rows} == {"(all)", "west"}


def test_bad_inputs(tmp_path):
    a = np.ones((6, 6), "int16")
    pa = _r(tmp_path, "a.tif", a)
    other = _r(tmp_path, "b.tif", np.ones((6, 6)), gt=(4000100.0, 100.0, 0.0, 3000000.0, 0.0, -100.0))
    out = RasterOutput(str(tmp_path / "cross.tif"), "int32", CROSS_NODATA)
    with pytest.raises(GridMismatchError, match="not on the same grid"):
        run_agreement(RasterInput(pa), RasterInput(other), out)
    res = run_agreement(RasterInput(pa), RasterInput(other), out, reference=0)
    assert res.overall.compared_m2 == pytest.approx(30 * 1e4)  # the shifted map misses one column
    dec = write_raster(tmp_path / "dec.tif", np.full((6, 6), 1.5, "float32"), geotransform=GT, epsg=3035)
    out2 = RasterOutput(str(tmp_path / "cross2.tif"), "int32", CROSS_NODATA)
    with pytest.raises(InputError, match="holds decimal values"):
        run_agreement(RasterInput(pa), RasterInput(dec), out2)
    assert not (tmp_path / "cross2.tif").exists()
    big = write_raster(tmp_path / "big.tif", np.full((6, 6), 2_000_000, "int32"), geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match="too large for cross-class codes"):
        run_agreement(RasterInput(big), RasterInput(big), out2)
    assert not (tmp_path / "cross2.tif").exists()



def test_large_blocks_are_counted_in_strips(tmp_path, monkeypatch):
    """A whole-raster block is cross-tabulated strip by strip (the accumulator, and the 64-bit pair keys, see only
    CHUNK_PIXELS at a time, so a block's temporaries do not grow with the block) and gives the same areas, per zone
    too, and the same cross-class raster, as one accumulator call per block; geographic pixels, areas vary by row."""
    from t2_monitor_plugin.core import agreement
    from t2_monitor_plugin.core.zonal import AreaAccumulator

    a, b, pa, pb = _random_maps(tmp_path, GEO, 4326, seed=9)
    rows, cols = a.shape
    grid = describe(RasterInput(pa)).grid
    x0, y0 = GEO[0], GEO[3]
    tri = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x0 + 7.3} {y0 - 1.1},{x0 + 2.2} {y0 - 9.7},{x0} {y0}))")
    zones = ZoneSet.from_wkb([("tri", bytes(tri.ExportToWkb()))], srs_wkt(4326), grid, "zones")
    seen = []
    parts = AreaAccumulator.parts

    def spy(self, row0, col0, codes, valid):
        seen.append(codes.shape)
        return parts(self, row0, col0, codes, valid)

    monkeypatch.setattr(AreaAccumulator, "parts", spy)
    results = {}
    for name, chunk in (("strips", cols * 3), ("whole", rows * cols)):
        monkeypatch.setattr(agreement, "CHUNK_PIXELS", chunk, raising=False)
        seen.clear()
        out = RasterOutput(str(tmp_path / f"{name}.tif"), "int32", CROSS_NODATA)
        results[name] = (run_agreement(RasterInput(pa), RasterInput(pb), out, zones=zones,
                                       block_shape=(rows, cols), threads=1), read_raster(out.path))
        if name == "strips":
            assert len(seen) == -(-rows // 3) and max(s[0] for s in seen) == 3
    (strips, raster_s), (whole, raster_w) = results["strips"], results["whole"]
    np.testing.assert_array_equal(raster_s, raster_w)
    assert [r[:6] for r in strips.cross_rows] == [r[:6] for r in whole.cross_rows]
    for rs, rw in zip(strips.cross_rows, whole.cross_rows):
        assert rs[6] == pytest.approx(rw[6], rel=1e-12)
    for rs, rw in zip(strips.summary_rows, whole.summary_rows):
        assert rs[:2] == rw[:2] and rs[2:] == pytest.approx(rw[2:], rel=1e-12)
    assert {r[1] for r in strips.summary_rows} == {"(all)", "tri"}
