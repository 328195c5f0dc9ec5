"""GBF indicator 2.1 rows for the CBD Online Reporting Tool (ORT) national indicator template.

Input: the area table of ``t2monitor:areaunderrestoration`` (fields :data:`AREA_FIELDS`), optionally an SDG 15.3.1
summary of ``t2monitor:sdg1531`` (fields :data:`SDG_FIELDS`) for the complementary indicator 2.CT.1.

Output rows have exactly the template's columns (``ort_gbf_2_1_template`` of ``resources/data/ferm_vocabularies.json``,
with ``resources/data/ort_template.json`` for what that file lacks): indicator code, indicator,
disaggregation flag (Yes/No), disaggregation type, disaggregation, year, unit, value, footnote. One row per value:

* the ``total`` row -> the national value, flag "No", type and disaggregation "Not applicable" (as the template's
  own formulas write them);
* ``biome`` rows -> "Biome - Global Ecosystem Typology level 2" when the value names a GET biome (T1, "T1 - ...",
  or the biome's name), or "Ecosystem Functional Group - ..." when it names a functional group (T1.1, ...);
* ``protected_area`` rows -> the PA/OECM type when the value says protected area (PA) or OECM; the "(outside)" row
  is the category "not a protected area or OECM";
* ``indigenous_territory`` rows -> "Indigenous and traditional territories" with the territory's name (the ORT has
  no list for them); "(outside)" is written "Outside indigenous and traditional territories";
* ``activity`` rows -> "Type of restoration activity" when the value is a FAO FERM activity code (1-50, groups
  1000-1008) or an ORT activity name;
* ``admin`` and ``restoration_type`` rows -> "Other", written "<what>: <value>" (e.g. "Administrative region:
  North", "Restoration type: Ecological restoration"; FERM restoration type codes become their names).

Category strings come verbatim from ``ort_gbf21_category_values.json`` (typos, trailing spaces and zero-width spaces
included); values are matched after removing zero-width spaces, collapsing whitespace and ignoring case. A value of
a controlled list that matches nothing (e.g. a protected area's own name, "(outside)" of biomes, "(none)") is
written under "Other" as "<what>: <value>" and listed in a warning, so no area is dropped silently.

Value = ``area_under_restoration_ha`` (ha, or /100 for km2). 2.CT.1 rows: proportion of degraded land over total land
area in percent (``share_of_land`` of the degraded class row x 100), the whole area as the national row and each zone
as an "Other" disaggregation written "Zone: <name>"; they take the year of the 2.1 rows (or YEAR). Rows keep the
input order.

With a sample-based estimate of the degraded area (:mod:`.estimates`), the national 2.CT.1 value is the estimated
degraded area over the total land area of the summary (its ``total_land`` row, ``area_ha``) and its footnote gives
the method (Olofsson et al. 2014), the 95 % interval (in ha and %) and the mapped value; zone rows keep their mapped
proportion, with a footnote saying so.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from . import estimates as est_mod
from .errors import InputError, capped, tr_noop

AREA_FIELDS = ("disaggregation", "value", "year", "area_under_restoration_ha")
SDG_FIELDS = ("level", "zone", "kind", "class", "share_of_land")
BIOME, EFG, IT, PA, ACTIVITY, OTHER = range(6)  # positions in the template's disaggregation_types
OUTSIDE, NO_VALUE, TOTAL = "(outside)", "(none)", "total"
OTHER_PREFIX = {"admin": "Administrative region", "biome": "Biome", "protected_area": "Protected area/OECM",
                "indigenous_territory": "Indigenous and traditional territory", "activity": "Restoration activity",
                "restoration_type": "Restoration type"}
PA_WORDS = {"pa", "protected area", "protected areas", "protected"}
OECM_WORDS = {"oecm", "oecms", "other effective conservation measure",
              "other effective area-based conservation measure", "other effective area-based conservation measures"}
IT_OUTSIDE = "Outside indigenous and traditional territories"
MAPPED_NOTE = "Mapped (pixel-counted) proportion, not adjusted for map errors (the sample estimate is national)"
_CODE = re.compile(r"^([a-z]{1,4})\s*(\d+(?:\.\d+)?)\s*[-:–]?\s*(.*)$")


def norm(text) -> str:
    """Text for matching: zero-width spaces removed, whitespace collapsed, case folded."""
    return " ".join(str(text).replace("\u200b", "").replace("\ufeff", "").split()).casefold()


@dataclass
class Template:
    """The ORT template (``ort_template.json``) and its category strings (``ort_gbf21_category_values.json``)."""
    code: str
    indicator: str
    columns: list[str]
    types: list[str]
    categories: dict[str, list[str]]
    yes: str
    no: str
    not_applicable: str
    units: dict[str, str]
    activity_codes: dict[str, str]
    restoration_types: dict[str, str]
    complementary: dict[str, str]


def load_template(template_path: str, categories_path: str, vocabularies_path: str) -> Template:
    """The template from ``ort_template.json``, ``ort_gbf21_category_values.json`` and ``ferm_vocabularies.json``
    (columns, disaggregation types and indicator code from its ``ort_gbf_2_1_template``; FERM activity codes are
    mapped to ORT activity strings by their English labels)."""
    data = []
    for path in (template_path, categories_path, vocabularies_path):
        with open(path, encoding="utf-8") as fh:
            data.append(json.load(fh))
    t, categories, ferm = data
    ort = ferm["ort_gbf_2_1_template"]
    if set(categories) != set(ort["disaggregation_types"]):
        raise ValueError("ferm_vocabularies.json and ort_gbf21_category_values.json name different disaggregation "
                         "types")
    by_label = {norm(text): text for text in categories[ort["disaggregation_types"][ACTIVITY]]}
    spellings = t["activity_spellings"]
    activity_codes = {}
    for group in ferm["activities"]:
        for item in [group] + group.get("items", []):
            label = item["label"]["en"]
            text = by_label.get(norm(spellings.get(label, label)))
            if text is None:
                raise ValueError(f"FERM activity {label!r} has no ORT activity string")
            activity_codes[str(item["code"])] = text
    types = {str(r["code"]): r["label"]["en"] for r in ferm["restoration_types"]}
    return Template(ort["indicator_code"], t["indicator"], list(ort["columns"]), list(ort["disaggregation_types"]),
                    categories, t["flag_yes"], t["flag_no"], t["not_applicable"], dict(t["units"]), activity_codes,
                    types, dict(t["complementary"]))


class CategoryMatcher:
    """Maps our disaggregation values to (type position, ORT category string) or None."""

    def __init__(self, template: Template):
        self.t = template
        self.codes: dict[int, dict[str, str]] = {BIOME: {}, EFG: {}}
        self.names: dict[int, dict[str, str]] = {BIOME: {}, EFG: {}, PA: {}, ACTIVITY: {}}
        for pos in (BIOME, EFG):
            for text in template.categories[template.types[pos]]:
                self.names[pos][norm(text)] = text
                match = _CODE.match(norm(text))
                if match:
                    self.codes[pos][match.group(1) + match.group(2)] = text
                    self.names[pos].setdefault(match.group(3), text)
        for text in template.categories[template.types[ACTIVITY]]:
            self.names[ACTIVITY][norm(text)] = text
        pa_list = template.categories[template.types[PA]]
        self.pa, self.oecm, self.not_pa = pa_list[0], pa_list[1], pa_list[2]

    def match(self, kind: str, value: str) -> tuple[int, str] | None:
        key = norm(value)
        if kind == "biome":
            match = _CODE.match(key)
            for pos in (BIOME, EFG):
                if match and match.group(1) + match.group(2) in self.codes[pos]:
                    return pos, self.codes[pos][match.group(1) + match.group(2)]
            for pos in (BIOME, EFG):
                if key in self.names[pos]:
                    return pos, self.names[pos][key]
            return None
        if kind == "protected_area":
            if value == OUTSIDE:
                return PA, self.not_pa
            if key in PA_WORDS or key == norm(self.pa):
                return PA, self.pa
            if key in OECM_WORDS or key == norm(self.oecm):
                return PA, self.oecm
            return None
        if kind == "activity":
            text = self.t.activity_codes.get(key) or self.names[ACTIVITY].get(key)
            return (ACTIVITY, text) if text else None
        if kind == "indigenous_territory" and value != NO_VALUE:
            return IT, IT_OUTSIDE if value == OUTSIDE else str(value)
        return None


def check_fields(fields, required, layer_name: str, what: str) -> None:
    missing = [f for f in required if f not in fields]
    if missing:
        raise InputError(tr_noop("The table {layer} has no field(s) {fields}: it is not {what}. Use the table "
                                 "written by that algorithm."), layer=layer_name, fields=capped(missing), what=what)


def _number(value, field: str, layer_name: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(tr_noop("The field {field} of {layer} holds {value}, which is not a number."),
                         field=field, layer=layer_name, value=value) from exc


def ort_rows(area_rows: list[dict], template: Template, layer_name: str, year: int | None = None,
             unit: str = "ha", footnote: str = "", sdg_rows: list[dict] | None = None,
             sdg_layer_name: str = "", estimate: est_mod.AreaEstimate | None = None
             ) -> tuple[list[tuple], list[tuple[str, dict]]]:
    """The template rows and warnings ((template, values)) from the area table rows (dicts by field name).

    ``estimate``: a sample-based estimate of the degraded area (needs ``sdg_rows``), written as the national 2.CT.1
    value with a footnote (method, 95 % interval, mapped value); zone rows stay mapped and say so."""
    if not area_rows:
        raise InputError(tr_noop("The table {layer} has no rows: run Area under restoration first and use its "
                                 "table."), layer=layer_name)
    matcher = CategoryMatcher(template)
    scale = 0.01 if unit == "km2" else 1.0
    unit_text = template.units[unit]
    note = footnote or None
    rows, unmatched = [], []
    if not any(r["disaggregation"] == TOTAL for r in area_rows):
        raise InputError(tr_noop("The table {layer} has no 'total' row: it is not the table of Area under "
                                 "restoration."), layer=layer_name)
    for r in area_rows:
        kind, value = str(r["disaggregation"]), "" if r["value"] is None else str(r["value"])
        area = _number(r["area_under_restoration_ha"], "area_under_restoration_ha", layer_name)
        row_year = year if year is not None else _number(r["year"], "year", layer_name)
        if area is None or row_year is None:
            raise InputError(tr_noop("A row of {layer} ({kind} {value}) has no area or no year."), layer=layer_name,
                             kind=kind, value=value)
        head = (template.code, template.indicator)
        tail = (int(row_year), unit_text, area * scale, note)
        if kind == TOTAL:
            rows.append(head + (template.no, template.not_applicable, template.not_applicable) + tail)
            continue
        found = matcher.match(kind, value)
        if found is None:
            text = value
            if kind == "restoration_type":
                text = template.restoration_types.get(norm(value), value)
            elif kind in ("biome", "protected_area", "activity"):
                unmatched.append(f"{kind}: {value}")
            found = OTHER, f"{OTHER_PREFIX.get(kind, kind)}: {text}"
        rows.append(head + (template.yes, template.types[found[0]], found[1]) + tail)
    warnings = []
    if unmatched:
        warnings.append((tr_noop("{count} value(s) match no category of the ORT lists and were written under "
                                 "'Other': {values}. For protected areas, name zones PA or OECM (e.g. by a "
                                 "designation field); for biomes use IUCN GET codes such as T1 or T1.1; for "
                                 "activities FERM activity codes."),
                         {"count": len(unmatched), "values": str(capped(unmatched, separator="; "))}))
    if estimate is not None and sdg_rows is None:
        raise InputError(tr_noop("The estimated degraded area goes into the rows of indicator 2.CT.1 (proportion of "
                                 "degraded land), which need the SDG 15.3.1 summary (SDG_SUMMARY): give it too."))
    if sdg_rows is not None:
        rows += complementary_rows(sdg_rows, template, sdg_layer_name, rows[0][5] if year is None else year, note,
                                   estimate, warnings)
    return rows, warnings


def _land_and_mapped(sdg_rows: list[dict], layer_name: str) -> tuple[float, float | None]:
    """Total land area and mapped degraded area (ha) of the whole area, from the summary's area_ha field."""
    land = mapped = None
    for r in sdg_rows:
        if r["level"] != TOTAL or "area_ha" not in r:
            continue
        if r["kind"] == "total_land":
            land = _number(r["area_ha"], "area_ha", layer_name)
        elif r["kind"] == "class" and _number(r["class"], "class", layer_name) == -1:
            mapped = _number(r["area_ha"], "area_ha", layer_name)
    if not land:
        raise InputError(tr_noop("The table {layer} has no total land area (a 'total_land' row of level 'total' with "
                                 "area_ha): the estimated degraded area cannot be turned into a proportion. Use the "
                                 "summary table of the SDG 15.3.1 indicator."), layer=layer_name)
    return land, mapped


def complementary_rows(sdg_rows: list[dict], template: Template, layer_name: str, year: int,
                       note: str | None, estimate: est_mod.AreaEstimate | None = None,
                       warnings: list | None = None) -> list[tuple]:
    """2.CT.1 rows (percent of degraded land over total land area) from an SDG 15.3.1 summary; with ``estimate``
    the national row is the estimated degraded area over the total land area."""
    c = template.complementary
    out = []
    land = mapped = None
    if estimate is not None:
        land, mapped = _land_and_mapped(sdg_rows, layer_name)
        if mapped is not None and est_mod.mapped_mismatch(estimate, mapped) and warnings is not None:
            warnings.append((tr_noop("The estimate's mapped degraded area ({table} ha) differs from the degraded "
                                     "area of {layer} ({mapped} ha): was the sample drawn from another map?"),
                             {"table": f"{estimate.mapped_ha:.2f}", "layer": layer_name, "mapped": f"{mapped:.2f}"}))
    degraded = [r for r in sdg_rows if r["kind"] == "class" and _number(r["class"], "class", layer_name) == -1]
    if not degraded:
        raise InputError(tr_noop("The table {layer} has no degraded class row (kind 'class', class -1): use the "
                                 "summary table of the SDG 15.3.1 indicator."), layer=layer_name)
    for r in degraded:
        share = _number(r["share_of_land"], "share_of_land", layer_name)
        if share is None:
            continue  # no land in this zone: no proportion
        head = (c["indicator_code"], c["indicator"])
        value, row_note = share * 100.0, note
        if r["level"] == TOTAL:
            middle = (template.no, template.not_applicable, template.not_applicable)
            if estimate is not None:
                value = 100.0 * estimate.estimated_ha / land
                row_note = est_mod.join_notes(note, est_mod.footnote(estimate, total_land_ha=land, mapped_ha=mapped))
        else:
            middle = (template.yes, template.types[OTHER], f"Zone: {r['zone']}")
            if estimate is not None:
                row_note = est_mod.join_notes(note, MAPPED_NOTE)
        out.append(head + middle + (int(year), c["unit"], value, row_note))
    return out
