"""Raster grids: what defines one, how to compare two, and how to align a raster onto a reference grid."""
from __future__ import annotations

import math
from dataclasses import dataclass

from osgeo import gdal, osr

from .errors import InputError, tr_noop
from .gdal_calls import attempt, call_ok

EDGE_SAMPLES = 16
"""Points per side of the grid outline that :meth:`Grid.check_on_earth` transforms (plus the corners)."""
DEGREE_TOLERANCE = 1e-6
"""Latitudes up to this much (in degrees) beyond +-90 are taken as rounding, not as a wrong extent."""


@dataclass(frozen=True)
class Grid:
    """A raster grid: size, affine geotransform (GDAL order) and CRS as WKT."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @classmethod
    def from_dataset(cls, ds: gdal.Dataset) -> Grid:
        return cls(ds.RasterXSize, ds.RasterYSize, tuple(ds.GetGeoTransform()), ds.GetProjection() or "")

    @property
    def srs(self) -> osr.SpatialReference | None:
        if not self.crs_wkt:
            return None
        srs = osr.SpatialReference()
        call_ok(srs.ImportFromWkt, self.crs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return srs

    @property
    def is_north_up(self) -> bool:
        gt = self.geotransform
        return gt[2] == 0 and gt[4] == 0 and gt[5] < 0

    @property
    def pixel_width(self) -> float:
        return self.geotransform[1]

    @property
    def pixel_height(self) -> float:
        """Pixel height as a positive number."""
        return abs(self.geotransform[5])

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of a north-up grid."""
        gt = self.geotransform
        x0, y0 = gt[0], gt[3]
        x1 = x0 + gt[1] * self.width
        y1 = y0 + gt[5] * self.height
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    def window_geotransform(self, col0: int, row0: int) -> tuple:
        """Geotransform of a window whose upper-left pixel is (col0, row0)."""
        gt = self.geotransform
        return (gt[0] + col0 * gt[1] + row0 * gt[2], gt[1], gt[2], gt[3] + col0 * gt[4] + row0 * gt[5], gt[4], gt[5])

    def same_crs(self, other: Grid) -> bool:
        a, b = self.srs, other.srs
        if a is None or b is None:
            return a is None and b is None
        return bool(a.IsSame(b))

    def differences(self, other: Grid, pixel_tolerance: float = 1e-3) -> list[str]:
        """What differs between two grids (empty when they are the same grid).

        Returns English keywords among ``CRS``, ``size``, ``resolution``, ``origin``; origins and resolutions are
        compared to within ``pixel_tolerance`` of a pixel.
        """
        diffs = []
        if not self.same_crs(other):
            diffs.append("CRS")
        if (self.width, self.height) != (other.width, other.height):
            diffs.append("size")
        tol = pixel_tolerance * max(abs(self.pixel_width), abs(self.pixel_height))
        a, b = self.geotransform, other.geotransform
        if any(abs(a[i] - b[i]) > tol / max(self.width, self.height, 1) for i in (1, 2, 4, 5)):
            diffs.append("resolution")
        if abs(a[0] - b[0]) > tol or abs(a[3] - b[3]) > tol:
            diffs.append("origin")
        return diffs

    def outline(self, samples: int = EDGE_SAMPLES) -> list[tuple[float, float]]:
        """Points (CRS coordinates) along the four sides of the grid, corners included."""
        gt = self.geotransform
        steps = [i / samples for i in range(samples + 1)]
        px = [(t * self.width, 0.0) for t in steps] + [(t * self.width, float(self.height)) for t in steps]
        px += [(0.0, t * self.height) for t in steps[1:-1]] + [(float(self.width), t * self.height)
                                                               for t in steps[1:-1]]
        return [(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5]) for c, r in px]

    def check_on_earth(self, layer: str) -> None:
        """Refuse a grid whose extent goes beyond the poles, before any area is computed on it.

        Geographic CRS: the extent must lie within +-90 degrees of latitude (up to :data:`DEGREE_TOLERANCE`) and
        span at most 360 degrees of longitude. Projected CRS: points along the grid's outline are transformed to
        longitude/latitude and back; a point whose latitude is beyond +-90 degrees, or that does not come back to
        the same northing (the projection folds over a pole there, e.g. UTM northings above 10,000 km), makes the
        grid refused. Points outside the projection's domain (the corners of a global Mollweide grid) are
        skipped: the area computation treats them as having no area.
        """
        srs = self.srs
        if srs is None or not (srs.IsGeographic() or srs.IsProjected()):
            return
        if srs.IsGeographic():
            unit = srs.GetAngularUnits() or math.pi / 180.0
            to_deg = unit * 180.0 / math.pi
            xmin, ymin, xmax, ymax = self.extent
            south, north = ymin * to_deg, ymax * to_deg
            if north > 90.0 + DEGREE_TOLERANCE or south < -90.0 - DEGREE_TOLERANCE:
                raise InputError(tr_noop("The raster {layer} reaches latitude {south} to {north} degrees, beyond the "
                                         "poles (+-90). Its georeferencing is wrong (check the origin, pixel size "
                                         "and CRS); no area can be computed on it."), layer=layer,
                                 south=f"{south:.6g}", north=f"{north:.6g}")
            if (xmax - xmin) * to_deg > 360.0 + DEGREE_TOLERANCE:
                raise InputError(tr_noop("The raster {layer} spans {span} degrees of longitude, more than the whole "
                                         "globe (360), so its pixels would be counted twice. Check its "
                                         "georeferencing."), layer=layer, span=f"{(xmax - xmin) * to_deg:.6g}")
            return
        geog = srs.CloneGeogCS()
        geog.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        inverse = attempt(osr.CoordinateTransformation, srs, geog)
        forward = attempt(osr.CoordinateTransformation, geog, srs)
        if inverse is None or forward is None:
            return
        to_deg = (geog.GetAngularUnits() or math.pi / 180.0) * 180.0 / math.pi
        tolerance = max(self.pixel_width, self.pixel_height, 1.0)
        for x, y in self.outline():
            lonlat = attempt(inverse.TransformPoint, x, y)
            if lonlat is None or not all(math.isfinite(v) for v in lonlat[:2]):
                continue
            lat = lonlat[1] * to_deg
            back = attempt(forward.TransformPoint, lonlat[0], lonlat[1])
            folded = back is not None and math.isfinite(back[1]) and abs(back[1] - y) > tolerance
            if abs(lat) > 90.0 + DEGREE_TOLERANCE or folded:
                raise InputError(tr_noop("The raster {layer} reaches beyond the poles: its point ({x}, {y}) is "
                                         "outside what its projection can map (it comes back as latitude {lat}). "
                                         "Its georeferencing or CRS is wrong; no area can be computed on it."),
                                 layer=layer, x=f"{x:.10g}", y=f"{y:.10g}", lat=f"{lat:.6g}")
