#!/usr/bin/env python3
"""Benchmark t2monitor's weighted overlay against QGIS's raster calculator on the same expression.

Six Float32 criteria (values 0..1, ~1 % scattered nodata, tiled DEFLATE, EPSG:32718, 30 m) of SIZE x SIZE pixels are
generated strip by strip (default 4096 -> 16.8 Mpx). Both implementations compute ``sum_i w_i * c_i`` with nodata
where any criterion is nodata, in the same run of this script:

* ``overlay``     ``t2_monitor_plugin.core.overlay.overlay`` (the block engine, default threads and blocks);
* ``rastercalc``  ``qgis_process run native:rastercalc`` with ``0.3 * "c1@1" + 0.25 * "c2@1" + ...``, timed as a
  whole and net of qgis_process start-up (the same algorithm on a 64x64 raster).

Each runs in a fresh child process spawned by ``measure.run_measured`` (peak RSS from ``wait4``). The outputs are
compared with each other on sampled windows (values within 1e-5, same nodata pixels) before any figure is printed.
Results go to ``bench/output/overlay_results.json``.

Usage::

    .venv/bin/python bench/bench_overlay.py                # 4096 x 4096
    .venv/bin/python bench/bench_overlay.py --size 8192    # 67 Mpx
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from measure import input_is_current, run_measured, vm_hwm_mb  # noqa: E402

WORK = HERE / "output" / "overlay"
RESULTS_JSON = HERE / "output" / "overlay_results.json"
WEIGHTS = [0.3, 0.25, 0.15, 0.12, 0.1, 0.08]
NODATA = -9999.0
SEED = 20260101
TILE = 256


def generate(folder: Path, size: int) -> list[Path]:
    """Six criteria: smooth random ramps plus noise in 0..1, ~1 % nodata; reused when already there."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"c{i + 1}.tif" for i in range(len(WEIGHTS))]
    tag = f"bench-overlay-v1:{SEED}:{size}"
    if all(input_is_current(p, tag) for p in paths):
        return paths
    rng = np.random.default_rng(SEED)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    opts = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "BIGTIFF=IF_SAFER"]
    cols = np.arange(size, dtype=np.float32)[None, :] / size
    for path in paths:
        ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32, options=opts)
        ds.SetGeoTransform((300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.SetMetadataItem("T2M_BENCH", tag)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        a, b = rng.uniform(0.2, 1.0, 2)
        for r0 in range(0, size, TILE):
            rows = min(TILE, size - r0)
            r = np.arange(r0, r0 + rows, dtype=np.float32)[:, None] / size
            x = 0.5 + 0.35 * np.sin(6 * a * cols + 4 * b * r) + rng.normal(0, 0.05, (rows, size)).astype(np.float32)
            x = np.clip(x, 0, 1).astype(np.float32)
            x[rng.random((rows, size)) < 0.01 / len(WEIGHTS)] = NODATA
            band.WriteArray(x, 0, r0)
        ds = None
    return paths


def worker_overlay(inputs: list[str], dst: str) -> dict:
    import time

    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core import overlay as ov

    started = time.perf_counter()
    crits = ov.criteria_inputs([(p, Path(p).stem) for p in inputs])
    result = ov.overlay(crits, WEIGHTS, dst)
    return {"seconds": time.perf_counter() - started, "valid_ha": result.valid_ha, "vm_hwm_mb": vm_hwm_mb()}


def qgis_env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("QGIS_PLUGINPATH", None)
    return env


def rastercalc(inputs: list[Path], dst: Path) -> dict:
    expr = " + ".join(f'{w} * "{p.stem}@1"' for w, p in zip(WEIGHTS, inputs))
    cmd = ["qgis_process", "run", "native:rastercalc", *[f"--LAYERS={p}" for p in inputs], f"--EXPRESSION={expr}",
           f"--OUTPUT={dst}"]
    res = run_measured(cmd, WORK, qgis_env())
    if res["code"] != 0 or not dst.exists():
        raise RuntimeError(f"qgis_process failed ({res['code']}):\n{res['stdout'][-2000:]}\n{res['stderr'][-2000:]}")
    return res


def compare(a: Path, b: Path, size: int, windows: int = 12) -> dict:
    """Both outputs agree (values within 1e-5, same nodata pixels) on random 256x256 windows."""
    da, db = gdal.Open(str(a)), gdal.Open(str(b))
    na, nb = da.GetRasterBand(1).GetNoDataValue(), db.GetRasterBand(1).GetNoDataValue()
    rng = np.random.default_rng(1)
    worst, mismatched = 0.0, 0
    for _ in range(windows):
        r, c = (int(v) for v in rng.integers(0, max(1, size - TILE), 2))
        n = min(TILE, size)
        x = da.ReadAsArray(c, r, n, n)
        y = db.ReadAsArray(c, r, n, n)
        vx, vy = x != na, y != nb
        mismatched += int((vx != vy).sum())
        both = vx & vy
        if both.any():
            worst = max(worst, float(np.abs(x[both] - y[both]).max()))
    return {"ok": mismatched == 0 and worst < 1e-5, "max_abs_diff": worst, "nodata_mismatches": mismatched}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=4096, help="raster side in pixels (default 4096 = 16.8 Mpx)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker == "overlay":
        print(json.dumps(worker_overlay(args.inputs, args.output)))
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    gdal.SetCacheMax(128 * 2**20)
    inputs = generate(WORK, args.size)
    mpx = args.size ** 2 / 1e6
    out_engine, out_calc = WORK / "suit_overlay.tif", WORK / "suit_rastercalc.tif"
    for p in (out_engine, out_calc):
        if p.exists():
            p.unlink()
    res = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", "overlay", "--inputs",
                        *map(str, inputs), "--output", str(out_engine)], WORK)
    if res["code"] != 0:
        raise RuntimeError(res["stderr"][-3000:])
    engine = dict(res, **json.loads(res["stdout"].strip().splitlines()[-1]))
    tiny_dir = WORK / "tiny"
    tiny = generate(tiny_dir, 64)
    startup = rastercalc(tiny, tiny_dir / "out.tif")
    (tiny_dir / "out.tif").unlink()
    calc = rastercalc(inputs, out_calc)
    calc["net_seconds"] = max(calc["wall"] - startup["wall"], 1e-9)
    check = compare(out_engine, out_calc, args.size)
    entry = {"size": args.size, "megapixels": mpx, "criteria": len(WEIGHTS), "cpus": os.cpu_count(),
             "overlay": {k: engine[k] for k in ("seconds", "wall", "cpu", "peak_rss_mb", "vm_hwm_mb")},
             "rastercalc": {k: calc[k] for k in ("wall", "net_seconds", "cpu", "peak_rss_mb")},
             "rastercalc_startup_seconds": startup["wall"], "verify": check,
             "ratio_rastercalc_net_over_overlay": calc["net_seconds"] / engine["seconds"],
             "ratio_rastercalc_wall_over_overlay_wall": calc["wall"] / engine["wall"],
             "measured_at": datetime.datetime.now().isoformat(timespec="seconds")}
    print(f"| implementation | seconds | Mpx/s | CPU s | peak RSS MB |\n|---|---|---|---|---|\n"
          f"| t2monitor overlay (in-process time) | {engine['seconds']:.2f} | {mpx / engine['seconds']:.1f} | "
          f"{engine['cpu']:.1f} | {engine['peak_rss_mb']:.0f} |\n"
          f"| rastercalc, whole qgis_process call | {calc['wall']:.2f} | {mpx / calc['wall']:.1f} | "
          f"{calc['cpu']:.1f} | {calc['peak_rss_mb']:.0f} |\n"
          f"| rastercalc, net of start-up ({startup['wall']:.2f} s) | {calc['net_seconds']:.2f} | "
          f"{mpx / calc['net_seconds']:.1f} | | |\n\n"
          f"{mpx:.1f} Mpx x {len(WEIGHTS)} criteria; rastercalc net / overlay = "
          f"{entry['ratio_rastercalc_net_over_overlay']:.2f}; outputs agree: {check}")
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    results[str(args.size)] = entry
    RESULTS_JSON.write_text(json.dumps(results, indent=1))
    return 0 if check["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
