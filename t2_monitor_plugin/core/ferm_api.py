"""Publish a FERM payload to the FERM API (stdlib ``urllib`` only) and keep a local log of what was sent.

Protocol (FERM API, 2026): one ``POST`` of the payload — a GeoJSON FeatureCollection with a top-level
``"properties"`` object describing the project and one feature per site — as UTF-8 JSON
(``Content-Type: application/json``), with the API key in the ``x-api-key`` header. The API answers with JSON that
holds the id of the project it created; the id is read from the first of ``id``, ``projectId``, ``project_id``,
``_id`` found at the top level or inside ``data`` / ``project`` / ``properties``.

The API key is a secret: it is sent only in the header. It is never written to the log, never part of a return
value and never part of an exception message (if the server echoes it back in an error body, it is masked).

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
import socket
import urllib.error
import urllib.parse
import urllib.request

from .errors import T2Error, tr_noop

DEFAULT_TIMEOUT = 60.0
ID_KEYS = ("id", "projectId", "project_id", "_id")
ID_CONTAINERS = ("data", "project", "properties", "result")
MAX_DETAIL = 300


class FermApiError(T2Error):
    """The payload could not be published (network, HTTP status, unexpected answer, missing key or address)."""

    def __init__(self, template: str, **values):
        self.status = values.get("status")  # HTTP status when the server answered
        super().__init__(template, **values)


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
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


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


def _mask(text: str, secret: str) -> str:
    text = text.replace(secret, "***") if secret else text
    text = " ".join(text.split())
    return text[:MAX_DETAIL] + ("…" if len(text) > MAX_DETAIL else "")


def _read_detail(error: urllib.error.HTTPError, secret: str) -> str:
    try:
        body = error.read().decode("utf-8", "replace")
    except OSError:
        body = ""
    try:
        decoded = json.loads(body)
        if isinstance(decoded, dict):
            body = str(decoded.get("message") or decoded.get("error") or decoded.get("detail") or body)
    except ValueError:
        pass
    return _mask(body or str(error.reason or ""), secret) or "-"


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


def publish(payload: dict, url: str, api_key: str, log_path: str | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> str:
    """POST ``payload`` to ``url`` with the key in ``x-api-key``; return the project id the API answered with.

    Raises :class:`FermApiError` with a message for the user (never containing the key) when the key or address is
    missing, the server cannot be reached, does not answer in ``timeout`` seconds, answers with an HTTP error or
    answers without a project id. Every attempt is appended to ``log_path`` when given.
    """
    url = (url or "").strip()
    shown_url = public_url(url) if url else ""
    if not api_key or not api_key.strip():
        raise FermApiError(tr_noop("No FERM API key is set. Use \"Set API key…\" to store the key given by FERM."))
    if urllib.parse.urlsplit(url).scheme not in ("http", "https") or not urllib.parse.urlsplit(url).hostname:
        raise FermApiError(tr_noop("The FERM API address \"{url}\" is not an http(s) address. "
                                   "Enter the address given in the FERM API documentation."), url=shown_url)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    sites, total_ha = payload_summary(payload)
    record = {"timestamp": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "url": shown_url, "sites": sites, "total_ha": total_ha, "sha256": hashlib.sha256(body).hexdigest(),
              "status": None, "project_id": None, "error": None}
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "Accept": "application/json",
        "x-api-key": api_key.strip()})
    try:
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) checked above
                record["status"] = response.status
                text = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            record["status"] = error.code
            detail = _read_detail(error, api_key.strip())
            if error.code in (401, 403):
                raise FermApiError(tr_noop("The FERM API refused the API key (HTTP {status}: {detail}). Check the key "
                                           "with \"Set API key…\" and that it is allowed to create projects."),
                                   status=error.code, detail=detail) from None
            raise FermApiError(tr_noop("The FERM API at {url} answered with an error (HTTP {status}: {detail}). "
                                       "Nothing was published; check the validation table, or try again later."),
                               status=error.code, url=shown_url, detail=detail) from None
        except (socket.timeout, TimeoutError):
            raise FermApiError(tr_noop("The FERM API at {url} did not answer within {seconds} s. Check your "
                                       "connection and try again."), url=shown_url, seconds=round(timeout)) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise FermApiError(tr_noop("The FERM API at {url} did not answer within {seconds} s. Check your "
                                           "connection and try again."), url=shown_url,
                                   seconds=round(timeout)) from None
            raise FermApiError(tr_noop("The FERM API at {url} could not be reached ({reason}). Check the address, "
                                       "your internet connection and proxy settings."),
                               url=shown_url, reason=_mask(str(reason), api_key.strip())) from None
        try:
            answer = json.loads(text) if text.strip() else None
        except ValueError:
            answer = None
        project_id = extract_project_id(answer)
        if project_id is None:
            raise FermApiError(tr_noop("The FERM API answered (HTTP {status}) without a project id: {detail}. "
                                       "Check in FERM whether the project was created before publishing again."),
                               status=record["status"],
                               detail=_mask(text, api_key.strip()) or "-")
        record["project_id"] = project_id
        return project_id
    except FermApiError as error:
        record["error"] = str(error)
        raise
    finally:
        if log_path:
            append_log(log_path, record)
