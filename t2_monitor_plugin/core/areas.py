"""True (ellipsoidal) areas of raster pixels and of polygons, in square metres.

Methods
-------
*Geographic grids* (north-up): every pixel of a row is the ellipsoidal quadrangle between the row's two latitudes
and a longitude span of one pixel. Its area is exact (authalic formula)::

    A = a^2 / 2 * dlon * |q(lat2) - q(lat1)|,  q(p) = (1 - e^2) * (sin p / (1 - e^2 sin^2 p) + atanh(e sin p) / e)

with the semi-major axis ``a`` and flattening of the CRS's own ellipsoid (``q = 2 sin p`` on a sphere).

*Equal-area projections* that are equal-area on the CRS's ellipsoid (Lambert azimuthal, Albers, cylindrical
equal area incl. EPSG:6933, sinusoidal, Equal Earth, Bonne): the nominal area ``|det(geotransform)|`` is exact.
Projections that PROJ only defines on a sphere (Mollweide, Eckert IV/VI, Goode homolosine, Hammer, ...) are
equal-area only when the CRS's ellipsoid is a sphere; on an ellipsoid such as WGS84 they are off by up to ~0.7 %
and are handled like any other projection (below).

*Other grids* (UTM, Mercator, Lambert conformal, rotated geotransforms, ...): true areas are computed on a coarse
lattice of pixels (every n-th row and m-th column plus the last row and column; n and m are chosen per grid between
``lattice_step`` and ``coarsest_step`` so that interpolation stays within 0.25 ppm, see :mod:`.area_lattice`). The
four corners of each lattice pixel are transformed with ``osr.CoordinateTransformation`` to longitude/latitude on
the CRS's own ellipsoid, mapped to the authalic sphere (authalic latitude, radius ``R_A``) and projected with a
Lambert azimuthal equal-area projection centred on that pixel; the shoelace area of the quadrilateral times
``R_A^2`` is the pixel's true area. Centring the equal-area projection on each lattice pixel (rather than once on
the raster) keeps the result exact for continental and global rasters too. Because the nominal area is the same for
every pixel of an affine grid, interpolating the lattice areas is the same as interpolating the ratio true/nominal:
the lattice is computed once per :class:`PixelAreas` and bilinearly interpolated to every pixel of a requested
block. Lattice pixels whose corners fall outside the projection's domain take the area of the nearest valid lattice
pixel.

Polygons: :func:`geometry_area_m2` densifies the edges in the polygon's own CRS (straight lines in that CRS are the
edges a GIS draws and rasterises), transforms to a Lambert azimuthal equal-area projection on the same ellipsoid
centred on the polygon and takes the planar area.
"""
from __future__ import annotations

import math
import re
import threading

import numpy as np
from osgeo import ogr, osr

from . import area_lattice
from .area_lattice import weights as _weights
from .errors import InputError, tr_noop
from .gdal_calls import GdalError, call
from .grid import Grid

#: Longest edge kept when densifying polygons given in a geographic CRS, in degrees (about 5.5 km).
DENSIFY_DEGREES = 0.05
#: Longest edge kept when densifying polygons given in a projected CRS, in metres.
DENSIFY_METRES = 5000.0
#: Lattice pixels whose true areas are computed at once (bounds the temporaries of :class:`PixelAreas`).
LATTICE_CHUNK_NODES = 2**15
#: Scattered pixels whose areas :meth:`PixelAreas.at` interpolates at once (bounds its temporaries).
AT_CHUNK = 2**16

# Projection method names (lower case, "_" and "-" read as spaces) that are equal-area on an ellipsoid ...
_ELLIPSOIDAL_EQUAL_AREA = (
    "lambert azimuthal equal area", "albers", "cylindrical equal area", "behrmann", "sinusoidal",
    "equal earth", "bonne",
)
# ... and those PROJ defines on a sphere only (equal-area only when the CRS's ellipsoid is a sphere).
_SPHERICAL_EQUAL_AREA = (
    "mollweide", "eckert ii", "eckert iv", "eckert vi", "goode", "homolosine", "hammer", "quartic authalic",
    "craster", "boggs", "wagner iv", "wagner vii", "collignon", "flat polar quartic", "mcbryde", "equal area",
)


def ellipsoid(srs: osr.SpatialReference) -> tuple[float, float]:
    """(semi-major axis in metres, first eccentricity squared) of the CRS's ellipsoid."""
    a = srs.GetSemiMajor()
    inv_f = srs.GetInvFlattening()
    f = 1.0 / inv_f if inv_f else 0.0
    return a, f * (2.0 - f)


def _q(lat: np.ndarray, e2: float) -> np.ndarray:
    """Authalic function q(lat) (lat in radians); 2 sin(lat) on a sphere."""
    s = np.sin(lat)
    if e2 == 0.0:
        return 2.0 * s
    e = math.sqrt(e2)
    return (1.0 - e2) * (s / (1.0 - e2 * s * s) + np.arctanh(e * s) / e)


def _projection_name(srs: osr.SpatialReference) -> str:
    names = [srs.GetAttrValue("PROJECTION") or ""]
    try:
        found = re.search(r'METHOD\["([^"]+)"', call(srs.ExportToWkt, ["FORMAT=WKT2_2019"]))
        names.append(found.group(1) if found else "")
    except GdalError:
        pass
    return re.sub(r"[_\-]", " ", " | ".join(names).lower())


def is_equal_area(srs: osr.SpatialReference) -> bool:
    """Whether nominal pixel areas of this projected CRS are true areas on its own ellipsoid."""
    if not srs.IsProjected():
        return False
    name = _projection_name(srs)
    if "spherical" not in name and any(key in name for key in _ELLIPSOIDAL_EQUAL_AREA):
        return True
    sphere = ellipsoid(srs)[1] == 0.0
    return sphere and any(key in name for key in _SPHERICAL_EQUAL_AREA)


def _traditional(srs: osr.SpatialReference) -> osr.SpatialReference:
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def geographic_of(srs: osr.SpatialReference) -> osr.SpatialReference:
    """The geographic CRS (same datum and ellipsoid, longitude first) underlying ``srs``."""
    return _traditional(srs.CloneGeogCS())


def densify_length(srs: osr.SpatialReference) -> float:
    """Longest polygon edge (in the CRS's units) kept before reprojecting or measuring a polygon in ``srs``."""
    if srs.IsGeographic():
        return DENSIFY_DEGREES * (math.pi / 180.0) / (srs.GetAngularUnits() or math.pi / 180.0)
    return DENSIFY_METRES / (srs.GetLinearUnits() or 1.0)


def transform_xy(ct: osr.CoordinateTransformation, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Transform coordinate arrays; points that cannot be transformed come back as NaN."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    out = np.full((x.size, 2), np.nan)
    pending = [(0, x.size)]
    while pending:
        lo, hi = pending.pop()
        if hi <= lo:
            continue
        try:
            res = call(ct.TransformPoints, np.column_stack([x[lo:hi], y[lo:hi]]))
            out[lo:hi] = np.asarray(res, dtype=float)[:, :2]
        except GdalError:
            if hi - lo > 1:  # bisect to isolate the failing points
                mid = (lo + hi) // 2
                pending += [(lo, mid), (mid, hi)]
    out[~np.isfinite(out).all(axis=1)] = np.nan
    return out[:, 0], out[:, 1]


def quad_areas(lon: np.ndarray, lat: np.ndarray, a: float, e2: float) -> np.ndarray:
    """Areas (m^2) of quadrilaterals whose corners (last axis, in order) are in radians on the given ellipsoid.

    Each quadrilateral is projected with a spherical Lambert azimuthal equal-area projection of the authalic sphere
    centred on its first corner, and its shoelace area is taken.
    """
    qp = float(_q(np.array(math.pi / 2), e2))
    r2 = a * a * qp / 2.0
    beta = np.arcsin(np.clip(_q(lat, e2) / qp, -1.0, 1.0))
    b0 = beta[..., :1]
    dl = np.remainder(lon - lon[..., :1] + math.pi, 2.0 * math.pi) - math.pi
    cb, sb0, cb0 = np.cos(beta), np.sin(b0), np.cos(b0)
    cos_c = np.sin(b0) * np.sin(beta) + cb0 * cb * np.cos(dl)
    k = np.sqrt(2.0 / np.maximum(1.0 + cos_c, 1e-300))
    x = k * cb * np.sin(dl)
    y = k * (np.sin(beta - b0) + sb0 * cb * 2.0 * np.sin(dl / 2.0) ** 2)
    shoelace = (x * np.roll(y, -1, axis=-1) - np.roll(x, -1, axis=-1) * y).sum(axis=-1)
    return np.abs(shoelace) * 0.5 * r2


class PixelAreas:
    """True area (m^2) of every pixel of a grid, on the ellipsoid of the grid's CRS.

    ``kind`` is ``'geographic'``, ``'equal_area'`` or ``'projected'`` (see the module docstring for the method used
    for each). ``layer_name`` only names the raster in error messages. :meth:`block` may be called from several
    threads at once.
    """

    def __init__(self, grid: Grid, layer_name: str = "", lattice_step: int = area_lattice.FINEST,
                 coarsest_step: int = area_lattice.COARSEST):
        self.grid = grid
        self.lattice_step = max(1, int(lattice_step))  # the finest lattice step (see :mod:`.area_lattice`)
        self.coarsest_step = max(self.lattice_step, int(coarsest_step))
        self.steps = None  # (row step, column step) of the lattice once built
        srs = grid.srs
        if srs is None or not (srs.IsGeographic() or srs.IsProjected()):
            raise InputError(
                tr_noop("The raster {layer} has no geographic or projected coordinate reference system, so the "
                        "true area of its pixels cannot be computed. Assign it a CRS and try again."),
                layer=layer_name)
        gt = grid.geotransform
        det = abs(gt[1] * gt[5] - gt[2] * gt[4])
        if not det or not math.isfinite(det):
            raise InputError(tr_noop("The raster {layer} has an invalid geotransform (zero pixel size)."),
                             layer=layer_name)
        self._srs = srs
        self._a, self._e2 = ellipsoid(srs)
        self._row_areas = None
        self._nominal = None
        self._lattice = None
        self._lock = threading.Lock()  # the lattice is built once, by the first thread that needs it
        rotated = gt[2] != 0 or gt[4] != 0
        if srs.IsGeographic():
            self.kind = "geographic"
            if not rotated:
                self._row_areas = self._geographic_rows()
        elif is_equal_area(srs):
            self.kind = "equal_area"
            self._nominal = det * (srs.GetLinearUnits() or 1.0) ** 2
        else:
            self.kind = "projected"

    def _geographic_rows(self) -> np.ndarray:
        """Exact area of one pixel of every row (north-up geographic grid)."""
        gt = self.grid.geotransform
        unit = self._srs.GetAngularUnits() or math.pi / 180.0
        edges = (gt[3] + gt[5] * np.arange(self.grid.height + 1)) * unit
        lat = np.clip(edges, -math.pi / 2, math.pi / 2)
        q = _q(lat, self._e2)
        return 0.5 * self._a ** 2 * abs(gt[1]) * unit * np.abs(np.diff(q))

    def _build_lattice(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(lattice rows, lattice cols, true areas at the lattice pixels); computed once."""
        with self._lock:
            if self._lattice is None:
                self._lattice = self._compute_lattice()
        return self._lattice

    def _compute_lattice(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        g = self.grid
        lat = area_lattice.build(self._chunked_areas, g.height, g.width, self.lattice_step, self.coarsest_step)
        self.steps = (lat.step(0), lat.step(1))
        return lat.rows, lat.cols, lat.values

    def _chunked_areas(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        # a few lattice rows at a time: the temporaries of a whole 40,000^2 lattice would take ~200 MB
        per = max(1, LATTICE_CHUNK_NODES // max(cols.size, 1))
        return np.concatenate([self._lattice_areas(rows[i:i + per], cols) for i in range(0, rows.size, per)])

    def _lattice_areas(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """True areas of the lattice pixels at ``rows`` x ``cols`` (NaN where a corner cannot be transformed)."""
        rr, cc = np.meshgrid(rows, cols, indexing="ij")
        dc = np.array([0, 1, 1, 0])
        dr = np.array([0, 0, 1, 1])
        pc = cc[..., None] + dc
        pr = rr[..., None] + dr
        gt = self.grid.geotransform
        x = gt[0] + pc * gt[1] + pr * gt[2]
        y = gt[3] + pc * gt[4] + pr * gt[5]
        if self._srs.IsGeographic():
            lon, lat = x, y
            unit = self._srs.GetAngularUnits() or math.pi / 180.0
        else:
            geog = geographic_of(self._srs)
            ct = call(osr.CoordinateTransformation, self._srs, geog)
            lon, lat = transform_xy(ct, x, y)
            lon, lat = lon.reshape(x.shape), lat.reshape(x.shape)
            unit = geog.GetAngularUnits() or math.pi / 180.0
        lat = np.clip(lat * unit, -math.pi / 2, math.pi / 2)
        with np.errstate(invalid="ignore"):
            return quad_areas(lon * unit, lat, self._a, self._e2)

    @property
    def nominal_m2(self) -> float | None:
        """The area of every pixel when it is the same for all (equal-area grids), else None."""
        return self._nominal

    def row_areas(self, row0: int, rows: int) -> np.ndarray | None:
        """Area of one pixel of each row ``row0 .. row0 + rows - 1`` when areas depend on the row only (north-up
        geographic grids), else None."""
        if self._row_areas is None:
            return None
        return self._row_areas[row0:row0 + rows]

    def column_segments(self, col0: int, cols: int) -> tuple[np.ndarray, np.ndarray, int, int]:
        """How the columns ``col0 .. col0 + cols - 1`` sit between the lattice columns (projected grids).

        Returns (segment of each column, counted from the first segment of the window; offset of each column from
        the segment's first lattice column, in pixels; index of that first lattice column; number of lattice columns
        spanned). Within one segment and one row the interpolated area is linear in the offset, which lets area sums
        be formed from pixel counts and offset sums (:meth:`segment_areas`).
        """
        _, lcols, _ = self._build_lattice()
        pos = np.arange(col0, col0 + cols)
        j0, j1, _ = _weights(lcols, pos)
        first = int(j0[0]) if cols else 0
        offset = np.where(j1 > j0, pos - lcols[j0], 0)
        last = int(j1[-1]) if cols else first
        return (j0 - first).astype(np.intp), offset.astype(np.intp), first, last - first + 1

    def segment_areas(self, row0: int, rows: int, first: int, nodes: int) -> tuple[np.ndarray, np.ndarray]:
        """(area at the segment's first lattice column, area change per pixel of offset), shapes (rows, segments).

        With ``first, nodes`` from :meth:`column_segments`, the area of pixel (row, column) is
        ``start[row, segment] + offset * slope[row, segment]`` (exactly the bilinear interpolation of :meth:`block`).
        """
        lrows, lcols, lattice = self._build_lattice()
        i0, i1, wr = _weights(lrows, np.arange(row0, row0 + rows))
        sub = lattice[:, first:first + nodes]
        by_row = sub[i0] * (1.0 - wr)[:, None] + sub[i1] * wr[:, None]
        if nodes == 1:
            return by_row, np.zeros_like(by_row)
        width = np.diff(lcols[first:first + nodes]).astype(float)
        return by_row[:, :-1], np.diff(by_row, axis=1) / width

    def at(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Pixel areas (m^2) of scattered pixels given by grid row and column indices (1-D arrays)."""
        rows = np.asarray(rows, dtype=np.intp)
        cols = np.asarray(cols, dtype=np.intp)
        if self._nominal is not None:
            return np.full(rows.shape, self._nominal)
        if self._row_areas is not None:
            return self._row_areas[rows]
        lrows, lcols, lattice = self._build_lattice()
        out = np.empty(rows.shape)
        if rows.size == 0:
            return out
        r_lo, c_lo = int(rows.min()), int(cols.min())
        nrows, ncols = int(rows.max()) - r_lo + 1, int(cols.max()) - c_lo + 1
        if nrows * lattice.shape[1] > AT_CHUNK * 16 or ncols > AT_CHUNK * 64:  # far apart: interpolate each pixel
            for a in range(0, rows.size, AT_CHUNK):
                r, c = rows[a:a + AT_CHUNK], cols[a:a + AT_CHUNK]
                i0, i1, wr = _weights(lrows, r)
                j0, j1, wc = _weights(lcols, c)
                top = lattice[i0, j0] * (1.0 - wc) + lattice[i0, j1] * wc
                bottom = lattice[i1, j0] * (1.0 - wc) + lattice[i1, j1] * wc
                out[a:a + AT_CHUNK] = top * (1.0 - wr) + bottom * wr
            return out
        # pixels of one block: the lattice interpolated to their rows once, then to each column exactly as block()
        i0, i1, wr = _weights(lrows, np.arange(r_lo, r_lo + nrows))
        by_row = (lattice[i0] * (1.0 - wr)[:, None] + lattice[i1] * wr[:, None]).ravel()
        j0, j1, wc = _weights(lcols, np.arange(c_lo, c_lo + ncols))
        width = lattice.shape[1]
        for a in range(0, rows.size, AT_CHUNK):  # chunks: the temporaries of a million boundary pixels stay small
            base = (rows[a:a + AT_CHUNK] - r_lo) * width
            c = cols[a:a + AT_CHUNK] - c_lo
            w = wc[c]
            out[a:a + AT_CHUNK] = by_row[base + j0[c]] * (1.0 - w) + by_row[base + j1[c]] * w
        return out

    def block(self, row0: int, col0: int, rows: int, cols: int) -> np.ndarray:
        """Pixel areas (m^2, float64, shape ``(rows, cols)``) of the window starting at pixel (row0, col0)."""
        g = self.grid
        if row0 < 0 or col0 < 0 or rows < 0 or cols < 0 or row0 + rows > g.height or col0 + cols > g.width:
            raise ValueError(f"window {(row0, col0, rows, cols)} is outside the {g.height} x {g.width} grid")
        if self._nominal is not None:
            return np.full((rows, cols), self._nominal)
        if self._row_areas is not None:
            return np.repeat(self._row_areas[row0:row0 + rows, None], cols, axis=1)
        lrows, lcols, lattice = self._build_lattice()
        i0, i1, wr = _weights(lrows, np.arange(row0, row0 + rows))
        j0, j1, wc = _weights(lcols, np.arange(col0, col0 + cols))
        by_row = lattice[i0] * (1.0 - wr)[:, None] + lattice[i1] * wr[:, None]
        return by_row[:, j0] * (1.0 - wc) + by_row[:, j1] * wc


def polygon_parts(geom: ogr.Geometry | None) -> list[ogr.Geometry]:
    """Copies of the non-empty polygons in a geometry (multi-polygons and collections are walked)."""
    if geom is None or geom.IsEmpty():
        return []
    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat in (ogr.wkbPolygon, ogr.wkbCurvePolygon):
        return [geom.Clone() if flat == ogr.wkbPolygon else geom.GetLinearGeometry()]
    if ogr.GT_IsSubClassOf(flat, ogr.wkbGeometryCollection):
        parts = []
        for i in range(geom.GetGeometryCount()):
            parts += polygon_parts(geom.GetGeometryRef(i))
        return parts
    return []


def geometry_area_m2(geom: ogr.Geometry, srs: osr.SpatialReference) -> float:
    """Ellipsoidal area (m^2) of the polygons of ``geom`` given in ``srs`` (non-polygon parts are ignored).

    Edges are densified in ``srs`` to at most :data:`DENSIFY_DEGREES` (geographic) or :data:`DENSIFY_METRES`
    (projected), so that a long edge keeps the path it has in its own CRS; the result is transformed to a Lambert
    azimuthal equal-area projection on the same ellipsoid centred on the geometry (on each polygon when the parts
    are spread over more than 90 degrees) and its planar area is returned. Parts should not overlap (valid geometry).
    For many polygons in one CRS use :class:`PolygonAreas` (it creates the transformations once).
    """
    if not polygon_parts(geom):
        return 0.0
    if srs is None:
        raise InputError(tr_noop("A polygon has no coordinate reference system, so its area cannot be computed."))
    from .polygon_areas import PolygonAreas  # it builds on this module

    return PolygonAreas(srs).area_m2(geom)
