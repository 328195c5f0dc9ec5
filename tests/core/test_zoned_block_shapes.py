"""With zones, sdg1531 and map agreement size their engine blocks for what their kernels hold per pixel (issue 13:
peak memory under 500 MB at 20,000^2); without zones, or with a block shape given, nothing changes."""
import numpy as np
import pytest
from helpers import srs_wkt, write_raster
from osgeo import ogr

from t2_monitor_plugin.core import agreement, engine, sdg1531
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.zonal import zone_block_shape
from t2_monitor_plugin.core.zones import ZoneSet

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
EPSG = 3035


def _square(x0, y0, x1, y1):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return bytes(poly.ExportToWkb())


@pytest.fixture
def shapes(monkeypatch):
    """The block_shape of every engine.run call (the runs themselves go ahead)."""
    seen = []
    real = engine.run

    def spy(kernel, inputs, outputs=(), **options):
        seen.append(options.get("block_shape"))
        return real(kernel, inputs, outputs, **options)

    monkeypatch.setattr(engine, "run", spy)
    return seen


def _inputs(tmp_path):
    rng = np.random.default_rng(5)
    a = rng.integers(1, 6, size=(40, 60)).astype("int16")
    b = np.where(rng.random(a.shape) < 0.2, rng.integers(1, 6, size=a.shape), a).astype("int16")
    grid = Grid(60, 40, GT, srs_wkt(EPSG))
    x0, y0 = GT[0], GT[3]
    zones = ZoneSet.from_wkb([("west", _square(x0, y0 - 4000, x0 + 2500, y0)),
                              ("east", _square(x0 + 2500, y0 - 4000, x0 + 6000, y0))], srs_wkt(EPSG), grid)
    paths = [write_raster(tmp_path / f"{n}.tif", arr, nodata=NODATA, geotransform=GT, epsg=EPSG)
             for n, arr in (("a", a), ("b", b), ("deg", (a % 3 - 1).astype("int16")))]
    return grid, zones, paths


def test_sdg1531_blocks_with_zones(tmp_path, shapes):
    grid, zones, (_, _, deg) = _inputs(tmp_path)
    zero = write_raster(tmp_path / "zero.tif", np.zeros((40, 60), "int16"), nodata=NODATA, geotransform=GT,
                        epsg=EPSG)
    runs = {}
    for name, options in (("zones", {"zones": zones}), ("none", {}), ("given", {"zones": zones,
                                                                                "block_shape": (8, 16)})):
        runs[name] = sdg1531.run_sdg1531(RasterInput(deg), RasterInput(zero),
                                         RasterOutput(str(tmp_path / f"{name}.tif"), "int16", NODATA), **options)
    assert shapes == [zone_block_shape(grid, sdg1531.KERNEL_BYTES_PER_PIXEL, zones), None, (8, 16)]
    assert runs["zones"].summary == runs["given"].summary


def test_agreement_counting_blocks_with_zones(tmp_path, shapes):
    grid, zones, (a, b, _) = _inputs(tmp_path)
    with_zones = agreement.run_agreement(RasterInput(a), RasterInput(b), None, zones=zones)
    assert shapes == [zone_block_shape(grid, agreement.COUNT_BYTES_PER_PIXEL, zones)]
    given = agreement.run_agreement(RasterInput(a), RasterInput(b), None, zones=zones, block_shape=(7, 9))
    agreement.run_agreement(RasterInput(a), RasterInput(b), None)
    assert shapes[1:] == [(7, 9), None]
    assert [r[:6] for r in with_zones.cross_rows] == [r[:6] for r in given.cross_rows]
    assert [r[6] for r in with_zones.cross_rows] == pytest.approx([r[6] for r in given.cross_rows], rel=1e-12)


def test_kernel_sized_blocks_are_smaller_at_20000():
    """At 20,000^2 with a few zones the blocks hold a fraction of the engine default's pixels."""
    grid = Grid(20000, 20000, (300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0), srs_wkt(32718))
    default = engine.choose_block_shape(grid, 3 * 3 + 2)  # three Int16 inputs with masks, one Int16 output
    for bytes_pp in (sdg1531.KERNEL_BYTES_PER_PIXEL, agreement.COUNT_BYTES_PER_PIXEL):
        rows, cols = engine.choose_block_shape(grid, bytes_pp)
        assert rows * cols < default[0] * default[1]
