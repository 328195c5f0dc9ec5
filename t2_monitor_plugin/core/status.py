"""Degradation status of a reporting period against the baseline (UNCCD GPG addendum, "expanded status matrix").

The status of each pixel is read from a 3 x 3 matrix (rows: baseline -1/0/+1, columns: reporting period -1/0/+1)
kept in ``resources/data/gpg_status_matrix.csv``: 1 persistent degradation, 2 recent degradation, 3 baseline
degradation, 4 stable, 5 stable but improved at baseline, 6 recent improvement, 7 persistent improvement; any nodata
-> nodata. The collapsed view groups 1-3 as degraded, 4 as stable and 5-7 as improved.
"""
from __future__ import annotations

import os

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .lookup import LookupTable, pair_code
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import DEGRADED, IMPROVED, NODATA, SDG_LABELS, STABLE, STATUS_LABELS
from .sdg1531 import CodeCheck
from .tables_io import parse_int, read_square_matrix
from .zonal import AreaAccumulator
from .zones import ZoneSet

STATUS_FIELDS = [("level", "str"), ("zone", "str"), ("group", "str"), ("class", "int"), ("class_label", "str"),
                 ("area_ha", "float"), ("area_km2", "float"), ("share", "float")]
COLLAPSE = {1: DEGRADED, 2: DEGRADED, 3: DEGRADED, 4: STABLE, 5: IMPROVED, 6: IMPROVED, 7: IMPROVED}
SDG_CODES = (DEGRADED, STABLE, IMPROVED)


def read_status_matrix(path: str) -> dict[tuple[int, int], int]:
    """(baseline, reporting) -> status code, from a labelled square matrix CSV (rows baseline, columns reporting)."""
    rows, columns, values = read_square_matrix(path)
    where = os.path.basename(path)
    matrix = {(parse_int(r, where), parse_int(c, where)): int(values[i, j])
              for i, r in enumerate(rows) for j, c in enumerate(columns)}
    if set(matrix) != {(a, b) for a in SDG_CODES for b in SDG_CODES}:
        raise InputError(tr_noop("The status matrix {path} must have rows and columns -1, 0 and 1."), path=path)
    return matrix


def status_table(matrix: dict[tuple[int, int], int]) -> LookupTable:
    """Lookup from the pair code (baseline + 1) * 10 + (reporting + 1) to the status."""
    return LookupTable({(b + 1) * 10 + (r + 1): s for (b, r), s in matrix.items()}, "int16", fill=NODATA)


def run_status(baseline: RasterInput, reporting: RasterInput, out: RasterOutput, matrix_path: str,
               zones: ZoneSet | None = None, **engine_options) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Write the status layer; return the area table rows (per status and collapsed) and zone warnings."""
    table = status_table(read_status_matrix(matrix_path))
    acc = AreaAccumulator(describe(baseline).grid, zones, baseline.name)
    checks = CodeCheck()

    def kernel(block: engine.Block):
        b, r = block.data[0][0], block.data[1][0]
        found = checks.check(baseline.name, b, block.mask, SDG_CODES)
        found.update(checks.check(reporting.name, r, block.mask, SDG_CODES))
        status, _ = table.apply(pair_code(b + 1, r + 1))
        status = np.where(block.mask, status, NODATA).astype(np.int16)
        return engine.BlockResult([status], (found, acc.parts(block.row0, block.col0, status, block.mask)))

    def collect(block, value):
        checks.add(value[0])
        acc.add(value[1])

    engine.run(kernel, [baseline, reporting], [out], collect=collect, before_commit=checks.raise_if_any,
               **engine_options)
    rows = []
    for level, zone, classes, nodata in acc.groups():
        valid = sum(classes.values())
        for code in range(1, 8):
            rows.append(_row(level, zone, "status", code, STATUS_LABELS[code], classes.get(code, 0.0), valid))
        for code in SDG_CODES:
            m2 = sum(a for s, a in classes.items() if COLLAPSE.get(s) == code)
            rows.append(_row(level, zone, "collapsed", code, SDG_LABELS[code], m2, valid))
        rows.append(_row(level, zone, "nodata", None, "nodata", nodata, None))
    return rows, acc.warnings()


def _row(level, zone, group, code, label, m2, valid):
    return (level, zone, group, code, label, m2 / 1e4, m2 / 1e6, m2 / valid if valid else None)
