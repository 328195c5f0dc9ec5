"""UNCCD PRAIS 4 strategic objective 1 (SO1) area tables from SDG 15.3.1 summaries and a status table.

Inputs are the tables of the plugin's own algorithms (rows as dicts by field name):

* one ``t2monitor:sdg1531`` SUMMARY per period (fields :data:`SUMMARY_FIELDS`; ``kind`` class with class -1/0/1,
  total_land, water (only when a water mask was used), nodata);
* optionally the ``t2monitor:degradationstatus`` AREAS table (fields :data:`STATUS_FIELDS`; ``group`` status with
  classes 1-7, collapsed with -1/0/1, nodata).

Sheet "SO1 land by period" (:data:`PERIOD_COLUMNS`): one row per period and zone (zone "(all)" is the whole area;
other zones follow in input order): degraded, stable, improved, total land, water and nodata areas in km² (= area_ha
/ 100 of the input; water is empty when the summary has no water row) and proportion_degraded_percent = degraded /
total land x 100 (the SO1 / SDG 15.3.1 indicator and GBF 2.CT.1).

Sheet "SO1 status" (:data:`STATUS_COLUMNS`): per zone, the 7 status classes, the collapsed degraded / stable /
improved classes (1-3, 4, 5-7), the total (valid area, sum of the 7 classes) and nodata, in km², with the share of
the valid area in percent.

With a sample-based estimate of the degraded area (:mod:`.estimates`), the degraded area of the whole area (zone
"(all)") of one period is the estimate and its proportion is recomputed; the sheet then has three more columns
(:data:`ESTIMATE_COLUMNS`): the 95 % half-interval, the mapped degraded area and a footnote (method, interval, mapped
value) on that row, "mapped" on the others. Stable and improved areas stay mapped.

Checks (warnings, the values are written as given): total land = degraded + stable + improved for every period and
zone; collapsed classes = sums of their status classes. Relative tolerance :data:`TOLERANCE`.
"""
from __future__ import annotations

from . import estimates as est_mod
from .errors import InputError, capped, tr_noop
from .sdg import DEGRADED, IMPROVED, SDG_LABELS, STABLE, STATUS_LABELS

SUMMARY_FIELDS = ("level", "zone", "kind", "class", "area_ha")
STATUS_FIELDS = ("level", "zone", "group", "class", "area_ha")
PERIOD_COLUMNS = [("period", "str"), ("zone", "str"), ("degraded_km2", "float"), ("stable_km2", "float"),
                  ("improved_km2", "float"), ("total_land_km2", "float"), ("water_km2", "float"),
                  ("nodata_km2", "float"), ("proportion_degraded_percent", "float")]
STATUS_COLUMNS = [("zone", "str"), ("group", "str"), ("class", "int"), ("class_label", "str"), ("area_km2", "float"),
                  ("share_of_valid_percent", "float")]
ESTIMATE_COLUMNS = [("degraded_ci95_km2", "float"), ("degraded_mapped_km2", "float"), ("footnote", "str")]
MAPPED_NOTE = "Mapped (pixel-counted) areas, not adjusted for map errors"
WHOLE_AREA = "(all)"
PERIOD_SHEET, STATUS_SHEET = "SO1 land by period", "SO1 status"
TOLERANCE = 1e-6
COLLAPSE = {DEGRADED: (1, 2, 3), STABLE: (4,), IMPROVED: (5, 6, 7)}


def _km2(row: dict, layer_name: str) -> float:
    try:
        return float(row["area_ha"]) / 100.0
    except (TypeError, ValueError) as exc:
        raise InputError(tr_noop("The field area_ha of {layer} holds {value}, which is not a number."),
                         layer=layer_name, value=row["area_ha"]) from exc


def _code(value) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _groups(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(str(r["zone"]), []).append(r)
    return out


def _percent(km2: float, valid: float) -> float | None:
    return 100.0 * km2 / valid if valid > 0 else None


def _adds_up(total: float, parts: float) -> bool:
    return abs(total - parts) <= TOLERANCE * max(abs(total), abs(parts), 1e-9)


def parse_periods(text: str, count: int) -> list[str]:
    """Period names from a comma-separated list; one per summary table."""
    names = [t.strip() for t in (text or "").split(",") if t.strip()]
    if len(names) != count:
        raise InputError(tr_noop("{names} period name(s) were given for {count} summary table(s): give one name per "
                                 "table, in the same order, separated by commas (e.g. baseline,report_1)."),
                         names=len(names), count=count)
    if len(set(names)) != len(names):
        raise InputError(tr_noop("The period names {names} repeat a name: give each period its own name."),
                         names=capped(names))
    return names


def period_rows(summaries: list[tuple[str, str, list[dict]]]) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Rows of :data:`PERIOD_COLUMNS` from (period, layer name, summary rows); warnings as (template, values)."""
    rows, warnings = [], []
    for period, layer_name, table in summaries:
        if not table:
            raise InputError(tr_noop("The table {layer} has no rows: use the summary table of the SDG 15.3.1 "
                                     "indicator."), layer=layer_name)
        for zone, items in _groups(table).items():
            classes: dict[int, float] = {}
            other: dict[str, float] = {}
            for r in items:
                if r["kind"] == "class":
                    code = _code(r["class"])
                    if code in SDG_LABELS:
                        classes[code] = classes.get(code, 0.0) + _km2(r, layer_name)
                elif r["kind"] in ("total_land", "water", "nodata"):
                    other[r["kind"]] = other.get(r["kind"], 0.0) + _km2(r, layer_name)
            if not classes or "total_land" not in other:
                raise InputError(tr_noop("The table {layer} has no degraded/stable/improved or total land rows for "
                                         "{zone}: use the summary table of the SDG 15.3.1 indicator."),
                                 layer=layer_name, zone=zone)
            deg, stab, imp = (classes.get(c, 0.0) for c in (DEGRADED, STABLE, IMPROVED))
            land = other["total_land"]
            if not _adds_up(land, deg + stab + imp):
                warnings.append((tr_noop("{period}, {zone}: the total land area {land} km² is not degraded + stable "
                                         "+ improved ({parts} km²) in {layer}; the values are written as given."),
                                 {"period": period, "zone": zone, "land": f"{land:.6f}",
                                  "parts": f"{deg + stab + imp:.6f}", "layer": layer_name}))
            share = 100.0 * deg / land if land > 0 else None
            rows.append((period, zone, deg, stab, imp, land, other.get("water"), other.get("nodata", 0.0), share))
    return rows, warnings


def status_rows(table: list[dict], layer_name: str) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Rows of :data:`STATUS_COLUMNS` from a degradation status AREAS table."""
    if not table:
        raise InputError(tr_noop("The table {layer} has no rows: use the areas table of Degradation status."),
                         layer=layer_name)
    rows, warnings = [], []
    for zone, items in _groups(table).items():
        status: dict[int, float] = {}
        collapsed: dict[int, float] = {}
        labels: dict[tuple[str, int], str] = {}
        nodata = 0.0
        for r in items:
            code = _code(r["class"])
            if r["group"] == "status" and code in STATUS_LABELS:
                status[code] = status.get(code, 0.0) + _km2(r, layer_name)
            elif r["group"] == "collapsed" and code in SDG_LABELS:
                collapsed[code] = collapsed.get(code, 0.0) + _km2(r, layer_name)
            elif r["group"] == "nodata":
                nodata += _km2(r, layer_name)
            if r.get("class_label") and code is not None:
                labels[(r["group"], code)] = str(r["class_label"])
        if not status:
            raise InputError(tr_noop("The table {layer} has no status class rows for {zone}: use the areas table "
                                     "of Degradation status."), layer=layer_name, zone=zone)
        valid = sum(status.values())
        for code, members in COLLAPSE.items():
            parts = sum(status.get(c, 0.0) for c in members)
            if code not in collapsed:
                collapsed[code] = parts
            elif not _adds_up(collapsed[code], parts):
                warnings.append((tr_noop("{zone}: the collapsed class {label} ({area} km²) is not the sum of its "
                                         "status classes ({parts} km²) in {layer}; the values are written as given."),
                                 {"zone": zone, "label": SDG_LABELS[code], "area": f"{collapsed[code]:.6f}",
                                  "parts": f"{parts:.6f}", "layer": layer_name}))

        for code in sorted(STATUS_LABELS):
            area = status.get(code, 0.0)
            rows.append((zone, "status", code, labels.get(("status", code), STATUS_LABELS[code]), area,
                         _percent(area, valid)))
        for code in (DEGRADED, STABLE, IMPROVED):
            area = collapsed[code]
            rows.append((zone, "collapsed", code, labels.get(("collapsed", code), SDG_LABELS[code]), area,
                         _percent(area, valid)))
        rows.append((zone, "total", None, "Total (valid area)", valid, _percent(valid, valid)))
        rows.append((zone, "nodata", None, "nodata", nodata, None))
    return rows, warnings



def apply_estimate(rows: list[tuple], period: str, estimate: est_mod.AreaEstimate
                   ) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """Rows of :data:`PERIOD_COLUMNS` + :data:`ESTIMATE_COLUMNS`: the degraded area of ``period``'s whole area
    replaced by ``estimate`` (ha -> km²), its proportion recomputed, the others marked as mapped."""
    targets = [i for i, r in enumerate(rows) if r[0] == period and r[1] == WHOLE_AREA]
    if not targets:
        raise InputError(tr_noop("There is no period named {period} for the estimated degraded area: name one of "
                                 "{names} (ESTIMATE_PERIOD)."), period=period,
                         names=", ".join(dict.fromkeys(r[0] for r in rows)))
    out, warnings = [], []
    for i, r in enumerate(rows):
        if i not in targets:
            out.append(tuple(r) + (None, r[2], MAPPED_NOTE))
            continue
        mapped, land = r[2], r[5]
        if est_mod.mapped_mismatch(estimate, mapped * 100.0):
            warnings.append((tr_noop("The estimate's mapped degraded area ({table} ha) differs from the degraded "
                                     "area of period {period} ({mapped} ha): was the sample drawn from another "
                                     "map?"), {"table": f"{estimate.mapped_ha:.2f}", "period": period,
                                               "mapped": f"{mapped * 100.0:.2f}"}))
        degraded = estimate.estimated_ha / 100.0
        share = 100.0 * degraded / land if land > 0 else None
        note = est_mod.footnote(estimate, unit="km²", scale=0.01, total_land_ha=land * 100.0,
                                mapped_ha=mapped * 100.0)
        out.append((r[0], r[1], degraded) + tuple(r[3:8]) + (share, estimate.ci95_ha / 100.0, mapped, note))
    return out, warnings
