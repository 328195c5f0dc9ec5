"""The "Open sample project" action: generate the sample region once (offline, in seconds) and open it styled."""
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


def open_sample_project(iface) -> QgsTask:
    """Prepare the sample in a background task, then open its project (the current project is replaced)."""
    holder = {}

    def work(task):
        holder["project"] = prepare_sample()
        return True

    def finished(exception, result=None):
        if exception is not None:
            iface.messageBar().pushMessage(tr("T2 Monitor"), tr("The sample region could not be prepared: {error}")
                                           .format(error=exception), level=Qgis.MessageLevel.Critical)
            return
        QgsProject.instance().read(holder["project"])
        iface.messageBar().pushMessage(tr("T2 Monitor"), tr("Sample region opened from {folder}.")
                                       .format(folder=os.path.dirname(holder["project"])),
                                       level=Qgis.MessageLevel.Success, duration=8)

    task = QgsTask.fromFunction(tr("Preparing the T2 Monitor sample region"), work, on_finished=finished)
    QgsApplication.taskManager().addTask(task)
    return task
