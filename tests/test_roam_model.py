"""resources/models/roam_priority.model3: loads, validates and runs on the sample through processing.run and
qgis_process; 4 priority classes (plus excluded) and district areas that add up."""
import csv
import json
import os
import subprocess

import numpy as np
import pytest
from helpers import read_raster
from qgis.core import QgsProcessingModelAlgorithm
from qgis_process_run import qgis_process_environment

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "resources", "models", "roam_priority.model3")
CHILDREN = {"native:slope", "gdal:rasterize", "gdal:proximity", "t2monitor:landoveruse",
            "native:reclassifybytable", "t2monitor:standardizecriterion", "t2monitor:weightedoverlay",
            "t2monitor:priorityclasses"}


def _inputs(sample_dir):
    gpkg = os.path.join(sample_dir, "sample.gpkg")
    return {"LAND_COVER": os.path.join(sample_dir, "landcover_2023.tif"), "DEM": os.path.join(sample_dir, "dem.tif"),
            "CAPABILITY": os.path.join(sample_dir, "land_capability.tif"),
            "PROTECTED_AREAS": gpkg + "|layername=protected_areas", "DISTRICTS": gpkg + "|layername=districts",
            "DISTRICT_FIELD": "name"}


def _check_outputs(priority_path, areas_rows, sample_dir):
    prio = read_raster(priority_path)
    lc = read_raster(os.path.join(sample_dir, "landcover_2023.tif"))
    values = set(np.unique(prio).tolist())
    assert {1, 2, 3, 4} <= values <= {-32768, 0, 1, 2, 3, 4}
    assert (prio[lc == 7] == 0).all()  # water is excluded
    assert ((prio == -32768) == (lc == 0)).all()  # nodata only outside the study area
    total = {int(r["class"]): float(r["area_ha"]) for r in areas_rows if r["level"] == "total" and r["class"]}
    assert set(total) == {0, 1, 2, 3, 4}
    assert sum(total.values()) == pytest.approx(31581, rel=1e-3)  # the whole study area (ellipsoidal areas)
    for code in range(5):  # per-class areas from the raster: 0.09 ha pixels
        assert total[code] == pytest.approx((prio == code).sum() * 0.09, rel=1e-3)
    for code in range(1, 5):  # quantile classes split the non-excluded land in four near-equal parts
        assert total[code] == pytest.approx(sum(total[c] for c in range(1, 5)) / 4, rel=0.02)
    zones = [r for r in areas_rows if r["level"] == "zone"]
    assert len({r["zone"] for r in zones}) == 4
    for code in range(5):  # the districts tile the study area: their areas add up to the totals
        assert sum(float(r["area_ha"]) for r in zones if int(r["class"]) == code) == pytest.approx(total[code],
                                                                                                    rel=2e-3)


def test_model_loads_and_validates(t2_provider):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    ok, errors = model.validate()
    assert ok, errors
    assert {c.algorithmId() for c in model.childAlgorithms().values()} == CHILDREN
    names = {p.name() for p in model.parameterDefinitions()}
    assert {"LAND_COVER", "DEM", "CAPABILITY", "PROTECTED_AREAS", "DISTRICTS", "WEIGHTS", "priority",
            "priority_areas"} <= names


def test_model_runs_through_processing(t2_provider, sample_dir, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm()
    model.fromFile(MODEL)
    res = processing.run(model, {**_inputs(sample_dir), "priority": str(tmp_path / "priority.tif"),
                                 "priority_areas": str(tmp_path / "areas.csv"),
                                 "suitability": str(tmp_path / "suitability.tif"),
                                 "land_overuse": str(tmp_path / "overuse.tif")})
    with open(res["priority_areas"], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    _check_outputs(res["priority"], rows, sample_dir)
    assert res["CHILD_RESULTS"]["overlay"]["WEIGHTS_USED"] == "0.637,0.258,0.105"
    suitability = read_raster(tmp_path / "suitability.tif")
    prio = read_raster(tmp_path / "priority.tif")
    assert (suitability[prio == 0] == -1).all()
    assert res["CHILD_RESULTS"]["overuse"]["OVERUSE_HA"] == pytest.approx(3682.2, abs=0.5)


def test_model_runs_through_qgis_process(sample_dir, plugin_build_dir, tmp_path):
    env = qgis_process_environment(plugin_build_dir)
    subprocess.run(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], env=env, capture_output=True)
    args = [f"{k}={v}" for k, v in _inputs(sample_dir).items()]
    out, areas = str(tmp_path / "priority.tif"), str(tmp_path / "areas.csv")
    proc = subprocess.run(["qgis_process", "--json", "run", MODEL, "--", *args, f"priority={out}",
                           f"priority_areas={areas}", "suitability=TEMPORARY_OUTPUT",
                           "land_overuse=TEMPORARY_OUTPUT"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["priority"] == out
    with open(areas, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    _check_outputs(out, rows, sample_dir)
