"""Standardising a criterion raster to a 0..1 suitability score (ROAM step 2).

Methods (``x`` the criterion value, output clipped to 0..1 where noted):

0. linear benefit (min-max): ``(x - min) / (max - min)``, clipped;
1. linear cost: ``(max - x) / (max - min)``, clipped;
2. fuzzy linear: piecewise-linear interpolation through control points ``x1:y1; x2:y2; ...`` (x strictly increasing,
   y in 0..1), constant ``y1`` below ``x1`` and ``yn`` above ``xn``;
3. sigmoid increasing: ``1 / (1 + exp(-spread * (x - midpoint)))``;
4. sigmoid decreasing: ``1 / (1 + exp(spread * (x - midpoint)))``;
5. gaussian (near): ``exp(-((x - midpoint) / spread)^2)`` (1 at the midpoint, 1/e at ``midpoint +- spread``);
6. value ranges: rows ``min, max, score``; the first row with ``min <= x <= max`` gives the score (an empty min or
   max is open-ended); values in no range become nodata and are counted;
7. categories: rows ``code, score``; whole-number codes; other codes become nodata and are counted.

``spread`` must be > 0; scores must lie in 0..1. For min-max, an empty MIN or MAX is taken from the data: the exact
minimum / maximum of the valid pixels, found in a first pass over the whole raster. ``max == min`` is refused.
Output: Float32, nodata -9999 (input nodata, and unmapped values of methods 6-7). The method and its parameters are
written as GDAL metadata items ``T2M_STANDARDIZE_*`` of the output. The unmapped pixels are counted and their true
(ellipsoidal) area summed (none when the raster has no CRS).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .areas import PixelAreas
from .errors import InputError, capped, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe
from .tables_io import parse_number

LINEAR_BENEFIT, LINEAR_COST, FUZZY_LINEAR, SIGMOID_UP, SIGMOID_DOWN, GAUSSIAN, RANGES, CATEGORIES = range(8)
METHOD_NAMES = ["linear benefit (min-max)", "linear cost (max-min)", "fuzzy linear", "sigmoid increasing",
                "sigmoid decreasing", "gaussian (near)", "value ranges", "categories"]
NODATA = -9999.0


@dataclass
class Standardizer:
    method: int
    lo: float | None = None
    hi: float | None = None
    points: list[tuple[float, float]] = field(default_factory=list)
    midpoint: float | None = None
    spread: float | None = None
    table: list[tuple] = field(default_factory=list)

    def check(self, layer: str) -> None:
        m = self.method
        if m in (LINEAR_BENEFIT, LINEAR_COST):
            if self.lo is not None and self.hi is not None and not self.hi > self.lo:
                raise InputError(tr_noop("The criterion {layer} has no range to standardise: minimum {min} and "
                                         "maximum {max}. Give a MAX greater than MIN, or use another method (a "
                                         "constant criterion cannot rank places)."),
                                 layer=layer, min=f"{self.lo:g}", max=f"{self.hi:g}")
        elif m == FUZZY_LINEAR:
            if len(self.points) < 2:
                raise InputError(tr_noop("Fuzzy linear standardisation of {layer} needs at least two control points "
                                         "in POINTS, e.g. 0:0; 10:1."), layer=layer)
            xs = [p[0] for p in self.points]
            if any(b <= a for a, b in zip(xs, xs[1:])):
                raise InputError(tr_noop("The control points of {layer} must have strictly increasing values."),
                                 layer=layer)
            _check_scores([p[1] for p in self.points], layer)
        elif m in (SIGMOID_UP, SIGMOID_DOWN, GAUSSIAN):
            if self.midpoint is None or self.spread is None or not self.spread > 0:
                raise InputError(tr_noop("Standardising {layer} with a sigmoid or gaussian needs MIDPOINT and a "
                                         "SPREAD greater than 0."), layer=layer)
        elif m in (RANGES, CATEGORIES):
            if not self.table:
                raise InputError(tr_noop("Standardising {layer} by ranges or categories needs a SCORE_TABLE of "
                                         "scores."), layer=layer)
            _check_scores([row[-1] for row in self.table], layer)
        else:
            raise InputError(tr_noop("Unknown standardisation method {method}."), method=m)

    def apply(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(scores as float32, mapped mask) for float64 values ``x``."""
        m = self.method
        mapped = np.ones(x.shape, dtype=bool)
        if m == LINEAR_BENEFIT:
            y = (x - self.lo) / (self.hi - self.lo)
        elif m == LINEAR_COST:
            y = (self.hi - x) / (self.hi - self.lo)
        elif m == FUZZY_LINEAR:
            y = np.interp(x, [p[0] for p in self.points], [p[1] for p in self.points])
        elif m in (SIGMOID_UP, SIGMOID_DOWN):
            sign = -1.0 if m == SIGMOID_UP else 1.0
            with np.errstate(over="ignore"):
                y = 1.0 / (1.0 + np.exp(np.clip(sign * self.spread * (x - self.midpoint), -700, 700)))
        elif m == GAUSSIAN:
            y = np.exp(-((x - self.midpoint) / self.spread) ** 2)
        elif m == RANGES:
            y = np.zeros(x.shape)
            mapped[:] = False
            for lo, hi, score in self.table:
                hit = ~mapped & (x >= (-math.inf if lo is None else lo)) & (x <= (math.inf if hi is None else hi))
                y[hit] = score
                mapped |= hit
        else:
            y = np.zeros(x.shape)
            mapped[:] = False
            for code, score in self.table:
                hit = x == code
                y[hit] = score
                mapped |= hit
        return np.clip(y, 0.0, 1.0).astype(np.float32), mapped

    def metadata(self) -> dict:
        md = {"T2M_STANDARDIZE_METHOD": METHOD_NAMES[self.method]}
        if self.method in (LINEAR_BENEFIT, LINEAR_COST):
            md.update(T2M_STANDARDIZE_MIN=repr(self.lo), T2M_STANDARDIZE_MAX=repr(self.hi))
        elif self.method == FUZZY_LINEAR:
            md["T2M_STANDARDIZE_POINTS"] = "; ".join(f"{a:g}:{b:g}" for a, b in self.points)
        elif self.method in (SIGMOID_UP, SIGMOID_DOWN, GAUSSIAN):
            md.update(T2M_STANDARDIZE_MIDPOINT=repr(self.midpoint), T2M_STANDARDIZE_SPREAD=repr(self.spread))
            md["T2M_STANDARDIZE_FORMULA"] = {
                SIGMOID_UP: "1/(1+exp(-spread*(x-midpoint)))", SIGMOID_DOWN: "1/(1+exp(spread*(x-midpoint)))",
                GAUSSIAN: "exp(-((x-midpoint)/spread)^2)"}[self.method]
        else:
            md["T2M_STANDARDIZE_TABLE"] = "; ".join(
                ",".join("" if v is None else f"{v:g}" for v in row) for row in self.table)
        return md


def _check_scores(scores, layer: str) -> None:
    bad = [s for s in scores if not 0.0 <= s <= 1.0]
    if bad:
        raise InputError(tr_noop("Scores for {layer} must lie between 0 and 1; got {values}."), layer=layer,
                         values=capped(bad, fmt=lambda v: f"{v:g}"))


def parse_points(text: str, where: str) -> list[tuple[float, float]]:
    """Control points ``"0:0; 10:1"``."""
    points = []
    for part in str(text or "").split(";"):
        if not part.strip():
            continue
        if ":" not in part:
            raise InputError(tr_noop("{where}: '{value}' is not a control point value:score (e.g. 10:1)."),
                             where=where, value=part.strip())
        a, b = part.split(":", 1)
        points.append((parse_number(a, where), parse_number(b, where)))
    return points


def parse_table(rows: list[tuple[str, list[str]]], method: int) -> list[tuple]:
    """Rows from :func:`.tables_io.matrix_rows`: (min, max, score) for ranges, (code, score) for categories."""
    out = []
    for where, cells in rows:
        if method == RANGES:
            lo = parse_number(cells[0], where) if cells[0] else None
            hi = parse_number(cells[1], where) if cells[1] else None
            out.append((lo, hi, parse_number(cells[2], where)))
        else:
            out.append((parse_number(cells[0], where), parse_number(cells[1], where)))
    return out


@dataclass
class StandardizeResult:
    standardizer: Standardizer
    unmapped_pixels: int
    unmapped_values: list[float]
    unmapped_ha: float | None = None  # None when the raster has no CRS (no true areas)


def data_range(raster: RasterInput, **engine_options) -> tuple[float | None, float | None]:
    """Exact minimum and maximum of the valid pixels (one pass)."""
    acc = [math.inf, -math.inf]

    def kernel(block):
        v = block.data[0][0][block.mask]
        return (float(v.min()), float(v.max())) if v.size else None

    def collect(block, value):
        if value is not None:
            acc[0] = min(acc[0], value[0])
            acc[1] = max(acc[1], value[1])

    engine.run(kernel, [raster], collect=collect, **engine_options)
    return (acc[0], acc[1]) if acc[0] <= acc[1] else (None, None)


def standardize(raster: RasterInput, output_path: str, spec: Standardizer, style: str | None = None,
                **engine_options) -> StandardizeResult:
    """Write the 0..1 score of ``raster`` (one band) to ``output_path`` as Float32 (nodata -9999)."""
    if spec.method in (LINEAR_BENEFIT, LINEAR_COST) and (spec.lo is None or spec.hi is None):
        lo, hi = data_range(raster, **{k: v for k, v in engine_options.items() if k != "progress"})
        if lo is None:
            raise InputError(tr_noop("The criterion {layer} has no valid pixel."), layer=raster.name)
        spec.lo = lo if spec.lo is None else spec.lo
        spec.hi = hi if spec.hi is None else spec.hi
    spec.check(raster.name)
    unmapped = {"pixels": 0, "values": set(), "m2": 0.0}
    try:
        areas = PixelAreas(describe(raster).grid, layer_name=raster.name)
    except InputError:  # no usable CRS: the pixels are still counted
        areas = None

    def kernel(block):
        x = block.data[0][0].astype(np.float64)
        y, mapped = spec.apply(x)
        missing = block.mask & ~mapped
        y[~mapped] = NODATA
        vals = np.unique(x[missing])[:20] if missing.any() else ()
        m2 = 0.0
        if areas is not None and missing.any():
            m2 = float(areas.block(block.row0, block.col0, block.rows, block.cols)[missing].sum())
        return engine.BlockResult([y], (int(missing.sum()), vals, m2))

    def collect(block, value):
        unmapped["pixels"] += value[0]
        unmapped["m2"] += value[2]
        if len(unmapped["values"]) < 20:
            unmapped["values"].update(float(v) for v in value[1])

    out = RasterOutput(output_path, "float32", NODATA, style=style, metadata=spec.metadata())
    engine.run(kernel, [raster], [out], collect=collect, **engine_options)
    return StandardizeResult(spec, unmapped["pixels"], sorted(unmapped["values"])[:20],
                             unmapped["m2"] / 1e4 if areas is not None else None)
