#!/usr/bin/env python3
"""Benchmark the T2 Monitor block engine against a plain GDAL+numpy loop and QGIS's raster calculator.

The same per-pixel kernel, ``out = float32(a * 2 + 1)`` with nodata propagated, is computed on a generated Int16
raster by:

* ``engine``      ``t2_monitor_plugin.core.engine.run`` with default threads and block shape;
* ``baseline``    a single-threaded GDAL+numpy loop over full-width 256-row strips (the input's tile rows) writing a
  tiled DEFLATE GeoTIFF with the engine's creation options, without ``NUM_THREADS``;
* ``baseline_mt`` the same loop with ``NUM_THREADS=ALL_CPUS`` added to the creation options (as the engine does), so
  the effect of GDAL's compression threads can be told apart from the engine's own block parallelism;
* ``rastercalc``  ``qgis_process run native:rastercalc`` (Raster analysis > Raster calculator in the toolbox), timed as
  a whole and net of qgis_process start-up (a run of the same algorithm on a 64x64 raster).

``--engine-variants`` adds the engine with DEFLATE's default level 6 (the engine uses ZLEVEL=1) and with uncompressed
output (patched in the child process).

Every implementation runs in a fresh child process, spawned by a tiny launcher; its peak RSS is the child's
``ru_maxrss`` from ``os.wait4`` and its CPU time user+sys.
Each output is checked against values computed from the input on sampled windows (nodata included) before any figure
is reported. Results are printed as Markdown and merged (by size) into ``bench/output/engine_results.json``.

Usage::

    .venv/bin/python bench/bench_engine.py                          # sizes 5000 and 20000 (25 and 400 Mpx)
    .venv/bin/python bench/bench_engine.py --sizes 40000 --skip-qgis  # 1.6 gigapixel, engine memory target

See bench/README.md for the method and measured figures.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from measure import run_measured, vm_hwm_mb  # noqa: E402

from t2_monitor_plugin.core.output import GTIFF_OPTIONS  # noqa: E402 - needs ROOT on the path

OUTPUT_ROOT = HERE / "output"
WORK = OUTPUT_ROOT / "engine"
RESULTS_JSON = OUTPUT_ROOT / "engine_results.json"

GENERATOR_VERSION = "t2m-bench-engine-v2"
SEED = 20240611
TILE = 256
IN_NODATA = -9999
OUT_NODATA = -9999.0
PIXEL = 30.0
ORIGIN = (300000.0, 8900000.0)  # upper-left corner in EPSG:32718 (UTM 18S)
CACHE_BYTES = 128 * 2**20  # the engine's GDAL_CACHE_BYTES, also used by the baseline
# the engine's own output options (same compression level), without its NUM_THREADS, for a like-for-like baseline
BASE_OPTIONS = [o for o in GTIFF_OPTIONS if not o.startswith("NUM_THREADS")] + ["PREDICTOR=3"]
RASTERCALC_ALG = "native:rastercalc"
IMPLEMENTATIONS = ["engine", "baseline", "baseline_mt", "rastercalc", "engine_zlevel6", "engine_uncompressed"]
ENGINE_VARIANTS = {  # --engine-variants: the engine with its output creation options patched in the worker only
    "engine_zlevel6": ("engine, output DEFLATE default level 6 (patched)",
                       lambda opts: [o for o in opts if not o.startswith("ZLEVEL=")]),
    "engine_uncompressed": ("engine, uncompressed output (patched)",
                            lambda opts: [o for o in opts if not o.startswith("COMPRESS=")]),
}


# ---------------------------------------------------------------------------------------------------------------
# Input generation
# ---------------------------------------------------------------------------------------------------------------

def _tile_pool(rng: np.random.Generator, count: int = 48) -> tuple[np.ndarray, np.ndarray]:
    """``count`` 256x256 Int16 tiles: a smooth ramp plus 3-4 bits of noise (compressible, not trivial).

    Also a nodata mask per tile: every fourth tile has ~2% scattered nodata pixels.
    """
    yy, xx = np.mgrid[0:TILE, 0:TILE].astype(np.float32)
    pool = np.empty((count, TILE, TILE), dtype=np.int16)
    holes = np.zeros((count, TILE, TILE), dtype=bool)
    for k in range(count):
        angle = rng.uniform(0, 2 * np.pi)
        ramp = (np.cos(angle) * xx + np.sin(angle) * yy) * rng.uniform(0.1, 0.8)
        noise = rng.integers(0, 12, size=(TILE, TILE))
        pool[k] = (ramp - ramp.min() + noise).astype(np.int16)
        if k % 4 == 0:
            holes[k] = rng.random((TILE, TILE)) < 0.02
    return pool, holes


def generate_input(path: Path, size: int, seed: int = SEED) -> dict:
    """Write a size x size Int16 GeoTIFF (tiled DEFLATE, EPSG:32718, 30 m, nodata -9999) strip by strip.

    Content: tiles drawn from a pool of noisy ramps with a per-tile offset (0..3000); ~4% of tiles are entirely
    nodata, a quarter of the pool tiles carry scattered nodata pixels, and a triangle at the upper-left corner (like
    the edge of a satellite scene) is nodata. Deterministic for a given seed. Never holds more than one 256-row strip.
    """
    tag = f"{GENERATOR_VERSION}:{seed}:{size}"
    if path.exists():
        try:
            ds = gdal.Open(str(path))
            if ds.GetMetadataItem("T2M_BENCH") == tag:
                return {"reused": True, "seconds": 0.0, "bytes": path.stat().st_size}
        except RuntimeError:
            pass
        path.unlink()
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    pool, holes = _tile_pool(rng)
    drv = gdal.GetDriverByName("GTiff")
    tmp = path.with_name(path.name + ".tmp.tif")
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=1",
            "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
    old_cache = gdal.GetCacheMax()
    gdal.SetCacheMax(CACHE_BYTES)
    try:
        ds = drv.Create(str(tmp), size, size, 1, gdal.GDT_Int16, options=opts)
        ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32718)
        ds.SetProjection(srs.ExportToWkt())
        ds.SetMetadataItem("T2M_BENCH", tag)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(IN_NODATA)
        ntiles = -(-size // TILE)
        cols = np.arange(ntiles * TILE)
        corner = size // 8
        for r0 in range(0, size, TILE):
            rows = min(TILE, size - r0)
            idx = rng.integers(0, len(pool), size=ntiles)
            offset = rng.integers(0, 3000, size=ntiles).astype(np.int16)
            empty = rng.random(ntiles) < 0.04
            strip = pool[idx].transpose(1, 0, 2).reshape(TILE, ntiles * TILE)
            strip = strip + np.repeat(offset, TILE)[np.newaxis]
            nodata = holes[idx].transpose(1, 0, 2).reshape(TILE, ntiles * TILE)
            nodata |= np.repeat(empty, TILE)[np.newaxis]
            if r0 < corner:
                nodata |= (np.arange(r0, r0 + TILE)[:, np.newaxis] + cols[np.newaxis]) < corner
            strip[nodata] = IN_NODATA
            band.WriteArray(strip[:rows, :size], 0, r0)
        ds.FlushCache()
        ds = None
    finally:
        gdal.SetCacheMax(old_cache)
    os.replace(tmp, path)
    return {"reused": False, "seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


def make_tiny_input(path: Path) -> None:
    """A 64x64 raster for measuring qgis_process start-up with the same algorithm."""
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), 64, 64, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(IN_NODATA)
    band.WriteArray(np.arange(64 * 64, dtype=np.int16).reshape(64, 64))
    ds = None


# ---------------------------------------------------------------------------------------------------------------
# Workers (run in a fresh child process: `bench_engine.py --worker NAME --input IN --output OUT`)
# ---------------------------------------------------------------------------------------------------------------

def worker_engine(src: str, dst: str, threads: int | None, variant: str | None = None) -> dict:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core import engine, output
    from t2_monitor_plugin.core.output import RasterOutput
    from t2_monitor_plugin.core.rasters import RasterInput

    if variant:  # only in this child process; the plugin's files are not touched
        output.GTIFF_OPTIONS = ENGINE_VARIANTS[variant][1](list(output.GTIFF_OPTIONS))

    def kernel(block):
        return [block.data[0][0].astype(np.float32) * 2 + 1]

    started = time.perf_counter()
    summary = engine.run(kernel, [RasterInput(src)], [RasterOutput(dst, "float32", OUT_NODATA)], threads=threads)
    seconds = time.perf_counter() - started
    # RunSummary does not say which block shape and thread count were used: recompute them as engine.run does
    # (one Int16 band: 2 bytes + 1 validity byte; one float32 output: 4 bytes).
    grid = engine.describe(RasterInput(src)).grid
    shape = engine.choose_block_shape(grid, 1 * (2 + 1) + 4)
    cpus = gdal.GetNumCPUs() if hasattr(gdal, "GetNumCPUs") else 2
    used = max(1, min(threads or cpus, 4, summary.blocks))
    return {"seconds": seconds, "blocks": summary.blocks, "block_shape": list(shape), "threads": used}


def worker_baseline(src: str, dst: str, gdal_threads: bool) -> dict:
    """Plain GDAL+numpy: read a full-width strip of tile rows, compute, write; one Python thread."""
    started = time.perf_counter()
    gdal.SetCacheMax(CACHE_BYTES)
    ds = gdal.Open(src)
    band = ds.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    width, height = ds.RasterXSize, ds.RasterYSize
    strip_rows = band.GetBlockSize()[1]
    options = BASE_OPTIONS + (["NUM_THREADS=ALL_CPUS"] if gdal_threads else [])
    out = gdal.GetDriverByName("GTiff").Create(dst, width, height, 1, gdal.GDT_Float32, options=options)
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    out_band = out.GetRasterBand(1)
    out_band.SetNoDataValue(OUT_NODATA)
    for r0 in range(0, height, strip_rows):
        rows = min(strip_rows, height - r0)
        a = band.ReadAsArray(0, r0, width, rows)
        result = a.astype(np.float32)
        result *= 2
        result += 1
        if nodata is not None:
            result[a == nodata] = OUT_NODATA
        out_band.WriteArray(result, 0, r0)
    out.FlushCache()
    out = None
    ds = None
    return {"seconds": time.perf_counter() - started, "strip_rows": strip_rows}


def run_worker(args: argparse.Namespace) -> None:
    if args.worker == "engine":
        info = worker_engine(args.input, args.output, args.threads)
    elif args.worker in ENGINE_VARIANTS:
        info = worker_engine(args.input, args.output, args.threads, args.worker)
    elif args.worker == "baseline":
        info = worker_baseline(args.input, args.output, gdal_threads=False)
    elif args.worker == "baseline_mt":
        info = worker_baseline(args.input, args.output, gdal_threads=True)
    elif args.worker == "noop":  # interpreter + numpy + GDAL + engine imports, nothing computed
        sys.path.insert(0, str(ROOT))
        from t2_monitor_plugin.core import engine  # noqa: F401
        info = {"seconds": 0.0}
    else:
        raise SystemExit(f"unknown worker {args.worker}")
    info["vm_hwm_mb"] = vm_hwm_mb()
    print(json.dumps(info))


# ---------------------------------------------------------------------------------------------------------------
# Running children and measuring them
# ---------------------------------------------------------------------------------------------------------------

# Spawns the measured command from a small process and reports its rusage. A child's ru_maxrss starts from the
# high-water mark of the process that spawned it (Linux records the old address space's peak at exec), so children are
# not spawned from this script, whose RSS grows while it generates inputs and verifies outputs, but from this launcher
# (~9 MB, reported as the measurement floor).
def run_child(cmd: list[str], env: dict | None = None) -> dict:
    return run_measured(cmd, WORK, env)


def python_worker(name: str, src: Path, dst: Path, threads: int | None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--input", str(src), "--output", str(dst)]
    if threads:
        cmd += ["--threads", str(threads)]
    res = run_child(cmd)
    if res["code"] != 0:
        raise RuntimeError(f"{name} worker failed ({res['code']}):\n{res['stderr'][-3000:]}")
    info = json.loads(res["stdout"].strip().splitlines()[-1])
    info.update(wall=res["wall"], peak_rss_mb=res["peak_rss_mb"], cpu=res["cpu"])
    return info


def qgis_env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("QGIS_PLUGINPATH", None)  # the stock QGIS set-up, without this repository's build/ plugin
    return env


def rastercalc(src: Path, dst: Path) -> dict:
    layer = src.stem
    cmd = ["qgis_process", "run", RASTERCALC_ALG, f"--LAYERS={src}", f'--EXPRESSION="{layer}@1" * 2 + 1',
           f"--OUTPUT={dst}"]
    res = run_child(cmd, env=qgis_env())
    if res["code"] != 0 or not dst.exists():
        raise RuntimeError(f"qgis_process failed ({res['code']}):\n{res['stdout'][-2000:]}\n{res['stderr'][-2000:]}")
    return {"wall": res["wall"], "peak_rss_mb": res["peak_rss_mb"], "cpu": res["cpu"]}


def qgis_startup(repeats: int = 3) -> dict:
    tiny = WORK / "tiny_startup.tif"
    make_tiny_input(tiny)
    walls, rss, cpu = [], [], []
    for i in range(repeats):
        out = WORK / f"tiny_startup_out_{i}.tif"
        res = rastercalc(tiny, out)
        walls.append(res["wall"])
        rss.append(res["peak_rss_mb"])
        cpu.append(res["cpu"])
        out.unlink()
    for path in WORK.glob("tiny_startup*"):
        path.unlink()
    return {"seconds": float(np.median(walls)), "all": walls, "peak_rss_mb": float(np.median(rss)),
            "cpu": float(np.median(cpu))}


def qgis_version() -> str:
    try:
        res = subprocess.run(["qgis_process", "--version"], capture_output=True, text=True, env=qgis_env(),
                             timeout=120)
    except (OSError, subprocess.SubprocessError):
        return "unavailable"
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith("QGIS ")]
    return lines[0] if lines else "unknown"


# ---------------------------------------------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------------------------------------------

def sample_windows(size: int, seed: int = SEED) -> list[tuple[int, int, int, int]]:
    """(row0, col0, rows, cols): the nodata corner, the partial edge tiles, one full row and column, random boxes."""
    rng = np.random.default_rng(seed + 1)
    win = [(0, 0, min(512, size), min(512, size)),
           (max(0, size - 300), max(0, size - 300), min(300, size), min(300, size)),
           (size // 2, 0, 1, size),
           (0, size // 3, size, 1)]
    for _ in range(6):
        n = min(384, size)
        win.append((int(rng.integers(0, size - n + 1)), int(rng.integers(0, size - n + 1)), n, n))
    return win


def verify(src: Path, dst: Path) -> dict:
    """Compare an output with float32(a * 2 + 1) computed from the input on the sample windows.

    The valid/nodata pattern must match exactly (whatever nodata value the output declares) and valid values must be
    equal (every implementation computes an exact float32 here).
    """
    sds = gdal.Open(str(src))
    dds = gdal.Open(str(dst))
    problems = []
    if (sds.RasterXSize, sds.RasterYSize) != (dds.RasterXSize, dds.RasterYSize):
        problems.append(f"size {dds.RasterXSize}x{dds.RasterYSize}")
    if not np.allclose(sds.GetGeoTransform(), dds.GetGeoTransform(), rtol=0, atol=1e-6):
        problems.append(f"geotransform {dds.GetGeoTransform()}")
    sband, dband = sds.GetRasterBand(1), dds.GetRasterBand(1)
    in_nd, out_nd = sband.GetNoDataValue(), dband.GetNoDataValue()
    checked = nodata_px = bad_mask = bad_value = 0
    if not problems:
        for r0, c0, rows, cols in sample_windows(sds.RasterXSize):
            a = sband.ReadAsArray(c0, r0, cols, rows)
            got = dband.ReadAsArray(c0, r0, cols, rows)
            expected_valid = a != in_nd
            got_valid = ~np.isnan(got)
            if out_nd is not None:
                got_valid &= got != np.float32(out_nd)
            expected = a.astype(np.float32) * 2 + 1
            checked += a.size
            nodata_px += int((~expected_valid).sum())
            bad_mask += int((expected_valid != got_valid).sum())
            both = expected_valid & got_valid
            bad_value += int((got[both] != expected[both]).sum())
    ok = not problems and bad_mask == 0 and bad_value == 0
    return {"ok": ok, "pixels_checked": checked, "nodata_pixels_checked": nodata_px, "mask_mismatches": bad_mask,
            "value_mismatches": bad_value, "problems": problems, "output_nodata": out_nd,
            "output_dtype": gdal.GetDataTypeName(dband.DataType),
            "output_compression": dds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION", "none"),
            "output_block": dband.GetBlockSize(), "output_mb": dst.stat().st_size / 2**20}


# ---------------------------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------------------------

def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _net_is_noise(r: dict) -> bool:
    """True when the rastercalc time net of start-up is too small to mean anything (start-up varies by ~0.2 s)."""
    return r["wall"] - r["startup_seconds"] < max(0.5, 0.3 * r["startup_seconds"])


def size_table(entry: dict) -> str:
    mpx = entry["megapixels"]
    rows = ["| implementation | seconds | Mpx/s | CPU s | peak RSS MB | process wall s | load | output | verified |",
            "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    impl = entry["implementations"]
    for name in IMPLEMENTATIONS:
        if name not in impl:
            continue
        r = impl[name]
        v = r["verify"]
        out = f"{v['output_dtype']} {v['output_compression']} {v['output_mb']:,.0f} MB"
        check = "yes" if v["ok"] else "**NO**"
        check += f" ({v['pixels_checked']:,} px, {v['nodata_pixels_checked']:,} nodata)"
        if name == "rastercalc":
            rows.append(f"| rastercalc, whole qgis_process call | {_fmt(r['wall'], 2)} | {_fmt(mpx / r['wall'])} | "
                        f"{_fmt(r['cpu'])} | {_fmt(r['peak_rss_mb'], 0)} | {_fmt(r['wall'], 2)} | "
                        f"{r['load_before']:.1f} | {out} | {check} |")
            if _net_is_noise(r):
                rows.append(f"| rastercalc, net of start-up ({r['startup_seconds']:.2f} s) | within start-up noise "
                            "| — | | | | | | |")
            else:
                rows.append(f"| rastercalc, net of start-up ({r['startup_seconds']:.2f} s) | {_fmt(r['seconds'], 2)} | "
                            f"{_fmt(mpx / r['seconds'])} | {_fmt(r['cpu_net'])} | | | | | |")
        else:
            if name == "engine":
                label = f"engine ({r['threads']} threads, blocks {r['block_shape'][0]}x{r['block_shape'][1]})"
            elif name in ENGINE_VARIANTS:
                label = ENGINE_VARIANTS[name][0]
            elif name == "baseline":
                label = "baseline GDAL+numpy, 1 thread"
            else:
                label = "baseline + NUM_THREADS=ALL_CPUS"
            rows.append(f"| {label} | {_fmt(r['seconds'], 2)} | {_fmt(mpx / r['seconds'])} | {_fmt(r['cpu'])} | "
                        f"{_fmt(r['peak_rss_mb'], 0)} | {_fmt(r['wall'], 2)} | {r['load_before']:.1f} | {out} | "
                        f"{check} |")
    ratios = entry.get("ratios", {})
    lines = [f"### {entry['size']} x {entry['size']} ({mpx:,.0f} Mpx), input {entry['input_mb']:,.0f} MB", "",
             *rows, ""]
    if ratios:
        lines.append("Throughput ratios (higher = engine faster): "
                     + ", ".join(f"{k} **{v:.2f}x**" for k, v in ratios.items()))
        lines.append("")
    return "\n".join(lines)


def flatness_table(results: dict) -> str:
    rows = ["| size | Mpx | engine peak RSS MB | engine s | baseline peak RSS MB | measured |",
            "|---|---:|---:|---:|---:|---|"]
    for key in sorted(results["sizes"], key=int):
        e = results["sizes"][key]
        impl = e["implementations"]
        eng = impl.get("engine", {})
        base = impl.get("baseline", {})
        rows.append(f"| {key} x {key} | {e['megapixels']:,.0f} | {_fmt(eng.get('peak_rss_mb'), 0)} | "
                    f"{_fmt(eng.get('seconds'), 1)} | {_fmt(base.get('peak_rss_mb'), 0)} | {e['measured_at']} |")
    return "\n".join(rows)


def ratios(impl: dict) -> dict:
    out = {}
    eng = impl.get("engine")
    if not eng:
        return out
    for name, key, label in (("baseline", "seconds", "engine/baseline"),
                             ("baseline_mt", "seconds", "engine/baseline_mt"),
                             ("rastercalc", "wall", "engine/rastercalc (whole call)"),
                             ("rastercalc", "seconds", "engine/rastercalc (net of start-up)")):
        if name in impl and not (name == "rastercalc" and key == "seconds" and _net_is_noise(impl[name])):
            out[label] = impl[name][key] / eng["seconds"]
    return out


def load_results(path: Path) -> dict:
    if path.exists():
        try:
            data = json.loads(path.read_text())
            if isinstance(data.get("sizes"), dict):
                return data
        except (OSError, ValueError):
            pass
    return {"sizes": {}}


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "numpy": np.__version__, "gdal": gdal.__version__}
    try:
        import psutil
        info["ram_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    return info


# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------

def bench_size(size: int, args: argparse.Namespace, startup: dict | None) -> dict:
    src = WORK / f"in_{size}.tif"
    mpx = size * size / 1e6
    print(f"\n== {size} x {size} ({mpx:,.0f} Mpx)", flush=True)
    gen = generate_input(src, size)
    print(f"   input {src.name}: {gen['bytes'] / 2**20:,.0f} MB"
          + (" (reused)" if gen["reused"] else f", generated in {gen['seconds']:.1f} s"), flush=True)
    names = ["engine", "baseline", "baseline_mt"] + ([] if args.skip_qgis else ["rastercalc"])
    names += list(ENGINE_VARIANTS) if args.engine_variants else []
    impl: dict[str, dict] = {}
    for name in names:
        dst = WORK / f"out_{name}_{size}.tif"
        runs = []
        for _ in range(args.repeat):
            if dst.exists():
                dst.unlink()
            load = os.getloadavg()[0]
            if name == "rastercalc":
                res = rastercalc(src, dst)
                res["startup_seconds"] = startup["seconds"]
                res["seconds"] = max(res["wall"] - startup["seconds"], 1e-9)
                res["cpu_net"] = res["cpu"] - startup["cpu"]
            else:
                res = python_worker(name, src, dst, args.threads)
            res["load_before"] = load
            runs.append(res)
        res = dict(min(runs, key=lambda r: r["seconds"]))  # best of --repeat; memory is the worst
        res["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
        res["all_seconds"] = [r["seconds"] for r in runs]
        res["verify"] = verify(src, dst)
        impl[name] = res
        status = "ok" if res["verify"]["ok"] else "WRONG RESULTS"
        secs = res["wall"] if name == "rastercalc" else res["seconds"]  # whole call: net may be ~0 on small rasters
        print(f"   {name:20s} {secs:8.2f} s  {mpx / secs:8.1f} Mpx/s  CPU {res['cpu']:7.1f} s  "
              f"peak RSS {res['peak_rss_mb']:7.0f} MB  load {res['load_before']:.1f}  verify {status}", flush=True)
        if not args.keep:
            dst.unlink()
    entry = {"size": size, "megapixels": mpx, "input_mb": gen["bytes"] / 2**20, "implementations": impl,
             "ratios": ratios(impl), "threads_arg": args.threads,
             "measured_at": datetime.datetime.now().isoformat(timespec="seconds")}
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000],
                        help="raster side lengths in pixels (default: 5000 20000 = 25 and 400 Mpx)")
    parser.add_argument("--skip-qgis", action="store_true", help="do not run QGIS's raster calculator")
    parser.add_argument("--threads", type=int, default=None, help="engine threads (default: the engine's default)")
    parser.add_argument("--engine-variants", action="store_true",
                        help="also run the engine with DEFLATE level 6 and with uncompressed output (patched in the "
                             "benchmark's child process) to show how much output compression costs")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per implementation; the fastest is reported, with the highest peak RSS")
    parser.add_argument("--keep", action="store_true", help="keep generated inputs and outputs in bench/output/engine")
    parser.add_argument("--json", type=Path, default=RESULTS_JSON,
                        help="results file, merged by size (default: bench/output/engine_results.json)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        run_worker(args)
        return 0

    WORK.mkdir(parents=True, exist_ok=True)
    gdal.SetCacheMax(CACHE_BYTES)  # keep this process small while it generates and verifies
    free_gb = shutil.disk_usage(WORK).free / 2**30
    biggest = max(args.sizes) ** 2
    need_gb = biggest * (1.2 + 4 * 1.2 + (4 if not args.skip_qgis else 0)) / 2**30  # rough upper bound
    print(f"T2 Monitor engine benchmark — {machine()['cpus']} CPUs, free disk {free_gb:,.0f} GB", flush=True)
    if need_gb > free_gb:
        print(f"not enough disk: about {need_gb:,.0f} GB needed for size {max(args.sizes)}", file=sys.stderr)
        return 2

    results = load_results(args.json)
    results["machine"] = machine()
    startup = None
    if not args.skip_qgis:
        if shutil.which("qgis_process") is None:
            print("qgis_process not found: use --skip-qgis", file=sys.stderr)
            return 2
        results["qgis"] = qgis_version()
        startup = qgis_startup()
        print(f"qgis_process start-up ({RASTERCALC_ALG} on 64x64): {startup['seconds']:.2f} s "
              f"(runs {', '.join(f'{s:.2f}' for s in startup['all'])}), peak RSS {startup['peak_rss_mb']:.0f} MB",
              flush=True)
        results["qgis_startup"] = startup
    launcher = run_child(["true"])
    floor = python_worker("noop", WORK / "none", WORK / "none", None)
    results["launcher_floor_rss_mb"] = launcher["peak_rss_mb"]
    results["python_import_floor_rss_mb"] = floor["peak_rss_mb"]
    print(f"peak RSS floors: measurement launcher {launcher['peak_rss_mb']:.0f} MB; python + numpy + GDAL + engine "
          f"imports {floor['peak_rss_mb']:.0f} MB", flush=True)

    entries = []
    failed = False
    try:
        for size in args.sizes:
            entry = bench_size(size, args, startup)
            entries.append(entry)
            results["sizes"][str(size)] = entry
            failed |= not all(r["verify"]["ok"] for r in entry["implementations"].values())
    finally:
        if not args.keep:
            for size in args.sizes:
                for path in WORK.glob(f"*_{size}.tif*"):
                    path.unlink()
        for path in WORK.glob(".child.*"):
            path.unlink()
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, default=str))

    print(f"\n## Results (machine: {os.cpu_count()} CPU cores, shared with other work; {datetime.date.today()}; "
          f"best of {args.repeat})\n")
    print("seconds: compute time inside the child (whole call for qgis_process); CPU s: user+sys of the child; "
          "load: 1-min load average before the run.\n")
    for entry in entries:
        print(size_table(entry))
    print(f"### Engine memory across sizes (every size in {args.json.name})\n")
    print(flatness_table(results))
    print(f"\nJSON: {args.json}")
    if failed:
        print("\nSOME OUTPUTS DO NOT MATCH THE EXPECTED VALUES — see 'verify' in the JSON", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
