"""Publishing through QGIS (network.QgisTransport in a FermPublishTask) against local HTTP servers on 127.0.0.1.

The key is stored in the throw-away auth DB of pytest-qgis's ``.qgis-settings`` profile (fixed master password, as in
tests/test_ferm_auth.py) and added by the QGIS auth manager; the tests check what the servers received, the
messages, the publication log, the QGIS message log and every file of the profile for the key.
"""
import json
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from qgis.core import QgsApplication, QgsMessageLog, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from t2_monitor_plugin import network
from t2_monitor_plugin.core import ferm_api
from t2_monitor_plugin.core.ferm_api import FermApiError
from t2_monitor_plugin.gui import ferm_auth

KEY = "net-key-5e1f0a9b7c-SECRET"
MASTER = "t2monitor-test-master"  # same as tests/test_ferm_auth.py
PAYLOAD = {"type": "FeatureCollection", "properties": {"title": "Río Verde", "institutionId": "I-1"},
           "features": [{"type": "Feature", "properties": {"siteName": "A", "area": 12.5},
                         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [0, 0]]]}}]}


class Handler(BaseHTTPRequestHandler):
    """Answers according to ``server.mode``; records every request (headers lower-cased)."""

    def log_message(self, *args):
        pass

    def _answer(self, status, body=b"", headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.received.append({"method": self.command, "path": self.path, "headers": headers, "body": raw})
        mode = self.server.mode
        if mode in ("302", "303", "307"):
            return self._answer(int(mode), {"moved": True}, [("Location", self.server.redirect_to)])
        if mode == "401":  # a careless server echoing the key it refused
            return self._answer(401, {"message": f"invalid api key {headers.get('x-api-key')}"})
        if mode == "413":
            return self._answer(413, {"message": "too large"})
        if mode == "500":
            return self._answer(500, {"message": "database down"})
        if mode == "badjson":
            return self._answer(200, b"<html><body>Welcome</body></html>")
        if headers.get("x-api-key") != KEY:
            return self._answer(401, {"message": "invalid api key"})
        return self._answer(201, {"id": "PRJ-NET-1", "sites": len(json.loads(raw)["features"])})

    do_POST = _handle  # noqa: N815 - http.server API
    do_GET = _handle  # noqa: N815


def _start(mode="ok"):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.mode, httpd.received, httpd.redirect_to = mode, [], ""
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture
def server():
    httpd = _start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def elsewhere():
    """A second host (localhost instead of 127.0.0.1, another port): where redirects point."""
    httpd = _start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def silent_port():
    """A port that accepts connections but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    yield listener.getsockname()[1]
    listener.close()


@pytest.fixture
def free_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    return port


@pytest.fixture
def messages(qgis_app):
    """Everything written to the QGIS message log during the test."""
    seen = []

    def record(message, tag, level):
        seen.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(record)
    yield seen
    QgsApplication.messageLog().messageReceived.disconnect(record)


@pytest.fixture
def authcfg(qgis_app):
    manager = QgsApplication.authManager()
    assert "qgis-settings" in manager.authenticationDatabasePath(), "tests must not touch a real profile"
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    cfg = ferm_auth.store_api_key(KEY)
    yield cfg
    ferm_auth.clear_api_key()
    QgsSettings().remove(network.TIMEOUT_SETTING)


def url_of(httpd, path="/api/projects", host="127.0.0.1"):
    return f"http://{host}:{httpd.server_address[1]}{path}"


def run(task, limit=20.0):
    """Run ``task`` in the QGIS task manager; the main thread keeps processing events meanwhile."""
    done = []
    task.on_finished = done.append
    QgsApplication.taskManager().addTask(task)
    end = time.monotonic() + limit
    while not done and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert done, "the task did not finish"
    return task


def publish(url, cfg, log_path=None, timeout=5.0):
    return run(network.FermPublishTask(PAYLOAD, url, cfg, log_path=log_path, timeout=timeout))


def assert_no_key_anywhere(*texts):
    for text in texts:
        assert KEY not in str(text)
    profile = QgsApplication.qgisSettingsDirPath()
    for folder, _dirs, files in os.walk(profile):
        for name in files:
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as fh:
                    assert KEY.encode() not in fh.read(), f"the key is in {path}"
            except OSError:
                continue


def test_success_key_added_by_qgis(server, authcfg, messages, tmp_path):
    log = tmp_path / "ferm.log"
    task = publish(url_of(server) + "?lang=es", authcfg, str(log))
    assert task.error is None and task.project_id == "PRJ-NET-1"
    assert task.status() == QgsTask.TaskStatus.Complete and task.progress() == 100
    (sent,) = server.received
    assert sent["method"] == "POST" and sent["path"] == "/api/projects?lang=es"
    assert sent["headers"]["x-api-key"] == KEY
    assert sent["headers"]["content-type"].startswith("application/json")
    assert json.loads(sent["body"]) == PAYLOAD
    (rec,) = ferm_api.read_log(str(log))
    assert rec["status"] == 201 and rec["project_id"] == "PRJ-NET-1" and rec["url"] == url_of(server)
    assert_no_key_anywhere(log.read_text(), *messages, task.description())


def test_transport_in_the_main_thread(server, authcfg):
    transport = network.QgisTransport(authcfg)
    answer = transport.send(ferm_api.build_request(PAYLOAD, url_of(server), 5))
    assert answer.status == 201 and json.loads(answer.body)["id"] == "PRJ-NET-1"
    assert server.received[0]["headers"]["x-api-key"] == KEY


@pytest.mark.parametrize("code", ["302", "303", "307"])
def test_redirect_is_not_followed_and_key_not_sent_there(code, server, elsewhere, authcfg, messages, tmp_path):
    server.mode = code
    server.redirect_to = url_of(elsewhere, "/collect", host="localhost")
    log = tmp_path / "ferm.log"
    task = publish(url_of(server), authcfg, str(log))
    assert task.project_id is None and isinstance(task.error, FermApiError)
    text = str(task.error)
    assert f"redirect (HTTP {code}) to localhost:{elsewhere.server_address[1]}" in text
    assert "not sent there" in text and "Published" not in text
    assert len(server.received) == 1
    assert elsewhere.received == []  # not followed at all, so the key never reached the other host
    (rec,) = ferm_api.read_log(str(log))
    assert rec["status"] == int(code) and rec["project_id"] is None
    assert_no_key_anywhere(log.read_text(), *messages)


def test_timeout_from_the_setting(silent_port, authcfg, messages):
    QgsSettings().setValue(network.TIMEOUT_SETTING, 0.8)
    assert network.publish_timeout() == pytest.approx(0.8)
    started = time.monotonic()
    task = run(network.FermPublishTask(PAYLOAD, f"http://127.0.0.1:{silent_port}/slow", authcfg))
    assert time.monotonic() - started < 5
    assert "did not answer within 1 s" in str(task.error) and "check in FERM" in str(task.error)
    assert_no_key_anywhere(*messages)


def test_interface_keeps_running_while_waiting(silent_port, authcfg):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    try:
        publish(f"http://127.0.0.1:{silent_port}/slow", authcfg, timeout=1.0)
    finally:
        timer.stop()
    assert len(ticks) >= 20  # the main thread was never blocked by the request


@pytest.mark.parametrize("mode,pattern", [
    ("401", r"refused the API key \(HTTP 401: Unauthorized\)"),
    ("413", r"too large for the FERM API \(HTTP 413\).*smaller groups"),
    ("500", r"server error \(HTTP 500: database down\)"),
    ("badjson", r"HTTP 200\) with something that is not JSON: <html>"),
])
def test_http_errors(mode, pattern, server, authcfg, messages, tmp_path):
    server.mode = mode
    log = tmp_path / "ferm.log"
    task = publish(url_of(server), authcfg, str(log))
    assert task.project_id is None
    assert task.error is not None and __import__("re").search(pattern, str(task.error)), str(task.error)
    assert len(server.received) == 1  # never retried
    assert_no_key_anywhere(str(task.error), log.read_text(), *messages)


def test_connection_refused(free_port, authcfg, messages, tmp_path):
    log = tmp_path / "ferm.log"
    task = publish(f"http://127.0.0.1:{free_port}/x", authcfg, str(log))
    assert f"127.0.0.1:{free_port}/x refused the connection" in str(task.error)
    (rec,) = ferm_api.read_log(str(log))
    assert rec["status"] is None and "refused the connection" in rec["error"]


def test_plain_http_refused_before_anything(authcfg):
    with pytest.raises(FermApiError, match=r"not encrypted"):
        network.FermPublishTask(PAYLOAD, "http://ferm.example.org/api", authcfg)


def test_missing_configuration_is_a_message(server, qgis_app):
    task = publish(url_of(server), "zzzzzzz")
    assert "authentication database" in str(task.error) and "not found" in str(task.error)
    assert server.received == []


def test_cancel(silent_port, authcfg, tmp_path):
    log = tmp_path / "ferm.log"
    task = network.FermPublishTask(PAYLOAD, f"http://127.0.0.1:{silent_port}/slow", authcfg, log_path=str(log),
                                   timeout=30)
    done = []
    task.on_finished = done.append
    QgsApplication.taskManager().addTask(task)
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    started = time.monotonic()
    task.cancel()
    while not done and time.monotonic() - started < 5:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert done and time.monotonic() - started < 2
    assert task.status() == QgsTask.TaskStatus.Terminated and task.project_id is None
    assert "cancelled" in str(task.error)
    (rec,) = ferm_api.read_log(str(log))
    assert "cancelled" in rec["error"]


def test_redirect_policy_is_manual(qgis_app):
    """The Qt attribute the transport relies on (fully scoped enums: Qt6-ready)."""
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request, _ = network.QgisTransport()._network_request(ferm_api.build_request(PAYLOAD, "https://h.org/x"))
    assert request.attribute(QNetworkRequest.Attribute.RedirectPolicyAttribute) == \
        QNetworkRequest.RedirectPolicy.ManualRedirectPolicy
    assert not request.hasRawHeader(b"x-api-key")  # no authcfg: nothing added


def test_message_log_never_sees_the_key(server, authcfg, messages):
    QgsMessageLog.logMessage("probe", "T2 Monitor")  # the capture works
    server.mode = "401"
    publish(url_of(server), authcfg)
    assert any("probe" in m for m in messages)
    assert_no_key_anywhere(*messages)


def test_key_not_in_exported_files_or_history(sample_dir, t2_provider, server, authcfg, messages, tmp_path):
    """With a key stored and a publication made, the FERM export files, the Processing history and the whole
    profile folder hold no trace of the key."""
    import zipfile

    import processing

    publish(url_of(server), authcfg, str(tmp_path / "ferm.log"))
    out = {"OUTPUT": str(tmp_path / "payload.geojson"), "UPLOAD_PACKAGE": str(tmp_path / "ferm.zip"),
           "GEF_TEMPLATE": str(tmp_path / "gef.gpkg"), "VALIDATION": str(tmp_path / "validation.csv")}
    processing.run("t2monitor:exportferm", {
        "INPUT": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
        "SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
        "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
        "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure", "ADMIN0_VALUE": "PE",
        "TITLE": "Alto Mayo", "INSTITUTION_ID": "INST-PE-1", "STARTING_YEAR": 2012, "PROJECT_RESTORATION_TYPES": "1,2",
        "CONTACTS": "Ana <ana@example.org>", "ORGANIZATIONS": "ONG Bosques|Lead implementer|NGO|PE",
        "COUNTRIES": "PE", "SKIP_INVALID": True, **out})
    blobs = []
    for path in out.values():
        with open(path, "rb") as fh:
            blobs.append(fh.read())
    with zipfile.ZipFile(out["UPLOAD_PACKAGE"]) as archive:
        blobs += [archive.read(name) for name in archive.namelist()]
    assert all(KEY.encode() not in blob for blob in blobs)
    assert_no_key_anywhere(*messages, *(m for m in blobs))
