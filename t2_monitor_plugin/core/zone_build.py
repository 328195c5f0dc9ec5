"""Batched steps of building a :class:`.zones.ZoneSet`: polygon areas and pixel-space edges of many zones at once.

Per zone only the OGR work that needs a geometry is done (union, repair, reprojection, clipping, reading the ring
points); the arithmetic runs over the points of a whole batch of zones with numpy, so building 100,000 zones costs
a few seconds instead of one coordinate transformation (milliseconds) per zone:

* :func:`batch_areas` is :meth:`.areas.PolygonAreas.area_m2` for many zones: one transformation of all points to
  longitude/latitude, per-zone centres (centroid and envelope, as GEOS computes them) and the Lambert azimuthal
  equal-area shoelace per ring. Zones it cannot handle exactly the same way (parts spread over more than 90 degrees,
  points PROJ cannot transform) come back as NaN for the per-zone method;
* :func:`batch_edges` turns rings into edges in pixel coordinates, exteriors winding +1 and holes -1, grouped by
  zone and sorted by their smallest row, with each zone's pixel window.
"""
from __future__ import annotations

import math
import warnings

import numpy as np
from osgeo import ogr

from .areas import _q, transform_xy
from .polygon_areas import PolygonAreas

Polygons = list[list[np.ndarray]]
"""One zone: its polygons, each a list of rings (exterior first) as (n, 2) arrays of closed point sequences."""


def _walk(geom, out: list) -> None:
    """Append the polygons of ``geom`` (walking collections, without copies) to ``out``."""
    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat == ogr.wkbPolygon:
        out.append(geom)
    elif flat == ogr.wkbCurvePolygon:
        out.append(geom.GetLinearGeometry())
    elif ogr.GT_IsSubClassOf(flat, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            _walk(geom.GetGeometryRef(i), out)


def _wkb_rings(geom) -> Polygons | None:
    """:func:`rings_of` for 2-D polygons and multi-polygons, read from their WKB with numpy (no Python object per
    point); None for other geometry types."""
    kind = geom.GetGeometryType()
    if kind not in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return None
    buf = geom.ExportToWkb(ogr.wkbNDR)
    count = 1
    off = 0
    if kind == ogr.wkbMultiPolygon:
        count = int.from_bytes(buf[5:9], "little")
        off = 9
    out = []
    for _ in range(count):
        nrings = int.from_bytes(buf[off + 5:off + 9], "little")
        off += 9
        rings, keep = [], True
        for k in range(nrings):
            npts = int.from_bytes(buf[off:off + 4], "little")
            off += 4
            if keep and npts >= 4:
                rings.append(np.frombuffer(buf, dtype="<f8", count=2 * npts, offset=off).reshape(npts, 2))
            elif k == 0:
                keep = False  # no exterior: the polygon adds nothing
            off += 16 * npts
        if rings:
            out.append(rings)
    return out


def rings_of(geom) -> Polygons:
    """The polygons of an OGR geometry as ring point arrays (rings of fewer than 4 points are dropped)."""
    if geom is not None and not geom.IsEmpty():
        fast = _wkb_rings(geom)
        if fast is not None:
            return fast
    polys: list = []
    if geom is not None and not geom.IsEmpty():
        _walk(geom, polys)
    out = []
    for poly in polys:
        rings = []
        for k in range(poly.GetGeometryCount()):
            pts = poly.GetGeometryRef(k).GetPoints() or []
            if len(pts) >= 4:
                rings.append(np.array(pts, dtype=float)[:, :2])
            elif k == 0:
                break  # no exterior: the polygon adds nothing
        if rings:
            out.append(rings)
    return out


def longest_edges(zones: list[Polygons]) -> np.ndarray:
    """Length of the longest edge of each zone's rings (0 when it has none)."""
    pts, ring_of, ring_zone, _, _ = _flatten(zones)
    best = np.zeros(len(zones))
    if len(pts) > 1:
        same = ring_of[:-1] == ring_of[1:]
        d = np.hypot(*(pts[1:] - pts[:-1])[same].T)
        np.maximum.at(best, ring_zone[ring_of[:-1][same]], d)
    return best


def _flatten(zones: list[Polygons]):
    """(points, ring of each point, zone of each ring, exterior flag of each ring, polygon count per zone)."""
    rings = [(z, k, ring) for z, polys in enumerate(zones) for poly in polys for k, ring in enumerate(poly)]
    parts = np.fromiter((len(polys) for polys in zones), dtype=np.int64, count=len(zones))
    if not rings:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros((0, 2)), empty, empty, np.zeros(0, dtype=bool), parts
    lens = np.fromiter((len(r[2]) for r in rings), dtype=np.int64, count=len(rings))
    ring_of = np.repeat(np.arange(len(rings), dtype=np.int64), lens)
    ring_zone = np.fromiter((r[0] for r in rings), dtype=np.int64, count=len(rings))
    ring_ext = np.fromiter((r[1] == 0 for r in rings), dtype=bool, count=len(rings))
    return np.concatenate([r[2] for r in rings]), ring_of, ring_zone, ring_ext, parts


def _pair_sums(ring_of: np.ndarray, values: np.ndarray, rings: int) -> np.ndarray:
    """Sum over the consecutive point pairs of each ring of ``values`` (one value per pair, pairs across two rings
    excluded)."""
    same = ring_of[:-1] == ring_of[1:]
    return np.bincount(ring_of[:-1][same], weights=values[same], minlength=rings)


def batch_areas(measure: PolygonAreas, zones: list[Polygons]) -> np.ndarray:
    """Ellipsoidal area (m^2) of each zone (its polygons, densified as :meth:`PolygonAreas.area_m2` does); NaN
    where the zone must be measured one by one."""
    nz = len(zones)
    areas = np.zeros(nz)
    pts, ring_of, ring_zone, ring_ext, parts = _flatten(zones)
    if not len(pts):
        return areas
    nr = len(ring_zone)
    zone_pt = ring_zone[ring_of]
    has = np.bincount(zone_pt, minlength=nz) > 0
    first = np.searchsorted(zone_pt, np.arange(nz))
    idx = first[has]
    x, y = pts[:, 0], pts[:, 1]
    # envelope and area-weighted centroid per zone in the polygon CRS (shifted to the zone's first point)
    xmin = np.full(nz, np.nan)
    xmax, ymin, ymax = xmin.copy(), xmin.copy(), xmin.copy()
    xmin[has], xmax[has] = np.minimum.reduceat(x, idx), np.maximum.reduceat(x, idx)
    ymin[has], ymax[has] = np.minimum.reduceat(y, idx), np.maximum.reduceat(y, idx)
    xr, yr = np.zeros(nz), np.zeros(nz)
    xr[has], yr[has] = x[idx], y[idx]
    sx, sy = x - xr[zone_pt], y - yr[zone_pt]
    cross = sx[:-1] * sy[1:] - sx[1:] * sy[:-1]
    a = _pair_sums(ring_of, cross, nr) / 2.0
    mx = _pair_sums(ring_of, (sx[:-1] + sx[1:]) * cross, nr) / 6.0
    my = _pair_sums(ring_of, (sy[:-1] + sy[1:]) * cross, nr) / 6.0
    sign = np.where(a < 0, -1.0, 1.0) * np.where(ring_ext, 1.0, -1.0)
    za = np.bincount(ring_zone, weights=a * sign, minlength=nz)
    zmx = np.bincount(ring_zone, weights=mx * sign, minlength=nz)
    zmy = np.bincount(ring_zone, weights=my * sign, minlength=nz)
    ok = za != 0
    cx = np.where(ok, zmx / np.where(ok, za, 1.0) + xr, 0.5 * (xmin + xmax))
    cy = np.where(ok, zmy / np.where(ok, za, 1.0) + yr, 0.5 * (ymin + ymax))
    # centre points (4 envelope corners + centroid) and all ring points to longitude/latitude at once
    ex = np.column_stack([xmin, xmax, xmax, xmin, cx]).ravel()
    ey = np.column_stack([ymin, ymin, ymax, ymax, cy]).ravel()
    allx, ally = np.concatenate([ex, x]), np.concatenate([ey, y])
    if measure.to_geog is not None:
        allx, ally = transform_xy(measure.to_geog, allx, ally)
    lon, lat = allx * measure.unit, ally * measure.unit
    clon, clat = np.degrees(lon[:5 * nz]).reshape(nz, 5), np.degrees(lat[:5 * nz]).reshape(nz, 5)
    lon, lat = lon[5 * nz:], lat[5 * nz:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows (zones without points)
        span = np.maximum(np.nanmax(clon, axis=1) - np.nanmin(clon, axis=1),
                          np.nanmax(clat, axis=1) - np.nanmin(clat, axis=1))
    lon0 = np.radians(clon[:, 4])
    lat0 = np.radians(np.clip(clat[:, 4], -90.0, 90.0))
    # Lambert azimuthal equal-area on the authalic sphere, centred on each zone
    b0 = np.arcsin(np.clip(_q(lat0, measure.e2) / measure.qp, -1.0, 1.0))
    sb0, cb0 = np.sin(b0)[zone_pt], np.cos(b0)[zone_pt]
    beta = np.arcsin(np.clip(_q(lat, measure.e2) / measure.qp, -1.0, 1.0))
    dl = np.remainder(lon - lon0[zone_pt] + math.pi, 2.0 * math.pi) - math.pi
    cb = np.cos(beta)
    cos_c = sb0 * np.sin(beta) + cb0 * cb * np.cos(dl)
    kk = np.sqrt(2.0 / np.maximum(1.0 + cos_c, 1e-300))
    px = kk * cb * np.sin(dl)
    py = kk * (np.sin(beta - b0[zone_pt]) + sb0 * cb * 2.0 * np.sin(dl / 2.0) ** 2)
    ring_area = np.abs(0.5 * _pair_sums(ring_of, px[:-1] * py[1:] - px[1:] * py[:-1], nr))
    ring_area *= measure.a * measure.a * measure.qp / 2.0
    areas = np.bincount(ring_zone, weights=np.where(ring_ext, ring_area, -ring_area), minlength=nz)
    finite = np.bincount(zone_pt, weights=~(np.isfinite(lon) & np.isfinite(lat)), minlength=nz) == 0
    single = (parts <= 1) | (span <= 90.0)
    areas[~(finite & single & np.isfinite(lon0) & np.isfinite(lat0))] = np.nan
    areas[parts == 0] = 0.0
    return areas


def batch_edges(zones: list[Polygons], inv_gt: tuple, width: int, height: int):
    """(edges (E, 4), bounds (E, 4), start of each zone's edges (Z + 1), windows (Z, 4), -1 where None) in pixel
    coordinates of the grid whose inverse geotransform is ``inv_gt``; see :class:`.zones.ZoneSet`."""
    nz = len(zones)
    pts, ring_of, ring_zone, ring_ext, _ = _flatten(zones)
    windows = np.full((nz, 4), -1, dtype=np.int64)
    if not len(pts):
        return np.zeros((0, 4)), np.zeros((0, 4)), np.zeros(nz + 1, dtype=np.int64), windows
    nr = len(ring_zone)
    px = inv_gt[0] + pts[:, 0] * inv_gt[1] + pts[:, 1] * inv_gt[2]
    py = inv_gt[3] + pts[:, 0] * inv_gt[4] + pts[:, 1] * inv_gt[5]
    signed = _pair_sums(ring_of, px[:-1] * py[1:] - px[1:] * py[:-1], nr)
    flip = (signed > 0) == ring_ext  # exteriors must have negative shoelace area in pixel space
    same = np.nonzero(ring_of[:-1] == ring_of[1:])[0]
    e_ring = ring_of[same]
    edges = np.column_stack([px[same], py[same], px[same + 1], py[same + 1]])
    f = flip[e_ring]
    edges[f] = edges[f][:, [2, 3, 0, 1]]
    ys, xs = edges[:, [1, 3]], edges[:, [0, 2]]
    bounds = np.column_stack([ys.min(axis=1), ys.max(axis=1), xs.min(axis=1), xs.max(axis=1)])
    e_zone = ring_zone[e_ring]
    order = np.lexsort((bounds[:, 0], e_zone))
    edges, bounds, e_zone = edges[order], bounds[order], e_zone[order]
    starts = np.searchsorted(e_zone, np.arange(nz + 1))
    has = starts[1:] > starts[:-1]
    idx = starts[:-1][has]
    r0 = np.clip(np.floor(np.minimum.reduceat(bounds[:, 0], idx)), 0, height)
    r1 = np.clip(np.ceil(np.maximum.reduceat(bounds[:, 1], idx)), 0, height)
    c0 = np.clip(np.floor(np.minimum.reduceat(bounds[:, 2], idx)), 0, width)
    c1 = np.clip(np.ceil(np.maximum.reduceat(bounds[:, 3], idx)), 0, width)
    win = np.column_stack([r0, c0, r1 - r0, c1 - c0]).astype(np.int64)
    win[(win[:, 2] <= 0) | (win[:, 3] <= 0)] = -1
    windows[has] = win
    return np.ascontiguousarray(edges), np.ascontiguousarray(bounds), starts.astype(np.int64), windows


def _cut(t0: np.ndarray, t1: np.ndarray, a0: np.ndarray, da: np.ndarray, top: int):
    """Split the parameter intervals [t0, t1] of the lines ``a = a0 + t * da`` where ``a`` crosses an integer in
    [0, top]. Returns (source interval, piece start t, piece end t), the pieces of each interval in order."""
    a_start, a_end = a0 + t0 * da, a0 + t1 * da
    lo = np.maximum(np.floor(np.minimum(a_start, a_end)) + 1, 0).astype(np.int64)
    hi = np.minimum(np.ceil(np.maximum(a_start, a_end)) - 1, top).astype(np.int64)
    count = np.maximum(hi - lo + 1, 0)
    if not count.any():
        return np.arange(t0.size), t0, t1
    pieces = count + 1
    first = np.cumsum(pieces) - pieces
    src = np.repeat(np.arange(t0.size), pieces)
    pos = np.arange(src.size) - np.repeat(first, pieces)
    up = da > 0
    base = np.repeat(np.where(up, lo, hi), pieces)
    step = np.repeat(np.where(up, 1, -1), pieces)
    with np.errstate(divide="ignore", invalid="ignore"):
        end = (base + step * pos - np.repeat(a0, pieces)) / np.repeat(da, pieces)  # t of the pos-th crossing
    last = first + count
    end[last] = t1
    start = np.empty_like(end)
    start[1:] = end[:-1]
    start[first] = t0
    return src, start, end


def _coverage_exact(edges: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Winding-number integral over each pixel of a rows x cols window (edges in window pixel coordinates)."""
    x0, y0, x1, y1 = edges.T
    dx, dy = x1 - x0, y1 - y0
    ta, tb = (0.0 - y0) / dy, (rows - y0) / dy
    t_in, t_out = np.maximum(np.minimum(ta, tb), 0.0), np.minimum(np.maximum(ta, tb), 1.0)
    keep = np.nonzero(t_out > t_in)[0]
    x0, y0, dx, dy = x0[keep], y0[keep], dx[keep], dy[keep]
    by_row, ts, te = _cut(t_in[keep], t_out[keep], y0, dy, rows)  # pieces within one row ...
    by_cell, ts, te = _cut(ts, te, x0[by_row], dx[by_row], cols)  # ... and within one pixel
    e = by_row[by_cell]
    tm = 0.5 * (ts + te)
    xm = np.clip(x0[e] + tm * dx[e], 0.0, cols)
    piece_dy = (te - ts) * dy[e]
    j = np.minimum(np.floor(xm), cols).astype(np.int64)
    i = np.clip(np.floor(y0[e] + tm * dy[e]), 0, rows - 1).astype(np.int64)
    width = cols + 2
    size = rows * width
    cell = i * width + j
    area = np.bincount(cell, weights=piece_dy * (j + 1 - xm), minlength=size)
    cover = np.bincount(cell + 1, weights=piece_dy, minlength=size)
    total = area.reshape(rows, width) + np.cumsum(cover.reshape(rows, width), axis=1)
    return total[:, :cols]
