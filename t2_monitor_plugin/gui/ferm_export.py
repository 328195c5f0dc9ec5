"""Running ``t2monitor:exportferm`` from the FERM dialog in the background, with progress and cancel.

:class:`ExportRun` wraps a ``QgsProcessingAlgRunnerTask`` (the task QGIS's own algorithm dialogs use): the algorithm
runs in a worker thread, its progress goes to the dialog's progress bar, Cancel cancels its feedback (the algorithm
stops at the next feature and writes nothing), and ``on_finished(run)`` is called in the main thread with
``run.results`` (None on failure) and ``run.message`` (a sentence for the dialog).

Messages: the algorithm's own errors are written for users (translated T2 Monitor messages) and are shown as they
are; messages produced by the Processing framework itself (for instance "Could not create destination layer for
VALIDATION: ...") are not shown in the dialog — :func:`dialog_message` replaces them by a sentence saying what to
check, and the raw text goes to the QGIS log (Log Messages panel, "T2 Monitor" tab).
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from ..i18n import tr

FILE_OUTPUTS = ("OUTPUT", "UPLOAD_PACKAGE", "GEF_TEMPLATE")

ALG_ID = "t2monitor:exportferm"
LOG_TAG = "T2 Monitor"
# beginnings of messages written by QGIS Processing itself (qgsprocessingalgorithm.cpp, qgsprocessingutils.cpp)
FRAMEWORK_MESSAGES = re.compile(r"^\s*(Could not create destination layer|Could not create layer|"
                                r"Could not load source layer|"
                                r"Incorrect parameter value|Error encountered while running|There were errors|"
                                r"Unable to execute algorithm|Could not create (?:memory layer|sink))", re.I)


def default_validation_path(paths: dict) -> str:
    """The validation table beside the first file output chosen: ``<folder>/<name>_validation.csv``."""
    for key in ("UPLOAD_PACKAGE", "OUTPUT", "GEF_TEMPLATE"):
        path = (paths.get(key) or "").strip()
        if path:
            stem = os.path.splitext(os.path.basename(path))[0]
            return os.path.join(os.path.dirname(path), stem + "_validation.csv")
    return ""


def dialog_message(text: str) -> str:
    """What the dialog shows for a failure ``text`` (see the module docstring); framework messages are logged."""
    text = (text or "").strip()
    if not text or FRAMEWORK_MESSAGES.match(text):
        QgsMessageLog.logMessage(tr("FERM export: {error}").format(error=text or "?"), LOG_TAG,
                                 Qgis.MessageLevel.Critical)
        return tr("The FERM export could not read the sites or write one of the files. Check the layer on the "
                  "Sites tab and the file names and folders above; the details are in the log (Log Messages "
                  "panel, T2 Monitor tab).")
    return text


class _Feedback(QgsProcessingFeedback):
    """Keeps the errors reported by the algorithm (the task reports the exception text here)."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(str(error))
        super().reportError(error, fatalError)


class ExportRun:
    """One background run of the FERM export (see the module docstring)."""

    def __init__(self, parameters: dict, on_finished, progress=None):
        self.parameters = parameters
        self.on_finished = on_finished
        self.results: dict | None = None
        self.message = ""
        self.cancelled = False
        self.done = False
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG_ID)
        if self.algorithm is None:
            raise RuntimeError(ALG_ID)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _Feedback()
        if progress is not None:
            self.feedback.progressChanged.connect(lambda value: progress(int(value)))
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)

    def start(self) -> None:
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.cancelled = True
        self.feedback.cancel()

    def _executed(self, successful, results):
        self.done = True
        if successful:  # a Cancel pressed after the last feature came too late: the files are written
            self.results = dict(results)
            self.cancelled = False
        elif self.cancelled or self.feedback.isCanceled():
            self.cancelled = True
            self.message = tr("The FERM export was cancelled; no file was written.")
        else:
            self.message = dialog_message(self.feedback.errors[-1] if self.feedback.errors else "")
        self.on_finished(self)


class FermExportMixin:
    """The export part of the FERM dialog (needs ``layer``, ``output_widgets``, ``skip_check``, ``validate``,
    ``algorithm_parameters``, ``save_settings``, ``_report`` and the export button, progress bar and Cancel)."""

    def exporting(self) -> bool:
        """Whether an export is running."""
        return self.export_run is not None

    def export_files(self):
        """Check the sites and the project, then run ``t2monitor:exportferm`` to the chosen files in the background;
        returns the :class:`.ferm_export.ExportRun` (None when nothing was started: the reason is shown). The
        outcome is shown by :meth:`export_finished` (``self.last_export`` keeps the finished run)."""
        from ..core import ferm

        if self.exporting():
            return None
        if self.layer() is None:
            self._report(tr("Choose a polygon layer with the restoration sites on the Sites tab."),
                         Qgis.MessageLevel.Warning)
            return None
        if not any(self.output_widgets[key].filePath().strip() for key in FILE_OUTPUTS):
            self._report(tr("Choose at least one file to write: the API payload, the upload package or the GEF "
                            "template."), Qgis.MessageLevel.Warning)
            return None
        self.save_settings()
        rows = self.validate(require_project=bool(self.output_widgets["OUTPUT"].filePath().strip()))
        if rows is None:
            self._report(self.summary_label.text(), Qgis.MessageLevel.Warning)
            return None
        skip = self.skip_check.isChecked()
        blocking = [r for r in rows if r.level == ferm.ERROR and (r.fid is None or not skip)]
        if blocking:
            self._report(tr("Not exported: {count} problem(s), listed in the validation table on the Sites tab. Fix "
                            "them, or tick \"Skip features with errors\" for problems of single sites.")
                         .format(count=len(blocking)), Qgis.MessageLevel.Warning)
            return None
        folder = tempfile.mkdtemp(prefix="t2monitor_ferm_")
        params = self.algorithm_parameters(os.path.join(folder, "project.json"))
        try:
            run = ExportRun(params, self.export_finished, progress=self.export_progress.setValue)
        except RuntimeError:
            self._report(tr("The T2 Monitor Processing provider is not loaded: enable the plugin again."),
                         Qgis.MessageLevel.Critical)
            return None
        run.folder = folder
        self.export_run = run
        self.export_button.setEnabled(False)
        self.export_cancel.setEnabled(True)
        self.export_progress.setValue(0)
        self.export_progress.setVisible(True)
        self.status_label.setText(tr("Exporting to FERM files…"))
        run.start()
        return run

    def cancel_export(self):
        """Cancel the running export (the algorithm stops at the next site and writes nothing)."""
        if self.export_run is not None:
            self.export_cancel.setEnabled(False)
            self.export_run.cancel()

    def export_finished(self, run):
        """Show the outcome of ``run`` (main thread)."""
        shutil.rmtree(getattr(run, "folder", ""), ignore_errors=True)
        self.export_run, self.last_export = None, run
        self.export_button.setEnabled(True)
        self.export_cancel.setEnabled(False)
        self.export_progress.setVisible(False)
        results = run.results
        if results is None:
            self._report(tr("Not exported: {error}").format(error=run.message),
                         Qgis.MessageLevel.Info if run.cancelled else Qgis.MessageLevel.Critical)
            return
        params = run.parameters
        written = [str(results[key]) for key in (*FILE_OUTPUTS, "VALIDATION") if key in params and results.get(key)]
        self._report(tr("{count} site(s) exported ({ha} ha). Written: {files}").format(
            count=int(results.get("SITE_COUNT") or 0), ha=f"{results.get('TOTAL_HA') or 0:.2f}",
            files=", ".join(written)), Qgis.MessageLevel.Success)
