"""Figures of the national restoration report, taken from the tables the workflow writes (no Qt, no QGIS).

The report never recomputes an indicator: the headline figures and the per-zone rows are read from the SDG 15.3.1
summary (``sdg1531``), the area-under-restoration table (``areaunderrestoration``) and the progress table
(``restorationprogress``), so the document and the CSV tables always agree. Numbers are written with the separators
of the report language (decimal comma in es/fr/pt). Report strings are ``tr_noop`` templates translated by the
caller's translator for the chosen language.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from .errors import InputError, tr_noop

LANGUAGES = ("en", "es", "fr", "pt")
# decimal separator, thousands separator (no-break space in French, so a number never wraps)
SEPARATORS = {"en": (".", ","), "es": (",", "."), "fr": (",", "\u00a0"), "pt": (",", ".")}
HA_DECIMALS = 1
PCT_DECIMALS = 2

SUMMARY_FIELDS = ("level", "zone", "kind", "class", "area_ha", "share_of_land")
AREA_FIELDS = ("disaggregation", "value", "year", "area_under_restoration_ha", "inside_degraded_ha",
               "degraded_baseline_ha", "percent_of_baseline", "target_percent", "remaining_to_target_ha")
PROGRESS_FIELDS = ("year", "area_under_restoration_ha", "inside_degraded_ha", "degraded_baseline_ha",
                   "target_path_ha")
OUTSIDE = "(outside)"


def format_number(value, decimals: int, language: str) -> str:
    """``value`` rounded to ``decimals`` with the thousands and decimal separators of ``language``; '-' for none."""
    if value is None:
        return "-"
    decimal, thousands = SEPARATORS.get(language, SEPARATORS["en"])
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def parse_number(text: str, language: str) -> float:
    """The inverse of :func:`format_number` (used to read figures back from a report)."""
    decimal, thousands = SEPARATORS.get(language, SEPARATORS["en"])
    return float(text.replace(thousands, "").replace("\u202f", "").replace(decimal, "."))


def _float(value):
    if value is None or value == "":
        return None
    return float(value)


@dataclass
class Headline:
    """The figures of the headline table."""

    land_ha: float
    degraded_ha: float
    degraded_share: float | None   # 0..1
    year: int
    restoration_ha: float
    inside_ha: float
    baseline_ha: float
    percent_of_baseline: float | None
    target_percent: float
    target_ha: float
    remaining_ha: float


def headline(summary: list[dict], areas: list[dict]) -> Headline:
    """Headline figures: degraded land and its share of land (SDG 15.3.1 summary, whole area), area under restoration,
    inside the degraded baseline, its percentage and the hectares still to reach the target (area table total)."""
    total = [r for r in summary if r["level"] == "total"]
    degraded = [r for r in total if r["kind"] == "class" and r["class"] is not None and int(r["class"]) == -1]
    land = [r for r in total if r["kind"] == "total_land"]
    if not degraded or not land:
        raise InputError(tr_noop("The SDG 15.3.1 summary has no row for the degraded area of the whole region."))
    rows = [r for r in areas if r["disaggregation"] == "total"]
    if not rows:
        raise InputError(tr_noop("The area under restoration table has no 'total' row."))
    t = rows[0]
    baseline = _float(t["degraded_baseline_ha"]) or 0.0
    target = _float(t["target_percent"]) or 0.0
    return Headline(land_ha=float(land[0]["area_ha"]), degraded_ha=float(degraded[0]["area_ha"]),
                    degraded_share=_float(degraded[0]["share_of_land"]), year=int(t["year"]),
                    restoration_ha=float(t["area_under_restoration_ha"]), inside_ha=float(t["inside_degraded_ha"]),
                    baseline_ha=baseline, percent_of_baseline=_float(t["percent_of_baseline"]),
                    target_percent=target, target_ha=target / 100.0 * baseline,
                    remaining_ha=float(t["remaining_to_target_ha"]))


def headline_rows(h: Headline, tr, language: str, estimate=None) -> list[tuple[str, str]]:
    """(label, value) rows of the headline table, translated and formatted; with ``estimate`` (a
    :class:`.estimates.AreaEstimate`) the sample-based estimate and its 95 % interval follow the mapped degraded
    area, marked with :data:`ESTIMATE_MARK` (the mark of :func:`estimate_note`)."""
    ha = lambda v: format_number(v, HA_DECIMALS, language)  # noqa: E731
    pct = lambda v: format_number(v, PCT_DECIMALS, language)  # noqa: E731
    share = None if h.degraded_share is None else 100.0 * h.degraded_share
    extra = [] if estimate is None else [
        (tr(tr_noop("Degraded land, sample-based estimate (ha)")) + ESTIMATE_MARK,
         f"{ha(estimate.estimated_ha)} \u00b1 {ha(estimate.ci95_ha)}"),
        (tr(tr_noop("95 % confidence interval of the estimate (ha)")),
         f"{ha(estimate.lower_ha)} \u2013 {ha(estimate.upper_ha)}")]
    return [(tr(tr_noop("Total land area (ha)")), ha(h.land_ha)),
            (tr(tr_noop("Degraded land, SDG 15.3.1 (ha)")), ha(h.degraded_ha))] + extra + [
            (tr(tr_noop("Proportion of land that is degraded (%)")), pct(share)),
            (tr(tr_noop("Degraded baseline (ha)")), ha(h.baseline_ha)),
            (tr(tr_noop("Area under restoration in {year} (ha)")).format(year=h.year), ha(h.restoration_ha)),
            (tr(tr_noop("Under restoration inside degraded land (ha)")), ha(h.inside_ha)),
            (tr(tr_noop("Percent of the degraded baseline under restoration (%)")), pct(h.percent_of_baseline)),
            (tr(tr_noop("Target (% of the degraded baseline)")), pct(h.target_percent)),
            (tr(tr_noop("Target area (ha)")), ha(h.target_ha)),
            (tr(tr_noop("Remaining to reach the target (ha)")), ha(h.remaining_ha))]


ESTIMATE_MARK = " *"


def estimate_note(estimate, h: Headline, tr, language: str) -> str:
    """The footnote of the estimate rows: the method, the interval, the share of land and the mapped area."""
    ha = lambda v: format_number(v, HA_DECIMALS, language)  # noqa: E731
    pct = lambda v: format_number(v, PCT_DECIMALS, language)  # noqa: E731
    shares = [None if not h.land_ha else 100.0 * v / h.land_ha
              for v in (estimate.estimated_ha, estimate.lower_ha, estimate.upper_ha)]
    return ESTIMATE_MARK.strip() + " " + tr(tr_noop(
        "Degraded area estimated from a stratified random sample with reference labels (stratified estimator, "
        "Olofsson et al. 2014): {estimate} ha {pm} {ci} ha, 95 % confidence interval {lower} to {upper} ha, "
        "{share} % of the land (95 % CI {share_lower} to {share_upper} %). The mapped (pixel-counted) area is "
        "{mapped} ha.")).format(pm="\u00b1", estimate=ha(estimate.estimated_ha), ci=ha(estimate.ci95_ha),
                               lower=ha(estimate.lower_ha), upper=ha(estimate.upper_ha), share=pct(shares[0]),
                               share_lower=pct(shares[1]), share_upper=pct(shares[2]), mapped=ha(h.degraded_ha))


@dataclass
class ZoneRow:
    zone: str
    land_ha: float | None = None
    degraded_ha: float | None = None
    degraded_share: float | None = None
    baseline_ha: float | None = None
    restoration_ha: float | None = None
    inside_ha: float | None = None
    percent_of_baseline: float | None = None
    remaining_ha: float | None = None


ZONE_HEADERS = (tr_noop("Zone"), tr_noop("Land (ha)"), tr_noop("Degraded (ha)"), tr_noop("Degraded (%)"),
                tr_noop("Degraded baseline (ha)"), tr_noop("Under restoration (ha)"),
                tr_noop("Inside degraded (ha)"), tr_noop("% of baseline"), tr_noop("Remaining to target (ha)"))


def zone_rows(summary: list[dict], areas: list[dict]) -> list[ZoneRow]:
    """One row per zone of the SDG 15.3.1 summary and per administrative zone of the area table (same names are
    one zone), in the order the tables give them; the area table's '(outside)' row is kept when it has area."""
    rows: dict[str, ZoneRow] = {}
    for r in summary:
        if r["level"] != "zone":
            continue
        row = rows.setdefault(str(r["zone"]), ZoneRow(str(r["zone"])))
        if r["kind"] == "total_land":
            row.land_ha = float(r["area_ha"])
        elif r["kind"] == "class" and r["class"] is not None and int(r["class"]) == -1:
            row.degraded_ha = float(r["area_ha"])
            row.degraded_share = _float(r["share_of_land"])
    for r in areas:
        if r["disaggregation"] != "admin":
            continue
        name = str(r["value"])
        if name == OUTSIDE and not (_float(r["area_under_restoration_ha"]) or _float(r["degraded_baseline_ha"])):
            continue
        row = rows.setdefault(name, ZoneRow(name))
        row.baseline_ha = _float(r["degraded_baseline_ha"])
        row.restoration_ha = _float(r["area_under_restoration_ha"])
        row.inside_ha = _float(r["inside_degraded_ha"])
        row.percent_of_baseline = _float(r["percent_of_baseline"])
        row.remaining_ha = _float(r["remaining_to_target_ha"])
    return list(rows.values())


def zone_table(rows: list[ZoneRow], tr, language: str) -> list[list[str]]:
    """Header and rows of the per-zone table, translated and formatted."""
    ha = lambda v: format_number(v, HA_DECIMALS, language)  # noqa: E731
    pct = lambda v: format_number(v, PCT_DECIMALS, language)  # noqa: E731
    out = [[tr(h) for h in ZONE_HEADERS]]
    for r in rows:
        share = None if r.degraded_share is None else 100.0 * r.degraded_share
        out.append([r.zone, ha(r.land_ha), ha(r.degraded_ha), pct(share), ha(r.baseline_ha), ha(r.restoration_ha),
                    ha(r.inside_ha), pct(r.percent_of_baseline), ha(r.remaining_ha)])
    return out


@dataclass
class Progress:
    years: list[int]
    restoration: list[float]
    inside: list[float]
    path: list[float | None]
    baseline_ha: float
    baseline_year: int | None = None
    target_year: int | None = None


def progress(rows: list[dict]) -> Progress:
    """Series of the progress chart; the baseline and target years are read from the path (0 ha in the baseline
    year, the target area reached in the target year)."""
    rows = sorted(rows, key=lambda r: int(r["year"]))
    years = [int(r["year"]) for r in rows]
    path = [_float(r["target_path_ha"]) for r in rows]
    result = Progress(years, [float(r["area_under_restoration_ha"]) for r in rows],
                      [float(r["inside_degraded_ha"]) for r in rows], path,
                      float(rows[0]["degraded_baseline_ha"]) if rows else 0.0)
    known = [(y, p) for y, p in zip(years, path) if p is not None]
    if known:
        result.baseline_year = next((y for y, p in known if p == 0.0), known[0][0])
        top = max(p for _y, p in known)
        if top > 0:
            result.target_year = next(y for y, p in known if p >= top * (1 - 1e-9))
    return result


# methods page -------------------------------------------------------------------------------------------------------
@dataclass
class Step:
    """One run of the workflow: an algorithm id and the parameter values it was given."""

    algorithm: str
    parameters: dict = field(default_factory=dict)


def read_steps(path: str) -> list[Step]:
    """Workflow runs from a JSON file: a list (or {"steps": [...]}) of objects with the algorithm id under
    "algorithm", "id" or "algorithm_details"/"id" and the values under "inputs" or "parameters" (the document
    ``qgis_process --json run`` prints is one such object)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise InputError(tr_noop("The methods file {path} cannot be read as JSON: {error}"), path=path,
                         error=str(exc)) from None
    items = data.get("steps", [data]) if isinstance(data, dict) else data
    steps = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        alg = item.get("algorithm") or item.get("id") or (item.get("algorithm_details") or {}).get("id")
        params = item.get("inputs", item.get("parameters", {}))
        if isinstance(alg, dict):
            alg = alg.get("id")
        if alg and isinstance(params, dict):
            steps.append(Step(str(alg), params))
    if not steps:
        raise InputError(tr_noop("The methods file {path} lists no algorithm runs (objects with 'algorithm' and "
                                 "'inputs')."), path=path)
    return steps


def value_text(value) -> str:
    """A parameter value as the methods page shows it: file paths by their file name (and layer name)."""
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = "" if value is None else str(value)
    path, _, layer = text.partition("|layername=")
    if os.sep in path or "/" in path:
        text = os.path.basename(path) + (f" ({layer})" if layer else "")
    return text
