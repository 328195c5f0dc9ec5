"""Writing output rasters safely.

Every output goes to a hidden temporary file in the target folder and is moved into place only when the whole run
succeeded, so a cancelled or failed run leaves nothing behind and an existing file is replaced in one step. Writing
over one of the run's inputs is refused.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, gdal_array

from .class_labels import apply_legend
from .destinations import check_not_inputs, check_raster_format, check_writable, same_file  # noqa: F401
from .errors import OutputError, tr_noop
from .gdal_calls import GdalError, attempt, call, call_ok
from .grid import Grid
from .transaction import discard, os_error, place, remove_quietly, remove_stale

GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1",
                 "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
"""DEFLATE level 1: compression dominates the run time at higher levels (bench/: 2.5-3x slower at the default
level 6) for files only about 10 % smaller."""
TILE = 256


@dataclass
class RasterOutput:
    """One output raster of a block run.

    ``dtype`` is a numpy dtype name, ``nodata`` the value written where any input is missing. ``style`` is a QML file
    copied next to the output so QGIS opens it styled. ``band_names`` become band descriptions. ``driver`` is
    chosen from the file extension when not given (GeoTIFF for .tif). ``classes`` (code -> name, with optional
    ``class_colors`` code -> ``#rrggbb``) become each band's raster attribute table and category names
    (:func:`.class_labels.apply_legend`), kept in the ``.aux.xml`` beside the file so any GIS shows the names.
    """

    path: str
    dtype: str = "float32"
    nodata: float = -32768
    bands: int = 1
    band_names: list[str] = field(default_factory=list)
    style: str | None = None
    metadata: dict = field(default_factory=dict)
    scale: float | None = None
    offset: float | None = None
    driver: str | None = None
    classes: dict[int, str] = field(default_factory=dict)
    class_colors: dict[int, str] = field(default_factory=dict)

    @property
    def gdal_type(self) -> int:
        return gdal_array.NumericTypeCodeToGDALTypeCode(np.dtype(self.dtype))


def temp_sibling(path: str, ext: str | None = None) -> str:
    """A hidden temporary file beside ``path``: ``.<stem>.part-<id><ext>`` (``ext`` defaults to the path's).

    The extension appears only at the end: GDAL's XLSX writer fails on names such as ``a.xlsx.part.xlsx``.
    """
    folder, name = os.path.split(os.path.abspath(path))
    stem, own_ext = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.part-{uuid.uuid4().hex[:8]}{own_ext if ext is None else ext}")


def remove_raster(path: str | None) -> None:
    """Remove a (temporary) raster file and its GDAL side file, if they exist (also when the run in progress has
    only staged it: an intermediate it no longer needs). Never raises."""
    if path:
        discard(path)
        discard(path + ".aux.xml")
        for item in (path, path + ".aux.xml"):
            remove_quietly(item)


@contextlib.contextmanager
def staged_file(path: str, ext: str | None = None, allow_empty: bool = False) -> Iterator[str]:
    """A hidden temporary sibling of ``path`` to write; placed (staged in a run) when the block ends normally,
    removed otherwise. Operating system errors become a message naming ``path``."""
    tmp = temp_sibling(path, ext)
    try:
        yield tmp
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error(exc, path) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    place(tmp, path, allow_empty)


def write_text(path: str, text: str) -> str:
    """Write a UTF-8 text file (a chart, a style) through a staged temporary; return ``path``."""
    with staged_file(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def check_output_path(path: str, input_paths: list[str], name: str = "", kind: str = "file") -> None:
    """Refuse outputs that would overwrite an input (or one of its side files) or that cannot be written."""
    name = name or os.path.basename(path or "")
    check_writable(path, name)
    check_not_inputs(path, name, [p for p in input_paths if p], kind)


def driver_for(path: str) -> str:
    """GDAL driver short name for an output file name (GeoTIFF unless the extension names another driver)."""
    return check_raster_format(path)


def describe_dataset(ds: gdal.Dataset, spec: RasterOutput, grid: Grid, legend: bool = True) -> None:
    """Georeferencing, per-band nodata, names, scale/offset and (``legend``) class legend, and the metadata of
    ``spec`` on a new dataset (the block engine's GeoTIFF, the Dask backend's mosaic)."""
    call_ok(ds.SetGeoTransform, grid.geotransform)
    if grid.crs_wkt:
        call_ok(ds.SetProjection, grid.crs_wkt)
    for i in range(spec.bands):
        band = ds.GetRasterBand(i + 1)
        call_ok(band.SetNoDataValue, float(spec.nodata))
        if i < len(spec.band_names):
            band.SetDescription(str(spec.band_names[i]))
        if spec.scale is not None:
            call_ok(band.SetScale, spec.scale)
        if spec.offset is not None:
            call_ok(band.SetOffset, spec.offset)
        if legend and spec.classes:
            apply_legend(band, spec.classes, spec.class_colors)
    if spec.metadata:
        call_ok(ds.SetMetadata, {str(k): str(v) for k, v in spec.metadata.items()})


class OutputWriter:
    """A GeoTIFF being written to a temporary file; :meth:`commit` moves it into place, :meth:`abort` removes it."""

    def __init__(self, spec: RasterOutput, grid: Grid):
        self.spec = spec
        self.grid = grid
        self.final_driver = spec.driver or driver_for(spec.path)
        self.tmp_path = temp_sibling(spec.path, ".tif")
        options = list(GTIFF_OPTIONS)
        options.append("PREDICTOR=3" if np.dtype(spec.dtype).kind == "f" else "PREDICTOR=2")
        drv = gdal.GetDriverByName("GTiff")
        self.ds = None
        try:
            self.ds = call(drv.Create, self.tmp_path, grid.width, grid.height, spec.bands, spec.gdal_type,
                           options=options)
            describe_dataset(self.ds, spec, grid)
        except GdalError as exc:
            self.abort()
            raise OutputError(tr_noop("The output {path} cannot be created ({reason})."), path=spec.path,
                              reason=str(exc)) from exc
        self.dtype = np.dtype(spec.dtype)

    def write(self, array: np.ndarray, row0: int, col0: int) -> None:
        """Write a block; ``array`` is (rows, cols) for one band or (bands, rows, cols)."""
        arr = np.asarray(array)
        if arr.ndim == 2:
            arr = arr[np.newaxis]
        if arr.shape[0] != self.spec.bands:
            raise ValueError(f"{self.spec.path}: kernel returned {arr.shape[0]} band(s), output has {self.spec.bands}")
        if arr.dtype != self.dtype:
            arr = arr.astype(self.dtype)
        try:
            call_ok(self.ds.WriteArray, arr, xoff=col0, yoff=row0, band_list=list(range(1, self.spec.bands + 1)))
            # blocks are written whole and in order: flush them now rather than let them fill GDAL's shared cache
            for b in range(1, self.spec.bands + 1):
                call_ok(self.ds.GetRasterBand(b).FlushCache)
        except GdalError as exc:
            raise OutputError(tr_noop("The output {path} cannot be written ({reason})."), path=self.spec.path,
                              reason=str(exc)) from exc

    def commit(self) -> str:
        """Finish the file and move it into place (staged until the end of the run), with its style beside it."""
        try:
            call_ok(self.ds.FlushCache)
        except GdalError as exc:
            raise OutputError(tr_noop("The output {path} cannot be written ({reason})."), path=self.spec.path,
                              reason=str(exc)) from exc
        self.ds = None
        target = self.spec.path
        src = self.tmp_path
        if self.final_driver != "GTiff":
            src = self._translate(src)
        aux = src + ".aux.xml"  # the class legend (RAT, category names), else statistics GDAL may have left
        if not (self.spec.classes and os.path.exists(aux)):
            remove_quietly(aux)
            aux = None
        for stale in (target + ".aux.xml", os.path.splitext(target)[0] + ".qml"):
            remove_stale(stale)
        place(src, target)
        if aux:
            place(aux, target + ".aux.xml")
        if self.spec.style:
            with staged_file(os.path.splitext(target)[0] + ".qml") as tmp:
                shutil.copyfile(self.spec.style, tmp)
        return target

    def _translate(self, src: str) -> str:
        folder = os.path.dirname(src)
        fd, dst = tempfile.mkstemp(prefix=".t2m-", suffix=os.path.splitext(self.spec.path)[1], dir=folder)
        os.close(fd)
        try:
            call(gdal.Translate, dst, src, format=self.final_driver)
        except GdalError as exc:
            remove_quietly(dst)
            raise OutputError(tr_noop("The output {path} cannot be written as {driver} ({reason})."),
                              path=self.spec.path, driver=self.final_driver, reason=str(exc)) from exc
        finally:
            attempt(gdal.GetDriverByName("GTiff").Delete, src)
        return dst

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        self.ds = None
        if os.path.exists(self.tmp_path) and os.path.getsize(self.tmp_path) > 0:
            attempt(gdal.GetDriverByName("GTiff").Delete, self.tmp_path)
        remove_quietly(self.tmp_path)
        remove_quietly(self.tmp_path + ".aux.xml")
