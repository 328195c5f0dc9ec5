"""Land productivity performance (SDG 15.3.1 sub-indicator, UNCCD Good Practice Guidance v2).

**Method.** Per pixel, the mean of the productivity index over the period: the valid (not nodata, finite) annual
values summed in band order and divided by their count, so cloud gaps shorten the mean instead of blanking the pixel
(a pixel without any valid year is nodata); a single band is used as it is (a precomputed mean raster). For every land
unit, the q-th percentile (default 90) of the means of all its pixels over the whole raster, exactly as
``np.percentile`` computes it (:mod:`.percentiles`). Ratio = mean / unit percentile; ratio < threshold (default 0.5)
-> -1 (degraded), else 0. Outputs: the -1/0 layer (Int16, nodata -32768) and optionally the ratio (Float32, nodata
-32768).

**Units.** When the bands declare a GDAL scale/offset (e.g. NDVI stored as Int16 x 10000 with scale 0.0001), the
means, percentiles and ratio are in physical units: with one scale and offset for all bands the mean of the stored
values is converted (mean * scale + offset, which keeps integer sums exact); with different ones per band each band is
converted before summing. The ratio needs physical values whenever the offset is not 0.

**Passes.** 1: means written to a temporary Float64 GeoTIFF (hidden, next to the output, removed afterwards, so the
annual stack is read once) with per-unit count/min/max; then the percentile refinement over the means (one pass when
all units' pixels fit the collection budget of about a million values, usually two otherwise; see
:mod:`.percentiles`); last: ratio and class, with
per-unit pixel counts and areas (:class:`.areas.PixelAreas`).

**Memory** stays bounded whatever the raster size: blocks are sized for the kernels' temporaries
(:func:`.unitvalues.block_options`), and between blocks only per-unit numbers, histogram bins and at most
:data:`.percentiles.COLLECT_VALUES` collected values are held.

**Edge cases.** Pixels without a unit, or without any valid year, are nodata. A unit present in the units raster but
without any pixel with a valid mean has no percentile: it is listed in ``empty_units`` (no pixel of it can be
classified). A unit whose percentile is 0 or negative (e.g. water with negative NDVI) has no meaningful ratio: its
pixels are nodata in both outputs and it is listed in ``nonpositive_units`` — never a division by zero, never inf.
When no pixel has both a unit and a mean, or no unit has a positive percentile, an :class:`InputError` is raised
before any output is created.

**Land units as polygons** (:func:`rasterize_units`): the polygons are burned onto the stack's grid with
``gdal.RasterizeLayer`` (pixel-centre rule: a pixel takes the id of the polygon containing its centre; where polygons
overlap, the later feature wins) into a temporary Int32 GeoTIFF that the caller removes after the run.
"""
from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, replace

import numpy as np
from osgeo import gdal, ogr, osr

from . import engine
from .areas import PixelAreas
from .errors import InputError, tr_noop
from .gdal_calls import GdalError, attempt, call, call_ok
from .grid import Grid
from .output import RasterOutput, remove_raster, temp_sibling
from .percentiles import PercentileSelector, UnitPercentiles, refine
from .rasters import RasterInput, describe
from .sdg import DEGRADED, NODATA, STABLE
from .timeseries import band_scaling
from .unitvalues import block_options, pixel_means, unit_ids

UNITS_NODATA = -2147483648
PERFORMANCE_FIELDS = [("unit", "int"), ("pixels", "int"), ("area_ha", "float"), ("min_mean", "float"),
                      ("max_mean", "float"), ("percentile", "float"), ("unit_percentile", "float"),
                      ("cutoff", "float"), ("degraded_pixels", "int"), ("degraded_ha", "float"),
                      ("degraded_share", "float"), ("note", "str")]
NOTE_EMPTY = tr_noop("no pixel with a valid index value")
NOTE_NONPOSITIVE = tr_noop("percentile is not positive: pixels left as nodata")


@dataclass
class PerformanceSummary(engine.RunSummary):
    """The engine summary of the last pass, plus the per-unit table and the units that could not be classified."""

    percentiles: UnitPercentiles | None = None
    threshold: float = 0.5
    pixels: dict = field(default_factory=dict)
    area_m2: dict = field(default_factory=dict)
    degraded_pixels: dict = field(default_factory=dict)
    degraded_m2: dict = field(default_factory=dict)
    nonpositive_units: list[int] = field(default_factory=list)

    @property
    def empty_units(self) -> list[int]:
        return self.percentiles.empty_units if self.percentiles else []

    def rows(self) -> list[tuple]:
        """Rows in :data:`PERFORMANCE_FIELDS` order, one per unit (sorted), units without values included."""
        p = self.percentiles
        out = []
        for i, unit in enumerate(p.units.tolist()):
            value = float(p.value[i])
            classified = value > 0
            pixels = self.pixels.get(unit, 0)
            deg = self.degraded_pixels.get(unit, 0)
            out.append((unit, int(p.count[i]), self.area_m2.get(unit, 0.0) / 1e4, float(p.minimum[i]),
                        float(p.maximum[i]), p.q, value, self.threshold * value if classified else None,
                        deg if classified else None, self.degraded_m2.get(unit, 0.0) / 1e4 if classified else None,
                        deg / pixels if classified and pixels else None, "" if classified else NOTE_NONPOSITIVE))
        for unit in p.empty_units:
            out.append((unit, 0, 0.0, None, None, p.q, None, None, None, None, None, NOTE_EMPTY))
        return sorted(out, key=lambda r: r[0])


def rasterize_units(items, crs_wkt: str, grid: Grid, path: str, layer_name: str = "") -> str:
    """Burn (unit id, WKB polygon in ``crs_wkt``) items onto ``grid`` as an Int32 GeoTIFF at ``path``.

    Pixel-centre rule (a pixel takes the id of the polygon that contains its centre); where polygons overlap the later
    item wins. Pixels outside every polygon are nodata (-2147483648). The caller removes the file after use.
    """
    src = osr.SpatialReference()
    if not crs_wkt or attempt(src.SetFromUserInput, crs_wkt) != 0:
        raise InputError(tr_noop("The land units layer {layer} has no coordinate reference system. Assign it a "
                                 "CRS and try again."), layer=layer_name)
    dst = grid.srs
    if dst is None:
        raise InputError(tr_noop("The raster has no coordinate reference system, so the land units of {layer} "
                                 "cannot be placed on it."), layer=layer_name)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        transform = None if src.IsSame(dst) else call(osr.CoordinateTransformation, src, dst)
    except GdalError as exc:
        raise InputError(tr_noop("The land units of {layer} cannot be reprojected to the raster's coordinate "
                                 "reference system ({error})."), layer=layer_name, error=str(exc)) from exc
    mem = call(ogr.GetDriverByName("Memory").CreateDataSource, f"units_{uuid.uuid4().hex}")
    layer = call(mem.CreateLayer, "units", dst, ogr.wkbUnknown)
    call_ok(layer.CreateField, ogr.FieldDefn("unit", ogr.OFTInteger64))
    count = 0
    for unit, wkb in items:
        geom = attempt(ogr.CreateGeometryFromWkb, bytes(wkb)) if wkb else None
        if geom is None or geom.IsEmpty():
            continue
        if not -2147483647 <= int(unit) <= 2147483647:
            raise InputError(tr_noop("The land unit id {value} of {layer} does not fit a 32-bit integer."),
                             value=unit, layer=layer_name)
        if transform is not None:
            try:
                call_ok(geom.Transform, transform)
            except GdalError as exc:
                raise InputError(tr_noop("The land units of {layer} cannot be reprojected to the raster's "
                                         "coordinate reference system ({error})."), layer=layer_name,
                                 error=str(exc)) from exc
        feat = ogr.Feature(layer.GetLayerDefn())
        call_ok(feat.SetGeometry, geom)
        feat.SetField("unit", int(unit))
        call_ok(layer.CreateFeature, feat)
        count += 1
    if not count:
        raise InputError(tr_noop("The land units layer {layer} has no polygon with an id."), layer=layer_name)
    ds = call(gdal.GetDriverByName("GTiff").Create, path, grid.width, grid.height, 1, gdal.GDT_Int32,
              options=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    try:
        call_ok(ds.SetGeoTransform, grid.geotransform)
        call_ok(ds.SetProjection, grid.crs_wkt)
        band = ds.GetRasterBand(1)
        call_ok(band.SetNoDataValue, UNITS_NODATA)
        call_ok(band.Fill, UNITS_NODATA)
        call_ok(gdal.RasterizeLayer, ds, [1], layer, options=["ATTRIBUTE=unit"])
    finally:
        ds = None
        mem = None
    return path


def _check(percentile: float, threshold: float) -> None:
    if not 0 < percentile <= 100:
        raise InputError(tr_noop("The percentile must be greater than 0 and at most 100 (got {value})."),
                         value=percentile)
    if not (threshold > 0 and math.isfinite(threshold)):
        raise InputError(tr_noop("The performance threshold must be a positive ratio such as 0.5 (got {value})."),
                         value=threshold)


def _pass_progress(progress, lo: float, hi: float):
    return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))


def run_performance(stack: list[RasterInput], years: list[int] | None, units: RasterInput, out_class: RasterOutput,
                    out_ratio: RasterOutput | None = None, percentile: float = 90.0, threshold: float = 0.5,
                    **engine_options) -> PerformanceSummary:
    """Write the performance layer (-1/0) and optionally the ratio; return the per-unit summary.

    ``stack``: rasters whose bands (all, or ``RasterInput.bands``) are the years of the period, in order, or one
    mean raster. ``years``: the years of those bands (checked against the band count, written to the metadata).
    ``units``: raster of whole-number unit ids. See the module docstring for the method and the edge cases.
    """
    _check(percentile, threshold)
    if not stack:
        raise InputError(tr_noop("No productivity raster was given."))
    stack = [replace(s, mask="none") for s in stack]
    units = replace(units, mask="any")
    infos = [describe(s) for s in stack] + [describe(units)]
    bands = sum(len(i.bands) for i in infos[:-1])
    if years is not None and len(years) != bands:
        raise InputError(tr_noop("{count} years were given for {bands} band(s) of {layer}."), count=len(years),
                         bands=bands, layer=stack[0].name)
    if engine_options.get("reference") is None:
        engine.check_same_grid(infos)
    scaling = band_scaling(stack)
    scale, offset = float(scaling.scale[0]), float(scaling.offset[0])
    progress = engine_options.pop("progress", None)
    selector = PercentileSelector(percentile, stack[0].name)
    tmp = temp_sibling(out_class.path, ".tif")
    mean_out = RasterOutput(tmp, "float64", math.nan)
    metadata = {"method": "SDG 15.3.1 productivity performance", "percentile": percentile, "threshold": threshold,
                "bands": bands}
    if years:
        metadata["years"] = f"{min(years)}-{max(years)}"
    try:
        def mean_kernel(block):
            ids, has_unit = unit_ids(block, len(stack), units.name)
            if scaling.per_band:
                mean, has = pixel_means(block, len(stack), scaling.scale, scaling.offset)
            else:
                mean, has = pixel_means(block, len(stack))
                if scale != 1.0 or offset != 0.0:
                    mean = mean * scale + offset
            keep = has & has_unit
            part = selector.stats_part(mean[keep], ids[keep], ids[has_unit])
            return engine.BlockResult([np.where(keep, mean, np.nan)], part)

        engine.run(mean_kernel, stack + [units], [mean_out], collect=lambda b, part: selector.add_stats(part),
                   progress=_pass_progress(progress, 0.0, 0.5),
                   **block_options(stack + [units], engine_options, out_bytes=8))
        if selector.units.size == 0:
            raise InputError(tr_noop("No pixel of {layer} has both a valid index value and a land unit of {units}. "
                                     "Check that the land units cover the productivity raster."),
                             layer=stack[0].name, units=units.name)
        mean_in = RasterInput(tmp, stack[0].name, mask="none")
        ref = engine_options.pop("reference", None)
        ref = ref if isinstance(ref, Grid) or ref is None else 0  # the means are on the grid of the first input
        result = refine(selector, [mean_in], units, 1, True, _pass_progress(progress, 0.5, 0.8), reference=ref,
                        **engine_options)
        positive = result.value > 0
        if not positive.any():
            raise InputError(tr_noop("No land unit has a positive {q}th percentile of {layer}, so no performance "
                                     "ratio can be computed. Check that the layer is a productivity index such as "
                                     "NDVI."), q=f"{percentile:g}", layer=stack[0].name)
        summary = _classify(mean_in, units, result, threshold, out_class, out_ratio, metadata,
                            _pass_progress(progress, 0.8, 1.0), reference=ref, **engine_options)
    finally:
        remove_raster(tmp)
    summary.nonpositive_units = [int(u) for u in result.units[~positive]]
    return summary


def _classify(mean_in: RasterInput, units: RasterInput, result: UnitPercentiles, threshold: float,
              out_class: RasterOutput, out_ratio: RasterOutput | None, metadata: dict, progress,
              **engine_options) -> PerformanceSummary:
    """Last pass: ratio and class per pixel, with per-unit pixel counts and areas."""
    unit_array = result.units
    values = result.value
    out_class = replace(out_class, dtype="int16", nodata=NODATA, metadata={**metadata, **out_class.metadata},
                        band_names=out_class.band_names or ["performance"])
    outputs = [out_class]
    if out_ratio is not None:
        outputs.append(replace(out_ratio, dtype="float32", nodata=NODATA, metadata={**metadata, **out_ratio.metadata},
                               band_names=out_ratio.band_names or ["performance ratio"]))
    grid = describe(mean_in).grid  # the means were written on the run's grid
    areas = PixelAreas(grid, layer_name=mean_in.name)

    def kernel(block):
        mean = block.core(block.data[0])[0]
        ids, has_unit = unit_ids(block, 1, units.name)
        idx = np.minimum(np.searchsorted(unit_array, ids), unit_array.size - 1)
        p = values[idx]
        base = block.core(block.valid[0])[0] & has_unit & (unit_array[idx] == ids)
        ok = base & (p > 0)
        ratio = np.full(mean.shape, np.nan)
        np.divide(mean, p, out=ratio, where=ok)
        cls = np.where(ratio < threshold, DEGRADED, STABLE).astype(np.int16)
        cls[~ok] = NODATA
        area = areas.block(block.row0, block.col0, block.rows, block.cols)
        deg = ok & (cls == DEGRADED)
        arrays = [cls] + ([np.where(ok, ratio, NODATA).astype(np.float32)] if out_ratio is not None else [])
        return engine.BlockResult(arrays, (_sums(ids[base], area[base]), _sums(ids[deg], area[deg])))

    summary = PerformanceSummary(grid, 0, 0.0, [], result, threshold)

    def collect(block, value):
        (keys, sums, counts), (deg_keys, deg_sums, deg_counts) = value
        for k, a, c in zip(keys.tolist(), sums.tolist(), counts.tolist()):
            summary.pixels[k] = summary.pixels.get(k, 0) + c
            summary.area_m2[k] = summary.area_m2.get(k, 0.0) + a
        for k, a, c in zip(deg_keys.tolist(), deg_sums.tolist(), deg_counts.tolist()):
            summary.degraded_m2[k] = summary.degraded_m2.get(k, 0.0) + a
            summary.degraded_pixels[k] = summary.degraded_pixels.get(k, 0) + c

    run = engine.run(kernel, [mean_in, units], outputs, collect=collect, progress=progress,
                     **block_options([mean_in, units], engine_options, out_bytes=6))
    summary.grid, summary.blocks, summary.seconds, summary.outputs = run.grid, run.blocks, run.seconds, run.outputs
    return summary


def _sums(keys: np.ndarray, weights: np.ndarray):
    """Sorted unique keys with the sum of their weights and their count."""
    uniq, inv, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return uniq, np.bincount(inv.ravel(), weights=weights, minlength=uniq.size), counts
