"""Opening rasters and describing them: the only place where input files are opened for reading."""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, gdal_array

from .errors import InputError, tr_noop
from .grid import Grid

gdal.UseExceptions()

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
    continuous values.
    """

    path: str
    name: str = ""
    bands: list[int] | None = None
    nodata: float | None = None
    mask: str = "any"
    resampling: str = "nearest"

    def __post_init__(self):
        if not self.name:
            self.name = os.path.basename(str(self.path))
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


def open_raster(path: str, name: str = "") -> gdal.Dataset:
    """Open a raster for reading, with a clear message when it is missing or not a raster."""
    name = name or os.path.basename(str(path))
    if not path or not (os.path.exists(path) or str(path).startswith("/vsi")):
        raise InputError(tr_noop("The raster layer {layer} cannot be found at {path}. Check the path or choose "
                                 "another layer."), layer=name, path=path)
    try:
        ds = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise InputError(tr_noop("The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster "
                                 "file such as a GeoTIFF."), layer=name, reason=str(exc).strip()) from exc
    if ds is None or ds.RasterCount == 0:
        raise InputError(tr_noop("The layer {layer} is not a raster GDAL can read. Choose a raster file such as a "
                                 "GeoTIFF."), layer=name)
    return ds


def describe(inp: RasterInput) -> RasterInfo:
    """Open an input once to read its grid, bands and nodata, checking the bands asked for exist."""
    ds = open_raster(inp.path, inp.name)
    grid = Grid.from_dataset(ds)
    if not grid.is_north_up:
        raise InputError(tr_noop("The raster {layer} is rotated or not north-up. Warp it to a north-up grid "
                                 "(Raster > Projections > Warp) first."), layer=inp.name)
    bands = list(inp.bands) if inp.bands else list(range(1, ds.RasterCount + 1))
    bad = [b for b in bands if b < 1 or b > ds.RasterCount]
    if bad:
        raise InputError(tr_noop("The raster {layer} has {count} band(s); band(s) {bands} do not exist."),
                         layer=inp.name, count=ds.RasterCount, bands=", ".join(map(str, bad)))
    nodata = [inp.nodata if inp.nodata is not None else ds.GetRasterBand(b).GetNoDataValue() for b in bands]
    dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(ds.GetRasterBand(bands[0]).DataType))
    return RasterInfo(str(inp.path), inp.name, grid, ds.RasterCount, bands, nodata, dtype)


def warp_to_grid(info: RasterInfo, grid: Grid, resampling: str) -> RasterInfo:
    """Align a raster onto ``grid`` through a GDAL warped VRT (in memory); an alpha band marks pixels with no data.

    Nothing is resampled until blocks are read, so memory stays bounded.
    """
    vrt_path = f"/vsimem/t2monitor/align_{uuid.uuid4().hex}.vrt"
    src_nodata = [v for v in info.nodata if v is not None]
    opts = gdal.WarpOptions(
        format="VRT", outputBounds=grid.extent, width=grid.width, height=grid.height, dstSRS=grid.crs_wkt,
        resampleAlg=RESAMPLING[resampling], dstAlpha=True, srcNodata=src_nodata[0] if src_nodata else None,
        dstNodata=src_nodata[0] if src_nodata else None, multithread=False)
    try:
        gdal.Warp(vrt_path, info.path, options=opts)
    except RuntimeError as exc:
        raise InputError(tr_noop("The raster {layer} could not be aligned to the reference grid ({reason})."),
                         layer=info.name, reason=str(exc).strip()) from exc
    return RasterInfo(vrt_path, info.name, grid, info.band_count + 1, info.bands, info.nodata, info.dtype,
                      alpha_band=info.band_count + 1, vrt_path=vrt_path)


def release(info: RasterInfo) -> None:
    """Free what :func:`warp_to_grid` made."""
    if info.vrt_path:
        gdal.Unlink(info.vrt_path)
