"""Degradation severity from national criteria: score each criterion raster, average the scores, cut into categories.

Method (DOMAIN.md section 3). Every criterion raster (band 1) has one rule that turns its values into a score, and a
weight. Scores are on the scale of ``resources/data/severity_defaults.json`` (0 none ... 3 severe) but any finite
number is accepted.

Rule grammar (spaces are ignored, entries are separated by ``;``):

- ``thresholds``: ``OP BOUND : SCORE`` entries with OP ``<`` or ``<=`` and ascending bounds, ended by ``> B`` (when
  the previous entry was ``<= B``), ``>= B`` (after ``< B``) or ``else : SCORE``. A value takes the score of the
  first entry it satisfies, so ``<=-0.1:3; <=0:1; >0:0`` gives -0.1 -> 3, -0.05 -> 1, 0 -> 1, 0.2 -> 0. Every real
  value is covered. Bounds must increase; the same bound may appear twice only as ``< B`` then ``<= B`` (the value B
  alone gets the second score).
- ``reclass``: ``CODE : SCORE`` pairs of whole-number codes, e.g. ``-1:3; 0:0; 1:0``, optionally with
  ``else : SCORE`` for every other value. Without ``else``, valid pixels holding a code the rule does not list (or a
  decimal value) stop the run; every such code of every criterion is listed, before anything is written.
- ``preset``: the id of a preset of the defaults file (e.g. ``lpd_5class``), which is a reclass rule.

Integration: score = sum(w_i * s_i) / sum(w_i), weights normalised by their sum (they must be >= 0, not all 0).
Nodata rule ``all`` (default): a pixel missing in any criterion is nodata. Rule ``available``: the mean is taken over
the criteria present at the pixel (weights renormalised over them); nodata only where no criterion with a weight is
present. Categories: with ascending breaks b_1 < ... < b_k, category = number of breaks the score reaches (a score
equal to a break goes to the upper category). Breaks and threshold bounds follow the rule of :mod:`.breaks`: a value
within a relative 1e-9 of a bound counts as on it, so that a mean meant to equal a break (e.g. with weights 1/3) is
not pushed below it by floating-point error; ``< B`` means "does not reach B", ``<= B`` "at most B" (same
tolerance).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .breaks import below, breaks_reached, reaches_down
from .errors import InputError, Joined, Message, capped, tr_noop
from .output import RasterOutput
from .rasters import RasterInput, describe
from .sdg import NODATA
from .tables_io import line_of, parse_int, parse_number, read_csv_rows, read_json
from .zonal import AreaAccumulator
from .zones import ZoneSet

THRESHOLDS, RECLASS, PRESET = "thresholds", "reclass", "preset"
RULE_TYPES = (THRESHOLDS, RECLASS, PRESET)
RULE_HEADERS = ("criterion", "type", "rule", "weight")
AREA_FIELDS = [("level", "str"), ("zone", "str"), ("category", "int"), ("category_label", "str"),
               ("area_ha", "float"), ("share", "float")]
_ENTRY = re.compile(r"^(<=|<|>=|>)?\s*([^:]*?)\s*:\s*(.*?)$")


@dataclass
class Defaults:
    breaks: list[float]
    labels: list[str]
    colors: list[str]
    presets: dict[str, tuple[str, str]]  # id -> (type, rule)


def load_defaults(path: str) -> Defaults:
    """Breaks, category labels and colours, and rule presets of ``severity_defaults.json``."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    cats = sorted(data["categories"], key=lambda c: c["code"])
    return Defaults([float(b) for b in data["breaks"]], [c["label"] for c in cats], [c["color"] for c in cats],
                    {p["id"]: (p["type"], p["rule"]) for p in data.get("presets", [])})


@dataclass
class Rule:
    """The scoring rule of one criterion (0-based ``criterion``)."""

    criterion: int
    kind: str
    text: str
    weight: float
    conditions: list[tuple[str, float, float]] = field(default_factory=list)  # thresholds: (op, bound, score)
    codes: dict[int, float] = field(default_factory=dict)  # reclass
    otherwise: float | None = None  # the 'else' score

    def score(self, values: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, set]:
        """Scores (float64) of ``values``, and the set of valid values a reclass rule does not cover."""
        v = values.astype(np.float64, copy=False)
        if self.kind == THRESHOLDS:
            ops = {"<": below, "<=": reaches_down}
            out = np.full(v.shape, self.otherwise, dtype=np.float64)
            for op, bound, s in reversed(self.conditions):  # the first entry a value satisfies wins
                out[ops[op](v, bound)] = s
            return out, set()
        keys = np.array(sorted(self.codes), dtype=np.float64)
        scores = np.array([self.codes[int(k)] for k in keys], dtype=np.float64)
        idx = np.minimum(np.searchsorted(keys, v), keys.size - 1)
        found = keys[idx] == v
        out = np.where(found, scores[idx], np.nan if self.otherwise is None else self.otherwise)
        missing = valid & ~found
        if self.otherwise is None and missing.any():
            return out, {_plain(x) for x in np.unique(v[missing]).tolist()}
        return out, set()


def _plain(x: float):
    return int(x) if float(x).is_integer() else x


def parse_rule(criterion: int, kind: str, text: str, weight, where: str, presets: dict | None = None) -> Rule:
    """A :class:`Rule` from the cells of one rules row; :class:`InputError` naming ``where`` when malformed."""
    kind = str(kind or "").strip().lower()
    if kind not in RULE_TYPES:
        raise InputError(tr_noop("{where}: the rule type '{value}' is unknown; use thresholds, reclass or preset."),
                         where=where, value=kind)
    w = parse_number(weight, where) if str(weight if weight is not None else "").strip() else 1.0
    if w < 0:
        raise InputError(tr_noop("{where}: the weight {value} is negative; weights must be 0 or more."),
                         where=where, value=f"{w:g}")
    text = str(text or "").strip()
    if kind == PRESET:
        presets = presets or {}
        if text not in presets:
            raise InputError(tr_noop("{where}: there is no preset named '{value}'; the presets are {presets}."),
                             where=where, value=text, presets=", ".join(sorted(presets)))
        kind, text = presets[text]
    rule = Rule(criterion, kind, text, w)
    entries = [e.strip() for e in re.split(r"[;\n]", text) if e.strip()]
    if not entries:
        raise InputError(tr_noop("{where}: the rule is empty. Write e.g. '<=-0.1:3; <=0:1; >0:0' (thresholds) or "
                                 "'-1:3; 0:0; 1:0' (reclass)."), where=where)
    for n, entry in enumerate(entries, 1):
        match = _ENTRY.match(entry)
        if not match or not match.group(3):
            raise InputError(tr_noop("{where}: the entry '{entry}' is not of the form 'value : score'."),
                             where=where, entry=entry)
        op, key, score_text = match.groups()
        score = parse_number(score_text, f"{where}, '{entry}'")
        if key.lower() in ("else", "*"):
            if op or n != len(entries):
                raise InputError(tr_noop("{where}: 'else' must be the last entry, without a comparison."),
                                 where=where)
            rule.otherwise = score
        elif kind == RECLASS:
            if op:
                raise InputError(tr_noop("{where}: the reclass entry '{entry}' has a comparison; reclass rules list "
                                         "'code : score' pairs (use the thresholds type for ranges)."),
                                 where=where, entry=entry)
            code = parse_int(key, f"{where}, '{entry}'")
            if code in rule.codes:
                raise InputError(tr_noop("{where}: the code {code} is listed twice."), where=where, code=code)
            rule.codes[code] = score
        else:
            _add_threshold(rule, op, parse_number(key, f"{where}, '{entry}'"), score, n == len(entries), where,
                           entry)
    if kind == THRESHOLDS and rule.otherwise is None:
        raise InputError(tr_noop("{where}: the thresholds do not cover the values above the last bound; end the "
                                 "rule with '> bound : score' (after '<= bound'), '>= bound : score' (after "
                                 "'< bound') or 'else : score'."), where=where)
    if kind == RECLASS and not rule.codes and rule.otherwise is None:
        raise InputError(tr_noop("{where}: the reclass rule lists no code."), where=where)
    return rule


def _add_threshold(rule: Rule, op: str | None, bound: float, score: float, last: bool, where: str, entry: str):
    if op is None:
        raise InputError(tr_noop("{where}: the threshold entry '{entry}' has no comparison; write e.g. '<=0.2 : 1'."),
                         where=where, entry=entry)
    prev = rule.conditions[-1] if rule.conditions else None
    if op in (">", ">="):
        expected = {">": "<=", ">=": "<"}[op]
        if not last or prev is None or prev[0] != expected or prev[1] != bound:
            raise InputError(tr_noop("{where}: '{entry}' must be the last entry and continue the previous bound "
                                     "('> B' after '<= B', '>= B' after '< B')."), where=where, entry=entry)
        rule.otherwise = score
        return
    if prev is not None and not (bound > prev[1] or (bound == prev[1] and prev[0] == "<" and op == "<=")):
        raise InputError(tr_noop("{where}: the bounds must increase from one entry to the next ('{entry}' does "
                                 "not)."), where=where, entry=entry)
    rule.conditions.append((op, bound, score))


def rules_from_rows(rows, names: list[str], presets: dict | None = None) -> list[Rule]:
    """One rule per criterion, in criterion order, from (where, [criterion, type, rule, weight]) rows."""
    n = len(names)
    rules: dict[int, Rule] = {}
    rows = list(rows)
    if len(rows) != n:
        raise InputError(tr_noop("There are {rules} scoring rules (with their weights) for {count} criterion "
                                 "rasters; give exactly one rule per criterion."), rules=len(rows), count=n)
    for where, cells in rows:
        cells = (list(cells) + [""] * 4)[:4]
        number = parse_int(cells[0], where)
        if not 1 <= number <= n:
            raise InputError(tr_noop("{where}: criterion {number} does not exist; number the criteria 1 to {count} "
                                     "in the order of the criterion rasters."), where=where, number=number, count=n)
        if number - 1 in rules:
            raise InputError(tr_noop("{where}: criterion {number} has a second rule."), where=where, number=number)
        rules[number - 1] = parse_rule(number - 1, cells[1], cells[2], cells[3], where, presets)
    if not sum(r.weight for r in rules.values()) > 0:
        raise InputError(tr_noop("All the criterion weights are 0; give at least one a positive weight."))
    return [rules[i] for i in range(n)]


def read_rules_file(path: str) -> list[tuple[str, list]]:
    """(where, cells) rows of a rules file: a CSV with the header criterion,type,rule,weight or a JSON list (or
    ``{"rules": [...]}``) of objects with those keys."""
    name = os.path.basename(path or "")
    if str(path).lower().endswith(".json"):
        data = read_json(path)
        items = data.get("rules") if isinstance(data, dict) else data
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(tr_noop("The rules file {path} must hold a list of objects with the keys criterion, "
                                     "type, rule and weight."), path=path)
        return [(f"{name}, rule {i}", [item.get(k, "") for k in RULE_HEADERS]) for i, item in enumerate(items, 1)]
    rows = read_csv_rows(path)
    if rows and rows[0][1] and rows[0][1][0].strip().lower() == "criterion":
        rows = rows[1:]
    for n, cells in rows:
        if len(cells) > len(RULE_HEADERS):
            raise InputError(tr_noop("{where}: {found} cells, but a rule has {expected} ({headers}). Put the rule in "
                                     "quotes when it contains the separator between cells."), where=line_of(name, n),
                             found=len(cells), expected=len(RULE_HEADERS), headers=", ".join(RULE_HEADERS))
    return [(line_of(name, n), cells) for n, cells in rows]


def parse_breaks(text, where: str) -> list[float]:
    """Ascending category breaks from '0.5; 1.5; 2.5' (or a list)."""
    items = text if isinstance(text, (list, tuple)) else [t for t in re.split(r"[;,\s]+", str(text or "")) if t]
    breaks = [parse_number(t, where) for t in items]
    if not breaks:
        raise InputError(tr_noop("{where}: give at least one category break."), where=where)
    if any(b >= c for b, c in zip(breaks, breaks[1:])):
        raise InputError(tr_noop("{where}: the category breaks must increase ({value})."), where=where,
                         value=capped(breaks, separator="; ", fmt=lambda b: f"{b:g}"))
    return breaks


def categorise(score: np.ndarray, breaks: list[float]) -> np.ndarray:
    """Category 0..len(breaks) of each score (a score on a break goes to the upper category, :mod:`.breaks`)."""
    return breaks_reached(score, breaks).astype(np.int16)


@dataclass
class SeverityResult:
    rows: list[tuple]
    category_ha: dict[int, float]
    rated_ha: float
    nodata_ha: float
    warnings: list = field(default_factory=list)


def run_severity(criteria: list[RasterInput], rules: list[Rule], out: RasterOutput | None, breaks: list[float],
                 labels: list[str], score_out: RasterOutput | None = None, zones: ZoneSet | None = None,
                 require_all: bool = True, **engine_options) -> SeverityResult:
    """Write the category (and score) rasters; return the area table rows (``AREA_FIELDS``) and areas."""
    if len(rules) != len(criteria):
        raise ValueError("one rule per criterion")
    if len(labels) != len(breaks) + 1:
        raise InputError(tr_noop("There are {labels} category labels for {count} categories ({breaks} breaks)."),
                         labels=len(labels), count=len(breaks) + 1, breaks=len(breaks))
    for inp, rule in zip(criteria, rules):
        inp.bands = [1]
        inp.mask = "any" if require_all else "none"
        inp.resampling = "nearest" if rule.kind == RECLASS else "average"
    acc = AreaAccumulator(describe(criteria[0]).grid, zones, criteria[0].name)
    weights = [r.weight for r in rules]
    unmapped: dict[int, set] = {}

    def kernel(block: engine.Block):
        num = np.zeros((block.rows, block.cols))
        den = np.zeros((block.rows, block.cols))
        bad = {}
        for i, rule in enumerate(rules):
            ok = block.valid[i][0]
            s, missing = rule.score(block.data[i][0], ok)
            if missing:
                bad[i] = missing
            use = ok & ~np.isnan(s)
            num += np.where(use, s * weights[i], 0.0)
            den += np.where(use, weights[i], 0.0)
        valid = block.mask & (den > 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where(valid, num / np.where(den > 0, den, 1.0), NODATA)
        cat = np.where(valid, categorise(score, breaks), NODATA).astype(np.int16)
        value = (bad, acc.parts(block.row0, block.col0, cat, valid))
        arrays = [cat] if out is not None else []
        if score_out is not None:
            arrays.append(score.astype(np.float32))
        return engine.BlockResult(arrays, value) if arrays else value

    def collect(block, value):
        for i, codes in value[0].items():
            unmapped.setdefault(i, set()).update(codes)
        acc.add(value[1])

    def check():
        if unmapped:
            what = Joined([Message(tr_noop("{layer} (criterion {number}): {values}"), layer=criteria[i].name,
                                   number=i + 1, values=capped(sorted(codes), fmt=_fmt))
                           for i, codes in sorted(unmapped.items())], "; ")
            raise InputError(tr_noop("Values without a score in the reclass rules: {details}. Add them to the rules "
                                     "(or end the rule with 'else : score')."), details=what)

    outputs = [o for o in (out, score_out) if o is not None]
    engine.run(kernel, criteria, outputs, collect=collect, before_commit=check, **engine_options)
    rows, category_ha, rated, nodata = [], {}, 0.0, 0.0
    for level, zone, classes, nodata_m2 in acc.groups():
        valid_m2 = sum(classes.values())
        for code, label in enumerate(labels):
            m2 = classes.get(code, 0.0)
            rows.append((level, zone, code, label, m2 / 1e4, m2 / valid_m2 if valid_m2 > 0 else None))
        rows.append((level, zone, None, "nodata", nodata_m2 / 1e4, None))
        if level == "total":
            category_ha = {code: classes.get(code, 0.0) / 1e4 for code in range(len(labels))}
            rated, nodata = valid_m2 / 1e4, nodata_m2 / 1e4
    return SeverityResult(rows, category_ha, rated, nodata, acc.warnings())


def category_colors(defaults: Defaults, count: int) -> list[str]:
    """``count`` colours along the default ramp (the default colours themselves for the default count)."""
    if count == len(defaults.colors):
        return list(defaults.colors)
    ramp = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in defaults.colors], dtype=float)
    pos = np.linspace(0, len(ramp) - 1, count)
    out = []
    for p in pos:
        i = min(int(p), len(ramp) - 2)
        rgb = ramp[i] + (ramp[i + 1] - ramp[i]) * (p - i)
        out.append("#" + "".join(f"{int(round(v)):02x}" for v in rgb))
    return out


def _fmt(value) -> str:
    return str(value) if isinstance(value, int) else f"{value:g}"
