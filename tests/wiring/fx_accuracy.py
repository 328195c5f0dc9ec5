"""Wiring fixtures of the accuracy group: a -1/0/+1 change map, a "truth" with known errors, a buffer-stratum
raster and labelled samples drawn with the core sampling functions (names start with ``acc_``)."""
from __future__ import annotations

import os

import numpy as np
from osgeo import gdal, ogr, osr

from .registry import fixture

NODATA = -32768


def _write_like(fx, src_name: str, name: str, arr: np.ndarray) -> str:
    out = fx.path(f"{name}.tif")
    src = gdal.Open(fx.get(src_name))
    ds = gdal.GetDriverByName("GTiff").Create(out, src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Int16)
    ds.SetGeoTransform(src.GetGeoTransform())
    ds.SetProjection(src.GetProjection())
    ds.GetRasterBand(1).SetNoDataValue(NODATA)
    ds.GetRasterBand(1).WriteArray(arr.astype(np.int16))
    ds = None
    return out


def change_map(lc0: np.ndarray, lc1: np.ndarray) -> np.ndarray:
    """-1 tree cover lost, +1 tree cover gained, 0 otherwise; nodata where either land cover is 0."""
    arr = np.zeros(lc0.shape, np.int16)
    arr[(lc0 == 1) & (lc1 != 1)] = -1
    arr[(lc0 != 1) & (lc1 == 1)] = 1
    arr[(lc0 == 0) | (lc1 == 0)] = NODATA
    return arr


def with_errors(m: np.ndarray) -> np.ndarray:
    """A deterministic "truth" for ``m``: some stable pixels are really losses, some losses really stable."""
    rows, cols = np.indices(m.shape)
    truth = m.copy()
    truth[(m == 0) & ((rows * 7 + cols * 3) % 23 == 0)] = -1
    truth[(m == -1) & ((rows + 2 * cols) % 6 == 0)] = 0
    truth[(m == 1) & ((rows + cols) % 4 == 0)] = 0
    return truth


def buffer_strata(m: np.ndarray, width: int = 2) -> np.ndarray:
    """The map with stratum 2 for stable pixels within ``width`` pixels of a loss pixel."""
    loss = m == -1
    near = loss.copy()
    for dr in range(-width, width + 1):
        for dc in range(-width, width + 1):
            near |= np.roll(np.roll(loss, dr, axis=0), dc, axis=1)
    out = m.copy()
    out[(m == 0) & near] = 2
    return out


def _read(path: str) -> np.ndarray:
    ds = gdal.Open(path)
    arr = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    return arr


@fixture("acc_map")
def _acc_map(fx) -> str:
    out = fx.path("acc_map.tif")
    if not os.path.exists(out):
        _write_like(fx, "landcover_initial", "acc_map",
                    change_map(_read(fx.get("landcover_initial")), _read(fx.get("landcover_final"))))
    return out


@fixture("acc_truth")
def _acc_truth(fx) -> str:
    out = fx.path("acc_truth.tif")
    if not os.path.exists(out):
        _write_like(fx, "landcover_initial", "acc_truth", with_errors(_read(fx.get("acc_map"))))
    return out


@fixture("acc_strata_buffer")
def _acc_strata_buffer(fx) -> str:
    out = fx.path("acc_strata_buffer.tif")
    if not os.path.exists(out):
        _write_like(fx, "landcover_initial", "acc_strata_buffer", buffer_strata(_read(fx.get("acc_map"))))
    return out


def labelled_sample(out: str, strata: str, truth: str, seed: int, map_path: str | None = None,
                    target_se: float = 0.02, minimum: int = 30) -> str:
    """Draw a sample of ``strata`` with the core functions and label it from ``truth``; write a GeoPackage."""
    from t2_monitor_plugin.core import sampling
    from t2_monitor_plugin.core.rasters import RasterInput

    strata_in = RasterInput(strata, bands=[1])
    counts = sampling.count_strata(strata_in)
    ua = {c: 0.7 if c != 0 else 0.9 for c in counts.pixels}
    n = sampling.sample_size(counts.areas_m2, ua, target_se)
    alloc = sampling.allocate(n, counts.pixels, counts.areas_m2, sampling.ALLOC_MINIMUM, minimum)
    points = sampling.draw(strata_in, counts, alloc, seed,
                           map_raster=RasterInput(map_path, bands=[1]) if map_path else None)
    ref, ok = sampling.values_at(RasterInput(truth, bands=[1]), [p.x for p in points], [p.y for p in points])
    assert ok.all()
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(out)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(counts.grid.crs_wkt)
    lyr = ds.CreateLayer("sample", srs, ogr.wkbPoint)
    for name, kind in (("id", ogr.OFTInteger), ("stratum", ogr.OFTInteger), ("map_class", ogr.OFTInteger),
                       ("pixel_area_ha", ogr.OFTReal), ("inclusion_probability", ogr.OFTReal),
                       ("stratum_pixels", ogr.OFTInteger), ("reference", ogr.OFTInteger),
                       ("reference_alt", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for p, r in zip(points, ref):
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in (("id", p.point_id), ("stratum", p.stratum), ("map_class", p.map_class),
                     ("pixel_area_ha", p.pixel_area_ha), ("inclusion_probability", p.inclusion_probability),
                     ("stratum_pixels", p.stratum_pixels), ("reference", int(r)), ("reference_alt", p.map_class)):
            f.SetField(k, v)
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(p.x, p.y)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds = None
    return out


def _labelled(fx, name: str, strata: str, seed: int, with_map: bool = False) -> str:
    out = fx.path(f"{name}.gpkg")
    if not os.path.exists(out):
        labelled_sample(out, fx.get(strata), fx.get("acc_truth"), seed,
                        map_path=fx.get("acc_map") if with_map else None)
    return f"{out}|layername=sample"


fixture("acc_labelled")(lambda fx: _labelled(fx, "acc_labelled", "acc_map", 1))
fixture("acc_labelled_alt")(lambda fx: _labelled(fx, "acc_labelled_alt", "acc_map", 2))
fixture("acc_labelled_buffer")(lambda fx: _labelled(fx, "acc_labelled_buffer", "acc_strata_buffer", 3, True))


@fixture("acc_estimates_table")
def _acc_estimates_table(fx) -> str:
    """The ESTIMATES table of t2monitor:accuracyassessment on @acc_labelled (class -1: the estimated loss)."""
    out = fx.path("acc_estimates.gpkg")
    if not os.path.exists(out):
        import processing

        processing.run("t2monitor:accuracyassessment", {"INPUT": fx.get("acc_labelled"), "STRATA": fx.get("acc_map"),
                                                         "ESTIMATES": out, "ERROR_MATRIX": "memory:"})
    return out
