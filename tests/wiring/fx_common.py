"""Wiring fixtures shared by every group: the sample region at 100 x 100 pixels of 180 m, and its vector layers."""
from __future__ import annotations

import os

from osgeo import gdal

from .registry import fixture

SIZE = 100


def resample(fx, sample_name: str, out_name: str, bands=None, method: str = "near") -> str:
    """``sample_name`` of the sample region warped to SIZE x SIZE pixels (band names and nodata kept)."""
    out = fx.path(out_name)
    if os.path.exists(out):
        return out
    src = gdal.Open(fx.sample(sample_name))
    options = gdal.WarpOptions(width=SIZE, height=SIZE, resampleAlg=method, format="GTiff",
                               creationOptions=["COMPRESS=DEFLATE"])
    if bands is not None:
        tmp = gdal.Translate("/vsimem/wiring_bands.tif", src, bandList=list(bands))
        ds = gdal.Warp(out, tmp, options=options)
        gdal.Unlink("/vsimem/wiring_bands.tif")
        band_ids = list(bands)
    else:
        ds = gdal.Warp(out, src, options=options)
        band_ids = list(range(1, src.RasterCount + 1))
    for i, b in enumerate(band_ids, start=1):
        ds.GetRasterBand(i).SetDescription(src.GetRasterBand(b).GetDescription())
    ds = None
    return out


def shifted(fx, path: str, out_name: str) -> str:
    """A copy of ``path`` whose grid is moved by half a pixel (inputs that need ALIGN)."""
    out = fx.path(out_name)
    if not os.path.exists(out):
        ds = gdal.Translate(out, path)
        gt = list(ds.GetGeoTransform())
        gt[0] += gt[1] / 2
        gt[3] += gt[5] / 2
        ds.SetGeoTransform(gt)
        ds = None
    return out


def _raster(name, sample_name, **kw):
    fixture(name)(lambda fx: resample(fx, sample_name, f"{name}.tif", **kw))
    fixture(f"{name}_shifted")(lambda fx: shifted(fx, fx.get(name), f"{name}_shifted.tif"))


_raster("landcover_initial", "landcover_2000.tif")
_raster("landcover_2015", "landcover_2015.tif")
_raster("landcover_final", "landcover_2023.tif")
_raster("soc", "soc_2000.tif", method="average")
_raster("climate_zone", "climate_zone.tif")
_raster("land_units", "land_units.tif")
_raster("land_capability", "land_capability.tif")
_raster("dem", "dem.tif", method="average")
_raster("ndvi", "ndvi_2001_2023.tif")
_raster("ndvi_short", "ndvi_2001_2023.tif", bands=range(1, 13))


def _layer(name):
    fixture(name)(lambda fx: f"{fx.sample('sample.gpkg')}|layername={name}")


for _name in ("districts", "protected_areas", "indigenous_territories", "restoration_sites"):
    _layer(_name)


def _tree_cover(fx, band: int, name: str) -> str:
    """Tree cover (0-100 %) derived from an NDVI band: (NDVI - 0.2) / 0.6, clipped; nodata -1."""
    import numpy as np

    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get("ndvi"))
        b = src.GetRasterBand(band)
        raw = b.ReadAsArray().astype(np.float64)
        nodata = b.GetNoDataValue()
        ndvi = raw * (b.GetScale() or 1.0) + (b.GetOffset() or 0.0)
        if np.nanmax(np.where(raw == nodata, np.nan, ndvi)) > 1.5:
            ndvi = ndvi / 10000.0  # stored as NDVI x 10000 without a declared scale
        cover = np.clip((ndvi - 0.2) / 0.6 * 100, 0, 100)
        cover[raw == nodata] = -1
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Float32)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).SetNoDataValue(-1)
        ds.GetRasterBand(1).WriteArray(cover)
        ds = None
    return out


fixture("tree_cover_initial")(lambda fx: _tree_cover(fx, 1, "tree_cover_initial"))
fixture("tree_cover_final")(lambda fx: _tree_cover(fx, 23, "tree_cover_final"))
fixture("tree_cover_final_shifted")(lambda fx: shifted(fx, fx.get("tree_cover_final"),
                                                       "tree_cover_final_shifted.tif"))
_raster("ndvi_head", "ndvi_2001_2023.tif", bands=range(1, 13))
_raster("ndvi_tail", "ndvi_2001_2023.tif", bands=range(13, 24))
