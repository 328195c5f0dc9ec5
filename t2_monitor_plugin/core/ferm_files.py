"""FERM files: the API payload (.geojson), the upload package (.zip), the GEF template, and reading FERM GeoJSON.

Every file goes to a hidden temporary name in its target folder (:class:`Staging`); only when all of them are
written are they moved into place (``os.replace``), so a failed run leaves nothing half-written. Text is UTF-8
everywhere; shapefiles get a ``.cpg`` saying UTF-8 so non-ASCII site names read back intact.

Upload package (FERM web upload): a zip of ``<stem>.shp/.shx/.dbf/.prj/.cpg`` (EPSG:4326, one (multi)polygon per
site, DBF field names of at most 10 characters: site_name, site_id, area_ha, start_year, ecosystem, activities,
rest_type, tenure, admin0..admin2), ``<stem>.kml`` and ``<stem>.geojson`` (same sites and properties).

GEF template: one (multi)polygon per site with ID_CODE (site id, else the feature id), Site_name, Restor_str
(YYYY/MM/DD: 1 January of the start year, since FERM records years), Restor_end (empty: FERM has no end date),
Restor_eco (GET biome codes), Restor_typ (restoration type label in English), Activities (codes), Area_ha.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from functools import lru_cache

from osgeo import ogr

from .errors import InputError, OutputError, tr_noop
from .ferm import Site, payload_from
from .ferm_import import read_ferm_sites
from .gdal_calls import attempt, call, call_ok
from .output import temp_sibling
from .transaction import os_error, place, remove_quietly, run_transaction
from .vector_areas import srs_of
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

SHP_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
PACKAGE_FIELDS = (("site_name", "siteName", ogr.OFTString), ("site_id", "siteId", ogr.OFTString),
                  ("area_ha", "area", ogr.OFTReal), ("start_year", "startingYear", ogr.OFTInteger),
                  ("ecosystem", "ecosystems", ogr.OFTString), ("activities", "activities", ogr.OFTString),
                  ("rest_type", "restorationType", ogr.OFTInteger), ("tenure", "tenureStatus", ogr.OFTInteger),
                  ("admin0", "admin0", ogr.OFTString), ("admin1", "admin1", ogr.OFTString),
                  ("admin2", "admin2", ogr.OFTString))
GEF_FIELDS = (("ID_CODE", ogr.OFTString), ("Site_name", ogr.OFTString), ("Restor_str", ogr.OFTString),
              ("Restor_end", ogr.OFTString), ("Restor_eco", ogr.OFTString), ("Restor_typ", ogr.OFTString),
              ("Activities", ogr.OFTString), ("Area_ha", ogr.OFTReal))


class Staging:
    """Temporary files next to their targets, moved into place together by :meth:`commit`."""

    def __init__(self):
        self.moves: list[tuple[str, str]] = []
        self.dirs: list[str] = []

    def file(self, path: str) -> str:
        tmp = temp_sibling(path)
        self.moves.append((tmp, os.path.abspath(path)))
        return tmp

    def shapefile(self, path: str) -> str:
        """A temporary .shp in a hidden folder beside ``path``; every sidecar moves on commit."""
        folder, name = os.path.split(os.path.abspath(path))
        stem = os.path.splitext(name)[0]
        tmpdir = tempfile.mkdtemp(prefix=f".{stem}.part-", dir=folder)
        self.dirs.append(tmpdir)
        for ext in SHP_SIDECARS:
            self.moves.append((os.path.join(tmpdir, stem + ext), os.path.join(folder, stem + ext)))
        return os.path.join(tmpdir, stem + ".shp")

    def commit(self) -> None:
        """Move every file into place together (staged until the end of the run in progress)."""
        with run_transaction() as txn:
            for tmp, final in self.moves:
                if os.path.exists(tmp):
                    place(tmp, final)
            for folder in self.dirs:
                txn.add_scratch(folder)  # the shapefile's hidden folder goes once its parts have moved
        self.moves, self.dirs = [], []

    def discard(self) -> None:
        for tmp, _ in self.moves:
            remove_quietly(tmp)
        for folder in self.dirs:
            shutil.rmtree(folder, ignore_errors=True)
        self.moves, self.dirs = [], []


def _fail(path: str, exc: Exception) -> OutputError:
    return OutputError(tr_noop("The file {path} cannot be written ({reason})."), path=path,
                       reason=str(exc).strip())


def write_json(payload: dict, tmp: str) -> None:
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, indent=1)


def _text(value) -> str | None:
    if value is None:
        return None
    return ",".join(str(v) for v in value) if isinstance(value, list) else value


class _ReadBackError(RuntimeError):
    """A vector file was written but does not read back with every feature."""

    def __init__(self, count: int):
        self.count = count
        super().__init__(f"the written file does not read back with {count} features")


def write_vector(sites: list[Site], tmp: str, driver: str, fields, values, options=()) -> None:
    """Sites as (multi)polygons in EPSG:4326 with ``fields`` ((name, type)) filled by ``values(site)``."""
    ds = call(ogr.GetDriverByName(driver).CreateDataSource, tmp)
    layer = call(ds.CreateLayer, os.path.splitext(os.path.basename(tmp))[0].lstrip(".").split(".part-")[0],
                 srs_of("EPSG:4326"), ogr.wkbMultiPolygon, options=list(options))
    for name, kind in fields:
        defn = ogr.FieldDefn(name, kind)
        if kind == ogr.OFTString and driver == "ESRI Shapefile":
            defn.SetWidth(254)
        call_ok(layer.CreateField, defn)
    for site in sites:
        feat = ogr.Feature(layer.GetLayerDefn())
        for (name, _), value in zip(fields, values(site)):
            index = feat.GetFieldIndex(name)
            if index < 0:
                continue
            if value is None:
                feat.SetFieldNull(index)
            else:
                feat.SetField(index, value)
        call_ok(feat.SetGeometry, site.geometry)
        call_ok(layer.CreateFeature, feat)
    ds = None
    check = attempt(ogr.Open, tmp)
    if check is None or check.GetLayer(0).GetFeatureCount() != len(sites):
        raise _ReadBackError(len(sites))


def _package_values(site: Site) -> list:
    return [_text(site.properties.get(key)) if kind == ogr.OFTString else site.properties.get(key)
            for _, key, kind in PACKAGE_FIELDS]


def write_package(sites: list[Site], project: dict, tmp_zip: str, stem: str) -> None:
    """The upload zip (shapefile + KML + GeoJSON of the sites) at ``tmp_zip``."""
    work = tempfile.mkdtemp(prefix="t2m_ferm_")
    try:
        fields = [(name, kind) for name, _, kind in PACKAGE_FIELDS]
        shp = os.path.join(work, stem + ".shp")
        write_vector(sites, shp, "ESRI Shapefile", fields, _package_values, ["ENCODING=UTF-8"])
        write_vector(sites, os.path.join(work, stem + ".kml"), "KML", fields, _package_values)
        write_json(payload_from(sites, project), os.path.join(work, stem + ".geojson"))
        with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in sorted(os.listdir(work)):
                zf.write(os.path.join(work, name), name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _gef_values(site: Site, fid_label: str) -> list:
    props = site.properties
    year = props.get("startingYear")
    rtype = props.get("restorationType")
    label = Vocabularies.load().label(RESTORATION_TYPES, rtype) if rtype is not None else None
    return [props.get("siteId") or fid_label, site.name, f"{year:04d}/01/01" if year else None, None,
            _text(props.get("ecosystems")), label, _text(props.get("activities")), site.area_ha]


def write_outputs(sites: list[Site], project: dict, payload_path: str | None = None,
                  package_path: str | None = None, gef_path: str | None = None) -> dict[str, str]:
    """Write the asked outputs atomically (all or nothing); returns {kind: path}."""
    if not sites:
        raise InputError(tr_noop("No restoration site can be exported: the layer has no valid polygon."))
    staging, written, current = Staging(), {}, ""
    try:
        if payload_path:
            current = payload_path
            write_json(payload_from(sites, project), staging.file(payload_path))
            written["payload"] = payload_path
        if package_path:
            current = package_path
            if not package_path.lower().endswith(".zip"):
                raise OutputError(tr_noop("The upload package {path} must be a .zip file."), path=package_path)
            stem = os.path.splitext(os.path.basename(package_path))[0]
            write_package(sites, project, staging.file(package_path), stem)
            written["package"] = package_path
        if gef_path:
            current = gef_path
            ext = os.path.splitext(gef_path)[1].lower()
            if ext not in (".gpkg", ".shp"):
                raise OutputError(tr_noop("The GEF template {path} must be a .gpkg or .shp file."), path=gef_path)
            tmp = staging.shapefile(gef_path) if ext == ".shp" else staging.file(gef_path)
            write_vector(sites, tmp, "ESRI Shapefile" if ext == ".shp" else "GPKG", GEF_FIELDS,
                         lambda s: _gef_values(s, str(s.fid)), ["ENCODING=UTF-8"] if ext == ".shp" else [])
            written["gef"] = gef_path
        staging.commit()
    except OutputError:
        staging.discard()
        raise
    except _ReadBackError as exc:
        staging.discard()
        raise OutputError(tr_noop("The file {path} was written but does not read back with its {count} "
                                  "features."), path=current, count=exc.count) from exc
    except OSError as exc:
        staging.discard()
        raise os_error(exc, current) from exc
    except RuntimeError as exc:
        staging.discard()
        raise _fail(current, exc) from exc
    except BaseException:
        staging.discard()
        raise
    return written


def read_ferm_geojson(path: str) -> tuple[dict, list[tuple[dict, ogr.Geometry]]]:
    """(project properties, [(site properties, EPSG:4326 geometry)]) of a FERM payload or FERM polygon export
    (:func:`.ferm_import.read_ferm_sites` without the features left out)."""
    project, sites, _ = read_ferm_sites(path)
    return project, sites


IMPORT_FIELDS = (("site_name", "str"), ("site_id", "str"), ("area_ha", "float"), ("starting_year", "int"),
                 ("ecosystems", "str"), ("ecosystems_labels", "str"), ("activities", "str"),
                 ("activities_labels", "str"), ("restoration_type", "int"), ("restoration_type_label", "str"),
                 ("tenure_status", "int"), ("tenure_status_label", "str"), ("admin0", "str"), ("admin1", "str"),
                 ("admin2", "str"), ("project_title", "str"), ("institution_id", "str"),
                 ("project_starting_year", "int"), ("project_restoration_types", "str"),
                 ("project_restoration_types_labels", "str"), ("project_countries", "str"),
                 ("organizations", "str"))
ALIASES = {"siteName": ("siteName", "site_name", "name", "Name"), "siteId": ("siteId", "site_id", "id"),
           "area": ("area", "area_ha"), "startingYear": ("startingYear", "start_year"),
           "ecosystems": ("ecosystems", "ecosystem"), "activities": ("activities",),
           "restorationType": ("restorationType", "rest_type", "restoration_type"),
           "tenureStatus": ("tenureStatus", "tenure"), "admin0": ("admin0",), "admin1": ("admin1",),
           "admin2": ("admin2",)}
LABEL_SEPARATOR = "; "
CODE_CACHE = 10000  # distinct code lists decoded once per run


def _first(props: dict, aliases: tuple):
    for alias in aliases:
        value = props.get(alias)
        if value is not None and value != "":
            return value
    return None


def _int(value):
    if type(value) is int:
        return value
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _label(vocab: Vocabularies, vocabulary: str, code: str, language: str) -> str | None:
    """Vocabulary labels, looked up once per code (a 200,000-site file repeats a few codes)."""
    return vocab.label(vocabulary, code, language)


def _str(value):
    return None if value is None else str(value)


def decode(props: dict, project: dict, vocab: Vocabularies, language: str = "en") -> list:
    """Output row (:data:`IMPORT_FIELDS` order) of one FERM site: codes plus their labels in ``language``."""
    return site_decoder(project, vocab, language)(props)


def site_decoder(project: dict, vocab: Vocabularies, language: str = "en"):
    """A function turning the properties of one site into its output row (see :func:`decode`); the project's columns,
    the same on every row, are decoded once (a 200,000-site file decodes them once, not 200,000 times)."""
    def labels(vocabulary, codes):
        return LABEL_SEPARATOR.join(_label(vocab, vocabulary, c, language) or f"? {c}" for c in codes) or None

    types = split_codes(project.get("restorationTypes"))
    orgs = ["|".join(str(x or "") for x in (
        o.get("name"), vocab.label(ORGANIZATION_ROLES, o.get("role"), language) or o.get("role"),
        vocab.label(ORGANIZATION_TYPES, o.get("type"), language) or o.get("type"), o.get("country")))
        for o in project.get("organizations") or []]
    project_columns = [_str(project.get("title")), _str(project.get("institutionId")),
                       _int(project.get("startingYear")), ",".join(types) or None, labels(RESTORATION_TYPES, types),
                       ",".join(split_codes(project.get("countries"))) or None, LABEL_SEPARATOR.join(orgs) or None]

    def code_label(vocabulary, code):
        return _label(vocab, vocabulary, code, language) if code is not None else None

    cache: dict = {}

    def codes_and_labels(vocabulary, value) -> tuple:
        """(codes joined by commas, their labels) of a list or text of codes; a file repeats a few, decoded once."""
        key = (vocabulary, repr(value))
        found = cache.get(key)
        if found is None:
            codes = split_codes(value)
            found = (",".join(codes) or None, labels(vocabulary, codes))
            if len(cache) < CODE_CACHE:
                cache[key] = found
        return found

    name_of, id_of, area_of, year_of, ecosystems_of, activities_of, rtype_of, tenure_of = (
        ALIASES[k] for k in ("siteName", "siteId", "area", "startingYear", "ecosystems", "activities",
                             "restorationType", "tenureStatus"))

    def row(props: dict) -> list:
        rtype, tenure = _int(_first(props, rtype_of)), _int(_first(props, tenure_of))
        name, site_id, area = _first(props, name_of), _first(props, id_of), _first(props, area_of)
        admin = [props.get(k) for k in ("admin0", "admin1", "admin2")]
        return [None if name is None else str(name), None if site_id is None else str(site_id),
                None if area is None else float(area), _int(_first(props, year_of)),
                *codes_and_labels(BIOMES, _first(props, ecosystems_of)),
                *codes_and_labels(ACTIVITIES, _first(props, activities_of)), rtype,
                code_label(RESTORATION_TYPES, rtype), tenure, code_label(TENURE_STATUSES, tenure),
                *(None if a is None or a == "" else str(a) for a in admin), *project_columns]

    return row
