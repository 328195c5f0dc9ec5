"""Land productivity state (SDG 15.3.1): decile class of the recent mean against the pixel's own baseline.

Method (UNCCD Good Practice Guidance, as in Trends.Earth; DOMAIN.md section 2), per pixel:

* the baseline period's valid values (years with nodata left out) give 9 cut points, their 10, 20, ... 90 %
  percentiles with numpy's default linear interpolation (``np.percentile(values, [10, ..., 90])``: virtual index
  ``(n-1) q``, interpolation between its two neighbours in the sorted values);
* a value's decile class is ``1 + (number of cut points strictly below it)``: class 1 up to and including the 10 %
  cut, class k for ``cut_(k-1) < value <= cut_k``, class 10 above the 90 % cut. A value equal to a cut point falls in
  the lower class (Trends.Earth's ``lte``/``gt`` rule; ``np.digitize(value, cuts, right=True) + 1``). So a pixel
  whose baseline values are all equal has every cut equal to its mean: its baseline class is 1, and any recent mean
  above it is class 10;
* baseline class = class of the baseline mean, recent class = class of the recent-period mean (valid years only);
* change = recent class - baseline class (-9..+9); change <= -threshold -> -1, >= +threshold -> +1, else 0.

A pixel with fewer than ``min_years`` valid baseline years or fewer than ``min_recent_years`` valid recent years is
nodata. Classes do not depend on the units (a common positive scale and offset keep every order), so stored values
are used directly when all bands share their scale and offset, which keeps integer means exact.
"""
from __future__ import annotations

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import DEGRADED, IMPROVED, NODATA, STABLE
from .timeseries import (
    TOO_FEW,
    StackSummary,
    band_scaling,
    check_inputs_have_data,
    check_years,
    input_has_data,
    pixel_chunks,
    stack_arrays,
)
from .zonal import grid_accumulator

DECILES = np.array([10, 20, 30, 40, 50, 60, 70, 80, 90]) / 100
CHUNK_BYTES = 16 * 2**20


def decile_cuts(values: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 9 decile cut points (9, N) of each pixel's valid values in (years, N) ``values``, and n (N,).

    Bit for bit ``np.percentile(valid_values, [10, ..., 90])`` (same virtual index and interpolation formula); NaN
    where a pixel has no valid value.
    """
    values = np.asarray(values, dtype=np.float64)
    valid = np.asarray(valid, dtype=bool)
    n = valid.sum(axis=0, dtype=np.int64)
    rows = np.where(valid, values, np.inf).T.copy()  # (N, years), invalid sorted last
    rows.sort(axis=1)
    virtual = (n - 1)[np.newaxis, :] * DECILES[:, np.newaxis]  # (9, N)
    prev = np.floor(virtual)
    gamma = virtual - prev
    prev = np.clip(prev.astype(np.int64), 0, None)
    nxt = np.minimum(prev + 1, np.maximum(n - 1, 0))
    a = np.take_along_axis(rows, prev.T, axis=1).T
    b = np.take_along_axis(rows, nxt.T, axis=1).T
    with np.errstate(invalid="ignore"):
        diff = b - a
        cuts = a + diff * gamma
        upper = gamma >= 0.5
        cuts[upper] = (b - diff * (1 - gamma))[upper]
    cuts[:, n == 0] = np.nan
    return cuts, n


def decile_class(x: np.ndarray, cuts: np.ndarray) -> np.ndarray:
    """Decile class 1..10 of ``x`` (N,) against ``cuts`` (9, N): 1 + number of cuts strictly below ``x``."""
    return (1 + (cuts < x[np.newaxis, :]).sum(axis=0)).astype(np.int16)


def period_mean(values: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the valid values per pixel of (years, N) ``values`` and their number (NaN mean when none)."""
    n = valid.sum(axis=0, dtype=np.int64)
    total = np.where(valid, values, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return total / n, n


def state_classes(values: np.ndarray, valid: np.ndarray, baseline_rows: np.ndarray,
                  recent_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Baseline class, recent class (both 1..10), and the numbers of valid baseline and recent years per pixel.

    ``values``/``valid`` are (years, N); ``baseline_rows`` and ``recent_rows`` select the rows of each period.
    """
    base, base_ok = values[baseline_rows], valid[baseline_rows]
    cuts, n_base = decile_cuts(base, base_ok)
    base_mean, _ = period_mean(base, base_ok)
    recent_mean, n_recent = period_mean(values[recent_rows], valid[recent_rows])
    return decile_class(base_mean, cuts), decile_class(recent_mean, cuts), n_base, n_recent


def change_class(change: np.ndarray, threshold: int) -> np.ndarray:
    """-1 where the class change is <= -threshold, +1 where >= threshold, else 0."""
    out = np.full(change.shape, STABLE, dtype=np.int16)
    out[change <= -threshold] = DEGRADED
    out[change >= threshold] = IMPROVED
    return out


def _period_rows(years: np.ndarray, period: tuple[int, int], recent: bool, layer: str) -> np.ndarray:
    start, end = int(period[0]), int(period[1])
    if start > end:
        raise InputError(tr_noop("The recent period {start}-{end} starts after it ends. Swap the years.") if recent
                         else tr_noop("The baseline period {start}-{end} starts after it ends. Swap the years."),
                         start=start, end=end)
    if start < years[0] or end > years[-1]:
        raise InputError(tr_noop("The recent period {start}-{end} is outside the years of {layer} ({first}-{last}). "
                                 "Choose years inside the stack, or check the year of the first band.") if recent
                         else tr_noop("The baseline period {start}-{end} is outside the years of {layer} "
                                      "({first}-{last}). Choose years inside the stack, or check the year of the "
                                      "first band."),
                         start=start, end=end, layer=layer, first=int(years[0]), last=int(years[-1]))
    return (years >= start) & (years <= end)


def run_state(stack: list[RasterInput], years: list[int], baseline: tuple[int, int], recent: tuple[int, int],
              out_class: RasterOutput, out_change: RasterOutput | None = None, threshold: int = 2,
              min_years: int = 5, min_recent_years: int = 1, **engine_options) -> StackSummary:
    """State class (-1/0/+1) and optionally the class change (Int16, -9..+9) for an annual stack.

    ``stack`` inputs' bands, concatenated in order, are the ``years``; bands outside ``baseline`` and ``recent``
    (inclusive year ranges) are ignored. The recent period must start after the baseline ends.
    """
    layer = stack[0].name if stack else "?"
    years_arr = check_years(stack, years)
    if not 1 <= int(threshold) <= 9:
        raise InputError(tr_noop("The class-change threshold (THRESHOLD_CLASSES) must be between 1 and 9, not "
                                 "{value}."), value=threshold)
    if min_years < 1 or min_recent_years < 1:
        raise InputError(tr_noop("The minimum numbers of valid years must be at least 1."))
    base_rows = _period_rows(years_arr, baseline, False, layer)
    recent_rows = _period_rows(years_arr, recent, True, layer)
    if int(recent[0]) <= int(baseline[1]):
        raise InputError(tr_noop("The recent period {start}-{end} must start after the baseline period "
                                 "{base_start}-{base_end} ends. Choose a later recent period or an earlier "
                                 "baseline."), start=int(recent[0]), end=int(recent[1]),
                         base_start=int(baseline[0]), base_end=int(baseline[1]))
    if base_rows.sum() < min_years:
        raise InputError(tr_noop("{layer}: the baseline period {start}-{end} has {count} band(s) but at least "
                                 "{needed} valid years (MIN_YEARS) are needed for deciles. Choose a longer baseline "
                                 "or lower MIN_YEARS."), layer=layer, start=int(baseline[0]), end=int(baseline[1]),
                         count=int(base_rows.sum()), needed=min_years)
    if recent_rows.sum() < min_recent_years:
        raise InputError(tr_noop("{layer}: the recent period {start}-{end} has {count} band(s); at least {needed} "
                                 "are needed."), layer=layer, start=int(recent[0]), end=int(recent[1]),
                         count=int(recent_rows.sum()), needed=min_recent_years)
    used = base_rows | recent_rows
    scaling = band_scaling(stack)
    # empty layers are refused after the run with their years (check_inputs_have_data)
    inputs = [RasterInput(i.path, i.name, i.bands, i.nodata, "none", i.resampling, empty_ok=True) for i in stack]
    outputs = [o for o in (out_class, out_change) if o is not None]
    t = len(years_arr)
    acc = grid_accumulator(describe(inputs[0]).grid, inputs[0].name)

    def kernel(block: engine.Block):
        raw, valid = stack_arrays(block)
        npx = raw.shape[1]
        cls = np.full(npx, NODATA, dtype=np.int16)
        change = np.full(npx, NODATA, dtype=np.int16)
        counts = np.zeros(5, dtype=np.int64)  # degraded, stable, improved, too few years, no valid year
        few = np.zeros(npx, dtype=bool)
        for sl in pixel_chunks(npx, t * 40.0, CHUNK_BYTES):
            v = valid[:, sl]
            bc, rc, n_base, n_recent = state_classes(scaling.apply(raw[:, sl]), v, base_rows, recent_rows)
            ok = (n_base >= min_years) & (n_recent >= min_recent_years)
            any_valid = v[used].any(axis=0)
            few[sl] = ~ok & any_valid
            counts[3] += np.count_nonzero(few[sl])
            counts[4] += np.count_nonzero(~any_valid)
            diff = (rc - bc).astype(np.int16)
            c = change_class(diff, threshold)
            cls[sl] = np.where(ok, c, NODATA)
            change[sl] = np.where(ok, diff, NODATA)
            counts[:3] += np.bincount(c[ok] + 1, minlength=3)[:3]
        shape = (block.rows, block.cols)
        arrays = [cls.reshape(shape)] + ([change.reshape(shape)] if out_change is not None else [])
        measured = np.where(few, np.int16(TOO_FEW), cls).reshape(shape)
        areas = acc.parts(block.row0, block.col0, measured, measured != NODATA) if acc is not None else None
        return engine.BlockResult(arrays, (counts, input_has_data(block), areas))

    total = np.zeros(5, dtype=np.int64)
    seen = np.zeros(len(inputs), dtype=bool)

    def collect(block, value):
        total[:] += value[0]
        seen[:] |= value[1]
        if value[2] is not None:
            acc.add(value[2])

    user_hook = engine_options.pop("before_commit", None)

    def before_commit():
        check_inputs_have_data(stack, seen, years_arr)
        if total[:3].sum() == 0:
            raise InputError(tr_noop("No pixel of {layer} has at least {needed} valid baseline years (MIN_YEARS) and "
                                     "{recent} valid recent year(s). Lower MIN_YEARS or choose longer periods."),
                             layer=layer, needed=min_years, recent=min_recent_years)
        if user_hook:
            user_hook()

    summary = engine.run(kernel, inputs, outputs, collect=collect, before_commit=before_commit,
                         propagate_nodata=False, **engine_options)
    return StackSummary(summary.grid, summary.blocks, summary.seconds, summary.outputs,
                        counts={DEGRADED: int(total[0]), STABLE: int(total[1]), IMPROVED: int(total[2])},
                        too_few=int(total[3]), no_data=int(total[4]),
                        areas_m2=acc.total_classes() if acc is not None else None)
