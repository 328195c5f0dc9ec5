"""FERM API client against a local mock server (http.server on 127.0.0.1 in a thread)."""
import hashlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from t2_monitor_plugin.core import ferm_api
from t2_monitor_plugin.core.ferm_api import FermApiError

KEY = "k3y-SECRET-0123456789"

PAYLOAD = {
    "type": "FeatureCollection",
    "properties": {"title": "Río Verde", "institutionId": "INST-1", "startingYear": 2021, "restorationTypes": [1],
                   "pointsOfContact": [{"name": "Ana", "email": "ana@example.org"}], "countries": ["CO"]},
    "features": [
        {"type": "Feature", "properties": {"siteName": "A", "area": 12.5},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [0, 0]]]}},
        {"type": "Feature", "properties": {"siteName": "B", "area": 7.25},
         "geometry": {"type": "Polygon", "coordinates": [[[2, 0], [2, 1], [3, 1], [2, 0]]]}},
    ],
}


class MockFerm(BaseHTTPRequestHandler):
    """Checks the key and the body like the API would; the test sets ``server.mode``."""

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _answer(self, status, body):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802 - http.server API
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.received.append({"headers": headers, "body": raw, "path": self.path})
        mode = self.server.mode
        if mode == "500":
            return self._answer(500, {"message": "database down"})
        if mode == "noid":
            return self._answer(200, {"ok": True})
        if self.headers.get("x-api-key") != KEY:
            return self._answer(401, {"message": f"invalid api key {self.headers.get('x-api-key')}"})
        body = json.loads(raw)
        if body.get("type") != "FeatureCollection" or not isinstance(body.get("properties"), dict):
            return self._answer(400, {"message": "not a FeatureCollection with properties"})
        if mode == "nested":
            return self._answer(201, {"data": {"projectId": "P-77"}})
        return self._answer(201, {"id": "PRJ-2026-0042", "sites": len(body["features"])})


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), MockFerm)
    httpd.mode = "ok"
    httpd.received = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def url_of(httpd, path="/api/v1/projects"):
    return f"http://127.0.0.1:{httpd.server_address[1]}{path}"


def test_publish_sends_key_and_payload_and_logs(server, tmp_path):
    log = tmp_path / "profile" / "t2monitor" / "ferm.log"
    project_id = ferm_api.publish(PAYLOAD, url_of(server) + "?lang=es", KEY, log_path=str(log), timeout=5)
    assert project_id == "PRJ-2026-0042"
    sent = server.received[0]
    assert sent["path"] == "/api/v1/projects?lang=es"
    assert sent["headers"]["x-api-key"] == KEY
    assert sent["headers"]["content-type"].startswith("application/json")
    assert json.loads(sent["body"]) == PAYLOAD  # exact round trip, UTF-8 names included
    records = ferm_api.read_log(str(log))
    assert len(records) == 1
    rec = records[0]
    assert rec["sites"] == 2 and rec["total_ha"] == pytest.approx(19.75)
    assert rec["sha256"] == hashlib.sha256(sent["body"]).hexdigest()
    assert rec["status"] == 201 and rec["project_id"] == "PRJ-2026-0042" and rec["error"] is None
    assert rec["url"] == url_of(server)  # no query string in the log
    assert KEY not in log.read_text()
    # a second publication appends
    server.mode = "nested"
    assert ferm_api.publish(PAYLOAD, url_of(server), KEY, log_path=str(log), timeout=5) == "P-77"
    assert [r["project_id"] for r in ferm_api.read_log(str(log))] == ["PRJ-2026-0042", "P-77"]


def test_wrong_key_is_401_with_clear_message_without_the_key(server, tmp_path):
    log = tmp_path / "ferm.log"
    with pytest.raises(FermApiError, match=r"refused the API key \(HTTP 401") as info:
        ferm_api.publish(PAYLOAD, url_of(server), "wrong-" + KEY, log_path=str(log), timeout=5)
    assert info.value.status == 401
    assert KEY not in str(info.value)  # the server echoed the key: it is masked
    assert "***" in str(info.value)
    rec = ferm_api.read_log(str(log))[0]
    assert rec["status"] == 401 and rec["project_id"] is None and "401" in rec["error"]
    assert KEY not in log.read_text()


def test_server_error_500(server, tmp_path):
    server.mode = "500"
    with pytest.raises(FermApiError, match=r"HTTP 500: database down\).*Nothing was published") as info:
        ferm_api.publish(PAYLOAD, url_of(server), KEY, log_path=str(tmp_path / "l.log"), timeout=5)
    assert info.value.status == 500
    assert KEY not in str(info.value)


def test_answer_without_id(server):
    server.mode = "noid"
    with pytest.raises(FermApiError, match=r"HTTP 200\) without a project id"):
        ferm_api.publish(PAYLOAD, url_of(server), KEY, timeout=5)


def test_refused_connection(tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    log = tmp_path / "ferm.log"
    with pytest.raises(FermApiError, match=rf"127\.0\.0\.1:{port}/x could not be reached .*refused") as info:
        ferm_api.publish(PAYLOAD, f"http://127.0.0.1:{port}/x", KEY, log_path=str(log), timeout=5)
    assert info.value.status is None
    rec = ferm_api.read_log(str(log))[0]
    assert rec["status"] is None and "could not be reached" in rec["error"]


def test_timeout(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection but never answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
        with pytest.raises(FermApiError, match=r"did not answer within 1 s"):
            ferm_api.publish(PAYLOAD, url, KEY, timeout=0.6)
    finally:
        listener.close()


@pytest.mark.parametrize("key,url,pattern", [
    ("", "http://127.0.0.1:1/x", "No FERM API key is set"),
    ("  ", "http://127.0.0.1:1/x", "No FERM API key is set"),
    (KEY, "ftp://example.org/x", "is not an http"),
    (KEY, "", "is not an http"),
])
def test_missing_key_or_bad_address(key, url, pattern, tmp_path):
    log = tmp_path / "l.log"
    with pytest.raises(FermApiError, match=pattern):
        ferm_api.publish(PAYLOAD, url, key, log_path=str(log))
    assert not log.exists()  # nothing was attempted


def test_helpers():
    assert ferm_api.public_url("https://user:pw@h.org:8443/a/b?key=1#f") == "https://h.org:8443/a/b"
    assert ferm_api.extract_project_id({"project": {"_id": 12}}) == "12"
    assert ferm_api.extract_project_id({"id": ""}) is None
    assert ferm_api.extract_project_id([1]) is None
    assert ferm_api.payload_summary({"features": [{"properties": {"area": True}}, {"properties": {}}]}) == (2, 0.0)
