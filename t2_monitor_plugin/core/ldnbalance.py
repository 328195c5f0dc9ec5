"""Land Degradation Neutrality: the balance of losses and gains per land type, over any number of reporting periods.

Method (UNCCD scientific conceptual framework for LDN, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance v2 and
its addendum; DOMAIN.md section 2):

1. Inputs: the SDG 15.3.1 map of the baseline and of each reporting period, in order (-1 degraded / 0 stable / +1
   improved; any other value is refused with the list of values found), and the land-type raster: land cover at
   baseline, reclassified to the 7 UNCCD classes exactly as ``landcoverdegradation`` does (:mod:`.landcover`: a code
   the legend does not cover stops the run with the list of every such code). The land type is the UNCCD class, or
   ``class * 10000 + unit`` when a land-unit (e.g. soil) raster (whole numbers 0-9999) or land-unit polygons (unit =
   the position of the polygon's value in natural order, from 1) are given. A pixel belongs to the land-unit polygon
   covering the largest share of it, when that share is at least half; other pixels have no land type.
2. Valid area: the pixels where every map and the land type are valid. The same pixels are counted in every period,
   so a land type has the same area in every row, and nodata is one figure, reported apart.
3. Comparisons, each giving every valid pixel one of degraded / stable / improved:
   ``map`` - the value of the map itself (the baseline and each period);
   ``vs_baseline`` - period k against the baseline, through the GPG addendum's expanded status matrix
   (``resources/data/gpg_status_matrix.csv``) collapsed to 1-3 degraded, 4 stable, 5-7 improved;
   ``vs_previous`` - period k against period k-1 with the same matrix (for the first period: the baseline).
4. Per land type (whole raster and per zone): degraded, stable and improved area, net balance = improved - degraded,
   in hectares and in % of the land type; neutrality is met when the net balance is >= 0.
5. Like-for-like counterbalancing: a land type's losses (degraded area) are offset only by gains (improved area) in
   the same land type: offset = min(losses, gains), remaining deficit = max(losses - gains, 0), surplus =
   max(gains - losses, 0). A surplus is never carried to another land type, so the like-for-like deficit of a
   country is the sum of its land types' deficits, which can be positive while the pooled net balance is not.

Areas are true ellipsoidal pixel areas summed with :class:`.zonal.AreaAccumulator` (zones weigh each pixel by the share
of it they cover); every total in the tables is the sum of its rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .landcover import UnccdReclass, UnmappedCodes
from .lookup import LookupTable, pair_code
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import DEGRADED, IMPROVED, STABLE
from .status import COLLAPSE, read_status_matrix
from .zonal import AreaAccumulator
from .zones import ZoneSet

SDG_CODES = (DEGRADED, STABLE, IMPROVED)
UNIT_FACTOR = 10000
"""Land type = UNCCD class x UNIT_FACTOR + land unit when land units are given."""
MAX_UNIT = UNIT_FACTOR - 1
DEFICIT_NODATA = -1
MAP, VS_BASELINE, VS_PREVIOUS = "map", "vs_baseline", "vs_previous"
MIN_UNIT_COVER = 0.5


@dataclass(frozen=True)
class Comparison:
    """One way of classifying the valid pixels: ``current`` map (0 = baseline) alone or against ``reference``."""

    kind: str
    current: int
    reference: int | None = None


def comparisons(periods: int) -> list[Comparison]:
    """The baseline map, then per period: its map, against the baseline, against the previous period."""
    out = [Comparison(MAP, 0)]
    for k in range(1, periods + 1):
        out += [Comparison(MAP, k), Comparison(VS_BASELINE, k, 0), Comparison(VS_PREVIOUS, k, k - 1)]
    return out


@dataclass
class LandTypeSource:
    """How land types are built: land cover (+ its legend), optionally a land-unit raster or land-unit polygons."""

    land_cover: RasterInput
    reclass: dict[int, int] | None = None
    units: RasterInput | None = None
    unit_polygons: ZoneSet | None = None
    unit_labels: dict[int, str] = field(default_factory=dict)
    """Names of the codes of the land-unit raster (e.g. from its raster attribute table, :mod:`.class_labels`)."""
    class_labels: dict[int, str] = field(default_factory=dict)
    """Names of the UNCCD classes in place of the UNCCD names (e.g. the land-cover map's own legend)."""

    def unit_names(self) -> dict[int, str]:
        if self.unit_polygons is not None:
            return {i + 1: name for i, name in enumerate(self.unit_polygons.names)}
        return dict(self.unit_labels) if self.units is not None else {}


@dataclass
class Group:
    """Square metres per (land type, class -1/0/+1) of one comparison in one zone (or the whole raster)."""

    level: str
    zone: str
    areas: dict[tuple[int, int], float]
    nodata_m2: float

    def land_types(self) -> list[int]:
        return sorted({lt for lt, _ in self.areas})

    def m2(self, land_type: int, cls: int) -> float:
        return self.areas.get((land_type, cls), 0.0)


@dataclass
class LdnResult:
    labels: list[str]
    comparisons: list[Comparison]
    groups: dict[Comparison, list[Group]]
    unit_names: dict[int, str] = field(default_factory=dict)
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    class_names: dict[int, str] = field(default_factory=dict)

    def total(self, comparison: Comparison) -> Group:
        return self.groups[comparison][0]


class SdgCheck:
    """Values other than -1/0/+1 per map, refused all at once before anything is written."""

    def __init__(self):
        self.bad: dict[str, set] = {}

    @staticmethod
    def found(name: str, values: np.ndarray, valid: np.ndarray) -> dict:
        odd = valid & ~np.isin(values, SDG_CODES)
        return {name: set(np.unique(values[odd]).tolist())} if odd.any() else {}

    def add(self, found: dict) -> None:
        for name, codes in found.items():
            self.bad.setdefault(name, set()).update(codes)

    def raise_if_any(self) -> None:
        if self.bad:
            details = "; ".join(f"{name}: {', '.join(f'{c:g}' for c in sorted(codes))}"
                                for name, codes in self.bad.items())
            raise InputError(tr_noop("The baseline and every reporting period must be SDG 15.3.1 maps with the legend "
                                     "-1 degraded, 0 stable, +1 improved; other values were found ({details}). A "
                                     "status map (1-7) or an LPD map (1-5) has another legend: give the -1/0/+1 "
                                     "layer of each period. Nothing was written."), details=details)


class _LandTyper:
    """Land type codes of one block (call from the kernel)."""

    def __init__(self, source: LandTypeSource, lc_index: int):
        self.source = source
        self.lc_index = lc_index
        self.reclass = UnccdReclass(source.land_cover.name, source.reclass)

    def codes(self, block: engine.Block) -> tuple[np.ndarray, np.ndarray, set, set]:
        """(land type, valid, unmapped land-cover codes, bad unit values)."""
        i = self.lc_index
        lc, unmapped = self.reclass.apply(block.data[i][0], block.valid[i][0])
        ok = block.mask & (lc > 0)
        lt = lc.astype(np.int32)
        bad_units: set = set()
        if self.source.units is not None:
            u = block.data[i + 1][0]
            uv = u[ok]
            wrong = (uv < 0) | (uv > MAX_UNIT) | (uv != np.round(uv)) if uv.size else np.zeros(0, bool)
            if wrong.any():
                bad_units = set(np.unique(uv[wrong]).tolist())
            lt = lt * UNIT_FACTOR + np.where(ok, u, 0).astype(np.int32)
        elif self.source.unit_polygons is not None:
            unit, best = self._polygon_units(block)
            ok &= best >= MIN_UNIT_COVER
            lt = lt * UNIT_FACTOR + unit
        return np.where(ok, lt, 0), ok, unmapped, bad_units

    def _polygon_units(self, block: engine.Block) -> tuple[np.ndarray, np.ndarray]:
        polys = self.source.unit_polygons
        best = np.zeros((block.rows, block.cols), np.float32)
        unit = np.zeros((block.rows, block.cols), np.int32)
        for z in range(len(polys)):
            cov = polys.coverage(z, block.row0, block.col0, block.rows, block.cols)
            if cov is None:
                continue
            better = cov > best
            unit[better] = z + 1
            best = np.where(better, cov, best)
        return unit, best


def _inputs(baseline, periods, source: LandTypeSource) -> list[RasterInput]:
    return [baseline, *periods, source.land_cover] + ([source.units] if source.units is not None else [])


def check_periods(baseline: RasterInput, periods: list[RasterInput], labels: list[str]) -> None:
    """At least one period, one label per period, no map given twice."""
    if not periods:
        raise InputError(tr_noop("Give at least one reporting-period SDG 15.3.1 map."))
    if len(labels) != len(periods):
        raise InputError(tr_noop("{labels} period labels were given for {periods} reporting periods; give one label "
                                 "per period, in the same order (or none)."), labels=len(labels),
                         periods=len(periods))
    if len(set(labels)) != len(labels):
        raise InputError(tr_noop("The period labels must differ from each other ({labels})."),
                         labels=", ".join(labels))
    seen = {baseline.path: baseline.name}
    for p in periods:
        if p.path in seen:
            raise InputError(tr_noop("The map {layer} is given twice (as {other} too); each period needs its own "
                                     "SDG 15.3.1 map."), layer=p.name, other=seen[p.path])
        seen[p.path] = p.name


def run_ldn_balance(baseline: RasterInput, periods: list[RasterInput], labels: list[str], source: LandTypeSource,
                    status_matrix_path: str, zones: ZoneSet | None = None,
                    deficit_out: RasterOutput | None = None, deficit_names=None, **engine_options) -> LdnResult:
    """Accumulate every comparison per land type and zone; write the deficit raster when asked.

    ``deficit_names(code)`` names the deficit raster's values (land types, and 0: not in deficit) in its raster
    attribute table."""
    check_periods(baseline, periods, labels)
    for r in [baseline, *periods]:
        r.bands = r.bands or [1]
    source.land_cover.bands = source.land_cover.bands or [1]
    if source.units is not None:
        source.units.bands = source.units.bands or [1]
    inputs = _inputs(baseline, periods, source)
    collapse = LookupTable({(b + 1) * 10 + (r + 1): COLLAPSE[s] for (b, r), s in
                            read_status_matrix(status_matrix_path).items()}, "int16", fill=0)
    comps = comparisons(len(periods))
    grid = describe(baseline).grid
    accs = {c: AreaAccumulator(grid, zones, baseline.name) for c in comps}
    typer = _LandTyper(source, len(periods) + 1)
    names = [baseline.name] + [p.name for p in periods]
    checks, unmapped, bad_units = SdgCheck(), UnmappedCodes(), set()

    def kernel(block: engine.Block):
        lt, ok, miss, units = typer.codes(block)
        maps = [block.data[k][0] for k in range(len(periods) + 1)]
        found: dict = {}
        for name, m in zip(names, maps):
            found.update(SdgCheck.found(name, m, block.mask))
        parts = {}
        for c in comps:
            cur = maps[c.current]
            if c.reference is None:
                cls = np.clip(cur, -1, 1).astype(np.int32)
            else:
                cls = collapse.apply(pair_code(maps[c.reference] + 1, cur + 1))[0].astype(np.int32)
            parts[c] = accs[c].parts(block.row0, block.col0, lt * 4 + (cls + 1), ok)
        return found, miss, units, parts

    def collect(block, value):
        found, miss, units, parts = value
        checks.add(found)
        unmapped.add(typer.reclass, miss)
        bad_units.update(units)
        for c, p in parts.items():
            accs[c].add(p)

    def refuse():
        checks.raise_if_any()
        unmapped.raise_if_any()
        if bad_units:
            raise InputError(tr_noop("The land-unit raster {layer} holds {values}; land units must be whole numbers "
                                     "from 0 to {maximum}. Nothing was written."), layer=source.units.name,
                             values=", ".join(f"{v:g}" for v in sorted(bad_units)[:20]), maximum=MAX_UNIT)

    engine.run(kernel, inputs, collect=collect, before_commit=refuse, **engine_options)
    groups = {c: [_group(level, zone, classes, nodata) for level, zone, classes, nodata in accs[c].groups()]
              for c in comps}
    result = LdnResult(labels, comps, groups, source.unit_names(), accs[comps[0]].warnings(),
                       class_names=dict(source.class_labels))
    if deficit_out is not None:
        result.outputs.append(write_deficit(result, inputs, typer, deficit_out, deficit_names, **engine_options))
    return result


def _group(level: str, zone: str, classes: dict[int, float], nodata: float) -> Group:
    """A zone's sums by (land type, class); land types the zone does not cover (zero weight) are left out."""
    present = {code // 4 for code, m2 in classes.items() if m2 > 0}
    return Group(level, zone, {(code // 4, code % 4 - 1): m2 for code, m2 in classes.items() if code // 4 in present},
                 nodata)


def deficit_types(result: LdnResult, period: int) -> list[int]:
    """Land types whose net balance of ``period`` (1-based) against the baseline is negative (whole raster)."""
    total = result.total(Comparison(VS_BASELINE, period, 0))
    return [lt for lt in total.land_types() if total.m2(lt, IMPROVED) < total.m2(lt, DEGRADED)]


def write_deficit(result: LdnResult, inputs: list[RasterInput], typer: _LandTyper, out: RasterOutput,
                  names=None, **engine_options) -> str:
    """One band per period: the land type where it is in deficit against the baseline, 0 where it is not
    (``names(code)``: the name of each value, for the raster attribute table)."""
    tables, seen = [], {0}
    for k in range(1, len(result.labels) + 1):
        deficit = set(deficit_types(result, k))
        kinds = result.total(Comparison(VS_BASELINE, k, 0)).land_types()
        seen.update(deficit)
        tables.append(LookupTable({lt: (lt if lt in deficit else 0) for lt in kinds} or {0: 0}, "int32",
                                  fill=DEFICIT_NODATA))

    def kernel(block: engine.Block):
        lt, ok, _, _ = typer.codes(block)
        bands = [np.where(ok, t.apply(lt)[0], DEFICIT_NODATA) for t in tables]
        return [np.stack(bands).astype(np.int32)]

    out.bands = len(tables)
    out.band_names = list(result.labels)
    if names is not None:
        out.classes = {code: names(code) for code in sorted(seen)}
    run = engine.run(kernel, inputs, [out], **engine_options)
    return run.outputs[0]
