"""FERM API request/answer logic without Qt: a fake transport stands in for the network.

The real transport (QGIS network access manager against a local HTTP server) is tested in tests/test_ferm_network.py.
"""
import hashlib
import json

import pytest

from t2_monitor_plugin.core import ferm_api
from t2_monitor_plugin.core.ferm_api import FermApiError, Response

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
URL = "https://ferm.example.org/api/v1/projects"


class FakeTransport:
    """Answers with the given responses in turn and records the requests."""

    def __init__(self, *responses):
        self.responses = list(responses)
        self.sent = []

    def send(self, request):
        self.sent.append(request)
        return self.responses.pop(0)


def ok(body=None, status=201):
    return Response(status=status, body=json.dumps(body or {"id": "PRJ-1"}).encode())


def test_request_has_no_key_and_exact_body():
    request = ferm_api.build_request(PAYLOAD, "  " + URL + "?lang=es ", timeout=7)
    assert request.method == "POST" and request.url == URL + "?lang=es" and request.timeout == 7
    assert {k.lower() for k in request.headers} == {"content-type", "accept"}  # the transport adds x-api-key
    assert request.headers["Content-Type"].startswith("application/json")
    assert json.loads(request.body.decode("utf-8")) == PAYLOAD and "Río".encode() in request.body


def test_publish_returns_id_and_logs(tmp_path):
    log = tmp_path / "profile" / "t2monitor" / "ferm.log"
    transport = FakeTransport(ok(), ok({"data": {"projectId": "P-77"}}, 200))
    assert ferm_api.publish(PAYLOAD, URL + "?lang=es", transport, log_path=str(log)) == "PRJ-1"
    assert ferm_api.publish(PAYLOAD, URL, transport, log_path=str(log)) == "P-77"
    first, second = ferm_api.read_log(str(log))
    assert first["sites"] == 2 and first["total_ha"] == pytest.approx(19.75)
    assert first["sha256"] == hashlib.sha256(transport.sent[0].body).hexdigest()
    assert first["status"] == 201 and first["project_id"] == "PRJ-1" and first["error"] is None
    assert first["url"] == URL  # no query string in the log
    assert second["project_id"] == "P-77"


@pytest.mark.parametrize("url", ["http://ferm.example.org/api", "HTTP://10.0.0.5:8080/api", "http://user:pw@h.org/"])
def test_plain_http_is_refused_except_loopback(url, tmp_path):
    transport = FakeTransport()
    with pytest.raises(FermApiError, match=r"not encrypted \(http://\).*https://") as info:
        ferm_api.publish(PAYLOAD, url, transport, log_path=str(tmp_path / "l.log"))
    assert "pw" not in str(info.value)
    assert transport.sent == [] and not (tmp_path / "l.log").exists()  # nothing sent, nothing logged


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/x", "http://localhost/x", "http://[::1]:9/x", URL])
def test_https_and_loopback_http_are_accepted(url):
    assert ferm_api.publish(PAYLOAD, url, FakeTransport(ok())) == "PRJ-1"


@pytest.mark.parametrize("url", ["ftp://example.org/x", "", "https://", "https://h.org:99999/x", "file:///etc/x"])
def test_not_an_http_address(url):
    with pytest.raises(FermApiError, match="is not an http"):
        ferm_api.publish(PAYLOAD, url, FakeTransport())


@pytest.mark.parametrize("response,pattern", [
    (Response(status=302, location="https://evil.example.net:8443/steal"),
     r"redirect \(HTTP 302\) to evil\.example\.net:8443.*key was not sent there and nothing was published"),
    (Response(status=303, location=None), r"redirect \(HTTP 303\) to -"),
    (Response(status=401, reason="Unauthorized", body=b'{"message": "bad key k3y-ECHOED"}'),
     r"refused the API key \(HTTP 401: Unauthorized\)"),
    (Response(status=403, reason="Forbidden"), r"refused the API key \(HTTP 403: Forbidden\).*allowed to create"),
    (Response(status=413, reason="Payload Too Large"), r"payload \(0\.0 MB\) is too large.*smaller groups"),
    (Response(status=500, body=b'{"message": "database down"}'),
     r"server error \(HTTP 500: database down\).*Try again later"),
    (Response(status=422, body=b'{"error": "bad geometry"}'), r"HTTP 422: bad geometry\).*Nothing was published"),
    (Response(status=200, body=b"<html>login</html>"), r"HTTP 200\) with something that is not JSON: <html>"),
    (Response(status=200, body=b'{"ok": true}'), r"HTTP 200\) without a project id"),
    (Response(failure=ferm_api.TIMEOUT), r"did not answer within 5 s.*check in FERM before publishing again"),
    (Response(failure=ferm_api.REFUSED, reason="Connection refused"), r"refused the connection.*Check the API"),
    (Response(failure=ferm_api.HOST_NOT_FOUND), r"could not be found.*Settings › Options › Network"),
    (Response(failure=ferm_api.SSL, reason="certificate expired"), r"secure connection.*certificate expired"),
    (Response(failure=ferm_api.CREDENTIALS, reason="no master password"), r"authentication database.*Set API key"),
    (Response(failure=ferm_api.CANCELLED), r"cancelled"),
    (Response(failure=ferm_api.NETWORK, reason="Network unreachable"), r"could not be reached \(Network unreach"),
])
def test_each_failure_has_its_message(response, pattern, tmp_path):
    log = tmp_path / "l.log"
    with pytest.raises(FermApiError, match=pattern) as info:
        ferm_api.publish(PAYLOAD, URL, FakeTransport(response), log_path=str(log), timeout=5)
    assert info.value.status == response.status
    assert "k3y-ECHOED" not in str(info.value)  # a refused key echoed by the server is not repeated
    assert info.value.translated(lambda s: s) == str(info.value)  # a template with values: translatable
    rec = ferm_api.read_log(str(log))[0]
    assert rec["status"] == response.status and rec["project_id"] is None and rec["error"] == str(info.value)


def test_only_one_attempt_is_made():
    transport = FakeTransport(Response(failure=ferm_api.TIMEOUT), ok())
    with pytest.raises(FermApiError):
        ferm_api.publish(PAYLOAD, URL, transport)
    assert len(transport.sent) == 1  # no retry


def test_helpers():
    assert ferm_api.public_url("https://user:pw@h.org:8443/a/b?key=1#f") == "https://h.org:8443/a/b"
    assert ferm_api.host_of("http://localhost:81/x") == "localhost:81"
    assert ferm_api.extract_project_id({"project": {"_id": 12}}) == "12"
    assert ferm_api.extract_project_id({"id": ""}) is None
    assert ferm_api.extract_project_id([1]) is None
    assert ferm_api.payload_summary({"features": [{"properties": {"area": True}}, {"properties": {}}]}) == (2, 0.0)


def test_core_has_no_qt():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(ferm_api))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {n for n in names if n.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo")}
    assert "urllib.request" not in names
