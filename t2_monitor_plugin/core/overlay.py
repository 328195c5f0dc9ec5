"""Weighted linear combination of standardised criteria with exclusion masks (ROAM steps 3-5).

``suitability = sum_i w_i * c_i`` with the weights normalised to sum 1 (``w_i = w'_i / sum w'``), for pixels where
every criterion is valid; each criterion must already be standardised to 0..1 (values outside 0..1 +- 1e-6 are
refused, naming the layer). A pixel is *excluded* when any exclusion raster has a valid non-zero value there, or when
any exclusion polygon covers at least half of the pixel (exact coverage, :class:`.zones.ZoneSet`; this equals
"centre inside" for polygons much larger than a pixel). Exclusion rasters' nodata does not exclude.

Output (Float32): the suitability 0..1; **-1 for excluded pixels** (even where a criterion is missing), and nodata
-9999 where a criterion is missing. The output carries the metadata item ``T2M_EXCLUDED=-1`` so that
``t2monitor:priorityclasses`` keeps excluded pixels apart. ``EXCLUDED_HA`` and ``VALID_HA`` (pixels with a
suitability value) are true ellipsoidal areas. A run where no pixel keeps a value is refused and writes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import engine
from .areas import PixelAreas
from .errors import InputError, capped, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe
from .tables_io import parse_number
from .zone_cover import covered_at_least
from .zones import ZoneSet

NODATA = -9999.0
EXCLUDED = -1.0
COVERAGE_EXCLUDES = 0.5
RANGE_TOLERANCE = 1e-6


def parse_weights(text, count: int, where: str = "WEIGHTS") -> np.ndarray:
    """Weights ``"w1,w2,..."`` (or a list) for ``count`` criteria, normalised to sum 1."""
    text = text.replace(";", ",").split(",") if isinstance(text, str) else list(text or [])
    parts = [p for p in text if str(p).strip()]
    values = [parse_number(p, where) for p in parts]
    return normalise_weights(values, count, where)


def _name_key(name) -> str:
    return " ".join(str(name or "").split()).casefold()


def weights_by_name(rows, names: list[str], where: str = "WEIGHTS_TABLE") -> list:
    """The weights of ``rows`` (criterion name, weight) in the order of the criteria ``names`` (layer names).

    Names match ignoring case and runs of spaces. A criterion without a row, a row naming no criterion, or a name
    given twice is refused with the names involved (matching by row order silently swapped weights)."""
    wanted = [_name_key(n) for n in names]
    if len(set(wanted)) < len(wanted):
        raise InputError(tr_noop("{where}: several criteria have the same layer name ({criteria}), so a weights table "
                                 "cannot tell them apart. Rename the layers or give the weights in order."),
                         where=where, criteria=", ".join(names))
    by_name: dict[str, object] = {}
    repeated, unknown = [], []
    for name, weight in rows:
        key = _name_key(name)
        if key in by_name:
            repeated.append(str(name))
        elif key not in wanted:
            unknown.append(str(name))
        by_name.setdefault(key, weight)
    missing = [n for n, k in zip(names, wanted) if k not in by_name]
    if repeated or unknown or missing:
        raise InputError(tr_noop("{where}: the weights table must name each criterion once by its layer name. "
                                 "Criteria: {criteria}. Without a weight: {missing}. Not a criterion: {unknown}. "
                                 "Given twice: {repeated}."), where=where, criteria=", ".join(names),
                         missing=", ".join(missing) or "-", unknown=", ".join(unknown) or "-",
                         repeated=", ".join(repeated) or "-")
    return [by_name[k] for k in wanted]


def normalise_weights(values, count: int, where: str = "WEIGHTS") -> np.ndarray:
    if len(values) != count:
        raise InputError(tr_noop("{where}: {count} weights were given for {criteria} criteria. Give one weight per "
                                 "criterion, in the order of the criteria."), where=where, count=len(values),
                         criteria=count)
    w = np.asarray(values, dtype=np.float64)
    if (w < 0).any():
        raise InputError(tr_noop("{where}: weights cannot be negative ({values}). Turn a cost criterion into a "
                                 "benefit when standardising it instead."), where=where,
                         values=capped(w, fmt=lambda v: f"{v:g}"))
    if not w.sum() > 0:
        raise InputError(tr_noop("{where}: the weights sum to 0; give at least one positive weight."), where=where)
    return w / w.sum()


def format_weights(w) -> str:
    return ",".join(f"{v:.6g}" for v in w)


def criteria_inputs(items: list[tuple[str, str]]) -> list[RasterInput]:
    return [RasterInput(p, n, bands=[1], mask="none", resampling="average") for p, n in items]


def exclusion_inputs(items: list[tuple[str, str]]) -> list[RasterInput]:
    return [RasterInput(p, n, bands=[1], mask="none", resampling="nearest") for p, n in items]


def grid_of(criteria: list[RasterInput]):
    if not criteria:
        raise InputError(tr_noop("Give at least one criterion raster."))
    return describe(criteria[0]).grid


class BlockReader:
    """Criteria stack, validity and exclusion of one block (shared by the overlay and the sensitivity analysis)."""

    def __init__(self, criteria: list[RasterInput], exclusion_count: int, zones: list[ZoneSet]):
        self.n = len(criteria)
        self.names = [c.name for c in criteria]
        self.exclusion_count = exclusion_count
        self.zones = zones

    def read(self, block: engine.Block):
        """(stack float32 (n, rows, cols), valid, excluded (rows, cols), out-of-0..1 pixels per criterion)."""
        stack = np.stack([block.data[i][0] for i in range(self.n)]).astype(np.float32, copy=False)
        valid = np.logical_and.reduce([block.valid[i][0] for i in range(self.n)])
        bad = [int(((stack[i] < -RANGE_TOLERANCE) | (stack[i] > 1 + RANGE_TOLERANCE))[block.valid[i][0]].sum())
               for i in range(self.n)]
        excluded = np.zeros(valid.shape, dtype=bool)
        for k in range(self.exclusion_count):
            j = self.n + k
            excluded |= block.valid[j][0] & (block.data[j][0] != 0)
        for z in self.zones:  # all polygons of a layer at once (zone_cover), not one coverage per polygon
            excluded |= covered_at_least(z, block.row0, block.col0, block.rows, block.cols, COVERAGE_EXCLUDES)
        return stack, valid, excluded, bad


class RangeCheck:
    """Counts criterion pixels outside 0..1; :meth:`raise_if_any` names the layers (from ``before_commit``)."""

    def __init__(self, names: list[str]):
        self.names = names
        self.bad = [0] * len(names)

    def add(self, bad) -> None:
        self.bad = [a + b for a, b in zip(self.bad, bad)]

    def raise_if_any(self) -> None:
        layers = [f"{n} ({c} pixels)" for n, c in zip(self.names, self.bad) if c]
        if layers:
            raise InputError(tr_noop("Criteria must be standardised to 0..1 first (t2monitor:standardizecriterion); "
                                     "these have values outside 0..1: {layer}."), layer=capped(layers, separator="; "))


@dataclass
class OverlayResult:
    weights: np.ndarray
    valid_ha: float
    excluded_ha: float
    nodata_ha: float


def weighted_sum(stack: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``sum_i w_i * stack[i]`` in float32, added in criterion order (the same rounding everywhere).

    ``stack`` is (n, ...) and ``weights`` (n,) -> (...), or (runs, n) -> (runs, ...).
    """
    w = np.asarray(weights, dtype=np.float32)
    if w.ndim == 1:
        out = w[0] * stack[0]
        for i in range(1, w.size):
            out += w[i] * stack[i]
        return out
    shape = (w.shape[0],) + (1,) * (stack.ndim - 1)
    out = w[:, 0].reshape(shape) * stack[0][np.newaxis]
    for i in range(1, w.shape[1]):
        out += w[:, i].reshape(shape) * stack[i][np.newaxis]
    return out


def overlay(criteria: list[RasterInput], weights: np.ndarray, output_path: str,
            exclusion_rasters: list[RasterInput] = (), exclusion_zones: list[ZoneSet] = (),
            reference: int | None = None, style: str | None = None, **engine_options) -> OverlayResult:
    """Write the weighted overlay; see the module docstring for the conventions."""
    weights = normalise_weights(list(weights), len(criteria))
    reader = BlockReader(criteria, len(exclusion_rasters), list(exclusion_zones))
    check = RangeCheck(reader.names)
    grid = grid_of(criteria)
    areas = PixelAreas(grid, layer_name=criteria[0].name)
    sums = np.zeros(3)

    def kernel(block):
        stack, valid, excluded, bad = reader.read(block)
        out = weighted_sum(stack, weights)
        out = np.clip(out, 0.0, 1.0)
        out[~valid] = NODATA
        out[excluded] = EXCLUDED
        a = areas.block(block.row0, block.col0, block.rows, block.cols)
        part = (float(a[valid & ~excluded].sum()), float(a[excluded].sum()), float(a[~valid & ~excluded].sum()))
        return engine.BlockResult([out], (part, bad))

    def collect(block, value):
        sums[:] += value[0]
        check.add(value[1])

    def before_commit():
        check.raise_if_any()
        if sums[0] <= 0:
            raise InputError(tr_noop("No pixel is left after the exclusions and nodata of the criteria ({layer}): "
                                     "the suitability would be empty. Check the exclusion layers and the criteria "
                                     "extents."), layer=", ".join(reader.names))

    metadata = {"T2M_EXCLUDED": "-1", "T2M_WEIGHTS": format_weights(weights),
                "T2M_CRITERIA": "; ".join(reader.names)}
    out = RasterOutput(output_path, "float32", NODATA, style=style, metadata=metadata)
    engine.run(kernel, list(criteria) + list(exclusion_rasters), [out], reference=reference, collect=collect,
               before_commit=before_commit, propagate_nodata=False, **engine_options)
    return OverlayResult(weights, sums[0] / 1e4, sums[1] / 1e4, sums[2] / 1e4)
