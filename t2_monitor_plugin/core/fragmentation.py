"""Forest fragmentation per pixel after Riitters et al. (2000) (DOMAIN.md section 3).

Input: a binary forest map (1 forest, 0 non-forest) or a land-cover map with the codes that are forest. For every
pixel, over the square window of odd side ``w`` (*default* 3) centred on it:

* ``Pf``  = forest cells / valid cells of the window;
* ``Pff`` = among the horizontally or vertically adjacent cell pairs that lie entirely inside the window, have both
  cells valid and at least one forest cell, the share whose two cells are both forest.

Only cells inside the raster and not nodata count: near the raster edge and next to nodata, Pf and Pff are computed
over the valid part of the window. A nodata pixel stays nodata in every output (its window still informs its
neighbours through their own windows). Pff is nodata when no pair of the window has a forest cell.

Classes (only forest pixels; Byte, nodata 255):

==== ============= ==========================================================
code class         rule
==== ============= ==========================================================
0    non-forest    the pixel is not forest
1    patch         Pf < 0.4
2    transitional  0.4 <= Pf < 0.6
3    edge          Pf >= 0.6 and Pf - Pff < 0
4    perforated    Pf >= 0.6 and Pf - Pff > 0
5    undetermined  Pf >= 0.6 and Pf = Pff (or Pff undefined: only with nodata around)
6    interior      Pf = 1
==== ============= ==========================================================

All comparisons use exact integer arithmetic on the counts (f forest, v valid, b both-forest pairs, a pairs with
a forest cell): Pf = 1 is f = v, Pf < 0.4 is 5f < 2v, Pf < 0.6 is 5f < 3v, sign(Pf - Pff) = sign(f·a - b·v).

Cost per pixel does not depend on the window: the counts are window sums of 0/1 arrays read from 2-D cumulative
sums (summed-area tables) of the block plus a halo of ``w // 2`` pixels. A horizontal pair (r, c)-(r, c+1) lies in
the window of rows i..i+w-1 and columns j..j+w-1 when i <= r <= i+w-1 and j <= c <= j+w-2, so the pair arrays are
summed over w x (w-1) (horizontal) and (w-1) x w (vertical) windows.
"""
from __future__ import annotations

import numpy as np

from . import engine
from .errors import InputError, capped, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe

NON_FOREST, PATCH, TRANSITIONAL, EDGE, PERFORATED, UNDETERMINED, INTERIOR = 0, 1, 2, 3, 4, 5, 6
CLASS_LABELS = {NON_FOREST: "Non-forest", PATCH: "Patch", TRANSITIONAL: "Transitional", EDGE: "Edge",
                PERFORATED: "Perforated", UNDETERMINED: "Undetermined", INTERIOR: "Interior"}
CLASS_NODATA = 255
RATIO_NODATA = -9999.0
DEFAULT_WINDOW = 3
MAX_WINDOW = 201
FRAG_BYTES_PER_PIXEL = 64
"""Bytes per pixel of the kernel with its summed-area tables: sets the block size."""


def check_window(window: int, grid=None, layer: str = "") -> int:
    """The window side, refused unless odd, 3..MAX_WINDOW and not larger than the raster."""
    if int(window) != window or window < 3 or window % 2 == 0 or window > MAX_WINDOW:
        raise InputError(tr_noop("The window size must be an odd whole number of pixels from 3 to {maximum} "
                                 "(3, 5, 7, ...), not {window}."), maximum=MAX_WINDOW, window=window)
    if grid is not None and window > min(grid.width, grid.height):
        raise InputError(tr_noop("The window size {window} is larger than the raster {layer} ({width} x {height} "
                                 "pixels). Choose a smaller window."), window=window, layer=layer,
                         width=grid.width, height=grid.height)
    return int(window)


def window_sums(values: np.ndarray, win_rows: int, win_cols: int, rows: int, cols: int) -> np.ndarray:
    """Sums of ``values`` over the win_rows x win_cols windows whose top-left cell is (i, j), i < rows, j < cols."""
    sat = np.zeros((values.shape[0] + 1, values.shape[1] + 1), np.int32)
    np.cumsum(values, axis=0, dtype=np.int32, out=sat[1:, 1:])
    np.cumsum(sat[1:, 1:], axis=1, out=sat[1:, 1:])
    out = sat[win_rows:win_rows + rows, win_cols:win_cols + cols] - sat[:rows, win_cols:win_cols + cols]
    out -= sat[win_rows:win_rows + rows, :cols]
    out += sat[:rows, :cols]
    return out


def window_counts(forest: np.ndarray, valid: np.ndarray, window: int) -> tuple[np.ndarray, ...]:
    """(f, v, b, a) per core pixel of an array padded by ``window // 2`` on every side (see the module docstring)."""
    rows, cols = forest.shape[0] - window + 1, forest.shape[1] - window + 1
    forest = forest & valid
    f = window_sums(forest, window, window, rows, cols)
    v = window_sums(valid, window, window, rows, cols)
    h_ok = valid[:, :-1] & valid[:, 1:]
    v_ok = valid[:-1, :] & valid[1:, :]
    both = window_sums(forest[:, :-1] & forest[:, 1:], window, window - 1, rows, cols)
    both += window_sums(forest[:-1, :] & forest[1:, :], window - 1, window, rows, cols)
    anyf = window_sums(h_ok & (forest[:, :-1] | forest[:, 1:]), window, window - 1, rows, cols)
    anyf += window_sums(v_ok & (forest[:-1, :] | forest[1:, :]), window - 1, window, rows, cols)
    return f, v, both, anyf


def classify(is_forest: np.ndarray, f: np.ndarray, v: np.ndarray, b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Fragmentation classes (uint8) from the window counts; non-forest pixels get 0."""
    f, v, b, a = (x.astype(np.int64) for x in (f, v, b, a))
    sign = np.sign(f * a - b * v)
    cls = np.where(sign < 0, EDGE, np.where(sign > 0, PERFORATED, UNDETERMINED))
    cls = np.where(a == 0, UNDETERMINED, cls)
    cls = np.where(5 * f < 3 * v, TRANSITIONAL, cls)
    cls = np.where(5 * f < 2 * v, PATCH, cls)
    cls = np.where(f == v, INTERIOR, cls)
    return np.where(is_forest, cls, NON_FOREST).astype(np.uint8)


def run_fragmentation(forest_map: RasterInput, out: RasterOutput, *, window: int = DEFAULT_WINDOW,
                      forest_codes=None, pf: RasterOutput | None = None, pff: RasterOutput | None = None,
                      block_shape: tuple[int, int] | None = None, **engine_options) -> engine.RunSummary:
    """Write the fragmentation classes (and optionally Pf and Pff, Float32) of a forest map.

    ``forest_codes`` None: the map is binary and valid values other than 0 and 1 stop the run, listing them.
    """
    grid = describe(forest_map).grid
    window = check_window(window, grid, forest_map.name)
    halo = window // 2
    codes = None if forest_codes is None else np.asarray(list(forest_codes))
    if codes is not None and codes.size == 0:
        raise InputError(tr_noop("No forest code was given for the land-cover map {layer}. Give the land-cover "
                                 "codes that are forest (e.g. 1)."), layer=forest_map.name)
    if block_shape is None:
        block_shape = engine.choose_block_shape(grid, FRAG_BYTES_PER_PIXEL, halo)
    forest_map.bands = forest_map.bands or [1]
    unexpected: set = set()

    def kernel(block: engine.Block):
        data, valid = block.data[0][0], block.valid[0][0]
        if codes is None:
            bad = valid & (data != 0) & (data != 1)
            found = set(np.unique(data[bad]).tolist()) if bad.any() else set()
            forest = valid & (data == 1)
        else:
            found = set()
            forest = valid & np.isin(data, codes)
        f, v, b, a = window_counts(forest, valid, window)
        core_forest = block.core(forest)
        arrays = [classify(core_forest, f, v, b, a)]
        if pf is not None:
            with np.errstate(divide="ignore", invalid="ignore"):
                arrays.append(np.where(v > 0, f / np.maximum(v, 1), RATIO_NODATA).astype(np.float32))
        if pff is not None:
            arrays.append(np.where(a > 0, b / np.maximum(a, 1), RATIO_NODATA).astype(np.float32))
        return engine.BlockResult(arrays, found)

    def raise_unexpected():
        if unexpected:
            raise InputError(tr_noop("The forest map {layer} holds values {values}; a binary forest map must hold "
                                     "only 1 (forest) and 0 (non-forest). For a land-cover map, choose the "
                                     "land-cover input type and give the forest codes."), layer=forest_map.name,
                             values=capped(sorted(unexpected), fmt=lambda x: f"{x:g}"))

    outputs = [out] + [o for o in (pf, pff) if o is not None]
    return engine.run(kernel, [forest_map], outputs, halo=halo, block_shape=block_shape,
                      collect=lambda block, found: unexpected.update(found), before_commit=raise_unexpected,
                      **engine_options)
