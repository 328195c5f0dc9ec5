#!/usr/bin/env python3
"""Block engine vs the Dask backend (1, 2 and 4 local workers): wall time, peak memory per worker, scaling.

Two cases (issue 17): ``productivitytrajectory`` on a 20-year Float32 stack of ``--stack-size``² pixels (default
8,000²) and ``sdg1531`` on three class layers of ``--sdg-size``² pixels (default 20,000²). ``--quick`` uses 1,024²
and 2,048². The block engine runs headless in a child process (peak RSS from wait4); each Dask configuration gets a
fresh LocalCluster (1 thread per worker, worker processes) whose workers report their own peak RSS (VmHWM) after
the run; wall time is the run itself (cluster start-up is printed apart). Outputs of every configuration are
compared with the block engine's (classes bit for bit) and the benchmark fails when they differ. Scaling
efficiency = T(1 worker) / (n x T(n workers)). On this 2-core machine 4 workers oversubscribe the cores.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import run_measured  # noqa: E402


def _create(path: Path, size: int, bands: int, dtype, nodata, fill) -> str:
    """A tiled GeoTIFF written in strips by ``fill(band, row0, rows, cols)`` (never the whole raster in memory)."""
    if path.exists():
        return str(path)
    tmp = path.with_suffix(".part.tif")
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp), size, size, bands, dtype,
                                              options=["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=YES"])
    ds.SetGeoTransform((300000.0, 10.0, 0.0, 9000000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    step = 512
    for b in range(bands):
        band = ds.GetRasterBand(b + 1)
        band.SetNoDataValue(nodata)
        for r in range(0, size, step):
            rows = min(step, size - r)
            band.WriteArray(fill(b, r, rows, size), 0, r)
    ds = None
    os.replace(tmp, path)
    return str(path)


def make_inputs(work: Path, stack_size: int, sdg_size: int) -> dict:
    def ndvi(b, r, rows, cols):
        rng = np.random.default_rng(b * 100003 + r)
        trend = np.linspace(-0.01, 0.01, cols, dtype=np.float32)[None, :]
        return (0.5 + trend * b + rng.normal(0, 0.03, (rows, cols))).astype(np.float32)

    def classes(lo, hi, seed):
        def fill(b, r, rows, cols):
            return np.random.default_rng(seed * 7919 + r).integers(lo, hi + 1, (rows, cols)).astype(np.int16)
        return fill

    return {
        "stack": _create(work / f"ndvi_{stack_size}.tif", stack_size, 20, gdal.GDT_Float32, -9999.0, ndvi),
        "lpd": _create(work / f"lpd_{sdg_size}.tif", sdg_size, 1, gdal.GDT_Int16, -32768, classes(1, 5, 1)),
        "lc": _create(work / f"lc_{sdg_size}.tif", sdg_size, 1, gdal.GDT_Int16, -32768, classes(-1, 1, 2)),
        "soc": _create(work / f"soc_{sdg_size}.tif", sdg_size, 1, gdal.GDT_Int16, -32768, classes(-1, 1, 3)),
    }


def cases(inputs: dict) -> list[tuple[str, str, dict]]:
    return [("trajectory", "productivitytrajectory", {"INPUT": [inputs["stack"]], "FIRST_YEAR": 2001}),
            ("sdg1531", "sdg1531", {"PRODUCTIVITY": inputs["lpd"], "LAND_COVER": inputs["lc"],
                                    "SOC": inputs["soc"]})]


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_block(alg: str, params: dict, out: str, work: Path) -> dict:
    args = [sys.executable, "-m", "t2_monitor_plugin.cli", "run", alg, "--engine", "block", "--quiet",
            "--OUTPUT", out]
    for key, value in params.items():
        args += [f"--{key}", *(value if isinstance(value, list) else [str(value)])]
    m = run_measured(args, work, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    summary = json.loads(m["stdout"])
    assert summary["status"] == "ok", summary
    return {"wall": summary["seconds"], "peak_mb": m["peak_rss_mb"], "workers": 0}


def run_dask(alg: str, params: dict, out: str, workers: int, memory_limit: str) -> dict:
    from t2_monitor_plugin.cli.dask_engine import open_client
    from t2_monitor_plugin.cli.main import run_algorithm
    started = time.perf_counter()
    client, _info = open_client(None, workers, 1, memory_limit)
    startup = time.perf_counter() - started
    try:
        summary = run_algorithm(alg, dict(params, OUTPUT=out), engine="dask", quiet=True, client=client)
        assert summary["status"] == "ok", summary
        peaks = sorted(client.run(_peak_rss_mb).values())
    finally:
        client.close()
        client.cluster.close()
    return {"wall": summary["seconds"], "peak_mb": max(peaks), "workers": workers, "startup": startup}


def same(a: str, b: str) -> bool:
    return np.array_equal(gdal.Open(a).ReadAsArray(), gdal.Open(b).ReadAsArray())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,024² stack and 2,048² sdg1531")
    parser.add_argument("--stack-size", type=int, default=8000)
    parser.add_argument("--sdg-size", type=int, default=20000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--memory-limit", default="4GiB", help="per worker")
    parser.add_argument("--work", default=str(ROOT / "bench" / "output" / "dask"))
    args = parser.parse_args()
    if args.quick:
        args.stack_size, args.sdg_size = 1024, 2048
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    inputs = make_inputs(work, args.stack_size, args.sdg_size)
    rows = []
    ok = True
    for name, alg, params in cases(inputs):
        size = args.stack_size if name == "trajectory" else args.sdg_size
        ref = str(work / f"{name}_block.tif")
        base = run_block(alg, params, ref, work)
        rows.append((name, size, "block engine", base, None))
        t1 = None
        for n in [int(w) for w in args.workers.split(",")]:
            out = str(work / f"{name}_dask{n}.tif")
            res = run_dask(alg, params, out, n, args.memory_limit)
            t1 = res["wall"] if n == 1 else t1
            eff = t1 / (n * res["wall"]) if t1 else None
            identical = same(ref, out)
            ok &= identical
            rows.append((name, size, f"Dask, {n} worker(s)", res, (eff, identical)))
    print("\n| case | pixels | engine | wall (s) | peak memory per worker (MB) | scaling efficiency | "
          "identical to block engine |\n|---|---|---|---|---|---|---|")
    for name, size, label, res, extra in rows:
        eff, identical = extra or (None, None)
        print(f"| {name} | {size:,}² | {label} | {res['wall']:.1f} | {res['peak_mb']:.0f} | "
              f"{'' if eff is None else f'{eff:.2f}'} | "
              f"{'' if identical is None else ('yes' if identical else 'NO')} |")
    startups = [r[3]["startup"] for r in rows if "startup" in r[3]]
    print(f"\nLocalCluster start-up (not in the wall times): {min(startups):.1f}-{max(startups):.1f} s; "
          f"{os.cpu_count()} CPU(s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
