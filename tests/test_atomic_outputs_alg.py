"""Issue 11 through Processing: outputs commit as a set, file sinks too, format checks come before any work."""
import errno
import os

import numpy as np
import processing
import pytest
from helpers import read_raster
from osgeo import gdal, ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
)

from t2_monitor_plugin.algorithms.degradation.landproductivity import LandProductivityAlgorithm
from t2_monitor_plugin.algorithms.nationalcriteria.forestfragmentation import ForestFragmentationAlgorithm
from t2_monitor_plugin.core import transaction


@pytest.fixture(scope="module")
def fx(tmp_path_factory, sample_dir):
    from wiring.registry import Fixtures, load_all
    load_all()
    return Fixtures(str(tmp_path_factory.mktemp("atomic_fixtures")), sample_dir)


@pytest.fixture
def sample(sample_dir):
    return {"lc": os.path.join(sample_dir, "landcover_2000.tif"),
            "districts": os.path.join(sample_dir, "sample.gpkg") + "|layername=districts"}


def _hidden(folder):
    return [n for n in os.listdir(folder) if n.startswith(".")]


def _fail_on(monkeypatch, n, name=None):
    """The n-th move into place (or the move onto a file called ``name``) fails with a full disk."""
    real = os.replace
    calls = {"n": 0}

    def replace(src, dst, *a, **kw):
        calls["n"] += 1
        if (os.path.basename(dst) == name) if name else calls["n"] == n:
            raise OSError(errno.ENOSPC, "No space left on device", dst)
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(transaction.os, "replace", replace)
    return calls


@pytest.mark.parametrize("ext,layer", [("gpkg", "areas"), ("xlsx", "areas"), ("geojson", "areas"), ("shp", None),
                                       ("csv", None)])
def test_file_sinks_are_committed_with_their_final_names(sample, tmp_path, t2_provider, ext, layer):
    out = str(tmp_path / f"areas.{ext}")
    res = processing.run("t2monitor:classareas", {"INPUT": sample["lc"], "OUTPUT": out})
    assert res["OUTPUT"].split("|")[0] == out
    assert _hidden(tmp_path) == []
    # a table without geometry in a shapefile is its .dbf (as QGIS writes it), every part with the final name
    ds = ogr.Open(out[:-4] + ".dbf" if ext == "shp" else out)
    lyr = ds.GetLayer(0)
    if layer:
        assert lyr.GetName() == layer  # not the temporary's name
    assert lyr.GetFeatureCount() > 0
    if ext == "shp":
        assert sorted(os.listdir(tmp_path)) == ["areas.cpg", "areas.dbf"]


def test_layers_to_load_follow_the_final_file(sample, tmp_path, t2_provider):
    out = str(tmp_path / "areas.gpkg")
    definition = QgsProcessingOutputLayerDefinition(out, QgsProject.instance())
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("t2monitor:classareas", {"INPUT": sample["lc"], "OUTPUT": definition}, context=context)
    keys = list(context.layersToLoadOnCompletion())
    assert keys and all(".part-" not in k for k in keys) and any(k.split("|")[0] == out for k in keys), keys


def test_failure_on_the_third_of_three_rasters_keeps_the_old_files(fx, tmp_path, monkeypatch, t2_provider):
    outs = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("OUTPUT", "PF", "PFF")}
    params = {**fx.resolve(dict(ForestFragmentationAlgorithm.EXAMPLE)), **outs}
    for path in outs.values():
        with open(path, "wb") as fh:
            fh.write(b"old " + path.encode())
    calls = _fail_on(monkeypatch, 0, "pff.tif")
    with pytest.raises(QgsProcessingException, match=r"pff.tif is full .*Free some space") as info:
        processing.run("t2monitor:forestfragmentation", params)
    assert "Traceback" not in str(info.value) and calls["n"] >= 3  # output.tif and pf.tif had been moved
    for path in outs.values():
        with open(path, "rb") as fh:
            assert fh.read() == b"old " + path.encode()
    assert _hidden(tmp_path) == []
    monkeypatch.undo()
    processing.run("t2monitor:forestfragmentation", params)
    assert all(gdal.Open(p) is not None for p in outs.values()) and _hidden(tmp_path) == []


def test_landproductivity_intermediates_commit_with_the_final_layer(fx, tmp_path, monkeypatch, t2_provider):
    outs = {k: str(tmp_path / f"{k.lower()}.tif") for k in ("OUTPUT", "TRAJECTORY", "STATE", "PERFORMANCE")}
    params = {**fx.resolve(dict(LandProductivityAlgorithm.EXAMPLE)), **outs}
    calls = _fail_on(monkeypatch, 4)  # the last of the four moves
    with pytest.raises(QgsProcessingException, match="is full"):
        processing.run("t2monitor:landproductivity", params)
    assert calls["n"] == 4
    assert os.listdir(tmp_path) == []  # the trajectory and state were not left behind
    monkeypatch.undo()
    res = processing.run("t2monitor:landproductivity", params)
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(p) for p in outs.values()] +
                                                  ["output.qml", "performance.qml", "state.qml", "trajectory.qml"])
    lpd = read_raster(res["OUTPUT"])
    assert set(np.unique(lpd)) <= {-32768, 1, 2, 3, 4, 5}


@pytest.mark.parametrize("output,message", [
    ("{tmp}/x.jpg", r"cannot be saved as \.jpg"),
    ("{tmp}/x.png", r"cannot be saved as \.png"),
    ("/vsimem/x.tif", "GDAL virtual path"),
    ("{tmp}", "is the folder"),
])
def test_bad_raster_destinations_are_refused_before_any_work(fx, tmp_path, monkeypatch, t2_provider, output,
                                                              message):
    from t2_monitor_plugin.algorithms.priority.standardizecriterion import StandardizeCriterionAlgorithm

    def never(*args, **kwargs):
        raise AssertionError("computation started")

    monkeypatch.setattr(StandardizeCriterionAlgorithm, "compute", never)
    params = fx.resolve(dict(StandardizeCriterionAlgorithm.EXAMPLE))
    with pytest.raises(QgsProcessingException, match=message) as info:
        processing.run("t2monitor:standardizecriterion", {**params, "OUTPUT": output.format(tmp=tmp_path)})
    assert "computation started" not in str(info.value)


def test_read_only_existing_output_is_refused(sample, tmp_path, monkeypatch, t2_provider):
    out = tmp_path / "t.csv"
    out.write_text("old")
    os.chmod(out, 0o444)
    if os.geteuid() == 0:
        real = os.access
        monkeypatch.setattr("os.access", lambda p, m, *a, **kw: False if str(p) == str(out) else real(p, m))
    with pytest.raises(QgsProcessingException, match="is read-only"):
        processing.run("t2monitor:classareas", {"INPUT": sample["lc"], "OUTPUT": "memory:", "OUTPUT_FILE": str(out)})
    assert out.read_text() == "old"


def test_cancel_mid_run_leaves_no_file(sample, tmp_path, t2_provider):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda v: feedback.cancel() if v > 0 else None)
    out = str(tmp_path / "areas.gpkg")
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("t2monitor:classareas", {"INPUT": sample["lc"], "ZONES": sample["districts"], "OUTPUT": out,
                                                "OUTPUT_FILE": str(tmp_path / "a.csv")}, feedback=feedback)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("exc,message", [
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/out.tif"), "/media/usb/out.tif is on a read-only"),
    (PermissionError(errno.EACCES, "Permission denied", "/srv/x.csv"), "not allowed to write /srv/x.csv"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/gone.csv"), "/gone.csv cannot be found"),
])
def test_raw_os_errors_reach_the_user_as_messages(sample, tmp_path, monkeypatch, t2_provider, exc, message):
    from t2_monitor_plugin.algorithms.indicators.classareas import ClassAreasAlgorithm

    def broken(*args, **kwargs):
        raise exc

    monkeypatch.setattr(ClassAreasAlgorithm, "compute", broken)
    with pytest.raises(QgsProcessingException, match=message) as info:
        processing.run("t2monitor:classareas", {"INPUT": sample["lc"], "OUTPUT": str(tmp_path / "a.gpkg")})
    assert "Traceback" not in str(info.value)
    assert os.listdir(tmp_path) == []
