"""The block raster engine: run a numpy kernel over rasters block by block with bounded memory.

A run opens its inputs, checks they share a grid (or aligns them to a reference grid through warped VRTs), cuts the
grid into blocks, reads each block (plus an optional halo) in worker threads, calls the kernel, and writes the
kernel's arrays to the outputs in block order from the calling thread. Outputs are written to temporary files and
moved into place only when every block succeeded; a cancelled or failed run leaves no output behind.

Kernels receive a :class:`Block` and return one array per output (shape ``(rows, cols)`` or ``(bands, rows, cols)``
for the block's core window), or a :class:`BlockResult` when they also return a value for ``collect``, or only a
value when the run has no raster output (a reduction: class areas, histograms...). ``collect(block, value)`` is
called in block order in the calling thread, so reductions need no locks.
"""
from __future__ import annotations

import contextlib
import contextvars
import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from osgeo import gdal

from . import cancel
from .errors import Cancelled, GridMismatchError, InputError, capped, tr_noop
from .gdal_calls import GdalError, call
from .grid import Grid
from .output import TILE, OutputWriter, RasterOutput, check_output_path
from .rasters import RasterInfo, RasterInput, describe, gdal_type, open_raster, release, warp_to_grid
from .transaction import run_transaction

BLOCK_BUDGET_BYTES = 24 * 2**20
"""Raw bytes of input and output pixels per block; with temporaries a kernel typically uses 3-4 times as much."""
BLOCKS_IN_FLIGHT_PER_THREAD = 2
"""Blocks read ahead per worker thread. Memory of a run is bounded by block size x blocks in flight; GDAL's own
block cache (a process-wide setting of the user's QGIS) is never resized, and output blocks are flushed from it as
soon as they are written."""
CANCEL_POLL_SECONDS = 0.1
"""How often the calling thread tests cancellation while it waits for a block."""


@dataclass
class Block:
    """One block of a run, as the kernel sees it.

    ``data[i]`` is input i as ``(bands, rows + 2*halo, cols + 2*halo)`` in the file's data type; ``valid[i]`` is a
    boolean array of the same shape, False where the value is nodata, NaN or outside the raster (halo beyond the
    edge). ``mask`` is ``(rows, cols)``: True where every input is valid by its mask rule; outputs are set to their
    nodata where it is False. ``row0, col0, rows, cols`` locate the core window in the grid.
    """

    index: int
    row0: int
    col0: int
    rows: int
    cols: int
    halo: int
    grid: Grid
    data: list[np.ndarray] = field(repr=False)
    valid: list[np.ndarray] = field(repr=False)
    mask: np.ndarray = field(repr=False)

    def core(self, array: np.ndarray) -> np.ndarray:
        """The core window (without halo) of an array laid out like ``data``."""
        h = self.halo
        return array[..., h:h + self.rows, h:h + self.cols]


@dataclass
class BlockResult:
    """What a kernel returns when it writes outputs and also hands a value to ``collect``."""

    arrays: Sequence[np.ndarray]
    value: Any = None


@dataclass
class RunSummary:
    grid: Grid
    blocks: int
    seconds: float
    outputs: list[str]


Kernel = Callable[[Block], Any]

_BACKEND: contextvars.ContextVar = contextvars.ContextVar("t2monitor_engine_backend", default=None)


@contextlib.contextmanager
def use_backend(backend):
    """Within the ``with`` block (this thread/context only), :func:`run` calls ``backend.run`` instead of running
    the blocks itself. ``backend.run`` takes :func:`run`'s arguments and returns a :class:`RunSummary`."""
    token = _BACKEND.set(backend)
    try:
        yield backend
    finally:
        _BACKEND.reset(token)


def choose_block_shape(grid: Grid, bytes_per_pixel: float, halo: int = 0,
                       budget: int = BLOCK_BUDGET_BYTES) -> tuple[int, int]:
    """Rows and columns of a block: full-width strips when a 256-row strip fits the budget, else tiles.

    Both sides are multiples of the 256-pixel output tile (or the whole raster), so every output tile is written
    complete by one block and never lingers half-written in the cache.
    """
    pixels = max(budget / max(bytes_per_pixel, 1.0), TILE * TILE)
    width = grid.width + 2 * halo
    if width * TILE <= pixels:
        rows = max(TILE, int(pixels // width) // TILE * TILE)
        return min(rows, grid.height), grid.width
    cols = max(TILE, int(pixels // TILE) // TILE * TILE)
    return min(TILE, grid.height), min(cols, grid.width)


def check_same_grid(infos: list[RasterInfo]) -> Grid:
    """The common grid of the inputs; :class:`GridMismatchError` names the layers and what differs otherwise."""
    grid = infos[0].grid
    problems = [(info.name, grid.differences(info.grid)) for info in infos[1:]]
    problems = [(name, diffs) for name, diffs in problems if diffs]
    if problems:
        what = "; ".join(f"{name}: {', '.join(diffs)}" for name, diffs in problems)
        raise GridMismatchError(tr_noop("The rasters are not on the same grid as {layer} ({differences}). "
                                        "Choose a reference layer to align them to, or resample them first."),
                                layer=infos[0].name, differences=what)
    return grid


def _align(infos: list[RasterInfo], inputs: list[RasterInput], grid: Grid) -> list[RasterInfo]:
    out = []
    for info, inp in zip(infos, inputs):
        if not grid.differences(info.grid):
            out.append(info)
            continue
        if not info.grid.crs_wkt or not grid.crs_wkt:
            raise InputError(tr_noop("The raster {layer} has no coordinate reference system, so it cannot be "
                                     "aligned. Assign its CRS first."), layer=info.name)
        out.append(warp_to_grid(info, grid, inp.resampling))
    return out


class _Reader:
    """Per-thread GDAL datasets (GDAL handles must not be shared between threads)."""

    def __init__(self, infos: list[RasterInfo]):
        self.infos = infos
        self.local = threading.local()
        self.opened: list[gdal.Dataset] = []
        self.lock = threading.Lock()

    def datasets(self) -> list[gdal.Dataset]:
        ds = getattr(self.local, "ds", None)
        if ds is None:
            ds = [open_raster(info.path, info.name) for info in self.infos]
            self.local.ds = ds
            with self.lock:
                self.opened.extend(ds)
        return ds

    def read(self, i: int, row0: int, col0: int, rows: int, cols: int, halo: int) -> tuple[np.ndarray, np.ndarray]:
        info = self.infos[i]
        ds = self.datasets()[i]
        grid = info.grid
        r0, c0 = row0 - halo, col0 - halo
        rr0, cc0 = max(r0, 0), max(c0, 0)
        rr1, cc1 = min(row0 + rows + halo, grid.height), min(col0 + cols + halo, grid.width)
        shape = (len(info.bands), rows + 2 * halo, cols + 2 * halo)
        try:
            raw = call(ds.ReadAsArray, cc0, rr0, cc1 - cc0, rr1 - rr0, band_list=info.bands,
                       buf_type=gdal_type(info.dtype))
        except GdalError as exc:
            raise InputError(tr_noop("The raster {layer} cannot be read ({reason})."), layer=info.name,
                             reason=str(exc)) from exc
        if halo == 0:
            # blocks without halo are read once: drop them from GDAL's (process-wide, never resized) block cache
            # at once, so the run's memory does not depend on the size of the user's cache
            ds.FlushCache()
        if raw.dtype != info.dtype:  # signed bytes come back as Int16
            raw = raw.astype(info.dtype)
        raw = raw.reshape((len(info.bands), rr1 - rr0, cc1 - cc0))
        checks = [(b, nd) for b, nd in enumerate(info.nodata)
                  if nd is not None and not math.isnan(nd) and _representable(nd, raw.dtype)]
        if len(checks) == raw.shape[0] == 1:
            valid_core = raw != raw.dtype.type(checks[0][1])  # one band: no all-True array to fill first
        else:
            valid_core = np.ones(raw.shape, dtype=bool)
            for b, nd in checks:
                valid_core[b] = raw[b] != raw.dtype.type(nd)
        if raw.dtype.kind == "f":
            valid_core &= ~np.isnan(raw)
        if info.alpha_band:
            alpha = call(ds.GetRasterBand(info.alpha_band).ReadAsArray, cc0, rr0, cc1 - cc0, rr1 - rr0)
            valid_core &= (alpha > 0)[np.newaxis]
        if shape == raw.shape:
            return raw, valid_core
        data = np.zeros(shape, dtype=raw.dtype)
        valid = np.zeros(shape, dtype=bool)
        sl = (slice(None), slice(rr0 - r0, rr1 - r0), slice(cc0 - c0, cc1 - c0))
        data[sl] = raw
        valid[sl] = valid_core
        return data, valid

    def close(self) -> None:
        with self.lock:
            self.opened.clear()
        self.local = threading.local()


def _representable(value: float, dtype: np.dtype) -> bool:
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return float(value).is_integer() and info.min <= value <= info.max
    return True


def _combined_mask(valid: list[np.ndarray], inputs: list[RasterInput], halo: int, rows: int, cols: int) -> np.ndarray:
    if len(valid) == 1 and valid[0].shape[0] == 1 and halo == 0 and inputs[0].mask != "none":
        return valid[0][0]  # one single-band input: its validity is the mask (a view, no copy)
    mask = np.ones((rows, cols), dtype=bool)
    for v, inp in zip(valid, inputs):
        core = v[:, halo:halo + rows, halo:halo + cols]
        if inp.mask == "any":
            mask &= core.all(axis=0)
        elif inp.mask == "all":
            mask &= core.any(axis=0)
    return mask


def block_windows(grid: Grid, block_shape: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """(row0, col0, rows, cols) of every block, row by row; edge blocks are smaller when sizes do not divide."""
    br, bc = block_shape
    return [(r, c, min(br, grid.height - r), min(bc, grid.width - c))
            for r in range(0, grid.height, br) for c in range(0, grid.width, bc)]


def run(kernel: Kernel, inputs: Sequence[RasterInput], outputs: Sequence[RasterOutput] = (), *,
        reference: int | Grid | None = None, halo: int = 0, block_shape: tuple[int, int] | None = None,
        threads: int | None = None, progress: Callable[[float], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None, collect: Callable[[Block, Any], None] | None = None,
        propagate_nodata: bool = True, before_commit: Callable[[], None] | None = None) -> RunSummary:
    """Run ``kernel`` over ``inputs`` block by block and write ``outputs``.

    ``reference`` is None (inputs must share a grid, else :class:`GridMismatchError` names the layers and what
    differs), the index of the input whose grid the others are aligned to, or a :class:`Grid`. ``halo`` adds that many
    pixels around each block for neighbourhood kernels (outside the raster they are marked invalid). ``threads``
    defaults to the number of CPUs (at most 4). ``progress`` gets a fraction 0..1 after each block; when
    ``is_cancelled`` returns True the run stops, removes its partial outputs and raises :class:`Cancelled`: it is
    tested before every block, every :data:`CANCEL_POLL_SECONDS` while waiting for a block, and by kernels that
    call :func:`.cancel.check` (the current check inside the run).
    ``before_commit`` is called after the last block and before outputs are moved into place: raising there (e.g.
    an error listing every unmapped code the blocks collected) leaves no output behind. The outputs are moved into
    place together (:mod:`.transaction`): a failure on the last one leaves none of them and every previous file as
    it was; inside a Processing run they are only staged, and committed with every other output of the run.
    """
    backend = _BACKEND.get()
    if backend is not None:
        return backend.run(kernel, inputs, outputs, reference=reference, halo=halo, block_shape=block_shape,
                           threads=threads, progress=progress, is_cancelled=is_cancelled, collect=collect,
                           propagate_nodata=propagate_nodata, before_commit=before_commit)
    started = time.perf_counter()
    inputs = list(inputs)
    outputs = list(outputs)
    if not inputs:
        raise InputError(tr_noop("No input raster was given."))
    infos = [describe(inp) for inp in inputs]
    if reference is None:
        grid = check_same_grid(infos)
    else:
        grid = infos[reference].grid if isinstance(reference, int) else reference
        infos = _align(infos, inputs, grid)
    input_paths = [inp.path for inp in inputs]
    names = set()
    for out in outputs:
        check_output_path(out.path, input_paths)
        if out.path in names:
            raise InputError(tr_noop("Two outputs were given the same file {path}."), path=out.path)
        names.add(out.path)

    bytes_pp = sum(len(i.bands) * (i.dtype.itemsize + 1) for i in infos)
    bytes_pp += sum(o.bands * np.dtype(o.dtype).itemsize for o in outputs)
    shape = block_shape or choose_block_shape(grid, bytes_pp, halo)
    windows = block_windows(grid, shape)
    threads = max(1, min(threads or os.cpu_count() or 2, 4, len(windows)))

    reader = _Reader(infos)
    writers: list[OutputWriter] = []
    try:
        writers = [OutputWriter(o, grid) for o in outputs]

        def work(index: int) -> tuple[Block, Any]:
            row0, col0, rows, cols = windows[index]
            data, valid = [], []
            for i in range(len(infos)):
                d, v = reader.read(i, row0, col0, rows, cols, halo)
                data.append(d)
                valid.append(v)
            mask = _combined_mask(valid, inputs, halo, rows, cols)
            block = Block(index, row0, col0, rows, cols, halo, grid, data, valid, mask)
            return block, kernel(block)

        common = [False]  # some pixel where every masked input has data (else every result would be nodata)

        def finish(block: Block, result: Any) -> None:
            if not common[0] and block.mask.any():
                common[0] = True
            value = result
            if outputs:
                arrays = result.arrays if isinstance(result, BlockResult) else result
                value = result.value if isinstance(result, BlockResult) else None
                if len(arrays) != len(outputs):
                    raise ValueError(f"kernel returned {len(arrays)} arrays for {len(outputs)} outputs")
                for writer, arr in zip(writers, arrays):
                    arr = np.asarray(arr)
                    if propagate_nodata and not block.mask.all():
                        arr = np.where(block.mask, arr, np.asarray(writer.spec.nodata).astype(writer.dtype))
                    writer.write(arr, block.row0, block.col0)
            if collect is not None:
                collect(block, value)

        with cancel.watching(is_cancelled):  # kernels (zonal strips...) check it too, see core/cancel.py
            _drive(work, finish, len(windows), threads, progress, is_cancelled)
        masked = [info.name for info, inp in zip(infos, inputs) if inp.mask != "none"]
        if propagate_nodata and len(masked) > 1 and not common[0] and not (is_cancelled and is_cancelled()):
            raise InputError(tr_noop("The inputs {layers} have no pixel where all of them have data: they do not "
                                     "overlap, or the nodata areas of one cover the data of the others. Every result "
                                     "would be nodata and every area 0 ha, so nothing was written. Check their "
                                     "extents and nodata values."), layers=capped(masked))
        if before_commit is not None:
            before_commit()
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        with run_transaction():  # all outputs or none; inside an algorithm's run, committed at its end
            done = [w.commit() for w in writers]
        writers = []
        return RunSummary(grid, len(windows), time.perf_counter() - started, done)
    finally:
        for w in writers:
            w.abort()
        reader.close()
        for info in infos:
            release(info)


def _drive(work, finish, count: int, threads: int, progress, is_cancelled) -> None:
    """Run ``work`` over block indexes in threads, with at most ``BLOCKS_IN_FLIGHT_PER_THREAD`` x threads blocks in
    flight, finishing in order."""
    def cancelled() -> bool:
        return bool(is_cancelled and is_cancelled())

    if threads == 1:
        for index in range(count):
            if cancelled():
                raise Cancelled()
            finish(*work(index))
            if progress:
                progress((index + 1) / count)
        if cancelled():  # asked for during the last block: still commit nothing
            raise Cancelled()
        return
    pending: deque = deque()
    next_index = 0
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="t2monitor") as pool:
        try:
            while next_index < count or pending:
                while next_index < count and len(pending) < BLOCKS_IN_FLIGHT_PER_THREAD * threads:
                    if cancelled():
                        raise Cancelled()
                    pending.append(pool.submit(contextvars.copy_context().run, work, next_index))
                    next_index += 1
                block, result = _wait(pending.popleft(), cancelled)
                finish(block, result)
                if progress:
                    progress((block.index + 1) / count)
                if cancelled():
                    raise Cancelled()
        finally:
            for fut in pending:
                fut.cancel()


def _wait(future, cancelled):
    """The result of a block's future, testing cancellation while it runs."""
    while True:
        try:
            return future.result(timeout=CANCEL_POLL_SECONDS)
        except FutureTimeout:
            if cancelled():
                raise Cancelled() from None
