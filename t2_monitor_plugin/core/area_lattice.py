"""The lattice of true pixel areas behind :class:`.areas.PixelAreas` on projected grids, its steps chosen per grid.

A lattice holds the true area of the pixels at every ``row step``-th row and ``column step``-th column (plus the
last row and column); the area of any other pixel is the bilinear interpolation of the four lattice pixels around
it. How fine the lattice must be depends on how fast the ratio true/nominal area changes, and along which axis:
across a UTM zone (columns), with latitude on a Mercator or conic grid (rows), slowly near a UTM central meridian,
fast at high latitudes. :func:`build` therefore starts from a coarse lattice and halves each axis's step until the
interpolation error along it is small enough:

* the nodes of step ``s / 2`` include those of step ``s``, so a refinement computes only the new rows (or columns)
  and no node is computed twice;
* the error of the step-``s`` lattice along an axis is measured at the new nodes: the largest relative difference
  between the interpolated and the true area there. Bilinear interpolation of a smooth function is second-order,
  so halving the step divides this error by about four. An axis is refined until its estimated error (the measured
  one / 4) is at most half of :data:`TOLERANCE` (the errors of the two axes add up), or its step is the finest
  allowed (:data:`FINEST`, or the caller's);
* nodes that cannot be transformed (outside the projection's domain) are left out of the error and filled from
  their neighbours; a lattice with such nodes is refined to :data:`INVALID_STEP` at least;
* the lattice never exceeds :data:`MAX_NODES` nodes (32 MB).

The cost is that of the final lattice, and for most grids it is small: one axis stays at the coarsest step.
"""
from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from .errors import InputError, tr_noop

#: Largest estimated relative error of an interpolated pixel area that the lattice may leave: a quarter of the 1 ppm
#: the area tables promise, so that an estimate that is off by a factor of a few still keeps them within it.
TOLERANCE = 2.5e-7
#: Coarsest lattice step tried, in pixels.
COARSEST = 1024
#: Finest lattice step, in pixels (by default).
FINEST = 4
#: A lattice with nodes outside the projection's domain is refined at least to this step (and never beyond it on
#: their account: those nodes are filled from their neighbours).
INVALID_STEP = 64
#: Lattice nodes at most (8 bytes each): refinement stops before the lattice would exceed it.
MAX_NODES = 2**22

#: True areas of the lattice pixels at ``rows`` x ``cols`` (NaN where a corner cannot be transformed).
CornerAreas = Callable[[np.ndarray, np.ndarray], np.ndarray]


def nodes(size: int, step: int) -> np.ndarray:
    """Lattice positions along an axis of ``size`` pixels: every ``step``-th pixel and the last one."""
    return np.unique(np.r_[np.arange(0, size, step), size - 1])


def weights(nodes_: np.ndarray, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices of the lattice nodes around each position and the linear weight of the second one."""
    if nodes_.size == 1:
        zero = np.zeros(pos.size, dtype=int)
        return zero, zero, np.zeros(pos.size)
    i0 = np.clip(np.searchsorted(nodes_, pos, side="right") - 1, 0, nodes_.size - 2)
    i1 = i0 + 1
    w = (pos - nodes_[i0]) / (nodes_[i1] - nodes_[i0])
    return i0, i1, np.clip(w, 0.0, 1.0)


def interpolate(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, at_rows: np.ndarray,
                at_cols: np.ndarray) -> np.ndarray:
    """Bilinear interpolation of the lattice ``values`` (at ``rows`` x ``cols``) to ``at_rows`` x ``at_cols``."""
    i0, i1, wr = weights(rows, at_rows)
    j0, j1, wc = weights(cols, at_cols)
    by_row = values[i0] * (1.0 - wr)[:, None] + values[i1] * wr[:, None]
    return by_row[:, j0] * (1.0 - wc) + by_row[:, j1] * wc


def start_step(size: int, finest: int, coarsest: int = COARSEST) -> int:
    """The first (coarsest) step along an axis of ``size`` pixels: ``finest`` doubled while it stays within
    ``coarsest`` and the axis."""
    step = max(1, int(finest))
    while step * 2 <= coarsest and step * 2 < size:
        step *= 2
    return step


def build(corner_areas: CornerAreas, height: int, width: int, finest: int = FINEST, coarsest: int = COARSEST,
          tolerance: float | None = None) -> Lattice:
    """The lattice of a ``height`` x ``width`` grid whose interpolation error is estimated within ``tolerance``
    (default :data:`TOLERANCE`).

    ``corner_areas(rows, cols)`` gives the true areas of the pixels at ``rows`` x ``cols``. Rows and columns are
    refined separately (each takes half of ``tolerance``): UTM areas change across the zone, Mercator and conic
    areas with latitude, so one axis usually stays coarse.
    """
    finest = max(1, int(finest))
    tolerance = TOLERANCE if tolerance is None else tolerance
    lat = Lattice(*(nodes(size, start_step(size, finest, coarsest)) for size in (height, width)))
    lat.values = corner_areas(lat.rows, lat.cols)
    estimate = [math.inf, math.inf]  # estimated error of the current lattice along rows (0) and columns (1)
    while True:
        invalid = not np.isfinite(lat.values).all()
        todo = [axis for axis in (0, 1) if lat.step(axis) > finest
                and (estimate[axis] > tolerance / 2 or (invalid and lat.step(axis) > INVALID_STEP))]
        if not todo or lat.values.size * 2 > MAX_NODES:
            break
        for axis in todo:
            estimate[axis] = lat.refine(axis, corner_areas) / 4.0
    lat.values = fill_invalid(lat.values)
    return lat


class Lattice:
    """Lattice rows and columns (pixel indices) and the true areas at their pixels (``values[row, col]``)."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray):
        self.rows, self.cols = rows, cols
        self.values = np.empty((rows.size, cols.size))

    def step(self, axis: int) -> int:
        """The regular spacing of the nodes along ``axis`` (0 rows, 1 columns); 1 for a single node."""
        where = self.rows if axis == 0 else self.cols
        return int(where[1] - where[0]) if where.size > 1 else 1

    def refine(self, axis: int, corner_areas: CornerAreas) -> float:
        """Halve the step along ``axis``, computing only the new nodes; return the relative error the lattice had
        there (interpolated against true)."""
        old = self.rows if axis == 0 else self.cols
        size = int(old[-1]) + 1
        fine = nodes(size, max(1, self.step(axis) // 2))
        new = ~np.isin(fine, old)
        if axis == 0:
            true = corner_areas(fine[new], self.cols)
            predicted = interpolate(self.rows, self.cols, self.values, fine[new], self.cols)
            values = np.empty((fine.size, self.cols.size))
            values[~new], values[new] = self.values, true
            self.rows = fine
        else:
            true = corner_areas(self.rows, fine[new])
            predicted = interpolate(self.rows, self.cols, self.values, self.rows, fine[new])
            values = np.empty((self.rows.size, fine.size))
            values[:, ~new], values[:, new] = self.values, true
            self.cols = fine
        self.values = values
        return _relative_error(predicted, true)


def _relative_error(predicted: np.ndarray, true: np.ndarray) -> float:
    """Largest relative difference where both are finite (nodes outside the projection's domain are left out)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        rel = np.abs(predicted - true) / np.abs(true)
    rel = rel[np.isfinite(rel)]
    return float(rel.max()) if rel.size else 0.0


def fill_invalid(values: np.ndarray) -> np.ndarray:
    """Replace non-finite lattice values by interpolation from valid ones (rows, then columns)."""
    ok = np.isfinite(values)
    if ok.all():
        return values
    if not ok.any():
        raise InputError(tr_noop("No pixel corner of the raster can be transformed to longitude and latitude in its "
                                 "coordinate reference system, so true areas cannot be computed. Check the raster's "
                                 "CRS (Layer Properties > Source) or reproject it."))
    out = values.copy()
    idx = np.arange(values.shape[1])
    filled_rows = ok.any(axis=1)
    for i in np.nonzero(filled_rows)[0]:
        out[i] = np.interp(idx, idx[ok[i]], values[i, ok[i]])
    rows = np.arange(values.shape[0])
    for j in range(values.shape[1]):
        out[:, j] = np.interp(rows, rows[filled_rows], out[filled_rows, j])
    return out
