"""Polygon areas the way FAO FERM computes them: area of the union of valid geometries in EPSG:6933, in hectares.

Method (FERM's own): every polygon is made valid (OGR ``MakeValid``; non-polygon parts dropped), its vertices are
reprojected to EPSG:6933 (WGS 84 / NSIDC EASE-Grid 2.0 Global, a cylindrical equal-area projection on the WGS 84
ellipsoid), the polygons are unioned (``UnionCascaded``) so overlaps count once, and the planar area of the union
is the area on the ellipsoid. Edges are not densified: like FERM, each edge is straight between reprojected vertices
(for sites of a few km the difference to densified edges is far below 0.01 %).

:func:`.areas.geometry_area_m2` (densified, Lambert azimuthal equal-area centred on the geometry) is an independent
ellipsoidal check: the two agree within 0.1 % for site-sized polygons at any latitude (see tests). EPSG:6933's
area of use is 86 S to 86 N.

:func:`raster_overlaps` measures polygons against a categorical raster (e.g. the degraded -1 pixels of SDG 15.3.1)
with *exact* pixel coverage: :class:`.zones.ZoneSet` gives the fraction of every pixel each polygon covers and
:class:`.areas.PixelAreas` the true area of the pixel, so a polygon's share of a pixel counts ``fraction x pixel
area``. The result equals a pure vector computation (polygon intersected with the vectorised pixels) up to the
difference between the projected polygon edges and the pixel edges, far below 1 % when polygons are much larger
than pixels (tests).
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from osgeo import ogr, osr

from . import cancel, engine
from .areas import PixelAreas, polygon_parts
from .errors import InputError, tr_noop
from .gdal_calls import attempt, call, call_ok
from .rasters import RasterInput, describe
from .zone_cover import weighted_sums
from .zones import ZoneSet

FERM_EPSG = 6933
M2_PER_HA = 1e4
CHUNK_PIXELS = 2**19
"""Pixels per strip in :func:`raster_overlaps` (bounds the kernel's float64 temporaries to a few MB)."""
MANY_POLYGONS = 256
"""Polygons meeting one strip of :func:`raster_overlaps` above which they are summed all at once
(:func:`.zone_cover.weighted_sums`) rather than one window each."""


def srs_of(crs: str | osr.SpatialReference) -> osr.SpatialReference:
    """An OSR spatial reference (traditional x=east axis order) from WKT / 'EPSG:n' / an existing one."""
    if isinstance(crs, osr.SpatialReference):
        srs = crs.Clone()
    else:
        srs = osr.SpatialReference()
        call_ok(srs.SetFromUserInput, crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def ferm_srs() -> osr.SpatialReference:
    return srs_of(f"EPSG:{FERM_EPSG}")


def multipolygon(parts: Iterable[ogr.Geometry]) -> ogr.Geometry:
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        multi.AddGeometry(part)
    return multi


def clean(geom: ogr.Geometry | None) -> tuple[ogr.Geometry | None, bool]:
    """(valid 2-D multipolygon or None when there is no polygon, whether it had to be repaired)."""
    if geom is None or geom.IsEmpty():
        return None, False
    geom = geom.Clone()
    geom.FlattenTo2D()
    parts = polygon_parts(geom)
    if not parts:
        return None, False
    multi = multipolygon(parts)
    if multi.IsValid():
        return multi, False
    parts = polygon_parts(call(multi.MakeValid))
    if not parts:
        return None, True
    return union(parts), True


def from_wkb(wkb: bytes | None) -> ogr.Geometry | None:
    return attempt(ogr.CreateGeometryFromWkb, bytes(wkb)) if wkb else None


def transform(geom: ogr.Geometry, source: osr.SpatialReference, target: osr.SpatialReference,
              layer_name: str = "") -> ogr.Geometry:
    """A copy of ``geom`` with its vertices reprojected (no densification) and made valid again if needed."""
    out = geom.Clone()
    if not source.IsSame(target):
        try:
            call_ok(out.Transform, call(osr.CoordinateTransformation, source, target))
        except RuntimeError as exc:
            raise InputError(tr_noop("The polygons of {layer} cannot be reprojected to {target} ({error}). Check "
                                     "the layer's coordinate reference system."), layer=layer_name,
                             target=target.GetName(), error=str(exc)) from exc
        if not out.IsValid():
            out = multipolygon(polygon_parts(call(out.MakeValid)))
    return out


def to_ferm(geom: ogr.Geometry, srs: osr.SpatialReference, layer_name: str = "") -> ogr.Geometry:
    """``geom`` (valid polygons in ``srs``) in EPSG:6933."""
    return transform(geom, srs, ferm_srs(), layer_name)


def union(geoms: Iterable[ogr.Geometry | None]) -> ogr.Geometry:
    """Union (a valid multipolygon, possibly empty) of polygon geometries in one CRS; overlaps count once."""
    parts = [p for g in geoms if g is not None for p in polygon_parts(g)]
    if not parts:
        return ogr.Geometry(ogr.wkbMultiPolygon)
    merged = call(multipolygon(parts).UnionCascaded) if len(parts) > 1 else parts[0]
    return multipolygon(polygon_parts(merged))


def intersection(a: ogr.Geometry, b: ogr.Geometry) -> ogr.Geometry:
    """Polygonal intersection of two geometries in one CRS (empty multipolygon when they do not overlap)."""
    if a.IsEmpty() or b.IsEmpty() or not a.Intersects(b):
        return ogr.Geometry(ogr.wkbMultiPolygon)
    return multipolygon(polygon_parts(call(a.Intersection, b)))


def difference(a: ogr.Geometry, b: ogr.Geometry) -> ogr.Geometry:
    """Polygonal part of ``a`` outside ``b`` (one CRS)."""
    if a.IsEmpty() or b.IsEmpty() or not a.Intersects(b):
        return a.Clone()
    return multipolygon(polygon_parts(call(a.Difference, b)))


def area_ha(geom_6933: ogr.Geometry) -> float:
    """Area (ha) of polygons given in EPSG:6933 (planar area of an equal-area projection)."""
    return sum(p.GetArea() for p in polygon_parts(geom_6933)) / M2_PER_HA if geom_6933 is not None else 0.0


def ferm_area_ha(geoms: Iterable[ogr.Geometry], srs: osr.SpatialReference) -> float:
    """FERM area (ha) of a set of polygons given in ``srs``: union of the valid geometries in EPSG:6933."""
    cleaned = [clean(g)[0] for g in geoms]
    return area_ha(union(to_ferm(g, srs) for g in cleaned if g is not None))


def parse_codes(text: str, parameter: str = "") -> list[float]:
    """Class codes from a comma-separated list ("-1" or "1, 2, 5")."""
    codes = []
    for token in str(text or "").replace(";", ",").split(","):
        if not token.strip():
            continue
        try:
            codes.append(float(token))
        except ValueError as exc:
            raise InputError(tr_noop("{value} in {parameter} is not a number: give comma-separated class codes "
                                     "such as -1 or 1,2,5."), value=token.strip(), parameter=parameter) from exc
    if not codes:
        raise InputError(tr_noop("Give at least one class code in {parameter} (e.g. -1)."), parameter=parameter)
    return codes


def raster_overlaps(raster: RasterInput, codes: list[float], geoms: dict[str, ogr.Geometry],
                    layer_name: str = "", **engine_options) -> tuple[float, float, dict[str, tuple[float, float]]]:
    """Areas (m^2) of a categorical raster's ``codes`` overall and under each polygon (EPSG:6933).

    Returns (area of the coded pixels, valid area of the raster, {key: (coded area under the polygon, valid-pixel
    area under the polygon)}); keys of empty polygons or of polygons missing the raster get (0, 0). Raises
    :class:`InputError` when no polygon overlaps the raster.
    """
    raster.bands = raster.bands or [1]
    grid = describe(raster).grid
    items = [(key, g.ExportToIsoWkb()) for key, g in geoms.items() if g is not None and not g.IsEmpty()]
    try:
        zones = ZoneSet.from_wkb(items, ferm_srs().ExportToWkt(), grid, layer_name,
                                 is_cancelled=engine_options.get("is_cancelled")) if items else None
    except InputError:
        zones = None
    if zones is None or all(zones.window(i) is None for i in range(len(zones))):
        raise InputError(tr_noop("None of the polygons of {layer} overlaps the baseline raster {raster}. Check that "
                                 "the sites and the raster cover the same area."), layer=layer_name,
                         raster=raster.name)
    areas = PixelAreas(grid, layer_name=raster.name)
    wanted = np.asarray(codes, dtype=float)
    sums = {"coded": 0.0, "valid": 0.0}

    def kernel(block: engine.Block):
        # strip by strip: temporaries stay of strip size whatever the block size. A strip met by few polygons
        # computes each on its own window only (a small site costs its window, not the strip); one met by many
        # (parcels, municipalities) takes all of them at once from the zone layout
        out = {"coded": 0.0, "valid": 0.0}
        step = max(1, min(block.rows, CHUNK_PIXELS // max(block.cols, 1)))
        c0, c1 = block.col0, block.col0 + block.cols
        for a in range(0, block.rows, step):
            cancel.check()
            r0, r1 = block.row0 + a, block.row0 + min(block.rows, a + step)
            valid = block.mask[a:a + step]
            pix = areas.block(r0, c0, r1 - r0, block.cols)
            coded_area = np.where(valid & np.isin(block.data[0][0][a:a + step], wanted), pix, 0.0)
            valid_area = np.where(valid, pix, 0.0)
            out["coded"] += float(coded_area.sum())
            out["valid"] += float(valid_area.sum())
            hit = zones.meeting(r0, c0, r1 - r0, block.cols)
            if hit.size > MANY_POLYGONS:
                local, by_zone = weighted_sums(zones, r0, c0, [coded_area, valid_area])
                found = zip(local, by_zone[0].tolist(), by_zone[1].tolist())
            else:
                found = _window_sums(zones, hit, r0, r1, c0, c1, coded_area, valid_area)
            for i, coded_m2, valid_m2 in found:
                old = out.get(int(i), (0.0, 0.0))
                out[int(i)] = (old[0] + coded_m2, old[1] + valid_m2)
        return out

    def collect(block, parts):
        for key, value in parts.items():
            if isinstance(value, tuple):
                old = sums.get(key, (0.0, 0.0))
                sums[key] = (old[0] + value[0], old[1] + value[1])
            else:
                sums[key] += value

    engine.run(kernel, [raster], collect=collect, **engine_options)
    index = {name: i for i, name in enumerate(zones.names)}
    per = {key: sums.get(index.get(key, -1), (0.0, 0.0)) for key in geoms}
    return sums["coded"], sums["valid"], per


def _window_sums(zones: ZoneSet, hit: np.ndarray, r0: int, r1: int, c0: int, c1: int, coded_area: np.ndarray,
                 valid_area: np.ndarray):
    """(zone index, coded m2, valid m2) of the polygons ``hit`` on the strip rows r0..r1, columns c0..c1, each from
    its coverage over its own window (coverage is zero outside it)."""
    windows = zones.windows_array
    for n, i in enumerate(hit.tolist()):
        if n % cancel.EVERY == 0:
            cancel.check()
        wr, wc, wh, ww = (int(v) for v in windows[i])
        y0, y1, x0, x1 = max(r0, wr), min(r1, wr + wh), max(c0, wc), min(c1, wc + ww)
        cov = zones.coverage(i, y0, x0, y1 - y0, x1 - x0)
        if cov is None:
            continue
        window = (slice(y0 - r0, y1 - r0), slice(x0 - c0, x1 - c0))
        yield i, float((cov * coded_area[window]).sum()), float((cov * valid_area[window]).sum())
