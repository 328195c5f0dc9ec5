"""Counting one strip of a block for :class:`.zonal.AreaAccumulator`: count first, weight after.

Count first, weight after
-------------------------
A block is processed in strips of about :data:`.zonal.CHUNK_PIXELS` pixels. Each pixel gets one integer key that
combines its class (``code - lo + 1``; 0 for nodata), the zone whose interior holds it (0 for none) and, where pixel
areas vary, its position in the area pattern; one ``np.bincount`` of the keys counts the strip, and the counts are
turned into square metres once per bin:

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

Keys are built in as few passes as possible (the class index in 16 or 32 bits from 8/16-bit codes, widened while the
rest of the key is added) into per-thread buffers that are reused strip after strip.
"""
from __future__ import annotations

import threading

import numpy as np

MAX_BINS = 2**20
"""Largest bincount per strip; beyond it codes are ranked (sorted reduction) or the row/segment split is dropped."""
SCRATCH_PIXELS = 2**19
"""Smallest per-thread key buffer (a strip of :data:`.zonal.CHUNK_PIXELS` pixels)."""
_CACHE_ENTRIES = 10


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


class StripCounter:
    """The strip counting of :class:`.zonal.AreaAccumulator` (``self.pixel_areas`` is the grid's
    :class:`.areas.PixelAreas`); :meth:`init_strips` sets up the state the kernel threads share."""

    pixel_areas = None

    def init_strips(self) -> None:
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

    def _scratch(self, shape: tuple[int, ...], dtype=np.intp) -> np.ndarray:
        """This thread's buffer of ``shape`` and ``dtype``, reused strip after strip (a fresh multi-megabyte array
        per strip costs page faults on top of the pass that fills it)."""
        size = int(np.prod(shape))
        name = np.dtype(dtype).name
        buf = getattr(self._local, name, None)
        if buf is None or buf.size < size:
            buf = np.empty(max(size, SCRATCH_PIXELS), dtype=dtype)
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
        return _fill_index(codes, valid, lo, np.empty(codes.shape, dtype=np.intp)), lo

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
        not made (None): :meth:`_keys` and :meth:`_minor_keys` build the combined keys from the codes directly.
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
            k = _fill_index(codes, valid, lo, self._scratch(codes.shape))
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
        small = _fill_index(codes, valid, lo, self._scratch(codes.shape, _index_dtype(codes)))
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


def _fill_index(codes: np.ndarray, valid: np.ndarray, lo: int, out: np.ndarray) -> np.ndarray:
    """``out`` set to the class index ``code - lo + 1`` of valid pixels and 0 of invalid ones (whatever their codes,
    NaN included)."""
    with np.errstate(invalid="ignore", over="ignore"):
        np.subtract(codes, lo - 1, out=out, dtype=out.dtype, casting="unsafe")
    np.multiply(out, valid, out=out)
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
