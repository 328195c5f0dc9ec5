"""Area of each class of a categorical raster, overall and per polygon zone, in hectares.

Pixel areas are true areas on the ellipsoid (:mod:`.areas`); zones weigh each pixel by the fraction of it that the
zone polygon covers (:mod:`.zones`), so a zone's total follows its polygon area. Nodata pixels are reported in a row
of their own and never counted in a class; shares are of the valid (non-nodata) area, so per zone they sum to 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .rasters import RasterInput, describe
from .zonal import ALL_ZONES, AreaAccumulator, zone_block_shape
from .zonal_sums import TOTAL
from .zones import ZoneSet

NODATA_LABEL = "nodata"
ROW_CHUNK_GROUPS = 4096
"""Zones whose rows are built at once."""
FIELDS = [("level", "str"), ("zone", "str"), ("class", "int"), ("class_label", "str"), ("area_ha", "float"),
          ("share", "float")]


class AreaRow(NamedTuple):
    """One row of the table: a (level, zone, class) cell (cls None: the nodata row). A named tuple: a table of
    100,000 zones has close to a million rows."""

    level: str
    zone: str
    cls: int | None
    label: str
    area_ha: float
    share: float | None

    def as_tuple(self) -> tuple:
        return tuple(self)


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
    info = describe(raster)
    acc = AreaAccumulator(info.grid, zones, raster.name)
    if engine_options.get("block_shape") is None:
        engine_options["block_shape"] = zone_block_shape(info.grid, info.dtype.itemsize + 1.0, zones)

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
    keys, codes, m2, nodata, seen = acc.table()
    names = [ALL_ZONES] + [zones.names[i] for i in seen.tolist()] if zones is not None else [ALL_ZONES]
    groups = np.r_[TOTAL, seen]  # zone keys in output order
    starts = np.searchsorted(keys, groups)
    stops = np.searchsorted(keys, groups, side="right")
    valid_m2 = np.bincount(keys + 1, weights=m2, minlength=len(nodata))[groups + 1]
    result.valid_area_ha = float(valid_m2[0]) / 1e4
    result.nodata_area_ha = float(nodata[0]) / 1e4
    text = {c: labels.get(c, str(c)) for c in set(codes.tolist())}
    group_level = np.array(["total"] + ["zone"] * (groups.size - 1), dtype=object)
    group_name = np.array(names, dtype=object)
    for g0 in range(0, groups.size, ROW_CHUNK_GROUPS):  # in chunks: the temporaries of a million rows stay small
        g = slice(g0, g0 + ROW_CHUNK_GROUPS)
        result.rows.extend(_rows(starts[g], stops[g], codes, m2, valid_m2[g], nodata[groups[g] + 1],
                                 group_level[g], group_name[g], text))
    return result


def _rows(starts, stops, codes, m2, valid_m2, nodata, level, name, text) -> list[AreaRow]:
    """Rows of some groups in output order: each group's classes (entries ``starts[g]:stops[g]``, sorted by code),
    then its nodata row."""
    counts = stops - starts
    first = int(starts[0]) if starts.size else 0
    gid = np.repeat(np.arange(starts.size), counts)
    entries = slice(first, first + int(counts.sum()))
    at_entry, at_nodata = np.arange(entries.stop - first) + gid, stops - first + np.arange(starts.size)
    share_of = valid_m2[gid]
    m2 = m2[entries]
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.where(share_of > 0, m2 / np.where(share_of > 0, share_of, 1.0), np.nan)
    code_list = codes[entries].tolist()
    columns = []
    for entry, at_nodata_value in ((level[gid], level), (name[gid], name), (codes[entries].astype(object), None),
                                   (np.array([text[c] for c in code_list], dtype=object), NODATA_LABEL),
                                   (m2 / 1e4, nodata / 1e4),
                                   (np.where(np.isnan(shares), None, shares.astype(object)), None)):
        col = np.empty(at_entry.size + starts.size, dtype=object)
        col[at_entry] = entry
        col[at_nodata] = at_nodata_value
        columns.append(col)
    return list(map(AreaRow._make, zip(*(c.tolist() for c in columns))))
