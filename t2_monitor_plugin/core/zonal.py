"""Areas per code, for the whole raster and per polygon zone, summed block by block.

Kernels call :meth:`AreaAccumulator.parts` on their block (thread-safe: pixel areas and zone coverage are
read-only); the engine's ``collect`` passes the result to :meth:`AreaAccumulator.add` in block order. Pixel areas are
true ellipsoidal areas (:mod:`.areas`) and zones weigh each pixel by the fraction of it they cover (:mod:`.zones`).

The strips are counted by :class:`.zonal_strips.StripCounter` (count first, weight after: one ``np.bincount``
of a combined class/zone/row key per strip, turned into square metres once per bin).

A block's sums are flat arrays of (zone, code, square metres) (:mod:`.zonal_sums`), merged by one sort: with
100,000 zones no Python dict is made per zone and block. :meth:`AreaAccumulator.table` gives the merged arrays,
:meth:`AreaAccumulator.groups` one dict per zone.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import numpy as np

from . import cancel
from .areas import PixelAreas
from .engine import choose_block_shape
from .errors import tr_noop
from .grid import Grid
from .zonal_strips import MAX_BINS, StripCounter, _BlockSums, _Ranked  # noqa: F401 - MAX_BINS re-exported
from .zonal_sums import TOTAL, BlockPart, ZoneSums
from .zone_cover import block_layout
from .zones import ZoneSet

ALL_ZONES = "(all)"
OUTSIDE_WARNING_SHARE = 0.005
CHUNK_PIXELS = 2**19
"""Pixels per strip in :meth:`AreaAccumulator.parts` (keys and weights of one strip stay in the CPU caches)."""


def accumulate(codes: np.ndarray, valid: np.ndarray, weights: np.ndarray) -> tuple[dict[int, float], float]:
    """Sum ``weights`` per class code over valid pixels, and over invalid pixels (nodata)."""
    v = codes[valid]
    w = weights[valid]
    nodata = float(weights[~valid].sum())
    if v.size == 0:
        return {}, nodata
    if v.dtype.kind in "iu" and v.dtype.itemsize <= 2:
        lo = int(v.min())
        shifted = v.astype(np.int64) - lo
        sums = np.bincount(shifted, weights=w)
        idx = np.nonzero(np.bincount(shifted))[0]
        return {int(i + lo): float(sums[i]) for i in idx}, nodata
    uniq, inv = np.unique(v, return_inverse=True)
    sums = np.bincount(inv.ravel(), weights=w)
    return {int(k): float(s) for k, s in zip(uniq, sums)}, nodata


ZONE_BYTES_PER_BOUNDARY_PIXEL = 64.0
"""Working bytes per zone boundary pixel in :meth:`AreaAccumulator.parts` (boundary pieces, scattered boundary
pixels with their coverage, areas and keys), for :func:`zone_block_shape`."""


def zone_block_shape(grid: Grid, input_bytes_per_pixel: float, zones: ZoneSet | None) -> tuple[int, int] | None:
    """Engine block shape for a run that accumulates per zone (None without zones: the engine's default).

    The zones' working memory grows with their boundary pixels (estimated from the edges: about ``|dx| + |dy| + 1``
    pixels per edge), so blocks are made smaller by that share: with 100,000 zones the temporaries of all threads
    stay a few tens of megabytes, with a few zones the blocks keep the engine's size.
    """
    if zones is None:
        return None
    e = zones.edge_array
    pieces = float((np.abs(e[:, 2] - e[:, 0]) + np.abs(e[:, 3] - e[:, 1]) + 1.0).sum()) if len(e) else 0.0
    share = min(1.0, pieces / max(grid.width * grid.height, 1))
    return choose_block_shape(grid, input_bytes_per_pixel + ZONE_BYTES_PER_BOUNDARY_PIXEL * share)


def grid_accumulator(grid: Grid, layer_name: str = "") -> AreaAccumulator | None:
    """Area sums on ``grid``, or None when it has no usable CRS (then no areas can be reported)."""
    if grid.srs is None or not (grid.srs.IsGeographic() or grid.srs.IsProjected()):
        return None
    return AreaAccumulator(grid, None, layer_name)


class AreaAccumulator(StripCounter):
    """Square metres per code overall (key None) and per zone index, plus nodata square metres."""

    def __init__(self, grid: Grid, zones: ZoneSet | None = None, layer_name: str = ""):
        self.pixel_areas = PixelAreas(grid, layer_name=layer_name)
        self.zones = zones
        self.layer_name = layer_name
        self.sums = ZoneSums(len(zones) if zones is not None else 0)
        self.init_strips()

    # ----------------------------------------------------------------------------------------------------------
    # Per block (kernel threads)
    # ----------------------------------------------------------------------------------------------------------

    def parts(self, row0: int, col0: int, codes: np.ndarray, valid: np.ndarray) -> BlockPart:
        """Per-key sums for one block (call from the kernel): ``part[None | zone index]`` is ``({code: m2},
        nodata m2)`` (:class:`.zonal_sums.BlockPart`).

        Raises :class:`.errors.Cancelled` between strips when the run it is called in is cancelled (:mod:`.cancel`).
        """
        codes = np.asarray(codes)
        if codes.dtype == bool:
            codes = codes.view(np.uint8)
        valid = np.asarray(valid, dtype=bool)
        rows, cols = codes.shape
        labels, local, extras = (None, [], None) if self.zones is None else block_layout(
            self.zones, row0, col0, rows, cols)
        zs = len(local) + 1
        sums = _BlockSums()
        if rows and cols:
            step = max(1, min(rows, CHUNK_PIXELS // max(cols, 1)))
            for a in range(0, rows, step):
                cancel.check()
                b = min(rows, a + step)
                lab = labels[a:b] if labels is not None else None
                self._strip(sums, partial(self._strip_sums, row0 + a, col0, codes[a:b], valid[a:b], lab, zs),
                            codes[a:b], valid[a:b])
        out = self._to_dicts(sums, local)
        if extras is not None and extras[0].size:
            ex_col, ex_pix, ex_cov = extras
            rr, cc = np.divmod(ex_pix, cols)
            weights = self.pixel_areas.at(row0 + rr, col0 + cc) * ex_cov
            ex_codes, ex_valid = codes.ravel()[ex_pix], valid.ravel()[ex_pix]
            more = _BlockSums()
            self._strip(more, partial(self._weighted_sums, ex_codes, ex_valid, ex_col, weights, zs), ex_codes,
                        ex_valid)
            self._to_dicts(more, local, out, with_total=False)
        return out

    def _to_dicts(self, sums: _BlockSums, local: list[int], out: BlockPart | None = None,
                  with_total: bool = True) -> BlockPart:
        """Block sums as a :class:`.zonal_sums.BlockPart` (added to ``out`` when given); the total (key None)
        sums all columns when ``with_total``."""
        if out is None:
            out = BlockPart(local)
        keys = np.r_[TOTAL, np.asarray(local, dtype=np.int64)]  # zone column -> zone index
        for lo, (area, count) in sums.by_lo.items():
            ranked = lo.codes if isinstance(lo, _Ranked) else None

            def code_of(idx, ranked=ranked, lo=lo):
                return ranked[idx - 1] if ranked is not None else idx + (lo - 1)
            if with_total:
                total_area, total_count = area.sum(axis=1), count.sum(axis=1)
                idx = np.nonzero(total_count[1:])[0] + 1
                out.add_classes(np.full(idx.size, TOTAL, dtype=np.int64), code_of(idx), total_area[idx])
                out.add_nodata(keys[:1], total_area[:1])
            z = np.nonzero(count[0, 1:])[0] + 1  # nodata per zone column
            out.add_nodata(keys[z], area[0, z])
            ks, zcols = np.nonzero(count[1:, 1:])
            out.add_classes(keys[zcols + 1], code_of(ks + 1), area[ks + 1, zcols + 1])
        return out

    # ----------------------------------------------------------------------------------------------------------
    # Merging and results (calling thread)
    # ----------------------------------------------------------------------------------------------------------

    def add(self, parts: BlockPart) -> None:
        """Merge one block's sums (call from ``collect``, in the calling thread)."""
        self.sums.add(parts)

    def groups(self) -> Iterator[tuple[str, str, dict[int, float], float]]:
        """(level, zone name, {code: m2}, nodata m2): the whole raster first, then each zone that overlaps it."""
        yield "total", ALL_ZONES, self.sums.classes(TOTAL), float(self.sums.nodata[0])
        if self.zones is None:
            return
        keys, codes, m2 = self.sums.table()
        starts = self.sums.starts()
        for i in np.nonzero(self.sums.seen)[0].tolist():
            a, b = starts[i + 1], starts[i + 2]
            yield "zone", self.zones.names[i], dict(zip(codes[a:b].tolist(), m2[a:b].tolist())), float(
                self.sums.nodata[i + 1])

    def table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The sums of :meth:`groups` as arrays: (zone keys, codes, m2) sorted by key then code, key -1 for the
        whole raster; nodata m2 per key (index key + 1); and the zone indexes that overlap the raster, ascending."""
        keys, codes, m2 = self.sums.table()
        seen = np.nonzero(self.sums.seen)[0] if self.zones is not None else np.zeros(0, dtype=np.int64)
        return keys, codes, m2, self.sums.nodata, seen

    def total_classes(self) -> dict[int, float]:
        """Square metres per code over the whole raster."""
        return self.sums.classes(TOTAL)

    def warnings(self) -> list[tuple[str, dict]]:
        """Zones missing the raster, or partly outside it (translatable templates with their values)."""
        out = []
        if self.zones is None:
            return out
        counted = (self.sums.valid_m2() + self.sums.nodata)[1:] / 1e4
        polygon = np.array([self.zones.area_m2(i) for i in range(len(self.zones))]) / 1e4
        with np.errstate(invalid="ignore", divide="ignore"):
            outside = (polygon > 0) & ((polygon - counted) / np.where(polygon > 0, polygon, 1.0)
                                       > OUTSIDE_WARNING_SHARE)
        for i in np.nonzero(~self.sums.seen | outside)[0].tolist():
            name = self.zones.names[i]
            if not self.sums.seen[i]:
                out.append((tr_noop("The zone {zone} does not overlap the raster {layer}; it has no rows."),
                            {"zone": name, "layer": self.layer_name}))
                continue
            polygon_ha, counted_ha = float(polygon[i]), float(counted[i])
            out.append((tr_noop("The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} "
                                "ha are outside and not counted."),
                        {"zone": name, "layer": self.layer_name, "outside": f"{polygon_ha - counted_ha:.1f}",
                         "total": f"{polygon_ha:.1f}"}))
        return out
