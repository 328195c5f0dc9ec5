"""Helpers shared by the tests: writing and reading small GeoTIFFs."""
import os

import numpy as np
from osgeo import gdal, gdal_array, osr

NODATA = -32768


def srs_wkt(epsg: int) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def write_raster(path, array, nodata=None, geotransform=(300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0), epsg=32718,
                 options=("TILED=YES", "COMPRESS=DEFLATE")):
    """Write a (rows, cols) or (bands, rows, cols) array as a GeoTIFF; return the path."""
    arr = np.asarray(array)
    if arr.ndim == 2:
        arr = arr[np.newaxis]
    gtype = gdal_array.NumericTypeCodeToGDALTypeCode(arr.dtype)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[2], arr.shape[1], arr.shape[0], gtype,
                                              options=list(options))
    ds.SetGeoTransform(geotransform)
    if epsg:
        ds.SetProjection(srs_wkt(epsg))
    for i in range(arr.shape[0]):
        band = ds.GetRasterBand(i + 1)
        band.WriteArray(arr[i])
        if nodata is not None:
            band.SetNoDataValue(float(nodata))
    ds = None
    return str(path)


def read_raster(path):
    ds = gdal.Open(str(path))
    arr = ds.ReadAsArray(0, 0, ds.RasterXSize, ds.RasterYSize)
    return arr


def performance_reference(stack, units, q=90.0, threshold=0.5, unit_nodata=NODATA, scale=None, offset=None):
    """Straight from the method: mean of the valid years, np.percentile per unit, ratio, threshold."""
    bands = stack.shape[0]
    scale = [1.0] * bands if scale is None else (scale if isinstance(scale, list) else [scale] * bands)
    offset = [0.0] * bands if offset is None else (offset if isinstance(offset, list) else [offset] * bands)
    per_band = len(set(scale)) > 1 or len(set(offset)) > 1
    valid = stack != NODATA
    total = np.zeros(stack.shape[1:])
    n = np.zeros(stack.shape[1:], int)
    for b in range(bands):
        values = stack[b] * scale[b] + offset[b] if per_band else stack[b]
        total += np.where(valid[b], values, 0)
        n += valid[b]
    keep = (n > 0) & (units != unit_nodata)
    mean = np.full(total.shape, np.nan)
    mean[n > 0] = total[n > 0] / n[n > 0]
    if not per_band and (scale[0] != 1 or offset[0] != 0):
        mean = mean * scale[0] + offset[0]
    cls = np.full(units.shape, NODATA, "int16")
    ratio = np.full(units.shape, NODATA, "float32")
    pct = {}
    for u in np.unique(units[keep]):
        m = keep & (units == u)
        pct[int(u)] = float(np.percentile(mean[m], q))
        if pct[int(u)] > 0:
            r = mean[m] / pct[int(u)]
            ratio[m] = r.astype("float32")
            cls[m] = np.where(r < threshold, -1, 0)
    return cls, ratio, pct


SHARED_REFERENCE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), os.pardir, "shared",
                                "reference")


def shared_reference(name: str) -> str:
    """A file of ``../shared/reference`` (the standards' reference files): it must exist, tests never skip it."""
    path = os.path.normpath(os.path.join(SHARED_REFERENCE, name))
    assert os.path.exists(path), f"reference file missing: {path} (the tests need ../shared/reference)"
    return path
