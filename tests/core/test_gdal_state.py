"""The plugin leaves GDAL's process-wide state alone (issue 12): exception mode and block cache size.

Importing the core library or running the engine, also two runs overlapping in threads, must leave
``gdal.GetUseExceptions()`` and ``gdal.GetCacheMax()`` as they were, whether the host process had exceptions on or
off; errors are still reported clearly in both modes.
"""
import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from helpers import write_raster
from osgeo import gdal, ogr, osr

from t2_monitor_plugin.core import engine, gdal_calls
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput, open_raster

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "t2_monitor_plugin" / "core"
# core/areas.py is being rewritten in parallel (issue 13) and still turns on OGR/OSR exceptions at import; once it no
# longer does, the OGR/OSR checks below run for real (strict xfail: they fail loudly if left marked after the fix).
AREAS_PENDING = "UseExceptions()" in (CORE / "areas.py").read_text(encoding="utf-8")

_IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
from osgeo import gdal, ogr, osr
mode = int(sys.argv[1])
if mode:
    gdal.UseExceptions(); ogr.UseExceptions(); osr.UseExceptions()
gdal.SetCacheMax(321 * 2**20)
before = [gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions(), gdal.GetCacheMax()]
import t2_monitor_plugin.core as core
for info in pkgutil.iter_modules(core.__path__):
    importlib.import_module("t2_monitor_plugin.core." + info.name)
after = [gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions(), gdal.GetCacheMax()]
print(json.dumps({"before": before, "after": after}))
"""


def _import_all(mode: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, "-c", _IMPORT_ALL, str(mode)], cwd=str(ROOT), env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("mode", [0, 1], ids=["exceptions-off", "exceptions-on"])
def test_importing_core_leaves_gdal_mode_and_cache(mode):
    state = _import_all(mode)
    assert state["after"][0] == state["before"][0] == mode
    assert state["after"][3] == state["before"][3] == 321 * 2**20


@pytest.mark.xfail(AREAS_PENDING, reason="core/areas.py still calls ogr/osr.UseExceptions() (rewritten in parallel)",
                   strict=True)
def test_importing_core_leaves_ogr_osr_mode():
    state = _import_all(0)
    assert state["after"][1:3] == state["before"][1:3] == [0, 0]


def test_no_module_changes_gdal_state_at_import():
    """A source check covering every module of the plugin, GUI and algorithms included."""
    offenders = []
    for path in (ROOT / "t2_monitor_plugin").rglob("*.py"):
        if path == CORE / "areas.py" and AREAS_PENDING:
            continue
        text = path.read_text(encoding="utf-8")
        for call in ("UseExceptions()", "SetCacheMax("):
            if any(line.lstrip().startswith(("gdal.", "ogr.", "osr.")) and call in line
                   for line in text.splitlines()):
                offenders.append(f"{path.relative_to(ROOT)}: {call}")
    assert offenders == []


def _set_modes(flags):
    """Set gdal/ogr/osr exception modes (GDAL 3.6 stacks their handlers: undo in reverse order)."""
    modules = (gdal, ogr, osr)
    for _ in modules:  # GDAL 3.6 refuses to turn off a mode whose handler is not on top of the stack: retry
        for m in modules:
            if m.GetUseExceptions():
                with contextlib.suppress(RuntimeError):
                    m.DontUseExceptions()
    assert not any(m.GetUseExceptions() for m in modules)
    for m, flag in zip(modules, flags):
        if flag:
            m.UseExceptions()


@pytest.fixture(params=[0, 1], ids=["exceptions-off", "exceptions-on"])
def host_mode(request):
    """Run a test as in a host process whose GDAL exception mode is off / on, with a 512 MB cache."""
    saved = gdal_calls.state()
    _set_modes([request.param] * 3)
    gdal.SetCacheMax(512 * 2**20)
    yield gdal_calls.state()
    _set_modes(saved[:3])
    gdal.SetCacheMax(saved[3])


def _grid_raster(tmp_path, name, shape=(300, 700), offset=0.0):
    arr = (np.arange(shape[0] * shape[1]).reshape(shape) % 7).astype(np.int16)
    return write_raster(tmp_path / name, arr, nodata=-1, geotransform=(300000.0 + offset, 30.0, 0.0, 9000000.0,
                                                                        0.0, -30.0))


def test_run_leaves_gdal_state(host_mode, tmp_path):
    src = _grid_raster(tmp_path, "a.tif")
    ref = _grid_raster(tmp_path, "ref.tif", offset=45.0)  # a warped alignment too
    seen = []

    def kernel(block):
        seen.append(gdal.GetCacheMax())
        return [block.data[1][0] * 2]

    engine.run(kernel, [RasterInput(ref), RasterInput(src)], [RasterOutput(str(tmp_path / "o.tif"), "int16", -1)],
               reference=0, block_shape=(256, 256), threads=2)
    assert gdal_calls.state() == host_mode
    assert set(seen) == {512 * 2**20}  # not even resized during the run


def test_overlapping_runs_in_threads_leave_gdal_state(host_mode, tmp_path):
    src = _grid_raster(tmp_path, "a.tif", shape=(600, 600))
    both_running = threading.Barrier(2, timeout=60)
    errors = []

    def one_run(i):
        first = [True]

        def kernel(block):
            if first[0]:  # hold the first block until the other run is inside its own block loop too
                first[0] = False
                both_running.wait()
            return [block.data[0][0] + 1]

        try:
            engine.run(kernel, [RasterInput(src)], [RasterOutput(str(tmp_path / f"o{i}.tif"), "int16", -1)],
                       block_shape=(256, 256), threads=1)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one_run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert gdal_calls.state() == host_mode
    for i in range(2):
        out = gdal.Open(str(tmp_path / f"o{i}.tif"))
        assert int(out.GetRasterBand(1).ReadAsArray()[0, 1]) == 2


def test_errors_are_clear_in_both_modes(host_mode, tmp_path):
    bad = tmp_path / "not_a_raster.tif"
    bad.write_text("hello")
    with pytest.raises(InputError, match="not a raster GDAL can read"):
        open_raster(str(bad))
    with pytest.raises(gdal_calls.GdalError):
        gdal_calls.call(gdal.Open, str(tmp_path / "missing.tif"))
    srs = osr.SpatialReference()
    with pytest.raises(gdal_calls.GdalError):
        gdal_calls.call_ok(srs.SetFromUserInput, "no such CRS")
    assert gdal_calls.attempt(ogr.CreateGeometryFromWkb, b"xx") is None
    assert gdal_calls.state() == host_mode


def test_block_memory_is_bounded_without_touching_the_cache():
    assert not hasattr(engine, "GDAL_CACHE_BYTES")
    assert engine.BLOCKS_IN_FLIGHT_PER_THREAD >= 1
