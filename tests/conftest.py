"""Shared fixtures: small raster factories and the sample region (generated once per session)."""
import importlib.util
import os
import shutil
import sys

import pytest
from helpers import write_raster

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture
def make_raster(tmp_path):
    counter = {"n": 0}

    def _make(array, name=None, **kw):
        counter["n"] += 1
        return write_raster(tmp_path / (name or f"r{counter['n']}.tif"), array, **kw)

    return _make


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory):
    """The sample region: ``make test`` passes it in T2M_SAMPLE_DIR; otherwise it is generated here once."""
    given = os.environ.get("T2M_SAMPLE_DIR")
    if given and os.path.exists(os.path.join(given, ".complete")):
        return given
    out = tmp_path_factory.mktemp("sample")
    spec = importlib.util.spec_from_file_location("gen_sample", os.path.join(ROOT, "resources", "sample",
                                                                              "generate_sample.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(str(out))
    shutil.copyfile(os.path.join(ROOT, "resources", "sample", "t2_sample.qgs"), out / "t2_sample.qgs")
    return str(out)


@pytest.fixture(scope="session")
def plugin_build_dir():
    """Folder holding the built plugin (``make build``), used as QGIS_PLUGINPATH for qgis_process tests."""
    path = os.path.join(ROOT, "build")
    if not os.path.exists(os.path.join(path, "t2_monitor_plugin", "metadata.txt")):
        pytest.fail("The plugin is not built: run `make build` (make test does it).")
    return path


_KEEP_ALIVE = []  # Python providers must stay referenced, or their Python algorithm classes are collected


@pytest.fixture
def t2_provider(qgis_processing):
    """The T2 Monitor provider registered in the Processing registry (as the plugin's initProcessing does)."""
    from qgis.core import QgsApplication

    from t2_monitor_plugin.provider import T2MonitorProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("t2monitor")
    if provider is None:
        provider = T2MonitorProvider()
        registry.addProvider(provider)
        _KEEP_ALIVE.append(provider)
    return provider


@pytest.fixture(scope="session")
def qgis_process_env(plugin_build_dir, tmp_path_factory):
    """Environment for ``qgis_process`` runs: a throw-away profile with the built plugin enabled."""
    import subprocess

    env = dict(os.environ, QGIS_PLUGINPATH=plugin_build_dir, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path_factory.mktemp("qgis_profile")))
    proc = subprocess.run(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return env


@pytest.fixture(scope="session", autouse=True)
def gdal_state_unchanged_by_suite(qgis_processing):
    """Issue 12: the plugin never changes GDAL's process-wide exception mode or cache size (checked at session end).

    The state is taken once QGIS Processing is up (its own GDAL provider turns GDAL exceptions on, as in QGIS).
    ``T2M_GDAL_EXCEPTIONS=1`` runs the whole suite as in a host process that has turned GDAL exceptions on.
    """
    from osgeo import gdal
    if os.environ.get("T2M_GDAL_EXCEPTIONS") == "1" and not gdal.GetUseExceptions():
        gdal.UseExceptions()
    before = (gdal.GetUseExceptions(), gdal.GetCacheMax())
    yield
    assert (gdal.GetUseExceptions(), gdal.GetCacheMax()) == before, "GDAL exception mode or cache size changed"


def pytest_sessionfinish(session, exitstatus):
    """A skipped test is a test that did not run: the suite fails instead of passing with skips (also in CI)."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and session.exitstatus == 0:
        reporter.write_line(f"{len(skipped)} test(s) were skipped: the suite must run every test", red=True)
        session.exitstatus = 1
