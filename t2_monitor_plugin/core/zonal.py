"""Areas per code, for the whole raster and per polygon zone, summed block by block.

Kernels call :meth:`AreaAccumulator.parts` on their block (thread-safe: pixel areas and zone coverage are
read-only); the engine's ``collect`` passes the result to :meth:`AreaAccumulator.add` in block order. Pixel areas are
true ellipsoidal areas (:mod:`.areas`) and zones weigh each pixel by the fraction of it they cover (:mod:`.zones`).

Count first, weight after
-------------------------
A block is processed in strips of about :data:`CHUNK_PIXELS` pixels. Each pixel gets one integer key that combines
its class (``code - lo + 1``; 0 for nodata), the zone whose interior holds it (0 for none) and, where pixel areas
vary, its position in the area pattern; one ``np.bincount`` of the keys counts the strip, and the counts are turned
into square metres once per bin:

* equal-area grids: key = (class, zone); area = count x nominal pixel area;
* north-up geographic grids: key = (class, zone, row); area = counts per row . row areas (exact: every pixel of a
  row has the same area);
* other projected grids, without zones: key = (class, row, lattice segment), where a segment is the run of columns
  between two lattice columns of :class:`.areas.PixelAreas`. Along a row the interpolated area is linear in the
  column within a segment, so the sum over a bin is ``count * start + (sum of column offsets) * slope``. One
  weighted ``bincount`` carries both numbers at once: the weight ``M + offset`` (``M`` larger than any offset sum)
  gives ``count * M + offset sum``, exact in float64 because every term is a small integer;
* other projected grids with zones: key = (class, zone), weighted by the interpolated pixel areas.

All of these equal the per-pixel sums of :meth:`.areas.PixelAreas.block` up to float rounding. Pixels that a zone
covers only in part (its boundary), and pixels inside two overlapping zones, are summed per zone from their own
pixel areas times coverage (few pixels). When the class range of a strip would make too many bins (e.g. sparse
32-bit codes), the codes are first replaced by their rank among the strip's distinct codes (a sorted reduction).

A block's sums are flat arrays of (zone, code, square metres) (:mod:`.zonal_sums`), merged by one sort: with
100,000 zones no Python dict is made per zone and block. :meth:`AreaAccumulator.table` gives the merged arrays,
:meth:`AreaAccumulator.groups` one dict per zone.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial

import numpy as np

from . import cancel
from .areas import PixelAreas
from .engine import choose_block_shape
from .errors import tr_noop
from .grid import Grid
from .zonal_sums import TOTAL, BlockPart, ZoneSums
from .zone_cover import block_layout
from .zones import ZoneSet

ALL_ZONES = "(all)"
OUTSIDE_WARNING_SHARE = 0.005
CHUNK_PIXELS = 2**19
"""Pixels per strip in :meth:`AreaAccumulator.parts` (keys and weights of one strip stay in the CPU caches)."""
MAX_BINS = 2**20
"""Largest bincount per strip; beyond it codes are ranked (sorted reduction) or the row/segment split is dropped."""
_CACHE_ENTRIES = 10


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


class _BlockSums:
    """Square metres and pixel counts per (class index, zone column) of one block, for one class offset ``lo``."""

    def __init__(self):
        self.by_lo: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def add(self, lo: int, area: np.ndarray, count: np.ndarray) -> None:
        old = self.by_lo.get(lo)
        if old is None:
            self.by_lo[lo] = (area.copy(), count.copy())
            return
        a, c = old
        if area.shape[0] > a.shape[0]:
            a, area = area.copy(), a
            c, count = count.copy(), c
        a[:area.shape[0]] += area
        c[:count.shape[0]] += count
        self.by_lo[lo] = (a, c)


class AreaAccumulator:
    """Square metres per code overall (key None) and per zone index, plus nodata square metres."""

    def __init__(self, grid: Grid, zones: ZoneSet | None = None, layer_name: str = ""):
        self.pixel_areas = PixelAreas(grid, layer_name=layer_name)
        self.zones = zones
        self.layer_name = layer_name
        self.sums = ZoneSums(len(zones) if zones is not None else 0)
        self._lo: int | None = None  # smallest valid code seen so far (shared by the kernel threads)
        self._lock = threading.Lock()
        self._cache: dict = {}
        self._local = threading.local()

    def __getstate__(self) -> dict:
        """Pickled without the per-thread key buffers (the Dask scale-out path ships accumulators to workers)."""
        state = self.__dict__.copy()
        state.pop("_local", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._local = threading.local()

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

    def _scratch(self, shape: tuple[int, ...], dtype=np.intp) -> np.ndarray:
        """This thread's buffer of ``shape`` and ``dtype``, reused strip after strip (a fresh multi-megabyte array
        per strip costs page faults on top of the pass that fills it)."""
        size = int(np.prod(shape))
        name = np.dtype(dtype).name
        buf = getattr(self._local, name, None)
        if buf is None or buf.size < size:
            buf = np.empty(max(size, CHUNK_PIXELS), dtype=dtype)
            setattr(self._local, name, buf)
        return buf[:size].reshape(shape)

    def _cached(self, key, make):
        with self._lock:
            value = self._cache.get(key)
        if value is None:
            value = make()
            with self._lock:
                if len(self._cache) >= _CACHE_ENTRIES:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[key] = value
        return value

    def _class_index(self, codes: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, int]:
        """(class index per pixel: code - lo + 1, 0 where invalid; lo)."""
        lo = self._offset(codes, valid)
        if lo is None:
            return np.zeros(codes.shape, dtype=np.intp), 0
        k = np.empty(codes.shape, dtype=np.intp)
        with np.errstate(invalid="ignore", over="ignore"):
            np.subtract(codes, lo - 1, out=k, dtype=np.intp, casting="unsafe")
        np.multiply(k, valid, out=k)
        return k, lo

    def _offset(self, codes: np.ndarray, valid: np.ndarray) -> int | None:
        """The class offset ``lo`` (smallest valid code seen so far), None while no valid pixel was seen."""
        with self._lock:
            lo = self._lo
        if lo is None:
            present = codes[valid]
            if present.size == 0:
                return None
            lo = self._lower_lo(present)
        return lo

    def _lower_lo(self, present: np.ndarray) -> int:
        low = int(np.floor(present.min()))
        with self._lock:
            self._lo = low if self._lo is None else min(self._lo, low)
            return self._lo

    def _classes_of(self, codes: np.ndarray, valid: np.ndarray, stride: int):
        """(class index per pixel or None, number of class indexes K, lo) for a strip; K counts the nodata index 0.

        For 8/16-bit codes whose range is small enough, K comes from the largest code and the class indexes are
        not made (None): :meth:`_keys` builds the combined keys from the codes in one pass.
        """
        if codes.dtype.kind in "iu" and codes.dtype.itemsize <= 2 and codes.size:
            lo = self._offset(codes, valid)
            top = int(codes.max()) - (0 if lo is None else lo) + 2  # cheap bound (invalid pixels included)
            if top * stride <= MAX_BINS:
                return None, max(top, 1), (0 if lo is None else lo)
        k, lo = self._class_index(codes, valid)
        return k, (int(k.max()) + 1) if k.size else 1, lo

    def _keys(self, codes: np.ndarray, valid: np.ndarray, k: np.ndarray | None, lo, scale: int,
              base: np.ndarray | None) -> np.ndarray:
        """Combined keys ``class index * scale + base`` (``base`` None: 0), the class index being ``code - lo + 1``
        for valid pixels and 0 for invalid ones (made here from 8/16-bit codes when ``k`` is None)."""
        if k is None:
            k = self._scratch(codes.shape)
            np.subtract(codes, lo - 1, out=k, dtype=np.intp)
            np.multiply(k, valid, out=k)
        np.multiply(k, scale, out=k)
        if base is not None:
            k += base
        return k

    def _minor_keys(self, codes: np.ndarray, valid: np.ndarray, k: np.ndarray | None, lo,
                    major: np.ndarray) -> np.ndarray:
        """Combined keys ``major + class index`` (``major`` already multiplied by the class capacity), the class
        index being ``code - lo + 1`` for valid pixels and 0 for invalid ones.

        With the class index as the fastest-varying part of the key, the keys of 8/16-bit codes take three passes
        over the strip: the class index in 16 or 32 bits, zeroed where invalid, then widened while ``major`` is added.
        """
        if k is not None:
            k += major
            return k
        small = self._scratch(codes.shape, _index_dtype(codes))
        np.subtract(codes, lo - 1, out=small, dtype=small.dtype, casting="unsafe")
        np.multiply(small, valid, out=small)
        key = self._scratch(codes.shape)
        np.add(small, major, out=key)
        return key

    def _strip(self, sums: _BlockSums, compute, codes: np.ndarray, valid: np.ndarray) -> None:
        """Add the sums ``compute()`` makes of one strip (or of the scattered pixels ``codes``); a valid code below
        the class offset used so far widens the offset and computes them again."""
        invalid = codes.size - int(np.count_nonzero(valid))
        for _attempt in range(3):
            try:
                lo, area, count = compute()
            except ValueError:  # a negative key: a valid code below lo
                lo = None
            if lo is not None and (isinstance(lo, _Ranked) or int(round(count[0].sum())) == invalid):
                sums.add(lo, area, count)
                return
            self._lower_lo(codes[valid])  # a valid code fell on the nodata index (code == lo - 1) or below it
        raise AssertionError("class offset did not settle")  # pragma: no cover - _lower_lo makes it exact

    def _strip_sums(self, row0: int, col0: int, codes: np.ndarray, valid: np.ndarray, labels: np.ndarray | None,
                    zs: int):
        """(class offset or ranks, square metres (K, zs), pixel counts (K, zs)) of one strip."""
        rows, cols = codes.shape
        pa = self.pixel_areas
        nominal = pa.nominal_m2
        row_areas = pa.row_areas(row0, rows)
        mode = "nominal" if nominal is not None else "rows" if row_areas is not None else (
            "segments" if labels is None else "pixels")
        if mode == "segments":
            seg, offset, first, nodes = self._cached(("seg", col0, cols), lambda: pa.column_segments(col0, cols))
            nseg = max(nodes - 1, 1)
            stride = rows * nseg
        else:
            stride = zs * rows if mode == "rows" else zs
        k, kmax, lo = self._classes_of(codes, valid, stride)
        kcap = _capacity(kmax)
        if kcap * stride > MAX_BINS and mode in ("segments", "rows"):
            mode, stride = "pixels", zs  # too many bins with the row/segment split: weigh pixel by pixel
        if kmax * stride > MAX_BINS:  # sparse codes (e.g. 32-bit): rank them among the strip's distinct codes
            uniq, inv = np.unique(codes[valid], return_inverse=True)
            k = np.zeros(codes.shape, dtype=np.intp)
            k[valid] = inv.ravel() + 1
            kmax, lo = uniq.size + 1, _Ranked(uniq)
            kcap = _capacity(kmax)
        if mode == "segments":
            width = int(offset.max()) + 1 if offset.size else 1
            big = float(width * width)  # > any sum of offsets in one (row, segment) bin
            major = self._cached(("segmajor", col0, cols, rows, kcap), lambda: (
                (np.arange(rows, dtype=np.intp)[:, None] * nseg + seg[None, :]) * kcap))
            enc = self._cached(("segenc", col0, cols, rows), lambda: np.broadcast_to(
                big + offset.astype(np.float64), (rows, cols)).copy())
            key = self._minor_keys(codes, valid, k, lo, major)
            packed = np.bincount(key.ravel(), weights=enc.ravel(), minlength=kcap * stride).reshape(stride, kcap)
            count = np.floor(packed / big)
            start, slope = pa.segment_areas(row0, rows, first, nodes)
            # count * start + offsets * slope with offsets = packed - count * big, summed over (row, segment)
            area = np.einsum("i,ik->k", (start - big * slope).ravel(), count) + np.einsum("i,ik->k", slope.ravel(),
                                                                                          packed)
            return lo, area[:kmax, None], count.sum(axis=0)[:kmax, None]
        if mode == "rows":
            major = self._cached(("rowmajor", cols, rows, zs, kcap), lambda: np.broadcast_to(
                np.arange(rows, dtype=np.intp)[:, None] * (zs * kcap), (rows, cols)).copy())
            if labels is not None:
                zone_major = np.multiply(labels, kcap, dtype=np.intp)
                zone_major += major
                major = zone_major
            key = self._minor_keys(codes, valid, k, lo, major)
            count = np.bincount(key.ravel(), minlength=kcap * stride).reshape(rows, zs, kcap)[:, :, :kmax]
            area = np.einsum("rzk,r->kz", count, row_areas)
            return lo, area, count.sum(axis=0).T.astype(np.float64)
        key = self._keys(codes, valid, k, lo, zs, labels)
        if mode == "nominal":
            count = np.bincount(key.ravel(), minlength=kmax * zs).reshape(kmax, zs)
            area = count * nominal
        else:
            weights = pa.block(row0, col0, rows, cols)
            area = np.bincount(key.ravel(), weights=weights.ravel(), minlength=kmax * zs).reshape(kmax, zs)
            count = np.bincount(key.ravel(), minlength=kmax * zs).reshape(kmax, zs)
        return lo, area, count.astype(np.float64)

    def _weighted_sums(self, codes: np.ndarray, valid: np.ndarray, zcol: np.ndarray, weights: np.ndarray, zs: int):
        """(class offset or ranks, square metres (K, zs), pixel counts (K, zs)) of scattered pixels of the zone
        columns ``zcol`` weighted by ``weights`` (pixel area x coverage)."""
        k, kmax, lo = self._classes_of(codes, valid, zs)
        if kmax * zs > MAX_BINS:
            uniq, inv = np.unique(codes[valid], return_inverse=True)
            k = np.zeros(codes.shape, dtype=np.intp)
            k[valid] = inv.ravel() + 1
            kmax, lo = uniq.size + 1, _Ranked(uniq)
        key = self._keys(codes, valid, k, lo, zs, zcol)
        area = np.bincount(key, weights=weights, minlength=kmax * zs).reshape(kmax, zs)
        count = np.bincount(key, minlength=kmax * zs).reshape(kmax, zs).astype(np.float64)
        return lo, area, count

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


def _capacity(kmax: int) -> int:
    """Class slots per key group: ``kmax`` rounded up to a power of two (at least 16), so that the cached key bases of
    a strip shape serve strips whose largest code differs a little."""
    return max(16, 1 << (int(kmax) - 1).bit_length())


def _index_dtype(codes: np.ndarray):
    """A signed type that holds ``code - lo + 1`` for every 8/16-bit code: 16 bits for 8-bit codes, else 32."""
    return np.int16 if codes.dtype.itemsize == 1 else np.int32


class _Ranked:
    """Key of :class:`_BlockSums` for a strip whose class indexes are ranks among ``codes`` (not code - lo + 1)."""

    def __init__(self, codes: np.ndarray):
        self.codes = codes


def _ranked(codes: np.ndarray) -> _Ranked:
    return _Ranked(codes)
