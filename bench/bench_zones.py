#!/usr/bin/env python3
"""Benchmark zonal tables against the number of zones: 10, 1,000 and 100,000 zones side by side.

Input: a generated SIZE x SIZE (default 10000) 30 m UTM (EPSG:32718) Int16 land-cover raster (12 classes in 16 px
patches, 2 % nodata, tiled DEFLATE) and, per zone count, a GeoPackage of jittered-lattice quadrilaterals (a
Voronoi-like tessellation: shared edges, not on pixel lines) that tile the raster. Inputs are cached under
``/tmp/t2m_bench_zones`` (``--clean`` removes them at the end).

Each zone count runs in a fresh child process (peak RSS and CPU seconds from ``wait4``, see ``measure.py``): building
the :class:`ZoneSet` (``ZoneSet.from_ogr``) and the zonal table (``core.classareas.class_areas``), timed separately.
With ``--repeat N`` every zone count runs in each of N rounds; the table gives median (min-max) and the ratios to the
first zone count are taken within a round (same load).
Checked before printing: the zones tile the raster, so the sum over zones of every class equals the raster total
(to 1e-6 relative).

Usage::

    .venv/bin/python bench/bench_zones.py                  # 10, 1000, 100000 zones on 10000 x 10000
    .venv/bin/python bench/bench_zones.py --quick          # 10, 1000, 10000 zones on 2000 x 2000
    .venv/bin/python bench/bench_zones.py --size 4000 --zones 10 5000
    .venv/bin/python bench/bench_zones.py --repeat 3           # median (min-max) of 3 runs per zone count

Results: Markdown table on stdout, JSON in ``bench/output/zones_results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from measure import input_is_current, run_measured  # noqa: E402

WORK = Path("/tmp/t2m_bench_zones")
RESULTS_JSON = HERE / "output" / "zones_results.json"
ORIGIN = (300000.0, 8900000.0)
PIXEL = 30.0
TAG = "t2m-bench-zones-v1"


def make_raster(path: Path, size: int) -> None:
    if input_is_current(path, f"{TAG}-{size}"):
        return
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Int16,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    rng = np.random.default_rng(11)
    for r in range(0, size, 1024):
        h = min(1024, size - r)
        coarse = rng.integers(1, 13, size=(h // 16 + 1, size // 16 + 1)).astype(np.int16)
        a = np.kron(coarse, np.ones((16, 16), np.int16))[:h, :size]
        a[rng.random(a.shape) < 0.02] = -9999
        band.WriteArray(a, 0, r)
    ds.SetMetadataItem("T2M_BENCH", f"{TAG}-{size}")
    ds = None


def make_zones(path: Path, size: int, count: int) -> None:
    if path.exists():
        return
    nx = max(d for d in range(1, int(np.sqrt(count)) + 1) if count % d == 0)  # count = nx * ny exactly
    ny = count // nx
    rng = np.random.default_rng(count)
    extent = size * PIXEL
    gx, gy = np.meshgrid(np.linspace(0, extent, nx + 1), np.linspace(0, extent, ny + 1))
    inner = (slice(1, -1), slice(1, -1))
    gx[inner] += rng.uniform(-0.3, 0.3, gx[inner].shape) * extent / nx
    gy[inner] += rng.uniform(-0.3, 0.3, gy[inner].shape) * extent / ny
    gx, gy = gx + ORIGIN[0], ORIGIN[1] - gy
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    tmp = path.with_suffix(".part.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    lyr = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("zone_id", ogr.OFTInteger))
    lyr.StartTransaction()
    for k in range(nx * ny):  # exactly nx * ny cells, so that the zones tile the raster
        j, i = divmod(k, nx)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for a, b in ((j, i), (j, i + 1), (j + 1, i + 1), (j + 1, i), (j, i)):
            ring.AddPoint_2D(float(gx[a, b]), float(gy[a, b]))
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField(0, k + 1)
        feat.SetGeometry(poly)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None
    tmp.rename(path)


def _spread(values: list[float], digits: int) -> str:
    """``median (min-max)`` of the values, or the value alone for one run."""
    med = float(np.median(values))
    if len(values) == 1:
        return f"{med:,.{digits}f}"
    return f"{med:,.{digits}f} ({min(values):,.{digits}f}-{max(values):,.{digits}f})"


def worker(raster: str, zones: str, out: str) -> None:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core.classareas import class_areas
    from t2_monitor_plugin.core.rasters import RasterInput, describe
    from t2_monitor_plugin.core.zones import ZoneSet
    t0 = time.perf_counter()
    zs = ZoneSet.from_ogr(zones, describe(RasterInput(raster)).grid, field="zone_id")
    t1 = time.perf_counter()
    res = class_areas(RasterInput(raster, name="lc"), zs)
    t2 = time.perf_counter()
    total = res.total()
    per_zone: dict[int, float] = {}
    for r in res.rows:
        if r.level == "zone" and r.cls is not None:
            per_zone[r.cls] = per_zone.get(r.cls, 0.0) + r.area_ha
    worst = max(abs(per_zone.get(c, 0.0) - ha) / ha for c, ha in total.items())
    Path(out).write_text(json.dumps({"zones": len(zs), "build_s": t1 - t0, "table_s": t2 - t1, "rows": len(res.rows),
                                     "tiling_error": worst}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=None, help="raster side in pixels (default 10000, quick 2000)")
    ap.add_argument("--zones", type=int, nargs="+", default=None, help="zone counts (default 10 1000 100000)")
    ap.add_argument("--quick", action="store_true", help="2000 x 2000 and 10, 1000, 10000 zones")
    ap.add_argument("--clean", action="store_true", help="delete the generated inputs at the end")
    ap.add_argument("--repeat", type=int, default=1, help="runs per zone count (median, min and max are printed)")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return 0
    size = args.size or (2000 if args.quick else 10000)
    counts = args.zones or ([10, 1000, 10000] if args.quick else [10, 1000, 100000])
    WORK.mkdir(parents=True, exist_ok=True)
    raster = WORK / f"landcover_{size}.tif"
    make_raster(raster, size)
    for n in counts:
        make_zones(WORK / f"zones_{size}_{n}.gpkg", size, n)
    results = [[] for _ in counts]
    out = WORK / "result.json"
    for _ in range(args.repeat):  # rounds of every zone count: the pairs of one round ran under the same load
        for n, runs in zip(counts, results):
            m = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", str(raster),
                              str(WORK / f"zones_{size}_{n}.gpkg"), str(out)], WORK)
            if m["code"] != 0:
                print(m["stderr"], file=sys.stderr)
                return 1
            r = json.loads(out.read_text())
            r.update(wall_s=m["wall"], cpu_s=m["cpu"], peak_rss_mb=m["peak_rss_mb"], requested=n, size=size)
            if r["tiling_error"] > 1e-6:
                print(f"zones do not add up to the raster total: {r['tiling_error']:.2e}", file=sys.stderr)
                return 1
            runs.append(r)
    load = os.getloadavg()
    print(f"\nZonal table (class areas per zone), {size} x {size} px Int16 UTM raster, 30 m; {os.cpu_count()} CPUs, "
          f"load average {load[0]:.1f} / {load[1]:.1f} at the end; {args.repeat} run(s) each: median (min-max)\n")
    print("| zones | build ZoneSet (s) | zonal table (s) | total in process (s) | CPU (s) | peak RSS (MB) | rows |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for runs in results:
        cells = [_spread([r[k] for r in runs], digits) for k, digits in
                 (("build_s", 1), ("table_s", 1), ("wall_s", 1), ("cpu_s", 1), ("peak_rss_mb", 0))]
        print(f"| {runs[0]['zones']:,} | " + " | ".join(cells) + f" | {runs[0]['rows']:,} |")
    base = results[0]
    for runs in results[1:]:
        ratio = [b["table_s"] / a["table_s"] for a, b in zip(base, runs)]
        extra = [b["build_s"] + b["table_s"] - a["build_s"] - a["table_s"] for a, b in zip(base, runs)]
        print(f"\n{runs[0]['zones']:,} zones vs {base[0]['zones']:,}: zonal table x{_spread(ratio, 2)}, "
              f"build + table +{_spread(extra, 1)} s (pairs of one round)", end="")
    print()
    RESULTS_JSON.parent.mkdir(exist_ok=True)
    RESULTS_JSON.write_text(json.dumps(results, indent=1))
    if args.clean:
        shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
