"""Reading FERM GeoJSON (an API payload or a FERM polygon export) and FERM project JSON files, hostile files included.

Every problem is an :class:`InputError` naming the file and the feature number (1-based, in file order) or the
project key, never a traceback: not JSON or not UTF-8 (with the line), an empty file, ``features`` that is not a list,
features that are not objects, ``properties`` that are not objects, part counts, codes and years that are not whole
numbers (strings of digits such as ``"2"`` are read as numbers; values beyond 32-bit integers are refused), areas that
are not numbers, geometries that are not GeoJSON objects or of an unknown type, coordinates that cannot be read or lie
beyond longitude +-180 / latitude +-90 (FERM GeoJSON is EPSG:4326). Valid GeoJSON geometries that are not polygons
(points, lines) are left out and their feature numbers reported.
"""
from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import struct
import sys
from array import array

from osgeo import ogr

from .errors import Cancelled, InputError, Message, tr_noop
from .ferm import parse_year
from .tables_io import read_json

INT32_MAX = 2**31 - 1
POLYGON_TYPES = ("Polygon", "MultiPolygon")
OTHER_GEOJSON_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection")
DEGREE_TOLERANCE = 1e-9
CODE_KEYS = ("restorationType", "rest_type", "restoration_type", "tenureStatus", "tenure", "part", "partCount")
YEAR_KEYS = ("startingYear", "start_year")
AREA_KEYS = ("area", "area_ha")
LIST_KEYS = ("ecosystems", "ecosystem", "activities", "restorationTypes", "countries")
CHECKED_KEYS = frozenset(CODE_KEYS + YEAR_KEYS + AREA_KEYS + LIST_KEYS + ("organizations", "pointsOfContact"))
KINDS = {dict: tr_noop("an object"), list: tr_noop("a list"), str: tr_noop("a text"), bool: tr_noop("true or false"),
         int: tr_noop("a number"), float: tr_noop("a number"), type(None): tr_noop("null")}


def kind_of(value) -> Message:
    """What a JSON value is, for messages (``a list``, ``a text``...; translatable)."""
    return Message(KINDS.get(type(value), tr_noop("a value")))


def feature_at(source: str, number: int) -> Message:
    return Message(tr_noop("{source}, feature {number}"), source=source, number=number)


def whole(value, where, key: str):
    """A whole number within 32 bits from a JSON value (``2``, ``2.0``, ``"2"``); None when blank."""
    if type(value) is int and -INT32_MAX <= value <= INT32_MAX:  # the common case, checked first
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip()) if not value.strip().lstrip("+-").isdigit() else int(value.strip())
        except ValueError:
            number = None
    if number is None or (isinstance(number, float) and not (math.isfinite(number) and number.is_integer())):
        raise InputError(tr_noop("{where}: {key} is {value}, not a whole number."), where=where, key=key,
                         value=_shown(value))
    if abs(int(number)) > INT32_MAX:
        raise InputError(tr_noop("{where}: {key} is {value}, too large for a FERM code or count (at most {max})."),
                         where=where, key=key, value=_shown(value), max=INT32_MAX)
    return int(number)


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _check_scalar(value, where, key: str) -> None:
    if isinstance(value, (dict, list)):
        raise InputError(tr_noop("{where}: {key} must be a text or a number, not {kind}."), where=where, key=key,
                         kind=kind_of(value))


def check_properties(props: dict, where) -> dict:
    """The properties of one site (or the project) with codes, years and areas checked; numbers given as text of
    digits become numbers."""
    out = dict(props)
    for key in CHECKED_KEYS.intersection(props):
        value = props[key]
        if key in CODE_KEYS:
            out[key] = whole(value, where, key)
        elif key in YEAR_KEYS:
            out[key] = _year(value, where, key)
        elif key in AREA_KEYS:
            out[key] = _area(value, where, key)
        elif key in LIST_KEYS:
            items = value if isinstance(value, list) else [value]
            if not _SCALARS.issuperset(map(type, items)):
                for item in items:
                    _check_scalar(item, where, key)
        else:  # organizations, pointsOfContact
            if value is not None and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
                raise InputError(tr_noop("{where}: {key} must be a list of objects, not {kind}."), where=where,
                                 key=key, kind=kind_of(value))
            for item in value or []:
                for k, v in item.items():
                    _check_scalar(v, where, f"{key}.{k}")
    return out


def _year(value, where, key):
    if type(value) is int and 1800 <= value <= 2100:
        return value
    try:
        if isinstance(value, (dict, list, bool)):
            raise ValueError(str(value))
        return parse_year(value)
    except ValueError:
        raise InputError(tr_noop("{where}: {key} is {value}, not a year."), where=where, key=key,
                         value=_shown(value)) from None


def _area(value, where, key):
    if type(value) is float and 0 <= value < math.inf:  # the common case, checked first
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value) if not isinstance(value, (bool, dict, list)) else float("nan")
    except ValueError:
        number = float("nan")
    if not (math.isfinite(number) and number >= 0):
        raise InputError(tr_noop("{where}: {key} is {value}, not an area in hectares (a number, 0 or more)."),
                         where=where, key=key, value=_shown(value))
    return number


def geometry_of(geom, where) -> tuple[list[bytes] | None, bool]:
    """(polygons as 2D WKB, is_polygon) of a feature's GeoJSON geometry (None for a null geometry; an empty list for
    points and lines, with is_polygon False); :class:`InputError` when malformed.

    The WKB is built straight from the parsed coordinates (no re-encoding to JSON, no OGR round trip per feature):
    positions are [longitude, latitude] pairs of JSON numbers; a third coordinate (height) is dropped, FERM sites are
    2D. Unclosed rings are kept as given, as OGR's GeoJSON reader does.
    """
    if geom is None:
        return None, True
    if not isinstance(geom, dict):
        raise InputError(tr_noop("{where}: the geometry must be a GeoJSON geometry object, not {kind}."), where=where,
                         kind=kind_of(geom))
    gtype = geom.get("type")
    coords = geom.get("coordinates")
    if gtype == "Polygon":
        polygons = [coords]
    elif gtype == "MultiPolygon":
        polygons = coords
    elif gtype in OTHER_GEOJSON_TYPES:
        return [], False
    else:
        raise InputError(tr_noop("{where}: the geometry type {type} is not a GeoJSON polygon (Polygon or "
                                 "MultiPolygon)."), where=where, type=_shown(gtype))
    if type(polygons) is not list or not polygons:
        raise _unreadable(where, gtype)
    parts = []
    box = [math.inf, -math.inf, math.inf, -math.inf]
    for polygon in polygons:
        if type(polygon) is not list or not polygon:
            raise _unreadable(where, gtype)
        rings = []
        for ring in polygon:
            if type(ring) is not list or len(ring) < 4:
                raise InputError(tr_noop("{where}: a ring of the {type} has fewer than 4 positions (a closed ring "
                                         "repeats its first position at the end)."), where=where, type=gtype)
            rings.append(_ring_wkb(ring, where, gtype, box))
        parts.append(_POLYGON_HEADER + _COUNT.pack(len(rings)) + b"".join(rings))
    xmin, xmax, ymin, ymax = box
    if not (max(-xmin, xmax) <= 180 + DEGREE_TOLERANCE and max(-ymin, ymax) <= 90 + DEGREE_TOLERANCE):  # inf too
        raise InputError(tr_noop("{where}: the coordinates reach longitude {xmin} to {xmax}, latitude {ymin} to "
                                 "{ymax}; FERM GeoJSON is in EPSG:4326 (longitude -180 to 180, latitude -90 to 90). "
                                 "Reproject the file to EPSG:4326 first."), where=where, xmin=f"{xmin:.8g}",
                         xmax=f"{xmax:.8g}", ymin=f"{ymin:.8g}", ymax=f"{ymax:.8g}")
    return parts, True


_POLYGON_HEADER = struct.pack("<BI", 1, 3)  # little-endian WKB polygon
_MULTIPOLYGON_HEADER = struct.pack("<BI", 1, 6)
_COUNT = struct.Struct("<I")
_SWAP = sys.byteorder != "little"  # array("d") holds native doubles
_NUMBERS = frozenset((int, float))  # JSON numbers (bool is refused, as OGR's reader does)


def _unreadable(where, gtype) -> InputError:
    return InputError(tr_noop("{where}: the coordinates of the {type} cannot be read (rings of [longitude, "
                              "latitude] number pairs are expected)."), where=where, type=gtype)


def _ring_wkb(ring: list, where, gtype: str, box: list) -> bytes:
    """WKB of one ring (point count + x y pairs); ``box`` (xmin, xmax, ymin, ymax) grown to include it."""
    try:
        flat = [c for position in ring for c in position[:2]]
    except (TypeError, KeyError):  # a position that is a number, null or an object
        raise _unreadable(where, gtype) from None
    if len(flat) != 2 * len(ring) or not _NUMBERS.issuperset(map(type, flat)):
        raise _unreadable(where, gtype)
    try:
        values = array("d", flat)
    except OverflowError:  # an integer too large for a double
        raise _unreadable(where, gtype) from None
    if _SWAP:
        values.byteswap()
    xs, ys = flat[0::2], flat[1::2]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if x0 < box[0]:
        box[0] = x0
    if x1 > box[1]:
        box[1] = x1
    if y0 < box[2]:
        box[2] = y0
    if y1 > box[3]:
        box[3] = y1
    return _COUNT.pack(len(ring)) + values.tobytes()


def multipolygon_wkb(parts: list[bytes]) -> bytes:
    """ISO WKB of a multipolygon made of polygon WKBs (as :func:`geometry_of` returns them)."""
    return _MULTIPOLYGON_HEADER + _COUNT.pack(len(parts)) + b"".join(parts)


def read_ferm_sites(path: str, is_cancelled=None, as_wkb: bool = False) -> tuple[dict, list[tuple[dict, object]],
                                                                                  list[int]]:
    """(project properties, [(site properties, EPSG:4326 geometry)], numbers of the features left out because their
    geometry is not a polygon) of a FERM payload or FERM polygon export.

    Geometries are OGR geometries (a polygon, or a multipolygon for several parts), or with ``as_wkb`` the 2D ISO WKB
    of a multipolygon (what a polygon layer stores; fast for files of 100,000s of sites); None when a feature has no
    geometry. Parts written as separate features (``part``/``partCount``) are merged back into one multipolygon per
    site (matched by site id, name and part count); their areas add up. ``is_cancelled`` is polled every 1,000
    features.
    """
    with paused_gc():
        return _read_ferm_sites(path, is_cancelled, as_wkb)


@contextlib.contextmanager
def paused_gc():
    """Python's cycle collector paused while a large JSON document is parsed and walked: it would otherwise scan the
    millions of lists and dicts of a 200,000-feature file again and again (about three quarters of the time of
    ``json.load`` alone). Reference counting still frees everything; the collector is resumed as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_ferm_sites(path: str, is_cancelled, as_wkb: bool):
    data = read_json(path)
    name = os.path.basename(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(tr_noop("{path} is not a GeoJSON FeatureCollection (a FERM payload or polygon export)."),
                         path=path)
    features = data.get("features")
    if features is None:
        features = []
    if not isinstance(features, list):
        raise InputError(tr_noop("{path}: 'features' must be a list of GeoJSON features, not {kind}."), path=name,
                         kind=kind_of(features))
    project = data.get("properties")
    if project is not None and not isinstance(project, dict):
        raise InputError(tr_noop("{path}: the top-level 'properties' (the FERM project) must be an object, not "
                                 "{kind}."), path=name, kind=kind_of(project))
    project = check_properties(project or {}, Message(tr_noop("{source}, project properties"), source=name))
    sites, left_out = _sites(features, name, is_cancelled)
    del data, features
    if as_wkb:
        return project, [(props, multipolygon_wkb(parts) if parts else None) for props, parts in sites], left_out
    return project, [(props, _ogr_geometry(parts)) for props, parts in sites], left_out


def _ogr_geometry(parts: list[bytes] | None):
    if not parts:  # no geometry (a site whose parts all have none)
        return None
    return ogr.CreateGeometryFromWkb(parts[0] if len(parts) == 1 else multipolygon_wkb(parts))


def _sites(features: list, name: str, is_cancelled) -> tuple[list, list[int]]:
    sites, merged, left_out = [], {}, []
    for number, feature in enumerate(features, 1):
        if is_cancelled is not None and number % 1000 == 0 and is_cancelled():
            raise Cancelled()
        where = feature_at(name, number)
        if not isinstance(feature, dict):
            raise InputError(tr_noop("{where}: a GeoJSON Feature object is expected, not {kind}."), where=where,
                             kind=kind_of(feature))
        props = feature.get("properties")
        if props is not None and not isinstance(props, dict):
            raise InputError(tr_noop("{where}: 'properties' must be an object (names and values), not {kind}."),
                             where=where, kind=kind_of(props))
        props = check_properties(props or {}, where)
        parts, is_polygon = geometry_of(feature.get("geometry"), where)
        if not is_polygon:
            left_out.append(number)
            continue
        count = props.get("partCount") or 1
        if count <= 1:
            sites.append((props, parts))
            continue
        key = (str(props.get("siteId")), str(props.get("siteName")), count)
        if key not in merged:
            props.pop("part", None)
            props.pop("partCount", None)
            merged[key] = (props, [])
            sites.append(merged[key])
        else:
            merged[key][0]["area"] = (merged[key][0].get("area") or 0) + (props.get("area") or 0)
        merged[key][1].extend(parts or [])
    return sites, left_out


def read_project_json(path: str) -> dict:
    """The FERM project object of a project JSON file (an object, or a GeoJSON whose ``properties`` is one), with
    its keys checked like a payload's project properties."""
    data = read_json(path)
    name = os.path.basename(path)
    if isinstance(data, dict) and isinstance(data.get("properties"), dict):
        data = data["properties"]
    if not isinstance(data, dict):
        raise InputError(tr_noop("The project file {path} must hold a JSON object, not {kind}."), path=name,
                         kind=kind_of(data))
    for key in ("title", "institutionId", "country"):
        if key in data:
            _check_scalar(data[key], Message(tr_noop("{source}, key {key}"), source=name, key=key), key)
    return check_properties(data, name)
