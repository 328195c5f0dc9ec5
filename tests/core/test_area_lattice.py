"""The adaptive lattice of true pixel areas: its step follows the projection's distortion and every interpolated
pixel area stays within 0.25 ppm of an independent reference (pyproj's projection factors)."""
import numpy as np
import pyproj
import pytest
from osgeo import osr

from t2_monitor_plugin.core import area_lattice
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.grid import Grid


def _wkt(code):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(code)
    return srs.ExportToWkt()


def _factor_areas(code, gt, rows, cols):
    """True pixel areas: nominal area / areal scale at the pixel centre (PROJ's projection factors).

    Across a 30-1000 m pixel the areal scale changes by far less than 1e-9 to second order, so this is a reference
    independent of the lattice (no corner transforms, no quadrilateral areas)."""
    proj = pyproj.Proj(code)
    x = gt[0] + (cols + 0.5) * gt[1]
    y = gt[3] + (rows + 0.5) * gt[5]
    lon, lat = proj(x, y, inverse=True)
    return abs(gt[1] * gt[5]) / proj.get_factors(lon, lat).areal_scale


CASES = {
    # UTM 18S, 30 m, 20,000^2 from 300 km east: up to ~400 km from the central meridian (the area benchmark)
    "utm_near": ("EPSG:32718", (300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), 20000, 20000),
    # the same zone stretched to 1,500 km east of its origin: distortion grows with the square of the distance
    "utm_far": ("EPSG:32718", (300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), 40000, 40000),
    # World Mercator, 250 m, from 60 N to beyond 75 N: areas change by a factor ~4 and fast in y
    "mercator_north": ("EPSG:3395", (1000000.0, 250.0, 0.0, 12800000.0, 0.0, -250.0), 6000, 16000),
    # Lambert conformal conic over Europe, 100 m
    "lcc_europe": ("EPSG:3034", (3000000.0, 100.0, 0.0, 4000000.0, 0.0, -100.0), 20000, 20000),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_interpolated_areas_match_projection_factors(case):
    code, gt, width, height = CASES[case]
    areas = PixelAreas(Grid(width, height, gt, _wkt(code)))
    rng = np.random.default_rng(11)
    rows = rng.integers(0, height, 4000)
    cols = rng.integers(0, width, 4000)
    got = areas.at(rows, cols)
    ref = _factor_areas(code, gt, rows, cols)
    assert np.abs(got / ref - 1).max() < area_lattice.TOLERANCE  # 1 ppm is the requirement
    assert all(areas.lattice_step <= step <= areas.coarsest_step for step in areas.steps)


def test_step_follows_the_distortion():
    steps = {}
    for case in ("utm_near", "mercator_north", "lcc_europe"):
        code, gt, width, height = CASES[case]
        areas = PixelAreas(Grid(width, height, gt, _wkt(code)))
        areas.block(0, 0, 1, 1)
        steps[case] = areas.steps
    # UTM: areas change across the zone (columns), far less along it; Mercator: with latitude (rows) only; a conic
    # projection over 2,000 km: with latitude, whose parallels curve across both axes
    assert steps["utm_near"][1] >= 128 and steps["utm_near"][0] >= 4 * steps["utm_near"][1]
    assert max(steps["lcc_europe"]) <= 64
    assert steps["mercator_north"][0] <= 16 and steps["mercator_north"][1] >= 512


def _smooth(k):
    """An area field that is quadratic in the column: its bilinear error at a midpoint is exactly k (h/2)^2."""
    return lambda rows, cols: 1.0 + 0.0 * rows[:, None] + k * cols[None, :].astype(float) ** 2


def test_refinement_computes_every_node_once_and_stops_at_the_tolerance():
    calls = []
    field = _smooth(1e-10)

    def corner_areas(rows, cols):
        calls.append(rows.size * cols.size)
        return field(rows, cols)

    lat = area_lattice.build(corner_areas, 5000, 5000, finest=4, coarsest=1024)
    assert sum(calls) == lat.values.size  # nested lattices: no node computed twice
    np.testing.assert_array_equal(lat.values, field(lat.rows, lat.cols))
    # columns: the error of step s, measured at its midpoints, is 1e-10 (s/2)^2 (largest near column 0); step s/2
    # is kept once that / 4 <= 2.5e-7 / 2: s = 128 (4.1e-7 / 4), not 256 (1.6e-6 / 4), so the column step is 64.
    # rows: no error at all, so one refinement of the first step (1024) shows it: 512
    assert area_lattice.TOLERANCE == 2.5e-7 and (lat.step(0), lat.step(1)) == (512, 64)
    every = np.arange(5000)
    dense = area_lattice.interpolate(lat.rows, lat.cols, lat.values, every[::7], every)
    assert np.abs(dense / field(every[::7], every) - 1).max() <= area_lattice.TOLERANCE / 2


def test_untransformable_nodes_are_filled_at_the_invalid_step():
    def corner_areas(rows, cols):
        out = np.ones((rows.size, cols.size))
        out[np.ix_(rows > 900, cols > 900)] = np.nan  # outside the projection's domain
        return out

    lat = area_lattice.build(corner_areas, 1000, 1000, finest=16, coarsest=512)
    assert (lat.step(0), lat.step(1)) == (area_lattice.INVALID_STEP,) * 2 and np.isfinite(lat.values).all()


def test_the_lattice_stays_within_its_node_budget(monkeypatch):
    monkeypatch.setattr(area_lattice, "MAX_NODES", 1000)
    lat = area_lattice.build(_smooth(1e-6), 4000, 4000, finest=1)
    assert lat.values.size <= 1000 and lat.step(1) > 1


def test_small_grids_and_a_single_step():
    lat = area_lattice.build(_smooth(0.0), 1, 1, finest=64)
    assert (lat.rows.tolist(), lat.cols.tolist(), lat.values.tolist()) == ([0], [0], [[1.0]])
    lat = area_lattice.build(_smooth(0.0), 300, 70, finest=64, coarsest=64)
    assert lat.rows.tolist() == [0, 64, 128, 192, 256, 299] and lat.cols.tolist() == [0, 64, 69]
