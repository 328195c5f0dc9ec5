"""Areas of many polygons of one CRS: :func:`.areas.geometry_area_m2` without a transformation per polygon."""
from __future__ import annotations

import math

import numpy as np
from osgeo import ogr, osr

from .areas import _q, _traditional, densify_length, ellipsoid, geographic_of, polygon_parts, transform_xy
from .gdal_calls import call, call_ok


class PolygonAreas:
    """:func:`geometry_area_m2` for many polygons of one CRS.

    The transformation to longitude/latitude is created once; the Lambert azimuthal equal-area projection is
    evaluated with numpy on the authalic sphere (the ellipsoidal form of that projection is the spherical one of
    the authalic sphere scaled by ``D`` along x and ``1/D`` along y, an affine map that keeps straight edges
    straight and areas unchanged), so no transformation is created per polygon.
    """

    def __init__(self, srs: osr.SpatialReference):
        self.srs = _traditional(srs)
        self.geog = geographic_of(self.srs)
        self.to_geog = None if self.srs.IsGeographic() else call(osr.CoordinateTransformation, self.srs, self.geog)
        self.unit = self.geog.GetAngularUnits() or math.pi / 180.0
        self.step = densify_length(self.srs)
        self.a, self.e2 = ellipsoid(self.geog)
        self.qp = float(_q(np.array(math.pi / 2), self.e2))

    def _lonlat(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Radians of longitude and latitude of points in the polygon CRS."""
        if self.to_geog is not None:
            x, y = transform_xy(self.to_geog, x, y)
        return x * self.unit, y * self.unit

    def _centre(self, g: ogr.Geometry) -> tuple[float, float, float]:
        """(lon, lat) in radians of the centre of ``g`` and the larger side of its lon/lat envelope in degrees."""
        xmin, xmax, ymin, ymax = g.GetEnvelope()
        xs = np.array([xmin, xmax, xmax, xmin, 0.5 * (xmin + xmax)])
        ys = np.array([ymin, ymin, ymax, ymax, 0.5 * (ymin + ymax)])
        pt = g.Centroid()
        xs[-1], ys[-1] = (pt.GetX(), pt.GetY()) if not pt.IsEmpty() else (xs[-1], ys[-1])
        lon, lat = self._lonlat(xs, ys)
        lon, lat = np.degrees(lon), np.degrees(lat)
        span = max(np.nanmax(lon) - np.nanmin(lon), np.nanmax(lat) - np.nanmin(lat))
        return math.radians(lon[-1]), math.radians(float(np.clip(lat[-1], -90.0, 90.0))), float(span)

    def _laea_area(self, rings: list[list[tuple[np.ndarray, np.ndarray]]], lon0: float, lat0: float) -> float:
        """Planar area in the equal-area projection centred on (lon0, lat0) of polygons given as lists of rings
        (exterior first; lon/lat in radians): exterior minus holes, summed over the polygons."""
        b0 = math.asin(max(-1.0, min(1.0, float(_q(np.array(lat0), self.e2)) / self.qp)))
        sb0, cb0 = math.sin(b0), math.cos(b0)
        r2 = self.a * self.a * self.qp / 2.0
        total = 0.0
        for poly in rings:
            area = 0.0
            for k, (lon, lat) in enumerate(poly):
                beta = np.arcsin(np.clip(_q(lat, self.e2) / self.qp, -1.0, 1.0))
                dl = np.remainder(lon - lon0 + math.pi, 2.0 * math.pi) - math.pi
                cb = np.cos(beta)
                cos_c = sb0 * np.sin(beta) + cb0 * cb * np.cos(dl)
                kk = np.sqrt(2.0 / np.maximum(1.0 + cos_c, 1e-300))
                x = kk * cb * np.sin(dl)
                y = kk * (np.sin(beta - b0) + sb0 * cb * 2.0 * np.sin(dl / 2.0) ** 2)
                ring = abs(0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))) * r2
                area += ring if k == 0 else -ring
            total += area
        return total

    def area_m2(self, geom: ogr.Geometry) -> float:
        """Ellipsoidal area (m^2) of the polygons of ``geom`` (see :func:`geometry_area_m2`)."""
        dense = []
        for part in polygon_parts(geom):
            part.FlattenTo2D()
            part.Segmentize(self.step)
            rings = []
            for k in range(part.GetGeometryCount()):
                pts = np.asarray(part.GetGeometryRef(k).GetPoints() or [], dtype=float).reshape(-1, 2)
                if len(pts) >= 3:
                    lon, lat = self._lonlat(pts[:, 0], pts[:, 1])
                    rings.append((lon, lat))
            if rings:
                dense.append((part, rings))
        if not dense:
            return 0.0
        if any(not (np.isfinite(lon).all() and np.isfinite(lat).all()) for _, rings in dense for lon, lat in rings):
            return self._area_with_ogr([part for part, _ in dense])
        whole = ogr.Geometry(ogr.wkbMultiPolygon)
        for part, _ in dense:
            whole.AddGeometry(part)
        lon0, lat0, span = self._centre(whole)
        if len(dense) == 1 or span <= 90.0:
            return self._laea_area([rings for _, rings in dense], lon0, lat0)
        return float(sum(self._laea_area([rings], *self._centre(part)[:2]) for part, rings in dense))

    def _area_with_ogr(self, dense: list[ogr.Geometry]) -> float:
        """The same through OGR transformations (points PROJ cannot transform in one batch make it fail loudly)."""
        def laea_area(g: ogr.Geometry, lon0: float, lat0: float) -> float:
            laea = osr.SpatialReference()
            laea.CopyGeogCSFrom(self.geog)
            laea.SetLAEA(math.degrees(lat0), math.degrees(lon0), 0.0, 0.0)
            laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            g = g.Clone()
            call_ok(g.Transform, call(osr.CoordinateTransformation, self.srs, laea))
            return g.GetArea()

        whole = ogr.Geometry(ogr.wkbMultiPolygon)
        for part in dense:
            whole.AddGeometry(part)
        lon0, lat0, span = self._centre(whole)
        if len(dense) == 1 or span <= 90.0:
            return laea_area(whole, lon0, lat0)
        return float(sum(laea_area(part, *self._centre(part)[:2]) for part in dense))
