"""Issue 19 in the QGIS window: the FERM dialog on the sample project (layer choice, export without a validation
path, progress and cancel, no raw Processing message, empty project, Publish state, column headers), the sample
project question, the labelled menu in workflow order with one dialog per tool, and the ROAM model template."""
import os
import threading
import time

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize

from t2_monitor_plugin.algorithms.export import exportferm
from t2_monitor_plugin.gui import ferm_auth, ferm_dialog, sample_project

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "resources", "models", "roam_priority.model3")
METADATA = {"title": "Restauración Cuenca Alta", "institutionId": "INST-PE-7",
            "pointsOfContact": [{"name": "Ana Ñique", "email": "ana@example.org"}]}
KEY = "gui-issue19-key-5d1e"
MASTER = "t2monitor-test-master"  # as in tests/test_ferm_auth.py (throw-away .qgis-settings profile)


def process_until(condition, limit=60.0):
    end = time.monotonic() + limit
    while not condition() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert condition(), "timed out"


@pytest.fixture
def sample_layers(sample_dir, qgis_iface, t2_provider):
    """The sample's polygon layers in the order of the sample project, Districts first (as the issue saw)."""
    project = QgsProject.instance()
    project.clear()
    gpkg = os.path.join(sample_dir, "sample.gpkg")
    layers = {}
    for table, name in (("districts", "Districts"), ("protected_areas", "Protected areas and OECMs"),
                        ("indigenous_territories", "Indigenous territories"),
                        ("restoration_sites", "Restoration sites")):
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
        assert layer.isValid()
        layers[table] = layer
    project.addMapLayers(list(layers.values()))
    QgsSettings().remove(ferm_dialog.URL_SETTING)
    yield layers
    project.clear()


def export_dialog(qgis_iface, metadata=METADATA):
    dialog = ferm_dialog.FermExportDialog(qgis_iface)
    dialog.project_form.set_project_metadata(metadata)
    return dialog


# FERM dialog --------------------------------------------------------------------------------------------------------
def test_dialog_proposes_the_sites_layer_and_warns_on_others(sample_layers, qgis_iface):
    dialog = export_dialog(qgis_iface)
    assert dialog.layer_combo.layer(0) is sample_layers["districts"]  # the first polygon layer...
    assert dialog.layer() is sample_layers["restoration_sites"]  # ...is not the one proposed
    assert dialog.mapping()["SITE_NAME"] == {"field": "site_name"}
    assert dialog.layer_warning.isHidden()
    dialog.layer_combo.setLayer(sample_layers["districts"])
    assert not dialog.layer_warning.isHidden() and "Districts" in dialog.layer_warning.text()
    dialog.layer_combo.setLayer(sample_layers["protected_areas"])
    assert not dialog.layer_warning.isHidden()
    dialog.reject()  # remembers Protected areas as the layer of this project
    again = ferm_dialog.FermExportDialog(qgis_iface)
    assert again.layer() is sample_layers["protected_areas"]


def test_export_without_validation_path_writes_it_beside_the_package(sample_layers, qgis_iface, tmp_path):
    dialog = export_dialog(qgis_iface)
    package = tmp_path / "ferm_upload.zip"
    dialog.output_widgets["UPLOAD_PACKAGE"].setFilePath(str(package))
    assert dialog.output_widgets["VALIDATION"].filePath() == ""
    assert "ferm_upload_validation.csv" in dialog.output_widgets["VALIDATION"].lineEdit().placeholderText()
    run = dialog.export_files()
    assert run is not None, dialog.status_label.text()
    assert dialog.exporting() and not dialog.export_progress.isHidden()
    assert not dialog.export_button.isEnabled() and dialog.export_cancel.isEnabled()
    process_until(lambda: not dialog.exporting())
    assert run.results is not None, dialog.status_label.text()
    assert run.results["SITE_COUNT"] == 12
    validation = tmp_path / "ferm_upload_validation.csv"
    assert package.exists() and validation.exists()
    lines = validation.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:3] == ["feature_id", "site_name", "level"] and len(lines) == 13  # 12 sites
    assert "12 site(s) exported" in dialog.status_label.text() and str(validation) in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and not dialog.export_cancel.isEnabled()


def test_export_cancel_writes_nothing(sample_layers, qgis_iface, tmp_path, monkeypatch):
    started, release = threading.Event(), threading.Event()
    original = exportferm.plain

    def slow_plain(value):  # holds the algorithm inside its feature loop until Cancel was pressed
        started.set()
        release.wait(10)
        return original(value)

    monkeypatch.setattr(exportferm, "plain", slow_plain)
    dialog = export_dialog(qgis_iface)
    payload = tmp_path / "payload.geojson"
    dialog.output_widgets["OUTPUT"].setFilePath(str(payload))
    run = dialog.export_files()
    assert run is not None, dialog.status_label.text()
    process_until(started.is_set, 20)
    dialog.export_cancel.click()
    release.set()
    process_until(lambda: not dialog.exporting())
    assert run.results is None and run.cancelled
    assert dialog.status_label.text() == "Not exported: The FERM export was cancelled; no file was written."
    assert not payload.exists() and os.listdir(tmp_path) == []


def test_export_failure_never_shows_a_processing_message(sample_layers, qgis_iface, tmp_path):
    dialog = export_dialog(qgis_iface)
    dialog.output_widgets["UPLOAD_PACKAGE"].setFilePath(str(tmp_path / "upload.zip"))
    dialog.output_widgets["VALIDATION"].setFilePath("ogr:nonsense")  # a data source URI QGIS cannot create
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    run = dialog.export_files()
    process_until(lambda: not dialog.exporting())
    assert run.results is None
    text = dialog.status_label.text()
    assert text.startswith("Not exported: The FERM export could not read the sites or write one of the files")
    assert "Could not create layer" not in text and "OGR" not in text and "nonsense" not in text
    process_until(lambda: any(tag == "T2 Monitor" and "Could not create layer ogr:nonsense" in message
                              for tag, message in logged), 5)


def test_empty_project_is_refused_before_export(sample_layers, qgis_iface, tmp_path):
    dialog = export_dialog(qgis_iface, metadata={})
    dialog.output_widgets["OUTPUT"].setFilePath(str(tmp_path / "payload.geojson"))
    rows = dialog.validate()
    project_rows = [r for r in rows if r.fid is None]
    assert [r.level for r in project_rows] == ["error"] * 3
    assert "3 with errors" in dialog.summary_label.text() or "with errors" in dialog.summary_label.text()
    assert dialog.summary_label.text().endswith(f"{sum(r.level == 'error' for r in rows)} with errors")
    assert dialog.export_files() is None
    assert "Not exported: 3 problem(s)" in dialog.status_label.text()
    assert not (tmp_path / "payload.geojson").exists()
    reasons = [dialog.validation_table.item(i, 3).text() for i in range(dialog.validation_table.rowCount())]
    assert any("no title" in r for r in reasons) and any("no point of contact" in r for r in reasons)
    # the upload package does not carry the project: it can be written without one
    dialog.output_widgets["OUTPUT"].setFilePath("")
    dialog.output_widgets["UPLOAD_PACKAGE"].setFilePath(str(tmp_path / "upload.zip"))
    run = dialog.export_files()
    assert run is not None, dialog.status_label.text()
    process_until(lambda: not dialog.exporting())
    assert run.results["SITE_COUNT"] == 12


@pytest.fixture
def auth_key(qgis_app):
    manager = QgsApplication.authManager()
    assert "qgis-settings" in manager.authenticationDatabasePath(), "tests must not touch a real profile"
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    ferm_auth.clear_api_key()
    yield
    ferm_auth.clear_api_key()


def test_publish_needs_address_and_key(sample_layers, qgis_iface, auth_key):
    dialog = export_dialog(qgis_iface)
    assert not dialog.publish_button.isEnabled() and "API address" in dialog.publish_button.toolTip()
    dialog.url_edit.setText("https://ferm.example.org/api")
    assert not dialog.publish_button.isEnabled()  # no key yet
    ferm_auth.store_api_key(KEY)
    dialog.update_key_label()
    assert dialog.publish_button.isEnabled() and dialog.publish_button.toolTip() == ""
    dialog.url_edit.setText("  ")
    assert not dialog.publish_button.isEnabled()


def test_every_table_column_has_a_header_and_tooltip(sample_layers, qgis_iface):
    dialog = export_dialog(qgis_iface)
    tables = [dialog.validation_table, dialog.project_form.contacts_table, dialog.project_form.orgs_table]
    for table in tables:
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            assert item is not None and item.text() and item.toolTip(), (table, column)
    assert all(widget.toolTip() for widget in dialog.output_widgets.values())


def test_validation_zoom_still_works_with_several_layers(sample_layers, qgis_iface):
    dialog = export_dialog(qgis_iface)
    dialog.validate()
    sites = sample_layers["restoration_sites"]
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(sites.crs())
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    row = next(i for i in range(dialog.validation_table.rowCount()) if dialog.validation_table.item(i, 0).text())
    dialog.zoom_to_row(row)
    fid = int(dialog.validation_table.item(row, 0).text())
    assert canvas.extent().contains(sites.getFeature(fid).geometry().boundingBox())


# sample project --------------------------------------------------------------------------------------------------
@pytest.fixture
def dirty_project(tmp_path, sample_dir, qgis_iface, monkeypatch):
    monkeypatch.setattr(sample_project, "sample_dir", lambda: str(tmp_path / "profile_sample"))
    project = QgsProject.instance()
    project.clear()
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "my work", "memory")
    project.addMapLayer(layer)
    qgs = tmp_path / "mine.qgs"
    project.setFileName(str(qgs))
    project.setDirty(True)
    yield project, qgs
    project.clear()


def opened_after(action, limit=120):
    """Run ``action`` and wait until the project has been read (the sample opened); returns ``action()``."""
    reads = []
    QgsProject.instance().readProject.connect(lambda *_: reads.append(1))
    result = action()
    process_until(lambda: reads, limit)
    return result


def test_sample_project_cancel_keeps_the_work(dirty_project, qgis_iface):
    project, qgs = dirty_project
    asked = []
    assert sample_project.open_sample_project(qgis_iface, ask=lambda parent: asked.append(parent) or "cancel") is None
    for _ in range(50):
        QCoreApplication.processEvents()
    assert len(asked) == 1 and asked[0] is qgis_iface.mainWindow()
    assert [lyr.name() for lyr in project.mapLayers().values()] == ["my work"] and project.isDirty()
    assert not qgs.exists()


def test_sample_project_save_then_open(dirty_project, qgis_iface):
    project, qgs = dirty_project
    task = opened_after(lambda: sample_project.open_sample_project(qgis_iface, ask=lambda parent: "save"))
    assert task is not None and "my work" in qgs.read_text(encoding="utf-8")  # saved before it was replaced
    assert len(project.mapLayers()) >= 10 and "my work" not in {lyr.name() for lyr in project.mapLayers().values()}


def test_sample_project_discard_and_clean_project(dirty_project, qgis_iface):
    project, qgs = dirty_project
    asked = []
    opened_after(lambda: sample_project.open_sample_project(qgis_iface, ask=lambda p: asked.append(1) or "discard"))
    assert not qgs.exists() and len(project.mapLayers()) >= 10 and asked == [1]
    assert not project.isDirty()  # a project without changes is replaced without a question
    opened_after(lambda: sample_project.open_sample_project(qgis_iface, ask=lambda p: asked.append(2) or "cancel"))
    assert asked == [1]


# menu ----------------------------------------------------------------------------------------------------------------
@pytest.fixture
def plugin(qgis_iface, t2_provider, monkeypatch):
    from t2_monitor_plugin.plugin import T2MonitorPlugin

    # pytest-qgis's interface lacks the default argument of QgisInterface.iconSize(dockedToolbar=False), which the
    # Processing dialogs call
    monkeypatch.setattr(qgis_iface, "iconSize", lambda dockedToolbar=False: QSize(24, 24), raising=False)
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)

    plugin = T2MonitorPlugin(qgis_iface)
    plugin.initGui()
    yield plugin
    plugin.unload()


def test_menu_text_sections_and_toolbox_names(plugin, t2_provider, qgis_iface):
    menu = plugin.menu
    assert menu.title() == "T2 Monitor" and menu.icon().isNull()
    assert menu.menuAction() in qgis_iface.mainWindow().menuBar().actions()
    layout = [("--" + a.text()) if a.isSeparator() else a.text() for a in menu.actions()]
    names = {a.id(): a.displayName() + "…" for a in t2_provider.algorithms()}
    assert layout == [
        "--Data", "Open sample project",
        "--Degradation", names["t2monitor:landproductivity"], names["t2monitor:sdg1531"],
        names["t2monitor:degradationseverity"],
        "--Restoration priority", names["t2monitor:ahpweights"], names["t2monitor:weightedoverlay"],
        "ROAM restoration priority (model template)…",
        "--Indicators", names["t2monitor:areaunderrestoration"], names["t2monitor:restorationprogress"],
        names["t2monitor:classareas"],
        "--Accuracy", names["t2monitor:sampledesign"], "Label accuracy sample…",
        names["t2monitor:accuracyassessment"],
        "--Reporting", names["t2monitor:exportferm"], names["t2monitor:exportort"],
        "--", "Show T2 Monitor algorithms in the Processing Toolbox"]
    assert plugin.toolbar_button.menu() is menu and not plugin.toolbar_button.icon().isNull()
    assert menu.menuAction().text() == "T2 Monitor"  # the menu bar shows the text


def test_one_dialog_per_tool(plugin, sample_layers):
    actions = {a.objectName(): a for a in plugin.actions}
    actions["t2monitorExportFerm"].trigger()
    first = plugin.ferm_dialog
    first.close()
    actions["t2monitorExportFerm"].trigger()
    assert plugin.ferm_dialog is first and first.isVisible()
    actions["t2monitorAhpWeights"].trigger()
    ahp = plugin.ahp_dialog
    actions["t2monitorAhpWeights"].trigger()
    assert plugin.ahp_dialog is ahp
    actions["t2monitor_weightedoverlay"].trigger()
    overlay = plugin.dialogs["t2monitor:weightedoverlay"]
    assert overlay.isVisible() and overlay.algorithm().id() == "t2monitor:weightedoverlay"
    actions["t2monitor_weightedoverlay"].trigger()
    assert plugin.dialogs["t2monitor:weightedoverlay"] is overlay
    # another project: the FERM dialog is built again for it (its settings are per project)
    QgsProject.instance().setFileName("/nonexistent/other.qgs")
    actions["t2monitorExportFerm"].trigger()
    assert plugin.ferm_dialog is not first


# ROAM model ----------------------------------------------------------------------------------------------------------
def test_roam_model_in_toolbox_and_menu(plugin, t2_provider):
    alg = QgsApplication.processingRegistry().algorithmById("t2monitor:ROAM restoration priority")
    assert isinstance(alg, QgsProcessingModelAlgorithm) and alg.group() == "Model templates"
    assert {p.name() for p in alg.parameterDefinitions()} >= {"LAND_COVER", "DEM", "WEIGHTS"}
    ok, errors = alg.validate()
    assert ok, errors
    action = next(a for a in plugin.actions if a.objectName() == "t2monitorRoamModel")
    action.trigger()
    designer = plugin.dialogs["dialog:roam_model"]
    assert designer.isVisible() and designer.model().name() == "ROAM restoration priority"
    assert designer.model().sourceFilePath() == ""  # Save asks where: the template is never overwritten
    assert len(designer.model().childAlgorithms()) == 10
    action.trigger()
    assert plugin.dialogs["dialog:roam_model"] is designer


def _boxes(model):
    boxes = []
    for name in model.parameterComponents():
        c = model.parameterComponent(name)
        boxes.append((f"input {name}", c.position(), c.size()))
    for cid, c in model.childAlgorithms().items():
        boxes.append((f"step {cid}", c.position(), c.size()))
        for oname, out in c.modelOutputs().items():
            boxes.append((f"output {oname}", out.position(), out.size()))
    return boxes


def test_model_boxes_do_not_overlap(qgis_app):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    boxes = _boxes(model)
    assert len(boxes) == 8 + 10 + 4
    gap = 20  # at least this many pixels between two boxes
    problems = []
    for i, (a, pa, sa) in enumerate(boxes):
        for b, pb, sb in boxes[i + 1:]:
            apart_x = abs(pa.x() - pb.x()) >= (sa.width() + sb.width()) / 2 + gap
            apart_y = abs(pa.y() - pb.y()) >= (sa.height() + sb.height()) / 2 + gap
            if not (apart_x or apart_y):
                problems.append(f"{a} at {pa.x():.0f},{pa.y():.0f} and {b} at {pb.x():.0f},{pb.y():.0f}")
    assert not problems, problems
    # each step to the right of the steps it reads from (the flow goes left to right)
    for cid, c in model.childAlgorithms().items():
        for sources in c.parameterSources().values():
            for source in sources:
                if source.source() == Qgis.ProcessingModelChildParameterSource.ChildOutput:
                    upstream = model.childAlgorithm(source.outputChildId())
                    assert upstream.position().x() < c.position().x(), (source.outputChildId(), cid)
