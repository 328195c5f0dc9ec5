"""Raster grids: what defines one, how to compare two, and how to align a raster onto a reference grid."""
from __future__ import annotations

from dataclasses import dataclass

from osgeo import gdal, osr

from .gdal_calls import call_ok


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
