"""Values of a block for per-unit statistics: unit ids, pixel means over bands, samples, block sizing.

Shared by :mod:`.percentiles` (exact per-unit percentiles) and :mod:`.performance`; everything here works on one
block at a time, so nothing grows with the raster.
"""
from __future__ import annotations

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .grid import Grid
from .rasters import RasterInput, describe

WORK_BYTES_PER_PIXEL = 112
"""Temporaries of the kernels of this module and of :mod:`.performance` per pixel of a block (means, ids, sort
indexes); blocks are sized so that raw pixels plus these stay within the engine's block budget."""


def block_options(inputs: list[RasterInput], engine_options: dict, out_bytes: int = 0) -> dict:
    """``engine_options`` with a ``block_shape`` sized for these kernels' temporaries (unless one was given)."""
    if engine_options.get("block_shape"):
        return engine_options
    infos = [describe(i) for i in inputs]
    ref = engine_options.get("reference")
    grid = ref if isinstance(ref, Grid) else infos[ref if isinstance(ref, int) else 0].grid
    raw = sum(len(i.bands) * (i.dtype.itemsize + 1) for i in infos) + out_bytes
    return {**engine_options, "block_shape": engine.choose_block_shape(grid, raw + WORK_BYTES_PER_PIXEL)}


def group_stats(keys: np.ndarray, values: np.ndarray):
    """Sorted unique keys with the count, minimum and maximum of their values."""
    if keys.size == 0:
        empty = np.empty(0)
        return keys.astype(np.int64), empty.astype(np.int64), empty, empty
    order = np.argsort(keys, kind="stable")
    k, v = keys[order], values[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    counts = np.diff(np.r_[starts, k.size])
    return k[starts].astype(np.int64), counts, np.minimum.reduceat(v, starts), np.maximum.reduceat(v, starts)


def unit_ids(block: engine.Block, index: int, layer: str) -> tuple[np.ndarray, np.ndarray]:
    """Unit ids (the file's integer type, int64 for float files) and their validity from input ``index`` of a block;
    non-whole ids are refused."""
    u = block.core(block.data[index])[0]
    ok = block.core(block.valid[index])[0]
    if u.dtype.kind == "f":
        ok = ok & np.isfinite(u)
        bad = ok & (u != np.floor(u))
        if bad.any():
            raise InputError(tr_noop("The land units layer {layer} holds values that are not whole numbers (e.g. "
                                     "{value}). Land units must be whole-number ids."), layer=layer,
                             value=f"{float(u[bad][0]):g}")
        return np.where(ok, u, 0).astype(np.int64), ok
    return u, ok


def pixel_means(block: engine.Block, count: int, scale=None, offset=None) -> tuple[np.ndarray, np.ndarray]:
    """Per-pixel mean of the valid, finite bands of inputs 0..count-1 (float64) and where it exists.

    ``scale``/``offset`` (one number per band, in order) convert each band's values before they are summed.
    """
    total = np.zeros((block.rows, block.cols))
    n = np.zeros((block.rows, block.cols), dtype=np.int16 if count_bands(block, count) < 32767 else np.int32)
    k = 0
    for i in range(count):
        data, valid = block.core(block.data[i]), block.core(block.valid[i])
        for b in range(data.shape[0]):
            ok = valid[b] & np.isfinite(data[b]) if data.dtype.kind == "f" else valid[b]
            values = data[b] if scale is None else data[b] * float(scale[k]) + float(offset[k])
            total += np.where(ok, values, 0)
            n += ok
            k += 1
    has = n > 0
    np.divide(total, n, out=total, where=has)
    return total, has


def count_bands(block: engine.Block, count: int) -> int:
    return sum(block.data[i].shape[0] for i in range(count))


def block_samples(block: engine.Block, count: int, mean_of_bands: bool, units_name: str, with_present=False):
    """(values, unit ids[, ids of every pixel with a unit]) of one block: inputs 0..count-1 are values, the last
    input the units."""
    ids, has_unit = unit_ids(block, count, units_name)
    present = ids[has_unit] if with_present else None
    if mean_of_bands:
        mean, has = pixel_means(block, count)
        keep = has & has_unit
        return mean[keep], ids[keep], present
    values, units = [], []
    for i in range(count):
        data, valid = block.core(block.data[i]), block.core(block.valid[i])
        for b in range(data.shape[0]):
            ok = valid[b] & has_unit
            if data.dtype.kind == "f":
                ok &= np.isfinite(data[b])
            values.append(data[b][ok].astype(np.float64))
            units.append(ids[ok])
    return np.concatenate(values), np.concatenate(units), present
