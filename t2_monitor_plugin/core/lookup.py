"""Vectorised lookup tables: map integer codes to values (reclassification, transition matrices, factor tables)."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .errors import InputError, tr_noop

CHUNK = 2**18
"""Codes looked up at once by binary search (wider than 16-bit codes)."""


class LookupTable:
    """Maps integer codes to values of one dtype; codes not in the table are reported, never silently dropped.

    ``apply(codes, valid)`` returns ``(values, unmapped)`` where ``unmapped`` is the sorted set of codes found among
    valid pixels that the table does not cover (their output value is ``fill``). The table is a sorted key array
    searched with ``np.searchsorted``, so any code range (negative, 32-bit) works without a dense array; 8- and 16-bit
    codes index a table of every possible code instead (built once per dtype: 65,536 entries at most), so a block
    needs no 64-bit copy.
    """

    def __init__(self, mapping: Mapping[int, float], dtype: str = "int16", fill: float = 0):
        if not mapping:
            raise InputError(tr_noop("The lookup table is empty."))
        items = sorted((int(k), v) for k, v in mapping.items())
        self.keys = np.array([k for k, _ in items], dtype=np.int64)
        self.values = np.array([v for _, v in items], dtype=dtype)
        self.dtype = np.dtype(dtype)
        self.fill = self.dtype.type(fill)
        self._dense_tables: dict = {}

    def __contains__(self, code) -> bool:
        i = np.searchsorted(self.keys, int(code))
        return bool(i < self.keys.size and self.keys[i] == int(code))

    def apply(self, codes: np.ndarray, valid: np.ndarray | None = None) -> tuple[np.ndarray, set[int]]:
        codes = np.asarray(codes)
        if codes.dtype.kind in "iu" and codes.dtype.itemsize <= 2:
            # 8/16-bit codes: index a dense table of every possible code, no 64-bit copy of the block
            values, known = self._dense(codes.dtype)
            index = codes.view(np.dtype(f"u{codes.dtype.itemsize}"))
            out, found = values[index], known[index]
        else:
            out, found = self._searched(codes)
        missing = ~found if valid is None else (~found & valid)
        unmapped = set(np.unique(codes[missing].astype(np.int64)).tolist()) if missing.any() else set()
        return out, unmapped

    def _dense(self, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray]:
        """(value, whether the code is in the table) for every code of an 8/16-bit ``dtype``, indexed by the code's
        unsigned bit pattern."""
        table = self._dense_tables.get(dtype)
        if table is None:
            unsigned = np.dtype(f"u{dtype.itemsize}")
            every = np.arange(2 ** (8 * dtype.itemsize), dtype=unsigned).view(dtype)
            table = self._searched(every)
            self._dense_tables[dtype] = table
        return table

    def _searched(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(values, found) by binary search of the sorted keys, in chunks (bounded 64-bit temporaries)."""
        out = np.empty(codes.shape, dtype=self.dtype)
        found = np.empty(codes.shape, dtype=bool)
        flat_codes, flat_out, flat_found = codes.reshape(-1), out.reshape(-1), found.reshape(-1)
        for a in range(0, flat_codes.size, CHUNK):
            flat = flat_codes[a:a + CHUNK].astype(np.int64)
            idx = np.minimum(np.searchsorted(self.keys, flat), self.keys.size - 1)
            hit = self.keys[idx] == flat
            flat_found[a:a + CHUNK] = hit
            flat_out[a:a + CHUNK] = np.where(hit, self.values[idx], self.fill)
        return out, found


def pair_code(initial: np.ndarray, final: np.ndarray, base: int = 10) -> np.ndarray:
    """Transition code ``initial * base + final`` (e.g. 13 = tree-covered to cropland) as int32."""
    return initial.astype(np.int32) * base + final.astype(np.int32)
