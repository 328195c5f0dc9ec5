"""Degraded land by ecosystem type (IUCN Global Ecosystem Typology), for the CBD ORT template of GBF indicator 2.1.

Inputs: an SDG 15.3.1 map (-1 degraded / 0 stable / +1 improved; other values are refused with the list found) and
an ecosystem layer on its grid, either

* a raster of whole-number codes with a table ``value -> ecosystem`` (e.g. ``1:T1.1, 2:T7.1``; a value of a
  valid pixel missing from the table stops the run with the list of every such value), or
* polygons whose field holds the ecosystem (a pixel takes the polygon covering most of it, when that share is at
  least half; as the land units of ``ldnbalance``).

An ecosystem is named by a GET code or name: a functional group (level 3, ``T1.1``) or a biome (level 2, ``T1``).
Pixels valid in the SDG map and without an ecosystem are land of "(no ecosystem)"; SDG nodata is reported apart.
Areas are true ellipsoidal areas (:class:`.zonal.AreaAccumulator`).

Rows (:data:`ECOSYSTEM_FIELDS`), in this order: ``total`` (all valid land), one ``biome`` row per GET biome (level 2:
its own pixels plus those of its functional groups), one ``functional_group`` row per GET functional group (level
3), one ``other`` row per name that is no GET code (national types), ``none`` (no ecosystem) and ``nodata``. The
biome, other and none rows partition the land, so they add up to the total; functional groups detail their biomes.
degraded_pct = degraded / land of the row x 100, the GBF complementary indicator 2.CT.1 (proportion of land that is
degraded) of that ecosystem type.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from . import engine
from .errors import InputError, tr_noop
from .ort import _CODE, BIOME, EFG, OTHER, CategoryMatcher, Template, norm
from .rasters import RasterInput, describe
from .sdg import DEGRADED, IMPROVED, STABLE
from .zonal import AreaAccumulator
from .zones import ZoneSet

SDG_CODES = (DEGRADED, STABLE, IMPROVED)
MIN_COVER = 0.5
NO_ECOSYSTEM = "(no ecosystem)"
ECOSYSTEM_FIELDS = [("level", "str"), ("code", "str"), ("ecosystem", "str"), ("ort_type", "str"),
                    ("ort_category", "str"), ("land_ha", "float"), ("degraded_ha", "float"), ("stable_ha", "float"),
                    ("improved_ha", "float"), ("degraded_pct", "float")]
OTHER_PREFIX = "Ecosystem type"


def parse_codes(text: str) -> dict[int, str]:
    """``"1:T1.1, 2=T7.1"`` -> {1: "T1.1", 2: "T7.1"} (raster value -> ecosystem)."""
    out: dict[int, str] = {}
    for item in [t.strip() for t in (text or "").split(",") if t.strip()]:
        sep = ":" if ":" in item else "="
        value, _, name = item.partition(sep)
        try:
            code = float(value.strip())
        except ValueError:
            code = math.nan
        if not name.strip() or not math.isfinite(code) or code != int(code):
            raise InputError(tr_noop("The ecosystem code {item} is not written value:ecosystem with a whole-number "
                                     "raster value (e.g. 1:T1.1, 2:T7.1)."), item=item)
        if int(code) in out:
            raise InputError(tr_noop("The raster value {value} is given twice in the ecosystem codes."),
                             value=int(code))
        out[int(code)] = name.strip()
    return out


@dataclass
class EcosystemSource:
    """The ecosystem layer: a raster with its value -> ecosystem table, or polygons named by ecosystem."""

    raster: RasterInput | None = None
    codes: dict[int, str] = field(default_factory=dict)
    polygons: ZoneSet | None = None

    def names(self) -> list[str]:
        """Ecosystems by index 1..n (index 0: no ecosystem)."""
        if self.polygons is not None:
            return list(self.polygons.names)
        return list(dict.fromkeys(self.codes[v] for v in sorted(self.codes)))


@dataclass
class EcosystemAreas:
    names: list[str]
    m2: dict[tuple[int, int], float]
    nodata_m2: float

    def ha(self, index: int, cls: int) -> float:
        return self.m2.get((index, cls), 0.0) / 1e4


def degraded_by_ecosystem(sdg: RasterInput, source: EcosystemSource, **engine_options) -> EcosystemAreas:
    """Square metres per (ecosystem index, class -1/0/+1) of the SDG map, and its nodata."""
    if (source.raster is None) == (source.polygons is None):
        raise InputError(tr_noop("Give the ecosystem layer either as a raster or as polygons, not both."))
    if source.raster is not None and not source.codes:
        raise InputError(tr_noop("The ecosystem raster {layer} needs its codes: the ecosystem of every raster value "
                                 "(e.g. 1:T1.1, 2:T7.1)."), layer=source.raster.name)
    sdg.bands = sdg.bands or [1]
    inputs = [sdg]
    names = source.names()
    index_of = {name: i + 1 for i, name in enumerate(names)}
    keys = values = None
    if source.raster is not None:
        source.raster.bands = source.raster.bands or [1]
        source.raster.mask = "none"
        inputs.append(source.raster)
        keys = np.array(sorted(source.codes), dtype=np.int64)
        values = np.array([index_of[source.codes[k]] for k in sorted(source.codes)], dtype=np.int32)
    acc = AreaAccumulator(describe(sdg).grid, None, sdg.name)
    bad_sdg: set = set()
    unmapped: set = set()

    def ecosystem_index(block: engine.Block) -> tuple[np.ndarray, set]:
        if source.raster is not None:
            raw = block.data[1][0].astype(np.int64)
            ok = block.valid[1][0]
            pos = np.minimum(np.searchsorted(keys, raw), keys.size - 1)
            found = keys[pos] == raw
            miss = ok & ~found & block.valid[0][0]
            return np.where(ok & found, values[pos], 0), set(np.unique(raw[miss]).tolist()) if miss.any() else set()
        best = np.zeros((block.rows, block.cols), np.float32)
        index = np.zeros((block.rows, block.cols), np.int32)
        for z in range(len(source.polygons)):
            cov = source.polygons.coverage(z, block.row0, block.col0, block.rows, block.cols)
            if cov is None:
                continue
            better = cov > best
            index[better] = z + 1
            best = np.where(better, cov, best)
        return np.where(best >= MIN_COVER, index, 0), set()

    def kernel(block: engine.Block):
        cls = block.data[0][0]
        ok = block.valid[0][0]
        odd = ok & ~np.isin(cls, SDG_CODES)
        found = set(np.unique(cls[odd]).tolist()) if odd.any() else set()
        index, miss = ecosystem_index(block)
        codes = index.astype(np.int64) * 4 + (np.clip(cls, -1, 1).astype(np.int64) + 1)
        return found, miss, acc.parts(block.row0, block.col0, codes, ok)

    def collect(block, value):
        found, miss, part = value
        bad_sdg.update(found)
        unmapped.update(miss)
        acc.add(part)

    def refuse():
        if bad_sdg:
            raise InputError(tr_noop("The map {layer} holds {values}: the degraded land by ecosystem type needs the "
                                     "SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved)."), layer=sdg.name,
                             values=", ".join(f"{v:g}" for v in sorted(bad_sdg)[:20]))
        if unmapped:
            raise InputError(tr_noop("The ecosystem raster {layer} holds values without an ecosystem in the codes: "
                                     "{values}. Add them (value:ecosystem)."), layer=source.raster.name,
                             values=", ".join(f"{v:g}" for v in sorted(unmapped)))

    engine.run(kernel, inputs, collect=collect, before_commit=refuse, **engine_options)
    _level, _zone, classes, nodata = next(acc.groups())
    return EcosystemAreas(names, {(code // 4, code % 4 - 1): m2 for code, m2 in classes.items()}, nodata)


def classify(name: str, matcher: CategoryMatcher) -> tuple[str, str, str, str | None]:
    """(level, code, ORT category, biome code) of an ecosystem name: a GET functional group (with its biome), a GET
    biome, or ``other``."""
    found = matcher.match("biome", name)
    if found is None:
        return "other", name, f"{OTHER_PREFIX}: {name}", None
    pos, text = found
    match = _CODE.match(norm(text))
    code = (match.group(1) + match.group(2)).upper()
    if pos == EFG:
        return "functional_group", code, text, code.split(".")[0]
    return "biome", code, text, code


def ecosystem_rows(areas: EcosystemAreas, template: Template) -> tuple[list[tuple], list[str]]:
    """Rows of :data:`ECOSYSTEM_FIELDS` and the names that match no GET code (written as 'other')."""
    matcher = CategoryMatcher(template)
    groups: dict[tuple[str, str], list[int]] = {}
    texts: dict[tuple[str, str], str] = {}
    names: dict[tuple[str, str], list[str]] = {}
    unmatched = []
    for i, name in enumerate(areas.names, start=1):
        level, code, text, biome = classify(name, matcher)
        keys = [(level, code)]
        if level == "other":
            unmatched.append(name)
        if level == "functional_group":
            biome_text = matcher.codes[BIOME].get(biome.lower())
            if biome_text is not None:
                keys.append(("biome", biome))
                texts[("biome", biome)] = biome_text
                names.setdefault(("biome", biome), [])
            else:  # a functional group of a biome the ORT does not list: keep the land counted
                keys.append(("other", biome))
                texts[("other", biome)] = f"{OTHER_PREFIX}: {biome}"
                names.setdefault(("other", biome), [biome])
        for key in keys:
            groups.setdefault(key, []).append(i)
        texts.setdefault((level, code), text)
        names.setdefault((level, code), []).append(name)
    types = {"biome": template.types[BIOME], "functional_group": template.types[EFG], "other": template.types[OTHER]}

    def figures(indexes) -> tuple[float, float, float, float, float | None]:
        d, s, i = (math.fsum(areas.ha(k, c) for k in indexes) for c in SDG_CODES)
        land = math.fsum((d, s, i))
        return land, d, s, i, (100.0 * d / land if land > 0 else None)

    every = list(range(len(areas.names) + 1))
    rows = [("total", "", "All land", None, None) + figures(every)]
    order = {"biome": 0, "functional_group": 1, "other": 2}
    for level, code in sorted(groups, key=lambda k: (order[k[0]], k[1])):
        label = ", ".join(names[(level, code)]) or code
        rows.append((level, code, label, types[level], texts[(level, code)]) + figures(groups[(level, code)]))
    rows.append(("none", "", NO_ECOSYSTEM, None, None) + figures([0]))
    rows.append(("nodata", "", "nodata", None, None, areas.nodata_m2 / 1e4, None, None, None, None))
    return rows, unmatched


def ort_ecosystem_rows(rows: list[tuple], template: Template, year: int, note: str | None,
                       national: bool) -> list[tuple]:
    """2.CT.1 rows (percent of land degraded) per biome, functional group and other ecosystem type; with
    ``national`` the national row (all valid land) first."""
    c = template.complementary
    head = (c["indicator_code"], c["indicator"])
    out = []
    for level, _code, _label, ort_type, category, land, *_rest, pct in rows:
        if pct is None or land <= 0:
            continue
        if level == "total" and national:
            out.append(head + (template.no, template.not_applicable, template.not_applicable, int(year), c["unit"],
                               pct, note))
        elif level in ("biome", "functional_group", "other"):
            out.append(head + (template.yes, ort_type, category, int(year), c["unit"], pct, note))
    return out
