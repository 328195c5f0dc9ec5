"""Publishing a FERM payload to the FERM API: the request, the interpretation of the answer, and a local log.

This module has no Qt and no QGIS: it builds the request (:func:`build_request`: method, address, headers without
the key, body) and turns what came back (:class:`Response`) into a project id or a :class:`FermApiError` with a
translatable message (:func:`interpret`). Sending is done by a :class:`Transport` given by the caller; the plugin's
transport (``t2_monitor_plugin/network.py``) sends through QGIS's network access manager, so the QGIS proxy and SSL
settings apply, and lets QGIS add the key from its authentication database. The key therefore never reaches this
module, its log, its return values or its messages.

Protocol (FERM API, 2026): one ``POST`` of the payload — a GeoJSON FeatureCollection with a top-level
``"properties"`` object describing the project and one feature per site — as UTF-8 JSON
(``Content-Type: application/json``), with the API key in the ``x-api-key`` header. The API answers with JSON that
holds the id of the project it created; the id is read from the first of ``id``, ``projectId``, ``project_id``,
``_id`` found at the top level or inside ``data`` / ``project`` / ``properties``.

Security rules (enforced here, for every transport):

- the address must be ``https://``; ``http://`` is accepted only for ``127.0.0.1``, ``::1`` and ``localhost`` (tests,
  a local proxy);
- a redirect (HTTP 3xx) is never followed — the transport must not follow it (the key would go to the new host) and
  it is reported as an error naming the host it points to;
- nothing is retried: a timeout after the payload was sent may still have created the project, so the messages say
  to check in FERM before publishing again.

Log: one JSON object per line, appended to the file given by the caller (the plugin uses a file in the QGIS profile
folder): ``timestamp`` (UTC, ISO 8601), ``url`` (without user info or query string), ``sites`` (features sent),
``total_ha`` (sum of the ``area`` property of the features), ``sha256`` (of the exact bytes sent), ``status`` (HTTP
status, or null when no answer came), ``project_id`` (or null) and ``error`` (the message, or null). Attempts that
fail are logged too. A log that cannot be written never hides the outcome of the publication.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Protocol

from .errors import T2Error, tr_noop

DEFAULT_TIMEOUT = 60.0
KEY_HEADER = "x-api-key"
ID_KEYS = ("id", "projectId", "project_id", "_id")
ID_CONTAINERS = ("data", "project", "properties", "result")
MAX_DETAIL = 300
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")

# Response.failure when no HTTP answer came
TIMEOUT = "timeout"
REFUSED = "refused"
HOST_NOT_FOUND = "host"
SSL = "ssl"
NETWORK = "network"
CANCELLED = "cancelled"
CREDENTIALS = "credentials"
FAILURES = (TIMEOUT, REFUSED, HOST_NOT_FOUND, SSL, NETWORK, CANCELLED, CREDENTIALS)


class FermApiError(T2Error):
    """The payload could not be published (network, HTTP status, unexpected answer, missing key or address)."""

    def __init__(self, template: str, **values):
        self.status = values.get("status")  # HTTP status when the server answered
        super().__init__(template, **values)


@dataclass(frozen=True)
class Request:
    """What to send. ``headers`` never hold the key: the transport adds the ``x-api-key`` header from its own
    credential store (the QGIS authentication database)."""

    method: str
    url: str
    headers: dict
    body: bytes
    timeout: float = DEFAULT_TIMEOUT


@dataclass
class Response:
    """What came back. ``status`` is the HTTP status when the server answered (``failure`` is then None); otherwise
    ``failure`` is one of :data:`FAILURES` and ``reason`` the transport's description (it never holds the key).
    ``location`` is the target of a redirect, which the transport must not have followed (a transport that finds
    it was redirected anyway sets it too, and the answer is then refused like a redirect)."""

    status: int | None = None
    body: bytes = b""
    reason: str = ""
    location: str | None = None
    failure: str | None = None
    headers: dict = field(default_factory=dict)


class Transport(Protocol):
    """Sends a :class:`Request` with the key added, without following redirects; never raises for network errors
    (they are a :class:`Response` with ``failure`` set)."""

    def send(self, request: Request) -> Response: ...


def payload_summary(payload: dict) -> tuple[int, float]:
    """Number of features and total of their ``area`` property (ha) in a FERM payload."""
    features = payload.get("features") or []
    total = 0.0
    for feature in features:
        value = (feature.get("properties") or {}).get("area")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            total += float(value)
    return len(features), round(total, 4)


def public_url(url: str) -> str:
    """The URL without user info, query string or fragment (what is safe to log and show)."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if port:
        netloc += f":{port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def host_of(url: str) -> str:
    """Host (and port when given) of ``url``: what a redirect message names."""
    try:
        parts = urllib.parse.urlsplit(url)
        return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    except ValueError:
        return ""


def extract_project_id(answer) -> str | None:
    """The project id in a decoded JSON answer, or None (see the module docstring for where it is looked for)."""
    if not isinstance(answer, dict):
        return None
    for key in ID_KEYS:
        value = answer.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    for container in ID_CONTAINERS:
        found = extract_project_id(answer.get(container))
        if found:
            return found
    return None


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text[:MAX_DETAIL] + ("…" if len(text) > MAX_DETAIL else "")


def _detail(body: bytes, fallback: str = "") -> str:
    """The server's explanation: the ``message``/``error``/``detail`` of a JSON body, or the start of the text."""
    text = body.decode("utf-8", "replace")
    try:
        decoded = json.loads(text)
        if isinstance(decoded, dict):
            text = str(decoded.get("message") or decoded.get("error") or decoded.get("detail") or text)
    except ValueError:
        pass
    return _short(text or fallback) or "-"


def check_url(url: str) -> str:
    """``url`` stripped, or :class:`FermApiError` when it is not https (http only for the loopback host)."""
    url = (url or "").strip()
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        parts, host = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host:
        raise FermApiError(tr_noop("The FERM API address \"{url}\" is not an http(s) address. "
                                   "Enter the address given in the FERM API documentation."), url=public_url(url))
    if parts.scheme.lower() == "http" and host.lower() not in LOOPBACK_HOSTS:
        raise FermApiError(tr_noop("The FERM API address {url} is not encrypted (http://), so the API key would "
                                   "travel in clear text. Use the https:// address given in the FERM API "
                                   "documentation (http:// is accepted only for 127.0.0.1 and localhost)."),
                           url=public_url(url))
    return url


def build_request(payload: dict, url: str, timeout: float = DEFAULT_TIMEOUT) -> Request:
    """The POST of ``payload`` to ``url`` (checked with :func:`check_url`); the key is not part of it."""
    url = check_url(url)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Request("POST", url, {"Content-Type": "application/json; charset=utf-8", "Accept": "application/json"},
                   body, float(timeout))


def cancelled_error() -> FermApiError:
    """The error of a publication the user cancelled."""
    return FermApiError(tr_noop("Publishing was cancelled. If the data had already been sent, FERM may have "
                                "created the project: check in FERM before publishing again."))


def interpret(response: Response, request: Request) -> str:
    """The project id in ``response``, or :class:`FermApiError` saying what happened and what to do."""
    shown = public_url(request.url)
    status = response.status
    failure = response.failure
    reason = _short(response.reason) or "-"
    if failure == CANCELLED:
        raise cancelled_error()
    if failure == TIMEOUT:
        raise FermApiError(tr_noop("The FERM API at {url} did not answer within {seconds} s. Check your connection "
                                   "and the proxy in Settings › Options › Network; FERM may still have created the "
                                   "project, so check in FERM before publishing again."),
                           url=shown, seconds=round(request.timeout))
    if failure == REFUSED:
        raise FermApiError(tr_noop("The FERM API at {url} refused the connection: nothing listens at that address "
                                   "and port. Check the API address; if it is right, the service is down: try again "
                                   "later."), url=shown)
    if failure == HOST_NOT_FOUND:
        raise FermApiError(tr_noop("The host of the FERM API address {url} could not be found. Check the address, "
                                   "your internet connection and the proxy in Settings › Options › Network."),
                           url=shown)
    if failure == SSL:
        raise FermApiError(tr_noop("The secure connection to the FERM API at {url} failed ({reason}). Nothing was "
                                   "sent. Check the computer's date and the SSL settings in Settings › Options › "
                                   "Authentication; do not publish through a network that intercepts https."),
                           url=shown, reason=reason)
    if failure == CREDENTIALS:
        raise FermApiError(tr_noop("The FERM API key could not be taken from the QGIS authentication database "
                                   "({reason}). Nothing was sent. Enter the master password when asked, or store "
                                   "the key again with \"Set API key…\"."), reason=reason)
    if failure is not None or status is None:
        raise FermApiError(tr_noop("The FERM API at {url} could not be reached ({reason}). Check the address, "
                                   "your internet connection and proxy settings."), url=shown, reason=reason)
    if 300 <= status < 400 or response.location:  # a transport that followed a redirect reports its target
        target = response.location or ""
        raise FermApiError(tr_noop("The FERM API at {url} answered with a redirect (HTTP {status}) to {host}. "
                                   "Redirects are not followed, so the API key was not sent there and nothing was "
                                   "published. Check the API address (use the final https:// address given by "
                                   "FERM)."), url=shown, status=status, host=host_of(target) or "-")
    if status in (401, 403):
        # the server's text is left out: a server may echo the key it refused
        raise FermApiError(tr_noop("The FERM API refused the API key (HTTP {status}: {detail}). Check the key "
                                   "with \"Set API key…\" and that it is allowed to create projects."),
                           status=status, detail=reason)
    if status == 413:
        raise FermApiError(tr_noop("The payload ({size} MB) is too large for the FERM API (HTTP 413). Nothing was "
                                   "published. Publish the sites in smaller groups (filter the layer), or simplify "
                                   "their geometry."), status=status, size=f"{len(request.body) / 1e6:.1f}")
    if status >= 500:
        raise FermApiError(tr_noop("The FERM API at {url} failed with a server error (HTTP {status}: {detail}). "
                                   "Try again later; if it persists, contact FERM with the time of this attempt "
                                   "(it is in the publication log)."),
                           status=status, url=shown, detail=_detail(response.body, reason))
    if status >= 400 or status < 200:
        raise FermApiError(tr_noop("The FERM API at {url} answered with an error (HTTP {status}: {detail}). "
                                   "Nothing was published; check the validation table, or try again later."),
                           status=status, url=shown, detail=_detail(response.body, reason))
    text = response.body.decode("utf-8", "replace")
    try:
        answer = json.loads(text) if text.strip() else None
    except ValueError:
        raise FermApiError(tr_noop("The FERM API at {url} answered (HTTP {status}) with something that is not "
                                   "JSON: {detail}. Check that the address is the FERM API and not a web page; the "
                                   "project may have been created, so check in FERM before publishing again."),
                           status=status, url=shown, detail=_short(text) or "-") from None
    project_id = extract_project_id(answer)
    if project_id is None:
        raise FermApiError(tr_noop("The FERM API answered (HTTP {status}) without a project id: {detail}. "
                                   "Check in FERM whether the project was created before publishing again."),
                           status=status, detail=_short(text) or "-")
    return project_id


def append_log(log_path: str, record: dict) -> bool:
    """Append one JSON line to ``log_path`` (folders created); False when it cannot be written."""
    try:
        folder = os.path.dirname(os.path.abspath(log_path))
        os.makedirs(folder, exist_ok=True)
        with open(log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        return True
    except OSError:
        return False


def read_log(log_path: str) -> list[dict]:
    """The records of a publication log (empty when it does not exist); unreadable lines are skipped."""
    if not os.path.exists(log_path):
        return []
    records = []
    with open(log_path, encoding="utf-8") as fh:
        for line in fh:
            try:
                records.append(json.loads(line))
            except ValueError:
                continue
    return records


def publish(payload: dict, url: str, transport: Transport, log_path: str | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> str:
    """POST ``payload`` to ``url`` through ``transport`` (which adds the key); return the project id answered.

    Raises :class:`FermApiError` with a message for the user when the address is refused (nothing is sent or
    logged), the server cannot be reached, does not answer in ``timeout`` seconds, redirects, answers with an HTTP
    error or without a project id. Every attempt is appended to ``log_path`` when given; nothing is retried.
    """
    request = build_request(payload, url, timeout)
    return send_request(request, payload, transport, log_path)


def send_request(request: Request, payload: dict, transport: Transport, log_path: str | None = None) -> str:
    """Send a request made by :func:`build_request` for ``payload``, interpret and log it (see :func:`publish`)."""
    sites, total_ha = payload_summary(payload)
    record = {"timestamp": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "url": public_url(request.url), "sites": sites, "total_ha": total_ha,
              "sha256": hashlib.sha256(request.body).hexdigest(), "status": None, "project_id": None, "error": None}
    try:
        response = transport.send(request)
        record["status"] = response.status
        project_id = interpret(response, request)
        record["project_id"] = project_id
        return project_id
    except FermApiError as error:
        record["error"] = str(error)
        raise
    finally:
        if log_path:
            append_log(log_path, record)
