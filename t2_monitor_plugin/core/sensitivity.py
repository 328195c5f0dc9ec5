"""Sensitivity of the top priority class to the criterion weights (one-at-a-time and Monte Carlo).

Weight sets (``w`` the normalised base weights, ``x = CHANGE_PCT / 100``, every set renormalised to sum 1):

* run 0, *base*: ``w``;
* one-at-a-time, for each criterion i: ``w_i * (1 - x)`` and ``w_i * (1 + x)``, other weights unchanged, then
  renormalised;
* Monte Carlo, ``RUNS`` sets: every weight multiplied by an independent factor uniform in ``[1 - x, 1 + x]``
  (``numpy.random.default_rng(SEED)``), then renormalised.

Each set gives a suitability (:mod:`.overlay`, same exclusions and nodata) classified into N classes; the *top class*
is class N: suitability above the last break ``b(N-1)``. Breaks are global per run: manual breaks are shared; equal
interval uses the exact min/max of each run's suitability (first pass: all runs computed per block); quantile and
Jenks use a fixed pixel sample of the criteria (:class:`.classify.PixelSample`, taken in the same first pass) on which
every run's suitability is computed, so all runs see the same pixels.

Second pass: per block, every run's suitability is computed at once (``weights (runs, n) @ criteria (n, pixels)``, in
chunks of pixels so memory stays bounded); the output pixel is the share of Monte Carlo runs in which it is in the top
class (Float32 0..1; -1 excluded; -9999 nodata), and each run's top-class area is summed (ellipsoidal pixel areas).
Two passes over the data in total whatever the number of runs.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import classify, engine
from .areas import PixelAreas
from .errors import InputError, tr_noop
from .output import RasterOutput
from .overlay import (
    EXCLUDED,
    NODATA,
    BlockReader,
    RangeCheck,
    format_weights,
    grid_of,
    normalise_weights,
    weighted_sum,
)
from .rasters import RasterInput
from .zones import ZoneSet

CHUNK_PIXELS = 1 << 16
FIELDS = [("run", "str"), ("criterion", "str"), ("weight_change_percent", "float"), ("weights", "str"),
          ("top_class_ha", "float"), ("change_ha", "float"), ("change_percent", "float")]


def weight_sets(base, change_percent: float, runs: int, seed: int) -> tuple[np.ndarray, list[tuple]]:
    """(weights (1 + 2n + runs, n), descriptions (kind, criterion index, change percent))."""
    w = np.asarray(base, dtype=np.float64)
    w = w / w.sum()
    if not 0 < change_percent < 100:
        raise InputError(tr_noop("CHANGE_PCT must be greater than 0 and less than 100 (got {value})."),
                         value=f"{change_percent:g}")
    x = change_percent / 100.0
    sets, desc = [w], [("base", None, 0.0)]
    for i in range(w.size):
        for sign in (-1, 1):
            v = w.copy()
            v[i] *= 1 + sign * x
            sets.append(v / v.sum() if v.sum() > 0 else w)
            desc.append(("one-at-a-time", i, sign * change_percent))
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1 - x, 1 + x, size=(max(0, runs), w.size))
    for f in factors:
        v = w * f
        sets.append(v / v.sum())
        desc.append(("monte carlo", None, None))
    return np.vstack(sets), desc


@dataclass
class SensitivityResult:
    weights: np.ndarray
    descriptions: list[tuple]
    breaks: list[list[float]]
    top_ha: np.ndarray
    rows: list[tuple]


def _run_breaks(weights, method, n, manual, sample_rows, ranges) -> list[list[float]]:
    out = []
    for r, w in enumerate(weights):
        if method == classify.MANUAL:
            out.append(list(manual))
        elif method == classify.EQUAL_INTERVAL:
            out.append(classify.equal_interval_breaks(ranges[0][r], ranges[1][r], n))
        else:
            s = weighted_sum(np.ascontiguousarray(sample_rows.T), w)
            out.append(classify.quantile_breaks(s, n) if method == classify.QUANTILE
                       else classify.jenks_breaks(s, n))
    return out


def sensitivity(criteria: list[RasterInput], base_weights, output_path: str, *, change_percent: float = 20.0,
                runs: int = 50, seed: int = 1, method: int = classify.QUANTILE, classes: int = 4, manual=None,
                sample_size: int = 2000, exclusion_rasters: list[RasterInput] = (),
                exclusion_zones: list[ZoneSet] = (), reference: int | None = None, style: str | None = None,
                **engine_options) -> SensitivityResult:
    """Run the analysis; see the module docstring."""
    base = normalise_weights(list(base_weights), len(criteria))
    if runs < 1:
        raise InputError(tr_noop("RUNS must be at least 1."))
    weights, desc = weight_sets(base, change_percent, runs, seed)
    w32 = weights.astype(np.float32)
    mc = np.array([d[0] == "monte carlo" for d in desc])
    reader = BlockReader(criteria, len(exclusion_rasters), list(exclusion_zones))
    inputs = list(criteria) + list(exclusion_rasters)
    grid = grid_of(criteria)
    areas = PixelAreas(grid, layer_name=criteria[0].name)
    capacity = classify.QUANTILE_SAMPLE // 10 if method == classify.QUANTILE else sample_size
    sample = classify.PixelSample(capacity, seed, grid.width)
    check = RangeCheck(reader.names)
    progress = engine_options.pop("progress", None)
    ranges = [np.full(len(weights), np.inf), np.full(len(weights), -np.inf)]

    def pass1(block):
        stack, valid, excluded, bad = reader.read(block)
        ok = valid & ~excluded
        lim = None
        if method == classify.EQUAL_INTERVAL and ok.any():
            px = stack[:, ok]
            lo, hi = np.full(len(w32), np.inf), np.full(len(w32), -np.inf)
            for c in range(0, px.shape[1], CHUNK_PIXELS):
                s = weighted_sum(px[:, c:c + CHUNK_PIXELS], w32)
                lo, hi = np.minimum(lo, s.min(axis=1)), np.maximum(hi, s.max(axis=1))
            lim = (lo, hi)
        part = sample.part(block.row0, block.col0, ok, stack) if method in (classify.QUANTILE, classify.JENKS) \
            else None
        return bad, lim, part

    def collect1(block, value):
        bad, lim, part = value
        check.add(bad)
        if lim is not None:
            ranges[0][:] = np.minimum(ranges[0], lim[0])
            ranges[1][:] = np.maximum(ranges[1], lim[1])
        if part is not None:
            sample.add(part)

    opts1 = dict(engine_options, progress=(lambda f: progress(0.3 * f)) if progress else None)
    if method != classify.MANUAL:
        engine.run(pass1, inputs, reference=reference, collect=collect1, **opts1)
        check.raise_if_any()
        if (method == classify.EQUAL_INTERVAL and not np.isfinite(ranges[0][0])) or \
                (method in (classify.QUANTILE, classify.JENKS) and sample.values is None):
            raise InputError(tr_noop("No pixel is left after the exclusions and nodata of the criteria ({layer})."),
                             layer=", ".join(reader.names))
    sample_rows = sample.sorted_values() if sample.values is not None else None
    breaks = _run_breaks(weights, method, classes, manual, sample_rows, ranges)
    last = np.array([b[-1] if b else -np.inf for b in breaks], dtype=np.float32)
    top_m2 = np.zeros(len(weights))

    def pass2(block):
        stack, valid, excluded, bad = reader.read(block)
        ok = valid & ~excluded
        out = np.full(ok.shape, NODATA, dtype=np.float32)
        out[excluded] = EXCLUDED
        px = stack[:, ok]
        a = areas.block(block.row0, block.col0, block.rows, block.cols)[ok]
        counts = np.zeros(px.shape[1], dtype=np.int32)
        run_m2 = np.zeros(len(w32))
        for c in range(0, px.shape[1], CHUNK_PIXELS):
            top = weighted_sum(px[:, c:c + CHUNK_PIXELS], w32) > last[:, None]
            counts[c:c + CHUNK_PIXELS] = top[mc].sum(axis=0)
            run_m2 += top @ a[c:c + CHUNK_PIXELS]
        out[ok] = counts / float(mc.sum())
        return engine.BlockResult([out], (run_m2, bad))

    def collect2(block, value):
        top_m2[:] += value[0]
        if method == classify.MANUAL:
            check.add(value[1])

    metadata = {"T2M_EXCLUDED": "-1", "T2M_RUNS": str(runs), "T2M_SEED": str(seed),
                "T2M_CHANGE_PERCENT": f"{change_percent:g}"}
    out = RasterOutput(output_path, "float32", NODATA, style=style, metadata=metadata)
    opts2 = dict(engine_options, progress=(lambda f: progress(0.3 + 0.7 * f)) if progress else None)
    engine.run(pass2, inputs, [out], reference=reference, collect=collect2, propagate_nodata=False,
               before_commit=check.raise_if_any, **opts2)
    top_ha = top_m2 / 1e4
    return SensitivityResult(weights, desc, breaks, top_ha, _rows(weights, desc, top_ha, reader.names))


def _rows(weights, desc, top_ha, names) -> list[tuple]:
    base = top_ha[0]

    def change(v):
        return v - base, (100.0 * (v - base) / base if base > 0 else None)

    rows = [("base", "", 0.0, format_weights(weights[0]), base, 0.0, 0.0 if base > 0 else None)]
    for r, (kind, i, pct) in enumerate(desc):
        if kind == "one-at-a-time":
            rows.append((kind, names[i], pct, format_weights(weights[r]), top_ha[r], *change(top_ha[r])))
    mc = np.array([d[0] == "monte carlo" for d in desc])
    for stat, fn in (("mean", np.mean), ("min", np.min), ("max", np.max)):
        v = float(fn(top_ha[mc]))
        rows.append((f"monte carlo {stat}", "", None, "", v, *change(v)))
    return rows
