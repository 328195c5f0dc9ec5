"""The publish part of the FERM dialog: API key, Publish enabled only with an address and a key, the publication
in a background task (``network.FermPublishTask``) with a progress bar and Cancel, the outcome and the local log."""
from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ..core.errors import T2Error
from ..i18n import tr


def log_path() -> str:
    """The local publication log in the QGIS profile folder."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "t2monitor", "ferm_publish.log")


class FermPublishMixin:
    """Needs ``url_edit``, ``key_label``, ``publish_button``, ``cancel_button``, ``progress_bar``, ``status_label``,
    ``publish_task``, ``project_form``, ``mapping``, ``_records``, ``skip_check``, ``vocab`` and ``_report``."""

    def update_key_label(self):
        from . import ferm_auth

        self.key_label.setText(tr("stored in the QGIS authentication database ({authcfg})")
                               .format(authcfg=ferm_auth.authcfg_id()) if ferm_auth.has_api_key()
                               else tr("not set"))
        self.update_publish_state()

    def update_publish_state(self, *_args):
        """Publish is enabled only with an API address and a key, and while no publication runs."""
        from . import ferm_auth

        ready = bool(self.url_edit.text().strip()) and ferm_auth.has_api_key()
        self.publish_button.setEnabled(ready and not self.publishing())
        self.publish_button.setToolTip("" if ready else tr("Give the API address and set the API key first."))

    def ask_api_key(self):
        from . import ferm_auth

        key, ok = QInputDialog.getText(self, tr("FERM API key"), tr("API key given by FERM (stored encrypted in the "
                                                                     "QGIS authentication database):"),
                                       QLineEdit.EchoMode.Password)
        if ok and key.strip():
            try:
                ferm_auth.store_api_key(key)
            except T2Error as error:
                QMessageBox.warning(self, tr("FERM API key"), error.translated(tr))
        self.update_key_label()

    def publishing(self) -> bool:
        """Whether a publication is running."""
        return self.publish_task is not None

    def publish(self):
        """Build the payload and start publishing it in a background task; returns the task (None when it could
        not start: no layer, no key, refused address, a publication already running). The outcome is shown by
        :meth:`publish_finished`."""
        from ..core import ferm
        from ..network import FermPublishTask
        from . import ferm_auth

        if self.publishing():
            return None
        self.save_settings()
        try:
            payload = ferm.build_payload(self._records(), self.mapping(), self.project_form.project_metadata(),
                                         skip_invalid=self.skip_check.isChecked(), vocab=self.vocab)
            authcfg = ferm_auth.require_api_key()  # asks for the master password here, in the main thread
            task = FermPublishTask(payload, self.url_edit.text().strip(), authcfg, log_path=log_path(),
                                   on_finished=self.publish_finished)
        except T2Error as error:
            self._report(tr("Not published: {error}").format(error=error.translated(tr)), Qgis.MessageLevel.Critical)
            return None
        self.publish_task = task
        self.publish_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(int(value)))
        self.status_label.setText(tr("Publishing to FERM…"))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_publish(self):
        """Cancel the running publication (the request is aborted; nothing is retried)."""
        if self.publish_task is not None and self.publish_task.status() not in (QgsTask.TaskStatus.Complete,
                                                                               QgsTask.TaskStatus.Terminated):
            self.cancel_button.setEnabled(False)
            self.publish_task.cancel()

    def publish_finished(self, task):
        """Show the outcome of ``task`` (called in the main thread when it ends)."""
        from ..core import ferm_api

        self.publish_task = None
        self.update_publish_state()
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)
        if task.project_id is None:
            error = task.error or ferm_api.cancelled_error()
            self._report(tr("Not published: {error}").format(error=error.translated(tr)), Qgis.MessageLevel.Critical)
            return
        sites, hectares = ferm_api.payload_summary(task.payload)
        self.last_project_id = task.project_id
        self._report(tr("Published to FERM: project id {id} ({sites} polygons, {ha} ha). Logged in {log}.")
                     .format(id=task.project_id, sites=sites, ha=f"{hectares:.2f}", log=log_path()),
                     Qgis.MessageLevel.Success)
