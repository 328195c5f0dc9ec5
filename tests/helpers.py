"""Helpers shared by the tests: writing and reading small GeoTIFFs."""
import numpy as np
from osgeo import gdal, gdal_array, osr

gdal.UseExceptions()


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
