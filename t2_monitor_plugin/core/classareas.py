"""Area of each class of a categorical raster, overall and per polygon zone, in hectares.

Pixel areas are true areas on the ellipsoid (:mod:`.areas`); zones weigh each pixel by the fraction of it that the
zone polygon covers (:mod:`.zones`), so a zone's total follows its polygon area. Nodata pixels are reported in a row
of their own and never counted in a class; shares are of the valid (non-nodata) area, so per zone they sum to 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import engine
from .areas import PixelAreas
from .errors import InputError, tr_noop
from .rasters import RasterInput, describe
from .zones import ZoneSet

ALL_ZONES = "(all)"
NODATA_LABEL = "nodata"
FIELDS = [("level", "str"), ("zone", "str"), ("class", "int"), ("class_label", "str"), ("area_ha", "float"),
          ("share", "float")]
OUTSIDE_WARNING_SHARE = 0.005


@dataclass
class AreaRow:
    level: str
    zone: str
    cls: int | None
    label: str
    area_ha: float
    share: float | None

    def as_tuple(self) -> tuple:
        return (self.level, self.zone, self.cls, self.label, self.area_ha, self.share)


@dataclass
class ClassAreas:
    rows: list[AreaRow]
    valid_area_ha: float
    nodata_area_ha: float
    warnings: list[tuple[str, dict]] = field(default_factory=list)

    def total(self, zone: str = ALL_ZONES) -> dict[int, float]:
        """Class -> hectares for one zone (``(all)`` for the whole raster)."""
        return {r.cls: r.area_ha for r in self.rows if r.zone == zone and r.cls is not None}


def accumulate(codes: np.ndarray, valid: np.ndarray, weights: np.ndarray) -> tuple[dict[int, float], float]:
    """Sum ``weights`` per class code over valid pixels, and over invalid pixels (nodata)."""
    v = codes[valid]
    w = weights[valid]
    nodata = float(weights[~valid].sum())
    if v.size == 0:
        return {}, nodata
    if v.dtype.kind in "iu" and v.dtype.itemsize <= 2:
        lo = int(v.min())
        sums = np.bincount((v.astype(np.int64) - lo), weights=w)
        present = np.bincount(v.astype(np.int64) - lo)
        idx = np.nonzero(present)[0]
        return {int(i + lo): float(sums[i]) for i in idx}, nodata
    uniq, inv = np.unique(v, return_inverse=True)
    sums = np.bincount(inv.ravel(), weights=w)
    return {int(k): float(s) for k, s in zip(uniq, sums)}, nodata


def _merge(target: dict, key, part: tuple[dict[int, float], float]) -> None:
    classes, nodata = target.setdefault(key, ({}, [0.0]))
    for k, a in part[0].items():
        classes[k] = classes.get(k, 0.0) + a
    nodata[0] += part[1]


def class_areas(raster: RasterInput, zones: ZoneSet | None = None, labels: dict[int, str] | None = None,
                **engine_options) -> ClassAreas:
    """Class areas of band ``raster.bands[0]`` overall and per zone; ``engine_options`` go to :func:`engine.run`."""
    labels = labels or {}
    if raster.bands and len(raster.bands) != 1:
        raise InputError(tr_noop("Class areas need exactly one band of {layer}."), layer=raster.name)
    raster.bands = raster.bands or [1]
    state: dict = {}
    pixel_areas = PixelAreas(describe(raster).grid, layer_name=raster.name)

    def kernel(block: engine.Block):
        codes = block.data[0][0]
        if codes.dtype.kind == "f":
            vals = codes[block.mask]
            if vals.size and not np.array_equal(vals, np.round(vals)):
                raise InputError(tr_noop("The raster {layer} holds decimal values; class areas need a categorical "
                                         "raster of whole-number codes."), layer=raster.name)
        area = pixel_areas.block(block.row0, block.col0, block.rows, block.cols)
        parts = {None: accumulate(codes, block.mask, area)}
        if zones is not None:
            for i in range(len(zones)):
                cov = zones.coverage(i, block.row0, block.col0, block.rows, block.cols)
                if cov is not None:
                    parts[i] = accumulate(codes, block.mask, area * cov)
        return parts

    def collect(block, parts):
        for key, part in parts.items():
            _merge(state, key, part)

    engine.run(kernel, [raster], collect=collect, **engine_options)
    result = ClassAreas([], 0.0, 0.0)
    _rows_for(result, "total", ALL_ZONES, state.get(None, ({}, [0.0])), labels)
    result.valid_area_ha = sum(r.area_ha for r in result.rows if r.cls is not None)
    result.nodata_area_ha = sum(r.area_ha for r in result.rows if r.cls is None)
    if zones is not None:
        for i, name in enumerate(zones.names):
            if i not in state:
                result.warnings.append((tr_noop("The zone {zone} does not overlap the raster {layer}; it has no "
                                                "rows."), {"zone": name, "layer": raster.name}))
                continue
            counted = _rows_for(result, "zone", name, state[i], labels)
            polygon_ha = zones.area_m2(i) / 1e4
            if polygon_ha > 0 and (polygon_ha - counted) / polygon_ha > OUTSIDE_WARNING_SHARE:
                result.warnings.append((tr_noop("The zone {zone} extends beyond the raster {layer}: {outside} ha "
                                                "of its {total} ha are outside and not counted."),
                                        {"zone": name, "layer": raster.name,
                                         "outside": f"{polygon_ha - counted:.1f}", "total": f"{polygon_ha:.1f}"}))
    return result


def _rows_for(result: ClassAreas, level: str, zone: str, acc, labels: dict[int, str]) -> float:
    classes, nodata = acc
    valid_m2 = sum(classes.values())
    for cls in sorted(classes):
        m2 = classes[cls]
        result.rows.append(AreaRow(level, zone, cls, labels.get(cls, str(cls)), m2 / 1e4,
                                   m2 / valid_m2 if valid_m2 > 0 else None))
    result.rows.append(AreaRow(level, zone, None, NODATA_LABEL, nodata[0] / 1e4, None))
    return (valid_m2 + nodata[0]) / 1e4
