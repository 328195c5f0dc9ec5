"""UNCCD PRAIS 4 strategic objective 1: degraded / stable / improved land per land type, from the LDN balance.

Input: the BALANCE table of ``t2monitor:ldnbalance`` (rows as dicts by field name, fields :data:`BALANCE_FIELDS`):
per zone, comparison (``map``, ``vs_baseline``, ``vs_previous``), period and land type the degraded, stable and
improved hectares, plus an "All land types" row (no land type, areas filled) and a nodata row (no land type, only
``land_type_ha``) per group.

Sheet "SO1 land type by status" (:data:`LAND_TYPE_COLUMNS`), laid out like the other SO1 sheets of
:mod:`.prais` (areas in km² = hectares / 100, the proportion degraded in percent of the area): one row per input
row, in the input order; per row the land type's area, degraded, stable and improved area, the net balance
(improved - degraded), ``deficit_km2`` = max(degraded - improved, 0) (like for like: a land type's losses are offset
only by its own gains) and ``proportion_degraded_percent`` = degraded / land type area x 100. On the "All land types"
row, ``deficit_km2`` is the sum of the land types' deficits (the like-for-like deficit, which may be positive while
the pooled net balance is not); the nodata row has only its area.

Checks (warnings, the values are written as given, as in :mod:`.prais`): every land type's area is degraded + stable
+ improved, and each "All land types" row is the sum of its group's land-type rows. Relative tolerance
:data:`.prais.TOLERANCE`.
"""
from __future__ import annotations

import math

from .errors import InputError, tr_noop
from .prais import TOLERANCE

BALANCE_FIELDS = ("level", "zone", "comparison", "period", "reference", "land_type", "land_cover", "land_unit",
                  "land_type_label", "land_type_ha", "degraded_ha", "stable_ha", "improved_ha", "neutrality_met")
COMPARISONS = ("map", "vs_baseline", "vs_previous")
LAND_TYPE_COLUMNS = [("zone", "str"), ("comparison", "str"), ("period", "str"), ("reference", "str"),
                     ("land_type", "int"), ("land_cover", "int"), ("land_unit", "int"), ("land_type_label", "str"),
                     ("land_type_km2", "float"), ("degraded_km2", "float"), ("stable_km2", "float"),
                     ("improved_km2", "float"), ("net_km2", "float"), ("deficit_km2", "float"),
                     ("proportion_degraded_percent", "float"), ("neutrality_met", "int")]
LAND_TYPE_SHEET = "SO1 land type by status"
AREA_KEYS = ("land_type_ha", "degraded_ha", "stable_ha", "improved_ha")


def _number(row: dict, key: str, layer_name: str) -> float | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(tr_noop("The field {field} of {layer} holds {value}, which is not a number."),
                         field=key, layer=layer_name, value=value) from exc


def _int(value) -> int | None:
    try:
        return None if value is None or value == "" else int(float(value))
    except (TypeError, ValueError):
        return None


def _adds_up(total: float, parts: float) -> bool:
    return abs(total - parts) <= TOLERANCE * max(abs(total), abs(parts), 1e-9)


def land_type_rows(table: list[dict], layer_name: str) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Rows of :data:`LAND_TYPE_COLUMNS` from an LDN balance table; warnings as (template, values)."""
    if not table:
        raise InputError(tr_noop("The table {layer} has no rows: use the balance table of LDN balance per land "
                                 "type."), layer=layer_name)
    odd = sorted({str(r["comparison"]) for r in table if str(r["comparison"]) not in COMPARISONS})
    if odd:
        raise InputError(tr_noop("The table {layer} has comparisons {values}, which are not those of LDN balance "
                                 "per land type (map, vs_baseline, vs_previous): use its balance table."),
                         layer=layer_name, values=", ".join(odd))
    groups: dict[tuple, list[tuple[dict, dict]]] = {}
    for r in table:
        key = tuple(str(r[k]) if r[k] is not None else "" for k in ("zone", "comparison", "period", "reference"))
        areas = {k: _number(r, k, layer_name) for k in AREA_KEYS}
        groups.setdefault(key, []).append((r, areas))
    rows, warnings = [], []
    for key, items in groups.items():
        typed = [(r, a) for r, a in items if _int(r["land_type"]) is not None]
        deficits = []
        for r, a in typed:
            d, s, i = (a[k] or 0.0 for k in AREA_KEYS[1:])
            deficits.append(max(d - i, 0.0))
            area = a["land_type_ha"] or 0.0
            if not _adds_up(area, d + s + i):
                warnings.append((tr_noop("{zone}, {comparison} {period}: the land type {land_type} has "
                                         "{area} ha, not degraded + stable + improved ({parts} ha), in {layer}; the "
                                         "values are written as given."),
                                 {"zone": key[0], "comparison": key[1], "period": key[2],
                                  "land_type": r["land_type_label"], "area": f"{area:.6f}",
                                  "parts": f"{d + s + i:.6f}", "layer": layer_name}))
        for r, a in items:
            lt = _int(r["land_type"])
            head = key + (lt, _int(r["land_cover"]), _int(r["land_unit"]), r["land_type_label"])
            area = a["land_type_ha"]
            if lt is None and a["degraded_ha"] is None:  # the nodata row
                rows.append(head + (None if area is None else area / 100.0,) + (None,) * 7)
                continue
            d, s, i = (a[k] or 0.0 for k in AREA_KEYS[1:])
            if lt is None:  # "All land types"
                deficit = math.fsum(deficits)
                for k in AREA_KEYS:
                    parts = math.fsum(ta[k] or 0.0 for _r, ta in typed)
                    if typed and not _adds_up(a[k] or 0.0, parts):
                        warnings.append((tr_noop("{zone}, {comparison} {period}: the {field} of the total row "
                                                 "({area} ha) is not the sum of its land types ({parts} ha) in "
                                                 "{layer}; the values are written as given."),
                                         {"zone": key[0], "comparison": key[1], "period": key[2], "field": k,
                                          "area": f"{a[k] or 0.0:.6f}", "parts": f"{parts:.6f}",
                                          "layer": layer_name}))
            else:
                deficit = max(d - i, 0.0)
            share = 100.0 * d / area if area else None
            rows.append(head + ((area or 0.0) / 100.0, d / 100.0, s / 100.0, i / 100.0, (i - d) / 100.0,
                                deficit / 100.0, share, _int(r["neutrality_met"])))
    return rows, warnings
