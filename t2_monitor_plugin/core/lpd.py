"""Land Productivity Dynamics (LPD): the five classes from trajectory, state and performance, or from an external map.

**Combination** (UNCCD Good Practice Guidance v2 as in DOMAIN.md section 2; the same 18 cases as table 13 of the
PRAIS 4 reporting manual). Start from the trajectory: -1 -> 1 Declining, 0 -> 4 Stable, +1 -> 5 Increasing; then
apply these overrides in order, later ones winning:

==========  =====  ===========  ==================
trajectory  state  performance  LPD
==========  =====  ===========  ==================
0           0      -1           3 Stressed
+1          -1     -1           2 Moderate decline
0           -1     0            2 Moderate decline
0           -1     -1           1 Declining
==========  =====  ===========  ==================

Any nodata input (-32768 in the arrays) -> nodata. :func:`lpd_from_components` applies the table literally to
whatever codes it gets: a trajectory outside -1/0/+1 gives nodata; a performance of +1 (which the method never
produces: performance is -1 or 0) matches no override, so (0, -1, +1) stays 4. :func:`run_dynamics` refuses such
codes: trajectory and state must be -1/0/+1 and performance -1/0, and all offending values of all layers are listed
before anything is written. The three-class view (:data:`.sdg.LPD_TO_SDG`): 1, 2 -> -1; 3, 4 -> 0; 5 -> +1.

**External LPD maps** (e.g. JRC's LPD, FAO-WOCAT, Trends.Earth) are reclassified with a code -> class table (class
1..5, or :data:`.sdg.NODATA` for codes that mean "no data"); presets with their sources are in
``resources/data/lpd_external_presets.json`` (:func:`load_lpd_presets`). Valid codes the table does not cover are
collected over the whole map and refused in one message before any output is written.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace

import numpy as np

from . import engine
from .errors import InputError, Joined, Message, capped, tr_noop
from .lookup import LookupTable
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import LPD_TO_SDG, NODATA
from .sdg1531 import CodeCheck
from .tables_io import line_of, parse_int, read_csv_rows
from .zonal import grid_accumulator

DECLINING, MODERATE_DECLINE, STRESSED, STABLE_LPD, INCREASING = 1, 2, 3, 4, 5
START = {-1: DECLINING, 0: STABLE_LPD, 1: INCREASING}
OVERRIDES = [((0, 0, -1), STRESSED), ((1, -1, -1), MODERATE_DECLINE), ((0, -1, 0), MODERATE_DECLINE),
             ((0, -1, -1), DECLINING)]
"""(trajectory, state, performance) -> LPD class, applied in this order (later ones win)."""
SDG_CODES = (-1, 0, 1)
PERFORMANCE_CODES = (-1, 0)
NODATA_WORDS = ("nodata", "no data", "null", "none", str(NODATA))


def lpd_from_components(traj: np.ndarray, state: np.ndarray, perf: np.ndarray) -> np.ndarray:
    """LPD classes 1..5 (int16) from trajectory, state and performance arrays; NODATA where any input is NODATA."""
    traj, state, perf = (np.asarray(a) for a in (traj, state, perf))
    out = np.full(np.broadcast_shapes(traj.shape, state.shape, perf.shape), NODATA, dtype=np.int16)
    for code, cls in START.items():
        out[traj == code] = cls
    for (t, s, p), cls in OVERRIDES:
        out[(traj == t) & (state == s) & (perf == p)] = cls
    out[(traj == NODATA) | (state == NODATA) | (perf == NODATA)] = NODATA
    return out


@dataclass
class DynamicsSummary(engine.RunSummary):
    """The engine summary plus the pixel count and the true area of each LPD class."""

    class_pixels: dict[int, int] = field(default_factory=dict)
    areas_m2: dict | None = None  # class -> true area in square metres (None: the grid has no CRS)

    def class_ha(self, code: int) -> float | None:
        """Hectares of LPD class ``code``, None when the grid has no CRS."""
        return None if self.areas_m2 is None else self.areas_m2.get(code, 0.0) / 1e4


def _count(codes: np.ndarray) -> np.ndarray:
    return np.bincount(np.clip(codes, 0, 6).ravel().astype(np.int64), minlength=7)[1:6]


def _outputs(out: RasterOutput, out_3class: RasterOutput | None, metadata: dict) -> list[RasterOutput]:
    outputs = [replace(out, dtype="int16", nodata=NODATA, band_names=out.band_names or ["LPD"],
                       metadata={**metadata, **out.metadata})]
    if out_3class is not None:
        outputs.append(replace(out_3class, dtype="int16", nodata=NODATA,
                               band_names=out_3class.band_names or ["productivity (3 classes)"],
                               metadata={**metadata, **out_3class.metadata}))
    return outputs


def _run(kernel, inputs, out, out_3class, metadata, before_commit, collect_extra, **engine_options):
    three = LookupTable(LPD_TO_SDG, "int16", fill=NODATA)
    counts = np.zeros(5, dtype=np.int64)
    acc = grid_accumulator(describe(inputs[0]).grid, inputs[0].name)

    def wrapped(block):
        lpd, extra = kernel(block)
        arrays = [lpd]
        if out_3class is not None:
            arrays.append(np.where(lpd == NODATA, NODATA, three.apply(lpd)[0]).astype(np.int16))
        areas = acc.parts(block.row0, block.col0, lpd, block.mask & (lpd != NODATA)) if acc is not None else None
        return engine.BlockResult(arrays, (_count(np.where(block.mask, lpd, 0)), extra, areas))

    def collect(block, value):
        counts[:] += value[0]
        collect_extra(value[1])
        if value[2] is not None:
            acc.add(value[2])

    run = engine.run(wrapped, inputs, _outputs(out, out_3class, metadata), collect=collect,
                     before_commit=before_commit, **engine_options)
    return DynamicsSummary(run.grid, run.blocks, run.seconds, run.outputs,
                           {c: int(n) for c, n in zip(range(1, 6), counts)},
                           acc.total_classes() if acc is not None else None)


def run_dynamics(traj: RasterInput, state: RasterInput, perf: RasterInput, out: RasterOutput,
                 out_3class: RasterOutput | None = None, **engine_options) -> DynamicsSummary:
    """Write the LPD layer (1..5) and optionally its three-class view from the three sub-indicator layers."""
    checks = CodeCheck()
    layers = [(traj, SDG_CODES), (state, SDG_CODES), (perf, PERFORMANCE_CODES)]

    def kernel(block):
        mask = block.mask
        arrays, found = [], {}
        for i, (inp, allowed) in enumerate(layers):
            values = block.data[i][0]
            found.update(checks.check(inp.name, values, mask, allowed))
            ok = mask & np.isin(values, allowed)
            arrays.append(np.where(ok, values, NODATA).astype(np.int16))
        return lpd_from_components(*arrays), found

    def refuse():
        if checks.bad:
            details = Joined([Message(tr_noop("{layer}: {codes}"), layer=name,
                                       codes=capped(sorted(codes), fmt=lambda c: str(int(c))))
                               for name, codes in checks.bad.items()], "; ")
            raise InputError(tr_noop("Values outside the sub-indicator codes were found ({details}). Trajectory "
                                     "and state must hold -1, 0 or 1 and performance -1 or 0: check that the right "
                                     "layers were chosen, in the right order."), details=details)

    return _run(kernel, [traj, state, perf], out, out_3class, {"method": "SDG 15.3.1 land productivity dynamics"},
                refuse, checks.add, **engine_options)


def check_lpd_table(table: dict[int, int], source: str) -> dict[int, int]:
    """The table with int keys and values, refusing classes other than 1..5 and NODATA."""
    if not table:
        raise InputError(tr_noop("The LPD reclassification table {source} is empty."), source=source)
    out = {}
    for code, cls in table.items():
        cls = NODATA if cls is None else int(cls)
        if cls != NODATA and not 1 <= cls <= 5:
            raise InputError(tr_noop("{source}: code {code} is mapped to {value}; LPD classes are 1 to 5 (or "
                                     "nodata)."), source=source, code=code, value=cls)
        out[int(code)] = cls
    return out


def run_external_lpd(lpd_map: RasterInput, table: dict[int, int], out: RasterOutput,
                     out_3class: RasterOutput | None = None, **engine_options) -> DynamicsSummary:
    """Reclassify an external LPD map to our classes 1..5 with ``table`` (code -> class, or NODATA)."""
    lookup = LookupTable(check_lpd_table(table, lpd_map.name), "int16", fill=NODATA)
    unmapped: set = set()

    def kernel(block):
        codes, valid = block.data[0][0], block.valid[0][0] & block.mask
        bad = set()
        if codes.dtype.kind == "f":
            frac = valid & (codes != np.floor(codes))
            bad = {float(v) for v in np.unique(codes[frac])[:20]}
            valid = valid & ~frac
            codes = np.where(valid, codes, 0)
        lpd, missing = lookup.apply(codes, valid)
        lpd = np.where(valid, lpd, NODATA).astype(np.int16)
        return lpd, missing | bad

    def raise_unmapped():
        if unmapped:
            listed = sorted(unmapped)
            raise InputError(tr_noop("The LPD map {layer} holds codes {codes} that the reclassification table does "
                                     "not cover. Add them to the table (as a class 1-5, or as nodata) and run "
                                     "again."), layer=lpd_map.name, codes=capped(listed, fmt=_code_text))

    return _run(kernel, [lpd_map], out, out_3class, {"method": "external LPD map reclassified"}, raise_unmapped,
                unmapped.update, **engine_options)


# tables and presets -------------------------------------------------------------------------------------------------
def lpd_table_from_rows(rows, source: str) -> dict[int, int]:
    """Code -> LPD class from (where, cells) rows: the code, then 1..5 or ``nodata``."""
    table: dict[int, int] = {}
    for where, cells in rows:
        if len(cells) < 2 or str(cells[1]).strip() == "":
            raise InputError(tr_noop("{where}: a code and an LPD class (1-5, or nodata) are expected."), where=where)
        code = parse_int(cells[0], where)
        text = str(cells[1]).strip().lower()
        cls = NODATA if text in NODATA_WORDS else parse_int(text, where)
        if code in table and table[code] != cls:
            raise InputError(tr_noop("{source}: the code {code} is given twice with different values ({first} and "
                                     "{second})."), source=source, code=code, first=table[code], second=cls)
        table[code] = cls
    return check_lpd_table(table, source)


def read_lpd_table(path: str) -> dict[int, int]:
    """Code -> LPD class from a CSV (code, class; an optional header row; ``#`` comments)."""
    rows = read_csv_rows(path)
    name = os.path.basename(path)
    if rows:
        try:
            parse_int(rows[0][1][0])
        except InputError:
            rows = rows[1:]  # header
    return lpd_table_from_rows(((line_of(name, n), cells) for n, cells in rows), name)


@dataclass
class LpdPreset:
    id: str
    name: str
    source: str
    table: dict[int, int]
    labels: dict[int, str]


def load_lpd_presets(path: str) -> list[LpdPreset]:
    """The presets of ``lpd_external_presets.json`` in file order (new presets are appended, never inserted)."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    out = []
    for p in data["presets"]:
        table = {int(c["code"]): NODATA if c["lpd"] is None else int(c["lpd"]) for c in p["codes"]}
        out.append(LpdPreset(p["id"], p["name"], p["source"], check_lpd_table(table, p["id"]),
                             {int(c["code"]): c.get("label", "") for c in p["codes"]}))
    return out


def _code_text(code) -> str:
    return f"{code:g}" if isinstance(code, float) else str(code)
