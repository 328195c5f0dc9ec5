#!/usr/bin/env python3
"""Benchmark ``t2monitor:importferm`` on a generated 200,000-site FERM GeoJSON, next to a plain ``json.load``.

Input: a FERM polygon export of N (default 200,000) small square sites on a lattice (about 74 MB for 200,000), with
the properties a FERM export carries (name, id, area, restoration type, tenure, starting year, ecosystems,
activities), written once to ``bench/output/ferm_<N>.geojson`` and reused. The benchmark runs in-process: QGIS
without GUI, the Processing framework and the T2 Monitor provider; ``importferm`` writes a GeoPackage (with its
spatial index). Wall and CPU seconds are printed for ``json.load`` of the same file and for the import, with their
ratio (the test ``tests/test_hostile_files_alg.py::test_importferm_200k_features_import_in_seconds`` asserts
< 2.6 in CPU time). Checked before printing: every site is in the output, and one site's attributes and envelope.

Usage::

    .venv/bin/python bench/bench_importferm.py               # 200,000 sites
    .venv/bin/python bench/bench_importferm.py --sites 50000

Results: Markdown table on stdout, JSON in ``bench/output/importferm_results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "output"
sys.path.insert(0, str(ROOT))


def feature(i: int) -> dict:
    lon, lat, size = -76 + (i % 500) * 0.002, -6 + (i // 500) * 0.002, 0.001
    return {"type": "Feature",
            "properties": {"siteName": f"site {i}", "siteId": f"s{i}", "area": 1.2, "restorationType": 1,
                           "tenureStatus": 2, "startingYear": 2015, "ecosystems": ["T1.1"], "activities": ["1"]},
            "geometry": {"type": "Polygon", "coordinates": [[[lon, lat], [lon + size, lat], [lon + size, lat + size],
                                                             [lon, lat + size], [lon, lat]]]}}


def make_input(n: int) -> Path:
    path = OUTPUT / f"ferm_{n}.geojson"
    if not path.exists():
        OUTPUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"type": "FeatureCollection", "features": [feature(i) for i in range(n)]}, fh)
        os.replace(tmp, path)
    return path


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=200_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    import processing
    from osgeo import ogr
    from processing.core.Processing import Processing

    from t2_monitor_plugin.provider import T2MonitorProvider

    Processing.initialize()
    provider = T2MonitorProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    path = make_input(args.sites)
    out = OUTPUT / f"ferm_{args.sites}.gpkg"
    if out.exists():
        out.unlink()

    def load():
        with open(path, encoding="utf-8") as fh:
            return len(json.load(fh)["features"])

    _, json_wall, json_cpu = timed(load)
    result, wall, cpu = timed(lambda: processing.run("t2monitor:importferm",
                                                     {"INPUT": str(path), "OUTPUT": str(out)}))
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    count = layer.GetFeatureCount()
    probe = args.sites // 2
    layer.SetAttributeFilter(f"site_id = 's{probe}'")
    feat = next(iter(layer))
    x0, y0 = -76 + (probe % 500) * 0.002, -6 + (probe // 500) * 0.002
    envelope = feat.GetGeometryRef().GetEnvelope()
    ok = (result["SITE_COUNT"] == args.sites == count and feat["site_name"] == f"site {probe}"
          and feat["restoration_type"] == 1 and all(abs(a - b) < 1e-12 for a, b in
                                                   zip(envelope, (x0, x0 + 0.001, y0, y0 + 0.001))))
    ds = None
    out.unlink()
    rows = {"sites": args.sites, "file_mb": round(path.stat().st_size / 1e6, 1),
            "json_load_s": round(json_wall, 2), "json_load_cpu_s": round(json_cpu, 2),
            "importferm_s": round(wall, 2), "importferm_cpu_s": round(cpu, 2),
            "ratio_cpu": round(cpu / json_cpu, 2), "checked": ok}
    print("| sites | file MB | json.load s (CPU) | importferm s (CPU) | ratio (CPU) |")
    print("|---:|---:|---:|---:|---:|")
    print(f"| {args.sites:,} | {rows['file_mb']} | {json_wall:.1f} ({json_cpu:.1f}) | {wall:.1f} ({cpu:.1f}) | "
          f"{rows['ratio_cpu']} |")
    (OUTPUT / "importferm_results.json").write_text(json.dumps(rows, indent=2))
    QgsApplication.processingRegistry().removeProvider(provider)
    if not ok:
        print("output check failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
