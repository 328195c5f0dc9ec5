"""The "Label accuracy sample" dialog driven through its widgets (offscreen, a QgsMapCanvas made here, no iface):
map class shown, labels picked from the legend and committed to the layer, navigation, zoom to the plot, progress;
the labelled layer then runs through t2monitor:accuracyassessment."""
import math

import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import gdal
from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas

from t2_monitor_plugin.gui.labelling_dialog import ZOOM_PLOTS, LabellingDialog, parse_legend, plot_rectangle

GT = (300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)


@pytest.fixture
def sample(tmp_path, t2_provider):
    """A -1/0/+1 map, its truth, and a 12-point sample of it (GeoPackage written by t2monitor:sampledesign)."""
    m = np.zeros((40, 40), np.int16)
    m[5:20, 5:20] = -1
    m[25:35, 25:35] = 1
    truth = m.copy()
    truth[5:20, 5:8] = 0
    map_path = write_raster(tmp_path / "map.tif", m, nodata=-32768, geotransform=GT)
    truth_path = write_raster(tmp_path / "truth.tif", truth, nodata=-32768, geotransform=GT)
    res = processing.run("t2monitor:sampledesign", {"INPUT": map_path, "SAMPLE_SIZE": 12, "ALLOCATION": 1,
                                                    "SEED": 5, "OUTPUT": str(tmp_path / "sample.gpkg"),
                                                    "DESIGN": "memory:"})
    layer = QgsVectorLayer(res["OUTPUT"], "sample", "ogr")
    assert layer.isValid() and layer.featureCount() == 12
    QgsProject.instance().addMapLayer(layer)
    yield layer, map_path, gdal.Open(truth_path).ReadAsArray(), res["OUTPUT"]
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture
def canvas(qgis_iface):
    c = QgsMapCanvas()
    c.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32718"))
    c.resize(400, 400)
    yield c
    c.deleteLater()


def _truth_at(feat, truth):
    p = feat.geometry().asPoint()
    return int(truth[int((GT[3] - p.y()) / 30.0), int((p.x() - GT[0]) / 30.0)])


def _on_disk(path):
    layer = QgsVectorLayer(path, "check", "ogr")
    return {f["id"]: (None if f["reference"] == NULL else f["reference"]) for f in layer.getFeatures()}


def test_label_navigate_zoom_and_assess(sample, canvas):
    layer, map_path, truth, path = sample
    dlg = LabellingDialog(None, canvas=canvas, layer=layer)
    try:
        assert dlg.map_field.currentField() == "map_class" and dlg.reference_field.currentField() == "reference"
        assert [b.text() for b in dlg.label_buttons] == ["-1  Degraded", "0  Stable", "1  Improved"]
        assert [c for c, _l in dlg.legend] == [-1, 0, 1]
        assert dlg.progress_label.text() == "0 of 12 labelled" and dlg.progress.value() == 0
        first = dlg.feature()
        assert first["id"] == 1 and dlg.point_label.text() == "Point 1 of 12 (id 1)"
        assert dlg.map_class_label.text().startswith(f"Map class: {first['map_class']}")
        # the canvas shows ZOOM_PLOTS plot sides around the point, the plot (one 30 m pixel) drawn on it
        p = first.geometry().asPoint()
        side = math.sqrt(first["pixel_area_ha"] * 1e4)
        assert side == pytest.approx(30.0, rel=1e-2)
        ext = canvas.extent()
        assert ext.center().x() == pytest.approx(p.x(), abs=0.5) and ext.center().y() == pytest.approx(p.y(), abs=0.5)
        assert min(ext.width(), ext.height()) == pytest.approx(ZOOM_PLOTS * side, rel=1e-6)
        assert dlg.plot_extent.width() == pytest.approx(side) and ext.contains(dlg.plot_extent)
        assert dlg.band is not None and dlg.band.numberOfVertices() >= 4
        # pick the label of point 1 from the legend: saved, committed, next unlabelled point shown
        dlg.label_buttons[1].click()
        assert not layer.isEditable() and _on_disk(path)[1] == 0
        assert dlg.index == 1 and dlg.progress_label.text() == "1 of 12 labelled"
        dlg.prev_button.click()
        assert dlg.index == 0 and dlg.reference_label.text() == "Reference label: 0 (Stable)"
        assert [b.isChecked() for b in dlg.label_buttons] == [False, True, False]
        assert not dlg.prev_button.isEnabled()
        dlg.clear_button.click()
        assert _on_disk(path)[1] is None and dlg.progress_label.text() == "0 of 12 labelled"
        # label every point from the truth raster, in the order the dialog offers them
        for _k in range(12):
            code = _truth_at(dlg.feature(), truth)
            dlg.label_buttons[[c for c, _l in dlg.legend].index(code)].click()
        assert dlg.progress_label.text() == "12 of 12 labelled" and dlg.message.text() == "Every point is labelled."
        disk = _on_disk(path)
        check = QgsVectorLayer(path, "check", "ogr")
        assert all(disk[f["id"]] == _truth_at(f, truth) for f in check.getFeatures())
        res = processing.run("t2monitor:accuracyassessment", {"INPUT": path, "STRATA": map_path,
                                                              "ESTIMATES": "memory:", "ERROR_MATRIX": "memory:"})
        assert res["SAMPLE_COUNT"] == 12
        # next / previous stay within the points
        dlg.go(11)
        assert not dlg.next_button.isEnabled()
        dlg.next_button.click()
        assert dlg.index == 11
    finally:
        dlg.close()


def test_given_legend_and_a_layer_being_edited(sample, canvas):
    layer, _map, _truth, path = sample
    dlg = LabellingDialog(None, canvas=canvas, layer=layer)
    try:
        dlg.legend_edit.setText("-1:Degraded, 0:Stable, 1:Improved, 7:Water")
        dlg.legend_edit.editingFinished.emit()
        assert [b.text() for b in dlg.label_buttons] == ["-1  Degraded", "0  Stable", "1  Improved", "7  Water"]
        assert dlg.label_buttons[3].shortcut().toString() == "4"
        dlg.auto_next.setChecked(False)
        layer.startEditing()                          # the user was editing: the label is committed, editing stays
        dlg.label_buttons[3].click()
        assert layer.isEditable() and _on_disk(path)[1] == 7 and dlg.index == 0
        assert dlg.reference_label.text() == "Reference label: 7 (Water)"
        layer.rollBack()
        dlg.legend_edit.setText("x:bad")
        dlg.legend_edit.editingFinished.emit()
        assert "whole-number class code" in dlg.message.text() and len(dlg.label_buttons) == 4
    finally:
        dlg.close()


def test_no_layer_and_helpers(canvas):
    dlg = LabellingDialog(None, canvas=canvas)
    try:
        assert dlg.point_label.text() == "No sample point layer." and not dlg.next_button.isEnabled()
        assert dlg.save_label(0) is False
        assert dlg.load_path("/nonexistent/file.gpkg") is None and "not a point layer" in dlg.message.text()
    finally:
        dlg.close()
    assert parse_legend("-1:Degraded, 0 ,1:Improved") == [(-1, "Degraded"), (0, ""), (1, "Improved")]
    with pytest.raises(ValueError):
        parse_legend("1,1")
    r = plot_rectangle(10.0, 60.0, 30.0, geographic=True)
    assert r.height() == pytest.approx(30.0 / 111320.0) and r.width() == pytest.approx(60.0 / 111320.0, rel=1e-9)
    assert plot_rectangle(100.0, 200.0, 30.0, geographic=False, plots=3).width() == 90.0


def test_menu_entry_opens_the_dialog_on_the_active_sample(sample, qgis_iface):
    """The plugin's "Label accuracy sample…" action opens the dialog on QGIS's canvas with the active point layer."""
    from t2_monitor_plugin import classFactory

    layer = sample[0]
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.objectName() == "t2monitorLabelSample")
        assert action.text() == "Label accuracy sample…" and action in plugin.menu.actions()
        qgis_iface.setActiveLayer(layer)
        action.trigger()
        dlg = plugin.labelling_dialog
        assert dlg.canvas is qgis_iface.mapCanvas() and dlg.layer is layer and dlg.progress_label.text() == \
            "0 of 12 labelled"
        dlg.close()
    finally:
        plugin.unload()
