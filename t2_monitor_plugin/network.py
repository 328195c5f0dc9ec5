"""Sending FERM publications through QGIS: a transport for ``core/ferm_api.py`` and the background task around it.

:class:`QgisTransport` sends a :class:`~.core.ferm_api.Request` with ``QgsNetworkAccessManager`` — the QGIS proxy,
SSL and timeout settings apply — and lets the QGIS authentication manager add the key of an authentication
configuration (``QgsAuthManager.updateNetworkRequest``), so the key is never read into Python. Redirects are never
followed: the request's redirect policy is ``ManualRedirectPolicy``, and the 3xx answer goes back to the core, which
reports it. (``QgsBlockingNetworkRequest`` is not used on purpose: it follows redirects itself, re-applying the
authentication configuration — the key — to the new host, whatever the redirect policy of the request.)

:class:`FermPublishTask` runs one publication as a ``QgsTask`` (progress while the payload is uploaded, cancellable
from the dialog or the QGIS task manager), so the interface never waits for the network.
"""
from __future__ import annotations

import contextlib

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .core import ferm_api
from .core.errors import T2Error, tr_noop
from .i18n import tr

TIMEOUT_SETTING = "t2monitor/ferm/timeout"  # seconds; QGIS's own network timeout still applies when shorter
POLL_MS = 100

_ERRORS = QNetworkReply.NetworkError
_FAILURES = {
    _ERRORS.ConnectionRefusedError: ferm_api.REFUSED,
    _ERRORS.HostNotFoundError: ferm_api.HOST_NOT_FOUND,
    _ERRORS.TimeoutError: ferm_api.TIMEOUT,
    _ERRORS.OperationCanceledError: ferm_api.TIMEOUT,  # aborted by QGIS's network timeout (not by us)
    _ERRORS.SslHandshakeFailedError: ferm_api.SSL,
}


def publish_timeout() -> float:
    """Seconds to wait for the FERM API: the ``t2monitor/ferm/timeout`` setting (default 60), at most the QGIS
    network timeout (Settings › Options › Network), which aborts any longer request anyway."""
    try:
        seconds = float(QgsSettings().value(TIMEOUT_SETTING, ferm_api.DEFAULT_TIMEOUT))
    except (TypeError, ValueError):
        seconds = ferm_api.DEFAULT_TIMEOUT
    qgis_ms = QgsNetworkAccessManager.timeout()
    if qgis_ms and qgis_ms > 0:
        seconds = min(seconds, qgis_ms / 1000.0)
    return max(seconds, 0.1)


def _as_request(result, request):
    """PyQGIS returns (ok, request) from updateNetworkRequest; older bindings fill ``request`` in place."""
    if isinstance(result, tuple):
        return bool(result[0]), (result[1] if len(result) > 1 else request)
    return bool(result), request


class QgisTransport:
    """Sends through ``QgsNetworkAccessManager`` with the key of ``authcfg`` added by QGIS (see the module docs).

    ``feedback`` (optional) cancels the request; ``progress`` (optional) receives 0-100 while the body is uploaded.
    Works in the main thread (it runs a local event loop) and in a ``QgsTask`` (it uses that thread's manager).
    """

    def __init__(self, authcfg: str = "", feedback: QgsFeedback | None = None, progress=None):
        self.authcfg = authcfg
        self.feedback = feedback
        self.progress = progress

    def _cancelled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def _network_request(self, request: ferm_api.Request):
        qrequest = QNetworkRequest(QUrl(request.url))
        for name, value in request.headers.items():
            qrequest.setRawHeader(name.encode("latin-1"), str(value).encode("latin-1"))
        # never follow a redirect: Qt would re-send the x-api-key header to the new host
        qrequest.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                              QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        qrequest.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                              QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        qrequest.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        if not self.authcfg:
            return qrequest, None
        manager = QgsApplication.authManager()
        if manager is None or manager.isDisabled():
            return None, tr("the QGIS authentication system is disabled")
        if self.authcfg not in manager.configIds():
            return None, tr("configuration {authcfg} not found").format(authcfg=self.authcfg)
        if not manager.masterPasswordIsSet():  # asking for it from a task would block: the dialog asks first
            return None, tr("the master password was not given")
        ok, qrequest = _as_request(manager.updateNetworkRequest(qrequest, self.authcfg), qrequest)
        if not ok:
            return None, tr("configuration {authcfg} could not be applied").format(authcfg=self.authcfg)
        return qrequest, None

    def send(self, request: ferm_api.Request) -> ferm_api.Response:
        if self._cancelled():
            return ferm_api.Response(failure=ferm_api.CANCELLED)
        qrequest, problem = self._network_request(request)
        if qrequest is None:
            return ferm_api.Response(failure=ferm_api.CREDENTIALS, reason=problem)
        if request.method.upper() == "POST":
            reply = QgsNetworkAccessManager.instance().post(qrequest, QByteArray(request.body))
        else:
            reply = QgsNetworkAccessManager.instance().sendCustomRequest(
                qrequest, request.method.upper().encode("ascii"), QByteArray(request.body))
        if self.authcfg:
            QgsApplication.authManager().updateNetworkReply(reply, self.authcfg)
        state = {"timeout": False, "cancelled": False}
        loop = QEventLoop()

        def on_timeout():
            state["timeout"] = True
            reply.abort()

        def on_poll():
            if self._cancelled() and not reply.isFinished():
                state["cancelled"] = True
                reply.abort()

        def on_upload(sent, total):
            if self.progress is not None and total and total > 0:
                self.progress(min(95.0, 95.0 * sent / total))

        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(on_timeout)
        poll = QTimer()
        poll.setInterval(POLL_MS)
        poll.timeout.connect(on_poll)
        reply.uploadProgress.connect(on_upload)
        reply.finished.connect(loop.quit)
        deadline.start(max(1, int(request.timeout * 1000)))
        poll.start()
        if not reply.isFinished():
            loop.exec()
        deadline.stop()
        poll.stop()
        try:
            return self._response(reply, state, qrequest.url())
        finally:
            reply.deleteLater()

    @staticmethod
    def _response(reply, state, requested) -> ferm_api.Response:
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        reason = reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute)
        if state["cancelled"]:
            return ferm_api.Response(failure=ferm_api.CANCELLED)
        if state["timeout"]:
            return ferm_api.Response(failure=ferm_api.TIMEOUT)
        if status is None:
            error = reply.error()
            return ferm_api.Response(failure=_FAILURES.get(error, ferm_api.NETWORK), reason=reply.errorString())
        location = None
        if 300 <= int(status) < 400:
            target = reply.attribute(QNetworkRequest.Attribute.RedirectionTargetAttribute)
            if isinstance(target, QUrl) and not target.isEmpty():
                location = reply.url().resolved(target).toString()
        elif reply.url() != requested:
            location = reply.url().toString()  # followed in spite of the policy: never report it as published
        return ferm_api.Response(status=int(status), body=bytes(reply.readAll()), reason=str(reason or ""),
                                 location=location)


class FermPublishTask(QgsTask):
    """One publication in the background. The request is built (and its address checked) when the task is made,
    so a refused address raises :class:`~.core.ferm_api.FermApiError` before anything starts. After the task,
    ``project_id`` or ``error`` (a :class:`T2Error`) is set, and ``on_finished(task)`` is called in the main
    thread."""

    def __init__(self, payload: dict, url: str, authcfg: str, log_path: str | None = None,
                 timeout: float | None = None, on_finished=None):
        super().__init__(tr("Publishing to FERM…"), QgsTask.Flag.CanCancel)
        self.payload = payload
        self.request = ferm_api.build_request(payload, url, publish_timeout() if timeout is None else timeout)
        self.authcfg = authcfg
        self.log_path = log_path
        self.on_finished = on_finished
        self.feedback = QgsFeedback()
        self.project_id: str | None = None
        self.error: T2Error | None = None

    def run(self) -> bool:
        transport = QgisTransport(self.authcfg, self.feedback, self.setProgress)
        try:
            self.project_id = ferm_api.send_request(self.request, self.payload, transport, self.log_path)
        except T2Error as error:
            self.error = error
            return False
        except Exception as error:  # noqa: BLE001 - a task must not die silently; the message names the cause
            self.error = T2Error(tr_noop("Publishing to FERM failed unexpectedly ({reason}). Nothing is retried: "
                                         "check in FERM whether the project was created before publishing again."),
                                 reason=type(error).__name__)
            return False
        self.setProgress(100)
        return True

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, result):  # noqa: D401 - QgsTask API, called in the main thread
        if self.error is None and not result:  # cancelled before it started
            self.error = ferm_api.cancelled_error()
        if self.on_finished is not None:
            # RuntimeError: the dialog was deleted meanwhile (plugin unloaded): nothing to show
            with contextlib.suppress(RuntimeError):
                self.on_finished(self)
