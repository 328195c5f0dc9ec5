"""Wiring fixtures of the indicators group: degraded baselines, a two-band class raster, edited restoration sites."""
from __future__ import annotations

import os

import numpy as np
from osgeo import gdal, ogr

from .registry import fixture

NODATA = -32768


def _degraded(fx, landcover: str, name: str) -> str:
    """A -1/0/+1 baseline on the fixture grid: cropland (class 3) of ``landcover`` degraded, the rest stable."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get(landcover))
        lc = src.GetRasterBand(1).ReadAsArray()
        lc_nodata = src.GetRasterBand(1).GetNoDataValue()
        arr = np.where(lc == 3, -1, 0).astype(np.int16)
        arr[(lc == 0) | (lc == lc_nodata)] = NODATA
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Int16)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).SetNoDataValue(NODATA)
        ds.GetRasterBand(1).WriteArray(arr)
        ds = None
    return out


fixture("degraded_baseline")(lambda fx: _degraded(fx, "landcover_final", "degraded_baseline"))
fixture("degraded_baseline_2015")(lambda fx: _degraded(fx, "landcover_2015", "degraded_baseline_2015"))


@fixture("landcover_pair")
def _landcover_pair(fx) -> str:
    """Land cover 2000 (band 1) and 2023 (band 2) in one raster (BAND probes)."""
    out = fx.path("landcover_pair.tif")
    if not os.path.exists(out):
        vrt = gdal.BuildVRT("/vsimem/landcover_pair.vrt", [fx.get("landcover_initial"), fx.get("landcover_final")],
                            separate=True)
        gdal.Translate(out, vrt)
        vrt = None
        gdal.Unlink("/vsimem/landcover_pair.vrt")
    return out


def _sites_copy(fx, name: str, where: str | None = None) -> str:
    out = fx.path(f"{name}.gpkg")
    if not os.path.exists(out):
        src = fx.get("restoration_sites").split("|")[0]
        gdal.VectorTranslate(out, src, layers=["restoration_sites"], layerName="restoration_sites", where=where)
    return out


@fixture("restoration_sites_subset")
def _sites_subset(fx) -> str:
    """The sample sites RS01-RS06 only (SITES probes)."""
    path = _sites_copy(fx, "restoration_sites_subset", where="site_id <= 'RS06'")
    return f"{path}|layername=restoration_sites"


# start years revised 3 years later (RS09 gets one); end years where RS07 ends before it started and RS01 in 2020
REVISED_START = {"RS09": 2016}
REVISED_END = {"RS01": 2020, "RS07": 2010}


@fixture("restoration_sites_revised")
def _sites_revised(fx) -> str:
    """The sample sites with two more fields: ``start_revised`` and ``end_revised`` (year-field probes)."""
    out = fx.path("restoration_sites_revised.gpkg")
    if not os.path.exists(out):
        _sites_copy(fx, "restoration_sites_revised")
        ds = ogr.Open(out, 1)
        lyr = ds.GetLayer(0)
        lyr.CreateField(ogr.FieldDefn("start_revised", ogr.OFTInteger))
        lyr.CreateField(ogr.FieldDefn("end_revised", ogr.OFTInteger))
        for feat in list(lyr):
            sid, start = feat["site_id"], feat["start_year"]
            revised = REVISED_START.get(sid, start + 3 if start is not None else None)
            if revised is not None:
                feat["start_revised"] = revised
            if sid in REVISED_END:
                feat["end_revised"] = REVISED_END[sid]
            lyr.SetFeature(feat)
        ds = None
    return f"{out}|layername=restoration_sites"
