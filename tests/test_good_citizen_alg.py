"""Issue 12 through processing.run: GDAL state left alone, subdataset URIs and multi-file VRT stacks as inputs."""
import csv
import json
import os
import subprocess
import sys

import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import gdal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALG = "t2monitor:classareas"
GT = (300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _areas(path):
    return {int(r["class"]): float(r["area_ha"]) for r in _rows(path) if r["zone"] == "(all)" and r["class"]}


CODES = np.array([[1, 1, 2, 2], [3, 3, 3, 0]] * 2, dtype=np.int16)  # 0 = nodata


_FRESH_PROCESS = r"""
import json, sys
from osgeo import gdal, ogr, osr
mode, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()  # QGIS's own GDAL provider turns GDAL exceptions on: the host state is set after it
import processing
for m in (osr, ogr, gdal):  # GDAL 3.6 stacks the modes' error handlers: undo in reverse order
    if m.GetUseExceptions():
        m.DontUseExceptions()
if mode:
    gdal.UseExceptions()
gdal.SetCacheMax(400 * 2**20)
before = [gdal.GetUseExceptions(), gdal.GetCacheMax()]
from t2_monitor_plugin.provider import T2MonitorProvider
provider = T2MonitorProvider()
QgsApplication.processingRegistry().addProvider(provider)
imported = [gdal.GetUseExceptions(), gdal.GetCacheMax()]
res = processing.run("t2monitor:classareas", {"INPUT": src, "BAND": 1, "OUTPUT": "memory:", "OUTPUT_FILE": out})
after = [gdal.GetUseExceptions(), gdal.GetCacheMax()]
print(json.dumps({"before": before, "imported": imported, "after": after, "valid": res["VALID_AREA_HA"]}))
"""


@pytest.mark.parametrize("mode", [0, 1], ids=["exceptions-off", "exceptions-on"])
def test_importing_and_running_leaves_gdal_state(mode, tmp_path):
    """In a fresh process (the plugin not imported yet): load the provider and run classareas through
    processing.run; GDAL's exception mode and a 400 MB cache are as they were, before and after the run."""
    src = write_raster(tmp_path / "lc.tif", CODES, nodata=0)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT, os.environ.get("PYTHONPATH", "")]),
               QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    proc = subprocess.run([sys.executable, "-c", _FRESH_PROCESS, str(mode), src, str(tmp_path / "a.csv")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    state = json.loads(proc.stdout.strip().splitlines()[-1])
    assert state["valid"] == pytest.approx(14 * 0.09, rel=1e-3)
    assert state["before"] == state["imported"] == state["after"] == [mode, 400 * 2**20]


def write_netcdf(path, variables, nodata=0):
    """A CF NetCDF with one 2-D variable per item of ``variables`` ({name: array}) on the UTM 18S grid ``GT``."""
    from osgeo import osr
    ds = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    root = ds.GetRootGroup()
    ny, nx = next(iter(variables.values())).shape
    dy = root.CreateDimension("y", gdal.DIM_TYPE_HORIZONTAL_Y, None, ny)
    dx = root.CreateDimension("x", gdal.DIM_TYPE_HORIZONTAL_X, None, nx)
    f64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    root.CreateMDArray("x", [dx], f64).Write(np.array([GT[0] + GT[1] * (i + 0.5) for i in range(nx)]))
    root.CreateMDArray("y", [dy], f64).Write(np.array([GT[3] + GT[5] * (i + 0.5) for i in range(ny)]))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    for name, data in variables.items():
        var = root.CreateMDArray(name, [dy, dx], gdal.ExtendedDataType.Create(gdal.GDT_Int16))
        var.SetNoDataValueDouble(nodata)
        var.SetSpatialRef(srs)
        var.Write(np.asarray(data, dtype=np.int16))
    ds = None
    return str(path)


def test_netcdf_variable_as_input(t2_provider, tmp_path):
    """ESA CCI land cover style: NETCDF:"file.nc":lccs_class (a file with several variables, a space in its name)."""
    assert gdal.GetDriverByName("netCDF") is not None, "GDAL has no netCDF driver (install GDAL with netCDF)"
    nc = write_netcdf(tmp_path / "esa cci.nc", {"lccs_class": CODES, "processed_flag": CODES * 0 + 9})
    out = str(tmp_path / "nc.csv")
    res = processing.run(ALG, {"INPUT": f'NETCDF:"{nc}":lccs_class', "BAND": 1, "OUTPUT": "memory:",
                               "OUTPUT_FILE": out})
    assert _areas(out) == pytest.approx({1: 0.36, 2: 0.36, 3: 0.54}, rel=2e-3)
    assert res["NODATA_AREA_HA"] == pytest.approx(0.18, rel=2e-3)


def test_gpkg_raster_table_as_input(t2_provider, tmp_path):
    gpkg = str(tmp_path / "rasters.gpkg")
    src = write_raster(tmp_path / "lc.tif", CODES.astype(np.uint8), nodata=0)
    gdal.Translate(gpkg, src, format="GPKG", creationOptions=["RASTER_TABLE=landcover"])
    gdal.Translate(gpkg, src, format="GPKG", creationOptions=["RASTER_TABLE=other", "APPEND_SUBDATASET=YES"])
    processing.run(ALG, {"INPUT": f"GPKG:{gpkg}:landcover", "BAND": 1, "OUTPUT": "memory:",
                         "OUTPUT_FILE": str(tmp_path / "gpkg.csv")})
    assert _areas(str(tmp_path / "gpkg.csv")) == pytest.approx({1: 0.36, 2: 0.36, 3: 0.54}, rel=2e-3)


def test_multi_file_vrt_stack_as_input(t2_provider, tmp_path):
    """A VRT stack of single-band files of different types, each with its own nodata: band 2 is read as itself."""
    b1 = write_raster(tmp_path / "b1.tif", CODES.astype(np.uint8), nodata=0)
    band2 = np.where(CODES == 3, 1000, CODES + 4).astype(np.float32)  # classes 5, 6 and 1000; nodata 6
    b2 = write_raster(tmp_path / "b2.tif", band2, nodata=6)
    vrt = str(tmp_path / "stack.vrt")
    gdal.BuildVRT(vrt, [b1, b2], separate=True)
    for band, expected in ((1, {1: 0.36, 2: 0.36, 3: 0.54}), (2, {4: 0.18, 5: 0.36, 1000: 0.54})):
        out = str(tmp_path / f"vrt{band}.csv")
        processing.run(ALG, {"INPUT": vrt, "BAND": band, "OUTPUT": "memory:", "OUTPUT_FILE": out})
        assert _areas(out) == pytest.approx(expected, rel=2e-3)
