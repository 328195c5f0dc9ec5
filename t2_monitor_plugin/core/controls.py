"""Site and control pixels of restoration sites, and their per-stratum annual sums (block by block).

Placing the sites (:func:`site_zones`, once, with OGR):

* **site pixels** of a site: pixels at least half covered by its polygon (exact coverage, :class:`.zones.ZoneSet`);
* **exclusion zone**: the union of *every* site polygon (whatever its status, assessed or not) buffered by
  ``gap_pixels`` pixel widths, in the raster CRS; any pixel touched by it is never a control, so that spill-overs
  across a site border and misplaced polygons do not leak into the controls;
* **search zone** of a site: its polygon buffered by the search distance (metres; converted to the raster CRS units;
  for a geographic raster with the length of a degree of longitude at the site's latitude, which makes the zone
  slightly larger north-south); control candidates are the pixels at least half inside it and outside the exclusion
  zone.

Strata: the pair (land unit, baseline class) of a pixel, from the optional ``LAND_UNITS`` and ``BASELINE`` rasters
(a missing raster contributes 0). Pixels whose strata rasters are nodata are neither site nor control pixels.

Accumulation (:class:`StrataSums`): per site, for its own pixels and for its control candidates, and per stratum:
pixel count (pixels with at least one valid year), and per year the sum of the valid stored values and their count.
This is a few numbers per (site, stratum, year), so memory does not depend on the raster size.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from osgeo import ogr, osr

from . import cancel
from .areas import densify_length
from .gdal_calls import GdalError, attempt, call, call_ok
from .grid import Grid
from .zones import ZoneSet

SITE_COVER = 0.5
"""A pixel belongs to a site (or a search zone) when at least this fraction of it is inside the polygon."""
METRES_PER_DEGREE = 111320.0


def _srs(crs_wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    call_ok(srs.SetFromUserInput, crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _to_grid(wkb: bytes, srs: osr.SpatialReference, grid_srs: osr.SpatialReference) -> ogr.Geometry | None:
    """A site polygon in the grid CRS (densified before reprojection, repaired when invalid), or None."""
    geom = attempt(ogr.CreateGeometryFromWkb, bytes(wkb)) if wkb else None
    if geom is None or geom.IsEmpty():
        return None
    if not geom.IsValid():
        geom = attempt(geom.MakeValid)
        if geom is None:
            return None
    if not srs.IsSame(grid_srs):
        geom.Segmentize(densify_length(srs))
        try:
            call_ok(geom.Transform, call(osr.CoordinateTransformation, srs, grid_srs))
        except GdalError:
            return None
    return geom


def grid_units(metres: float, grid: Grid, geom: ogr.Geometry) -> float:
    """A distance in metres as a length in the grid CRS units (geographic: degrees of longitude at the site)."""
    srs = grid.srs
    if srs.IsGeographic():
        lat = geom.Centroid().GetY()
        return metres / (METRES_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
    return metres / (srs.GetLinearUnits() or 1.0)


@dataclass
class SiteZones:
    """The three zone sets of a run; ``index[k]`` is the zone index of site k in ``sites``/``search`` (None when the
    site has no polygon or does not reach the raster)."""

    sites: ZoneSet
    search: ZoneSet | None
    exclusion: ZoneSet | None
    index: list[int | None]
    search_index: list[int | None]


def site_zones(wkbs: Sequence[bytes], crs_wkt: str, assess: Sequence[bool], grid: Grid, search_m: float,
               gap_pixels: float, layer_name: str = "", is_cancelled=None) -> SiteZones:
    """Place the sites, their search zones and the exclusion zone on ``grid`` (see the module docstring).

    ``assess[k]`` False: site k only contributes to the exclusion zone. Raises :class:`.errors.InputError` (from
    :meth:`ZoneSet.from_wkb`) when no site has a polygon or none overlaps the raster; :class:`.errors.Cancelled`
    when ``is_cancelled`` returns True (tested every :data:`.cancel.EVERY` sites).
    """
    sites = ZoneSet.from_wkb([(str(k), w) for k, w in enumerate(wkbs)], crs_wkt, grid, layer_name,
                             is_cancelled=is_cancelled)
    where = {name: i for i, name in enumerate(sites.names)}
    index = []
    for k in range(len(wkbs)):
        i = where.get(str(k))
        index.append(i if i is not None and sites.window(i) is not None else None)
    srs, grid_srs = _srs(crs_wkt), grid.srs
    pixel = max(abs(grid.pixel_width), abs(grid.pixel_height))
    buffers, searches = [], []
    for k, wkb in enumerate(wkbs):
        if k % cancel.EVERY == 0:
            cancel.check(is_cancelled)
        geom = _to_grid(wkb, srs, grid_srs)
        if geom is None:
            continue
        buffers.append(("x", geom.Buffer(gap_pixels * pixel).ExportToIsoWkb() if gap_pixels > 0
                        else geom.ExportToIsoWkb()))
        if assess[k] and index[k] is not None:
            searches.append((str(k), geom.Buffer(grid_units(search_m, grid, geom)).ExportToIsoWkb()))
    grid_wkt = grid.crs_wkt
    exclusion = ZoneSet.from_wkb(buffers, grid_wkt, grid, layer_name, is_cancelled=is_cancelled) if buffers else None
    search = ZoneSet.from_wkb(searches, grid_wkt, grid, layer_name, is_cancelled=is_cancelled) if searches else None
    search_where = {name: i for i, name in enumerate(search.names)} if search else {}
    return SiteZones(sites, search, exclusion, index, [search_where.get(str(k)) for k in range(len(wkbs))])


@dataclass
class StrataSums:
    """Per stratum (a (land unit, class) tuple): ``pixels`` count, and per year ``sums`` and ``counts``."""

    years: int
    pixels: dict = field(default_factory=dict)
    sums: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)

    def add_pixels(self, values: np.ndarray, valid: np.ndarray, units: np.ndarray, classes: np.ndarray) -> None:
        """Add pixels: ``values``/``valid`` (years, n), strata codes ``units``/``classes`` (n,)."""
        keep = valid.any(axis=0)
        if not keep.any():
            return
        values, valid, units, classes = values[:, keep], valid[:, keep], units[keep], classes[keep]
        pairs, inverse = np.unique(np.column_stack([units, classes]), axis=0, return_inverse=True)
        inverse = inverse.ravel()
        k = len(pairs)
        pixels = np.bincount(inverse, minlength=k)
        sums = np.empty((k, self.years))
        counts = np.empty((k, self.years), dtype=np.int64)
        for y in range(self.years):
            sums[:, y] = np.bincount(inverse, weights=np.where(valid[y], values[y], 0.0), minlength=k)
            counts[:, y] = np.bincount(inverse, weights=valid[y], minlength=k)
        for j, (u, c) in enumerate(pairs.tolist()):
            self._add((int(u), int(c)), int(pixels[j]), sums[j], counts[j])

    def _add(self, key, pixels, sums, counts) -> None:
        if key in self.pixels:
            self.pixels[key] += pixels
            self.sums[key] = self.sums[key] + sums
            self.counts[key] = self.counts[key] + counts
        else:
            self.pixels[key], self.sums[key], self.counts[key] = pixels, sums.copy(), counts.copy()

    def merge(self, other: StrataSums) -> None:
        for key in other.pixels:
            self._add(key, other.pixels[key], other.sums[key], other.counts[key])

    def means(self, key) -> np.ndarray:
        """Mean stored value per year of a stratum (NaN for years without a valid value)."""
        counts = self.counts[key]
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, self.sums[key] / np.maximum(counts, 1), np.nan)


def block_sums(zones: SiteZones, sites: Sequence[int], row0: int, col0: int, values: np.ndarray, valid: np.ndarray,
               units: np.ndarray, classes: np.ndarray, strata_ok: np.ndarray) -> dict:
    """Site and control sums of one block: {site k: (site StrataSums, control StrataSums)} for the sites touched.

    ``values``/``valid`` are (years, rows, cols) stored values (float64) and validity; ``units``/``classes`` the
    strata codes (rows, cols); ``strata_ok`` where the strata rasters have data.
    """
    years, rows, cols = values.shape
    out = {}
    excluded = None
    for k in sites:
        i, s = zones.index[k], zones.search_index[k]
        cover = zones.sites.coverage(i, row0, col0, rows, cols) if i is not None else None
        near = zones.search.coverage(s, row0, col0, rows, cols) if s is not None else None
        if cover is None and near is None:
            continue
        site_acc, ctrl_acc = StrataSums(years), StrataSums(years)
        if cover is not None:
            sel = (cover >= SITE_COVER) & strata_ok
            if sel.any():
                site_acc.add_pixels(values[:, sel], valid[:, sel], units[sel], classes[sel])
        if near is not None:
            if excluded is None:
                ex = zones.exclusion.coverage(0, row0, col0, rows, cols) if zones.exclusion else None
                excluded = np.zeros((rows, cols), bool) if ex is None else ex > 0
            sel = (near >= SITE_COVER) & ~excluded & strata_ok
            if sel.any():
                ctrl_acc.add_pixels(values[:, sel], valid[:, sel], units[sel], classes[sel])
        if site_acc.pixels or ctrl_acc.pixels:
            out[k] = (site_acc, ctrl_acc)
    return out
