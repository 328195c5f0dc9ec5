"""The "Export to FERM…" dialog on the sample restoration sites: suggestions, validation, export, publish, settings."""
import json
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from t2_monitor_plugin.core import ferm, ferm_api
from t2_monitor_plugin.gui import ferm_auth, ferm_dialog
from t2_monitor_plugin.gui.ferm_mapping import suggest_mapping

KEY = "dialog-key-7f3a9c1e5b"
MASTER = "t2monitor-test-master"  # same as tests/test_ferm_auth.py (throw-away .qgis-settings profile)

METADATA = {"title": "Restauración Cuenca Alta", "institutionId": "INST-PE-7", "startingYear": 2014,
            "restorationTypes": [1, 2], "countries": ["PE"],
            "pointsOfContact": [{"name": "Ana Ñique", "email": "ana@example.org"}],
            "organizations": [{"name": "Gobierno Regional", "role": 1, "type": 1, "country": "PE"},
                              {"name": "ONG Bosques", "role": 2, "type": 2, "country": "PE"}]}


class MockFerm(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - http.server API
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.headers.get("x-api-key"), json.loads(body)))
        if self.server.redirect:
            self.send_response(302)
            self.send_header("Location", self.server.redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        ok = self.headers.get("x-api-key") == KEY
        data = json.dumps({"id": "PRJ-DLG-1"} if ok else {"message": "invalid key"}).encode()
        self.send_response(201 if ok else 401)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), MockFerm)
    httpd.received = []
    httpd.redirect = ""
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def auth_key(qgis_app):
    manager = QgsApplication.authManager()
    assert "qgis-settings" in manager.authenticationDatabasePath(), "tests must not touch a real profile"
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    ferm_auth.store_api_key(KEY)
    yield KEY
    ferm_auth.clear_api_key()


@pytest.fixture
def sites(sample_dir, qgis_iface):
    project = QgsProject.instance()
    project.clear()
    layer = QgsVectorLayer(os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
                           "restoration_sites", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    QgsSettings().remove(ferm_dialog.URL_SETTING)
    yield layer
    project.clear()


def make_dialog(qgis_iface, metadata=METADATA):
    dialog = ferm_dialog.FermExportDialog(qgis_iface)
    dialog.project_form.set_project_metadata(metadata)
    return dialog


def ogr_records(sample_dir):
    """The sample sites read with OGR directly (independent of the dialog's QGIS reading)."""
    ds = ogr.Open(os.path.join(sample_dir, "sample.gpkg"))
    lyr = ds.GetLayerByName("restoration_sites")
    wkt = lyr.GetSpatialRef().ExportToWkt()
    records = []
    for f in lyr:
        attrs = {lyr.GetLayerDefn().GetFieldDefn(i).GetName(): f.GetField(i) for i in range(f.GetFieldCount())}
        records.append(ferm.FeatureRecord(f.GetFID(), bytes(f.GetGeometryRef().ExportToWkb()), wkt, attrs))
    return records


def test_suggest_mapping():
    assert suggest_mapping(["fid", "Nombre", "Inicio", "Bioma", "Actividades", "Tenencia", "País", "Región",
                            "Distrito", "Código"]) == {
        "SITE_NAME": "Nombre", "SITE_ID": "Código", "START_YEAR": "Inicio", "ECOSYSTEMS": "Bioma",
        "ACTIVITIES": "Actividades", "TENURE": "Tenencia", "ADMIN0": "País", "ADMIN1": "Región", "ADMIN2": "Distrito"}
    # GEF column names; a field is used once (ID_CODE is the id, not a name)
    assert suggest_mapping(["ID_CODE", "Restor_str", "Restor_eco", "Restor_typ"]) == {
        "SITE_ID": "ID_CODE", "START_YEAR": "Restor_str", "ECOSYSTEMS": "Restor_eco", "RESTORATION_TYPE": "Restor_typ"}
    assert suggest_mapping(["name", "id"]) == {"SITE_NAME": "name", "SITE_ID": "id"}
    assert suggest_mapping(["foo"]) == {}


def test_dialog_suggests_fields_and_vocabularies(sites, qgis_iface):
    dialog = make_dialog(qgis_iface)
    assert dialog.layer() is sites
    assert dialog.mapping() == {"SITE_NAME": {"field": "site_name"}, "SITE_ID": {"field": "site_id"},
                                "START_YEAR": {"field": "start_year"}, "ECOSYSTEMS": {"field": "get_biome"},
                                "ACTIVITIES": {"field": "activities"},
                                "RESTORATION_TYPE": {"field": "restoration_type"}, "TENURE": {"field": "tenure"}}
    # a fixed value from the vocabulary drop-down
    combo = dialog.field_combos["ADMIN0"]
    combo.setCurrentIndex(combo.findData(ferm_dialog.FIXED))
    assert dialog.fixed_widgets["ADMIN0"].isEnabled()
    dialog.fixed_widgets["ADMIN0"].setText("Perú")
    tenure = dialog.field_combos["TENURE"]
    tenure.setCurrentIndex(tenure.findData(ferm_dialog.FIXED))
    fixed = dialog.fixed_widgets["TENURE"]
    fixed.setCurrentIndex(fixed.findData(3))
    assert fixed.currentText() == "Indigenous and Traditional Territories (ITTs)"
    assert dialog.mapping()["ADMIN0"] == {"value": "Perú"} and dialog.mapping()["TENURE"] == {"value": "3"}
    # metadata round trip through the form, organisation role/type as vocabulary codes
    assert dialog.project_form.project_metadata() == METADATA
    roles = dialog.project_form.orgs_table.cellWidget(1, 1)
    assert [roles.itemText(i) for i in range(roles.count())] == ["", "Leading", "Supporting"]
    assert roles.currentData() == 2


def test_validate_fills_table_and_zooms(sites, sample_dir, qgis_iface):
    dialog = make_dialog(qgis_iface)
    rows = dialog.validate()
    expected = ferm.validate(ogr_records(sample_dir), dialog.mapping(), METADATA)
    assert [r.as_tuple() for r in rows] == [r.as_tuple() for r in expected]
    assert len([r for r in rows if r.fid is not None]) == sites.featureCount() == 12
    table = dialog.validation_table
    assert table.rowCount() == len(rows)
    by_fid = {table.item(i, 0).text(): (table.item(i, 2).text(), table.item(i, 3).text()) for i in range(12)}
    rs09 = next(f.id() for f in sites.getFeatures() if f["site_id"] == "RS09")  # NULL start year in the sample
    assert by_fid[str(rs09)][0] == "Warning" and "no start year" in by_fid[str(rs09)][1]
    counts = {level: sum(r.level == level for r in rows) for level in ferm.LEVELS}
    assert dialog.summary_label.text() == f"{counts['ok']} ok, {counts['warning']} with warnings, " \
                                          f"{counts['error']} with errors"
    # double click zooms the canvas to the feature
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(sites.crs())
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == str(rs09))
    dialog.zoom_to_row(row)
    box = sites.getFeature(rs09).geometry().boundingBox()
    assert canvas.extent().contains(box) and canvas.extent().width() < 20 * max(box.width(), box.height())
    assert sites.selectedFeatureIds() == [rs09]


def test_export_runs_the_algorithm(sites, sample_dir, qgis_iface, t2_provider, tmp_path):
    dialog = make_dialog(qgis_iface)
    assert dialog.export_files() is None and "at least one file" in dialog.status_label.text()
    paths = {"OUTPUT": tmp_path / "payload.geojson", "UPLOAD_PACKAGE": tmp_path / "upload.zip",
             "VALIDATION": tmp_path / "validation.csv"}
    for key, path in paths.items():
        dialog.output_widgets[key].setFilePath(str(path))
    run = dialog.export_files()
    assert run is not None, dialog.status_label.text()
    wait_exported(dialog)
    results = dialog.last_export.results
    assert results is not None, dialog.status_label.text()
    payload = json.loads(paths["OUTPUT"].read_text(encoding="utf-8"))
    assert payload["type"] == "FeatureCollection"
    assert payload["properties"]["title"] == METADATA["title"]
    assert payload["properties"]["organizations"][1] == {"name": "ONG Bosques", "role": 2, "type": 2, "country": "PE"}
    # the same payload as the core builds from an independent reading of the layer
    expected = ferm.build_payload(ogr_records(sample_dir), dialog.mapping(), METADATA)
    assert payload["properties"] == expected["properties"]
    assert sorted(f["properties"]["siteName"] for f in payload["features"]) == \
        sorted(f["properties"]["siteName"] for f in expected["features"])
    assert sum(f["properties"]["area"] for f in payload["features"]) == pytest.approx(
        sum(f["properties"]["area"] for f in expected["features"]), rel=1e-9)
    assert paths["UPLOAD_PACKAGE"].exists() and paths["VALIDATION"].exists()
    assert results["SITE_COUNT"] == 12
    assert str(paths["OUTPUT"]) in dialog.status_label.text()


def wait_exported(dialog, limit=60.0):
    """Process events until the dialog's background export has ended."""
    end = time.monotonic() + limit
    while dialog.exporting() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not dialog.exporting(), "the export did not end"


def wait_published(dialog, limit=20.0):
    """Process events until the dialog's background publication has ended (the interface stays live)."""
    end = time.monotonic() + limit
    while dialog.publishing() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not dialog.publishing(), "the publication did not end"


def test_publish_to_mock_server(sites, qgis_iface, server, auth_key):
    dialog = make_dialog(qgis_iface)
    url = f"http://127.0.0.1:{server.server_address[1]}/api/projects"
    dialog.url_edit.setText(url)
    dialog.update_key_label()
    assert ferm_auth.authcfg_id() in dialog.key_label.text() and KEY not in dialog.key_label.text()
    before = len(ferm_api.read_log(ferm_dialog.log_path()))
    task = dialog.publish()
    assert task is not None and dialog.publishing()
    assert not dialog.publish_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_published(dialog)
    assert dialog.last_project_id == "PRJ-DLG-1" and task.project_id == "PRJ-DLG-1"
    assert "Published to FERM: project id PRJ-DLG-1" in dialog.status_label.text()
    assert dialog.publish_button.isEnabled() and not dialog.cancel_button.isEnabled()
    key, body = server.received[-1]
    assert key == KEY
    assert body["properties"]["title"] == METADATA["title"] and len(body["features"]) >= 12
    records = ferm_api.read_log(ferm_dialog.log_path())
    assert len(records) == before + 1
    assert records[-1]["project_id"] == "PRJ-DLG-1" and records[-1]["url"] == url
    assert records[-1]["total_ha"] == pytest.approx(ferm_api.payload_summary(body)[1])
    with open(ferm_dialog.log_path(), encoding="utf-8") as fh:
        assert KEY not in fh.read()
    # a wrong key: refused, clear message, nothing returned
    ferm_auth.store_api_key("not-the-key")
    dialog.publish()
    wait_published(dialog)
    assert "refused the API key (HTTP 401" in dialog.status_label.text()
    assert "Published" not in dialog.status_label.text()
    # an http:// address that is not the local machine is refused before anything is sent
    dialog.url_edit.setText("http://ferm.example.org/api")
    assert dialog.publish() is None and "not encrypted" in dialog.status_label.text()
    # no key at all
    ferm_auth.clear_api_key()
    dialog.url_edit.setText(url)
    assert dialog.publish() is None and "No FERM API key is set" in dialog.status_label.text()


def test_publish_redirect_and_cancel_from_the_dialog(sites, qgis_iface, server, auth_key):
    dialog = make_dialog(qgis_iface)
    server.redirect = "http://localhost:9/elsewhere"
    dialog.url_edit.setText(f"http://127.0.0.1:{server.server_address[1]}/api/projects")
    dialog.publish()
    wait_published(dialog)
    text = dialog.status_label.text()
    assert text.startswith("Not published") and "redirect (HTTP 302) to localhost:9" in text
    assert dialog.last_project_id == ""
    # a server that never answers: Cancel stops it at once
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        dialog.url_edit.setText(f"http://127.0.0.1:{listener.getsockname()[1]}/slow")
        dialog.publish()
        for _ in range(30):
            QCoreApplication.processEvents()
            time.sleep(0.01)
        started = time.monotonic()
        dialog.cancel_button.click()
        wait_published(dialog, limit=5)
        assert time.monotonic() - started < 2
        assert "cancelled" in dialog.status_label.text() and dialog.publish_button.isEnabled()
    finally:
        listener.close()


def test_settings_saved_in_project_without_key(sites, qgis_iface, auth_key, tmp_path):
    dialog = make_dialog(qgis_iface)
    dialog.field_combos["ADMIN0"].setCurrentIndex(dialog.field_combos["ADMIN0"].findData(ferm_dialog.FIXED))
    dialog.fixed_widgets["ADMIN0"].setText("PE")
    dialog.field_combos["SITE_ID"].setCurrentIndex(0)  # (empty)
    dialog.output_widgets["OUTPUT"].setFilePath(str(tmp_path / "p.geojson"))
    dialog.skip_check.setChecked(True)
    dialog.url_edit.setText("https://ferm.example.org/api")
    mapping = dialog.mapping()
    dialog.reject()  # the Close button: saves
    qgs = tmp_path / "project.qgs"
    assert QgsProject.instance().write(str(qgs))
    text = qgs.read_text(encoding="utf-8")
    assert "t2monitor" in text and "INST-PE-7" in text
    assert KEY not in text and ferm_auth.authcfg_id() not in text
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(qgs))
    again = ferm_dialog.FermExportDialog(qgis_iface)
    assert again.project_form.project_metadata() == METADATA
    assert again.layer() is not None and again.layer().name() == "restoration_sites"
    assert again.mapping() == mapping and "SITE_ID" not in mapping
    assert again.output_widgets["OUTPUT"].filePath() == str(tmp_path / "p.geojson")
    assert again.skip_check.isChecked()
    assert again.url_edit.text() == "https://ferm.example.org/api"
    # a project saved with 0.1.0 remembers the payload under its old key API_PAYLOAD
    old = json.dumps({"API_PAYLOAD": str(tmp_path / "o.geojson")})
    QgsProject.instance().writeEntry("t2monitor", "ferm/outputs", old)
    assert ferm_dialog.FermExportDialog(qgis_iface).output_widgets["OUTPUT"].filePath() == str(tmp_path / "o.geojson")
    settings = QgsSettings()
    settings.sync()
    with open(settings.fileName(), encoding="utf-8", errors="replace") as fh:
        assert KEY not in fh.read()


def test_menu_action_opens_dialog(qgis_iface, sites):
    from t2_monitor_plugin.plugin import T2MonitorPlugin

    plugin = T2MonitorPlugin(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.objectName() == "t2monitorExportFerm")
        assert action.text() == "Export restoration sites to FERM…"  # the Toolbox name of t2monitor:exportferm
        action.trigger()
        assert isinstance(plugin.ferm_dialog, ferm_dialog.FermExportDialog) and plugin.ferm_dialog.isVisible()
        plugin.ferm_dialog.close()
    finally:
        plugin.unload()


def test_unload_closes_an_open_ferm_dialog(qgis_iface, sites):
    from t2_monitor_plugin.plugin import T2MonitorPlugin

    plugin = T2MonitorPlugin(qgis_iface)
    plugin.initGui()
    next(a for a in plugin.actions if a.objectName() == "t2monitorExportFerm").trigger()
    dialog = plugin.ferm_dialog
    assert dialog.isVisible()
    plugin.unload()
    assert not dialog.isVisible() and plugin.dialogs == {}
