"""SDG 15.3.1: "one out, all out" integration of the sub-indicators, error recode, and the summary table.

Integration (UNCCD Good Practice Guidance v2): start from the three-class productivity (-1/0/+1; a five-class LPD map
is first collapsed 1,2 -> -1; 3,4 -> 0; 5 -> +1); if land cover or SOC is -1 the pixel is degraded; else if the result
is 0 and land cover or SOC is +1 it is improved. Any missing input -> nodata (-32768).

Water: when a land-cover map is given for the water mask, its water pixels (UNCCD class 7 by default) are written
as nodata in the SDG layer and reported as water in the summary, outside the land area.

Error recode: polygons that say what degraded, stable and improved pixels become (-1/0/+1 or unchanged), for the
periods they list. A pixel is recoded by a polygon when at least half of it lies inside (exact coverage,
:mod:`.zones`). Polygons apply in feature-id order, so where two overlap the later one wins. Nodata and water pixels
are never recoded. Each polygon's effect is counted (hectares changed from each class).

Summary (also the GBF complementary indicator 2.CT.1): per zone and for the whole raster, the areas of degraded,
stable and improved land, their sum (total land area, the denominator), and apart from it water and nodata.
``share_of_land`` is the class area over the total land area, so the degraded share is the proportion of degraded
land. Class rows add up to the total-land row by construction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import engine
from .errors import InputError, capped, tr_noop
from .lookup import LookupTable
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import DEGRADED, IMPROVED, LPD_TO_SDG, NODATA, SDG_LABELS, STABLE, WATER
from .zonal import AreaAccumulator, zone_block_shape
from .zone_cover import pixels_at_least
from .zones import ZoneSet

WATER_CODE = 99  # internal code of water pixels in the summary accumulation
KERNEL_BYTES_PER_PIXEL = 24.0
"""Working bytes per pixel of the kernel (inputs and masks, the one-out-all-out values, water and land masks, the
codes accumulated, the output and their temporaries): with zones, blocks are sized for it
(:func:`.zonal.zone_block_shape`)."""
SUMMARY_FIELDS = [("level", "str"), ("zone", "str"), ("kind", "str"), ("class", "int"), ("class_label", "str"),
                  ("area_ha", "float"), ("area_km2", "float"), ("share_of_land", "float")]
RECODE_FIELDS = [("feature_id", "int"), ("reason", "str"), ("periods", "str"), ("applied", "int"),
                 ("degraded_to", "int"), ("stable_to", "int"), ("improved_to", "int"),
                 ("degraded_recoded_ha", "float"), ("stable_recoded_ha", "float"), ("improved_recoded_ha", "float")]
SDG_CODES = (DEGRADED, STABLE, IMPROVED)
TOTAL_LAND_LABEL = tr_noop("Total land area")
WATER_LABEL = tr_noop("Water body")
NODATA_LABEL = tr_noop("nodata")


def one_out_all_out(prod: np.ndarray, lc: np.ndarray, soc: np.ndarray | None = None) -> np.ndarray:
    """Combine -1/0/+1 arrays (validity is handled by the caller)."""
    out = prod.astype(np.int16, copy=True)
    worse = lc == DEGRADED
    better = lc == IMPROVED
    if soc is not None:
        worse = worse | (soc == DEGRADED)
        better = better | (soc == IMPROVED)
    out[worse] = DEGRADED
    out[(out == STABLE) & better & ~worse] = IMPROVED
    return out


@dataclass
class Recode:
    """One error-recode polygon (targets are -1/0/+1 or None for unchanged)."""

    feature_id: int
    to_degraded: int | None
    to_stable: int | None
    to_improved: int | None
    reason: str = ""
    periods: str = ""
    applied: bool = True

    def table(self) -> LookupTable:
        targets = {DEGRADED: self.to_degraded, STABLE: self.to_stable, IMPROVED: self.to_improved}
        return LookupTable({k: (k if v is None else v) for k, v in targets.items()}, "int16")


@dataclass
class RecodeSet:
    """Recode polygons with their geometry as a :class:`ZoneSet` whose zone names are the feature ids."""

    recodes: list[Recode]
    zones: ZoneSet | None

    def applied(self) -> list[tuple[int, Recode]]:
        """(zone index, recode) of the polygons that apply to this period, in feature-id order."""
        if self.zones is None:
            return []
        index = {name: i for i, name in enumerate(self.zones.names)}
        return [(index[str(r.feature_id)], r) for r in sorted(self.recodes, key=lambda r: r.feature_id)
                if r.applied and str(r.feature_id) in index]


@dataclass
class SdgResult:
    summary: list[tuple] = field(default_factory=list)
    recode_report: list[tuple] = field(default_factory=list)
    degraded_ha: float = 0.0
    land_ha: float = 0.0
    warnings: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def proportion_degraded(self) -> float | None:
        return self.degraded_ha / self.land_ha if self.land_ha > 0 else None


class CodeCheck:
    """Collects codes outside the expected set per input, to refuse them all at once before anything is written."""

    def __init__(self):
        self.bad: dict[str, set] = {}
        self.allowed: dict[str, str] = {}

    def check(self, name: str, values: np.ndarray, valid: np.ndarray, allowed) -> dict:
        """Unexpected codes among valid pixels of one block (call from the kernel)."""
        allowed = list(allowed)
        bad = set(np.unique(values[valid & ~np.isin(values, allowed)]).tolist())
        return {name: (bad, allowed)} if bad else {}

    def add(self, found: dict) -> None:
        """Merge one block's findings (call from ``collect``)."""
        for name, (codes, allowed) in found.items():
            self.bad.setdefault(name, set()).update(codes)
            self.allowed[name] = ", ".join(str(a) for a in allowed)

    def raise_if_any(self) -> None:
        for name, codes in self.bad.items():
            raise InputError(tr_noop("The layer {layer} holds values {codes} where only {allowed} are expected. "
                                     "Check that the right layer was chosen (and the productivity classes "
                                     "setting)."), layer=name, codes=capped(sorted(codes), fmt=lambda c: str(int(c))),
                             allowed=self.allowed[name])


def run_sdg1531(prod: RasterInput, lc: RasterInput, out: RasterOutput, soc: RasterInput | None = None, *,
                prod_classes: int = 3, water: RasterInput | None = None, water_codes=(WATER,),
                recodes: RecodeSet | None = None, zones: ZoneSet | None = None, **engine_options) -> SdgResult:
    """Write the SDG 15.3.1 layer and return its summary (and the recode report)."""
    if prod_classes not in (3, 5):
        raise ValueError("prod_classes must be 3 or 5")
    inputs = [prod, lc] + ([soc] if soc else [])
    if water is not None:
        water.mask = "none"  # a missing land-cover pixel must not blank the SDG value
        inputs.append(water)
    grid = describe(prod).grid
    acc = AreaAccumulator(grid, zones, prod.name)
    if engine_options.get("block_shape") is None:
        engine_options["block_shape"] = zone_block_shape(grid, KERNEL_BYTES_PER_PIXEL, zones)
    lpd = LookupTable(LPD_TO_SDG, "int16", fill=NODATA)
    applied = recodes.applied() if recodes else []
    tables = [(i, r.table()) for i, r in applied]
    checks = CodeCheck()
    recoded_m2 = {r.feature_id: {c: 0.0 for c in SDG_CODES} for _, r in applied}
    prod_name = f"{prod.name} (LPD)" if prod_classes == 5 else prod.name

    def kernel(block: engine.Block):
        mask = block.mask
        p = block.data[0][0]
        found = checks.check(prod_name, p, mask, range(1, 6) if prod_classes == 5 else SDG_CODES)
        if prod_classes == 5:
            p, _ = lpd.apply(p)
        layers = [block.data[1][0]] + ([block.data[2][0]] if soc else [])
        for inp, arr in zip(inputs[1:], layers):
            found.update(checks.check(inp.name, arr, mask, SDG_CODES))
        values = one_out_all_out(p, layers[0], layers[1] if soc else None)
        is_water = np.zeros(mask.shape, dtype=bool)
        if water is not None:
            w = block.data[-1][0]
            is_water = block.valid[-1][0] & np.isin(w, list(water_codes)) & mask
        land = mask & ~is_water
        changed = {}
        if tables:
            area = acc.pixel_areas.block(block.row0, block.col0, block.rows, block.cols).ravel()
            # the pixels each polygon covers by half or more, for all polygons of the block at once
            covered = pixels_at_least(recodes.zones, block.row0, block.col0, block.rows, block.cols, 0.5)
            values = values.copy()
            flat, land_flat = values.reshape(-1), land.ravel()
            for index, table in tables:
                pix = covered.get(index)
                if pix is None:
                    continue
                hit = pix[land_flat[pix]]
                old, (new, _) = flat[hit], table.apply(flat[hit])
                fid = recodes.zones.names[index]
                changed[fid] = {c: float(area[hit][(old == c) & (new != c)].sum()) for c in SDG_CODES}
                flat[hit] = new
        codes = np.where(is_water, WATER_CODE, values).astype(np.int16)
        parts = acc.parts(block.row0, block.col0, codes, mask)
        final = np.where(land, values, NODATA).astype(np.int16)
        return engine.BlockResult([final], (found, parts, changed))

    def collect(block, value):
        found, parts, changed = value
        checks.add(found)
        acc.add(parts)
        for fid, by_class in changed.items():
            for c, m2 in by_class.items():
                recoded_m2[int(fid)][c] += m2

    engine.run(kernel, inputs, [out], collect=collect, before_commit=checks.raise_if_any, **engine_options)
    result = SdgResult(warnings=acc.warnings())
    for level, zone, classes, nodata in acc.groups():
        deg, stab, imp = (classes.get(c, 0.0) for c in SDG_CODES)
        land_m2 = deg + stab + imp
        for code, m2 in zip(SDG_CODES, (deg, stab, imp)):
            result.summary.append(_row(level, zone, "class", code, SDG_LABELS[code], m2, land_m2))
        result.summary.append(_row(level, zone, "total_land", None, TOTAL_LAND_LABEL, land_m2, land_m2))
        if water is not None:
            result.summary.append(_row(level, zone, "water", None, WATER_LABEL, classes.get(WATER_CODE, 0.0), None))
        result.summary.append(_row(level, zone, "nodata", None, NODATA_LABEL, nodata, None))
        if level == "total":
            result.degraded_ha, result.land_ha = deg / 1e4, land_m2 / 1e4
    for r in (recodes.recodes if recodes else []):
        m2 = recoded_m2.get(r.feature_id, {})
        result.recode_report.append((r.feature_id, r.reason, r.periods, int(r.applied), r.to_degraded, r.to_stable,
                                     r.to_improved, *(m2.get(c, 0.0) / 1e4 for c in SDG_CODES)))
    return result


def _row(level, zone, kind, code, label, m2, land_m2):
    share = m2 / land_m2 if land_m2 else None
    return (level, zone, kind, code, label, m2 / 1e4, m2 / 1e6, share)
