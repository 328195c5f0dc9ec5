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
from osgeo import gdal

gdal.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from engine_data import CACHE_BYTES, OUT_NODATA, generate_input, make_tiny_input, verify  # noqa: E402
from engine_report import flatness_table, ratios, size_table  # noqa: E402
from measure import run_measured, vm_hwm_mb  # noqa: E402

from t2_monitor_plugin.core.output import GTIFF_OPTIONS  # noqa: E402 - needs ROOT on the path

OUTPUT_ROOT = HERE / "output"
WORK = OUTPUT_ROOT / "engine"
RESULTS_JSON = OUTPUT_ROOT / "engine_results.json"

# the engine's own output options (same compression level), without its NUM_THREADS, for a like-for-like baseline
BASE_OPTIONS = [o for o in GTIFF_OPTIONS if not o.startswith("NUM_THREADS")] + ["PREDICTOR=3"]
RASTERCALC_ALG = "native:rastercalc"
ENGINE_VARIANTS = {  # --engine-variants: the engine's output creation options patched in the worker only
    "engine_zlevel6": lambda opts: [o for o in opts if not o.startswith("ZLEVEL=")],
    "engine_uncompressed": lambda opts: [o for o in opts if not o.startswith("COMPRESS=")],
}


# ---------------------------------------------------------------------------------------------------------------
# Workers (run in a fresh child process: `bench_engine.py --worker NAME --input IN --output OUT`)
# ---------------------------------------------------------------------------------------------------------------

def worker_engine(src: str, dst: str, threads: int | None, variant: str | None = None) -> dict:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core import engine, output
    from t2_monitor_plugin.core.output import RasterOutput
    from t2_monitor_plugin.core.rasters import RasterInput

    if variant:  # only in this child process; the plugin's files are not touched
        output.GTIFF_OPTIONS = ENGINE_VARIANTS[variant](list(output.GTIFF_OPTIONS))

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
# Reporting
# ---------------------------------------------------------------------------------------------------------------

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
