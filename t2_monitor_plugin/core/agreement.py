"""Agreement between two categorical maps: cross-class raster, area-weighted cross-tabulation, agreement and kappa.

Typical use: the degradation (or priority) maps of two sectors, or SDG 15.3.1 against a national severity map.

Cross-tabulation: the area (true ellipsoidal pixel areas, weighted by zone coverage, :mod:`.zonal`) of every pair
(class of map A, class of map B), for the whole raster and per zone. Pixels where one map is nodata are kept in rows of
their own (the other class empty), so the rows of a class of A, summed over B, equal the class area of map A (and the
same for B); the pixels nodata in both form one row. Agreement statistics use only the pixels valid in both maps.

Agreement: a pair (a, b) agrees when it is in the correspondence set C (default: a == b; with different legends,
e.g. A's -1 matching B's 2 and 3, C lists the pairs). With p_ab the share of the compared area in pair (a, b),
p_a. and p_.b the marginal shares: overall agreement p_o = sum over C of p_ab; chance agreement
p_e = sum over C of p_a. * p_.b; Cohen's kappa = (p_o - p_e) / (1 - p_e) (undefined, None, when p_e = 1). With
C = identity this is Cohen's kappa; with another C it is the weighted kappa with 0/1 agreement weights. The weights
of the confusion matrix are AREAS, not pixel counts: they coincide up to a constant on equal-area grids, and on
geographic or other projected grids areas are the right weights for statements about land.

Cross-class code: code = a * K + b, with K the smallest power of ten (at least 10) larger than the span of map B's
codes, max(b) - min(0, min(b)); so with non-negative codes the digits read "a then b" (K = 10: 23 is A 2 / B 3;
K = 100: 1203 is A 12 / B 3), and every code stands for one pair whatever the signs. The cross-tabulation table gives
the pair of each code. Int32, nodata -2147483648 (either map nodata).

Class names (``names_a``, ``names_b``: code -> name, e.g. from each map's raster attribute table, see
:mod:`.class_labels`) go into the class_a_label / class_b_label columns, the legend of the generated style
(``A=1 Forest / B=3 Cropland``) and the raster attribute table of the cross-class raster; without a name a class
shows its code.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .class_labels import pair_legend
from .errors import InputError, capped, tr_noop
from .grid import Grid
from .output import RasterOutput, write_text
from .rasters import RasterInput, describe
from .zonal import AreaAccumulator, zone_block_shape
from .zones import ZoneSet

MAX_CODE = 10**9
_OFFSET = 2**30
_BASE = 2**31
_NODATA_PART = 2**31 - 1
CROSS_NODATA = -2147483648
CHUNK_PIXELS = 2**19
"""Pixels per strip of the kernels: the 64-bit pair keys and cross codes, and the accumulator's zone labels, are
made one strip at a time, so a block's temporaries stay a few MB whatever the block size."""
WRITE_BYTES_PER_PIXEL = 20
"""Bytes per pixel the blocks of the cross-class pass are sized for (see :func:`_write_block_shape`)."""
COUNT_BYTES_PER_PIXEL = 16
"""Bytes per pixel the blocks of the counting pass are sized for with zones (both maps and their masks, the
combined mask and the zone labels of a block; :func:`.zonal.zone_block_shape`)."""
CROSS_FIELDS = [("level", "str"), ("zone", "str"), ("code", "int"), ("class_a", "int"), ("class_b", "int"),
                ("agreement", "int"), ("area_ha", "float"), ("share", "float"), ("class_a_label", "str"),
                ("class_b_label", "str")]
SUMMARY_FIELDS = [("level", "str"), ("zone", "str"), ("compared_ha", "float"), ("agreement_ha", "float"),
                  ("overall_agreement", "float"), ("expected_agreement", "float"), ("kappa", "float"),
                  ("only_a_ha", "float"), ("only_b_ha", "float"), ("nodata_ha", "float")]
GREENS = ("#1a9850", "#66bd63", "#a6d96a", "#006837", "#d9ef8b")
REDS = ("#d73027", "#f46d43", "#fdae61", "#a50026", "#fee090")


def pair_keys(a: np.ndarray, va: np.ndarray, b: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """One int64 key per pixel for the pair (a or nodata, b or nodata); codes must lie within +-``MAX_CODE``."""
    pa = np.where(va, a.astype(np.int64) + _OFFSET, _NODATA_PART)
    pb = np.where(vb, b.astype(np.int64) + _OFFSET, _NODATA_PART)
    return pa * _BASE + pb


def _strips(shape, pixels: int) -> list[slice]:
    """Row slices of about ``pixels`` pixels covering a (rows, cols) block."""
    rows, cols = shape
    step = max(1, pixels // max(cols, 1))
    return [slice(r, r + step) for r in range(0, rows, step)]


def decode(key: int) -> tuple[int | None, int | None]:
    pa, pb = divmod(int(key), _BASE)
    return (None if pa == _NODATA_PART else pa - _OFFSET), (None if pb == _NODATA_PART else pb - _OFFSET)


def cross_base(codes_b) -> int:
    """K: the smallest power of ten (at least 10) larger than max(b) - min(0, min(b))."""
    codes_b = list(codes_b)
    span = (max(codes_b) - min(0, min(codes_b))) if codes_b else 0
    k = 10
    while k <= span:
        k *= 10
    return k


@dataclass
class Stats:
    compared_m2: float
    agreement_m2: float
    overall: float | None
    expected: float | None
    kappa: float | None


def agreement_stats(cells: dict[tuple[int, int], float], agree) -> Stats:
    """Overall agreement, chance agreement and kappa of an area-weighted confusion matrix {(a, b): area}."""
    total = sum(cells.values())
    if total <= 0:
        return Stats(0.0, 0.0, None, None, None)
    rows, cols = {}, {}
    for (a, b), m2 in cells.items():
        rows[a] = rows.get(a, 0.0) + m2
        cols[b] = cols.get(b, 0.0) + m2
    agreed = sum(m2 for (a, b), m2 in cells.items() if agree(a, b))
    p_o = agreed / total
    p_e = sum(ra * cb for a, ra in rows.items() for b, cb in cols.items() if agree(a, b)) / total ** 2
    kappa = (p_o - p_e) / (1.0 - p_e) if p_e < 1.0 - 1e-12 else None
    return Stats(total, agreed, p_o, p_e, kappa)


@dataclass
class AgreementResult:
    cross_rows: list[tuple]
    summary_rows: list[tuple]
    overall: Stats
    base: int
    cells: dict  # zone name -> {(a, b): m2} over pixels valid in both maps
    warnings: list = field(default_factory=list)


def run_agreement(map_a: RasterInput, map_b: RasterInput, out: RasterOutput | None = None,
                  zones: ZoneSet | None = None, correspondence: set[tuple[int, int]] | None = None,
                  progress=None, names_a: dict[int, str] | None = None, names_b: dict[int, str] | None = None,
                  **engine_options) -> AgreementResult:
    """Cross-tabulate two categorical maps (band 1 of each), write the cross-class raster, compute agreement."""
    names_a, names_b = names_a or {}, names_b or {}
    for inp in (map_a, map_b):
        inp.bands, inp.mask, inp.resampling = [1], "none", "nearest"
    acc = AreaAccumulator(describe(map_a).grid, zones, map_a.name)

    def check(values, valid, name):
        if values.dtype.kind in "iu" and values.dtype.itemsize <= 2:
            return  # whole 8/16-bit codes: nothing to refuse
        v = values[valid]
        if not v.size:
            return
        if values.dtype.kind == "f" and not np.array_equal(v, np.round(v)):
            raise InputError(tr_noop("The raster {layer} holds decimal values; map agreement needs categorical "
                                     "rasters of whole-number codes."), layer=name)
        if v.min() < -MAX_CODE or v.max() > MAX_CODE:
            raise InputError(tr_noop("The raster {layer} holds codes beyond +-1,000,000,000; reclassify it to "
                                     "smaller class codes first."), layer=name)

    def kernel(block: engine.Block):
        a, va = block.data[0][0], block.valid[0][0]
        b, vb = block.data[1][0], block.valid[1][0]
        parts = []
        for s in _strips(a.shape, CHUNK_PIXELS):
            check(a[s], va[s], map_a.name)
            check(b[s], vb[s], map_b.name)
            parts.append(acc.parts(block.row0 + s.start, block.col0, pair_keys(a[s], va[s], b[s], vb[s]),
                                   va[s] | vb[s]))
        return parts

    def collect(block, parts):
        for strip in parts:
            acc.add(strip)

    first = (lambda f: progress(0.5 * f)) if progress and out is not None else progress
    count_options = dict(engine_options)
    if count_options.get("block_shape") is None:
        count_options["block_shape"] = zone_block_shape(acc.pixel_areas.grid, COUNT_BYTES_PER_PIXEL, zones)
    engine.run(kernel, [map_a, map_b], collect=collect, progress=first, **count_options)

    agree = (lambda a, b: a == b) if correspondence is None else (lambda a, b: (a, b) in correspondence)
    groups = []
    for level, zone, sums, nodata in acc.groups():
        decoded = {decode(k): m2 for k, m2 in sums.items()}
        cells = {p: m2 for p, m2 in decoded.items() if p[0] is not None and p[1] is not None}
        groups.append((level, zone, decoded, cells, nodata))
    all_cells = groups[0][3]
    base = cross_base({b for _, b in all_cells})
    for a, b in all_cells:
        if abs(a * base + b) >= 2**31 - 1:
            raise InputError(tr_noop("The class codes of {layer_a} and {layer_b} are too large for cross-class "
                                     "codes (class_a x {base} + class_b must fit a 32-bit integer). Reclassify "
                                     "them to smaller codes first."), layer_a=map_a.name, layer_b=map_b.name,
                             base=base)
    result = AgreementResult([], [], agreement_stats(all_cells, agree), base, {}, acc.warnings())
    for level, zone, decoded, cells, nodata in groups:
        stats = agreement_stats(cells, agree)
        result.cells[zone] = cells
        only_a = sum(m2 for (a, b), m2 in decoded.items() if b is None)
        only_b = sum(m2 for (a, b), m2 in decoded.items() if a is None)
        result.summary_rows.append((level, zone, stats.compared_m2 / 1e4, stats.agreement_m2 / 1e4, stats.overall,
                                    stats.expected, stats.kappa, only_a / 1e4, only_b / 1e4, nodata / 1e4))
        for a, b in sorted(decoded, key=_pair_order):
            m2 = decoded[(a, b)]
            both = a is not None and b is not None
            result.cross_rows.append((level, zone, a * base + b if both else None, a, b,
                                      int(agree(a, b)) if both else None, m2 / 1e4,
                                      m2 / stats.compared_m2 if both and stats.compared_m2 else None,
                                      _name(names_a, a), _name(names_b, b)))
        result.cross_rows.append((level, zone, None, None, None, None, nodata / 1e4, None, None, None))
    if correspondence is not None:
        result.warnings += _unmatched(all_cells, correspondence, map_a.name, map_b.name)

    if out is not None:
        for inp in (map_a, map_b):
            inp.mask = "any"

        def write(block: engine.Block):
            a, b, mask = block.data[0][0], block.data[1][0], block.mask
            out = np.empty(mask.shape, dtype=np.int32)
            for s in _strips(mask.shape, CHUNK_PIXELS):
                out[s] = np.where(mask[s], a[s].astype(np.int64) * base + b[s].astype(np.int64), CROSS_NODATA)
            return [out]

        entries = cross_entries(sorted(all_cells), base, agree, names_a, names_b)
        out.classes = {code: label for code, label, _ in entries}
        out.class_colors = {code: color for code, _, color in entries}
        second = (lambda f: progress(0.5 + 0.5 * f)) if progress else None
        options = {"block_shape": _write_block_shape(map_a, map_b, engine_options.get("reference")),
                   **engine_options}
        engine.run(write, [map_a, map_b], [out], progress=second, **options)
        paletted_qml(os.path.splitext(out.path)[0] + ".qml", entries)
    return result


def _name(names: dict[int, str], code: int | None) -> str | None:
    return None if code is None else names.get(code, str(code))


def _write_block_shape(map_a: RasterInput, map_b: RasterInput, reference) -> tuple[int, int]:
    """Blocks of the cross-class pass sized for what a pixel holds there: both maps and their validity, the mask,
    the Int32 code and the engine's nodata copy of it (~15 bytes, the engine's default sizing assumes 10)."""
    grid = reference if isinstance(reference, Grid) else describe(map_b if reference == 1 else map_a).grid
    return engine.choose_block_shape(grid, WRITE_BYTES_PER_PIXEL)


def _pair_order(pair):
    a, b = pair
    return (a is None, a if a is not None else 0, b is None, b if b is not None else 0)


def _unmatched(cells, correspondence, name_a, name_b) -> list[tuple[str, dict]]:
    out = []
    for side, name, codes in ((0, name_a, {a for a, _ in cells}), (1, name_b, {b for _, b in cells})):
        listed = {pair[side] for pair in correspondence}
        missing = sorted(codes - listed)
        if missing:
            out.append((tr_noop("The classes {codes} of {layer} appear in no pair of the correspondence table, so "
                                "they never count as agreement."),
                        {"codes": str(capped(missing)), "layer": name}))
    return out


def matrix_table(cells_by_zone: dict[str, dict[tuple[int, int], float]],
                 names_a: dict[int, str] | None = None) -> tuple[list, list[tuple]]:
    """Wide form in hectares: per zone, one row per class of A (with its name) and a total row; one column per
    class of B and a total column (classes: those of all zones)."""
    names_a = names_a or {}
    every = [pair for cells in cells_by_zone.values() for pair in cells]
    classes_a = sorted({a for a, _ in every})
    classes_b = sorted({b for _, b in every})
    fields = ([("zone", "str"), ("class_a", "str"), ("class_a_label", "str")]
              + [(f"b_{b}", "float") for b in classes_b] + [("total", "float")])
    rows = []
    for zone, cells in cells_by_zone.items():
        for a in classes_a:
            values = [cells.get((a, b), 0.0) / 1e4 for b in classes_b]
            rows.append((zone, str(a), names_a.get(a, str(a)), *values, sum(values)))
        totals = [sum(cells.get((a, b), 0.0) for a in classes_a) / 1e4 for b in classes_b]
        rows.append((zone, "total", "", *totals, sum(totals)))
    return fields, rows


def cross_entries(pairs: list[tuple[int, int]], base: int, agree, names_a=None,
                  names_b=None) -> list[tuple[int, str, str]]:
    """(code, label, colour) of each pair of the cross-class raster: agreement in greens, the rest in reds."""
    labels = pair_legend({a * base + b: (a, b) for a, b in pairs}, names_a or {}, names_b or {})
    entries, n_agree, n_other = [], 0, 0
    for a, b in pairs:
        if agree(a, b):
            color, n_agree = GREENS[n_agree % len(GREENS)], n_agree + 1
        else:
            color, n_other = REDS[n_other % len(REDS)], n_other + 1
        entries.append((a * base + b, labels[a * base + b], color))
    return entries



def paletted_qml(path: str, entries: list[tuple[int, str, str]]) -> str:
    """Write a minimal QGIS paletted raster style with (value, label, colour) entries; return the path."""
    root = ET.Element("qgis", {"version": "3.40.0", "styleCategories": "Symbology"})
    pipe = ET.SubElement(root, "pipe")
    renderer = ET.SubElement(pipe, "rasterrenderer", {"type": "paletted", "band": "1", "opacity": "1",
                                                      "alphaBand": "-1", "nodataColor": ""})
    palette = ET.SubElement(renderer, "colorPalette")
    for value, label, color in entries:
        ET.SubElement(palette, "paletteEntry", {"value": str(value), "label": label, "color": color,
                                                "alpha": "255"})
    ET.SubElement(root, "blendMode").text = "0"
    return write_text(path, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                      + ET.tostring(root, encoding="unicode"))
