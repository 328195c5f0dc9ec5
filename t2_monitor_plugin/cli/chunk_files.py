"""Output windows of the Dask backend's chunks, and their assembly into Cloud Optimized GeoTIFFs.

Each chunk task writes its window of every output as a small tiled GeoTIFF in the run's work folder, under a
temporary name renamed when complete (a task retried after a lost worker writes it again). :func:`commit` mosaics
the windows of each output (VRT) and translates them to a tiled, DEFLATE-compressed COG under a temporary name
beside the target; only when every output is ready are they moved into place.
"""
from __future__ import annotations

import os
import shutil
import uuid

import numpy as np
from osgeo import gdal

from ..core.class_labels import apply_legend
from ..core.errors import OutputError, tr_noop
from ..core.gdal_calls import GdalError, attempt, call, call_ok
from ..core.grid import Grid
from ..core.output import GTIFF_OPTIONS, TILE, RasterOutput, describe_dataset, driver_for, temp_sibling

COG_OPTIONS = ["BLOCKSIZE=256", "COMPRESS=DEFLATE", "LEVEL=1", "PREDICTOR=YES", "BIGTIFF=IF_SAFER",
               "NUM_THREADS=ALL_CPUS", "OVERVIEWS=NONE"]


def chunk_path(folder: str, out_index: int, row0: int, col0: int) -> str:
    return os.path.join(folder, f"o{out_index}", f"r{row0:09d}_c{col0:09d}.tif")


def write_window(path: str, arr: np.ndarray, spec: RasterOutput, grid: Grid, row0: int, col0: int) -> None:
    if arr.ndim == 2:
        arr = arr[np.newaxis]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{uuid.uuid4().hex[:8]}.part.tif"
    options = [o for o in GTIFF_OPTIONS if not o.startswith("NUM_THREADS")]
    bands, rows, cols = arr.shape
    if rows < TILE or cols < TILE:
        options = [o for o in options if not o.startswith(("TILED", "BLOCK"))]
    try:
        ds = call(gdal.GetDriverByName("GTiff").Create, tmp, cols, rows, bands, spec.gdal_type, options=options)
        x0, dx, rx, y0, ry, dy = grid.geotransform
        call_ok(ds.SetGeoTransform, (x0 + col0 * dx + row0 * rx, dx, rx, y0 + col0 * ry + row0 * dy, ry, dy))
        call_ok(ds.WriteArray, arr, band_list=list(range(1, bands + 1)))
        ds = None
    except GdalError as exc:
        attempt(gdal.GetDriverByName("GTiff").Delete, tmp)
        raise OutputError(tr_noop("The output {path} cannot be written ({reason})."), path=spec.path,
                          reason=str(exc)) from exc
    os.replace(tmp, path)


def commit(outputs: list[RasterOutput], grid: Grid, folder: str, ctx) -> list[str]:
    """Mosaic each output's chunk files into a COG under a temporary name; move all into place when all worked."""
    staged = []
    try:
        for k, spec in enumerate(outputs):
            files = [chunk_path(folder, k, r, c) for r in ctx.row_starts for c in ctx.col_starts]
            vrt = os.path.join(folder, f"o{k}.vrt")
            call(gdal.BuildVRT, vrt, files, outputBounds=grid.extent, resolution="user",
                 xRes=grid.geotransform[1], yRes=abs(grid.geotransform[5]))
            ds = call(gdal.Open, vrt, gdal.GA_Update)
            describe_dataset(ds, spec, grid, legend=False)  # the legend is set on the translated file below
            ds = None
            driver = spec.driver or driver_for(spec.path)
            tmp = temp_sibling(spec.path)
            staged.append((tmp, spec))
            if driver == "GTiff":
                call(gdal.Translate, tmp, vrt, format="COG", creationOptions=COG_OPTIONS)
            else:
                call(gdal.Translate, tmp, vrt, format=driver)
            if spec.classes:  # the class legend (RAT, category names) goes to the .aux.xml moved below
                ds = call(gdal.Open, tmp)
                for b in range(spec.bands):
                    apply_legend(ds.GetRasterBand(b + 1), spec.classes, spec.class_colors)
                ds = None
    except GdalError as exc:
        for tmp, _spec in staged:
            attempt(gdal.GetDriverByName("GTiff").Delete, tmp)
            for extra in (tmp, tmp + ".aux.xml"):
                if os.path.exists(extra):
                    os.remove(extra)
        raise OutputError(tr_noop("The output {path} cannot be written ({reason})."),
                          path=staged[-1][1].path if staged else folder, reason=str(exc)) from exc
    done = []
    for tmp, spec in staged:
        target = spec.path
        for stale in (target + ".aux.xml", os.path.splitext(target)[0] + ".qml"):
            if os.path.exists(stale):
                os.remove(stale)
        os.replace(tmp, target)
        if os.path.exists(tmp + ".aux.xml"):
            os.replace(tmp + ".aux.xml", target + ".aux.xml")
        if spec.style:
            shutil.copyfile(spec.style, os.path.splitext(target)[0] + ".qml")
        done.append(target)
    return done
