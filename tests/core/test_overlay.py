"""Weighted overlay against numpy on whole arrays: nodata, exclusions by raster and polygon, messages."""
import numpy as np
import pytest
from helpers import read_raster, srs_wkt, write_raster
from osgeo import gdal, ogr

from t2_monitor_plugin.core import overlay as ov
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import describe
from t2_monitor_plugin.core.zones import ZoneSet

GT = (300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)
ROWS, COLS = 37, 45


def polygon_zones(grid, col0, col1, row0, row1):
    """A rectangle in pixel coordinates (fractions allowed) as a ZoneSet."""
    x0, x1 = GT[0] + col0 * 30, GT[0] + col1 * 30
    y0, y1 = GT[3] - row0 * 30, GT[3] - row1 * 30
    geom = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")
    return ZoneSet.from_wkb([("excl", bytes(geom.ExportToWkb()))], srs_wkt(32718), grid, "excl")


@pytest.fixture
def layers(tmp_path):
    rng = np.random.default_rng(11)
    crit = rng.random((3, ROWS, COLS)).astype(np.float32)
    crit[0, 3, 4] = -9999
    crit[2, 10:12, :] = -9999
    paths = [write_raster(tmp_path / f"c{i}.tif", crit[i], nodata=-9999) for i in range(3)]
    excl = np.zeros((ROWS, COLS), dtype=np.int16)
    excl[20:25, 30:40] = 3
    excl[0, 0] = -1  # nodata: does not exclude
    epath = write_raster(tmp_path / "water.tif", excl, nodata=-1)
    return crit, paths, excl, epath


def test_overlay_matches_numpy(layers, tmp_path):
    crit, paths, excl, epath = layers
    crits = ov.criteria_inputs([(p, f"c{i}") for i, p in enumerate(paths)])
    grid = describe(crits[0]).grid
    zones = polygon_zones(grid, 2.4, 6.6, 30, 33)  # columns 2 (60 % covered) to 6 (60 %); 1.. not
    out = tmp_path / "suit.tif"
    res = ov.overlay(crits, [2, 1, 1], str(out), ov.exclusion_inputs([(epath, "water")]), [zones],
                     block_shape=(16, 32))
    w = np.array([0.5, 0.25, 0.25])
    valid = (crit != -9999).all(axis=0)
    excluded = (excl > 0)
    excluded[30:33, 2:7] = True
    expected = np.where(excluded, -1, np.where(valid, np.tensordot(w, crit, axes=1), -9999))
    got = read_raster(out)
    assert got == pytest.approx(expected, abs=1e-6)
    assert res.weights == pytest.approx(w)
    pixel_ha = 0.09
    assert res.excluded_ha == pytest.approx(excluded.sum() * pixel_ha, rel=1e-3)
    assert res.valid_ha == pytest.approx((valid & ~excluded).sum() * pixel_ha, rel=1e-3)
    assert gdal.Open(str(out)).GetMetadataItem("T2M_EXCLUDED") == "-1"


def test_weights_messages():
    assert ov.parse_weights("0.637,0.258,0.105", 3).sum() == pytest.approx(1)
    with pytest.raises(InputError, match="2 weights were given for 3 criteria"):
        ov.parse_weights("1,2", 3)
    with pytest.raises(InputError, match="cannot be negative"):
        ov.parse_weights("1,-2,1", 3)
    with pytest.raises(InputError, match="sum to 0"):
        ov.parse_weights("0,0", 2)


def test_all_masked_and_unstandardised_refused(layers, tmp_path):
    crit, paths, excl, epath = layers
    crits = ov.criteria_inputs([(p, f"c{i}") for i, p in enumerate(paths)])
    grid = describe(crits[0]).grid
    out = tmp_path / "suit.tif"
    with pytest.raises(InputError, match="No pixel is left"):
        ov.overlay(crits, [1, 1, 1], str(out), (), [polygon_zones(grid, -1, COLS + 1, -1, ROWS + 1)])
    assert not out.exists()
    raw = write_raster(tmp_path / "raw.tif", crit[0] * 10, nodata=-99990)
    with pytest.raises(InputError, match="outside 0..1: raw"):
        ov.overlay(ov.criteria_inputs([(raw, "raw"), (paths[1], "c1")]), [1, 1], str(out))
    assert not out.exists()
