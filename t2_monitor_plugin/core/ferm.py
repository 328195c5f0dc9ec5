"""Restoration sites to FAO FERM: field mapping, validation and the FERM API payload (DOMAIN.md section 6).

Input records are plain: :class:`FeatureRecord` (feature id, geometry WKB, CRS WKT, attributes). A ``mapping`` says,
for each FERM area field (:data:`FIELDS`), which attribute holds it or which fixed text to use
(:class:`Source`; the field wins, the fixed value fills features whose field is empty).

Per feature (one validation row each, level = the worst of its findings, reasons joined by "; "):

- geometry: empty -> error; no polygon (points, lines) -> error "not a polygon"; invalid -> made valid (OGR
  MakeValid), warning "repaired"; Z/M dropped; reprojected to EPSG:4326;
- site name missing -> warning (the payload names it by its id, or "Site <feature id>");
- start year not a year -> error; codes outside the FERM vocabularies -> error naming the code and the field;
- overlap with another site (more than 1 m2) -> warning naming the other site and the shared area.

Area (ha) as FERM computes it (:mod:`.vector_areas`): union of the valid geometry in EPSG:6933 (from the EPSG:4326
coordinates FERM receives). Payload: a GeoJSON FeatureCollection with the project object under the top-level
"properties" and one **Polygon** feature per site polygon: a multi-part site becomes one feature per part with the
same site properties plus ``part``/``partCount``, its ``area`` is that part's area (the parts of a valid
multipolygon do not overlap, so they add up to the site's area). :func:`.ferm_files.read_ferm_geojson` merges the
parts back by site id and name. With errors present, :func:`build_payload` raises unless ``skip_invalid``: then
the features in error are left out.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from osgeo import ogr

from .errors import InputError, Joined, Message, tr_noop
from .gdal_calls import attempt
from .vector_areas import area_ha, clean, ferm_area_ha, from_wkb, srs_of, to_ferm, transform
from .vocabularies import (
    ACTIVITIES,
    BIOMES,
    ORGANIZATION_ROLES,
    ORGANIZATION_TYPES,
    RESTORATION_TYPES,
    TENURE_STATUSES,
    Vocabularies,
    split_codes,
)

FIELDS = ("SITE_NAME", "SITE_ID", "START_YEAR", "ECOSYSTEMS", "ACTIVITIES", "RESTORATION_TYPE", "TENURE",
          "ADMIN0", "ADMIN1", "ADMIN2")
PAYLOAD_KEYS = {"SITE_NAME": "siteName", "SITE_ID": "siteId", "START_YEAR": "startingYear",
                "ECOSYSTEMS": "ecosystems", "ACTIVITIES": "activities", "RESTORATION_TYPE": "restorationType",
                "TENURE": "tenureStatus", "ADMIN0": "admin0", "ADMIN1": "admin1", "ADMIN2": "admin2"}
VOCABULARY_OF = {"ECOSYSTEMS": BIOMES, "ACTIVITIES": ACTIVITIES, "RESTORATION_TYPE": RESTORATION_TYPES,
                 "TENURE": TENURE_STATUSES}
LIST_FIELDS = ("ECOSYSTEMS", "ACTIVITIES")
OK, WARNING, ERROR = "ok", "warning", "error"
LEVELS = (OK, WARNING, ERROR)
OVERLAP_M2 = 1.0
COORDINATE_PRECISION = 8  # decimal degrees: about 1 mm
PROJECT = "(project)"
# project keys the FERM API needs, with the error given when one is missing (see project_properties)
REQUIRED_PROJECT = (
    ("title", tr_noop("the project has no title; the FERM API payload needs one")),
    ("institutionId", tr_noop("the project has no institution id; the FERM API payload needs one")),
    ("pointsOfContact", tr_noop("the project has no point of contact; the FERM API payload needs at least one")),
)


@dataclass
class FeatureRecord:
    fid: int
    wkb: bytes | None
    crs_wkt: str
    attributes: dict = field(default_factory=dict)


@dataclass
class Source:
    field: str | None = None
    value: str | None = None


@dataclass
class ValidationRow:
    """One feature's (or the project's) validation result. ``reason`` is the English text of ``messages``
    (translatable :class:`Message` objects); show :meth:`translated_reason` to users."""

    fid: int | None
    site_name: str
    level: str
    reason: str
    messages: list = field(default_factory=list, repr=False, compare=False)

    def translated_reason(self, translate=None) -> str:
        if not self.messages:
            return self.reason
        return Joined(self.messages).translated(translate)

    def as_tuple(self, translate=None) -> tuple:
        return self.fid, self.site_name, self.level, self.translated_reason(translate) if translate else self.reason


@dataclass
class Site:
    fid: int
    name: str
    properties: dict
    geometry: ogr.Geometry  # valid 2-D multipolygon in EPSG:4326
    area_ha: float
    part_areas: list[float]


def _record(item) -> FeatureRecord:
    if isinstance(item, FeatureRecord):
        return item
    return FeatureRecord(item["fid"], item.get("wkb"), item.get("crs_wkt", ""), dict(item.get("attributes") or {}))


def _source(item) -> Source:
    if item is None or isinstance(item, Source):
        return item or Source()
    if isinstance(item, dict):
        return Source(item.get("field") or None, item.get("value") or None)
    return Source(field=str(item))


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def mapped_value(attributes: dict, source: Source):
    value = attributes.get(source.field) if source.field else None
    return source.value if _blank(value) else value


def parse_year(value) -> int | None:
    """A year from 2014, 2014.0, a date or text starting with the year ('2014/05/01'); ValueError if none."""
    if _blank(value):
        return None
    if hasattr(value, "year"):
        return int(value.year)
    match = re.match(r"^\s*(\d{4})(\.0+)?(\D.*)?$", str(value))
    if not match or not 1800 <= int(match.group(1)) <= 2100:
        raise ValueError(str(value))
    return int(match.group(1))


def _worst(levels) -> str:
    return max(levels, key=LEVELS.index, default=OK)


def site_values(attributes: dict, mapping: dict, vocab: Vocabularies) -> tuple[dict, list[tuple[str, str]]]:
    """(payload properties of one feature, [(level, reason)]) for the mapped FERM fields."""
    props, findings = {}, []
    for key in FIELDS:
        source = _source(mapping.get(key))
        raw = mapped_value(attributes, source)
        if _blank(raw):
            if key == "START_YEAR" and (source.field or source.value):
                findings.append((WARNING, Message(tr_noop("no start year"))))
            continue
        where = source.field or key
        if key == "START_YEAR":
            try:
                props["startingYear"] = parse_year(raw)
            except ValueError:
                findings.append((ERROR, Message(tr_noop("start year '{value}' in {field} is not a year"),
                                                value=raw, field=where)))
        elif key in VOCABULARY_OF:
            vocabulary = VOCABULARY_OF[key]
            codes = []
            for token in (split_codes(raw) if key in LIST_FIELDS else [str(raw).strip()]):
                code = vocab.code_of(vocabulary, token)
                if code is None:
                    findings.append((ERROR, Message(tr_noop("unknown code '{code}' in {field} (FERM {vocabulary})"),
                                                    code=token, field=where, vocabulary=vocabulary)))
                else:
                    codes.append(code)
            props[PAYLOAD_KEYS[key]] = codes if key in LIST_FIELDS else (codes[0] if codes else None)
        else:
            props[PAYLOAD_KEYS[key]] = str(raw).strip()
    return {k: v for k, v in props.items() if v is not None}, findings


def project_properties(project: dict | None, vocab: Vocabularies,
                       require: bool = False) -> tuple[dict, list[ValidationRow]]:
    """The payload's project object with organisation roles/types and restoration types as codes, plus problems.

    ``require``: the project goes to the FERM API (payload, publication), so a missing title, institution id or
    point of contact is an error (the upload package and the GEF template do not carry the project)."""
    project = dict(project or {})
    rows, out = [], {}

    def error(template, **values):
        message = Message(template, **values)
        rows.append(ValidationRow(None, PROJECT, ERROR, str(message), [message]))

    if require:
        for key, template in REQUIRED_PROJECT:
            value = project.get(key)
            if _blank(value) if key != "pointsOfContact" else not any(c for c in value or []):
                error(template)

    for key in ("institutionId", "title"):
        if not _blank(project.get(key)):
            out[key] = str(project[key]).strip()
    if not _blank(project.get("startingYear")):
        try:
            out["startingYear"] = parse_year(project["startingYear"])
        except ValueError:
            error(tr_noop("project starting year '{value}' is not a year"), value=project["startingYear"])
    types = []
    for token in split_codes(project.get("restorationTypes")):
        code = vocab.code_of(RESTORATION_TYPES, token)
        if code is None:
            error(tr_noop("unknown code '{code}' in the project restoration types (FERM {vocabulary})"),
                  code=token, vocabulary=RESTORATION_TYPES)
        else:
            types.append(code)
    if types:
        out["restorationTypes"] = types
    contacts = [c for c in project.get("pointsOfContact") or [] if c]
    for contact in contacts:
        email = str(contact.get("email") or "")
        if email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
            error(tr_noop("'{email}' is not an e-mail address (point of contact {name})"), email=email,
                  name=contact.get("name"))
    if contacts:
        out["pointsOfContact"] = [{"name": str(c.get("name") or ""), "email": str(c.get("email") or "")}
                                  for c in contacts]
    organizations = []
    for org in project.get("organizations") or []:
        item = {"name": str(org.get("name") or "").strip()}
        for key, vocabulary in (("role", ORGANIZATION_ROLES), ("type", ORGANIZATION_TYPES)):
            if not _blank(org.get(key)):
                code = vocab.organization_code(vocabulary, org[key])
                if code is None:
                    error(tr_noop("unknown organization {key} '{value}' for {name} (FERM {vocabulary})"), key=key,
                          value=org[key], name=item["name"], vocabulary=vocabulary)
                item[key] = code
        if not _blank(org.get("country")):
            item["country"] = str(org["country"]).strip().upper()
        organizations.append(item)
    if organizations:
        out["organizations"] = organizations
    countries = [c.upper() for c in split_codes(project.get("countries"))]
    if not countries and not _blank(project.get("country")):
        countries = [str(project["country"]).strip().upper()]
    for country in countries + [o["country"] for o in organizations if "country" in o]:
        if not re.match(r"^[A-Z]{2}$", country):
            error(tr_noop("'{country}' is not an ISO 3166-1 alpha-2 country code"), country=country)
    if countries:
        out["countries"] = countries
        out["country"] = str(project.get("country") or countries[0]).strip().upper()
    return out, rows


def prepare(features, mapping: dict, project: dict | None = None, vocab: Vocabularies | None = None,
            require_project: bool = False) -> tuple[list[Site], list[ValidationRow], dict]:
    """(sites without errors, one validation row per feature plus project rows, project object);
    ``require_project``: see :func:`project_properties`."""
    vocab = vocab or Vocabularies.load()
    wgs84 = srs_of("EPSG:4326")
    project_props, project_rows = project_properties(project, vocab, require_project)
    candidates = []
    for item in features:
        rec = _record(item)
        if not rec.crs_wkt:
            raise InputError(tr_noop("The restoration sites have no coordinate reference system. Assign the layer a "
                                     "CRS and try again."))
        props, findings = site_values(rec.attributes, mapping, vocab)
        name = props.get("siteName")
        if name is None:
            name = props.get("siteId") or f"Site {rec.fid}"
            findings.append((WARNING, Message(tr_noop("no site name: named '{name}'"), name=name)))
            props["siteName"] = name
        geom, original = None, from_wkb(rec.wkb)
        if original is None or original.IsEmpty():
            findings.append((ERROR, Message(tr_noop("empty geometry"))))
        else:
            cleaned, repaired = clean(original)
            if cleaned is None:
                kind = ogr.GeometryTypeToName(ogr.GT_Flatten(original.GetGeometryType()))
                findings.append((ERROR, Message(tr_noop("no polygon left after repair")) if repaired else
                                 Message(tr_noop("not a polygon ({kind})"), kind=kind)))
            else:
                if repaired:
                    findings.append((WARNING, Message(tr_noop("repaired (made valid)"))))
                geom = transform(cleaned, srs_of(rec.crs_wkt), wgs84)
                if geom.IsEmpty():
                    geom = None
                    findings.append((ERROR, Message(tr_noop("empty geometry"))))
        candidates.append([rec, name, props, geom, findings])
    _flag_overlaps([c for c in candidates if c[3] is not None])
    rows, sites = list(project_rows), []
    for rec, name, props, geom, findings in candidates:
        level = _worst(level for level, _ in findings)
        messages = [m for _, m in findings]
        rows.append(ValidationRow(rec.fid, name, level, str(Joined(messages)), messages))
        if level != ERROR:
            projected = to_ferm(geom, wgs84)
            part_areas = [area_ha(projected.GetGeometryRef(i)) for i in range(projected.GetGeometryCount())]
            props["area"] = area_ha(projected)
            sites.append(Site(rec.fid, name, props, geom, props["area"], part_areas))
    return sites, rows, project_props


def _flag_overlaps(candidates) -> None:
    wgs84 = srs_of("EPSG:4326")
    boxes = [c[3].GetEnvelope() for c in candidates]
    for i, a in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            b, (ax0, ax1, ay0, ay1), (bx0, bx1, by0, by1) = candidates[j], boxes[i], boxes[j]
            if ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0 or not a[3].Intersects(b[3]):
                continue
            shared = a[3].Intersection(b[3])
            m2 = area_ha(to_ferm(shared, wgs84)) * 1e4 if shared is not None and not shared.IsEmpty() else 0.0
            if m2 > OVERLAP_M2:
                for one, other in ((a, b), (b, a)):
                    one[4].append((WARNING, Message(tr_noop("overlaps {site} ({area:.2f} ha; FERM counts it once)"),
                                                    site=other[1], area=m2 / 1e4)))


def validate(features, mapping: dict, project: dict | None = None, vocab: Vocabularies | None = None,
             require_project: bool = False) -> list[ValidationRow]:
    """One :class:`ValidationRow` per feature (level ok/warning/error) plus one per project problem."""
    return prepare(features, mapping, project, vocab, require_project)[1]


def errors_of(rows: list[ValidationRow]) -> list[ValidationRow]:
    return [r for r in rows if r.level == ERROR]


def check_errors(rows: list[ValidationRow], skip_invalid: bool, where: str = "") -> None:
    """Raise a clear :class:`InputError` when errors remain (project errors are never skipped)."""
    errors = [r for r in errors_of(rows) if not skip_invalid or r.fid is None]
    if not errors:
        return
    listed = Joined([Message(tr_noop("{site}: {problems}"), site=r.site_name, problems=Joined(r.messages or [r.reason]))
                     for r in errors[:5]] + (["..."] if len(errors) > 5 else []))
    raise InputError(tr_noop("{count} problem(s) stop the FERM export: {problems}. See the validation table "
                             "{where} for every feature, fix them, or skip invalid features."),
                     count=len(errors), problems=listed, where=where)


def geometry_json(geom: ogr.Geometry) -> dict:
    return json.loads(geom.ExportToJson([f"COORDINATE_PRECISION={COORDINATE_PRECISION}"]))


def site_features(site: Site) -> list[dict]:
    """The Polygon features of one site (one per part; parts carry ``part`` and ``partCount``)."""
    count = site.geometry.GetGeometryCount()
    features = []
    for i in range(count):
        props = dict(site.properties)
        if count > 1:
            props.update(area=site.part_areas[i], part=i + 1, partCount=count)
        features.append({"type": "Feature", "properties": props,
                         "geometry": geometry_json(site.geometry.GetGeometryRef(i))})
    return features


def payload_from(sites: list[Site], project_props: dict) -> dict:
    return {"type": "FeatureCollection", "properties": project_props,
            "features": [f for site in sites for f in site_features(site)]}


def build_payload(features, mapping: dict, project: dict | None = None, skip_invalid: bool = False,
                  vocab: Vocabularies | None = None) -> dict:
    """The FERM API payload (GeoJSON FeatureCollection, EPSG:4326) of the sites; raises on errors (see module),
    including a project without title, institution id or point of contact."""
    sites, rows, project_props = prepare(features, mapping, project, vocab, require_project=True)
    check_errors(rows, skip_invalid)
    if not sites:
        raise InputError(tr_noop("No restoration site can be exported: the layer has no valid polygon."))
    return payload_from(sites, project_props)


def parse_contacts(text: str) -> list[dict]:
    """'Ana Pérez <ana@example.org>; Luis <luis@x.pe>' -> [{name, email}, ...]."""
    contacts = []
    for item in str(text or "").split(";"):
        if not item.strip():
            continue
        match = re.match(r"^\s*(.*?)\s*<\s*([^>]*)\s*>\s*$", item)
        name, email = (match.group(1), match.group(2).strip()) if match else (item.strip(), "")
        if not match and "@" in name and " " not in name:
            name, email = "", name
        contacts.append({"name": name, "email": email})
    return contacts


def parse_organizations(text: str) -> list[dict]:
    """'name|role|type|country; ...' (role and type as text or code) -> [{name, role, type, country}]."""
    organizations = []
    for item in str(text or "").split(";"):
        if not item.strip():
            continue
        parts = [p.strip() for p in item.split("|")] + ["", "", ""]
        organizations.append({"name": parts[0], "role": parts[1] or None, "type": parts[2] or None,
                              "country": parts[3] or None})
    return organizations


def area_of_payload(payload: dict) -> float:
    """FERM area (ha) of every feature of a payload together: union in EPSG:6933."""
    return ferm_area_ha([attempt(ogr.CreateGeometryFromJson, json.dumps(f["geometry"]))
                         for f in payload.get("features", []) if f.get("geometry")], srs_of("EPSG:4326"))


__all__ = ["FeatureRecord", "Source", "ValidationRow", "Site", "build_payload", "validate", "prepare",
           "payload_from", "parse_contacts", "parse_organizations", "check_errors"]
