#!/usr/bin/env python3
"""Benchmark forest fragmentation (t2monitor:forestfragmentation core) at a small and a large window.

A size x size binary forest map (Byte, 1 forest / 0 non-forest / 255 nodata; smooth blobs of forest cut by clearings
and roads, ~5 % scattered nodata and a nodata triangle in the upper-left corner) is generated strip by strip under
``bench/output/fragmentation/``. ``run_fragmentation`` (classes + Pf, default engine threads and blocks) then runs at
each window size in a fresh child process spawned from a ~9 MB launcher, so that its peak RSS (``ru_maxrss``) is its
own. The moving sums come from summed-area tables, so the time per pixel should barely depend on the window; the
only growth is the halo (window // 2 pixels) read around every block.

Every run is verified on randomly sampled pixels against a direct count over each pixel's window (numpy slicing of
the input, pairs counted on the window itself, classes decided with fractions): any difference fails the benchmark.

Usage::

    .venv/bin/python bench/bench_fragmentation.py                       # 4096 x 4096 (16.8 Mpx), windows 3 and 51
    .venv/bin/python bench/bench_fragmentation.py --size 8192 --windows 3 11 51 --keep
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from fractions import Fraction
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from measure import input_is_current, run_measured, vm_hwm_mb  # noqa: E402 - bench/ is not a package

WORK = HERE / "output" / "fragmentation"
RESULTS_JSON = HERE / "output" / "fragmentation_results.json"
SEED = 20241107
ND = 255
STRIP = 256


def generate(path: Path, size: int, seed: int = SEED) -> dict:
    tag = f"t2m-bench-fragmentation-v1:{seed}:{size}"
    if input_is_current(path, tag):
        return {"reused": True, "seconds": 0.0}
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    waves = [(rng.uniform(0.002, 0.03, 2), rng.uniform(0, 6.3, 2), rng.uniform(0.5, 1.0)) for _ in range(8)]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Byte,
                                              options=["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1"])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetGeoTransform((300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0))
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(ND)
    cols = np.arange(size)
    for r0 in range(0, size, STRIP):
        rows = np.arange(r0, min(r0 + STRIP, size))[:, None]
        field = sum(amp * np.sin(f[0] * rows + p[0]) * np.cos(f[1] * cols + p[1]) for f, p, amp in waves)
        forest = (field + rng.normal(0, 0.35, field.shape)) > -0.4
        forest &= (rows % 700 > 3) | (cols % 900 > 5)[None, :]  # roads
        arr = forest.astype(np.uint8)
        arr[rng.random(arr.shape) < 0.05] = ND
        arr[rows + cols[None, :] < size // 8] = ND
        band.WriteArray(arr, 0, r0)
    ds.SetMetadataItem("T2M_BENCH", tag)
    ds = None
    return {"reused": False, "seconds": time.perf_counter() - started}


def worker(src: str, out_dir: str, window: int, threads: int | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core.fragmentation import run_fragmentation
    from t2_monitor_plugin.core.output import RasterOutput
    from t2_monitor_plugin.core.rasters import RasterInput

    started = time.perf_counter()
    summary = run_fragmentation(RasterInput(src), RasterOutput(os.path.join(out_dir, f"cls_{window}.tif"), "uint8",
                                                               ND),
                                window=window, pf=RasterOutput(os.path.join(out_dir, f"pf_{window}.tif")),
                                threads=threads)
    return {"seconds": time.perf_counter() - started, "blocks": summary.blocks, "vm_hwm_mb": vm_hwm_mb()}


def run_child(cmd: list[str]) -> dict:
    usage = run_measured(cmd, WORK)
    if usage["code"] != 0:
        raise RuntimeError(f"worker failed ({usage['code']}):\n{usage['stderr'][-3000:]}")
    info = json.loads(usage["stdout"].strip().splitlines()[-1])
    info.update(wall=usage["wall"], peak_rss_mb=usage["peak_rss_mb"], cpu=usage["cpu"])
    return info


def expected_at(ds, r: int, c: int, window: int) -> tuple[int, float]:
    """Class and Pf of one pixel, counted directly over its window."""
    h, size = window // 2, ds.RasterXSize
    r0, c0, r1, c1 = max(r - h, 0), max(c - h, 0), min(r + h + 1, size), min(c + h + 1, size)
    win = ds.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
    centre = win[r - r0, c - c0]
    if centre == ND:
        return ND, -9999.0
    valid, forest = win != ND, win == 1
    f, v = int(forest.sum()), int(valid.sum())
    pairs_any = pairs_both = 0
    horizontal = ((slice(None), slice(None, -1)), (slice(None), slice(1, None)))
    vertical = ((slice(None, -1), slice(None)), (slice(1, None), slice(None)))
    for first, second in (horizontal, vertical):
        ok = valid[first] & valid[second]
        pairs_any += int((ok & (forest[first] | forest[second])).sum())
        pairs_both += int((forest[first] & forest[second]).sum())
    pf = float(np.float32(f / v))
    if centre != 1:
        return 0, pf
    p_f = Fraction(f, v)
    if p_f == 1:
        return 6, pf
    if p_f < Fraction(2, 5):
        return 1, pf
    if p_f < Fraction(3, 5):
        return 2, pf
    if pairs_any == 0 or p_f == Fraction(pairs_both, pairs_any):
        return 5, pf
    return (3 if p_f < Fraction(pairs_both, pairs_any) else 4), pf


def verify(src: Path, out_dir: Path, window: int, count: int) -> dict:
    ds = gdal.Open(str(src))
    cls_ds, pf_ds = gdal.Open(str(out_dir / f"cls_{window}.tif")), gdal.Open(str(out_dir / f"pf_{window}.tif"))
    rng = np.random.default_rng(SEED + window)
    size = ds.RasterXSize
    points = [tuple(int(x) for x in rng.integers(0, size, 2)) for _ in range(count)]
    points += [(0, size - 1), (size - 1, size - 1), (size - 1, 0), (size // 2, 0)]
    bad = 0
    for r, c in points:
        cls, pf = expected_at(ds, r, c, window)
        got_cls = int(cls_ds.ReadAsArray(c, r, 1, 1)[0, 0])
        got_pf = float(pf_ds.ReadAsArray(c, r, 1, 1)[0, 0])
        bad += got_cls != cls or (cls != ND and got_pf != pf)
    return {"ok": bad == 0, "pixels": len(points), "mismatches": bad}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--windows", type=int, nargs="+", default=[3, 51])
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--worker", nargs=3, metavar=("SRC", "OUT_DIR", "WINDOW"))
    args = parser.parse_args(argv)
    if args.worker:
        src, out_dir, window = args.worker
        print(json.dumps(worker(src, out_dir, int(window), args.threads)))
        return 0

    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"forest_{args.size}.tif"
    gen = generate(src, args.size)
    mpx = args.size ** 2 / 1e6
    print(f"{args.size} x {args.size} ({mpx:.1f} Mpx) forest map: generated in {gen['seconds']:.1f} s"
          f"{' (reused)' if gen['reused'] else ''}", flush=True)
    out_dir = WORK / "out"
    out_dir.mkdir(exist_ok=True)
    results, ok = [], True
    for window in args.windows:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(src), str(out_dir), str(window)]
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        run = run_child(cmd)
        check = verify(src, out_dir, window, args.sample)
        ok &= check["ok"]
        print(f"  window {window:3d}: {run['seconds']:6.2f} s  {mpx / run['seconds']:6.2f} Mpx/s  "
              f"CPU {run['cpu']:6.1f} s  peak RSS {run['peak_rss_mb']:5.0f} MB  ({run['blocks']} blocks)  verify "
              f"{'ok' if check['ok'] else 'WRONG RESULTS'} ({check['pixels']} pixels)", flush=True)
        results.append({"window": window, "run": run, "verify": check})
        if not args.keep:
            for f in out_dir.iterdir():
                f.unlink()
    if not args.keep:
        out_dir.rmdir()
        src.unlink()
    RESULTS_JSON.write_text(json.dumps({"size": args.size, "megapixels": mpx, "results": results,
                                        "load": os.getloadavg()[0],
                                        "measured_at": datetime.datetime.now().isoformat(timespec="seconds")},
                                       indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
