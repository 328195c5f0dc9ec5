"""Vegetation cover loss between two dates (a national degradation criterion, DOMAIN.md section 3).

Two ways of saying what vegetation is:

* **Land cover** (:data:`MODE_LANDCOVER`): two land-cover maps and the codes that count as natural vegetation.
  Loss = natural at the initial date and not natural at the final date.
* **Tree cover** (:data:`MODE_TREECOVER`): two tree-cover percentage maps (0-100). Loss = the decrease
  initial - final is at least the threshold, in percentage points (*default* 10; a decrease on the threshold, within
  the rounding tolerance of :mod:`.breaks`, is a loss). The amount lost is
  ``max(initial - final, 0)`` (Float32, before any threshold or patch filter). Differences are taken in double
  precision from the stored values. Values outside 0-100 stop the run with the range found.

Loss is 1, no loss 0 (Byte, nodata 255 where either map is nodata). With a minimum patch size, loss patches
(8-connected) of fewer pixels are set to 0, exactly across block edges (:mod:`.patches`, two passes). The lost
area is summed with true ellipsoidal pixel areas, overall and per zone.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .breaks import reaches
from .errors import InputError, tr_noop
from .output import RasterOutput
from .patches import PatchSieve, label_block, survey
from .rasters import RasterInput, describe
from .zonal import AreaAccumulator
from .zones import ZoneSet

MODE_LANDCOVER, MODE_TREECOVER = 0, 1
LOSS_NODATA = 255
AMOUNT_NODATA = -9999.0
DEFAULT_THRESHOLD = 10.0
LOSS_BYTES_PER_PIXEL = 48
"""Bytes per pixel the kernels use with their temporaries (labelling): sets the block size."""
AREA_FIELDS = [("level", "str"), ("zone", "str"), ("loss_ha", "float"), ("no_loss_ha", "float"),
               ("nodata_ha", "float"), ("loss_share", "float")]


def parse_codes(text, parameter: str) -> list[int]:
    """Whole-number codes from a list or a string such as ``"1, 2 4;5"``; :class:`InputError` otherwise."""
    if isinstance(text, (list, tuple)):
        parts = [str(p) for p in text]
    else:
        parts = [p for p in re.split(r"[,;\s]+", str(text or "").strip()) if p]
    codes = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not value.is_integer():
            raise InputError(tr_noop("The codes in {parameter} must be whole numbers separated by commas "
                                     "(e.g. 1,2,4); '{value}' is not."), parameter=parameter, value=part)
        codes.append(int(value))
    return sorted(set(codes))


@dataclass
class CoverLossResult:
    loss_m2: float = 0.0
    no_loss_m2: float = 0.0
    nodata_m2: float = 0.0
    rows: list[tuple] = field(default_factory=list)
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    areas_known: bool = True

    @property
    def loss_ha(self) -> float:
        return self.loss_m2 / 1e4


class _RangeCheck:
    """Smallest and largest valid tree-cover value seen per input (refused when outside 0-100)."""

    def __init__(self, names):
        self.names = list(names)
        self.lo = [math.inf] * len(self.names)
        self.hi = [-math.inf] * len(self.names)

    @staticmethod
    def measure(values: list[np.ndarray], valid: list[np.ndarray]) -> list[tuple[float, float]]:
        out = []
        for v, ok in zip(values, valid):
            sel = v[ok]
            out.append((float(sel.min()), float(sel.max())) if sel.size else (math.inf, -math.inf))
        return out

    def add(self, found) -> None:
        for i, (lo, hi) in enumerate(found):
            self.lo[i], self.hi[i] = min(self.lo[i], lo), max(self.hi[i], hi)

    def raise_if_any(self) -> None:
        for name, lo, hi in zip(self.names, self.lo, self.hi):
            if lo < 0 or hi > 100:
                raise InputError(tr_noop("The tree-cover layer {layer} holds values from {low} to {high}; tree "
                                         "cover must be a percentage from 0 to 100. Rescale it (e.g. multiply "
                                         "fractions by 100) or choose the right layer."), layer=name,
                                 low=f"{lo:g}", high=f"{hi:g}")


def _loss(mode: int, a: np.ndarray, b: np.ndarray, ok: np.ndarray, codes, threshold: float):
    """(loss bool, amount float32 or None) for one block of valid pixels ``ok``."""
    if mode == MODE_LANDCOVER:
        return ok & np.isin(a, codes) & ~np.isin(b, codes), None
    diff = a.astype(np.float64) - b.astype(np.float64)
    return ok & reaches(diff, threshold), np.where(ok, np.maximum(diff, 0.0), AMOUNT_NODATA).astype(np.float32)


def run_cover_loss(initial: RasterInput, final: RasterInput, out: RasterOutput, *, mode: int = MODE_LANDCOVER,
                   natural_codes=(), threshold: float = DEFAULT_THRESHOLD, min_patch: int = 0,
                   amount: RasterOutput | None = None, zones: ZoneSet | None = None,
                   block_shape: tuple[int, int] | None = None, progress=None, is_cancelled=None,
                   **engine_options) -> CoverLossResult:
    """Write the loss layer (and the amount lost); return the lost area overall and per zone.

    ``min_patch`` <= 1 keeps every loss pixel; otherwise a first pass over the blocks measures the patches
    (:class:`.patches.PatchSieve`) and the second writes the filtered layer.
    """
    codes = np.asarray(parse_codes(natural_codes, "natural codes"))
    if mode == MODE_LANDCOVER and codes.size == 0:
        raise InputError(tr_noop("Give the land-cover codes that count as natural vegetation (e.g. 1,2,4)."))
    if mode == MODE_TREECOVER and not (math.isfinite(threshold) and 0 < threshold <= 100):
        raise InputError(tr_noop("The loss threshold must be more than 0 and at most 100 percentage points, not "
                                 "{value}."), value=f"{threshold:g}")
    if amount is not None and mode != MODE_TREECOVER:
        amount = None
    inputs = [initial, final]
    grid = describe(initial).grid
    if block_shape is None:
        block_shape = engine.choose_block_shape(grid, LOSS_BYTES_PER_PIXEL)
    srs = grid.srs
    areas_known = srs is not None and (srs.IsGeographic() or srs.IsProjected())
    acc = AreaAccumulator(grid, zones, initial.name) if areas_known else None
    sieve = PatchSieve(min_patch, grid.width) if min_patch > 1 else None
    check = _RangeCheck([initial.name, final.name]) if mode == MODE_TREECOVER else None
    passes = 2 if sieve else 1

    def stage(k):
        return (lambda f: progress((k + f) / passes)) if progress else None

    def block_loss(block: engine.Block):
        a, b = block.data[0][0], block.data[1][0]
        return _loss(mode, a, b, block.mask, codes, threshold)

    if sieve is not None:
        def survey_kernel(block: engine.Block):
            loss, _ = block_loss(block)
            labels, sizes = label_block(loss)
            return survey(block.row0, block.col0, labels, sizes)

        engine.run(survey_kernel, inputs, [], collect=lambda block, s: sieve.add(s), block_shape=block_shape,
                   progress=stage(0), is_cancelled=is_cancelled, **engine_options)
        sieve.finish()

    def kernel(block: engine.Block):
        loss, lost = block_loss(block)
        if sieve is not None:
            loss = sieve.keep(block.row0, block.col0, *label_block(loss))
        arrays = [np.where(block.mask, loss, LOSS_NODATA).astype(np.uint8)]
        if amount is not None:
            arrays.append(lost)
        found = check.measure([block.data[0][0], block.data[1][0]], [block.mask, block.mask]) if check else None
        parts = acc.parts(block.row0, block.col0, loss.astype(np.uint8), block.mask) if acc else None
        return engine.BlockResult(arrays, (parts, found))

    def collect(block, value):
        parts, found = value
        if acc is not None:
            acc.add(parts)
        if check is not None:
            check.add(found)

    outputs = [out] + ([amount] if amount is not None else [])
    engine.run(kernel, inputs, outputs, collect=collect, block_shape=block_shape, progress=stage(passes - 1),
               is_cancelled=is_cancelled, before_commit=check.raise_if_any if check else None, **engine_options)
    if acc is None:
        return CoverLossResult(areas_known=False)
    result = CoverLossResult(warnings=acc.warnings())
    for level, zone, classes, nodata in acc.groups():
        loss_m2, no_m2 = classes.get(1, 0.0), classes.get(0, 0.0)
        share = loss_m2 / (loss_m2 + no_m2) if loss_m2 + no_m2 > 0 else None
        result.rows.append((level, zone, loss_m2 / 1e4, no_m2 / 1e4, nodata / 1e4, share))
        if level == "total":
            result.loss_m2, result.no_loss_m2, result.nodata_m2 = loss_m2, no_m2, nodata
    return result
