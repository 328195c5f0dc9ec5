"""The Dask backend and the headless command line give the block engine's results (issue 17).

Every supported algorithm runs headless twice, on the block engine and on a 2-worker Dask LocalCluster (worker
processes, 256-pixel chunks so that chunks cut the rasters), in a subprocess without QGIS; chains run on each
engine's own outputs. Outputs must be identical: bit for bit for classes, 1e-6 for floats, areas to 1 ppm. A
synthetic raster whose forest patches and fragmentation windows cross chunk borders checks the cross-chunk patch
merge and the halo; a run with a worker killed mid-run must give the same output; a failed run leaves no file.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from scipy import ndimage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.environ.get("T2M_SAMPLE_DIR", os.path.join(ROOT, "build", "sample"))
CHUNK = 256


def _run(tmp_path, jobs, workers=2, kill=None, name="jobs"):
    spec = {"root": str(tmp_path), "workers": workers, "chunk": CHUNK, "jobs": jobs, "kill_worker": kill}
    jobs_file, result_file = tmp_path / f"{name}.json", tmp_path / f"{name}_result.json"
    jobs_file.write_text(json.dumps(spec))
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_PREFIX_PATH",)}
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "dask_runner.py"), str(jobs_file),
                           str(result_file)], capture_output=True, text=True, timeout=900, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(result_file.read_text())


def _read(path):
    ds = gdal.Open(path)
    assert ds is not None, path
    bands = [ds.GetRasterBand(b + 1) for b in range(ds.RasterCount)]
    return (ds.ReadAsArray(), [b.GetNoDataValue() for b in bands], ds.GetGeoTransform(), ds.GetProjection(),
            [b.GetDescription() for b in bands], ds.GetRasterBand(1).DataType)


def assert_same_raster(a, b):
    da, nda, gta, pa, desc_a, ta = _read(a)
    db, ndb, gtb, pb, desc_b, tb = _read(b)
    assert (ta, nda, gta, desc_a) == (tb, ndb, gtb, desc_b), (a, b)
    assert osr.SpatialReference(pa).IsSame(osr.SpatialReference(pb))
    if da.dtype.kind in "iub":
        assert np.array_equal(da, db), f"{a}: {int((da != db).sum())} pixels differ"
    else:
        assert np.array_equal(np.isnan(da), np.isnan(db))
        np.testing.assert_allclose(np.nan_to_num(db), np.nan_to_num(da), rtol=0, atol=1e-6)


def assert_same_numbers(x, y, where):
    if isinstance(x, dict):
        assert set(x) == set(y), where
        for k in x:
            assert_same_numbers(x[k], y[k], f"{where}.{k}")
    elif isinstance(x, list):
        assert len(x) == len(y), where
        for i, (p, q) in enumerate(zip(x, y)):
            assert_same_numbers(p, q, f"{where}[{i}]")
    elif isinstance(x, float) and not isinstance(x, bool):
        assert y == pytest.approx(x, rel=1e-6, abs=1e-9), where
    else:
        assert x == y, where


def _nonzero(tables):
    """Table rows without the rows of 0 ha: the block engine itself lists a zone's class with 0 ha when a block
    holds that class inside the zone's bounding window but not inside the zone, so such rows follow the block
    layout (of either engine), not the data."""
    def empty(row):
        return all(v in (0, 0.0, None) for v in row.values() if isinstance(v, float) or v is None)
    return {k: [r for r in rows if not empty(r)] for k, rows in tables.items()}


def compare(result, jobs):
    """Every output of every job: rasters identical, numbers and table rows to 1 ppm."""
    rasters = 0
    for job in jobs:
        block, dask = result["runs"][f"{job['name']}/block"], result["runs"][f"{job['name']}/dask"]
        assert block["status"] == "ok", (job["name"], block.get("error"))
        assert dask["status"] == "ok", (job["name"], dask.get("error"))
        for key, value in block["outputs"].items():
            other = dask["outputs"][key]
            if isinstance(value, str) and value.endswith(".tif"):
                assert other.endswith(".tif") and os.path.basename(other) == os.path.basename(value)
                assert_same_raster(value, other)
                rasters += 1
            elif isinstance(value, str) and value.endswith(".csv"):
                assert Path(value).read_text().count("\n") == Path(other).read_text().count("\n")
            else:
                assert_same_numbers(value, other, f"{job['name']}.{key}")
        assert_same_numbers(_nonzero(block["tables"]), _nonzero(dask["tables"]), f"{job['name']}.tables")
        assert dask["dask"]["dashboard"].startswith("http")
    return rasters


def S(name):
    return os.path.join(SAMPLE, name)


DISTRICTS = S("sample.gpkg") + "|layername=districts"


def sample_jobs():
    o = "{out}/"
    return [
        {"name": "lcd", "alg": "landcoverdegradation", "params": {
            "INITIAL": S("landcover_2000.tif"), "FINAL": S("landcover_2015.tif"), "OUTPUT": o + "lcd.tif",
            "TRANSITIONS": o + "transitions.tif"}},
        {"name": "lcd_recent", "alg": "landcoverdegradation", "params": {
            "INITIAL": S("landcover_2015.tif"), "FINAL": S("landcover_2023.tif"), "OUTPUT": o + "lcd_recent.tif"}},
        {"name": "traj", "alg": "productivitytrajectory", "params": {
            "INPUT": [S("ndvi_2001_2023.tif")], "OUTPUT": o + "traj.tif", "SLOPE": o + "slope.tif",
            "P": o + "p.tif"}},
        {"name": "state", "alg": "productivitystate", "params": {
            "INPUT": [S("ndvi_2001_2023.tif")], "OUTPUT": o + "state.tif", "CHANGE": o + "state_change.tif"}},
        {"name": "perf", "alg": "productivityperformance", "params": {
            "INPUT": [S("ndvi_2001_2023.tif")], "LAND_UNITS": S("land_units.tif"), "OUTPUT": o + "perf.tif",
            "RATIO": o + "ratio.tif"}},
        {"name": "lpd", "alg": "productivitydynamics", "params": {
            "TRAJECTORY": o + "traj.tif", "STATE": o + "state.tif", "PERFORMANCE": o + "perf.tif",
            "OUTPUT": o + "lpd.tif", "OUTPUT_3CLASS": o + "lpd3.tif"}},
        {"name": "soc", "alg": "soilcarbondegradation", "params": {
            "MODE": 1, "SOC_INITIAL": S("soc_2000.tif"), "LC_INITIAL": S("landcover_2000.tif"),
            "LC_FINAL": S("landcover_2015.tif"), "CLIMATE": S("climate_zone.tif"), "OUTPUT": o + "socd.tif",
            "CHANGE": o + "soc_change.tif"}},
        {"name": "sdg", "alg": "sdg1531", "params": {
            "PRODUCTIVITY": o + "lpd.tif", "LAND_COVER": o + "lcd.tif", "SOC": o + "socd.tif",
            "ZONES": DISTRICTS, "ZONE_FIELD": "name", "OUTPUT": o + "sdg.tif"}},
        {"name": "status", "alg": "degradationstatus", "params": {
            "BASELINE": o + "lcd.tif", "REPORTING": o + "lcd_recent.tif", "ZONES": DISTRICTS,
            "OUTPUT": o + "status.tif"}},
        {"name": "frag", "alg": "forestfragmentation", "params": {
            "INPUT": S("landcover_2015.tif"), "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 7,
            "OUTPUT": o + "frag.tif", "PF": o + "pf.tif", "PFF": o + "pff.tif"}},
        {"name": "loss", "alg": "vegetationcoverloss", "params": {
            "MODE": 0, "INITIAL": S("landcover_2000.tif"), "FINAL": S("landcover_2023.tif"),
            "NATURAL_CODES": "1,2,4", "MIN_PATCH_PIXELS": 6, "ZONES": DISTRICTS, "ZONE_FIELD": "name",
            "OUTPUT": o + "loss.tif"}},
        {"name": "areas", "alg": "classareas", "params": {
            "INPUT": S("landcover_2015.tif"), "ZONES": DISTRICTS, "ZONE_FIELD": "name"}},
        {"name": "overlay", "alg": "weightedoverlay", "params": {
            "CRITERIA": [o + "pf.tif", o + "pff.tif"], "WEIGHTS": "2,1",
            "EXCLUSION_POLYGONS": [S("sample.gpkg") + "|layername=protected_areas"], "OUTPUT": o + "suit.tif"}},
        {"name": "priority", "alg": "priorityclasses", "params": {
            "INPUT": o + "suit.tif", "ZONES": DISTRICTS, "ZONE_FIELD": "name", "OUTPUT": o + "priority.tif"}},
    ]


def test_every_supported_algorithm_matches_the_block_engine_on_the_sample_region(tmp_path):
    from t2_monitor_plugin.cli.algorithms import SUPPORTED
    jobs = sample_jobs()
    assert {j["alg"] for j in jobs} == set(SUPPORTED)
    result = _run(tmp_path, jobs)
    assert result["dask"]["workers"] == 2
    assert compare(result, jobs) == 22
    # the numbers are real: classes present, areas add up
    sdg = result["runs"]["sdg/dask"]
    assert sdg["outputs"]["DEGRADED_HA"] > 0 and 0 < sdg["outputs"]["PROPORTION_DEGRADED"] < 1
    assert sdg["outputs"]["DEGRADED_HA"] < sdg["outputs"]["TOTAL_LAND_HA"]
    areas = result["runs"]["areas/dask"]["outputs"]
    assert areas["VALID_HA"] + areas["NODATA_HA"] == pytest.approx(areas["TOTAL_HA"], rel=1e-9)
    assert areas["TOTAL_HA"] == pytest.approx(600 * 600 * 0.09, rel=1e-3)  # 600x600 px of 30 m in UTM


def _write(path, array, nodata, gt=(500000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)):
    bands = 1 if array.ndim == 2 else array.shape[0]
    arr = array.reshape((bands,) + array.shape[-2:])
    dtype = gdal.GDT_Byte if arr.dtype == np.uint8 else gdal.GDT_Float32
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[2], arr.shape[1], bands, dtype,
                                              options=["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    for b in range(bands):
        ds.GetRasterBand(b + 1).SetNoDataValue(nodata)
        ds.GetRasterBand(b + 1).WriteArray(arr[b])
    ds = None
    return str(path)


def blobs(shape, seed, size=9, cut=0.55):
    rng = np.random.default_rng(seed)
    return ndimage.uniform_filter(rng.random(shape), size=size) > cut


def test_chunks_cutting_forest_patches_and_windows(tmp_path):
    shape = (700, 900)  # 3 x 4 chunks of 256 (the last ones thinner)
    forest = blobs(shape, 1)
    lost = forest & blobs(shape, 2, size=7, cut=0.52)
    initial = np.where(forest, 1, 3).astype(np.uint8)
    final = np.where(lost, 3, initial).astype(np.uint8)
    initial[300:310, 100:400] = 0  # a nodata strip across a chunk border
    a, b = _write(tmp_path / "lc_a.tif", initial, 0), _write(tmp_path / "lc_b.tif", final, 0)
    min_patch = 30
    jobs = [
        {"name": "frag", "alg": "forestfragmentation", "params": {
            "INPUT": a, "INPUT_TYPE": 1, "FOREST_CODES": "1", "WINDOW_PIXELS": 11, "OUTPUT": "{out}/frag.tif",
            "PF": "{out}/pf.tif", "PFF": "{out}/pff.tif"}},
        {"name": "loss", "alg": "vegetationcoverloss", "params": {
            "MODE": 0, "INITIAL": a, "FINAL": b, "NATURAL_CODES": "1", "MIN_PATCH_PIXELS": min_patch,
            "OUTPUT": "{out}/loss.tif"}},
        {"name": "areas", "alg": "classareas", "params": {"INPUT": b}},
    ]
    result = _run(tmp_path, jobs)
    assert compare(result, jobs) == 4
    # the test has teeth: patches cross chunk borders, and a per-chunk sieve would give another map
    loss = gdal.Open(result["runs"]["loss/dask"]["outputs"]["OUTPUT"]).ReadAsArray()
    raw = (initial == 1) & (final != 1) & (initial != 0)
    labels, n = ndimage.label(raw, structure=np.ones((3, 3)))
    sizes = ndimage.sum(raw, labels, index=np.arange(1, n + 1))
    crossing = {lab for lab in np.unique(np.concatenate([labels[CHUNK - 1:CHUNK + 1].ravel(),
                                                          labels[:, CHUNK - 1:CHUNK + 1].ravel()])) if lab}
    assert any(sizes[lab - 1] >= min_patch for lab in crossing)
    expected = np.isin(labels, 1 + np.flatnonzero(sizes >= min_patch))
    assert np.array_equal(loss[initial != 0] == 1, expected[initial != 0])
    naive = np.zeros_like(raw)
    for r in range(0, shape[0], CHUNK):
        for c in range(0, shape[1], CHUNK):
            part = raw[r:r + CHUNK, c:c + CHUNK]
            lab, k = ndimage.label(part, structure=np.ones((3, 3)))
            big = 1 + np.flatnonzero(ndimage.sum(part, lab, index=np.arange(1, k + 1)) >= min_patch)
            naive[r:r + CHUNK, c:c + CHUNK] = np.isin(lab, big)
    assert not np.array_equal(naive, expected)
    # windows across chunk borders: Pf from an independent moving-window count
    pf = gdal.Open(result["runs"]["frag/dask"]["outputs"]["PF"]).ReadAsArray()
    valid = initial != 0
    f = ndimage.uniform_filter((initial == 1).astype(float), 11, mode="constant") * 121
    v = ndimage.uniform_filter(valid.astype(float), 11, mode="constant") * 121
    inner = valid & (v > 0)
    np.testing.assert_allclose(pf[inner], (f / np.maximum(v, 1))[inner], atol=1e-5)


def test_a_killed_worker_is_survived_with_identical_output(tmp_path):
    years = 20
    rng = np.random.default_rng(5)
    trend = np.linspace(-0.01, 0.01, 1024)[None, :, None]
    stack = (0.5 + trend * np.arange(years)[:, None, None] + rng.normal(0, 0.02, (years, 1024, 1024)))
    path = _write(tmp_path / "ndvi.tif", stack.astype(np.float32), -9999.0)
    jobs = [{"name": "traj", "alg": "productivitytrajectory", "params": {
        "INPUT": [path], "FIRST_YEAR": 2001, "OUTPUT": "{out}/traj.tif", "SLOPE": "{out}/slope.tif"}}]
    result = _run(tmp_path, jobs, workers=3, kill="traj")
    assert result["runs"]["traj/dask"]["killed_worker"] is not None
    assert compare(result, jobs) == 2
    traj = gdal.Open(result["runs"]["traj/dask"]["outputs"]["OUTPUT"]).ReadAsArray()
    assert (traj == -1).sum() > 1000 and (traj == 1).sum() > 1000


def test_a_failed_run_leaves_no_partial_output(tmp_path):
    out = tmp_path / "dask" / "frag.tif"
    jobs = [{"name": "bad", "alg": "forestfragmentation", "engines": ["dask"], "params": {
        "INPUT": S("landcover_2015.tif"), "INPUT_TYPE": 0, "OUTPUT": "{out}/frag.tif"}}]
    result = _run(tmp_path, jobs)
    run = result["runs"]["bad/dask"]
    assert run["status"] == "error" and "binary forest map" in run["error"]
    assert not out.exists()
    assert sorted(os.listdir(tmp_path / "dask")) == []


def test_the_command_line_runs_without_qgis_and_prints_json(tmp_path):
    """`python -m t2_monitor_plugin.cli` with QGIS made unimportable: --help from the spec, a JSON summary."""
    block_qgis = ("import sys, importlib.abc\n"
                  "class B(importlib.abc.MetaPathFinder):\n"
                  "    def find_spec(self, name, path=None, target=None):\n"
                  "        if name.split('.')[0] in ('qgis', 'processing'): raise ImportError(name)\n"
                  "sys.meta_path.insert(0, B())\n"
                  "import runpy; sys.argv = ['t2monitor'] + sys.argv[1:]\n"
                  "runpy.run_module('t2_monitor_plugin.cli', run_name='__main__')\n")
    base = [sys.executable, "-c", block_qgis]
    help_text = subprocess.run(base + ["run", "vegetationcoverloss", "--help"], capture_output=True, text=True,
                               cwd=ROOT, timeout=120)
    assert help_text.returncode == 0, help_text.stderr
    for key in ("--MIN_PATCH_PIXELS", "--natural-codes", "--THRESHOLD_PCT_POINTS", "--scheduler", "Default: 10.0"):
        assert key in help_text.stdout
    proc = subprocess.run(base + ["run", "classareas", "--INPUT", S("landcover_2015.tif"), "--workers", "2",
                                  "--OUTPUT", str(tmp_path / "areas.csv")], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout)
    assert summary["status"] == "ok" and summary["engine"] == "dask"
    assert "dashboard" in proc.stderr and "100%" in proc.stderr
    assert summary["outputs"]["TOTAL_HA"] == pytest.approx(600 * 600 * 0.09, rel=1e-3)
    assert (tmp_path / "areas.csv").read_text().startswith("level,zone,class")
    bad = subprocess.run(base + ["run", "classareas"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "--INPUT" in bad.stderr
