"""core.effectiveness / core.controls: statistics against scipy and numpy, controls against OGR, injected effects."""
import numpy as np
import pytest
from helpers import srs_wkt, write_raster
from osgeo import ogr
from scipy import stats

from t2_monitor_plugin.core import effectiveness as eff
from t2_monitor_plugin.core.controls import StrataSums, block_sums, site_zones
from t2_monitor_plugin.core.errors import Cancelled
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.timeseries import YearStack

X0, Y0, PX = 300000.0, 9000000.0, 30.0
GT = (X0, PX, 0.0, Y0, 0.0, -PX)
WKT = srs_wkt(32718)


def box(c0, r0, c1, r1):
    """Polygon WKB of the pixel block cols c0..c1, rows r0..r1 (corners, exclusive ends)."""
    g = ogr.CreateGeometryFromWkt(f"POLYGON(({X0 + c0 * PX} {Y0 - r0 * PX},{X0 + c1 * PX} {Y0 - r0 * PX},"
                                  f"{X0 + c1 * PX} {Y0 - r1 * PX},{X0 + c0 * PX} {Y0 - r1 * PX},"
                                  f"{X0 + c0 * PX} {Y0 - r0 * PX}))")
    return g.ExportToIsoWkb()


def test_site_zones_can_be_cancelled():
    grid = Grid(30, 24, GT, WKT)
    sites = [box(10, 8, 14.6, 12.4), box(20, 3, 23, 6)]
    asked = []

    def stop():
        asked.append(True)
        return True

    with pytest.raises(Cancelled):
        site_zones(sites, WKT, [True, True], grid, search_m=150.0, gap_pixels=1, is_cancelled=stop)
    assert asked
    assert site_zones(sites, WKT, [True, True], grid, 150.0, 1, is_cancelled=lambda: False).index == [0, 1]


def test_t_pvalue_matches_scipy():
    for df in (1, 2, 3, 5, 8, 17, 40):
        for t in (0.0, 0.1, 0.7, 1.5, 2.3, 4.0, 9.0, -3.2):
            assert eff.t_pvalue(t, df) == pytest.approx(2 * stats.t.sf(abs(t), df), rel=1e-9, abs=1e-14)


def test_did_trends_is_the_interaction_of_the_segmented_regression():
    rng = np.random.default_rng(1)
    years = np.arange(2001, 2021)
    site, ctrl = rng.normal(0.5, 0.02, 20), rng.normal(0.5, 0.02, 20)
    site[3], ctrl[12] = np.nan, np.nan  # gaps are left out
    est = eff.did_trends(years, site, ctrl, 2010)
    ok = np.isfinite(site) & np.isfinite(ctrl)
    t, d = years[ok].astype(float), (site - ctrl)[ok]
    post = (t >= 2010).astype(float)
    x = np.column_stack([np.ones_like(t), t, post, post * t])
    beta, *_ = np.linalg.lstsq(x, d, rcond=None)
    resid = d - x @ beta
    sigma2 = resid @ resid / (len(d) - 4)
    se = np.sqrt(sigma2 * np.linalg.inv(x.T @ x)[3, 3])
    assert est.effect == pytest.approx(beta[3], abs=1e-10)
    assert est.std_error == pytest.approx(se, rel=1e-8)
    assert est.p_value == pytest.approx(2 * stats.t.sf(abs(beta[3] / se), len(d) - 4), rel=1e-7)
    assert (est.years_before, est.years_after) == (8, 10)
    # the DiD of the four separate slopes is the same number
    assert est.effect == pytest.approx((est.site_after - est.site_before) - (est.control_after - est.control_before))
    ss = stats.linregress(years[ok & (years >= 2010)], site[ok & (years >= 2010)])
    assert est.site_after == pytest.approx(ss.slope)


def test_matched_series_weights_by_site_strata():
    site, ctrl = StrataSums(2), StrataSums(2)
    site._add((1, 0), 30, np.array([30.0, 60.0]), np.array([30, 30]))       # mean 1, 2
    site._add((2, 0), 10, np.array([50.0, 50.0]), np.array([10, 10]))       # mean 5, 5
    site._add((3, 0), 60, np.array([60.0, 60.0]), np.array([60, 60]))       # no control: dropped
    ctrl._add((1, 0), 500, np.array([500.0, 500.0]), np.array([500, 500]))  # mean 1, 1
    ctrl._add((2, 0), 5, np.array([20.0, 0.0]), np.array([5, 0]))           # mean 4, missing in year 2
    ctrl._add((9, 0), 999, np.array([0.0, 0.0]), np.array([999, 999]))      # not in the site
    s, c, n_site, n_ctrl, share, strata = eff.matched_series(site, ctrl, np.array([1.0, 1.0]), np.zeros(2))
    assert (n_site, n_ctrl, share, strata) == (100, 505, 0.4, 2)
    np.testing.assert_allclose(s, [0.75 * 1 + 0.25 * 5, 2.0])  # year 2: stratum 2 left out, weights renormalised
    np.testing.assert_allclose(c, [0.75 * 1 + 0.25 * 4, 1.0])


def pixel_cover(geom, col, row):
    cell = ogr.CreateGeometryFromWkb(box(col, row, col + 1, row + 1))
    return geom.Intersection(cell).GetArea() / (PX * PX) if geom.Intersects(cell) else 0.0


def test_controls_on_a_hand_made_grid():
    """Control pixels = at least half inside the site buffered by the search distance, not touching any site buffered
    by the gap, same stratum; checked pixel by pixel against OGR intersections."""
    grid = Grid(30, 24, GT, WKT)
    site_a = box(10, 8, 14.6, 12.4)      # assessed; ragged edges
    site_b = box(20, 3, 23, 6)           # not assessed (e.g. in preparation): still no control
    zones = site_zones([site_a, site_b], WKT, [True, False], grid, search_m=150.0, gap_pixels=1)
    ids = np.arange(30 * 24).reshape(24, 30)
    units = np.where(np.arange(30) < 17, 1, 2)[None, :].repeat(24, 0)
    ok = np.ones((24, 30), bool)
    ok[0, :] = False  # strata nodata
    values, valid = np.ones((1, 24, 30)), np.ones((1, 24, 30), bool)
    got = {}
    for r0, c0 in [(0, 0), (0, 16), (12, 0), (12, 16)]:  # four blocks
        part = block_sums(zones, [0], r0, c0, values[:, r0:r0 + 12, c0:c0 + 16], valid[:, r0:r0 + 12, c0:c0 + 16],
                          ids[r0:r0 + 12, c0:c0 + 16], units[r0:r0 + 12, c0:c0 + 16], ok[r0:r0 + 12, c0:c0 + 16])
        for s, c in part.values():
            got.setdefault("site", set()).update(key[0] for key in s.pixels)
            got.setdefault("ctrl", set()).update(key[0] for key in c.pixels)
    a = ogr.CreateGeometryFromWkb(site_a)
    search = a.Buffer(150.0)
    gap = ogr.CreateGeometryFromWkb(site_a).Buffer(PX).Union(ogr.CreateGeometryFromWkb(site_b).Buffer(PX))
    want_site, want_ctrl = set(), set()
    for r in range(24):
        for c in range(30):
            if not ok[r, c]:
                continue
            if pixel_cover(a, c, r) >= 0.5:
                want_site.add(ids[r, c])
            if pixel_cover(search, c, r) >= 0.5 and pixel_cover(gap, c, r) <= 1e-9:
                want_ctrl.add(ids[r, c])
    assert got["site"] == want_site and len(want_site) == 20  # 5 x 4 pixels at least half inside
    assert got["ctrl"] == want_ctrl and len(want_ctrl) > 50
    assert not got["ctrl"] & got["site"]


def synthetic(tmp_path, seed, effect=0.02, years=range(2001, 2021), start=2010, size=48):
    """Stack with a background trend, shared yearly anomaly and pixel noise; +effect/yr inside site A from start."""
    rng = np.random.default_rng(seed)
    years = np.array(list(years))
    units = np.where(np.arange(size) < size // 2, 1, 2)[None, :].repeat(size, 0).astype("int16")
    base = np.where(units == 1, 0.55, 0.75)
    anomaly = rng.normal(0, 0.02, len(years))
    cube = (base[None] + 0.003 * (years - years[0])[:, None, None] + anomaly[:, None, None]
            + rng.normal(0, 0.03, (len(years), size, size)))
    a = (slice(6, 16), slice(18, 30))        # site A: straddles both units
    cube[:, a[0], a[1]] += effect * np.clip(years - start, 0, None)[:, None, None]
    stored = np.round(cube * 10000).astype("int16")
    clouds = rng.random(stored.shape) < 0.03
    stored[clouds] = -32768
    path = write_raster(tmp_path / f"ndvi_{seed}.tif", stored, nodata=-32768, geotransform=GT)
    from osgeo import gdal
    ds = gdal.Open(path, gdal.GA_Update)
    for b in range(1, ds.RasterCount + 1):
        ds.GetRasterBand(b).SetScale(0.0001)
    ds = None
    lu = write_raster(tmp_path / f"lu_{seed}.tif", units, nodata=-32768, geotransform=GT)
    sites = [eff.Site("A", "effect", start, box(18, 6, 30, 16)),
             eff.Site("B", "none", start, box(8, 30, 20, 40)),
             eff.Site("C", "in preparation", 2019, box(34, 30, 44, 40), assess=False,
                      note=("status {status} is excluded", {"status": "1"}))]
    return YearStack.open([path], years[0]), sites, RasterInput(lu)


def test_injected_effect_is_found_and_absent_one_is_not(tmp_path):
    stack, sites, lu = synthetic(tmp_path, seed=7)
    res = eff.restoration_effectiveness(stack, sites, WKT, land_units=lu, search_m=300.0, block_shape=(16, 20))
    a, b, c = res.rows
    assert a.cls == eff.IMPROVING and a.estimate.effect == pytest.approx(0.02, abs=0.002)
    assert a.site_pixels == 120 and a.strata == 2 and a.matched_share == 1.0 and a.control_pixels > 300
    assert b.cls == eff.NO_EFFECT and abs(b.estimate.effect) < 0.003 and b.estimate.p_value > 0.05
    assert c.cls == eff.NOT_ASSESSABLE and c.as_tuple()[-1] == "status 1 is excluded"
    assert (a.estimate.years_before, a.estimate.years_after) == (9, 11)


def test_false_positives_over_seeds(tmp_path):
    """No injected effect anywhere: at alpha 0.05 the 'significant' sites are rare (here at most 1 of 10 runs)."""
    flagged = 0
    for seed in range(10):
        stack, sites, lu = synthetic(tmp_path, seed=100 + seed, effect=0.0)
        res = eff.restoration_effectiveness(stack, sites[:2], WKT, land_units=lu, search_m=300.0)
        flagged += sum(r.cls in (eff.IMPROVING, eff.DECLINING) for r in res.rows)
        assert all(r.cls != eff.NOT_ASSESSABLE for r in res.rows)
    assert flagged <= 2  # 20 tests at 5 %: expected 1


def test_too_early_and_unassessable_sites(tmp_path):
    stack, sites, lu = synthetic(tmp_path, seed=3)
    more = [eff.Site("late", "", 2030, box(18, 6, 30, 16)), eff.Site("recent", "", 2019, box(18, 6, 30, 16)),
            eff.Site("old", "", 2002, box(18, 6, 30, 16)), eff.Site("nostart", "", None, box(18, 6, 30, 16)),
            eff.Site("away", "", 2010, box(500, 500, 510, 510)), eff.Site("empty", "", 2010, b"")]
    res = eff.restoration_effectiveness(stack, sites[:1] + more, WKT, land_units=lu, search_m=300.0)
    got = {r.site.site_id: (r.cls, r.as_tuple()[-1]) for r in res.rows}
    assert got["late"] == (eff.TOO_EARLY, "starts in 2030, after the last year of the series (2020)")
    assert got["recent"][0] == eff.TOO_EARLY and "fewer than 3 years" in got["recent"][1]
    assert got["old"][0] == eff.NOT_ASSESSABLE and "before it" in got["old"][1]
    assert got["nostart"][0] == eff.NOT_ASSESSABLE and got["away"] == (eff.NOT_ASSESSABLE, "outside the raster")
    assert got["empty"] == (eff.NOT_ASSESSABLE, "no polygon geometry")
    assert got["A"][0] == eff.IMPROVING
    for r in res.rows[1:]:
        assert r.estimate.effect is None


def test_no_controls_and_no_sites(tmp_path):
    stack, sites, lu = synthetic(tmp_path, seed=3)
    res = eff.restoration_effectiveness(stack, sites[:1], WKT, land_units=lu, search_m=10.0, gap_pixels=2)
    assert res.rows[0].cls == eff.NOT_ASSESSABLE and "no control pixel" in res.rows[0].as_tuple()[-1]
    with pytest.raises(eff.InputError, match="has no site"):
        eff.restoration_effectiveness(stack, [], WKT, layer_name="sites")
    with pytest.raises(eff.InputError, match="overlaps the raster"):
        eff.restoration_effectiveness(stack, [eff.Site("x", "", 2010, box(500, 500, 510, 510))], WKT)
