"""LDN response hierarchy (Avoid > Reduce > Reverse): where to avoid, reduce or reverse land degradation.

Each pixel is described by five booleans: *degraded* (the degradation layer holds one of the degraded codes, e.g.
SDG 15.3.1 = -1), *at_risk* (one of the at-risk codes, e.g. LPD 3 stressed), *productive* (the land cover is under
productive use, e.g. cropland or grassland), *natural* (natural land cover, e.g. tree cover, grassland, wetland) and
*protected* (inside the protection layer). An ordered list of rules (``resources/data/ldn_response_rules.json`` by
default) maps them to a class: the first rule whose conditions all hold wins; no rule gives the default class.
Classes: 0 other / not assigned, 1 Avoid, 2 Reduce, 3 Reverse.

Codes: the degradation layer may hold only its declared codes: ``layer_codes`` (by default the SDG 15.3.1 classes
-1, 0, 1) plus the degraded and at-risk codes. A valid pixel with any other value (e.g. 5 in an SDG layer, or LPD
classes 4 and 5 when only 1,2 and 3 were named) stops the run with the values found, before anything is written,
rather than being taken silently as "not degraded".

Nodata: a pixel without degradation or land-cover value is nodata (-32768) in the output. The protection layer never
blanks a pixel: its nodata and zero values mean "not protected"; protection polygons count where they cover at least
half of a pixel.
"""
from __future__ import annotations

import os

import numpy as np

from . import engine
from .errors import InputError, capped, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import NODATA
from .tables_io import parse_int, read_json
from .zonal import AreaAccumulator
from .zones import ZoneSet

OTHER, AVOID, REDUCE, REVERSE = 0, 1, 2, 3
CLASS_LABELS = {OTHER: tr_noop("Other / not assigned"), AVOID: tr_noop("Avoid"), REDUCE: tr_noop("Reduce"),
                REVERSE: tr_noop("Reverse")}
CONDITIONS = ("degraded", "at_risk", "productive", "natural", "protected")
AREA_FIELDS = [("level", "str"), ("zone", "str"), ("class", "int"), ("class_label", "str"), ("area_ha", "float"),
               ("area_km2", "float"), ("share", "float")]
PROTECTED_COVERAGE = 0.5
SDG_CODES = (-1, 0, 1)


def parse_codes(text, parameter: str) -> list[int]:
    """Whole-number codes from a comma-separated string ("3,2", "-1"); empty -> []."""
    if text is None:
        return []
    out = []
    for part in str(text).replace(";", ",").split(","):
        if part.strip():
            out.append(parse_int(part, parameter))
    return out


def read_rules(path: str) -> tuple[list[tuple[int, dict[str, bool]]], int]:
    """Ordered (class, {condition: bool}) rules and the default class, from a rules JSON file."""
    name = os.path.basename(path or "")
    doc = read_json(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise InputError(tr_noop("The rules file {path} needs a list named 'rules'."), path=name)
    default = _class_of(doc.get("default_class", OTHER), name, "default_class")
    rules = []
    for i, rule in enumerate(doc["rules"], 1):
        where = f"rule {i}"
        if not isinstance(rule, dict) or not isinstance(rule.get("when"), dict):
            raise InputError(tr_noop("{path}, {where}: a 'class' and a 'when' object are expected."), path=name,
                             where=where)
        cls = _class_of(rule.get("class"), name, where)
        when = {}
        for key, value in rule["when"].items():
            if key not in CONDITIONS:
                raise InputError(tr_noop("{path}, {where}: unknown condition '{condition}' (use {known})."),
                                 path=name, where=where, condition=key, known=", ".join(CONDITIONS))
            if not isinstance(value, bool):
                raise InputError(tr_noop("{path}, {where}: the condition '{condition}' must be true or false."),
                                 path=name, where=where, condition=key)
            when[key] = value
        rules.append((cls, when))
    return rules, default


def _class_of(value, name: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in CLASS_LABELS:
        raise InputError(tr_noop("{path}, {where}: the class must be 0, 1, 2 or 3 (other, Avoid, Reduce, "
                                 "Reverse)."), path=name, where=where)
    return value


def classify(flags: dict[str, np.ndarray], rules, default: int) -> np.ndarray:
    """Class per pixel: the first rule whose conditions all hold (``flags`` maps each condition to a bool array)."""
    shape = next(iter(flags.values())).shape
    out = np.full(shape, default, dtype=np.int16)
    done = np.zeros(shape, dtype=bool)
    for cls, when in rules:
        hit = ~done
        for key, wanted in when.items():
            hit &= flags[key] if wanted else ~flags[key]
        out[hit] = cls
        done |= hit
    return out


def run_ldn_response(degradation: RasterInput, land_cover: RasterInput, out: RasterOutput | None,
                     rules_path: str, *, degraded_codes, at_risk_codes=(), productive_codes=(), natural_codes=(),
                     layer_codes=SDG_CODES, protection: RasterInput | None = None,
                     protection_zones: ZoneSet | None = None, zones: ZoneSet | None = None,
                     **engine_options) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Write the response classes; return area rows (AREA_FIELDS) and zone warnings."""
    rules, default = read_rules(rules_path)
    overlap = set(degraded_codes) & set(at_risk_codes)
    if overlap:
        raise InputError(tr_noop("The codes {codes} are both degraded and at-risk codes; give each code to one "
                                 "list only."), codes=capped(sorted(overlap)))
    layer_codes = sorted(set(layer_codes) | set(degraded_codes) | set(at_risk_codes))
    inputs = [degradation, land_cover]
    if protection is not None:
        protection.mask = "none"
        inputs.append(protection)
    grid = describe(degradation).grid
    acc = AreaAccumulator(grid, zones, degradation.name)
    codes = {"degraded": list(degraded_codes), "at_risk": list(at_risk_codes),
             "productive": list(productive_codes), "natural": list(natural_codes)}

    undeclared: dict = {}

    def kernel(block: engine.Block):
        mask = block.mask
        deg, lc = block.data[0][0], block.data[1][0]
        odd = block.valid[0][0] & ~np.isin(deg, layer_codes)
        found = dict(zip(*np.unique(deg[odd], return_counts=True))) if odd.any() else {}
        flags = {"degraded": np.isin(deg, codes["degraded"]), "at_risk": np.isin(deg, codes["at_risk"]),
                 "productive": np.isin(lc, codes["productive"]), "natural": np.isin(lc, codes["natural"])}
        protected = np.zeros(mask.shape, dtype=bool)
        if protection is not None:
            protected |= block.valid[2][0] & (block.data[2][0] != 0)
        if protection_zones is not None:
            cov = protection_zones.coverage(0, block.row0, block.col0, block.rows, block.cols)
            if cov is not None:
                protected |= cov >= PROTECTED_COVERAGE
        flags["protected"] = protected
        cls = np.where(mask, classify(flags, rules, default), NODATA).astype(np.int16)
        parts = (acc.parts(block.row0, block.col0, cls, mask), found)
        return engine.BlockResult([cls], parts) if out is not None else parts

    def collect(block, value):
        acc.add(value[0])
        for code, count in value[1].items():
            undeclared[code] = undeclared.get(code, 0) + int(count)

    def refuse_undeclared():
        if undeclared:
            codes = sorted(undeclared)
            raise InputError(tr_noop("The degradation layer {layer} holds values {values} ({pixels} pixels) that "
                                     "are not among its declared codes {layer_codes}; nothing was written. Check that "
                                     "the right layer was chosen, or declare its codes (e.g. 1,2,3,4,5 for LPD "
                                     "classes)."), layer=degradation.name,
                             values=capped(codes, fmt=lambda c: f"{c:g}"), pixels=sum(undeclared.values()),
                             layer_codes=capped(layer_codes))

    engine.run(kernel, inputs, [out] if out is not None else [], collect=collect, before_commit=refuse_undeclared,
               **engine_options)
    rows = []
    for level, zone, classes, nodata in acc.groups():
        valid = sum(classes.values())
        for code in (AVOID, REDUCE, REVERSE, OTHER):
            m2 = classes.get(code, 0.0)
            rows.append((level, zone, code, CLASS_LABELS[code], m2 / 1e4, m2 / 1e6, m2 / valid if valid else None))
        rows.append((level, zone, None, "nodata", nodata / 1e4, nodata / 1e6, None))
    return rows, acc.warnings()
