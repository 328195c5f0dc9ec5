"""Area of each class of a categorical raster, overall and per polygon zone, in hectares.

Pixel areas are true areas on the ellipsoid (:mod:`.areas`); zones weigh each pixel by the fraction of it that the
zone polygon covers (:mod:`.zones`), so a zone's total follows its polygon area. Nodata pixels are reported in a row
of their own and never counted in a class; shares are of the valid (non-nodata) area, so per zone they sum to 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .rasters import RasterInput, describe
from .zonal import ALL_ZONES, AreaAccumulator
from .zones import ZoneSet

NODATA_LABEL = "nodata"
FIELDS = [("level", "str"), ("zone", "str"), ("class", "int"), ("class_label", "str"), ("area_ha", "float"),
          ("share", "float")]


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


def class_areas(raster: RasterInput, zones: ZoneSet | None = None, labels: dict[int, str] | None = None,
                **engine_options) -> ClassAreas:
    """Class areas of band ``raster.bands[0]`` overall and per zone; ``engine_options`` go to :func:`engine.run`."""
    labels = labels or {}
    if raster.bands and len(raster.bands) != 1:
        raise InputError(tr_noop("Class areas need exactly one band of {layer}."), layer=raster.name)
    raster.bands = raster.bands or [1]
    acc = AreaAccumulator(describe(raster).grid, zones, raster.name)

    def kernel(block: engine.Block):
        codes = block.data[0][0]
        if codes.dtype.kind == "f":
            vals = codes[block.mask]
            if vals.size and not np.array_equal(vals, np.round(vals)):
                raise InputError(tr_noop("The raster {layer} holds decimal values; class areas need a categorical "
                                         "raster of whole-number codes."), layer=raster.name)
        return acc.parts(block.row0, block.col0, codes, block.mask)

    engine.run(kernel, [raster], collect=lambda block, parts: acc.add(parts), **engine_options)
    result = ClassAreas([], 0.0, 0.0, acc.warnings())
    for level, zone, classes, nodata in acc.groups():
        _rows_for(result, level, zone, classes, nodata, labels)
        if level == "total":
            result.valid_area_ha = sum(classes.values()) / 1e4
            result.nodata_area_ha = nodata / 1e4
    return result


def _rows_for(result: ClassAreas, level: str, zone: str, classes: dict[int, float], nodata: float,
              labels: dict[int, str]) -> None:
    valid_m2 = sum(classes.values())
    for cls in sorted(classes):
        m2 = classes[cls]
        result.rows.append(AreaRow(level, zone, cls, labels.get(cls, str(cls)), m2 / 1e4,
                                   m2 / valid_m2 if valid_m2 > 0 else None))
    result.rows.append(AreaRow(level, zone, None, NODATA_LABEL, nodata / 1e4, None))
