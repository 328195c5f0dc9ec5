"""The "Open sample project" action: the sample is generated once into the profile and opens with valid layers."""
import os
import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from t2_monitor_plugin.gui import sample_project


def test_prepare_generates_once(tmp_path):
    qgs = sample_project.prepare_sample(str(tmp_path))
    assert os.path.basename(qgs) == "t2_sample.qgs"
    lc = tmp_path / "landcover_2023.tif"
    first = lc.stat().st_mtime_ns
    assert sample_project.prepare_sample(str(tmp_path)) == qgs
    assert lc.stat().st_mtime_ns == first, "a current sample must not be regenerated"
    (tmp_path / sample_project.STAMP).write_text("old generator")
    sample_project.prepare_sample(str(tmp_path))
    assert lc.stat().st_mtime_ns != first, "a changed generator must regenerate the sample"


def test_open_sample_project_action(qgis_iface, tmp_path, monkeypatch):
    monkeypatch.setattr(sample_project, "sample_dir", lambda: str(tmp_path / "profile_sample"))
    project = QgsProject.instance()
    project.clear()
    task = sample_project.open_sample_project(qgis_iface)
    deadline = time.time() + 120
    while QgsApplication.taskManager().countActiveTasks() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        QCoreApplication.processEvents()
    assert task is not None
    layers = list(project.mapLayers().values())
    assert len(layers) >= 10
    assert all(layer.isValid() for layer in layers), [lyr.name() for lyr in layers if not lyr.isValid()]
    names = {layer.name() for layer in layers}
    assert any("2023" in n for n in names)
    project.clear()
