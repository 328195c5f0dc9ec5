"""Areas per code, for the whole raster and per polygon zone, summed block by block.

Kernels call :meth:`AreaAccumulator.parts` on their block (thread-safe: pixel areas and zone coverage are
read-only); the engine's ``collect`` passes the result to :meth:`AreaAccumulator.add` in block order. Pixel areas are
true ellipsoidal areas (:mod:`.areas`) and zones weigh each pixel by the fraction of it they cover (:mod:`.zones`).
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from .areas import PixelAreas
from .errors import tr_noop
from .grid import Grid
from .zones import ZoneSet

ALL_ZONES = "(all)"
OUTSIDE_WARNING_SHARE = 0.005


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


def grid_accumulator(grid: Grid, layer_name: str = "") -> AreaAccumulator | None:
    """Area sums on ``grid``, or None when it has no usable CRS (then no areas can be reported)."""
    if grid.srs is None or not (grid.srs.IsGeographic() or grid.srs.IsProjected()):
        return None
    return AreaAccumulator(grid, None, layer_name)


class AreaAccumulator:
    """Square metres per code overall (key None) and per zone index, plus nodata square metres."""

    def __init__(self, grid: Grid, zones: ZoneSet | None = None, layer_name: str = ""):
        self.pixel_areas = PixelAreas(grid, layer_name=layer_name)
        self.zones = zones
        self.layer_name = layer_name
        self.sums: dict = {}

    def parts(self, row0: int, col0: int, codes: np.ndarray, valid: np.ndarray) -> dict:
        """Per-key sums for one block (call from the kernel)."""
        rows, cols = codes.shape
        area = self.pixel_areas.block(row0, col0, rows, cols)
        out = {None: accumulate(codes, valid, area)}
        if self.zones is not None:
            for i in range(len(self.zones)):
                cov = self.zones.coverage(i, row0, col0, rows, cols)
                if cov is not None:
                    out[i] = accumulate(codes, valid, area * cov)
        return out

    def add(self, parts: dict) -> None:
        """Merge one block's sums (call from ``collect``, in the calling thread)."""
        for key, (classes, nodata) in parts.items():
            acc_classes, acc_nodata = self.sums.setdefault(key, ({}, [0.0]))
            for code, m2 in classes.items():
                acc_classes[code] = acc_classes.get(code, 0.0) + m2
            acc_nodata[0] += nodata

    def groups(self) -> Iterator[tuple[str, str, dict[int, float], float]]:
        """(level, zone name, {code: m2}, nodata m2): the whole raster first, then each zone that overlaps it."""
        classes, nodata = self.sums.get(None, ({}, [0.0]))
        yield "total", ALL_ZONES, classes, nodata[0]
        if self.zones is None:
            return
        for i, name in enumerate(self.zones.names):
            if i in self.sums:
                classes, nodata = self.sums[i]
                yield "zone", name, classes, nodata[0]

    def total_classes(self) -> dict[int, float]:
        """Square metres per code over the whole raster."""
        return dict(self.sums.get(None, ({}, [0.0]))[0])

    def warnings(self) -> list[tuple[str, dict]]:
        """Zones missing the raster, or partly outside it (translatable templates with their values)."""
        out = []
        if self.zones is None:
            return out
        for i, name in enumerate(self.zones.names):
            if i not in self.sums:
                out.append((tr_noop("The zone {zone} does not overlap the raster {layer}; it has no rows."),
                            {"zone": name, "layer": self.layer_name}))
                continue
            classes, nodata = self.sums[i]
            counted = (sum(classes.values()) + nodata[0]) / 1e4
            polygon_ha = self.zones.area_m2(i) / 1e4
            if polygon_ha > 0 and (polygon_ha - counted) / polygon_ha > OUTSIDE_WARNING_SHARE:
                out.append((tr_noop("The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} "
                                    "ha are outside and not counted."),
                            {"zone": name, "layer": self.layer_name, "outside": f"{polygon_ha - counted:.1f}",
                             "total": f"{polygon_ha:.1f}"}))
        return out
