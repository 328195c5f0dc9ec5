#!/usr/bin/env python3
"""Peak memory of the zoned area algorithms through ``qgis_process``: sdg1531, mapagreement, areaunderrestoration.

Issue 13 bounds the peak RSS of ``t2monitor:sdg1531``, ``t2monitor:mapagreement`` and
``t2monitor:areaunderrestoration`` *with zones* at 20,000 x 20,000 pixels to 500 MB. Inputs (30 m UTM 18S,
EPSG:32718, tiled 256 DEFLATE, written strip by strip with GDAL, never whole in memory) under
``/tmp/t2m_bench_area_memory``, reused while their generator tag matches (``--clean`` deletes them at the end):

* ``prod``  PRODUCTIVITY, Byte 1..5 (five LPD classes) in 16 px patches with 5 % scattered pixels, nodata 0 (~1 %);
* ``lcdeg`` LAND_COVER degradation, Int16 -1/0/1 (10/80/10 %), nodata -32768 (~1 %); also the degraded baseline of
  areaunderrestoration (``DEGRADED_CODES=-1``);
* ``socdeg`` SOC degradation, Int16 -1/0/1, nodata -32768;
* ``lca``, ``lcb`` two land-cover maps, Int16 UNCCD classes 1..7 (B = A with ~15 % of the pixels changed),
  nodata -32768;
* ``zones`` 50 zones (``bench_areas.make_zones``: a jittered 10 x 5 tessellation, field ``zone``): ``ZONES`` of
  sdg1531 and mapagreement, ``ZONES_ADMIN`` of areaunderrestoration;
* for areaunderrestoration: ``sites`` (SITES_COUNT irregular polygons of 0.5-5 km, some overlapping, with
  ``start_year`` 2010-2024 and ``activity``), ``biomes`` (6 bands, ``ZONES_BIOME``), ``pas`` (25 circular protected
  areas, ``ZONES_PA``) and ``its`` (10 indigenous territories, ``ZONES_IT``).

Every parameter key used is first checked against ``qgis_process help t2monitor:<alg>`` in the throw-away profile.
Each algorithm then runs ``--repeat`` times (default 2) in a fresh ``qgis_process`` child (``measure.run_measured``:
wall and CPU seconds, peak RSS from ``wait4``). Checked on every run: the exit code, and that the per-zone rows of
the summary tables add up to the whole-raster rows (the 50 zones tile the raster; for areaunderrestoration the
admin and biome rows add up to the total's degraded baseline and restoration inside it).

Usage::

    .venv/bin/python bench/bench_area_memory.py                 # 20,000 x 20,000, 2 runs each (~15 min)
    .venv/bin/python bench/bench_area_memory.py --size 4000 --repeat 1   # quick check

Results: Markdown table on stdout, JSON merged by size into ``bench/output/area_memory_results.json``.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bench_areas import ORIGIN, PIXEL, TILE, machine, make_zones, setup_qgis, stats, utm  # noqa: E402
from measure import input_is_current, run_measured  # noqa: E402

WORK = Path("/tmp/t2m_bench_area_memory")
RESULTS_JSON = HERE / "output" / "area_memory_results.json"
BUILD = ROOT / "build"
TAG = "t2m-bench-area-memory-v1"
SEED = 20261204
LIMIT_MB = 500.0
SITES_COUNT = 400
INT16_NODATA = -32768
ALGORITHMS = ["sdg1531", "mapagreement", "areaunderrestoration"]
RASTERS = {"prod": (gdal.GDT_Byte, 0), "lcdeg": (gdal.GDT_Int16, INT16_NODATA),
           "socdeg": (gdal.GDT_Int16, INT16_NODATA), "lca": (gdal.GDT_Int16, INT16_NODATA),
           "lcb": (gdal.GDT_Int16, INT16_NODATA)}


# ---------------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------------

def _patches(rng, rows: int, size: int, values: np.ndarray, p=None, patch: int = 16) -> np.ndarray:
    """A strip of ``rows`` x ``size`` of ``values`` in ``patch``-pixel squares plus 5 % scattered pixels."""
    coarse = rng.choice(values, size=(-(-rows // patch), -(-size // patch)), p=p)
    strip = np.repeat(np.repeat(coarse, patch, axis=0), patch, axis=1)[:rows, :size]
    noise = rng.random((rows, size)) < 0.05
    strip[noise] = rng.choice(values, size=int(noise.sum()), p=p)
    return strip


def generate(size: int) -> dict:
    """Write the five rasters together, one 256-row strip at a time; reused when every one is current."""
    tag = f"{TAG}:{SEED}:{size}"
    paths = {k: WORK / f"{k}_{size}.tif" for k in RASTERS}
    if all(input_is_current(p, tag) for p in paths.values()):
        return {"paths": paths, "seconds": 0.0}
    started = time.perf_counter()
    rng = np.random.default_rng(SEED)
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER",
            "NUM_THREADS=ALL_CPUS"]
    dss, bands = {}, {}
    for key, (dtype, nodata) in RASTERS.items():
        ds = gdal.GetDriverByName("GTiff").Create(str(paths[key]) + ".tmp.tif", size, size, 1, dtype, options=opts)
        ds.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
        ds.SetProjection(utm().ExportToWkt())
        ds.SetMetadataItem("T2M_BENCH", tag)
        bands[key] = ds.GetRasterBand(1)
        bands[key].SetNoDataValue(nodata)
        dss[key] = ds
    trio = np.array([-1, 0, 1], dtype=np.int16)
    for r0 in range(0, size, TILE):
        rows = min(TILE, size - r0)
        strips = {"prod": _patches(rng, rows, size, np.arange(1, 6, dtype=np.uint8)),
                  "lcdeg": _patches(rng, rows, size, trio, p=[0.1, 0.8, 0.1]),
                  "socdeg": _patches(rng, rows, size, trio, p=[0.1, 0.8, 0.1]),
                  "lca": _patches(rng, rows, size, np.arange(1, 8, dtype=np.int16))}
        lcb = strips["lca"].copy()
        changed = rng.random((rows, size)) < 0.15
        lcb[changed] = rng.integers(1, 8, size=int(changed.sum()), dtype=np.int16)
        strips["lcb"] = lcb
        for key, strip in strips.items():
            strip[rng.random((rows, size)) < 0.01] = RASTERS[key][1]
            bands[key].WriteArray(strip, 0, r0)
    for key in RASTERS:
        bands[key] = None
        dss[key] = None
        os.replace(str(paths[key]) + ".tmp.tif", paths[key])
    return {"paths": paths, "seconds": time.perf_counter() - started}


def _write_polygons(path: Path, name: str, fields: list[tuple[str, int]], features) -> None:
    """A GeoPackage layer in EPSG:32718 from (ring as (x, y) arrays in pixel units, {field: value}) pairs."""
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer(name, utm(), ogr.wkbPolygon)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    lyr.StartTransaction()
    for (xs, ys), values in features:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in zip(np.r_[xs, xs[:1]], np.r_[ys, ys[:1]]):
            ring.AddPoint_2D(ORIGIN[0] + float(x) * PIXEL, ORIGIN[1] - float(y) * PIXEL)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        feat = ogr.Feature(lyr.GetLayerDefn())
        for k, v in values.items():
            feat.SetField(k, v)
        feat.SetGeometry(poly)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None


def _blob(rng, cx: float, cy: float, radius: float, vertices: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """An irregular star-shaped polygon around (cx, cy), radius in pixels."""
    angles = np.sort(rng.uniform(0, 2 * np.pi, vertices))
    r = radius * rng.uniform(0.6, 1.0, vertices)
    return cx + r * np.cos(angles), cy + r * np.sin(angles)


def make_vectors(size: int) -> dict:
    """Zones, sites and the other disaggregation layers (always rewritten: cheap)."""
    rng = np.random.default_rng(SEED + 7)
    paths = {k: WORK / f"{k}_{size}.gpkg" for k in ("zones", "sites", "biomes", "pas", "its")}
    make_zones(paths["zones"], size)
    scale = size / 20000.0
    activities = ["assisted natural regeneration", "agroforestry", "tree planting", "erosion control"]
    sites = []
    for i in range(SITES_COUNT):
        cx, cy = rng.uniform(0.02, 0.98, 2) * size
        shape = _blob(rng, cx, cy, rng.uniform(8, 80) * max(scale, 0.05))
        acts = ",".join(sorted(set(rng.choice(activities, size=int(rng.integers(1, 3))))))
        sites.append((shape, {"site_id": f"s{i + 1}", "start_year": int(rng.integers(2010, 2025)),
                              "activity": acts}))
    _write_polygons(paths["sites"], "sites", [("site_id", ogr.OFTString), ("start_year", ogr.OFTInteger),
                                              ("activity", ogr.OFTString)], sites)
    bands = np.linspace(0, size, 7)
    _write_polygons(paths["biomes"], "biomes", [("name", ogr.OFTString)],
                    [((np.array([0, size, size, 0.0]), np.array([bands[i], bands[i], bands[i + 1], bands[i + 1]])),
                      {"name": f"biome {i + 1}"}) for i in range(6)])
    circle = np.linspace(0, 2 * np.pi, 64, endpoint=False)
    pas = []
    for i in range(25):
        cx, cy = rng.uniform(0.05, 0.95, 2) * size
        r = rng.uniform(0.01, 0.06) * size
        pas.append(((cx + r * np.cos(circle), cy + r * np.sin(circle)), {"name": f"pa {i + 1}"}))
    _write_polygons(paths["pas"], "pas", [("name", ogr.OFTString)], pas)
    its = [(_blob(rng, *(rng.uniform(0.1, 0.9, 2) * size), rng.uniform(0.03, 0.1) * size, 24),
            {"name": f"territory {i + 1}"}) for i in range(10)]
    _write_polygons(paths["its"], "its", [("name", ogr.OFTString)], its)
    return paths


# ---------------------------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------------------------

def parameters(alg: str, rasters: dict, vectors: dict, out: Path) -> dict:
    if alg == "sdg1531":
        return {"PRODUCTIVITY": rasters["prod"], "PRODUCTIVITY_CLASSES": 0, "LAND_COVER": rasters["lcdeg"],
                "SOC": rasters["socdeg"], "ZONES": vectors["zones"], "ZONE_FIELD": "zone",
                "OUTPUT": out / "sdg1531.tif", "SUMMARY": "TEMPORARY_OUTPUT", "SUMMARY_FILE": out / "sdg1531.csv"}
    if alg == "mapagreement":
        return {"MAP_A": rasters["lca"], "MAP_B": rasters["lcb"], "ZONES": vectors["zones"], "ZONE_FIELD": "zone",
                "OUTPUT": out / "cross.tif", "CROSSTAB": "TEMPORARY_OUTPUT", "CROSSTAB_FILE": out / "crosstab.csv",
                "SUMMARY": "TEMPORARY_OUTPUT", "SUMMARY_FILE": out / "agreement.csv"}
    return {"SITES": vectors["sites"], "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
            "ACTIVITY_FIELD": "activity", "REPORTING_YEAR": 2023, "DEGRADED_RASTER": rasters["lcdeg"],
            "DEGRADED_CODES": "-1", "ZONES_ADMIN": vectors["zones"], "ZONES_ADMIN_FIELD": "zone",
            "ZONES_BIOME": vectors["biomes"], "ZONES_BIOME_FIELD": "name", "ZONES_PA": vectors["pas"],
            "ZONES_PA_FIELD": "name", "ZONES_IT": vectors["its"], "ZONES_IT_FIELD": "name",
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_FILE": out / "restoration.csv",
            "AREAS": out / "restoration_areas.gpkg", "VALIDATION": out / "validation.gpkg"}


def check_keys(env: dict, alg: str, keys) -> None:
    """Every key the bench passes is a parameter of ``qgis_process help t2monitor:<alg>``."""
    res = run_measured(["qgis_process", "help", f"t2monitor:{alg}"], WORK, env)
    listed = set(re.findall(r"^([A-Z][A-Z0-9_]*): ", res["stdout"], flags=re.M))
    missing = sorted(set(keys) - listed)
    if res["code"] != 0 or missing:
        raise RuntimeError(f"t2monitor:{alg}: keys {missing} not in `qgis_process help` (exit {res['code']})")


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def _zones_add_up(rows: list[dict], key: str, value: str, what: str) -> tuple[float, float]:
    """(whole-raster sum of ``value``, sum over zone rows) for the rows keyed by ``key``; raises when they differ."""
    total, zones = {}, {}
    for r in rows:
        if r[value] in ("", None):
            continue
        target = total if r["level"] == "total" else zones
        target[r[key]] = target.get(r[key], 0.0) + float(r[value])
    for k, t in total.items():
        if abs(zones.get(k, 0.0) - t) > 1e-6 * max(abs(t), 1.0):
            raise RuntimeError(f"{what}: zones sum to {zones.get(k, 0.0)} for {k}, whole raster {t}")
    return sum(total.values()), sum(zones.values())


def verify(alg: str, out: Path) -> dict:
    """Figures of one run's tables, and the check that the 50 zones add up to the whole raster."""
    if alg == "sdg1531":
        rows = read_csv(out / "sdg1531.csv")
        total, _ = _zones_add_up([r for r in rows if r["class"] in ("-1", "0", "1")], "class", "area_ha",
                                 "sdg1531 summary")
        return {"land_ha": total, "zones": len({r["zone"] for r in rows if r["level"] != "total"})}
    if alg == "mapagreement":
        rows = read_csv(out / "crosstab.csv")
        total, _ = _zones_add_up(rows, "code", "area_ha", "mapagreement cross-tabulation")
        return {"crossed_ha": total, "zones": len({r["zone"] for r in rows if r["level"] != "total"})}
    rows = read_csv(out / "restoration.csv")
    head = rows[0]
    for kind in ("admin", "biome"):  # these zones tile the raster: their rows add up to the whole
        for column in ("inside_degraded_ha", "degraded_baseline_ha"):
            total = float(head[column])
            parts = sum(float(r[column]) for r in rows if r["disaggregation"] == kind)
            if abs(parts - total) > 1e-6 * max(total, 1.0):
                raise RuntimeError(f"areaunderrestoration: {kind} rows sum to {parts} {column}, total {total}")
    return {"area_ha": float(head["area_under_restoration_ha"]),
            "inside_degraded_ha": float(head["inside_degraded_ha"]),
            "baseline_ha": float(head["degraded_baseline_ha"]), "rows": len(rows)}


def run_one(env: dict, alg: str, rasters: dict, vectors: dict) -> dict:
    out = WORK / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    params = parameters(alg, rasters, vectors, out)
    res = run_measured(["qgis_process", "run", f"t2monitor:{alg}", *[f"--{k}={v}" for k, v in params.items()]],
                       WORK, env)
    if res["code"] != 0:
        raise RuntimeError(f"{alg} failed ({res['code']}):\n{res['stdout'][-3000:]}\n{res['stderr'][-3000:]}")
    res["figures"] = verify(alg, out)
    shutil.rmtree(out, ignore_errors=True)
    return {k: v for k, v in res.items() if k not in ("stdout", "stderr")}


def load() -> float:
    return os.getloadavg()[0]


# ---------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------

def _mmm(s: dict) -> str:
    return f"{s['min']:.1f} / {s['median']:.1f} / {s['max']:.1f}"


def table(entry: dict) -> str:
    lines = [f"| algorithm, {entry['size']:,}², with zones | wall s min / median / max | CPU s median | "
             f"peak RSS MB (max) | < {LIMIT_MB:.0f} MB |", "|---|---:|---:|---:|---|"]
    for alg, s in entry["summary"].items():
        lines.append(f"| `t2monitor:{alg}` | {_mmm(s['wall'])} | {s['cpu']['median']:.1f} | "
                     f"{s['peak_rss_mb']['max']:,.0f} | {'PASS' if s['pass'] else 'FAIL'} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20000, help="raster side in pixels (default 20000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each algorithm (default 2)")
    parser.add_argument("--only", nargs="+", choices=ALGORITHMS, help="measure only these algorithms")
    parser.add_argument("--clean", action="store_true", help="delete the generated inputs at the end")
    args = parser.parse_args(argv)
    if shutil.which("qgis_process") is None:
        print("qgis_process not found", file=sys.stderr)
        return 2
    if not (BUILD / "t2_monitor_plugin").exists():
        print("build/t2_monitor_plugin is missing: run `make build` first", file=sys.stderr)
        return 2
    algs = args.only or ALGORITHMS
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        gen = generate(args.size)
        rasters = gen["paths"]
        vectors = make_vectors(args.size)
        env = setup_qgis(WORK / "home")
        for alg in algs:
            check_keys(env, alg, parameters(alg, rasters, vectors, WORK).keys())
        size_mb = sum(p.stat().st_size for p in rasters.values()) / 2**20
        print(f"## {args.size:,} x {args.size:,} ({args.size ** 2 / 1e6:,.0f} Mpx per raster), inputs {size_mb:,.0f} MB"
              f" (generated in {gen['seconds']:.0f} s)", flush=True)
        runs: dict = {a: [] for a in algs}
        for rep in range(args.repeat):
            for alg in algs:
                before = load()
                res = run_one(env, alg, rasters, vectors)
                res["load"] = before
                runs[alg].append(res)
                print(f"  run {rep + 1} {alg}: {res['wall']:.1f} s, CPU {res['cpu']:.1f} s, "
                      f"{res['peak_rss_mb']:.0f} MB, load {before:.1f}, {res['figures']}", flush=True)
    finally:
        if args.clean:
            shutil.rmtree(WORK, ignore_errors=True)
    summary = {}
    for alg, rs in runs.items():
        summary[alg] = {"wall": stats([r["wall"] for r in rs]), "cpu": stats([r["cpu"] for r in rs]),
                        "peak_rss_mb": stats([r["peak_rss_mb"] for r in rs]),
                        "load": stats([r["load"] for r in rs])}
        summary[alg]["pass"] = summary[alg]["peak_rss_mb"]["max"] < LIMIT_MB
    entry = {"size": args.size, "repeat": args.repeat, "sites": SITES_COUNT, "runs": runs, "summary": summary,
             "machine": machine(), "measured_at": datetime.datetime.now().isoformat(timespec="seconds")}
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    by_alg = results.setdefault(str(args.size), {})  # merged by size and algorithm (``--only`` keeps the others)
    for alg in runs:
        by_alg[alg] = {"runs": runs[alg], "summary": summary[alg], "repeat": args.repeat, "sites": SITES_COUNT,
                       "machine": entry["machine"], "measured_at": entry["measured_at"]}
    RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_JSON.write_text(json.dumps(results, indent=1))
    print()
    print(table(entry))
    print(f"\nload average during the runs: {min(r['load'] for rs in runs.values() for r in rs):.1f}–"
          f"{max(r['load'] for rs in runs.values() for r in rs):.1f}")
    print("machine: " + json.dumps(machine()))
    return 0 if all(s["pass"] for s in summary.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
