"""Texts of the report: title page lines, source lines and the methods page (HTML), in the report language.

``tr`` translates a ``tr_noop`` template into the report language; values are filled in after translation and
numbers use the language's separators (:func:`.report.format_number`).
"""
from __future__ import annotations

from html import escape

from .errors import tr_noop
from .report import HA_DECIMALS, Headline, Progress, Step, format_number, value_text

PRIORITY_LABELS = {0: tr_noop("Excluded"), 1: tr_noop("Low"), 2: tr_noop("Medium"), 3: tr_noop("High"),
                   4: tr_noop("Very high")}
MAP_TITLES = {"sdg": tr_noop("Land degradation (SDG indicator 15.3.1)"),
              "status": tr_noop("Degradation status against the baseline"),
              "priority": tr_noop("Restoration priority")}
LEGEND_NAMES = {"sdg": tr_noop("SDG 15.3.1"), "status": tr_noop("Degradation status"),
                "priority": tr_noop("Restoration priority")}


def source_line(tr, source: str, layer: dict, version: str) -> str:
    return tr(tr_noop("Source: {source}. Layer: {layer} ({date}), {crs}. Map made with T2 Monitor {version}.")).format(
        source=source, layer=layer["file"], date=layer["date"], crs=layer["crs"], version=version)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def methods_html(tr, language: str, h: Headline, p: Progress, layers: list[dict], steps: list[Step],
                 report: dict, estimate_note: str | None = None) -> list[str]:
    """The methods page: how the figures were made, the parameters read from the tables, the input layers and
    their dates, the workflow runs (algorithm ids and values) and the report's own settings, as HTML blocks (each
    one heading or paragraph, so that a long methods text can go on over several pages)."""
    ha = lambda v: format_number(v, HA_DECIMALS, language)  # noqa: E731
    pct = lambda v: format_number(v, 2, language)  # noqa: E731
    out = [f"<h3>{escape(tr(tr_noop('Indicators and methods')))}</h3>"]
    out.append(_p(tr(tr_noop(
        "Degraded land follows SDG indicator 15.3.1 (UNCCD Good Practice Guidance): the land cover, land "
        "productivity and soil organic carbon sub-indicators are combined with the 'one out, all out' rule; the "
        "proportion of degraded land is the degraded area divided by the total land area (also GBF indicator "
        "2.CT.1)."))))
    out.append(_p(tr(tr_noop(
        "The area under restoration (GBF headline indicator 2.1) is the area of the union of the restoration sites "
        "counted in {year}, computed as FAO FERM does (valid geometries in EPSG:6933, overlapping sites counted "
        "once). Progress towards Target 2 is the area under restoration inside the degraded baseline divided by the "
        "degraded baseline ({baseline} ha), against a target of {target} %.")).format(
        year=h.year, baseline=ha(h.baseline_ha), target=pct(h.target_percent))))
    if p.baseline_year is not None and p.target_year is not None:
        out.append(_p(tr(tr_noop("The path to the target goes linearly from 0 ha in {baseline_year} to the target "
                                 "area ({target} ha) in {target_year}.")).format(
            baseline_year=p.baseline_year, target=ha(h.target_ha), target_year=p.target_year)))
    out.append(_p(tr(tr_noop("All areas are true areas on the ellipsoid, in hectares; the figures of this report "
                             "are those of the input tables, unchanged."))))
    if estimate_note:
        out.append(_p(estimate_note))
    out.append(f"<h3>{escape(tr(tr_noop('Parameters read from the input tables')))}</h3>")
    params = [(tr(tr_noop("Reporting year")), str(h.year)),
              (tr(tr_noop("Target (% of the degraded baseline)")), pct(h.target_percent)),
              (tr(tr_noop("Degraded baseline (ha)")), ha(h.baseline_ha))]
    if p.years:
        params.append((tr(tr_noop("Years of the progress table")), f"{p.years[0]}-{p.years[-1]}"))
    if p.baseline_year is not None:
        params.append((tr(tr_noop("Baseline year")), str(p.baseline_year)))
    if p.target_year is not None:
        params.append((tr(tr_noop("Target year")), str(p.target_year)))
    out += [_p(f"\u2022 {k}: {v}") for k, v in params]
    out.append(f"<h3>{escape(tr(tr_noop('Input layers')))}</h3>")
    for layer in layers:
        out.append(_p("\u2022 " + tr(tr_noop("{role}: {name} ({file}, {date}), {crs}{detail}")).format(
            role=layer["role"], name=layer["name"], file=layer["file"], date=layer["date"], crs=layer["crs"],
            detail=layer.get("detail", ""))))
    if steps:
        out.append(f"<h3>{escape(tr(tr_noop('Workflow runs')))}</h3>")
        for n, step in enumerate(steps, start=1):
            values = "; ".join(f"{k}={value_text(v)}" for k, v in step.parameters.items()
                               if v not in (None, "", []))
            out.append(f"<p>{n}. <b>{escape(step.algorithm)}</b>: {escape(values)}</p>")
    out.append(f"<h3>{escape(tr(tr_noop('This report')))}</h3>")
    out.append(_p(tr(tr_noop("Made by t2monitor:restorationreport (T2 Monitor {version}) on {date}, language "
                             "{language}, template {template}, chart drawn with {engine}; atlas: {atlas}.")).format(
        **report)))
    return out
