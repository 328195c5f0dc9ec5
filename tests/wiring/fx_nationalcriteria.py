"""Wiring fixtures of the national-criteria group: criterion rasters, a scoring rules file, a binary forest map."""
from __future__ import annotations

import os

from osgeo import gdal

from .registry import fixture


def _run(fx, alg: str, out_name: str, params: dict) -> str:
    """The ``OUTPUT`` raster of one of our algorithms run on wiring fixtures (written once per session)."""
    import processing

    out = fx.path(out_name)
    if not os.path.exists(out):
        processing.run(f"t2monitor:{alg}", {**fx.resolve(params), "OUTPUT": out})
    return out


@fixture("nc_vegetation_loss")
def _vegetation_loss(fx):
    """Loss of natural vegetation (codes 1, 2, 4) 2000-2023: 0/1, nodata 255."""
    return _run(fx, "vegetationcoverloss", "nc_vegetation_loss.tif",
                {"MODE": 0, "INITIAL": "@landcover_initial", "FINAL": "@landcover_final", "NATURAL_CODES": "1,2,4",
                 "AREAS": "memory:"})


@fixture("nc_fragmentation")
def _fragmentation(fx):
    """Forest fragmentation classes 0-6 of the final land cover (forest = 1, window 5)."""
    return _run(fx, "forestfragmentation", "nc_fragmentation.tif",
                {"INPUT": "@landcover_final", "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 5})


@fixture("nc_severity_rules_csv")
def _severity_rules(fx):
    """Scoring rules for the three example criteria, different from the example's rules table."""
    out = fx.path("nc_severity_rules.csv")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("criterion,type,rule,weight\n"
                 "1,preset,vegetation_loss,1\n"
                 "2,reclass,0:0; 1:3; 2:3; 3:2; 4:2; 5:2; 6:0,1\n"
                 "3,thresholds,<30:2; >=30:0,2\n")
    return out


@fixture("nc_forest_binary")
def _forest_binary(fx):
    """The final land cover as a binary forest map: 1 tree-covered, 0 other land, 255 nodata."""
    import numpy as np

    out = fx.path("nc_forest_binary.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get("landcover_final"))
        band = src.GetRasterBand(1)
        lc = band.ReadAsArray()
        nodata = band.GetNoDataValue()
        binary = np.where(lc == nodata, 255, lc == 1).astype(np.uint8)
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Byte)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).SetNoDataValue(255)
        ds.GetRasterBand(1).WriteArray(binary)
        ds = None
    return out
