"""Input generation and output verification for bench_engine.py (deterministic, written and read block by block)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
from measure import input_is_current
from osgeo import gdal, osr

gdal.UseExceptions()

GENERATOR_VERSION = "t2m-bench-engine-v2"
SEED = 20240611
TILE = 256
IN_NODATA = -9999
OUT_NODATA = -9999.0
PIXEL = 30.0
ORIGIN = (300000.0, 8900000.0)  # upper-left corner in EPSG:32718 (UTM 18S)
CACHE_BYTES = 128 * 2**20  # the engine's GDAL_CACHE_BYTES, also used by the baseline


# ---------------------------------------------------------------------------------------------------------------
# Input generation
# ---------------------------------------------------------------------------------------------------------------

def _tile_pool(rng: np.random.Generator, count: int = 48) -> tuple[np.ndarray, np.ndarray]:
    """``count`` 256x256 Int16 tiles: a smooth ramp plus 3-4 bits of noise (compressible, not trivial).

    Also a nodata mask per tile: every fourth tile has ~2% scattered nodata pixels.
    """
    yy, xx = np.mgrid[0:TILE, 0:TILE].astype(np.float32)
    pool = np.empty((count, TILE, TILE), dtype=np.int16)
    holes = np.zeros((count, TILE, TILE), dtype=bool)
    for k in range(count):
        angle = rng.uniform(0, 2 * np.pi)
        ramp = (np.cos(angle) * xx + np.sin(angle) * yy) * rng.uniform(0.1, 0.8)
        noise = rng.integers(0, 12, size=(TILE, TILE))
        pool[k] = (ramp - ramp.min() + noise).astype(np.int16)
        if k % 4 == 0:
            holes[k] = rng.random((TILE, TILE)) < 0.02
    return pool, holes


def generate_input(path: Path, size: int, seed: int = SEED) -> dict:
    """Write a size x size Int16 GeoTIFF (tiled DEFLATE, EPSG:32718, 30 m, nodata -9999) strip by strip.

    Content: tiles drawn from a pool of noisy ramps with a per-tile offset (0..3000); ~4% of tiles are entirely
    nodata, a quarter of the pool tiles carry scattered nodata pixels, and a triangle at the upper-left corner (like
    the edge of a satellite scene) is nodata. Deterministic for a given seed. Never holds more than one 256-row strip.
    """
    tag = f"{GENERATOR_VERSION}:{seed}:{size}"
    if input_is_current(path, tag):
        return {"reused": True, "seconds": 0.0, "bytes": path.stat().st_size}
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    pool, holes = _tile_pool(rng)
    drv = gdal.GetDriverByName("GTiff")
    tmp = path.with_name(path.name + ".tmp.tif")
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=1",
            "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
    old_cache = gdal.GetCacheMax()
    gdal.SetCacheMax(CACHE_BYTES)
    try:
        ds = drv.Create(str(tmp), size, size, 1, gdal.GDT_Int16, options=opts)
        ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32718)
        ds.SetProjection(srs.ExportToWkt())
        ds.SetMetadataItem("T2M_BENCH", tag)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(IN_NODATA)
        ntiles = -(-size // TILE)
        cols = np.arange(ntiles * TILE)
        corner = size // 8
        for r0 in range(0, size, TILE):
            rows = min(TILE, size - r0)
            idx = rng.integers(0, len(pool), size=ntiles)
            offset = rng.integers(0, 3000, size=ntiles).astype(np.int16)
            empty = rng.random(ntiles) < 0.04
            strip = pool[idx].transpose(1, 0, 2).reshape(TILE, ntiles * TILE)
            strip = strip + np.repeat(offset, TILE)[np.newaxis]
            nodata = holes[idx].transpose(1, 0, 2).reshape(TILE, ntiles * TILE)
            nodata |= np.repeat(empty, TILE)[np.newaxis]
            if r0 < corner:
                nodata |= (np.arange(r0, r0 + TILE)[:, np.newaxis] + cols[np.newaxis]) < corner
            strip[nodata] = IN_NODATA
            band.WriteArray(strip[:rows, :size], 0, r0)
        ds.FlushCache()
        ds = None
    finally:
        gdal.SetCacheMax(old_cache)
    os.replace(tmp, path)
    return {"reused": False, "seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


def make_tiny_input(path: Path) -> None:
    """A 64x64 raster for measuring qgis_process start-up with the same algorithm."""
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), 64, 64, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(IN_NODATA)
    band.WriteArray(np.arange(64 * 64, dtype=np.int16).reshape(64, 64))
    ds = None


# ---------------------------------------------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------------------------------------------

def sample_windows(size: int, seed: int = SEED) -> list[tuple[int, int, int, int]]:
    """(row0, col0, rows, cols): the nodata corner, the partial edge tiles, one full row and column, random boxes."""
    rng = np.random.default_rng(seed + 1)
    win = [(0, 0, min(512, size), min(512, size)),
           (max(0, size - 300), max(0, size - 300), min(300, size), min(300, size)),
           (size // 2, 0, 1, size),
           (0, size // 3, size, 1)]
    for _ in range(6):
        n = min(384, size)
        win.append((int(rng.integers(0, size - n + 1)), int(rng.integers(0, size - n + 1)), n, n))
    return win


def verify(src: Path, dst: Path) -> dict:
    """Compare an output with float32(a * 2 + 1) computed from the input on the sample windows.

    The valid/nodata pattern must match exactly (whatever nodata value the output declares) and valid values must be
    equal (every implementation computes an exact float32 here).
    """
    sds = gdal.Open(str(src))
    dds = gdal.Open(str(dst))
    problems = []
    if (sds.RasterXSize, sds.RasterYSize) != (dds.RasterXSize, dds.RasterYSize):
        problems.append(f"size {dds.RasterXSize}x{dds.RasterYSize}")
    if not np.allclose(sds.GetGeoTransform(), dds.GetGeoTransform(), rtol=0, atol=1e-6):
        problems.append(f"geotransform {dds.GetGeoTransform()}")
    sband, dband = sds.GetRasterBand(1), dds.GetRasterBand(1)
    in_nd, out_nd = sband.GetNoDataValue(), dband.GetNoDataValue()
    checked = nodata_px = bad_mask = bad_value = 0
    if not problems:
        for r0, c0, rows, cols in sample_windows(sds.RasterXSize):
            a = sband.ReadAsArray(c0, r0, cols, rows)
            got = dband.ReadAsArray(c0, r0, cols, rows)
            expected_valid = a != in_nd
            got_valid = ~np.isnan(got)
            if out_nd is not None:
                got_valid &= got != np.float32(out_nd)
            expected = a.astype(np.float32) * 2 + 1
            checked += a.size
            nodata_px += int((~expected_valid).sum())
            bad_mask += int((expected_valid != got_valid).sum())
            both = expected_valid & got_valid
            bad_value += int((got[both] != expected[both]).sum())
    ok = not problems and bad_mask == 0 and bad_value == 0
    return {"ok": ok, "pixels_checked": checked, "nodata_pixels_checked": nodata_px, "mask_mismatches": bad_mask,
            "value_mismatches": bad_value, "problems": problems, "output_nodata": out_nd,
            "output_dtype": gdal.GetDataTypeName(dband.DataType),
            "output_compression": dds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION", "none"),
            "output_block": dband.GetBlockSize(), "output_mb": dst.stat().st_size / 2**20}
