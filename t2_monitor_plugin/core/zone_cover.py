"""Coverage of every zone of a :class:`.zones.ZoneSet` on one raster block at once (for the zonal accumulator).

:meth:`.zones.ZoneSet.coverage` computes one zone's exact coverage over a dense window; with thousands of zones in a
block, one call per zone costs more than the block itself. :func:`block_layout` runs the same signed-area
accumulation for all zones of the block together and keeps it sparse:

1. the zones whose pixel window meets the block are found from an array of windows, and their edges (left of
   the block included, they carry the winding number) are gathered from the zone set's edge arrays;
2. edges are cut at the grid lines (:func:`.zone_build._cut`); each piece adds ``dy * (right pixel edge - mean x)``
   to its pixel and ``dy`` to every pixel right of it in its row (the ``cover`` term). Pieces are keyed by (zone, row,
   column), sorted and summed: only *boundary pixels* (pixels that pieces fall in) are listed;
3. along a (zone, row), the coverage of a boundary pixel is its own area term plus the cover of the boundary
   pixels left of it; between two boundary pixels the coverage is constant, the running winding number (0 or 1):
   a *run* of full pixels (0 or 1, or a constant fraction where a horizontal edge crosses the row, which has no
   pieces). Values are snapped and rounded to float32 exactly as ``coverage`` does, so the result is the same.

Full pixels (runs, and boundary pixels of coverage 1) become a label raster of the block: the zone of lowest index
claims a pixel, pixels of later overlapping zones and partly covered pixels are returned as a sparse list. The cost
is O(boundary pixels + block pixels), independent of the number of zones. A block is laid out in strips of
:data:`LAYOUT_PIXELS` pixels, so the temporaries of the boundary pieces stay a few tens of megabytes.

For code that used to loop over the zones calling :meth:`.zones.ZoneSet.coverage`: :func:`weighted_sums` (sums of
block arrays times coverage per zone), :func:`covered_at_least` (pixels some zone covers by a share) and
:func:`pixels_at_least` (those pixels per zone).
"""
from __future__ import annotations

import numpy as np

from .zone_build import _cut
from .zones import _ROUND, ZoneSet

LAYOUT_PIXELS = 2**19
"""Pixels per strip of :func:`block_layout`."""
_EMPTY = (None, [], (np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float32)))


def _ranges(starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(start, stop)`` for every pair."""
    lens = stops - starts
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lens) - lens
    return np.repeat(starts - offsets, lens) + np.arange(total, dtype=np.int64)


def block_layout(zones: ZoneSet, row0: int, col0: int, rows: int, cols: int):
    """(labels, local, extras) for the block ``(row0, col0, rows, cols)``.

    ``labels`` (int32, (rows, cols), or None when no zone covers the block) holds 1.. for the zone column of each
    fully covered pixel (0: none); ``local[c - 1]`` is the zone index of column ``c``; ``extras`` is
    ``(column int32, flat pixel index in the block int32, coverage float32)`` for partly covered pixels and pixels
    of overlapping zones other than the one that claimed them.

    The block is laid out in strips of about :data:`LAYOUT_PIXELS` pixels (the temporaries of the boundary pieces
    stay bounded whatever the block size and the number of zones); the strips' zone columns are merged.
    """
    step = max(1, min(rows, LAYOUT_PIXELS // max(cols, 1)))
    index = np.int32 if rows * cols < 2**31 else np.int64
    if rows <= step:
        return _compact(*_strip_layout(zones, row0, col0, rows, cols), index)
    strips = []
    for a in range(0, rows, step):
        h = min(step, rows - a)
        runs, loc, (col, pix, cov) = _strip_layout(zones, row0 + a, col0, h, cols, runs=True)
        if loc:  # extras compacted; the labels are written from the runs once the zone columns are merged
            extras = _compact(None, [], (col, pix + a * cols, cov), index)[2]
            strips.append((a, h, runs, np.asarray(loc, dtype=np.int64), extras))
    if not strips:
        return _EMPTY
    local = np.unique(np.concatenate([s[3] for s in strips]))
    labels = None
    if any(s[2] is not None for s in strips):
        labels = np.zeros((rows, cols), dtype=np.int32)
    more = []
    for a, h, runs, loc, (col, _, _) in strips:
        to_merged = np.r_[0, np.searchsorted(local, loc) + 1].astype(np.int32)  # strip column -> merged column
        np.take(to_merged, col, out=col)
        if runs is not None:  # the merged columns keep the zone order, so the same zones claim the same pixels
            zcol, rr, rs, re = runs
            labels[a:a + h], dup_col, dup_pix = _labels(h, cols, to_merged[zcol], rr, rs, re)
            if dup_pix.size:
                more.append((dup_col.astype(np.int32), (dup_pix + a * cols).astype(index),
                             np.ones(dup_pix.size, dtype=np.float32)))
    parts = [s[4] for s in strips] + more
    extras = tuple(np.concatenate([p[k] for p in parts]) for k in range(3))
    return labels, local.tolist(), extras


def _compact(labels, local, extras, index=np.int32):
    """The layout with its extras as int32 columns, ``index`` pixel indexes and float32 coverage (exactly the
    values of :func:`_snap`)."""
    col, pix, cov = extras
    return labels, local, (col.astype(np.int32), pix.astype(index), cov.astype(np.float32))


def _strip_layout(zones: ZoneSet, row0: int, col0: int, rows: int, cols: int, runs: bool = False):
    """:func:`block_layout` of one strip; with ``runs``, the full pixels are returned as runs (zone column, row,
    start, stop) instead of labels (and without the pixels of overlapping runs: :func:`_labels` finds those)."""
    empty = _EMPTY
    r1, c1 = row0 + rows, col0 + cols
    sel = zones.meeting(row0, col0, rows, cols)
    if sel.size == 0 or rows <= 0 or cols <= 0:
        return empty
    starts = zones.edge_starts
    idx = _ranges(starts[sel], starts[sel + 1])
    zl = np.repeat(np.arange(sel.size, dtype=np.int64), starts[sel + 1] - starts[sel])
    b = zones.edge_bounds[idx]
    keep = (b[:, 1] > row0) & (b[:, 0] < r1) & (b[:, 2] < c1) & (b[:, 0] != b[:, 1])
    idx, zl = idx[keep], zl[keep]
    if idx.size == 0:
        return empty
    x0, y0, x1, y1 = (zones.edge_array[idx] - np.array([col0, row0, col0, row0], dtype=float)).T
    dx, dy = x1 - x0, y1 - y0
    ta, tb = (0.0 - y0) / dy, (rows - y0) / dy
    t_in, t_out = np.maximum(np.minimum(ta, tb), 0.0), np.minimum(np.maximum(ta, tb), 1.0)
    inside = np.nonzero(t_out > t_in)[0]
    x0, y0, dx, dy, zl = x0[inside], y0[inside], dx[inside], dy[inside], zl[inside]
    by_row, ts, te = _cut(t_in[inside], t_out[inside], y0, dy, rows)
    by_cell, ts, te = _cut(ts, te, x0[by_row], dx[by_row], cols)
    e = by_row[by_cell]
    tm = 0.5 * (ts + te)
    xm = np.clip(x0[e] + tm * dx[e], 0.0, cols)
    piece_dy = (te - ts) * dy[e]
    j = np.minimum(np.floor(xm), cols).astype(np.int64)
    i = np.clip(np.floor(y0[e] + tm * dy[e]), 0, rows - 1).astype(np.int64)
    here = j < cols  # pieces right of the block reach no pixel of it
    e, j, i, xm, piece_dy = e[here], j[here], i[here], xm[here], piece_dy[here]
    if e.size == 0:
        return empty
    key = (zl[e] * rows + i) * cols + j
    order = np.argsort(key, kind="stable")
    key = key[order]
    first = np.nonzero(np.r_[True, key[1:] != key[:-1]])[0]
    area = np.add.reduceat((piece_dy * (j + 1 - xm))[order], first)
    cover = np.add.reduceat(piece_dy[order], first)
    key = key[first]
    group = key // cols  # zone * rows + row
    col = key - group * cols
    new_group = np.r_[True, group[1:] != group[:-1]]
    gstart = np.nonzero(new_group)[0]
    run_total = np.cumsum(cover)
    before = (run_total - cover)[gstart]  # cover of earlier groups
    gid = np.cumsum(new_group) - 1
    excl = run_total - cover - before[gid]  # cover of this group's pixels left of each boundary pixel
    cov = area + excl
    winding = excl + cover  # coverage of the pixels right of it, up to the next boundary pixel
    cov, winding = _snap(cov), _snap(winding)
    zone_l, row = group // rows, group % rows
    nxt = np.r_[col[1:], cols]
    nxt[np.r_[gstart[1:] - 1, col.size - 1]] = cols  # a group's last boundary pixel runs to the block edge
    gap = nxt > col + 1
    run = gap & (winding >= 1.0)
    # a horizontal edge crossing a row leaves pixels without pieces but partly covered: constant fractions
    frac = np.nonzero(gap & (winding > 0.0) & (winding < 1.0))[0]
    # full pixels as runs [start, stop): boundary pixels of coverage 1 and the runs between boundary pixels
    full_b = cov >= 1.0
    part = (cov > 0.0) & ~full_b
    rz = np.r_[zone_l[full_b], zone_l[run]]
    rr = np.r_[row[full_b], row[run]]
    rs = np.r_[col[full_b], col[run] + 1]
    re = np.r_[col[full_b] + 1, nxt[run]]
    used = np.zeros(sel.size, dtype=bool)
    used[rz] = True
    used[zone_l[part]] = True
    used[zone_l[frac]] = True
    local_of = np.cumsum(used)  # zone position in sel -> column 1..
    local = sel[used].tolist()
    ex_col, ex_pix, ex_cov = local_of[zone_l[part]], row[part] * cols + col[part], cov[part]
    if frac.size:
        lens = nxt[frac] - col[frac] - 1
        ex_col = np.r_[ex_col, np.repeat(local_of[zone_l[frac]], lens)]
        ex_pix = np.r_[ex_pix, _ranges(row[frac] * cols + col[frac] + 1, row[frac] * cols + nxt[frac])]
        ex_cov = np.r_[ex_cov, np.repeat(winding[frac], lens)]
    labels = None
    if runs:
        labels = (local_of[rz], rr, rs, re) if rz.size else None
    elif rz.size:
        labels, dup_col, dup_pix = _labels(rows, cols, local_of[rz], rr, rs, re)
        if dup_pix.size:
            ex_col = np.r_[ex_col, dup_col]
            ex_pix = np.r_[ex_pix, dup_pix]
            ex_cov = np.r_[ex_cov, np.ones(dup_pix.size)]
    if not local:
        return empty
    return labels, local, (ex_col, ex_pix, ex_cov)


def _snap(values: np.ndarray) -> np.ndarray:
    """Coverage snapped to 0 and 1 and rounded to float32, as :meth:`.zones.ZoneSet.coverage` returns it."""
    out = np.where(values < _ROUND, 0.0, np.where(values > 1.0 - _ROUND, 1.0, values))
    return out.astype(np.float32).astype(np.float64)


def _labels(rows: int, cols: int, zcol: np.ndarray, rr: np.ndarray, rs: np.ndarray, re: np.ndarray):
    """(label raster, columns and flat pixels of the full pixels another zone claimed first) from runs.

    Without overlaps the runs, sorted along the block and with the gaps between them, are written in one
    ``np.repeat`` pass; overlapping runs are expanded to pixels and sorted.
    """
    start, stop = rr * cols + rs, rr * cols + re
    order = np.argsort(start, kind="stable")
    start, stop, zcol = start[order], stop[order], zcol[order]
    if not (start[1:] < stop[:-1]).any():
        gaps = start - np.r_[0, stop[:-1]]
        values = np.zeros(2 * start.size + 1, dtype=np.int32)
        values[1::2] = zcol
        lengths = np.empty(2 * start.size + 1, dtype=np.int64)
        lengths[0:-1:2] = gaps
        lengths[1::2] = stop - start
        lengths[-1] = rows * cols - stop[-1]
        labels = np.repeat(values, lengths)
        return labels.reshape(rows, cols), np.zeros(0, np.int64), np.zeros(0, np.int64)
    pix = _ranges(start, stop)
    pz = np.repeat(zcol, stop - start)
    order = np.lexsort((pz, pix))  # by pixel, then zone: the zone of lowest index claims the pixel
    pix, pz = pix[order], pz[order]
    claim = np.r_[True, pix[1:] != pix[:-1]]
    labels = np.zeros(rows * cols, dtype=np.int32)
    labels[pix[claim]] = pz[claim]
    return labels.reshape(rows, cols), pz[~claim], pix[~claim]


def weighted_sums(zones: ZoneSet, row0: int, col0: int, weights: list[np.ndarray]) -> tuple[list[int], np.ndarray]:
    """(zone indexes, sums (len(weights), zones)): each block array of ``weights`` (float64, the block's shape)
    summed over every zone of the block, pixel by pixel times the fraction the zone covers; all zones at once from
    :func:`block_layout` (equal to ``(coverage * w).sum()`` per zone up to the order of the additions)."""
    rows, cols = weights[0].shape
    labels, local, (ex_col, ex_pix, ex_cov) = block_layout(zones, row0, col0, rows, cols)
    n = len(local) + 1
    sums = np.zeros((len(weights), n))
    cov = ex_cov.astype(np.float64)
    for k, w in enumerate(weights):
        flat = w.ravel()
        if labels is not None:
            sums[k] += np.bincount(labels.ravel(), weights=flat, minlength=n)
        if ex_pix.size:
            sums[k] += np.bincount(ex_col, weights=flat[ex_pix] * cov, minlength=n)
    return local, sums[:, 1:]


def covered_at_least(zones: ZoneSet, row0: int, col0: int, rows: int, cols: int, share: float) -> np.ndarray:
    """Pixels (bool, (rows, cols)) of the block that some zone covers by at least ``share`` (0 < share <= 1), as
    ``coverage >= share`` of every zone would mark them."""
    labels, _, (_, ex_pix, ex_cov) = block_layout(zones, row0, col0, rows, cols)
    out = np.zeros(rows * cols, dtype=bool) if labels is None else (labels.ravel() > 0)
    out[ex_pix[ex_cov >= np.float32(share)]] = True
    return out.reshape(rows, cols)


def pixels_at_least(zones: ZoneSet, row0: int, col0: int, rows: int, cols: int, share: float) -> dict[int, np.ndarray]:
    """{zone index: flat indexes (ascending) of the block pixels the zone covers by at least ``share``} for the
    zones of the block, as ``np.flatnonzero(coverage >= share)`` of each zone would give them."""
    labels, local, (ex_col, ex_pix, ex_cov) = block_layout(zones, row0, col0, rows, cols)
    keep = ex_cov >= np.float32(share)
    col = ex_col[keep].astype(np.int64)
    pix = ex_pix[keep].astype(np.int64)
    if labels is not None:
        full = np.flatnonzero(labels)
        col, pix = np.r_[labels.ravel()[full].astype(np.int64), col], np.r_[full, pix]
    order = np.lexsort((pix, col))
    col, pix = col[order], pix[order]
    bounds = np.searchsorted(col, np.arange(1, len(local) + 2))
    return {z: pix[bounds[c]:bounds[c + 1]] for c, z in enumerate(local) if bounds[c + 1] > bounds[c]}
