"""Exact percentiles of raster values per land unit over the whole raster, with memory bounded by the number of units.

**Definition.** For every unit u (a whole-number id of the units raster) let S_u be the values of its pixels. With
``mean_of_bands`` (the default) the value of a pixel is the mean of its valid bands (the valid values summed in band
order, divided by their count); pixels without any valid band are left out. Without it every valid band value of the
pixel is one sample of its unit. Non-finite values and pixels without a unit are left out. The percentile of u is
exactly ``np.percentile(S_u, q)`` (numpy's default "linear" method): with n = |S_u|, h = (n - 1) * q / 100,
k = floor(h), a and b the order statistics of ranks k and k + 1 (0-based; b = a when k >= n - 1), g = h - k, the
result is a + (b - a) * g when g < 0.5, else b - (b - a) * (1 - g) — the floating-point operations numpy uses, so
the numbers are identical, not merely close.

**Method** (selection by histogram refinement; every pass is one block run of the engine):

1. Statistics pass: per unit, the count, minimum and maximum of its values (merged block by block).
2. Each unit needs the order statistics of ranks k and k + 1. A *query* holds a unit, a closed value interval
   [lo, hi] known to contain the ranks it still needs, and the number of the unit's values below lo; at first
   [lo, hi] = [min, max].

   - lo == hi: every value of the interval is lo, which answers the query without reading anything (a unit of
     millions of identical values costs nothing).
   - few enough values (all collected queries together within :data:`COLLECT_VALUES`): the next pass collects the
     values of the interval; they are sorted and the ranks read off.
   - else the next pass builds a histogram of B bins over [lo, hi] with count, minimum and maximum per bin; the bin
     of a value is floor((v - lo) / (hi - lo) * B) clipped to B - 1, a monotone function of v computed identically in
     every block and thread. Cumulative counts give the bin of each rank; the new interval is [min, max] of that bin,
     which holds exactly the values of the bin. lo falls in bin 0 and hi in bin B - 1, so each pass strictly reduces
     the distinct values of a query, and a bin of equal values ends with min == max.
3. Step 2 repeats until every query is answered: typically three passes (statistics, histogram, collection), two
   for units whose values fit the collection budget.

**Memory** is never per pixel across blocks. Between blocks the selector holds four numbers per unit, B bins of
three numbers per histogram query (:data:`HIST_CELLS` cells in all, B >= :data:`MIN_BINS`) and the collected values
(at most :data:`COLLECT_VALUES` in all). Within a block the kernels use a few arrays of the block's size.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from . import engine
from .errors import InputError, T2Error, tr_noop
from .rasters import RasterInput
from .unitvalues import block_options, block_samples, group_stats

HIST_CELLS = 1 << 20
"""Histogram cells (bins x histogram queries) kept between blocks in one pass."""
COLLECT_VALUES = 1 << 20
"""Values (float64) collected in one pass, at most (8 MB); larger queries are refined by histogram first."""
MIN_BINS, MAX_BINS = 16, 1024
MAX_PASSES = 200



def rank_positions(n: int, q: float) -> tuple[float, int, int]:
    """(h, k, k + 1) of numpy's linear method for n values; both ranks are n - 1 when h >= n - 1."""
    h = (n - 1) * (q / 100.0)
    if h >= n - 1:
        return h, n - 1, n - 1
    k = math.floor(h)
    return h, k, k + 1


def interpolate(a: float, b: float, h: float, k: int) -> float:
    """numpy's linear interpolation between the order statistics a (rank k) and b (rank k + 1)."""
    g = h - k
    d = b - a
    return b - d * (1.0 - g) if g >= 0.5 else a + d * g


@dataclass
class _Query:
    unit: int          # index into the unit arrays
    lo: float
    hi: float
    below: int         # values of the unit below lo
    count: int         # values of the unit in [lo, hi]
    ranks: list[int]   # 0-based ranks among all values of the unit


@dataclass
class UnitPercentiles:
    """Result: per unit (sorted ids) the count, min, max and percentile of its values, plus how it was obtained."""

    q: float
    units: np.ndarray
    count: np.ndarray
    minimum: np.ndarray
    maximum: np.ndarray
    value: np.ndarray
    empty_units: list[int] = field(default_factory=list)
    passes: int = 0
    peak_values: int = 0
    peak_hist_cells: int = 0

    def as_dict(self) -> dict[int, float]:
        return {int(u): float(v) for u, v in zip(self.units, self.value)}


class PercentileSelector:
    """Accumulates per-unit statistics, then drives the refinement passes (see the module docstring).

    Kernel-side methods (:meth:`stats_part`, the parts of :meth:`solve`'s passes) are pure functions of their block;
    ``add_*`` methods run in the engine's ``collect`` (calling thread, block order).
    """

    def __init__(self, q: float, layer: str = ""):
        if not 0 <= q <= 100:
            raise InputError(tr_noop("The percentile must be between 0 and 100 (got {value})."), value=q)
        self.q = float(q)
        self.layer = layer
        self.units = np.empty(0, np.int64)
        self.count = np.empty(0, np.int64)
        self.vmin = np.empty(0)
        self.vmax = np.empty(0)
        self.present = np.empty(0, np.int64)

    # statistics pass --------------------------------------------------------------------------------------------
    @staticmethod
    def stats_part(values: np.ndarray, units: np.ndarray, units_present: np.ndarray | None = None):
        """One block's per-unit statistics (kernel side); ``units_present``: ids seen with or without values."""
        present = np.unique(units_present) if units_present is not None else np.empty(0, np.int64)
        return group_stats(units, values), present

    def add_stats(self, part) -> None:
        (keys, counts, mins, maxs), present = part
        if present.size:
            self.present = np.union1d(self.present, present)
        if keys.size == 0:
            return
        idx = np.searchsorted(self.units, keys)
        idx_c = np.minimum(idx, max(self.units.size - 1, 0))
        known = (idx < self.units.size) & (self.units[idx_c] == keys) if self.units.size else np.zeros(keys.size, bool)
        if known.any():
            j = idx[known]
            self.count[j] += counts[known]
            self.vmin[j] = np.minimum(self.vmin[j], mins[known])
            self.vmax[j] = np.maximum(self.vmax[j], maxs[known])
        if not known.all():
            new = ~known
            units = np.concatenate([self.units, keys[new]])
            order = np.argsort(units, kind="stable")
            self.units = units[order]
            self.count = np.concatenate([self.count, counts[new]])[order]
            self.vmin = np.concatenate([self.vmin, mins[new]])[order]
            self.vmax = np.concatenate([self.vmax, maxs[new]])[order]

    # refinement passes ------------------------------------------------------------------------------------------
    def solve(self, run_pass: Callable[[Callable, Callable], None]) -> UnitPercentiles:
        """Answer every unit; ``run_pass(part, add)`` runs one block pass where the kernel returns
        ``part(values, units)`` for its block's samples and ``collect`` calls ``add(result)``."""
        answers: dict[tuple[int, int], float] = {}
        queries = []
        positions = [rank_positions(int(n), self.q) for n in self.count]
        for i, (_h, k, k1) in enumerate(positions):
            queries.append(_Query(i, float(self.vmin[i]), float(self.vmax[i]), 0, int(self.count[i]),
                                  sorted({k, k1})))
        queries = self._settle(queries, answers)
        passes, peak_values, peak_cells = 1, 0, 0
        while queries:
            if passes > MAX_PASSES:
                raise T2Error(tr_noop("The percentile selection did not converge after {passes} passes over the "
                                      "rasters. Please report this problem."), passes=MAX_PASSES)
            plan = _Plan(queries)
            peak_cells = max(peak_cells, plan.hist_cells)
            run_pass(plan.part, plan.add)
            passes += 1
            peak_values = max(peak_values, plan.held)
            queries = self._settle(plan.resolve(answers), answers)
        value = np.array([interpolate(answers[(i, k)], answers[(i, k1)], h, k)
                          for i, (h, k, k1) in enumerate(positions)], dtype=np.float64)
        empty = sorted(set(self.present.tolist()) - set(self.units.tolist()))
        return UnitPercentiles(self.q, self.units, self.count, self.vmin, self.vmax, value, empty, passes,
                               peak_values, peak_cells)

    def _settle(self, queries: list[_Query], answers: dict) -> list[_Query]:
        """Answer queries whose interval holds a single value; check intervals can be binned."""
        open_ = []
        for qu in queries:
            if qu.lo == qu.hi:
                for r in qu.ranks:
                    answers[(qu.unit, r)] = qu.lo
            else:
                if not math.isfinite(qu.hi - qu.lo):
                    raise InputError(tr_noop("The values of {layer} are too large to compute percentiles "
                                             "({low} to {high})."), layer=self.layer, low=qu.lo, high=qu.hi)
                open_.append(qu)
        return open_


class _Plan:
    """One refinement pass: which queries are collected and which are histogrammed, and their results."""

    def __init__(self, queries: list[_Query]):
        by_count = sorted(range(len(queries)), key=lambda i: queries[i].count)
        collect, used = set(), 0
        for i in by_count:
            if used + queries[i].count > COLLECT_VALUES:
                break
            collect.add(i)
            used += queries[i].count
        order = sorted(range(len(queries)), key=lambda i: (queries[i].unit, queries[i].lo))
        self.queries = [queries[i] for i in order]
        self.collected = [i for i, j in enumerate(order) if j in collect]
        self.histogram = [i for i, j in enumerate(order) if j not in collect]
        nh = len(self.histogram)
        self.bins = int(min(MAX_BINS, max(MIN_BINS, HIST_CELLS // max(nh, 1))))
        self.hist_cells = nh * self.bins
        self.q_unit = np.array([q.unit for q in self.queries], dtype=np.int64)
        self.q_lo = np.array([q.lo for q in self.queries])
        self.q_hi = np.array([q.hi for q in self.queries])
        self.q_hist = np.zeros(len(self.queries), dtype=bool)
        self.q_hist[self.histogram] = True
        self.q_slot = np.zeros(len(self.queries), dtype=np.int64)
        self.q_slot[self.histogram] = np.arange(nh)
        self.q_slot[self.collected] = np.arange(len(self.collected))
        _, per_unit = np.unique(self.q_unit, return_counts=True)
        self.max_per_unit = int(per_unit.max()) if per_unit.size else 0
        self.h_count = np.zeros(self.hist_cells, dtype=np.int64)
        self.h_min = np.full(self.hist_cells, np.inf)
        self.h_max = np.full(self.hist_cells, -np.inf)
        self.pieces: list[list[np.ndarray]] = [[] for _ in self.collected]
        self.held = 0

    def lookup(self, values: np.ndarray, unit_index: np.ndarray) -> np.ndarray:
        """Query index of each sample (-1 where none)."""
        qid = np.full(values.shape, -1, dtype=np.int64)
        start = np.searchsorted(self.q_unit, unit_index, "left")
        n = self.q_unit.size
        for off in range(self.max_per_unit):
            j = np.minimum(start + off, n - 1)
            hit = (qid < 0) & (start + off < n) & (self.q_unit[j] == unit_index) & (values >= self.q_lo[j]) & \
                (values <= self.q_hi[j])
            qid[hit] = j[hit]
        return qid

    def part(self, values: np.ndarray, unit_index: np.ndarray):
        """Histogram and collected values of one block (kernel side; ``unit_index`` indexes the unit arrays)."""
        qid = self.lookup(values, unit_index)
        keep = qid >= 0
        values, qid = values[keep], qid[keep]
        is_hist = self.q_hist[qid]
        hist = None
        if is_hist.any():
            hq, hv = qid[is_hist], values[is_hist]
            lo, hi = self.q_lo[hq], self.q_hi[hq]
            b = np.clip(np.floor((hv - lo) / (hi - lo) * self.bins), 0, self.bins - 1).astype(np.int64)
            hist = group_stats(self.q_slot[hq] * self.bins + b, hv)
        coll = None
        if not is_hist.all():
            cq, cv = self.q_slot[qid[~is_hist]], values[~is_hist]
            order = np.argsort(cq, kind="stable")
            cq, cv = cq[order], cv[order]
            starts = np.flatnonzero(np.r_[True, cq[1:] != cq[:-1]])
            coll = (cq[starts], np.split(cv, starts[1:]))
        return hist, coll

    def add(self, result) -> None:
        hist, coll = result
        if hist is not None:
            keys, counts, mins, maxs = hist
            self.h_count[keys] += counts
            self.h_min[keys] = np.minimum(self.h_min[keys], mins)
            self.h_max[keys] = np.maximum(self.h_max[keys], maxs)
        if coll is not None:
            for slot, piece in zip(*coll):
                self.pieces[slot].append(piece)
                self.held += piece.size

    def resolve(self, answers: dict) -> list[_Query]:
        """Answer collected queries; turn histogrammed ones into narrower queries."""
        for slot, qi in enumerate(self.collected):
            qu = self.queries[qi]
            values = np.sort(np.concatenate(self.pieces[slot])) if self.pieces[slot] else np.empty(0)
            if values.size != qu.count:
                raise InputError(tr_noop("The input rasters changed while the percentiles were being computed. "
                                         "Run again once nothing else writes to them."))
            for r in qu.ranks:
                answers[(qu.unit, r)] = float(values[r - qu.below])
        self.pieces = []
        out = []
        for slot, qi in enumerate(self.histogram):
            qu = self.queries[qi]
            sl = slice(slot * self.bins, (slot + 1) * self.bins)
            counts, mins, maxs = self.h_count[sl], self.h_min[sl], self.h_max[sl]
            cum = np.cumsum(counts)
            if cum[-1] != qu.count:
                raise InputError(tr_noop("The input rasters changed while the percentiles were being computed. "
                                         "Run again once nothing else writes to them."))
            by_bin: dict[int, list[int]] = {}
            for r in qu.ranks:
                by_bin.setdefault(int(np.searchsorted(cum, r - qu.below, "right")), []).append(r)
            for b, ranks in by_bin.items():
                below = qu.below + (int(cum[b - 1]) if b else 0)
                out.append(_Query(qu.unit, float(mins[b]), float(maxs[b]), below, int(counts[b]), ranks))
        return out


def _stage_progress(progress, stage: list[int]):
    """Progress of pass i mapped into [1 - 2^-i, 1 - 2^-(i+1)] (the number of passes is not known in advance)."""
    if progress is None:
        return None
    lo, hi = 1 - 0.5 ** stage[0], 1 - 0.5 ** (stage[0] + 1)
    return lambda f: progress(lo + (hi - lo) * f)


def refine(selector: PercentileSelector, value_inputs: list[RasterInput], units: RasterInput, count: int,
           mean_of_bands: bool, progress=None, first_stage: int = 1, **engine_options) -> UnitPercentiles:
    """Run the refinement passes of ``selector`` over ``value_inputs`` + ``units`` (units last)."""
    inputs = [replace(v, mask="none") for v in value_inputs] + [replace(units, mask="none")]
    stage = [first_stage]
    options = block_options(inputs, engine_options)

    def run_pass(part, add):
        unit_array = selector.units

        def kernel(block):
            values, ids = block_samples(block, count, mean_of_bands, units.name)[:2]
            index = np.searchsorted(unit_array, ids)
            known = (index < unit_array.size) & (unit_array[np.minimum(index, unit_array.size - 1)] == ids)
            return part(values[known], index[known])

        engine.run(kernel, inputs, collect=lambda block, value: add(value),
                   progress=_stage_progress(progress, stage), **options)
        stage[0] += 1

    return selector.solve(run_pass)


def unit_percentiles_detailed(values: RasterInput | list[RasterInput], units: RasterInput, q: float = 90.0, *,
                              mean_of_bands: bool = True, **engine_options) -> UnitPercentiles:
    """:func:`unit_percentiles` with counts, minima, maxima, units without values and pass statistics."""
    values = [values] if isinstance(values, RasterInput) else list(values)
    selector = PercentileSelector(q, values[0].name if values else "")
    progress = engine_options.pop("progress", None)
    inputs = [replace(v, mask="none") for v in values] + [replace(units, mask="none")]

    def kernel(block):
        v, u, present = block_samples(block, len(values), mean_of_bands, units.name, with_present=True)
        return selector.stats_part(v, u, present)

    engine.run(kernel, inputs, collect=lambda block, part: selector.add_stats(part),
               progress=_stage_progress(progress, [0]), **block_options(inputs, engine_options))
    return refine(selector, values, units, len(values), mean_of_bands, progress, **engine_options)


def unit_percentiles(values: RasterInput | list[RasterInput], units: RasterInput, q: float = 90.0, *,
                     mean_of_bands: bool = True, **engine_options) -> dict[int, float]:
    """The q-th percentile of the values of every land unit over the whole raster, {unit id: percentile}.

    ``values`` is one raster or a list of rasters (e.g. one per year) on the units' grid (or aligned with
    ``reference``); see the module docstring for the definition (identical to ``np.percentile`` of each unit's
    values) and the memory bound. Units present in the units raster but without any valid value are not in the
    result (:func:`unit_percentiles_detailed` lists them).
    """
    return unit_percentiles_detailed(values, units, q, mean_of_bands=mean_of_bands, **engine_options).as_dict()
