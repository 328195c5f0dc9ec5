"""Connected patches (8-connectivity) of a boolean raster processed block by block, with bounded memory.

Used to remove patches smaller than a minimum number of pixels (e.g. vegetation cover loss below a minimum mapping
unit) on rasters of any size. Method:

* **Within a block** (:func:`label_block`): each row is cut into runs of consecutive True pixels (a run is connected
  already); runs of adjacent rows that touch (8-connectivity: their column ranges overlap or meet diagonally) are
  joined with a vectorised union-find (roots hooked onto the smaller root, then pointer jumping until every run
  points at its root). The root of a patch is its smallest run index, so the labels are deterministic: the same
  block always gets the same labels, which the second pass relies on. Labels are 1..k in order of first pixel,
  0 is background.
* **Across blocks** (:class:`PatchSieve`), two passes over the same blocks. Pass 1 labels each block and hands the
  labels that touch the block border, with their sizes and the border strips, to :meth:`PatchSieve.add` (called in
  block order). Only those border labels get a global id; they are joined with the labels on the other side of the
  block edges (the last row of the previous block row, kept as one raster-wide row, and the last column of the
  block to the left; diagonal contacts included) in a union-find that sums sizes. Patches inside a block never
  enter the global structure: their size is final in the block. Pass 2 labels each block again and keeps a patch
  when its size (global for border patches) is at least the minimum.

Memory: one raster-wide row of ids, plus a few integers per border patch (at most the block perimeters, about 1 %
of the pixels with the engine's blocks, in practice far fewer); never a per-pixel array of the whole raster.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np

from .areas import PixelAreas


def _roots(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Root (smallest member) of every node 0..n-1 of the graph with edges (a, b)."""
    parent = np.arange(n, dtype=np.int64)
    while True:
        while True:  # pointer jumping until every node points at its root
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        if a.size == 0:
            return parent
        ra, rb = parent[a], parent[b]
        apart = ra != rb
        if not apart.any():
            return parent
        a, b, ra, rb = a[apart], b[apart], ra[apart], rb[apart]
        parent[np.maximum(ra, rb)] = np.minimum(ra, rb)  # hook roots; parent[x] <= x always, so no cycles


def label_block(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """8-connected labels of a 2-D boolean array: (labels int32 with 0 = background, sizes with sizes[0] = 0)."""
    mask = np.asarray(mask, dtype=bool)
    rows, cols = mask.shape
    if not mask.any():
        return np.zeros((rows, cols), np.int32), np.zeros(1, np.int64)
    start = mask.copy()
    start[:, 1:] &= ~mask[:, :-1]
    run = (np.cumsum(start.ravel(), dtype=np.int64) - 1).reshape(rows, cols)
    n = int(run[-1, -1]) + 1
    pairs = []
    for lower, upper in ((np.s_[1:, :], np.s_[:-1, :]), (np.s_[1:, :-1], np.s_[:-1, 1:]),
                         (np.s_[1:, 1:], np.s_[:-1, :-1])):
        touch = mask[lower] & mask[upper]
        if touch.any():
            pairs.append(run[lower][touch] * n + run[upper][touch])
    if pairs:
        keys = np.unique(np.concatenate(pairs))
        a, b = keys // n, keys % n
    else:
        a = b = np.zeros(0, np.int64)
    root = _roots(n, a, b)
    _, compact = np.unique(root, return_inverse=True)
    labels = np.zeros((rows, cols), np.int32)
    labels[mask] = compact.astype(np.int32)[run[mask]] + 1
    sizes = np.bincount(labels.ravel(), minlength=int(compact.max()) + 2).astype(np.int64)
    sizes[0] = 0
    return labels, sizes


@dataclass
class BorderSurvey:
    """What pass 1 reports about one block: its border labels (sorted), their sizes, and the four border strips."""

    row0: int
    col0: int
    labels: np.ndarray
    sizes: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    left: np.ndarray
    right: np.ndarray


def survey(row0: int, col0: int, labels: np.ndarray, sizes: np.ndarray) -> BorderSurvey:
    """The border summary of a labelled block (call from the kernel in pass 1)."""
    border = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    border = border[border > 0]
    return BorderSurvey(row0, col0, border, sizes[border], labels[0].copy(), labels[-1].copy(),
                        labels[:, 0].copy(), labels[:, -1].copy())


class PatchSieve:
    """Keeps 8-connected patches of at least ``min_size`` pixels across blocks (see the module docstring).

    Pass 1: :func:`label_block` + :func:`survey` in the kernel, :meth:`add` in ``collect`` (block order, row by
    row, as the engine delivers them). Then :meth:`finish`. Pass 2: :meth:`keep` in the kernel (thread-safe).
    """

    def __init__(self, min_size: int, width: int):
        self.min_size = int(min_size)
        self.width = int(width)
        self.parent = array("q")
        self.size = array("q")
        self.blocks: dict[tuple[int, int], tuple[np.ndarray, int]] = {}
        self._row0 = None
        self._prev_bottom = np.full(width, -1, np.int64)
        self._cur_bottom = np.full(width, -1, np.int64)
        self._left_right: np.ndarray | None = None
        self._keep: np.ndarray | None = None

    # union-find ------------------------------------------------------------------------------------------------
    def _find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]

    # pass 1 ----------------------------------------------------------------------------------------------------
    def add(self, s: BorderSurvey) -> None:
        """Register one block's border patches and join them with their neighbours above and to the left."""
        base = len(self.parent)
        count = len(s.labels)
        self.parent.extend(range(base, base + count))
        self.size.extend(int(v) for v in s.sizes)
        self.blocks[(s.row0, s.col0)] = (s.labels, base)
        if s.row0 != self._row0:
            self._row0 = s.row0
            self._prev_bottom, self._cur_bottom = self._cur_bottom, self._prev_bottom
            self._cur_bottom[:] = -1
            self._left_right = None

        def gid(strip: np.ndarray) -> np.ndarray:
            out = np.full(strip.shape, -1, np.int64)
            fg = strip > 0
            out[fg] = base + np.searchsorted(s.labels, strip[fg])
            return out

        top, left = gid(s.top), gid(s.left)
        pairs = []
        if s.row0 > 0:
            above = np.full(len(top) + 2, -1, np.int64)
            lo, hi = max(s.col0 - 1, 0), min(s.col0 + len(top) + 1, self.width)
            above[lo - (s.col0 - 1):hi - (s.col0 - 1)] = self._prev_bottom[lo:hi]
            pairs += [(top, above[d:d + len(top)]) for d in (0, 1, 2)]
        if s.col0 > 0 and self._left_right is not None:
            beside = np.full(len(left) + 2, -1, np.int64)
            beside[1:-1] = self._left_right
            pairs += [(left, beside[d:d + len(left)]) for d in (0, 1, 2)]
        if pairs:
            a = np.concatenate([p[0] for p in pairs])
            b = np.concatenate([p[1] for p in pairs])
            both = (a >= 0) & (b >= 0)
            for x, y in set(zip(a[both].tolist(), b[both].tolist())):
                self._union(x, y)
        self._cur_bottom[s.col0:s.col0 + len(top)] = gid(s.bottom)
        self._left_right = gid(s.right)

    def finish(self) -> None:
        """Decide, after pass 1, which border patches are kept."""
        parent = np.frombuffer(self.parent, dtype=np.int64).copy() if len(self.parent) else np.zeros(0, np.int64)
        while parent.size:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        size = np.frombuffer(self.size, dtype=np.int64) if len(self.size) else np.zeros(0, np.int64)
        self._keep = size[parent] >= self.min_size if parent.size else np.zeros(0, bool)
        self.parent, self.size = array("q"), array("q")

    # pass 2 ----------------------------------------------------------------------------------------------------
    def keep(self, row0: int, col0: int, labels: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """Boolean array: True where a pixel belongs to a patch of at least ``min_size`` pixels."""
        keep = sizes >= self.min_size
        keep[0] = False
        border, base = self.blocks[(row0, col0)]
        if len(border):
            keep[border] = self._keep[base:base + len(border)]
        return keep[labels]


def pixels_for_area(min_ha: float, grid, layer_name: str = "", samples: int = 65) -> tuple[int, float]:
    """(minimum patch size in pixels, mean true pixel area in m^2) for a minimum patch area of ``min_ha`` hectares.

    The pixel area is the mean true (ellipsoidal) area of ``samples`` x ``samples`` pixels spread evenly over the
    grid (:class:`.areas.PixelAreas`; exact for equal-area grids, within the spread of the pixel areas otherwise). A
    patch of ``n`` pixels covers about ``n`` times that area, so the smallest patch kept is
    ``ceil(min_ha * 10^4 / area)`` pixels (rounding noise of 1e-9 ignored); 0 ha gives 0 (every patch kept).
    """
    areas = PixelAreas(grid, layer_name)
    rows = np.unique(np.linspace(0, grid.height - 1, min(samples, grid.height)).round().astype(np.intp))
    cols = np.unique(np.linspace(0, grid.width - 1, min(samples, grid.width)).round().astype(np.intp))
    rr, cc = np.meshgrid(rows, cols, indexing="ij")
    pixel_m2 = float(areas.at(rr.ravel(), cc.ravel()).mean())
    if min_ha <= 0:
        return 0, pixel_m2
    return int(np.ceil(round(min_ha * 1e4 / pixel_m2, 9))), pixel_m2
