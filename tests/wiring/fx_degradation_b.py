"""Wiring fixtures of productivity performance, dynamics and land productivity.

Land-unit polygons, the three sub-indicator layers (made by our own algorithms on the 100 x 100 NDVI), external LPD
maps and a reclassification CSV.
"""
from __future__ import annotations

import os

import numpy as np
from osgeo import gdal, ogr, osr

from .fx_common import shifted
from .registry import fixture


def _polygons(fx, raster_name: str, name: str) -> str:
    """The classes of a fixture raster as polygons: ``unit_id`` (the pixel value) and ``group_id`` (unit_id // 10,
    e.g. the land-cover part of a land cover x soil unit)."""
    out = fx.path(f"{name}.gpkg")
    if not os.path.exists(out):
        src = gdal.Open(fx.get(raster_name))
        band = src.GetRasterBand(1)
        srs = osr.SpatialReference(wkt=src.GetProjection())
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
        layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("unit_id", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("group_id", ogr.OFTInteger))
        gdal.Polygonize(band, band.GetMaskBand(), layer, 0)
        layer.StartTransaction()
        for feat in layer:
            feat["group_id"] = max(1, feat["unit_id"] // 10)
            layer.SetFeature(feat)
        layer.CommitTransaction()
        ds = None
    return f"{out}|layername={name}"


fixture("land_unit_polygons")(lambda fx: _polygons(fx, "land_units", "land_unit_polygons"))
fixture("climate_zone_polygons")(lambda fx: _polygons(fx, "climate_zone", "climate_zone_polygons"))


def _run(fx, alg: str, name: str, params: dict) -> str:
    """The OUTPUT of one of our algorithms on wiring fixtures (written once)."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        import processing

        processing.run(f"t2monitor:{alg}", {**fx.resolve(params), "OUTPUT": out})
    return out


fixture("productivity_trajectory")(lambda fx: _run(fx, "productivitytrajectory", "productivity_trajectory",
                                                   {"INPUT": ["@ndvi"]}))
fixture("productivity_state")(lambda fx: _run(fx, "productivitystate", "productivity_state", {"INPUT": ["@ndvi"]}))
fixture("productivity_state_shifted")(lambda fx: shifted(fx, fx.get("productivity_state"),
                                                         "productivity_state_shifted.tif"))
fixture("productivity_performance")(lambda fx: _run(
    fx, "productivityperformance", "productivity_performance",
    {"INPUT": ["@ndvi"], "LAND_UNITS": "@land_units", "UNIT_STATS": "memory:"}))
fixture("productivity_performance_strict")(lambda fx: _run(
    fx, "productivityperformance", "productivity_performance_strict",
    {"INPUT": ["@ndvi"], "LAND_UNITS": "@land_units", "THRESHOLD_RATIO": 0.8, "UNIT_STATS": "memory:"}))


def _external_lpd(fx, landcover: str, name: str) -> str:
    """An external LPD map coded as JRC's (1-5, 0 no data; no declared nodata), derived from a land-cover map."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get(landcover))
        band = src.GetRasterBand(1)
        lc = band.ReadAsArray().astype(np.int64)
        valid = band.GetMaskBand().ReadAsArray() > 0
        codes = np.where(valid, (lc + np.arange(lc.shape[1])[np.newaxis] // 20) % 5 + 1, 0).astype(np.uint8)
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Byte)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).WriteArray(codes)
        ds = None
    return out


fixture("lpd_external")(lambda fx: _external_lpd(fx, "landcover_final", "lpd_external"))
fixture("lpd_external_initial")(lambda fx: _external_lpd(fx, "landcover_initial", "lpd_external_initial"))


@fixture("lpd_table_csv")
def _lpd_table_csv(fx) -> str:
    """A national reclassification of the JRC-coded map: 1-2 declining, 3 stressed, 4-5 stable, 0 no data."""
    out = fx.path("lpd_table.csv")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# code,lpd\ncode,lpd\n0,nodata\n1,1\n2,1\n3,3\n4,4\n5,4\n")
    return out
