"""Tables of the LDN balance (:mod:`.ldnbalance`): balance per land type, like-for-like counterbalancing, and the
period-by-period status, plus the series of its chart.

Every table has, per zone (``(all)`` for the whole raster) and comparison, one row per land type and an
``All land types`` row whose areas are the sums (``math.fsum``) of the land-type rows, so the total of any column
is the total row; the land types' areas add up to the valid area. Nodata area is reported in the balance table in a
row of its own and never mixed into a land type.
"""
from __future__ import annotations

import math

from .chart import Series
from .errors import tr_noop
from .ldnbalance import MAP, UNIT_FACTOR, VS_BASELINE, VS_PREVIOUS, Comparison, Group, LdnResult
from .sdg import DEGRADED, IMPROVED, STABLE, UNCCD_CLASSES

ALL_TYPES_LABEL = tr_noop("All land types")
NODATA_LABEL = tr_noop("nodata")
MET_LABEL, NOT_MET_LABEL = tr_noop("Neutrality met"), tr_noop("Neutrality not met")
BASELINE_LABEL = "baseline"

BALANCE_FIELDS = [("level", "str"), ("zone", "str"), ("comparison", "str"), ("period", "str"),
                  ("reference", "str"), ("land_type", "int"), ("land_cover", "int"), ("land_unit", "int"),
                  ("land_type_label", "str"), ("land_type_ha", "float"), ("degraded_ha", "float"),
                  ("stable_ha", "float"), ("improved_ha", "float"), ("net_ha", "float"), ("degraded_pct", "float"),
                  ("improved_pct", "float"), ("net_pct", "float"), ("neutrality_met", "int")]
COUNTER_FIELDS = [("level", "str"), ("zone", "str"), ("comparison", "str"), ("period", "str"), ("reference", "str"),
                  ("land_type", "int"), ("land_type_label", "str"), ("losses_ha", "float"), ("gains_ha", "float"),
                  ("offset_ha", "float"), ("deficit_ha", "float"), ("surplus_ha", "float"),
                  ("pooled_net_ha", "float"), ("neutrality_met", "int")]
PERIOD_FIELDS = [("level", "str"), ("zone", "str"), ("period_index", "int"), ("period", "str"),
                 ("end_year", "int"), ("comparison", "str"), ("reference", "str"), ("land_types_count", "int"),
                 ("deficit_land_types_count", "int"), ("degraded_ha", "float"), ("stable_ha", "float"),
                 ("improved_ha", "float"), ("pooled_net_ha", "float"), ("deficit_ha", "float"),
                 ("surplus_ha", "float"), ("neutrality_met", "int"), ("status", "str")]


def _ident(text: str) -> str:
    return text


def land_type_parts(land_type: int) -> tuple[int, int | None]:
    """(UNCCD class, land unit or None) of a land type code."""
    if land_type >= UNIT_FACTOR:
        return land_type // UNIT_FACTOR, land_type % UNIT_FACTOR
    return land_type, None


def land_type_label(land_type: int, unit_names: dict[int, str], tr=_ident, class_names=None) -> str:
    """``Tree-covered / Andosol``: the UNCCD class (or its name in ``class_names``) and the land unit's name."""
    cls, unit = land_type_parts(land_type)
    label = (class_names or {}).get(cls) or tr(UNCCD_CLASSES.get(cls, str(cls)))
    if unit is None:
        return label
    return f"{label} / {unit_names.get(unit, unit)}"


def period_label(result: LdnResult, index: int) -> str:
    return BASELINE_LABEL if index == 0 else result.labels[index - 1]


def _pct(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole > 0 else None


def _figures(group: Group, land_type: int) -> tuple[float, float, float]:
    """(degraded, stable, improved) hectares of a land type."""
    return tuple(group.m2(land_type, c) / 1e4 for c in (DEGRADED, STABLE, IMPROVED))


def _sum(values) -> float:
    return math.fsum(values)


def balance_rows(result: LdnResult, tr=_ident) -> list[tuple]:
    """The balance table in :data:`BALANCE_FIELDS` order."""
    rows = []
    for comp in result.comparisons:
        period = period_label(result, comp.current)
        reference = "" if comp.reference is None else period_label(result, comp.reference)
        for group in result.groups[comp]:
            head = (group.level, group.zone, comp.kind, period, reference)
            parts = []
            for lt in group.land_types():
                d, s, i = _figures(group, lt)
                parts.append((d, s, i))
                area = _sum((d, s, i))
                cls, unit = land_type_parts(lt)
                name = land_type_label(lt, result.unit_names, tr, result.class_names)
                rows.append(head + (lt, cls, unit, name, area, d, s, i, i - d, _pct(d, area), _pct(i, area),
                                    _pct(i - d, area), int(i >= d)))
            d, s, i = (_sum(p[n] for p in parts) for n in range(3))
            area = _sum(_sum(p) for p in parts)
            met = int(all(p[2] >= p[0] for p in parts))
            rows.append(head + (None, None, None, tr(ALL_TYPES_LABEL), area, d, s, i, i - d, _pct(d, area),
                                _pct(i, area), _pct(i - d, area), met))
            rows.append(head + (None, None, None, tr(NODATA_LABEL), group.nodata_m2 / 1e4) + (None,) * 8)
    return rows


def counterbalance(group: Group) -> list[tuple[int, float, float, float, float, float]]:
    """(land type, losses, gains, offset, deficit, surplus) in hectares, like for like."""
    out = []
    for lt in group.land_types():
        loss, _, gain = _figures(group, lt)
        out.append((lt, loss, gain, min(loss, gain), max(loss - gain, 0.0), max(gain - loss, 0.0)))
    return out


def counter_rows(result: LdnResult, tr=_ident) -> list[tuple]:
    """The counterbalancing table (comparisons against the baseline and the previous period)."""
    rows = []
    for comp in result.comparisons:
        if comp.kind == MAP:
            continue
        head0 = (comp.kind, period_label(result, comp.current), period_label(result, comp.reference))
        for group in result.groups[comp]:
            head = (group.level, group.zone) + head0
            items = counterbalance(group)
            for lt, loss, gain, off, deficit, surplus in items:
                name = land_type_label(lt, result.unit_names, tr, result.class_names)
                rows.append(head + (lt, name, loss, gain, off, deficit, surplus, gain - loss, int(deficit == 0.0)))
            sums = [_sum(item[n] for item in items) for n in range(1, 6)]
            rows.append(head + (None, tr(ALL_TYPES_LABEL), *sums, sums[1] - sums[0],
                                int(all(item[4] == 0.0 for item in items))))
    return rows


def period_rows(result: LdnResult, end_years: list[int | None] | None = None, tr=_ident) -> list[tuple]:
    """Period-by-period status: one row per period, zone and comparison (against the baseline, the previous)."""
    years = end_years or [None] * len(result.labels)
    rows = []
    for comp in result.comparisons:
        if comp.kind == MAP:
            continue
        k = comp.current
        for group in result.groups[comp]:
            items = counterbalance(group)
            d = _sum(i[1] for i in items)
            g = _sum(i[2] for i in items)
            s = _sum(_figures(group, lt)[1] for lt in group.land_types())
            deficit = _sum(i[4] for i in items)
            in_deficit = sum(1 for i in items if i[4] > 0)
            met = int(in_deficit == 0)
            rows.append((group.level, group.zone, k, result.labels[k - 1], years[k - 1], comp.kind,
                         period_label(result, comp.reference), len(items), in_deficit, d, s, g, g - d, deficit,
                         _sum(i[5] for i in items), met, tr(MET_LABEL if met else NOT_MET_LABEL)))
    return rows


def headline(result: LdnResult, period: int = 1) -> dict:
    """Whole-raster figures of ``period`` against the baseline: valid ha, pooled net, like-for-like deficit..."""
    group = result.total(Comparison(VS_BASELINE, period, 0))
    items = counterbalance(group)
    valid = _sum(_sum(_figures(group, lt)) for lt in group.land_types())
    deficit = _sum(i[4] for i in items)
    return {"valid_ha": valid, "nodata_ha": group.nodata_m2 / 1e4,
            "pooled_net_ha": _sum(i[2] for i in items) - _sum(i[1] for i in items), "deficit_ha": deficit,
            "deficit_count": sum(1 for i in items if i[4] > 0), "neutrality_met": int(deficit == 0.0)}


def chart_series(result: LdnResult, end_years: list[int | None] | None = None, tr=_ident) -> tuple[list, list]:
    """(x values, series) of the period chart: degraded, improved and like-for-like deficit against the baseline,
    and the deficit against the previous period."""
    n = len(result.labels)
    xs = [y if y is not None else k for k, y in enumerate(end_years or [None] * n, start=1)]
    by = {c: counterbalance(result.total(c)) for c in result.comparisons if c.kind != MAP}

    def values(kind: str, col: int) -> list[float]:
        return [_sum(i[col] for i in by[Comparison(kind, k, 0 if kind == VS_BASELINE else k - 1)])
                for k in range(1, n + 1)]

    return xs, [Series(tr(tr_noop("Degraded against the baseline (ha)")), xs, values(VS_BASELINE, 1), color="#d6604d"),
                Series(tr(tr_noop("Improved against the baseline (ha)")), xs, values(VS_BASELINE, 2), color="#1b7837"),
                Series(tr(tr_noop("Like-for-like deficit against the baseline (ha)")), xs, values(VS_BASELINE, 4),
                       color="#762a83"),
                Series(tr(tr_noop("Like-for-like deficit against the previous period (ha)")), xs,
                       values(VS_PREVIOUS, 4), color="#2166ac", dashed=True)]
