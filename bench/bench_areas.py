#!/usr/bin/env python3
"""Benchmark class-area accounting: T2 Monitor's accumulator against QGIS and the numpy bincount limit.

Input: a generated 30 m UTM (EPSG:32718) land-cover raster, Int16, 12 classes (1..12) in patches with scattered
pixels, ~2 % nodata (-9999) plus a nodata corner, tiled 256x256 DEFLATE, SIZE x SIZE pixels (default sizes 10000,
20000 and 40000; ``--sizes`` for a quick run). It and a layer of 50 zones (a jittered 5 x 10 tessellation of the
raster, GeoPackage) are written under ``/tmp/t2m_bench_areas`` and deleted at the end (``--keep`` keeps them).

Measured in one run, each in a fresh child process (peak RSS from ``wait4``, see ``measure.py``), ``--repeat``
times (default 3) in turn, so that drift of a shared machine spreads over all of them:

* ``core``       ``t2_monitor_plugin.core.classareas.class_areas`` (the block engine, default threads and blocks);
* ``core_zones`` the same with the 50 zones;
* ``qgis_t2``    ``qgis_process run t2monitor:classareas`` (this repository's build/ plugin);
* ``qgis_uv``    ``qgis_process run native:rasterlayeruniquevaluesreport``;
* ``qgis_zh``    ``qgis_process run native:zonalhistogram`` with the 50 zones;
* ``limit``      1 thread: GDAL reads full-width 256-row strips, ``np.bincount`` of each strip (pixel counts only).

Agreement, checked before any figure is printed: pixel counts per class of ``limit``, ``qgis_uv`` and the sum over
zones of ``qgis_zh`` are equal; T2's areas (core, core_zones totals and qgis_t2) agree with an independent reference
to 1 ppm. The reference (untimed) counts pixels per 64x64 cell and class with their row and column offsets and weighs
them by the true area of a pixel, ``900 m^2 / areal scale``, from PROJ's projection factors (pyproj) at the cell
centre and its first-order change across the cell. Sums over zones of ``core_zones`` equal its totals (the zones
tile the raster).

Usage::

    .venv/bin/python bench/bench_areas.py                       # 10000, 20000 and 40000 (slow: ~1 h)
    .venv/bin/python bench/bench_areas.py --sizes 4000 --repeat 1   # quick check

Results: Markdown table on stdout, JSON merged by size into ``bench/output/areas_results.json``.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
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
from measure import input_is_current, run_measured, vm_hwm_mb  # noqa: E402

WORK = Path("/tmp/t2m_bench_areas")
RESULTS_JSON = HERE / "output" / "areas_results.json"
BUILD = ROOT / "build"
TILE = 256
PIXEL = 30.0
ORIGIN = (300000.0, 8900000.0)  # EPSG:32718, UTM 18S; 40,000 px reach 1,500 km east: far off the central meridian
NODATA = -9999
CLASSES = 12
SEED = 20261113
TAG = "t2m-bench-areas-v1"
ZONE_COLS, ZONE_ROWS = 10, 5
CELL = 64  # reference cell
IMPLEMENTATIONS = ["core", "core_zones", "qgis_t2", "qgis_uv", "qgis_zh", "limit"]
LABELS = {"core": "T2 core class_areas", "core_zones": "T2 core class_areas, 50 zones",
          "qgis_t2": "`qgis_process run t2monitor:classareas`",
          "qgis_uv": "`qgis_process run native:rasterlayeruniquevaluesreport`",
          "qgis_zh": "`qgis_process run native:zonalhistogram`, 50 zones",
          "limit": "numpy `bincount` on strips, 1 thread (limit)"}


# ---------------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------------

def utm() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    return srs


def generate(path: Path, size: int) -> dict:
    """Write the land-cover raster strip by strip (one 256-row strip in memory); reused when already there."""
    tag = f"{TAG}:{SEED}:{size}"
    if input_is_current(path, tag):
        return {"reused": True, "seconds": 0.0}
    started = time.perf_counter()
    rng = np.random.default_rng(SEED)
    tmp = path.with_name(path.name + ".tmp.tif")
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER",
            "NUM_THREADS=ALL_CPUS"]
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp), size, size, 1, gdal.GDT_Int16, options=opts)
    ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
    ds.SetProjection(utm().ExportToWkt())
    ds.SetMetadataItem("T2M_BENCH", tag)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    patch = 16
    cols = np.arange(size)
    corner = size // 10
    for r0 in range(0, size, TILE):
        rows = min(TILE, size - r0)
        coarse = rng.integers(1, CLASSES + 1, size=(TILE // patch, -(-size // patch)), dtype=np.int16)
        strip = np.repeat(np.repeat(coarse, patch, axis=0), patch, axis=1)[:rows, :size]
        noise = rng.random((rows, size)) < 0.05
        strip[noise] = rng.integers(1, CLASSES + 1, size=int(noise.sum()), dtype=np.int16)
        nodata = rng.random((rows, size)) < 0.02
        if r0 < corner:
            nodata |= (np.arange(r0, r0 + rows)[:, None] + cols[None, :]) < corner
        strip[nodata] = NODATA
        band.WriteArray(strip, 0, r0)
    ds = None
    os.replace(tmp, path)
    return {"reused": False, "seconds": time.perf_counter() - started}


def make_zones(path: Path, size: int) -> None:
    """50 zones (quadrilaterals of a jittered 10 x 5 lattice) that tile the raster exactly, field ``zone``."""
    if path.exists():
        path.unlink()
    rng = np.random.default_rng(SEED + 1)
    xs = np.linspace(0, size, ZONE_COLS + 1)
    ys = np.linspace(0, size, ZONE_ROWS + 1)
    gx, gy = np.meshgrid(xs, ys)
    jx = rng.uniform(-0.3, 0.3, gx.shape) * size / ZONE_COLS
    jy = rng.uniform(-0.3, 0.3, gy.shape) * size / ZONE_ROWS
    jx[:, [0, -1]] = 0
    jy[[0, -1], :] = 0
    gx, gy = gx + jx, gy + jy
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    lyr = ds.CreateLayer("zones", utm(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("zone", ogr.OFTString))
    for i in range(ZONE_ROWS):
        for j in range(ZONE_COLS):
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for a, b in [(i, j), (i, j + 1), (i + 1, j + 1), (i + 1, j), (i, j)]:
                ring.AddPoint_2D(ORIGIN[0] + gx[a, b] * PIXEL, ORIGIN[1] - gy[a, b] * PIXEL)
            poly = ogr.Geometry(ogr.wkbPolygon)
            poly.AddGeometry(ring)
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("zone", f"z{i * ZONE_COLS + j + 1:02d}")
            feat.SetGeometry(poly)
            lyr.CreateFeature(feat)
    ds = None


# ---------------------------------------------------------------------------------------------------------------
# Workers (run in child processes)
# ---------------------------------------------------------------------------------------------------------------

def worker_core(path: str, zones: str | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from t2_monitor_plugin.core.classareas import class_areas
    from t2_monitor_plugin.core.rasters import RasterInput, describe
    from t2_monitor_plugin.core.zones import ZoneSet

    started = time.perf_counter()
    raster = RasterInput(path, bands=[1])
    zs = ZoneSet.from_ogr(zones, describe(raster).grid, field="zone") if zones else None
    result = class_areas(raster, zs)
    seconds = time.perf_counter() - started
    by_zone: dict = {}
    for row in result.rows:
        by_zone.setdefault(row.zone, {})[str(row.cls) if row.cls is not None else "nodata"] = row.area_ha
    return {"seconds": seconds, "areas_ha": by_zone, "vm_hwm_mb": vm_hwm_mb()}


def worker_limit(path: str) -> dict:
    """Pixel counts per code: GDAL reads 256-row full-width strips, np.bincount of each (one thread)."""
    gdal.SetCacheMax(128 * 2**20)
    started = time.perf_counter()
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    counts = np.zeros(65536, dtype=np.int64)
    for r0 in range(0, ds.RasterYSize, TILE):
        strip = band.ReadAsArray(0, r0, ds.RasterXSize, min(TILE, ds.RasterYSize - r0))
        counts += np.bincount(strip.view(np.uint16).ravel(), minlength=65536)
    seconds = time.perf_counter() - started
    codes = np.nonzero(counts)[0]
    return {"seconds": seconds, "counts": {str(int(np.int16(np.uint16(c)))): int(counts[c]) for c in codes},
            "vm_hwm_mb": vm_hwm_mb()}


def worker_reference(path: str) -> dict:
    """True area per class: per 64x64 cell, pixel counts and row/column offset sums x the true pixel area
    (900 m^2 / areal scale from pyproj's projection factors) and its gradient at the cell centre."""
    import pyproj

    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    w, h = ds.RasterXSize, ds.RasterYSize
    gt = ds.GetGeoTransform()
    proj = pyproj.Proj("EPSG:32718")
    ncx, ncy = -(-w // CELL), -(-h // CELL)
    area = np.zeros(CLASSES + 2)
    col_cell = np.arange(w) // CELL
    col_off = (np.arange(w) % CELL).astype(float)

    def true_area(x, y):
        x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        lon, lat = proj(x.copy(), y.copy(), inverse=True)
        return PIXEL * PIXEL / proj.get_factors(lon, lat).areal_scale

    for cy in range(ncy):
        r0 = cy * CELL
        rows = min(CELL, h - r0)
        a = band.ReadAsArray(0, r0, w, rows).astype(np.intp)
        cls = np.where(a == NODATA, CLASSES + 1, a)
        key = (cls * ncx + col_cell[None, :]).ravel()
        n = np.bincount(key, minlength=(CLASSES + 2) * ncx).reshape(CLASSES + 2, ncx)
        sx = np.bincount(key, weights=np.broadcast_to(col_off, (rows, w)).ravel(),
                         minlength=(CLASSES + 2) * ncx).reshape(CLASSES + 2, ncx)
        sy = np.bincount(key, weights=np.broadcast_to(np.arange(rows, dtype=float)[:, None], (rows, w)).ravel(),
                         minlength=(CLASSES + 2) * ncx).reshape(CLASSES + 2, ncx)
        width = np.minimum(CELL, w - np.arange(ncx) * CELL)
        cx_pix = np.arange(ncx) * CELL + (width - 1) / 2.0  # centre of the cell in pixel-centre index units
        cy_pix = r0 + (rows - 1) / 2.0
        x = gt[0] + (cx_pix + 0.5) * gt[1]
        y = gt[3] + (cy_pix + 0.5) * gt[5]
        g = true_area(x, y)
        gx = (true_area(x + gt[1], y) - true_area(x - gt[1], y)) / 2.0  # per pixel step
        gy = (true_area(x, y + gt[5]) - true_area(x, y - gt[5])) / 2.0
        dx = sx - n * (cx_pix - np.arange(ncx) * CELL)[None, :]
        dy = sy - n * (cy_pix - r0)
        area += (n * g + dx * gx + dy * gy).sum(axis=1)
    out = {str(c): area[c] / 1e4 for c in range(1, CLASSES + 1) if area[c] > 0}
    out["nodata"] = area[CLASSES + 1] / 1e4
    return {"areas_ha": out}


def qgis_env(home: Path) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QGIS_PLUGINPATH"] = str(BUILD)
    env["HOME"] = str(home)  # a throw-away QGIS profile with only this plugin enabled
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env.pop(key, None)
    # QGIS keeps the bytecode of a plugin's modules beside them (__pycache__), so a plugin is compiled once, not at
    # every start; a shell with PYTHONDONTWRITEBYTECODE would make every run compile this plugin (~0.1 s per run)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def setup_qgis(home: Path) -> dict:
    """Environment of a throw-away QGIS profile in ``home`` with the plugin enabled (also for bench_area_memory)."""
    home.mkdir(parents=True, exist_ok=True)
    env = qgis_env(home)
    res = run_measured(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], home.parent, env)
    if res["code"] != 0 and "already enabled" not in res["stdout"] + res["stderr"]:  # a kept profile (--keep)
        raise RuntimeError(f"cannot enable the plugin:\n{res['stdout']}\n{res['stderr']}")
    run_measured(["qgis_process", "help", "t2monitor:classareas"], home.parent, env)  # loads it: bytecode written
    return env


def run_qgis(env: dict, alg: str, params: list[str]) -> dict:
    res = run_measured(["qgis_process", "run", alg, *params], WORK, env)
    if res["code"] != 0:
        raise RuntimeError(f"{alg} failed ({res['code']}):\n{res['stdout'][-3000:]}\n{res['stderr'][-3000:]}")
    return res


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def measure(name: str, raster: Path, zones: Path, env: dict) -> dict:
    """One run of one implementation: wall/CPU/peak RSS of its process and what it computed."""
    me = [sys.executable, str(Path(__file__).resolve())]
    if name in ("core", "core_zones", "limit"):
        cmd = me + ["--worker", "limit" if name == "limit" else "core", "--raster", str(raster)]
        if name == "core_zones":
            cmd += ["--zones", str(zones)]
        res = run_measured(cmd, WORK)
        if res["code"] != 0:
            raise RuntimeError(f"{name} failed:\n{res['stderr'][-3000:]}")
        res.update(json.loads(res["stdout"].strip().splitlines()[-1]))
        return res
    if name == "qgis_t2":
        out = WORK / "qgis_t2.csv"
        res = run_qgis(env, "t2monitor:classareas", [f"--INPUT={raster}", "--BAND=1", "--OUTPUT=TEMPORARY_OUTPUT",
                                                     f"--OUTPUT_FILE={out}"])
        res["areas_ha"] = {ALL: {(r["class"] or "nodata"): float(r["area_ha"]) for r in read_csv(out)
                                 if r["zone"] == ALL}}
        out.unlink()
        return res
    if name == "qgis_uv":
        out = WORK / "qgis_uv.csv"
        res = run_qgis(env, "native:rasterlayeruniquevaluesreport", [f"--INPUT={raster}", "--BAND=1",
                                                                     f"--OUTPUT_TABLE={out}"])
        res["counts"] = {str(int(float(r["value"]))): int(float(r["count"])) for r in read_csv(out)}
        out.unlink()
        return res
    out = WORK / "qgis_zh.gpkg"
    if out.exists():
        out.unlink()
    res = run_qgis(env, "native:zonalhistogram", [f"--INPUT_RASTER={raster}", "--RASTER_BAND=1",
                                                  f"--INPUT_VECTOR={zones}", "--COLUMN_PREFIX=HISTO_",
                                                  f"--OUTPUT={out}"])
    ds = ogr.Open(str(out))
    counts: dict = {}
    for feat in ds.GetLayer(0):
        for k in range(feat.GetFieldCount()):
            fname = feat.GetFieldDefnRef(k).GetName()
            if fname.startswith("HISTO_") and feat.IsFieldSetAndNotNull(k):
                code = fname[len("HISTO_"):]
                counts[code] = counts.get(code, 0) + int(feat.GetField(k))
    ds = None
    out.unlink()
    res["counts"] = counts
    return res


ALL = "(all)"


# ---------------------------------------------------------------------------------------------------------------
# Checks and report
# ---------------------------------------------------------------------------------------------------------------

def check(runs: dict, reference: dict) -> dict:
    problems = []
    limit = {c: n for c, n in runs["limit"][0]["counts"].items() if c != str(NODATA)}
    for name in ("qgis_uv", "qgis_zh"):
        if name not in runs:
            continue
        got = {c: n for c, n in runs[name][0]["counts"].items() if c not in (str(NODATA), "NODATA")}
        if got != limit:
            problems.append(f"{name} pixel counts differ from the limit's: {got} vs {limit}")
    worst = 0.0
    ref = reference["areas_ha"]
    for name in ("core", "core_zones", "qgis_t2"):
        if name not in runs:
            continue
        for run in runs[name]:
            got = run["areas_ha"][ALL]
            if set(got) != set(ref):
                problems.append(f"{name} classes {sorted(got)} vs reference {sorted(ref)}")
                continue
            for code, ha in ref.items():
                rel = abs(got[code] - ha) / ha
                worst = max(worst, rel)
                if rel > 1e-6:
                    problems.append(f"{name} class {code}: {got[code]} ha vs reference {ha} ha ({rel:.2e})")
    zone_gap = None
    if "core_zones" in runs:
        areas = runs["core_zones"][0]["areas_ha"]
        total = sum(v for k, v in areas[ALL].items())
        zones = sum(v for z, cl in areas.items() if z != ALL for v in cl.values())
        zone_gap = abs(zones - total) / total
        if zone_gap > 1e-9:
            problems.append(f"core_zones: zones sum to {zones} ha, total {total} ha")
    return {"ok": not problems, "problems": problems, "worst_rel_vs_reference": worst, "zones_vs_total": zone_gap}


def stats(values: list[float]) -> dict:
    return {"median": float(np.median(values)), "min": float(min(values)), "max": float(max(values)),
            "all": values}


def summarize(runs: dict) -> dict:
    out = {}
    for name, rs in runs.items():
        out[name] = {"seconds": stats([r["wall"] for r in rs]), "peak_rss_mb": stats([r["peak_rss_mb"] for r in rs]),
                     "cpu": stats([r["cpu"] for r in rs])}
        if "seconds" in rs[0]:
            out[name]["inner_seconds"] = stats([r["seconds"] for r in rs])
    return out


def _spread(s: dict, digits: int) -> str:
    if s["min"] == s["max"]:
        return f"{s['median']:,.{digits}f}"
    return f"{s['median']:,.{digits}f} ({s['min']:,.{digits}f}–{s['max']:,.{digits}f})"


def table(results: dict) -> str:
    lines = ["| pixels | implementation | wall s, median (min–max) | CPU s | peak RSS MB, median (min–max) |",
             "|---|---|---:|---:|---:|"]
    for key in sorted(results, key=int):
        entry = results[key]
        for name in IMPLEMENTATIONS:
            if name not in entry["summary"]:
                continue
            s = entry["summary"][name]
            lines.append(f"| {int(key):,}² | {LABELS[name]} | {_spread(s['seconds'], 2)} | "
                         f"{s['cpu']['median']:.1f} | {_spread(s['peak_rss_mb'], 0)} |")
    return "\n".join(lines)


def criteria(entry: dict) -> list[str]:
    s = entry["summary"]
    out = []
    if "core" in s and "limit" in s:
        r = s["core"]["seconds"]["median"] / s["limit"]["seconds"]["median"]
        pairs = [a["wall"] / b["wall"] for a, b in zip(entry["runs"]["core"], entry["runs"]["limit"])]
        out.append(f"core / limit = {r:.2f} (pairs {min(pairs):.2f}–{max(pairs):.2f}; target <= 1.5)")
    if "qgis_t2" in s and "qgis_uv" in s:
        r = s["qgis_uv"]["seconds"]["median"] / s["qgis_t2"]["seconds"]["median"]
        pairs = [b["wall"] / a["wall"] for a, b in zip(entry["runs"]["qgis_t2"], entry["runs"]["qgis_uv"])]
        out.append(f"uniquevaluesreport / t2monitor:classareas = {r:.2f} (pairs {min(pairs):.2f}–{max(pairs):.2f};"
                   " target >= 2)")
    for name in ("core", "qgis_t2", "core_zones"):
        if name in s:
            out.append(f"{name} peak RSS max {s[name]['peak_rss_mb']['max']:.0f} MB (target < 500)")
    out.append(f"areas vs reference: worst {entry['check']['worst_rel_vs_reference']:.2e} (target <= 1e-6); "
               f"counts agree: {entry['check']['ok']}")
    return out


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "numpy": np.__version__, "gdal": gdal.__version__}
    try:
        info["ram_gb"] = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
        with open("/proc/cpuinfo") as f:
            info["cpu_model"] = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except (OSError, ValueError):
        pass
    return info


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000, 40000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each implementation per size (default 3)")
    parser.add_argument("--only", nargs="+", choices=IMPLEMENTATIONS, help="measure only these implementations")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs in " + str(WORK))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--zones", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        fn = {"core": lambda: worker_core(args.raster, args.zones), "limit": lambda: worker_limit(args.raster),
              "reference": lambda: worker_reference(args.raster)}[args.worker]
        print(json.dumps(fn()))
        return 0
    names = args.only or IMPLEMENTATIONS
    if "limit" not in names:
        names = names + ["limit"]
    qgis = any(n.startswith("qgis") for n in names)
    if qgis and shutil.which("qgis_process") is None:
        print("qgis_process not found; use --only core core_zones limit", file=sys.stderr)
        return 2
    if "qgis_t2" in names and not (BUILD / "t2_monitor_plugin").exists():
        print("build/t2_monitor_plugin is missing: run `make build` first", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    env = setup_qgis(WORK / "home") if qgis else {}
    ok = True
    try:
        for size in args.sizes:
            raster, zones = WORK / f"landcover_{size}.tif", WORK / f"zones_{size}.gpkg"
            gen = generate(raster, size)
            make_zones(zones, size)
            print(f"\n## {size:,} x {size:,} ({size * size / 1e6:,.0f} Mpx), input "
                  f"{raster.stat().st_size / 2**20:,.0f} MB (generated in {gen['seconds']:.0f} s)", flush=True)
            ref = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", "reference",
                                "--raster", str(raster)], WORK)
            if ref["code"] != 0:
                raise RuntimeError(ref["stderr"][-3000:])
            reference = json.loads(ref["stdout"].strip().splitlines()[-1])
            runs: dict = {n: [] for n in names}
            for rep in range(args.repeat):
                for name in names:
                    res = measure(name, raster, zones, env)
                    runs[name].append({k: v for k, v in res.items() if k not in ("stdout", "stderr")})
                    print(f"  run {rep + 1} {name}: {res['wall']:.2f} s, {res['peak_rss_mb']:.0f} MB", flush=True)
            entry = {"size": size, "megapixels": size * size / 1e6, "input_mb": raster.stat().st_size / 2**20,
                     "runs": runs, "summary": summarize(runs), "check": check(runs, reference),
                     "reference_areas_ha": reference["areas_ha"], "machine": machine(),
                     "measured_at": datetime.datetime.now().isoformat(timespec="seconds")}
            results[str(size)] = entry
            RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
            RESULTS_JSON.write_text(json.dumps(results, indent=1))
            print(table({str(size): entry}))
            for line in criteria(entry):
                print("  " + line)
            if not entry["check"]["ok"]:
                ok = False
                print("AGREEMENT PROBLEMS:\n  " + "\n  ".join(entry["check"]["problems"]), flush=True)
            if not args.keep:
                raster.unlink()
                zones.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(WORK, ignore_errors=True)
    print("\n## All sizes in " + str(RESULTS_JSON.relative_to(ROOT)) + "\n")
    print(table({k: v for k, v in results.items() if str(k) in map(str, args.sizes)}))
    print("\nmachine: " + json.dumps(machine()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
