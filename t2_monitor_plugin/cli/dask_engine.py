"""The Dask backend of the block engine: the same kernels, chunk by chunk on a ``dask.distributed`` cluster.

Used through :func:`..core.engine.use_backend`, so every core computation (and every algorithm's ``compute``) runs
unchanged: :meth:`DaskEngine.run` takes :func:`..core.engine.run`'s arguments and keeps its contract.

- Inputs are read lazily with ``rioxarray.open_rasterio(..., chunks=...)`` (any GDAL path: GeoTIFF/COG, VRT,
  ``/vsicurl/``, ``/vsis3/``); inputs aligned to a reference grid go through the engine's warped VRT, saved to the
  run's work folder so that every worker opens it.
- Neighbourhood kernels get their halo with ``dask.array.overlap`` (depth = the kernel's halo, e.g. half the
  fragmentation window); outside the raster the halo is marked invalid, as in the block engine.
- The kernel runs on each chunk through ``dask.array.map_blocks`` (a :class:`..core.engine.Block` built from the
  chunk), writes its output windows as small tiled GeoTIFFs in the work folder (written to a temporary name and
  renamed, so a task retried after a lost worker simply writes its window again) and returns its ``collect`` value
  (per-chunk partial tables: area bincounts, patch surveys...), which the client hands to ``collect`` in chunk
  order, as the block engine does. Reductions over chunks are therefore the same sums in the same order.
- Outputs: once every chunk succeeded (and ``before_commit`` passed), the chunk files of each output are mosaicked
  (VRT) and translated to a tiled, DEFLATE-compressed Cloud Optimized GeoTIFF under a temporary name, then moved
  into place; any failure or cancellation removes every temporary file, so no partial COG is ever left.

Imported only by the command line: the QGIS plugin never needs Dask.
"""
from __future__ import annotations

import copyreg
import math
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..core import engine
from ..core.errors import Cancelled, InputError, tr_noop
from ..core.gdal_calls import call_ok
from ..core.grid import Grid
from ..core.output import TILE, check_output_path
from ..core.rasters import RasterInfo, describe, release
from .chunk_files import chunk_path as _chunk_path
from .chunk_files import commit as _commit
from .chunk_files import write_window as _write_window

CHUNK_BUDGET_BYTES = 64 * 2**20
"""Raw bytes of input and output pixels per chunk when the chunk side is not given (kernels use 3-4x that)."""


def _srs_from_wkt(wkt: str, strategy: int):
    from osgeo import osr
    register_pickling()  # on a worker: so that it can pass the object on to another worker
    srs = osr.SpatialReference()
    if wkt:
        call_ok(srs.ImportFromWkt, wkt)
    srs.SetAxisMappingStrategy(strategy)
    return srs


def _reduce_srs(srs):
    return _srs_from_wkt, (srs.ExportToWkt() or "", srs.GetAxisMappingStrategy())


def _new_lock(reentrant: bool):
    register_pickling()
    return threading.RLock() if reentrant else threading.Lock()


def register_pickling() -> None:
    """Let kernels' closures travel to worker processes: the core keeps CRS objects (GDAL SWIG handles, sent as
    WKT) and locks guarding lazily built caches (a fresh lock on the worker) inside its per-run helpers."""
    from osgeo import osr
    copyreg.pickle(osr.SpatialReference, _reduce_srs)
    copyreg.pickle(type(threading.Lock()), lambda lock: (_new_lock, (False,)))
    copyreg.pickle(type(threading.RLock()), lambda lock: (_new_lock, (True,)))


def open_client(scheduler: str | None, workers: int | None, threads_per_worker: int = 1, memory_limit="auto",
                processes: bool = True):
    """A client of ``scheduler`` or of a new LocalCluster on this machine; and what to print about it."""
    from dask.distributed import Client, LocalCluster
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=threads_per_worker,
                               memory_limit=memory_limit, processes=processes, dashboard_address=":0")
        client = Client(cluster)
    info = {"scheduler": client.scheduler.address, "dashboard": client.dashboard_link,
            "workers": len(client.scheduler_info().get("workers", {}))}
    return client, info


@dataclass
class _Input:
    """What a chunk task needs to know about one input (picklable)."""

    bands: int
    nodata: list
    dtype: str
    mask: str
    alpha: bool


@dataclass
class _Context:
    """Everything a chunk task needs besides its pixels (sent once per run, picklable)."""

    kernel: object
    grid: Grid
    halo: int
    row_starts: list
    col_starts: list
    heights: list
    widths: list
    inputs: list
    outputs: list
    folder: str
    propagate_nodata: bool


def _sizes(total: int, step: int, halo: int) -> list[int]:
    """Chunk sizes along an axis; a last chunk thinner than the halo is merged into the one before it."""
    sizes = [step] * (total // step)
    if total % step:
        sizes.append(total % step)
    if len(sizes) > 1 and sizes[-1] < halo:
        sizes[-2] += sizes.pop()
    return sizes or [total]


def _starts(sizes: list[int]) -> list[int]:
    return [int(v) for v in np.concatenate([[0], np.cumsum(sizes)[:-1]])]


def _run_chunk(*arrays, ctx: _Context, block_id=None):
    """One chunk: rebuild the engine's Block (halo outside the raster invalid), run the kernel, write the outputs."""
    i, j = block_id[-2], block_id[-1]
    row0, col0 = ctx.row_starts[i], ctx.col_starts[j]
    rows, cols = ctx.heights[i], ctx.widths[j]
    h = ctx.halo
    grid = ctx.grid
    top, left = min(h, row0), min(h, col0)  # halo pixels that exist above / left of the chunk
    bottom, right = min(h, grid.height - row0 - rows), min(h, grid.width - col0 - cols)
    data, valid = [], []
    pos = 0
    shape_rc = (rows + 2 * h, cols + 2 * h)
    for inp in ctx.inputs:
        raw = np.asarray(arrays[pos])
        pos += 1
        alpha = None
        if inp.alpha:
            alpha = np.asarray(arrays[pos])
            pos += 1
        # the overlap gives the halo that exists inside the raster; it may be wider on sides where dask padded
        r0 = raw.shape[1] - rows - (bottom if i < len(ctx.heights) - 1 else 0)
        raw = raw[:, max(r0 - top, 0) if i > 0 else 0:, :]
        raw = raw[:, :top + rows + bottom, :]
        c0 = raw.shape[2] - cols - (right if j < len(ctx.widths) - 1 else 0)
        raw = raw[:, :, max(c0 - left, 0) if j > 0 else 0:]
        raw = raw[:, :, :left + cols + right]
        raw = raw.astype(np.dtype(inp.dtype), copy=False)
        ok = np.ones(raw.shape, dtype=bool)
        for b, nd in enumerate(inp.nodata):
            if nd is not None and not math.isnan(nd) and engine._representable(nd, raw.dtype):
                ok[b] = raw[b] != raw.dtype.type(nd)
        if raw.dtype.kind == "f":
            ok &= ~np.isnan(raw)
        if alpha is not None:
            alpha = alpha[:, :raw.shape[1], :raw.shape[2]] if alpha.shape != raw.shape[1:] else alpha
            ok &= (np.asarray(alpha).reshape((-1,) + raw.shape[1:])[0] > 0)[np.newaxis]
        if raw.shape[1:] == shape_rc:
            data.append(raw)
            valid.append(ok)
            continue
        full = np.zeros((inp.bands,) + shape_rc, dtype=raw.dtype)
        full_ok = np.zeros(full.shape, dtype=bool)
        sl = (slice(None), slice(h - top, h - top + raw.shape[1]), slice(h - left, h - left + raw.shape[2]))
        full[sl] = raw
        full_ok[sl] = ok
        data.append(full)
        valid.append(full_ok)
    mask = engine._combined_mask(valid, [_MaskRule(inp.mask) for inp in ctx.inputs], h, rows, cols)
    block = engine.Block(i * len(ctx.widths) + j, row0, col0, rows, cols, h, grid, data, valid, mask)
    result = ctx.kernel(block)
    value = result
    if ctx.outputs:
        arrays_out = result.arrays if isinstance(result, engine.BlockResult) else result
        value = result.value if isinstance(result, engine.BlockResult) else None
        if len(arrays_out) != len(ctx.outputs):
            raise ValueError(f"kernel returned {len(arrays_out)} arrays for {len(ctx.outputs)} outputs")
        for k, (spec, arr) in enumerate(zip(ctx.outputs, arrays_out)):
            arr = np.asarray(arr)
            dtype = np.dtype(spec.dtype)
            if ctx.propagate_nodata and not mask.all():
                arr = np.where(mask, arr, np.asarray(spec.nodata).astype(dtype))
            _write_window(_chunk_path(ctx.folder, k, row0, col0), arr.astype(dtype, copy=False), spec, grid, row0, col0)
    out = np.empty((1, 1), dtype=object)
    out[0, 0] = value
    return out


@dataclass
class _MaskRule:
    mask: str


class DaskEngine:
    """``run`` with :func:`..core.engine.run`'s signature, on the cluster of ``client``.

    ``chunk``: chunk side in pixels (rounded to the 256-pixel tile), used for every run, even when the caller asks
    for a block shape (the kernels are exact for any block layout: patches are merged across blocks, windows get
    their halo). Without it, the caller's block shape, else square chunks from :data:`CHUNK_BUDGET_BYTES`.
    ``workdir``: where chunk files and aligned VRTs go (every worker must see it); default beside the first output.
    """

    def __init__(self, client, chunk: int | None = None, workdir: str | None = None):
        self.client = client
        self.chunk = max(TILE, int(chunk) // TILE * TILE) if chunk else None
        self.workdir = workdir
        self.runs = 0
        register_pickling()

    def _shape(self, grid: Grid, bytes_pp: float, block_shape) -> tuple[int, int]:
        if self.chunk:
            return self.chunk, self.chunk
        if block_shape:
            return tuple(block_shape)
        side = int(math.sqrt(CHUNK_BUDGET_BYTES / max(bytes_pp, 1.0))) // TILE * TILE
        return max(side, TILE), max(side, TILE)

    def run(self, kernel, inputs, outputs=(), *, reference=None, halo=0, block_shape=None, threads=None,
            progress=None, is_cancelled=None, collect=None, propagate_nodata=True, before_commit=None):
        import dask.array as da
        import rioxarray  # noqa: F401 - registers the rasterio backend
        from dask.distributed import wait

        started = time.perf_counter()
        inputs, outputs = list(inputs), list(outputs)
        if not inputs:
            raise InputError(tr_noop("No input raster was given."))
        infos = [describe(inp) for inp in inputs]
        folder = self._folder(outputs)
        try:
            if reference is None:
                grid = engine.check_same_grid(infos)
            else:
                grid = infos[reference].grid if isinstance(reference, int) else reference
                infos = [_on_disk(i, folder) for i in engine._align(infos, inputs, grid)]
            names = set()
            for out in outputs:
                check_output_path(out.path, [inp.path for inp in inputs])
                if out.path in names:
                    raise InputError(tr_noop("Two outputs were given the same file {path}."), path=out.path)
                names.add(out.path)
            bytes_pp = sum(len(i.bands) * (i.dtype.itemsize + 1) for i in infos)
            bytes_pp += sum(o.bands * np.dtype(o.dtype).itemsize for o in outputs)
            rstep, cstep = self._shape(grid, bytes_pp, block_shape)
            heights, widths = _sizes(grid.height, rstep, halo), _sizes(grid.width, cstep, halo)
            arrays, metas = [], []
            for info, inp in zip(infos, inputs):
                arrays.append(_lazy(info, info.bands, heights, widths, halo))
                if info.alpha_band:
                    arrays.append(_lazy(info, [info.alpha_band], heights, widths, halo))
                metas.append(_Input(len(info.bands), list(info.nodata), np.dtype(info.dtype).str, inp.mask,
                                    bool(info.alpha_band)))
            ctx = _Context(kernel, grid, halo, _starts(heights), _starts(widths), heights, widths, metas,
                           outputs, folder, propagate_nodata)
            ctx_future = self.client.scatter(ctx, broadcast=True, hash=False)
            tasks = da.map_blocks(_call_chunk, *arrays, ctx_future, dtype=object, drop_axis=0,
                                  chunks=((1,) * len(heights), (1,) * len(widths)),
                                  meta=np.empty((0, 0), dtype=object))
            delayed = tasks.to_delayed().ravel().tolist()
            futures = self.client.compute(delayed, optimize_graph=False)
            try:
                self._follow(futures, progress, is_cancelled, wait)
                values = self.client.gather(futures)
            finally:
                for f in futures:
                    f.cancel()
            if collect is not None:
                block_of = _BlockStub
                for index, value in enumerate(values):
                    i, j = divmod(index, len(widths))
                    collect(block_of(index, ctx.row_starts[i], ctx.col_starts[j], heights[i], widths[j], halo, grid),
                            value[0, 0])
            if before_commit is not None:
                before_commit()
            done = _commit(outputs, grid, folder, ctx)
            self.runs += 1
            return engine.RunSummary(grid, len(values), time.perf_counter() - started, done)
        finally:
            for info in infos:
                release(info)
            shutil.rmtree(folder, ignore_errors=True)

    def _folder(self, outputs) -> str:
        base = self.workdir or (os.path.dirname(os.path.abspath(outputs[0].path)) if outputs else None)
        if base:
            os.makedirs(base, exist_ok=True)
        return tempfile.mkdtemp(prefix=".t2m-dask-", dir=base)

    @staticmethod
    def _follow(futures, progress, is_cancelled, wait) -> None:
        from dask.distributed import as_completed
        for done, future in enumerate(as_completed(futures), start=1):
            if future.status == "error":
                future.result()  # raises the task's exception
            if progress:
                progress(done / len(futures))
            if is_cancelled and is_cancelled():
                raise Cancelled()


def _call_chunk(*args, block_id=None):
    *arrays, ctx = args
    return _run_chunk(*arrays, ctx=ctx, block_id=block_id)


@dataclass
class _BlockStub:
    """What ``collect`` gets as the block: its place in the grid (the pixels stayed on the worker)."""

    index: int
    row0: int
    col0: int
    rows: int
    cols: int
    halo: int
    grid: Grid


def _lazy(info: RasterInfo, bands: list[int], heights, widths, halo):
    import dask.array as da
    import rioxarray
    arr = rioxarray.open_rasterio(info.path, chunks={"band": -1, "y": tuple(heights), "x": tuple(widths)},
                                  lock=False, cache=False, masked=False)
    data = arr.isel(band=[b - 1 for b in bands]).data
    data = data.rechunk({0: -1, 1: tuple(heights), 2: tuple(widths)})
    if halo:
        depth = {0: 0, 1: halo if len(heights) > 1 else 0, 2: halo if len(widths) > 1 else 0}
        data = da.overlap.overlap(data, depth=depth, boundary="none")
    return data


def _on_disk(info: RasterInfo, folder: str) -> RasterInfo:
    """An aligned input whose warped VRT (in GDAL memory) is written to the work folder for the workers."""
    if not info.vrt_path or not info.vrt_path.startswith("/vsimem/"):
        return info
    replace = {}
    for path in info.extra_paths:
        target = os.path.join(folder, os.path.basename(path))
        _copy_vsimem(path, target, {})
        replace[path] = target
    target = os.path.join(folder, os.path.basename(info.vrt_path))
    _copy_vsimem(info.vrt_path, target, replace)
    return RasterInfo(target, info.name, info.grid, info.band_count, info.bands, info.nodata, info.dtype,
                      alpha_band=info.alpha_band, vrt_path=info.vrt_path, extra_paths=info.extra_paths)


def _copy_vsimem(src: str, dst: str, replace: dict) -> None:
    handle = gdal.VSIFOpenL(src, "rb")
    if handle is None:
        raise InputError(tr_noop("The aligned raster {path} cannot be read."), path=src)
    try:
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        text = gdal.VSIFReadL(1, size, handle).decode("utf-8")
    finally:
        gdal.VSIFCloseL(handle)
    for old, new in replace.items():
        text = text.replace(old, new)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)
