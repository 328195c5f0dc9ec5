"""SDG 15.3.1 land-cover sub-indicator: reclassification to the 7 UNCCD classes and the transition matrix.

Method (UNCCD Good Practice Guidance v2, DOMAIN.md section 2):

1. Each map's legend is reclassified to the UNCCD classes 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland,
   5 Artificial, 6 Other land, 7 Water body with a code -> class table (None: the map already holds 1..7). A valid
   pixel whose code the table does not cover is an error, never silent nodata: the codes are collected over the
   whole raster and the run is refused with the list of every unmapped code of each map, before any output is
   written. Float maps must hold whole numbers.
2. Degradation = ``matrix[initial - 1, final - 1]`` with a 7 x 7 matrix (rows: initial class, columns: final class)
   of -1 degraded / 0 stable / +1 improved; Int16, nodata -32768 where either map is nodata.
3. Optional transition raster: ``initial * 10 + final`` (11..77; Byte, nodata 0), e.g. 13 = Tree-covered -> Cropland.
4. Transition areas (m², true ellipsoidal pixel areas) are summed in the same pass for the table of hectares per
   (initial, final) pair.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import engine
from .errors import InputError, Joined, Message, capped, tr_noop
from .lookup import LookupTable, pair_code
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import NODATA, SDG_LABELS, UNCCD_CLASSES
from .tables_io import code_table_from_rows, leading_code, parse_number, read_code_table, read_square_matrix
from .zonal import AreaAccumulator, grid_accumulator

UNCCD_CODES = tuple(range(1, 8))
TRANSITION_NODATA = 0
TRANSITION_FIELDS = [("initial", "int"), ("initial_label", "str"), ("final", "int"), ("final_label", "str"),
                     ("transition", "int"), ("sdg", "int"), ("sdg_label", "str"), ("area_ha", "float"),
                     ("share", "float")]
MATRIX_HEADERS = ["initial \\ final"] + [f"{c} {UNCCD_CLASSES[c]}" for c in UNCCD_CODES]


# matrices ----------------------------------------------------------------------------------------------------------
def validate_matrix(values, source: str) -> np.ndarray:
    """The 7 x 7 transition matrix as Int16; refuses other shapes and values other than -1, 0 and 1."""
    arr = np.asarray(values, dtype=float)
    if arr.shape != (7, 7):
        raise InputError(tr_noop("The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes "
                                 "1-7), not {shape}."), source=source, shape=" x ".join(map(str, arr.shape)))
    bad = sorted({float(v) for v in arr.ravel() if v not in (-1.0, 0.0, 1.0)})
    if bad:
        raise InputError(tr_noop("The transition matrix {source} holds {values}; only -1 (degradation), 0 (stable) "
                                 "and 1 (improvement) are allowed."), source=source,
                         values=capped(bad, fmt=lambda v: f"{v:g}"))
    return arr.astype(np.int16)


def _check_labels(labels, source: str) -> None:
    codes = [leading_code(lab, source) for lab in labels]
    if codes != list(UNCCD_CODES):
        raise InputError(tr_noop("The row and column labels of the transition matrix {source} must start with the "
                                 "UNCCD classes 1 to 7 in order, not {codes}."), source=source,
                         codes=capped(codes))


def read_transition_matrix(path: str) -> np.ndarray:
    """The transition matrix from a labelled CSV (rows: initial class, columns: final class, labels starting 1..7)."""
    rows, cols, values = read_square_matrix(path)
    source = path.replace("\\", "/").rsplit("/", 1)[-1]
    if values.shape == (7, 7):
        _check_labels(rows, source)
        _check_labels(cols, source)
    return validate_matrix(values, source)


def matrix_from_rows(rows: list[tuple[str, list[str]]], source: str) -> np.ndarray:
    """The matrix from the rows of a Processing matrix parameter: a row-label cell then 7 values per row."""
    if len(rows) != 7 or any(len(cells) != 8 for _, cells in rows):
        raise InputError(tr_noop("The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes "
                                 "1-7), not {shape}."), source=source,
                         shape=f"{len(rows)} x {max((len(c) - 1 for _, c in rows), default=0)}")
    _check_labels([cells[0] for _, cells in rows], source)
    values = [[parse_number(c, where) for c in cells[1:]] for where, cells in rows]
    return validate_matrix(values, source)


def matrix_cells(matrix: np.ndarray) -> list[str]:
    """Flat cell list (row label + 7 values per row) for the default of a Processing matrix parameter."""
    out = []
    for i, c in enumerate(UNCCD_CODES):
        out += [MATRIX_HEADERS[c]] + [str(int(v)) for v in matrix[i]]
    return out


# reclassification ----------------------------------------------------------------------------------------------------
def validate_reclass(table: dict[int, float], source: str) -> dict[int, int]:
    """Code -> UNCCD class; refuses targets other than the whole numbers 1..7."""
    bad = sorted({v for v in table.values() if v not in UNCCD_CODES})
    if bad:
        raise InputError(tr_noop("The reclassification {source} sends codes to {values}; the UNCCD classes are "
                                 "1 to 7."), source=source, values=capped(bad, fmt=lambda v: f"{v:g}"))
    return {int(k): int(v) for k, v in table.items()}


def read_reclass_csv(path: str) -> dict[int, int]:
    """Source code -> UNCCD class from a code table CSV (code, class[, label]; optional header; # comments)."""
    return validate_reclass(read_code_table(path), path.replace("\\", "/").rsplit("/", 1)[-1])


def reclass_from_rows(rows: list[tuple[str, list[str]]], source: str) -> dict[int, int]:
    """Source code -> UNCCD class from the rows of a Processing matrix parameter (code, class)."""
    return validate_reclass(code_table_from_rows(rows, source), source)


class UnccdReclass:
    """Reclassifies one map to UNCCD classes and collects the codes it cannot map (see :class:`UnmappedCodes`)."""

    def __init__(self, name: str, mapping: dict[int, int] | None):
        self.name = name
        self.custom = mapping is not None
        self.table = LookupTable(mapping if mapping is not None else {c: c for c in UNCCD_CODES}, "uint8", fill=0)

    def apply(self, codes: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, set]:
        """(UNCCD classes, unmapped codes among ``valid`` pixels) for one block (call from the kernel)."""
        if codes.dtype.kind == "f":
            vals = codes[valid]
            if vals.size and not np.array_equal(vals, np.round(vals)):
                raise InputError(tr_noop("The land-cover raster {layer} holds decimal values; a categorical raster "
                                         "of whole-number class codes is expected."), layer=self.name)
        return self.table.apply(codes, valid)


class UnmappedCodes:
    """Unmapped codes per map, merged in ``collect`` and refused all at once from ``before_commit``."""

    def __init__(self):
        self.found: dict[str, set] = {}
        self.custom: dict[str, bool] = {}

    def add(self, reclass: UnccdReclass, codes: set) -> None:
        if codes:
            self.found.setdefault(reclass.name, set()).update(codes)
            self.custom[reclass.name] = reclass.custom

    def raise_if_any(self) -> None:
        if not self.found:
            return
        details = Joined([Message(tr_noop("{layer}: {codes}"), layer=name,
                                  codes=capped(sorted(codes), fmt=lambda c: str(int(c))))
                          for name, codes in self.found.items()], "; ")
        if any(self.custom.values()):
            raise InputError(tr_noop("Land-cover codes not covered by the reclassification table ({details}). Add "
                                     "every one of them to the table (or set them as the raster's nodata); nothing "
                                     "was written."), details=details)
        raise InputError(tr_noop("Land-cover codes other than the UNCCD classes 1-7 were found ({details}). Choose "
                                 "the ESA CCI preset or a custom reclassification table for this legend; nothing "
                                 "was written."), details=details)


# the run -------------------------------------------------------------------------------------------------------------
@dataclass
class LandCoverSummary(engine.RunSummary):
    """The engine's summary plus the area (m²) of each transition code initial*10+final and of nodata."""

    transition_m2: dict[int, float] = field(default_factory=dict)
    nodata_m2: float = 0.0
    areas_known: bool = True

    def sdg_m2(self, matrix: np.ndarray) -> dict[int, float]:
        """Area per -1/0/+1 value of ``matrix``."""
        out = {-1: 0.0, 0: 0.0, 1: 0.0}
        for code, m2 in self.transition_m2.items():
            out[int(matrix[code // 10 - 1, code % 10 - 1])] += m2
        return out


def run_landcover_degradation(initial: RasterInput, final: RasterInput, reclass_initial: dict[int, int] | None,
                              reclass_final: dict[int, int] | None, matrix: np.ndarray, out: RasterOutput,
                              out_transitions: RasterOutput | None = None, **engine_options) -> LandCoverSummary:
    """Write the land-cover degradation layer (and the transition codes); return the run with transition areas."""
    matrix = validate_matrix(matrix, "matrix")
    rec_i, rec_f = UnccdReclass(initial.name, reclass_initial), UnccdReclass(final.name, reclass_final)
    degradation = LookupTable({i * 10 + f: int(matrix[i - 1, f - 1]) for i in UNCCD_CODES for f in UNCCD_CODES},
                              "int16", fill=NODATA)
    unmapped = UnmappedCodes()
    acc = area_accumulator(initial)
    outputs = [out] + ([out_transitions] if out_transitions is not None else [])

    def kernel(block: engine.Block):
        a, miss_a = rec_i.apply(block.data[0][0], block.valid[0][0])
        b, miss_b = rec_f.apply(block.data[1][0], block.valid[1][0])
        ok = block.mask & (a > 0) & (b > 0)
        code = np.where(ok, pair_code(a, b), 0)
        sdg, _ = degradation.apply(code)
        arrays = [np.where(ok, sdg, NODATA).astype(np.int16)]
        if out_transitions is not None:
            arrays.append(code.astype(np.uint8))
        parts = acc.parts(block.row0, block.col0, code.astype(np.int16), ok) if acc else None
        return engine.BlockResult(arrays, (miss_a, miss_b, parts))

    def collect(block, value):
        miss_a, miss_b, parts = value
        unmapped.add(rec_i, miss_a)
        unmapped.add(rec_f, miss_b)
        if acc:
            acc.add(parts)

    run = engine.run(kernel, [initial, final], outputs, collect=collect, before_commit=unmapped.raise_if_any,
                     **engine_options)
    if acc is None:
        return LandCoverSummary(run.grid, run.blocks, run.seconds, run.outputs, areas_known=False)
    _level, _zone, classes, nodata = next(acc.groups())
    return LandCoverSummary(run.grid, run.blocks, run.seconds, run.outputs, dict(classes), nodata)


def area_accumulator(raster: RasterInput) -> AreaAccumulator | None:
    """Area sums on the raster's grid, or None when it has no CRS (then no areas are reported, the layer still is)."""
    return grid_accumulator(describe(raster).grid, raster.name)


def transition_rows(summary: LandCoverSummary, matrix: np.ndarray, labels=None, names_initial=None,
                    names_final=None) -> list[tuple]:
    """One row per (initial, final) pair, all 49 in order, in :data:`TRANSITION_FIELDS` order.

    ``labels`` translates class and SDG labels (identity by default); ``names_initial`` / ``names_final`` (UNCCD
    class -> name, e.g. from each map's own legend) replace the UNCCD names; ``share`` is of the valid (mapped) area.
    """
    tr = labels or (lambda s: s)
    names_i = {c: (names_initial or {}).get(c) or tr(UNCCD_CLASSES[c]) for c in UNCCD_CODES}
    names_f = {c: (names_final or {}).get(c) or tr(UNCCD_CLASSES[c]) for c in UNCCD_CODES}
    valid = sum(summary.transition_m2.values())
    rows = []
    for i in UNCCD_CODES:
        for f in UNCCD_CODES:
            m2 = summary.transition_m2.get(i * 10 + f, 0.0)
            sdg = int(matrix[i - 1, f - 1])
            rows.append((i, names_i[i], f, names_f[f], i * 10 + f, sdg, tr(SDG_LABELS[sdg]),
                         m2 / 1e4, m2 / valid if valid else None))
    return rows
