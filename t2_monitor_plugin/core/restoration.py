"""Restoration sites: reading their years and status, which count in a year, and their validation.

A site counts in year ``Y`` (is "under restoration", GBF indicator 2.1) when::

    start_year <= Y  and  (no end year or end_year >= Y)  and  status not excluded

A site without a start year (or with one that is not a year), without any polygon, or whose end year is before its
start year never counts and is reported as an *error*; a site whose status is listed in the excluded statuses
(default: FERM code 1 "In preparation", see ``resources/data/restoration_statuses.json``) never counts and is
reported as a *warning*; an invalid geometry is repaired (``MakeValid``) and counts (*warning*); a status that is
not in the FERM vocabulary counts (*warning*). Sites that start after ``Y`` or ended before it are *ok* but not
counted in ``Y``. Nothing is dropped silently: :meth:`SiteSet.validation` lists every feature.

Years are read from integers, whole floats, text starting with a 4-digit year ("2014", "2014/05/01",
"2014-05-01") and date objects. Statuses are matched by code or by any label of the vocabulary (case and
surrounding spaces ignored), so "1", "In preparation" and "En preparación" are the same status.
Geometries are kept in EPSG:6933 (see :mod:`.vector_areas`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from osgeo import ogr, osr

from . import vector_areas as va
from .errors import InputError, tr_noop
from .rasters import RasterInput

OK, WARNING, ERROR = "ok", "warning", "error"
_RANK = {OK: 0, WARNING: 1, ERROR: 2}
VALIDATION_FIELDS = [("feature_id", "int"), ("site", "str"), ("year", "int"), ("counted", "int"), ("level", "str"),
                     ("reason", "str"), ("area_ha", "float"), ("start_year", "int"), ("end_year", "int"),
                     ("status", "str")]


def _norm(text) -> str:
    return " ".join(str(text).split()).casefold()


@dataclass
class StatusVocabulary:
    """FERM restoration statuses: ``lookup`` maps a normalised code or label to the code."""
    lookup: dict[str, int]
    not_started: list[int]

    def code(self, value) -> int | None:
        return self.lookup.get(_norm(value)) if value not in (None, "") else None

    def default_excluded(self) -> str:
        return ",".join(str(c) for c in self.not_started)


def load_statuses(path: str) -> StatusVocabulary:
    """Read ``restoration_statuses.json`` (codes, labels per language, ``not_started`` flags)."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    lookup, not_started = {}, []
    for item in data["statuses"]:
        code = int(item["code"])
        lookup[_norm(code)] = code
        for label in item.get("label", {}).values():
            lookup[_norm(label)] = code
        if item.get("not_started"):
            not_started.append(code)
    return StatusVocabulary(lookup, not_started)


def parse_excluded(text: str | None, vocabulary: StatusVocabulary) -> set[str]:
    """Excluded statuses from a comma-separated list of codes or labels, as normalised spellings.

    A code or label of the vocabulary excludes every spelling of that status; other entries match literally.
    """
    out = set()
    for token in (text or "").split(","):
        if not token.strip():
            continue
        code = vocabulary.code(token)
        if code is None:
            out.add(_norm(token))
        else:
            out.update(k for k, v in vocabulary.lookup.items() if v == code)
    return out


def parse_year(value) -> tuple[int | None, bool]:
    """(year or None, whether the value was usable): None/empty -> (None, True); garbage -> (None, False)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    year = getattr(value, "year", None)
    if isinstance(year, int):
        return year, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, (int, float)):
        if value != value:  # NaN
            return None, True
        return (int(value), True) if float(value).is_integer() and 0 < value < 10000 else (None, False)
    match = re.match(r"^\s*(\d{4})(\D.*)?$", str(value))
    return (int(match.group(1)), True) if match else (None, False)


@dataclass
class Site:
    """One feature of the sites layer, ready to be counted (geometry in EPSG:6933, or None when it has none)."""
    fid: int
    label: str
    geometry: ogr.Geometry | None
    start_year: int | None
    end_year: int | None
    status: str
    attributes: dict[str, str] = field(default_factory=dict)
    issues: list[tuple[str, str, dict]] = field(default_factory=list)  # (level, reason template, values)
    never: bool = False  # never counted (error, or excluded status)
    area_ha: float = 0.0

    def issue(self, level: str, template: str, **values) -> None:
        self.issues.append((level, template, values))

    def counts_in(self, year: int) -> bool:
        return (not self.never and self.start_year is not None and self.start_year <= year
                and (self.end_year is None or self.end_year >= year))


@dataclass
class SiteSet:
    """The sites of one layer; ``layer_name`` names it in messages."""
    sites: list[Site]
    layer_name: str

    def counted(self, year: int) -> list[Site]:
        return [s for s in self.sites if s.counts_in(year)]

    def union(self, year: int) -> ogr.Geometry:
        """Union (EPSG:6933) of the sites counted in ``year``: overlaps count once."""
        return va.union(s.geometry for s in self.counted(year))

    def validation(self, year: int | None, translate=lambda t: t) -> list[tuple]:
        """One row per feature (see :data:`VALIDATION_FIELDS`); ``translate`` maps a reason template to text."""
        rows = []
        for s in self.sites:
            issues = list(s.issues)
            if year is not None and not s.never and s.start_year is not None:
                if s.start_year > year:
                    issues.append((OK, tr_noop("not counted: starts in {start}, after {year}"),
                                   {"start": s.start_year, "year": year}))
                elif s.end_year is not None and s.end_year < year:
                    issues.append((OK, tr_noop("not counted: ended in {end}, before {year}"),
                                   {"end": s.end_year, "year": year}))
            level = max((i[0] for i in issues), key=_RANK.get, default=OK)
            reason = "; ".join(translate(t).format(**v) for _, t, v in issues)
            counted = int(s.counts_in(year)) if year is not None else int(not s.never)
            rows.append((s.fid, s.label, year, counted, level, reason, round(s.area_ha, 6), s.start_year,
                         s.end_year, s.status))
        return rows

    def check_any(self, year: int | None = None) -> None:
        """Refuse a layer without any countable site (in ``year`` when given) with a message saying why."""
        usable = [s for s in self.sites if not s.never]
        if not any(s.geometry is not None for s in self.sites):
            raise InputError(tr_noop("The restoration sites layer {layer} has no polygons. Use a polygon layer with "
                                     "at least one non-empty feature."), layer=self.layer_name)
        if not usable:
            raise InputError(tr_noop("No site of {layer} can be counted: every feature has an error (e.g. no start "
                                     "year) or an excluded status. See the validation table or check the chosen "
                                     "fields."), layer=self.layer_name)
        if year is not None and not self.counted(year):
            first = min(s.start_year for s in usable)
            raise InputError(tr_noop("No site of {layer} is under restoration in {year}: the earliest start year is "
                                     "{first}. Choose a later reporting year or check the start and end years."),
                             layer=self.layer_name, year=year, first=first)


def make_site(fid: int, label: str, wkb: bytes | None, srs: osr.SpatialReference, start, end=None, status=None,
              excluded: set[str] | None = None, vocabulary: StatusVocabulary | None = None,
              attributes: dict[str, str] | None = None, status_given: bool = False, layer_name: str = "") -> Site:
    """A :class:`Site` from raw attribute values, with its year-independent validation issues."""
    geom, repaired = va.clean(va.from_wkb(wkb))
    start_year, start_ok = parse_year(start)
    end_year, end_ok = parse_year(end)
    status_text = "" if status is None or str(status) == "NULL" else str(status).strip()
    site = Site(fid, label, None, start_year, end_year, status_text, dict(attributes or {}))
    if geom is None:
        site.issue(ERROR, tr_noop("empty geometry (no polygon): not counted"))
        site.never = True
    else:
        site.geometry = va.to_ferm(geom, srs, layer_name)
        site.area_ha = va.area_ha(site.geometry)
        if repaired:
            site.issue(WARNING, tr_noop("invalid geometry repaired (counted)"))
    if not start_ok:
        site.issue(ERROR, tr_noop("start year {value} is not a year: not counted"), value=start)
        site.never = True
    elif start_year is None:
        site.issue(ERROR, tr_noop("no start year: not counted"))
        site.never = True
    if not end_ok:
        site.issue(WARNING, tr_noop("end year {value} is not a year: ignored"), value=end)
    elif start_year is not None and end_year is not None and end_year < start_year:
        site.issue(ERROR, tr_noop("end year {end} is before the start year {start}: not counted"), end=end_year,
                   start=start_year)
        site.never = True
    if status_given:
        norm = _norm(status_text)
        if not status_text:
            site.issue(WARNING, tr_noop("no status (counted)"))
        elif excluded and norm in excluded:
            site.issue(WARNING, tr_noop("status {status} is excluded: not counted"), status=status_text)
            site.never = True
        elif vocabulary is not None and vocabulary.code(status_text) is None:
            site.issue(WARNING, tr_noop("unknown status {status} (counted)"), status=status_text)
    return site


# --- areas per disaggregation ----------------------------------------------------------------------------------
TOTAL, ALL, OUTSIDE, NO_VALUE = "total", "(all)", "(outside)", "(none)"
AREA_FIELDS = [("disaggregation", "str"), ("value", "str"), ("year", "int"), ("sites", "int"),
               ("area_under_restoration_ha", "float"), ("inside_degraded_ha", "float"),
               ("degraded_baseline_ha", "float"), ("percent_of_baseline", "float"), ("target_percent", "float"),
               ("remaining_to_target_ha", "float")]
# the degraded baseline as a sample-based estimate (core.estimates): filled on the rows compared with the whole
# baseline (total, activities, restoration types) when an estimate is given, empty otherwise
ESTIMATE_AREA_FIELDS = [("estimated_baseline_ha", "float"), ("estimated_baseline_ci95_ha", "float"),
                        ("percent_of_estimated_baseline", "float")]
AREA_FIELDS = AREA_FIELDS + ESTIMATE_AREA_FIELDS


@dataclass
class ZoneLayer:
    """A disaggregation by polygons: zone value -> union of its features in EPSG:6933."""
    kind: str
    layer_name: str
    zones: dict[str, ogr.Geometry]
    repaired: int = 0
    skipped: int = 0

    def union(self) -> ogr.Geometry:
        return va.union(self.zones.values())


def zone_layer(kind: str, items, srs: osr.SpatialReference, layer_name: str) -> ZoneLayer:
    """Zones from (value, WKB) pairs in ``srs``; features sharing a value are unioned; null values form "(none)"."""
    groups: dict[str, list[ogr.Geometry]] = {}
    repaired = skipped = 0
    for value, wkb in items:
        geom, fixed = va.clean(va.from_wkb(wkb))
        repaired += fixed
        if geom is None:
            skipped += 1
            continue
        groups.setdefault(NO_VALUE if value is None else str(value), []).append(va.to_ferm(geom, srs, layer_name))
    if not groups:
        raise InputError(tr_noop("The zone layer {layer} has no polygons: use a polygon layer with at least one "
                                 "non-empty feature."), layer=layer_name)
    return ZoneLayer(kind, layer_name, {k: va.union(v) for k, v in sorted(groups.items())}, repaired, skipped)


@dataclass
class AreaRow:
    """One row of the area table. ``zone`` bounds the baseline (None: the whole baseline); with ``outside`` the
    baseline is the whole baseline minus ``zone`` (the part of the baseline in no zone of the layer)."""
    disaggregation: str
    value: str
    geometry: ogr.Geometry
    sites: int
    zone: ogr.Geometry | None = None
    outside: bool = False
    restoration_ha: float = 0.0
    inside_ha: float = 0.0
    baseline_ha: float = 0.0

    def as_tuple(self, year: int, target: float, estimate=None) -> tuple:
        """The row of :data:`AREA_FIELDS`; ``estimate`` (a :class:`.estimates.AreaEstimate` of the whole degraded
        baseline) fills the estimated-baseline columns of rows compared with the whole baseline."""
        percent = 100.0 * self.inside_ha / self.baseline_ha if self.baseline_ha > 0 else None
        remaining = max(0.0, target / 100.0 * self.baseline_ha - self.inside_ha)
        est: tuple = (None, None, None)
        if estimate is not None and self.zone is None:
            est = (estimate.estimated_ha, estimate.ci95_ha,
                   100.0 * self.inside_ha / estimate.estimated_ha if estimate.estimated_ha > 0 else None)
        return (self.disaggregation, self.value, year, self.sites, self.restoration_ha, self.inside_ha,
                self.baseline_ha, percent, target, remaining) + est


def _values(text: str | None, split: bool) -> list[str]:
    if text is None or not str(text).strip():
        return [NO_VALUE]
    if not split:
        return [str(text).strip()]
    return sorted({t.strip() for t in re.split(r"[,;|]", str(text)) if t.strip()} or {NO_VALUE}, key=_natural)


def _natural(text: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text) if p)


def disaggregate(counted: list[Site], zone_layers: list[ZoneLayer] = (),
                 attributes: dict[str, bool] | None = None) -> list[AreaRow]:
    """Rows: the total, then each zone value of each zone layer plus "(outside)" (the part in no zone), then each
    value of each site attribute (``{name: split}``; split attributes like activities hold comma-separated codes,
    and a site counts for each of its codes, so those rows may add up to more than the total)."""
    total = va.union(s.geometry for s in counted)
    rows = [AreaRow(TOTAL, ALL, total, len(counted))]
    for layer in zone_layers:
        for name, zone in sorted(layer.zones.items(), key=lambda kv: _natural(kv[0])):
            part = va.intersection(total, zone)
            n = sum(1 for s in counted if va.area_ha(va.intersection(s.geometry, zone)) > 0)
            rows.append(AreaRow(layer.kind, name, part, n, zone))
        everything = layer.union()
        part = va.difference(total, everything)
        n = sum(1 for s in counted if va.area_ha(va.difference(s.geometry, everything)) > 0)
        rows.append(AreaRow(layer.kind, OUTSIDE, part, n, everything, outside=True))
    for name, split in (attributes or {}).items():
        groups: dict[str, list[Site]] = {}
        for s in counted:
            for value in _values(s.attributes.get(name), split):
                groups.setdefault(value, []).append(s)
        for value in sorted(groups, key=_natural):
            rows.append(AreaRow(name, value, va.union(s.geometry for s in groups[value]), len(groups[value])))
    for row in rows:
        row.restoration_ha = va.area_ha(row.geometry)
    return rows


def polygon_baseline(rows: list[AreaRow], degraded: ogr.Geometry) -> None:
    """Fill ``inside_ha`` and ``baseline_ha`` from degraded-land polygons (union, EPSG:6933)."""
    whole = va.area_ha(degraded)
    for row in rows:
        row.inside_ha = va.area_ha(va.intersection(row.geometry, degraded))
        if row.zone is None:
            row.baseline_ha = whole
        else:
            inside_zone = va.area_ha(va.intersection(degraded, row.zone))
            row.baseline_ha = whole - inside_zone if row.outside else inside_zone


def raster_baseline(rows: list[AreaRow], sites: list[Site], raster: RasterInput, codes: list[float],
                    layer_name: str = "", **engine_options) -> None:
    """Fill ``inside_ha`` and ``baseline_ha`` from a categorical raster whose ``codes`` are degraded land (exact
    pixel coverage, :func:`.vector_areas.raster_overlaps`), and flag ``sites`` lying (partly) outside its valid
    pixels (validation warnings; they still count in the area under restoration)."""
    geoms = {f"r{i}": row.geometry for i, row in enumerate(rows)}
    geoms.update({f"z{i}": row.zone for i, row in enumerate(rows) if row.zone is not None})
    geoms.update({f"s{s.fid}": s.geometry for s in sites if s.geometry is not None})
    coded, _valid, per = va.raster_overlaps(raster, codes, geoms, layer_name, **engine_options)
    for i, row in enumerate(rows):
        row.inside_ha = per[f"r{i}"][0] / va.M2_PER_HA
        if row.zone is None:
            row.baseline_ha = coded / va.M2_PER_HA
        else:
            zone = per[f"z{i}"][0] / va.M2_PER_HA
            row.baseline_ha = max(0.0, coded / va.M2_PER_HA - zone) if row.outside else zone
    for s in sites:
        if s.geometry is None or s.area_ha <= 0:
            continue
        share = per[f"s{s.fid}"][1] / va.M2_PER_HA / s.area_ha
        if share < 0.01:
            s.issue(WARNING, tr_noop("outside the baseline extent: no valid baseline pixel under the site"))
        elif share < 0.99:
            s.issue(WARNING, tr_noop("partly outside the baseline extent: {percent}% of the site on valid baseline "
                                     "pixels"), percent=f"{100 * share:.1f}")


def polygon_extent_check(sites: list[Site], degraded: ogr.Geometry) -> None:
    """Flag sites outside the bounding box of the degraded-land polygons (validation warnings)."""
    if degraded.IsEmpty():
        return
    xmin, xmax, ymin, ymax = degraded.GetEnvelope()
    box = va.multipolygon([ogr.CreateGeometryFromWkt(
        f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))")])
    for s in sites:
        if s.geometry is not None and not s.geometry.Intersects(box):
            s.issue(WARNING, tr_noop("outside the baseline extent (the degraded-land polygons)"))


def target_path(years: list[int], baseline_year: int, target_year: int, target_ha: float) -> list[float | None]:
    """Linear path from 0 ha in ``baseline_year`` to ``target_ha`` in ``target_year`` (held after it; None
    before the baseline year)."""
    span = max(1, target_year - baseline_year)
    return [None if y < baseline_year else target_ha * min(1.0, (y - baseline_year) / span) for y in years]
