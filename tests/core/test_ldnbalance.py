"""LDN balance per land type: a 4 x 6 grid of 1 ha pixels where every land type's balance was worked out by hand.

Land cover (UNCCD), baseline B, periods P1 and P2 (N = nodata):

    LC  1 1 1 1 3 3     B   0 0 -1 0 0 0     P1  -1 -1 0 1 0 0     P2  -1 0 0 0 0 0
        1 1 3 3 3 3         1 0 0 -1 0 0          0  0 -1 -1 1 0         0 0 0 0 0 0
        2 2 2 2 6 6         0 0 0 0 -1 N          1  1 -1 0 0 0          0 0 0 0 1 0
        2 2 N 7 7 6         0 0 0 0 0 0           0  0 0 0 1 0           0 0 0 0 0 0

Valid: 22 ha (one baseline nodata, one land-cover nodata). Against a reference the class is the GPG collapsed
status: the current value where it is -1/+1, else the reference's value.
"""
import math

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import ogr, osr

from t2_monitor_plugin.core.errors import GridMismatchError, InputError
from t2_monitor_plugin.core.ldnbalance import (
    MAP,
    VS_BASELINE,
    VS_PREVIOUS,
    Comparison,
    LandTypeSource,
    run_ldn_balance,
)
from t2_monitor_plugin.core.ldntables import (
    BALANCE_FIELDS,
    COUNTER_FIELDS,
    PERIOD_FIELDS,
    balance_rows,
    chart_series,
    counter_rows,
    headline,
    period_rows,
)
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.zones import ZoneSet

from .test_status import MATRIX

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
N = NODATA
LC = [[1, 1, 1, 1, 3, 3], [1, 1, 3, 3, 3, 3], [2, 2, 2, 2, 6, 6], [2, 2, 0, 7, 7, 6]]
B = [[0, 0, -1, 0, 0, 0], [1, 0, 0, -1, 0, 0], [0, 0, 0, 0, -1, N], [0, 0, 0, 0, 0, 0]]
P1 = [[-1, -1, 0, 1, 0, 0], [0, 0, -1, -1, 1, 0], [1, 1, -1, 0, 0, 0], [0, 0, 0, 0, 1, 0]]
P2 = [[-1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0]]

# hand-computed (degraded, stable, improved) ha per land type
P1_VS_B = {1: (3, 1, 2), 2: (1, 3, 2), 3: (2, 3, 1), 6: (1, 1, 0), 7: (0, 1, 1)}
P2_VS_B = {1: (2, 3, 1), 2: (0, 6, 0), 3: (1, 5, 0), 6: (0, 1, 1), 7: (0, 2, 0)}
P2_VS_P1 = {1: (2, 3, 1), 2: (1, 3, 2), 3: (2, 3, 1), 6: (0, 1, 1), 7: (0, 1, 1)}
B_MAP = {1: (1, 4, 1), 2: (0, 6, 0), 3: (1, 5, 0), 6: (1, 1, 0), 7: (0, 2, 0)}


def approx(mapping):
    """pytest.approx for a dict of tuples (1 ha pixels in EPSG:3035 are 1 ha to well under 1e-6)."""
    return pytest.approx({(k, i): v for k, t in mapping.items() for i, v in enumerate(t)}, rel=1e-6, abs=1e-9)


def flat(mapping):
    return {(k, i): v for k, t in mapping.items() for i, v in enumerate(t)}


def _r(tmp_path, name, array, dtype="int16", nodata=N, gt=GT):
    return RasterInput(write_raster(tmp_path / f"{name}.tif", np.array(array, dtype), nodata=nodata,
                                    geotransform=gt, epsg=3035), name)


def _run(tmp_path, lc=LC, periods=(P1, P2), reclass=None, units=None, unit_polygons=None, zones=None, deficit=None,
         labels=("p1", "p2")):
    source = LandTypeSource(_r(tmp_path, "lc", lc, "uint8" if max(map(max, lc)) < 256 else "int16", 0), reclass,
                            units, unit_polygons)
    maps = [_r(tmp_path, f"period{k}", p) for k, p in enumerate(periods, start=1)]
    return run_ldn_balance(_r(tmp_path, "baseline", B), maps, list(labels), source, MATRIX, zones, deficit)


def _by_type(result, comp, zone="(all)"):
    group = next(g for g in result.groups[comp] if g.zone == zone)
    return {lt: tuple(group.m2(lt, c) / 1e4 for c in (-1, 0, 1)) for lt in group.land_types()}


def test_every_land_type_every_comparison(tmp_path):
    result = _run(tmp_path)
    assert flat(_by_type(result, Comparison(MAP, 0))) == approx(B_MAP)
    assert flat(_by_type(result, Comparison(VS_BASELINE, 1, 0))) == approx(P1_VS_B)
    assert flat(_by_type(result, Comparison(VS_BASELINE, 2, 0))) == approx(P2_VS_B)
    assert flat(_by_type(result, Comparison(VS_PREVIOUS, 2, 1))) == approx(P2_VS_P1)
    # for the first period the previous period is the baseline
    assert flat(_by_type(result, Comparison(VS_PREVIOUS, 1, 0))) == approx(P1_VS_B)


def test_balance_table_totals_add_up_to_valid_area(tmp_path):
    rows = [dict(zip([f for f, _ in BALANCE_FIELDS], r)) for r in balance_rows(_run(tmp_path))]
    for key in {(r["zone"], r["comparison"], r["period"]) for r in rows}:
        part = [r for r in rows if (r["zone"], r["comparison"], r["period"]) == key]
        types = [r for r in part if r["land_type"] is not None]
        total = next(r for r in part if r["land_type_label"] == "All land types")
        nodata = next(r for r in part if r["land_type_label"] == "nodata")
        assert total["land_type_ha"] == pytest.approx(22.0, rel=1e-6)
        assert nodata["land_type_ha"] == pytest.approx(2.0, rel=1e-6)
        assert math.fsum(r["land_type_ha"] for r in types) == pytest.approx(total["land_type_ha"], abs=1e-9)
        for col in ("degraded_ha", "stable_ha", "improved_ha"):
            assert math.fsum(r[col] for r in types) == pytest.approx(total[col], abs=1e-9)
        for r in types + [total]:
            assert r["degraded_ha"] + r["stable_ha"] + r["improved_ha"] == pytest.approx(r["land_type_ha"], abs=1e-9)
    tree = next(r for r in rows if r["comparison"] == VS_BASELINE and r["period"] == "p1" and r["land_type"] == 1)
    assert (tree["land_type_ha"], tree["net_ha"], tree["neutrality_met"]) == pytest.approx((6, -1, 0))
    assert tree["net_pct"] == pytest.approx(-100 / 6)
    assert tree["degraded_pct"] == pytest.approx(50.0)
    grass = next(r for r in rows if r["comparison"] == VS_BASELINE and r["period"] == "p1" and r["land_type"] == 2)
    assert (grass["net_ha"], grass["neutrality_met"]) == pytest.approx((1, 1))


def test_like_for_like_counterbalancing(tmp_path):
    rows = [dict(zip([f for f, _ in COUNTER_FIELDS], r)) for r in counter_rows(_run(tmp_path))]

    def pick(comp, period):
        return {r["land_type"]: (r["losses_ha"], r["gains_ha"], r["offset_ha"], r["deficit_ha"], r["surplus_ha"],
                                 r["neutrality_met"]) for r in rows
                if r["comparison"] == comp and r["period"] == period and r["zone"] == "(all)"}

    p1 = pick(VS_BASELINE, "p1")
    assert flat(p1) == approx({1: (3, 2, 2, 1, 0, 0), 2: (1, 2, 1, 0, 1, 1), 3: (2, 1, 1, 1, 0, 0),
                                6: (1, 0, 0, 1, 0, 0), 7: (0, 1, 0, 0, 1, 1), None: (7, 6, 4, 3, 2, 0)})
    # against p1, p2 pools to +1 ha yet two land types stay in deficit: pooling would hide them
    p2_prev = pick(VS_PREVIOUS, "p2")
    assert p2_prev[None] == pytest.approx((5, 6, 3, 2, 3, 0))  # offsets: tree 1, cropland 1, grassland 1
    total = next(r for r in rows if r["comparison"] == VS_PREVIOUS and r["period"] == "p2" and r["land_type"] is None
                 and r["zone"] == "(all)")
    assert total["pooled_net_ha"] == pytest.approx(1.0)
    assert p2_prev[2] == pytest.approx((1, 2, 1, 0, 1, 1))


def test_period_status_table_headline_and_chart(tmp_path):
    result = _run(tmp_path)
    rows = [dict(zip([f for f, _ in PERIOD_FIELDS], r)) for r in period_rows(result, [2019, 2023])]
    got = {(r["period"], r["comparison"]): (r["degraded_ha"], r["improved_ha"], r["pooled_net_ha"], r["deficit_ha"],
                                            r["deficit_land_types_count"], r["neutrality_met"], r["end_year"])
           for r in rows if r["zone"] == "(all)"}
    assert flat(got) == approx({("p1", VS_BASELINE): (7, 6, -1, 3, 3, 0, 2019),
                                 ("p1", VS_PREVIOUS): (7, 6, -1, 3, 3, 0, 2019),
                                 ("p2", VS_BASELINE): (3, 2, -1, 2, 2, 0, 2023),
                                 ("p2", VS_PREVIOUS): (5, 6, 1, 2, 2, 0, 2023)})
    head = headline(result, 1)
    assert head == pytest.approx({"valid_ha": 22, "nodata_ha": 2, "pooled_net_ha": -1, "deficit_ha": 3,
                                  "deficit_count": 3, "neutrality_met": 0})
    xs, series = chart_series(result, [2019, 2023])
    assert xs == [2019, 2023]
    assert [y for s in series for y in s.ys] == pytest.approx([7, 3, 6, 2, 3, 2, 3, 2], rel=1e-6)


def test_land_units_split_land_types_and_deficit_raster(tmp_path):
    units = _r(tmp_path, "units", [[1, 1, 1, 2, 2, 2]] * 4, "uint8", 255)
    out = RasterOutput(str(tmp_path / "deficit.tif"), "int32", -1)
    result = _run(tmp_path, units=units, deficit=out)
    got = _by_type(result, Comparison(VS_BASELINE, 1, 0))
    assert flat(got) == approx({10001: (3, 1, 1), 10002: (0, 0, 1), 20001: (1, 2, 2), 20002: (0, 1, 0),
                                 30001: (1, 0, 0), 30002: (1, 3, 1), 60002: (1, 1, 0), 70002: (0, 1, 1)})
    # the tree-covered gain in unit 2 cannot offset the losses in unit 1: 4 ha of deficit instead of 3
    assert headline(result, 1)["deficit_ha"] == pytest.approx(4.0)
    bands = read_raster(out.path)
    d1 = 10001, 30001, 60002  # in deficit against the baseline in p1
    expected = np.where(np.isin(_codes(LC, units.path), d1), _codes(LC, units.path), 0)
    expected[2, 5] = expected[3, 2] = -1
    np.testing.assert_array_equal(bands[0], expected)
    assert bands.shape == (2, 4, 6)


def _codes(lc, units_path):
    u = read_raster(units_path)
    return np.array(lc) * 10000 + u


def test_zones_and_unit_polygons(tmp_path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    left = ogr.CreateGeometryFromWkt("POLYGON((4000000 2999600,4000300 2999600,4000300 3000000,4000000 3000000,"
                                     "4000000 2999600))")
    grid = describe(_r(tmp_path, "g", B)).grid
    zones = ZoneSet.from_wkb([("left", bytes(left.ExportToIsoWkb()))], srs.ExportToWkt(), grid, "zones")
    result = _run(tmp_path, zones=zones)
    assert flat(_by_type(result, Comparison(VS_BASELINE, 1, 0), "left")) == approx(
        {1: (3, 1, 1), 2: (1, 2, 2), 3: (1, 0, 0)})
    zone_group = next(g for g in result.groups[Comparison(VS_BASELINE, 1, 0)] if g.zone == "left")
    assert zone_group.nodata_m2 / 1e4 == pytest.approx(1.0)
    # the same left half as a land-unit polygon: land types "class / left"; the right half has no land unit
    units = ZoneSet.from_wkb([("left", bytes(left.ExportToIsoWkb()))], srs.ExportToWkt(), grid, "units")
    result = _run(tmp_path, unit_polygons=units)
    assert flat(_by_type(result, Comparison(VS_BASELINE, 1, 0))) == approx(
        {10001: (3, 1, 1), 20001: (1, 2, 2), 30001: (1, 0, 0)})
    labels = {r[5]: r[8] for r in balance_rows(result) if r[5] is not None}
    assert labels[10001] == "Tree-covered / left"


def test_custom_legend_and_missing_classes(tmp_path):
    lc = [[{1: 10, 2: 130, 3: 30, 6: 200, 7: 210, 0: 0}[v] for v in row] for row in LC]
    reclass = {10: 1, 130: 2, 30: 3, 200: 6, 210: 7}
    result = _run(tmp_path, lc=lc, reclass=reclass)
    assert flat(_by_type(result, Comparison(VS_BASELINE, 1, 0))) == approx(P1_VS_B)
    with pytest.raises(InputError) as err:
        _run(tmp_path, lc=lc, reclass={10: 1, 130: 2, 30: 3})
    assert "200, 210" in str(err.value) and "reclassification table" in str(err.value)
    with pytest.raises(InputError) as err:
        _run(tmp_path, lc=lc)
    assert "130, 200, 210" in str(err.value)


def test_bad_periods(tmp_path):
    bad = [row[:] for row in P1]
    bad[0][0] = 3
    with pytest.raises(InputError) as err:
        _run(tmp_path, periods=(P1, bad))
    assert "period2: 3" in str(err.value) and "-1/0/+1" in str(err.value)
    shifted = (GT[0] + 50, *GT[1:])
    source = LandTypeSource(_r(tmp_path, "lc", LC, "uint8", 0))
    other = _r(tmp_path, "shifted", P1, gt=shifted)
    with pytest.raises(GridMismatchError) as err:
        run_ldn_balance(_r(tmp_path, "baseline", B), [other], ["p1"], source, MATRIX)
    assert "shifted" in str(err.value)
    with pytest.raises(InputError) as err:
        _run(tmp_path, labels=("only one",))
    assert "1 period labels were given for 2" in str(err.value)
    with pytest.raises(InputError):
        _run(tmp_path, labels=("same", "same"))
    units = _r(tmp_path, "units", [[1, 1, 1, 2, 2, 20000]] * 4, "int32", -1)
    with pytest.raises(InputError) as err:
        _run(tmp_path, units=units)
    assert "20000" in str(err.value)


def test_random_maps_against_numpy_and_the_status_matrix(tmp_path):
    """60 x 50 random maps (with nodata) against a numpy count through test_status.reference (the 7 status classes,
    collapsed 1-3 degraded, 4 stable, 5-7 improved), on strips of 16 rows so that several blocks are summed."""
    from .test_status import reference

    rng = np.random.default_rng(15)
    shape = (60, 50)
    lc = rng.integers(0, 8, shape)  # 0 = nodata
    maps = [rng.choice([-1, 0, 1, N], shape, p=[0.3, 0.4, 0.25, 0.05]) for _ in range(3)]
    source = LandTypeSource(_r(tmp_path, "lc", lc, "uint8", 0))
    rasters = [_r(tmp_path, f"m{k}", m) for k, m in enumerate(maps)]
    result = run_ldn_balance(rasters[0], rasters[1:], ["a", "b"], source, MATRIX, block_shape=(16, 50))
    valid = (lc > 0) & np.all([m != N for m in maps], axis=0)
    collapsed = {1: -1, 2: -1, 3: -1, 4: 0, 5: 1, 6: 1, 7: 1}
    for comp in (Comparison(VS_BASELINE, 2, 0), Comparison(VS_PREVIOUS, 2, 1), Comparison(MAP, 1)):
        cur = maps[comp.current]
        ref = maps[comp.reference] if comp.reference is not None else None
        cls = np.full(shape, 9)
        for idx in zip(*np.nonzero(valid)):
            cls[idx] = cur[idx] if ref is None else collapsed[reference(ref[idx], cur[idx])]
        expected = {lt: tuple(float(((lc == lt) & valid & (cls == c)).sum()) for c in (-1, 0, 1))
                    for lt in range(1, 8)}
        assert flat(_by_type(result, comp)) == approx(expected)
    assert headline(result, 1)["valid_ha"] == pytest.approx(float(valid.sum()), rel=1e-6)
    assert headline(result, 1)["nodata_ha"] == pytest.approx(float((~valid).sum()), rel=1e-6)
