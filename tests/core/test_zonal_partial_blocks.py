"""Blocks in which the zones cover only fractions of pixels (no pixel wholly inside any zone)."""
import numpy as np
import pytest
from helpers import srs_wkt, write_raster
from osgeo import ogr

from t2_monitor_plugin.core import zonal
from t2_monitor_plugin.core.areas import PixelAreas
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.zonal import AreaAccumulator
from t2_monitor_plugin.core.zones import ZoneSet

GEO = (-80.0, 0.5, 0.0, 5.0, 0.0, -0.5)  # EPSG:4326: pixel areas vary by row


@pytest.mark.parametrize("step,only_sliver", [(1, False), (2, False), (3, False), (30, False), (30, True)])
def test_strips_where_a_zone_only_clips_pixels(tmp_path, step, only_sliver):
    """Summed strip by strip (some strips meet the triangle's tip or edge only in part of a pixel), or a whole block
    whose only zone is a sliver narrower than a pixel, the areas per class, overall and per zone, equal coverage x
    true pixel area summed over the whole raster."""
    rng = np.random.default_rng(9)
    codes = rng.integers(0, 4, (30, 41)).astype("int16")
    valid = rng.random(codes.shape) > 0.07
    path = write_raster(tmp_path / "c.tif", codes, nodata=-32768, geotransform=GEO, epsg=4326)
    grid = describe(RasterInput(path)).grid
    x0, y0 = GEO[0], GEO[3]
    tri = ogr.CreateGeometryFromWkt(f"POLYGON(({x0 + 0.2} {y0 - 0.1},{x0 + 7.3} {y0 - 1.1},{x0 + 2.2} {y0 - 9.7},"
                                    f"{x0 + 0.2} {y0 - 0.1}))")
    sliver = ogr.CreateGeometryFromWkt(f"POLYGON(({x0 + 11.1} {y0 - 2.1},{x0 + 11.3} {y0 - 2.1},{x0 + 11.3} "
                                       f"{y0 - 8.9},{x0 + 11.1} {y0 - 2.1}))")  # narrower than a pixel
    items = [("sliver", bytes(sliver.ExportToWkb()))] + ([] if only_sliver else [("tri", bytes(tri.ExportToWkb()))])
    zones = ZoneSet.from_wkb(items, srs_wkt(4326), grid, "zones")
    acc = AreaAccumulator(grid, zones)
    for r in range(0, 30, step):
        acc.add(acc.parts(r, 0, codes[r:r + step], valid[r:r + step]))
    pix = PixelAreas(grid).block(0, 0, 30, 41)
    got = {name: (classes, nodata) for _level, name, classes, nodata in acc.groups()}
    for key, weight in [(zonal.ALL_ZONES, np.ones(codes.shape))] + [
            (zones.names[i], zones.coverage(i, 0, 0, 30, 41)) for i in range(len(zones))]:
        classes, nodata = got[key]
        for c in range(4):
            want = float((pix * weight)[valid & (codes == c)].sum())
            assert classes.get(c, 0.0) == pytest.approx(want, rel=1e-9), (key, c)
        assert nodata == pytest.approx(float((pix * weight)[~valid].sum()), rel=1e-9)
