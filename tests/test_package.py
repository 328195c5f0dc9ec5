"""`make package` builds a ZIP that QGIS installs: one plugin folder, valid metadata, compiled translations."""
import configparser
import os
import re
import subprocess
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIRED = ["name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
            "tracker", "homepage", "tags", "category", "icon", "experimental", "changelog", "hasProcessingProvider",
            "supportsQt6"]


@pytest.fixture(scope="module")
def package():
    proc = subprocess.run(["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    path = os.path.join(ROOT, "dist", "t2_monitor_plugin.zip")
    with zipfile.ZipFile(path) as zf:
        yield zf


def test_one_plugin_folder_without_caches_or_tests(package):
    names = package.namelist()
    assert all(n.startswith("t2_monitor_plugin/") for n in names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n or "/.venv" in n]
    for needed in ["__init__.py", "metadata.txt", "LICENSE", "plugin.py", "provider.py", "core/engine.py",
                   "resources/icons/t2monitor.svg", "resources/styles/unccd_landcover.qml",
                   "resources/sample/generate_sample.py", "resources/sample/t2_sample.qgs",
                   "i18n/t2monitor_es.qm", "i18n/t2monitor_fr.qm", "i18n/t2monitor_pt.qm"]:
        assert "t2_monitor_plugin/" + needed in names, needed
    size = sum(i.file_size for i in package.infolist())
    assert size < 10 * 2**20


def test_metadata_is_valid_for_the_plugin_repository(package):
    cfg = configparser.ConfigParser()
    cfg.read_string(package.read("t2_monitor_plugin/metadata.txt").decode("utf-8"))
    general = cfg["general"]
    for key in REQUIRED:
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.40"
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert "t2_monitor_plugin/" + general["icon"] in package.namelist()
    assert general["repository"].startswith("https://") and general["tracker"].startswith("https://")
