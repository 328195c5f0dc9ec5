"""Wiring fixtures of the SDG 15.3.1 sub-indicators and indicator: legends, matrices, factor tables, sub-indicator
layers, a productivity map and error-recode polygons, all on the 100 x 100 grid of the common fixtures."""
from __future__ import annotations

import csv
import os
import warnings

import numpy as np
from osgeo import gdal, ogr, osr

from .fx_common import shifted
from .registry import fixture


# helpers --------------------------------------------------------------------------------------------------------------
def _derived(fx, source: str, name: str, fn, dtype=gdal.GDT_Int16, nodata=None) -> str:
    """A single-band raster on the grid of fixture ``source``: ``fn(values, valid)`` of its band 1."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get(source))
        band = src.GetRasterBand(1)
        values = band.ReadAsArray()
        src_nodata = band.GetNoDataValue()
        valid = np.ones(values.shape, bool) if src_nodata is None else values != src_nodata
        data = fn(values, valid)
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, dtype)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        nodata = src_nodata if nodata is None else nodata
        if nodata is not None:
            ds.GetRasterBand(1).SetNoDataValue(nodata)
        ds.GetRasterBand(1).WriteArray(data)
        ds = None
    return out


def _write_csv(fx, name: str, rows) -> str:
    out = fx.path(name)
    if not os.path.exists(out):
        with open(out, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
    return out


def _run(fx, alg: str, name: str, params: dict) -> str:
    """The OUTPUT raster of one of our algorithms run on fixtures (``@name`` values resolved)."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        import processing

        processing.run(f"t2monitor:{alg}", {**fx.resolve(params), "OUTPUT": out})
    return out


# legends (Cropland 3 and Other land 6 swapped) ------------------------------------------------------------------------
SWAP = {3: 6, 6: 3}


@fixture("reclass_identity")
def reclass_identity(fx):
    return [str(v) for c in range(1, 8) for v in (c, c)]


@fixture("reclass_swap")
def reclass_swap(fx):
    return [str(v) for c in range(1, 8) for v in (c, SWAP.get(c, c))]


@fixture("reclass_swap_file")
def reclass_swap_file(fx):
    return _write_csv(fx, "reclass_swap.csv", [["code", "class"]] + [[c, SWAP.get(c, c)] for c in range(1, 8)])


# transition matrix: Tree-covered -> Cropland counted stable -------------------------------------------------------
def _lenient_matrix():
    from t2_monitor_plugin.core.landcover import read_transition_matrix
    from t2_monitor_plugin.paths import resource

    matrix = read_transition_matrix(resource("data", "unccd_transition_matrix.csv")).astype(int)
    matrix[0, 2] = 0
    return matrix


@fixture("lc_matrix_lenient")
def lc_matrix_lenient(fx):
    from t2_monitor_plugin.core.landcover import matrix_cells

    return matrix_cells(_lenient_matrix())


@fixture("lc_matrix_lenient_file")
def lc_matrix_lenient_file(fx):
    from t2_monitor_plugin.core.landcover import MATRIX_HEADERS

    matrix = _lenient_matrix()
    return _write_csv(fx, "lc_matrix_lenient.csv", [MATRIX_HEADERS] + [
        [MATRIX_HEADERS[i + 1]] + [int(v) for v in matrix[i]] for i in range(7)])


# SOC -----------------------------------------------------------------------------------------------------------------
@fixture("soc_final")
def soc_final(fx):
    """The SOC map with a loss of 40 % in the western third and a gain of 30 % in the eastern third."""
    def fn(values, valid):
        factor = np.ones(values.shape)
        third = values.shape[1] // 3
        factor[:, :third] = 0.6
        factor[:, -third:] = 1.3
        return np.where(valid, np.round(values * factor), values).astype(np.int16)
    return _derived(fx, "soc", "soc_final", fn)


@fixture("climate_zone_montane")
def climate_zone_montane(fx):
    """Every climate-zone pixel in zone 9 (tropical montane)."""
    return _derived(fx, "climate_zone", "climate_zone_montane", lambda v, ok: np.where(ok, 9, v).astype(np.uint8),
                    gdal.GDT_Byte)


def _mild_factors():
    """The default factor table with Tree-covered -> Cropland losing only 5 % in every zone."""
    from t2_monitor_plugin.core.tables_io import read_table_cells
    from t2_monitor_plugin.paths import resource

    headers, cells = read_table_cells(resource("data", "ipcc_soc_factors.csv"))
    n = len(headers)
    rows = [cells[i:i + n] for i in range(0, len(cells), n)]
    for row in rows:
        if row[0] == "1" and row[1] == "3":
            row[2:] = ["0.95"] * (n - 2)
    return headers, rows


@fixture("soc_factors_mild")
def soc_factors_mild(fx):
    return [c for row in _mild_factors()[1] for c in row]


@fixture("soc_factors_mild_file")
def soc_factors_mild_file(fx):
    headers, rows = _mild_factors()
    return _write_csv(fx, "soc_factors_mild.csv", [headers] + rows)


@fixture("water_mask")
def water_mask(fx):
    """1 (water) in a 30 x 30 block in the middle, 0 elsewhere."""
    def fn(values, valid):
        mask = np.zeros(values.shape, np.uint8)
        mask[35:65, 35:65] = 1
        return mask
    return _derived(fx, "landcover_final", "water_mask", fn, gdal.GDT_Byte, nodata=255)


@fixture("landcover_more_water")
def landcover_more_water(fx):
    """The final land cover with a 30 x 30 lake (class 7) in the middle."""
    def fn(values, valid):
        out = values.copy()
        out[35:65, 35:65] = 7
        return out
    return _derived(fx, "landcover_final", "landcover_more_water", fn, gdal.GDT_Byte)


# sub-indicator layers (-1/0/+1) ----------------------------------------------------------------------------------
fixture("lc_degradation")(lambda fx: _run(fx, "landcoverdegradation", "lc_degradation", {
    "INITIAL": "@landcover_initial", "FINAL": "@landcover_final", "TRANSITION_AREAS": "memory:"}))
fixture("lc_degradation_early")(lambda fx: _run(fx, "landcoverdegradation", "lc_degradation_early", {
    "INITIAL": "@landcover_initial", "FINAL": "@landcover_2015", "TRANSITION_AREAS": "memory:"}))
fixture("lc_degradation_shifted")(lambda fx: shifted(fx, fx.get("lc_degradation"), "lc_degradation_shifted.tif"))
fixture("soc_degradation")(lambda fx: _run(fx, "soilcarbondegradation", "soc_degradation", {
    "SOC_INITIAL": "@soc", "LC_INITIAL": "@landcover_initial", "LC_FINAL": "@landcover_final",
    "CLIMATE": "@climate_zone", "CHANGE": fx.path("soc_degradation_change.tif")}))
fixture("soc_degradation_early")(lambda fx: _run(fx, "soilcarbondegradation", "soc_degradation_early", {
    "SOC_INITIAL": "@soc", "LC_INITIAL": "@landcover_initial", "LC_FINAL": "@landcover_2015",
    "CLIMATE": "@climate_zone", "CHANGE": fx.path("soc_degradation_early_change.tif")}))


# land productivity (five LPD classes 1-5, nodata 0) ----------------------------------------------------------------
def _lpd(fx, name: str, early: range, late: range) -> str:
    """LPD classes from the quintiles of the change of mean NDVI between two groups of years (bands)."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get("ndvi"))
        nodata = src.GetRasterBand(1).GetNoDataValue()
        stack = src.ReadAsArray().astype(np.float64)
        stack[stack == nodata] = np.nan
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # pixels without any valid year
            diff = np.nanmean(stack[list(late)], axis=0) - np.nanmean(stack[list(early)], axis=0)
        valid = np.isfinite(diff)
        cuts = np.quantile(diff[valid], [0.2, 0.4, 0.6, 0.8])
        lpd = np.where(valid, np.digitize(np.nan_to_num(diff), cuts) + 1, 0).astype(np.uint8)
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Byte)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).SetNoDataValue(0)
        ds.GetRasterBand(1).WriteArray(lpd)
        ds = None
    return out


fixture("lpd")(lambda fx: _lpd(fx, "lpd", range(0, 5), range(18, 23)))
fixture("lpd_alt")(lambda fx: _lpd(fx, "lpd_alt", range(0, 5), range(7, 12)))
# only the code 1: declining in five LPD classes, improving in three classes
fixture("lpd_ones")(lambda fx: _derived(fx, "lpd", "lpd_ones", lambda v, ok: np.where(ok, 1, 0).astype(np.uint8),
                                        gdal.GDT_Byte))


# error recode polygons ---------------------------------------------------------------------------------------------
RECODE_FIELDS = ("deg_to", "stable_to", "improved_to", "periods", "reason", "alt_to", "periods_alt", "reason_alt")
# (x0, y0, x1, y1) as fractions of the grid extent (y from the top), then the field values
RECODE_POLYGONS = [
    ((0.0, 0.0, 0.35, 1.0), ("stable", "", "", "baseline", "plantation mistaken for loss", "improved", "report_1",
                             "checked in the field")),
    ((0.35, 0.2, 0.7, 0.8), ("", "degraded", "stable", "baseline, report_1", "mining not in the land cover",
                             "improved", "baseline", "visual interpretation")),
    ((0.7, 0.0, 1.0, 1.0), ("", "", "-1", "", "irrigation boom", "improved", "report_2", "expert opinion")),
]


@fixture("recode_polygons")
def recode_polygons(fx):
    path = fx.path("recode.gpkg")
    if not os.path.exists(path):
        grid = gdal.Open(fx.get("landcover_final"))
        gt = grid.GetGeoTransform()
        width, height = grid.RasterXSize * gt[1], grid.RasterYSize * -gt[5]
        srs = osr.SpatialReference()
        srs.ImportFromWkt(grid.GetProjection())
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = ds.CreateLayer("recode", srs, ogr.wkbPolygon)
        for name in RECODE_FIELDS:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for (fx0, fy0, fx1, fy1), values in RECODE_POLYGONS:
            x0, x1 = gt[0] + fx0 * width, gt[0] + fx1 * width
            y0, y1 = gt[3] - fy0 * height, gt[3] - fy1 * height
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
            for name, value in zip(RECODE_FIELDS, values):
                feat[name] = value
            layer.CreateFeature(feat)
        ds = None
    return f"{path}|layername=recode"
