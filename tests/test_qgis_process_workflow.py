"""The degradation, national-criteria and indicator algorithms through qgis_process give the numbers that
processing.run gives (the same code path users take in scripts and batch jobs)."""
import json
import subprocess

import numpy as np
import processing
import pytest
from helpers import read_raster
from qgis_process_run import qgis_process_environment


def qp(build_dir, alg, params, extra=()):
    env = qgis_process_environment(build_dir)
    subprocess.run(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], env=env, capture_output=True)
    args = ["qgis_process", "--json", "run", alg, "--"] + [f"{k}={v}" for k, v in params.items()] + list(extra)
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])["results"]


@pytest.fixture(scope="module")
def chain(sample_dir, plugin_build_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("qp")
    s = sample_dir
    res = {"out": out}
    res["lc"] = qp(plugin_build_dir, "t2monitor:landcoverdegradation", {
        "INITIAL": f"{s}/landcover_2000.tif", "FINAL": f"{s}/landcover_2015.tif", "OUTPUT": f"{out}/lc.tif",
        "TRANSITION_AREAS": f"{out}/lc_areas.csv"})
    res["lpd"] = qp(plugin_build_dir, "t2monitor:landproductivity", {
        "INPUT": f"{s}/ndvi_2001_2023.tif", "FIRST_YEAR": 2001, "START_YEAR": 2001, "END_YEAR": 2015,
        "LAND_UNITS": f"{s}/land_units.tif", "OUTPUT": f"{out}/lpd.tif"})
    res["sdg"] = qp(plugin_build_dir, "t2monitor:sdg1531", {
        "PRODUCTIVITY": f"{out}/lpd.tif", "LAND_COVER": f"{out}/lc.tif",
        "WATER_LAND_COVER": f"{s}/landcover_2015.tif", "OUTPUT": f"{out}/sdg.tif", "SUMMARY": f"{out}/sdg.csv"})
    res["loss"] = qp(plugin_build_dir, "t2monitor:vegetationcoverloss", {
        "INITIAL": f"{s}/landcover_2000.tif", "FINAL": f"{s}/landcover_2015.tif", "NATURAL_CODES": "1",
        "LOSS": f"{out}/loss.tif", "AREAS": f"{out}/loss.csv"})
    res["aur"] = qp(plugin_build_dir, "t2monitor:areaunderrestoration", {
        "SITES": f"{s}/sample.gpkg|layername=restoration_sites", "START_YEAR_FIELD": "start_year",
        "END_YEAR_FIELD": "end_year", "STATUS_FIELD": "status", "REPORTING_YEAR": 2023,
        "DEGRADED_RASTER": f"{out}/sdg.tif", "DEGRADED_CODES": "-1", "OUTPUT": f"{out}/aur.csv",
        "AREAS": f"{out}/aur.gpkg", "VALIDATION": f"{out}/validation.csv"})
    return res


def test_degradation_chain_matches_processing_run(chain, sample_dir, t2_provider, tmp_path):
    out, s = chain["out"], sample_dir
    lpd = processing.run("t2monitor:landproductivity", {
        "INPUT": [f"{s}/ndvi_2001_2023.tif"], "FIRST_YEAR": 2001, "START_YEAR": 2001, "END_YEAR": 2015,
        "LAND_UNITS": f"{s}/land_units.tif", "OUTPUT": str(tmp_path / "lpd.tif")})
    np.testing.assert_array_equal(read_raster(lpd["OUTPUT"]), read_raster(f"{out}/lpd.tif"))
    sdg = processing.run("t2monitor:sdg1531", {
        "PRODUCTIVITY": lpd["OUTPUT"], "LAND_COVER": f"{out}/lc.tif", "WATER_LAND_COVER": f"{s}/landcover_2015.tif",
        "OUTPUT": str(tmp_path / "sdg.tif"), "SUMMARY": "memory:"})
    np.testing.assert_array_equal(read_raster(sdg["OUTPUT"]), read_raster(f"{out}/sdg.tif"))
    assert float(chain["sdg"]["PROPORTION_DEGRADED"]) == pytest.approx(sdg["PROPORTION_DEGRADED"])
    assert 0.05 < sdg["PROPORTION_DEGRADED"] < 0.6
    assert float(chain["lc"]["DEGRADED_HA"]) == pytest.approx(2426.6, abs=1.0)  # deforestation 2000-2015


def test_criteria_and_indicators_through_qgis_process(chain, sample_dir):
    out, s = chain["out"], sample_dir
    lc0, lc1 = read_raster(f"{s}/landcover_2000.tif"), read_raster(f"{s}/landcover_2015.tif")
    loss = read_raster(f"{out}/loss.tif")
    np.testing.assert_array_equal(loss == 1, (lc0 == 1) & (lc1 != 1) & (lc1 != 0))
    assert float(chain["aur"]["AREA_UNDER_RESTORATION_HA"]) == pytest.approx(1940.2, abs=0.5)
    sdg = read_raster(f"{out}/sdg.tif")
    assert float(chain["aur"]["DEGRADED_BASELINE_HA"]) == pytest.approx((sdg == -1).sum() * 0.09, rel=2e-3)
