"""Land overuse: actual land use crossed with land-use capability classes through a compatibility table (ROAM).

The compatibility table gives, for each pair (land-use code, capability class), a signed number of *steps*:
0 proper use, k > 0 overuse by k steps (the use is more intensive than the land supports: a degradation driver and a
restoration priority), k < 0 underuse by |k| steps. Each pixel gets

- the category: 1 proper use (steps = 0), 2 overuse (steps > 0), 3 underuse (steps < 0);
- optionally the signed steps themselves.

Both outputs are Int16 with nodata -32768 where either input is nodata. A pair that occurs on valid pixels but is not
in the table is never guessed: every such pair is collected over all blocks and refused at the end, before any output
is written, with the list of pairs to add.

Tables come from a labelled matrix CSV (rows land-use codes, columns capability classes, as
``resources/data/land_use_capability_compatibility.csv``) or from three-column rows (land use, capability, steps),
e.g. a Processing matrix parameter.
"""
from __future__ import annotations

import os

import numpy as np

from . import engine
from .errors import InputError, capped, tr_noop
from .lookup import LookupTable
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import NODATA
from .tables_io import leading_code, parse_int, read_labelled_table
from .zonal import AreaAccumulator
from .zones import ZoneSet

PROPER, OVERUSE, UNDERUSE = 1, 2, 3
CATEGORY_LABELS = {PROPER: tr_noop("Proper use"), OVERUSE: tr_noop("Overuse"), UNDERUSE: tr_noop("Underuse")}
AREA_FIELDS = [("level", "str"), ("zone", "str"), ("group", "str"), ("class", "int"), ("class_label", "str"),
               ("area_ha", "float"), ("area_km2", "float"), ("share", "float")]
_OFFSET = 2 ** 20
MAX_LISTED = 20


def pair_key(use, capability) -> np.ndarray:
    """One int64 key per (use, capability) pair; unique for codes in -2**20 .. 2**20."""
    return (np.asarray(use).astype(np.int64) + _OFFSET) * (2 * _OFFSET) + (np.asarray(capability).astype(np.int64)
                                                                           + _OFFSET)


def unpair_key(key: int) -> tuple[int, int]:
    return int(key) // (2 * _OFFSET) - _OFFSET, int(key) % (2 * _OFFSET) - _OFFSET


def category(steps: np.ndarray) -> np.ndarray:
    """1 proper (0 steps), 2 overuse (> 0), 3 underuse (< 0)."""
    return np.where(steps > 0, OVERUSE, np.where(steps < 0, UNDERUSE, PROPER)).astype(np.int16)


def read_compatibility_csv(path: str) -> dict[tuple[int, int], int]:
    """(use, capability) -> steps from a labelled matrix CSV (header: corner cell then one capability per column)."""
    header, rows = read_labelled_table(path)
    name = os.path.basename(path)
    if len(header) < 2:
        raise InputError(tr_noop("The compatibility table {source} needs a header row with one column per "
                                 "capability class."), source=name)
    caps = [leading_code(c, f"{name}, header") for c in header[1:]]
    table: dict[tuple[int, int], int] = {}
    for where, cells in rows:
        if len(cells) != len(header):
            raise InputError(tr_noop("{where}: {expected} cells expected (a label and {count} values), {found} "
                                     "found."), where=where, expected=len(header), count=len(caps),
                             found=len(cells))
        use = leading_code(cells[0], where)
        for cap, cell in zip(caps, cells[1:]):
            _put(table, use, cap, parse_int(cell, where), name)
    if not table:
        raise InputError(tr_noop("The table {source} has no rows."), source=name)
    return table


def table_from_rows(rows, source: str) -> dict[tuple[int, int], int]:
    """(use, capability) -> steps from (where, [use, capability, steps]) rows."""
    table: dict[tuple[int, int], int] = {}
    for where, cells in rows:
        if len(cells) < 3 or any(str(c).strip() == "" for c in cells[:3]):
            raise InputError(tr_noop("{where}: a land-use code, a capability class and a number of steps are "
                                     "expected."), where=where)
        _put(table, parse_int(cells[0], where), parse_int(cells[1], where), parse_int(cells[2], where), source)
    if not table:
        raise InputError(tr_noop("The table {source} has no rows."), source=source)
    return table


def _put(table, use: int, cap: int, steps: int, source: str) -> None:
    if (use, cap) in table and table[(use, cap)] != steps:
        raise InputError(tr_noop("{source}: the pair land use {use} / capability {capability} is given twice with "
                                 "different results."), source=source, use=use, capability=cap)
    if abs(steps) > 1000:
        raise InputError(tr_noop("{source}: {steps} steps for land use {use} / capability {capability} is not a "
                                 "plausible number of steps."), source=source, steps=steps, use=use, capability=cap)
    table[(use, cap)] = steps


class PairCheck:
    """Collects (use, capability) pairs missing from the table, to refuse them all at once (before commit)."""

    def __init__(self, use_name: str, cap_name: str):
        self.missing: set[int] = set()
        self.fractional: set[str] = set()
        self.use_name, self.cap_name = use_name, cap_name

    def raise_if_any(self) -> None:
        for name in sorted(self.fractional):
            raise InputError(tr_noop("The layer {layer} holds values that are not whole numbers; land-use codes and "
                                     "capability classes must be whole numbers. Check that the right layer was "
                                     "chosen."), layer=name)
        if not self.missing:
            return
        pairs = [unpair_key(k) for k in sorted(self.missing)]
        listed = capped(pairs, MAX_LISTED, fmt=lambda pair: f"{pair[0]}/{pair[1]}")
        raise InputError(tr_noop("The compatibility table has no result for {count} land-use / capability pair(s) "
                                 "found in {use_layer} and {capability_layer}: {pairs}. Add them to the table "
                                 "(land-use code, capability class, steps) and run again."), count=len(pairs),
                         use_layer=self.use_name, capability_layer=self.cap_name, pairs=listed)


def run_overuse(use: RasterInput, capability: RasterInput, table: dict[tuple[int, int], int],
                out: RasterOutput | None, steps_out: RasterOutput | None = None, zones: ZoneSet | None = None,
                **engine_options) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Write the category (and steps) rasters; return area rows (AREA_FIELDS, per category and per steps value) and
    zone warnings."""
    lookup = LookupTable({int(pair_key(u, c)): s for (u, c), s in table.items()}, "int16", fill=0)
    grid = describe(use).grid  # the land-use layer is the first input: the grid others are aligned to
    acc_cat = AreaAccumulator(grid, zones, use.name)
    acc_steps = AreaAccumulator(grid, zones, use.name)
    check = PairCheck(use.name, capability.name)
    outputs = [o for o in (out, steps_out) if o is not None]

    def kernel(block: engine.Block):
        mask = block.mask
        u, c = block.data[0][0], block.data[1][0]
        fractional = {name for name, a in ((use.name, u), (capability.name, c))
                      if a.dtype.kind == "f" and (mask & (a != np.floor(a))).any()}
        keys = pair_key(u, c)
        steps, missing = lookup.apply(keys, mask)
        steps = np.where(mask, steps, NODATA).astype(np.int16)
        cat = np.where(mask, category(steps), NODATA).astype(np.int16)
        arrays = ([cat] if out is not None else []) + ([steps] if steps_out is not None else [])
        value = (missing, fractional, acc_cat.parts(block.row0, block.col0, cat, mask),
                 acc_steps.parts(block.row0, block.col0, steps, mask))
        return engine.BlockResult(arrays, value) if outputs else value

    def collect(block, value):
        check.missing.update(value[0])
        check.fractional.update(value[1])
        acc_cat.add(value[2])
        acc_steps.add(value[3])

    engine.run(kernel, [use, capability], outputs, collect=collect, before_commit=check.raise_if_any,
               **engine_options)
    rows = []
    for (level, zone, classes, nodata), (_, _, steps, _) in zip(acc_cat.groups(), acc_steps.groups()):
        valid = sum(classes.values())
        for code in (PROPER, OVERUSE, UNDERUSE):
            rows.append(_row(level, zone, "category", code, CATEGORY_LABELS[code], classes.get(code, 0.0), valid))
        for k in sorted(steps):
            rows.append(_row(level, zone, "steps", k, str(k), steps[k], valid))
        rows.append(_row(level, zone, "nodata", None, "nodata", nodata, None))
    return rows, acc_cat.warnings()


def _row(level, zone, group, code, label, m2, valid):
    return (level, zone, group, code, label, m2 / 1e4, m2 / 1e6, m2 / valid if valid else None)
