"""SDG 15.3.1 soil organic carbon (SOC) sub-indicator: percent change of the SOC stock, classified -1/0/+1.

Two ways to get the final stock (UNCCD Good Practice Guidance v2, DOMAIN.md section 2):

- **Two SOC maps** (:func:`run_soc_from_maps`): an initial and a final SOC map of the same units.
- **Baseline stepped with land cover** (:func:`run_soc_stepped`): ``SOC_final = SOC_baseline * factor(initial UNCCD
  class, final UNCCD class, climate zone)`` with the stock-change factors of :class:`SocFactors` (default
  ``resources/data/ipcc_soc_factors.csv``: Tree-covered or Grassland -> Cropland the IPCC land-use factor of the
  climate zone, 0.48-0.80; Cropland -> Tree-covered or Grassland its reverse 1/factor; Wetland -> Cropland 0.71 and
  Cropland -> Wetland 1/0.71; any class -> Artificial 0.1; every other conversion 1). A class that does not change
  always keeps factor 1. The climate zone comes from a raster or is one zone for the whole area. The full factor
  applies whatever the time between the two land-cover maps (IPCC's default 20-year transition is not spread).

Then, per pixel: ``change = 100 * (final - initial) / initial`` (percent, Float32, nodata -32768); ``change <=
-threshold`` -> -1 degraded, ``change >= +threshold`` -> +1 improved, else 0 (threshold 10 % by default; the
comparison allows a relative 1e-9 of rounding so that exactly 10 % counts: the rule of :mod:`.breaks`). Nodata
(-32768) where any input is nodata, where the initial stock is <= 0 (no percent change exists) or the final stock is
negative, and on water: where the final land cover (UNCCD, after reclassification) is 7 Water body, or where the
optional water mask is non-zero (or holds one of ``water_codes``). Land-cover codes the reclassification does not
cover, and climate zones the factor table has no column for, are refused with the list of every such code before
anything is written.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .breaks import reaches, reaches_down
from .errors import InputError, capped, tr_noop
from .landcover import UNCCD_CODES, UnccdReclass, UnmappedCodes, area_accumulator
from .lookup import LookupTable
from .output import RasterOutput
from .rasters import RasterInput
from .sdg import DEGRADED, IMPROVED, NODATA, WATER
from .tables_io import leading_code, matrix_rows, parse_number, read_labelled_table

FACTOR_KEY_BASE = 100  # lookup key: zone * 100 + initial * 10 + final


@dataclass
class SocFactors:
    """Stock-change factors: ``factors[(initial, final)][zone]``; ``zones`` maps zone code -> header label."""

    zones: dict[int, str]
    factors: dict[tuple[int, int], dict[int, float]] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def from_table(cls, header: list[str], rows: list[tuple[str, list[str]]], source: str) -> SocFactors:
        """From a header (initial, final, one label per climate zone) and (where, cells) rows."""
        if len(header) < 3:
            raise InputError(tr_noop("The factor table {source} needs the columns initial class, final class and "
                                     "one column per climate zone."), source=source)
        codes = [leading_code(h, f"{source} (header)") for h in header[2:]]
        dup = sorted({c for c in codes if codes.count(c) > 1})
        if dup:
            raise InputError(tr_noop("The factor table {source} has more than one column for climate zone(s) "
                                     "{zones}."), source=source, zones=capped(dup))
        table = cls(dict(zip(codes, header[2:])), {}, source)
        for where, cells in rows:
            if len(cells) != len(header):
                raise InputError(tr_noop("{where}: {expected} cells expected (initial class, final class and one "
                                         "factor per climate zone), {found} found."), where=where,
                                 expected=len(header), found=len(cells))
            i, f = leading_code(cells[0], where), leading_code(cells[1], where)
            if i not in UNCCD_CODES or f not in UNCCD_CODES:
                raise InputError(tr_noop("{where}: the classes must be UNCCD classes 1 to 7, not {initial} -> "
                                         "{final}."), where=where, initial=i, final=f)
            if i == f:
                raise InputError(tr_noop("{where}: a class that does not change keeps factor 1; remove the row "
                                         "{initial} -> {final}."), where=where, initial=i, final=f)
            if (i, f) in table.factors:
                raise InputError(tr_noop("{where}: the conversion {initial} -> {final} is given twice."),
                                 where=where, initial=i, final=f)
            values = [parse_number(c, where) for c in cells[2:]]
            bad = [v for v in values if not v > 0]
            if bad:
                raise InputError(tr_noop("{where}: stock-change factors must be greater than 0, not {value}."),
                                 where=where, value=f"{bad[0]:g}")
            table.factors[(i, f)] = dict(zip(codes, values))
        return table

    def factor(self, initial: int, final: int, zone: int) -> float:
        """The factor of one conversion in one zone (1 when the class does not change or the row is absent)."""
        if zone not in self.zones:
            raise InputError(tr_noop("The factor table {source} has no column for climate zone {zones}."),
                             source=self.source, zones=str(zone))
        return self.factors.get((initial, final), {}).get(zone, 1.0)

    def matrix(self, zone: int) -> np.ndarray:
        """7 x 7 factors (rows: initial class, columns: final class) of one zone."""
        return np.array([[self.factor(i, f, zone) for f in UNCCD_CODES] for i in UNCCD_CODES])

    def lookup(self) -> LookupTable:
        """Factor by key ``zone * 100 + initial * 10 + final`` for every zone and all 49 pairs."""
        return LookupTable({z * FACTOR_KEY_BASE + i * 10 + f: self.factor(i, f, z) for z in self.zones
                            for i in UNCCD_CODES for f in UNCCD_CODES}, "float64", fill=math.nan)

    @property
    def headers(self) -> list[str]:
        return ["initial", "final"] + list(self.zones.values())


def read_soc_factors(path: str) -> SocFactors:
    """The factor table from a CSV: header ``initial,final,<zone label>...``, one row per conversion."""
    header, rows = read_labelled_table(path)
    return SocFactors.from_table(header, rows, path.replace("\\", "/").rsplit("/", 1)[-1])


def soc_factors_from_matrix(values, headers: list[str], source: str) -> SocFactors:
    """The factor table from the flat values of a Processing matrix parameter with ``headers`` as columns."""
    return SocFactors.from_table(list(headers), matrix_rows(values, len(headers), source), source)


# classification ------------------------------------------------------------------------------------------------------
def check_threshold(threshold: float) -> float:
    if not (math.isfinite(threshold) and threshold > 0):
        raise InputError(tr_noop("The SOC change threshold must be a percentage greater than 0, not {value}."),
                         value=f"{threshold:g}")
    return float(threshold)


def percent_change(initial: np.ndarray, final: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(100 * (final - initial) / initial in float64, where it is defined: initial > 0 and final >= 0)."""
    initial = initial.astype(np.float64)
    final = final.astype(np.float64)
    ok = (initial > 0) & (final >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = 100.0 * (final - initial) / np.where(ok, initial, 1.0)
    return np.where(ok, change, np.nan), ok


def classify_change(change: np.ndarray, threshold: float) -> np.ndarray:
    """-1 where change <= -threshold, +1 where change >= threshold, else 0 (Int16; NaN -> 0, mask it yourself)."""
    out = np.zeros(change.shape, dtype=np.int16)
    out[reaches_down(change, -threshold)] = DEGRADED
    out[reaches(change, threshold)] = IMPROVED
    return out


# runs ----------------------------------------------------------------------------------------------------------------
@dataclass
class SocSummary(engine.RunSummary):
    """The engine's summary plus the area (m²) of each class -1/0/+1 and of nodata (incl. water)."""

    class_m2: dict[int, float] = field(default_factory=dict)
    nodata_m2: float = 0.0
    areas_known: bool = True


class _Water:
    """Water from the final land cover (UNCCD 7 after reclassification) and/or a water mask raster."""

    def __init__(self, water: RasterInput | None, water_codes):
        self.input = water
        self.codes = None if water_codes is None else [int(c) for c in water_codes]
        if water is not None:
            water.mask = "none"  # a gap in the mask must not blank the SOC value

    def of(self, block: engine.Block, index: int) -> np.ndarray:
        w, v = block.data[index][0], block.valid[index][0]
        hit = (w != 0) if self.codes is None else np.isin(w, self.codes)
        return block.core(v & hit)


def _finish(run, acc) -> SocSummary:
    if acc is None:
        return SocSummary(run.grid, run.blocks, run.seconds, run.outputs, areas_known=False)
    _level, _zone, classes, nodata = next(acc.groups())
    return SocSummary(run.grid, run.blocks, run.seconds, run.outputs, dict(classes), nodata)


def _outputs(out_change, out_class, out_soc=None) -> list[RasterOutput]:
    return [o for o in (out_class, out_change, out_soc) if o is not None]


def run_soc_from_maps(initial: RasterInput, final: RasterInput, out_change: RasterOutput | None,
                      out_class: RasterOutput, threshold: float = 10.0, water: RasterInput | None = None, *,
                      water_codes=None, lc_final: RasterInput | None = None,
                      reclass_final: dict[int, int] | None = None, **engine_options) -> SocSummary:
    """SOC change between two SOC maps. ``water`` is a mask (non-zero, or one of ``water_codes``, is water);
    ``lc_final`` a final land-cover map (reclassified with ``reclass_final``) whose class 7 is water."""
    threshold = check_threshold(threshold)
    wat = _Water(water, water_codes)
    inputs = [initial, final]
    rec = None
    if lc_final is not None:
        lc_final.mask = "none"
        rec = UnccdReclass(lc_final.name, reclass_final)
        inputs.append(lc_final)
    if water is not None:
        inputs.append(water)
    unmapped = UnmappedCodes()
    acc = area_accumulator(initial)

    def kernel(block: engine.Block):
        change, ok = percent_change(block.data[0][0], block.data[1][0])
        ok &= block.mask
        missing = set()
        if rec is not None:
            lc, missing = rec.apply(block.data[2][0], block.valid[2][0])
            ok &= lc != WATER
        if water is not None:
            ok &= ~wat.of(block, len(inputs) - 1)
        return _arrays(block, change, ok, threshold, out_change, None, None, acc, missing)

    def collect(block, value):
        if rec is not None:
            unmapped.add(rec, value[0])
        if acc is not None:
            acc.add(value[1])

    run = engine.run(kernel, inputs, _outputs(out_change, out_class), collect=collect,
                     before_commit=unmapped.raise_if_any, **engine_options)
    return _finish(run, acc)


def _arrays(block, change, ok, threshold, out_change, out_soc, soc_final, acc, collected):
    cls = np.where(ok, classify_change(change, threshold), NODATA).astype(np.int16)
    arrays = [cls]
    if out_change is not None:
        arrays.append(np.where(ok, change, NODATA).astype(np.float32))
    if out_soc is not None:
        arrays.append(np.where(ok, soc_final, NODATA).astype(np.float32))
    parts = acc.parts(block.row0, block.col0, cls, ok) if acc is not None else None
    return engine.BlockResult(arrays, (collected, parts))


def run_soc_stepped(soc: RasterInput, lc_initial: RasterInput, lc_final: RasterInput, climate: RasterInput | int,
                    factors: SocFactors, out_change: RasterOutput | None, out_class: RasterOutput,
                    threshold: float = 10.0, reclass_initial: dict[int, int] | None = None,
                    reclass_final: dict[int, int] | None = None, *, water: RasterInput | None = None,
                    water_codes=None, out_soc: RasterOutput | None = None, **engine_options) -> SocSummary:
    """SOC change from a baseline SOC map stepped with the land-cover transition and stock-change factors.

    ``climate`` is a raster of climate-zone codes (nodata -> output nodata) or one zone code for every pixel.
    ``out_soc`` optionally receives the modelled final SOC stock (same units as ``soc``, Float32).
    """
    threshold = check_threshold(threshold)
    lookup = factors.lookup()
    zones = np.array(sorted(factors.zones), dtype=np.int64)
    if not isinstance(climate, RasterInput) and int(climate) not in factors.zones:
        raise InputError(tr_noop("The factor table {source} has no column for climate zone {zones}."),
                         source=factors.source, zones=str(int(climate)))
    rec_i, rec_f = UnccdReclass(lc_initial.name, reclass_initial), UnccdReclass(lc_final.name, reclass_final)
    inputs = [soc, lc_initial, lc_final]
    if isinstance(climate, RasterInput):
        inputs.append(climate)
    wat = _Water(water, water_codes)
    if water is not None:
        inputs.append(water)
    unmapped = UnmappedCodes()
    bad_zones: set = set()
    acc = area_accumulator(soc)

    def kernel(block: engine.Block):
        a, miss_a = rec_i.apply(block.data[1][0], block.valid[1][0])
        b, miss_b = rec_f.apply(block.data[2][0], block.valid[2][0])
        if isinstance(climate, RasterInput):
            zone = block.data[3][0].astype(np.int64)
            known = np.isin(zone, zones)
            unknown = set(np.unique(zone[block.valid[3][0] & ~known]).tolist())
        else:
            zone = np.full(a.shape, int(climate), dtype=np.int64)
            known, unknown = np.ones(a.shape, dtype=bool), set()
        ok = block.mask & (a > 0) & (b > 0) & known
        key = np.where(ok, zone * FACTOR_KEY_BASE + a.astype(np.int64) * 10 + b, lookup.keys[0])
        factor, _ = lookup.apply(key)
        initial = block.data[0][0].astype(np.float64)
        final = initial * factor
        change, defined = percent_change(initial, final)
        ok &= defined & (b != WATER)
        if water is not None:
            ok &= ~wat.of(block, len(inputs) - 1)
        return _arrays(block, change, ok, threshold, out_change, out_soc, final, acc, (miss_a, miss_b, unknown))

    def collect(block, value):
        (miss_a, miss_b, unknown), parts = value
        unmapped.add(rec_i, miss_a)
        unmapped.add(rec_f, miss_b)
        bad_zones.update(unknown)
        if acc is not None:
            acc.add(parts)

    def before_commit():
        unmapped.raise_if_any()
        if bad_zones:
            raise InputError(tr_noop("The climate-zone raster {layer} holds zones {zones} that the factor table "
                                     "{source} has no column for. Add them to the table (or set them as nodata); "
                                     "nothing was written."), layer=climate.name, source=factors.source,
                             zones=capped(sorted(bad_zones), fmt=lambda z: str(int(z))))

    run = engine.run(kernel, inputs, _outputs(out_change, out_class, out_soc), collect=collect,
                     before_commit=before_commit, **engine_options)
    return _finish(run, acc)
