"""Wiring fixtures of the LDN reporting additions (issue 15): SDG 15.3.1 maps of two periods (from the export
fixtures), LDN balance tables of ldnbalance (land cover only, and with land units) and ecosystem polygons carrying
IUCN GET codes (the 2000 land cover polygonised, one GET functional group per UNCCD class)."""
from __future__ import annotations

import os

from osgeo import gdal, ogr, osr

from .fx_export import _sdg
from .registry import fixture

GET_OF_CLASS = {1: "T1.1", 2: "T4.5", 3: "T7.1", 4: "TF1.3", 5: "T7.4", 6: "T5.2", 7: "F2.2"}


def _run(alg: str, params: dict) -> dict:
    import processing

    return processing.run(f"t2monitor:{alg}", params)


fixture("ldn2_sdg_baseline")(lambda fx: _sdg(fx, "baseline")["OUTPUT"])
fixture("ldn2_sdg_report_1")(lambda fx: _sdg(fx, "report_1")["OUTPUT"])


def _balance(fx, name: str, extra: dict) -> str:
    path = fx.path(f"{name}.gpkg")
    if not os.path.exists(path):
        _run("ldnbalance", {"BASELINE": fx.get("ldn2_sdg_baseline"), "REPORTING": [fx.get("ldn2_sdg_report_1")],
                            "LAND_COVER": fx.get("landcover_initial"), "BALANCE": path,
                            "COUNTERBALANCE": "memory:", "PERIOD_STATUS": "memory:", **fx.resolve(extra)})
    return path


fixture("ldn2_balance")(lambda fx: _balance(fx, "ldn2_balance", {}))
fixture("ldn2_balance_units")(lambda fx: _balance(fx, "ldn2_balance_units", {"LAND_UNITS": "@land_units"}))


@fixture("ldn2_ecosystem_polygons")
def _ecosystem_polygons(fx):
    out = fx.path("ldn2_ecosystem_polygons.gpkg")
    if not os.path.exists(out):
        src = gdal.Open(fx.get("landcover_initial"))
        band = src.GetRasterBand(1)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
        layer = ds.CreateLayer("ecosystems", osr.SpatialReference(wkt=src.GetProjection()), ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("unccd_class", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("get_code", ogr.OFTString))
        gdal.Polygonize(band, band.GetMaskBand(), layer, 0)
        layer.StartTransaction()
        for feat in layer:
            feat["get_code"] = GET_OF_CLASS[feat["unccd_class"]]
            layer.SetFeature(feat)
        layer.CommitTransaction()
        ds = None
    return f"{out}|layername=ecosystems"
