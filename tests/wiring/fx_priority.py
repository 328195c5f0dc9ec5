"""Wiring fixtures of the ROAM priority group: standardised criteria, masks, weights, AHP matrices, compatibility
tables, a degradation layer and LDN response rules (all on the 100 x 100 grid of fx_common)."""
from __future__ import annotations

import csv
import json
import os

import numpy as np
from osgeo import gdal, ogr

from .fx_common import shifted
from .registry import fixture


def _write_like(fx, template: str, name: str, array: np.ndarray, dtype=gdal.GDT_Byte, nodata=255) -> str:
    """``array`` on the grid of the fixture raster ``template``."""
    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        src = gdal.Open(fx.get(template))
        ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, dtype)
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
        ds.GetRasterBand(1).SetNoDataValue(nodata)
        ds.GetRasterBand(1).WriteArray(array)
        ds = None
    return out


def _band(fx, name: str, band: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(values as float64, valid mask) of a fixture raster band."""
    ds = gdal.Open(fx.get(name))
    b = ds.GetRasterBand(band)
    raw = b.ReadAsArray().astype(np.float64)
    nodata = b.GetNoDataValue()
    return raw, (raw != nodata) if nodata is not None else np.ones(raw.shape, bool)


def _criterion(fx, name: str, source: str, band: int = 1, method: int = 0) -> str:
    """``source`` (band ``band``) standardised to 0..1 by t2monitor:standardizecriterion (min-max)."""
    import processing

    out = fx.path(f"{name}.tif")
    if not os.path.exists(out):
        processing.run("t2monitor:standardizecriterion", {"INPUT": fx.get(source), "BAND": band, "METHOD": method,
                                                          "OUTPUT": out})
    return out


fixture("criterion_dem")(lambda fx: _criterion(fx, "criterion_dem", "dem"))
fixture("criterion_soc")(lambda fx: _criterion(fx, "criterion_soc", "soc", method=1))
fixture("criterion_ndvi")(lambda fx: _criterion(fx, "criterion_ndvi", "ndvi", band=23))
fixture("criterion_ndvi_shifted")(lambda fx: shifted(fx, fx.get("criterion_ndvi"), "criterion_ndvi_shifted.tif"))


def _class_mask(fx, name: str, code: int) -> str:
    lc, ok = _band(fx, "landcover_final")
    return _write_like(fx, "landcover_final", name, np.where(ok, (lc == code).astype(np.uint8), 255))


fixture("pr_water_mask")(lambda fx: _class_mask(fx, "pr_water_mask", 7))
fixture("cropland_mask")(lambda fx: _class_mask(fx, "cropland_mask", 3))


@fixture("weights_table")
def _weights_table(fx):
    """A table without geometry (criterion, weight) as t2monitor:ahpweights writes it."""
    path = fx.path("weights_table.gpkg")
    if not os.path.exists(path):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = ds.CreateLayer("weights", geom_type=ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("criterion", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
        for name, weight in (("dem", 0.1), ("soc", 0.3), ("ndvi", 0.6)):
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetField("criterion", name)
            feat.SetField("weight", weight)
            layer.CreateFeature(feat)
        ds = None
    return f"{path}|layername=weights"


@fixture("suitability")
def _suitability(fx):
    """The weighted overlay of the three criteria, water excluded (-1), as t2monitor:priorityclasses reads it."""
    import processing

    out = fx.path("suitability.tif")
    if not os.path.exists(out):
        processing.run("t2monitor:weightedoverlay", {
            "CRITERIA": [fx.get("criterion_dem"), fx.get("criterion_soc"), fx.get("criterion_ndvi")],
            "WEIGHTS": "3,2,1", "EXCLUSION_RASTERS": [fx.get("pr_water_mask")], "OUTPUT": out})
    return out


# AHP matrices (criteria of the ahpweights EXAMPLE) ---------------------------------------------------------------
AHP_NAMES = ["slope", "erosion", "water"]


def _ahp_csv(fx, name: str, rows) -> str:
    path = fx.path(f"{name}.csv")
    if not os.path.exists(path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["criterion"] + AHP_NAMES)
            for label, row in zip(AHP_NAMES, rows):
                w.writerow([label] + row)
    return path


fixture("ahp_matrix_file")(lambda fx: _ahp_csv(fx, "ahp_matrix", [["1", "1/2", "4"], ["2", "1", "6"],
                                                                  ["1/4", "1/6", "1"]]))
fixture("ahp_expert_1")(lambda fx: _ahp_csv(fx, "ahp_expert_1", [["1", "1/3", "1"], ["3", "1", "3"],
                                                                 ["1", "1/3", "1"]]))
fixture("ahp_expert_2")(lambda fx: _ahp_csv(fx, "ahp_expert_2", [["1", "1/5", "1/2"], ["5", "1", "3"],
                                                                 ["2", "1/3", "1"]]))


# land overuse ------------------------------------------------------------------------------------------------------
@fixture("land_capability_poorer")
def _capability_poorer(fx):
    """Land capability one class poorer everywhere (8 stays 8)."""
    cap, ok = _band(fx, "land_capability")
    return _write_like(fx, "land_capability", "land_capability_poorer",
                       np.where(ok, np.minimum(cap + 1, 8), 0).astype(np.uint8), nodata=0)


def _compatibility(cropland_limit: int) -> dict:
    """The default table's logic, with cropland proper up to ``cropland_limit`` (4 in the default table)."""
    table = {}
    for use in range(1, 8):
        for cap in range(1, 9):
            steps = 0
            if use == 2:
                steps = -1 if cap <= 2 else (1 if cap == 8 else 0)
            elif use == 3:
                steps = max(0, cap - cropland_limit)
            table[(use, cap)] = steps
    return table


@fixture("compatibility_rows")
def _compatibility_rows(fx):
    """COMPATIBILITY_TABLE as a flat list (use, capability, steps ...): cropland proper on classes 1-6."""
    return [str(v) for (use, cap), steps in sorted(_compatibility(6).items()) for v in (use, cap, steps)]


@fixture("compatibility_file")
def _compatibility_file(fx):
    """COMPATIBILITY_FILE in the CSV matrix form: cropland proper on classes 1-2 only."""
    path = fx.path("compatibility.csv")
    if not os.path.exists(path):
        table = _compatibility(2)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["land_use\\capability"] + [str(c) for c in range(1, 9)])
            for use in range(1, 8):
                w.writerow([f"{use} class"] + [str(table[(use, c)]) for c in range(1, 9)])
    return path


# LDN response ------------------------------------------------------------------------------------------------------
def _degradation(fx, name: str, threshold: float) -> str:
    """-1/0/+1 (Int16, nodata -32768) from the NDVI change between the first and last three years."""
    first = [_band(fx, "ndvi", b) for b in (1, 2, 3)]
    last = [_band(fx, "ndvi", b) for b in (21, 22, 23)]
    ok = np.logical_and.reduce([m for _, m in first + last])
    change = np.mean([v for v, _ in last], axis=0) - np.mean([v for v, _ in first], axis=0)
    scale = np.nanmax(np.abs(change[ok])) or 1.0
    rel = change / scale
    out = np.where(rel <= -threshold, -1, np.where(rel >= threshold, 1, 0))
    return _write_like(fx, "ndvi", name, np.where(ok, out, -32768).astype(np.int16), gdal.GDT_Int16, -32768)


fixture("degradation")(lambda fx: _degradation(fx, "degradation", 0.1))
fixture("degradation_alt")(lambda fx: _degradation(fx, "degradation_alt", 0.3))


@fixture("ldn_rules_file")
def _ldn_rules(fx):
    """The default LDN response rules with Reverse for all degraded land (no Reduce for degrading cropland)."""
    path = fx.path("ldn_rules.json")
    if not os.path.exists(path):
        rules = {"default_class": 0, "rules": [
            {"class": 3, "when": {"degraded": True}},
            {"class": 2, "when": {"at_risk": True, "productive": True}},
            {"class": 1, "when": {"protected": True, "degraded": False}},
            {"class": 1, "when": {"natural": True, "degraded": False}},
        ]}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(rules, fh)
    return path
