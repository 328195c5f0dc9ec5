"""Polygon zones on a raster grid, as the fraction of each pixel that every zone covers.

Building a :class:`ZoneSet` (once, single-threaded, with OGR):

1. every feature's geometry is read from WKB; null/empty geometries and features without any polygon are skipped
   (``skipped``); invalid geometries are repaired with ``MakeValid`` (``repaired``); non-polygon parts are dropped;
2. the features of each zone value are unioned in the layer CRS, so a zone counts overlapping features of its own
   once (different zones may overlap: each counts its own area); :meth:`ZoneSet.area_m2` is the ellipsoidal area of
   that union (:func:`.areas.geometry_area_m2`);
3. when the layer CRS differs from the grid CRS, the zone is trimmed to the raster footprint (plus a margin),
   densified (see :func:`.areas.densify_length`) so that long edges keep their path, and reprojected;
4. the zone is clipped to the grid (plus one pixel) and its boundary is stored as numpy arrays of edges in pixel
   coordinates, with rings oriented so that the zone has winding number +1.

Coverage (:meth:`ZoneSet.coverage`) is *exact* area coverage, computed with numpy only, by signed-area
accumulation (the scan-line method of anti-aliased font rasterisers): every boundary edge is cut at the pixel grid
lines; each piece adds ``dy * (right pixel edge - mean x)`` to its own pixel and ``dy`` to every pixel to its right
in the same row (one cumulative sum per row). The sum is the integral of the winding number over each pixel, i.e.
the covered fraction, up to rounding (~1e-12). Windows crossed by no edge are resolved in O(edges) by the winding
number of one point: ``None`` (outside) or all ones (inside). The cost is O(boundary pixels + window pixels).

Thread safety: after construction a ZoneSet holds only read-only numpy arrays and numbers; ``coverage`` creates no
shared GDAL/OGR objects, so any number of threads may call it at once.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from osgeo import gdal, ogr, osr

from . import cancel
from .areas import densify_length, polygon_parts, transform_xy
from .errors import InputError, tr_noop
from .gdal_calls import GdalError, attempt, call, call_ok
from .grid import Grid
from .polygon_areas import PolygonAreas
from .zone_build import _coverage_exact, batch_areas, batch_edges, longest_edges, rings_of

_ROUND = 1e-9  # coverage this close to 0 or 1 is snapped to it
BATCH_ZONES = 2000
"""Zones whose areas and edges are computed together (bounds the temporaries of building)."""


def _natural_key(text: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text) if p)


def _srs_from(crs_wkt: str) -> osr.SpatialReference | None:
    if not crs_wkt:
        return None
    srs = osr.SpatialReference()
    call_ok(srs.SetFromUserInput, crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _multipolygon(parts: list[ogr.Geometry]) -> ogr.Geometry:
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        multi.AddGeometry(part)
    return multi


def _clean(geom: ogr.Geometry | None) -> tuple[list[ogr.Geometry], bool]:
    """(polygons of a feature's geometry, whether it had to be repaired)."""
    if geom is None or geom.IsEmpty():
        return [], False
    geom = geom.Clone()
    geom.FlattenTo2D()
    parts = polygon_parts(geom)
    if not parts:
        return [], False
    if (parts[0] if len(parts) == 1 else _multipolygon(parts)).IsValid():
        return parts, False
    multi = _multipolygon(parts)
    return polygon_parts(call(multi.MakeValid)), True


def _footprint(grid: Grid, margin: float = 0.0, points: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Border of the grid (``margin`` pixels outside it), ``points`` per side, in grid CRS coordinates."""
    w, h, gt = grid.width, grid.height, grid.geotransform
    t = np.linspace(0.0, 1.0, points, endpoint=False)
    c0, c1, r0, r1 = -margin, w + margin, -margin, h + margin
    cols = np.r_[c0 + (c1 - c0) * t, np.full(points, c1), c1 - (c1 - c0) * t, np.full(points, c0), c0]
    rows = np.r_[np.full(points, r0), r0 + (r1 - r0) * t, np.full(points, r1), r1 - (r1 - r0) * t, r0]
    return gt[0] + cols * gt[1] + rows * gt[2], gt[3] + cols * gt[4] + rows * gt[5]


def _ring_polygon(x: np.ndarray, y: np.ndarray) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for xi, yi in zip(x, y):
        ring.AddPoint_2D(float(xi), float(yi))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _trim_box(grid: Grid, grid_srs: osr.SpatialReference, srs: osr.SpatialReference) -> ogr.Geometry | None:
    """A box in ``srs`` around the raster footprint (with a 10 % margin), or None when it cannot be made safely."""
    margin = 0.1 * max(grid.width, grid.height)
    x, y = _footprint(grid, margin, 64)
    if grid_srs.IsGeographic():
        y = np.clip(y, -90.0, 90.0)
    try:
        tx, ty = transform_xy(call(osr.CoordinateTransformation, grid_srs, srs), x, y)
    except RuntimeError:
        return None
    if not (np.isfinite(tx).all() and np.isfinite(ty).all()):
        return None
    xmin, xmax, ymin, ymax = tx.min(), tx.max(), ty.min(), ty.max()
    if srs.IsGeographic() and xmax - xmin > 180.0:
        return None  # may wrap around the antimeridian
    return _ring_polygon(np.array([xmin, xmax, xmax, xmin, xmin]), np.array([ymin, ymin, ymax, ymax, ymin]))


class _Clip:
    """Clips zones (in the grid CRS) to the grid plus one pixel; envelope tests spare GEOS for the many zones wholly
    inside or outside a north-up grid."""

    def __init__(self, grid: Grid):
        self.box = _ring_polygon(*_footprint(grid, 1.0))
        self.inv_gt = gdal.InvGeoTransform(grid.geotransform)
        gt = grid.geotransform
        self.rect = None
        if gt[2] == 0.0 and gt[4] == 0.0:
            xs = sorted((gt[0] - gt[1], gt[0] + (grid.width + 1) * gt[1]))
            ys = sorted((gt[3] - gt[5], gt[3] + (grid.height + 1) * gt[5]))
            self.rect = (xs[0], ys[0], xs[1], ys[1])

    def clip(self, geom: ogr.Geometry | None, checked: bool = False) -> tuple[tuple | None, ogr.Geometry | None]:
        """(envelope (xmin, ymin, xmax, ymax) or None, the part of the zone to place or None); ``checked``: the
        geometry is known to hold polygons."""
        if geom is None or not (checked or polygon_parts(geom)):
            return None, None
        xmin, xmax, ymin, ymax = geom.GetEnvelope()
        envelope = (xmin, ymin, xmax, ymax)
        if self.rect is not None:
            rx0, ry0, rx1, ry1 = self.rect
            if xmin > rx1 or xmax < rx0 or ymin > ry1 or ymax < ry0:
                return envelope, None
            if xmin >= rx0 and xmax <= rx1 and ymin >= ry0 and ymax <= ry1:
                return envelope, geom
        if not geom.Intersects(self.box):
            return envelope, None
        if not geom.Within(self.box):
            geom = call(geom.Intersection, self.box)
        return envelope, geom


class ZoneSet:
    """Polygon zones placed on a raster grid; see the module docstring for the method.

    Build with :meth:`from_wkb` or :meth:`from_ogr`. ``names`` are the zone values, naturally sorted ("2" before
    "10"); zone ``index`` refers to that order. ``repaired`` counts features whose invalid geometry was repaired,
    ``skipped`` features without a usable polygon.
    """

    def __init__(self, grid: Grid, names: list[str], areas: np.ndarray, envelopes: np.ndarray, windows: np.ndarray,
                 arrays: tuple, repaired: int = 0, skipped: int = 0, layer_name: str = ""):
        self.grid = grid
        self.names = names
        self.repaired = repaired
        self.skipped = skipped
        self.layer_name = layer_name
        # per zone: ellipsoidal area (m2), envelope (xmin, ymin, xmax, ymax) in grid CRS (NaN: no part near the
        # raster), pixel window (row0, col0, rows, cols; -1: none); all zones' edges in zone order (each zone's are
        # the run edge_starts[i]:edge_starts[i + 1]), as (n, 4) arrays x0, y0, x1, y1 in pixel coordinates and
        # ymin, ymax, xmin, xmax, sorted by ymin within a zone (horizontal edges kept for the test "does any edge
        # enter this window"). Plain arrays: 100,000 zones cost no Python object each.
        self.areas = np.asarray(areas, dtype=np.float64)
        self.envelopes = np.asarray(envelopes, dtype=np.float64).reshape(-1, 4)
        self.windows_array = np.asarray(windows, dtype=np.int64).reshape(-1, 4)
        self.edge_array, self.edge_bounds, self.edge_starts = arrays

    def __len__(self) -> int:
        return len(self.names)

    @classmethod
    def from_wkb(cls, items: Iterable[tuple[str, bytes]], crs_wkt: str, grid: Grid, layer_name: str = "",
                 is_cancelled=None) -> ZoneSet:
        """Zones from (zone value, WKB geometry in the CRS ``crs_wkt``) pairs; features sharing a value are unioned.
        The geometry may also be an ``ogr.Geometry`` (not kept: it is copied before the next pair is read).

        ``crs_wkt`` is WKT (or anything ``osr.SetFromUserInput`` reads); a value of None forms the zone ``"NULL"``.

        Raises :class:`InputError` when the layer or grid has no CRS, the layer has no polygon, a zone cannot be
        reprojected, or no zone overlaps the raster; :class:`.errors.Cancelled` when ``is_cancelled`` (or the
        cancellation check of the engine run this is built in, see :mod:`.cancel`) returns True, tested every
        :data:`.cancel.EVERY` features and zones.
        """
        srs = _srs_from(crs_wkt)
        if srs is None:
            raise InputError(tr_noop("The zone layer {layer} has no coordinate reference system. Assign it a CRS "
                                     "and try again."), layer=layer_name)
        grid_srs = grid.srs
        if grid_srs is None:
            raise InputError(tr_noop("The raster has no coordinate reference system, so the zones of {layer} cannot "
                                     "be placed on it."), layer=layer_name)
        groups: dict[str, list[ogr.Geometry]] = {}
        repaired = skipped = 0
        for n, (value, wkb) in enumerate(items):
            if n % cancel.EVERY == 0:
                cancel.check(is_cancelled)
            if isinstance(wkb, ogr.Geometry):  # from_ogr: the feature's own geometry (_clean copies it)
                geom = wkb
            else:
                geom = attempt(ogr.CreateGeometryFromWkb, bytes(wkb)) if wkb else None
            parts, fixed = _clean(geom)
            repaired += fixed
            if not parts:
                skipped += 1
                continue
            groups.setdefault("NULL" if value is None else str(value), []).extend(parts)
        if not groups:
            raise InputError(tr_noop("The zone layer {layer} has no polygons: use a polygon layer with at least one "
                                     "non-empty feature."), layer=layer_name)
        same = bool(srs.IsSame(grid_srs))
        to_grid = None if same else cls._transformation(srs, grid_srs, layer_name)
        trim = None if same else _trim_box(grid, grid_srs, srs)
        measure = PolygonAreas(srs)
        clip = _Clip(grid)
        names = sorted(groups, key=_natural_key)
        edge_parts, bound_parts, start_parts, area_parts, env_parts, win_parts = [], [], [], [], [], []
        for b0 in range(0, len(names), BATCH_ZONES):
            cancel.check(is_cancelled)
            batch = names[b0:b0 + BATCH_ZONES]
            placed_polys, envelopes, unions = [], [], []
            for name in batch:
                parts = groups.pop(name)
                union = parts[0] if len(parts) == 1 else call(_multipolygon(parts).UnionCascaded)
                polys = rings_of(union)
                unions.append((union, polys))
                placed = union if same else cls._reproject(union, srs, to_grid, trim, layer_name)
                envelope, placed = clip.clip(placed, checked=same)
                envelopes.append(envelope)
                placed_polys.append(polys if placed is union else rings_of(placed) if placed is not None else [])
            area_polys = [polys for _, polys in unions]
            for i in np.nonzero(longest_edges(area_polys) > measure.step)[0]:
                dense = unions[i][0].Clone()
                dense.FlattenTo2D()
                dense.Segmentize(measure.step)
                area_polys[i] = rings_of(dense)
            areas = batch_areas(measure, area_polys)
            for i in np.nonzero(np.isnan(areas))[0]:
                areas[i] = measure.area_m2(unions[i][0])
            edges, bounds, starts, windows = batch_edges(placed_polys, clip.inv_gt, grid.width, grid.height)
            offset = sum(len(p) for p in edge_parts)
            edge_parts.append(edges)
            bound_parts.append(bounds)
            start_parts.append(starts[:-1] + offset)
            area_parts.append(areas)
            env_parts.append(np.array([e if e is not None else (np.nan,) * 4 for e in envelopes], dtype=np.float64))
            win_parts.append(windows)
        edges, bounds = np.concatenate(edge_parts), np.concatenate(bound_parts)
        starts = np.r_[np.concatenate(start_parts), len(edges)].astype(np.int64)
        windows = np.concatenate(win_parts)
        if not (windows[:, 0] >= 0).any():
            raise InputError(tr_noop("None of the zones in {layer} overlaps the raster. Check that the zone layer "
                                     "and the raster cover the same area."), layer=layer_name)
        return cls(grid, names, np.concatenate(area_parts), np.concatenate(env_parts), windows, (edges, bounds, starts),
                   repaired, skipped, layer_name)

    @staticmethod
    def _transformation(srs, grid_srs, layer_name) -> osr.CoordinateTransformation:
        try:
            return call(osr.CoordinateTransformation, srs, grid_srs)
        except GdalError as exc:
            raise InputError(tr_noop("The zones of {layer} cannot be reprojected to the raster's coordinate "
                                     "reference system ({error})."), layer=layer_name, error=str(exc)) from exc

    @staticmethod
    def _reproject(geom, srs, to_grid, trim, layer_name) -> ogr.Geometry | None:
        """The zone in the grid CRS (trimmed to near the raster, densified first), or None when nothing is left."""
        geom = geom.Clone()
        if trim is not None and not geom.Within(trim):
            geom = call(geom.Intersection, trim) if geom.Intersects(trim) else None
            if geom is None or not polygon_parts(geom):
                return None
            geom = _multipolygon(polygon_parts(geom))
        geom.Segmentize(densify_length(srs))
        try:
            call_ok(geom.Transform, to_grid)
        except GdalError as exc:
            raise InputError(tr_noop("The zones of {layer} cannot be reprojected to the raster's coordinate "
                                     "reference system ({error})."), layer=layer_name, error=str(exc)) from exc
        if not geom.IsValid():
            geom = call(geom.MakeValid)
        return geom

    @classmethod
    def from_ogr(cls, path, grid: Grid, field: str | None = None, layer: str | int | None = None) -> ZoneSet:
        """Zones from a vector file (any OGR format); ``layer`` is a layer name or index (default: the first).

        With ``field`` the zones are the distinct values of that field (as OGR formats them; null values form the
        zone ``"NULL"``). Without it, every feature is its own zone, named by its FID.
        """
        ds = attempt(gdal.OpenEx, str(path), gdal.OF_VECTOR)
        lyr = None
        if ds is not None:
            lyr = ds.GetLayerByName(layer) if isinstance(layer, str) else ds.GetLayer(layer or 0)
        if lyr is None:
            raise InputError(tr_noop("The zone layer {layer} cannot be opened as a vector layer."), layer=str(path))
        name = lyr.GetName() or str(path)
        srs = lyr.GetSpatialRef()
        index = -1
        if field is not None:
            index = lyr.GetLayerDefn().GetFieldIndex(field)
            if index < 0:
                raise InputError(tr_noop("The zone layer {layer} has no field named {field}."), layer=name,
                                 field=field)

        def items():
            for feat in lyr:
                geom = feat.GetGeometryRef()
                if index < 0:
                    value = str(feat.GetFID())
                else:
                    value = feat.GetFieldAsString(index) if feat.IsFieldSetAndNotNull(index) else None
                yield value, (geom if geom is not None else b"")  # used before the next feature is read

        return cls.from_wkb(items(), srs.ExportToWkt() if srs is not None else "", grid, name)

    def area_m2(self, index: int) -> float:
        """Ellipsoidal area (m^2) of the zone's polygon (the union of its features, whole, not clipped)."""
        return float(self.areas[index])

    def envelope(self, index: int) -> tuple | None:
        """(xmin, ymin, xmax, ymax) of the zone in the grid CRS, or None when it has no part near the raster."""
        env = self.envelopes[index]
        return None if np.isnan(env[0]) else tuple(float(v) for v in env)

    def window(self, index: int) -> tuple | None:
        """(row0, col0, rows, cols): pixels outside this window have zero coverage; None when none is covered."""
        win = self.windows_array[index]
        return None if win[0] < 0 else tuple(int(v) for v in win)

    def meeting(self, row0: int, col0: int, rows: int, cols: int) -> np.ndarray:
        """Indexes of the zones whose pixel window meets the window ``(row0, col0, rows, cols)``."""
        win = self.windows_array
        return np.nonzero((win[:, 0] >= 0) & (win[:, 0] < row0 + rows) & (win[:, 0] + win[:, 2] > row0)
                          & (win[:, 1] < col0 + cols) & (win[:, 1] + win[:, 3] > col0))[0]

    def coverage(self, index: int, row0: int, col0: int, rows: int, cols: int) -> np.ndarray | None:
        """Fraction (float32, 0..1, shape (rows, cols)) of each pixel of the window covered by the zone.

        Returns None when the zone covers no part of the window, and an all-ones array when it covers all of it.
        """
        if self.windows_array[index, 0] < 0 or rows <= 0 or cols <= 0:
            return None
        e = slice(int(self.edge_starts[index]), int(self.edge_starts[index + 1]))
        zone_bounds = self.edge_bounds[e]
        r1, c1 = row0 + rows, col0 + cols
        stop = int(np.searchsorted(zone_bounds[:, 0], r1, side="left"))
        bounds = zone_bounds[:stop]
        near = np.nonzero((bounds[:, 1] > row0) & (bounds[:, 2] < c1))[0]
        if near.size == 0:
            return None
        edges = self.edge_array[e][near]
        if not (bounds[near, 3] > col0).any():  # no edge enters the window: inside or outside as a whole
            yc = row0 + 0.5 * rows
            y0, y1 = edges[:, 1], edges[:, 3]
            cross = ((y0 <= yc) & (yc < y1)) | ((y1 <= yc) & (yc < y0))
            winding = np.sign(y1 - y0)[cross].sum()
            return np.ones((rows, cols), dtype=np.float32) if winding else None
        edges = edges[edges[:, 1] != edges[:, 3]]  # horizontal edges add nothing to the accumulation
        cov = _coverage_exact(edges - np.array([col0, row0, col0, row0], dtype=float), rows, cols)
        cov[cov < _ROUND] = 0.0
        cov[cov > 1.0 - _ROUND] = 1.0
        if not cov.any():
            return None
        return cov.astype(np.float32)
