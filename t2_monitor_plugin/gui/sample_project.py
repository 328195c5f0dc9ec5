"""The "Open sample project" action: generate the sample region once (offline, in seconds) and open it styled,
asking first (save, discard, cancel) when the current project has unsaved changes."""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil

from qgis.core import Qgis, QgsApplication, QgsProject, QgsTask

from ..i18n import tr
from ..paths import resource

GENERATOR = resource("sample", "generate_sample.py")
PROJECT = resource("sample", "t2_sample.qgs")
STAMP = ".t2monitor_sample_stamp"


def sample_dir() -> str:
    """Folder in the QGIS profile where the sample region is generated."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "t2monitor", "sample")


def _stamp() -> str:
    digest = hashlib.sha256()
    for path in (GENERATOR, PROJECT):
        with open(path, "rb") as fh:
            digest.update(fh.read())
    return digest.hexdigest()


def load_generator():
    """The sample generator module (resources/sample/generate_sample.py; numpy + GDAL only)."""
    spec = importlib.util.spec_from_file_location("t2monitor_generate_sample", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare_sample(folder: str | None = None) -> str:
    """Generate the sample region into ``folder`` unless it is already there and current; return the .qgs path."""
    folder = folder or sample_dir()
    os.makedirs(folder, exist_ok=True)
    stamp_path = os.path.join(folder, STAMP)
    stamp = _stamp()
    current = ""
    if os.path.exists(stamp_path):
        with open(stamp_path) as fh:
            current = fh.read().strip()
    project = os.path.join(folder, os.path.basename(PROJECT))
    if current != stamp or not os.path.exists(project):
        load_generator().generate(folder)
        shutil.copyfile(PROJECT, project)
        with open(stamp_path, "w") as fh:
            fh.write(stamp)
    return project


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent) -> str:
    """QGIS's question before replacing a project with unsaved changes: Save, Discard or Cancel."""
    from qgis.PyQt.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Open sample project"),
                      tr("The current project has unsaved changes. Save them before the sample project replaces it?"),
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(buttons(answer), CANCEL)


def keep_or_save_current(iface, ask) -> bool:
    """Whether the current project may be replaced: not modified, or the user saved it or chose to discard the
    changes (``ask(parent)`` returns :data:`SAVE`, :data:`DISCARD` or :data:`CANCEL`)."""
    project = QgsProject.instance()
    if not project.isDirty():
        return True
    answer = ask(iface.mainWindow() if iface is not None else None)
    if answer == DISCARD:
        return True
    if answer != SAVE:
        return False
    if project.fileName():
        return bool(project.write())
    iface.actionSaveProjectAs().trigger()  # an untitled project: QGIS asks where; cancelling keeps it dirty
    return not project.isDirty()


def open_sample_project(iface, ask=ask_unsaved) -> QgsTask | None:
    """Prepare the sample in a background task, then open its project in place of the current one — after asking
    (``ask``, see :func:`keep_or_save_current`) when the current project has unsaved changes, before starting and
    again at the end if it was changed meanwhile. Returns the task, or None when the user cancelled."""
    if not keep_or_save_current(iface, ask):
        return None
    holder = {"changed": False}  # the current project was changed while the sample was prepared

    def changed():
        holder["changed"] = True

    project = QgsProject.instance()
    project.dirtySet.connect(changed)

    def work(task):
        holder["project"] = prepare_sample()
        return True

    def finished(exception, result=None):
        project.dirtySet.disconnect(changed)
        if exception is not None:
            iface.messageBar().pushMessage(tr("T2 Monitor"), tr("The sample region could not be prepared: {error}")
                                           .format(error=exception), level=Qgis.MessageLevel.Critical)
            return
        folder = os.path.dirname(holder["project"])
        if holder["changed"] and not keep_or_save_current(iface, ask):
            iface.messageBar().pushMessage(tr("T2 Monitor"), tr("The sample region is ready in {folder}; it was not "
                                                                "opened.").format(folder=folder),
                                           level=Qgis.MessageLevel.Info, duration=8)
            return
        QgsProject.instance().read(holder["project"])
        iface.messageBar().pushMessage(tr("T2 Monitor"), tr("Sample region opened from {folder}.")
                                       .format(folder=folder), level=Qgis.MessageLevel.Success, duration=8)

    task = QgsTask.fromFunction(tr("Preparing the T2 Monitor sample region"), work, on_finished=finished)
    QgsApplication.taskManager().addTask(task)
    return task
