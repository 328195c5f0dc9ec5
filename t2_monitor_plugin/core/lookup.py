"""Vectorised lookup tables: map integer codes to values (reclassification, transition matrices, factor tables)."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .errors import InputError, tr_noop


class LookupTable:
    """Maps integer codes to values of one dtype; codes not in the table are reported, never silently dropped.

    ``apply(codes, valid)`` returns ``(values, unmapped)`` where ``unmapped`` is the sorted set of codes found among
    valid pixels that the table does not cover (their output value is ``fill``). The table is a sorted key array
    searched with ``np.searchsorted``, so any code range (negative, 32-bit) works without a dense array.
    """

    def __init__(self, mapping: Mapping[int, float], dtype: str = "int16", fill: float = 0):
        if not mapping:
            raise InputError(tr_noop("The lookup table is empty."))
        items = sorted((int(k), v) for k, v in mapping.items())
        self.keys = np.array([k for k, _ in items], dtype=np.int64)
        self.values = np.array([v for _, v in items], dtype=dtype)
        self.dtype = np.dtype(dtype)
        self.fill = self.dtype.type(fill)

    def __contains__(self, code) -> bool:
        i = np.searchsorted(self.keys, int(code))
        return bool(i < self.keys.size and self.keys[i] == int(code))

    def apply(self, codes: np.ndarray, valid: np.ndarray | None = None) -> tuple[np.ndarray, set[int]]:
        flat = np.asarray(codes).astype(np.int64, copy=False)
        idx = np.searchsorted(self.keys, flat)
        idx_clipped = np.minimum(idx, self.keys.size - 1)
        found = self.keys[idx_clipped] == flat
        out = np.where(found, self.values[idx_clipped], self.fill).astype(self.dtype, copy=False)
        missing = ~found if valid is None else (~found & valid)
        unmapped = set(np.unique(flat[missing]).tolist()) if missing.any() else set()
        return out, unmapped


def pair_code(initial: np.ndarray, final: np.ndarray, base: int = 10) -> np.ndarray:
    """Transition code ``initial * base + final`` (e.g. 13 = tree-covered to cropland) as int32."""
    return initial.astype(np.int32) * base + final.astype(np.int32)
