"""Stratified random sample design on a categorical raster: sample size, allocation, the draw, values at points.

*Sample size* (Cochran 1977 eq. 5.25 as used by Olofsson et al. 2014 eq. 13): for a target standard error ``S(O)``
of overall accuracy and the expected user's accuracy ``U_i`` of each stratum,
``n = (sum_i W_i S_i / S(O))^2`` with ``S_i = sqrt(U_i (1 - U_i))`` and ``W_i`` the stratum's area share.

*Allocation*: proportional to area, equal, or proportional with a minimum per stratum (strata whose proportional
share is below the minimum get the minimum, the rest is shared proportionally among the others, repeated until
stable; Olofsson et al. 2014 section 5.1.2). Counts are rounded by largest remainder so they add up to ``n``, and a
stratum never gets more units than it has pixels.

*The draw* runs in two block passes over the raster (memory does not grow with its size): the first counts the
pixels of each stratum per block; the sample ranks of each stratum are then drawn without replacement with
``numpy.random.default_rng(seed)``, and the second pass picks the pixels with those ranks (raster order). The same
raster, sizes and seed always give the same points.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import engine
from .areas import PixelAreas
from .errors import InputError, tr_noop
from .gdal_calls import call
from .grid import Grid
from .rasters import RasterInput, describe, open_raster, release

ALLOC_PROPORTIONAL, ALLOC_EQUAL, ALLOC_MINIMUM = 0, 1, 2
BLOCK = (512, 512)  # both passes must cut the raster into the same blocks


def parse_expected(text: str, where: str = "EXPECTED_UA") -> dict[int, float]:
    """``"-1:0.7, 0:0.9"`` -> {-1: 0.7, 0: 0.9} (expected user's accuracy per stratum code)."""
    out = {}
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        code, sep, value = item.partition(":")
        if not sep:
            code, sep, value = item.partition("=")
        try:
            c, v = int(code.strip()), float(value.strip())
        except ValueError:
            raise InputError(tr_noop("{parameter}: {item} is not a pair code:accuracy such as -1:0.7."),
                             parameter=where, item=item) from None
        if not 0.0 < v < 1.0:
            raise InputError(tr_noop("{parameter}: the expected user's accuracy of {code} must be between 0 and 1 "
                                     "(exclusive), not {value}."), parameter=where, code=c, value=v)
        out[c] = v
    return out


def parse_codes_list(text: str, where: str = "LEGEND") -> list[int]:
    """``"-1, 0, 1"`` -> [-1, 0, 1]."""
    out = []
    for item in (text or "").replace(";", ",").split(","):
        if item.strip():
            try:
                out.append(int(item.strip()))
            except ValueError:
                raise InputError(tr_noop("{parameter}: {item} is not a whole-number class code."), parameter=where,
                                 item=item.strip()) from None
    return out


def sample_size(weights: dict[int, float], expected_ua: dict[int, float], target_se: float) -> int:
    """Total sample size for a target standard error of overall accuracy (Olofsson et al. 2014 eq. 13)."""
    if not 0.0 < target_se < 1.0:
        raise InputError(tr_noop("The target standard error of overall accuracy must be between 0 and 1, not "
                                 "{value}."), value=target_se)
    total = sum(weights.values())
    s = sum(w / total * math.sqrt(expected_ua[c] * (1.0 - expected_ua[c])) for c, w in weights.items())
    return max(1, math.ceil((s / target_se) ** 2 - 1e-9))


def _round_to(total: int, shares: dict[int, float]) -> dict[int, int]:
    """Integers proportional to ``shares`` adding up to ``total`` (largest remainder; ties by code)."""
    s = sum(shares.values())
    raw = {c: total * v / s for c, v in shares.items()} if s > 0 else {c: 0.0 for c in shares}
    out = {c: int(math.floor(v)) for c, v in raw.items()}
    left = total - sum(out.values())
    for c in sorted(raw, key=lambda c: (-(raw[c] - out[c]), c))[:left]:
        out[c] += 1
    return out


def allocate(n: int, pixels: dict[int, int], weights: dict[int, float], method: int,
             minimum: int = 0) -> dict[int, int]:
    """Units per stratum (see the module docstring); never more than a stratum's pixel count."""
    codes = sorted(pixels)
    if method == ALLOC_EQUAL:
        alloc = _round_to(n, {c: 1.0 for c in codes})
    elif method == ALLOC_MINIMUM:
        fixed: dict[int, int] = {}
        while True:
            rest = [c for c in codes if c not in fixed]
            left = n - sum(fixed.values())
            if not rest or left <= 0:
                alloc = {**{c: 0 for c in rest}, **fixed}
                break
            prop = _round_to(left, {c: weights[c] for c in rest})
            small = [c for c in rest if prop[c] < minimum]
            if not small:
                alloc = {**prop, **fixed}
                break
            for c in small:
                fixed[c] = minimum
    else:
        alloc = _round_to(n, {c: weights[c] for c in codes})
    return {c: min(alloc[c], pixels[c]) for c in codes}


@dataclass
class StratumCounts:
    pixels: dict[int, int]          # pixels per stratum code
    areas_m2: dict[int, float]      # true area per stratum code
    per_block: dict[int, dict[int, int]]  # block index -> {code: pixels}
    grid: Grid
    nodata_pixels: int


def _codes(block: engine.Block, name: str) -> np.ndarray:
    codes = block.data[0][0]
    if codes.dtype.kind == "f":
        vals = codes[block.mask]
        if vals.size and not np.array_equal(vals, np.round(vals)):
            raise InputError(tr_noop("The raster {layer} holds decimal values; a sample design needs a categorical "
                                     "raster of whole-number codes."), layer=name)
    return codes


def count_strata(raster: RasterInput, **engine_options) -> StratumCounts:
    """Pixels and true area of every stratum code, in total and per block (first pass of the draw)."""
    info = describe(raster)
    areas = PixelAreas(info.grid, layer_name=raster.name)
    per_block: dict[int, dict[int, int]] = {}
    pixels: dict[int, int] = {}
    area_sums: dict[int, float] = {}
    nodata = [0]

    def kernel(block: engine.Block):
        codes = _codes(block, raster.name)
        v = codes[block.mask].astype(np.int64)
        a = areas.block(block.row0, block.col0, block.rows, block.cols)[block.mask]
        uniq, inv = np.unique(v, return_inverse=True)
        counts = np.bincount(inv, minlength=uniq.size)
        sums = np.bincount(inv, weights=a, minlength=uniq.size)
        return ({int(c): int(k) for c, k in zip(uniq, counts)}, {int(c): float(s) for c, s in zip(uniq, sums)},
                int((~block.mask).sum()))

    def collect(block, value):
        counts, sums, nd = value
        per_block[block.index] = counts
        for c, k in counts.items():
            pixels[c] = pixels.get(c, 0) + k
            area_sums[c] = area_sums.get(c, 0.0) + sums[c]
        nodata[0] += nd

    engine.run(kernel, [raster], block_shape=BLOCK, collect=collect, **engine_options)
    return StratumCounts(pixels, area_sums, per_block, info.grid, nodata[0])


@dataclass
class SamplePoint:
    point_id: int
    row: int
    col: int
    x: float
    y: float
    stratum: int
    map_class: int
    pixel_area_ha: float
    inclusion_probability: float
    stratum_pixels: int


def draw(strata: RasterInput, counts: StratumCounts, allocation: dict[int, int], seed: int,
         map_raster: RasterInput | None = None, **engine_options) -> list[SamplePoint]:
    """The stratified random sample: ``allocation[code]`` distinct pixels of each stratum, as points at pixel
    centres (second pass). ``map_raster`` (same grid) gives each point's map class when strata are not the map."""
    rng = np.random.default_rng(seed)
    chosen: dict[int, dict[int, np.ndarray]] = {}  # block -> code -> local ranks within the block
    for code in sorted(allocation):
        n, total = allocation[code], counts.pixels[code]
        if n <= 0:
            continue
        ranks = np.sort(rng.choice(total, size=n, replace=False))
        offset = 0
        for index in sorted(counts.per_block):
            k = counts.per_block[index].get(code, 0)
            if k:
                local = ranks[(ranks >= offset) & (ranks < offset + k)] - offset
                if local.size:
                    chosen.setdefault(index, {})[code] = local
                offset += k
    areas = PixelAreas(counts.grid, layer_name=strata.name)
    gt = counts.grid.geotransform
    inputs = [strata] + ([map_raster] if map_raster is not None else [])
    points: list[SamplePoint] = []

    def kernel(block: engine.Block):
        picks = chosen.get(block.index)
        if not picks:
            return []
        codes = _codes(block, strata.name)
        valid = block.valid[0][0]
        flat_codes = np.where(valid, codes, np.iinfo(np.int64).min).astype(np.int64).ravel()
        map_codes = block.data[1][0].ravel() if map_raster is not None else None
        map_valid = block.valid[1][0].ravel() if map_raster is not None else None
        cell = areas.block(block.row0, block.col0, block.rows, block.cols).ravel()
        out = []
        for code, local in picks.items():
            where = np.flatnonzero(flat_codes == code)[local]
            for pos in where:
                r, c = divmod(int(pos), block.cols)
                if map_codes is not None and not map_valid[pos]:
                    mc = None
                else:
                    mc = int(map_codes[pos]) if map_codes is not None else int(code)
                out.append((block.row0 + r, block.col0 + c, int(code), mc, float(cell[pos]) / 1e4))
        return out

    def collect(block, value):
        for row, col, code, mc, area_ha in value:
            x = gt[0] + (col + 0.5) * gt[1] + (row + 0.5) * gt[2]
            y = gt[3] + (col + 0.5) * gt[4] + (row + 0.5) * gt[5]
            points.append(SamplePoint(0, row, col, x, y, code, mc, area_ha,
                                      allocation[code] / counts.pixels[code], counts.pixels[code]))

    engine.run(kernel, inputs, block_shape=BLOCK, collect=collect, propagate_nodata=False,
               **{k: v for k, v in engine_options.items() if k != "reference"})
    unmapped = sum(1 for p in points if p.map_class is None)
    if unmapped:
        raise InputError(tr_noop("{count} sample point(s) fall on nodata of the map {layer} although their stratum "
                                 "has a value: give a map that covers the strata raster."), count=unmapped,
                         layer=map_raster.name if map_raster else strata.name)
    points.sort(key=lambda p: (p.row, p.col))
    ids = np.random.default_rng(seed + 1).permutation(len(points)) + 1  # ids in random order: no stratum runs
    for p, pid in zip(points, ids):
        p.point_id = int(pid)
    points.sort(key=lambda p: p.point_id)
    return points


def values_at(raster: RasterInput, xs, ys) -> tuple[np.ndarray, np.ndarray]:
    """Values of band ``raster.bands[0]`` at points given in the raster's CRS, and whether each is valid (inside the
    raster and not nodata)."""
    info = describe(raster)
    ds = open_raster(info.path, info.name)
    try:
        band = ds.GetRasterBand(info.bands[0])
        nodata = info.nodata[0]
        gt = info.grid.geotransform
        values = np.zeros(len(xs), dtype=np.int64)
        valid = np.zeros(len(xs), dtype=bool)
        for i, (x, y) in enumerate(zip(xs, ys)):
            col = int(math.floor((x - gt[0]) / gt[1]))
            row = int(math.floor((y - gt[3]) / gt[5]))
            if not (0 <= col < info.grid.width and 0 <= row < info.grid.height):
                continue
            v = float(call(band.ReadAsArray, col, row, 1, 1)[0, 0])
            if (nodata is not None and v == nodata) or math.isnan(v):
                continue
            values[i], valid[i] = int(round(v)), True
        return values, valid
    finally:
        ds = None
        release(info)
