"""Opening rasters and describing them: the only place where input files are opened for reading."""
from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, gdal_array

from .errors import InputError, capped, tr_noop
from .gdal_calls import GdalError, call, quiet_errors
from .grid import Grid
from .transaction import resolve

RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "mode": gdal.GRA_Mode,
    "average": gdal.GRA_Average,
    "bilinear": gdal.GRA_Bilinear,
    "cubic": gdal.GRA_Cubic,
}


@dataclass
class RasterInput:
    """One input raster of a block run.

    ``bands`` are 1-based band numbers (None = all bands). ``nodata`` overrides the file's nodata value (one value for
    every band). ``mask`` says how this input's nodata makes an output pixel nodata: ``any`` band missing, ``all``
    bands missing, or ``none`` (the kernel handles missing values itself). ``resampling`` is used only when the input
    has to be aligned to a reference grid: ``nearest`` or ``mode`` for categories, ``average`` or ``bilinear`` for
    continuous values. An input without a single valid pixel is refused before any work, whatever its ``mask``
    (see :func:`check_has_data`), unless ``empty_ok`` (the caller checks it itself with a message of its own, e.g.
    the years of a time series).
    """

    path: str
    name: str = ""
    bands: list[int] | None = None
    nodata: float | None = None
    mask: str = "any"
    resampling: str = "nearest"
    empty_ok: bool = False

    def __post_init__(self):
        if not self.name:
            self.name = display_name(self.path)
        if self.mask not in ("any", "all", "none"):
            raise ValueError(f"mask must be any, all or none, not {self.mask!r}")
        if self.resampling not in RESAMPLING:
            raise ValueError(f"unknown resampling {self.resampling!r}")


@dataclass
class RasterInfo:
    """What the engine needs to know about an opened input."""

    path: str
    name: str
    grid: Grid
    band_count: int
    bands: list[int]
    nodata: list[float | None]
    dtype: np.dtype
    alpha_band: int | None = None
    vrt_path: str | None = field(default=None, repr=False)
    extra_paths: list[str] = field(default_factory=list, repr=False)


_SUBDATASET = re.compile(r'^(?P<driver>[A-Za-z][A-Za-z0-9_]*):(?P<rest>.+)$')


def subdataset_file(path: str) -> str | None:
    """The file inside a GDAL subdataset URI (``GPKG:file.gpkg:table``, ``NETCDF:"file.nc":var``), else None.

    Only prefixes naming an installed GDAL driver count, so Windows paths (``C:\\data\\x.tif``) are not taken for
    URIs.
    """
    match = _SUBDATASET.match(str(path or ""))
    if not match or len(match.group("driver")) < 2 or gdal.GetDriverByName(match.group("driver")) is None:
        return None
    rest = match.group("rest")
    if rest.startswith('"'):
        end = rest.find('"', 1)
        return rest[1:end] if end > 0 else None
    # unquoted: the file is everything up to the last ':' that leaves an existing file (paths may hold ':')
    for i in [m.start() for m in re.finditer(":", rest)][::-1] + [len(rest)]:
        if os.path.exists(rest[:i]):
            return rest[:i]
    return rest.split(":")[0]


def display_name(path: str) -> str:
    """A short name for a raster path or subdataset URI: ``file.nc:lccs_class`` rather than the whole URI."""
    inner = subdataset_file(path)
    if inner:
        tail = str(path).split(inner, 1)[-1].lstrip('":')
        return f"{os.path.basename(inner)}:{tail}" if tail else os.path.basename(inner)
    return os.path.basename(str(path))


def open_raster(path: str, name: str = "") -> gdal.Dataset:
    """Open a raster for reading, with a clear message when it is missing or not a raster.

    Besides files, GDAL subdataset URIs (``GPKG:file.gpkg:table``, ``NETCDF:"file.nc":lccs_class``, ``HDF5:...``),
    VRTs (including multi-file stacks) and ``/vsi...`` paths are accepted. A container holding several rasters
    (a NetCDF with several variables) is refused with the names of its subdatasets, never read as some default one.
    """
    name = name or display_name(path)
    path = resolve(str(path or ""))  # an output of this run still staged under its temporary name
    inner = subdataset_file(path)
    target = inner if inner is not None else path
    if not path or not (os.path.exists(target) or target.startswith("/vsi")):
        raise InputError(tr_noop("The raster layer {layer} cannot be found at {path}. Check the path or choose "
                                 "another layer."), layer=name, path=target or path)
    try:
        ds = call(gdal.Open, path, gdal.GA_ReadOnly)
    except GdalError as exc:
        raise InputError(tr_noop("The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster "
                                 "file such as a GeoTIFF."), layer=name, reason=str(exc)) from exc
    if ds.RasterCount == 0:
        with quiet_errors():
            subs = ds.GetSubDatasets() or []
        if subs:
            raise InputError(tr_noop("The file {layer} holds several rasters; choose one of them: {subdatasets}."),
                             layer=name, subdatasets=capped([s[0] for s in subs], separator="; "))
        raise InputError(tr_noop("The layer {layer} is not a raster GDAL can read. Choose a raster file such as a "
                                 "GeoTIFF."), layer=name)
    return ds


def band_dtype(ds: gdal.Dataset, band: int) -> np.dtype:
    """Numpy type of one band (signed bytes included)."""
    b = ds.GetRasterBand(band)
    if b.DataType == gdal.GDT_Byte and (b.GetMetadataItem("PIXELTYPE", "IMAGE_STRUCTURE") == "SIGNEDBYTE"):
        return np.dtype(np.int8)
    return np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(b.DataType))


def common_dtype(dtypes: list[np.dtype]) -> np.dtype:
    """The smallest numpy type that holds every band's values (a stack of Byte and Float32 bands reads as
    Float32), limited to the types GDAL can read into."""
    dtype = np.result_type(*dtypes)
    if dtype == np.int8 and len(set(dtypes)) > 1:
        dtype = np.dtype(np.int16)
    if gdal_array.NumericTypeCodeToGDALTypeCode(dtype) is None:
        dtype = np.dtype(np.float64)
    return dtype


def gdal_type(dtype: np.dtype) -> int:
    """GDAL type code to read or warp into for a numpy type."""
    if np.dtype(dtype) == np.int8:  # GDAL < 3.7 has no Int8: read signed bytes into Int16
        return gdal.GDT_Int16
    return gdal_array.NumericTypeCodeToGDALTypeCode(np.dtype(dtype))


def describe(inp: RasterInput) -> RasterInfo:
    """Open an input once to read its grid, bands and nodata, checking the bands asked for exist.

    Every band keeps its own nodata value; bands of different types (a VRT stack of Byte and Float32 files) are read
    in a common type that holds all of them (``dtype``), never in the first band's type.
    """
    path = resolve(str(inp.path))
    ds = open_raster(path, inp.name)
    grid = Grid.from_dataset(ds)
    if not grid.is_north_up:
        raise InputError(tr_noop("The raster {layer} is rotated or not north-up. Warp it to a north-up grid "
                                 "(Raster > Projections > Warp) first."), layer=inp.name)
    bands = list(inp.bands) if inp.bands else list(range(1, ds.RasterCount + 1))
    bad = [b for b in bands if b < 1 or b > ds.RasterCount]
    if bad:
        raise InputError(tr_noop("The raster {layer} has {count} band(s); band(s) {bands} do not exist."),
                         layer=inp.name, count=ds.RasterCount, bands=capped(bad))
    nodata = [inp.nodata if inp.nodata is not None else ds.GetRasterBand(b).GetNoDataValue() for b in bands]
    dtype = common_dtype([band_dtype(ds, b) for b in bands])
    grid.check_on_earth(inp.name)
    info = RasterInfo(path, inp.name, grid, ds.RasterCount, bands, nodata, dtype)
    if not inp.empty_ok:
        check_has_data(ds, info, handled_by_kernel=inp.mask == "none")
    return info


# inputs without data ------------------------------------------------------------------------------------------------
WINDOW_PIXELS = 2**22
"""Pixels read at a time when looking for valid pixels (whole GDAL blocks, about 4 million pixels)."""
SAMPLE_WINDOWS = 16
"""Windows spread over the raster that are read first: one valid pixel there settles the check at once."""
_HAS_DATA: dict = {}


def data_windows(ds: gdal.Dataset, band: int) -> list[tuple[int, int, int, int]]:
    """(col0, row0, cols, rows) windows made of whole GDAL blocks: a spread-out sample first, then the rest."""
    bx, by = ds.GetRasterBand(band).GetBlockSize()
    width, height = ds.RasterXSize, ds.RasterYSize
    bx, by = max(1, min(bx, width)), max(1, min(by, height))
    if width * by <= WINDOW_PIXELS:
        cols, rows = width, max(by, WINDOW_PIXELS // width // by * by)
    else:
        cols, rows = max(bx, WINDOW_PIXELS // by // bx * bx), by
    windows = [(c, r, min(cols, width - c), min(rows, height - r))
               for r in range(0, height, rows) for c in range(0, width, cols)]
    step = max(1, len(windows) // SAMPLE_WINDOWS)
    first = windows[::step]
    return first + [w for i, w in enumerate(windows) if i % step]


def _valid(ds: gdal.Dataset, info: RasterInfo, window) -> np.ndarray:
    c0, r0, cols, rows = window
    valid = []
    for b, nd in zip(info.bands, info.nodata):
        try:
            arr = call(ds.GetRasterBand(b).ReadAsArray, c0, r0, cols, rows)
        except GdalError as exc:
            raise InputError(tr_noop("The raster {layer} cannot be read ({reason})."), layer=info.name,
                             reason=str(exc)) from exc
        ok = np.ones(arr.shape, dtype=bool)
        if arr.dtype.kind == "f":
            ok &= ~np.isnan(arr)
        if nd is not None and not np.isnan(nd):
            ok &= arr != nd
        valid.append(ok)
    return valid


def check_has_data(ds: gdal.Dataset, info: RasterInfo, handled_by_kernel: bool = False) -> None:
    """Refuse an input without a single valid pixel (every pixel of every band asked for is nodata or NaN) before
    any work is done: every result of the run would be nodata and every area 0 ha, so an error says so rather than
    a table of zeros. Inputs whose missing values the kernel handles itself (mask rule ``none``,
    ``handled_by_kernel``: a protection layer or a water mask, where nodata means "not protected", "no water"; a
    criterion that may be missing) are refused too, with a message saying that the layer would change nothing and
    can be left out if it really marks nothing in the area: an empty layer is far more often a wrong file, band or
    nodata value than an area without water or protected land.

    Whole GDAL blocks are read, a spread-out sample first, and the search stops at the first valid pixel: a raster
    with data costs one or a few block reads; only an empty (or almost empty) raster is read through. Results are
    remembered per file, bands, nodata and modification time.
    """
    if all(nd is None for nd in info.nodata) and info.dtype.kind != "f":
        return
    try:
        stamp = os.stat(info.path)
        key = (info.path, stamp.st_mtime_ns, stamp.st_size, tuple(info.bands), tuple(map(str, info.nodata)))
    except OSError:
        key = None
    if key is not None and key in _HAS_DATA:
        return
    for window in data_windows(ds, info.bands[0]):
        if any(v.any() for v in _valid(ds, info, window)):
            if key is not None:
                if len(_HAS_DATA) > 256:
                    _HAS_DATA.clear()
                _HAS_DATA[key] = True
            return
    nodata = capped(sorted({"NaN" if v is None or np.isnan(v) else f"{v:g}" for v in info.nodata}))
    if handled_by_kernel:
        raise InputError(tr_noop("The raster {layer} holds no data: every pixel of band(s) {bands} is nodata "
                                 "({nodata}) or NaN, so it would count as missing everywhere and the results would "
                                 "silently ignore it. Check the layer and its nodata value, or choose another layer; "
                                 "if it really marks nothing in this area (no water, no protected land), leave it "
                                 "out."), layer=info.name, bands=capped(info.bands), nodata=nodata)
    raise InputError(tr_noop("The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) "
                             "or NaN, so every result would be nodata and every area 0 ha. Check the layer and its "
                             "nodata value, or choose another layer."), layer=info.name, bands=capped(info.bands),
                     nodata=nodata)


def warp_to_grid(info: RasterInfo, grid: Grid, resampling: str) -> RasterInfo:
    """Align a raster onto ``grid`` through a GDAL warped VRT (in memory); an alpha band marks pixels with no data.

    Nothing is resampled until blocks are read, so memory stays bounded. Each band is warped with its own nodata
    value (excluded from resampling, written where nothing valid falls), in the common type of the bands; bands
    without a nodata value use NaN, which matches no source value, and rely on the alpha band for pixels outside
    the source.
    """
    vrt_path = f"/vsimem/t2monitor/align_{uuid.uuid4().hex}.vrt"
    per_band = ["nan" if v is None else repr(float(v)) for v in info.nodata]
    # the warped VRT has the bands asked for, in order, then the alpha band
    src = info.path
    sub_path = None
    if info.bands != list(range(1, info.band_count + 1)):
        sub_path = f"/vsimem/t2monitor/bands_{uuid.uuid4().hex}.vrt"
        try:
            call(gdal.Translate, sub_path, info.path, options=gdal.TranslateOptions(format="VRT",
                                                                                      bandList=info.bands))
        except GdalError as exc:
            raise InputError(tr_noop("The raster {layer} could not be aligned to the reference grid ({reason})."),
                             layer=info.name, reason=str(exc)) from exc
        src = sub_path
    opts = gdal.WarpOptions(
        format="VRT", outputBounds=grid.extent, width=grid.width, height=grid.height, dstSRS=grid.crs_wkt,
        resampleAlg=RESAMPLING[resampling], dstAlpha=True, srcNodata=" ".join(per_band),
        dstNodata=" ".join(per_band), outputType=gdal_type(info.dtype), multithread=False,
        warpOptions=["UNIFIED_SRC_NODATA=NO"])
    try:
        call(gdal.Warp, vrt_path, src, options=opts)
    except GdalError as exc:
        if sub_path:
            with quiet_errors():
                gdal.Unlink(sub_path)
        raise InputError(tr_noop("The raster {layer} could not be aligned to the reference grid ({reason})."),
                         layer=info.name, reason=str(exc)) from exc
    count = len(info.bands)
    return RasterInfo(vrt_path, info.name, grid, count + 1, list(range(1, count + 1)), info.nodata, info.dtype,
                      alpha_band=count + 1, vrt_path=vrt_path, extra_paths=[sub_path] if sub_path else [])


def release(info: RasterInfo) -> None:
    """Free what :func:`warp_to_grid` made."""
    for path in [info.vrt_path, *info.extra_paths]:
        if path:
            with quiet_errors():
                gdal.Unlink(path)
