#!/usr/bin/env python3
"""Benchmark the productivity trajectory (Mann-Kendall + Sen's slope) against pymannkendall applied per pixel.

For each size, a 23-band Int16 NDVI-like stack (years 2001-2023, scale 0.0001, nodata -32768, ~3 % cloud gaps per
year, a nodata corner, trends of both signs) is generated strip by strip under ``bench/output/trajectory/``; then:

* ``run_trajectory`` (the core of ``t2monitor:productivitytrajectory``: class + Sen's slope, default engine threads)
  runs in a fresh child process, spawned from a ~10 MB launcher so that its ``ru_maxrss`` (peak RSS) is its own;
* ``pymannkendall.original_test`` runs in this process on a random sample of valid pixels (2000 by default), single
  threaded; its time per pixel times the number of classified pixels is its extrapolated time for the raster;
* the speed-up is that extrapolated time over the engine's wall time (both measured in the same run), also given per
  CPU second (the engine's user+sys CPU time), so the two cores do not flatter it;
* the sampled pixels' class and slope in the output are checked against pymannkendall: any difference fails the
  benchmark (exit 1).

Usage::

    .venv/bin/python bench/bench_trajectory.py                  # sizes 2048 and 4096 (4.2 and 16.8 Mpx)
    .venv/bin/python bench/bench_trajectory.py --sizes 4096 --sample 500 --keep
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from measure import input_is_current, run_measured, vm_hwm_mb  # noqa: E402 - bench/ is not a package

WORK = HERE / "output" / "trajectory"
RESULTS_JSON = HERE / "output" / "trajectory_results.json"
YEARS = list(range(2001, 2024))
NODATA = -32768
SCALE = 0.0001
SEED = 20240923
TILE = 256
MIN_YEARS = 10
ALPHA = 0.05


def generate_stack(path: Path, size: int, seed: int = SEED) -> dict:
    """A size x size, 23-band Int16 GeoTIFF (tiled 256, DEFLATE, pixel-interleaved), written one 256-row strip at a
    time: smooth base NDVI 0.3-0.85, a per-pixel trend (mostly flat, some declining or recovering patches), a yearly
    regional anomaly, pixel noise (sd 0.02), ~3 % cloud gaps per year and a nodata triangle in the upper-left corner."""
    tag = f"t2m-bench-trajectory-v1:{seed}:{size}"
    if input_is_current(path, tag):
        return {"reused": True, "seconds": 0.0, "bytes": path.stat().st_size}
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    tmp = path.with_name(path.name + ".tmp.tif")
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=1",
            "BIGTIFF=IF_SAFER", "INTERLEAVE=PIXEL", "NUM_THREADS=ALL_CPUS"]
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp), size, size, len(YEARS), gdal.GDT_Int16, options=opts)
    ds.SetGeoTransform((300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetMetadataItem("T2M_BENCH", tag)
    for b, year in enumerate(YEARS, start=1):
        band = ds.GetRasterBand(b)
        band.SetNoDataValue(NODATA)
        band.SetScale(SCALE)
        band.SetOffset(0.0)
        band.SetDescription(str(year))
    t = np.arange(len(YEARS), dtype=np.float32)[:, None, None]
    anomaly = rng.normal(0, 0.02, len(YEARS)).astype(np.float32)[:, None, None]
    cols = np.arange(size, dtype=np.float32)
    for r0 in range(0, size, TILE):
        rows = min(TILE, size - r0)
        yy = np.arange(r0, r0 + rows, dtype=np.float32)[:, None]
        base = 0.575 + 0.275 * np.sin(yy / 530.0) * np.cos(cols[None, :] / 410.0)
        patch = np.sin(yy / 97.0 + 1.3) * np.sin(cols[None, :] / 83.0)
        trend = np.where(patch > 0.8, -0.012, np.where(patch < -0.85, 0.01, 0.0)).astype(np.float32)
        ndvi = base[None] + trend[None] * t + anomaly + rng.normal(0, 0.02, (len(YEARS), rows, size))
        data = np.clip(np.round(ndvi / SCALE), -10000, 10000).astype(np.int16)
        data[rng.random(data.shape) < 0.03] = NODATA
        data[:, (yy + cols[None, :]) < size / 8] = NODATA
        ds.WriteArray(data, 0, r0)
    ds.FlushCache()
    ds = None
    os.replace(tmp, path)
    return {"reused": False, "seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


# worker (fresh child process) ---------------------------------------------------------------------------------

def worker(src: str, out_dir: str, threads: int | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core.output import RasterOutput
    from t2_monitor_plugin.core.rasters import RasterInput
    from t2_monitor_plugin.core.trajectory import run_trajectory

    started = time.perf_counter()
    summary = run_trajectory([RasterInput(src)], YEARS, RasterOutput(os.path.join(out_dir, "class.tif"), "int16"),
                             RasterOutput(os.path.join(out_dir, "slope.tif"), "float32"), alpha=ALPHA,
                             min_years=MIN_YEARS, threads=threads)
    return {"seconds": time.perf_counter() - started, "blocks": summary.blocks,
            "classified": sum(summary.counts.values()), "counts": {str(k): v for k, v in summary.counts.items()},
            "vm_hwm_mb": vm_hwm_mb()}


def run_child(args: list[str]) -> dict:
    usage = run_measured(args, WORK)
    if usage["code"] != 0:
        raise RuntimeError(f"worker failed ({usage['code']}):\n{usage['stderr'][-3000:]}")
    info = json.loads(usage["stdout"].strip().splitlines()[-1])
    info.update(wall=usage["wall"], peak_rss_mb=usage["peak_rss_mb"], cpu=usage["cpu"])
    return info


# reference and verification ---------------------------------------------------------------------------------

def sample_pixels(path: Path, count: int, seed: int = SEED) -> list[tuple[int, int, np.ndarray]]:
    """Random pixels with at least MIN_YEARS valid years, with their series in NDVI units (NaN for gaps)."""
    ds = gdal.Open(str(path))
    size = ds.RasterXSize
    rng = np.random.default_rng(seed + 7)
    out = []
    while len(out) < count:
        r, c = (int(v) for v in rng.integers(0, size, 2))
        raw = ds.ReadAsArray(c, r, 1, 1).reshape(-1)
        valid = raw != NODATA
        if valid.sum() >= MIN_YEARS:
            out.append((r, c, np.where(valid, raw * SCALE, np.nan)))
    return out


def pymannkendall_reference(pixels) -> tuple[float, list]:
    import pymannkendall as pmk

    started = time.perf_counter()
    results = [pmk.original_test(series, alpha=ALPHA) for _, _, series in pixels]
    return (time.perf_counter() - started) / len(pixels), results


def verify(out_dir: Path, pixels, refs) -> dict:
    cls_ds, slope_ds = gdal.Open(str(out_dir / "class.tif")), gdal.Open(str(out_dir / "slope.tif"))
    bad_class = bad_slope = 0
    for (r, c, _), ref in zip(pixels, refs):
        cls = int(cls_ds.ReadAsArray(c, r, 1, 1)[0, 0])
        slope = float(slope_ds.ReadAsArray(c, r, 1, 1)[0, 0])
        expected = 0 if not ref.h else (1 if ref.z > 0 else -1)
        bad_class += cls != expected
        bad_slope += not np.isclose(slope, ref.slope, rtol=1e-5, atol=1e-9)
    return {"ok": bad_class == 0 and bad_slope == 0, "pixels": len(pixels), "class_mismatches": int(bad_class),
            "slope_mismatches": int(bad_slope)}


# main ---------------------------------------------------------------------------------

def bench_size(size: int, args) -> dict:
    src = WORK / f"stack_{size}.tif"
    gen = generate_stack(src, size)
    mpx = size * size / 1e6
    print(f"\n{size} x {size} x {len(YEARS)} bands ({mpx:.1f} Mpx, {gen['bytes'] / 2**20:,.0f} MB): generated in "
          f"{gen['seconds']:.1f} s{' (reused)' if gen['reused'] else ''}", flush=True)
    out_dir = WORK / f"out_{size}"
    out_dir.mkdir(exist_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(src), str(out_dir)]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    engine = run_child(cmd)
    print(f"  engine   {engine['seconds']:7.1f} s  {mpx / engine['seconds']:6.2f} Mpx/s  CPU {engine['cpu']:6.1f} s  "
          f"peak RSS {engine['peak_rss_mb']:5.0f} MB  ({engine['blocks']} blocks)", flush=True)
    pixels = sample_pixels(src, args.sample)
    per_pixel, refs = pymannkendall_reference(pixels)
    extrapolated = per_pixel * engine["classified"]
    check = verify(out_dir, pixels, refs)
    entry = {"size": size, "megapixels": mpx, "input_mb": gen["bytes"] / 2**20, "engine": engine,
             "pymannkendall_us_per_pixel": per_pixel * 1e6, "pymannkendall_sample": len(pixels),
             "pymannkendall_extrapolated_s": extrapolated, "speedup_wall": extrapolated / engine["seconds"],
             "speedup_per_cpu_second": extrapolated / engine["cpu"], "verify": check,
             "measured_at": datetime.datetime.now().isoformat(timespec="seconds")}
    print(f"  pymannkendall {per_pixel * 1e6:7.0f} us/pixel on {len(pixels)} pixels -> {extrapolated / 3600:6.2f} h "
          f"for {engine['classified']:,} pixels;  speed-up x{entry['speedup_wall']:,.0f} (wall), "
          f"x{entry['speedup_per_cpu_second']:,.0f} (per CPU second);  verify "
          f"{'ok' if check['ok'] else 'WRONG RESULTS'}", flush=True)
    if not args.keep:
        for f in out_dir.iterdir():
            f.unlink()
        out_dir.rmdir()
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2048, 4096],
                        help="raster side lengths (default 2048 4096: 4.2 and 16.8 Mpx)")
    parser.add_argument("--sample", type=int, default=2000, help="pixels run through pymannkendall (default 2000)")
    parser.add_argument("--threads", type=int, default=None, help="engine threads (default: the engine's)")
    parser.add_argument("--keep", action="store_true", help="keep the generated stacks and outputs")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        if args.worker[0] == "noop":  # interpreter + numpy + GDAL + the trajectory module, nothing computed
            sys.path.insert(0, str(ROOT))
            from t2_monitor_plugin.core import trajectory  # noqa: F401
            print(json.dumps({"seconds": 0.0}))
        else:
            print(json.dumps(worker(args.worker[0], args.worker[1], args.threads)))
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    gdal.SetCacheMax(128 * 2**20)
    print(f"T2 Monitor trajectory benchmark — {os.cpu_count()} CPUs, {len(YEARS)} years, MIN_YEARS {MIN_YEARS}, "
          f"alpha {ALPHA}", flush=True)
    floor = run_child([sys.executable, str(Path(__file__).resolve()), "--worker", "noop", "-"])
    print(f"peak RSS floor (python + numpy + GDAL + imports, nothing computed): {floor['peak_rss_mb']:.0f} MB; "
          f"the engine's GDAL block cache may add up to 128 MB", flush=True)
    entries = []
    try:
        for size in args.sizes:
            entries.append(bench_size(size, args))
    finally:
        if not args.keep:
            for size in args.sizes:
                for f in WORK.glob(f"stack_{size}.tif*"):
                    f.unlink()
    results = {"machine": {"cpus": os.cpu_count(), "numpy": np.__version__, "gdal": gdal.__version__},
               "import_floor_rss_mb": floor["peak_rss_mb"],
               "sizes": {str(e["size"]): e for e in entries}}
    RESULTS_JSON.write_text(json.dumps(results, indent=1, default=str))
    print(f"\n## Trajectory results ({datetime.date.today()}, {os.cpu_count()} CPU cores shared with other work)\n")
    print("| size | Mpx | engine s | Mpx/s | CPU s | peak RSS MB | pymannkendall µs/px | speed-up (wall) | "
          "speed-up (per CPU s) | verified |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for e in entries:
        g = e["engine"]
        print(f"| {e['size']}² | {e['megapixels']:.1f} | {g['seconds']:.1f} | {e['megapixels'] / g['seconds']:.2f} | "
              f"{g['cpu']:.1f} | {g['peak_rss_mb']:.0f} | {e['pymannkendall_us_per_pixel']:.0f} | "
              f"×{e['speedup_wall']:,.0f} | ×{e['speedup_per_cpu_second']:,.0f} | "
              f"{'ok' if e['verify']['ok'] else 'NO'} ({e['verify']['pixels']} px) |")
    print(f"\nPeak RSS floor of a child that only imports: {floor['peak_rss_mb']:.0f} MB.\nJSON: {RESULTS_JSON}")
    if not all(e["verify"]["ok"] for e in entries):
        print("SOME OUTPUTS DO NOT MATCH pymannkendall", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
