"""Square metres per (zone, class code) as numpy arrays, for :class:`.zonal.AreaAccumulator`.

With 100,000 zones a block touches thousands of zones and the table has close to a million (zone, class) cells:
one Python dict per zone and block, merged key by key, costs more than counting the pixels. Here a block's sums are
a few flat arrays (:class:`BlockPart`: zone key, code, square metres; nodata per zone), blocks are appended as they
come and merged by one stable sort and ``np.add.reduceat`` (every few million entries and at the end), so the work
is O(cells log cells) in numpy whatever the number of zones.

Zone keys are zone indexes, -1 stands for the whole raster. Codes are int64 (the class codes as the accumulator
reports them, ``int(code)``); codes that do not fit (e.g. uint64 above 2**63) are kept as Python ints and merged
with a dict.
"""
from __future__ import annotations

import numpy as np

TOTAL = -1
"""Zone key of the whole raster."""
MERGE_ENTRIES = 2**21
"""Pending (zone, code) entries merged into the sorted sums once there are more than this many."""
COMPACT_PARTS = 16
"""Pending blocks whose arrays are concatenated into one set (see :meth:`ZoneSums._compact`)."""

_EMPTY_I = np.zeros(0, dtype=np.int64)
_EMPTY_F = np.zeros(0)


def as_codes(values: np.ndarray) -> np.ndarray:
    """Class codes as int64 (truncated like ``int(code)``), or an object array of Python ints when they do not
    fit."""
    values = np.asarray(values)
    if values.dtype.kind == "i" or values.dtype == object:
        return values.astype(np.int64) if values.dtype.kind == "i" else values
    if values.dtype.kind in "ub":
        if values.size == 0 or values.dtype.itemsize < 8 or int(values.max()) < 2**63:
            return values.astype(np.int64)
    elif values.dtype.kind == "f" and (values.size == 0 or (np.isfinite(values).all()
                                                          and float(np.abs(values).max()) < 2.0**62)):
        return np.trunc(values).astype(np.int64)
    return np.array([int(v) for v in values.tolist()], dtype=object)


class BlockPart:
    """One block's sums, as :meth:`.zonal.AreaAccumulator.parts` returns them.

    ``part[key]`` (key None: the whole raster, or a zone index) gives ``({code: m2}, nodata m2)`` for inspection;
    :meth:`ZoneSums.add` reads the arrays.
    """

    __slots__ = ("seen", "_keys", "_codes", "_m2", "_nd_keys", "_nd_m2")

    def __init__(self, local):
        self.seen = np.asarray(local, dtype=np.int64).reshape(-1)
        self._keys: list[np.ndarray] = []
        self._codes: list[np.ndarray] = []
        self._m2: list[np.ndarray] = []
        self._nd_keys: list[np.ndarray] = [np.array([TOTAL], dtype=np.int64)]
        self._nd_m2: list[np.ndarray] = [np.zeros(1)]

    def add_classes(self, keys: np.ndarray, codes: np.ndarray, m2: np.ndarray) -> None:
        if len(keys):
            self._keys.append(np.asarray(keys, dtype=np.int64))
            self._codes.append(as_codes(codes))
            self._m2.append(np.asarray(m2, dtype=np.float64))

    def add_nodata(self, keys: np.ndarray, m2: np.ndarray) -> None:
        if len(keys):
            self._nd_keys.append(np.asarray(keys, dtype=np.int64))
            self._nd_m2.append(np.asarray(m2, dtype=np.float64))

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(zone keys, codes, m2, nodata zone keys, nodata m2)."""
        return (_cat(self._keys, _EMPTY_I), _cat(self._codes, _EMPTY_I), _cat(self._m2, _EMPTY_F),
                _cat(self._nd_keys, _EMPTY_I), _cat(self._nd_m2, _EMPTY_F))

    def _key(self, key) -> int:
        return TOTAL if key is None else int(key)

    def __contains__(self, key) -> bool:
        return key is None or bool((self.seen == self._key(key)).any())

    def keys(self) -> list:
        return [None] + self.seen.tolist()

    def __getitem__(self, key) -> tuple[dict, float]:
        if key not in self:
            raise KeyError(key)
        k = self._key(key)
        keys, codes, m2, nd_keys, nd_m2 = self.arrays()
        classes: dict = {}
        for code, value in zip(codes[keys == k].tolist(), m2[keys == k].tolist()):
            classes[code] = classes.get(code, 0.0) + value
        return classes, float(nd_m2[nd_keys == k].sum())

    def items(self):
        return [(key, self[key]) for key in self.keys()]


def _cat(arrays: list[np.ndarray], empty: np.ndarray) -> np.ndarray:
    if not arrays:
        return empty
    return arrays[0] if len(arrays) == 1 else np.concatenate(arrays)


class ZoneSums:
    """Sums of many :class:`BlockPart` for ``zones`` zones (keys 0 .. zones - 1 and :data:`TOTAL`)."""

    def __init__(self, zones: int):
        self.zones = zones
        self.seen = np.zeros(zones, dtype=bool)
        self.nodata = np.zeros(zones + 1)  # [key + 1]
        self._keys, self._codes, self._m2 = _EMPTY_I, _EMPTY_I, _EMPTY_F  # merged: sorted by (key, code), unique
        self._pending: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._pending_size = 0

    def add(self, part: BlockPart) -> None:
        keys, codes, m2, nd_keys, nd_m2 = part.arrays()
        self.seen[part.seen] = True
        np.add.at(self.nodata, nd_keys + 1, nd_m2)
        if keys.size:
            self._pending.append((keys, codes, m2))
            self._pending_size += keys.size
            if self._pending_size > MERGE_ENTRIES:
                self._merge()
            elif len(self._pending) >= COMPACT_PARTS:
                self._compact()

    def _compact(self) -> None:
        """The pending blocks' arrays as one set of arrays (no sort). Many small arrays kept alive between the
        kernels' large temporaries fragment the C heap: without this, a 40,000² class-area run grew by ~110 MB."""
        codes = [p[1] for p in self._pending]
        if any(c.dtype == object for c in codes):
            return
        self._pending = [(np.concatenate([p[0] for p in self._pending]), np.concatenate(codes),
                          np.concatenate([p[2] for p in self._pending]))]

    def _merge(self) -> None:
        if not self._pending:
            return
        keys = np.concatenate([self._keys] + [p[0] for p in self._pending])
        parts = [self._codes] + [p[1] for p in self._pending]
        m2 = np.concatenate([self._m2] + [p[2] for p in self._pending])
        self._pending, self._pending_size = [], 0
        if any(c.dtype == object for c in parts):
            merged: dict = {}
            codes = np.concatenate([c.astype(object) for c in parts])
            for k, c, v in zip(keys.tolist(), codes.tolist(), m2.tolist()):
                merged[(k, c)] = merged.get((k, c), 0.0) + v
            items = sorted(merged.items())
            self._keys = np.array([k for (k, _), _ in items], dtype=np.int64)
            self._codes = np.array([c for (_, c), _ in items], dtype=object)
            self._m2 = np.array([v for _, v in items], dtype=np.float64)
            return
        codes = np.concatenate(parts)
        order = np.lexsort((codes, keys))  # stable: blocks keep their order within a cell
        keys, codes, m2 = keys[order], codes[order], m2[order]
        first = np.nonzero(np.r_[True, (keys[1:] != keys[:-1]) | (codes[1:] != codes[:-1])])[0]
        self._keys, self._codes, self._m2 = keys[first], codes[first], np.add.reduceat(m2, first)

    def table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(zone keys, codes, m2), sorted by key (:data:`TOTAL` first) then code, one entry per cell."""
        self._merge()
        return self._keys, self._codes, self._m2

    def starts(self) -> np.ndarray:
        """Index of the first entry of each key in :meth:`table` (keys -1 .. zones - 1, and the end)."""
        keys = self.table()[0]
        return np.searchsorted(keys, np.arange(-1, self.zones + 1))

    def classes(self, key: int) -> dict:
        """{code: m2} of one key."""
        keys, codes, m2 = self.table()
        a, b = np.searchsorted(keys, [key, key + 1])
        return dict(zip(codes[a:b].tolist(), m2[a:b].tolist()))

    def valid_m2(self) -> np.ndarray:
        """Square metres of all classes per key (index key + 1)."""
        keys, _, m2 = self.table()
        return np.bincount(keys + 1, weights=m2, minlength=self.zones + 1)
